#pragma once

#include "models/domain/Result.h"
#include "models/domain/Search.h"

#include <QSignalSpy>
#include <QTest>

#include <chrono>

// Helpers shared by the tests of app/: waiting for a ServiceClient reply, and common requests.
namespace tv::test {

inline constexpr std::chrono::milliseconds ReplyWait{20000};

// Waits for a reply's one signal and returns what it carried; an error "test_timeout" if it
// never came, "test_twice" if more than one did.
template <typename Value, typename Reply>
Result<Value> await(Reply *reply)
{
    QSignalSpy succeeded(reply, &Reply::succeeded);
    QSignalSpy failed(reply, &Reply::failed);
    if (!QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; },
                         int(ReplyWait.count())))
        return Error{QStringLiteral("test_timeout"), QStringLiteral("no signal")};
    if (succeeded.count() + failed.count() != 1)
        return Error{QStringLiteral("test_twice"), QStringLiteral("more than one signal")};
    if (!succeeded.isEmpty())
        return succeeded.constFirst().constFirst().template value<Value>();
    return failed.constFirst().constFirst().template value<Error>();
}

// A search by name only.
SearchCriteria searchByName(const QString &name);

} // namespace tv::test

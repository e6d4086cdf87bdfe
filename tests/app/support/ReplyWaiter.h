#pragma once

#include "app/net/ServiceClient.h"
#include "app/session/Session.h"
#include "models/domain/Result.h"
#include "models/domain/Search.h"

#include <QObject>
#include <QPointer>
#include <QTest>

#include <chrono>
#include <vector>

// Helpers shared by the tests of app/: waiting for a ServiceClient call, and common requests.
namespace tv::test {

inline constexpr std::chrono::milliseconds ReplyWait{20000};
// The same, for QTRY_*_WITH_TIMEOUT.
inline constexpr int WaitMs = int(ReplyWait.count());

// Sends a call and records every result it delivers, for tests that watch when and how often a
// reply answers. The recorder is the reply's context: destroying it stops the request.
template <typename T>
class Recorder {
public:
    explicit Recorder(net::Call<T> &&call)
        : reply(std::move(call).then(
              &m_context, [this](const Result<T> &result) { m_results.push_back(result); }))
    {}

    qsizetype count() const { return qsizetype(m_results.size()); }
    qsizetype succeeded() const { return count() - failed(); }
    qsizetype failed() const
    {
        qsizetype n = 0;
        for (const Result<T> &result : m_results)
            n += result ? 0 : 1;
        return n;
    }
    const Result<T> &first() const { return m_results.front(); }

private:
    QObject m_context;
    std::vector<Result<T>> m_results;

public:
    // The reply in flight (null once it has answered and gone, or was aborted).
    QPointer<net::ApiReply> reply;
};

// Waits for a call's one result and returns it; an error "test_timeout" if it never came,
// "test_twice" if more than one did.
template <typename Value>
Result<Value> await(net::Call<Value> &&call)
{
    const Recorder<Value> recorder(std::move(call));
    if (!QTest::qWaitFor([&] { return recorder.count() > 0; }, int(ReplyWait.count())))
        return Error{QStringLiteral("test_timeout"), QStringLiteral("no result")};
    if (recorder.count() != 1)
        return Error{QStringLiteral("test_twice"), QStringLiteral("more than one result")};
    return recorder.first();
}

// A search by name only.
SearchCriteria searchByName(const QString &name);

} // namespace tv::test

// The names the client's tests use unqualified, pulled in once here instead of a using-list at
// the top of every test file.
using namespace Qt::StringLiterals;
using tv::Error;
using tv::LoginRequest;
using tv::Result;
using tv::net::ServiceClient;
using tv::session::Session;
using tv::test::await;
using tv::test::Recorder;
using tv::test::WaitMs;

#pragma once

#include <QTest>

// QVERIFY for a tv::Result or tv::Status, evaluated once: on failure the log shows its message.
#define TV_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &tvResult_ = (expression);                                                      \
        QVERIFY2(tvResult_.ok(), tvResult_.ok() ? "" : qPrintable(tvResult_.error().message));     \
    } while (false)

// The opposite: an error, with this code.
#define TV_VERIFY_ERROR(expression, expectedCode)                                                  \
    do {                                                                                           \
        const auto &tvResult_ = (expression);                                                      \
        QVERIFY2(!tvResult_.ok(), "expected an error, got a value");                               \
        QCOMPARE(tvResult_.error().code, QString(expectedCode));                                   \
    } while (false)

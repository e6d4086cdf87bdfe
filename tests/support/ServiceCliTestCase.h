#pragma once

#include "tests/support/ServerTestCase.h"
#include "tests/support/TestProcess.h"

#include <QString>
#include <QTemporaryDir>

namespace tv::test {

// The base of a test that runs `transform-service` as a process (its command-line tests): a
// temporary directory (m_dir) for its configuration, the configuration file itself, and the
// checks that the directory and the program exist before the first test. The database the
// program opens is ServerTestCase's m_test (createDatabase()); cleanup() releases it.
class ServiceCliTestCase : public ServerTestCase {
    Q_OBJECT

protected:
    explicit ServiceCliTestCase(QString program);

    // service.ini in m_dir: the [server] section on loopback, any free port, with the lines in
    // `server`; m_test's [database] section; an [access] section with the lines in `access`,
    // if any. Returns the file's path, or nothing when it cannot be written.
    QString writeConfig(const QString &server = {}, const QString &access = {});

    // `text` in the file `name` in m_dir. Returns the file's path, or nothing when it cannot be
    // written.
    QString writeFile(const QString &name, const QByteArray &text);

    // Fails the current test (QCOMPARE, QVERIFY) unless the program ended normally with
    // `exitCode`, wrote nothing to standard output, and its standard error contains `mentions`.
    static void verifyFailure(const Finished &result, int exitCode, const QString &mentions);

    const QString m_program;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase();
    void cleanup();
};

} // namespace tv::test

#include "tests/support/ServiceCliTestCase.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tv::test {

ServiceCliTestCase::ServiceCliTestCase(QString program)
    : m_program(std::move(program))
{}

QString ServiceCliTestCase::writeConfig(const QString &server, const QString &access)
{
    return writeFile(u"service.ini"_s,
                     (u"[server]\naddress=127.0.0.1\nport=0\n"_s + server + u'\n' +
                      m_test->iniSection() +
                      (access.isEmpty() ? QString() : u"[access]\n"_s + access + u'\n'))
                         .toUtf8());
}

QString ServiceCliTestCase::writeFile(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text);
    return path;
}

void ServiceCliTestCase::verifyFailure(const Finished &result, int exitCode,
                                       const QString &mentions)
{
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
}

void ServiceCliTestCase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
}

void ServiceCliTestCase::cleanup()
{
    stopService();
}

} // namespace tv::test

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
    const QString path = m_dir.filePath(u"service.ini"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write((u"[server]\naddress=127.0.0.1\nport=0\n"_s + server + u'\n' + m_test->iniSection() +
                (access.isEmpty() ? QString() : u"[access]\n"_s + access + u'\n'))
                   .toUtf8());
    return path;
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

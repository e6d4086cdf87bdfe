// hardenProcess(): no core dumps and a private umask, read back from the kernel.

#include "app/platform/ProcessHygiene.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using tv::platform::currentProcessHygiene;
using tv::platform::hardenProcess;

class TestProcessHygiene final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hardensTheProcess();
};

void TestProcessHygiene::hardensTheProcess()
{
    const auto report = hardenProcess();
    QVERIFY(report.dumpableCleared);
    QVERIFY(report.coreLimitZero);
    QVERIFY(report.umaskPrivate);
    QVERIFY(report.unsupported.isEmpty());

    // Checked here too, without the function under test.
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    struct rlimit limit {};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));

    // A file made with no permissions asked for is the owner's only.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"made-after-hardening"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                   QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());

    // Reading the state changes nothing.
    const auto again = currentProcessHygiene();
    QVERIFY(again.dumpableCleared && again.coreLimitZero && again.umaskPrivate);
}

QTEST_GUILESS_MAIN(TestProcessHygiene)
#include "tst_processhygiene.moc"

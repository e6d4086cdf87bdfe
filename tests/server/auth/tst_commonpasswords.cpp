#include "server/auth/CommonPasswords.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::server::auth::CommonPasswords;

// The deny-list is a data file (server/auth/common-passwords.txt, compiled in as a resource);
// CommonPasswords::contains searches it by halves, so it must stay sorted, lower case and clean.
class TestCommonPasswords final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theListIsLoaded()
    {
        QVERIFY(CommonPasswords::size() > 3000);
        QCOMPARE(CommonPasswords::size(), CommonPasswords::entries().size());
    }

    void theListIsSortedWithoutDuplicates()
    {
        const QList<QByteArray> &entries = CommonPasswords::entries();
        for (qsizetype i = 1; i < entries.size(); ++i) {
            if (!(entries.at(i - 1) < entries.at(i)))
                QFAIL(qPrintable(u"entry %1 is out of order or repeated"_s.arg(i)));
        }
    }

    void theListIsLowerCaseWithoutBlanks()
    {
        for (const QByteArray &entry : CommonPasswords::entries()) {
            const QString text = QString::fromUtf8(entry);
            QVERIFY(!text.trimmed().isEmpty());
            QCOMPARE(text, text.trimmed());
            QCOMPARE(text, text.toLower());
            QVERIFY(!entry.contains('\r'));
        }
    }

    void knownEntriesAreFound()
    {
        for (const QString &known : {u"password"_s, u"123456"_s, u"qwerty"_s, u"letmein"_s,
                                     u"winniethepooh"_s, u"!@#$%"_s, u"zzz"_s})
            QVERIFY2(CommonPasswords::contains(known), qPrintable(known));
    }

    void otherWordsAreNot()
    {
        QVERIFY(!CommonPasswords::contains(u""_s));
        QVERIFY(!CommonPasswords::contains(u"Password"_s)); // the caller lower-cases
        QVERIFY(!CommonPasswords::contains(u"violet kettle harbour"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommonPasswords)
#include "tst_commonpasswords.moc"

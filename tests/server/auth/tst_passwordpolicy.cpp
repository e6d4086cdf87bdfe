#include "models/domain/ErrorCode.h"
#include "server/auth/CommonPasswords.h"
#include "server/auth/PasswordPolicy.h"
#include "tests/support/TestMacros.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::server::auth::CommonPasswords;
using tv::server::auth::PasswordPolicy;

class TestPasswordPolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theDenyListIsLoaded()
    {
        QVERIFY(CommonPasswords::size() > 3000);
        QVERIFY(CommonPasswords::contains(u"password"_s));
        QVERIFY(CommonPasswords::contains(u"winniethepooh"_s));
        QVERIFY(!CommonPasswords::contains(u"Password"_s)); // entries are lower-case
        QVERIFY(!CommonPasswords::contains(u"violet kettle harbour"_s));
    }

    void check_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("rule"); // a word of the message; empty: accepted

        const QString email = u"sam.taylor@school.example"_s;
        QTest::newRow("three words") << u"violet kettle harbour"_s << email << QString();
        QTest::newRow("12 exactly") << u"abcdefghij.k"_s << email << QString();
        QTest::newRow("no composition rules") << u"lowercaseonlyletters"_s << email << QString();
        QTest::newRow("11") << u"abcdefghijk"_s << email << u"at least 12"_s;
        QTest::newRow("empty") << QString() << email << u"at least 12"_s;
        // Six emoji are twelve UTF-16 units but six characters.
        QTest::newRow("code points, not units")
            << u"\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F601"_s << email
            << u"at least 12"_s;
        QTest::newRow("256") << u"violet kettle harbour "_s.repeated(12).left(256) << email
                             << QString();
        QTest::newRow("257") << QString(257, u'x') << email << u"at most 256"_s;
        QTest::newRow("common, long") << u"winniethepooh"_s << email << u"too common"_s;
        QTest::newRow("common, other case") << u"WinnieThePooh"_s << email << u"too common"_s;
        QTest::newRow("common plus digits") << u"password123456"_s << email << u"too common"_s;
        QTest::newRow("common plus symbols") << u"!!Sunshine!!2024"_s << email << u"too common"_s;
        QTest::newRow("common repeated") << u"qwertyqwertyqwerty"_s << email << u"too common"_s;
        QTest::newRow("digits only") << u"123456789012"_s << email << u"too common"_s;
        QTest::newRow("common then a year") << u"iloveyou2024"_s << email << u"too common"_s;
        QTest::newRow("a year then common") << u"2024football"_s << email << u"too common"_s;
        QTest::newRow("one character") << u"aaaaaaaaaaaaaa"_s << email << u"repeat"_s;
        QTest::newRow("local part") << u"my sam.taylor pass"_s << email << u"email"_s;
        QTest::newRow("local part, case") << u"SAM.TAYLOR rules ok"_s << email << u"email"_s;
        QTest::newRow("short local part is fine")
            << u"jo likes long walks"_s << u"jo@school.example"_s << QString();
        QTest::newRow("transform") << u"my TransformView key"_s << email << u"transform"_s;
        QTest::newRow("somerset") << u"somerset levels 99"_s << email << u"somerset"_s;
        QTest::newRow("no email yet") << u"violet kettle harbour"_s << QString() << QString();
    }

    void check()
    {
        QFETCH(QString, password);
        QFETCH(QString, email);
        QFETCH(QString, rule);
        const tv::Status checked = PasswordPolicy::check(password, email);
        if (rule.isEmpty()) {
            TV_VERIFY_OK(checked);
            return;
        }
        TV_VERIFY_ERROR(checked, tv::errc::WeakPassword);
        QVERIFY2(checked.error().message.contains(rule, Qt::CaseInsensitive),
                 qPrintable(checked.error().message));
        if (!password.isEmpty())
            QVERIFY(!checked.error().message.contains(password));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"

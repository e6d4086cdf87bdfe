#include "server/auth/PasswordHasher.h"
#include "tests/support/TestMacros.h"

#include <QElapsedTimer>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using tv::server::auth::PasswordHasher;

class TestPasswordHasher final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PasswordHasher> m_hasher;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PasswordHasher::initialiseSodium());
        m_hasher = std::make_unique<PasswordHasher>();
    }

    void hashesWithArgon2id()
    {
        const auto hash = m_hasher->hash(u"correct horse battery staple"_s);
        TV_VERIFY_OK(hash);
        QVERIFY2(hash.value().startsWith(u"$argon2id$v=19$"_s), qPrintable(hash.value()));
        QVERIFY(!hash.value().contains(u"correct horse"_s));
    }

    void verifiesOnlyTheRightPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << u"correct horse battery staple"_s;
        QTest::newRow("unicode") << u"Grüße, 東京 🦊"_s;
        QTest::newRow("sql metacharacters") << u"' OR 1=1; --"_s;
        QTest::newRow("one character") << u"x"_s;
    }

    void verifiesOnlyTheRightPassword()
    {
        QFETCH(QString, password);
        const auto hash = m_hasher->hash(password);
        TV_VERIFY_OK(hash);
        QVERIFY(m_hasher->verify(hash.value(), password));
        QVERIFY(!m_hasher->verify(hash.value(), password + u' '));
        QVERIFY(!m_hasher->verify(hash.value(), password.left(password.size() - 1)));
        QVERIFY(!m_hasher->verify(hash.value(), QString()));
    }

    void saltsEveryHash()
    {
        const auto a = m_hasher->hash(u"same password"_s);
        const auto b = m_hasher->hash(u"same password"_s);
        TV_VERIFY_OK(a);
        TV_VERIFY_OK(b);
        QVERIFY(a.value() != b.value());
    }

    void garbageHashNeverVerifies()
    {
        QVERIFY(!m_hasher->verify(QString(), u"anything"_s));
        QVERIFY(!m_hasher->verify(u"$argon2id$v=19$m=1,t=1,p=1$AAAA$BBBB"_s, u"anything"_s));
        QVERIFY(!m_hasher->verify(u"plain text"_s, u"plain text"_s));
    }

    void dummyVerificationIsNeverTrueAndCostsTheSame()
    {
        const auto hash = m_hasher->hash(u"a real password"_s);
        TV_VERIFY_OK(hash);
        QVERIFY(!m_hasher->verifyDummy(u"a real password"_s));
        QVERIFY(!m_hasher->verifyDummy(QString()));

        // The dummy check does the same Argon2id work as a real one: take the fastest of a few
        // runs of each, so scheduling noise only makes either look slower.
        qint64 real = std::numeric_limits<qint64>::max();
        qint64 dummy = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            m_hasher->verify(hash.value(), u"wrong"_s);
            real = std::min(real, timer.nsecsElapsed());
            timer.restart();
            m_hasher->verifyDummy(u"wrong"_s);
            dummy = std::min(dummy, timer.nsecsElapsed());
        }
        QVERIFY2(dummy * 2 > real && real * 2 > dummy,
                 qPrintable(u"real %1 ms, dummy %2 ms"_s.arg(real / 1e6).arg(dummy / 1e6)));
    }

    void asksForRehashOfWeakerHashes()
    {
        const auto current = m_hasher->hash(u"pw"_s);
        TV_VERIFY_OK(current);
        QVERIFY(!m_hasher->needsRehash(current.value()));

        char weak[crypto_pwhash_STRBYTES];
        QCOMPARE(crypto_pwhash_str(weak, "pw", 2, crypto_pwhash_OPSLIMIT_MIN,
                                   crypto_pwhash_MEMLIMIT_MIN),
                 0);
        const QString weakHash = QString::fromLatin1(weak);
        QVERIFY(m_hasher->verify(weakHash, u"pw"_s));
        QVERIFY(m_hasher->needsRehash(weakHash));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"

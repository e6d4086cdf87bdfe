#include "server/ServerErrors.h"
#include "server/auth/SecretBox.h"
#include "server/auth/Totp.h"
#include "tests/support/TestMacros.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using tv::server::auth::SecretBox;
using tv::server::auth::Totp;

namespace {
// RFC 6238 Appendix B: the SHA-1 key.
const QByteArray RfcSecret = "12345678901234567890"_ba;

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}
} // namespace

class TestTotp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << u"94287082"_s;
        QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
        QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
        QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
        QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
        QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
    }

    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(Totp::code(RfcSecret, Totp::stepAt(at(time)), 8), code);
        // Six digits are the last six of the eight.
        QCOMPARE(Totp::code(RfcSecret, Totp::stepAt(at(time))), code.right(6));
    }

    void matchesTheStepBeforeAndAfterOnly_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("two steps early") << qint64(-2) << false;
        QTest::newRow("one step early") << qint64(-1) << true;
        QTest::newRow("now") << qint64(0) << true;
        QTest::newRow("one step late") << qint64(1) << true;
        QTest::newRow("two steps late") << qint64(2) << false;
    }

    void matchesTheStepBeforeAndAfterOnly()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, accepted);
        const QDateTime now = at(1234567890);
        const qint64 step = Totp::stepAt(now) + offset;
        const auto matched = Totp::match(RfcSecret, Totp::code(RfcSecret, step), now);
        QCOMPARE(matched.has_value(), accepted);
        if (accepted)
            QCOMPARE(*matched, step);
    }

    void refusesAStepAlreadyUsed()
    {
        const QDateTime now = at(1234567890);
        const qint64 step = Totp::stepAt(now);
        const QString code = Totp::code(RfcSecret, step);
        QVERIFY(Totp::match(RfcSecret, code, now, step - 1).has_value());
        QVERIFY(!Totp::match(RfcSecret, code, now, step).has_value());
        QVERIFY(!Totp::match(RfcSecret, Totp::code(RfcSecret, step - 1), now, step).has_value());
        QVERIFY(Totp::match(RfcSecret, Totp::code(RfcSecret, step + 1), now, step).has_value());
    }

    void refusesMalformedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("five digits") << u"12345"_s;
        QTest::newRow("seven digits") << u"1234567"_s;
        QTest::newRow("letters") << u"abcdef"_s;
    }

    void refusesMalformedCodes()
    {
        QFETCH(QString, code);
        QVERIFY(!Totp::match(RfcSecret, code, at(1234567890)).has_value());
    }

    void secretsAreRandomAndTwentyBytes()
    {
        const QByteArray a = Totp::generateSecret();
        const QByteArray b = Totp::generateSecret();
        QCOMPARE(a.size(), 20);
        QVERIFY(a != b);
    }

    void base32_data()
    {
        // RFC 4648 section 10, without padding.
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << "f"_ba << u"MY"_s;
        QTest::newRow("fo") << "fo"_ba << u"MZXQ"_s;
        QTest::newRow("foo") << "foo"_ba << u"MZXW6"_s;
        QTest::newRow("foob") << "foob"_ba << u"MZXW6YQ"_s;
        QTest::newRow("fooba") << "fooba"_ba << u"MZXW6YTB"_s;
        QTest::newRow("foobar") << "foobar"_ba << u"MZXW6YTBOI"_s;
    }

    void base32()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Totp::base32(bytes), text);
        QCOMPARE(Totp::fromBase32(text), std::optional<QByteArray>(bytes));
        QCOMPARE(Totp::fromBase32(text.toLower()), std::optional<QByteArray>(bytes));
    }

    void base32RefusesOtherCharacters()
    {
        QCOMPARE(Totp::fromBase32(u"GEZD1"_s), std::nullopt); // 1 is not base32
        QCOMPARE(Totp::fromBase32(u"GEZD GNBV"_s), std::nullopt);
        QCOMPARE(Totp::fromBase32(u"GEZDG==="_s), std::nullopt);
    }

    void provisioningUri()
    {
        QCOMPARE(Totp::provisioningUri(RfcSecret, u"jo@school.example"_s),
                 u"otpauth://totp/TransformView:jo@school.example?"
                 u"secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=TransformView"_s);
    }

    void secretBoxSealsAndOpens()
    {
        const SecretBox box = SecretBox::random();
        const auto sealed = box.seal(RfcSecret);
        TV_VERIFY_OK(sealed);
        QVERIFY(!sealed.value().contains(QString::fromLatin1(RfcSecret.toBase64())));
        const auto opened = box.open(sealed.value());
        TV_VERIFY_OK(opened);
        QCOMPARE(opened.value(), RfcSecret);
        QVERIFY(box.seal(RfcSecret).value() != sealed.value()); // a new nonce each time

        TV_VERIFY_ERROR(SecretBox::random().open(sealed.value()), tv::server::errc::CryptoFailed);
        QString tampered = sealed.value();
        tampered[tampered.size() - 3] = tampered.at(tampered.size() - 3) == u'A' ? u'B' : u'A';
        TV_VERIFY_ERROR(box.open(tampered), tv::server::errc::CryptoFailed);
        TV_VERIFY_ERROR(box.open(u"short"_s), tv::server::errc::CryptoFailed);
    }

    void keyFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("valid");
        const QByteArray hex = QByteArray(32, '\x5a').toHex();
        QTest::newRow("64 hex digits") << hex << true;
        QTest::newRow("with a newline") << hex + "\n" << true;
        QTest::newRow("upper case") << hex.toUpper() << true;
        QTest::newRow("too short") << hex.left(62) << false;
        QTest::newRow("not hex") << QByteArray(64, 'g') << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void keyFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, valid);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"key"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const auto box = SecretBox::fromKeyFile(path);
        if (!valid) {
            TV_VERIFY_ERROR(box, tv::server::errc::InvalidConfig);
            QVERIFY(!box.error().message.contains(QString::fromLatin1(content.left(8))) ||
                    content.isEmpty());
            return;
        }
        TV_VERIFY_OK(box);
        // The same key opens what another box of that key sealed.
        const auto again = SecretBox::fromKeyFile(path);
        TV_VERIFY_OK(again);
        QCOMPARE(again.value().open(box.value().seal("x"_ba).value()).value(), "x"_ba);
        TV_VERIFY_ERROR(SecretBox::fromKeyFile(dir.filePath(u"missing"_s)),
                        tv::server::errc::InvalidConfig);
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"

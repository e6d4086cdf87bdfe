#include "server/auth/SessionToken.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::server::auth::SessionToken;

class TestSessionToken final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void is256RandomBitsInBase64Url()
    {
        const SessionToken session = SessionToken::generate();
        QCOMPARE(session.token.size(), 43);
        static const QRegularExpression base64Url(u"^[A-Za-z0-9_-]{43}$"_s);
        QVERIFY2(base64Url.match(session.token).hasMatch(), qPrintable(session.token));
        const auto decoded = QByteArray::fromBase64Encoding(
            session.token.toLatin1(), QByteArray::Base64UrlEncoding |
                                          QByteArray::OmitTrailingEquals |
                                          QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 32);
    }

    void neverRepeats()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(SessionToken::generate().token);
        QCOMPARE(seen.size(), 1000);
    }

    void storesOnlyTheSha256()
    {
        const SessionToken session = SessionToken::generate();
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(session.token.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(session.hash, expected);
        QCOMPARE(session.hash.size(), 64);
        QCOMPARE(SessionToken::hashOf(session.token), session.hash);
        QVERIFY(!session.hash.contains(session.token));
        QVERIFY(SessionToken::hashOf(session.token + u'x') != session.hash);
    }
};

QTEST_GUILESS_MAIN(TestSessionToken)
#include "tst_sessiontoken.moc"

// Issue 5, "Done when": a whole practitioner session (sign in, search by name, open a person and
// a household, sign out) runs in this process with HOME, the XDG directories and TMPDIR pointed
// at a throwaway directory and every log message (debug included) captured. Afterwards no file
// there, and no log line, holds the person's names or date of birth as the view showed them, the
// email address or password used, or any bearer token of the session.
//
// The service runs in this process too (training data in an in-memory SQLite database), so its
// logs are scanned as well. The encrypted session store is not part of this session: it needs a
// keyring, and its own tests scan its file byte by byte.

#include "app/net/ServiceClient.h"
#include "app/session/Session.h"
#include "models/domain/ErrorCode.h"
#include "server/ServiceHost.h"
#include "tests/app/support/ReplyWaiter.h"
#include "tests/support/TestHttpClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>

namespace {

// The throwaway directory every place a program may write to points at; made in main().
QString g_root;

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

// Keeps every message, debug included; QtTest's own handler sees only warnings and worse, so
// what the session logs is scanned here and not printed.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&g_logMutex);
        g_log << qFormatLogMessage(type, context, message);
    }
    if (g_previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        g_previousHandler(type, context, message);
}

// What must appear nowhere, and how: as UTF-8 and as UTF-16 (little endian) bytes, any case.
struct Needle {
    QString label; // what it is, never the value itself (test output is a log too)
    QString value;
};

QList<QByteArray> encodings(const QString &value)
{
    QList<QByteArray> out;
    for (const QString &form : {value, value.toLower(), value.toUpper()}) {
        out << form.toUtf8();
        out << QByteArray(reinterpret_cast<const char *>(form.utf16()), form.size() * 2);
    }
    return out;
}

// Every file under `root` holding one of the needles, as "file: label".
QStringList scanFiles(const QString &root, const QList<Needle> &needles)
{
    QStringList found;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << path + u": unreadable"_s;
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const Needle &needle : needles) {
            for (const QByteArray &form : encodings(needle.value)) {
                if (bytes.contains(form)) {
                    found << path + u": "_s + needle.label;
                    break;
                }
            }
        }
    }
    return found;
}

QStringList scanLog(const QList<Needle> &needles)
{
    const QMutexLocker locker(&g_logMutex);
    QStringList found;
    for (const QString &line : std::as_const(g_log)) {
        for (const Needle &needle : needles) {
            if (line.contains(needle.value, Qt::CaseInsensitive))
                found << u"log: "_s + needle.label;
        }
    }
    found.removeDuplicates();
    return found;
}

// The ways a view may show a date of birth.
QStringList dateForms(QDate date)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    return {date.toString(Qt::ISODate), date.toString(u"dd/MM/yyyy"_s),
            uk.toString(date, QLocale::ShortFormat), uk.toString(date, QLocale::LongFormat),
            date.toString(u"d MMMM yyyy"_s)};
}

} // namespace

class TestSessionLeaks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // QTest::qExec installs its own message handler: ours goes on top of it here.
    void initTestCase() { g_previousHandler = qInstallMessageHandler(captureMessage); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void environmentIsThrowaway();
    void scannerFindsWhatItLooksFor();
    void wholeSessionLeavesNoTrace();
};

void TestSessionLeaks::environmentIsThrowaway()
{
    QVERIFY(!g_root.isEmpty());
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                             "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
        QVERIFY2(qEnvironmentVariable(name).startsWith(g_root), name);
    }
    QVERIFY(QDir::tempPath().startsWith(g_root));
    QVERIFY(QDir::homePath().startsWith(g_root));
}

void TestSessionLeaks::scannerFindsWhatItLooksFor()
{
    const QList<Needle> needles{{u"canary"_s, u"Canary Value 1234"_s}};
    const QString path = QDir::temp().filePath(u"canary.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString text = u"xx canary value 1234 xx"_s;
        file.write(QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
    }
    QCOMPARE(scanFiles(g_root, needles).size(), 1);
    QVERIFY(QFile::remove(path));
    QVERIFY(scanFiles(g_root, needles).isEmpty());

    qInfo("a line with Canary Value 1234 in it");
    QVERIFY(!scanLog(needles).isEmpty());
    const QMutexLocker locker(&g_logMutex);
    g_log.clear();
}

void TestSessionLeaks::wholeSessionLeavesNoTrace()
{
    tv::server::ServerConfig config;
    config.training = true; // in memory: the service's own data never touches a disk
    tv::server::ServiceHost host(config);
    const tv::Status started = host.start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    const auto account = host.trainingAccount();
    QVERIFY(account.has_value());

    ServiceClient client;
    client.setBaseUrl(host.baseUrl());
    Session session(&client);
    QSignalSpy ready(&session, &Session::ready);
    QSignalSpy signedOut(&session, &Session::signedOut);
    QStringList tokens;
    connect(&session, &Session::refreshed, this, [&] { tokens << client.accessToken(); });

    session.signIn(tv::LoginRequest{account->email, account->password});
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WaitMs);
    tokens << client.accessToken();
    QVERIFY(!tokens.constFirst().isEmpty());

    const auto reasons = await<QList<tv::AccessReasonOption>>(client.accessReasons());
    QVERIFY2(reasons.ok(), qPrintable(reasons ? QString() : reasons.error().message));
    QVERIFY(!reasons.value().isEmpty());
    tv::AccessReason reason;
    reason.code = reasons.value().constFirst().code;

    const auto results =
        await<tv::SearchResults>(client.search(tv::test::searchByName(u"Smith"_s)));
    QVERIFY2(results.ok(), qPrintable(results ? QString() : results.error().message));
    QVERIFY(!results.value().results.isEmpty());
    const tv::PersonSummary found = results.value().results.constFirst();

    const auto view = await<tv::PersonView>(client.viewPerson(found.id, reason));
    QVERIFY2(view.ok(), qPrintable(view ? QString() : view.error().message));
    const tv::PersonDetails person = view.value().details;
    QVERIFY(!person.givenName.isEmpty());
    QVERIFY(!person.familyName.isEmpty());

    const auto household = await<tv::Household>(client.viewHousehold(person.householdId, reason));
    QVERIFY2(household.ok(), qPrintable(household ? QString() : household.error().message));
    QVERIFY(!household.value().members.isEmpty());
    tokens << client.accessToken();

    session.signOut();
    QCOMPARE(signedOut.count(), 1);
    // Wait until the server has revoked the token, so the whole session is over.
    tv::test::TestHttpClient http(host.baseUrl());
    http.setBearerToken(tokens.constLast());
    QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/api/v1/me"_s).status, 401, WaitMs);

    QList<Needle> needles{
        {u"given name"_s, person.givenName},
        {u"family name"_s, person.familyName},
        {u"full name"_s, person.givenName + u' ' + person.familyName},
        {u"name as listed"_s, found.displayName},
        {u"email"_s, account->email},
        {u"password"_s, account->password},
    };
    for (const QString &form : dateForms(person.dateOfBirth))
        needles << Needle{u"date of birth (%1)"_s.arg(needles.size()), form};
    tokens.removeDuplicates();
    for (const QString &token : std::as_const(tokens))
        needles << Needle{u"bearer token"_s, token};
    // A family name this common may be in a file for another reason (a dictionary, say); the
    // throwaway HOME holds nothing but what this session wrote, so it is still checked.

    const QStringList inFiles = scanFiles(g_root, needles);
    QVERIFY2(inFiles.isEmpty(), qPrintable(inFiles.join(u'\n')));
    const QStringList inLog = scanLog(needles);
    QVERIFY2(inLog.isEmpty(), qPrintable(inLog.join(u'\n')));
    // The log was really captured: the session's and the client's categories spoke.
    const QMutexLocker locker(&g_logMutex);
    QVERIFY(g_log.join(u'\n').contains(u"tv.app.session"_s));
#ifndef QT_NO_DEBUG_OUTPUT
    // The network layer speaks at debug level only when all goes well; release builds (CI's
    // RelWithDebInfo) compile debug lines out, so there they cannot leak either.
    QVERIFY(g_log.join(u'\n').contains(u"tv.app.net"_s));
#endif
}

int main(int argc, char *argv[])
{
    // Before anything reads the environment: a private directory for everything.
    QByteArray base = qgetenv("TMPDIR");
    if (base.isEmpty())
        base = "/tmp";
    QByteArray pattern = base + "/tv-leakscan-XXXXXX";
    if (!mkdtemp(pattern.data()))
        return 2;
    g_root = QString::fromLocal8Bit(pattern);
    const QDir root(g_root);
    for (const char *sub : {"home", "config", "data", "cache", "state", "runtime", "tmp"}) {
        if (!root.mkpath(QString::fromLatin1(sub)))
            return 2;
    }
    QFile::setPermissions(root.filePath(u"runtime"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("HOME", QFile::encodeName(root.filePath(u"home"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root.filePath(u"cache"_s)));
    qputenv("XDG_STATE_HOME", QFile::encodeName(root.filePath(u"state"_s)));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(root.filePath(u"runtime"_s)));
    qputenv("TMPDIR", QFile::encodeName(root.filePath(u"tmp"_s)));
    qputenv("QT_LOGGING_RULES", "tv.*.debug=true");
    qSetMessagePattern(u"%{category} %{type}: %{message}"_s);

    int status = 0;
    {
        QCoreApplication app(argc, argv);
        TestSessionLeaks test;
        QTEST_SET_MAIN_SOURCE_PATH
        status = QTest::qExec(&test, argc, argv);
    }
    QDir(g_root).removeRecursively();
    return status;
}

#include "tst_sessionleaks.moc"

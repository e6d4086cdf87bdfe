#include "server/auth/SignInThrottle.h"

#include "server/LoggingCategories.h"
#include "server/audit/AuditTrail.h"
#include "server/auth/UserDirectory.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tv::server::auth {
namespace {

qint64 secondsUntil(const QDateTime &now, const QDateTime &then)
{
    const qint64 ms = now.msecsTo(then);
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

} // namespace

SignInThrottle::SignInThrottle(const db::Database &database, Options options)
    : m_database(database)
    , m_options(options)
{}

QString SignInThrottle::emailSubject(const QString &email)
{
    const QByteArray normalised = UserDirectory::normaliseEmail(email).toUtf8();
    return u"email:"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(normalised, QCryptographicHash::Sha256).toHex());
}

QString SignInThrottle::addressSubject(const QString &address)
{
    return u"address:"_s + address;
}

int SignInThrottle::factorFor(const QString &subject)
{
    return subject.startsWith("address:"_L1) ? AddressFactor : 1;
}

Result<qint64> SignInThrottle::waitFor(const QStringList &subjects, const QDateTime &now) const
{
    qint64 longest = 0;
    for (const QString &subject : subjects) {
        const Result<qint64> wait = waitForOne(subject, now);
        if (!wait)
            return wait.error();
        longest = std::max(longest, wait.value());
    }
    return longest;
}

Result<qint64> SignInThrottle::waitForOne(const QString &subject, const QDateTime &now) const
{
    const Result<std::optional<QVariant>> locked =
        m_database.firstValue(u"read a sign-in lock",
                              u"SELECT locked_until FROM sign_in_locks WHERE subject = :subject"_s,
                              {{u":subject"_s, subject}});
    if (!locked)
        return locked.error();
    if (locked.value()) {
        const qint64 wait = secondsUntil(now, db::dateTimeFromDb(*locked.value()));
        if (wait > 0)
            return wait;
    }

    const QDateTime since = now.addSecs(-m_options.lockout.count());
    Result<QSqlQuery> failures = m_database.run(
        u"count failed sign-ins",
        u"SELECT COUNT(*), MAX(at) FROM sign_in_failures WHERE subject = :subject AND at > :since"_s,
        {{u":subject"_s, subject}, {u":since"_s, db::toDb(since)}});
    if (!failures)
        return failures.error();
    QSqlQuery &row = failures.value();
    if (!row.next())
        return qint64(0);
    const qint64 count = row.value(0).toLongLong();
    const qint64 free = qint64(FreeFailures) * factorFor(subject);
    if (count < free)
        return qint64(0);
    // 2 s after the third failure, then twice as long after each further one.
    const qint64 exponent = std::min<qint64>(count - free + 1, 30);
    const qint64 delay = std::min<qint64>(qint64(1) << exponent, m_options.lockout.count());
    const QDateTime last = db::dateTimeFromDb(row.value(1));
    return secondsUntil(now, last.addSecs(delay));
}

Status SignInThrottle::recordFailure(const QStringList &subjects, const QDateTime &now) const
{
    return m_database.transaction([&]() -> Status {
        const QDateTime since = now.addSecs(-m_options.lockout.count());
        for (const QString &subject : subjects) {
            // Failures older than the window no longer count: keep the table small.
            if (const Status pruned = m_database.exec(
                    u"forget old failed sign-ins",
                    u"DELETE FROM sign_in_failures WHERE subject = :subject AND at <= :since"_s,
                    {{u":subject"_s, subject}, {u":since"_s, db::toDb(since)}});
                !pruned)
                return pruned.error();
            if (const Status inserted = m_database.exec(
                    u"record a failed sign-in",
                    u"INSERT INTO sign_in_failures (subject, at) VALUES (:subject, :at)"_s,
                    {{u":subject"_s, subject}, {u":at"_s, db::toDb(now)}});
                !inserted)
                return inserted.error();
            const Result<std::optional<QVariant>> counted = m_database.firstValue(
                u"count failed sign-ins",
                u"SELECT COUNT(*) FROM sign_in_failures WHERE subject = :subject"_s,
                {{u":subject"_s, subject}});
            if (!counted)
                return counted.error();
            if (counted.value() &&
                counted.value()->toLongLong() >=
                    qint64(m_options.lockoutAfterFailures) * factorFor(subject)) {
                if (Status locked = lock(subject, now); !locked)
                    return locked;
            }
        }
        return Done{};
    });
}

Status SignInThrottle::lock(const QString &subject, const QDateTime &now) const
{
    const QVariantMap bySubject{{u":subject"_s, subject}};
    for (const QString &sql : {u"DELETE FROM sign_in_locks WHERE subject = :subject"_s,
                               u"DELETE FROM sign_in_failures WHERE subject = :subject"_s}) {
        if (Result<QSqlQuery> done = m_database.run(u"reset a sign-in lock", sql, bySubject);
            !done) {
            return done.error();
        }
    }
    const QDateTime until = now.addSecs(m_options.lockout.count());
    if (const Status inserted = m_database.exec(
            u"lock sign-in",
            u"INSERT INTO sign_in_locks (subject, locked_until) VALUES (:subject, :until)"_s,
            {{u":subject"_s, subject}, {u":until"_s, db::toDb(until)}});
        !inserted)
        return inserted.error();

    audit::AuditEntry entry = audit::entryOf(AuditAction::SignInLocked, now);
    entry.detail = audit::detailText(
        {{"subject"_L1, subject}, {"until"_L1, until.toString(Qt::ISODateWithMs)}});
    if (Status audited = audit::AuditTrail(m_database).append(entry); !audited)
        return audited;
    qCInfo(lcAuth).noquote() << "sign-in locked for" << m_options.lockout.count() << "s after"
                             << m_options.lockoutAfterFailures << "failures";
    return Done{};
}

Status SignInThrottle::clear(const QString &subject) const
{
    if (const Status cleared = m_database.exec(
            u"forget failed sign-ins", u"DELETE FROM sign_in_failures WHERE subject = :subject"_s,
            {{u":subject"_s, subject}});
        !cleared)
        return cleared.error();
    return Done{};
}

} // namespace tv::server::auth

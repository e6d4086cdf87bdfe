#include "server/admin/AuditReader.h"

#include "models/domain/ErrorCode.h"
#include "server/admin/AdminSupport.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tv::server::admin {
namespace {

std::optional<QString> canonicalSubject(const QString &text)
{
    static const QRegularExpression record(
        QRegularExpression::anchoredPattern(u"(person|household):[1-9][0-9]{0,17}"_s));
    if (record.match(text).hasMatch())
        return text;
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const QString kind = text.left(colon);
    if (kind != "user"_L1 && kind != "organisation"_L1)
        return std::nullopt;
    const std::optional<QString> id = canonicalUuid(text.mid(colon + 1));
    if (!id)
        return std::nullopt;
    return kind + u':' + *id;
}

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return date;
}

Error badParameter(const QString &name, const QString &what)
{
    return Error{QString(tv::errc::InvalidField), u"Query parameter '%1' %2."_s.arg(name, what)};
}

} // namespace

Result<AuditQuery> AuditQuery::parse(const QUrlQuery &query)
{
    AuditQuery parsed;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QSet<QString> seen;
    for (const auto &[name, value] : items) {
        if (seen.contains(name)) {
            return Error{QString(tv::errc::InvalidField),
                         u"Query parameter '%1' is given more than once."_s.arg(name)};
        }
        seen.insert(name);
        if (name == "user"_L1) {
            parsed.userId = canonicalUuid(value);
            if (!parsed.userId)
                return badParameter(u"user"_s, u"must be a user id (a UUID)"_s);
        } else if (name == "subject"_L1) {
            parsed.subject = canonicalSubject(value);
            if (!parsed.subject) {
                return badParameter(u"subject"_s,
                                    u"must be person:<id>, household:<id>, user:<uuid> or "
                                    u"organisation:<uuid>"_s);
            }
        } else if (name == "from"_L1 || name == "to"_L1) {
            const std::optional<QDate> date = parseDate(value);
            if (!date)
                return badParameter(name, u"must be a date as YYYY-MM-DD"_s);
            (name == "from"_L1 ? parsed.from : parsed.to) = date;
        } else if (name == "limit"_L1) {
            bool ok = false;
            parsed.limit = value.toInt(&ok);
            if (!ok || parsed.limit < 1 || parsed.limit > MaxLimit) {
                return badParameter(u"limit"_s,
                                    u"must be a whole number from 1 to %1"_s.arg(MaxLimit));
            }
        } else {
            return Error{QString(tv::errc::UnknownField),
                         u"Query parameter '%1' is not part of this request."_s.arg(name)};
        }
    }
    if (parsed.from && parsed.to && *parsed.from > *parsed.to)
        return badParameter(u"from"_s, u"must not be after 'to'"_s);
    return parsed;
}

AuditReader::AuditReader(const db::Database &database)
    : m_database(database)
{}

Result<AuditPage> AuditReader::read(const User &admin, const AuditQuery &query) const
{
    QStringList where;
    QVariantMap bindings{{u":limit"_s, query.limit + 1}};
    QJsonObject detail{{"limit"_L1, query.limit}};
    if (query.userId) {
        where << u"user_id = :user"_s;
        bindings.insert(u":user"_s, *query.userId);
        detail.insert("user"_L1, *query.userId);
    }
    if (query.subject) {
        where << u"subject = :subject"_s;
        bindings.insert(u":subject"_s, *query.subject);
    }
    if (query.from) {
        where << u"at >= :from"_s;
        bindings.insert(u":from"_s, db::toDb(query.from->startOfDay(QTimeZone::utc())));
        detail.insert("from"_L1, query.from->toString(Qt::ISODate));
    }
    if (query.to) {
        where << u"at < :to"_s;
        bindings.insert(u":to"_s, db::toDb(query.to->addDays(1).startOfDay(QTimeZone::utc())));
        detail.insert("to"_L1, query.to->toString(Qt::ISODate));
    }
    const QString sql =
        u"SELECT at, user_id, action, subject, reason_code, reason_note FROM audit_log"_s +
        (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s)) +
        u" ORDER BY at DESC, chain DESC, seq DESC LIMIT :limit"_s;

    AuditPage page;
    const Status done = m_database.transaction([&]() -> Status {
        Result<QSqlQuery> found = m_database.run(u"read the audit trail", sql, bindings);
        if (!found)
            return found.error();
        QSqlQuery &row = found.value();
        while (row.next()) {
            if (page.entries.size() == query.limit) {
                page.truncated = true;
                break;
            }
            AuditRecord record;
            record.at = db::dateTimeFromDb(row.value(0));
            record.userId = db::textFromDb(row.value(1));
            record.action = row.value(2).toString();
            record.subject = db::textFromDb(row.value(3));
            record.reasonCode = db::textFromDb(row.value(4));
            record.reasonNote = db::textFromDb(row.value(5));
            page.entries.append(std::move(record));
        }
        detail.insert("rows"_L1, page.entries.size());
        return recordAdminAction(m_database, admin, AuditAction::AdminReadAudit, query.subject,
                                 detail);
    });
    if (!done)
        return done.error();
    return page;
}

} // namespace tv::server::admin

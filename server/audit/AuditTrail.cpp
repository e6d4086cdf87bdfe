#include "AuditTrail.h"

#include "LoggingCategories.h"
#include "ServerErrors.h"
#include "db/Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tv::server::audit {
namespace {

using db::Database;
using db::Dialect;

// The link before the first row, as audit_head holds it for an empty trail.
const QString GenesisHash = QString(64, u'0');

// One row as it is hashed: every value exactly as it is stored and read back.
struct ChainRow {
    qint64 seq = 0;
    QString at; // ISO 8601, UTC, milliseconds: "2024-05-01T10:00:00.000Z"
    std::optional<QString> userId;
    QString action;
    std::optional<QString> subject;
    std::optional<QString> reasonCode;
    std::optional<QString> reasonNote;
    std::optional<QString> detail;
    QString prevHash;
};

// The canonical encoding of a row: a version tag, then every field in a fixed order, each either
// "~" (null) or "'" + its UTF-8 length in bytes + ":" + its UTF-8 bytes. Every field carries its
// own length, so no choice of values can move a boundary between fields, and null differs from
// the empty string. Written out by hand rather than through a JSON library, so that a change in
// a library's escaping can never break the verification of rows already written.
void encodeField(QByteArray &out, const std::optional<QString> &value)
{
    if (!value) {
        out += '~';
        return;
    }
    const QByteArray utf8 = value->toUtf8();
    out += '\'';
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
}

QString chainHash(const ChainRow &row)
{
    QByteArray encoded = "tv.audit.v1";
    encodeField(encoded, QString::number(row.seq));
    encodeField(encoded, row.at);
    encodeField(encoded, row.userId);
    encodeField(encoded, row.action);
    encodeField(encoded, row.subject);
    encodeField(encoded, row.reasonCode);
    encodeField(encoded, row.reasonNote);
    encodeField(encoded, row.detail);
    encodeField(encoded, row.prevHash);
    return QString::fromLatin1(
        QCryptographicHash::hash(encoded, QCryptographicHash::Sha256).toHex());
}

// A present value is never stored as NULL, even when it is an empty (or null) QString.
QVariant bindText(const std::optional<QString> &value)
{
    if (!value)
        return QVariant(QMetaType::fromType<QString>());
    return value->isNull() ? QVariant(u""_s) : QVariant(*value);
}

std::optional<QString> textFromDb(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::QUuid)
        return value.toUuid().toString(QUuid::WithoutBraces);
    return value.toString();
}

// The timestamp as it is stored, so the text hashed on append is the text read back by verify().
QString timestampText(const QDateTime &at)
{
    return Database::toDb(at).toString();
}

Error readError(QStringView purpose, const QSqlError &error)
{
    const QString code = error.nativeErrorCode().isEmpty() ? u"unknown"_s : error.nativeErrorCode();
    return Error{QString(errc::DatabaseError),
                 u"The database could not %1 (error %2)."_s.arg(purpose, code)};
}

QString rowsMissing(qint64 first, qint64 last)
{
    if (first == last)
        return u"row %1 is missing"_s.arg(first);
    return u"rows %1 to %2 are missing"_s.arg(first).arg(last);
}

} // namespace

AuditTrail::AuditTrail(const db::Database &database)
    : m_database(database)
{}

Status AuditTrail::append(const AuditEntry &entry) const
{
    if (entry.action.trimmed().isEmpty())
        return Error{QString(errc::InvalidInput), u"An audit row needs an action."_s};
    std::optional<QString> userId;
    if (entry.userId) {
        const QUuid parsed = QUuid::fromString(*entry.userId);
        if (parsed.isNull()) {
            return Error{QString(errc::InvalidInput),
                         u"An audit row's user must be a user id (a UUID)."_s};
        }
        // The form PostgreSQL's uuid type gives back, so the hash matches on both engines.
        userId = parsed.toString(QUuid::WithoutBraces);
    }
    const QDateTime at = entry.at.isValid() ? entry.at.toUTC() : QDateTime::currentDateTimeUtc();

    // Lock the head: on PostgreSQL its row lock serialises appends from every connection until
    // the caller's transaction ends; on SQLite the caller's BEGIN IMMEDIATE already holds the
    // database's write lock.
    const QString headSql = m_database.dialect() == Dialect::Postgres
                                ? u"SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE"_s
                                : u"SELECT seq, hash FROM audit_head WHERE id = 1"_s;
    Result<QSqlQuery> head = m_database.run(u"lock the audit trail's head", headSql);
    if (!head)
        return head.error();
    if (!head.value().next()) {
        return Error{QString(errc::DatabaseError),
                     u"The audit trail has no head row, so nothing can be appended to it."_s};
    }
    const qint64 previousSeq = head.value().value(0).toLongLong();
    const QString previousHash = head.value().value(1).toString();
    head.value().finish();

    ChainRow row;
    row.seq = previousSeq + 1;
    row.at = timestampText(at);
    row.userId = userId;
    row.action = entry.action;
    row.subject = entry.subject;
    row.reasonCode = entry.reasonCode;
    row.reasonNote = entry.reasonNote;
    row.detail = entry.detail;
    row.prevHash = previousHash;
    const QString hash = chainHash(row);

    const Result<QSqlQuery> inserted = m_database.run(
        u"append a row to the audit trail",
        u"INSERT INTO audit_log (seq, at, user_id, action, subject, reason_code, reason_note,"
        u" detail, prev_hash, hash) VALUES (:seq, :at, :user_id, :action, :subject,"
        u" :reason_code, :reason_note, :detail, :prev_hash, :hash)"_s,
        {{u":seq"_s, row.seq},
         {u":at"_s, Database::toDb(at)},
         {u":user_id"_s, bindText(row.userId)},
         {u":action"_s, bindText(row.action)},
         {u":subject"_s, bindText(row.subject)},
         {u":reason_code"_s, bindText(row.reasonCode)},
         {u":reason_note"_s, bindText(row.reasonNote)},
         {u":detail"_s, bindText(row.detail)},
         {u":prev_hash"_s, row.prevHash},
         {u":hash"_s, hash}});
    if (!inserted)
        return inserted.error();

    // The head moves only from the link this append read; anything else means the append was
    // not serialised (called outside a transaction) and must not fork the chain.
    Result<QSqlQuery> moved = m_database.run(
        u"move the audit trail's head",
        u"UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1 AND seq = :previous"_s,
        {{u":seq"_s, row.seq}, {u":hash"_s, hash}, {u":previous"_s, previousSeq}});
    if (!moved)
        return moved.error();
    if (moved.value().numRowsAffected() != 1) {
        return Error{QString(errc::DatabaseError),
                     u"The audit trail's head moved during an append; append inside a "
                     u"transaction."_s};
    }
    return Done{};
}

Result<AuditTrail::VerifyReport> AuditTrail::verify() const
{
    // One consistent snapshot of rows and head, without blocking writers: a read-only
    // repeatable-read transaction on PostgreSQL, a deferred (snapshot) read on SQLite.
    const QString begin = m_database.dialect() == Dialect::Postgres
                              ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
                              : u"BEGIN"_s;
    if (const auto begun = m_database.runDdl(u"begin reading the audit trail", begin); !begun)
        return begun.error();

    const auto walk = [this]() -> Result<VerifyReport> {
        qint64 headSeq = 0;
        QString headHash;
        {
            Result<QSqlQuery> head = m_database.run(
                u"read the audit trail's head", u"SELECT seq, hash FROM audit_head WHERE id = 1"_s);
            if (!head)
                return head.error();
            if (!head.value().next()) {
                VerifyReport report;
                report.problem = u"the audit trail's head row is missing"_s;
                return report;
            }
            headSeq = head.value().value(0).toLongLong();
            headHash = head.value().value(1).toString();
        }

        VerifyReport report;
        qint64 expectedSeq = 1;
        QString previousHash = GenesisHash;
        {
            // Forward-only: rows stream through one at a time (single-row mode on PostgreSQL),
            // so a trail of any length verifies in bounded memory.
            QSqlQuery rows(m_database.connection());
            rows.setForwardOnly(true);
            if (!rows.exec(u"SELECT seq, at, user_id, action, subject, reason_code, reason_note,"
                           u" detail, prev_hash, hash FROM audit_log ORDER BY seq"_s)) {
                return readError(u"read the audit trail", rows.lastError());
            }
            while (rows.next()) {
                ChainRow row;
                row.seq = rows.value(0).toLongLong();
                row.at = timestampText(Database::dateTimeFromDb(rows.value(1)));
                row.userId = textFromDb(rows.value(2));
                row.action = rows.value(3).toString();
                row.subject = textFromDb(rows.value(4));
                row.reasonCode = textFromDb(rows.value(5));
                row.reasonNote = textFromDb(rows.value(6));
                row.detail = textFromDb(rows.value(7));
                row.prevHash = rows.value(8).toString();
                const QString storedHash = rows.value(9).toString();
                ++report.rowsChecked;

                if (row.seq < expectedSeq) {
                    report.firstBadSeq = row.seq;
                    report.problem = u"row %1 is out of sequence: it was added"_s.arg(row.seq);
                } else if (row.seq > expectedSeq) {
                    report.firstBadSeq = expectedSeq;
                    report.problem = rowsMissing(expectedSeq, row.seq - 1);
                } else if (chainHash(row) != storedHash) {
                    report.firstBadSeq = row.seq;
                    report.problem = u"row %1 was changed"_s.arg(row.seq);
                } else if (row.prevHash != previousHash) {
                    // Both rows hash correctly, so one was changed and its hash recomputed.
                    report.firstBadSeq = row.seq > 1 ? row.seq - 1 : row.seq;
                    report.problem =
                        row.seq > 1 ? u"row %1 no longer links to row %2: one of them was changed"_s
                                          .arg(row.seq)
                                          .arg(row.seq - 1)
                                    : u"row 1 does not start the chain: it was changed"_s;
                }
                if (!report.intact()) {
                    rows.finish();
                    return report;
                }
                previousHash = storedHash;
                expectedSeq = row.seq + 1;
            }
            if (rows.lastError().isValid())
                return readError(u"read the audit trail", rows.lastError());
        }

        const qint64 lastSeq = expectedSeq - 1;
        if (lastSeq < headSeq) {
            const qint64 missing = headSeq - lastSeq;
            report.firstBadSeq = lastSeq + 1;
            if (lastSeq == 0)
                report.problem = missing == 1 ? u"the only row is missing"_s
                                              : u"all %1 rows are missing"_s.arg(missing);
            else
                report.problem = missing == 1 ? u"the newest row is missing"_s
                                              : u"the newest %1 rows are missing"_s.arg(missing);
        } else if (lastSeq > headSeq) {
            report.firstBadSeq = headSeq + 1;
            report.problem =
                u"row %1 is newer than the trail's head: it was added, or the head was changed"_s
                    .arg(headSeq + 1);
        } else if (previousHash != headHash) {
            report.firstBadSeq = lastSeq > 0 ? std::optional<qint64>(lastSeq) : std::nullopt;
            report.problem =
                lastSeq > 0
                    ? u"row %1 does not match the trail's head: one of them was changed"_s.arg(
                          lastSeq)
                    : u"the trail's head was changed"_s;
        }
        return report;
    };

    Result<VerifyReport> result = walk();
    // Nothing was written: ending the read-only transaction cannot lose anything.
    if (const auto ended = m_database.runDdl(u"end reading the audit trail", u"ROLLBACK"_s);
        !ended) {
        qCWarning(lcDb).noquote() << ended.error().message;
    }
    if (result && !result.value().intact()) {
        qCWarning(lcDb).noquote() << "audit trail verification failed at row"
                                  << result.value().firstBadSeq.value_or(0) << "after"
                                  << result.value().rowsChecked << "rows";
    }
    return result;
}

} // namespace tv::server::audit

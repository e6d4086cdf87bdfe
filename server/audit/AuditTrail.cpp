#include "server/audit/AuditTrail.h"

#include "models/domain/WireFormat.h"
#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"
#include "server/db/SchemaMigrations.h"

#include <QCryptographicHash>
#include <QMap>
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

// The timestamp as it is stored, so the text hashed on append is the text read back by verify().
QString timestampText(const QDateTime &at)
{
    return db::toDb(at).toString();
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

// The newest link of a chain: the genesis link (0, GenesisHash) before its first row.
struct ChainLink {
    qint64 seq = 0;
    QString hash;
};

using VerifyReport = AuditTrail::VerifyReport;

void fail(VerifyReport &report, int chain, std::optional<qint64> seq, QString problem)
{
    report.firstBadChain = chain;
    report.firstBadSeq = seq;
    report.problem = std::move(problem);
}

// One row of `chain` against the link before it.
void checkRow(VerifyReport &report, int chain, const ChainRow &row, const QString &storedHash,
              const ChainLink &previous)
{
    const qint64 expectedSeq = previous.seq + 1;
    if (row.seq < expectedSeq) {
        fail(report, chain, row.seq, u"row %1 is out of sequence: it was added"_s.arg(row.seq));
    } else if (row.seq > expectedSeq) {
        fail(report, chain, expectedSeq, rowsMissing(expectedSeq, row.seq - 1));
    } else if (chainHash(row) != storedHash) {
        fail(report, chain, row.seq, u"row %1 was changed"_s.arg(row.seq));
    } else if (row.prevHash != previous.hash) {
        // Both rows hash correctly, so one was changed and its hash recomputed.
        if (row.seq > 1) {
            fail(report, chain, row.seq - 1,
                 u"row %1 no longer links to row %2: one of them was changed"_s.arg(row.seq).arg(
                     row.seq - 1));
        } else {
            fail(report, chain, row.seq, u"row 1 does not start the chain: it was changed"_s);
        }
    }
}

// A chain's newest row against its head.
void checkAgainstHead(VerifyReport &report, int chain, const ChainLink &last, const ChainLink &head)
{
    if (last.seq < head.seq) {
        const qint64 missing = head.seq - last.seq;
        if (last.seq == 0) {
            fail(report, chain, 1,
                 missing == 1 ? u"the only row is missing"_s
                              : u"all %1 rows are missing"_s.arg(missing));
        } else {
            fail(report, chain, last.seq + 1,
                 missing == 1 ? u"the newest row is missing"_s
                              : u"the newest %1 rows are missing"_s.arg(missing));
        }
    } else if (last.seq > head.seq) {
        fail(report, chain, head.seq + 1,
             u"row %1 is newer than the trail's head: it was added, or the head was changed"_s.arg(
                 head.seq + 1));
    } else if (last.hash != head.hash) {
        if (last.seq > 0) {
            fail(
                report, chain, last.seq,
                u"row %1 does not match the trail's head: one of them was changed"_s.arg(last.seq));
        } else {
            fail(report, chain, std::nullopt, u"the trail's head was changed"_s);
        }
    }
}

} // namespace

AuditEntry entryOf(AuditAction action, const QDateTime &at, const std::optional<QString> &userId)
{
    AuditEntry entry;
    entry.at = at;
    entry.userId = userId;
    entry.action = auditaction::wireName(action);
    return entry;
}

QString detailText(const QJsonObject &detail)
{
    return QString::fromUtf8(wire::serialize(detail));
}

QString personSubject(qint64 personId)
{
    return u"person:"_s + QString::number(personId);
}

AuditTrail::AuditTrail(const db::Database &database)
    : m_database(database)
{}

Result<std::optional<AuditTrail::Head>> AuditTrail::takeHead(const QString &sql) const
{
    Result<db::PreparedQuery> query =
        m_database.runPrepared(u"take a head of the audit trail", sql);
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next())
        return std::optional<Head>();
    return std::optional<Head>(
        Head{row.value(0).toInt(), row.value(1).toLongLong(), row.value(2).toString()});
}

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

    // Take a chain's head. On PostgreSQL the first head no other transaction holds is locked
    // until the caller's transaction ends, so concurrent appends from any connection or service
    // instance go to different chains and never wait for each other's commit; only when every
    // chain is busy does an append wait, for chain 1. On SQLite the caller's BEGIN IMMEDIATE
    // already holds the database's write lock, and chain 1 takes every row.
    std::optional<Head> head;
    if (m_database.dialect() == Dialect::Postgres) {
        auto free = takeHead(u"SELECT id, seq, hash FROM audit_head ORDER BY id"
                             u" LIMIT 1 FOR UPDATE SKIP LOCKED"_s);
        if (!free)
            return free.error();
        head = free.value();
        if (!head) {
            auto first =
                takeHead(u"SELECT id, seq, hash FROM audit_head WHERE id = 1 FOR UPDATE"_s);
            if (!first)
                return first.error();
            head = first.value();
        }
    } else {
        auto first = takeHead(u"SELECT id, seq, hash FROM audit_head WHERE id = 1"_s);
        if (!first)
            return first.error();
        head = first.value();
    }
    if (!head) {
        return Error{QString(errc::DatabaseError),
                     u"The audit trail has no head row, so nothing can be appended to it."_s};
    }
    const qint64 previousSeq = head->seq;
    const QString previousHash = head->hash;

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

    const Result<db::PreparedQuery> inserted = m_database.runPrepared(
        u"append a row to the audit trail",
        u"INSERT INTO audit_log (chain, seq, at, user_id, action, subject, reason_code,"
        u" reason_note, detail, prev_hash, hash) VALUES (:chain, :seq, :at, :user_id, :action,"
        u" :subject, :reason_code, :reason_note, :detail, :prev_hash, :hash)"_s,
        {{u":chain"_s, head->chain},
         {u":seq"_s, row.seq},
         {u":at"_s, db::toDb(at)},
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
    Result<db::PreparedQuery> moved = m_database.runPrepared(
        u"move the audit trail's head",
        u"UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = :chain AND seq = :previous"_s,
        {{u":seq"_s, row.seq},
         {u":hash"_s, hash},
         {u":chain"_s, head->chain},
         {u":previous"_s, previousSeq}});
    if (!moved)
        return moved.error();
    if (moved.value()->numRowsAffected() != 1) {
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
        VerifyReport report;
        QMap<int, ChainLink> heads;
        {
            Result<QSqlQuery> rows = m_database.run(u"read the audit trail's heads",
                                                    u"SELECT id, seq, hash FROM audit_head"_s);
            if (!rows)
                return rows.error();
            while (rows.value().next()) {
                heads.insert(rows.value().value(0).toInt(), {rows.value().value(1).toLongLong(),
                                                             rows.value().value(2).toString()});
            }
        }
        for (int chain = 1; chain <= db::AuditChains; ++chain) {
            if (!heads.contains(chain)) {
                report.firstBadChain = chain;
                report.problem = heads.isEmpty() ? u"the audit trail's heads are missing"_s
                                                 : u"the head of chain %1 is missing"_s.arg(chain);
                return report;
            }
        }
        if (heads.size() != db::AuditChains) {
            report.firstBadChain = heads.lastKey();
            report.problem =
                u"chain %1 is not one of the trail's: it was added"_s.arg(heads.lastKey());
            return report;
        }

        // Walks one chain at a time, in order; `current` is the chain being walked.
        int current = 1;
        ChainLink link{0, GenesisHash};
        const auto endChain = [&](int chain) {
            checkAgainstHead(report, chain, link, heads.value(chain));
            link = ChainLink{0, GenesisHash};
            return report.intact();
        };
        {
            // Forward-only: rows stream through one at a time (single-row mode on PostgreSQL),
            // so a trail of any length verifies in bounded memory.
            QSqlQuery rows(m_database.connection());
            rows.setForwardOnly(true);
            if (!rows.exec(u"SELECT chain, seq, at, user_id, action, subject, reason_code,"
                           u" reason_note, detail, prev_hash, hash FROM audit_log"
                           u" ORDER BY chain, seq"_s)) {
                return readError(u"read the audit trail", rows.lastError());
            }
            while (rows.next()) {
                const int chain = rows.value(0).toInt();
                if (!heads.contains(chain)) {
                    report.firstBadChain = chain;
                    report.firstBadSeq = rows.value(1).toLongLong();
                    report.problem = u"row %1 is in chain %2, which the trail does not have: it"
                                     u" was added"_s.arg(*report.firstBadSeq)
                                         .arg(chain);
                } else {
                    while (current < chain && endChain(current))
                        ++current;
                }
                if (!report.intact()) {
                    rows.finish();
                    return report;
                }
                ChainRow row;
                row.seq = rows.value(1).toLongLong();
                row.at = timestampText(db::dateTimeFromDb(rows.value(2)));
                row.userId = db::textFromDb(rows.value(3));
                row.action = rows.value(4).toString();
                row.subject = db::textFromDb(rows.value(5));
                row.reasonCode = db::textFromDb(rows.value(6));
                row.reasonNote = db::textFromDb(rows.value(7));
                row.detail = db::textFromDb(rows.value(8));
                row.prevHash = rows.value(9).toString();
                const QString storedHash = rows.value(10).toString();
                ++report.rowsChecked;
                checkRow(report, chain, row, storedHash, link);
                if (!report.intact()) {
                    rows.finish();
                    return report;
                }
                link = ChainLink{row.seq, storedHash};
            }
            if (rows.lastError().isValid())
                return readError(u"read the audit trail", rows.lastError());
        }
        for (; current <= db::AuditChains; ++current) {
            if (!endChain(current))
                break;
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
        qCWarning(lcDb).noquote() << "audit trail verification failed in chain"
                                  << result.value().firstBadChain.value_or(0) << "at row"
                                  << result.value().firstBadSeq.value_or(0) << "after"
                                  << result.value().rowsChecked << "rows";
    }
    return result;
}

} // namespace tv::server::audit

#pragma once

#include "models/domain/AuditAction.h"
#include "models/domain/Result.h"
#include "server/db/DatabaseFwd.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tv::server::audit {

// What was done, by whom, to whose record, and why (Appendix C 14.2.7). Never a password or
// token; `detail` is a small JSON document (e.g. which search criteria were used).
struct AuditEntry {
    QDateTime at; // UTC
    std::optional<QString> userId;
    QString action;                 // auditaction::wireName(AuditAction::...): "person_view", ...
    std::optional<QString> subject; // the data subject: "person:123", "household:45"
    std::optional<QString> reasonCode;
    std::optional<QString> reasonNote;
    std::optional<QString> detail;
};

// An entry of `action` at `at` by `userId` (none when nobody is signed in: a failed sign-in).
AuditEntry entryOf(AuditAction action, const QDateTime &at,
                   const std::optional<QString> &userId = std::nullopt);
// `detail` as an AuditEntry holds it: compact JSON, as the wire library serialises it.
QString detailText(const QJsonObject &detail);
// The subject of an entry about one person: "person:<id>".
QString personSubject(qint64 personId);

// The append-only, hash-chained audit trail. It is db::AuditChains chains side by side; each row's
// hash is SHA-256 over its fields and the previous row's hash in its chain, and each chain's row in
// audit_head holds its newest link, so an edited, deleted, moved or truncated row is detected by
// verify(). Rows of different chains are ordered by their time.
class AuditTrail final {
public:
    explicit AuditTrail(const db::Database &database);

    // Appends one row. Call it inside the Database::transaction that reads the data, so no data
    // leaves without its audit row: when the append fails, the transaction fails. Appends on
    // one chain are serialised on its head's row lock; concurrent ones take different chains.
    Status append(const AuditEntry &entry) const;

    struct VerifyReport {
        qint64 rowsChecked = 0;
        std::optional<int> firstBadChain;  // the chain that breaks, when one does
        std::optional<qint64> firstBadSeq; // where in it
        QString problem;                   // plain words, empty when the chain is intact
        bool intact() const { return problem.isEmpty(); }
    };
    // Walks the whole chain. An error only when the database cannot be read.
    Result<VerifyReport> verify() const;

private:
    struct Head {
        int chain = 0;
        qint64 seq = 0;
        QString hash;
    };
    // Runs `sql`, which selects (id, seq, hash) of at most one head; no row gives nullopt.
    Result<std::optional<Head>> takeHead(const QString &sql) const;

    const db::Database &m_database;
};

} // namespace tv::server::audit

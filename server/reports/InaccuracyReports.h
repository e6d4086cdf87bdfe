#pragma once

#include "models/domain/AuditAction.h"
#include "models/domain/Report.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/db/DatabaseFwd.h"
#include "server/reports/ReportRows.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace tv::server::reports {

// Inaccuracy reports (Appendix C 13.6): a practitioner files one against one item of a person
// view; the Transform team forwards it to the source's owner and resolves it; the reporter sees
// its status. Every change is audited in the transaction that makes it, under the person's
// subject ("person:<id>"), so it is part of their subject access pack.
//
// Status flow: open -> forwarded -> resolved, or open -> resolved. Anything else is a conflict
// (409) that changes nothing.
class InaccuracyReports final {
public:
    explicit InaccuracyReports(const db::Database &database);

    // Errors: invalid_field (a person id that is not digits, the item, the description),
    // not_found (no such person).
    Result<InaccuracyReport> file(const User &reporter, const QString &personId,
                                  const NewInaccuracyReport &report) const;
    // Only `reporter`'s own reports, oldest first. With Subject::Named each names whom it is about
    // (name, date of birth, whether restricted now: InaccuracyReport::subject), audited under
    // each person named; with Subject::LeftOut (the reporter's access has lapsed) by id only,
    // not audited (nothing of anyone else's).
    Result<InaccuracyReportList> mine(const User &reporter, ReportRows::Subject subject) const;

    // For the Transform team: every report, or those in one status, oldest first, by person id
    // only (no subject). Audited.
    Result<InaccuracyReportList> list(const User &admin, std::optional<ReportStatus> status) const;
    // open -> forwarded. Errors: not_found (also for an id that is not a UUID), conflict.
    Result<InaccuracyReport> forward(const User &admin, const QString &reportId,
                                     const ForwardReport &forward) const;
    // open or forwarded -> resolved. Errors: not_found, conflict, invalid_field.
    Result<InaccuracyReport> resolve(const User &admin, const QString &reportId,
                                     const ResolveReport &resolve) const;

private:
    // Moves `reportId` from a status in `from` to `to`, setting `set` (SQL assignments whose
    // values are in `bindings`, :at and :by given), and appends the audit row `action` with
    // `detail`, in one transaction. Gives back the report as it is afterwards.
    Result<InaccuracyReport> move(const User &admin, const QString &reportId,
                                  const QList<ReportStatus> &from, ReportStatus to,
                                  const QString &set, QVariantMap bindings, AuditAction action,
                                  QJsonObject detail) const;

    const db::Database &m_database;
};

} // namespace tv::server::reports

#pragma once

#include "models/domain/Report.h"
#include "models/domain/Result.h"
#include "server/db/DatabaseFwd.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tv::server::reports {

// Reading and writing the rows of reports/: shared by InaccuracyReports and SubjectAccess.
class ReportRows final {
public:
    // Whether a report read names whom it is about (InaccuracyReport::subject): only in the
    // reporter's own list.
    enum class Subject { LeftOut, Named };

    // The columns readReport() reads, from inaccuracy_reports r joined to users u and
    // organisations o (and, when named, persons p and restrictions rs); append a WHERE and an
    // ORDER BY.
    static QString reportSelect(Subject subject = Subject::LeftOut);
    static InaccuracyReport readReport(const QSqlQuery &query, Subject subject = Subject::LeftOut);
    // Every report reportSelect() + `where` finds, oldest first.
    static Result<QList<InaccuracyReport>> readReports(const db::Database &database,
                                                       QStringView purpose, const QString &where,
                                                       const QVariantMap &bindings,
                                                       Subject subject = Subject::LeftOut);
};

} // namespace tv::server::reports

#pragma once

#include "domain/Report.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tv::server::db {
class Database;
}

namespace tv::server::reports {

// Reading and writing the rows of reports/: shared by InaccuracyReports and SubjectAccess.
class ReportRows final {
public:
    // The columns readReport() reads, from inaccuracy_reports r joined to users u and
    // organisations o; append a WHERE and an ORDER BY.
    static QString reportSelect();
    static InaccuracyReport readReport(const QSqlQuery &query);
    // Every report reportSelect() + `where` finds, oldest first.
    static Result<QList<InaccuracyReport>> readReports(const db::Database &database,
                                                       QStringView purpose, const QString &where,
                                                       const QVariantMap &bindings);

    // A uuid column as text without braces, on either engine; empty for NULL.
    static QString uuidFromDb(const QVariant &value);
    static QString compactJson(const QJsonObject &object);
    static QString personSubject(qint64 personId); // "person:<id>"
};

} // namespace tv::server::reports

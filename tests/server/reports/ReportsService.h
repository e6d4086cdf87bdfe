#pragma once

#include "models/domain/Result.h"
#include "tests/support/OpenApiDocument.h"
#include "tests/support/ServerTestNames.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestHttpClient.h"

#include <QDate>
#include <QObject>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace tv::server::auth {
class AuthService;
}
namespace tv::server::db {
class Database;
}
namespace tv::server::http {
class ApiServer;
}

namespace tv::test {

// A running service on a fresh database for the tests of server/reports: an organisation with
// two practitioners and an admin, each signed in, every condition of access met, and a small
// household of fictional people (see insertPersons()). Answers are checked against the OpenAPI
// document.
class ReportsService final {
public:
    Q_DISABLE_COPY_MOVE(ReportsService)
    ~ReportsService();

    static inline const QDate AsOf{2026, 11, 24};
    enum class Who { Nobody, Practitioner, OtherPractitioner, Admin };

    static Result<std::unique_ptr<ReportsService>> start(Backend backend);

    server::db::Database &db() const;
    QString userId(Who who) const;

    HttpResult get(Who who, const QString &path);
    HttpResult post(Who who, const QString &path, const QByteArray &body);

    // Problems with `result` against what the document says `method` `path` answers with its
    // status (path as in the document, e.g. "/api/v1/reports/mine"); empty when it fits.
    QStringList undocumented(const QString &method, const QString &documentedPath,
                             const HttpResult &result) const;

    Status exec(const QString &sql, const QVariantMap &bindings = {}) const;
    // The value of the first column of the first row of `sql`, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantMap &bindings = {}) const;
    qint64 auditRows() const;

private:
    ReportsService() = default;
    Status insertPersons() const;
    Result<QString> addUser(const QString &name, const QString &role) const;
    void signInAs(Who who);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<server::db::Database> m_db;
    std::unique_ptr<server::auth::AuthService> m_auth;
    std::unique_ptr<server::http::ApiServer> m_api;
    std::unique_ptr<TestHttpClient> m_client;
    std::optional<OpenApiDocument> m_document;
    QString m_organisation;
    QMap<Who, QString> m_ids;
    QMap<Who, QString> m_tokens;
};

// The base of those tests: each test function, on each backend, gets a ReportsService of its own
// (service()), started by init() and stopped by cleanup().
class ReportsTestCase : public QObject {
    Q_OBJECT

protected:
    ReportsService &service() { return *m_service; }

private:
    std::unique_ptr<ReportsService> m_service;

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
};

} // namespace tv::test

// The names the tests of server/reports use unqualified, besides ServerTestNames.h's.
using tv::test::ReportsService;
using Who = ReportsService::Who;

// Keeps server/openapi/transform-service.openapi.json true: every route the server has is in it
// and every operation in it is a route; every example validates against its schema; and the
// live answers of a running service validate against the schema documented for their status.
#include "models/domain/WireFormat.h"
#include "server/ServiceHost.h"
#include "server/http/ApiServer.h"
#include "tests/support/OpenApiDocument.h"
#include "tests/support/TestHttpClient.h"
#include "tests/support/TestMacros.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::test::HttpResult;
using tv::test::OpenApiDocument;

namespace {

QString documentPath()
{
    return qEnvironmentVariable("TV_TEST_SOURCE_DIR") +
           u"/server/openapi/transform-service.openapi.json"_s;
}

// "/api/v1/persons/{personId}/view" and "/api/v1/persons/<arg>/view" both become
// "/api/v1/persons/{}/view".
QString shapeOf(QString path)
{
    static const QRegularExpression parameter(u"\\{[^}]+\\}|<arg>"_s);
    return path.replace(parameter, u"{}"_s);
}

// Whether a concrete path ("/api/v1/persons/16/view") is an instance of a documented one.
bool matches(const QString &documented, const QString &concrete)
{
    QString pattern = QRegularExpression::escape(shapeOf(documented));
    pattern.replace(u"\\{\\}"_s, u"[^/]*"_s);
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern))
        .match(concrete)
        .hasMatch();
}

} // namespace

class TestOpenApi final : public QObject {
    Q_OBJECT

private:
    std::optional<OpenApiDocument> m_doc;
    std::unique_ptr<tv::server::ServiceHost> m_host;
    std::unique_ptr<tv::test::TestHttpClient> m_client;

    void checkAnswer(const QString &method, const QString &path, const HttpResult &result)
    {
        QVERIFY2(result.status != 0, qPrintable(result.errorString));
        for (const auto &operation : m_doc->operations()) {
            if (operation.method != method || !matches(operation.path, path))
                continue;
            const QJsonObject schema = m_doc->responseSchema(operation, result.status);
            QVERIFY2(!schema.isEmpty(),
                     qPrintable(u"%1 %2 answered %3, which the document "
                                u"does not describe"_s.arg(method, operation.path,
                                                           QString::number(result.status))));
            QVERIFY2(result.isJsonObject(), result.body.constData());
            const QStringList problems = m_doc->validate(result.json(), schema);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            return;
        }
        QFAIL(qPrintable(u"%1 %2 is not in the document"_s.arg(method, path)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto doc = OpenApiDocument::load(documentPath());
        TV_VERIFY_OK(doc);
        m_doc = std::move(doc).value();

        tv::server::ServerConfig config;
        config.training = true;
        config.asOf = QDate(2026, 11, 24);
        m_host = std::make_unique<tv::server::ServiceHost>(config);
        TV_VERIFY_OK(m_host->start());
        m_client = std::make_unique<tv::test::TestHttpClient>(m_host->baseUrl());
    }

    void everyRouteIsDocumentedAndEveryOperationIsARoute()
    {
        QSet<QString> documented;
        for (const auto &operation : m_doc->operations())
            documented.insert(operation.method + u' ' + shapeOf(operation.path));
        QSet<QString> served;
        for (const auto &route : tv::server::http::ApiServer::routes())
            served.insert(route.method + u' ' + shapeOf(route.path));
        QVERIFY(!served.isEmpty());
        for (const QString &route : served)
            QVERIFY2(documented.contains(route), qPrintable(route + u" is not documented"_s));
        for (const QString &operation : documented)
            QVERIFY2(served.contains(operation), qPrintable(operation + u" is not served"_s));
    }

    void everyExampleValidates()
    {
        int examples = 0;
        for (const auto &operation : m_doc->operations()) {
            const QJsonObject responses = operation.operation.value("responses"_L1).toObject();
            for (auto it = responses.begin(); it != responses.end(); ++it) {
                const QJsonObject media = it.value()
                                              .toObject()
                                              .value("content"_L1)
                                              .toObject()
                                              .value("application/json"_L1)
                                              .toObject();
                QVERIFY2(media.contains("example"_L1),
                         qPrintable(operation.path + u' ' + it.key() + u" has no example"_s));
                const QStringList problems = m_doc->validate(
                    media.value("example"_L1), m_doc->responseSchema(operation, it.key().toInt()),
                    operation.method + u' ' + operation.path + u' ' + it.key());
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
                ++examples;
            }
        }
        QVERIFY(examples >= 20);
    }

    void theValidatorRejectsWhatTheSchemaForbids()
    {
        // The check must be able to fail: a person view with an unknown flag state and a
        // field the schema does not have.
        const auto operations = m_doc->operations();
        const auto view = std::find_if(operations.cbegin(), operations.cend(), [](const auto &o) {
            return o.path.startsWith(u"/api/v1/persons/"_s) && o.path.endsWith(u"/view"_s);
        });
        QVERIFY(view != operations.cend());
        QJsonObject example = view->operation.value("responses"_L1)
                                  .toObject()
                                  .value("200"_L1)
                                  .toObject()
                                  .value("content"_L1)
                                  .toObject()
                                  .value("application/json"_L1)
                                  .toObject()
                                  .value("example"_L1)
                                  .toObject();
        QJsonArray flags = example.value("flags"_L1).toArray();
        QJsonObject flag = flags.at(0).toObject();
        flag.insert("state"_L1, u"Current"_s);
        flags.replace(0, flag);
        example.insert("flags"_L1, flags);
        example.insert("underlyingRecord"_L1, u"secret"_s);
        const QStringList problems = m_doc->validate(example, m_doc->responseSchema(*view, 200));
        QCOMPARE(problems.size(), 2);
    }

    // A restricted household member comes with no flag information; anyone else with the named
    // flags, never counts (issue 14, points 6 and 17).
    void aHouseholdMemberHasFlagsExactlyWhenNotRestricted()
    {
        const auto operations = m_doc->operations();
        const auto household =
            std::find_if(operations.cbegin(), operations.cend(), [](const auto &o) {
                return o.path.startsWith(u"/api/v1/households/"_s) && o.path.endsWith(u"/view"_s);
            });
        QVERIFY(household != operations.cend());
        const QJsonObject schema = m_doc->responseSchema(*household, 200);
        const QJsonObject person{{"id"_L1, u"1"_s},
                                 {"displayName"_L1, u"Ada Fictional"_s},
                                 {"dateOfBirth"_L1, u"2013-02-01"_s},
                                 {"partialAddress"_L1, u"Taunton TA1"_s},
                                 {"currentSchool"_L1, QJsonValue::Null}};
        const QJsonObject flag{{"kind"_L1, u"child-in-need"_s}, {"state"_L1, u"current"_s}};
        const auto problems = [&](const QJsonObject &member) {
            const QJsonObject body{{"id"_L1, u"7"_s},
                                   {"address"_L1, u"12 Station Road"_s},
                                   {"members"_L1, QJsonArray{member}}};
            return m_doc->validate(body, schema);
        };
        QCOMPARE(
            problems(
                {{"person"_L1, person}, {"restricted"_L1, false}, {"flags"_L1, QJsonArray{flag}}}),
            QStringList());
        QCOMPARE(problems({{"person"_L1, person}, {"restricted"_L1, true}}), QStringList());
        QVERIFY(!problems({{"person"_L1, person}, {"restricted"_L1, false}}).isEmpty());
        QVERIFY(
            !problems({{"person"_L1, person}, {"restricted"_L1, true}, {"flags"_L1, QJsonArray{}}})
                 .isEmpty());
        QVERIFY(!problems({{"person"_L1, person},
                           {"restricted"_L1, true},
                           {"currentFlags"_L1, 0},
                           {"historicFlags"_L1, 0}})
                     .isEmpty());
        QJsonObject assessed = flag;
        assessed.insert("assessor"_L1, u"J. Carter"_s);
        QVERIFY(!problems({{"person"_L1, person},
                           {"restricted"_L1, false},
                           {"flags"_L1, QJsonArray{assessed}}})
                     .isEmpty());
        QVERIFY(
            !problems({{"person"_L1, person},
                       {"restricted"_L1, false},
                       {"flags"_L1, QJsonArray{QJsonObject{{"kind"_L1, u"crime"_s},
                                                           {"state"_L1, u"no-information"_s}}}}})
                 .isEmpty());
    }

    void liveAnswersMatchTheDocument()
    {
        const auto account = m_host->trainingAccount();
        QVERIFY(account);
        checkAnswer(u"GET"_s, u"/api/v1/health"_s, m_client->get(u"/api/v1/health"_s));
        checkAnswer(u"POST"_s, u"/api/v1/auth/login"_s,
                    m_client->postJson(u"/api/v1/auth/login"_s, R"({"email":1})"));
        const HttpResult login = m_client->postJson(
            u"/api/v1/auth/login"_s, tv::wire::serialize(tv::wire::toJson(
                                         tv::LoginRequest{account->email, account->password})));
        checkAnswer(u"POST"_s, u"/api/v1/auth/login"_s, login);
        QCOMPARE(login.status, 200);

        // Signed out first, then signed in.
        checkAnswer(u"GET"_s, u"/api/v1/sources"_s, m_client->get(u"/api/v1/sources"_s));
        m_client->setBearerToken(login.json().value("token"_L1).toString());
        checkAnswer(u"GET"_s, u"/api/v1/sources"_s, m_client->get(u"/api/v1/sources"_s));
        checkAnswer(u"GET"_s, u"/api/v1/access-reasons"_s,
                    m_client->get(u"/api/v1/access-reasons"_s));

        const HttpResult found = m_client->postJson(u"/api/v1/search"_s, R"({"postcode":"TA1"})");
        checkAnswer(u"POST"_s, u"/api/v1/search"_s, found);
        QCOMPARE(found.status, 200);
        checkAnswer(u"POST"_s, u"/api/v1/search"_s, m_client->postJson(u"/api/v1/search"_s, "{}"));
        const QJsonArray results = found.json().value("results"_L1).toArray();
        QVERIFY(!results.isEmpty());
        const QString personId = results.at(0).toObject().value("id"_L1).toString();

        const QByteArray reason = R"({"reason":{"code":"safeguarding-concern"}})";
        const QString personPath = u"/api/v1/persons/%1/view"_s.arg(personId);
        const HttpResult person = m_client->postJson(personPath, reason);
        checkAnswer(u"POST"_s, personPath, person);
        checkAnswer(u"POST"_s, personPath, m_client->postJson(personPath, "{}"));
        checkAnswer(u"POST"_s, u"/api/v1/persons/999999999/view"_s,
                    m_client->postJson(u"/api/v1/persons/999999999/view"_s, reason));
        checkAnswer(u"POST"_s, u"/api/v1/persons/12x/view"_s,
                    m_client->postJson(u"/api/v1/persons/12x/view"_s, reason));

        if (person.status == 200) {
            const QString householdPath = u"/api/v1/households/%1/view"_s.arg(
                person.json().value("details"_L1).toObject().value("householdId"_L1).toString());
            const HttpResult household = m_client->postJson(householdPath, reason);
            QCOMPARE(household.status, 200);
            checkAnswer(u"POST"_s, householdPath, household);
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"

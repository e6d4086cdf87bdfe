#include "domain/ErrorCode.h"
#include "domain/WireFormat.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

tv::PersonView samplePersonView()
{
    tv::PersonView v;
    v.details = {u"p-1"_s,
                 u"h-1"_s,
                 u"Ada"_s,
                 u"Fictional"_s,
                 u"1 Example Road, Taunton"_s,
                 u"TA1 1AA"_s,
                 QDate(2012, 3, 4),
                 u"A123456789012"_s,
                 std::nullopt,
                 u"LCS-42"_s};
    v.flags = {{tv::FlagKind::ChildInNeed, tv::FlagState::Current, true, u"A. Worker"_s},
               {tv::FlagKind::Crime, tv::FlagState::NoInformation, false, std::nullopt}};
    v.involvements = {{u"Early Help"_s, QDate(2024, 1, 2), std::nullopt, u"B. Worker"_s,
                       u"b.worker@example.invalid"_s},
                      {u"Children's Social Care"_s, QDate(2015, 5, 6), QDate(2016, 7, 8),
                       u"C. Worker"_s, u"c.worker@example.invalid"_s}};
    v.assessments = {
        {u"Child in need plan"_s, QDate(2025, 2, 3), u"D. Author"_s, u"d@example.invalid"_s}};
    v.attendance = {{QDate(2025, 9, 1), QDate(2025, 12, 19), u"Example School"_s, 87.5}};
    v.coverage = {{u"Children's Social Care"_s, u"Example Council"_s, QDate(2010, 1, 1),
                   QDate(2026, 10, 31), QDate(2026, 11, 1)}};
    v.asOf = QDate(2026, 11, 24);
    return v;
}

} // namespace

class TestWireFormat final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void personViewRoundTrips();
    void householdRoundTrips();
    void sessionGrantRoundTrips();
    void optionalFieldsTravelAsNull();
    void rejectsBadBodies_data();
    void rejectsBadBodies();
    void rejectsBadFields_data();
    void rejectsBadFields();
    void nestedErrorsNameTheirPath();
    void errorBodiesRoundTripAndStrangeOnesAreBadResponses();
    void searchAndViewRequestsRoundTrip();
};

void TestWireFormat::personViewRoundTrips()
{
    const tv::PersonView view = samplePersonView();
    const QByteArray bytes = tv::wire::serialize(tv::wire::toJson(view));
    const auto parsed = tv::wire::parseObject(bytes);
    QVERIFY(parsed.ok());
    const auto decoded = tv::wire::fromJson<tv::PersonView>(parsed.value());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), view);
}

void TestWireFormat::householdRoundTrips()
{
    tv::Household h{u"h-1"_s, u"1 Example Road"_s, {}};
    h.members.append(
        {{u"p-2"_s, u"Bo Fictional"_s, QDate(1980, 1, 1), u"Taunton TA1"_s, std::nullopt}, 2, 1});
    const auto decoded = tv::wire::fromJson<tv::Household>(tv::wire::toJson(h));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), h);
}

void TestWireFormat::sessionGrantRoundTrips()
{
    const tv::SessionGrant grant{
        u"opaque-token"_s,
        QDateTime(QDate(2026, 11, 24), QTime(18, 30, 0, 125), QTimeZone::utc()),
        {u"u-1"_s, u"trainer@training.invalid"_s, u"Demo Trainer"_s, tv::Role::Trainer,
         u"Training Academy"_s}};
    const QJsonObject json = tv::wire::toJson(grant);
    QCOMPARE(json.value("expiresAt"_L1).toString(), u"2026-11-24T18:30:00.125Z"_s);
    const auto decoded = tv::wire::fromJson<tv::SessionGrant>(json);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), grant);
}

void TestWireFormat::optionalFieldsTravelAsNull()
{
    const QJsonObject json = tv::wire::toJson(samplePersonView().details);
    QVERIFY(json.contains("nhsNumber"_L1));
    QVERIFY(json.value("nhsNumber"_L1).isNull());
}

void TestWireFormat::rejectsBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << QString(tv::errc::InvalidJson);
    QTest::newRow("truncated") << QByteArray(R"({"email": "a)") << QString(tv::errc::InvalidJson);
    QTest::newRow("array") << QByteArray("[1,2]") << QString(tv::errc::InvalidJson);
    QTest::newRow("string") << QByteArray(R"("x")") << QString(tv::errc::InvalidJson);
    QTest::newRow("oversized") << QByteArray(tv::wire::MaxBodyBytes + 1, ' ')
                               << QString(tv::errc::BodyTooLarge);
}

void TestWireFormat::rejectsBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const auto parsed = tv::wire::parseObject(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestWireFormat::rejectsBadFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing") << QByteArray(R"({"email":"a@b.invalid"})")
                             << QString(tv::errc::MissingField) << u"password"_s;
    QTest::newRow("null") << QByteArray(R"({"email":null,"password":"x"})")
                          << QString(tv::errc::MissingField) << u"email"_s;
    QTest::newRow("number") << QByteArray(R"({"email":42,"password":"x"})")
                            << QString(tv::errc::InvalidField) << u"email"_s;
    QTest::newRow("object") << QByteArray(R"({"email":"a","password":{"x":1}})")
                            << QString(tv::errc::InvalidField) << u"password"_s;
    QTest::newRow("unknown") << QByteArray(R"({"email":"a","password":"b","admin":true})")
                             << QString(tv::errc::UnknownField) << u"admin"_s;
}

void TestWireFormat::rejectsBadFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const auto parsed = tv::wire::parseObject(body);
    QVERIFY(parsed.ok());
    const auto request = tv::wire::fromJson<tv::LoginRequest>(parsed.value());
    QVERIFY(!request.ok());
    QCOMPARE(request.error().code, code);
    QVERIFY2(request.error().message.contains(u'\'' + field + u'\''),
             qPrintable(request.error().message));
}

void TestWireFormat::nestedErrorsNameTheirPath()
{
    QJsonObject json = tv::wire::toJson(samplePersonView());
    QJsonArray flags = json.value("flags"_L1).toArray();
    QJsonObject second = flags.at(1).toObject();
    second.insert("state"_L1, u"Current"_s); // display words are not the wire name
    flags.replace(1, second);
    json.insert("flags"_L1, flags);
    auto decoded = tv::wire::fromJson<tv::PersonView>(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, QString(tv::errc::InvalidField));
    QVERIFY2(decoded.error().message.contains(u"flags[1].state"_s),
             qPrintable(decoded.error().message));

    json = tv::wire::toJson(samplePersonView());
    QJsonArray terms = json.value("attendance"_L1).toArray();
    QJsonObject term = terms.at(0).toObject();
    term.insert("percentage"_L1, 140);
    terms.replace(0, term);
    json.insert("attendance"_L1, terms);
    decoded = tv::wire::fromJson<tv::PersonView>(json);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.error().message.contains(u"attendance[0].percentage"_s));

    json = tv::wire::toJson(samplePersonView());
    QJsonObject details = json.value("details"_L1).toObject();
    details.insert("dateOfBirth"_L1, u"04/03/2012"_s);
    json.insert("details"_L1, details);
    decoded = tv::wire::fromJson<tv::PersonView>(json);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.error().message.contains(u"details.dateOfBirth"_s));
}

void TestWireFormat::errorBodiesRoundTripAndStrangeOnesAreBadResponses()
{
    const tv::Error error{QString(tv::errc::InvalidCredentials), u"Not recognised."_s};
    QCOMPARE(tv::wire::errorFromBody(tv::wire::errorBody(error)), error);
    QVERIFY(!tv::wire::errorBody(error).value("error"_L1).toObject().contains("field"_L1));
    // The field at fault travels beside the code, machine-readable.
    const tv::Error field{
        QString(tv::errc::InvalidField), u"NHS number: ..."_s, {}, u"nhsNumber"_s};
    const QJsonObject body = tv::wire::errorBody(field);
    QCOMPARE(body.value("error"_L1).toObject().value("field"_L1).toString(), u"nhsNumber"_s);
    QCOMPARE(body.value("error"_L1).toObject().value("code"_L1).toString(), u"invalid_field"_s);
    QCOMPARE(tv::wire::errorFromBody(body), field);
    const tv::Error strange = tv::wire::errorFromBody(QJsonObject{{"message"_L1, u"x"_s}});
    QCOMPARE(strange.code, QString(tv::errc::BadResponse));
}

void TestWireFormat::searchAndViewRequestsRoundTrip()
{
    tv::SearchCriteria criteria;
    criteria.name = u"Bill Smith"_s;
    criteria.dateOfBirth = QDate(2013, 2, 1);
    const QJsonObject json = tv::wire::toJson(criteria);
    QVERIFY(!json.contains("upn"_L1)); // absent criteria are left out, not null
    const auto decoded = tv::wire::fromJson<tv::SearchCriteria>(json);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), criteria);

    const tv::SearchResults results{
        {{u"p-1"_s, u"Bill Smith"_s, QDate(2013, 2, 1), u"Taunton TA1"_s, std::nullopt}}, true};
    QCOMPARE(tv::wire::fromJson<tv::SearchResults>(tv::wire::toJson(results)).value(), results);

    const tv::ViewRequest view{{u"safeguarding-concern"_s, std::nullopt}};
    QCOMPARE(tv::wire::fromJson<tv::ViewRequest>(tv::wire::toJson(view)).value(), view);
    const auto missingCode = tv::wire::fromJson<tv::ViewRequest>(
        QJsonObject{{"reason"_L1, QJsonObject{{"note"_L1, u"x"_s}}}});
    QVERIFY(!missingCode.ok());
    QVERIFY(missingCode.error().message.contains(u"reason.code"_s));
}

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"

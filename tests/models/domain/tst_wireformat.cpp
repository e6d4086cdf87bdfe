#include "models/domain/ErrorCode.h"
#include "models/domain/JsonScan.h"
#include "models/domain/WireFormat.h"

#include <QJsonArray>
#include <QRandomGenerator>
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
    void householdMembersAreStrict_data();
    void householdMembersAreStrict();
    void reportSubjectTravelsOnlyWhenNamed();
    void sessionGrantRoundTrips();
    void optionalFieldsTravelAsNull();
    void rejectsBadBodies_data();
    void rejectsBadBodies();
    void rejectsBadFields_data();
    void rejectsBadFields();
    void nestedErrorsNameTheirPath();
    void errorBodiesRoundTripAndStrangeOnesAreBadResponses();
    void searchAndViewRequestsRoundTrip();
    void refusesWhatQtLetsThrough_data();
    void refusesWhatQtLetsThrough();
    void acceptsEveryOtherText_data();
    void acceptsEveryOtherText();
    void randomDocumentsPassAndTheirDuplicatesFail();
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
    using tv::FlagKind;
    using tv::FlagKindState;
    using tv::FlagState;
    tv::Household h{u"h-1"_s, u"1 Example Road"_s, {}};
    h.members.append(
        {{u"p-2"_s, u"Bo Fictional"_s, QDate(1980, 1, 1), u"Taunton TA1"_s, std::nullopt},
         QList<FlagKindState>{{FlagKind::ChildProtection, FlagState::Current},
                              {FlagKind::Crime, FlagState::Historic}},
         false});
    h.members.append(
        {{u"p-3"_s, u"Cy Fictional"_s, QDate(1981, 1, 1), u"Taunton TA1"_s, std::nullopt},
         QList<FlagKindState>{},
         false});
    h.members.append(
        {{u"p-4"_s, u"Di Fictional"_s, QDate(1982, 1, 1), u"Taunton TA1"_s, std::nullopt},
         std::nullopt,
         true});
    const QJsonObject json = tv::wire::toJson(h);
    const auto decoded = tv::wire::fromJson<tv::Household>(json);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), h);

    // Each flag by kind and state, nothing more (no assessment, no assessor); no counts.
    const QJsonArray members = json.value("members"_L1).toArray();
    const QJsonObject bo = members.at(0).toObject();
    QCOMPARE(bo.keys(), (QStringList{u"flags"_s, u"person"_s, u"restricted"_s}));
    const QJsonObject first = bo.value("flags"_L1).toArray().at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{u"kind"_s, u"state"_s}));
    QCOMPARE(first.value("kind"_L1).toString(), u"child-protection"_s);
    QCOMPARE(first.value("state"_L1).toString(), u"current"_s);
    QCOMPARE(members.at(1).toObject().value("flags"_L1).toArray().size(), 0);
    // A restricted member: no flag information at all, not even an empty list or a zero.
    const QJsonObject di = members.at(2).toObject();
    QCOMPARE(di.keys(), (QStringList{u"person"_s, u"restricted"_s}));
    // Even if the domain value carried a list by mistake, none is sent.
    tv::HouseholdMember leaky = h.members.at(2);
    leaky.flags = QList<FlagKindState>{{FlagKind::Crime, FlagState::Current}};
    QVERIFY(!tv::wire::toJson(leaky).contains("flags"_L1));
}

void TestWireFormat::householdMembersAreStrict_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    const QByteArray person =
        R"("person":{"id":"p-2","displayName":"Bo","dateOfBirth":"1980-01-01",)"
        R"("partialAddress":"Taunton TA1","currentSchool":null})";
    const auto row = [&](const char *name, const QByteArray &rest, QLatin1StringView code,
                         const QString &mentions) {
        QTest::newRow(name) << QByteArray("{" + person + "," + rest + "}") << QString(code)
                            << mentions;
    };
    using namespace tv::errc;
    row("flags of a restricted member", R"("restricted":true,"flags":[])", InvalidField,
        u"members[0].flags"_s);
    row("no flags for an unrestricted one", R"("restricted":false)", MissingField,
        u"members[0].flags"_s);
    row("the old counts", R"("restricted":false,"flags":[],"currentFlags":1)", UnknownField,
        u"currentFlags"_s);
    row("no-information listed",
        R"("restricted":false,"flags":[{"kind":"crime",)"
        R"("state":"no-information"}])",
        InvalidField, u"state"_s);
    row("unknown flag", R"("restricted":false,"flags":[{"kind":"dragon","state":"current"}])",
        InvalidField, u"kind"_s);
    row("an assessor",
        R"("restricted":false,"flags":[{"kind":"crime","state":"current",)"
        R"("assessor":"J. Carter"}])",
        UnknownField, u"assessor"_s);
    row("a flag twice",
        R"("restricted":false,"flags":[{"kind":"crime","state":"current"},)"
        R"({"kind":"crime","state":"historic"}])",
        InvalidField, u"once"_s);
}

void TestWireFormat::householdMembersAreStrict()
{
    QFETCH(QByteArray, member);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const auto parsed = tv::wire::parseObject(
        R"({"id":"h-1","address":"1 Example Road","members":[)" + member + "]}");
    QVERIFY2(parsed.ok(), member.constData());
    const auto decoded = tv::wire::fromJson<tv::Household>(parsed.value());
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, code);
    QVERIFY2(decoded.error().message.contains(mentions), qPrintable(decoded.error().message));
}

void TestWireFormat::reportSubjectTravelsOnlyWhenNamed()
{
    tv::InaccuracyReport report;
    report.id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    report.personId = u"101"_s;
    report.item = u"personal/upn"_s;
    report.description = u"Wrong UPN."_s;
    report.createdAt = QDateTime(QDate(2026, 11, 24), QTime(10, 15), QTimeZone::utc());
    report.reporter = {u"u-1"_s, u"Sam Example"_s, u"Example Academy"_s};
    // Not named (the Transform team's list, the filing answer): no "subject" at all.
    const QJsonObject plain = tv::wire::toJson(report);
    QVERIFY(!plain.contains("subject"_L1));
    auto decoded = tv::wire::fromJson<tv::InaccuracyReport>(plain);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), report);
    // Named, in the reporter's own list: name, date of birth, restricted now; nothing more.
    report.subject = tv::ReportSubject{u"Sienna Smith"_s, QDate(2014, 3, 3), true};
    const QJsonObject named = tv::wire::toJson(report);
    QCOMPARE(named.value("subject"_L1).toObject().keys(),
             (QStringList{u"dateOfBirth"_s, u"displayName"_s, u"restricted"_s}));
    decoded = tv::wire::fromJson<tv::InaccuracyReport>(named);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), report);
    // Strict like every other object: an extra field in it is refused, naming it.
    QJsonObject extra = named;
    QJsonObject subject = named.value("subject"_L1).toObject();
    subject.insert("address"_L1, u"12 Station Road"_s);
    extra.insert("subject"_L1, subject);
    decoded = tv::wire::fromJson<tv::InaccuracyReport>(extra);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.contains(u"subject.address"_s),
             qPrintable(decoded.error().message));
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

void TestWireFormat::refusesWhatQtLetsThrough_data()
{
    // QJsonDocument accepts every one of these bodies; the wire format must not.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named"); // in the message
    QTest::addColumn<QString>("field"); // Error::field
    const QString json = QString(tv::errc::InvalidJson);
    const QString field = QString(tv::errc::InvalidField);

    QTest::newRow("duplicate key") << R"({"email":"a@b.invalid","email":"c@d.invalid"})"_ba << json
                                   << u"'email'"_s << QString();
    QTest::newRow("duplicate key, spelt with an escape")
        << R"({"email":"a","em\u0061il":"b"})"_ba << json << u"'email'"_s << QString();
    QTest::newRow("duplicate key, nested") << R"({"reason":{"code":"a","note":"x","code":"b"}})"_ba
                                           << json << u"'reason.code'"_s << QString();
    QTest::newRow("duplicate key, in an array")
        << R"({"m":[{"x":1},{"y":{"z":[1,{"k":1,"k":2}]}}]})"_ba << json << u"'m[1].y.z[1].k'"_s
        << QString();
    QTest::newRow("duplicate object") << R"({"a":{},"a":{}})"_ba << json << u"'a'"_s << QString();

    QTest::newRow("lone high surrogate") << R"({"reason":{"code":"c","note":"\ud800x"}})"_ba
                                         << field << u"'reason.note'"_s << u"reason.note"_s;
    QTest::newRow("lone high surrogate at the end")
        << R"({"note":"x\uD800"})"_ba << field << u"'note'"_s << u"note"_s;
    QTest::newRow("two high surrogates")
        << R"({"note":"\ud83d\ud83d"})"_ba << field << u"\\ud83d"_s << u"note"_s;
    QTest::newRow("high surrogate then an escape")
        << R"({"note":"\ud83d\n"})"_ba << field << u"'note'"_s << u"note"_s;
    QTest::newRow("lone low surrogate")
        << R"({"a":[{"b":"\udc00"}]})"_ba << field << u"'a[0].b'"_s << u"a[0].b"_s;
    QTest::newRow("low before high")
        << R"({"note":"\ude00\ud83d"})"_ba << field << u"\\ude00"_s << u"note"_s;
    QTest::newRow("lone surrogate in a key")
        << R"({"r":{"\ud800":1}})"_ba << field << u"field 'r'"_s << u"r"_s;
    QTest::newRow("NUL") << R"({"email":"a\u0000b","password":"x"})"_ba << field << u"'email'"_s
                         << u"email"_s;
    QTest::newRow("NUL in a key") << R"({"\u0000":1})"_ba << field << u"the body"_s << QString();
    QTest::newRow("byte order mark")
        << R"({"reason":{"note":"\ufeffx"}})"_ba << field << u"'reason.note'"_s << u"reason.note"_s;
    QTest::newRow("byte order mark, raw, inside")
        << "{\"note\":\"a\xef\xbb\xbfz\"}"_ba << field << u"U+FEFF"_s << u"note"_s;
    QTest::newRow("byte order mark, raw, first")
        << "{\"note\":\"\xef\xbb\xbfz\"}"_ba << field << u"U+FEFF"_s << u"note"_s;
    QTest::newRow("byte order mark, raw, first in a key")
        << "{\"\xef\xbb\xbfk\":1}"_ba << field << u"U+FEFF"_s << QString();
    QTest::newRow("U+FFFF") << R"({"note":"ab\uffff"})"_ba << field << u"U+FFFF"_s << u"note"_s;
    QTest::newRow("reversed byte order mark")
        << R"({"a":["\uFFFE"]})"_ba << field << u"'a[0]'"_s << u"a[0]"_s;
    QTest::newRow("raw control character")
        << "{\"note\":\"a\x01z\"}"_ba << json << u"'note'"_s << QString();
    QTest::newRow("raw tab") << "{\"note\":\"a\tz\"}"_ba << json << u"'note'"_s << QString();

    QByteArray deep = R"({"a":)"_ba;
    for (int i = 1; i < tv::wire::MaxJsonDepth; ++i)
        deep += '[';
    deep += "1";
    for (int i = 1; i < tv::wire::MaxJsonDepth; ++i)
        deep += ']';
    QTest::newRow("deepest accepted + 1") << "{\"x\":"_ba + deep + "}}"_ba << json
                                          << QString::number(tv::wire::MaxJsonDepth) << QString();
}

void TestWireFormat::refusesWhatQtLetsThrough()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, named);
    QFETCH(QString, field);
    // Read as the service reads a request: parseObject, then the text a database can store.
    const auto parsed = tv::wire::parseObject(body);
    const std::optional<tv::Error> error =
        parsed ? tv::wire::strictJsonProblem(body, tv::wire::TextRule::Storable)
               : std::optional<tv::Error>(parsed.error());
    QVERIFY2(error.has_value(), body.constData());
    QCOMPARE(error->code, code);
    QVERIFY2(error->message.contains(named), qPrintable(error->message));
    QCOMPARE(error->field, field);
    // A client reads any text the service sends as it is; the rest it refuses too.
    QCOMPARE(parsed.ok(), code == QString(tv::errc::InvalidField));
}

void TestWireFormat::acceptsEveryOtherText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("note");
    QTest::newRow("surrogate pair escaped") << R"({"note":"\ud83d\ude00"})"_ba << u"😀"_s;
    QTest::newRow("surrogate pair, capitals") << R"({"note":"\uD83D\uDE00!"})"_ba << u"😀!"_s;
    QTest::newRow("astral, raw") << "{\"note\":\"\xf0\x9f\x98\x80\"}"_ba << u"😀"_s;
    QTest::newRow("escaped controls")
        << R"({"note":"a\u0001\t\n\"\\\/\b\f\r"})"_ba << u"a\u0001\t\n\"\\/\b\f\r"_s;
    QTest::newRow("noncharacters") << R"({"note":"\ufdd0\ufdef\ud83f\udffe"})"_ba
                                   << u"\ufdd0\ufdef"_s + QString::fromUcs4(U"\U0001FFFE");
    QTest::newRow("combining and RTL")
        << R"({"note":"e\u0301 \u202e\u200f"})"_ba << u"e\u0301 \u202e\u200f"_s;
    QTest::newRow("same key in sibling objects")
        << R"({"note":"n","a":{"note":1},"b":[{"note":2},{"note":3}]})"_ba << u"n"_s;

    QByteArray deep = R"({"note":"deep","a":)"_ba;
    for (int i = 1; i < tv::wire::MaxJsonDepth; ++i)
        deep += '[';
    for (int i = 1; i < tv::wire::MaxJsonDepth; ++i)
        deep += ']';
    QTest::newRow("deepest accepted") << deep + "}"_ba << u"deep"_s;
}

void TestWireFormat::acceptsEveryOtherText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, note);
    const auto parsed = tv::wire::parseObject(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().value("note"_L1).toString(), note);
    const auto problem = tv::wire::strictJsonProblem(body, tv::wire::TextRule::Storable);
    QVERIFY2(!problem, qPrintable(problem ? problem->message : QString()));
}

namespace {

// Text of any kind the wire format takes (no NUL, lone surrogate, U+FEFF, U+FFFE or U+FFFF):
// ASCII, controls, Latin-1, the rest of the BMP, surrogate pairs.
QString randomText(QRandomGenerator &random)
{
    QString text;
    const int length = random.bounded(12);
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(4)) {
        case 0:
            text += QChar(char16_t(random.bounded(1, 0x80)));
            break;
        case 1:
            text += QChar(char16_t(random.bounded(1, 0x20)));
            break;
        case 2: {
            char16_t unit = char16_t(random.bounded(0x80, 0x10000));
            if (QChar::isSurrogate(unit) || unit == u'\uFEFF' || unit >= u'\uFFFE')
                unit = u'\u00e9';
            text += QChar(unit);
            break;
        }
        default: {
            const char32_t astral = char32_t(random.bounded(0x10000, 0x110000));
            text += QChar(QChar::highSurrogate(astral));
            text += QChar(QChar::lowSurrogate(astral));
            break;
        }
        }
    }
    return text;
}

QJsonValue randomValue(QRandomGenerator &random, int depth);

QJsonObject randomObject(QRandomGenerator &random, int depth)
{
    QJsonObject object;
    const int size = random.bounded(5);
    for (int i = 0; i < size; ++i)
        object.insert(randomText(random), randomValue(random, depth + 1));
    return object;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (depth > 5 ? random.bounded(4) : random.bounded(6)) {
    case 0:
        return QJsonValue(randomText(random));
    case 1:
        return QJsonValue(random.bounded(-1000000, 1000000));
    case 2:
        return QJsonValue(random.bounded(2) == 1);
    case 3:
        return QJsonValue(QJsonValue::Null);
    case 4: {
        QJsonArray array;
        const int size = random.bounded(4);
        for (int i = 0; i < size; ++i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default:
        return randomObject(random, depth);
    }
}

} // namespace

void TestWireFormat::randomDocumentsPassAndTheirDuplicatesFail()
{
    // Whatever QJsonDocument writes (what both sides send) the strict reading accepts as it was;
    // the same document with one key written twice it refuses, naming the key.
    QRandomGenerator random(14);
    int duplicates = 0;
    for (int round = 0; round < 2000; ++round) {
        const QJsonObject object = randomObject(random, 0);
        const QByteArray body = tv::wire::serialize(object);
        const auto parsed = tv::wire::parseObject(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        // (As maps: QJsonObject's own == depends on how each key happens to be stored.)
        QCOMPARE(parsed.value().toVariantMap(), object.toVariantMap());
        QVERIFY(!tv::wire::strictJsonProblem(body, tv::wire::TextRule::Storable));

        if (object.isEmpty())
            continue;
        const QString key = object.keys().at(random.bounded(object.size()));
        const QByteArray member = tv::wire::serialize(QJsonObject{{key, QJsonValue::Null}});
        const QByteArray twice =
            "{\"outer\":{"_ba + member.mid(1, member.size() - 2) + ',' + body.mid(1) + '}';
        const auto refused = tv::wire::parseObject(twice);
        QVERIFY2(!refused.ok(), twice.constData());
        QCOMPARE(refused.error().code, QString(tv::errc::InvalidJson));
        QVERIFY(refused.error().message.contains(u"'outer."_s + key.left(20)));
        ++duplicates;
    }
    QVERIFY(duplicates > 1000);
}

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"

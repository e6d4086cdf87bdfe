#include "models/domain/WireFormat.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/JsonScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tv::wire {
namespace {

QString joinPath(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

// Reads the fields of one JSON object, remembers the first problem, and at the end rejects any
// field that was never read. Every message names the offending field by its path.
class ObjectReader {
public:
    ObjectReader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    QString string(QLatin1StringView key) { return optionalString(key, true).value_or(QString()); }

    std::optional<QString> optionalString(QLatin1StringView key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            fail(errc::InvalidField, key, u"must be a string"_s);
            return std::nullopt;
        }
        return v.toString();
    }

    QDate date(QLatin1StringView key) { return optionalDate(key, true).value_or(QDate()); }

    std::optional<QDate> optionalDate(QLatin1StringView key, bool required = false)
    {
        const auto text = optionalString(key, required);
        if (!text)
            return std::nullopt;
        const QDate d = QDate::fromString(*text, Qt::ISODate);
        if (!d.isValid() || text->size() != 10) {
            fail(errc::InvalidField, key, u"must be a date as YYYY-MM-DD"_s);
            return std::nullopt;
        }
        return d;
    }

    QDateTime dateTime(QLatin1StringView key)
    {
        const auto text = optionalString(key, true);
        if (!text)
            return {};
        QDateTime dt = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (!dt.isValid() || !text->endsWith(u'Z')) {
            fail(errc::InvalidField, key, u"must be a UTC date and time in ISO 8601"_s);
            return {};
        }
        return dt.toUTC();
    }

    // An optional one reads false when absent.
    bool boolean(QLatin1StringView key, bool required = true)
    {
        const QJsonValue v = take(key, required);
        if (!v.isUndefined() && !v.isBool())
            fail(errc::InvalidField, key, u"must be true or false"_s);
        return v.toBool();
    }

    double number(QLatin1StringView key)
    {
        const QJsonValue v = take(key, true);
        if (!v.isUndefined() && (!v.isDouble() || !std::isfinite(v.toDouble())))
            fail(errc::InvalidField, key, u"must be a number"_s);
        return v.toDouble();
    }

    int integer(QLatin1StringView key)
    {
        const double d = number(key);
        if (m_error)
            return 0;
        if (d != std::floor(d) || d < -2147483648.0 || d > 2147483647.0) {
            fail(errc::InvalidField, key, u"must be a whole number"_s);
            return 0;
        }
        return int(d);
    }

    QJsonObject object(QLatin1StringView key)
    {
        const QJsonValue v = take(key, true);
        if (!v.isUndefined() && !v.isObject())
            fail(errc::InvalidField, key, u"must be an object"_s);
        return v.toObject();
    }

    QStringList stringList(QLatin1StringView key)
    {
        const QJsonValue v = take(key, true);
        QStringList items;
        if (v.isUndefined())
            return items;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(errc::InvalidField, key, u"must be an array of strings"_s);
                return {};
            }
            items << item.toString();
        }
        if (!v.isArray())
            fail(errc::InvalidField, key, u"must be an array of strings"_s);
        return items;
    }

    // Decodes an array of objects with `decode(object, path)`.
    template <typename T, typename Decode>
    QList<T> list(QLatin1StringView key, Decode decode)
    {
        const QJsonValue v = take(key, true);
        QList<T> items;
        if (v.isUndefined())
            return items;
        if (!v.isArray()) {
            fail(errc::InvalidField, key, u"must be an array"_s);
            return items;
        }
        const QJsonArray array = v.toArray();
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && !m_error; ++i) {
            const QString itemPath = joinPath(m_path, key) + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject()) {
                m_error = Error{QString(errc::InvalidField),
                                u"Field '%1' must be an object."_s.arg(itemPath)};
                break;
            }
            Result<T> item = decode(array.at(i).toObject(), itemPath);
            if (!item) {
                m_error = item.error();
                break;
            }
            items.append(std::move(item).value());
        }
        return items;
    }

    QString childPath(QLatin1StringView key) const { return joinPath(m_path, key); }

    void fail(QLatin1StringView code, QLatin1StringView key, const QString &what)
    {
        if (!m_error)
            m_error = Error{QString(code), u"Field '%1' %2."_s.arg(childPath(key), what)};
    }

    void adopt(const Error &error)
    {
        if (!m_error)
            m_error = error;
    }

    template <typename T>
    Result<T> finish(T value)
    {
        if (!m_error) {
            const QStringList keys = m_object.keys();
            for (const QString &key : keys) {
                if (!m_read.contains(key)) {
                    const QString path = m_path.isEmpty() ? key : m_path + u'.' + key;
                    return Error{QString(errc::UnknownField),
                                 u"Field '%1' is not part of this request."_s.arg(path)};
                }
            }
        }
        if (m_error)
            return *m_error;
        return value;
    }

private:
    QJsonValue take(QLatin1StringView key, bool required)
    {
        m_read.insert(QString(key));
        const QJsonValue v = m_object.value(key);
        if (required && (v.isUndefined() || v.isNull()))
            fail(errc::MissingField, key, u"is required"_s);
        return v;
    }

    const QJsonObject &m_object;
    QString m_path;
    QSet<QString> m_read;
    std::optional<Error> m_error;
};

template <typename Value, typename Optional>
void putOptional(QJsonObject &object, QLatin1StringView key, const Optional &value, Value convert)
{
    object.insert(key, value ? QJsonValue(convert(*value)) : QJsonValue(QJsonValue::Null));
}

const auto asIs = [](const QString &s) {
    return s;
};

template <typename T, typename Encode>
QJsonArray toArray(const QList<T> &items, Encode encode)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(encode(item));
    return array;
}

// Decoders that know where in the document they are, for messages that name the field.
Result<User> decodeUser(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    User u;
    u.id = r.string("id"_L1);
    u.email = r.string("email"_L1);
    u.displayName = r.string("displayName"_L1);
    const QString role = r.string("role"_L1);
    if (auto parsed = roles::fromWireName(role))
        u.role = *parsed;
    else if (!role.isEmpty())
        r.fail(errc::InvalidField, "role"_L1, u"must be one of practitioner, admin, trainer"_s);
    u.organisation = r.string("organisation"_L1);
    return r.finish(u);
}

// A flag's "kind" and "state", as a Flag and a FlagKindState both send them. A summary lists
// only flags that are Current or Historic (`anyState` false).
FlagKindState readKindAndState(ObjectReader &r, bool anyState)
{
    FlagKindState f;
    const QString kind = r.string("kind"_L1);
    if (auto parsed = flags::kindFromWireName(kind))
        f.kind = *parsed;
    else
        r.fail(errc::InvalidField, "kind"_L1, u"is not a known flag"_s);
    const QString state = r.string("state"_L1);
    const auto parsed = flags::stateFromWireName(state);
    if (parsed && (anyState || *parsed != FlagState::NoInformation))
        f.state = *parsed;
    else if (anyState)
        r.fail(errc::InvalidField, "state"_L1, u"must be no-information, historic or current"_s);
    else
        r.fail(errc::InvalidField, "state"_L1, u"must be historic or current"_s);
    return f;
}

Result<Flag> decodeFlag(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Flag f;
    const FlagKindState named = readKindAndState(r, true);
    f.kind = named.kind;
    f.state = named.state;
    f.assessed = r.boolean("assessed"_L1);
    f.assessor = r.optionalString("assessor"_L1);
    return r.finish(f);
}

Result<PersonSummary> decodePersonSummary(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    PersonSummary p;
    p.id = r.string("id"_L1);
    p.displayName = r.string("displayName"_L1);
    p.dateOfBirth = r.date("dateOfBirth"_L1);
    p.partialAddress = r.string("partialAddress"_L1);
    p.currentSchool = r.optionalString("currentSchool"_L1);
    p.restricted = r.boolean("restricted"_L1, false);
    return r.finish(p);
}

Result<PersonDetails> decodePersonDetails(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    PersonDetails p;
    p.id = r.string("id"_L1);
    p.householdId = r.string("householdId"_L1);
    p.givenName = r.string("givenName"_L1);
    p.familyName = r.string("familyName"_L1);
    p.address = r.string("address"_L1);
    p.postcode = r.string("postcode"_L1);
    p.dateOfBirth = r.date("dateOfBirth"_L1);
    p.upn = r.optionalString("upn"_L1);
    p.nhsNumber = r.optionalString("nhsNumber"_L1);
    p.lcsCaseId = r.optionalString("lcsCaseId"_L1);
    return r.finish(p);
}

Result<Involvement> decodeInvolvement(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Involvement i;
    i.agency = r.string("agency"_L1);
    i.start = r.date("start"_L1);
    i.end = r.optionalDate("end"_L1);
    i.worker = r.string("worker"_L1);
    i.leadProfessionalEmail = r.string("leadProfessionalEmail"_L1);
    return r.finish(i);
}

Result<Assessment> decodeAssessment(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Assessment a;
    a.type = r.string("type"_L1);
    a.date = r.date("date"_L1);
    a.creator = r.string("creator"_L1);
    a.creatorEmail = r.string("creatorEmail"_L1);
    return r.finish(a);
}

Result<AttendanceTerm> decodeAttendanceTerm(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    AttendanceTerm t;
    t.termStart = r.date("termStart"_L1);
    t.termEnd = r.date("termEnd"_L1);
    t.school = r.string("school"_L1);
    t.percentage = r.number("percentage"_L1);
    if (t.percentage < 0.0 || t.percentage > 100.0)
        r.fail(errc::InvalidField, "percentage"_L1, u"must be between 0 and 100"_s);
    return r.finish(t);
}

Result<SourceCoverage> decodeSourceCoverage(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    SourceCoverage s;
    s.name = r.string("name"_L1);
    s.owner = r.string("owner"_L1);
    s.coversFrom = r.date("coversFrom"_L1);
    s.coversTo = r.date("coversTo"_L1);
    s.lastUpdated = r.date("lastUpdated"_L1);
    return r.finish(s);
}

Result<FlagKindState> decodeFlagKindState(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    return r.finish(readKindAndState(r, false));
}

Result<HouseholdMember> decodeHouseholdMember(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    HouseholdMember m;
    auto person = decodePersonSummary(r.object("person"_L1), r.childPath("person"_L1));
    if (person)
        m.person = person.value();
    else
        r.adopt(person.error());
    m.restricted = r.boolean("restricted"_L1);
    // A restricted member comes with no flag information at all; anyone else with the list of
    // their Current and Historic flags (empty when there are none).
    const QJsonValue flagsValue = o.value("flags"_L1);
    if (m.restricted) {
        if (!flagsValue.isUndefined())
            r.fail(errc::InvalidField, "flags"_L1, u"must be absent for a restricted member"_s);
        return r.finish(m);
    }
    m.flags = r.list<FlagKindState>("flags"_L1, decodeFlagKindState);
    QSet<int> seen;
    for (const FlagKindState &flag : std::as_const(*m.flags)) {
        if (seen.contains(int(flag.kind)))
            r.fail(errc::InvalidField, "flags"_L1, u"must name each flag at most once"_s);
        seen.insert(int(flag.kind));
    }
    return r.finish(m);
}

Result<AccessReason> decodeAccessReason(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    AccessReason a;
    a.code = r.string("code"_L1);
    a.note = r.optionalString("note"_L1);
    return r.finish(a);
}

Result<AccessReasonOption> decodeAccessReasonOption(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    AccessReasonOption a;
    a.code = r.string("code"_L1);
    a.label = r.string("label"_L1);
    return r.finish(a);
}

} // namespace

Result<QJsonObject> parseObject(const QByteArray &body, qsizetype maxBytes)
{
    if (body.size() > maxBytes) {
        return Error{QString(errc::BodyTooLarge),
                     u"The body is larger than %1 bytes."_s.arg(maxBytes)};
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QString(errc::InvalidJson),
                     u"The body is not valid JSON (%1 at offset %2)."_s.arg(
                         parseError.errorString(), QString::number(parseError.offset))};
    }
    if (!doc.isObject())
        return Error{QString(errc::InvalidJson), u"The body must be a JSON object."_s};
    if (std::optional<Error> problem = strictJsonProblem(body, TextRule::Any))
        return *problem;
    return doc.object();
}

QByteArray serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString dateToWire(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString dateTimeToWire(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const Error &value)
{
    QJsonObject object{{"code"_L1, value.code}, {"message"_L1, value.message}};
    if (!value.unmet.isEmpty())
        object.insert("unmet"_L1, QJsonArray::fromStringList(value.unmet));
    if (!value.field.isEmpty())
        object.insert("field"_L1, value.field);
    return object;
}

QJsonObject toJson(const User &value)
{
    return {{"id"_L1, value.id},
            {"email"_L1, value.email},
            {"displayName"_L1, value.displayName},
            {"role"_L1, roles::wireName(value.role)},
            {"organisation"_L1, value.organisation}};
}

QJsonObject toJson(const LoginRequest &value)
{
    QJsonObject o{{"email"_L1, value.email}, {"password"_L1, value.password}};
    if (value.code)
        o.insert("code"_L1, *value.code);
    return o;
}

QJsonObject toJson(const SessionGrant &value)
{
    return {{"token"_L1, value.token},
            {"expiresAt"_L1, dateTimeToWire(value.expiresAt)},
            {"user"_L1, toJson(value.user)}};
}

QJsonObject toJson(const Health &value)
{
    return {{"status"_L1, value.status},
            {"version"_L1, value.version},
            {"schemaVersion"_L1, value.schemaVersion},
            {"training"_L1, value.training}};
}

QJsonObject toJson(const Flag &value)
{
    QJsonObject o{{"kind"_L1, flags::kindWireName(value.kind)},
                  {"state"_L1, flags::stateWireName(value.state)},
                  {"assessed"_L1, value.assessed}};
    putOptional(o, "assessor"_L1, value.assessor, asIs);
    return o;
}

QJsonObject toJson(const PersonSummary &value)
{
    QJsonObject o{{"id"_L1, value.id},
                  {"displayName"_L1, value.displayName},
                  {"dateOfBirth"_L1, dateToWire(value.dateOfBirth)},
                  {"partialAddress"_L1, value.partialAddress}};
    putOptional(o, "currentSchool"_L1, value.currentSchool, asIs);
    if (value.restricted)
        o.insert("restricted"_L1, true);
    return o;
}

QJsonObject toJson(const PersonDetails &value)
{
    QJsonObject o{{"id"_L1, value.id},
                  {"householdId"_L1, value.householdId},
                  {"givenName"_L1, value.givenName},
                  {"familyName"_L1, value.familyName},
                  {"address"_L1, value.address},
                  {"postcode"_L1, value.postcode},
                  {"dateOfBirth"_L1, dateToWire(value.dateOfBirth)}};
    putOptional(o, "upn"_L1, value.upn, asIs);
    putOptional(o, "nhsNumber"_L1, value.nhsNumber, asIs);
    putOptional(o, "lcsCaseId"_L1, value.lcsCaseId, asIs);
    return o;
}

QJsonObject toJson(const Involvement &value)
{
    QJsonObject o{{"agency"_L1, value.agency},
                  {"start"_L1, dateToWire(value.start)},
                  {"worker"_L1, value.worker},
                  {"leadProfessionalEmail"_L1, value.leadProfessionalEmail}};
    putOptional(o, "end"_L1, value.end, dateToWire);
    return o;
}

QJsonObject toJson(const Assessment &value)
{
    return {{"type"_L1, value.type},
            {"date"_L1, dateToWire(value.date)},
            {"creator"_L1, value.creator},
            {"creatorEmail"_L1, value.creatorEmail}};
}

QJsonObject toJson(const AttendanceTerm &value)
{
    return {{"termStart"_L1, dateToWire(value.termStart)},
            {"termEnd"_L1, dateToWire(value.termEnd)},
            {"school"_L1, value.school},
            {"percentage"_L1, value.percentage}};
}

QJsonObject toJson(const SourceCoverage &value)
{
    return {{"name"_L1, value.name},
            {"owner"_L1, value.owner},
            {"coversFrom"_L1, dateToWire(value.coversFrom)},
            {"coversTo"_L1, dateToWire(value.coversTo)},
            {"lastUpdated"_L1, dateToWire(value.lastUpdated)}};
}

QJsonObject toJson(const PersonView &value)
{
    const auto encode = [](const auto &item) {
        return toJson(item);
    };
    return {{"details"_L1, toJson(value.details)},
            {"flags"_L1, toArray(value.flags, encode)},
            {"involvements"_L1, toArray(value.involvements, encode)},
            {"assessments"_L1, toArray(value.assessments, encode)},
            {"attendance"_L1, toArray(value.attendance, encode)},
            {"coverage"_L1, toArray(value.coverage, encode)},
            {"asOf"_L1, dateToWire(value.asOf)}};
}

QJsonObject toJson(const HouseholdMember &value)
{
    QJsonObject o{{"person"_L1, toJson(value.person)}, {"restricted"_L1, value.restricted}};
    // Nothing about a restricted member's flags, not even an empty list.
    if (value.flags && !value.restricted) {
        o.insert("flags"_L1, toArray(*value.flags, [](const FlagKindState &f) {
                     return QJsonObject{{"kind"_L1, flags::kindWireName(f.kind)},
                                        {"state"_L1, flags::stateWireName(f.state)}};
                 }));
    }
    return o;
}

QJsonObject toJson(const Household &value)
{
    return {
        {"id"_L1, value.id},
        {"address"_L1, value.address},
        {"members"_L1, toArray(value.members, [](const HouseholdMember &m) { return toJson(m); })}};
}

template <>
Result<User> fromJson<User>(const QJsonObject &o)
{
    return decodeUser(o, {});
}

template <>
Result<LoginRequest> fromJson<LoginRequest>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    LoginRequest l;
    l.email = r.string("email"_L1);
    l.password = r.string("password"_L1);
    l.code = r.optionalString("code"_L1);
    return r.finish(l);
}

template <>
Result<SessionGrant> fromJson<SessionGrant>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    SessionGrant g;
    g.token = r.string("token"_L1);
    g.expiresAt = r.dateTime("expiresAt"_L1);
    auto user = decodeUser(r.object("user"_L1), u"user"_s);
    if (user)
        g.user = user.value();
    else
        r.adopt(user.error());
    return r.finish(g);
}

template <>
Result<Health> fromJson<Health>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    Health h;
    h.status = r.string("status"_L1);
    h.version = r.string("version"_L1);
    h.schemaVersion = r.integer("schemaVersion"_L1);
    h.training = r.boolean("training"_L1);
    return r.finish(h);
}

template <>
Result<Flag> fromJson<Flag>(const QJsonObject &o)
{
    return decodeFlag(o, {});
}

template <>
Result<PersonSummary> fromJson<PersonSummary>(const QJsonObject &o)
{
    return decodePersonSummary(o, {});
}

template <>
Result<PersonDetails> fromJson<PersonDetails>(const QJsonObject &o)
{
    return decodePersonDetails(o, {});
}

template <>
Result<Involvement> fromJson<Involvement>(const QJsonObject &o)
{
    return decodeInvolvement(o, {});
}

template <>
Result<Assessment> fromJson<Assessment>(const QJsonObject &o)
{
    return decodeAssessment(o, {});
}

template <>
Result<AttendanceTerm> fromJson<AttendanceTerm>(const QJsonObject &o)
{
    return decodeAttendanceTerm(o, {});
}

template <>
Result<SourceCoverage> fromJson<SourceCoverage>(const QJsonObject &o)
{
    return decodeSourceCoverage(o, {});
}

template <>
Result<PersonView> fromJson<PersonView>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    PersonView v;
    auto details = decodePersonDetails(r.object("details"_L1), u"details"_s);
    if (details)
        v.details = details.value();
    else
        r.adopt(details.error());
    v.flags = r.list<Flag>("flags"_L1, decodeFlag);
    v.involvements = r.list<Involvement>("involvements"_L1, decodeInvolvement);
    v.assessments = r.list<Assessment>("assessments"_L1, decodeAssessment);
    v.attendance = r.list<AttendanceTerm>("attendance"_L1, decodeAttendanceTerm);
    v.coverage = r.list<SourceCoverage>("coverage"_L1, decodeSourceCoverage);
    v.asOf = r.date("asOf"_L1);
    return r.finish(v);
}

template <>
Result<HouseholdMember> fromJson<HouseholdMember>(const QJsonObject &o)
{
    return decodeHouseholdMember(o, {});
}

template <>
Result<Household> fromJson<Household>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    Household h;
    h.id = r.string("id"_L1);
    h.address = r.string("address"_L1);
    h.members = r.list<HouseholdMember>("members"_L1, decodeHouseholdMember);
    return r.finish(h);
}

QJsonObject toJson(const SearchCriteria &value)
{
    QJsonObject o;
    const auto put = [&o](QLatin1StringView key, const std::optional<QString> &v) {
        if (v)
            o.insert(key, *v);
    };
    put("name"_L1, value.name);
    if (value.dateOfBirth)
        o.insert("dateOfBirth"_L1, dateToWire(*value.dateOfBirth));
    put("upn"_L1, value.upn);
    put("nhsNumber"_L1, value.nhsNumber);
    put("lcsCaseId"_L1, value.lcsCaseId);
    put("postcode"_L1, value.postcode);
    return o;
}

QJsonObject toJson(const SearchResults &value)
{
    QJsonObject o{
        {"results"_L1, toArray(value.results, [](const PersonSummary &p) { return toJson(p); })},
        {"truncated"_L1, value.truncated}};
    if (value.asOf.isValid())
        o.insert("asOf"_L1, dateToWire(value.asOf));
    return o;
}

QJsonObject toJson(const AccessReason &value)
{
    QJsonObject o{{"code"_L1, value.code}};
    putOptional(o, "note"_L1, value.note, asIs);
    return o;
}

QJsonObject toJson(const AccessReasonOption &value)
{
    return {{"code"_L1, value.code}, {"label"_L1, value.label}};
}

QJsonObject toJson(const ViewRequest &value)
{
    return {{"reason"_L1, toJson(value.reason)}};
}

template <>
Result<SearchCriteria> fromJson<SearchCriteria>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    SearchCriteria c;
    c.name = r.optionalString("name"_L1);
    c.dateOfBirth = r.optionalDate("dateOfBirth"_L1);
    c.upn = r.optionalString("upn"_L1);
    c.nhsNumber = r.optionalString("nhsNumber"_L1);
    c.lcsCaseId = r.optionalString("lcsCaseId"_L1);
    c.postcode = r.optionalString("postcode"_L1);
    return r.finish(c);
}

template <>
Result<SearchResults> fromJson<SearchResults>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    SearchResults s;
    s.results = r.list<PersonSummary>("results"_L1, decodePersonSummary);
    s.truncated = r.boolean("truncated"_L1);
    s.asOf = r.optionalDate("asOf"_L1).value_or(QDate());
    return r.finish(s);
}

template <>
Result<AccessReason> fromJson<AccessReason>(const QJsonObject &o)
{
    return decodeAccessReason(o, {});
}

template <>
Result<AccessReasonOption> fromJson<AccessReasonOption>(const QJsonObject &o)
{
    return decodeAccessReasonOption(o, {});
}

template <>
Result<ViewRequest> fromJson<ViewRequest>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    ViewRequest v;
    auto reason = decodeAccessReason(r.object("reason"_L1), u"reason"_s);
    if (reason)
        v.reason = reason.value();
    else
        r.adopt(reason.error());
    return r.finish(v);
}

QJsonObject errorBody(const Error &error)
{
    return {{"error"_L1, toJson(error)}};
}

Error errorFromBody(const QJsonObject &body)
{
    ObjectReader outer(body, {});
    const QJsonObject inner = outer.object("error"_L1);
    ObjectReader r(inner, u"error"_s);
    Error e;
    e.code = r.string("code"_L1);
    e.message = r.string("message"_L1);
    if (inner.contains("unmet"_L1))
        e.unmet = r.stringList("unmet"_L1);
    if (inner.contains("field"_L1))
        e.field = r.string("field"_L1);
    const Status checked = r.finish(Done{});
    const Status outerChecked = outer.finish(Done{});
    if (!checked || !outerChecked) {
        return Error{QString(errc::BadResponse),
                     u"The service answered with an error this program does not understand."_s};
    }
    return e;
}

QJsonObject toJson(const ActivationRequest &value)
{
    return {{"email"_L1, value.email}, {"code"_L1, value.code}, {"password"_L1, value.password}};
}

QJsonObject toJson(const PasswordChange &value)
{
    return {{"currentPassword"_L1, value.currentPassword}, {"newPassword"_L1, value.newPassword}};
}

QJsonObject toJson(const MfaEnrolment &value)
{
    return {{"secret"_L1, value.secret}, {"otpauthUri"_L1, value.otpauthUri}};
}

QJsonObject toJson(const MfaConfirmation &value)
{
    return {{"code"_L1, value.code}};
}

QJsonObject toJson(const RecoveryCodes &value)
{
    return {{"recoveryCodes"_L1, QJsonArray::fromStringList(value.codes)}};
}

QJsonObject toJson(const AccountStatus &value)
{
    QJsonObject o{{"user"_L1, toJson(value.user)},
                  {"unmet"_L1, QJsonArray::fromStringList(value.unmet)},
                  {"mfaEnrolled"_L1, value.mfaEnrolled},
                  {"mfaRequired"_L1, value.mfaRequired},
                  {"sessionExpiresAt"_L1, dateTimeToWire(value.sessionExpiresAt)}};
    const auto version = [](int v) {
        return v;
    };
    putOptional(o, "statementVersionAccepted"_L1, value.statementVersionAccepted, version);
    putOptional(o, "currentStatementVersion"_L1, value.currentStatementVersion, version);
    return o;
}

template <>
Result<ActivationRequest> fromJson<ActivationRequest>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    ActivationRequest a;
    a.email = r.string("email"_L1);
    a.code = r.string("code"_L1);
    a.password = r.string("password"_L1);
    return r.finish(a);
}

template <>
Result<PasswordChange> fromJson<PasswordChange>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    PasswordChange p;
    p.currentPassword = r.string("currentPassword"_L1);
    p.newPassword = r.string("newPassword"_L1);
    return r.finish(p);
}

template <>
Result<MfaEnrolment> fromJson<MfaEnrolment>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    MfaEnrolment m;
    m.secret = r.string("secret"_L1);
    m.otpauthUri = r.string("otpauthUri"_L1);
    return r.finish(m);
}

template <>
Result<MfaConfirmation> fromJson<MfaConfirmation>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    MfaConfirmation m;
    m.code = r.string("code"_L1);
    return r.finish(m);
}

template <>
Result<RecoveryCodes> fromJson<RecoveryCodes>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    RecoveryCodes c;
    c.codes = r.stringList("recoveryCodes"_L1);
    return r.finish(c);
}

template <>
Result<AccountStatus> fromJson<AccountStatus>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    AccountStatus a;
    auto user = decodeUser(r.object("user"_L1), u"user"_s);
    if (user)
        a.user = user.value();
    else
        r.adopt(user.error());
    a.unmet = r.stringList("unmet"_L1);
    a.mfaEnrolled = r.boolean("mfaEnrolled"_L1);
    a.mfaRequired = r.boolean("mfaRequired"_L1);
    a.sessionExpiresAt = r.dateTime("sessionExpiresAt"_L1);
    for (const auto &[key, target] :
         {std::pair{"statementVersionAccepted"_L1, &a.statementVersionAccepted},
          std::pair{"currentStatementVersion"_L1, &a.currentStatementVersion}}) {
        if (o.value(key).isNull() || o.value(key).isUndefined())
            r.optionalString(key); // marks it read
        else
            *target = r.integer(key);
    }
    return r.finish(a);
}

} // namespace tv::wire

// The data protection statement and the admin API.
namespace tv::wire {
namespace {

// A number that may be absent or null.
std::optional<int> optionalInteger(ObjectReader &r, const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        (void)r.optionalString(key); // marks the field as read
        return std::nullopt;
    }
    return r.integer(key);
}

// A UTC date and time that may be absent or null.
std::optional<QDateTime> optionalDateTime(ObjectReader &r, const QJsonObject &o,
                                          QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        (void)r.optionalString(key);
        return std::nullopt;
    }
    return r.dateTime(key);
}

Role readRole(ObjectReader &r)
{
    const QString role = r.string("role"_L1);
    if (auto parsed = roles::fromWireName(role))
        return *parsed;
    if (!role.isEmpty())
        r.fail(errc::InvalidField, "role"_L1, u"must be one of practitioner, admin, trainer"_s);
    return Role::Practitioner;
}

const auto dateText = [](const QDate &d) {
    return dateToWire(d);
};
const auto dateTimeText = [](const QDateTime &d) {
    return dateTimeToWire(d);
};

Result<UserRecord> decodeUserRecord(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    UserRecord u;
    u.id = r.string("id"_L1);
    u.email = r.string("email"_L1);
    u.displayName = r.string("displayName"_L1);
    u.role = readRole(r);
    u.organisationId = r.string("organisationId"_L1);
    u.organisation = r.string("organisation"_L1);
    u.activated = r.boolean("activated"_L1);
    u.emailVerifiedAt = optionalDateTime(r, o, "emailVerifiedAt"_L1);
    u.dbsCertificateDate = r.optionalDate("dbsCertificateDate"_L1);
    u.trainingCompletedOn = r.optionalDate("trainingCompletedOn"_L1);
    u.saferRecruitmentConfirmedOn = r.optionalDate("saferRecruitmentConfirmedOn"_L1);
    u.statementVersion = optionalInteger(r, o, "statementVersion"_L1);
    u.mfaEnrolled = r.boolean("mfaEnrolled"_L1);
    u.suspendedAt = optionalDateTime(r, o, "suspendedAt"_L1);
    u.unmet = r.stringList("unmet"_L1);
    return r.finish(u);
}

Result<Organisation> decodeOrganisation(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Organisation g;
    g.id = r.string("id"_L1);
    g.name = r.string("name"_L1);
    g.isaSignatory = r.optionalString("isaSignatory"_L1);
    g.isaSignedOn = r.optionalDate("isaSignedOn"_L1);
    g.isaReviewOn = r.optionalDate("isaReviewOn"_L1);
    return r.finish(g);
}

Result<Lapse> decodeLapse(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Lapse l;
    l.condition = r.string("condition"_L1);
    l.lapsesOn = r.date("lapsesOn"_L1);
    return r.finish(l);
}

Result<LapsingUser> decodeLapsingUser(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    LapsingUser u;
    u.id = r.string("id"_L1);
    u.email = r.string("email"_L1);
    u.displayName = r.string("displayName"_L1);
    u.organisation = r.string("organisation"_L1);
    u.lapses = r.list<Lapse>("lapses"_L1, decodeLapse);
    return r.finish(u);
}

Result<AuditRecord> decodeAuditRecord(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    AuditRecord a;
    a.at = r.dateTime("at"_L1);
    a.userId = r.optionalString("userId"_L1);
    a.action = r.string("action"_L1);
    a.subject = r.optionalString("subject"_L1);
    a.reasonCode = r.optionalString("reasonCode"_L1);
    a.reasonNote = r.optionalString("reasonNote"_L1);
    return r.finish(a);
}

} // namespace

QJsonObject toJson(const Statement &value)
{
    return {{"version"_L1, value.version},
            {"body"_L1, value.body},
            {"publishedAt"_L1, dateTimeToWire(value.publishedAt)},
            {"accepted"_L1, value.accepted}};
}

QJsonObject toJson(const StatementAcceptance &value)
{
    return {{"version"_L1, value.version}};
}

QJsonObject toJson(const NewStatement &value)
{
    return {{"body"_L1, value.body}};
}

QJsonObject toJson(const Invitation &value)
{
    return {{"email"_L1, value.email},
            {"displayName"_L1, value.displayName},
            {"role"_L1, roles::wireName(value.role)},
            {"organisationId"_L1, value.organisationId}};
}

QJsonObject toJson(const UserRecord &value)
{
    QJsonObject o{{"id"_L1, value.id},
                  {"email"_L1, value.email},
                  {"displayName"_L1, value.displayName},
                  {"role"_L1, roles::wireName(value.role)},
                  {"organisationId"_L1, value.organisationId},
                  {"organisation"_L1, value.organisation},
                  {"activated"_L1, value.activated},
                  {"mfaEnrolled"_L1, value.mfaEnrolled},
                  {"unmet"_L1, QJsonArray::fromStringList(value.unmet)}};
    putOptional(o, "emailVerifiedAt"_L1, value.emailVerifiedAt, dateTimeText);
    putOptional(o, "dbsCertificateDate"_L1, value.dbsCertificateDate, dateText);
    putOptional(o, "trainingCompletedOn"_L1, value.trainingCompletedOn, dateText);
    putOptional(o, "saferRecruitmentConfirmedOn"_L1, value.saferRecruitmentConfirmedOn, dateText);
    putOptional(o, "statementVersion"_L1, value.statementVersion, [](int v) { return v; });
    putOptional(o, "suspendedAt"_L1, value.suspendedAt, dateTimeText);
    return o;
}

QJsonObject toJson(const UserList &value)
{
    return {{"users"_L1, toArray(value.users, [](const UserRecord &u) { return toJson(u); })}};
}

QJsonObject toJson(const InvitedUser &value)
{
    return {{"user"_L1, toJson(value.user)},
            {"activationCode"_L1, value.activationCode},
            {"activationExpiresAt"_L1, dateTimeToWire(value.activationExpiresAt)}};
}

QJsonObject toJson(const DbsEvidence &value)
{
    return {{"certificateDate"_L1, dateToWire(value.certificateDate)}};
}

QJsonObject toJson(const TrainingEvidence &value)
{
    return {{"completedOn"_L1, dateToWire(value.completedOn)}};
}

QJsonObject toJson(const SaferRecruitmentEvidence &value)
{
    return {{"confirmedOn"_L1, dateToWire(value.confirmedOn)}};
}

QJsonObject toJson(const Organisation &value)
{
    QJsonObject o{{"id"_L1, value.id}, {"name"_L1, value.name}};
    putOptional(o, "isaSignatory"_L1, value.isaSignatory, asIs);
    putOptional(o, "isaSignedOn"_L1, value.isaSignedOn, dateText);
    putOptional(o, "isaReviewOn"_L1, value.isaReviewOn, dateText);
    return o;
}

QJsonObject toJson(const OrganisationList &value)
{
    return {{"organisations"_L1,
             toArray(value.organisations, [](const Organisation &g) { return toJson(g); })}};
}

QJsonObject toJson(const NewOrganisation &value)
{
    QJsonObject o{{"name"_L1, value.name}};
    if (value.isaSignatory)
        o.insert("isaSignatory"_L1, *value.isaSignatory);
    if (value.isaSignedOn)
        o.insert("isaSignedOn"_L1, dateToWire(*value.isaSignedOn));
    if (value.isaReviewOn)
        o.insert("isaReviewOn"_L1, dateToWire(*value.isaReviewOn));
    return o;
}

QJsonObject toJson(const Agreement &value)
{
    return {{"isaSignatory"_L1, value.isaSignatory},
            {"isaSignedOn"_L1, dateToWire(value.isaSignedOn)},
            {"isaReviewOn"_L1, dateToWire(value.isaReviewOn)}};
}

QJsonObject toJson(const LapsingReport &value)
{
    const auto lapsingUser = [](const LapsingUser &u) {
        return QJsonObject{{"id"_L1, u.id},
                           {"email"_L1, u.email},
                           {"displayName"_L1, u.displayName},
                           {"organisation"_L1, u.organisation},
                           {"lapses"_L1, toArray(u.lapses, [](const Lapse &l) {
                                return QJsonObject{{"condition"_L1, l.condition},
                                                   {"lapsesOn"_L1, dateToWire(l.lapsesOn)}};
                            })}};
    };
    return {{"asOf"_L1, dateToWire(value.asOf)},
            {"days"_L1, value.days},
            {"users"_L1, toArray(value.users, lapsingUser)}};
}

QJsonObject toJson(const AuditPage &value)
{
    const auto record = [](const AuditRecord &a) {
        QJsonObject o{{"at"_L1, dateTimeToWire(a.at)}, {"action"_L1, a.action}};
        putOptional(o, "userId"_L1, a.userId, asIs);
        putOptional(o, "subject"_L1, a.subject, asIs);
        putOptional(o, "reasonCode"_L1, a.reasonCode, asIs);
        putOptional(o, "reasonNote"_L1, a.reasonNote, asIs);
        return o;
    };
    return {{"entries"_L1, toArray(value.entries, record)}, {"truncated"_L1, value.truncated}};
}

QJsonObject toJson(const RestrictionState &value)
{
    return {{"personId"_L1, value.personId}, {"restricted"_L1, value.restricted}};
}

template <>
Result<Statement> fromJson<Statement>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    Statement s;
    s.version = r.integer("version"_L1);
    s.body = r.string("body"_L1);
    s.publishedAt = r.dateTime("publishedAt"_L1);
    s.accepted = r.boolean("accepted"_L1);
    return r.finish(s);
}

template <>
Result<StatementAcceptance> fromJson<StatementAcceptance>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    StatementAcceptance a;
    a.version = r.integer("version"_L1);
    return r.finish(a);
}

template <>
Result<NewStatement> fromJson<NewStatement>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    NewStatement s;
    s.body = r.string("body"_L1);
    return r.finish(s);
}

template <>
Result<Invitation> fromJson<Invitation>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    Invitation i;
    i.email = r.string("email"_L1);
    i.displayName = r.string("displayName"_L1);
    i.role = readRole(r);
    i.organisationId = r.string("organisationId"_L1);
    return r.finish(i);
}

template <>
Result<UserRecord> fromJson<UserRecord>(const QJsonObject &o)
{
    return decodeUserRecord(o, {});
}

template <>
Result<UserList> fromJson<UserList>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    UserList l;
    l.users = r.list<UserRecord>("users"_L1, decodeUserRecord);
    return r.finish(l);
}

template <>
Result<InvitedUser> fromJson<InvitedUser>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    InvitedUser i;
    auto user = decodeUserRecord(r.object("user"_L1), u"user"_s);
    if (user)
        i.user = user.value();
    else
        r.adopt(user.error());
    i.activationCode = r.string("activationCode"_L1);
    i.activationExpiresAt = r.dateTime("activationExpiresAt"_L1);
    return r.finish(i);
}

template <>
Result<DbsEvidence> fromJson<DbsEvidence>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    DbsEvidence e;
    e.certificateDate = r.date("certificateDate"_L1);
    return r.finish(e);
}

template <>
Result<TrainingEvidence> fromJson<TrainingEvidence>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    TrainingEvidence e;
    e.completedOn = r.date("completedOn"_L1);
    return r.finish(e);
}

template <>
Result<SaferRecruitmentEvidence> fromJson<SaferRecruitmentEvidence>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    SaferRecruitmentEvidence e;
    e.confirmedOn = r.date("confirmedOn"_L1);
    return r.finish(e);
}

template <>
Result<Organisation> fromJson<Organisation>(const QJsonObject &o)
{
    return decodeOrganisation(o, {});
}

template <>
Result<OrganisationList> fromJson<OrganisationList>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    OrganisationList l;
    l.organisations = r.list<Organisation>("organisations"_L1, decodeOrganisation);
    return r.finish(l);
}

template <>
Result<NewOrganisation> fromJson<NewOrganisation>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    NewOrganisation n;
    n.name = r.string("name"_L1);
    n.isaSignatory = r.optionalString("isaSignatory"_L1);
    n.isaSignedOn = r.optionalDate("isaSignedOn"_L1);
    n.isaReviewOn = r.optionalDate("isaReviewOn"_L1);
    return r.finish(n);
}

template <>
Result<Agreement> fromJson<Agreement>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    Agreement a;
    a.isaSignatory = r.string("isaSignatory"_L1);
    a.isaSignedOn = r.date("isaSignedOn"_L1);
    a.isaReviewOn = r.date("isaReviewOn"_L1);
    return r.finish(a);
}

template <>
Result<LapsingReport> fromJson<LapsingReport>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    LapsingReport l;
    l.asOf = r.date("asOf"_L1);
    l.days = r.integer("days"_L1);
    l.users = r.list<LapsingUser>("users"_L1, decodeLapsingUser);
    return r.finish(l);
}

template <>
Result<AuditPage> fromJson<AuditPage>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    AuditPage p;
    p.entries = r.list<AuditRecord>("entries"_L1, decodeAuditRecord);
    p.truncated = r.boolean("truncated"_L1);
    return r.finish(p);
}

template <>
Result<RestrictionState> fromJson<RestrictionState>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    RestrictionState s;
    s.personId = r.string("personId"_L1);
    s.restricted = r.boolean("restricted"_L1);
    return r.finish(s);
}

// Inaccuracy reports and the subject access pack.
namespace {

std::optional<QDateTime> optionalDateTime(ObjectReader &r, QLatin1StringView key)
{
    const auto text = r.optionalString(key);
    if (!text)
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!dt.isValid() || !text->endsWith(u'Z')) {
        r.fail(errc::InvalidField, key, u"must be a UTC date and time in ISO 8601"_s);
        return std::nullopt;
    }
    return dt.toUTC();
}

Result<Actor> decodeActor(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    Actor a;
    a.id = r.string("id"_L1);
    a.displayName = r.string("displayName"_L1);
    a.organisation = r.string("organisation"_L1);
    return r.finish(a);
}

// Reads the object at `key` with `decode`, adopting its error.
template <typename T, typename Decode>
T child(ObjectReader &r, QLatin1StringView key, Decode decode)
{
    Result<T> value = decode(r.object(key), r.childPath(key));
    if (!value) {
        r.adopt(value.error());
        return T{};
    }
    return std::move(value).value();
}

Result<ReportSubject> decodeReportSubject(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    ReportSubject s;
    s.displayName = r.string("displayName"_L1);
    s.dateOfBirth = r.date("dateOfBirth"_L1);
    s.restricted = r.boolean("restricted"_L1);
    return r.finish(s);
}

Result<InaccuracyReport> decodeInaccuracyReport(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    InaccuracyReport report;
    report.id = r.string("id"_L1);
    report.personId = r.string("personId"_L1);
    report.item = r.string("item"_L1);
    report.description = r.string("description"_L1);
    const QString status = r.string("status"_L1);
    if (auto parsed = reportstatus::fromWireName(status))
        report.status = *parsed;
    else
        r.fail(errc::InvalidField, "status"_L1, u"must be open, forwarded or resolved"_s);
    report.createdAt = r.dateTime("createdAt"_L1);
    report.forwardedAt = optionalDateTime(r, "forwardedAt"_L1);
    report.resolvedAt = optionalDateTime(r, "resolvedAt"_L1);
    report.resolution = r.optionalString("resolution"_L1);
    report.reporter = child<Actor>(r, "reporter"_L1, decodeActor);
    if (o.contains("subject"_L1))
        report.subject = child<ReportSubject>(r, "subject"_L1, decodeReportSubject);
    return r.finish(report);
}

Result<PackEpisode> decodePackEpisode(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    PackEpisode e;
    e.flag = r.string("flag"_L1);
    e.source = r.string("source"_L1);
    e.start = r.date("start"_L1);
    e.end = r.optionalDate("end"_L1);
    e.assessed = r.boolean("assessed"_L1);
    e.assessor = r.optionalString("assessor"_L1);
    return r.finish(e);
}

Result<PackInvolvement> decodePackInvolvement(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    PackInvolvement i;
    i.service = r.string("service"_L1);
    i.involvement = child<Involvement>(r, "involvement"_L1, decodeInvolvement);
    return r.finish(i);
}

Result<PackRestriction> decodePackRestriction(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    PackRestriction p;
    p.restricted = r.boolean("restricted"_L1);
    p.restrictedAt = optionalDateTime(r, "restrictedAt"_L1);
    p.restrictedBy = r.optionalString("restrictedBy"_L1);
    return r.finish(p);
}

Result<PackAccess> decodePackAccess(const QJsonObject &o, const QString &path)
{
    ObjectReader r(o, path);
    PackAccess a;
    a.at = r.dateTime("at"_L1);
    if (!o.value("user"_L1).isNull())
        a.user = child<Actor>(r, "user"_L1, decodeActor);
    else
        r.optionalString("user"_L1); // present and null: read, so it is not unknown
    a.action = r.string("action"_L1);
    a.reasonCode = r.optionalString("reasonCode"_L1);
    a.reasonNote = r.optionalString("reasonNote"_L1);
    return r.finish(a);
}

QJsonValue optionalDateTimeJson(const std::optional<QDateTime> &value)
{
    return value ? QJsonValue(dateTimeToWire(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Actor &value)
{
    return {{"id"_L1, value.id},
            {"displayName"_L1, value.displayName},
            {"organisation"_L1, value.organisation}};
}

QJsonObject toJson(const NewInaccuracyReport &value)
{
    return {{"item"_L1, value.item}, {"description"_L1, value.description}};
}

QJsonObject toJson(const InaccuracyReport &value)
{
    QJsonObject o{{"id"_L1, value.id},
                  {"personId"_L1, value.personId},
                  {"item"_L1, value.item},
                  {"description"_L1, value.description},
                  {"status"_L1, reportstatus::wireName(value.status)},
                  {"createdAt"_L1, dateTimeToWire(value.createdAt)},
                  {"forwardedAt"_L1, optionalDateTimeJson(value.forwardedAt)},
                  {"resolvedAt"_L1, optionalDateTimeJson(value.resolvedAt)},
                  {"reporter"_L1, toJson(value.reporter)}};
    putOptional(o, "resolution"_L1, value.resolution, asIs);
    // Absent, not null, where the list is not the reporter's own.
    if (value.subject) {
        o.insert("subject"_L1,
                 QJsonObject{{"displayName"_L1, value.subject->displayName},
                             {"dateOfBirth"_L1, dateToWire(value.subject->dateOfBirth)},
                             {"restricted"_L1, value.subject->restricted}});
    }
    return o;
}

QJsonObject toJson(const InaccuracyReportList &value)
{
    return {{"reports"_L1,
             toArray(value.reports, [](const InaccuracyReport &r) { return toJson(r); })}};
}

QJsonObject toJson(const ForwardReport &value)
{
    QJsonObject o;
    putOptional(o, "note"_L1, value.note, asIs);
    return o;
}

QJsonObject toJson(const ResolveReport &value)
{
    return {{"resolution"_L1, value.resolution}};
}

QJsonObject toJson(const SubjectAccessPack &value)
{
    const auto encode = [](const auto &item) {
        return toJson(item);
    };
    const auto episode = [](const PackEpisode &e) {
        QJsonObject o{{"flag"_L1, e.flag},
                      {"source"_L1, e.source},
                      {"start"_L1, dateToWire(e.start)},
                      {"assessed"_L1, e.assessed}};
        putOptional(o, "end"_L1, e.end, dateToWire);
        putOptional(o, "assessor"_L1, e.assessor, asIs);
        return o;
    };
    const auto involvement = [](const PackInvolvement &i) {
        return QJsonObject{{"service"_L1, i.service}, {"involvement"_L1, toJson(i.involvement)}};
    };
    const auto access = [](const PackAccess &a) {
        QJsonObject o{{"at"_L1, dateTimeToWire(a.at)},
                      {"user"_L1, a.user ? QJsonValue(toJson(*a.user)) : QJsonValue()},
                      {"action"_L1, a.action}};
        putOptional(o, "reasonCode"_L1, a.reasonCode, asIs);
        putOptional(o, "reasonNote"_L1, a.reasonNote, asIs);
        return o;
    };
    QJsonArray incidents;
    for (const QDate &date : value.incidents)
        incidents.append(dateToWire(date));
    QJsonObject restriction{
        {"restricted"_L1, value.restriction.restricted},
        {"restrictedAt"_L1, optionalDateTimeJson(value.restriction.restrictedAt)}};
    putOptional(restriction, "restrictedBy"_L1, value.restriction.restrictedBy, asIs);
    QJsonObject o{{"id"_L1, value.id},
                  {"generatedAt"_L1, dateTimeToWire(value.generatedAt)},
                  {"generatedBy"_L1, toJson(value.generatedBy)},
                  {"person"_L1, toJson(value.person)},
                  {"restriction"_L1, restriction},
                  {"episodes"_L1, toArray(value.episodes, episode)},
                  {"involvements"_L1, toArray(value.involvements, involvement)},
                  {"assessments"_L1, toArray(value.assessments, encode)},
                  {"attendance"_L1, toArray(value.attendance, encode)},
                  {"incidents"_L1, incidents},
                  {"reports"_L1, toArray(value.reports, encode)},
                  {"accesses"_L1, toArray(value.accesses, access)}};
    putOptional(o, "currentSchool"_L1, value.currentSchool, asIs);
    return o;
}

template <>
Result<NewInaccuracyReport> fromJson<NewInaccuracyReport>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    NewInaccuracyReport report;
    report.item = r.string("item"_L1);
    report.description = r.string("description"_L1);
    return r.finish(report);
}

template <>
Result<InaccuracyReport> fromJson<InaccuracyReport>(const QJsonObject &o)
{
    return decodeInaccuracyReport(o, {});
}

template <>
Result<InaccuracyReportList> fromJson<InaccuracyReportList>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    InaccuracyReportList list;
    list.reports = r.list<InaccuracyReport>("reports"_L1, decodeInaccuracyReport);
    return r.finish(list);
}

template <>
Result<ForwardReport> fromJson<ForwardReport>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    ForwardReport forward;
    forward.note = r.optionalString("note"_L1);
    return r.finish(forward);
}

template <>
Result<ResolveReport> fromJson<ResolveReport>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    ResolveReport resolve;
    resolve.resolution = r.string("resolution"_L1);
    return r.finish(resolve);
}

template <>
Result<SubjectAccessPack> fromJson<SubjectAccessPack>(const QJsonObject &o)
{
    ObjectReader r(o, {});
    SubjectAccessPack pack;
    pack.id = r.string("id"_L1);
    pack.generatedAt = r.dateTime("generatedAt"_L1);
    pack.generatedBy = child<Actor>(r, "generatedBy"_L1, decodeActor);
    pack.person = child<PersonDetails>(r, "person"_L1, decodePersonDetails);
    pack.currentSchool = r.optionalString("currentSchool"_L1);
    pack.restriction = child<PackRestriction>(r, "restriction"_L1, decodePackRestriction);
    pack.episodes = r.list<PackEpisode>("episodes"_L1, decodePackEpisode);
    pack.involvements = r.list<PackInvolvement>("involvements"_L1, decodePackInvolvement);
    pack.assessments = r.list<Assessment>("assessments"_L1, decodeAssessment);
    pack.attendance = r.list<AttendanceTerm>("attendance"_L1, decodeAttendanceTerm);
    for (const QString &text : r.stringList("incidents"_L1)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            r.fail(errc::InvalidField, "incidents"_L1, u"must hold dates as YYYY-MM-DD"_s);
        pack.incidents.append(date);
    }
    pack.reports = r.list<InaccuracyReport>("reports"_L1, decodeInaccuracyReport);
    pack.accesses = r.list<PackAccess>("accesses"_L1, decodePackAccess);
    return r.finish(pack);
}

} // namespace tv::wire

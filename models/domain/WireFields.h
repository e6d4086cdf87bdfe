#pragma once

#include "models/domain/ErrorCode.h"
#include "models/domain/Result.h"
#include "models/domain/WireFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <type_traits>

// The machinery behind "WireFormat.cpp": each type is described once, as a table of fields
// (`Wire<T>::fields()`: wire name, member, codec), and one encoder and one strict decoder walk
// that table. The decoder reads the fields in table order, keeps the first problem, and at the
// end refuses any field the table did not read; every message names the field by its path.
namespace tv::wire::fields {

// How a field may be missing on the wire. A missing required field is "missing_field".
enum class Presence {
    Required,  // absent or null: missing
    Optional,  // absent or null: no value
    Nullable,  // absent: missing; null: no value
    IfPresent, // absent: no value; null: missing
    Omittable, // absent: no value; null goes to the codec (and is refused there)
};

class ObjectReader {
public:
    ObjectReader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    // Reads `key` with `Codec` (a Value type, put and get); no value when it is missing or wrong.
    template <typename Codec>
    std::optional<typename Codec::Value> read(QLatin1StringView key,
                                              Presence presence = Presence::Required)
    {
        m_read.insert(QString(key));
        const QJsonValue v = m_object.value(key);
        const bool absent = v.isUndefined();
        const bool missing =
            absent
                ? presence == Presence::Required || presence == Presence::Nullable
                : v.isNull() && (presence == Presence::Required || presence == Presence::IfPresent);
        if (missing)
            fail(errc::MissingField, key, QStringLiteral("is required"));
        if (absent || (v.isNull() && presence != Presence::Omittable))
            return std::nullopt;
        return Codec::get(*this, key, v);
    }

    bool has(QLatin1StringView key) const { return m_object.contains(key); }
    bool failed() const { return m_error.has_value(); }

    QString childPath(QLatin1StringView key) const
    {
        return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
    }

    void fail(QLatin1StringView code, QLatin1StringView key, const QString &what)
    {
        if (!m_error)
            m_error =
                Error{QString(code), QStringLiteral("Field '%1' %2.").arg(childPath(key), what)};
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
                    return Error{
                        QString(errc::UnknownField),
                        QStringLiteral("Field '%1' is not part of this request.").arg(path)};
                }
            }
        }
        if (m_error)
            return *m_error;
        return value;
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    QSet<QString> m_read;
    std::optional<Error> m_error;
};

// Every type on the wire specialises this with `static auto fields()`: a tuple of fields.
template <typename T>
struct Wire;

template <typename T>
QJsonObject encodeWith(const T &value)
{
    QJsonObject object;
    std::apply([&](const auto &...field) { (field.put(object, value), ...); }, Wire<T>::fields());
    return object;
}

// Reads the fields of `value` in table order.
template <typename T>
void readFields(ObjectReader &reader, T &value)
{
    std::apply([&](const auto &...field) { (field.get(reader, value), ...); }, Wire<T>::fields());
}

template <typename T>
Result<T> decodeWith(const QJsonObject &object, const QString &path)
{
    ObjectReader reader(object, path);
    T value;
    readFields(reader, value);
    return reader.finish(std::move(value));
}

// `value` when `ok`, else no value and a problem: the field `what`.
template <typename V>
std::optional<V> accept(ObjectReader &r, QLatin1StringView key, bool ok, V value,
                        const QString &what)
{
    if (ok)
        return value;
    r.fail(errc::InvalidField, key, what);
    return std::nullopt;
}

// Codecs: a JSON value to and from one C++ value.
struct Text {
    using Value = QString;
    static QJsonValue put(const QString &s) { return s; }
    static std::optional<QString> get(ObjectReader &r, QLatin1StringView key, const QJsonValue &v)
    {
        return accept(r, key, v.isString(), v.toString(), QStringLiteral("must be a string"));
    }
};

// A value written as a string: `FromWire` reads one back, with no value for a string that is not
// one, and `What` says what the field must be. An empty string is left to the member's default
// when `EmptyAllowed`.
template <typename V, auto ToWire, auto FromWire, const char16_t *What, bool EmptyAllowed = false>
struct AsText {
    using Value = V;
    static QJsonValue put(const V &value) { return ToWire(value); }
    static std::optional<V> get(ObjectReader &r, QLatin1StringView key, const QJsonValue &v)
    {
        const auto text = Text::get(r, key, v);
        if (!text)
            return std::nullopt;
        if (auto parsed = FromWire(*text))
            return parsed;
        if (!EmptyAllowed || !text->isEmpty())
            r.fail(errc::InvalidField, key, QString::fromUtf16(What));
        return std::nullopt;
    }
};

// The inverses of dateToWire and dateTimeToWire, as strict as the wire is: a date as YYYY-MM-DD,
// a moment in UTC.
inline std::optional<QDate> dateFromWire(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() && text.size() == 10 ? std::optional(d) : std::nullopt;
}

inline std::optional<QDateTime> dateTimeFromWire(const QString &text)
{
    const QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
    return d.isValid() && text.endsWith(u'Z') ? std::optional(d.toUTC()) : std::nullopt;
}

inline constexpr char16_t dayWhat[] = u"must be a date as YYYY-MM-DD";
inline constexpr char16_t momentWhat[] = u"must be a UTC date and time in ISO 8601";
using Day = AsText<QDate, dateToWire, dateFromWire, dayWhat>;
using Moment = AsText<QDateTime, dateTimeToWire, dateTimeFromWire, momentWhat>;

struct Bool {
    using Value = bool;
    static QJsonValue put(bool b) { return b; }
    static std::optional<bool> get(ObjectReader &r, QLatin1StringView key, const QJsonValue &v)
    {
        return accept(r, key, v.isBool(), v.toBool(), QStringLiteral("must be true or false"));
    }
};

struct Number {
    using Value = double;
    static QJsonValue put(double d) { return d; }
    static std::optional<double> get(ObjectReader &r, QLatin1StringView key, const QJsonValue &v)
    {
        return accept(r, key, v.isDouble() && std::isfinite(v.toDouble()), v.toDouble(),
                      QStringLiteral("must be a number"));
    }
};

struct Integer {
    using Value = int;
    static QJsonValue put(int i) { return i; }
    static std::optional<int> get(ObjectReader &r, QLatin1StringView key, const QJsonValue &v)
    {
        const auto d = Number::get(r, key, v);
        if (!d)
            return std::nullopt;
        const bool whole = *d == std::floor(*d) && *d >= -2147483648.0 && *d <= 2147483647.0;
        return accept(r, key, whole, whole ? int(*d) : 0, QStringLiteral("must be a whole number"));
    }
};

struct Strings {
    using Value = QStringList;
    static QJsonValue put(const QStringList &s) { return QJsonArray::fromStringList(s); }
    static std::optional<QStringList> get(ObjectReader &r, QLatin1StringView key,
                                          const QJsonValue &v)
    {
        QStringList items;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array)
            items << item.toString();
        const bool allText = std::all_of(array.begin(), array.end(),
                                         [](const QJsonValue &item) { return item.isString(); });
        if (v.isArray() && allText)
            return items;
        r.fail(errc::InvalidField, key, QStringLiteral("must be an array of strings"));
        return std::nullopt;
    }
};

template <typename Item, typename Encode>
QJsonArray toArray(const QList<Item> &items, Encode encode)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(encode(item));
    return array;
}

struct Dates {
    using Value = QList<QDate>;
    static QJsonValue put(const QList<QDate> &dates) { return toArray(dates, dateToWire); }
    static std::optional<QList<QDate>> get(ObjectReader &r, QLatin1StringView key,
                                           const QJsonValue &v)
    {
        const auto texts = Strings::get(r, key, v);
        if (!texts)
            return std::nullopt;
        QList<QDate> dates;
        for (const QString &text : *texts) {
            const std::optional<QDate> date = dateFromWire(text);
            if (!date)
                r.fail(errc::InvalidField, key, QStringLiteral("must hold dates as YYYY-MM-DD"));
            dates.append(date.value_or(QDate()));
        }
        return dates;
    }
};

// An enum by its wire name.
template <typename E, QString (*ToWire)(E), std::optional<E> (*FromWire)(const QString &),
          const char16_t *What, bool EmptyAllowed = false>
using Enum = AsText<E, ToWire, FromWire, What, EmptyAllowed>;

// An object described by its own table, decoded with its path.
template <typename U>
struct Nested {
    using Value = U;
    static QJsonValue put(const U &u) { return encodeWith(u); }
    static std::optional<U> get(ObjectReader &r, QLatin1StringView key, const QJsonValue &v)
    {
        if (!v.isObject()) {
            r.fail(errc::InvalidField, key, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        Result<U> decoded = decodeWith<U>(v.toObject(), r.childPath(key));
        if (decoded)
            return std::move(decoded).value();
        r.adopt(decoded.error());
        return std::nullopt;
    }
};

// An array of such objects; an item's path is "key[i]".
template <typename U>
struct ListOf {
    using Value = QList<U>;
    static QJsonValue put(const QList<U> &items) { return toArray(items, encodeWith<U>); }
    static std::optional<QList<U>> get(ObjectReader &r, QLatin1StringView key, const QJsonValue &v)
    {
        if (!v.isArray()) {
            r.fail(errc::InvalidField, key, QStringLiteral("must be an array"));
            return std::nullopt;
        }
        const QJsonArray array = v.toArray();
        QList<U> items;
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
            const QString itemPath = r.childPath(key) + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject()) {
                r.adopt(Error{QString(errc::InvalidField),
                              QStringLiteral("Field '%1' must be an object.").arg(itemPath)});
                return std::nullopt;
            }
            Result<U> item = decodeWith<U>(array.at(i).toObject(), itemPath);
            if (!item) {
                r.adopt(item.error());
                return std::nullopt;
            }
            items.append(std::move(item).value());
        }
        return items;
    }
};

// The codec a member's type gets unless the table names one (declarations only, for decltype).
Text codecOf(const QString *);
Day codecOf(const QDate *);
Moment codecOf(const QDateTime *);
Bool codecOf(const bool *);
Number codecOf(const double *);
Integer codecOf(const int *);
Strings codecOf(const QStringList *);
Dates codecOf(const QList<QDate> *);
template <typename U>
ListOf<U> codecOf(const QList<U> *);
template <typename U>
Nested<U> codecOf(const U *);
template <typename U>
auto codecOf(const std::optional<U> *) -> decltype(codecOf(static_cast<U *>(nullptr)));

template <typename Codec, typename M>
using CodecFor =
    std::conditional_t<std::is_void_v<Codec>, decltype(codecOf(static_cast<M *>(nullptr))), Codec>;

// A member that is always written and required.
template <typename T, typename M, typename Codec>
struct Member {
    QLatin1StringView key;
    M T::*member;
    void put(QJsonObject &o, const T &v) const { o.insert(key, Codec::put(v.*member)); }
    void get(ObjectReader &r, T &v) const
    {
        if (auto value = r.read<Codec>(key))
            v.*member = std::move(*value);
    }
};

// An optional member: written as null or left out when it has no value.
template <typename T, typename M, typename Codec, Presence P, bool WriteNull>
struct OptionalMember {
    QLatin1StringView key;
    M T::*member;
    void put(QJsonObject &o, const T &v) const
    {
        if (v.*member)
            o.insert(key, Codec::put(*(v.*member)));
        else if (WriteNull)
            o.insert(key, QJsonValue(QJsonValue::Null));
    }
    void get(ObjectReader &r, T &v) const { v.*member = r.read<Codec>(key, P); }
};

// A field, or a check after the fields before it, written out by hand.
template <typename T, typename Put, typename Get>
struct Custom {
    Put putter;
    Get getter;
    void put(QJsonObject &o, const T &v) const { putter(o, v); }
    void get(ObjectReader &r, T &v) const { getter(r, v); }
};

template <typename Codec = void, typename T, typename M>
auto field(QLatin1StringView key, M T::*member)
{
    return Member<T, M, CodecFor<Codec, M>>{key, member};
}

// The optional member kinds, called like `field` (with the codec the member's type gets).
template <Presence P, bool WriteNull>
struct OptionalKind {
    template <typename T, typename M>
    auto operator()(QLatin1StringView key, M T::*member) const
    {
        return OptionalMember<T, M, CodecFor<void, M>, P, WriteNull>{key, member};
    }
};
// Null on the wire when it has no value; absent or null read as no value.
inline constexpr OptionalKind<Presence::Optional, true> orNull;
// Left out when it has no value; absent or null read as no value.
inline constexpr OptionalKind<Presence::Optional, false> omitted;
// Null on the wire when it has no value, but never left out.
inline constexpr OptionalKind<Presence::Nullable, true> alwaysThere;
// Left out when it has no value; when there, it must not be null.
inline constexpr OptionalKind<Presence::IfPresent, false> ifPresent;

// A member left out when empty; when there, it must not be null.
template <typename T, typename M, typename Codec>
struct NonEmptyMember {
    QLatin1StringView key;
    M T::*member;
    void put(QJsonObject &o, const T &v) const
    {
        if (!(v.*member).isEmpty())
            o.insert(key, Codec::put(v.*member));
    }
    void get(ObjectReader &r, T &v) const
    {
        if (auto value = r.read<Codec>(key, Presence::IfPresent))
            v.*member = std::move(*value);
    }
};

template <typename T, typename M>
auto unlessEmpty(QLatin1StringView key, M T::*member)
{
    return NonEmptyMember<T, M, CodecFor<void, M>>{key, member};
}

template <typename T, typename Put, typename Get>
auto custom(Put put, Get get)
{
    return Custom<T, Put, Get>{put, get};
}

// A check on the value decoded so far (a percentage's range, say).
template <typename T, typename Check>
auto check(Check hook)
{
    return custom<T>([](QJsonObject &, const T &) {}, hook);
}

} // namespace tv::wire::fields

// Describes `T` by the fields listed after it.
#define TV_WIRE_FIELDS(T, ...)                                                                     \
    template <>                                                                                    \
    struct Wire<T> {                                                                               \
        static auto fields() { return std::tuple{__VA_ARGS__}; }                                   \
    }

// The public toJson and fromJson of a described type.
#define TV_WIRE_API(T)                                                                             \
    QJsonObject toJson(const T &value)                                                             \
    {                                                                                              \
        return fields::encodeWith(value);                                                          \
    }                                                                                              \
    template <>                                                                                    \
    Result<T> fromJson<T>(const QJsonObject &object)                                               \
    {                                                                                              \
        return fields::decodeWith<T>(object, {});                                                  \
    }

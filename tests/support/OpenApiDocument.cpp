#include "tests/support/OpenApiDocument.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tv::test {
namespace {

const QSet<QString> KnownKeywords{
    u"type"_s,          u"properties"_s, u"required"_s,  u"additionalProperties"_s,
    u"enum"_s,          u"items"_s,      u"format"_s,    u"minimum"_s,
    u"maximum"_s,       u"minLength"_s,  u"maxLength"_s, u"maxItems"_s,
    u"minProperties"_s, u"pattern"_s,    u"$ref"_s,      u"description"_s,
    u"oneOf"_s,
};

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == "integer"_L1)
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    return typeOf(value) == type;
}

} // namespace

Result<OpenApiDocument> OpenApiDocument::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"io"_s, u"Cannot read %1: %2"_s.arg(path, file.errorString())};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{u"invalid_json"_s,
                     u"%1 is not a JSON object: %2"_s.arg(path, error.errorString())};
    OpenApiDocument result;
    result.m_document = doc.object();
    return result;
}

QList<OpenApiDocument::Operation> OpenApiDocument::operations() const
{
    QList<Operation> operations;
    const QJsonObject paths = m_document.value("paths"_L1).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto method = item.begin(); method != item.end(); ++method)
            operations.append({method.key().toUpper(), path.key(), method.value().toObject()});
    }
    return operations;
}

QJsonObject OpenApiDocument::resolve(const QJsonObject &schema) const
{
    const QString ref = schema.value("$ref"_L1).toString();
    if (ref.isEmpty())
        return schema;
    const QString prefix = u"#/components/schemas/"_s;
    if (!ref.startsWith(prefix))
        return {};
    return m_document.value("components"_L1)
        .toObject()
        .value("schemas"_L1)
        .toObject()
        .value(ref.mid(prefix.size()))
        .toObject();
}

QJsonObject OpenApiDocument::responseSchema(const Operation &operation, int status) const
{
    const QJsonObject schema = operation.operation.value("responses"_L1)
                                   .toObject()
                                   .value(QString::number(status))
                                   .toObject()
                                   .value("content"_L1)
                                   .toObject()
                                   .value("application/json"_L1)
                                   .toObject()
                                   .value("schema"_L1)
                                   .toObject();
    return resolve(schema);
}

QStringList OpenApiDocument::validate(const QJsonValue &value, const QJsonObject &rawSchema,
                                      const QString &path) const
{
    QStringList problems;
    if (rawSchema.contains("$ref"_L1)) {
        const QJsonObject target = resolve(rawSchema);
        if (target.isEmpty())
            return {u"%1: unresolvable $ref %2"_s.arg(path, rawSchema.value("$ref"_L1).toString())};
        return validate(value, target, path);
    }
    const QJsonObject &schema = rawSchema;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!KnownKeywords.contains(it.key()))
            problems << u"%1: the schema uses '%2', which this check does not understand"_s.arg(
                path, it.key());
    }

    // Exactly one of the alternatives fits (e.g. a household member with its flags, or a
    // restricted one with none).
    if (schema.contains("oneOf"_L1)) {
        const QJsonArray alternatives = schema.value("oneOf"_L1).toArray();
        QStringList closest;
        int fitting = 0;
        for (const QJsonValue &alternative : alternatives) {
            const QStringList misfit = validate(value, alternative.toObject(), path);
            if (misfit.isEmpty())
                ++fitting;
            else if (closest.isEmpty() || misfit.size() < closest.size())
                closest = misfit;
        }
        if (fitting == 0)
            problems << u"%1: fits none of its oneOf schemas"_s.arg(path) << closest;
        else if (fitting > 1)
            problems << u"%1: fits %2 of its oneOf schemas, not one"_s.arg(path).arg(fitting);
    }

    if (schema.contains("type"_L1)) {
        const QJsonValue type = schema.value("type"_L1);
        QStringList allowed;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                allowed << t.toString();
        } else {
            allowed << type.toString();
        }
        const bool fits = std::any_of(allowed.cbegin(), allowed.cend(),
                                      [&](const QString &t) { return hasType(value, t); });
        if (!fits) {
            problems << u"%1: is %2, expected %3"_s.arg(path, typeOf(value), allowed.join(u'|'));
            return problems;
        }
    }
    if (schema.contains("enum"_L1) && !schema.value("enum"_L1).toArray().contains(value))
        problems << u"%1: %2 is not one of the listed values"_s.arg(path,
                                                                    value.toVariant().toString());

    if (value.isString()) {
        const QString text = value.toString();
        const QString format = schema.value("format"_L1).toString();
        if (format == "date"_L1 &&
            (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid()))
            problems << u"%1: '%2' is not a date"_s.arg(path, text);
        if (format == "date-time"_L1 && !QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            problems << u"%1: '%2' is not a date-time"_s.arg(path, text);
        if (schema.contains("minLength"_L1) && text.size() < schema.value("minLength"_L1).toInt())
            problems << u"%1: shorter than %2"_s.arg(path).arg(
                schema.value("minLength"_L1).toInt());
        if (schema.contains("maxLength"_L1) && text.size() > schema.value("maxLength"_L1).toInt())
            problems << u"%1: longer than %2"_s.arg(path).arg(schema.value("maxLength"_L1).toInt());
        if (schema.contains("pattern"_L1) &&
            !QRegularExpression(schema.value("pattern"_L1).toString()).match(text).hasMatch())
            problems << u"%1: '%2' does not match the pattern"_s.arg(path, text);
    }
    if (value.isDouble()) {
        if (schema.contains("minimum"_L1) &&
            value.toDouble() < schema.value("minimum"_L1).toDouble())
            problems << u"%1: below the minimum"_s.arg(path);
        if (schema.contains("maximum"_L1) &&
            value.toDouble() > schema.value("maximum"_L1).toDouble())
            problems << u"%1: above the maximum"_s.arg(path);
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains("maxItems"_L1) && array.size() > schema.value("maxItems"_L1).toInt())
            problems << u"%1: more than %2 items"_s.arg(path).arg(
                schema.value("maxItems"_L1).toInt());
        const QJsonObject items = schema.value("items"_L1).toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            problems << validate(array.at(i), items, u"%1[%2]"_s.arg(path).arg(i));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (const QJsonValue &required : schema.value("required"_L1).toArray()) {
            if (!object.contains(required.toString()))
                problems << u"%1: missing '%2'"_s.arg(path, required.toString());
        }
        if (schema.contains("minProperties"_L1) &&
            object.size() < schema.value("minProperties"_L1).toInt())
            problems << u"%1: fewer than %2 properties"_s.arg(path).arg(
                schema.value("minProperties"_L1).toInt());
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + u'.' + it.key();
            if (properties.contains(it.key()))
                problems << validate(it.value(), properties.value(it.key()).toObject(), childPath);
            else if (schema.value("additionalProperties"_L1) == QJsonValue(false))
                problems << u"%1: not in the schema"_s.arg(childPath);
        }
    }
    return problems;
}

} // namespace tv::test

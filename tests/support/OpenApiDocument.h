#pragma once

#include "models/domain/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace tv::test {

// The service's OpenAPI document, read for the tests that keep it true: which operations it
// names, which schema each response has, and whether a JSON value fits a schema.
//
// The validator understands the subset of JSON Schema the document uses (type, properties,
// required, additionalProperties, enum, items, format date/date-time, minimum, maximum,
// minLength, maxLength, maxItems, minProperties, pattern, $ref, description, oneOf). Any other
// keyword is reported as a problem, so the document cannot lean on a rule nobody checks.
class OpenApiDocument final {
public:
    static Result<OpenApiDocument> load(const QString &path);

    struct Operation {
        QString method; // upper case
        QString path;   // with {parameters}
        QJsonObject operation;
    };
    QList<Operation> operations() const;

    // The schema of `status`'s application/json response, resolved; empty when undocumented.
    QJsonObject responseSchema(const Operation &operation, int status) const;

    // Problems with `value` against `schema`, each naming the JSON path; empty when it fits.
    QStringList validate(const QJsonValue &value, const QJsonObject &schema,
                         const QString &path = QStringLiteral("$")) const;

private:
    QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_document;
};

} // namespace tv::test

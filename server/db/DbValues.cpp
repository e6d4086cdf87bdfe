#include "server/db/DbValues.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace tv::server::db {

QVariant toDb(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QVariant toDb(QDate date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QDate dateFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

std::optional<QDateTime> optionalDateTimeFromDb(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return dateTimeFromDb(value);
}

std::optional<QDate> optionalDateFromDb(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return dateFromDb(value);
}

QString uuidFromDb(const QVariant &value)
{
    return textFromDb(value).value_or(QString());
}

std::optional<QString> textFromDb(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::QUuid)
        return value.toUuid().toString(QUuid::WithoutBraces);
    return value.toString();
}

QDateTime dateTimeFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    // Text: ours ("2024-05-01T10:00:00.000Z") or PostgreSQL's ("2024-05-01 10:00:00+00").
    QString text = value.toString().trimmed();
    text.replace(u' ', u'T');
    if (text.endsWith("+00"_L1)) {
        text.chop(3);
        text += u'Z';
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.toUTC();
}

} // namespace tv::server::db

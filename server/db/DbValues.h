#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

// Values to and from a column, the same on either engine. Every reader of a row uses these.
namespace tv::server::db {

// Timestamps are stored in UTC: timestamptz on PostgreSQL, ISO 8601 text on SQLite (which then
// sorts and compares correctly as text). An invalid QDateTime is NULL.
QVariant toDb(const QDateTime &dateTime);
QDateTime dateTimeFromDb(const QVariant &value);
// A nullable timestamp column: nullopt for NULL.
std::optional<QDateTime> optionalDateTimeFromDb(const QVariant &value);
// Dates likewise: date on PostgreSQL, YYYY-MM-DD text on SQLite; an invalid QDate is NULL.
QVariant toDb(QDate date);
QDate dateFromDb(const QVariant &value);
// A nullable date column: nullopt for NULL.
std::optional<QDate> optionalDateFromDb(const QVariant &value);
// A uuid column as text without braces: PostgreSQL hands back a QUuid, SQLite the text. Empty for
// NULL.
QString uuidFromDb(const QVariant &value);
// A nullable text (or uuid) column: nullopt for NULL.
std::optional<QString> textFromDb(const QVariant &value);

} // namespace tv::server::db

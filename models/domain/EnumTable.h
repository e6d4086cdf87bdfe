#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <iterator>
#include <optional>
#include <type_traits>
#include <utility>

// Tables that name the values of an enum: one row a value, in the enum's order, so that a value's
// wire name (and its words, where it has some) is spelled in one place and both directions are
// read from it. A row is any struct with the enum `value` and its `wireName`; rows with words have
// a `text` too, the source text of a translation (QT_TRANSLATE_NOOP in the table's context, so
// lupdate sees it). Every table is checked at compile time with inEnumOrder.
namespace tv::enumtable {

// A value and its wire name.
template <typename E>
struct Name {
    E value;
    QLatin1StringView wireName;
};

// A value, its wire name and its words.
template <typename E>
struct NameText {
    E value;
    QLatin1StringView wireName;
    const char *text;
};

template <typename Table>
using ValueOf = std::remove_cvref_t<decltype(std::declval<const Table &>()[0].value)>;

// Whether row i of `table` is the enum's value i, from the first value up to `last`: then a value's
// row is found by its number, and no value is left out.
template <typename Table>
constexpr bool inEnumOrder(const Table &table, ValueOf<Table> last)
{
    for (std::size_t i = 0; i < std::size(table); ++i) {
        if (static_cast<std::size_t>(table[i].value) != i)
            return false;
    }
    return static_cast<std::size_t>(last) + 1 == std::size(table);
}

template <typename Table>
constexpr const auto &rowOf(const Table &table, ValueOf<Table> value)
{
    return table[static_cast<std::size_t>(value)];
}

template <typename Table>
constexpr QLatin1StringView nameOf(const Table &table, ValueOf<Table> value)
{
    return rowOf(table, value).wireName;
}

// The value named `name`, to the letter.
template <typename Table>
std::optional<ValueOf<Table>> fromName(const Table &table, QStringView name)
{
    for (const auto &row : table) {
        if (row.wireName == name)
            return row.value;
    }
    return std::nullopt;
}

// The words of `value`, translated in `context` (the context its table marks them in).
template <typename Table>
QString textOf(const Table &table, const char *context, ValueOf<Table> value)
{
    return QCoreApplication::translate(context, rowOf(table, value).text);
}

// Every value, in the enum's order.
template <typename Table>
QList<ValueOf<Table>> valuesOf(const Table &table)
{
    QList<ValueOf<Table>> values;
    values.reserve(qsizetype(std::size(table)));
    for (const auto &row : table)
        values.append(row.value);
    return values;
}

} // namespace tv::enumtable

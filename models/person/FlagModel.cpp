#include "models/person/FlagModel.h"

#include "models/domain/EnumTable.h"
#include "models/person/PersonViewGroup.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace tv::models {

FlagModel::FlagModel(FlagGroup group, QObject *parent)
    : RowTableModel(SortRole,
                    {{QT_TRANSLATE_NOOP("tv::models::FlagModel", "Flag"),
                      [](const Flag &flag) {
                          return flags::kindText(flag.kind);
                      }},
                     {QT_TRANSLATE_NOOP("tv::models::FlagModel", "State"),
                      [](const Flag &flag) { return flags::stateText(flag.state); },
                      [](const Flag &flag) {
                          return QVariant(int(flag.state));
                      }},
                     {QT_TRANSLATE_NOOP("tv::models::FlagModel", "Assessment"), &assessmentText}},
                    parent)
    , m_group(group)
{}

FlagGroup FlagModel::group() const
{
    return m_group;
}

QString FlagModel::title() const
{
    return PersonViewGroups::title(PersonViewGroups::ofFlags(m_group));
}

void FlagModel::setFlags(const QList<Flag> &all)
{
    QList<Flag> rows;
    const QList<FlagKind> kinds = flags::kindsIn(m_group);
    rows.reserve(kinds.size());
    for (FlagKind kind : kinds) {
        const auto found = std::find_if(all.cbegin(), all.cend(),
                                        [kind](const Flag &flag) { return flag.kind == kind; });
        rows.append(found != all.cend() ? *found : Flag{kind, FlagState::NoInformation, false, {}});
    }
    setRows(std::move(rows));
}

namespace {

// The icon of each state, from the application's resources (the words say the same).
constexpr auto kStateIcons = std::to_array<enumtable::Name<FlagState>>({
    {FlagState::NoInformation, "flag-none"_L1},
    {FlagState::Historic, "flag-historic"_L1},
    {FlagState::Current, "flag-current"_L1},
});
static_assert(enumtable::inEnumOrder(kStateIcons, FlagState::Current),
              "kStateIcons gives every FlagState an icon");

} // namespace

QString FlagModel::iconName(FlagState state)
{
    return QString(enumtable::nameOf(kStateIcons, state));
}

QString FlagModel::assessmentText(const Flag &flag)
{
    if (!flag.assessed)
        return tr("Not assessed");
    if (flag.assessor && !flag.assessor->trimmed().isEmpty())
        return tr("Assessed by %1").arg(*flag.assessor);
    return tr("Assessed");
}

QVariant FlagModel::cellRole(int row, int column, int role) const
{
    const Flag &flag = *rowAt(row);
    switch (role) {
    case ReportItemRole:
        return PersonViewGroups::reportItem(PersonViewGroups::ofFlags(m_group),
                                            flags::kindWireName(flag.kind));
    case StateRole:
        return QVariant::fromValue(flag.state);
    case IconNameRole:
        return iconName(flag.state);
    case KindRole:
        return QVariant::fromValue(flag.kind);
    case AssessedRole:
        return flag.assessed;
    case Qt::AccessibleDescriptionRole:
        // The whole row, for a screen reader that reads one cell at a time.
        return tr("%1: %2. %3.", "flag: state. assessment.")
            .arg(flags::kindText(flag.kind), flags::stateText(flag.state), assessmentText(flag));
    case SortRole:
        // A flag sorts by its place in the group, which is its row (setFlags()); the other
        // columns by their TableColumn's sort key.
        return column == KindColumn ? QVariant(row) : QVariant();
    default:
        return {};
    }
}

} // namespace tv::models

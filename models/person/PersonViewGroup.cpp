#include "models/person/PersonViewGroup.h"

#include "models/person/PersonDetailsModel.h"

#include <array>

namespace tv::models {
namespace {

// What the page and the service call each group.
struct GroupInfo {
    ViewGroup group;
    const char *key; // the service's group key
    const char *title;
};

// In ViewGroup's order.
constexpr std::array kGroups{
    GroupInfo{ViewGroup::Personal, "personal",
              QT_TRANSLATE_NOOP("tv::models::PersonViewGroups", "Personal details")},
    GroupInfo{ViewGroup::VulnerabilityCriteria, "vulnerability-criteria",
              QT_TRANSLATE_NOOP("tv::models::PersonViewGroups", "Vulnerability criteria")},
    GroupInfo{ViewGroup::IndividualFlags, "individual-flags",
              QT_TRANSLATE_NOOP("tv::models::PersonViewGroups", "Individual flags")},
    GroupInfo{ViewGroup::TransformVulnerability, "transform-vulnerability",
              QT_TRANSLATE_NOOP("tv::models::PersonViewGroups", "Transform vulnerability")},
    GroupInfo{ViewGroup::Involvements, "involvements",
              QT_TRANSLATE_NOOP("tv::models::PersonViewGroups", "Involvements")},
    GroupInfo{ViewGroup::Assessments, "assessments",
              QT_TRANSLATE_NOOP("tv::models::PersonViewGroups", "Assessments")},
    GroupInfo{ViewGroup::Education, "education",
              QT_TRANSLATE_NOOP("tv::models::PersonViewGroups", "Education (attendance)")},
};

constexpr bool inViewGroupOrder()
{
    for (std::size_t i = 0; i < kGroups.size(); ++i) {
        if (kGroups[i].group != ViewGroup(i))
            return false;
    }
    return true;
}
static_assert(inViewGroupOrder(), "kGroups must list every ViewGroup in its order");

const GroupInfo &infoOf(ViewGroup group)
{
    return kGroups.at(std::size_t(group));
}

std::optional<ViewGroup> groupFromKey(QStringView key)
{
    for (const GroupInfo &info : kGroups) {
        if (QLatin1StringView(info.key) == key)
            return info.group;
    }
    return std::nullopt;
}

} // namespace

QString PersonViewGroups::title(ViewGroup group)
{
    return tr(infoOf(group).title);
}

QString PersonViewGroups::key(ViewGroup group)
{
    return QString::fromLatin1(infoOf(group).key);
}

ViewGroup PersonViewGroups::ofFlags(FlagGroup group)
{
    switch (group) {
    case FlagGroup::VulnerabilityCriteria:
        return ViewGroup::VulnerabilityCriteria;
    case FlagGroup::IndividualFlags:
        return ViewGroup::IndividualFlags;
    case FlagGroup::TransformVulnerability:
        return ViewGroup::TransformVulnerability;
    }
    Q_UNREACHABLE();
}

QString PersonViewGroups::reportItem(ViewGroup group, const QString &row)
{
    return key(group) + u'/' + row;
}

QString PersonViewGroups::reportItem(ViewGroup group, int row)
{
    return reportItem(group, QString::number(row));
}

QString PersonViewGroups::reportItemText(const QString &item)
{
    const qsizetype slash = item.indexOf(u'/');
    const std::optional<ViewGroup> group =
        slash < 0 ? std::nullopt : groupFromKey(QStringView(item).left(slash));
    if (!group)
        return item;
    const QString row = item.mid(slash + 1);
    switch (*group) {
    case ViewGroup::Personal:
        if (const auto field = PersonDetailsModel::fieldFromWireName(row))
            return tr("%1: %2", "group: field")
                .arg(title(*group), PersonDetailsModel::fieldLabel(*field));
        return item;
    case ViewGroup::VulnerabilityCriteria:
    case ViewGroup::IndividualFlags:
    case ViewGroup::TransformVulnerability:
        if (const auto kind = flags::kindFromWireName(row))
            return tr("%1: %2", "group: flag").arg(title(*group), flags::kindText(*kind));
        return item;
    case ViewGroup::Involvements:
    case ViewGroup::Assessments:
    case ViewGroup::Education: {
        bool ok = false;
        const int index = row.toInt(&ok);
        if (!ok || index < 0)
            return item;
        return tr("%1: row %2", "group: row number from 1").arg(title(*group)).arg(index + 1);
    }
    }
    Q_UNREACHABLE();
}

} // namespace tv::models

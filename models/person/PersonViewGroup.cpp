#include "models/person/PersonViewGroup.h"

#include "models/person/PersonDetailsModel.h"

#include <array>

using namespace Qt::StringLiterals;

namespace tv::models {
namespace {

constexpr std::array kAllGroups{
    ViewGroup::Personal,        ViewGroup::VulnerabilityCriteria,
    ViewGroup::IndividualFlags, ViewGroup::TransformVulnerability,
    ViewGroup::Involvements,    ViewGroup::Assessments,
    ViewGroup::Education,
};

std::optional<ViewGroup> groupFromKey(QStringView key)
{
    for (ViewGroup group : kAllGroups) {
        if (PersonViewGroups::key(group) == key)
            return group;
    }
    return std::nullopt;
}

} // namespace

QString PersonViewGroups::title(ViewGroup group)
{
    switch (group) {
    case ViewGroup::Personal:
        return tr("Personal details");
    case ViewGroup::VulnerabilityCriteria:
        return tr("Vulnerability criteria");
    case ViewGroup::IndividualFlags:
        return tr("Individual flags");
    case ViewGroup::TransformVulnerability:
        return tr("Transform vulnerability");
    case ViewGroup::Involvements:
        return tr("Involvements");
    case ViewGroup::Assessments:
        return tr("Assessments");
    case ViewGroup::Education:
        return tr("Education (attendance)");
    }
    Q_UNREACHABLE();
}

QString PersonViewGroups::key(ViewGroup group)
{
    switch (group) {
    case ViewGroup::Personal:
        return u"personal"_s;
    case ViewGroup::VulnerabilityCriteria:
        return u"vulnerability-criteria"_s;
    case ViewGroup::IndividualFlags:
        return u"individual-flags"_s;
    case ViewGroup::TransformVulnerability:
        return u"transform-vulnerability"_s;
    case ViewGroup::Involvements:
        return u"involvements"_s;
    case ViewGroup::Assessments:
        return u"assessments"_s;
    case ViewGroup::Education:
        return u"education"_s;
    }
    Q_UNREACHABLE();
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

#include "server/reports/ReportItem.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/FieldLimits.h"
#include "models/domain/Flag.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tv::server::reports {
namespace {

constexpr int MaxRowIndex = 9999;

Error invalidItem(const QString &what)
{
    return Error{QString(tv::errc::InvalidField), u"Field 'item' %1."_s.arg(what)};
}

// The flag group a view group shows, when it shows flags.
std::optional<FlagGroup> flagGroupOf(const QString &group)
{
    if (group == "vulnerability-criteria"_L1)
        return FlagGroup::VulnerabilityCriteria;
    if (group == "individual-flags"_L1)
        return FlagGroup::IndividualFlags;
    if (group == "transform-vulnerability"_L1)
        return FlagGroup::TransformVulnerability;
    return std::nullopt;
}

QStringList personalFields()
{
    return {u"givenName"_s,   u"familyName"_s, u"address"_s,   u"postcode"_s,
            u"dateOfBirth"_s, u"upn"_s,        u"nhsNumber"_s, u"lcsCaseId"_s};
}

} // namespace

QStringList ReportItem::groups()
{
    return {u"personal"_s,         u"vulnerability-criteria"_s,
            u"individual-flags"_s, u"transform-vulnerability"_s,
            u"involvements"_s,     u"assessments"_s,
            u"education"_s};
}

Status ReportItem::validate(const QString &item)
{
    if (item.size() > limits::ReportItemLength)
        return invalidItem(u"must be at most %1 characters"_s.arg(limits::ReportItemLength));
    const qsizetype slash = item.indexOf(u'/');
    if (slash < 0 || item.indexOf(u'/', slash + 1) >= 0)
        return invalidItem(u"must be \"<group>/<row>\", e.g. \"individual-flags/young-carer\""_s);
    const QString group = item.left(slash);
    const QString row = item.mid(slash + 1);
    if (!groups().contains(group))
        return invalidItem(u"must start with one of %1"_s.arg(groups().join(u", "_s)));

    if (group == "personal"_L1) {
        if (!personalFields().contains(row))
            return invalidItem(
                u"must name one of %1 after personal/"_s.arg(personalFields().join(u", "_s)));
        return Done{};
    }
    if (const auto flagGroup = flagGroupOf(group)) {
        const auto kind = flags::kindFromWireName(row);
        if (!kind || flags::groupOf(*kind) != *flagGroup)
            return invalidItem(u"must name a flag of the group %1"_s.arg(group));
        return Done{};
    }
    // involvements, assessments, education: the row's position in the view, from 0.
    static const QRegularExpression index(u"^(0|[1-9][0-9]{0,3})$"_s);
    if (!index.match(row).hasMatch() || row.toInt() > MaxRowIndex)
        return invalidItem(u"must give the row of %1 as a number from 0"_s.arg(group));
    return Done{};
}

} // namespace tv::server::reports

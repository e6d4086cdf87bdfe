#include "models/domain/Flag.h"

#include "models/domain/EnumTable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace tv::flags {
namespace {

constexpr char StateContext[] = "tv::FlagState";
constexpr char KindContext[] = "tv::FlagKind";

constexpr auto kStates = std::to_array<enumtable::NameText<FlagState>>({
    {FlagState::NoInformation, "no-information"_L1,
     QT_TRANSLATE_NOOP("tv::FlagState", "No information on database")},
    {FlagState::Historic, "historic"_L1, QT_TRANSLATE_NOOP("tv::FlagState", "Historic")},
    {FlagState::Current, "current"_L1, QT_TRANSLATE_NOOP("tv::FlagState", "Current")},
});
static_assert(enumtable::inEnumOrder(kStates, FlagState::Current),
              "kStates lists every FlagState in its order");

struct KindInfo {
    FlagKind value;
    FlagGroup group;
    QLatin1StringView wireName;
    const char *text;
};

// The order here (the enum's) is the display order.
constexpr std::array kKinds{
    KindInfo{FlagKind::ActiveSocialCareOrEarlyHelp, FlagGroup::VulnerabilityCriteria,
             "active-social-care-or-early-help"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Active social care / early help involvement")},
    KindInfo{FlagKind::KnownToSocialCareOrEarlyHelp, FlagGroup::VulnerabilityCriteria,
             "known-to-social-care-or-early-help"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Known to social care / early help")},
    KindInfo{FlagKind::KnownToOtherSupportingServices, FlagGroup::VulnerabilityCriteria,
             "known-to-other-supporting-services"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Known to other supporting services")},
    KindInfo{FlagKind::ChildLookedAfter, FlagGroup::IndividualFlags, "child-looked-after"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Child looked after")},
    KindInfo{FlagKind::ChildProtection, FlagGroup::IndividualFlags, "child-protection"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Child protection")},
    KindInfo{FlagKind::ChildInNeed, FlagGroup::IndividualFlags, "child-in-need"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Child in need")},
    KindInfo{FlagKind::YoungCarer, FlagGroup::IndividualFlags, "young-carer"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Young carer")},
    KindInfo{FlagKind::EducationHealthCarePlan, FlagGroup::IndividualFlags,
             "education-health-care-plan"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Education, health and care plan")},
    KindInfo{FlagKind::SenOrDisabilitySupport, FlagGroup::IndividualFlags,
             "sen-or-disability-support"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "SEN / children with disability support")},
    KindInfo{FlagKind::SafeguardingNotifications, FlagGroup::IndividualFlags,
             "safeguarding-notifications"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Safeguarding notifications")},
    KindInfo{FlagKind::Education, FlagGroup::TransformVulnerability, "education"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Education")},
    KindInfo{FlagKind::Health, FlagGroup::TransformVulnerability, "health"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Health")},
    KindInfo{FlagKind::Worklessness, FlagGroup::TransformVulnerability, "worklessness"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Worklessness")},
    KindInfo{FlagKind::NeedSupport, FlagGroup::TransformVulnerability, "need-support"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Need support")},
    KindInfo{FlagKind::ServicesSupported, FlagGroup::TransformVulnerability,
             "services-supported"_L1, QT_TRANSLATE_NOOP("tv::FlagKind", "Services supported")},
    KindInfo{FlagKind::SubstanceMisuse, FlagGroup::TransformVulnerability, "substance-misuse"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Substance misuse")},
    KindInfo{FlagKind::Crime, FlagGroup::TransformVulnerability, "crime"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Crime")},
    KindInfo{FlagKind::AntiSocialBehaviour, FlagGroup::TransformVulnerability,
             "anti-social-behaviour"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Anti-social behaviour")},
    KindInfo{FlagKind::DomesticViolence, FlagGroup::TransformVulnerability, "domestic-violence"_L1,
             QT_TRANSLATE_NOOP("tv::FlagKind", "Domestic violence")},
};
static_assert(enumtable::inEnumOrder(kKinds, FlagKind::DomesticViolence),
              "kKinds lists every FlagKind in its order");

} // namespace

QString stateText(FlagState state)
{
    return enumtable::textOf(kStates, StateContext, state);
}

QString stateWireName(FlagState state)
{
    return QString(enumtable::nameOf(kStates, state));
}

std::optional<FlagState> stateFromWireName(const QString &name)
{
    return enumtable::fromName(kStates, name);
}

FlagGroup groupOf(FlagKind kind)
{
    return enumtable::rowOf(kKinds, kind).group;
}

QString kindText(FlagKind kind)
{
    return enumtable::textOf(kKinds, KindContext, kind);
}

QString kindWireName(FlagKind kind)
{
    return QString(enumtable::nameOf(kKinds, kind));
}

std::optional<FlagKind> kindFromWireName(const QString &name)
{
    return enumtable::fromName(kKinds, name);
}

QList<FlagKind> kindsIn(FlagGroup group)
{
    QList<FlagKind> kinds;
    for (const auto &info : kKinds) {
        if (info.group == group)
            kinds.append(info.value);
    }
    return kinds;
}

QList<FlagKind> allKinds()
{
    return enumtable::valuesOf(kKinds);
}

QList<FlagKindState> currentOrHistoric(const QList<Flag> &all)
{
    QList<FlagKindState> shown;
    for (FlagKind kind : allKinds()) {
        for (const Flag &flag : all) {
            if (flag.kind == kind && flag.state != FlagState::NoInformation) {
                shown.append(FlagKindState{kind, flag.state});
                break;
            }
        }
    }
    return shown;
}

} // namespace tv::flags

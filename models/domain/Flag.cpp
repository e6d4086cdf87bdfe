#include "models/domain/Flag.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace tv::flags {
namespace {

struct KindInfo {
    FlagKind kind;
    FlagGroup group;
    const char *wireName;
    const char *text;
};

// The order here is the display order.
constexpr std::array kKinds{
    KindInfo{FlagKind::ActiveSocialCareOrEarlyHelp, FlagGroup::VulnerabilityCriteria,
             "active-social-care-or-early-help",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Active social care / early help involvement")},
    KindInfo{FlagKind::KnownToSocialCareOrEarlyHelp, FlagGroup::VulnerabilityCriteria,
             "known-to-social-care-or-early-help",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Known to social care / early help")},
    KindInfo{FlagKind::KnownToOtherSupportingServices, FlagGroup::VulnerabilityCriteria,
             "known-to-other-supporting-services",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Known to other supporting services")},
    KindInfo{FlagKind::ChildLookedAfter, FlagGroup::IndividualFlags, "child-looked-after",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Child looked after")},
    KindInfo{FlagKind::ChildProtection, FlagGroup::IndividualFlags, "child-protection",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Child protection")},
    KindInfo{FlagKind::ChildInNeed, FlagGroup::IndividualFlags, "child-in-need",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Child in need")},
    KindInfo{FlagKind::YoungCarer, FlagGroup::IndividualFlags, "young-carer",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Young carer")},
    KindInfo{FlagKind::EducationHealthCarePlan, FlagGroup::IndividualFlags,
             "education-health-care-plan",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Education, health and care plan")},
    KindInfo{FlagKind::SenOrDisabilitySupport, FlagGroup::IndividualFlags,
             "sen-or-disability-support",
             QT_TRANSLATE_NOOP("tv::FlagKind", "SEN / children with disability support")},
    KindInfo{FlagKind::SafeguardingNotifications, FlagGroup::IndividualFlags,
             "safeguarding-notifications",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Safeguarding notifications")},
    KindInfo{FlagKind::Education, FlagGroup::TransformVulnerability, "education",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Education")},
    KindInfo{FlagKind::Health, FlagGroup::TransformVulnerability, "health",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Health")},
    KindInfo{FlagKind::Worklessness, FlagGroup::TransformVulnerability, "worklessness",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Worklessness")},
    KindInfo{FlagKind::NeedSupport, FlagGroup::TransformVulnerability, "need-support",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Need support")},
    KindInfo{FlagKind::ServicesSupported, FlagGroup::TransformVulnerability, "services-supported",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Services supported")},
    KindInfo{FlagKind::SubstanceMisuse, FlagGroup::TransformVulnerability, "substance-misuse",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Substance misuse")},
    KindInfo{FlagKind::Crime, FlagGroup::TransformVulnerability, "crime",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Crime")},
    KindInfo{FlagKind::AntiSocialBehaviour, FlagGroup::TransformVulnerability,
             "anti-social-behaviour", QT_TRANSLATE_NOOP("tv::FlagKind", "Anti-social behaviour")},
    KindInfo{FlagKind::DomesticViolence, FlagGroup::TransformVulnerability, "domestic-violence",
             QT_TRANSLATE_NOOP("tv::FlagKind", "Domestic violence")},
};

const KindInfo &infoOf(FlagKind kind)
{
    for (const auto &info : kKinds) {
        if (info.kind == kind)
            return info;
    }
    Q_UNREACHABLE();
}

} // namespace

QString stateText(FlagState state)
{
    switch (state) {
    case FlagState::NoInformation:
        return QCoreApplication::translate("tv::FlagState", "No information on database");
    case FlagState::Historic:
        return QCoreApplication::translate("tv::FlagState", "Historic");
    case FlagState::Current:
        return QCoreApplication::translate("tv::FlagState", "Current");
    }
    Q_UNREACHABLE();
}

QString stateWireName(FlagState state)
{
    switch (state) {
    case FlagState::NoInformation:
        return u"no-information"_s;
    case FlagState::Historic:
        return u"historic"_s;
    case FlagState::Current:
        return u"current"_s;
    }
    Q_UNREACHABLE();
}

std::optional<FlagState> stateFromWireName(const QString &name)
{
    for (auto state : {FlagState::NoInformation, FlagState::Historic, FlagState::Current}) {
        if (stateWireName(state) == name)
            return state;
    }
    return std::nullopt;
}

FlagGroup groupOf(FlagKind kind)
{
    return infoOf(kind).group;
}

QString kindText(FlagKind kind)
{
    return QCoreApplication::translate("tv::FlagKind", infoOf(kind).text);
}

QString kindWireName(FlagKind kind)
{
    return QString::fromLatin1(infoOf(kind).wireName);
}

std::optional<FlagKind> kindFromWireName(const QString &name)
{
    for (const auto &info : kKinds) {
        if (name == QLatin1StringView(info.wireName))
            return info.kind;
    }
    return std::nullopt;
}

QList<FlagKind> kindsIn(FlagGroup group)
{
    QList<FlagKind> kinds;
    for (const auto &info : kKinds) {
        if (info.group == group)
            kinds.append(info.kind);
    }
    return kinds;
}

QList<FlagKind> allKinds()
{
    QList<FlagKind> kinds;
    kinds.reserve(qsizetype(kKinds.size()));
    for (const auto &info : kKinds)
        kinds.append(info.kind);
    return kinds;
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

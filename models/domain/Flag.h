#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tv {

// The only three ways the product may show a flag (Appendix C 7.3, 14.2.4). The underlying
// record never leaves the service.
enum class FlagState { NoInformation, Historic, Current };

// The three groups of flags of a person view (Appendix C 7.6-7.8).
enum class FlagGroup { VulnerabilityCriteria, IndividualFlags, TransformVulnerability };

// Every flag the product knows, in display order within its group.
enum class FlagKind {
    // 7.6 Vulnerability criteria
    ActiveSocialCareOrEarlyHelp,
    KnownToSocialCareOrEarlyHelp,
    KnownToOtherSupportingServices,
    // 7.7 Individual flags
    ChildLookedAfter,
    ChildProtection,
    ChildInNeed,
    YoungCarer,
    EducationHealthCarePlan,
    SenOrDisabilitySupport,
    SafeguardingNotifications,
    // 7.8 Transform vulnerability
    Education,
    Health,
    Worklessness,
    NeedSupport,
    ServicesSupported,
    SubstanceMisuse,
    Crime,
    AntiSocialBehaviour,
    DomesticViolence,
};

struct Flag {
    FlagKind kind = FlagKind::ActiveSocialCareOrEarlyHelp;
    FlagState state = FlagState::NoInformation;
    bool assessed = false;           // whether an assessment took place (14.2.4)
    std::optional<QString> assessor; // who did it, where given

    friend bool operator==(const Flag &, const Flag &) = default;
};

// A flag named with its state and nothing more (no assessment, no assessor): what a one-line
// summary of someone's flags may say, e.g. a household member's row.
struct FlagKindState {
    FlagKind kind = FlagKind::ActiveSocialCareOrEarlyHelp;
    FlagState state = FlagState::Current;

    friend bool operator==(const FlagKindState &, const FlagKindState &) = default;
};

namespace flags {

// The exact words the seed prescribes, translatable through the "tv::FlagState" context.
QString stateText(FlagState state);
QString stateWireName(FlagState state);
std::optional<FlagState> stateFromWireName(const QString &name);

FlagGroup groupOf(FlagKind kind);
QString kindText(FlagKind kind);
QString kindWireName(FlagKind kind);
std::optional<FlagKind> kindFromWireName(const QString &name);
QList<FlagKind> kindsIn(FlagGroup group);
QList<FlagKind> allKinds();

// The flags of `all` that are Current or Historic, kind and state only, in display order
// (allKinds()); "No information on database" flags are left out.
QList<FlagKindState> currentOrHistoric(const QList<Flag> &all);

} // namespace flags
} // namespace tv

#pragma once

#include "models/domain/Flag.h"

#include <QCoreApplication>
#include <QString>

namespace tv::models {

// The seven groups of a person view (Appendix C 7.5-7.11), in the order the page shows them.
enum class ViewGroup {
    Personal,
    VulnerabilityCriteria,
    IndividualFlags,
    TransformVulnerability,
    Involvements,
    Assessments,
    Education,
};

// Titles of the groups, and the keys an inaccuracy report names one row by.
//
// A report's item is "<group key>/<row>" (see tv::NewInaccuracyReport): the field's wire name for
// personal details ("personal/nhsNumber"), the flag's wire name for a flag
// ("individual-flags/young-carer"), the row's position from 0 in the list the service sent for
// involvements, assessments and education ("involvements/3"). Every model answers its
// ReportItemRole with such a key, so the "report an inaccuracy" action never builds one itself.
class PersonViewGroups final {
    Q_DECLARE_TR_FUNCTIONS(tv::models::PersonViewGroups)

public:
    PersonViewGroups() = delete;

    // "Personal details", "Vulnerability criteria", ..., "Education (attendance)".
    static QString title(ViewGroup group);
    // "personal", "vulnerability-criteria", ..., "education": the service's group keys.
    static QString key(ViewGroup group);
    static ViewGroup ofFlags(FlagGroup group);

    // "<key>/<row>".
    static QString reportItem(ViewGroup group, const QString &row);
    static QString reportItem(ViewGroup group, int row);

    // A report's item in words, for the list of one's reports: "Personal details: NHS number",
    // "Individual flags: Young carer", "Involvements: row 4". An item this client does not know
    // is returned as it is.
    static QString reportItemText(const QString &item);
};

} // namespace tv::models

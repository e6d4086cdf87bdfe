#pragma once

#include "models/domain/Flag.h"
#include "models/domain/Household.h"
#include "models/domain/Person.h"
#include "models/domain/Report.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace tv::models {

class AssessmentModel;
class AttendanceModel;
class CoverageModel;
class FlagModel;
class HouseholdModel;
class InvolvementModel;
class MyReportsModel;
class PersonDetailsModel;

// The one place the client holds person data while a person page is open: it owns one model per
// panel and fills them from the service's answers. The UI keeps no other copy of a PersonView or
// a Household: its widgets show these models (the getters never return null, and each model
// lives as long as this object), and read ids through personId()/householdId().
//
// clear() empties every model, the household and the practitioner's own reports included, and
// is what lock and logout call.
class PersonPageModels final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonPageModels)

public:
    explicit PersonPageModels(QObject *parent = nullptr);
    ~PersonPageModels() override;

    // Shows one person view in every person model. A household shown for another address is
    // cleared; the practitioner's reports are kept.
    void setView(const PersonView &view);
    // Shows the household of the person shown, leaving that person out of its members. Returns
    // false, and shows nothing, for a household that is not the shown person's (an answer that
    // arrives after the page moved on to someone else, or after clear()).
    bool setHousehold(const Household &household);
    void setMyReports(const InaccuracyReportList &reports);
    // Empties every model and forgets the ids. Emits cleared().
    void clear();

    // Whether a person view is shown.
    bool hasView() const;
    QString personId() const;
    QString householdId() const;
    QDate asOf() const;
    // The record at a glance, over every flag group, in one line: "Current: Active social care /
    // early help involvement. Historic: Child in need." (Format::flagsAtAGlance), "No current or
    // historic flags." when every flag is "No information on database"; empty when no one is
    // shown.
    QString flagsAtAGlance() const;

    PersonDetailsModel *details() const;
    FlagModel *flags(FlagGroup group) const;
    InvolvementModel *involvements() const;
    AssessmentModel *assessments() const;
    AttendanceModel *attendance() const;
    CoverageModel *coverage() const;
    HouseholdModel *household() const;
    MyReportsModel *myReports() const;

Q_SIGNALS:
    void viewChanged();
    void cleared();

private:
    QString m_personId;
    QString m_householdId;    // the household of the person shown
    QString m_householdShown; // the household the household model shows, if any
    QDate m_asOf;
    PersonDetailsModel *m_details;
    FlagModel *m_vulnerabilityCriteria;
    FlagModel *m_individualFlags;
    FlagModel *m_transformVulnerability;
    InvolvementModel *m_involvements;
    AssessmentModel *m_assessments;
    AttendanceModel *m_attendance;
    CoverageModel *m_coverage;
    HouseholdModel *m_household;
    MyReportsModel *m_myReports;
};

} // namespace tv::models

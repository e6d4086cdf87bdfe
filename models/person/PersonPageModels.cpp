#include "models/person/PersonPageModels.h"

#include "models/common/Format.h"
#include "models/household/HouseholdModel.h"
#include "models/person/AssessmentModel.h"
#include "models/person/AttendanceModel.h"
#include "models/person/CoverageModel.h"
#include "models/person/FlagModel.h"
#include "models/person/InvolvementModel.h"
#include "models/person/PersonDetailsModel.h"
#include "models/reports/MyReportsModel.h"

using namespace Qt::StringLiterals;

namespace tv::models {

PersonPageModels::PersonPageModels(QObject *parent)
    : QObject(parent)
    , m_details(new PersonDetailsModel(this))
    , m_vulnerabilityCriteria(new FlagModel(FlagGroup::VulnerabilityCriteria, this))
    , m_individualFlags(new FlagModel(FlagGroup::IndividualFlags, this))
    , m_transformVulnerability(new FlagModel(FlagGroup::TransformVulnerability, this))
    , m_involvements(new InvolvementModel(this))
    , m_assessments(new AssessmentModel(this))
    , m_attendance(new AttendanceModel(this))
    , m_coverage(new CoverageModel(this))
    , m_household(new HouseholdModel(this))
    , m_myReports(new MyReportsModel(this))
{
    m_details->setObjectName(u"personDetailsModel"_s);
    m_vulnerabilityCriteria->setObjectName(u"vulnerabilityCriteriaModel"_s);
    m_individualFlags->setObjectName(u"individualFlagsModel"_s);
    m_transformVulnerability->setObjectName(u"transformVulnerabilityModel"_s);
    m_involvements->setObjectName(u"involvementsModel"_s);
    m_assessments->setObjectName(u"assessmentsModel"_s);
    m_attendance->setObjectName(u"attendanceModel"_s);
    m_coverage->setObjectName(u"coverageModel"_s);
    m_household->setObjectName(u"householdModel"_s);
    m_myReports->setObjectName(u"myReportsModel"_s);
}

PersonPageModels::~PersonPageModels() = default;

void PersonPageModels::setView(const PersonView &view)
{
    m_personId = view.details.id;
    m_householdId = view.details.householdId;
    m_asOf = view.asOf;
    m_details->setDetails(view.details);
    m_vulnerabilityCriteria->setFlags(view.flags);
    m_individualFlags->setFlags(view.flags);
    m_transformVulnerability->setFlags(view.flags);
    m_involvements->setRows(view.involvements);
    m_assessments->setRows(view.assessments);
    m_attendance->setRows(view.attendance);
    m_coverage->setRows(view.coverage);
    if (m_householdShown != m_householdId) {
        m_household->clear();
        m_householdShown.clear();
    }
    Q_EMIT viewChanged();
}

bool PersonPageModels::setHousehold(const Household &household)
{
    if (m_householdId.isEmpty() || household.id != m_householdId)
        return false;
    m_household->setHousehold(household, m_personId);
    m_householdShown = household.id;
    return true;
}

void PersonPageModels::setMyReports(const InaccuracyReportList &reports)
{
    m_myReports->setRows(reports.reports);
}

void PersonPageModels::clear()
{
    m_personId.clear();
    m_householdId.clear();
    m_householdShown.clear();
    m_asOf = {};
    m_details->clear();
    m_vulnerabilityCriteria->clear();
    m_individualFlags->clear();
    m_transformVulnerability->clear();
    m_involvements->clear();
    m_assessments->clear();
    m_attendance->clear();
    m_coverage->clear();
    m_household->clear();
    m_myReports->clear();
    Q_EMIT cleared();
}

bool PersonPageModels::hasView() const
{
    return !m_details->isEmpty();
}

QString PersonPageModels::personId() const
{
    return m_personId;
}

QString PersonPageModels::householdId() const
{
    return m_householdId;
}

QDate PersonPageModels::asOf() const
{
    return m_asOf;
}

QString PersonPageModels::flagsAtAGlance() const
{
    if (!hasView())
        return {};
    QList<Flag> all;
    for (const FlagModel *group :
         {m_vulnerabilityCriteria, m_individualFlags, m_transformVulnerability}) {
        for (int row = 0; row < group->rowCount(); ++row)
            all.append(*group->rowAt(row));
    }
    const QString named = Format::flagsAtAGlance(flags::currentOrHistoric(all));
    return named.isEmpty() ? tr("No current or historic flags.") : named;
}

PersonDetailsModel *PersonPageModels::details() const
{
    return m_details;
}

FlagModel *PersonPageModels::flags(FlagGroup group) const
{
    switch (group) {
    case FlagGroup::VulnerabilityCriteria:
        return m_vulnerabilityCriteria;
    case FlagGroup::IndividualFlags:
        return m_individualFlags;
    case FlagGroup::TransformVulnerability:
        return m_transformVulnerability;
    }
    Q_UNREACHABLE();
}

InvolvementModel *PersonPageModels::involvements() const
{
    return m_involvements;
}

AssessmentModel *PersonPageModels::assessments() const
{
    return m_assessments;
}

AttendanceModel *PersonPageModels::attendance() const
{
    return m_attendance;
}

CoverageModel *PersonPageModels::coverage() const
{
    return m_coverage;
}

HouseholdModel *PersonPageModels::household() const
{
    return m_household;
}

MyReportsModel *PersonPageModels::myReports() const
{
    return m_myReports;
}

} // namespace tv::models

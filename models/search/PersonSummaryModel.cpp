#include "models/search/PersonSummaryModel.h"

#include "models/common/Format.h"

namespace tv::models {

PersonSummaryModel::PersonSummaryModel(QObject *parent)
    : RowTableModel(
          SortRole,
          {{QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Name"), &nameText,
            [](const PersonSummary &p) {
                return QVariant(p.displayName);
            }},
           dateColumn(QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Date of birth"),
                      &PersonSummary::dateOfBirth),
           {QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Age"),
            [this](const PersonSummary &p) { return ageText(p); },
            [this](const PersonSummary &p) {
                return QVariant(ageOf(p));
            }},
           // A value the service does not have reads "Not recorded" (as in every panel), but
           // sorts as empty: together, first, rather than among the "N"s.
           {QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Area"),
            [](const PersonSummary &p) { return Format::orNotRecorded(p.partialAddress); },
            [](const PersonSummary &p) {
                return QVariant(p.partialAddress.trimmed());
            }},
           {QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Current school"),
            [](const PersonSummary &p) { return Format::orNotRecorded(p.currentSchool); },
            [](const PersonSummary &p) {
                return QVariant(p.currentSchool.value_or(QString()).trimmed());
            }}},
          parent)
{}

void PersonSummaryModel::setResults(QList<PersonSummary> results, QDate asOf)
{
    m_asOf = asOf;
    setRows(std::move(results));
}

QString PersonSummaryModel::restrictedDescription()
{
    return tr("Restricted: this person's record is closed while a dispute about it is "
              "considered, so it cannot be opened. Contact your Transform team if you need it.");
}

const PersonSummary *PersonSummaryModel::personAt(int row) const
{
    return rowAt(row);
}

int PersonSummaryModel::ageOf(const PersonSummary &p) const
{
    return ageOn(p.dateOfBirth, m_asOf.isValid() ? m_asOf : QDate::currentDate());
}

QString PersonSummaryModel::nameText(const PersonSummary &p)
{
    if (p.restricted) {
        //: A search result whose record is restricted (Appendix C 13.6).
        return tr("%1 (Restricted)").arg(Format::orNotRecorded(p.displayName));
    }
    return Format::orNotRecorded(p.displayName);
}

QString PersonSummaryModel::ageText(const PersonSummary &p) const
{
    const int age = ageOf(p);
    if (age < 0)
        return Format::notRecorded();
    if (age == 0)
        return tr("Under 1");
    return QString::number(age);
}

QVariant PersonSummaryModel::cellRole(int row, int column, int role) const
{
    const PersonSummary &p = *rowAt(row);
    if (role == PersonIdRole)
        return p.id;
    if (role == RestrictedRole)
        return p.restricted;
    if (role == Qt::AccessibleDescriptionRole || role == Qt::ToolTipRole)
        return p.restricted ? QVariant(restrictedDescription()) : QVariant();
    if (role == Qt::AccessibleTextRole && column == AgeColumn) {
        // The age read aloud; an unknown age reads its shown words.
        const int age = ageOf(p);
        if (age < 0)
            return {};
        if (age == 0)
            return tr("Under 1 year old");
        if (age == 1)
            return tr("1 year old");
        return tr("%n years old", nullptr, age);
    }
    return {};
}

} // namespace tv::models

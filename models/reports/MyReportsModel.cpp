#include "models/reports/MyReportsModel.h"

#include "models/common/Format.h"
#include "models/person/PersonViewGroup.h"

namespace tv::models {

MyReportsModel::MyReportsModel(QObject *parent)
    : RowTableModel(SortRole,
                    {{QT_TRANSLATE_NOOP("tv::models::MyReportsModel", "Person"), &subjectText},
                     {QT_TRANSLATE_NOOP("tv::models::MyReportsModel", "About"),
                      [](const InaccuracyReport &report) {
                          return PersonViewGroups::reportItemText(report.item);
                      }},
                     {QT_TRANSLATE_NOOP("tv::models::MyReportsModel", "Report"),
                      [](const InaccuracyReport &report) {
                          return report.description;
                      }},
                     {QT_TRANSLATE_NOOP("tv::models::MyReportsModel", "Status"),
                      [](const InaccuracyReport &report) { return statusText(report.status); },
                      [](const InaccuracyReport &report) {
                          return QVariant(int(report.status));
                      }},
                     {QT_TRANSLATE_NOOP("tv::models::MyReportsModel", "Reported on"),
                      [](const InaccuracyReport &report) {
                          return Format::date(report.createdAt.toLocalTime().date());
                      },
                      [](const InaccuracyReport &report) {
                          return QVariant(report.createdAt);
                      }}},
                    parent)
{}

QString MyReportsModel::statusText(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Open:
        return tr("Open", "an inaccuracy report not yet acted on");
    case ReportStatus::Forwarded:
        return tr("Forwarded to the data owner");
    case ReportStatus::Resolved:
        return tr("Resolved");
    }
    Q_UNREACHABLE();
}

QString MyReportsModel::subjectText(const InaccuracyReport &report)
{
    if (!report.subject)
        return tr("Not shown", "whom a report is about, when the service did not say");
    const QString person =
        Format::personWithBirth(report.subject->displayName, report.subject->dateOfBirth);
    return report.subject->restricted ? tr("%1 (restricted record)").arg(person) : person;
}

QVariant MyReportsModel::cellRole(int row, int column, int role) const
{
    const InaccuracyReport &report = *rowAt(row);
    switch (role) {
    case ReportIdRole:
        return report.id;
    case PersonIdRole:
        return report.personId;
    case StatusRole:
        return QVariant::fromValue(report.status);
    case SubjectRestrictedRole:
        return report.subject && report.subject->restricted;
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole:
        if (column == PersonColumn && !report.subject) {
            return tr("The service did not say whom this report is about: it names people only "
                      "while your access to records is current.");
        }
        if (column == PersonColumn && report.subject->restricted) {
            return tr("This record is restricted while a request about it is considered.");
        }
        // How it was resolved, where the Transform team said.
        if (column == StatusColumn && report.resolution && !report.resolution->isEmpty())
            return tr("Resolution: %1").arg(*report.resolution);
        return {};
    default:
        return {};
    }
}

} // namespace tv::models

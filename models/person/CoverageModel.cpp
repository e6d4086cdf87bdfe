#include "models/person/CoverageModel.h"

#include "models/common/Format.h"

namespace tv::models {

CoverageModel::CoverageModel(QObject *parent)
    : RowTableModel(SortRole,
                    {{QT_TRANSLATE_NOOP("tv::models::CoverageModel", "Source coverage"), &lineFor,
                      [](const SourceCoverage &source) {
                          return QVariant(source.lastUpdated);
                      }}},
                    parent)
{}

QStringList CoverageModel::lines() const
{
    QStringList lines;
    for (int row = 0; row < rowCount(); ++row)
        lines.append(lineFor(*rowAt(row)));
    return lines;
}

QString CoverageModel::lineFor(const SourceCoverage &source)
{
    return tr("%1: covers %2, last updated %3", "source: covers <date range>, last updated <date>")
        .arg(Format::orNotRecorded(source.name),
             Format::dateRange(source.coversFrom, source.coversTo),
             Format::date(source.lastUpdated));
}

QVariant CoverageModel::cellRole(int row, int column, int role) const
{
    Q_UNUSED(column)
    const SourceCoverage &source = *rowAt(row);
    switch (role) {
    case SourceNameRole:
        return source.name;
    case OwnerRole:
        return source.owner;
    case Qt::AccessibleTextRole:
        return tr("%1: covers %2, last updated %3",
                  "source: covers <date range read aloud>, last updated <date>")
            .arg(Format::orNotRecorded(source.name),
                 Format::spokenDateRange(source.coversFrom, source.coversTo),
                 Format::date(source.lastUpdated));
    default:
        return {};
    }
}

} // namespace tv::models

#pragma once

#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Person.h"

#include <QList>
#include <QStringList>

namespace tv::models {

// What each source behind a person view covers and how fresh it is: one line per source,
// "<source>: covers <from> – <to>, last updated <date>", in the order the service sent them.
class CoverageModel final : public RowTableModel<SourceCoverage> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageModel)

public:
    enum Column { LineColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // QDate: when the source was last updated
        SourceNameRole,          // QString
        OwnerRole,               // QString: who owns the source
    };

    explicit CoverageModel(QObject *parent = nullptr);

    // setRows(QList<SourceCoverage>), clear() and rowAt() come from RowTableModel.

    // Every line, for a view that shows them as one label.
    QStringList lines() const;

    static QString lineFor(const SourceCoverage &source);

protected:
    QVariant cellRole(int row, int column, int role) const override;
};

} // namespace tv::models

#include "ui/person/RecordPanel.h"

#include "ui/common/ReadOnlyView.h"

#include <QHeaderView>
#include <QTableView>

namespace tv::ui {
namespace {

// How many rows a long table's ResizeToContents columns look at: enough for a fair width,
// few enough that 500 involvements lay out as fast as 5.
constexpr int kSizingSample = 50;

} // namespace

QTableView *newRecordPanel(const QString &objectName, bool fitsRows, QWidget *parent)
{
    auto *view = new ReadOnlyTableView(parent);
    view->setObjectName(objectName);
    makeReadOnly(view);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->horizontalHeader()->setResizeContentsPrecision(kSizingSample);
    if (fitsRows) {
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    return view;
}

int contentsWidth(const QTableView *view)
{
    int width = 2 * view->frameWidth();
    const QAbstractItemModel *model = view->model();
    if (!model)
        return width;
    // What the header's ResizeToContents gives each column (QTableView's own hint for a column
    // is protected there, public in the base class).
    const QAbstractItemView *base = view;
    const QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        int widest = std::max(header->isHidden() ? 0 : header->sectionSizeHint(column),
                              base->sizeHintForColumn(column));
        // A stretched last section is never narrower than the header's default section.
        if (header->stretchLastSection() && column == model->columnCount() - 1)
            widest = std::max(widest, header->defaultSectionSize());
        width += widest;
    }
    return width;
}

void fitToRows(QTableView *view)
{
    const int rows = view->model() ? view->model()->rowCount() : 0;
    const int header =
        view->horizontalHeader()->isHidden() ? 0 : view->horizontalHeader()->sizeHint().height();
    const int height =
        2 * view->frameWidth() + header + std::max(rows, 1) * readOnlyRowHeight(view);
    view->setFixedHeight(height);
    view->setMinimumWidth(contentsWidth(view));
}

} // namespace tv::ui

#include "ui/reports/MyReportsPanel.h"

#include "models/reports/MyReportsModel.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageScroll.h"
#include "ui/common/ReadOnlyView.h"
#include "ui/common/Retranslate.h"
#include "ui/common/StateLine.h"
#include "ui_MyReportsPanel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace tv::ui {

using models::MyReportsModel;

MyReportsPanel::MyReportsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MyReportsPanel>())
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"myReportsPanel"_s);
    m_ui->setupUi(scrollingContent(this, u"myReportsPanel"_s));
    // The page hands its focus to the table. Qt puts such a page just before its first child
    // widget in the focus chain: the scroll area, made before the form's controls, so they stay
    // in the window's one ring. (A scroll area made after them once left them a ring of their
    // own that Tab never left: Sign out was out of reach.)
    setFocusProxy(m_ui->reportsTable);
    m_proxy->setObjectName(u"reportsSortModel"_s);
    markHeading(m_ui->myReportsHeading, 1);

    m_proxy->setSortRole(MyReportsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_ui->reportsTable->setModel(m_proxy);
    makeReadOnly(m_ui->reportsTable);
    m_ui->reportsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->reportsTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->reportsTable->horizontalHeader()->setSortIndicatorClearable(true);
    m_ui->reportsTable->setSortingEnabled(true);
    // The columns fit their words; the report's own words take the room left (setModel).
    m_ui->reportsTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->reportsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MyReportsPanel::refreshRequested);
    connect(m_ui->backButton, &QPushButton::clicked, this, &MyReportsPanel::backRequested);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MyReportsPanel::showCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MyReportsPanel::showCurrent);
    connect(m_ui->reportsTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MyReportsPanel::showCurrent);

    retranslate();
}

MyReportsPanel::~MyReportsPanel() = default;

void MyReportsPanel::setModel(models::MyReportsModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        m_ui->reportsTable->horizontalHeader()->setSectionResizeMode(
            MyReportsModel::DescriptionColumn, QHeaderView::Stretch);
    }
    m_proxy->sort(m_ui->reportsTable->horizontalHeader()->sortIndicatorSection(),
                  m_ui->reportsTable->horizontalHeader()->sortIndicatorOrder());
    showCount();
    showCurrent();
}

void MyReportsPanel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_ui->refreshButton->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_ui->reportsState->show(StateLine::State::Busy, tr("Loading your reports…"));
    } else {
        unsetCursor();
        showCount();
    }
}

bool MyReportsPanel::isBusy() const
{
    return m_busy;
}

void MyReportsPanel::showError(const QString &message)
{
    setBusy(false);
    m_ui->reportsState->show(StateLine::State::Error, message);
}

QString MyReportsPanel::stateText() const
{
    return m_ui->reportsState->text();
}

void MyReportsPanel::changeEvent(QEvent *event)
{
    // The form is set up on the scrolling content.
    retranslateForm(event, *m_ui, m_ui->myReportsHeading->parentWidget(),
                    [this] { retranslate(); });
    QWidget::changeEvent(event);
}

void MyReportsPanel::retranslate()
{
    // The fixed words are the form's (retranslateUi); the state line's and the report's here.
    m_ui->reportsState->setAccessibleTitle(tr("Reports status"));
    if (m_busy)
        m_ui->reportsState->show(StateLine::State::Busy, tr("Loading your reports…"));
    else if (m_ui->reportsState->state() != StateLine::State::Error)
        showCount();
    showCurrent();
}

void MyReportsPanel::showCount()
{
    if (m_busy)
        return;
    const int count = m_proxy->rowCount();
    if (count == 0)
        m_ui->reportsState->show(StateLine::State::Information,
                                 tr("You have not reported any inaccuracies yet."));
    else if (count == 1)
        m_ui->reportsState->show(StateLine::State::Information, tr("1 report."));
    else
        m_ui->reportsState->show(StateLine::State::Information, tr("%n reports.", nullptr, count));
}

void MyReportsPanel::showCurrent()
{
    const QModelIndex current = m_ui->reportsTable->currentIndex();
    if (!current.isValid()) {
        m_ui->reportDetailLabel->clear();
        m_ui->reportDetailLabel->setAccessibleDescription(QString());
        m_ui->reportDetailLabel->setVisible(false);
        return;
    }
    const auto cell = [&](int column, int role) {
        return current.siblingAtColumn(column).data(role).toString();
    };
    const QString person = cell(MyReportsModel::PersonColumn, Qt::DisplayRole);
    const QString about = cell(MyReportsModel::ItemColumn, Qt::DisplayRole);
    const QString report = cell(MyReportsModel::DescriptionColumn, Qt::DisplayRole);
    const QString status = cell(MyReportsModel::StatusColumn, Qt::DisplayRole);
    const QString resolution = cell(MyReportsModel::StatusColumn, Qt::ToolTipRole);
    const QString words = resolution.isEmpty()
                              ? tr("Person: %1\nAbout: %2\nYou wrote: %3\nStatus: %4")
                                    .arg(person, about, report, status)
                              : tr("Person: %1\nAbout: %2\nYou wrote: %3\nStatus: %4\n%5")
                                    .arg(person, about, report, status, resolution);
    m_ui->reportDetailLabel->setText(words);
    m_ui->reportDetailLabel->setAccessibleDescription(words);
    m_ui->reportDetailLabel->setVisible(true);
}

} // namespace tv::ui

#include "ui/reports/MyReportsPanel.h"

#include "models/reports/MyReportsModel.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageScroll.h"
#include "ui/common/ReadOnlyView.h"
#include "ui/common/StateLine.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tv::ui {

using models::MyReportsModel;

MyReportsPanel::MyReportsPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_state(new StateLine(u"reportsState"_s, this))
    , m_table(new ReadOnlyTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_detail(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(u"myReportsPanel"_s);
    // Before the controls move into the scrolling content: Qt puts a page that hands its focus to
    // a child just before its first child widget in the focus chain, and once the controls have
    // moved that child is the scroll area, which left the controls in a ring of their own that
    // Tab never left (Sign out was out of reach).
    setFocusProxy(m_table);
    m_heading->setObjectName(u"myReportsHeading"_s);
    m_intro->setObjectName(u"myReportsIntro"_s);
    m_table->setObjectName(u"reportsTable"_s);
    m_proxy->setObjectName(u"reportsSortModel"_s);
    m_detail->setObjectName(u"reportDetailLabel"_s);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_back->setObjectName(u"backButton"_s);

    for (QLabel *label : {m_heading, m_intro, m_detail}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    }
    markHeading(m_heading, 1);
    m_refresh->setAutoDefault(false);
    m_back->setAutoDefault(false);

    m_proxy->setSortRole(MyReportsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table->setModel(m_proxy);
    makeReadOnly(m_table);
    m_table->setContextMenuPolicy(Qt::NoContextMenu);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    // The columns fit their words; the report's own words take the room left (setModel).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(scrollingContent(this, u"myReportsPanel"_s));
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    QWidget::setTabOrder(m_table, m_refresh);
    QWidget::setTabOrder(m_refresh, m_back);

    connect(m_refresh, &QPushButton::clicked, this, &MyReportsPanel::refreshRequested);
    connect(m_back, &QPushButton::clicked, this, &MyReportsPanel::backRequested);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MyReportsPanel::showCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MyReportsPanel::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MyReportsPanel::showCurrent);

    retranslate();
}

MyReportsPanel::~MyReportsPanel() = default;

void MyReportsPanel::setModel(models::MyReportsModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        m_table->horizontalHeader()->setSectionResizeMode(MyReportsModel::DescriptionColumn,
                                                          QHeaderView::Stretch);
    }
    m_proxy->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                  m_table->horizontalHeader()->sortIndicatorOrder());
    showCount();
    showCurrent();
}

void MyReportsPanel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_refresh->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_state->show(StateLine::State::Busy, tr("Loading your reports…"));
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
    m_state->show(StateLine::State::Error, message);
}

QString MyReportsPanel::stateText() const
{
    return m_state->text();
}

void MyReportsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MyReportsPanel::retranslate()
{
    m_heading->setText(tr("My inaccuracy reports"));
    m_intro->setText(tr("The reports you have sent about records, and what the Transform team "
                        "has done with each."));
    m_state->setAccessibleTitle(tr("Reports status"));
    m_table->setAccessibleName(tr("My inaccuracy reports"));
    m_table->setAccessibleDescription(
        tr("One row per report: whom and what it is about, what you wrote, its status and when "
           "you sent it. The selected report is shown in full below the table."));
    m_detail->setAccessibleName(tr("Selected report"));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setAccessibleDescription(tr("Fetch the latest status of your reports."));
    m_back->setText(tr("&Back"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("Go back to where you were."));
    if (m_busy)
        m_state->show(StateLine::State::Busy, tr("Loading your reports…"));
    else if (m_state->state() != StateLine::State::Error)
        showCount();
    showCurrent();
}

void MyReportsPanel::showCount()
{
    if (m_busy)
        return;
    const int count = m_proxy->rowCount();
    if (count == 0)
        m_state->show(StateLine::State::Information,
                      tr("You have not reported any inaccuracies yet."));
    else if (count == 1)
        m_state->show(StateLine::State::Information, tr("1 report."));
    else
        m_state->show(StateLine::State::Information, tr("%n reports.", nullptr, count));
}

void MyReportsPanel::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        m_detail->setAccessibleDescription(QString());
        m_detail->setVisible(false);
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
    m_detail->setText(words);
    m_detail->setAccessibleDescription(words);
    m_detail->setVisible(true);
}

} // namespace tv::ui

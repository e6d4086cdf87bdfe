#include "ui/person/PersonPage.h"

#include "models/common/Format.h"
#include "models/household/HouseholdModel.h"
#include "models/person/AssessmentModel.h"
#include "models/person/AttendanceModel.h"
#include "models/person/CoverageModel.h"
#include "models/person/FlagModel.h"
#include "models/person/InvolvementModel.h"
#include "models/person/PersonDetailsModel.h"
#include "models/person/PersonPageModels.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageScroll.h"
#include "ui/common/ReadOnlyView.h"
#include "ui/common/StateLine.h"
#include "ui/household/HouseholdPanel.h"
#include "ui/person/AttendanceChart.h"
#include "ui/person/FlagStateIcons.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tv::ui {

using models::AssessmentModel;
using models::AttendanceModel;
using models::FlagModel;
using models::Format;
using models::InvolvementModel;
using models::PersonDetailsModel;

namespace {

// How many rows a long table's ResizeToContents columns look at: enough for a fair width,
// few enough that 500 involvements lay out as fast as 5.
constexpr int kSizingSample = 50;

enum Tab { FlagsTab, InvolvementsTab, AssessmentsTab, AttendanceTab, HouseholdTab };

QLabel *newTitle(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    markHeading(label, 2);
    return label;
}

QLabel *newMessage(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

// The words of a row as shown, cell after cell.
QString rowSummary(const QModelIndex &index)
{
    const QAbstractItemModel *model = index.model();
    QStringList cells;
    for (int column = 0; column < model->columnCount(index.parent()); ++column) {
        const QString text =
            model->index(index.row(), column, index.parent()).data(Qt::DisplayRole).toString();
        if (!text.isEmpty())
            cells.append(text);
    }
    return cells.join(u", "_s);
}

// How wide `view` must be to show every column's header and words in full (the first rows' words,
// as the header's resize precision says).
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

int ageOn(QDate born, QDate on)
{
    int age = on.year() - born.year();
    if (on < born.addYears(age))
        --age;
    return age;
}

} // namespace

PersonPage::PersonPage(QWidget *parent)
    : PersonPage(nullptr, parent)
{}

PersonPage::PersonPage(models::PersonPageModels *models, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"personPage"_s);
    buildHeader();
    buildTabs();

    // The record scrolls as a whole where the window is smaller than it.
    auto *layout = new QVBoxLayout(scrollingContent(this, u"personPage"_s));
    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton, 0, Qt::AlignTop);
    auto *who = new QVBoxLayout;
    who->setSpacing(0);
    who->addWidget(m_nameLabel);
    who->addWidget(m_bornLabel);
    who->addWidget(m_glanceLabel);
    top->addLayout(who, 1);
    top->addWidget(m_reportButton, 0, Qt::AlignTop);
    top->addWidget(m_myReportsButton, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    // Page-wide keys: they work from any widget of the page.
    m_reportAction = new QAction(this);
    m_reportAction->setObjectName(u"reportAction"_s);
    m_reportAction->setShortcut(reportShortcut());
    m_reportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_reportAction);
    m_backAction = new QAction(this);
    m_backAction->setObjectName(u"backAction"_s);
    // The platform's Back keys (Alt+Left), but never Backspace: it would throw the record away
    // for a key pressed to correct a typing mistake elsewhere.
    QList<QKeySequence> back = QKeySequence::keyBindings(QKeySequence::Back);
    back.removeIf([](const QKeySequence &keys) { return keys == QKeySequence(Qt::Key_Backspace); });
    if (back.isEmpty())
        back << QKeySequence(Qt::ALT | Qt::Key_Left);
    m_backAction->setShortcuts(back);
    // From anywhere in the window while the record shows (Sign out, the menu bar too).
    m_backAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_backAction);
    // The sections: as shortcuts, so that no table keeps Ctrl+Tab for itself, and the keyboard
    // goes to the section's first panel.
    m_nextTabAction = new QAction(this);
    m_nextTabAction->setObjectName(u"nextSectionAction"_s);
    m_nextTabAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_nextTabAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_nextTabAction);
    m_previousTabAction = new QAction(this);
    m_previousTabAction->setObjectName(u"previousSectionAction"_s);
    m_previousTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                       QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_previousTabAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_previousTabAction);
    // The row menu of the focused panel, as a right click opens it.
    m_rowMenuAction = new QAction(this);
    m_rowMenuAction->setObjectName(u"rowMenuAction"_s);
    m_rowMenuAction->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)});
    m_rowMenuAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_rowMenuAction);

    connect(m_reportAction, &QAction::triggered, this, &PersonPage::reportFocused);
    connect(m_reportButton, &QPushButton::clicked, this, &PersonPage::reportFocused);
    connect(m_backAction, &QAction::triggered, this, &PersonPage::backRequested);
    connect(m_nextTabAction, &QAction::triggered, this, [this] { stepTab(+1); });
    connect(m_previousTabAction, &QAction::triggered, this, [this] { stepTab(-1); });
    connect(m_rowMenuAction, &QAction::triggered, this, [this] {
        for (qsizetype i = 0; i < m_panels.size(); ++i) {
            if (m_panels[i].view->hasFocus())
                showContextMenu(int(i), {});
        }
    });
    connect(m_backButton, &QPushButton::clicked, this, &PersonPage::backRequested);
    connect(m_myReportsButton, &QPushButton::clicked, this, &PersonPage::myReportsRequested);
    connect(m_contactButton, &QPushButton::clicked, this, &PersonPage::contactLeadProfessional);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PersonPage::followTab);
    connect(m_household, &HouseholdPanel::stateChanged, this, &PersonPage::refreshCounts);
    connect(m_household, &HouseholdPanel::memberRequested, this,
            &PersonPage::householdMemberRequested);

    // Tab order: the header, the tabs, then each panel in reading order.
    QList<QWidget *> order{m_backButton,       m_reportButton,  m_myReportsButton, m_tabs,
                           m_detailsView,      m_criteriaView,  m_individualView,  m_transformView,
                           m_involvementsView, m_contactButton, m_assessmentsView, m_attendanceView,
                           m_household->view()};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    retranslate();
    setModels(models);
}

PersonPage::~PersonPage() = default;

QKeySequence PersonPage::reportShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
}

void PersonPage::applyHeadingFont()
{
    // Half as large again as the page's font, and following it when the system font changes.
    QFont heading = font();
    heading.setBold(true);
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.5);
    m_nameLabel->setFont(heading);
}

void PersonPage::buildHeader()
{
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(u"backButton"_s);
    m_backButton->setAutoDefault(false);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(u"personNameLabel"_s);
    m_nameLabel->setTextFormat(Qt::PlainText);
    markHeading(m_nameLabel, 1);
    applyHeadingFont();
    m_bornLabel = new QLabel(this);
    m_bornLabel->setObjectName(u"personBornLabel"_s);
    m_bornLabel->setTextFormat(Qt::PlainText);
    m_bornLabel->setWordWrap(true); // a large font never makes the window wider
    m_glanceLabel = new QLabel(this);
    m_glanceLabel->setObjectName(u"personAtAGlanceLabel"_s);
    m_glanceLabel->setTextFormat(Qt::PlainText);
    m_glanceLabel->setWordWrap(true);
    m_glanceLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_reportButton = new QPushButton(this);
    m_reportButton->setObjectName(u"reportButton"_s);
    m_reportButton->setAutoDefault(false);
    m_myReportsButton = new QPushButton(this);
    m_myReportsButton->setObjectName(u"myReportsButton"_s);
    m_myReportsButton->setAutoDefault(false);
    m_coverageLabel = new QLabel(this);
    m_coverageLabel->setObjectName(u"coverageLabel"_s);
    m_coverageLabel->setTextFormat(Qt::PlainText);
    m_coverageLabel->setWordWrap(true);
}

QTableView *PersonPage::addPanel(const QString &objectName, int reportRole, bool fitsRows)
{
    auto *view = new ReadOnlyTableView(this);
    view->setObjectName(objectName);
    makeReadOnly(view);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->horizontalHeader()->setResizeContentsPrecision(kSizingSample);
    if (fitsRows) {
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    const int index = int(m_panels.size());
    m_panels.append(Panel{view, reportRole, fitsRows});
    view->installEventFilter(this);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, index](const QPoint &pos) { showContextMenu(index, pos); });
    return view;
}

PersonPage::ListTab PersonPage::addListTab(const QString &name, int reportRole)
{
    ListTab list;
    list.tab = new QWidget;
    list.tab->setObjectName(name + u"Tab"_s);
    list.empty = newMessage(name + u"Empty"_s, list.tab);
    list.view = addPanel(name + u"View"_s, reportRole, false);
    list.view->setParent(list.tab);
    list.layout = new QVBoxLayout(list.tab);
    list.layout->addWidget(list.empty);
    list.row = new QHBoxLayout;
    list.row->addWidget(list.view, 1);
    list.layout->addLayout(list.row, 1);
    m_tabs->addTab(list.tab, QString());
    return list;
}

void PersonPage::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"personTabs"_s);
    m_tabs->setDocumentMode(true);

    // Details and flags: four short panels, each as tall as its rows, in two columns; the tab
    // scrolls as a whole when the font is large.
    m_flagsScroll = new QScrollArea;
    m_flagsScroll->setObjectName(u"flagsScroll"_s);
    m_flagsScroll->setWidgetResizable(true);
    m_flagsScroll->setFrameShape(QFrame::NoFrame);
    auto *flagsPage = new QWidget;
    flagsPage->setObjectName(u"flagsPage"_s);
    m_detailsTitle = newTitle(u"detailsTitle"_s, flagsPage);
    m_criteriaTitle = newTitle(u"criteriaTitle"_s, flagsPage);
    m_individualTitle = newTitle(u"individualFlagsTitle"_s, flagsPage);
    m_transformTitle = newTitle(u"transformTitle"_s, flagsPage);
    m_detailsView = addPanel(u"detailsView"_s, PersonDetailsModel::ReportItemRole, true);
    m_criteriaView = addPanel(u"criteriaView"_s, FlagModel::ReportItemRole, true);
    m_individualView = addPanel(u"individualFlagsView"_s, FlagModel::ReportItemRole, true);
    m_transformView = addPanel(u"transformView"_s, FlagModel::ReportItemRole, true);
    m_detailsView->horizontalHeader()->hide(); // label and value: the labels say it all
    m_detailsTitle->setBuddy(m_detailsView);
    m_criteriaTitle->setBuddy(m_criteriaView);
    m_individualTitle->setBuddy(m_individualView);
    m_transformTitle->setBuddy(m_transformView);
    // Two columns, each packed from the top: personal details over the vulnerability criteria,
    // the individual flags over the Transform vulnerability.
    // When the two do not fit side by side (a large font, a narrow window) they stack.
    auto *columns = new QBoxLayout(QBoxLayout::LeftToRight);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    m_flagColumns = columns;
    m_flagColumnLeft = left;
    m_flagColumnRight = right;
    left->addWidget(m_detailsTitle);
    left->addWidget(m_detailsView);
    left->addSpacing(fontMetrics().height() / 2);
    left->addWidget(m_criteriaTitle);
    left->addWidget(m_criteriaView);
    left->addStretch(1);
    right->addWidget(m_individualTitle);
    right->addWidget(m_individualView);
    right->addSpacing(fontMetrics().height() / 2);
    right->addWidget(m_transformTitle);
    right->addWidget(m_transformView);
    right->addStretch(1);
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    // Under both, what each source covers: one line per source, read after the record.
    m_coverageTitle = newTitle(u"coverageTitle"_s, flagsPage);
    m_coverageLabel->setParent(flagsPage);
    auto *page = new QVBoxLayout(flagsPage);
    page->addLayout(columns);
    page->addSpacing(fontMetrics().height() / 2);
    page->addWidget(m_coverageTitle);
    page->addWidget(m_coverageLabel);
    page->addStretch(1);
    m_flagsScroll->setWidget(flagsPage);
    m_flagsScroll->viewport()->installEventFilter(this);
    m_tabs->addTab(m_flagsScroll, QString());

    // Involvements, with the lead professional's contact.
    const ListTab involvements = addListTab(u"involvements"_s, InvolvementModel::ReportItemRole);
    m_involvementsTab = involvements.tab;
    m_involvementsEmpty = involvements.empty;
    m_involvementsView = involvements.view;
    m_contactButton = new QPushButton(m_involvementsTab);
    m_contactButton->setObjectName(u"contactLeadProfessionalButton"_s);
    m_contactButton->setAutoDefault(false);
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contactButton);
    contactRow->addStretch(1);
    involvements.layout->addLayout(contactRow);
    // Where the page says that no mail program took the email, with the address to read.
    m_contactState = new StateLine(u"contactState"_s, m_involvementsTab);
    involvements.layout->addWidget(m_contactState);

    const ListTab assessments = addListTab(u"assessments"_s, AssessmentModel::ReportItemRole);
    m_assessmentsTab = assessments.tab;
    m_assessmentsEmpty = assessments.empty;
    m_assessmentsView = assessments.view;

    // Attendance: the table, and the chart of the same figures beside it.
    const ListTab attendance = addListTab(u"attendance"_s, AttendanceModel::ReportItemRole);
    m_attendanceTab = attendance.tab;
    m_attendanceEmpty = attendance.empty;
    m_attendanceView = attendance.view;
    // Three fifths for the table, but no wider than its columns (see fitPanel): the chart has
    // the rest.
    m_chart = new AttendanceChart(m_attendanceTab);
    attendance.row->setStretchFactor(m_attendanceView, 3);
    attendance.row->addWidget(m_chart, 2);

    m_household = new HouseholdPanel;
    m_tabs->addTab(m_household, QString());
}

void PersonPage::setModels(models::PersonPageModels *models)
{
    if (m_models) {
        disconnect(m_models, nullptr, this, nullptr);
        disconnect(m_models->coverage(), nullptr, this, nullptr);
        disconnect(m_models->household(), nullptr, this, nullptr);
    }
    m_models = models;
    for (const Panel &panel : std::as_const(m_panels)) {
        if (QAbstractItemModel *old = panel.view->model())
            disconnect(old, nullptr, this, nullptr);
    }
    delete m_criteriaProxy;
    delete m_individualProxy;
    delete m_transformProxy;
    m_criteriaProxy = m_individualProxy = m_transformProxy = nullptr;

    const auto flagProxy = [this](FlagModel *source) -> QAbstractItemModel * {
        auto *proxy = new FlagStateIconProxy(this);
        proxy->setSourceModel(source);
        return proxy;
    };
    if (models) {
        m_criteriaProxy = flagProxy(models->flags(FlagGroup::VulnerabilityCriteria));
        m_individualProxy = flagProxy(models->flags(FlagGroup::IndividualFlags));
        m_transformProxy = flagProxy(models->flags(FlagGroup::TransformVulnerability));
    }
    m_detailsView->setModel(models ? models->details() : nullptr);
    m_criteriaView->setModel(m_criteriaProxy);
    m_individualView->setModel(m_individualProxy);
    m_transformView->setModel(m_transformProxy);
    m_involvementsView->setModel(models ? models->involvements() : nullptr);
    m_assessmentsView->setModel(models ? models->assessments() : nullptr);
    m_attendanceView->setModel(models ? models->attendance() : nullptr);
    m_chart->setModel(models ? models->attendance() : nullptr);
    m_household->setModel(models ? models->household() : nullptr);

    for (const Panel &panel : std::as_const(m_panels)) {
        QAbstractItemModel *model = panel.view->model();
        if (!model)
            continue;
        QHeaderView *header = panel.view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setStretchLastSection(true);
        connect(model, &QAbstractItemModel::modelReset, this, [this, panel] {
            fitPanel(panel);
            arrangeFlagColumns();
            refreshCounts();
            refreshActions();
        });
        connect(panel.view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &PersonPage::refreshActions);
        connect(panel.view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, panel] { keepCurrentRowInView(panel); });
        if (panel.view == m_involvementsView) {
            // What the fallback said was about the involvement it was for.
            connect(panel.view->selectionModel(), &QItemSelectionModel::currentChanged,
                    m_contactState, &StateLine::clear);
            connect(model, &QAbstractItemModel::modelReset, m_contactState, &StateLine::clear);
        }
        fitPanel(panel);
    }
    if (models) {
        connect(models->household(), &QAbstractItemModel::modelReset, this,
                &PersonPage::refreshCounts);
        connect(models, &models::PersonPageModels::viewChanged, this, [this] {
            refreshHeader();
            m_household->setState(HouseholdPanel::State::NotLoaded);
            // Another person (a household member too): their record from its top.
            showFromTop();
        });
        connect(models, &models::PersonPageModels::cleared, this, [this] {
            refreshHeader();
            m_household->setState(HouseholdPanel::State::NotLoaded);
        });
        connect(models->coverage(), &QAbstractItemModel::modelReset, this,
                &PersonPage::refreshHeader);
    }
    refreshHeader();
    refreshCounts();
    refreshActions();
}

models::PersonPageModels *PersonPage::models() const
{
    return m_models;
}

HouseholdPanel *PersonPage::householdPanel() const
{
    return m_household;
}

void PersonPage::fitPanel(const Panel &panel)
{
    if (panel.view == m_attendanceView) {
        // Beside the chart: no wider than its columns, so that the chart has all the rest.
        m_attendanceView->setMaximumWidth(
            contentsWidth(m_attendanceView) +
            m_attendanceView->verticalScrollBar()->sizeHint().width());
        return;
    }
    if (!panel.fitsRows)
        return;
    QTableView *view = panel.view;
    const int rows = view->model() ? view->model()->rowCount() : 0;
    const int header =
        view->horizontalHeader()->isHidden() ? 0 : view->horizontalHeader()->sizeHint().height();
    // At least one row's height, so an empty panel does not collapse to a line.
    const int height =
        2 * view->frameWidth() + header + std::max(rows, 1) * readOnlyRowHeight(view);
    view->setFixedHeight(height);
    // As wide as its contents, so the tab scrolls rather than the words being cut.
    view->setMinimumWidth(contentsWidth(view));
}

void PersonPage::arrangeFlagColumns()
{
    const QMargins margins = m_flagColumns->contentsMargins();
    const int sideBySide = m_flagColumnLeft->minimumSize().width() +
                           m_flagColumnRight->minimumSize().width() + m_flagColumns->spacing() +
                           margins.left() + margins.right();
    const auto direction = m_flagsScroll->viewport()->width() >= sideBySide
                               ? QBoxLayout::LeftToRight
                               : QBoxLayout::TopToBottom;
    if (m_flagColumns->direction() != direction)
        m_flagColumns->setDirection(direction);
}

bool PersonPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_flagsScroll->viewport())
        arrangeFlagColumns();
    if (event->type() == QEvent::FocusIn) {
        for (qsizetype i = 0; i < m_panels.size(); ++i) {
            if (m_panels[i].view == watched) {
                m_lastPanel = int(i);
                refreshActions();
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PersonPage::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::FontChange:
        applyHeadingFont();
        for (const Panel &panel : std::as_const(m_panels))
            fitPanel(panel);
        arrangeFlagColumns();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void PersonPage::focusInEvent(QFocusEvent *event)
{
    // Opening the page puts the keyboard on the personal details: arrows move, Ctrl+Tab changes
    // tab, Ctrl+Shift+R reports the row. (Not a focus proxy: Tab into the page would then skip
    // the header and start at the details.)
    QWidget::focusInEvent(event);
    if (m_tabs->currentIndex() == FlagsTab)
        m_detailsView->setFocus(event->reason());
    else
        m_tabs->setFocus(event->reason());
}

void PersonPage::stepTab(int step)
{
    const int count = m_tabs->count();
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
    focusSection();
}

void PersonPage::focusSection()
{
    // The first panel of the section shown; its tab when it has no rows to show.
    QWidget *first = nullptr;
    switch (m_tabs->currentIndex()) {
    case FlagsTab:
        first = m_detailsView;
        break;
    case InvolvementsTab:
        first = m_involvementsView;
        break;
    case AssessmentsTab:
        first = m_assessmentsView;
        break;
    case AttendanceTab:
        first = m_attendanceView;
        break;
    case HouseholdTab:
        first = m_household->view();
        break;
    default:
        break;
    }
    if (!first || !first->isVisibleTo(this))
        first = m_tabs;
    first->setFocus(Qt::TabFocusReason);
}

void PersonPage::showFromTop()
{
    // (A new view resets every model, which forgets each panel's current row.)
    for (const Panel &panel : std::as_const(m_panels))
        panel.view->scrollToTop();
    m_tabs->setCurrentIndex(FlagsTab);
    m_flagsScroll->verticalScrollBar()->setValue(0);
    m_flagsScroll->horizontalScrollBar()->setValue(0);
    // The keyboard, when it is on the page, on the first row of the personal details.
    if (isAncestorOf(QApplication::focusWidget())) {
        focusSection();
        if (m_detailsView->hasFocus() && m_detailsView->model() &&
            m_detailsView->model()->rowCount() > 0)
            m_detailsView->setCurrentIndex(m_detailsView->model()->index(0, 0));
    }
}

void PersonPage::keepCurrentRowInView(const Panel &panel)
{
    // The panels of the first tab are as tall as their rows: the tab scrolls, not the panel.
    const QModelIndex current = panel.view->currentIndex();
    if (!current.isValid() || !m_flagsScroll->widget()->isAncestorOf(panel.view))
        return;
    const QRect row = panel.view->visualRect(current);
    const QPoint centre = panel.view->viewport()->mapTo(m_flagsScroll->widget(), row.center());
    m_flagsScroll->ensureVisible(centre.x(), centre.y(), 0, row.height());
}

void PersonPage::followTab()
{
    // Alt+<the tab's letter> or a click: the keyboard goes with the section (not left on a
    // panel now hidden, which would hand it to the next control in the window); only while the
    // tab bar itself is used with the arrow keys does it stay there.
    if (isVisible() && QApplication::focusWidget() != m_tabs->tabBar() &&
        (!QApplication::focusWidget() ||
         !m_tabs->currentWidget()->isAncestorOf(QApplication::focusWidget())))
        focusSection();
    // The page's "Report an inaccuracy…" acts on a panel the person can see.
    const QWidget *shown = m_tabs->currentWidget();
    if (!shown || shown->isAncestorOf(m_panels[m_lastPanel].view))
        return;
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        if (shown->isAncestorOf(m_panels[i].view)) {
            m_lastPanel = int(i);
            break;
        }
    }
    refreshActions();
}

void PersonPage::showContextMenu(int panel, const std::optional<QPoint> &pos)
{
    QTableView *view = m_panels[panel].view;
    // By keys (no position): the current row's menu, or the first row's.
    if (!pos && !view->currentIndex().isValid() && view->model() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
    QModelIndex index = pos ? view->indexAt(*pos) : QModelIndex();
    if (index.isValid())
        view->setCurrentIndex(index);
    index = view->currentIndex();
    if (!index.isValid())
        return;
    m_lastPanel = panel;
    QMenu menu(this);
    menu.setObjectName(u"personContextMenu"_s);
    QAction *report = menu.addAction(tr("&Report an inaccuracy…"));
    report->setObjectName(u"contextReportAction"_s);
    report->setShortcut(reportShortcut());
    connect(report, &QAction::triggered, this, [this, panel] { reportFrom(panel); });
    if (view == m_involvementsView) {
        QAction *contact = menu.addAction(tr("&Contact lead professional"));
        contact->setObjectName(u"contextContactAction"_s);
        contact->setEnabled(!leadProfessionalEmail().isEmpty());
        connect(contact, &QAction::triggered, this, &PersonPage::contactLeadProfessional);
    }
    view->scrollTo(index);
    menu.exec(view->viewport()->mapToGlobal(view->visualRect(index).center()));
}

void PersonPage::reportFrom(int panel)
{
    const Panel &chosen = m_panels[panel];
    const QModelIndex index = chosen.view->currentIndex();
    if (!index.isValid()) {
        // No row chosen yet: never guess one. Focus the panel, which shows its first row as
        // current, so the next press reports what the person sees.
        if (chosen.view->isVisible())
            chosen.view->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString item = index.data(chosen.reportRole).toString();
    if (item.isEmpty())
        return;
    Q_EMIT reportRequested(item, rowSummary(index));
}

void PersonPage::reportFocused()
{
    // The household lists other people: nothing of this person's record to report there.
    if (m_household->isAncestorOf(QApplication::focusWidget()))
        return;
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        if (m_panels[i].view->hasFocus())
            m_lastPanel = int(i);
    }
    reportFrom(m_lastPanel);
}

QString PersonPage::leadProfessionalEmail() const
{
    const QModelIndex index = m_involvementsView->currentIndex();
    return index.isValid() ? index.data(InvolvementModel::LeadProfessionalEmailRole).toString()
                           : QString();
}

void PersonPage::contactLeadProfessional()
{
    const QString email = leadProfessionalEmail();
    if (email.isEmpty())
        return;
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(email);
    const bool opened = m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url);
    if (opened) {
        m_contactState->clear();
        return;
    }
    m_contactState->show(StateLine::State::Warning,
                         tr("No mail program opened to write this email. Write to the lead "
                            "professional at %1 from your own email.")
                             .arg(email));
}

void PersonPage::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
}

void PersonPage::refreshHeader()
{
    const bool shown = m_models && m_models->hasView();
    m_glanceLabel->setText(m_models ? m_models->flagsAtAGlance() : QString());
    m_glanceLabel->setVisible(shown);
    m_glanceLabel->setAccessibleName(tr("Flags at a glance"));
    m_glanceLabel->setAccessibleDescription(m_glanceLabel->text());
    if (!shown) {
        m_nameLabel->setText(tr("No one is shown"));
        m_bornLabel->clear();
        m_coverageLabel->clear();
        m_coverageLabel->hide();
    } else {
        const PersonDetailsModel *details = m_models->details();
        const QString name = details->displayName();
        m_nameLabel->setText(name.isEmpty() ? Format::notRecorded() : name);
        const QDate born =
            details->index(PersonDetailsModel::DateOfBirthField, PersonDetailsModel::ValueColumn)
                .data(PersonDetailsModel::DateRole)
                .toDate();
        const QDate asOf = m_models->asOf().isValid() ? m_models->asOf() : QDate::currentDate();
        if (born.isValid()) {
            m_bornLabel->setText(tr("Born %1, aged %2 on %3 (the date this view is for)")
                                     .arg(Format::date(born), QLocale().toString(ageOn(born, asOf)),
                                          Format::date(asOf)));
        } else {
            m_bornLabel->setText(
                tr("Date of birth not recorded. This view is for %1.").arg(Format::date(asOf)));
        }
        const QStringList lines = m_models->coverage()->lines();
        m_coverageLabel->setText(lines.isEmpty()
                                     ? tr("The service did not say which sources this view uses.")
                                     : lines.join(u'\n'));
        m_coverageLabel->show();
    }
    m_coverageTitle->setVisible(shown);
    m_nameLabel->setAccessibleName(m_nameLabel->text());
    m_bornLabel->setAccessibleName(m_bornLabel->text());
    m_coverageLabel->setAccessibleName(tr("Sources of this view"));
    m_coverageLabel->setAccessibleDescription(m_coverageLabel->text());
}

void PersonPage::refreshCounts()
{
    const auto rows = [](QTableView *view) {
        return view->model() ? view->model()->rowCount() : 0;
    };
    const bool shown = m_models && m_models->hasView();
    m_tabs->setTabText(InvolvementsTab, tr("&Involvements (%1)").arg(rows(m_involvementsView)));
    m_tabs->setTabText(AssessmentsTab, tr("&Assessments (%1)").arg(rows(m_assessmentsView)));
    m_tabs->setTabText(AttendanceTab, tr("A&ttendance (%1)").arg(rows(m_attendanceView)));
    // The household's count only once it is loaded: "(0)" would claim no one else lives there.
    m_tabs->setTabText(HouseholdTab, m_household->state() == HouseholdPanel::State::Loaded
                                         ? tr("Ho&usehold (%1)").arg(rows(m_household->view()))
                                         : tr("Ho&usehold"));
    const auto empty = [shown, &rows](QLabel *label, QTableView *view, const QString &text) {
        const bool none = shown && rows(view) == 0;
        label->setText(text);
        label->setVisible(none);
        view->setVisible(!none);
    };
    empty(m_involvementsEmpty, m_involvementsView,
          tr("No involvements are recorded in the period this view covers."));
    empty(m_assessmentsEmpty, m_assessmentsView,
          tr("No assessments are recorded in the period this view covers."));
    empty(m_attendanceEmpty, m_attendanceView, tr("No attendance is recorded."));
    m_contactButton->setVisible(m_involvementsView->isVisibleTo(m_involvementsTab));
}

void PersonPage::refreshActions()
{
    const QTableView *view = m_panels[m_lastPanel].view;
    const bool canReport = view->currentIndex().isValid();
    m_reportButton->setEnabled(m_models && m_models->hasView());
    m_reportButton->setAccessibleDescription(
        canReport
            ? tr("Reports an inaccuracy in the selected row of %1.").arg(view->accessibleName())
            : tr("Select a row in a panel first, then report an inaccuracy in it."));
    const QString email = leadProfessionalEmail();
    m_contactButton->setEnabled(!email.isEmpty());
    m_contactButton->setAccessibleDescription(
        email.isEmpty() ? tr("No lead professional email is recorded for the selected involvement.")
                        : tr("Writes an email to %1 in your mail program.").arg(email));
}

void PersonPage::retranslate()
{
    // Qt's own arrows of a tab bar too narrow for its tabs (large text, 200%) name themselves
    // but say nothing of what they do.
    if (auto *left = m_tabs->tabBar()->findChild<QToolButton *>(u"ScrollLeftButton"_s))
        left->setAccessibleDescription(tr("Shows the tabs to the left."));
    if (auto *right = m_tabs->tabBar()->findChild<QToolButton *>(u"ScrollRightButton"_s))
        right->setAccessibleDescription(tr("Shows the tabs to the right."));
    m_backButton->setText(tr("&Back to search"));
    m_backButton->setAccessibleName(tr("Back to search"));
    m_backButton->setAccessibleDescription(tr("Returns to the search results (Alt+Left)."));
    m_backButton->setToolTip(tr("Back to the search results (Alt+Left)"));
    m_reportButton->setText(tr("Report a&n inaccuracy…"));
    m_reportButton->setAccessibleName(tr("Report an inaccuracy"));
    m_reportButton->setToolTip(tr("Report an inaccuracy in the selected row (%1)")
                                   .arg(reportShortcut().toString(QKeySequence::NativeText)));
    m_myReportsButton->setText(tr("M&y reports"));
    m_myReportsButton->setAccessibleName(tr("My reports"));
    m_myReportsButton->setAccessibleDescription(
        tr("Shows the inaccuracies you have reported and their status."));
    m_reportAction->setText(tr("Report an inaccuracy"));
    m_backAction->setText(tr("Back to search"));
    m_backAction->setStatusTip(tr("Back to the search results from a record"));
    m_reportAction->setStatusTip(tr("Report an inaccuracy in the selected row of the record"));
    m_nextTabAction->setText(tr("Next section"));
    m_nextTabAction->setStatusTip(tr("The record's next section (tab)"));
    m_previousTabAction->setText(tr("Previous section"));
    m_previousTabAction->setStatusTip(tr("The record's previous section (tab)"));
    m_rowMenuAction->setText(tr("Row menu"));
    m_rowMenuAction->setStatusTip(
        tr("The menu of the selected row of the record (report it, contact the lead "
           "professional)"));
    m_contactButton->setText(tr("&Contact lead professional"));
    m_contactButton->setAccessibleName(tr("Contact lead professional"));
    m_contactState->setAccessibleTitle(tr("Contact lead professional"));

    m_tabs->setAccessibleName(tr("Person record"));
    m_tabs->setAccessibleDescription(
        tr("The record in sections. Ctrl+Tab moves to the next section."));
    m_tabs->setTabText(FlagsTab, tr("Details and &flags"));
    m_flagsScroll->setAccessibleName(tr("Details and flags"));
    m_flagsScroll->setAccessibleDescription(
        tr("Personal details, vulnerability criteria, individual flags and Transform "
           "vulnerability."));
    m_detailsTitle->setText(tr("Personal &details"));
    m_criteriaTitle->setText(tr("&Vulnerability criteria"));
    m_individualTitle->setText(tr("Individual fla&gs"));
    m_transformTitle->setText(tr("Transfor&m vulnerability"));
    m_coverageTitle->setText(tr("Sources of this view"));

    const QString reportHint =
        tr("Arrow keys move between rows. %1 reports an inaccuracy in the selected row.")
            .arg(reportShortcut().toString(QKeySequence::NativeText));
    const struct {
        QTableView *view;
        QString name;
    } names[] = {
        {m_detailsView, tr("Personal details")},
        {m_criteriaView, tr("Vulnerability criteria")},
        {m_individualView, tr("Individual flags")},
        {m_transformView, tr("Transform vulnerability")},
        {m_involvementsView, tr("Involvements")},
        {m_assessmentsView, tr("Assessments")},
        {m_attendanceView, tr("Attendance per term")},
    };
    for (const auto &entry : names) {
        entry.view->setAccessibleName(entry.name);
        entry.view->setAccessibleDescription(reportHint);
    }
    for (QLabel *title : {m_detailsTitle, m_criteriaTitle, m_individualTitle, m_transformTitle})
        title->setAccessibleName(title->buddy()->accessibleName());
    m_household->setAccessibleName(tr("Household"));
    m_household->setAccessibleDescription(tr("The other people recorded at this address."));
    m_chart->setAccessibleName(tr("Attendance chart"));
    refreshHeader();
    refreshCounts();
    refreshActions();
}

} // namespace tv::ui

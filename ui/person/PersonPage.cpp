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
#include "ui/household/HouseholdPanel.h"
#include "ui/person/AttendanceTab.h"
#include "ui/person/DetailsFlagsTab.h"
#include "ui/person/InvolvementsTab.h"
#include "ui/person/RecordListTab.h"
#include "ui/person/RecordPanel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
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

// The sections, in the tabs' order.
enum Section { DetailsAndFlags, Involvements, Assessments, Attendance, Household };

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
    connect(m_tabs, &QTabWidget::currentChanged, this, &PersonPage::followTab);
    connect(m_household, &HouseholdPanel::stateChanged, this, &PersonPage::refreshCounts);
    connect(m_household, &HouseholdPanel::memberRequested, this,
            &PersonPage::householdMemberRequested);

    // Tab order: the header, the tabs, then each panel in reading order.
    QList<QWidget *> order{m_backButton, m_reportButton, m_myReportsButton, m_tabs};
    for (QTableView *view : m_flags->views())
        order.append(view);
    order.append({m_involvements->view(), m_involvements->contactButton(), m_assessments->view(),
                  m_attendance->view(), m_household->view()});
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
}

void PersonPage::addPanel(QTableView *view, int reportRole, bool fitsRows)
{
    const int index = int(m_panels.size());
    m_panels.append(Panel{view, reportRole, fitsRows});
    view->installEventFilter(this);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, index](const QPoint &pos) { showContextMenu(index, pos); });
}

void PersonPage::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"personTabs"_s);
    m_tabs->setDocumentMode(true);
    m_flags = new DetailsFlagsTab;
    m_involvements = new InvolvementsTab;
    m_assessments =
        new RecordListTab(u"assessments"_s, QT_TRANSLATE_NOOP("tv::ui::PersonPage", "Assessments"));
    m_attendance = new AttendanceTab;
    m_household = new HouseholdPanel;
    for (QWidget *tab : std::initializer_list<QWidget *>{m_flags, m_involvements, m_assessments,
                                                         m_attendance, m_household})
        m_tabs->addTab(tab, QString());

    // The panels in reading order, each with the role its model gives a row's report item.
    const QList<QTableView *> flagViews = m_flags->views();
    addPanel(flagViews.at(0), PersonDetailsModel::ReportItemRole, true);
    for (QTableView *view : flagViews.mid(1))
        addPanel(view, FlagModel::ReportItemRole, true);
    addPanel(m_involvements->view(), InvolvementModel::ReportItemRole, false);
    addPanel(m_assessments->view(), AssessmentModel::ReportItemRole, false);
    addPanel(m_attendance->view(), AttendanceModel::ReportItemRole, false);
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
    m_flags->setModels(models);
    m_involvements->setModel(models ? models->involvements() : nullptr);
    m_assessments->view()->setModel(models ? models->assessments() : nullptr);
    m_attendance->setModel(models ? models->attendance() : nullptr);
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
            m_flags->arrangeColumns();
            refreshCounts();
            refreshActions();
        });
        connect(panel.view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &PersonPage::refreshActions);
        // The panels of the first tab are as tall as their rows: the tab scrolls, not the panel.
        connect(panel.view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, panel] { m_flags->keepCurrentRowInView(panel.view); });
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
    if (panel.view == m_attendance->view())
        m_attendance->fitTable();
    else if (panel.fitsRows)
        fitToRows(panel.view);
}

bool PersonPage::eventFilter(QObject *watched, QEvent *event)
{
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
        m_flags->arrangeColumns();
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
    if (m_tabs->currentIndex() == DetailsAndFlags)
        m_flags->detailsView()->setFocus(event->reason());
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
    const QList<QWidget *> firstPanels{m_flags->detailsView(), m_involvements->view(),
                                       m_assessments->view(), m_attendance->view(),
                                       m_household->view()}; // in the tabs' order
    QWidget *first = firstPanels.value(m_tabs->currentIndex());
    if (!first || !first->isVisibleTo(this))
        first = m_tabs;
    first->setFocus(Qt::TabFocusReason);
}

void PersonPage::showFromTop()
{
    // (A new view resets every model, which forgets each panel's current row.)
    for (const Panel &panel : std::as_const(m_panels))
        panel.view->scrollToTop();
    m_tabs->setCurrentIndex(DetailsAndFlags);
    m_flags->scrollToTop();
    // The keyboard, when it is on the page, on the first row of the personal details.
    QTableView *details = m_flags->detailsView();
    if (isAncestorOf(QApplication::focusWidget())) {
        focusSection();
        if (details->hasFocus() && details->model() && details->model()->rowCount() > 0)
            details->setCurrentIndex(details->model()->index(0, 0));
    }
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
    if (view == m_involvements->view()) {
        QAction *contact = menu.addAction(tr("&Contact lead professional"));
        contact->setObjectName(u"contextContactAction"_s);
        contact->setEnabled(!m_involvements->leadProfessionalEmail().isEmpty());
        connect(contact, &QAction::triggered, m_involvements,
                &InvolvementsTab::contactLeadProfessional);
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

void PersonPage::setUrlOpener(UrlOpener opener)
{
    m_involvements->setUrlOpener(std::move(opener));
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
    }
    m_flags->showCoverage(shown, shown ? m_models->coverage()->lines() : QStringList());
    m_nameLabel->setAccessibleName(m_nameLabel->text());
    m_bornLabel->setAccessibleName(m_bornLabel->text());
}

void PersonPage::refreshCounts()
{
    const auto rows = [](QTableView *view) {
        return view->model() ? view->model()->rowCount() : 0;
    };
    const bool shown = m_models && m_models->hasView();
    m_tabs->setTabText(Involvements, tr("&Involvements (%1)").arg(rows(m_involvements->view())));
    m_tabs->setTabText(Assessments, tr("&Assessments (%1)").arg(rows(m_assessments->view())));
    m_tabs->setTabText(Attendance, tr("A&ttendance (%1)").arg(rows(m_attendance->view())));
    // The household's count only once it is loaded: "(0)" would claim no one else lives there.
    m_tabs->setTabText(Household, m_household->state() == HouseholdPanel::State::Loaded
                                      ? tr("Ho&usehold (%1)").arg(rows(m_household->view()))
                                      : tr("Ho&usehold"));
    const auto empty = [shown, &rows](RecordListTab *tab, const QString &text) {
        tab->showEmpty(shown && rows(tab->view()) == 0, text);
    };
    empty(m_involvements, tr("No involvements are recorded in the period this view covers."));
    empty(m_assessments, tr("No assessments are recorded in the period this view covers."));
    empty(m_attendance, tr("No attendance is recorded."));
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
    m_involvements->refreshContact();
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

    m_tabs->setAccessibleName(tr("Person record"));
    m_tabs->setAccessibleDescription(
        tr("The record in sections. Ctrl+Tab moves to the next section."));
    m_tabs->setTabText(DetailsAndFlags, tr("Details and &flags"));
    m_flags->retranslate();
    for (RecordListTab *tab :
         std::initializer_list<RecordListTab *>{m_involvements, m_assessments, m_attendance})
        tab->retranslate();
    const QString reportHint =
        tr("Arrow keys move between rows. %1 reports an inaccuracy in the selected row.")
            .arg(reportShortcut().toString(QKeySequence::NativeText));
    for (const Panel &panel : std::as_const(m_panels))
        panel.view->setAccessibleDescription(reportHint);
    m_household->setAccessibleName(tr("Household"));
    m_household->setAccessibleDescription(tr("The other people recorded at this address."));
    refreshHeader();
    refreshCounts();
    refreshActions();
}

} // namespace tv::ui

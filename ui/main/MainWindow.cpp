#include "ui/main/MainWindow.h"

#include "app/workspace/Workspace.h"
#include "models/household/HouseholdModel.h"
#include "models/person/PersonPageModels.h"
#include "models/search/PersonSummaryModel.h"
#include "ui/common/PageScroll.h"
#include "ui/common/Retranslate.h"
#include "ui/common/StateLine.h"
#include "ui/common/Watermark.h"
#include "ui/household/HouseholdPanel.h"
#include "ui/main/HelpDialogs.h"
#include "ui/person/PersonPage.h"
#include "ui/person/ReasonDialog.h"
#include "ui/platform/CaptureGuard.h"
#include "ui/reports/MyReportsPanel.h"
#include "ui/reports/ReportDialog.h"
#include "ui/search/SearchPanel.h"
#include "ui_MainWindow.h"

#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tv::ui {

namespace {
// Set on a dialog that concealment hid, so that only those come back.
constexpr char ConcealedProperty[] = "tvConcealed";
} // namespace

MainWindow::MainWindow(workspace::Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->lockAction->setShortcuts(lockShortcuts());
    // Also while focus is in a child widget or a menu of this window.
    m_ui->lockAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_ui->lockAction);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &MainWindow::signOutRequested);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
    // Ctrl+Q everywhere: not every platform theme gives QKeySequence::Quit a key.
    m_ui->quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_ui->quitAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_ui->quitAction);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quitRequested);
    m_ui->shortcutsAction->setShortcuts(QKeySequence::HelpContents);
    m_ui->shortcutsAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_ui->shortcutsAction);
    connect(m_ui->shortcutsAction, &QAction::triggered, this,
            [this] { showHelp(newShortcutsDialog(keyHelp(), this)); });
    connect(m_ui->statesAction, &QAction::triggered, this,
            [this] { showHelp(newStatesDialog(this)); });
    connect(m_ui->aboutAction, &QAction::triggered, this,
            [this] { showHelp(newAboutDialog(m_serviceVersion, this)); });
    m_ui->myReportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_ui->myReportsAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_ui->myReportsAction);
    connect(m_ui->myReportsAction, &QAction::triggered, this, &MainWindow::showMyReports);
    buildPages();
    connectWorkspace();
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::setTrainingMode(bool training)
{
    m_training = training;
    retranslate();
}

bool MainWindow::isTrainingMode() const
{
    return m_training;
}

void MainWindow::setUser(const User &user)
{
    m_user = user;
    retranslate();
}

void MainWindow::clearUser()
{
    m_user.reset();
    retranslate();
}

workspace::Workspace *MainWindow::workspace() const
{
    return m_workspace;
}

models::PersonSummaryModel *MainWindow::searchResults() const
{
    return m_workspace->searchResults();
}

void MainWindow::clearPersonData()
{
    closeDialogs();
    m_workspace->clearPersonData();
    m_search->clearAll();
    m_message->clear();
    m_pendingId.clear();
    m_pendingName.clear();
    m_pendingBorn = {};
    m_pageBeforeReports = nullptr;
    showPage(m_search);
}

SearchPanel *MainWindow::searchPanel() const
{
    return m_search;
}

PersonPage *MainWindow::personPage() const
{
    return m_person;
}

MyReportsPanel *MainWindow::myReportsPanel() const
{
    return m_reports;
}

QWidget *MainWindow::currentPage() const
{
    return m_ui->workspaceStack->currentWidget();
}

ReasonDialog *MainWindow::reasonDialog() const
{
    return m_reasonDialog;
}

ReportDialog *MainWindow::reportDialog() const
{
    return m_reportDialog;
}

QString MainWindow::messageText() const
{
    return m_message->text();
}

void MainWindow::setServiceVersion(const QString &version)
{
    m_serviceVersion = version;
}

QDialog *MainWindow::helpDialog() const
{
    return m_helpDialog;
}

QList<KeyHelp> MainWindow::keyHelp() const
{
    // The window's own actions and the pages' (whatever page shows now), as they are set: the
    // list cannot drift from the keys.
    QList<KeyHelp> keys;
    QList<const QAction *> listed;
    for (const QAction *action : findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || listed.contains(action))
            continue;
        listed.append(action);
        const QString what =
            action->statusTip().isEmpty() ? action->toolTip() : action->statusTip();
        keys.append({keysText(action->shortcuts()), what});
    }
    // What the widgets themselves do with keys.
    keys.append({keysText({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}),
                 tr("Move to the next or the previous control")});
    keys.append({tr("Alt+underlined letter"),
                 tr("Go to the control, tab or menu whose name has that letter underlined")});
    keys.append({tr("Arrow keys, Page Up, Page Down"), tr("Move between the rows of a table")});
    keys.append({keysText({QKeySequence(Qt::Key_Return)}),
                 tr("Search from a search field; open the selected person's record")});
    keys.append({keysText({QKeySequence(Qt::Key_Print)}),
                 tr("Hides the person data for a few seconds, as when TransformView is not "
                    "the window you are using")});
    return keys;
}

void MainWindow::showHelp(QDialog *dialog)
{
    if (m_helpDialog)
        m_helpDialog->close();
    m_helpDialog = dialog;
    connect(dialog, &QDialog::finished, this, &QWidget::activateWindow);
    sizeToContent(dialog);
    dialog->open();
}

void MainWindow::buildPages()
{
    m_message = new StateLine(u"workspaceMessage"_s, this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->workspaceStack), m_message);

    // While the app is not in use the pages are hidden, not dimmed: this stands in their place.
    m_curtain = new QLabel(this);
    m_curtain->setObjectName(u"concealedNotice"_s);
    m_curtain->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_curtain->setWordWrap(true);
    m_curtain->setFocusPolicy(Qt::StrongFocus); // holds the keyboard while the pages are hidden
    m_curtain->hide();
    m_ui->mainLayout->addWidget(m_curtain, 1);

    m_search = new SearchPanel(this);
    m_search->setModel(m_workspace->searchResults());
    m_person = new PersonPage(m_workspace->personPage(), this);
    m_reports = new MyReportsPanel(this);
    m_reports->setModel(m_workspace->personPage()->myReports());
    for (QWidget *page : {static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_person),
                          static_cast<QWidget *>(m_reports)})
        m_ui->workspaceStack->addWidget(page);
    m_ui->workspaceStack->setCurrentWidget(m_search);
    m_watermark = new Watermark(m_ui->workspaceStack);
    // The status bar exists from the start, so that it shows with the window and the capture
    // protection badge can join it at any time.
    statusBar()->setObjectName(u"statusBar"_s);

    connect(m_search, &SearchPanel::searchRequested, m_workspace, &workspace::Workspace::search);
    connect(m_search, &SearchPanel::openRequested, this, [this](const QString &personId) {
        QString name;
        QDate born;
        const models::PersonSummaryModel *results = m_workspace->searchResults();
        for (int row = 0; row < results->rowCount() && name.isEmpty(); ++row) {
            if (const PersonSummary *person = results->personAt(row); person->id == personId) {
                name = person->displayName;
                born = person->dateOfBirth;
            }
        }
        requestOpen(personId, name, born);
    });
    connect(m_person, &PersonPage::backRequested, this, [this] {
        m_workspace->endVisit();
        m_message->clear();
        showPage(m_search);
    });
    connect(m_person, &PersonPage::householdMemberRequested, this, [this](const QString &personId) {
        const models::HouseholdModel *household = m_workspace->personPage()->household();
        QString name;
        QDate born;
        for (int row = 0; row < household->rowCount() && name.isEmpty(); ++row) {
            if (const HouseholdMember *member = household->rowAt(row);
                member->person.id == personId) {
                name = member->person.displayName;
                born = member->person.dateOfBirth;
            }
        }
        requestOpen(personId, name, born);
    });
    connect(m_person, &PersonPage::reportRequested, this, &MainWindow::openReportDialog);
    connect(m_person, &PersonPage::myReportsRequested, this, &MainWindow::showMyReports);
    connect(m_reports, &MyReportsPanel::refreshRequested, this, [this] {
        m_reports->setBusy(true);
        m_workspace->loadMyReports();
    });
    connect(m_reports, &MyReportsPanel::backRequested, this, &MainWindow::backFromMyReports);
}

void MainWindow::connectWorkspace()
{
    using workspace::Workspace;
    connect(m_workspace, &Workspace::searchStarted, this, [this] {
        m_message->clear();
        m_search->setBusy(true);
    });
    connect(m_workspace, &Workspace::searchFinished, m_search, &SearchPanel::showResultsState);
    connect(m_workspace, &Workspace::searchFailed, this,
            [this](const Error &error) { m_search->showError(error.message); });

    connect(m_workspace, &Workspace::reasonsReady, this, &MainWindow::askForReason);
    connect(m_workspace, &Workspace::reasonsFailed, this, [this](const Error &error) {
        m_pendingId.clear();
        m_pendingName.clear();
        m_pendingBorn = {};
        m_message->show(StateLine::State::Error, error.message);
    });

    connect(m_workspace, &Workspace::personOpening, this,
            [this] { m_message->show(StateLine::State::Busy, tr("Opening the record…")); });
    connect(m_workspace, &Workspace::personOpened, this, [this] {
        m_message->clear();
        m_person->householdPanel()->setState(HouseholdPanel::State::Loading);
        showPage(m_person);
    });
    connect(m_workspace, &Workspace::personFailed, this, [this](const Error &error) {
        // Nothing of the person is left on the page: back where the search can go on.
        m_message->show(StateLine::State::Error, error.message);
        showPage(m_search);
    });
    connect(m_workspace, &Workspace::householdOpened, this,
            [this] { m_person->householdPanel()->setState(HouseholdPanel::State::Loaded); });
    connect(m_workspace, &Workspace::householdFailed, this,
            [this](const Error &error) { m_person->householdPanel()->showError(error.message); });

    connect(m_workspace, &Workspace::reportFiled, this, [this] {
        if (m_reportDialog)
            m_reportDialog->accept();
        m_message->show(StateLine::State::Information,
                        tr("Your report was sent to the Transform team. Follow it under My "
                           "reports (Ctrl+Shift+M)."));
    });
    connect(m_workspace, &Workspace::reportFailed, this, [this](const Error &error) {
        if (m_reportDialog)
            m_reportDialog->showError(error.message);
        else
            m_message->show(StateLine::State::Error, error.message);
    });
    connect(m_workspace, &Workspace::myReportsLoaded, this, [this] { m_reports->setBusy(false); });
    connect(m_workspace, &Workspace::myReportsFailed, this,
            [this](const Error &error) { m_reports->showError(error.message); });
}

void MainWindow::setCaptureGuard(CaptureGuard *guard)
{
    if (m_guard)
        disconnect(m_guard, nullptr, this, nullptr);
    m_guard = guard;
    if (!guard) {
        if (m_protectionBadge)
            m_protectionBadge->hide();
        setConcealed(false);
        return;
    }
    if (!m_protectionBadge) {
        m_protectionBadge = new QLabel(this);
        m_protectionBadge->setObjectName(u"protectionBadge"_s);
        m_protectionBadge->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(m_protectionBadge);
    }
    m_protectionBadge->show();
    connect(guard, &CaptureGuard::protectionChanged, this, &MainWindow::showProtection);
    connect(guard, &CaptureGuard::concealmentChanged, this, &MainWindow::setConcealed);
    showProtection();
    setConcealed(guard->isConcealing());
}

bool MainWindow::isConcealed() const
{
    return !m_curtain->isHidden();
}

void MainWindow::showProtection()
{
    if (!m_guard || !m_protectionBadge)
        return;
    m_protectionBadge->setText(m_guard->protectionText());
    m_protectionBadge->setToolTip(m_guard->explanation());
    m_protectionBadge->setAccessibleName(tr("Screen capture protection"));
    m_protectionBadge->setAccessibleDescription(m_guard->protectionText() + u". "_s +
                                                m_guard->explanation());
}

void MainWindow::setConcealed(bool concealed)
{
    if (concealed == isConcealed())
        return;
    if (concealed) {
        // The notice takes the keyboard while the pages are hidden (else Qt would hand it to the
        // next control, Sign out), and gives it back to where it was when they return.
        QWidget *focus = focusWidget();
        m_focusBeforeConcealed = m_ui->workspaceStack->isAncestorOf(focus) ? focus : nullptr;
        m_curtain->setVisible(true);
        m_curtain->setFocus(Qt::OtherFocusReason);
        m_ui->workspaceStack->setVisible(false);
        m_message->setVisible(false);
    } else {
        m_ui->workspaceStack->setVisible(true);
        m_message->setVisible(true);
        const bool curtainHadFocus = m_curtain->hasFocus() || focusWidget() == m_curtain ||
                                     !focusWidget() || focusWidget() == m_ui->signOutButton;
        m_curtain->setVisible(false);
        if (curtainHadFocus) {
            QWidget *back = m_focusBeforeConcealed;
            if (back && back->isVisible() && back->isEnabled() && currentPage()->isAncestorOf(back))
                back->setFocus(Qt::OtherFocusReason);
            else
                currentPage()->setFocus(Qt::OtherFocusReason);
        }
        m_focusBeforeConcealed = nullptr;
    }
    // The dialogs show a name or a row: out of sight with the pages, and back with them (only
    // those the concealment hid).
    for (QDialog *dialog : {static_cast<QDialog *>(m_reasonDialog.data()),
                            static_cast<QDialog *>(m_reportDialog.data())}) {
        if (!dialog)
            continue;
        if (concealed && dialog->isVisible()) {
            dialog->setProperty(ConcealedProperty, true);
            dialog->hide();
        } else if (!concealed && dialog->property(ConcealedProperty).toBool()) {
            dialog->setProperty(ConcealedProperty, false);
            dialog->show();
        }
    }
}

void MainWindow::showPage(QWidget *page)
{
    m_ui->workspaceStack->setCurrentWidget(page);
    // The page's own first control takes the focus; a hidden page's focus is of no use.
    if (isVisible())
        page->setFocus(Qt::OtherFocusReason);
}

void MainWindow::requestOpen(const QString &personId, const QString &name, QDate dateOfBirth)
{
    // One record at a time: a second Enter while the reason prompt opens asks nothing more.
    if (personId.isEmpty() || m_reasonDialog)
        return;
    if (const std::optional<AccessReason> reason = m_workspace->visitReason(personId)) {
        m_workspace->openPerson(personId, *reason);
        return;
    }
    m_pendingId = personId;
    m_pendingName = name;
    m_pendingBorn = dateOfBirth;
    m_message->show(StateLine::State::Busy, tr("Getting the reasons for access…"));
    m_workspace->loadAccessReasons(); // reasonsReady -> askForReason
}

void MainWindow::askForReason(const QList<AccessReasonOption> &reasons)
{
    if (m_pendingId.isEmpty() || m_reasonDialog)
        return;
    m_message->clear();
    auto *dialog = new ReasonDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReasons(reasons);
    dialog->setSubject(m_pendingName, m_pendingBorn);
    markWithIdentity(dialog);
    m_reasonDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString personId = std::exchange(m_pendingId, {});
        m_pendingName.clear();
        m_pendingBorn = {};
        m_workspace->openPerson(personId, dialog->reason());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_pendingId.clear();
        m_pendingName.clear();
        m_pendingBorn = {};
    });
    // Gone once answered (it names a person), and the keyboard back to this window, whatever
    // the window system does on close.
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::finished, this, &QWidget::activateWindow);
    sizeToContent(dialog);
    dialog->open();
}

void MainWindow::openReportDialog(const QString &itemKey, const QString &itemSummary)
{
    if (m_reportDialog || !m_workspace->personPage()->hasView())
        return;
    auto *dialog = new ReportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setItem(itemKey, itemSummary);
    markWithIdentity(dialog);
    m_reportDialog = dialog;
    const QString personId = m_workspace->personPage()->personId();
    connect(dialog, &ReportDialog::sendRequested, this,
            [this, personId](const NewInaccuracyReport &report) {
                m_reportDialog->setBusy(true);
                m_workspace->fileReport(personId, report);
            });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::finished, this, &QWidget::activateWindow);
    sizeToContent(dialog);
    dialog->open();
}

void MainWindow::showMyReports()
{
    if (currentPage() != m_reports)
        m_pageBeforeReports = currentPage();
    m_message->clear();
    showPage(m_reports);
    m_reports->setBusy(true);
    m_workspace->loadMyReports();
}

void MainWindow::backFromMyReports()
{
    QWidget *back = m_pageBeforeReports;
    // The person page only while its person is still there.
    if (!back || (back == m_person && !m_workspace->personPage()->hasView()))
        back = m_search;
    showPage(back);
}

void MainWindow::closeDialogs()
{
    // Rejecting may be refused while a report is sending; the dialogs go regardless.
    for (QDialog *dialog : {static_cast<QDialog *>(m_reasonDialog.data()),
                            static_cast<QDialog *>(m_reportDialog.data())}) {
        if (dialog) {
            dialog->hide();
            dialog->deleteLater();
        }
    }
    m_reasonDialog = nullptr;
    m_reportDialog = nullptr;
    if (m_helpDialog) {
        m_helpDialog->hide();
        m_helpDialog->deleteLater();
    }
    m_helpDialog = nullptr;
}

void MainWindow::markWithIdentity(QWidget *dialog) const
{
    // A dialog names a person or shows a row: a photo of it says whose screen it was, too.
    auto *watermark = new Watermark(dialog);
    watermark->setObjectName(u"dialogWatermark"_s);
    if (m_user)
        watermark->setIdentity(m_user->displayName, m_user->organisation);
}

QList<QKeySequence> MainWindow::lockShortcuts()
{
    return {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QKeySequence(Qt::Key_Pause)};
}

void MainWindow::changeEvent(QEvent *event)
{
    retranslateForm(event, *m_ui, this, [this] { retranslate(); });
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_ui->workspaceStack->isAncestorOf(focusWidget()))
        currentPage()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::retranslate()
{
    // Qt's own "more menus" button of a narrow menu bar has no name for screen readers.
    if (auto *more = m_ui->menuBar->findChild<QToolButton *>(u"qt_menubar_ext_button"_s))
        more->setAccessibleName(tr("More menus"));
    m_ui->trainingBanner->setVisible(m_training);
    setWindowTitle(m_training ? tr("TransformView training") : tr("TransformView"));
    if (m_user) {
        m_ui->signedInLabel->setText(
            tr("Signed in as %1 (%2)").arg(m_user->displayName, roles::text(m_user->role)));
        m_watermark->setIdentity(m_user->displayName, m_user->organisation);
    } else {
        m_ui->signedInLabel->setText(tr("Not signed in."));
        m_watermark->setIdentity({}, {});
    }
    // Read as it is shown ("Signed in as ..."), not by a name of its own.
    m_ui->signedInLabel->setAccessibleName(m_ui->signedInLabel->text());
    m_curtain->setText(tr("Person data is hidden while TransformView is not the window you are "
                          "using. Switch back to it to see it again."));
    m_curtain->setAccessibleName(tr("Person data hidden"));
    showProtection();
}

} // namespace tv::ui

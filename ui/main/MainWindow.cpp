#include "MainWindow.h"

#include "common/StateLine.h"
#include "common/Watermark.h"
#include "household/HouseholdModel.h"
#include "household/HouseholdPanel.h"
#include "person/PersonPage.h"
#include "person/PersonPageModels.h"
#include "person/ReasonDialog.h"
#include "platform/CaptureGuard.h"
#include "reports/MyReportsPanel.h"
#include "reports/ReportDialog.h"
#include "search/PersonSummaryModel.h"
#include "search/SearchPanel.h"
#include "ui_MainWindow.h"
#include "workspace/Workspace.h"

#include <QEvent>
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
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
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

void MainWindow::buildPages()
{
    m_message = new StateLine(u"workspaceMessage"_s, this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->workspaceStack), m_message);

    // While the app is not in use the pages are hidden, not dimmed: this stands in their place.
    m_curtain = new QLabel(this);
    m_curtain->setObjectName(u"concealedNotice"_s);
    m_curtain->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_curtain->setWordWrap(true);
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
        const models::PersonSummaryModel *results = m_workspace->searchResults();
        for (int row = 0; row < results->rowCount() && name.isEmpty(); ++row) {
            if (const PersonSummary *person = results->personAt(row); person->id == personId)
                name = person->displayName;
        }
        requestOpen(personId, name);
    });
    connect(m_person, &PersonPage::backRequested, this, [this] {
        m_workspace->endVisit();
        m_message->clear();
        showPage(m_search);
    });
    connect(m_person, &PersonPage::householdMemberRequested, this, [this](const QString &personId) {
        const models::HouseholdModel *household = m_workspace->personPage()->household();
        QString name;
        for (int row = 0; row < household->rowCount() && name.isEmpty(); ++row) {
            const QModelIndex index = household->index(row, 0);
            if (index.data(models::HouseholdModel::PersonIdRole).toString() == personId)
                name = index.data().toString();
        }
        requestOpen(personId, name);
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
    m_ui->workspaceStack->setVisible(!concealed);
    m_message->setVisible(!concealed);
    m_curtain->setVisible(concealed);
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

void MainWindow::requestOpen(const QString &personId, const QString &name)
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
    dialog->setSubject(m_pendingName);
    markWithIdentity(dialog);
    m_reasonDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString personId = std::exchange(m_pendingId, {});
        m_pendingName.clear();
        m_workspace->openPerson(personId, dialog->reason());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_pendingId.clear();
        m_pendingName.clear();
    });
    // Gone once answered (it names a person), and the keyboard back to this window, whatever
    // the window system does on close.
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::finished, this, &QWidget::activateWindow);
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
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
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

#include "MainWindow.h"

#include "search/PersonSummaryModel.h"
#include "ui_MainWindow.h"
#include "workspace/Workspace.h"

#include <QEvent>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tv::ui {

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
    m_workspace->clearPersonData();
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
    } else {
        m_ui->signedInLabel->setText(tr("Not signed in."));
    }
}

} // namespace tv::ui

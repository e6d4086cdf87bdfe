#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QEvent>

namespace tv::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &MainWindow::signOutRequested);
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

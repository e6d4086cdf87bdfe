#include "LoginWindow.h"

#include "common/StatusText.h"
#include "ui_LoginWindow.h"

#include <QEvent>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace tv::ui {

LoginWindow::LoginWindow(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoginWindow>())
{
    m_ui->setupUi(this);
    QFont headingFont = m_ui->headingLabel->font();
    headingFont.setBold(true);
    m_ui->headingLabel->setFont(headingFont);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginWindow::submit);
    m_ui->noticeLabel->setVisible(false);
    setTrainingMode(false);
}

LoginWindow::~LoginWindow() = default;

void LoginWindow::setTrainingMode(bool training)
{
    m_training = training;
    m_ui->trainingBanner->setVisible(training);
    m_ui->serverEdit->setReadOnly(training);
    setWindowTitle(training ? tr("Sign in - TransformView training")
                            : tr("Sign in - TransformView"));
}

bool LoginWindow::isTrainingMode() const
{
    return m_training;
}

void LoginWindow::setServerUrl(const QUrl &url)
{
    m_ui->serverEdit->setText(url.toDisplayString());
}

void LoginWindow::setCredentials(const QString &email, const QString &password)
{
    m_ui->emailEdit->setText(email);
    m_ui->passwordEdit->setText(password);
    focusNextStep();
}

void LoginWindow::clearPassword()
{
    m_ui->passwordEdit->clear();
    focusNextStep();
}

void LoginWindow::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        showStatus(tr("Signing in. Please wait."));
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateEnabled();
    if (!busy)
        focusNextStep();
}

bool LoginWindow::isBusy() const
{
    return m_busy;
}

void LoginWindow::setSignInAvailable(bool available)
{
    m_available = available;
    updateEnabled();
}

void LoginWindow::showStatus(const QString &message)
{
    setStatusText(m_ui->statusLabel, message, false);
}

void LoginWindow::showError(const QString &message)
{
    setStatusText(m_ui->statusLabel, message, true);
}

QString LoginWindow::statusText() const
{
    return m_ui->statusLabel->text();
}

void LoginWindow::showNotice(const QString &message)
{
    m_ui->noticeLabel->setText(message);
    m_ui->noticeLabel->setAccessibleDescription(message);
    m_ui->noticeLabel->setVisible(!message.isEmpty());
}

QString LoginWindow::noticeText() const
{
    return m_ui->noticeLabel->text();
}

void LoginWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    focusNextStep();
}

void LoginWindow::keyPressEvent(QKeyEvent *event)
{
    // Line edits pass Enter on to their window; here it presses the default button.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        if (m_ui->signInButton->isEnabled())
            m_ui->signInButton->click();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LoginWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setTrainingMode(m_training);
    }
    QWidget::changeEvent(event);
}

void LoginWindow::submit()
{
    if (m_busy || !m_available)
        return;
    const QString server = m_ui->serverEdit->text().trimmed();
    const QString email = m_ui->emailEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (server.isEmpty())
        showError(tr("Enter the server address, for example https://transform.example.org."));
    else if (email.isEmpty())
        showError(tr("Enter your email address."));
    else if (password.isEmpty())
        showError(tr("Enter your password."));
    if (server.isEmpty() || email.isEmpty() || password.isEmpty()) {
        focusNextStep();
        return;
    }
    Q_EMIT signInRequested(QUrl(server, QUrl::StrictMode), LoginRequest{email, password});
}

void LoginWindow::focusNextStep()
{
    if (m_busy || !m_available)
        return;
    // Focus goes to the first empty field; with everything filled in, to the button, where
    // Enter or Space signs in.
    if (m_ui->serverEdit->text().trimmed().isEmpty())
        m_ui->serverEdit->setFocus(Qt::OtherFocusReason);
    else if (m_ui->emailEdit->text().trimmed().isEmpty())
        m_ui->emailEdit->setFocus(Qt::OtherFocusReason);
    else if (m_ui->passwordEdit->text().isEmpty())
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
    else
        m_ui->signInButton->setFocus(Qt::OtherFocusReason);
}

void LoginWindow::updateEnabled()
{
    const bool editable = !m_busy && m_available;
    m_ui->serverEdit->setEnabled(editable);
    m_ui->emailEdit->setEnabled(editable);
    m_ui->passwordEdit->setEnabled(editable);
    m_ui->signInButton->setEnabled(editable);
}

} // namespace tv::ui

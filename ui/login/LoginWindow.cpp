#include "ui/login/LoginWindow.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Retranslate.h"
#include "ui/common/StatusText.h"
#include "ui_LoginWindow.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLayout>

using namespace Qt::StringLiterals;

namespace tv::ui {

namespace {

bool isEnter(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
           (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace

LoginWindow::LoginWindow(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoginWindow>())
{
    m_ui->setupUi(this);
    for (QLabel *heading : {m_ui->headingLabel, m_ui->codeHeadingLabel, m_ui->checkingHeadingLabel})
        markHeading(heading, 1);
    markLiveRegion(m_ui->statusLabel);
    // As wide as a recovery code ("abcde-23456") with room to spare, whatever the font; not as
    // wide as the window, so that it reads as the short code it asks for.
    m_ui->codeEdit->setFixedWidth(
        m_ui->codeEdit->fontMetrics().horizontalAdvance(u"mmmmm-mmmmm"_s) +
        m_ui->codeEdit->fontMetrics().horizontalAdvance(u'0') * 2);
    // Wide enough that a status line of a sentence or two wraps into whole lines, whatever the
    // font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginWindow::submit);
    connect(m_ui->codeSignInButton, &QPushButton::clicked, this, &LoginWindow::submitCode);
    connect(m_ui->codeBackButton, &QPushButton::clicked, this, [this] {
        showStatus({});
        showCredentials();
    });
    connect(m_ui->statementPage, &StatementPage::accepted, this, &LoginWindow::statementAccepted);
    connect(m_ui->statementPage, &StatementPage::signOutRequested, this,
            &LoginWindow::signOutRequested);
    connect(m_ui->accessLapsedPage, &AccessLapsedPage::signOutRequested, this,
            &LoginWindow::signOutRequested);
    m_ui->noticeLabel->setVisible(false);
    m_trainingAccountLabel = new QLabel(m_ui->credentialsPage);
    m_trainingAccountLabel->setObjectName(u"trainingAccountLabel"_s);
    m_trainingAccountLabel->setTextFormat(Qt::PlainText);
    m_trainingAccountLabel->setWordWrap(true);
    m_trainingAccountLabel->hide();
    m_ui->credentialsLayout->insertWidget(m_ui->credentialsLayout->indexOf(m_ui->formLayout) + 1,
                                          m_trainingAccountLabel);
    setPage(Page::Credentials);
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

void LoginWindow::setTrainingAccount(const QString &email, const QString &password)
{
    setCredentials(email, password);
    m_trainingAccountLabel->setText(
        tr("Training: the demo trainer is %1, with the password %2. Use the same password to "
           "unlock after locking.")
            .arg(email, password));
    m_trainingAccountLabel->setAccessibleName(m_trainingAccountLabel->text());
    m_trainingAccountLabel->setVisible(m_training);
}

QString LoginWindow::trainingAccountText() const
{
    return m_trainingAccountLabel->isHidden() ? QString() : m_trainingAccountLabel->text();
}

void LoginWindow::clearPassword()
{
    m_ui->passwordEdit->clear();
    forgetPendingSignIn();
    focusNextStep();
}

LoginWindow::Page LoginWindow::page() const
{
    const QWidget *current = m_ui->pages->currentWidget();
    if (current == m_ui->codePage)
        return Page::Code;
    if (current == m_ui->checkingPage)
        return Page::Checking;
    if (current == m_ui->statementPage)
        return Page::Statement;
    if (current == m_ui->accessLapsedPage)
        return Page::AccessLapsed;
    return Page::Credentials;
}

void LoginWindow::showCredentials()
{
    m_ui->passwordEdit->clear();
    forgetPendingSignIn();
    setPage(Page::Credentials);
}

void LoginWindow::askForCode()
{
    if (page() != Page::Code) {
        // Kept for the re-submit with the code only; the field is emptied at once.
        m_pending = LoginRequest{m_ui->emailEdit->text().trimmed(), m_ui->passwordEdit->text()};
        m_ui->passwordEdit->clear();
    }
    m_ui->codeEdit->clear();
    showStatus({});
    setPage(Page::Code);
}

void LoginWindow::rejectCode(const QString &message)
{
    if (!m_pending) {
        showCredentials();
        showError(message);
        return;
    }
    m_ui->codeEdit->clear();
    setPage(Page::Code);
    showError(message);
}

void LoginWindow::showCheckingAccess()
{
    m_ui->passwordEdit->clear();
    forgetPendingSignIn();
    showStatus({});
    setPage(Page::Checking);
}

void LoginWindow::showStatement(const tv::Statement &statement)
{
    m_ui->statementPage->setStatement(statement);
    showStatus({});
    setPage(Page::Statement);
}

void LoginWindow::showAccessLapsed(const tv::Error &error,
                                   const startup::TransformTeamContact &contact)
{
    m_ui->accessLapsedPage->setLapsed(error, contact);
    showStatus({});
    setPage(Page::AccessLapsed);
}

void LoginWindow::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        if (page() == Page::Credentials || page() == Page::Code)
            showStatus(tr("Signing in. Please wait."));
        else if (page() == Page::Statement)
            showStatus(tr("Recording that you accept the statement. Please wait."));
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
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier &&
        page() == Page::Code && !m_busy) {
        m_ui->codeBackButton->click();
        event->accept();
        return;
    }
    // Line edits pass Enter on to their window. A focused button is pressed; elsewhere Enter
    // presses the page's main button.
    if (isEnter(event)) {
        event->accept();
        if (m_busy)
            return;
        if (auto *button = qobject_cast<QPushButton *>(focusWidget());
            button && isAncestorOf(button) && button->isEnabled()) {
            button->click();
            return;
        }
        switch (page()) {
        case Page::Credentials:
            if (m_ui->signInButton->isEnabled())
                m_ui->signInButton->click();
            break;
        case Page::Code:
            m_ui->codeSignInButton->click();
            break;
        case Page::Statement:
            m_ui->statementPage->acceptIfConfirmed();
            break;
        case Page::Checking:
        case Page::AccessLapsed:
            break;
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

void LoginWindow::changeEvent(QEvent *event)
{
    retranslateForm(event, *m_ui, this, [this] { setTrainingMode(m_training); });
    QWidget::changeEvent(event);
}

void LoginWindow::setPage(Page page)
{
    QWidget *widget = m_ui->credentialsPage;
    switch (page) {
    case Page::Credentials:
        break;
    case Page::Code:
        widget = m_ui->codePage;
        break;
    case Page::Checking:
        widget = m_ui->checkingPage;
        break;
    case Page::Statement:
        widget = m_ui->statementPage;
        break;
    case Page::AccessLapsed:
        widget = m_ui->accessLapsedPage;
        break;
    }
    // Every page counts towards the window's size (the statement needs the most), so that the
    // window keeps one size from page to page; the shorter pages centre what they show in it.
    m_ui->pages->setCurrentWidget(widget);
    // Laid out at once, so that what the page shows is where it is drawn before the next event.
    layout()->activate();
    // Only the wait for the conditions of access is busy by itself.
    m_busy = page == Page::Checking;
    if (m_busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateEnabled();
    focusNextStep();
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
    forgetPendingSignIn();
    Q_EMIT signInRequested(QUrl(server, QUrl::StrictMode), LoginRequest{email, password});
}

void LoginWindow::submitCode()
{
    if (m_busy)
        return;
    if (!m_pending) {
        showCredentials();
        return;
    }
    // The service tells the two kinds apart; a recovery code goes as typed (it ignores case,
    // hyphens and spaces).
    const QString code = m_ui->codeEdit->text().trimmed();
    if (!twostep::isAuthenticatorCode(code) && !twostep::looksLikeRecoveryCode(code)) {
        showError(tr("Enter the 6 digits your authenticator app shows, or a recovery code: 10 "
                     "letters and numbers, for example abcde-23456."));
        m_ui->codeEdit->selectAll();
        focusNextStep();
        return;
    }
    Q_EMIT signInRequested(QUrl(m_ui->serverEdit->text().trimmed(), QUrl::StrictMode),
                           LoginRequest{m_pending->email, m_pending->password, code});
}

void LoginWindow::focusNextStep()
{
    if (m_busy)
        return;
    switch (page()) {
    case Page::Credentials:
        if (!m_available)
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
        break;
    case Page::Code:
        m_ui->codeEdit->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Statement:
        m_ui->statementPage->focusFirst();
        break;
    case Page::AccessLapsed:
        m_ui->accessLapsedPage->focusFirst();
        break;
    case Page::Checking:
        break;
    }
}

void LoginWindow::updateEnabled()
{
    const bool editable = !m_busy && m_available;
    m_ui->serverEdit->setEnabled(editable);
    m_ui->emailEdit->setEnabled(editable);
    m_ui->passwordEdit->setEnabled(editable);
    m_ui->signInButton->setEnabled(editable);
    m_ui->codeEdit->setEnabled(!m_busy);
    m_ui->codeBackButton->setEnabled(!m_busy);
    m_ui->codeSignInButton->setEnabled(!m_busy);
    m_ui->statementPage->setBusy(m_busy);
    m_ui->accessLapsedPage->setBusy(m_busy);
}

void LoginWindow::forgetPendingSignIn()
{
    m_pending.reset();
    m_ui->codeEdit->clear();
}

} // namespace tv::ui

#include "ui/lock/LockScreen.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Retranslate.h"
#include "ui/common/StatusText.h"
#include "ui_LockScreen.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace tv::ui {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    markHeading(m_ui->headingLabel, 1);
    markLiveRegion(m_ui->statusLabel);
    // As wide as a recovery code ("abcde-23456") with room to spare, whatever the font, as on the
    // sign-in window's code page.
    m_ui->codeEdit->setFixedWidth(
        m_ui->codeEdit->fontMetrics().horizontalAdvance(u"mmmmm-mmmmm"_s) +
        m_ui->codeEdit->fontMetrics().horizontalAdvance(u'0') * 2);
    m_trainingPasswordLabel = new QLabel(this);
    m_trainingPasswordLabel->setObjectName(u"trainingPasswordLabel"_s);
    m_trainingPasswordLabel->setTextFormat(Qt::PlainText);
    m_trainingPasswordLabel->setWordWrap(true);
    m_trainingPasswordLabel->hide();
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->statusLabel),
                                   m_trainingPasswordLabel);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_ui->codeEdit, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    setCodeRequired(false);
    retranslate();
}

LockScreen::~LockScreen() = default;

void LockScreen::setTrainingMode(bool training)
{
    m_training = training;
    retranslate();
}

void LockScreen::setTrainingPassword(const QString &password)
{
    m_trainingPassword = password;
    retranslate();
}

QString LockScreen::trainingPasswordText() const
{
    return m_trainingPasswordLabel->isHidden() ? QString() : m_trainingPasswordLabel->text();
}

void LockScreen::setAccountName(const QString &displayName)
{
    m_accountName = displayName;
    retranslate();
}

void LockScreen::setCodeRequired(bool required)
{
    m_codeRequired = required;
    m_ui->codeLabel->setVisible(required);
    m_ui->codeEdit->setVisible(required);
    if (!required)
        m_ui->codeEdit->clear();
    retranslate();
    focusNextStep();
}

bool LockScreen::isCodeRequired() const
{
    return m_codeRequired;
}

void LockScreen::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        showStatus(tr("Checking your password. Please wait."));
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateEnabled();
    focusNextStep();
}

bool LockScreen::isBusy() const
{
    return m_busy;
}

void LockScreen::showStatus(const QString &message)
{
    setStatusText(m_ui->statusLabel, message, false);
}

void LockScreen::showError(const QString &message)
{
    setStatusText(m_ui->statusLabel, message, true);
}

QString LockScreen::statusText() const
{
    return m_ui->statusLabel->text();
}

void LockScreen::clearEntries()
{
    m_ui->passwordEdit->clear();
    m_ui->codeEdit->clear();
    focusNextStep();
}

void LockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    focusNextStep();
}

void LockScreen::changeEvent(QEvent *event)
{
    retranslateForm(event, *m_ui, this, [this] { retranslate(); });
    QWidget::changeEvent(event);
}

void LockScreen::submit()
{
    if (m_busy)
        return;
    const QString password = m_ui->passwordEdit->text();
    const QString code = m_ui->codeEdit->text().trimmed();
    if (password.isEmpty()) {
        showError(tr("Enter your password to unlock."));
    } else if (m_codeRequired && code.isEmpty()) {
        showError(tr("Enter the code from your authenticator app, or one of your recovery codes."));
    } else {
        Q_EMIT unlockRequested(password,
                               m_codeRequired ? std::optional<QString>(code) : std::nullopt);
        return;
    }
    focusNextStep();
}

void LockScreen::retranslate()
{
    m_ui->trainingBanner->setVisible(m_training);
    setWindowTitle(m_training ? tr("Locked - TransformView training")
                              : tr("Locked - TransformView"));
    // With two-step sign-in, an unlock takes the app's code or a recovery code, as signing in does.
    QString explanation;
    if (m_codeRequired) {
        explanation =
            m_accountName.isEmpty()
                ? tr("Everything was hidden. Enter your password and the code from your "
                     "authenticator app, or one of your recovery codes, to carry on; or sign out.")
                : tr("Everything was hidden. %1, enter your password and the code from your "
                     "authenticator app, or one of your recovery codes, to carry on; or sign out.")
                      .arg(m_accountName);
    } else {
        explanation =
            m_accountName.isEmpty()
                ? tr("Everything was hidden. Enter your password to carry on, or sign out.")
                : tr("Everything was hidden. %1, enter your password to carry on, or sign out.")
                      .arg(m_accountName);
    }
    m_ui->explanationLabel->setText(explanation);
    // Fictional data, a published demo password: the trainee reads it here to unlock.
    const bool showPassword = m_training && !m_trainingPassword.isEmpty();
    m_trainingPasswordLabel->setVisible(showPassword);
    m_trainingPasswordLabel->setText(
        showPassword ? tr("Training: the demo password is %1").arg(m_trainingPassword) : QString());
    m_trainingPasswordLabel->setAccessibleName(m_trainingPasswordLabel->text());
    m_ui->explanationLabel->setAccessibleDescription(explanation);
}

void LockScreen::focusNextStep()
{
    if (m_busy)
        return;
    if (m_ui->passwordEdit->text().isEmpty())
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
    else if (m_codeRequired && m_ui->codeEdit->text().trimmed().isEmpty())
        m_ui->codeEdit->setFocus(Qt::OtherFocusReason);
    else
        m_ui->unlockButton->setFocus(Qt::OtherFocusReason);
}

void LockScreen::updateEnabled()
{
    m_ui->passwordEdit->setEnabled(!m_busy);
    m_ui->codeEdit->setEnabled(!m_busy);
    m_ui->unlockButton->setEnabled(!m_busy);
    // Signing out stays possible while a slow server is asked: it needs no answer.
}

} // namespace tv::ui

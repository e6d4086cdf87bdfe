#include "ui/login/AccessLapsedPage.h"

#include "models/domain/Access.h"
#include "ui/common/Accessibility.h"
#include "ui/common/Retranslate.h"
#include "ui_AccessLapsedPage.h"

#include <QStyle>

using namespace Qt::StringLiterals;

namespace tv::ui {

AccessLapsedPage::AccessLapsedPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccessLapsedPage>())
{
    m_ui->setupUi(this);
    markHeading(m_ui->lapsedHeadingLabel, 1);
    QFont headingFont = m_ui->lapsedHeadingLabel->font();
    if (headingFont.pointSizeF() > 0)
        headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_ui->lapsedHeadingLabel->setFont(headingFont);
    // The state is said in words; the icon repeats it for those who scan.
    const int iconSize = m_ui->lapsedHeadingLabel->fontMetrics().height() * 2;
    m_ui->lapsedIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_ui->lapsedIconLabel->setAccessibleDescription(m_ui->lapsedHeadingLabel->text());
    connect(m_ui->lapsedSignOutButton, &QPushButton::clicked, this,
            &AccessLapsedPage::signOutRequested);
    retranslate();
}

AccessLapsedPage::~AccessLapsedPage() = default;

void AccessLapsedPage::setLapsed(const tv::Error &error,
                                 const startup::TransformTeamContact &contact)
{
    m_error = error;
    m_contact = contact;
    retranslate();
}

void AccessLapsedPage::setBusy(bool busy)
{
    m_ui->lapsedSignOutButton->setEnabled(!busy);
}

void AccessLapsedPage::focusFirst()
{
    m_ui->lapsedSignOutButton->setFocus(Qt::OtherFocusReason);
}

void AccessLapsedPage::changeEvent(QEvent *event)
{
    retranslateForm(event, *m_ui, this, [this] { retranslate(); });
    QWidget::changeEvent(event);
}

void AccessLapsedPage::retranslate()
{
    QStringList lines;
    for (const QString &condition : std::as_const(m_error.unmet))
        lines << u"\u2022 "_s + conditions::textForWireName(condition);
    if (lines.isEmpty()) {
        // An access_lapsed error without its list (an older service): its own words, or ours.
        lines << (m_error.message.isEmpty()
                      ? tr("A condition of your access is not met. Ask the Transform team.")
                      : m_error.message);
    }
    const QString conditionsText = lines.join(u'\n');
    m_ui->conditionsLabel->setText(conditionsText);
    m_ui->conditionsLabel->setAccessibleDescription(conditionsText);

    QString contact;
    if (m_contact.isEmpty()) {
        contact = tr("Contact the council's Transform team to have your access restored.");
    } else {
        QStringList parts{tr("To have your access restored, contact:")};
        if (!m_contact.name.isEmpty())
            parts << m_contact.name;
        if (!m_contact.email.isEmpty())
            parts << tr("Email: %1").arg(m_contact.email);
        if (!m_contact.phone.isEmpty())
            parts << tr("Phone: %1").arg(m_contact.phone);
        contact = parts.join(u'\n');
    }
    m_ui->contactLabel->setText(contact);
    m_ui->contactLabel->setAccessibleDescription(contact);
    m_ui->lapsedIconLabel->setAccessibleDescription(m_ui->lapsedHeadingLabel->text());
}

} // namespace tv::ui

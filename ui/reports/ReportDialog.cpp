#include "ui/reports/ReportDialog.h"

#include "models/person/PersonViewGroup.h"
#include "ui/common/Accessibility.h"
#include "ui/common/Retranslate.h"
#include "ui/common/StateLine.h"
#include "ui_ReportDialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPlainTextEdit>

namespace tv::ui {

ReportDialog::ReportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportDialog>())
{
    m_ui->setupUi(this);
    markHeading(m_ui->reportHeading, 1);
    const QFontMetrics metrics = m_ui->descriptionEdit->fontMetrics();
    m_ui->descriptionEdit->setMinimumSize(metrics.averageCharWidth() * 50,
                                          metrics.lineSpacing() * 6);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_ui->reportButtons->addButton(m_ui->sendReportButton, QDialogButtonBox::AcceptRole);
    m_ui->reportButtons->addButton(m_ui->cancelButton, QDialogButtonBox::RejectRole);
    m_ui->descriptionEdit->setFocus(Qt::OtherFocusReason);

    // Accepted by the caller once the service has the report, so not connected to accept().
    connect(m_ui->reportButtons, &QDialogButtonBox::accepted, this, &ReportDialog::send);
    connect(m_ui->reportButtons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &ReportDialog::updateCount);

    retranslate();
    updateEnabled();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setItem(const QString &itemKey, const QString &itemSummary)
{
    m_itemKey = itemKey;
    m_ui->reportItemLabel->setText(models::PersonViewGroups::reportItemText(itemKey));
    m_ui->reportItemLabel->setAccessibleDescription(m_ui->reportItemLabel->text());
    m_ui->reportSummaryLabel->setText(itemSummary);
    m_ui->reportSummaryLabel->setAccessibleDescription(itemSummary);
}

NewInaccuracyReport ReportDialog::report() const
{
    return NewInaccuracyReport{m_itemKey, m_ui->descriptionEdit->toPlainText().trimmed()};
}

void ReportDialog::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        m_ui->reportState->show(StateLine::State::Busy, tr("Sending the report…"));
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
        if (m_ui->reportState->state() == StateLine::State::Busy)
            m_ui->reportState->clear();
    }
    updateEnabled();
    if (!busy)
        m_ui->descriptionEdit->setFocus(Qt::OtherFocusReason);
}

bool ReportDialog::isBusy() const
{
    return m_busy;
}

void ReportDialog::showError(const QString &message)
{
    setBusy(false);
    m_ui->reportState->show(StateLine::State::Error, message);
}

QString ReportDialog::stateText() const
{
    return m_ui->reportState->text();
}

void ReportDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void ReportDialog::changeEvent(QEvent *event)
{
    retranslateForm(event, *m_ui, this, [this] { retranslate(); });
    QDialog::changeEvent(event);
}

void ReportDialog::retranslate()
{
    // The fixed words are the form's (retranslateUi); these depend on the limit or the state.
    m_ui->descriptionEdit->setAccessibleDescription(
        tr("Required, at most %1 characters. Tab moves on to the buttons.")
            .arg(QLocale().toString(MaxDescriptionLength)));
    m_ui->reportState->setAccessibleTitle(tr("Sending status"));
    if (m_busy)
        m_ui->reportState->show(StateLine::State::Busy, tr("Sending the report…"));
    updateCount();
}

void ReportDialog::send()
{
    const qsizetype length = descriptionLength();
    if (m_busy || length < 1 || length > MaxDescriptionLength)
        return;
    m_ui->reportState->clear();
    setBusy(true);
    Q_EMIT sendRequested(report());
}

void ReportDialog::updateCount()
{
    const qsizetype length = descriptionLength();
    const QLocale locale;
    QString words;
    if (length > MaxDescriptionLength) {
        words = tr("%1 of %2 characters: %3 too many.")
                    .arg(locale.toString(length), locale.toString(MaxDescriptionLength),
                         locale.toString(length - MaxDescriptionLength));
    } else {
        words = tr("%1 of %2 characters.")
                    .arg(locale.toString(length), locale.toString(MaxDescriptionLength));
    }
    QFont countFont = m_ui->descriptionCountLabel->font();
    countFont.setBold(length > MaxDescriptionLength);
    m_ui->descriptionCountLabel->setFont(countFont);
    m_ui->descriptionCountLabel->setText(words);
    m_ui->descriptionCountLabel->setAccessibleDescription(words);
    updateEnabled();
}

void ReportDialog::updateEnabled()
{
    const qsizetype length = descriptionLength();
    m_ui->descriptionEdit->setReadOnly(m_busy);
    m_ui->sendReportButton->setEnabled(!m_busy && length >= 1 && length <= MaxDescriptionLength);
    m_ui->cancelButton->setEnabled(!m_busy);
}

qsizetype ReportDialog::descriptionLength() const
{
    return m_ui->descriptionEdit->toPlainText().trimmed().size();
}

} // namespace tv::ui

#include "ui/reports/ReportDialog.h"

#include "models/person/PersonViewGroup.h"
#include "ui/common/Accessibility.h"
#include "ui/common/StateLine.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tv::ui {

ReportDialog::ReportDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_itemLabel(new QLabel(this))
    , m_item(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_state(new StateLine(u"reportState"_s, this))
    , m_send(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(u"reportDialog"_s);
    m_heading->setObjectName(u"reportHeading"_s);
    m_intro->setObjectName(u"reportIntro"_s);
    m_itemLabel->setObjectName(u"reportItemTitle"_s);
    m_item->setObjectName(u"reportItemLabel"_s);
    m_summaryLabel->setObjectName(u"reportSummaryTitle"_s);
    m_summary->setObjectName(u"reportSummaryLabel"_s);
    m_descriptionLabel->setObjectName(u"descriptionLabel"_s);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_count->setObjectName(u"descriptionCountLabel"_s);
    m_send->setObjectName(u"sendReportButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);

    // The row's words are shown, never selectable: nothing of a record can be copied.
    for (QLabel *label : {m_heading, m_intro, m_item, m_summary, m_count}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    }
    markHeading(m_heading, 1);
    m_itemLabel->setBuddy(m_item);
    m_summaryLabel->setBuddy(m_summary);
    m_descriptionLabel->setBuddy(m_description);
    m_description->setTabChangesFocus(true);
    m_description->setContextMenuPolicy(Qt::NoContextMenu);
    m_description->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const QFontMetrics metrics = m_description->fontMetrics();
    m_description->setMinimumSize(metrics.averageCharWidth() * 50, metrics.lineSpacing() * 6);
    m_send->setDefault(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_cancel->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"reportButtons"_s);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *itemLayout = new QFormLayout;
    itemLayout->addRow(m_itemLabel, m_item);
    itemLayout->addRow(m_summaryLabel, m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(itemLayout);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_description, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    QWidget::setTabOrder(m_description, m_send);
    QWidget::setTabOrder(m_send, m_cancel);
    m_description->setFocus(Qt::OtherFocusReason);

    // Accepted by the caller once the service has the report, so not connected to accept().
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ReportDialog::updateCount);

    retranslate();
    updateEnabled();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setItem(const QString &itemKey, const QString &itemSummary)
{
    m_itemKey = itemKey;
    m_item->setText(models::PersonViewGroups::reportItemText(itemKey));
    m_item->setAccessibleDescription(m_item->text());
    m_summary->setText(itemSummary);
    m_summary->setAccessibleDescription(itemSummary);
}

NewInaccuracyReport ReportDialog::report() const
{
    return NewInaccuracyReport{m_itemKey, m_description->toPlainText().trimmed()};
}

void ReportDialog::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        m_state->show(StateLine::State::Busy, tr("Sending the report…"));
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
        if (m_state->state() == StateLine::State::Busy)
            m_state->clear();
    }
    updateEnabled();
    if (!busy)
        m_description->setFocus(Qt::OtherFocusReason);
}

bool ReportDialog::isBusy() const
{
    return m_busy;
}

void ReportDialog::showError(const QString &message)
{
    setBusy(false);
    m_state->show(StateLine::State::Error, message);
}

QString ReportDialog::stateText() const
{
    return m_state->text();
}

void ReportDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Report an inaccuracy"));
    m_heading->setText(tr("Report an inaccuracy"));
    m_intro->setText(tr("Tell the Transform team what is wrong with this item. They check it with "
                        "the service that holds the record; My reports shows what was done."));
    m_itemLabel->setText(tr("About:"));
    m_item->setAccessibleName(tr("Item reported"));
    m_summaryLabel->setText(tr("Shows:"));
    m_summary->setAccessibleName(tr("What the record shows"));
    m_descriptionLabel->setText(tr("&What is wrong, and what should it say?"));
    m_description->setAccessibleName(tr("What is wrong"));
    m_description->setAccessibleDescription(
        tr("Required, at most %1 characters. Tab moves on to the buttons.")
            .arg(QLocale().toString(MaxDescriptionLength)));
    m_count->setAccessibleName(tr("Length of the description"));
    m_state->setAccessibleTitle(tr("Sending status"));
    if (m_busy)
        m_state->show(StateLine::State::Busy, tr("Sending the report…"));
    m_send->setText(tr("&Send report"));
    m_send->setAccessibleName(tr("Send report"));
    m_send->setAccessibleDescription(tr("Send the report to the Transform team."));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Close without sending."));
    updateCount();
}

void ReportDialog::send()
{
    const qsizetype length = descriptionLength();
    if (m_busy || length < 1 || length > MaxDescriptionLength)
        return;
    m_state->clear();
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
    QFont countFont = m_count->font();
    countFont.setBold(length > MaxDescriptionLength);
    m_count->setFont(countFont);
    m_count->setText(words);
    m_count->setAccessibleDescription(words);
    updateEnabled();
}

void ReportDialog::updateEnabled()
{
    const qsizetype length = descriptionLength();
    m_description->setReadOnly(m_busy);
    m_send->setEnabled(!m_busy && length >= 1 && length <= MaxDescriptionLength);
    m_cancel->setEnabled(!m_busy);
}

qsizetype ReportDialog::descriptionLength() const
{
    return m_description->toPlainText().trimmed().size();
}

} // namespace tv::ui

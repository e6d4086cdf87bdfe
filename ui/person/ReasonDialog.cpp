#include "ReasonDialog.h"

#include "common/Accessibility.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tv::ui {

ReasonDialog::ReasonDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_subject(new QLabel(this))
    , m_reasonBox(new QGroupBox(this))
    , m_reasonLayout(new QVBoxLayout(m_reasonBox))
    , m_reasonGroup(new QButtonGroup(this))
    , m_noReasons(new QLabel(m_reasonBox))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_open(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(u"reasonDialog"_s);
    m_heading->setObjectName(u"reasonHeading"_s);
    m_subject->setObjectName(u"reasonSubjectLabel"_s);
    m_reasonBox->setObjectName(u"reasonBox"_s);
    m_noReasons->setObjectName(u"noReasonsLabel"_s);
    m_noteLabel->setObjectName(u"reasonNoteLabel"_s);
    m_note->setObjectName(u"reasonNoteEdit"_s);
    m_open->setObjectName(u"openRecordButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);

    for (QLabel *label : {m_heading, m_subject, m_noReasons}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    }
    markHeading(m_heading, 1);
    m_reasonGroup->setExclusive(true);
    m_reasonLayout->addWidget(m_noReasons);
    m_noteLabel->setBuddy(m_note);
    m_note->setMaxLength(MaxNoteLength);
    m_note->setMinimumWidth(m_note->fontMetrics().averageCharWidth() * 40);
    m_open->setDefault(true);
    m_open->setAutoDefault(true);
    m_cancel->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"reasonButtons"_s);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_subject);
    layout->addWidget(m_reasonBox);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonGroup, &QButtonGroup::idToggled, this, &ReasonDialog::updateEnabled);

    retranslate();
    updateEnabled();
}

ReasonDialog::~ReasonDialog() = default;

void ReasonDialog::setReasons(const QList<AccessReasonOption> &reasons)
{
    const auto old = m_reasonGroup->buttons();
    for (QAbstractButton *button : old) {
        m_reasonGroup->removeButton(button);
        delete button;
    }
    m_reasons = reasons;
    QWidget *previous = nullptr;
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        const AccessReasonOption &option = reasons.at(i);
        auto *button = new QRadioButton(m_reasonBox);
        button->setObjectName(u"reason_"_s + option.code);
        // The service's words, shown as they are (an '&' is not a mnemonic).
        QString label = option.label;
        button->setText(label.replace(u'&', u"&&"_s));
        button->setAccessibleName(option.label);
        button->setAccessibleDescription(
            tr("Reason %1 of %2 for opening this record.").arg(i + 1).arg(reasons.size()));
        m_reasonGroup->addButton(button, int(i));
        m_reasonLayout->addWidget(button);
        if (previous)
            QWidget::setTabOrder(previous, button);
        previous = button;
    }
    m_noReasons->setVisible(reasons.isEmpty());
    if (previous) {
        QWidget::setTabOrder(previous, m_note);
        m_reasonGroup->buttons().constFirst()->setFocus(Qt::OtherFocusReason);
    }
    QWidget::setTabOrder(m_note, m_open);
    QWidget::setTabOrder(m_open, m_cancel);
    updateEnabled();
}

void ReasonDialog::setSubject(const QString &displayName)
{
    m_subjectName = displayName;
    retranslate();
}

AccessReason ReasonDialog::reason() const
{
    AccessReason reason;
    const int chosen = m_reasonGroup->checkedId();
    if (chosen >= 0 && chosen < m_reasons.size())
        reason.code = m_reasons.at(chosen).code;
    const QString note = m_note->text().trimmed();
    if (!note.isEmpty())
        reason.note = note;
    return reason;
}

void ReasonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReasonDialog::retranslate()
{
    setWindowTitle(tr("Why are you opening this record?"));
    m_heading->setText(tr("Why are you opening this record?"));
    m_subject->setText(
        m_subjectName.isEmpty()
            ? tr("Choose the reason. It is recorded with your name in the audit trail.")
            : tr("You are opening the record of %1. Choose the reason: it is recorded with your "
                 "name in the audit trail.")
                  .arg(m_subjectName));
    m_subject->setAccessibleName(tr("Whose record"));
    m_subject->setAccessibleDescription(m_subject->text());
    m_reasonBox->setTitle(tr("Reason"));
    m_reasonBox->setAccessibleName(tr("Reason"));
    m_reasonBox->setAccessibleDescription(
        tr("Choose one reason with the arrow keys or the space bar."));
    m_noReasons->setText(tr("The list of reasons is not available. Cancel and try again."));
    m_noteLabel->setText(tr("&Note (optional):"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(
        tr("Optional: a few words about why, at most %1 characters. It is recorded in the audit "
           "trail.")
            .arg(MaxNoteLength));
    m_open->setText(tr("&Open record"));
    m_open->setAccessibleName(tr("Open record"));
    m_open->setAccessibleDescription(
        tr("Open the record with the reason chosen. Available once a reason is chosen."));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Do not open the record."));
}

void ReasonDialog::updateEnabled()
{
    m_open->setEnabled(m_reasonGroup->checkedId() >= 0);
}

} // namespace tv::ui

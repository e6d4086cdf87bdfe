#include "ui/person/ReasonDialog.h"

#include "models/common/Format.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageScroll.h"
#include "ui/common/StateLine.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QKeyEvent>
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
    , m_state(new StateLine(u"reasonState"_s, this))
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
    // The reasons scroll when the screen is too small to show them all (200% on a laptop): the
    // radio buttons keep their height instead of being squeezed.
    auto *reasonList = new QWidget(this);
    reasonList->setObjectName(u"reasonList"_s);
    auto *reasonListLayout = new QVBoxLayout(scrollingContent(reasonList, u"reasonList"_s));
    reasonListLayout->setContentsMargins(0, 0, 0, 0);
    reasonListLayout->addWidget(m_reasonBox);
    reasonListLayout->addStretch(1);
    layout->addWidget(reasonList, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Once a reason is chosen, what was said about choosing one no longer applies.
    connect(m_reasonGroup, &QButtonGroup::idToggled, m_state, &StateLine::clear);

    retranslate();
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
        button->installEventFilter(this);
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
    m_state->clear();
}

void ReasonDialog::setSubject(const QString &displayName, QDate dateOfBirth)
{
    m_subjectName = displayName;
    m_subjectBorn = dateOfBirth;
    retranslate();
}

void ReasonDialog::accept()
{
    if (m_reasonGroup->checkedId() >= 0) {
        QDialog::accept();
        return;
    }
    // Enter with no reason chosen: say why nothing opens, and put the keyboard where the answer is.
    m_state->show(StateLine::State::Warning,
                  m_reasons.isEmpty()
                      ? m_noReasons->text()
                      : tr("Choose a reason first: the arrow keys move between the reasons and "
                           "choose one. Then press Enter to open the record."));
    focusReasons();
}

void ReasonDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    focusReasons();
}

void ReasonDialog::focusReasons()
{
    const QList<QAbstractButton *> buttons = m_reasonGroup->buttons();
    if (buttons.isEmpty())
        return;
    QAbstractButton *target = m_reasonGroup->checkedButton();
    if (!target)
        target = buttons.constFirst();
    // Drawn as keyboard focus from the start (styles draw the focus frame only after a keyboard
    // focus change), so the person sees where the arrow keys act.
    setAttribute(Qt::WA_KeyboardFocusChange);
    target->setFocus(Qt::TabFocusReason);
}

bool ReasonDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *button = qobject_cast<QAbstractButton *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (button && key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Up:
            case Qt::Key_Left:
                chooseNext(button, -1);
                return true;
            case Qt::Key_Down:
            case Qt::Key_Right:
                chooseNext(button, +1);
                return true;
            default:
                break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReasonDialog::chooseNext(QAbstractButton *from, int step)
{
    const QList<QAbstractButton *> buttons = m_reasonGroup->buttons();
    const qsizetype at = buttons.indexOf(from);
    if (at < 0)
        return;
    const qsizetype count = buttons.size();
    QAbstractButton *next = buttons.at((at + step + count) % count);
    next->setChecked(true);
    next->setFocus(step < 0 ? Qt::BacktabFocusReason : Qt::TabFocusReason);
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
    if (m_subjectName.isEmpty()) {
        m_subject->setText(
            tr("Choose the reason. It is recorded with your name in the audit trail."));
    } else {
        m_subject->setText(tr("You are opening the record of %1. Choose the reason: it is "
                              "recorded with your name in the audit trail.")
                               .arg(models::Format::personWithBirth(m_subjectName, m_subjectBorn)));
    }
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
        tr("Open the record with the reason chosen. Choose a reason first."));
    m_state->setAccessibleTitle(tr("Reason"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Do not open the record."));
}

} // namespace tv::ui

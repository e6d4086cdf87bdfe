#include "ui/person/ReasonDialog.h"

#include "models/common/Format.h"
#include "ui/common/Accessibility.h"
#include "ui/common/Retranslate.h"
#include "ui/common/StateLine.h"
#include "ui_ReasonDialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace tv::ui {

ReasonDialog::ReasonDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReasonDialog>())
    , m_reasonGroup(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    markHeading(m_ui->reasonHeading, 1);
    m_reasonGroup->setExclusive(true);
    m_ui->reasonNoteEdit->setMaxLength(MaxNoteLength);
    m_ui->reasonNoteEdit->setMinimumWidth(m_ui->reasonNoteEdit->fontMetrics().averageCharWidth() *
                                          40);
    m_ui->reasonButtons->addButton(m_ui->openRecordButton, QDialogButtonBox::AcceptRole);
    m_ui->reasonButtons->addButton(m_ui->cancelButton, QDialogButtonBox::RejectRole);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_ui->reasonButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->reasonButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Once a reason is chosen, what was said about choosing one no longer applies.
    connect(m_reasonGroup, &QButtonGroup::idToggled, m_ui->reasonState, &StateLine::clear);

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
        auto *button = new QRadioButton(m_ui->reasonBox);
        button->setObjectName(u"reason_"_s + option.code);
        // The service's words, shown as they are (an '&' is not a mnemonic).
        QString label = option.label;
        button->setText(label.replace(u'&', u"&&"_s));
        button->setAccessibleName(option.label);
        button->setAccessibleDescription(
            tr("Reason %1 of %2 for opening this record.").arg(i + 1).arg(reasons.size()));
        m_reasonGroup->addButton(button, int(i));
        m_ui->reasonLayout->addWidget(button);
        button->installEventFilter(this);
        if (previous)
            QWidget::setTabOrder(previous, button);
        previous = button;
    }
    m_ui->noReasonsLabel->setVisible(reasons.isEmpty());
    if (previous) {
        QWidget::setTabOrder(previous, m_ui->reasonNoteEdit);
        m_reasonGroup->buttons().constFirst()->setFocus(Qt::OtherFocusReason);
    }
    QWidget::setTabOrder(m_ui->reasonNoteEdit, m_ui->openRecordButton);
    QWidget::setTabOrder(m_ui->openRecordButton, m_ui->cancelButton);
    m_ui->reasonState->clear();
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
    m_ui->reasonState->show(
        StateLine::State::Warning,
        m_reasons.isEmpty()
            ? m_ui->noReasonsLabel->text()
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
    const QString note = m_ui->reasonNoteEdit->text().trimmed();
    if (!note.isEmpty())
        reason.note = note;
    return reason;
}

void ReasonDialog::changeEvent(QEvent *event)
{
    retranslateForm(event, *m_ui, this, [this] { retranslate(); });
    QDialog::changeEvent(event);
}

void ReasonDialog::retranslate()
{
    // The fixed words are the form's (retranslateUi); these depend on the subject or the limits.
    if (m_subjectName.isEmpty()) {
        m_ui->reasonSubjectLabel->setText(
            tr("Choose the reason. It is recorded with your name in the audit trail."));
    } else {
        m_ui->reasonSubjectLabel->setText(
            tr("You are opening the record of %1. Choose the reason: it is "
               "recorded with your name in the audit trail.")
                .arg(models::Format::personWithBirth(m_subjectName, m_subjectBorn)));
    }
    m_ui->reasonSubjectLabel->setAccessibleDescription(m_ui->reasonSubjectLabel->text());
    m_ui->reasonNoteEdit->setAccessibleDescription(
        tr("Optional: a few words about why, at most %1 characters. It is recorded in the audit "
           "trail.")
            .arg(MaxNoteLength));
    m_ui->reasonState->setAccessibleTitle(tr("Reason"));
}

} // namespace tv::ui

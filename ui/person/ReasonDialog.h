#pragma once

#include "models/domain/FieldLimits.h"
#include "models/domain/Search.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <memory>

class QAbstractButton;
class QButtonGroup;

namespace tv::ui {

namespace Ui {
class ReasonDialog;
} // namespace Ui

// "Why are you opening this record?": asked before a person's record opens. The service's list
// of reasons as radio buttons, an optional note, and "Open record" (the default button) or
// "Cancel". The caller names whom the record is about (name and date of birth: two children may
// share a name) and reads reason() after accept().
//
// Keyboard: it opens with the focus on the reasons (the chosen one, else the first), drawn as
// keyboard focus. Up/Left and Down/Right move to the previous and next reason and choose it,
// wrapping at the ends; Space chooses the one in focus. Enter opens the record once a reason is
// chosen; before that it says, in the dialog, that a reason is needed, and keeps it open.
class ReasonDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    // The service's limit on the note.
    static constexpr int MaxNoteLength = limits::ReasonNoteLength;

    explicit ReasonDialog(QWidget *parent = nullptr);
    ~ReasonDialog() override;

    // The reasons to choose from, in the service's order; none is chosen.
    void setReasons(const QList<tv::AccessReasonOption> &reasons);
    // The person whose record opens: "Sienna Smith, born 3 Mar 2014".
    void setSubject(const QString &displayName, QDate dateOfBirth);

    // The chosen reason's code and the note (trimmed; nullopt when empty). An empty code while
    // nothing is chosen.
    tv::AccessReason reason() const;

    // Opens the record when a reason is chosen; otherwise says why not and stays open.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void focusReasons();
    // The reason `step` places after (or before) the one in focus, wrapping; chosen and focused.
    void chooseNext(QAbstractButton *from, int step);

    // The form (ReasonDialog.ui); the reasons' radio buttons are added to its reasonLayout.
    std::unique_ptr<Ui::ReasonDialog> m_ui;
    QButtonGroup *m_reasonGroup;
    QList<AccessReasonOption> m_reasons;
    QString m_subjectName;
    QDate m_subjectBorn;
};

} // namespace tv::ui

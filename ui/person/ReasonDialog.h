#pragma once

#include "domain/Search.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace tv::ui {

// "Why are you opening this record?": asked before a person's record opens. The service's list
// of reasons as radio buttons (arrows move between them), an optional note, and "Open record"
// (the default button, disabled until a reason is chosen) or "Cancel". The caller names whom the
// record is about and reads reason() after accept().
class ReasonDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    // The service's limit on the note (server/access/RecordAccess.cpp).
    static constexpr int MaxNoteLength = 500;

    explicit ReasonDialog(QWidget *parent = nullptr);
    ~ReasonDialog() override;

    // The reasons to choose from, in the service's order; none is chosen.
    void setReasons(const QList<tv::AccessReasonOption> &reasons);
    // The display name of the person whose record opens.
    void setSubject(const QString &displayName);

    // The chosen reason's code and the note (trimmed; nullopt when empty). An empty code while
    // nothing is chosen.
    tv::AccessReason reason() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();

    QLabel *m_heading;
    QLabel *m_subject;
    QGroupBox *m_reasonBox;
    QVBoxLayout *m_reasonLayout;
    QButtonGroup *m_reasonGroup;
    QLabel *m_noReasons;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QPushButton *m_open;
    QPushButton *m_cancel;
    QList<AccessReasonOption> m_reasons;
    QString m_subjectName;
};

} // namespace tv::ui

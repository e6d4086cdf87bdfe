#pragma once

#include "models/domain/FieldLimits.h"
#include "models/domain/Report.h"

#include <QDialog>

#include <memory>

namespace tv::ui {

namespace Ui {
class ReportDialog;
} // namespace Ui

// "Report an inaccuracy" about one row of a person's record: which item (in words, and the row's
// own words, read-only), what is wrong (required, 1 to 2,000 characters, with a live count), and
// "Send report" or "Cancel".
//
// The caller sends it: "Send report" emits sendRequested() and makes the dialog busy (nothing
// can be changed, sent again or cancelled while the request is out); the caller then either
// calls accept() (sent) or showError() (the dialog stays open with the text kept).
class ReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    // The service's limit on the description.
    static constexpr int MaxDescriptionLength = limits::ReportTextLength;

    explicit ReportDialog(QWidget *parent = nullptr);
    ~ReportDialog() override;

    // The row the report is about: its item key ("individual-flags/young-carer", see
    // tv::NewInaccuracyReport) and its words as the view shows them.
    void setItem(const QString &itemKey, const QString &itemSummary);

    // The item and the description as typed (trimmed).
    tv::NewInaccuracyReport report() const;

    void setBusy(bool busy);
    bool isBusy() const;
    // Sending failed: the message in words; ends the busy state and keeps the text.
    void showError(const QString &message);
    QString stateText() const;

public Q_SLOTS:
    // Closes the dialog, unless a report is being sent (Escape, Cancel, the close button).
    void reject() override;

Q_SIGNALS:
    void sendRequested(const tv::NewInaccuracyReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void send();
    void updateCount();
    void updateEnabled();
    qsizetype descriptionLength() const;

    std::unique_ptr<Ui::ReportDialog> m_ui; // ReportDialog.ui
    QString m_itemKey;
    bool m_busy = false;
};

} // namespace tv::ui

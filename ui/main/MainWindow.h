#pragma once

#include "models/domain/Search.h"
#include "models/domain/User.h"

#include <QDate>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QDialog;
class QLabel;

namespace tv::models {
class PersonSummaryModel;
} // namespace tv::models
namespace tv::workspace {
class Workspace;
} // namespace tv::workspace

namespace tv::ui {

class CaptureGuard;
class MyReportsPanel;
class PersonPage;
class ReasonDialog;
class ReportDialog;
class SearchPanel;
class StateLine;
class Watermark;
struct KeyHelp;

namespace Ui {
class MainWindow;
} // namespace Ui

// The window after sign-in: who is signed in, "Sign out", the Session menu (Lock now with the
// quick-hide keys Ctrl+Shift+L and Pause, Sign out, Quit), Records (My inaccuracy reports), Help
// (Keyboard shortcuts, What the three states mean, About), and the practitioner's workspace, one
// page at a time:
//   search  -> (a reason for access, asked once per person's visit) -> person page
//   person page -> household member -> (their reason) -> their person page
//   any row of the person page -> report an inaccuracy;  "My reports" -> the reports page.
// It connects the pages to the Workspace, which makes the requests and owns every model that
// holds person data; clearPersonData() empties them, closes the dialogs (they show a name or a
// row) and returns to an empty search page.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(workspace::Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setTrainingMode(bool training);
    bool isTrainingMode() const;

    // Shows who is signed in; clearUser() forgets it again.
    void setUser(const tv::User &user);
    void clearUser();

    workspace::Workspace *workspace() const;
    // The search results (person data, in memory only).
    models::PersonSummaryModel *searchResults() const;
    // Empties every model that holds person data and drops every request for more (on lock and
    // on sign-out).
    void clearPersonData();

    // The quick-hide keys of lockAction: Ctrl+Shift+L, and Pause (Break) on keyboards with one.
    static QList<QKeySequence> lockShortcuts();

    SearchPanel *searchPanel() const;
    PersonPage *personPage() const;
    MyReportsPanel *myReportsPanel() const;
    // The page shown now (one of the three above).
    QWidget *currentPage() const;
    // The reason or report dialog while one is open, else null.
    ReasonDialog *reasonDialog() const;
    ReportDialog *reportDialog() const;
    // What the window last said about the workspace (an error opening a record, a report sent).
    QString messageText() const;

    // The service's version (its health answer), for Help > About; empty while not known.
    void setServiceVersion(const QString &version);
    // The Help window open now (keyboard shortcuts, the three states, about), else null.
    QDialog *helpDialog() const;
    // Every key of the window, as Help > Keyboard shortcuts lists them: the window's and the
    // pages' actions (their shortcuts as set), then the keys the widgets handle themselves.
    QList<KeyHelp> keyHelp() const;

    // Shows the guard's capture protection in the status bar, and hides every page (person data)
    // while it conceals. Not owned; nullptr (or the guard's end) stops both.
    void setCaptureGuard(CaptureGuard *guard);
    // Whether the pages are hidden now (the app is inactive, minimised, or Print Screen).
    bool isConcealed() const;

Q_SIGNALS:
    void signOutRequested();
    // Session > Quit (Ctrl+Q): sign out and close the program.
    void quitRequested();
    // The person asked to lock at once (menu, or a quick-hide key).
    void lockRequested();

protected:
    void changeEvent(QEvent *event) override;
    // The keyboard starts on the page shown (the search's name field after sign-in).
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void buildPages();
    void connectWorkspace();
    void showPage(QWidget *page);
    // Lays the signed-in practitioner's watermark over a dialog that shows person data.
    void markWithIdentity(QWidget *dialog) const;
    // Opens `personId` (called `name` in the reason prompt): at once when their visit already
    // has a reason, else after asking for one.
    void requestOpen(const QString &personId, const QString &name, QDate dateOfBirth);
    void askForReason(const QList<tv::AccessReasonOption> &reasons);
    void openReportDialog(const QString &itemKey, const QString &itemSummary);
    void showMyReports();
    void backFromMyReports();
    void closeDialogs();
    void setConcealed(bool concealed);
    void showProtection();
    void showHelp(QDialog *dialog);

    std::unique_ptr<Ui::MainWindow> m_ui;
    workspace::Workspace *m_workspace;
    StateLine *m_message = nullptr;
    QLabel *m_curtain = nullptr;
    QLabel *m_protectionBadge = nullptr;
    Watermark *m_watermark = nullptr;
    QPointer<CaptureGuard> m_guard;
    SearchPanel *m_search = nullptr;
    PersonPage *m_person = nullptr;
    MyReportsPanel *m_reports = nullptr;
    QPointer<ReasonDialog> m_reasonDialog;
    QPointer<ReportDialog> m_reportDialog;
    QPointer<QWidget> m_pageBeforeReports;
    QPointer<QDialog> m_helpDialog;
    QPointer<QWidget> m_focusBeforeConcealed;
    QString m_serviceVersion;
    // The person waiting for a reason (id and the name the prompt shows), while the reasons load
    // or the prompt is open.
    QString m_pendingId;
    QString m_pendingName;
    QDate m_pendingBorn;
    bool m_training = false;
    std::optional<User> m_user;
};

} // namespace tv::ui

#pragma once

#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QUrl;

namespace tv::models {
class PersonPageModels;
} // namespace tv::models

namespace tv::ui {

class AttendanceTab;
class DetailsFlagsTab;
class HouseholdPanel;
class InvolvementsTab;
class RecordListTab;

// The person page: the seven groups of a person view (Appendix C 7.5-7.11) as read-only panels,
// each a view on one model of models::PersonPageModels, plus the household and a line per data
// source saying what it covers and when it was last updated.
//
// Layout: a header (back, the person's name, date of birth and age, the page's actions), then
// tabs: "Details and flags" (personal details and the three flag groups, each panel as tall as
// its rows, then the sources, one line each), "Involvements", "Assessments", "Attendance" (table
// and chart), "Household". Ctrl+Tab / Ctrl+Shift+Tab (from any panel) and the tabs' Alt mnemonics
// move between them, the keyboard going to the section's first panel. Shift+F10 or the Menu key
// opens the focused row's menu; Alt+Left goes back from anywhere in the window.
//
// A view, not a controller: it never calls the service. It says what the person asked for:
// - reportRequested(item, summary) from any row of any panel: its context menu, the page's
//   "Report an inaccuracy…" button (the current row of the panel last in focus) or
//   reportShortcut() in a panel. `item` is the row's ReportItemRole, `summary` its visible words.
// - householdMemberRequested(id) from the household panel; backRequested() from "Back to
//   search" or Alt+Left; myReportsRequested() from "My reports".
// "Contact lead professional" (a button under the involvements, their context menu) opens a
// mailto: URL for the involvement's lead professional with the URL opener (QDesktopServices by
// default). When no mail program takes it, the page says so under the button and shows the
// address to read (a label, not selectable: nothing to copy).
//
// Under the name, the record at a glance: one line of which flags are Current and which
// Historic over every group (PersonPageModels::flagsAtAGlance).
//
// Each tab is a widget of its own (DetailsFlagsTab, InvolvementsTab, a RecordListTab for the
// assessments, AttendanceTab, HouseholdPanel); the page keeps the header, the tab widget and the
// wiring: the panels' row menus, reporting, the page's keys.
//
// No widget per row anywhere: 500 involvements cost the same widgets as 5.
class PersonPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonPage)

public:
    explicit PersonPage(QWidget *parent = nullptr);
    explicit PersonPage(models::PersonPageModels *models, QWidget *parent = nullptr);
    ~PersonPage() override;

    // The models to show (not owned; MainWindow owns them). nullptr shows nothing.
    void setModels(models::PersonPageModels *models);
    models::PersonPageModels *models() const;

    HouseholdPanel *householdPanel() const;

    // Ctrl+Shift+R: report an inaccuracy in the current row of the focused panel.
    static QKeySequence reportShortcut();

    // Opens a URL in the program the desktop has for it; false when none took it.
    using UrlOpener = std::function<bool(const QUrl &)>;
    // Replaces QDesktopServices::openUrl (a test makes it fail). An empty opener restores it.
    void setUrlOpener(UrlOpener opener);

Q_SIGNALS:
    void reportRequested(const QString &itemKey, const QString &itemSummary);
    void householdMemberRequested(const QString &personId);
    void backRequested();
    void myReportsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // One read-only table of the page and the role its model gives a row's report item in.
    struct Panel {
        QTableView *view = nullptr;
        int reportRole = 0;
        bool fitsRows = false; // as tall as its rows (the short, fixed lists)
    };

    void buildHeader();
    void applyHeadingFont();
    // The tabs, each a widget of its own (ui/person/*Tab.h, ui/household/HouseholdPanel.h).
    void buildTabs();
    // A table of a tab, as one of the page's panels: its row menu, the report's row.
    void addPanel(QTableView *view, int reportRole, bool fitsRows);
    // At `pos` of the panel's viewport (a click), or at its current row (keys).
    void showContextMenu(int panel, const std::optional<QPoint> &pos);
    // The next (+1) or previous (-1) section, and the keyboard to it.
    void stepTab(int step);
    // The keyboard to the first panel of the section shown.
    void focusSection();
    // The first section, scrolled to its top, no row chosen: a record as it opens.
    void showFromTop();
    void reportFrom(int panel);
    void reportFocused();
    void followTab();
    void fitPanel(const Panel &panel);
    void refreshHeader();
    void refreshActions();
    void refreshCounts();
    void retranslate();

    QPointer<models::PersonPageModels> m_models;
    QList<Panel> m_panels;
    int m_lastPanel = 0;

    QPushButton *m_backButton = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_bornLabel = nullptr;
    QLabel *m_glanceLabel = nullptr;
    QPushButton *m_reportButton = nullptr;
    QPushButton *m_myReportsButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    DetailsFlagsTab *m_flags = nullptr;
    InvolvementsTab *m_involvements = nullptr;
    RecordListTab *m_assessments = nullptr;
    AttendanceTab *m_attendance = nullptr;
    HouseholdPanel *m_household = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_rowMenuAction = nullptr;
};

} // namespace tv::ui

#pragma once

#include "ui/person/RecordListTab.h"

#include <functional>

class QAbstractItemModel;
class QPushButton;
class QUrl;

namespace tv::ui {

class StateLine;

// The person page's "Involvements" tab: the list, and under it "Contact lead professional",
// which opens a mailto: URL for the selected involvement's lead professional with the URL opener
// (QDesktopServices by default). When no mail program takes it, the tab says so under the button
// and shows the address to read (a label, not selectable: nothing to copy).
class InvolvementsTab final : public RecordListTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvolvementsTab)

public:
    explicit InvolvementsTab(QWidget *parent = nullptr);

    // The involvements to show (models::InvolvementModel, not owned).
    void setModel(QAbstractItemModel *model);

    QPushButton *contactButton() const;
    // The selected involvement's lead professional's address; empty when none is recorded.
    QString leadProfessionalEmail() const;
    void contactLeadProfessional();
    // Opens a URL in the program the desktop has for it; false when none took it.
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener);

    // The button follows the selected involvement.
    void refreshContact();
    void showEmpty(bool none, const QString &words) override;
    void retranslate() override;

private:
    QPushButton *m_contactButton;
    // Where the tab says that no mail program took the email, with the address to read.
    StateLine *m_contactState;
    UrlOpener m_openUrl;
};

} // namespace tv::ui

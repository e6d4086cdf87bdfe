#include "ui/person/InvolvementsTab.h"

#include "models/person/InvolvementModel.h"
#include "ui/common/StateLine.h"
#include "ui/person/PersonPage.h"

#include <QBoxLayout>
#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tv::ui {

using models::InvolvementModel;

InvolvementsTab::InvolvementsTab(QWidget *parent)
    : RecordListTab(u"involvements"_s, QT_TRANSLATE_NOOP("tv::ui::PersonPage", "Involvements"),
                    parent)
    , m_contactButton(new QPushButton(this))
{
    m_contactButton->setObjectName(u"contactLeadProfessionalButton"_s);
    m_contactButton->setAutoDefault(false);
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contactButton);
    contactRow->addStretch(1);
    column()->addLayout(contactRow);
    m_contactState = new StateLine(u"contactState"_s, this);
    column()->addWidget(m_contactState);
    connect(m_contactButton, &QPushButton::clicked, this,
            &InvolvementsTab::contactLeadProfessional);
}

void InvolvementsTab::setModel(QAbstractItemModel *model)
{
    view()->setModel(model);
    if (!model)
        return;
    // What the fallback said was about the involvement it was for.
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, m_contactState,
            &StateLine::clear);
    connect(model, &QAbstractItemModel::modelReset, m_contactState, &StateLine::clear);
}

QPushButton *InvolvementsTab::contactButton() const
{
    return m_contactButton;
}

QString InvolvementsTab::leadProfessionalEmail() const
{
    const QModelIndex index = view()->currentIndex();
    return index.isValid() ? index.data(InvolvementModel::LeadProfessionalEmailRole).toString()
                           : QString();
}

void InvolvementsTab::contactLeadProfessional()
{
    const QString email = leadProfessionalEmail();
    if (email.isEmpty())
        return;
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(email);
    const bool opened = m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url);
    if (opened) {
        m_contactState->clear();
        return;
    }
    m_contactState->show(StateLine::State::Warning,
                         PersonPage::tr("No mail program opened to write this email. Write to "
                                        "the lead professional at %1 from your own email.")
                             .arg(email));
}

void InvolvementsTab::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
}

void InvolvementsTab::refreshContact()
{
    const QString email = leadProfessionalEmail();
    m_contactButton->setEnabled(!email.isEmpty());
    m_contactButton->setAccessibleDescription(
        email.isEmpty()
            ? PersonPage::tr("No lead professional email is recorded for the selected involvement.")
            : PersonPage::tr("Writes an email to %1 in your mail program.").arg(email));
}

void InvolvementsTab::showEmpty(bool none, const QString &words)
{
    RecordListTab::showEmpty(none, words);
    m_contactButton->setVisible(view()->isVisibleTo(this));
}

void InvolvementsTab::retranslate()
{
    RecordListTab::retranslate();
    m_contactButton->setText(PersonPage::tr("&Contact lead professional"));
    m_contactButton->setAccessibleName(PersonPage::tr("Contact lead professional"));
    m_contactState->setAccessibleTitle(PersonPage::tr("Contact lead professional"));
}

} // namespace tv::ui

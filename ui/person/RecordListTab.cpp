#include "ui/person/RecordListTab.h"

#include "ui/person/PersonPage.h"
#include "ui/person/RecordPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tv::ui {

RecordListTab::RecordListTab(const QString &name, const char *viewName, QWidget *parent)
    : QWidget(parent)
    , m_viewName(viewName)
    , m_empty(new QLabel(this))
    , m_view(newRecordPanel(name + u"View"_s, false, this))
    , m_column(new QVBoxLayout(this))
    , m_row(new QHBoxLayout)
{
    setObjectName(name + u"Tab"_s);
    m_empty->setObjectName(name + u"Empty"_s);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_column->addWidget(m_empty);
    m_row->addWidget(m_view, 1);
    m_column->addLayout(m_row, 1);
}

QTableView *RecordListTab::view() const
{
    return m_view;
}

void RecordListTab::showEmpty(bool none, const QString &words)
{
    m_empty->setText(words);
    m_empty->setVisible(none);
    m_view->setVisible(!none);
}

void RecordListTab::retranslate()
{
    m_view->setAccessibleName(PersonPage::tr(m_viewName));
}

QBoxLayout *RecordListTab::column() const
{
    return m_column;
}

QBoxLayout *RecordListTab::row() const
{
    return m_row;
}

} // namespace tv::ui

#include "ui/person/AttendanceTab.h"

#include "models/person/AttendanceModel.h"
#include "ui/person/AttendanceChart.h"
#include "ui/person/PersonPage.h"
#include "ui/person/RecordPanel.h"

#include <QBoxLayout>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace tv::ui {

AttendanceTab::AttendanceTab(QWidget *parent)
    : RecordListTab(u"attendance"_s, QT_TRANSLATE_NOOP("tv::ui::PersonPage", "Attendance per term"),
                    parent)
    , m_chart(new AttendanceChart(this))
{
    row()->setStretchFactor(view(), 3);
    row()->addWidget(m_chart, 2);
}

void AttendanceTab::setModel(models::AttendanceModel *model)
{
    view()->setModel(model);
    m_chart->setModel(model);
}

void AttendanceTab::fitTable()
{
    view()->setMaximumWidth(contentsWidth(view()) +
                            view()->verticalScrollBar()->sizeHint().width());
}

void AttendanceTab::retranslate()
{
    RecordListTab::retranslate();
    m_chart->setAccessibleName(PersonPage::tr("Attendance chart"));
}

} // namespace tv::ui

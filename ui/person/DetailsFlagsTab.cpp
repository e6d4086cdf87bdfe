#include "ui/person/DetailsFlagsTab.h"

#include "models/person/FlagModel.h"
#include "models/person/PersonDetailsModel.h"
#include "models/person/PersonPageModels.h"
#include "ui/common/Accessibility.h"
#include "ui/person/FlagStateIcons.h"
#include "ui/person/PersonPage.h"
#include "ui/person/RecordPanel.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace tv::ui {
namespace {

QLabel *newTitle(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    markHeading(label, 2);
    return label;
}

} // namespace

DetailsFlagsTab::DetailsFlagsTab(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"flagsScroll"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *flagsPage = new QWidget;
    flagsPage->setObjectName(u"flagsPage"_s);
    m_detailsTitle = newTitle(u"detailsTitle"_s, flagsPage);
    m_criteriaTitle = newTitle(u"criteriaTitle"_s, flagsPage);
    m_individualTitle = newTitle(u"individualFlagsTitle"_s, flagsPage);
    m_transformTitle = newTitle(u"transformTitle"_s, flagsPage);
    m_detailsView = newRecordPanel(u"detailsView"_s, true, flagsPage);
    m_criteriaView = newRecordPanel(u"criteriaView"_s, true, flagsPage);
    m_individualView = newRecordPanel(u"individualFlagsView"_s, true, flagsPage);
    m_transformView = newRecordPanel(u"transformView"_s, true, flagsPage);
    m_detailsView->horizontalHeader()->hide(); // label and value: the labels say it all
    m_detailsTitle->setBuddy(m_detailsView);
    m_criteriaTitle->setBuddy(m_criteriaView);
    m_individualTitle->setBuddy(m_individualView);
    m_transformTitle->setBuddy(m_transformView);
    // Two columns, each packed from the top: personal details over the vulnerability criteria,
    // the individual flags over the Transform vulnerability.
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_left = new QVBoxLayout;
    m_right = new QVBoxLayout;
    m_left->addWidget(m_detailsTitle);
    m_left->addWidget(m_detailsView);
    m_left->addSpacing(fontMetrics().height() / 2);
    m_left->addWidget(m_criteriaTitle);
    m_left->addWidget(m_criteriaView);
    m_left->addStretch(1);
    m_right->addWidget(m_individualTitle);
    m_right->addWidget(m_individualView);
    m_right->addSpacing(fontMetrics().height() / 2);
    m_right->addWidget(m_transformTitle);
    m_right->addWidget(m_transformView);
    m_right->addStretch(1);
    m_columns->addLayout(m_left, 2);
    m_columns->addLayout(m_right, 3);
    // Under both, what each source covers: one line per source, read after the record.
    m_coverageTitle = newTitle(u"coverageTitle"_s, flagsPage);
    m_coverageLabel = new QLabel(flagsPage);
    m_coverageLabel->setObjectName(u"coverageLabel"_s);
    m_coverageLabel->setTextFormat(Qt::PlainText);
    m_coverageLabel->setWordWrap(true);
    auto *page = new QVBoxLayout(flagsPage);
    page->addLayout(m_columns);
    page->addSpacing(fontMetrics().height() / 2);
    page->addWidget(m_coverageTitle);
    page->addWidget(m_coverageLabel);
    page->addStretch(1);
    setWidget(flagsPage);
    viewport()->installEventFilter(this);
}

QTableView *DetailsFlagsTab::detailsView() const
{
    return m_detailsView;
}

QList<QTableView *> DetailsFlagsTab::views() const
{
    return {m_detailsView, m_criteriaView, m_individualView, m_transformView};
}

QLabel *DetailsFlagsTab::coverageLabel() const
{
    return m_coverageLabel;
}

void DetailsFlagsTab::setModels(models::PersonPageModels *models)
{
    delete m_criteriaProxy;
    delete m_individualProxy;
    delete m_transformProxy;
    m_criteriaProxy = m_individualProxy = m_transformProxy = nullptr;
    const auto flagProxy = [this](models::FlagModel *source) -> QAbstractItemModel * {
        auto *proxy = new FlagStateIconProxy(this);
        proxy->setSourceModel(source);
        return proxy;
    };
    if (models) {
        m_criteriaProxy = flagProxy(models->flags(FlagGroup::VulnerabilityCriteria));
        m_individualProxy = flagProxy(models->flags(FlagGroup::IndividualFlags));
        m_transformProxy = flagProxy(models->flags(FlagGroup::TransformVulnerability));
    }
    m_detailsView->setModel(models ? models->details() : nullptr);
    m_criteriaView->setModel(m_criteriaProxy);
    m_individualView->setModel(m_individualProxy);
    m_transformView->setModel(m_transformProxy);
}

void DetailsFlagsTab::showCoverage(bool shown, const QStringList &lines)
{
    if (!shown) {
        m_coverageLabel->clear();
        m_coverageLabel->hide();
    } else {
        m_coverageLabel->setText(
            lines.isEmpty()
                ? PersonPage::tr("The service did not say which sources this view uses.")
                : lines.join(u'\n'));
        m_coverageLabel->show();
    }
    m_coverageTitle->setVisible(shown);
    m_coverageLabel->setAccessibleName(PersonPage::tr("Sources of this view"));
    m_coverageLabel->setAccessibleDescription(m_coverageLabel->text());
}

void DetailsFlagsTab::arrangeColumns()
{
    const QMargins margins = m_columns->contentsMargins();
    const int sideBySide = m_left->minimumSize().width() + m_right->minimumSize().width() +
                           m_columns->spacing() + margins.left() + margins.right();
    const auto direction =
        viewport()->width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

void DetailsFlagsTab::scrollToTop()
{
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
}

void DetailsFlagsTab::keepCurrentRowInView(const QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid() || !widget()->isAncestorOf(view))
        return;
    const QRect row = view->visualRect(current);
    const QPoint centre = view->viewport()->mapTo(widget(), row.center());
    ensureVisible(centre.x(), centre.y(), 0, row.height());
}

void DetailsFlagsTab::retranslate()
{
    setAccessibleName(PersonPage::tr("Details and flags"));
    setAccessibleDescription(
        PersonPage::tr("Personal details, vulnerability criteria, individual flags and Transform "
                       "vulnerability."));
    m_detailsTitle->setText(PersonPage::tr("Personal &details"));
    m_criteriaTitle->setText(PersonPage::tr("&Vulnerability criteria"));
    m_individualTitle->setText(PersonPage::tr("Individual fla&gs"));
    m_transformTitle->setText(PersonPage::tr("Transfor&m vulnerability"));
    m_coverageTitle->setText(PersonPage::tr("Sources of this view"));
    m_detailsView->setAccessibleName(PersonPage::tr("Personal details"));
    m_criteriaView->setAccessibleName(PersonPage::tr("Vulnerability criteria"));
    m_individualView->setAccessibleName(PersonPage::tr("Individual flags"));
    m_transformView->setAccessibleName(PersonPage::tr("Transform vulnerability"));
    for (QLabel *title : {m_detailsTitle, m_criteriaTitle, m_individualTitle, m_transformTitle})
        title->setAccessibleName(title->buddy()->accessibleName());
}

bool DetailsFlagsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == viewport())
        arrangeColumns();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace tv::ui

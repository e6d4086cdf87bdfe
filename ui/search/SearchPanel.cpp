#include "ui/search/SearchPanel.h"

#include "models/common/Format.h"
#include "models/domain/FieldLimits.h"
#include "models/domain/NhsNumber.h"
#include "models/search/PersonSummaryModel.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageScroll.h"
#include "ui/common/ReadOnlyView.h"
#include "ui/common/Retranslate.h"
#include "ui/common/StateLine.h"
#include "ui_SearchPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace tv::ui {
namespace {

using models::PersonSummaryModel;

// The date field's room (this form reads the date itself); the other fields take what the
// service accepts (tv::limits).
constexpr int MaxDateLength = 16;

// The choices of the "Sort by" box: best match first (the service's order), then the model's
// columns in order.
constexpr int BestMatch = 0;

std::optional<QString> criterion(const QLineEdit *edit)
{
    const QString text = edit->text().simplified();
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchPanel>())
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"searchPanel"_s);
    m_ui->setupUi(scrollingContent(this, u"searchPanel"_s));
    // The page hands its focus to the name field (as MyReportsPanel does: the scroll area, made
    // before the form's controls, keeps them in the window's one focus ring).
    setFocusProxy(m_ui->nameEdit);
    markHeading(m_ui->searchHeading, 1);
    m_ui->nameEdit->setMaxLength(limits::NameLength);
    m_ui->dateOfBirthEdit->setMaxLength(MaxDateLength);
    m_ui->upnEdit->setMaxLength(limits::IdentifierLength);
    m_ui->nhsNumberEdit->setMaxLength(limits::NhsNumberLength);
    m_ui->lcsCaseIdEdit->setMaxLength(limits::IdentifierLength);
    m_ui->postcodeEdit->setMaxLength(limits::PostcodeLength);

    m_proxy->setObjectName(u"resultsSortModel"_s);
    m_proxy->setSortRole(PersonSummaryModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setDynamicSortFilter(true);
    m_ui->resultsTable->setModel(m_proxy);
    // A reset (every new result set) gives the header its default widths back: set ours again.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SearchPanel::setColumnWidths);
    makeReadOnly(m_ui->resultsTable);
    m_ui->resultsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    RowOpener *opener = RowOpener::attach(m_ui->resultsTable);
    m_ui->resultsTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->resultsTable->horizontalHeader()->setSortIndicatorClearable(true);
    m_ui->resultsTable->setSortingEnabled(true);

    for (QLineEdit *field : fields()) {
        connect(field, &QLineEdit::returnPressed, this, &SearchPanel::submit);
        connect(field, &QLineEdit::textEdited, this, [this] { m_resultsMayTakeFocus = false; });
    }
    connect(m_ui->searchButton, &QPushButton::clicked, this, &SearchPanel::submit);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        clearAll();
        m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    });
    connect(opener, &RowOpener::rowOpened, this, &SearchPanel::openRow);
    connect(m_ui->resultsTable, &QTableView::doubleClicked, this, &SearchPanel::openRow);
    connect(m_ui->sortCombo, &QComboBox::activated, this, &SearchPanel::sortChosen);
    connect(m_ui->resultsTable->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &SearchPanel::sortIndicatorChanged);

    retranslate();
    updateEnabled();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setModel(models::PersonSummaryModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    setColumnWidths();
    // setSourceModel() resets the proxy's sort; keep the one the header shows.
    m_proxy->sort(m_ui->resultsTable->horizontalHeader()->sortIndicatorSection(),
                  m_ui->resultsTable->horizontalHeader()->sortIndicatorOrder());
}

void SearchPanel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        QWidget *focus = QApplication::focusWidget();
        m_focusBeforeBusy = (focus && isAncestorOf(focus)) ? focus : nullptr;
        m_ui->searchState->show(StateLine::State::Busy, tr("Searching…"));
        // The busy indicator holds the focus (and a screen reader reads "Searching…") while
        // the fields are disabled; otherwise the focus would leave the panel.
        if (m_focusBeforeBusy)
            m_ui->searchState->busyIndicator()->setFocus(Qt::OtherFocusReason);
        setCursor(Qt::BusyCursor);
        updateEnabled();
        return;
    }
    unsetCursor();
    updateEnabled();
    if (m_focusBeforeBusy)
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
    m_focusBeforeBusy = nullptr;
    if (m_ui->searchState->state() == StateLine::State::Busy)
        m_ui->searchState->clear();
}

bool SearchPanel::isBusy() const
{
    return m_busy;
}

void SearchPanel::showResultsState(int count, bool truncated)
{
    setBusy(false);
    // An empty list must not read as "the council knows nothing of this child", nor a full one
    // as "the child is among these": say what to add, the date of birth first.
    const bool withDate = m_searched.dateOfBirth.has_value();
    if (count <= 0) {
        m_ui->searchState->show(
            StateLine::State::Warning,
            withDate ? tr("No one matched these details. That does not mean the child "
                          "is unknown: check the spelling and the date of birth, or "
                          "search by UPN or NHS number instead.")
                     : tr("No one matched these details. That does not mean the child "
                          "is unknown: add the date of birth and search again, and "
                          "check the spelling."));
    } else if (truncated) {
        m_ui->searchState->show(
            StateLine::State::Warning,
            withDate ? tr("%n people shown, but more matched: the child may not be "
                          "among them. Add the postcode, UPN or NHS number to narrow "
                          "the search.",
                          nullptr, count)
                     : tr("%n people shown, but more matched: the child may not be "
                          "among them. Add the date of birth to narrow the search, "
                          "then the postcode.",
                          nullptr, count));
    } else if (count == 1) {
        m_ui->searchState->show(StateLine::State::Information, tr("1 person found."));
    } else {
        m_ui->searchState->show(StateLine::State::Information,
                                tr("%n people found.", nullptr, count));
    }

    // The results take the focus only after a search the person started here, and only when
    // the focus is still in this panel: never while someone types elsewhere.
    QWidget *focus = QApplication::focusWidget();
    const bool focusHere = !focus || isAncestorOf(focus);
    if (count > 0 && m_resultsMayTakeFocus && focusHere && m_proxy->rowCount() > 0) {
        const QModelIndex first = m_proxy->index(0, 0);
        m_ui->resultsTable->setCurrentIndex(first);
        m_ui->resultsTable->scrollTo(first);
        m_ui->resultsTable->setFocus(Qt::OtherFocusReason);
    }
    m_resultsMayTakeFocus = false;
}

void SearchPanel::showError(const QString &message)
{
    setBusy(false);
    m_resultsMayTakeFocus = false;
    m_ui->searchState->show(StateLine::State::Error, message);
}

QString SearchPanel::stateText() const
{
    return m_ui->searchState->text();
}

void SearchPanel::clearAll()
{
    // A search under way is abandoned with the criteria (the caller drops its answer).
    m_focusBeforeBusy = nullptr;
    setBusy(false);
    // setText() rather than clear(): it also empties the undo history, so Ctrl+Z cannot bring
    // the criteria back after a lock.
    for (QLineEdit *field : fields())
        field->setText(QString());
    m_ui->searchState->clear();
    m_resultsMayTakeFocus = false;
    m_searched = {};
    if (m_model)
        m_model->clear();
    sortChosen(BestMatch);
}

std::optional<QDate> SearchPanel::parseDate(const QString &text)
{
    static const QRegularExpression separated(
        u"^(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{4})$"_s);
    static const QRegularExpression compact(u"^(\\d{2})(\\d{2})(\\d{4})$"_s);
    const QString trimmed = text.trimmed();
    QRegularExpressionMatch match = separated.match(trimmed);
    if (!match.hasMatch())
        match = compact.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    if (!date.isValid() || date.year() < 1900)
        return std::nullopt;
    return date;
}

void SearchPanel::changeEvent(QEvent *event)
{
    // The form is set up on the scrolling content.
    retranslateForm(event, *m_ui, m_ui->searchHeading->parentWidget(), [this] { retranslate(); });
    QWidget::changeEvent(event);
}

void SearchPanel::retranslate()
{
    // The fixed words are the form's (retranslateUi); these depend on a limit or the state, and
    // the sort choices keep the one chosen.
    m_ui->upnEdit->setAccessibleDescription(
        tr("The unique pupil number, up to %1 letters and digits.").arg(limits::IdentifierLength));
    m_ui->searchState->setAccessibleTitle(tr("Search status"));
    if (m_busy)
        m_ui->searchState->show(StateLine::State::Busy, tr("Searching…"));
    const int choice = m_ui->sortCombo->currentIndex();
    m_ui->sortCombo->clear();
    m_ui->sortCombo->addItems({tr("Best match"), tr("Name"), tr("Date of birth"), tr("Age"),
                               tr("Area"), tr("Current school")});
    m_ui->sortCombo->setCurrentIndex(choice < 0 ? BestMatch : choice);
    setColumnWidths();
}

void SearchPanel::setColumnWidths()
{
    // Widths fixed from the font, not from the rows: a new result set never moves a column (the
    // person can still drag one wider). The last column, the school, takes what is left.
    const QFontMetrics metrics(m_ui->resultsTable->font());
    const int padding =
        2 * m_ui->resultsTable->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr,
                                                     m_ui->resultsTable->horizontalHeader()) +
        metrics.horizontalAdvance(u"MM"_s);
    const auto width = [&](const QStringList &samples) {
        int widest = 0;
        for (const QString &sample : samples)
            widest = std::max(widest, metrics.horizontalAdvance(sample));
        return widest + padding;
    };
    QHeaderView *header = m_ui->resultsTable->horizontalHeader();
    header->resizeSection(PersonSummaryModel::NameColumn, width({QString(26, u'n'), tr("Name")}));
    header->resizeSection(PersonSummaryModel::DateOfBirthColumn,
                          width({models::Format::date(QDate(2000, 9, 30)), tr("Date of birth")}));
    header->resizeSection(PersonSummaryModel::AgeColumn, width({tr("Under 1"), tr("Age")}));
    header->resizeSection(PersonSummaryModel::AddressColumn,
                          width({u"Burnham-on-Sea TA8"_s, tr("Area")}));
}

void SearchPanel::submit()
{
    if (m_busy)
        return;
    SearchCriteria criteria;
    criteria.name = criterion(m_ui->nameEdit);
    criteria.upn = criterion(m_ui->upnEdit);
    criteria.nhsNumber = criterion(m_ui->nhsNumberEdit);
    criteria.lcsCaseId = criterion(m_ui->lcsCaseIdEdit);
    criteria.postcode = criterion(m_ui->postcodeEdit);
    if (const std::optional<QString> typed = criterion(m_ui->dateOfBirthEdit)) {
        const std::optional<QDate> date = parseDate(*typed);
        QString problem;
        if (!date) {
            problem = tr("The date of birth is not a date: enter the day, month and year, for "
                         "example 04/03/2012.");
        } else if (*date > QDate::currentDate()) {
            problem = tr("The date of birth is in the future: enter the day, month and year, "
                         "for example 04/03/2012.");
        }
        if (!problem.isEmpty()) {
            m_ui->searchState->show(StateLine::State::Error, problem);
            m_ui->dateOfBirthEdit->setFocus(Qt::OtherFocusReason);
            m_ui->dateOfBirthEdit->selectAll();
            return;
        }
        criteria.dateOfBirth = date;
    }
    if (criteria.nhsNumber) {
        // The service's rule and words (tv::nhs), checked here so the answer is immediate.
        const nhs::Check nhs = nhs::check(*criteria.nhsNumber);
        if (!nhs.ok()) {
            m_ui->searchState->show(StateLine::State::Error, nhs::problemText(nhs));
            m_ui->nhsNumberEdit->setFocus(Qt::OtherFocusReason);
            m_ui->nhsNumberEdit->selectAll();
            return;
        }
        // Shown as printed on NHS letters and cards, whatever spacing it was typed with.
        m_ui->nhsNumberEdit->setText(models::Format::nhsNumber(nhs.normalised));
    }
    if (criteria == SearchCriteria{}) {
        m_ui->searchState->show(
            StateLine::State::Error,
            tr("Enter at least one detail to search by: a name, a date of birth, a "
               "UPN, an NHS number, an LCS case ID or a postcode."));
        m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_ui->searchState->clear();
    m_searched = criteria;
    m_resultsMayTakeFocus = true;
    sortChosen(BestMatch); // new results come best match first
    Q_EMIT searchRequested(criteria);
}

void SearchPanel::openRow(const QModelIndex &index)
{
    if (m_busy || !index.isValid())
        return;
    const QString id = index.data(PersonSummaryModel::PersonIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT openRequested(id);
}

void SearchPanel::sortChosen(int choice)
{
    // Best match is the model's own order: no column.
    m_ui->resultsTable->horizontalHeader()->setSortIndicator(choice - 1, Qt::AscendingOrder);
}

void SearchPanel::sortIndicatorChanged(int section, Qt::SortOrder order)
{
    Q_UNUSED(order)
    const int choice = section + 1;
    if (choice >= 0 && choice < m_ui->sortCombo->count())
        m_ui->sortCombo->setCurrentIndex(choice);
}

void SearchPanel::updateEnabled()
{
    for (QLineEdit *field : fields())
        field->setEnabled(!m_busy);
    m_ui->searchButton->setEnabled(!m_busy);
    m_ui->clearButton->setEnabled(!m_busy);
    m_ui->sortCombo->setEnabled(!m_busy);
    m_ui->resultsTable->setEnabled(!m_busy);
}

QList<QLineEdit *> SearchPanel::fields() const
{
    return {m_ui->nameEdit,      m_ui->dateOfBirthEdit, m_ui->upnEdit,
            m_ui->nhsNumberEdit, m_ui->lcsCaseIdEdit,   m_ui->postcodeEdit};
}

} // namespace tv::ui

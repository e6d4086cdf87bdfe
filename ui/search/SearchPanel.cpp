#include "ui/search/SearchPanel.h"

#include "models/common/Format.h"
#include "models/domain/FieldLimits.h"
#include "models/domain/NhsNumber.h"
#include "models/search/PersonSummaryModel.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageScroll.h"
#include "ui/common/ReadOnlyView.h"
#include "ui/common/StateLine.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

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

QLineEdit *makeField(const QString &name, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    edit->setClearButtonEnabled(false);
    return edit;
}

QLabel *makeLabel(const QString &name, QLineEdit *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setBuddy(buddy);
    return label;
}

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
    , m_heading(new QLabel(this))
    , m_name(makeField(u"nameEdit"_s, limits::NameLength, this))
    , m_dateOfBirth(makeField(u"dateOfBirthEdit"_s, MaxDateLength, this))
    , m_upn(makeField(u"upnEdit"_s, limits::IdentifierLength, this))
    , m_nhsNumber(makeField(u"nhsNumberEdit"_s, limits::NhsNumberLength, this))
    , m_lcsCaseId(makeField(u"lcsCaseIdEdit"_s, limits::IdentifierLength, this))
    , m_postcode(makeField(u"postcodeEdit"_s, limits::PostcodeLength, this))
    , m_search(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_state(new StateLine(u"searchState"_s, this))
    , m_sort(new QComboBox(this))
    , m_table(new ReadOnlyTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"searchPanel"_s);
    // Before the controls move into the scrolling content: Qt puts a page that hands its focus to
    // a child just before its first child widget in the focus chain, and once the controls have
    // moved that child is the scroll area, which left the controls in a ring of their own that
    // Tab never left (Sign out was out of reach).
    setFocusProxy(m_name);
    m_heading->setObjectName(u"searchHeading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    markHeading(m_heading, 1);
    m_nameLabel = makeLabel(u"nameLabel"_s, m_name, this);
    m_dateOfBirthLabel = makeLabel(u"dateOfBirthLabel"_s, m_dateOfBirth, this);
    m_upnLabel = makeLabel(u"upnLabel"_s, m_upn, this);
    m_nhsNumberLabel = makeLabel(u"nhsNumberLabel"_s, m_nhsNumber, this);
    m_lcsCaseIdLabel = makeLabel(u"lcsCaseIdLabel"_s, m_lcsCaseId, this);
    m_postcodeLabel = makeLabel(u"postcodeLabel"_s, m_postcode, this);
    m_dateOfBirth->setInputMethodHints(Qt::ImhPreferNumbers);
    m_nhsNumber->setInputMethodHints(Qt::ImhPreferNumbers);
    m_postcode->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);
    m_search->setObjectName(u"searchButton"_s);
    m_clear->setObjectName(u"clearButton"_s);
    m_search->setAutoDefault(false);
    m_clear->setAutoDefault(false);
    m_sort->setObjectName(u"sortCombo"_s);
    m_sortLabel = new QLabel(this);
    m_sortLabel->setObjectName(u"sortLabel"_s);
    m_sortLabel->setBuddy(m_sort);
    m_table->setObjectName(u"resultsTable"_s);

    m_proxy->setObjectName(u"resultsSortModel"_s);
    m_proxy->setSortRole(PersonSummaryModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setDynamicSortFilter(true);
    m_table->setModel(m_proxy);
    // A reset (every new result set) gives the header its default widths back: set ours again.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SearchPanel::setColumnWidths);
    makeReadOnly(m_table);
    m_table->setContextMenuPolicy(Qt::NoContextMenu);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    RowOpener *opener = RowOpener::attach(m_table);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);

    // Two columns of fields, read across: name and date of birth, then the identifiers, then
    // the postcode.
    auto *fieldsLayout = new QGridLayout;
    fieldsLayout->addWidget(m_nameLabel, 0, 0);
    fieldsLayout->addWidget(m_name, 0, 1);
    fieldsLayout->addWidget(m_dateOfBirthLabel, 0, 2);
    fieldsLayout->addWidget(m_dateOfBirth, 0, 3);
    fieldsLayout->addWidget(m_upnLabel, 1, 0);
    fieldsLayout->addWidget(m_upn, 1, 1);
    fieldsLayout->addWidget(m_nhsNumberLabel, 1, 2);
    fieldsLayout->addWidget(m_nhsNumber, 1, 3);
    fieldsLayout->addWidget(m_lcsCaseIdLabel, 2, 0);
    fieldsLayout->addWidget(m_lcsCaseId, 2, 1);
    fieldsLayout->addWidget(m_postcodeLabel, 2, 2);
    fieldsLayout->addWidget(m_postcode, 2, 3);
    fieldsLayout->setColumnStretch(1, 2);
    fieldsLayout->setColumnStretch(3, 1);

    auto *buttonLayout = new QHBoxLayout;
    buttonLayout->addWidget(m_search);
    buttonLayout->addWidget(m_clear);
    buttonLayout->addStretch(1);

    auto *sortLayout = new QHBoxLayout;
    sortLayout->addStretch(1);
    sortLayout->addWidget(m_sortLabel);
    sortLayout->addWidget(m_sort);

    auto *layout = new QVBoxLayout(scrollingContent(this, u"searchPanel"_s));
    layout->addWidget(m_heading);
    layout->addLayout(fieldsLayout);
    layout->addLayout(buttonLayout);
    layout->addWidget(m_state);
    layout->addLayout(sortLayout);
    layout->addWidget(m_table, 1);

    QWidget::setTabOrder(m_name, m_dateOfBirth);
    QWidget::setTabOrder(m_dateOfBirth, m_upn);
    QWidget::setTabOrder(m_upn, m_nhsNumber);
    QWidget::setTabOrder(m_nhsNumber, m_lcsCaseId);
    QWidget::setTabOrder(m_lcsCaseId, m_postcode);
    QWidget::setTabOrder(m_postcode, m_search);
    QWidget::setTabOrder(m_search, m_clear);
    QWidget::setTabOrder(m_clear, m_sort);
    QWidget::setTabOrder(m_sort, m_table);

    for (QLineEdit *field : fields()) {
        connect(field, &QLineEdit::returnPressed, this, &SearchPanel::submit);
        connect(field, &QLineEdit::textEdited, this, [this] { m_resultsMayTakeFocus = false; });
    }
    connect(m_search, &QPushButton::clicked, this, &SearchPanel::submit);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearAll();
        m_name->setFocus(Qt::OtherFocusReason);
    });
    connect(opener, &RowOpener::rowOpened, this, &SearchPanel::openRow);
    connect(m_table, &QTableView::doubleClicked, this, &SearchPanel::openRow);
    connect(m_sort, &QComboBox::activated, this, &SearchPanel::sortChosen);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
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
    m_proxy->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                  m_table->horizontalHeader()->sortIndicatorOrder());
}

void SearchPanel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        QWidget *focus = QApplication::focusWidget();
        m_focusBeforeBusy = (focus && isAncestorOf(focus)) ? focus : nullptr;
        m_state->show(StateLine::State::Busy, tr("Searching…"));
        // The busy indicator holds the focus (and a screen reader reads "Searching…") while
        // the fields are disabled; otherwise the focus would leave the panel.
        if (m_focusBeforeBusy)
            m_state->busyIndicator()->setFocus(Qt::OtherFocusReason);
        setCursor(Qt::BusyCursor);
        updateEnabled();
        return;
    }
    unsetCursor();
    updateEnabled();
    if (m_focusBeforeBusy)
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
    m_focusBeforeBusy = nullptr;
    if (m_state->state() == StateLine::State::Busy)
        m_state->clear();
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
        m_state->show(StateLine::State::Warning,
                      withDate ? tr("No one matched these details. That does not mean the child "
                                    "is unknown: check the spelling and the date of birth, or "
                                    "search by UPN or NHS number instead.")
                               : tr("No one matched these details. That does not mean the child "
                                    "is unknown: add the date of birth and search again, and "
                                    "check the spelling."));
    } else if (truncated) {
        m_state->show(StateLine::State::Warning,
                      withDate ? tr("%n people shown, but more matched: the child may not be "
                                    "among them. Add the postcode, UPN or NHS number to narrow "
                                    "the search.",
                                    nullptr, count)
                               : tr("%n people shown, but more matched: the child may not be "
                                    "among them. Add the date of birth to narrow the search, "
                                    "then the postcode.",
                                    nullptr, count));
    } else if (count == 1) {
        m_state->show(StateLine::State::Information, tr("1 person found."));
    } else {
        m_state->show(StateLine::State::Information, tr("%n people found.", nullptr, count));
    }

    // The results take the focus only after a search the person started here, and only when
    // the focus is still in this panel: never while someone types elsewhere.
    QWidget *focus = QApplication::focusWidget();
    const bool focusHere = !focus || isAncestorOf(focus);
    if (count > 0 && m_resultsMayTakeFocus && focusHere && m_proxy->rowCount() > 0) {
        const QModelIndex first = m_proxy->index(0, 0);
        m_table->setCurrentIndex(first);
        m_table->scrollTo(first);
        m_table->setFocus(Qt::OtherFocusReason);
    }
    m_resultsMayTakeFocus = false;
}

void SearchPanel::showError(const QString &message)
{
    setBusy(false);
    m_resultsMayTakeFocus = false;
    m_state->show(StateLine::State::Error, message);
}

QString SearchPanel::stateText() const
{
    return m_state->text();
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
    m_state->clear();
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
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchPanel::retranslate()
{
    m_heading->setText(tr("Find a child or young person"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setAccessibleDescription(
        tr("Given and family name, in either order. Nicknames and small spelling mistakes are "
           "found too."));
    m_dateOfBirthLabel->setText(tr("Date of &birth:"));
    m_dateOfBirth->setAccessibleName(tr("Date of birth"));
    m_dateOfBirth->setAccessibleDescription(
        tr("Day, month and year, for example 04/03/2012 for 4 March 2012."));
    m_dateOfBirth->setPlaceholderText(tr("dd/mm/yyyy"));
    m_upnLabel->setText(tr("&UPN:"));
    m_upn->setAccessibleName(tr("UPN"));
    m_upn->setAccessibleDescription(
        tr("The unique pupil number, up to %1 letters and digits.").arg(limits::IdentifierLength));
    m_nhsNumberLabel->setText(tr("NHS nu&mber:"));
    m_nhsNumber->setAccessibleName(tr("NHS number"));
    m_nhsNumber->setAccessibleDescription(tr("Ten digits; spaces are allowed."));
    m_lcsCaseIdLabel->setText(tr("L&CS case ID:"));
    m_lcsCaseId->setAccessibleName(tr("LCS case ID"));
    m_lcsCaseId->setAccessibleDescription(tr("The case number in the social care system."));
    m_postcodeLabel->setText(tr("&Postcode:"));
    m_postcode->setAccessibleName(tr("Postcode"));
    m_postcode->setAccessibleDescription(
        tr("A full postcode (TA1 1AA), or its first part (TA1) to search an area."));
    m_search->setText(tr("Se&arch"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(
        tr("Search for people who match the details given. Enter in any field does the same."));
    m_clear->setText(tr("Cl&ear"));
    m_clear->setAccessibleName(tr("Clear"));
    m_clear->setAccessibleDescription(tr("Empty every field and the results."));
    m_state->setAccessibleTitle(tr("Search status"));
    if (m_busy)
        m_state->show(StateLine::State::Busy, tr("Searching…"));
    m_sortLabel->setText(tr("Sort b&y:"));
    m_sort->setAccessibleName(tr("Sort results by"));
    m_sort->setAccessibleDescription(
        tr("The order of the results. Clicking a column heading sorts by it too."));
    const int choice = m_sort->currentIndex();
    m_sort->clear();
    m_sort->addItems({tr("Best match"), tr("Name"), tr("Date of birth"), tr("Age"), tr("Area"),
                      tr("Current school")});
    m_sort->setCurrentIndex(choice < 0 ? BestMatch : choice);
    m_table->setAccessibleName(tr("Search results"));
    m_table->setAccessibleDescription(
        tr("The people who match, best match first. Use the arrow keys to move and Enter to "
           "open a person's record."));
    setColumnWidths();
}

void SearchPanel::setColumnWidths()
{
    // Widths fixed from the font, not from the rows: a new result set never moves a column (the
    // person can still drag one wider). The last column, the school, takes what is left.
    const QFontMetrics metrics(m_table->font());
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr,
                                                          m_table->horizontalHeader()) +
                        metrics.horizontalAdvance(u"MM"_s);
    const auto width = [&](const QStringList &samples) {
        int widest = 0;
        for (const QString &sample : samples)
            widest = std::max(widest, metrics.horizontalAdvance(sample));
        return widest + padding;
    };
    QHeaderView *header = m_table->horizontalHeader();
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
    criteria.name = criterion(m_name);
    criteria.upn = criterion(m_upn);
    criteria.nhsNumber = criterion(m_nhsNumber);
    criteria.lcsCaseId = criterion(m_lcsCaseId);
    criteria.postcode = criterion(m_postcode);
    if (const std::optional<QString> typed = criterion(m_dateOfBirth)) {
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
            m_state->show(StateLine::State::Error, problem);
            m_dateOfBirth->setFocus(Qt::OtherFocusReason);
            m_dateOfBirth->selectAll();
            return;
        }
        criteria.dateOfBirth = date;
    }
    if (criteria.nhsNumber) {
        // The service's rule and words (tv::nhs), checked here so the answer is immediate.
        const nhs::Check nhs = nhs::check(*criteria.nhsNumber);
        if (!nhs.ok()) {
            m_state->show(StateLine::State::Error, nhs::problemText(nhs));
            m_nhsNumber->setFocus(Qt::OtherFocusReason);
            m_nhsNumber->selectAll();
            return;
        }
        // Shown as printed on NHS letters and cards, whatever spacing it was typed with.
        m_nhsNumber->setText(models::Format::nhsNumber(nhs.normalised));
    }
    if (criteria == SearchCriteria{}) {
        m_state->show(StateLine::State::Error,
                      tr("Enter at least one detail to search by: a name, a date of birth, a "
                         "UPN, an NHS number, an LCS case ID or a postcode."));
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_state->clear();
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
    m_table->horizontalHeader()->setSortIndicator(choice - 1, Qt::AscendingOrder);
}

void SearchPanel::sortIndicatorChanged(int section, Qt::SortOrder order)
{
    Q_UNUSED(order)
    const int choice = section + 1;
    if (choice >= 0 && choice < m_sort->count())
        m_sort->setCurrentIndex(choice);
}

void SearchPanel::updateEnabled()
{
    for (QLineEdit *field : fields())
        field->setEnabled(!m_busy);
    m_search->setEnabled(!m_busy);
    m_clear->setEnabled(!m_busy);
    m_sort->setEnabled(!m_busy);
    m_table->setEnabled(!m_busy);
}

QList<QLineEdit *> SearchPanel::fields() const
{
    return {m_name, m_dateOfBirth, m_upn, m_nhsNumber, m_lcsCaseId, m_postcode};
}

} // namespace tv::ui

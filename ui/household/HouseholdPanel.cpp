#include "ui/household/HouseholdPanel.h"

#include "models/household/HouseholdModel.h"
#include "ui/common/Accessibility.h"
#include "ui/common/ReadOnlyView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tv::ui {

using models::HouseholdModel;

HouseholdPanel::HouseholdPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_view(new ReadOnlyTableView(this))
    , m_openButton(new QPushButton(this))
{
    setObjectName(u"householdPanel"_s);
    m_title->setObjectName(u"householdTitle"_s);
    m_title->setBuddy(m_view);
    markHeading(m_title, 2);
    m_message->setObjectName(u"householdMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_view->setObjectName(u"householdView"_s);
    makeReadOnly(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_openButton->setObjectName(u"householdOpenButton"_s);
    m_openButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    // Enter opens the current member on every platform; a double click too.
    connect(RowOpener::attach(m_view), &RowOpener::rowOpened, this, &HouseholdPanel::openCurrent);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &HouseholdPanel::openCurrent);
    connect(m_openButton, &QPushButton::clicked, this, &HouseholdPanel::openCurrent);
    setTabOrder(m_view, m_openButton);
    retranslate();
    refresh();
}

HouseholdPanel::~HouseholdPanel() = default;

void HouseholdPanel::setModel(HouseholdModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_view->setModel(model);
    if (model) {
        auto *header = m_view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setStretchLastSection(true);
        connect(model, &QAbstractItemModel::modelReset, this, &HouseholdPanel::refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &HouseholdPanel::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &HouseholdPanel::refresh);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &HouseholdPanel::refresh);
    }
    refresh();
}

HouseholdModel *HouseholdPanel::model() const
{
    return m_model;
}

void HouseholdPanel::setState(State state)
{
    const bool changed = m_state != state;
    m_state = state;
    if (state != State::Error)
        m_error.clear();
    refresh();
    if (changed)
        Q_EMIT stateChanged(state);
}

HouseholdPanel::State HouseholdPanel::state() const
{
    return m_state;
}

void HouseholdPanel::showError(const QString &message)
{
    const bool changed = m_state != State::Error;
    m_state = State::Error;
    m_error = message;
    refresh();
    if (changed)
        Q_EMIT stateChanged(m_state);
}

QString HouseholdPanel::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QTableView *HouseholdPanel::view() const
{
    return m_view;
}

void HouseholdPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void HouseholdPanel::openCurrent()
{
    if (!m_model || m_state != State::Loaded)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(HouseholdModel::PersonIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT memberRequested(id);
}

void HouseholdPanel::refresh()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QString text;
    switch (m_state) {
    case State::NotLoaded:
        text = tr("The household has not been loaded.");
        break;
    case State::Loading:
        text = tr("Loading the household…");
        break;
    case State::Error:
        text = m_error.isEmpty() ? tr("The household could not be loaded.")
                                 : tr("The household could not be loaded: %1").arg(m_error);
        break;
    case State::Loaded:
        if (rows == 0)
            text = tr("No one else is recorded at this address.");
        break;
    }
    const bool listing = m_state == State::Loaded && rows > 0;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setAccessibleName(text);
    m_view->setVisible(listing);
    m_openButton->setVisible(listing);
    if (listing && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_openButton->setEnabled(listing && m_view->currentIndex().isValid());
    m_view->setAccessibleDescription(
        listing ? tr("Other people at this address: %1. Press Enter to open a record.")
                      .arg(QLocale().toString(rows))
                : text);
}

void HouseholdPanel::retranslate()
{
    m_title->setText(tr("&People at this address"));
    m_title->setAccessibleName(tr("People at this address"));
    m_view->setAccessibleName(tr("People at this address"));
    m_openButton->setText(tr("Op&en record"));
    m_openButton->setAccessibleName(tr("Open record"));
    m_openButton->setAccessibleDescription(
        tr("Opens the record of the selected person. You will be asked for a reason first."));
}

} // namespace tv::ui

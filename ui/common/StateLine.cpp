#include "ui/common/StateLine.h"

#include "ui/common/Accessibility.h"
#include "ui/common/StatusText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace tv::ui {

StateLine::StateLine(const QString &name, QWidget *parent)
    : StateLine(parent)
{
    setObjectName(name);
}

StateLine::StateLine(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    // Named after the line whenever it is named (a Qt Designer form names it after making it).
    connect(this, &QObject::objectNameChanged, this, &StateLine::nameParts);

    m_progress->setRange(0, 0); // indeterminate
    m_progress->setTextVisible(false);
    m_progress->setFocusPolicy(Qt::NoFocus);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_icon->setFocusPolicy(Qt::NoFocus);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::NoTextInteraction);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    markLiveRegion(m_text);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    // As high as the busy indicator in every state, so nothing below moves when it shows.
    setMinimumHeight(m_progress->sizeHint().height());
    clear();
}

StateLine::~StateLine() = default;

void StateLine::nameParts(const QString &name)
{
    m_progress->setObjectName(name + u"Progress"_s);
    m_icon->setObjectName(name + u"Icon"_s);
    m_text->setObjectName(name + u"Text"_s);
}

void StateLine::setAccessibleTitle(const QString &title)
{
    setAccessibleName(title);
    m_text->setAccessibleName(title);
    m_progress->setAccessibleName(title);
}

void StateLine::show(State state, const QString &words)
{
    m_state = state;
    setStatusText(m_text, words, state == State::Error);
    m_progress->setVisible(state == State::Busy);
    m_progress->setAccessibleDescription(state == State::Busy ? words : QString());
    updateIcon();
}

void StateLine::clear()
{
    show(State::None, {});
}

StateLine::State StateLine::state() const
{
    return m_state;
}

QString StateLine::text() const
{
    return m_text->text();
}

QWidget *StateLine::busyIndicator() const
{
    return m_progress;
}

void StateLine::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        updateIcon();
}

void StateLine::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    // The icon is named by what it shows, as the words are read with it.
    switch (m_state) {
    case State::None:
    case State::Busy:
        m_icon->clear();
        m_icon->setAccessibleName({});
        m_icon->setVisible(false);
        return;
    case State::Information:
        pixmap = QStyle::SP_MessageBoxInformation;
        m_icon->setAccessibleName(tr("Information"));
        break;
    case State::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        m_icon->setAccessibleName(tr("Warning"));
        break;
    case State::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        m_icon->setAccessibleName(tr("Error"));
        break;
    }
    const int side = fontMetrics().height();
    m_icon->setPixmap(style()
                          ->standardIcon(pixmap, nullptr, this)
                          .pixmap(QSize(side, side), devicePixelRatioF()));
    m_icon->setVisible(true);
}

} // namespace tv::ui

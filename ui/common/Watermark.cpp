#include "ui/common/Watermark.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tv::ui {

namespace {
// Set on a scroll area whose scrolling repaints the line.
constexpr char ScrollWatched[] = "tvWatermarkScrollWatched";
} // namespace

Watermark::Watermark(QWidget *target)
    : QObject(target)
    , m_target(target)
{
    setObjectName(u"watermark"_s);
    m_clock.setInterval(std::chrono::minutes(1));
    connect(&m_clock, &QTimer::timeout, this, &Watermark::repaintAll);
    m_clock.start();
    adopt(target);
}

Watermark::~Watermark() = default;

void Watermark::setIdentity(const QString &name, const QString &organisation)
{
    m_name = name;
    m_organisation = organisation;
    repaintAll();
}

QString Watermark::text() const
{
    if (m_name.isEmpty())
        return {};
    const QDateTime now = m_fixedTime.isValid() ? m_fixedTime : QDateTime::currentDateTime();
    const QString when = QLocale().toString(now, u"d MMM yyyy HH:mm"_s);
    QStringList parts{m_name};
    if (!m_organisation.isEmpty())
        parts << m_organisation;
    parts << when;
    return parts.join(u"  ·  "_s);
}

void Watermark::setFixedTime(const QDateTime &time)
{
    m_fixedTime = time;
    repaintAll();
}

QWidget *Watermark::target() const
{
    return m_target;
}

void Watermark::adopt(QWidget *widget)
{
    QList<QWidget *> widgets = widget->findChildren<QWidget *>();
    widgets.prepend(widget);
    for (QWidget *each : std::as_const(widgets)) {
        each->removeEventFilter(this); // once only
        each->installEventFilter(this);
        auto *area = qobject_cast<QAbstractScrollArea *>(each);
        if (area && !area->property(ScrollWatched).toBool()) {
            area->setProperty(ScrollWatched, true);
            QWidget *viewport = area->viewport();
            for (const QScrollBar *bar : {area->horizontalScrollBar(), area->verticalScrollBar()}) {
                connect(bar, &QScrollBar::valueChanged, this,
                        [this, viewport = QPointer<QWidget>(viewport)] {
                            if (viewport)
                                repaintScrolled(viewport);
                        });
            }
        }
    }
}

bool Watermark::drawsOver(const QWidget *widget) const
{
    if (widget == m_target)
        return true;
    if (widget->window() != m_target->window())
        return false; // a pop-up (a combo box's list) is a window of its own
    return widget->testAttribute(Qt::WA_OpaquePaintEvent) || widget->autoFillBackground() ||
           qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QComboBox *>(widget);
}

bool Watermark::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ChildAdded:
        if (auto *child = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
            adopt(child);
        break;
    case QEvent::Paint: {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || !m_target || m_name.isEmpty() || m_painting.contains(widget) ||
            !drawsOver(widget))
            break;
        // The widget paints itself first (through every other filter, as it would), then the
        // line goes over what it painted.
        m_painting.append(widget);
        QCoreApplication::sendEvent(widget, event);
        m_painting.removeOne(widget);
        paintOver(widget, static_cast<QPaintEvent *>(event));
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Watermark::paintOver(QWidget *widget, const QPaintEvent *event)
{
    const QPixmap &overlay = pattern(widget->devicePixelRatioF());
    QPainter painter(widget);
    painter.setClipRegion(event->region());
    painter.drawPixmap(-widget->mapTo(m_target, QPoint(0, 0)), overlay);
}

void Watermark::repaintAll()
{
    if (!m_target)
        return;
    // The target's update leaves out its opaque children: each is updated too.
    m_target->update();
    for (QWidget *widget : m_target->findChildren<QWidget *>()) {
        if (drawsOver(widget))
            widget->update();
    }
}

void Watermark::repaintScrolled(QWidget *viewport)
{
    // Scrolling moves the pixels, the line's with them: what the viewport shows is repainted,
    // so the line stays where it is on the screen.
    if (m_name.isEmpty())
        return;
    viewport->update();
    for (QWidget *widget : viewport->findChildren<QWidget *>()) {
        if (drawsOver(widget) && widget->isVisible())
            widget->update();
    }
}

const QPixmap &Watermark::pattern(qreal ratio)
{
    const QString line = text();
    const QSize size = m_target->size();
    // Faint but legible in a photo: the text colour at a low opacity, a little larger than body
    // text so it survives a phone camera.
    QFont font = m_target->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    QColor colour = m_target->palette().color(QPalette::WindowText);
    colour.setAlphaF(0.16f);
    const QString key = QStringList{line,
                                    QString::number(size.width()),
                                    QString::number(size.height()),
                                    QString::number(ratio),
                                    font.toString(),
                                    colour.name(QColor::HexArgb)}
                            .join(u'|');
    if (key == m_patternKey)
        return m_pattern;
    m_patternKey = key;
    m_pattern = QPixmap(size * ratio);
    m_pattern.setDevicePixelRatio(ratio);
    m_pattern.fill(Qt::transparent);

    QPainter painter(&m_pattern);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(font);
    painter.setPen(colour);
    const QFontMetrics metrics(font);
    const int step = metrics.horizontalAdvance(line) + metrics.height() * 4;
    const int lineGap = metrics.height() * 6;
    // Rotate about the centre and cover the whole (rotated) area.
    const double diagonal = std::hypot(size.width(), size.height());
    painter.translate(size.width() / 2.0, size.height() / 2.0);
    painter.rotate(-30);
    const int half = int(diagonal / 2) + step;
    int row = 0;
    for (int y = -half; y <= half; y += lineGap, ++row) {
        const int offset = (row % 2) * step / 2; // staggered, so no column of blanks
        for (int x = -half - offset; x <= half; x += step)
            painter.drawText(x, y, line);
    }
    return m_pattern;
}

} // namespace tv::ui

#include "Watermark.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tv::ui {

Watermark::Watermark(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"watermark"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    // Not a control: screen readers read the panels under it, not this.
    setAccessibleName({});
    m_clock.setInterval(std::chrono::minutes(1));
    connect(&m_clock, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_clock.start();
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    raise();
}

Watermark::~Watermark() = default;

void Watermark::setIdentity(const QString &name, const QString &organisation)
{
    m_name = name;
    m_organisation = organisation;
    update();
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
    update();
}

bool Watermark::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (event->type() == QEvent::ChildAdded || event->type() == QEvent::ZOrderChange)
            raise(); // over every panel the parent gains
    }
    return QWidget::eventFilter(watched, event);
}

void Watermark::paintEvent(QPaintEvent *)
{
    const QString line = text();
    if (line.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Faint but legible in a photo: the text colour at a low opacity, a little larger than body
    // text so it survives a phone camera.
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    painter.setFont(font);
    QColor colour = palette().color(QPalette::WindowText);
    colour.setAlphaF(0.16f);
    painter.setPen(colour);

    const QFontMetrics metrics(font);
    const int step = metrics.horizontalAdvance(line) + metrics.height() * 4;
    const int lineGap = metrics.height() * 6;
    // Rotate about the centre and cover the whole (rotated) area.
    const double diagonal = std::hypot(width(), height());
    painter.translate(width() / 2.0, height() / 2.0);
    painter.rotate(-30);
    const int half = int(diagonal / 2) + step;
    int row = 0;
    for (int y = -half; y <= half; y += lineGap, ++row) {
        const int offset = (row % 2) * step / 2; // staggered, so no column of blanks
        for (int x = -half - offset; x <= half; x += step)
            painter.drawText(x, y, line);
    }
}

} // namespace tv::ui

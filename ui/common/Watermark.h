#pragma once

#include <QDateTime>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QString>
#include <QTimer>

class QPaintEvent;
class QWidget;

namespace tv::ui {

// A faint, repeated line of who is looking and when ("Sam Lee · Oakfield Primary · 24 Nov 2026
// 14:05"), drawn diagonally across the widget it marks, so a photo of the screen says whose
// screen it was.
//
// Drawn *over* what shows person data, not under it, whatever the stacking order: it is no
// widget (a widget laid over the others can be undercut by any raise(), page change or opaque
// child repainted alone). Instead it watches the paint events of the marked widget and of every
// descendant that paints an opaque background of its own (table viewports, line edits, text
// edits: Qt repaints those alone, without their parents), lets each paint itself, then draws the
// line over what it painted, in the marked widget's coordinates so the pattern runs on unbroken
// from one to the next. Transparent children (labels) paint over the marked widget's line, which
// shows through around their text. A scrolled view is repainted whole, so the line stays put while
// the rows move under it. Being no widget, it takes no click, no focus and no place in the
// accessibility tree. The pattern is drawn once per size into a cached pixmap: a repaint costs
// one clipped blit. The time is this computer's, updated every minute.
class Watermark final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Watermark)

public:
    // Marks `target` and everything in it, now and added later; the target owns it.
    explicit Watermark(QWidget *target);
    ~Watermark() override;

    // Who is signed in; an empty name draws nothing.
    void setIdentity(const QString &name, const QString &organisation);
    // The line drawn, as it reads now.
    QString text() const;
    // For tests: the time the line shows instead of the clock's.
    void setFixedTime(const QDateTime &time);
    // The widget it marks.
    QWidget *target() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Watches `widget` and its descendants.
    void adopt(QWidget *widget);
    // Whether the line is drawn over `widget`'s own painting: the target, and every descendant
    // that paints an opaque background (it would hide the target's line).
    bool drawsOver(const QWidget *widget) const;
    void paintOver(QWidget *widget, const QPaintEvent *event);
    // Repaints everything the line is drawn over (a new line, a new minute).
    void repaintAll();
    void repaintScrolled(QWidget *viewport);
    // The pattern for the target's size at `ratio` device pixels per pixel (the cache, redrawn
    // when the line, the size, the font or the colours change).
    const QPixmap &pattern(qreal ratio);

    QPointer<QWidget> m_target;
    QString m_name;
    QString m_organisation;
    QDateTime m_fixedTime;
    QTimer m_clock;
    QPixmap m_pattern;
    QString m_patternKey;
    QList<const QWidget *> m_painting; // letting these paint themselves first
};

} // namespace tv::ui

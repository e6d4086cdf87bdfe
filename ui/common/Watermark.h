#pragma once

#include <QDateTime>
#include <QString>
#include <QTimer>
#include <QWidget>

namespace tv::ui {

// A faint, repeated line of who is looking and when ("Sam Lee · Oakfield Primary · 24 Nov 2026
// 14:05"), drawn diagonally across the widget it covers, so a photo of the screen says whose
// screen it was. It covers its parent exactly (following its size), lets every mouse event
// through to the panels under it and is invisible to screen readers and to the focus chain.
// The time is this computer's, updated every minute.
class Watermark final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Watermark)

public:
    explicit Watermark(QWidget *parent);
    ~Watermark() override;

    // Who is signed in; an empty name draws nothing.
    void setIdentity(const QString &name, const QString &organisation);
    // The line drawn, as it reads now.
    QString text() const;
    // For tests: the time the line shows instead of the clock's.
    void setFixedTime(const QDateTime &time);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_name;
    QString m_organisation;
    QDateTime m_fixedTime;
    QTimer m_clock;
};

} // namespace tv::ui

#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace tv::ui {

// One line that says what a panel is doing, in words and with an icon, never by colour alone:
// busy (an indeterminate progress bar and the words), information, a warning (nothing found,
// results cut short) or an error (bold). The words are also the text label's accessible
// description, so a screen reader reads them with the label's name.
//
// To be folded into ui/common with the other status helpers.
class StateLine final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateLine)

public:
    enum class State { None, Busy, Information, Warning, Error };

    // `name` prefixes the children's object names ("<name>Text", "<name>Progress").
    StateLine(const QString &name, QWidget *parent = nullptr);
    // For Qt Designer forms: the children are named once the line is (setObjectName()).
    explicit StateLine(QWidget *parent = nullptr);
    ~StateLine() override;

    // The accessible name of the words ("Search status").
    void setAccessibleTitle(const QString &title);

    void show(State state, const QString &words);
    void clear();

    State state() const;
    QString text() const;
    // The progress bar, to hold the focus while the panel's fields are disabled.
    QWidget *busyIndicator() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameParts(const QString &name);
    void updateIcon();

    QProgressBar *m_progress;
    QLabel *m_icon;
    QLabel *m_text;
    State m_state = State::None;
};

} // namespace tv::ui

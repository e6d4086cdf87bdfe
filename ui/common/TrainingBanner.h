#pragma once

#include <QLabel>

namespace tv::ui {

// The "TRAINING - FICTIONAL DATA" banner shown on every window in training mode. The words are
// the signal; the high-contrast black-on-yellow box with a thick border only makes them hard to
// miss. Hidden until a window switches it on.
class TrainingBanner final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingBanner)

public:
    explicit TrainingBanner(QWidget *parent = nullptr);
    ~TrainingBanner() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Bold and 1.4 times the application's font.
    void applyFont();
    void retranslate();
};

} // namespace tv::ui

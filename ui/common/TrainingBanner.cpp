#include "TrainingBanner.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace tv::ui {

TrainingBanner::TrainingBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"trainingBanner"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Black on yellow has a contrast ratio above 15:1; the border keeps the box visible in
    // high-contrast and greyscale themes too.
    setStyleSheet(u"QLabel#trainingBanner { background-color: #ffd600; color: #000000; "
                  "border: 3px solid #000000; padding: 6px; font-weight: bold; }"_s);
    QFont bannerFont = font();
    bannerFont.setBold(true);
    if (bannerFont.pointSizeF() > 0)
        bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.4);
    setFont(bannerFont);
    retranslate();
    setVisible(false);
}

TrainingBanner::~TrainingBanner() = default;

void TrainingBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void TrainingBanner::retranslate()
{
    setText(tr("TRAINING - FICTIONAL DATA"));
    setAccessibleName(text());
    setAccessibleDescription(tr("This is a training copy of TransformView. Everyone and "
                                "everything in it is fictional."));
}

} // namespace tv::ui

#include "ui/common/TrainingBanner.h"

#include <QApplication>
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
    applyFont();
    retranslate();
    setVisible(false);
}

TrainingBanner::~TrainingBanner() = default;

void TrainingBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Its own font is set, so it follows a new application font only by being set again.
    if (event->type() == QEvent::ApplicationFontChange)
        applyFont();
    QLabel::changeEvent(event);
}

void TrainingBanner::applyFont()
{
    QFont bannerFont = QApplication::font(this);
    bannerFont.setBold(true);
    if (bannerFont.pointSizeF() > 0)
        bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.4);
    setFont(bannerFont);
}

void TrainingBanner::retranslate()
{
    setText(tr("TRAINING - FICTIONAL DATA"));
    setAccessibleName(text());
    setAccessibleDescription(tr("This is a training copy of TransformView. Everyone and "
                                "everything in it is fictional."));
}

} // namespace tv::ui

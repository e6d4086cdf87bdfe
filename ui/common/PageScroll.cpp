#include "ui/common/PageScroll.h"

#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tv::ui {

QWidget *scrollingContent(QWidget *page, const QString &name)
{
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(name + u"Scroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget;
    content->setObjectName(name + u"Content"_s);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return content;
}

void sizeToContent(QWidget *window)
{
    window->ensurePolished();
    if (window->layout())
        window->layout()->activate();
    QSize wanted = window->sizeHint().expandedTo(window->minimumSizeHint());
    if (const QScreen *screen = window->screen()) {
        // The frame is known once the window system has shown the window; until then, a dialog's
        // is taken to be its parent window's, and anything else leaves room for a title bar.
        QSize frame = window->frameGeometry().size() - window->size();
        const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
        if (!window->isVisible() && parent && parent->isVisible())
            frame = parent->frameGeometry().size() - parent->size();
        else if (!window->isVisible())
            frame = QSize(0, window->style()->pixelMetric(QStyle::PM_TitleBarHeight));
        wanted = wanted.boundedTo(screen->availableGeometry().size() - frame);
    }
    window->resize(wanted);
}

} // namespace tv::ui

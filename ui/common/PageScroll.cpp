#include "PageScroll.h"

#include <QScrollArea>
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

} // namespace tv::ui

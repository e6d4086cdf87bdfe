#include "ui/common/StatusText.h"

#include "ui/common/Accessibility.h"

#include <QLabel>

namespace tv::ui {

void setStatusText(QLabel *label, const QString &message, bool isError)
{
    QFont statusFont = label->font();
    statusFont.setBold(isError);
    label->setFont(statusFont);
    label->setText(message);
    label->setAccessibleDescription(message);
    markLiveRegion(label);
    announce(label);
}

} // namespace tv::ui

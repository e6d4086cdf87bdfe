#pragma once

#include <QString>

class QLabel;

namespace tv::ui {

// Puts a status message in a window's status label, bold when it is an error, and makes it the
// label's accessible description; the label is a live region (Accessibility.h), so screen readers
// read each new message out.
void setStatusText(QLabel *label, const QString &message, bool isError);

} // namespace tv::ui

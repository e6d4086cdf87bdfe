#include "tests/ui/support/UiAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTest>
#include <QWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tv::test {

namespace {

QString nameOf(const QWidget *widget)
{
    const QString name = widget->objectName();
    return u"%1 (%2)"_s.arg(name.isEmpty() ? u"<no object name>"_s : name,
                            QString::fromLatin1(widget->metaObject()->className()));
}

// Qt's own parts of composite widgets (scroll bars of a view, the viewport, a tab bar's scroll
// buttons) are named by the widget they belong to.
bool isQtInternal(const QWidget *widget)
{
    return widget->objectName().startsWith(u"qt_"_s) ||
           (qobject_cast<const QHeaderView *>(widget) &&
            qobject_cast<const QAbstractItemView *>(widget->parentWidget()));
}

bool takesFocus(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(widget->window()) &&
           widget->isEnabled() && !isQtInternal(widget);
}

// A widget of another top-level window (a combo box's pop-up list) is that window's to check.
bool inWindow(const QWidget *widget, const QWidget *window)
{
    return widget->window() == window;
}

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) +
           0.0722 * channel(color.blue());
}

} // namespace

QStringList accessibilityProblems(const QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool view = qobject_cast<QAbstractItemView *>(widget) && !isQtInternal(widget);
        if (!inWindow(widget, window) ||
            !(takesFocus(widget) || (view && widget->isVisibleTo(window))))
            continue;
        if (widget->objectName().isEmpty())
            problems << u"no object name: %1"_s.arg(nameOf(widget));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible) {
            problems << u"no accessible interface: %1"_s.arg(nameOf(widget));
            continue;
        }
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems << u"no accessible name: %1"_s.arg(nameOf(widget));
        if (accessible->text(QAccessible::Description).trimmed().isEmpty() &&
            widget->accessibleDescription().trimmed().isEmpty())
            problems << u"no accessible description: %1"_s.arg(nameOf(widget));
    }
    return problems;
}

double contrastRatio(unsigned foreground, unsigned background)
{
    const double a = luminance(QColor::fromRgb(foreground));
    const double b = luminance(QColor::fromRgb(background));
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QStringList contrastProblems(const QWidget *window)
{
    QStringList problems;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(const_cast<QWidget *>(window));
    for (const QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(window) || !widget->isEnabled())
            continue;
        const QPalette &palette = widget->palette();
        QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
            {widget->foregroundRole(), widget->backgroundRole()}};
        if (qobject_cast<const QAbstractItemView *>(widget)) {
            pairs << std::pair{QPalette::Text, QPalette::Base}
                  << std::pair{QPalette::Text, QPalette::AlternateBase}
                  << std::pair{QPalette::HighlightedText, QPalette::Highlight};
        }
        for (const auto &[text, background] : std::as_const(pairs)) {
            const double ratio = contrastRatio(palette.color(QPalette::Active, text).rgb(),
                                               palette.color(QPalette::Active, background).rgb());
            if (ratio < 4.5) {
                problems << u"contrast %1:1 of %2 on %3: %4"_s.arg(ratio, 0, 'f', 2)
                                .arg(palette.color(text).name(), palette.color(background).name(),
                                     nameOf(widget));
            }
        }
    }
    return problems;
}

QStringList clippedText(const QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window) || isQtInternal(widget))
            continue;
        const auto *label = qobject_cast<const QLabel *>(widget);
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        if (label && (label->wordWrap() || label->text().isEmpty()))
            continue;
        if (button && button->text().isEmpty())
            continue;
        if (!label && !button)
            continue;
        const QSize wanted = widget->minimumSizeHint().expandedTo(QSize(1, 1));
        if (widget->width() < wanted.width() || widget->height() < wanted.height()) {
            problems << u"clipped: %1 is %2x%3, needs %4x%5"_s.arg(nameOf(widget))
                            .arg(widget->width())
                            .arg(widget->height())
                            .arg(wanted.width())
                            .arg(wanted.height());
        }
    }
    return problems;
}

QStringList unreachableByTab(QWidget *window)
{
    // Tab as a person presses it, from whatever has the focus, until the focus comes round again
    // (or is trapped: a widget that keeps Tab for itself ends the walk early).
    QSet<QWidget *> reached;
    QWidget *start = QApplication::focusWidget();
    QWidget *current = start;
    for (int presses = 0; current && presses < 1000; ++presses) {
        reached.insert(current);
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
        if (current == start)
            break;
    }
    QStringList problems;
    if (!start)
        problems << u"nothing has the focus in %1"_s.arg(nameOf(window));
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // A widget that hands its focus on (a tab widget to its tab bar) is reached with it.
        QWidget *target = widget;
        while (target->focusProxy())
            target = target->focusProxy();
        if (inWindow(widget, window) && takesFocus(widget) && !reached.contains(target))
            problems << u"not reached by Tab: %1"_s.arg(nameOf(widget));
    }
    return problems;
}

} // namespace tv::test

#include "ReadablePalette.h"

#include <QColor>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace tv::ui {

namespace {

constexpr double MinimumContrast = 4.5; // WCAG 2, level AA, for body text

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QPalette readableSelection(const QPalette &palette)
{
    QPalette changes;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = palette.color(group, QPalette::HighlightedText);
        QColor selection = palette.color(group, QPalette::Highlight);
        if (contrastRatio(text, selection) >= MinimumContrast)
            continue;
        const bool darkText = luminance(text) < 0.5;
        // Small steps in lightness keep the hue: a darker (or lighter) shade of the same blue.
        for (int step = 0; step < 60 && contrastRatio(text, selection) < MinimumContrast; ++step)
            selection = darkText ? selection.lighter(105) : selection.darker(105);
        changes.setColor(group, QPalette::Highlight, selection);
    }
    return changes;
}

} // namespace tv::ui

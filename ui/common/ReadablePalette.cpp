#include "ui/common/ReadablePalette.h"

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

QColor readableAgainst(const QColor &colour, std::initializer_list<QColor> backgrounds,
                       double ratio)
{
    const auto lowest = [&backgrounds](const QColor &candidate) {
        double worst = 21.0;
        for (const QColor &background : backgrounds)
            worst = std::min(worst, contrastRatio(candidate, background));
        return worst;
    };
    double meanLuminance = 0;
    for (const QColor &background : backgrounds)
        meanLuminance += luminance(background) / double(backgrounds.size());
    const bool darken = meanLuminance >= 0.2;
    QColor result = colour.toRgb();
    result.setAlpha(255);
    for (int step = 0; step < 80 && lowest(result) < ratio; ++step) {
        // darker() cannot lift black, lighter() cannot lift a colour with no value: go by HSV.
        int h = 0;
        int s = 0;
        int v = 0;
        result.getHsv(&h, &s, &v);
        v = darken ? std::max(0, v - 4) : std::min(255, v + 4);
        result.setHsv(h, s, v);
    }
    return result;
}

QPalette readablePalette(const QPalette &palette)
{
    QPalette changes = readableSelection(palette);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        // Qt's placeholder is the text colour with half its alpha: its colour as drawn on Base.
        const QColor base = palette.color(group, QPalette::Base);
        QColor placeholder = palette.color(group, QPalette::PlaceholderText);
        const double alpha = placeholder.alphaF();
        placeholder = QColor::fromRgbF(placeholder.redF() * alpha + base.redF() * (1 - alpha),
                                       placeholder.greenF() * alpha + base.greenF() * (1 - alpha),
                                       placeholder.blueF() * alpha + base.blueF() * (1 - alpha));
        if (contrastRatio(placeholder, base) < MinimumContrast)
            changes.setColor(group, QPalette::PlaceholderText,
                             readableAgainst(placeholder, {base}, MinimumContrast));
    }
    return changes;
}

} // namespace tv::ui

#include "ui/kezekpalette.h"

#include <QApplication>

#include <cmath>

namespace Kezek::KezekPalette {

namespace {

constexpr double ReadableContrast = 4.5; // WCAG 2.1 AA, 1.4.3, for normal text

// Kezek's hues as they were chosen for the default light theme.
QColor hue(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return QColor(0xb7, 0x1c, 0x1c);
    case Tone::Warning:
        return QColor(0x8a, 0x55, 0x00);
    case Tone::Positive:
        return QColor(0x1b, 0x5e, 0x20);
    case Tone::Information:
        return QColor(0x15, 0x65, 0xc0);
    case Tone::Muted:
        return QColor(0x5f, 0x63, 0x68);
    case Tone::Link:
        return QColor(0x0d, 0x3c, 0x8c);
    }
    return {};
}

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
           + 0.0722 * channel(colour.blueF());
}

QColor mix(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

// The hue moved towards black or white, whichever the background leaves
// more room for, in small steps until it reads on `ground`.
QColor readableOn(const QColor &colour, const QColor &ground)
{
    const QColor extreme = contrastRatio(Qt::black, ground) >= contrastRatio(Qt::white, ground)
                               ? QColor(Qt::black)
                               : QColor(Qt::white);
    for (int step = 0; step <= 20; ++step) {
        const QColor tried = mix(colour, extreme, step / 20.0);
        if (contrastRatio(tried, ground) >= ReadableContrast)
            return tried;
    }
    return extreme;
}

} // namespace

double contrastRatio(const QColor &first, const QColor &second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor colour(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    // The tone must also read on its own message background.
    const QColor ground = background(tone, palette);
    const QColor onWindow = readableOn(hue(tone), window);
    return contrastRatio(onWindow, ground) >= ReadableContrast ? onWindow
                                                               : readableOn(onWindow, ground);
}

QColor background(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // A tint of the hue over the window, fainter if the text would not read.
    for (double share = 0.12; share > 0.0; share -= 0.03) {
        const QColor tinted = mix(window, hue(tone), share);
        if (contrastRatio(text, tinted) >= ReadableContrast)
            return tinted;
    }
    return window;
}

QColor colour(Tone tone)
{
    return colour(tone, QApplication::palette());
}

QColor background(Tone tone)
{
    return background(tone, QApplication::palette());
}

QString textStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1").arg(colour(tone, palette).name());
}

} // namespace Kezek::KezekPalette

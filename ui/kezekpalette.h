#pragma once

#include <QColor>
#include <QPalette>

namespace Kezek {

// What a colour says on Kezek's screens, named once. Every error, warning,
// success, hint and link colour of the workstation comes from here, so the
// same red means the same thing in every window.
enum class Tone {
    Error,       // the law or the server refuses; something failed
    Warning,     // needs care soon: a deadline close, offline, an act outside the law
    Positive,    // allowed, valid, done
    Information, // neither good nor bad: what happens next, a hint
    Muted,       // secondary text: a hint not yet relevant, an empty field
    Link,        // the next step to take, a link to follow
};

namespace KezekPalette {

// The tone's colour for text and borders on `palette`'s window: Kezek's own
// hue, made darker on a light theme or lighter on a dark one until it reads
// at WCAG AA (4.5:1), so a dark or high-contrast system theme still reads.
QColor colour(Tone tone, const QPalette &palette);
// A quiet background of the tone for a message or a marked cell, on which
// the palette's text still reads at 4.5:1.
QColor background(Tone tone, const QPalette &palette);
// The same two on the application's palette.
QColor colour(Tone tone);
QColor background(Tone tone);

// WCAG 2.x contrast ratio of two opaque colours (1 to 21).
double contrastRatio(const QColor &first, const QColor &second);

// "color: #rrggbb" for a style sheet that sets only the tone's text colour.
QString textStyle(Tone tone, const QPalette &palette);

} // namespace KezekPalette
} // namespace Kezek

#pragma once

#include "core/domain/case.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Kezek {

// What the oversight figures (oversight.h) read of a case, and nothing else,
// in a compact binary form: its id, city, state, application date, eGov
// filing time, nationality, legal basis mark, clocks, the steps of its
// history the figures count and the decisions that give reasons. A cache
// keeps it beside the case's text so that a dashboard over a city's cases
// need not read and decode each case's whole text (issue 30: 100,000 cases).
// Pure: bytes in, bytes out. The figures counted over the cases it gives
// back equal those over the whole cases (tst_oversight).
QByteArray oversightDigest(const Case &c);

// The case as far as the figures read it, or none when the bytes are not a
// digest of this format (an older one, or damaged): read the case's text then.
std::optional<Case> caseFromOversightDigest(QByteArrayView digest);
// The same for many at once, over the cores, in their order (a null or
// unreadable digest gives none in its place).
QList<std::optional<Case>> casesFromOversightDigests(const QList<QByteArray> &digests);

} // namespace Kezek

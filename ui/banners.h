#pragma once

#include "ui/inlinemessage.h"

#include <QDate>

namespace Kezek {

class LegalBasis;

// Never outside the law silently: every role sees it when no instrument of
// the pilot's legal basis is in force, with those that have ended.
class LegalBasisBanner : public InlineMessage
{
public:
    explicit LegalBasisBanner(QWidget *parent = nullptr);

    // Shown only when nothing of `basis` is in force on `today`.
    void showFor(const LegalBasis &basis, QDate today);
};

// The cases past a duty deadline or close to it, by each clock's own
// threshold, as the chips show them. Where the role has an overdue queue,
// the banner links to it (linkActivated gives the queue's id).
class BreachBanner : public InlineMessage
{
public:
    explicit BreachBanner(QWidget *parent = nullptr);

    // Shown only when `soon` is more than none.
    void showCount(int soon, bool linksOverdue);
};

} // namespace Kezek

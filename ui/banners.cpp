#include "ui/banners.h"

#include "core/domain/legalbasis.h"
#include "ui/deadlinetext.h"
#include "ui/uitr.h"

#include <QLocale>

namespace Kezek {

LegalBasisBanner::LegalBasisBanner(QWidget *parent)
    : InlineMessage(Kind::Error, QStringLiteral("legalBasisBanner"), parent)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

void LegalBasisBanner::showFor(const LegalBasis &basis, QDate today)
{
    const bool outside = basis.inForceOn(today) == nullptr;
    if (outside) {
        QStringList ended;
        const QString language = QLocale().name().left(2);
        for (const LegalInstrument &instrument : basis.instruments()) {
            if (instrument.inForceUntil.isValid() && instrument.inForceUntil < today) {
                ended.append(UiTr::tr("%1 (%2) was in force until %3")
                                 .arg(instrument.title.in(language),
                                      instrument.numbers,
                                      formatDate(instrument.inForceUntil)));
            }
        }
        setText(UiTr::tr("No legal basis of the pilot is in force today. %1; no instrument that "
                         "extends it is known to this site. Applications received now are marked "
                         "so; ask the ministry before deciding on them.")
                    .arg(ended.join(QStringLiteral("; "))));
    }
    setVisible(outside);
}

BreachBanner::BreachBanner(QWidget *parent)
    : InlineMessage(Kind::Warning, QStringLiteral("breachBanner"), parent)
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

void BreachBanner::showCount(int soon, bool linksOverdue)
{
    const QString text
        = UiTr::tr("%n case(s) past a deadline or close to it (amber or red).", nullptr, soon);
    setText(linksOverdue
                ? QStringLiteral("<a href=\"overdue\">%1</a> %2")
                      .arg(text.toHtmlEscaped(), UiTr::tr("(open the list)").toHtmlEscaped())
                : text.toHtmlEscaped());
    setVisible(soon > 0);
}

} // namespace Kezek

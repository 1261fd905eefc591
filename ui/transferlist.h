#pragma once

#include "core/domain/case.h"
#include "core/domain/officedirectory.h"
#include "sync/casedesk.h"

#include <QDate>
#include <QList>

class QPagedPaintDevice;

namespace Kezek {

// The paper that travels in the courier's envelope with the originals
// (§21-22): in Kazakh and Russian on one page, whatever the screen speaks, as
// the state's papers are; the offices by their names and, for each case, the
// originals inside.
struct TransferList
{
    QList<Case> cases;
    QString tracking;
    Account sender; // the CSC operator, with their office
    QDate day;

    // The office's name in `language`; the id only for an office nobody has named.
    static QString
    officeName(const OfficeDirectory &offices, const QString &officeId, const QString &language);
    QString title() const;
    QString html(const OfficeDirectory &offices) const;
    // On a printer, or a PDF file for a saved copy.
    void print(const OfficeDirectory &offices, QPagedPaintDevice &device) const;
};

// The originals of a case that go in the envelope: those the CSC compared and
// accepted.
QList<DocumentType> originalsInEnvelope(const Case &c);

} // namespace Kezek

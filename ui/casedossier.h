#pragma once

#include "core/domain/case.h"
#include "core/domain/reasoncatalog.h"
#include "core/result/result.h"

#include <QString>

namespace Kezek {

struct Account;

// A case's dossier on paper (issue 31, point 4): the case and its applicant,
// every checklist's documents with their verdicts, the signed decisions with
// their signers and the moments they were made, and the history; HTML laid
// out on A4 in the window's language, printed or saved as PDF like the
// letters (printeddocument.h). Internal notes never go in it.
QString dossierTitle(const Case &c);
QString dossierHtml(const Case &c, const ReasonCatalog &reasons, const Account &reader);

// The dossier as a PDF at `path`, whole or not at all.
Result<void> saveDossierPdf(const Case &c,
                            const ReasonCatalog &reasons,
                            const Account &reader,
                            const QString &path);

} // namespace Kezek

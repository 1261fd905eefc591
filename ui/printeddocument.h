#pragma once

#include "core/result/result.h"

#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPrinter;
class QTranslator;
class QWidget;

namespace Kezek {

// Papers that leave the desk (a letter to the applicant, a courier's
// transfer list) are HTML laid out on A4, the same on a printer as in a saved
// PDF: one function draws them on either (a printer on the paper its dialog
// chose, A4 unless the officer changed it).
void printHtml(const QString &html, const QString &title, QPagedPaintDevice &device);

// The system's print dialog for `html`, then the paper on the printer the
// person chose. False when they cancelled; an error when the printer failed.
Result<bool> printThroughDialog(QWidget *parent, const QString &html, const QString &title);
// `printer` set up for an A4 paper named `title`: the dialog starts from it.
void preparePrinter(QPrinter &printer, const QString &title);
// An error unless `printer` took the whole paper.
Result<void> printerOutcome(const QPrinter &printer);

// The program's texts in another language than the screen's for as long as
// this lives: a paper in the applicant's language, or in Kazakh then Russian.
class PaperLanguage
{
public:
    explicit PaperLanguage(const QString &language);
    ~PaperLanguage();
    PaperLanguage(const PaperLanguage &) = delete;
    PaperLanguage &operator=(const PaperLanguage &) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace Kezek

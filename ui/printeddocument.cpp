#include "ui/printeddocument.h"

#include "resources/shippeddata.h"
#include "ui/uitr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QTranslator>

namespace Kezek {

void printHtml(const QString &html, const QString &title, QPagedPaintDevice &device)
{
    // A printer keeps the paper its dialog chose; a PDF is A4.
    if (!dynamic_cast<QPrinter *>(&device))
        device.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    document.setHtml(html);
    document.print(&device);
}

void preparePrinter(QPrinter &printer, const QString &title)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Kezek"));
}

Result<void> printerOutcome(const QPrinter &printer)
{
    // "Print to file": a printer that could not open its file reports no
    // error of its own, and leaves no file.
    const QString file = printer.outputFileName();
    if (!file.isEmpty()
        && (printer.printerState() == QPrinter::Error || QFileInfo(file).size() == 0)) {
        return fail(QStringLiteral("ui.print"),
                    UiTr::tr("The paper could not be written to \"%1\".").arg(file));
    }
    if (printer.printerState() == QPrinter::Error) {
        return fail(
            QStringLiteral("ui.print"),
            UiTr::tr("The printer \"%1\" could not print the paper.").arg(printer.printerName()));
    }
    return {};
}

Result<bool> printThroughDialog(QWidget *parent, const QString &html, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(UiTr::tr("Print: %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    printHtml(html, title, printer);
    if (auto printed = printerOutcome(printer); !printed)
        return std::unexpected(printed.error());
    return true;
}

PaperLanguage::PaperLanguage(const QString &language)
    : m_translator(ShippedData::translator(language))
{
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
}

PaperLanguage::~PaperLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace Kezek

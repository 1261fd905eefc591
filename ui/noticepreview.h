#pragma once

#include "core/domain/noticeletter.h"

#include <QDialog>

class QPagedPaintDevice;
class QTextBrowser;

namespace Kezek {

// A notice to the applicant as it will read, in the applicant's language
// (not the screen's), to print through the system's print dialog or to save
// as PDF.
class NoticePreview : public QDialog
{
    Q_OBJECT

public:
    NoticePreview(const Case &c,
                  const Notice &notice,
                  const ReasonCatalog &reasons,
                  const BusinessCalendar &calendar,
                  QWidget *parent = nullptr);

    QString html() const { return m_html; }
    // The letter on a printer (or a PDF file), as "Print…" (Ctrl+P) prints it.
    void print(QPagedPaintDevice &device) const;
    // Writes the notice as an A4 PDF; an error says why it could not.
    Result<void> saveAsPdf(const QString &path) const;
    // Where "Save as PDF…" proposes to save: the documents folder.
    QString saveStartPath() const;

private:
    QString m_html;
    QString m_fileName;
};

// The letter as HTML, in the applicant's language.
QString noticeHtml(const Case &c,
                   const Notice &notice,
                   const ReasonCatalog &reasons,
                   const BusinessCalendar &calendar);

} // namespace Kezek

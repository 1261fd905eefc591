#pragma once

#include "core/domain/noticeletter.h"

#include <QDialog>

class QTextBrowser;

namespace Kezek {

// A notice to the applicant as it will read, in the applicant's language
// (not the screen's), with "Save as PDF" for a printed copy.
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
    // Writes the notice as an A4 PDF; an error says why it could not.
    Result<void> saveAsPdf(const QString &path) const;

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

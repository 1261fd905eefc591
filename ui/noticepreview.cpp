#include "ui/noticepreview.h"

#include "ui/filefolders.h"
#include "ui/printeddocument.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QKeySequence>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Kezek {

QString noticeHtml(const Case &c,
                   const Notice &notice,
                   const ReasonCatalog &reasons,
                   const BusinessCalendar &calendar)
{
    // The applicant's language on top of the screen's for as long as the
    // letter is written.
    const NoticeLetter letter = [&] {
        const PaperLanguage applicants(notice.language);
        return noticeLetter(c, notice, reasons, calendar);
    }();

    QString html = QStringLiteral("<p style='color:#555'>%1<br>%2</p><h2>%3</h2><p>%4</p>")
                       .arg(letter.office.toHtmlEscaped(),
                            notice.date.toString(QStringLiteral("dd.MM.yyyy")),
                            letter.title.toHtmlEscaped(),
                            letter.addressee.toHtmlEscaped());
    const auto list = [](const QStringList &items) -> QString {
        QString text = QStringLiteral("<ul>");
        for (const QString &item : items)
            text += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        return text + QStringLiteral("</ul>");
    };
    if (!letter.paragraphs.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(letter.paragraphs.first().toHtmlEscaped());
    if (!letter.reasons.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(letter.reasonsHeading.toHtmlEscaped())
                + list(letter.reasons);
    if (!letter.documents.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(letter.documentsHeading.toHtmlEscaped())
                + list(letter.documents);
    for (const QString &paragraph : letter.paragraphs.mid(1))
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    return html;
}

NoticePreview::NoticePreview(const Case &c,
                             const Notice &notice,
                             const ReasonCatalog &reasons,
                             const BusinessCalendar &calendar,
                             QWidget *parent)
    : QDialog(parent)
    , m_html(noticeHtml(c, notice, reasons, calendar))
    , m_fileName(QStringLiteral("%1-%2.pdf").arg(c.number, noticeKindId(notice.kind)))
{
    setWindowTitle(UiTr::tr("Notice to the applicant: case %1").arg(c.number));
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("notice"));
    browser->setAccessibleName(UiTr::tr("The notice as the applicant reads it"));
    browser->setHtml(m_html);
    auto *buttons = new QDialogButtonBox;
    addCloseButton(buttons)->setDefault(true); // Enter: read, then close
    auto *printButton = buttons->addButton(UiTr::tr("P&rint…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printNotice"));
    printButton->setShortcut(QKeySequence::Print);
    printButton->setToolTip(UiTr::tr("Print the letter in the applicant's language (%1)")
                                .arg(printButton->shortcut().toString(QKeySequence::NativeText)));
    auto *save = buttons->addButton(UiTr::tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveNotice"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(printButton, &QPushButton::clicked, this, [this] {
        if (auto printed = printThroughDialog(this, m_html, windowTitle()); !printed)
            tell(this, windowTitle(), printed.error().message, true);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, UiTr::tr("Save the notice"), saveStartPath(), UiTr::tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        FileFolders::remember(FileFolders::Kind::Documents, path);
        if (auto saved = saveAsPdf(path); !saved)
            tell(this, windowTitle(), saved.error().message, true);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(640, 720);
}

QString NoticePreview::saveStartPath() const
{
    return FileFolders::startPath(FileFolders::Kind::Documents, m_fileName);
}

void NoticePreview::print(QPagedPaintDevice &device) const
{
    printHtml(m_html, windowTitle(), device);
}

Result<void> NoticePreview::saveAsPdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(windowTitle());
    writer.setCreator(QStringLiteral("Kezek"));
    print(writer);
    if (!QFile::exists(path)) {
        return fail(QStringLiteral("ui.pdf"),
                    UiTr::tr("The notice could not be written to \"%1\".").arg(path));
    }
    return {};
}

} // namespace Kezek

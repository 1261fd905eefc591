#include "report/pilotreport.h"

#include <QSaveFile>

namespace Kezek::Report {

std::optional<Format> formatFromId(QStringView id)
{
    if (id == u"pdf")
        return Format::Pdf;
    if (id == u"csv")
        return Format::Csv;
    if (id == u"xlsx")
        return Format::Xlsx;
    return std::nullopt;
}

Result<QByteArray>
renderReport(const OversightFigures &figures, Format format, const ReportOptions &options)
{
    // Every word of the report in its language, the domain's too.
    const LanguageScope language(options.language);
    switch (format) {
    case Format::Csv:
        return csvReport(figures, options);
    case Format::Xlsx:
        return xlsxReport(figures, options);
    case Format::Pdf:
        break;
    }
    return pdfReport(figures, options);
}

Result<void> writeReport(const OversightFigures &figures,
                         Format format,
                         const ReportOptions &options,
                         const QString &path)
{
    auto bytes = renderReport(figures, format, options);
    if (!bytes)
        return std::unexpected(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(QStringLiteral("report.write"),
                    ReportTr::tr("Cannot write \"%1\": %2.").arg(path, file.errorString()));
    return {};
}

} // namespace Kezek::Report

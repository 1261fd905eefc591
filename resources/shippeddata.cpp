#include "resources/shippeddata.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QTranslator>

namespace Kezek::ShippedData {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::ShippedData)
};

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("data.open"),
                    Tr::tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    }
    return file.readAll();
}

Result<QByteArray> calendarJson(const QString &path)
{
    return readAll(path.isEmpty() ? QStringLiteral(":/kezek/calendar/kz.json") : path);
}

Result<QByteArray> reasonsJson(const QString &path)
{
    return readAll(path.isEmpty() ? QStringLiteral(":/kezek/reasons.json") : path);
}

} // namespace

Result<Lawbook> lawbook(const QString &calendarPath, const QString &basisPath)
{
    const auto calendar = calendarJson(calendarPath);
    if (!calendar)
        return std::unexpected(calendar.error());
    const auto catalog = reasonsJson({});
    if (!catalog)
        return std::unexpected(catalog.error());
    const auto basis
        = readAll(basisPath.isEmpty() ? QStringLiteral(":/kezek/law/basis.json") : basisPath);
    if (!basis)
        return std::unexpected(basis.error());
    const auto legalization = readAll(QStringLiteral(":/kezek/law/legalization.json"));
    if (!legalization)
        return std::unexpected(legalization.error());
    return Lawbook::fromParts(*calendar, *catalog, *basis, *legalization);
}

Result<BusinessCalendar> calendar(const QString &path)
{
    auto bytes = calendarJson(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto data = CalendarData::fromJson(*bytes);
    if (!data)
        return std::unexpected(data.error());
    return BusinessCalendar::fromData(std::move(*data));
}

Result<ReasonCatalog> reasons(const QString &path)
{
    auto bytes = reasonsJson(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    return ReasonCatalog::fromJson(*bytes);
}

Result<OfficeDirectory> offices(const QString &path)
{
    const auto bytes = readAll(path.isEmpty() ? QStringLiteral(":/kezek/offices.json") : path);
    if (!bytes)
        return std::unexpected(bytes.error());
    return OfficeDirectory::fromJson(*bytes);
}

QStringList languages()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

bool installTranslator(const QString &language)
{
    if (!languages().contains(language))
        return false;
    // Owned by the application; one at a time, so that the language can
    // change while the program runs.
    static QPointer<QTranslator> current;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/kezek/i18n/kezek_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
    }
    current = translator;
    return QCoreApplication::installTranslator(translator);
}

std::unique_ptr<QTranslator> translator(const QString &language)
{
    auto loaded = std::make_unique<QTranslator>();
    if (!languages().contains(language)
        || !loaded->load(QStringLiteral(":/kezek/i18n/kezek_%1.qm").arg(language)))
        return nullptr;
    return loaded;
}

} // namespace Kezek::ShippedData

#include "testdata.h"

#include <QFile>
#include <QTest>

namespace Kezek::TestData {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data missing: %s", qPrintable(path));
    return file.readAll();
}

} // namespace

QByteArray fixture(const QString &relativePath)
{
    return readFile(QStringLiteral(KEZEK_FIXTURES_DIR "/") + relativePath);
}

QByteArray sourceFile(const QString &relativePath)
{
    return readFile(QStringLiteral(KEZEK_SOURCE_DIR "/") + relativePath);
}

const BusinessCalendar &calendar()
{
    static const BusinessCalendar shipped = [] {
        auto data
            = CalendarData::fromJson(sourceFile(QStringLiteral("resources/calendar/kz.json")));
        if (!data)
            qFatal("shipped calendar: %s", qPrintable(data.error().message));
        auto built = BusinessCalendar::fromData(*data);
        if (!built)
            qFatal("shipped calendar: %s", qPrintable(built.error().message));
        return *built;
    }();
    return shipped;
}

const ReasonCatalog &reasons()
{
    static const ReasonCatalog shipped = [] {
        auto catalog
            = ReasonCatalog::fromJson(sourceFile(QStringLiteral("resources/reasons.json")));
        if (!catalog)
            qFatal("shipped reasons: %s", qPrintable(catalog.error().message));
        return *catalog;
    }();
    return shipped;
}

} // namespace Kezek::TestData

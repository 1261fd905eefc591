#include "tests/support/testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QByteArray siteCalendar2027()
{
    // What the statutory rules leave, with Kurban Ait on Monday 17 May.
    constexpr int WorkingDays2027 = 246;
    QJsonObject calendar
        = QJsonDocument::fromJson(sourceFile(QStringLiteral("resources/calendar/kz.json")))
              .object();
    // The shipped, unconfirmed 2027 gives way to the site's decreed one.
    QJsonArray years;
    for (const QJsonValue &year : calendar.value(u"years").toArray()) {
        if (year.toObject().value(u"year").toInt() != 2027)
            years.append(year);
    }
    years.append(QJsonObject{
        {QStringLiteral("year"), 2027},
        {QStringLiteral("confirmed"), true},
        {QStringLiteral("source"), QStringLiteral("Government production calendar for 2027")},
        {QStringLiteral("religiousDaysOff"),
         QJsonArray{
             QJsonObject{{QStringLiteral("date"), QStringLiteral("2027-05-17")},
                         {QStringLiteral("name"),
                          QJsonObject{{QStringLiteral("kk"), QStringLiteral("Құрбан айт")},
                                      {QStringLiteral("ru"), QStringLiteral("Курбан айт")},
                                      {QStringLiteral("en"), QStringLiteral("Kurban Ait")}}}}}},
        {QStringLiteral("transfers"), QJsonArray{}},
        {QStringLiteral("workingDays"), WorkingDays2027}});
    calendar.insert(QStringLiteral("years"), years);
    return QJsonDocument(calendar).toJson();
}

} // namespace Kezek::TestData

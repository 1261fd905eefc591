#include "core/calendar/calendardata.h"

#include "core/calendar/calendartr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Kezek {

namespace {

constexpr int SupportedFormat = 1;

Result<FixedDayOff> parseFixed(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QString text = object.value(u"date").toString();
    // A fixed day off is written MM-DD; 2000 is a leap year, so 02-29 would pass
    // here but is refused below: a holiday must exist every year.
    const QDate probe = QDate::fromString(QStringLiteral("2001-") + text, Qt::ISODate);
    if (text.size() != 5 || !probe.isValid()) {
        return fail(QStringLiteral("calendar.fixed-date"),
                    CalendarTr::tr("The calendar names an impossible fixed day off \"%1\" "
                                   "(expected MM-DD that exists every year).")
                        .arg(text));
    }
    FixedDayOff holiday{probe.month(),
                        probe.day(),
                        LocalizedText::fromJson(object.value(u"name")),
                        object.value(u"from").toInt(),
                        object.value(u"until").toInt(),
                        object.value(u"source").toString()};
    const auto outOfRange = [](int year) {
        return year != 0 && (year < 1900 || year > 2200);
    };
    if ((object.contains(u"from") && holiday.fromYear == 0)
        || (object.contains(u"until") && holiday.untilYear == 0) || outOfRange(holiday.fromYear)
        || outOfRange(holiday.untilYear)
        || (holiday.fromYear != 0 && holiday.untilYear != 0
            && holiday.fromYear > holiday.untilYear)) {
        return fail(QStringLiteral("calendar.holiday-years"),
                    CalendarTr::tr("The day off %1 applies from %2 until %3: that is no range of "
                                   "years.")
                        .arg(text,
                             object.value(u"from").toVariant().toString(),
                             object.value(u"until").toVariant().toString()));
    }
    return holiday;
}

Result<QDate> parseDate(const QJsonValue &value, int year)
{
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.year() != year) {
        return fail(QStringLiteral("calendar.date"),
                    CalendarTr::tr("The calendar for %1 names the date \"%2\", which is not a "
                                   "date of that year.")
                        .arg(year)
                        .arg(text));
    }
    return date;
}

Result<CalendarYear> parseYear(const QJsonObject &object)
{
    CalendarYear year;
    year.year = object.value(u"year").toInt();
    if (year.year < 1900 || year.year > 2200) {
        return fail(QStringLiteral("calendar.year"),
                    CalendarTr::tr("The calendar has a year entry without a valid year."));
    }
    year.confirmed = object.value(u"confirmed").toBool();
    year.source = object.value(u"source").toString();
    for (const QJsonValue &entry : object.value(u"religiousDaysOff").toArray()) {
        auto date = parseDate(entry.toObject().value(u"date"), year.year);
        if (!date)
            return std::unexpected(date.error());
        year.religiousDaysOff.append(
            {*date, LocalizedText::fromJson(entry.toObject().value(u"name"))});
    }
    for (const QJsonValue &entry : object.value(u"transfers").toArray()) {
        const QJsonObject transfer = entry.toObject();
        auto dayOff = parseDate(transfer.value(u"dayOff"), year.year);
        if (!dayOff)
            return std::unexpected(dayOff.error());
        auto workingDay = parseDate(transfer.value(u"workingDay"), year.year);
        if (!workingDay)
            return std::unexpected(workingDay.error());
        year.transfers.append({*dayOff, *workingDay, transfer.value(u"source").toString()});
    }
    if (object.contains(u"workingDays"))
        year.workingDays = object.value(u"workingDays").toInt();
    // A confirmed year is a decree's: its count of working days is what the
    // rules above are checked against, so a mistyped transfer cannot pass.
    if (year.confirmed && !year.workingDays) {
        return fail(QStringLiteral("calendar.working-days-missing"),
                    CalendarTr::tr("The calendar confirms %1 without its number of working days "
                                   "(\"workingDays\"), which the decree publishes.")
                        .arg(year.year));
    }
    return year;
}

} // namespace

Result<CalendarData> CalendarData::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(QStringLiteral("calendar.json"),
                    CalendarTr::tr("The calendar data is not valid JSON: %1.")
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(u"format").toInt() != SupportedFormat) {
        return fail(QStringLiteral("calendar.format"),
                    CalendarTr::tr("The calendar data has format %1; this program reads format %2.")
                        .arg(root.value(u"format").toInt())
                        .arg(SupportedFormat));
    }

    CalendarData data;
    for (const QJsonValue &day : root.value(u"weekend").toArray()) {
        const int number = day.toInt();
        if (number < Qt::Monday || number > Qt::Sunday) {
            return fail(QStringLiteral("calendar.weekend"),
                        CalendarTr::tr("The calendar's weekend names a day that is not 1 (Monday) "
                                       "to 7 (Sunday)."));
        }
        data.weekend.append(static_cast<Qt::DayOfWeek>(number));
    }
    const QString carryOver = root.value(u"carryOver").toString();
    if (carryOver != u"next-working-day" && carryOver != u"none") {
        return fail(
            QStringLiteral("calendar.carry-over"),
            CalendarTr::tr("The calendar's carry-over rule \"%1\" is unknown.").arg(carryOver));
    }
    data.carryOverToNextWorkingDay = carryOver == u"next-working-day";

    for (const QJsonValue &entry : root.value(u"publicHolidays").toArray()) {
        auto holiday = parseFixed(entry);
        if (!holiday)
            return std::unexpected(holiday.error());
        data.publicHolidays.append(*holiday);
    }
    for (const QJsonValue &entry : root.value(u"religiousDaysOff").toArray()) {
        auto holiday = parseFixed(entry);
        if (!holiday)
            return std::unexpected(holiday.error());
        data.religiousDaysOff.append(*holiday);
    }

    QSet<int> seen;
    for (const QJsonValue &entry : root.value(u"years").toArray()) {
        auto year = parseYear(entry.toObject());
        if (!year)
            return std::unexpected(year.error());
        if (seen.contains(year->year)) {
            return fail(QStringLiteral("calendar.duplicate-year"),
                        CalendarTr::tr("The calendar describes %1 twice.").arg(year->year));
        }
        seen.insert(year->year);
        data.years.append(*year);
    }
    return data;
}

} // namespace Kezek

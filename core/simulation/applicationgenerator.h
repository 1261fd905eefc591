#pragma once

#include "core/domain/workflow.h"

#include <QRandomGenerator>

namespace Kezek {

// Makes eGov applications as they would arrive: foreign IT specialists of many
// nationalities with IINs valid by checksum, passports whose MRZ passes every
// check digit, and the six documents of §10. Some applications carry one
// realistic fault (an unpaid duty, a 3:4 photo, a record not legalized, a
// passport expiring too soon) so that officers have something to return.
class ApplicationGenerator
{
public:
    ApplicationGenerator(quint32 seed, QDate today);

    NewApplication next();

    // The share of applications with one fault, 0..100 (default 15).
    void setFaultPercent(int percent) { m_faultPercent = percent; }
    // The day the next applications are filed on (their documents' dates
    // follow it): a history is filed over many days.
    void setToday(QDate today) { m_today = today; }

private:
    QString randomLetters(int count, bool digits);

    QRandomGenerator m_random;
    QDate m_today;
    int m_counter = 0;
    int m_faultPercent = 15;
};

} // namespace Kezek

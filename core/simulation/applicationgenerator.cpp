#include "core/simulation/applicationgenerator.h"

#include "core/domain/mrz.h"

#include <QUuid>

namespace Kezek {

namespace {

struct Nationality
{
    const char *code;
    QList<const char *> surnames;
    QList<const char *> maleNames;
    QList<const char *> femaleNames;
};

// Names as their passports write them in Latin letters.
const QList<Nationality> Nationalities = {
    {"IND",
     {"SHARMA", "IYER", "REDDY", "BANERJEE", "KULKARNI"},
     {"ARJUN", "RAHUL", "VIKRAM"},
     {"PRIYA", "ANANYA", "DIVYA"}},
    {"DEU",
     {"MUELLER", "SCHNEIDER", "FISCHER", "WAGNER"},
     {"JONAS", "LUKAS", "FELIX"},
     {"LENA", "MARIE", "SOPHIE"}},
    {"RUS",
     {"IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV"},
     {"DMITRII", "ALEKSEI", "ILIA"},
     {"ANNA", "OLGA", "EKATERINA"}},
    {"TUR",
     {"YILMAZ", "KAYA", "DEMIR", "CELIK"},
     {"EMRE", "MEHMET", "BURAK"},
     {"ELIF", "ZEYNEP", "AYSE"}},
    {"CHN",
     {"WANG", "LI", "ZHANG", "LIU", "CHEN"},
     {"WEI", "JIAN", "HAO"},
     {"LI NA", "XIN", "MEI"}},
    {"KOR",
     {"KIM", "LEE", "PARK", "CHOI"},
     {"MINJUN", "SEOJUN", "DOHYUN"},
     {"SEOYEON", "JIWOO", "HAEUN"}},
    {"UZB",
     {"KARIMOV", "YUSUPOV", "RAKHIMOV"},
     {"AZIZ", "SARDOR", "JASUR"},
     {"DILNOZA", "MALIKA", "NODIRA"}},
    {"USA",
     {"SMITH", "JOHNSON", "GARCIA", "MILLER"},
     {"JAMES", "MICHAEL", "DANIEL"},
     {"EMILY", "SARAH", "JESSICA"}},
};

const char *pick(QRandomGenerator &random, const QList<const char *> &list)
{
    return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
}

} // namespace

ApplicationGenerator::ApplicationGenerator(quint32 seed, QDate today)
    : m_random(seed)
    , m_today(today)
{}

QString ApplicationGenerator::randomLetters(int count, bool digits)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPRSTUVWXYZ");
    QString result;
    for (int i = 0; i < count; ++i) {
        if (digits)
            result += QChar(u'0' + static_cast<char16_t>(m_random.bounded(10)));
        else
            result += alphabet.at(
                static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(alphabet.size()))));
    }
    return result;
}

NewApplication ApplicationGenerator::next()
{
    ++m_counter;
    const Nationality &nationality = Nationalities.at(
        static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(Nationalities.size()))));
    Applicant applicant;
    applicant.sex = m_random.bounded(2) == 0 ? Sex::Male : Sex::Female;
    applicant.surname = QString::fromLatin1(pick(m_random, nationality.surnames));
    applicant.givenNames = QString::fromLatin1(pick(
        m_random, applicant.sex == Sex::Male ? nationality.maleNames : nationality.femaleNames));
    applicant.nationality = QString::fromLatin1(nationality.code);
    applicant.birthDate = QDate(1975, 1, 1).addDays(m_random.bounded(25 * 365));
    while (applicant.iin.isEmpty())
        applicant.iin = composeIin(
            applicant.birthDate, applicant.sex, static_cast<int>(m_random.bounded(10000)));
    applicant.passportNumber = randomLetters(2, false) + randomLetters(7, true);
    applicant.passportExpiry = m_today.addDays(400 + m_random.bounded(8 * 365));
    static const QStringList languages
        = {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
    applicant.language = languages.at(static_cast<qsizetype>(m_random.bounded(3)));

    // One fault, in some applications, that an officer would send back (§12).
    const bool faulty = static_cast<int>(m_random.bounded(100)) < m_faultPercent;
    const int fault = faulty ? static_cast<int>(m_random.bounded(4)) : -1;
    if (fault == 0)
        applicant.passportExpiry = m_today.addDays(90); // fewer than the 180 days of §10(1)

    MrzData mrz;
    mrz.issuingState = mrz.nationality = applicant.nationality;
    mrz.surname = applicant.surname;
    mrz.givenNames = applicant.givenNames;
    mrz.documentNumber = applicant.passportNumber;
    mrz.birthDate = applicant.birthDate;
    mrz.sex = applicant.sex;
    mrz.expiryDate = applicant.passportExpiry;
    const auto [line1, line2] = composeMrz(mrz);

    NewApplication application;
    // A version-4 UUID from the seeded generator, so a seed repeats a run exactly.
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        bytes[i] = static_cast<char>(m_random.bounded(256));
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
    application.id = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    application.number = QStringLiteral("DNR-%1-%2-%3")
                             .arg(m_today.year())
                             .arg(randomLetters(3, true))
                             .arg(m_counter, 6, 10, QLatin1Char('0'));
    application.city = m_random.bounded(2) == 0 ? City::Astana : City::Almaty;
    application.applicant = applicant;

    DocumentFacts passport;
    passport.expiryDate = applicant.passportExpiry;
    passport.mrzLine1 = line1;
    passport.mrzLine2 = line2;
    DocumentFacts photo;
    photo.pixelWidth = fault == 1 ? 675 : 827; // 3:4 instead of 7:9
    photo.pixelHeight = fault == 1 ? 900 : 1063;
    DocumentFacts record;
    record.foreignIssued = true;
    record.legalization
        = fault == 2 ? Legalization::None
                     : (m_random.bounded(2) ? Legalization::Apostille : Legalization::Consular);
    DocumentFacts questionnaire;
    questionnaire.signedWithEds = true;
    DocumentFacts duty;
    duty.dutyPaid = fault != 3;
    application.documents = {{DocumentType::Passport, passport},
                             {DocumentType::Photo, photo},
                             {DocumentType::Petition, {}},
                             {DocumentType::CitizenshipRecord, record},
                             {DocumentType::Questionnaire, questionnaire},
                             {DocumentType::StateDuty, duty}};
    return application;
}

} // namespace Kezek

#include "core/domain/mrz.h"

#include "core/domain/domaintr.h"

#include <QStringList>

namespace Kezek {

namespace {

constexpr qsizetype LineLength = 44;

bool isMrzCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'<';
}

QString normalized(QStringView line)
{
    return line.trimmed().toString().toUpper();
}

QString field(const QString &line, qsizetype from, qsizetype length)
{
    return line.mid(from, length);
}

QString withoutFiller(const QString &text)
{
    QString result = text;
    result.replace(QLatin1Char('<'), QLatin1Char(' '));
    return result.simplified();
}

QDate mrzDate(const QString &yymmdd, bool isBirthDate, QDate referenceDate)
{
    bool ok = false;
    const int yy = yymmdd.left(2).toInt(&ok);
    if (!ok)
        return {};
    const int mm = yymmdd.mid(2, 2).toInt(&ok);
    if (!ok)
        return {};
    const int dd = yymmdd.mid(4, 2).toInt(&ok);
    if (!ok)
        return {};
    int year = 2000 + yy;
    // A birth year cannot lie after the reference date; an expiry date lies at
    // most a passport's life (well under 50 years) ahead of it.
    if (isBirthDate ? year > referenceDate.year() : year > referenceDate.year() + 50)
        year -= 100;
    return QDate(year, mm, dd);
}

// The form of a passport's MRZ: two lines of 44 MRZ characters, a "P" first.
Result<void> checkForm(const QString &line1, const QString &line2)
{
    for (const QString *line : {&line1, &line2}) {
        if (line->size() != LineLength) {
            return fail(
                QStringLiteral("mrz.length"),
                DomainTr::tr("Each line of a passport MRZ has 44 characters; line %1 has %2.")
                    .arg(line == &line1 ? 1 : 2)
                    .arg(line->size()));
        }
        for (const QChar c : *line) {
            if (!isMrzCharacter(c)) {
                return fail(QStringLiteral("mrz.character"),
                            DomainTr::tr("Line %1 of the MRZ has the character \"%2\", which an "
                                         "MRZ cannot hold (only A-Z, 0-9 and <).")
                                .arg(line == &line1 ? 1 : 2)
                                .arg(c));
            }
        }
    }
    if (line1.at(0) != u'P') {
        return fail(QStringLiteral("mrz.document-code"),
                    DomainTr::tr("The MRZ is not a passport's: its first character is \"%1\", "
                                 "not \"P\".")
                        .arg(line1.at(0)));
    }
    return {};
}

// Every check digit is verified, and all failures are named at once, so an
// operator who mistyped two fields learns of both.
Result<void> checkDigits(const QString &line2)
{
    struct DigitCheck
    {
        const char *code;
        QString name;
        QString field;
        QChar digit;
    };
    const QString personal = field(line2, 28, 14);
    const QString composite = field(line2, 0, 10) + field(line2, 13, 7) + field(line2, 21, 22);
    const QList<DigitCheck> checks = {
        {"mrz.document-number-check",
         DomainTr::tr("document number"),
         field(line2, 0, 9),
         line2.at(9)},
        {"mrz.birth-date-check", DomainTr::tr("birth date"), field(line2, 13, 6), line2.at(19)},
        {"mrz.expiry-date-check", DomainTr::tr("expiry date"), field(line2, 21, 6), line2.at(27)},
        {"mrz.personal-number-check", DomainTr::tr("personal number"), personal, line2.at(42)},
        {"mrz.composite-check", DomainTr::tr("composite"), composite, line2.at(43)},
    };
    QStringList failed;
    QString firstCode;
    for (const DigitCheck &check : checks) {
        bool ok = false;
        if (check.digit == u'<') {
            // ICAO allows a filler check digit only for an empty personal number.
            ok = QLatin1StringView(check.code) == QLatin1StringView("mrz.personal-number-check")
                 && check.field == QString(14, QLatin1Char('<'));
        } else {
            ok = check.digit.isDigit()
                 && check.digit.unicode() - u'0' == mrzCheckDigit(check.field);
        }
        if (!ok) {
            failed.append(check.name);
            if (firstCode.isEmpty())
                firstCode = QString::fromLatin1(check.code);
        }
    }
    if (!failed.isEmpty()) {
        return fail(firstCode,
                    DomainTr::tr("The MRZ check digit does not match for: %1.")
                        .arg(failed.join(QStringLiteral(", "))));
    }
    return {};
}

// The fields of a well-formed MRZ whose check digits match; its dates must
// be real ones, its sex field one ICAO knows.
Result<MrzData> readFields(const QString &line1, const QString &line2, QDate referenceDate)
{
    MrzData data;
    data.documentCode = withoutFiller(field(line1, 0, 2));
    data.issuingState = withoutFiller(field(line1, 2, 3));
    const QString names = field(line1, 5, 39);
    const qsizetype separator = names.indexOf(QStringLiteral("<<"));
    data.surname = withoutFiller(separator < 0 ? names : names.left(separator));
    data.givenNames = separator < 0 ? QString() : withoutFiller(names.mid(separator + 2));
    data.documentNumber = withoutFiller(field(line2, 0, 9)).remove(QLatin1Char(' '));
    data.nationality = withoutFiller(field(line2, 10, 3));
    data.personalNumber = withoutFiller(field(line2, 28, 14));

    data.birthDate = mrzDate(field(line2, 13, 6), true, referenceDate);
    if (!data.birthDate.isValid()) {
        return fail(
            QStringLiteral("mrz.birth-date"),
            DomainTr::tr("The MRZ birth date \"%1\" is not a real date.").arg(field(line2, 13, 6)));
    }
    data.expiryDate = mrzDate(field(line2, 21, 6), false, referenceDate);
    if (!data.expiryDate.isValid()) {
        return fail(QStringLiteral("mrz.expiry-date"),
                    DomainTr::tr("The MRZ expiry date \"%1\" is not a real date.")
                        .arg(field(line2, 21, 6)));
    }
    const QChar sex = line2.at(20);
    if (sex == u'M')
        data.sex = Sex::Male;
    else if (sex == u'F')
        data.sex = Sex::Female;
    else if (sex != u'<' && sex != u'X') {
        return fail(QStringLiteral("mrz.sex"),
                    DomainTr::tr("The MRZ sex field is \"%1\"; it must be M, F, X or <.").arg(sex));
    }
    return data;
}

} // namespace

int mrzCheckDigit(QStringView text)
{
    static constexpr int Weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        int value = 0;
        if (c >= u'0' && c <= u'9')
            value = c.unicode() - u'0';
        else if (c >= u'A' && c <= u'Z')
            value = c.unicode() - u'A' + 10;
        sum += value * Weights[i % 3];
    }
    return sum % 10;
}

std::pair<QString, QString> composeMrz(const MrzData &data)
{
    auto filled = [](QString text, qsizetype width) {
        text = text.toUpper();
        text.replace(QLatin1Char(' '), QLatin1Char('<'));
        text.replace(QLatin1Char('-'), QLatin1Char('<'));
        return text.left(width).leftJustified(width, QLatin1Char('<'));
    };
    const QString names = data.givenNames.isEmpty()
                              ? data.surname
                              : data.surname + QStringLiteral("<<") + data.givenNames;
    const QString line1
        = filled(data.documentCode.isEmpty() ? QStringLiteral("P") : data.documentCode, 2)
          + filled(data.issuingState, 3) + filled(names, 39);

    const QString number = filled(data.documentNumber, 9);
    const QString birth = data.birthDate.toString(QStringLiteral("yyMMdd"));
    const QString expiry = data.expiryDate.toString(QStringLiteral("yyMMdd"));
    const QString personal = filled(data.personalNumber, 14);
    const QChar sex = !data.sex                ? QLatin1Char('<')
                      : *data.sex == Sex::Male ? QLatin1Char('M')
                                               : QLatin1Char('F');
    auto digit = [](QStringView field) {
        return QString::number(mrzCheckDigit(field));
    };
    const QString personalCheck
        = data.personalNumber.isEmpty() ? QStringLiteral("<") : digit(personal);
    QString line2 = number + digit(number) + filled(data.nationality, 3) + birth + digit(birth)
                    + sex + expiry + digit(expiry) + personal + personalCheck;
    const QString composite = line2.mid(0, 10) + line2.mid(13, 7) + line2.mid(21, 22);
    line2 += digit(composite);
    return {line1, line2};
}

Result<MrzData> parseMrz(QStringView rawLine1, QStringView rawLine2, QDate referenceDate)
{
    const QString line1 = normalized(rawLine1);
    const QString line2 = normalized(rawLine2);
    if (auto ok = checkForm(line1, line2); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkDigits(line2); !ok)
        return std::unexpected(ok.error());
    return readFields(line1, line2, referenceDate);
}
} // namespace Kezek

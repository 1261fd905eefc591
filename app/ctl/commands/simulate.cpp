#include "app/ctl/commands/simulate.h"

#include "app/ctl/apiclient.h"
#include "app/ctl/commands/commands.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/protocol/api.h"
#include "core/security/signatures.h"
#include "core/simulation/applicationgenerator.h"
#include "core/simulation/scangenerator.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

namespace Kezek::Ctl {

QString simulateSynopsis()
{
    return Tr::tr(
        "kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] "
        "[--faults PERCENT] [--scans] [--ministry-key FILE]\n"
        "  files believable eGov applications on a server as its integration user,\n"
        "  with generated scans of their documents (--scans), and each with the\n"
        "  ministry's petition signed with the key (PEM certificate and key, as\n"
        "  kezek-server --dev-cert makes ministry-signer.pem)\n"
        "kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] "
        "[--seed N]\n"
        "  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, "
        "checks, courier) once a case has waited DELAY seconds; N rounds a second apart, "
        "0 for ever\n"
        "kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] "
        "[--delay SECONDS] [--rounds N] [--percent P] [--interval SECONDS] [--most N] "
        "[--seed N]\n"
        "  works phase 1 as a migration officer: verifies and registers, sends to NSC, and "
        "decides, signing with the key (its password from KEZEK_KEY_PASSWORD); a round every "
        "INTERVAL seconds (1), taking up at most N cases in each (all)\n"
        "  passwords come from KEZEK_PASSWORD or one line on standard input");
}

namespace {

// Uploads a scan of each filed document: the passport as an image, the rest
// as PDFs, as eGov hands them over.
QString uploadScans(ApiClient &client, const NewApplication &application, quint32 seed)
{
    const Applicant &who = application.applicant;
    for (const auto &[type, facts] : application.documents) {
        const bool image = type == DocumentType::Passport;
        const QByteArray bytes
            = image ? ScanGenerator::png(600, 840, seed ^ qHash(who.passportNumber))
                    : ScanGenerator::pdf(documentTitle(type),
                                         {who.surname + QStringLiteral(", ") + who.givenNames,
                                          QStringLiteral("Passport ") + who.passportNumber,
                                          QStringLiteral("IIN ") + who.iin,
                                          QStringLiteral("Case ") + application.number});
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString name
            = documentTypeId(type) + (image ? QStringLiteral(".png") : QStringLiteral(".pdf"));
        const ApiClient::Reply reply = client.send("PUT",
                                                   Api::uploadPath(hash, application.id, name),
                                                   bytes,
                                                   image ? "image/png" : "application/pdf");
        if (reply.status != 201 && reply.status != 200)
            return reply.status == 0 ? reply.error : reply.json.value(u"message").toString();
    }
    return {};
}

// The ministry's petition for the application (§8), signed on astanahub.com
// a week before it was filed on eGov.
Result<PetitionSubmission> signPetition(const NewApplication &application, const PemPair &ministry)
{
    const QString number = QStringLiteral("PET-") + application.number;
    const QDate signedOn = application.filedAt.toUTC().date().addDays(-7);
    auto signature = signAttached(
        petitionStatementBytes(petitionStatementFor(application.applicant, number, signedOn)),
        ministry);
    if (!signature)
        return std::unexpected(signature.error());
    return PetitionSubmission{number, *signature};
}

// The ministry's signing key from --ministry-key, or none when not given.
Result<std::optional<PemPair>> ministryKey(const QString &file)
{
    if (file.isEmpty())
        return std::optional<PemPair>();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("ctl.file"),
                    Tr::tr("Cannot read \"%1\": %2.").arg(file, in.errorString()));
    auto pair = pemPairOf(in.readAll());
    if (!pair) {
        return fail(QStringLiteral("ctl.file"),
                    Tr::tr("\"%1\" must hold the ministry's signing certificate and its key "
                           "(PEM).")
                        .arg(file));
    }
    return std::optional<PemPair>(*pair);
}

} // namespace

// Believable eGov applications filed on a server as its integration user.
int runSimulate(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    for (const char *name : {"server", "user", "ca", "count", "seed", "faults", "ministry-key"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    parser.addOption({QStringLiteral("scans"), QString()});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments))
        return console.usage(parser.errorText(), simulateSynopsis());
    const QUrl server(parser.value(QStringLiteral("server")));
    bool countOk = true;
    bool seedOk = true;
    bool faultsOk = true;
    const int count = parser.isSet(QStringLiteral("count"))
                          ? parser.value(QStringLiteral("count")).toInt(&countOk)
                          : 20;
    const quint32 seed = parser.isSet(QStringLiteral("seed"))
                             ? parser.value(QStringLiteral("seed")).toUInt(&seedOk)
                             : 2025;
    const int faults = parser.isSet(QStringLiteral("faults"))
                           ? parser.value(QStringLiteral("faults")).toInt(&faultsOk)
                           : 15;
    if (server.scheme() != u"https" || parser.value(QStringLiteral("user")).isEmpty() || !countOk
        || count < 1 || count > 100000 || !seedOk || !faultsOk || faults < 0 || faults > 100) {
        return console.usage(
            Tr::tr("simulate needs an https:// --server, a --user, and numbers in range."),
            simulateSynopsis());
    }
    auto tls = trustFor(parser.value(QStringLiteral("ca")));
    if (!tls)
        return console.error(DataError, tls.error().message);
    auto ministry = ministryKey(parser.value(QStringLiteral("ministry-key")));
    if (!ministry)
        return console.error(DataError, ministry.error().message);
    ApiClient client(server, *tls);
    if (auto ok = client.signIn(parser.value(QStringLiteral("user")), readSecret("KEZEK_PASSWORD"));
        !ok)
        return console.error(CheckFailed, ok.error().message);

    ApplicationGenerator generator(seed, QDate::currentDate());
    generator.setFaultPercent(faults);
    const bool scans = parser.isSet(QStringLiteral("scans"));
    int filed = 0;
    QMap<QString, int> refused;
    for (int i = 0; i < count; ++i) {
        NewApplication application = generator.next();
        // Filed on eGov a little before the integration brought it here.
        application.filedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * (1 + i % 240));
        if (*ministry) {
            auto petition = signPetition(application, **ministry);
            if (!petition)
                return console.error(DataError, petition.error().message);
            application.petition = *petition;
        }
        const ApiClient::Reply reply
            = client.post(Api::path(Api::Route::Intake), newApplicationToJson(application));
        if (reply.status == 0)
            return console.error(DataError, reply.error);
        if (reply.status == 201) {
            ++filed;
            if (scans) {
                if (const QString failed = uploadScans(client, application, seed + i);
                    !failed.isEmpty())
                    return console.error(DataError, failed);
            }
        } else {
            ++refused[reply.json.value(u"code").toString()];
        }
        if ((i + 1) % 100 == 0 || i + 1 == count)
            console.err() << '\r' << Tr::tr("%1 of %2 applications sent").arg(i + 1).arg(count)
                          << Qt::flush;
    }
    console.err() << '\n';
    console.out() << Tr::tr("filed %1 applications").arg(filed) << '\n';
    for (auto it = refused.constBegin(); it != refused.constEnd(); ++it)
        console.out() << Tr::tr("refused %1: %2").arg(it.value()).arg(it.key()) << '\n';
    return refused.isEmpty() ? Ok : CheckFailed;
}

} // namespace Kezek::Ctl

#include "core/logging/loghandler.h"
#include "resources/shippeddata.h"
#include "ui/mainwindow.h"
#include "ui/uilog.h"
#include "ui/workstation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QScopeGuard>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

using namespace Kezek;

namespace {

// The settings, with the command line over them; `parser` keeps what else
// it says (the user to sign in).
WorkstationConfig configFromArguments(QApplication &app, QCommandLineParser &parser)
{
    WorkstationConfig config = WorkstationConfig::load();
    parser.setApplicationDescription(
        QStringLiteral("Kezek: the Digital Nomad Residency workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("server"),
         QStringLiteral("The server's https:// address."),
         QStringLiteral("url")},
        {QStringLiteral("ca"),
         QStringLiteral("A certificate authority to trust (PEM)."),
         QStringLiteral("file")},
        {QStringLiteral("pin"),
         QStringLiteral("The server's public-key hash (base64)."),
         QStringLiteral("sha256")},
        {QStringLiteral("user"),
         QStringLiteral("The user to sign in; the password may come in KEZEK_PASSWORD."),
         QStringLiteral("id")},
        {QStringLiteral("cache-dir"),
         QStringLiteral("Where the encrypted caches live."),
         QStringLiteral("folder")},
        {QStringLiteral("key"),
         QStringLiteral("The officer's PKCS#12 signing key."),
         QStringLiteral("file")},
        {QStringLiteral("lock-minutes"),
         QStringLiteral("Lock the screen after this many idle minutes (1 to 60)."),
         QStringLiteral("n")},
        {QStringLiteral("language"), QStringLiteral("kk, ru or en."), QStringLiteral("code")},
    });
    parser.process(app);
    if (parser.isSet(QStringLiteral("server")))
        config.server = QUrl(parser.value(QStringLiteral("server")));
    for (const auto &[option, field] : {std::pair{QStringLiteral("ca"), &config.caFile},
                                        std::pair{QStringLiteral("pin"), &config.pin},
                                        std::pair{QStringLiteral("cache-dir"), &config.cacheDir},
                                        std::pair{QStringLiteral("key"), &config.keyFile},
                                        std::pair{QStringLiteral("language"), &config.language}}) {
        if (parser.isSet(option))
            *field = parser.value(option);
    }
    // The screen lock cannot be turned off from the command line: one to
    // sixty minutes.
    if (parser.isSet(QStringLiteral("lock-minutes")))
        config.lockMinutes
            = std::clamp(parser.value(QStringLiteral("lock-minutes")).toInt(), 1, 60);
    return config;
}

// The log for IT, from the first line on; a program that cannot write it
// runs all the same and says so on stderr.
void startLog(const WorkstationConfig &config)
{
    if (auto started = Logging::install(config.logFolder); !started) {
        qCWarning(lcApp).noquote() << "no log file:" << started.error().message;
        return;
    }
    qCInfo(lcApp).noquote() << QStringLiteral("Kezek %1 started on Qt %2, in %3")
                                   .arg(QStringLiteral(KEZEK_VERSION),
                                        QString::fromLatin1(qVersion()),
                                        config.language);
    // An exception nobody caught ends the program: the log says so first.
    std::set_terminate([] {
        qCCritical(lcApp) << "the program ended on an exception nobody caught";
        std::abort();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    // --version and --help answer without a display: on a server, in a
    // package check, over ssh.
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--version" || argument == "-v") {
            std::printf("kezek %s\n", KEZEK_VERSION);
            return 0;
        }
        if (argument == "--help" || argument == "-h" || argument == "--help-all")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kezek"));
    QApplication::setApplicationName(QStringLiteral("Kezek"));
    QApplication::setApplicationVersion(QStringLiteral(KEZEK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("kezek"));
    QIcon icon;
    for (const char *size : {"48", "256"})
        icon.addFile(QStringLiteral(":/kezek/icons/kezek-%1.png").arg(QLatin1StringView(size)));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    WorkstationConfig config = configFromArguments(app, parser);
    if (!ShippedData::languages().contains(config.language))
        config.language = Workstation::defaultLanguage();
    Workstation::applyLanguage(config.language);
    startLog(config);
    const auto stopLog = qScopeGuard([] {
        qCInfo(lcApp) << "the program ends";
        Logging::uninstall();
    });

    auto law = ShippedData::lawbook();
    if (!law) {
        QMessageBox::critical(nullptr, QStringLiteral("Kezek"), law.error().message);
        return 1;
    }
    Workstation workstation(config, std::move(*law));
    // The password is read once and the variable forgotten, so that child
    // processes never see it.
    const QString password = qEnvironmentVariable("KEZEK_PASSWORD");
    qunsetenv("KEZEK_PASSWORD");
    if (!workstation.signIn(parser.value(QStringLiteral("user")), password))
        return 0;
    return app.exec();
}

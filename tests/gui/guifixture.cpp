#include "tests/gui/guifixture.h"

#include <QJsonDocument>

#include "tests/support/builders.h"

#include "core/domain/queues.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"
#include "ui/mainwindow.h"
#include "ui/workstation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace Kezek::Testing {

bool GuiFixture::startServer(const QStringList &serverArguments)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    Workstation::applyLanguage(QStringLiteral("en"));
    m_calendar = std::make_unique<BusinessCalendar>(ShippedData::calendar().value());
    m_reasons = std::make_unique<ReasonCatalog>(ShippedData::reasons().value());
    m_law = std::make_unique<Lawbook>(ShippedData::lawbook().value());

    m_server = std::make_unique<ServerProcess>(serverArguments);
    if (!m_server->start())
        return false;
    auto store = openStore();
    if (!store)
        return false;
    UserStore users(*store);
    const QString hash = *hashPassword(Password, ScryptCost{10, 8, 1});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const struct
    {
        const char *id;
        QString name;
        Role role;
        std::optional<City> city;
    } staff[] = {
        {"officer2.astana", QStringLiteral("Ерлан Жұмабаев"), Role::MigrationOfficer, City::Astana},
        {"officer.astana",
         QStringLiteral("Айгерім Сейтқали"),
         Role::MigrationOfficer,
         City::Astana},
        {"supervisor.astana", QStringLiteral("Гүлнар Оспанова"), Role::Supervisor, City::Astana},
        {"ministry.reviewer",
         QStringLiteral("Асхат Бекенов"),
         Role::MinistryReviewer,
         std::nullopt},
    };
    for (const auto &person : staff) {
        if (!users.addUser({QString::fromLatin1(person.id),
                            person.name,
                            person.role,
                            person.city,
                            hash,
                            0,
                            {},
                            {},
                            {},
                            {},
                            false},
                           now))
            return false;
    }
    m_keyFile = signingKey(users, QStringLiteral("officer.astana"));
    return !m_keyFile.isEmpty();
}

bool GuiFixture::addCscOperator(UserStore &users)
{
    return users
        .addUser({QStringLiteral("csc.astana"),
                  QStringLiteral("Мәди Нұрланұлы"),
                  Role::CscOperator,
                  City::Astana,
                  *hashPassword(Password, ScryptCost{10, 8, 1}),
                  0,
                  {},
                  {},
                  {},
                  {},
                  false},
                 QDateTime::currentDateTimeUtc())
        .has_value();
}

std::unique_ptr<ServerStore> GuiFixture::openStore() const
{
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    return store ? std::move(*store) : nullptr;
}

bool GuiFixture::savedOnServer(const QList<Case> &cases) const
{
    auto store = openStore();
    return store && store->saveCases(cases);
}

QString GuiFixture::filedOnServer(const QString &caseId, const QByteArray &png) const
{
    auto store = openStore();
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    const QString name = QStringLiteral("passport.png");
    const QString egov = QStringLiteral("egov");
    if (!store
        || !store->addDocument({sha256,
                                caseId,
                                name,
                                QStringLiteral("image/png"),
                                png.size(),
                                egov,
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               png,
                               {egov, QStringLiteral("upload-document"), caseId, name}))
        return {};
    return sha256;
}

Case ownCase(CaseState state, int daysAgo, const QString &number)
{
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    // The latest start that reaches the state no later than that day.
    QDate start = today.addDays(-400);
    while (Builders::dayReached(state, start.addDays(1)) <= today.addDays(-daysAgo))
        start = start.addDays(1);
    Case c = Builders::caseIn(state, start, City::Astana);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number
        = number.isEmpty() ? QStringLiteral("DNR-2026-W%1").arg(c.id.left(6).toUpper()) : number;
    return c;
}

QString GuiFixture::signingKey(UserStore &users, const QString &user)
{
    QFile caCertificate(m_server->folder() + QStringLiteral("/tls/signing-ca.pem"));
    QFile caKey(m_server->folder() + QStringLiteral("/tls/signing-ca-key.pem"));
    if (!caCertificate.open(QIODevice::ReadOnly) || !caKey.open(QIODevice::ReadOnly))
        return {};
    auto issued = issueSigningCertificate(
        {caCertificate.readAll(), caKey.readAll()}, user, Builders::staffIin(user));
    if (!issued
        || !users.setSigningCertificate(user, issued->certificate, QDateTime::currentDateTimeUtc()))
        return {};
    auto p12 = makePkcs12(*issued, KeyPassword, user);
    const QString path = m_dir.filePath(user + QStringLiteral(".p12"));
    QFile key(path);
    if (!p12 || !key.open(QIODevice::WriteOnly) || key.write(*p12) != p12->size())
        return {};
    return path;
}

WorkstationConfig GuiFixture::config(const QString &cacheDir) const
{
    WorkstationConfig c;
    c.server = QUrl(m_server->baseUrl());
    c.caFile = m_server->folder() + QStringLiteral("/tls/cert.pem");
    c.cacheDir = cacheDir;
    c.keyFile = m_keyFile;
    c.lockMinutes = 0;
    // The tests count the outbox step by step; a test of the sync after a
    // command turns it on.
    c.syncAfterCommand = false;
    return c;
}

bool GuiFixture::waitForSync(MainWindow *window)
{
    QSignalSpy finished(window, &MainWindow::syncFinished);
    if (!finished.wait(60000))
        return false;
    return finished.first().first().toBool();
}

QString GuiFixture::outboxOf(Workstation &workstation, const QString &caseId)
{
    const auto entries = workstation.session().store->outboxOfCase(caseId);
    if (!entries)
        return entries.error().message;
    QStringList lines;
    for (const OutboxEntry &entry : *entries) {
        lines << QStringLiteral("%1 on v%2: %3 %4")
                     .arg(entry.command.type)
                     .arg(entry.command.baseVersion)
                     .arg(entry.status,
                          QString::fromUtf8(
                              QJsonDocument(entry.answer).toJson(QJsonDocument::Compact)));
    }
    const auto cached = workstation.session().store->findCase(caseId);
    if (cached && *cached)
        lines << QStringLiteral("cached v%1").arg((*cached)->version);
    return lines.join(u'\n');
}

MainWindow *GuiFixture::openAs(Workstation &workstation, const QString &user)
{
    if (!workstation.signIn(user, Password))
        return nullptr;
    MainWindow *window = workstation.window();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window) || !waitForSync(window))
        return nullptr;
    return window;
}

void GuiFixture::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("KEZEK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(100); // laid out and painted, as a person sees it
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace Kezek::Testing

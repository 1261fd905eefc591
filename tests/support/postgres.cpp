#include "tests/support/postgres.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Kezek::Testing {

QString freshPostgresDatabase(const QString &prefix)
{
    const QString admin = qEnvironmentVariable("KEZEK_TEST_POSTGRES_URL");
    if (admin.isEmpty())
        return {};
    const QString name = prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QUrl url(admin);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ") + name))
            qFatal("cannot create the test database: %s", qPrintable(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QUrl database(admin);
    database.setPath(QLatin1Char('/') + name);
    return database.toString();
}

} // namespace Kezek::Testing

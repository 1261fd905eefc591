#include "db/migrationfiles.h"

#include "db/storetr.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Kezek {

Result<QList<Migration>> loadMigrations(const QString &folder)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files
        = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        QFile source(QDir(folder).filePath(file));
        if (!match.hasMatch() || !source.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("store.migration-file"),
                        StoreTr::tr("The migration \"%1\" cannot be read.").arg(file));
        }
        Migration migration{match.captured(1).toInt(), match.captured(2), {}};
        if (!migrations.isEmpty() && migrations.constLast().version + 1 != migration.version) {
            return fail(QStringLiteral("store.migration-gap"),
                        StoreTr::tr("The migrations skip from %1 to %2.")
                            .arg(migrations.constLast().version)
                            .arg(migration.version));
        }
        // Statements end with ';' at the end of a line; comments are dropped.
        QString statement;
        const QStringList lines = QString::fromUtf8(source.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(QStringLiteral("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                migration.statements.append(statement.trimmed().chopped(1));
                statement.clear();
            }
        }
        if (!statement.trimmed().isEmpty())
            migration.statements.append(statement.trimmed());
        migrations.append(migration);
    }
    return migrations;
}

} // namespace Kezek

#include "ui/icons.h"

#include <QFile>
#include <QHash>

namespace Kezek::Icons {

QIcon named(const QString &name)
{
    static QHash<QString, QIcon> made;
    if (const auto found = made.constFind(name); found != made.cend())
        return *found;
    QIcon icon;
    for (const char *size : {"16", "32"}) {
        const QString path
            = QStringLiteral(":/kezek/icons/%1/%2.png").arg(QLatin1String(size), name);
        if (QFile::exists(path))
            icon.addFile(path);
    }
    made.insert(name, icon);
    return icon;
}

QIcon forQueue(const QString &queueId)
{
    // The officer's steps, the CSC desk's, the ministry's petitions, then
    // the lists every role has.
    static const QHash<QString, QString> icons{
        {QStringLiteral("registration-due"), QStringLiteral("document-new")},
        {QStringLiteral("checks"), QStringLiteral("edit-find")},
        {QStringLiteral("with-nsc"), QStringLiteral("security-high")},
        {QStringLiteral("decision-due"), QStringLiteral("document-edit")},
        {QStringLiteral("returned"), QStringLiteral("mail-reply-sender")},
        {QStringLiteral("awaiting-arrival"), QStringLiteral("appointment-soon")},
        {QStringLiteral("final-verification"), QStringLiteral("object-select")},
        {QStringLiteral("decided"), QStringLiteral("emblem-ok")},
        {QStringLiteral("arrivals"), QStringLiteral("go-jump")},
        {QStringLiteral("comparison"), QStringLiteral("view-dual")},
        {QStringLiteral("courier"), QStringLiteral("mail-send")},
        {QStringLiteral("permits"), QStringLiteral("application-certificate")},
        {QStringLiteral("petitions-in-review"), QStringLiteral("edit-find")},
        {QStringLiteral("petitions-approved"), QStringLiteral("object-select")},
        {QStringLiteral("petitions-granted"), QStringLiteral("application-certificate")},
        {QStringLiteral("petitions-refused"), QStringLiteral("process-stop")},
        {QStringLiteral("overdue"), QStringLiteral("alarm")},
        {QStringLiteral("all"), QStringLiteral("view-list")},
    };
    return named(icons.value(queueId, QStringLiteral("view-list-bullet")));
}

} // namespace Kezek::Icons

#include "core/domain/actdate.h"

#include "core/domain/domaintr.h"
#include "core/domain/queues.h"

namespace Kezek {

namespace {

// Clocks disagree a little even when measured: a workstation corrects its
// own by the server's, to within a request's time.
constexpr qint64 SkewSeconds = 5 * 60;

QString moment(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("dd.MM.yyyy HH:mm 'UTC'"));
}

} // namespace

Result<ActDating> dateOfAct(const QDateTime &madeAt,
                            const QDateTime &receivedAt,
                            int windowHours,
                            const QDateTime &baseMadeAt)
{
    const QDate received = kazakhstanDate(receivedAt);
    if (!madeAt.isValid())
        return ActDating{received, true, DomainTr::tr("the act names no moment it was made")};
    if (madeAt > receivedAt.addSecs(SkewSeconds)) {
        return fail(QStringLiteral("command.made-in-future"),
                    DomainTr::tr("This step says it was made at %1, after the server received it "
                                 "(%2). Check the computer's clock and make it again.")
                        .arg(moment(madeAt), moment(receivedAt)));
    }
    if (baseMadeAt.isValid() && madeAt < baseMadeAt.addSecs(-SkewSeconds)) {
        return fail(QStringLiteral("command.made-before-base"),
                    DomainTr::tr("This step says it was made at %1, before the step it was made "
                                 "on (%2). Check the computer's clock and make it again.")
                        .arg(moment(madeAt), moment(baseMadeAt)));
    }
    if (madeAt.secsTo(receivedAt) > qint64(windowHours) * 3600) {
        return ActDating{received,
                         true,
                         DomainTr::tr("made at %1, more than %2 hours before it reached the "
                                      "server")
                             .arg(moment(madeAt))
                             .arg(windowHours)};
    }
    return ActDating{kazakhstanDate(madeAt), false, {}};
}

} // namespace Kezek

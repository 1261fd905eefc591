#pragma once

#include "core/domain/casecommand.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Kezek {

// A case as the queues list it, without decoding its whole body.
struct CaseRow
{
    QString id;
    QString number;
    QString state;
    QString name;
    QString iin;
    QString passportNumber;
    QString receivedOn;
    int version = 0;
    QString due; // the kept deadline, in a deadline order ("" for none)
    // In a city or holder order: the city's id, the holder's name ("" for none).
    QString sortKey;
};

// A scan's record, from the feed.
struct DocumentRow
{
    QString sha256;
    QString caseId;
    QString name;
    QString contentType;
    qint64 size = 0;
};

// A scan made at a desk, to keep and upload with the commands that name it.
struct DeskScan
{
    QString caseId;
    QString name;
    QString contentType;
    QByteArray bytes;
};

// A claim on a case: this officer's (wanted: made here and not yet confirmed;
// held: confirmed by the server; release: given back, not yet told) or
// another person's (taken).
struct ClaimRow
{
    QString caseId;
    QString holder;
    QDateTime expiresAt; // invalid while wanted
    QString status;
};

// A command made here, waiting for (or refused by) the server.
struct OutboxEntry
{
    qint64 seq = 0;
    CaseCommand command;
    QString status;     // pending, applied (its version not pulled yet), conflict, rejected
    QJsonObject answer; // the server's, for applied, conflict (with its case) and rejected
};

// How a queue is ordered; Deadline: the first running duty deadline worked
// out after the last sync (refreshDueDates), soonest first, the cases without
// one after the others in either direction.
// City: by the case's city's id; Holder: by the name of who holds a running
// claim on it (the account where no name is known), the cases held by no one
// first when ascending.
enum class CaseOrder { Number, Name, Iin, Passport, State, ReceivedOn, Deadline, City, Holder };

} // namespace Kezek

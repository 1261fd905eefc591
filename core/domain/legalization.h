#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

namespace Kezek {

// §10(4), §28: a document issued abroad comes legalized by a consul of
// Kazakhstan; an apostille replaces that only for a state party to the Hague
// Apostille Convention; no legalization at all only where a treaty with
// Kazakhstan says so. Which applies depends on the issuing state, so the
// lists are data with their sources and dates (resources/law/legalization.json,
// or a site's). A state a list does not confirm is left to the officer.
class LegalizationRules
{
public:
    struct StateList
    {
        QString source;
        QDate asOf;
        // Whether the list names every state it could: then a state it does
        // not name is not in it. Otherwise the officer is asked.
        bool complete = false;
        QHash<QString, bool> states; // ISO 3166 alpha-3 -> confirmed
    };

    // {"format": 1, "apostille": {source, asOf, complete, states: [{state,
    // confirmed}]}, "treatyExempt": {...}}.
    static Result<LegalizationRules> fromJson(const QByteArray &json);

    const StateList &apostille() const { return m_apostille; }
    const StateList &treatyExempt() const { return m_treatyExempt; }

    enum class Answer { Yes, No, Ask };
    // Whether `state` is a confirmed member of the list: yes, no (a complete
    // list without it), or ask (named unconfirmed, or an incomplete list).
    static Answer member(const StateList &list, const QString &state);

private:
    StateList m_apostille;
    StateList m_treatyExempt;
};

} // namespace Kezek

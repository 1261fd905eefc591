#pragma once

#include "core/domain/oversight.h"
#include "core/result/result.h"
#include "sync/oversightreader.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace Kezek {

struct Session;

// Who sees the figures of oversight (issue 30): a city's supervisor (their
// city) and the ministry's reviewer (every city); no one else.
bool seesOversight(const Session &session);

// Reads the figures of oversight from the cache on a thread of its own (a
// second connection to the cache, kept), so that a year of 100,000 cases does
// not freeze the window; the answer comes on the window's thread. The cases
// read stay in memory between loads, and the next load reads only those a
// sync changed since. A load asked while one runs follows it, the latest
// only.
class OversightLoader : public QObject
{
    Q_OBJECT

public:
    // `loaded` takes each answer: the figures, or why there are none.
    using Loaded = std::function<void(const Result<OversightFigures> &)>;
    OversightLoader(Session &session, Loaded loaded, QObject *parent);
    ~OversightLoader() override;

    // The request for the period, for the session's city, today and the
    // server's time now.
    OversightRequest requestFor(QDate from, QDate to) const;
    void load(const OversightRequest &request);
    bool isLoading() const { return m_loading; }

private:
    void start(const OversightRequest &request);
    void finished(const Result<OversightFigures> &result);

    // The loader's own connection to the cache and the cases it read last,
    // kept between loads (one load at a time uses them): a refresh reads
    // only what changed since.
    struct Reader;
    Session &m_session;
    Loaded m_loaded;
    std::shared_ptr<Reader> m_reader;
    QThreadPool *m_pool = nullptr;
    bool m_loading = false;
    std::optional<OversightRequest> m_next;
};

} // namespace Kezek

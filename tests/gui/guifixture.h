// What every test of the workstation's windows stands on: a real
// kezek-server over TLS on loopback, the city's staff signed up on it, an
// officer's signing key, and the helpers that open a signed-in window.
#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/domain/lawbook.h"
#include "core/domain/reasoncatalog.h"
#include "core/domain/workflow.h"
#include "tests/support/serverprocess.h"
#include "ui/workstationconfig.h"

#include <QDialog>
#include <QObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include <memory>

namespace Kezek {
class MainWindow;
class ServerStore;
class UserStore;
class Workstation;
} // namespace Kezek

namespace Kezek::Testing {

inline const QString Password = QStringLiteral("officer-password-1");
inline const QString KeyPassword = QStringLiteral("key-password-1");

class GuiFixture : public QObject
{
    Q_OBJECT

protected:
    // Starts the server in English with officer.astana, officer2.astana,
    // supervisor.astana and ministry.reviewer (all with Password), and a
    // signing key for officer.astana in m_keyFile; false if any failed.
    // `serverArguments`: the site's settings besides the test's own.
    bool startServer(const QStringList &serverArguments = {});
    // csc.astana, the Astana CSC's operator (with Password), for the desk's tests.
    static bool addCscOperator(UserStore &users);
    // The server's own database, to put cases in as eGov would.
    std::unique_ptr<ServerStore> openStore() const;
    // Cases put on the server as eGov would; false if the store refused them.
    bool savedOnServer(const QList<Case> &cases) const;
    // A scan filed through eGov for the case, as its applicant's passport;
    // its SHA-256, or nothing if the server refused it.
    QString filedOnServer(const QString &caseId, const QByteArray &png) const;

    // A signing key for `user` from the authority the server trusts,
    // registered for them and written as a PKCS#12 file (password
    // KeyPassword); the file's path, or empty on failure.
    QString signingKey(UserStore &users, const QString &user);
    WorkstationConfig config(const QString &cacheDir) const;
    static bool waitForSync(MainWindow *window);
    // What the outbox holds for a case, with the server's answers: said when a
    // test finds a case other than its commands should have made it.
    static QString outboxOf(Workstation &workstation, const QString &caseId);
    // Signed in, the window active and the first sync done; null if any failed.
    static MainWindow *openAs(Workstation &workstation, const QString &user);
    // The user guide's pictures, made by the same run that tests them, into
    // KEZEK_SCREENSHOTS when it is set.
    static void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_keyFile;
    std::unique_ptr<BusinessCalendar> m_calendar;
    std::unique_ptr<ReasonCatalog> m_reasons;
    std::unique_ptr<Lawbook> m_law; // the built-in law
};

// A case of the test's own (issue 32, point 3: every test stands on its own
// cases, so it passes alone and in any order): driven through the law until
// `state`, reached `daysAgo` days before today, in Astana, under `number` or
// one no other test uses. The applicant is the builders' own; a test that
// searches or compares by name sets a surname of its own.
Case ownCase(CaseState state, int daysAgo = 1, const QString &number = {});

// Runs `trigger` (a key, a click) and `work` on the dialog that `opened`
// announces, while it is open; closes it if `work` did not. Says whether the
// dialog came.
template<class Dialog, class Sender>
inline bool whileOpen(Sender *sender,
                      void (Sender::*opened)(QDialog *),
                      const std::function<void()> &trigger,
                      const std::function<void(Dialog *)> &work)
{
    bool seen = false;
    QObject context;
    QObject::connect(sender, opened, &context, [&](QDialog *dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            seen = true;
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            auto *typed = qobject_cast<Dialog *>(dialog);
            QVERIFY(typed);
            work(typed);
        });
    });
    trigger();
    return seen;
}

} // namespace Kezek::Testing

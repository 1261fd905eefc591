#pragma once

#include "ui/session.h"

#include <QObject>

#include <memory>

namespace Kezek {

class MainWindow;

// The program around the window: sign-in, the session it opens, and the
// window, made again in another language on request (the session, its
// cache and a running sync stay as they are).
class Workstation : public QObject
{
    Q_OBJECT

public:
    Workstation(WorkstationConfig config, Lawbook builtIn);
    ~Workstation() override;

    // Signs in: at once with `user` and `password` when both are given and
    // right, else through the dialog. False when the person gave up.
    bool signIn(const QString &user = {}, const QString &password = {});
    MainWindow *window() const { return m_window.get(); }
    Session &session() { return m_session; }
    void switchLanguage(const QString &language);
    // Another user at the desk: this session ends (the window, the sync;
    // the cache closes with its outbox kept in it) and the sign-in opens for
    // whoever sits down; when they give up, the program ends as it does
    // when nobody signs in at the start.
    void signOut();

    // Kazakh, Russian or English for the messages, and the locale's dates
    // and numbers with them.
    static void applyLanguage(const QString &language);
    static QString defaultLanguage();

private:
    void makeWindow();
    void signOutOnceFormsClose();

    const Lawbook m_builtIn;
    Session m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Kezek

#pragma once

#include "core/domain/absence.h"
#include "sync/syncengine.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QTreeWidget;

namespace Kezek {

class InlineMessage;

namespace Ui {
class AbsenceDialog;
}

// A supervisor marks a colleague of their city absent (issue 31, point 2)
// and sees who is away now or soon, each with the cases they hold, to hand
// those out. Online: the server keeps the absences and refuses a reversed
// or overlapping one in words the dialog shows, nothing changed.
class AbsenceDialog : public QDialog
{
    Q_OBJECT

public:
    // How many cases a person holds in the cache, for the list.
    using HeldCount = std::function<int(const QString &userId)>;
    AbsenceDialog(std::shared_ptr<SyncEngine> engine,
                  const QList<Colleague> &colleagues,
                  HeldCount held,
                  QWidget *parent = nullptr);
    ~AbsenceDialog() override;

    // The absences as the server listed them last.
    QList<Absence> absences() const { return m_absences; }

Q_SIGNALS:
    // "Hand out their cases" on an absent colleague.
    void handOutRequested(const QString &userId);

private:
    void markAbsent();
    Result<void> reload();
    QString nameOf(const QString &userId) const;

    std::shared_ptr<SyncEngine> m_engine;
    QList<Colleague> m_colleagues;
    HeldCount m_held;
    QList<Absence> m_absences;
    std::unique_ptr<Ui::AbsenceDialog> m_ui; // the form, from absencedialog.ui
    QComboBox *m_person = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    InlineMessage *m_message = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace Kezek

#pragma once

#include "sync/casedesk.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QGraphicsView;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;
class QSpinBox;
class QSplitter;
class QTableWidget;

namespace Kezek {

class InlineMessage;

class ScanPane;

// One document compared at a desk (§21, §22, §26): the copy filed on eGov
// beside the scan of the original in front of the person, zoomed, panned and
// turned together; what the original says typed in (for a passport, its MRZ,
// compared field by field with the application); the law's automatic checks
// on it; and the verdict: matched, or mismatched with a reason. The verdict
// goes to the outbox with the scan, which the next sync uploads first.
class ComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads a scan by its SHA-256: the cache's, else the server's.
    using ScanReader = std::function<Result<QByteArray>(const QString &sha256)>;

    // Without `readScan`, only the scans kept in the cache are shown.
    ComparisonDialog(CaseDesk &desk,
                     const Case &c,
                     ChecklistKind checklist,
                     DocumentType type,
                     ScanReader readScan = {},
                     QWidget *parent = nullptr);

    // The scan of the original: from a file (a scanner's output folder), or bytes.
    bool loadDeskScan(const QString &file);
    bool setDeskScan(const QByteArray &bytes);
    void setMrz(const QString &line1, const QString &line2);
    void setFacts(const DocumentFacts &facts);
    DocumentFacts facts() const;
    // The passport's fields beside the application's, as shown.
    QTableWidget *mrzTable() const { return m_mrzTable; }
    QString checksText() const;
    QString errorText() const;
    QString suggestedReason() const;

    // The shared view: both sides zoomed, turned and scrolled alike.
    void zoomBy(double factor);
    void rotate();
    void fit();
    double zoom() const { return m_zoom; }
    int rotation() const { return m_rotation; }
    QGraphicsView *filedView() const;
    QGraphicsView *originalView() const;

    // The verdict: queued (and the dialog accepted), or the reason it was not.
    // At the CSC (§21, §26) a "matched" without the original's scan needs
    // `reason`, why there is none; askMatched() asks for it when so.
    bool markMatched(const QString &reason = {});
    void askMatched();
    bool markMismatched(const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The dialog's parts, top to bottom.
    QLabel *makeHeading() const;
    QHBoxLayout *makeViewTools();
    QSplitter *makeSides();
    void showScans(const ScanReader &readScan);
    QDialogButtonBox *makeVerdictButtons();
    // What the original says: the fields its type has, if any.
    void buildFacts();
    void addMrzFields(QFormLayout *form);
    void addPictureSizeFields(QFormLayout *form);
    void addContractFields(QFormLayout *form);
    void addCitizenshipFields(QFormLayout *form);
    void refreshChecks();
    void applyView();
    void chooseScanFile();
    void askMismatch();
    // The original's scan: this desk's, else the one made earlier; empty: none.
    QString originalScan() const;
    bool queue(DocumentCommand verdict, const QString &reason);
    void fail(const QString &message);

    CaseDesk &m_desk;
    Case m_case;
    ChecklistKind m_checklist;
    DocumentType m_type;
    QByteArray m_deskScan;
    QString m_deskScanType;
    ScanPane *m_filed = nullptr;
    ScanPane *m_original = nullptr;
    double m_zoom = 1.0;
    int m_rotation = 0;
    bool m_syncingScroll = false;
    bool m_fitted = false;
    bool m_viewChanged = false; // zoomed or turned by hand: not fitted over it

    QLineEdit *m_mrz1 = nullptr;
    QLineEdit *m_mrz2 = nullptr;
    QTableWidget *m_mrzTable = nullptr;
    QLabel *m_mrzError = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QCheckBox *m_notarized = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QLineEdit *m_formNumber = nullptr;
    QLineEdit *m_issuingState = nullptr;
    QVBoxLayout *m_details = nullptr; // what the original says, and the checks
    QCheckBox *m_foreignIssued = nullptr;
    QComboBox *m_legalization = nullptr;
    QCheckBox *m_dutyPaid = nullptr;
    QLabel *m_checks = nullptr;
    InlineMessage *m_error = nullptr;
};

} // namespace Kezek

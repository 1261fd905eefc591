#include "ui/comparisondialog.h"

#include "core/domain/casecodec.h"
#include "core/domain/commandkinds.h"
#include "core/domain/matchevidence.h"
#include "core/domain/mrz.h"
#include "core/protocol/scans.h"
#include "ui/deadlinetext.h"
#include "ui/filefolders.h"
#include "ui/inlinemessage.h"
#include "ui/kezekpalette.h"
#include "ui/scanpane.h"
#include "ui/standardbuttons.h"
#include "ui/tablekeys.h"
#include "ui/uitr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace Kezek {

namespace {

// Ctrl+wheel over either side zooms both.
class WheelZoom : public QObject
{
public:
    WheelZoom(ComparisonDialog *dialog)
        : QObject(dialog)
        , m_dialog(dialog)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            if (wheel->modifiers() & Qt::ControlModifier) {
                m_dialog->zoomBy(wheel->angleDelta().y() > 0 ? 1.25 : 0.8);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ComparisonDialog *m_dialog;
};

} // namespace

ComparisonDialog::ComparisonDialog(CaseDesk &desk,
                                   const Case &c,
                                   ChecklistKind checklist,
                                   DocumentType type,
                                   ScanReader readScan,
                                   QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_case(c)
    , m_checklist(checklist)
    , m_type(type)
{
    setWindowTitle(UiTr::tr("Compare: %1, case %2").arg(documentTitle(type), c.number));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading());
    layout->addLayout(makeViewTools());
    layout->addWidget(makeSides(), 1);
    showScans(readScan);

    buildFacts();
    m_details->addWidget(m_checks = new QLabel);
    m_checks->setObjectName(QStringLiteral("comparisonChecks"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::PlainText);
    m_details->addStretch();
    m_error = errorLine(QStringLiteral("comparisonError"));
    layout->addWidget(m_error);

    layout->addWidget(makeVerdictButtons());

    // What was recorded before, else what was filed, to start from.
    const ChecklistItem *item = c.checklist(checklist).item(type);
    if (item && item->status != DocumentStatus::Missing)
        setFacts(item->facts);
    else if (const ChecklistItem *earlierItem = c.preliminaryDocuments.item(type);
             earlierItem && type != DocumentType::Passport)
        setFacts(earlierItem->facts); // a passport's MRZ is read from the original
    refreshChecks();
    // Large where the screen allows, never beyond it (1366×768 at 125%).
    const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
    resize(std::min(1200, screen.width() * 95 / 100), std::min(900, screen.height() * 92 / 100));
}

QLabel *ComparisonDialog::makeHeading() const
{
    const Stage stage = stageOf(m_checklist);
    const CatalogEntry *entry = catalogEntry(stage, m_type);
    auto *heading = new QLabel(UiTr::tr("<b>%1</b> (%2) &nbsp; %3 %4<br>%5")
                                   .arg(documentTitle(m_type).toHtmlEscaped(),
                                        entry ? QString::fromUtf8(entry->paragraph) : QString(),
                                        m_case.applicant.surname.toHtmlEscaped(),
                                        m_case.applicant.givenNames.toHtmlEscaped(),
                                        manualCheck(m_type, stage).toHtmlEscaped()));
    heading->setWordWrap(true);
    return heading;
}

QHBoxLayout *ComparisonDialog::makeViewTools()
{
    // The controls the two sides share.
    auto *tools = new QHBoxLayout;
    auto addTool = [&](const QString &text, const QKeySequence &keys, auto slot) {
        auto *button = new QToolButton;
        button->setText(text);
        button->setToolTip(keys.toString(QKeySequence::NativeText));
        button->setShortcut(keys);
        connect(button, &QToolButton::clicked, this, slot);
        tools->addWidget(button);
        return button;
    };
    addTool(UiTr::tr("Zoom in"), QKeySequence::ZoomIn, [this] { zoomBy(1.25); });
    addTool(UiTr::tr("Zoom out"), QKeySequence::ZoomOut, [this] { zoomBy(0.8); });
    addTool(UiTr::tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_9), [this] { fit(); });
    addTool(UiTr::tr("Turn 90°"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { rotate(); });
    tools->addStretch();
    auto *scanButton = addTool(UiTr::tr("Scan of the original…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                               [this] { chooseScanFile(); });
    scanButton->setObjectName(QStringLiteral("chooseDeskScan"));
    return tools;
}

QSplitter *ComparisonDialog::makeSides()
{
    auto *sides = new QSplitter;
    m_filed = new ScanPane(UiTr::tr("Filed on eGov"));
    m_original = new ScanPane(m_checklist == ChecklistKind::OriginalsVerification
                                  ? UiTr::tr("Original, as scanned at the CSC")
                                  : UiTr::tr("Original, scanned at this desk"));
    sides->addWidget(m_filed);
    sides->addWidget(m_original);
    // The scans above, what the original says below, in a splitter the desk
    // can move; the lower part scrolls, so that on a laptop's 768 pixels the
    // verdict buttons stay on the screen, pinned under both.
    auto *work = new QSplitter(Qt::Vertical);
    work->setChildrenCollapsible(false);
    work->addWidget(sides);
    auto *details = new QWidget;
    m_details = new QVBoxLayout(details);
    m_details->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("comparisonDetails"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(details);
    work->addWidget(scroll);
    work->setStretchFactor(0, 3);
    work->setStretchFactor(1, 2);
    work->setSizes({520, 380}); // shares of what the screen gives
    auto *wheel = new WheelZoom(this);
    for (QGraphicsView *view : {m_filed->view(), m_original->view()})
        view->viewport()->installEventFilter(wheel);
    // Panning one side pans the other to the same place of its page.
    auto follow = [this](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, this, [this, from, to](int value) {
            if (m_syncingScroll)
                return;
            m_syncingScroll = true;
            const double share = from->maximum() > 0 ? double(value) / from->maximum() : 0.0;
            to->setValue(qRound(share * to->maximum()));
            m_syncingScroll = false;
        });
    };
    for (auto [a, b] : {std::pair{m_filed->view(), m_original->view()},
                        std::pair{m_original->view(), m_filed->view()}}) {
        follow(a->horizontalScrollBar(), b->horizontalScrollBar());
        follow(a->verticalScrollBar(), b->verticalScrollBar());
    }
    return work;
}

void ComparisonDialog::showScans(const ScanReader &readScan)
{
    // The filed copy: from the encrypted cache, else the server's when online.
    const auto read = [this, &readScan](const QString &sha256) -> Result<QByteArray> {
        if (readScan)
            return readScan(sha256);
        auto kept = m_desk.store().scan(sha256);
        if (!kept)
            return std::unexpected(kept.error());
        if (!*kept)
            return std::unexpected(
                Error{QStringLiteral("scan.not-here"),
                      UiTr::tr("The scan is not on this workstation yet. Claim the case "
                               "(Ctrl+M) and sync: the scans of claimed cases are kept here to "
                               "read offline.")});
        return **kept;
    };
    auto filed = m_desk.filedScan(m_case, m_type);
    if (!filed) {
        m_filed->say(filed.error().message);
    } else if (filed->isEmpty()) {
        m_filed->say(UiTr::tr("No copy of this document was filed on eGov: it is brought "
                              "after arrival (§20)."));
    } else if (auto bytes = read(*filed); !bytes) {
        m_filed->say(bytes.error().message);
    } else {
        m_filed->show(*bytes);
    }
    // The original's scan, if one was made already (at the CSC, for the
    // officer's verification of the originals).
    const QString earlier = m_desk.checklistScan(m_case, m_checklist, m_type);
    auto earlierBytes = earlier.isEmpty() ? Result<QByteArray>(QByteArray()) : read(earlier);
    if (!earlierBytes)
        m_original->say(earlierBytes.error().message);
    else if (!earlierBytes->isEmpty())
        m_original->show(*earlierBytes);
    else
        m_original->say(UiTr::tr("Scan the original, then choose the file (Ctrl+Shift+O)."));
}

QDialogButtonBox *ComparisonDialog::makeVerdictButtons()
{
    auto *buttons = new QDialogButtonBox;
    auto *matched = buttons->addButton(UiTr::tr("&Matched"), QDialogButtonBox::ActionRole);
    matched->setObjectName(QStringLiteral("matchDocument"));
    matched->setToolTip(UiTr::tr("Ctrl+Enter"));
    auto *mismatched = buttons->addButton(UiTr::tr("Mi&smatched…"), QDialogButtonBox::ActionRole);
    mismatched->setObjectName(QStringLiteral("mismatchDocument"));
    mismatched->setToolTip(UiTr::tr("Ctrl+Shift+Enter"));
    addCloseButton(buttons);
    connect(matched, &QPushButton::clicked, this, &ComparisonDialog::askMatched);
    connect(mismatched, &QPushButton::clicked, this, &ComparisonDialog::askMismatch);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (Qt::Key enter : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *matchKey = new QShortcut(QKeySequence(Qt::CTRL | enter), this);
        connect(matchKey, &QShortcut::activated, this, &ComparisonDialog::askMatched);
        auto *mismatchKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | enter), this);
        connect(mismatchKey, &QShortcut::activated, this, &ComparisonDialog::askMismatch);
    }
    // Enter belongs to the fields (an MRZ line), never to a button.
    for (QPushButton *button : buttons->findChildren<QPushButton *>())
        button->setAutoDefault(false);
    return buttons;
}

void ComparisonDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        // Laid out first, so that the sides have their size.
        QTimer::singleShot(0, this, [this] {
            if (!m_viewChanged)
                fit();
        });
    }
}

void ComparisonDialog::buildFacts()
{
    auto *box = new QGroupBox(UiTr::tr("What the original says"));
    auto *form = new QFormLayout(box);
    switch (m_type) {
    case DocumentType::Passport:
        addMrzFields(form);
        break;
    case DocumentType::Photo:
        addPictureSizeFields(form);
        break;
    case DocumentType::HousingContract:
        addContractFields(form);
        break;
    case DocumentType::MedicalCertificate:
        m_formNumber = new QLineEdit;
        m_formNumber->setPlaceholderText(QStringLiteral("028/у"));
        connect(m_formNumber, &QLineEdit::textChanged, this, &ComparisonDialog::refreshChecks);
        form->addRow(UiTr::tr("&Form number:"), m_formNumber);
        break;
    case DocumentType::CitizenshipRecord:
        addCitizenshipFields(form);
        break;
    case DocumentType::StateDuty:
    case DocumentType::ResidencePermitDuty:
        m_dutyPaid = new QCheckBox(UiTr::tr("&Paid through the eGov payment gateway"));
        connect(m_dutyPaid, &QCheckBox::toggled, this, &ComparisonDialog::refreshChecks);
        form->addRow(m_dutyPaid);
        break;
    default:
        form->addRow(new QLabel(UiTr::tr("Nothing to type in: compare the original with your "
                                         "own eyes.")));
        break;
    }
    m_details->addWidget(box);
}

void ComparisonDialog::addMrzFields(QFormLayout *form)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_mrz1 = new QLineEdit;
    m_mrz2 = new QLineEdit;
    for (QLineEdit *line : {m_mrz1, m_mrz2}) {
        line->setFont(mono);
        line->setMaxLength(200);
        line->setPlaceholderText(QString(44, u'<'));
        connect(line, &QLineEdit::textChanged, this, &ComparisonDialog::refreshChecks);
    }
    m_mrz1->setObjectName(QStringLiteral("mrzLine1"));
    m_mrz2->setObjectName(QStringLiteral("mrzLine2"));
    // A scanner pastes both lines at once, or types them with Enter
    // between, or as one run of 88: each line goes to its field.
    connect(m_mrz1, &QLineEdit::textEdited, this, [this](const QString &text) {
        QString joined = text;
        joined.remove(QRegularExpression(QStringLiteral("\\s")));
        if (joined.size() == 88)
            setMrz(joined.left(44), joined.mid(44));
    });
    connect(m_mrz1, &QLineEdit::returnPressed, m_mrz2, [this] { m_mrz2->setFocus(); });
    form->addRow(UiTr::tr("MRZ, line &1:"), m_mrz1);
    form->addRow(UiTr::tr("MRZ, line &2:"), m_mrz2);
    m_mrzError = new QLabel;
    m_mrzError->setObjectName(QStringLiteral("mrzError"));
    m_mrzError->setWordWrap(true);
    form->addRow(m_mrzError);
    m_mrzTable = new QTableWidget(0, 4);
    m_mrzTable->setObjectName(QStringLiteral("mrzComparison"));
    m_mrzTable->setAccessibleName(UiTr::tr("The MRZ against the application"));
    m_mrzTable->setHorizontalHeaderLabels(
        {UiTr::tr("Field"), UiTr::tr("Application"), UiTr::tr("Passport"), QString()});
    m_mrzTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    makeRowWise(m_mrzTable);
    m_mrzTable->verticalHeader()->hide();
    m_mrzTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mrzTable->horizontalHeader()->setStretchLastSection(true);
    // All seven fields at once, without a scroll bar.
    m_mrzTable->setMinimumHeight(m_mrzTable->horizontalHeader()->sizeHint().height()
                                 + 7 * m_mrzTable->verticalHeader()->defaultSectionSize() + 4);
    form->addRow(m_mrzTable);
}

void ComparisonDialog::addPictureSizeFields(QFormLayout *form)
{
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(0, 20000);
        spin->setSuffix(UiTr::tr(" px"));
        connect(spin, &QSpinBox::valueChanged, this, &ComparisonDialog::refreshChecks);
    }
    form->addRow(UiTr::tr("&Width:"), m_width);
    form->addRow(UiTr::tr("&Height:"), m_height);
}

void ComparisonDialog::addContractFields(QFormLayout *form)
{
    m_notarized = new QCheckBox(UiTr::tr("&Notarized"));
    m_validFrom = new QDateEdit;
    m_validUntil = new QDateEdit;
    for (QDateEdit *date : {m_validFrom, m_validUntil}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        date->setDate(m_desk.today());
        connect(date, &QDateEdit::dateChanged, this, &ComparisonDialog::refreshChecks);
    }
    connect(m_notarized, &QCheckBox::toggled, this, &ComparisonDialog::refreshChecks);
    form->addRow(m_notarized);
    form->addRow(UiTr::tr("In force &from:"), m_validFrom);
    form->addRow(UiTr::tr("In force &until:"), m_validUntil);
}

void ComparisonDialog::addCitizenshipFields(QFormLayout *form)
{
    m_foreignIssued = new QCheckBox(UiTr::tr("Issued &abroad"));
    m_legalization = new QComboBox;
    m_legalization->addItem(UiTr::tr("not legalized"), int(Legalization::None));
    m_legalization->addItem(UiTr::tr("consular legalization"), int(Legalization::Consular));
    m_legalization->addItem(UiTr::tr("apostille"), int(Legalization::Apostille));
    m_legalization->addItem(UiTr::tr("exempt by a treaty"), int(Legalization::TreatyExempt));
    // §28: which legalization suffices depends on the state that issued it.
    m_issuingState = new QLineEdit;
    m_issuingState->setObjectName(QStringLiteral("issuingState"));
    m_issuingState->setMaxLength(3);
    m_issuingState->setPlaceholderText(UiTr::tr("three letters, as in the passport (DEU)"));
    m_issuingState->setToolTip(
        UiTr::tr("The state whose competent body issued the document: by default the "
                 "applicant's own (§10(4))."));
    connect(m_foreignIssued, &QCheckBox::toggled, this, &ComparisonDialog::refreshChecks);
    connect(
        m_legalization, &QComboBox::currentIndexChanged, this, &ComparisonDialog::refreshChecks);
    connect(m_issuingState, &QLineEdit::textChanged, this, &ComparisonDialog::refreshChecks);
    form->addRow(m_foreignIssued);
    form->addRow(UiTr::tr("Issuing &state:"), m_issuingState);
    form->addRow(UiTr::tr("&Legalization (§28):"), m_legalization);
}

void ComparisonDialog::setMrz(const QString &line1, const QString &line2)
{
    if (!m_mrz1)
        return;
    m_mrz1->setText(line1.trimmed());
    m_mrz2->setText(line2.trimmed());
}

void ComparisonDialog::setFacts(const DocumentFacts &facts)
{
    if (m_mrz1)
        setMrz(facts.mrzLine1, facts.mrzLine2);
    if (m_width) {
        m_width->setValue(facts.pixelWidth);
        m_height->setValue(facts.pixelHeight);
    }
    if (m_notarized) {
        m_notarized->setChecked(facts.notarized.value_or(false));
        if (facts.validFrom.isValid())
            m_validFrom->setDate(facts.validFrom);
        if (facts.validUntil.isValid())
            m_validUntil->setDate(facts.validUntil);
    }
    if (m_formNumber)
        m_formNumber->setText(facts.formNumber);
    if (m_foreignIssued) {
        m_foreignIssued->setChecked(facts.foreignIssued);
        m_legalization->setCurrentIndex(m_legalization->findData(int(facts.legalization)));
        m_issuingState->setText(facts.issuingState.isEmpty() ? m_case.applicant.nationality
                                                             : facts.issuingState);
    }
    if (m_dutyPaid)
        m_dutyPaid->setChecked(facts.dutyPaid.value_or(false));
}

DocumentFacts ComparisonDialog::facts() const
{
    DocumentFacts facts;
    if (m_mrz1) {
        facts.mrzLine1 = m_mrz1->text().trimmed().toUpper();
        facts.mrzLine2 = m_mrz2->text().trimmed().toUpper();
        const QDate reference
            = m_case.checkContext(m_checklist, m_desk.today(), m_desk.law().legalization)
                  .applicationDate;
        if (auto mrz = parseMrz(facts.mrzLine1, facts.mrzLine2, reference))
            facts.expiryDate = mrz->expiryDate;
    }
    if (m_width) {
        facts.pixelWidth = m_width->value();
        facts.pixelHeight = m_height->value();
    }
    if (m_notarized) {
        facts.notarized = m_notarized->isChecked();
        facts.validFrom = m_validFrom->date();
        facts.validUntil = m_validUntil->date();
    }
    if (m_formNumber)
        facts.formNumber = m_formNumber->text().trimmed();
    if (m_foreignIssued) {
        facts.foreignIssued = m_foreignIssued->isChecked();
        facts.legalization = Legalization(m_legalization->currentData().toInt());
        facts.issuingState = m_issuingState->text().trimmed().toUpper();
    }
    if (m_dutyPaid)
        facts.dutyPaid = m_dutyPaid->isChecked();
    return facts;
}

void ComparisonDialog::refreshChecks()
{
    const DocumentFacts current = facts();
    const CheckContext context
        = m_case.checkContext(m_checklist, m_desk.today(), m_desk.law().legalization);
    if (m_mrzTable) {
        const bool typed = !current.mrzLine1.isEmpty() || !current.mrzLine2.isEmpty();
        auto mrz = parseMrz(current.mrzLine1, current.mrzLine2, context.applicationDate);
        m_mrzError->setText(typed && !mrz ? mrz.error().message : QString());
        const QList<FieldComparison> fields
            = mrz ? compareFields(*mrz, context.applicant) : QList<FieldComparison>();
        m_mrzTable->setRowCount(int(fields.size()));
        int row = 0;
        // The sex in words of the screen's language; the rest as printed.
        auto shown = [](const FieldComparison &field, const QString &value) {
            if (field.field != u"sex")
                return value;
            return value == u"male"     ? UiTr::tr("male")
                   : value == u"female" ? UiTr::tr("female")
                                        : UiTr::tr("unspecified");
        };
        for (const FieldComparison &field : fields) {
            const QStringList cells{mrzFieldTitle(field.field),
                                    shown(field, field.filed),
                                    shown(field, field.scanned),
                                    field.agrees() ? UiTr::tr("✓ same") : UiTr::tr("✗ differs")};
            for (int column = 0; column < cells.size(); ++column) {
                auto *cell = new QTableWidgetItem(cells.at(column));
                if (!field.agrees()) {
                    cell->setBackground(KezekPalette::background(Tone::Error));
                    cell->setForeground(KezekPalette::colour(Tone::Error));
                }
                m_mrzTable->setItem(row, column, cell);
            }
            m_mrzTable->item(row, 0)->setData(Qt::UserRole, field.field);
            ++row;
        }
    }
    m_checks->setText(checksText());
}

QString ComparisonDialog::checksText() const
{
    const CatalogEntry *entry = catalogEntry(stageOf(m_checklist), m_type);
    if (!entry || entry->autoChecks.isEmpty())
        return UiTr::tr("No automatic check applies to this document.");
    const CheckContext context
        = m_case.checkContext(m_checklist, m_desk.today(), m_desk.law().legalization);
    QStringList lines;
    for (const CheckResult &result : runChecks(*entry, facts(), context))
        lines.append(result.askOfficer ? UiTr::tr("? %1").arg(result.message)
                     : result.passed   ? UiTr::tr("✓ %1").arg(autoCheckTitle(result.check))
                                       : UiTr::tr("✗ %1").arg(result.message));
    return lines.join(QLatin1Char('\n'));
}

QString ComparisonDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ComparisonDialog::suggestedReason() const
{
    const CatalogEntry *entry = catalogEntry(stageOf(m_checklist), m_type);
    if (!entry)
        return {};
    const CheckContext context
        = m_case.checkContext(m_checklist, m_desk.today(), m_desk.law().legalization);
    QStringList failures;
    for (const CheckResult &result : runChecks(*entry, facts(), context)) {
        if (!result.passed)
            failures.append(result.message);
    }
    return failures.join(QLatin1Char(' '));
}

void ComparisonDialog::applyView()
{
    QTransform transform;
    transform.rotate(m_rotation);
    transform.scale(m_zoom, m_zoom);
    for (ScanPane *pane : {m_filed, m_original})
        pane->view()->setTransform(transform);
}

void ComparisonDialog::zoomBy(double factor)
{
    m_viewChanged = true;
    m_zoom = std::clamp(m_zoom * factor, 0.05, 20.0);
    applyView();
}

void ComparisonDialog::rotate()
{
    m_viewChanged = true;
    m_rotation = (m_rotation + 90) % 360;
    applyView();
}

void ComparisonDialog::fit()
{
    // The larger picture fits its side; the other follows at the same scale.
    QSize largest;
    for (ScanPane *pane : {m_filed, m_original}) {
        const QSize size = pane->pictureSize();
        if (size.width() * size.height() > largest.width() * largest.height())
            largest = size;
    }
    if (largest.isEmpty())
        return;
    if (m_rotation % 180 != 0)
        largest.transpose();
    const QSize room = m_original->view()->viewport()->size();
    m_zoom = std::min(double(room.width()) / largest.width(),
                      double(room.height()) / largest.height());
    applyView();
}

QGraphicsView *ComparisonDialog::filedView() const
{
    return m_filed->view();
}

QGraphicsView *ComparisonDialog::originalView() const
{
    return m_original->view();
}

bool ComparisonDialog::loadDeskScan(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        fail(UiTr::tr("The file %1 cannot be read: %2").arg(file, in.errorString()));
        return false;
    }
    // The server takes one scan of at most this size (serverconfig's default).
    if (in.size() > Scans::MaxBytes) {
        fail(UiTr::tr("The file %1 is larger than %2 MB; scan it at a lower resolution.")
                 .arg(file)
                 .arg(Scans::MaxBytes / (1024 * 1024)));
        return false;
    }
    return setDeskScan(in.readAll());
}

bool ComparisonDialog::setDeskScan(const QByteArray &bytes)
{
    const QString type = Scans::sniffType(bytes);
    if (type.isEmpty()) {
        fail(UiTr::tr("A scan must be a PNG, JPEG or PDF file; this one is none of them."));
        return false;
    }
    if (!m_original->show(bytes)) {
        // Nothing is kept that the operator cannot see.
        m_deskScan.clear();
        m_deskScanType.clear();
        fail(UiTr::tr("This scan is damaged: it cannot be shown."));
        return false;
    }
    m_deskScan = bytes;
    m_deskScanType = type;
    m_error->clear();
    // A photo's proportions are the scan's own.
    if (m_width && type != u"application/pdf") {
        const QSize size = m_original->pictureSize();
        m_width->setValue(size.width());
        m_height->setValue(size.height());
    }
    fit();
    return true;
}

void ComparisonDialog::chooseScanFile()
{
    const QString file
        = QFileDialog::getOpenFileName(this,
                                       UiTr::tr("The scan of the original"),
                                       FileFolders::startFolder(FileFolders::Kind::Scans),
                                       UiTr::tr("Scans (*.png *.jpg *.jpeg *.pdf)"));
    if (file.isEmpty())
        return;
    FileFolders::remember(FileFolders::Kind::Scans, file);
    loadDeskScan(file);
}

void ComparisonDialog::askMismatch()
{
    bool ok = false;
    QString reason = suggestedReason();
    reason = askText(this,
                     UiTr::tr("Mismatched"),
                     UiTr::tr("What does not match? The applicant is told this reason.%1")
                         .arg(reason.isEmpty()
                                  ? QString()
                                  : UiTr::tr("\n\nThe automatic checks found: %1").arg(reason)),
                     &ok);
    if (ok)
        markMismatched(reason);
}

QString ComparisonDialog::originalScan() const
{
    if (m_deskScan.isEmpty())
        return m_desk.checklistScan(m_case, m_checklist, m_type);
    return QString::fromLatin1(
        QCryptographicHash::hash(m_deskScan, QCryptographicHash::Sha256).toHex());
}

void ComparisonDialog::askMatched()
{
    // §21, §26: with the original's scan, "matched" goes straight through;
    // without one, the operator writes why there is none.
    if (!needsMatchEvidence(m_checklist) || matchEvidence(originalScan(), {})) {
        markMatched();
        return;
    }
    bool ok = false;
    const QString reason
        = askText(this,
                  UiTr::tr("Matched without a scan"),
                  UiTr::tr("No scan of the original was taken. Why not? The audit keeps your "
                           "reason in place of the scan (for example: the scanner is broken; "
                           "I saw the original)."),
                  &ok);
    if (ok)
        markMatched(reason);
}

bool ComparisonDialog::markMatched(const QString &reason)
{
    if (needsMatchEvidence(m_checklist)) {
        if (auto evidence = matchEvidence(originalScan(), reason); !evidence) {
            fail(evidence.error().message);
            return false;
        }
    }
    return queue(DocumentCommand::Verify, reason);
}

bool ComparisonDialog::markMismatched(const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        fail(UiTr::tr("Say what does not match: the applicant is told this reason."));
        return false;
    }
    return queue(DocumentCommand::Reject, reason);
}

bool ComparisonDialog::queue(DocumentCommand verdict, const QString &reason)
{
    // Both commands are checked by the law first, on the case as each leaves it.
    const QString scan = originalScan();
    QJsonObject submit{{QStringLiteral("checklist"), checklistKindId(m_checklist)},
                       {QStringLiteral("document"), documentTypeId(m_type)},
                       {QStringLiteral("command"), QStringLiteral("submit")},
                       {QStringLiteral("facts"), documentFactsToJson(facts())}};
    if (!scan.isEmpty())
        submit.insert(QStringLiteral("scan"), scan);
    CommandOutcome submitted;
    auto first = m_desk.prepare(m_case, caseFactId(CaseFact::UpdateDocument), submit, &submitted);
    if (!first) {
        fail(first.error().message);
        return false;
    }
    QJsonObject decide{
        {QStringLiteral("checklist"), checklistKindId(m_checklist)},
        {QStringLiteral("document"), documentTypeId(m_type)},
        {QStringLiteral("command"),
         verdict == DocumentCommand::Verify ? QStringLiteral("verify") : QStringLiteral("reject")}};
    // A rejection's reason, or why a "matched" has no scan of the original.
    if (verdict == DocumentCommand::Reject || (scan.isEmpty() && !reason.trimmed().isEmpty()))
        decide.insert(QStringLiteral("reason"), reason.trimmed());
    auto second = m_desk.prepare(submitted.after, caseFactId(CaseFact::UpdateDocument), decide);
    if (!second) {
        fail(second.error().message);
        return false;
    }
    std::optional<DeskScan> deskScan;
    if (!m_deskScan.isEmpty()) {
        deskScan = DeskScan{m_case.id,
                            QStringLiteral("%1-%2.%3")
                                .arg(checklistKindId(m_checklist),
                                     documentTypeId(m_type),
                                     Scans::extensionOf(m_deskScanType)),
                            m_deskScanType,
                            m_deskScan};
    }
    // Both commands and the scan, together or not at all.
    if (auto queued = m_desk.submitAll({*first, *second}, deskScan); !queued) {
        fail(queued.error().message);
        return false;
    }
    accept();
    return true;
}

void ComparisonDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Kezek

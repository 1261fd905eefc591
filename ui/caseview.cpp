#include "ui/caseview.h"

#include "core/domain/commandkinds.h"
#include "core/domain/mrz.h"
#include "sync/syncerrors.h"
#include "ui/actiondialog.h"
#include "ui/casehistory.h"
#include "ui/casenotes.h"
#include "ui/chips.h"
#include "ui/comparisondialog.h"
#include "ui/deadlinetext.h"
#include "ui/icons.h"
#include "ui/inlinemessage.h"
#include "ui/kezekpalette.h"
#include "ui/noticepreview.h"
#include "ui/scanviewer.h"
#include "ui/standardbuttons.h"
#include "ui/tablekeys.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kezek {

namespace {

QTableWidget *makeTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    makeRowWise(table);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

// A language by its own name, as the applicant chose it on eGov.
QString languageName(QStringView code)
{
    return code == u"kk"   ? QStringLiteral("Қазақша")
           : code == u"ru" ? QStringLiteral("Русский")
                           : QStringLiteral("English");
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

CaseView::CaseView(CaseDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    buildHeader();
    QWidget *summaryPage = buildSummaryPage();
    QWidget *documentsPage = buildDocumentsPage();
    buildRecordTables();
    m_tabs = new QTabWidget;
    m_tabs->addTab(summaryPage, Icons::named(QStringLiteral("user-info")), UiTr::tr("Su&mmary"));
    m_tabs->addTab(
        documentsPage, Icons::named(QStringLiteral("x-office-document")), UiTr::tr("&Documents"));
    m_tabs->addTab(m_checks, Icons::named(QStringLiteral("edit-find")), UiTr::tr("C&hecks"));
    m_tabs->addTab(m_clocks, Icons::named(QStringLiteral("task-due")), UiTr::tr("C&locks"));
    m_tabs->addTab(
        m_history, Icons::named(QStringLiteral("document-open-recent")), UiTr::tr("Hi&story"));
    m_tabs->addTab(m_notices, Icons::named(QStringLiteral("mail-unread")), UiTr::tr("&Notices"));
    m_notes = new CaseNotesPane(m_desk);
    connect(m_notes, &CaseNotesPane::noteWritten, this, &CaseView::noteWritten);
    m_tabs->addTab(m_notes, Icons::named(QStringLiteral("document-edit")), UiTr::tr("No&tes"));
    m_tabs->tabBar()->setAccessibleName(UiTr::tr("Parts of the case"));
    // Each table is named as its tab is.
    m_documents->setAccessibleName(m_tabs->tabText(1).remove(u'&'));
    for (int tab = 2; tab < m_tabs->count(); ++tab)
        m_tabs->widget(tab)->setAccessibleName(m_tabs->tabText(tab).remove(u'&'));

    addShortcuts(documentsPage);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_stage);
    top->addStretch(1);
    top->addWidget(m_claim);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_nextStep);
    layout->addLayout(m_actions);
    layout->addWidget(m_tabs, 1);
    setEnabled(false);
    m_title->setText(UiTr::tr("Choose a case in the queue."));
    m_claim->hide();
}

void CaseView::buildHeader()
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_stage = new QLabel;
    m_stage->setObjectName(QStringLiteral("caseStage"));
    m_stage->hide();
    m_nextStep = new QLabel;
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_nextStep->setWordWrap(true);
    m_nextStep->setTextFormat(Qt::PlainText);
    m_nextStep->setStyleSheet(KezekPalette::textStyle(Tone::Link, palette()));
    // Two lines, always: a step that changes the line moves nothing below it.
    m_nextStep->setFixedHeight(m_nextStep->fontMetrics().lineSpacing() * 2 + 2);
    m_nextStep->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_nextStep->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_notice = new InlineMessage(InlineMessage::Kind::Warning, QStringLiteral("caseNotice"));
    m_actions = new QHBoxLayout;
    m_claim = new QPushButton;
    connect(m_claim, &QPushButton::clicked, this, &CaseView::toggleClaim);
}

QWidget *CaseView::buildSummaryPage()
{
    m_summaryPage = new QWidget;
    m_summary = new QFormLayout(m_summaryPage);
    auto *summaryScroll = new QScrollArea;
    summaryScroll->setWidget(m_summaryPage);
    summaryScroll->setWidgetResizable(true);
    return summaryScroll;
}

QWidget *CaseView::buildDocumentsPage()
{
    auto *documentsPage = new QWidget;
    m_documents = makeTable({UiTr::tr("Document"),
                             UiTr::tr("Status"),
                             UiTr::tr("Automatic checks"),
                             UiTr::tr("Reason"),
                             UiTr::tr("At the CSC")});
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->horizontalHeader()->setStretchLastSection(false);
    m_documents->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_verify = new QPushButton(UiTr::tr("&Verify"));
    m_verify->setObjectName(QStringLiteral("verifyDocument"));
    m_verify->setToolTip(UiTr::tr("Mark the document verified (Ctrl+Shift+V)"));
    m_reject = new QPushButton(UiTr::tr("Re&ject…"));
    m_compare = new QPushButton(UiTr::tr("&Compare with the original…"));
    m_compare->setObjectName(QStringLiteral("compareDocument"));
    m_compare->setToolTip(UiTr::tr("The filed copy beside the original, its data typed in, "
                                   "and the verdict (Ctrl+Shift+C)"));
    connect(m_compare, &QPushButton::clicked, this, &CaseView::compareSelectedDocument);
    m_scan = new QPushButton(UiTr::tr("View &scan"));
    m_scan->setObjectName(QStringLiteral("viewScan"));
    connect(m_verify, &QPushButton::clicked, this, &CaseView::verifySelectedDocument);
    connect(m_reject, &QPushButton::clicked, this, &CaseView::askRejectReason);
    connect(m_scan, &QPushButton::clicked, this, &CaseView::showScan);
    connect(m_documents, &QTableWidget::itemDoubleClicked, this, &CaseView::showScan);
    connect(m_documents, &QTableWidget::currentCellChanged, this, &CaseView::updateDocumentButtons);
    m_documentHint = new QLabel;
    m_documentHint->setObjectName(QStringLiteral("documentHint"));
    m_documentHint->setWordWrap(true);
    m_documentHint->setStyleSheet(KezekPalette::textStyle(Tone::Muted, palette()));
    // What it says never widens the window: it wraps in the room left.
    m_documentHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_compare);
    documentButtons->addWidget(m_verify);
    documentButtons->addWidget(m_reject);
    documentButtons->addWidget(m_scan);
    documentButtons->addWidget(m_documentHint, 1);
    auto *documentsLayout = new QVBoxLayout(documentsPage);
    documentsLayout->addWidget(m_documents);
    documentsLayout->addLayout(documentButtons);
    return documentsPage;
}

void CaseView::askRejectReason()
{
    const int row = m_documents->currentRow();
    if (!m_case || row < 0)
        return;
    const QString caseId = m_case->id;
    const int version = m_case->version;
    const QString document = m_documents->item(row, 0)->data(Qt::UserRole).toString();
    bool ok = false;
    const QString reason
        = askText(this, UiTr::tr("Reject the document"), UiTr::tr("Why is it rejected?"), &ok);
    if (!ok)
        return;
    // A sync may have changed the case while the question was open.
    const int now = m_documents->currentRow();
    if (!m_case || m_case->id != caseId || m_case->version != version || now < 0
        || m_documents->item(now, 0)->data(Qt::UserRole).toString() != document) {
        report(UiTr::tr("The case changed while you wrote the reason; nothing was "
                        "rejected. Check it and reject again."));
        return;
    }
    rejectSelectedDocument(reason);
}

void CaseView::buildRecordTables()
{
    m_checks = makeTable({UiTr::tr("Phase"),
                          UiTr::tr("Check"),
                          UiTr::tr("Result"),
                          UiTr::tr("Date"),
                          UiTr::tr("Reference")});
    m_checks->setObjectName(QStringLiteral("checks"));
    m_clocks = makeTable({UiTr::tr("Clock"),
                          UiTr::tr("Started"),
                          UiTr::tr("Due"),
                          UiTr::tr("Left"),
                          UiTr::tr("State"),
                          UiTr::tr("Law")});
    m_clocks->setObjectName(QStringLiteral("clocks"));
    m_history = new CaseHistory(m_desk);

    m_notices = makeTable({UiTr::tr("Date"), UiTr::tr("Notice"), UiTr::tr("Language")});
    m_notices->setObjectName(QStringLiteral("notices"));
    m_notices->setToolTip(UiTr::tr("Enter or a double click: the notice as the applicant reads "
                                   "it, to print as PDF"));
    connect(
        m_notices, &QTableWidget::cellActivated, this, [this](int row, int) { openNotice(row); });
}

void CaseView::addShortcuts(QWidget *documentsPage)
{
    // The keys work from every tab (a button's own shortcut works only while
    // it shows, and the claim button's text would replace it): the document
    // keys bring the documents forward.
    auto addKey = [this](QKeyCombination keys, QPushButton *button, QWidget *page) {
        auto *shortcut = new QShortcut(QKeySequence(keys), this);
        // What the shortcut sheet says it does: the button's words.
        shortcut->setWhatsThis(button->text());
        connect(shortcut, &QShortcut::activated, this, [this, button, page] {
            if (!m_case)
                return;
            if (page == nullptr && !button->isVisible()) {
                // No button for this case (a reader, another city's case):
                // the key says why, as a disabled button's key does.
                if (!button->accessibleDescription().isEmpty())
                    Q_EMIT said(button->accessibleDescription());
                return;
            }
            if (!button->isEnabled()) {
                // The key says why nothing happens, as the button's hint does.
                if (page) {
                    m_tabs->setCurrentWidget(page);
                    m_documentHint->setText(button->accessibleDescription());
                } else if (!button->accessibleDescription().isEmpty()) {
                    Q_EMIT said(button->accessibleDescription());
                }
                return;
            }
            if (page)
                m_tabs->setCurrentWidget(page);
            button->click();
        });
        return shortcut;
    };
    addKey(Qt::CTRL | Qt::Key_M, m_claim, nullptr)
        ->setWhatsThis(UiTr::tr("Claim the case or give it back"));
    addKey(Qt::CTRL | Qt::SHIFT | Qt::Key_V, m_verify, documentsPage);
    addKey(Qt::CTRL | Qt::SHIFT | Qt::Key_J, m_reject, documentsPage);
    addKey(Qt::CTRL | Qt::SHIFT | Qt::Key_C, m_compare, documentsPage);
    addKey(Qt::CTRL | Qt::SHIFT | Qt::Key_S, m_scan, documentsPage);
}

int CaseView::currentTab() const
{
    return m_tabs->currentIndex();
}

void CaseView::setCurrentTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
}

void CaseView::showCase(const QString &caseId)
{
    if (caseId != m_caseId) {
        // Another case: nothing of the last one's selection may carry over
        // to a verify or reject here.
        m_documents->clearSelection();
        m_documents->setCurrentCell(-1, -1);
    }
    m_caseId = caseId;
    reload();
}

void CaseView::report(const QString &error)
{
    m_notice->setMessage(InlineMessage::Kind::Error, error);
}

void CaseView::reload()
{
    auto c = m_desk.currentCase(m_caseId);
    if (!c || !*c) {
        m_case.reset();
        setEnabled(false);
        m_title->setText(c ? UiTr::tr("Choose a case in the queue.") : c.error().message);
        return;
    }
    m_case = **c;
    setEnabled(true);
    const Case &shown = *m_case;
    m_title->setText(UiTr::tr("<big><b>%1</b></big> &nbsp; %2 %3")
                         .arg(shown.number.toHtmlEscaped(),
                              shown.applicant.surname.toHtmlEscaped(),
                              shown.applicant.givenNames.toHtmlEscaped()));
    m_stage->setText(caseStateTitle(shown.state));
    m_stage->setStyleSheet(chipStyleSheet(stageColours(shown.state)));
    m_stage->setAccessibleName(UiTr::tr("Stage: %1").arg(caseStateTitle(shown.state)));
    m_stage->show();
    QStringList notes;
    if (auto waiting = m_desk.store().outboxOfCase(shown.id); waiting) {
        const auto count = [&waiting](const QString &status) {
            return std::count_if(waiting->cbegin(), waiting->cend(), [&](const OutboxEntry &e) {
                return e.status == status;
            });
        };
        // The commands still waiting are said once, as each is made, in the
        // window's toast: a line here would come and go with every sync and
        // move the actions and tabs under the officer's hand.
        if (const auto applied = count(QStringLiteral("applied")); applied > 0)
            notes.append(UiTr::tr("%n command(s) of yours were applied by the server; the next "
                                  "sync brings the case as they left it.",
                                  nullptr,
                                  int(applied)));
        if (const auto conflicts = count(QStringLiteral("conflict")); conflicts > 0)
            notes.append(UiTr::tr("%n command(s) met a newer version on the server: see the "
                                  "outbox.",
                                  nullptr,
                                  int(conflicts)));
        if (const auto rejected = count(QStringLiteral("rejected")); rejected > 0)
            notes.append(UiTr::tr("%n command(s) were refused by the server: see the outbox.",
                                  nullptr,
                                  int(rejected)));
    }
    m_notice->setMessage(InlineMessage::Kind::Warning, notes.join(QLatin1Char(' ')));
    fillClaim(shown);
    fillSummary(shown);
    fillDocuments(shown);
    fillChecks(shown);
    fillClocks(shown);
    fillHistory(shown);
    fillNotices(shown);
    m_notes->showCase(shown.id);
    fillActions(shown);
}

// The claim button: claim, give back, or who works the case and until when.
void CaseView::fillClaim(const Case &shown)
{
    if (auto claim = m_desk.store().claimOf(shown.id); claim && *claim) {
        const ClaimRow &row = **claim;
        const bool taken = row.status == u"taken";
        const auto names = m_desk.store().personNames();
        const QString known = names ? names->value(row.holder) : QString();
        const QString holder = known.isEmpty() ? row.holder : known;
        m_claim->setText(taken ? UiTr::tr("Worked by %1").arg(holder)
                               : UiTr::tr("Give back (Ctrl+M)"));
        m_claim->setEnabled(!taken);
        // Ctrl+M on a case a colleague works says why it cannot be claimed.
        m_claim->setAccessibleDescription(
            !taken ? QString()
            : row.expiresAt.isValid()
                ? UiTr::tr("%1 works on this case until %2: it cannot be claimed before they "
                           "give it back or their claim runs out.")
                      .arg(holder, formatDateTime(row.expiresAt))
                : UiTr::tr("%1 works on this case: it cannot be claimed before they give it "
                           "back.")
                      .arg(holder));
    } else {
        m_claim->setText(UiTr::tr("Claim (Ctrl+M)"));
        m_claim->setEnabled(true);
        m_claim->setAccessibleDescription(QString());
    }
    m_claim->setToolTip(UiTr::tr("A claimed case is yours for eight hours: nobody else acts on "
                                 "it, and its scans are kept here to read offline."));
    // A reader (the ministry's reviewer) works no case, so claims none (an
    // office sees only its own city's cases); Ctrl+M says so.
    const bool mayClaim = Workflow::mayClaim(m_desk.account().actor(), shown);
    m_claim->setVisible(mayClaim);
    if (!mayClaim) {
        m_claim->setAccessibleDescription(
            UiTr::tr("Your role reads cases and works none, so it claims none."));
    }
}

void CaseView::fillSummary(const Case &c)
{
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    const Applicant &a = c.applicant;
    const auto add = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_summary->addRow(label, field);
    };
    add(UiTr::tr("Surname:"), a.surname);
    add(UiTr::tr("Given names:"), a.givenNames);
    add(UiTr::tr("Nationality:"), a.nationality);
    add(UiTr::tr("Born:"), formatDate(a.birthDate));
    add(UiTr::tr("Sex:"), a.sex == Sex::Female ? UiTr::tr("female") : UiTr::tr("male"));
    if (auto iin = parseIin(a.iin)) {
        add(UiTr::tr("IIN:"),
            UiTr::tr("%1 (valid; born %2, %3)")
                .arg(a.iin,
                     formatDate(iin->birthDate),
                     iin->sex == Sex::Female ? UiTr::tr("female") : UiTr::tr("male")));
    } else {
        add(UiTr::tr("IIN:"), UiTr::tr("%1 (%2)").arg(a.iin, iin.error().message));
    }
    add(UiTr::tr("Passport:"),
        UiTr::tr("%1, valid until %2").arg(a.passportNumber, formatDate(a.passportExpiry)));
    if (const ChecklistItem *passport = c.preliminaryDocuments.item(DocumentType::Passport);
        passport && !passport->facts.mrzLine1.isEmpty()) {
        auto *mrz
            = new QLabel(passport->facts.mrzLine1 + QLatin1Char('\n') + passport->facts.mrzLine2);
        mrz->setFont(QFont(QStringLiteral("DejaVu Sans Mono")));
        mrz->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_summary->addRow(UiTr::tr("MRZ:"), mrz);
        if (auto parsed
            = parseMrz(passport->facts.mrzLine1, passport->facts.mrzLine2, c.receivedOn)) {
            add(UiTr::tr("MRZ reads:"),
                UiTr::tr("%1 %2, passport %3 of %4, born %5, valid until %6")
                    .arg(parsed->surname,
                         parsed->givenNames,
                         parsed->documentNumber,
                         parsed->issuingState,
                         formatDate(parsed->birthDate),
                         formatDate(parsed->expiryDate)));
        } else {
            add(UiTr::tr("MRZ reads:"), parsed.error().message);
        }
    }
    add(UiTr::tr("Notices in:"), languageName(a.language));
    add(UiTr::tr("City:"), cityTitle(c.city));
    add(UiTr::tr("Stage:"), caseStateTitle(c.state));
    add(UiTr::tr("Received:"), formatDate(c.receivedOn));
    if (c.filedAt.isValid()) {
        add(UiTr::tr("Filed on eGov:"), formatDateTime(c.filedAt));
    }
    // §8, §10(3): the server verified the ministry's signature at intake.
    if (c.petition)
        add(UiTr::tr("Ministry petition:"), petitionSummary(*c.petition));
    if (c.outsideLegalBasis)
        add(UiTr::tr("Legal basis:"), UiTr::tr("none in force on the day it was received"));
    // Issue 31 point 5: found at intake; the officer decides whether it is
    // one person.
    if (!c.possibleDuplicates.isEmpty()) {
        add(UiTr::tr("Possible duplicate:"),
            UiTr::tr("The same name and date of birth as %1, under another IIN or "
                     "passport; check whether it is the same person.")
                .arg(c.possibleDuplicates.join(QStringLiteral(", "))));
    }
    if (!c.kqpNumber.isEmpty())
        add(UiTr::tr("Case number in the migration police system:"), c.kqpNumber);
    if (!c.preliminaryPermitNumber.isEmpty())
        add(UiTr::tr("Preliminary permit:"), c.preliminaryPermitNumber);
    // §19: arrival alone keeps nothing; the first application to the
    // migration service (fingerprinting or the CSC visit) keeps the approval.
    if (c.arrivedOn.isValid())
        add(UiTr::tr("Arrived in Kazakhstan:"), formatDate(c.arrivedOn));
    if (c.fingerprintedOn.isValid())
        add(UiTr::tr("Fingerprinted:"), formatDate(c.fingerprintedOn));
    if (c.cscVisitOn.isValid())
        add(UiTr::tr("At the CSC on:"), formatDate(c.cscVisitOn));
    if (!c.courierTracking.isEmpty())
        add(UiTr::tr("Courier tracking:"), c.courierTracking);
    if (!c.residencePermitNumber.isEmpty())
        add(UiTr::tr("Residence permit:"), c.residencePermitNumber);
    add(UiTr::tr("Version:"), QString::number(c.version));
}

void CaseView::fillDocuments(const Case &c)
{
    m_shown = Workflow::checklistOfState(c.state);
    m_worked = Workflow::workedChecklist(c, m_desk.account().actor());
    const int selected = m_documents->currentRow();
    const Checklist &list = c.checklist(m_shown);
    const CheckContext context = c.checkContext(m_shown, m_desk.today(), m_desk.law().legalization);
    m_documents->setRowCount(int(list.items().size()));
    int row = 0;
    // §21, §26: a "matched" given on the operator's word, not on a scan of
    // the original, says so and why.
    // §10(3): a petition the server verified says so, by whom it was signed.
    const auto reasonOf = [&c](const ChecklistItem &item) {
        if (c.petition && &item == c.preliminaryDocuments.item(DocumentType::Petition)
            && item.status == DocumentStatus::Verified)
            return petitionSummary(*c.petition);
        return item.unscannedReason.isEmpty()
                   ? item.rejectReason
                   : UiTr::tr("Matched without a scan of the original: %1")
                         .arg(item.unscannedReason);
    };
    for (const ChecklistItem &item : list.items()) {
        QStringList checks;
        for (const CheckResult &result : list.checkResults(item.type, context))
            checks.append(result.askOfficer ? UiTr::tr("? %1").arg(result.message)
                          : result.passed   ? UiTr::tr("✓ %1").arg(autoCheckTitle(result.check))
                                            : UiTr::tr("✗ %1").arg(result.message));
        // The officer verifying the originals sees what the CSC found beside each.
        QString atCsc;
        if (m_shown == ChecklistKind::OriginalsVerification) {
            if (const ChecklistItem *csc = c.cscComparison.item(item.type)) {
                atCsc = reasonOf(*csc).isEmpty()
                            ? documentStatusTitle(csc->status)
                            : UiTr::tr("%1: %2").arg(documentStatusTitle(csc->status),
                                                     reasonOf(*csc));
            }
        }
        setRow(m_documents,
               row,
               {item.required ? documentTitle(item.type)
                              : UiTr::tr("%1 (if applicable)").arg(documentTitle(item.type)),
                documentStatusTitle(item.status),
                checks.join(QLatin1Char('\n')),
                reasonOf(item),
                atCsc});
        m_documents->item(row, 0)->setData(Qt::UserRole, documentTypeId(item.type));
        if (item.status == DocumentStatus::Rejected)
            m_documents->item(row, 1)->setForeground(KezekPalette::colour(Tone::Error));
        else if (item.status == DocumentStatus::Verified)
            m_documents->item(row, 1)->setForeground(KezekPalette::colour(Tone::Positive));
        if (!item.unscannedReason.isEmpty())
            m_documents->item(row, 1)->setToolTip(reasonOf(item));
        ++row;
    }
    m_documents->resizeRowsToContents();
    m_documents->resizeColumnToContents(0);
    if (selected >= 0 && selected < m_documents->rowCount())
        m_documents->selectRow(selected);
    m_documents->setColumnHidden(4, m_shown != ChecklistKind::OriginalsVerification);
    // A desk compares originals (§21, §22, §26); phase 1 has only copies.
    m_compare->setEnabled(m_worked.has_value() && *m_worked != ChecklistKind::Preliminary);
    updateDocumentButtons();
}

void CaseView::updateDocumentButtons()
{
    // Each button asks the law, as the command would, and says why not.
    const auto whyNot = [this](DocumentCommand command) -> QString {
        if (!m_case || !m_worked)
            return UiTr::tr("Your role checks no document of this case at this stage.");
        const auto payload = documentPayload(command, UiTr::tr("(reason)"));
        if (!payload)
            return UiTr::tr("Choose a document in the list first.");
        const auto type = documentTypeFromId(payload->value(QStringLiteral("document")).toString());
        const ChecklistItem *item = type ? m_case->checklist(*m_worked).item(*type) : nullptr;
        if (item && command == DocumentCommand::Verify && item->status == DocumentStatus::Verified)
            return UiTr::tr("This document is already verified.");
        if (item && command == DocumentCommand::Reject && item->status == DocumentStatus::Rejected)
            return UiTr::tr("This document is already rejected.");
        auto prepared = m_desk.prepare(*m_case, caseFactId(CaseFact::UpdateDocument), *payload);
        return prepared ? QString() : prepared.error().message;
    };
    const QString verify = whyNot(DocumentCommand::Verify);
    const QString reject = whyNot(DocumentCommand::Reject);
    m_verify->setEnabled(verify.isEmpty());
    m_reject->setEnabled(reject.isEmpty());
    m_verify->setToolTip(verify.isEmpty() ? UiTr::tr("Mark the document verified (Ctrl+Shift+V)")
                                          : verify);
    m_verify->setAccessibleDescription(m_verify->toolTip());
    m_reject->setToolTip(reject.isEmpty() ? UiTr::tr("Reject the document with a reason the "
                                                     "applicant is told (Ctrl+Shift+J)")
                                          : reject);
    m_reject->setAccessibleDescription(m_reject->toolTip());
    // Said once, beside the buttons, when both are off for one reason.
    m_documentHint->setText(!verify.isEmpty() && (verify == reject || reject.isEmpty()) ? verify
                            : !verify.isEmpty() ? UiTr::tr("Verify: %1").arg(verify)
                                                : QString());
}

void CaseView::fillChecks(const Case &c)
{
    // What a decision rests on (§13-17, §22): every record check with its
    // outcome, who recorded it and why a correction was made, and NSC's
    // answer with its day.
    QDate nscOn;
    for (const HistoryEntry &entry : c.history) {
        if (entry.action == Workflow::actionId(Action::RecordNscAnswer))
            nscOn = entry.date;
    }
    const bool nscAnswered = c.nscApproved.has_value();
    m_checks->setRowCount(int(c.checks.size()) + (nscAnswered ? 1 : 0));
    int row = 0;
    if (nscAnswered) {
        setRow(m_checks,
               row++,
               {UiTr::tr("preliminary"),
                UiTr::tr("NSC (through Berkut)"),
                *c.nscApproved ? UiTr::tr("approved") : UiTr::tr("NOT APPROVED"),
                formatDate(nscOn),
                QString()});
        if (!*c.nscApproved)
            m_checks->item(0, 2)->setForeground(KezekPalette::colour(Tone::Error));
    }
    for (const CheckRecord &check : c.checks) {
        const QString outcome = check.outcome == CheckOutcome::Clear ? UiTr::tr("clear")
                                : check.outcome == CheckOutcome::Hit ? UiTr::tr("HIT")
                                                                     : UiTr::tr("waiting");
        QString reference = check.reference;
        if (!check.reason.isEmpty())
            reference = UiTr::tr("%1 (corrected by %2: %3)")
                            .arg(check.reference, check.userId, check.reason);
        setRow(m_checks,
               row,
               {check.phase == CheckPhase::Final ? UiTr::tr("final") : UiTr::tr("preliminary"),
                checkKindTitle(check.kind),
                outcome,
                formatDate(check.date),
                reference});
        if (check.outcome == CheckOutcome::Hit)
            m_checks->item(row, 2)->setForeground(KezekPalette::colour(Tone::Error));
        ++row;
    }
    // The phase, the check, its result and day whole; the reference takes
    // what is left, wrapped.
    for (int column = 0; column < 4; ++column)
        m_checks->resizeColumnToContents(column);
    m_checks->resizeRowsToContents();
}

void CaseView::fillClocks(const Case &c)
{
    const QDate today = m_desk.today();
    m_clocks->setRowCount(int(c.clocks.size()));
    int row = 0;
    for (const DeadlineClock &clock : c.clocks) {
        const ClockStatus status = clock.status(m_desk.law().calendar, today);
        const ClockDefinition &definition = clockDefinition(clock.kind());
        const bool running
            = status.state == ClockState::Running || status.state == ClockState::Breached;
        setRow(m_clocks,
               row,
               {definition.title(),
                formatDate(clock.started()),
                formatDate(status.due),
                running ? timeLeftText(status) : QString(),
                clockStateTitle(status.state),
                QString::fromUtf8(definition.paragraph)});
        if (running && urgencyOf(status) != Urgency::Calm) {
            const Tone tone = urgencyOf(status) == Urgency::Breached ? Tone::Error : Tone::Warning;
            m_clocks->item(row, 3)->setBackground(KezekPalette::background(tone));
            m_clocks->item(row, 3)->setForeground(KezekPalette::colour(tone));
        }
        ++row;
    }
    m_clocks->resizeColumnsToContents();
}

void CaseView::fillHistory(const Case &c)
{
    m_history->showCase(c);
}

void CaseView::fillNotices(const Case &c)
{
    m_notices->setRowCount(int(c.notices.size()));
    for (int row = 0; row < c.notices.size(); ++row) {
        const Notice &notice = c.notices.at(row);
        setRow(m_notices,
               row,
               {formatDate(notice.date),
                noticeLetter(c, notice, m_desk.law().reasons, m_desk.law().calendar).title,
                languageName(notice.language)});
    }
    m_notices->resizeColumnsToContents();
}

void CaseView::openNotice(int row)
{
    if (!m_case || row < 0 || row >= m_case->notices.size())
        return;
    auto *preview = new NoticePreview(
        *m_case, m_case->notices.at(row), m_desk.law().reasons, m_desk.law().calendar, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->show();
}

void CaseView::fillActions(const Case &c)
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int number = 1;
    for (Action action : m_desk.availableActions(c)) {
        auto *button = new QPushButton(Workflow::actionTitle(action));
        button->setObjectName(QStringLiteral("action-") + Workflow::actionId(action));
        // Alt+1, Alt+2, … in the order shown, written on the button.
        if (number <= 9) {
            button->setText(UiTr::tr("%1 (Alt+%2)").arg(Workflow::actionTitle(action)).arg(number));
            button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
            button->setToolTip(UiTr::tr("Alt+%1").arg(number));
            button->setAccessibleName(Workflow::actionTitle(action));
        }
        ++number;
        connect(button, &QPushButton::clicked, this, [this, action] { openAction(action); });
        m_actions->addWidget(button);
    }
    m_actions->addStretch();
    fillNextStep(c);
}

void CaseView::fillNextStep(const Case &c)
{
    // A reader (the ministry) is told no next step and no deadline of the
    // officer's: none is theirs to act on.
    m_nextStep->setVisible(Workflow::worksCases(m_desk.account().role));
    // First the documents this officer still has to check, then the first
    // step the law offers; else what the case waits for, and until when.
    QString next;
    if (m_worked) {
        int open = 0;
        for (const ChecklistItem &item : c.checklist(*m_worked).items()) {
            if (item.required && item.status != DocumentStatus::Verified
                && item.status != DocumentStatus::Rejected)
                ++open;
        }
        if (open > 0) {
            next = *m_worked == ChecklistKind::Preliminary
                       ? UiTr::tr("Next: check the documents, %n to go (Documents tab; "
                                  "Ctrl+Shift+V verifies the one selected).",
                                  nullptr,
                                  open)
                       : UiTr::tr("Next: compare the originals, %n to go (Documents tab; "
                                  "Ctrl+Shift+C compares the one selected).",
                                  nullptr,
                                  open);
        }
    }
    const QList<Action> actions = m_desk.availableActions(c);
    if (next.isEmpty() && !actions.isEmpty())
        next = UiTr::tr("Next: %1 (Alt+1).").arg(Workflow::actionTitle(actions.constFirst()));
    if (next.isEmpty()) {
        if (const auto deadline = m_desk.nextDeadline(c)) {
            next = UiTr::tr("Nothing for you to do now: %1 runs until %2.")
                       .arg(clockDefinition(deadline->kind).title(),
                            formatDate(deadline->status.due));
        } else {
            next = UiTr::tr("Nothing for you to do on this case now.");
        }
    }
    m_nextStep->setText(next);
    m_nextStep->setToolTip(next); // whole, should two lines not hold it
}

void CaseView::openAction(Action action)
{
    if (!m_case)
        return;
    SigningSetup signing(m_keyFile);
    signing.tokenModule = m_tokenModule;
    signing.user = m_desk.account().id;
    ActionDialog dialog(m_desk, *m_case, action, signing, this);
    Q_EMIT actionDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.keyFile().isEmpty() && dialog.keyFile() != m_keyFile) {
        m_keyFile = dialog.keyFile();
        Q_EMIT keyFileChosen(m_keyFile);
    }
    reload();
    Q_EMIT changed();
}

void CaseView::selectDocument(DocumentType type)
{
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        if (m_documents->item(row, 0)->data(Qt::UserRole).toString() == documentTypeId(type))
            m_documents->selectRow(row);
    }
}

void CaseView::verifySelectedDocument()
{
    documentCommand(DocumentCommand::Verify, {});
}

void CaseView::rejectSelectedDocument(const QString &reason)
{
    documentCommand(DocumentCommand::Reject, reason);
}

std::optional<QJsonObject> CaseView::documentPayload(DocumentCommand command,
                                                     const QString &reason) const
{
    const int row = m_documents->currentRow();
    if (!m_case || !m_worked || row < 0 || !m_documents->item(row, 0))
        return std::nullopt;
    QJsonObject payload{
        {QStringLiteral("checklist"), checklistKindId(*m_worked)},
        {QStringLiteral("document"), m_documents->item(row, 0)->data(Qt::UserRole).toString()},
        {QStringLiteral("command"),
         command == DocumentCommand::Verify ? QStringLiteral("verify") : QStringLiteral("reject")}};
    if (command == DocumentCommand::Reject)
        payload.insert(QStringLiteral("reason"), reason.trimmed());
    return payload;
}

void CaseView::documentCommand(DocumentCommand command, const QString &reason)
{
    const int row = m_documents->currentRow();
    const auto payload = documentPayload(command, reason);
    if (!payload)
        return;
    auto prepared = m_desk.prepare(*m_case, caseFactId(CaseFact::UpdateDocument), *payload);
    if (!prepared) {
        report(prepared.error().message);
        return;
    }
    if (auto queued = m_desk.submit(*prepared); !queued) {
        report(queued.error().message);
        return;
    }
    reload();
    m_documents->selectRow(std::min(row + 1, m_documents->rowCount() - 1));
    Q_EMIT changed();
}

void CaseView::showScan()
{
    const int row = m_documents->currentRow();
    if (!m_case || row < 0)
        return;
    const auto type = documentTypeFromId(m_documents->item(row, 0)->data(Qt::UserRole).toString());
    if (!type)
        return;
    // The scan of this stage's document, else the copy filed on eGov.
    QString sha256 = m_desk.checklistScan(*m_case, m_shown, *type);
    if (sha256.isEmpty()) {
        auto filed = m_desk.filedScan(*m_case, *type);
        if (!filed) {
            report(filed.error().message);
            return;
        }
        sha256 = *filed;
    }
    if (sha256.isEmpty()) {
        report(UiTr::tr("No scan was filed for this document."));
        return;
    }
    auto scan = readScan(sha256);
    if (!scan) {
        report(scan.error().message);
        return;
    }
    auto *viewer = new ScanViewer(
        UiTr::tr("%1 — %2").arg(documentTitle(*type), m_case->number), *scan, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    // Page Up and Page Down: the case's previous and next document, in the
    // viewer's place.
    connect(
        viewer, &ScanViewer::stepRequested, this, [this, viewer, caseId = m_case->id](int delta) {
            // Only within the case it was opened for, and only to a
            // document with a scan: else the viewer stays as it is.
            const int next = m_documents->currentRow() + delta;
            if (!m_case || m_case->id != caseId || next < 0 || next >= m_documents->rowCount())
                return;
            const qsizetype before = findChildren<ScanViewer *>().size();
            m_documents->selectRow(next);
            showScan();
            const auto viewers = findChildren<ScanViewer *>();
            if (viewers.size() > before) {
                viewers.constLast()->setGeometry(viewer->geometry());
                viewer->close();
            } else {
                m_documents->selectRow(next - delta);
            }
        });
    viewer->show();
}

Result<QByteArray> CaseView::readScan(const QString &sha256)
{
    auto bytes = m_desk.store().scan(sha256);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (*bytes)
        return **bytes;
    // Not kept here: read from the server now, when it answers (and kept
    // encrypted, checked against its SHA-256). Offline, the scans of the
    // cases one has claimed are the ones at hand.
    const bool mayClaim = m_case && Workflow::mayClaim(m_desk.account().actor(), *m_case);
    const Error offline{
        QStringLiteral("scan.not-here"),
        mayClaim ? UiTr::tr("The scan is not on this workstation, and the server does not "
                            "answer. Claim the case (Ctrl+M) and sync: the scans of claimed "
                            "cases are kept here to read offline.")
                 : UiTr::tr("The scan is not on this workstation, and the server does not "
                            "answer: it can be read when the workstation is online.")};
    if (!m_fetchScan)
        return std::unexpected(offline);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto fetched = m_fetchScan(sha256);
    QApplication::restoreOverrideCursor();
    if (!fetched) {
        if (fetched.error().code == SyncErrors::Offline)
            return std::unexpected(offline);
        return std::unexpected(Error{fetched.error().code,
                                     UiTr::tr("The scan could not be read from the server: %1")
                                         .arg(fetched.error().message)});
    }
    return *fetched;
}

void CaseView::compareSelectedDocument()
{
    const int row = m_documents->currentRow();
    if (!m_case || !m_worked || row < 0)
        return;
    const auto type = documentTypeFromId(m_documents->item(row, 0)->data(Qt::UserRole).toString());
    if (!type)
        return;
    ComparisonDialog dialog(
        m_desk,
        *m_case,
        *m_worked,
        *type,
        [this](const QString &sha256) { return readScan(sha256); },
        this);
    Q_EMIT comparisonOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_documents->selectRow(std::min(row + 1, m_documents->rowCount() - 1));
    Q_EMIT changed();
}

void CaseView::toggleClaim()
{
    if (!m_case || !Workflow::mayClaim(m_desk.account().actor(), *m_case))
        return;
    auto claim = m_desk.store().claimOf(m_case->id);
    Result<void> done = claim && *claim ? m_desk.store().release(m_case->id)
                                        : m_desk.store().claim(m_case->id, m_desk.account().id);
    if (!done) {
        report(done.error().message);
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace Kezek

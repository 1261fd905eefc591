#include "ui/filechoice.h"
#include "ui_filechoice.h"

#include "ui/filefolders.h"
#include "ui/uitr.h"

#include <QFileDialog>

namespace Kezek {

FileChoice::FileChoice(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FileChoice>())
{
    m_ui->setupUi(this);
    m_ui->choose->setText(UiTr::tr("C&hoose…"));
    setFocusProxy(m_ui->path);
    connect(m_ui->choose, &QPushButton::clicked, this, &FileChoice::choose);
}

FileChoice::~FileChoice() = default;

void FileChoice::setSaveDialog(const QString &title, Proposer propose)
{
    m_title = title;
    m_propose = std::move(propose);
}

void FileChoice::setPathNames(const QString &objectName, const QString &accessibleName)
{
    m_ui->path->setObjectName(objectName);
    m_ui->path->setAccessibleName(accessibleName);
}

QString FileChoice::path() const
{
    return m_ui->path->text().trimmed();
}

QLineEdit *FileChoice::pathEdit() const
{
    return m_ui->path;
}

void FileChoice::choose()
{
    const Proposal proposal = m_propose ? m_propose() : Proposal{};
    const QString proposed
        = m_ui->path->text().isEmpty()
              ? FileFolders::startPath(FileFolders::Kind::Documents, proposal.fileName)
              : m_ui->path->text();
    const QString file = QFileDialog::getSaveFileName(this, m_title, proposed, proposal.filter);
    if (file.isEmpty())
        return;
    FileFolders::remember(FileFolders::Kind::Documents, file);
    m_ui->path->setText(file);
}

} // namespace Kezek

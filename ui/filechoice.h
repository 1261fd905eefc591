#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;
class QPushButton;

namespace Kezek {

namespace Ui {
class FileChoice;
}

// The file a paper is written to: the path, typed or chosen with a save
// dialog that opens in the Documents folder last used (FileFolders). One row
// for every dialog that writes a file (a list's export, an audit extract, a
// dossier), laid out in filechoice.ui. A label's mnemonic given this row as
// its buddy lands in the path.
class FileChoice : public QWidget
{
    Q_OBJECT

public:
    // What the save dialog proposes when no path is typed yet, and the
    // files it lists ("PDF files (*.pdf)").
    struct Proposal
    {
        QString fileName;
        QString filter;
    };
    using Proposer = std::function<Proposal()>;

    explicit FileChoice(QWidget *parent = nullptr);
    ~FileChoice() override;

    // The save dialog's title, and what it proposes when it opens.
    void setSaveDialog(const QString &title, Proposer propose);
    // The path field's names: for a screen reader, and for the window's tests.
    void setPathNames(const QString &objectName, const QString &accessibleName);
    QString path() const;
    QLineEdit *pathEdit() const;

private:
    void choose();

    std::unique_ptr<Ui::FileChoice> m_ui;
    QString m_title;
    Proposer m_propose;
};

} // namespace Kezek

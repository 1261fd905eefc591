#include "ui/standardbuttons.h"

#include "ui/inlinemessage.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace Kezek {

// Enter never cancels: a button that throws away what was typed is never a
// dialog's default, whatever has the focus (Escape still cancels).
QPushButton *addCancelButton(QDialogButtonBox *buttons)
{
    QPushButton *button = buttons->addButton(UiTr::tr("Cancel"), QDialogButtonBox::RejectRole);
    button->setAutoDefault(false);
    return button;
}

QPushButton *addCloseButton(QDialogButtonBox *buttons)
{
    QPushButton *button = buttons->addButton(UiTr::tr("Close"), QDialogButtonBox::RejectRole);
    button->setAutoDefault(false);
    return button;
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(UiTr::tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void tell(QWidget *parent, const QString &title, const QString &text, bool warning)
{
    QMessageBox box(warning ? QMessageBox::Warning : QMessageBox::Information,
                    title,
                    text,
                    QMessageBox::NoButton,
                    parent);
    box.setEscapeButton(box.addButton(UiTr::tr("OK"), QMessageBox::AcceptRole));
    box.exec();
}

QString askText(
    QWidget *parent, const QString &title, const QString &label, bool *ok, QLineEdit::EchoMode echo)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextEchoMode(echo);
    // A long question wraps rather than stretching the dialog across the screen.
    if (auto *text = dialog.findChild<QLabel *>())
        text->setWordWrap(true);
    dialog.setOkButtonText(UiTr::tr("OK"));
    dialog.setCancelButtonText(UiTr::tr("Cancel"));
    *ok = dialog.exec() == QDialog::Accepted;
    return dialog.textValue();
}

InlineMessage *errorLine(const QString &objectName)
{
    return new InlineMessage(InlineMessage::Kind::Error, objectName);
}

} // namespace Kezek

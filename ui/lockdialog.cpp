#include "lockdialog.h"

#include "uitr.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace Kezek {

namespace {

QByteArray &salt()
{
    static QByteArray bytes = [] {
        QByteArray random(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
        return random;
    }();
    return bytes;
}

} // namespace

QByteArray lockVerifier(const QString &password)
{
    return QMessageAuthenticationCode::hash(password.toUtf8(), salt(), QCryptographicHash::Sha256);
}

LockDialog::LockDialog(QString user, QByteArray passwordHash, QWidget *parent)
    : QDialog(parent)
    , m_hash(std::move(passwordHash))
{
    setWindowTitle(UiTr::tr("Kezek is locked"));
    setModal(true);
    auto *text = new QLabel(UiTr::tr("The workstation was locked while nobody used it. Enter "
                                     "the password of %1 to go on.")
                                .arg(user));
    text->setWordWrap(true);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox;
    auto *unlock = buttons->addButton(UiTr::tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LockDialog::tryUnlock);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
}

void LockDialog::tryUnlock()
{
    // Constant-time: the comparison leaks nothing of the password.
    const QByteArray given = lockVerifier(m_password->text());
    unsigned char differ = given.size() != m_hash.size();
    for (qsizetype i = 0; i < std::min(given.size(), m_hash.size()); ++i)
        differ |= static_cast<unsigned char>(given.at(i) ^ m_hash.at(i));
    m_password->clear();
    if (differ) {
        m_error->setText(UiTr::tr("The password is wrong."));
        m_error->show();
        return;
    }
    accept();
}

void LockDialog::reject() {}

} // namespace Kezek

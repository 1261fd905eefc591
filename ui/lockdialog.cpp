#include "ui/lockdialog.h"
#include "ui_lockdialog.h"

#include "ui/uitr.h"

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
    , m_ui(std::make_unique<Ui::LockDialog>())
{
    m_ui->setupUi(this);
    m_ui->text->setText(UiTr::tr("The workstation was locked while nobody used it. Enter "
                                 "the password of %1 to go on.")
                            .arg(user));
    m_password = m_ui->unlockPassword;
    m_error = m_ui->unlockError;
    m_error->hide();
    auto *unlock = m_ui->buttons->addButton(UiTr::tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LockDialog::tryUnlock);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
}

LockDialog::~LockDialog() = default;

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

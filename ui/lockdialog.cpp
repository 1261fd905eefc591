#include "ui/lockdialog.h"
#include "ui_lockdialog.h"

#include "ui/inlinemessage.h"
#include "ui/uitr.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
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

LockDialog::LockDialog(QString user, QByteArray passwordHash, LockCause cause, QWidget *parent)
    : QDialog(parent)
    , m_hash(std::move(passwordHash))
    , m_ui(std::make_unique<Ui::LockDialog>())
{
    m_ui->setupUi(this);
    m_ui->text->setText(cause == LockCause::Idle
                            ? UiTr::tr("The workstation was locked while nobody used it. Enter "
                                       "the password of %1 to go on.")
                                  .arg(user)
                            : UiTr::tr("You locked the workstation. Enter the password of %1 to "
                                       "go on.")
                                  .arg(user));
    // Wide enough that the words wrap into a few lines, not a column; the
    // dialog grows with the error line rather than cutting it.
    m_ui->text->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    m_password = m_ui->unlockPassword;
    m_password->setAccessibleName(UiTr::tr("Password of %1").arg(user));
    m_error = m_ui->unlockError;
    m_error->clear();
    auto *unlock = m_ui->buttons->addButton(UiTr::tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    auto *another = m_ui->buttons->addButton(UiTr::tr("Sign &out (another user)…"),
                                             QDialogButtonBox::ResetRole);
    another->setObjectName(QStringLiteral("signOut"));
    another->setAutoDefault(false);
    another->setAccessibleDescription(
        UiTr::tr("Ends the session of %1 on this workstation and opens the sign-in for another "
                 "user; unsent work stays in the encrypted cache of %1 and goes to the server "
                 "when they sign in again.")
            .arg(user));
    another->setToolTip(another->accessibleDescription());
    connect(another, &QPushButton::clicked, this, &LockDialog::signOut);
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
        adjustSize(); // the error's every line on the screen
        return;
    }
    accept();
}

void LockDialog::reject() {}

} // namespace Kezek

#include "ui/accessiblenames.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QTextDocumentFragment>

namespace Kezek {

namespace {

// A label's words as a name: no markup, no mnemonic's '&', no colon.
QString asName(const QString &label)
{
    QString text
        = Qt::mightBeRichText(label) ? QTextDocumentFragment::fromHtml(label).toPlainText() : label;
    text.replace(QStringLiteral("&&"), QString(QChar(1)));
    text.remove(u'&');
    text.replace(QChar(1), u'&');
    text = text.trimmed();
    while (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

} // namespace

void AccessibleNames::install()
{
    static QPointer<AccessibleNames> installed;
    if (installed)
        return;
    installed = new AccessibleNames;
    installed->setParent(qApp);
    qApp->installEventFilter(installed);
}

void AccessibleNames::nameViewsByTheirLabels(QWidget *window)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        auto *view = qobject_cast<QAbstractItemView *>(label->buddy());
        if (view && view->accessibleName().isEmpty())
            view->setAccessibleName(asName(label->text()));
    }
}

bool AccessibleNames::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isWindow())
            nameViewsByTheirLabels(widget);
    }
    return false;
}

} // namespace Kezek

#pragma once

#include <QGraphicsScene>
#include <QWidget>

class QGraphicsPixmapItem;
class QGraphicsView;
class QLabel;

namespace Kezek {

// One side of the comparison: a title, the picture in a view that can be
// zoomed, turned and dragged, and a line saying what is (not) shown.
class ScanPane : public QWidget
{
public:
    explicit ScanPane(const QString &title, QWidget *parent = nullptr);

    QGraphicsView *view() const { return m_view; }
    bool hasPicture() const { return m_item != nullptr; }
    // The scan shown: a picture, or a PDF's first page; false (and said
    // on the pane) when it is neither.
    bool show(const QByteArray &bytes);
    // Nothing shown, and why.
    void say(const QString &text);
    QSize pictureSize() const;

private:
    QGraphicsScene m_scene;
    QGraphicsView *m_view = nullptr;
    QGraphicsPixmapItem *m_item = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Kezek

#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QDropEvent;
class QMimeData;
class QPushButton;

namespace InvoiceDash {

// The "drop invoices here" area of the main window. Accepts local files and
// folders by drag and drop and offers "Open files…", "Open folder…" and, while
// the list is empty, a "Try with sample invoices" link. It only reports what
// the user asked for; MainWindow hands the paths to the pipeline.
//
// Compact mode (once there are results) shrinks it to one line.
class DropZone : public QFrame
{
    Q_OBJECT

public:
    explicit DropZone(QWidget *parent = nullptr);

    [[nodiscard]] bool isCompact() const { return m_compact; }
    void setCompact(bool compact);

    // Local file and folder paths among the mime data's urls (non-local urls
    // are ignored), in order, without duplicates.
    [[nodiscard]] static QStringList localPaths(const QMimeData *mimeData);
    // The drag or drop's local paths; accepts it as a copy when there are
    // any, ignores it otherwise. Shared by every widget that takes drops.
    static QStringList acceptLocalPaths(QDropEvent *event);

Q_SIGNALS:
    void pathsDropped(const QStringList &paths);
    void openFilesRequested();
    void openFolderRequested();
    void sampleInvoicesRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setHovered(bool hovered);
    void updateTexts();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_sampleLink = nullptr;
    QPushButton *m_openFiles = nullptr;
    QPushButton *m_openFolder = nullptr;
    bool m_compact = false;
    bool m_hovered = false;
};

} // namespace InvoiceDash

#include "dropzone.h"

#include "appicon.h"
#include "common/logging.h"
#include "ingest/filecollector.h"

#include <QBoxLayout>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSet>
#include <QUrl>

namespace InvoiceDash {

namespace {
constexpr int FullIconSize = 56;
constexpr int CompactIconSize = 24;
} // namespace

DropZone::DropZone(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_title(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_sampleLink(new QLabel(this)),
      m_openFiles(new QPushButton(tr("Open Files\u2026"), this)),
      m_openFolder(new QPushButton(tr("Open Folder\u2026"), this))
{
    setObjectName(QStringLiteral("dropZone"));
    setAcceptDrops(true);
    setAccessibleName(tr("Drop zone for invoice images"));

    m_icon->setObjectName(QStringLiteral("dropZoneIcon"));
    m_title->setObjectName(QStringLiteral("dropZoneTitle"));
    m_title->setTextFormat(Qt::PlainText);

    m_hint->setObjectName(QStringLiteral("dropZoneHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_sampleLink->setObjectName(QStringLiteral("sampleLink"));
    m_sampleLink->setTextFormat(Qt::RichText);
    m_sampleLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
    m_sampleLink->setText(tr("No invoices at hand? <a href=\"#samples\">Try with sample "
                             "invoices</a>"));
    connect(m_sampleLink, &QLabel::linkActivated, this, &DropZone::sampleInvoicesRequested);

    m_openFiles->setObjectName(QStringLiteral("openFilesButton"));
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFiles->setDefault(true);
    connect(m_openFiles, &QPushButton::clicked, this, &DropZone::openFilesRequested);
    connect(m_openFolder, &QPushButton::clicked, this, &DropZone::openFolderRequested);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_openFiles);
    buttons->addWidget(m_openFolder);

    // One box layout serves both modes: vertical and centred when full,
    // horizontal (icon, text ... buttons) when compact.
    auto *layout = new QBoxLayout(QBoxLayout::TopToBottom, this);
    layout->addStretch(1);           // 0
    layout->addWidget(m_icon);       // 1
    layout->addWidget(m_title);      // 2
    layout->addWidget(m_hint);       // 3
    layout->addLayout(buttons);      // 4
    layout->addWidget(m_sampleLink); // 5
    layout->addStretch(1);           // 6

    setCompact(false);
}

void DropZone::setCompact(bool compact)
{
    m_compact = compact;
    auto *layout = static_cast<QBoxLayout *>(this->layout());
    if (compact) {
        layout->setDirection(QBoxLayout::LeftToRight);
        layout->setContentsMargins(14, 8, 10, 8);
        layout->setSpacing(10);
        layout->setStretch(0, 0);
        layout->setStretch(2, 1);
        layout->setStretch(6, 0);
        for (QWidget *widget : {m_icon, m_title})
            layout->setAlignment(widget, Qt::AlignLeft | Qt::AlignVCenter);
        layout->itemAt(4)->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    } else {
        layout->setDirection(QBoxLayout::TopToBottom);
        layout->setContentsMargins(24, 24, 24, 24);
        layout->setSpacing(10);
        layout->setStretch(0, 1);
        layout->setStretch(2, 0);
        layout->setStretch(6, 1);
        for (QWidget *widget : {m_icon, m_title, m_hint, m_sampleLink})
            layout->setAlignment(widget, Qt::AlignHCenter);
        layout->itemAt(4)->setAlignment(Qt::AlignHCenter);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    }
    m_hint->setVisible(!compact);
    m_sampleLink->setVisible(!compact);
    updateTexts();
    layout->invalidate();
    updateGeometry();
    update();
}

void DropZone::updateTexts()
{
    const int iconSize = m_compact ? CompactIconSize : FullIconSize;
    m_icon->setPixmap(appIcon().pixmap(iconSize));
    m_icon->setFixedSize(iconSize, iconSize);
    // Big and bold as the empty window's call to action, plain text once compact.
    QFont titleFont = font();
    if (!m_compact) {
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
        titleFont.setWeight(QFont::DemiBold);
    }
    m_title->setFont(titleFont);
    m_title->setText(m_compact ? tr("Drop more invoice images or folders here")
                               : tr("Drop invoice images or folders here"));
    m_hint->setText(tr("%1 images. Folders are searched recursively.")
                        .arg(FileCollector::supportedFormatsText()));
}

QStringList DropZone::localPaths(const QMimeData *mimeData)
{
    QStringList paths;
    if (!mimeData || !mimeData->hasUrls())
        return paths;
    QSet<QString> seen;
    const QList<QUrl> urls = mimeData->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        QString path = url.toLocalFile();
        // File managers send folders with a trailing slash.
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (path.isEmpty() || seen.contains(path))
            continue;
        seen.insert(path);
        paths.append(path);
    }
    return paths;
}

QStringList DropZone::acceptLocalPaths(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return paths;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    return paths;
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (!acceptLocalPaths(event).isEmpty())
        setHovered(true);
}

void DropZone::dragMoveEvent(QDragMoveEvent *event)
{
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void DropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHovered(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent *event)
{
    setHovered(false);
    const QStringList paths = acceptLocalPaths(event);
    if (paths.isEmpty())
        return;
    qCDebug(lcUi) << "Dropped" << paths.size() << "paths";
    Q_EMIT pathsDropped(paths);
}

void DropZone::setHovered(bool hovered)
{
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
}

void DropZone::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
}

void DropZone::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QPalette &pal = palette();
    const QColor accent = pal.color(QPalette::Highlight);
    QColor fill = m_hovered ? accent : pal.color(QPalette::Text);
    fill.setAlpha(m_hovered ? 34 : 8);
    QColor border = m_hovered ? accent : pal.color(QPalette::Text);
    if (!m_hovered)
        border.setAlpha(70);

    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(box, 10, 10);
    painter.fillPath(path, fill);
    QPen pen(border, m_hovered ? 2 : 1.3, Qt::DashLine);
    pen.setDashPattern({5, 4});
    painter.setPen(pen);
    painter.drawPath(path);
}

} // namespace InvoiceDash

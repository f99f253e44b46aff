#include "messagebanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace InvoiceDash {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageBannerClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u00d7"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    m_action->setObjectName(QStringLiteral("messageBannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide(); // not dismissed(): the user chose the action, the handler may show more
        Q_EMIT actionTriggered();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::showMessageWithAction(const QString &text, Kind kind, const QString &actionText)
{
    showMessage(text, kind);
    m_action->setText(actionText);
    m_action->show();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    if (!isHidden())
        Q_EMIT replaced();
    m_action->hide();
    m_kind = kind;
    m_text->setText(text);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxWarning;
    if (kind == Kind::Information)
        pixmap = QStyle::SP_MessageBoxInformation;
    else if (kind == Kind::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(20));
    setAccessibleDescription(text);
    show();
    update();
}

void MessageBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QColor MessageBanner::color() const
{
    switch (m_kind) {
    case Kind::Information:
        return {0x1f, 0x6f, 0xeb};
    case Kind::Warning:
        return {0xd2, 0x99, 0x22};
    case Kind::Error:
        return {0xcf, 0x22, 0x2e};
    }
    return {};
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    QColor fill = color();
    fill.setAlpha(38);
    QColor border = color();
    border.setAlpha(150);
    painter.fillPath(path, fill);
    painter.setPen(QPen(border, 1));
    painter.drawPath(path);
}

} // namespace InvoiceDash

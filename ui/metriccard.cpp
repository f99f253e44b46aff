#include "metriccard.h"

#include "overlaystyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace InvoiceDash {

MetricCard::MetricCard(const QString &name, const QString &title, const QString &unit,
                       QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(title, this)),
      m_value(new QLabel(QStringLiteral("\u2013"), this)),
      m_unit(new QLabel(unit, this))
{
    setObjectName(name + QStringLiteral("Card"));
    m_title->setObjectName(name + QStringLiteral("Title"));
    m_value->setObjectName(name + QStringLiteral("Value"));
    m_unit->setObjectName(name + QStringLiteral("Unit"));

    // Styled by the overlay's style sheet through these properties.
    m_title->setProperty("role", QStringLiteral("cardTitle"));
    m_value->setProperty("role", QStringLiteral("cardValue"));
    m_unit->setProperty("role", QStringLiteral("cardUnit"));

    m_value->setTextFormat(Qt::PlainText);
    m_unit->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);

    auto *valueRow = new QHBoxLayout;
    valueRow->setContentsMargins(0, 0, 0, 0);
    valueRow->setSpacing(4);
    valueRow->addWidget(m_value, 0, Qt::AlignBaseline);
    valueRow->addWidget(m_unit, 0, Qt::AlignBaseline);
    valueRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addLayout(valueRow);

    setAccessibleName(title);
    setAttribute(Qt::WA_TranslucentBackground);
}

QString MetricCard::title() const
{
    return m_title->text();
}

QString MetricCard::value() const
{
    return m_value->text();
}

QString MetricCard::unit() const
{
    return m_unit->text();
}

void MetricCard::setValue(const QString &value)
{
    m_value->setText(value);
    setAccessibleDescription(value + QLatin1Char(' ') + m_unit->text());
}

void MetricCard::setUnit(const QString &unit)
{
    m_unit->setText(unit);
    m_unit->setVisible(!unit.isEmpty());
}

void MetricCard::setAccent(const QColor &color)
{
    m_accent = color;
    update();
}

void MetricCard::setAlertLevel(AlertLevel level)
{
    if (level == m_alert)
        return;
    m_alert = level;
    OverlayStyle::setStyleProperty(m_value, "tone",
                                   level == AlertLevel::Critical      ? QStringLiteral("error")
                                       : level == AlertLevel::Warning ? QStringLiteral("warning")
                                                                      : QString());
    update();
}

void MetricCard::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QPainterPath path = OverlayStyle::tilePath(rect());
    if (m_alert == AlertLevel::Normal) {
        painter.fillPath(path, OverlayStyle::theme().cardFill);
        painter.setPen(QPen(OverlayStyle::theme().cardBorder, 1));
    } else {
        // Beyond a threshold: a tinted tile with a clear border in the alert colour.
        const QColor alert
            = m_alert == AlertLevel::Critical ? OverlayStyle::AccentRed : OverlayStyle::AccentAmber;
        QColor fill = alert;
        fill.setAlpha(52);
        painter.fillPath(path, fill);
        QColor border = alert;
        border.setAlpha(200);
        painter.setPen(QPen(border, 1.5));
    }
    painter.drawPath(path);

    // A short accent bar in front of the title ties the card to its sparkline
    // colour and makes the four tiles easy to tell apart.
    const QRect titleRect = m_title->geometry();
    const QRectF bar(5.5, titleRect.top() + 2, 3, titleRect.height() - 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_accent);
    painter.drawRoundedRect(bar, 1.5, 1.5);
}

} // namespace InvoiceDash

#include "teamstatusbar.h"

#include "numberformat.h"
#include "overlaystyle.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace InvoiceDash {

// A one-line label that takes the width it is given instead of widening the
// overlay: it paints its text elided and then shows it in full as a tooltip
// (followed by `details`, which is always in the tooltip). text() stays the
// full text.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent) : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

    void setTexts(const QString &text, const QString &details)
    {
        m_details = details;
        setText(text);
        updateToolTip();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        Q_UNUSED(event)
        QPainter painter(this);
        const QRect area = contentsRect();
        style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(),
                              fontMetrics().elidedText(text(), Qt::ElideRight, area.width()),
                              foregroundRole());
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        updateToolTip();
    }

private:
    void updateToolTip()
    {
        const bool elided = fontMetrics().horizontalAdvance(text()) > contentsRect().width();
        QStringList parts;
        if (elided)
            parts << text();
        if (!m_details.isEmpty())
            parts << m_details;
        setToolTip(parts.join(QLatin1Char('\n')));
    }

    QString m_details;
};

namespace {

constexpr int TickMs = 1000;

ElidedLabel *makeElidedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new ElidedLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("footer"));
    return label;
}

QString toneName(StatusDot::Tone tone)
{
    switch (tone) {
    case StatusDot::Tone::Warning:
        return QStringLiteral("warning");
    case StatusDot::Tone::Error:
        return QStringLiteral("error");
    case StatusDot::Tone::Idle:
    case StatusDot::Tone::Live:
        break;
    }
    return {};
}

} // namespace

TeamStatusBar::TeamStatusBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("teamStatusBar"));
    m_badge = new StatusDot(this);
    m_badge->setObjectName(QStringLiteral("connectionBadge"));
    m_connection = makeElidedLabel(QStringLiteral("connectionLabel"), this);
    m_desktops = makeElidedLabel(QStringLiteral("desktopsLabel"), this);
    m_age = OverlayStyle::makeLabel(QStringLiteral("ageLabel"), QStringLiteral("footer"), this);
    m_age->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(6);
    top->addWidget(m_badge, 0, Qt::AlignVCenter);
    top->addWidget(m_connection, 1);
    top->addSpacing(6);
    top->addWidget(m_age);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addWidget(m_desktops);

    m_ticker.setObjectName(QStringLiteral("teamAgeTimer"));
    m_ticker.setParent(this); // findable by tests; still a member
    m_ticker.setInterval(TickMs);
    connect(&m_ticker, &QTimer::timeout, this, &TeamStatusBar::refresh);

    setClock({});
    m_desktops->setTexts(QString(), QString());
    refresh();
}

void TeamStatusBar::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&QDateTime::currentMSecsSinceEpoch);
}

qint64 TeamStatusBar::now() const
{
    return m_clock();
}

void TeamStatusBar::setConnectionStatus(const ConnectionStatus &status)
{
    m_status = status;
    m_statusAt = now();
    m_badge->setTone(toneFor(status.state));
    refresh();
}

void TeamStatusBar::setTeamMetrics(const Protocol::TeamMetrics &team)
{
    m_receivedAt = now();
    const MetricsSnapshot &m = team.metrics;

    QStringList parts;
    parts << (team.publishers == 1
                  ? tr("1 desktop connected")
                  : tr("%n desktops connected", "publishing desktops", team.publishers));
    if (m.failed > 0)
        parts << tr("%n failed", nullptr, m.failed);
    if (m.total > 0)
        parts << tr("p95 %1 ms").arg(NumberFormat::metric(double(m.p95Latency)));
    m_desktops->setTexts(parts.join(QStringLiteral(" \u00b7 ")),
                         tr("%1 publishing, %2 viewing; %3 invoices today (server time)")
                             .arg(team.publishers)
                             .arg(team.viewers)
                             .arg(NumberFormat::count(team.todayTotal)));
    refresh();
}

std::optional<qint64> TeamStatusBar::ageMs() const
{
    if (!m_receivedAt)
        return std::nullopt;
    return std::max<qint64>(0, now() - *m_receivedAt); // a clock set back reads as fresh
}

bool TeamStatusBar::isStale() const
{
    const std::optional<qint64> age = ageMs();
    return age && *age >= StaleAfterMs;
}

StatusDot::Tone TeamStatusBar::toneFor(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        return StatusDot::Tone::Live;
    case ConnectionState::Connecting:
    case ConnectionState::Disconnected:
        return StatusDot::Tone::Warning;
    case ConnectionState::Error:
        return StatusDot::Tone::Error;
    case ConnectionState::Disabled:
        break;
    }
    return StatusDot::Tone::Idle;
}

StatusDot::Tone TeamStatusBar::tone() const
{
    const StatusDot::Tone badge = toneFor(m_status.state);
    return badge == StatusDot::Tone::Live && isStale() ? StatusDot::Tone::Warning : badge;
}

void TeamStatusBar::setTicking(bool ticking)
{
    if (ticking == m_ticker.isActive())
        return;
    if (ticking) {
        refresh(); // the texts may be old: nothing refreshed them while hidden
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
}

void TeamStatusBar::refresh()
{
    updateConnectionText();
    updateAgeText();
    emitToneIfChanged();
}

QString TeamStatusBar::durationText(qint64 ms) const
{
    const qint64 seconds = ms / 1000;
    if (seconds < 120)
        return tr("%1 s", "seconds").arg(seconds);
    if (seconds < 2 * 3600)
        return tr("%1 min", "minutes").arg(seconds / 60);
    return tr("%1 h", "hours").arg(seconds / 3600);
}

void TeamStatusBar::updateConnectionText()
{
    QString text;
    QStringList details;
    if (!m_status.reason.isEmpty() && m_status.state != ConnectionState::Error)
        details << m_status.reason; // an error shows its reason in the text

    switch (m_status.state) {
    case ConnectionState::Connected:
        text = tr("Connected");
        break;
    case ConnectionState::Connecting:
    case ConnectionState::Disconnected: {
        text = m_status.state == ConnectionState::Connecting ? tr("Connecting\u2026")
                                                             : tr("Disconnected");
        if (m_status.nextRetryInMs > 0) {
            const qint64 left = m_status.nextRetryInMs - std::max<qint64>(0, now() - m_statusAt);
            text = left > 0 ? tr("%1 \u2014 retrying in %2 s").arg(text).arg((left + 999) / 1000)
                            : tr("%1 \u2014 retrying\u2026").arg(text);
        }
        break;
    }
    case ConnectionState::Error:
        text = m_status.reason.isEmpty() ? tr("Error \u2014 not connected")
                                         : tr("Error \u2014 %1").arg(m_status.reason);
        break;
    case ConnectionState::Disabled:
        text = tr("Team server not set up \u2014 Edit \u2192 Preferences");
        break;
    }
    if (m_status.pendingMetrics > 0)
        details << tr("%n metrics waiting to be sent", nullptr, m_status.pendingMetrics);

    m_connection->setTexts(text, details.join(QLatin1Char('\n')));
    OverlayStyle::setStyleProperty(
        m_connection, "tone",
        m_status.state == ConnectionState::Error ? toneName(StatusDot::Tone::Error) : QString());
}

void TeamStatusBar::updateAgeText()
{
    const std::optional<qint64> age = ageMs();
    if (!age) {
        m_age->clear();
        m_age->setToolTip(QString());
        OverlayStyle::setStyleProperty(m_age, "tone", QString());
        return;
    }
    const bool stale = *age >= StaleAfterMs;
    if (stale)
        m_age->setText(tr("stale \u2014 no update for %1").arg(durationText(*age)));
    else if (*age < 1000)
        m_age->setText(tr("updated just now"));
    else
        m_age->setText(tr("updated %1 ago").arg(durationText(*age)));
    m_age->setToolTip(
        stale ? tr("The team server has sent nothing for %1; the numbers may be out of date.")
                    .arg(durationText(*age))
              : QString());
    OverlayStyle::setStyleProperty(m_age, "tone",
                                   stale ? toneName(StatusDot::Tone::Warning) : QString());
}

void TeamStatusBar::emitToneIfChanged()
{
    const StatusDot::Tone current = tone();
    if (current != m_lastTone) {
        m_lastTone = current;
        Q_EMIT toneChanged(current);
    }
}

} // namespace InvoiceDash

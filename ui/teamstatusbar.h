#pragma once

#include "net/connectionstate.h"
#include "net/protocol.h"
#include "statusdot.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;

namespace InvoiceDash {

class ElidedLabel;

// The footer of the overlay's team view: how the link to the team server is
// doing and how fresh the team numbers are.
//
//   (•) Connected                              updated 3 s ago
//   3 desktops connected · 1 failed · p95 1500 ms
//
// The badge is green when connected, amber while connecting or reconnecting
// (with a "retrying in N s" countdown), red on an error (with its reason) and
// grey when no team server is set up. The age is measured on this desktop's
// clock from the moment an update arrived, so a server with a skewed clock
// cannot make it look fresh; after StaleAfterMs without an update it turns
// into an amber "stale — no update for N s". Long texts are elided and shown
// in full in their tooltip.
//
// The clock is injectable so tests need not wait. refresh() recomputes the
// time-dependent texts; setTicking(true) calls it every second (the overlay
// does so only while the team view is on screen).
//
// Object names: "connectionBadge" (StatusDot), "connectionLabel", "ageLabel",
// "desktopsLabel", "teamAgeTimer".
class TeamStatusBar : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // ms since the epoch
    static constexpr qint64 StaleAfterMs = 15'000;

    explicit TeamStatusBar(QWidget *parent = nullptr);

    // Defaults to QDateTime::currentMSecsSinceEpoch; an empty function restores it.
    void setClock(Clock clock);

    void setConnectionStatus(const ConnectionStatus &status);
    [[nodiscard]] ConnectionStatus connectionStatus() const { return m_status; }

    // Records the arrival time of an update and shows its counts.
    void setTeamMetrics(const Protocol::TeamMetrics &team);
    [[nodiscard]] bool hasUpdate() const { return m_receivedAt.has_value(); }
    // Since the last update arrived; nullopt before the first.
    [[nodiscard]] std::optional<qint64> ageMs() const;
    [[nodiscard]] bool isStale() const;

    // The badge: the connection state alone.
    [[nodiscard]] static StatusDot::Tone toneFor(ConnectionState state);
    // The overall light: the badge, but amber when connected and stale.
    [[nodiscard]] StatusDot::Tone tone() const;

    void setTicking(bool ticking);
    [[nodiscard]] bool isTicking() const { return m_ticker.isActive(); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // tone() changed, e.g. an update arrived or the numbers went stale.
    void toneChanged(InvoiceDash::StatusDot::Tone tone);

private:
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] QString durationText(qint64 ms) const;
    void updateConnectionText();
    void updateAgeText();
    void emitToneIfChanged();

    StatusDot *m_badge = nullptr;
    ElidedLabel *m_connection = nullptr;
    QLabel *m_age = nullptr;
    ElidedLabel *m_desktops = nullptr;

    Clock m_clock;
    QTimer m_ticker;
    ConnectionStatus m_status;
    qint64 m_statusAt = 0;              // clock when m_status arrived
    std::optional<qint64> m_receivedAt; // clock when the last update arrived
    StatusDot::Tone m_lastTone = StatusDot::Tone::Idle;
};

} // namespace InvoiceDash

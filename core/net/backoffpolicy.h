#pragma once

#include <QtGlobal>

#include <functional>

namespace InvoiceDash {

struct BackoffOptions
{
    qint64 baseMs = 500;
    qint64 capMs = 20'000;
    qint64 floorMs = 500;
    qint64 stableAfterMs = 10'000; // a connection up this long resets the attempts
};

// Reconnect delays: exponential backoff with full jitter.
//
// The delay before attempt n (0-based) is a uniform random value in
// [0, min(cap, base * 2^n)], raised to the floor, so it lies in
// [floor, min(cap, base * 2^n)]. Full jitter spreads a whole team's
// desktops after a server restart instead of reconnecting them in waves.
// After a connection that stayed up for stableAfterMs the next loss starts
// again from attempt 0.
//
// The random source and the clock are injectable so tests check exact delays.
class BackoffPolicy
{
public:
    using RandomSource = std::function<double()>; // uniform in [0, 1)
    using Clock = std::function<qint64()>;        // monotonic ms

    using Options = BackoffOptions;

    // Empty functions mean QRandomGenerator::global() and a steady clock.
    explicit BackoffPolicy(Options options = {}, RandomSource random = {}, Clock clock = {});

    [[nodiscard]] const Options &options() const { return m_options; }

    // The upper bound of attempt `attempt`'s delay: min(cap, base * 2^attempt).
    [[nodiscard]] qint64 ceilingMs(int attempt) const;

    // The delay before the next attempt; advances the attempt counter.
    [[nodiscard]] qint64 nextDelayMs();

    // Attempts made since the last reset (the exponent of the next delay).
    [[nodiscard]] int attempt() const { return m_attempt; }

    // A connection came up (the server's hello). Remembers when.
    void markConnected();
    // The connection went down. Resets when it had been up for stableAfterMs.
    void markDisconnected();
    void reset();

private:
    Options m_options;
    RandomSource m_random;
    Clock m_clock;
    int m_attempt = 0;
    qint64 m_connectedAtMs = -1;
};

} // namespace InvoiceDash

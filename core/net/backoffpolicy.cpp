#include "backoffpolicy.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace InvoiceDash {

BackoffPolicy::BackoffPolicy(Options options, RandomSource random, Clock clock)
    : m_options(options), m_random(std::move(random)), m_clock(std::move(clock))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    if (!m_clock) {
        m_clock = [] {
            static const QElapsedTimer started = [] {
                QElapsedTimer timer;
                timer.start();
                return timer;
            }();
            return started.elapsed();
        };
    }
}

qint64 BackoffPolicy::ceilingMs(int attempt) const
{
    // 2^30 * base overflows nothing in qint64 and is far above any cap.
    const int exponent = std::clamp(attempt, 0, 30);
    const qint64 exponential = m_options.baseMs * (qint64(1) << exponent);
    return std::max(m_options.floorMs, std::min(m_options.capMs, exponential));
}

qint64 BackoffPolicy::nextDelayMs()
{
    const qint64 ceiling = ceilingMs(m_attempt);
    ++m_attempt;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const auto jittered = qint64(std::floor(r * double(ceiling)));
    return std::clamp(jittered, m_options.floorMs, ceiling);
}

void BackoffPolicy::markConnected()
{
    m_connectedAtMs = m_clock();
}

void BackoffPolicy::markDisconnected()
{
    if (m_connectedAtMs >= 0 && m_clock() - m_connectedAtMs >= m_options.stableAfterMs)
        m_attempt = 0;
    m_connectedAtMs = -1;
}

void BackoffPolicy::reset()
{
    m_attempt = 0;
    m_connectedAtMs = -1;
}

} // namespace InvoiceDash

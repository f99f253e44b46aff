#pragma once

#include <atomic>

namespace InvoiceDash {

// Shared between the pipeline and its workers; once cancelled, stays cancelled.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

} // namespace InvoiceDash

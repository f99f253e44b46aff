#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace InvoiceDash {

// Runs `handler(result)` on `context`'s thread when `future` has finished,
// unless `context` was destroyed first (the watcher is its child and goes
// with it). Use it instead of QFuture::then(context, ...), which in Qt 6.4
// still runs the continuation when the context object is gone (and asserts
// in Debug builds): a dialog closed while its page loads, a tab while its
// chart data does.
template<typename T, typename Handler>
void whenFinished(QObject *context, QFuture<T> future, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         handler(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace InvoiceDash

// whenFinished: the handler runs on the context's thread with the result,
// and not at all when the context is destroyed first.
#include "common/futures.h"

#include <QPromise>
#include <QTest>
#include <QThread>

#include <memory>
#include <thread>

using namespace InvoiceDash;

class TstFutures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handlerGetsTheResultOnTheContextsThread();
    void destroyedContextDropsTheResult();
};

void TstFutures::handlerGetsTheResultOnTheContextsThread()
{
    QObject context;
    QThread *ranOn = nullptr;
    int received = 0;
    QPromise<int> promise;
    whenFinished(&context, promise.future(), [&](int value) {
        ranOn = QThread::currentThread();
        received = value;
    });
    std::thread worker([&promise] {
        promise.start();
        promise.addResult(42);
        promise.finish();
    });
    worker.join();
    QCOMPARE(received, 0); // not before the event loop delivers it
    QTRY_COMPARE(received, 42);
    QCOMPARE(ranOn, QThread::currentThread());
}

void TstFutures::destroyedContextDropsTheResult()
{
    auto context = std::make_unique<QObject>();
    bool called = false;
    QPromise<int> promise;
    whenFinished(context.get(), promise.future(), [&called](int) { called = true; });
    context.reset(); // e.g. the dialog was closed
    promise.start();
    promise.addResult(7);
    promise.finish();
    QTest::qWait(50);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TstFutures)
#include "tst_futures.moc"

#include <QTest>
class Tstmetricsaggregator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QFAIL("test not written yet"); }
};
QTEST_GUILESS_MAIN(Tstmetricsaggregator)
#include "tst_metricsaggregator.moc"

#include <QTest>
class Tstpipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QFAIL("test not written yet"); }
};
QTEST_GUILESS_MAIN(Tstpipeline)
#include "tst_pipeline.moc"

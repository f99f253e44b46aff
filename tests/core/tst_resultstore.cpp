#include <QTest>
class Tstresultstore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QFAIL("test not written yet"); }
};
QTEST_GUILESS_MAIN(Tstresultstore)
#include "tst_resultstore.moc"

#include <QTest>
class Tstfilecollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QFAIL("test not written yet"); }
};
QTEST_GUILESS_MAIN(Tstfilecollector)
#include "tst_filecollector.moc"

#include <QTest>
class Tstmainwindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QFAIL("test not written yet"); }
};
QTEST_MAIN(Tstmainwindow)
#include "tst_mainwindow.moc"

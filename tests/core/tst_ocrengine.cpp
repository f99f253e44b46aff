#include <QTest>
class Tstocrengine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QFAIL("test not written yet"); }
};
QTEST_GUILESS_MAIN(Tstocrengine)
#include "tst_ocrengine.moc"

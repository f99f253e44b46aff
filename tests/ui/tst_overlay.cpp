#include <QTest>
class Tstoverlay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QFAIL("test not written yet"); }
};
QTEST_MAIN(Tstoverlay)
#include "tst_overlay.moc"

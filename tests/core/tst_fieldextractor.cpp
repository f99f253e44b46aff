#include <QTest>
class Tstfieldextractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QFAIL("test not written yet"); }
};
QTEST_GUILESS_MAIN(Tstfieldextractor)
#include "tst_fieldextractor.moc"

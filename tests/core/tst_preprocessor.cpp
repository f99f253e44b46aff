#include <QTest>
class Tstpreprocessor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QFAIL("test not written yet"); }
};
QTEST_GUILESS_MAIN(Tstpreprocessor)
#include "tst_preprocessor.moc"

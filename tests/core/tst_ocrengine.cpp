#include "ocr/ocrengine.h"
#include "preprocess/preprocessor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <latch>
#include <thread>

using namespace InvoiceDash;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(INVOICEDASH_TEST_DATA_DIR "/") + name;
}

QString invoiceNumberOf(const QString &stem)
{
    QFile file(dataFile(stem + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("fields"))
        .toObject()
        .value(QStringLiteral("invoice_number"))
        .toString();
}

int dpiOf(const QImage &image)
{
    return qRound(image.dotsPerMeterX() * 0.0254);
}

// Restores an environment variable when the test leaves its scope.
class EnvScope
{
public:
    explicit EnvScope(const char *name)
        : m_name(name), m_wasSet(qEnvironmentVariableIsSet(name)), m_value(qgetenv(name))
    {
    }
    ~EnvScope()
    {
        if (m_wasSet)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }
    EnvScope(const EnvScope &) = delete;
    EnvScope &operator=(const EnvScope &) = delete;

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_value;
};

} // namespace

class TstOcrEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void recognizesCorpusPage_data();
    void recognizesCorpusPage();

    void reportsMissingLanguageData_data();
    void reportsMissingLanguageData();
    void resolvesTessdataPath();
    void refusesToRecognizeBeforeInit();
    void rejectsEmptyImage();

    void cancels_data();
    void cancels();

    void reusesOneEnginePerThread();
    void recoversFromBrokenConfig();

    void turnsPagesUpright_data();
    void turnsPagesUpright();

private:
    QImage m_page; // syn_0009, preprocessed
    QString m_pageNumber;
};

void TstOcrEngine::initTestCase()
{
    m_page = Preprocessor().process(QImage(dataFile(QStringLiteral("syn_0009.png"))));
    QVERIFY(!m_page.isNull());
    m_pageNumber = invoiceNumberOf(QStringLiteral("syn_0009"));
    QCOMPARE(m_pageNumber, QStringLiteral("2023/548"));
}

void TstOcrEngine::recognizesCorpusPage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("invoiceNumber");
    for (const QString &stem : {QStringLiteral("syn_0009"), QStringLiteral("syn_0012")})
        QTest::addRow("%s", qPrintable(stem))
            << stem + QStringLiteral(".png") << invoiceNumberOf(stem);
}

void TstOcrEngine::recognizesCorpusPage()
{
    QFETCH(QString, file);
    QFETCH(QString, invoiceNumber);
    QVERIFY(!invoiceNumber.isEmpty());

    // As the pipeline does: preprocess, then recognise at the resulting dpi.
    const QImage page = Preprocessor().process(QImage(dataFile(file)));
    QVERIFY(!page.isNull());

    OcrEngine engine;
    QString error;
    QVERIFY2(engine.init(&error), qPrintable(error));
    QVERIFY(engine.isReady());

    OcrResult result;
    QVERIFY2(engine.recognize(page, dpiOf(page), &result, {}, &error), qPrintable(error));
    QVERIFY(!result.cancelled);
    QVERIFY2(result.text.contains(invoiceNumber), qPrintable(result.text));
    QVERIFY2(result.meanConfidence > 50 && result.meanConfidence <= 100,
             qPrintable(QString::number(result.meanConfidence)));

    QVERIFY(result.words.size() > 20);
    bool numberIsAWord = false;
    int lastLine = 0;
    for (const OcrWord &word : std::as_const(result.words)) {
        QVERIFY(!word.text.isEmpty());
        QVERIFY2(!word.box.isEmpty() && page.rect().contains(word.box), qPrintable(word.text));
        QVERIFY(word.confidence >= 0 && word.confidence <= 100);
        QVERIFY(word.lineIndex >= lastLine); // page-wide, in reading order
        lastLine = word.lineIndex;
        numberIsAWord = numberIsAWord || word.text == invoiceNumber;
    }
    QVERIFY(numberIsAWord);
    QVERIFY(lastLine >= 10);

    // The engine is reusable: a second page gives the same text.
    OcrResult again;
    QVERIFY(engine.recognize(page, dpiOf(page), &again, {}, &error));
    QCOMPARE(again.text, result.text);
}

void TstOcrEngine::reportsMissingLanguageData_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("emptyFolder");
    QTest::addColumn<QString>("missing");

    QTest::addRow("unknown language") << QStringLiteral("zzz") << false << QStringLiteral("zzz");
    QTest::addRow("second language missing")
        << QStringLiteral("eng+zzz") << false << QStringLiteral("zzz");
    QTest::addRow("empty tessdata folder")
        << QStringLiteral("eng") << true << QStringLiteral("eng");
}

void TstOcrEngine::reportsMissingLanguageData()
{
    QFETCH(QString, language);
    QFETCH(bool, emptyFolder);
    QFETCH(QString, missing);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OcrConfig config;
    config.language = language;
    if (emptyFolder)
        config.tessdataPath = dir.path();
    const QString folder = QDir::toNativeSeparators(OcrEngine::resolveTessdataPath(config));

    OcrEngine engine(config);
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot start OCR: ")));
    QVERIFY(!engine.init(&error));
    QVERIFY(!engine.isReady());
    QVERIFY2(error.startsWith(QStringLiteral("Cannot start OCR: ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1Char('\'') + missing + QLatin1Char('\'')), qPrintable(error));
    QVERIFY2(error.contains(folder), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("TESSDATA_PREFIX")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("tesseract-ocr-") + missing), qPrintable(error));
    QVERIFY2(error.contains(missing + QStringLiteral(".traineddata")), qPrintable(error));
    QVERIFY(error.endsWith(QLatin1Char('.')));
    QCOMPARE(error.count(QStringLiteral(". ")), 0); // one sentence

    QString again;
    QTest::ignoreMessage(QtWarningMsg, error.toUtf8().constData());
    QVERIFY(!OcrEngine::forCurrentThread(config, &again));
    QCOMPARE(again, error);
}

void TstOcrEngine::resolvesTessdataPath()
{
    const EnvScope restore("TESSDATA_PREFIX");
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());

    qunsetenv("TESSDATA_PREFIX");
    const QString system = OcrEngine::resolveTessdataPath({});
    QVERIFY2(QFileInfo::exists(system + QStringLiteral("/eng.traineddata")), qPrintable(system));

    qputenv("TESSDATA_PREFIX", QFile::encodeName(prefix.path()));
    QCOMPARE(OcrEngine::resolveTessdataPath({}), QDir::cleanPath(prefix.path()));

    // Tesseract 3 style: the parent of a tessdata folder.
    QVERIFY(QDir(prefix.path()).mkdir(QStringLiteral("tessdata")));
    const QString nested = prefix.filePath(QStringLiteral("tessdata"));
    QVERIFY(QFile::copy(system + QStringLiteral("/osd.traineddata"),
                        nested + QStringLiteral("/osd.traineddata")));
    QCOMPARE(OcrEngine::resolveTessdataPath({}), QDir::cleanPath(nested));

    OcrConfig explicitPath;
    explicitPath.tessdataPath = system;
    QCOMPARE(OcrEngine::resolveTessdataPath(explicitPath), system);

    // The message names the folder that was actually searched.
    OcrEngine engine;
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot start OCR: ")));
    QVERIFY(!engine.init(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(QDir::cleanPath(nested))), qPrintable(error));
}

void TstOcrEngine::refusesToRecognizeBeforeInit()
{
    OcrEngine engine;
    OcrResult result;
    QString error;
    QVERIFY(!engine.recognize(m_page, 300, &result, {}, &error));
    QVERIFY(!error.isEmpty());
}

void TstOcrEngine::rejectsEmptyImage()
{
    OcrEngine engine;
    QString error;
    QVERIFY2(engine.init(&error), qPrintable(error));
    OcrResult result;
    QVERIFY(!engine.recognize(QImage(), 300, &result, {}, &error));
    QVERIFY(!error.isEmpty());
}

void TstOcrEngine::cancels_data()
{
    QTest::addColumn<int>("trueFromCall"); // isCancelled() returns true from this call on
    QTest::addColumn<bool>("cancelled");

    QTest::addRow("before it starts") << 1 << true;
    // Call 1 is the engine's own check before Tesseract runs; call 3 comes from Tesseract's
    // ETEXT_DESC poll between words, so recognition stops part-way through the page.
    QTest::addRow("from Tesseract's poll") << 3 << true;
    QTest::addRow("never") << 0 << false;
}

void TstOcrEngine::cancels()
{
    QFETCH(int, trueFromCall);
    QFETCH(bool, cancelled);

    OcrEngine engine;
    QString error;
    QVERIFY2(engine.init(&error), qPrintable(error));

    int calls = 0;
    const auto isCancelled = [&] {
        ++calls;
        return trueFromCall > 0 && calls >= trueFromCall;
    };
    OcrResult result;
    QVERIFY2(engine.recognize(m_page, dpiOf(m_page), &result, isCancelled, &error),
             qPrintable(error));
    QCOMPARE(result.cancelled, cancelled);
    if (cancelled) {
        QCOMPARE(calls, trueFromCall); // stops at the first "true"
        QVERIFY(result.words.isEmpty());
        QVERIFY(result.text.isEmpty());
    } else {
        QVERIFY(calls > 10); // polled word by word
        QVERIFY(result.text.contains(m_pageNumber));
    }

    // A cancelled engine is still good for the next page.
    OcrResult next;
    QVERIFY(engine.recognize(
        m_page, dpiOf(m_page), &next, [] { return false; }, &error));
    QVERIFY(!next.cancelled);
    QVERIFY(next.text.contains(m_pageNumber));
}

void TstOcrEngine::reusesOneEnginePerThread()
{
    const OcrConfig config;
    QString error;
    OcrEngine *mine = OcrEngine::forCurrentThread(config, &error);
    QVERIFY2(mine, qPrintable(error));
    QVERIFY(mine->isReady());
    QCOMPARE(OcrEngine::forCurrentThread(config, &error), mine);
    QCOMPARE(OcrEngine::forCurrentThread(config, &error), mine);

    // Two threads alive at the same time get two engines (and not this thread's).
    OcrEngine *first[2] = {};
    OcrEngine *second[2] = {};
    std::latch bothHaveEngines(2);
    auto worker = [&](int i) {
        QString message;
        first[i] = OcrEngine::forCurrentThread(config, &message);
        second[i] = OcrEngine::forCurrentThread(config, &message);
        bothHaveEngines.arrive_and_wait(); // keep the engine alive until both exist
    };
    std::thread a(worker, 0);
    std::thread b(worker, 1);
    a.join();
    b.join();
    QVERIFY(first[0] && first[1]);
    QCOMPARE(second[0], first[0]);
    QCOMPARE(second[1], first[1]);
    QVERIFY(first[0] != first[1]);
    QVERIFY(first[0] != mine && first[1] != mine);

    // A different config replaces this thread's engine.
    OcrConfig other;
    other.tessdataPath = OcrEngine::resolveTessdataPath(config) + QStringLiteral("/");
    OcrEngine *replaced = OcrEngine::forCurrentThread(other, &error);
    QVERIFY2(replaced, qPrintable(error));
    QCOMPARE(replaced->config(), other);
    QCOMPARE(OcrEngine::forCurrentThread(other, &error), replaced);
}

void TstOcrEngine::recoversFromBrokenConfig()
{
    OcrConfig broken;
    broken.language = QStringLiteral("zzz");
    QString error;
    const QRegularExpression warning(QStringLiteral("^Cannot start OCR: no 'zzz'"));
    QTest::ignoreMessage(QtWarningMsg, warning);
    QVERIFY(!OcrEngine::forCurrentThread(broken, &error));
    QVERIFY(error.contains(QStringLiteral("zzz")));
    error.clear();
    QTest::ignoreMessage(QtWarningMsg, warning);
    QVERIFY(!OcrEngine::forCurrentThread(broken, &error)); // tried again, fails the same way
    QVERIFY(error.contains(QStringLiteral("zzz")));

    OcrEngine *engine = OcrEngine::forCurrentThread(OcrConfig{}, &error);
    QVERIFY2(engine, qPrintable(error));
    QVERIFY(engine->isReady());
}

void TstOcrEngine::turnsPagesUpright_data()
{
    QTest::addColumn<int>("turnedClockwise");
    QTest::addRow("upright") << 0;
    QTest::addRow("upside down") << 180;
    QTest::addRow("on its left side") << 270;
}

void TstOcrEngine::turnsPagesUpright()
{
    QFETCH(int, turnedClockwise);
    const QImage turned = m_page.transformed(QTransform().rotate(turnedClockwise));
    QString error;
    OcrEngine *engine = OcrEngine::forCurrentThread({}, &error);
    QVERIFY2(engine, qPrintable(error));
    OcrResult result;
    int degrees = -1;
    QVERIFY2(engine->recognizeUpright(turned, 300, &result, {}, &error, &degrees),
             qPrintable(error));
    QCOMPARE(degrees, turnedClockwise);
    QVERIFY2(result.text.contains(m_pageNumber), qPrintable(result.text.left(300)));
    QVERIFY(result.meanConfidence > OcrEngine::LowConfidence);
}

QTEST_GUILESS_MAIN(TstOcrEngine)
#include "tst_ocrengine.moc"

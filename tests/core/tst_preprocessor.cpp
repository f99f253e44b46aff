#include "preprocess/pageanalysis.h"
#include "preprocess/preprocessor.h"

#include <QFile>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

using namespace InvoiceDash;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(INVOICEDASH_TEST_DATA_DIR "/") + name;
}

QImage loadPage(const QString &name)
{
    QImage image(dataFile(name));
    if (image.isNull())
        qWarning("Cannot load test page %s", qPrintable(dataFile(name)));
    return image;
}

QJsonObject truthOf(const QString &stem)
{
    QFile file(dataFile(stem + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

int dpiOf(const QImage &image)
{
    return qRound(image.dotsPerMeterX() * 0.0254);
}

qint64 countPixels(const QImage &gray, uchar value)
{
    qint64 count = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        count += std::count(line, line + gray.width(), value);
    }
    return count;
}

bool onlyBlackAndWhite(const QImage &gray)
{
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] != 0 && line[x] != 255)
                return false;
        }
    }
    return true;
}

// A 300 dpi page (4 x 5.3 in) of black invoice-like text on white paper, drawn with QPainter.
QImage drawnPage()
{
    QImage canvas(1200, 1600, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(34); // 8 pt at 300 dpi
        painter.setFont(font);
        painter.setPen(Qt::black);
        for (int line = 0; line < 28; ++line) {
            painter.drawText(90, 140 + line * 48,
                             QStringLiteral("INV-%1  Widget %2  qty 3  x 19.90  = 59.70 EUR")
                                 .arg(2024 + line)
                                 .arg(QChar(u'A' + line % 26)));
        }
    }
    QImage page = canvas.convertToFormat(QImage::Format_Grayscale8);
    page.setDotsPerMeterX(qRound(300 / 0.0254));
    page.setDotsPerMeterY(qRound(300 / 0.0254));
    return page;
}

// Applies `change(y, value)` to every pixel of a copy of `page`.
QImage mapped(const QImage &page, const std::function<int(int, int)> &change)
{
    QImage out = page.copy();
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            line[x] = static_cast<uchar>(std::clamp(change(y, line[x]), 0, 255));
    }
    return out;
}

QImage withGaussianNoise(const QImage &page, double sigma)
{
    std::mt19937 random(61);
    std::normal_distribution<double> noise(0.0, sigma);
    return mapped(page, [&](int, int value) { return int(std::lround(value + noise(random))); });
}

// Dust: about `density` of the pixels become isolated dark specks.
QImage withSpecks(const QImage &page, double density)
{
    std::mt19937 random(62);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    return mapped(page, [&](int, int value) { return chance(random) < density ? 30 : value; });
}

// Lighting that falls from 100% at the top to `bottom` at the bottom of the page.
QImage withLightingGradient(const QImage &page, double bottom)
{
    const double height = page.height() - 1;
    return mapped(page, [&](int y, int value) {
        return int(std::lround(value * (1.0 - (1.0 - bottom) * y / height)));
    });
}

// Evenly lit, but ink and paper squeezed to the grey levels `ink` and `paper`.
QImage withContrast(const QImage &page, int ink, int paper)
{
    return mapped(page, [&](int, int value) { return ink + (paper - ink) * value / 255; });
}

PreprocessOptions onlyDeskew()
{
    PreprocessOptions options;
    options.upscale = false;
    options.denoise = false;
    options.binarize = false;
    return options;
}

} // namespace

class TstPreprocessor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void estimatesKnownSkew_data();
    void estimatesKnownSkew();
    void straightPageIsLeftAlone();
    void recoversRotationOfCorpusPage();
    void neverRotatesBeyondTheBound();
    void blankPageHasNoSkew();

    void upscalesLowResolutionPage();
    void keepsSizeAtTargetDpi();
    void readsOrEstimatesSourceDpi_data();
    void readsOrEstimatesSourceDpi();

    void runsOnlyEnabledSteps_data();
    void runsOnlyEnabledSteps();

    void adaptsToThePage_data();
    void adaptsToThePage();
    void noisyPageBelow200DpiIsNotDenoised();

    void nullImageGivesNullResult();
    void outputIsGrayscale8_data();
    void outputIsGrayscale8();
    void binarizedOutputIsBlackOnWhite();
    void binarizeCopesWithUnevenLighting();
    void honoursStrideOfOddWidthImages();
    void leavesInputUntouched();

private:
    QImage m_straight; // clean 300 dpi A4 page
    QImage m_drawn;    // clean 300 dpi page drawn by drawnPage()
};

void TstPreprocessor::initTestCase()
{
    m_straight = loadPage(QStringLiteral("syn_0026.png"));
    QVERIFY(!m_straight.isNull());
    m_drawn = drawnPage();
    QVERIFY(countPixels(m_drawn, 0) > 10000); // the text was drawn
}

void TstPreprocessor::estimatesKnownSkew_data()
{
    QTest::addColumn<double>("degrees");
    for (const double degrees : {-3.5, -1.2, 0.7, 2.5})
        QTest::addRow("%+.1f deg", degrees) << degrees;
}

void TstPreprocessor::estimatesKnownSkew()
{
    QFETCH(double, degrees);
    const QImage skewed = Preprocessor::rotate(m_straight, degrees);
    QCOMPARE(skewed.size(), m_straight.size());

    const double estimate = Preprocessor::estimateSkewDegrees(skewed, 6.0);
    QVERIFY2(std::abs(estimate - degrees) < 0.3,
             qPrintable(QStringLiteral("estimated %1 for %2").arg(estimate).arg(degrees)));

    // process() must undo it: the result is straight again.
    PreprocessReport report;
    const QImage deskewed = Preprocessor(onlyDeskew()).process(skewed, &report);
    QVERIFY(report.deskewed);
    QCOMPARE(report.skewDegrees, estimate);
    QVERIFY(report.steps.contains(QStringLiteral("deskew")));
    const double residual = Preprocessor::estimateSkewDegrees(deskewed, 6.0);
    QVERIFY2(std::abs(residual) < 0.3, qPrintable(QString::number(residual)));
}

void TstPreprocessor::straightPageIsLeftAlone()
{
    QVERIFY(std::abs(Preprocessor::estimateSkewDegrees(m_straight, 6.0)) < 0.3);

    PreprocessReport report;
    const QImage out = Preprocessor(onlyDeskew()).process(m_straight, &report);
    QVERIFY(!report.deskewed);
    QVERIFY(!report.steps.contains(QStringLiteral("deskew")));
    QCOMPARE(out.size(), m_straight.size());
}

void TstPreprocessor::recoversRotationOfCorpusPage()
{
    // The generator rotated syn_0001 by meta.degradation_params.rotate_deg (counter-clockwise
    // positive, like us): text lines fall to the right, so the estimate is negative.
    const QJsonObject truth = truthOf(QStringLiteral("syn_0001"));
    const double applied = truth.value(QStringLiteral("meta"))
                               .toObject()
                               .value(QStringLiteral("degradation_params"))
                               .toObject()
                               .value(QStringLiteral("rotate_deg"))
                               .toDouble(100.0);
    QVERIFY(std::abs(applied) < 6.0);
    const double estimate
        = Preprocessor::estimateSkewDegrees(loadPage(QStringLiteral("syn_0001.png")), 6.0);
    QVERIFY2(std::abs(estimate - applied) < 0.3,
             qPrintable(QStringLiteral("estimated %1, truth %2").arg(estimate).arg(applied)));
}

void TstPreprocessor::neverRotatesBeyondTheBound()
{
    const QImage skewed = Preprocessor::rotate(m_straight, 9.0);
    QCOMPARE(Preprocessor::estimateSkewDegrees(skewed, 6.0), 0.0);

    PreprocessOptions options = onlyDeskew();
    options.maxDeskewDegrees = 2.0;
    PreprocessReport report;
    (void)Preprocessor(options).process(Preprocessor::rotate(m_straight, 3.0), &report);
    QVERIFY(!report.deskewed);
    QCOMPARE(report.skewDegrees, 0.0);
}

void TstPreprocessor::blankPageHasNoSkew()
{
    QImage blank(1240, 1754, QImage::Format_Grayscale8);
    blank.fill(250);
    QCOMPARE(Preprocessor::estimateSkewDegrees(blank, 6.0), 0.0);
    blank.fill(0);
    QCOMPARE(Preprocessor::estimateSkewDegrees(blank, 6.0), 0.0);
}

void TstPreprocessor::upscalesLowResolutionPage()
{
    const QImage page = loadPage(QStringLiteral("syn_0022.png")); // 150 dpi
    QVERIFY(!page.isNull());
    PreprocessReport report;
    const QImage out = Preprocessor().process(page, &report);
    QCOMPARE(report.sourceDpi, 150);
    QCOMPARE(report.scale, 2.0);
    QCOMPARE(out.size(), page.size() * 2);
    QCOMPARE(dpiOf(out), 300);
    QVERIFY(report.steps.contains(QStringLiteral("upscale")));
}

void TstPreprocessor::keepsSizeAtTargetDpi()
{
    PreprocessReport report;
    const QImage out = Preprocessor().process(m_straight, &report);
    QCOMPARE(report.sourceDpi, 300);
    QCOMPARE(report.scale, 1.0);
    QCOMPARE(out.size(), m_straight.size());
    QCOMPARE(dpiOf(out), 300);
    QVERIFY(!report.steps.contains(QStringLiteral("upscale")));
}

void TstPreprocessor::readsOrEstimatesSourceDpi_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("fileDpi"); // 0: an image made in memory, with Qt's default
    QTest::addColumn<int>("expectedDpi");
    QTest::addColumn<bool>("upscaled");

    QTest::addRow("300 dpi from the file") << QStringLiteral("syn_0026.png") << 300 << 300 << false;
    QTest::addRow("150 dpi from the file") << QStringLiteral("syn_0022.png") << 150 << 150 << true;
    QTest::addRow("200 dpi tag is trusted") << QStringLiteral("syn_0026.png") << 200 << 200 << true;
    // A 2479 px page "at 72 dpi" would be 34 inches wide: the page size wins.
    QTest::addRow("72 dpi tag on an A4 page")
        << QStringLiteral("syn_0026.png") << 72 << 300 << false;
    QTest::addRow("96 dpi tag on an A4 page")
        << QStringLiteral("syn_0022.png") << 96 << 150 << true;
    QTest::addRow("no dpi at all") << QStringLiteral("syn_0022.png") << 0 << 150 << true;
}

void TstPreprocessor::readsOrEstimatesSourceDpi()
{
    QFETCH(QString, file);
    QFETCH(int, fileDpi);
    QFETCH(int, expectedDpi);
    QFETCH(bool, upscaled);

    const QImage loaded = loadPage(file);
    QImage page;
    if (fileDpi > 0) {
        page = loaded.copy();
        page.setDotsPerMeterX(qRound(fileDpi / 0.0254));
        page.setDotsPerMeterY(qRound(fileDpi / 0.0254));
    } else {
        page = QImage(loaded.size(), QImage::Format_Grayscale8); // Qt's default resolution
        for (int y = 0; y < page.height(); ++y)
            std::copy_n(loaded.constScanLine(y), page.width(), page.scanLine(y));
    }

    PreprocessOptions options;
    options.deskew = false;
    options.denoise = false;
    options.binarize = false;
    PreprocessReport report;
    const QImage out = Preprocessor(options).process(page, &report);
    QVERIFY2(std::abs(report.sourceDpi - expectedDpi) <= 3,
             qPrintable(QString::number(report.sourceDpi)));
    QCOMPARE(report.steps.contains(QStringLiteral("upscale")), upscaled);
    const int outDpi = dpiOf(out);
    if (upscaled) {
        QVERIFY2(std::abs(outDpi - 300) <= 3, qPrintable(QString::number(outDpi)));
        QVERIFY(std::abs(out.width() - page.width() * report.scale) <= 1);
    } else {
        QCOMPARE(outDpi, report.sourceDpi);
        QCOMPARE(out.size(), page.size());
    }
}

void TstPreprocessor::runsOnlyEnabledSteps_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("upscale");
    QTest::addColumn<bool>("deskew");
    QTest::addColumn<bool>("denoise");
    QTest::addColumn<bool>("binarize");
    QTest::addColumn<QStringList>("steps");

    const QString rotated = QStringLiteral("syn_0001.png"); // 300 dpi, skewed
    const QString lowRes = QStringLiteral("syn_0022.png");  // 150 dpi, straight
    const QString gray = QStringLiteral("grayscale");
    const QString up = QStringLiteral("upscale");
    const QString desk = QStringLiteral("deskew");
    const QString noise = QStringLiteral("denoise");
    const QString bin = QStringLiteral("binarize");

    const QString norm = QStringLiteral("normalize-background");

    // Not adaptive: every allowed step runs, whatever the page looks like.
    QTest::addRow("all on, skewed page")
        << rotated << true << true << true << true << QStringList{gray, desk, noise, norm, bin};
    QTest::addRow("all on, 150 dpi page")
        << lowRes << true << true << true << true << QStringList{gray, up, noise, norm, bin};
    QTest::addRow("all off") << rotated << false << false << false << false << QStringList{gray};
    QTest::addRow("no upscale") << lowRes << false << true << false << true
                                << QStringList{gray, norm, bin};
    QTest::addRow("no deskew") << rotated << true << false << true << true
                               << QStringList{gray, noise, norm, bin};
    QTest::addRow("no denoise") << rotated << true << true << false << true
                                << QStringList{gray, desk, norm, bin};
    QTest::addRow("no binarize") << rotated << true << true << true << false
                                 << QStringList{gray, desk, noise};
    // A 3x3 median would eat the strokes of a 150 dpi page, so it waits for the upscale.
    QTest::addRow("denoise needs 200 dpi")
        << lowRes << false << false << true << false << QStringList{gray};
}

void TstPreprocessor::runsOnlyEnabledSteps()
{
    QFETCH(QString, file);
    QFETCH(bool, upscale);
    QFETCH(bool, deskew);
    QFETCH(bool, denoise);
    QFETCH(bool, binarize);
    QFETCH(QStringList, steps);

    PreprocessOptions options;
    options.upscale = upscale;
    options.deskew = deskew;
    options.denoise = denoise;
    options.binarize = binarize;
    options.adaptive = false;
    const QImage page = loadPage(file);
    QVERIFY(!page.isNull());

    PreprocessReport report;
    const QImage out = Preprocessor(options).process(page, &report);
    QCOMPARE(report.steps, steps);
    QCOMPARE(out.format(), QImage::Format_Grayscale8);
    QCOMPARE(report.deskewed, steps.contains(QStringLiteral("deskew")));
    if (!deskew)
        QCOMPARE(report.skewDegrees, 0.0);
    if (!upscale) {
        QCOMPARE(report.scale, 1.0);
        QCOMPARE(out.size(), page.size());
    }
    if (steps == QStringList{QStringLiteral("grayscale")})
        QCOMPARE(out, page.convertToFormat(QImage::Format_Grayscale8));
}

void TstPreprocessor::adaptsToThePage_data()
{
    QTest::addColumn<QImage>("page");
    QTest::addColumn<QString>("faults"); // what was done to the clean page
    QTest::addColumn<QStringList>("steps");

    const QString gray = QStringLiteral("grayscale");
    const QString desk = QStringLiteral("deskew");
    const QString noise = QStringLiteral("denoise");
    const QString norm = QStringLiteral("normalize-background");
    const QString bin = QStringLiteral("binarize");

    const QImage clean = drawnPage();
    // A clean page is not normalised. The 3x3 median runs on every page from 200 dpi up: it
    // made clean pages read better too (see Preprocessor::plan()).
    QTest::addRow("clean") << clean << QString() << QStringList{gray, noise, bin};
    QTest::addRow("gaussian noise sigma 10")
        << withGaussianNoise(clean, 10.0) << QStringLiteral("noise")
        << QStringList{gray, noise, bin};
    QTest::addRow("dust specks") << withSpecks(clean, 0.002) << QStringLiteral("specks")
                                 << QStringList{gray, noise, bin};
    QTest::addRow("lighting falls to 55%%")
        << withLightingGradient(clean, 0.55) << QStringLiteral("uneven")
        << QStringList{gray, noise, norm, bin};
    QTest::addRow("evenly lit, ink 110 on paper 200")
        << withContrast(clean, 110, 200) << QStringLiteral("contrast")
        << QStringList{gray, noise, bin};
    QTest::addRow("evenly lit, ink 160 on paper 205")
        << withContrast(clean, 160, 205) << QStringLiteral("contrast")
        << QStringList{gray, noise, norm, bin};
    QTest::addRow("low contrast, lighting falls to 70%%")
        << withLightingGradient(withContrast(clean, 100, 215), 0.7)
        << QStringLiteral("contrast uneven") << QStringList{gray, noise, norm, bin};
    QTest::addRow("rotated 2 degrees") << Preprocessor::rotate(clean, 2.0) << QStringLiteral("skew")
                                       << QStringList{gray, desk, noise, bin};
    QTest::addRow("rotated and noisy")
        << withGaussianNoise(Preprocessor::rotate(clean, -1.5), 8.0) << QStringLiteral("skew noise")
        << QStringList{gray, desk, noise, bin};
}

void TstPreprocessor::adaptsToThePage()
{
    QFETCH(QImage, page);
    QFETCH(QString, faults);
    QFETCH(QStringList, steps);
    const auto has = [&](const char *fault) { return faults.contains(QLatin1String(fault)); };

    // Each measurement rises (or, for contrast, falls) clearly against the clean page when the
    // page has that fault, and stays near the clean page's value when it does not.
    const PageAnalysis clean = analysePage(m_drawn, 6.0);
    const PageAnalysis a = analysePage(page, 6.0);
    const QByteArray shown
        = QString::asprintf("noise %.2f (clean %.2f), specks %.0f (%.0f), unevenness %.3f (%.3f), "
                            "contrast %d (%d), skew %.2f",
                            a.noiseSigma, clean.noiseSigma, a.specksPerMillion,
                            clean.specksPerMillion, a.unevenness, clean.unevenness, a.contrast,
                            clean.contrast, a.skewDegrees)
              .toUtf8();
    const char *m = shown.constData();
    QCOMPARE(a.dpi, 300);
    QVERIFY2(has("noise") ? a.noiseSigma > clean.noiseSigma + 3.0
                          : a.noiseSigma < clean.noiseSigma + 1.0,
             m);
    QVERIFY2(has("specks") ? a.specksPerMillion > clean.specksPerMillion + 500.0
                           : a.specksPerMillion < clean.specksPerMillion + 50.0,
             m);
    QVERIFY2(has("uneven") ? a.unevenness > clean.unevenness + 0.2
                           : a.unevenness < clean.unevenness + 0.05,
             m);
    // (Uneven lighting darkens the median paper level too, so it lowers the global contrast.)
    if (has("contrast") || !has("uneven")) {
        QVERIFY2(has("contrast") ? a.contrast < clean.contrast - 80
                                 : a.contrast > clean.contrast - 30,
                 m);
    }
    QVERIFY2((std::abs(a.skewDegrees) > 1.0) == has("skew"), m);

    PreprocessReport report;
    const QImage out = Preprocessor().process(page, &report);
    QVERIFY2(report.steps == steps, qPrintable(report.steps.join(QLatin1Char(','))));
    QCOMPARE(out.size(), page.size());
    // The report carries the measurements the steps were chosen from.
    QCOMPARE(report.analysis.noiseSigma, a.noiseSigma);
    QCOMPARE(report.analysis.unevenness, a.unevenness);
    QCOMPARE(report.analysis.contrast, a.contrast);
    QCOMPARE(report.skewDegrees, a.skewDegrees);
    QVERIFY(report.analysis.elapsedMs > 0.0);
}

void TstPreprocessor::noisyPageBelow200DpiIsNotDenoised()
{
    // Measured as noisy, but a 3x3 median would erase the strokes of a 150 dpi page.
    QImage noisy = withGaussianNoise(m_drawn, 10.0);
    noisy.setDotsPerMeterX(qRound(150 / 0.0254));
    noisy.setDotsPerMeterY(qRound(150 / 0.0254));
    PreprocessOptions options;
    options.upscale = false;
    PreprocessReport report;
    (void)Preprocessor(options).process(noisy, &report);
    QCOMPARE(report.sourceDpi, 150);
    QVERIFY(report.analysis.noiseSigma > 3.0);
    QVERIFY(!report.steps.contains(QStringLiteral("denoise")));

    // Brought up to 300 dpi first, it is denoised.
    (void)Preprocessor().process(noisy, &report);
    QVERIFY(report.steps.contains(QStringLiteral("upscale")));
    QVERIFY(report.steps.contains(QStringLiteral("denoise")));
}

void TstPreprocessor::nullImageGivesNullResult()
{
    PreprocessReport report;
    report.steps << QStringLiteral("stale");
    report.analysis.noiseSigma = 9.0;
    QVERIFY(Preprocessor().process(QImage(), &report).isNull());
    QVERIFY(report.steps.isEmpty());
    QCOMPARE(report.analysis.noiseSigma, 0.0);
    QVERIFY(Preprocessor().process(QImage(), nullptr).isNull());
    QCOMPARE(Preprocessor::estimateSkewDegrees(QImage(), 6.0), 0.0);
    QVERIFY(Preprocessor::rotate(QImage(), 2.0).isNull());
}

void TstPreprocessor::outputIsGrayscale8_data()
{
    QTest::addColumn<QImage>("page");
    const QImage base = m_straight.copy(0, 0, 1240, 1754);
    QTest::addRow("Grayscale8") << base;
    QTest::addRow("RGB32") << base.convertToFormat(QImage::Format_RGB32);
    QTest::addRow("RGB888") << base.convertToFormat(QImage::Format_RGB888);
    QTest::addRow("Mono") << base.convertToFormat(QImage::Format_Mono);

    // Transparent paper must come out white, not black.
    QImage transparent(base.size(), QImage::Format_ARGB32);
    transparent.setDotsPerMeterX(base.dotsPerMeterX());
    transparent.setDotsPerMeterY(base.dotsPerMeterY());
    for (int y = 0; y < base.height(); ++y) {
        const uchar *in = base.constScanLine(y);
        auto *out = reinterpret_cast<QRgb *>(transparent.scanLine(y));
        for (int x = 0; x < base.width(); ++x)
            out[x] = in[x] > 128 ? qRgba(0, 0, 0, 0) : qRgba(0, 0, 0, 255);
    }
    QTest::addRow("ARGB32 on transparent paper") << transparent;
}

void TstPreprocessor::outputIsGrayscale8()
{
    QFETCH(QImage, page);
    PreprocessOptions options;
    options.binarize = false;
    const QImage out = Preprocessor(options).process(page);
    QCOMPARE(out.format(), QImage::Format_Grayscale8);
    QCOMPARE(out.size(), page.size());
    // Mostly paper: far more white than black.
    QVERIFY(countPixels(out, 255) > 10 * countPixels(out, 0));
}

void TstPreprocessor::binarizedOutputIsBlackOnWhite()
{
    PreprocessReport report;
    const QImage out = Preprocessor().process(m_straight, &report);
    QVERIFY(report.steps.contains(QStringLiteral("binarize")));
    QCOMPARE(out.format(), QImage::Format_Grayscale8);
    QVERIFY(onlyBlackAndWhite(out));
    const qint64 black = countPixels(out, 0);
    QVERIFY(black > 0);
    QVERIFY(countPixels(out, 255) > 10 * black); // white paper, black text
}

void TstPreprocessor::binarizeCopesWithUnevenLighting()
{
    // Darken the page from 100% at the top to 45% at the bottom, as a badly lit photo would.
    const QImage shaded = withLightingGradient(m_straight, 0.45);
    PreprocessOptions options;
    options.deskew = false;
    const Preprocessor preprocessor(options);
    const qint64 cleanInk = countPixels(preprocessor.process(m_straight), 0);
    const QImage out = preprocessor.process(shaded);
    QVERIFY(onlyBlackAndWhite(out));
    const qint64 shadedInk = countPixels(out, 0);
    // The dark bottom must not turn into a black slab: about the same ink as the clean page.
    QVERIFY2(shadedInk > 0.8 * cleanInk && shadedInk < 1.25 * cleanInk,
             qPrintable(QStringLiteral("%1 vs %2 black pixels").arg(shadedInk).arg(cleanInk)));
}

void TstPreprocessor::honoursStrideOfOddWidthImages()
{
    const QImage odd = m_straight.copy(3, 5, 1001, 1403);
    QVERIFY(odd.bytesPerLine() != odd.width()); // padded rows
    PreprocessOptions options;
    options.upscale = false;
    options.deskew = false;
    options.denoise = false;
    options.binarize = false;
    QCOMPARE(Preprocessor(options).process(odd), odd);

    // Rotating there and back keeps the picture (up to interpolation at the edges).
    const QImage back = Preprocessor::rotate(Preprocessor::rotate(odd, 1.5), -1.5);
    QCOMPARE(back.size(), odd.size());
    const QRect inner = odd.rect().adjusted(100, 100, -100, -100);
    qint64 differing = 0;
    for (int y = inner.top(); y <= inner.bottom(); ++y) {
        for (int x = inner.left(); x <= inner.right(); ++x)
            differing += std::abs(back.constScanLine(y)[x] - odd.constScanLine(y)[x]) > 96;
    }
    QVERIFY2(differing < inner.width() * inner.height() / 100,
             qPrintable(QString::number(differing)));
}

void TstPreprocessor::leavesInputUntouched()
{
    const QImage page = loadPage(QStringLiteral("syn_0001.png"));
    const QImage pristine = page.copy(); // deep copy
    (void)Preprocessor().process(page);
    QCOMPARE(page, pristine);
}

QTEST_MAIN(TstPreprocessor) // QPainter needs fonts for the drawn pages, so a QGuiApplication
#include "tst_preprocessor.moc"

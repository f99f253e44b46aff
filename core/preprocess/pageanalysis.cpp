#include "preprocess/pageanalysis.h"

#include "common/logging.h"
#include "preprocess/preprocessor.h"

#include <QElapsedTimer>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <vector>

namespace InvoiceDash {

namespace {

constexpr double kMetresPerInch = 0.0254;
constexpr int kMinPlausibleDpi = 50;
constexpr int kMaxPlausibleDpi = 1200;
// Short side of an A4 (8.27 in) or Letter (8.5 in) page, used when the file has no usable dpi.
constexpr double kAssumedPageWidthInches = 8.27;
// A dpi from the file is only trusted when it gives a page of a plausible size (a 2479 px
// page "at 72 dpi" would be 34 inches wide) and is not one of the values that writers and
// Qt itself (for files without resolution) put in when they know nothing better.
constexpr double kMinPageInches = 1.5;
constexpr double kMaxPageInches = 17.0;
constexpr int kPlaceholderDpis[] = {72, 75, 96, 100};

// Grey levels: every 2nd pixel of every 4th row.
constexpr int kLevelRowStep = 4;
constexpr int kLevelColumnStep = 2;
constexpr double kInkPercentile = 0.01;
// Noise and specks need full-resolution neighbourhoods, but not all of them.
constexpr int kNoiseRowStep = 8;
constexpr int kNoiseColumnStep = 2;
constexpr int kSpeckRowStep = 4;
// Gaussian noise of sigma s gives the kernel below a response of sigma 6 s, whose median
// absolute value is 0.6745 times that.
constexpr double kNoiseScale = 6.0 * 0.6745;
// The background is estimated on a copy about this wide (every n-th pixel: averaging the
// whole page would cost more than all the rest), closed with a square of about a twentieth
// of the width (some 0.4 in: wider than text lines and the gaps between them).
constexpr int kBackgroundWidth = 256;
constexpr int kBackgroundKernelFraction = 20;
constexpr double kBackgroundLowPercentile = 0.05;
constexpr double kBackgroundHighPercentile = 0.95;

int dpiFromDotsPerMeter(int dotsPerMeter)
{
    return static_cast<int>(std::lround(dotsPerMeter * kMetresPerInch));
}

// Read-only view of a Format_Grayscale8 image, honouring its stride.
cv::Mat wrapGray(const QImage &image)
{
    Q_ASSERT(image.format() == QImage::Format_Grayscale8);
    return cv::Mat(image.height(), image.width(), CV_8UC1, const_cast<uchar *>(image.constBits()),
                   static_cast<std::size_t>(image.bytesPerLine()));
}

// The grey level below which `fraction` of the counted pixels lie.
template<std::size_t N>
int percentileOf(const std::array<std::int64_t, N> &histogram, double fraction)
{
    std::int64_t total = 0;
    for (const std::int64_t count : histogram)
        total += count;
    if (total == 0)
        return 0;
    const auto wanted = static_cast<std::int64_t>(std::ceil(fraction * double(total)));
    std::int64_t seen = 0;
    for (std::size_t level = 0; level < N; ++level) {
        seen += histogram[level];
        if (seen >= std::max<std::int64_t>(1, wanted))
            return static_cast<int>(level);
    }
    return static_cast<int>(N - 1);
}

void measureLevels(const cv::Mat &page, PageAnalysis *analysis)
{
    std::array<std::int64_t, 256> histogram{};
    for (int y = 0; y < page.rows; y += kLevelRowStep) {
        const uchar *row = page.ptr<uchar>(y);
        for (int x = 0; x < page.cols; x += kLevelColumnStep)
            ++histogram[row[x]];
    }
    analysis->paperLevel = percentileOf(histogram, 0.5);
    analysis->inkLevel = percentileOf(histogram, kInkPercentile);
    analysis->contrast = analysis->paperLevel - analysis->inkLevel;
}

void measureUnevenness(const cv::Mat &page, PageAnalysis *analysis)
{
    const int step = std::max(1, (page.cols + kBackgroundWidth - 1) / kBackgroundWidth);
    cv::Mat small(std::max(1, page.rows / step), std::max(1, page.cols / step), CV_8UC1);
    for (int y = 0; y < small.rows; ++y) {
        const uchar *in = page.ptr<uchar>(std::min(page.rows - 1, y * step + step / 2));
        uchar *out = small.ptr<uchar>(y);
        for (int x = 0; x < small.cols; ++x)
            out[x] = in[std::min(page.cols - 1, x * step + step / 2)];
    }
    const int kernelSide = std::max(3, (small.cols / kBackgroundKernelFraction) | 1);
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, {kernelSide, kernelSide});
    cv::Mat background;
    cv::morphologyEx(small, background, cv::MORPH_CLOSE, kernel, {-1, -1}, 1, cv::BORDER_REPLICATE);
    cv::blur(background, background, {kernelSide, kernelSide}, {-1, -1}, cv::BORDER_REPLICATE);

    std::array<std::int64_t, 256> histogram{};
    for (int y = 0; y < background.rows; ++y) {
        const uchar *row = background.ptr<uchar>(y);
        for (int x = 0; x < background.cols; ++x)
            ++histogram[row[x]];
    }
    const int low = percentileOf(histogram, kBackgroundLowPercentile);
    const int high = percentileOf(histogram, kBackgroundHighPercentile);
    analysis->unevenness = high > 0 ? double(high - low) / high : 0.0;
}

void measureNoise(const cv::Mat &page, PageAnalysis *analysis)
{
    if (page.rows < 3 || page.cols < 3)
        return;
    // |L| of the kernel [1 -2 1; -2 4 -2; 1 -2 1] (Immerkaer), which is 0 on flat and
    // linearly shaded paper, is at most 16 * 255.
    std::array<std::int64_t, 16 * 255 + 1> histogram{};
    for (int y = 1; y + 1 < page.rows; y += kNoiseRowStep) {
        const uchar *above = page.ptr<uchar>(y - 1);
        const uchar *row = page.ptr<uchar>(y);
        const uchar *below = page.ptr<uchar>(y + 1);
        for (int x = 1; x + 1 < page.cols; x += kNoiseColumnStep) {
            const int corners = above[x - 1] + above[x + 1] + below[x - 1] + below[x + 1];
            const int edges = above[x] + below[x] + row[x - 1] + row[x + 1];
            const int response = corners - 2 * edges + 4 * row[x];
            ++histogram[static_cast<std::size_t>(std::abs(response))];
        }
    }
    analysis->noiseSigma = percentileOf(histogram, 0.5) / kNoiseScale;
}

void measureSpecks(const cv::Mat &page, PageAnalysis *analysis)
{
    if (page.rows < 3 || page.cols < 3 || analysis->contrast <= 0)
        return;
    const int dark = analysis->inkLevel + analysis->contrast / 2; // darker than this is ink
    std::int64_t specks = 0;
    std::int64_t sampled = 0;
    for (int y = 1; y + 1 < page.rows; y += kSpeckRowStep) {
        const uchar *above = page.ptr<uchar>(y - 1);
        const uchar *row = page.ptr<uchar>(y);
        const uchar *below = page.ptr<uchar>(y + 1);
        sampled += page.cols - 2;
        for (int x = 1; x + 1 < page.cols; ++x) {
            if (row[x] >= dark)
                continue;
            const bool isolated = above[x - 1] >= dark && above[x] >= dark && above[x + 1] >= dark
                && row[x - 1] >= dark && row[x + 1] >= dark && below[x - 1] >= dark
                && below[x] >= dark && below[x + 1] >= dark;
            specks += isolated;
        }
    }
    analysis->specksPerMillion = sampled > 0 ? 1e6 * double(specks) / double(sampled) : 0.0;
}

} // namespace

int sourceDpiOf(const QImage &image, bool *estimated)
{
    const int shortSide = std::min(image.width(), image.height());
    const int fileDpi = dpiFromDotsPerMeter(image.dotsPerMeterX());
    const bool placeholder
        = std::find(std::begin(kPlaceholderDpis), std::end(kPlaceholderDpis), fileDpi)
        != std::end(kPlaceholderDpis);
    if (!placeholder && fileDpi >= kMinPlausibleDpi && fileDpi <= kMaxPlausibleDpi) {
        const double inches = double(shortSide) / fileDpi;
        if (inches >= kMinPageInches && inches <= kMaxPageInches) {
            *estimated = false;
            return fileDpi;
        }
    }
    *estimated = true;
    const int guess = static_cast<int>(std::lround(shortSide / kAssumedPageWidthInches));
    return std::clamp(guess, kMinPlausibleDpi, kMaxPlausibleDpi);
}

PageAnalysis analysePage(const QImage &image, double maxSkewDegrees)
{
    PageAnalysis analysis;
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return analysis;
    QElapsedTimer timer;
    timer.start();

    const QImage gray = image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat page = wrapGray(gray);

    analysis.dpi = sourceDpiOf(gray, &analysis.dpiEstimated);
    measureLevels(page, &analysis);
    measureUnevenness(page, &analysis);
    measureNoise(page, &analysis);
    measureSpecks(page, &analysis);
    if (maxSkewDegrees > 0)
        analysis.skewDegrees = Preprocessor::estimateSkewDegrees(gray, maxSkewDegrees);
    analysis.elapsedMs = double(timer.nsecsElapsed()) / 1e6;

    qCDebug(lcPreprocess).nospace()
        << "Page analysis (" << analysis.elapsedMs << " ms): dpi " << analysis.dpi
        << (analysis.dpiEstimated ? " (estimated)" : "") << ", skew " << analysis.skewDegrees
        << " deg, paper " << analysis.paperLevel << ", ink " << analysis.inkLevel << ", contrast "
        << analysis.contrast << ", unevenness " << analysis.unevenness << ", noise sigma "
        << analysis.noiseSigma << ", specks/Mpx " << analysis.specksPerMillion;
    return analysis;
}

} // namespace InvoiceDash

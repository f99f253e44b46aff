#pragma once

#include <QImage>

namespace InvoiceDash {

// What a page looks like, measured before any preprocessing step runs, so that only the
// steps that help are applied. All measurements come from the greyscale page; the ones
// that do not need every pixel use a sample of rows or a shrunken copy, so a full 300 dpi
// A4 page is analysed in a few milliseconds.
struct PageAnalysis
{
    int dpi = 0;               // as read from the file, or estimated from the page size
    bool dpiEstimated = false; // true when the file's dpi was missing or implausible
    double skewDegrees = 0.0;  // Preprocessor::estimateSkewDegrees(); 0 when not measured

    // Grey levels of the paper (median of the page) and of the ink (1st percentile), and
    // their difference: about 255 for black print on white paper.
    int paperLevel = 0;
    int inkLevel = 0;
    int contrast = 0;

    // How much the paper's brightness varies across the page: the spread (5th to 95th
    // percentile) of the background, with the text closed away, divided by its 95th
    // percentile. 0 for evenly lit paper; 0.3 when a part of the page is 30% darker.
    double unevenness = 0.0;

    // Robust estimate of the standard deviation of pixel noise, in grey levels: the median
    // absolute response of a Laplacian-like kernel that cancels smooth shading, scaled so
    // that Gaussian noise of sigma s gives s. 0 for a rendered page; text edges hardly count
    // because the paper, which is most of the page, decides the median.
    double noiseSigma = 0.0;

    // Isolated dark pixels (darker than halfway between paper and ink, with no such
    // neighbour) per million pixels: dust and salt-and-pepper noise. Text has none.
    double specksPerMillion = 0.0;

    double elapsedMs = 0.0; // time the analysis took
};

// Measures `gray` (any format; converted to greyscale when needed). Skew is searched within
// +/- maxSkewDegrees and not measured at all when that is 0.
[[nodiscard]] PageAnalysis analysePage(const QImage &gray, double maxSkewDegrees);

// The file's dpi when plausible (see analysePage), else an estimate from the page width.
[[nodiscard]] int sourceDpiOf(const QImage &image, bool *estimated);

} // namespace InvoiceDash

#pragma once

#include "preprocess/pageanalysis.h"

#include <QImage>
#include <QStringList>

namespace InvoiceDash {

// Which OpenCV steps may run before OCR. Each can be switched off in the settings. Whether
// an allowed step does run is decided from a PageAnalysis of the page, so that a clean page
// pays for no background normalisation it does not need.
struct PreprocessOptions
{
    bool upscale = true;  // bring pages below ~targetDpi up to it
    bool deskew = true;   // estimate and undo small rotations
    bool denoise = true;  // remove speckle noise (3x3 median; from 200 dpi up)
    bool binarize = true; // even out the paper (on unevenly lit or low-contrast pages) and
                          // make black text on white
    bool adaptive = true; // false: run every allowed step on every page, measured or not
    int targetDpi = 300;
    double maxDeskewDegrees = 6.0; // sanity bound: never rotate further than this
};

struct PreprocessReport
{
    int sourceDpi = 0;        // as read from the file, or estimated from the page size
    double scale = 1.0;       // applied upscale factor
    double skewDegrees = 0.0; // estimated skew (positive = counter-clockwise)
    bool deskewed = false;    // whether the page was rotated
    QStringList steps;        // steps that ran, in order ("grayscale", "upscale", "deskew",
                              // "denoise", "normalize-background", "binarize"); a step
                              // the page did not need is not listed
    PageAnalysis analysis;    // the measurements the steps were chosen from
};

// The steps that will run on a page.
struct PreprocessPlan
{
    bool upscale = false;
    bool deskew = false;
    bool denoise = false;
    bool normalizeBackground = false;
    bool binarize = false;
};

// Turns a decoded page into a clean 8-bit greyscale image for OCR.
// Stateless and thread-safe: one instance may be shared by all workers.
class Preprocessor
{
public:
    explicit Preprocessor(PreprocessOptions options = {});

    [[nodiscard]] const PreprocessOptions &options() const { return m_options; }

    // The steps that the options allow and the measured page needs.
    [[nodiscard]] PreprocessPlan plan(const PageAnalysis &analysis) const;

    // Returns a QImage::Format_Grayscale8 image. `report` may be null.
    // The output resolution (dots per metre) is set to the effective dpi.
    [[nodiscard]] QImage process(const QImage &page, PreprocessReport *report = nullptr) const;

    // Estimates the skew of a greyscale page in degrees, within
    // +/- maxAbsDegrees; 0 when there is no confident estimate.
    // Positive means the text lines rise to the right (counter-clockwise).
    [[nodiscard]] static double estimateSkewDegrees(const QImage &gray, double maxAbsDegrees);

    // Rotates by `degrees` (positive = counter-clockwise) around the centre,
    // filling with white; keeps the image size.
    [[nodiscard]] static QImage rotate(const QImage &gray, double degrees);

private:
    PreprocessOptions m_options;
};

} // namespace InvoiceDash

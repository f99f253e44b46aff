#pragma once

#include "preprocess/pageanalysis.h"

#include <QImage>
#include <QStringList>

namespace InvoiceDash {

// Which OpenCV steps run before OCR. Each can be switched off in the settings.
struct PreprocessOptions
{
    bool upscale = true;  // bring pages below ~targetDpi up to it
    bool deskew = true;   // estimate and undo small rotations
    bool denoise = true;  // remove speckle noise
    bool binarize = true; // black text on white
    int targetDpi = 300;
    double maxDeskewDegrees = 6.0; // sanity bound: never rotate further than this
};

struct PreprocessReport
{
    int sourceDpi = 0;        // as read from the file, or estimated from the page size
    double scale = 1.0;       // applied upscale factor
    double skewDegrees = 0.0; // estimated skew (positive = counter-clockwise)
    bool deskewed = false;    // whether the page was rotated
    QStringList steps;        // steps that ran, in order ("grayscale", "upscale", ...);
                              // a step with nothing to do (no skew found, dpi already
                              // high enough) is not listed
    PageAnalysis analysis;    // the page as measured before any step ran
};

// Turns a decoded page into a clean 8-bit greyscale image for OCR.
// Stateless and thread-safe: one instance may be shared by all workers.
class Preprocessor
{
public:
    explicit Preprocessor(PreprocessOptions options = {});

    [[nodiscard]] const PreprocessOptions &options() const { return m_options; }

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

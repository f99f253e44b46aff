#pragma once

#include <QImage>
#include <QString>

#include <memory>

namespace InvoiceDash {

struct OrientationEstimate
{
    bool valid = false;
    int clockwiseDegrees = 0; // how far the page is turned: 0, 90, 180 or 270
    float confidence = 0;     // Tesseract's OSD confidence (about 0-40; > 2 is reliable)
};

// Tesseract's orientation and script detection (the `osd` language data).
// Not thread-safe: one per worker thread, see forCurrentThread().
class OrientationDetector
{
public:
    OrientationDetector();
    ~OrientationDetector();
    OrientationDetector(const OrientationDetector &) = delete;
    OrientationDetector &operator=(const OrientationDetector &) = delete;

    // The calling thread's detector for `tessdataPath`; nullptr when there is
    // no osd.traineddata there (then pages are read as they are).
    static OrientationDetector *forCurrentThread(const QString &tessdataPath);

    [[nodiscard]] OrientationEstimate detect(const QImage &gray, int dpi);

    // Turns a page that is `clockwiseDegrees` off back upright.
    [[nodiscard]] static QImage turnUpright(const QImage &page, int clockwiseDegrees);

private:
    bool init(const QString &tessdataPath);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace InvoiceDash

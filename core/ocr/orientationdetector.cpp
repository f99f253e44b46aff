#include "orientationdetector.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThreadStorage>
#include <QTransform>

#include <tesseract/baseapi.h>

#include <clocale>
#include <string>

namespace InvoiceDash {

struct OrientationDetector::Private
{
    tesseract::TessBaseAPI api;
    QString tessdataPath;
};

OrientationDetector::OrientationDetector() : d(std::make_unique<Private>()) { }

OrientationDetector::~OrientationDetector() = default;

bool OrientationDetector::init(const QString &tessdataPath)
{
    d->tessdataPath = tessdataPath;
    if (!QFileInfo(QDir(tessdataPath).filePath(QStringLiteral("osd.traineddata"))).isFile()) {
        qCInfo(lcOcr,
               "No osd.traineddata in %s: pages are read as they are (install "
               "tesseract-ocr-osd to turn sideways and upside-down scans upright).",
               qUtf8Printable(tessdataPath));
        return false;
    }
    // Tesseract parses its data with the C library; the C locale keeps "1.5" a number.
    std::string saved;
    if (const char *current = std::setlocale(LC_ALL, nullptr))
        saved = current;
    std::setlocale(LC_ALL, "C");
    const int rc = d->api.Init(QFile::encodeName(tessdataPath).constData(), "osd",
                               tesseract::OEM_TESSERACT_ONLY);
    if (!saved.empty())
        std::setlocale(LC_ALL, saved.c_str());
    if (rc != 0) {
        qCWarning(lcOcr, "Cannot load the orientation data from %s; pages are read as they are.",
                  qUtf8Printable(tessdataPath));
        return false;
    }
    d->api.SetPageSegMode(tesseract::PSM_OSD_ONLY);
    return true;
}

OrientationDetector *OrientationDetector::forCurrentThread(const QString &tessdataPath)
{
    // QThreadStorage: destroyed inside the finishing thread, before the pool's
    // destructor returns (see OcrEngine::forCurrentThread).
    struct Slot
    {
        std::unique_ptr<OrientationDetector> detector;
        QString triedPath;
    };
    static QThreadStorage<Slot *> perThread;
    if (!perThread.hasLocalData())
        perThread.setLocalData(new Slot);
    Slot &slot = *perThread.localData();
    if (slot.triedPath == tessdataPath)
        return slot.detector.get();
    slot.triedPath = tessdataPath;
    slot.detector = std::make_unique<OrientationDetector>();
    if (!slot.detector->init(tessdataPath))
        slot.detector.reset();
    return slot.detector.get();
}

OrientationEstimate OrientationDetector::detect(const QImage &gray, int dpi)
{
    OrientationEstimate out;
    if (gray.isNull())
        return out;
    // Half resolution is plenty to tell which way the lines run, and 3-4x faster.
    QImage page = gray.format() == QImage::Format_Grayscale8
        ? gray
        : gray.convertToFormat(QImage::Format_Grayscale8);
    if (dpi >= 250) {
        page = page.scaled(page.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        dpi /= 2;
    }
    d->api.SetImage(page.constBits(), page.width(), page.height(), 1, int(page.bytesPerLine()));
    d->api.SetSourceResolution(std::max(70, dpi));
    int degrees = 0;
    float confidence = 0;
    const char *script = nullptr;
    float scriptConfidence = 0;
    out.valid = d->api.DetectOrientationScript(&degrees, &confidence, &script, &scriptConfidence);
    d->api.Clear();
    out.clockwiseDegrees = ((degrees % 360) + 360) % 360;
    out.confidence = confidence;
    qCDebug(lcOcr) << "orientation" << out.clockwiseDegrees << "confidence" << confidence << "valid"
                   << out.valid;
    return out;
}

QImage OrientationDetector::turnUpright(const QImage &page, int clockwiseDegrees)
{
    if (clockwiseDegrees % 360 == 0)
        return page;
    QImage upright = page.transformed(QTransform().rotate(360 - clockwiseDegrees));
    upright.setDotsPerMeterX(page.dotsPerMeterX());
    upright.setDotsPerMeterY(page.dotsPerMeterY());
    return upright;
}

} // namespace InvoiceDash

#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace InvoiceDash {

struct OcrWord
{
    QString text;
    QRect box;            // in pixels of the recognised image
    float confidence = 0; // 0..100
    int lineIndex = -1;   // index of the text line the word belongs to (page-wide)
};

struct OcrResult
{
    QString text; // full text, lines separated by '\n'
    QList<OcrWord> words;
    double meanConfidence = 0.0; // mean word confidence, 0..100 (0 when no words)
    bool cancelled = false;
};

struct OcrConfig
{
    QString language = QStringLiteral("eng"); // Tesseract language string, e.g. "eng+deu"
    QString tessdataPath;                     // empty: TESSDATA_PREFIX, then the system default
    friend bool operator==(const OcrConfig &, const OcrConfig &) = default;
};

// A Tesseract engine (C++ API). Not thread-safe: one per worker thread, see forCurrentThread().
class OcrEngine
{
public:
    explicit OcrEngine(OcrConfig config = {});
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    // Initialises Tesseract once. On failure returns false and sets an
    // actionable one-sentence message, e.g. "Cannot start OCR: no 'eng' language
    // data in /usr/share/tesseract-ocr/5/tessdata; install tesseract-ocr-eng or
    // set TESSDATA_PREFIX to the folder that holds eng.traineddata."
    bool init(QString *errorMessage);
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] const OcrConfig &config() const { return m_config; }

    // Recognises a greyscale page. `isCancelled` is polled from Tesseract's
    // ETEXT_DESC cancel callback; when it returns true, recognition stops and
    // the result has cancelled = true. Returns false with a message on error.
    bool recognize(const QImage &page, int dpi, OcrResult *result,
                   const std::function<bool()> &isCancelled, QString *errorMessage);

    // recognize(), and when the page reads badly (mean confidence below
    // LowConfidence), asks Tesseract's orientation detection whether it is
    // turned; a turned page is read again upright and the better reading kept.
    // Upright pages that read well pay nothing extra. `clockwiseDegrees` (may
    // be null) tells how far the page was turned (0 when it was read as it is).
    bool recognizeUpright(const QImage &page, int dpi, OcrResult *result,
                          const std::function<bool()> &isCancelled, QString *errorMessage,
                          int *clockwiseDegrees = nullptr);
    static constexpr double LowConfidence = 60.0;
    static constexpr float MinOrientationConfidence = 2.0f;

    // The engine of the calling thread, created and initialised on first use
    // and reused afterwards (re-created when the config changes).
    // Returns nullptr with a message when initialisation fails.
    static OcrEngine *forCurrentThread(const OcrConfig &config, QString *errorMessage);

    // The folder Tesseract will read language data from for this config.
    [[nodiscard]] static QString resolveTessdataPath(const OcrConfig &config);

    // "eng+deu" -> {"eng", "deu"}; a "~lang" part (excluded language) is left out.
    [[nodiscard]] static QStringList languagesOf(const QString &language);

    // The Debian package that ships a language's data, e.g. "tesseract-ocr-deu".
    [[nodiscard]] static QString debianPackageFor(const QString &language);

private:
    struct Private;
    OcrConfig m_config;
    std::unique_ptr<Private> d;
};

} // namespace InvoiceDash

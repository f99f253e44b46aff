#include "ocr/ocrengine.h"

#include "common/logging.h"
#include "ocr/orientationdetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThreadStorage>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

#include <clocale>
#include <mutex>
#include <string>

namespace InvoiceDash {

namespace {

constexpr int kMinDpi = 70; // Tesseract's own lower bound
constexpr int kMaxDpi = 2400;
constexpr int kFallbackDpi = 300;

// Tesseract parses its data files with the C library; make sure numbers read as "1.5",
// whatever locale the application runs in. setlocale() is process-wide, so engines on
// different threads initialise one at a time.
class CLocaleScope
{
public:
    CLocaleScope()
    {
        if (const char *current = std::setlocale(LC_ALL, nullptr))
            m_saved = current;
        std::setlocale(LC_ALL, "C");
    }
    ~CLocaleScope()
    {
        if (!m_saved.empty())
            std::setlocale(LC_ALL, m_saved.c_str());
    }
    CLocaleScope(const CLocaleScope &) = delete;
    CLocaleScope &operator=(const CLocaleScope &) = delete;

private:
    std::string m_saved;
};

std::mutex &initMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Debian's libtesseract uses OpenMP: without OMP_THREAD_LIMIT=1 in the environment at
// start-up, each page runs on up to 4 spinning threads, which made OCR 3-4 times slower on
// a busy 2-core machine. libgomp offers no call to lower the limit later, so say so once.
void warnIfOpenMpIsUnlimited()
{
#ifdef Q_OS_UNIX
    static std::once_flag once;
    std::call_once(once, [] {
        using ThreadLimit = int (*)();
        const auto threadLimit
            = reinterpret_cast<ThreadLimit>(dlsym(RTLD_DEFAULT, "omp_get_thread_limit"));
        if (threadLimit && threadLimit() > 1) {
            qCWarning(lcOcr) << "OCR may run several times slower than it should: Tesseract "
                                "uses OpenMP threads; start the program with the environment "
                                "variable OMP_THREAD_LIMIT=1.";
        }
    });
#endif
}

void setError(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
}

bool holdsTraineddata(const QString &dir)
{
    return !QDir(dir).entryList({QStringLiteral("*.traineddata")}, QDir::Files).isEmpty();
}

QString missingDataMessage(const QString &language, const QString &dir)
{
    return QCoreApplication::translate(
               "InvoiceDash::OcrEngine",
               "Cannot start OCR: no '%1' language data in %2; install the Debian package "
               "%3 or set TESSDATA_PREFIX to a folder that holds %1.traineddata.")
        .arg(language, QDir::toNativeSeparators(dir), OcrEngine::debianPackageFor(language));
}

struct CancelContext
{
    const std::function<bool()> *isCancelled = nullptr;
    int polls = 0;
    bool cancelled = false;
};

// Tesseract's ETEXT_DESC::cancel hook, polled between words.
bool cancelCallback(void *cancelThis, int /*words*/)
{
    auto *context = static_cast<CancelContext *>(cancelThis);
    ++context->polls;
    if (!context->cancelled && context->isCancelled && *context->isCancelled
        && (*context->isCancelled)())
        context->cancelled = true;
    return context->cancelled;
}

struct TessText
{
    char *text = nullptr;
    explicit TessText(char *t) : text(t) { }
    ~TessText() { delete[] text; }
    TessText(const TessText &) = delete;
    TessText &operator=(const TessText &) = delete;
    [[nodiscard]] QString toString() const { return text ? QString::fromUtf8(text) : QString(); }
};

} // namespace

struct OcrEngine::Private
{
    std::unique_ptr<tesseract::TessBaseAPI> api;
    bool ready = false;
};

OcrEngine::OcrEngine(OcrConfig config) : m_config(std::move(config)), d(std::make_unique<Private>())
{
}

OcrEngine::~OcrEngine() = default;

QStringList OcrEngine::languagesOf(const QString &language)
{
    QStringList result;
    const QStringList parts = language.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !name.startsWith(QLatin1Char('~')))
            result << name;
    }
    return result;
}

QString OcrEngine::debianPackageFor(const QString &language)
{
    if (language.startsWith(QLatin1String("script/")))
        return QStringLiteral("tesseract-ocr-script-*");
    return QStringLiteral("tesseract-ocr-")
        + language.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

bool OcrEngine::isReady() const
{
    return d->ready;
}

QString OcrEngine::resolveTessdataPath(const OcrConfig &config)
{
    if (!config.tessdataPath.isEmpty())
        return QDir::cleanPath(config.tessdataPath);

    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty()) {
        // Tesseract 3 wanted the parent of "tessdata" here; accept that too.
        const QString nested = QDir(prefix).filePath(QStringLiteral("tessdata"));
        if (!holdsTraineddata(prefix) && holdsTraineddata(nested))
            return QDir::cleanPath(nested);
        return QDir::cleanPath(prefix);
    }

    static const QStringList candidates = {
        QStringLiteral("/usr/share/tesseract-ocr/5/tessdata"),
        QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata"),
        QStringLiteral("/usr/share/tessdata"),
        QStringLiteral("/usr/local/share/tessdata"),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return candidate;
    }
    return candidates.first();
}

bool OcrEngine::init(QString *errorMessage)
{
    if (d->ready)
        return true;

    QElapsedTimer timer;
    timer.start();

    const QString dir = resolveTessdataPath(m_config);
    QString language = m_config.language.trimmed();
    if (language.isEmpty())
        language = QStringLiteral("eng");
    const QStringList languages = languagesOf(language);
    if (languages.isEmpty()) {
        setError(errorMessage,
                 QCoreApplication::translate(
                     "InvoiceDash::OcrEngine",
                     "Cannot start OCR: the language setting '%1' names no language; "
                     "use a Tesseract language code such as 'eng' or 'eng+deu'.")
                     .arg(language));
        return false;
    }
    for (const QString &lang : languages) {
        if (!QFileInfo(QDir(dir).filePath(lang + QStringLiteral(".traineddata"))).isFile()) {
            const QString message = missingDataMessage(lang, dir);
            qCWarning(lcOcr).noquote() << message;
            setError(errorMessage, message);
            return false;
        }
    }

    // Tesseract's OpenMP code would start several threads per page on top of our own
    // worker threads. libgomp reads this variable when it is loaded, before main(), so
    // setting it here only reaches child processes; see warnIfOpenMpIsUnlimited().
    if (!qEnvironmentVariableIsSet("OMP_THREAD_LIMIT"))
        qputenv("OMP_THREAD_LIMIT", "1");
    warnIfOpenMpIsUnlimited();

    auto api = std::make_unique<tesseract::TessBaseAPI>();
    int rc = 0;
    {
        const std::lock_guard lock(initMutex());
        const CLocaleScope cLocale;
        rc = api->Init(QFile::encodeName(dir).constData(), language.toUtf8().constData(),
                       tesseract::OEM_LSTM_ONLY);
    }
    if (rc != 0) {
        const QString message
            = QCoreApplication::translate("InvoiceDash::OcrEngine",
                                          "Cannot start OCR: Tesseract could not load the '%1' "
                                          "language data from %2; reinstall %3 or set "
                                          "TESSDATA_PREFIX to a folder with working "
                                          "traineddata files.")
                  .arg(language, QDir::toNativeSeparators(dir),
                       debianPackageFor(languages.first()));
        qCWarning(lcOcr).noquote() << message;
        setError(errorMessage, message);
        return false;
    }
    api->SetPageSegMode(tesseract::PSM_AUTO);
    api->SetVariable("preserve_interword_spaces", "1");

    d->api = std::move(api);
    d->ready = true;
    qCInfo(lcOcr).noquote() << "Tesseract" << tesseract::TessBaseAPI::Version() << "ready for"
                            << language << "from" << dir << "in" << timer.elapsed() << "ms";
    return true;
}

bool OcrEngine::recognize(const QImage &page, int dpi, OcrResult *result,
                          const std::function<bool()> &isCancelled, QString *errorMessage)
{
    OcrResult localResult;
    OcrResult &res = result ? *result : localResult;
    res = OcrResult{};

    if (!d->ready) {
        setError(errorMessage, QStringLiteral("OCR engine is not initialised; call init() first."));
        return false;
    }
    if (page.isNull() || page.width() <= 0 || page.height() <= 0) {
        setError(errorMessage,
                 QCoreApplication::translate("InvoiceDash::OcrEngine",
                                             "Cannot recognise an empty image."));
        return false;
    }
    if (isCancelled && isCancelled()) {
        res.cancelled = true;
        return true;
    }

    QElapsedTimer timer;
    timer.start();

    const QImage gray = page.format() == QImage::Format_Grayscale8
        ? page
        : page.convertToFormat(QImage::Format_Grayscale8);
    if (dpi < kMinDpi || dpi > kMaxDpi) {
        const int fileDpi = qRound(page.dotsPerMeterX() * 0.0254);
        const int fallback = fileDpi >= kMinDpi && fileDpi <= kMaxDpi ? fileDpi : kFallbackDpi;
        qCDebug(lcOcr) << "Implausible dpi" << dpi << "- using" << fallback;
        dpi = fallback;
    }

    tesseract::TessBaseAPI &api = *d->api;
    struct ClearOnExit
    {
        tesseract::TessBaseAPI &api;
        ~ClearOnExit() { api.Clear(); } // frees the page image and results
    } clearOnExit{api};

    api.SetVariable("user_defined_dpi", QByteArray::number(dpi).constData());
    api.SetImage(gray.constBits(), gray.width(), gray.height(), 1,
                 static_cast<int>(gray.bytesPerLine()));
    api.SetSourceResolution(dpi);

    CancelContext context;
    context.isCancelled = &isCancelled;
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelCallback;
    monitor.cancel_this = &context;

    const int rc = api.Recognize(&monitor);
    if (context.cancelled) {
        qCDebug(lcOcr) << "Recognition cancelled after" << timer.elapsed() << "ms";
        res.cancelled = true;
        return true;
    }
    if (rc != 0) {
        setError(errorMessage,
                 QCoreApplication::translate("InvoiceDash::OcrEngine",
                                             "Tesseract could not recognise the page."));
        return false;
    }

    res.text = TessText(api.GetUTF8Text()).toString();
    while (!res.text.isEmpty() && res.text.back().isSpace())
        res.text.chop(1);

    double confidenceSum = 0.0;
    const std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) {
        int lineIndex = -1;
        do {
            if (it->Empty(tesseract::RIL_WORD))
                continue;
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
                ++lineIndex;
            OcrWord word;
            word.text = TessText(it->GetUTF8Text(tesseract::RIL_WORD)).toString().trimmed();
            if (word.text.isEmpty())
                continue;
            int left = 0, top = 0, right = 0, bottom = 0;
            if (it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                word.box = QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
            word.confidence = it->Confidence(tesseract::RIL_WORD);
            word.lineIndex = std::max(0, lineIndex);
            confidenceSum += word.confidence;
            res.words.append(word);
        } while (it->Next(tesseract::RIL_WORD));
    }
    res.meanConfidence = res.words.isEmpty() ? 0.0 : confidenceSum / double(res.words.size());

    qCDebug(lcOcr).nospace() << "Recognised " << gray.width() << "x" << gray.height() << " page at "
                             << dpi << " dpi in " << timer.elapsed() << " ms: " << res.words.size()
                             << " words, mean confidence " << res.meanConfidence << ", "
                             << context.polls << " cancel polls";
    return true;
}

bool OcrEngine::recognizeUpright(const QImage &page, int dpi, OcrResult *result,
                                 const std::function<bool()> &isCancelled, QString *errorMessage,
                                 int *clockwiseDegrees)
{
    if (clockwiseDegrees)
        *clockwiseDegrees = 0;
    if (!recognize(page, dpi, result, isCancelled, errorMessage))
        return false;
    if (!result || result->cancelled || result->meanConfidence >= LowConfidence)
        return true;
    OrientationDetector *detector
        = OrientationDetector::forCurrentThread(resolveTessdataPath(m_config));
    if (!detector)
        return true;
    const OrientationEstimate estimate = detector->detect(page, dpi);
    if (!estimate.valid || estimate.clockwiseDegrees == 0
        || estimate.confidence < MinOrientationConfidence)
        return true;
    OcrResult turned;
    QString error;
    if (!recognize(OrientationDetector::turnUpright(page, estimate.clockwiseDegrees), dpi, &turned,
                   isCancelled, &error))
        return true; // keep the first reading
    if (turned.cancelled) {
        *result = std::move(turned);
        return true;
    }
    qCInfo(lcOcr, "Page turned %d degrees: confidence %.1f as scanned, %.1f upright.",
           estimate.clockwiseDegrees, result->meanConfidence, turned.meanConfidence);
    if (turned.meanConfidence > result->meanConfidence) {
        *result = std::move(turned);
        if (clockwiseDegrees)
            *clockwiseDegrees = estimate.clockwiseDegrees;
    }
    return true;
}

OcrEngine *OcrEngine::forCurrentThread(const OcrConfig &config, QString *errorMessage)
{
    // Destroyed by Qt when the worker thread finishes, before the pool's
    // destructor returns (a thread_local would outlive it and race exit()).
    static QThreadStorage<OcrEngine *> engines;
    OcrEngine *engine = engines.hasLocalData() ? engines.localData() : nullptr;
    if (engine && engine->isReady() && engine->config() == config)
        return engine;

    // First use, a new config, or an earlier failure: one attempt per call, no retry loop.
    engines.setLocalData(nullptr); // deletes the old engine
    auto fresh = std::make_unique<OcrEngine>(config);
    if (!fresh->init(errorMessage))
        return nullptr;
    engine = fresh.release();
    engines.setLocalData(engine);
    return engine;
}

} // namespace InvoiceDash

#include "appsettings.h"

#include "datapaths.h"

#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace InvoiceDash {

namespace {

QList<SettingDefault> &registry()
{
    static QList<SettingDefault> settings;
    return settings;
}

} // namespace

void Detail::registerSetting(const char *key, const QVariant &defaultValue)
{
    registry().append({QLatin1String(key), defaultValue});
}

namespace {

int clampWorkers(int count)
{
    return std::clamp(count, AppSettings::MinWorkers, AppSettings::MaxWorkers);
}

const Setting<int> WorkerCount{"pipeline/workers", 0,
                               [](int v) { return v <= 0 ? 0 : clampWorkers(v); }};
const Setting<bool> Upscale{"preprocess/upscale", PreprocessOptions{}.upscale};
const Setting<bool> Deskew{"preprocess/deskew", PreprocessOptions{}.deskew};
const Setting<bool> Denoise{"preprocess/denoise", PreprocessOptions{}.denoise};
const Setting<bool> Binarize{"preprocess/binarize", PreprocessOptions{}.binarize};
const Setting<bool> Adaptive{"preprocess/adaptive", PreprocessOptions{}.adaptive};
const Setting<int> TargetDpi{
    "preprocess/targetDpi", PreprocessOptions{}.targetDpi,
    [](int v) { return std::clamp(v, AppSettings::MinTargetDpi, AppSettings::MaxTargetDpi); }};
const Setting<QString> OcrLanguage{"ocr/language", QStringLiteral("eng")};
const Setting<QPoint> OverlayPosition{"overlay/position", QPoint()};
const Setting<bool> OverlayHasPosition{"overlay/hasPosition", false};
const Setting<bool> OverlayCollapsed{"overlay/collapsed", false};
const Setting<bool> OverlayVisible{"overlay/visible", true};
// "local" or "team": readable in the INI file, unknown values mean local.
const Setting<QString> OverlayViewName{"overlay/view", QStringLiteral("local")};
const Setting<int> OverlayOpacity{"overlay/opacity", 100, [](int v) {
                                      return std::clamp(v, AppSettings::MinOverlayOpacity,
                                                        AppSettings::MaxOverlayOpacity);
                                  }};
const auto NonNegative = [](int v) { return std::max(v, 0); };
const auto Percent = [](double v) { return std::clamp(v, 0.0, 100.0); };
const Setting<int> LatencyWarning{"overlay/thresholds/latencyWarningMs",
                                  OverlayThresholds{}.latencyWarningMs, NonNegative};
const Setting<int> LatencyCritical{"overlay/thresholds/latencyCriticalMs",
                                   OverlayThresholds{}.latencyCriticalMs, NonNegative};
const Setting<double> AccuracyWarning{"overlay/thresholds/accuracyWarning",
                                      OverlayThresholds{}.accuracyWarning, Percent};
const Setting<double> AccuracyCritical{"overlay/thresholds/accuracyCritical",
                                       OverlayThresholds{}.accuracyCritical, Percent};
const Setting<int> FailuresWarning{"overlay/thresholds/failuresWarning",
                                   OverlayThresholds{}.failuresWarning, NonNegative};
const Setting<int> FailuresCritical{"overlay/thresholds/failuresCritical",
                                    OverlayThresholds{}.failuresCritical, NonNegative};
const Setting<int> ThresholdHold{
    "overlay/thresholds/holdSeconds", OverlayThresholds{}.holdSeconds,
    [](int v) { return std::clamp(v, 0, AppSettings::MaxThresholdHoldSeconds); }};
const Setting<bool> StayOnTopNoticeShown{"overlay/stayOnTopNoticeShown", false};
const Setting<QString> InterfaceLanguage{"interface/language", QString(),
                                         [](QString v) { return v.trimmed(); }};
// Only "xcb" is offered; anything else means Qt's own choice.
const Setting<QString> PreferredPlatform{"interface/platform", QString(), [](QString v) {
                                             v = v.trimmed();
                                             return v == QLatin1String("xcb") ? v : QString();
                                         }};
const Setting<QByteArray> MainWindowGeometry{"mainWindow/geometry", QByteArray()};
const Setting<QString> TeamServerUrl{"team/serverUrl", QString(),
                                     [](QString v) { return v.trimmed(); }};
const Setting<QString> TeamToken{"team/token", QString(), [](QString v) { return v.trimmed(); }};
const Setting<QString> TeamDisplayName{"team/displayName", QString(),
                                       [](QString v) { return v.trimmed(); }};
const Setting<bool> TeamEnabled{"team/enabled", false};
const Setting<bool> WatchEnabled{"watch/enabled", false};
const Setting<QString> WatchFolder{"watch/folder", QString(),
                                   [](QString v) { return v.trimmed(); }};
const Setting<int> WatchStableSeconds{"watch/stableSeconds", 3, [](int v) {
                                          return std::clamp(v, AppSettings::MinWatchStableSeconds,
                                                            AppSettings::MaxWatchStableSeconds);
                                      }};

} // namespace

AppSettings::AppSettings() : AppSettings(DataPaths::settingsFile()) { }

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QList<SettingDefault> AppSettings::defaults()
{
    return registry();
}

QString AppSettings::interfaceLanguage() const
{
    return get(InterfaceLanguage);
}

void AppSettings::setInterfaceLanguage(const QString &code)
{
    set(InterfaceLanguage, code);
}

QString AppSettings::preferredPlatform() const
{
    return get(PreferredPlatform);
}

void AppSettings::setPreferredPlatform(const QString &platform)
{
    set(PreferredPlatform, platform);
}

bool AppSettings::stayOnTopNoticeShown() const
{
    return get(StayOnTopNoticeShown);
}

void AppSettings::setStayOnTopNoticeShown(bool shown)
{
    set(StayOnTopNoticeShown, shown);
}

template<typename T> T AppSettings::get(const Setting<T> &setting) const
{
    const QVariant value = m_settings->value(QLatin1String(setting.key));
    if (!value.isValid() || !value.canConvert<T>())
        return setting.defaultValue;
    T typed = value.value<T>();
    return setting.clamp ? setting.clamp(typed) : typed;
}

template<typename T> void AppSettings::set(const Setting<T> &setting, const T &value)
{
    m_settings->setValue(QLatin1String(setting.key),
                         QVariant::fromValue(setting.clamp ? setting.clamp(value) : value));
}

int AppSettings::defaultWorkerCount()
{
    return clampWorkers(QThread::idealThreadCount());
}

int AppSettings::workerCount() const
{
    const int stored = get(WorkerCount);
    return stored > 0 ? stored : defaultWorkerCount();
}

void AppSettings::setWorkerCount(int count)
{
    set(WorkerCount, count);
}

PreprocessOptions AppSettings::preprocessOptions() const
{
    PreprocessOptions options;
    options.upscale = get(Upscale);
    options.deskew = get(Deskew);
    options.denoise = get(Denoise);
    options.binarize = get(Binarize);
    options.adaptive = get(Adaptive);
    options.targetDpi = get(TargetDpi);
    return options;
}

void AppSettings::setPreprocessOptions(const PreprocessOptions &options)
{
    set(Upscale, options.upscale);
    set(Deskew, options.deskew);
    set(Denoise, options.denoise);
    set(Binarize, options.binarize);
    set(Adaptive, options.adaptive);
    set(TargetDpi, options.targetDpi);
}

QString AppSettings::ocrLanguage() const
{
    const QString language = get(OcrLanguage).trimmed();
    return language.isEmpty() ? OcrLanguage.defaultValue : language;
}

void AppSettings::setOcrLanguage(const QString &language)
{
    set(OcrLanguage, language.trimmed());
}

PipelineOptions AppSettings::pipelineOptions() const
{
    PipelineOptions options;
    options.workers = workerCount();
    options.processor.preprocess = preprocessOptions();
    options.processor.ocr.language = ocrLanguage();
    return options;
}

namespace {

QString arrangementKey(const QString &arrangement)
{
    return QStringLiteral("overlay/positions/") + arrangement;
}

} // namespace

std::optional<QPoint> AppSettings::overlayPosition(const QString &arrangement) const
{
    if (!arrangement.isEmpty()) {
        const QVariant value = m_settings->value(arrangementKey(arrangement));
        if (value.isValid() && value.canConvert<QPoint>())
            return value.toPoint();
    }
    if (!get(OverlayHasPosition))
        return std::nullopt;
    return get(OverlayPosition);
}

void AppSettings::setOverlayPosition(QPoint position, const QString &arrangement)
{
    if (!arrangement.isEmpty())
        m_settings->setValue(arrangementKey(arrangement), position);
    set(OverlayPosition, position);
    set(OverlayHasPosition, true);
}

bool AppSettings::overlayCollapsed() const
{
    return get(OverlayCollapsed);
}

void AppSettings::setOverlayCollapsed(bool collapsed)
{
    set(OverlayCollapsed, collapsed);
}

bool AppSettings::overlayVisible() const
{
    return get(OverlayVisible);
}

void AppSettings::setOverlayVisible(bool visible)
{
    set(OverlayVisible, visible);
}

AppSettings::OverlayView AppSettings::overlayView() const
{
    return get(OverlayViewName) == QLatin1String("team") ? OverlayView::Team : OverlayView::Local;
}

void AppSettings::setOverlayView(OverlayView view)
{
    set(OverlayViewName,
        view == OverlayView::Team ? QStringLiteral("team") : QStringLiteral("local"));
}

OverlayThresholds AppSettings::overlayThresholds() const
{
    OverlayThresholds t;
    t.latencyWarningMs = get(LatencyWarning);
    t.latencyCriticalMs = get(LatencyCritical);
    t.accuracyWarning = get(AccuracyWarning);
    t.accuracyCritical = get(AccuracyCritical);
    t.failuresWarning = get(FailuresWarning);
    t.failuresCritical = get(FailuresCritical);
    t.holdSeconds = get(ThresholdHold);
    return t;
}

void AppSettings::setOverlayThresholds(const OverlayThresholds &t)
{
    set(LatencyWarning, t.latencyWarningMs);
    set(LatencyCritical, t.latencyCriticalMs);
    set(AccuracyWarning, t.accuracyWarning);
    set(AccuracyCritical, t.accuracyCritical);
    set(FailuresWarning, t.failuresWarning);
    set(FailuresCritical, t.failuresCritical);
    set(ThresholdHold, t.holdSeconds);
}

int AppSettings::overlayOpacity() const
{
    return get(OverlayOpacity);
}

void AppSettings::setOverlayOpacity(int percent)
{
    set(OverlayOpacity, percent);
}

bool AppSettings::watchEnabled() const
{
    return get(WatchEnabled);
}

void AppSettings::setWatchEnabled(bool enabled)
{
    set(WatchEnabled, enabled);
}

QString AppSettings::watchFolder() const
{
    return get(WatchFolder);
}

void AppSettings::setWatchFolder(const QString &folder)
{
    set(WatchFolder, folder);
}

int AppSettings::watchStableSeconds() const
{
    return get(WatchStableSeconds);
}

void AppSettings::setWatchStableSeconds(int seconds)
{
    set(WatchStableSeconds, seconds);
}

QString AppSettings::activeWatchFolder() const
{
    return watchEnabled() ? watchFolder() : QString();
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return get(MainWindowGeometry);
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    set(MainWindowGeometry, geometry);
}

QUrl AppSettings::teamServerUrl() const
{
    const QString url = get(TeamServerUrl);
    return url.isEmpty() ? QUrl() : QUrl(url);
}

void AppSettings::setTeamServerUrl(const QUrl &url)
{
    set(TeamServerUrl, url.toString());
}

QString AppSettings::teamToken() const
{
    return get(TeamToken);
}

void AppSettings::setTeamToken(const QString &token)
{
    set(TeamToken, token);
}

QString AppSettings::defaultTeamDisplayName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QSysInfo::machineHostName();
}

QString AppSettings::teamDisplayName() const
{
    const QString name = get(TeamDisplayName);
    return name.isEmpty() ? defaultTeamDisplayName() : name;
}

void AppSettings::setTeamDisplayName(const QString &name)
{
    set(TeamDisplayName, name);
}

bool AppSettings::teamEnabled() const
{
    return get(TeamEnabled);
}

void AppSettings::setTeamEnabled(bool enabled)
{
    set(TeamEnabled, enabled);
}

TeamConnection::Settings AppSettings::teamSettings() const
{
    return TeamConnection::Settings{teamServerUrl(), teamToken(), teamDisplayName(), teamEnabled()};
}

void AppSettings::setTeamSettings(const TeamConnection::Settings &settings)
{
    setTeamServerUrl(settings.url);
    setTeamToken(settings.token);
    setTeamDisplayName(settings.displayName);
    setTeamEnabled(settings.enabled);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace InvoiceDash

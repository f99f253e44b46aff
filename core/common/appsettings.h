#pragma once

#include "metrics/thresholdmonitor.h"
#include "net/teamconnection.h"
#include "pipeline/pipeline.h"

#include <QByteArray>
#include <QList>
#include <QPoint>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace InvoiceDash {

// A setting's key and default, as listed by AppSettings::defaults().
struct SettingDefault
{
    QString key;
    QVariant value;
};

namespace Detail {
void registerSetting(const char *key, const QVariant &defaultValue);
}

// One typed setting: key, default and clamping in one place. Each one
// registers itself, so AppSettings::defaults() lists every key there is.
template<typename T> struct Setting
{
    Setting(const char *settingKey, T defaultSetting, std::function<T(T)> clampValue = {})
        : key(settingKey), defaultValue(std::move(defaultSetting)), clamp(std::move(clampValue))
    {
        Detail::registerSetting(key, QVariant::fromValue(defaultValue));
    }

    const char *key;
    T defaultValue;
    std::function<T(T)> clamp;
};

// Typed access to the settings file (DataPaths::settingsFile(), INI format).
// Cheap to create; use one per thread.
class AppSettings
{
public:
    // Ranges the setters clamp to; widgets use them too.
    static constexpr int MinWorkers = 1;
    static constexpr int MaxWorkers = 64;
    static constexpr int MinTargetDpi = 150;
    static constexpr int MaxTargetDpi = 600;
    static constexpr int MinOverlayOpacity = 30; // percent; less is unreadable
    static constexpr int MaxOverlayOpacity = 100;
    static constexpr int MaxThresholdHoldSeconds = 60;
    static constexpr int MinWatchStableSeconds = 1;
    static constexpr int MaxWatchStableSeconds = 300;

    // One worker per core, within the range above.
    [[nodiscard]] static int defaultWorkerCount();

    AppSettings();
    explicit AppSettings(const QString &iniFile);

    [[nodiscard]] QString fileName() const;

    // Every setting's key and default value, in the order they are declared;
    // docs/settings.example.ini documents the same (tst_appsettings checks).
    // Window positions saved per screen arrangement ("overlay/positions/...")
    // are not listed: their keys are made at run time.
    [[nodiscard]] static QList<SettingDefault> defaults();

    // Interface
    // The interface language: empty (the default) follows the system's
    // locale, else an ISO 639 code such as "de" (see Languages::resolve).
    [[nodiscard]] QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &code);
    // The Qt platform plugin to start with when QT_QPA_PLATFORM is not set:
    // empty (the default: Qt's choice) or "xcb" (X11, e.g. through XWayland,
    // where the overlay can stay on top).
    [[nodiscard]] QString preferredPlatform() const;
    void setPreferredPlatform(const QString &platform);

    // Pipeline
    [[nodiscard]] int workerCount() const; // >= 1, default: one per core
    void setWorkerCount(int count);
    [[nodiscard]] PreprocessOptions preprocessOptions() const;
    void setPreprocessOptions(const PreprocessOptions &options);
    [[nodiscard]] QString ocrLanguage() const;
    void setOcrLanguage(const QString &language);
    [[nodiscard]] PipelineOptions pipelineOptions() const;

    // Overlay
    // The overlay's top-left. With an `arrangement` key (a hash of the screen
    // geometries), the position saved for that arrangement, else the last
    // position saved anywhere; setting one with a key also sets the latter.
    [[nodiscard]] std::optional<QPoint> overlayPosition(const QString &arrangement = {}) const;
    void setOverlayPosition(QPoint position, const QString &arrangement = {});
    [[nodiscard]] bool overlayCollapsed() const;
    void setOverlayCollapsed(bool collapsed);
    [[nodiscard]] bool overlayVisible() const;
    void setOverlayVisible(bool visible);
    // Which numbers the overlay shows: this desktop's or the team server's.
    enum class OverlayView { Local, Team };
    [[nodiscard]] OverlayView overlayView() const; // default Local
    void setOverlayView(OverlayView view);
    // When the latency, accuracy and failure cards turn amber / red, and the
    // hold time; defaults in OverlayThresholds (2000 / 5000 ms, 90 / 80 %,
    // 1 / 5 failures, 3 s). Negative values are stored as 0 (off), the hold
    // time is clamped to 0..MaxThresholdHoldSeconds, accuracy to 0..100.
    [[nodiscard]] OverlayThresholds overlayThresholds() const;
    void setOverlayThresholds(const OverlayThresholds &thresholds);
    // Opacity of the overlay in percent, MinOverlayOpacity..100, default 100.
    [[nodiscard]] int overlayOpacity() const;
    void setOverlayOpacity(int percent);
    // Whether the user was told once that the window system will not keep
    // the overlay on top (Wayland); default false.
    [[nodiscard]] bool stayOnTopNoticeShown() const;
    void setStayOnTopNoticeShown(bool shown);

    // Team server. The token is stored in plain text in the settings file.
    [[nodiscard]] QUrl teamServerUrl() const; // empty: not configured
    void setTeamServerUrl(const QUrl &url);
    [[nodiscard]] QString teamToken() const;
    void setTeamToken(const QString &token);
    [[nodiscard]] QString teamDisplayName() const; // default: the user or host name
    void setTeamDisplayName(const QString &name);
    [[nodiscard]] bool teamEnabled() const; // default: false
    void setTeamEnabled(bool enabled);
    [[nodiscard]] TeamConnection::Settings teamSettings() const;
    void setTeamSettings(const TeamConnection::Settings &settings);
    [[nodiscard]] static QString defaultTeamDisplayName();

    // Watched folder: new files there are queued once they stop changing.
    [[nodiscard]] bool watchEnabled() const; // default false
    void setWatchEnabled(bool enabled);
    [[nodiscard]] QString watchFolder() const; // default empty
    void setWatchFolder(const QString &folder);
    // How long a new file must stay unchanged, 1..300 s, default 3.
    [[nodiscard]] int watchStableSeconds() const;
    void setWatchStableSeconds(int seconds);
    // The folder to watch when watching is on and a folder is set; else empty.
    [[nodiscard]] QString activeWatchFolder() const;

    // Main window
    [[nodiscard]] QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    void sync();

private:
    template<typename T> [[nodiscard]] T get(const Setting<T> &setting) const;
    template<typename T> void set(const Setting<T> &setting, const T &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace InvoiceDash

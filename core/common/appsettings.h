#pragma once

#include "metrics/thresholdmonitor.h"
#include "net/teamconnection.h"
#include "pipeline/pipeline.h"

#include <QByteArray>
#include <QPoint>
#include <QSettings>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace InvoiceDash {

// One typed setting: key, default and clamping in one place.
template<typename T> struct Setting
{
    const char *key;
    T defaultValue;
    std::function<T(T)> clamp = {};
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

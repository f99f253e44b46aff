#include "preferencesdialog.h"

#include "common/appsettings.h"
#include "common/logging.h"
#include "interfacepreferences.h"
#include "messagebanner.h"
#include "ocr/ocrengine.h"
#include "overlaypreferences.h"
#include "watchpreferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace InvoiceDash {

namespace {

constexpr QLatin1StringView TraineddataSuffix(".traineddata");

// A readable name for a Tesseract code such as "deu", or an empty string.
QString languageName(const QString &code)
{
    const QLocale::Language language = QLocale::codeToLanguage(code);
    return language == QLocale::AnyLanguage ? QString() : QLocale::languageToString(language);
}

// A secondary line of text under a control.
QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

// The first icon of the theme with one of these names, else an eye drawn in
// the text colour (crossed out for "hide"); themes name the icon differently.
QIcon eyeIcon(bool crossed, const QPalette &palette)
{
    const QStringList names = crossed
        ? QStringList{QStringLiteral("view-hidden"), QStringLiteral("view-conceal-symbolic")}
        : QStringList{QStringLiteral("view-visible"), QStringLiteral("view-reveal-symbolic")};
    for (const QString &name : names) {
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = palette.color(QPalette::Text);
    painter.setPen(QPen(color, 2.5));
    QPainterPath eye;
    eye.moveTo(3, 16);
    eye.quadTo(16, 3, 29, 16);
    eye.quadTo(16, 29, 3, 16);
    painter.drawPath(eye);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(16, 16), 4.5, 4.5);
    if (crossed)
        painter.drawLine(QPointF(6, 27), QPointF(26, 5));
    return QIcon(pixmap);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_options(AppSettings().pipelineOptions())
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_tessdataPath = OcrEngine::resolveTessdataPath(m_options.processor.ocr);

    // The sections scroll when the screen is too short for all of them.
    auto *content = new QWidget(this);
    auto *sections = new QVBoxLayout(content);
    sections->setContentsMargins(0, 0, 0, 0);
    sections->setSpacing(12);
    sections->addWidget(createProcessingGroup());
    sections->addWidget(createPreprocessingGroup());
    sections->addWidget(createOcrGroup());
    sections->addWidget(createTeamGroup());
    m_watch = new WatchPreferences(this);
    sections->addWidget(m_watch);
    m_overlay = new OverlayPreferences(this);
    sections->addWidget(m_overlay);
    m_interface = new InterfacePreferences(this);
    sections->addWidget(m_interface);
    sections->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("preferencesScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_scroll, 1);

    // Created last so that the tab order starts at the first setting.
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Reset the processing, preprocessing, OCR and overlay settings to "
                        "their defaults; the team server settings are kept. Nothing is saved "
                        "until you click OK"));
    layout->addWidget(m_buttons);

    loadLanguages();
    showOptions(m_options);
    const AppSettings settings;
    showTeamSettings(settings.teamSettings());
    m_overlay->setThresholds(settings.overlayThresholds());
    m_overlay->setOpacity(settings.overlayOpacity());
    m_watch->setValues(settings.watchEnabled(), settings.watchFolder(),
                       settings.watchStableSeconds());
    m_interface->setValues(settings.interfaceLanguage(),
                           settings.preferredPlatform() == QLatin1String("xcb"));
    setMinimumWidth(500);
    growToFit();
}

QWidget *PreferencesDialog::createProcessingGroup()
{
    auto *group = new QGroupBox(tr("Processing"), this);
    auto *form = new QFormLayout(group);

    m_workers = new QSpinBox(group);
    m_workers->setObjectName(QStringLiteral("workerSpin"));
    m_workers->setRange(AppSettings::MinWorkers, AppSettings::MaxWorkers);
    m_workers->setToolTip(tr("How many invoices are read at the same time"));

    auto *field = new QWidget(group);
    auto *fieldLayout = new QHBoxLayout(field);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    fieldLayout->addWidget(m_workers);
    const int cores = AppSettings::defaultWorkerCount();
    auto *coresHint = hintLabel(cores == 1 ? tr("This computer has 1 core.")
                                           : tr("This computer has %1 cores.").arg(cores),
                                field);
    coresHint->setObjectName(QStringLiteral("coresHint"));
    fieldLayout->addWidget(coresHint, 1);
    form->addRow(tr("&Worker threads:"), field);
    qobject_cast<QLabel *>(form->labelForField(field))->setBuddy(m_workers);
    form->addRow(QString(),
                 hintLabel(tr("More threads finish a batch sooner but use more memory."), group));
    return group;
}

QCheckBox *PreferencesDialog::addStep(QFormLayout *form, const QString &objectName,
                                      const QString &label, const QString &explanation)
{
    auto *box = new QCheckBox(label, form->parentWidget());
    box->setObjectName(objectName);
    auto *hint = hintLabel(explanation, form->parentWidget());
    // Line the explanation up with the check box text, not its indicator.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, box);
    hint->setIndent(indent);
    auto *step = new QWidget(form->parentWidget());
    auto *stepLayout = new QVBoxLayout(step);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    stepLayout->setSpacing(1);
    stepLayout->addWidget(box);
    stepLayout->addWidget(hint);
    form->addRow(step);
    return box;
}

QWidget *PreferencesDialog::createPreprocessingGroup()
{
    auto *group = new QGroupBox(tr("Preprocessing"), this);
    auto *form = new QFormLayout(group);

    m_upscale = addStep(form, QStringLiteral("upscaleCheck"), QString(),
                        tr("Small or low-resolution scans are enlarged so that small print "
                           "stays readable."));
    m_deskew = addStep(form, QStringLiteral("deskewCheck"), tr("Straighten (&deskew)"),
                       tr("Pages photographed or scanned at a slight angle are rotated upright."));
    m_denoise = addStep(form, QStringLiteral("denoiseCheck"), tr("Remove &noise"),
                        tr("Specks and dust from scanners and fax copies are cleaned away."));
    m_binarize = addStep(form, QStringLiteral("binarizeCheck"),
                         tr("Convert to &black and white (binarize)"),
                         tr("Coloured backgrounds and shading are turned into plain black text "
                            "on white."));
    m_adaptive = addStep(form, QStringLiteral("adaptiveCheck"),
                         tr("Run only the steps each page &requires"),
                         tr("Each page is measured first (resolution, skew, contrast, lighting, "
                            "noise); turned off, every step above runs on every page."));

    m_targetDpi = new QSpinBox(group);
    m_targetDpi->setObjectName(QStringLiteral("dpiSpin"));
    m_targetDpi->setRange(AppSettings::MinTargetDpi, AppSettings::MaxTargetDpi);
    m_targetDpi->setSingleStep(50);
    m_targetDpi->setSuffix(tr(" dpi"));
    m_targetDpi->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_targetDpi->setToolTip(tr("The resolution small pages are enlarged to; also assumed for "
                               "images that do not state their own"));
    form->addRow(tr("&Target resolution:"), m_targetDpi);

    const auto updateUpscaleText
        = [this](int dpi) { m_upscale->setText(tr("&Upscale small pages to ~%1 dpi").arg(dpi)); };
    connect(m_targetDpi, &QSpinBox::valueChanged, this, updateUpscaleText);
    updateUpscaleText(m_targetDpi->value());
    return group;
}

QWidget *PreferencesDialog::createOcrGroup()
{
    auto *group = new QGroupBox(tr("OCR language"), this);
    auto *form = new QFormLayout;

    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_language->setMinimumContentsLength(12);
    m_language->setToolTip(tr("The Tesseract language of your invoices; join several with +, "
                              "e.g. eng+deu"));
    form->addRow(tr("&Language:"), m_language);
    connect(m_language, &QComboBox::currentTextChanged, this, [this] { m_error->hide(); });

    form->addRow(
        QString(),
        hintLabel(tr("Join several with +, e.g. eng+deu; each one slows reading."), group));
    m_tessdataLabel = hintLabel(QString(), group);
    m_tessdataLabel->setObjectName(QStringLiteral("tessdataLabel"));
    m_tessdataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_tessdataLabel);

    // Outside the form: hidden form rows still take up spacing.
    m_languageNotice = new MessageBanner(group);
    m_languageNotice->setObjectName(QStringLiteral("languageNotice"));
    m_error = new MessageBanner(group);
    m_error->setObjectName(QStringLiteral("languageError"));
    auto *layout = new QVBoxLayout(group);
    layout->addLayout(form);
    layout->addWidget(m_languageNotice);
    layout->addWidget(m_error);
    return group;
}

QWidget *PreferencesDialog::createTeamGroup()
{
    auto *group = new QGroupBox(tr("Team server"), this);
    auto *layout = new QVBoxLayout(group);
    auto *top = new QFormLayout;
    layout->addLayout(top);
    m_teamEnabled
        = addStep(top, QStringLiteral("teamEnabledCheck"), tr("&Share metrics with a team server"),
                  tr("Sends how long each invoice took, its accuracy and whether it "
                     "failed; never the invoice itself."));

    m_teamFields = new QWidget(group);
    m_teamFields->setObjectName(QStringLiteral("teamFields"));
    auto *form = new QFormLayout(m_teamFields);
    form->setContentsMargins(0, 0, 0, 0);

    m_teamUrl = new QLineEdit(m_teamFields);
    m_teamUrl->setObjectName(QStringLiteral("teamUrlEdit"));
    m_teamUrl->setPlaceholderText(QStringLiteral("ws://server:8765"));
    m_teamUrl->setToolTip(tr("The WebSocket address of the team server, ws:// or wss://"));
    form->addRow(tr("Server &address:"), m_teamUrl);
    form->addRow(QString(),
                 hintLabel(tr("Ask your team lead for the address and a token."), m_teamFields));
    connect(m_teamUrl, &QLineEdit::textEdited, this, [this] { m_teamError->hide(); });

    m_teamToken = new QLineEdit(m_teamFields);
    m_teamToken->setObjectName(QStringLiteral("teamTokenEdit"));
    m_teamToken->setEchoMode(QLineEdit::Password);
    m_showToken = m_teamToken->addAction(QIcon(), QLineEdit::TrailingPosition);
    m_showToken->setObjectName(QStringLiteral("showTokenAction"));
    m_showToken->setCheckable(true);
    const auto updateTokenEcho = [this](bool shown) {
        m_teamToken->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setIcon(eyeIcon(shown, palette()));
        m_showToken->setToolTip(shown ? tr("Hide the token") : tr("Show the token"));
    };
    connect(m_showToken, &QAction::toggled, this, updateTokenEcho);
    updateTokenEcho(false);
    form->addRow(tr("&Token:"), m_teamToken);
    const QString settingsFile = AppSettings().fileName();
    auto *tokenHint = hintLabel(
        tr("Saved as plain text in %1 on this computer.").arg(QFileInfo(settingsFile).fileName()),
        m_teamFields);
    tokenHint->setObjectName(QStringLiteral("teamTokenHint"));
    tokenHint->setToolTip(QDir::toNativeSeparators(settingsFile));
    form->addRow(QString(), tokenHint);

    m_teamName = new QLineEdit(m_teamFields);
    m_teamName->setObjectName(QStringLiteral("teamNameEdit"));
    m_teamName->setPlaceholderText(AppSettings::defaultTeamDisplayName());
    m_teamName->setToolTip(tr("How your numbers are labelled on the team server"));
    form->addRow(tr("Display &name:"), m_teamName);

    layout->addWidget(m_teamFields);
    // Outside the form, like the language error.
    m_teamError = new MessageBanner(group);
    m_teamError->setObjectName(QStringLiteral("teamError"));
    layout->addWidget(m_teamError);

    connect(m_teamEnabled, &QCheckBox::toggled, this, [this] {
        m_teamError->hide();
        updateTeamFields();
    });
    return group;
}

QStringList PreferencesDialog::installedLanguages(const QString &tessdataPath)
{
    QStringList languages;
    const QStringList files = QDir(tessdataPath)
                                  .entryList({QStringLiteral("*") + TraineddataSuffix},
                                             QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.chopped(TraineddataSuffix.size());
        if (!language.isEmpty() && language != QLatin1String("osd"))
            languages << language;
    }
    return languages;
}

void PreferencesDialog::loadLanguages()
{
    m_languages = installedLanguages(m_tessdataPath);
    const QString folder = QDir::toNativeSeparators(m_tessdataPath);
    m_tessdataLabel->setText(tr("Language data is read from %1").arg(folder));

    const QSignalBlocker blocker(m_language);
    m_language->clear();
    for (const QString &language : std::as_const(m_languages)) {
        m_language->addItem(language);
        const QString name = languageName(language);
        if (!name.isEmpty())
            m_language->setItemData(m_language->count() - 1, name, Qt::ToolTipRole);
    }

    if (m_languages.isEmpty()) {
        qCWarning(lcUi, "No Tesseract language data in %s", qUtf8Printable(m_tessdataPath));
        m_languageNotice->showMessage(
            tr("No language data found in %1; install tesseract-ocr-eng (or the package of "
               "your language) or set TESSDATA_PREFIX to a folder with .traineddata files.")
                .arg(folder),
            MessageBanner::Kind::Warning);
    } else {
        m_languageNotice->hide();
    }
}

void PreferencesDialog::showOptions(const PipelineOptions &options)
{
    m_workers->setValue(options.workers > 0 ? options.workers : AppSettings::defaultWorkerCount());
    const PreprocessOptions &preprocess = options.processor.preprocess;
    m_upscale->setChecked(preprocess.upscale);
    m_deskew->setChecked(preprocess.deskew);
    m_denoise->setChecked(preprocess.denoise);
    m_binarize->setChecked(preprocess.binarize);
    m_adaptive->setChecked(preprocess.adaptive);
    m_targetDpi->setValue(preprocess.targetDpi);
    m_language->setCurrentText(options.processor.ocr.language);
    m_error->hide();
}

void PreferencesDialog::showTeamSettings(const TeamConnection::Settings &settings)
{
    m_teamEnabled->setChecked(settings.enabled);
    m_teamUrl->setText(settings.url.toString());
    m_teamToken->setText(settings.token);
    m_teamName->setText(settings.displayName);
    m_teamError->hide();
    updateTeamFields();
}

void PreferencesDialog::updateTeamFields()
{
    m_teamFields->setEnabled(m_teamEnabled->isChecked());
}

void PreferencesDialog::restoreDefaults()
{
    PipelineOptions defaults;
    defaults.workers = AppSettings::defaultWorkerCount();
    defaults.processor.preprocess = PreprocessOptions{};
    defaults.processor.ocr.language = OcrConfig{}.language;
    showOptions(defaults);
    m_watch->restoreDefaults();
    m_overlay->restoreDefaults();
    m_interface->restoreDefaults();
}

QString PreferencesDialog::languageText() const
{
    return m_language->currentText().trimmed();
}

QString PreferencesDialog::validateLanguage(const QString &language) const
{
    const QStringList languages = OcrEngine::languagesOf(language);
    if (languages.isEmpty())
        return tr("Enter an OCR language such as eng, or several joined with +, e.g. eng+deu.");
    if (languages.contains(QLatin1String("osd")))
        return tr("\u201cosd\u201d only detects how a page is rotated and cannot read text; "
                  "choose a reading language such as eng.");

    QStringList missing;
    QStringList packages;
    const QDir dir(m_tessdataPath);
    for (const QString &name : languages) {
        if (!QFileInfo(dir.filePath(name + TraineddataSuffix)).isFile()) {
            missing << QStringLiteral("\u201c%1\u201d").arg(name);
            packages << OcrEngine::debianPackageFor(name);
        }
    }
    if (missing.isEmpty())
        return {};
    return tr("No language data for %1 in %2. Install %3 or choose an installed language.")
        .arg(QLocale().createSeparatedList(missing), QDir::toNativeSeparators(m_tessdataPath),
             QLocale().createSeparatedList(packages));
}

QString PreferencesDialog::validateTeamServer() const
{
    if (!m_teamEnabled->isChecked())
        return {};
    const QString text = m_teamUrl->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the address of the team server, e.g. ws://server:8765, or turn "
                  "sharing off.");
    if (!text.contains(QLatin1String("://")))
        return tr("\u201c%1\u201d is not a server address; it starts with ws:// or wss://, "
                  "e.g. ws://server:8765.")
            .arg(text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return tr("\u201c%1\u201d is not a valid server address; check it for typing errors.")
            .arg(text);
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return tr("Use ws:// or wss:// instead of %1:// for a team server.").arg(scheme);
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return tr("%1:// is not supported; the address of a team server starts with ws:// or "
                  "wss://.")
            .arg(scheme);
    if (url.host().isEmpty())
        return tr("The address has no server name; enter one such as ws://server:8765.");
    return {};
}

void PreferencesDialog::growToFit()
{
    // All sections without scrolling when the screen has room (a shown
    // banner must not squeeze the others), else as tall as the screen allows.
    layout()->activate();
    QWidget *content = m_scroll->widget();
    const int chrome = height() - m_scroll->viewport()->height();
    QSize wanted(std::max(width(),
                          content->minimumSizeHint().width()
                              + m_scroll->verticalScrollBar()->sizeHint().width()
                              + layout()->contentsMargins().left()
                              + layout()->contentsMargins().right()),
                 content->sizeHint().height() + std::max(chrome, 0));
    if (const QScreen *screen = this->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() - QSize(40, 80));
    resize(size().expandedTo(wanted));
}

void PreferencesDialog::accept()
{
    const QString language = languageText();
    const QString problem = validateLanguage(language);
    if (!problem.isEmpty()) {
        m_error->showMessage(problem, MessageBanner::Kind::Error);
        growToFit();
        m_language->setFocus();
        m_language->lineEdit()->selectAll();
        return;
    }
    const QString teamProblem = validateTeamServer();
    if (!teamProblem.isEmpty()) {
        m_teamError->showMessage(teamProblem, MessageBanner::Kind::Error);
        growToFit();
        m_teamUrl->setFocus();
        m_teamUrl->selectAll();
        return;
    }

    const QString watchProblem = m_watch->validate();
    if (!watchProblem.isEmpty()) {
        m_watch->showError(watchProblem);
        growToFit();
        return;
    }

    AppSettings settings;
    // The core count is stored as "one per core" so it follows the hardware.
    settings.setWorkerCount(
        m_workers->value() == AppSettings::defaultWorkerCount() ? 0 : m_workers->value());
    PreprocessOptions preprocess = settings.preprocessOptions(); // keeps what is not shown here
    preprocess.upscale = m_upscale->isChecked();
    preprocess.deskew = m_deskew->isChecked();
    preprocess.denoise = m_denoise->isChecked();
    preprocess.binarize = m_binarize->isChecked();
    preprocess.adaptive = m_adaptive->isChecked();
    preprocess.targetDpi = m_targetDpi->value();
    settings.setPreprocessOptions(preprocess);
    settings.setOcrLanguage(language);
    const QString teamUrl = m_teamUrl->text().trimmed();
    settings.setTeamSettings({teamUrl.isEmpty() ? QUrl() : QUrl(teamUrl),
                              m_teamToken->text().trimmed(), m_teamName->text().trimmed(),
                              m_teamEnabled->isChecked()});
    settings.setOverlayThresholds(m_overlay->thresholds());
    settings.setOverlayOpacity(m_overlay->opacity());
    settings.setWatchEnabled(m_watch->isWatchEnabled());
    settings.setWatchFolder(m_watch->folder());
    settings.setWatchStableSeconds(m_watch->stableSeconds());
    settings.setInterfaceLanguage(m_interface->language());
    settings.setPreferredPlatform(m_interface->preferX11() ? QStringLiteral("xcb") : QString());
    settings.sync();
    m_options = settings.pipelineOptions();
    qCInfo(lcUi, "Preferences saved: %d workers, OCR language %s", m_options.workers,
           qUtf8Printable(m_options.processor.ocr.language));
    qCInfo(lcUi, "Team sharing %s, server %s", m_teamEnabled->isChecked() ? "on" : "off",
           qUtf8Printable(settings.teamServerUrl().toDisplayString(QUrl::RemoveUserInfo)));

    Q_EMIT optionsChanged(m_options);
    QDialog::accept();
}

} // namespace InvoiceDash

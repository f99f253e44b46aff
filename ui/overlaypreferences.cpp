#include "overlaypreferences.h"

#include "common/appsettings.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

#include <algorithm>

namespace InvoiceDash {

namespace {

QSpinBox *makeSpin(const QString &objectName, int maximum, int step, const QString &suffix,
                   QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, maximum);
    spin->setSingleStep(step);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(OverlayPreferences::tr("Off"));
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return spin;
}

QDoubleSpinBox *makePercentSpin(const QString &objectName, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, 100);
    spin->setDecimals(1);
    spin->setSingleStep(1);
    spin->setSuffix(OverlayPreferences::tr(" %"));
    spin->setSpecialValueText(OverlayPreferences::tr("Off"));
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return spin;
}

// "amber above [x]   red above [y]" in one form row.
QWidget *pairRow(const QString &warningText, QWidget *warning, const QString &criticalText,
                 QWidget *critical, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *warningLabel = new QLabel(warningText, row);
    warningLabel->setObjectName(QStringLiteral("warningLabel"));
    warningLabel->setBuddy(warning);
    auto *criticalLabel = new QLabel(criticalText, row);
    criticalLabel->setObjectName(QStringLiteral("criticalLabel"));
    criticalLabel->setBuddy(critical);
    layout->addWidget(warningLabel);
    layout->addWidget(warning);
    layout->addSpacing(12);
    layout->addWidget(criticalLabel);
    layout->addWidget(critical);
    layout->addStretch(1);
    return row;
}

} // namespace

OverlayPreferences::OverlayPreferences(QWidget *parent) : QGroupBox(tr("Overlay"), parent)
{
    setObjectName(QStringLiteral("overlayGroup"));
    auto *form = new QFormLayout(this);

    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setObjectName(QStringLiteral("overlayOpacitySlider"));
    m_opacity->setRange(AppSettings::MinOverlayOpacity, AppSettings::MaxOverlayOpacity);
    m_opacity->setSingleStep(5);
    m_opacity->setPageStep(10);
    m_opacity->setToolTip(tr("How opaque the floating dashboard is"));
    m_opacityLabel = new QLabel(this);
    m_opacityLabel->setObjectName(QStringLiteral("overlayOpacityLabel"));
    m_opacityLabel->setMinimumWidth(
        m_opacityLabel->fontMetrics().horizontalAdvance(tr("%1 %", "opacity percent").arg(100)));
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        m_opacityLabel->setText(tr("%1 %", "opacity percent").arg(value));
    });
    auto *opacityRow = new QWidget(this);
    auto *opacityLayout = new QHBoxLayout(opacityRow);
    opacityLayout->setContentsMargins(0, 0, 0, 0);
    opacityLayout->addWidget(m_opacity, 1);
    opacityLayout->addWidget(m_opacityLabel);
    form->addRow(tr("O&pacity:"), opacityRow);
    qobject_cast<QLabel *>(form->labelForField(opacityRow))->setBuddy(m_opacity);

    m_latencyWarning
        = makeSpin(QStringLiteral("latencyWarningSpin"), 600'000, 100, tr(" ms"), this);
    m_latencyCritical
        = makeSpin(QStringLiteral("latencyCriticalSpin"), 600'000, 100, tr(" ms"), this);
    form->addRow(
        tr("Avg latency:"),
        pairRow(tr("&amber above"), m_latencyWarning, tr("red above"), m_latencyCritical, this));

    m_accuracyWarning = makePercentSpin(QStringLiteral("accuracyWarningSpin"), this);
    m_accuracyCritical = makePercentSpin(QStringLiteral("accuracyCriticalSpin"), this);
    form->addRow(
        tr("Avg accuracy:"),
        pairRow(tr("amber &below"), m_accuracyWarning, tr("red below"), m_accuracyCritical, this));

    m_failuresWarning = makeSpin(QStringLiteral("failuresWarningSpin"), 10'000, 1, QString(), this);
    m_failuresCritical
        = makeSpin(QStringLiteral("failuresCriticalSpin"), 10'000, 1, QString(), this);
    form->addRow(
        tr("Failed invoices:"),
        pairRow(tr("amber a&t"), m_failuresWarning, tr("red at"), m_failuresCritical, this));

    m_hold = makeSpin(QStringLiteral("thresholdHoldSpin"), AppSettings::MaxThresholdHoldSeconds, 1,
                      tr(" s"), this);
    m_hold->setSpecialValueText(tr("No delay"));
    m_hold->setToolTip(tr("A threshold must be crossed this long before a card changes colour, "
                          "and be clear this long before the colour goes away"));
    form->addRow(tr("&Hold for:"), m_hold);

    auto *hint
        = new QLabel(tr("Measured over the metrics window. Off disables a threshold."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);

    // Line the spin boxes of the three threshold rows up in columns.
    for (const char *role : {"warningLabel", "criticalLabel"}) {
        const QList<QLabel *> labels = findChildren<QLabel *>(QLatin1StringView(role));
        int width = 0;
        for (const QLabel *label : labels)
            width = std::max(width, label->sizeHint().width());
        for (QLabel *label : labels)
            label->setMinimumWidth(width);
    }
    int spinWidth = 0;
    const QList<QAbstractSpinBox *> spins = findChildren<QAbstractSpinBox *>();
    for (const QAbstractSpinBox *spin : spins)
        spinWidth = std::max(spinWidth, spin->sizeHint().width());
    for (QAbstractSpinBox *spin : spins)
        spin->setMinimumWidth(spinWidth);

    restoreDefaults();
}

void OverlayPreferences::setThresholds(const OverlayThresholds &t)
{
    m_latencyWarning->setValue(t.latencyWarningMs);
    m_latencyCritical->setValue(t.latencyCriticalMs);
    m_accuracyWarning->setValue(t.accuracyWarning);
    m_accuracyCritical->setValue(t.accuracyCritical);
    m_failuresWarning->setValue(t.failuresWarning);
    m_failuresCritical->setValue(t.failuresCritical);
    m_hold->setValue(t.holdSeconds);
}

OverlayThresholds OverlayPreferences::thresholds() const
{
    OverlayThresholds t;
    t.latencyWarningMs = m_latencyWarning->value();
    t.latencyCriticalMs = m_latencyCritical->value();
    t.accuracyWarning = m_accuracyWarning->value();
    t.accuracyCritical = m_accuracyCritical->value();
    t.failuresWarning = m_failuresWarning->value();
    t.failuresCritical = m_failuresCritical->value();
    t.holdSeconds = m_hold->value();
    return t;
}

void OverlayPreferences::setOpacity(int percent)
{
    m_opacity->setValue(percent);
    m_opacityLabel->setText(tr("%1 %", "opacity percent").arg(m_opacity->value()));
}

int OverlayPreferences::opacity() const
{
    return m_opacity->value();
}

void OverlayPreferences::restoreDefaults()
{
    setThresholds(OverlayThresholds{});
    setOpacity(AppSettings::MaxOverlayOpacity);
}

} // namespace InvoiceDash

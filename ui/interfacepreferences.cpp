#include "interfacepreferences.h"

#include "languages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>

namespace InvoiceDash {

InterfacePreferences::InterfacePreferences(QWidget *parent) : QGroupBox(tr("Interface"), parent)
{
    setObjectName(QStringLiteral("interfacePreferences"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("interfaceLanguageCombo"));
    const QString system = Languages::nativeName(QLocale::system().name().section(u'_', 0, 0));
    m_language->addItem(tr("System default (%1)").arg(system), QString());
    m_language->addItem(Languages::nativeName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString &code : Languages::available())
        m_language->addItem(Languages::nativeName(code), code);
    m_language->setToolTip(tr("The language of menus, messages and the overlay"));

    m_x11 = new QCheckBox(tr("Start on the &X11 backend (keeps the overlay on top on Wayland)"),
                          this);
    m_x11->setObjectName(QStringLiteral("x11Check"));
    m_x11->setToolTip(tr("Wayland desktops decide themselves which window stays on top; through "
                         "X11 (XWayland) the overlay can. Same as starting InvoiceDash with "
                         "QT_QPA_PLATFORM=xcb"));

    m_hint = new QLabel(tr("InvoiceDash uses these settings the next time it starts."), this);
    m_hint->setObjectName(QStringLiteral("restartHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Interface lan&guage:"), m_language);
    form->addRow(m_x11);
    form->addRow(m_hint);

    connect(m_language, &QComboBox::currentIndexChanged, this, &InterfacePreferences::updateHint);
    connect(m_x11, &QCheckBox::toggled, this, &InterfacePreferences::updateHint);
}

void InterfacePreferences::setValues(const QString &language, bool preferX11)
{
    const int index = m_language->findData(language.trimmed());
    m_language->setCurrentIndex(std::max(index, 0)); // unknown codes: the system's
    m_x11->setChecked(preferX11);
    m_startX11 = preferX11;
    updateHint();
}

QString InterfacePreferences::language() const
{
    return m_language->currentData().toString();
}

bool InterfacePreferences::preferX11() const
{
    return m_x11->isChecked();
}

void InterfacePreferences::restoreDefaults()
{
    m_language->setCurrentIndex(0);
    m_x11->setChecked(false);
}

void InterfacePreferences::updateHint()
{
    // Against what is running: the default locale is the interface language
    // Languages::install() chose at start. (Whether X11 would be Qt's own
    // choice is not known, so the backend compares with the stored value.)
    const auto spoken = [](const QLocale &locale) {
        return locale.language() == QLocale::C ? QLocale::English : locale.language();
    };
    const bool otherLanguage = spoken(Languages::resolve(language())) != spoken(QLocale());
    m_hint->setVisible(otherLanguage || preferX11() != m_startX11);
}

} // namespace InvoiceDash

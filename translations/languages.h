#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// Which language the user interface speaks: the translations InvoiceDash
// ships (compiled into the resource folder :/i18n) and Qt's own (qtbase_*.qm
// from Qt's translations folder, for standard dialogs and buttons).
namespace InvoiceDash::Languages {

// The languages InvoiceDash has a translation for, as ISO 639 codes ("de",
// "es", "fr"), sorted. English is the source language and needs none.
[[nodiscard]] QStringList available();

// The language's name in that language, e.g. "Deutsch" for "de".
[[nodiscard]] QString nativeName(const QString &code);

// The locale the interface uses for a stored setting: an empty setting means
// the system's locale; "en" or the code of an available language means that
// language, in the system's territory where the pair exists (so number and
// date formats stay local). Anything else falls back to the system's locale.
[[nodiscard]] QLocale resolve(const QString &setting, const QLocale &system = QLocale::system());

// What happened when the translators for a locale were installed.
struct InstallResult
{
    bool ok = false;           // the interface speaks the locale's language (or English)
    QString language;          // the code of the translation in use; empty for English
    bool qtTranslated = false; // Qt's own strings are translated too
    QString error;             // why not, when !ok
};

// Installs InvoiceDash's and Qt's translators for `locale` on the running
// application, replacing the ones an earlier call installed, and makes it the
// default QLocale. English locales need no translation and succeed. A locale
// with no InvoiceDash translation leaves the interface in English and says so
// in `error`.
InstallResult install(const QLocale &locale);

} // namespace InvoiceDash::Languages

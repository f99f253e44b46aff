#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace InvoiceDash::Languages {

namespace {

const QString ResourceDir = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("invoicedash_");

// The translators install() put on the application, removed by the next call.
QPointer<QTranslator> &installed(int slot)
{
    static QPointer<QTranslator> translators[2];
    return translators[slot];
}

void replaceTranslator(int slot, QTranslator *translator)
{
    if (QTranslator *old = installed(slot)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed(slot) = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

QStringList available()
{
    QStringList codes;
    const QStringList files
        = QDir(ResourceDir).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(Prefix.size()).chopped(3)); // drop ".qm"
    std::sort(codes.begin(), codes.end());
    return codes;
}

QString nativeName(const QString &code)
{
    // Qt's native names carry the default territory for some languages
    // ("American English", "español de España"); a language menu wants none.
    static const QHash<QLocale::Language, QString> names{
        {QLocale::C, QStringLiteral("English")},
        {QLocale::English, QStringLiteral("English")},
        {QLocale::German, QStringLiteral("Deutsch")},
        {QLocale::French, QStringLiteral("Français")},
        {QLocale::Spanish, QStringLiteral("Español")},
    };
    const QLocale locale(code);
    if (const auto it = names.constFind(locale.language()); it != names.cend())
        return *it;
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = locale.toUpper(name.left(1)).at(0);
    return name;
}

QLocale resolve(const QString &setting, const QLocale &system)
{
    const QString code = setting.trimmed();
    const bool known = code == QLatin1String("en") || available().contains(code);
    if (!known)
        return system;
    const QLocale::Language language = QLocale(code).language();
    if (language == system.language())
        return system;
    // The chosen language in the system's territory where that exists (so
    // English in Germany keeps German number formats), else its own default.
    const QLocale local(language, system.territory());
    return local.language() == language ? local : QLocale(language);
}

InstallResult install(const QLocale &locale)
{
    InstallResult result;
    QLocale::setDefault(locale);

    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        result.qtTranslated = true;
        replaceTranslator(0, qt);
    } else {
        delete qt;
        replaceTranslator(0, nullptr);
    }

    auto *app = new QTranslator;
    if (app->load(locale, Prefix.chopped(1), QStringLiteral("_"), ResourceDir)) {
        // e.g. ":/i18n/invoicedash_de.qm"
        result.language = QFileInfo(app->filePath()).completeBaseName().mid(Prefix.size());
        result.ok = true;
        replaceTranslator(1, app);
        return result;
    }
    delete app;
    replaceTranslator(1, nullptr);
    result.ok = isEnglish(locale);
    if (!result.ok)
        result.error = QStringLiteral("InvoiceDash has no %1 translation (it has: %2); the "
                                      "interface stays in English.")
                           .arg(QLocale::languageToString(locale.language()),
                                available().join(QStringLiteral(", ")));
    return result;
}

} // namespace InvoiceDash::Languages

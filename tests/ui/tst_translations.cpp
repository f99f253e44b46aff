// The shipped translations: every .ts file is complete and consistent with
// its sources, every language loads from the resources and translates what
// its .ts file says, and the interface-language setting resolves as
// documented in languages.h.
#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace InvoiceDash;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form
};

struct TsFile
{
    QString language; // the TS element's language attribute, e.g. "de_DE"
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// %1..%99, %L1, %n and %Ln, sorted: the translation may reorder them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// Single '&' marks an accelerator; "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&')
            ++i;
        else
            ++count;
    }
    return count;
}

QStringList tsFiles()
{
    return QDir(QStringLiteral(INVOICEDASH_TRANSLATIONS_DIR))
        .entryList({QStringLiteral("invoicedash_*.ts")}, QDir::Files, QDir::Name);
}

QString codeOf(const QString &tsFileName)
{
    return tsFileName.mid(QStringLiteral("invoicedash_").size()).chopped(3);
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Languages::install(QLocale(QLocale::English)); }
    void cleanupTestCase() { Languages::install(QLocale(QLocale::English)); }

    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void languageLoads_data();
    void languageLoads();
    void shippedLanguagesAreTheTsFiles();
    void englishNeedsNoTranslation();
    void missingLanguageStaysEnglish();
    void switchingLanguageReplacesTheTranslators();
    void resolve_data();
    void resolve();
    void nativeNames();
};

void TstTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = tsFiles();
    QVERIFY2(files.size() >= 3, qPrintable(files.join(u' ')));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file))
            << QDir(QStringLiteral(INVOICEDASH_TRANSLATIONS_DIR)).filePath(file);
}

void TstTranslations::tsFileIsComplete()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.messages.size() > 100, qPrintable(QString::number(ts.messages.size())));
    QCOMPARE(ts.language.section(u'_', 0, 0), codeOf(QFileInfo(path).fileName()));

    QStringList problems;
    for (const Message &message : ts.messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source + u'"';
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(where, message.type);
            continue;
        }
        if (message.translations.isEmpty()
            || (message.numerus && message.translations.size() < 2)) {
            problems << QStringLiteral("%1 lacks translations").arg(where);
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems << QStringLiteral("%1 has an empty translation").arg(where);
            else if (placeholders(translation) != placeholders(message.source)
                     && !(message.numerus
                          && placeholders(translation + QStringLiteral("%n"))
                              == placeholders(message.source)))
                problems
                    << QStringLiteral("%1: placeholders of \"%2\" differ").arg(where, translation);
            else if (accelerators(translation) != accelerators(message.source))
                problems
                    << QStringLiteral("%1: accelerators of \"%2\" differ").arg(where, translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTranslations::languageLoads_data()
{
    tsFileIsComplete_data();
}

void TstTranslations::languageLoads()
{
    QFETCH(QString, path);
    const QString code = codeOf(QFileInfo(path).fileName());
    const Languages::InstallResult result = Languages::install(QLocale(code));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.language, code);
    QCOMPARE(QLocale().language(), QLocale(code).language());

    // Every message of the .ts file comes out of the compiled resource as
    // the .ts file says.
    const TsFile ts = readTs(path);
    QVERIFY(!ts.messages.isEmpty());
    for (const Message &message : ts.messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        if (!message.numerus) {
            QCOMPARE(QCoreApplication::translate(context, source,
                                                 comment.isEmpty() ? nullptr : comment.constData()),
                     message.translations.value(0));
            continue;
        }
        // German, French and Spanish: form 0 for one, form 1 for many.
        const QString many = QCoreApplication::translate(context, source, nullptr, 7);
        QCOMPARE(many,
                 QString(message.translations.value(1))
                     .replace(QLatin1String("%n"), QStringLiteral("7")));
    }
}

void TstTranslations::shippedLanguagesAreTheTsFiles()
{
    QStringList codes;
    for (const QString &file : tsFiles())
        codes << codeOf(file);
    QCOMPARE(Languages::available(), codes);
    QVERIFY(codes.contains(QStringLiteral("de")));
    QVERIFY(codes.contains(QStringLiteral("fr")));
    QVERIFY(codes.contains(QStringLiteral("es")));
}

void TstTranslations::englishNeedsNoTranslation()
{
    Languages::install(QLocale(QStringLiteral("de")));
    const Languages::InstallResult result = Languages::install(QLocale(QStringLiteral("en_GB")));
    QVERIFY(result.ok);
    QVERIFY(result.language.isEmpty());
    QVERIFY(result.error.isEmpty());
    // The German translator is gone: sources come back as they are.
    QCOMPARE(QCoreApplication::translate("InvoiceDash::MainWindow", "&Quit"),
             QStringLiteral("&Quit"));
}

void TstTranslations::missingLanguageStaysEnglish()
{
    const Languages::InstallResult result = Languages::install(QLocale(QLocale::Japanese));
    QVERIFY(!result.ok);
    QVERIFY(result.language.isEmpty());
    QVERIFY2(result.error.contains(QLatin1String("Japanese")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("de, es, fr")), qPrintable(result.error));
    QCOMPARE(QCoreApplication::translate("InvoiceDash::MainWindow", "&Quit"),
             QStringLiteral("&Quit"));
}

void TstTranslations::switchingLanguageReplacesTheTranslators()
{
    QVERIFY(Languages::install(QLocale(QStringLiteral("de"))).ok);
    const QString german = QCoreApplication::translate("InvoiceDash::MainWindow", "&Quit");
    QVERIFY(Languages::install(QLocale(QStringLiteral("fr"))).ok);
    const QString french = QCoreApplication::translate("InvoiceDash::MainWindow", "&Quit");
    QVERIFY(Languages::install(QLocale(QStringLiteral("es"))).ok);
    const QString spanish = QCoreApplication::translate("InvoiceDash::MainWindow", "&Quit");
    const QString all = german + u' ' + french + u' ' + spanish;
    QVERIFY2(german != QLatin1String("&Quit") && french != german && spanish != french
                 && spanish != german,
             qPrintable(all));

    // Qt's own strings follow when Qt's translations are installed (Debian:
    // qt6-translations-l10n, installed by scripts/setup.sh).
    const bool qtFilesThere = QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                                .filePath(QStringLiteral("qtbase_de.qm")));
    QVERIFY2(qtFilesThere, "qtbase_de.qm is missing: install qt6-translations-l10n");
    QVERIFY(Languages::install(QLocale(QStringLiteral("de"))).qtTranslated);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TstTranslations::resolve_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty follows the system") << ""
                                              << "fr_CA"
                                              << "fr_CA";
    QTest::newRow("blank follows the system") << "  "
                                              << "de_AT"
                                              << "de_AT";
    QTest::newRow("same language keeps the territory") << "de"
                                                       << "de_CH"
                                                       << "de_CH";
    QTest::newRow("other language in the system's territory") << "de"
                                                              << "en_US"
                                                              << "de_DE";
    QTest::newRow("French in Canada") << "fr"
                                      << "en_CA"
                                      << "fr_CA";
    QTest::newRow("Spanish in the US") << "es"
                                       << "en_US"
                                       << "es_US";
    QTest::newRow("English in Germany") << "en"
                                        << "de_DE"
                                        << "en_DE";
    QTest::newRow("English on an English system") << "en"
                                                  << "en_GB"
                                                  << "en_GB";
    QTest::newRow("unknown code follows the system") << "xx"
                                                     << "es_ES"
                                                     << "es_ES";
    QTest::newRow("untranslated language follows the system") << "ja"
                                                              << "de_DE"
                                                              << "de_DE";
}

void TstTranslations::resolve()
{
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Languages::resolve(setting, QLocale(system)).name(), expected);
}

void TstTranslations::nativeNames()
{
    QCOMPARE(Languages::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Languages::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    QCOMPARE(Languages::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(Languages::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"

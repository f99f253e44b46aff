#include "ingest/filecollector.h"
#include "ingest/imageloader.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;

class TstFileCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classifies_data();
    void classifies();
    void expandsFoldersRecursively();
    void reportsMissingPathsAndEmptyFolders();
    void dropsDuplicates();
    void honoursTheFileLimit();
    void cancelStopsCollecting();
    void loaderChecksLimitsBeforeDecoding();
    void loaderReportsDamagedFiles();
    void loaderCountsAndLimitsPages();

private:
    QString write(const QString &relative, const QByteArray &bytes);
    QString writeImage(const QString &relative, const char *format, QSize size = {64, 48});

    QTemporaryDir m_dir;
};

QString TstFileCollector::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

QString TstFileCollector::writeImage(const QString &relative, const char *format, QSize size)
{
    const QString path = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    if (!image.save(path, format))
        qFatal("cannot save %s as %s", qPrintable(path), format);
    return path;
}

void TstFileCollector::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TstFileCollector::classifies_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QByteArray>("format"); // empty: raw bytes below
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reasonPart");

    QTest::addRow("png") << "a.png" << QByteArray("PNG") << QByteArray() << true << QString();
    QTest::addRow("jpeg upper-case suffix")
        << "b.JPG" << QByteArray("JPEG") << QByteArray() << true << QString();
    QTest::addRow("tiff") << "c.tiff" << QByteArray("TIFF") << QByteArray() << true << QString();
    QTest::addRow("bmp") << "d.bmp" << QByteArray("BMP") << QByteArray() << true << QString();
    QTest::addRow("webp") << "e.webp" << QByteArray("WEBP") << QByteArray() << true << QString();
    QTest::addRow("png without suffix")
        << "scan-0001" << QByteArray("PNG") << QByteArray() << true << QString();
    QTest::addRow("text file") << "notes.txt" << QByteArray() << QByteArray("hello") << false
                               << QStringLiteral("supported: PNG, JPEG, TIFF, BMP, WebP, PDF");
    QTest::addRow("pdf") << "invoice.pdf" << QByteArray() << QByteArray("%PDF-1.4\n") << true
                         << QString();
    QTest::addRow("pdf without suffix")
        << "scan-0002" << QByteArray() << QByteArray("%PDF-1.7\n%\xe2\xe3\n") << true << QString();
    QTest::addRow("empty png") << "empty.png" << QByteArray() << QByteArray() << false
                               << QStringLiteral("empty");
}

void TstFileCollector::classifies()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, accepted);
    QFETCH(QString, reasonPart);

    const QString path = format.isEmpty()
        ? write(QStringLiteral("one/") + relative, bytes)
        : writeImage(QStringLiteral("one/") + relative, format.constData());
    const CollectedFiles files = FileCollector::collect({path});
    QCOMPARE(files.accepted.size() + files.rejected.size(), 1);
    QCOMPARE(files.accepted.size() == 1, accepted);
    if (!accepted) {
        QCOMPARE(files.rejected.first().path, QDir::cleanPath(path));
        QVERIFY2(files.rejected.first().reason.contains(reasonPart),
                 qPrintable(files.rejected.first().reason));
    }
}

void TstFileCollector::expandsFoldersRecursively()
{
    const QString root = m_dir.filePath(QStringLiteral("tree"));
    const QString a = writeImage(QStringLiteral("tree/a.png"), "PNG");
    const QString b = writeImage(QStringLiteral("tree/sub/deeper/b.jpg"), "JPEG");
    const QString txt = write(QStringLiteral("tree/sub/readme.txt"), "not an invoice");
    writeImage(QStringLiteral("tree/.thumbnails/hidden.png"), "PNG");
    writeImage(QStringLiteral("tree/.hidden.png"), "PNG");

    const CollectedFiles files = FileCollector::collect({root});
    QCOMPARE(files.accepted, (QStringList{a, b}));
    QCOMPARE(files.rejected.size(), 1);
    QCOMPARE(files.rejected.first().path, txt);
}

void TstFileCollector::reportsMissingPathsAndEmptyFolders()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("nothing-here"));
    const QString missing = m_dir.filePath(QStringLiteral("gone.png"));
    const CollectedFiles files
        = FileCollector::collect({missing, m_dir.filePath(QStringLiteral("nothing-here"))});
    QVERIFY(files.accepted.isEmpty());
    QCOMPARE(files.rejected.size(), 2);
    QVERIFY(files.rejected.at(0).reason.contains(QLatin1String("does not exist")));
    QVERIFY(files.rejected.at(1).reason.contains(QLatin1String("no files")));
}

void TstFileCollector::dropsDuplicates()
{
    const QString a = writeImage(QStringLiteral("dup/a.png"), "PNG");
    const CollectedFiles files
        = FileCollector::collect({a, m_dir.filePath(QStringLiteral("dup")),
                                  m_dir.filePath(QStringLiteral("dup/../dup/a.png"))});
    QCOMPARE(files.accepted, QStringList{a});
    QVERIFY(files.rejected.isEmpty());
}

void TstFileCollector::honoursTheFileLimit()
{
    for (int i = 0; i < 5; ++i)
        writeImage(QStringLiteral("many/%1.png").arg(i), "PNG", {8, 8});
    const CollectedFiles files
        = FileCollector::collect({m_dir.filePath(QStringLiteral("many"))}, nullptr, 3);
    QCOMPARE(files.accepted.size(), 3);
    QCOMPARE(files.rejected.size(), 2);
    QVERIFY(files.rejected.first().reason.contains(QLatin1String("at most 3")));
}

void TstFileCollector::cancelStopsCollecting()
{
    writeImage(QStringLiteral("cancel/a.png"), "PNG", {8, 8});
    CancelToken token;
    token.cancel();
    const CollectedFiles files
        = FileCollector::collect({m_dir.filePath(QStringLiteral("cancel"))}, &token);
    QVERIFY(files.accepted.isEmpty());
}

void TstFileCollector::loaderChecksLimitsBeforeDecoding()
{
    const QString path = writeImage(QStringLiteral("limits/big.png"), "PNG", {3000, 2000});
    LoadLimits limits;
    limits.maxImagePixels = 5'000'000; // 6 MP image
    LoadedImage loaded = ImageLoader::load(path, limits);
    QVERIFY(loaded.image.isNull());
    QVERIFY2(loaded.error.contains(QLatin1String("too large")), qPrintable(loaded.error));
    QCOMPARE(loaded.sha256.size(), 64); // the bytes were read and hashed

    limits.maxImagePixels = 7'000'000;
    loaded = ImageLoader::load(path, limits);
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.image.size(), QSize(3000, 2000));

    limits.maxFileBytes = 10;
    loaded = ImageLoader::load(path, limits);
    QVERIFY(loaded.image.isNull());
    QVERIFY(loaded.error.contains(QLatin1String("too large")));
}

void TstFileCollector::loaderReportsDamagedFiles()
{
    // A real PNG header followed by garbage.
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes += QByteArray(200, '\x42');
    const QString path = write(QStringLiteral("broken/bad.png"), bytes);
    const LoadedImage loaded = ImageLoader::load(path);
    QVERIFY(loaded.image.isNull());
    QVERIFY(!loaded.error.isEmpty());
    QVERIFY(!loaded.sha256.isEmpty());

    const LoadedImage missing = ImageLoader::load(m_dir.filePath(QStringLiteral("nope.png")));
    QVERIFY(missing.error.contains(QLatin1String("does not exist")));
}

void TstFileCollector::loaderCountsAndLimitsPages()
{
    const QString tiff = QStringLiteral(INVOICEDASH_TEST_DATA_DIR "/two-page-invoices.tif");
    LoadedFile file = ImageLoader::readFile(tiff);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(file.pageCount, 2);
    const LoadedImage first = ImageLoader::decodePage(file, 0);
    const LoadedImage second = ImageLoader::decodePage(file, 1);
    QVERIFY(!first.image.isNull() && !second.image.isNull());
    QVERIFY(first.image.size() != second.image.size()); // two different pages
    QVERIFY(!ImageLoader::decodePage(file, 5).error.isEmpty());

    LoadLimits limits;
    limits.maxPages = 1;
    file = ImageLoader::readFile(tiff, limits);
    QVERIFY(!file.ok());
    QVERIFY2(file.error.contains(QLatin1String("2 pages")), qPrintable(file.error));

    // A PNG is one page.
    QCOMPARE(ImageLoader::readFile(writeImage(QStringLiteral("pages/one.png"), "PNG")).pageCount,
             1);
}

QTEST_GUILESS_MAIN(TstFileCollector)
#include "tst_filecollector.moc"

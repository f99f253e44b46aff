// Runs the real `invoicedash process` executable and checks its JSON Lines
// with the corpus scorer (a copy of shared/bench/score.py in tests/data).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString testData(const QString &name)
{
    return QDir(QStringLiteral(INVOICEDASH_TEST_DATA_DIR)).filePath(name);
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void writesJsonLinesTheScorerAccepts();
    void anyFailureGivesExitOne();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        // For failure messages: how the run ended, then what it printed.
        QByteArray describe() const
        {
            const QByteArray how = exitCode == -1 ? QByteArrayLiteral("timed out")
                : exitCode == -2                  ? QByteArrayLiteral("crashed")
                                                  : "exit code " + QByteArray::number(exitCode);
            return how + "; stderr:\n" + err;
        }
    };
    Run run(const QStringList &args, int timeoutMs = 30'000);
    static QList<QJsonObject> readJsonLines(const QString &path);

    QString m_exe;
    QTemporaryDir m_dir;
};

void TstCli::initTestCase()
{
    m_exe = qEnvironmentVariable("INVOICEDASH_EXE");
    QVERIFY2(QFileInfo(m_exe).isExecutable(), "INVOICEDASH_EXE must name the built executable");
    QVERIFY(m_dir.isValid());
}

TstCli::Run TstCli::run(const QStringList &args, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INVOICEDASH_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("DISPLAY")); // the CLI must not need one
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // The assertions read English messages, whatever the developer's locale.
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(m_exe, args);
    Run r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QList<QJsonObject> TstCli::readJsonLines(const QString &path)
{
    QList<QJsonObject> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning("not a JSON object: %s", line.constData());
        out.append(doc.object());
    }
    return out;
}

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("x.jsonl"));
    QTest::addRow("no paths") << QStringList{QStringLiteral("process"), QStringLiteral("--jsonl"),
                                             out}
                              << QStringLiteral("No files");
    QTest::addRow("no --jsonl") << QStringList{QStringLiteral("process"),
                                               testData(QStringLiteral("syn_0022.png"))}
                                << QStringLiteral("--jsonl");
    QTest::addRow("bad --workers") << QStringList{QStringLiteral("process"),
                                                  QStringLiteral("--workers"),
                                                  QStringLiteral("0"),
                                                  QStringLiteral("--jsonl"),
                                                  out,
                                                  testData(QStringLiteral("syn_0022.png"))}
                                   << QStringLiteral("--workers");
    QTest::addRow("unknown option")
        << QStringList{QStringLiteral("process"), QStringLiteral("--frobnicate")}
        << QStringLiteral("frobnicate");
    QTest::addRow("unwritable output")
        << QStringList{QStringLiteral("process"), QStringLiteral("--jsonl"),
                       m_dir.filePath(QStringLiteral("missing/dir/out.jsonl")),
                       testData(QStringLiteral("syn_0022.png"))}
        << QStringLiteral("Cannot write");
}

void TstCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TstCli::helpAndVersion()
{
    Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(INVOICEDASH_VERSION));
    r = run({QStringLiteral("process"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--jsonl"));
    QVERIFY(r.out.contains("--workers"));
    r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("process"));
}

void TstCli::writesJsonLinesTheScorerAccepts()
{
    const QString out = m_dir.filePath(QStringLiteral("results.jsonl"));
    const QStringList pages{QStringLiteral("syn_0009.png"), QStringLiteral("syn_0012.png"),
                            QStringLiteral("syn_0022.png")};
    QStringList args{QStringLiteral("process"), QStringLiteral("--jsonl"), out,
                     QStringLiteral("--workers"), QStringLiteral("2")};
    for (const QString &page : pages)
        args.append(testData(page));
    const Run r = run(args, 240'000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());

    const QList<QJsonObject> records = readJsonLines(out);
    QCOMPARE(records.size(), pages.size() + 1);
    QStringList files;
    for (int i = 0; i < pages.size(); ++i) {
        const QJsonObject &rec = records.at(i);
        files.append(rec.value(QLatin1String("file")).toString());
        QCOMPARE(rec.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(!rec.value(QLatin1String("text")).toString().isEmpty());
        QVERIFY(rec.value(QLatin1String("fields")).isObject());
        QVERIFY(rec.value(QLatin1String("latency_ms")).toDouble() > 0);
        QVERIFY(rec.value(QLatin1String("confidence")).toDouble() > 0);
        QVERIFY(rec.value(QLatin1String("verified")).isBool());
        const QJsonArray checks = rec.value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), 6);
        for (const QJsonValue &check : checks) {
            const QJsonObject c = check.toObject();
            QVERIFY(!c.value(QLatin1String("id")).toString().isEmpty());
            QVERIFY(c.value(QLatin1String("result")).isString());
            QVERIFY(!c.value(QLatin1String("message")).toString().isEmpty());
        }
        const double accuracy = rec.value(QLatin1String("accuracy")).toDouble();
        QVERIFY(accuracy >= 0 && accuracy <= 100);
        const QJsonObject stages = rec.value(QLatin1String("stages_ms")).toObject();
        for (const char *stage : {"load", "preprocess", "ocr", "extract", "store"})
            QVERIFY2(stages.contains(QLatin1String(stage)), stage);
        QCOMPARE(rec.value(QLatin1String("corrected")).toArray(), QJsonArray());
        // Where the total was read, in fractions of the page.
        const QJsonObject total = rec.value(QLatin1String("field_locations"))
                                      .toObject()
                                      .value(QLatin1String("total"))
                                      .toObject();
        QVERIFY2(!total.isEmpty(), qPrintable(files.last()));
        QCOMPARE(total.value(QLatin1String("page")).toInt(), 0);
        QVERIFY(total.value(QLatin1String("w")).toDouble() > 0);
        QVERIFY(total.value(QLatin1String("x")).toDouble()
                    + total.value(QLatin1String("w")).toDouble()
                <= 1.0);
    }
    files.sort();
    QCOMPARE(files, pages);
    const QJsonObject last = records.last();
    QVERIFY(!last.contains(QLatin1String("file")));
    QVERIFY(last.value(QLatin1String("wall_time_s")).toDouble() > 0);
    QCOMPARE(last.value(QLatin1String("jobs")).toInt(), 2);
    QCOMPARE(last.value(QLatin1String("corrected_fields")).toInt(-1), 0);

    // The scorer reads it: every page found, none missing, a throughput.
    QProcess scorer;
    scorer.start(qEnvironmentVariable("INVOICEDASH_PYTHON", QStringLiteral("python3")),
                 {testData(QStringLiteral("score.py")), QStringLiteral(INVOICEDASH_TEST_DATA_DIR),
                  out, QStringLiteral("--json")});
    QVERIFY(scorer.waitForFinished(60'000));
    QVERIFY2(scorer.exitCode() == 0, scorer.readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(scorer.readAllStandardOutput()).object();
    const QJsonObject overall = report.value(QLatin1String("overall")).toObject();
    const int truthPages = QDir(QStringLiteral(INVOICEDASH_TEST_DATA_DIR))
                               .entryList({QStringLiteral("syn_*.json")})
                               .size();
    QCOMPARE(overall.value(QLatin1String("n")).toInt(), truthPages);
    QCOMPARE(overall.value(QLatin1String("missing")).toInt(), truthPages - int(pages.size()));
    QVERIFY(overall.value(QLatin1String("throughput_img_per_s")).toDouble() > 0);
    // Recognition is real: the text of clean pages is close to the truth.
    QVERIFY(overall.value(QLatin1String("cer_fragments")).toDouble() < 0.6);
}

void TstCli::anyFailureGivesExitOne()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.png"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("definitely not a PNG");
    file.close();
    const QString out = m_dir.filePath(QStringLiteral("broken.jsonl"));
    const Run r = run({QStringLiteral("process"), QStringLiteral("--jsonl"), out, broken}, 60'000);
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    const QList<QJsonObject> records = readJsonLines(out);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.first().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QVERIFY(!records.first().value(QLatin1String("error")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"

#include "net/tokenstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;
using Protocol::Role;

class TstTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void readsTheEnvironment();
    void readsAFileAndNamesItInErrors();
    void comparesWholeTokens();
};

void TstTokenStore::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("publishers");
    QTest::addColumn<int>("viewers");
    QTest::addColumn<QString>("error"); // expected substring, empty when valid

    QTest::addRow("two roles") << QStringLiteral(
        "publisher pubtoken1 alice\nviewer viewtok1 wall\n")
                               << 1 << 1 << QString();
    QTest::addRow("comments and blanks")
        << QStringLiteral("# team tokens\n\n   \npublisher pubtoken1 alice # laptop\n") << 1 << 0
        << QString();
    QTest::addRow("name with spaces")
        << QStringLiteral("viewer viewtok1 the wall screen") << 0 << 1 << QString();
    QTest::addRow("tabs") << QStringLiteral("publisher\tpubtoken1\talice") << 1 << 0 << QString();
    QTest::addRow("empty") << QString() << 0 << 0 << QString();
    QTest::addRow("bad role") << QStringLiteral("viewer viewtok1 a\nadmin admintok1 root\n") << 0
                              << 0 << QStringLiteral("line 2: unknown role \"admin\"");
    QTest::addRow("missing name") << QStringLiteral("# x\n\npublisher pubtoken1\n") << 0 << 0
                                  << QStringLiteral("line 3:");
    QTest::addRow("missing token") << QStringLiteral("viewer") << 0 << 0
                                   << QStringLiteral("line 1: expected \"role token name\"");
    QTest::addRow("short token") << QStringLiteral("viewer abc wall") << 0 << 0
                                 << QStringLiteral("line 1: the token must be");
    QTest::addRow("duplicate token")
        << QStringLiteral("viewer sametoken1 a\npublisher sametoken1 b") << 0 << 0
        << QStringLiteral("line 2: this token is already listed");
}

void TstTokenStore::parses()
{
    QFETCH(QString, text);
    QFETCH(int, publishers);
    QFETCH(int, viewers);
    QFETCH(QString, error);

    TokenStore store;
    QString message;
    const bool ok = store.addText(text, QStringLiteral("tokens.txt"), &message);
    QCOMPARE(ok, error.isEmpty());
    if (!ok) {
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY(message.startsWith(QLatin1String("tokens.txt, line ")));
        QVERIFY(store.isEmpty()); // all or nothing
        return;
    }
    QCOMPARE(store.count(Role::Publisher), publishers);
    QCOMPARE(store.count(Role::Viewer), viewers);
}

void TstTokenStore::readsTheEnvironment()
{
    qputenv(TokenStore::EnvironmentVariable, "publisher pubtoken1 alice;viewer viewtok1 wall;;");
    TokenStore store;
    QString message;
    QVERIFY2(store.addEnvironment(&message), qPrintable(message));
    QCOMPARE(store.size(), 2);
    const auto alice = store.find("pubtoken1");
    QVERIFY(alice);
    QCOMPARE(alice->role, Role::Publisher);
    QCOMPARE(alice->name, QStringLiteral("alice"));
    QCOMPARE(store.find("viewtok1")->role, Role::Viewer);

    qputenv(TokenStore::EnvironmentVariable, "viewer viewtok1 wall;bogus");
    TokenStore bad;
    QVERIFY(!bad.addEnvironment(&message));
    QVERIFY2(message.contains(QLatin1String("INVOICEDASH_SERVER_TOKENS, line 2")),
             qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("viewtok1"))); // never echo a token

    qunsetenv(TokenStore::EnvironmentVariable);
    TokenStore none;
    QVERIFY(none.addEnvironment(&message));
    QVERIFY(none.isEmpty());
}

void TstTokenStore::readsAFileAndNamesItInErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("publisher pubtoken1 alice\nviewer\n");
    file.close();
    TokenStore store;
    QString message;
    QVERIFY(!store.addFile(path, &message));
    QVERIFY2(message.contains(path + QLatin1String(", line 2")), qPrintable(message));
    QVERIFY(!store.addFile(dir.filePath(QStringLiteral("missing")), &message));
    QVERIFY2(message.contains(QLatin1String("Cannot read the token file")), qPrintable(message));
}

void TstTokenStore::comparesWholeTokens()
{
    TokenStore store;
    QVERIFY(store.addText(QStringLiteral("viewer viewtok1 wall"), QStringLiteral("t"), nullptr));
    QVERIFY(store.find("viewtok1"));
    QVERIFY(!store.find("viewtok"));
    QVERIFY(!store.find("viewtok12"));
    QVERIFY(!store.find(""));
    QVERIFY(TokenStore::constantTimeEquals("abc", "abc"));
    QVERIFY(!TokenStore::constantTimeEquals("abc", "abd"));
    QVERIFY(!TokenStore::constantTimeEquals("ab", "abc"));
    QVERIFY(!TokenStore::constantTimeEquals("abcd", "abc"));
}

QTEST_GUILESS_MAIN(TstTokenStore)
#include "tst_tokenstore.moc"

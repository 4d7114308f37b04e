// The request journal: one JSON line per exchange that reads back as written, URLs without
// secrets, files readable by the owner only, rotation by size, nothing lost at exit.

#include "http/journal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cmk::http;

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineRoundTrip_data();
    void lineRoundTrip();
    void redactsSecrets_data();
    void redactsSecrets();
    void fileIsPrivateAndComplete();
    void rotatesBySize();
};

void TestJournal::lineRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("create key vault");
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(a "quoted" \ path)");
    QTest::newRow("control characters") << QStringLiteral("line\nbreak\ttab\x01");
    QTest::newRow("umlauts") << QStringLiteral("Schlüsseltresor anlegen");
    QTest::newRow("outside the BMP") << QStringLiteral("key 🔑 and 漢字");
}

void TestJournal::lineRoundTrip()
{
    QFETCH(QString, text);
    JournalEntry e;
    e.time = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.678Z"), Qt::ISODateWithMs);
    e.service = QStringLiteral("arm");
    e.method = QStringLiteral("PUT");
    e.url = QStringLiteral("https://management.azure.com/subscriptions/x?api-version=2024-11-01");
    e.status = 201;
    e.durationMs = 42;
    e.attempt = 2;
    e.operation = text;
    e.requestId = QStringLiteral("req");
    e.tenantId = QStringLiteral("tenant");
    const QByteArray line = e.toJsonLine();
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1); // one line, whatever the text holds
    QJsonParseError error;
    QJsonDocument::fromJson(line, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    bool ok = false;
    const JournalEntry back = JournalEntry::fromJsonLine(line, &ok);
    QVERIFY(ok);
    QCOMPARE(back.operation, text);
    QCOMPARE(back.time, e.time);
    QCOMPARE(back.status, 201);
    QCOMPARE(back.durationMs, qint64(42));
    QCOMPARE(back.attempt, 2);
    QCOMPARE(back.url, e.url);
    QVERIFY(back.correlationId.isEmpty()); // empty fields are left out and read back empty
}

void TestJournal::redactsSecrets_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("secret");
    QTest::newRow("authorization code") << "http://localhost:1234/?code=0.AbC%2B&state=xyz"
                                        << "0.AbC";
    QTest::newRow("client secret") << "https://login/t/oauth2/v2.0/token?client_secret=s3cr3t"
                                   << "s3cr3t";
    QTest::newRow("SAS signature") << "https://acct.blob.core.windows.net/c/b?sv=1&sig=abcdef"
                                   << "abcdef";
    QTest::newRow("user info") << "https://user:pa55@host/path"
                               << "pa55";
    QTest::newRow("fragment") << "https://host/path#access_token=tok123"
                              << "tok123";
    QTest::newRow("any case") << "https://host/?Refresh_Token=rt999"
                              << "rt999";
}

void TestJournal::redactsSecrets()
{
    QFETCH(QString, url);
    QFETCH(QString, secret);
    const QString redacted = Journal::redact(QUrl(url));
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    // What is not secret stays, for support.
    QCOMPARE(QUrl(redacted).host(), QUrl(url).host());
}

void TestJournal::fileIsPrivateAndComplete()
{
    QTemporaryDir dir;
    {
        Journal journal(dir.path());
        for (int i = 0; i < 10; ++i) {
            JournalEntry e;
            e.time = QDateTime::currentDateTimeUtc();
            e.method = QStringLiteral("GET");
            e.status = 200 + i;
            journal.record(e);
        }
        QCOMPARE(journal.recent().size(), 10);
        // Destroyed without returning to the event loop: the entries are written anyway.
    }
    QFile f(QDir(dir.path()).filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 10);
    QCOMPARE(f.permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestJournal::rotatesBySize()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    journal.setRotation(2000, 2);
    JournalEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.url = QString(200, u'x');
    for (int i = 0; i < 60; ++i) {
        journal.record(e);
        journal.flush();
    }
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
             (QStringList {QStringLiteral("journal.1.jsonl"), QStringLiteral("journal.2.jsonl"),
                           QStringLiteral("journal.jsonl")}));
    for (const QString &name : files)
        QVERIFY(QFileInfo(QDir(dir.path()).filePath(name)).size() < 2000 + 400);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"

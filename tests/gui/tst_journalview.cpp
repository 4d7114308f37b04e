// The journal view over a real Journal: live rows, text and errors-only filters, sorting, Copy
// Request ID, and CSV / JSON export through core.

#include "widgets/journalview.h"
#include "widgets/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cmk;
using http::JournalEntry;

class TestJournalView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsTheJournal();
    void textFilter_data();
    void textFilter();
    void errorsOnly();
    void sortsByStatusNumerically();
    void copiesTheRequestId();
    void exportsCsv();
    void exportsJsonOfTheVisibleRows();
    void exportFailureIsReported();
    void capacityDropsTheOldest();
    void thisRunOnly();

private:
    static JournalEntry entry(const QString &method, const QString &url, int status, const QString &requestId,
                              const QString &errorCode = {})
    {
        JournalEntry e;
        e.time = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00.000Z"), Qt::ISODateWithMs);
        e.service
            = url.contains(QStringLiteral("vault")) ? QStringLiteral("keyvault") : QStringLiteral("arm");
        e.method = method;
        e.url = url;
        e.status = status;
        e.durationMs = 42;
        e.requestId = requestId;
        e.correlationId = QStringLiteral("corr-") + requestId;
        e.errorCode = errorCode;
        return e;
    }
    void fill()
    {
        m_journal->record(entry(QStringLiteral("GET"),
                                QStringLiteral("https://management.azure.com/subscriptions/s"), 200,
                                QStringLiteral("req-1")));
        m_journal->record(entry(QStringLiteral("PUT"),
                                QStringLiteral("https://contoso-kv.vault.azure.net/keys/cmk"), 403,
                                QStringLiteral("req-2"), QStringLiteral("Forbidden")));
        m_journal->record(entry(QStringLiteral("GET"), QStringLiteral("https://graph.microsoft.com/v1.0/me"),
                                0, QString()));
        JournalEntry note;
        note.service = QStringLiteral("cmk");
        note.method = QStringLiteral("NOTE");
        note.note = QStringLiteral("=proceeded, \"two-person team\"");
        note.time = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00.000Z"), Qt::ISODateWithMs);
        m_journal->record(note);
        m_journal->record(entry(QStringLiteral("POST"), QStringLiteral("https://management.azure.com/x"), 429,
                                QStringLiteral("req-4")));
    }

    std::unique_ptr<http::Journal> m_journal;
    std::unique_ptr<JournalView> m_view;
};

void TestJournalView::init()
{
    m_journal = std::make_unique<http::Journal>(QString());
    m_view = std::make_unique<JournalView>();
    m_view->setJournal(m_journal.get());
    m_view->resize(900, 400);
    m_view->show();
}

void TestJournalView::cleanup()
{
    m_view.reset();
    m_journal.reset();
}

void TestJournalView::followsTheJournal()
{
    m_journal->record(
        entry(QStringLiteral("GET"), QStringLiteral("https://a/1"), 200, QStringLiteral("early")));
    // A view attached later shows what was recorded before.
    JournalView late;
    late.setJournal(m_journal.get());
    QCOMPARE(late.model()->rowCount(), 1);
    fill();
    QCOMPARE(m_view->model()->rowCount(), 6);
    QCOMPARE(late.model()->rowCount(), 6);
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("journalCount"))
                ->text()
                .contains(QStringLiteral("6 of 6")));
    const QModelIndex url = m_view->model()->index(2, JournalModel::Url);
    QVERIFY(url.data().toString().contains(QStringLiteral("contoso-kv")));
    QCOMPARE(m_view->model()->index(2, JournalModel::Status).data().toString(),
             QStringLiteral("403 Forbidden"));
    QCOMPARE(m_view->model()->index(3, JournalModel::Status).data().toString(), QStringLiteral("no answer"));
    QCOMPARE(m_view->model()->headerData(JournalModel::RequestId, Qt::Horizontal).toString(),
             QStringLiteral("Request ID"));
}

void TestJournalView::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("host, any case") << QStringLiteral("CONTOSO-KV") << 1;
    QTest::newRow("request id") << QStringLiteral("req-4") << 1;
    QTest::newRow("correlation id") << QStringLiteral("corr-req-1") << 1;
    QTest::newRow("service") << QStringLiteral("keyvault") << 1;
    QTest::newRow("status") << QStringLiteral("403") << 1;
    QTest::newRow("a recorded note") << QStringLiteral("two-person") << 1;
    QTest::newRow("nothing") << QStringLiteral("no-such-thing") << 0;
    QTest::newRow("empty shows all") << QString() << 5;
}

void TestJournalView::textFilter()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    fill();
    QTest::keyClicks(m_view->findChild<QLineEdit *>(QStringLiteral("journalFilter")), text);
    QCOMPARE(m_view->filterModel()->rowCount(), rows);
    QCOMPARE(m_view->findChild<QPushButton *>(QStringLiteral("exportJournalButton"))->isEnabled(), rows > 0);
}

void TestJournalView::errorsOnly()
{
    fill();
    auto *box = m_view->findChild<QCheckBox *>(QStringLiteral("journalErrorsOnly"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    // The 403, the request without an answer and the 429; not the note, not the success.
    QCOMPARE(m_view->filterModel()->rowCount(), 3);
    QStringList ids;
    for (const JournalEntry &e : m_view->visibleEntries())
        ids << e.requestId;
    QCOMPARE(ids, QStringList({QStringLiteral("req-2"), QString(), QStringLiteral("req-4")}));
    // Live: a new error shows, a new success does not.
    m_journal->record(
        entry(QStringLiteral("GET"), QStringLiteral("https://a/429"), 429, QStringLiteral("req-5")));
    m_journal->record(
        entry(QStringLiteral("GET"), QStringLiteral("https://a/ok"), 200, QStringLiteral("req-6")));
    QCOMPARE(m_view->filterModel()->rowCount(), 4);
    QTest::keyClick(box, Qt::Key_Space);
    QCOMPARE(m_view->filterModel()->rowCount(), 7);
}

void TestJournalView::sortsByStatusNumerically()
{
    fill();
    m_view->table()->sortByColumn(JournalModel::Status, Qt::DescendingOrder);
    const auto entries = m_view->visibleEntries();
    QCOMPARE(entries.first().status, 429); // 429 > 403 > 200 > 0 as numbers, not as text
    QCOMPARE(entries.at(1).status, 403);
}

void TestJournalView::copiesTheRequestId()
{
    fill();
    auto *copy = m_view->findChild<QPushButton *>(QStringLiteral("copyRequestIdButton"));
    QVERIFY(!copy->isEnabled()); // nothing selected yet
    m_view->table()->setCurrentIndex(m_view->filterModel()->index(1, 0));
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("req-2"));
    // A row without an ID says so instead of copying nothing.
    QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
    m_view->table()->setCurrentIndex(m_view->filterModel()->index(2, 0));
    QCOMPARE(m_view->copyRequestId(), QString());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("unchanged"));
    QVERIFY(m_view->findChild<MessageBanner *>(QStringLiteral("journalMessage"))
                ->text()
                .contains(QStringLiteral("no request ID")));
}

void TestJournalView::exportsCsv()
{
    fill();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.csv"));
    QString error;
    QVERIFY2(m_view->exportTo(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.first().startsWith("time,service,method,url,status,durationMs"));
    QCOMPARE(lines.size(), 1 + 5 + 1); // header, five rows, the empty tail
    QVERIFY(lines.at(2).contains(",403,42,"));
    QVERIFY(lines.at(2).contains(",req-2,corr-req-2,"));
    // A note with a comma and quotes is quoted, and a leading "=" cannot become a spreadsheet formula.
    QVERIFY2(lines.at(4).contains("\"'=proceeded, \"\"two-person team\"\"\""), lines.at(4).constData());
}

void TestJournalView::exportsJsonOfTheVisibleRows()
{
    fill();
    QTest::keyClicks(m_view->findChild<QLineEdit *>(QStringLiteral("journalFilter")), QStringLiteral("req-"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    QString error;
    QVERIFY2(m_view->exportTo(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc.object().value(QStringLiteral("format")).toString(), QStringLiteral("cmk-journal"));
    const QJsonArray rows = doc.object().value(QStringLiteral("entries")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("requestId")).toString(), QStringLiteral("req-2"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("status")).toInt(), 403);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("Forbidden"));
}

void TestJournalView::exportFailureIsReported()
{
    fill();
    QString error;
    QVERIFY(!m_view->exportTo(QStringLiteral("/nonexistent-dir/journal.csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/journal.csv")), qPrintable(error));
}

void TestJournalView::capacityDropsTheOldest()
{
    m_view->model()->setCapacity(3);
    fill();
    QCOMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(m_view->model()->entry(0).requestId, QString()); // req-1 and req-2 are gone
    QCOMPARE(m_view->model()->entry(2).requestId, QStringLiteral("req-4"));
}

void TestJournalView::thisRunOnly()
{
    auto *box = m_view->findChild<QCheckBox *>(QStringLiteral("journalThisRunOnly"));
    QVERIFY(box);
    // Without a run there is nothing to narrow to.
    QVERIFY(box->isHidden());
    m_journal->record(
        entry(QStringLiteral("POST"), QStringLiteral("https://login/token"), 200, QStringLiteral("sign-in")));
    m_journal->setRunId(QStringLiteral("run-a"));
    fill();
    m_journal->setRunId(QStringLiteral("run-b"));
    m_journal->record(
        entry(QStringLiteral("GET"), QStringLiteral("https://a/other"), 200, QStringLiteral("other-run")));
    QCOMPARE(m_view->filterModel()->rowCount(), 7);

    m_view->setRunId(QStringLiteral("run-a"));
    QVERIFY(!box->isHidden() && box->isChecked());
    QCOMPARE(m_view->filterModel()->rowCount(), 5);
    for (const JournalEntry &e : m_view->visibleEntries())
        QCOMPARE(e.runId, QStringLiteral("run-a"));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("journalCount"))
                ->text()
                .contains(QStringLiteral("5 of 7")));
    // With errors only, both apply; new entries of the run show, others' do not.
    m_view->findChild<QCheckBox *>(QStringLiteral("journalErrorsOnly"))->setChecked(true);
    QCOMPARE(m_view->filterModel()->rowCount(), 3);
    m_journal->setRunId(QStringLiteral("run-a"));
    m_journal->record(
        entry(QStringLiteral("GET"), QStringLiteral("https://a/late"), 500, QStringLiteral("late")));
    m_journal->setRunId(QString());
    m_journal->record(
        entry(QStringLiteral("GET"), QStringLiteral("https://a/none"), 500, QStringLiteral("none")));
    QCOMPARE(m_view->filterModel()->rowCount(), 4);
    // Off: everything again, sign-ins and the other run included.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(!box->isChecked());
    QCOMPARE(m_view->filterModel()->rowCount(), 5);
    m_view->findChild<QCheckBox *>(QStringLiteral("journalErrorsOnly"))->setChecked(false);
    QCOMPARE(m_view->filterModel()->rowCount(), 9);
}

QTEST_MAIN(TestJournalView)
#include "tst_journalview.moc"

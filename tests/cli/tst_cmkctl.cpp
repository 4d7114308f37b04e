// cmkctl tested as users run it: as a process, through its exit code, stdout and stderr.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCmkctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void cloudListJson();
    void trackList();
    void planExplainsEachStep();
    void demoShowsTheStartPage();
    void demoWithSandbox();
    void walkedDemo();
    void germanOutput();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CMK_CMKCTL), args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
};

void TestCmkctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList() << QStringLiteral("No command");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                     << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frob"), QStringLiteral("demo")}
                                    << QStringLiteral("frob");
    QTest::newRow("cloud without list")
        << QStringList {QStringLiteral("cloud")} << QStringLiteral("cmkctl cloud list");
    QTest::newRow("track with wrong subcommand")
        << QStringList {QStringLiteral("track"), QStringLiteral("show")}
        << QStringLiteral("list, plan, run or resume");
    QTest::newRow("demo with extra argument")
        << QStringList {QStringLiteral("demo"), QStringLiteral("now")} << QStringLiteral("now");
    QTest::newRow("bad output format") << QStringList {QStringLiteral("cloud"), QStringLiteral("list"),
                                                       QStringLiteral("--output"), QStringLiteral("yaml")}
                                       << QStringLiteral("yaml");
    QTest::newRow("unknown cloud") << QStringList {QStringLiteral("--cloud"), QStringLiteral("Mars"),
                                                   QStringLiteral("demo")}
                                   << QStringLiteral("Mars");
    QTest::newRow("two clouds") << QStringList {QStringLiteral("--sandbox"), QStringLiteral("--cloud"),
                                                QStringLiteral("AzureCloud"), QStringLiteral("demo")}
                                << QStringLiteral("only one");
    QTest::newRow("missing profile") << QStringList {
        QStringLiteral("--profile"), QStringLiteral("/nonexistent/p.json"),
        QStringLiteral("demo")} << QStringLiteral("/nonexistent/p.json");
    QTest::newRow("bad profile") << QStringList {
        QStringLiteral("--profile"), QStringLiteral(CMK_SOURCE_DIR "/CMakePresets.json"),
        QStringLiteral("demo")} << QStringLiteral("unknown key");
    QTest::newRow("option without value")
        << QStringList {QStringLiteral("demo"), QStringLiteral("--cloud")} << QStringLiteral("cloud");
    QTest::newRow("unsupported language")
        << QStringList {QStringLiteral("--lang"), QStringLiteral("tlh"), QStringLiteral("demo")}
        << QStringLiteral("tlh");
    QTest::newRow("unknown separation policy")
        << QStringList {QStringLiteral("track"), QStringLiteral("run"), QStringLiteral("pp-keyvault"),
                        QStringLiteral("--separation"), QStringLiteral("maybe")}
        << QStringLiteral("maybe");
    QTest::newRow("status with an argument")
        << QStringList {QStringLiteral("status"), QStringLiteral("everything")}
        << QStringLiteral("everything");
    QTest::newRow("status as xml") << QStringList {QStringLiteral("status"), QStringLiteral("--output"),
                                                   QStringLiteral("xml")}
                                   << QStringLiteral("table, json or csv");
    QTest::newRow("csv outside status") << QStringList {QStringLiteral("track"), QStringLiteral("list"),
                                                        QStringLiteral("--output"), QStringLiteral("csv")}
                                        << QStringLiteral("table or json");
    QTest::newRow("confirm without name")
        << QStringList {QStringLiteral("track"), QStringLiteral("run"), QStringLiteral("pp-lock"),
                        QStringLiteral("--confirm")}
        << QStringLiteral("confirm");
}

void TestCmkctl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCmkctl::helpAndVersion()
{
    Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"--cloud", "--profile", "--sandbox", "--lang", "demo", "Examples"})
        QVERIFY2(r.out.contains(QLatin1StringView(word)), word);
    r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("cmkctl ")));
}

void TestCmkctl::cloudListJson()
{
    const Result r = run({QStringLiteral("cloud"), QStringLiteral("list"), QStringLiteral("--output"),
                          QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray clouds
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("clouds")).toArray();
    QCOMPARE(clouds.size(), 3);
    QCOMPARE(clouds.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("AzureUSGovernment"));
    QCOMPARE(clouds.at(0).toObject().value(QStringLiteral("powerPlatformEndpoint")).toString(),
             QStringLiteral("https://api.bap.microsoft.com"));
}

void TestCmkctl::trackList()
{
    Result r = run({QStringLiteral("track"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList ids {QStringLiteral("isv-netapp"),      QStringLiteral("isv-managed-disks"),
                           QStringLiteral("customer-grant"),  QStringLiteral("pp-keyvault"),
                           QStringLiteral("pp-environments"), QStringLiteral("pp-remove"),
                           QStringLiteral("pp-change-key"),   QStringLiteral("pp-migrate-byok"),
                           QStringLiteral("pp-lock"),         QStringLiteral("pp-unlock")};
    for (const QString &id : ids)
        QVERIFY2(r.out.contains(id), qPrintable(r.out));
    r = run({QStringLiteral("track"), QStringLiteral("list"), QStringLiteral("--output"),
             QStringLiteral("json")});
    const QJsonArray tracks
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tracks")).toArray();
    QCOMPARE(tracks.size(), ids.size());
    QCOMPARE(tracks.at(2).toObject().value(QStringLiteral("persona")).toString(), QStringLiteral("customer"));
}

void TestCmkctl::planExplainsEachStep()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile inputs(dir.filePath(QStringLiteral("inputs.json")));
    QVERIFY(inputs.open(QIODevice::WriteOnly));
    inputs.write(
        R"({"policy.id": "/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg/providers/)"
        R"(Microsoft.PowerPlatform/enterprisePolicies/ep", "lock.method": "disable-key"})");
    inputs.close();
    const QStringList plan {QStringLiteral("track"), QStringLiteral("plan"), QStringLiteral("pp-lock"),
                            QStringLiteral("--input"), inputs.fileName()};

    // Under each step's title: what it does and why (sentences), then the how-to's section.
    Result r = run(plan);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n');
    int steps = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(QStringLiteral("Step ")))
            continue;
        ++steps;
        const QString summary = lines.value(i + 1);
        QVERIFY2(summary.startsWith(QStringLiteral("  ")) && summary.endsWith(u'.') && summary.size() > 60,
                 qPrintable(r.out));
        QVERIFY2(
            lines.value(i + 2).startsWith(QStringLiteral("  https://learn.microsoft.com/power-platform/")),
            qPrintable(r.out));
    }
    QCOMPARE(steps, 3);

    r = run(plan + QStringList {QStringLiteral("--export"), QStringLiteral("az")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QStringLiteral("#   Documentation: https://learn.microsoft.com/power-platform/")),
             3);

    // A track that does not exist explains nothing and says so.
    r = run({QStringLiteral("track"), QStringLiteral("plan"), QStringLiteral("pp-nope"),
             QStringLiteral("--input"), inputs.fileName()});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("pp-nope")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("learn.microsoft.com")));
}

void TestCmkctl::demoShowsTheStartPage()
{
    const Result r = run({QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 0);
    for (const char *text : {"ISV onboarding engineer", "Customer key vault administrator", "Power Platform",
                             "Support staff", "AzureUSGovernment", "login.chinacloudapi.cn", "0.1.0"})
        QVERIFY2(r.out.contains(QLatin1StringView(text)), text);
}

void TestCmkctl::demoWithSandbox()
{
    const Result r = run({QStringLiteral("demo"), QStringLiteral("--sandbox")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("The sandbox is running")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("127.0.0.1:")));
}

void TestCmkctl::walkedDemo()
{
    // What ./run.sh does without a display: both tenants' tracks, one after the other.
    Result r = run({QStringLiteral("demo"), QStringLiteral("--sandbox"), QStringLiteral("--walk")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("3/3")));
    QVERIFY(r.out.contains(QStringLiteral("diskEncryptionSets/des-contoso")));
    QVERIFY(
        r.err.contains(QStringLiteral("Signed in to the customer tenant as kai@contoso.onmicrosoft.com")));
    QVERIFY(!r.out.contains(QStringLiteral("eyJ")) && !r.err.contains(QStringLiteral("eyJ"))); // no token
    r = run({QStringLiteral("demo"), QStringLiteral("--walk")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--sandbox")));
}

void TestCmkctl::germanOutput()
{
    const Result r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Supportmitarbeiter")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCmkctl)
#include "tst_cmkctl.moc"

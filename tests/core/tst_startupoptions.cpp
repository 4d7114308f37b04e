#include "app/startupoptions.h"
#include "cloud/cloudprofile.h"
#include "types/guid.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cmk;

class TestStartupOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choices_data();
    void choices();
    void errors_data();
    void errors();
    void germanTranslationLoads();

private:
    static std::optional<StartupOptions> parse(const QStringList &args, QString *error)
    {
        QCommandLineParser parser;
        StartupOptions::addTo(parser);
        if (!parser.parse(QStringList {QStringLiteral("cmkctl")} + args)) {
            *error = parser.errorText();
            return std::nullopt;
        }
        return StartupOptions::fromParser(parser, error);
    }
};

void TestStartupOptions::choices_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("cloudName");
    QTest::addColumn<bool>("given");
    QTest::newRow("default") << QStringList() << int(CloudChoice::Kind::BuiltIn)
                             << QStringLiteral("AzureCloud") << false;
    QTest::newRow("us gov") << QStringList {QStringLiteral("--cloud"), QStringLiteral("azureusgovernment")}
                            << int(CloudChoice::Kind::BuiltIn) << QStringLiteral("AzureUSGovernment") << true;
    QTest::newRow("sandbox") << QStringList {QStringLiteral("--sandbox")} << int(CloudChoice::Kind::Sandbox)
                             << QString() << true;
}

void TestStartupOptions::choices()
{
    QFETCH(QStringList, args);
    QFETCH(int, kind);
    QFETCH(QString, cloudName);
    QFETCH(bool, given);
    QString error;
    const auto options = parse(args, &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(int(options->cloud.kind), kind);
    QCOMPARE(options->cloudGiven, given);
    if (!cloudName.isEmpty())
        QCOMPARE(options->profile->name, cloudName);
    else
        QVERIFY(!options->profile);
}

void TestStartupOptions::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown cloud") << QStringList {QStringLiteral("--cloud"),
                                                   QStringLiteral("AzureGermanCloud")}
                                   << QStringLiteral("AzureChinaCloud");
    QTest::newRow("two clouds") << QStringList {QStringLiteral("--cloud"), QStringLiteral("AzureCloud"),
                                                QStringLiteral("--sandbox")}
                                << QStringLiteral("only one");
    QTest::newRow("missing profile") << QStringList {QStringLiteral("--profile"),
                                                     QStringLiteral("/nonexistent.json")}
                                     << QStringLiteral("nonexistent.json");
    QTest::newRow("unsupported language")
        << QStringList {QStringLiteral("--lang"), QStringLiteral("xx")} << QStringLiteral("en or de");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--clod")} << QStringLiteral("clod");
}

void TestStartupOptions::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!parse(args, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestStartupOptions::germanTranslationLoads()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")));
    QCOMPARE(GuidParser::kindName(GuidKind::Tenant), QStringLiteral("Mandanten-ID"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"

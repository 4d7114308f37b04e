// Hand-off files between the ISV and the customer: what one exports the other reads back
// exactly; a changed, truncated, mistyped or secret-bearing file is refused with a message
// that says what is wrong. And plan exports: az CLI, PowerShell and ARM templates that quote
// correctly, name the audience where az and PowerShell cannot infer it, and carry no secret.

#include "testhelpers.h"
#include "workflow/handoff.h"
#include "workflow/planexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cmk;
using namespace cmk::workflow;

namespace {

Handoff isvHandoff()
{
    Handoff h;
    h.direction = Handoff::Direction::IsvToCustomer;
    h.createdAt = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
    h.createdBy = QStringLiteral("alex@fabrikamisv.onmicrosoft.com");
    h.message = QStringLiteral("Hi Kai, here is what our storage service needs. – Alex");
    h.values = {{QStringLiteral("isv.tenantId"), QStringLiteral("11111111-1111-1111-1111-111111111111")},
                {QStringLiteral("app.appId"), QStringLiteral("0c0c0c0c-0000-4000-8000-00000000c11e")},
                {QStringLiteral("app.displayName"), QStringLiteral("Fabrikam Storage \"CMK\"")},
                {QStringLiteral("app.adminConsentUrl"),
                 QStringLiteral("https://login.microsoftonline.com/organizations/adminconsent?client_id="
                                "0c0c0c0c-0000-4000-8000-00000000c11e")},
                {QStringLiteral("grant.role"), QStringLiteral("Key Vault Crypto Service Encryption User")},
                {QStringLiteral("region"), QStringLiteral("westeurope")}};
    return h;
}

/// The hand-off's JSON with one change, checksum recomputed unless `keepChecksum`.
QByteArray edited(const std::function<void(QJsonObject &)> &edit, bool recomputeChecksum = true)
{
    QJsonObject doc = QJsonDocument::fromJson(isvHandoff().toJson()).object();
    edit(doc);
    if (!recomputeChecksum)
        return QJsonDocument(doc).toJson();
    // Re-export through Handoff when possible, so only the edit is wrong, not the checksum.
    Handoff h;
    h.direction = doc.value(QStringLiteral("direction")).toString() == QLatin1StringView("customer-to-isv")
        ? Handoff::Direction::CustomerToIsv
        : Handoff::Direction::IsvToCustomer;
    h.createdAt = QDateTime::fromString(doc.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    h.createdBy = doc.value(QStringLiteral("createdBy")).toString();
    h.message = doc.value(QStringLiteral("message")).toString();
    const QJsonObject values = doc.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        h.values.insert(it.key(), it.value().toString());
    return h.toJson();
}

} // namespace

class TestHandoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void customerToIsv();
    void badFiles_data();
    void badFiles();
    void problemsBeforeExport();
    void exportAzCli();
    void exportPowerShell();
    void exportArmTemplate();
    void exportCarriesNoSecret();
};

void TestHandoff::roundTrip()
{
    const Handoff h = isvHandoff();
    QVERIFY(h.problems().isEmpty());
    QString error;
    const auto back = Handoff::fromJson(h.toJson(), Handoff::Direction::IsvToCustomer, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->values, h.values);
    QCOMPARE(back->message, h.message);
    QCOMPARE(back->createdBy, h.createdBy);
    QCOMPARE(back->createdAt, h.createdAt);
    QVERIFY(h.toJson().contains("\"checksum\": \"sha256:"));
}

void TestHandoff::customerToIsv()
{
    Handoff h;
    h.direction = Handoff::Direction::CustomerToIsv;
    h.createdAt = QDateTime::currentDateTimeUtc();
    h.values = {
        {QStringLiteral("customer.tenantId"), QStringLiteral("22222222-2222-2222-2222-222222222222")},
        {QStringLiteral("key.url"),
         QStringLiteral("https://contoso-cmk.vault.azure.net/keys/anf-key/0123456789abcdef0123456789abcdef")},
        {QStringLiteral("vault.id"),
         QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/"
                        "resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/contoso-cmk")},
        {QStringLiteral("grant.kind"), QStringLiteral("rbac")}};
    QVERIFY2(h.problems().isEmpty(), qPrintable(h.problems().join(u'\n')));
    QString error;
    QVERIFY2(Handoff::fromJson(h.toJson(), Handoff::Direction::CustomerToIsv, &error), qPrintable(error));
    // Read by the wrong side: said so.
    QVERIFY(!Handoff::fromJson(h.toJson(), Handoff::Direction::IsvToCustomer, &error));
    QVERIFY(error.contains(QStringLiteral("customer-to-isv")));
}

void TestHandoff::badFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("fragment");
    const QByteArray good = isvHandoff().toJson();
    QTest::newRow("empty") << QByteArray() << "not a CMK Wizard hand-off";
    QTest::newRow("not json") << QByteArray("isv tenant: 1111") << "not a CMK Wizard hand-off";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "not a CMK Wizard hand-off";
    QTest::newRow("run file instead")
        << QByteArray(R"({"format":"cmk-run","formatVersion":1})") << "not a CMK Wizard hand-off";
    QTest::newRow("huge") << QByteArray(70 * 1024, ' ') << "larger than a hand-off";
    QTest::newRow("newer") << edited([](QJsonObject &d) { d.insert(QStringLiteral("formatVersion"), 7); },
                                     false)
                           << "newer CMK Wizard";
    QTest::newRow("edited by hand") << QByteArray(good).replace("westeurope", "eastus")
                                    << "checksum does not match";
    QTest::newRow("checksum removed")
        << edited([](QJsonObject &d) { d.remove(QStringLiteral("checksum")); }, false)
        << "checksum does not match";
    const auto value = [](const char *key, const char *v) {
        return edited([=](QJsonObject &d) {
            QJsonObject values = d.value(QStringLiteral("values")).toObject();
            if (v)
                values.insert(QLatin1StringView(key), QLatin1StringView(v));
            else
                values.remove(QLatin1StringView(key));
            d.insert(QStringLiteral("values"), values);
        });
    };
    QTest::newRow("tenant missing") << value("isv.tenantId", nullptr)
                                    << "\"isv.tenantId\" (the ISV's tenant ID) is missing";
    QTest::newRow("tenant not a GUID") << value("isv.tenantId", "fabrikam.onmicrosoft.com") << "isv.tenantId";
    QTest::newRow("nil app id") << value("app.appId", "00000000-0000-0000-0000-000000000000") << "app.appId";
    QTest::newRow("consent link on http")
        << value("app.adminConsentUrl", "http://login.example.com/x") << "not an https://";
    QTest::newRow("unknown region") << value("region", "atlantis") << "region";
    QTest::newRow("typo key") << value("app.appID", "0c0c0c0c-0000-4000-8000-00000000c11e")
                              << "\"app.appID\" is not part of";
    const QByteArray token = tokenLookalike().toLatin1();
    QTest::newRow("a token inside") << value("grant.role", token.constData()) << "looks like a token";
    QTest::newRow("endpoint not a resource id")
        << value("privateEndpoint.id", "pe-to-contoso") << "privateEndpoint.id";
    QTest::newRow("value not text") << edited(
        [](QJsonObject &d) {
            QJsonObject values = d.value(QStringLiteral("values")).toObject();
            values.insert(QStringLiteral("region"), 42);
            d.insert(QStringLiteral("values"), values);
        },
        false) << "checksum";
}

void TestHandoff::badFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!Handoff::fromJson(file, Handoff::Direction::IsvToCustomer, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestHandoff::problemsBeforeExport()
{
    Handoff h = isvHandoff();
    h.values.remove(QStringLiteral("app.appId"));
    h.message = QStringLiteral("the secret is abc8Q~abcdefghijklmnopqrstuvwxyz0123456789");
    const QStringList problems = h.problems();
    QCOMPARE(problems.size(), 2);
}

namespace {

QList<PlanExport::StepPlan> samplePlans()
{
    PlannedCall vault;
    vault.method = "PUT";
    vault.url = QUrl(QStringLiteral(
        "https://management.azure.com/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/"
        "resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-o'brien?api-version=2024-11-01"));
    vault.body
        = R"({"location":"westeurope","properties":{"tenantId":"22222222-2222-2222-2222-222222222222","enablePurgeProtection":true}})";
    vault.why = QStringLiteral("create the key vault");
    PlannedCall grant;
    grant.method = "PUT";
    grant.url = QUrl(
        QStringLiteral("https://management.azure.com/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/"
                       "resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-o'brien/providers/"
                       "Microsoft.Authorization/roleAssignments/"
                       "5b1f3f9e-4a4a-5b5b-8c8c-0d0d0d0d0d0d?api-version=2022-04-01"));
    grant.body = R"({"properties":{"roleDefinitionId":"x","principalId":"y"}})";
    grant.why = QStringLiteral("grant the ISV's app");
    PlannedCall key;
    key.service = http::ServiceKind::KeyVault;
    key.method = "POST";
    key.url = QUrl(QStringLiteral("https://kv-obrien.vault.azure.net/keys/cmk/create?api-version=7.5"));
    key.body = R"({"kty":"RSA","key_size":3072})";
    key.why = QStringLiteral("create the key");
    PlannedCall secret;
    secret.service = http::ServiceKind::Graph;
    secret.method = "POST";
    secret.url = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/applications/abc/addPassword"));
    secret.body = R"({"passwordCredential":{"displayName":"x","secretText":"hunter2-very-secret"}})";
    secret.why = QStringLiteral("add a secret");
    Step::Info info;
    info.number = QStringLiteral("3");
    info.title = QStringLiteral("Vault");
    info.side = Side::Customer;
    return {{info, Plan {{vault, grant, key, secret}, {QStringLiteral("waits for nothing")}, std::nullopt}}};
}

} // namespace

void TestHandoff::exportAzCli()
{
    const QString script
        = PlanExport::render(QStringLiteral("Customer · Grant"), samplePlans(), PlanExport::Format::AzCli,
                             *CloudProfile::builtIn(u"AzureCloud"));
    QVERIFY(script.startsWith(QStringLiteral("#!/usr/bin/env bash")));
    // The apostrophe in the vault name is quoted for the shell.
    QVERIFY2(script.contains(QStringLiteral("vaults/kv-o'\\''brien")), qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("az rest --method put --url 'https://management.azure.com/")));
    // Key Vault's audience is named; az cannot infer it from the URL.
    QVERIFY(script.contains(QStringLiteral("--resource 'https://vault.azure.net'")));
    QVERIFY(script.contains(QStringLiteral("# Step 3: Vault")));
}

void TestHandoff::exportPowerShell()
{
    const QString script
        = PlanExport::render(QStringLiteral("Customer · Grant"), samplePlans(),
                             PlanExport::Format::PowerShell, *CloudProfile::builtIn(u"AzureCloud"));
    QVERIFY(script.contains(
        QStringLiteral("Invoke-AzRestMethod -Method PUT -Uri 'https://management.azure.com/")));
    QVERIFY2(script.contains(QStringLiteral("kv-o''brien")), qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("-ResourceId 'https://vault.azure.net'")));
    QVERIFY(script.contains(QStringLiteral("$ErrorActionPreference = 'Stop'")));
}

void TestHandoff::exportArmTemplate()
{
    const QString text
        = PlanExport::render(QStringLiteral("Customer · Grant"), samplePlans(),
                             PlanExport::Format::ArmTemplate, *CloudProfile::builtIn(u"AzureCloud"));
    const QJsonObject doc = QJsonDocument::fromJson(text.toUtf8()).object();
    QVERIFY(doc.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("deploymentTemplate")));
    const QJsonArray resources = doc.value(QStringLiteral("resources")).toArray();
    QCOMPARE(resources.size(), 2); // the vault and the role assignment
    QCOMPARE(resources.at(0)[QStringLiteral("type")].toString(), QStringLiteral("Microsoft.KeyVault/vaults"));
    QCOMPARE(resources.at(0)[QStringLiteral("apiVersion")].toString(), QStringLiteral("2024-11-01"));
    QCOMPARE(resources.at(0)[QStringLiteral("name")].toString(), QStringLiteral("kv-o'brien"));
    QCOMPARE(resources.at(0)[QStringLiteral("location")].toString(), QStringLiteral("westeurope"));
    QCOMPARE(resources.at(1)[QStringLiteral("type")].toString(),
             QStringLiteral("Microsoft.Authorization/roleAssignments"));
    QVERIFY(
        resources.at(1)[QStringLiteral("scope")].toString().endsWith(QStringLiteral("vaults/kv-o'brien")));
    // The key and the Graph call cannot be a template: listed, not dropped silently.
    QCOMPARE(doc.value(QStringLiteral("metadata"))[QStringLiteral("notExpressible")].toArray().size(), 2);
}

void TestHandoff::exportCarriesNoSecret()
{
    for (const auto format :
         {PlanExport::Format::AzCli, PlanExport::Format::PowerShell, PlanExport::Format::ArmTemplate}) {
        const QString text = PlanExport::render(QStringLiteral("t"), samplePlans(), format,
                                                *CloudProfile::builtIn(u"AzureCloud"));
        QVERIFY(!text.contains(QStringLiteral("hunter2")));
    }
    QCOMPARE(PlanExport::redacted(R"({"a":{"clientSecret":"s","n":1},"list":[{"password":"p"}]})"),
             QByteArray(R"({"a":{"clientSecret":"<redacted>","n":1},"list":[{"password":"<redacted>"}]})"));
    QCOMPARE(PlanExport::formatFromName(u"ps"), std::optional(PlanExport::Format::PowerShell));
    QCOMPARE(PlanExport::formatFromName(u"bicep"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestHandoff)
#include "tst_handoff.moc"

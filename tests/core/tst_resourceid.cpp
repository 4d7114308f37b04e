#include "testhelpers.h"
#include "types/resourceid.h"

#include <QSet>
#include <QTest>

using namespace cmk;

namespace {
const QString Sub = QStringLiteral("/subscriptions/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
const QString Vault
    = Sub + QStringLiteral("/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-contoso");
} // namespace

class TestResourceId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parts_data();
    void parts();
    void invalid_data();
    void invalid();
    void equalityIgnoresCase();
    void parentsAndChildren();
    void extensionResource();
    void builders();
    void containsFollowsScopeInheritance();
};

void TestResourceId::parts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ResourceId::Level>("level");
    QTest::addColumn<QString>("resourceGroup");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");

    QTest::newRow("subscription") << Sub << ResourceId::Level::Subscription << QString() << QString()
                                  << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    QTest::newRow("resource group") << Sub + QStringLiteral("/resourceGroups/rg-keys")
                                    << ResourceId::Level::ResourceGroup << QStringLiteral("rg-keys")
                                    << QString() << QStringLiteral("rg-keys");
    QTest::newRow("vault") << Vault << ResourceId::Level::Resource << QStringLiteral("rg-keys")
                           << QStringLiteral("Microsoft.KeyVault/vaults") << QStringLiteral("kv-contoso");
    QTest::newRow("nested private endpoint connection")
        << Vault + QStringLiteral("/privateEndpointConnections/pe-anf.1234") << ResourceId::Level::Resource
        << QStringLiteral("rg-keys") << QStringLiteral("Microsoft.KeyVault/vaults/privateEndpointConnections")
        << QStringLiteral("pe-anf.1234");
    QTest::newRow("subnet")
        << Sub
            + QStringLiteral(
                "/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/default")
        << ResourceId::Level::Resource << QStringLiteral("rg-net")
        << QStringLiteral("Microsoft.Network/virtualNetworks/subnets") << QStringLiteral("default");
    QTest::newRow("role assignment on a vault")
        << Vault
            + QStringLiteral(
                "/providers/Microsoft.Authorization/roleAssignments/6f1d5a1e-0000-4000-8000-000000000001")
        << ResourceId::Level::Resource << QStringLiteral("rg-keys")
        << QStringLiteral("Microsoft.Authorization/roleAssignments")
        << QStringLiteral("6f1d5a1e-0000-4000-8000-000000000001");
    QTest::newRow("provider registration")
        << Sub + QStringLiteral("/providers/Microsoft.NetApp") << ResourceId::Level::Provider << QString()
        << QStringLiteral("Microsoft.NetApp") << QStringLiteral("Microsoft.NetApp");
    QTest::newRow("feature") << Sub
            + QStringLiteral("/providers/Microsoft.Features/providers/Microsoft.Compute/features/"
                             "EncryptionAtRestWithCrossTenantKey")
                             << ResourceId::Level::Resource << QString()
                             << QStringLiteral("Microsoft.Compute/features")
                             << QStringLiteral("EncryptionAtRestWithCrossTenantKey");
    QTest::newRow("role definition at subscription")
        << Sub
            + QStringLiteral(
                "/providers/Microsoft.Authorization/roleDefinitions/e147488a-f6f5-4113-8e2d-b22465e65bf6")
        << ResourceId::Level::Resource << QString()
        << QStringLiteral("Microsoft.Authorization/roleDefinitions")
        << QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6");
    QTest::newRow("tenant-level role definition") << QStringLiteral(
        "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7")
                                                  << ResourceId::Level::Resource << QString()
                                                  << QStringLiteral("Microsoft.Authorization/roleDefinitions")
                                                  << QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7");
    QTest::newRow("resource group with parentheses and dots")
        << Sub + QStringLiteral("/resourceGroups/rg.(prod)_1") << ResourceId::Level::ResourceGroup
        << QStringLiteral("rg.(prod)_1") << QString() << QStringLiteral("rg.(prod)_1");
    QTest::newRow("lower-case keywords")
        << QStringLiteral("/SUBSCRIPTIONS/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/resourcegroups/rg/PROVIDERS/"
                          "Microsoft.Compute/diskEncryptionSets/des1")
        << ResourceId::Level::Resource << QStringLiteral("rg")
        << QStringLiteral("Microsoft.Compute/diskEncryptionSets") << QStringLiteral("des1");
}

void TestResourceId::parts()
{
    QFETCH(QString, input);
    QFETCH(ResourceId::Level, level);
    QFETCH(QString, resourceGroup);
    QFETCH(QString, type);
    QFETCH(QString, name);
    ParseError error;
    const auto id = ResourceId::parse(input, &error);
    QVERIFY2(id, qPrintable(error.message));
    QCOMPARE(id->level(), level);
    QCOMPARE(id->resourceGroup(), resourceGroup);
    QCOMPARE(id->resourceType(), type);
    QCOMPARE(id->name(), name);
    QCOMPARE(id->toString(), input); // casing kept
    QCOMPARE(id->subscriptionId().isNull(), !input.startsWith(QStringLiteral("/S"), Qt::CaseInsensitive));
}

void TestResourceId::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ParseErrorCategory>("category");
    QTest::newRow("empty") << QString() << ParseErrorCategory::Empty;
    QTest::newRow("no leading slash") << Vault.mid(1) << ParseErrorCategory::NotAbsolute;
    QTest::newRow("portal URL") << QStringLiteral("https://portal.azure.com/#@contoso/resource") + Vault
                                << ParseErrorCategory::NotAbsolute;
    QTest::newRow("trailing slash") << Vault + u'/' << ParseErrorCategory::EmptySegment;
    QTest::newRow("double slash") << Sub + QStringLiteral("//resourceGroups/rg")
                                  << ParseErrorCategory::EmptySegment;
    QTest::newRow("only slash") << QStringLiteral("/") << ParseErrorCategory::EmptySegment;
    QTest::newRow("starts elsewhere")
        << QStringLiteral("/resourceGroups/rg") << ParseErrorCategory::UnexpectedSegment;
    QTest::newRow("subscription keyword only")
        << QStringLiteral("/subscriptions") << ParseErrorCategory::MissingSegment;
    QTest::newRow("subscription not a guid") << QStringLiteral("/subscriptions/my-sub/resourceGroups/rg")
                                             << ParseErrorCategory::InvalidSubscriptionId;
    QTest::newRow("nil subscription") << QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000000")
                                      << ParseErrorCategory::InvalidSubscriptionId;
    QTest::newRow("resourceGroups without name")
        << Sub + QStringLiteral("/resourceGroups") << ParseErrorCategory::MissingSegment;
    QTest::newRow("resource group ends with dot")
        << Sub + QStringLiteral("/resourceGroups/rg.") << ParseErrorCategory::InvalidResourceGroupName;
    QTest::newRow("resource group with star")
        << Sub + QStringLiteral("/resourceGroups/rg*1") << ParseErrorCategory::InvalidResourceGroupName;
    QTest::newRow("resource group too long") << Sub + QStringLiteral("/resourceGroups/") + QString(91, u'r')
                                             << ParseErrorCategory::InvalidResourceGroupName;
    QTest::newRow("something after resource group")
        << Sub + QStringLiteral("/resourceGroups/rg/vaults/x") << ParseErrorCategory::UnexpectedSegment;
    QTest::newRow("providers without namespace")
        << Sub + QStringLiteral("/resourceGroups/rg/providers") << ParseErrorCategory::MissingSegment;
    QTest::newRow("namespace without dot")
        << Sub + QStringLiteral("/resourceGroups/rg/providers/KeyVault/vaults/x")
        << ParseErrorCategory::InvalidProviderNamespace;
    QTest::newRow("namespace with hyphen")
        << Sub + QStringLiteral("/resourceGroups/rg/providers/Microsoft.Key-Vault/vaults/x")
        << ParseErrorCategory::InvalidProviderNamespace;
    QTest::newRow("type without name")
        << Sub + QStringLiteral("/resourceGroups/rg/providers/Microsoft.KeyVault/vaults")
        << ParseErrorCategory::MissingSegment;
    QTest::newRow("nested type without name")
        << Vault + QStringLiteral("/privateEndpointConnections") << ParseErrorCategory::MissingSegment;
    QTest::newRow("type with dot") << Sub
            + QStringLiteral("/resourceGroups/rg/providers/Microsoft.KeyVault/vau.lts/x")
                                   << ParseErrorCategory::InvalidResourceType;
    QTest::newRow("name with percent")
        << Sub + QStringLiteral("/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/a%20b")
        << ParseErrorCategory::InvalidName;
    QTest::newRow("name ending in dot")
        << Sub + QStringLiteral("/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv.")
        << ParseErrorCategory::InvalidName;
    QTest::newRow("query string") << Vault + QStringLiteral("?api-version=2024-11-01")
                                  << ParseErrorCategory::UnexpectedQuery;
    QTest::newRow("fragment") << Vault + QStringLiteral("#overview") << ParseErrorCategory::UnexpectedQuery;
    QTest::newRow("space") << Sub + QStringLiteral("/resourceGroups/my rg")
                           << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("tab") << Vault + QStringLiteral("\t") << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("too long") << Sub
            + QStringLiteral("/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/") + QString(5000, u'a')
                              << ParseErrorCategory::TooLong;
    QTest::newRow("tenant-level without resource")
        << QStringLiteral("/providers") << ParseErrorCategory::MissingSegment;
    QTest::newRow("word after name") << Vault + QStringLiteral("/keys") << ParseErrorCategory::MissingSegment;
}

void TestResourceId::invalid()
{
    QFETCH(QString, input);
    QFETCH(ParseErrorCategory, category);
    ParseError error;
    QVERIFY(!ResourceId::parse(input, &error));
    QCOMPARE(error.category, category);
    QVERIFY(!error.message.isEmpty());
}

void TestResourceId::equalityIgnoresCase()
{
    const auto a = ResourceId::parse(Vault);
    const auto b
        = ResourceId::parse(Vault.toUpper().replace(QStringLiteral("0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0"),
                                                    QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")));
    QVERIFY(a && b);
    QCOMPARE(*a, *b);
    QCOMPARE(qHash(*a), qHash(*b));
    QSet<ResourceId> set {*a, *b};
    QCOMPARE(set.size(), 1);
    QVERIFY(*a != *ResourceId::parse(Vault + QStringLiteral("2")));
}

void TestResourceId::parentsAndChildren()
{
    const auto connection = ResourceId::parse(Vault + QStringLiteral("/privateEndpointConnections/c1"));
    QVERIFY(connection);
    const auto vault = connection->parent();
    QVERIFY(vault);
    QCOMPARE(vault->toString(), Vault);
    const auto rg = vault->parent();
    QVERIFY(rg);
    QCOMPARE(rg->level(), ResourceId::Level::ResourceGroup);
    const auto sub = rg->parent();
    QVERIFY(sub);
    QCOMPARE(sub->level(), ResourceId::Level::Subscription);
    QVERIFY(!sub->parent());
    QCOMPARE(vault->child(u"privateEndpointConnections", u"c1"), *connection);
    QVERIFY(!vault->child(u"bad type!", u"x").isValid());
}

void TestResourceId::extensionResource()
{
    const QString assignment
        = Vault
        + QStringLiteral(
              "/providers/Microsoft.Authorization/roleAssignments/6f1d5a1e-0000-4000-8000-000000000001");
    const auto id = ResourceId::parse(assignment);
    QVERIFY(id);
    QCOMPARE(id->providerNamespace(), QStringLiteral("Microsoft.Authorization"));
    const auto scope = id->extendedResource();
    QVERIFY(scope);
    QCOMPARE(scope->toString(), Vault);
    QCOMPARE(id->parent()->toString(), Vault);
    QVERIFY(!ResourceId::parse(Vault)->extendedResource());
}

void TestResourceId::builders()
{
    const auto sub = SubscriptionId::parse(u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    QVERIFY(sub);
    QCOMPARE(ResourceId::forSubscription(*sub).toString(), Sub);
    QCOMPARE(ResourceId::forResourceGroup(*sub, u"rg-keys").toString(),
             Sub + QStringLiteral("/resourceGroups/rg-keys"));
    QCOMPARE(
        ResourceId::forResource(*sub, u"rg-keys", u"Microsoft.KeyVault", u"vaults", u"kv-contoso").toString(),
        Vault);
    QCOMPARE(ResourceId::forResource(*sub, u"rg-net", u"Microsoft.Network", u"virtualNetworks/subnets",
                                     u"vnet/default")
                 .resourceType(),
             QStringLiteral("Microsoft.Network/virtualNetworks/subnets"));
    QVERIFY(!ResourceId::forResource(*sub, u"rg", u"Microsoft.Network", u"virtualNetworks/subnets", u"vnet")
                 .isValid());
    QVERIFY(!ResourceId::forResourceGroup(*sub, u"bad rg").isValid());
}

void TestResourceId::containsFollowsScopeInheritance()
{
    const auto rg = ResourceId::parse(Sub + QStringLiteral("/resourceGroups/rg-keys"));
    const auto rgPrefix = ResourceId::parse(Sub + QStringLiteral("/resourceGroups/rg-key"));
    const auto vault = ResourceId::parse(Vault);
    QVERIFY(rg->contains(*vault));
    QVERIFY(rg->contains(*rg));
    QVERIFY(!vault->contains(*rg));
    QVERIFY(!rgPrefix->contains(*vault)); // "rg-key" is not a parent of "rg-keys"
    QVERIFY(ResourceId::parse(
                Sub.toUpper().replace(QStringLiteral("/SUBSCRIPTIONS/"), QStringLiteral("/subscriptions/")))
                ->contains(*vault));
}

QTEST_GUILESS_MAIN(TestResourceId)
#include "tst_resourceid.moc"

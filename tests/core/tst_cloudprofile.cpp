#include "cloud/cloudprofile.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cmk;

namespace {

// A valid custom profile as a JSON object, for tests to break one key at a time.
QJsonObject validProfile()
{
    return QJsonObject {
        {QStringLiteral("name"), QStringLiteral("Contoso private cloud")},
        {QStringLiteral("authorityHost"), QStringLiteral("https://login.contoso.example")},
        {QStringLiteral("armEndpoint"), QStringLiteral("https://management.contoso.example/")},
        {QStringLiteral("graphEndpoint"), QStringLiteral("https://graph.contoso.example/")},
        {QStringLiteral("keyVaultDnsSuffix"), QStringLiteral(".vault.contoso.example")},
        {QStringLiteral("keyVaultScope"), QStringLiteral("https://vault.contoso.example/.default")},
        {QStringLiteral("powerPlatformEndpoint"), QStringLiteral("https://bap.contoso.example")},
        {QStringLiteral("powerPlatformScope"), QStringLiteral("https://service.contoso.example//.default")},
        {QStringLiteral("portalUrl"), QStringLiteral("https://portal.contoso.example")},
        {QStringLiteral("publicClientId"), QStringLiteral("11111111-2222-4333-8444-555555555555")},
    };
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

QString testCa()
{
    return QStringLiteral(CMK_SOURCE_DIR "/sandbox/certs/test-only-ca.pem");
}

} // namespace

class TestCloudProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsAreValidAndDistinct();
    void builtInLookup();
    void customRoundTrip();
    void defaultsDerived();
    void loopbackMayUseHttp();
    void invalid_data();
    void invalid();
    void notJson_data();
    void notJson();
    void certificatesResolveRelativeToFile();
    void missingFile();
    void authorityIgnoresTrailingSlash_data();
    void authorityIgnoresTrailingSlash();
};

void TestCloudProfile::builtInsAreValidAndDistinct()
{
    const auto &clouds = CloudProfile::builtIns();
    QCOMPARE(clouds.size(), 3);
    QStringList names;
    for (const CloudProfile &c : clouds) {
        names << c.name;
        QCOMPARE(c.authorityHost.scheme(), QStringLiteral("https"));
        QVERIFY(c.keyVaultDnsSuffix.startsWith(u'.'));
        QVERIFY(c.armScope.endsWith(QStringLiteral("/.default")));
        QVERIFY(!c.isLoopback());
        QVERIFY(!c.displayName.isEmpty());
        // What the built-in writes, the loader reads back unchanged.
        ParseError error;
        const auto again = CloudProfile::fromJson(c.toJson(), &error);
        QVERIFY2(again, qPrintable(error.message));
        QCOMPARE(*again, c);
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("AzureCloud"), QStringLiteral("AzureUSGovernment"),
                           QStringLiteral("AzureChinaCloud")}));
    QCOMPARE(clouds.at(0).armScope, QStringLiteral("https://management.azure.com/.default"));
    QCOMPARE(clouds.at(0).powerPlatformScope, QStringLiteral("https://service.powerapps.com//.default"));
    QCOMPARE(clouds.at(2).armScope, QStringLiteral("https://management.chinacloudapi.cn/.default"));
    QCOMPARE(clouds.at(1).federatedCredentialAudience, QStringLiteral("api://AzureADTokenExchangeUSGov"));
}

void TestCloudProfile::builtInLookup()
{
    QVERIFY(CloudProfile::builtIn(u"azurecloud"));
    QVERIFY(!CloudProfile::builtIn(u"AzureGermanCloud"));
}

void TestCloudProfile::customRoundTrip()
{
    QJsonObject o = validProfile();
    o.insert(QStringLiteral("trustedCaCertificates"), QJsonArray {testCa()});
    ParseError error;
    const auto p = CloudProfile::fromJson(bytes(o), &error);
    QVERIFY2(p, qPrintable(error.message));
    QCOMPARE(p->caCertificates().size(), 1);
    const auto again = CloudProfile::fromJson(p->toJson(), &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(*again, *p);
}

void TestCloudProfile::defaultsDerived()
{
    const auto p = CloudProfile::fromJson(bytes(validProfile()));
    QVERIFY(p);
    QCOMPARE(p->armScope, QStringLiteral("https://management.contoso.example/.default"));
    QCOMPARE(p->graphScope, QStringLiteral("https://graph.contoso.example/.default"));
    QCOMPARE(p->federatedCredentialAudience, QStringLiteral("api://AzureADTokenExchange"));
    QCOMPARE(p->displayName, p->name);
    QVERIFY(p->isKeyVaultHost(u"kv1.vault.contoso.example"));
    QVERIFY(!p->isKeyVaultHost(u"vault.contoso.example"));
    QVERIFY(!p->isKeyVaultHost(u"kv1.vault.azure.net"));
}

void TestCloudProfile::loopbackMayUseHttp()
{
    QJsonObject o = validProfile();
    for (const char *key : {"authorityHost", "armEndpoint", "graphEndpoint", "powerPlatformEndpoint"})
        o.insert(QLatin1StringView(key), QStringLiteral("http://127.0.0.1:40001/"));
    o.insert(QStringLiteral("keyVaultDnsSuffix"), QStringLiteral("127.0.0.1"));
    ParseError error;
    const auto p = CloudProfile::fromJson(bytes(o), &error);
    QVERIFY2(p, qPrintable(error.message));
    QVERIFY(p->isLoopback());
    QVERIFY(p->isKeyVaultHost(u"127.0.0.1"));
}

void TestCloudProfile::invalid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined removes the key
    QTest::addColumn<ParseErrorCategory>("category");

    QTest::newRow("missing name") << QStringLiteral("name") << QJsonValue(QJsonValue::Undefined)
                                  << ParseErrorCategory::MissingKey;
    QTest::newRow("missing armEndpoint") << QStringLiteral("armEndpoint") << QJsonValue(QJsonValue::Undefined)
                                         << ParseErrorCategory::MissingKey;
    QTest::newRow("missing publicClientId")
        << QStringLiteral("publicClientId") << QJsonValue(QJsonValue::Undefined)
        << ParseErrorCategory::MissingKey;
    QTest::newRow("missing keyVaultDnsSuffix")
        << QStringLiteral("keyVaultDnsSuffix") << QJsonValue(QJsonValue::Undefined)
        << ParseErrorCategory::MissingKey;
    QTest::newRow("unknown key (typo)")
        << QStringLiteral("armEndpiont") << QJsonValue(QStringLiteral("https://x/"))
        << ParseErrorCategory::UnknownKey;
    QTest::newRow("http on a real host")
        << QStringLiteral("armEndpoint") << QJsonValue(QStringLiteral("http://management.azure.com/"))
        << ParseErrorCategory::InsecureScheme;
    QTest::newRow("ftp") << QStringLiteral("graphEndpoint")
                         << QJsonValue(QStringLiteral("ftp://graph.example/"))
                         << ParseErrorCategory::InsecureScheme;
    QTest::newRow("relative url") << QStringLiteral("authorityHost")
                                  << QJsonValue(QStringLiteral("login.microsoftonline.com"))
                                  << ParseErrorCategory::InvalidUrl;
    QTest::newRow("url with space") << QStringLiteral("portalUrl")
                                    << QJsonValue(QStringLiteral("https://portal azure.com"))
                                    << ParseErrorCategory::InvalidUrl;
    QTest::newRow("query in endpoint")
        << QStringLiteral("armEndpoint")
        << QJsonValue(QStringLiteral("https://management.azure.com/?api-version=1"))
        << ParseErrorCategory::UnexpectedQuery;
    QTest::newRow("user info") << QStringLiteral("armEndpoint")
                               << QJsonValue(QStringLiteral("https://me@management.azure.com/"))
                               << ParseErrorCategory::UnexpectedQuery;
    QTest::newRow("number for url") << QStringLiteral("armEndpoint") << QJsonValue(42)
                                    << ParseErrorCategory::WrongType;
    QTest::newRow("empty name") << QStringLiteral("name") << QJsonValue(QString())
                                << ParseErrorCategory::Empty;
    QTest::newRow("padded value") << QStringLiteral("name") << QJsonValue(QStringLiteral(" x "))
                                  << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("suffix without dot")
        << QStringLiteral("keyVaultDnsSuffix") << QJsonValue(QStringLiteral("vault.azure.net"))
        << ParseErrorCategory::InvalidFormat;
    QTest::newRow("suffix with scheme")
        << QStringLiteral("keyVaultDnsSuffix") << QJsonValue(QStringLiteral("https://vault.azure.net"))
        << ParseErrorCategory::InvalidFormat;
    QTest::newRow("client id not a guid")
        << QStringLiteral("publicClientId") << QJsonValue(QStringLiteral("azure-cli"))
        << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("client id nil") << QStringLiteral("publicClientId")
                                   << QJsonValue(QStringLiteral("00000000-0000-0000-0000-000000000000"))
                                   << ParseErrorCategory::NilValue;
    QTest::newRow("scope with space") << QStringLiteral("keyVaultScope")
                                      << QJsonValue(QStringLiteral("https://vault.azure.net/.default openid"))
                                      << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("certificates not a list")
        << QStringLiteral("trustedCaCertificates") << QJsonValue(QStringLiteral("ca.pem"))
        << ParseErrorCategory::WrongType;
    QTest::newRow("certificate file missing")
        << QStringLiteral("trustedCaCertificates")
        << QJsonValue(QJsonArray {QStringLiteral("/nonexistent/ca.pem")}) << ParseErrorCategory::FileError;
    QTest::newRow("certificate entry not a string")
        << QStringLiteral("trustedCaCertificates") << QJsonValue(QJsonArray {1})
        << ParseErrorCategory::WrongType;
    QTest::newRow("format version 2")
        << QStringLiteral("formatVersion") << QJsonValue(2) << ParseErrorCategory::InvalidVersion;
    QTest::newRow("format version as text")
        << QStringLiteral("formatVersion") << QJsonValue(QStringLiteral("1"))
        << ParseErrorCategory::InvalidVersion;
}

void TestCloudProfile::invalid()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(ParseErrorCategory, category);
    QJsonObject o = validProfile();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    ParseError error;
    QVERIFY(!CloudProfile::fromJson(bytes(o), &error));
    QCOMPARE(error.category, category);
    // Every message names the key, so the user knows which line of the file to fix.
    QVERIFY2(error.message.contains(key), qPrintable(error.message));
}

void TestCloudProfile::notJson_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<ParseErrorCategory>("category");
    QTest::newRow("empty") << QByteArray() << ParseErrorCategory::InvalidJson;
    QTest::newRow("truncated") << QByteArray("{\"name\": \"x\"") << ParseErrorCategory::InvalidJson;
    QTest::newRow("trailing comma") << QByteArray("{\"name\": \"x\",}") << ParseErrorCategory::InvalidJson;
    QTest::newRow("array") << QByteArray("[]") << ParseErrorCategory::WrongType;
    QTest::newRow("string") << QByteArray("\"AzureCloud\"") << ParseErrorCategory::WrongType;
}

void TestCloudProfile::notJson()
{
    QFETCH(QByteArray, document);
    QFETCH(ParseErrorCategory, category);
    ParseError error;
    QVERIFY(!CloudProfile::fromJson(document, &error));
    QCOMPARE(error.category, category);
}

void TestCloudProfile::certificatesResolveRelativeToFile()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(testCa(), dir.filePath(QStringLiteral("org-ca.pem"))));
    QJsonObject o = validProfile();
    o.insert(QStringLiteral("trustedCaCertificates"), QJsonArray {QStringLiteral("org-ca.pem")});
    QFile file(dir.filePath(QStringLiteral("profile.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes(o));
    file.close();
    ParseError error;
    const auto p = CloudProfile::load(file.fileName(), &error);
    QVERIFY2(p, qPrintable(error.message));
    QCOMPARE(p->trustedCaCertificates, QStringList {dir.filePath(QStringLiteral("org-ca.pem"))});
}

void TestCloudProfile::missingFile()
{
    ParseError error;
    QVERIFY(!CloudProfile::load(QStringLiteral("/nonexistent/profile.json"), &error));
    QCOMPARE(error.category, ParseErrorCategory::FileError);
    QVERIFY(error.message.contains(QStringLiteral("/nonexistent/profile.json")));
}

QTEST_GUILESS_MAIN(TestCloudProfile)
void TestCloudProfile::authorityIgnoresTrailingSlash_data()
{
    QTest::addColumn<QUrl>("host");
    QTest::addColumn<QString>("expected");
    const QString tenant = QStringLiteral("/11111111-1111-1111-1111-111111111111");
    QTest::newRow("bare host") << QUrl(QStringLiteral("https://login.microsoftonline.com"))
                               << QStringLiteral("https://login.microsoftonline.com") + tenant;
    // QUrl::StripTrailingSlash keeps a lone "/" path; the issuer must still have one slash.
    QTest::newRow("root path") << QUrl(QStringLiteral("https://127.0.0.1:4431/"))
                               << QStringLiteral("https://127.0.0.1:4431") + tenant;
    QTest::newRow("sub path") << QUrl(QStringLiteral("https://login.contoso.example/entra/"))
                              << QStringLiteral("https://login.contoso.example/entra") + tenant;
}

void TestCloudProfile::authorityIgnoresTrailingSlash()
{
    QFETCH(QUrl, host);
    QFETCH(QString, expected);
    CloudProfile profile = *CloudProfile::builtIn(u"AzureCloud");
    profile.authorityHost = host;
    QCOMPARE(profile.authority(u"11111111-1111-1111-1111-111111111111"), expected);
    QCOMPARE(CloudProfile::join(host, QStringLiteral("/v1.0/applications")).toString(),
             expected.chopped(37) + QStringLiteral("/v1.0/applications"));
}

#include "tst_cloudprofile.moc"

#include "cloud/cloudprofile.h"
#include "testhelpers.h"
#include "types/keyidentifier.h"

#include <QTest>

using namespace cmk;

namespace {
const QString Version = QStringLiteral("0123456789abcdef0123456789abcdef");
}

class TestKeyIdentifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void versionsAndEquality();
    void cloudMembership();
    void make();
};

void TestKeyIdentifier::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("vaultUri");
    QTest::addColumn<QString>("vaultName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("versioned") << QStringLiteral("https://kv-contoso.vault.azure.net/keys/cmk-1/") + Version
                               << QStringLiteral("https://kv-contoso.vault.azure.net/")
                               << QStringLiteral("kv-contoso") << QStringLiteral("cmk-1") << Version
                               << QStringLiteral("https://kv-contoso.vault.azure.net/keys/cmk-1/") + Version;
    QTest::newRow("versionless") << QStringLiteral("https://kv-contoso.vault.azure.net/keys/cmk-1")
                                 << QStringLiteral("https://kv-contoso.vault.azure.net/")
                                 << QStringLiteral("kv-contoso") << QStringLiteral("cmk-1") << QString()
                                 << QStringLiteral("https://kv-contoso.vault.azure.net/keys/cmk-1");
    QTest::newRow("latest with trailing slash")
        << QStringLiteral("https://kv-contoso.vault.azure.net/keys/cmk-1/")
        << QStringLiteral("https://kv-contoso.vault.azure.net/") << QStringLiteral("kv-contoso")
        << QStringLiteral("cmk-1") << QString()
        << QStringLiteral("https://kv-contoso.vault.azure.net/keys/cmk-1");
    QTest::newRow("host upper case, version upper case")
        << QStringLiteral("https://KV-Contoso.Vault.Azure.NET/keys/cmk-1/") + Version.toUpper()
        << QStringLiteral("https://kv-contoso.vault.azure.net/") << QStringLiteral("kv-contoso")
        << QStringLiteral("cmk-1") << Version
        << QStringLiteral("https://kv-contoso.vault.azure.net/keys/cmk-1/") + Version;
    QTest::newRow("explicit port") << QStringLiteral("https://kv1.vault.azure.net:443/keys/k")
                                   << QStringLiteral("https://kv1.vault.azure.net:443/")
                                   << QStringLiteral("kv1") << QStringLiteral("k") << QString()
                                   << QStringLiteral("https://kv1.vault.azure.net:443/keys/k");
    QTest::newRow("sandbox vault on loopback")
        << QStringLiteral("https://127.0.0.1:40123/keys/cmk/") + Version
        << QStringLiteral("https://127.0.0.1:40123/") << QString() << QStringLiteral("cmk") << Version
        << QStringLiteral("https://127.0.0.1:40123/keys/cmk/") + Version;
    QTest::newRow("US Government vault") << QStringLiteral("https://kv-gov.vault.usgovcloudapi.net/keys/k1")
                                         << QStringLiteral("https://kv-gov.vault.usgovcloudapi.net/")
                                         << QStringLiteral("kv-gov") << QStringLiteral("k1") << QString()
                                         << QStringLiteral("https://kv-gov.vault.usgovcloudapi.net/keys/k1");
}

void TestKeyIdentifier::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, vaultUri);
    QFETCH(QString, vaultName);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, formatted);
    ParseError error;
    const auto id = KeyIdentifier::parse(input, &error);
    QVERIFY2(id, qPrintable(error.message));
    QCOMPARE(id->vaultUri().toString(), vaultUri);
    QCOMPARE(id->vaultName(), vaultName);
    QCOMPARE(id->name(), name);
    QCOMPARE(id->version(), version);
    QCOMPARE(id->isVersioned(), !version.isEmpty());
    QCOMPARE(id->toString(), formatted);
    QCOMPARE(KeyIdentifier::parse(id->toString()), id);
}

void TestKeyIdentifier::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ParseErrorCategory>("category");
    const QString base = QStringLiteral("https://kv-contoso.vault.azure.net");
    QTest::newRow("empty") << QString() << ParseErrorCategory::Empty;
    QTest::newRow("not a url") << QStringLiteral("cmk-1") << ParseErrorCategory::InvalidUrl;
    QTest::newRow("http") << QStringLiteral("http://kv-contoso.vault.azure.net/keys/cmk-1")
                          << ParseErrorCategory::InsecureScheme;
    QTest::newRow("ftp") << QStringLiteral("ftp://kv-contoso.vault.azure.net/keys/cmk-1")
                         << ParseErrorCategory::InsecureScheme;
    QTest::newRow("secret") << base + QStringLiteral("/secrets/cmk-1") << ParseErrorCategory::WrongCollection;
    QTest::newRow("certificate") << base + QStringLiteral("/certificates/cmk-1")
                                 << ParseErrorCategory::WrongCollection;
    QTest::newRow("other collection")
        << base + QStringLiteral("/storage/cmk-1") << ParseErrorCategory::UnexpectedSegment;
    QTest::newRow("vault only") << base + QStringLiteral("/") << ParseErrorCategory::MissingSegment;
    QTest::newRow("keys without name")
        << base + QStringLiteral("/keys/") << ParseErrorCategory::MissingSegment;
    QTest::newRow("key name with underscore")
        << base + QStringLiteral("/keys/cmk_1") << ParseErrorCategory::InvalidName;
    QTest::newRow("key name too long")
        << base + QStringLiteral("/keys/") + QString(128, u'k') << ParseErrorCategory::TooLong;
    QTest::newRow("short version") << base + QStringLiteral("/keys/cmk-1/0123")
                                   << ParseErrorCategory::InvalidVersion;
    QTest::newRow("non-hex version") << base + QStringLiteral("/keys/cmk-1/0123456789abcdef0123456789abcdeg")
                                     << ParseErrorCategory::InvalidVersion;
    QTest::newRow("extra segment") << base + QStringLiteral("/keys/cmk-1/") + Version
            + QStringLiteral("/wrapkey")
                                   << ParseErrorCategory::UnexpectedSegment;
    QTest::newRow("api-version query")
        << base + QStringLiteral("/keys/cmk-1?api-version=7.5") << ParseErrorCategory::UnexpectedQuery;
    QTest::newRow("user info") << QStringLiteral("https://user@kv-contoso.vault.azure.net/keys/cmk-1")
                               << ParseErrorCategory::UnexpectedQuery;
    QTest::newRow("bad vault name") << QStringLiteral("https://1kv.vault.azure.net/keys/cmk-1")
                                    << ParseErrorCategory::InvalidName;
    QTest::newRow("vault name double hyphen")
        << QStringLiteral("https://kv--x.vault.azure.net/keys/cmk-1") << ParseErrorCategory::InvalidName;
    QTest::newRow("bare host") << QStringLiteral("https://localvault/keys/cmk-1")
                               << ParseErrorCategory::InvalidName;
    QTest::newRow("space") << base + QStringLiteral("/keys/cmk 1") << ParseErrorCategory::InvalidCharacter;
}

void TestKeyIdentifier::invalid()
{
    QFETCH(QString, input);
    QFETCH(ParseErrorCategory, category);
    ParseError error;
    QVERIFY(!KeyIdentifier::parse(input, &error));
    QCOMPARE(error.category, category);
    QVERIFY(!error.message.isEmpty());
}

void TestKeyIdentifier::versionsAndEquality()
{
    const auto versioned
        = KeyIdentifier::parse(QStringLiteral("https://kv1.vault.azure.net/keys/CMK/") + Version);
    QVERIFY(versioned);
    const auto versionless = versioned->versionless();
    QVERIFY(!versionless.isVersioned());
    QCOMPARE(versionless.toString(), QStringLiteral("https://kv1.vault.azure.net/keys/CMK"));
    QCOMPARE(versionless.withVersion(Version), *versioned);
    QVERIFY(!versionless.withVersion(u"nothex").isValid());
    QCOMPARE(*KeyIdentifier::parse(u"https://kv1.vault.azure.net/keys/cmk"),
             versionless); // names ignore case
    QVERIFY(*versioned != versionless);
}

void TestKeyIdentifier::cloudMembership()
{
    const auto key = KeyIdentifier::parse(u"https://kv1.vault.azure.net/keys/cmk");
    QVERIFY(key->belongsTo(*CloudProfile::builtIn(u"AzureCloud")));
    ParseError error;
    QVERIFY(!key->belongsTo(*CloudProfile::builtIn(u"AzureChinaCloud"), &error));
    QCOMPARE(error.category, ParseErrorCategory::WrongCloud);
    QVERIFY2(error.message.contains(QStringLiteral(".vault.azure.cn")), qPrintable(error.message));
}

void TestKeyIdentifier::make()
{
    const auto id = KeyIdentifier::make(QUrl(QStringLiteral("https://127.0.0.1:40001/")), u"cmk", Version);
    QVERIFY(id);
    QCOMPARE(id->toString(), QStringLiteral("https://127.0.0.1:40001/keys/cmk/") + Version);
    ParseError error;
    QVERIFY(
        !KeyIdentifier::make(QUrl(QStringLiteral("https://kv1.vault.azure.net/")), u"bad_name", {}, &error));
    QCOMPARE(error.category, ParseErrorCategory::InvalidName);
}

QTEST_GUILESS_MAIN(TestKeyIdentifier)
#include "tst_keyidentifier.moc"

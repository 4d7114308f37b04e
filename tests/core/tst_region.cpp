#include "testhelpers.h"
#include "types/region.h"

#include <QSet>
#include <QTest>

using namespace cmk;

class TestRegion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regions_data();
    void regions();
    void badRegions_data();
    void badRegions();
    void tableIsConsistent();
    void locations_data();
    void locations();
    void badLocations_data();
    void badLocations();
};

void TestRegion::regions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("displayName");
    QTest::newRow("programmatic") << QStringLiteral("westeurope") << QStringLiteral("westeurope")
                                  << QStringLiteral("West Europe");
    QTest::newRow("display") << QStringLiteral("West Europe") << QStringLiteral("westeurope")
                             << QStringLiteral("West Europe");
    QTest::newRow("display any case")
        << QStringLiteral("west europe") << QStringLiteral("westeurope") << QStringLiteral("West Europe");
    QTest::newRow("programmatic upper")
        << QStringLiteral("EASTUS2") << QStringLiteral("eastus2") << QStringLiteral("East US 2");
    QTest::newRow("digits") << QStringLiteral("Australia Central 2") << QStringLiteral("australiacentral2")
                            << QStringLiteral("Australia Central 2");
    QTest::newRow("US Gov") << QStringLiteral("US Gov Virginia") << QStringLiteral("usgovvirginia")
                            << QStringLiteral("US Gov Virginia");
    QTest::newRow("China") << QStringLiteral("chinanorth3") << QStringLiteral("chinanorth3")
                           << QStringLiteral("China North 3");
}

void TestRegion::regions()
{
    QFETCH(QString, input);
    QFETCH(QString, name);
    QFETCH(QString, displayName);
    ParseError error;
    const auto region = Region::parse(input, &error);
    QVERIFY2(region, qPrintable(error.message));
    QCOMPARE(region->name(), name);
    QCOMPARE(region->displayName(), displayName);
    QCOMPARE(Region::parse(region->displayName()), region);
}

void TestRegion::badRegions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ParseErrorCategory>("category");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << ParseErrorCategory::Empty << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << ParseErrorCategory::Empty << QString();
    QTest::newRow("padded") << QStringLiteral(" westeurope") << ParseErrorCategory::InvalidCharacter
                            << QString();
    QTest::newRow("typo") << QStringLiteral("westeurpe") << ParseErrorCategory::UnknownValue
                          << QStringLiteral("westeurope");
    QTest::newRow("typo in display") << QStringLiteral("Nort Europe") << ParseErrorCategory::UnknownValue
                                     << QStringLiteral("northeurope");
    QTest::newRow("policy location") << QStringLiteral("europe") << ParseErrorCategory::UnknownValue
                                     << QStringLiteral("Power Platform location");
    QTest::newRow("nonsense") << QStringLiteral("mars-base-1") << ParseErrorCategory::UnknownValue
                              << QStringLiteral("westeurope");
    QTest::newRow("double space") << QStringLiteral("West  Europe") << ParseErrorCategory::UnknownValue
                                  << QString();
}

void TestRegion::badRegions()
{
    QFETCH(QString, input);
    QFETCH(ParseErrorCategory, category);
    QFETCH(QString, mentions);
    ParseError error;
    QVERIFY(!Region::parse(input, &error));
    QCOMPARE(error.category, category);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestRegion::tableIsConsistent()
{
    QSet<QString> names;
    for (const Region &r : Region::all()) {
        QVERIFY(!r.name().isEmpty());
        QVERIFY2(!names.contains(r.name()), qPrintable(r.name()));
        names.insert(r.name());
        QCOMPARE(r.name(), r.name().toLower());
        QVERIFY(!r.name().contains(u' '));
    }
    QVERIFY(Region::inCloud(u"AzureCloud").size() > 50);
    QCOMPARE(Region::inCloud(u"AzureUSGovernment").size(), 5);
    QVERIFY(!Region::inCloud(u"AzureChinaCloud").isEmpty());
}

void TestRegion::locations_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::newRow("europe") << QStringLiteral("europe") << QStringLiteral("europe");
    QTest::newRow("display") << QStringLiteral("United States") << QStringLiteral("unitedstates");
    QTest::newRow("uk alias") << QStringLiteral("uk") << QStringLiteral("unitedkingdom");
    QTest::newRow("uae alias") << QStringLiteral("UAE") << QStringLiteral("unitedarabemirates");
}

void TestRegion::locations()
{
    QFETCH(QString, input);
    QFETCH(QString, name);
    ParseError error;
    const auto location = PolicyLocation::parse(input, &error);
    QVERIFY2(location, qPrintable(error.message));
    QCOMPARE(location->name(), name);
    QCOMPARE(PolicyLocation::all().size(), 17);
}

void TestRegion::badLocations_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ParseErrorCategory>("category");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << ParseErrorCategory::Empty << QString();
    QTest::newRow("azure region") << QStringLiteral("westeurope") << ParseErrorCategory::UnknownValue
                                  << QStringLiteral("Azure region");
    QTest::newRow("typo") << QStringLiteral("eurpoe") << ParseErrorCategory::UnknownValue
                          << QStringLiteral("europe");
    QTest::newRow("padded") << QStringLiteral("europe ") << ParseErrorCategory::InvalidCharacter << QString();
}

void TestRegion::badLocations()
{
    QFETCH(QString, input);
    QFETCH(ParseErrorCategory, category);
    QFETCH(QString, mentions);
    ParseError error;
    QVERIFY(!PolicyLocation::parse(input, &error));
    QCOMPARE(error.category, category);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestRegion)
#include "tst_region.moc"

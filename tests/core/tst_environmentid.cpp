#include "testhelpers.h"
#include "types/environmentid.h"

#include <QTest>

using namespace cmk;

class TestEnvironmentId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void defaultEnvironment();
};

void TestEnvironmentId::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<bool>("isDefault");
    QTest::newRow("guid") << QStringLiteral("A1B2C3D4-0000-4000-8000-00000000E001")
                          << QStringLiteral("a1b2c3d4-0000-4000-8000-00000000e001") << false;
    QTest::newRow("default") << QStringLiteral("Default-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
                             << QStringLiteral("Default-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0") << true;
    QTest::newRow("default lower prefix")
        << QStringLiteral("default-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
        << QStringLiteral("Default-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0") << true;
}

void TestEnvironmentId::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, formatted);
    QFETCH(bool, isDefault);
    ParseError error;
    const auto id = EnvironmentId::parse(input, &error);
    QVERIFY2(id, qPrintable(error.message));
    QCOMPARE(id->toString(), formatted);
    QCOMPARE(id->isDefault(), isDefault);
    QCOMPARE(EnvironmentId::parse(id->toString()), id);
}

void TestEnvironmentId::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ParseErrorCategory>("category");
    QTest::newRow("empty") << QString() << ParseErrorCategory::Empty;
    QTest::newRow("display name") << QStringLiteral("Contoso (sandbox)")
                                  << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("default without tenant") << QStringLiteral("Default-") << ParseErrorCategory::Empty;
    QTest::newRow("default bad tenant")
        << QStringLiteral("Default-contoso") << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("url") << QStringLiteral("https://admin.powerplatform.microsoft.com/environments/x")
                         << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("short guid") << QStringLiteral("a1b2c3d4-0000-4000-8000-00000000e00")
                                << ParseErrorCategory::InvalidLength;
    QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000")
                         << ParseErrorCategory::NilValue;
}

void TestEnvironmentId::invalid()
{
    QFETCH(QString, input);
    QFETCH(ParseErrorCategory, category);
    ParseError error;
    QVERIFY(!EnvironmentId::parse(input, &error));
    QCOMPARE(error.category, category);
    QVERIFY(!error.message.isEmpty());
}

void TestEnvironmentId::defaultEnvironment()
{
    const auto tenant = TenantId::parse(u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    const EnvironmentId id = EnvironmentId::defaultFor(*tenant);
    QVERIFY(id.isDefault());
    QCOMPARE(id.defaultTenant(), tenant);
    QCOMPARE(id.toString(), QStringLiteral("Default-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    QVERIFY(!EnvironmentId::parse(u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")->defaultTenant());
    QVERIFY(id != *EnvironmentId::parse(u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
}

QTEST_GUILESS_MAIN(TestEnvironmentId)
#include "tst_environmentid.moc"

#include "testhelpers.h"
#include "types/guid.h"

#include <QTest>

using namespace cmk;

class TestGuid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void typesDoNotMix();
};

void TestGuid::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("lower") << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
                           << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    QTest::newRow("upper is lowered") << QStringLiteral("0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0")
                                      << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    QTest::newRow("mixed") << QStringLiteral("aBcDeF01-2345-6789-abCD-ef0123456789")
                           << QStringLiteral("abcdef01-2345-6789-abcd-ef0123456789");
}

void TestGuid::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, formatted);
    ParseError error;
    const auto id = TenantId::parse(input, &error);
    QVERIFY2(id, qPrintable(error.message));
    QCOMPARE(id->toString(), formatted);
    QCOMPARE(error.category, ParseErrorCategory::None);
    QCOMPARE(TenantId::parse(id->toString()), id);
}

void TestGuid::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ParseErrorCategory>("category");
    QTest::newRow("empty") << QString() << ParseErrorCategory::Empty;
    QTest::newRow("braces") << QStringLiteral("{0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0}")
                            << ParseErrorCategory::InvalidFormat;
    QTest::newRow("leading space") << QStringLiteral(" 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
                                   << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("trailing newline")
        << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\n") << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("non-hex letter") << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1fg")
                                    << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("too short") << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f")
                               << ParseErrorCategory::InvalidLength;
    QTest::newRow("too long") << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f00")
                              << ParseErrorCategory::InvalidLength;
    QTest::newRow("no hyphens") << QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0")
                                << ParseErrorCategory::InvalidLength;
    QTest::newRow("hyphen misplaced")
        << QStringLiteral("0f1e2d3-c4b5a-6978-8796-a5b4c3d2e1f0") << ParseErrorCategory::InvalidFormat;
    QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000")
                         << ParseErrorCategory::NilValue;
    QTest::newRow("unicode digit") << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f\u0661")
                                   << ParseErrorCategory::InvalidCharacter;
    QTest::newRow("domain instead of id")
        << QStringLiteral("contoso.onmicrosoft.com") << ParseErrorCategory::InvalidCharacter;
}

void TestGuid::invalid()
{
    QFETCH(QString, input);
    QFETCH(ParseErrorCategory, category);
    ParseError error;
    QVERIFY(!TenantId::parse(input, &error));
    QCOMPARE(error.category, category);
    QVERIFY(error.message.contains(QStringLiteral("tenant ID")));
    QVERIFY(!error.message.isEmpty());
}

void TestGuid::typesDoNotMix()
{
    // The wording follows the kind, so a user knows which field is wrong.
    ParseError error;
    QVERIFY(!AppId::parse(QStringLiteral("nope"), &error));
    QVERIFY2(error.message.contains(QStringLiteral("application (client) ID")), qPrintable(error.message));
    static_assert(!std::is_convertible_v<TenantId, AppId>);
}

QTEST_GUILESS_MAIN(TestGuid)
#include "tst_guid.moc"

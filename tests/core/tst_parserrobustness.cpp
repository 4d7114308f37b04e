// Bounded randomized robustness test of every parser: mutations of valid inputs, seeded so a
// failure reproduces. The libFuzzer targets in tests/fuzz/ run the same properties unbounded.

#include "parserproperties.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cmk;
using namespace cmk::testing;

class TestParserRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutations_data();
    void mutations();
};

namespace {

QString seedFor(ParserKind kind)
{
    switch (kind) {
    case ParserKind::Guid:
        return QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    case ParserKind::ResourceId:
        return QStringLiteral(
            "/subscriptions/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/resourceGroups/rg/providers/"
            "Microsoft.KeyVault/vaults/kv1/providers/Microsoft.Authorization/roleAssignments/a1");
    case ParserKind::KeyIdentifier:
        return QStringLiteral(
            "https://kv-contoso.vault.azure.net/keys/cmk-1/0123456789abcdef0123456789abcdef");
    case ParserKind::Region:
        return QStringLiteral("West Europe");
    case ParserKind::PolicyLocation:
        return QStringLiteral("unitedkingdom");
    case ParserKind::EnvironmentId:
        return QStringLiteral("Default-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    case ParserKind::CloudProfile:
        return QString::fromUtf8(CloudProfile::builtIns().first().toJson());
    }
    return {};
}

QString mutate(QString text, QRandomGenerator &rng)
{
    static const QString alphabet
        = QStringLiteral("/-._:?#%&{}[]\" \t\n0123456789abcdefABCDEFxyz\u00e4\u0661\u2028\\");
    const int edits = 1 + int(rng.bounded(4));
    for (int e = 0; e < edits; ++e) {
        const qsizetype pos = text.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(text.size())));
        const QChar c = alphabet.at(qsizetype(rng.bounded(quint32(alphabet.size()))));
        switch (rng.bounded(4)) {
        case 0:
            text.insert(pos, c);
            break;
        case 1:
            if (!text.isEmpty())
                text.remove(pos, 1);
            break;
        case 2:
            if (!text.isEmpty())
                text[pos] = c;
            break;
        default:
            if (!text.isEmpty()) // duplicate a slice, which grows segments and nesting
                text.insert(pos, text.mid(pos, qsizetype(rng.bounded(8u))));
            break;
        }
    }
    return text;
}

} // namespace

void TestParserRobustness::mutations_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("iterations");
    QTest::newRow("guid") << int(ParserKind::Guid) << 20000;
    QTest::newRow("resource id") << int(ParserKind::ResourceId) << 20000;
    QTest::newRow("key identifier") << int(ParserKind::KeyIdentifier) << 20000;
    QTest::newRow("region") << int(ParserKind::Region) << 20000;
    QTest::newRow("policy location") << int(ParserKind::PolicyLocation) << 20000;
    QTest::newRow("environment id") << int(ParserKind::EnvironmentId) << 20000;
    QTest::newRow("cloud profile") << int(ParserKind::CloudProfile) << 3000;
}

void TestParserRobustness::mutations()
{
    QFETCH(int, kind);
    QFETCH(int, iterations);
    const auto parser = ParserKind(kind);
    QRandomGenerator rng(0xC3C0FFEEu + quint32(kind));
    const QString seed = seedFor(parser);
    QString failure;
    QVERIFY2(checkParser(parser, seed, &failure), qPrintable(failure));
    int accepted = 0;
    for (int i = 0; i < iterations; ++i) {
        const QString input = mutate(seed, rng);
        if (!checkParser(parser, input, &failure))
            QFAIL(qPrintable(
                QStringLiteral("iteration %1, input %2: %3").arg(QString::number(i), input, failure)));
        ParseError ignored;
        accepted += (parser == ParserKind::Guid && TenantId::parse(input, &ignored)) ? 1 : 0;
    }
    // Mutations that stay valid (e.g. a hex digit swapped for another) must exist, or the test only sees
    // errors.
    if (parser == ParserKind::Guid)
        QVERIFY(accepted > 0);
}

QTEST_GUILESS_MAIN(TestParserRobustness)
#include "tst_parserrobustness.moc"

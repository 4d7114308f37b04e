#include "workflow/persona.h"
#include "workflow/trackregistry.h"

#include <QSet>
#include <QTest>

using namespace cmk;

class TestTrackRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndFind();
    void rejectsDuplicatesAndEmptyIds();
    void personasAreComplete();
};

void TestTrackRegistry::addAndFind()
{
    TrackRegistry registry;
    QVERIFY(registry.tracks().isEmpty());
    QVERIFY(registry.add({QStringLiteral("isv-netapp"), QStringLiteral("ISV · NetApp Files"), QString(),
                          Persona::IsvEngineer, QStringLiteral("seed 000"), QUrl()}));
    QVERIFY(registry.add({QStringLiteral("customer-grant"), QStringLiteral("Customer · Grant"), QString(),
                          Persona::CustomerKeyVaultAdmin, QStringLiteral("seed 000"), QUrl()}));
    QCOMPARE(registry.tracks().size(), 2);
    QCOMPARE(registry.tracksFor(Persona::IsvEngineer).size(), 1);
    QCOMPARE(registry.tracksFor(Persona::SupportStaff).size(), 0);
    QCOMPARE(registry.find(u"customer-grant")->persona, Persona::CustomerKeyVaultAdmin);
    QVERIFY(!registry.find(u"nope"));
}

void TestTrackRegistry::rejectsDuplicatesAndEmptyIds()
{
    TrackRegistry registry;
    const TrackInfo t {QStringLiteral("a"),  QStringLiteral("A"), QString(),
                       Persona::IsvEngineer, QString(),           QUrl()};
    QVERIFY(registry.add(t));
    QVERIFY(!registry.add(t));
    TrackInfo empty = t;
    empty.id.clear();
    QVERIFY(!registry.add(empty));
    QCOMPARE(registry.tracks().size(), 1);
}

void TestTrackRegistry::personasAreComplete()
{
    const auto all = PersonaInfo::all();
    QCOMPARE(all.size(), 4);
    QSet<QString> ids;
    for (const PersonaInfo &p : all) {
        QVERIFY(!p.title.isEmpty());
        QVERIFY(!p.description.isEmpty());
        QVERIFY(!p.signsInTo.isEmpty());
        ids.insert(p.id);
        QCOMPARE(PersonaInfo::of(p.persona).id, p.id);
    }
    QCOMPARE(ids.size(), 4);
}

QTEST_GUILESS_MAIN(TestTrackRegistry)
#include "tst_trackregistry.moc"

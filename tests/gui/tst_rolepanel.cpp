// The role panel: who is signed in on each side, their roles, and the separation-of-duties state,
// fed with plain data (no requests).

#include "roles/separation.h"
#include "widgets/rolepanel.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace cmk;
using Separation = RolePanel::Separation;

class TestRolePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nobodySignedIn();
    void bothSidesSignedIn();
    void rolesNotReadYet();
    void separation_data();
    void separation();
    void separationFromAFinding();
    void darkPaletteKeepsPaletteRoles();

private:
    static RolePanel::Identity kai()
    {
        RolePanel::Identity i;
        i.signedIn = true;
        i.displayName = QStringLiteral("Kai Carter");
        i.account = QStringLiteral("kai@contoso.onmicrosoft.com");
        i.tenantId = QStringLiteral("22222222-2222-2222-2222-222222222222");
        i.tenantName = QStringLiteral("Contoso (customer)");
        i.roles = {QStringLiteral("Directory roles: Cloud Application Administrator"),
                   QStringLiteral("Azure role Key Vault Administrator at /subscriptions/bbbb")};
        i.rolesKnown = true;
        return i;
    }
};

void TestRolePanel::nobodySignedIn()
{
    RolePanel panel;
    QVERIFY(panel.sideText(workflow::Side::Isv).contains(QStringLiteral("Nobody signed in")));
    QVERIFY(panel.sideText(workflow::Side::Customer).contains(QStringLiteral("Nobody signed in")));
    QVERIFY(panel.separationText().isEmpty());
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("isvTitle"))->text().startsWith(QStringLiteral("ISV")));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("customerTitle"))->text(),
             QStringLiteral("Customer tenant"));
}

void TestRolePanel::bothSidesSignedIn()
{
    RolePanel panel;
    RolePanel::Identity alex;
    alex.signedIn = true;
    alex.displayName = QStringLiteral("Alex Wilber");
    alex.account = QStringLiteral("alex@fabrikamisv.onmicrosoft.com");
    alex.tenantId = QStringLiteral("11111111-1111-1111-1111-111111111111");
    alex.rolesKnown = true;
    panel.setIdentity(workflow::Side::Isv, alex);
    panel.setIdentity(workflow::Side::Customer, kai());

    const QString isv = panel.sideText(workflow::Side::Isv);
    QVERIFY2(isv.contains(QStringLiteral("Alex Wilber <alex@fabrikamisv.onmicrosoft.com>")), qPrintable(isv));
    QVERIFY(isv.contains(QStringLiteral("in 11111111-1111-1111-1111-111111111111")));
    QVERIFY(isv.contains(QStringLiteral("No roles found")));
    const QString customer = panel.sideText(workflow::Side::Customer);
    QVERIFY(customer.contains(QStringLiteral("in Contoso (customer) (22222222")));
    QVERIFY(customer.contains(QStringLiteral("Key Vault Administrator at /subscriptions/bbbb")));
    QVERIFY(panel.accessibleDescription().contains(QStringLiteral("Kai Carter")));
    QCOMPARE(panel.identity(workflow::Side::Customer).account, kai().account);
}

void TestRolePanel::rolesNotReadYet()
{
    RolePanel panel;
    RolePanel::Identity i = kai();
    i.rolesKnown = false;
    panel.setIdentity(workflow::Side::Customer, i);
    QVERIFY(panel.sideText(workflow::Side::Customer).contains(QStringLiteral("Reading the roles")));
    QVERIFY(!panel.sideText(workflow::Side::Customer).contains(QStringLiteral("Key Vault Administrator")));
}

void TestRolePanel::separation_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    QTest::newRow("not applicable") << int(Separation::State::NotApplicable) << QString() << QString()
                                    << QStringLiteral("Separation");
    QTest::newRow("fine") << int(Separation::State::Separate) << QString() << QStringLiteral("fine")
                          << QStringLiteral("justification");
    QTest::newRow("both, justified") << int(Separation::State::Both)
                                     << QStringLiteral("Two-person team this week")
                                     << QStringLiteral(
                                            "Recorded justification: \u201cTwo-person team this week\u201d")
                                     << QStringLiteral("fine");
    QTest::newRow("both, not yet justified")
        << int(Separation::State::Both) << QString() << QStringLiteral("No justification recorded yet")
        << QStringLiteral("fine");
    QTest::newRow("pending") << int(Separation::State::Pending) << QString()
                             << QStringLiteral("Separation of duties: the message")
                             << QStringLiteral("could not");
    QTest::newRow("unknown") << int(Separation::State::Unknown) << QString()
                             << QStringLiteral("could not be checked: the message") << QStringLiteral("fine");
}

void TestRolePanel::separation()
{
    QFETCH(int, state);
    QFETCH(QString, justification);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    RolePanel panel;
    panel.show();
    panel.setSeparation({Separation::State(state), QStringLiteral("the message"), justification});
    const QString text = panel.separationText();
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(!text.contains(absent), qPrintable(text));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("separationLabel"))->isVisible(), !expected.isEmpty());
}

void TestRolePanel::separationFromAFinding()
{
    roles::SeparationFinding finding;
    finding.state = roles::SeparationFinding::State::Both;
    finding.message = QStringLiteral("sam@contoso.onmicrosoft.com is Power Platform Administrator and Owner");
    const Separation s = RolePanel::separationOf(finding, QStringLiteral("approved by the CISO"));
    QCOMPARE(s.state, Separation::State::Both);
    RolePanel panel;
    panel.setSeparation(s);
    QVERIFY(panel.separationText().contains(QStringLiteral("sam@contoso.onmicrosoft.com is Power Platform")));
    QVERIFY(panel.separationText().contains(QStringLiteral("approved by the CISO")));
    finding.state = roles::SeparationFinding::State::Separate;
    QCOMPARE(RolePanel::separationOf(finding).state, Separation::State::Separate);
}

void TestRolePanel::darkPaletteKeepsPaletteRoles()
{
    RolePanel panel;
    panel.setIdentity(workflow::Side::Customer, kai());
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    panel.setPalette(dark);
    auto *roles = panel.findChild<QLabel *>(QStringLiteral("customerRoles"));
    // No hard-coded colour: the secondary text takes the palette's placeholder colour.
    QCOMPARE(roles->palette().color(roles->foregroundRole()), QColor(160, 160, 160));
    const QImage image = panel.grab().toImage();
    QVERIFY(!image.isNull());
}

QTEST_MAIN(TestRolePanel)
#include "tst_rolepanel.moc"

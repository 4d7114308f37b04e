// The sign-in panel on the offscreen platform against the in-process sandbox, driven through
// object names and the keyboard: a demo person signs in and their roles show; a device-code
// wait is cancelled; a person of the wrong tenant is explained inline.

#include "app/workspace.h"
#include "auth/credentialstore.h"
#include "auth/tokenendpoint.h"
#include "sandbox.h"
#include "sandboxclient.h"
#include "widgets/messagebanner.h"
#include "widgets/signinpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace cmk;

namespace {
const QString CustomerTenant = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString CustomerSubscription = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002");
} // namespace

class TestSignInPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void demoPersonSignsInWithTheKeyboard();
    void deviceCodeIsShownAndCancelled();
    void wrongTenantIsExplainedInline();
    void browserSignInWithoutDemo();
    void cachedAccountNeedsNoPrompt();
    void everyInteractiveChildHasAnObjectName();

private:
    std::unique_ptr<SignInPanel> makePanel(bool demo);
    template<typename T> T *find(QWidget *root, const char *name) const
    {
        auto *w = root->findChild<T *>(QLatin1StringView(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    QTreeWidgetItem *personItem(QTreeWidget *list, const QString &name) const
    {
        const auto items = list->findItems(name, Qt::MatchExactly, 0);
        return items.isEmpty() ? nullptr : items.first();
    }

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSignInPanel::init()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>(m_sandbox->profile(),
                                              std::make_unique<auth::MemoryCredentialStore>(), QString());
}

void TestSignInPanel::cleanup()
{
    m_workspace.reset();
    m_sandbox.reset();
}

std::unique_ptr<SignInPanel> TestSignInPanel::makePanel(bool demo)
{
    auto panel = std::make_unique<SignInPanel>(m_workspace.get(), workflow::Side::Customer);
    panel->setExpectedTenant(CustomerTenant);
    panel->setRoleScopes({CustomerSubscription});
    panel->setBrowserOpener([](const QUrl &) { return true; }); // never a real browser in tests
    if (demo) {
        DemoDirectory directory;
        for (const sandbox::Sandbox::Person &p : m_sandbox->people())
            directory.people.append({p.userPrincipalName, p.displayName, p.role, p.tenantId, p.tenantName});
        sandbox::Sandbox *running = m_sandbox.get();
        directory.approveDeviceCode = [running](const QString &code, const QString &upn) {
            return running->approveDeviceCode(code, upn);
        };
        panel->setDemoDirectory(directory);
    }
    panel->resize(640, 480);
    panel->show();
    return panel;
}

void TestSignInPanel::demoPersonSignsInWithTheKeyboard()
{
    auto panel = makePanel(true);
    auto *people = find<QTreeWidget>(panel.get(), "peopleList");
    QVERIFY(people && people->isVisible());
    QVERIFY(!find<QWidget>(panel.get(), "browserRow")->isVisible());
    QVERIFY(people->topLevelItemCount() >= 5);
    // The first person of the expected tenant is preselected.
    QCOMPARE(people->currentItem()->text(2), QStringLiteral("Contoso (customer)"));

    QTreeWidgetItem *kai = personItem(people, QStringLiteral("Kai Carter"));
    QVERIFY(kai);
    QVERIFY(kai->text(1).contains(QStringLiteral("key vault")));
    people->setCurrentItem(kai);
    people->setFocus();
    QSignalSpy signedIn(panel.get(), &SignInPanel::signedIn);
    QTest::keyClick(people, Qt::Key_Return);

    QVERIFY(signedIn.wait(20000));
    QCOMPARE(signedIn.first().at(0).value<workflow::Side>(), workflow::Side::Customer);
    QVERIFY(panel->isSignedIn());
    auto *box = find<QGroupBox>(panel.get(), "signedInBox");
    QVERIFY(box->isVisible());
    QVERIFY(!people->isVisible());
    QVERIFY(find<QLabel>(panel.get(), "accountLabel")
                ->text()
                .contains(QStringLiteral("kai@contoso.onmicrosoft.com")));
    QVERIFY(find<QLabel>(panel.get(), "tenantLabel")->text().contains(QStringLiteral("Contoso (customer)")));
    auto *roles = find<QLabel>(panel.get(), "rolesLabel");
    QTRY_VERIFY_WITH_TIMEOUT(roles->text().contains(QStringLiteral("Key Vault Administrator")), 20000);
    QVERIFY(roles->text().contains(QStringLiteral("Cloud Application Administrator")));
    QVERIFY(roles->accessibleDescription().contains(QStringLiteral("Key Vault Administrator")));
    QVERIFY(!find<MessageBanner>(panel.get(), "signInMessage")->isVisible());

    // "Someone else" brings the picker back.
    QTest::mouseClick(find<QPushButton>(panel.get(), "switchAccountButton"), Qt::LeftButton);
    QVERIFY(people->isVisible());
    QVERIFY(!box->isVisible());
}

void TestSignInPanel::deviceCodeIsShownAndCancelled()
{
    auto panel = makePanel(false);
    QVERIFY(!find<QGroupBox>(panel.get(), "peopleBox")->isVisible());
    auto *deviceButton = find<QPushButton>(panel.get(), "deviceCodeButton");
    QVERIFY(deviceButton->isVisible());
    QVERIFY(find<QPushButton>(panel.get(), "browserSignInButton")->isVisible());

    QTest::mouseClick(deviceButton, Qt::LeftButton);
    auto *code = find<QLabel>(panel.get(), "deviceCodeLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty() && code->isVisible(), 20000);
    QVERIFY(find<QProgressBar>(panel.get(), "signInProgress")->isVisible());
    QVERIFY(!find<QWidget>(panel.get(), "browserRow")->isEnabled());
    QTest::mouseClick(find<QPushButton>(panel.get(), "copyCodeButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code->text());

    const QString shown = code->text();
    QTest::mouseClick(find<QPushButton>(panel.get(), "cancelSignInButton"), Qt::LeftButton);
    QCOMPARE(panel->session()->state(), SignInSession::State::Cancelled);
    QVERIFY(!code->isVisible());
    QVERIFY(!find<QWidget>(panel.get(), "progressRow")->isVisible());
    auto *banner = find<MessageBanner>(panel.get(), "signInMessage");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("cancelled")));
    QVERIFY(find<QWidget>(panel.get(), "browserRow")->isEnabled());
    // The code no longer signs anyone in here.
    QTRY_VERIFY_WITH_TIMEOUT(panel->findChildren<auth::DeviceCodeSignIn *>().isEmpty(), 5000);
    m_sandbox->approveDeviceCode(shown, QStringLiteral("kai@contoso.onmicrosoft.com"));
    QVERIFY(!panel->isSignedIn());
}

void TestSignInPanel::wrongTenantIsExplainedInline()
{
    auto panel = makePanel(true);
    auto *people = find<QTreeWidget>(panel.get(), "peopleList");
    QTreeWidgetItem *alex = personItem(people, QStringLiteral("Alex Wilber"));
    QVERIFY(alex);
    people->setCurrentItem(alex);
    QTest::mouseClick(find<QPushButton>(panel.get(), "signInAsButton"), Qt::LeftButton);
    auto *banner = find<MessageBanner>(panel.get(), "signInMessage");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("but the customer tenant is ") + CustomerTenant),
             qPrintable(banner->text()));
    QVERIFY(!panel->isSignedIn());
    QVERIFY(people->isVisible() && people->isEnabled());
}

void TestSignInPanel::browserSignInWithoutDemo()
{
    auto panel = makePanel(false);
    // Plays Kai at the sandbox's sign-in page, as the system browser would.
    auto browser = std::make_shared<testing::SandboxHttp>(m_sandbox->profile());
    int opened = 0;
    panel->setBrowserOpener([browser, &opened](const QUrl &url) {
        ++opened;
        QTimer::singleShot(0, [browser, url] {
            const auto page = browser->get(url);
            const auto back = browser->submitForm(
                page,
                {{QStringLiteral("username"), QStringLiteral("kai@contoso.onmicrosoft.com")},
                 {QStringLiteral("password"), QStringLiteral("Sandbox-Kv-1")},
                 {QStringLiteral("action"), QStringLiteral("signin")}});
            browser->get(QUrl(QString::fromUtf8(back.header("Location"))));
        });
        return true;
    });
    QSignalSpy signedIn(panel.get(), &SignInPanel::signedIn);
    auto *button = find<QPushButton>(panel.get(), "browserSignInButton");
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(panel->session()->state(), SignInSession::State::WaitingForBrowser);
    QVERIFY(find<QLabel>(panel.get(), "progressText")->text().contains(QStringLiteral("browser")));
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(opened, 1);
    QVERIFY(find<QLabel>(panel.get(), "accountLabel")
                ->text()
                .contains(QStringLiteral("kai@contoso.onmicrosoft.com")));
}

void TestSignInPanel::cachedAccountNeedsNoPrompt()
{
    {
        auto first = makePanel(true);
        QSignalSpy signedIn(first.get(), &SignInPanel::signedIn);
        first->session()->signInAs(QStringLiteral("priya@contoso.onmicrosoft.com"));
        QVERIFY(signedIn.wait(20000));
    }
    auto panel = makePanel(false);
    int opened = 0;
    panel->setBrowserOpener([&opened](const QUrl &) { return ++opened > 0; });
    QSignalSpy signedIn(panel.get(), &SignInPanel::signedIn);
    QVERIFY(panel->useCachedAccount());
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000); // may come at once: the token is in hand
    QCOMPARE(opened, 0);
    QVERIFY(find<QLabel>(panel.get(), "accountLabel")
                ->text()
                .contains(QStringLiteral("priya@contoso.onmicrosoft.com")));
}

void TestSignInPanel::everyInteractiveChildHasAnObjectName()
{
    auto panel = makePanel(true);
    const auto buttons = panel->findChildren<QAbstractButton *>();
    QVERIFY(buttons.size() >= 6);
    for (const QAbstractButton *b : buttons) {
        QVERIFY2(!b->objectName().isEmpty(), qPrintable(b->text()));
        QVERIFY2(b->focusPolicy() & Qt::TabFocus, qPrintable(b->objectName()));
    }
    QVERIFY(!find<QTreeWidget>(panel.get(), "peopleList")->accessibleName().isEmpty());
    QVERIFY(!panel->accessibleName().isEmpty());
}

QTEST_MAIN(TestSignInPanel)
#include "tst_signinpanel.moc"

// SignInSession against the in-process sandbox over real loopback HTTPS: the demo's people, the
// browser, the cached account, the wrong tenant, cancel, and the token endpoint refusing.

#include "app/signinsession.h"
#include "app/workspace.h"
#include "auth/browsersignin.h"
#include "auth/credentialstore.h"
#include "auth/tokenendpoint.h"
#include "coreharness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cmk;
using namespace cmk::testing;
using State = SignInSession::State;

class TestSignInSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void demoPersonSignsInAndRolesAreRead();
    void browserSignIn();
    void cachedAccountSignsInWithoutPrompt();
    void wrongTenant_data();
    void wrongTenant();
    void cancelWhileWaitingForDeviceCode();
    void cancelWhileWaitingForBrowser();
    void browserThatCannotOpenFallsBackToDeviceCode();
    void tokenEndpoint401IsReported();
    void revokedSavedSignInAsksAgain();

private:
    std::unique_ptr<Workspace> makeWorkspace(std::unique_ptr<auth::CredentialStore> store = {});
    DemoDirectory demo();
    /// A browser opener that plays `user` at the sandbox's sign-in page; counts the times it opened.
    SignInSession::BrowserOpener browserAs(const DemoUser &user);
    static bool waitForEnd(SignInSession &s)
    {
        return QTest::qWaitFor([&] { return !s.isBusy() && s.state() != State::Idle; }, 20000);
    }

    std::unique_ptr<CoreHarness> m_h;
    int m_browserOpens = 0;
};

void TestSignInSession::init()
{
    m_h = std::make_unique<CoreHarness>();
    m_browserOpens = 0;
}

void TestSignInSession::cleanup()
{
    m_h.reset();
}

std::unique_ptr<Workspace> TestSignInSession::makeWorkspace(std::unique_ptr<auth::CredentialStore> store)
{
    if (!store)
        store = std::make_unique<auth::MemoryCredentialStore>();
    return std::make_unique<Workspace>(m_h->profile, std::move(store), QString());
}

DemoDirectory TestSignInSession::demo()
{
    DemoDirectory d;
    for (const sandbox::Sandbox::Person &p : m_h->sandbox.people())
        d.people.append({p.userPrincipalName, p.displayName, p.role, p.tenantId, p.tenantName});
    sandbox::Sandbox *sandbox = &m_h->sandbox;
    d.approveDeviceCode = [sandbox](const QString &code, const QString &upn) {
        return sandbox->approveDeviceCode(code, upn);
    };
    return d;
}

SignInSession::BrowserOpener TestSignInSession::browserAs(const DemoUser &user)
{
    auto play = m_h->browserAs(user);
    return [this, play](const QUrl &url) {
        ++m_browserOpens;
        play(url);
        return true;
    };
}

void TestSignInSession::demoPersonSignsInAndRolesAreRead()
{
    auto ws = makeWorkspace();
    SignInSession session(ws.get(), workflow::Side::Customer);
    session.setDemoDirectory(demo());
    session.setExpectedTenant(CustomerTenant);
    session.setRoleScopes({QStringLiteral("/subscriptions/") + CustomerSubscription});
    QSignalSpy signedIn(&session, &SignInSession::signedIn);
    QSignalSpy roles(&session, &SignInSession::rolesDetected);
    QSignalSpy code(&session, &SignInSession::deviceCodeReady);

    session.signInAs(Kai.upn);
    QCOMPARE(session.state(), State::WaitingForDeviceCode);
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::SignedIn);
    QCOMPARE(code.size(), 1);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(signedIn.first().at(0).value<workflow::Side>(), workflow::Side::Customer);
    QCOMPARE(session.account(), Kai.upn);
    QCOMPARE(session.tenant(), CustomerTenant);
    QCOMPARE(session.tenantName(), QStringLiteral("Contoso (customer)"));
    QCOMPARE(session.displayName(), QStringLiteral("Kai Carter"));
    const auto side = session.sideSession();
    QVERIFY(side.pipeline);
    QVERIFY(side.identity.isValid());
    QCOMPARE(side.identity.tenantId, CustomerTenant);

    QVERIFY(roles.wait(20000));
    const QString lines = session.roleLines().join(u'\n');
    QVERIFY2(lines.contains(QStringLiteral("Cloud Application Administrator")), qPrintable(lines));
    QVERIFY2(
        lines.contains(QStringLiteral("Key Vault Administrator at /subscriptions/") + CustomerSubscription),
        qPrintable(lines));
    QVERIFY(session.roleProfile()->isKeyVaultAdmin(QStringLiteral("/subscriptions/") + CustomerSubscription));
    QVERIFY(m_h->journalLeaks().isEmpty());
}

void TestSignInSession::browserSignIn()
{
    auto ws = makeWorkspace();
    SignInSession session(ws.get(), workflow::Side::Isv);
    session.setExpectedTenant(IsvTenant);
    session.setBrowserOpener(browserAs(Alex));
    session.start();
    QCOMPARE(session.state(), State::WaitingForBrowser);
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::SignedIn);
    QCOMPARE(m_browserOpens, 1);
    QCOMPARE(session.account(), Alex.upn);
    QCOMPARE(session.sideSession().identity.userPrincipalName, Alex.upn);
}

void TestSignInSession::cachedAccountSignsInWithoutPrompt()
{
    auto ws = makeWorkspace();
    {
        SignInSession first(ws.get(), workflow::Side::Customer);
        first.setDemoDirectory(demo());
        first.setExpectedTenant(CustomerTenant);
        first.signInAs(Kai.upn);
        QVERIFY(waitForEnd(first));
        QCOMPARE(first.state(), State::SignedIn);
    }
    SignInSession second(ws.get(), workflow::Side::Customer);
    second.setExpectedTenant(CustomerTenant);
    second.setBrowserOpener(browserAs(Alex));
    QSignalSpy code(&second, &SignInSession::deviceCodeReady);
    second.start();
    QVERIFY(waitForEnd(second));
    QCOMPARE(second.state(), State::SignedIn);
    QCOMPARE(second.account(), Kai.upn);
    QCOMPARE(m_browserOpens, 0); // no prompt of any kind
    QCOMPARE(code.size(), 0);

    // No cached account for another tenant: nothing starts from the cache.
    SignInSession other(ws.get(), workflow::Side::Isv);
    other.setExpectedTenant(IsvTenant);
    QVERIFY(!other.startFromCache());
    QCOMPARE(other.state(), State::Idle);

    // No expected tenant: the one saved account is taken; of two, none (the person chooses).
    SignInSession any(ws.get(), workflow::Side::Customer);
    QVERIFY(any.startFromCache());
    QVERIFY(waitForEnd(any));
    QCOMPARE(any.account(), Kai.upn);
    other.setDemoDirectory(demo());
    other.signInAs(Alex.upn);
    QVERIFY(waitForEnd(other));
    QCOMPARE(ws->broker()->accounts().size(), 2);
    SignInSession ambiguous(ws.get(), workflow::Side::Customer);
    QVERIFY(!ambiguous.startFromCache());
}

void TestSignInSession::wrongTenant_data()
{
    QTest::addColumn<bool>("demoPicker");
    QTest::newRow("demo person of the ISV for the customer side") << true;
    QTest::newRow("browser account of the ISV for the customer side") << false;
}

void TestSignInSession::wrongTenant()
{
    QFETCH(bool, demoPicker);
    auto ws = makeWorkspace();
    SignInSession session(ws.get(), workflow::Side::Customer);
    session.setExpectedTenant(CustomerTenant);
    QSignalSpy signedIn(&session, &SignInSession::signedIn);
    if (demoPicker) {
        session.setDemoDirectory(demo());
        session.signInAs(Alex.upn);
    } else {
        // Signing in at "organizations" lets any account in; the session must still refuse it.
        session.setAuthority(QStringLiteral("organizations"));
        session.setBrowserOpener(browserAs(Alex));
        session.start();
    }
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Failed);
    QCOMPARE(signedIn.size(), 0);
    const QString message = session.failureMessage();
    QVERIFY2(message.contains(QStringLiteral("signed in to tenant")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("but the customer tenant is ") + CustomerTenant),
             qPrintable(message));
    QVERIFY2(message.contains(demoPicker ? QStringLiteral("Alex Wilber") : Alex.upn), qPrintable(message));
    QVERIFY2(message.contains(IsvTenant), qPrintable(message));
    QVERIFY(!session.nextAction().isEmpty());
}

void TestSignInSession::cancelWhileWaitingForDeviceCode()
{
    auto ws = makeWorkspace();
    SignInSession session(ws.get(), workflow::Side::Customer);
    session.setExpectedTenant(CustomerTenant);
    QSignalSpy code(&session, &SignInSession::deviceCodeReady);
    QSignalSpy signedIn(&session, &SignInSession::signedIn);
    session.startDeviceCode();
    QVERIFY(code.wait(20000));
    const auto shown = code.first().at(0).value<SignInSession::DeviceCode>();
    QVERIFY(!shown.code.isEmpty());
    QVERIFY(shown.url.isValid());
    QCOMPARE(session.deviceCode().code, shown.code);

    session.cancel();
    QCOMPARE(session.state(), State::Cancelled);
    // The polling flow is gone, so approving the code now signs nobody in.
    QTRY_VERIFY_WITH_TIMEOUT(session.findChildren<auth::DeviceCodeSignIn *>().isEmpty(), 5000);
    QVERIFY(m_h->sandbox.approveDeviceCode(shown.code, Kai.upn));
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(ws->broker()->accounts().isEmpty());

    // Cancel is idempotent, and the session can start again afterwards.
    session.cancel();
    QCOMPARE(session.state(), State::Cancelled);
}

void TestSignInSession::cancelWhileWaitingForBrowser()
{
    auto ws = makeWorkspace();
    SignInSession session(ws.get(), workflow::Side::Isv);
    QUrl opened;
    session.setBrowserOpener([&opened](const QUrl &url) {
        opened = url; // the person never comes back
        return true;
    });
    session.startBrowser();
    QCOMPARE(session.state(), State::WaitingForBrowser);
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 5000);
    QVERIFY(!opened.toString().contains(QStringLiteral("code_verifier")));
    session.cancel();
    QCOMPARE(session.state(), State::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(session.findChildren<auth::BrowserSignIn *>().isEmpty(), 5000);
    QVERIFY(ws->broker()->accounts().isEmpty());
}

void TestSignInSession::browserThatCannotOpenFallsBackToDeviceCode()
{
    auto ws = makeWorkspace();
    SignInSession session(ws.get(), workflow::Side::Customer);
    session.setExpectedTenant(CustomerTenant);
    session.setBrowserOpener([](const QUrl &) { return false; });
    QSignalSpy code(&session, &SignInSession::deviceCodeReady);
    session.start();
    QVERIFY(code.wait(20000));
    QCOMPARE(session.state(), State::WaitingForDeviceCode);
    QVERIFY(m_h->sandbox.approveDeviceCode(session.deviceCode().code, Kai.upn));
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::SignedIn);
    QCOMPARE(session.account(), Kai.upn);
}

void TestSignInSession::tokenEndpoint401IsReported()
{
    auto ws = makeWorkspace();
    SignInSession session(ws.get(), workflow::Side::Isv);
    session.setExpectedTenant(IsvTenant);
    session.setBrowserOpener(browserAs(Alex));
    m_h->fault(QStringLiteral("expired-token"), "POST", QStringLiteral("*/oauth2/v2.0/token"), 1);
    QSignalSpy failed(&session, &SignInSession::failed);
    session.start();
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!session.failureMessage().isEmpty());
    QVERIFY(!session.nextAction().isEmpty());
    QVERIFY(ws->broker()->accounts().isEmpty());
    QVERIFY(m_h->journalLeaks().isEmpty());
}

void TestSignInSession::revokedSavedSignInAsksAgain()
{
    // A saved cache whose refresh token the service no longer accepts (invalid_grant) and whose
    // access tokens are gone: the cached account cannot be used silently.
    QByteArray saved;
    {
        auto ws = makeWorkspace();
        SignInSession first(ws.get(), workflow::Side::Customer);
        first.setDemoDirectory(demo());
        first.setExpectedTenant(CustomerTenant);
        first.signInAs(Kai.upn);
        QVERIFY(waitForEnd(first));
        QCOMPARE(first.state(), State::SignedIn);
        bool read = false;
        ws->credentialStore()->read(auth::TokenBroker::storeKey(), this,
                                    [&](std::optional<QByteArray> value, const QString &) {
                                        saved = value.value_or(QByteArray());
                                        read = true;
                                    });
        QTRY_VERIFY_WITH_TIMEOUT(read, 5000);
    }
    QVERIFY(!saved.isEmpty());
    QJsonObject cache = QJsonDocument::fromJson(saved).object();
    cache.insert(QStringLiteral("AccessToken"), QJsonObject());
    QJsonObject rts = cache.value(QStringLiteral("RefreshToken")).toObject();
    QVERIFY(!rts.isEmpty());
    for (auto it = rts.begin(); it != rts.end(); ++it) {
        QJsonObject rt = it.value().toObject();
        rt.insert(QStringLiteral("secret"), QStringLiteral("sbx-rt.revoked-by-the-test"));
        *it = rt;
    }
    cache.insert(QStringLiteral("RefreshToken"), rts);

    auto store = std::make_unique<auth::MemoryCredentialStore>();
    bool written = false;
    store->write(auth::TokenBroker::storeKey(), QJsonDocument(cache).toJson(), this,
                 [&](bool, const QString &) { written = true; });
    QTRY_VERIFY_WITH_TIMEOUT(written, 5000);
    auto ws = makeWorkspace(std::move(store));
    bool loaded = false;
    ws->broker()->load(this, [&](bool ok, const QString &) { loaded = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(loaded, 5000);
    QCOMPARE(ws->broker()->accounts().size(), 1);

    SignInSession session(ws.get(), workflow::Side::Customer);
    session.setExpectedTenant(CustomerTenant);
    QSignalSpy code(&session, &SignInSession::deviceCodeReady);
    session.start();
    QCOMPARE(session.state(), State::CheckingCache);
    QVERIFY(code.wait(20000)); // asked again, with a device code (no browser opener)
    QCOMPARE(session.state(), State::WaitingForDeviceCode);
    QVERIFY2(session.notice().contains(QStringLiteral("no longer works")), qPrintable(session.notice()));
    QVERIFY2(session.notice().contains(QStringLiteral("invalid_grant")), qPrintable(session.notice()));
    QVERIFY(!session.notice().contains(QStringLiteral("sbx-rt")));
    session.cancel();
}

QTEST_GUILESS_MAIN(TestSignInSession)
#include "tst_signinsession.moc"

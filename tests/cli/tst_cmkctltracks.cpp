// cmkctl running the cross-tenant tracks as a process against a cmk-sandbox process, as an
// administrator's script would: the ISV's managed-disks track up to the hand-off, the customer's
// grant with that file, the ISV's resume with the customer's file; a second run of each writes
// nothing; the process killed at seeded moments and resumed ends in the same state without
// duplicates; bad inputs and hand-off files are refused with exit code 2 before any request.

#include "sandboxprocess.h"
#include "workflow/handoff.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace cmk;

namespace {

const QString IsvSubscription = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
const QString CustomerSubscription = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002");
const QString Alex = QStringLiteral("alex@fabrikamisv.onmicrosoft.com");
const QString Kai = QStringLiteral("kai@contoso.onmicrosoft.com");
const QString AppName = QStringLiteral("Fabrikam disks CMK");

struct Result
{
    int exitCode = -1; ///< -1: killed or did not end
    QString out;
    QString err;
};

} // namespace

class TestCmkctlTracks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void crossTenantEndToEndThenRerunsWriteNothing();
    void powerPlatformAcrossThreePeople();
    void statusShowsTheLockedEnvironment();
    void killedProcessResumes_data();
    void killedProcessResumes();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void evidenceAndJournalOfAFinishedRun();
    void evidenceOfTheTenantsStatus();
    void evidenceBadArgumentsExit2_data();
    void evidenceBadArgumentsExit2();

private:
    /// cmkctl against the sandbox process, signing in as `upn` when it asks; killed after
    /// `killAfterMs` when that is not negative.
    Result ctl(const QStringList &args, const QString &upn = QString(), int killAfterMs = -1);
    QString write(const QString &name, const QJsonObject &values);
    QString write(const QString &name, const QByteArray &content);
    QJsonObject diskInputs() const;
    QJsonObject customerInputs() const;
    /// Runs a track, resuming it (as its user would) until it ends in `expected` or gives up.
    Result runToEnd(const QStringList &first, const QString &runFile, const QString &upn, int expected,
                    const QString &handoff = QString());
    /// The objects of the sandbox's state of `kind` whose `field` is `value`.
    QJsonArray named(const QString &kind, const QString &field, const QString &value);
    void checkSecretsStayedOut(const Result &r);

    QTemporaryDir m_files; ///< inputs and hand-off files (test data is made before init())
    std::unique_ptr<QTemporaryDir> m_dir; ///< one test's run files, sign-ins and journal
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestCmkctlTracks::initTestCase()
{
    QVERIFY(m_files.isValid());
}

void TestCmkctlTracks::init()
{
    QFile::remove(m_files.filePath(QStringLiteral("to-customer.json")));
    QFile::remove(m_files.filePath(QStringLiteral("to-isv.json")));
    m_dir = std::make_unique<QTemporaryDir>();
    // The demo scenario, an hour of simulated time per second.
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringLiteral(CMK_SANDBOX), m_dir->path(),
        QStringList {QStringLiteral("--scenario"), QStringLiteral("demo"), QStringLiteral("--time-scale"),
                     QStringLiteral("3600")});
    QVERIFY(m_sandbox->isReady());
}

void TestCmkctlTracks::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

Result TestCmkctlTracks::ctl(const QStringList &args, const QString &upn, int killAfterMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path()); // run files and journal stay in the test's directory
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir->path());
    Result r;
    static const QRegularExpression code(QStringLiteral("enter the code (\\S+)"));
    connect(&p, &QProcess::readyReadStandardError, this, [&] {
        r.err += QString::fromUtf8(p.readAllStandardError());
        const QRegularExpressionMatch m = code.match(r.err);
        if (m.hasMatch() && !upn.isEmpty() && !r.err.contains(QStringLiteral("approved:") + m.captured(1))) {
            m_sandbox->approve(m.captured(1), upn);
            r.err += QStringLiteral("approved:") + m.captured(1);
        }
    });
    p.start(QStringLiteral(CMK_CMKCTL),
            QStringList {QStringLiteral("--profile"), m_sandbox->profilePath,
                         QStringLiteral("--credential-file"), m_dir->filePath(QStringLiteral("signins.json"))}
                + args);
    if (killAfterMs >= 0)
        QTimer::singleShot(killAfterMs, &p, [&p] { p.kill(); });
    if (!p.waitForStarted() || !QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished();
    }
    r.err += QString::fromUtf8(p.readAllStandardError());
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    return r;
}

QString TestCmkctlTracks::write(const QString &name, const QByteArray &content)
{
    const QString path = m_files.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

QString TestCmkctlTracks::write(const QString &name, const QJsonObject &values)
{
    return write(name, QJsonDocument(QJsonObject {{QStringLiteral("values"), values}}).toJson());
}

QJsonObject TestCmkctlTracks::diskInputs() const
{
    return {{QStringLiteral("isv.subscriptionId"), IsvSubscription},
            {QStringLiteral("isv.resourceGroup"), QStringLiteral("rg-disks")},
            {QStringLiteral("region"), QStringLiteral("westeurope")},
            {QStringLiteral("app.displayName"), AppName},
            {QStringLiteral("identity.name"), QStringLiteral("uami-disks-contoso")},
            {QStringLiteral("des.name"), QStringLiteral("des-contoso")},
            {QStringLiteral("des.autoKeyRotation"), QStringLiteral("true")},
            {QStringLiteral("handoff.out"), m_files.filePath(QStringLiteral("to-customer.json"))}};
}

QJsonObject TestCmkctlTracks::customerInputs() const
{
    return {{QStringLiteral("customer.subscriptionId"), CustomerSubscription},
            {QStringLiteral("customer.resourceGroup"), QStringLiteral("rg-keys")},
            {QStringLiteral("vault.name"), QStringLiteral("kv-contoso-cmk")},
            {QStringLiteral("key.name"), QStringLiteral("cmk-fabrikam")},
            {QStringLiteral("handoff.out"), m_files.filePath(QStringLiteral("to-isv.json"))}};
}

Result TestCmkctlTracks::runToEnd(const QStringList &first, const QString &runFile, const QString &upn,
                                  int expected, const QString &handoff)
{
    Result r = ctl(first, upn);
    static const QRegularExpression taken(QStringLiteral("\\(application ID ([0-9a-f-]{36})\\)"));
    for (int attempt = 0; attempt < 4 && r.exitCode != expected; ++attempt) {
        QStringList resume {QStringLiteral("track"), QStringLiteral("resume"), QStringLiteral("--run-file"),
                            runFile, QStringLiteral("--yes")};
        if (!handoff.isEmpty())
            resume << QStringLiteral("--handoff") << handoff;
        // Killed while the application was being created: the track names the one that exists
        // instead of registering another; the person gives its ID, as the message says.
        if (const QRegularExpressionMatch m = taken.match(r.err); m.hasMatch())
            resume << QStringLiteral("--input")
                   << write(QStringLiteral("app-id.json"),
                            QJsonObject {{QStringLiteral("app.appId"), m.captured(1)}});
        r = ctl(resume, upn);
    }
    return r;
}

QJsonArray TestCmkctlTracks::named(const QString &kind, const QString &field, const QString &value)
{
    QJsonArray found;
    for (const QJsonValue &v : m_sandbox->state().value(kind).toArray()) {
        if (v.toObject().value(field).toString().compare(value, Qt::CaseInsensitive) == 0)
            found.append(v);
    }
    return found;
}

void TestCmkctlTracks::checkSecretsStayedOut(const Result &r)
{
    // Access and refresh tokens of the sandbox are JWTs or opaque strings we never print; a JWT
    // starts with "eyJ".
    QVERIFY2(!r.out.contains(QStringLiteral("eyJ")) && !r.err.contains(QStringLiteral("eyJ")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("refresh_token")));
}

void TestCmkctlTracks::crossTenantEndToEndThenRerunsWriteNothing()
{
    const QString isvRun = m_dir->filePath(QStringLiteral("isv-run.json"));
    const QString customerRun = m_dir->filePath(QStringLiteral("customer-run.json"));
    const QString toCustomer = m_files.filePath(QStringLiteral("to-customer.json"));
    const QString toIsv = m_files.filePath(QStringLiteral("to-isv.json"));

    // Alex, ISV: up to the hand-off; the run waits for the customer (exit 6).
    Result r = ctl({QStringLiteral("track"), QStringLiteral("run"), QStringLiteral("isv-managed-disks"),
                    QStringLiteral("--input"), write(QStringLiteral("disks.json"), diskInputs()),
                    QStringLiteral("--run-file"), isvRun, QStringLiteral("--yes")},
                   Alex);
    QVERIFY2(r.exitCode == 6, qPrintable(r.err));
    QVERIFY(QFile::exists(toCustomer));
    QVERIFY(r.err.contains(QStringLiteral("--handoff FILE")));
    checkSecretsStayedOut(r);

    // Kai, customer: the grant with Alex's file; a different person in a different tenant.
    r = ctl({QStringLiteral("track"), QStringLiteral("run"), QStringLiteral("customer-grant"),
             QStringLiteral("--input"), write(QStringLiteral("customer.json"), customerInputs()),
             QStringLiteral("--handoff"), toCustomer, QStringLiteral("--run-file"), customerRun,
             QStringLiteral("--yes")},
            Kai);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Signed in to the customer tenant as ") + Kai));
    QVERIFY(QFile::exists(toIsv));
    checkSecretsStayedOut(r);

    // Alex again with Kai's file: no new sign-in (the credential file has Alex), the disk
    // encryption set with the customer's key.
    r = ctl({QStringLiteral("track"), QStringLiteral("resume"), QStringLiteral("--run-file"), isvRun,
             QStringLiteral("--handoff"), toIsv, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("Sign in for")));
    const QJsonArray sets = named(QStringLiteral("resources"), QStringLiteral("type"),
                                  QStringLiteral("Microsoft.Compute/diskEncryptionSets"));
    QCOMPARE(sets.size(), 1);
    const QJsonObject encryption = sets.first()
                                       .toObject()
                                       .value(QStringLiteral("body"))
                                       .toObject()
                                       .value(QStringLiteral("properties"))
                                       .toObject();
    QVERIFY(encryption.value(QStringLiteral("activeKey"))
                .toObject()
                .value(QStringLiteral("keyUrl"))
                .toString()
                .contains(QStringLiteral("/keys/cmk-fabrikam/")));
    QCOMPARE(encryption.value(QStringLiteral("federatedClientId")).toString(),
             named(QStringLiteral("applications"), QStringLiteral("displayName"), AppName)
                 .first()
                 .toObject()
                 .value(QStringLiteral("appId"))
                 .toString());

    // Both finished runs again: every step found done, zero writes.
    m_sandbox->clearRequests();
    r = ctl({QStringLiteral("track"), QStringLiteral("resume"), QStringLiteral("--run-file"), isvRun,
             QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("checking that everything is still in place")));
    QVERIFY2(!r.err.contains(QStringLiteral("  done")), qPrintable(r.err)); // every step: "already done"
    r = ctl({QStringLiteral("track"), QStringLiteral("resume"), QStringLiteral("--run-file"), customerRun,
             QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(m_sandbox->requests().size() > 0); // it did look
    QCOMPARE(m_sandbox->writes(), 0);
}

void TestCmkctlTracks::powerPlatformAcrossThreePeople()
{
    const QString priya = QStringLiteral("priya@contoso.onmicrosoft.com");
    const QString sam = QStringLiteral("sam@contoso.onmicrosoft.com");
    const QString handoff = m_files.filePath(QStringLiteral("to-powerplatform.json"));
    const QJsonObject keyVault {
        {QStringLiteral("customer.subscriptionId"), CustomerSubscription},
        {QStringLiteral("customer.resourceGroup"), QStringLiteral("rg-powerplatform")},
        {QStringLiteral("vault.name"), QStringLiteral("kv-contoso-pp")},
        {QStringLiteral("key.name"), QStringLiteral("pp-cmk")},
        {QStringLiteral("policy.name"), QStringLiteral("contoso-cmk-policy")},
        {QStringLiteral("policy.location"), QStringLiteral("europe")},
        {QStringLiteral("ppadmin.userPrincipalName"), priya},
        {QStringLiteral("handoff.out"), handoff}};

    // Kai, key vault administrator: vault, key, policy, grants, the hand-off for Priya.
    Result r = ctl({QStringLiteral("track"), QStringLiteral("run"), QStringLiteral("pp-keyvault"),
                    QStringLiteral("--input"), write(QStringLiteral("pp-kv.json"), keyVault),
                    QStringLiteral("--run-file"), m_dir->filePath(QStringLiteral("kv-run.json")),
                    QStringLiteral("--yes")},
                   Kai);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    checkSecretsStayedOut(r);
    r = ctl({QStringLiteral("handoff"), QStringLiteral("import"), handoff, QStringLiteral("--output"),
             QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject carried = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(carried.value(QStringLiteral("direction")).toString(),
             QStringLiteral("keyvault-to-powerplatform"));
    const QString policyId
        = carried.value(QStringLiteral("values")).toObject().value(QStringLiteral("policy.id")).toString();
    QVERIFY(policyId.endsWith(QStringLiteral("/contoso-cmk-policy")));

    // Priya, Power Platform administrator: without the typed confirmation nothing is written (exit 2).
    const QString test = named(QStringLiteral("environments"), QStringLiteral("displayName"),
                               QStringLiteral("Contoso Sales Test"))
                             .first()
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toString();
    const QString environments = write(
        QStringLiteral("pp-env.json"),
        QJsonObject {{QStringLiteral("policy.id"), policyId}, {QStringLiteral("environments"), test}});
    const QString envRun = m_dir->filePath(QStringLiteral("env-run.json"));
    m_sandbox->clearRequests();
    r = ctl({QStringLiteral("track"), QStringLiteral("run"), QStringLiteral("pp-environments"),
             QStringLiteral("--input"), environments, QStringLiteral("--run-file"), envRun,
             QStringLiteral("--yes")},
            priya);
    QVERIFY2(r.exitCode == 2, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("contoso-cmk-policy")) && r.err.contains(test), qPrintable(r.err));
    QCOMPARE(m_sandbox->writes(), 0);
    // With it, the environment is linked and its encryption followed to the end (4 simulated hours).
    r = ctl({QStringLiteral("track"), QStringLiteral("resume"), QStringLiteral("--run-file"), envRun,
             QStringLiteral("--confirm"), QStringLiteral("contoso-cmk-policy"), QStringLiteral("--yes")},
            priya);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(named(QStringLiteral("environments"), QStringLiteral("id"), test)
                 .first()
                 .toObject()
                 .value(QStringLiteral("linkStatus"))
                 .toString(),
             QStringLiteral("Linked"));

    // Sam holds both duties: stopped (exit 3) until he gives a justification, which the run keeps.
    QJsonObject samInputs = keyVault;
    samInputs.insert(QStringLiteral("vault.name"), QStringLiteral("kv-contoso-sam"));
    samInputs.insert(QStringLiteral("policy.name"), QStringLiteral("sam-policy"));
    samInputs.insert(QStringLiteral("handoff.out"), m_files.filePath(QStringLiteral("sam.json")));
    const QString samRun = m_dir->filePath(QStringLiteral("sam-run.json"));
    m_sandbox->clearRequests();
    r = ctl({QStringLiteral("track"), QStringLiteral("run"), QStringLiteral("pp-keyvault"),
             QStringLiteral("--input"), write(QStringLiteral("pp-sam.json"), samInputs),
             QStringLiteral("--run-file"), samRun, QStringLiteral("--yes")},
            sam);
    QVERIFY2(r.exitCode == 3, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--justification")));
    QCOMPARE(m_sandbox->writes(), 0);
    r = ctl({QStringLiteral("track"), QStringLiteral("resume"), QStringLiteral("--run-file"), samRun,
             QStringLiteral("--justification"), QStringLiteral("Weekend duty, ticket 4711"),
             QStringLiteral("--yes")},
            sam);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile saved(samRun);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("Weekend duty, ticket 4711"));
}

void TestCmkctlTracks::statusShowsTheLockedEnvironment()
{
    // Riley, support staff with read rights only: every environment, the locked one with its reason
    // and countdown; exit 5 because something is locked.
    const QString riley = QStringLiteral("riley@contoso.onmicrosoft.com");
    m_sandbox->clearRequests();
    Result r = ctl({QStringLiteral("status"), QStringLiteral("--output"), QStringLiteral("json")}, riley);
    QVERIFY2(r.exitCode == 5, qPrintable(r.err));
    checkSecretsStayedOut(r);
    QCOMPARE(m_sandbox->writes(), 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(report.value(QStringLiteral("complete")).toBool(), qPrintable(r.out.left(2000)));
    const QJsonArray rows = report.value(QStringLiteral("environments")).toArray();
    QCOMPARE(rows.size(), 11);
    int locked = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("displayName")).toString() != QLatin1StringView("Contoso Archive"))
            continue;
        ++locked;
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("locked"));
        QVERIFY2(QJsonDocument(row).toJson().contains("KeyDisabled"),
                 QJsonDocument(row).toJson().constData());
    }
    QCOMPARE(locked, 1);
    r = ctl({QStringLiteral("status"), QStringLiteral("--output"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(
        r.out.startsWith(QStringLiteral("id,name,type,location,policy,state,locked,lockReason,daysLeft")),
        qPrintable(r.out.left(200)));
    QCOMPARE(r.out.count(u'\n'), 12); // the header and a line for each environment
}

void TestCmkctlTracks::killedProcessResumes_data()
{
    QTest::addColumn<QString>("track");
    QTest::addColumn<int>("killAfterMs");
    // Seeded, so a failure can be repeated; spread over each run's length (the ISV's part takes
    // about 1.5 s here, the customer's about 1 s, the first part of either the sign-in).
    QRandomGenerator seeded(20261123);
    for (int i = 0; i < 12; ++i) {
        const int ms = int(seeded.bounded(50, 1800));
        QTest::addRow("isv-managed-disks killed after %d ms", ms)
            << QStringLiteral("isv-managed-disks") << ms;
    }
    for (int i = 0; i < 8; ++i) {
        const int ms = int(seeded.bounded(50, 1200));
        QTest::addRow("customer-grant killed after %d ms", ms) << QStringLiteral("customer-grant") << ms;
    }
}

void TestCmkctlTracks::killedProcessResumes()
{
    QFETCH(QString, track);
    QFETCH(int, killAfterMs);
    const QString isvRun = m_dir->filePath(QStringLiteral("isv-run.json"));
    const QString customerRun = m_dir->filePath(QStringLiteral("customer-run.json"));
    const QStringList isvFirst {QStringLiteral("track"),
                                QStringLiteral("run"),
                                QStringLiteral("isv-managed-disks"),
                                QStringLiteral("--input"),
                                write(QStringLiteral("disks.json"), diskInputs()),
                                QStringLiteral("--run-file"),
                                isvRun,
                                QStringLiteral("--yes")};
    const QString toCustomer = m_files.filePath(QStringLiteral("to-customer.json"));
    const QStringList customerFirst {QStringLiteral("track"),
                                     QStringLiteral("run"),
                                     QStringLiteral("customer-grant"),
                                     QStringLiteral("--input"),
                                     write(QStringLiteral("customer.json"), customerInputs()),
                                     QStringLiteral("--handoff"),
                                     toCustomer,
                                     QStringLiteral("--run-file"),
                                     customerRun,
                                     QStringLiteral("--yes")};
    const bool isv = track == QLatin1StringView("isv-managed-disks");
    if (!isv) {
        const Result ready = ctl(isvFirst, Alex);
        QVERIFY2(ready.exitCode == 6, qPrintable(ready.err));
    }

    // Killed (SIGKILL: no clean-up of any kind), then resumed by the same person until it ends.
    const Result killed = ctl(isv ? isvFirst : customerFirst, isv ? Alex : Kai, killAfterMs);
    if (killed.exitCode >= 0)
        qInfo("the run ended (%d) before the kill", killed.exitCode);
    const bool started = QFile::exists(isv ? isvRun : customerRun);
    const Result ended = started
        ? runToEnd({QStringLiteral("track"), QStringLiteral("resume"), QStringLiteral("--run-file"),
                    isv ? isvRun : customerRun, QStringLiteral("--yes")},
                   isv ? isvRun : customerRun, isv ? Alex : Kai, isv ? 6 : 0)
        : runToEnd(isv ? isvFirst : customerFirst, isv ? isvRun : customerRun, isv ? Alex : Kai, isv ? 6 : 0);
    QVERIFY2(ended.exitCode == (isv ? 6 : 0), qPrintable(ended.err));

    // The same state as a run that was never killed: one of everything.
    const QJsonArray apps = named(QStringLiteral("applications"), QStringLiteral("displayName"), AppName);
    QCOMPARE(apps.size(), 1);
    const QJsonObject app = apps.first().toObject();
    QCOMPARE(app.value(QStringLiteral("federatedIdentityCredentials")).toArray().size(), 1);
    QCOMPARE(named(QStringLiteral("resources"), QStringLiteral("type"),
                   QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"))
                 .size(),
             1);
    QVERIFY(QFile::exists(toCustomer));
    if (isv)
        return;
    const QString appId = app.value(QStringLiteral("appId")).toString();
    QCOMPARE(named(QStringLiteral("servicePrincipals"), QStringLiteral("appId"), appId).size(),
             2); // home + customer
    QJsonArray grants;
    for (const QJsonValue &v : named(QStringLiteral("resources"), QStringLiteral("type"),
                                     QStringLiteral("Microsoft.Authorization/roleAssignments"))) {
        if (v.toObject()
                .value(QStringLiteral("id"))
                .toString()
                .contains(QStringLiteral("/keys/cmk-fabrikam/")))
            grants.append(v);
    }
    QCOMPARE(grants.size(), 1);
    for (const QJsonValue &v : m_sandbox->state().value(QStringLiteral("vaultData")).toArray()) {
        for (const QJsonValue &k : v.toObject().value(QStringLiteral("keys")).toArray()) {
            if (k.toObject().value(QStringLiteral("name")).toString() == QLatin1StringView("cmk-fabrikam"))
                QCOMPARE(k.toObject().value(QStringLiteral("versions")).toArray().size(), 1);
        }
    }
    QVERIFY(QFile::exists(m_files.filePath(QStringLiteral("to-isv.json"))));
}

void TestCmkctlTracks::badInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    auto disks = [this](const QString &key, const QJsonValue &value) {
        QJsonObject v = diskInputs();
        if (value.isNull())
            v.remove(key);
        else
            v.insert(key, value);
        return QStringList {QStringLiteral("track"), QStringLiteral("run"),
                            QStringLiteral("isv-managed-disks"), QStringLiteral("--input"),
                            write(key + QStringLiteral(".json"), v)};
    };
    auto customer = [this](const QString &key, const QJsonValue &value, const QString &handoff) {
        QJsonObject v = customerInputs();
        v.insert(key, value);
        return QStringList {QStringLiteral("track"),
                            QStringLiteral("run"),
                            QStringLiteral("customer-grant"),
                            QStringLiteral("--input"),
                            write(QStringLiteral("c-") + key + QStringLiteral(".json"), v),
                            QStringLiteral("--handoff"),
                            handoff};
    };
    // A valid ISV hand-off, written as the product writes it, to spoil.
    workflow::Handoff handoff;
    handoff.direction = workflow::Handoff::Direction::IsvToCustomer;
    handoff.createdAt = QDateTime::currentDateTimeUtc();
    handoff.createdBy = Alex;
    handoff.values
        = {{QStringLiteral("isv.tenantId"), QStringLiteral("11111111-1111-1111-1111-111111111111")},
           {QStringLiteral("app.appId"), QStringLiteral("3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b")},
           {QStringLiteral("app.displayName"), AppName},
           {QStringLiteral("app.adminConsentUrl"),
            QStringLiteral("https://login.microsoftonline.com/organizations/adminconsent?client_id="
                           "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b")},
           {QStringLiteral("region"), QStringLiteral("westeurope")},
           {QStringLiteral("grant.role"), QStringLiteral("Key Vault Crypto Service Encryption User")}};
    const QByteArray good = handoff.toJson();
    QVERIFY2(handoff.problems().isEmpty(), qPrintable(handoff.problems().join(u'\n')));
    const QString goodHandoff = write(QStringLiteral("good-handoff.json"), good);
    QByteArray tampered = good;
    tampered.replace("westeurope", "northeurope");
    workflow::Handoff back = handoff;
    back.direction = workflow::Handoff::Direction::CustomerToIsv;
    back.values
        = {{QStringLiteral("customer.tenantId"), QStringLiteral("22222222-2222-2222-2222-222222222222")},
           {QStringLiteral("key.url"),
            QStringLiteral("https://kv-contoso.vault.azure.net/keys/cmk/0123456789abcdef0123456789abcdef")},
           {QStringLiteral("vault.id"),
            QStringLiteral("/subscriptions/") + CustomerSubscription
                + QStringLiteral("/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-contoso")},
           {QStringLiteral("region"), QStringLiteral("westeurope")}};

    const QString track = QStringLiteral("track");
    const QString run = QStringLiteral("run");
    QTest::newRow("unknown track") << QStringList {track, run, QStringLiteral("isv-tape-backup")}
                                   << QStringLiteral("isv-tape-backup");
    QTest::newRow("input file missing")
        << QStringList {track, run, QStringLiteral("isv-managed-disks"), QStringLiteral("--input"),
                        QStringLiteral("/nonexistent/in.json")}
        << QStringLiteral("/nonexistent/in.json");
    QTest::newRow("input not JSON") << QStringList {track, run, QStringLiteral("isv-managed-disks"),
                                                    QStringLiteral("--input"),
                                                    write(QStringLiteral("x.json"),
                                                          QByteArray("region=westeurope"))}
                                    << QStringLiteral("not a JSON object");
    QTest::newRow("input value a number")
        << disks(QStringLiteral("des.name"), 42) << QStringLiteral("des.name");
    QTest::newRow("subscription not a GUID")
        << disks(QStringLiteral("isv.subscriptionId"), QStringLiteral("my-sub"))
        << QStringLiteral("isv.subscriptionId");
    QTest::newRow("resource group with a slash")
        << disks(QStringLiteral("isv.resourceGroup"), QStringLiteral("rg/disks"))
        << QStringLiteral("isv.resourceGroup");
    QTest::newRow("unknown region") << disks(QStringLiteral("region"), QStringLiteral("atlantis"))
                                    << QStringLiteral("region");
    QTest::newRow("disk encryption set name with a dot")
        << disks(QStringLiteral("des.name"), QStringLiteral("des.contoso")) << QStringLiteral("des.name");
    QTest::newRow("identity name too short")
        << disks(QStringLiteral("identity.name"), QStringLiteral("u")) << QStringLiteral("identity.name");
    QTest::newRow("rotation neither true nor false")
        << disks(QStringLiteral("des.autoKeyRotation"), QStringLiteral("maybe"))
        << QStringLiteral("des.autoKeyRotation");
    QTest::newRow("application name missing")
        << disks(QStringLiteral("app.displayName"), QJsonValue()) << QStringLiteral("app.displayName");
    QTest::newRow("hand-off out in a missing folder")
        << disks(QStringLiteral("handoff.out"), QStringLiteral("/nonexistent/dir/to-customer.json"))
        << QStringLiteral("handoff.out");
    QTest::newRow("hand-off file missing")
        << customer(QStringLiteral("vault.name"), QStringLiteral("kv-contoso-cmk"),
                    QStringLiteral("/nonexistent/handoff.json"))
        << QStringLiteral("handoff.in");
    QTest::newRow("hand-off not JSON")
        << customer(QStringLiteral("vault.name"), QStringLiteral("kv-contoso-cmk"),
                    write(QStringLiteral("h1.json"), QByteArray("<html>")))
        << QStringLiteral("handoff.in");
    QTest::newRow("hand-off tampered")
        << customer(QStringLiteral("vault.name"), QStringLiteral("kv-contoso-cmk"),
                    write(QStringLiteral("h2.json"), tampered))
        << QStringLiteral("checksum");
    QTest::newRow("hand-off of the other direction")
        << customer(QStringLiteral("vault.name"), QStringLiteral("kv-contoso-cmk"),
                    write(QStringLiteral("h3.json"), back.toJson()))
        << QStringLiteral("handoff.in");
    QTest::newRow("vault name with an underscore")
        << customer(QStringLiteral("vault.name"), QStringLiteral("kv_contoso"), goodHandoff)
        << QStringLiteral("vault.name");
    QTest::newRow("key size 1024") << customer(QStringLiteral("key.size"), QStringLiteral("1024"),
                                               goodHandoff)
                                   << QStringLiteral("key.size");
    QTest::newRow("key type EC") << customer(QStringLiteral("key.type"), QStringLiteral("EC"), goodHandoff)
                                 << QStringLiteral("key.type");
    QTest::newRow("grant kind unknown")
        << customer(QStringLiteral("grant.kind"), QStringLiteral("owner"), goodHandoff)
        << QStringLiteral("grant.kind");
    QTest::newRow("customer subscription not a GUID")
        << customer(QStringLiteral("customer.subscriptionId"), QStringLiteral("contoso"), goodHandoff)
        << QStringLiteral("customer.subscriptionId");
    QTest::newRow("resume without a run file")
        << QStringList {track, QStringLiteral("resume"), QStringLiteral("--run-file"),
                        QStringLiteral("/nonexistent/run.json")}
        << QStringLiteral("/nonexistent/run.json");
    QTest::newRow("run file not a run")
        << QStringList {track, QStringLiteral("resume"), QStringLiteral("--run-file"), goodHandoff}
        << QStringLiteral("run");
    QTest::newRow("export asked of a run") << QStringList {track, run, QStringLiteral("isv-managed-disks"),
                                                           QStringLiteral("--export"), QStringLiteral("az")}
                                           << QStringLiteral("--export");
}

void TestCmkctlTracks::badInputSendsNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    m_sandbox->clearRequests();
    const Result r = ctl(args << QStringLiteral("--yes"), Alex);
    QVERIFY2(r.exitCode == 2, qPrintable(QString::number(r.exitCode) + u' ' + r.err));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Sign in for")), qPrintable(r.err));
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestCmkctlTracks::evidenceAndJournalOfAFinishedRun()
{
    // Sam holds both duties and runs the key vault admin track with a justification.
    const QString sam = QStringLiteral("sam@contoso.onmicrosoft.com");
    const QString justification = QStringLiteral("Only administrator on duty <weekend> (ticket 4711)");
    const QString runFile = m_dir->filePath(QStringLiteral("sam-run.json"));
    const QJsonObject keyVault {
        {QStringLiteral("customer.subscriptionId"), CustomerSubscription},
        {QStringLiteral("customer.resourceGroup"), QStringLiteral("rg-powerplatform")},
        {QStringLiteral("vault.name"), QStringLiteral("kv-contoso-sam")},
        {QStringLiteral("key.name"), QStringLiteral("sam-cmk")},
        {QStringLiteral("policy.name"), QStringLiteral("contoso-sam-policy")},
        {QStringLiteral("policy.location"), QStringLiteral("europe")},
        {QStringLiteral("ppadmin.userPrincipalName"), sam},
        {QStringLiteral("handoff.out"), m_files.filePath(QStringLiteral("sam-out.json"))}};
    Result r = ctl({QStringLiteral("track"), QStringLiteral("run"), QStringLiteral("pp-keyvault"),
                    QStringLiteral("--input"), write(QStringLiteral("sam-kv.json"), keyVault),
                    QStringLiteral("--run-file"), runFile, QStringLiteral("--yes"),
                    QStringLiteral("--justification"), justification},
                   sam);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // What the services saw during the run, with their request ids (sign-in apart).
    QStringList serviceIds;
    for (const QJsonValue &v : m_sandbox->requests()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("service")).toString() != QLatin1StringView("login"))
            serviceIds << e.value(QStringLiteral("requestId")).toString();
    }
    serviceIds.removeAll(QString());
    QVERIFY(serviceIds.size() >= 10);

    m_sandbox->clearRequests();
    const QString html = m_dir->filePath(QStringLiteral("evidence.html"));
    r = ctl({QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--run-file"), runFile,
             QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), html});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(f.readAll());
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(page.contains(sam));
    QVERIFY(page.contains(justification.toHtmlEscaped()));
    QVERIFY(page.contains(QStringLiteral("Power Platform Administrator")));
    for (const QString &id : std::as_const(serviceIds)) // every call the services answered is in it
        QVERIFY2(page.contains(id), qPrintable(id));
    checkSecretsStayedOut({0, page, QString()});
    QVERIFY(!page.contains(QStringLiteral("Bearer "), Qt::CaseInsensitive));

    // The run's journal as CSV: one line per call, the same request ids.
    r = ctl({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--run-file"), runFile,
             QStringLiteral("--output"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("time,service,method,url,status")));
    QVERIFY(lines.size() > serviceIds.size()); // the header and the runner's separation note too
    const int requestColumn = int(lines.first().split(u',').indexOf(QStringLiteral("requestId")));
    QStringList csvIds;
    for (const QString &line : lines.mid(1))
        csvIds << line.split(u',').value(requestColumn);
    for (const QString &id : std::as_const(serviceIds))
        QVERIFY2(csvIds.contains(id), qPrintable(id));
    QVERIFY(r.out.contains(QStringLiteral("ticket 4711")));
    checkSecretsStayedOut(r);

    // JSON evidence on stdout; exporting sent nothing.
    r = ctl({QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--run-file"), runFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("cmk-evidence"));
    QCOMPARE(
        doc.value(QStringLiteral("separation")).toObject().value(QStringLiteral("justification")).toString(),
        justification);
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestCmkctlTracks::evidenceOfTheTenantsStatus()
{
    // Priya signs in with read rights, as for "cmkctl status"; the evidence holds every environment.
    const QString priya = QStringLiteral("priya@contoso.onmicrosoft.com");
    const QString out = m_dir->filePath(QStringLiteral("status-evidence.json"));
    const Result r = ctl({QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--status"),
                          QStringLiteral("--out"), out},
                         priya);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    const QJsonObject doc = QJsonDocument::fromJson(data).object();
    QCOMPARE(doc.value(QStringLiteral("kind")).toString(), QStringLiteral("status"));
    const QJsonObject status
        = doc.value(QStringLiteral("finalState")).toObject().value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("environments")).toArray().size(),
             m_sandbox->state().value(QStringLiteral("environments")).toArray().size());
    QVERIFY(!doc.value(QStringLiteral("calls")).toArray().isEmpty());
    const QJsonObject reader = doc.value(QStringLiteral("people")).toArray().first().toObject();
    QCOMPARE(reader.value(QStringLiteral("userPrincipalName")).toString(), priya);
    QVERIFY(reader.value(QStringLiteral("roles"))
                .toVariant()
                .toStringList()
                .contains(QStringLiteral("Power Platform Administrator")));
    checkSecretsStayedOut({0, QString::fromUtf8(data), r.err});
}

void TestCmkctlTracks::evidenceBadArgumentsExit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString missing = QStringLiteral("/nonexistent/run.json");
    const QString notJson = write(QStringLiteral("not-a-run.json"), QByteArray("{ this is not json"));
    const QString directory = m_files.path(); // a directory cannot be read as a file
    const QString run = QStringLiteral("run-file");
    QTest::newRow("missing run file") << QStringList {QStringLiteral("evidence"), QStringLiteral("export"),
                                                      QStringLiteral("--run-file"), missing}
                                      << missing;
    QTest::newRow("unreadable run file") << QStringList {QStringLiteral("evidence"), QStringLiteral("export"),
                                                         QStringLiteral("--run-file"), directory}
                                         << directory;
    QTest::newRow("not a run file") << QStringList {QStringLiteral("evidence"), QStringLiteral("export"),
                                                    QStringLiteral("--run-file"), notJson}
                                    << notJson;
    QTest::newRow("wrong format") << QStringList {QStringLiteral("evidence"),   QStringLiteral("export"),
                                                  QStringLiteral("--run-file"), notJson,
                                                  QStringLiteral("--format"),   QStringLiteral("pdf")}
                                  << QStringLiteral("--format takes json or html");
    QTest::newRow("neither run nor status")
        << QStringList {QStringLiteral("evidence"), QStringLiteral("export")}
        << QStringLiteral("--run-file FILE");
    QTest::newRow("both run and status")
        << QStringList {QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--run-file"),
                        notJson, QStringLiteral("--status")}
        << QStringLiteral("not both");
    QTest::newRow("evidence with --output")
        << QStringList {QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--status"),
                        QStringLiteral("--output"), QStringLiteral("csv")}
        << QStringLiteral("--format json|html");
    QTest::newRow("out in a missing directory")
        << QStringList {QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--status"),
                        QStringLiteral("--out"), QStringLiteral("/nonexistent/dir/e.html")}
        << QStringLiteral("does not exist");
    QTest::newRow("journal wrong output") << QStringList {QStringLiteral("journal"), QStringLiteral("export"),
                                                          QStringLiteral("--output"), QStringLiteral("table")}
                                          << QStringLiteral("json or csv");
    QTest::newRow("journal bad since") << QStringList {QStringLiteral("journal"), QStringLiteral("export"),
                                                       QStringLiteral("--since"), QStringLiteral("yesterday")}
                                       << QStringLiteral("yesterday");
    QTest::newRow("journal missing run file")
        << QStringList {QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--") + run,
                        missing}
        << missing;
    QTest::newRow("journal with --format")
        << QStringList {QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("html")}
        << QStringLiteral("--output json|csv");
    QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("evidence"), QStringLiteral("import")}
                                        << QStringLiteral("cmkctl evidence export");
}

void TestCmkctlTracks::evidenceBadArgumentsExit2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    m_sandbox->clearRequests();
    const Result r = ctl(args);
    QVERIFY2(r.exitCode == 2, qPrintable(QString::number(r.exitCode) + u' ' + r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_sandbox->requests().size(), 0); // nothing was sent, not even a sign-in
}

QTEST_GUILESS_MAIN(TestCmkctlTracks)
#include "tst_cmkctltracks.moc"

// cmkctl's own commands as processes against a cmk-sandbox process: auth login/status/logout
// keeping an account for later commands, status --watch, cmkctl sandbox shared by several
// invocations, handoff export, the lock/unlock aliases, colour only on a terminal, and bad
// arguments refused with exit code 2, a message naming the problem and no request sent.

#include "sandboxprocess.h"
#include "workflow/handoff.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace cmk;

namespace {

const QString Alex = QStringLiteral("alex@fabrikamisv.onmicrosoft.com");
const QString Riley = QStringLiteral("riley@contoso.onmicrosoft.com");
const QString Sam = QStringLiteral("sam@contoso.onmicrosoft.com");
const QString LegacyPolicy = QStringLiteral(
    "/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg-pp-legacy/providers/"
    "Microsoft.PowerPlatform/enterprisePolicies/contoso-legacy-policy");

struct Result
{
    int exitCode = -1; ///< -1: killed or did not end
    QString out;
    QString err;
};

} // namespace

class TestCmkctlCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loginKeepsTheAccountForLaterCommands();
    void loginAsAnUnknownPersonFailsAndKeepsNothing();
    void loginInTheBrowserWhereOneOpens();
    void watchPrintsEveryIntervalAndEndsWithCount();
    void watchEndsOnSigtermWithTheLastReportsCode();
    void sandboxCommandServesSeveralInvocations();
    void handoffExportOfARunAtItsHandoffStep();
    void unlockAndLockAliases();
    void colourOnlyOnATerminalAndNotWithNoColor();
    void progressOnlyOnATerminal();
    void batchRunsEveryRowResumableWithASummary();
    void bashCompletion_data();
    void bashCompletion();
    void badArgumentsExit2AndSendNothing_data();
    void badArgumentsExit2AndSendNothing();

private:
    /// cmkctl with the sandbox's profile and the test's credential file (unless `bare`),
    /// approving a device code as `upn` when one is shown.
    Result ctl(const QStringList &args, const QString &upn = QString(), bool bare = false);
    QStringList common() const;
    QProcessEnvironment environment() const;
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_files; ///< test data written by _data() functions (they run before init())
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestCmkctlCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringLiteral(CMK_SANDBOX), m_dir->path(),
        QStringList {QStringLiteral("--scenario"), QStringLiteral("demo"), QStringLiteral("--time-scale"),
                     QStringLiteral("3600")});
    QVERIFY(m_sandbox->isReady());
}

void TestCmkctlCommands::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

QStringList TestCmkctlCommands::common() const
{
    return {QStringLiteral("--profile"), m_sandbox->profilePath, QStringLiteral("--credential-file"),
            m_dir->filePath(QStringLiteral("signins.json"))};
}

QProcessEnvironment TestCmkctlCommands::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path()); // run files and journal stay in the test's directory
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("NO_COLOR"));
    env.remove(QStringLiteral("DISPLAY")); // no browser: sign-ins use the device code
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

QString TestCmkctlCommands::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

Result TestCmkctlCommands::ctl(const QStringList &args, const QString &upn, bool bare)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setWorkingDirectory(m_dir->path());
    Result r;
    static const QRegularExpression code(QStringLiteral("enter the code (\\S+)"));
    QStringList approved;
    connect(&p, &QProcess::readyReadStandardError, this, [&] {
        r.err += QString::fromUtf8(p.readAllStandardError());
        for (const QRegularExpressionMatch &m : code.globalMatch(r.err)) {
            if (upn.isEmpty() || approved.contains(m.captured(1)))
                continue;
            approved << m.captured(1);
            m_sandbox->approve(m.captured(1), upn);
        }
    });
    p.start(QStringLiteral(CMK_CMKCTL), (bare ? QStringList() : common()) + args);
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

void TestCmkctlCommands::loginKeepsTheAccountForLaterCommands()
{
    Result r = ctl({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--device-code"),
                    QStringLiteral("--as"), Riley});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Signed in as ") + Riley));
    QVERIFY(r.err.contains(QStringLiteral("enter the code")));

    r = ctl({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--output"),
             QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray accounts
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().toObject().value(QStringLiteral("username")).toString(), Riley);
    QCOMPARE(accounts.first().toObject().value(QStringLiteral("tenantId")).toString(),
             QStringLiteral("22222222-2222-2222-2222-222222222222"));
    // No secret reaches the output: no JWT, no refresh token, nothing from the credential file.
    QVERIFY(!r.out.contains(QStringLiteral("eyJ")) && !r.out.contains(QStringLiteral("secret")));
    QVERIFY(!r.out.contains(QStringLiteral("refresh"), Qt::CaseInsensitive));

    // status reads as Riley without a prompt; the demo's archive environment is locked (exit 5).
    m_sandbox->clearRequests();
    r = ctl({QStringLiteral("status"), QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 5, qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("enter the code")));
    QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8())
                 .object()
                 .value(QStringLiteral("environments"))
                 .toArray()
                 .isEmpty());

    r = ctl({QStringLiteral("auth"), QStringLiteral("logout")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Signed out ") + Riley));
    r = ctl({QStringLiteral("auth"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 3); // nobody signed in
    QVERIFY(r.out.contains(QStringLiteral("No one is signed in")));
}

void TestCmkctlCommands::loginAsAnUnknownPersonFailsAndKeepsNothing()
{
    const QString nobody = QStringLiteral("nobody@contoso.onmicrosoft.com");
    Result r = ctl({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--as"), nobody});
    QCOMPARE(r.exitCode, 3); // the sandbox refused the approval: the sign-in stops instead of polling on
    QVERIFY2(r.err.contains(nobody), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = ctl({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--output"),
             QStringLiteral("json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())
                .object()
                .value(QStringLiteral("accounts"))
                .toArray()
                .isEmpty());
}

void TestCmkctlCommands::loginInTheBrowserWhereOneOpens()
{
    // A display and an xdg-open: the browser flow (PKCE, loopback redirect). The "browser" here is
    // curl posting the sandbox's sign-in form as Riley and following the redirect back to cmkctl.
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    const QString bin = m_dir->filePath(QStringLiteral("fake-bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString opener = QDir(bin).filePath(QStringLiteral("xdg-open"));
    {
        QFile f(opener);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "#!/bin/sh\n"
            "url=\"$1\"\n"
            "back=$(curl -sk -o /dev/null -w '%{redirect_url}' "
            "--data "
            "\"${url#*\\?}&login=riley%40contoso.onmicrosoft.com&password=Sandbox-Support-1&action=signin\" "
            "\"${url%%\\?*}\")\n"
            "curl -s -o /dev/null \"$back\"\n");
    }
    QFile::setPermissions(opener, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess p;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":99"));
    env.insert(QStringLiteral("PATH"), bin + u':' + env.value(QStringLiteral("PATH")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CMK_CMKCTL), common() << QStringLiteral("auth") << QStringLiteral("login"));
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("Opening the browser")));
    QVERIFY(!err.contains(QStringLiteral("enter the code")));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Signed in as ") + Riley));
    const Result r = ctl({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--output"),
                          QStringLiteral("json")});
    QVERIFY(r.out.contains(QStringLiteral("\"signedInWith\": \"authorization_code\"")));
}

void TestCmkctlCommands::watchPrintsEveryIntervalAndEndsWithCount()
{
    QCOMPARE(ctl({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--as"), Riley}).exitCode,
             0);
    const Result r = ctl({QStringLiteral("status"), QStringLiteral("--watch"), QStringLiteral("--interval"),
                          QStringLiteral("1"), QStringLiteral("--count"), QStringLiteral("2"),
                          QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 5, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2); // JSON lines: one report each
    for (const QString &line : lines)
        QCOMPARE(QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("format")).toString(),
                 QStringLiteral("cmk-status"));
}

void TestCmkctlCommands::watchEndsOnSigtermWithTheLastReportsCode()
{
    QCOMPARE(ctl({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--as"), Riley}).exitCode,
             0);
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(CMK_CMKCTL),
            common()
                + QStringList {QStringLiteral("status"), QStringLiteral("--watch"),
                               QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--output"),
                               QStringLiteral("csv")});
    QVERIFY(p.waitForStarted());
    QVERIFY(QTest::qWaitFor([&p] { return p.canReadLine(); }, 20000)); // the first report
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 5);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(out.count(QStringLiteral("id,name,type")), 1); // the header once, however many reports
}

void TestCmkctlCommands::sandboxCommandServesSeveralInvocations()
{
    const QString profile = m_dir->filePath(QStringLiteral("own-profile.json"));
    QProcess sandbox;
    sandbox.setProcessEnvironment(environment());
    sandbox.start(QStringLiteral(CMK_CMKCTL), {QStringLiteral("sandbox"), QStringLiteral("--out"), profile});
    QVERIFY(sandbox.waitForStarted());
    QVERIFY(QTest::qWaitFor([&sandbox] { return sandbox.canReadLine(); }, 20000));
    const QJsonObject printed = QJsonDocument::fromJson(sandbox.readLine()).object();
    QVERIFY(printed.value(QStringLiteral("authorityHost"))
                .toString()
                .startsWith(QStringLiteral("https://127.0.0.1:")));
    QVERIFY(QFile::exists(profile));

    const QStringList use {QStringLiteral("--profile"), profile, QStringLiteral("--credential-file"),
                           m_dir->filePath(QStringLiteral("own-signins.json"))};
    Result r = ctl(
        use + QStringList {QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--as"), Riley},
        QString(), true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = ctl(use + QStringList {QStringLiteral("status"), QStringLiteral("--output"), QStringLiteral("csv")},
            QString(), true);
    QVERIFY2(r.exitCode == 5, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Contoso Archive")));

    ::kill(pid_t(sandbox.processId()), SIGTERM);
    QVERIFY(sandbox.waitForFinished(20000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
    QVERIFY(!QFile::exists(profile)); // its ports are closed: the profile is gone with it
}

void TestCmkctlCommands::handoffExportOfARunAtItsHandoffStep()
{
    const QString runFile = m_dir->filePath(QStringLiteral("isv-run.json"));
    const QString written = m_dir->filePath(QStringLiteral("to-customer.json"));
    const QJsonObject inputs {
        {QStringLiteral("isv.subscriptionId"), QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001")},
        {QStringLiteral("isv.resourceGroup"), QStringLiteral("rg-disks")},
        {QStringLiteral("region"), QStringLiteral("westeurope")},
        {QStringLiteral("app.displayName"), QStringLiteral("Fabrikam disks CMK")},
        {QStringLiteral("identity.name"), QStringLiteral("uami-disks-contoso")},
        {QStringLiteral("des.name"), QStringLiteral("des-contoso")},
        {QStringLiteral("handoff.out"), written}};
    const QString input = write(QStringLiteral("disks.json"),
                                QJsonDocument(QJsonObject {{QStringLiteral("values"), inputs}}).toJson());
    // Before the run: nothing to export.
    const QString early = write(QStringLiteral("early.json"), QByteArray());
    Result r = ctl({QStringLiteral("track"), QStringLiteral("run"), QStringLiteral("isv-managed-disks"),
                    QStringLiteral("--input"), input, QStringLiteral("--run-file"), runFile,
                    QStringLiteral("--yes")},
                   Alex);
    QVERIFY2(r.exitCode == 6, qPrintable(r.err));
    // Not a terminal: no progress lines, only what the person must act on.
    QVERIFY2(!r.err.contains(QStringLiteral("Step 1:")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--handoff FILE")));

    const QString out = m_dir->filePath(QStringLiteral("exported.json"));
    r = ctl({QStringLiteral("handoff"), QStringLiteral("export"), QStringLiteral("--run-file"), runFile,
             QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto exported = workflow::Handoff::load(out, workflow::Handoff::Direction::IsvToCustomer);
    const auto original = workflow::Handoff::load(written, workflow::Handoff::Direction::IsvToCustomer);
    QVERIFY(exported && original);
    QCOMPARE(exported->values, original->values);
    QCOMPARE(exported->createdBy, Alex);

    // To stdout without --out; the same checked document.
    r = ctl({QStringLiteral("handoff"), QStringLiteral("export"), QStringLiteral("--run-file"), runFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString why;
    QVERIFY2(workflow::Handoff::fromJson(r.out.toUtf8(), workflow::Handoff::Direction::IsvToCustomer, &why),
             qPrintable(why));

    // The file it wrote is gone: said, with how to write it again (exit 1).
    QVERIFY(QFile::remove(written));
    r = ctl({QStringLiteral("handoff"), QStringLiteral("export"), QStringLiteral("--run-file"), runFile});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("track resume --run-file")));
    Q_UNUSED(early);
}

void TestCmkctlCommands::unlockAndLockAliases()
{
    // The demo's legacy policy is locked (its key disabled). Sam, who holds both duties, unlocks it.
    const QStringList why {QStringLiteral("--justification"), QStringLiteral("Test: one admin on duty")};
    Result r = ctl(QStringList {QStringLiteral("unlock"), QStringLiteral("--policy"), LegacyPolicy,
                                QStringLiteral("--yes"), QStringLiteral("--run-file"),
                                m_dir->filePath(QStringLiteral("unlock.json"))}
                       + why,
                   Sam);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    // Lock with a wrong typed confirmation: refused before the revoke (exit 2), the key stays enabled.
    r = ctl(QStringList {QStringLiteral("lock"), QStringLiteral("--policy"), LegacyPolicy,
                         QStringLiteral("--method"), QStringLiteral("disable-key"),
                         QStringLiteral("--confirm"), QStringLiteral("wrong-name"), QStringLiteral("--yes"),
                         QStringLiteral("--run-file"), m_dir->filePath(QStringLiteral("lock-wrong.json"))}
                + why,
            Sam);
    QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
    QVERIFY(r.err.contains(QStringLiteral("contoso-legacy-policy")));

    // With the policy's name: locked again.
    r = ctl(QStringList {QStringLiteral("lock"), QStringLiteral("--policy"), LegacyPolicy,
                         QStringLiteral("--method"), QStringLiteral("disable-key"),
                         QStringLiteral("--confirm"), QStringLiteral("contoso-legacy-policy"),
                         QStringLiteral("--yes"), QStringLiteral("--run-file"),
                         m_dir->filePath(QStringLiteral("lock.json"))}
                + why,
            Sam);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestCmkctlCommands::colourOnlyOnATerminalAndNotWithNoColor()
{
    // `script` gives cmkctl a pseudo-terminal, as a person's shell does.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux script is not installed");
    const auto onTerminal = [&](const QString &commandLine, bool noColorEnv) {
        QProcess p;
        QProcessEnvironment env = environment();
        if (noColorEnv)
            env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        env.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
        p.setProcessEnvironment(env);
        p.start(script, {QStringLiteral("-qec"), commandLine, QStringLiteral("/dev/null")});
        p.waitForFinished(20000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString bad = QStringLiteral(CMK_CMKCTL) + QStringLiteral(" frobnicate");
    QVERIFY(onTerminal(bad, false).contains(QStringLiteral("\x1b[31m")));
    QVERIFY(onTerminal(bad, false).contains(QStringLiteral("frobnicate")));
    QVERIFY(!onTerminal(bad + QStringLiteral(" --no-color"), false).contains(QStringLiteral("\x1b[")));
    QVERIFY(!onTerminal(bad, true).contains(QStringLiteral("\x1b[")));
    // Not a terminal: never colour.
    const Result r = ctl({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.contains(QStringLiteral("\x1b[")));
}

void TestCmkctlCommands::progressOnlyOnATerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux script is not installed");
    QCOMPARE(ctl({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--as"), Riley}).exitCode,
             0);
    const QString progress = QStringLiteral("environments listed");
    // Captured by a script: no progress on stderr, the report on stdout.
    Result r = ctl({QStringLiteral("status")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(!r.err.contains(progress), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Contoso Archive")));
    // On a terminal: the counts as the service reads.
    QStringList words {QStringLiteral(CMK_CMKCTL)};
    words << common() << QStringLiteral("status");
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(script, {QStringLiteral("-qec"), words.join(u' '), QStringLiteral("/dev/null")});
    QVERIFY(p.waitForFinished(60000));
    const QString terminal = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(terminal.contains(progress), qPrintable(terminal.left(2000)));
    QVERIFY(terminal.contains(QStringLiteral("Contoso Archive")));
}

void TestCmkctlCommands::batchRunsEveryRowResumableWithASummary()
{
    // Sam (both duties, with a justification) sets up two key vaults for the Power Platform; the
    // third row has a vault name Azure refuses: it fails before sending anything, the others run.
    const QString header = QStringLiteral("id,track,customer.subscriptionId,customer.resourceGroup,vault."
                                          "name,key.name,policy.name,policy.location,"
                                          "ppadmin.userPrincipalName,handoff.out\n");
    const auto line = [this](const QString &id, const QString &vault) {
        return QStringLiteral(
                   "%1,pp-keyvault,bbbbbbbb-0000-0000-0000-000000000002,rg-powerplatform,%2,%1-cmk,"
                   "%1-policy,europe,%3,%4\n")
            .arg(id, vault, Sam, m_dir->filePath(id + QStringLiteral("-handoff.json")));
    };
    const QString csv = write(QStringLiteral("customers.csv"),
                              (header + line(QStringLiteral("north"), QStringLiteral("kv-north-cmk"))
                               + line(QStringLiteral("south"), QStringLiteral("kv-south-cmk"))
                               + line(QStringLiteral("broken"), QStringLiteral("kv_not valid!")))
                                  .toUtf8());
    const QString runs = m_dir->filePath(QStringLiteral("runs"));
    const QStringList batch {QStringLiteral("batch"),
                             csv,
                             QStringLiteral("--batch-dir"),
                             runs,
                             QStringLiteral("--yes"),
                             QStringLiteral("--justification"),
                             QStringLiteral("Test: one admin"),
                             QStringLiteral("--output"),
                             QStringLiteral("json")};
    Result r = ctl(batch, Sam);
    QVERIFY2(r.exitCode == 7, qPrintable(r.out + r.err)); // a row failed
    QJsonArray rows
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("done"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("done"));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("exitCode")).toInt(), 2);
    QVERIFY(r.err.contains(QStringLiteral("kv_not valid!")));
    QVERIFY(QFile::exists(QDir(runs).filePath(QStringLiteral("north.json"))));
    QVERIFY(QFile::exists(QDir(runs).filePath(QStringLiteral("south.json"))));

    // Again: the finished rows are skipped without a request to the clouds; the broken one fails again.
    m_sandbox->clearRequests();
    r = ctl(batch, Sam);
    QVERIFY2(r.exitCode == 7, qPrintable(r.out + r.err));
    rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("skipped"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("skipped"));
    QCOMPARE(m_sandbox->requests().size(), 0);

    // The table names every row, its track, result and run file.
    r = ctl({QStringLiteral("batch"), csv, QStringLiteral("--batch-dir"), runs, QStringLiteral("--yes")},
            Sam);
    QCOMPARE(r.exitCode, 7);
    QVERIFY(r.out.startsWith(QStringLiteral("ROW")));
    QVERIFY(r.out.contains(QStringLiteral("failed (2)")));
    QVERIFY(r.out.contains(QDir(runs).filePath(QStringLiteral("north.json"))));
}

void TestCmkctlCommands::bashCompletion_data()
{
    QTest::addColumn<QString>("line"); ///< what is typed before <TAB>
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("tr<TAB>") << QStringLiteral("tr") << QStringList {QStringLiteral("track")}
                             << QStringList {QStringLiteral("status")};
    QTest::newRow("track <TAB>") << QStringLiteral("track ")
                                 << QStringList {QStringLiteral("list"), QStringLiteral("plan"),
                                                 QStringLiteral("run"), QStringLiteral("resume")}
                                 << QStringList {QStringLiteral("login")};
    QTest::newRow("track run <TAB> names the tracks")
        << QStringLiteral("track run ")
        << QStringList {QStringLiteral("isv-managed-disks"), QStringLiteral("pp-lock")}
        << QStringList {QStringLiteral("list")};
    QTest::newRow("auth <TAB>") << QStringLiteral(
        "auth ") << QStringList {QStringLiteral("login"), QStringLiteral("logout"), QStringLiteral("status")}
                                << QStringList {};
    QTest::newRow("status --output <TAB>")
        << QStringLiteral("status --output ")
        << QStringList {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}
        << QStringList {};
    QTest::newRow("status --w<TAB>") << QStringLiteral("status --w")
                                     << QStringList {QStringLiteral("--watch")}
                                     << QStringList {QStringLiteral("--yes")};
    QTest::newRow("lock --method <TAB>")
        << QStringLiteral("lock --method ")
        << QStringList {QStringLiteral("disable-key"), QStringLiteral("revoke-access")} << QStringList {};
}

void TestCmkctlCommands::bashCompletion()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty())
        QSKIP("bash is not installed");
    // The script cmkctl prints is the installed one.
    QFile installed(QStringLiteral(CMK_SOURCE_DIR "/installer/completion/cmkctl.bash"));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QProcess printed;
    printed.start(QStringLiteral(CMK_CMKCTL), {QStringLiteral("completion"), QStringLiteral("bash")});
    QVERIFY(printed.waitForFinished(20000));
    QCOMPARE(printed.exitCode(), 0);
    QCOMPARE(printed.readAllStandardOutput(), installed.readAll());

    // Source it in bash, set the words as readline would, call the function, print the candidates.
    const QString program = QStringLiteral("source <(\"$CMKCTL\" completion bash) || exit 3\n"
                                           "read -r -a COMP_WORDS <<< \"$LINE\"\n"
                                           "COMP_WORDS[0]=\"$CMKCTL\"\n"
                                           "[[ \"$LINE\" == *' ' ]] && COMP_WORDS+=('')\n"
                                           "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                                           "COMP_LINE=\"$LINE\"; COMP_POINT=${#COMP_LINE}\n"
                                           "_cmkctl\n"
                                           "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CMKCTL"), QStringLiteral(CMK_CMKCTL));
    env.insert(QStringLiteral("LINE"), QStringLiteral("cmkctl ") + line);
    p.setProcessEnvironment(env);
    p.start(bash, {QStringLiteral("--norc"), QStringLiteral("-c"), program});
    QVERIFY(p.waitForFinished(20000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QStringList candidates
        = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &e : expected)
        QVERIFY2(candidates.contains(e), qPrintable(candidates.join(u' ')));
    for (const QString &a : absent)
        QVERIFY2(!candidates.contains(a), qPrintable(candidates.join(u' ')));
}

void TestCmkctlCommands::badArgumentsExit2AndSendNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("bare"); ///< without the sandbox's profile and credential file
    const auto row = [](const char *name, const QStringList &args, const QString &mentions,
                        bool bare = false) { QTest::newRow(name) << args << mentions << bare; };
    const QString missing = QStringLiteral("/nonexistent/run.json");
    row("no command", {}, QStringLiteral("No command given"));
    row("unknown command", {QStringLiteral("frobnicate")}, QStringLiteral("frobnicate"));
    row("unknown option", {QStringLiteral("status"), QStringLiteral("--frobnicate")},
        QStringLiteral("frobnicate"));
    row("auth without subcommand", {QStringLiteral("auth")}, QStringLiteral("auth login"));
    row("auth unknown subcommand", {QStringLiteral("auth"), QStringLiteral("whoami")},
        QStringLiteral("whoami"));
    row("auth login extra argument", {QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("kai")},
        QStringLiteral("kai"));
    row("auth status with --device-code",
        {QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--device-code")},
        QStringLiteral("--device-code"));
    row("auth login with --sandbox",
        {QStringLiteral("--sandbox"), QStringLiteral("auth"), QStringLiteral("login")},
        QStringLiteral("--sandbox"), true);
    row("auth login --as on a real cloud",
        {QStringLiteral("--cloud"), QStringLiteral("AzureCloud"), QStringLiteral("auth"),
         QStringLiteral("login"), QStringLiteral("--as"), Riley},
        QStringLiteral("--as"), true);
    row("auth logout of nobody",
        {QStringLiteral("auth"), QStringLiteral("logout"), QStringLiteral("nobody@contoso.example")},
        QStringLiteral("nobody@contoso.example"));
    row("status extra argument", {QStringLiteral("status"), QStringLiteral("now")}, QStringLiteral("now"));
    row("status bad output", {QStringLiteral("status"), QStringLiteral("--output"), QStringLiteral("xml")},
        QStringLiteral("xml"));
    row("interval without watch",
        {QStringLiteral("status"), QStringLiteral("--interval"), QStringLiteral("5")},
        QStringLiteral("--interval"));
    row("watch interval zero",
        {QStringLiteral("status"), QStringLiteral("--watch"), QStringLiteral("--interval"),
         QStringLiteral("0")},
        QStringLiteral("--interval"));
    row("watch interval not a number",
        {QStringLiteral("status"), QStringLiteral("--watch"), QStringLiteral("--interval"),
         QStringLiteral("soon")},
        QStringLiteral("soon"));
    row("watch count zero",
        {QStringLiteral("status"), QStringLiteral("--watch"), QStringLiteral("--count"), QStringLiteral("0")},
        QStringLiteral("--count"));
    row("lock without confirm",
        {QStringLiteral("lock"), QStringLiteral("--policy"), LegacyPolicy, QStringLiteral("--method"),
         QStringLiteral("disable-key")},
        QStringLiteral("--confirm"));
    row("lock unknown method",
        {QStringLiteral("lock"), QStringLiteral("--method"), QStringLiteral("melt"),
         QStringLiteral("--confirm"), QStringLiteral("x")},
        QStringLiteral("melt"));
    row("lock bad policy id",
        {QStringLiteral("lock"), QStringLiteral("--policy"), QStringLiteral("not-an-id"),
         QStringLiteral("--method"), QStringLiteral("disable-key"), QStringLiteral("--confirm"),
         QStringLiteral("x"), QStringLiteral("--yes")},
        QStringLiteral("not-an-id"));
    row("lock with region",
        {QStringLiteral("lock"), QStringLiteral("--region"), QStringLiteral("westeurope"),
         QStringLiteral("--confirm"), QStringLiteral("x")},
        QStringLiteral("--region"));
    row("lock positional", {QStringLiteral("lock"), QStringLiteral("contoso-legacy-policy")},
        QStringLiteral("contoso-legacy-policy"));
    row("unlock with method",
        {QStringLiteral("unlock"), QStringLiteral("--method"), QStringLiteral("disable-key")},
        QStringLiteral("--method"));
    row("handoff without subcommand", {QStringLiteral("handoff")}, QStringLiteral("handoff export"));
    row("handoff export without run file", {QStringLiteral("handoff"), QStringLiteral("export")},
        QStringLiteral("--run-file"));
    row("handoff export missing run file",
        {QStringLiteral("handoff"), QStringLiteral("export"), QStringLiteral("--run-file"), missing},
        missing);
    row("sandbox unknown scenario",
        {QStringLiteral("sandbox"), QStringLiteral("--scenario"), QStringLiteral("moon")},
        QStringLiteral("moon"));
    const auto data = [this](const QString &name, const QByteArray &content) {
        QFile f(m_files.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return f.fileName();
    };
    const QString noTrack = data(QStringLiteral("no-track.csv"), "id,region\na,westeurope\n");
    const QString unknownTrack
        = data(QStringLiteral("unknown-track.csv"), "track,region\npp-nope,westeurope\n");
    const QString duplicate = data(QStringLiteral("duplicate.json"),
                                   R"([{"id": "a", "track": "pp-lock"}, {"id": "a", "track": "pp-unlock"}])");
    const QString ragged = data(QStringLiteral("ragged.csv"), "track,region\npp-lock,westeurope,extra\n");
    row("batch without file", {QStringLiteral("batch")}, QStringLiteral("batch FILE"));
    row("batch missing file", {QStringLiteral("batch"), missing}, missing);
    row("batch without track column", {QStringLiteral("batch"), noTrack}, QStringLiteral("\"track\" column"));
    row("batch unknown track", {QStringLiteral("batch"), unknownTrack}, QStringLiteral("pp-nope"));
    row("batch duplicate id", {QStringLiteral("batch"), duplicate}, QStringLiteral("used twice"));
    row("batch ragged row", {QStringLiteral("batch"), ragged}, QStringLiteral("Row 1"));
    row("batch with run file", {QStringLiteral("batch"), unknownTrack, QStringLiteral("--run-file"), missing},
        QStringLiteral("--run-file"));
    row("completion for fish", {QStringLiteral("completion"), QStringLiteral("fish")},
        QStringLiteral("completion bash"));
    row("sandbox extra argument", {QStringLiteral("sandbox"), QStringLiteral("now")}, QStringLiteral("now"));
}

void TestCmkctlCommands::badArgumentsExit2AndSendNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QFETCH(bool, bare);
    m_sandbox->clearRequests();
    const Result r = ctl(args, Riley, bare);
    QVERIFY2(r.exitCode == 2, qPrintable(QString::number(r.exitCode) + u' ' + r.err));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("enter the code")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_sandbox->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestCmkctlCommands)
#include "tst_cmkctlcommands.moc"

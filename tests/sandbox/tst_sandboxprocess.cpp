// cmk-sandbox as a process: the line it prints is a cloud profile core loads, its TLS is
// trusted through that profile's CA only, and SIGTERM ends it cleanly with its state written.

#include "cloud/cloudprofile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace cmk;

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcesProfileAndServesTls();
    void badArguments_data();
    void badArguments();

private:
    static QNetworkReply *get(QNetworkAccessManager &nam, const QUrl &url, const QList<QSslCertificate> &cas)
    {
        QNetworkRequest request(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(cas);
        request.setSslConfiguration(tls);
        return nam.get(request);
    }
};

void TestSandboxProcess::announcesProfileAndServesTls()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(QStringLiteral("state.json"));
    QProcess process;
    process.start(
        QStringLiteral(CMK_SANDBOX),
        {QStringLiteral("--state"), stateFile, QStringLiteral("--scenario"), QStringLiteral("demo")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QByteArray line = process.readLine();
    QVERIFY(line.endsWith('\n'));
    const QJsonObject announcement = QJsonDocument::fromJson(line).object();
    QVERIFY2(!announcement.isEmpty(), line.constData());

    ParseError error;
    const auto profile = CloudProfile::fromJson(
        QJsonDocument(announcement.value(QStringLiteral("cloudProfile")).toObject()).toJson(), &error);
    QVERIFY2(profile, qPrintable(error.message));
    QVERIFY(profile->isLoopback());
    QCOMPARE(profile->authorityHost.scheme(), QStringLiteral("https"));
    QCOMPARE(profile->trustedCaCertificates.value(0),
             announcement.value(QStringLiteral("caCertificate")).toString());

    QNetworkAccessManager nam;
    const QUrl discovery = profile->authorityHost.resolved(
        QUrl(QStringLiteral("organizations/v2.0/.well-known/openid-configuration")));
    QNetworkReply *trusted = get(nam, discovery, profile->caCertificates());
    QSignalSpy trustedDone(trusted, &QNetworkReply::finished);
    QVERIFY(trustedDone.wait(10000));
    QCOMPARE(trusted->error(), QNetworkReply::NoError);
    const QJsonObject config = QJsonDocument::fromJson(trusted->readAll()).object();
    QVERIFY(config.value(QStringLiteral("token_endpoint"))
                .toString()
                .startsWith(profile->authorityHost.toString()));
    QVERIFY(trusted->rawHeader("Content-Type").startsWith("application/json"));

    // Without the sandbox CA, verification fails: nothing in the product turns it off.
    // (A second manager, so the trusted connection is not reused.)
    QNetworkAccessManager other;
    QNetworkReply *untrusted = get(other, discovery, {});
    QSignalSpy untrustedDone(untrusted, &QNetworkReply::finished);
    QVERIFY(untrustedDone.wait(10000));
    QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(stateFile));
    QFile state(stateFile);
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QByteArray dump = state.readAll();
    QVERIFY(dump.contains("kai@contoso.onmicrosoft.com"));
    QVERIFY(!dump.contains("Sandbox-Kv-1")); // passwords stay out of the state file

    // The announcement lists the demo's people with their passwords, so a newcomer can sign in.
    QVERIFY(line.contains("kai@contoso.onmicrosoft.com"));
    QVERIFY(line.contains("Sandbox-Kv-1"));
}

void TestSandboxProcess::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("port not a number")
        << QStringList {QStringLiteral("--port"), QStringLiteral("http")} << QStringLiteral("--port");
    QTest::newRow("port too large") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")}
                                    << QStringLiteral("--port");
    QTest::newRow("unknown scenario")
        << QStringList {QStringLiteral("--scenario"), QStringLiteral("moon")} << QStringLiteral("moon");
    QTest::newRow("negative latency")
        << QStringList {QStringLiteral("--latency"), QStringLiteral("-5")} << QStringLiteral("--latency");
    QTest::newRow("zero time scale") << QStringList {QStringLiteral("--time-scale"), QStringLiteral("0")}
                                     << QStringLiteral("--time-scale");
    QTest::newRow("unknown fault") << QStringList {QStringLiteral("--faults"), QStringLiteral("teapot:GET")}
                                   << QStringLiteral("teapot");
    QTest::newRow("bad fault count") << QStringList {QStringLiteral("--faults"),
                                                     QStringLiteral("429:GET:/x:zero")}
                                     << QStringLiteral("count");
}

void TestSandboxProcess::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QProcess process;
    process.start(QStringLiteral(CMK_SANDBOX), args);
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY2(QString::fromUtf8(process.readAllStandardError()).contains(mentions),
             "message names the problem");
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"

// Where secrets live: the same round trip through every CredentialStore (the system keychain
// only under tests/keychain/with-keyring.sh, which gives it a private, unlocked keyring), a
// missing key that is not an error, a token-cache-sized value, the 0600 file and its warning,
// and a damaged file that is reported rather than overwritten.

#include "auth/credentialstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cmk::auth;

namespace {

struct Outcome
{
    bool done = false;
    bool ok = false;
    std::optional<QByteArray> value;
    QString error;
};

Outcome readKey(CredentialStore &store, const QString &key, QObject *context)
{
    Outcome o;
    store.read(key, context, [&o](std::optional<QByteArray> value, const QString &error) {
        o.value = value;
        o.error = error;
        o.ok = error.isEmpty();
        o.done = true;
    });
    if (!QTest::qWaitFor([&] { return o.done; }, 10000))
        o.error = QStringLiteral("no answer within 10 s");
    return o;
}

Outcome writeKey(CredentialStore &store, const QString &key, const QByteArray &value, QObject *context)
{
    Outcome o;
    store.write(key, value, context, [&o](bool ok, const QString &error) {
        o.ok = ok;
        o.error = error;
        o.done = true;
    });
    if (!QTest::qWaitFor([&] { return o.done; }, 10000))
        o.error = QStringLiteral("no answer within 10 s");
    return o;
}

Outcome removeKey(CredentialStore &store, const QString &key, QObject *context)
{
    Outcome o;
    store.remove(key, context, [&o](bool ok, const QString &error) {
        o.ok = ok;
        o.error = error;
        o.done = true;
    });
    if (!QTest::qWaitFor([&] { return o.done; }, 10000))
        o.error = QStringLiteral("no answer within 10 s");
    return o;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void fileIsPrivate();
    void damagedFileIsReported();
    void callbacksNeverRunInsideTheCall();

private:
    std::unique_ptr<CredentialStore> make(const QString &kind);
    QTemporaryDir m_dir;
};

std::unique_ptr<CredentialStore> TestCredentialStore::make(const QString &kind)
{
    if (kind == QLatin1StringView("memory"))
        return std::make_unique<MemoryCredentialStore>();
    if (kind == QLatin1StringView("file"))
        return std::make_unique<FileCredentialStore>(
            QDir(m_dir.path()).filePath(QStringLiteral("secrets.json")));
    return std::make_unique<KeychainCredentialStore>(QStringLiteral("CMK Wizard tests"));
}

void TestCredentialStore::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("memory") << QStringLiteral("memory");
    QTest::newRow("file") << QStringLiteral("file");
    // The real keychain needs a Secret Service: tests/keychain/with-keyring.sh provides one.
    if (qEnvironmentVariableIsSet("CMK_TEST_KEYCHAIN"))
        QTest::newRow("system keychain") << QStringLiteral("keychain");
}

void TestCredentialStore::roundTrip()
{
    QFETCH(QString, kind);
    auto store = make(kind);
    QVERIFY(!store->description().isEmpty());
    const QString key = QStringLiteral("msal-token-cache");

    Outcome missing = readKey(*store, key, this);
    QVERIFY(missing.done);
    QVERIFY2(missing.ok, qPrintable(missing.error)); // not there yet: not an error
    QVERIFY(!missing.value);

    QByteArray big(48 * 1024, '\0'); // a token cache with several accounts and audiences
    for (int i = 0; i < big.size(); ++i)
        big[i] = char(i * 7 + 3);
    Outcome w = writeKey(*store, key, big, this);
    QVERIFY2(w.ok, qPrintable(w.error));
    Outcome r = readKey(*store, key, this);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.value, std::optional(big));

    QVERIFY(writeKey(*store, key, QByteArrayLiteral("replaced"), this).ok);
    QVERIFY(writeKey(*store, QStringLiteral("client-secret/app"), QByteArrayLiteral("other"), this).ok);
    QCOMPARE(readKey(*store, key, this).value, std::optional(QByteArrayLiteral("replaced")));

    QVERIFY(removeKey(*store, key, this).ok);
    QVERIFY(!readKey(*store, key, this).value);
    QCOMPARE(readKey(*store, QStringLiteral("client-secret/app"), this).value,
             std::optional(QByteArrayLiteral("other")));
    QVERIFY(removeKey(*store, key, this).ok); // removing what is gone is fine
    QVERIFY(removeKey(*store, QStringLiteral("client-secret/app"), this).ok);
}

void TestCredentialStore::fileIsPrivate()
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("private.json"));
    FileCredentialStore store(path);
    QVERIFY(writeKey(store, QStringLiteral("k"), QByteArrayLiteral("secret"), this).ok);
    QCOMPARE(QFile(path).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QVERIFY(store.description().contains(path));
    QVERIFY(FileCredentialStore::warning().contains(QStringLiteral("keychain")));
}

void TestCredentialStore::damagedFileIsReported()
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("damaged.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{not json");
    f.close();
    FileCredentialStore store(path);
    const Outcome r = readKey(store, QStringLiteral("k"), this);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("damaged")));
    // Writing does not silently replace what might be the only copy of a sign-in.
    const Outcome w = writeKey(store, QStringLiteral("k"), QByteArrayLiteral("v"), this);
    QVERIFY(!w.ok);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{not json"));
}

void TestCredentialStore::callbacksNeverRunInsideTheCall()
{
    MemoryCredentialStore store;
    bool called = false;
    store.read(QStringLiteral("k"), this, [&](std::optional<QByteArray>, const QString &) { called = true; });
    QVERIFY(!called);
    QVERIFY(QTest::qWaitFor([&] { return called; }, 1000));
    // A context that is gone gets no callback.
    auto *context = new QObject;
    bool late = false;
    store.write(QStringLiteral("k"), "v", context, [&](bool, const QString &) { late = true; });
    delete context;
    QTest::qWait(20);
    QVERIFY(!late);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"

#include "services/keyvaultclient.h"

#include "cloud/cloudprofile.h"
#include "services/jsonutil.h"
#include "types/names.h"

namespace cmk::services {

namespace {

using namespace json;

const QString ApiVersion = QStringLiteral("7.5");

/// The operations a Key Vault key can allow, spelled as the service expects them.
const QStringList &knownOperations()
{
    static const QStringList operations {QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                         QStringLiteral("sign"),    QStringLiteral("verify"),
                                         QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    return operations;
}

QMap<QString, QString> readTags(const Json &v)
{
    QMap<QString, QString> tags;
    const Json *object = member(v, "tags");
    if (!object || !object->is_object())
        return tags;
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it->is_string())
            tags.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
    }
    return tags;
}

Json tagsJson(const QMap<QString, QString> &tags)
{
    Json out = Json::object();
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        out[utf8(it.key())] = utf8(it.value());
    return out;
}

/// `attributes` and `tags` of a key bundle or key item, with `kid` as the identifier.
std::optional<KeyProperties> readProperties(const QString &kid, const Json &v, QString *why)
{
    auto id = KeyIdentifier::parse(kid);
    if (!id || !id->isVersioned()) {
        *why = QStringLiteral("a key without a versioned \"kid\"");
        return std::nullopt;
    }
    KeyProperties p;
    p.id = std::move(*id);
    const Json *attributes = member(v, "attributes");
    if (!attributes || !attributes->is_object()) {
        *why = QStringLiteral("a key without \"attributes\"");
        return std::nullopt;
    }
    p.enabled = boolean(*attributes, "enabled");
    p.created = unixTime(*attributes, "created");
    p.updated = unixTime(*attributes, "updated");
    p.notBefore = unixTime(*attributes, "nbf");
    p.expires = unixTime(*attributes, "exp");
    p.recoveryLevel = text(*attributes, "recoveryLevel");
    p.tags = readTags(v);
    return p;
}

std::optional<KeyProperties> readItem(const Json &v, QString *why)
{
    return readProperties(text(v, "kid"), v, why);
}

std::optional<KeyVaultKey> readKey(const Json &v, QString *why)
{
    const Json *key = member(v, "key");
    if (!key || !key->is_object()) {
        *why = QStringLiteral("a key bundle without \"key\"");
        return std::nullopt;
    }
    auto properties = readProperties(text(*key, "kid"), v, why);
    if (!properties)
        return std::nullopt;
    KeyVaultKey k;
    k.properties = std::move(*properties);
    k.keyType = text(*key, "kty");
    k.keyOperations = texts(*key, "key_ops");
    QByteArray modulus = QByteArray::fromBase64(text(*key, "n").toLatin1(), QByteArray::Base64UrlEncoding);
    while (modulus.startsWith('\0'))
        modulus.remove(0, 1);
    k.keySize = int(modulus.size()) * 8;
    k.raw = RawJson {dump(v)};
    return k;
}

std::optional<DeletedKeyInfo> readDeleted(const Json &v, QString *why)
{
    const Json *key = member(v, "key");
    const auto id = KeyIdentifier::parse(key ? text(*key, "kid") : QString());
    if (!id) {
        *why = QStringLiteral("a deleted key bundle without a valid \"key.kid\"");
        return std::nullopt;
    }
    DeletedKeyInfo info;
    info.name = id->name();
    info.recoveryId = text(v, "recoveryId");
    info.deletedDate = unixTime(v, "deletedDate");
    info.scheduledPurgeDate = unixTime(v, "scheduledPurgeDate");
    return info;
}

Json attributesJson(bool enabled, const QDateTime &notBefore, const QDateTime &expires)
{
    Json attributes = {{"enabled", enabled}};
    if (notBefore.isValid())
        attributes["nbf"] = notBefore.toSecsSinceEpoch();
    if (expires.isValid())
        attributes["exp"] = expires.toSecsSinceEpoch();
    return attributes;
}

std::optional<QString> operationsProblem(const QStringList &operations)
{
    if (operations.isEmpty())
        return KeyVaultClient::tr("The key allows no operations; a customer-managed key needs wrapKey and "
                                  "unwrapKey.");
    for (const QString &operation : operations) {
        if (!knownOperations().contains(operation))
            //: %1 is the operation given, in quotes; %2 lists the valid ones
            return KeyVaultClient::tr("%1 is not a key operation; use %2 (spelled exactly so).")
                .arg(quotedInput(operation), knownOperations().join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

/// The body of a create request, or why `options` cannot make a key.
std::optional<QByteArray> createBody(const KeyCreateOptions &options, QString *problem)
{
    if (options.size != 2048 && options.size != 3072 && options.size != 4096) {
        *problem
            = KeyVaultClient::tr("An RSA key of %1 bits cannot be created; choose 2048, 3072 or 4096 bits.")
                  .arg(options.size);
        return std::nullopt;
    }
    if (const auto bad = operationsProblem(options.operations)) {
        *problem = *bad;
        return std::nullopt;
    }
    if (options.notBefore.isValid() && options.expires.isValid() && options.expires <= options.notBefore) {
        *problem = KeyVaultClient::tr("The key would expire before it becomes valid; choose an expiry date "
                                      "after the activation date.");
        return std::nullopt;
    }
    Json body = {{"kty", options.type == KeyType::RsaHsm ? "RSA-HSM" : "RSA"},
                 {"key_size", options.size},
                 {"key_ops", Json::array()},
                 {"attributes", attributesJson(options.enabled, options.notBefore, options.expires)}};
    for (const QString &operation : options.operations)
        body["key_ops"].push_back(utf8(operation));
    if (!options.tags.isEmpty())
        body["tags"] = tagsJson(options.tags);
    return dump(body);
}

/// `keys/{name}/{version}`: the trailing slash of an empty version asks for the latest, as the
/// Azure SDKs send it.
QString keyPath(const KeyIdentifier &key)
{
    return QStringLiteral("keys/%1/%2").arg(key.name(), key.version());
}

} // namespace

KeyVaultClient::KeyVaultClient(http::Pipeline *pipeline)
    : ServiceClient(pipeline)
{
}

std::optional<QUrl> KeyVaultClient::vaultUrl(const CloudProfile &profile, QStringView vaultName,
                                             ParseError *error)
{
    if (!Names::validateVaultName(vaultName, error))
        return std::nullopt;
    if (!profile.keyVaultDnsSuffix.startsWith(u'.')) {
        setParseError(error, ParseErrorCategory::WrongCloud,
                      tr("In the cloud %1, key vaults have no DNS names of their own; use the vault's URI "
                         "(vaultUri) instead of its name.")
                          .arg(profile.displayName));
        return std::nullopt;
    }
    return QUrl(QStringLiteral("https://") + vaultName.toString().toLower() + profile.keyVaultDnsSuffix
                + u'/');
}

std::optional<QString> KeyVaultClient::vaultProblem(const QUrl &vaultUrl) const
{
    const CloudProfile &profile = pipeline()->profile();
    const bool secure = vaultUrl.scheme() == QLatin1StringView("https")
        || (vaultUrl.scheme() == QLatin1StringView("http") && isLoopbackHost(vaultUrl.host()));
    if (!vaultUrl.isValid() || vaultUrl.host().isEmpty() || !secure || vaultUrl.hasQuery()
        || vaultUrl.hasFragment() || !vaultUrl.userInfo().isEmpty()
        || (!vaultUrl.path().isEmpty() && vaultUrl.path() != QLatin1StringView("/")))
        //: %1 is the URL given, in quotes
        return tr("%1 is not a key vault URL; copy the vault's \"Vault URI\" from the portal: an https:// "
                  "address with nothing after the host name.")
            .arg(quotedInput(vaultUrl.toString()));
    if (!profile.isKeyVaultHost(vaultUrl.host()))
        //: %1 is the URL given, in quotes; %2 the cloud's name; %3 its vault DNS suffix
        return tr("%1 is not a key vault of the cloud %2, whose vaults end in %3; choose a vault of this "
                  "cloud or switch the cloud profile.")
            .arg(quotedInput(vaultUrl.toString()), profile.displayName, profile.keyVaultDnsSuffix);
    return std::nullopt;
}

std::optional<QString> KeyVaultClient::keyProblem(const KeyIdentifier &key) const
{
    if (!key.isValid())
        return tr("No key is given; choose a key or paste its key identifier.");
    ParseError error;
    if (!key.belongsTo(pipeline()->profile(), &error))
        return error.message;
    return std::nullopt;
}

http::RequestSpec KeyVaultClient::request(const QByteArray &method, const QUrl &vaultUrl, const QString &path,
                                          int pageSize) const
{
    http::RequestSpec spec;
    spec.method = method;
    spec.service = http::ServiceKind::KeyVault;
    spec.idempotency = http::RequestSpec::idempotencyOf(method);
    spec.url = vaultUrl;
    spec.url.setPath(u'/' + path);
    QList<QPair<QString, QString>> query {{QStringLiteral("api-version"), ApiVersion}};
    if (pageSize > 0)
        query.append({QStringLiteral("maxresults"), QString::number(pageSize)});
    spec.url.setQuery(encodedQuery(query));
    return spec;
}

void KeyVaultClient::getKey(const KeyIdentifier &key, QObject *context, Callback<KeyVaultKey> done)
{
    if (const auto problem = keyProblem(key))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::KeyVault, *problem));
    send<KeyVaultKey>(request("GET", key.vaultUri(), keyPath(key)), context, std::move(done),
                      bodyAs<KeyVaultKey>(readKey));
}

void KeyVaultClient::getKey(const QString &keyIdentifier, QObject *context, Callback<KeyVaultKey> done)
{
    ParseError error;
    const auto key = KeyIdentifier::parse(keyIdentifier, &error);
    if (!key)
        return reject(context, std::move(done), invalidInput(http::ServiceKind::KeyVault, error));
    getKey(*key, context, std::move(done));
}

void KeyVaultClient::listKeys(const QUrl &vaultUrl, int pageSize, QObject *context,
                              Callback<QList<KeyProperties>> done)
{
    std::optional<QString> problem = vaultProblem(vaultUrl);
    if (!problem && (pageSize < 0 || pageSize > 25))
        problem = tr("Key Vault lists 1 to 25 keys per page, not %1.").arg(pageSize);
    if (problem)
        return reject(context, std::move(done), invalidInput(http::ServiceKind::KeyVault, *problem));
    readAllPages<KeyProperties>(pipeline(), request("GET", vaultUrl, QStringLiteral("keys"), pageSize),
                                context, std::move(done), readItem);
}

void KeyVaultClient::listKeyVersions(const KeyIdentifier &key, int pageSize, QObject *context,
                                     Callback<QList<KeyProperties>> done)
{
    std::optional<QString> problem = keyProblem(key);
    if (!problem && (pageSize < 0 || pageSize > 25))
        problem = tr("Key Vault lists 1 to 25 key versions per page, not %1.").arg(pageSize);
    if (problem)
        return reject(context, std::move(done), invalidInput(http::ServiceKind::KeyVault, *problem));
    readAllPages<KeyProperties>(
        pipeline(),
        request("GET", key.vaultUri(), QStringLiteral("keys/%1/versions").arg(key.name()), pageSize), context,
        std::move(done), readItem);
}

std::optional<http::RequestSpec> KeyVaultClient::createRequest(const QUrl &vaultUrl, const QString &name,
                                                               const KeyCreateOptions &options,
                                                               QString *problem) const
{
    ParseError nameError;
    if (const auto vault = vaultProblem(vaultUrl)) {
        *problem = *vault;
        return std::nullopt;
    }
    if (!Names::validateKeyName(name, &nameError)) {
        *problem = nameError.message;
        return std::nullopt;
    }
    const auto body = createBody(options, problem);
    if (!body)
        return std::nullopt;
    http::RequestSpec spec = request("POST", vaultUrl, QStringLiteral("keys/%1/create").arg(name));
    spec.body = *body;
    spec.operation = QStringLiteral("create key");
    return spec;
}

void KeyVaultClient::createKey(const QUrl &vaultUrl, const QString &name, const KeyCreateOptions &options,
                               QObject *context, Callback<KeyVaultKey> done)
{
    QString problem;
    auto spec = createRequest(vaultUrl, name, options, &problem);
    if (!spec)
        return reject(context, std::move(done), invalidInput(http::ServiceKind::KeyVault, problem));
    send<KeyVaultKey>(std::move(*spec), context, std::move(done), bodyAs<KeyVaultKey>(readKey));
}

void KeyVaultClient::ensureKey(const QUrl &vaultUrl, const QString &name, const KeyCreateOptions &options,
                               QObject *context, Callback<KeyVaultKey> done)
{
    QString problem;
    auto create = createRequest(vaultUrl, name, options, &problem);
    ParseError error;
    const auto key = create ? KeyIdentifier::make(vaultUrl, name, {}, &error) : std::nullopt;
    if (!key)
        return reject(context, std::move(done),
                      invalidInput(http::ServiceKind::KeyVault, problem.isEmpty() ? error.message : problem));
    // Creating always adds a version: read first, create only when there is no key yet.
    getKey(*key, context,
           [this, create = std::move(*create), context,
            done = std::move(done)](const Reply<KeyVaultKey> &latest) {
               if (latest.error.httpStatus == 404 && latest.error.code == QLatin1StringView("KeyNotFound"))
                   send<KeyVaultKey>(create, context, done, bodyAs<KeyVaultKey>(readKey));
               else
                   done(latest);
           });
}

void KeyVaultClient::updateKey(const KeyIdentifier &key, const KeyUpdate &update, QObject *context,
                               Callback<KeyVaultKey> done)
{
    std::optional<QString> problem = keyProblem(key);
    if (!problem && update.operations)
        problem = operationsProblem(*update.operations);
    if (problem)
        return reject(context, std::move(done), invalidInput(http::ServiceKind::KeyVault, *problem));
    Json attributes = Json::object();
    if (update.enabled)
        attributes["enabled"] = *update.enabled;
    const auto seconds
        = [](const QDateTime &t) { return t.isValid() ? Json(t.toSecsSinceEpoch()) : Json(nullptr); };
    if (update.notBefore)
        attributes["nbf"] = seconds(*update.notBefore);
    if (update.expires)
        attributes["exp"] = seconds(*update.expires);
    Json body = Json::object();
    if (!attributes.empty())
        body["attributes"] = attributes;
    if (update.operations) {
        body["key_ops"] = Json::array();
        for (const QString &operation : *update.operations)
            body["key_ops"].push_back(utf8(operation));
    }
    if (update.tags)
        body["tags"] = tagsJson(*update.tags);
    http::RequestSpec spec = request("PATCH", key.vaultUri(), keyPath(key));
    spec.body = dump(body);
    spec.operation = QStringLiteral("update key");
    send<KeyVaultKey>(std::move(spec), context, std::move(done), bodyAs<KeyVaultKey>(readKey));
}

void KeyVaultClient::setKeyEnabled(const KeyIdentifier &key, bool enabled, QObject *context,
                                   Callback<KeyVaultKey> done)
{
    KeyUpdate update;
    update.enabled = enabled;
    updateKey(key, update, context, std::move(done));
}

void KeyVaultClient::rotateKey(const KeyIdentifier &key, QObject *context, Callback<KeyVaultKey> done)
{
    if (const auto problem = keyProblem(key))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::KeyVault, *problem));
    http::RequestSpec spec
        = request("POST", key.vaultUri(), QStringLiteral("keys/%1/rotate").arg(key.name()));
    spec.operation = QStringLiteral("rotate key");
    send<KeyVaultKey>(std::move(spec), context, std::move(done), bodyAs<KeyVaultKey>(readKey));
}

void KeyVaultClient::deleteKey(const KeyIdentifier &key, QObject *context, Callback<Done> done)
{
    if (const auto problem = keyProblem(key))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::KeyVault, *problem));
    http::RequestSpec spec = request("DELETE", key.vaultUri(), QStringLiteral("keys/%1").arg(key.name()));
    spec.operation = QStringLiteral("delete key");
    send<Done>(std::move(spec), context, std::move(done), noBody);
}

std::optional<QString> KeyVaultClient::deletedKeyProblem(const QUrl &vaultUrl, const QString &name) const
{
    if (auto problem = vaultProblem(vaultUrl))
        return problem;
    ParseError error;
    if (!Names::validateKeyName(name, &error))
        return error.message;
    return std::nullopt;
}

void KeyVaultClient::recoverDeletedKey(const QUrl &vaultUrl, const QString &name, QObject *context,
                                       Callback<KeyVaultKey> done)
{
    if (const auto problem = deletedKeyProblem(vaultUrl, name))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::KeyVault, *problem));
    http::RequestSpec spec = request("POST", vaultUrl, QStringLiteral("deletedkeys/%1/recover").arg(name));
    spec.operation = QStringLiteral("recover deleted key");
    send<KeyVaultKey>(std::move(spec), context, std::move(done), bodyAs<KeyVaultKey>(readKey));
}

void KeyVaultClient::deletedKey(const QUrl &vaultUrl, const QString &name, QObject *context,
                                Callback<std::optional<DeletedKeyInfo>> done)
{
    if (const auto problem = deletedKeyProblem(vaultUrl, name))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::KeyVault, *problem));
    http::RequestSpec spec = request("GET", vaultUrl, QStringLiteral("deletedkeys/%1").arg(name));
    spec.operation = QStringLiteral("read deleted key");
    auto found = [done = std::move(done)](const Reply<DeletedKeyInfo> &reply) {
        Reply<std::optional<DeletedKeyInfo>> out;
        out.status = reply.status;
        if (reply.ok())
            out.value = std::optional<DeletedKeyInfo>(*reply.value);
        else if (reply.error.httpStatus == 404 && reply.error.code == QLatin1StringView("KeyNotFound"))
            out.value = std::optional<DeletedKeyInfo>(); // not deleted (or gone for good)
        else
            out.error = reply.error;
        done(out);
    };
    send<DeletedKeyInfo>(std::move(spec), context, std::move(found), bodyAs<DeletedKeyInfo>(readDeleted));
}

} // namespace cmk::services

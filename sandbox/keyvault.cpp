#include "keyvault.h"

#include "keyaccess.h"
#include "types/names.h"

#include <QUrlQuery>

#include <algorithm>

namespace cmk::sandbox {

namespace {

const QStringList ApiVersions {
    QStringLiteral("7.5"),           QStringLiteral("7.6"),           QStringLiteral("2025-07-01"),
    QStringLiteral("7.4"),           QStringLiteral("7.3"),           QStringLiteral("7.2"),
    QStringLiteral("7.1"),           QStringLiteral("7.0"),           QStringLiteral("2016-10-01"),
    QStringLiteral("7.3-preview"),   QStringLiteral("7.4-preview.1"), QStringLiteral("7.5-preview.1"),
    QStringLiteral("7.6-preview.1"), QStringLiteral("7.6-preview.2")};

Response notFound(const QString &name)
{
    return errors::keyVault(
        404, QStringLiteral("KeyNotFound"),
        QStringLiteral("A key with (name/id) %1 was not found in this key vault. If you recently deleted "
                       "this key you may be able to recover it using the correct recovery command. For help "
                       "resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182")
            .arg(name));
}

Response badParameter(const QString &message)
{
    return errors::keyVault(400, QStringLiteral("BadParameter"), message);
}

/// How long deleted keys stay recoverable: the vault's soft-delete retention.
int retentionDays(const ArmResource &vault)
{
    return vault.body["properties"].value("softDeleteRetentionInDays", 90);
}

const KeyVersion *findVersion(const Key &key, const QString &version)
{
    if (version.isEmpty())
        return key.versions.empty() ? nullptr : &key.versions.back();
    for (const KeyVersion &v : key.versions) {
        if (v.version.compare(version, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

} // namespace

KeyVaultService::KeyVaultService(Context &context)
    : m_ctx(context)
{
}

QString KeyVaultService::vaultOrigin(const ArmResource &vault) const
{
    return str(vault.body["properties"], "vaultUri");
}

Json KeyVaultService::keyBundle(const ArmResource &vault, const Key &key, const KeyVersion &v) const
{
    Json ops = Json::array();
    for (const QString &op : v.keyOps)
        ops.push_back(s(op));
    const bool purgeProtected = vault.body["properties"].value("enablePurgeProtection", false);
    Json attributes = {{"enabled", v.enabled},
                       {"created", v.created},
                       {"updated", v.updated},
                       {"recoveryLevel", purgeProtected ? "Recoverable" : "Recoverable+Purgeable"},
                       {"recoverableDays", retentionDays(vault)},
                       {"exportable", false}};
    if (v.nbf)
        attributes["nbf"] = *v.nbf;
    if (v.exp)
        attributes["exp"] = *v.exp;
    return Json {{"key",
                  {{"kid", s(vaultOrigin(vault) + QStringLiteral("keys/") + key.name + u'/' + v.version)},
                   {"kty", s(v.kty)},
                   {"key_ops", ops},
                   {"n", base64Url(v.modulus).toStdString()},
                   {"e", "AQAB"}}},
                 {"attributes", attributes},
                 {"tags", v.tags}};
}

Json KeyVaultService::keyItem(const ArmResource &vault, const Key &key, const KeyVersion &v) const
{
    Json bundle = keyBundle(vault, key, v);
    return Json {
        {"kid", bundle["key"]["kid"]}, {"attributes", bundle["attributes"]}, {"tags", bundle["tags"]}};
}

Json KeyVaultService::deletedBundle(const ArmResource &vault, const Key &key) const
{
    Json bundle = keyBundle(vault, key, key.versions.back());
    bundle["recoveryId"] = s(vaultOrigin(vault) + QStringLiteral("deletedkeys/") + key.name);
    bundle["deletedDate"] = key.deletedMs / 1000;
    bundle["scheduledPurgeDate"] = key.deletedMs / 1000 + retentionDays(vault) * 24LL * 3600;
    return bundle;
}

Response KeyVaultService::list(const ArmResource &vault, const std::vector<Json> &items,
                               const Request &request)
{
    bool ok = true;
    const int max = request.query.hasQueryItem(QStringLiteral("maxresults"))
        ? request.query.queryItemValue(QStringLiteral("maxresults")).toInt(&ok)
        : 25;
    if (!ok || max < 1 || max > 25)
        return badParameter(QStringLiteral("The value of maxresults must be between 1 and 25."));
    const size_t start = request.query.queryItemValue(QStringLiteral("$skiptoken")).toULongLong();
    Json value = Json::array();
    size_t i = start;
    for (; i < items.size() && i < start + size_t(max); ++i)
        value.push_back(items[i]);
    Json body = {{"value", value}, {"nextLink", nullptr}};
    if (i < items.size()) {
        QUrlQuery q(request.query);
        q.removeAllQueryItems(QStringLiteral("$skiptoken"));
        q.addQueryItem(QStringLiteral("$skiptoken"), QString::number(i));
        body["nextLink"]
            = s(vaultOrigin(vault) + request.path.mid(1) + u'?' + q.toString(QUrl::FullyEncoded));
    }
    return Response::json(200, bytes(body));
}

Response KeyVaultService::handle(const QString &vaultKey, const Request &request, RequestLogEntry *entry)
{
    ArmResource *vault = m_ctx.world.resource(vaultKey);
    if (!vault)
        return errors::keyVault(404, QStringLiteral("VaultNotFound"),
                                QStringLiteral("The vault no longer exists."));
    const QString tenant = vault->tenantId;
    // Clients send their first request without a token and learn tenant and resource from here,
    // before any route or body validation.
    if (!request.header(QByteArrayLiteral("Authorization")).startsWith("Bearer ")) {
        Response challenge
            = errors::keyVault(401, QStringLiteral("Unauthorized"),
                               QStringLiteral("AKV10000: Request is missing a Bearer or PoP token."));
        QByteArray value("Bearer authorization=\"");
        value += QString(m_ctx.origin(Service::Login).toString() + tenant).toUtf8();
        value += "\", resource=\"https://vault.azure.net\"";
        challenge.setHeader(QByteArrayLiteral("WWW-Authenticate"), value);
        return challenge;
    }
    Response authError;
    const auto caller = m_ctx.authenticate(request, Service::KeyVault, &authError);
    if (!caller)
        return authError;
    entry->tenantId = caller->tenantId;
    entry->callerObjectId = caller->objectId;
    if (caller->tenantId != tenant)
        return errors::keyVault(
            401, QStringLiteral("Unauthorized"),
            QStringLiteral("AKV10032: Invalid issuer. Expected one of %1%2/v2.0, found %1%3/v2.0.")
                .arg(m_ctx.origin(Service::Login).toString(), tenant, caller->tenantId));
    const QString apiVersion = request.query.queryItemValue(QStringLiteral("api-version"));
    if (apiVersion.isEmpty())
        return badParameter(QStringLiteral("The api-version query parameter is missing."));
    if (!ApiVersions.contains(apiVersion))
        return badParameter(
            QStringLiteral(
                "The specified version (%1) is not recognized. Consider using the latest supported "
                "version (7.6).")
                .arg(apiVersion));

    m_ctx.world.purgeExpired();
    VaultData &data = m_ctx.world.vaults[vaultKey];
    QStringList seg = request.segments;
    if (!seg.isEmpty() && seg.last().isEmpty())
        seg.removeLast(); // "GET /keys/{name}/" asks for the latest version
    const QByteArray &method = request.method;
    const auto denied = [&](KeyOperation op, const QString &keyName) -> std::optional<Response> {
        const AccessDecision d = keyVaultAccess(m_ctx.world, *vault, caller->objectId, op, keyName, false);
        if (d.allowed)
            return std::nullopt;
        return errors::keyVault(d.status, d.code, d.message, d.innerCode);
    };

    if (seg.isEmpty())
        return errors::keyVault(404, QStringLiteral("NotFound"),
                                QStringLiteral("The requested resource was not found."));
    if (seg.first() == QLatin1StringView("keys")) {
        if (seg.size() == 1) {
            if (method != "GET")
                return errors::keyVault(405, QStringLiteral("MethodNotAllowed"),
                                        QStringLiteral("Only GET lists keys."));
            if (auto d = denied(KeyOperation::List, QString()))
                return *d;
            std::vector<Json> items;
            for (const auto &[name, key] : data.keys) {
                if (!key.deleted && !key.versions.empty())
                    items.push_back(keyItem(*vault, key, key.versions.back()));
            }
            return list(*vault, items, request);
        }
        const QString name = seg.at(1);
        ParseError nameError;
        if (!Names::validateKeyName(name, &nameError))
            return badParameter(nameError.message);
        auto keyIt = data.keys.find(name.toLower());
        const bool exists = keyIt != data.keys.end() && !keyIt->second.deleted;
        const QString sub = seg.value(2);
        if (seg.size() == 3 && sub == QLatin1StringView("create") && method == "POST") {
            if (auto d = denied(KeyOperation::Create, name))
                return *d;
            if (keyIt != data.keys.end() && keyIt->second.deleted)
                return errors::keyVault(
                    409, QStringLiteral("Conflict"),
                    QStringLiteral(
                        "Key %1 is currently in a deleted but recoverable state, and its name "
                        "cannot be reused; in this state, the key can only be recovered or purged.")
                        .arg(name));
            const auto body = parseJson(request.body);
            if (!body || !body->is_object())
                return badParameter(QStringLiteral("The request body is not valid JSON."));
            const QString kty = str(*body, "kty");
            static const QStringList types {QStringLiteral("RSA"), QStringLiteral("RSA-HSM"),
                                            QStringLiteral("EC"),  QStringLiteral("EC-HSM"),
                                            QStringLiteral("oct"), QStringLiteral("oct-HSM")};
            if (!types.contains(kty))
                return badParameter(
                    QStringLiteral("Invalid key type (kty) '%1'; use RSA or RSA-HSM.").arg(kty));
            if (kty.endsWith(QLatin1StringView("-HSM"))
                && str(vault->body["properties"].value("sku", Json::object()), "name")
                    != QLatin1StringView("premium"))
                return errors::keyVault(
                    400, QStringLiteral("BadParameter"),
                    QStringLiteral("HSM-protected keys (%1) need a vault of the premium SKU.").arg(kty));
            const int size = body->value("key_size", 2048);
            if (kty.startsWith(QLatin1StringView("RSA")) && size != 2048 && size != 3072 && size != 4096)
                return badParameter(
                    QStringLiteral("Invalid key size %1 for RSA keys; use 2048, 3072 or 4096.").arg(size));
            KeyVersion v;
            v.version = m_ctx.world.newHex(16);
            v.kty = kty;
            v.keySize = size;
            v.created = v.updated = m_ctx.world.clock.nowMs() / 1000;
            v.modulus = QByteArray::fromHex(m_ctx.world.newHex(size / 8).toLatin1());
            if (body->contains("key_ops")) {
                for (const auto &op : (*body)["key_ops"])
                    v.keyOps << qs(op.get<std::string>());
            } else {
                v.keyOps
                    = {QStringLiteral("encrypt"), QStringLiteral("decrypt"), QStringLiteral("sign"),
                       QStringLiteral("verify"),  QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
            }
            const Json attributes = body->value("attributes", Json::object());
            v.enabled = attributes.value("enabled", true);
            if (attributes.contains("nbf"))
                v.nbf = attributes["nbf"].get<qint64>();
            if (attributes.contains("exp"))
                v.exp = attributes["exp"].get<qint64>();
            if (body->contains("tags"))
                v.tags = (*body)["tags"];
            Key &key = data.keys[name.toLower()];
            if (key.name.isEmpty())
                key.name = name;
            key.versions.push_back(v);
            return Response::json(200, bytes(keyBundle(*vault, key, key.versions.back())));
        }
        if (seg.size() == 3 && sub == QLatin1StringView("rotate") && method == "POST") {
            if (auto d = denied(KeyOperation::Rotate, name))
                return *d;
            if (!exists)
                return notFound(name);
            KeyVersion v = keyIt->second.versions.back();
            v.version = m_ctx.world.newHex(16);
            v.enabled = true;
            v.created = v.updated = m_ctx.world.clock.nowMs() / 1000;
            v.modulus = QByteArray::fromHex(m_ctx.world.newHex(v.keySize / 8).toLatin1());
            keyIt->second.versions.push_back(v);
            return Response::json(200,
                                  bytes(keyBundle(*vault, keyIt->second, keyIt->second.versions.back())));
        }
        if (seg.size() == 3 && sub == QLatin1StringView("versions") && method == "GET") {
            if (auto d = denied(KeyOperation::List, name))
                return *d;
            if (!exists)
                return notFound(name);
            std::vector<Json> items;
            for (const KeyVersion &v : keyIt->second.versions)
                items.push_back(keyItem(*vault, keyIt->second, v));
            return list(*vault, items, request);
        }
        const QString version = seg.size() >= 3 ? sub : QString();
        if (seg.size() == 4
            && (seg.at(3) == QLatin1StringView("wrapkey") || seg.at(3) == QLatin1StringView("unwrapkey"))
            && method == "POST") {
            const bool wrap = seg.at(3) == QLatin1StringView("wrapkey");
            if (auto d = denied(wrap ? KeyOperation::Wrap : KeyOperation::Unwrap, name))
                return *d;
            const KeyVersion *v = exists ? findVersion(keyIt->second, version) : nullptr;
            if (!v)
                return notFound(name);
            if (!v->enabled)
                return errors::keyVault(
                    403, QStringLiteral("Forbidden"),
                    QStringLiteral("Operation %1 is not allowed on a disabled key.")
                        .arg(wrap ? QStringLiteral("wrapKey") : QStringLiteral("unwrapKey")));
            const auto body = parseJson(request.body);
            const QByteArray input = QByteArray::fromBase64(
                QByteArray::fromStdString(body ? body->value("value", std::string()) : std::string()),
                QByteArray::Base64UrlEncoding);
            // Not cryptography: a reversible transform, so wrap and unwrap round-trip.
            QByteArray output = input;
            std::reverse(output.begin(), output.end());
            return Response::json(200,
                                  bytes(Json {{"kid",
                                               s(vaultOrigin(*vault) + QStringLiteral("keys/")
                                                 + keyIt->second.name + u'/' + v->version)},
                                              {"value", base64Url(output).toStdString()}}));
        }
        if (seg.size() <= 3 && method == "GET") {
            if (auto d = denied(KeyOperation::Get, name))
                return *d;
            const KeyVersion *v = exists ? findVersion(keyIt->second, version) : nullptr;
            if (!v)
                return notFound(version.isEmpty() ? name : name + u'/' + version);
            return Response::json(200, bytes(keyBundle(*vault, keyIt->second, *v)));
        }
        if (seg.size() <= 3 && method == "PATCH") {
            if (auto d = denied(KeyOperation::Update, name))
                return *d;
            KeyVersion *v = exists ? const_cast<KeyVersion *>(findVersion(keyIt->second, version)) : nullptr;
            if (!v)
                return notFound(name);
            const auto body = parseJson(request.body);
            if (!body || !body->is_object())
                return badParameter(QStringLiteral("The request body is not valid JSON."));
            const Json attributes = body->value("attributes", Json::object());
            if (attributes.contains("enabled"))
                v->enabled = attributes["enabled"].get<bool>();
            if (attributes.contains("nbf"))
                v->nbf = attributes["nbf"].is_null() ? std::optional<qint64>()
                                                     : std::optional<qint64>(attributes["nbf"].get<qint64>());
            if (attributes.contains("exp"))
                v->exp = attributes["exp"].is_null() ? std::optional<qint64>()
                                                     : std::optional<qint64>(attributes["exp"].get<qint64>());
            if (body->contains("tags"))
                v->tags = (*body)["tags"];
            if (body->contains("key_ops")) {
                v->keyOps.clear();
                for (const auto &op : (*body)["key_ops"])
                    v->keyOps << qs(op.get<std::string>());
            }
            v->updated = m_ctx.world.clock.nowMs() / 1000;
            return Response::json(200, bytes(keyBundle(*vault, keyIt->second, *v)));
        }
        if (seg.size() == 2 && method == "DELETE") {
            if (auto d = denied(KeyOperation::Delete, name))
                return *d;
            if (!exists)
                return notFound(name);
            keyIt->second.deleted = true;
            keyIt->second.deletedMs = m_ctx.world.clock.nowMs();
            return Response::json(200, bytes(deletedBundle(*vault, keyIt->second)));
        }
        return errors::keyVault(405, QStringLiteral("MethodNotAllowed"),
                                QStringLiteral("The method %1 is not allowed on %2.")
                                    .arg(QString::fromLatin1(method), request.path));
    }
    if (seg.first() == QLatin1StringView("deletedkeys") && seg.size() >= 2) {
        const QString name = seg.at(1);
        auto keyIt = data.keys.find(name.toLower());
        const bool deleted = keyIt != data.keys.end() && keyIt->second.deleted;
        if (seg.size() == 2 && method == "GET") {
            if (auto d = denied(KeyOperation::Get, name))
                return *d;
            if (!deleted)
                return errors::keyVault(404, QStringLiteral("KeyNotFound"),
                                        QStringLiteral("Deleted Key not found: %1").arg(name));
            return Response::json(200, bytes(deletedBundle(*vault, keyIt->second)));
        }
        if (seg.size() == 3 && seg.at(2) == QLatin1StringView("recover") && method == "POST") {
            if (auto d = denied(KeyOperation::Recover, name))
                return *d;
            if (!deleted)
                return errors::keyVault(404, QStringLiteral("KeyNotFound"),
                                        QStringLiteral("Deleted Key not found: %1").arg(name));
            keyIt->second.deleted = false;
            return Response::json(200,
                                  bytes(keyBundle(*vault, keyIt->second, keyIt->second.versions.back())));
        }
        if (seg.size() == 2 && method == "DELETE") {
            if (auto d = denied(KeyOperation::Purge, name))
                return *d;
            if (!deleted)
                return errors::keyVault(404, QStringLiteral("KeyNotFound"),
                                        QStringLiteral("Deleted Key not found: %1").arg(name));
            if (vault->body["properties"].value("enablePurgeProtection", false))
                return errors::keyVault(
                    403, QStringLiteral("Forbidden"),
                    QStringLiteral("Operation \"purge\" is not allowed because purge protection is enabled "
                                   "for this vault. Key Vault service will automatically purge it after "
                                   "the retention period has passed."));
            data.keys.erase(keyIt);
            return Response {204, {}, {}};
        }
    }
    return errors::keyVault(404, QStringLiteral("NotFound"),
                            QStringLiteral("The requested resource %1 was not found.").arg(request.path));
}

} // namespace cmk::sandbox

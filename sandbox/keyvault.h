#pragma once

#include "context.h"

namespace cmk::sandbox {

/// The Key Vault data plane, one origin per vault (as each real vault has its own host): the
/// unauthenticated 401 challenge before anything else, keys (create, get, list, versions,
/// update, delete, recover, purge, rotate, wrap and unwrap) decided by RBAC data actions or
/// access policies and by the vault's network rules, and Key Vault's error shape.
class KeyVaultService
{
public:
    explicit KeyVaultService(Context &context);

    Response handle(const QString &vaultKey, const Request &request, RequestLogEntry *entry);

private:
    Json keyBundle(const ArmResource &vault, const Key &key, const KeyVersion &v) const;
    Json keyItem(const ArmResource &vault, const Key &key, const KeyVersion &v) const;
    Json deletedBundle(const ArmResource &vault, const Key &key) const;
    Response list(const ArmResource &vault, const std::vector<Json> &items, const Request &request);
    QString vaultOrigin(const ArmResource &vault) const;

    Context &m_ctx;
};

} // namespace cmk::sandbox

#pragma once

#include <QString>
#include <QStringList>

namespace cmk::evidence {

/// The last line of defence of every evidence document: the journal and the run file never hold
/// a secret by design, but what a person typed (a justification) or a service said (an error
/// message) could. scrub() replaces anything token-shaped with "[redacted]"; findSecrets() says
/// what token-shaped text a finished document still holds (nothing, or it is not written).
namespace secrets {

/// `text` with every JWT-shaped string, bearer credential, Authorization header and
/// refresh_token / access_token / id_token / client_secret / code_verifier / device_code / password
/// (with its value, when one follows) replaced by "[redacted]".
QString scrub(const QString &text);

/// What in `text` looks like a secret, one short description each (never the secret itself);
/// empty when nothing does.
QStringList find(const QString &text);

inline const QString Redacted = QStringLiteral("[redacted]");

} // namespace secrets
} // namespace cmk::evidence

#include "evidence/secretscrub.h"

#include <QRegularExpression>

namespace cmk::evidence::secrets {

namespace {

// A JSON Web Token: base64url header starting with {" ("eyJ"), a payload, and a signature that
// may be empty (unsigned tokens).
const QRegularExpression &jwt()
{
    static const QRegularExpression re(
        QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.?[A-Za-z0-9_-]*"));
    return re;
}

// "Bearer <credential>" and an Authorization header or field with what follows it. A resource
// path such as "Microsoft.Authorization/roleAssignments" is not a header and stays, and neither does
// prose ("does not have authorization to perform").
const QRegularExpression &credential()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\bBearer\\s+[^\\s\"'<>&,;]*|[\"']?(?<!\\.)\\bAuthorization\\b[\"']?\\s*[:=]\\s*[\"']?"
            "(?:(?:Bearer|Basic|Negotiate)\\s+)?"
            "[^\\s\"'<>&,;]*|[\"']Authorization[\"']"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The OAuth parameter and field names that carry secrets, with their value when one follows.
const QRegularExpression &secretField()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:refresh_token|access_token|id_token|client_secret|code_verifier|device_code|"
                       "client_assertion|password)\\b(?:[\"']?\\s*[:=]\\s*[\"']?[^\\s\"'<>&,;]*)?"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString scrub(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    out.replace(jwt(), Redacted);
    out.replace(credential(), Redacted);
    out.replace(secretField(), Redacted);
    return out;
}

QStringList find(const QString &text)
{
    QStringList found;
    if (jwt().match(text).hasMatch())
        found << QStringLiteral("a JSON Web Token");
    if (const auto m = credential().match(text); m.hasMatch())
        found << QStringLiteral("a credential (%1)").arg(m.captured(0).left(13));
    if (const auto m = secretField().match(text); m.hasMatch())
        found << QStringLiteral("a secret field (%1)")
                     .arg(m.captured(0).section(QRegularExpression(QStringLiteral("[\"'\\s:=]")), 0, 0));
    return found;
}

} // namespace cmk::evidence::secrets

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

/// Whether `text` holds anything the patterns above could match: most strings (ids, URLs, names)
/// do not, and this is much cheaper than the three patterns.
bool mayHoldSecret(QStringView text)
{
    static const QLatin1StringView triggers[]
        = {QLatin1StringView("eyJ"),       QLatin1StringView("bearer"),    QLatin1StringView("authorization"),
           QLatin1StringView("_token"),    QLatin1StringView("secret"),    QLatin1StringView("verifier"),
           QLatin1StringView("device_co"), QLatin1StringView("assertion"), QLatin1StringView("password")};
    for (const QLatin1StringView trigger : triggers) {
        if (text.contains(trigger, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString scrub(const QString &text)
{
    if (!mayHoldSecret(text))
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
    if (!mayHoldSecret(text))
        return found;
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

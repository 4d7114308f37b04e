#include "workflow/handoff.h"

#include "types/guid.h"
#include "types/keyidentifier.h"
#include "types/region.h"
#include "types/resourceid.h"
#include "util/json.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace cmk::workflow {

namespace {

using cmk::json::Json;
using cmk::json::text;

template<typename Parsed> auto parser()
{
    return [](const QString &value) -> std::optional<ParseError> {
        ParseError error;
        if (Parsed::parse(value, &error))
            return std::nullopt;
        return error;
    };
}

std::optional<ParseError> httpsUrl(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1StringView("https") || isLoopbackHost(url.host())))
        return std::nullopt;
    return ParseError {ParseErrorCategory::InvalidUrl,
                       Handoff::tr("%1 is not an https:// address; copy the whole link.").arg(value)};
}

std::optional<ParseError> shortText(const QString &value)
{
    if (value.size() <= 256 && !value.contains(u'\n'))
        return std::nullopt;
    return ParseError {ParseErrorCategory::TooLong,
                       Handoff::tr("The value is longer than one line of 256 characters.")};
}

/// Anything that looks like a credential: a JWT, a refresh token, a client secret.
bool looksSecret(const QString &value)
{
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    static const QRegularExpression secret(
        QStringLiteral("(?<![A-Za-z0-9~._-])[A-Za-z0-9~._-]{3}8Q~[A-Za-z0-9~._-]{30,}"));
    return jwt.match(value).hasMatch() || secret.match(value).hasMatch();
}

QByteArray canonical(const Json &withoutChecksum)
{
    return QByteArray::fromStdString(withoutChecksum.dump()); // nlohmann::json sorts keys: stable
}

QByteArray checksumOf(const Json &withoutChecksum)
{
    return QCryptographicHash::hash(canonical(withoutChecksum), QCryptographicHash::Sha256).toHex();
}

} // namespace

bool Handoff::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(toJson()) >= 0 && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

std::optional<Handoff> Handoff::load(const QString &path, Direction expected)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return fromJson(file.read(64 * 1024 + 1), expected, nullptr);
}

std::optional<ParseError> Handoff::outputPathProblem(const QString &path)
{
    const QFileInfo file(path);
    if (file.isDir())
        return ParseError {ParseErrorCategory::FileError,
                           tr("%1 is a folder; give a file name for the hand-off, such as handoff.json.")
                               .arg(QDir::toNativeSeparators(path))};
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return ParseError {
            ParseErrorCategory::FileError,
            tr("The folder %1 does not exist; choose an existing folder for the hand-off file.")
                .arg(QDir::toNativeSeparators(folder.filePath()))};
    if (!folder.isWritable())
        return ParseError {ParseErrorCategory::FileError,
                           tr("CMK Wizard may not write to the folder %1; choose another folder.")
                               .arg(QDir::toNativeSeparators(folder.filePath()))};
    return std::nullopt;
}

QList<Handoff::Direction> Handoff::directions()
{
    return {Direction::IsvToCustomer, Direction::CustomerToIsv, Direction::KeyVaultToPowerPlatform};
}

QString Handoff::directionName(Direction direction)
{
    switch (direction) {
    case Direction::IsvToCustomer:
        return QStringLiteral("isv-to-customer");
    case Direction::CustomerToIsv:
        return QStringLiteral("customer-to-isv");
    case Direction::KeyVaultToPowerPlatform:
        return QStringLiteral("keyvault-to-powerplatform");
    }
    return {};
}

QList<Handoff::Field> Handoff::fields(Direction direction)
{
    if (direction == Direction::IsvToCustomer)
        return {
            {QStringLiteral("isv.tenantId"), true, tr("the ISV's tenant ID"), parser<TenantId>()},
            {QStringLiteral("app.appId"), true, tr("the ISV's multi-tenant application (client) ID"),
             parser<AppId>()},
            {QStringLiteral("app.displayName"), true,
             tr("the application's name, as the consent page shows it"), shortText},
            {QStringLiteral("app.adminConsentUrl"), true,
             tr("the admin consent link for the customer's tenant"), httpsUrl},
            {QStringLiteral("grant.role"), true, tr("what to grant the application on the key"), shortText},
            {QStringLiteral("region"), false, tr("the region the ISV's resources are in"), parser<Region>()},
            {QStringLiteral("privateEndpoint.id"), false,
             tr("the private endpoint to approve on the vault (Azure NetApp Files)"), parser<ResourceId>()}};
    if (direction == Direction::KeyVaultToPowerPlatform)
        return {{QStringLiteral("customer.tenantId"), true,
                 tr("the tenant of the policy and the environments"), parser<TenantId>()},
                {QStringLiteral("policy.id"), true, tr("the enterprise policy's resource ID"),
                 parser<ResourceId>()},
                {QStringLiteral("policy.systemId"), true,
                 tr("the enterprise policy's system ID, which linking takes"), shortText},
                {QStringLiteral("policy.location"), true,
                 tr("the policy's Power Platform location; only environments there can use it"), shortText},
                {QStringLiteral("key.url"), true, tr("the key identifier, with its version"),
                 parser<KeyIdentifier>()},
                {QStringLiteral("vault.id"), true, tr("the key vault's resource ID"), parser<ResourceId>()},
                {QStringLiteral("ppadmin.userPrincipalName"), false,
                 tr("the Power Platform administrator granted Reader on the policy"), shortText}};
    return {{QStringLiteral("customer.tenantId"), true, tr("the customer's tenant ID, where the key is"),
             parser<TenantId>()},
            {QStringLiteral("key.url"), true, tr("the key identifier, with its version"),
             parser<KeyIdentifier>()},
            {QStringLiteral("vault.id"), true, tr("the key vault's resource ID"), parser<ResourceId>()},
            {QStringLiteral("region"), false, tr("the key vault's region"), parser<Region>()},
            {QStringLiteral("grant.kind"), true, tr("how access was granted: rbac or access-policy"),
             [](const QString &value) -> std::optional<ParseError> {
                 if (value == QLatin1StringView("rbac") || value == QLatin1StringView("access-policy"))
                     return std::nullopt;
                 return ParseError {ParseErrorCategory::UnknownValue,
                                    Handoff::tr("\"%1\" is not rbac or access-policy.").arg(value)};
             }}};
}

QStringList Handoff::problems() const
{
    QStringList out;
    const QList<Field> known = fields(direction);
    QSet<QString> keys;
    for (const Field &f : known) {
        keys.insert(f.key);
        const QString value = values.value(f.key);
        if (value.isEmpty()) {
            if (f.required)
                out << tr("\"%1\" (%2) is missing.").arg(f.key, f.description);
            continue;
        }
        if (const auto error = f.validate(value))
            out << tr("\"%1\" (%2): %3").arg(f.key, f.description, error->message);
        if (looksSecret(value))
            out << tr("\"%1\" looks like a token or a secret; a hand-off never carries one.").arg(f.key);
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            out << tr("\"%1\" is not part of a %2 hand-off (a typo, or a file for the other direction?).")
                       .arg(it.key(), directionName(direction));
    }
    if (message.size() > 2000)
        out << tr("The message is longer than 2000 characters.");
    if (looksSecret(message))
        out << tr("The message looks like it contains a token or a secret; remove it.");
    return out;
}

QByteArray Handoff::toJson() const
{
    Json vals = Json::object();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        vals[it.key().toStdString()] = it.value().toStdString();
    Json doc = {{"format", "cmk-handoff"},
                {"formatVersion", FormatVersion},
                {"direction", directionName(direction).toStdString()},
                {"createdAt", createdAt.toUTC().toString(Qt::ISODate).toStdString()},
                {"createdBy", createdBy.toStdString()},
                {"message", message.toStdString()},
                {"values", vals}};
    doc["checksum"] = "sha256:" + checksumOf(doc).toStdString();
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

std::optional<Handoff> Handoff::fromJson(const QByteArray &data, Direction expected, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Handoff> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (data.size() > 64 * 1024)
        return fail(
            tr("The file is larger than a hand-off can be (64 KiB); choose the hand-off file CMK Wizard "
               "exported."));
    Json doc = cmk::json::parse(data);
    if (!doc.is_object() || text(doc, "format") != QLatin1StringView("cmk-handoff"))
        return fail(
            tr("This is not a CMK Wizard hand-off file; choose the file the other administrator exported."));
    const auto version = doc.find("formatVersion");
    if (version == doc.end() || !version->is_number_integer())
        return fail(tr("The hand-off has no format version."));
    if (version->get<int>() > FormatVersion)
        return fail(tr("The hand-off was made by a newer CMK Wizard (format %1; this one reads %2); update "
                       "CMK Wizard.")
                        .arg(version->get<int>())
                        .arg(FormatVersion));
    const QString checksum = text(doc, "checksum");
    doc.erase("checksum");
    if (checksum != QLatin1StringView("sha256:") + QString::fromLatin1(checksumOf(doc)))
        return fail(
            tr("The hand-off was changed after it was exported (its checksum does not match). Ask for a new "
               "one rather than editing it."));
    Handoff h;
    const QString direction = text(doc, "direction");
    const QList<Direction> known = directions();
    const auto found = std::find_if(known.cbegin(), known.cend(),
                                    [&](Direction d) { return directionName(d) == direction; });
    if (found == known.cend())
        return fail(tr("The hand-off's direction \"%1\" is unknown.").arg(direction));
    h.direction = *found;
    if (h.direction != expected)
        return fail(tr("This hand-off goes %1, but this step needs one that goes %2.")
                        .arg(directionName(h.direction), directionName(expected)));
    h.createdAt = QDateTime::fromString(text(doc, "createdAt"), Qt::ISODate);
    h.createdBy = text(doc, "createdBy");
    h.message = text(doc, "message");
    const Json *values = cmk::json::member(doc, "values");
    if (!values || !values->is_object())
        return fail(tr("The hand-off carries no values."));
    for (auto it = values->begin(); it != values->end(); ++it) {
        if (!it->is_string())
            return fail(tr("The hand-off's \"%1\" is not text.").arg(QString::fromStdString(it.key())));
        h.values.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
    }
    const QStringList problems = h.problems();
    if (!problems.isEmpty())
        return fail(problems.join(u'\n'));
    return h;
}

} // namespace cmk::workflow

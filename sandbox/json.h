#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace cmk::sandbox {

/// The sandbox's JSON: key order is kept, so bodies read like the service's.
using Json = nlohmann::ordered_json;

inline std::string s(const QString &text)
{
    return text.toStdString();
}

inline QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

/// The string at `key`, or `fallback` when absent or not a string.
inline QString str(const Json &object, const char *key, const QString &fallback = QString())
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? qs(it->get<std::string>()) : fallback;
}

/// Parses a request body; nothing on malformed JSON.
inline std::optional<Json> parseJson(const QByteArray &bytes)
{
    Json doc = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (doc.is_discarded())
        return std::nullopt;
    return doc;
}

inline QByteArray bytes(const Json &doc)
{
    return QByteArray::fromStdString(doc.dump());
}

/// Case-insensitive comparison, as ARM compares names, types and path segments.
inline bool ieq(QStringView a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// Looks a key up case-insensitively (JSON bodies from PowerShell use PascalCase).
inline const Json *findInsensitive(const Json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const QLatin1StringView wanted(key);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (QString::fromStdString(it.key()).compare(wanted, Qt::CaseInsensitive) == 0)
            return &it.value();
    }
    return nullptr;
}

} // namespace cmk::sandbox

#pragma once

// Private to cmkcore's .cpp files: reading JSON at the core's boundary with nlohmann_json.
// Never included from a header, so nothing outside core sees nlohmann.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace cmk::json {

using Json = nlohmann::json;

/// Parses `body`; a discarded value (`is_discarded()`) when it is not JSON.
inline Json parse(const QByteArray &body)
{
    return Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

/// `object[key]`, or nullptr when `object` is not an object or has no such member.
inline const Json *member(const Json &object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it != object.end() ? &*it : nullptr;
}

/// Like member(), ignoring the key's case (Power Platform answers in camelCase or PascalCase).
inline const Json *memberAnyCase(const Json &object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    const QString wanted = QString::fromUtf8(key.data(), qsizetype(key.size()));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (QString::fromStdString(it.key()).compare(wanted, Qt::CaseInsensitive) == 0)
            return &it.value();
    }
    return nullptr;
}

/// The string value of `value`, or empty when it is not a string.
inline QString text(const Json *value)
{
    return value && value->is_string() ? QString::fromStdString(value->get<std::string>()) : QString();
}

/// The string member `key` of `object`, or empty.
inline QString text(const Json &object, std::string_view key)
{
    return text(member(object, key));
}

/// The strings of the array member `key` (other elements skipped).
inline QStringList texts(const Json &object, std::string_view key)
{
    QStringList out;
    const Json *array = member(object, key);
    if (!array || !array->is_array())
        return out;
    for (const Json &item : *array) {
        if (item.is_string())
            out << QString::fromStdString(item.get<std::string>());
    }
    return out;
}

/// The boolean member `key`, or `fallback` when absent or not a boolean.
inline bool boolean(const Json &object, std::string_view key, bool fallback = false)
{
    const Json *value = member(object, key);
    return value && value->is_boolean() ? value->get<bool>() : fallback;
}

/// A member holding Unix seconds (Key Vault attributes) as UTC; invalid when absent.
inline QDateTime unixTime(const Json &object, std::string_view key)
{
    const Json *value = member(object, key);
    return value && value->is_number_integer() ? QDateTime::fromSecsSinceEpoch(value->get<qint64>(), Qt::UTC)
                                               : QDateTime();
}

/// A typed GUID member (`ObjectId`, `AppId`, ...); nothing when absent, malformed or nil.
template<typename Id> std::optional<Id> guid(const Json &object, std::string_view key)
{
    return Id::parse(text(object, key));
}

inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

inline QByteArray dump(const Json &value)
{
    return QByteArray::fromStdString(value.dump());
}

} // namespace cmk::json

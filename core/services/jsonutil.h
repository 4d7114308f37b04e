#pragma once

// Private to the service clients' .cpp files: reading JSON bodies at the core boundary and
// reading every page of a list. Not installed, not included from any header.

#include "http/operation.h"
#include "services/serviceclient.h"
#include "util/json.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace cmk::services::json {

using namespace ::cmk::json; // parse, member, text, ...: the core-wide readers

/// Reads one typed value out of a JSON value; nothing (and why) when it is not what the
/// service documents.
template<typename T> using Reader = std::function<std::optional<T>(const Json &value, QString *why)>;

/// Reads a body holding one JSON object.
template<typename T> std::optional<T> readObject(const QByteArray &body, const Reader<T> &read, QString *why)
{
    const Json doc = parse(body);
    if (!doc.is_object()) {
        *why = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    return read(doc, why);
}

/// The parse step of ServiceClient::send() for a body holding one object.
template<typename T> auto bodyAs(Reader<T> read)
{
    return [read = std::move(read)](const http::Result &result, QString *why) {
        return readObject(result.body, read, why);
    };
}

/// The parse step of ServiceClient::send() for a filtered list expected to hold at most one
/// item: that item, or an empty optional when the list is empty.
template<typename T> auto firstItemAs(Reader<T> read)
{
    return [read = std::move(read)](const http::Result &result,
                                    QString *why) -> std::optional<std::optional<T>> {
        const Json doc = parse(result.body);
        const Json *value = member(doc, "value");
        if (!value || !value->is_array()) {
            *why = QStringLiteral("the list has no \"value\" array");
            return std::nullopt;
        }
        if (value->empty())
            return std::optional<T>();
        auto item = read(value->front(), why);
        if (!item)
            return std::nullopt;
        return std::optional<T>(std::move(*item));
    };
}

/// The parse step of ServiceClient::send() for calls whose answer carries nothing to read.
inline std::optional<Done> noBody(const http::Result &, QString *)
{
    return Done {};
}

/// Reads the items of every page's `value` array.
template<typename T>
std::optional<QList<T>> readItems(const QList<QByteArray> &pages, const Reader<T> &read, QString *why)
{
    QList<T> items;
    for (const QByteArray &page : pages) {
        const Json doc = parse(page);
        const Json *value = member(doc, "value");
        if (!value || !value->is_array()) {
            *why = QStringLiteral("a page of the list has no \"value\" array");
            return std::nullopt;
        }
        for (const Json &item : *value) {
            auto typed = read(item, why);
            if (!typed)
                return std::nullopt;
            items.append(std::move(*typed));
        }
    }
    return items;
}

/// A query whose values are percent-encoded in full, so that '+', '#', '&' and '=' in them
/// survive (QUrlQuery keeps existing %-escapes; a bare '+' reads as a space on many servers).
inline QUrlQuery encodedQuery(const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return query;
}

/// An OData string literal: single quotes doubled, the whole in single quotes.
inline QString odataString(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

/// `reply` of a lookup with the optional unwrapped: its value when it found one, else no value
/// and the same error (none when the lookup found nothing).
template<typename T> Reply<T> unwrapped(const Reply<std::optional<T>> &reply)
{
    Reply<T> out;
    out.status = reply.status;
    out.error = reply.error;
    if (reply.value && reply.value->has_value())
        out.value = **reply.value;
    return out;
}

/// Sends `first` and follows its next links to the end (http::Pager); `done` gets the items of
/// every page, or the first failure. Like ServiceClient's calls, `done` runs later on
/// `context`'s thread and never after `context` is gone.
template<typename T>
void readAllPages(http::Pipeline *pipeline, http::RequestSpec first, QObject *context,
                  Callback<QList<T>> done, Reader<T> read)
{
    const http::ServiceKind service = first.service;
    auto *pager = new http::Pager(pipeline, std::move(first), context);
    QObject::connect(pager, &http::Pager::finished, context,
                     [pager, service, done = std::move(done),
                      read = std::move(read)](const http::Result &last, const QList<QByteArray> &pages) {
                         pager->deleteLater();
                         Reply<QList<T>> reply;
                         reply.status = last.status;
                         if (!last.ok()) {
                             reply.error = last.error;
                         } else {
                             QString why;
                             reply.value = readItems(pages, read, &why);
                             if (!reply.value) {
                                 reply.error = http::ServiceError::fromResponse(service, last.status, {},
                                                                                last.headers);
                                 reply.error.kind = http::ServiceError::Kind::Malformed;
                                 reply.error.message = why;
                             }
                         }
                         done(reply);
                     });
    pager->start();
}

/// Like readAllPages(), but hands each page's items to `page` as soon as the page arrived (the
/// pages are not kept); `done` gets the number of items, or the first failure, after which
/// `page` is not called again. Both run on `context`'s thread and never after `context` is gone.
template<typename T>
void readPageByPage(http::Pipeline *pipeline, http::RequestSpec first, QObject *context,
                    std::function<void(const QList<T> &)> page, Callback<int> done, Reader<T> read)
{
    const http::ServiceKind service = first.service;
    auto *pager = new http::Pager(pipeline, std::move(first), context);
    pager->setKeepPages(false);
    auto count = std::make_shared<int>(0);
    auto failure = std::make_shared<std::optional<Reply<int>>>();
    QObject::connect(pager, &http::Pager::pageReceived, context,
                     [pager, service, count, failure, page = std::move(page),
                      read = std::move(read)](const http::Result &result) {
                         QString why;
                         const auto items = readItems(QList<QByteArray> {result.body}, read, &why);
                         if (!items) {
                             Reply<int> reply;
                             reply.status = result.status;
                             reply.error = http::ServiceError::fromResponse(service, result.status, {},
                                                                            result.headers);
                             reply.error.kind = http::ServiceError::Kind::Malformed;
                             reply.error.message = why;
                             reply.error.requestId = result.requestId;
                             *failure = reply;
                             pager->cancel();
                             return;
                         }
                         *count += int(items->size());
                         page(*items);
                     });
    QObject::connect(
        pager, &http::Pager::finished, context,
        [pager, count, failure, done = std::move(done)](const http::Result &last, const QList<QByteArray> &) {
            pager->deleteLater();
            if (failure->has_value()) {
                done(**failure);
                return;
            }
            Reply<int> reply;
            reply.status = last.status;
            if (!last.ok())
                reply.error = last.error;
            else
                reply.value = *count;
            done(reply);
        });
    pager->start();
}

} // namespace cmk::services::json

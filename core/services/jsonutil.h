#pragma once

// Private to the service clients' .cpp files: reading JSON bodies at the core boundary and
// reading every page of a list. Not installed, not included from any header.

#include "http/operation.h"
#include "services/serviceclient.h"
#include "util/json.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>
#include <QThreadPool>
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

namespace detail {

/// One list read page by page: the pages received and not yet parsed, parsed one at a time off
/// the caller's thread and handed over in order on it.
template<typename T> struct PageReading
{
    http::Pager *pager = nullptr;
    QObject *context = nullptr;
    http::ServiceKind service = http::ServiceKind::Arm;
    std::function<void(const QList<T> &)> page;
    Callback<int> done;
    Reader<T> read;
    QList<http::Result> queue;
    bool parsing = false;
    bool listFinished = false;
    http::Result last;
    std::optional<Reply<int>> failure;
    int count = 0;
};

template<typename T> struct ParsedPage
{
    std::optional<QList<T>> items;
    QString why;
};

template<typename T> void finishPages(const std::shared_ptr<PageReading<T>> &s)
{
    if (!s->done || !s->listFinished || s->parsing || (!s->queue.isEmpty() && !s->failure))
        return;
    s->pager->deleteLater();
    Reply<int> reply;
    if (s->failure) {
        reply = *s->failure;
    } else {
        reply.status = s->last.status;
        if (!s->last.ok())
            reply.error = s->last.error;
        else
            reply.value = s->count;
    }
    const Callback<int> done = std::move(s->done);
    s->done = nullptr;
    done(reply);
}

template<typename T> void parseNextPage(const std::shared_ptr<PageReading<T>> &s)
{
    if (s->parsing)
        return;
    if (s->failure || s->queue.isEmpty()) {
        finishPages(s);
        return;
    }
    s->parsing = true;
    const http::Result result = s->queue.takeFirst();
    // A page of 1000 environments is over a megabyte of JSON: parsed on the caller's thread it
    // would hold a window's event loop for longer than a frame (bench/dashboard).
    auto promise = std::make_shared<QPromise<ParsedPage<T>>>();
    QFuture<ParsedPage<T>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, body = result.body, read = s->read] {
        ParsedPage<T> parsed;
        parsed.items = readItems(QList<QByteArray> {body}, read, &parsed.why);
        promise->addResult(std::move(parsed));
        promise->finish();
    });
    // Runs on the context's thread, and not at all once the context is gone.
    future.then(s->context, [s, result](const ParsedPage<T> &parsed) {
        s->parsing = false;
        if (!parsed.items) {
            Reply<int> reply;
            reply.status = result.status;
            reply.error = http::ServiceError::fromResponse(s->service, result.status, {}, result.headers);
            reply.error.kind = http::ServiceError::Kind::Malformed;
            reply.error.message = parsed.why;
            reply.error.requestId = result.requestId;
            s->failure = reply;
            s->queue.clear();
            s->pager->cancel();
        } else if (!s->failure) {
            s->count += int(parsed.items->size());
            s->page(*parsed.items);
        }
        parseNextPage(s);
    });
}

} // namespace detail

/// Like readAllPages(), but hands each page's items to `page` as soon as the page is parsed (the
/// pages are not kept); `done` gets the number of items, or the first failure, after which
/// `page` is not called again. Pages are parsed one at a time on a pool thread, in order, while
/// the next one is read, so a long list never blocks the caller's event loop. `read` must be
/// safe to call on another thread. `page` and `done` run on `context`'s thread and never after
/// `context` is gone.
template<typename T>
void readPageByPage(http::Pipeline *pipeline, http::RequestSpec first, QObject *context,
                    std::function<void(const QList<T> &)> page, Callback<int> done, Reader<T> read)
{
    auto s = std::make_shared<detail::PageReading<T>>();
    s->service = first.service;
    s->context = context;
    s->page = std::move(page);
    s->done = std::move(done);
    s->read = std::move(read);
    s->pager = new http::Pager(pipeline, std::move(first), context);
    s->pager->setKeepPages(false);
    QObject::connect(s->pager, &http::Pager::pageReceived, context, [s](const http::Result &result) {
        if (s->failure)
            return;
        s->queue.append(result);
        detail::parseNextPage(s);
    });
    QObject::connect(s->pager, &http::Pager::finished, context,
                     [s](const http::Result &last, const QList<QByteArray> &) {
                         s->listFinished = true;
                         s->last = last;
                         detail::finishPages(s);
                     });
    s->pager->start();
}

} // namespace cmk::services::json

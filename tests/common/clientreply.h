#pragma once

// Waiting for the typed service clients' callbacks in tests, and collecting what a call that
// is refused before sending hands its callback.

#include "coreharness.h"
#include "services/serviceclient.h"

#include <QTest>

#include <memory>
#include <optional>

namespace cmk::testing {

/// Starts a client call with `start(callback)` and waits for its reply. On timeout the reply
/// carries a Timeout error; a callback that comes later writes nowhere harmful.
template<typename T, typename Start> services::Reply<T> awaitReply(Start start, int timeoutMs = 20000)
{
    auto received = std::make_shared<std::optional<services::Reply<T>>>();
    start(services::Callback<T>([received](const services::Reply<T> &reply) { *received = reply; }));
    if (!QTest::qWaitFor([&] { return received->has_value(); }, timeoutMs)) {
        services::Reply<T> timedOut;
        timedOut.error.kind = http::ServiceError::Kind::Timeout;
        timedOut.error.message = QStringLiteral("the test gave up waiting for the reply");
        return timedOut;
    }
    return **received;
}

/// What a callback received, for calls expected to be refused before anything is sent.
struct Refusal
{
    bool called = false;
    bool hadValue = false;
    http::ServiceError error;
};

/// A callback of any reply type that records into `refusal`.
template<typename T> services::Callback<T> recordInto(const std::shared_ptr<Refusal> &refusal)
{
    return [refusal](const services::Reply<T> &reply) {
        refusal->called = true;
        refusal->hadValue = reply.value.has_value();
        refusal->error = reply.error;
    };
}

/// How many requests with `method` to a path ending in `pathSuffix` the sandbox has logged.
inline int loggedRequests(const CoreHarness &h, const QString &method, const QString &pathSuffix)
{
    int count = 0;
    for (const auto &entry : h.sandbox.requestLog()) {
        if (entry.method == method && entry.path.endsWith(pathSuffix, Qt::CaseInsensitive))
            ++count;
    }
    return count;
}

/// Calls `call(client, context, refusal)` on a fresh `Client` over a pipeline without any
/// credentials, and verifies that the call is refused as invalid input: the callback runs
/// later (never before the call returns), with no value, an InvalidInput error whose message
/// contains `fragment` and a next action, and nothing was sent: the client counts no request
/// and the sandbox logged none.
template<typename Client, typename Call>
void verifyRefusedBeforeSending(CoreHarness &h, QObject *context, const Call &call, const QString &fragment)
{
    http::Pipeline pipeline(h.nam.get(), h.profile, nullptr, h.journal.get());
    Client client(&pipeline);
    const qsizetype logged = h.sandbox.requestLog().size();
    auto refusal = std::make_shared<Refusal>();
    call(client, context, refusal);
    QVERIFY2(!refusal->called, "the callback ran before the call returned");
    QVERIFY(QTest::qWaitFor([&] { return refusal->called; }, 5000));
    QVERIFY(!refusal->hadValue);
    QCOMPARE(refusal->error.kind, http::ServiceError::Kind::InvalidInput);
    QVERIFY2(refusal->error.message.contains(fragment), qPrintable(refusal->error.message));
    QCOMPARE(refusal->error.userMessage(), refusal->error.message);
    QVERIFY(!refusal->error.nextAction().isEmpty());
    QCOMPARE(client.requestsSent(), 0);
    QTest::qWait(20);
    QCOMPARE(h.sandbox.requestLog().size(), logged);
}

} // namespace cmk::testing

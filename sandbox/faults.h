#pragma once

#include "httpserver.h"

#include <QRandomGenerator>
#include <QString>

#include <optional>
#include <vector>

namespace cmk::sandbox {

/// Faults on demand: for the next N requests matching a method and path pattern, or with a
/// seeded probability. Kinds: 403 (the service's "not allowed" answer), 429, 500, 503, reset, hang,
/// lro-failed (the operation the request starts ends Failed), busy (409 "another operation in progress"),
/// expired-token (the service's 401 for an access token past its expiry, as when the client's clock runs
/// behind) and malformed (200 with a truncated JSON body).
struct FaultRule
{
    QString kind;
    QByteArray method = "*"; ///< or GET, PUT, ...
    QString path = QStringLiteral("*"); ///< glob over the request path, case-insensitive
    QString service = QStringLiteral("*");
    int remaining = 1; ///< -1: unlimited (with probability)
    double probability = 1.0;
    int retryAfterSeconds = 1;
};

class FaultInjector
{
public:
    static QStringList kinds();
    /// Parses `kind[:method[:path[:count]]]`, comma-separated (the --faults option).
    static bool parseSpec(const QString &spec, std::vector<FaultRule> *rules, QString *error);

    void setSeed(quint64 seed) { m_rng.seed(quint32(seed)); }
    void add(const FaultRule &rule) { m_rules.push_back(rule); }
    void clear() { m_rules.clear(); }
    const std::vector<FaultRule> &rules() const { return m_rules; }

    /// The fault to apply to this request, if any (consumes one use of the rule).
    std::optional<FaultRule> take(const QString &service, const Request &request);

private:
    std::vector<FaultRule> m_rules;
    QRandomGenerator m_rng {1};
};

} // namespace cmk::sandbox

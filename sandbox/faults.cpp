#include "faults.h"

#include "world.h"

namespace cmk::sandbox {

QStringList FaultInjector::kinds()
{
    return {QStringLiteral("403"),        QStringLiteral("429"),   QStringLiteral("500"),
            QStringLiteral("503"),        QStringLiteral("reset"), QStringLiteral("hang"),
            QStringLiteral("lro-failed"), QStringLiteral("busy"),  QStringLiteral("expired-token"),
            QStringLiteral("malformed")};
}

bool FaultInjector::parseSpec(const QString &spec, std::vector<FaultRule> *rules, QString *error)
{
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(u':');
        FaultRule rule;
        rule.kind = parts.value(0);
        if (!kinds().contains(rule.kind)) {
            *error = QStringLiteral("unknown fault kind \"%1\" in \"%2\"; kinds: %3")
                         .arg(rule.kind, item, kinds().join(QStringLiteral(", ")));
            return false;
        }
        if (parts.size() > 1 && !parts.at(1).isEmpty())
            rule.method = parts.at(1).toUpper().toLatin1();
        if (parts.size() > 2 && !parts.at(2).isEmpty())
            rule.path = parts.at(2);
        if (parts.size() > 3) {
            bool ok = false;
            rule.remaining = parts.at(3).toInt(&ok);
            if (!ok || rule.remaining == 0 || rule.remaining < -1) {
                *error = QStringLiteral("the count in \"%1\" must be a positive number (or -1 for always)")
                             .arg(item);
                return false;
            }
        }
        if (parts.size() > 4) {
            *error = QStringLiteral("\"%1\" has too many parts; write kind:method:path:count").arg(item);
            return false;
        }
        rules->push_back(rule);
    }
    return true;
}

std::optional<FaultRule> FaultInjector::take(const QString &service, const Request &request)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        FaultRule &rule = *it;
        if (rule.method != "*" && rule.method != request.method)
            continue;
        if (rule.service != QLatin1StringView("*") && rule.service != service)
            continue;
        if (!actionMatches(rule.path, request.path))
            continue;
        if (rule.probability < 1.0 && m_rng.generateDouble() >= rule.probability)
            continue;
        FaultRule applied = rule;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_rules.erase(it);
        return applied;
    }
    return std::nullopt;
}

} // namespace cmk::sandbox

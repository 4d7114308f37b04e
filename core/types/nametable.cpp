#include "types/nametable.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace cmk {

namespace {

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (size_t j = 0; j < prev.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[size_t(j)]
                = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

} // namespace

QString normalizedName(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            result.append(c.toLower());
    }
    return result;
}

NameTable::NameTable(const QString &resourcePath, const char *arrayKey)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cmkcore: resource %s is missing from the build", qPrintable(resourcePath));
    const auto doc = nlohmann::json::parse(file.readAll().toStdString());
    for (const auto &e : doc.at(arrayKey)) {
        Entry entry {QString::fromStdString(e.at("name").get<std::string>()),
                     QString::fromStdString(e.at("displayName").get<std::string>()),
                     QString::fromStdString(e.value("geography", std::string())),
                     QString::fromStdString(e.value("cloud", std::string()))};
        const qsizetype index = m_entries.size();
        m_index.insert(normalizedName(entry.name), index);
        m_index.insert(normalizedName(entry.displayName), index);
        if (const auto aliases = e.find("aliases"); aliases != e.end()) {
            for (const auto &alias : *aliases)
                m_index.insert(normalizedName(QString::fromStdString(alias.get<std::string>())), index);
        }
        m_entries.append(std::move(entry));
    }
}

std::optional<qsizetype> NameTable::find(QStringView text) const
{
    // Only single spaces between words are tolerated, so "West  Europe" is not a match by accident.
    if (text.contains(QStringView(u"  ")))
        return std::nullopt;
    const auto it = m_index.constFind(normalizedName(text));
    if (it == m_index.constEnd())
        return std::nullopt;
    return it.value();
}

QString NameTable::suggestion(QStringView text) const
{
    const QString wanted = normalizedName(text);
    if (wanted.isEmpty() || wanted.size() > 64)
        return {};
    int best = 3; // at most two edits away
    QString bestName;
    for (auto it = m_index.constBegin(); it != m_index.constEnd(); ++it) {
        const int d = editDistance(wanted, it.key());
        if (d < best) {
            best = d;
            bestName = m_entries.at(it.value()).name;
        }
    }
    return bestName;
}

} // namespace cmk

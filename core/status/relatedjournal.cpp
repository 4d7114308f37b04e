#include "status/relatedjournal.h"

#include <QUrl>

namespace cmk::status {

namespace {

/// `needle` occurs in `haystack` as a whole path segment sequence: followed by the end, '/', '?'.
bool containsPath(QStringView haystack, QStringView needle)
{
    if (needle.isEmpty())
        return false;
    qsizetype from = 0;
    while ((from = haystack.indexOf(needle, from, Qt::CaseInsensitive)) >= 0) {
        const qsizetype end = from + needle.size();
        if (end == haystack.size() || haystack.at(end) == u'/' || haystack.at(end) == u'?')
            return true;
        from = end;
    }
    return false;
}

} // namespace

QList<http::JournalEntry> relatedJournalEntries(const EnvironmentStatus &row,
                                                const QList<http::JournalEntry> &entries)
{
    const bool linked = !row.policyId.isEmpty();
    const QString vaultKeys = row.key.vaultId + QStringLiteral("/keys/");
    const QString armKey = vaultKeys + row.key.keyName;
    // The data plane: https://{vault}.vault.azure.net/keys/{name}/{version}
    const QUrl keyUrl(row.key.keyUrl);
    const QString dataPlaneKey = keyUrl.isValid() && !row.key.keyName.isEmpty()
        ? keyUrl.host() + QStringLiteral("/keys/") + row.key.keyName
        : QString();

    QList<http::JournalEntry> out;
    for (const http::JournalEntry &e : entries) {
        const QStringView url(e.url);
        bool related = containsPath(url, row.id);
        if (!related && linked) {
            related = containsPath(url, row.policyId) || containsPath(url, armKey)
                || containsPath(url, dataPlaneKey);
            // The vault and what is read on it (role assignments), but not the vault's other keys.
            if (!related && !row.key.vaultId.isEmpty() && containsPath(url, row.key.vaultId))
                related = !url.contains(vaultKeys, Qt::CaseInsensitive);
        }
        if (related)
            out.append(e);
    }
    return out;
}

} // namespace cmk::status

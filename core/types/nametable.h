#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cmk {

/// A fixed table of named things (regions, Power Platform locations) loaded from a JSON
/// resource, matched case-insensitively by programmatic name, display name or alias.
class NameTable
{
public:
    struct Entry
    {
        QString name; ///< programmatic, e.g. "westeurope"
        QString displayName; ///< "West Europe"
        QString group; ///< geography or empty
        QString cloud; ///< "AzureCloud", ... or empty
    };

    /// Loads `resourcePath` and reads the array `arrayKey`; aborts on a broken build resource.
    NameTable(const QString &resourcePath, const char *arrayKey);

    const QList<Entry> &entries() const { return m_entries; }
    /// The index of the entry that `text` names, or nothing.
    std::optional<qsizetype> find(QStringView text) const;
    /// The closest programmatic name to `text` when it is close enough to be a typo.
    QString suggestion(QStringView text) const;

private:
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // normalized name/display name/alias -> entry
};

/// Lower case, without spaces: "West Europe" and "westeurope" normalize alike.
QString normalizedName(QStringView text);

} // namespace cmk

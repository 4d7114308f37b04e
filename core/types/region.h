#pragma once

#include "types/parseerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cmk {

/// An Azure region, known by its programmatic name ("westeurope") and display name ("West Europe").
class Region
{
    Q_DECLARE_TR_FUNCTIONS(cmk::Region)

public:
    Region() = default;

    /// Accepts either name, in any case. Unknown names get a "did you mean" when one is close.
    static std::optional<Region> parse(QStringView text, ParseError *error = nullptr);
    static std::optional<Region> parse(const QString &text, ParseError *error = nullptr)
    {
        return parse(QStringView(text), error);
    }
    static QList<Region> all();
    /// The regions of one cloud ("AzureCloud", "AzureUSGovernment", "AzureChinaCloud").
    static QList<Region> inCloud(QStringView cloudName);

    bool isValid() const { return m_index >= 0; }
    QString name() const;
    QString displayName() const;
    QString geography() const;
    QString cloud() const;

    friend bool operator==(const Region &a, const Region &b) { return a.m_index == b.m_index; }
    friend bool operator!=(const Region &a, const Region &b) { return a.m_index != b.m_index; }

private:
    explicit Region(qsizetype index)
        : m_index(index)
    {
    }
    qsizetype m_index = -1;
};

/// A Power Platform enterprise policy location ("europe", "unitedstates"), which must match
/// the region of the environments the policy encrypts.
class PolicyLocation
{
    Q_DECLARE_TR_FUNCTIONS(cmk::PolicyLocation)

public:
    PolicyLocation() = default;

    static std::optional<PolicyLocation> parse(QStringView text, ParseError *error = nullptr);
    static std::optional<PolicyLocation> parse(const QString &text, ParseError *error = nullptr)
    {
        return parse(QStringView(text), error);
    }
    static QList<PolicyLocation> all();

    bool isValid() const { return m_index >= 0; }
    QString name() const;
    QString displayName() const;

    friend bool operator==(const PolicyLocation &a, const PolicyLocation &b)
    {
        return a.m_index == b.m_index;
    }
    friend bool operator!=(const PolicyLocation &a, const PolicyLocation &b)
    {
        return a.m_index != b.m_index;
    }

private:
    explicit PolicyLocation(qsizetype index)
        : m_index(index)
    {
    }
    qsizetype m_index = -1;
};

} // namespace cmk

#pragma once

#include "workflow/step.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cmk::workflow {

/// What one party gives the other. Two tenants never share a session, so they share a file:
/// ISV → customer (tenant, app, consent URL, what to grant, the endpoint to approve) and
/// customer → ISV (key, vault, what was granted). Versioned JSON with a SHA-256 checksum, no
/// secrets; reading it checks every value and says exactly what is wrong. Format:
/// docs/handoff.md.
struct Handoff
{
    Q_DECLARE_TR_FUNCTIONS(cmk::workflow::Handoff)

public:
    static constexpr int FormatVersion = 1;
    enum class Direction {
        IsvToCustomer,
        CustomerToIsv,
        KeyVaultToPowerPlatform, ///< the key vault admin's enterprise policy for the Power Platform admin
    };
    static QList<Direction> directions();

    /// One value a hand-off may carry.
    struct Field
    {
        QString key;
        bool required = false;
        QString description; ///< translated
        std::function<std::optional<ParseError>(const QString &)> validate;
    };

    Direction direction = Direction::IsvToCustomer;
    QDateTime createdAt;
    QString createdBy; ///< UPN of who exported it
    QString message; ///< free text from one admin to the other
    Values values;

    static QList<Field> fields(Direction direction);
    /// "isv-to-customer", "customer-to-isv", "keyvault-to-powerplatform"
    static QString directionName(Direction direction);

    /// Problems of the values (missing, malformed, unknown); empty when it may be exported.
    QStringList problems() const;
    QByteArray toJson() const;
    /// Writes it atomically to `path`; says why not in `error`.
    bool save(const QString &path, QString *error) const;
    /// Reads the hand-off of `expected` direction saved at `path`; nothing when there is none or it differs.
    static std::optional<Handoff> load(const QString &path, Direction expected);
    /// Why a hand-off cannot be saved at `path` (a folder, a missing or read-only folder), or nothing.
    static std::optional<ParseError> outputPathProblem(const QString &path);
    /// Reads and checks a hand-off; `expected` is the direction the reader wants.
    static std::optional<Handoff> fromJson(const QByteArray &json, Direction expected, QString *error);
};

} // namespace cmk::workflow

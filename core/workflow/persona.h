#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cmk {

/// The people the product serves (DESIGN.md, "Who uses it").
enum class Persona {
    IsvEngineer, ///< onboards a customer's key in the ISV tenant
    CustomerKeyVaultAdmin, ///< owns the key and the vault in the customer tenant
    PowerPlatformAdmin, ///< adds environments to enterprise policies
    SupportStaff, ///< reads status, changes nothing
};

struct PersonaInfo
{
    Q_DECLARE_TR_FUNCTIONS(cmk::PersonaInfo)

public:
    Persona persona;
    QString id; ///< stable, for settings and the command line: "isv", "customer", "powerplatform", "support"
    QString title; ///< translated
    QString signsInTo; ///< translated
    QString description; ///< translated: what this person wants

    static QList<PersonaInfo> all();
    static PersonaInfo of(Persona persona);
};

} // namespace cmk

#include "workflow/persona.h"

namespace cmk {

QList<PersonaInfo> PersonaInfo::all()
{
    return {
        {Persona::IsvEngineer, QStringLiteral("isv"), tr("ISV onboarding engineer"),
         tr("the ISV (service provider) tenant"),
         tr("Onboard a customer's key for Azure NetApp Files volumes or managed disks, and hand the customer "
            "exactly what they need.")},
        {Persona::CustomerKeyVaultAdmin, QStringLiteral("customer"), tr("Customer key vault administrator"),
         tr("the customer tenant"),
         tr("Install the ISV's app, create or pick a vault and key, grant narrowly and approve the private "
            "endpoint; for Power Platform: key, enterprise policy and grants.")},
        {Persona::PowerPlatformAdmin, QStringLiteral("powerplatform"),
         tr("Power Platform or Dynamics 365 administrator"), tr("the customer tenant"),
         tr("Add, remove and move environments to and from enterprise policies, and watch encryption "
            "progress.")},
        {Persona::SupportStaff, QStringLiteral("support"), tr("Support staff"),
         tr("the customer tenant, read-only"),
         tr("See every environment's encryption and lock status, why it is locked, and how long until a "
            "locked "
            "production environment is deleted.")},
    };
}

PersonaInfo PersonaInfo::of(Persona persona)
{
    for (const PersonaInfo &info : all()) {
        if (info.persona == persona)
            return info;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cmk

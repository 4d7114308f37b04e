#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace cmk {

/// One person of the offline demo, with what the demo meant them for.
struct DemoPerson
{
    QString userPrincipalName;
    QString displayName;
    QString role; ///< what the demo meant them for, e.g. "Key vault admin"
    QString tenantId;
    QString tenantName;
};

/// The offline demo's people and the one thing they can do without a browser: approve a device
/// sign-in on their "phone". `cmkwizard --sandbox` fills it from the embedded sandbox (the app
/// links the sandbox; ui/ does not). Empty (no people, no function) outside the demo.
struct DemoDirectory
{
    QList<DemoPerson> people;
    /// Approves the device sign-in showing `userCode` as `userPrincipalName`; false when either
    /// is unknown.
    std::function<bool(const QString &userCode, const QString &userPrincipalName)> approveDeviceCode;
    /// The demo's simulated time (days left before deletion count from it); unset outside the demo.
    std::function<QDateTime()> clock;

    bool isEmpty() const { return people.isEmpty() || !approveDeviceCode; }
    /// The person with this UPN (case-insensitive), or nullptr.
    const DemoPerson *person(const QString &userPrincipalName) const
    {
        for (const DemoPerson &p : people) {
            if (p.userPrincipalName.compare(userPrincipalName, Qt::CaseInsensitive) == 0)
                return &p;
        }
        return nullptr;
    }
};

} // namespace cmk

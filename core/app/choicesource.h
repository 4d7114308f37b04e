#pragma once

#include "workflow/step.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace cmk::http {
class Pipeline;
}

namespace cmk {

/// One value an input can take, as the cloud lists it.
struct Choice
{
    QString value; ///< what the input gets
    QString label; ///< what the person reads, e.g. "Contoso production (bbbb…)"
};

/// Lists what an input can be from the cloud, for the wizard's pickers: subscriptions, resource
/// groups, key vaults, keys, subnets (for a private endpoint: not the one delegated to the NetApp
/// volumes) and Power Platform environments, through the typed service clients.
/// The person can always type a value instead.
class ChoiceSource
{
    Q_DECLARE_TR_FUNCTIONS(cmk::ChoiceSource)

public:
    using Done = std::function<void(const QList<Choice> &choices, const QString &problem)>;

    /// Whether choices for `key` can be listed at all.
    static bool supports(const QString &key);
    /// The tenant side whose session lists `key`.
    static workflow::Side sideOf(const QString &key);
    /// The value keys `key`'s list depends on (a resource group's subscription, ...).
    static QStringList dependsOn(const QString &key);
    /// Lists the choices for `key` with `values` so far, calling through `pipeline` (signed in on
    /// sideOf(key)); `done` is called once, later, on `context`. A missing prerequisite value gives
    /// no choices and a problem that names it.
    static void list(const QString &key, const workflow::Values &values, http::Pipeline *pipeline,
                     QObject *context, Done done);
};

} // namespace cmk

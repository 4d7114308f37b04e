#include "app/choicesource.h"

#include "services/armclient.h"
#include "services/keyvaultclient.h"
#include "services/powerplatformclient.h"
#include "tracks/keys.h"
#include "types/guid.h"
#include "types/resourceid.h"

#include <QTimer>

#include <memory>

namespace cmk {

using namespace tracks;

namespace {

QString subscriptionKeyFor(const QString &key)
{
    return key.startsWith(QLatin1StringView("isv.")) ? QString(key::IsvSubscriptionId)
                                                     : QString(key::CustomerSubscriptionId);
}

void later(QObject *context, const ChoiceSource::Done &done, const QList<Choice> &choices,
           const QString &problem)
{
    QTimer::singleShot(0, context, [done, choices, problem] { done(choices, problem); });
}

std::optional<ResourceId> groupId(const workflow::Values &values, QString *problem)
{
    const QString subscription = values.value(key::CustomerSubscriptionId).trimmed();
    const QString group = values.value(key::CustomerResourceGroup).trimmed();
    if (subscription.isEmpty() || group.isEmpty()) {
        *problem = ChoiceSource::tr("Choose the subscription and resource group first.");
        return std::nullopt;
    }
    ParseError error;
    auto id = ResourceId::parse(
        QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subscription, group), &error);
    if (!id)
        *problem = error.message;
    return id;
}

} // namespace

bool ChoiceSource::supports(const QString &key)
{
    static const QStringList keys {key::IsvSubscriptionId, key::CustomerSubscriptionId,
                                   key::IsvResourceGroup,  key::CustomerResourceGroup,
                                   key::VaultName,         key::KeyName,
                                   key::Environments,      key::SubnetId};
    return keys.contains(key);
}

workflow::Side ChoiceSource::sideOf(const QString &key)
{
    // The private endpoint's subnet is in the ISV's virtual network.
    if (key == key::SubnetId)
        return workflow::Side::Isv;
    return key.startsWith(QLatin1StringView("isv.")) ? workflow::Side::Isv : workflow::Side::Customer;
}

QStringList ChoiceSource::dependsOn(const QString &key)
{
    if (key == key::IsvResourceGroup || key == key::CustomerResourceGroup)
        return {subscriptionKeyFor(key)};
    if (key == key::VaultName)
        return {key::CustomerSubscriptionId, key::CustomerResourceGroup};
    if (key == key::SubnetId)
        return {key::IsvSubscriptionId};
    if (key == key::KeyName)
        return {key::CustomerSubscriptionId, key::CustomerResourceGroup, key::VaultName};
    return {};
}

void ChoiceSource::list(const QString &key, const workflow::Values &values, http::Pipeline *pipeline,
                        QObject *context, Done done)
{
    if (!pipeline) {
        later(context, done, {}, tr("Sign in first to pick from the cloud."));
        return;
    }
    if (key == key::IsvSubscriptionId || key == key::CustomerSubscriptionId) {
        auto arm = std::make_shared<services::ArmClient>(pipeline);
        arm->listSubscriptions(context, [arm, done](const services::Reply<QList<services::Subscription>> &r) {
            QList<Choice> choices;
            for (const services::Subscription &s : r.value.value_or(QList<services::Subscription>())) {
                if (s.isEnabled())
                    choices.append(
                        {s.id.toString(), QStringLiteral("%1 (%2)").arg(s.displayName, s.id.toString())});
            }
            done(choices, r.ok() ? QString() : r.error.userMessage());
        });
        return;
    }
    if (key == key::IsvResourceGroup || key == key::CustomerResourceGroup) {
        ParseError error;
        const auto subscription
            = SubscriptionId::parse(values.value(subscriptionKeyFor(key)).trimmed(), &error);
        if (!subscription) {
            later(context, done, {}, tr("Choose the subscription first."));
            return;
        }
        auto arm = std::make_shared<services::ArmClient>(pipeline);
        arm->listResourceGroups(
            *subscription, context, [arm, done](const services::Reply<QList<services::ResourceGroup>> &r) {
                QList<Choice> choices;
                for (const auto &g : r.value.value_or(QList<services::ResourceGroup>()))
                    choices.append({g.id.name(), QStringLiteral("%1 (%2)").arg(g.id.name(), g.location)});
                done(choices, r.ok() ? QString() : r.error.userMessage());
            });
        return;
    }
    if (key == key::VaultName || key == key::KeyName) {
        QString problem;
        const auto group = groupId(values, &problem);
        if (!group) {
            later(context, done, {}, problem);
            return;
        }
        auto arm = std::make_shared<services::ArmClient>(pipeline);
        const QString vaultName = values.value(key::VaultName).trimmed();
        if (key == key::KeyName && vaultName.isEmpty()) {
            later(context, done, {}, tr("Choose the key vault first."));
            return;
        }
        arm->listVaults(
            *group, context,
            [arm, done, key, vaultName, pipeline,
             context](const services::Reply<QList<services::KeyVault>> &r) {
                QList<Choice> choices;
                const QList<services::KeyVault> vaults = r.value.value_or(QList<services::KeyVault>());
                if (key == key::VaultName) {
                    for (const services::KeyVault &v : vaults)
                        choices.append({v.id.name(), QStringLiteral("%1 (%2)").arg(v.id.name(), v.location)});
                    done(choices, r.ok() ? QString() : r.error.userMessage());
                    return;
                }
                QUrl uri;
                for (const services::KeyVault &v : vaults) {
                    if (v.id.name().compare(vaultName, Qt::CaseInsensitive) == 0)
                        uri = v.vaultUri;
                }
                if (!uri.isValid()) {
                    // A vault the track creates: no keys to pick yet.
                    done({}, r.ok() ? QString() : r.error.userMessage());
                    return;
                }
                auto keys = std::make_shared<services::KeyVaultClient>(pipeline);
                keys->listKeys(uri, 25, context,
                               [keys, done](const services::Reply<QList<services::KeyProperties>> &k) {
                                   QList<Choice> list;
                                   for (const auto &p : k.value.value_or(QList<services::KeyProperties>()))
                                       list.append({p.id.name(), p.id.name()});
                                   done(list, k.ok() ? QString() : k.error.userMessage());
                               });
            });
        return;
    }
    if (key == key::SubnetId) {
        ParseError error;
        const auto subscription
            = SubscriptionId::parse(values.value(key::IsvSubscriptionId).trimmed(), &error);
        if (!subscription) {
            later(context, done, {}, tr("Choose the subscription first."));
            return;
        }
        auto arm = std::make_shared<services::ArmClient>(pipeline);
        arm->listVirtualNetworks(
            *subscription, context, [arm, done](const services::Reply<QList<services::VirtualNetwork>> &r) {
                QList<Choice> choices;
                for (const services::VirtualNetwork &network :
                     r.value.value_or(QList<services::VirtualNetwork>())) {
                    for (const services::Subnet &subnet : network.subnets) {
                        // A private endpoint cannot go into the subnet delegated to the volumes.
                        if (subnet.isDelegatedTo(QStringLiteral("Microsoft.NetApp/volumes")))
                            continue;
                        //: %1 virtual network, %2 subnet, %3 address range, %4 resource group, %5 region
                        choices.append({subnet.id.toString(),
                                        tr("%1 / %2 (%3; %4, %5)")
                                            .arg(network.id.name(), subnet.id.name(), subnet.addressPrefix,
                                                 network.id.resourceGroup(), network.location)});
                    }
                }
                done(choices, r.ok() ? QString() : r.error.userMessage());
            });
        return;
    }
    if (key == key::Environments) {
        auto pp = std::make_shared<services::PowerPlatformClient>(pipeline);
        pp->environments(
            100, context, [pp, done](const services::Reply<QList<services::PowerPlatformEnvironment>> &r) {
                QList<Choice> choices;
                for (const auto &e : r.value.value_or(QList<services::PowerPlatformEnvironment>()))
                    choices.append({e.id.toString(),
                                    QStringLiteral("%1 (%2, %3)").arg(e.displayName, e.sku, e.location)});
                done(choices, r.ok() ? QString() : r.error.userMessage());
            });
        return;
    }
    later(context, done, {}, QString());
}

} // namespace cmk

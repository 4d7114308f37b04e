#include "tracks/isvsteps.h"

#include "tracks/keys.h"
#include "types/names.h"
#include "types/region.h"
#include "util/json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <memory>
#include <set>

namespace cmk::tracks {

using namespace std::chrono_literals;
using workflow::InputSpec;
using workflow::Plan;
using workflow::PlannedCall;
using workflow::Side;
using workflow::StepRun;
using workflow::Values;

namespace {

using Validator = std::function<std::optional<ParseError>(const QString &)>;

/// A validator from one of the strict parsers (`parse(text, &error)`).
template<typename Parse> Validator parsedBy(Parse parse)
{
    return [parse](const QString &value) -> std::optional<ParseError> {
        ParseError error;
        if (parse(value, &error))
            return std::nullopt;
        return error;
    };
}

/// A validator for names: `pattern` must match all of it, else `rule` (with %1 the value).
Validator namedBy(const QString &pattern, const QString &rule)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return [re, rule](const QString &value) -> std::optional<ParseError> {
        if (re.match(value).hasMatch())
            return std::nullopt;
        return ParseError {ParseErrorCategory::InvalidName, rule.arg(quotedInput(value))};
    };
}

QString secondsText(std::chrono::milliseconds wait)
{
    return QString::number(double(wait.count()) / 1000.0, 'f', wait < 10s ? 1 : 0);
}

QString regionName(const QString &text)
{
    const auto region = Region::parse(text);
    return region ? region->name() : text;
}

/// The customer → ISV values a hand-off file carries into the run.
const QLatin1StringView ReplyKeys[] = {key::CustomerTenantId, key::VaultId, key::KeyUrl};

} // namespace

// ---- Backoff ------------------------------------------------------------------------------------

Backoff::Backoff(StepRun &run, const Pacing &pacing)
    : QObject(&run)
    , m_next(pacing.firstPoll)
    , m_max(std::max(pacing.maxPoll, pacing.firstPoll))
{
    m_clock.start();
}

void Backoff::wait(std::function<void()> next)
{
    ++m_waits;
    const std::chrono::milliseconds now = m_next;
    m_next = std::min(m_max, std::chrono::milliseconds(qint64(double(m_next.count()) * 1.5) + 1));
    QTimer::singleShot(now, this, std::move(next));
}

// ---- IsvStep ------------------------------------------------------------------------------------

InputSpec IsvStep::subscriptionInput()
{
    return {key::IsvSubscriptionId, tr("ISV subscription"),
            tr("The ID of the subscription that holds the ISV's resources (Subscriptions in the Azure "
               "portal)."),
            true, parsedBy([](const QString &v, ParseError *e) { return SubscriptionId::parse(v, e); })};
}

InputSpec IsvStep::resourceGroupInput()
{
    return {key::IsvResourceGroup, tr("Resource group"),
            tr("The resource group for the identity and the encrypted resources, in the ISV subscription."),
            true,
            parsedBy([](const QString &v, ParseError *e) { return Names::validateResourceGroup(v, e); })};
}

InputSpec IsvStep::regionInput()
{
    return {key::Region, tr("Region"),
            tr("The Azure region of the resources, for example westeurope or West Europe."), true,
            parsedBy([](const QString &v, ParseError *e) { return Region::parse(v, e); })};
}

InputSpec IsvStep::subnetInput()
{
    return {key::SubnetId, tr("Subnet for the private endpoint"),
            tr("The resource ID of a subnet in the volumes' virtual network that is not delegated to "
               "Microsoft.NetApp/volumes (Virtual networks → Subnets → the subnet's ID)."),
            true, [](const QString &value) -> std::optional<ParseError> {
                ParseError error;
                const auto id = ResourceId::parse(value, &error);
                if (!id)
                    return error;
                if (id->resourceType().compare(QLatin1StringView("Microsoft.Network/virtualNetworks/subnets"),
                                               Qt::CaseInsensitive)
                    != 0)
                    return ParseError {ParseErrorCategory::InvalidResourceType,
                                       tr("%1 is a %2, not a subnet; paste the resource ID of a subnet "
                                          "(…/virtualNetworks/{network}/subnets/{subnet}).")
                                           .arg(quotedInput(value), id->resourceType())};
                return std::nullopt;
            }};
}

ResourceId IsvStep::isvResource(const Values &values, QStringView providerNamespace, QStringView type,
                                QStringView name)
{
    const auto subscription = SubscriptionId::parse(values.value(key::IsvSubscriptionId));
    const QString group = values.value(key::IsvResourceGroup);
    if (!subscription || group.isEmpty() || name.isEmpty())
        return {};
    return ResourceId::forResource(*subscription, group, providerNamespace, type, name);
}

http::ServiceError IsvStep::error(const QString &code, const QString &message)
{
    http::ServiceError e;
    e.kind = http::ServiceError::Kind::InvalidInput;
    e.code = code;
    e.message = message;
    return e;
}

bool IsvStep::mayBePropagation(const http::ServiceError &error)
{
    static const QStringList codes {
        QStringLiteral("KeyVaultAccessForbidden"), QStringLiteral("KeyVaultAccessFailed"),
        QStringLiteral("PrincipalNotFound"), QStringLiteral("Request_ResourceNotFound")};
    return error.kind == http::ServiceError::Kind::Http && codes.contains(error.code);
}

QString IsvStep::placeholder(QLatin1StringView key)
{
    return QStringLiteral("$(") + key + u')';
}

QString IsvStep::valueOr(const Values &values, QLatin1StringView key)
{
    const QString value = values.value(key);
    return value.isEmpty() ? placeholder(key) : value;
}

QUrl IsvStep::armUrl(const CloudProfile &profile, const QString &path, const QString &resourceType)
{
    return services::ArmClient::url(profile, path, resourceType);
}

QUrl IsvStep::graphUrl(const CloudProfile &profile, const QString &path)
{
    return CloudProfile::join(profile.graphEndpoint, QStringLiteral("/v1.0") + path);
}

QString IsvStep::placeholdersNote()
{
    return tr("Values written as $(name) are known once the step that makes them has run.");
}

// ---- RegionCheckStep ----------------------------------------------------------------------------

RegionCheckStep::RegionCheckStep(Rules rules, const Pacing &pacing)
    : IsvStep(pacing)
    , m_rules(std::move(rules))
{
}

workflow::Step::Info RegionCheckStep::info() const
{
    return {QStringLiteral("region"),
            m_rules.stepNumber,
            tr("Check the region"),
            Side::Isv,
            tr("Reader on the ISV subscription"),
            {},
            {},
            m_rules.summary,
            m_rules.docsUrl};
}

QList<InputSpec> RegionCheckStep::inputs() const
{
    QList<InputSpec> out {subscriptionInput(), resourceGroupInput(), regionInput()};
    if (m_rules.checkEndpointSubnet)
        out << subnetInput();
    return out;
}

QStringList RegionCheckStep::localProblems(const Values &values, const CloudProfile &profile) const
{
    QStringList problems;
    const auto region = Region::parse(values.value(key::Region));
    if (!region)
        return problems; // the runner has refused it already
    if (!Region::inCloud(profile.name).isEmpty() && region->cloud() != profile.name)
        //: %1 region, %2 and %3 cloud names
        problems << tr("%1 is a region of %2, not of %3; choose a region of the cloud you signed in to.")
                        .arg(region->displayName(), region->cloud(), profile.displayName);
    else if (m_rules.enforced && !m_rules.regions.contains(region->name()))
        problems << tr("%1 is not among the regions where the how-to offers this feature: %2.")
                        .arg(region->displayName(), m_rules.regions.join(QStringLiteral(", ")));
    if (m_rules.checkEndpointSubnet) {
        const auto subnet = ResourceId::parse(values.value(key::SubnetId));
        const auto subscription = SubscriptionId::parse(values.value(key::IsvSubscriptionId));
        if (subnet && subscription && subnet->subscriptionId() != *subscription)
            //: %1 subnet resource ID, %2 and %3 subscription IDs
            problems << tr("The subnet %1 is in subscription %2, not in the ISV subscription %3; the private "
                           "endpoint goes into the volumes' virtual network in the ISV subscription.")
                            .arg(subnet->toString(), subnet->subscriptionId().toString(),
                                 subscription->toString());
    }
    return problems;
}

void RegionCheckStep::preflight(StepRun &run) const
{
    const QStringList problems = localProblems(run.values(), run.profile());
    QTimer::singleShot(0, &run, [&run, problems] {
        if (problems.isEmpty())
            run.succeeded();
        else
            run.failed(error(QStringLiteral("RegionNotSupported"), problems.join(u'\n')));
    });
}

QString RegionCheckStep::subnetProblem(const services::VirtualNetwork &network, const ResourceId &subnet,
                                       const QString &region)
{
    const services::Subnet *found = nullptr;
    QStringList free;
    for (const services::Subnet &s : network.subnets) {
        if (s.id == subnet)
            found = &s;
        if (!s.isDelegatedTo(u"Microsoft.NetApp/volumes"))
            free << s.id.name();
    }
    const QString choices
        = free.isEmpty() ? tr("(none: add a subnet without delegation)") : free.join(QStringLiteral(", "));
    if (!found)
        //: %1 virtual network name, %2 subnet name, %3 list of subnet names
        return tr("The virtual network %1 has no subnet %2; choose one that is not delegated: %3.")
            .arg(network.id.name(), subnet.name(), choices);
    if (found->isDelegatedTo(u"Microsoft.NetApp/volumes"))
        return tr("The subnet %1 is delegated to Microsoft.NetApp/volumes: it holds the volumes themselves. "
                  "The private endpoint needs another subnet of the same virtual network, one that is not "
                  "delegated: %2.")
            .arg(subnet.name(), choices);
    if (regionName(network.location) != regionName(region))
        //: %1 virtual network name, %2 and %3 regions
        return tr("The virtual network %1 is in %2, but the track's region is %3; the private endpoint must "
                  "be in its virtual network's region.")
            .arg(network.id.name(), network.location, region);
    return {};
}

void RegionCheckStep::inspect(StepRun &run, std::function<void()> ok) const
{
    const auto subscription = SubscriptionId::parse(run.value(key::IsvSubscriptionId));
    const ResourceId group = subscription
        ? ResourceId::forResourceGroup(*subscription, run.value(key::IsvResourceGroup))
        : ResourceId();
    const auto region = Region::parse(run.value(key::Region));
    if (region && !m_rules.enforced && !m_rules.regions.contains(region->name()))
        run.progress(tr("The how-to lists %1 for this feature; %2 is not among them. If Azure refuses the "
                        "resource, choose one of those regions.")
                         .arg(m_rules.regions.join(QStringLiteral(", ")), region->displayName()));
    for (const QString &note : m_rules.notes)
        run.progress(note);
    run.arm(Side::Isv).getResourceGroup(
        group, &run, [this, &run, ok = std::move(ok)](const services::Reply<services::ResourceGroup> &reply) {
            if (!reply.ok()) {
                run.failed(reply.error);
                return;
            }
            if (!m_rules.checkEndpointSubnet) {
                ok();
                return;
            }
            const auto subnet = ResourceId::parse(run.value(key::SubnetId));
            const ResourceId network = subnet ? subnet->parent().value_or(ResourceId()) : ResourceId();
            run.arm(Side::Isv).getVirtualNetwork(
                network, &run, [&run, subnet, ok](const services::Reply<services::VirtualNetwork> &net) {
                    if (!net.ok()) {
                        run.failed(net.error);
                        return;
                    }
                    const QString problem = subnetProblem(*net.value, *subnet, run.value(key::Region));
                    if (!problem.isEmpty()) {
                        run.failed(error(QStringLiteral("SubnetNotUsable"), problem));
                        return;
                    }
                    ok();
                });
        });
}

void RegionCheckStep::check(StepRun &run) const
{
    inspect(run, [&run] { run.checked(true); });
}

Plan RegionCheckStep::plan(const Values &values, const CloudProfile &profile) const
{
    Q_UNUSED(values)
    Q_UNUSED(profile)
    Plan plan;
    plan.notes << tr("Reads only: the resource group%1, before anything is changed.")
                      .arg(m_rules.checkEndpointSubnet ? tr(" and the endpoint's virtual network")
                                                       : QString());
    plan.notes << m_rules.notes;
    return plan;
}

void RegionCheckStep::apply(StepRun &run) const
{
    inspect(run, [&run] { run.succeeded(); });
}

// ---- RegistrationStep -----------------------------------------------------------------------------

struct RegistrationStep::Status
{
    QStringList unregisteredProviders; ///< NotRegistered, Unregistered: to register
    QList<Feature> unregisteredFeatures;
    QStringList providersUnderway; ///< "Microsoft.NetApp (Registering)", for progress
    QStringList featuresUnderway;

    bool featuresDone() const { return unregisteredFeatures.isEmpty() && featuresUnderway.isEmpty(); }
    bool done() const
    {
        return featuresDone() && unregisteredProviders.isEmpty() && providersUnderway.isEmpty();
    }
};

RegistrationStep::RegistrationStep(Config config, const Pacing &pacing)
    : IsvStep(pacing)
    , m_config(std::move(config))
{
}

workflow::Step::Info RegistrationStep::info() const
{
    return {m_config.id,
            m_config.number,
            m_config.title,
            m_config.side,
            m_config.side == Side::Isv ? tr("Contributor or Owner on the ISV subscription")
                                       : tr("Contributor or Owner on the subscription"),
            {},
            {},
            m_config.summary,
            m_config.docsUrl};
}

QList<InputSpec> RegistrationStep::inputs() const
{
    if (m_config.side == Side::Isv)
        return {subscriptionInput()};
    InputSpec spec = subscriptionInput();
    spec.key = m_config.subscriptionKey;
    spec.label = tr("Subscription ID");
    spec.help = tr("The subscription of your tenant where the resource providers are registered.");
    return {spec};
}

QList<roles::Requirement> RegistrationStep::requirements() const
{
    QList<roles::Requirement> needs;
    for (const QString &provider : m_config.providers)
        needs << roles::Requirement::azure(
            provider + QStringLiteral("/register/action"), {m_config.subscriptionKey},
            tr("Contributor or Owner on the subscription (registers %1)").arg(provider),
            tr("an Owner of the subscription"));
    return needs;
}

namespace {

/// Where a registration stands: done, under way, or not started (a registration to send).
enum class Registration { Registered, Underway, NotStarted };

Registration registrationOf(const QString &state)
{
    if (state.compare(QLatin1StringView("Registered"), Qt::CaseInsensitive) == 0)
        return Registration::Registered;
    if (state.compare(QLatin1StringView("Registering"), Qt::CaseInsensitive) == 0
        || state.compare(QLatin1StringView("Pending"), Qt::CaseInsensitive) == 0)
        return Registration::Underway;
    return Registration::NotStarted;
}

} // namespace

void RegistrationStep::read(StepRun &run, std::function<void(const Status &)> done) const
{
    struct Reading
    {
        Status status;
        int outstanding = 0;
        bool failed = false;
    };
    const auto subscription
        = SubscriptionId::parse(run.value(m_config.subscriptionKey)).value_or(SubscriptionId());
    auto reading = std::make_shared<Reading>();
    reading->outstanding = int(m_config.providers.size() + m_config.features.size());
    auto finishOne = [&run, reading, done](const http::ServiceError &error) {
        if (reading->failed)
            return;
        if (error.isError()) {
            reading->failed = true;
            run.failed(error);
            return;
        }
        if (--reading->outstanding == 0)
            done(reading->status);
    };
    services::ArmClient &arm = run.arm(m_config.side);
    for (const Feature &feature : m_config.features) {
        arm.getFeature(subscription, feature.providerNamespace, feature.name, &run,
                       [reading, feature, finishOne](const services::Reply<services::PreviewFeature> &reply) {
                           if (reply.ok()) {
                               const Registration r = registrationOf(reply.value->state);
                               if (r == Registration::NotStarted)
                                   reading->status.unregisteredFeatures << feature;
                               else if (r == Registration::Underway)
                                   reading->status.featuresUnderway
                                       << QStringLiteral("%1/%2 (%3)")
                                              .arg(feature.providerNamespace, feature.name,
                                                   reply.value->state);
                           }
                           finishOne(reply.error);
                       });
    }
    for (const QString &provider : m_config.providers) {
        arm.getProvider(
            subscription, provider, &run,
            [reading, provider, finishOne](const services::Reply<services::ResourceProvider> &reply) {
                if (reply.ok()) {
                    const Registration r = registrationOf(reply.value->registrationState);
                    if (r == Registration::NotStarted)
                        reading->status.unregisteredProviders << provider;
                    else if (r == Registration::Underway)
                        reading->status.providersUnderway
                            << QStringLiteral("%1 (%2)").arg(provider, reply.value->registrationState);
                }
                finishOne(reply.error);
            });
    }
}

void RegistrationStep::check(StepRun &run) const
{
    read(run, [&run](const Status &status) { run.checked(status.done()); });
}

Plan RegistrationStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const QString subscription = valueOr(values, m_config.subscriptionKey);
    for (const Feature &feature : m_config.features) {
        PlannedCall call;
        call.method = "POST";
        call.url = armUrl(
            profile,
            QStringLiteral("/subscriptions/%1/providers/Microsoft.Features/providers/%2/features/%3/register")
                .arg(subscription, feature.providerNamespace, feature.name),
            QStringLiteral("Microsoft.Features/features"));
        call.why = tr("Register the preview feature %1/%2 (only if it is not registered yet).")
                       .arg(feature.providerNamespace, feature.name);
        plan.calls << call;
    }
    for (const QString &provider : m_config.providers) {
        PlannedCall call;
        call.method = "POST";
        call.url = armUrl(
            profile, QStringLiteral("/subscriptions/%1/providers/%2/register").arg(subscription, provider),
            QStringLiteral("Microsoft.Resources/providers"));
        call.why
            = tr("Register the resource provider %1 (only if it is not registered yet, or again after one "
                 "of its features).")
                  .arg(provider);
        plan.calls << call;
    }
    plan.notes << tr("Then waits until Azure reports everything Registered: minutes for a provider, up to "
                     "hours for a preview feature. The wizard can be closed meanwhile; it continues waiting "
                     "when the track is run again.");
    return plan;
}

void RegistrationStep::apply(StepRun &run) const
{
    auto *backoff = new Backoff(run, pacing());
    read(run, [this, &run, backoff](const Status &status) {
        QStringList providers = status.unregisteredProviders;
        for (const Feature &feature : status.unregisteredFeatures) {
            // A provider picks up a new feature when it is registered again afterwards.
            if (!providers.contains(feature.providerNamespace, Qt::CaseInsensitive))
                providers << feature.providerNamespace;
        }
        registerNext(run, status.unregisteredFeatures, providers, backoff);
    });
}

void RegistrationStep::registerNext(StepRun &run, QList<Feature> features, QStringList providers,
                                    Backoff *backoff) const
{
    const auto subscription
        = SubscriptionId::parse(run.value(m_config.subscriptionKey)).value_or(SubscriptionId());
    if (!features.isEmpty()) {
        const Feature feature = features.takeFirst();
        run.arm(m_config.side)
            .registerFeature(subscription, feature.providerNamespace, feature.name, &run,
                             [this, &run, features, providers,
                              backoff](const services::Reply<services::PreviewFeature> &reply) {
                                 if (!reply.ok()) {
                                     run.failed(reply.error);
                                     return;
                                 }
                                 registerNext(run, features, providers, backoff);
                             });
        return;
    }
    // Providers of freshly registered features are registered once their features are.
    poll(run, providers, backoff);
}

void RegistrationStep::poll(StepRun &run, QStringList providers, Backoff *backoff) const
{
    read(run, [this, &run, providers, backoff](const Status &status) mutable {
        if (status.featuresDone() && !providers.isEmpty()) {
            const auto subscription
                = SubscriptionId::parse(run.value(m_config.subscriptionKey)).value_or(SubscriptionId());
            const QString provider = providers.takeFirst();
            run.arm(m_config.side)
                .registerProvider(subscription, provider, &run,
                                  [this, &run, providers,
                                   backoff](const services::Reply<services::ResourceProvider> &reply) {
                                      if (!reply.ok()) {
                                          run.failed(reply.error);
                                          return;
                                      }
                                      poll(run, providers, backoff);
                                  });
            return;
        }
        if (status.done() && providers.isEmpty()) {
            run.succeeded();
            return;
        }
        const QStringList waiting
            = status.featuresUnderway + status.providersUnderway + status.unregisteredProviders;
        if (backoff->elapsed() >= pacing().registrationTimeout) {
            run.failed(error(QStringLiteral("RegistrationTimedOut"),
                             tr("Azure still reports %1 after %2 minutes. Registration of a preview feature "
                                "can take hours; run the track again later to keep waiting.")
                                 .arg(waiting.join(QStringLiteral(", ")),
                                      QString::number(backoff->elapsed().count() / 60000))));
            return;
        }
        run.progress(tr("Waiting for Azure to register %1: a provider takes minutes, a preview feature up to "
                        "hours. Looking again in %2 s.")
                         .arg(waiting.join(QStringLiteral(", ")), secondsText(backoff->upcoming())));
        backoff->wait([this, &run, providers, backoff] { poll(run, providers, backoff); });
    });
}

// ---- AppRegistrationStep --------------------------------------------------------------------------

AppRegistrationStep::AppRegistrationStep(QString number, QUrl docsUrl, const Pacing &pacing)
    : IsvStep(pacing)
    , m_number(std::move(number))
    , m_docsUrl(std::move(docsUrl))
{
}

workflow::Step::Info AppRegistrationStep::info() const
{
    return {QStringLiteral("app-registration"),
            m_number,
            tr("Register the multi-tenant application"),
            Side::Isv,
            tr("Application Developer or Application Administrator in the ISV tenant"),
            {},
            {key::AppId, key::AppObjectId, key::IsvTenantId},
            tr("Registers a multi-tenant application in your Microsoft Entra ID tenant, open to accounts in "
               "any organizational directory. The customer installs this application in their tenant and "
               "grants it their key, so its application (client) ID is how Azure reaches the key across "
               "tenants."),
            m_docsUrl};
}

QList<InputSpec> AppRegistrationStep::inputs() const
{
    return {
        {key::AppDisplayName, tr("Application name"),
         tr("The name customers see when they consent and grant access, for example your product's name."),
         true,
         [](const QString &value) -> std::optional<ParseError> {
             if (value.trimmed().size() <= 256 && !value.contains(u'\n'))
                 return std::nullopt;
             return ParseError {ParseErrorCategory::TooLong,
                                tr("The application name must be one line of at most 256 characters.")};
         }},
        {key::AppId, tr("Existing application (client) ID"),
         tr("Leave empty to register a new application; give the ID of an application this track registered "
            "before to use it again."),
         false, parsedBy([](const QString &v, ParseError *e) { return AppId::parse(v, e); })},
        {key::IsvTenantId, tr("ISV tenant ID"),
         tr("Leave empty to use the tenant you signed in to; if given, it must be that tenant."), false,
         parsedBy([](const QString &v, ParseError *e) { return TenantId::parse(v, e); })},
    };
}

void AppRegistrationStep::preflight(StepRun &run) const
{
    const QString given = run.value(key::IsvTenantId);
    const QString signedIn = run.identity(Side::Isv).tenantId;
    QTimer::singleShot(0, &run, [&run, given, signedIn] {
        if (!given.isEmpty() && given.compare(signedIn, Qt::CaseInsensitive) != 0)
            run.failed(
                error(QStringLiteral("WrongTenant"),
                      tr("You are signed in to tenant %1, but the run is for the ISV tenant %2; sign in "
                         "with an account of %2.")
                          .arg(signedIn, given)));
        else
            run.succeeded();
    });
}

void AppRegistrationStep::check(StepRun &run) const
{
    if (run.value(key::AppId).isEmpty()) {
        QTimer::singleShot(0, &run, [&run] { run.checked(false); });
        return;
    }
    find(run, nullptr);
}

void AppRegistrationStep::verify(StepRun &run) const
{
    find(run, new Backoff(run, pacing()));
}

void AppRegistrationStep::find(StepRun &run, Backoff *backoff) const
{
    const auto appId = AppId::parse(run.value(key::AppId)).value_or(AppId());
    run.graph(Side::Isv).findApplication(
        appId, &run,
        [this, &run, backoff,
         appId](const services::Reply<std::optional<services::GraphApplication>> &reply) {
            const QString tenant = run.identity(Side::Isv).tenantId;
            if (!reply.ok()) {
                run.failed(reply.error);
                return;
            }
            if (!reply.value->has_value()) {
                if (backoff && backoff->waits() < pacing().propagationAttempts) {
                    run.progress(tr("The new application is not visible in Microsoft Graph yet; a new object "
                                    "takes a moment to replicate. Looking again in %1 s.")
                                     .arg(secondsText(backoff->upcoming())));
                    backoff->wait([this, &run, backoff] { find(run, backoff); });
                    return;
                }
                run.failed(
                    error(QStringLiteral("ApplicationNotFound"),
                          tr("No application with the application (client) ID %1 is registered in tenant "
                             "%2. If it was deleted, clear app.appId to register a new application; the "
                             "customer must then consent to the new one.")
                              .arg(appId.toString(), tenant)));
                return;
            }
            const services::GraphApplication &app = **reply.value;
            if (!app.isMultiTenant()) {
                run.failed(
                    error(QStringLiteral("ApplicationNotMultiTenant"),
                          tr("The application %1 (%2) accepts accounts of its own tenant only. In Entra ID → "
                             "App registrations → Authentication, choose \"Accounts in any "
                             "organizational directory\", then run the track again.")
                              .arg(app.displayName, app.appId.toString())));
                return;
            }
            run.checked(true,
                        {{key::AppId, app.appId.toString()},
                         {key::AppObjectId, app.id.toString()},
                         {key::IsvTenantId, tenant}});
        });
}

Plan AppRegistrationStep::plan(const Values &values, const CloudProfile &profile) const
{
    PlannedCall call;
    call.service = http::ServiceKind::Graph;
    call.method = "POST";
    call.url = graphUrl(profile, QStringLiteral("/applications"));
    call.body = json::Json {{"displayName", values.value(key::AppDisplayName).trimmed().toStdString()},
                            {"signInAudience", "AzureADMultipleOrgs"}}
                    .dump()
                    .c_str();
    call.why
        = tr("Register the application customers install in their tenant (any organizational directory).");
    Plan plan;
    plan.calls << call;
    plan.notes << tr(
        "The application's ID is kept in the run; later runs find the application by it and never "
        "register a second one.");
    plan.notes << tr("Without an application ID it first looks for applications of the same name, and stops "
                     "rather than register a second one.");
    return plan;
}

void AppRegistrationStep::apply(StepRun &run) const
{
    // No application ID given: make sure this does not register a second application of the same
    // name (a create whose answer was lost, a run started again from scratch). The name only
    // warns here; the application is always taken by its ID.
    const QString name = run.value(key::AppDisplayName).trimmed();
    run.graph(Side::Isv).applicationsNamed(
        name, &run, [this, &run, name](const services::Reply<QList<services::GraphApplication>> &found) {
            if (!found.ok()) {
                run.failed(found.error);
                return;
            }
            if (!found.value->isEmpty()) {
                QStringList ids;
                for (const services::GraphApplication &app : *found.value)
                    ids << app.appId.toString();
                run.failed(
                    error(QStringLiteral("ApplicationNameTaken"),
                          tr("The ISV tenant already has an application named \"%1\" (application ID %2). "
                             "To use it, give its ID as app.appId and run the track again; to register "
                             "another one, choose another name.")
                              .arg(name, ids.join(QStringLiteral(", ")))));
                return;
            }
            create(run);
        });
}

void AppRegistrationStep::create(StepRun &run) const
{
    // Recorded before the create goes out: if the run stops before the answer comes back, the next
    // run knows an application may exist without its ID (resume()).
    http::OperationState pending;
    pending.service = http::ServiceKind::Graph;
    pending.method = "POST";
    pending.resourceUrl = graphUrl(run.profile(), QStringLiteral("/applications"));
    pending.pollUrl = pending.resourceUrl; // where the outcome can be looked up; there is no LRO
    pending.operation = QStringLiteral("create application");
    pending.tenantId = run.identity(Side::Isv).tenantId;
    pending.startedAt = QDateTime::currentDateTimeUtc();
    pending.lastStatus = run.value(key::AppDisplayName).trimmed();
    run.saveOperation(pending);
    run.progress(tr("Registering the application \"%1\"…").arg(pending.lastStatus));
    run.graph(Side::Isv).createApplication(run.value(key::AppDisplayName), {}, &run,
                                           [&run](const services::Reply<services::GraphApplication> &reply) {
                                               if (!reply.ok()) {
                                                   run.failed(reply.error);
                                                   return;
                                               }
                                               run.succeeded(
                                                   {{key::AppId, reply.value->appId.toString()},
                                                    {key::AppObjectId, reply.value->id.toString()},
                                                    {key::IsvTenantId, run.identity(Side::Isv).tenantId}});
                                           });
}

void AppRegistrationStep::resume(StepRun &run, const http::OperationState &operation) const
{
    QTimer::singleShot(0, &run, [&run, operation] {
        run.failed(error(
            QStringLiteral("ApplicationCreateInterrupted"),
            tr("The last run stopped while Entra ID was registering the application \"%1\" (%2), so its "
               "application ID was not recorded. Look in Entra ID → App registrations: if it is there, enter "
               "its "
               "application (client) ID as app.appId and run the track again; if it is not, run the track "
               "again "
               "to register it.")
                .arg(operation.lastStatus, operation.startedAt.toString(Qt::ISODate))));
    });
}

// ---- ManagedIdentityStep --------------------------------------------------------------------------

namespace {

ResourceId identityId(const Values &values)
{
    return IsvStep::isvResource(values, u"Microsoft.ManagedIdentity", u"userAssignedIdentities",
                                values.value(key::IdentityName));
}

Values identityOutputs(const services::UserAssignedIdentity &identity)
{
    return {{key::IdentityId, identity.id.toString()},
            {key::IdentityPrincipalId, identity.principalId.toString()},
            {key::IdentityClientId, identity.clientId.toString()}};
}

bool notFound(const http::ServiceError &error)
{
    return error.httpStatus == 404;
}

} // namespace

ManagedIdentityStep::ManagedIdentityStep(QString number, QUrl docsUrl, const Pacing &pacing)
    : IsvStep(pacing)
    , m_number(std::move(number))
    , m_docsUrl(std::move(docsUrl))
{
}

workflow::Step::Info ManagedIdentityStep::info() const
{
    return {QStringLiteral("managed-identity"),
            m_number,
            tr("Create the user-assigned managed identity"),
            Side::Isv,
            tr("Managed Identity Contributor on the resource group"),
            {},
            {key::IdentityId, key::IdentityPrincipalId, key::IdentityClientId},
            tr("Creates a user-assigned managed identity in your resource group and records its principal "
               "and client IDs. The encrypted resource uses this identity, and through the federated "
               "credential the identity acts as the multi-tenant application towards the customer's key."),
            m_docsUrl};
}

QList<InputSpec> ManagedIdentityStep::inputs() const
{
    return {subscriptionInput(),
            resourceGroupInput(),
            regionInput(),
            {key::IdentityName, tr("Managed identity name"),
             tr("The name of the user-assigned managed identity the encrypted resources use, for example "
                "uami-cmk-contoso."),
             true,
             namedBy(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_-]{2,127}"),
                     tr("%1 cannot name a managed identity: use 3-128 letters, digits, '-' and '_', starting "
                        "with a letter or digit."))}};
}

void ManagedIdentityStep::check(StepRun &run) const
{
    read(run, nullptr);
}

void ManagedIdentityStep::verify(StepRun &run) const
{
    read(run, new Backoff(run, pacing()));
}

void ManagedIdentityStep::read(StepRun &run, Backoff *backoff) const
{
    run.arm(Side::Isv).getIdentity(
        identityId(run.values()), &run,
        [this, &run, backoff](const services::Reply<services::UserAssignedIdentity> &reply) {
            if (reply.ok() && !reply.value->principalId.isNull()) {
                run.checked(true, identityOutputs(*reply.value));
                return;
            }
            if (reply.ok() || notFound(reply.error)) {
                if (backoff && backoff->waits() < pacing().propagationAttempts) {
                    backoff->wait([this, &run, backoff] { read(run, backoff); });
                    return;
                }
                run.checked(false);
                return;
            }
            run.failed(reply.error);
        });
}

Plan ManagedIdentityStep::plan(const Values &values, const CloudProfile &profile) const
{
    const ResourceId id = identityId(values);
    PlannedCall call;
    call.method = "PUT";
    call.url = armUrl(profile, id.isValid() ? id.toString() : placeholder(key::IdentityId),
                      QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"));
    call.body = json::Json {{"location", regionName(values.value(key::Region)).toStdString()}}.dump().c_str();
    call.why = tr("Create the user-assigned managed identity %1; its principal ID becomes the federated "
                  "credential's subject.")
                   .arg(values.value(key::IdentityName));
    Plan plan;
    plan.calls << call;
    return plan;
}

void ManagedIdentityStep::apply(StepRun &run) const
{
    services::UserAssignedIdentity identity;
    identity.id = identityId(run.values());
    identity.location = run.value(key::Region);
    run.arm(Side::Isv).createOrUpdateIdentity(
        identity, &run, [&run](const services::Reply<services::UserAssignedIdentity> &reply) {
            if (!reply.ok()) {
                run.failed(reply.error);
                return;
            }
            run.succeeded(identityOutputs(*reply.value));
        });
}

// ---- FederatedCredentialStep ----------------------------------------------------------------------

FederatedCredentialStep::FederatedCredentialStep(QString number, QUrl docsUrl, const Pacing &pacing)
    : IsvStep(pacing)
    , m_number(std::move(number))
    , m_docsUrl(std::move(docsUrl))
{
}

workflow::Step::Info FederatedCredentialStep::info() const
{
    return {
        QStringLiteral("federated-credential"),
        m_number,
        tr("Add the federated credential (Customer Managed Keys)"),
        Side::Isv,
        tr("Owner of the application, or Application Administrator"),
        {QStringLiteral("app-registration"), QStringLiteral("managed-identity")},
        {key::FederatedCredentialName},
        tr("Adds a federated credential for the Customer Managed Keys scenario to the application: issued by "
           "your tenant for the managed identity's principal ID, with the token exchange as audience. The "
           "identity can then sign in as the application without a client secret, so there is no secret to "
           "store or rotate."),
        m_docsUrl};
}

QList<InputSpec> FederatedCredentialStep::inputs() const
{
    return {
        {key::FederatedCredentialName, tr("Federated credential name"),
         tr("Leave empty for cmk-{identity name}. Unique on the application; it cannot be renamed later."),
         false,
         namedBy(QStringLiteral("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,119}"),
                 tr("%1 cannot name a federated credential: use 1-120 letters, digits, '-', '_' and '.', "
                    "not starting with '.'."))}};
}

services::FederatedCredentialSpec FederatedCredentialStep::expected(const Values &values,
                                                                    const CloudProfile &profile)
{
    QString name = values.value(key::FederatedCredentialName);
    if (name.isEmpty())
        name = QString(QStringLiteral("cmk-") + values.value(key::IdentityName)).left(120);
    const auto tenant = TenantId::parse(values.value(key::IsvTenantId));
    const auto principal = ObjectId::parse(values.value(key::IdentityPrincipalId));
    if (tenant && principal)
        return services::FederatedCredentialSpec::forManagedIdentity(profile, *tenant, *principal, name);
    services::FederatedCredentialSpec spec;
    spec.name = name;
    spec.issuer = profile.authority(valueOr(values, key::IsvTenantId)) + QStringLiteral("/v2.0");
    spec.subject = valueOr(values, key::IdentityPrincipalId);
    spec.audience = profile.federatedCredentialAudience;
    return spec;
}

QStringList FederatedCredentialStep::lint(const services::FederatedCredentialSpec &wanted,
                                          const QString &issuer, const QString &subject,
                                          const QStringList &audiences)
{
    QStringList problems;
    if (issuer != wanted.issuer)
        problems << tr("The issuer is %1; it must be exactly %2, the ISV tenant's v2.0 issuer.")
                        .arg(quotedInput(issuer), wanted.issuer);
    if (subject != wanted.subject) {
        if (subject.compare(wanted.subject, Qt::CaseInsensitive) == 0)
            problems << tr("The subject %1 differs from the identity's principal ID %2 in letter case only; "
                           "Entra ID compares it exactly.")
                            .arg(quotedInput(subject), wanted.subject);
        else
            problems
                << tr("The subject is %1; it must be the managed identity's principal ID %2 (not its client "
                      "ID or resource ID).")
                       .arg(quotedInput(subject), wanted.subject);
    }
    if (audiences != QStringList {wanted.audience})
        problems << tr("The audiences are %1; there must be exactly one, %2.")
                        .arg(quotedInput(audiences.join(QStringLiteral(", "))), wanted.audience);
    return problems;
}

namespace {

/// What is wrong with the credential the scenario calls for before it is sent (a cloud profile
/// with an odd authority or no audience would make one Entra ID never matches).
QStringList lintExpected(const services::FederatedCredentialSpec &wanted, const Values &values)
{
    QStringList problems;
    const QUrl issuer(wanted.issuer, QUrl::StrictMode);
    const QString tenantPath = u'/' + values.value(key::IsvTenantId) + QStringLiteral("/v2.0");
    if (!issuer.isValid() || issuer.scheme() != QLatin1StringView("https")
        || !issuer.path().endsWith(tenantPath) || issuer.path().contains(QLatin1StringView("//"))
        || issuer.path().count(u'/') != 2)
        problems << FederatedCredentialStep::tr(
                        "The issuer %1 is not {authority}/{ISV tenant}/v2.0; check the "
                        "cloud profile's authority host.")
                        .arg(quotedInput(wanted.issuer));
    const auto principal = ObjectId::parse(wanted.subject);
    if (!principal || principal->toString() != wanted.subject)
        problems << FederatedCredentialStep::tr("The subject %1 is not the identity's principal ID as Azure "
                                                "reports it (a lower-case GUID).")
                        .arg(quotedInput(wanted.subject));
    if (wanted.audience.isEmpty())
        problems << FederatedCredentialStep::tr(
            "The cloud profile names no token-exchange audience "
            "(federatedCredentialAudience), such as api://AzureADTokenExchange.");
    return problems;
}

} // namespace

void FederatedCredentialStep::check(StepRun &run) const
{
    inspect(run, false, nullptr);
}

void FederatedCredentialStep::verify(StepRun &run) const
{
    inspect(run, true, new Backoff(run, pacing()));
}

void FederatedCredentialStep::inspect(StepRun &run, bool verifying, Backoff *backoff) const
{
    const auto application = ObjectId::parse(run.value(key::AppObjectId)).value_or(ObjectId());
    run.graph(Side::Isv).federatedCredentials(
        application, &run,
        [this, &run, verifying, backoff](const services::Reply<QList<services::FederatedCredential>> &reply) {
            if (!reply.ok()) {
                if (backoff && mayBePropagation(reply.error)
                    && backoff->waits() < pacing().propagationAttempts) {
                    backoff->wait([this, &run, verifying, backoff] { inspect(run, verifying, backoff); });
                    return;
                }
                run.failed(reply.error);
                return;
            }
            const services::FederatedCredentialSpec wanted = expected(run.values(), run.profile());
            if (const QStringList before = lintExpected(wanted, run.values()); !before.isEmpty()) {
                run.failed(error(QStringLiteral("FederatedCredentialInvalid"), before.join(u'\n')));
                return;
            }
            const services::FederatedCredential *named = nullptr;
            const services::FederatedCredential *conflicting = nullptr;
            for (const services::FederatedCredential &c : *reply.value) {
                if (lint(wanted, c.issuer, c.subject, c.audiences).isEmpty()) {
                    run.checked(true, {{key::FederatedCredentialName, c.name}});
                    return;
                }
                if (c.name == wanted.name)
                    named = &c;
                else if (c.issuer == wanted.issuer && c.subject == wanted.subject)
                    conflicting = &c;
            }
            if (verifying) {
                const QString found = named
                    ? lint(wanted, named->issuer, named->subject, named->audiences).join(QLatin1Char(' '))
                    : tr("it is not there.");
                run.failed(error(QStringLiteral("FederatedCredentialMismatch"),
                                 tr("The federated credential %1 was written, but reading it back: %2")
                                     .arg(wanted.name, found)));
                return;
            }
            if (conflicting) {
                run.failed(error(
                    QStringLiteral("FederatedCredentialConflict"),
                    tr("The application's credential %1 already uses this issuer and subject, but %2 Fix or "
                       "delete it (Entra ID → App registrations → Certificates & secrets → Federated "
                       "credentials), then run the track again.")
                        .arg(conflicting->name,
                             lint(wanted, conflicting->issuer, conflicting->subject, conflicting->audiences)
                                 .join(QLatin1Char(' ')))));
                return;
            }
            if (!named && reply.value->size() >= 20) {
                run.failed(error(QStringLiteral("FederatedCredentialLimit"),
                                 tr("The application already has 20 federated credentials, the most Entra ID "
                                    "allows; delete one it no longer needs, then run the track again.")));
                return;
            }
            if (named)
                run.progress(
                    tr("The federated credential %1 exists but is not right; it will be corrected: %2")
                        .arg(named->name,
                             lint(wanted, named->issuer, named->subject, named->audiences)
                                 .join(QLatin1Char(' '))));
            run.checked(false);
        });
}

Plan FederatedCredentialStep::plan(const Values &values, const CloudProfile &profile) const
{
    const services::FederatedCredentialSpec spec = expected(values, profile);
    PlannedCall call;
    call.service = http::ServiceKind::Graph;
    call.method = "PATCH";
    call.url = graphUrl(profile,
                        QStringLiteral("/applications/%1/federatedIdentityCredentials(name='%2')")
                            .arg(valueOr(values, key::AppObjectId), spec.name));
    call.body = json::Json {{"issuer", spec.issuer.toStdString()},
                            {"subject", spec.subject.toStdString()},
                            {"audiences", json::Json::array({spec.audience.toStdString()})}}
                    .dump()
                    .c_str();
    call.why = tr("Let the managed identity act as the application (Prefer: create-if-missing: created, or "
                  "corrected when it exists).");
    Plan plan;
    plan.calls << call;
    plan.notes << placeholdersNote();
    return plan;
}

void FederatedCredentialStep::apply(StepRun &run) const
{
    write(run, new Backoff(run, pacing()));
}

void FederatedCredentialStep::write(StepRun &run, Backoff *backoff) const
{
    const services::FederatedCredentialSpec wanted = expected(run.values(), run.profile());
    if (const QStringList before = lintExpected(wanted, run.values()); !before.isEmpty()) {
        QTimer::singleShot(0, &run, [&run, before] {
            run.failed(error(QStringLiteral("FederatedCredentialInvalid"), before.join(u'\n')));
        });
        return;
    }
    const auto application = ObjectId::parse(run.value(key::AppObjectId)).value_or(ObjectId());
    run.graph(Side::Isv).upsertFederatedCredential(
        application, wanted, &run,
        [this, &run, wanted, backoff](const services::Reply<services::FederatedCredential> &reply) {
            if (!reply.ok()) {
                if (mayBePropagation(reply.error) && backoff->waits() < pacing().propagationAttempts) {
                    run.progress(tr("The application is not visible to Microsoft Graph yet (%1); new objects "
                                    "take a moment to replicate. Trying again in %2 s.")
                                     .arg(reply.error.code, secondsText(backoff->upcoming())));
                    backoff->wait([this, &run, backoff] { write(run, backoff); });
                    return;
                }
                run.failed(reply.error);
                return;
            }
            const QStringList after
                = lint(wanted, reply.value->issuer, reply.value->subject, reply.value->audiences);
            if (!after.isEmpty()) {
                run.failed(error(QStringLiteral("FederatedCredentialMismatch"),
                                 tr("Entra ID stored the federated credential %1 differently: %2")
                                     .arg(wanted.name, after.join(QLatin1Char(' ')))));
                return;
            }
            run.succeeded({{key::FederatedCredentialName, reply.value->name}});
        });
}

// ---- HandoffStep ----------------------------------------------------------------------------------

HandoffStep::HandoffStep(Options options, const Pacing &pacing)
    : IsvStep(pacing)
    , m_options(std::move(options))
{
}

workflow::Step::Info HandoffStep::info() const
{
    return {QStringLiteral("handoff"),
            m_options.number,
            tr("Hand off to the customer"),
            Side::Isv,
            tr("ISV onboarding engineer"),
            {QStringLiteral("app-registration"), QStringLiteral("federated-credential")},
            {key::AdminConsentUrl, key::CustomerTenantId, key::VaultId, key::KeyUrl},
            m_options.privateEndpoint
                ? tr("Writes the hand-off file for the customer: your tenant, the application ID, the "
                     "admin-consent link, what to grant and the private endpoint they will approve. The run "
                     "waits here until the customer's reply names their key vault and key URL; run the "
                     "track again with that file to continue.")
                : tr("Writes the hand-off file for the customer: your tenant, the application ID, the "
                     "admin-consent link and what to grant. The run waits here until the customer's reply "
                     "names a versioned key URL in a key vault of this region; run the track again with "
                     "that file to continue."),
            m_options.docsUrl};
}

namespace {

std::optional<workflow::Handoff> readReply(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem
            = HandoffStep::tr("The customer's hand-off %1 cannot be read: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QString error;
    auto handoff = workflow::Handoff::fromJson(file.read(256 * 1024),
                                               workflow::Handoff::Direction::CustomerToIsv, &error);
    if (!handoff)
        *problem
            = HandoffStep::tr("The customer's hand-off %1: %2").arg(QDir::toNativeSeparators(path), error);
    return handoff;
}

} // namespace

QList<InputSpec> HandoffStep::inputs() const
{
    const bool versioned = m_options.versionedKey;
    return {
        {key::HandoffOut, tr("Hand-off file for the customer"),
         tr("Where to write the file the customer's key vault administrator needs (optional)."), false,
         [](const QString &value) -> std::optional<ParseError> {
             const QFileInfo info(value);
             if (info.dir().exists() && !info.isDir())
                 return std::nullopt;
             return ParseError {ParseErrorCategory::FileError,
                                tr("The hand-off cannot be written to %1: its folder does not exist.")
                                    .arg(QDir::toNativeSeparators(value))};
         }},
        {key::HandoffIn, tr("The customer's hand-off file"),
         tr("The file the customer sent back, with their tenant, key and vault. Leave empty until it "
            "arrives."),
         false,
         [](const QString &value) -> std::optional<ParseError> {
             QString problem;
             if (readReply(value, &problem))
                 return std::nullopt;
             return ParseError {ParseErrorCategory::FileError, problem};
         }},
        {key::CustomerTenantId, tr("Customer tenant ID"),
         tr("The customer's tenant, where the key is; usually taken from their hand-off file."), false,
         parsedBy([](const QString &v, ParseError *e) { return TenantId::parse(v, e); })},
        {key::VaultId, tr("Customer key vault"),
         tr("The resource ID of the customer's key vault; usually taken from their hand-off file."), false,
         [](const QString &value) -> std::optional<ParseError> {
             ParseError error;
             const auto id = ResourceId::parse(value, &error);
             if (!id)
                 return error;
             if (id->resourceType().compare(QLatin1StringView("Microsoft.KeyVault/vaults"),
                                            Qt::CaseInsensitive)
                 != 0)
                 return ParseError {
                     ParseErrorCategory::InvalidResourceType,
                     tr("%1 is a %2, not a key vault; paste the vault's resource ID (Properties "
                        "of the key vault).")
                         .arg(quotedInput(value), id->resourceType())};
             return std::nullopt;
         }},
        {key::KeyUrl, tr("Customer key"),
         tr("The key identifier (with its version) from the customer; usually taken from their hand-off "
            "file."),
         false,
         [versioned](const QString &value) -> std::optional<ParseError> {
             ParseError error;
             const auto keyId = KeyIdentifier::parse(value, &error);
             if (!keyId)
                 return error;
             if (versioned && !keyId->isVersioned())
                 return ParseError {ParseErrorCategory::InvalidVersion,
                                    tr("The key %1 has no version; a disk encryption set needs the key "
                                       "identifier of a version (it ends with 32 hexadecimal digits).")
                                        .arg(quotedInput(value))};
             return std::nullopt;
         }},
    };
}

QStringList HandoffStep::localProblems(const Values &values, const CloudProfile &profile,
                                       const auth::SignedInIdentity &isv) const
{
    QStringList problems;
    if (const auto keyId = KeyIdentifier::parse(values.value(key::KeyUrl))) {
        ParseError error;
        if (!keyId->belongsTo(profile, &error))
            problems << error.message;
        if (m_options.versionedKey && !keyId->isVersioned())
            problems << tr("The key %1 has no version; a disk encryption set needs the key identifier of a "
                           "version.")
                            .arg(keyId->toString());
        const auto vault = ResourceId::parse(values.value(key::VaultId));
        if (vault && !keyId->vaultName().isEmpty()
            && keyId->vaultName().compare(vault->name(), Qt::CaseInsensitive) != 0)
            problems << tr("The key %1 is in the vault %2, but the vault's resource ID names %3.")
                            .arg(keyId->toString(), keyId->vaultName(), vault->name());
    }
    const QString customer = values.value(key::CustomerTenantId);
    if (!customer.isEmpty() && customer.compare(isv.tenantId, Qt::CaseInsensitive) == 0)
        problems
            << tr("The customer's tenant %1 is your own tenant. A cross-tenant key lives in the customer's "
                  "tenant; for a key in your own tenant, follow the single-tenant how-to.")
                   .arg(customer);
    return problems;
}

QStringList HandoffStep::replyProblems(const workflow::Handoff &reply, const Values &values,
                                       const CloudProfile &profile, const auth::SignedInIdentity &isv) const
{
    Values merged = values;
    for (QLatin1StringView k : ReplyKeys)
        merged.insert(k, reply.values.value(k));
    QStringList problems = localProblems(merged, profile, isv);
    for (QLatin1StringView k : ReplyKeys) {
        const QString given = values.value(k);
        if (!given.isEmpty() && given.compare(reply.values.value(k), Qt::CaseInsensitive) != 0)
            //: %1 value key, %2 and %3 its values
            problems << tr("The customer's hand-off gives %1 as %2, but the run already has %3; remove one "
                           "of them.")
                            .arg(k, reply.values.value(k), given);
    }
    const auto theirs = Region::parse(reply.values.value(key::Region));
    const auto ours = Region::parse(values.value(key::Region));
    if (m_options.sameRegion && theirs && ours && *theirs != *ours)
        //: %1 and %2 are regions
        problems
            << tr("The customer's key vault is in %1, but the disk encryption set would be in %2: a disk "
                  "encryption set must be in its key vault's region. Set the region to %1, or ask the "
                  "customer for a vault in %2.")
                   .arg(theirs->displayName(), ours->displayName());
    return problems;
}

void HandoffStep::preflight(StepRun &run) const
{
    QStringList problems = localProblems(run.values(), run.profile(), run.identity(Side::Isv));
    if (const QString in = run.value(key::HandoffIn); !in.isEmpty()) {
        QString problem;
        if (const auto reply = readReply(in, &problem))
            problems << replyProblems(*reply, run.values(), run.profile(), run.identity(Side::Isv));
    }
    problems.removeDuplicates();
    QTimer::singleShot(0, &run, [&run, problems] {
        if (problems.isEmpty())
            run.succeeded();
        else
            run.failed(error(QStringLiteral("HandoffNotUsable"), problems.join(u'\n')));
    });
}

bool HandoffStep::hasReply(const Values &values) const
{
    return std::all_of(std::begin(ReplyKeys), std::end(ReplyKeys),
                       [&values](QLatin1StringView k) { return !values.value(k).isEmpty(); });
}

QString HandoffStep::privateEndpointName(const Values &values)
{
    const QString given = values.value(key::PrivateEndpointName);
    if (!given.isEmpty())
        return given;
    return QStringLiteral("pe-%1-cmk").arg(values.value(key::NetAppAccountName).left(56));
}

ResourceId HandoffStep::privateEndpointId(const Values &values)
{
    return isvResource(values, u"Microsoft.Network", u"privateEndpoints", privateEndpointName(values));
}

namespace {

QString adminConsentUrl(const Values &values, const CloudProfile &profile)
{
    const QString tenant = values.value(key::CustomerTenantId);
    return profile.authority(tenant.isEmpty() ? QStringLiteral("organizations") : tenant)
        + QStringLiteral("/adminconsent?client_id=") + values.value(key::AppId);
}

} // namespace

workflow::Handoff HandoffStep::outgoing(const Values &values, const CloudProfile &profile,
                                        const auth::SignedInIdentity &who) const
{
    workflow::Handoff h;
    h.direction = workflow::Handoff::Direction::IsvToCustomer;
    h.createdAt = QDateTime::currentDateTimeUtc();
    h.createdBy = who.userPrincipalName;
    h.message = m_options.privateEndpoint
        ? tr("Please install our application, create the key, grant the application Key Vault Crypto Service "
             "Encryption User on it, and send us your hand-off file. Then approve the private endpoint named "
             "here on your key vault.")
        : tr("Please install our application, create the key, grant the application Key Vault Crypto Service "
             "Encryption User on it, and send us your hand-off file.");
    h.values.insert(key::IsvTenantId, values.value(key::IsvTenantId));
    h.values.insert(key::AppId, values.value(key::AppId));
    h.values.insert(key::AppDisplayName, values.value(key::AppDisplayName).trimmed());
    h.values.insert(key::AdminConsentUrl, adminConsentUrl(values, profile));
    // Azure's role name, the same in every language.
    h.values.insert(key::GrantRole, QStringLiteral("Key Vault Crypto Service Encryption User"));
    if (const auto region = Region::parse(values.value(key::Region)))
        h.values.insert(key::Region, region->name());
    if (m_options.privateEndpoint)
        h.values.insert(key::PrivateEndpointId, privateEndpointId(values).toString());
    return h;
}

void HandoffStep::check(StepRun &run) const
{
    bool done = hasReply(run.values());
    const QString out = run.value(key::HandoffOut);
    if (done && !out.isEmpty()) {
        QFile file(out);
        QString error;
        const auto written = file.open(QIODevice::ReadOnly) ? workflow::Handoff::fromJson(
                                 file.read(256 * 1024), workflow::Handoff::Direction::IsvToCustomer, &error)
                                                            : std::nullopt;
        done = written && written->values.value(key::AppId) == run.value(key::AppId);
    }
    const Values outputs {{key::AdminConsentUrl, adminConsentUrl(run.values(), run.profile())}};
    QTimer::singleShot(0, &run, [&run, done, outputs] { run.checked(done, outputs); });
}

Plan HandoffStep::plan(const Values &values, const CloudProfile &profile) const
{
    Q_UNUSED(profile)
    Plan plan;
    const QString out = values.value(key::HandoffOut);
    plan.notes << (out.isEmpty()
                       ? tr("Prepares the hand-off for the customer: tenant, application, admin-consent "
                            "link and what to grant.")
                       : tr("Writes the hand-off for the customer to %1: tenant, application, "
                            "admin-consent link and what to grant.")
                             .arg(QDir::toNativeSeparators(out)));
    if (m_options.privateEndpoint)
        plan.notes << tr("It names the private endpoint %1, which this track creates next and the customer "
                         "approves.")
                          .arg(HandoffStep::privateEndpointName(values));
    plan.notes << tr("Nothing changes in Azure here. The track continues once the customer's hand-off (their "
                     "tenant, key and vault) is given as handoff.in.");
    return plan;
}

void HandoffStep::apply(StepRun &run) const
{
    const workflow::Handoff handoff = outgoing(run.values(), run.profile(), run.identity(Side::Isv));
    if (const QStringList problems = handoff.problems(); !problems.isEmpty()) {
        QTimer::singleShot(0, &run, [&run, problems] {
            run.failed(error(QStringLiteral("HandoffInvalid"), problems.join(u'\n')));
        });
        return;
    }
    QString failure;
    const QString out = run.value(key::HandoffOut);
    if (!out.isEmpty()) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(handoff.toJson()) < 0 || !file.commit())
            failure = tr("The hand-off could not be written to %1: %2.")
                          .arg(QDir::toNativeSeparators(out), file.errorString());
    }
    Values outputs {{key::AdminConsentUrl, handoff.values.value(key::AdminConsentUrl)}};
    for (QLatin1StringView k : ReplyKeys)
        outputs.insert(k, run.value(k));
    if (failure.isEmpty()) {
        if (const QString in = run.value(key::HandoffIn); !in.isEmpty()) {
            if (const auto reply = readReply(in, &failure)) {
                for (QLatin1StringView k : ReplyKeys)
                    outputs.insert(k, reply->values.value(k));
                QStringList problems
                    = replyProblems(*reply, run.values(), run.profile(), run.identity(Side::Isv));
                problems.removeDuplicates();
                failure = problems.join(u'\n');
            }
        }
    }
    if (failure.isEmpty() && !hasReply(outputs)) {
        const QString file = out.isEmpty() ? tr("the hand-off") : QDir::toNativeSeparators(out);
        failure = m_options.privateEndpoint
            ? tr("Waiting for the customer. Send %1 to the customer's key vault administrator: they install "
                 "the "
                 "application (admin consent: %2), create the key, grant the application access to it and "
                 "send "
                 "back their hand-off file; then they approve the private endpoint this track creates. Run "
                 "the "
                 "track again with their file as handoff.in to continue.")
                  .arg(file, outputs.value(key::AdminConsentUrl))
            : tr("Waiting for the customer. Send %1 to the customer's key vault administrator: they install "
                 "the "
                 "application (admin consent: %2), create the key, grant the application access to it and "
                 "send "
                 "back their hand-off file. Run the track again with their file as handoff.in to continue.")
                  .arg(file, outputs.value(key::AdminConsentUrl));
        QTimer::singleShot(
            0, &run, [&run, failure] { run.failed(error(QStringLiteral("WaitingForCustomer"), failure)); });
        return;
    }
    QTimer::singleShot(0, &run, [&run, failure, outputs] {
        if (failure.isEmpty())
            run.succeeded(outputs);
        else
            run.failed(error(QStringLiteral("HandoffNotUsable"), failure));
    });
}

} // namespace cmk::tracks

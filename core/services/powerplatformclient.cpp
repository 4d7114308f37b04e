#include "services/powerplatformclient.h"

#include "cloud/cloudprofile.h"
#include "services/jsonutil.h"

#include <QRegularExpression>

namespace cmk::services {

namespace {

using namespace json;

// The api-versions Microsoft's own automation uses (powerplatform.md): 2023-06-01 for the
// admin environment routes, 2019-10-01 (the only one seen) for enterprise policy links.
const QString EnvironmentsApiVersion = QStringLiteral("2023-06-01");
const QString LinkApiVersion = QStringLiteral("2019-10-01");
const QString ListExpand = QStringLiteral("properties/billingPolicy,properties/copilotPolicies");
const QString GetExpand
    = QStringLiteral("permissions,properties.capacity,properties/billingPolicy,properties/copilotPolicies");

/// The member at `path` (each key in any casing), or nullptr.
const Json *at(const Json &object, std::initializer_list<std::string_view> path)
{
    const Json *current = &object;
    for (std::string_view key : path) {
        current = memberAnyCase(*current, key);
        if (!current)
            return nullptr;
    }
    return current;
}

QString textAt(const Json &object, std::initializer_list<std::string_view> path)
{
    return text(at(object, path));
}

std::optional<CustomerManagedKeyLink> readLink(const Json &properties)
{
    const Json *cmk = at(properties, {"enterprisePolicies", "customerManagedKeys"});
    if (!cmk || !cmk->is_object())
        return std::nullopt;
    CustomerManagedKeyLink link;
    link.policyResourceId = textAt(*cmk, {"id"});
    link.systemId = textAt(*cmk, {"systemId"});
    link.location = textAt(*cmk, {"location"});
    link.linkStatus = textAt(*cmk, {"linkStatus"});
    if (const Json *percent = at(*cmk, {"encryptionPercentComplete"}); percent && percent->is_number())
        link.encryptionPercentComplete = percent->get<int>();
    return link;
}

std::optional<PowerPlatformEnvironment> readEnvironment(const Json &v, QString *why)
{
    const auto id = EnvironmentId::parse(textAt(v, {"name"}));
    if (!id) {
        *why = QStringLiteral("an environment without a valid \"name\"");
        return std::nullopt;
    }
    static const Json none = Json::object();
    const Json *found = at(v, {"properties"});
    const Json &p = found ? *found : none;
    PowerPlatformEnvironment e;
    e.id = *id;
    e.location = textAt(v, {"location"});
    e.displayName = textAt(p, {"displayName"});
    e.azureRegion = textAt(p, {"azureRegion"});
    e.sku = textAt(p, {"environmentSku"});
    const Json *isDefault = at(p, {"isDefault"});
    e.isDefault = isDefault && isDefault->is_boolean() && isDefault->get<bool>();
    e.hasDataverse = textAt(p, {"databaseType"}) == QLatin1StringView("CommonDataService")
        || at(p, {"linkedEnvironmentMetadata"}) != nullptr;
    e.isManaged = textAt(p, {"governanceConfiguration", "protectionLevel"}) == QLatin1StringView("Standard");
    e.runtimeState = textAt(p, {"states", "runtime", "id"});
    e.runtimeReasonCode = textAt(p, {"states", "runtime", "runtimeReasonCode"});
    e.keyManagedBy = textAt(p, {"protectionStatus", "keyManagedBy"});
    e.customerManagedKey = readLink(p);
    if (const Json *lock = at(p, {"customerManagedKeyLock"}); lock && lock->is_object()) {
        CustomerManagedKeyLock l;
        l.reason = textAt(*lock, {"reason"});
        l.lockedSince = QDateTime::fromString(textAt(*lock, {"lockedSince"}), Qt::ISODateWithMs);
        l.scheduledDeletionTime
            = QDateTime::fromString(textAt(*lock, {"scheduledDeletionTime"}), Qt::ISODateWithMs);
        const Json *restored = at(*lock, {"accessRestored"});
        l.accessRestored = restored && restored->is_boolean() && restored->get<bool>();
        const Json *unlock = at(*lock, {"supportUnlockRecorded"});
        l.supportUnlockRecorded = unlock && unlock->is_boolean() && unlock->get<bool>();
        e.customerManagedKeyLock = l;
    }
    if (const Json *fno = at(p, {"financeAndOperations"}); fno && fno->is_object()) {
        e.financeAndOperations = true;
        const Json *integration = at(*fno, {"powerPlatformIntegration"});
        e.powerPlatformIntegration = integration && integration->is_boolean() && integration->get<bool>();
    }
    e.lastOperation = textAt(p, {"lastLifecycleOperation", "type"});
    e.raw = RawJson {dump(v)};
    return e;
}

/// The operation a final (or single) answer describes. An answer without a state is a link
/// that ended at once, or an operation already gone (a lifecycle operation answers 404 then),
/// except a 202 without a status URL, which has not started as far as anyone can tell.
PowerPlatformOperation readOperation(const http::Result &result)
{
    const Json doc = parse(result.body);
    PowerPlatformOperation operation;
    operation.id = textAt(doc, {"id"});
    operation.state = textAt(doc, {"state", "id"});
    if (operation.state.compare(QLatin1StringView("Failed"), Qt::CaseInsensitive) == 0)
        operation.errorMessage = textAt(doc, {"error", "message"});
    if (operation.state.isEmpty())
        operation.state = result.status == 202 ? QStringLiteral("NotStarted") : QStringLiteral("Succeeded");
    return operation;
}

std::function<void(const http::Result &)> replyWithOperation(Callback<PowerPlatformOperation> done)
{
    return [done = std::move(done)](const http::Result &result) {
        Reply<PowerPlatformOperation> reply;
        reply.status = result.status;
        if (result.ok())
            reply.value = readOperation(result);
        else
            reply.error = result.error;
        done(reply);
    };
}

std::optional<QString> environmentProblem(const EnvironmentId &id)
{
    if (id.isValid())
        return std::nullopt;
    ParseError error;
    EnvironmentId::parse(QStringView(), &error);
    return error.message;
}

} // namespace

PowerPlatformClient::PowerPlatformClient(http::Pipeline *pipeline)
    : ServiceClient(pipeline)
{
}

bool PowerPlatformClient::validatePolicySystemId(QStringView text, ParseError *error)
{
    const QString shape
        = tr("a system ID looks like /regions/europe/providers/Microsoft.PowerPlatform/"
             "enterprisePolicies/<GUID>; copy properties.systemId from the policy's JSON view "
             "in the Azure portal");
    if (text.isEmpty())
        return setParseError(error, ParseErrorCategory::Empty,
                             tr("The enterprise policy's system ID is empty; %1.").arg(shape));
    if (text.startsWith(QLatin1StringView("/subscriptions/"), Qt::CaseInsensitive))
        return setParseError(error, ParseErrorCategory::InvalidFormat,
                             tr("%1 is the enterprise policy's resource ID, but linking needs its system ID; "
                                "%2.")
                                 .arg(quotedInput(text), shape));
    static const QRegularExpression systemId(
        QStringLiteral("^/regions/[a-z]+/providers/Microsoft\\.PowerPlatform/enterprisePolicies/([^/]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = systemId.match(text);
    if (!match.hasMatch())
        return setParseError(
            error, ParseErrorCategory::InvalidFormat,
            tr("%1 is not an enterprise policy system ID; %2.").arg(quotedInput(text), shape));
    ParseError guidError;
    if (!GuidParser::parse(match.capturedView(1), GuidKind::Generic, &guidError))
        return setParseError(error, guidError.category,
                             tr("%1 is not an enterprise policy system ID: it must end in the policy's GUID. "
                                "%2")
                                 .arg(quotedInput(text), guidError.message));
    return true;
}

http::RequestSpec PowerPlatformClient::request(const QByteArray &method, const QString &path,
                                               const QList<QPair<QString, QString>> &query) const
{
    http::RequestSpec spec;
    spec.method = method;
    spec.service = http::ServiceKind::PowerPlatform;
    spec.idempotency = http::RequestSpec::idempotencyOf(method);
    spec.url = CloudProfile::join(pipeline()->profile().powerPlatformEndpoint,
                                  QStringLiteral("/providers/Microsoft.BusinessAppPlatform") + path);
    spec.url.setQuery(encodedQuery(query));
    return spec;
}

std::optional<QString> PowerPlatformClient::statusUrlProblem(const QUrl &url) const
{
    // Status URLs may name a regional host (europe.api.bap.microsoft.com); anything outside the
    // admin API's domain would receive the Power Platform token, so it is refused.
    const QString apiHost = pipeline()->profile().powerPlatformEndpoint.host();
    const QString host = url.host();
    const bool ours = host.compare(apiHost, Qt::CaseInsensitive) == 0
        || (!isLoopbackHost(apiHost) && host.endsWith(u'.' + apiHost, Qt::CaseInsensitive));
    const bool secure = url.scheme() == QLatin1StringView("https")
        || (url.scheme() == QLatin1StringView("http") && isLoopbackHost(host));
    if (url.isValid() && secure && ours)
        return std::nullopt;
    //: %1 is the URL, in quotes; %2 the admin API's host name
    return tr("%1 is not an operation of the Power Platform admin API at %2; CMK Wizard sends its Power "
              "Platform sign-in nowhere else.")
        .arg(quotedInput(url.toString()), apiHost);
}

void PowerPlatformClient::environments(int pageSize, QObject *context,
                                       Callback<QList<PowerPlatformEnvironment>> done)
{
    if (pageSize < 0 || pageSize > 1000)
        return reject(
            context, std::move(done),
            invalidInput(http::ServiceKind::PowerPlatform,
                         tr("The Power Platform admin API lists 1 to 1000 environments per page, not "
                            "%1.")
                             .arg(pageSize)));
    QList<QPair<QString, QString>> query {{QStringLiteral("api-version"), EnvironmentsApiVersion},
                                          {QStringLiteral("$expand"), ListExpand}};
    if (pageSize > 0)
        query.append({QStringLiteral("$top"), QString::number(pageSize)});
    readAllPages<PowerPlatformEnvironment>(
        pipeline(), request("GET", QStringLiteral("/scopes/admin/environments"), query), context,
        std::move(done), readEnvironment);
}

void PowerPlatformClient::environmentPages(int pageSize, QObject *context,
                                           std::function<void(const QList<PowerPlatformEnvironment> &)> page,
                                           Callback<int> done)
{
    if (pageSize < 0 || pageSize > 1000)
        return reject(
            context, std::move(done),
            invalidInput(http::ServiceKind::PowerPlatform,
                         tr("The Power Platform admin API lists 1 to 1000 environments per page, not "
                            "%1.")
                             .arg(pageSize)));
    QList<QPair<QString, QString>> query {{QStringLiteral("api-version"), EnvironmentsApiVersion},
                                          {QStringLiteral("$expand"), ListExpand}};
    if (pageSize > 0)
        query.append({QStringLiteral("$top"), QString::number(pageSize)});
    readPageByPage<PowerPlatformEnvironment>(
        pipeline(), request("GET", QStringLiteral("/scopes/admin/environments"), query), context,
        std::move(page), std::move(done), readEnvironment);
}

void PowerPlatformClient::environment(const EnvironmentId &id, QObject *context,
                                      Callback<PowerPlatformEnvironment> done)
{
    if (const auto problem = environmentProblem(id))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::PowerPlatform, *problem));
    send<PowerPlatformEnvironment>(
        request("GET", QStringLiteral("/scopes/admin/environments/") + id.toString(),
                {{QStringLiteral("api-version"), EnvironmentsApiVersion},
                 {QStringLiteral("$expand"), GetExpand}}),
        context, std::move(done), bodyAs<PowerPlatformEnvironment>(readEnvironment));
}

void PowerPlatformClient::linkEncryptionPolicy(const EnvironmentId &environment,
                                               const QString &policySystemId, QObject *context,
                                               Progress progress, Callback<PowerPlatformOperation> done)
{
    changeLink(QStringLiteral("link"), environment, policySystemId, context, std::move(progress),
               std::move(done));
}

void PowerPlatformClient::unlinkEncryptionPolicy(const EnvironmentId &environment,
                                                 const QString &policySystemId, QObject *context,
                                                 Progress progress, Callback<PowerPlatformOperation> done)
{
    changeLink(QStringLiteral("unlink"), environment, policySystemId, context, std::move(progress),
               std::move(done));
}

void PowerPlatformClient::changeLink(const QString &action, const EnvironmentId &environment,
                                     const QString &policySystemId, QObject *context, Progress progress,
                                     Callback<PowerPlatformOperation> done)
{
    std::optional<QString> problem = environmentProblem(environment);
    ParseError systemIdError;
    if (!problem && !validatePolicySystemId(policySystemId, &systemIdError))
        problem = systemIdError.message;
    if (problem)
        return reject(context, std::move(done), invalidInput(http::ServiceKind::PowerPlatform, *problem));
    http::RequestSpec spec = request("POST",
                                     QStringLiteral("/environments/%1/enterprisePolicies/Encryption/%2")
                                         .arg(environment.toString(), action),
                                     {{QStringLiteral("api-version"), LinkApiVersion}});
    spec.body = dump(Json {{"SystemId", utf8(policySystemId)}});
    spec.operation = action + QStringLiteral(" enterprise policy");
    sendAndFollow(std::move(spec), context, std::move(progress), replyWithOperation(std::move(done)));
}

void PowerPlatformClient::resumeOperation(const http::OperationState &state, QObject *context,
                                          Progress progress, Callback<PowerPlatformOperation> done)
{
    std::optional<QString> problem;
    if (state.service != http::ServiceKind::PowerPlatform
        || state.style != http::OperationState::Style::PowerPlatform)
        problem
            = tr("The saved operation is not a Power Platform link or unlink; it cannot be resumed here.");
    else
        problem = statusUrlProblem(state.pollUrl);
    if (problem)
        return reject(context, std::move(done), invalidInput(http::ServiceKind::PowerPlatform, *problem));
    resume(state, context, std::move(progress), replyWithOperation(std::move(done)));
}

void PowerPlatformClient::operationStatus(const QUrl &statusUrl, QObject *context,
                                          Callback<PowerPlatformOperation> done)
{
    if (const auto problem = statusUrlProblem(statusUrl))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::PowerPlatform, *problem));
    http::RequestSpec spec;
    spec.service = http::ServiceKind::PowerPlatform;
    spec.url = statusUrl;
    send<PowerPlatformOperation>(std::move(spec), context, std::move(done),
                                 [](const http::Result &result, QString *) { return readOperation(result); });
}

} // namespace cmk::services

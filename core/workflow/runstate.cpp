#include "workflow/runstate.h"

#include "util/json.h"

#include <QFile>
#include <QSaveFile>
#include <QUuid>

namespace cmk::workflow {

namespace {

using cmk::json::Json;
using cmk::json::text;

const QList<QPair<StepState, QString>> &stateNames()
{
    static const QList<QPair<StepState, QString>> names {
        {StepState::Pending, QStringLiteral("pending")},
        {StepState::Running, QStringLiteral("running")},
        {StepState::AlreadyDone, QStringLiteral("already-done")},
        {StepState::Applied, QStringLiteral("applied")},
        {StepState::Failed, QStringLiteral("failed")}};
    return names;
}

std::string iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string();
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

Json texts(const QStringList &list)
{
    Json out = Json::array();
    for (const QString &item : list)
        out.push_back(item.toStdString());
    return out;
}

QStringList textList(const Json &node, const char *key)
{
    QStringList out;
    if (const Json *list = cmk::json::member(node, key); list && list->is_array()) {
        for (const Json &item : *list) {
            if (item.is_string())
                out << QString::fromStdString(item.get<std::string>());
        }
    }
    return out;
}

Json separationJson(const roles::SeparationDecision &d)
{
    return {{"version", roles::SeparationDecision::FormatVersion},
            {"identity",
             {{"side", d.side.toStdString()},
              {"tenantId", d.tenantId.toStdString()},
              {"objectId", d.objectId.toStdString()},
              {"userPrincipalName", d.userPrincipalName.toStdString()}}},
            {"scope", d.scope.toStdString()},
            {"powerPlatformAdmin", texts(d.powerPlatformRoles)},
            {"keyVaultAdmin", texts(d.keyVaultRoles)},
            {"policy", roles::separationPolicyName(d.policy).toStdString()},
            {"outcome", roles::SeparationDecision::outcomeName(d.outcome).toStdString()},
            {"justification", d.justification.toStdString()},
            {"decidedAt", iso(d.decidedAt)}};
}

std::optional<roles::SeparationDecision> separationFromJson(const Json &s, QString *why)
{
    const auto version = s.find("version");
    if (version == s.end() || !version->is_number_integer()) {
        *why = RunState::tr("The run file's separation of duties record has no version.");
        return std::nullopt;
    }
    if (version->get<int>() > roles::SeparationDecision::FormatVersion) {
        *why = RunState::tr("The run file's separation of duties record was written by a newer CMK Wizard "
                            "(version %1; this one reads %2).")
                   .arg(version->get<int>())
                   .arg(roles::SeparationDecision::FormatVersion);
        return std::nullopt;
    }
    roles::SeparationDecision d;
    if (const Json *who = cmk::json::member(s, "identity")) {
        d.side = text(*who, "side");
        d.tenantId = text(*who, "tenantId");
        d.objectId = text(*who, "objectId");
        d.userPrincipalName = text(*who, "userPrincipalName");
    }
    d.scope = text(s, "scope");
    d.powerPlatformRoles = textList(s, "powerPlatformAdmin");
    d.keyVaultRoles = textList(s, "keyVaultAdmin");
    const auto policy = roles::separationPolicyFromName(text(s, "policy"));
    const auto outcome = roles::SeparationDecision::outcomeFromName(text(s, "outcome"));
    if (!policy || !outcome) {
        *why = RunState::tr("The run file's separation of duties record has an unknown policy or outcome.");
        return std::nullopt;
    }
    d.policy = *policy;
    d.outcome = *outcome;
    d.justification = text(s, "justification");
    d.decidedAt = fromIso(text(s, "decidedAt"));
    return d;
}

} // namespace

QString stepStateName(StepState state)
{
    for (const auto &[s, name] : stateNames()) {
        if (s == state)
            return name;
    }
    return {};
}

RunState RunState::create(const QString &trackId, const QString &cloud, const Values &inputs)
{
    RunState state;
    state.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    state.trackId = trackId;
    state.cloud = cloud;
    state.createdAt = QDateTime::currentDateTimeUtc();
    state.updatedAt = state.createdAt;
    state.values = inputs;
    return state;
}

QByteArray RunState::toJson() const
{
    Json values = Json::object();
    for (auto it = this->values.constBegin(); it != this->values.constEnd(); ++it)
        values[it.key().toStdString()] = it.value().toStdString();
    Json steps = Json::object();
    for (auto it = this->steps.constBegin(); it != this->steps.constEnd(); ++it) {
        const StepRecord &r = it.value();
        Json step = {{"state", stepStateName(r.state).toStdString()}, {"attempts", r.attempts}};
        if (r.startedAt.isValid())
            step["startedAt"] = iso(r.startedAt);
        if (r.finishedAt.isValid())
            step["finishedAt"] = iso(r.finishedAt);
        if (!r.by.objectId.isEmpty())
            step["by"] = {{"side", r.by.side.toStdString()},
                          {"tenantId", r.by.tenantId.toStdString()},
                          {"objectId", r.by.objectId.toStdString()},
                          {"userPrincipalName", r.by.userPrincipalName.toStdString()}};
        if (!r.errorCode.isEmpty() || !r.errorMessage.isEmpty())
            step["error"] = {{"code", r.errorCode.toStdString()}, {"message", r.errorMessage.toStdString()}};
        if (r.operation)
            step["operation"] = Json::parse(r.operation->toJson().toStdString());
        steps[it.key().toStdString()] = step;
    }
    Json doc = {{"format", "cmk-run"},
                {"formatVersion", FormatVersion},
                {"runId", runId.toStdString()},
                {"trackId", trackId.toStdString()},
                {"cloud", cloud.toStdString()},
                {"createdAt", iso(createdAt)},
                {"updatedAt", iso(updatedAt)},
                {"values", values},
                {"steps", steps}};
    if (separation)
        doc["separation"] = separationJson(*separation);
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

std::optional<RunState> RunState::fromJson(const QByteArray &data, QString *error)
{
    const Json doc = cmk::json::parse(data);
    const auto fail = [&](const QString &why) -> std::optional<RunState> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!doc.is_object() || text(doc, "format") != QLatin1StringView("cmk-run"))
        return fail(tr("This is not a CMK Wizard run file."));
    const auto version = doc.find("formatVersion");
    if (version == doc.end() || !version->is_number_integer())
        return fail(tr("The run file has no format version."));
    if (version->get<int>() > FormatVersion)
        return fail(
            tr("The run file was written by a newer CMK Wizard (format %1; this one reads %2). Update CMK "
               "Wizard to continue this run.")
                .arg(version->get<int>())
                .arg(FormatVersion));
    RunState state;
    state.runId = text(doc, "runId");
    state.trackId = text(doc, "trackId");
    state.cloud = text(doc, "cloud");
    state.createdAt = fromIso(text(doc, "createdAt"));
    state.updatedAt = fromIso(text(doc, "updatedAt"));
    if (state.runId.isEmpty() || state.trackId.isEmpty())
        return fail(tr("The run file names no run or track."));
    if (const Json *values = cmk::json::member(doc, "values"); values && values->is_object()) {
        for (auto it = values->begin(); it != values->end(); ++it) {
            if (!it->is_string())
                return fail(
                    tr("The run file's value \"%1\" is not text.").arg(QString::fromStdString(it.key())));
            state.values.insert(QString::fromStdString(it.key()),
                                QString::fromStdString(it->get<std::string>()));
        }
    }
    if (const Json *steps = cmk::json::member(doc, "steps"); steps && steps->is_object()) {
        for (auto it = steps->begin(); it != steps->end(); ++it) {
            const Json &s = *it;
            StepRecord r;
            bool known = false;
            for (const auto &[st, name] : stateNames()) {
                if (name == text(s, "state")) {
                    r.state = st;
                    known = true;
                }
            }
            if (!known)
                return fail(tr("The run file gives step \"%1\" an unknown state \"%2\".")
                                .arg(QString::fromStdString(it.key()), text(s, "state")));
            r.startedAt = fromIso(text(s, "startedAt"));
            r.finishedAt = fromIso(text(s, "finishedAt"));
            r.attempts = s.value("attempts", 0);
            if (const Json *by = cmk::json::member(s, "by"))
                r.by = Actor {text(*by, "side"), text(*by, "tenantId"), text(*by, "objectId"),
                              text(*by, "userPrincipalName")};
            if (const Json *e = cmk::json::member(s, "error")) {
                r.errorCode = text(*e, "code");
                r.errorMessage = text(*e, "message");
            }
            if (const Json *op = cmk::json::member(s, "operation")) {
                QString why;
                r.operation = http::OperationState::fromJson(QByteArray::fromStdString(op->dump()), &why);
                if (!r.operation)
                    return fail(tr("The run file's operation of step \"%1\" cannot be read: %2")
                                    .arg(QString::fromStdString(it.key()), why));
            }
            state.steps.insert(QString::fromStdString(it.key()), r);
        }
    }
    if (const Json *s = cmk::json::member(doc, "separation"); s && s->is_object()) {
        QString why;
        state.separation = separationFromJson(*s, &why);
        if (!state.separation)
            return fail(why);
    }
    return state;
}

bool RunState::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(toJson());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<RunState> RunState::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The run file %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

} // namespace cmk::workflow

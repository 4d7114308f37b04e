#include "evidence/evidencereport.h"

#include "cmkversion.h"
#include "evidence/journalfiles.h"
#include "evidence/secretscrub.h"
#include "tracks/catalog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace cmk::evidence {

namespace {

const QLatin1StringView ConfirmedPrefix {"confirmed."};
const QLatin1StringView AuditConfirmedPrefix {"audit.confirmed."};
const QLatin1StringView AuditRolesPrefix {"audit.roles."};

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// Every string of `value` (keys too) scrubbed.
QJsonValue scrubbed(const QJsonValue &value)
{
    if (value.isString())
        return secrets::scrub(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(scrubbed(v));
        return out;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(secrets::scrub(it.key()), scrubbed(it.value()));
        return out;
    }
    return value;
}

/// "name (2026-11-23T15:00:00Z) #digest", as the runner records a typed confirmation.
EvidenceReport::Confirmation parseConfirmation(const QString &stepId, const QString &value, bool ended)
{
    EvidenceReport::Confirmation c;
    c.stepId = stepId;
    c.stepEnded = ended;
    QString rest = value;
    if (const qsizetype hash = rest.lastIndexOf(QStringLiteral(" #")); hash >= 0) {
        c.planDigest = rest.mid(hash + 2);
        rest.truncate(hash);
    }
    if (const qsizetype open = rest.lastIndexOf(QStringLiteral(" (")); open >= 0 && rest.endsWith(u')')) {
        c.confirmedAt = QDateTime::fromString(rest.mid(open + 2, rest.size() - open - 3), Qt::ISODate);
        rest.truncate(open);
    }
    c.typedName = rest;
    return c;
}

QJsonObject actorJson(const workflow::Actor &a)
{
    return {{QStringLiteral("side"), a.side},
            {QStringLiteral("tenantId"), a.tenantId},
            {QStringLiteral("objectId"), a.objectId},
            {QStringLiteral("userPrincipalName"), a.userPrincipalName}};
}

/// The person `objectId` in `tenantId` (or with that UPN), added when new.
EvidenceReport::Person &personFor(QList<EvidenceReport::Person> &people, const QString &side,
                                  const QString &tenantId, const QString &objectId, const QString &upn)
{
    for (EvidenceReport::Person &p : people) {
        const bool sameObject = !objectId.isEmpty() && p.objectId.compare(objectId, Qt::CaseInsensitive) == 0
            && (p.tenantId.isEmpty() || tenantId.isEmpty()
                || p.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0);
        const bool sameUpn = !upn.isEmpty() && p.userPrincipalName.compare(upn, Qt::CaseInsensitive) == 0;
        if (sameObject || sameUpn) {
            if (p.side.isEmpty())
                p.side = side;
            if (p.objectId.isEmpty())
                p.objectId = objectId;
            if (p.userPrincipalName.isEmpty())
                p.userPrincipalName = upn;
            if (p.tenantId.isEmpty())
                p.tenantId = tenantId;
            return p;
        }
    }
    EvidenceReport::Person p;
    p.side = side;
    p.tenantId = tenantId;
    p.objectId = objectId;
    p.userPrincipalName = upn;
    people.append(p);
    return people.last();
}

QStringList rolesOf(const roles::RoleProfile &profile)
{
    QStringList held;
    for (const roles::HeldDirectoryRole &role : profile.directoryRoles)
        held << (role.displayName.isEmpty() ? roles::directoryRoleName(role.templateId) : role.displayName);
    for (const roles::AzureRoleGrant &grant : profile.assignments)
        held << EvidenceReport::tr("%1 at %2").arg(grant.roleName, grant.scope);
    held.removeDuplicates();
    return held;
}

void addProfiles(QList<EvidenceReport::Person> &people, const QList<roles::RoleProfile> &profiles)
{
    for (const roles::RoleProfile &profile : profiles) {
        EvidenceReport::Person &p
            = personFor(people, QString(), profile.tenantId, profile.objectId, profile.userPrincipalName);
        p.roles = rolesOf(profile);
        p.rolesSource = QStringLiteral("report");
    }
}

void countCalls(QList<EvidenceReport::Person> &people, const QList<http::JournalEntry> &calls)
{
    for (EvidenceReport::Person &p : people) {
        p.calls = int(std::count_if(calls.cbegin(), calls.cend(), [&p](const http::JournalEntry &e) {
            return !p.objectId.isEmpty() && e.callerObjectId.compare(p.objectId, Qt::CaseInsensitive) == 0;
        }));
    }
}

QString stateText(const QString &state)
{
    if (state == QLatin1StringView("applied"))
        return EvidenceReport::tr("applied");
    if (state == QLatin1StringView("already-done"))
        return EvidenceReport::tr("already done, nothing written");
    if (state == QLatin1StringView("failed"))
        return EvidenceReport::tr("failed");
    if (state == QLatin1StringView("running"))
        return EvidenceReport::tr("running");
    return EvidenceReport::tr("not run");
}

} // namespace

QString EvidenceReport::formatName(Format format)
{
    return format == Format::Html ? QStringLiteral("html") : QStringLiteral("json");
}

std::optional<EvidenceReport::Format> EvidenceReport::formatFromName(QStringView name)
{
    if (name.compare(QLatin1StringView("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (name.compare(QLatin1StringView("html"), Qt::CaseInsensitive) == 0)
        return Format::Html;
    return std::nullopt;
}

EvidenceReport EvidenceReport::fromRun(const workflow::RunState &run, const QList<http::JournalEntry> &calls,
                                       const QList<roles::RoleProfile> &roles)
{
    EvidenceReport r;
    r.kind = Kind::Run;
    r.generatedAt = QDateTime::currentDateTimeUtc();
    r.runId = run.runId;
    r.trackId = run.trackId;
    r.cloud = run.cloud;
    r.startedAt = run.createdAt;
    r.endedAt = run.updatedAt;
    r.separation = run.separation;
    r.calls = calls;

    const std::optional<workflow::Track> track = tracks::trackById(run.trackId);
    r.title = track ? track->info.title : run.trackId;

    // Steps in the track's order; steps the track no longer has, after them.
    QStringList order;
    if (track) {
        for (const auto &step : track->steps)
            order << step->info().id;
    }
    for (auto it = run.steps.constBegin(); it != run.steps.constEnd(); ++it) {
        if (!order.contains(it.key()))
            order << it.key();
    }
    bool allDone = !order.isEmpty();
    bool anyFailed = false;
    for (const QString &id : std::as_const(order)) {
        const workflow::StepRecord record = run.steps.value(id);
        StepOutcome s;
        s.id = id;
        s.title = id;
        if (const workflow::Step *step = track ? track->step(id) : nullptr) {
            const workflow::Step::Info info = step->info();
            s.number = info.number;
            s.title = info.title;
            s.side = workflow::sideName(info.side);
            for (const QString &key : info.outputs) {
                if (run.values.contains(key))
                    s.outputs << key;
            }
        }
        s.state = workflow::stepStateName(record.state);
        s.startedAt = record.startedAt;
        s.finishedAt = record.finishedAt;
        s.attempts = record.attempts;
        s.by = record.by;
        if (s.side.isEmpty())
            s.side = record.by.side;
        s.errorCode = record.errorCode;
        s.errorMessage = record.errorMessage;
        allDone = allDone && record.isFinished();
        anyFailed = anyFailed || record.state == workflow::StepState::Failed;
        r.steps.append(s);
        if (!record.by.objectId.isEmpty() || !record.by.userPrincipalName.isEmpty())
            personFor(r.people, record.by.side, record.by.tenantId, record.by.objectId,
                      record.by.userPrincipalName)
                    .steps
                << id;
    }
    r.outcome = allDone ? QStringLiteral("complete")
        : anyFailed     ? QStringLiteral("stopped")
                        : QStringLiteral("in-progress");
    r.outcomeText = allDone ? tr("Every step is done and verified.")
        : anyFailed         ? tr("The run stopped at a failed step; it can be resumed.")
                            : tr("The run has not finished.");

    if (run.separation) {
        const roles::SeparationDecision &d = *run.separation;
        Person &p = personFor(r.people, d.side, d.tenantId, d.objectId, d.userPrincipalName);
        for (const QString &role : d.powerPlatformRoles + d.keyVaultRoles) {
            if (!p.roles.contains(role))
                p.roles << role;
        }
        if (p.rolesSource.isEmpty())
            p.rolesSource = QStringLiteral("run");
    }

    for (auto it = run.values.constBegin(); it != run.values.constEnd(); ++it) {
        if (it.key().startsWith(AuditConfirmedPrefix)) {
            r.confirmations << parseConfirmation(it.key().mid(AuditConfirmedPrefix.size()), it.value(), true);
        } else if (it.key().startsWith(ConfirmedPrefix)) {
            r.confirmations << parseConfirmation(it.key().mid(ConfirmedPrefix.size()), it.value(), false);
        } else if (it.key().startsWith(AuditRolesPrefix)) {
            // "who: role; role; ..." as the runner recorded it before the run wrote anything.
            const QString side = it.key().mid(AuditRolesPrefix.size());
            const qsizetype colon = it.value().indexOf(QStringLiteral(": "));
            const QString who = colon >= 0 ? it.value().left(colon) : QString();
            QStringList held = colon >= 0
                ? it.value().mid(colon + 2).split(QStringLiteral("; "), Qt::SkipEmptyParts)
                : QStringList();
            const bool isUpn = who.contains(u'@');
            Person &p
                = personFor(r.people, side, QString(), isUpn ? QString() : who, isUpn ? who : QString());
            for (const QString &role : std::as_const(held)) {
                if (!p.roles.contains(role))
                    p.roles << role;
            }
            p.rolesSource = QStringLiteral("run");
        } else if (!it.key().startsWith(QLatin1StringView("audit."))) {
            r.finalValues.insert(it.key(), it.value());
        }
    }
    std::sort(r.confirmations.begin(), r.confirmations.end(),
              [](const Confirmation &a, const Confirmation &b) { return a.confirmedAt < b.confirmedAt; });
    addProfiles(r.people, roles);
    countCalls(r.people, r.calls);
    return r;
}

EvidenceReport EvidenceReport::fromStatus(const status::StatusReport &report,
                                          const QList<http::JournalEntry> &calls,
                                          const QList<roles::RoleProfile> &roles)
{
    EvidenceReport r;
    r.kind = Kind::Status;
    r.generatedAt = QDateTime::currentDateTimeUtc();
    r.title = tr("Status of tenant %1").arg(report.tenantId);
    r.startedAt = report.generatedAt;
    r.endedAt = report.asOf;
    r.outcome = report.complete ? QStringLiteral("complete") : QStringLiteral("partial");
    r.outcomeText = report.complete ? tr("Every environment was listed and checked.")
                                    : tr("Not every environment could be checked; see the problems.");
    r.status = report;
    r.calls = calls;
    for (const http::JournalEntry &e : calls) {
        if (!e.callerObjectId.isEmpty())
            personFor(r.people, QStringLiteral("customer"), e.tenantId, e.callerObjectId, QString());
    }
    addProfiles(r.people, roles);
    countCalls(r.people, r.calls);
    return r;
}

QByteArray EvidenceReport::toJson() const
{
    QJsonObject doc {
        {QStringLiteral("format"), QStringLiteral("cmk-evidence")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("kind"), kind == Kind::Run ? QStringLiteral("run") : QStringLiteral("status")},
        {QStringLiteral("generatedAt"), time(generatedAt)},
        {QStringLiteral("generator"), QStringLiteral(CMK_APPLICATION_NAME " " CMK_VERSION_STRING)},
        {QStringLiteral("title"), title},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("startedAt"), time(startedAt)},
        {QStringLiteral("endedAt"), time(endedAt)}};
    if (kind == Kind::Run) {
        doc.insert(QStringLiteral("run"),
                   QJsonObject {{QStringLiteral("runId"), runId},
                                {QStringLiteral("trackId"), trackId},
                                {QStringLiteral("cloud"), cloud}});
    }

    QJsonArray people;
    for (const Person &p : this->people) {
        people.append(QJsonObject {{QStringLiteral("side"), p.side},
                                   {QStringLiteral("tenantId"), p.tenantId},
                                   {QStringLiteral("objectId"), p.objectId},
                                   {QStringLiteral("userPrincipalName"), p.userPrincipalName},
                                   {QStringLiteral("steps"), strings(p.steps)},
                                   {QStringLiteral("roles"), strings(p.roles)},
                                   {QStringLiteral("rolesSource"), p.rolesSource},
                                   {QStringLiteral("calls"), p.calls}});
    }
    doc.insert(QStringLiteral("people"), people);

    if (separation) {
        const roles::SeparationDecision &d = *separation;
        doc.insert(
            QStringLiteral("separation"),
            QJsonObject {{QStringLiteral("identity"),
                          actorJson({d.side, d.tenantId, d.objectId, d.userPrincipalName})},
                         {QStringLiteral("scope"), d.scope},
                         {QStringLiteral("powerPlatformAdmin"), strings(d.powerPlatformRoles)},
                         {QStringLiteral("keyVaultAdmin"), strings(d.keyVaultRoles)},
                         {QStringLiteral("policy"), roles::separationPolicyName(d.policy)},
                         {QStringLiteral("outcome"), roles::SeparationDecision::outcomeName(d.outcome)},
                         {QStringLiteral("justification"), d.justification},
                         {QStringLiteral("decidedAt"), time(d.decidedAt)}});
    } else {
        doc.insert(QStringLiteral("separation"), QJsonValue());
    }

    QJsonArray confirmations;
    for (const Confirmation &c : this->confirmations) {
        confirmations.append(QJsonObject {{QStringLiteral("step"), c.stepId},
                                          {QStringLiteral("typedName"), c.typedName},
                                          {QStringLiteral("confirmedAt"), time(c.confirmedAt)},
                                          {QStringLiteral("planDigest"), c.planDigest},
                                          {QStringLiteral("stepEnded"), c.stepEnded}});
    }
    doc.insert(QStringLiteral("confirmations"), confirmations);

    QJsonArray steps;
    for (const StepOutcome &s : this->steps) {
        QJsonObject o {{QStringLiteral("id"), s.id},
                       {QStringLiteral("number"), s.number},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("side"), s.side},
                       {QStringLiteral("state"), s.state},
                       {QStringLiteral("startedAt"), time(s.startedAt)},
                       {QStringLiteral("finishedAt"), time(s.finishedAt)},
                       {QStringLiteral("attempts"), s.attempts},
                       {QStringLiteral("by"), actorJson(s.by)},
                       {QStringLiteral("outputs"), strings(s.outputs)}};
        if (!s.errorCode.isEmpty() || !s.errorMessage.isEmpty())
            o.insert(QStringLiteral("error"),
                     QJsonObject {{QStringLiteral("code"), s.errorCode},
                                  {QStringLiteral("message"), s.errorMessage}});
        steps.append(o);
    }
    doc.insert(QStringLiteral("steps"), steps);

    QJsonArray calls;
    for (const http::JournalEntry &e : this->calls)
        calls.append(journalEntryJson(e));
    doc.insert(QStringLiteral("calls"), calls);

    QJsonObject values;
    for (auto it = finalValues.constBegin(); it != finalValues.constEnd(); ++it)
        values.insert(it.key(), it.value());
    QJsonObject finalState {{QStringLiteral("values"), values}};
    if (status)
        finalState.insert(QStringLiteral("status"), QJsonDocument::fromJson(status->toJson()).object());
    doc.insert(QStringLiteral("finalState"), finalState);

    return QJsonDocument(scrubbed(doc).toObject()).toJson(QJsonDocument::Indented);
}

namespace {

/// Scrubbed and escaped: every value that reaches the HTML goes through here.
QString h(const QString &text)
{
    return secrets::scrub(text).toHtmlEscaped();
}

QString when(const QDateTime &t)
{
    return t.isValid() ? h(t.toUTC().toString(Qt::ISODate)) : QStringLiteral("&ndash;");
}

QString row(const QStringList &cells, const QString &cellTag = QStringLiteral("td"))
{
    QString out = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(cellTag, cell);
    return out + QStringLiteral("</tr>\n");
}

QString headerRow(const QStringList &titles)
{
    QStringList escaped;
    for (const QString &t : titles)
        escaped << h(t);
    return row(escaped, QStringLiteral("th"));
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("&ndash;");
    QStringList escaped;
    for (const QString &i : items)
        escaped << h(i);
    return escaped.join(QStringLiteral("<br>"));
}

QString code(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<code>%1</code>").arg(h(text));
}

const char *const Style = R"(
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt;color:#111;margin:2em;max-width:80em}
h1{font-size:16pt;margin-bottom:.2em}h2{font-size:12.5pt;border-bottom:1px solid #999;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eee}td{word-break:break-word}
code{font-family:"DejaVu Sans Mono",monospace;font-size:9pt}
.meta td:first-child{width:14em;font-weight:bold}
.ok{color:#135e13}.bad{color:#8b0000;font-weight:bold}.note{color:#444}
blockquote{border-left:3px solid #999;margin:.5em 0;padding:.2em .8em;background:#f6f6f6}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}
th{background:#eee !important;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)";

} // namespace

QString EvidenceReport::toHtml() const
{
    QString out;
    out.reserve(16384 + int(calls.size()) * 400);
    //: The HTML document's language attribute: the translation's language code
    out += QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n<title>%2</title>\n"
               "<style>%3</style></head>\n<body>\n")
               .arg(h(tr("en")), h(tr("Audit evidence: %1").arg(title)), QString::fromLatin1(Style));
    out += QStringLiteral("<h1>%1</h1>\n").arg(h(tr("Audit evidence: %1").arg(title)));

    // Summary
    out += QStringLiteral("<h2 id=\"summary\">%1</h2>\n<table class=\"meta\">\n").arg(h(tr("Summary")));
    const auto meta = [&out](const QString &label, const QString &valueHtml) {
        out += row({h(label), valueHtml});
    };
    meta(tr("Outcome"),
         QStringLiteral("<span class=\"%1\">%2</span>")
             .arg(outcome == QLatin1StringView("complete") ? QStringLiteral("ok") : QStringLiteral("bad"),
                  h(outcomeText)));
    if (kind == Kind::Run) {
        meta(tr("Track"), h(title) + QStringLiteral(" (") + code(trackId) + QStringLiteral(")"));
        meta(tr("Run id"), code(runId));
        meta(tr("Cloud"), h(cloud));
        meta(tr("Run started"), when(startedAt));
        meta(tr("Last saved"), when(endedAt));
        meta(tr("Steps"),
             h(tr("%1 of %n done", nullptr, int(steps.size()))
                   .arg(std::count_if(steps.cbegin(), steps.cend(), [](const StepOutcome &s) {
                       return s.state == QLatin1StringView("applied")
                           || s.state == QLatin1StringView("already-done");
                   }))));
    } else if (status) {
        meta(tr("Tenant"), code(status->tenantId));
        meta(tr("Read at"), when(startedAt));
        meta(tr("Environments"), h(QString::number(status->rows.size())));
    }
    meta(tr("Calls recorded"), h(QString::number(calls.size())));
    meta(tr("Evidence generated"), when(generatedAt));
    meta(tr("Generated by"), h(QStringLiteral(CMK_APPLICATION_NAME " " CMK_VERSION_STRING)));
    out += QStringLiteral("</table>\n");

    // People and roles
    out += QStringLiteral("<h2 id=\"people\">%1</h2>\n").arg(h(tr("People and roles")));
    if (people.isEmpty()) {
        out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(h(tr("No signed-in person is recorded.")));
    } else {
        out += QStringLiteral("<table>\n")
            + headerRow({tr("Person"), tr("Side"), tr("Tenant"), tr("Object id"), tr("Roles held"),
                         tr("Steps run"), tr("Calls")});
        for (const Person &p : people) {
            QString rolesCell = list(p.roles);
            if (p.roles.isEmpty())
                rolesCell = h(tr("not recorded"));
            else if (p.rolesSource == QLatin1StringView("run"))
                rolesCell
                    += QStringLiteral("<br><span class=\"note\">%1</span>")
                           .arg(h(tr("read from Microsoft Graph and Azure before the run wrote anything")));
            out += row({h(p.userPrincipalName.isEmpty() ? tr("(unknown name)") : p.userPrincipalName),
                        h(p.side), code(p.tenantId), code(p.objectId), rolesCell, list(p.steps),
                        h(QString::number(p.calls))});
        }
        out += QStringLiteral("</table>\n");
    }

    if (kind == Kind::Run) {
        // Separation of duties
        out += QStringLiteral("<h2 id=\"separation\">%1</h2>\n").arg(h(tr("Separation of duties")));
        if (!separation) {
            out += QStringLiteral("<p>%1</p>\n")
                       .arg(h(tr("No identity held both the Power Platform administrator and the key vault "
                                 "administrator duties, or the track does not separate them: nothing had to "
                                 "be decided.")));
        } else {
            const roles::SeparationDecision &d = *separation;
            const bool proceeded = d.outcome == roles::SeparationDecision::Outcome::Proceeded;
            out += QStringLiteral("<table class=\"meta\">\n");
            meta(tr("Person"), h(d.userPrincipalName) + QStringLiteral(" ") + code(d.objectId));
            meta(tr("Where judged"), code(d.scope));
            meta(tr("Power Platform administrator through"), list(d.powerPlatformRoles));
            meta(tr("Key vault administrator through"), list(d.keyVaultRoles));
            meta(tr("Policy"),
                 h(d.policy == roles::SeparationPolicy::Refuse
                       ? tr("refuse: another person must do one part")
                       : tr("warn: go on only with a written justification")));
            meta(tr("Decision"),
                 QStringLiteral("<span class=\"%1\">%2</span>")
                     .arg(proceeded ? QStringLiteral("ok") : QStringLiteral("bad"),
                          h(proceeded ? tr("proceeded with a justification") : tr("refused"))));
            meta(tr("Decided at"), when(d.decidedAt));
            out += QStringLiteral("</table>\n");
            if (!d.justification.isEmpty())
                out += QStringLiteral("<p>%1</p>\n<blockquote>%2</blockquote>\n")
                           .arg(h(tr("Justification, in the person's words:")), h(d.justification));
        }

        // Confirmations
        out += QStringLiteral("<h2 id=\"confirmations\">%1</h2>\n").arg(h(tr("Typed confirmations")));
        if (confirmations.isEmpty()) {
            out += QStringLiteral("<p>%1</p>\n")
                       .arg(h(tr("No irreversible step was confirmed in this run.")));
        } else {
            out += QStringLiteral("<table>\n")
                + headerRow(
                       {tr("Step"), tr("Name typed"), tr("Confirmed at"), tr("Plan digest"), tr("Step")});
            for (const Confirmation &c : confirmations)
                out += row({code(c.stepId), h(c.typedName), when(c.confirmedAt), code(c.planDigest),
                            h(c.stepEnded ? tr("ended") : tr("under way"))});
            out += QStringLiteral("</table>\n");
        }

        // Steps
        out += QStringLiteral("<h2 id=\"steps\">%1</h2>\n<table>\n").arg(h(tr("Steps")))
            + headerRow({tr("No."), tr("Step"), tr("Side"), tr("Outcome"), tr("By"), tr("Started"),
                         tr("Finished"), tr("Attempts"), tr("Error")});
        for (const StepOutcome &s : steps) {
            const bool done
                = s.state == QLatin1StringView("applied") || s.state == QLatin1StringView("already-done");
            QString error;
            if (!s.errorCode.isEmpty() || !s.errorMessage.isEmpty())
                error = code(s.errorCode) + QStringLiteral(" ") + h(s.errorMessage);
            out += row({h(s.number), h(s.title) + QStringLiteral("<br>") + code(s.id), h(s.side),
                        QStringLiteral("<span class=\"%1\">%2</span>")
                            .arg(done ? QStringLiteral("ok") : QStringLiteral("bad"), h(stateText(s.state))),
                        h(s.by.userPrincipalName.isEmpty() ? s.by.objectId : s.by.userPrincipalName),
                        when(s.startedAt), when(s.finishedAt), h(QString::number(s.attempts)), error});
        }
        out += QStringLiteral("</table>\n");
    }

    // Calls
    out += QStringLiteral("<h2 id=\"calls\">%1</h2>\n").arg(h(tr("Calls")));
    if (calls.isEmpty()) {
        out += QStringLiteral("<p class=\"note\">%1</p>\n")
                   .arg(h(tr("The journal holds no call of this %1.")
                              .arg(kind == Kind::Run ? tr("run") : tr("status read"))));
    } else {
        out += QStringLiteral("<p class=\"note\">%1</p>\n")
                   .arg(h(tr("Every request as the journal recorded it; query values that could be "
                             "secret are replaced by \"redacted\". Give the request and correlation ids "
                             "to Microsoft support to trace a call.")));
        out += QStringLiteral("<table>\n")
            + headerRow({tr("Time"), tr("Service"), tr("Method"), tr("URL"), tr("Status"), tr("Request id"),
                         tr("Correlation id"), tr("Caller")});
        for (const http::JournalEntry &e : calls) {
            QString status = e.method == QLatin1StringView("NOTE") ? QString() : h(QString::number(e.status));
            if (!e.errorCode.isEmpty())
                status += QStringLiteral(" ") + code(e.errorCode);
            QString url = code(e.url);
            if (!e.note.isEmpty())
                url += (url.isEmpty() ? QString() : QStringLiteral("<br>")) + h(e.note);
            out += row({when(e.time), h(e.service), h(e.method), url, status, code(e.requestId),
                        code(e.correlationId), code(e.callerObjectId)});
        }
        out += QStringLiteral("</table>\n");
    }

    // Final state
    out += QStringLiteral("<h2 id=\"final\">%1</h2>\n").arg(h(tr("Final state")));
    if (kind == Kind::Run) {
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(h(tr("The run's values as last saved: the inputs and what each step created or "
                             "found, verified by the step's own check.")));
        out += QStringLiteral("<table>\n") + headerRow({tr("Value"), tr("Content")});
        for (auto it = finalValues.constBegin(); it != finalValues.constEnd(); ++it)
            out += row({code(it.key()), h(it.value())});
        out += QStringLiteral("</table>\n");
    } else if (status) {
        out += QStringLiteral("<table>\n")
            + headerRow({tr("Environment"), tr("Type"), tr("State"), tr("Policy"), tr("Key"), tr("Lock"),
                         tr("Next action")});
        for (const status::EnvironmentStatus &e : status->rows) {
            QString lock = e.locked ? h(tr("locked: %1").arg(e.lockReason)) : h(tr("not locked"));
            if (e.daysLeft)
                lock += QStringLiteral("<br>") + h(tr("%n day(s) before deletion", nullptr, *e.daysLeft));
            out += row({h(e.displayName) + QStringLiteral("<br>") + code(e.id), h(e.sku),
                        h(status::stateCode(e.state)) + QStringLiteral("<br>") + h(e.diagnosis),
                        h(e.policyName), code(e.key.keyUrl), lock, h(e.nextAction)});
        }
        out += QStringLiteral("</table>\n");
        if (!status->problems.isEmpty()) {
            out += QStringLiteral("<h2 id=\"problems\">%1</h2>\n<table>\n")
                       .arg(h(tr("What could not be read")))
                + headerRow({tr("Kind"), tr("Resource"), tr("Status"), tr("Code"), tr("Request id"),
                             tr("What it means")});
            for (const status::StatusProblem &p : status->problems)
                out += row({h(p.kind), code(p.resource), h(QString::number(p.httpStatus)), code(p.code),
                            code(p.requestId), h(p.summary)});
            out += QStringLiteral("</table>\n");
        }
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

QByteArray EvidenceReport::render(Format format) const
{
    return format == Format::Html ? toHtml().toUtf8() : toJson();
}

bool EvidenceReport::save(const QString &path, Format format, QString *error) const
{
    const QByteArray data = render(format);
    const QStringList found = secrets::find(QString::fromUtf8(data));
    if (!found.isEmpty()) {
        if (error)
            *error = tr("The evidence was not written: it still holds what looks like a secret (%1).")
                         .arg(found.join(QStringLiteral(", ")));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("The evidence could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace cmk::evidence

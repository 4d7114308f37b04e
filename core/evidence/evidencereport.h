#pragma once

#include "http/journal.h"
#include "roles/roleprofile.h"
#include "roles/separation.h"
#include "status/statusreport.h"
#include "workflow/runstate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cmk::evidence {

/// Audit evidence of a run or of a tenant's state: who did what when, every call with its request
/// and correlation ids, the roles held, the separation-of-duties decision and its justification,
/// the typed confirmations and the final verified state. Written as versioned JSON
/// (`"format": "cmk-evidence", "version": 1`) or as a self-contained, printable HTML report;
/// docs/evidence.md describes both.
///
/// It never holds a secret: the run file and the journal hold none by design, and every string is
/// scrubbed again on output (evidence/secretscrub.h); save() refuses a document in which anything
/// token-shaped is left.
///
/// ```
/// auto report = EvidenceReport::fromRun(state, entriesOfRun(readJournal(dir), state));
/// report.save(path, EvidenceReport::Format::Html, &error);
/// ```
class EvidenceReport
{
    Q_DECLARE_TR_FUNCTIONS(cmk::evidence::EvidenceReport)

public:
    static constexpr int FormatVersion = 1;

    enum class Kind { Run, Status };
    enum class Format { Json, Html };
    static QString formatName(Format format); ///< "json", "html"
    static std::optional<Format> formatFromName(QStringView name);

    /// One person (identity) in the evidence: who they are, which steps they ran, what they held.
    struct Person
    {
        QString side; ///< "isv", "customer"
        QString tenantId;
        QString objectId;
        QString userPrincipalName;
        QStringList steps; ///< the ids of the steps they ran
        QStringList roles; ///< "Owner at /subscriptions/…", directory role names
        QString rolesSource; ///< where `roles` come from: "run" (read before the run), "report"
        int calls = 0; ///< journal entries made as them
    };

    /// A typed confirmation of an irreversible step (`confirmed.<step>` / `audit.confirmed.<step>`).
    struct Confirmation
    {
        QString stepId;
        QString typedName; ///< what the person typed: the policy or resource name
        QDateTime confirmedAt;
        QString planDigest; ///< a digest of the confirmed plan's calls
        bool stepEnded = false; ///< moved to audit.*: the step it was for has ended
    };

    /// One step of the run as it ended (or stands).
    struct StepOutcome
    {
        QString id;
        QString number;
        QString title; ///< translated; the id when the track is unknown
        QString side;
        QString state; ///< workflow::stepStateName()
        QDateTime startedAt;
        QDateTime finishedAt;
        int attempts = 0;
        workflow::Actor by;
        QString errorCode;
        QString errorMessage;
        QStringList outputs; ///< the value keys it produced
    };

    /// Evidence of a run: its run file and the journal entries that belong to it
    /// (evidence::entriesOfRun()); `roles` adds role profiles read now to what the run recorded.
    static EvidenceReport fromRun(const workflow::RunState &run, const QList<http::JournalEntry> &calls,
                                  const QList<roles::RoleProfile> &roles = {});
    /// Evidence of a tenant's state: a status report and the calls that made it.
    static EvidenceReport fromStatus(const status::StatusReport &report,
                                     const QList<http::JournalEntry> &calls,
                                     const QList<roles::RoleProfile> &roles = {});

    Kind kind = Kind::Run;
    QDateTime generatedAt; ///< UTC
    QString title; ///< translated: the track's title, or "Status of tenant …"
    QString outcome; ///< "complete", "stopped", "in-progress" (run); "complete", "partial" (status)
    QString outcomeText; ///< translated
    QString runId;
    QString trackId;
    QString cloud;
    QDateTime startedAt;
    QDateTime endedAt;
    QList<Person> people;
    std::optional<roles::SeparationDecision> separation;
    QList<Confirmation> confirmations;
    QList<StepOutcome> steps;
    QList<http::JournalEntry> calls;
    workflow::Values finalValues; ///< the run's values (inputs and outputs), audit records apart
    std::optional<status::StatusReport> status;

    /// The document as versioned JSON, every string scrubbed.
    QByteArray toJson() const;
    /// The document as one self-contained HTML page (inline CSS, printable), every value scrubbed
    /// and HTML-escaped.
    QString toHtml() const;
    QByteArray render(Format format) const;

    /// Writes atomically (QSaveFile). Refuses, saying why, when the document still holds anything
    /// token-shaped (it never should) or the file cannot be written.
    bool save(const QString &path, Format format, QString *error) const;
};

} // namespace cmk::evidence

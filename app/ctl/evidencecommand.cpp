#include "evidencecommand.h"

#include "app/workspace.h"
#include "evidence/evidencereport.h"
#include "evidence/journalfiles.h"
#include "evidence/secretscrub.h"
#include "exitcode.h"
#include "trackcommand.h"
#include "types/guid.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cmk::ctl {

namespace {

const QString FormatOption = QStringLiteral("format");
const QString OutOption = QStringLiteral("out");
const QString SinceOption = QStringLiteral("since");
const QString StatusOption = QStringLiteral("status");
const QString RunFileOption = QStringLiteral("run-file");
const QString OutputOption = QStringLiteral("output");

/// The run file at `path`; the error names the file.
std::optional<workflow::RunState> loadRun(const QString &path, QString *error)
{
    auto run = workflow::RunState::load(path, error);
    if (!run && !error->contains(path))
        *error = EvidenceCommand::tr("%1: %2").arg(QDir::toNativeSeparators(path), *error);
    return run;
}

} // namespace

EvidenceCommand::EvidenceCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QList<QCommandLineOption> EvidenceCommand::options()
{
    return {
        {FormatOption, tr("evidence export: json (default) or html."), tr("format")},
        {OutOption, tr("journal/evidence export: write to this file (atomically) instead of stdout."),
         tr("file")},
        {SinceOption,
         tr("journal export: only entries from this time on (ISO 8601, e.g. 2026-11-23T15:00:00Z)."),
         tr("time")},
        {StatusOption, tr("evidence export: of the tenant's status now (signs in with read rights).")},
    };
}

int EvidenceCommand::usageError(const QString &message)
{
    m_err << "cmkctl: " << message << '\n'
          << tr("Run \"cmkctl --help\" for the commands and options.") << '\n';
    m_err.flush();
    return UsageError;
}

int EvidenceCommand::run(const QCommandLineParser &parser, const StartupOptions &startup,
                         const QStringList &args)
{
    const QString command = args.value(0);
    if (args.size() != 2 || args.at(1) != QLatin1StringView("export"))
        return usageError(
            command == QLatin1StringView("journal")
                ? tr("Use \"cmkctl journal export [--run-file FILE] [--since TIME] [--output json|csv] "
                     "[--out FILE]\".")
                : tr("Use \"cmkctl evidence export (--run-file FILE | --status) [--format json|html] "
                     "[--out FILE]\"."));
    // Every option is checked before anything is read or sent.
    const QString out = parser.value(OutOption);
    if (!out.isEmpty()) {
        const QFileInfo target(out);
        if (target.isDir())
            return usageError(tr("--out names the directory %1; give a file name.").arg(quotedInput(out)));
        if (!target.absoluteDir().exists())
            return usageError(tr("--out %1: the directory %2 does not exist.")
                                  .arg(quotedInput(out), QDir::toNativeSeparators(target.absolutePath())));
    }
    if (command == QLatin1StringView("journal")) {
        if (parser.isSet(FormatOption))
            return usageError(
                tr("--format belongs to \"evidence export\"; the journal takes --output json|csv."));
        if (parser.isSet(StatusOption))
            return usageError(tr("--status belongs to \"evidence export\"."));
        return journalExport(parser);
    }
    if (parser.isSet(SinceOption))
        return usageError(tr("--since belongs to \"journal export\"."));
    if (parser.isSet(OutputOption))
        return usageError(tr("\"evidence export\" takes --format json|html, not --output."));
    return evidenceExport(parser, startup);
}

int EvidenceCommand::journalExport(const QCommandLineParser &parser)
{
    const QString output = parser.isSet(OutputOption) ? parser.value(OutputOption) : QStringLiteral("json");
    if (output != QLatin1StringView("json") && output != QLatin1StringView("csv"))
        return usageError(
            tr("\"journal export\" takes --output json or csv, not %1.").arg(quotedInput(output)));
    QDateTime since;
    if (parser.isSet(SinceOption)) {
        since = QDateTime::fromString(parser.value(SinceOption), Qt::ISODateWithMs);
        if (!since.isValid())
            since = QDateTime::fromString(parser.value(SinceOption), Qt::ISODate);
        if (!since.isValid())
            return usageError(tr("--since takes a time in ISO 8601 (2026-11-23T15:00:00Z), not %1.")
                                  .arg(quotedInput(parser.value(SinceOption))));
    }
    std::optional<workflow::RunState> run;
    if (parser.isSet(RunFileOption)) {
        QString error;
        run = loadRun(parser.value(RunFileOption), &error);
        if (!run)
            return usageError(error);
    }
    QString error;
    QList<http::JournalEntry> entries
        = evidence::readJournal(Workspace::defaultJournalDirectory(), since, &error);
    if (!error.isEmpty())
        m_err << "cmkctl: " << error << '\n';
    if (run)
        entries = evidence::entriesOfRun(entries, *run);
    if (entries.isEmpty())
        m_err << "cmkctl: " << tr("The journal holds no matching entry.") << '\n';
    return write(output == QLatin1StringView("csv") ? evidence::journalToCsv(entries)
                                                    : evidence::journalToJson(entries),
                 parser.value(OutOption));
}

int EvidenceCommand::evidenceExport(const QCommandLineParser &parser, const StartupOptions &startup)
{
    const bool fromRun = parser.isSet(RunFileOption);
    const bool fromStatus = parser.isSet(StatusOption);
    if (fromRun == fromStatus)
        return usageError(
            fromRun ? tr("Give either --run-file FILE or --status, not both.")
                    : tr("\"evidence export\" needs --run-file FILE (a run) or --status (the tenant now)."));
    const QString formatName
        = parser.isSet(FormatOption) ? parser.value(FormatOption) : QStringLiteral("json");
    const auto format = evidence::EvidenceReport::formatFromName(formatName);
    if (!format)
        return usageError(tr("--format takes json or html, not %1.").arg(quotedInput(formatName)));
    const QString out = parser.value(OutOption);

    if (fromRun) {
        QString error;
        const auto run = loadRun(parser.value(RunFileOption), &error);
        if (!run)
            return usageError(error);
        QString journalError;
        const auto entries = evidence::entriesOfRun(
            evidence::readJournal(Workspace::defaultJournalDirectory(), {}, &journalError), *run);
        if (!journalError.isEmpty())
            m_err << "cmkctl: " << journalError << '\n';
        const auto report = evidence::EvidenceReport::fromRun(*run, entries);
        return write(report.render(*format), out);
    }

    TrackCommand::Options options;
    options.startup = startup;
    options.credentialFile = parser.value(QStringLiteral("credential-file"));
    options.customerUser = parser.value(QStringLiteral("as-customer"));
    TrackCommand command(m_out, m_err);
    command.setStatusSink([this, format = *format, out](const status::StatusReport &report,
                                                        const QList<http::JournalEntry> &calls,
                                                        const auth::SignedInIdentity &who) {
        // Who read it, with the directory roles their sign-in carries (the token's `wids`).
        roles::RoleProfile profile;
        profile.tenantId = who.tenantId;
        profile.objectId = who.objectId;
        profile.userPrincipalName = who.userPrincipalName;
        profile.directoryRolesKnown = true;
        for (const QString &id : who.directoryRoles)
            profile.directoryRoles.append({id, roles::directoryRoleName(id)});
        const auto evidence = evidence::EvidenceReport::fromStatus(report, calls, {profile});
        const int code = write(evidence.render(format), out);
        return code == Ok && !report.complete ? int(ServiceError) : code;
    });
    int code = -1;
    command.status(options, QString(), [&code](int result) {
        code = result;
        QCoreApplication::exit(result);
    });
    if (code < 0)
        QCoreApplication::exec();
    return code;
}

int EvidenceCommand::write(const QByteArray &data, const QString &file)
{
    // The last check: nothing token-shaped leaves this command (the documents are scrubbed already).
    if (const QStringList found = evidence::secrets::find(QString::fromUtf8(data)); !found.isEmpty()) {
        m_err << "cmkctl: "
              << tr("Nothing was written: the export still holds what looks like a secret (%1).")
                     .arg(found.join(QStringLiteral(", ")))
              << '\n';
        return Failure;
    }
    if (file.isEmpty()) {
        m_out << QString::fromUtf8(data);
        m_out.flush();
        return Ok;
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        m_err << "cmkctl: "
              << tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(file), f.errorString())
              << '\n';
        return Failure;
    }
    m_err << tr("Written to %1.").arg(QDir::toNativeSeparators(file)) << '\n';
    return Ok;
}

} // namespace cmk::ctl

#pragma once

#include "app/startupoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cmk::ctl {

/// `cmkctl journal export` and `cmkctl evidence export`: the request journal of a run (or since a
/// time) as JSON or CSV, and the audit evidence of a run file or of the tenant's status as JSON or
/// HTML (core/evidence, docs/evidence.md). Every argument is checked before anything is read or
/// sent; a bad one exits 2 naming it.
class EvidenceCommand
{
    Q_DECLARE_TR_FUNCTIONS(cmk::ctl::EvidenceCommand)

public:
    EvidenceCommand(QTextStream &out, QTextStream &err);

    /// The options these commands read, for `cmkctl --help`.
    static QList<QCommandLineOption> options();

    /// Runs `args` ("journal export" or "evidence export") with `parser`'s options; the exit code.
    int run(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args);

private:
    int usageError(const QString &message);
    int journalExport(const QCommandLineParser &parser);
    int evidenceExport(const QCommandLineParser &parser, const StartupOptions &startup);
    /// Writes `data` to `file` atomically, or to stdout when `file` is empty.
    int write(const QByteArray &data, const QString &file);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace cmk::ctl

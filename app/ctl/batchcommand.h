#pragma once

#include "trackcommand.h"

#include <QCoreApplication>
#include <QList>
#include <QTextStream>

#include <optional>

namespace cmk::ctl {

/// `cmkctl batch FILE`: onboards many customers from a CSV file (a header row of input keys plus
/// `track` and an optional `id` column) or a JSON array of objects. One run per row, each with its
/// own run file in the batch directory, one after the other; running the batch again skips rows
/// whose run finished and resumes the others. Ends with a summary (table or json) and exit 0, 6
/// when rows wait for the other tenant, 7 when any row failed.
class BatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(cmk::ctl::BatchCommand)

public:
    struct Row
    {
        int number = 0; ///< 1-based, data rows only
        QString id; ///< the `id` column, or "row-N": names the run file
        QString track;
        workflow::Values values;
    };

    BatchCommand(QTextStream &out, QTextStream &err);

    /// Reads and checks every row (known track, unique file-safe ids); nothing is sent. On a
    /// problem returns nothing and says what is wrong, naming the row, in `error`.
    static std::optional<QList<Row>> read(const QString &file, QString *error);
    /// The batch directory when none is given: `<file's name>-runs` next to the file.
    static QString defaultDirectory(const QString &file);

    /// Runs every row with `base` (sign-in, --yes, --justification …); returns the exit code.
    int run(const QList<Row> &rows, const QString &directory, const TrackCommand::Options &base,
            const QString &output);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace cmk::ctl

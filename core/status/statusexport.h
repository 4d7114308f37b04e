#pragma once

#include "status/statusreport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cmk::status {

/// The status rows as files for spreadsheets and tools: the dashboard's Export and
/// `cmkctl status --output csv` write the same CSV; the JSON is the report's own ("cmk-status" v1).
class StatusExport
{
public:
    /// The CSV header: the first ten columns are those `cmkctl status` has always printed;
    /// later columns are only ever appended.
    static QString csvHeader();
    /// `rows` as CSV: a header line, then one line per row, `\n`-terminated, UTF-8. Fields with a
    /// comma, quote or line break are quoted (RFC 4180); a field starting with = + - @ is prefixed
    /// with ' so a spreadsheet does not run it as a formula. IDs, names, states and the services'
    /// words only: never a secret.
    static QByteArray csv(const QList<EnvironmentStatus> &rows);
    /// `report` with only `rows` (e.g. those a filter shows), as StatusReport::toJson() writes it.
    static QByteArray json(const StatusReport &report, const QList<EnvironmentStatus> &rows);
    /// Reads CSV as csv() writes it (RFC 4180: quoted fields, doubled quotes, line breaks inside
    /// quotes; `\n` or `\r\n` between records): one list of fields per record, the header first.
    /// Nothing and `error` set when a quote is left open or a record's field count differs.
    static QList<QStringList> readCsv(const QByteArray &csv, QString *error = nullptr);
};

} // namespace cmk::status

#include "status/statusexport.h"

#include <QStringList>

namespace cmk::status {

namespace {

QString field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        value = u'"' + value.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return value;
}

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString StatusExport::csvHeader()
{
    return QStringLiteral("id,name,type,location,policy,state,locked,lockReason,daysLeft,nextAction,"
                          "azureRegion,protection,keyName,keyVault,keyHealthy,lockedSince,deletionTime,"
                          "lastOperation,diagnosis");
}

QByteArray StatusExport::csv(const QList<EnvironmentStatus> &rows)
{
    QString out = csvHeader() + u'\n';
    out.reserve(rows.size() * 400);
    for (const EnvironmentStatus &row : rows) {
        const bool linked = !row.policyId.isEmpty();
        const QStringList fields = {
            field(row.id),
            field(row.displayName),
            field(row.sku),
            field(row.location),
            field(row.policyName),
            stateCode(row.state),
            row.locked ? QStringLiteral("true") : QStringLiteral("false"),
            field(row.lockReason),
            row.daysLeft ? QString::number(*row.daysLeft) : QString(),
            field(row.nextAction),
            field(row.azureRegion),
            protectionCode(row.protection),
            field(linked ? row.key.keyName : QString()),
            field(linked ? row.key.vaultId : QString()),
            linked ? (row.key.isHealthy() ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
            utc(row.lockedSince),
            utc(row.deletionTime),
            field(row.lastOperation),
            field(row.diagnosis),
        };
        out += fields.join(u',');
        out += u'\n';
    }
    return out.toUtf8();
}

QByteArray StatusExport::json(const StatusReport &report, const QList<EnvironmentStatus> &rows)
{
    StatusReport shown;
    shown.tenantId = report.tenantId;
    shown.generatedAt = report.generatedAt;
    shown.asOf = report.asOf;
    shown.complete = report.complete;
    shown.problems = report.problems;
    shown.rows = rows;
    return shown.toJson();
}

QList<QStringList> StatusExport::readCsv(const QByteArray &csv, QString *error)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> records;
    QStringList record;
    QString value;
    bool quoted = false;
    bool fieldStarted = false;
    const auto endRecord = [&] {
        record << value;
        records << record;
        record.clear();
        value.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                value += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                value += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << value;
            value.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            endRecord();
        } else {
            value += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = QStringLiteral("a quoted field is not closed");
        return {};
    }
    if (fieldStarted || !record.isEmpty())
        endRecord();
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (records.at(r).size() != records.first().size()) {
            if (error)
                *error = QStringLiteral("record %1 has %2 fields, the header %3")
                             .arg(r + 1)
                             .arg(records.at(r).size())
                             .arg(records.first().size());
            return {};
        }
    }
    return records;
}

} // namespace cmk::status

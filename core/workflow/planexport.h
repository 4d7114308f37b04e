#pragma once

#include "workflow/step.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cmk::workflow {

/// A plan for a change board: the calls a track would make, as a script or a template someone
/// can read and run themselves. Never a secret: members named like secrets are replaced.
class PlanExport
{
    Q_DECLARE_TR_FUNCTIONS(cmk::workflow::PlanExport)

public:
    enum class Format {
        AzCli, ///< bash with `az rest` (the token comes from `az login`)
        PowerShell, ///< `Invoke-AzRestMethod` (the token comes from `Connect-AzAccount`)
        ArmTemplate, ///< the ARM PUTs as a deployment template; other calls listed as not expressible
    };

    struct StepPlan
    {
        Step::Info step;
        Plan plan;
    };

    static std::optional<Format> formatFromName(QStringView name); ///< "az", "ps", "arm"
    static QString render(const QString &trackTitle, const QList<StepPlan> &plans, Format format,
                          const CloudProfile &profile);

    /// The body with every member named like a secret replaced by "<redacted>".
    static QByteArray redacted(const QByteArray &body);
};

} // namespace cmk::workflow

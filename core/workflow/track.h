#pragma once

#include "workflow/step.h"
#include "workflow/trackregistry.h"

#include <memory>
#include <vector>

namespace cmk::workflow {

/// A track: what the start page shows of it and its steps in how-to order. Data; the runner
/// walks it.
struct Track
{
    TrackInfo info;
    std::vector<std::shared_ptr<const Step>> steps;

    const Step *step(QStringView id) const;
    /// Every input of every step, each key once, in step order.
    QList<InputSpec> inputs() const;
    /// Problems of the track's own shape (unknown or later dependencies, duplicate ids); empty when sound.
    QStringList validate() const;
};

} // namespace cmk::workflow

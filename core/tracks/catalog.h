#pragma once

#include "workflow/track.h"
#include "workflow/trackregistry.h"

#include <optional>
#include <vector>

namespace cmk::tracks {

/// How long the tracks wait between looks at something that takes time (a registration, an
/// approval, a new principal). The sandbox runs its clock faster than real time, so looking at
/// real-cloud intervals would only make its demo wait.
enum class Waits { RealCloud, Sandbox };

/// Every track this build offers, in the order the start page lists them.
std::vector<workflow::Track> allTracks(Waits waits = Waits::RealCloud);
std::optional<workflow::Track> trackById(QStringView id, Waits waits = Waits::RealCloud);
/// Adds every track to `registry` (the start page, `cmkctl track list`).
void registerAll(TrackRegistry &registry);

} // namespace cmk::tracks

#include "tracks/catalog.h"

#include "tracks/customergrant.h"
#include "tracks/isvtracks.h"
#include "tracks/lock.h"
#include "tracks/powerplatform.h"
#include "tracks/ppenvironments.h"

using namespace std::chrono_literals;

namespace cmk::tracks {

std::vector<workflow::Track> allTracks(Waits waits)
{
    Pacing pacing;
    CustomerGrantOptions grant;
    if (waits == Waits::Sandbox) {
        pacing.firstPoll = 100ms;
        pacing.maxPoll = 1s;
        grant.principalFirstDelay = 100ms;
        grant.principalMaxDelay = 1s;
        grant.endpointFirstPoll = 100ms;
        grant.endpointMaxPoll = 1s;
    }
    return {isvNetAppTrack(pacing),
            isvManagedDisksTrack(pacing),
            customerGrantTrack(grant),
            powerPlatformKeyVaultTrack(pacing),
            powerPlatformEnvironmentsTrack(EnvironmentChange::Add, pacing),
            powerPlatformEnvironmentsTrack(EnvironmentChange::Remove, pacing),
            powerPlatformEnvironmentsTrack(EnvironmentChange::ChangeKey, pacing),
            powerPlatformEnvironmentsTrack(EnvironmentChange::MigrateByok, pacing),
            lockTrack(pacing),
            unlockTrack(pacing)};
}

std::optional<workflow::Track> trackById(QStringView id, Waits waits)
{
    for (workflow::Track &track : allTracks(waits)) {
        if (track.info.id == id)
            return std::move(track);
    }
    return std::nullopt;
}

void registerAll(TrackRegistry &registry)
{
    for (const workflow::Track &track : allTracks())
        registry.add(track.info);
}

} // namespace cmk::tracks

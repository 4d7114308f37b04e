#include "workflow/trackregistry.h"

namespace cmk {

bool TrackRegistry::add(const TrackInfo &track)
{
    if (track.id.isEmpty() || find(track.id))
        return false;
    m_tracks.append(track);
    return true;
}

QList<TrackInfo> TrackRegistry::tracksFor(Persona persona) const
{
    QList<TrackInfo> result;
    for (const TrackInfo &t : m_tracks) {
        if (t.persona == persona)
            result.append(t);
    }
    return result;
}

std::optional<TrackInfo> TrackRegistry::find(QStringView id) const
{
    for (const TrackInfo &t : m_tracks) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

} // namespace cmk

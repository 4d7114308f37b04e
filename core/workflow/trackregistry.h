#pragma once

#include "workflow/persona.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace cmk {

/// What the start page and `cmkctl track list` show of a track.
struct TrackInfo
{
    QString id; ///< stable: "isv-netapp", used on the command line and in run files
    QString title; ///< translated, e.g. "ISV · NetApp Files"
    QString summary; ///< translated, one or two sentences
    Persona persona; ///< who runs it
    QString source; ///< the how-to it follows, e.g. "seed 000"
    QUrl documentation; ///< the Microsoft documentation page it comes from
    /// Key vault and Power Platform administration are kept apart here (seeds 002/003): the
    /// runner warns and records a justification, or refuses, when one identity holds both.
    bool separationOfDuties = false;
};

/// The tracks this build offers. A track appears here only when its implementation registers
/// it, so nothing unbuilt is ever offered as if it worked.
class TrackRegistry
{
public:
    /// Adds a track; returns false (and changes nothing) when the id is taken or empty.
    bool add(const TrackInfo &track);
    const QList<TrackInfo> &tracks() const { return m_tracks; }
    QList<TrackInfo> tracksFor(Persona persona) const;
    std::optional<TrackInfo> find(QStringView id) const;

private:
    QList<TrackInfo> m_tracks;
};

} // namespace cmk

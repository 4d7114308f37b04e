#pragma once

#include "app/demodirectory.h"
#include "app/startupoptions.h"
#include "cloud/cloudprofile.h"
#include "workflow/persona.h"

#include <QObject>

#include <optional>

namespace cmk {

/// The start page's choices for one session: who the user is, which track, which cloud.
/// One typed object the pages share instead of string-keyed wizard fields.
class SetupModel : public QObject
{
    Q_OBJECT

public:
    explicit SetupModel(QObject *parent = nullptr);

    std::optional<Persona> persona() const { return m_persona; }
    void setPersona(Persona persona);

    QString trackId() const { return m_trackId; }
    void setTrackId(const QString &trackId);

    CloudChoice cloudChoice() const { return m_cloudChoice; }
    /// The profile the choice resolved to; empty while the choice is unusable (e.g. a bad file).
    std::optional<CloudProfile> profile() const { return m_profile; }
    void setCloud(const CloudChoice &choice, const std::optional<CloudProfile> &profile);

    /// The offline demo's people (filled by the app when the sandbox starts); empty otherwise.
    const DemoDirectory &demoDirectory() const { return m_demoDirectory; }
    void setDemoDirectory(const DemoDirectory &directory) { m_demoDirectory = directory; }

Q_SIGNALS:
    void personaChanged();
    void trackChanged();
    void cloudChanged();

private:
    std::optional<Persona> m_persona;
    QString m_trackId;
    CloudChoice m_cloudChoice;
    std::optional<CloudProfile> m_profile;
    DemoDirectory m_demoDirectory;
};

} // namespace cmk

#include "wizard/setupmodel.h"

namespace cmk {

SetupModel::SetupModel(QObject *parent)
    : QObject(parent)
{
}

void SetupModel::setPersona(Persona persona)
{
    if (m_persona == persona)
        return;
    m_persona = persona;
    Q_EMIT personaChanged();
}

void SetupModel::setTrackId(const QString &trackId)
{
    if (m_trackId == trackId)
        return;
    m_trackId = trackId;
    Q_EMIT trackChanged();
}

void SetupModel::setCloud(const CloudChoice &choice, const std::optional<CloudProfile> &profile)
{
    m_cloudChoice = choice;
    m_profile = profile;
    Q_EMIT cloudChanged();
}

} // namespace cmk

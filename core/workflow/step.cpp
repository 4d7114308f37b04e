#include "workflow/step.h"

#include "services/armclient.h"
#include "services/graphclient.h"
#include "services/keyvaultclient.h"
#include "services/powerplatformclient.h"

namespace cmk::workflow {

QString sideName(Side side)
{
    return side == Side::Isv ? QStringLiteral("isv") : QStringLiteral("customer");
}

QString sideTitle(Side side)
{
    return side == Side::Isv ? Step::tr("ISV tenant") : Step::tr("customer tenant");
}

struct StepRun::Clients
{
    struct PerSide
    {
        std::unique_ptr<services::ArmClient> arm;
        std::unique_ptr<services::GraphClient> graph;
        std::unique_ptr<services::KeyVaultClient> keyVault;
        std::unique_ptr<services::PowerPlatformClient> powerPlatform;
    };
    PerSide isv;
    PerSide customer;
    PerSide &of(Side side) { return side == Side::Isv ? isv : customer; }
};

StepRun::StepRun(const Step *step, Values values, std::function<SideSession(Side)> sessions, QObject *parent)
    : QObject(parent)
    , m_step(step)
    , m_values(std::move(values))
    , m_sessions(std::move(sessions))
    , m_clients(std::make_unique<Clients>())
{
}

StepRun::~StepRun() = default;

const CloudProfile &StepRun::profile() const
{
    return m_sessions(m_step->info().side).pipeline->profile();
}

services::ArmClient &StepRun::arm(Side side)
{
    auto &c = m_clients->of(side).arm;
    if (!c)
        c = std::make_unique<services::ArmClient>(m_sessions(side).pipeline);
    return *c;
}

services::GraphClient &StepRun::graph(Side side)
{
    auto &c = m_clients->of(side).graph;
    if (!c)
        c = std::make_unique<services::GraphClient>(m_sessions(side).pipeline);
    return *c;
}

services::KeyVaultClient &StepRun::keyVault(Side side)
{
    auto &c = m_clients->of(side).keyVault;
    if (!c)
        c = std::make_unique<services::KeyVaultClient>(m_sessions(side).pipeline);
    return *c;
}

services::PowerPlatformClient &StepRun::powerPlatform(Side side)
{
    auto &c = m_clients->of(side).powerPlatform;
    if (!c)
        c = std::make_unique<services::PowerPlatformClient>(m_sessions(side).pipeline);
    return *c;
}

auth::SignedInIdentity StepRun::identity(Side side) const
{
    return m_sessions(side).identity;
}

void StepRun::saveOperation(const http::OperationState &state)
{
    m_operation = state;
    Q_EMIT operationSaved(state);
}

void StepRun::progress(const QString &text)
{
    Q_EMIT progressed(text);
}

void StepRun::checked(bool done, const Values &outputs)
{
    Q_EMIT checkFinished(done, outputs);
}

void StepRun::succeeded(const Values &outputs)
{
    Q_EMIT finished(true, outputs, http::ServiceError());
}

void StepRun::failed(const http::ServiceError &error)
{
    Q_EMIT finished(false, {}, error);
}

void Step::verify(StepRun &run) const
{
    check(run);
}

void Step::resume(StepRun &run, const http::OperationState &operation) const
{
    Q_UNUSED(operation)
    apply(run);
}

} // namespace cmk::workflow

#include "wizard/cmkwizard.h"

#include "wizard/setupmodel.h"

namespace cmk {

CmkWizard::CmkWizard(SetupModel *model, const TrackRegistry *registry, SandboxStarter sandboxStarter,
                     QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("wizard"));
#ifndef Q_OS_MACOS
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOptions(options() | QWizard::NoBackButtonOnStartPage);
    setPage(int(PageId::Start), new StartPage(model, registry, std::move(sandboxStarter), this));
    setStartId(int(PageId::Start));
}

} // namespace cmk

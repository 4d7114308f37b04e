#include "wizard/cmkwizard.h"

#include "pages/signinpage.h"
#include "pages/trackpage.h"
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
    setPage(int(PageId::SignIn), new SignInPage(model, this));
    setPage(int(PageId::Track), new TrackPage(model, this));
    setStartId(int(PageId::Start));
}

} // namespace cmk

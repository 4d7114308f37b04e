#pragma once

#include "pages/startpage.h"
#include "wizard/pageid.h"

#include <QWizard>

namespace cmk {

class SetupModel;
class TrackRegistry;

/// The wizard: explicit page ids, one SetupModel shared by the pages.
class CmkWizard : public QWizard
{
    Q_OBJECT

public:
    CmkWizard(SetupModel *model, const TrackRegistry *registry, SandboxStarter sandboxStarter,
              QWidget *parent = nullptr);

    QWizardPage *page(PageId id) const { return QWizard::page(int(id)); }
};

} // namespace cmk

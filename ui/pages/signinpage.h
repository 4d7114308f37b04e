#pragma once

#include "workflow/step.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QHBoxLayout;
class QLabel;

namespace cmk {

class MessageBanner;
class RunSession;
class SetupModel;
class SignInPanel;

/// Signs in every tenant side the chosen track works in, one SignInPanel each (the ISV and the
/// customer side by side for the two-sided tracks), with the roles read for each person and what
/// they lack for this track's steps explained under their panel. Complete when every side is
/// signed in; the sessions go to the run.
class SignInPage : public QWizardPage
{
    Q_OBJECT

public:
    SignInPage(SetupModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    SignInPanel *panel(workflow::Side side) const { return m_panels.value(int(side)); }

Q_SIGNALS:
    /// A side's sign-in changed: signed in, roles read, failed or cancelled (for the role panel).
    void sessionChanged(cmk::workflow::Side side);

private:
    void rebuild();
    void showRoleProblems(workflow::Side side);

    SetupModel *m_model;
    QPointer<RunSession> m_run;
    MessageBanner *m_banner;
    QLabel *m_trackLabel;
    QHBoxLayout *m_panelsLayout;
    QHash<int, SignInPanel *> m_panels;
    QHash<int, MessageBanner *> m_roleBanners;
    QList<QWidget *> m_columns;
};

} // namespace cmk

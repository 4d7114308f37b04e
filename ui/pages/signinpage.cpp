#include "pages/signinpage.h"

#include "app/runsession.h"
#include "widgets/messagebanner.h"
#include "widgets/signinpanel.h"
#include "wizard/pageid.h"
#include "wizard/setupmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cmk {

using workflow::Side;

SignInPage::SignInPage(SetupModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_banner(new MessageBanner(this))
    , m_trackLabel(new QLabel(this))
    , m_panelsLayout(new QHBoxLayout)
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(tr("Sign In"));
    setSubTitle(tr("Each tenant side of the track signs in as its own person. Their roles are read from "
                   "the directory and from Azure before anything changes."));
    m_banner->setObjectName(QStringLiteral("signInPageMessage"));
    m_trackLabel->setObjectName(QStringLiteral("signInTrackLabel"));
    m_trackLabel->setWordWrap(true);
    m_trackLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_trackLabel);
    layout->addWidget(m_banner);
    layout->addLayout(m_panelsLayout, 1);
}

void SignInPage::initializePage()
{
    QString error;
    RunSession *run = m_model->prepareRun(&error);
    if (!run) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        m_run = nullptr;
        rebuild();
        return;
    }
    m_banner->clear();
    if (run != m_run) {
        m_run = run;
        rebuild();
    }
}

void SignInPage::cleanupPage()
{
    // Back to the start page: nothing keeps waiting for a sign-in there (the cloud may change next).
    for (SignInPanel *panel : std::as_const(m_panels)) {
        if (panel->session()->isBusy())
            panel->session()->cancel();
    }
}

void SignInPage::rebuild()
{
    for (QWidget *column : std::as_const(m_columns))
        column->deleteLater();
    m_columns.clear();
    m_panels.clear();
    m_roleBanners.clear();
    if (!m_run) {
        m_trackLabel->clear();
        Q_EMIT completeChanged();
        return;
    }
    m_trackLabel->setText(tr("Track: <b>%1</b>").arg(m_run->track().info.title.toHtmlEscaped()));
    const DemoDirectory &demo = m_model->demoDirectory();
    QWidget *previous = nullptr;
    for (const Side side : m_run->sides()) {
        auto *column = new QWidget(this);
        column->setObjectName(workflow::sideName(side) + QStringLiteral("SignInColumn"));
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        auto *panel = new SignInPanel(m_model->workspace(), side, column);
        const QString tenant = m_run->expectedTenant(side);
        panel->setExpectedTenant(tenant);
        panel->setRoleScopes(m_run->roleScopes(side));
        if (!demo.isEmpty())
            panel->setDemoDirectory(demo);
        // Without a known tenant, the customer side starts on the first person of another tenant
        // than the demo's first one (the ISV), so the two sides are different people.
        if (tenant.isEmpty() && side == Side::Customer && !demo.people.isEmpty()) {
            if (auto *people = panel->findChild<QTreeWidget *>(QStringLiteral("peopleList"))) {
                for (int i = 0; i < people->topLevelItemCount(); ++i) {
                    if (demo.people.value(i).tenantId != demo.people.first().tenantId) {
                        people->setCurrentItem(people->topLevelItem(i));
                        break;
                    }
                }
            }
        }
        auto *roleBanner = new MessageBanner(column);
        roleBanner->setObjectName(workflow::sideName(side) + QStringLiteral("RoleProblems"));
        columnLayout->addWidget(panel, 1);
        columnLayout->addWidget(roleBanner);
        m_panelsLayout->addWidget(column, 1);
        m_columns.append(column);
        m_panels.insert(int(side), panel);
        m_roleBanners.insert(int(side), roleBanner);
        if (previous)
            QWidget::setTabOrder(previous, panel);
        previous = panel;

        connect(panel, &SignInPanel::signedIn, this,
                [this](Side s, const workflow::StepRun::SideSession &session) {
                    if (m_run)
                        m_run->setSideSession(s, session);
                    Q_EMIT completeChanged();
                });
        connect(panel, &SignInPanel::changed, this, [this, side] {
            Q_EMIT completeChanged();
            Q_EMIT sessionChanged(side);
        });
        connect(panel->session(), &SignInSession::rolesDetected, this, [this, side] {
            showRoleProblems(side);
            Q_EMIT sessionChanged(side);
        });
        // Someone already signed in to that tenant (this session's token cache): no prompt.
        if (!tenant.isEmpty())
            panel->useCachedAccount();
    }
    Q_EMIT completeChanged();
}

void SignInPage::showRoleProblems(Side side)
{
    SignInPanel *panel = m_panels.value(int(side));
    MessageBanner *banner = m_roleBanners.value(int(side));
    if (!panel || !banner || !m_run)
        return;
    const auto profile = panel->session()->roleProfile();
    const QStringList missing = profile ? m_run->missingRoles(side, *profile) : QStringList();
    if (missing.isEmpty()) {
        banner->clear();
        return;
    }
    QStringList escaped;
    for (const QString &line : missing)
        escaped << line.toHtmlEscaped();
    //: %1 the person signed in
    banner->showMessage(MessageBanner::Kind::Warning,
                        tr("%1 lacks roles this track needs; the run will stop before these steps change "
                           "anything:")
                                .arg(panel->session()->account().toHtmlEscaped())
                            + QStringLiteral("<ul><li>") + escaped.join(QStringLiteral("</li><li>"))
                            + QStringLiteral("</li></ul>"));
}

bool SignInPage::isComplete() const
{
    if (!m_run)
        return false;
    for (auto it = m_panels.constBegin(); it != m_panels.constEnd(); ++it) {
        if (!it.value()->isSignedIn())
            return false;
    }
    return m_run->isSignedIn();
}

int SignInPage::nextId() const
{
    return int(PageId::Track);
}

} // namespace cmk

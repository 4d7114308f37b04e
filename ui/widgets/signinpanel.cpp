#include "widgets/signinpanel.h"

#include "widgets/messagebanner.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFont>
#include <QFontDatabase>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cmk {

namespace {

constexpr int UpnRole = Qt::UserRole + 1;

} // namespace

SignInPanel::SignInPanel(Workspace *workspace, workflow::Side side, QWidget *parent)
    : QWidget(parent)
    , m_session(new SignInSession(workspace, side, this))
{
    const QString sideName = workflow::sideName(side);
    setObjectName(sideName + QStringLiteral("SignInPanel"));
    //: %1 "ISV tenant" or "customer tenant"
    setAccessibleName(tr("Sign-in for the %1").arg(workflow::sideTitle(side)));
    m_session->setBrowserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });

    m_heading = new QLabel(tr("Sign in to the %1").arg(workflow::sideTitle(side)), this);
    m_heading->setObjectName(QStringLiteral("signInHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("signInMessage"));

    // The demo's people.
    m_peopleBox = new QGroupBox(tr("Sign in as a person of the demo"), this);
    m_peopleBox->setObjectName(QStringLiteral("peopleBox"));
    m_people = new QTreeWidget(m_peopleBox);
    m_people->setObjectName(QStringLiteral("peopleList"));
    m_people->setAccessibleName(tr("People of the demo"));
    m_people->setAccessibleDescription(tr("Pick the person who signs in; press Enter to sign in."));
    m_people->setHeaderLabels({tr("Name"), tr("Role"), tr("Tenant")});
    m_people->setRootIsDecorated(false);
    m_people->setAllColumnsShowFocus(true);
    m_people->setTextElideMode(Qt::ElideRight);
    m_people->header()->setStretchLastSection(false);
    m_people->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_people->header()->setSectionResizeMode(1,
                                             QHeaderView::Stretch); // long roles elide; the tooltip has them
    m_people->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_signInAs = new QPushButton(tr("&Sign In as Selected Person"), m_peopleBox);
    m_signInAs->setObjectName(QStringLiteral("signInAsButton"));
    m_signInAs->setAccessibleDescription(tr("Signs the selected person in with a device code they approve."));
    auto *peopleLayout = new QVBoxLayout(m_peopleBox);
    peopleLayout->addWidget(m_people);
    peopleLayout->addWidget(m_signInAs, 0, Qt::AlignRight);

    // A real cloud: the browser, or a device code.
    m_browserRow = new QWidget(this);
    m_browserRow->setObjectName(QStringLiteral("browserRow"));
    m_browserButton = new QPushButton(tr("Sign In with &Browser"), m_browserRow);
    m_browserButton->setObjectName(QStringLiteral("browserSignInButton"));
    m_browserButton->setAccessibleDescription(tr("Opens the sign-in page in the system browser."));
    m_deviceCodeButton = new QPushButton(tr("Use a &Device Code Instead"), m_browserRow);
    m_deviceCodeButton->setObjectName(QStringLiteral("deviceCodeButton"));
    m_deviceCodeButton->setAccessibleDescription(
        tr("Shows a code to enter on another device, for machines without a browser."));
    auto *browserLayout = new QHBoxLayout(m_browserRow);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addWidget(m_browserButton);
    browserLayout->addWidget(m_deviceCodeButton);
    browserLayout->addStretch(1);

    // The device code while it is waited for.
    m_codeBox = new QGroupBox(tr("Device code"), this);
    m_codeBox->setObjectName(QStringLiteral("deviceCodeBox"));
    m_codeMessage = new QLabel(m_codeBox);
    m_codeMessage->setObjectName(QStringLiteral("deviceCodeMessage"));
    m_codeMessage->setWordWrap(true);
    m_codeMessage->setOpenExternalLinks(true);
    m_codeMessage->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_code = new QLabel(m_codeBox);
    m_code->setObjectName(QStringLiteral("deviceCodeLabel"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFocusPolicy(Qt::StrongFocus);
    m_code->setAccessibleName(tr("Device code"));
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.6);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_copyCode = new QPushButton(tr("&Copy Code"), m_codeBox);
    m_copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    m_copyCode->setAccessibleDescription(tr("Copies the device code to the clipboard."));
    auto *codeLayout = new QVBoxLayout(m_codeBox);
    codeLayout->addWidget(m_codeMessage);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_copyCode);
    codeRow->addStretch(1);
    codeLayout->addLayout(codeRow);

    // Progress and Cancel.
    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("progressRow"));
    m_progressText = new QLabel(m_progressRow);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Sign-in in progress"));
    m_cancel = new QPushButton(tr("Cancel Sign-In"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->setAccessibleDescription(tr("Stops waiting for the sign-in."));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressText, 1);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_cancel);

    // Signed in.
    m_signedInBox = new QGroupBox(tr("Signed in"), this);
    m_signedInBox->setObjectName(QStringLiteral("signedInBox"));
    m_accountLabel = new QLabel(m_signedInBox);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_tenantLabel = new QLabel(m_signedInBox);
    m_tenantLabel->setObjectName(QStringLiteral("tenantLabel"));
    m_rolesLabel = new QLabel(m_signedInBox);
    m_rolesLabel->setObjectName(QStringLiteral("rolesLabel"));
    m_rolesLabel->setWordWrap(true);
    m_rolesLabel->setAccessibleName(tr("Detected roles"));
    for (QLabel *label : {m_accountLabel, m_tenantLabel, m_rolesLabel})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_switchAccount = new QPushButton(tr("Sign In as Someone &Else"), m_signedInBox);
    m_switchAccount->setObjectName(QStringLiteral("switchAccountButton"));
    m_switchAccount->setAccessibleDescription(tr("Starts a new sign-in for this tenant."));
    auto *signedInLayout = new QVBoxLayout(m_signedInBox);
    signedInLayout->addWidget(m_accountLabel);
    signedInLayout->addWidget(m_tenantLabel);
    signedInLayout->addWidget(m_rolesLabel);
    signedInLayout->addWidget(m_switchAccount, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_peopleBox);
    layout->addWidget(m_browserRow);
    layout->addWidget(m_codeBox);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_signedInBox);
    layout->addStretch(1);

    connect(m_signInAs, &QPushButton::clicked, this, &SignInPanel::signInAsSelected);
    connect(m_people, &QTreeWidget::itemActivated, this, &SignInPanel::signInAsSelected);
    connect(m_browserButton, &QPushButton::clicked, m_session, &SignInSession::startBrowser);
    connect(m_deviceCodeButton, &QPushButton::clicked, m_session, &SignInSession::startDeviceCode);
    connect(m_cancel, &QPushButton::clicked, m_session, &SignInSession::cancel);
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_session->deviceCode().code);
        m_banner->showMessage(MessageBanner::Kind::Information, tr("The code is on the clipboard."));
    });
    connect(m_switchAccount, &QPushButton::clicked, this, [this] {
        m_session->reset();
        if (m_peopleBox->isVisible())
            m_people->setFocus();
        else
            m_browserButton->setFocus();
    });
    connect(m_session, &SignInSession::stateChanged, this, &SignInPanel::updateView);
    connect(m_session, &SignInSession::deviceCodeReady, this, &SignInPanel::updateView);
    connect(m_session, &SignInSession::rolesDetected, this, &SignInPanel::showRoles);
    connect(m_session, &SignInSession::signedIn, this, &SignInPanel::signedIn);
    updateView();
}

void SignInPanel::setExpectedTenant(const QString &tenant)
{
    m_session->setExpectedTenant(tenant);
    fillPeople();
}

void SignInPanel::setDemoDirectory(const DemoDirectory &directory)
{
    m_session->setDemoDirectory(directory);
    fillPeople();
    updateView();
}

void SignInPanel::fillPeople()
{
    m_people->clear();
    const QString expected = m_session->expectedTenant();
    QTreeWidgetItem *first = nullptr;
    for (const DemoPerson &person : m_session->demoDirectory().people) {
        auto *item = new QTreeWidgetItem(m_people, {person.displayName, person.role, person.tenantName});
        item->setData(0, UpnRole, person.userPrincipalName);
        item->setToolTip(0, person.userPrincipalName);
        item->setToolTip(1, person.role);
        const bool fits = expected.isEmpty() || person.tenantId.compare(expected, Qt::CaseInsensitive) == 0;
        if (fits && !first)
            first = item;
    }
    if (first)
        m_people->setCurrentItem(first);
}

void SignInPanel::signInAsSelected()
{
    const QTreeWidgetItem *item = m_people->currentItem();
    if (!item) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Pick a person first."));
        return;
    }
    m_session->signInAs(item->data(0, UpnRole).toString());
}

void SignInPanel::updateView()
{
    using State = SignInSession::State;
    const State state = m_session->state();
    const bool demo = !m_session->demoDirectory().people.isEmpty();
    const bool busy = m_session->isBusy();
    const bool signedIn = state == State::SignedIn;

    m_peopleBox->setVisible(demo && !signedIn);
    m_peopleBox->setEnabled(!busy);
    m_browserRow->setVisible(!demo && !signedIn);
    m_browserRow->setEnabled(!busy);
    m_codeBox->setVisible(state == State::WaitingForDeviceCode && !m_session->deviceCode().code.isEmpty());
    m_progressRow->setVisible(busy);
    m_signedInBox->setVisible(signedIn);

    const SignInSession::DeviceCode code = m_session->deviceCode();
    m_code->setText(code.code);
    m_codeMessage->setText(code.url.isValid()
                               ? tr("Open <a href=\"%1\">%1</a> on any device and enter this code:")
                                     .arg(code.url.toString().toHtmlEscaped())
                               : code.message.toHtmlEscaped());
    m_codeMessage->setAccessibleDescription(code.message);

    switch (state) {
    case State::CheckingCache:
        m_progressText->setText(tr("Checking the saved sign-in…"));
        break;
    case State::WaitingForBrowser:
        m_progressText->setText(tr("Waiting for the sign-in in the browser…"));
        break;
    case State::WaitingForDeviceCode:
        m_progressText->setText(demo ? tr("Signing in…") : tr("Waiting for the code to be entered…"));
        break;
    default:
        m_progressText->clear();
        break;
    }

    if (state == State::Failed) {
        const QString next = m_session->nextAction();
        m_banner->showMessage(MessageBanner::Kind::Error,
                              next.isEmpty() ? m_session->failureMessage()
                                             : m_session->failureMessage() + u' ' + next);
    } else if (state == State::Cancelled) {
        m_banner->showMessage(MessageBanner::Kind::Information, tr("The sign-in was cancelled."));
    } else if (!m_session->notice().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, m_session->notice());
    } else if (busy || signedIn) {
        m_banner->clear();
    }

    if (signedIn) {
        m_accountLabel->setText(tr("Account: %1 (%2)").arg(m_session->displayName(), m_session->account()));
        const QString tenantName = m_session->tenantName();
        m_tenantLabel->setText(tenantName == m_session->tenant()
                                   ? tr("Tenant: %1").arg(m_session->tenant())
                                   : tr("Tenant: %1 (%2)").arg(tenantName, m_session->tenant()));
        if (m_session->rolesKnown())
            showRoles(m_session->roleLines());
        else
            m_rolesLabel->setText(tr("Reading the roles…"));
        m_signedInBox->setAccessibleDescription(m_accountLabel->text() + u'\n' + m_tenantLabel->text());
    }
    Q_EMIT changed();
}

void SignInPanel::showRoles(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    m_rolesLabel->setText(tr("Detected roles:") + QStringLiteral("<ul><li>")
                          + escaped.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>"));
    m_rolesLabel->setAccessibleDescription(lines.join(u'\n'));
}

} // namespace cmk

#include "widgets/rolepanel.h"

#include "app/signinsession.h"
#include "roles/separation.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace cmk {

RolePanel::RolePanel(QWidget *parent)
    : QFrame(parent)
    , m_separationIcon(new QLabel(this))
    , m_separationLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("rolePanel"));
    setAccessibleName(tr("Who is signed in and their roles"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // a screen reader reaches the summary with Tab
    buildSide(m_isv, workflow::Side::Isv);
    buildSide(m_customer, workflow::Side::Customer);
    m_separationIcon->setObjectName(QStringLiteral("separationIcon"));
    m_separationLabel->setObjectName(QStringLiteral("separationLabel"));
    m_separationLabel->setWordWrap(true);
    m_separationLabel->setTextFormat(Qt::PlainText);
    m_separationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setVerticalSpacing(2);
    int column = 0;
    for (const SideWidgets *side : {&m_isv, &m_customer}) {
        layout->addWidget(side->title, 0, column);
        layout->addWidget(side->who, 1, column);
        layout->addWidget(side->roles, 2, column);
        layout->setColumnStretch(column, 1);
        ++column;
    }
    auto *separationRow = new QHBoxLayout;
    separationRow->addWidget(m_separationIcon, 0, Qt::AlignTop);
    separationRow->addWidget(m_separationLabel, 1);
    layout->addLayout(separationRow, 3, 0, 1, 2);

    showSide(workflow::Side::Isv);
    showSide(workflow::Side::Customer);
    showSeparation();
}

void RolePanel::buildSide(SideWidgets &side, workflow::Side which)
{
    const QString name = workflow::sideName(which);
    side.title = new QLabel(this);
    side.title->setObjectName(name + QStringLiteral("Title"));
    QFont bold = side.title->font();
    bold.setBold(true);
    side.title->setFont(bold);
    QString title = workflow::sideTitle(which);
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    side.title->setText(title);
    side.who = new QLabel(this);
    side.who->setObjectName(name + QStringLiteral("Who"));
    side.who->setTextFormat(Qt::PlainText);
    side.who->setWordWrap(true);
    side.roles = new QLabel(this);
    side.roles->setObjectName(name + QStringLiteral("Roles"));
    side.roles->setTextFormat(Qt::PlainText);
    side.roles->setWordWrap(true);
    side.roles->setForegroundRole(QPalette::PlaceholderText); // secondary text, follows dark palettes
    for (QLabel *label : {side.who, side.roles})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void RolePanel::setIdentity(workflow::Side side, const Identity &identity)
{
    widgets(side).identity = identity;
    showSide(side);
}

RolePanel::Identity RolePanel::identity(workflow::Side side) const
{
    return widgets(side).identity;
}

void RolePanel::setSeparation(const Separation &separation)
{
    m_separation = separation;
    showSeparation();
}

RolePanel::Identity RolePanel::identityOf(const SignInSession &session)
{
    Identity i;
    i.signedIn = session.state() == SignInSession::State::SignedIn;
    if (!i.signedIn)
        return i;
    i.displayName = session.displayName();
    i.account = session.account();
    i.tenantId = session.tenant();
    const QString name = session.tenantName();
    i.tenantName = name == i.tenantId ? QString() : name;
    i.roles = session.roleLines();
    i.rolesKnown = session.rolesKnown();
    return i;
}

RolePanel::Separation RolePanel::separationOf(const roles::SeparationFinding &finding,
                                              const QString &justification)
{
    Separation s;
    switch (finding.state) {
    case roles::SeparationFinding::State::Separate:
        s.state = Separation::State::Separate;
        break;
    case roles::SeparationFinding::State::Both:
        s.state = Separation::State::Both;
        break;
    case roles::SeparationFinding::State::Unknown:
        s.state = Separation::State::Unknown;
        break;
    }
    s.message = finding.message;
    s.justification = justification;
    return s;
}

QString RolePanel::sideText(workflow::Side side) const
{
    const SideWidgets &w = widgets(side);
    return w.who->text() + u'\n' + w.roles->text();
}

QString RolePanel::separationText() const
{
    return m_separationLabel->text();
}

void RolePanel::showSide(workflow::Side side)
{
    SideWidgets &w = widgets(side);
    const Identity &i = w.identity;
    if (!i.signedIn) {
        w.who->setText(tr("Nobody signed in yet"));
        w.roles->clear();
    } else {
        const QString tenant
            = i.tenantName.isEmpty() ? i.tenantId : tr("%1 (%2)").arg(i.tenantName, i.tenantId);
        //: %1 name, %2 account, %3 tenant
        w.who->setText(
            tr("%1 <%2>\nin %3").arg(i.displayName.isEmpty() ? i.account : i.displayName, i.account, tenant));
        w.roles->setText(!i.rolesKnown           ? tr("Reading the roles…")
                             : i.roles.isEmpty() ? tr("No roles found")
                                                 : i.roles.join(u'\n'));
    }
    w.roles->setVisible(!w.roles->text().isEmpty());
    setAccessibleDescription(sideText(workflow::Side::Isv) + u'\n' + sideText(workflow::Side::Customer)
                             + u'\n' + m_separationLabel->text());
}

void RolePanel::showSeparation()
{
    using State = Separation::State;
    const Separation &s = m_separation;
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (s.state) {
    case State::NotApplicable:
        break;
    case State::Pending:
        text = s.message.isEmpty() ? tr("Separation of duties: checked when the run starts.")
                                   : tr("Separation of duties: %1").arg(s.message);
        break;
    case State::Unknown:
        text = tr("Separation of duties could not be checked: %1").arg(s.message);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case State::Separate:
        text = tr("Separation of duties: fine, no one holds both duties.");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case State::Both:
        text = s.message.isEmpty() ? tr("Separation of duties: one identity holds both duties.")
                                   : tr("Separation of duties: %1").arg(s.message);
        if (!s.justification.isEmpty())
            text += u'\n' + tr("Recorded justification: \u201c%1\u201d").arg(s.justification);
        else
            text += u'\n' + tr("No justification recorded yet.");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    }
    m_separationLabel->setText(text);
    m_separationLabel->setVisible(!text.isEmpty());
    m_separationIcon->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_separationIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
        m_separationIcon->setAccessibleName(s.state == State::Separate ? tr("Fine") : tr("Warning"));
    }
    showSide(workflow::Side::Isv); // refreshes the accessible description
}

void RolePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        showSeparation();
    QFrame::changeEvent(event);
}

} // namespace cmk

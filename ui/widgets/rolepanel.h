#pragma once

#include "workflow/step.h"

#include <QFrame>
#include <QStringList>

class QLabel;

namespace cmk {

class SignInSession;

namespace roles {
struct SeparationFinding;
}

/// A compact, always visible summary of who does what in a run: per side (ISV, customer) who is
/// signed in and the roles detected, and the separation-of-duties state. Fed with plain data; it
/// sends no requests of its own.
class RolePanel : public QFrame
{
    Q_OBJECT

public:
    /// Who is signed in on one side.
    struct Identity
    {
        bool signedIn = false;
        QString displayName;
        QString account; ///< the UPN
        QString tenantId;
        QString tenantName; ///< empty: the id is shown
        QStringList roles; ///< readable lines (SignInSession::roleLines)
        bool rolesKnown = false; ///< false: "reading the roles"
    };

    /// The separation of duties of the run.
    struct Separation
    {
        enum class State {
            NotApplicable, ///< the track has no separation of duties
            Pending, ///< judged when the run starts (`message` may say how)
            Unknown, ///< the roles could not be read (`message` says why)
            Separate, ///< fine: no identity holds both duties
            Both, ///< one identity holds both duties
        };
        State state = State::NotApplicable;
        QString message; ///< translated: what was found
        QString justification; ///< recorded when the person went on holding both duties
    };

    explicit RolePanel(QWidget *parent = nullptr);

    void setIdentity(workflow::Side side, const Identity &identity);
    Identity identity(workflow::Side side) const;
    void setSeparation(const Separation &separation);
    Separation separation() const { return m_separation; }

    /// The panel's view of a sign-in session.
    static Identity identityOf(const SignInSession &session);
    /// The panel's view of a finding, with the justification recorded for it (if any).
    static Separation separationOf(const roles::SeparationFinding &finding,
                                   const QString &justification = {});

    /// The text shown for a side / the separation (for tests and screen readers).
    QString sideText(workflow::Side side) const;
    QString separationText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct SideWidgets
    {
        QLabel *title = nullptr;
        QLabel *who = nullptr;
        QLabel *roles = nullptr;
        Identity identity;
    };
    SideWidgets &widgets(workflow::Side side) { return side == workflow::Side::Isv ? m_isv : m_customer; }
    const SideWidgets &widgets(workflow::Side side) const
    {
        return side == workflow::Side::Isv ? m_isv : m_customer;
    }
    void buildSide(SideWidgets &side, workflow::Side which);
    void showSide(workflow::Side side);
    void showSeparation();

    SideWidgets m_isv;
    SideWidgets m_customer;
    QLabel *m_separationIcon;
    QLabel *m_separationLabel;
    Separation m_separation;
};

} // namespace cmk

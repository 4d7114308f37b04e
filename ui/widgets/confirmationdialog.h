#pragma once

#include "workflow/step.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cmk {

/// The typed confirmation an irreversible step asks for (workflow::Confirmation): the warning,
/// everything affected, and a line edit where the person types the name. The action button
/// ("Lock", "Remove", given by the caller) is enabled only on an exact match; Escape cancels.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmationDialog(const workflow::Confirmation &confirmation, const QString &actionText,
                       QWidget *parent = nullptr);

    /// What was typed (equal to the confirmation's name once the action button is enabled).
    QString typedName() const;
    bool matches() const;

    /// Shows the dialog; the typed name when the person confirmed, nothing when they cancelled.
    static std::optional<QString> ask(QWidget *parent, const workflow::Confirmation &confirmation,
                                      const QString &actionText);

private:
    void updateButton();

    workflow::Confirmation m_confirmation;
    QLineEdit *m_name;
    QPushButton *m_action;
    QLabel *m_hint;
};

} // namespace cmk

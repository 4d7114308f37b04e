#include "widgets/confirmationdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cmk {

ConfirmationDialog::ConfirmationDialog(const workflow::Confirmation &confirmation, const QString &actionText,
                                       QWidget *parent)
    : QDialog(parent)
    , m_confirmation(confirmation)
{
    setObjectName(QStringLiteral("confirmationDialog"));
    setWindowTitle(tr("Confirm %1").arg(actionText));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("confirmationIcon"));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAccessibleName(tr("Warning"));

    auto *warning = new QLabel(confirmation.warning, this);
    warning->setObjectName(QStringLiteral("confirmationWarning"));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    warning->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *affectedLabel = new QLabel(
        tr("Affected (%n):", "number of environments or resources", int(confirmation.affected.size())), this);
    affectedLabel->setObjectName(QStringLiteral("affectedLabel"));
    auto *affected = new QListWidget(this);
    affected->setObjectName(QStringLiteral("affectedList"));
    affected->addItems(confirmation.affected);
    affected->setAccessibleName(tr("Affected"));
    affected->setAccessibleDescription(confirmation.affected.join(u'\n'));
    affected->setSelectionMode(QAbstractItemView::NoSelection);
    affectedLabel->setBuddy(affected);

    //: %1 is the name to type, shown in bold
    auto *prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(confirmation.name.toHtmlEscaped()), this);
    prompt->setObjectName(QStringLiteral("confirmationPrompt"));
    prompt->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("confirmationName"));
    m_name->setAccessibleName(tr("Name to confirm"));
    m_name->setAccessibleDescription(tr("Type %1 exactly to enable %2.").arg(confirmation.name, actionText));
    m_name->setClearButtonEnabled(true);
    prompt->setBuddy(m_name);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("confirmationHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("confirmationButtons"));
    m_action = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("confirmButton"));
    m_action->setAccessibleDescription(m_name->accessibleDescription());
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Nothing irreversible on a stray Enter: Cancel is the default until the name matches.
    cancel->setDefault(true);
    m_action->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(warning, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(affectedLabel);
    layout->addWidget(affected);
    layout->addWidget(prompt);
    layout->addWidget(m_name);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (matches())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ConfirmationDialog::updateButton);
    m_name->setFocus();
    updateButton();
}

QString ConfirmationDialog::typedName() const
{
    return m_name->text();
}

bool ConfirmationDialog::matches() const
{
    // Exact: case, spaces and all, as docs/tracks.md ("The guard") asks.
    return !m_confirmation.name.isEmpty() && m_name->text() == m_confirmation.name;
}

void ConfirmationDialog::updateButton()
{
    const bool ok = matches();
    m_action->setEnabled(ok);
    m_action->setDefault(ok);
    if (ok)
        m_hint->setText(tr("The name matches."));
    else if (m_name->text().isEmpty())
        m_hint->clear();
    else if (m_name->text().compare(m_confirmation.name, Qt::CaseInsensitive) == 0)
        m_hint->setText(tr("Not quite: the name must match exactly, including upper and lower case."));
    else
        m_hint->setText(tr("The name does not match yet."));
}

std::optional<QString> ConfirmationDialog::ask(QWidget *parent, const workflow::Confirmation &confirmation,
                                               const QString &actionText)
{
    ConfirmationDialog dialog(confirmation, actionText, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.matches())
        return std::nullopt;
    return dialog.typedName();
}

} // namespace cmk

#include "pages/planexportdialog.h"

#include "app/runsession.h"
#include "widgets/messagebanner.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace cmk {

using workflow::PlanExport;

PlanExportDialog::PlanExportDialog(const RunSession *run, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_format(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("planExportDialog"));
    setWindowTitle(tr("Export Plan"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("az CLI script (bash)"), int(PlanExport::Format::AzCli));
    m_format->addItem(tr("PowerShell script"), int(PlanExport::Format::PowerShell));
    m_format->addItem(tr("ARM template"), int(PlanExport::Format::ArmTemplate));
    m_text->setObjectName(QStringLiteral("exportText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Exported plan"));
    m_text->setAccessibleDescription(tr("The calls of every step not done yet, for a change review."));

    auto *message = new MessageBanner(this);
    message->setObjectName(QStringLiteral("exportMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyExportButton"));
    QPushButton *save = buttons->addButton(tr("&Save..."), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveExportButton"));

    auto *form = new QFormLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(message);
    layout->addWidget(buttons);
    resize(760, 520);

    connect(m_format, &QComboBox::currentIndexChanged, this, &PlanExportDialog::render);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this, message] {
        QGuiApplication::clipboard()->setText(text());
        message->showMessage(MessageBanner::Kind::Information, tr("The plan is on the clipboard."));
    });
    connect(save, &QPushButton::clicked, this, &PlanExportDialog::save);
    render();
}

QString PlanExportDialog::text() const
{
    return m_text->toPlainText();
}

void PlanExportDialog::render()
{
    m_text->setPlainText(m_run->exportPlan(PlanExport::Format(m_format->currentData().toInt())));
}

void PlanExportDialog::save()
{
    const auto format = PlanExport::Format(m_format->currentData().toInt());
    const QString suffix = format == PlanExport::Format::AzCli ? QStringLiteral(".sh")
        : format == PlanExport::Format::PowerShell             ? QStringLiteral(".ps1")
                                                               : QStringLiteral(".json");
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Plan"), m_run->track().info.id + suffix);
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    auto *message = findChild<MessageBanner *>(QStringLiteral("exportMessage"));
    if (!out.open(QIODevice::WriteOnly) || out.write(text().toUtf8()) < 0 || !out.commit()) {
        message->showMessage(MessageBanner::Kind::Error,
                             tr("The plan cannot be saved to %1: %2").arg(file, out.errorString()));
        return;
    }
    message->showMessage(MessageBanner::Kind::Information,
                         tr("Saved to %1.").arg(QDir::toNativeSeparators(file)));
}

} // namespace cmk

#include "widgets/handoffpanels.h"

#include "tracks/keys.h"
#include "widgets/messagebanner.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cmk {

using workflow::Handoff;

namespace {

/// The hand-off's values as rows: what each is (the format's own description) and its value.
void fillValues(QTreeWidget *tree, const Handoff &handoff)
{
    tree->clear();
    QStringList known;
    for (const Handoff::Field &field : Handoff::fields(handoff.direction)) {
        known << field.key;
        const QString value = handoff.values.value(field.key);
        if (value.isEmpty() && !field.required)
            continue;
        auto *item = new QTreeWidgetItem(tree, {field.description, value.isEmpty() ? QString() : value});
        item->setToolTip(0, field.key);
        item->setToolTip(1, value);
    }
    for (auto it = handoff.values.cbegin(); it != handoff.values.cend(); ++it) {
        if (!known.contains(it.key()))
            new QTreeWidgetItem(tree, {it.key(), it.value()});
    }
    // As tall as its rows: the room left goes to the link and the message, not to empty rows.
    const int rows = qMax(1, tree->topLevelItemCount());
    const int rowHeight = tree->topLevelItemCount() ? tree->sizeHintForRow(0) : tree->fontMetrics().height();
    tree->setMaximumHeight(tree->header()->sizeHint().height() + rows * rowHeight + 2 * tree->frameWidth()
                           + 2);
}

QTreeWidget *makeValueTree(QWidget *parent, const QString &objectName)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels({HandoffExportPanel::tr("What"), HandoffExportPanel::tr("Value")});
    tree->setRootIsDecorated(false);
    tree->setAllColumnsShowFocus(true);
    tree->setTextElideMode(Qt::ElideMiddle);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->setAccessibleName(HandoffExportPanel::tr("What the hand-off carries"));
    return tree;
}

} // namespace

QString handoffDirectionTitle(Handoff::Direction direction)
{
    switch (direction) {
    case Handoff::Direction::IsvToCustomer:
        return HandoffExportPanel::tr("From the ISV to the customer");
    case Handoff::Direction::CustomerToIsv:
        return HandoffExportPanel::tr("From the customer to the ISV");
    case Handoff::Direction::KeyVaultToPowerPlatform:
        return HandoffExportPanel::tr("From the key vault administrator to the Power Platform administrator");
    }
    return {};
}

// ---- HandoffExportPanel ----

HandoffExportPanel::HandoffExportPanel(QWidget *parent)
    : QWidget(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("handoffExportPanel"));
    setAccessibleName(tr("Hand-off to export"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("handoffTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("handoffExportMessage"));
    m_values = makeValueTree(this, QStringLiteral("handoffExportValues"));

    auto *messageLabel = new QLabel(tr("&Message to the other administrator (optional):"), this);
    messageLabel->setObjectName(QStringLiteral("handoffMessageLabel"));
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("handoffMessage"));
    m_message->setAccessibleName(tr("Message to the other administrator"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(m_message->fontMetrics().lineSpacing() * 4 + 12);
    messageLabel->setBuddy(m_message);

    m_consentRow = new QWidget(this);
    m_consentRow->setObjectName(QStringLiteral("consentRow"));
    auto *consentLabel = new QLabel(tr("Admin &consent link for the customer:"), m_consentRow);
    m_consentUrl = new QLineEdit(m_consentRow);
    m_consentUrl->setObjectName(QStringLiteral("consentUrl"));
    m_consentUrl->setReadOnly(true);
    m_consentUrl->setAccessibleName(tr("Admin consent link"));
    consentLabel->setBuddy(m_consentUrl);
    m_copyConsent = new QPushButton(tr("Copy &Link"), m_consentRow);
    m_copyConsent->setObjectName(QStringLiteral("copyConsentButton"));
    m_copyConsent->setAccessibleDescription(tr("Copies the admin consent link to the clipboard."));
    m_openConsent = new QPushButton(tr("&Open in Browser"), m_consentRow);
    m_openConsent->setObjectName(QStringLiteral("openConsentButton"));
    m_openConsent->setAccessibleDescription(tr("Opens the admin consent page in the system browser."));
    auto *consentLayout = new QVBoxLayout(m_consentRow);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    consentLayout->addWidget(consentLabel);
    auto *consentButtons = new QHBoxLayout;
    consentButtons->addWidget(m_consentUrl, 1);
    consentButtons->addWidget(m_copyConsent);
    consentButtons->addWidget(m_openConsent);
    consentLayout->addLayout(consentButtons);

    m_save = new QPushButton(tr("&Save to File…"), this);
    m_save->setObjectName(QStringLiteral("saveHandoffButton"));
    m_save->setAccessibleDescription(tr("Saves the hand-off file to send to the other administrator."));
    m_copyText = new QPushButton(tr("Copy as &Text"), this);
    m_copyText->setObjectName(QStringLiteral("copyHandoffButton"));
    m_copyText->setAccessibleDescription(
        tr("Copies the hand-off to the clipboard, to paste into a message."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyText);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_values, 1);
    layout->addWidget(m_consentRow);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &HandoffExportPanel::saveWithDialog);
    connect(m_copyText, &QPushButton::clicked, this, &HandoffExportPanel::copyText);
    connect(m_copyConsent, &QPushButton::clicked, this, &HandoffExportPanel::copyConsentUrl);
    connect(m_openConsent, &QPushButton::clicked, this, &HandoffExportPanel::openConsentUrl);
    setHandoff({});
}

void HandoffExportPanel::setHandoff(const Handoff &handoff)
{
    m_handoff = handoff;
    m_title->setText(handoffDirectionTitle(handoff.direction));
    m_message->setPlainText(handoff.message);
    fillValues(m_values, handoff);
    const QUrl consent = consentUrl();
    m_consentRow->setVisible(consent.isValid() && !consent.isEmpty());
    m_consentUrl->setText(consent.toString());
    showProblems();
}

Handoff HandoffExportPanel::handoff() const
{
    Handoff h = m_handoff;
    h.message = m_message->toPlainText().trimmed();
    return h;
}

QUrl HandoffExportPanel::consentUrl() const
{
    const QString text = m_handoff.values.value(tracks::key::AdminConsentUrl);
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

void HandoffExportPanel::showProblems()
{
    const QStringList problems = m_handoff.problems();
    const bool ok = problems.isEmpty();
    m_save->setEnabled(ok);
    m_copyText->setEnabled(ok);
    if (ok)
        m_banner->clear();
    else
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The hand-off is not complete yet:") + QStringLiteral("\n• ")
                                  + problems.join(QStringLiteral("\n• ")));
}

bool HandoffExportPanel::saveTo(const QString &path, QString *error)
{
    QString why;
    if (const auto problem = Handoff::outputPathProblem(path))
        why = problem->message;
    else if (!handoff().save(path, &why) && why.isEmpty())
        why = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    if (!why.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, why);
        if (error)
            *error = why;
        return false;
    }
    m_banner->showMessage(
        MessageBanner::Kind::Information,
        tr("Saved to %1. Send this file to the other administrator.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT saved(path);
    return true;
}

void HandoffExportPanel::saveWithDialog()
{
    const QString suggested
        = QStringLiteral("cmk-handoff-%1.json").arg(Handoff::directionName(m_handoff.direction));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Hand-Off"), suggested, tr("Hand-off files (*.json)"));
    if (!path.isEmpty())
        saveTo(path);
}

void HandoffExportPanel::copyText()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(handoff().toJson()));
    m_banner->showMessage(MessageBanner::Kind::Information, tr("The hand-off is on the clipboard."));
}

void HandoffExportPanel::copyConsentUrl()
{
    QGuiApplication::clipboard()->setText(consentUrl().toString());
    m_banner->showMessage(MessageBanner::Kind::Information, tr("The consent link is on the clipboard."));
}

bool HandoffExportPanel::openConsentUrl()
{
    const QUrl url = consentUrl();
    if (!url.isValid() || !m_opener || !m_opener(url)) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("No browser could be opened; copy the link and open it on any device."));
        return false;
    }
    return true;
}

// ---- HandoffImportPanel ----

HandoffImportPanel::HandoffImportPanel(Handoff::Direction expected, QWidget *parent)
    : QWidget(parent)
    , m_expected(expected)
{
    setObjectName(QStringLiteral("handoffImportPanel"));
    setAccessibleName(tr("Hand-off to import"));
    setAcceptDrops(true);
    m_hint = new QLabel(
        tr("%1: open the hand-off file you received, or drop it here.").arg(handoffDirectionTitle(expected)),
        this);
    m_hint->setObjectName(QStringLiteral("handoffImportHint"));
    m_hint->setWordWrap(true);
    m_open = new QPushButton(tr("&Open Hand-Off File…"), this);
    m_open->setObjectName(QStringLiteral("openHandoffButton"));
    m_open->setAccessibleDescription(m_hint->text());
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("handoffImportMessage"));
    m_from = new QLabel(this);
    m_from->setObjectName(QStringLiteral("handoffFrom"));
    m_from->setWordWrap(true);
    m_from->setTextFormat(Qt::PlainText);
    m_from->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_values = makeValueTree(this, QStringLiteral("handoffImportValues"));
    m_from->setVisible(false);
    m_values->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    top->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_from);
    layout->addWidget(m_values, 1);

    connect(m_open, &QPushButton::clicked, this, &HandoffImportPanel::openWithDialog);
}

QString HandoffImportPanel::errorText() const
{
    return m_banner->isVisibleTo(this) && m_banner->kind() == MessageBanner::Kind::Error ? m_banner->text()
                                                                                         : QString();
}

void HandoffImportPanel::fail(const QString &message)
{
    m_handoff.reset();
    m_from->setVisible(false);
    m_values->setVisible(false);
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

bool HandoffImportPanel::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    // One byte over the limit is enough for core to say the file is too large.
    const QByteArray data = file.read(64 * 1024 + 1);
    QString error;
    const auto handoff = Handoff::fromJson(data, m_expected, &error);
    if (!handoff) {
        fail(tr("%1 cannot be used: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    m_handoff = handoff;
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Read %1: everything in it checks out.").arg(QFileInfo(path).fileName()));
    QString from = tr("From %1, %2")
                       .arg(handoff->createdBy.isEmpty() ? tr("an unnamed sender") : handoff->createdBy,
                            QLocale().toString(handoff->createdAt.toLocalTime(), QLocale::ShortFormat));
    if (!handoff->message.isEmpty())
        from += u'\n' + tr("Message: %1").arg(handoff->message);
    m_from->setText(from);
    m_from->setVisible(true);
    fillValues(m_values, *handoff);
    m_values->setVisible(true);
    Q_EMIT imported(*handoff);
    return true;
}

void HandoffImportPanel::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Hand-Off"), QString(),
                                                      tr("Hand-off files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

QString HandoffImportPanel::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

void HandoffImportPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void HandoffImportPanel::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importFile(path);
}

} // namespace cmk

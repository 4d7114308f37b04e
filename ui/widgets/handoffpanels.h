#pragma once

#include "workflow/handoff.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QMimeData;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cmk {

class MessageBanner;

/// A direction's title for people: "From the ISV to the customer".
QString handoffDirectionTitle(workflow::Handoff::Direction direction);

/// Exporting a hand-off: what it carries, a message to the other administrator, Save to File
/// (QFileDialog), Copy as Text, and — when it carries one — the admin-consent URL with Copy Link
/// and Open in Browser. The hand-off itself (values, checks, JSON) is core's workflow::Handoff.
class HandoffExportPanel : public QWidget
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit HandoffExportPanel(QWidget *parent = nullptr);

    void setHandoff(const workflow::Handoff &handoff);
    /// The hand-off with the message typed in the panel.
    workflow::Handoff handoff() const;
    /// Default: QDesktopServices::openUrl.
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    /// Writes the hand-off to `path` (atomically); says why not in `error` and in the panel.
    bool saveTo(const QString &path, QString *error = nullptr);
    void copyText();
    void copyConsentUrl();
    bool openConsentUrl();
    QUrl consentUrl() const;

Q_SIGNALS:
    void saved(const QString &path);

private:
    void saveWithDialog();
    void showProblems();

    workflow::Handoff m_handoff;
    UrlOpener m_opener;
    QLabel *m_title;
    MessageBanner *m_banner;
    QTreeWidget *m_values;
    QPlainTextEdit *m_message;
    QWidget *m_consentRow;
    QLineEdit *m_consentUrl;
    QPushButton *m_copyConsent;
    QPushButton *m_openConsent;
    QPushButton *m_save;
    QPushButton *m_copyText;
};

/// Importing a hand-off of one direction: Open File or drop a file onto the panel; errors shown
/// inline with what to do; once read, what it carries, who made it, when, and their message.
class HandoffImportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffImportPanel(workflow::Handoff::Direction expected, QWidget *parent = nullptr);

    /// Reads and checks the file; true when it holds a hand-off of the expected direction.
    bool importFile(const QString &path);
    std::optional<workflow::Handoff> handoff() const { return m_handoff; }
    QString errorText() const;

Q_SIGNALS:
    void imported(const cmk::workflow::Handoff &handoff);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openWithDialog();
    void fail(const QString &message);
    static QString droppedFile(const QMimeData *mime);

    workflow::Handoff::Direction m_expected;
    std::optional<workflow::Handoff> m_handoff;
    QLabel *m_hint;
    QPushButton *m_open;
    MessageBanner *m_banner;
    QLabel *m_from;
    QTreeWidget *m_values;
};

} // namespace cmk

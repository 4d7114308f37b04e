// The hand-off panels with real hand-offs written and read by core: export (save, copy, consent
// link), import (open, drop) with its errors shown inline.

#include "tracks/keys.h"
#include "widgets/handoffpanels.h"
#include "widgets/messagebanner.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cmk;
using workflow::Handoff;
namespace k = cmk::tracks::key;

class TestHandoffPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportShowsValuesAndSaves();
    void exportCopiesTextAndConsentLink();
    void openingTheConsentLinkWithoutABrowserIsExplained();
    void incompleteHandoffCannotBeSaved();
    void saveToAFolderIsRefused();
    void importReadsAFileWrittenByCore();
    void importByDrop();
    void importErrors_data();
    void importErrors();

private:
    static Handoff isvHandoff()
    {
        Handoff h;
        h.direction = Handoff::Direction::IsvToCustomer;
        h.createdAt = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
        h.createdBy = QStringLiteral("alex@fabrikamisv.onmicrosoft.com");
        h.values = {{QString(k::IsvTenantId), QStringLiteral("11111111-1111-1111-1111-111111111111")},
                    {QString(k::AppId), QStringLiteral("0c0c0c0c-0000-4000-8000-00000000c11e")},
                    {QString(k::AppDisplayName), QStringLiteral("Fabrikam Storage CMK")},
                    {QString(k::AdminConsentUrl),
                     QStringLiteral("https://login.microsoftonline.com/organizations/adminconsent?client_id="
                                    "0c0c0c0c-0000-4000-8000-00000000c11e")},
                    {QString(k::GrantRole), QStringLiteral("Key Vault Crypto Service Encryption User")}};
        return h;
    }
    static QString treeText(QTreeWidget *tree)
    {
        QString text;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            text += tree->topLevelItem(i)->text(0) + u'=' + tree->topLevelItem(i)->text(1) + u'\n';
        return text;
    }
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};

void TestHandoffPanels::exportShowsValuesAndSaves()
{
    HandoffExportPanel panel;
    panel.setHandoff(isvHandoff());
    panel.show();
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("handoffTitle"))
                ->text()
                .contains(QStringLiteral("ISV to the customer")));
    const QString values = treeText(panel.findChild<QTreeWidget *>(QStringLiteral("handoffExportValues")));
    QVERIFY2(values.contains(QStringLiteral("Fabrikam Storage CMK")), qPrintable(values));
    QVERIFY(values.contains(QStringLiteral("11111111-1111-1111-1111-111111111111")));

    QTest::keyClicks(panel.findChild<QPlainTextEdit *>(QStringLiteral("handoffMessage")),
                     QStringLiteral("Hi Kai, this is for the storage service."));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handoff.json"));
    QString error;
    QVERIFY2(panel.saveTo(path, &error), qPrintable(error));
    const auto back = Handoff::load(path, Handoff::Direction::IsvToCustomer);
    QVERIFY(back);
    QCOMPARE(back->values, isvHandoff().values);
    QCOMPARE(back->message, QStringLiteral("Hi Kai, this is for the storage service."));
    QVERIFY(panel.findChild<MessageBanner *>(QStringLiteral("handoffExportMessage"))
                ->text()
                .contains(QStringLiteral("Saved to")));
}

void TestHandoffPanels::exportCopiesTextAndConsentLink()
{
    HandoffExportPanel panel;
    panel.setHandoff(isvHandoff());
    panel.show();
    QVERIFY(panel.findChild<QWidget *>(QStringLiteral("consentRow"))->isVisible());
    QCOMPARE(panel.findChild<QLineEdit *>(QStringLiteral("consentUrl"))->text(),
             isvHandoff().values.value(k::AdminConsentUrl));

    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("copyConsentButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), isvHandoff().values.value(k::AdminConsentUrl));

    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("copyHandoffButton")), Qt::LeftButton);
    QString error;
    const auto pasted = Handoff::fromJson(QGuiApplication::clipboard()->text().toUtf8(),
                                          Handoff::Direction::IsvToCustomer, &error);
    QVERIFY2(pasted, qPrintable(error));
    QCOMPARE(pasted->values, isvHandoff().values);

    QUrl opened;
    panel.setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("openConsentButton")), Qt::LeftButton);
    QCOMPARE(opened.toString(), isvHandoff().values.value(k::AdminConsentUrl));

    // The customer's hand-off carries no consent link: no row for it.
    Handoff back;
    back.direction = Handoff::Direction::CustomerToIsv;
    panel.setHandoff(back);
    QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("consentRow"))->isVisible());
}

void TestHandoffPanels::openingTheConsentLinkWithoutABrowserIsExplained()
{
    HandoffExportPanel panel;
    panel.setHandoff(isvHandoff());
    panel.setUrlOpener([](const QUrl &) { return false; });
    QVERIFY(!panel.openConsentUrl());
    QVERIFY(panel.findChild<MessageBanner *>(QStringLiteral("handoffExportMessage"))
                ->text()
                .contains(QStringLiteral("copy the link")));
}

void TestHandoffPanels::incompleteHandoffCannotBeSaved()
{
    Handoff h = isvHandoff();
    h.values.remove(k::AppId);
    HandoffExportPanel panel;
    panel.setHandoff(h);
    panel.show();
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("saveHandoffButton"))->isEnabled());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("copyHandoffButton"))->isEnabled());
    auto *banner = panel.findChild<MessageBanner *>(QStringLiteral("handoffExportMessage"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("app.appId"))
                 || banner->text().contains(QStringLiteral("application")),
             qPrintable(banner->text()));
}

void TestHandoffPanels::saveToAFolderIsRefused()
{
    HandoffExportPanel panel;
    panel.setHandoff(isvHandoff());
    QTemporaryDir dir;
    QString error;
    QVERIFY(!panel.saveTo(dir.path(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(panel.findChild<MessageBanner *>(QStringLiteral("handoffExportMessage"))->kind(),
             MessageBanner::Kind::Error);
}

void TestHandoffPanels::importReadsAFileWrittenByCore()
{
    QTemporaryDir dir;
    Handoff h = isvHandoff();
    h.message = QStringLiteral("Here is what we need. – Alex");
    const QString path = dir.filePath(QStringLiteral("from-isv.json"));
    QString error;
    QVERIFY2(h.save(path, &error), qPrintable(error));

    HandoffImportPanel panel(Handoff::Direction::IsvToCustomer);
    panel.show();
    QSignalSpy imported(&panel, &HandoffImportPanel::imported);
    QVERIFY(panel.importFile(path));
    QCOMPARE(imported.size(), 1);
    QVERIFY(panel.handoff());
    QCOMPARE(panel.handoff()->values, h.values);
    const QString from = panel.findChild<QLabel *>(QStringLiteral("handoffFrom"))->text();
    QVERIFY2(from.contains(QStringLiteral("alex@fabrikamisv.onmicrosoft.com")), qPrintable(from));
    QVERIFY(from.contains(QStringLiteral("Here is what we need.")));
    auto *values = panel.findChild<QTreeWidget *>(QStringLiteral("handoffImportValues"));
    QVERIFY(values->isVisible());
    QVERIFY(treeText(values).contains(QStringLiteral("Key Vault Crypto Service Encryption User")));
    QVERIFY(panel.errorText().isEmpty());
}

void TestHandoffPanels::importByDrop()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.json"));
    QString error;
    QVERIFY(isvHandoff().save(path, &error));
    HandoffImportPanel panel(Handoff::Direction::IsvToCustomer);
    panel.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &drop);
    QVERIFY(panel.handoff());

    // Text without a file is not taken.
    QMimeData text;
    text.setText(QStringLiteral("not a file"));
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&panel, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestHandoffPanels::importErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // a piece of the message
    Handoff back;
    back.direction = Handoff::Direction::CustomerToIsv;
    back.values
        = {{QString(k::CustomerTenantId), QStringLiteral("22222222-2222-2222-2222-222222222222")},
           {QString(k::KeyUrl),
            QStringLiteral("https://contoso-kv.vault.azure.net/keys/cmk/0123456789abcdef0123456789abcdef")},
           {QString(k::VaultId),
            QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg/"
                           "providers/Microsoft.KeyVault/vaults/contoso-kv")},
           {QString(k::GrantKind), QStringLiteral("rbac")}};
    QJsonObject edited = QJsonDocument::fromJson(isvHandoff().toJson()).object();
    QJsonObject values = edited.value(QStringLiteral("values")).toObject();
    values.insert(QStringLiteral("app.displayName"), QStringLiteral("Changed after export"));
    edited.insert(QStringLiteral("values"), values);
    QTest::newRow("not JSON") << QByteArray("hello") << QStringLiteral("cannot be used");
    QTest::newRow("the other direction") << back.toJson() << QStringLiteral("cannot be used");
    QTest::newRow("edited after export")
        << QJsonDocument(edited).toJson() << QStringLiteral("cannot be used");
    QTest::newRow("too large") << QByteArray(70 * 1024, ' ') << QStringLiteral("64 KiB");
}

void TestHandoffPanels::importErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.json"), content);
    HandoffImportPanel panel(Handoff::Direction::IsvToCustomer);
    panel.show();
    QSignalSpy imported(&panel, &HandoffImportPanel::imported);
    QVERIFY(!panel.importFile(path));
    QCOMPARE(imported.size(), 0);
    QVERIFY(!panel.handoff());
    const QString error = panel.errorText();
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("bad.json")));
    QVERIFY(!panel.findChild<QTreeWidget *>(QStringLiteral("handoffImportValues"))->isVisible());
    // A missing file says so too.
    QVERIFY(!panel.importFile(dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY(panel.errorText().contains(QStringLiteral("missing.json")));
}

QTEST_MAIN(TestHandoffPanels)
#include "tst_handoffpanels.moc"

// Not a test: walks cmkwizard's pages against the sandbox demo and saves a PNG of each for
// docs/screenshots (scripts/screenshots.sh runs it under Xvfb, in English and German).
// CMK_SCREENSHOT_DIR: where the PNGs go; CMK_SCREENSHOT_LANG: en or de; CMK_SCREENSHOT_PALETTE=dark:
// the Fusion style with a dark palette, as a dark desktop gives it (files end in -dark; combine with
// QT_SCALE_FACTOR to look at high DPI).

#include "app/startupoptions.h"
#include "tracks/keys.h"
#include "wizarddriver.h"

#include <QFile>
#include <QPalette>
#include <QStyleFactory>

using namespace cmk;
using namespace cmk::testing;
using workflow::Side;
namespace key = cmk::tracks::key;

class ShotWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pages();

private:
    void shoot(QWidget *widget, const QString &name);

    QString m_dir;
    QString m_lang;
    QString m_suffix;
};

void ShotWizard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CmkWizardScreenshots"));
    m_dir = qEnvironmentVariable("CMK_SCREENSHOT_DIR", QStringLiteral("."));
    m_lang = qEnvironmentVariable("CMK_SCREENSHOT_LANG", QStringLiteral("en"));
    QVERIFY(installTranslations(*QCoreApplication::instance(), m_lang));
    if (qEnvironmentVariable("CMK_SCREENSHOT_PALETTE") == QLatin1StringView("dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        dark.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        dark.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Light, QColor(0x48, 0x48, 0x48));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
        m_suffix = QStringLiteral("-dark");
    }
}

void ShotWizard::shoot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(m_dir).filePath(QStringLiteral("%1-%2%3.png").arg(name, m_lang, m_suffix));
    QVERIFY2(widget->grab().save(file), qPrintable(file));
    qInfo("saved %s", qPrintable(file));
}

void ShotWizard::pages()
{
    WizardDriver d;
    CHECKED(d.start());
    d.startFastForward(10 * 60 * 1000);

    // The ISV's sign-in and track pages.
    CHECKED(d.chooseTrack(QStringLiteral("isv"), QStringLiteral("isv-managed-disks")));
    CHECKED(d.signIn(Side::Isv, Alex));
    QTRY_VERIFY_WITH_TIMEOUT(!d.find<QLabel>(QStringLiteral("rolesLabel"))->text().contains(u'…'), 10000);
    CHECKED(shoot(d.window.get(), QStringLiteral("signin")));
    CHECKED(d.clickNext());
    CHECKED(d.setInputs({{key::IsvSubscriptionId, IsvSubscription},
                         {key::IsvResourceGroup, QStringLiteral("rg-disks")},
                         {key::Region, QStringLiteral("westeurop")},
                         {key::AppDisplayName, QStringLiteral("Fabrikam disks CMK")},
                         {key::IdentityName, QStringLiteral("uami-disks-contoso")},
                         {key::DiskEncryptionSetName, QStringLiteral("des-contoso")},
                         {key::AutoKeyRotation, QStringLiteral("true")},
                         {key::HandoffOut, d.path(QStringLiteral("to-customer.json"))}}));
    d.find<QListWidget>(QStringLiteral("stepList"))->setCurrentRow(1);
    CHECKED(shoot(d.window.get(), QStringLiteral("track-input-error")));
    CHECKED(d.setInput(key::Region, QStringLiteral("westeurope")));
    CHECKED(d.clickRun());
    auto *apply = d.find<QPushButton>(QStringLiteral("applyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(apply->isVisible() && apply->isEnabled(), 20000);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(apply->isVisible() && apply->isEnabled(), 20000);
    for (QTreeWidget *tree : d.window->findChildren<QTreeWidget *>(QStringLiteral("planTree")))
        tree->expandAll();
    CHECKED(shoot(d.window.get(), QStringLiteral("track-plan")));
    d.closeWindow();

    // Continue where you left off.
    CHECKED(d.openWindow());
    QTRY_VERIFY(d.find<QListWidget>(QStringLiteral("runList"))->isVisible());
    CHECKED(shoot(d.window.get(), QStringLiteral("start-resume")));
    CHECKED(d.chooseSavedRun(QStringLiteral("isv-managed-disks")));
    CHECKED(d.signIn(Side::Isv, Alex));
    CHECKED(d.clickNext());
    CHECKED(d.runToStop(RunSession::Status::WaitingForOtherTenant));
    CHECKED(shoot(d.window.get(), QStringLiteral("track-handoff")));
    d.closeWindow();

    // Power Platform: Kai's policy, then Priya's typed confirmation.
    CHECKED(d.openWindow());
    CHECKED(d.chooseTrack(QStringLiteral("customer"), QStringLiteral("pp-keyvault")));
    CHECKED(d.signIn(Side::Customer, Kai));
    CHECKED(d.clickNext());
    CHECKED(d.setInputs({{key::CustomerSubscriptionId, CustomerSubscription},
                         {key::CustomerResourceGroup, QStringLiteral("rg-powerplatform")},
                         {key::VaultName, QStringLiteral("kv-contoso-pp")},
                         {key::KeyName, QStringLiteral("pp-cmk")},
                         {key::PolicyName, QStringLiteral("contoso-cmk")},
                         {key::PolicyLocation, QStringLiteral("europe")},
                         {key::PowerPlatformAdminUpn, Priya},
                         {key::HandoffOut, d.path(QStringLiteral("pp.json"))}}));
    CHECKED(d.runToStop(RunSession::Status::Succeeded));
    CHECKED(shoot(d.window.get(), QStringLiteral("track-done")));
    const QString policy = d.run()->value(key::PolicyId);
    d.closeWindow();
    CHECKED(d.openWindow());
    CHECKED(d.chooseTrack(QStringLiteral("powerplatform"), QStringLiteral("pp-environments")));
    CHECKED(d.signIn(Side::Customer, Priya));
    CHECKED(d.clickNext());
    CHECKED(d.setInputs({{key::PolicyId, policy}, {key::Environments, QStringLiteral("all")}}));
    CHECKED(d.clickRun());
    apply = d.find<QPushButton>(QStringLiteral("applyButton"));
    while (true) {
        QTRY_VERIFY_WITH_TIMEOUT(apply->isVisible() && apply->isEnabled(), 20000);
        if (d.run()->pendingPlan()->confirmation)
            break;
        QTest::mouseClick(apply, Qt::LeftButton);
    }
    QTest::mouseClick(apply, Qt::LeftButton);
    ConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = d.window->findChild<ConfirmationDialog *>()) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmationName")),
                     QStringLiteral("contoso"));
    CHECKED(shoot(dialog, QStringLiteral("confirmation")));
    dialog->reject();
    d.closeWindow();
}

QTEST_MAIN(ShotWizard)
#include "shot_wizard.moc"

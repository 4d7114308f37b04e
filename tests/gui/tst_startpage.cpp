// The start page, driven in-process on the offscreen platform through object names and the keyboard.

#include "app/startupoptions.h"
#include "sandbox.h"
#include "widgets/messagebanner.h"
#include "wizard/cmkwizard.h"
#include "wizard/mainwindow.h"
#include "wizard/setupmodel.h"
#include "workflow/trackregistry.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cmk;

class TestStartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("CmkWizardTests")); }
    void init();
    void cleanup();
    void walkWithKeyboardOnly();
    void noTrackIsOfferedUntilOneIsRegistered();
    void badProfileFileIsExplainedInline();
    void sandboxChoiceStartsTheSandboxAndShowsTheBanner();
    void choicesAreRemembered();
    void commandLineChoiceWins();
    void germanTranslation();

private:
    void makeWindow(bool withTrack);
    template<typename T> T *find(const char *name) const
    {
        auto *w = m_window->findChild<T *>(QLatin1StringView(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    // A radio button reacts to clicks on its indicator and text, not on the empty rest of its row.
    static void clickRadio(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    }
    // The start page leads on to the sign-in page: Next is what the choices enable.
    QAbstractButton *nextButton() const { return m_window->wizard()->button(QWizard::NextButton); }

    std::unique_ptr<TrackRegistry> m_registry;
    std::unique_ptr<SetupModel> m_model;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    int m_sandboxStarts = 0;
};

void TestStartPage::init()
{
    QSettings().clear();
    m_registry = std::make_unique<TrackRegistry>();
    m_model = std::make_unique<SetupModel>();
    m_sandboxStarts = 0;
}

void TestStartPage::cleanup()
{
    m_window.reset();
    m_sandbox.reset();
}

void TestStartPage::makeWindow(bool withTrack)
{
    if (withTrack) {
        m_registry->add({QStringLiteral("test-track"), QStringLiteral("Test track"),
                         QStringLiteral("A track for the test."), Persona::CustomerKeyVaultAdmin,
                         QStringLiteral("test"), QUrl()});
    }
    SandboxStarter starter = [this](QString *error) -> std::optional<CloudProfile> {
        ++m_sandboxStarts;
        if (!m_sandbox) {
            m_sandbox = std::make_unique<sandbox::Sandbox>();
            if (!m_sandbox->start({}, error))
                return std::nullopt;
        }
        return m_sandbox->profile();
    };
    m_window = std::make_unique<MainWindow>(m_model.get(), m_registry.get(), starter);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestStartPage::walkWithKeyboardOnly()
{
    makeWindow(true);
    QVERIFY(!nextButton()->isEnabled());

    // Focus starts on the first persona; arrows move between the personas, Space chooses.
    auto *isv = find<QRadioButton>("persona_isv");
    auto *customer = find<QRadioButton>("persona_customer");
    QTRY_COMPARE(QApplication::focusWidget(), isv);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(m_model->persona(), Persona::IsvEngineer);
    QVERIFY(find<QLabel>("noTracksLabel")->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), customer);
    QVERIFY(customer->isChecked());
    QCOMPARE(m_model->persona(), Persona::CustomerKeyVaultAdmin);
    QVERIFY(find<QLabel>("personaDescription")->text().contains(QStringLiteral("customer tenant")));

    // Tab to the track list; Down picks the first track.
    auto *tracks = find<QListWidget>("trackList");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), tracks);
    QTest::keyClick(tracks, Qt::Key_Down);
    QCOMPARE(m_model->trackId(), QStringLiteral("test-track"));

    // Tab to the cloud; the default cloud is valid, so the page is complete.
    auto *cloud = find<QComboBox>("cloudCombo");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), cloud);
    QCOMPARE(m_model->profile()->name, QStringLiteral("AzureCloud"));
    QVERIFY(nextButton()->isEnabled());

    // Down twice: US Government, then China.
    QTest::keyClick(cloud, Qt::Key_Down);
    QTest::keyClick(cloud, Qt::Key_Down);
    QCOMPARE(m_model->profile()->name, QStringLiteral("AzureChinaCloud"));
    QVERIFY(find<QLabel>("cloudDetails")->text().contains(QStringLiteral("login.chinacloudapi.cn")));

    // Down again: the custom profile entry; focus moves to the path, which is empty.
    QTest::keyClick(cloud, Qt::Key_Down);
    auto *path = find<QLineEdit>("profilePathEdit");
    QVERIFY(path->isVisible());
    QCOMPARE(QApplication::focusWidget(), path);
    QVERIFY(!nextButton()->isEnabled());
    const QString profileFile = QStringLiteral(CMK_SOURCE_DIR "/tests/data/custom-cloud.json");
    QTest::keyClicks(path, profileFile);
    QCOMPARE(m_model->profile()->name, QStringLiteral("Contoso private cloud"));
    QVERIFY(nextButton()->isEnabled());

    // The mnemonic jumps back to the cloud choice.
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), cloud);
}

void TestStartPage::noTrackIsOfferedUntilOneIsRegistered()
{
    makeWindow(false);
    for (const char *persona :
         {"persona_isv", "persona_customer", "persona_powerplatform", "persona_support"}) {
        clickRadio(find<QRadioButton>(persona));
        auto *label = find<QLabel>("noTracksLabel");
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(find<QRadioButton>(persona)->text()), qPrintable(label->text()));
        QVERIFY(!nextButton()->isEnabled());
    }
}

void TestStartPage::badProfileFileIsExplainedInline()
{
    makeWindow(true);
    auto *cloud = find<QComboBox>("cloudCombo");
    cloud->setCurrentIndex(
        cloud->findText(QStringLiteral("Custom cloud profile file..."))); // the item text is shown as-is
    auto *path = find<QLineEdit>("profilePathEdit");
    auto *message = find<MessageBanner>("cloudMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageBanner::Kind::Information);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QFile good(QStringLiteral(CMK_SOURCE_DIR "/tests/data/custom-cloud.json"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    f.write(
        good.readAll().replace("https://management.contoso.example/", "http://management.contoso.example/"));
    f.close();
    path->setText(file);
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageBanner::Kind::Error);
    QVERIFY2(message->text().contains(QStringLiteral("armEndpoint")), qPrintable(message->text()));
    QVERIFY(!m_model->profile());
    QVERIFY(!nextButton()->isEnabled());

    path->setText(dir.filePath(QStringLiteral("missing.json")));
    QVERIFY2(message->text().contains(QStringLiteral("missing.json")), qPrintable(message->text()));
}

void TestStartPage::sandboxChoiceStartsTheSandboxAndShowsTheBanner()
{
    makeWindow(true);
    auto *banner = find<MessageBanner>("sandboxBanner");
    QVERIFY(!banner->isVisible());
    auto *cloud = find<QComboBox>("cloudCombo");
    cloud->setCurrentIndex(cloud->count() - 1);
    QCOMPARE(m_sandboxStarts, 1);
    QVERIFY(m_sandbox && m_sandbox->isRunning());
    QCOMPARE(m_model->cloudChoice().kind, CloudChoice::Kind::Sandbox);
    QVERIFY(m_model->profile()->isLoopback());
    QVERIFY(banner->isVisible());
    QVERIFY(find<QLabel>("cloudDetails")->text().contains(QStringLiteral("127.0.0.1")));

    cloud->setCurrentIndex(0);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_model->profile()->name, QStringLiteral("AzureCloud"));
}

void TestStartPage::choicesAreRemembered()
{
    makeWindow(true);
    clickRadio(find<QRadioButton>("persona_powerplatform"));
    auto *cloud = find<QComboBox>("cloudCombo");
    QTest::keyClick(cloud, Qt::Key_Down); // as a user would: AzureCloud -> AzureUSGovernment
    QCOMPARE(m_model->profile()->name, QStringLiteral("AzureUSGovernment"));
    m_window->close();
    m_window.reset();

    m_model = std::make_unique<SetupModel>();
    makeWindow(false);
    QVERIFY(find<QRadioButton>("persona_powerplatform")->isChecked());
    QCOMPARE(m_model->persona(), Persona::PowerPlatformAdmin);
    QCOMPARE(m_model->profile()->name, QStringLiteral("AzureUSGovernment"));
}

void TestStartPage::commandLineChoiceWins()
{
    QSettings().setValue(QStringLiteral("start/cloud"), QStringLiteral("AzureUSGovernment"));
    CloudChoice choice;
    choice.builtInName = QStringLiteral("AzureChinaCloud");
    m_model->setCloud(choice, CloudProfile::builtIn(u"AzureChinaCloud"));
    makeWindow(false);
    QCOMPARE(m_model->profile()->name, QStringLiteral("AzureChinaCloud"));
    QCOMPARE(find<QComboBox>("cloudCombo")->currentData().toString(), QStringLiteral("AzureChinaCloud"));
}

void TestStartPage::germanTranslation()
{
    QVERIFY(installTranslations(*qApp, QStringLiteral("de")));
    makeWindow(false);
    auto *page = m_window->wizard()->page(PageId::Start);
    QCOMPARE(page->title(), QStringLiteral("Willkommen beim CMK-Assistenten"));
    QCOMPARE(find<QRadioButton>("persona_support")->text(), QStringLiteral("Supportmitarbeiter"));
    // Qt's own strings come from qtbase_de.qm.
    QCOMPARE(m_window->wizard()->button(QWizard::CancelButton)->text(), QStringLiteral("Abbrechen"));
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"

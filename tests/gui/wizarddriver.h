#pragma once

// Drives cmkwizard in-process on the offscreen platform against the in-process sandbox (the demo
// scenario, as `cmkwizard --sandbox`), through object names: choose a track or a saved run, sign
// each side in as a demo person, fill inputs, run and apply every plan (typing the confirmation
// where a step asks for it). Helpers use QVERIFY: check QTest::currentTestFailed() after them
// (the CHECKED macro does).

#include "app/runsession.h"
#include "sandbox.h"
#include "tracks/catalog.h"
#include "widgets/confirmationdialog.h"
#include "widgets/messagebanner.h"
#include "widgets/signinpanel.h"
#include "wizard/cmkwizard.h"
#include "wizard/mainwindow.h"
#include "wizard/setupmodel.h"
#include "workflow/trackregistry.h"
#include "world.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

#define CHECKED(call)                                                                                        \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

namespace cmk::testing {

inline const QString Alex = QStringLiteral("alex@fabrikamisv.onmicrosoft.com");
inline const QString Kai = QStringLiteral("kai@contoso.onmicrosoft.com");
inline const QString Priya = QStringLiteral("priya@contoso.onmicrosoft.com");
inline const QString Sam = QStringLiteral("sam@contoso.onmicrosoft.com");
inline const QString Riley = QStringLiteral("riley@contoso.onmicrosoft.com");
inline const QString IsvSubscription = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
inline const QString CustomerSubscription = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002");

class WizardDriver
{
public:
    std::unique_ptr<sandbox::Sandbox> sandbox;
    TrackRegistry registry;
    std::unique_ptr<SetupModel> model;
    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;
    /// Milliseconds between typed keys, in which the event loop runs (as between a person's keys);
    /// 0: a whole value is typed in one go.
    int keyDelayMs = 0;
    /// Moves the sandbox's clock on while the test waits (encryption takes simulated hours).
    std::unique_ptr<QTimer> fastForward;

    void startFastForward(qint64 simulatedMsPerTick)
    {
        fastForward = std::make_unique<QTimer>();
        fastForward->setInterval(50);
        sandbox::Sandbox *s = sandbox.get();
        QObject::connect(fastForward.get(), &QTimer::timeout, s,
                         [s, simulatedMsPerTick] { s->advanceClock(simulatedMsPerTick); });
        fastForward->start();
    }

    /// The sandbox (demo scenario at demo speed) and a first window.
    void start()
    {
        QSettings().clear();
        QVERIFY(dir.isValid());
        sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(sandbox->start(sandbox::Sandbox::demoOptions(), &error), qPrintable(error));
        tracks::registerAll(registry);
        openWindow();
    }

    /// A window as the app opens it: a fresh model (no sign-in kept), the sandbox chosen.
    void openWindow(bool demo = true)
    {
        QVERIFY(!window);
        model = std::make_unique<SetupModel>();
        model->setRunDirectory(path(QStringLiteral("runs")));
        CloudChoice choice;
        choice.kind = CloudChoice::Kind::Sandbox;
        model->setCloud(choice, sandbox->profile());
        DemoDirectory directory;
        for (const sandbox::Sandbox::Person &p : sandbox->people())
            directory.people.append({p.userPrincipalName, p.displayName, p.role, p.tenantId, p.tenantName});
        sandbox::Sandbox *running = sandbox.get();
        directory.approveDeviceCode = [running](const QString &code, const QString &upn) {
            return running->approveDeviceCode(code, upn);
        };
        if (demo)
            model->setDemoDirectory(directory);
        sandbox::Sandbox *s = sandbox.get();
        window = std::make_unique<MainWindow>(
            model.get(), &registry, [s](QString *) -> std::optional<CloudProfile> { return s->profile(); });
        window->resize(1200, 860);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }

    /// Closes the app mid-track: the window and everything it signed in go.
    void closeWindow()
    {
        if (!window)
            return;
        window->close();
        window.reset();
        model.reset();
    }

    QString path(const QString &name) const { return QDir(dir.path()).filePath(name); }

    template<typename T> T *find(const QString &name) const
    {
        auto *w = window->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }

    QAbstractButton *wizardButton(QWizard::WizardButton which) const
    {
        return window->wizard()->button(which);
    }
    RunSession *run() const { return model->runSession(); }

    void clickNext()
    {
        QAbstractButton *next = wizardButton(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isVisible() && next->isEnabled(), 5000);
        QTest::mouseClick(next, Qt::LeftButton);
    }

    /// On the start page: the persona, then the track, then Next.
    void chooseTrack(const QString &personaId, const QString &trackId)
    {
        QCOMPARE(window->wizard()->currentId(), int(PageId::Start));
        auto *persona = find<QRadioButton>(QStringLiteral("persona_") + personaId);
        QVERIFY(persona);
        QTest::mouseClick(persona, Qt::LeftButton, {}, QPoint(6, persona->height() / 2));
        auto *tracks = find<QListWidget>(QStringLiteral("trackList"));
        QListWidgetItem *item = nullptr;
        for (int i = 0; i < tracks->count(); ++i) {
            if (tracks->item(i)->data(Qt::UserRole).toString() == trackId)
                item = tracks->item(i);
        }
        QVERIFY2(item, qPrintable(trackId));
        tracks->setCurrentItem(item);
        QCOMPARE(model->trackId(), trackId);
        clickNext();
    }

    /// On the start page: the saved run of `trackId` under "Continue where you left off", then Next.
    void chooseSavedRun(const QString &trackId)
    {
        auto *runs = find<QListWidget>(QStringLiteral("runList"));
        QVERIFY(runs);
        QTRY_VERIFY(runs->isVisible());
        QListWidgetItem *item = nullptr;
        for (int i = 0; i < runs->count(); ++i) {
            if (QFileInfo(runs->item(i)->data(Qt::UserRole).toString()).fileName().startsWith(trackId + u'-'))
                item = runs->item(i);
        }
        QVERIFY2(item, qPrintable(trackId));
        runs->setCurrentItem(item);
        QCOMPARE(model->resumePath(), item->data(Qt::UserRole).toString());
        clickNext();
    }

    /// On the sign-in page: `upn` signs in on `side` (the demo's device code, approved "on their phone").
    void signIn(workflow::Side side, const QString &upn)
    {
        QTRY_COMPARE(window->wizard()->currentId(), int(PageId::SignIn));
        auto *panel = find<SignInPanel>(workflow::sideName(side) + QStringLiteral("SignInPanel"));
        QVERIFY(panel);
        if (panel->isSignedIn() && panel->session()->account() == upn)
            return;
        auto *people = panel->findChild<QTreeWidget *>(QStringLiteral("peopleList"));
        QVERIFY(people && people->isVisible());
        QTreeWidgetItem *person = nullptr;
        for (int i = 0; i < people->topLevelItemCount(); ++i) {
            if (people->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == upn)
                person = people->topLevelItem(i);
        }
        QVERIFY2(person, qPrintable(upn));
        people->setCurrentItem(person);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("signInAsButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isSignedIn(), 20000);
        QCOMPARE(panel->session()->account(), upn);
    }

    QLineEdit *input(const QString &key) const { return find<QLineEdit>(QStringLiteral("input_") + key); }

    /// Types `value` into the input `key` as a person would (replacing what is there).
    void setInput(const QString &key, const QString &value)
    {
        QLineEdit *edit = input(key);
        QVERIFY2(edit, qPrintable(key));
        edit->selectAll();
        if (value.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, value, Qt::NoModifier, keyDelayMs);
        QCOMPARE(run()->value(key), value);
    }

    void setInputs(const workflow::Values &values)
    {
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            CHECKED(setInput(it.key(), it.value()));
        }
    }

    /// The sandbox's last requests, for a failure message.
    QString lastRequests(int count = 8) const
    {
        const QList<sandbox::RequestLogEntry> log = sandbox->requestLog();
        QStringList lines;
        for (qsizetype i = qMax<qsizetype>(0, log.size() - count); i < log.size(); ++i)
            lines << QStringLiteral("%1 %2 %3").arg(log.at(i).method, log.at(i).path).arg(log.at(i).status);
        return lines.join(u'\n');
    }

    QString inputProblems() const
    {
        QStringList lines;
        for (const workflow::InputProblem &p : run()->validateInputs())
            lines << p.key + QStringLiteral(": ") + p.message;
        return lines.join(u'\n');
    }

    /// Run (or Continue/Retry), clicked once the page has followed the inputs (within a pass of the
    /// event loop after typing).
    void clickRun()
    {
        auto *runButton = find<QPushButton>(QStringLiteral("runButton"));
        QTRY_VERIFY2_WITH_TIMEOUT(runButton->isEnabled(), qPrintable(inputProblems()), 5000);
        QTest::mouseClick(runButton, Qt::LeftButton);
    }

    /// Run (or Continue/Retry), then Apply every plan, typing `confirm` where a step asks, until
    /// the run stops; the status it stopped in must be `expected`.
    void runToStop(RunSession::Status expected, const QString &confirm = QString(), int timeoutMs = 90000,
                   const QString &stopAtProgress = QString())
    {
        QTRY_COMPARE_WITH_TIMEOUT(window->wizard()->currentId(), int(PageId::Track), 5000);
        auto *apply = find<QPushButton>(QStringLiteral("applyButton"));
        CHECKED(clickRun());
        QElapsedTimer timer;
        timer.start();
        int applied = 0;
        auto *progress = find<QLabel>(QStringLiteral("runProgressText"));
        const auto reached
            = [&] { return !stopAtProgress.isEmpty() && progress->text().contains(stopAtProgress); };
        while (true) {
            QTRY_VERIFY2_WITH_TIMEOUT(!run()->isBusy() || (apply->isVisible() && apply->isEnabled())
                                          || reached(),
                                      qPrintable(QStringLiteral("step %1, status %2: %3\n%4")
                                                     .arg(run()->currentStepId())
                                                     .arg(int(run()->status()))
                                                     .arg(progress->text(), lastRequests())),
                                      int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
            if (!run()->isBusy())
                break;
            if (reached()) {
                // A wait for the other tenant: the person stops and leaves; the run file keeps the state.
                QTest::mouseClick(find<QPushButton>(QStringLiteral("stopButton")), Qt::LeftButton);
                QTRY_VERIFY(!run()->isBusy());
                break;
            }
            const auto plan = run()->pendingPlan();
            QVERIFY(plan);
            QTest::mouseClick(apply, Qt::LeftButton);
            ++applied;
            if (plan->confirmation) {
                ConfirmationDialog *dialog = nullptr;
                QTRY_VERIFY((dialog = window->findChild<ConfirmationDialog *>()) && dialog->isVisible());
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("confirmationName"));
                auto *confirmButton = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
                QVERIFY(!confirmButton->isEnabled());
                QTest::keyClicks(name, confirm);
                QVERIFY2(confirmButton->isEnabled(), qPrintable(plan->confirmation->name));
                QTest::mouseClick(confirmButton, Qt::LeftButton);
            }
            // Approving is immediate: the runner goes on (or the next plan is asked for).
            QVERIFY(run()->status() != RunSession::Status::AwaitingApproval || run()->pendingPlan());
        }
        const auto *banner = find<MessageBanner>(QStringLiteral("runBanner"));
        QVERIFY2(run()->status() == expected,
                 qPrintable(QStringLiteral("status %1, expected %2: %3 / %4")
                                .arg(int(run()->status()))
                                .arg(int(expected))
                                .arg(banner->text(), run()->lastError().technicalSummary())));
    }

    /// The track page's Finish after a verified end.
    void finish()
    {
        QAbstractButton *finishButton = wizardButton(QWizard::FinishButton);
        QTRY_VERIFY(finishButton->isVisible() && finishButton->isEnabled());
    }
};

} // namespace cmk::testing

// The status dashboard on the offscreen platform against the in-process sandbox over real
// loopback HTTPS, signed in as Riley (support: Global Reader, Reader on the subscription).
// Demo scenario: the locked "Contoso Archive" shows its reason and days left, search and filters
// narrow, grouping by policy, the details pane (diagnosis, next action, key health, the journal's
// requests about it), CSV and JSON export read back through core, refresh keeps the selection,
// auto-refresh fires without overlapping, a refused read (403) and a cancelled read are explained
// inline, and the start page leads to sign-in and the dashboard. Scale scenario: 10,000 rows load,
// sort and filter, and a refresh keeps the selection and scroll position.

#include "app/signinsession.h"
#include "app/workspace.h"
#include "auth/credentialstore.h"
#include "dashboard/dashboardview.h"
#include "dashboard/dashboardwindow.h"
#include "dashboard/policygroupmodel.h"
#include "dashboard/statusfiltermodel.h"
#include "dashboard/statustablemodel.h"
#include "faults.h"
#include "sandbox.h"
#include "status/relatedjournal.h"
#include "status/statusexport.h"
#include "widgets/messagebanner.h"
#include "widgets/signinpanel.h"
#include "wizard/mainwindow.h"
#include "wizard/setupmodel.h"
#include "workflow/trackregistry.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace cmk;
using status::EnvironmentStatus;

namespace {
const QString CustomerTenant = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString Riley = QStringLiteral("riley@contoso.onmicrosoft.com");
const QString Priya = QStringLiteral("priya@contoso.onmicrosoft.com");
const QString Archive = QStringLiteral("Contoso Archive");
const QString LegacyPolicy = QStringLiteral("contoso-legacy-policy");
constexpr int Timeout = 60000;
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void lockedEnvironmentShowsReasonAndDaysLeft();
    void searchAndFiltersNarrow_data();
    void searchAndFiltersNarrow();
    void groupByPolicy();
    void detailsPaneShowsDiagnosisNextActionAndJournal();
    void exportWritesCsvAndJsonThatCoreReads();
    void exportToAnUnwritablePathFails();
    void refreshKeepsSelectionAndFollowsTheClock();
    void autoRefreshFiresWithoutOverlapping();
    void forbiddenReadIsExplainedInline();
    void policyRefusedIsAWarningNotAFailure();
    void cancelledReadKeepsWhatArrived();
    void startPageLeadsToSignInAndTheDashboard();
    void scaleScenarioLoadsSortsAndFilters();
    void relatedJournalEntriesSelectByUrl_data();
    void relatedJournalEntriesSelectByUrl();
    void screenshot();

private:
    void startSandbox(const QString &scenario);
    DemoDirectory demoDirectory() const;
    workflow::StepRun::SideSession signIn(const QString &upn);
    /// A dashboard for `upn`, loaded once (or with the read still going when `wait` is false).
    DashboardView *openDashboard(const QString &upn = Riley, bool wait = true);
    bool waitForRead(DashboardView *view, int timeoutMs = Timeout);
    /// The table's row (in the filter model) of the environment named `name`, or -1.
    int shownRow(DashboardView *view, const QString &name) const;
    QString cell(DashboardView *view, int row, int column) const;
    template<typename T> T *find(QWidget *root, const char *name) const
    {
        auto *w = root->findChild<T *>(QLatin1StringView(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SignInSession> m_signIn;
    std::unique_ptr<DashboardView> m_view;
};

void TestDashboard::init()
{
    startSandbox(QStringLiteral("demo"));
}

void TestDashboard::cleanup()
{
    m_view.reset();
    m_signIn.reset();
    m_workspace.reset();
    m_sandbox.reset();
}

void TestDashboard::startSandbox(const QString &scenario)
{
    m_view.reset();
    m_signIn.reset();
    m_workspace.reset();
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    sandbox::Sandbox::Options options;
    options.scenario = scenario;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>(m_sandbox->profile(),
                                              std::make_unique<auth::MemoryCredentialStore>(), QString());
}

DemoDirectory TestDashboard::demoDirectory() const
{
    DemoDirectory directory;
    for (const sandbox::Sandbox::Person &p : m_sandbox->people())
        directory.people.append({p.userPrincipalName, p.displayName, p.role, p.tenantId, p.tenantName});
    sandbox::Sandbox *running = m_sandbox.get();
    directory.approveDeviceCode = [running](const QString &code, const QString &upn) {
        return running->approveDeviceCode(code, upn);
    };
    directory.clock = [running] { return running->now(); };
    return directory;
}

workflow::StepRun::SideSession TestDashboard::signIn(const QString &upn)
{
    m_signIn = std::make_unique<SignInSession>(m_workspace.get(), workflow::Side::Customer);
    m_signIn->setExpectedTenant(CustomerTenant);
    m_signIn->setDemoDirectory(demoDirectory());
    QSignalSpy signedIn(m_signIn.get(), &SignInSession::signedIn);
    m_signIn->signInAs(upn);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty(); }, 20000))
        qWarning("%s did not sign in: %s", qPrintable(upn), qPrintable(m_signIn->failureMessage()));
    return m_signIn->sideSession();
}

DashboardView *TestDashboard::openDashboard(const QString &upn, bool wait)
{
    const workflow::StepRun::SideSession session = signIn(upn);
    if (!session.pipeline)
        return nullptr;
    m_view = std::make_unique<DashboardView>(m_workspace.get(), session);
    sandbox::Sandbox *running = m_sandbox.get();
    m_view->setClock([running] { return running->now(); });
    m_view->resize(1280, 760);
    m_view->show();
    if (!m_view->refresh())
        return nullptr;
    if (wait && !waitForRead(m_view.get()))
        return nullptr;
    return m_view.get();
}

bool TestDashboard::waitForRead(DashboardView *view, int timeoutMs)
{
    return QTest::qWaitFor([view] { return !view->isRefreshing(); }, timeoutMs);
}

int TestDashboard::shownRow(DashboardView *view, const QString &name) const
{
    const QAbstractItemModel *m = view->filterModel();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, StatusTableModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QString TestDashboard::cell(DashboardView *view, int row, int column) const
{
    return view->filterModel()->index(row, column).data().toString();
}

void TestDashboard::lockedEnvironmentShowsReasonAndDaysLeft()
{
    DashboardView *view = openDashboard();
    QVERIFY(view);
    QCOMPARE(view->statusModel()->rowCount(), 11);
    QVERIFY(view->report().complete);
    const int row = shownRow(view, Archive);
    QVERIFY(row >= 0);
    QCOMPARE(cell(view, row, StatusTableModel::Encryption), QStringLiteral("Locked"));
    QCOMPARE(cell(view, row, StatusTableModel::Lock), QStringLiteral("Locked"));
    QCOMPARE(cell(view, row, StatusTableModel::Reason), QStringLiteral("Key disabled"));
    QCOMPARE(cell(view, row, StatusTableModel::Policy), LegacyPolicy);
    QCOMPARE(cell(view, row, StatusTableModel::Type), QStringLiteral("Production"));
    const EnvironmentStatus *archive
        = view->report().row(view->filterModel()->index(row, 0).data(StatusTableModel::IdRole).toString());
    QVERIFY(archive && archive->daysLeft);
    QVERIFY(*archive->daysLeft >= 1 && *archive->daysLeft <= 28);
    QCOMPARE(cell(view, row, StatusTableModel::DaysLeft), QString::number(*archive->daysLeft));
    QVERIFY(view->filterModel()
                ->index(row, StatusTableModel::Reason)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("support")));
    // Problems sort first by default: the locked environment leads the table.
    QCOMPARE(row, 0);
    // Not locked environments say so and have no countdown.
    const int other = shownRow(view, QStringLiteral("Contoso (default)"));
    QVERIFY(other >= 0);
    QCOMPARE(cell(view, other, StatusTableModel::Lock), QStringLiteral("Not locked"));
    QVERIFY(cell(view, other, StatusTableModel::DaysLeft).isEmpty());

    // Sorted by days left the countdown leads; reversed, it comes last.
    auto *table = find<QTableView>(view, "statusTable");
    table->sortByColumn(StatusTableModel::DaysLeft, Qt::AscendingOrder);
    QCOMPARE(cell(view, 0, StatusTableModel::Name), Archive);
    table->sortByColumn(StatusTableModel::DaysLeft, Qt::DescendingOrder);
    QCOMPARE(cell(view, 10, StatusTableModel::Name), Archive);

    // The summary line: total, encrypted, locked and the soonest deletion.
    const QString summary = find<QLabel>(view, "summaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("11 environment(s)")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 locked")), qPrintable(summary));
    QVERIFY2(summary.contains(
                 QStringLiteral("soonest deletion: Contoso Archive in %1 day(s)").arg(*archive->daysLeft)),
             qPrintable(summary));
    QVERIFY(!find<MessageBanner>(view, "statusMessage")->isVisible());
}

void TestDashboard::searchAndFiltersNarrow_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("stateFilter"); // index in the "Show" combo
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("mustShow");
    QTest::addColumn<int>("expected"); // -1: compare with the report's own count below

    QTest::newRow("name, any case") << "ARCHIVE" << 0 << "" << QStringList {Archive} << 1;
    QTest::newRow("policy name") << LegacyPolicy << 0 << "" << QStringList {Archive} << 1;
    QTest::newRow("reason code") << "KeyDisabled" << 0 << "" << QStringList {Archive} << 1;
    QTest::newRow("reason words") << "key disabled" << 0 << "" << QStringList {Archive} << 1;
    QTest::newRow("nothing matches") << "no-such-environment" << 0 << "" << QStringList {} << 0;
    QTest::newRow("locked") << "" << 2 << "" << QStringList {Archive} << 1;
    QTest::newRow("problems") << "" << 4 << "" << QStringList {Archive} << -1;
    QTest::newRow("encrypted") << "" << 1 << "" << QStringList {} << -1;
    QTest::newRow("not encrypted") << "" << 3 << "" << QStringList {QStringLiteral("Contoso (default)")}
                                   << -1;
    QTest::newRow("type production") << "" << 0 << "Production" << QStringList {Archive} << -1;
    QTest::newRow("type and locked") << "" << 2 << "Production" << QStringList {Archive} << 1;
    QTest::newRow("type sandbox and locked") << "" << 2 << "Sandbox" << QStringList {} << 0;
}

void TestDashboard::searchAndFiltersNarrow()
{
    QFETCH(QString, search);
    QFETCH(int, stateFilter);
    QFETCH(QString, type);
    QFETCH(QStringList, mustShow);
    QFETCH(int, expected);
    DashboardView *view = openDashboard();
    QVERIFY(view);

    // What each filter should leave, from the report itself.
    int truth = 0;
    for (const EnvironmentStatus &r : view->report().rows) {
        using status::State;
        bool keep = true;
        switch (stateFilter) {
        case 1:
            keep = r.state == State::Encrypted || r.state == State::Encrypting || r.state == State::AtRisk
                || r.state == State::Unverified;
            break;
        case 2:
            keep = r.locked;
            break;
        case 3:
            keep = r.state == State::MicrosoftManaged || r.state == State::Byok
                || r.state == State::NotEligible || r.state == State::Unlinking;
            break;
        case 4:
            keep = r.state == State::Locked || r.state == State::AtRisk || r.state == State::Unverified;
            break;
        default:
            break;
        }
        if (!type.isEmpty())
            keep = keep && r.sku == type;
        truth += keep ? 1 : 0;
    }
    if (expected < 0)
        expected = truth;
    QVERIFY2(search.isEmpty() || expected < 11, "a search must narrow");

    auto *edit = find<QLineEdit>(view, "searchEdit");
    edit->setFocus();
    QTest::keyClicks(edit, search);
    auto *states = find<QComboBox>(view, "stateFilter");
    states->setCurrentIndex(stateFilter);
    if (!type.isEmpty()) {
        auto *types = find<QComboBox>(view, "typeFilter");
        const int index = types->findData(type);
        QVERIFY2(index > 0, qPrintable(type));
        types->setCurrentIndex(index);
    }
    QCOMPARE(view->filterModel()->rowCount(), expected);
    for (const QString &name : mustShow)
        QVERIFY2(shownRow(view, name) >= 0, qPrintable(name));
    if (expected < 11)
        QTRY_VERIFY(
            find<QLabel>(view, "summaryLabel")->text().contains(QStringLiteral("%1 shown").arg(expected)));

    // Clearing brings every row back.
    edit->clear();
    states->setCurrentIndex(0);
    find<QComboBox>(view, "typeFilter")->setCurrentIndex(0);
    QCOMPARE(view->filterModel()->rowCount(), 11);
}

void TestDashboard::groupByPolicy()
{
    DashboardView *view = openDashboard();
    QVERIFY(view);
    auto *toggle = find<QCheckBox>(view, "groupByPolicy");
    auto *tree = find<QTreeView>(view, "statusTree");
    auto *table = find<QTableView>(view, "statusTable");
    QVERIFY(table->isVisible() && !tree->isVisible());
    view->setCurrentEnvironment(view->report().rows.first().id);
    const QString chosen = view->currentEnvironment();
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(4, toggle->height() / 2));
    QVERIFY(view->isGroupedByPolicy());
    QVERIFY(tree->isVisible() && !table->isVisible());

    PolicyGroupModel *groups = view->groupModel();
    groups->flush();
    QSet<QString> policies;
    int withoutPolicy = 0;
    for (const EnvironmentStatus &r : view->report().rows) {
        if (r.policyName.isEmpty())
            ++withoutPolicy;
        else
            policies.insert(r.policyName);
    }
    QCOMPARE(groups->rowCount(), int(policies.size()) + (withoutPolicy > 0 ? 1 : 0));
    int children = 0;
    int legacy = -1;
    for (int g = 0; g < groups->rowCount(); ++g) {
        const QModelIndex group = groups->index(g, 0);
        children += groups->rowCount(group);
        if (group.data(PolicyGroupModel::GroupPolicyRole).toString() == LegacyPolicy)
            legacy = g;
        QVERIFY2(tree->isExpanded(group), qPrintable(group.data().toString()));
    }
    QCOMPARE(children, 11);
    // "No enterprise policy" comes last.
    QCOMPARE(groups->index(groups->rowCount() - 1, 0).data(PolicyGroupModel::GroupPolicyRole).toString(),
             QString());
    QVERIFY(groups->index(groups->rowCount() - 1, 0)
                .data()
                .toString()
                .startsWith(QStringLiteral("No enterprise policy")));
    QVERIFY(legacy >= 0);
    const QModelIndex legacyGroup = groups->index(legacy, 0);
    QVERIFY2(legacyGroup.data().toString().contains(QStringLiteral("1 locked")),
             qPrintable(legacyGroup.data().toString()));
    QCOMPARE(groups->index(0, StatusTableModel::Name, legacyGroup).data().toString(), Archive);
    QCOMPARE(groups->index(0, StatusTableModel::Reason, legacyGroup).data().toString(),
             QStringLiteral("Key disabled"));
    // The selection carries over into the tree, and back.
    QCOMPARE(view->currentEnvironment(), chosen);
    QCOMPARE(tree->currentIndex().data(StatusTableModel::IdRole).toString(), chosen);

    // Filters apply inside the groups: only the locked environment's group is left.
    find<QComboBox>(view, "stateFilter")->setCurrentIndex(2);
    groups->flush();
    QCOMPARE(groups->rowCount(), 1);
    QCOMPARE(groups->rowCount(groups->index(0, 0)), 1);

    // A group the user closed stays closed across a refresh.
    find<QComboBox>(view, "stateFilter")->setCurrentIndex(0);
    groups->flush();
    QModelIndex group;
    for (int g = 0; g < groups->rowCount(); ++g) {
        if (groups->index(g, 0).data(PolicyGroupModel::GroupPolicyRole).toString() == LegacyPolicy)
            group = groups->index(g, 0);
    }
    tree->collapse(group);
    QVERIFY(view->refresh());
    QVERIFY(waitForRead(view));
    groups->flush();
    for (int g = 0; g < groups->rowCount(); ++g) {
        const QModelIndex index = groups->index(g, 0);
        const bool isLegacy = index.data(PolicyGroupModel::GroupPolicyRole).toString() == LegacyPolicy;
        QCOMPARE(tree->isExpanded(index), !isLegacy);
    }

    // Filtering moved the selection off the hidden row; choose again, in the tree.
    tree->setCurrentIndex(view->groupModel()->indexOfStatusRow(view->statusModel()->rowOf(chosen)));
    QCOMPARE(view->currentEnvironment(), chosen);
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(4, toggle->height() / 2));
    QVERIFY(!view->isGroupedByPolicy());
    QCOMPARE(view->currentEnvironment(), chosen);
    QCOMPARE(table->currentIndex().data(StatusTableModel::IdRole).toString(), chosen);
}

void TestDashboard::detailsPaneShowsDiagnosisNextActionAndJournal()
{
    DashboardView *view = openDashboard();
    QVERIFY(view);
    auto *table = find<QTableView>(view, "statusTable");
    const int row = shownRow(view, Archive);
    QVERIFY(row >= 0);
    // Chosen the way a person does: a click on its row.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(view->filterModel()->index(row, StatusTableModel::Name)).center());
    const EnvironmentStatus *archive = view->report().row(view->currentEnvironment());
    QVERIFY(archive);
    QCOMPARE(archive->displayName, Archive);
    QCOMPARE(find<QLabel>(view, "detailTitle")->text(), Archive);
    QVERIFY(find<QLabel>(view, "detailState")->text().contains(QStringLiteral("left before deletion")));
    QCOMPARE(find<QLabel>(view, "detailDiagnosis")->text(), archive->diagnosis);
    QVERIFY(archive->diagnosis.contains(QStringLiteral("disabled")));
    QCOMPARE(find<QLabel>(view, "detailNextAction")->text(), archive->nextAction);
    QVERIFY(archive->nextAction.contains(QStringLiteral("support")));
    const QString health = find<QLabel>(view, "detailKeyHealth")->text();
    QVERIFY2(health.contains(QStringLiteral("enabled: no")), qPrintable(health));
    QVERIFY2(health.contains(QStringLiteral("kv-contoso-legacy")), qPrintable(health));

    // The journal's requests about it: its policy, its vault and its key, none about others.
    auto *journal = find<QTreeWidget>(view, "detailJournal");
    QVERIFY(journal->topLevelItemCount() >= 3);
    bool policy = false, vault = false;
    for (int i = 0; i < journal->topLevelItemCount(); ++i) {
        const QString request = journal->topLevelItem(i)->toolTip(2); // the whole URL
        policy = policy || request.contains(LegacyPolicy);
        vault = vault || request.contains(QStringLiteral("kv-contoso-legacy"));
        QVERIFY2(request.contains(LegacyPolicy) || request.contains(QStringLiteral("kv-contoso-legacy"))
                     || request.contains(archive->id),
                 qPrintable(request));
        QVERIFY(!journal->topLevelItem(i)->text(3).isEmpty()); // the request id support asks for
    }
    QVERIFY(policy && vault);

    // An environment without a policy says so and has no key requests.
    const int plain = shownRow(view, QStringLiteral("Contoso (default)"));
    table->setCurrentIndex(view->filterModel()->index(plain, 0));
    QCOMPARE(find<QLabel>(view, "detailTitle")->text(), QStringLiteral("Contoso (default)"));
    QVERIFY(find<QLabel>(view, "detailKeyHealth")->text().contains(QStringLiteral("No enterprise policy")));
    QCOMPARE(journal->topLevelItemCount(), 0);
}

void TestDashboard::exportWritesCsvAndJsonThatCoreReads()
{
    DashboardView *view = openDashboard();
    QVERIFY(view);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("status.csv"));
    const QString jsonPath = dir.filePath(QStringLiteral("status.json"));
    QString error;
    QVERIFY2(view->exportTo(csvPath, DashboardView::ExportFormat::Csv, &error), qPrintable(error));
    QVERIFY2(view->exportTo(jsonPath, DashboardView::ExportFormat::Json, &error), qPrintable(error));
    // The tenant's state as audit evidence: the locked environment and its reason, no secret.
    const QString evidencePath = dir.filePath(QStringLiteral("evidence.html"));
    QVERIFY2(view->exportTo(evidencePath, DashboardView::ExportFormat::Evidence, &error), qPrintable(error));
    QFile evidenceFile(evidencePath);
    QVERIFY(evidenceFile.open(QIODevice::ReadOnly));
    const QByteArray evidence = evidenceFile.readAll();
    QVERIFY(evidence.contains(Archive.toHtmlEscaped().toUtf8()));
    QVERIFY(evidence.contains("KeyDisabled"));
    QVERIFY(!evidence.contains("eyJ"));
    QVERIFY(!view->exportTo(QStringLiteral("/nonexistent-dir/evidence.html"),
                            DashboardView::ExportFormat::Evidence, &error));

    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csv = csvFile.readAll();
    const QList<QStringList> records = status::StatusExport::readCsv(csv, &error);
    QVERIFY2(!records.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 12);
    QCOMPARE(records.first().join(u','), status::StatusExport::csvHeader());
    const qsizetype nameColumn = records.first().indexOf(QStringLiteral("name"));
    const qsizetype reasonColumn = records.first().indexOf(QStringLiteral("lockReason"));
    const qsizetype daysColumn = records.first().indexOf(QStringLiteral("daysLeft"));
    // In the order shown: the locked environment first.
    QCOMPARE(records.at(1).at(nameColumn), Archive);
    QCOMPARE(records.at(1).at(reasonColumn), QStringLiteral("KeyDisabled"));
    QCOMPARE(records.at(1).at(daysColumn), cell(view, 0, StatusTableModel::DaysLeft));

    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray json = jsonFile.readAll();
    // No token or credential travels in an export.
    for (const QByteArray &exported : {csv, json}) {
        for (const char *marker : {"eyJ", "Bearer", "refresh_token", "client_secret", "sbx-rt."})
            QVERIFY2(!exported.contains(marker), marker);
    }
    const auto report = status::StatusReport::fromJson(json, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->rows.size(), 11);
    QCOMPARE(report->tenantId, CustomerTenant);
    QVERIFY(report->complete);
    QCOMPARE(report->rows.first().displayName, Archive);
    QCOMPARE(report->rows.first().lockReason, QStringLiteral("KeyDisabled"));

    // Only what is shown: the locked ones.
    find<QComboBox>(view, "stateFilter")->setCurrentIndex(2);
    QVERIFY(view->exportTo(csvPath, DashboardView::ExportFormat::Csv, &error));
    QVERIFY(view->exportTo(jsonPath, DashboardView::ExportFormat::Json, &error));
    csvFile.close();
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(status::StatusExport::readCsv(csvFile.readAll()).size(), 2);
    jsonFile.close();
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(status::StatusReport::fromJson(jsonFile.readAll())->rows.size(), 1);

    // A field a spreadsheet would run as a formula is defused; quotes and commas survive.
    EnvironmentStatus tricky;
    tricky.id = QStringLiteral("x");
    tricky.displayName = QStringLiteral("=HYPERLINK(\"http://evil\",\"a, b\")");
    const QList<QStringList> back = status::StatusExport::readCsv(status::StatusExport::csv({tricky}));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(1).at(1), u'\'' + tricky.displayName);
    QVERIFY(status::StatusExport::readCsv("a,b\n\"open").isEmpty());
    QVERIFY(status::StatusExport::readCsv("a,b\n1,2,3\n").isEmpty());
}

void TestDashboard::exportToAnUnwritablePathFails()
{
    DashboardView *view = openDashboard();
    QVERIFY(view);
    QString error;
    QVERIFY(!view->exportTo(QStringLiteral("/proc/no-such-dir/status.csv"), DashboardView::ExportFormat::Csv,
                            &error));
    QVERIFY2(error.contains(QStringLiteral("could not be written")), qPrintable(error));
}

void TestDashboard::refreshKeepsSelectionAndFollowsTheClock()
{
    DashboardView *view = openDashboard();
    QVERIFY(view);
    auto *table = find<QTableView>(view, "statusTable");
    const int row = shownRow(view, Archive);
    table->setCurrentIndex(view->filterModel()->index(row, StatusTableModel::Name));
    const QString id = view->currentEnvironment();
    const int before = cell(view, row, StatusTableModel::DaysLeft).toInt();
    QVERIFY(before > 5);

    // Five simulated days later the countdown is five days shorter; the same row stays chosen.
    m_sandbox->advanceClock(5LL * 24 * 3600 * 1000);
    QSignalSpy finished(view, &DashboardView::refreshFinished);
    QTest::mouseClick(find<QPushButton>(view, "refreshButton"), Qt::LeftButton);
    QVERIFY(view->isRefreshing());
    QCOMPARE(find<QPushButton>(view, "refreshButton")->text().remove(u'&'), QStringLiteral("Stop"));
    QVERIFY(!view->refresh()); // never two reads at once
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(view->statusModel()->rowCount(), 11); // updated in place, not appended
    QCOMPARE(view->currentEnvironment(), id);
    QCOMPARE(table->currentIndex().data(StatusTableModel::IdRole).toString(), id);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    const int after = cell(view, shownRow(view, Archive), StatusTableModel::DaysLeft).toInt();
    QCOMPARE(after, before - 5);
    QVERIFY(find<QLabel>(view, "detailState")->text().contains(QStringLiteral("%1 day(s)").arg(after)));
}

void TestDashboard::autoRefreshFiresWithoutOverlapping()
{
    DashboardView *view = openDashboard();
    QVERIFY(view);
    int started = 0, finished = 0, overlap = 0;
    connect(view, &DashboardView::refreshStarted, this, [&] {
        if (started > finished)
            ++overlap;
        ++started;
    });
    connect(view, &DashboardView::refreshFinished, this, [&] { ++finished; });
    view->setAutoRefreshInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(finished >= 3, Timeout);
    QCOMPARE(overlap, 0);
    // Off: nothing more starts.
    view->setAutoRefreshInterval(0);
    QVERIFY(waitForRead(view));
    const int count = started;
    QTest::qWait(400);
    QCOMPARE(started, count);
    // The menu offers whole minutes.
    auto *combo = find<QComboBox>(view, "autoRefresh");
    QCOMPARE(combo->currentData().toInt(), 0);
    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1);
    QCOMPARE(view->autoRefreshInterval(), 60 * 1000);
}

void TestDashboard::forbiddenReadIsExplainedInline()
{
    const workflow::StepRun::SideSession session = signIn(Riley);
    QVERIFY(session.pipeline);
    sandbox::FaultRule rule;
    rule.kind = QStringLiteral("403");
    rule.method = "GET";
    rule.path = QStringLiteral("*/scopes/admin/environments");
    rule.remaining = -1;
    m_sandbox->addFault(rule);
    m_view = std::make_unique<DashboardView>(m_workspace.get(), session);
    m_view->show();
    QSignalSpy finished(m_view.get(), &DashboardView::refreshFinished);
    QVERIFY(m_view->refresh());
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().at(0).toBool(), false);
    auto *banner = find<MessageBanner>(m_view.get(), "statusMessage");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("could not be read")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(m_view->report().problems.value(0).summary.toHtmlEscaped()),
             qPrintable(banner->text()));
    QCOMPARE(m_view->report().problems.value(0).httpStatus, 403);
    QCOMPARE(m_view->statusModel()->rowCount(), 0);
    QVERIFY(find<QLabel>(m_view.get(), "summaryLabel")->text().contains(QStringLiteral("0 environment(s)")));
}

void TestDashboard::policyRefusedIsAWarningNotAFailure()
{
    // Priya administers Power Platform but holds no Azure role: the policy read is refused.
    DashboardView *view = openDashboard(Priya);
    QVERIFY(view);
    QCOMPARE(view->statusModel()->rowCount(), 11);
    auto *banner = find<MessageBanner>(view, "statusMessage");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QStringLiteral("AuthorizationFailed"))
                 || banner->text().contains(view->report().problems.value(0).summary.toHtmlEscaped()),
             qPrintable(banner->text()));
    const int row = shownRow(view, Archive);
    QCOMPARE(cell(view, row, StatusTableModel::Reason),
             QStringLiteral("Key disabled")); // Power Platform says so
    QCOMPARE(cell(view, row, StatusTableModel::KeyHealth), QStringLiteral("Unknown"));
}

void TestDashboard::cancelledReadKeepsWhatArrived()
{
    sandbox::FaultRule rule;
    rule.kind = QStringLiteral("hang");
    rule.method = "GET";
    rule.path = QStringLiteral("*/enterprisePolicies/*");
    rule.remaining = -1;
    DashboardView *view = openDashboard(Riley, false);
    QVERIFY(view);
    QVERIFY(view->isRefreshing());
    QSignalSpy finished(view, &DashboardView::refreshFinished);
    QTest::mouseClick(find<QPushButton>(view, "refreshButton"), Qt::LeftButton); // "Stop"
    QVERIFY(finished.count() == 1 || finished.wait(Timeout));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!view->isRefreshing());
    auto *banner = find<MessageBanner>(view, "statusMessage");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("stopped")), qPrintable(banner->text()));
    QCOMPARE(find<QPushButton>(view, "refreshButton")->text().remove(u'&'), QStringLiteral("Refresh"));
    // A later read completes.
    QVERIFY(view->refresh());
    QVERIFY(waitForRead(view));
    QCOMPARE(view->statusModel()->rowCount(), 11);
    QVERIFY(!banner->isVisible());
}

void TestDashboard::startPageLeadsToSignInAndTheDashboard()
{
    SetupModel model;
    model.setDemoDirectory(demoDirectory());
    TrackRegistry registry;
    sandbox::Sandbox *running = m_sandbox.get();
    SandboxStarter starter
        = [running](QString *) -> std::optional<CloudProfile> { return running->profile(); };
    MainWindow window(&model, &registry, starter);
    window.show();
    auto *button = find<QPushButton>(&window, "dashboardButton");
    QVERIFY(button);
    auto *cloud = find<QComboBox>(&window, "cloudCombo");
    cloud->setCurrentIndex(cloud->count() - 1); // the offline sandbox demo
    QVERIFY(model.profile());
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    DashboardWindow *dashboard = window.dashboardWindow();
    QVERIFY(dashboard);
    QVERIFY(dashboard->isVisible());
    SignInPanel *panel = dashboard->signInPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(!dashboard->dashboard());

    // Riley, the read-only support person, from the demo's people.
    auto *people = find<QTreeWidget>(panel, "peopleList");
    QTreeWidgetItem *riley = nullptr;
    for (int i = 0; i < people->topLevelItemCount(); ++i) {
        if (people->topLevelItem(i)->text(0).startsWith(QStringLiteral("Riley")))
            riley = people->topLevelItem(i);
    }
    QVERIFY(riley);
    people->setCurrentItem(riley);
    QSignalSpy shown(dashboard, &DashboardWindow::dashboardShown);
    QTest::mouseClick(find<QPushButton>(panel, "signInAsButton"), Qt::LeftButton);
    QVERIFY(shown.wait(20000));
    DashboardView *view = dashboard->dashboard();
    QVERIFY(view && view->isVisible());
    QVERIFY(waitForRead(view));
    QCOMPARE(view->statusModel()->rowCount(), 11);
    QVERIFY(shownRow(view, Archive) >= 0);
    // The same window is raised, not a second one opened.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window.dashboardWindow(), dashboard);
    delete dashboard;
}

void TestDashboard::scaleScenarioLoadsSortsAndFilters()
{
    startSandbox(QStringLiteral("scale"));
    DashboardView *view = openDashboard(Riley, false);
    QVERIFY(view);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(waitForRead(view, 180000));
    qInfo("10,000 environments loaded into the dashboard in %lld ms (Debug)", clock.elapsed());
    QVERIFY(view->report().complete);
    QCOMPARE(view->statusModel()->rowCount(), 10000);
    QCOMPARE(view->filterModel()->rowCount(), 10000);
    const QString summaryLine = find<QLabel>(view, "summaryLabel")->text();
    QVERIFY2(summaryLine.contains(QStringLiteral("10,000 environment(s)"))
                 || summaryLine.contains(QStringLiteral("10000 environment(s)")),
             qPrintable(summaryLine));

    // Sorted by lock: the locked environments first (in the scale scenario all of them Sandbox ones,
    // so none counts down).
    auto *table = find<QTableView>(view, "statusTable");
    const int locked = view->report().summary().byState.value(QStringLiteral("locked"));
    QVERIFY(locked > 0);
    table->sortByColumn(StatusTableModel::Lock, Qt::AscendingOrder);
    for (int row = 0; row < view->filterModel()->rowCount(); ++row)
        QCOMPARE(view->filterModel()->index(row, 0).data(StatusTableModel::LockedRole).toBool(),
                 row < locked);
    QCOMPARE(cell(view, 0, StatusTableModel::Reason), QStringLiteral("Key disabled"));
    // By name, descending.
    table->sortByColumn(StatusTableModel::Name, Qt::DescendingOrder);
    for (int row = 1; row < 200; ++row)
        QVERIFY(cell(view, row - 1, StatusTableModel::Name)
                    .compare(cell(view, row, StatusTableModel::Name), Qt::CaseInsensitive)
                >= 0);

    // Filters agree with the report's counts.
    const status::StatusSummary summary = view->report().summary();
    find<QComboBox>(view, "stateFilter")->setCurrentIndex(2);
    QCOMPARE(view->filterModel()->rowCount(), summary.byState.value(QStringLiteral("locked")));
    find<QComboBox>(view, "stateFilter")->setCurrentIndex(0);
    const QString name = view->report().rows.at(4321).displayName;
    find<QLineEdit>(view, "searchEdit")->setText(name);
    QVERIFY(view->filterModel()->rowCount() >= 1);
    QVERIFY(shownRow(view, name) >= 0);
    find<QLineEdit>(view, "searchEdit")->clear();
    QCOMPARE(view->filterModel()->rowCount(), 10000);

    // Grouped: one group per policy and the rest; every row in one.
    view->setGroupedByPolicy(true);
    view->groupModel()->flush();
    int children = 0;
    for (int g = 0; g < view->groupModel()->rowCount(); ++g)
        children += view->groupModel()->rowCount(view->groupModel()->index(g, 0));
    QCOMPARE(children, 10000);
    view->setGroupedByPolicy(false);

    // A refresh keeps the selection and where the table was scrolled to.
    const QModelIndex chosen = view->filterModel()->index(5000, 0);
    table->setCurrentIndex(chosen);
    table->scrollTo(chosen, QAbstractItemView::PositionAtTop);
    const QString id = view->currentEnvironment();
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QVERIFY(view->refresh());
    QVERIFY(waitForRead(view, 180000));
    QCOMPARE(view->statusModel()->rowCount(), 10000);
    QCOMPARE(view->currentEnvironment(), id);
    QCOMPARE(table->currentIndex().data(StatusTableModel::IdRole).toString(), id);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
}

void TestDashboard::relatedJournalEntriesSelectByUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("related");

    const QString arm = QStringLiteral("https://management.azure.com");
    const QString vault
        = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-a");
    QTest::newRow("the environment") << QStringLiteral(
        "https://api.bap.microsoft.com/providers/Microsoft.BusinessAppPlatform/"
        "scopes/admin/environments/env-1?api-version=2023-06-01")
                                     << true;
    QTest::newRow("another environment starting alike")
        << QStringLiteral("https://api.bap.microsoft.com/scopes/admin/environments/env-10") << false;
    QTest::newRow("the environment list")
        << QStringLiteral("https://api.bap.microsoft.com/scopes/admin/environments") << false;
    QTest::newRow("its policy") << arm
            + QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/"
                             "Microsoft.PowerPlatform/enterprisePolicies/pol?api-version=1")
                                << true;
    QTest::newRow("its vault") << arm + vault + QStringLiteral("?api-version=2024-11-01") << true;
    QTest::newRow("role assignments on its vault")
        << arm + vault + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments?$filter=x")
        << true;
    QTest::newRow("its key, Resource Manager")
        << arm + vault + QStringLiteral("/keys/cmk/versions/v1") << true;
    QTest::newRow("another key of its vault")
        << arm + vault + QStringLiteral("/keys/other/versions/v1") << false;
    QTest::newRow("its key, data plane, any case")
        << QStringLiteral("https://KV-A.vault.azure.net/keys/CMK/v1?api-version=7.4") << true;
    QTest::newRow("a vault whose name starts alike")
        << arm + vault + QStringLiteral("b?api-version=1") << false;
}

void TestDashboard::relatedJournalEntriesSelectByUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, related);
    EnvironmentStatus row;
    row.id = QStringLiteral("env-1");
    row.policyId = QStringLiteral(
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.PowerPlatform/enterprisePolicies/pol");
    row.key.vaultId
        = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-a");
    row.key.keyName = QStringLiteral("cmk");
    row.key.keyUrl = QStringLiteral("https://kv-a.vault.azure.net/keys/cmk/v1");
    http::JournalEntry entry;
    entry.url = url;
    QCOMPARE(status::relatedJournalEntries(row, {entry}).size(), related ? 1 : 0);
    // Without a policy only the environment's own URLs count.
    EnvironmentStatus plain;
    plain.id = row.id;
    plain.key = row.key;
    QCOMPARE(status::relatedJournalEntries(plain, {entry}).size(),
             related && url.contains(QStringLiteral("environments/env-1")) ? 1 : 0);
}

void TestDashboard::screenshot()
{
    // For the README: CMK_DASHBOARD_SCREENSHOT=path (under Xvfb for real fonts and style).
    const QString path = qEnvironmentVariable("CMK_DASHBOARD_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set CMK_DASHBOARD_SCREENSHOT to save a screenshot");
    DashboardView *view = openDashboard();
    QVERIFY(view);
    view->setCurrentEnvironment(view->filterModel()->index(0, 0).data(StatusTableModel::IdRole).toString());
    view->resize(1680, 720);
    QTest::qWait(300); // the window system's first paint; nothing is synchronised on it
    QVERIFY(view->grab().save(path));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"

#include "dashboard/dashboardview.h"

#include "app/workspace.h"
#include "dashboard/policygroupmodel.h"
#include "dashboard/statustablemodel.h"
#include "evidence/evidencereport.h"
#include "status/relatedjournal.h"
#include "status/statusexport.h"
#include "status/statusservice.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cmk {

using status::EnvironmentStatus;
using status::State;

namespace {

/// Rows taller than the text would waste the screen; one line each, the same height for all.
int rowHeight(const QWidget *widget)
{
    return widget->fontMetrics().height() + 8;
}

} // namespace

DashboardView::DashboardView(Workspace *workspace, const workflow::StepRun::SideSession &session,
                             QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_model(new StatusTableModel(this))
    , m_filter(new StatusFilterModel(this))
    , m_groups(new PolicyGroupModel(this))
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_search(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_groupToggle(new QCheckBox(tr("&Group by policy"), this))
    , m_refresh(new QPushButton(this))
    , m_autoRefresh(new QComboBox(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_progress(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_views(new QStackedWidget(m_splitter))
    , m_table(new QTableView(m_views))
    , m_tree(new QTreeView(m_views))
    , m_details(new QWidget)
    , m_detailTitle(new QLabel(m_details))
    , m_detailState(new QLabel(m_details))
    , m_diagnosis(new QLabel(m_details))
    , m_nextAction(new QLabel(m_details))
    , m_keyHealth(new QLabel(m_details))
    , m_journal(new QTreeWidget(m_details))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_filter->setStatusModel(m_model);
    m_filter->setSortRole(StatusTableModel::SortRole);
    m_groups->setSourceModel(m_filter);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_banner->setObjectName(QStringLiteral("statusMessage"));

    auto *bar = new QWidget(this);
    buildToolbar(bar);

    m_table->setObjectName(QStringLiteral("statusTable"));
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Environments"));
    configureView(m_table);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight(m_table));
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);

    m_tree->setObjectName(QStringLiteral("statusTree"));
    m_tree->setModel(m_groups);
    m_tree->setAccessibleName(tr("Environments by policy"));
    configureView(m_tree);
    m_tree->setUniformRowHeights(true);
    m_tree->setFirstColumnSpanned(0, {}, false);
    m_views->addWidget(m_table);
    m_views->addWidget(m_tree);

    buildDetails(m_details);
    auto *detailsScroll = new QScrollArea(m_splitter);
    detailsScroll->setObjectName(QStringLiteral("detailsPane"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setWidget(m_details);
    detailsScroll->setMinimumWidth(300);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({1260, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);

    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(0);
    connect(&m_summaryTimer, &QTimer::timeout, this, &DashboardView::updateSummary);
    connect(m_model, &StatusTableModel::rowsChanged, &m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::rowsInserted, &m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::rowsRemoved, &m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_model, &StatusTableModel::typesChanged, this, &DashboardView::updateTypes);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_model->rowOf(m_currentId);
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showDetails();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_groups, &QAbstractItemModel::modelReset, this, &DashboardView::restoreTreeState);
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(PolicyGroupModel::GroupPolicyRole).toString());
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(PolicyGroupModel::GroupPolicyRole).toString());
    });

    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(0);
    connect(&m_drainTimer, &QTimer::timeout, this, &DashboardView::drainRows);
    m_groups->setActive(false);

    m_autoTimer.setSingleShot(true);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] { refresh(); });

    updateRefreshButton();
    updateSummary();
    showDetails();
}

DashboardView::~DashboardView()
{
    if (m_service)
        m_service->disconnect(this);
}

void DashboardView::buildToolbar(QWidget *bar)
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, id, policy or reason"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);

    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("Show"));
    m_stateFilter->addItem(tr("All environments"), int(StatusFilterModel::StateFilter::All));
    m_stateFilter->addItem(tr("Encrypted"), int(StatusFilterModel::StateFilter::Encrypted));
    m_stateFilter->addItem(tr("Locked"), int(StatusFilterModel::StateFilter::Locked));
    m_stateFilter->addItem(tr("Not encrypted"), int(StatusFilterModel::StateFilter::NotEncrypted));
    m_stateFilter->addItem(tr("Problems"), int(StatusFilterModel::StateFilter::Problems));

    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->setAccessibleName(tr("Type"));
    m_typeFilter->addItem(tr("All types"), QString());

    m_groupToggle->setObjectName(QStringLiteral("groupByPolicy"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);

    m_autoRefresh->setObjectName(QStringLiteral("autoRefresh"));
    m_autoRefresh->setAccessibleName(tr("Auto-refresh"));
    m_autoRefresh->addItem(tr("Auto-refresh off"), 0);
    m_autoRefresh->addItem(tr("Every minute"), 60 * 1000);
    m_autoRefresh->addItem(tr("Every 5 minutes"), 5 * 60 * 1000);
    m_autoRefresh->addItem(tr("Every 15 minutes"), 15 * 60 * 1000);

    m_export->setObjectName(QStringLiteral("exportButton"));
    auto *exportMenu = new QMenu(m_export);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    QAction *csv = exportMenu->addAction(tr("As &CSV..."));
    csv->setObjectName(QStringLiteral("exportCsvAction"));
    QAction *json = exportMenu->addAction(tr("As &JSON..."));
    json->setObjectName(QStringLiteral("exportJsonAction"));
    QAction *evidence = exportMenu->addAction(tr("As Audit &Evidence (HTML)..."));
    evidence->setObjectName(QStringLiteral("exportEvidenceAction"));
    m_export->setMenu(exportMenu);

    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setForegroundRole(QPalette::PlaceholderText);

    auto *searchLabel = new QLabel(tr("&Search:"), bar);
    searchLabel->setBuddy(m_search);
    auto *showLabel = new QLabel(tr("S&how:"), bar);
    showLabel->setBuddy(m_stateFilter);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search, 2);
    layout->addWidget(showLabel);
    layout->addWidget(m_stateFilter);
    layout->addWidget(m_typeFilter);
    layout->addWidget(m_groupToggle);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_refresh);
    layout->addWidget(m_autoRefresh);
    layout->addWidget(m_export);

    connect(m_search, &QLineEdit::textChanged, m_filter, &StatusFilterModel::setSearchText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateFilter(StatusFilterModel::StateFilter(m_stateFilter->currentData().toInt()));
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTypeFilter(m_typeFilter->currentData().toString()); });
    connect(m_groupToggle, &QCheckBox::toggled, this, &DashboardView::setGroupedByPolicy);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (isRefreshing())
            cancelRefresh();
        else
            refresh();
    });
    connect(m_autoRefresh, &QComboBox::activated, this,
            [this] { setAutoRefreshInterval(m_autoRefresh->currentData().toInt()); });
    connect(csv, &QAction::triggered, this, [this] { chooseExport(ExportFormat::Csv); });
    connect(json, &QAction::triggered, this, [this] { chooseExport(ExportFormat::Json); });
    connect(evidence, &QAction::triggered, this, [this] { chooseExport(ExportFormat::Evidence); });
}

void DashboardView::buildDetails(QWidget *pane)
{
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailTitle->setFont(titleFont);
    m_detailState->setObjectName(QStringLiteral("detailState"));
    m_diagnosis->setObjectName(QStringLiteral("detailDiagnosis"));
    m_nextAction->setObjectName(QStringLiteral("detailNextAction"));
    m_keyHealth->setObjectName(QStringLiteral("detailKeyHealth"));
    m_keyHealth->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_detailTitle, m_detailState, m_diagnosis, m_nextAction, m_keyHealth}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_diagnosis->setTextFormat(Qt::PlainText);
    m_nextAction->setTextFormat(Qt::PlainText);

    m_journal->setObjectName(QStringLiteral("detailJournal"));
    m_journal->setAccessibleName(tr("Requests about this environment"));
    m_journal->setRootIsDecorated(false);
    m_journal->setUniformRowHeights(true);
    m_journal->setHeaderLabels({tr("Time"), tr("Status"), tr("Request"), tr("Request ID")});
    m_journal->setMinimumHeight(120);
    const int average = m_journal->fontMetrics().averageCharWidth();
    m_journal->header()->resizeSection(0, 10 * average);
    m_journal->header()->resizeSection(1, 7 * average);
    m_journal->header()->resizeSection(2, 30 * average);

    const auto heading = [pane](const QString &text) {
        auto *label = new QLabel(text, pane);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    auto *layout = new QVBoxLayout(pane);
    layout->addWidget(m_detailTitle);
    layout->addWidget(m_detailState);
    layout->addWidget(heading(tr("Diagnosis")));
    layout->addWidget(m_diagnosis);
    layout->addWidget(heading(tr("Next action")));
    layout->addWidget(m_nextAction);
    layout->addWidget(heading(tr("Key health")));
    layout->addWidget(m_keyHealth);
    layout->addWidget(heading(tr("Requests about it (journal)")));
    layout->addWidget(m_journal, 1);
}

void DashboardView::configureView(QAbstractItemView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTextElideMode(Qt::ElideRight);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *header = view == m_table ? m_table->horizontalHeader() : m_tree->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    // Fixed starting widths: sizing to contents would measure rows on every batch.
    const QFontMetrics fm = view->fontMetrics();
    const int widths[StatusTableModel::ColumnCount]
        = {24, 10, 12, 21, 15, 15, 13, 10, 13, 10, 18}; // in average characters
    const QFontMetrics headerFont = header->fontMetrics();
    for (int c = 0; c < StatusTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        // Room for the title and the sort arrow, whatever the language.
        const int titleWidth = headerFont.horizontalAdvance(title) + 3 * headerFont.height();
        header->resizeSection(c, qMax(widths[c] * fm.averageCharWidth() + 12, titleWidth));
    }
    if (view == m_table)
        m_table->setSortingEnabled(true);
    else
        m_tree->setSortingEnabled(true);
    header->setSortIndicator(StatusTableModel::Encryption, Qt::AscendingOrder);
}

void DashboardView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

bool DashboardView::isRefreshing() const
{
    return (m_service && m_service->isRunning()) || !m_pendingRows.isEmpty() || m_finishedReport;
}

bool DashboardView::refresh()
{
    if (isRefreshing() || !m_session.pipeline)
        return false;
    m_autoTimer.stop();
    if (!m_service) {
        m_service
            = new status::StatusService(m_session.pipeline, m_session.pipeline, m_session.pipeline, this);
        connect(m_service, &status::StatusService::rowsReady, this, &DashboardView::onRows);
        connect(m_service, &status::StatusService::finished, this, &DashboardView::onFinished);
        connect(m_service, &status::StatusService::progress, this,
                [this](int listed, int completed, bool listingDone) {
                    m_progress->setText(
                        listingDone ? tr("Reading: %1 of %2 environments checked")
                                          .arg(QLocale().toString(completed), QLocale().toString(listed))
                                    : tr("Reading: %1 environments listed, %2 checked")
                                          .arg(QLocale().toString(listed), QLocale().toString(completed)));
                });
    }
    status::StatusOptions options = m_service->options();
    options.clock = m_clock;
    m_service->setOptions(options);
    m_model->setAsOf(m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
    m_model->beginRefresh();
    // While rows stream in they are appended in arrival order; sorting each batch into 10,000 rows
    // would cost more than a frame. The order (and the filter on changed rows) is applied at the end.
    m_filter->setDynamicSortFilter(false);
    m_progress->setText(tr("Reading environments..."));
    m_service->start(m_session.identity.tenantId);
    updateRefreshButton();
    Q_EMIT refreshStarted();
    return true;
}

void DashboardView::cancelRefresh()
{
    if (m_service && m_service->isRunning())
        m_service->cancel();
}

void DashboardView::setAutoRefreshInterval(int ms)
{
    m_autoInterval = qMax(0, ms);
    const int index = m_autoRefresh->findData(m_autoInterval);
    if (index >= 0) {
        const QSignalBlocker block(m_autoRefresh);
        m_autoRefresh->setCurrentIndex(index);
    }
    m_autoTimer.stop();
    if (m_autoInterval > 0 && !isRefreshing()) {
        m_autoTimer.setInterval(m_autoInterval);
        m_autoTimer.start();
    }
}

void DashboardView::onRows(const QList<EnvironmentStatus> &rows)
{
    // A policy's reads completing can release thousands of rows in one go: they join the model a
    // slice per event-loop pass, so the window keeps painting and answering.
    m_pendingRows += rows;
    if (!m_drainTimer.isActive())
        m_drainTimer.start();
}

void DashboardView::drainRows()
{
    QElapsedTimer budget;
    budget.start();
    constexpr int Slice = 100;
    while (!m_pendingRows.isEmpty() && budget.elapsed() < 12) {
        const qsizetype n = qMin<qsizetype>(Slice, m_pendingRows.size());
        const bool first = m_model->rowCount() == 0;
        m_model->addRows(m_pendingRows.first(n));
        m_pendingRows.remove(0, n);
        // The first rows: something to look at and to read about.
        if (first && m_currentId.isEmpty()) {
            const QModelIndex top = m_filter->index(0, 0);
            if (top.isValid())
                setCurrentEnvironment(top.data(StatusTableModel::IdRole).toString());
        }
    }
    if (!m_pendingRows.isEmpty())
        m_drainTimer.start();
    else if (m_finishedReport)
        completeRefresh();
}

void DashboardView::onFinished(const status::StatusReport &report)
{
    m_finishedReport = report;
    if (m_pendingRows.isEmpty() && !m_drainTimer.isActive())
        completeRefresh();
}

void DashboardView::completeRefresh()
{
    const status::StatusReport report = std::move(*m_finishedReport);
    m_finishedReport.reset();
    m_report = report;
    m_model->setAsOf(report.asOf);
    m_model->endRefresh(report.complete);
    m_filter->setDynamicSortFilter(true); // sorts once, the whole table
    m_filter->refilter();
    showProblems(report);
    m_progress->setText(report.complete ? tr("Read at %1")
                                              .arg(QLocale().toString(report.generatedAt.toLocalTime().time(),
                                                                      QLocale::ShortFormat))
                                        : tr("Read incomplete"));
    updateRefreshButton();
    updateSummary();
    showDetails();
    if (m_autoInterval > 0) {
        m_autoTimer.setInterval(m_autoInterval);
        m_autoTimer.start();
    }
    Q_EMIT refreshFinished(report.complete);
}

void DashboardView::showProblems(const status::StatusReport &report)
{
    if (report.problems.isEmpty()) {
        if (report.complete)
            m_banner->clear();
        else
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("The read was stopped before every environment was checked; "
                                     "the table shows what arrived. Refresh to read again."));
        return;
    }
    QStringList lines;
    for (const status::StatusProblem &p : report.problems.mid(0, 3))
        lines << p.summary.toHtmlEscaped();
    if (report.problems.size() > 3)
        lines << tr("... and %n more problem(s).", nullptr, int(report.problems.size() - 3));
    const QString intro = report.complete
        ? tr("Some of the key's health could not be read; the affected environments say "
             "\"Unverified\" or keep what Power Platform reports.")
        : tr("The environments could not be read.");
    m_banner->showMessage(report.complete ? MessageBanner::Kind::Warning : MessageBanner::Kind::Error,
                          intro.toHtmlEscaped() + QStringLiteral("<br>")
                              + lines.join(QStringLiteral("<br>")));
}

void DashboardView::updateRefreshButton()
{
    const bool busy = isRefreshing();
    m_refresh->setText(busy ? tr("S&top") : tr("&Refresh"));
    m_refresh->setToolTip(busy ? tr("Stop reading; what arrived stays")
                               : tr("Read every environment again (F5)"));
}

void DashboardView::updateTypes()
{
    const QString current = m_typeFilter->currentData().toString();
    const QSignalBlocker block(m_typeFilter);
    while (m_typeFilter->count() > 1)
        m_typeFilter->removeItem(1);
    for (const QString &type : m_model->types())
        m_typeFilter->addItem(type, type);
    const int index = m_typeFilter->findData(current);
    m_typeFilter->setCurrentIndex(index < 0 ? 0 : index);
}

QString DashboardView::summaryText() const
{
    int encrypted = 0, locked = 0;
    const EnvironmentStatus *soonest = nullptr;
    for (const EnvironmentStatus &r : m_model->rows()) {
        if (r.state == State::Encrypted || r.state == State::Encrypting || r.state == State::AtRisk
            || r.state == State::Unverified)
            ++encrypted;
        if (r.locked) {
            ++locked;
            if (r.daysLeft && (!soonest || *r.daysLeft < *soonest->daysLeft))
                soonest = &r;
        }
    }
    const int total = m_model->rowCount();
    //: The dashboard's summary; %1 e.g. "11 environments"
    QString text = tr("%1 · %2 encrypted · %3 locked")
                       .arg(tr("%Ln environment(s)", nullptr, total))
                       .arg(encrypted)
                       .arg(locked);
    if (soonest) {
        //: %1 environment, %2 e.g. "23 days", %3 the date of deletion
        text += QStringLiteral(" · ")
            + tr("soonest deletion: %1 in %2 (%3)")
                  .arg(soonest->displayName, tr("%n day(s)", nullptr, *soonest->daysLeft),
                       QLocale().toString(soonest->deletionTime.toLocalTime().date(), QLocale::ShortFormat));
    }
    const int shown = m_filter->rowCount();
    if (shown != total)
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, shown);
    return text;
}

void DashboardView::updateSummary()
{
    m_summary->setText(summaryText());
}

void DashboardView::setGroupedByPolicy(bool grouped)
{
    if (m_groupToggle->isChecked() != grouped) {
        const QSignalBlocker block(m_groupToggle);
        m_groupToggle->setChecked(grouped);
    }
    const QString current = m_currentId;
    m_groups->setActive(grouped);
    if (grouped) {
        m_groups->flush();
        m_tree->header()->setSortIndicator(m_filter->sortColumn(), m_filter->sortOrder());
        m_views->setCurrentWidget(m_tree);
    } else {
        m_table->horizontalHeader()->setSortIndicator(m_filter->sortColumn(), m_filter->sortOrder());
        m_views->setCurrentWidget(m_table);
    }
    if (!current.isEmpty())
        setCurrentEnvironment(current);
}

bool DashboardView::isGroupedByPolicy() const
{
    return m_views->currentWidget() == m_tree;
}

void DashboardView::restoreTreeState()
{
    // After a rebuild: groups open unless the user closed them, the current row and the scroll kept.
    const int scroll = m_tree->verticalScrollBar()->value();
    for (int g = 0; g < m_groups->rowCount(); ++g) {
        const QModelIndex group = m_groups->index(g, 0);
        m_tree->setFirstColumnSpanned(g, {}, true);
        if (!m_collapsed.contains(group.data(PolicyGroupModel::GroupPolicyRole).toString()))
            m_tree->expand(group);
    }
    const int row = m_model->rowOf(m_currentId);
    const QModelIndex current = m_groups->indexOfStatusRow(row);
    if (current.isValid()) {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->selectionModel()->setCurrentIndex(
            current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_tree->verticalScrollBar()->setValue(scroll);
}

void DashboardView::setCurrentEnvironment(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    if (isGroupedByPolicy()) {
        m_groups->flush();
        const QModelIndex index = m_groups->indexOfStatusRow(row);
        if (index.isValid()) {
            m_tree->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_tree->scrollTo(index);
        }
    } else {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
    }
    if (m_currentId != id) {
        m_currentId = id;
        showDetails();
        Q_EMIT currentEnvironmentChanged(id);
    }
}

void DashboardView::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid() || current.data(PolicyGroupModel::IsGroupRole).toBool())
        return;
    const QString id = current.data(StatusTableModel::IdRole).toString();
    if (id.isEmpty() || id == m_currentId)
        return;
    m_currentId = id;
    showDetails();
    Q_EMIT currentEnvironmentChanged(id);
}

QString DashboardView::keyHealthText(const EnvironmentStatus &r) const
{
    if (r.policyId.isEmpty())
        return tr("No enterprise policy is linked: Microsoft manages the key.");
    const auto yesNo = [this](const std::optional<bool> &value) {
        return value ? (*value ? tr("yes") : tr("no")) : tr("unknown");
    };
    const auto day = [](const QDateTime &time) {
        return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                              : QString();
    };
    QStringList lines;
    lines << tr("Policy: %1").arg(r.policyName);
    lines << tr("Key: %1 (version %2)")
                 .arg(r.key.keyName.isEmpty() ? tr("unknown") : r.key.keyName,
                      r.key.keyVersion.isEmpty() ? tr("current") : r.key.keyVersion);
    lines << tr("Key vault: %1").arg(r.key.vaultId.section(u'/', -1));
    lines << tr("Vault exists: %1 · key exists: %2 · enabled: %3")
                 .arg(yesNo(r.key.vaultExists), yesNo(r.key.keyExists), yesNo(r.key.enabled));
    if (r.key.expires.isValid())
        lines << tr("Expires: %1").arg(day(r.key.expires));
    if (r.key.notBefore.isValid())
        lines << tr("Not before: %1").arg(day(r.key.notBefore));
    lines << tr("Identity may get, wrap and unwrap: %1").arg(yesNo(r.key.identityHasAccess()));
    lines << tr("Trusted Azure services allowed through the firewall: %1")
                 .arg(yesNo(r.key.trustedServicesAllowed));
    lines << tr("Soft delete: %1 · purge protection: %2")
                 .arg(yesNo(r.key.softDelete), yesNo(r.key.purgeProtection));
    for (const QString &why : r.key.unknown)
        lines << tr("Not read: %1").arg(why);
    return lines.join(u'\n');
}

void DashboardView::showDetails()
{
    const int row = m_model->rowOf(m_currentId);
    m_journal->clear();
    if (row < 0) {
        m_detailTitle->setText(m_model->rowCount() == 0 ? tr("No environments yet")
                                                        : tr("No environment chosen"));
        m_detailState->clear();
        m_diagnosis->setText(tr("Choose an environment to read its diagnosis and what to do next."));
        m_nextAction->clear();
        m_keyHealth->clear();
        return;
    }
    const EnvironmentStatus &r = m_model->row(row);
    m_detailTitle->setText(r.displayName);
    QString state = StatusTableModel::stateTitle(r.state);
    if (r.locked) {
        state += QStringLiteral(" · ") + StatusTableModel::reasonTitle(r.lockReason);
        if (r.daysLeft)
            //: %1 e.g. "23 days", %2 the date
            state += QStringLiteral(" · ")
                + tr("%1 left before deletion (%2)")
                      .arg(tr("%n day(s)", nullptr, *r.daysLeft),
                           QLocale().toString(r.deletionTime.toLocalTime().date(), QLocale::ShortFormat));
    }
    //: %1 type, %2 region, %3 the state
    m_detailState->setText(
        tr("%1 · %2 · %3").arg(r.sku, r.azureRegion.isEmpty() ? r.location : r.azureRegion, state));
    m_diagnosis->setText(r.diagnosis);
    m_nextAction->setText(r.nextAction.isEmpty() ? tr("Nothing to do.") : r.nextAction);
    m_keyHealth->setText(keyHealthText(r));

    const QList<http::JournalEntry> entries = m_workspace
        ? status::relatedJournalEntries(r, m_workspace->journal()->recent())
        : QList<http::JournalEntry>();
    // The newest first, at most 200.
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = entries.size() - 1; i >= 0 && items.size() < 200; --i) {
        const http::JournalEntry &e = entries.at(i);
        // What was asked for reads from the path's end; the whole URL is the tooltip.
        const QString path = QUrl(e.url).path();
        auto *item = new QTreeWidgetItem({e.time.toLocalTime().time().toString(QStringLiteral("HH:mm:ss")),
                                          e.status ? QString::number(e.status) : tr("no answer"),
                                          e.method + u' ' + path.section(u'/', -3), e.requestId});
        item->setToolTip(2, e.method + u' ' + e.url);
        item->setToolTip(3, e.requestId);
        items << item;
    }
    m_journal->addTopLevelItems(items);
}

bool DashboardView::exportTo(const QString &path, ExportFormat format, QString *error) const
{
    if (format == ExportFormat::Evidence) {
        // The whole tenant as read, with the calls that read it (the journal of this session).
        QString problem;
        const bool saved = evidence::EvidenceReport::fromStatus(m_report, m_workspace->journal()->recent())
                               .save(path, evidence::EvidenceReport::Format::Html, &problem);
        if (!saved && error)
            *error = problem;
        return saved;
    }
    QList<EnvironmentStatus> rows;
    const QList<int> shown = m_filter->shownSourceRows();
    rows.reserve(shown.size());
    for (const int row : shown)
        rows.append(m_model->row(row));
    const QByteArray data = format == ExportFormat::Csv ? status::StatusExport::csv(rows)
                                                        : status::StatusExport::json(m_report, rows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DashboardView::chooseExport(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    if (format == ExportFormat::Evidence) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Evidence"),
                                                          QStringLiteral("cmk-evidence.html"),
                                                          tr("Readable report (*.html)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, format, &error))
            m_banner->showMessage(MessageBanner::Kind::Error, error.toHtmlEscaped());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export Status as CSV") : tr("Export Status as JSON"),
        csv ? QStringLiteral("cmk-status.csv") : QStringLiteral("cmk-status.json"),
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, format, &error))
        m_banner->showMessage(
            MessageBanner::Kind::Information,
            tr("%n environment(s) exported to %1.", nullptr, m_filter->rowCount()).arg(path.toHtmlEscaped()));
    else
        m_banner->showMessage(MessageBanner::Kind::Error, error.toHtmlEscaped());
}

} // namespace cmk

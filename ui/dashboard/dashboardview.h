#pragma once

#include "dashboard/statusfiltermodel.h"
#include "status/statusreport.h"
#include "workflow/step.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QAbstractItemView;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;
class QTreeWidget;

namespace cmk {

class MessageBanner;
class PolicyGroupModel;
class StatusTableModel;
class Workspace;

namespace status {
class StatusService;
}

/// The status dashboard (read-only): every environment of the signed-in customer tenant with its
/// encryption, lock, reason and days left before deletion, in a sortable table (or grouped by
/// policy), searchable and filterable, with a details pane (diagnosis, next action, key health,
/// the journal's entries about it), refresh and auto-refresh, and export as CSV or JSON through
/// core. It reads with the session it is given (no sign-in of its own) through a StatusService;
/// rows stream in as the service completes them. Nothing is written to the cloud.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    /// Evidence: the tenant's state as a readable audit report (HTML, docs/evidence.md).
    enum class ExportFormat { Csv, Json, Evidence };

    /// `session` calls as the signed-in person in the customer tenant (Reader rights suffice).
    DashboardView(Workspace *workspace, const workflow::StepRun::SideSession &session,
                  QWidget *parent = nullptr);
    ~DashboardView() override;

    /// The time countdowns are measured from (the sandbox's simulated clock in the demo); default
    /// the system clock.
    void setClock(std::function<QDateTime()> clock);

    /// Starts reading; false (nothing started) while a read is still under way.
    bool refresh();
    /// Stops the read under way; what arrived stays.
    void cancelRefresh();
    bool isRefreshing() const;
    /// Refreshes every `ms` after the last read ended (0: off). Reads never overlap.
    void setAutoRefreshInterval(int ms);
    int autoRefreshInterval() const { return m_autoInterval; }

    void setGroupedByPolicy(bool grouped);
    bool isGroupedByPolicy() const;

    /// Writes the rows shown (filters and order applied) to `path`.
    bool exportTo(const QString &path, ExportFormat format, QString *error = nullptr) const;

    StatusTableModel *statusModel() const { return m_model; }
    StatusFilterModel *filterModel() const { return m_filter; }
    PolicyGroupModel *groupModel() const { return m_groups; }
    /// The last report received (rows as of the last complete read).
    const status::StatusReport &report() const { return m_report; }
    /// The environment the details pane shows (empty when none).
    QString currentEnvironment() const { return m_currentId; }
    void setCurrentEnvironment(const QString &id);
    /// The summary line: counts and the soonest deletion.
    QString summaryText() const;

Q_SIGNALS:
    void refreshStarted();
    void refreshFinished(bool complete);
    void currentEnvironmentChanged(const QString &id);

private:
    void buildToolbar(QWidget *bar);
    void buildDetails(QWidget *pane);
    void configureView(QAbstractItemView *view);
    void onRows(const QList<status::EnvironmentStatus> &rows);
    void onFinished(const status::StatusReport &report);
    void drainRows();
    void completeRefresh();
    void onCurrentChanged(const QModelIndex &current);
    void showDetails();
    void updateSummary();
    void updateTypes();
    void updateRefreshButton();
    void showProblems(const status::StatusReport &report);
    void restoreTreeState();
    void chooseExport(ExportFormat format);
    QString keyHealthText(const status::EnvironmentStatus &row) const;

    Workspace *m_workspace;
    workflow::StepRun::SideSession m_session;
    std::function<QDateTime()> m_clock;
    QPointer<status::StatusService> m_service;
    status::StatusReport m_report;
    StatusTableModel *m_model;
    StatusFilterModel *m_filter;
    PolicyGroupModel *m_groups;
    QString m_currentId;
    QSet<QString> m_collapsed; ///< policy groups the user collapsed
    int m_autoInterval = 0;
    QTimer m_autoTimer;
    QTimer m_summaryTimer;
    QTimer m_drainTimer;
    QList<status::EnvironmentStatus> m_pendingRows; ///< received, not yet in the model
    std::optional<status::StatusReport> m_finishedReport; ///< the run ended; applied once drained

    QLabel *m_summary;
    MessageBanner *m_banner;
    QLineEdit *m_search;
    QComboBox *m_stateFilter;
    QComboBox *m_typeFilter;
    QCheckBox *m_groupToggle;
    QPushButton *m_refresh;
    QComboBox *m_autoRefresh;
    QPushButton *m_export;
    QLabel *m_progress;
    QSplitter *m_splitter;
    QStackedWidget *m_views;
    QTableView *m_table;
    QTreeView *m_tree;
    QWidget *m_details;
    QLabel *m_detailTitle;
    QLabel *m_detailState;
    QLabel *m_diagnosis;
    QLabel *m_nextAction;
    QLabel *m_keyHealth;
    QTreeWidget *m_journal;
};

} // namespace cmk

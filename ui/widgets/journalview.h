#pragma once

#include "http/journal.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cmk {

class MessageBanner;

/// The request journal as a table: one row per exchange (or recorded decision), newest last,
/// following the journal live (Journal::recorded). Holds at most `capacity` rows.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Service, Method, Url, Status, Duration, RequestId, CorrelationId, ColumnCount };
    /// The entry's HTTP status as a number, for sorting and the errors filter.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IsErrorRole = Qt::UserRole + 2;
    /// The run the entry belongs to (JournalEntry::runId); empty outside a run.
    static constexpr int RunIdRole = Qt::UserRole + 3;

    explicit JournalModel(QObject *parent = nullptr);

    /// Shows `journal`'s recent entries and follows it; nullptr empties the table.
    void setJournal(http::Journal *journal);
    void setCapacity(int rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const http::JournalEntry &entry(int row) const { return m_entries.at(row); }
    /// An HTTP error (4xx/5xx), a request without an answer (status 0), or a recorded error code.
    static bool isError(const http::JournalEntry &entry);

private:
    void append(const http::JournalEntry &entry);

    QPointer<http::Journal> m_journal;
    QList<http::JournalEntry> m_entries;
    int m_capacity = 5000;
};

/// Filters the journal table by text (any column, case-insensitive) and, optionally, to errors only
/// and to one run's entries.
class JournalFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JournalFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setErrorsOnly(bool errorsOnly);
    bool errorsOnly() const { return m_errorsOnly; }
    /// Only the entries of run `runId`; empty shows every run's and the entries outside a run.
    void setRunId(const QString &runId);
    QString runId() const { return m_runId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_errorsOnly = false;
    QString m_runId;
};

/// The journal view: filter text, "Errors only", "This run only" (once a run is set), the table,
/// Copy Request ID, and Export (CSV or
/// JSON, of the rows shown) through core's evidence::journalToCsv / journalToJson (scrubbed, the format of
/// `cmkctl journal export`).
class JournalView : public QWidget
{
    Q_OBJECT

public:
    explicit JournalView(QWidget *parent = nullptr);

    void setJournal(http::Journal *journal) { m_model->setJournal(journal); }
    /// The run whose calls "This run only" (on by default) shows; empty: no run, every entry shown.
    void setRunId(const QString &runId);
    JournalModel *model() const { return m_model; }
    JournalFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }

    /// The entries shown (after filtering and sorting), in view order.
    QList<http::JournalEntry> visibleEntries() const;
    /// Writes the visible entries to `path`: JSON when it ends in .json, else CSV.
    bool exportTo(const QString &path, QString *error) const;
    /// The request id of the current row, copied to the clipboard; empty when there is none.
    QString copyRequestId();

Q_SIGNALS:
    void exported(const QString &path);

private:
    void exportWithDialog();
    void updateCount();
    void updateButtons();

    JournalModel *m_model;
    JournalFilterModel *m_filter;
    QLineEdit *m_filterText;
    QCheckBox *m_errorsOnly;
    QCheckBox *m_thisRunOnly;
    QString m_runId;
    QTableView *m_table;
    QPushButton *m_copyRequestId;
    QPushButton *m_export;
    QLabel *m_count;
    MessageBanner *m_banner;
};

} // namespace cmk

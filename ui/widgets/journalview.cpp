#include "widgets/journalview.h"

#include "evidence/journalfiles.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace cmk {

// ---- JournalModel ----

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JournalModel::setJournal(http::Journal *journal)
{
    if (m_journal)
        m_journal->disconnect(this);
    beginResetModel();
    m_journal = journal;
    m_entries.clear();
    if (journal) {
        const QList<http::JournalEntry> &recent = journal->recent();
        m_entries = recent.mid(qMax<qsizetype>(0, recent.size() - m_capacity));
        connect(journal, &http::Journal::recorded, this, &JournalModel::append);
    }
    endResetModel();
}

void JournalModel::setCapacity(int rows)
{
    m_capacity = qMax(1, rows);
    if (m_entries.size() > m_capacity) {
        beginRemoveRows({}, 0, int(m_entries.size() - m_capacity) - 1);
        m_entries.remove(0, m_entries.size() - m_capacity);
        endRemoveRows();
    }
}

void JournalModel::append(const http::JournalEntry &entry)
{
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(entry);
    endInsertRows();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool JournalModel::isError(const http::JournalEntry &entry)
{
    if (!entry.note.isEmpty() && entry.status == 0)
        return false; // a recorded decision, not an exchange
    return entry.status == 0 || entry.status >= 400 || !entry.errorCode.isEmpty();
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const http::JournalEntry &e = m_entries.at(index.row());
    if (role == IsErrorRole)
        return isError(e);
    if (role == RunIdRole)
        return e.runId;
    if (role == SortRole) {
        switch (index.column()) {
        case Time:
            return e.time;
        case Status:
            return e.status;
        case Duration:
            return e.durationMs;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.time.toLocalTime(), QStringLiteral("HH:mm:ss.zzz"));
        case Service:
            return e.service;
        case Method:
            return e.method;
        case Url:
            return e.note.isEmpty() ? e.url : e.note;
        case Status:
            if (e.status == 0)
                return e.note.isEmpty() ? tr("no answer") : QString();
            return e.errorCode.isEmpty() ? QString::number(e.status)
                                         : QStringLiteral("%1 %2").arg(e.status).arg(e.errorCode);
        case Duration:
            return e.note.isEmpty() ? tr("%1 ms").arg(e.durationMs) : QString();
        case RequestId:
            return e.requestId;
        case CorrelationId:
            return e.correlationId;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Url)
            return e.operation.isEmpty() ? data(index).toString()
                                         : e.operation + u'\n' + data(index).toString();
        return data(index).toString();
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Status || index.column() == Duration))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole)
        return data(index).toString();
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Service:
        return tr("Service");
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case RequestId:
        return tr("Request ID");
    case CorrelationId:
        return tr("Correlation ID");
    default:
        return {};
    }
}

// ---- JournalFilterModel ----

JournalFilterModel::JournalFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JournalModel::SortRole);
}

void JournalFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void JournalFilterModel::setErrorsOnly(bool errorsOnly)
{
    m_errorsOnly = errorsOnly;
    invalidateFilter();
}

void JournalFilterModel::setRunId(const QString &runId)
{
    if (runId == m_runId)
        return;
    m_runId = runId;
    invalidateFilter();
}

bool JournalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_runId.isEmpty()
        && model->index(sourceRow, 0, sourceParent).data(JournalModel::RunIdRole).toString() != m_runId)
        return false;
    if (m_errorsOnly && !model->index(sourceRow, 0, sourceParent).data(JournalModel::IsErrorRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(sourceParent); ++c) {
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// ---- JournalView ----

JournalView::JournalView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JournalModel(this))
    , m_filter(new JournalFilterModel(this))
{
    setObjectName(QStringLiteral("journalView"));
    setAccessibleName(tr("Request journal"));
    m_filter->setSourceModel(m_model);

    m_filterText = new QLineEdit(this);
    m_filterText->setObjectName(QStringLiteral("journalFilter"));
    m_filterText->setPlaceholderText(tr("Filter by URL, service, status or ID"));
    m_filterText->setAccessibleName(tr("Filter"));
    m_filterText->setClearButtonEnabled(true);
    m_errorsOnly = new QCheckBox(tr("&Errors only"), this);
    m_errorsOnly->setObjectName(QStringLiteral("journalErrorsOnly"));
    m_errorsOnly->setAccessibleDescription(tr("Shows only requests that failed or got no answer."));
    m_thisRunOnly = new QCheckBox(tr("Onl&y this run"), this);
    m_thisRunOnly->setObjectName(QStringLiteral("journalThisRunOnly"));
    m_thisRunOnly->setAccessibleDescription(
        tr("Shows only the requests of the run on the track page, not sign-ins, lists or other runs."));
    m_thisRunOnly->setChecked(true);
    m_thisRunOnly->setVisible(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("journalCount"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JournalModel::Time, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c : {JournalModel::Time, JournalModel::Service, JournalModel::Method, JournalModel::Status,
                  JournalModel::Duration})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JournalModel::Url, QHeaderView::Stretch);
    // The ids are long and only needed to copy: a narrow column that elides in the middle.
    const int idWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("0123456789abcdef"));
    header->resizeSection(JournalModel::RequestId, idWidth);
    header->resizeSection(JournalModel::CorrelationId, idWidth);
    m_table->setTextElideMode(Qt::ElideMiddle);

    m_copyRequestId = new QPushButton(tr("&Copy Request ID"), this);
    m_copyRequestId->setObjectName(QStringLiteral("copyRequestIdButton"));
    m_copyRequestId->setAccessibleDescription(
        tr("Copies the selected request's ID, which support asks for."));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportJournalButton"));
    m_export->setAccessibleDescription(tr("Saves the requests shown as CSV or JSON."));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("journalMessage"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterText, 1);
    top->addWidget(m_errorsOnly);
    top->addWidget(m_thisRunOnly);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_copyRequestId);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setTabOrder(m_filterText, m_errorsOnly);
    setTabOrder(m_errorsOnly, m_thisRunOnly);
    setTabOrder(m_thisRunOnly, m_table);
    setTabOrder(m_table, m_copyRequestId);
    setTabOrder(m_copyRequestId, m_export);

    connect(m_filterText, &QLineEdit::textChanged, m_filter, &JournalFilterModel::setText);
    connect(m_errorsOnly, &QCheckBox::toggled, m_filter, &JournalFilterModel::setErrorsOnly);
    connect(m_thisRunOnly, &QCheckBox::toggled, this,
            [this](bool only) { m_filter->setRunId(only ? m_runId : QString()); });
    connect(m_copyRequestId, &QPushButton::clicked, this, &JournalView::copyRequestId);
    connect(m_export, &QPushButton::clicked, this, &JournalView::exportWithDialog);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &JournalView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &JournalView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &JournalView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JournalView::updateButtons);
    updateCount();
}

void JournalView::setRunId(const QString &runId)
{
    m_runId = runId;
    m_thisRunOnly->setVisible(!runId.isEmpty());
    m_filter->setRunId(m_thisRunOnly->isChecked() ? runId : QString());
}

QList<http::JournalEntry> JournalView::visibleEntries() const
{
    QList<http::JournalEntry> out;
    out.reserve(m_filter->rowCount());
    for (int r = 0; r < m_filter->rowCount(); ++r)
        out << m_model->entry(m_filter->mapToSource(m_filter->index(r, 0)).row());
    return out;
}

bool JournalView::exportTo(const QString &path, QString *error) const
{
    const bool json = path.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
    const QList<http::JournalEntry> entries = visibleEntries();
    const QByteArray bytes = json ? evidence::journalToJson(entries) : evidence::journalToCsv(entries);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString JournalView::copyRequestId()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    const QString id = m_model->entry(m_filter->mapToSource(current).row()).requestId;
    if (id.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information, tr("This request has no request ID."));
        return {};
    }
    QGuiApplication::clipboard()->setText(id);
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Request ID %1 copied.").arg(id));
    return id;
}

void JournalView::exportWithDialog()
{
    QString filter;
    const QString csv = tr("CSV files (*.csv)");
    const QString json = tr("JSON files (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Journal"), QStringLiteral("cmk-journal.csv"),
                                                csv + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    if (filter == json && !path.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    QString error;
    if (!exportTo(path, &error)) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    m_banner->showMessage(
        MessageBanner::Kind::Information,
        tr("%n request(s) saved to %1.", "", int(m_filter->rowCount())).arg(QDir::toNativeSeparators(path)));
    Q_EMIT exported(path);
}

void JournalView::updateCount()
{
    m_count->setText(tr("%1 of %n request(s)", "", m_model->rowCount()).arg(m_filter->rowCount()));
    m_export->setEnabled(m_filter->rowCount() > 0);
    updateButtons();
}

void JournalView::updateButtons()
{
    m_copyRequestId->setEnabled(m_table->currentIndex().isValid());
}

} // namespace cmk

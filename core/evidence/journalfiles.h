#pragma once

#include "http/journal.h"
#include "workflow/runstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cmk::evidence {

/// Every entry of the journal in `directory` (journal.jsonl and its rotated journal.N.jsonl),
/// oldest first; entries before `since` (when valid) left out. A line that is not an entry is
/// skipped. `error` says when the directory cannot be read (an empty journal is not an error).
QList<http::JournalEntry> readJournal(const QString &directory, const QDateTime &since = {},
                                      QString *error = nullptr);

/// The entries that belong to `run`: those tagged with its run id (the runner tags the journal
/// while the run works). A journal written before run ids existed has no tags: then the entries
/// between the run's creation and its last save, made in one of the tenants its steps ran in.
/// docs/decisions.md, "Evidence: which calls belong to a run".
QList<http::JournalEntry> entriesOfRun(const QList<http::JournalEntry> &entries,
                                       const workflow::RunState &run);

/// One entry as a JSON object: the journal's fields (docs/evidence.md), every string scrubbed.
QJsonObject journalEntryJson(const http::JournalEntry &entry);
/// `{"format": "cmk-journal", "version": 1, "entries": [...]}`, every string scrubbed.
QByteArray journalToJson(const QList<http::JournalEntry> &entries);
/// A header line and one line per entry (RFC 4180 quoting; a text cell starting with = + - @ gets a
/// leading ' so that a spreadsheet shows it rather than evaluates it), every string scrubbed.
QByteArray journalToCsv(const QList<http::JournalEntry> &entries);

} // namespace cmk::evidence

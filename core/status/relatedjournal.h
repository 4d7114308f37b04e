#pragma once

#include "http/journal.h"
#include "status/environmentstatus.h"

#include <QList>

namespace cmk::status {

/// The journal entries about one environment: those whose URL names the environment, its
/// enterprise policy, its key vault (the vault itself and the access read on it, not another
/// key of the vault) or its key, in the journal's order. For the dashboard's details pane, so
/// support sees which reads and changes concerned it and their request ids. Case-insensitive.
QList<http::JournalEntry> relatedJournalEntries(const EnvironmentStatus &row,
                                                const QList<http::JournalEntry> &entries);

} // namespace cmk::status

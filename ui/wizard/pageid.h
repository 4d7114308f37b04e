#pragma once

namespace cmk {

/// Explicit wizard page ids; branching between tracks and roles happens in nextId().
enum class PageId : int {
    Start = 0,
};

} // namespace cmk

#pragma once

namespace cmk {

/// Explicit wizard page ids; branching between tracks and roles happens in nextId().
enum class PageId : int {
    Start = 0,
    SignIn, ///< one sign-in per tenant side the track works in
    Track, ///< every step of the track: inputs, plan, run, result
};

} // namespace cmk

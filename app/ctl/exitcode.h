#pragma once

namespace cmk::ctl {

/// Documented exit codes (docs/cmkctl.md).
enum ExitCode : int {
    Ok = 0,
    Failure = 1, ///< something failed that is not one of the kinds below
    UsageError = 2, ///< bad arguments or inputs; nothing was sent
    AuthError = 3, ///< sign-in failed, was cancelled, or reached the wrong tenant
    ServiceError = 4, ///< a service refused or failed; the run can be resumed
    Locked = 5, ///< something is locked (status)
    WaitingForOtherTenant = 6, ///< the run waits for the other tenant's hand-off file; resume with it
    BatchRowsFailed = 7, ///< batch: at least one row's run failed; running the batch again resumes it
};

} // namespace cmk::ctl

#pragma once

#include <QString>

namespace cmk::ctl {

/// What cmkctl's terminal can show: progress lines only when stderr is a terminal, ANSI colour
/// only on a terminal and neither `--no-color` nor `NO_COLOR` (https://no-color.org) given.
class Console
{
public:
    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();
    static bool stderrIsTerminal();
    /// Progress (steps, polls, counts) goes to stderr only when this is true.
    static bool showProgress();

    /// Called once at start: `--no-color` given on the command line.
    static void setColorRequested(bool requested);
    static bool colorOnStderr();
    static bool colorOnStdout();

    /// `text` in red (a problem) or green (success) when `color`, else unchanged.
    static QString problem(const QString &text, bool color);
    static QString success(const QString &text, bool color);
};

} // namespace cmk::ctl

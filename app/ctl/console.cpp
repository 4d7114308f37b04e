#include "console.h"

#include <QtGlobal>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace cmk::ctl {

namespace {

bool colorRequested = true;

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream));
#else
    return isatty(fileno(stream));
#endif
}

bool colorAllowed()
{
    return colorRequested && qEnvironmentVariableIsEmpty("NO_COLOR")
        && qEnvironmentVariable("TERM") != QLatin1StringView("dumb");
}

QString wrap(const QString &text, const char *code, bool color)
{
    if (!color)
        return text;
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1StringView(code), text);
}

} // namespace

bool Console::stdinIsTerminal()
{
    return isTerminal(stdin);
}

bool Console::stdoutIsTerminal()
{
    return isTerminal(stdout);
}

bool Console::stderrIsTerminal()
{
    return isTerminal(stderr);
}

bool Console::showProgress()
{
    return stderrIsTerminal();
}

void Console::setColorRequested(bool requested)
{
    colorRequested = requested;
}

bool Console::colorOnStderr()
{
    return colorAllowed() && stderrIsTerminal();
}

bool Console::colorOnStdout()
{
    return colorAllowed() && stdoutIsTerminal();
}

QString Console::problem(const QString &text, bool color)
{
    return wrap(text, "31", color);
}

QString Console::success(const QString &text, bool color)
{
    return wrap(text, "32", color);
}

} // namespace cmk::ctl

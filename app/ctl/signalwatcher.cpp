#include "signalwatcher.h"

#include <QSocketNotifier>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace cmk::ctl {

namespace {

int signalPipe[2] = {-1, -1};

#ifndef Q_OS_WIN
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto ignored = ::write(signalPipe[1], &c, 1);
}
#endif

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifndef Q_OS_WIN
    if (signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char c = 0;
        [[maybe_unused]] const auto ignored = ::read(signalPipe[0], &c, 1);
        Q_EMIT interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifndef Q_OS_WIN
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
}

} // namespace cmk::ctl

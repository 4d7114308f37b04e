#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace cmk::ctl {

/// Turns SIGINT and SIGTERM into the `interrupted` signal on the event loop, so that a command
/// that keeps running (`sandbox`, `status --watch`) ends cleanly on Ctrl-C. One at a time.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void interrupted();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace cmk::ctl

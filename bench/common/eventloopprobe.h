#pragma once

// What a benchmark of the GUI measures about the event loop: TimingApplication times every
// top-level event delivery on the GUI thread (the thread's CPU time as well as wall time), and
// StallProbe records the longest gap between the ticks of a 0 ms timer, the longest time the
// window could not repaint or take input. Used by bench_dashboard and bench_wizard.

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace cmk::bench {

/// Benchmarks of the GUI run offscreen unless QT_QPA_PLATFORM says otherwise (call before the app).
inline void offscreenUnlessSet()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

/// What the figures were measured on: "Release" or "Debug".
inline const char *buildType()
{
#ifdef NDEBUG
    return "Release";
#else
    return "Debug";
#endif
}

/// A figure against its target, as the benchmarks print it.
inline const char *verdict(bool ok)
{
    return ok ? "PASS" : "FAIL";
}

inline qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/// On a shared machine a wall-clock gap can be another process's turn, while the thread's CPU
/// time in one event is what this code costs the loop.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    static TimingApplication *instance()
    {
        return static_cast<TimingApplication *>(QCoreApplication::instance());
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (depth > 0)
            return QApplication::notify(receiver, event);
        ++depth;
        const qint64 cpu0 = threadCpuNs();
        QElapsedTimer wall;
        wall.start();
        const int type = event->type();
        const char *cls = receiver->metaObject()->className();
        QString name;
        for (QObject *o = why ? receiver : nullptr; o; o = o->parent())
            name += QStringLiteral(" < %1 %2")
                        .arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
        const bool r = QApplication::notify(receiver, event);
        const qint64 cpu = threadCpuNs() - cpu0;
        const qint64 ns = wall.nsecsElapsed();
        --depth;
        if (cpu > longestCpuNs) {
            longestCpuNs = cpu;
            longestWhat = QStringLiteral("%1 (event %2)").arg(QString::fromLatin1(cls)).arg(type);
        }
        longestEventNs = std::max(longestEventNs, ns);
        if (why && (cpu > 50'000'000 || ns > 50'000'000))
            std::fprintf(stderr, "  slow event: %.1f ms CPU, %.1f ms wall, type %d, receiver %s %s\n",
                         cpu / 1e6, ns / 1e6, type, cls, qPrintable(name));
        return r;
    }
    void reset()
    {
        longestCpuNs = 0;
        longestEventNs = 0;
        longestWhat.clear();
    }

    bool why = false; ///< print every event that took more than 50 ms (CPU or wall) to stderr
    int depth = 0;
    qint64 longestCpuNs = 0;
    qint64 longestEventNs = 0;
    QString longestWhat;
};

/// The longest time between two ticks of a 0 ms timer: how long the event loop was busy at once.
/// start() also resets the application's per-event figures.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gap = now - m_last;
            m_last = now;
            m_longest = std::max(m_longest, gap);
            if (gap > 50'000'000)
                ++m_over50;
        });
    }
    void start()
    {
        TimingApplication::instance()->reset();
        m_longest = 0;
        m_over50 = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return m_longest / 1e6; }
    int over50() const { return m_over50; }
    /// The application's costliest single event since start(), in CPU milliseconds, and what it was.
    static double costliestEventCpuMs() { return TimingApplication::instance()->longestCpuNs / 1e6; }
    static QString costliestEvent() { return TimingApplication::instance()->longestWhat; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_over50 = 0;
};

} // namespace cmk::bench

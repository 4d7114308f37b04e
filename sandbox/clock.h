#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace cmk::sandbox {

/// Simulated time for long work (feature registration, encryption that takes days, the 28-day
/// deletion countdown). It runs `scale` times faster than real time and can be moved forward.
/// Token lifetimes, Retry-After and device-code intervals stay in real seconds (real clients
/// sleep them verbatim).
class SimClock
{
public:
    explicit SimClock(double scale = 1.0)
        : m_scale(scale)
        , m_epochMs(QDateTime::currentMSecsSinceEpoch())
    {
        m_real.start();
    }

    /// Milliseconds since the Unix epoch, simulated.
    qint64 nowMs() const { return m_epochMs + qint64(double(m_real.elapsed()) * m_scale) + m_advancedMs; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    void advance(qint64 ms) { m_advancedMs += ms; }
    double scale() const { return m_scale; }

    static QString iso(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }

private:
    double m_scale;
    qint64 m_epochMs;
    qint64 m_advancedMs = 0;
    QElapsedTimer m_real;
};

} // namespace cmk::sandbox

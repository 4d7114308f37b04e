#pragma once

#include "topology/topology.h"

#include <QWidget>

class QPainter;

namespace cmk {

/// Draws a topology::Topology: a column per tenant, nodes coloured by state from the palette
/// (light and dark alike) with a glyph so colour is never the only cue, labelled edges and a
/// legend. Exports the same picture as PNG (at the device pixel ratio) and SVG. Keyboard: arrow
/// keys move between nodes; the current node is read out through the accessible description.
class TopologyView : public QWidget
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget *parent = nullptr);

    void setTopology(const topology::Topology &topology);
    const topology::Topology &topology() const { return m_topology; }
    /// As steps finish: recomputes states and details and repaints.
    void updateFrom(const workflow::Values &values, const QMap<QString, workflow::StepRecord> &steps,
                    const QString &running = {});
    void updateFromRun(const workflow::RunState &run, const QString &running = {})
    {
        updateFrom(run.values, run.steps, running);
    }

    /// The picture's size in device-independent pixels.
    QSize sceneSize() const;
    QSize sizeHint() const override { return sceneSize(); }
    QSize minimumSizeHint() const override { return {200, 120}; }

    /// The picture at `devicePixelRatio` (0: the widget's own).
    QImage renderImage(qreal devicePixelRatio = 0) const;
    bool exportPng(const QString &path, QString *error, qreal devicePixelRatio = 0) const;
    bool exportSvg(const QString &path, QString *error) const;

    /// Where a node is drawn (device-independent pixels); empty when there is no such node.
    QRectF nodeRect(const QString &id) const;
    QString nodeAt(const QPointF &pos) const;
    QString currentNode() const { return m_current; }
    void setCurrentNode(const QString &id);

    /// The fill and text colours of a state under `palette` (for the legend and tests).
    static QColor fillColor(topology::NodeState state, const QPalette &palette);
    static QString stateGlyph(topology::NodeState state);
    /// WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);

Q_SIGNALS:
    void currentNodeChanged(const QString &id);
    /// After an export chosen from the context menu: the file written, or what went wrong (for a banner).
    void exported(bool ok, const QString &pathOrError);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void paint(QPainter &painter, const QPalette &palette, bool focusFrame) const;
    void updateAccessibleText();
    QString nodeText(const topology::Node &node) const;
    void moveCurrent(int dColumn, int dRow);
    void exportWithDialog(bool svg);

    topology::Topology m_topology;
    QString m_current;
};

} // namespace cmk

#include "widgets/topologyview.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QtMath>

#include <cmath>

#ifdef CMK_HAVE_SVG
#include <QSvgGenerator>
#endif

namespace cmk {

using topology::Node;
using topology::NodeState;

namespace {

constexpr qreal Margin = 40; // room for the bows of edges within a column
constexpr qreal NodeWidth = 210;
constexpr qreal NodeHeight = 58;
constexpr qreal ColumnGap = 110;
constexpr qreal RowGap = 26;
constexpr qreal HeaderHeight = 30;
constexpr qreal LegendHeight = 34;

const QList<NodeState> &allStates()
{
    static const QList<NodeState> states = {NodeState::NotStarted, NodeState::InProgress, NodeState::Done,
                                            NodeState::Failed, NodeState::Locked};
    return states;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

int rowCount(const topology::Topology &t)
{
    int rows = 0;
    for (const Node &n : t.nodes())
        rows = qMax(rows, n.row + 1);
    return rows;
}

QRectF rectOf(const Node &n)
{
    return {Margin + n.column * (NodeWidth + ColumnGap),
            Margin + HeaderHeight + n.row * (NodeHeight + RowGap), NodeWidth, NodeHeight};
}

/// Where the line from `a` towards `b` leaves `a`'s rectangle.
QPointF borderPoint(const QRectF &a, const QPointF &towards)
{
    const QPointF c = a.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (a.width() / 2) / qAbs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (a.height() / 2) / qAbs(d.y());
    const qreal s = qMin(sx, sy);
    return c + d * s;
}

} // namespace

TopologyView::TopologyView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyView"));
    setAccessibleName(tr("Setup topology"));
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setContextMenuPolicy(Qt::DefaultContextMenu);
}

void TopologyView::setTopology(const topology::Topology &topology)
{
    m_topology = topology;
    if (!m_topology.node(m_current))
        m_current = m_topology.nodes().isEmpty() ? QString() : m_topology.nodes().first().id;
    updateGeometry();
    updateAccessibleText();
    update();
}

void TopologyView::updateFrom(const workflow::Values &values,
                              const QMap<QString, workflow::StepRecord> &steps, const QString &running)
{
    m_topology.updateFrom(values, steps, running);
    setTopology(m_topology);
}

QSize TopologyView::sceneSize() const
{
    const int columns = qMax(1, m_topology.columnCount());
    const int rows = qMax(1, rowCount(m_topology));
    const qreal w = 2 * Margin + columns * NodeWidth + (columns - 1) * ColumnGap;
    const qreal h = 2 * Margin + HeaderHeight + rows * NodeHeight + (rows - 1) * RowGap + LegendHeight;
    return QSizeF(qMax<qreal>(w, 620), h).toSize();
}

QColor TopologyView::fillColor(NodeState state, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    // States blend a hue into the palette's base colour, so the same picture reads on light and dark
    // palettes with the palette's own text colour; the glyph says the state without colour. The
    // blend is weakened until the text keeps a contrast of 4.5:1 (WCAG AA).
    QColor hue;
    qreal strength = 0.4;
    switch (state) {
    case NodeState::NotStarted:
        return base;
    case NodeState::InProgress:
        hue = palette.color(QPalette::Highlight);
        strength = 0.35;
        break;
    case NodeState::Done:
        hue = QColor(46, 160, 67);
        strength = 0.35;
        break;
    case NodeState::Failed:
        hue = QColor(215, 58, 73);
        break;
    case NodeState::Locked:
        hue = QColor(130, 80, 223);
        break;
    }
    const QColor text = palette.color(QPalette::Text);
    for (qreal t = strength; t > 0.05; t -= 0.05) {
        const QColor fill = mix(base, hue, t);
        if (contrastRatio(fill, text) >= 4.5)
            return fill;
    }
    return mix(base, hue, 0.05);
}

double TopologyView::contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel
            = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QString TopologyView::stateGlyph(NodeState state)
{
    switch (state) {
    case NodeState::NotStarted:
        return QStringLiteral("\u25CB"); // ○
    case NodeState::InProgress:
        return QStringLiteral("\u25D1"); // ◑
    case NodeState::Done:
        return QStringLiteral("\u2713"); // ✓
    case NodeState::Failed:
        return QStringLiteral("\u2717"); // ✗
    case NodeState::Locked:
        return QStringLiteral("\u2298"); // ⊘
    }
    return {};
}

void TopologyView::paint(QPainter &p, const QPalette &palette, bool focusFrame) const
{
    const QSize size = sceneSize();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(QPointF(0, 0), size), palette.color(QPalette::Base));

    const QColor text = palette.color(QPalette::Text);
    const QColor secondary = mix(palette.color(QPalette::Base), text, 0.65);
    QFont font = this->font();
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);

    // Column titles.
    p.setFont(bold);
    p.setPen(secondary);
    const QStringList titles = m_topology.columnTitles();
    for (int c = 0; c < titles.size(); ++c) {
        bool tenantHeads = false;
        for (const Node &n : m_topology.nodes())
            tenantHeads = tenantHeads || (n.column == c && n.kind == topology::NodeKind::Tenant);
        if (tenantHeads)
            continue; // the tenant's own node says it
        const QRectF r(Margin + c * (NodeWidth + ColumnGap), Margin, NodeWidth, HeaderHeight - 8);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, titles.at(c));
    }

    // Edges under the nodes.
    p.setFont(small);
    for (const topology::Edge &e : m_topology.edges()) {
        const Node *from = m_topology.node(e.from);
        const Node *to = m_topology.node(e.to);
        if (!from || !to)
            continue;
        const QRectF a = rectOf(*from);
        const QRectF b = rectOf(*to);
        const QPointF start = borderPoint(a, b.center());
        const QPointF end = borderPoint(b, a.center());
        p.setPen(QPen(palette.color(QPalette::Mid), 1.4));
        QPainterPath path(start);
        if (from->column == to->column && qAbs(from->row - to->row) > 1) {
            // Skip over the nodes between: bow out on the outer side (left in the first column).
            const bool left = from->column == 0;
            const QPointF s(left ? a.left() : a.right(), a.center().y());
            const QPointF t(left ? b.left() : b.right(), b.center().y());
            const QPointF bow(left ? -32 : 32, 0);
            path = QPainterPath(s);
            path.cubicTo(s + bow, t + bow, t);
            p.drawPath(path);
            continue;
        }
        path.lineTo(end);
        p.drawPath(path);
        // The arrow head.
        const QLineF line(start, end);
        const qreal angle = qDegreesToRadians(line.angle());
        const QPointF left = end + QPointF(-std::cos(angle - M_PI / 7) * 8, std::sin(angle - M_PI / 7) * 8);
        const QPointF right = end + QPointF(-std::cos(angle + M_PI / 7) * 8, std::sin(angle + M_PI / 7) * 8);
        p.setBrush(palette.color(QPalette::Mid));
        p.drawPolygon(QPolygonF({end, left, right}));
        p.setBrush(Qt::NoBrush);
        if (from->column != to->column) {
            p.setPen(secondary);
            const QPointF mid = line.center();
            p.drawText(QRectF(mid.x() - 60, mid.y() - 16, 120, 14), Qt::AlignCenter, e.label);
        }
    }

    // Nodes.
    for (const Node &n : m_topology.nodes()) {
        const QRectF r = rectOf(n);
        const bool tenant = n.kind == topology::NodeKind::Tenant;
        p.setPen(QPen(n.id == m_current && focusFrame ? palette.color(QPalette::Highlight)
                                                      : palette.color(QPalette::Dark),
                      n.id == m_current && focusFrame ? 2.5 : 1.0));
        p.setBrush(fillColor(n.state, palette));
        p.drawRoundedRect(r, tenant ? 2 : 8, tenant ? 2 : 8);
        p.setPen(text);
        p.setFont(bold);
        const QRectF inner = r.adjusted(10, 6, -10, -6);
        p.drawText(inner.adjusted(0, 0, -18, 0), Qt::AlignLeft | Qt::AlignTop,
                   QFontMetricsF(bold).elidedText(n.label, Qt::ElideRight, inner.width() - 18));
        p.drawText(inner, Qt::AlignRight | Qt::AlignTop, stateGlyph(n.state));
        p.setFont(small);
        p.setPen(secondary);
        const QString detail = n.detail.isEmpty() ? tr("not known yet") : n.detail;
        p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom,
                   QFontMetricsF(small).elidedText(detail, Qt::ElideMiddle, inner.width()));
    }

    // The legend.
    p.setFont(small);
    qreal x = Margin;
    const qreal y = size.height() - Margin - LegendHeight + 12;
    for (NodeState state : allStates()) {
        const QRectF swatch(x, y, 16, 16);
        p.setPen(palette.color(QPalette::Dark));
        p.setBrush(fillColor(state, palette));
        p.drawRoundedRect(swatch, 3, 3);
        p.setPen(text);
        const QString label = stateGlyph(state) + u' ' + topology::nodeStateTitle(state);
        const qreal w = QFontMetricsF(small).horizontalAdvance(label);
        p.drawText(QRectF(x + 22, y, w + 4, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += 22 + w + 22;
    }
}

void TopologyView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    // Centre the picture when the widget is larger than it.
    const QSize scene = sceneSize();
    p.translate(qMax(0, (width() - scene.width()) / 2), 0);
    paint(p, palette(), hasFocus());
}

QImage TopologyView::renderImage(qreal devicePixelRatio) const
{
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : devicePixelRatioF();
    const QSize size = sceneSize();
    QImage image((QSizeF(size) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    paint(p, palette(), false);
    return image;
}

bool TopologyView::exportPng(const QString &path, QString *error, qreal devicePixelRatio) const
{
    if (!renderImage(devicePixelRatio).save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool TopologyView::exportSvg(const QString &path, QString *error) const
{
#ifdef CMK_HAVE_SVG
    QSvgGenerator svg;
    svg.setFileName(path);
    const QSize size = sceneSize();
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(tr("Setup topology"));
    svg.setDescription(
        tr("CMK Wizard: the resources of track %1 and their state.").arg(m_topology.trackId()));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    paint(p, palette(), false);
    p.end();
    return true;
#else
    Q_UNUSED(path)
    if (error)
        *error = tr("This build cannot write SVG (Qt SVG is missing); export a PNG instead.");
    return false;
#endif
}

QRectF TopologyView::nodeRect(const QString &id) const
{
    const Node *n = m_topology.node(id);
    return n ? rectOf(*n) : QRectF();
}

QString TopologyView::nodeAt(const QPointF &pos) const
{
    const QPointF scene = pos - QPointF(qMax(0, (width() - sceneSize().width()) / 2), 0);
    for (const Node &n : m_topology.nodes()) {
        if (rectOf(n).contains(scene))
            return n.id;
    }
    return {};
}

void TopologyView::setCurrentNode(const QString &id)
{
    if (id == m_current || !m_topology.node(id))
        return;
    m_current = id;
    updateAccessibleText();
    update();
    Q_EMIT currentNodeChanged(id);
}

QString TopologyView::nodeText(const Node &n) const
{
    //: a node of the topology: %1 what it is, %2 its name or "not known yet", %3 its state
    return tr("%1: %2 (%3)")
        .arg(n.label, n.detail.isEmpty() ? tr("not known yet") : n.detail, topology::nodeStateTitle(n.state));
}

void TopologyView::updateAccessibleText()
{
    const Node *n = m_topology.node(m_current);
    setAccessibleDescription(n ? nodeText(*n) : QString());
    setToolTip(QString());
}

void TopologyView::moveCurrent(int dColumn, int dRow)
{
    const Node *current = m_topology.node(m_current);
    if (!current) {
        if (!m_topology.nodes().isEmpty())
            setCurrentNode(m_topology.nodes().first().id);
        return;
    }
    const int column = current->column + dColumn;
    const int row = current->row + dRow;
    const Node *best = nullptr;
    for (const Node &n : m_topology.nodes()) {
        if (n.column != column)
            continue;
        if (dRow != 0 && n.row != row)
            continue;
        if (!best || qAbs(n.row - row) < qAbs(best->row - row))
            best = &n;
    }
    if (best)
        setCurrentNode(best->id);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveCurrent(-1, 0);
        break;
    case Qt::Key_Right:
        moveCurrent(1, 0);
        break;
    case Qt::Key_Up:
        moveCurrent(0, -1);
        break;
    case Qt::Key_Down:
        moveCurrent(0, 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    const QString id = nodeAt(event->position());
    if (!id.isEmpty())
        setCurrentNode(id);
    QWidget::mousePressEvent(event);
}

bool TopologyView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Node *n = m_topology.node(nodeAt(help->pos()));
        if (n)
            QToolTip::showText(help->globalPos(), nodeText(*n), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("topologyMenu"));
    menu.addAction(tr("Export as &PNG…"), this, [this] { exportWithDialog(false); });
    QAction *svg = menu.addAction(tr("Export as &SVG…"), this, [this] { exportWithDialog(true); });
#ifndef CMK_HAVE_SVG
    svg->setEnabled(false);
#else
    Q_UNUSED(svg)
#endif
    menu.exec(event->globalPos());
}

void TopologyView::exportWithDialog(bool svg)
{
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Topology as SVG") : tr("Export Topology as PNG"),
        m_topology.trackId() + (svg ? QStringLiteral("-topology.svg") : QStringLiteral("-topology.png")),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = svg ? exportSvg(path, &error) : exportPng(path, &error);
    Q_EMIT exported(ok, ok ? path : error);
}

} // namespace cmk

// The topology view: PNG and SVG exports are valid files with the nodes in them, the dark palette
// keeps text readable, and the keyboard moves between nodes.

#include "tracks/catalog.h"
#include "tracks/keys.h"
#include "widgets/topologyview.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace cmk;
using topology::NodeState;
namespace k = cmk::tracks::key;

class TestTopologyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngExport_data();
    void pngExport();
    void svgExportParsesAndNamesTheNodes();
    void exportToAnUnwritablePlaceFails();
    void darkPaletteKeepsTextReadable();
    void keyboardMovesBetweenNodes();
    void updateFromRepaintsStates();

private:
    static topology::Topology disksTopology()
    {
        workflow::Values values;
        values.insert(k::AppDisplayName, QStringLiteral("Fabrikam CMK"));
        values.insert(
            k::VaultId,
            QStringLiteral(
                "/subscriptions/b/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/contoso-kv"));
        QMap<QString, workflow::StepRecord> steps;
        steps[QStringLiteral("app-registration")].state = workflow::StepState::Applied;
        steps[QStringLiteral("disk-encryption-set")].state = workflow::StepState::Failed;
        return topology::Topology::build(*tracks::trackById(u"isv-managed-disks"), values, steps,
                                         QStringLiteral("managed-identity"));
    }
    /// WCAG 2 relative luminance.
    static double luminance(const QColor &c)
    {
        const auto channel
            = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    }
};

void TestTopologyView::pngExport_data()
{
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x (high DPI)") << 2.0;
}

void TestTopologyView::pngExport()
{
    QFETCH(qreal, dpr);
    TopologyView view;
    view.setTopology(disksTopology());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("topology.png"));
    QString error;
    QVERIFY2(view.exportPng(path, &error, dpr), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), (QSizeF(view.sceneSize()) * dpr).toSize());
    // Not blank: the failed node's fill is in the picture.
    const QColor failed = TopologyView::fillColor(NodeState::Failed, view.palette());
    const QPointF centre = view.nodeRect(QStringLiteral("des")).center() * dpr;
    QCOMPARE(image.pixelColor(centre.toPoint() + QPoint(0, int(-4 * dpr))).rgb() & 0xffffff,
             failed.rgb() & 0xffffff);
}

void TestTopologyView::svgExportParsesAndNamesTheNodes()
{
    TopologyView view;
    view.setTopology(disksTopology());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("topology.svg"));
    QString error;
    QVERIFY2(view.exportSvg(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1StringView("svg"))
            svgRoot = true;
        if (xml.isCharacters())
            text += xml.text() + u'\n';
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgRoot);
    for (const char *label :
         {"App registration", "Managed identity", "Federated credential", "Disk encryption set", "Key vault",
          "Fabrikam CMK", "contoso-kv", "Failed", "Locked", "Not started"}) {
        QVERIFY2(text.contains(QLatin1StringView(label)), label);
    }
}

void TestTopologyView::exportToAnUnwritablePlaceFails()
{
    TopologyView view;
    view.setTopology(disksTopology());
    QString error;
    QVERIFY(!view.exportPng(QStringLiteral("/nonexistent-dir/x.png"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.png")));
}

void TestTopologyView::darkPaletteKeepsTextReadable()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(235, 235, 235));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Highlight, QColor(48, 140, 198));
    for (const QPalette &palette : {dark, light}) {
        const double text = luminance(palette.color(QPalette::Text));
        for (NodeState s : {NodeState::NotStarted, NodeState::InProgress, NodeState::Done, NodeState::Failed,
                            NodeState::Locked}) {
            const double fill = luminance(TopologyView::fillColor(s, palette));
            // WCAG contrast ratio of at least 4.5 between a node's text and its fill.
            const double ratio = (qMax(text, fill) + 0.05) / (qMin(text, fill) + 0.05);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: %2").arg(topology::nodeStateName(s)).arg(ratio)));
        }
    }
    TopologyView view;
    view.setPalette(dark);
    view.setTopology(disksTopology());
    const QImage image = view.renderImage(1);
    QCOMPARE(image.pixelColor(2, 2), QColor(30, 30, 30)); // the background follows the palette
}

void TestTopologyView::keyboardMovesBetweenNodes()
{
    TopologyView view;
    view.setTopology(disksTopology());
    view.show();
    view.setFocus();
    QCOMPARE(view.currentNode(), QStringLiteral("tenant:isv"));
    QSignalSpy changed(&view, &TopologyView::currentNodeChanged);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentNode(), QStringLiteral("tenant:customer"));
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.currentNode(), QStringLiteral("tenant:isv"));
    QTest::keyClick(&view, Qt::Key_Up); // nothing above the tenant
    QCOMPARE(view.currentNode(), QStringLiteral("tenant:isv"));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentNode(), QStringLiteral("app"));
    QCOMPARE(changed.size(), 3);
    QVERIFY2(view.accessibleDescription().contains(QStringLiteral("App registration: Fabrikam CMK (Done)")),
             qPrintable(view.accessibleDescription()));
    QCOMPARE(view.nodeAt(view.nodeRect(QStringLiteral("des")).center()), QStringLiteral("des"));
}

void TestTopologyView::updateFromRepaintsStates()
{
    TopologyView view;
    view.setTopology(disksTopology());
    QCOMPARE(view.topology().node(u"identity")->state, NodeState::InProgress);
    QMap<QString, workflow::StepRecord> steps;
    steps[QStringLiteral("managed-identity")].state = workflow::StepState::Applied;
    view.updateFrom({}, steps);
    QCOMPARE(view.topology().node(u"identity")->state, NodeState::Done);
    workflow::RunState run;
    run.steps[QStringLiteral("managed-identity")].state = workflow::StepState::Failed;
    view.updateFromRun(run);
    QCOMPARE(view.topology().node(u"identity")->state, NodeState::Failed);
}

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"

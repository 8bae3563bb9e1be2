// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "dependencyanalysis.h"
#include "modelfile.h"
#include "modelgenerator.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

using namespace antrum;

namespace {

Model sample()
{
    ModelFileResult r = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_EQ(r.status, ModelFileResult::Status::Ok);
    return r.model ? *r.model : Model{};
}

/// Set ANTRUM_GRAPH_SHOTS to a folder to keep pictures of what the tests draw.
QString shotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("ANTRUM_GRAPH_SHOTS");
    if (dir.isEmpty())
        return {};
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

void shoot(QWidget &widget, const QString &name)
{
    const QString path = shotPath(name);
    if (!path.isEmpty())
        widget.grab().save(path);
}

} // namespace

TEST(GraphView, ShowsEveryNodeOfTheSampleQuickly)
{
    const Model m = sample();
    GraphView view;
    view.resize(1400, 900);
    QElapsedTimer timer;
    timer.start();
    view.setModel(m);
    view.show();
    const QImage first = view.viewport()->grab().toImage();
    const qint64 ms = timer.elapsed();
    std::printf("sample: %zu nodes laid out and painted in %lld ms\n", m.nodes.size(), qint64(ms));
    // Printed, not asserted: speed targets live in the benchmarks and docs/performance.md, where a
    // busy or instrumented (sanitizer) build cannot fail a test over time.
    EXPECT_FALSE(first.isNull());
    EXPECT_EQ(view.visibleNodeCount(), int(m.nodes.size()));
    for (const Node &n : m.nodes)
        EXPECT_TRUE(view.nodeRect(n.id).isValid()) << qPrintable(n.id);
    shoot(view, QStringLiteral("sample-fit.png"));
    // Every action has a shortcut.
    ASSERT_FALSE(view.actions().isEmpty());
    for (QAction *a : view.actions())
        EXPECT_FALSE(a->shortcut().isEmpty()) << qPrintable(a->text());
}

TEST(GraphView, SelectNodeEmitsAndCentres)
{
    GraphView view;
    view.resize(900, 600);
    view.setModel(sample());
    view.show();
    view.setZoom(1.0);
    QSignalSpy spy(&view, &GraphView::selectionChangedTo);
    view.selectNode(QStringLiteral("sup-microsoft"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("sup-microsoft"));
    EXPECT_EQ(view.selectedNode(), QStringLiteral("sup-microsoft"));
    const QPointF centre = view.mapToScene(view.viewport()->rect().center());
    const QPointF node = view.nodeRect(QStringLiteral("sup-microsoft")).center();
    EXPECT_LT(QLineF(centre, node).length(), 5.0);
    view.selectNode(QStringLiteral("sup-microsoft")); // no change, no signal: no ping-pong with a table
    EXPECT_EQ(spy.count(), 1);
    view.selectNode(QStringLiteral("no-such-node"));
    EXPECT_EQ(spy.count(), 1);
    shoot(view, QStringLiteral("sample-selected.png"));

    // Focus dims everything outside the neighbourhood and zooms to it.
    view.setFocusMode(true);
    EXPECT_TRUE(view.isFocused());
    shoot(view, QStringLiteral("sample-focus.png"));
    view.setFocusMode(false);

    // Arrow keys walk to a neighbouring box.
    view.setFocus();
    view.selectNode(QStringLiteral("cap-mail"));
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &right);
    EXPECT_NE(view.selectedNode(), QStringLiteral("cap-mail"));
    EXPECT_GT(view.nodeRect(view.selectedNode()).center().x(), view.nodeRect(QStringLiteral("cap-mail")).center().x());
}

TEST(GraphView, HighlightsExactlyTheSinglePointsOfFailure)
{
    const Model m = sample();
    const DependencyAnalysis analysis(m);
    QStringList expected;
    const FailureGraph &g = analysis.graph();
    for (const CapabilityFindings &c : analysis.capabilities())
        if (g.id(c.node) == QStringLiteral("cap-mail"))
            for (FailureGraph::Index s : c.spofs)
                expected << g.id(s);
    expected.sort();
    ASSERT_FALSE(expected.isEmpty());

    GraphView view;
    view.resize(1400, 900);
    view.setModel(m);
    view.show();
    ASSERT_TRUE(view.highlightSpofs(QStringLiteral("cap-mail"), analysis));
    EXPECT_EQ(view.highlightedSpofs(), expected);
    EXPECT_EQ(view.highlightedCapability(), QStringLiteral("cap-mail"));
    shoot(view, QStringLiteral("sample-spofs-cap-mail.png"));
    const QString png = shotPath(QStringLiteral("sample-spofs-cap-mail-export.png"));
    if (!png.isEmpty()) {
        EXPECT_TRUE(view.exportPng(png, nullptr));
    }

    view.clearHighlight();
    EXPECT_TRUE(view.highlightedSpofs().isEmpty());
    EXPECT_FALSE(view.highlightSpofs(QStringLiteral("app-exchange"), analysis)); // not a capability
    EXPECT_TRUE(view.highlightedSpofs().isEmpty());
}

namespace {

/// The mean colour of the box of `id` as drawn in the view's viewport now.
QColor drawnColour(GraphView &view, const QString &id)
{
    const QImage image = view.viewport()->grab().toImage();
    const QRect box = view.mapFromScene(view.nodeRect(id)).boundingRect().adjusted(3, 3, -3, -3);
    double r = 0, g = 0, b = 0;
    int n = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            r += c.redF();
            g += c.greenF();
            b += c.blueF();
            ++n;
        }
    }
    return n ? QColor::fromRgbF(float(r / n), float(g / n), float(b / n)) : QColor();
}

double redness(const QColor &c) { return c.redF() - (c.greenF() + c.blueF()) / 2; }

} // namespace

TEST(GraphView, DrawsFailedNodesApartFromTheSpofHighlight)
{
    const Model m = sample();
    const DependencyAnalysis analysis(m);
    GraphView view;
    view.resize(1400, 900);
    view.setModel(m);
    view.show();
    const QColor before = drawnColour(view, QStringLiteral("app-entra"));
    const QColor untouchedBefore = drawnColour(view, QStringLiteral("app-alt-ox"));
    const double legendBefore = view.renderImage(3000).height();

    view.highlightFailed({QStringLiteral("US"), QStringLiteral("app-entra"), QStringLiteral("cap-iam"), QStringLiteral("no-such-node")});
    EXPECT_EQ(view.highlightedFailed(), (QStringList{QStringLiteral("US"), QStringLiteral("app-entra"), QStringLiteral("cap-iam")}));
    const QColor after = drawnColour(view, QStringLiteral("app-entra"));
    EXPECT_GT(redness(after), redness(before) + 0.05) << qPrintable(before.name()) << " -> " << qPrintable(after.name());
    EXPECT_NEAR(redness(drawnColour(view, QStringLiteral("app-alt-ox"))), redness(untouchedBefore), 0.01) << "only failed nodes change";
    // The legend gains "Failed in scenario".
    EXPECT_GT(view.renderImage(3000).height(), legendBefore);
    shoot(view, QStringLiteral("sample-failed.png"));

    // The single points of failure are drawn over it; each highlight clears on its own.
    ASSERT_TRUE(view.highlightSpofs(QStringLiteral("cap-mail"), analysis));
    const QStringList spofs = view.highlightedSpofs();
    EXPECT_FALSE(spofs.isEmpty());
    EXPECT_EQ(view.highlightedFailed().size(), 3);
    view.clearHighlight();
    EXPECT_EQ(view.highlightedFailed().size(), 3);
    ASSERT_TRUE(view.highlightSpofs(QStringLiteral("cap-mail"), analysis));
    view.clearFailed();
    EXPECT_TRUE(view.highlightedFailed().isEmpty());
    EXPECT_EQ(view.highlightedSpofs(), spofs);
    view.clearHighlight();
    view.fitAll();
    EXPECT_NEAR(redness(drawnColour(view, QStringLiteral("app-entra"))), redness(before), 0.01);

    // A failed node in a collapsed ownership tree marks the box that stands for it.
    view.setCollapsed(QStringLiteral("sup-microsoft"), true);
    view.fitAll();
    const QColor parentBefore = drawnColour(view, QStringLiteral("sup-microsoft"));
    view.highlightFailed({QStringLiteral("sup-ms-ie")});
    EXPECT_GT(redness(drawnColour(view, QStringLiteral("sup-microsoft"))), redness(parentBefore) + 0.05);
    EXPECT_EQ(view.highlightedFailed(), QStringList{QStringLiteral("sup-ms-ie")});

    // Another model forgets them.
    view.setModel(m);
    EXPECT_TRUE(view.highlightedFailed().isEmpty());
}

TEST(GraphView, CollapsesAndExpandsAnOwnershipTree)
{
    const Model m = sample();
    GraphView view;
    view.setModel(m);
    const int all = view.visibleNodeCount();
    view.setCollapsed(QStringLiteral("sup-constellation"), true); // hides topicus, tss, pinkroccade
    EXPECT_EQ(view.visibleNodeCount(), all - 3);
    EXPECT_EQ(view.nodeRect(QStringLiteral("sup-tss")), view.nodeRect(QStringLiteral("sup-constellation")));
    view.setCollapsed(QStringLiteral("app-exchange"), true); // not a parent: nothing happens
    EXPECT_EQ(view.visibleNodeCount(), all - 3);
    view.collapseAllOwnership();
    EXPECT_LT(view.visibleNodeCount(), all - 3);
    view.resize(1400, 900);
    view.show();
    view.fitAll();
    shoot(view, QStringLiteral("sample-collapsed.png"));
    // Selecting a hidden node expands what hides it.
    view.selectNode(QStringLiteral("sup-pinkroccade"));
    EXPECT_EQ(view.selectedNode(), QStringLiteral("sup-pinkroccade"));
    EXPECT_FALSE(view.isCollapsed(QStringLiteral("sup-constellation")));
    EXPECT_TRUE(view.isCollapsed(QStringLiteral("sup-microsoft")));
    view.expandAllOwnership();
    EXPECT_EQ(view.visibleNodeCount(), all);
}

TEST(GraphView, ExportsPngAndSvg)
{
    GraphView view;
    view.setModel(sample());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    const QString png = dir.filePath(QStringLiteral("graph.png"));
    ASSERT_TRUE(view.exportPng(png, &error)) << qPrintable(error);
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 1000);
    const QString svg = dir.filePath(QStringLiteral("graph.svg"));
    ASSERT_TRUE(view.exportSvg(svg, &error)) << qPrintable(error);
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.startsWith("<?xml") || text.startsWith("<svg"));
    EXPECT_TRUE(text.contains("Microsoft"));
    EXPECT_FALSE(view.exportPng(dir.filePath(QStringLiteral("missing/graph.png")), &error));
    EXPECT_FALSE(error.isEmpty());
    if (const QString keep = shotPath(QStringLiteral("sample-export.png")); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(png, keep);
        QFile::remove(shotPath(QStringLiteral("sample-export.svg")));
        QFile::copy(svg, shotPath(QStringLiteral("sample-export.svg")));
    }
}

TEST(GraphView, ReadableInADarkPalette)
{
    GraphView view;
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    view.setPalette(dark);
    view.setModel(sample());
    EXPECT_GT(view.style().text.lightnessF(), 0.7);
    EXPECT_LT(view.style().kindFill[int(NodeKind::Application)].lightnessF(), 0.5);
    view.resize(1400, 900);
    view.show();
    view.setZoom(0.8);
    view.selectNode(QStringLiteral("cap-zaak"));
    shoot(view, QStringLiteral("sample-dark.png"));
}

TEST(GraphView, FiveThousandNodesLayOutAndRender)
{
    const Model m = generateModel(5000, 1);
    GraphView view;
    view.resize(1600, 1000);
    QElapsedTimer timer;
    timer.start();
    view.setModel(m);
    const qint64 build = timer.restart();
    view.show();
    const QImage fit = view.viewport()->grab().toImage();
    const qint64 paintFit = timer.restart();
    view.setZoom(0.6);
    view.selectNode(m.nodes[m.nodes.size() / 2].id);
    const QImage near = view.viewport()->grab().toImage();
    const qint64 paintNear = timer.restart();
    const QImage whole = view.renderImage(4000);
    const qint64 render = timer.elapsed();
    std::printf("5000 nodes: layout+scene %lld ms, paint fit %lld ms, paint at 60%% %lld ms, 4000px image %lld ms\n",
                qint64(build), qint64(paintFit), qint64(paintNear), qint64(render));
    EXPECT_EQ(view.visibleNodeCount(), int(m.nodes.size()));
    EXPECT_FALSE(fit.isNull());
    EXPECT_FALSE(near.isNull());
    ASSERT_FALSE(whole.isNull());
    EXPECT_EQ(std::max(whole.width(), whole.height()), 4000);
    if (const QString path = shotPath(QStringLiteral("generated-5000-fit.png")); !path.isEmpty()) {
        fit.save(path);
        near.save(shotPath(QStringLiteral("generated-5000-zoom60.png")));
        whole.save(shotPath(QStringLiteral("generated-5000-whole.png")));
    }
    EXPECT_LT(build, 2000);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The report's dependency diagram (ui/dependencydiagram): what it draws, where, and what it
// marks, checked against brute force on the sample.
#include "bruteforce.h"
#include "dependencydiagram.h"
#include "modelfile.h"
#include "testsupport.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

Model sample()
{
    const ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(loaded.model.has_value());
    return *loaded.model;
}

} // namespace

TEST(DependencyDiagram, DrawsWhatTheCapabilityDependsOnAndMarksItsSinglePointsOfFailure)
{
    const Model model = sample();
    const DependencyAnalysis analysis(model);
    for (const Node &cap : model.nodes) {
        if (cap.kind != NodeKind::Capability)
            continue;
        SCOPED_TRACE(cap.id.toStdString());
        const DependencyDiagram diagram(model, analysis, cap.id);
        ASSERT_FALSE(diagram.isEmpty());
        // The capability and everything it depends on (an independent walk), once each.
        std::set<QString> closure{cap.id};
        for (bool grew = true; grew;) {
            grew = false;
            for (const Edge &e : model.edges)
                if (isDependency(e.kind) && closure.count(e.from) && closure.insert(e.to).second)
                    grew = true;
        }
        std::set<QString> drawn;
        const auto spofs = bruteforce::spofs(model, cap.id);
        for (const DependencyDiagram::Box &box : diagram.boxes()) {
            EXPECT_TRUE(drawn.insert(box.id).second) << box.id.toStdString();
            EXPECT_EQ(box.spof, spofs.count(box.id) > 0) << box.id.toStdString();
            EXPECT_EQ(box.capability, box.id == cap.id);
            const Node *n = model.findNode(box.id);
            const int column[] = {0, 1, 3, 2, 4}; // by NodeKind: capability, application, supplier, host, jurisdiction
            EXPECT_EQ(box.column, column[int(n->kind)]) << box.id.toStdString();
            EXPECT_TRUE(QRectF(QPointF(0, 0), diagram.size()).contains(box.rect)) << box.id.toStdString();
        }
        EXPECT_EQ(drawn, closure);
        // No two boxes overlap.
        for (std::size_t i = 0; i < diagram.boxes().size(); ++i)
            for (std::size_t j = i + 1; j < diagram.boxes().size(); ++j)
                EXPECT_FALSE(diagram.boxes()[i].rect.intersects(diagram.boxes()[j].rect));
        // A red line leads, along red lines, to a single point of failure (paths end there).
        const auto &lines = diagram.lines();
        for (const DependencyDiagram::Line &line : lines) {
            if (!line.onPath)
                continue;
            std::vector<int> stack{line.to};
            std::set<int> seen;
            bool reaches = false;
            while (!stack.empty() && !reaches) {
                const int b = stack.back();
                stack.pop_back();
                if (!seen.insert(b).second)
                    continue;
                reaches = diagram.boxes()[std::size_t(b)].spof;
                for (const DependencyDiagram::Line &next : lines)
                    if (next.onPath && next.from == b)
                        stack.push_back(next.to);
            }
            EXPECT_TRUE(reaches) << diagram.boxes()[std::size_t(line.to)].id.toStdString();
        }
    }
}

TEST(DependencyDiagram, AnUnknownCapabilityDrawsNothingAndPaintingIsSafe)
{
    const Model model = sample();
    const DependencyAnalysis analysis(model);
    const DependencyDiagram none(model, analysis, QStringLiteral("no-such-node"));
    EXPECT_TRUE(none.isEmpty());
    const DependencyDiagram application(model, analysis, QStringLiteral("app-entra"));
    EXPECT_TRUE(application.isEmpty()) << "only capabilities are pictured";

    const DependencyDiagram mail(model, analysis, QStringLiteral("cap-mail"));
    QImage image(mail.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    mail.paint(&painter, QRectF(QPointF(0, 0), mail.size()));
    none.paint(&painter, QRectF(0, 0, 10, 10));
    painter.end();
    EXPECT_EQ(image.pixelColor(1, 1), QColor(Qt::white)) << "drawn on white paper";
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"
#include "comparisonchartdata.h"
#include "comparisontablemodel.h"
#include "comparisonview.h"
#include "modelfile.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <set>

using namespace antrum;

namespace {

const QString OfficeOption = QStringLiteral("opt-soevereine-kantooromgeving");
const QString ProxmoxOption = QStringLiteral("opt-proxmox");

Model sample()
{
    const ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_EQ(loaded.status, ModelFileResult::Status::Ok);
    return loaded.model.value_or(Model{});
}

ComparisonOptions fixedOptions(const Model &m)
{
    ComparisonOptions o;
    o.methodology = MethodologySettings::fromModel(m);
    o.methodology.asOf = QDate(2026, 1, 1);
    o.scenario.methodology = o.methodology;
    return o;
}

/// The numbers of a chart's bar sets, set by set.
std::vector<std::vector<double>> barValues(const ChartPanel *panel)
{
    std::vector<std::vector<double>> out;
    if (!panel->chart())
        return out;
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                std::vector<double> values;
                for (int i = 0; i < set->count(); ++i)
                    values.push_back(set->at(i));
                out.push_back(values);
            }
        }
    }
    return out;
}

QList<QBarSet *> barSets(const ChartPanel *panel)
{
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars->barSets();
    }
    return {};
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return p;
}

} // namespace

TEST(ComparisonTableModel, FormatsByUnit)
{
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(ComparisonTableModel::formatValue(FigureUnit::Euro, 1290000), QStringLiteral("€ 1,290,000"));
    EXPECT_EQ(ComparisonTableModel::formatValue(FigureUnit::Euro, -33500), QStringLiteral("−€ 33,500"));
    // Rounding noise of a difference of sums is no minus sign.
    EXPECT_EQ(ComparisonTableModel::formatValue(FigureUnit::Euro, -1.86e-9), QStringLiteral("€ 0"));
    EXPECT_EQ(ComparisonTableModel::formatValue(FigureUnit::Count, 3), QStringLiteral("3"));
    EXPECT_EQ(ComparisonTableModel::formatValue(FigureUnit::Score, 39.375), QStringLiteral("39.4"));
    EXPECT_EQ(ComparisonTableModel::formatValue(FigureUnit::Hhi, 3906.18), QStringLiteral("3,906"));
    EXPECT_EQ(ComparisonTableModel::formatValue(FigureUnit::Share, 0.853), QStringLiteral("85.3 %"));
    EXPECT_EQ(ComparisonTableModel::formatDelta(FigureUnit::Count, 2), QStringLiteral("+2"));
    EXPECT_EQ(ComparisonTableModel::formatDelta(FigureUnit::Euro, -12000), QStringLiteral("−€ 12,000"));
    EXPECT_EQ(ComparisonTableModel::formatDelta(FigureUnit::Score, 0.04), QStringLiteral("+0.04")); // never "+0.0"
    EXPECT_EQ(ComparisonTableModel::formatDelta(FigureUnit::Share, -0.02), QStringLiteral("−2.0 pp"));
    EXPECT_EQ(ComparisonTableModel::wrapped(QStringLiteral("a bb ccc dddd"), 6), QStringLiteral("a bb\nccc\ndddd"));
    EXPECT_EQ(ComparisonTableModel::wrapped(QStringLiteral("a bb ccc dddd"), 6, 2), QStringLiteral("a bb\nccc…"));

    ComparisonRow row{QStringLiteral("spofs"), QStringLiteral("cap-x"), QStringLiteral("single points of failure"), false, FigureUnit::Count, {}};
    row.cells = {{3.0, 0.0, ComparisonMark::Same}, {2.0, -1.0, ComparisonMark::Better}, {5.0, 2.0, ComparisonMark::Worse},
                 {std::nullopt, std::nullopt, ComparisonMark::NotApplicable}, {3.0, 0.0, ComparisonMark::Same}};
    EXPECT_EQ(ComparisonTableModel::cellText(row, 0), QStringLiteral("3"));
    EXPECT_EQ(ComparisonTableModel::cellText(row, 1), QStringLiteral("2  ▼ −1 ✓"));
    EXPECT_EQ(ComparisonTableModel::cellText(row, 2), QStringLiteral("5  ▲ +2 ✗"));
    EXPECT_EQ(ComparisonTableModel::cellText(row, 3), QStringLiteral("n/a"));
    EXPECT_EQ(ComparisonTableModel::cellText(row, 4), QStringLiteral("3"));
}

TEST(ComparisonTableModel, FollowsTheComparisonAndFilters)
{
    const Model m = sample();
    const Comparison c = compareOptions(m, {OfficeOption, ProxmoxOption}, fixedOptions(m));
    ASSERT_TRUE(c.ok()) << c.errors.join(u'\n').toStdString();
    ComparisonTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(table.rowCount(), 0);
    EXPECT_EQ(table.columnCount(), 0);
    QHash<QString, QString> names;
    for (const Node &n : m.nodes)
        names.insert(n.id, n.name);
    table.setComparison(&c, names);
    ASSERT_EQ(table.columnCount(), 4); // figure, baseline, two options
    EXPECT_EQ(table.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Baseline"));
    // "A: Soevereine kantooromgeving:\nOX App Suite, Nextcloud en…": two lines at most.
    const QString header = table.headerData(2, Qt::Horizontal).toString();
    EXPECT_TRUE(header.startsWith(QStringLiteral("A: "))) << header.toStdString();
    EXPECT_LE(header.count(u'\n'), 1);
    EXPECT_TRUE(c.columns[1].name.startsWith(QString(header.mid(3).chopped(1)).replace(u'\n', u' '))) << header.toStdString();
    EXPECT_TRUE(table.headerData(3, Qt::Horizontal).toString().startsWith(QStringLiteral("B: ")));
    EXPECT_TRUE(table.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().contains(c.columns[1].name));
    EXPECT_TRUE(table.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().contains(c.columns[1].changes.front()));

    // Every comparison row once, in order, with its cells as the comparison has them.
    EXPECT_EQ(table.figureRowCount(), int(c.rows.size()));
    int expectedRow = 0;
    std::set<int> sections;
    for (int r = 0; r < table.rowCount(); ++r) {
        const ComparisonRow *row = table.comparisonRow(r);
        if (!row) {
            EXPECT_NE(table.rowKind(r), ComparisonTableModel::RowKind::Figure);
            if (table.rowKind(r) == ComparisonTableModel::RowKind::SectionHeader)
                sections.insert(table.index(r, 0).data(ComparisonTableModel::SectionRole).toInt());
            continue;
        }
        EXPECT_EQ(table.index(r, 0).data(ComparisonTableModel::RowRole).toInt(), expectedRow);
        ASSERT_EQ(row, &c.rows[std::size_t(expectedRow)]);
        ++expectedRow;
        EXPECT_FALSE(table.index(r, 0).data().toString().isEmpty());
        for (std::size_t col = 0; col < row->cells.size(); ++col) {
            const QModelIndex cell = table.index(r, int(col) + 1);
            EXPECT_EQ(cell.data().toString(), ComparisonTableModel::cellText(*row, col));
            EXPECT_EQ(cell.data(ComparisonTableModel::MarkRole).toInt(), int(row->cells[col].mark));
            EXPECT_EQ(cell.data(ComparisonTableModel::ValueRole).isValid(), row->cells[col].value.has_value());
            EXPECT_FALSE(cell.data(Qt::ToolTipRole).toString().isEmpty());
            const bool marked = row->cells[col].mark == ComparisonMark::Better || row->cells[col].mark == ComparisonMark::Worse;
            // Colour and symbol together, never colour alone.
            EXPECT_EQ(cell.data(Qt::BackgroundRole).isValid(), col > 0 && marked);
            if (col > 0 && marked) {
                const QString symbol = row->cells[col].mark == ComparisonMark::Better ? QStringLiteral("✓") : QStringLiteral("✗");
                EXPECT_TRUE(cell.data().toString().endsWith(symbol)) << cell.data().toString().toStdString();
            }
        }
    }
    EXPECT_EQ(sections.size(), std::size_t(ComparisonSectionCount));
    // A capability's figures sit under a row naming it.
    const int mail = table.rowOf(QStringLiteral("spofs"), QStringLiteral("cap-mail"));
    ASSERT_GT(mail, 0);
    EXPECT_EQ(table.rowKind(mail - 1), ComparisonTableModel::RowKind::SubjectHeader);
    EXPECT_TRUE(table.index(mail - 1, 0).data().toString().contains(QStringLiteral("cap-mail")));
    // n/a cells say why.
    bool sawNotApplicable = false;
    for (int r = 0; r < table.rowCount() && !sawNotApplicable; ++r) {
        for (int col = 1; col < table.columnCount(); ++col) {
            if (table.comparisonRow(r) && table.index(r, col).data().toString() == u"n/a") {
                sawNotApplicable = true;
                EXPECT_TRUE(table.index(r, col).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not applicable")));
            }
        }
    }

    // Only differences: exactly the rows that differ.
    table.setOnlyDifferences(true);
    int differing = 0;
    for (const ComparisonRow &row : c.rows)
        differing += comparisonRowDiffers(row);
    EXPECT_GT(differing, 0);
    EXPECT_LT(differing, int(c.rows.size()));
    EXPECT_EQ(table.figureRowCount(), differing);
    for (int r = 0; r < table.rowCount(); ++r) {
        if (const ComparisonRow *row = table.comparisonRow(r)) {
            EXPECT_TRUE(comparisonRowDiffers(*row)) << row->figure.toStdString();
        }
    }
    EXPECT_EQ(table.rowOf(QStringLiteral("capabilities_without_spof")), -1); // 0 everywhere

    // One section.
    table.showOnlySection(ComparisonSection::Capabilities);
    for (int r = 0; r < table.rowCount(); ++r)
        EXPECT_EQ(table.index(r, 0).data(ComparisonTableModel::SectionRole).toInt(), int(ComparisonSection::Capabilities));
    table.setOnlyDifferences(false);
    table.showOnlySection(std::nullopt);
    EXPECT_EQ(table.figureRowCount(), int(c.rows.size()));
    table.setComparison(nullptr);
    EXPECT_EQ(table.rowCount(), 0);
}

TEST(ComparisonTableModel, TintsAreReadableInLightAndDarkPalettes)
{
    const Model m = sample();
    const Comparison c = compareOptions(m, {OfficeOption}, fixedOptions(m));
    ASSERT_TRUE(c.ok());
    const QPalette original = QGuiApplication::palette();
    for (const QPalette &palette : {original, darkPalette()}) {
        QGuiApplication::setPalette(palette);
        ComparisonTableModel table;
        table.setComparison(&c);
        int checked = 0;
        QColor better, worse;
        for (int r = 0; r < table.rowCount(); ++r) {
            const QVariant background = table.index(r, 2).data(Qt::BackgroundRole);
            if (!background.isValid() || !table.comparisonRow(r))
                continue;
            const QColor colour = background.value<QColor>();
            EXPECT_GE(contrast(colour, palette.color(QPalette::Text)), 4.5) << colour.name().toStdString();
            (table.index(r, 2).data(ComparisonTableModel::MarkRole).toInt() == int(ComparisonMark::Better) ? better : worse) = colour;
            ++checked;
        }
        EXPECT_GT(checked, 0);
        ASSERT_TRUE(better.isValid() && worse.isValid());
        EXPECT_NE(better, worse);
        EXPECT_GT(better.green(), better.red());
        EXPECT_GT(worse.red(), worse.green());
    }
    QGuiApplication::setPalette(original);
}

TEST(ComparisonView, ComparesTwoStoredOptionsOfTheSample)
{
    const Model m = sample();
    ComparisonView view;
    view.setComparisonOptions(fixedOptions(m));
    EXPECT_TRUE(view.optionIds().isEmpty());
    view.setModel(m);
    QStringList ids;
    for (const Option &o : m.options)
        ids << o.id;
    EXPECT_EQ(view.optionIds(), ids);
    EXPECT_FALSE(view.message().isEmpty()); // "tick one or more options"
    EXPECT_EQ(view.comparison(), nullptr);

    view.setCheckedOptions({ProxmoxOption, OfficeOption, QStringLiteral("no-such-option")});
    EXPECT_EQ(view.checkedOptions(), QStringList({OfficeOption, ProxmoxOption})); // model order
    QSignalSpy finished(&view, &ComparisonView::comparisonFinished);
    view.compare();
    view.waitForComparison();
    EXPECT_FALSE(view.isComparing());
    ASSERT_NE(view.comparison(), nullptr);
    EXPECT_EQ(finished.count(), 1);
    const Comparison &c = *view.comparison();
    ASSERT_TRUE(c.ok()) << c.errors.join(u'\n').toStdString();
    EXPECT_TRUE(view.message().isEmpty());
    ASSERT_EQ(c.columns.size(), 3u);
    EXPECT_EQ(c.columns[1].optionId, OfficeOption);
    EXPECT_EQ(c.columns[2].optionId, ProxmoxOption);
    // Exactly what compareOptions() gives directly.
    const Comparison direct = compareOptions(m, {OfficeOption, ProxmoxOption}, fixedOptions(m));
    EXPECT_EQ(c.rows, direct.rows);
    EXPECT_EQ(view.tableModel()->comparison(), &c);
    EXPECT_EQ(view.tableModel()->figureRowCount(), int(c.rows.size()));
    // The option list now says in full what each option changes.
    QTreeWidgetItem *office = nullptr;
    // (found by id among the option items)
    for (QTreeWidget *tree : view.findChildren<QTreeWidget *>()) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == OfficeOption)
                office = tree->topLevelItem(i);
        }
    }
    ASSERT_NE(office, nullptr);
    ASSERT_EQ(office->childCount(), int(c.columns[1].changes.size()));
    EXPECT_EQ(office->child(0)->text(0).replace(u'\n', u' '), c.columns[1].changes.front()); // wrapped to fit

    // Key figures: one chart per family, a bar set per column, values as the data says.
    const std::vector<ComparisonFigure> figures = comparisonFigures(c, &m);
    EXPECT_EQ(view.figures(), figures);
    for (int f = 0; f < ComparisonFigureFamilyCount; ++f) {
        const auto family = ComparisonFigureFamily(f);
        std::vector<const ComparisonFigure *> ofFamily;
        for (const ComparisonFigure &figure : figures) {
            if (figure.family == family)
                ofFamily.push_back(&figure);
        }
        const ChartPanel *panel = view.figurePanel(family);
        ASSERT_FALSE(panel->isEmpty()) << f;
        const auto values = barValues(panel);
        ASSERT_EQ(values.size(), c.columns.size()) << f;
        const double scale = ofFamily.front()->unit == FigureUnit::Euro ? 1000.0 : 1.0;
        for (std::size_t col = 0; col < values.size(); ++col) {
            // Drawn bottom-up: the first figure is the last bar, the baseline the last set.
            const std::vector<double> &set = values[values.size() - 1 - col];
            if (ofFamily.size() == 1) {
                // One figure: a bar per column, the baseline on top.
                ASSERT_EQ(set.size(), c.columns.size());
                for (std::size_t i = 0; i < set.size(); ++i)
                    EXPECT_DOUBLE_EQ(set[i], i == c.columns.size() - 1 - col ? ofFamily[0]->cells[col].value.value_or(0) / scale : 0.0);
                continue;
            }
            ASSERT_EQ(set.size(), ofFamily.size());
            for (std::size_t i = 0; i < ofFamily.size(); ++i)
                EXPECT_DOUBLE_EQ(set[ofFamily.size() - 1 - i], ofFamily[i]->cells[col].value.value_or(0) / scale);
        }
        EXPECT_FALSE(panel->chart()->title().isEmpty());
    }

    // The profile: levels and unknown shares per column, as comparisonProfiles() computes.
    const std::vector<LandscapeProfile> profiles = comparisonProfiles(m, c, fixedOptions(m).methodology);
    ASSERT_EQ(view.profiles().size(), profiles.size());
    EXPECT_EQ(view.profiles(), profiles);
    const auto levels = barValues(view.profilePanel());
    const auto unknown = barValues(view.unknownPanel());
    ASSERT_EQ(levels.size(), 3u);
    ASSERT_EQ(unknown.size(), 3u);
    for (std::size_t col = 0; col < 3; ++col) {
        for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
            EXPECT_DOUBLE_EQ(levels[col][std::size_t(i)], profiles[col].objectives[std::size_t(i)].meanLevel.value_or(0));
            EXPECT_DOUBLE_EQ(unknown[col][std::size_t(i)], 100.0 * profiles[col].objectives[std::size_t(i)].unknownShare);
        }
    }
    // Unknown is hatched.
    EXPECT_EQ(barSets(view.unknownPanel()).front()->brush().style(), Qt::BDiagPattern);

    // Differences: one top item per option, with the capabilities it changes.
    QTreeWidget *differences = view.differencesTree();
    ASSERT_EQ(differences->topLevelItemCount(), 2);
    std::size_t listed = 0;
    for (int t = 0; t < differences->topLevelItemCount(); ++t) {
        for (int k = 0; k < differences->topLevelItem(t)->childCount(); ++k)
            listed += std::size_t(differences->topLevelItem(t)->child(k)->childCount());
    }
    EXPECT_EQ(listed, capabilityDifferences(c).size());
}

TEST(ComparisonView, ClicksSelectNodes)
{
    const Model m = sample();
    ComparisonView view;
    view.setComparisonOptions(fixedOptions(m));
    view.setModel(m);
    view.setCheckedOptions({OfficeOption});
    view.compare();
    view.waitForComparison();
    ASSERT_TRUE(view.comparison() && view.comparison()->ok());
    QSignalSpy activated(&view, &ComparisonView::nodesActivated);

    // A bar: the capabilities with a SPOF in the option's column.
    ChartPanel *resilience = view.figurePanel(ComparisonFigureFamily::Resilience);
    const QList<QBarSet *> sets = barSets(resilience);
    ASSERT_EQ(sets.size(), 2);
    const ComparisonFigure *spofs = nullptr;
    std::size_t position = 0, count = 0;
    for (const ComparisonFigure &f : view.figures()) {
        if (f.family != ComparisonFigureFamily::Resilience)
            continue;
        if (f.figure == u"spofs_total") {
            spofs = &f;
            position = count;
        }
        ++count;
    }
    ASSERT_NE(spofs, nullptr);
    resilience->activateBar(sets[0], int(count - 1 - position)); // the option's set: added first
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.takeFirst().at(0).toStringList(), spofs->cells[1].nodeIds);

    // A profile bar: the applications whose level is known.
    const QList<QBarSet *> profileSets = barSets(view.profilePanel());
    view.profilePanel()->activateBar(profileSets[0], 0);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.takeFirst().at(0).toStringList(), view.profiles()[0].objectives[0].knownIds);

    // A table row with a subject.
    view.resize(1400, 900);
    view.show();
    view.showTab(ComparisonView::Tab::Table);
    QApplication::processEvents();
    QTableView *tableView = view.tableView();
    const int row = view.tableModel()->rowOf(QStringLiteral("spofs"), QStringLiteral("cap-mail"));
    ASSERT_GE(row, 0);
    tableView->scrollTo(view.tableModel()->index(row, 1));
    QApplication::processEvents();
    const QRect rect = tableView->visualRect(view.tableModel()->index(row, 1));
    QTest::mouseClick(tableView->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.takeFirst().at(0).toStringList(), QStringList{QStringLiteral("cap-mail")});
    // A totals row selects nothing.
    const int total = view.tableModel()->rowOf(QStringLiteral("annual_cost"));
    tableView->scrollTo(view.tableModel()->index(total, 1));
    QApplication::processEvents();
    QTest::mouseClick(tableView->viewport(), Qt::LeftButton, {}, tableView->visualRect(view.tableModel()->index(total, 1)).center());
    EXPECT_EQ(activated.count(), 0);
}

TEST(ComparisonView, ANewerRunSupersedesAnOlderOne)
{
    const Model m = sample();
    ComparisonView view;
    view.setComparisonOptions(fixedOptions(m));
    view.setModel(m);
    QSignalSpy finished(&view, &ComparisonView::comparisonFinished);
    view.setCheckedOptions({OfficeOption, ProxmoxOption});
    view.compare();
    view.setCheckedOptions({ProxmoxOption});
    view.compare();
    EXPECT_TRUE(view.isComparing() || view.comparison() == nullptr);
    view.waitForComparison();
    ASSERT_NE(view.comparison(), nullptr);
    ASSERT_EQ(view.comparison()->columns.size(), 2u);
    EXPECT_EQ(view.comparison()->columns[1].optionId, ProxmoxOption);
    // Let any queued signal of either run arrive: the older never replaces the newer.
    QTest::qWait(50);
    QApplication::processEvents();
    ASSERT_EQ(view.comparison()->columns.size(), 2u);
    EXPECT_EQ(finished.count(), 1);

    // A new model drops a running comparison.
    view.setCheckedOptions({OfficeOption});
    view.compare();
    view.setModel(m);
    EXPECT_EQ(view.checkedOptions(), QStringList{OfficeOption}); // still ticked
    view.waitForComparison();
    QTest::qWait(50);
    EXPECT_EQ(view.comparison(), nullptr);
    EXPECT_EQ(view.tableModel()->rowCount(), 0);
}

TEST(ComparisonView, AnInvalidVariantGivesAClearMessage)
{
    Model m = sample();
    Option broken;
    broken.id = QStringLiteral("opt-broken");
    broken.name = QStringLiteral("Broken");
    Edge e;
    e.from = QStringLiteral("cap-mail");
    e.to = QStringLiteral("no-such-node");
    e.kind = EdgeKind::Requires;
    broken.addEdges.push_back(e);
    m.options.push_back(broken);
    ComparisonView view;
    view.setComparisonOptions(fixedOptions(m));
    view.setModel(m);
    view.setCheckedOptions({OfficeOption, QStringLiteral("opt-broken")});
    view.compare();
    view.waitForComparison();
    ASSERT_NE(view.comparison(), nullptr);
    EXPECT_FALSE(view.comparison()->ok());
    const QString message = view.message();
    EXPECT_TRUE(message.contains(QStringLiteral("could not be compared"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("opt-broken"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("no-such-node"))) << message.toStdString();
    EXPECT_EQ(view.tableModel()->rowCount(), 0);
    EXPECT_TRUE(view.profiles().empty());
    EXPECT_TRUE(view.figures().empty());
    // The valid option alone still compares.
    view.setCheckedOptions({OfficeOption});
    view.compare();
    view.waitForComparison();
    ASSERT_TRUE(view.comparison() && view.comparison()->ok());
    EXPECT_TRUE(view.message().isEmpty());
}

TEST(ComparisonView, AModelWithoutOptionsSaysSo)
{
    Model m = sample();
    m.options.clear();
    ComparisonView view;
    view.setModel(m);
    EXPECT_TRUE(view.optionIds().isEmpty());
    EXPECT_TRUE(view.message().contains(QStringLiteral("no procurement options"))) << view.message().toStdString();
    view.compare(); // nothing ticked: nothing runs
    view.waitForComparison();
    EXPECT_EQ(view.comparison(), nullptr);
}

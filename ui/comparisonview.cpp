// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "chartdata.h"
#include "chartpanel.h"
#include "comparisontablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QLegend>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace antrum {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

/// Value axis range with room on both sides of zero where values are negative.
void setNiceRange(QValueAxis *axis, double low, double high)
{
    low = std::min(0.0, low);
    high = std::max(0.0, high);
    if (high - low <= 0)
        high = low + 1;
    axis->setRange(low, high);
    axis->applyNiceNumbers();
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    // --- left: the options ---
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *optionsTitle = new QLabel(tr("<b>Options to compare with the baseline</b>"), left);
    optionsTitle->setWordWrap(true);
    m_optionList = new QTreeWidget(left);
    m_optionList->setHeaderHidden(true);
    m_optionList->setColumnCount(1);
    m_optionList->setUniformRowHeights(false);
    m_optionList->setToolTip(tr("Tick the options to compare; expand one to see what it changes."));
    m_compare = new QPushButton(tr("&Compare"), left);
    m_compare->setToolTip(tr("Analyse the baseline and every ticked option alike, and set them side by side"));
    m_compare->setEnabled(false);
    connect(m_compare, &QPushButton::clicked, this, &ComparisonView::compare);
    connect(m_optionList, &QTreeWidget::itemChanged, this, [this] { m_compare->setEnabled(!checkedOptions().isEmpty()); });
    m_busy = new QProgressBar(left);
    m_busy->setRange(0, 0); // busy: the comparison reports no progress of its own
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(12);
    m_busy->setVisible(false);
    m_status = new QLabel(left);
    m_status->setWordWrap(true);
    leftLayout->addWidget(optionsTitle);
    leftLayout->addWidget(m_optionList, 1);
    leftLayout->addWidget(m_compare);
    leftLayout->addWidget(m_busy);
    leftLayout->addWidget(m_status);

    // --- right: the results ---
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(right);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs = new QTabWidget(right);
    rightLayout->addWidget(m_message, 1);
    rightLayout->addWidget(m_tabs, 1);

    // Table.
    auto *tablePage = new QWidget(m_tabs);
    auto *tableLayout = new QVBoxLayout(tablePage);
    auto *filters = new QHBoxLayout;
    m_section = new QComboBox(tablePage);
    m_section->addItem(tr("All sections"), -1);
    for (int s = 0; s < ComparisonSectionCount; ++s)
        m_section->addItem(ComparisonTableModel::sectionTitle(ComparisonSection(s)), s);
    m_onlyDifferences = new QCheckBox(tr("Show &only differences"), tablePage);
    m_onlyDifferences->setToolTip(tr("Hide the rows in which every option equals the baseline"));
    auto *legend = new QLabel(tr("▲ rose  ▼ fell  ✓ better  ✗ worse than the baseline"), tablePage);
    legend->setToolTip(tr("Whether a change is better depends on the figure: fewer single points of failure is better, "
                          "a higher sovereignty score is better. The tint repeats the ✓ and ✗."));
    auto *sectionLabel = new QLabel(tr("&Show:"), tablePage);
    sectionLabel->setBuddy(m_section);
    filters->addWidget(sectionLabel);
    filters->addWidget(m_section);
    filters->addWidget(m_onlyDifferences);
    filters->addStretch();
    filters->addWidget(legend);
    m_table = new ComparisonTableModel(this);
    m_tableView = new QTableView(tablePage);
    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->setVisible(false);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setWordWrap(false);
    m_tableView->setTextElideMode(Qt::ElideMiddle);
    m_tableView->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_tableView->setShowGrid(false);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_tableView, 1);
    connect(m_section, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_section->currentData().toInt();
        m_table->showOnlySection(s < 0 ? std::nullopt : std::optional<ComparisonSection>(ComparisonSection(s)));
    });
    connect(m_onlyDifferences, &QCheckBox::toggled, m_table, &ComparisonTableModel::setOnlyDifferences);
    connect(m_table, &QAbstractItemModel::modelReset, this, [this] {
        // Header rows span the table.
        m_tableView->clearSpans();
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->rowKind(r) != ComparisonTableModel::RowKind::Figure && m_table->columnCount() > 1)
                m_tableView->setSpan(r, 0, 1, m_table->columnCount());
        }
        QHeaderView *header = m_tableView->horizontalHeader();
        if (m_table->columnCount() > 0) {
            header->setSectionResizeMode(0, QHeaderView::Interactive);
            for (int c = 1; c < m_table->columnCount(); ++c)
                header->setSectionResizeMode(c, QHeaderView::Stretch);
            m_tableView->resizeColumnToContents(0);
            m_tableView->setColumnWidth(0, std::clamp(m_tableView->columnWidth(0) + 16, 260, 560));
        }
    });
    connect(m_tableView, &QTableView::clicked, this, &ComparisonView::tableClicked);
    connect(m_tableView, &QTableView::activated, this, &ComparisonView::tableClicked);
    m_tabs->addTab(tablePage, tr("&Table"));

    // Key figures: one chart per unit.
    auto *figuresArea = new QScrollArea(m_tabs);
    figuresArea->setWidgetResizable(true);
    figuresArea->setFrameShape(QFrame::NoFrame);
    auto *figuresPage = new QWidget(figuresArea);
    auto *grid = new QGridLayout(figuresPage);
    for (int f = 0; f < ComparisonFigureFamilyCount; ++f) {
        auto *panel = new ChartPanel(figuresPage);
        const bool large = f == int(ComparisonFigureFamily::Concentration) || f == int(ComparisonFigureFamily::ScenarioCost);
        panel->setMinimumHeight(large ? 400 : 290);
        panel->setMinimumWidth(240);
        panel->setExportName(QStringLiteral("comparison-%1").arg(f));
        connect(panel, &ChartPanel::nodesActivated, this, &ComparisonView::nodesActivated);
        m_figureCharts.push_back(panel);
    }
    using F = ComparisonFigureFamily;
    // The three small families in a row, then concentration and the scenarios (long labels).
    grid->addWidget(m_figureCharts[std::size_t(F::Resilience)], 0, 0, 1, 4);
    grid->addWidget(m_figureCharts[std::size_t(F::Sovereignty)], 0, 4, 1, 3);
    grid->addWidget(m_figureCharts[std::size_t(F::Cost)], 0, 7, 1, 3);
    grid->addWidget(m_figureCharts[std::size_t(F::Concentration)], 1, 0, 1, 5);
    grid->addWidget(m_figureCharts[std::size_t(F::ScenarioCost)], 1, 5, 1, 5);
    for (int column = 0; column < 10; ++column)
        grid->setColumnStretch(column, 1);
    figuresArea->setWidget(figuresPage);
    m_tabs->addTab(figuresArea, tr("&Key figures"));

    // Sovereignty profile: the known part's level, and how much is unknown.
    auto *profileSplit = new QSplitter(Qt::Vertical, m_tabs);
    m_profileChart = new ChartPanel(profileSplit);
    m_profileChart->setExportName(QStringLiteral("comparison-sovereignty-profile"));
    m_unknownChart = new ChartPanel(profileSplit);
    m_unknownChart->setExportName(QStringLiteral("comparison-sovereignty-unknown"));
    profileSplit->addWidget(m_profileChart);
    profileSplit->addWidget(m_unknownChart);
    profileSplit->setStretchFactor(0, 3);
    profileSplit->setStretchFactor(1, 2);
    connect(m_profileChart, &ChartPanel::nodesActivated, this, &ComparisonView::nodesActivated);
    connect(m_unknownChart, &ChartPanel::nodesActivated, this, &ComparisonView::nodesActivated);
    m_tabs->addTab(profileSplit, tr("Sovereignty &profile"));

    // Differences per capability.
    m_differences = new QTreeWidget(m_tabs);
    m_differences->setColumnCount(4);
    m_differences->setHeaderLabels({tr("Option, capability, figure"), tr("Baseline"), tr("Option"), tr("Change")});
    m_differences->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_differences->header()->setStretchLastSection(false);
    connect(m_differences, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT nodesActivated({id});
    });
    m_tabs->addTab(m_differences, tr("&Differences"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_watcher = new QFutureWatcher<std::shared_ptr<const Run>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ComparisonView::comparisonDone);
    showMessage(tr("No model is open."));
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::setModel(const Model &model)
{
    ++m_generation; // a running comparison of the previous model is not shown
    m_model = std::make_shared<const Model>(model);
    m_run.reset();
    m_profiles.clear();
    m_figures.clear();
    m_changes.clear();
    m_table->setComparison(nullptr);
    m_busy->setVisible(false);
    m_status->clear();
    m_names.clear();
    for (const Node &n : model.nodes)
        m_names.insert(n.id, n.name);
    for (const Scenario &s : model.scenarios)
        m_names.insert(s.id, s.name);
    for (const Option &o : model.options) {
        for (const Node &n : o.addNodes)
            m_names.insert(n.id, n.name);
    }
    const QStringList ticked = checkedOptions(); // kept for the options the new model still has
    fillOptions();
    setCheckedOptions(ticked);
    if (model.options.empty())
        showMessage(tr("This model has no procurement options to compare.\nOptions are change sets stored in the model "
                       "(“options” in the model file): nodes and edges an option removes or adds."));
    else
        showMessage(tr("Tick one or more options on the left and press Compare to set them beside the baseline."));
}

void ComparisonView::setComparisonOptions(const ComparisonOptions &options)
{
    m_comparisonOptions = options;
    m_optionsSet = true;
}

void ComparisonView::fillOptions()
{
    const QSignalBlocker blocker(m_optionList);
    m_optionList->clear();
    if (!m_model)
        return;
    for (const Option &o : m_model->options) {
        auto *item = new QTreeWidgetItem(m_optionList);
        item->setText(0, ComparisonTableModel::wrapped(o.name.isEmpty() ? o.id : o.name, 40));
        item->setData(0, Qt::UserRole, o.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(0, Qt::Unchecked);
    }
    updateOptionChanges();
    m_compare->setEnabled(false);
}

void ComparisonView::updateOptionChanges()
{
    if (!m_model)
        return;
    const QSignalBlocker blocker(m_optionList);
    const QBrush muted = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < m_optionList->topLevelItemCount() && std::size_t(i) < m_model->options.size(); ++i) {
        QTreeWidgetItem *item = m_optionList->topLevelItem(i);
        const Option &o = m_model->options[std::size_t(i)];
        QStringList lines = m_changes.value(o.id);
        if (lines.isEmpty()) {
            // Until a comparison has described it in full sentences: what it touches.
            if (!o.removeNodes.isEmpty())
                lines << tr("removes %1").arg(o.removeNodes.join(QStringLiteral(", ")));
            QStringList added;
            for (const Node &n : o.addNodes)
                added << n.id;
            if (!added.isEmpty())
                lines << tr("adds %1").arg(added.join(QStringLiteral(", ")));
            if (!o.removeEdges.empty())
                lines << tr("removes %n edge(s)", nullptr, int(o.removeEdges.size()));
            if (!o.addEdges.empty())
                lines << tr("adds %n edge(s)", nullptr, int(o.addEdges.size()));
            if (lines.isEmpty())
                lines << tr("changes nothing");
        }
        qDeleteAll(item->takeChildren());
        for (const QString &line : lines) {
            auto *child = new QTreeWidgetItem(item, {ComparisonTableModel::wrapped(line, 38)});
            child->setFlags(Qt::ItemIsEnabled);
            child->setForeground(0, muted);
            child->setToolTip(0, line);
        }
        // Short change lists open; long ones (a whole office suite) on request.
        item->setExpanded(lines.size() <= 4);
        item->setToolTip(0, tr("%1 (%2)").arg(o.name, o.id) + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
    }
}

QStringList ComparisonView::optionIds() const
{
    QStringList out;
    if (m_model) {
        for (const Option &o : m_model->options)
            out << o.id;
    }
    return out;
}

void ComparisonView::setCheckedOptions(const QStringList &ids)
{
    for (int i = 0; i < m_optionList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_optionList->topLevelItem(i);
        item->setCheckState(0, ids.contains(item->data(0, Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList ComparisonView::checkedOptions() const
{
    QStringList out;
    for (int i = 0; i < m_optionList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_optionList->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            out << item->data(0, Qt::UserRole).toString();
    }
    return out;
}

void ComparisonView::compare()
{
    if (!m_model)
        return;
    const QStringList ids = checkedOptions();
    if (ids.isEmpty()) {
        m_status->setText(tr("Tick at least one option to compare."));
        return;
    }
    ComparisonOptions options = m_comparisonOptions;
    if (!m_optionsSet) {
        options = ComparisonOptions{};
        options.methodology = MethodologySettings::fromModel(*m_model);
    }
    options.scenario.methodology = options.methodology;
    const int generation = ++m_generation;
    m_busy->setVisible(true);
    m_status->setText(tr("Comparing %n option(s) with the baseline…", nullptr, int(ids.size())));
    const std::shared_ptr<const Model> model = m_model;
    m_watcher->setProperty("generation", generation);
    // The worker has its own copy of the model and settings; an older run still going on is
    // superseded: its result is dropped (the watcher follows the newest only).
    m_watcher->setFuture(QtConcurrent::run([model, ids, options] {
        auto run = std::make_shared<Run>();
        run->comparison = compareOptions(*model, ids, options);
        run->profiles = comparisonProfiles(*model, run->comparison, options.methodology);
        return std::shared_ptr<const Run>(std::move(run));
    }));
}

bool ComparisonView::isComparing() const
{
    return m_watcher->isRunning() && m_watcher->property("generation").toInt() == m_generation;
}

void ComparisonView::waitForComparison()
{
    if (m_watcher->future().isValid() && m_watcher->property("generation").toInt() == m_generation) {
        // Also when it finished already but its signal is still queued.
        m_watcher->waitForFinished();
        comparisonDone();
    }
}

void ComparisonView::comparisonDone()
{
    if (!m_watcher->isFinished() || m_watcher->property("generation").toInt() != m_generation)
        return;
    const std::shared_ptr<const Run> run = m_watcher->result();
    if (run == m_run)
        return; // shown already (waitForComparison() and the signal)
    m_run = run;
    m_busy->setVisible(false);
    const Comparison &c = m_run->comparison;
    if (!c.ok()) {
        m_profiles.clear();
        m_figures.clear();
        m_table->setComparison(nullptr);
        m_status->setText(tr("The comparison failed."));
        QString text = tr("The options could not be compared:");
        for (const QString &e : c.errors)
            text += QStringLiteral("\n• ") + e;
        text += u'\n' + tr("Correct the option in the model (an option must give a valid model), then compare again.");
        showMessage(text);
        Q_EMIT comparisonFinished();
        return;
    }
    for (const ComparisonColumn &column : c.columns) {
        if (!column.optionId.isEmpty())
            m_changes.insert(column.optionId, column.changes);
    }
    updateOptionChanges();
    m_profiles = m_run->profiles;
    m_figures = comparisonFigures(c, m_model.get());
    m_status->setText(tr("Compared %n option(s) with the baseline.", nullptr, int(c.columns.size()) - 1));
    showResults();
    Q_EMIT comparisonFinished();
}

const Comparison *ComparisonView::comparison() const
{
    return m_run ? &m_run->comparison : nullptr;
}

QString ComparisonView::message() const
{
    return m_tabs->isHidden() ? m_message->text() : QString();
}

void ComparisonView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(true);
    m_tabs->setVisible(false);
}

void ComparisonView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ComparisonView::setOnlyDifferences(bool only)
{
    m_onlyDifferences->setChecked(only);
}

ChartPanel *ComparisonView::figurePanel(ComparisonFigureFamily family) const
{
    return m_figureCharts[std::size_t(family)];
}

QString ComparisonView::nodeName(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id);
}

QStringList ComparisonView::scenarioNodes(const QString &scenarioId) const
{
    QStringList out;
    if (!m_model)
        return out;
    for (const Scenario &s : m_model->scenarios) {
        if (s.id != scenarioId)
            continue;
        for (const Event &e : s.events) {
            for (const QString &id : {e.node, e.parent}) {
                if (!id.isEmpty() && !out.contains(id))
                    out << id;
            }
        }
    }
    return out;
}

void ComparisonView::showResults()
{
    m_message->setVisible(false);
    m_tabs->setVisible(true);
    m_table->setComparison(&m_run->comparison, m_names);
    showFigureCharts();
    showProfileCharts();
    showDifferences();
}

void ComparisonView::tableClicked(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString subject = m_table->subjectAt(index.row());
    if (subject.isEmpty())
        return;
    const auto section = ComparisonSection(index.data(ComparisonTableModel::SectionRole).toInt());
    const QStringList ids = section == ComparisonSection::Scenarios ? scenarioNodes(subject) : QStringList{subject};
    if (!ids.isEmpty())
        Q_EMIT nodesActivated(ids);
}

void ComparisonView::showFigureCharts()
{
    const Comparison &c = m_run->comparison;
    for (int f = 0; f < ComparisonFigureFamilyCount; ++f) {
        const auto family = ComparisonFigureFamily(f);
        ChartPanel *panel = m_figureCharts[std::size_t(f)];
        std::vector<const ComparisonFigure *> figures;
        for (const ComparisonFigure &figure : m_figures) {
            if (figure.family == family)
                figures.push_back(&figure);
        }
        if (figures.empty()) {
            panel->showEmpty(family == ComparisonFigureFamily::ScenarioCost ? tr("The model has no stored scenarios.")
                                                                          : tr("Nothing to compare."));
            continue;
        }
        const FigureUnit unit = figures.front()->unit;
        // Money in thousands: the axis stays legible.
        const double scale = unit == FigureUnit::Euro ? 1000.0 : 1.0;
        auto *chart = new QChart;
        // One figure (cost, score): a bar per column, named on the axis with its value. More:
        // a group of bars per figure, a colour per column as in the legend.
        const bool single = figures.size() == 1;
        QAbstractBarSeries *series = single ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries) : new QHorizontalBarSeries;
        const std::size_t columns = c.columns.size();
        // Horizontal bars are drawn bottom-up: the first figure (or the baseline) goes on top.
        QStringList categories;
        if (single) {
            const ComparisonFigure &figure = *figures.front();
            for (std::size_t k = columns; k-- > 0;) {
                const ComparisonFigureCell &cell = figure.cells[k];
                // "A<br>€ 1,217,000 ✓": the axis labels are rich text.
                QString label = (k == 0 ? tr("Baseline") : QString(QChar(u'A' + int(k) - 1))) + QStringLiteral("<br>")
                                + (cell.value ? ComparisonTableModel::formatValue(unit, *cell.value) : tr("n/a")).toHtmlEscaped();
                if (cell.mark == ComparisonMark::Better || cell.mark == ComparisonMark::Worse)
                    label += cell.mark == ComparisonMark::Better ? QStringLiteral(" ✓") : QStringLiteral(" ✗");
                categories << label;
            }
        } else {
            for (auto it = figures.rbegin(); it != figures.rend(); ++it)
                categories << (*it)->label;
        }
        double low = 0, high = 0;
        QStringList notApplicable;
        std::vector<std::pair<QBarSet *, std::vector<QStringList>>> ids;
        // Within a group, too, bars go bottom-up: the last column first puts the baseline on
        // top; the legend is reversed back, so that it reads baseline first.
        for (std::size_t k = columns; k-- > 0;) {
            const std::size_t col = k;
            auto *set = new QBarSet(ComparisonTableModel::columnTitle(c, col, 24));
            std::vector<QStringList> setIds;
            for (std::size_t i = 0; i < std::size_t(categories.size()); ++i) {
                // single: category i is column columns-1-i; else figure size-1-i.
                const ComparisonFigure &figure = single ? *figures.front() : *figures[figures.size() - 1 - i];
                if (single && columns - 1 - i != col) {
                    set->append(0);
                    setIds.emplace_back();
                    continue;
                }
                const ComparisonFigureCell &cell = figure.cells[col];
                const double v = cell.value.value_or(0) / scale;
                if (!cell.value)
                    notApplicable << tr("%1 for %2").arg(figure.label, ComparisonTableModel::columnTitle(c, col, 12));
                low = std::min(low, v);
                high = std::max(high, v);
                set->append(v);
                setIds.push_back(cell.nodeIds);
            }
            const QColor colour = ChartPanel::categoryColor(int(col));
            set->setColor(colour);
            set->setBorderColor(colour.darker(130));
            series->append(set);
            ids.emplace_back(set, std::move(setIds));
        }
        series->setBarWidth(single ? 0.6 : 0.8);
        chart->addSeries(series);
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(categories);
        auto *valueAxis = new QValueAxis;
        setNiceRange(valueAxis, low, high);
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        QString axisTitle;
        switch (unit) {
        case FigureUnit::Count:
            axisTitle = tr("count");
            break;
        case FigureUnit::Euro:
            axisTitle = family == ComparisonFigureFamily::ScenarioCost ? tr("thousand € over the scenario horizon") : tr("thousand € per year");
            break;
        case FigureUnit::Score:
            axisTitle = tr("score (0–100)");
            break;
        case FigureUnit::Hhi:
            axisTitle = tr("HHI (0–10,000; above 2,000 is high)");
            break;
        case FigureUnit::Share:
            axisTitle = tr("share");
            break;
        }
        valueAxis->setTitleText(axisTitle);
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        chart->addAxis(valueAxis, Qt::AlignBottom);
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
        // Which way is better, in one line under the title.
        QStringList higher, lower;
        for (const ComparisonFigure *figure : figures)
            (figure->higherIsBetter ? higher : lower) << figure->label;
        QString note;
        if (higher.isEmpty())
            note = tr("Lower is better.");
        else if (lower.isEmpty())
            note = tr("Higher is better.");
        else
            note = tr("%1: higher is better; the rest: lower.").arg(higher.join(QStringLiteral(", ")));
        if (family == ComparisonFigureFamily::Cost)
            note = tr("Applications in use. ") + note;
        else if (family == ComparisonFigureFamily::Sovereignty)
            note = tr("Applications in use. ") + note;
        if (!notApplicable.isEmpty())
            note += u' ' + tr("No bar where not applicable: %1.").arg(notApplicable.join(QStringLiteral("; ")));
        chart->setTitle(comparisonFigureFamilyTitle(family).toHtmlEscaped()
                        + QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">") + note.toHtmlEscaped()
                        + QStringLiteral("</span>"));
        chart->legend()->setVisible(!single); // single: the axis names the columns
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->legend()->setReverseMarkers(true);
        chart->setAnimationOptions(QChart::NoAnimation);
        panel->setChart(chart);
        for (auto &[set, setIds] : ids)
            panel->setBarIds(set, setIds);
        panel->connectBarClicks(series);
        // The exact figure on hover (after ChartPanel's own hint, which this replaces).
        const std::vector<const ComparisonFigure *> shown(figures.rbegin(), figures.rend());
        connect(series, &QAbstractBarSeries::hovered, panel,
                [panel, shown, single, sets = series->barSets(), comparison = c](bool over, int index, QBarSet *set) {
            const auto col = std::size_t(sets.size() - 1 - sets.indexOf(set)); // added last column first
            if (!over || index < 0 || (!single && std::size_t(index) >= shown.size())
                || (single && std::size_t(index) != comparison.columns.size() - 1 - col)) {
                panel->chartView()->setToolTip(QString());
                return;
            }
            const ComparisonFigure &figure = *shown[single ? 0 : std::size_t(index)];
            if (col >= figure.cells.size())
                return;
            const ComparisonFigureCell &cell = figure.cells[col];
            QString text = tr("%1 — %2: ").arg(ComparisonTableModel::columnTitle(comparison, col), figure.label);
            text += cell.value ? ComparisonTableModel::formatValue(figure.unit, *cell.value) : tr("n/a");
            if (col > 0 && cell.delta && (cell.mark == ComparisonMark::Better || cell.mark == ComparisonMark::Worse))
                text += tr(" (%1, %2)").arg(ComparisonTableModel::formatDelta(figure.unit, *cell.delta),
                                            cell.mark == ComparisonMark::Better ? tr("better ✓") : tr("worse ✗"));
            if (!cell.nodeIds.isEmpty())
                text += u'\n' + tr("Click to select %n node(s)", nullptr, int(cell.nodeIds.size()));
            panel->chartView()->setToolTip(text);
        });
    }
}

void ComparisonView::showProfileCharts()
{
    const Comparison &c = m_run->comparison;
    if (m_profiles.empty() || m_profiles.size() != c.columns.size()) {
        m_profileChart->showEmpty(tr("No sovereignty profile to show."));
        m_unknownChart->showEmpty(QString());
        return;
    }
    QStringList categories;
    for (int i = 0; i < SovereigntyObjectiveCount; ++i) // "SOV-4<br>Operational": room for the name
        categories << objectiveKey(i) + QStringLiteral("<br>") + objectiveLabel(i).section(u' ', 1).toHtmlEscaped();
    const auto build = [&](bool unknown) {
        auto *chart = new QChart;
        auto *series = new QBarSeries;
        std::vector<std::pair<QBarSet *, std::vector<QStringList>>> ids;
        QStringList none;
        for (std::size_t col = 0; col < c.columns.size(); ++col) {
            auto *set = new QBarSet(ComparisonTableModel::columnTitle(c, col, 24));
            std::vector<QStringList> setIds;
            for (int i = 0; i < SovereigntyObjectiveCount; ++i) {
                const LandscapeObjective &o = m_profiles[col].objectives[std::size_t(i)];
                if (unknown) {
                    set->append(100.0 * o.unknownShare);
                    setIds.push_back(o.unknownIds);
                } else {
                    set->append(o.meanLevel.value_or(0));
                    setIds.push_back(o.knownIds);
                    if (!o.meanLevel && col == 0)
                        none << objectiveKey(i);
                }
            }
            const QColor colour = ChartPanel::categoryColor(int(col));
            if (unknown) {
                // Hatched in the column's colour: unknown, not a level.
                set->setBrush(QBrush(colour, Qt::BDiagPattern));
                set->setPen(QPen(colour, 1.5));
            } else {
                set->setColor(colour);
                set->setBorderColor(colour.darker(130));
            }
            series->append(set);
            ids.emplace_back(set, std::move(setIds));
        }
        series->setBarWidth(0.8);
        chart->addSeries(series);
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(categories);
        auto *valueAxis = new QValueAxis;
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        if (unknown) {
            valueAxis->setRange(0, 100);
            valueAxis->setTickCount(6);
            valueAxis->setTitleText(tr("% of the criticality weight"));
        } else {
            valueAxis->setRange(0, 4);
            valueAxis->setTickCount(5);
            valueAxis->setTitleText(tr("mean SEAL level (0–4)"));
        }
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, Qt::AlignLeft);
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
        QString title, note;
        if (unknown) {
            title = tr("Sovereignty profile: weight whose SEAL level is unknown");
            note = tr("Hatched: unknown. Applications weighed by criticality; assess them (seal.SOV-n) to fill the gaps.");
        } else {
            title = tr("Sovereignty profile of the landscape: mean SEAL level per objective");
            note = tr("Higher is better. Criticality-weighted over the applications in use whose level is known.");
            if (!none.isEmpty())
                note += u' ' + tr("No bar: unknown for every application (%1).").arg(none.join(QStringLiteral(", ")));
        }
        chart->setTitle(title.toHtmlEscaped() + QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">")
                        + note.toHtmlEscaped() + QStringLiteral("</span>"));
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setAnimationOptions(QChart::NoAnimation);
        ChartPanel *panel = unknown ? m_unknownChart : m_profileChart;
        panel->setChart(chart);
        for (auto &[set, setIds] : ids)
            panel->setBarIds(set, setIds);
        panel->connectBarClicks(series);
        const std::vector<LandscapeProfile> profiles = m_profiles;
        connect(series, &QAbstractBarSeries::hovered, panel,
                [panel, unknown, profiles, sets = series->barSets(), comparison = c](bool over, int index, QBarSet *set) {
                    const auto col = std::size_t(sets.indexOf(set));
                    if (!over || index < 0 || index >= SovereigntyObjectiveCount || col >= profiles.size()) {
                        panel->chartView()->setToolTip(QString());
                        return;
                    }
                    const LandscapeObjective &o = profiles[col].objectives[std::size_t(index)];
                    const QString who = ComparisonTableModel::columnTitle(comparison, col);
                    const QLocale locale;
                    QString text = tr("%1 — %2").arg(who, objectiveLabel(index)) + u'\n';
                    text += o.meanLevel ? tr("Mean SEAL level of the known part: %1").arg(locale.toString(*o.meanLevel, 'f', 2))
                                        : tr("Mean SEAL level: unknown (no application's level is known)");
                    text += u'\n' + tr("Unknown: %1 % of the weight (%n application(s))", nullptr, int(o.unknownIds.size()))
                                        .arg(locale.toString(100.0 * o.unknownShare, 'f', 0));
                    const int count = int(unknown ? o.unknownIds.size() : o.knownIds.size());
                    if (count > 0)
                        text += u'\n' + tr("Click to select the %n application(s)", nullptr, count);
                    panel->chartView()->setToolTip(text);
                });
    };
    build(false);
    build(true);
}

void ComparisonView::showDifferences()
{
    m_differences->clear();
    const Comparison &c = m_run->comparison;
    const std::vector<CapabilityDifference> differences = capabilityDifferences(c);
    const QPalette pal = palette();
    const QColor better = blend(pal.color(QPalette::Base), QColor(0x2e, 0x9d, 0x3a), 0.28);
    const QColor worse = blend(pal.color(QPalette::Base), QColor(0xd3, 0x2f, 0x2f), 0.28);
    const auto valueText = [](const CapabilityDifference &d, const std::optional<double> &v) {
        return v ? ComparisonTableModel::formatValue(d.unit, *v) : tr("n/a");
    };
    for (std::size_t col = 1; col < c.columns.size(); ++col) {
        auto *top = new QTreeWidgetItem(m_differences);
        int nBetter = 0, nWorse = 0;
        QTreeWidgetItem *capability = nullptr;
        QString current;
        int capabilities = 0;
        for (const CapabilityDifference &d : differences) {
            if (d.column != col)
                continue;
            if (d.capability != current) {
                current = d.capability;
                capability = new QTreeWidgetItem(top, {nodeName(d.capability)});
                capability->setData(0, Qt::UserRole, d.capability);
                capability->setToolTip(0, tr("Click to select %1").arg(nodeName(d.capability)));
                QFont bold = capability->font(0);
                bold.setBold(true);
                capability->setFont(0, bold);
                ++capabilities;
            }
            auto *item = new QTreeWidgetItem(capability);
            item->setText(0, d.label.isEmpty() ? d.figure : d.label.front().toUpper() + d.label.mid(1));
            item->setData(0, Qt::UserRole, d.capability);
            item->setText(1, valueText(d, d.baseline));
            item->setText(2, valueText(d, d.value));
            QString change;
            if (d.mark == ComparisonMark::Better || d.mark == ComparisonMark::Worse) {
                change = (*d.delta > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + ComparisonTableModel::formatDelta(d.unit, *d.delta)
                         + (d.mark == ComparisonMark::Better ? tr(" ✓ better") : tr(" ✗ worse"));
                item->setBackground(3, d.mark == ComparisonMark::Better ? better : worse);
                (d.mark == ComparisonMark::Better ? nBetter : nWorse) += 1;
            } else {
                change = d.baseline ? tr("not in this option") : tr("new in this option");
            }
            item->setText(3, change);
            for (int k = 1; k < 4; ++k)
                item->setTextAlignment(k, Qt::AlignRight | Qt::AlignVCenter);
        }
        const ComparisonColumn &column = c.columns[col];
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setText(0, tr("%1 — %n figure(s) better", nullptr, nBetter).arg(ComparisonTableModel::columnTitle(c, col)) + tr(", %n worse", nullptr, nWorse)
                            + tr(", in %n capability(ies)", nullptr, capabilities));
        top->setToolTip(0, column.changes.join(u'\n'));
        top->setFirstColumnSpanned(true);
        if (capabilities == 0)
            new QTreeWidgetItem(top, {tr("No capability figure changes.")});
    }
    m_differences->expandAll();
    for (int k = 1; k < 4; ++k)
        m_differences->resizeColumnToContents(k);
}

} // namespace antrum

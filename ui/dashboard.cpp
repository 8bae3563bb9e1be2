// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "chartpanel.h"

#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPolarChart>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace antrum {

namespace {

QColor toneColor(KeyFigure::Tone tone)
{
    switch (tone) {
    case KeyFigure::Tone::Good: return QColor(0x2e, 0x7d, 0x32);
    case KeyFigure::Tone::Warning: return QColor(0xe6, 0x9b, 0x00);
    case KeyFigure::Tone::Bad: return QColor(0xc6, 0x28, 0x28);
    case KeyFigure::Tone::Neutral: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

/// SEAL level 0..4 from red to green (ColorBrewer RdYlGn), the text on it readable.
QColor levelColor(int level)
{
    static const QColor colours[] = {QColor(0xd7, 0x30, 0x27), QColor(0xfc, 0x8d, 0x59), QColor(0xfe, 0xe0, 0x8b),
                                     QColor(0x91, 0xcf, 0x60), QColor(0x1a, 0x98, 0x50)};
    return colours[std::clamp(level, 0, 4)];
}

QString levelText(const std::optional<int> &level) { return level ? QString::number(*level) : QStringLiteral("?"); }

const char *const FigureIndexProperty = "figureIndex";
constexpr std::size_t MaxProfileRows = 300;

} // namespace

Dashboard::Dashboard(QWidget *parent)
    : QWidget(parent)
{
    createFigures();
    createCharts();

    auto *listPanel = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *listHeader = new QHBoxLayout;
    m_listTitle = new QLabel(listPanel);
    m_listTitle->setWordWrap(true);
    QFont bold = m_listTitle->font();
    bold.setBold(true);
    m_listTitle->setFont(bold);
    auto *close = new QToolButton(listPanel);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close the list"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, listPanel, &QWidget::hide);
    listHeader->addWidget(m_listTitle, 1);
    listHeader->addWidget(close);
    m_list = new QListWidget(listPanel);
    m_list->setObjectName(QStringLiteral("figureList"));
    m_list->setAccessibleName(tr("Nodes behind the key figure"));
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT nodesActivated({item->data(Qt::UserRole).toString()}); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT nodesActivated({item->data(Qt::UserRole).toString()}); });
    auto *selectAll = new QPushButton(tr("Select &all in the browser"), listPanel);
    connect(selectAll, &QPushButton::clicked, this, [this] {
        if (!listedIds().isEmpty())
            Q_EMIT nodesActivated(listedIds());
    });
    listLayout->addLayout(listHeader);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(selectAll);
    listPanel->hide();
    listPanel->setObjectName(QStringLiteral("listPanel"));

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (QPushButton *tile : std::as_const(m_tiles))
        tiles->addWidget(tile, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_charts);
    splitter->addWidget(listPanel);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1200, 360}); // the list reads names in full

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(splitter, 1);
    clear(tr("Open a model to see its analyses."));
}

Dashboard::~Dashboard()
{
    if (m_stop)
        m_stop->store(true);
    if (m_watcher)
        m_watcher->waitForFinished();
}

void Dashboard::createFigures()
{
    for (int i = 0; i < 5; ++i) {
        auto *tile = new QPushButton(this);
        tile->setProperty(FigureIndexProperty, i);
        tile->setObjectName(QStringLiteral("figure%1").arg(i));
        tile->setMinimumHeight(110);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *label = new QLabel(tile);
        auto *value = new QLabel(tile);
        auto *detail = new QLabel(tile);
        label->setObjectName(QStringLiteral("label"));
        value->setObjectName(QStringLiteral("value"));
        detail->setObjectName(QStringLiteral("detail"));
        for (QLabel *l : {label, value, detail}) {
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
            l->setWordWrap(true);
        }
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 2.0);
        big.setBold(true);
        value->setFont(big);
        QFont small = detail->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        detail->setFont(small);
        auto *layout = new QVBoxLayout(tile);
        layout->setContentsMargins(14, 8, 8, 8);
        layout->setSpacing(2);
        layout->addWidget(label);
        layout->addWidget(value);
        layout->addWidget(detail, 1, Qt::AlignTop);
        connect(tile, &QPushButton::clicked, this, [this, i] { showFigureList(i); });
        m_tiles << tile;
    }
}

void Dashboard::createCharts()
{
    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("charts"));

    m_exposure = new ChartPanel(this);
    m_exposure->setExportName(QStringLiteral("exposure"));
    m_charts->addTab(m_exposure, tr("&Exposure"));

    auto *concentration = new QWidget(this);
    m_concentration = new ChartPanel(concentration);
    m_concentration->setExportName(QStringLiteral("concentration"));
    m_dimension = new QComboBox(concentration);
    m_dimension->addItem(tr("Ultimate parent"), QStringLiteral("ultimate_parent"));
    m_dimension->addItem(tr("Jurisdiction of the parent"), QStringLiteral("jurisdiction"));
    m_dimension->addItem(tr("Host operator"), QStringLiteral("host_operator"));
    m_weighting = new QComboBox(concentration);
    m_weighting->addItem(tr("Criticality"), QStringLiteral("criticality"));
    m_weighting->addItem(tr("Annual cost"), QStringLiteral("annual_cost"));
    auto *controls = new QHBoxLayout;
    auto *byLabel = new QLabel(tr("&By:"), concentration);
    byLabel->setBuddy(m_dimension);
    auto *weighLabel = new QLabel(tr("&Weighted by:"), concentration);
    weighLabel->setBuddy(m_weighting);
    controls->addWidget(byLabel);
    controls->addWidget(m_dimension);
    controls->addWidget(weighLabel);
    controls->addWidget(m_weighting);
    controls->addStretch();
    auto *concentrationLayout = new QVBoxLayout(concentration);
    concentrationLayout->addLayout(controls);
    concentrationLayout->addWidget(m_concentration, 1);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &Dashboard::showConcentration);
    connect(m_weighting, &QComboBox::currentIndexChanged, this, &Dashboard::showConcentration);
    m_charts->addTab(concentration, tr("&Concentration"));

    m_lockIn = new ChartPanel(this);
    m_lockIn->setExportName(QStringLiteral("lock-in"));
    m_charts->addTab(m_lockIn, tr("&Lock-in"));

    m_spofs = new ChartPanel(this);
    m_spofs->setExportName(QStringLiteral("single-points-of-failure"));
    m_charts->addTab(m_spofs, tr("Single &points of failure"));

    auto *sovereignty = new QWidget(this);
    m_subjects = new QComboBox(sovereignty);
    m_subjects->addItem(tr("Applications"), int(ProfileSubjects::Applications));
    m_subjects->addItem(tr("Supplier groups"), int(ProfileSubjects::SupplierGroups));
    auto *subjectLabel = new QLabel(tr("&Profiles of:"), sovereignty);
    subjectLabel->setBuddy(m_subjects);
    m_profileTable = new QTableWidget(sovereignty);
    m_profileTable->setObjectName(QStringLiteral("profileTable"));
    m_profileTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profileTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_profileTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Rows are ticked to be drawn: a selection colour would hide the levels' colours.
    m_profileTable->setStyleSheet(QStringLiteral("QTableWidget::item:selected { background: transparent; "
                                                 "color: palette(text); border: 2px solid palette(highlight); }"));
    m_profileTable->verticalHeader()->hide();
    m_radar = new ChartPanel(sovereignty);
    m_radar->setExportName(QStringLiteral("sovereignty-profile"));
    m_profileNote = new QLabel(sovereignty);
    m_profileNote->setVisible(false);
    auto *hint = new QLabel(tr("Tick rows to compare their profiles. SEAL 0 (no sovereignty) to 4 (full); "
                               "? = not known."), sovereignty);
    hint->setWordWrap(true);
    auto *left = new QWidget(sovereignty);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *subjectRow = new QHBoxLayout;
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subjects, 1);
    leftLayout->addLayout(subjectRow);
    leftLayout->addWidget(m_profileTable, 1);
    leftLayout->addWidget(m_profileNote);
    leftLayout->addWidget(hint);
    auto *split = new QSplitter(Qt::Horizontal, sovereignty);
    split->addWidget(left);
    split->addWidget(m_radar);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({620, 600});
    m_radar->setMinimumWidth(420);
    auto *sovereigntyLayout = new QVBoxLayout(sovereignty);
    sovereigntyLayout->addWidget(split);
    connect(m_subjects, &QComboBox::currentIndexChanged, this, &Dashboard::showSovereigntyTable);
    connect(m_profileTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0)
            showRadar();
    });
    connect(m_profileTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && std::size_t(row) < m_profiles.size())
            Q_EMIT nodesActivated({m_profiles[std::size_t(row)].id});
    });
    m_charts->addTab(sovereignty, tr("&Sovereignty"));

    auto *monteCarlo = new QWidget(this);
    m_trials = new QSpinBox(monteCarlo);
    m_trials->setRange(100, 10'000'000);
    m_trials->setSingleStep(10'000);
    m_trials->setValue(20'000);
    m_trials->setGroupSeparatorShown(true);
    m_trials->setMinimumWidth(120);
    auto *trialsLabel = new QLabel(tr("&Trials:"), monteCarlo);
    trialsLabel->setBuddy(m_trials);
    m_run = new QPushButton(tr("&Run simulation"), monteCarlo);
    m_cancel = new QPushButton(tr("Cancel"), monteCarlo);
    m_cancel->setVisible(false);
    m_progress = new QProgressBar(monteCarlo);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_monteCarloInfo = new QLabel(monteCarlo);
    m_monteCarloInfo->setWordWrap(true);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(trialsLabel);
    runRow->addWidget(m_trials);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addStretch();
    m_probability = new ChartPanel(monteCarlo);
    m_probability->setExportName(QStringLiteral("failure-probability"));
    m_importance = new ChartPanel(monteCarlo);
    m_importance->setExportName(QStringLiteral("importance"));
    auto *mcSplit = new QSplitter(Qt::Horizontal, monteCarlo);
    mcSplit->addWidget(m_probability);
    mcSplit->addWidget(m_importance);
    auto *mcLayout = new QVBoxLayout(monteCarlo);
    mcLayout->addLayout(runRow);
    mcLayout->addWidget(m_monteCarloInfo);
    mcLayout->addWidget(mcSplit, 1);
    connect(m_run, &QPushButton::clicked, this, &Dashboard::runMonteCarlo);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_stop)
            m_stop->store(true);
    });
    m_watcher = new QFutureWatcher<std::shared_ptr<const MonteCarloResult>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &Dashboard::monteCarloFinished);
    m_charts->addTab(monteCarlo, tr("&Monte Carlo"));

    for (ChartPanel *panel : {m_exposure, m_concentration, m_lockIn, m_spofs, m_radar, m_probability, m_importance})
        connect(panel, &ChartPanel::nodesActivated, this, &Dashboard::nodesActivated);
}

void Dashboard::setResults(std::shared_ptr<const Model> model, std::shared_ptr<const DependencyAnalysis> analysis,
                           std::shared_ptr<const MethodologyResult> methodology)
{
    if (m_stop)
        m_stop->store(true); // a Monte Carlo run of the previous model is of no use now
    m_model = std::move(model);
    m_analysis = std::move(analysis);
    m_methodology = std::move(methodology);
    m_monteCarlo.reset();
    m_figures = dashboardFigures(*m_model, *m_analysis, *m_methodology);
    showFigures();

    ChartPanel::BarOptions counts;
    m_exposure->showBars(jurisdictionExposureChart(*m_model, *m_analysis), counts,
                         tr("No jurisdiction reaches a capability: the model has no jurisdictions, or nothing depends on them."));
    showConcentration();
    ChartPanel::BarOptions score;
    score.maximum = 100;
    m_lockIn->showBars(lockInChart(*m_model, *m_methodology), score,
                       tr("No capability needs an application, so there is no lock-in to show."));
    m_spofs->showBars(spofRankingChart(*m_model, *m_analysis), counts,
                      tr("No node can stop a capability on its own: there is no single point of failure."));
    showSovereigntyTable();
    m_run->setEnabled(true);
    m_monteCarloInfo->setText(tr("Each trial lets every node fail with its failure probability and propagates; "
                                 "the result is the share of trials in which each capability failed."));
    m_probability->showEmpty(tr("Run the simulation to see how likely each capability is to fail."));
    m_importance->showEmpty(tr("Run the simulation to see which nodes the failure probabilities rest on."));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
}

void Dashboard::clear(const QString &why)
{
    if (m_stop)
        m_stop->store(true);
    m_model.reset();
    m_analysis.reset();
    m_methodology.reset();
    m_monteCarlo.reset();
    m_figures.clear();
    m_profiles.clear();
    showFigures();
    for (ChartPanel *panel : {m_exposure, m_concentration, m_lockIn, m_spofs, m_radar, m_probability, m_importance})
        panel->showEmpty(why);
    m_profileTable->clear();
    m_profileTable->setRowCount(0);
    m_profileTable->setColumnCount(0);
    m_run->setEnabled(false);
    m_list->clear();
    m_list->parentWidget()->hide();
}

void Dashboard::showFigures()
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        QPushButton *tile = m_tiles[i];
        auto *label = tile->findChild<QLabel *>(QStringLiteral("label"));
        auto *value = tile->findChild<QLabel *>(QStringLiteral("value"));
        auto *detail = tile->findChild<QLabel *>(QStringLiteral("detail"));
        if (std::size_t(i) >= m_figures.size()) {
            label->clear();
            value->setText(QStringLiteral("–"));
            detail->clear();
            tile->setEnabled(false);
            tile->setStyleSheet(QString());
            continue;
        }
        const KeyFigure &f = m_figures[std::size_t(i)];
        label->setText(f.label);
        value->setText(f.value);
        detail->setText(f.detail);
        tile->setEnabled(true);
        tile->setToolTip(f.ids.isEmpty() ? f.detail : tr("%1 — click to list them").arg(f.listTitle));
        tile->setAccessibleName(f.label + QStringLiteral(": ") + f.value);
        tile->setAccessibleDescription(f.detail);
        // The tone as a coloured edge, so that the tile keeps the platform's look and reads
        // in light and dark palettes alike.
        tile->setStyleSheet(QStringLiteral("QPushButton { text-align: left; border: 1px solid palette(mid); "
                                           "border-left: 7px solid %1; border-radius: 4px; background: palette(base); } "
                                           "QPushButton:hover { background: palette(alternate-base); } "
                                           "QPushButton:focus { border-color: palette(highlight); border-left-color: %1; }")
                                .arg(toneColor(f.tone).name()));
        const QColor tone = ChartPanel::isDark(palette()) ? toneColor(f.tone).lighter(150) : toneColor(f.tone);
        value->setStyleSheet(QStringLiteral("color: %1;").arg(tone.name()));
    }
}

void Dashboard::showFigureList(int index)
{
    if (index < 0 || std::size_t(index) >= m_figures.size() || !m_model)
        return;
    const KeyFigure &f = m_figures[std::size_t(index)];
    m_listTitle->setText(f.ids.isEmpty() ? tr("%1: none").arg(f.listTitle)
                                         : tr("%1 (%2)").arg(f.listTitle).arg(f.ids.size()));
    m_list->clear();
    for (const QString &id : f.ids) {
        const Node *node = m_model->findNode(id);
        auto *item = new QListWidgetItem(node && !node->name.isEmpty() ? node->name : id, m_list);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id);
    }
    m_list->parentWidget()->show();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

QStringList Dashboard::listedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void Dashboard::showChart(Chart chart)
{
    m_charts->setCurrentIndex(int(chart));
}

ChartPanel *Dashboard::chartPanel(Chart chart) const
{
    switch (chart) {
    case Chart::Exposure: return m_exposure;
    case Chart::Concentration: return m_concentration;
    case Chart::LockIn: return m_lockIn;
    case Chart::Spofs: return m_spofs;
    case Chart::Sovereignty: return m_radar;
    case Chart::MonteCarlo: return m_probability;
    }
    return nullptr;
}

void Dashboard::showConcentration()
{
    if (!m_model)
        return;
    ChartPanel::BarOptions share;
    share.maximum = 100;
    share.legend = false;
    m_concentration->showBars(concentrationChart(*m_model, *m_methodology, m_dimension->currentData().toString(),
                                                 m_weighting->currentData().toString()),
                              share, tr("No application in use has what this weighting needs (a criticality or an annual cost) "
                                        "and a known %1.").arg(m_dimension->currentText().toLower()));
}

void Dashboard::setProfileSubjects(ProfileSubjects subjects)
{
    m_subjects->setCurrentIndex(m_subjects->findData(int(subjects)));
}

void Dashboard::showSovereigntyTable()
{
    if (!m_model)
        return;
    m_profiles = sovereigntyProfiles(*m_model, *m_methodology, ProfileSubjects(m_subjects->currentData().toInt()));
    // A table of tens of thousands of rows helps nobody and takes seconds to fill: the weakest
    // first, as many as a person reads, and the alternatives (which are what one compares with).
    const std::size_t total = m_profiles.size();
    if (total > MaxProfileRows) {
        std::vector<SovereigntyProfileRow> kept(m_profiles.begin(), m_profiles.begin() + MaxProfileRows);
        std::copy_if(m_profiles.begin() + MaxProfileRows, m_profiles.end(), std::back_inserter(kept),
                     [](const SovereigntyProfileRow &p) { return p.candidate; });
        m_profiles = std::move(kept);
    }
    m_profileNote->setText(total > m_profiles.size()
                               ? tr("Showing the %1 weakest of %2 and every alternative.").arg(MaxProfileRows).arg(total)
                               : QString());
    m_profileNote->setVisible(total > m_profiles.size());
    const QSignalBlocker blocker(m_profileTable);
    m_profileTable->clear();
    m_profileTable->setColumnCount(2 + SovereigntyObjectiveCount);
    QStringList headers{tr("Name"), tr("Score")};
    for (int o = 0; o < SovereigntyObjectiveCount; ++o)
        headers << objectiveKey(o);
    m_profileTable->setHorizontalHeaderLabels(headers);
    for (int o = 0; o < SovereigntyObjectiveCount; ++o)
        m_profileTable->horizontalHeaderItem(2 + o)->setToolTip(objectiveLabel(o));
    m_profileTable->setRowCount(int(m_profiles.size()));
    for (std::size_t r = 0; r < m_profiles.size(); ++r) {
        const SovereigntyProfileRow &p = m_profiles[r];
        auto *name = new QTableWidgetItem(p.candidate ? tr("%1 (alternative)").arg(p.name) : p.name);
        name->setToolTip(tr("%1 (%2)").arg(name->text(), p.id));
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
        m_profileTable->setItem(int(r), 0, name);
        auto *score = new QTableWidgetItem(QLocale().toString(p.score, 'f', 1));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        score->setToolTip(tr("%1 of the weight known").arg(QLocale().toString(100 * p.knownShare, 'f', 0) + QStringLiteral(" %")));
        m_profileTable->setItem(int(r), 1, score);
        for (int o = 0; o < SovereigntyObjectiveCount; ++o) {
            const auto &level = p.levels[std::size_t(o)];
            auto *cell = new QTableWidgetItem(levelText(level));
            cell->setTextAlignment(Qt::AlignCenter);
            if (level) {
                cell->setBackground(levelColor(*level));
                cell->setForeground(*level == 2 || *level == 3 ? QColor(Qt::black) : QColor(Qt::white));
            } else {
                cell->setBackground(QBrush(ChartPanel::unknownColor(), Qt::Dense5Pattern));
            }
            cell->setToolTip(tr("%1: %2").arg(objectiveLabel(o), level ? tr("SEAL-%1").arg(*level) : tr("not known")));
            m_profileTable->setItem(int(r), 2 + o, cell);
        }
    }
    m_profileTable->resizeColumnsToContents();
    // Every level column visible; long names are elided (their full text is the tooltip).
    m_profileTable->setColumnWidth(0, std::min(m_profileTable->columnWidth(0), 230));
    m_profileTable->setWordWrap(false);
    // The weakest and the strongest in use, and the best alternative: the range at a glance.
    QStringList initial;
    const auto inUse = [](const SovereigntyProfileRow &p) { return !p.candidate; };
    if (const auto weakest = std::find_if(m_profiles.begin(), m_profiles.end(), inUse); weakest != m_profiles.end())
        initial << weakest->id;
    if (const auto strongest = std::find_if(m_profiles.rbegin(), m_profiles.rend(), inUse);
        strongest != m_profiles.rend() && !initial.contains(strongest->id))
        initial << strongest->id;
    if (const auto alternative = std::find_if(m_profiles.rbegin(), m_profiles.rend(), [](const auto &p) { return p.candidate; });
        alternative != m_profiles.rend())
        initial << alternative->id;
    setProfileSelection(initial);
}

void Dashboard::setProfileSelection(const QStringList &ids)
{
    {
        const QSignalBlocker blocker(m_profileTable);
        for (std::size_t r = 0; r < m_profiles.size(); ++r)
            m_profileTable->item(int(r), 0)->setCheckState(ids.contains(m_profiles[r].id) ? Qt::Checked : Qt::Unchecked);
    }
    showRadar();
}

QStringList Dashboard::profileSelection() const
{
    QStringList ids;
    for (std::size_t r = 0; r < m_profiles.size(); ++r)
        if (m_profileTable->item(int(r), 0)->checkState() == Qt::Checked)
            ids << m_profiles[r].id;
    return ids;
}

void Dashboard::showRadar()
{
    const QStringList selected = profileSelection();
    if (selected.isEmpty()) {
        m_radar->showEmpty(m_profiles.empty() ? tr("No application has a sovereignty profile.")
                                              : tr("Tick one or more rows to draw their profiles."));
        return;
    }
    auto *chart = new QPolarChart;
    chart->setTitle(tr("Sovereignty profile (SEAL level per objective)"));
    auto *angular = new QCategoryAxis;
    angular->setRange(0, SovereigntyObjectiveCount);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int o = 0; o < SovereigntyObjectiveCount; ++o)
        angular->append(objectiveKey(o), o); // the full names are in the table's headers
    auto *radial = new QValueAxis;
    radial->setRange(0, 4);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    int colour = 0;
    for (const SovereigntyProfileRow &p : m_profiles) {
        if (!selected.contains(p.id))
            continue;
        auto *line = new QLineSeries;
        int unknown = 0;
        for (int o = 0; o <= SovereigntyObjectiveCount; ++o) {
            const auto &level = p.levels[std::size_t(o % SovereigntyObjectiveCount)];
            if (!level && o < SovereigntyObjectiveCount)
                ++unknown;
            line->append(o, level.value_or(0));
        }
        line->setName(unknown ? tr("%1 (%2 unknown, drawn as 0)").arg(p.name).arg(unknown) : p.name);
        QPen pen(ChartPanel::categoryColor(colour++), 2.5);
        if (p.candidate)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
        connect(line, &QLineSeries::clicked, this, [this, id = p.id] { Q_EMIT nodesActivated({id}); });
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    m_radar->setChart(chart);
}

void Dashboard::setMonteCarloTrials(int trials)
{
    m_trials->setValue(trials);
}

void Dashboard::runMonteCarlo()
{
    if (!m_model || !m_analysis || (m_watcher->isRunning()))
        return;
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stop = stop;
    m_run->setEnabled(false);
    m_cancel->setVisible(true);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_monteCarloInfo->setText(tr("Simulating %1 trials…").arg(QLocale().toString(m_trials->value())));
    MonteCarloOptions options;
    options.trials = m_trials->value();
    QPointer<Dashboard> self(this);
    auto shown = std::make_shared<std::atomic<int>>(-1);
    options.progress = [self, stop, shown](double share) {
        const int percent = int(share * 100);
        if (shown->exchange(percent) != percent)
            QMetaObject::invokeMethod(self, [self, percent] {
                if (self)
                    self->m_progress->setValue(percent);
            }, Qt::QueuedConnection);
        return !stop->load();
    };
    m_watcher->setFuture(QtConcurrent::run([model = m_model, analysis = m_analysis, options] {
        return std::shared_ptr<const MonteCarloResult>(
            std::make_shared<MonteCarloResult>(simulateMonteCarlo(*model, *analysis, options)));
    }));
}

void Dashboard::waitForMonteCarlo()
{
    if (m_watcher->isRunning() || (m_watcher->isFinished() && m_watcher->future().isValid() && !m_monteCarlo)) {
        m_watcher->waitForFinished();
        QCoreApplication::sendPostedEvents(m_watcher);
        monteCarloFinished();
    }
}

void Dashboard::monteCarloFinished()
{
    if (!m_watcher->future().isValid() || m_watcher->future().resultCount() == 0)
        return;
    auto result = m_watcher->result();
    m_watcher->setFuture(QFuture<std::shared_ptr<const MonteCarloResult>>());
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_run->setEnabled(bool(m_model));
    if (!m_model || !result || m_stop.get() == nullptr || result->cancelled || m_stop->load()) {
        if (m_model)
            m_monteCarloInfo->setText(tr("The simulation was cancelled."));
        return;
    }
    m_monteCarlo = std::move(result);
    showMonteCarlo();
}

void Dashboard::showMonteCarlo()
{
    const MonteCarloChartData data = monteCarloChart(*m_model, *m_analysis, *m_monteCarlo);
    const QString took = m_monteCarlo->seconds < 1
                             ? tr("%1 ms").arg(QLocale().toString(m_monteCarlo->seconds * 1000, 'f', 0))
                             : tr("%1 s").arg(QLocale().toString(m_monteCarlo->seconds, 'f', 1));
    m_monteCarloInfo->setText(tr("%1 trials in %2. Bars: each capability's estimated failure probability; whiskers: "
                                 "its 95 % interval (Wilson).")
                                  .arg(QLocale().toString(m_monteCarlo->trials), took));
    if (data.capabilities.empty()) {
        m_probability->showEmpty(tr("The model has no capabilities."));
    } else {
        // Horizontal bars (names read in full) with the 95 % interval drawn as a whisker over
        // each: Qt Charts has no error bars, so each whisker is a small line series placed
        // on the category axis (category i sits at i).
        auto *chart = new QChart;
        chart->setTitle(tr("Failure probability per capability (%), with its 95 % interval"));
        auto *bars = new QHorizontalBarSeries;
        auto *estimate = new QBarSet(tr("estimate"));
        const int n = int(data.capabilities.size());
        QStringList categories, ids;
        double top = 0;
        for (int i = n - 1; i >= 0; --i) { // highest on top
            const auto &row = data.capabilities[std::size_t(i)];
            estimate->append(100 * row.failure.probability);
            categories << row.name;
            ids << row.id;
            top = std::max(top, 100 * row.failure.high);
        }
        estimate->setColor(ChartPanel::categoryColor(6));
        estimate->setBorderColor(ChartPanel::categoryColor(0));
        bars->append(estimate);
        bars->setBarWidth(0.6);
        chart->addSeries(bars);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        auto *axisX = new QValueAxis;
        axisX->setRange(0, top > 0 ? top * 1.05 : 1);
        axisX->applyNiceNumbers();
        axisX->setLabelFormat(QStringLiteral("%.3g"));
        axisX->setTitleText(tr("probability of failure (%)"));
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(axisX, Qt::AlignBottom);
        bars->attachAxis(axisY);
        bars->attachAxis(axisX);
        for (int i = 0; i < n; ++i) {
            const auto &row = data.capabilities[std::size_t(n - 1 - i)];
            const double lo = 100 * row.failure.low, hi = 100 * row.failure.high, cap = 0.15;
            auto *whisker = new QLineSeries;
            whisker->append({{lo, i - cap}, {lo, i + cap}, {lo, double(i)}, {hi, double(i)}, {hi, i + cap}, {hi, i - cap}});
            whisker->setPen(QPen(palette().color(QPalette::Text), 1.5));
            whisker->setProperty("textColoured", true);
            chart->addSeries(whisker);
            whisker->attachAxis(axisX);
            whisker->attachAxis(axisY);
        }
        chart->legend()->setVisible(false);
        m_probability->setBarIds(estimate, [&] {
            std::vector<QStringList> perBar;
            for (const QString &id : ids)
                perBar.push_back({id});
            return perBar;
        }());
        m_probability->connectBarClicks(bars);
        m_probability->setChart(chart);
    }
    ChartPanel::BarOptions importance;
    importance.maximum = 100;
    importance.legend = false;
    m_importance->showBars(data.importance, importance,
                           tr("No node's failure probability matters: give nodes a failure probability to simulate."));
}

} // namespace antrum

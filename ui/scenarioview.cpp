// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioview.h"

#include "chartpanel.h"
#include "methodology.h"
#include "nodetablemodel.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace antrum {

namespace {

const QString TemplatePrefix = QStringLiteral("template:");
/// At most this many capabilities in a chart (the worst): more would not read.
constexpr int MaxChartRows = 30;

QString money(double euros)
{
    return QStringLiteral("€ ") + QLocale().toString(std::round(euros), 'f', 0);
}

QString number(double value, int decimals = 1)
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return QLocale().toString(std::round(value), 'f', 0);
    return QLocale().toString(value, 'f', decimals);
}

/// A number of months in words ("1 month", "8 months").
QString monthsText(double months)
{
    return std::abs(months - 1) < 1e-9 ? ScenarioView::tr("1 month") : ScenarioView::tr("%1 months").arg(number(months));
}

/// An MTD in the unit that reads best: hours, days or months.
QString mtdText(double hours)
{
    if (hours < 48)
        return ScenarioView::tr("%1 h").arg(number(hours));
    if (hours < HoursPerMonth)
        return ScenarioView::tr("%1 days").arg(number(hours / 24));
    return ScenarioView::tr("%1 months").arg(number(hours / HoursPerMonth));
}

QString policyName(RecoveryPolicy policy)
{
    switch (policy) {
    case RecoveryPolicy::Fastest:
        return ScenarioView::tr("fastest");
    case RecoveryPolicy::Cheapest:
        return ScenarioView::tr("cheapest");
    case RecoveryPolicy::MostSovereign:
        return ScenarioView::tr("most sovereign");
    }
    return {};
}

QString typeName(Event::Type type)
{
    switch (type) {
    case Event::Type::Fail:
        return ScenarioView::tr("Fails");
    case Event::Type::Price:
        return ScenarioView::tr("Price change");
    case Event::Type::Acquire:
        return ScenarioView::tr("Acquisition");
    }
    return {};
}

QString chooserText(const QString &chooser)
{
    if (chooser == u"largest_foreign_reach")
        return ScenarioView::tr("the foreign jurisdiction whose laws reach the most capabilities");
    if (chooser == u"largest_group")
        return ScenarioView::tr("the supplier group with the most applications");
    if (chooser == u"largest_foreign_group")
        return ScenarioView::tr("the largest supplier group controlled from outside the EU");
    if (chooser == u"most_capabilities")
        return ScenarioView::tr("the application the most capabilities depend on");
    if (chooser == u"most_applications")
        return ScenarioView::tr("the host with the most applications");
    return chooser;
}

std::optional<NodeKind> parameterKind(const TemplateParameter &p)
{
    if (p.kind == u"number")
        return std::nullopt;
    return nodeKindFromString(p.kind);
}

/// The nodes of `kind` (all nodes without one), by name, as "name (id)" with the id as data.
void fillNodes(QComboBox *box, const Model &model, std::optional<NodeKind> kind)
{
    std::vector<const Node *> nodes;
    for (const Node &n : model.nodes) {
        if (!kind || n.kind == *kind)
            nodes.push_back(&n);
    }
    std::stable_sort(nodes.begin(), nodes.end(), [](const Node *a, const Node *b) {
        if (a->kind != b->kind)
            return a->kind < b->kind;
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const Node *n : nodes)
        box->addItem(n->name.isEmpty() || n->name == n->id ? n->id : ScenarioView::tr("%1 (%2)").arg(n->name, n->id), n->id);
}

// Colours of the downtime bars: amber within the MTD, red beyond, dark red with no way back.
QColor withinColour() { return QColor(0xf2, 0xa3, 0x1b); }
QColor beyondColour() { return ChartPanel::criticalityColor(4); }
QColor noWayBackColour(bool dark) { return dark ? QColor(0xa8, 0x10, 0x36) : QColor(0x7a, 0x00, 0x0c); }

void styleSet(QBarSet *set, const QColor &colour, Qt::BrushStyle pattern = Qt::SolidPattern)
{
    set->setColor(colour);
    set->setBrush(QBrush(colour, pattern));
    set->setBorderColor(pattern == Qt::SolidPattern ? colour.darker(125) : colour);
}

/// A nice step for a month axis of `months`: at most about a dozen ticks.
double monthStep(double months)
{
    for (const double step : {1.0, 2.0, 3.0, 6.0, 12.0, 24.0, 60.0, 120.0}) {
        if (months / step <= 13)
            return step;
    }
    return 240.0;
}

QValueAxis *monthAxis(double months, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, months));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(monthStep(months));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

/// Points of `marks` drawn as short upright bars in `colour`: where a limit lies on a bar.
void styleLimitMarks(QScatterSeries *marks, const QColor &colour)
{
    constexpr int Size = 22;
    QImage image(Size, Size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.fillRect(QRectF(Size / 2.0 - 2, 0, 4, Size), colour);
    }
    marks->setMarkerSize(Size);
    marks->setLightMarker(image);
    marks->setColor(colour);
    marks->setBorderColor(colour);
}

/// A name short enough for a category label.
QString shortName(const QString &name)
{
    return name.size() > 38 ? name.left(36).trimmed() + QStringLiteral("…") : name;
}

/// Unique category labels (a bar category axis drops duplicates).
QStringList uniqueLabels(const QStringList &labels, const QStringList &ids)
{
    QStringList out;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QString label = labels.at(i);
        if (out.contains(label) || labels.count(labels.at(i)) > 1)
            label += QStringLiteral(" [") + ids.at(i) + u']';
        out << label;
    }
    return out;
}

} // namespace

// --- the events of the working copy ---------------------------------------------------------

/// The events of the working copy as a table: month, type, node, factor, parent, and why a row
/// cannot be simulated (red).
class ScenarioEventsModel : public QAbstractTableModel {
public:
    enum Column { MonthColumn, TypeColumn, NodeColumn, FactorColumn, ParentColumn, ProblemColumn, ColumnCount };

    explicit ScenarioEventsModel(QObject *parent) : QAbstractTableModel(parent) {}

    void setModel(std::shared_ptr<const Model> model)
    {
        m_model = std::move(model);
        if (!m_events.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    void setEvents(std::vector<Event> events)
    {
        beginResetModel();
        m_events = std::move(events);
        endResetModel();
    }
    const std::vector<Event> &events() const { return m_events; }
    QString problem(int row) const
    {
        return m_model && row >= 0 && row < rowCount() ? ScenarioView::eventProblem(*m_model, m_events[std::size_t(row)]) : QString();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_events.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        if (orientation == Qt::Vertical)
            return section + 1;
        switch (section) {
        case MonthColumn:
            return ScenarioView::tr("Month");
        case TypeColumn:
            return ScenarioView::tr("Event");
        case NodeColumn:
            return ScenarioView::tr("Node");
        case FactorColumn:
            return ScenarioView::tr("Factor");
        case ParentColumn:
            return ScenarioView::tr("Buyer");
        case ProblemColumn:
            return ScenarioView::tr("Problem");
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        const Event &e = m_events[std::size_t(index.row())];
        const bool editable = index.column() == MonthColumn || index.column() == TypeColumn || index.column() == NodeColumn
                              || (index.column() == FactorColumn && e.type == Event::Type::Price)
                              || (index.column() == ParentColumn && e.type == Event::Type::Acquire);
        return editable ? f | Qt::ItemIsEditable : f;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const Event &e = m_events[std::size_t(index.row())];
        if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
            const QString why = problem(index.row());
            if (why.isEmpty())
                return {};
            if (role == Qt::ToolTipRole)
                return why;
            return ChartPanel::isDark(QApplication::palette()) ? QColor(0x6e, 0x1f, 0x1f) : QColor(0xf9, 0xcf, 0xcf);
        }
        if (role == Qt::EditRole) {
            switch (index.column()) {
            case MonthColumn:
                return e.month.value_or(0.0);
            case TypeColumn:
                return int(e.type);
            case NodeColumn:
                return e.node;
            case FactorColumn:
                return e.factor;
            case ParentColumn:
                return e.parent;
            default:
                return {};
            }
        }
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case MonthColumn:
            return QLocale().toString(e.month.value_or(0.0), 'g', 6);
        case TypeColumn:
            return typeName(e.type);
        case NodeColumn:
            return label(e.node);
        case FactorColumn:
            return e.type == Event::Type::Price ? QLocale().toString(e.factor, 'g', 6) : QString();
        case ParentColumn:
            return e.type == Event::Type::Acquire ? label(e.parent) : QString();
        case ProblemColumn:
            return problem(index.row());
        default:
            return {};
        }
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
            return false;
        Event &e = m_events[std::size_t(index.row())];
        bool ok = true;
        switch (index.column()) {
        case MonthColumn: {
            const double month = value.toDouble(&ok);
            if (!ok)
                return false;
            e.month = month;
            break;
        }
        case TypeColumn: {
            const int type = value.toInt(&ok);
            if (!ok || type < 0 || type > int(Event::Type::Acquire))
                return false;
            e.type = Event::Type(type);
            break;
        }
        case NodeColumn:
            e.node = value.toString();
            break;
        case FactorColumn: {
            const double factor = value.toDouble(&ok);
            if (!ok)
                return false;
            e.factor = factor;
            break;
        }
        case ParentColumn:
            e.parent = value.toString();
            break;
        default:
            return false;
        }
        // The whole row: another type changes which cells apply, any edit the problem.
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }

    bool insertRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
            return false;
        beginInsertRows({}, row, row + count - 1);
        m_events.insert(m_events.begin() + row, std::size_t(count), Event{Event::Type::Fail, {}, 1.0, {}, 0.0});
        endInsertRows();
        return true;
    }

    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
            return false;
        beginRemoveRows({}, row, row + count - 1);
        m_events.erase(m_events.begin() + row, m_events.begin() + row + count);
        endRemoveRows();
        return true;
    }

private:
    QString label(const QString &id) const
    {
        const Node *n = m_model && !id.isEmpty() ? m_model->findNode(id) : nullptr;
        if (!n || n->name.isEmpty() || n->name == id)
            return id;
        return ScenarioView::tr("%1 (%2)").arg(n->name, id);
    }

    std::shared_ptr<const Model> m_model;
    std::vector<Event> m_events;
};

namespace {

/// Editors of the event table: a spin box for the month and the factor, lists of the event
/// types and of the model's nodes (suppliers only where the event needs one).
class EventDelegate : public QStyledItemDelegate {
public:
    EventDelegate(const ScenarioView *view, QObject *parent) : QStyledItemDelegate(parent), m_view(view) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        switch (index.column()) {
        case ScenarioEventsModel::MonthColumn: {
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, 600);
            return spin;
        }
        case ScenarioEventsModel::FactorColumn: {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(0.01, 1000);
            spin->setDecimals(2);
            spin->setSingleStep(0.1);
            return spin;
        }
        case ScenarioEventsModel::TypeColumn: {
            auto *box = new QComboBox(parent);
            for (const Event::Type t : {Event::Type::Fail, Event::Type::Price, Event::Type::Acquire})
                box->addItem(typeName(t), int(t));
            return box;
        }
        case ScenarioEventsModel::NodeColumn:
        case ScenarioEventsModel::ParentColumn: {
            auto *box = new QComboBox(parent);
            const int type = index.sibling(index.row(), ScenarioEventsModel::TypeColumn).data(Qt::EditRole).toInt();
            const bool supplier = index.column() == ScenarioEventsModel::ParentColumn || Event::Type(type) != Event::Type::Fail;
            fillNodes(box, m_view->model(), supplier ? std::optional(NodeKind::Supplier) : std::nullopt);
            return box;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant value = index.data(Qt::EditRole);
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(int(std::floor(value.toDouble())));
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
            dspin->setValue(value.toDouble());
        else if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentIndex(std::max(0, box->findData(value)));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            model->setData(index, double(spin->value()), Qt::EditRole);
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
            model->setData(index, dspin->value(), Qt::EditRole);
        else if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentData(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    const ScenarioView *m_view;
};

} // namespace

// --- the view ------------------------------------------------------------------------------

ScenarioView::ScenarioView(QWidget *parent)
    : QWidget(parent), m_model(std::make_shared<const Model>()),
      m_language(QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en"))
{
    setObjectName(QStringLiteral("scenarioView"));

    // Left: what to simulate.
    m_scenarioBox = new QComboBox;
    m_scenarioBox->setObjectName(QStringLiteral("scenarioChoice"));
    m_scenarioBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarioBox->setMinimumContentsLength(24);
    m_scenarioBox->setToolTip(tr("The model's own scenarios, and the templates of the scenario library"));
    connect(m_scenarioBox, &QComboBox::activated, this, [this](int index) {
        const QString choice = m_scenarioBox->itemData(index).toString();
        if (!choice.isEmpty() && choice != m_choice)
            selectScenario(choice);
    });
    m_description = new QLabel;
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scenarioBox = new QGroupBox(tr("Scenario"));
    auto *scenarioLayout = new QVBoxLayout(scenarioBox);
    scenarioLayout->addWidget(m_scenarioBox);
    scenarioLayout->addWidget(m_description);

    m_parameterBox = new QGroupBox(tr("Template parameters"));
    auto *parameterLayout = new QVBoxLayout(m_parameterBox);
    m_parameterForm = new QFormLayout;
    m_parameterForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    parameterLayout->addLayout(m_parameterForm);
    m_choicesLabel = new QLabel;
    m_choicesLabel->setWordWrap(true);
    m_choicesLabel->setTextFormat(Qt::PlainText);
    parameterLayout->addWidget(m_choicesLabel);

    auto *runBox = new QGroupBox(tr("Simulation"));
    auto *runLayout = new QVBoxLayout(runBox);
    auto *runForm = new QFormLayout;
    runLayout->addLayout(runForm);
    m_horizon = new QSpinBox;
    m_horizon->setObjectName(QStringLiteral("scenarioHorizon"));
    m_horizon->setRange(1, 600);
    m_horizon->setValue(36);
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setToolTip(tr("How many months are simulated; events later than this are left out"));
    connect(m_horizon, &QSpinBox::valueChanged, this, [this] { scheduleRun(); });
    runForm->addRow(tr("&Horizon:"), m_horizon);
    m_policy = new QComboBox;
    m_policy->setObjectName(QStringLiteral("scenarioPolicy"));
    m_policy->addItem(tr("Fastest way back"), int(RecoveryPolicy::Fastest));
    m_policy->addItem(tr("Cheapest way back"), int(RecoveryPolicy::Cheapest));
    m_policy->addItem(tr("Most sovereign way back"), int(RecoveryPolicy::MostSovereign));
    m_policy->setToolTip(tr("How the alternative is chosen when an application has several"));
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] { scheduleRun(); });
    runForm->addRow(tr("&Recovery:"), m_policy);
    m_runButton = new QPushButton(tr("&Run"));
    m_runButton->setToolTip(tr("Simulate the scenario as edited (it also runs by itself after each change)"));
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_busy);
    runRow->addStretch();
    runLayout->addLayout(runRow);
    runLayout->addWidget(m_status);

    auto *eventsBox = new QGroupBox(tr("Events (working copy)"));
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    m_events = new ScenarioEventsModel(this);
    m_eventsView = new QTableView;
    m_eventsView->setObjectName(QStringLiteral("scenarioEvents"));
    m_eventsView->setModel(m_events);
    m_eventsView->setItemDelegate(new EventDelegate(this, m_eventsView));
    m_eventsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_eventsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_eventsView->horizontalHeader()->setSectionResizeMode(ScenarioEventsModel::NodeColumn, QHeaderView::Stretch);
    m_eventsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_eventsView->setMinimumHeight(110);
    eventsLayout->addWidget(m_eventsView, 1);
    m_addEvent = new QPushButton(tr("&Add Event"));
    connect(m_addEvent, &QPushButton::clicked, this, [this] {
        const int row = m_events->rowCount();
        m_events->insertRows(row, 1);
        m_eventsView->setCurrentIndex(m_events->index(row, ScenarioEventsModel::NodeColumn));
    });
    m_removeEvent = new QPushButton(tr("Re&move Event"));
    connect(m_removeEvent, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_eventsView->currentIndex();
        if (current.isValid())
            m_events->removeRows(current.row(), 1);
    });
    auto *eventButtons = new QHBoxLayout;
    eventButtons->addWidget(m_addEvent);
    eventButtons->addWidget(m_removeEvent);
    eventButtons->addStretch();
    eventsLayout->addLayout(eventButtons);
    m_problems = new QLabel;
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    eventsLayout->addWidget(m_problems);
    auto *hint = new QLabel(tr("Edits change this working copy only: they are not saved in the model. Changing a "
                               "template parameter rebuilds the events from the template."));
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    hint->setForegroundRole(QPalette::PlaceholderText);
    eventsLayout->addWidget(hint);
    connect(m_events, &QAbstractItemModel::dataChanged, this, [this] { eventsEdited(); });
    connect(m_events, &QAbstractItemModel::rowsInserted, this, [this] { eventsEdited(); });
    connect(m_events, &QAbstractItemModel::rowsRemoved, this, [this] { eventsEdited(); });
    connect(m_events, &QAbstractItemModel::modelReset, this, [this] { updateProblems(); });

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(scenarioBox);
    leftLayout->addWidget(m_parameterBox);
    leftLayout->addWidget(runBox);
    leftLayout->addWidget(eventsBox, 1);
    left->setMinimumWidth(380);

    // Right: what happens.
    m_timeline = new ChartPanel;
    m_timeline->setObjectName(QStringLiteral("scenarioTimelineChart"));
    m_timeline->setExportName(QStringLiteral("scenario-timeline"));
    m_timeline->showEmpty(tr("Choose a scenario to see what fails and when it comes back."));
    connect(m_timeline, &ChartPanel::nodesActivated, this, &ScenarioView::nodesActivated);
    m_monthSlider = new QSlider(Qt::Horizontal);
    m_monthSlider->setObjectName(QStringLiteral("scenarioMonth"));
    m_monthSlider->setRange(0, 0);
    m_monthSlider->setPageStep(6);
    m_monthSlider->setTickPosition(QSlider::TicksBelow);
    m_monthSlider->setToolTip(tr("The month whose failed nodes the graph shows"));
    m_monthSlider->setAccessibleName(tr("Month shown in the graph"));
    connect(m_monthSlider, &QSlider::valueChanged, this, [this](int m) {
        m_monthAtEnd = m == m_monthSlider->maximum();
        monthChanged(m);
    });
    m_monthLabel = new QLabel;
    m_monthLabel->setMinimumWidth(m_monthLabel->fontMetrics().horizontalAdvance(tr("month %1, failed nodes: %2").arg(600).arg(99999)) + 8);
    auto *monthRow = new QHBoxLayout;
    auto *monthTitle = new QLabel(tr("Graph shows &month:"));
    monthTitle->setBuddy(m_monthSlider);
    monthRow->addWidget(monthTitle);
    monthRow->addWidget(m_monthSlider, 1);
    monthRow->addWidget(m_monthLabel);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_timeline, 1);
    topLayout->addLayout(monthRow);

    m_downtime = new ChartPanel;
    m_downtime->setObjectName(QStringLiteral("scenarioDowntimeChart"));
    m_downtime->setExportName(QStringLiteral("scenario-downtime"));
    connect(m_downtime, &ChartPanel::nodesActivated, this, &ScenarioView::nodesActivated);
    m_costPanel = new ChartPanel;
    m_costPanel->setObjectName(QStringLiteral("scenarioCostChart"));
    m_costPanel->setExportName(QStringLiteral("scenario-cost"));
    connect(m_costPanel, &ChartPanel::nodesActivated, this, &ScenarioView::nodesActivated);
    m_summary = new QTextBrowser;
    m_summary->setObjectName(QStringLiteral("scenarioSummary"));
    m_summary->setOpenLinks(false);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_downtime, tr("&Downtime against the limit"));
    m_tabs->addTab(m_costPanel, tr("C&ost"));
    m_tabs->addTab(m_summary, tr("S&ummary"));

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(top);
    right->addWidget(m_tabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({450, 1150});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_watcher = new QFutureWatcher<std::shared_ptr<const ScenarioResult>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ScenarioView::runFinished);
    m_pending.setSingleShot(true);
    m_pending.setInterval(250); // edits in quick succession: one run
    connect(&m_pending, &QTimer::timeout, this, [this] { run(); });

    m_parameterBox->setVisible(false);
    fillChoices();
}

ScenarioView::~ScenarioView()
{
    m_pending.stop();
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

const ScenarioView::Library &ScenarioView::library()
{
    static const Library lib = [] {
        Library l;
        const QDir dir(QStringLiteral(":/scenarios"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                l.errors << name;
                continue;
            }
            QStringList errors;
            if (std::optional<ScenarioTemplate> t = readScenarioTemplate(file.readAll(), name, &errors))
                l.templates.push_back(std::move(*t));
            else
                l.errors << errors;
        }
        return l;
    }();
    return lib;
}

const ScenarioTemplate *ScenarioView::templateFor(const QString &choice) const
{
    if (!choice.startsWith(TemplatePrefix))
        return nullptr;
    const QString id = choice.mid(TemplatePrefix.size());
    for (const ScenarioTemplate &t : library().templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QStringList ScenarioView::scenarioChoices() const
{
    QStringList choices;
    for (const Scenario &s : m_model->scenarios)
        choices << s.id;
    for (const ScenarioTemplate &t : library().templates)
        choices << TemplatePrefix + t.id;
    return choices;
}

QString ScenarioView::choiceName(const QString &choice) const
{
    if (const ScenarioTemplate *t = templateFor(choice))
        return tr("Library: %1").arg(t->name.value(m_language, t->name.value(QStringLiteral("en"), t->id)));
    for (const Scenario &s : m_model->scenarios) {
        if (s.id == choice)
            return s.name.isEmpty() ? s.id : s.name;
    }
    return {};
}

void ScenarioView::fillChoices()
{
    const QSignalBlocker quiet(m_scenarioBox);
    m_scenarioBox->clear();
    bool separated = m_model->scenarios.empty();
    for (const QString &choice : scenarioChoices()) {
        if (!separated && choice.startsWith(TemplatePrefix)) {
            m_scenarioBox->insertSeparator(m_scenarioBox->count());
            separated = true;
        }
        m_scenarioBox->addItem(choiceName(choice), choice);
        m_scenarioBox->setItemData(m_scenarioBox->count() - 1, choiceName(choice), Qt::ToolTipRole);
    }
    m_scenarioBox->setCurrentIndex(m_scenarioBox->findData(m_choice));
}

void ScenarioView::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    fillChoices();
    if (templateFor(m_choice)) {
        loadWorkingCopy(true);
        rebuildParameterForm();
        scheduleRun();
    }
    updateDescription();
}

void ScenarioView::setModel(const Model &model)
{
    const Scenario oldSource = m_source;
    m_model = std::make_shared<const Model>(model);
    m_events->setModel(m_model);
    const QStringList choices = scenarioChoices();
    bool keep = choices.contains(m_choice);
    if (!keep) {
        m_choice = choices.value(0);
        m_values.clear();
    }
    // Values naming nodes the model no longer has go back to the chooser.
    for (auto it = m_values.begin(); it != m_values.end();) {
        const ScenarioTemplate *t = templateFor(m_choice);
        bool isNumber = false;
        if (t) {
            for (const TemplateParameter &p : t->parameters)
                isNumber = isNumber || (p.name == it.key() && !parameterKind(p));
        }
        if (!isNumber && !m_model->findNode(it.value()))
            it = m_values.erase(it);
        else
            ++it;
    }
    fillChoices();
    // Edited events stay while what they were made from is unchanged.
    const std::vector<Event> edited = m_events->events();
    const bool wasEdited = keep && m_eventsEdited;
    loadWorkingCopy(false);
    if (wasEdited && m_source == oldSource) {
        m_events->setEvents(edited);
        m_eventsEdited = true;
        updateProblems();
    }
    rebuildParameterForm();
    updateDescription();
    scheduleRun();
}

bool ScenarioView::selectScenario(const QString &choice)
{
    if (!scenarioChoices().contains(choice))
        return false;
    m_choice = choice;
    m_values.clear();
    m_monthAtEnd = true;
    {
        const QSignalBlocker quiet(m_scenarioBox);
        m_scenarioBox->setCurrentIndex(m_scenarioBox->findData(choice));
    }
    loadWorkingCopy(false);
    rebuildParameterForm();
    updateDescription();
    run();
    return true;
}

void ScenarioView::instantiate()
{
    m_choices.clear();
    m_instantiateErrors.clear();
    const ScenarioTemplate *t = templateFor(m_choice);
    if (!t)
        return;
    QStringList errors;
    const std::optional<InstantiatedScenario> s = instantiateTemplate(*t, *m_model, m_values, m_language, &errors);
    if (s) {
        m_source = s->scenario;
        m_choices = s->choices;
    } else {
        m_source = Scenario{t->id, t->name.value(m_language, t->name.value(QStringLiteral("en"))), {}};
        m_instantiateErrors = errors;
    }
}

void ScenarioView::loadWorkingCopy(bool keepEditedEvents)
{
    const std::vector<Event> edited = m_events->events();
    const bool keep = keepEditedEvents && m_eventsEdited;
    m_source = Scenario{};
    m_choices.clear();
    m_instantiateErrors.clear();
    if (templateFor(m_choice)) {
        instantiate();
    } else {
        for (const Scenario &s : m_model->scenarios) {
            if (s.id == m_choice)
                m_source = s;
        }
    }
    m_workingId = m_source.id;
    m_workingName = m_source.name;
    m_events->setEvents(keep ? edited : m_source.events);
    m_eventsEdited = keep;
    updateProblems();
    if (!m_instantiateErrors.isEmpty())
        m_choicesLabel->setText(tr("The template cannot be applied: %1").arg(m_instantiateErrors.join(QStringLiteral("; "))));
    else
        m_choicesLabel->setText(m_choices.join(u'\n'));
}

void ScenarioView::rebuildParameterForm()
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    const ScenarioTemplate *t = templateFor(m_choice);
    m_parameterBox->setVisible(t && !t->parameters.empty());
    if (!t)
        return;
    for (const TemplateParameter &p : t->parameters) {
        const QString description = p.description.value(m_language, p.description.value(QStringLiteral("en")));
        const QString name = p.name;
        QWidget *field = nullptr;
        if (const std::optional<NodeKind> kind = parameterKind(p)) {
            auto *box = new QComboBox;
            box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            box->setMinimumContentsLength(16);
            box->addItem(tr("Choose automatically (%1)").arg(chooserText(p.chooser)), QString());
            fillNodes(box, *m_model, kind);
            box->setCurrentIndex(std::max(0, box->findData(m_values.value(name))));
            connect(box, &QComboBox::activated, this, [this, box, name] {
                setParameter(name, box->currentData().toString());
            });
            field = box;
        } else {
            auto *spin = new QDoubleSpinBox;
            spin->setRange(0.01, 1000);
            spin->setDecimals(2);
            spin->setSingleStep(0.1);
            spin->setValue(m_values.contains(name) ? m_values.value(name).toDouble() : p.number);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, name](double v) {
                setParameter(name, QString::number(v, 'g', 10));
            });
            field = spin;
        }
        field->setObjectName(QStringLiteral("parameter-") + name);
        field->setToolTip(description);
        field->setAccessibleDescription(description);
        m_parameterForm->addRow(name + u':', field);
    }
}

bool ScenarioView::setParameter(const QString &name, const QString &value)
{
    const ScenarioTemplate *t = templateFor(m_choice);
    if (!t)
        return false;
    const TemplateParameter *parameter = nullptr;
    for (const TemplateParameter &p : t->parameters) {
        if (p.name == name)
            parameter = &p;
    }
    if (!parameter)
        return false;
    if (!value.isEmpty()) {
        if (const std::optional<NodeKind> kind = parameterKind(*parameter)) {
            const Node *node = m_model->findNode(value);
            if (!node || node->kind != *kind)
                return false;
        } else {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok || !std::isfinite(v) || v <= 0)
                return false;
        }
    }
    if (value.isEmpty())
        m_values.remove(name);
    else
        m_values[name] = value;
    // The form follows (when called from a script).
    if (auto *box = findChild<QComboBox *>(QStringLiteral("parameter-") + name)) {
        const QSignalBlocker quiet(box);
        box->setCurrentIndex(std::max(0, box->findData(value)));
    } else if (auto *spin = findChild<QDoubleSpinBox *>(QStringLiteral("parameter-") + name)) {
        const QSignalBlocker quiet(spin);
        spin->setValue(value.isEmpty() ? parameter->number : value.toDouble());
    }
    loadWorkingCopy(false);
    scheduleRun();
    return true;
}

void ScenarioView::setHorizon(int months)
{
    m_horizon->setValue(months);
}

int ScenarioView::horizon() const
{
    return m_horizon->value();
}

void ScenarioView::setPolicy(RecoveryPolicy policy)
{
    m_policy->setCurrentIndex(m_policy->findData(int(policy)));
}

RecoveryPolicy ScenarioView::policy() const
{
    return RecoveryPolicy(m_policy->currentData().toInt());
}

Scenario ScenarioView::workingCopy() const
{
    return Scenario{m_workingId, m_workingName, m_events->events()};
}

QAbstractItemModel *ScenarioView::eventsModel() const
{
    return m_events;
}

QStringList ScenarioView::eventProblems() const
{
    QStringList problems;
    for (int row = 0; row < m_events->rowCount(); ++row)
        problems << m_events->problem(row);
    return problems;
}

QString ScenarioView::eventProblem(const Model &model, const Event &event)
{
    if (event.month && !(std::isfinite(*event.month) && *event.month >= 0))
        return tr("the month must be a number of 0 or more");
    const auto supplier = [&](const QString &id, const QString &role) -> QString {
        if (id.isEmpty())
            return tr("choose the %1").arg(role);
        const Node *n = model.findNode(id);
        if (!n)
            return tr("%1 is not in the model").arg(id);
        if (n->kind != NodeKind::Supplier)
            return tr("the %1 must be a supplier; %2 is of kind %3").arg(role, id, NodeTableModel::kindLabel(n->kind).toLower());
        return {};
    };
    switch (event.type) {
    case Event::Type::Fail:
        if (event.node.isEmpty())
            return tr("choose the node that fails");
        if (!model.findNode(event.node))
            return tr("%1 is not in the model").arg(event.node);
        return {};
    case Event::Type::Price:
        if (QString why = supplier(event.node, tr("supplier whose price changes")); !why.isEmpty())
            return why;
        if (!(std::isfinite(event.factor) && event.factor > 0))
            return tr("the factor must be above 0");
        return {};
    case Event::Type::Acquire:
        if (QString why = supplier(event.node, tr("supplier that is acquired")); !why.isEmpty())
            return why;
        if (QString why = supplier(event.parent, tr("buyer")); !why.isEmpty())
            return why;
        if (event.parent == event.node)
            return tr("a supplier cannot acquire itself");
        return {};
    }
    return {};
}

void ScenarioView::eventsEdited()
{
    m_eventsEdited = true;
    updateProblems();
    scheduleRun();
}

void ScenarioView::updateProblems()
{
    QStringList lines;
    const QStringList problems = eventProblems();
    for (qsizetype row = 0; row < problems.size(); ++row) {
        if (!problems.at(row).isEmpty())
            lines << tr("Row %1: %2").arg(row + 1).arg(problems.at(row)).toHtmlEscaped();
    }
    m_problems->setVisible(!lines.isEmpty());
    const QColor red = ChartPanel::isDark(palette()) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    m_problems->setText(QStringLiteral("<span style=\"color:%1\">").arg(red.name())
                        + tr("Left out of the run until corrected:") + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"))
                        + QStringLiteral("</span>"));
}

void ScenarioView::updateDescription()
{
    QString text;
    if (const ScenarioTemplate *t = templateFor(m_choice)) {
        text = t->description.value(m_language, t->description.value(QStringLiteral("en")));
        const QString models = t->models.value(m_language, t->models.value(QStringLiteral("en")));
        if (!models.isEmpty())
            text += QStringLiteral("\n\n") + tr("Modelled on: %1").arg(models);
    } else if (!m_choice.isEmpty()) {
        text = tr("A scenario stored in the model. Events: %1.").arg(m_source.events.size());
    } else {
        text = tr("The model has no scenarios, and no template library was found.");
    }
    m_description->setText(text);
}

// --- running -------------------------------------------------------------------------------

void ScenarioView::scheduleRun()
{
    m_pending.start();
}

bool ScenarioView::isRunning() const
{
    return m_pending.isActive() || (m_watcher->future().isValid() && !m_watcher->isFinished());
}

void ScenarioView::run()
{
    m_pending.stop();
    if (m_choice.isEmpty())
        return;
    const int generation = ++m_generation;
    Scenario scenario{m_workingId, m_workingName, {}};
    QStringList leftOut;
    const std::vector<Event> &events = m_events->events();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const QString why = eventProblem(*m_model, events[i]);
        if (why.isEmpty())
            scenario.events.push_back(events[i]);
        else
            leftOut << tr("event row %1 is left out: %2").arg(i + 1).arg(why);
    }
    ScenarioOptions options;
    options.horizonMonths = m_horizon->value();
    options.policy = policy();
    m_busy->setVisible(true);
    m_status->setText(tr("Simulating…"));
    m_watcher->setProperty("generation", generation);
    m_watcher->setProperty("leftOut", leftOut);
    m_watcher->setProperty("choice", m_choice);
    m_runModel = m_model;
    std::shared_ptr<const Model> model = m_model;
    m_watcher->setFuture(QtConcurrent::run([model, scenario, options] {
        ScenarioOptions o = options;
        o.methodology = MethodologySettings::fromModel(*model);
        return std::shared_ptr<const ScenarioResult>(std::make_shared<const ScenarioResult>(simulateScenario(*model, scenario, o)));
    }));
}

void ScenarioView::waitForRun()
{
    if (m_pending.isActive())
        run();
    if (m_watcher->future().isValid()) {
        m_watcher->waitForFinished();
        QCoreApplication::sendPostedEvents(m_watcher);
        runFinished();
    }
}

void ScenarioView::runFinished()
{
    if (!m_watcher->isFinished() || m_watcher->property("generation").toInt() != m_generation || m_shownGeneration == m_generation)
        return;
    m_shownGeneration = m_generation;
    m_busy->setVisible(false);
    m_result = m_watcher->result();
    m_resultModel = m_runModel;
    m_leftOut = m_watcher->property("leftOut").toStringList();
    m_resultChoice = m_watcher->property("choice").toString();
    showResult();
    Q_EMIT resultShown();
}

void ScenarioView::showResult()
{
    if (!m_result || !m_resultModel)
        return;
    const ScenarioResult &r = *m_result;
    const Model &model = *m_resultModel;
    m_rows = scenarioTimeline(model, r);
    m_bars = downtimeVersusLimit(model, r);
    m_cost = scenarioCostSeries(model, r);
    int noWayBack = 0, beyond = 0;
    for (const TimelineRow &row : m_rows) {
        noWayBack += row.noWayBack;
        beyond += row.exceedsMtd.value_or(false);
    }
    m_status->setText(tr("Simulated %1. Capabilities down: %2; beyond their MTD: %3; with no way back: %4.")
                          .arg(monthsText(r.horizonMonths))
                          .arg(m_rows.size())
                          .arg(beyond)
                          .arg(noWayBack));
    buildTimelineChart();
    buildDowntimeChart();
    buildCostChart();
    buildSummary();
    {
        const QSignalBlocker quiet(m_monthSlider);
        m_monthSlider->setRange(0, std::max(0, r.horizonMonths - 1));
        m_monthSlider->setTickInterval(int(monthStep(r.horizonMonths)));
        if (m_monthAtEnd)
            m_monthSlider->setValue(m_monthSlider->maximum());
    }
    monthChanged(m_monthSlider->value());
}

int ScenarioView::month() const
{
    return m_monthSlider->value();
}

void ScenarioView::setMonth(int month)
{
    m_monthSlider->setValue(month);
}

void ScenarioView::monthChanged(int month)
{
    if (!m_result || !m_resultModel)
        return;
    m_failedIds = failedNodesAt(*m_resultModel, *m_result, month);
    m_monthLabel->setText(tr("month %1, failed nodes: %2").arg(month).arg(m_failedIds.size()));
    updateMonthLine();
    Q_EMIT failedNodesChanged(m_failedIds, month);
}

void ScenarioView::updateMonthLine()
{
    if (!m_monthLine)
        return;
    const double x = month() + 0.5;
    const double n = double(m_rows.size());
    m_monthLine->replace(QList<QPointF>{QPointF(x, -0.5), QPointF(x, n - 0.5)});
    m_monthLine->setName(tr("Graph: month %1").arg(month()));
}

void ScenarioView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        // After the chart panels have themed their charts: the lines take the palette again.
        QTimer::singleShot(0, this, [this] {
            if (m_result)
                showResult();
        });
    }
}

// --- charts --------------------------------------------------------------------------------

void ScenarioView::buildTimelineChart()
{
    m_monthLine = nullptr;
    const ScenarioResult &r = *m_result;
    if (m_rows.empty()) {
        m_timeline->showEmpty(tr("No capability goes down in this scenario.")
                              + (r.months.empty() ? QString() : u'\n' + tr("See the summary for its cost and other effects.")));
        return;
    }
    // Only the worst rows in a very large landscape: the chart must read at a glance.
    const int n = std::min(int(m_rows.size()), MaxChartRows);
    const double horizon = r.horizonMonths;
    // Horizontal bars are drawn bottom-up: the worst row goes last, so that it is on top.
    const auto rowAt = [&](int category) -> const TimelineRow & { return m_rows[std::size_t(n - 1 - category)]; };
    // Each row is a full bar over the horizon in layers: per down stretch the time up before
    // it, the part within the MTD and the part beyond it; then the time back after the switch.
    enum Piece { Working, Within, Beyond, Unknown, NoWayBack, Back, PieceCount };
    std::vector<std::vector<std::pair<Piece, double>>> layers(static_cast<std::size_t>(n));
    std::size_t layerCount = 0;
    for (int c = 0; c < n; ++c) {
        const TimelineRow &row = rowAt(c);
        auto &out = layers[std::size_t(c)];
        std::vector<std::pair<double, double>> stretches; // merged [from, to)
        for (const DownSegment &seg : row.segments) {
            if (!stretches.empty() && std::abs(stretches.back().second - seg.from) < 1e-9)
                stretches.back().second = seg.to;
            else
                stretches.emplace_back(seg.from, seg.to);
        }
        double at = 0;
        for (std::size_t i = 0; i < stretches.size(); ++i) {
            const auto [from, to] = stretches[i];
            double within = 0, other = 0;
            Piece otherPiece = Beyond;
            for (const DownSegment &seg : row.segments) {
                const double len = std::max(0.0, std::min(seg.to, to) - std::max(seg.from, from));
                if (seg.state == DowntimeState::WithinMtd)
                    within += len;
                else
                    other += len;
                if (seg.state == DowntimeState::MtdUnknown)
                    otherPiece = Unknown;
            }
            if (row.noWayBack && otherPiece == Beyond && i + 1 == stretches.size())
                otherPiece = NoWayBack;
            out.emplace_back(i == 0 ? Working : Back, from - at);
            out.emplace_back(Within, within);
            out.emplace_back(otherPiece, other);
            at = to;
        }
        if (horizon > at + 1e-9)
            out.emplace_back(Back, horizon - at);
        layerCount = std::max(layerCount, out.size());
    }
    const bool dark = ChartPanel::isDark(palette());
    const QString names[PieceCount] = {tr("Working"),           tr("Down, within MTD"), tr("Down, beyond MTD"),
                                       tr("Down, MTD unknown"), tr("Down, no way back"), tr("Back (switched)")};
    auto *chart = new QChart;
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.62);
    std::vector<std::pair<QBarSet *, std::vector<QStringList>>> ids;
    std::vector<QBarSet *> duplicates;
    bool listed[PieceCount] = {};
    for (std::size_t k = 0; k < layerCount; ++k) {
        for (int p = Working; p < PieceCount; ++p) {
            bool any = false;
            for (const auto &row : layers)
                any = any || (k < row.size() && row[k].first == p && row[k].second > 0);
            if (!any)
                continue;
            auto *set = new QBarSet(names[p]);
            std::vector<QStringList> setIds;
            for (int c = 0; c < n; ++c) {
                const auto &row = layers[std::size_t(c)];
                const double v = k < row.size() && row[k].first == p ? row[k].second : 0.0;
                set->append(v);
                setIds.push_back(v > 0 ? rowAt(c).nodeIds : QStringList());
            }
            switch (p) {
            case Working:
                styleSet(set, dark ? QColor(0x4a, 0x50, 0x58) : QColor(0xdc, 0xe0, 0xe5));
                break;
            case Within:
                styleSet(set, withinColour());
                break;
            case Beyond:
                styleSet(set, beyondColour());
                break;
            case Unknown:
                styleSet(set, ChartPanel::unknownColor(), Qt::BDiagPattern);
                break;
            case NoWayBack:
                styleSet(set, noWayBackColour(dark));
                break;
            default:
                styleSet(set, dark ? QColor(0x3d, 0x7e, 0xb5) : QColor(0x8f, 0xbf, 0xe3));
                break;
            }
            series->append(set);
            if (listed[p])
                duplicates.push_back(set);
            listed[p] = true;
            ids.emplace_back(set, std::move(setIds));
        }
    }
    chart->addSeries(series);
    QStringList labels, rowIds;
    for (int c = 0; c < n; ++c) {
        const TimelineRow &row = rowAt(c);
        labels << (row.noWayBack ? tr("%1 (no way back)").arg(shortName(row.name)) : shortName(row.name));
        rowIds << row.id;
    }
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(labels, rowIds));
    QValueAxis *months = monthAxis(horizon, tr("Months from the start of the scenario"));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(months);

    // Where the maximum tolerable downtime runs out, on each bar.
    QScatterSeries *limits = nullptr;
    for (int c = 0; c < n; ++c) {
        const TimelineRow &row = rowAt(c);
        if (!row.mtdRunsOutAt || *row.mtdRunsOutAt > horizon)
            continue;
        if (!limits)
            limits = new QScatterSeries;
        limits->append(*row.mtdRunsOutAt, c);
    }
    if (limits) {
        limits->setName(tr("MTD runs out"));
        chart->addSeries(limits);
        limits->attachAxis(categories);
        limits->attachAxis(months);
    }
    m_monthLine = new QLineSeries;
    chart->addSeries(m_monthLine);
    m_monthLine->attachAxis(categories);
    m_monthLine->attachAxis(months);
    updateMonthLine();

    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_timeline->setChart(chart);
    // The title after the theme, so that it is laid out in its final font.
    chart->setTitle(tr("What goes down, and when it comes back (MTD: maximum tolerable downtime)") + QStringLiteral("<br>")
                    + r.scenarioName.toHtmlEscaped()
                    + (n < int(m_rows.size()) ? tr(" (the %1 worst of %2 capabilities down)").arg(n).arg(m_rows.size()) : QString()));
    for (auto &[set, setIds] : ids)
        m_timeline->setBarIds(set, setIds);
    m_timeline->connectBarClicks(series);
    // After the theme: one legend entry per kind, the marks and the line in the palette's colours.
    for (QLegendMarker *m : chart->legend()->markers(series)) {
        if (auto *bm = qobject_cast<QBarLegendMarker *>(m); bm && std::count(duplicates.begin(), duplicates.end(), bm->barset()))
            m->setVisible(false);
    }
    if (limits)
        styleLimitMarks(limits, palette().color(QPalette::Text));
    m_monthLine->setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
}

void ScenarioView::buildDowntimeChart()
{
    if (m_bars.empty()) {
        m_downtime->showEmpty(tr("No capability goes down in this scenario."));
        return;
    }
    const int n = std::min(int(m_bars.size()), MaxChartRows);
    const auto barAt = [&](int category) -> const DowntimeBar & { return m_bars[std::size_t(n - 1 - category)]; };
    auto *chart = new QChart;
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.62);
    struct Kind {
        QString name;
        double DowntimeBar::*months;
        QColor colour;
        Qt::BrushStyle pattern;
    };
    const Kind kinds[] = {{tr("Down, within MTD"), &DowntimeBar::withinMonths, withinColour(), Qt::SolidPattern},
                          {tr("Down, beyond MTD"), &DowntimeBar::beyondMonths, beyondColour(), Qt::SolidPattern},
                          {tr("Down, MTD unknown"), &DowntimeBar::unknownMonths, ChartPanel::unknownColor(), Qt::BDiagPattern}};
    std::vector<std::pair<QBarSet *, std::vector<QStringList>>> ids;
    double top = 0;
    int beyond = 0;
    for (const DowntimeBar &b : m_bars)
        beyond += b.exceedsMtd.value_or(false);
    for (int c = 0; c < n; ++c)
        top = std::max({top, barAt(c).downtimeMonths, barAt(c).mtdMonths.value_or(0.0)});
    for (const Kind &kind : kinds) {
        bool any = false;
        for (int c = 0; c < n; ++c)
            any = any || barAt(c).*kind.months > 0;
        if (!any)
            continue;
        auto *set = new QBarSet(kind.name);
        std::vector<QStringList> setIds;
        for (int c = 0; c < n; ++c) {
            const double v = barAt(c).*kind.months;
            set->append(v);
            setIds.push_back(v > 0 ? barAt(c).nodeIds : QStringList());
        }
        styleSet(set, kind.colour, kind.pattern);
        series->append(set);
        ids.emplace_back(set, std::move(setIds));
    }
    chart->addSeries(series);
    QStringList labels, barIds;
    for (int c = 0; c < n; ++c) {
        const DowntimeBar &b = barAt(c);
        labels << (b.mtdMonths ? tr("%1 (MTD %2)").arg(shortName(b.name), mtdText(*b.mtdMonths * HoursPerMonth))
                               : tr("%1 (MTD unknown)").arg(shortName(b.name)));
        barIds << b.id;
    }
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(labels, barIds));
    QValueAxis *months = monthAxis(std::ceil(std::max(1.0, top)), tr("Months down (a month is 730 hours)"));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(months);
    QScatterSeries *limits = nullptr;
    for (int c = 0; c < n; ++c) {
        if (const std::optional<double> mtd = barAt(c).mtdMonths) {
            if (!limits)
                limits = new QScatterSeries;
            limits->append(*mtd, c);
        }
    }
    if (limits) {
        limits->setName(tr("Maximum tolerable downtime (MTD)"));
        chart->addSeries(limits);
        limits->attachAxis(categories);
        limits->attachAxis(months);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_downtime->setChart(chart);
    // The title after the theme, so that it is laid out in its final font.
    chart->setTitle(tr("Downtime against the maximum tolerable downtime (MTD)") + QStringLiteral("<br>")
                    + tr("Down longer than they can bear: %1 of %2 capabilities").arg(beyond).arg(m_bars.size())
                    + (n < int(m_bars.size()) ? tr(" (the %1 worst shown)").arg(n) : QString()));
    for (auto &[set, setIds] : ids)
        m_downtime->setBarIds(set, setIds);
    m_downtime->connectBarClicks(series);
    if (limits)
        styleLimitMarks(limits, palette().color(QPalette::Text));
}

void ScenarioView::buildCostChart()
{
    const ScenarioResult &r = *m_result;
    if (m_cost.empty() || (r.baselineCost <= 0 && r.scenarioCost <= 0)) {
        m_costPanel->showEmpty(tr("No application in use has an annual cost on record: there is no cost to show."));
        return;
    }
    double top = 0;
    for (const CostPoint &p : m_cost)
        top = std::max({top, p.baseline, p.scenario});
    double scale = 1;
    QString unit = tr("Cumulative cost (€)");
    QString format = QStringLiteral("%.0f");
    if (top >= 2e6) {
        scale = 1e6;
        unit = tr("Cumulative cost (€ million)");
        format = QStringLiteral("%.1f");
    } else if (top >= 2e3) {
        scale = 1e3;
        unit = tr("Cumulative cost (€ thousand)");
    }
    auto *chart = new QChart;
    auto *baseline = new QLineSeries;
    baseline->setName(tr("Without the scenario (baseline)"));
    auto *scenario = new QLineSeries;
    scenario->setName(tr("With the scenario"));
    baseline->append(0, 0);
    scenario->append(0, 0);
    for (const CostPoint &p : m_cost) {
        baseline->append(p.month + 1, p.baseline / scale);
        scenario->append(p.month + 1, p.scenario / scale);
    }
    auto *switches = new QScatterSeries;
    switches->setName(tr("Switch to an alternative begun (one-off cost paid)"));
    switches->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    switches->setMarkerSize(13);
    const std::vector<CostPoint> marked = switchingPoints(m_cost);
    for (const CostPoint &p : marked)
        switches->append(p.month + 1, p.scenario / scale);
    chart->addSeries(baseline);
    chart->addSeries(scenario);
    if (!marked.empty())
        chart->addSeries(switches);
    else
        delete switches;
    QValueAxis *months = monthAxis(r.horizonMonths, tr("Months from the start of the scenario (cost to the end of the month)"));
    auto *euros = new QValueAxis;
    euros->setRange(0, top / scale * 1.05);
    euros->applyNiceNumbers();
    euros->setLabelFormat(format);
    euros->setTitleText(unit);
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(euros, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(months);
        s->attachAxis(euros);
    }
    const double extra = r.scenarioCost - r.baselineCost;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_costPanel->setChart(chart);
    // The title after the theme, so that it is laid out in its final font.
    chart->setTitle(tr("Cost over %1 months: with the scenario against without").arg(r.horizonMonths) + QStringLiteral("<br>")
                    + tr("%1 with, %2 without: %3 %4, of which %5 switching")
                          .arg(money(r.scenarioCost), money(r.baselineCost), money(std::abs(extra)),
                               extra >= 0 ? tr("more") : tr("less"), money(r.switchingCost)));
    const QColor text = palette().color(QPalette::Text);
    baseline->setPen(QPen(ChartPanel::unknownColor(), 2.5, Qt::DashLine));
    scenario->setPen(QPen(beyondColour(), 3));
    if (!marked.empty()) {
        switches->setColor(withinColour());
        switches->setBorderColor(text);
        const auto pointAt = [this](const QPointF &at) -> const CostPoint * {
            const CostPoint *best = nullptr;
            for (const CostPoint &p : m_cost) {
                if (!p.switches.empty() && (!best || std::abs(p.month + 1 - at.x()) < std::abs(best->month + 1 - at.x())))
                    best = &p;
            }
            return best;
        };
        connect(switches, &QScatterSeries::clicked, this, [this, pointAt](const QPointF &at) {
            if (const CostPoint *p = pointAt(at))
                Q_EMIT nodesActivated(p->nodeIds);
        });
        connect(switches, &QScatterSeries::hovered, this, [this, pointAt](const QPointF &at, bool over) {
            const CostPoint *p = over ? pointAt(at) : nullptr;
            if (!p) {
                QToolTip::hideText();
                return;
            }
            QStringList lines{tr("Month %1: %2 in switching costs").arg(p->month).arg(money(p->switching))};
            for (const TimelineStep &s : p->switches)
                lines << tr("%1 → %2 (%3)").arg(nodeLabel(s.replaced), nodeLabel(s.alternative),
                                                s.switchCost ? money(*s.switchCost) : tr("cost unknown"));
            QToolTip::showText(QCursor::pos(), lines.join(u'\n'), m_costPanel);
        });
    }
}

QString ScenarioView::nodeLabel(const QString &id) const
{
    const Node *n = m_resultModel ? m_resultModel->findNode(id) : m_model->findNode(id);
    return n && !n->name.isEmpty() ? n->name : id;
}

// --- summary -------------------------------------------------------------------------------

void ScenarioView::buildSummary()
{
    const ScenarioResult &r = *m_result;
    const Model &model = *m_resultModel;
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const auto name = [&](int node) { return esc(nodeLabel(model.nodes[std::size_t(node)].id)); };
    const auto step = [&](const TimelineStep &s) {
        return esc(tr("%1 → %2 (%3, %4)")
                       .arg(nodeLabel(s.replaced), nodeLabel(s.alternative),
                            s.switchMonths ? monthsText(*s.switchMonths) : tr("time unknown"),
                            s.switchCost ? money(*s.switchCost) : tr("cost unknown")));
    };
    const QString red = (ChartPanel::isDark(palette()) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20)).name();
    QString h;
    h += QStringLiteral("<h3>") + esc(r.scenarioName.isEmpty() ? r.scenarioId : r.scenarioName) + QStringLiteral("</h3>");
    h += QStringLiteral("<p>") + esc(tr("%1 months simulated; ways back ranked %2.").arg(r.horizonMonths).arg(policyName(r.policy)))
         + QStringLiteral("</p>");
    if (templateFor(m_resultChoice) && !m_choices.isEmpty()) {
        h += QStringLiteral("<h4>") + esc(tr("How the template's parameters were set")) + QStringLiteral("</h4><ul>");
        for (const QString &c : m_choices)
            h += QStringLiteral("<li>") + esc(c) + QStringLiteral("</li>");
        h += QStringLiteral("</ul>");
    }
    if (!m_instantiateErrors.isEmpty()) {
        h += QStringLiteral("<p style=\"color:%1\"><b>").arg(red) + esc(tr("The template cannot be applied:")) + QStringLiteral("</b> ")
             + esc(m_instantiateErrors.join(QStringLiteral("; "))) + QStringLiteral("</p>");
    }

    // What goes down and the way back.
    if (m_rows.empty()) {
        h += QStringLiteral("<p>") + esc(tr("No capability goes down.")) + QStringLiteral("</p>");
    } else {
        h += QStringLiteral("<h4>") + esc(tr("Capabilities that go down, and the way back")) + QStringLiteral("</h4><ul>");
        for (const TimelineRow &row : m_rows) {
            const QString mtd = row.mtdMonths ? mtdText(*row.mtdMonths * HoursPerMonth) : tr("unknown");
            const QString verdict = !row.exceedsMtd ? tr("MTD unknown") : *row.exceedsMtd ? tr("beyond the MTD") : tr("within the MTD");
            QString line = QStringLiteral("<li><b>") + esc(row.name) + QStringLiteral("</b>: ")
                           + esc(tr("down from month %1 for %2 (MTD %3, %4)").arg(row.downFrom).arg(monthsText(row.downtimeMonths)).arg(mtd, verdict));
            if (row.noWayBack) {
                line += QStringLiteral("<br><span style=\"color:%1\"><b>").arg(red) + esc(tr("NO WAY BACK:")) + QStringLiteral("</b> ")
                        + esc(row.reason) + QStringLiteral("</span>");
            } else {
                line += QStringLiteral("<br>")
                        + esc(row.recoveredAt ? tr("back in month %1 by switching:").arg(*row.recoveredAt) : tr("not back within the horizon; switches:"));
                QStringList steps;
                for (const TimelineStep &s : row.steps)
                    steps << step(s);
                line += QStringLiteral(" ") + steps.join(QStringLiteral("; "));
                if (!row.reason.isEmpty())
                    line += QStringLiteral(" <i>(") + esc(row.reason) + QStringLiteral(")</i>");
            }
            if (!row.rejected.empty()) {
                QStringList rejected;
                for (const TimelineStep &s : row.rejected)
                    rejected << esc(tr("%1 → %2").arg(nodeLabel(s.replaced), nodeLabel(s.alternative)));
                line += QStringLiteral("<br>") + esc(tr("Alternatives rejected because they are hit too:")) + u' ' + rejected.join(QStringLiteral(", "));
            }
            h += line + QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    if (!r.held.empty()) {
        h += QStringLiteral("<h4>") + esc(tr("Kept up by redundancy")) + QStringLiteral("</h4><ul>");
        for (const HeldByRedundancy &held : r.held) {
            QStringList lost;
            for (const int l : held.lost)
                lost << name(l);
            h += QStringLiteral("<li>") + name(held.capability) + QStringLiteral(": ")
                 + esc(tr("month %1, lost")).arg(held.month) + u' ' + lost.join(QStringLiteral(", ")) + QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }

    // Cost.
    h += QStringLiteral("<h4>") + esc(tr("Cost over the horizon")) + QStringLiteral("</h4><p>");
    const double extra = r.scenarioCost - r.baselineCost;
    h += esc(tr("%1 without the scenario, %2 with it: %3 %4. Switching costs %5.")
                 .arg(money(r.baselineCost), money(r.scenarioCost), money(std::abs(extra)), extra >= 0 ? tr("more") : tr("less"),
                      money(r.switchingCost)));
    if (r.applicationsWithoutCost > 0)
        h += u' ' + esc(tr("Applications in use without an annual cost on record (not counted): %1.").arg(r.applicationsWithoutCost));
    h += QStringLiteral("</p>");
    if (!r.priceExits.empty()) {
        h += QStringLiteral("<h4>") + esc(tr("Ways out of the price rise")) + QStringLiteral("</h4><ul>");
        for (const PriceExit &x : r.priceExits) {
            const QString verdict = !x.saving ? tr("saving unknown (switch time, switch cost or the alternative's annual cost missing)")
                                    : *x.saving > 0 ? tr("switching saves %1").arg(money(*x.saving))
                                                    : tr("staying is %1 cheaper").arg(money(-*x.saving));
            h += QStringLiteral("<li>")
                 + esc(tr("%1 → %2 from month %3: staying %4, switching %5; %6")
                           .arg(nodeLabel(model.nodes[std::size_t(x.application)].id), nodeLabel(model.nodes[std::size_t(x.alternative)].id))
                           .arg(x.from)
                           .arg(money(x.stayCost), x.switchTotal ? money(*x.switchTotal) : tr("unknown"), verdict))
                 + QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    if (!r.reach.empty() || !r.sovereignty.empty()) {
        h += QStringLiteral("<h4>") + esc(tr("After the acquisitions")) + QStringLiteral("</h4><ul>");
        for (const ReachChange &c : r.reach) {
            QStringList added, removed;
            for (const int j : c.added)
                added << name(j);
            for (const int j : c.removed)
                removed << name(j);
            QString line = name(c.application) + QStringLiteral(": ");
            if (!added.isEmpty())
                line += esc(tr("comes into the legal reach of")) + u' ' + added.join(QStringLiteral(", "));
            if (!removed.isEmpty())
                line += (added.isEmpty() ? QString() : QStringLiteral("; ")) + esc(tr("leaves the legal reach of")) + u' ' + removed.join(QStringLiteral(", "));
            h += QStringLiteral("<li>") + line + QStringLiteral("</li>");
        }
        for (const SovereigntyChange &c : r.sovereignty) {
            h += QStringLiteral("<li>") + name(c.application) + QStringLiteral(": ")
                 + esc(tr("sovereignty score %1 → %2").arg(number(c.scoreBefore)).arg(number(c.scoreAfter))) + QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    QStringList notes = m_leftOut;
    notes << r.notes;
    if (!notes.isEmpty()) {
        h += QStringLiteral("<h4>") + esc(tr("Notes")) + QStringLiteral("</h4><ul>");
        for (const QString &note : notes)
            h += QStringLiteral("<li>") + esc(note) + QStringLiteral("</li>");
        h += QStringLiteral("</ul>");
    }
    m_summary->setHtml(h);
}

QString ScenarioView::summaryText() const
{
    return m_summary->toPlainText();
}

} // namespace antrum

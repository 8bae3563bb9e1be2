// SPDX-License-Identifier: GPL-3.0-or-later
// What the sovereignty report says, chapter by chapter. How it looks is ui/reportwriter's.
#include "reportcontent.h"

#include "landscape.h"
#include "methodologyoutput.h"
#include "reportwords.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <set>

namespace antrum {

namespace {

/// The translation context of the report.
struct Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using Index = FailureGraph::Index;
using words::decimal;
using words::money;
using words::percent;
using words::whole;

constexpr int ListedNames = 6;
QString listText(const QStringList &items) { return words::listText(items, ListedNames); }

QString dash() { return QStringLiteral("–"); }

/// `one` for 1, else `many` with the number: both are literal tr() calls, so translators see
/// whole phrases (Dutch, German and French need no more forms than these for counts).
QString counted(qsizetype n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); }

/// The model read for the report: names, edges by kind, and what the appendix lists.
class Inventory {
public:
    explicit Inventory(const Model &model) : m_model(model), m_index(model.nodeIndex())
    {
        m_out.resize(model.nodes.size());
        m_in.resize(model.nodes.size());
        for (const Edge &e : model.edges) {
            const int from = m_index.value(e.from, -1), to = m_index.value(e.to, -1);
            if (from < 0 || to < 0)
                continue;
            m_out[std::size_t(from)].push_back({e.kind, to});
            m_in[std::size_t(to)].push_back({e.kind, from});
        }
    }
    const Model &model() const { return m_model; }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    QString name(int i) const
    {
        const Node &n = m_model.nodes[std::size_t(i)];
        return n.name.isEmpty() ? n.id : n.name;
    }
    QString name(const QString &id) const
    {
        const int i = indexOf(id);
        return i < 0 ? id : name(i);
    }
    std::vector<int> out(int from, EdgeKind kind) const
    {
        std::vector<int> result;
        for (const auto &[k, to] : m_out[std::size_t(from)])
            if (k == kind)
                result.push_back(to);
        return result;
    }
    std::vector<int> in(int to, EdgeKind kind) const
    {
        std::vector<int> result;
        for (const auto &[k, from] : m_in[std::size_t(to)])
            if (k == kind)
                result.push_back(from);
        return result;
    }
    QStringList names(const std::vector<int> &nodes) const
    {
        QStringList result;
        for (int n : nodes)
            result << name(n);
        return result;
    }
    std::vector<int> ofKind(NodeKind kind) const
    {
        std::vector<int> result;
        for (int i = 0; i < int(m_model.nodes.size()); ++i)
            if (m_model.nodes[std::size_t(i)].kind == kind)
                result.push_back(i);
        std::sort(result.begin(), result.end(), [this](int a, int b) {
            const QString na = name(a), nb = name(b);
            const int c = QString::localeAwareCompare(na, nb);
            return c != 0 ? c < 0 : idLess(m_model.nodes[std::size_t(a)].id, m_model.nodes[std::size_t(b)].id);
        });
        return result;
    }
    /// Every node a capability or application depends on, transitively (itself first).
    std::vector<int> closure(int from) const
    {
        std::vector<int> result{from};
        std::vector<bool> seen(m_model.nodes.size(), false);
        seen[std::size_t(from)] = true;
        for (std::size_t i = 0; i < result.size(); ++i)
            for (const auto &[k, to] : m_out[std::size_t(result[i])])
                if (isDependency(k) && !seen[std::size_t(to)]) {
                    seen[std::size_t(to)] = true;
                    result.push_back(to);
                }
        return result;
    }

private:
    const Model &m_model;
    QHash<QString, int> m_index;
    std::vector<std::vector<std::pair<EdgeKind, int>>> m_out, m_in;
};

QString criticalityWord(int criticality)
{
    switch (criticality) {
    case 5: return Report::tr("vital");
    case 4: return Report::tr("high");
    case 3: return Report::tr("medium");
    case 2: return Report::tr("low");
    default: return Report::tr("minor");
    }
}

QString severityText(int severity)
{
    return Report::tr("Severity %1 of 5 (%2)").arg(severity).arg(criticalityWord(severity));
}

QString priorityText(int priority)
{
    switch (priority) {
    case 1: return Report::tr("Priority 1: act now");
    case 2: return Report::tr("Priority 2: plan it");
    default: return Report::tr("Priority 3: consider it");
    }
}

ReportTone toneOf(KeyFigure::Tone tone)
{
    switch (tone) {
    case KeyFigure::Tone::Good: return ReportTone::Good;
    case KeyFigure::Tone::Warning: return ReportTone::Warning;
    case KeyFigure::Tone::Bad: return ReportTone::Bad;
    case KeyFigure::Tone::Neutral: break;
    }
    return ReportTone::None;
}

ReportTone severityTone(int severity)
{
    return severity >= 4 ? ReportTone::Bad : severity == 3 ? ReportTone::Warning : ReportTone::None;
}

/// Builds the blocks in order.
class Builder {
public:
    Builder(const ReportInputs &in, const ReportOptions &options)
        : m_in(in), m_options(options), m_model(*in.model), m_analysis(*in.analysis), m_methodology(*in.methodology),
          m_findings(*in.findings), m_inventory(*in.model), m_landscape(*in.model)
    {
    }

    ReportContent build();

private:
    void heading(int level, const QString &anchor, const QString &text)
    {
        ReportBlock b;
        b.kind = ReportBlock::Kind::Heading;
        b.level = level;
        b.anchor = anchor;
        b.text = text;
        m_blocks.push_back(std::move(b));
    }
    void paragraph(const QString &text, ReportBlock::Kind kind = ReportBlock::Kind::Paragraph)
    {
        ReportBlock b;
        b.kind = kind;
        b.text = text;
        m_blocks.push_back(std::move(b));
    }
    void note(const QString &text) { paragraph(text, ReportBlock::Kind::Note); }
    void bullets(const QStringList &items)
    {
        if (items.isEmpty())
            return;
        ReportBlock b;
        b.kind = ReportBlock::Kind::Bullets;
        b.items = items;
        m_blocks.push_back(std::move(b));
    }
    void table(ReportTable t)
    {
        ReportBlock b;
        b.kind = ReportBlock::Kind::Table;
        b.table = std::move(t);
        m_blocks.push_back(std::move(b));
    }
    void chart(ReportChart c)
    {
        ReportBlock b;
        b.kind = ReportBlock::Kind::Chart;
        b.chart = std::move(c);
        m_blocks.push_back(std::move(b));
    }
    /// Cuts `t` to maxTableRows rows and says so under it.
    void capRows(ReportTable &t, int max) const
    {
        if (int(t.rows.size()) <= max)
            return;
        const int more = int(t.rows.size()) - max;
        t.rows.resize(std::size_t(max));
        if (!t.tones.empty())
            t.tones.resize(std::size_t(max));
        t.note = counted(more, Report::tr("1 more row not shown; the model holds it."), Report::tr("%1 more rows not shown; the model holds them all."));
    }

    ReportFinding reportFinding(const Finding &f, int maxActions = -1) const;
    QStringList pathsOf(const Finding &f) const;

    void titlePage(ReportContent &content) const;
    void summary();
    void method();
    void findings();
    void areaIntro(const QString &area);
    void spofMaterial();
    void cutSetMaterial();
    void jurisdictionMaterial();
    void concentrationMaterial();
    void lockInMaterial();
    void sovereigntyMaterial();
    void dataQualityMaterial();
    void findingsOf(const QString &area, const std::function<bool(const Finding &)> &filter = {});
    void scenarios();
    void options();
    void recommendations();
    void appendix();
    void inventory();

    const ReportInputs &m_in;
    const ReportOptions &m_options;
    const Model &m_model;
    const DependencyAnalysis &m_analysis;
    const MethodologyResult &m_methodology;
    const ReportFindings &m_findings;
    Inventory m_inventory;
    Landscape m_landscape;
    std::vector<ReportBlock> m_blocks;
    std::set<QString> m_shownFindings;
    mutable std::set<QString> m_rulesExplained;
};

QStringList Builder::pathsOf(const Finding &f) const
{
    QStringList paths;
    if (f.nodes.isEmpty())
        return paths;
    const FailureGraph &graph = m_analysis.graph();
    const std::optional<Index> subject = graph.indexOf(f.nodes.first());
    if (!subject)
        return paths;
    constexpr int MaxPaths = 4;
    for (const QString &capId : f.capabilities) {
        const std::optional<Index> c = graph.indexOf(capId);
        if (!c)
            continue;
        for (const CapabilityFindings &cf : m_analysis.capabilities()) {
            if (cf.node != *c)
                continue;
            for (std::size_t i = 0; i < cf.spofs.size() && i < cf.whyPaths.size(); ++i) {
                if (cf.spofs[i] != *subject || cf.whyPaths[i].size() < 2)
                    continue;
                QStringList names;
                for (Index n : cf.whyPaths[i])
                    names << graph.name(n);
                paths << names.join(QStringLiteral(" → "));
            }
        }
        if (paths.size() >= MaxPaths) {
            const int more = int(f.capabilities.size()) - MaxPaths;
            if (more > 0)
                paths << counted(more, Report::tr("(and the same for 1 more capability)"), Report::tr("(and the same for %1 more capabilities)"));
            break;
        }
    }
    return paths;
}

ReportFinding Builder::reportFinding(const Finding &f, int maxActions) const
{
    ReportFinding r;
    r.id = f.id;
    r.severity = f.severity;
    r.severityText = severityText(f.severity);
    r.title = f.title;
    r.text = f.text;
    r.paths = pathsOf(f);
    for (const Recommendation *rec : m_findings.recommendationsFor(f.id)) {
        if (maxActions >= 0 && int(r.actions.size()) >= maxActions)
            break;
        ReportFinding::Action a;
        a.rule = rec->rule;
        a.priority = rec->priority;
        a.priorityText = priorityText(rec->priority);
        a.title = rec->title;
        a.text = rec->text;
        // Each rule's reasoning is given in full the first time it appears; after that a
        // pointer, so that twenty R1 actions do not repeat the same paragraph.
        if (m_rulesExplained.insert(rec->rule).second) {
            a.rationale = rec->rationale;
            a.source = rec->source;
        } else {
            a.rationale = Report::tr("As for rule %1 above (appendix A).").arg(rec->rule);
        }
        r.actions.push_back(std::move(a));
    }
    return r;
}

void Builder::titlePage(ReportContent &c) const
{
    c.title = Report::tr("Sovereignty report");
    c.organisation = m_options.organisation.trimmed().isEmpty() ? m_model.name : m_options.organisation.trimmed();
    c.subtitle = Report::tr("Digital dependencies, single points of failure and exit options");
    c.author = m_options.author.trimmed();
    const QDate date = m_options.date.isValid() ? m_options.date : QDate::currentDate();
    c.dateText = words::longDate(date);
    c.logoPath = m_options.logoPath;
    c.modelName = m_model.name;
    c.version = m_options.version;
    c.language = words::numberLocale().name().section(u'_', 0, 0);
    ReportLabels &l = c.labels;
    l.contents = Report::tr("Contents");
    l.page = Report::tr("Page %1 of %2");
    l.figure = Report::tr("Figure %1");
    l.table = Report::tr("Table %1");
    l.recommendation = Report::tr("Recommendation");
    l.rationale = Report::tr("Why");
    l.source = Report::tr("Source");
    l.explanation = Report::tr("Why it fails");
    l.preparedFor = Report::tr("Prepared for");
    l.author = Report::tr("Author");
    l.date = Report::tr("Date");
    l.generatedBy = Report::tr("Made with Antrum %1 from the model “%2”.");
}

void Builder::summary()
{
    heading(1, QStringLiteral("summary"), Report::tr("Executive summary"));
    const auto count = [this](NodeKind kind) { return int(m_inventory.ofKind(kind).size()); };
    paragraph(Report::tr("This report maps the digital dependencies of %1: %2, %3, %4, %5 and %6, as recorded in the model "
                         "on %7. It shows where a single supplier, parent company or foreign law can stop work the "
                         "organisation cannot do without, how hard it would be to leave, and what to do about it.")
                  .arg(m_options.organisation.trimmed().isEmpty() ? m_model.name : m_options.organisation.trimmed(),
                       words::capabilityCount(count(NodeKind::Capability)), words::applicationCount(count(NodeKind::Application)),
                       counted(count(NodeKind::Supplier), Report::tr("1 supplier"), Report::tr("%1 suppliers")),
                       counted(count(NodeKind::Host), Report::tr("1 host"), Report::tr("%1 hosts")),
                       counted(count(NodeKind::Jurisdiction), Report::tr("1 jurisdiction"), Report::tr("%1 jurisdictions")),
                       words::longDate(m_methodology.settings.asOf)));

    ReportBlock figures;
    figures.kind = ReportBlock::Kind::KeyFigures;
    for (const KeyFigure &k : dashboardFigures(m_model, m_analysis, m_methodology))
        figures.figures.push_back({k.label, k.value, k.detail, toneOf(k.tone)});
    m_blocks.push_back(std::move(figures));

    const std::vector<const Finding *> urgent = mostUrgentFindings(m_findings);
    heading(2, QStringLiteral("summary-urgent"), Report::tr("The most urgent findings"));
    if (urgent.empty()) {
        paragraph(Report::tr("The analysis found nothing that needs attention."));
    } else {
        paragraph(Report::tr("Ranked by how severe they are times how many capabilities they can stop. Chapter 3 explains "
                             "each finding; chapter 6 lists every recommendation."));
        for (const Finding *f : urgent) {
            ReportBlock b;
            b.kind = ReportBlock::Kind::Finding;
            b.finding = reportFinding(*f, 1);
            m_blocks.push_back(std::move(b));
        }
    }

    QStringList first;
    int firstCount = 0;
    for (const Recommendation &r : m_findings.recommendations) {
        if (r.priority != 1)
            continue;
        ++firstCount;
        if (first.size() < 8)
            first << Report::tr("%1 (%2)").arg(r.title, r.rule);
    }
    heading(2, QStringLiteral("summary-first"), Report::tr("What to do first"));
    if (first.isEmpty()) {
        paragraph(Report::tr("No recommendation needs action now; chapter 6 lists what to plan and consider."));
    } else {
        paragraph(firstCount == 1 ? Report::tr("One recommendation has priority 1 (a vital capability at stake or a "
                                               "deadline within six months):")
                                  : Report::tr("%1 recommendations have priority 1 (a vital capability at stake or a "
                                               "deadline within six months):").arg(firstCount));
        bullets(first);
        if (firstCount > first.size())
            paragraph(Report::tr("And %1 more in chapter 6.").arg(firstCount - first.size()));
    }

    heading(2, QStringLiteral("summary-figures"), Report::tr("In figures"));
    bullets(summaryFigureLines(m_findings.figures));
}

void Builder::method()
{
    heading(1, QStringLiteral("method"), Report::tr("How this analysis works"));
    paragraph(Report::tr("Antrum describes the organisation as a graph. Capabilities (what the organisation must be able to "
                         "do) require applications; applications are provided by suppliers and hosted on hosts; suppliers "
                         "belong to parent companies, hire subcontractors and are incorporated in jurisdictions; hosts are "
                         "operated by suppliers and located in jurisdictions. Redundancy is recorded explicitly, as a group "
                         "of alternatives of which k out of n suffice."));
    paragraph(Report::tr("A node is a single point of failure of a capability when its failure alone stops the capability. "
                         "Failure follows every dependency, ownership and law included: a parent company that goes bankrupt, "
                         "or a jurisdiction that cuts off service, takes everything under it along. A minimal cut set of "
                         "order 2 is a pair of nodes that together stop a capability though neither does alone. When both lie "
                         "under one parent company or one law, that company or law is a common cause that makes the "
                         "redundancy only apparent."));
    paragraph(Report::tr("The laws of a jurisdiction reach a capability when they apply to a supplier, parent company or host "
                         "it depends on (legal reach). A jurisdiction can cut a capability off when stopping everything "
                         "under its law stops the capability (cut-off exposure). Jurisdictions outside the EU that are not "
                         "the organisation's own are foreign."));
    const MethodologySettings &s = m_methodology.settings;
    paragraph(Report::tr("Lock-in is scored from 0 to 100 on eleven factors, such as data portability, open standards, "
                         "licence, exit clause and notice period, each with a documented weight. A factor without data "
                         "counts at its worst, as in a tender; every score says how much of it rests on known facts. "
                         "Concentration is measured with the Herfindahl–Hirschman index (HHI, 0 to 10,000) over parent "
                         "companies, their countries and host operators, weighted by criticality or by annual cost: above "
                         "%1 is moderate and above %2 high, the bands of the European Commission's merger guidelines "
                         "(2004/C 31/03).")
                  .arg(whole(s.hhiModerate), whole(s.hhiHigh)));
    paragraph(Report::tr("The sovereignty profile rates each application on the eight objectives of the EU Cloud Sovereignty "
                         "Framework (SOV-1 to SOV-8) at SEAL levels 0 to 4; what is unknown counts as level 0. Exit "
                         "scenarios (sanctions, price shocks, faulty updates, bankruptcies) are simulated month by month "
                         "with the alternatives, switching times and costs recorded in the model. Each recommendation "
                         "follows from one finding by one of the documented rules of appendix A."));
    note(Report::tr("Reference date %1; facts older than %2 months count as out of date. The full methodology, with every "
                    "formula, weight and source, is in docs/methodology.md, and the rules behind the recommendations in "
                    "docs/recommendations.md; both come with Antrum. The findings are only as good as the model: chapter "
                    "3.7 says how much of it is known.")
             .arg(words::longDate(s.asOf))
             .arg(s.staleAfterMonths));
}

void Builder::findingsOf(const QString &area, const std::function<bool(const Finding &)> &filter)
{
    // The most urgent findings of the area in full; the rest in one table, so that a model
    // of 100,000 nodes gives a report that can still be read (their recommendations are in
    // chapter 6 all the same).
    std::vector<const Finding *> chosen;
    for (const Finding &f : m_findings.findings)
        if (f.area == area && (!filter || filter(f)))
            chosen.push_back(&f);
    if (chosen.empty()) {
        paragraph(Report::tr("No finding in this area."));
        return;
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const Finding *a, const Finding *b) {
        if (a->urgency() != b->urgency())
            return a->urgency() > b->urgency();
        return a->severity > b->severity;
    });
    const std::size_t full = std::size_t(std::max(1, m_options.maxFindingsPerArea));
    ReportTable rest;
    rest.caption = Report::tr("Further findings in this area");
    rest.header = {Report::tr("Severity"), Report::tr("Finding"), Report::tr("Recommendations")};
    rest.numeric = {true, false, false};
    rest.widths = {11, 61, 28};
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const Finding &f = *chosen[i];
        m_shownFindings.insert(f.id);
        if (i < full) {
            ReportBlock b;
            b.kind = ReportBlock::Kind::Finding;
            b.finding = reportFinding(f);
            m_blocks.push_back(std::move(b));
            continue;
        }
        QStringList rules;
        for (const Recommendation *r : m_findings.recommendationsFor(f.id))
            rules << r->rule;
        rest.rows.push_back({QString::number(f.severity), f.title, rules.isEmpty() ? dash() : rules.join(QStringLiteral(", "))});
        rest.tones.push_back(severityTone(f.severity));
    }
    if (!rest.rows.empty()) {
        paragraph(Report::tr("The %1 most urgent findings of this area are given above in full; the other %2 follow in "
                             "short. Chapter 6 lists every recommendation.")
                      .arg(full)
                      .arg(rest.rows.size()));
        capRows(rest, m_options.maxTableRows);
        table(std::move(rest));
    }
}

void Builder::spofMaterial()
{
    int with = 0, vital = 0, vitalWith = 0;
    const FailureGraph &graph = m_analysis.graph();
    ReportTable t;
    t.caption = Report::tr("Single points of failure per capability");
    t.header = {Report::tr("Capability"), Report::tr("Criticality"), Report::tr("Number"), Report::tr("Single points of failure")};
    t.numeric = {false, true, true, false};
    t.widths = {27, 15, 10, 48};
    std::vector<const CapabilityFindings *> rows;
    for (const CapabilityFindings &c : m_analysis.capabilities()) {
        const bool isVital = c.criticality >= thresholds::VitalCriticality;
        vital += isVital;
        if (c.spofs.empty())
            continue;
        ++with;
        vitalWith += isVital;
        rows.push_back(&c);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CapabilityFindings *a, const CapabilityFindings *b) {
        if (a->criticality != b->criticality)
            return a->criticality > b->criticality;
        return a->spofs.size() > b->spofs.size();
    });
    for (const CapabilityFindings *c : rows) {
        QStringList names;
        for (Index n : c->spofs)
            names << graph.name(n);
        t.rows.push_back({graph.name(c->node), QString::number(c->criticality), QString::number(c->spofs.size()), listText(names)});
        t.tones.push_back(severityTone(c->criticality));
    }
    paragraph(Report::tr("%1 of %2 have at least one single point of failure; of the %3 vital ones, %4 do. A single point "
                         "of failure may be an application, a supplier or its parent company, a host or a jurisdiction.")
                  .arg(with)
                  .arg(words::capabilityCount(qsizetype(m_analysis.capabilities().size())))
                  .arg(vital)
                  .arg(vitalWith));

    ReportChart ranking;
    ranking.caption = Report::tr("Single points of failure ranked by what they stop (capabilities, by criticality)");
    ranking.bars = spofRankingChart(m_model, m_analysis);
    ranking.aspect = 0.55;
    if (!ranking.bars.categories.isEmpty())
        chart(std::move(ranking));

    // The picture: a page shows a graph of a few dozen boxes legibly, so it is of what one
    // capability depends on: the most critical one with the most single points of failure
    // among those whose dependencies fit, else the one with the fewest dependencies.
    constexpr std::size_t MaxDrawnNodes = 30;
    const CapabilityFindings *pictured = nullptr;
    std::vector<int> picturedNodes;
    for (const CapabilityFindings *c : rows) { // by criticality, then single points of failure
        std::vector<int> closure = m_inventory.closure(m_inventory.indexOf(graph.id(c->node)));
        if (!pictured || closure.size() < picturedNodes.size()) {
            pictured = c;
            picturedNodes = std::move(closure);
        }
        if (picturedNodes.size() <= MaxDrawnNodes)
            break;
    }
    if (pictured) {
        ReportChart graphChart;
        graphChart.kind = ReportChart::Kind::Graph;
        graphChart.capability = graph.id(pictured->node);
        graphChart.caption = Report::tr("What %1 depends on; its single points of failure are outlined in red").arg(graph.name(pictured->node));
        graphChart.aspect = 0.6;
        for (int n : picturedNodes)
            graphChart.nodes << m_model.nodes[std::size_t(n)].id;
        chart(std::move(graphChart));
    }
    capRows(t, m_options.maxTableRows);
    if (!t.rows.empty())
        table(std::move(t));
}

void Builder::cutSetMaterial()
{
    const FailureGraph &graph = m_analysis.graph();
    ReportTable t;
    t.caption = Report::tr("Pairs that stop a capability together (minimal cut sets of order 2)");
    t.header = {Report::tr("Capability"), Report::tr("Criticality"), Report::tr("Pairs"), Report::tr("For example")};
    t.numeric = {false, true, true, false};
    t.widths = {27, 15, 9, 49};
    constexpr int Examples = 3;
    std::vector<std::pair<const CapabilityFindings *, int>> rows;
    int pairs = 0;
    for (const CapabilityFindings &c : m_analysis.capabilities()) {
        int n = 0;
        for (const auto &cut : c.cutSets)
            n += cut.size() == 2;
        if (n > 0)
            rows.push_back({&c, n});
        pairs += n;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (a.first->criticality != b.first->criticality)
            return a.first->criticality > b.first->criticality;
        return a.second > b.second;
    });
    for (const auto &[c, n] : rows) {
        QStringList examples;
        for (const auto &cut : c->cutSets)
            if (cut.size() == 2 && examples.size() < Examples)
                examples << Report::tr("%1 with %2").arg(graph.name(cut[0]), graph.name(cut[1]));
        if (n > Examples)
            examples << Report::tr("and %1 more").arg(n - Examples);
        t.rows.push_back({graph.name(c->node), QString::number(c->criticality), QString::number(n), examples.join(QStringLiteral("; "))});
        t.tones.push_back(severityTone(c->criticality));
    }
    paragraph(Report::tr("Pairs of nodes that stop a capability together although neither does alone: %1 in all, for %2. "
                         "Where both lie under one parent company, one host operator or one law, the redundancy is only "
                         "apparent; the findings below name those common causes.")
                  .arg(counted(pairs, Report::tr("1 pair"), Report::tr("%1 pairs")), words::capabilityCount(qsizetype(rows.size()))));
    capRows(t, m_options.maxTableRows);
    if (!t.rows.empty())
        table(std::move(t));
}

void Builder::jurisdictionMaterial()
{
    ReportChart exposure;
    exposure.caption = Report::tr("Capabilities each jurisdiction can cut off on its own, and those its laws reach, by criticality");
    exposure.bars = jurisdictionExposureChart(m_model, m_analysis);
    exposure.aspect = 0.6;

    ReportTable t;
    t.caption = Report::tr("Exposure per jurisdiction");
    t.header = {Report::tr("Jurisdiction"), Report::tr("Position"), Report::tr("Can cut off"), Report::tr("Of which vital"),
                Report::tr("Laws reach"), Report::tr("Laws with reach abroad")};
    t.numeric = {false, false, true, true, true, false};
    t.widths = {20, 14, 11, 11, 11, 33};
    const FailureGraph &graph = m_analysis.graph();
    struct Row {
        const JurisdictionFindings *j;
        bool foreign;
        int vital;
    };
    std::vector<Row> rows;
    QStringList foreignCutting;
    for (const JurisdictionFindings &j : m_analysis.jurisdictions()) {
        if (j.cutoff.empty() && j.reach.empty())
            continue;
        const int index = m_landscape.indexOf(graph.id(j.node));
        const bool foreign = !m_landscape.isEu(index);
        int vital = 0;
        for (Index c : j.cutoff) {
            const Node *n = m_model.findNode(graph.id(c));
            vital += n && n->effectiveCriticality() >= thresholds::VitalCriticality;
        }
        if (foreign && !j.cutoff.empty())
            foreignCutting << graph.name(j.node);
        rows.push_back({&j, foreign, vital});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.foreign != b.foreign)
            return a.foreign;
        if (a.j->cutoff.size() != b.j->cutoff.size())
            return a.j->cutoff.size() > b.j->cutoff.size();
        return a.j->reach.size() > b.j->reach.size();
    });
    for (const Row &r : rows) {
        const int index = m_landscape.indexOf(graph.id(r.j->node));
        const Node &n = m_model.nodes[std::size_t(index)];
        const QString position = m_landscape.isHome(index) ? Report::tr("home") : r.foreign ? Report::tr("outside the EU") : Report::tr("EU");
        const QStringList *laws = n.attributeAs<QStringList>(QStringLiteral("laws"));
        t.rows.push_back({graph.name(r.j->node), position, QString::number(r.j->cutoff.size()), QString::number(r.vital),
                          QString::number(r.j->reach.size()), laws && !laws->isEmpty() ? laws->join(QStringLiteral("; ")) : dash()});
        t.tones.push_back(r.foreign && r.vital > 0 ? ReportTone::Bad : r.foreign && !r.j->cutoff.empty() ? ReportTone::Warning : ReportTone::None);
    }
    paragraph(foreignCutting.isEmpty()
                  ? Report::tr("No jurisdiction outside the EU can cut off a capability on its own. Legal reach is wider than "
                               "cut-off: a law can demand access to data without stopping the service.")
                  : Report::tr("Jurisdictions outside the EU that can cut off at least one capability on their own: %1. Legal "
                               "reach is wider than cut-off: a law can demand access to data without stopping the service.")
                        .arg(listText(foreignCutting)));
    if (!exposure.bars.categories.isEmpty())
        chart(std::move(exposure));
    capRows(t, m_options.maxTableRows);
    if (!t.rows.empty())
        table(std::move(t));
}

void Builder::concentrationMaterial()
{
    ReportTable t;
    t.caption = Report::tr("Concentration indices");
    t.header = {Report::tr("Over"), Report::tr("Weighted by"), Report::tr("HHI"), Report::tr("Level"), Report::tr("Largest"),
                Report::tr("Three largest"), Report::tr("Not attributed")};
    t.numeric = {false, false, true, false, false, true, true};
    t.widths = {18, 13, 9, 11, 27, 11, 11};
    for (const ConcentrationIndex &c : m_methodology.concentration) {
        const QString largest = c.shares.empty() ? dash()
                                                 : Report::tr("%1 (%2)").arg(m_inventory.name(c.shares.front().node), percent(c.cr1));
        t.rows.push_back({concentrationDimensionName(c.dimension), concentrationWeightingName(c.weighting), whole(c.hhi),
                          concentrationLevelName(c.level), largest, percent(c.cr3), percent(c.unknownShare)});
        t.tones.push_back(c.level == ConcentrationLevel::High ? ReportTone::Bad
                          : c.level == ConcentrationLevel::Moderate ? ReportTone::Warning : ReportTone::Good);
    }
    paragraph(Report::tr("The HHI adds up the squared shares (in percent) of each parent company, country or host operator: "
                         "10,000 means everything under one, below %1 counts as low. The weight that could not be "
                         "attributed for lack of facts is left out of the shares and shown apart.")
                  .arg(whole(m_methodology.settings.hhiModerate)));
    if (!t.rows.empty())
        table(std::move(t));
    for (const QString &dimension : {QStringLiteral("ultimate_parent"), QStringLiteral("jurisdiction")}) {
        ReportChart c;
        c.bars = concentrationChart(m_model, m_methodology, dimension, QStringLiteral("criticality"));
        if (c.bars.categories.isEmpty())
            continue;
        c.caption = Report::tr("Shares by %1, weighted by criticality (percent)").arg(concentrationDimensionName(dimension));
        c.valueFormat = QStringLiteral("%.0f %%");
        c.maximum = 100;
        c.stacked = false;
        c.aspect = 0.45;
        chart(std::move(c));
    }
}

void Builder::lockInMaterial()
{
    ReportChart c;
    c.caption = Report::tr("Lock-in per capability by factor (0–100; grey: unknown, counted at its worst)");
    c.bars = lockInChart(m_model, m_methodology, 20);
    c.maximum = 100;
    c.aspect = 0.75;

    ReportTable t;
    t.caption = Report::tr("Applications by lock-in");
    t.header = {Report::tr("Application"), Report::tr("Score"), Report::tr("At best"), Report::tr("Known"), Report::tr("Criticality"),
                Report::tr("Weighs most")};
    t.numeric = {false, true, true, true, true, false};
    t.widths = {26, 10, 10, 10, 15, 29};
    std::vector<const ApplicationLockIn *> apps;
    for (const ApplicationLockIn &a : m_methodology.applications)
        if (!a.candidate)
            apps.push_back(&a);
    std::stable_sort(apps.begin(), apps.end(), [](const ApplicationLockIn *a, const ApplicationLockIn *b) {
        return a->lockIn.score > b->lockIn.score;
    });
    const auto &weights = m_methodology.settings.lockInWeights;
    double totalWeight = 0;
    for (double w : weights)
        totalWeight += w;
    int high = 0;
    for (const ApplicationLockIn *a : apps) {
        // The known factor that adds most to the score.
        int top = -1;
        double topValue = 0;
        for (int f = 0; f < LockInFactorCount; ++f) {
            const FactorValue &v = a->lockIn.factors[std::size_t(f)];
            const double contribution = v.value ? *v.value * weights[std::size_t(f)] : 0;
            if (v.value && contribution > topValue) {
                topValue = contribution;
                top = f;
            }
        }
        const QString weighs = top < 0 ? Report::tr("nothing known")
                                       : Report::tr("%1 (%2 points)").arg(factorLabel(LockInFactor(top)),
                                                                         decimal(totalWeight > 0 ? 100.0 * topValue / totalWeight : 0));
        t.rows.push_back({m_inventory.name(a->node), decimal(a->lockIn.score), decimal(a->lockIn.best), percent(a->lockIn.knownShare),
                          a->criticality > 0 ? QString::number(a->criticality) : dash(), weighs});
        const bool isHigh = a->lockIn.score >= thresholds::HighLockIn;
        high += isHigh;
        t.tones.push_back(isHigh ? (a->criticality >= thresholds::VitalCriticality ? ReportTone::Bad : ReportTone::Warning) : ReportTone::None);
    }
    paragraph(Report::tr("%1 of %2 in use score %3 or more (high lock-in). A score counts unknown factors at their worst; "
                         "“at best” counts them at their best, and the distance between the two is what better data "
                         "would settle.")
                  .arg(high)
                  .arg(words::applicationCount(qsizetype(apps.size())))
                  .arg(whole(thresholds::HighLockIn)));
    if (!c.bars.categories.isEmpty())
        chart(std::move(c));
    capRows(t, m_options.maxTableRows);
    if (!t.rows.empty())
        table(std::move(t));
}

void Builder::sovereigntyMaterial()
{
    const std::vector<SovereigntyProfileRow> profiles = sovereigntyProfiles(m_model, m_methodology, ProfileSubjects::Applications);
    ReportTable t;
    t.caption = Report::tr("Sovereignty profile per application (SEAL level 0–4 per objective; ? unknown)");
    t.header << Report::tr("Application");
    t.numeric << false;
    t.widths << 24;
    for (int o = 0; o < SovereigntyObjectiveCount; ++o) {
        t.header << QStringLiteral("SOV-%1").arg(o + 1);
        t.numeric << true;
        t.widths << 7;
    }
    t.header << Report::tr("Score") << Report::tr("Known");
    t.numeric << true << true;
    t.widths << 10 << 10;
    int low = 0, inUse = 0;
    for (const SovereigntyProfileRow &p : profiles) {
        if (p.candidate)
            continue;
        ++inUse;
        QStringList row{p.name};
        for (const std::optional<int> &level : p.levels)
            row << (level ? QString::number(*level) : QStringLiteral("?"));
        row << decimal(p.score) << percent(p.knownShare);
        t.rows.push_back(row);
        const bool isLow = p.score < thresholds::LowSovereigntyScore;
        low += isLow;
        t.tones.push_back(isLow ? ReportTone::Bad : ReportTone::None);
    }
    QStringList legend;
    for (int o = 0; o < SovereigntyObjectiveCount; ++o)
        legend << objectiveLabel(o);
    paragraph(Report::tr("%1 of %2 in use score below %3 of 100. The objectives: %4.")
                  .arg(low)
                  .arg(words::applicationCount(inUse))
                  .arg(whole(thresholds::LowSovereigntyScore))
                  .arg(legend.join(QStringLiteral("; "))));
    capRows(t, m_options.maxTableRows);
    if (!t.rows.empty())
        table(std::move(t));
}

void Builder::dataQualityMaterial()
{
    const DataQuality &q = m_methodology.dataQuality;
    paragraph(Report::tr("Of what the scores need, %1 is known for lock-in, %2 for the sovereignty profile and %3 for "
                         "concentration (weighted by criticality). The gaps below matter most, because the scores they "
                         "feed belong to the most critical capabilities.")
                  .arg(percent(q.lockInKnownShare), percent(q.sovereigntyKnownShare), percent(q.concentrationKnownShare)));
    ReportTable t;
    t.caption = Report::tr("The most important gaps in the data");
    t.header = {Report::tr("Node"), Report::tr("Fact"), Report::tr("Problem"), Report::tr("Feeds"), Report::tr("Importance")};
    t.numeric = {false, false, false, false, true};
    t.widths = {26, 18, 14, 30, 12};
    const auto problemName = [](const QString &problem) {
        if (problem == u"missing")
            return Report::tr("missing");
        if (problem == u"stale")
            return Report::tr("out of date");
        if (problem == u"low_confidence")
            return Report::tr("doubtful");
        if (problem == u"invalid")
            return Report::tr("invalid");
        return problem;
    };
    for (const DataQualityItem &item : q.items) {
        t.rows.push_back({m_inventory.name(item.node), item.attribute, problemName(item.problem), item.affects, whole(item.importance)});
        t.tones.push_back(item.importance >= thresholds::ImportantDataGap ? ReportTone::Warning : ReportTone::None);
    }
    capRows(t, std::min(25, m_options.maxTableRows));
    if (!t.rows.empty())
        table(std::move(t));
}

void Builder::findings()
{
    heading(1, QStringLiteral("findings"), Report::tr("Findings"));
    paragraph(Report::tr("The findings are grouped by area. Each says what it concerns and how severe it is (5: it can stop "
                         "a vital capability). Where a chain of dependencies explains it, the chain is shown. The "
                         "recommendations derived from a finding follow it."));
    // The order of the issue a reader expects: what stops work first, then what binds it.
    const QStringList order{QStringLiteral("spof"), QStringLiteral("cut_set"), QStringLiteral("jurisdiction"),
                            QStringLiteral("concentration"), QStringLiteral("lock_in"), QStringLiteral("sovereignty"),
                            QStringLiteral("data_quality")};
    QStringList areas = order;
    for (const QString &area : findingAreas())
        if (!areas.contains(area) && area != u"scenario") // scenarios: chapter 4
            areas << area;
    for (const QString &area : areas) {
        heading(2, QStringLiteral("findings-") + area, findingAreaTitle(area));
        if (area == u"spof")
            spofMaterial();
        else if (area == u"cut_set")
            cutSetMaterial();
        else if (area == u"jurisdiction")
            jurisdictionMaterial();
        else if (area == u"concentration")
            concentrationMaterial();
        else if (area == u"lock_in")
            lockInMaterial();
        else if (area == u"sovereignty")
            sovereigntyMaterial();
        else if (area == u"data_quality")
            dataQualityMaterial();
        findingsOf(area);
    }
}

void Builder::scenarios()
{
    heading(1, QStringLiteral("scenarios"), Report::tr("Exit scenarios"));
    const std::vector<ScenarioResult> empty;
    const std::vector<ScenarioResult> &results = m_in.scenarios ? *m_in.scenarios : empty;
    if (results.empty()) {
        paragraph(Report::tr("The model holds no exit scenarios. Antrum's library (sanctions, price shock, faulty update, "
                             "bankruptcy, ransomware, cloud-region outage) adds them in a few clicks."));
        findingsOf(QStringLiteral("scenario"));
        return;
    }
    paragraph(Report::tr("Each scenario is simulated month by month: what fails, which capabilities go down, whether the "
                         "recorded alternatives bring them back within their maximum tolerable downtime, and what it costs."));
    for (const ScenarioResult &r : results) {
        heading(2, QStringLiteral("scenario-") + r.scenarioId, r.scenarioName.isEmpty() ? r.scenarioId : r.scenarioName);
        int beyond = 0, noWay = 0;
        ReportTable t;
        t.caption = Report::tr("Capabilities that go down in “%1”").arg(r.scenarioName.isEmpty() ? r.scenarioId : r.scenarioName);
        t.header = {Report::tr("Capability"), Report::tr("Criticality"), Report::tr("Down from month"), Report::tr("Back in month"),
                    Report::tr("Down for"), Report::tr("Tolerable"), Report::tr("Way back")};
        t.numeric = {false, true, true, true, true, true, false};
        t.widths = {22, 15, 11, 11, 11, 12, 18};
        for (const CapabilityRecovery &c : r.capabilities) {
            const Node &n = m_model.nodes[std::size_t(c.capability)];
            beyond += c.exceedsMtd.value_or(false) || c.noWayBack;
            noWay += c.noWayBack;
            QStringList via;
            for (const RecoveryStep &s : c.steps)
                via << m_inventory.name(s.alternative);
            const QString wayBack = c.noWayBack ? Report::tr("none") : via.isEmpty() ? dash() : listText(via);
            t.rows.push_back({m_inventory.name(c.capability), QString::number(n.effectiveCriticality()), QString::number(c.downFrom),
                              c.recoveredAt ? QString::number(*c.recoveredAt) : Report::tr("not within %1").arg(words::months(r.horizonMonths)),
                              words::months(c.downtimeMonths), c.mtdHours ? words::hours(*c.mtdHours) : Report::tr("unknown"), wayBack});
            t.tones.push_back(c.noWayBack || c.exceedsMtd.value_or(false) ? (n.effectiveCriticality() >= thresholds::VitalCriticality
                                                                                 ? ReportTone::Bad
                                                                                 : ReportTone::Warning)
                                                                          : ReportTone::Good);
        }
        paragraph(Report::tr("Simulated over %1. Capabilities that go down: %2, of which %3 beyond their tolerable downtime "
                             "and %4 without a way back. Cost over the period: %5, including %6 of one-off switching costs, "
                             "against %7 without the scenario.")
                      .arg(words::months(r.horizonMonths))
                      .arg(r.capabilities.size())
                      .arg(beyond)
                      .arg(noWay)
                      .arg(money(r.scenarioCost), money(r.switchingCost), money(r.baselineCost)));
        capRows(t, m_options.maxTableRows);
        if (!t.rows.empty())
            table(std::move(t));
        if (!r.notes.isEmpty())
            note(r.notes.join(u' '));
        const QString id = r.scenarioId;
        findingsOf(QStringLiteral("scenario"), [&id](const Finding &f) { return f.id.section(u':', 1, 1) == id; });
    }
    // Findings about scenarios not among the results (none in practice: keep nothing hidden).
    bool rest = false;
    for (const Finding &f : m_findings.findings)
        rest = rest || (f.area == u"scenario" && !m_shownFindings.count(f.id));
    if (rest) {
        heading(2, QStringLiteral("scenario-other"), Report::tr("Other scenario findings"));
        findingsOf(QStringLiteral("scenario"), [this](const Finding &f) { return !m_shownFindings.count(f.id); });
    }
}

QString formatFigure(FigureUnit unit, double value)
{
    switch (unit) {
    case FigureUnit::Count:
        return whole(value);
    case FigureUnit::Euro:
        return money(value);
    case FigureUnit::Hhi:
        return whole(value);
    case FigureUnit::Score:
        return decimal(value);
    case FigureUnit::Share:
        return percent(value);
    }
    return {};
}

void Builder::options()
{
    heading(1, QStringLiteral("options"), Report::tr("Procurement options"));
    const Comparison *c = m_in.comparison;
    if (!c || !c->ok() || c->columns.size() < 2) {
        paragraph(Report::tr("The model describes no procurement options. An option is a set of changes (an application "
                             "replaced, a supplier added); Antrum analyses each as a variant of today's landscape and sets "
                             "them side by side."));
        if (c && !c->ok())
            note(c->errors.join(u' '));
        return;
    }
    paragraph(Report::tr("Each option is analysed as a variant of today's landscape with the same methods and settings. ▲ "
                         "marks a figure that gets better than today, ▼ one that gets worse."));
    QStringList changes;
    for (std::size_t i = 1; i < c->columns.size(); ++i) {
        const ComparisonColumn &col = c->columns[i];
        changes << Report::tr("%1: %2").arg(col.name.isEmpty() ? col.optionId : col.name, col.changes.join(u' '));
    }
    bullets(changes);

    ReportTable t;
    t.caption = Report::tr("Today and the options compared");
    t.header << Report::tr("Figure") << Report::tr("Today");
    t.numeric << false << true;
    for (std::size_t i = 1; i < c->columns.size(); ++i) {
        t.header << (c->columns[i].name.isEmpty() ? c->columns[i].optionId : c->columns[i].name);
        t.numeric << true;
    }
    const auto cellText = [](const ComparisonRow &row, const ComparisonCell &cell) {
        if (!cell.value)
            return Report::tr("n/a");
        QString text = formatFigure(row.unit, *cell.value);
        if (cell.mark == ComparisonMark::Better)
            text += QStringLiteral(" ▲");
        else if (cell.mark == ComparisonMark::Worse)
            text += QStringLiteral(" ▼");
        return text;
    };
    for (const ComparisonRow &row : c->rows) {
        // The model totals, and each foreign jurisdiction's cut-off where an option changes it.
        bool show = row.subject.isEmpty();
        QString label = row.label;
        if (!show && row.figure == u"cutoff") {
            const int j = m_landscape.indexOf(row.subject);
            bool changes = false;
            for (const ComparisonCell &cell : row.cells)
                changes = changes || (cell.delta && *cell.delta != 0);
            show = j >= 0 && !m_landscape.isEu(j) && changes;
            label = Report::tr("%1: %2").arg(m_inventory.name(row.subject), row.label);
        }
        if (!show)
            continue;
        QStringList cells{label.isEmpty() ? label : label.at(0).toUpper() + label.mid(1)};
        for (const ComparisonCell &cell : row.cells)
            cells << cellText(row, cell);
        t.rows.push_back(cells);
    }
    table(std::move(t));
}

void Builder::recommendations()
{
    heading(1, QStringLiteral("recommendations"), Report::tr("Recommendations"));
    paragraph(Report::tr("Every recommendation follows from one finding by a documented rule (appendix A). Priority 1: act "
                         "now (a vital capability at stake, or a deadline within six months); priority 2: plan it; priority "
                         "3: consider it. Chapter 3 gives each one in full under its finding."));
    if (m_findings.recommendations.empty()) {
        paragraph(Report::tr("The findings call for no recommendation."));
        return;
    }
    ReportTable t;
    t.caption = Report::tr("All recommendations by priority");
    t.header = {Report::tr("No."), Report::tr("Priority"), Report::tr("Recommendation"), Report::tr("Because of"), Report::tr("Rule")};
    t.numeric = {true, true, false, false, false};
    t.widths = {6, 9, 45, 32, 8};
    int n = 0;
    for (const Recommendation &r : m_findings.recommendations) {
        const Finding *f = m_findings.find(r.findingId);
        t.rows.push_back({QString::number(++n), QString::number(r.priority), r.title, f ? f->title : r.findingId, r.rule});
        t.tones.push_back(r.priority == 1 ? ReportTone::Bad : r.priority == 2 ? ReportTone::Warning : ReportTone::None);
    }
    capRows(t, m_options.maxRecommendationRows);
    table(std::move(t));
}

void Builder::inventory()
{
    const int max = m_options.maxInventoryRows;
    const auto joinNames = [this](const std::vector<int> &nodes) {
        return nodes.empty() ? dash() : m_inventory.names(nodes).join(QStringLiteral(", "));
    };

    ReportTable caps;
    caps.caption = Report::tr("Capabilities");
    caps.header = {Report::tr("Capability"), Report::tr("Criticality"), Report::tr("Tolerable downtime"), Report::tr("Needs")};
    caps.numeric = {false, true, true, false};
    caps.widths = {27, 15, 15, 43};
    for (int i : m_inventory.ofKind(NodeKind::Capability)) {
        const Node &n = m_model.nodes[std::size_t(i)];
        caps.rows.push_back({m_inventory.name(i), QString::number(n.effectiveCriticality()),
                             n.mtdHours ? words::hours(*n.mtdHours) : dash(), joinNames(m_inventory.out(i, EdgeKind::Requires))});
    }
    capRows(caps, max);
    table(std::move(caps));

    ReportTable apps;
    apps.caption = Report::tr("Applications");
    apps.header = {Report::tr("Application"), Report::tr("Supplier"), Report::tr("Hosted on"), Report::tr("Annual cost"),
                   Report::tr("Lock-in")};
    apps.numeric = {false, false, false, true, true};
    apps.widths = {26, 24, 24, 14, 12};
    QHash<int, const ApplicationLockIn *> lockIns;
    for (const ApplicationLockIn &a : m_methodology.applications)
        lockIns.insert(a.node, &a);
    for (int i : m_inventory.ofKind(NodeKind::Application)) {
        const Node &n = m_model.nodes[std::size_t(i)];
        const double *cost = n.attributeAs<double>(QStringLiteral("annual_cost"));
        const ApplicationLockIn *l = lockIns.value(i);
        QString name = m_inventory.name(i);
        if (l && l->candidate)
            name = Report::tr("%1 (alternative)").arg(name);
        apps.rows.push_back({name, joinNames(m_inventory.out(i, EdgeKind::ProvidedBy)), joinNames(m_inventory.out(i, EdgeKind::HostedOn)),
                             cost ? money(*cost) : dash(), l ? decimal(l->lockIn.score) : dash()});
    }
    capRows(apps, max);
    table(std::move(apps));

    ReportTable sups;
    sups.caption = Report::tr("Suppliers");
    sups.header = {Report::tr("Supplier"), Report::tr("Parent company"), Report::tr("Ultimately owned by"), Report::tr("Seat")};
    sups.widths = {28, 24, 24, 24};
    for (int i : m_inventory.ofKind(NodeKind::Supplier)) {
        const std::vector<int> parents = m_inventory.out(i, EdgeKind::SubsidiaryOf);
        std::vector<int> roots = m_landscape.ultimateParents(i);
        if (roots.size() == 1 && roots.front() == i)
            roots.clear();
        sups.rows.push_back({m_inventory.name(i), joinNames(parents), joinNames(roots), joinNames(m_inventory.out(i, EdgeKind::IncorporatedIn))});
    }
    capRows(sups, max);
    table(std::move(sups));

    ReportTable hosts;
    hosts.caption = Report::tr("Hosts");
    hosts.header = {Report::tr("Host"), Report::tr("Operated by"), Report::tr("Located in")};
    hosts.widths = {40, 30, 30};
    for (int i : m_inventory.ofKind(NodeKind::Host))
        hosts.rows.push_back({m_inventory.name(i), joinNames(m_inventory.out(i, EdgeKind::OperatedBy)),
                              joinNames(m_inventory.out(i, EdgeKind::LocatedIn))});
    capRows(hosts, max);
    table(std::move(hosts));

    ReportTable js;
    js.caption = Report::tr("Jurisdictions");
    js.header = {Report::tr("Jurisdiction"), Report::tr("Country"), Report::tr("Position"), Report::tr("Laws with reach abroad")};
    js.widths = {24, 10, 16, 50};
    for (int i : m_inventory.ofKind(NodeKind::Jurisdiction)) {
        const Node &n = m_model.nodes[std::size_t(i)];
        const QString *country = n.attributeAs<QString>(QStringLiteral("country"));
        const QStringList *laws = n.attributeAs<QStringList>(QStringLiteral("laws"));
        const QString position = m_landscape.isHome(i) ? Report::tr("home") : m_landscape.isEu(i) ? Report::tr("EU") : Report::tr("outside the EU");
        js.rows.push_back({m_inventory.name(i), country ? *country : dash(), position,
                           laws && !laws->isEmpty() ? laws->join(QStringLiteral("; ")) : dash()});
    }
    capRows(js, max);
    table(std::move(js));
}

void Builder::appendix()
{
    heading(1, QStringLiteral("appendix"), Report::tr("Appendix"));
    heading(2, QStringLiteral("appendix-rules"), Report::tr("A. The rules behind the recommendations"));
    ReportTable rules;
    rules.caption = Report::tr("Rules R1–R11");
    rules.header = {Report::tr("Rule"), Report::tr("Recommends"), Report::tr("When"), Report::tr("Why"), Report::tr("Source")};
    rules.widths = {7, 20, 25, 28, 20};
    for (const RecommendationRule &r : recommendationRules())
        rules.rows.push_back({r.id, r.title, r.trigger, r.rationale, r.source});
    table(std::move(rules));

    heading(2, QStringLiteral("appendix-inventory"), Report::tr("B. The inventory"));
    paragraph(Report::tr("Everything the model holds, by kind and name."));
    inventory();

    heading(2, QStringLiteral("appendix-about"), Report::tr("C. About this report"));
    const MethodologySettings &s = m_methodology.settings;
    QStringList gates;
    for (int o = 0; o < SovereigntyObjectiveCount; ++o)
        if (s.sealGates[std::size_t(o)])
            gates << Report::tr("%1 at least SEAL-%2").arg(objectiveLabel(o)).arg(*s.sealGates[std::size_t(o)]);
    bullets({Report::tr("Model: “%1”, %2").arg(m_model.name, counted(int(m_model.nodes.size()), Report::tr("1 node"), Report::tr("%1 nodes"))),
             counted(int(m_model.edges.size()), Report::tr("1 edge"), Report::tr("%1 edges")),
             Report::tr("Reference date: %1").arg(words::longDate(s.asOf)),
             Report::tr("Cut sets computed up to order %1").arg(m_analysis.maxOrder()),
             Report::tr("HHI bands: moderate above %1, high above %2").arg(whole(s.hhiModerate), whole(s.hhiHigh)),
             gates.isEmpty() ? Report::tr("No SEAL gates set") : Report::tr("SEAL gates: %1").arg(gates.join(QStringLiteral("; "))),
             Report::tr("%1, %2").arg(counted(int(m_findings.findings.size()), Report::tr("1 finding"), Report::tr("%1 findings")),
                                    counted(int(m_findings.recommendations.size()), Report::tr("1 recommendation"), Report::tr("%1 recommendations")))});
    if (!m_methodology.settings.asOf.isValid())
        return;
    note(Report::tr("This report describes the model, not the world: where the model is silent or out of date, so is the "
                    "report. It holds the organisation's map of its own weak points; share it accordingly."));
}

ReportContent Builder::build()
{
    ReportContent content;
    titlePage(content);
    summary();
    method();
    findings();
    scenarios();
    options();
    recommendations();
    appendix();
    content.blocks = std::move(m_blocks);
    return content;
}

} // namespace

QString ReportContent::plainText() const
{
    QStringList lines{title, subtitle, organisation, author, dateText};
    for (const ReportBlock &b : blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
        case ReportBlock::Kind::Paragraph:
        case ReportBlock::Kind::Note:
            lines << b.text;
            break;
        case ReportBlock::Kind::Bullets:
            lines << b.items;
            break;
        case ReportBlock::Kind::KeyFigures:
            for (const ReportKeyFigure &f : b.figures)
                lines << f.label << f.value << f.detail;
            break;
        case ReportBlock::Kind::Table:
            lines << b.table.caption << b.table.header.join(u'\t');
            for (const QStringList &row : b.table.rows)
                lines << row.join(u'\t');
            if (!b.table.note.isEmpty())
                lines << b.table.note;
            break;
        case ReportBlock::Kind::Chart:
            lines << b.chart.caption;
            if (b.chart.kind == ReportChart::Kind::Bars)
                lines << b.chart.bars.title << b.chart.bars.categories.join(u'\t');
            break;
        case ReportBlock::Kind::Finding:
            lines << b.finding.title << b.finding.severityText << b.finding.text << b.finding.paths;
            for (const ReportFinding::Action &a : b.finding.actions)
                lines << a.rule << a.priorityText << a.title << a.text << a.rationale << a.source;
            break;
        }
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

std::vector<const ReportBlock *> ReportContent::headings() const
{
    std::vector<const ReportBlock *> result;
    for (const ReportBlock &b : blocks)
        if (b.kind == ReportBlock::Kind::Heading)
            result.push_back(&b);
    return result;
}

ReportContent buildReportContent(const ReportInputs &inputs, const ReportOptions &options)
{
    Q_ASSERT(inputs.model && inputs.analysis && inputs.methodology && inputs.findings);
    return Builder(inputs, options).build();
}

ReportInputs ReportAnalyses::inputs(const Model &model) const
{
    ReportInputs in;
    in.model = &model;
    in.analysis = analysis.get();
    in.methodology = methodology.get();
    in.findings = findings.get();
    in.scenarios = &scenarios;
    in.comparison = comparison.get();
    return in;
}

ReportAnalyses computeReportAnalyses(const Model &model, QDate asOf, const std::function<bool(double)> &progress)
{
    ReportAnalyses result;
    const auto report = [&progress](double share) { return !progress || progress(share); };
    if (!report(0))
        return {};
    MethodologySettings settings = MethodologySettings::fromModel(model);
    if (asOf.isValid())
        settings.asOf = asOf;

    AnalysisOptions analysisOptions;
    analysisOptions.maxOrder = 2;
    analysisOptions.progress = [&report](double share) { return report(0.4 * share); };
    result.analysis = std::make_shared<DependencyAnalysis>(model, analysisOptions);
    if (result.analysis->cancelled())
        return {};
    if (!report(0.4))
        return {};
    result.methodology = std::make_shared<MethodologyResult>(assessMethodology(model, settings));
    if (!report(0.5))
        return {};

    ScenarioOptions scenarioOptions;
    scenarioOptions.methodology = settings;
    for (std::size_t i = 0; i < model.scenarios.size(); ++i) {
        result.scenarios.push_back(simulateScenario(model, model.scenarios[i], scenarioOptions));
        if (!report(0.5 + 0.1 * double(i + 1) / double(model.scenarios.size())))
            return {};
    }
    if (!model.options.empty()) {
        QStringList ids;
        for (const Option &o : model.options)
            ids << o.id;
        ComparisonOptions comparisonOptions;
        comparisonOptions.methodology = settings;
        comparisonOptions.scenario = scenarioOptions;
        result.comparison = std::make_shared<Comparison>(compareOptions(model, ids, comparisonOptions));
    }
    if (!report(0.9))
        return {};
    result.findings = std::make_shared<ReportFindings>(
        assessFindings(model, *result.analysis, *result.methodology, result.scenarios, result.comparison.get()));
    if (!report(1.0))
        return {};
    return result;
}

} // namespace antrum

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "model.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

/// The reference catalogue of suppliers and jurisdictions (data/catalogue/, docs/catalogue.md):
/// real companies that European public bodies buy from, with their legal seat, controlling
/// owners and the public sources those facts come from, and the jurisdictions with the laws
/// that reach data held abroad by their companies. A person picks from it when adding a
/// supplier, and enrichment matches a model's suppliers to it and proposes what the model
/// lacks (parents, seats, jurisdictions), for the person to accept. The catalogue is read-only
/// reference data: nothing here changes a model except applyEnrichment(), and only with the
/// proposals it is given.
namespace antrum {

/// Where a fact comes from: a public document a reader can find, and the date the fact holds at.
struct CatalogueSource {
    QString title;      ///< e.g. "Broadcom Inc. Form 8-K"
    QString asOf;       ///< YYYY-MM or YYYY-MM-DD
    QString confidence; ///< "high", "medium", "low" or empty
    QString url;        ///< optional

    /// "Broadcom Inc. Form 8-K (as of 2023-11-22)", with the confidence when it is not high.
    QString toString() const;
    bool operator==(const CatalogueSource &) const = default;
};

/// A controlling owner of a catalogue entry: the nearest one the catalogue records
/// (intermediate holding companies may be left out).
struct CatalogueParent {
    QString id;    ///< catalogue id of the owner
    QString since; ///< YYYY, YYYY-MM or YYYY-MM-DD, or empty
    QString note;
};

/// One company of the catalogue.
struct CatalogueEntry {
    QString id;                           ///< stable slug, e.g. "microsoft-ireland-operations"
    QString name;                         ///< legal (or best known) name
    QStringList aliases;                  ///< other names it is known by
    QString category;                     ///< see Catalogue::categories()
    QString incorporatedIn;               ///< jurisdiction code of its legal seat, e.g. "IE"
    QString seat;                         ///< city of the seat, or empty
    std::vector<CatalogueParent> parents; ///< controlling owners; empty: none recorded
    QString ownership;                    ///< "listed", "private", "private_equity", ... or empty (unknown)
    QString note;
    std::vector<CatalogueSource> sources; ///< at least one
    int line = 0;                         ///< where the entry starts in its file
};

/// A law that gives a jurisdiction reach over data its companies hold abroad.
struct CatalogueLaw {
    QString name;        ///< the spelling written into a model's `laws`, e.g. "CLOUD Act"
    QStringList aliases; ///< other spellings that mean the same law ("FISA 702")
    QString citation;
    QString since;
    QString summary;
    std::vector<CatalogueSource> sources;
};

struct CatalogueJurisdiction {
    QString code;                    ///< ISO 3166-1 alpha-2, also the node id it gets in a model
    QString name;                    ///< English name
    std::map<QString, QString> names; ///< language code -> name
    QStringList aliases;
    bool euMember = false;
    bool eeaMember = false;
    std::vector<CatalogueLaw> laws;
    QString lawsNote; ///< why `laws` is empty, or what it leaves out
    std::vector<CatalogueSource> sources;
    int line = 0;

    /// The name in `language` ("nl") when the catalogue has it, else the English name.
    QString displayName(const QString &language) const;
    /// The law named `name` or one of its aliases (normalised), or null.
    const CatalogueLaw *law(QStringView name) const;
};

/// A law that reaches an entry, and the company of its ownership chain through which it does.
struct LawReach {
    const CatalogueJurisdiction *jurisdiction = nullptr;
    const CatalogueLaw *law = nullptr;
    const CatalogueEntry *via = nullptr; ///< the entry itself or one of its owners
};

/// How a name matches the catalogue.
struct CatalogueNameMatch {
    /// Entries whose name or alias equals the name (normalised), or its part outside
    /// parentheses. One entry: a match. Several: ambiguous.
    std::vector<const CatalogueEntry *> entries;
    bool byAlias = false; ///< the match is through an alias, not the entry's own name
    /// When `entries` is empty: entries that only match weakly (their name occurs inside
    /// the name, or only the part in parentheses matches). Never used for proposals.
    std::vector<const CatalogueEntry *> weak;
};

class Catalogue;

struct CatalogueLoadResult {
    std::shared_ptr<const Catalogue> catalogue; ///< set only when `diagnostics` is empty
    Diagnostics diagnostics;                    ///< every error found, each with file, line and path
};

/// The loaded, validated catalogue. Pointers it returns stay valid as long as it lives.
class Catalogue {
public:
    /// Reads `directory`/suppliers.json and `directory`/jurisdictions.json.
    static CatalogueLoadResult load(const QString &directory);
    /// Reads the two files from memory; the names are used in diagnostics only. Never
    /// throws and never crashes on any input; the catalogue is returned only if both files
    /// obey every rule of data/catalogue/README.md (syntax, keys, types, unique ids and
    /// names, known parents and jurisdictions, no ownership cycle, a dated source for every
    /// entry and law).
    static CatalogueLoadResult read(const QByteArray &suppliers, const QString &suppliersFile,
                                    const QByteArray &jurisdictions, const QString &jurisdictionsFile);

    /// The categories an entry may have, in the order the README lists them.
    static QStringList categories();

    QString asOf() const { return m_asOf; }
    QString licence() const { return m_licence; }
    const std::vector<CatalogueEntry> &entries() const { return m_entries; }
    const std::vector<CatalogueJurisdiction> &jurisdictions() const { return m_jurisdictions; }

    const CatalogueEntry *entry(QStringView id) const;
    const CatalogueJurisdiction *jurisdiction(QStringView code) const;
    /// The jurisdiction of `entry`'s legal seat.
    const CatalogueJurisdiction *jurisdictionOf(const CatalogueEntry &entry) const;
    /// The jurisdiction named `name` (English, another language, or an alias; normalised).
    const CatalogueJurisdiction *jurisdictionByName(QStringView name) const;

    /// Entries whose name or alias equals `name` after normaliseCompanyName(), checking the
    /// whole name and its part outside parentheses; plus weak candidates when none does.
    CatalogueNameMatch matchName(QStringView name) const;
    /// The entries matchName() finds (empty when none, several when ambiguous).
    std::vector<const CatalogueEntry *> findByName(QStringView name) const { return matchName(name).entries; }

    /// Every owner above `entry`, nearest first (breadth first), each once.
    std::vector<const CatalogueEntry *> ownershipChain(const CatalogueEntry &entry) const;
    /// The owners at the top of the chain (no recorded owner of their own); `entry` itself
    /// when it has no owner.
    std::vector<const CatalogueEntry *> ultimateParents(const CatalogueEntry &entry) const;
    /// Whether `ancestor` is somewhere above `entry` in the ownership chain.
    bool isAncestor(const CatalogueEntry &ancestor, const CatalogueEntry &entry) const;
    /// The laws that reach `entry`: those of its own seat and of every owner's seat (an EU
    /// subsidiary of a US parent is reached by the CLOUD Act through the parent).
    std::vector<LawReach> lawsReaching(const CatalogueEntry &entry) const;

private:
    friend class CatalogueReader;
    QString m_asOf;
    QString m_licence;
    std::vector<CatalogueEntry> m_entries;
    std::vector<CatalogueJurisdiction> m_jurisdictions;
    QHash<QString, int> m_entryById;
    QHash<QString, int> m_jurisdictionByCode;
    QHash<QString, int> m_jurisdictionByName; ///< normalised name -> jurisdiction
    QHash<QString, int> m_entryByKey;         ///< name or alias, legal form kept in one spelling -> entry
    QHash<QString, bool> m_keyIsAlias;        ///< such a key -> it is an alias, not the name
    QHash<QString, QList<int>> m_entriesByLooseKey; ///< normaliseCompanyName() of a name or alias -> entries
    /// first word of a loose key -> loose keys starting with it (for the weak, "occurs inside" match)
    QHash<QString, QStringList> m_keysByFirstToken;
};

/// A company name reduced for comparison: case folded, diacritics removed ("é" -> "e",
/// "ß" -> "ss"), dots and apostrophes dropped ("B.V." -> "bv"), other punctuation made a
/// space, and trailing legal forms removed (B.V., N.V., GmbH, AG, Inc., Ltd, S.A., SARL,
/// SE, plc, LLC, Oy, AB, A/S, s.r.o., ...). "Microsoft Ireland Operations Limited" ->
/// "microsoft ireland operations".
QString normaliseCompanyName(QStringView name);

/// Entries for the "pick from the catalogue" completer: those whose name or an alias
/// starts with `text`, then those where every word of `text` starts a word of the name,
/// then those containing it; ranked in that order, then by name. At most `limit`.
std::vector<const CatalogueEntry *> searchCatalogue(const Catalogue &catalogue, QStringView text, int limit);

/// Where the shipped catalogue lives: ../share/antrum/catalogue next to the executable when
/// installed, else data/catalogue in the source tree (ANTRUM_CATALOGUE_DIR).
QString defaultCatalogueDirectory();

struct EnrichmentOptions {
    /// Language of the names given to new jurisdiction nodes ("nl"); English when the
    /// catalogue has no name in it.
    QString language;
};

/// One thing enrichment found for one node of a model. Only AddParent, AddSeat and AddLaws
/// change anything when applied; the others explain what was matched and what was not.
struct EnrichmentProposal {
    enum class Kind : std::uint8_t {
        Match,     ///< the supplier matches a catalogue entry (nothing to change by itself)
        AddParent, ///< add `subsidiary_of` to the owner (and the owner, if new, with its seat)
        AddSeat,   ///< add `incorporated_in` (and the jurisdiction node, if new)
        AddLaws,   ///< add laws the catalogue lists to a jurisdiction node's `laws`
        Conflict,  ///< the model and the catalogue differ; the model is left as it is
        NoMatch,   ///< no catalogue entry, or only a weak match
        Ambiguous, ///< several entries match, or several model nodes match one entry
    };
    Kind kind = Kind::Match;
    QString key;        ///< unique within one list, stable for the same model and catalogue
    QString nodeId;     ///< the model node it is about
    QString entryId;    ///< the catalogue entry (or jurisdiction code) it is about
    QString targetEntryId; ///< AddParent: the owner's entry; AddSeat: the jurisdiction code
    QString message;    ///< one sentence for people
    std::vector<Node> addNodes;
    std::vector<Edge> addEdges;
    QStringList addLaws; ///< AddLaws: law names to add to `nodeId`'s `laws`
    std::vector<CatalogueSource> sources;

    bool applicable() const { return kind == Kind::AddParent || kind == Kind::AddSeat || kind == Kind::AddLaws; }
};

/// "match", "add_parent", "add_seat", "add_laws", "conflict", "no_match", "ambiguous".
QString toString(EnrichmentProposal::Kind kind);

/// What the catalogue says about the suppliers of `model` that is not in the model yet.
/// Pure: the model is not changed. For each supplier node, in model order: a Match, NoMatch
/// or Ambiguous item, then its proposals and conflicts. A supplier that matches only weakly
/// or ambiguously gets no proposals. Proposals add missing owners up the catalogue's chain
/// (new supplier nodes get the catalogue id as node id and their seat), missing legal
/// seats, missing jurisdiction nodes with their laws, and missing laws of existing
/// jurisdiction nodes; facts that differ (another owner, another seat, EU membership)
/// are conflicts and are never overwritten. No proposal, nor any set of them together,
/// creates an ownership cycle.
std::vector<EnrichmentProposal> proposeEnrichment(const Model &model, const Catalogue &catalogue,
                                                  const EnrichmentOptions &options = {});

/// `model` with the applicable proposals among `chosen` applied, in order. Never removes or
/// changes a node or edge other than adding laws; a proposal that does not fit the model
/// any more (a node id taken by something else, an endpoint missing, a cycle it would
/// create) is skipped whole, and `skipped` (if given) says which and why. A valid model
/// stays valid (validateModel()).
Model applyEnrichment(const Model &model, const std::vector<EnrichmentProposal> &chosen,
                      QStringList *skipped = nullptr);

} // namespace antrum

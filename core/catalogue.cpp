// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include "jsoncursor.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace antrum {

namespace {

struct CatalogueText {
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};

QString quoted(const QString &text) { return u'"' + text + u'"'; }
QString curly(const QString &text) { return u'\u201C' + text + u'\u201D'; }

// --- names --------------------------------------------------------------------------------

QString foldLetters(QStringView in)
{
    const QString decomposed = in.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
            continue;
        switch (c.unicode()) {
        case 0x00DF: out += QStringLiteral("ss"); break;
        case 0x00C6: case 0x00E6: out += QStringLiteral("ae"); break;
        case 0x00D8: case 0x00F8: out += u'o'; break;
        case 0x0152: case 0x0153: out += QStringLiteral("oe"); break;
        case 0x0141: case 0x0142: out += u'l'; break;
        case 0x0110: case 0x0111: out += u'd'; break;
        case 0x00DE: case 0x00FE: out += QStringLiteral("th"); break;
        case 0x0131: out += u'i'; break;
        default: out += c;
        }
    }
    return out.toCaseFolded();
}

/// Words of `in`: letters and digits; dots and apostrophes join ("B.V." -> "bv"), anything
/// else separates.
QStringList words(QStringView in)
{
    const QString folded = foldLetters(in);
    QStringList out;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (c == u'.' || c == u'\'' || c == u'\u2019') {
            continue;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

const std::vector<QStringList> &legalForms()
{
    static const std::vector<QStringList> forms = [] {
        std::vector<QStringList> f;
        const char *const multi[] = {"sab de cv", "sa de cv", "s a r l", "sp z oo", "private limited", "unlimited company",
                                     "s ro", "sa rl", "a s", "s a", "b v", "n v", "u a", "s l"};
        const char *const single[] = {
            "bv", "nv", "vof", "cv", "ua", "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr", "ev", "eg", "ug",
            "se", "sa", "sas", "sasu", "sarl", "srl", "spa", "sl", "slu", "sau", "ltd", "limited", "plc", "llc",
            "llp", "lp", "inc", "incorporated", "corp", "corporation", "co", "company", "ab", "publ", "as", "asa",
            "aps", "oy", "oyj", "sro", "spol", "kft", "zrt", "nyrt", "pty", "ulc", "kk", "bhd", "pvt", "aor",
            "cic", "bvba", "scrl", "lda", "ltda", "gk"};
        for (const char *m : multi)
            f.push_back(QString::fromLatin1(m).split(u' '));
        for (const char *s : single)
            f.push_back(QStringList{QString::fromLatin1(s)});
        return f;
    }();
    return forms;
}

/// One spelling for each legal form, so that "Ltd" and "Limited" compare equal.
QString canonicalForm(const QStringList &form)
{
    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("limited"), QStringLiteral("ltd")}, {QStringLiteral("incorporated"), QStringLiteral("inc")},
        {QStringLiteral("corporation"), QStringLiteral("corp")}, {QStringLiteral("company"), QStringLiteral("co")},
        {QStringLiteral("sarl"), QStringLiteral("sarl")}};
    const QString joined = form.join(QString());
    return synonyms.value(joined, joined);
}

/// Removes the trailing legal forms of `w` (never its last word) and returns them, in
/// their canonical spelling and original order.
QStringList stripLegalForms(QStringList &w)
{
    QStringList removed;
    bool again = true;
    while (again) {
        again = false;
        for (const QStringList &form : legalForms()) {
            if (w.size() <= form.size())
                continue;
            if (std::equal(form.begin(), form.end(), w.end() - form.size())) {
                removed.prepend(canonicalForm(form));
                w.erase(w.end() - form.size(), w.end());
                again = true;
                break;
            }
        }
    }
    return removed;
}

/// A name for comparison: `loose` without legal forms (normaliseCompanyName()), and
/// `exact` with them in one spelling, which tells "Microsoft B.V." from "Microsoft
/// Corporation".
struct NameKey {
    QString loose;
    QString exact;
};

NameKey nameKey(QStringView name)
{
    QStringList w = words(name);
    const QStringList forms = stripLegalForms(w);
    NameKey key;
    key.loose = w.join(u' ');
    key.exact = forms.isEmpty() ? key.loose : key.loose + u'\t' + forms.join(u' ');
    return key;
}

/// Plain normalisation, without removing legal forms (for laws and jurisdictions).
QString normaliseText(QStringView text) { return words(text).join(u' '); }

/// `name` without its parenthesised parts, and those parts.
std::pair<QString, QStringList> splitParentheses(QStringView name)
{
    QString outside;
    QStringList inside;
    QString current;
    int depth = 0;
    for (const QChar c : name) {
        if (c == u'(' || c == u'[') {
            if (depth == 0)
                current.clear();
            else
                current += c;
            ++depth;
            outside += u' ';
        } else if ((c == u')' || c == u']') && depth > 0) {
            --depth;
            if (depth == 0)
                inside << current;
            else
                current += c;
        } else if (depth > 0) {
            current += c;
        } else {
            outside += c;
        }
    }
    if (depth > 0)
        inside << current;
    return {outside, inside};
}

/// The keys of a name that may match strongly: the whole name and the part outside
/// parentheses.
std::vector<NameKey> strongKeys(QStringView name)
{
    std::vector<NameKey> keys;
    const NameKey full = nameKey(name);
    if (!full.loose.isEmpty())
        keys.push_back(full);
    const NameKey outside = nameKey(splitParentheses(name).first);
    if (!outside.loose.isEmpty() && outside.exact != full.exact)
        keys.push_back(outside);
    return keys;
}

// --- dates ---------------------------------------------------------------------------------

bool isDate(const QString &text, bool allowYear)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    if (m.capturedLength(2) == 0)
        return allowYear;
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return false;
    if (m.capturedLength(3) == 0)
        return true;
    return QDate(year, month, m.captured(3).toInt()).isValid();
}

/// Whether date `a` lies after `b` (both valid, of any precision): compared on the
/// precision they share.
bool dateAfter(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    return QStringView(a).left(n) > QStringView(b).left(n);
}

// --- a JSON tree with positions ------------------------------------------------------------

using Position = JsonCursor::Position;

struct JMember;

struct JNode {
    JsonCursor::Type type = JsonCursor::Type::Null;
    Position pos;
    QString string;
    double number = 0;
    bool boolean = false;
    // Not std::pair<QString, JNode>: a pair of an incomplete type is not allowed (Clang refuses it).
    std::vector<JMember> members;
    std::vector<JNode> items;
};

struct JMember {
    QString key;
    JNode value;
};

class TreeParser {
public:
    TreeParser(const QByteArray &text, const QString &file, Diagnostics &diagnostics)
        : m_cursor(text, 32, 100'000), m_file(file), m_diagnostics(diagnostics)
    {
    }

    /// False after a syntax error (reported); duplicate keys are reported and skipped.
    bool parse(JNode &root)
    {
        if (!value(root, QString()) || !m_cursor.atEnd()) {
            if (m_cursor.failed()) {
                const Position p = m_cursor.errorPosition();
                m_diagnostics.push_back({m_file, p.line, p.column, QString(), m_cursor.error()});
            }
            return false;
        }
        return true;
    }

private:
    bool value(JNode &node, const QString &path)
    {
        node.type = m_cursor.peek();
        node.pos = m_cursor.position();
        switch (node.type) {
        case JsonCursor::Type::Invalid:
            return false;
        case JsonCursor::Type::Null:
            return m_cursor.readNull();
        case JsonCursor::Type::Bool:
            return m_cursor.readBool(node.boolean);
        case JsonCursor::Type::Number:
            return m_cursor.readNumber(node.number);
        case JsonCursor::Type::String:
            return m_cursor.readString(node.string);
        case JsonCursor::Type::Array: {
            if (!m_cursor.enterArray())
                return false;
            while (m_cursor.nextItem()) {
                node.items.emplace_back();
                if (!value(node.items.back(), path + u'[' + QString::number(node.items.size() - 1) + u']'))
                    return false;
            }
            return !m_cursor.failed();
        }
        case JsonCursor::Type::Object: {
            if (!m_cursor.enterObject())
                return false;
            QString key;
            Position keyPosition;
            QHash<QString, Position> seen;
            while (m_cursor.nextMember(key, keyPosition)) {
                const QString at = path.isEmpty() ? key : path + u'.' + key;
                if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                    m_diagnostics.push_back({m_file, keyPosition.line, keyPosition.column, at,
                                             CatalogueText::tr("duplicate key %1 (first at line %2)").arg(quoted(key)).arg(it->line)});
                    if (!m_cursor.skipValue())
                        return false;
                    continue;
                }
                seen.insert(key, keyPosition);
                node.members.push_back({key, JNode()});
                if (!value(node.members.back().value, at))
                    return false;
            }
            return !m_cursor.failed();
        }
        }
        return false;
    }

    JsonCursor m_cursor;
    QString m_file;
    Diagnostics &m_diagnostics;
};

const QStringList &categoryList()
{
    static const QStringList list = {
        QStringLiteral("us_cloud"), QStringLiteral("eu_cloud"), QStringLiteral("nl_supplier"),
        QStringLiteral("security"), QStringLiteral("open_source"), QStringLiteral("enterprise_software"),
        QStringLiteral("it_services"), QStringLiteral("telecom"), QStringLiteral("hardware"),
        QStringLiteral("owner"), QStringLiteral("public_body")};
    return list;
}

const QStringList &ownershipList()
{
    static const QStringList list = {
        QStringLiteral("listed"), QStringLiteral("private"), QStringLiteral("private_equity"),
        QStringLiteral("state"), QStringLiteral("foundation"), QStringLiteral("cooperative"),
        QStringLiteral("association"), QStringLiteral("public_body"), QStringLiteral("joint_venture")};
    return list;
}

} // namespace

// --- the reader ------------------------------------------------------------------------------

/// Checks the two trees against data/catalogue/README.md and fills a Catalogue.
class CatalogueReader {
public:
    CatalogueLoadResult run(const QByteArray &suppliers, const QString &suppliersFile,
                            const QByteArray &jurisdictions, const QString &jurisdictionsFile)
    {
        m_catalogue = std::make_shared<Catalogue>();
        JNode jurisdictionsRoot;
        m_file = jurisdictionsFile;
        const bool jurisdictionsParsed = TreeParser(jurisdictions, jurisdictionsFile, m_diagnostics).parse(jurisdictionsRoot);
        if (jurisdictionsParsed)
            readJurisdictions(jurisdictionsRoot);
        m_jurisdictionsKnown = jurisdictionsParsed;

        JNode suppliersRoot;
        m_file = suppliersFile;
        if (TreeParser(suppliers, suppliersFile, m_diagnostics).parse(suppliersRoot))
            readSuppliers(suppliersRoot);

        CatalogueLoadResult result;
        result.diagnostics = std::move(m_diagnostics);
        if (result.diagnostics.empty())
            result.catalogue = std::move(m_catalogue);
        return result;
    }

private:
    using Members = QHash<QString, const JNode *>;

    void error(Position where, const QString &path, const QString &message)
    {
        if (m_diagnostics.size() < 1000)
            m_diagnostics.push_back({m_file, where.line, where.column, path, message});
    }

    static QString at(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString at(const QString &path, std::size_t index) { return path + u'[' + QString::number(index) + u']'; }

    /// The members of an object, reporting a non-object, unknown keys and missing ones.
    std::optional<Members> object(const JNode &node, const QString &path, const QStringList &allowed,
                                  const QStringList &required)
    {
        if (node.type != JsonCursor::Type::Object) {
            error(node.pos, path, CatalogueText::tr("expected an object"));
            return std::nullopt;
        }
        Members members;
        for (const auto &[key, value] : node.members) {
            if (!allowed.contains(key)) {
                error(value.pos, at(path, key), CatalogueText::tr("unknown key %1").arg(quoted(key)));
                continue;
            }
            members.insert(key, &value);
        }
        for (const QString &key : required) {
            if (!members.contains(key))
                error(node.pos, path, CatalogueText::tr("missing required key %1").arg(quoted(key)));
        }
        return members;
    }

    std::optional<QString> string(const Members &m, const QString &key, const QString &path, bool nonEmpty = true)
    {
        const JNode *n = m.value(key);
        if (!n)
            return std::nullopt;
        if (n->type != JsonCursor::Type::String) {
            error(n->pos, at(path, key), CatalogueText::tr("expected a string"));
            return std::nullopt;
        }
        if (nonEmpty && n->string.trimmed().isEmpty()) {
            error(n->pos, at(path, key), CatalogueText::tr("must not be empty"));
            return std::nullopt;
        }
        return n->string;
    }

    std::optional<QStringList> stringList(const Members &m, const QString &key, const QString &path)
    {
        const JNode *n = m.value(key);
        if (!n)
            return QStringList();
        if (n->type != JsonCursor::Type::Array) {
            error(n->pos, at(path, key), CatalogueText::tr("expected an array of strings"));
            return std::nullopt;
        }
        QStringList out;
        for (std::size_t i = 0; i < n->items.size(); ++i) {
            const JNode &item = n->items[i];
            if (item.type != JsonCursor::Type::String || item.string.trimmed().isEmpty()) {
                error(item.pos, at(at(path, key), i), CatalogueText::tr("expected a non-empty string"));
                continue;
            }
            out << item.string;
        }
        return out;
    }

    std::optional<bool> boolean(const Members &m, const QString &key, const QString &path)
    {
        const JNode *n = m.value(key);
        if (!n)
            return std::nullopt;
        if (n->type != JsonCursor::Type::Bool) {
            error(n->pos, at(path, key), CatalogueText::tr("expected true or false"));
            return std::nullopt;
        }
        return n->boolean;
    }

    std::optional<QString> date(const Members &m, const QString &key, const QString &path, bool allowYear)
    {
        const std::optional<QString> text = string(m, key, path);
        if (!text)
            return std::nullopt;
        if (!isDate(*text, allowYear)) {
            error(m.value(key)->pos, at(path, key),
                  allowYear ? CatalogueText::tr("%1 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(quoted(*text))
                            : CatalogueText::tr("%1 is not a date (YYYY-MM or YYYY-MM-DD)").arg(quoted(*text)));
            return std::nullopt;
        }
        return text;
    }

    void header(const Members &m, const QString &format, QString *asOf, QString *licence)
    {
        if (const std::optional<QString> f = string(m, QStringLiteral("format"), QString()); f && *f != format)
            error(m.value(QStringLiteral("format"))->pos, QStringLiteral("format"),
                  CatalogueText::tr("expected %1, found %2").arg(quoted(format), quoted(*f)));
        if (const JNode *v = m.value(QStringLiteral("version"))) {
            if (v->type != JsonCursor::Type::Number || v->number != std::floor(v->number) || v->number < 1)
                error(v->pos, QStringLiteral("version"), CatalogueText::tr("expected the integer 1"));
            else if (v->number > 1)
                error(v->pos, QStringLiteral("version"),
                      CatalogueText::tr("version %1 is newer than this program reads (1)").arg(v->number));
        }
        if (const std::optional<QString> d = date(m, QStringLiteral("as_of"), QString(), false))
            *asOf = *d;
        if (const std::optional<QString> l = string(m, QStringLiteral("licence"), QString()))
            *licence = *l;
        string(m, QStringLiteral("description"), QString(), false);
    }

    std::vector<CatalogueSource> sources(const Members &m, const QString &path, const QString &asOf)
    {
        std::vector<CatalogueSource> out;
        const JNode *n = m.value(QStringLiteral("sources"));
        if (!n)
            return out;
        const QString here = at(path, QStringLiteral("sources"));
        if (n->type != JsonCursor::Type::Array) {
            error(n->pos, here, CatalogueText::tr("expected an array of sources"));
            return out;
        }
        if (n->items.empty())
            error(n->pos, here, CatalogueText::tr("needs at least one source"));
        static const QStringList allowed = {QStringLiteral("title"), QStringLiteral("as_of"), QStringLiteral("confidence"), QStringLiteral("url")};
        static const QStringList required = {QStringLiteral("title"), QStringLiteral("as_of")};
        for (std::size_t i = 0; i < n->items.size(); ++i) {
            const QString p = at(here, i);
            const std::optional<Members> s = object(n->items[i], p, allowed, required);
            if (!s)
                continue;
            CatalogueSource source;
            const std::optional<QString> title = string(*s, QStringLiteral("title"), p);
            const std::optional<QString> when = date(*s, QStringLiteral("as_of"), p, false);
            if (!title || !when)
                continue;
            source.title = *title;
            source.asOf = *when;
            if (!asOf.isEmpty() && dateAfter(source.asOf, asOf))
                error(s->value(QStringLiteral("as_of"))->pos, at(p, QStringLiteral("as_of")),
                      CatalogueText::tr("%1 lies after the catalogue's as_of %2").arg(quoted(source.asOf), quoted(asOf)));
            if (const std::optional<QString> c = string(*s, QStringLiteral("confidence"), p)) {
                static const QStringList levels = {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
                if (!levels.contains(*c))
                    error(s->value(QStringLiteral("confidence"))->pos, at(p, QStringLiteral("confidence")),
                          CatalogueText::tr("expected \"high\", \"medium\" or \"low\""));
                else
                    source.confidence = *c;
            }
            if (const std::optional<QString> u = string(*s, QStringLiteral("url"), p))
                source.url = *u;
            out.push_back(source);
        }
        return out;
    }

    // --- jurisdictions ---
    void readJurisdictions(const JNode &root)
    {
        static const QStringList allowed = {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("as_of"),
                                            QStringLiteral("licence"), QStringLiteral("description"), QStringLiteral("jurisdictions")};
        const std::optional<Members> m = object(root, QString(), allowed, allowed.mid(0, 4) << QStringLiteral("jurisdictions"));
        if (!m)
            return;
        QString licence;
        header(*m, QStringLiteral("antrum-jurisdictions"), &m_jurisdictionsAsOf, &licence);
        const JNode *list = m->value(QStringLiteral("jurisdictions"));
        if (!list)
            return;
        if (list->type != JsonCursor::Type::Array) {
            error(list->pos, QStringLiteral("jurisdictions"), CatalogueText::tr("expected an array"));
            return;
        }
        static const QRegularExpression codePattern(QStringLiteral("^[A-Z]{2}$"));
        static const QStringList keys = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("names"), QStringLiteral("aliases"),
                                         QStringLiteral("eu_member"), QStringLiteral("eea_member"), QStringLiteral("laws"),
                                         QStringLiteral("laws_note"), QStringLiteral("sources")};
        static const QStringList required = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("eu_member"),
                                             QStringLiteral("laws"), QStringLiteral("sources")};
        QHash<QString, int> lineOfKey;
        QHash<QString, QString> codeOfKey;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const JNode &node = list->items[i];
            const QString path = at(QStringLiteral("jurisdictions"), i);
            const std::optional<Members> j = object(node, path, keys, required);
            if (!j)
                continue;
            CatalogueJurisdiction out;
            out.line = node.pos.line;
            const std::optional<QString> code = string(*j, QStringLiteral("id"), path);
            if (!code)
                continue;
            if (!codePattern.match(*code).hasMatch()) {
                error(j->value(QStringLiteral("id"))->pos, at(path, QStringLiteral("id")),
                      CatalogueText::tr("%1 is not an ISO 3166-1 alpha-2 code in capitals").arg(quoted(*code)));
                continue;
            }
            if (const auto it = m_catalogue->m_jurisdictionByCode.constFind(*code); it != m_catalogue->m_jurisdictionByCode.constEnd()) {
                error(j->value(QStringLiteral("id"))->pos, at(path, QStringLiteral("id")),
                      CatalogueText::tr("duplicate id %1 (first at line %2)").arg(quoted(*code)).arg(m_catalogue->m_jurisdictions[std::size_t(*it)].line));
                continue;
            }
            out.code = *code;
            out.name = string(*j, QStringLiteral("name"), path).value_or(QString());
            if (const JNode *names = j->value(QStringLiteral("names"))) {
                if (names->type != JsonCursor::Type::Object) {
                    error(names->pos, at(path, QStringLiteral("names")), CatalogueText::tr("expected an object of language -> name"));
                } else {
                    for (const auto &[language, value] : names->members) {
                        if (value.type != JsonCursor::Type::String || value.string.trimmed().isEmpty())
                            error(value.pos, at(at(path, QStringLiteral("names")), language), CatalogueText::tr("expected a non-empty string"));
                        else
                            out.names[language] = value.string;
                    }
                }
            }
            out.aliases = stringList(*j, QStringLiteral("aliases"), path).value_or(QStringList());
            out.euMember = boolean(*j, QStringLiteral("eu_member"), path).value_or(false);
            out.eeaMember = boolean(*j, QStringLiteral("eea_member"), path).value_or(out.euMember);
            out.lawsNote = string(*j, QStringLiteral("laws_note"), path).value_or(QString());
            out.sources = sources(*j, path, m_jurisdictionsAsOf);
            readLaws(*j, path, out);
            if (!out.euMember && out.laws.empty() && out.lawsNote.isEmpty() && j->contains(QStringLiteral("laws")))
                error(node.pos, path, CatalogueText::tr("a jurisdiction outside the EU needs its laws, or a laws_note saying that none is recorded"));

            const int index = int(m_catalogue->m_jurisdictions.size());
            QStringList names = {out.code, out.name};
            for (const auto &[language, name] : out.names)
                names << name;
            names << out.aliases;
            QSet<QString> own;
            for (const QString &name : std::as_const(names)) {
                const QString key = normaliseText(name);
                if (key.isEmpty() || own.contains(key))
                    continue;
                own.insert(key);
                if (const auto it = codeOfKey.constFind(key); it != codeOfKey.constEnd()) {
                    error(node.pos, path, CatalogueText::tr("name %1 also names jurisdiction %2 (line %3)").arg(quoted(name), quoted(*it)).arg(lineOfKey.value(key)));
                    continue;
                }
                codeOfKey.insert(key, out.code);
                lineOfKey.insert(key, out.line);
                m_catalogue->m_jurisdictionByName.insert(key, index);
            }
            m_catalogue->m_jurisdictionByCode.insert(out.code, index);
            m_catalogue->m_jurisdictions.push_back(std::move(out));
        }
    }

    void readLaws(const Members &j, const QString &path, CatalogueJurisdiction &out)
    {
        const JNode *laws = j.value(QStringLiteral("laws"));
        if (!laws)
            return;
        const QString here = at(path, QStringLiteral("laws"));
        if (laws->type != JsonCursor::Type::Array) {
            error(laws->pos, here, CatalogueText::tr("expected an array of laws"));
            return;
        }
        static const QStringList keys = {QStringLiteral("name"), QStringLiteral("aliases"), QStringLiteral("citation"), QStringLiteral("since"),
                                         QStringLiteral("summary"), QStringLiteral("sources")};
        static const QStringList required = {QStringLiteral("name"), QStringLiteral("sources")};
        QSet<QString> seen;
        for (std::size_t i = 0; i < laws->items.size(); ++i) {
            const QString p = at(here, i);
            const std::optional<Members> l = object(laws->items[i], p, keys, required);
            if (!l)
                continue;
            CatalogueLaw law;
            const std::optional<QString> name = string(*l, QStringLiteral("name"), p);
            if (!name)
                continue;
            law.name = *name;
            law.aliases = stringList(*l, QStringLiteral("aliases"), p).value_or(QStringList());
            law.citation = string(*l, QStringLiteral("citation"), p).value_or(QString());
            law.since = date(*l, QStringLiteral("since"), p, true).value_or(QString());
            law.summary = string(*l, QStringLiteral("summary"), p).value_or(QString());
            law.sources = sources(*l, p, m_jurisdictionsAsOf);
            bool duplicate = false;
            const QStringList lawNames = QStringList(law.aliases) << law.name;
            for (const QString &n : lawNames) {
                const QString key = normaliseText(n);
                if (seen.contains(key)) {
                    error(laws->items[i].pos, p, CatalogueText::tr("law name %1 is used twice in this jurisdiction").arg(quoted(n)));
                    duplicate = true;
                }
                seen.insert(key);
            }
            if (!duplicate)
                out.laws.push_back(std::move(law));
        }
    }

    // --- suppliers ---
    void readSuppliers(const JNode &root)
    {
        static const QStringList allowed = {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("as_of"),
                                            QStringLiteral("licence"), QStringLiteral("description"), QStringLiteral("suppliers")};
        const std::optional<Members> m = object(root, QString(), allowed, allowed.mid(0, 4) << QStringLiteral("suppliers"));
        if (!m)
            return;
        header(*m, QStringLiteral("antrum-catalogue"), &m_catalogue->m_asOf, &m_catalogue->m_licence);
        const JNode *list = m->value(QStringLiteral("suppliers"));
        if (!list)
            return;
        if (list->type != JsonCursor::Type::Array) {
            error(list->pos, QStringLiteral("suppliers"), CatalogueText::tr("expected an array"));
            return;
        }
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        static const QStringList keys = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("aliases"), QStringLiteral("category"),
                                         QStringLiteral("incorporated_in"), QStringLiteral("seat"), QStringLiteral("parents"),
                                         QStringLiteral("ownership"), QStringLiteral("note"), QStringLiteral("sources")};
        static const QStringList required = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("category"),
                                             QStringLiteral("incorporated_in"), QStringLiteral("sources")};
        struct PendingParent {
            std::size_t entry;
            QString path;
            Position pos;
        };
        std::vector<std::vector<std::pair<CatalogueParent, PendingParent>>> parents;
        std::vector<QString> paths;
        std::vector<Position> positions;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const JNode &node = list->items[i];
            const QString path = at(QStringLiteral("suppliers"), i);
            const std::optional<Members> e = object(node, path, keys, required);
            if (!e)
                continue;
            CatalogueEntry out;
            out.line = node.pos.line;
            const std::optional<QString> id = string(*e, QStringLiteral("id"), path);
            if (!id)
                continue;
            if (!idPattern.match(*id).hasMatch() || id->size() > 100) {
                error(e->value(QStringLiteral("id"))->pos, at(path, QStringLiteral("id")),
                      CatalogueText::tr("%1 is not an id (lower-case letters, digits and single hyphens, at most 100)").arg(quoted(*id)));
                continue;
            }
            if (const auto it = m_catalogue->m_entryById.constFind(*id); it != m_catalogue->m_entryById.constEnd()) {
                error(e->value(QStringLiteral("id"))->pos, at(path, QStringLiteral("id")),
                      CatalogueText::tr("duplicate id %1 (first at line %2)").arg(quoted(*id)).arg(m_catalogue->m_entries[std::size_t(*it)].line));
                continue;
            }
            out.id = *id;
            out.name = string(*e, QStringLiteral("name"), path).value_or(QString());
            if (out.name.size() > 1000) {
                error(e->value(QStringLiteral("name"))->pos, at(path, QStringLiteral("name")), CatalogueText::tr("longer than 1000 characters"));
                out.name.truncate(1000);
            }
            out.aliases = stringList(*e, QStringLiteral("aliases"), path).value_or(QStringList());
            if (const std::optional<QString> c = string(*e, QStringLiteral("category"), path)) {
                if (!categoryList().contains(*c))
                    error(e->value(QStringLiteral("category"))->pos, at(path, QStringLiteral("category")),
                          CatalogueText::tr("unknown category %1 (one of %2)").arg(quoted(*c), categoryList().join(QStringLiteral(", "))));
                out.category = *c;
            }
            if (const std::optional<QString> j = string(*e, QStringLiteral("incorporated_in"), path)) {
                if (m_jurisdictionsKnown && !m_catalogue->m_jurisdictionByCode.contains(*j))
                    error(e->value(QStringLiteral("incorporated_in"))->pos, at(path, QStringLiteral("incorporated_in")),
                          CatalogueText::tr("unknown jurisdiction %1 (not in the jurisdictions file)").arg(quoted(*j)));
                out.incorporatedIn = *j;
            }
            out.seat = string(*e, QStringLiteral("seat"), path).value_or(QString());
            if (const std::optional<QString> o = string(*e, QStringLiteral("ownership"), path)) {
                if (!ownershipList().contains(*o))
                    error(e->value(QStringLiteral("ownership"))->pos, at(path, QStringLiteral("ownership")),
                          CatalogueText::tr("unknown ownership %1 (one of %2)").arg(quoted(*o), ownershipList().join(QStringLiteral(", "))));
                out.ownership = *o;
            }
            out.note = string(*e, QStringLiteral("note"), path).value_or(QString());
            out.sources = sources(*e, path, m_catalogue->m_asOf);

            std::vector<std::pair<CatalogueParent, PendingParent>> own;
            if (const JNode *p = e->value(QStringLiteral("parents"))) {
                const QString here = at(path, QStringLiteral("parents"));
                if (p->type != JsonCursor::Type::Array) {
                    error(p->pos, here, CatalogueText::tr("expected an array of parents"));
                } else {
                    static const QStringList pk = {QStringLiteral("id"), QStringLiteral("since"), QStringLiteral("note")};
                    for (std::size_t k = 0; k < p->items.size(); ++k) {
                        const QString pp = at(here, k);
                        const std::optional<Members> pm = object(p->items[k], pp, pk, {QStringLiteral("id")});
                        if (!pm)
                            continue;
                        CatalogueParent parent;
                        const std::optional<QString> pid = string(*pm, QStringLiteral("id"), pp);
                        if (!pid)
                            continue;
                        parent.id = *pid;
                        parent.since = date(*pm, QStringLiteral("since"), pp, true).value_or(QString());
                        parent.note = string(*pm, QStringLiteral("note"), pp).value_or(QString());
                        own.push_back({parent, PendingParent{i, at(pp, QStringLiteral("id")), pm->value(QStringLiteral("id"))->pos}});
                    }
                }
            }
            const int index = int(m_catalogue->m_entries.size());
            m_catalogue->m_entryById.insert(out.id, index);
            registerNames(out, index, path, node.pos);
            m_catalogue->m_entries.push_back(std::move(out));
            parents.push_back(std::move(own));
            paths.push_back(path);
            positions.push_back(node.pos);
        }

        // Parents, once every id is known.
        for (std::size_t i = 0; i < parents.size(); ++i) {
            CatalogueEntry &entry = m_catalogue->m_entries[i];
            QSet<QString> seen;
            for (auto &[parent, pending] : parents[i]) {
                if (parent.id == entry.id) {
                    error(pending.pos, pending.path, CatalogueText::tr("an entry cannot own itself"));
                    continue;
                }
                if (!m_catalogue->m_entryById.contains(parent.id)) {
                    error(pending.pos, pending.path, CatalogueText::tr("unknown parent %1").arg(quoted(parent.id)));
                    continue;
                }
                if (seen.contains(parent.id)) {
                    error(pending.pos, pending.path, CatalogueText::tr("parent %1 is listed twice").arg(quoted(parent.id)));
                    continue;
                }
                seen.insert(parent.id);
                entry.parents.push_back(parent);
            }
        }
        reportCycles(paths, positions);
    }

    void registerNames(const CatalogueEntry &entry, int index, const QString &path, Position pos)
    {
        QSet<QString> own;
        QSet<QString> ownLoose;
        const auto add = [&](const QString &name, bool alias, const QString &where) {
            const std::vector<NameKey> keys = strongKeys(name);
            if (keys.empty()) {
                error(pos, where, CatalogueText::tr("%1 has no letters or digits left once normalised").arg(quoted(name)));
                return;
            }
            for (const NameKey &key : keys) {
                if (!ownLoose.contains(key.loose)) {
                    ownLoose.insert(key.loose);
                    QList<int> &sharing = m_catalogue->m_entriesByLooseKey[key.loose];
                    if (sharing.isEmpty())
                        m_catalogue->m_keysByFirstToken[key.loose.section(u' ', 0, 0)].append(key.loose);
                    sharing.append(index);
                }
                if (own.contains(key.exact))
                    continue;
                own.insert(key.exact);
                if (const auto it = m_catalogue->m_entryByKey.constFind(key.exact); it != m_catalogue->m_entryByKey.constEnd()) {
                    const CatalogueEntry &other = m_catalogue->m_entries[std::size_t(*it)];
                    error(pos, where, CatalogueText::tr("%1 also names entry %2 (line %3); names and aliases must be unique once normalised")
                                          .arg(quoted(name), quoted(other.id)).arg(other.line));
                    continue;
                }
                m_catalogue->m_entryByKey.insert(key.exact, index);
                m_catalogue->m_keyIsAlias.insert(key.exact, alias);
            }
        };
        add(entry.name, false, at(path, QStringLiteral("name")));
        for (qsizetype i = 0; i < entry.aliases.size(); ++i)
            add(entry.aliases[i], true, at(at(path, QStringLiteral("aliases")), std::size_t(i)));
    }

    /// Every ownership cycle, once, at the first entry on it.
    void reportCycles(const std::vector<QString> &paths, const std::vector<Position> &positions)
    {
        const auto &entries = m_catalogue->m_entries;
        enum Colour : std::uint8_t { White, Grey, Black };
        std::vector<Colour> colour(entries.size(), White);
        std::vector<std::size_t> stack;
        std::vector<std::size_t> nextParent(entries.size(), 0);
        for (std::size_t root = 0; root < entries.size(); ++root) {
            if (colour[root] != White)
                continue;
            stack.push_back(root);
            colour[root] = Grey;
            while (!stack.empty()) {
                const std::size_t v = stack.back();
                if (nextParent[v] < entries[v].parents.size()) {
                    const std::size_t w = std::size_t(m_catalogue->m_entryById.value(entries[v].parents[nextParent[v]++].id));
                    if (colour[w] == White) {
                        colour[w] = Grey;
                        stack.push_back(w);
                    } else if (colour[w] == Grey) {
                        const auto from = std::find(stack.begin(), stack.end(), w);
                        QStringList cycle;
                        std::size_t first = w;
                        for (auto it = from; it != stack.end(); ++it) {
                            cycle << entries[*it].id;
                            first = std::min(first, *it);
                        }
                        cycle << entries[w].id;
                        error(positions[first], paths[first] + QStringLiteral(".parents"),
                              CatalogueText::tr("ownership cycle: %1").arg(cycle.join(QStringLiteral(" -> "))));
                    }
                } else {
                    colour[v] = Black;
                    stack.pop_back();
                }
            }
        }
    }

    std::shared_ptr<Catalogue> m_catalogue;
    Diagnostics m_diagnostics;
    QString m_file;
    QString m_jurisdictionsAsOf;
    bool m_jurisdictionsKnown = false;
};

// --- Catalogue ------------------------------------------------------------------------------

QString CatalogueSource::toString() const
{
    QString out = title + QStringLiteral(" (") + CatalogueText::tr("as of %1").arg(asOf);
    if (!confidence.isEmpty() && confidence != QStringLiteral("high"))
        out += QStringLiteral(", ") + CatalogueText::tr("confidence %1").arg(confidence);
    return out + u')';
}

QString CatalogueJurisdiction::displayName(const QString &language) const
{
    const auto it = names.find(language);
    return it != names.end() ? it->second : name;
}

const CatalogueLaw *CatalogueJurisdiction::law(QStringView lawName) const
{
    const QString key = normaliseText(lawName);
    for (const CatalogueLaw &l : laws) {
        if (normaliseText(l.name) == key)
            return &l;
        for (const QString &alias : l.aliases) {
            if (normaliseText(alias) == key)
                return &l;
        }
    }
    return nullptr;
}

CatalogueLoadResult Catalogue::load(const QString &directory)
{
    const QDir dir(directory);
    const QString suppliersPath = dir.filePath(QStringLiteral("suppliers.json"));
    const QString jurisdictionsPath = dir.filePath(QStringLiteral("jurisdictions.json"));
    CatalogueLoadResult failed;
    QByteArray texts[2];
    const QString paths[2] = {suppliersPath, jurisdictionsPath};
    for (int i = 0; i < 2; ++i) {
        QFile file(paths[i]);
        if (!file.open(QIODevice::ReadOnly)) {
            failed.diagnostics.push_back({paths[i], 0, 0, QString(), CatalogueText::tr("cannot read the file: %1").arg(file.errorString())});
            continue;
        }
        if (file.size() > qint64(64) << 20) {
            failed.diagnostics.push_back({paths[i], 0, 0, QString(), CatalogueText::tr("larger than 64 MiB; not a catalogue")});
            continue;
        }
        texts[i] = file.readAll();
    }
    if (!failed.diagnostics.empty())
        return failed;
    return read(texts[0], suppliersPath, texts[1], jurisdictionsPath);
}

CatalogueLoadResult Catalogue::read(const QByteArray &suppliers, const QString &suppliersFile,
                                    const QByteArray &jurisdictions, const QString &jurisdictionsFile)
{
    return CatalogueReader().run(suppliers, suppliersFile, jurisdictions, jurisdictionsFile);
}

QStringList Catalogue::categories() { return categoryList(); }

const CatalogueEntry *Catalogue::entry(QStringView id) const
{
    const auto it = m_entryById.constFind(id.toString());
    return it == m_entryById.constEnd() ? nullptr : &m_entries[std::size_t(*it)];
}

const CatalogueJurisdiction *Catalogue::jurisdiction(QStringView code) const
{
    const auto it = m_jurisdictionByCode.constFind(code.toString());
    return it == m_jurisdictionByCode.constEnd() ? nullptr : &m_jurisdictions[std::size_t(*it)];
}

const CatalogueJurisdiction *Catalogue::jurisdictionOf(const CatalogueEntry &e) const
{
    return jurisdiction(e.incorporatedIn);
}

const CatalogueJurisdiction *Catalogue::jurisdictionByName(QStringView name) const
{
    const auto it = m_jurisdictionByName.constFind(normaliseText(name));
    return it == m_jurisdictionByName.constEnd() ? nullptr : &m_jurisdictions[std::size_t(*it)];
}

CatalogueNameMatch Catalogue::matchName(QStringView name) const
{
    CatalogueNameMatch match;
    bool allAlias = true;
    const auto addEntry = [&](int index, bool alias) {
        const CatalogueEntry *e = &m_entries[std::size_t(index)];
        if (std::find(match.entries.begin(), match.entries.end(), e) == match.entries.end())
            match.entries.push_back(e);
        allAlias = allAlias && alias;
    };
    for (const NameKey &key : strongKeys(name)) {
        // The name with its legal form; else without it: the one entry of that name, or the
        // one that bears it bare ("Microsoft Inc" is Microsoft Corporation, not Microsoft B.V.).
        if (const auto it = m_entryByKey.constFind(key.exact); it != m_entryByKey.constEnd()) {
            addEntry(*it, m_keyIsAlias.value(key.exact));
            continue;
        }
        const QList<int> sharing = m_entriesByLooseKey.value(key.loose);
        if (sharing.size() == 1) {
            addEntry(sharing.front(), true);
        } else if (const auto bare = m_entryByKey.constFind(key.loose); bare != m_entryByKey.constEnd()) {
            addEntry(*bare, m_keyIsAlias.value(key.loose));
        } else {
            for (const int i : sharing)
                addEntry(i, true);
        }
    }
    match.byAlias = !match.entries.empty() && allAlias;
    if (!match.entries.empty())
        return match;

    const auto addWeak = [&](const CatalogueEntry *e) {
        if (std::find(match.weak.begin(), match.weak.end(), e) == match.weak.end())
            match.weak.push_back(e);
    };
    for (const QString &inner : splitParentheses(name).second) {
        for (const NameKey &key : strongKeys(inner)) {
            for (const int i : m_entriesByLooseKey.value(key.loose))
                addWeak(&m_entries[std::size_t(i)]);
        }
    }
    // A catalogue name that occurs, as whole words, inside the name.
    const QStringList w = words(name);
    for (qsizetype start = 0; start < w.size(); ++start) {
        const auto it = m_keysByFirstToken.constFind(w[start]);
        if (it == m_keysByFirstToken.constEnd())
            continue;
        for (const QString &key : *it) {
            if (key.size() < 3)
                continue;
            const QStringList kw = key.split(u' ');
            if (start + kw.size() > w.size())
                continue;
            if (std::equal(kw.begin(), kw.end(), w.begin() + start)) {
                for (const int i : m_entriesByLooseKey.value(key))
                    addWeak(&m_entries[std::size_t(i)]);
            }
        }
    }
    return match;
}

std::vector<const CatalogueEntry *> Catalogue::ownershipChain(const CatalogueEntry &start) const
{
    std::vector<const CatalogueEntry *> out;
    QSet<QString> seen{start.id};
    std::vector<const CatalogueEntry *> queue{&start};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        for (const CatalogueParent &p : queue[i]->parents) {
            const CatalogueEntry *parent = entry(p.id);
            if (!parent || seen.contains(parent->id))
                continue;
            seen.insert(parent->id);
            out.push_back(parent);
            queue.push_back(parent);
        }
    }
    return out;
}

std::vector<const CatalogueEntry *> Catalogue::ultimateParents(const CatalogueEntry &start) const
{
    if (start.parents.empty())
        return {&start};
    std::vector<const CatalogueEntry *> out;
    for (const CatalogueEntry *e : ownershipChain(start)) {
        if (e->parents.empty())
            out.push_back(e);
    }
    return out;
}

bool Catalogue::isAncestor(const CatalogueEntry &ancestor, const CatalogueEntry &start) const
{
    const std::vector<const CatalogueEntry *> chain = ownershipChain(start);
    return std::find(chain.begin(), chain.end(), &ancestor) != chain.end();
}

std::vector<LawReach> Catalogue::lawsReaching(const CatalogueEntry &start) const
{
    std::vector<LawReach> out;
    std::vector<const CatalogueEntry *> chain{&start};
    const std::vector<const CatalogueEntry *> owners = ownershipChain(start);
    chain.insert(chain.end(), owners.begin(), owners.end());
    QSet<QString> seen;
    for (const CatalogueEntry *e : chain) {
        const CatalogueJurisdiction *j = jurisdiction(e->incorporatedIn);
        if (!j)
            continue;
        for (const CatalogueLaw &law : j->laws) {
            const QString key = j->code + u'\n' + law.name;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out.push_back({j, &law, e});
        }
    }
    return out;
}

QString normaliseCompanyName(QStringView name)
{
    return nameKey(name).loose;
}

std::vector<const CatalogueEntry *> searchCatalogue(const Catalogue &catalogue, QStringView text, int limit)
{
    std::vector<const CatalogueEntry *> out;
    const QString query = normaliseText(text);
    if (query.isEmpty() || limit <= 0)
        return out;
    const QStringList queryWords = query.split(u' ');
    struct Hit {
        int rank;
        const CatalogueEntry *entry;
    };
    std::vector<Hit> hits;
    for (const CatalogueEntry &e : catalogue.entries()) {
        int best = 0;
        const QStringList entryNames = QStringList(e.aliases) << e.name;
        for (const QString &name : entryNames) {
            const QString key = normaliseText(name);
            int rank = 0;
            if (key == query || normaliseCompanyName(name) == query)
                rank = 4;
            else if (key.startsWith(query))
                rank = 3;
            else {
                const QStringList keyWords = key.split(u' ');
                const bool allWords = std::all_of(queryWords.begin(), queryWords.end(), [&](const QString &q) {
                    return std::any_of(keyWords.begin(), keyWords.end(), [&](const QString &k) { return k.startsWith(q); });
                });
                if (allWords)
                    rank = 2;
                else if (key.contains(query))
                    rank = 1;
            }
            best = std::max(best, rank);
        }
        if (best > 0)
            hits.push_back({best, &e});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank > b.rank;
        const int byName = QString::compare(a.entry->name, b.entry->name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.entry->id < b.entry->id;
    });
    for (const Hit &h : hits) {
        if (int(out.size()) >= limit)
            break;
        out.push_back(h.entry);
    }
    return out;
}

QString defaultCatalogueDirectory()
{
    if (QCoreApplication::instance()) {
        const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/antrum/catalogue"));
        if (QFileInfo::exists(installed + QStringLiteral("/suppliers.json")))
            return QDir::cleanPath(installed);
    }
#ifdef ANTRUM_CATALOGUE_DIR
    return QStringLiteral(ANTRUM_CATALOGUE_DIR);
#else
    return QString();
#endif
}

// --- enrichment -----------------------------------------------------------------------------

QString toString(EnrichmentProposal::Kind kind)
{
    switch (kind) {
    case EnrichmentProposal::Kind::Match: return QStringLiteral("match");
    case EnrichmentProposal::Kind::AddParent: return QStringLiteral("add_parent");
    case EnrichmentProposal::Kind::AddSeat: return QStringLiteral("add_seat");
    case EnrichmentProposal::Kind::AddLaws: return QStringLiteral("add_laws");
    case EnrichmentProposal::Kind::Conflict: return QStringLiteral("conflict");
    case EnrichmentProposal::Kind::NoMatch: return QStringLiteral("no_match");
    case EnrichmentProposal::Kind::Ambiguous: return QStringLiteral("ambiguous");
    }
    return {};
}

namespace {

const QString catalogueIdKey = QStringLiteral("catalogue_id");

/// Ownership edges (child -> parents) of a model, with a reachability test.
class OwnershipGraph {
public:
    void add(const QString &child, const QString &parent) { m_up[child].append(parent); }
    void remove(const QString &child, const QString &parent) { m_up[child].removeOne(parent); }
    /// Whether `to` is `from` or lies above it.
    bool reaches(const QString &from, const QString &to) const
    {
        QSet<QString> seen{from};
        QStringList stack{from};
        while (!stack.isEmpty()) {
            const QString v = stack.takeLast();
            if (v == to)
                return true;
            for (const QString &w : m_up.value(v)) {
                if (!seen.contains(w)) {
                    seen.insert(w);
                    stack.append(w);
                }
            }
        }
        return false;
    }

private:
    QHash<QString, QStringList> m_up;
};

QStringList lawsOf(const Node &node, bool *ok)
{
    *ok = true;
    const auto it = node.attributes.find(QStringLiteral("laws"));
    if (it == node.attributes.end())
        return {};
    if (const QStringList *list = std::get_if<QStringList>(&it->second))
        return *list;
    if (const QString *one = std::get_if<QString>(&it->second))
        return one->isEmpty() ? QStringList() : QStringList{*one};
    *ok = false;
    return {};
}

class Enricher {
public:
    Enricher(const Model &model, const Catalogue &catalogue, const EnrichmentOptions &options)
        : m_model(model), m_catalogue(catalogue), m_options(options)
    {
    }

    std::vector<EnrichmentProposal> run()
    {
        index();
        matchSuppliers();
        for (std::size_t i = 0; i < m_model.nodes.size(); ++i) {
            const Node &node = m_model.nodes[i];
            if (node.kind != NodeKind::Supplier)
                continue;
            emitMatch(node);
            const CatalogueEntry *e = m_unique.value(node.id);
            if (!e)
                continue;
            checkSeat(node, *e);
            parents(*e, node.id, false);
        }
        checkJurisdictions();
        return std::move(m_out);
    }

private:
    struct SupplierMatch {
        CatalogueNameMatch name;
        QString how;
        QString unknownId; ///< a catalogue_id attribute the catalogue does not know
    };

    void index()
    {
        for (std::size_t i = 0; i < m_model.nodes.size(); ++i) {
            const Node &n = m_model.nodes[i];
            m_nodeIndex.insert(n.id, int(i));
            m_usedIds.insert(n.id);
        }
        for (const Edge &e : m_model.edges) {
            if (e.kind == EdgeKind::SubsidiaryOf) {
                m_parentsOf[e.from].append(e.to);
                m_graph.add(e.from, e.to);
            } else if (e.kind == EdgeKind::IncorporatedIn) {
                m_seatsOf[e.from].append(e.to);
            }
        }
        for (const Node &n : m_model.nodes) {
            if (n.kind != NodeKind::Jurisdiction)
                continue;
            const QString code = codeOf(n);
            if (!code.isEmpty())
                m_jurisdictionNodes[code].append(n.id);
        }
    }

    /// The catalogue jurisdiction a model jurisdiction node stands for: by its `country`
    /// attribute, else its id when that is a code, else its name. Empty when unknown.
    QString codeOf(const Node &n) const
    {
        if (const QString *country = n.attributeAs<QString>(QStringLiteral("country")); country && !country->isEmpty()) {
            const CatalogueJurisdiction *j = m_catalogue.jurisdiction(country->toUpper());
            return j ? j->code : QString();
        }
        if (n.id.size() == 2) {
            if (const CatalogueJurisdiction *j = m_catalogue.jurisdiction(n.id.toUpper()))
                return j->code;
        }
        if (const CatalogueJurisdiction *j = m_catalogue.jurisdictionByName(n.name))
            return j->code;
        return {};
    }

    void matchSuppliers()
    {
        for (const Node &n : m_model.nodes) {
            if (n.kind != NodeKind::Supplier)
                continue;
            SupplierMatch m;
            if (const QString *cid = n.attributeAs<QString>(catalogueIdKey); cid && !cid->isEmpty()) {
                if (const CatalogueEntry *e = m_catalogue.entry(*cid)) {
                    m.name.entries = {e};
                    m.how = CatalogueText::tr("by catalogue id");
                } else {
                    m.unknownId = *cid;
                }
            } else {
                m.name = m_catalogue.matchName(n.name);
                m.how = m.name.byAlias ? CatalogueText::tr("by an alias") : CatalogueText::tr("by name");
            }
            if (m.name.entries.size() == 1)
                m_nodesOfEntry[m.name.entries.front()->id].append(n.id);
            m_matches.insert(n.id, m);
        }
        for (auto it = m_nodesOfEntry.cbegin(); it != m_nodesOfEntry.cend(); ++it) {
            if (it->size() == 1)
                m_unique.insert(it->front(), m_catalogue.entry(it.key()));
        }
    }

    QString nameOf(const QString &id) const
    {
        const int i = m_nodeIndex.value(id, -1);
        if (i >= 0)
            return m_model.nodes[std::size_t(i)].name;
        for (const auto &[nodeId, node] : m_newNodes) {
            if (nodeId == id)
                return node.name;
        }
        return id;
    }

    void push(EnrichmentProposal p)
    {
        if (m_keys.contains(p.key))
            return;
        m_keys.insert(p.key);
        m_out.push_back(std::move(p));
    }

    static QString names(const std::vector<const CatalogueEntry *> &entries)
    {
        QStringList out;
        for (const CatalogueEntry *e : entries)
            out << curly(e->name) + QStringLiteral(" [") + e->id + u']';
        return out.join(QStringLiteral(", "));
    }

    void emitMatch(const Node &node)
    {
        const SupplierMatch &m = m_matches[node.id];
        EnrichmentProposal p;
        p.nodeId = node.id;
        if (!m.unknownId.isEmpty()) {
            p.kind = EnrichmentProposal::Kind::NoMatch;
            p.key = QStringLiteral("no_match:") + node.id;
            p.message = CatalogueText::tr("%1 has catalogue_id %2, which the catalogue does not know; nothing is proposed.")
                            .arg(curly(node.name), quoted(m.unknownId));
        } else if (m.name.entries.empty()) {
            p.kind = EnrichmentProposal::Kind::NoMatch;
            p.key = QStringLiteral("no_match:") + node.id;
            if (m.name.weak.empty())
                p.message = CatalogueText::tr("%1 matches no catalogue entry.").arg(curly(node.name));
            else
                p.message = CatalogueText::tr("%1 matches no catalogue entry; only weakly %2, which is not enough to propose anything.")
                                .arg(curly(node.name), names(m.name.weak));
        } else if (m.name.entries.size() > 1) {
            p.kind = EnrichmentProposal::Kind::Ambiguous;
            p.key = QStringLiteral("ambiguous:") + node.id;
            p.message = CatalogueText::tr("%1 matches several catalogue entries (%2); nothing is proposed.")
                            .arg(curly(node.name), names(m.name.entries));
        } else {
            const CatalogueEntry *e = m.name.entries.front();
            p.entryId = e->id;
            p.sources = e->sources;
            const QStringList &same = m_nodesOfEntry.value(e->id);
            if (same.size() > 1) {
                QStringList others;
                for (const QString &id : same) {
                    if (id != node.id)
                        others << id;
                }
                p.kind = EnrichmentProposal::Kind::Ambiguous;
                p.key = QStringLiteral("ambiguous:") + node.id;
                p.message = CatalogueText::tr("%1 matches the catalogue entry %2, and so does %3: the model holds that company more than once, so nothing is proposed for it.")
                                .arg(curly(node.name), curly(e->name), others.join(QStringLiteral(", ")));
            } else {
                p.kind = EnrichmentProposal::Kind::Match;
                p.key = QStringLiteral("match:") + node.id;
                p.message = CatalogueText::tr("%1 matches the catalogue entry %2 [%3] %4.").arg(curly(node.name), curly(e->name), e->id, m.how);
            }
        }
        push(std::move(p));
    }

    // --- nodes the proposals add ---
    QString newIdFor(const QString &base)
    {
        QString id = base;
        for (int n = 2; m_usedIds.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        m_usedIds.insert(id);
        return id;
    }

    /// The model node of a jurisdiction: existing (unique), or one to add. Empty if ambiguous.
    std::pair<QString, bool> jurisdictionNode(const QString &code)
    {
        const QStringList existing = m_jurisdictionNodes.value(code);
        if (existing.size() == 1)
            return {existing.front(), false};
        if (existing.size() > 1)
            return {QString(), false};
        if (!m_newJurisdictionIds.contains(code)) {
            const CatalogueJurisdiction *j = m_catalogue.jurisdiction(code);
            Node n;
            n.id = newIdFor(code);
            n.kind = NodeKind::Jurisdiction;
            n.name = j->displayName(m_options.language);
            n.attributes[QStringLiteral("country")] = j->code;
            n.attributes[QStringLiteral("eu_member")] = j->euMember;
            QStringList laws;
            for (const CatalogueLaw &law : j->laws)
                laws << law.name;
            n.attributes[QStringLiteral("laws")] = laws;
            if (!j->sources.empty())
                n.attributes[QStringLiteral("source")] = j->sources.front().toString();
            m_newJurisdictionIds.insert(code, n.id);
            m_newNodes.emplace_back(n.id, n);
        }
        return {m_newJurisdictionIds.value(code), true};
    }

    const Node &newNode(const QString &id) const
    {
        for (const auto &[nodeId, node] : m_newNodes) {
            if (nodeId == id)
                return node;
        }
        Q_UNREACHABLE();
    }

    /// The model node of a catalogue entry: the one model node matching it, or a new one.
    /// Empty when several model nodes match it.
    std::pair<QString, bool> supplierNode(const CatalogueEntry &e)
    {
        const QStringList existing = m_nodesOfEntry.value(e.id);
        if (existing.size() == 1)
            return {existing.front(), false};
        if (existing.size() > 1)
            return {QString(), false};
        if (!m_newSupplierIds.contains(e.id)) {
            Node n;
            n.id = newIdFor(e.id);
            n.kind = NodeKind::Supplier;
            n.name = e.name;
            n.attributes[catalogueIdKey] = e.id;
            if (!e.sources.empty())
                n.attributes[QStringLiteral("source")] = e.sources.front().toString();
            m_newSupplierIds.insert(e.id, n.id);
            m_newNodes.emplace_back(n.id, n);
        }
        return {m_newSupplierIds.value(e.id), true};
    }

    /// Adds to `p` a new supplier node with its seat (and the seat's node, if new).
    void addNewSupplier(EnrichmentProposal &p, const CatalogueEntry &e, const QString &id)
    {
        const auto addNode = [&p](const Node &n) {
            if (std::none_of(p.addNodes.begin(), p.addNodes.end(), [&n](const Node &m) { return m.id == n.id; }))
                p.addNodes.push_back(n);
        };
        addNode(newNode(id));
        const auto [jid, jnew] = jurisdictionNode(e.incorporatedIn);
        if (jid.isEmpty())
            return;
        if (jnew)
            addNode(newNode(jid));
        p.addEdges.push_back(Edge{id, jid, EdgeKind::IncorporatedIn, {}, {}, {}});
    }

    QString jurisdictionLabel(const QString &code) const
    {
        const CatalogueJurisdiction *j = m_catalogue.jurisdiction(code);
        return j ? j->displayName(m_options.language) : code;
    }

    void checkSeat(const Node &node, const CatalogueEntry &e)
    {
        const QStringList seats = m_seatsOf.value(node.id);
        if (!seats.isEmpty()) {
            QStringList known;
            bool unknown = false;
            for (const QString &s : seats) {
                const int i = m_nodeIndex.value(s, -1);
                const QString code = i >= 0 ? codeOf(m_model.nodes[std::size_t(i)]) : QString();
                if (code == e.incorporatedIn)
                    return;
                if (code.isEmpty())
                    unknown = true;
                else
                    known << nameOf(s);
            }
            if (unknown)
                return;
            EnrichmentProposal p;
            p.kind = EnrichmentProposal::Kind::Conflict;
            p.key = QStringLiteral("conflict:seat:") + node.id;
            p.nodeId = node.id;
            p.entryId = e.id;
            p.targetEntryId = e.incorporatedIn;
            p.sources = e.sources;
            p.message = CatalogueText::tr("The model has %1 incorporated in %2; the catalogue says %3. The model is left as it is.")
                            .arg(curly(node.name), known.join(QStringLiteral(", ")), jurisdictionLabel(e.incorporatedIn));
            push(std::move(p));
            return;
        }
        const auto [jid, jnew] = jurisdictionNode(e.incorporatedIn);
        EnrichmentProposal p;
        p.nodeId = node.id;
        p.entryId = e.id;
        p.targetEntryId = e.incorporatedIn;
        p.sources = e.sources;
        if (jid.isEmpty()) {
            p.kind = EnrichmentProposal::Kind::Ambiguous;
            p.key = QStringLiteral("ambiguous:seat:") + node.id;
            p.message = CatalogueText::tr("%1 is incorporated in %2, but several jurisdiction nodes of the model stand for it; nothing is proposed.")
                            .arg(curly(node.name), jurisdictionLabel(e.incorporatedIn));
        } else {
            p.kind = EnrichmentProposal::Kind::AddSeat;
            p.key = QStringLiteral("seat:") + node.id + u'>' + jid;
            if (jnew)
                p.addNodes.push_back(newNode(jid));
            p.addEdges.push_back(Edge{node.id, jid, EdgeKind::IncorporatedIn, {}, {}, {}});
            p.message = jnew ? CatalogueText::tr("%1 is incorporated in %2 (adds the jurisdiction node %3).").arg(curly(node.name), jurisdictionLabel(e.incorporatedIn), jid)
                             : CatalogueText::tr("%1 is incorporated in %2.").arg(curly(node.name), jurisdictionLabel(e.incorporatedIn));
        }
        push(std::move(p));
    }

    /// Proposes the owners of entry `e`, whose model node is `subject`, up the catalogue's
    /// chain, as far as the model does not already record them.
    void parents(const CatalogueEntry &e, const QString &subject, bool subjectIsNew)
    {
        if (m_walked.contains(subject))
            return;
        m_walked.insert(subject);
        const QStringList modelParents = subjectIsNew ? QStringList() : m_parentsOf.value(subject);
        const std::vector<const CatalogueEntry *> chain = m_catalogue.ownershipChain(e);
        QSet<QString> covered;
        QStringList unknownOwners;
        bool conflict = false;
        for (const QString &m : modelParents) {
            const CatalogueEntry *em = m_unique.value(m);
            if (!em) {
                unknownOwners << curly(nameOf(m));
                continue;
            }
            if (std::find(chain.begin(), chain.end(), em) != chain.end()) {
                covered.insert(em->id);
                continue;
            }
            const bool catalogueHasAView = !e.parents.empty() || !e.ownership.isEmpty() || m_catalogue.isAncestor(e, *em);
            if (!catalogueHasAView)
                continue;
            conflict = true;
            QStringList recorded;
            for (const CatalogueParent &cp : e.parents)
                recorded << curly(m_catalogue.entry(cp.id)->name);
            EnrichmentProposal p;
            p.kind = EnrichmentProposal::Kind::Conflict;
            p.key = QStringLiteral("conflict:parent:") + subject + u'>' + m;
            p.nodeId = subject;
            p.entryId = e.id;
            p.targetEntryId = em->id;
            p.sources = e.sources;
            p.message = recorded.isEmpty()
                            ? CatalogueText::tr("The model has %1 owned by %2; the catalogue records no owner of it (%3). The model is left as it is.")
                                  .arg(curly(e.name), curly(nameOf(m)), e.ownership.isEmpty() ? CatalogueText::tr("it owns %1").arg(curly(em->name)) : e.ownership)
                            : CatalogueText::tr("The model has %1 owned by %2; the catalogue records %3. The model is left as it is.")
                                  .arg(curly(e.name), curly(nameOf(m)), recorded.join(QStringLiteral(", ")));
            push(std::move(p));
        }
        if (conflict)
            return;

        for (const CatalogueParent &cp : e.parents) {
            const CatalogueEntry *pe = m_catalogue.entry(cp.id);
            if (!pe)
                continue;
            bool isCovered = covered.contains(pe->id);
            for (const CatalogueEntry *above : m_catalogue.ownershipChain(*pe))
                isCovered = isCovered || covered.contains(above->id);
            if (isCovered)
                continue;
            const auto [target, targetIsNew] = supplierNode(*pe);
            EnrichmentProposal p;
            p.nodeId = subject;
            p.entryId = e.id;
            p.targetEntryId = pe->id;
            p.sources = e.sources;
            if (target.isEmpty()) {
                p.kind = EnrichmentProposal::Kind::Ambiguous;
                p.key = QStringLiteral("ambiguous:parent:") + subject + u'>' + pe->id;
                p.message = CatalogueText::tr("%1 is owned by %2, but several nodes of the model match %2; nothing is proposed.")
                                .arg(curly(e.name), curly(pe->name));
                push(std::move(p));
                continue;
            }
            if (!targetIsNew && m_graph.reaches(target, subject)) {
                p.kind = EnrichmentProposal::Kind::Conflict;
                p.key = QStringLiteral("conflict:cycle:") + subject + u'>' + target;
                p.message = CatalogueText::tr("The catalogue has %1 owned by %2, but the model has %2 owned by %1 (directly or through others); adding it would create an ownership cycle.")
                                .arg(curly(nameOf(subject)), curly(nameOf(target)));
                push(std::move(p));
                continue;
            }
            p.kind = EnrichmentProposal::Kind::AddParent;
            p.key = QStringLiteral("parent:") + subject + u'>' + target;
            if (subjectIsNew)
                addNewSupplier(p, e, subject);
            if (targetIsNew)
                addNewSupplier(p, *pe, target);
            p.addEdges.push_back(Edge{subject, target, EdgeKind::SubsidiaryOf, {}, {}, {}});
            QString message = CatalogueText::tr("%1 is controlled by %2 (%3)").arg(curly(nameOf(subject)), curly(pe->name), jurisdictionLabel(pe->incorporatedIn));
            if (!cp.since.isEmpty())
                message += u' ' + CatalogueText::tr("since %1").arg(cp.since);
            message += u'.';
            if (targetIsNew)
                message += u' ' + CatalogueText::tr("Adds the supplier node %1.").arg(target);
            if (!unknownOwners.isEmpty())
                message += u' ' + CatalogueText::tr("The model also lists %1 as owner, which the catalogue does not know; check that it is not the same company.")
                                      .arg(unknownOwners.join(QStringLiteral(", ")));
            p.message = message;
            m_graph.add(subject, target);
            push(std::move(p));
            if (targetIsNew)
                parents(*pe, target, true);
        }
    }

    void checkJurisdictions()
    {
        for (const Node &n : m_model.nodes) {
            if (n.kind != NodeKind::Jurisdiction)
                continue;
            const QString code = codeOf(n);
            if (code.isEmpty() || m_jurisdictionNodes.value(code).size() != 1)
                continue;
            const CatalogueJurisdiction *j = m_catalogue.jurisdiction(code);
            if (const bool *eu = n.attributeAs<bool>(QStringLiteral("eu_member")); eu && *eu != j->euMember) {
                EnrichmentProposal p;
                p.kind = EnrichmentProposal::Kind::Conflict;
                p.key = QStringLiteral("conflict:eu_member:") + n.id;
                p.nodeId = n.id;
                p.entryId = code;
                p.sources = j->sources;
                p.message = j->euMember ? CatalogueText::tr("The model has %1 outside the EU; the catalogue has it as an EU member.").arg(curly(n.name))
                                        : CatalogueText::tr("The model has %1 as an EU member; the catalogue has it outside the EU.").arg(curly(n.name));
                push(std::move(p));
            }
            bool ok = true;
            const QStringList present = lawsOf(n, &ok);
            if (!ok)
                continue;
            QSet<const CatalogueLaw *> known;
            for (const QString &law : present) {
                if (const CatalogueLaw *l = j->law(law))
                    known.insert(l);
            }
            EnrichmentProposal p;
            for (const CatalogueLaw &law : j->laws) {
                if (known.contains(&law))
                    continue;
                p.addLaws << law.name;
                p.sources.insert(p.sources.end(), law.sources.begin(), law.sources.end());
            }
            if (p.addLaws.isEmpty())
                continue;
            p.kind = EnrichmentProposal::Kind::AddLaws;
            p.key = QStringLiteral("laws:") + n.id;
            p.nodeId = n.id;
            p.entryId = code;
            p.message = CatalogueText::tr("The catalogue lists further laws that reach data held abroad by companies of %1: %2.")
                            .arg(curly(n.name), p.addLaws.join(QStringLiteral(", ")));
            push(std::move(p));
        }
    }

    const Model &m_model;
    const Catalogue &m_catalogue;
    EnrichmentOptions m_options;
    std::vector<EnrichmentProposal> m_out;
    QSet<QString> m_keys;
    QHash<QString, int> m_nodeIndex;
    QSet<QString> m_usedIds;
    QHash<QString, QStringList> m_parentsOf;
    QHash<QString, QStringList> m_seatsOf;
    QHash<QString, QStringList> m_jurisdictionNodes; ///< code -> model nodes standing for it
    QHash<QString, SupplierMatch> m_matches;
    QHash<QString, QStringList> m_nodesOfEntry;        ///< entry id -> model nodes matching only it
    QHash<QString, const CatalogueEntry *> m_unique;   ///< node id -> entry, when it is that entry's only node
    QHash<QString, QString> m_newSupplierIds;          ///< entry id -> id of the node to add
    QHash<QString, QString> m_newJurisdictionIds;      ///< code -> id of the node to add
    std::vector<std::pair<QString, Node>> m_newNodes;
    QSet<QString> m_walked;
    OwnershipGraph m_graph;
};

} // namespace

std::vector<EnrichmentProposal> proposeEnrichment(const Model &model, const Catalogue &catalogue, const EnrichmentOptions &options)
{
    return Enricher(model, catalogue, options).run();
}

Model applyEnrichment(const Model &model, const std::vector<EnrichmentProposal> &chosen, QStringList *skipped)
{
    Model out = model;
    QHash<QString, int> index = out.nodeIndex();
    QHash<QString, Node> added;
    const auto edgeKey = [](const QString &from, const QString &to, EdgeKind kind) {
        QString key = from;
        key += u'\n';
        key += to;
        key += u'\n';
        key += QChar(u'0' + int(kind));
        return key;
    };
    QSet<QString> edges;
    OwnershipGraph graph;
    for (const Edge &e : out.edges) {
        edges.insert(edgeKey(e.from, e.to, e.kind));
        if (e.kind == EdgeKind::SubsidiaryOf)
            graph.add(e.from, e.to);
    }
    const auto skip = [&](const EnrichmentProposal &p, const QString &why) {
        if (skipped)
            skipped->append(p.key + QStringLiteral(": ") + why);
    };

    for (const EnrichmentProposal &p : chosen) {
        if (!p.applicable())
            continue;
        QHash<QString, NodeKind> kinds;
        QString problem;
        std::vector<const Node *> toAdd;
        for (const Node &n : p.addNodes) {
            if (index.contains(n.id)) {
                if (!(added.contains(n.id) && added.value(n.id) == n))
                    problem = CatalogueText::tr("the model already has another node with id %1").arg(quoted(n.id));
                continue;
            }
            if (kinds.contains(n.id)) {
                const bool same = std::any_of(toAdd.begin(), toAdd.end(), [&n](const Node *m) { return *m == n; });
                if (!same)
                    problem = CatalogueText::tr("the proposal adds two different nodes with id %1").arg(quoted(n.id));
                continue;
            }
            kinds.insert(n.id, n.kind);
            toAdd.push_back(&n);
        }
        const auto kindOf = [&](const QString &id) -> std::optional<NodeKind> {
            if (const auto it = kinds.constFind(id); it != kinds.constEnd())
                return *it;
            const int i = index.value(id, -1);
            return i >= 0 ? std::optional<NodeKind>(out.nodes[std::size_t(i)].kind) : std::nullopt;
        };
        std::vector<const Edge *> newEdges;
        QSet<QString> proposalEdges;
        for (const Edge &e : p.addEdges) {
            const std::optional<NodeKind> from = kindOf(e.from);
            const std::optional<NodeKind> to = kindOf(e.to);
            if (!from || !to) {
                problem = CatalogueText::tr("edge %1 -> %2 names a node the model does not have").arg(quoted(e.from), quoted(e.to));
                continue;
            }
            if (e.from == e.to || !edgeAllowed(e.kind, *from, *to)) {
                problem = CatalogueText::tr("edge %1 -> %2 does not fit the kinds of its nodes").arg(quoted(e.from), quoted(e.to));
                continue;
            }
            const QString key = edgeKey(e.from, e.to, e.kind);
            if (edges.contains(key) || proposalEdges.contains(key))
                continue;
            proposalEdges.insert(key);
            newEdges.push_back(&e);
        }
        std::vector<const Edge *> tentative;
        if (problem.isEmpty()) {
            for (const Edge *e : newEdges) {
                if (e->kind != EdgeKind::SubsidiaryOf)
                    continue;
                if (graph.reaches(e->to, e->from)) {
                    problem = CatalogueText::tr("%1 -> %2 would create an ownership cycle").arg(quoted(e->from), quoted(e->to));
                    break;
                }
                graph.add(e->from, e->to);
                tentative.push_back(e);
            }
        }
        int lawsNode = -1;
        if (problem.isEmpty() && p.kind == EnrichmentProposal::Kind::AddLaws) {
            lawsNode = index.value(p.nodeId, -1);
            bool ok = true;
            if (lawsNode < 0 || out.nodes[std::size_t(lawsNode)].kind != NodeKind::Jurisdiction)
                problem = CatalogueText::tr("the model has no jurisdiction node %1").arg(quoted(p.nodeId));
            else if (lawsOf(out.nodes[std::size_t(lawsNode)], &ok); !ok)
                problem = CatalogueText::tr("the laws of %1 are not a list of names").arg(quoted(p.nodeId));
        }
        if (!problem.isEmpty()) {
            for (const Edge *e : tentative)
                graph.remove(e->from, e->to);
            skip(p, problem);
            continue;
        }
        for (const Node *n : toAdd) {
            index.insert(n->id, int(out.nodes.size()));
            added.insert(n->id, *n);
            out.nodes.push_back(*n);
        }
        for (const Edge *e : newEdges) {
            edges.insert(edgeKey(e->from, e->to, e->kind));
            out.edges.push_back(*e);
        }
        if (lawsNode >= 0) {
            Node &n = out.nodes[std::size_t(lawsNode)];
            bool ok = true;
            QStringList laws = lawsOf(n, &ok);
            for (const QString &law : p.addLaws) {
                if (!laws.contains(law))
                    laws << law;
            }
            n.attributes[QStringLiteral("laws")] = laws;
        }
    }
    return out;
}

} // namespace antrum

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "model.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

/// Import and export of The Open Group's ArchiMate Model Exchange File Format, so that a
/// landscape already drawn in an architecture tool (Archi, BiZZdesign, Sparx) need not be
/// typed in again, and an Antrum model can be shown in one. The mapping between ArchiMate's
/// element and relationship types and Antrum's kinds, and what each direction loses, is
/// documented in docs/archimate.md; keep the two in step.
namespace antrum {

/// Bounds on what readArchiMate() accepts, so that a hostile or broken file cannot exhaust
/// memory. The defaults are far above any real architecture model.
struct ArchiMateLimits {
    qsizetype maxBytes = 200 * 1024 * 1024; ///< size of the XML text
    qsizetype maxItems = 1'000'000;         ///< elements + relationships + properties
};

/// The outcome of reading an exchange file.
struct ArchiMateImport {
    /// The imported model, valid by validateModel(); absent when `errors` is not empty.
    std::optional<Model> model;
    /// Why the file was refused as a whole, each with file, line and column.
    Diagnostics errors;
    /// Every element and relationship that did not become a node or an edge, and every
    /// property that did not become an attribute: "element ID (TYPE "NAME"): REASON".
    /// Nothing is dropped without a line here.
    QStringList unmapped;
    /// What the import chose or merged (name language, duplicate edges, ignored views).
    QStringList notes;
};

/// Reads an ArchiMate exchange file: the 3.x namespace (http://www.opengroup.org/xsd/archimate/3.0/)
/// or the 2.1 one (http://www.opengroup.org/xsd/archimate). A document type declaration,
/// entities or an input beyond `limits` are refused. `fileName` only labels diagnostics.
/// Never throws, never crashes on bad input.
ArchiMateImport readArchiMate(const QByteArray &xml, const QString &fileName,
                              const ArchiMateLimits &limits = {});

/// Writes `model` as an exchange file of ArchiMate 3.1 (3.0 namespace): elements,
/// relationships and properties, no views or organisations. Attributes, criticality,
/// downtime, failure probability and redundancy groups travel as properties and come back
/// through readArchiMate(); alternative_for edges, scenarios, options, home jurisdictions
/// and x- extensions are lost (docs/archimate.md).
QByteArray writeArchiMate(const Model &model);

} // namespace antrum

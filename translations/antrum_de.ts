<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalysisOutput</name>
    <message>
        <location filename="../core/analysisoutput.cpp" line="+213"/>
        <source>Model: %1 (%2 nodes, %3 edges)

</source>
        <translation>Modell: %1 (%2 Knoten, %3 Verbindungen)

</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capabilities — single points of failure (SPOF), cut sets of order 2..%1, foreign legal reach
</source>
        <translation>Geschäftsfunktionen — Single Points of Failure (SPOF), Schnittmengen der Ordnung 2..%1, ausländische rechtliche Reichweite
</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <location line="+65"/>
        <source>Capability</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+37"/>
        <location line="+36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Crit.</source>
        <translation>Krit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SPOFs</source>
        <translation>SPOFs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut sets</source>
        <translation>Schnittm.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foreign reach</source>
        <translation>Ausl. Reichweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
%1 of %2 capabilities have no single point of failure (a mouse trusts not one hole).
</source>
        <translation>
%1 von %2 Geschäftsfunktionen haben keinen Single Point of Failure (eine Maus verlässt sich nicht auf ein einziges Loch).
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  SPOF %1 (%2): %3
</source>
        <translation>  SPOF %1 (%2): %3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  cut set {%1}
</source>
        <translation>  Schnittmenge {%1}
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (falls to %2)</source>
        <translation>%1 (fällt durch %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the combination</source>
        <translation>die Kombination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (stands)</source>
        <translation>%1 (bleibt bestehen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    defeats group &quot;%1&quot; of %2 (needs %3): %4
</source>
        <translation>    überwindet Gruppe &quot;%1&quot; von %2 (benötigt %3): %4
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>home</source>
        <translation>inländisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>foreign</source>
        <translation>ausländisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jurisdictions — what each can cut off on its own, and how far its laws reach
</source>
        <translation>Rechtsräume — was jeder allein abschalten kann und wie weit seine Gesetze reichen
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off</source>
        <translation>Abschaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capabilities it can cut off</source>
        <translation>Geschäftsfunktionen, die er abschalten kann</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Failing on their own: %1
</source>
        <translation>Fallen von selbst aus: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nodes fail in all.

</source>
        <translation>Insgesamt fallen %1 Knoten aus.

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No capability fails.
</source>
        <translation>Keine Geschäftsfunktion fällt aus.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities that fail:
</source>
        <translation>Ausfallende Geschäftsfunktionen:
</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Monte Carlo: %1 trials, seed %2 (%3 s on %4 threads)

</source>
        <translation>Monte Carlo: %1 Durchläufe, Seed %2 (%3 s auf %4 Threads)

</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P(fails in a year)</source>
        <translation>P(Ausfall in einem Jahr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most important (Fussell–Vesely, %1 trials)</source>
        <translation>Am wichtigsten (Fussell–Vesely, %1 Durchläufe)</translation>
    </message>
</context>
<context>
    <name>ArchiMate</name>
    <message>
        <location filename="../core/archimate.cpp" line="+135"/>
        <source>a %1 relationship from a %2 to a %3 has no Antrum edge kind</source>
        <translation>eine %1-Beziehung von einem %2 zu einem %3 hat keine Verbindungsart in Antrum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an aggregation does not say that the whole needs its parts</source>
        <translation>eine Aggregation besagt nicht, dass das Ganze seine Teile benötigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an association between a %1 and a %2 does not say which depends on which</source>
        <translation>eine Assoziation zwischen einem %1 und einem %2 besagt nicht, welches von welchem abhängt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a %1 relationship states no dependency</source>
        <translation>eine %1-Beziehung drückt keine Abhängigkeit aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown relationship type %1</source>
        <translation>unbekannter Beziehungstyp %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>this is not an XML document: no element found (%1)</source>
        <translation>dies ist kein XML-Dokument: kein Element gefunden (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the XML ends too early (truncated file?): %1</source>
        <translation>das XML endet zu früh (abgeschnittene Datei?): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file has a document type declaration (DTD); it is refused because its entities could expand without bound or read other files, and exchange files need none</source>
        <translation>die Datei hat eine Dokumenttypdeklaration (DTD); sie wird abgelehnt, weil ihre Entitäten sich unbegrenzt ausdehnen oder andere Dateien lesen könnten, und Austauschdateien keine benötigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file refers to the entity &quot;%1&quot;; entities are refused</source>
        <translation>die Datei verweist auf die Entität &quot;%1&quot;; Entitäten werden abgelehnt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file holds no XML element</source>
        <translation>die Datei enthält kein XML-Element</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this is not an ArchiMate exchange file: the root element is {%1}%2, expected &quot;model&quot; in the namespace %3 (ArchiMate 3.x) or %4 (2.1)</source>
        <translation>dies ist keine ArchiMate-Austauschdatei: das Wurzelelement ist {%1}%2, erwartet wurde &quot;model&quot; im Namensraum %3 (ArchiMate 3.x) oder %4 (2.1)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the file has more than %1 elements, relationships and properties</source>
        <translation>die Datei hat mehr als %1 Elemente, Beziehungen und Eigenschaften</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>a relationship</source>
        <translation>eine Beziehung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an element</source>
        <translation>ein Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no identifier</source>
        <translation>%1 hat keinen Bezeichner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot; has no xsi:type</source>
        <translation>%1 &quot;%2&quot; hat keinen xsi:type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relationship &quot;%1&quot; lacks a source or a target</source>
        <translation>Beziehung &quot;%1&quot; fehlt eine Quelle oder ein Ziel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>identifier &quot;%1&quot; is used twice (first on line %2)</source>
        <translation>Bezeichner &quot;%1&quot; wird zweimal verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>relationship %1 (%2 from %3 to %4)</source>
        <translation>Beziehung %1 (%2 von %3 zu %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>element %1 (%2 &quot;%3&quot;)</source>
        <translation>Element %1 (%2 &quot;%3&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a property refers to the unknown definition &quot;%1&quot;</source>
        <translation>eine Eigenschaft verweist auf die unbekannte Definition &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>property %1%2 has the unusable value &quot;%3&quot;</source>
        <translation>Eigenschaft %1%2 hat den unbrauchbaren Wert &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>property %1%2 is not one Antrum knows</source>
        <translation>Eigenschaft %1%2 ist Antrum nicht bekannt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>ArchiMate model</source>
        <translation>ArchiMate-Modell</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the element type %1 has no Antrum kind</source>
        <translation>der Elementtyp %1 hat keine Art in Antrum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>element %1 became node &quot;%2&quot;</source>
        <translation>Element %1 wurde zu Knoten &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>element %1 has no name; its identifier is used</source>
        <translation>Element %1 hat keinen Namen; sein Bezeichner wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name of element %1 was cut to 1000 characters</source>
        <translation>der Name von Element %1 wurde auf 1000 Zeichen gekürzt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 %2 (%3) is not mapped</source>
        <translation>%1 %2 (%3) ist nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 %2 is a relationship, which Antrum cannot connect</source>
        <translation>%1 %2 ist eine Beziehung, die Antrum nicht verbinden kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 %2 does not exist</source>
        <translation>%1 %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its source and target are the same</source>
        <translation>Quelle und Ziel sind identisch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>relationship %1 gives the same %2 edge from &quot;%3&quot; to &quot;%4&quot; as %5; merged</source>
        <translation>Beziehung %1 ergibt dieselbe %2-Verbindung von &quot;%3&quot; zu &quot;%4&quot; wie %5; zusammengeführt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as subsidiary_of it would close a cycle of ownership</source>
        <translation>als subsidiary_of würde sie einen Eigentumszyklus schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its property &quot;%1&quot; is dropped: Antrum edges carry no properties</source>
        <translation>ihre Eigenschaft &quot;%1&quot; entfällt: Verbindungen in Antrum haben keine Eigenschaften</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not imported: %1 (views and organisation have no Antrum counterpart)</source>
        <translation>nicht importiert: %1 (Sichten und Organisation haben keine Entsprechung in Antrum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>texts come in several languages; English is used where present, else Dutch, else the first</source>
        <translation>Texte liegen in mehreren Sprachen vor; Englisch wird verwendet, wo vorhanden, sonst Niederländisch, sonst die erste</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 dropped: %2</source>
        <translation>%1 verworfen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>group dropped: %1</source>
        <translation>Gruppe verworfen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the imported model is not valid: %1</source>
        <translation>das importierte Modell ist nicht gültig: %1</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>invalid UTF-8 (byte 0x%1 at byte offset %2); save the file as UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1 an Byte-Position %2); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is %1 bytes long; at most %2 are accepted</source>
        <translation>die Datei ist %1 Bytes groß; höchstens %2 werden akzeptiert</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../core/catalogue.cpp" line="+302"/>
        <source>duplicate key %1 (first at line %2)</source>
        <translation>doppelter Schlüssel %1 (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key %1</source>
        <translation>unbekannter Schlüssel %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing required key %1</source>
        <translation>erforderlicher Schlüssel %1 fehlt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an array of strings</source>
        <translation>Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+152"/>
        <source>expected a non-empty string</source>
        <translation>nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1 ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a date (YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1 ist kein Datum (JJJJ-MM oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected the integer 1</source>
        <translation>die Ganzzahl 1 erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is newer than this program reads (1)</source>
        <translation>Version %1 ist neuer, als dieses Programm lesen kann (1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an array of sources</source>
        <translation>Array von Quellen erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs at least one source</source>
        <translation>benötigt mindestens eine Quelle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lies after the catalogue&apos;s as_of %2</source>
        <translation>%1 liegt nach dem Stichtag (as_of) des Katalogs, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &quot;high&quot;, &quot;medium&quot; or &quot;low&quot;</source>
        <translation>&quot;high&quot;, &quot;medium&quot; oder &quot;low&quot; erwartet</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+136"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 is not an ISO 3166-1 alpha-2 code in capitals</source>
        <translation>%1 ist kein ISO-3166-1-Alpha-2-Code in Großbuchstaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+142"/>
        <source>duplicate id %1 (first at line %2)</source>
        <translation>doppelte ID %1 (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>expected an object of language -&gt; name</source>
        <translation>Objekt von Sprache -&gt; Name erwartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a jurisdiction outside the EU needs its laws, or a laws_note saying that none is recorded</source>
        <translation>ein Rechtsraum außerhalb der EU benötigt seine Gesetze oder eine laws_note, die angibt, dass keine erfasst sind</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>name %1 also names jurisdiction %2 (line %3)</source>
        <translation>Name %1 bezeichnet auch Rechtsraum %2 (Zeile %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected an array of laws</source>
        <translation>Array von Gesetzen erwartet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>law name %1 is used twice in this jurisdiction</source>
        <translation>Gesetzesname %1 kommt in diesem Rechtsraum zweimal vor</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is not an id (lower-case letters, digits and single hyphens, at most 100)</source>
        <translation>%1 ist keine ID (Kleinbuchstaben, Ziffern und einzelne Bindestriche, höchstens 100)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>longer than 1000 characters</source>
        <translation>länger als 1000 Zeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown category %1 (one of %2)</source>
        <translation>unbekannte Kategorie %1 (eine von %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown jurisdiction %1 (not in the jurisdictions file)</source>
        <translation>unbekannter Rechtsraum %1 (nicht in der Rechtsraumdatei)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown ownership %1 (one of %2)</source>
        <translation>unbekannte Eigentumsform %1 (eine von %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an array of parents</source>
        <translation>Array von Muttergesellschaften erwartet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an entry cannot own itself</source>
        <translation>ein Eintrag kann nicht sich selbst gehören</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown parent %1</source>
        <translation>unbekannte Muttergesellschaft %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parent %1 is listed twice</source>
        <translation>Muttergesellschaft %1 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no letters or digits left once normalised</source>
        <translation>von %1 bleiben nach der Normalisierung keine Buchstaben oder Ziffern übrig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 also names entry %2 (line %3); names and aliases must be unique once normalised</source>
        <translation>%1 bezeichnet auch Eintrag %2 (Zeile %3); Namen und Aliasse müssen nach der Normalisierung eindeutig sein</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ownership cycle: %1</source>
        <translation>Eigentumszyklus: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidence %1</source>
        <translation>Zuverlässigkeit %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than 64 MiB; not a catalogue</source>
        <translation>größer als 64 MiB; kein Katalog</translation>
    </message>
    <message>
        <location line="+376"/>
        <source>by catalogue id</source>
        <translation>über die Katalog-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by an alias</source>
        <translation>über einen Alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by name</source>
        <translation>über den Namen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 has catalogue_id %2, which the catalogue does not know; nothing is proposed.</source>
        <translation>%1 hat catalogue_id %2, die der Katalog nicht kennt; es wird nichts vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 matches no catalogue entry.</source>
        <translation>%1 passt zu keinem Katalogeintrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matches no catalogue entry; only weakly %2, which is not enough to propose anything.</source>
        <translation>%1 passt zu keinem Katalogeintrag; nur schwach zu %2, was nicht ausreicht, um etwas vorzuschlagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 matches several catalogue entries (%2); nothing is proposed.</source>
        <translation>%1 passt zu mehreren Katalogeinträgen (%2); es wird nichts vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 matches the catalogue entry %2, and so does %3: the model holds that company more than once, so nothing is proposed for it.</source>
        <translation>%1 passt zum Katalogeintrag %2, %3 ebenfalls: Das Modell enthält dieses Unternehmen mehr als einmal, daher wird dafür nichts vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 matches the catalogue entry %2 [%3] %4.</source>
        <translation>%1 passt %4 zum Katalogeintrag %2 [%3].</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The model has %1 incorporated in %2; the catalogue says %3. The model is left as it is.</source>
        <translation>Laut Modell hat %1 seinen Sitz in %2; laut Katalog in %3. Das Modell bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is incorporated in %2, but several jurisdiction nodes of the model stand for it; nothing is proposed.</source>
        <translation>%1 hat seinen Sitz in %2, aber mehrere Rechtsraumknoten des Modells stehen dafür; es wird nichts vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is incorporated in %2 (adds the jurisdiction node %3).</source>
        <translation>%1 hat seinen Sitz in %2 (fügt den Rechtsraumknoten %3 hinzu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is incorporated in %2.</source>
        <translation>%1 hat seinen Sitz in %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The model has %1 owned by %2; the catalogue records no owner of it (%3). The model is left as it is.</source>
        <translation>Laut Modell gehört %1 zu %2; der Katalog verzeichnet keinen Eigentümer (%3). Das Modell bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it owns %1</source>
        <translation>es besitzt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model has %1 owned by %2; the catalogue records %3. The model is left as it is.</source>
        <translation>Laut Modell gehört %1 zu %2; der Katalog verzeichnet %3. Das Modell bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is owned by %2, but several nodes of the model match %2; nothing is proposed.</source>
        <translation>%1 gehört zu %2, aber mehrere Knoten des Modells passen zu %2; es wird nichts vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalogue has %1 owned by %2, but the model has %2 owned by %1 (directly or through others); adding it would create an ownership cycle.</source>
        <translation>Laut Katalog gehört %1 zu %2, aber laut Modell gehört %2 zu %1 (direkt oder über andere); das Hinzufügen würde einen Eigentumszyklus erzeugen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is controlled by %2 (%3)</source>
        <translation>%1 wird von %2 kontrolliert (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds the supplier node %1.</source>
        <translation>Fügt den Lieferantenknoten %1 hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model also lists %1 as owner, which the catalogue does not know; check that it is not the same company.</source>
        <translation>Das Modell führt außerdem %1 als Eigentümer, den der Katalog nicht kennt; prüfen Sie, ob es sich nicht um dasselbe Unternehmen handelt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The model has %1 outside the EU; the catalogue has it as an EU member.</source>
        <translation>Laut Modell liegt %1 außerhalb der EU; laut Katalog ist es ein EU-Mitgliedstaat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model has %1 as an EU member; the catalogue has it outside the EU.</source>
        <translation>Laut Modell ist %1 ein EU-Mitgliedstaat; laut Katalog liegt es außerhalb der EU.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The catalogue lists further laws that reach data held abroad by companies of %1: %2.</source>
        <translation>Der Katalog führt weitere Gesetze auf, die auf Daten zugreifen, die Unternehmen aus %1 im Ausland speichern: %2.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the model already has another node with id %1</source>
        <translation>das Modell hat bereits einen anderen Knoten mit der ID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proposal adds two different nodes with id %1</source>
        <translation>der Vorschlag fügt zwei verschiedene Knoten mit der ID %1 hinzu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>edge %1 -&gt; %2 names a node the model does not have</source>
        <translation>Verbindung %1 -&gt; %2 nennt einen Knoten, den das Modell nicht hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>edge %1 -&gt; %2 does not fit the kinds of its nodes</source>
        <translation>Verbindung %1 -&gt; %2 passt nicht zu den Arten ihrer Knoten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 -&gt; %2 would create an ownership cycle</source>
        <translation>%1 -&gt; %2 würde einen Eigentumszyklus erzeugen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model has no jurisdiction node %1</source>
        <translation>das Modell hat keinen Rechtsraumknoten %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the laws of %1 are not a list of names</source>
        <translation>die Gesetze von %1 sind keine Liste von Namen</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../core/chartdata.cpp" line="+40"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>capability</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>criticality %1</source>
        <translation>Kritikalität %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Data portability</source>
        <translation>Datenportabilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open standards</source>
        <translation>Offene Standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching cost</source>
        <translation>Wechselkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit clause</source>
        <translation>Ausstiegsklausel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data return clause</source>
        <translation>Datenrückgabeklausel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract term</source>
        <translation>Vertragslaufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundling</source>
        <translation>Bündelung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strategic</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal</source>
        <translation>Rechtlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp; AI</source>
        <translation>Daten &amp; KI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operational</source>
        <translation>Betrieblich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply chain</source>
        <translation>Lieferkette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Environment</source>
        <translation>Umwelt</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+24"/>
        <source>Capabilities without a single point of failure</source>
        <translation>Geschäftsfunktionen ohne Single Point of Failure</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+42"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Every capability survives the loss of any one node.</source>
        <translation>Jede Geschäftsfunktion übersteht den Ausfall eines beliebigen einzelnen Knotens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can be stopped by one node, e.g. %2</source>
        <translation>%1 durch einen einzigen Knoten zu stoppen, z. B. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>Capabilities a foreign jurisdiction can cut off</source>
        <translation>Geschäftsfunktionen, die ein ausländischer Rechtsraum abschalten kann</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No foreign jurisdiction can stop a capability on its own.</source>
        <translation>Kein ausländischer Rechtsraum kann allein eine Geschäftsfunktion stoppen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of them vital; by %2</source>
        <translation>davon %1 lebenswichtig; durch %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Highest concentration (HHI)</source>
        <translation>Höchste Konzentration (HHI)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+146"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>No application has the facts to weigh it by.</source>
        <translation>Für keine Anwendung liegen die Angaben zur Gewichtung vor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, by %2 weighted by %3; largest: %4 (%5)</source>
        <translation>%1, nach %2 gewichtet nach %3; größter: %4 (%5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Largest shares by %1</source>
        <translation>Größte Anteile nach %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worst lock-in (0–100)</source>
        <translation>Stärkster Lock-in (0–100)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No capability needs an application.</source>
        <translation>Keine Geschäftsfunktion benötigt eine Anwendung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, set by %2; %3 of it known</source>
        <translation>%1, bestimmt durch %2; %3 davon bekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capabilities by lock-in, worst first</source>
        <translation>Geschäftsfunktionen nach Lock-in, stärkster zuerst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown data</source>
        <translation>Unbekannte Angaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gaps; lock-in %2 known, sovereignty %3, concentration %4</source>
        <translation>%1 Lücken; Lock-in %2 bekannt, Souveränität %3, Konzentration %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nodes with missing or stale facts, most important first</source>
        <translation>Knoten mit fehlenden oder veralteten Angaben, wichtigste zuerst</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exposure per jurisdiction</source>
        <translation>Exposition je Rechtsraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capabilities</source>
        <translation>Geschäftsfunktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut-off: capabilities it can stop on its own. Legal reach: capabilities its laws reach.</source>
        <translation>Abschaltung: Geschäftsfunktionen, die er allein stoppen kann. Rechtliche Reichweite: Geschäftsfunktionen, die seine Gesetze erreichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (home)</source>
        <translation> (Inland)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cut-off</source>
        <translation>%1: Abschaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: legal reach</source>
        <translation>%1: rechtliche Reichweite</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Concentration by %1, weighted by %2</source>
        <translation>Konzentration nach %1, gewichtet nach %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of the weight (%)</source>
        <translation>Anteil am Gewicht (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HHI %1: %2 · largest %3, three largest %4 · %5 of the weight not attributed</source>
        <translation>HHI %1: %2 · größter %3, drei größte %4 · %5 des Gewichts nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Other (%1)</source>
        <translation>Sonstige (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock-in per capability</source>
        <translation>Lock-in je Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock-in score (0–100), by factor</source>
        <translation>Lock-in-Wert (0–100), nach Faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each bar is the score of the most locked-in application the capability needs; hatched grey: factors not known, counted at their worst.</source>
        <translation>Jeder Balken ist der Wert der Anwendung mit dem stärksten Lock-in, die die Geschäftsfunktion benötigt; grau schraffiert: unbekannte Faktoren, im ungünstigsten Fall gezählt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 most locked-in of %2 capabilities. </source>
        <translation>Die %1 Geschäftsfunktionen mit dem stärksten Lock-in von %2. </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown (counted at worst)</source>
        <translation>unbekannt (ungünstigster Fall gezählt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Single points of failure, ranked</source>
        <translation>Single Points of Failure, nach Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capabilities it stops on its own</source>
        <translation>Geschäftsfunktionen, die er allein stoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked by the criticality of what each node breaks.</source>
        <translation>Geordnet nach der Kritikalität dessen, was jeder Knoten ausfallen lässt.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Importance: what a failure probability rests on</source>
        <translation>Bedeutung: worauf eine Ausfallwahrscheinlichkeit beruht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fussell–Vesely importance (%)</source>
        <translation>Fussell–Vesely-Bedeutung (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of a capability&apos;s failure probability that goes if the node never fails (highest over the capabilities).</source>
        <translation>Anteil der Ausfallwahrscheinlichkeit einer Geschäftsfunktion, der wegfällt, wenn der Knoten nie ausfällt (höchster Wert über die Geschäftsfunktionen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>importance</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
</context>
<context>
    <name>ComparisonChartData</name>
    <message>
        <location filename="../core/comparisonchartdata.cpp" line="+55"/>
        <source>Parent company</source>
        <translation>Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host operator</source>
        <translation>Host-Betreiber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by criticality)</source>
        <translation>%1 (nach Kritikalität)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by cost)</source>
        <translation>%1 (nach Kosten)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resilience and foreign reach</source>
        <translation>Resilienz und ausländische Reichweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Annual cost</source>
        <translation>Jährliche Kosten</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+58"/>
        <source>Sovereignty score</source>
        <translation>Souveränitätswert</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Concentration (HHI)</source>
        <translation>Konzentration (HHI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra cost per scenario</source>
        <translation>Mehrkosten je Szenario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SPOF-free capabilities</source>
        <translation>Geschäftsfunktionen ohne SPOF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPOFs (summed)</source>
        <translation>SPOFs (summiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Foreign reach (summed)</source>
        <translation>Ausl. Reichweite (summiert)</translation>
    </message>
</context>
<context>
    <name>ComparisonOutput</name>
    <message>
        <location filename="../core/comparisonoutput.cpp" line="+77"/>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>n/a</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>baseline</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Options compared with the baseline: %1 (cut sets of order 2..%2)
</source>
        <translation>Optionen im Vergleich zur Ausgangslage: %1 (Schnittmengen der Ordnung 2..%2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns
</source>
        <translation>Spalten
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2 (%3 nodes, %4 edges)
</source>
        <translation>  %1: %2 (%3 Knoten, %4 Verbindungen)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    - %1
</source>
        <translation>    - %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    - scenario %1 does not apply: it names a node this column lacks
</source>
        <translation>    - Szenario %1 ist nicht anwendbar: es nennt einen Knoten, der in dieser Spalte fehlt
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to read a cell: &quot;3 ▼ −2 ✓&quot; is the column&apos;s value, whether it rose (▲) or fell (▼) against the baseline, by how much, and ✓ when that is better or ✗ when it is worse (the column &quot;Better&quot; says whether higher or lower is better). A value without marks equals the baseline&apos;s; n/a: the figure does not apply in that column.
</source>
        <translation>So lesen Sie eine Zelle: &quot;3 ▼ −2 ✓&quot; ist der Wert der Spalte, ob er gegenüber der Ausgangslage gestiegen (▲) oder gefallen (▼) ist, um wie viel, und ✓, wenn das besser ist, oder ✗, wenn es schlechter ist (die Spalte &quot;Besser&quot; gibt an, ob höher oder niedriger besser ist). Ein Wert ohne Zeichen entspricht dem der Ausgangslage; n. z.: die Kennzahl trifft in dieser Spalte nicht zu.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model totals</source>
        <translation>Modellsummen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Geschäftsfunktionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capability</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdictions</source>
        <translation>Rechtsräume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../core/csvimport.cpp" line="+120"/>
        <source>the file is %1 MB; at most %2 MB can be imported</source>
        <translation>die Datei ist %1 MB groß; höchstens %2 MB können importiert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is UTF-16; save it as CSV UTF-8</source>
        <translation>die Datei ist UTF-16; speichern Sie sie als CSV UTF-8</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>a quoted field is never closed: a &quot; is missing</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen: ein &quot; fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text after the closing quote of a quoted field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the cell is longer than %1 bytes</source>
        <translation>die Zelle ist länger als %1 Bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %1 columns; no spreadsheet has that many</source>
        <translation>mehr als %1 Spalten; so viele hat keine Tabelle</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>invalid UTF-8 (byte %1 of the cell); save the file as CSV UTF-8</source>
        <translation>ungültiges UTF-8 (Byte %1 der Zelle); speichern Sie die Datei als CSV UTF-8</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>more than %1 data rows; split the file</source>
        <translation>mehr als %1 Datenzeilen; teilen Sie die Datei auf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is empty: a header row is needed</source>
        <translation>die Datei ist leer: eine Kopfzeile ist erforderlich</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>the mapping names the column %1 for %2, but the header has no such column (it has: %3)</source>
        <translation>die Spaltenzuordnung nennt die Spalte %1 für %2, aber die Kopfzeile hat keine solche Spalte (sie hat: %3)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the mapping names neither an id nor a name column</source>
        <translation>die Spaltenzuordnung nennt weder eine ID- noch eine Namensspalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mapping names neither a kind column nor a fixed kind</source>
        <translation>die Spaltenzuordnung nennt weder eine Art-Spalte noch eine feste Art</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the row has %1 cells, the header only %2</source>
        <translation>die Zeile hat %1 Zellen, die Kopfzeile nur %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown kind %1: expected capability, application, supplier, host or jurisdiction, or a value of the mapping&apos;s kind_values</source>
        <translation>unbekannte Art %1: erwartet wird capability, application, supplier, host oder jurisdiction oder ein Wert aus kind_values der Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+141"/>
        <source>the kind is empty</source>
        <translation>die Art ist leer</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>the id is empty</source>
        <translation>die ID ist leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the name is empty (it makes the id)</source>
        <translation>der Name ist leer (aus ihm wird die ID gebildet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate id %1 (first used in row %2)</source>
        <translation>doppelte ID %1 (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id %1 made from the name is already used in row %2</source>
        <translation>die aus dem Namen gebildete ID %1 wird bereits in Zeile %2 verwendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>criticality %1 is not a whole number from 1 to 5</source>
        <translation>Kritikalität %1 ist keine ganze Zahl von 1 bis 5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mtd_hours %1 is not a number of hours (0 or more)</source>
        <translation>mtd_hours %1 ist keine Stundenzahl (0 oder mehr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>failure_probability %1 is not a number from 0 to 1</source>
        <translation>failure_probability %1 ist keine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>redundancy %1 is not of the form group=k; group=k</source>
        <translation>Redundanz %1 hat nicht die Form gruppe=k; gruppe=k</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 ist keine Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is not true/false (or yes/no, ja/nee)</source>
        <translation>%1: %2 ist nicht true/false (oder yes/no, ja/nee)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the edges table needs a from and a to column</source>
        <translation>die Verbindungstabelle benötigt eine from- und eine to-Spalte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mapping names neither an edge kind column nor a fixed edge kind</source>
        <translation>die Spaltenzuordnung nennt weder eine Spalte für die Verbindungsart noch eine feste Verbindungsart</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from is empty</source>
        <translation>from ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to is empty</source>
        <translation>to ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+301"/>
        <source>unknown edge kind %1</source>
        <translation>unbekannte Verbindungsart %1</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>%1 %2 is not a number (0 or more)</source>
        <translation>%1 %2 ist keine Zahl (0 oder mehr)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is the node of row %2, which has errors</source>
        <translation>%1 ist der Knoten von Zeile %2, die Fehler enthält</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 names %2 nodes; use the id</source>
        <translation>%1 bezeichnet %2 Knoten; verwenden Sie die ID</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+23"/>
        <location line="+2"/>
        <source>no node has the id or name %1</source>
        <translation>kein Knoten hat die ID oder den Namen %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>too many rows refer to rows with errors; fix the first errors and retry</source>
        <translation>zu viele Zeilen verweisen auf Zeilen mit Fehlern; beheben Sie die ersten Fehler und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>warning: row skipped: %1</source>
        <translation>Warnung: Zeile übersprungen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more problems not listed</source>
        <translation>%1 weitere Probleme nicht aufgeführt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown key (allowed: %1)</source>
        <translation>unbekannter Schlüssel (erlaubt: %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown node kind %1</source>
        <translation>unbekannte Knotenart %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>a mapping file is a JSON object</source>
        <translation>eine Zuordnungsdatei ist ein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>version %1 is newer than this program reads (%2)</source>
        <translation>Version %1 ist neuer, als dieses Programm lesen kann (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;,&quot;, &quot;;&quot; or &quot;auto&quot;</source>
        <translation>muss &quot;,&quot;, &quot;;&quot; oder &quot;auto&quot; sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing: an object that maps the columns of the nodes table</source>
        <translation>fehlt: ein Objekt, das die Spalten der Knotentabelle zuordnet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>needs an id or a name column</source>
        <translation>benötigt eine ID- oder eine Namensspalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs a kind column or a fixed_kind</source>
        <translation>benötigt eine Art-Spalte oder ein fixed_kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be &quot;ignore&quot; or &quot;attributes&quot;</source>
        <translation>muss &quot;ignore&quot; oder &quot;attributes&quot; sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a node kind</source>
        <translation>muss eine Knotenart sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an object: cell text -&gt; node kind</source>
        <translation>muss ein Objekt sein: Zelltext -&gt; Knotenart</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>must be string, number, bool or list</source>
        <translation>muss string, number, bool oder list sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>needs a column</source>
        <translation>benötigt eine Spalte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing: the kind of the edges this column makes</source>
        <translation>fehlt: die Art der Verbindungen, die diese Spalte erzeugt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be an object that maps the columns of the edges table</source>
        <translation>muss ein Objekt sein, das die Spalten der Verbindungstabelle zuordnet</translation>
    </message>
</context>
<context>
    <name>DependencyDiagram</name>
    <message>
        <location filename="../ui/dependencydiagram.cpp" line="+180"/>
        <source>Capability</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suppliers and owners</source>
        <translation>Lieferanten und Eigentümer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jurisdictions</source>
        <translation>Rechtsräume</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>single point of failure</source>
        <translation>Single Point of Failure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>why it fails (depends on)</source>
        <translation>warum sie ausfällt (hängt ab von)</translation>
    </message>
</context>
<context>
    <name>DocumentLock</name>
    <message>
        <location filename="../core/documentlock.cpp" line="+79"/>
        <location line="+1"/>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (pid %2 on %3)</source>
        <translation>%1 (PID %2 auf %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2 (pid %3 on %4)</source>
        <translation>%1 mit %2 (PID %3 auf %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is in use by %2</source>
        <translation>%1 wird bereits durch %2 verwendet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot make the lock file %1: no permission to write in its folder</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden: keine Schreibberechtigung in ihrem Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot make the lock file %1</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Methodology</name>
    <message>
        <location filename="../core/methodology.cpp" line="+176"/>
        <source>must be an object; defaults used</source>
        <translation>muss ein Objekt sein; Standardwerte verwendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lock_in_weights must be an object</source>
        <translation>lock_in_weights muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lock_in_weights: unknown factor &quot;%1&quot;</source>
        <translation>lock_in_weights: unbekannter Faktor &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock_in_weights.%1 must be a number of 0 or more</source>
        <translation>lock_in_weights.%1 muss eine Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hhi_thresholds must be [moderate, high] with 0 &lt;= moderate &lt;= high &lt;= 10000</source>
        <translation>hhi_thresholds muss [mäßig, hoch] sein mit 0 &lt;= mäßig &lt;= hoch &lt;= 10000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seal_gates must be an object</source>
        <translation>seal_gates muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seal_gates: unknown objective &quot;%1&quot; (SOV-1 .. SOV-8)</source>
        <translation>seal_gates: unbekanntes Ziel &quot;%1&quot; (SOV-1 .. SOV-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seal_gates.%1 must be a SEAL level 0..4</source>
        <translation>seal_gates.%1 muss eine SEAL-Stufe 0..4 sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>as_of must be an ISO date (YYYY-MM-DD)</source>
        <translation>as_of muss ein ISO-Datum sein (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stale_after_months must be a whole number of months from 1 to 1200</source>
        <translation>stale_after_months muss eine ganze Zahl von Monaten von 1 bis 1200 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+570"/>
        <source>confidence %1</source>
        <translation>Zuverlässigkeit %1</translation>
    </message>
    <message>
        <location line="-559"/>
        <source>data_portability = %1</source>
        <translation>data_portability = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no open standards</source>
        <translation>keine offenen Standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open standard(s): %2</source>
        <translation>offene Standards (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>license = </source>
        <translation>license = </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deployment = </source>
        <translation>deployment = </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no alternative recorded</source>
        <translation>keine Alternative erfasst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months to switch</source>
        <translation>%1 Monate für den Wechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch time unknown</source>
        <translation>Wechseldauer unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within reach of a non-EU law</source>
        <translation>in Reichweite eines Nicht-EU-Gesetzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controlled from outside the EU</source>
        <translation>von außerhalb der EU kontrolliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control unknown, counted as non-EU</source>
        <translation>Kontrolle unbekannt, als Nicht-EU gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no non-EU law in reach</source>
        <translation>kein Nicht-EU-Gesetz in Reichweite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>best alternative </source>
        <translation>beste Alternative </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>switch cost %1 = %2 x annual cost %3</source>
        <translation>Wechselkosten %1 = %2 x jährliche Kosten %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exit clause</source>
        <translation>Ausstiegsklausel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no exit clause</source>
        <translation>keine Ausstiegsklausel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data-return clause</source>
        <translation>Datenrückgabeklausel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data-return clause</source>
        <translation>keine Datenrückgabeklausel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice %1 months</source>
        <translation>Kündigungsfrist %1 Monate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contract ended %1 (before %2): renewal is open</source>
        <translation>Vertrag endete %1 (vor %2): Verlängerung ist offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract ends %1 (%2 months after %3)</source>
        <translation>Vertrag endet %1 (%2 Monate nach %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 other application(s) under the same parent company</source>
        <translation>%1 weitere Anwendung(en) unter derselben Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set by the user (%1 = %2)</source>
        <translation>vom Benutzer festgelegt (%1 = %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; derived: </source>
        <translation>; abgeleitet: </translation>
    </message>
    <message>
        <location line="+173"/>
        <source>every ultimate parent is seated in the EU</source>
        <translation>jede oberste Muttergesellschaft hat ihren Sitz in der EU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EU-seated supplier under a non-EU parent</source>
        <translation>Lieferant mit Sitz in der EU unter einer Nicht-EU-Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>supplier controlled from outside the EU</source>
        <translation>Lieferant wird von außerhalb der EU kontrolliert</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+5"/>
        <source>no supplier recorded</source>
        <translation>kein Lieferant erfasst</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>seat of a parent company unknown</source>
        <translation>Sitz einer Muttergesellschaft unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seat of a parent company unknown, so the reach may be incomplete</source>
        <translation>Sitz einer Muttergesellschaft unbekannt, daher ist die Reichweite möglicherweise unvollständig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>non-EU jurisdictions in reach, none with extraterritorial laws on record</source>
        <translation>Nicht-EU-Rechtsräume in Reichweite, keiner mit erfassten extraterritorialen Gesetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only EU and home jurisdictions in reach</source>
        <translation>nur EU- und inländische Rechtsräume in Reichweite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in reach of %1 (extraterritorial laws)</source>
        <translation>in Reichweite von %1 (extraterritoriale Gesetze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, contract under EU law</source>
        <translation>, Vertrag unter EU-Recht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hosted in the EU; seat of a parent company unknown</source>
        <translation>in der EU gehostet; Sitz einer Muttergesellschaft unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hosted in the EU, but %1 can compel access</source>
        <translation>in der EU gehostet, aber %1 kann Zugriff erzwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosted in the EU, no non-EU law in reach</source>
        <translation>in der EU gehostet, kein Nicht-EU-Gesetz in Reichweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hosted outside the EU</source>
        <translation>außerhalb der EU gehostet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no host recorded</source>
        <translation>kein Host erfasst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a host&apos;s location unknown</source>
        <translation>Standort eines Hosts unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open source, run on the organisation&apos;s own premises</source>
        <translation>Open Source, in eigenen Räumlichkeiten der Organisation betrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operated and controlled from the EU</source>
        <translation>aus der EU betrieben und kontrolliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operated from the EU; control from outside the EU or unknown</source>
        <translation>Betrieb aus der EU; Kontrolle von außerhalb der EU oder unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controlled from the EU; operated from outside the EU or unknown</source>
        <translation>Kontrolle aus der EU; Betrieb von außerhalb der EU oder unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operated and controlled from outside the EU</source>
        <translation>von außerhalb der EU betrieben und kontrolliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operator or parent company unknown</source>
        <translation>Betreiber oder Muttergesellschaft unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>suppliers, subcontractors and operators all controlled from the EU</source>
        <translation>Lieferanten, Unterauftragnehmer und Betreiber werden alle aus der EU kontrolliert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a subcontractor or operator is controlled from outside the EU</source>
        <translation>ein Unterauftragnehmer oder Betreiber wird von außerhalb der EU kontrolliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a subcontractor&apos;s or operator&apos;s parent unknown</source>
        <translation>Muttergesellschaft eines Unterauftragnehmers oder Betreibers unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>supplier chain unknown</source>
        <translation>Lieferkette unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>licence, standards and portability unknown</source>
        <translation>Lizenz, Standards und Portabilität unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open source with %1 open standards</source>
        <translation>Open Source mit %1 offenen Standards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open source</source>
        <translation>Open Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open standards and portable data</source>
        <translation>offene Standards und portable Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proprietary, with some open standards or exportable data</source>
        <translation>proprietär, mit einigen offenen Standards oder exportierbaren Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proprietary and closed</source>
        <translation>proprietär und geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not derivable from the graph: assess (seal.SOV-7)</source>
        <translation>nicht aus dem Graphen ableitbar: selbst bewerten (seal.SOV-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not derivable from the graph: assess (seal.SOV-8)</source>
        <translation>nicht aus dem Graphen ableitbar: selbst bewerten (seal.SOV-8)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assessed by the user (%1 = %2)</source>
        <translation>vom Benutzer bewertet (%1 = %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; derived: SEAL-%1, %2</source>
        <translation>; abgeleitet: SEAL-%1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>weakest of %1 application(s): %2</source>
        <translation>schwächste von %1 Anwendung(en): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown for all %1 application(s)</source>
        <translation>unbekannt für alle %1 Anwendung(en)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 unknown)</source>
        <translation> (%1 unbekannt)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>lock-in: data_portability; SOV-6</source>
        <translation>Lock-in: data_portability; SOV-6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: open_standards; SOV-6</source>
        <translation>Lock-in: open_standards; SOV-6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: license; SOV-4, SOV-6</source>
        <translation>Lock-in: license; SOV-4, SOV-6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: deployment; SOV-4; concentration by host operator</source>
        <translation>Lock-in: deployment; SOV-4; Konzentration nach Host-Betreiber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: switching_cost; concentration by annual cost</source>
        <translation>Lock-in: switching_cost; Konzentration nach jährlichen Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concentration by annual cost</source>
        <translation>Konzentration nach jährlichen Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: exit_clause</source>
        <translation>Lock-in: exit_clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock-in: data_return_clause</source>
        <translation>Lock-in: data_return_clause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: notice_period</source>
        <translation>Lock-in: notice_period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock-in: contract_term</source>
        <translation>Lock-in: contract_term</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>lock-in: alternatives (%1, counted at its slowest)</source>
        <translation>Lock-in: alternatives (%1, mit dem langsamsten Wechsel gezählt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lock-in: switching_cost (%1)</source>
        <translation>Lock-in: switching_cost (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lock-in: bundling; SOV-1, SOV-2, SOV-5; concentration</source>
        <translation>Lock-in: bundling; SOV-1, SOV-2, SOV-5; Konzentration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOV-3, SOV-4; concentration by host operator</source>
        <translation>SOV-3, SOV-4; Konzentration nach Host-Betreiber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOV-3 (where the service keeps its data)</source>
        <translation>SOV-3 (wo der Dienst seine Daten speichert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a number from 0 to 1; ignored</source>
        <translation>muss eine Zahl von 0 bis 1 sein; ignoriert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a SEAL level 0..4; ignored</source>
        <translation>muss eine SEAL-Stufe 0..4 sein; ignoriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (only an assessment can tell)</source>
        <translation> (nur eine Bewertung kann das klären)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SOV-1, SOV-2, SOV-5; concentration by jurisdiction</source>
        <translation>SOV-1, SOV-2, SOV-5; Konzentration nach Rechtsraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOV-1, SOV-2 (seat of the contracting company)</source>
        <translation>SOV-1, SOV-2 (Sitz des Vertragspartners)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOV-4, SOV-5; concentration by host operator</source>
        <translation>SOV-4, SOV-5; Konzentration nach Host-Betreiber</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every weighting (3 assumed)</source>
        <translation>jede Gewichtung (3 angenommen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every analysis of this capability</source>
        <translation>jede Analyse dieser Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an ISO date</source>
        <translation>muss ein ISO-Datum sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as of %1, older than %2 months</source>
        <translation>Stand %1, älter als %2 Monate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a number from 0 to 1</source>
        <translation>muss eine Zahl von 0 bis 1 sein</translation>
    </message>
</context>
<context>
    <name>MethodologyOutput</name>
    <message>
        <location filename="../core/methodologyoutput.cpp" line="+142"/>
        <location line="+303"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low confidence</source>
        <translation>geringe Zuverlässigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>needs no application</source>
        <translation>benötigt keine Anwendung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock-in per capability (0-100; a capability is as locked in as its most locked-in application)
</source>
        <translation>Lock-in je Geschäftsfunktion (0-100; eine Geschäftsfunktion hat den Lock-in ihrer Anwendung mit dem stärksten Lock-in)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Lock-in</source>
        <translation>Lock-in</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <location line="+58"/>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Driven by</source>
        <translation>Bestimmt durch</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Heaviest factors</source>
        <translation>Schwerste Faktoren</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+48"/>
        <source> (alternative)</source>
        <translation> (Alternative)</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Lock-in per application (unknown factors counted at their worst; &quot;if known&quot; at their best; as of %1)
</source>
        <translation>Lock-in je Anwendung (unbekannte Faktoren im ungünstigsten Fall gezählt; &quot;falls bekannt&quot; im günstigsten; Stand %1)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>If known</source>
        <translation>Falls bekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock-in per supplier group (ultimate parent company)
</source>
        <translation>Lock-in je Lieferantengruppe (oberste Muttergesellschaft)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Parent</source>
        <translation>Muttergesellschaft</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Concentration (Herfindahl-Hirschman index 0-10,000; low below %1, high above %2)
</source>
        <translation>Konzentration (Herfindahl-Hirschman-Index 0-10.000; niedrig unter %1, hoch über %2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted by</source>
        <translation>Gewichtet nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR1</source>
        <translation>CR1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CR3</source>
        <translation>CR3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Größter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weighted by %1, %2 of the known weight is under a jurisdiction outside the EU.
</source>
        <translation>Gewichtet nach %1 unterliegen %2 des bekannten Gewichts einem Rechtsraum außerhalb der EU.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fail</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weakest</source>
        <translation>Schwächstes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gates</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sovereignty profile per application: SEAL level 0-4 per objective of the Cloud Sovereignty Framework (– unknown, * assessed by the user); score 0-100 with unknown as SEAL-0
</source>
        <translation>Souveränitätsprofil je Anwendung: SEAL-Stufe 0-4 je Ziel des Cloud Sovereignty Framework (– unbekannt, * vom Benutzer bewertet); Wert 0-100, wobei unbekannt als SEAL-0 zählt
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty profile per supplier group (weakest application per objective)
</source>
        <translation>Souveränitätsprofil je Lieferantengruppe (schwächste Anwendung je Ziel)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data quality: lock-in rests for %1 on known facts, sovereignty for %2, concentration for %3.
</source>
        <translation>Datenqualität: Lock-in beruht zu %1 auf bekannten Angaben, Souveränität zu %2, Konzentration zu %3.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing is missing.
</source>
        <translation>Es fehlt nichts.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most important gaps first:
</source>
        <translation>Wichtigste Lücken zuerst:
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feeds</source>
        <translation>Wirkt auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more (--json lists the %2 most important and counts all).
</source>
        <translation>… und %1 weitere (--json listet die %2 wichtigsten und zählt alle).
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ultimate parent</source>
        <translation>oberste Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurisdiction of the parent</source>
        <translation>Rechtsraum der Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host operator</source>
        <translation>Host-Betreiber</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annual cost</source>
        <translation>jährliche Kosten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
</context>
<context>
    <name>OptionComparison</name>
    <message>
        <location filename="../core/optioncomparison.cpp" line="+31"/>
        <source>capability</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>removes %1 with its %n edge(s)</source>
        <translation>
            <numerusform>entfernt %1 mit der zugehörigen %n Verbindung</numerusform>
            <numerusform>entfernt %1 mit den zugehörigen %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removes the edge %1 → %2 (%3)</source>
        <translation>entfernt die Verbindung %1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds %1 %2 (%3)</source>
        <translation>fügt %1 %2 (%3) hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds the edge %1 → %2 (%3)</source>
        <translation>fügt die Verbindung %1 → %2 (%3) hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adds the edge %1 → %2 (%3) in group “%4”</source>
        <translation>fügt die Verbindung %1 → %2 (%3) in Gruppe „%4“ hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changes nothing</source>
        <translation>ändert nichts</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>unknown option &quot;%1&quot;: the model has no options</source>
        <translation>unbekannte Option &quot;%1&quot;: das Modell hat keine Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &quot;%1&quot;; the model has: %2</source>
        <translation>unbekannte Option &quot;%1&quot;; das Modell hat: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &quot;%1&quot; is given more than once</source>
        <translation>Option &quot;%1&quot; ist mehr als einmal angegeben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>option &quot;%1&quot; does not give a valid model: %2: %3</source>
        <translation>Option &quot;%1&quot; ergibt kein gültiges Modell: %2: %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>capabilities without a single point of failure</source>
        <translation>Geschäftsfunktionen ohne Single Point of Failure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annual cost of the applications in use (EUR)</source>
        <translation>jährliche Kosten der genutzten Anwendungen (EUR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applications in use without annual cost</source>
        <translation>genutzte Anwendungen ohne jährliche Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean sovereignty score of the applications in use</source>
        <translation>mittlerer Souveränitätswert der genutzten Anwendungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applications in use passing every SEAL gate</source>
        <translation>genutzte Anwendungen, die jede SEAL-Schwelle erfüllen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>concentration (HHI) by %1, weighted by %2</source>
        <translation>Konzentration (HHI) nach %1, gewichtet nach %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>known share of the lock-in facts</source>
        <translation>bekannter Anteil der Lock-in-Angaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known share of the sovereignty facts</source>
        <translation>bekannter Anteil der Souveränitätsangaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known share of the concentration facts</source>
        <translation>bekannter Anteil der Konzentrationsangaben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>single points of failure</source>
        <translation>Single Points of Failure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cut sets of order 2..%1</source>
        <translation>Schnittmengen der Ordnung 2..%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign jurisdictions that reach it</source>
        <translation>ausländische Rechtsräume, die sie erreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in score</source>
        <translation>Lock-in-Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capabilities it can cut off</source>
        <translation>Geschäftsfunktionen, die er abschalten kann</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>capabilities that go down</source>
        <translation>Geschäftsfunktionen, die ausfallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capabilities down beyond their maximum tolerable downtime</source>
        <translation>Geschäftsfunktionen, die länger als ihre maximal tolerierbare Ausfallzeit ausfallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capabilities with no way back</source>
        <translation>Geschäftsfunktionen ohne Weg zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra cost over the horizon (EUR)</source>
        <translation>Mehrkosten über den Zeithorizont (EUR)</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <location filename="../core/recommendations.cpp" line="+47"/>
        <source>SOV-1 strategic</source>
        <translation>SOV-1 strategisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-2 legal</source>
        <translation>SOV-2 rechtlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-3 data</source>
        <translation>SOV-3 Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-4 operational</source>
        <translation>SOV-4 betrieblich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-5 supply chain</source>
        <translation>SOV-5 Lieferkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-6 technology</source>
        <translation>SOV-6 Technologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-7 security and compliance</source>
        <translation>SOV-7 Sicherheit und Compliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-8 environmental</source>
        <translation>SOV-8 Umwelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parent company</source>
        <translation>Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country of the parent company</source>
        <translation>Land der Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host operator</source>
        <translation>Host-Betreiber</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+10"/>
        <source>annual cost</source>
        <translation>jährliche Kosten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>data portability</source>
        <translation>Datenportabilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open standards</source>
        <translation>offene Standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit clause</source>
        <translation>Ausstiegsklausel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data-return clause</source>
        <translation>Datenrückgabeklausel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seat</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the applications it needs</source>
        <translation>die Anwendungen, die sie benötigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>security assessment (SOV-7)</source>
        <translation>Sicherheitsbewertung (SOV-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environmental assessment (SOV-8)</source>
        <translation>Umweltbewertung (SOV-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to switch to an alternative</source>
        <translation>Dauer des Wechsels zu einer Alternative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost of switching to an alternative</source>
        <translation>Kosten des Wechsels zu einer Alternative</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (out of date)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (doubtful)</source>
        <translation> (zweifelhaft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (invalid)</source>
        <translation> (ungültig)</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>An EU-controlled alternative for what a non-EU country can cut off</source>
        <translation>Eine EU-kontrollierte Alternative für das, was ein Nicht-EU-Staat abschalten kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A jurisdiction outside the EU can cut off a capability of criticality %1 or higher on its own (finding area &quot;jurisdiction&quot;).</source>
        <translation>Ein Rechtsraum außerhalb der EU kann allein eine Geschäftsfunktion der Kritikalität %1 oder höher abschalten (Befundbereich &quot;jurisdiction&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sanctions, export controls or a court order on the companies seated in a country can stop every service they control, wherever it is hosted. Only an alternative under EU control is outside that reach. Preparing it in advance turns a cut-off into a planned switch.</source>
        <translation>Sanktionen, Exportkontrollen oder eine gerichtliche Anordnung gegen die in einem Land ansässigen Unternehmen können jeden Dienst stoppen, den diese kontrollieren, wo auch immer er gehostet wird. Nur eine Alternative unter EU-Kontrolle liegt außerhalb dieser Reichweite. Wer sie im Voraus vorbereitet, macht aus einer Abschaltung einen geplanten Wechsel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Antrum&apos;s rule; cut-off as defined in semantics.md, EU line as in docs/methodology.md §2.5. DORA (Regulation (EU) 2022/2554) Art. 28(8) asks financial entities to &quot;identify alternative solutions and develop transition plans&quot; [S: streamlex.eu copy of Art. 28]; applied here by analogy.</source>
        <translation>Regel von Antrum; Abschaltung wie in semantics.md definiert, EU-Grenze wie in docs/methodology.md §2.5. DORA (Verordnung (EU) 2022/2554) Art. 28 Abs. 8 verlangt von Finanzunternehmen, &quot;alternative Lösungen zu ermitteln und Übergangspläne zu entwickeln&quot; [S: Kopie von Art. 28 auf streamlex.eu]; hier sinngemäß angewandt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Negotiate an exit clause and data return before the contract end</source>
        <translation>Vor Vertragsende eine Ausstiegsklausel und die Datenrückgabe aushandeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application in use has a lock-in score of %1 or more, lacks an exit clause or a data-return clause (false or not recorded), and has a contract on record (a contract end or an annual cost above 0).</source>
        <translation>Eine genutzte Anwendung hat einen Lock-in-Wert von %1 oder mehr, es fehlt eine Ausstiegsklausel oder eine Datenrückgabeklausel (false oder nicht erfasst), und ein Vertrag ist erfasst (ein Vertragsende oder jährliche Kosten über 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without an exit clause and a data-return clause, leaving depends on the supplier&apos;s goodwill. Both are easiest to obtain before the notice date, when not renewing is still an option. For cloud services in scope of the Data Act the switching terms are statutory and can be asked for as a matter of law.</source>
        <translation>Ohne Ausstiegsklausel und Datenrückgabeklausel hängt der Ausstieg vom guten Willen des Lieferanten ab. Beide lassen sich am leichtesten vor dem Kündigungstermin erreichen, solange eine Nichtverlängerung noch eine Option ist. Für Cloud-Dienste im Anwendungsbereich der Datenverordnung (Data Act) sind die Wechselbedingungen gesetzlich geregelt und können als Rechtsanspruch eingefordert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DORA Art. 28(8): being able to &quot;exit contractual arrangements without disruption&quot; [S: atlas.valendir.com]; Data Act (Regulation (EU) 2023/2854) Art. 25(2): notice of at most two months, a transition of at most 30 days, data retrieval for at least 30 days [S: Osborne Clarke], and Art. 29: no switching charges from 12 January 2027 [P: data-act-text.com] (docs/methodology.md §3.2). The threshold %1 is Antrum&apos;s choice.</source>
        <translation>DORA Art. 28 Abs. 8: &quot;vertragliche Vereinbarungen ohne Störungen beenden&quot; zu können [S: atlas.valendir.com]; Datenverordnung (Data Act, Verordnung (EU) 2023/2854) Art. 25 Abs. 2: eine Kündigungsfrist von höchstens zwei Monaten, ein Übergangszeitraum von höchstens 30 Tagen, Datenabruf für mindestens 30 Tage [S: Osborne Clarke], und Art. 29: keine Wechselentgelte ab dem 12. Januar 2027 [P: data-act-text.com] (docs/methodology.md §3.2). Die Schwelle %1 ist eine Festlegung von Antrum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diversify the parent behind a redundancy</source>
        <translation>Die Muttergesellschaften hinter einer Redundanz streuen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ultimate parent company, or one jurisdiction other than home, takes out a redundancy group on its own (a common cause of order 1) or leaves it one failure short of failing (order 2); orders up to %1 are reported, and only when the group&apos;s owner would otherwise stay up.</source>
        <translation>Eine einzige oberste Muttergesellschaft oder ein einziger Rechtsraum außer dem eigenen schaltet eine Redundanzgruppe allein aus (eine gemeinsame Ursache der Ordnung 1) oder bringt sie so weit, dass ein weiterer Ausfall genügt (Ordnung 2); Ordnungen bis %1 werden gemeldet, und nur, wenn der Eigentümer der Gruppe sonst weiterlaufen würde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redundancy helps only against independent failures. Members under one parent company or in one foreign country share a common cause: the parent&apos;s insolvency, an acquisition, a policy change or a cut-off takes out all of them at once.</source>
        <translation>Redundanz hilft nur gegen unabhängige Ausfälle. Mitglieder unter einer Muttergesellschaft oder in einem ausländischen Staat haben eine gemeinsame Ursache: Die Insolvenz der Muttergesellschaft, eine Übernahme, ein Richtungswechsel oder eine Abschaltung setzt sie alle auf einmal außer Betrieb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DORA Art. 29(1)(b) treats arrangements with &quot;closely connected&quot; providers as a concentration risk [P: cyberday.ai copy of Art. 29] (docs/methodology.md §3.2); the orders and the rule are Antrum&apos;s.</source>
        <translation>DORA Art. 29 Abs. 1 Buchst. b behandelt Vereinbarungen mit &quot;eng verbundenen&quot; Anbietern als Konzentrationsrisiko [P: Kopie von Art. 29 auf cyberday.ai] (docs/methodology.md §3.2); die Ordnungen und die Regel stammen von Antrum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redundancy or an exit plan for a single point of failure</source>
        <translation>Redundanz oder ein Ausstiegsplan für einen Single Point of Failure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application or host in use is a single point of failure of a capability of criticality %1 or higher.</source>
        <translation>Eine genutzte Anwendung oder ein genutzter Host ist ein Single Point of Failure einer Geschäftsfunktion der Kritikalität %1 oder höher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A vital capability that one component can stop has no second way out. Redundancy removes the single point; a tested exit plan shortens the outage when it is not possible.</source>
        <translation>Eine lebenswichtige Geschäftsfunktion, die eine einzige Komponente stoppen kann, hat keinen zweiten Ausweg. Redundanz beseitigt den einzelnen Schwachpunkt; wo das nicht möglich ist, verkürzt ein getesteter Ausstiegsplan den Ausfall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DORA Art. 28(8): exit plans that are &quot;documented&quot; and &quot;sufficiently tested&quot; for services supporting critical or important functions [S: streamlex.eu copy of Art. 28], by analogy. Vital = criticality %1 or higher is Antrum&apos;s choice.</source>
        <translation>DORA Art. 28 Abs. 8: Ausstiegspläne, die &quot;dokumentiert&quot; und &quot;ausreichend getestet&quot; sind, für Dienste zur Unterstützung kritischer oder wichtiger Funktionen [S: Kopie von Art. 28 auf streamlex.eu], sinngemäß. Lebenswichtig = Kritikalität %1 oder höher ist eine Festlegung von Antrum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diversify suppliers in the next procurement</source>
        <translation>Lieferanten bei der nächsten Beschaffung streuen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A concentration index by parent company or host operator is high (HHI above the model&apos;s high threshold, default 2000), or the largest country in the country index is outside the EU, or at least %1 of the criticality- or cost-weighted dependence rests on parent companies outside the EU.</source>
        <translation>Ein Konzentrationsindex nach Muttergesellschaft oder Host-Betreiber ist hoch (HHI über der hohen Schwelle des Modells, standardmäßig 2000), oder das größte Land im Länderindex liegt außerhalb der EU, oder mindestens %1 der nach Kritikalität oder Kosten gewichteten Abhängigkeit beruht auf Muttergesellschaften außerhalb der EU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So much dependence on one company, operator or foreign country is a continuity risk and weakens the organisation&apos;s hand at every renewal. Procurement is the moment to spread it.</source>
        <translation>So viel Abhängigkeit von einem Unternehmen, Betreiber oder ausländischen Staat ist ein Kontinuitätsrisiko und schwächt die Verhandlungsposition der Organisation bei jeder Verlängerung. Die Beschaffung ist der Moment, sie zu streuen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU Horizontal Merger Guidelines 2004/C 31/03, paras 19-21 (HHI bands, used by analogy) [P: EUR-Lex summary]; DORA Art. 29(1) concentration-risk assessment [P: cyberday.ai copy] (docs/methodology.md §4.2). The non-EU share of %1 is Antrum&apos;s choice.</source>
        <translation>Leitlinien der EU zur Bewertung horizontaler Zusammenschlüsse 2004/C 31/03, Rn. 19-21 (HHI-Bereiche, sinngemäß verwendet) [P: Zusammenfassung auf EUR-Lex]; DORA Art. 29 Abs. 1, Bewertung des Konzentrationsrisikos [P: Kopie auf cyberday.ai] (docs/methodology.md §4.2). Der Nicht-EU-Anteil von %1 ist eine Festlegung von Antrum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty requirements for a low-scoring supplier group</source>
        <translation>Souveränitätsanforderungen für eine schwach bewertete Lieferantengruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier group with an application serving a capability of criticality %1 or higher fails the model&apos;s SEAL gates, or scores below %2 of 100 on the sovereignty profile.</source>
        <translation>Eine Lieferantengruppe mit einer Anwendung für eine Geschäftsfunktion der Kritikalität %1 oder höher erfüllt die SEAL-Schwellen des Modells nicht oder erreicht weniger als %2 von 100 im Souveränitätsprofil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A service under exclusive control of non-EU third parties (SEAL-0) can be switched off or reached from outside EU law. Minimum SEAL levels in a tender make the requirement explicit; SEAL-%1 is the first level at which EU law is &quot;applicable and enforceable&quot;.</source>
        <translation>Ein Dienst unter ausschließlicher Kontrolle von Dritten außerhalb der EU (SEAL-0) kann von außerhalb des EU-Rechts abgeschaltet oder eingesehen werden. Mindest-SEAL-Stufen in einer Ausschreibung machen die Anforderung ausdrücklich; SEAL-%1 ist die erste Stufe, auf der EU-Recht &quot;anwendbar und durchsetzbar&quot; ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>European Commission, Cloud Sovereignty Framework v1.2.1: SEAL definitions [S: MISP taxonomy], minimum levels in tenders [S: Safespring] (docs/methodology.md §5.2, §5.6). The score threshold %1 is Antrum&apos;s choice.</source>
        <translation>Europäische Kommission, Cloud Sovereignty Framework v1.2.1: SEAL-Definitionen [S: MISP-Taxonomie], Mindeststufen in Ausschreibungen [S: Safespring] (docs/methodology.md §5.2, §5.6). Die Wertschwelle %1 ist eine Festlegung von Antrum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1215"/>
        <source>Collect the missing facts</source>
        <translation>Die fehlenden Angaben erheben</translation>
    </message>
    <message>
        <location line="-1214"/>
        <source>Data-quality items of importance %1 or more (criticality x weight, docs/methodology.md §6.2).</source>
        <translation>Datenqualitätspunkte mit einer Bedeutung von %1 oder mehr (Kritikalität x Gewicht, docs/methodology.md §6.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every missing fact is counted at its worst in the scores. What is not known cannot be managed, and cannot be shown to a council or an auditor.</source>
        <translation>Jede fehlende Angabe wird in den Werten im ungünstigsten Fall gezählt. Was nicht bekannt ist, lässt sich nicht steuern und weder einem Rat noch einem Prüfer gegenüber belegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Algemene Rekenkamer, Het Rijk in de cloud (15 January 2025): the type of cloud unknown for 26% of 1,588 services, no risk assessment for two thirds of the material public-cloud services [P/S, docs/methodology.md §1]; Rijksbreed cloudbeleid 2022 (Kamerstuk 26 643, nr. 904): each department keeps the risks of its public cloud use in view [P: officielebekendmakingen.nl].</source>
        <translation>Algemene Rekenkamer, Het Rijk in de cloud (15. Januar 2025): die Art der Cloud bei 26 % von 1.588 Diensten unbekannt, keine Risikobewertung bei zwei Dritteln der wesentlichen Public-Cloud-Dienste [P/S, docs/methodology.md §1]; Rijksbreed cloudbeleid 2022 (Kamerstuk 26 643, Nr. 904): jedes Ministerium behält die Risiken seiner Public-Cloud-Nutzung im Blick [P: officielebekendmakingen.nl].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepare the exit for a scenario</source>
        <translation>Den Ausstieg für ein Szenario vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a simulated scenario a capability has no way back, or stays down longer than its maximum tolerable downtime (MTD).</source>
        <translation>In einem simulierten Szenario hat eine Geschäftsfunktion keinen Weg zurück oder bleibt länger ausgefallen als ihre maximal tolerierbare Ausfallzeit (MTD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exit made under pressure takes as long as the switch itself. Only what is prepared - an alternative contracted, data exported, the migration tested - can start at once.</source>
        <translation>Ein Ausstieg unter Druck dauert so lange wie der Wechsel selbst. Nur was vorbereitet ist - eine vertraglich gesicherte Alternative, exportierte Daten, eine getestete Migration - kann sofort beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DORA Art. 28(8): exit plans that are &quot;sufficiently tested and reviewed periodically&quot; [S: streamlex.eu copy of Art. 28], by analogy; the simulation rules are in docs/scenarios.md.</source>
        <translation>DORA Art. 28 Abs. 8: Ausstiegspläne, die &quot;ausreichend getestet und regelmäßig überprüft&quot; werden [S: Kopie von Art. 28 auf streamlex.eu], sinngemäß; die Simulationsregeln stehen in docs/scenarios.md.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consider the switch when a price rise makes it pay</source>
        <translation>Den Wechsel erwägen, wenn eine Preiserhöhung ihn lohnend macht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a simulated price rise, switching an application to a recorded alternative costs less over the horizon than staying (a saving above 0, docs/scenarios.md §3.1).</source>
        <translation>Bei einer simulierten Preiserhöhung kostet der Wechsel einer Anwendung zu einer erfassten Alternative über den Zeithorizont weniger als das Bleiben (eine Einsparung über 0, docs/scenarios.md §3.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When staying costs more than switching, lock-in is being paid for. The business case is best made before the price rise takes effect.</source>
        <translation>Wenn das Bleiben mehr kostet als der Wechsel, wird für den Lock-in bezahlt. Der Business Case lässt sich am besten erstellen, bevor die Preiserhöhung wirksam wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antrum&apos;s rule. Data Act Art. 29: no switching charges for in-scope cloud services from 12 January 2027 [P: data-act-text.com] (docs/methodology.md §3.2).</source>
        <translation>Regel von Antrum. Datenverordnung (Data Act) Art. 29: keine Wechselentgelte für erfasste Cloud-Dienste ab dem 12. Januar 2027 [P: data-act-text.com] (docs/methodology.md §3.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the renewal window</source>
        <translation>Das Verlängerungsfenster nutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier group found low on sovereignty, or an application with high lock-in, has a contract that ends, or must be given notice, within %1 months of the reference date (or has ended and is open for renewal).</source>
        <translation>Eine Lieferantengruppe mit niedriger Souveränität oder eine Anwendung mit hohem Lock-in hat einen Vertrag, der innerhalb von %1 Monaten nach dem Stichtag endet oder gekündigt werden muss (oder bereits geendet hat und zur Verlängerung offensteht).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving at the end of a contract needs no exit clause and costs no penalty. The moment passes with the notice date; a market consultation takes months.</source>
        <translation>Ein Ausstieg zum Vertragsende braucht keine Ausstiegsklausel und kostet keine Vertragsstrafe. Der Moment verstreicht mit dem Kündigungstermin; eine Markterkundung dauert Monate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antrum&apos;s rule. For cloud services in scope of the Data Act the notice period is at most two months (Art. 25(2)(d)) [S: Osborne Clarke].</source>
        <translation>Regel von Antrum. Für Cloud-Dienste im Anwendungsbereich der Datenverordnung (Data Act) beträgt die Kündigungsfrist höchstens zwei Monate (Art. 25 Abs. 2 Buchst. d) [S: Osborne Clarke].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subcontracting terms for a hidden foreign dependence</source>
        <translation>Bedingungen für Unterauftragsvergabe bei einer verdeckten ausländischen Abhängigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application serving a capability of criticality %1 or higher is supplied by companies controlled from the EU, but a subcontractor or host operator in its chain is controlled from outside the EU (derived SOV-5 = SEAL-2).</source>
        <translation>Eine Anwendung für eine Geschäftsfunktion der Kritikalität %1 oder höher wird von Unternehmen geliefert, die aus der EU kontrolliert werden, aber ein Unterauftragnehmer oder Host-Betreiber in ihrer Kette wird von außerhalb der EU kontrolliert (abgeleitet SOV-5 = SEAL-2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract is with a European company, but the service stops, or can be reached, through a company controlled from elsewhere. That dependence is invisible unless the supplier must disclose and clear its subcontractors.</source>
        <translation>Der Vertrag besteht mit einem europäischen Unternehmen, aber über ein anderswo kontrolliertes Unternehmen kann der Dienst gestoppt oder eingesehen werden. Diese Abhängigkeit bleibt unsichtbar, solange der Lieferant seine Unterauftragnehmer nicht offenlegen und genehmigen lassen muss.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DORA Art. 30(2)(a): contracts state whether subcontracting is permitted and on which conditions [S: itlawco.com]; Cloud Sovereignty Framework SOV-5 supply chain, the heaviest objective (20%) [S] (docs/methodology.md §5.1).</source>
        <translation>DORA Art. 30 Abs. 2 Buchst. a: Verträge geben an, ob eine Unterauftragsvergabe zulässig ist und unter welchen Bedingungen [S: itlawco.com]; Cloud Sovereignty Framework SOV-5 Lieferkette, das am stärksten gewichtete Ziel (20 %) [S] (docs/methodology.md §5.1).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (criticality %2, maximum tolerable downtime %3)</source>
        <translation>%1 (Kritikalität %2, maximal tolerierbare Ausfallzeit %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (criticality %2)</source>
        <translation>%1 (Kritikalität %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> All of them are vital.</source>
        <translation> Alle sind lebenswichtig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> One of them is vital (criticality %1 or higher).</source>
        <translation> Eine davon ist lebenswichtig (Kritikalität %1 oder höher).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %1 of them are vital (criticality %2 or higher).</source>
        <translation> %1 davon sind lebenswichtig (Kritikalität %2 oder höher).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 and %2 to switch</source>
        <translation>%1 und %2 für den Wechsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to switch, cost not recorded</source>
        <translation>%1 für den Wechsel, Kosten nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to switch, duration not recorded</source>
        <translation>%1 für den Wechsel, Dauer nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration and cost of the switch not recorded</source>
        <translation>Dauer und Kosten des Wechsels nicht erfasst</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1059"/>
        <location line="+103"/>
        <source>«%1»</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="-1160"/>
        <source> The stored option %1 replaces some of them.</source>
        <translation> Die gespeicherte Option %1 sieht für einige davon einen Ersatz vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The stored options %1 replace some of them.</source>
        <translation> Die gespeicherten Optionen %1 sehen für einige davon einen Ersatz vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The stored option %1 replaces it.</source>
        <translation> Die gespeicherte Option %1 sieht einen Ersatz vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The stored options %1 replace it.</source>
        <translation> Die gespeicherten Optionen %1 sehen einen Ersatz vor.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 alone can stop %2</source>
        <translation>%1 allein kann %2 stoppen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If %1 fails, nothing takes over: %2 stops with it.</source>
        <translation>Fällt %1 aus, übernimmt nichts: %2 fällt mit aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If %1 fails, nothing takes over: %2 stop with it.</source>
        <translation>Fällt %1 aus, übernimmt nichts: %2 fallen mit aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The most critical is %1.</source>
        <translation> Am kritischsten ist %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> It hosts %1 without a second site.</source>
        <translation> Ohne zweiten Standort gehostet: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run what depends on %1 in a second location under a different operator, or prepare a tested plan to move it elsewhere.</source>
        <translation>Betreiben Sie, was von %1 abhängt, an einem zweiten Standort bei einem anderen Betreiber, oder erstellen Sie einen getesteten Plan, um es anderswo unterzubringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Start with %1.</source>
        <translation> Beginnen Sie mit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give %1 a second, independent way to deliver (redundancy or a fallback procedure), or prepare an exit plan.</source>
        <translation>Schaffen Sie neben %1 einen zweiten, unabhängigen Weg der Leistungserbringung (Redundanz oder ein Ausweichverfahren), oder erstellen Sie einen Ausstiegsplan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> An alternative is recorded: %1 (%2).</source>
        <translation> Eine Alternative ist erfasst: %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> That switch takes far longer than the maximum tolerable downtime of %1 (%2), so the plan must be ready, and tested, before it is needed.</source>
        <translation> Dieser Wechsel dauert weit länger als die maximal tolerierbare Ausfallzeit von %1 (%2); der Plan muss daher fertig und getestet sein, bevor er gebraucht wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> No alternative to %1 is recorded: start with a market scan.</source>
        <translation> Keine Alternative zu %1 ist erfasst: Beginnen Sie mit einer Marktsichtung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The plan must work within the maximum tolerable downtime of %1 (%2).</source>
        <translation> Der Plan muss innerhalb der maximal tolerierbaren Ausfallzeit von %1 (%2) greifen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redundancy or an exit plan for %1</source>
        <translation>Redundanz oder ein Ausstiegsplan für %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 can cut off %2</source>
        <translation>%1 kann %2 abschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside the EU</source>
        <translation>außerhalb der EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the EU; laws with reach abroad on record: %1</source>
        <translation>außerhalb der EU; erfasste Gesetze mit Wirkung im Ausland: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) can on its own cut off %3: %4.</source>
        <translation>%1 (%2) kann allein %3 abschalten: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> It reaches it through %1, seated or located there.</source>
        <translation> Der Zugriff läuft über %1, dort ansässig oder gelegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> It reaches them through %1, seated or located there.</source>
        <translation> Der Zugriff läuft über %1, dort ansässig oder gelegen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>«%1» to %2</source>
        <translation>„%1“ auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Of the compared options, these lower the number of capabilities it can cut off from %1: %2.</source>
        <translation> Von den verglichenen Optionen senken diese die Zahl der Geschäftsfunktionen, die dieser Rechtsraum abschalten kann, von %1: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A cut-off by %1 stops %2, and with it %3.</source>
        <translation>Eine Abschaltung durch %1 stoppt %2 und damit %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cut-off by %1 stops %2, one of the applications behind its vital capabilities.</source>
        <translation>Eine Abschaltung durch %1 stoppt %2, eine der Anwendungen hinter den betroffenen lebenswichtigen Geschäftsfunktionen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %1 is recorded as an EU-controlled alternative (%2): prepare the switch so that it can be made before a cut-off takes effect.</source>
        <translation> %1 ist als EU-kontrollierte Alternative erfasst (%2): Bereiten Sie den Wechsel so vor, dass er erfolgen kann, bevor eine Abschaltung wirksam wird.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is hit by the same cut-off</source>
        <translation>sie ist von derselben Abschaltung betroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is controlled from %1</source>
        <translation>sie wird aus %1 kontrolliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its control is not known to be in the EU</source>
        <translation>es ist nicht bekannt, dass ihre Kontrolle in der EU liegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The recorded alternative %1 does not solve this (%2): look for an EU-controlled one.</source>
        <translation> Die erfasste Alternative %1 löst das nicht (%2): Suchen Sie eine EU-kontrollierte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> No alternative is recorded: run a market consultation for an EU-controlled one.</source>
        <translation> Keine Alternative ist erfasst: Führen Sie eine Markterkundung nach einer EU-kontrollierten durch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An EU-controlled alternative for %1</source>
        <translation>Eine EU-kontrollierte Alternative für %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>a cut-off by %1</source>
        <translation>eine Abschaltung durch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parent company %1</source>
        <translation>die Muttergesellschaft %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes out %2 of them on its own</source>
        <translation>%1 schaltet %2 davon allein aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes out %2 of them, so one more failure is enough</source>
        <translation>%1 schaltet %2 davon aus, sodass ein weiterer Ausfall genügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The redundancy behind %1 has a common cause</source>
        <translation>Die Redundanz hinter %1 hat eine gemeinsame Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2 of the %3 members of its redundancy group «%4» (%5), but they are not independent: %6.</source>
        <translation>%1 benötigt %2 der %3 Mitglieder der Redundanzgruppe „%4“ (%5), aber diese sind nicht unabhängig: %6.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+399"/>
        <location line="+233"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="-631"/>
        <source> The redundancy protects against the failure of one member, not against that common cause: if the group fails, %1 would stop.</source>
        <translation> Die Redundanz schützt vor dem Ausfall eines Mitglieds, nicht vor dieser gemeinsamen Ursache: Fällt die Gruppe aus, würde %1 stoppen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>under a parent company other than %1 and outside %2</source>
        <translation>unter einer anderen Muttergesellschaft als %1 und außerhalb von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under a parent company other than %1</source>
        <translation>unter einer anderen Muttergesellschaft als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside %1</source>
        <translation>außerhalb von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place at least one member of «%1» (%2) %3, so that no single company or country can take out the redundancy. Check the ownership of operators and subcontractors too, not only of the contracting party.</source>
        <translation>Bringen Sie mindestens ein Mitglied von „%1“ (%2) %3 unter, damit kein einzelnes Unternehmen und kein einzelner Staat die Redundanz ausschalten kann. Prüfen Sie auch die Eigentumsverhältnisse von Betreibern und Unterauftragnehmern, nicht nur die des Vertragspartners.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spread the redundancy of %1 over more than one country</source>
        <translation>Die Redundanz von %1 auf mehr als einen Staat verteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diversify the parent companies behind %1</source>
        <translation>Die Muttergesellschaften hinter %1 streuen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source> The first contract to end is that of %1, on %2.</source>
        <translation> Der erste auslaufende Vertrag ist der von %1, am %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>High concentration by %1, weighted by %2</source>
        <translation>Hohe Konzentration nach %1, gewichtet nach %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted by %1, %2 carries %3 of the dependence by %4, the three largest together %5: a Herfindahl-Hirschman index of %6, above the %7 that merger control calls highly concentrated.</source>
        <translation>Gewichtet nach %1 trägt %2 %3 der Abhängigkeit nach %4, die drei größten zusammen %5: ein Herfindahl-Hirschman-Index von %6, über den %7, die die Fusionskontrolle als hoch konzentriert ansieht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Under %1: %2.</source>
        <translation> Unter %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %1 of the weight could not be attributed for lack of facts.</source>
        <translation> %1 des Gewichts konnten mangels Angaben nicht zugeordnet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the services under %1 come up for renewal, ask for offers from other companies or split them over more than one, and weigh concentration explicitly in the award. Add no new service under %1 without that assessment.</source>
        <translation>Holen Sie bei der Verlängerung der Dienste unter %1 Angebote anderer Unternehmen ein oder verteilen Sie sie auf mehr als einen Anbieter, und berücksichtigen Sie die Konzentration ausdrücklich bei der Zuschlagserteilung. Nehmen Sie ohne diese Bewertung keinen neuen Dienst unter %1 hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diversify away from %1 in the next procurement</source>
        <translation>Bei der nächsten Beschaffung die Abhängigkeit von %1 verringern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 of the dependence rests on parent companies outside the EU</source>
        <translation>%1 der Abhängigkeit beruht auf Muttergesellschaften außerhalb der EU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the criticality-weighted dependence (%2 of the annual cost) rests on parent companies seated outside the EU, chiefly in %3 (%4).</source>
        <translation>%1 der nach Kritikalität gewichteten Abhängigkeit (%2 der jährlichen Kosten) beruht auf Muttergesellschaften mit Sitz außerhalb der EU, vor allem in %3 (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the dependence, weighted by %2, rests on parent companies seated outside the EU, chiefly in %3 (%4).</source>
        <translation>%1 der Abhängigkeit, gewichtet nach %2, beruht auf Muttergesellschaften mit Sitz außerhalb der EU, vor allem in %3 (%4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %1 in use are under their control.</source>
        <translation> Unter ihrer Kontrolle: %1 in Nutzung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduce the dependence on parent companies outside the EU</source>
        <translation>Die Abhängigkeit von Muttergesellschaften außerhalb der EU verringern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a target for the share of vital services under EU control and move towards it at every renewal: ask for EU-controlled offers and make control from the EU (SOV-1) an award criterion.</source>
        <translation>Legen Sie einen Zielwert für den Anteil lebenswichtiger Dienste unter EU-Kontrolle fest und nähern Sie sich ihm bei jeder Verlängerung: Fordern Sie EU-kontrollierte Angebote an und machen Sie die Kontrolle aus der EU (SOV-1) zum Zuschlagskriterium.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>data portability unknown</source>
        <translation>Datenportabilität unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open standards unknown</source>
        <translation>offene Standards unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence unknown</source>
        <translation>Lizenz unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployment unknown</source>
        <translation>Bereitstellung unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching cost unknown</source>
        <translation>Wechselkosten unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit clause unknown</source>
        <translation>Ausstiegsklausel unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data return unknown</source>
        <translation>Datenrückgabe unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice period unknown</source>
        <translation>Kündigungsfrist unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract end unknown</source>
        <translation>Vertragsende unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier unknown</source>
        <translation>Lieferant unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alternatives unknown</source>
        <translation>Alternativen unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>data portability of only %1</source>
        <translation>Datenportabilität von nur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no open standards</source>
        <translation>keine offenen Standards</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>few open standards</source>
        <translation>wenige offene Standards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a proprietary licence</source>
        <translation>eine proprietäre Lizenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run by the supplier as SaaS</source>
        <translation>vom Lieferanten als SaaS betrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a platform run by the supplier (PaaS)</source>
        <translation>eine vom Lieferanten betriebene Plattform (PaaS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infrastructure run by the supplier (IaaS)</source>
        <translation>vom Lieferanten betriebene Infrastruktur (IaaS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run by the supplier</source>
        <translation>vom Lieferanten betrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no alternative recorded</source>
        <translation>keine Alternative erfasst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no quick EU-controlled alternative</source>
        <translation>keine schnelle EU-kontrollierte Alternative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching costs high against the annual cost</source>
        <translation>hohe Wechselkosten im Verhältnis zu den jährlichen Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no exit clause</source>
        <translation>keine Ausstiegsklausel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data-return clause</source>
        <translation>keine Datenrückgabeklausel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a long notice period</source>
        <translation>eine lange Kündigungsfrist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a long remaining contract term</source>
        <translation>eine lange Restlaufzeit des Vertrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled with other applications of the same parent company</source>
        <translation>gebündelt mit anderen Anwendungen derselben Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at the next renewal (the contract end is not recorded)</source>
        <translation>bei der nächsten Verlängerung (das Vertragsende ist nicht erfasst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now: the contract ended on %1 and its renewal is open</source>
        <translation>sofort: Der Vertrag endete am %1, und seine Verlängerung ist offen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before %1, the last day to give notice on the contract that ends on %2</source>
        <translation>vor dem %1, dem letzten Tag für die Kündigung des Vertrags, der am %2 endet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>before the contract ends on %1 (the notice date, %2, has passed: make the clauses a condition of any renewal)</source>
        <translation>bevor der Vertrag am %1 endet (der Kündigungstermin, %2, ist verstrichen: Machen Sie die Klauseln zur Bedingung jeder Verlängerung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before the contract ends on %1</source>
        <translation>bevor der Vertrag am %1 endet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is hard to leave (lock-in %2)</source>
        <translation>Der Ausstieg aus %1 ist schwierig (Lock-in %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 scores %2 of 100 on lock-in (%3 of it on known facts). The heaviest factors: %4.</source>
        <translation>%1 erreicht beim Lock-in %2 von 100 (%3 davon auf bekannten Angaben). Die schwersten Faktoren: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It sets the lock-in of %1, which needs it.</source>
        <translation> Die Anwendung bestimmt den Lock-in von %1, die sie benötigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> It sets the lock-in of %1, which all need it.</source>
        <translation> Die Anwendung bestimmt den Lock-in von %1, die sie alle benötigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Only %1 of the score rests on known facts: if every unknown turned out well it would be %2.</source>
        <translation> Nur %1 des Werts beruht auf bekannten Angaben: Fiele jede Unbekannte günstig aus, läge er bei %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an exit clause and a data-return clause</source>
        <translation>eine Ausstiegsklausel und eine Datenrückgabeklausel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an exit clause</source>
        <translation>eine Ausstiegsklausel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a data-return clause</source>
        <translation>eine Datenrückgabeklausel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiate %1 for %2 %3.</source>
        <translation>Verhandeln Sie %1 für %2 %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The model does not record whether the contract has them: check the contract first.</source>
        <translation> Das Modell erfasst nicht, ob der Vertrag sie enthält: Prüfen Sie zuerst den Vertrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Ask for the export of all data in an open format, assistance during the transition, and a transition period long enough to switch.</source>
        <translation> Fordern Sie den Export aller Daten in einem offenen Format, Unterstützung während des Übergangs und einen Übergangszeitraum, der für den Wechsel lang genug ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> As a cloud service it is probably in scope of the Data Act, whose Art. 25 makes such switching terms mandatory.</source>
        <translation> Als Cloud-Dienst fällt die Anwendung wahrscheinlich unter die Datenverordnung (Data Act), deren Art. 25 solche Wechselbedingungen vorschreibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit terms for %1</source>
        <translation>Ausstiegsbedingungen für %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (contract ended on %2, renewal open)</source>
        <translation>%1 (Vertrag endete am %2, Verlängerung offen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (contract ends on %2; the notice date, %3, has passed)</source>
        <translation>%1 (Vertrag endet am %2; der Kündigungstermin, %3, ist verstrichen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (contract ends on %2, notice by %3)</source>
        <translation>%1 (Vertrag endet am %2, Kündigung bis %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (contract ends on %2)</source>
        <translation>%1 (Vertrag endet am %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use the renewal to leave or to set conditions: %1. Start the market consultation now.</source>
        <translation>Nutzen Sie die Verlängerung, um auszusteigen oder Bedingungen zu stellen: %1. Beginnen Sie jetzt mit der Markterkundung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The recorded switch from %1 to %2 takes %3</source>
        <translation> Der erfasste Wechsel von %1 zu %2 dauert %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, longer than the time left: negotiate a short extension with exit support rather than a full new term.</source>
        <translation>, länger als die verbleibende Zeit: Verhandeln Sie lieber eine kurze Verlängerung mit Ausstiegsunterstützung als eine volle neue Laufzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+386"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Use the renewal window of %1</source>
        <translation>Das Verlängerungsfenster von %1 nutzen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The applications of %1 fail the sovereignty gates</source>
        <translation>Die Anwendungen von %1 erfüllen die Souveränitätsschwellen nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applications of %1 score low on sovereignty (%2)</source>
        <translation>Die Anwendungen von %1 schneiden bei der Souveränität schwach ab (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the only application in use under %2, scores %3 of 100 on the Cloud Sovereignty Framework, %4 of it on known facts.</source>
        <translation>%1, die einzige genutzte Anwendung unter %2, erreicht %3 von 100 im Cloud Sovereignty Framework, %4 davon auf bekannten Angaben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 applications under %2 (%3) score %4 of 100 on the Cloud Sovereignty Framework, %5 of it on known facts.</source>
        <translation>%1 Anwendungen unter %2 (%3) erreichen %4 von 100 im Cloud Sovereignty Framework, %5 davon auf bekannten Angaben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Weakest: %1 at SEAL-%2.</source>
        <translation> Am schwächsten: %1 mit SEAL-%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (SEAL-%2, minimum %3)</source>
        <translation>%1 (SEAL-%2, Minimum %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> It fails the minimum levels set for tenders on %1.</source>
        <translation> Sie verfehlt die für Ausschreibungen festgelegten Mindeststufen bei %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> They fail the minimum levels set for tenders on %1.</source>
        <translation> Sie verfehlen die für Ausschreibungen festgelegten Mindeststufen bei %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It serves %1.</source>
        <translation> Sie unterstützt %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> They serve %1.</source>
        <translation> Sie unterstützen %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> It serves %1: %2.</source>
        <translation> Sie unterstützt %1: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> They serve %1: %2.</source>
        <translation> Sie unterstützen %1: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask %1 to remedy the failed objectives, with evidence for an assessment (seal.SOV-n), or plan the replacement of these services by ones that meet the gates.</source>
        <translation>Fordern Sie %1 auf, die verfehlten Ziele mit Nachweisen für eine Bewertung (seal.SOV-n) zu beheben, oder planen Sie den Ersatz dieser Dienste durch solche, die die Schwellen erfüllen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the next procurement of these services set minimum SEAL levels per objective (at least SEAL-%1 on SOV-2 legal and SOV-3 data), and ask for offers under EU control. Assess SOV-7 and SOV-8 with the supplier: the model cannot derive them.</source>
        <translation>Legen Sie bei der nächsten Beschaffung dieser Dienste Mindest-SEAL-Stufen je Ziel fest (mindestens SEAL-%1 bei SOV-2 rechtlich und SOV-3 Daten) und fordern Sie Angebote unter EU-Kontrolle an. Bewerten Sie SOV-7 und SOV-8 gemeinsam mit dem Lieferanten: Das Modell kann sie nicht ableiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sovereignty requirements for the services of %1</source>
        <translation>Souveränitätsanforderungen für die Dienste von %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (controlled from %2)</source>
        <translation>%1 (kontrolliert aus %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 depends on a company controlled from outside the EU</source>
        <translation>%1 hängt von einem Unternehmen ab, das von außerhalb der EU kontrolliert wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is supplied by %2, controlled from the EU, but its chain is not: it relies on %3. It serves %4.</source>
        <translation>%1 wird von %2 geliefert (aus der EU kontrolliert), die Lieferkette jedoch nicht: Sie stützt sich auf %3. Die Anwendung unterstützt %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subcontracting terms for %1</source>
        <translation>Bedingungen für Unterauftragsvergabe für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require %1 to disclose its subcontractors and host operators and to ask consent before relying on companies controlled from outside the EU, and agree an EU-controlled fallback for %2.</source>
        <translation>Verpflichten Sie %1, seine Unterauftragnehmer und Host-Betreiber offenzulegen und um Zustimmung zu bitten, bevor Unternehmen eingesetzt werden, die von außerhalb der EU kontrolliert werden, und vereinbaren Sie eine EU-kontrollierte Ausweichlösung für %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 important fact is missing or doubtful</source>
        <translation>1 wichtige Angabe fehlt oder ist zweifelhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 important facts are missing or doubtful</source>
        <translation>%1 wichtige Angaben fehlen oder sind zweifelhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 facts are missing, out of date or doubtful; %2 of them weigh %3 or more (criticality x weight). The most important concern %4.</source>
        <translation>%1 Angaben fehlen, sind veraltet oder zweifelhaft; %2 davon wiegen %3 oder mehr (Kritikalität x Gewicht). Die wichtigsten betreffen %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> %1 more nodes have important gaps.</source>
        <translation> Bei %1 weiteren Knoten fehlen wichtige Angaben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Lock-in rests for %1 on known facts, sovereignty for %2.</source>
        <translation> Lock-in beruht zu %1 auf bekannten Angaben, Souveränität zu %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the suppliers and the contract owners for the missing facts, starting with the most important: %1. Record where each fact comes from (&lt;attribute&gt;.source) and when it was established (&lt;attribute&gt;.as_of).</source>
        <translation>Fragen Sie die Lieferanten und die Vertragsverantwortlichen nach den fehlenden Angaben, beginnend mit den wichtigsten: %1. Erfassen Sie, woher jede Angabe stammt (&lt;attribute&gt;.source) und wann sie ermittelt wurde (&lt;attribute&gt;.as_of).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Scenario %1: %2 not back in time</source>
        <translation>Szenario %1: %2 nicht rechtzeitig wieder verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In scenario %1 (%2 simulated), 1 capability goes down.</source>
        <translation>In Szenario %1 (%2 simuliert) fällt 1 Geschäftsfunktion aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scenario %1 (%2 simulated), %3 capabilities go down.</source>
        <translation>In Szenario %1 (%2 simuliert) fallen %3 Geschäftsfunktionen aus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> No way back for %1</source>
        <translation> Kein Weg zurück für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: switching applications does not bring them back.</source>
        <translation>: Ein Wechsel der Anwendungen bringt sie nicht zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: there is no usable alternative for %1.</source>
        <translation>: Es gibt keine brauchbare Alternative für %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (down for %2, maximum tolerable downtime %3)</source>
        <translation>%1 (ausgefallen für %2, maximal tolerierbare Ausfallzeit %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Back only after their maximum tolerable downtime: %1.</source>
        <translation> Erst nach ihrer maximal tolerierbaren Ausfallzeit wieder verfügbar: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record and contract an alternative for %1, which has none that survives the scenario.</source>
        <translation>Erfassen Sie eine Alternative für %1 und sichern Sie sie vertraglich ab; bisher übersteht keine das Szenario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record and contract alternatives for %1, which have none that survives the scenario.</source>
        <translation>Erfassen Sie Alternativen für %1 und sichern Sie sie vertraglich ab; bisher übersteht keine das Szenario.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 zu %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare the switches so that they can start at once - alternative contracted, data exported, migration tested: %1. Where even a prepared switch is longer than the maximum tolerable downtime, keep a stand-by ready.</source>
        <translation>Bereiten Sie die Wechsel so vor, dass sie sofort beginnen können - Alternative vertraglich gesichert, Daten exportiert, Migration getestet: %1. Wo selbst ein vorbereiteter Wechsel länger dauert als die maximal tolerierbare Ausfallzeit, halten Sie eine Bereitschaftslösung vor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work out with the owners of %1 how they would keep working without the failed services.</source>
        <translation>Klären Sie mit den Verantwortlichen von %1, wie sie ohne die ausgefallenen Dienste weiterarbeiten würden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prepare the exit for scenario %1</source>
        <translation>Den Ausstieg für Szenario %1 vorbereiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Switching %1 to %2 saves %3 in scenario %4</source>
        <translation>Der Wechsel von %1 zu %2 spart %3 in Szenario %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the price of %1 rises as in scenario %2, switching to %3 from month %4 saves %5 over the rest of the %6: staying costs %7, switching %8</source>
        <translation>Steigt der Preis von %1 wie in Szenario %2, spart ein Wechsel zu %3 ab Monat %4 %5 über den verbleibenden Zeitraum (%6): Bleiben kostet %7, Wechseln %8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, including %1 for the switch itself (%2).</source>
        <translation>, davon %1 für den Wechsel selbst (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work out a business case for moving from %1 to %2 now, before the price rise takes effect; confirm the switch time and cost with the alternative&apos;s supplier.</source>
        <translation>Erarbeiten Sie jetzt, bevor die Preiserhöhung wirksam wird, einen Business Case für den Wechsel von %1 zu %2; lassen Sie sich Wechseldauer und -kosten vom Lieferanten der Alternative bestätigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> The contract end (%1) is the natural moment to switch.</source>
        <translation> Das Vertragsende (%1) ist der natürliche Zeitpunkt für den Wechsel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consider switching %1 to %2</source>
        <translation>Einen Wechsel von %1 zu %2 erwägen</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Cut-off by countries outside the EU</source>
        <translation>Abschaltung durch Staaten außerhalb der EU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single points of failure</source>
        <translation>Single Points of Failure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redundancy with a common cause</source>
        <translation>Redundanz mit gemeinsamer Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit scenarios</source>
        <translation>Ausstiegsszenarien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock-in</source>
        <translation>Lock-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sovereignty</source>
        <translation>Souveränität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 vital capabilities have a single point of failure; %3 of all %4 capabilities have none.</source>
        <translation>%1 von %2 lebenswichtigen Geschäftsfunktionen haben einen Single Point of Failure; %3 von allen %4 Geschäftsfunktionen haben keinen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No country outside the EU can cut off a vital capability on its own.</source>
        <translation>Kein Staat außerhalb der EU kann allein eine lebenswichtige Geschäftsfunktion abschalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can cut off vital capabilities on their own; %2 alone can cut off %3.</source>
        <translation>%1 können allein lebenswichtige Geschäftsfunktionen abschalten; %2 allein kann %3 abschalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 applications in use have a lock-in of %3 or more.</source>
        <translation>%1 von %2 genutzten Anwendungen haben einen Lock-in von %3 oder mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of the criticality-weighted dependence rests on parent companies outside the EU.</source>
        <translation>%1 der nach Kritikalität gewichteten Abhängigkeit beruht auf Muttergesellschaften außerhalb der EU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applications in use score %1 of 100 on sovereignty on average.</source>
        <translation>Die genutzten Anwendungen erreichen bei der Souveränität im Durchschnitt %1 von 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fail the SEAL gates.</source>
        <translation>%1 erfüllen die SEAL-Schwellen nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock-in rests for %1 on known facts, sovereignty for %2; %3 important facts are missing or doubtful.</source>
        <translation>Lock-in beruht zu %1 auf bekannten Angaben, Souveränität zu %2; %3 wichtige Angaben fehlen oder sind zweifelhaft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1 of the %2 simulated scenarios a capability is not back within its maximum tolerable downtime.</source>
        <translation>In %1 der %2 simulierten Szenarien ist eine Geschäftsfunktion nicht innerhalb ihrer maximal tolerierbaren Ausfallzeit wieder verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 findings (%2 of severity 5, %3 of severity 4) lead to %4 recommendations.</source>
        <translation>%1 Befunde (%2 mit Schweregrad 5, %3 mit Schweregrad 4) führen zu %4 Empfehlungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most urgent findings</source>
        <translation>Dringlichste Befunde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>- %1 [%2; severity %3, breadth %4]</source>
        <translation>- %1 [%2; Schweregrad %3, Breite %4]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    %1 (priority %2): %3</source>
        <translation>    %1 (Priorität %2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    When: %1</source>
        <translation>    Wann: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Why: %1</source>
        <translation>    Warum: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Source: %1</source>
        <translation>    Quelle: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/reportcontent.cpp" line="+127"/>
        <source>vital</source>
        <translation>lebenswichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Severity %1 of 5 (%2)</source>
        <translation>Schweregrad %1 von 5 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priority 1: act now</source>
        <translation>Priorität 1: jetzt handeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority 2: plan it</source>
        <translation>Priorität 2: einplanen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority 3: consider it</source>
        <translation>Priorität 3: erwägen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>1 more row not shown; the model holds it.</source>
        <translation>1 weitere Zeile nicht angezeigt; das Modell enthält sie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 more rows not shown; the model holds them all.</source>
        <translation>%1 weitere Zeilen nicht angezeigt; das Modell enthält sie alle.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(and the same for 1 more capability)</source>
        <translation>(und dasselbe für 1 weitere Geschäftsfunktion)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(and the same for %1 more capabilities)</source>
        <translation>(und dasselbe für %1 weitere Geschäftsfunktionen)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>As for rule %1 above (appendix A).</source>
        <translation>Wie bei Regel %1 oben (Anhang A).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sovereignty report</source>
        <translation>Souveränitätsbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital dependencies, single points of failure and exit options</source>
        <translation>Digitale Abhängigkeiten, Single Points of Failure und Ausstiegsoptionen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure %1</source>
        <translation>Abbildung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+702"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="-701"/>
        <location line="+802"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="-801"/>
        <location line="+801"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-800"/>
        <source>Why it fails</source>
        <translation>Warum sie ausfällt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with Antrum %1 from the model “%2”.</source>
        <translation>Erstellt mit Antrum %1 aus dem Modell „%2“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This report maps the digital dependencies of %1: %2, %3, %4, %5 and %6, as recorded in the model on %7. It shows where a single supplier, parent company or foreign law can stop work the organisation cannot do without, how hard it would be to leave, and what to do about it.</source>
        <translation>Dieser Bericht erfasst die digitalen Abhängigkeiten von %1: %2, %3, %4, %5 und %6, wie im Modell zum %7 erfasst. Er zeigt, wo ein einzelner Lieferant, eine Muttergesellschaft oder ein ausländisches Gesetz Arbeit stoppen kann, auf die die Organisation nicht verzichten kann, wie schwer ein Ausstieg wäre und was dagegen zu tun ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 supplier</source>
        <translation>1 Lieferant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 suppliers</source>
        <translation>%1 Lieferanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 host</source>
        <translation>1 Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hosts</source>
        <translation>%1 Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 jurisdiction</source>
        <translation>1 Rechtsraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jurisdictions</source>
        <translation>%1 Rechtsräume</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The most urgent findings</source>
        <translation>Die dringlichsten Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The analysis found nothing that needs attention.</source>
        <translation>Die Analyse hat nichts gefunden, das Aufmerksamkeit erfordert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranked by how severe they are times how many capabilities they can stop. Chapter 3 explains each finding; chapter 6 lists every recommendation.</source>
        <translation>Geordnet nach Schweregrad mal Anzahl der Geschäftsfunktionen, die sie stoppen können. Kapitel 3 erläutert jeden Befund; Kapitel 6 führt alle Empfehlungen auf.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+301"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>What to do first</source>
        <translation>Was zuerst zu tun ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recommendation needs action now; chapter 6 lists what to plan and consider.</source>
        <translation>Keine Empfehlung erfordert sofortiges Handeln; Kapitel 6 führt auf, was einzuplanen und zu erwägen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One recommendation has priority 1 (a vital capability at stake or a deadline within six months):</source>
        <translation>Eine Empfehlung hat Priorität 1 (eine lebenswichtige Geschäftsfunktion steht auf dem Spiel oder eine Frist endet innerhalb von sechs Monaten):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 recommendations have priority 1 (a vital capability at stake or a deadline within six months):</source>
        <translation>%1 Empfehlungen haben Priorität 1 (eine lebenswichtige Geschäftsfunktion steht auf dem Spiel oder eine Frist endet innerhalb von sechs Monaten):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>And %1 more in chapter 6.</source>
        <translation>Und %1 weitere in Kapitel 6.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In figures</source>
        <translation>In Zahlen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How this analysis works</source>
        <translation>Wie diese Analyse funktioniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrum describes the organisation as a graph. Capabilities (what the organisation must be able to do) require applications; applications are provided by suppliers and hosted on hosts; suppliers belong to parent companies, hire subcontractors and are incorporated in jurisdictions; hosts are operated by suppliers and located in jurisdictions. Redundancy is recorded explicitly, as a group of alternatives of which k out of n suffice.</source>
        <translation>Antrum beschreibt die Organisation als Graphen. Geschäftsfunktionen (was die Organisation können muss) benötigen Anwendungen; Anwendungen werden von Lieferanten bereitgestellt und auf Hosts betrieben; Lieferanten gehören zu Muttergesellschaften, beauftragen Unterauftragnehmer und haben ihren Sitz in Rechtsräumen; Hosts werden von Lieferanten betrieben und befinden sich in Rechtsräumen. Redundanz wird ausdrücklich erfasst, als Gruppe von Alternativen, von denen k aus n genügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A node is a single point of failure of a capability when its failure alone stops the capability. Failure follows every dependency, ownership and law included: a parent company that goes bankrupt, or a jurisdiction that cuts off service, takes everything under it along. A minimal cut set of order 2 is a pair of nodes that together stop a capability though neither does alone. When both lie under one parent company or one law, that company or law is a common cause that makes the redundancy only apparent.</source>
        <translation>Ein Knoten ist ein Single Point of Failure einer Geschäftsfunktion, wenn sein Ausfall allein die Geschäftsfunktion stoppt. Ein Ausfall folgt jeder Abhängigkeit, Eigentum und Recht eingeschlossen: Eine Muttergesellschaft, die insolvent wird, oder ein Rechtsraum, der den Dienst abschaltet, reißt alles mit, was darunter liegt. Eine minimale Schnittmenge der Ordnung 2 ist ein Paar von Knoten, die zusammen eine Geschäftsfunktion stoppen, obwohl keiner es allein tut. Liegen beide unter einer Muttergesellschaft oder einem Gesetz, ist dieses Unternehmen oder Gesetz eine gemeinsame Ursache, die die Redundanz nur scheinbar macht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The laws of a jurisdiction reach a capability when they apply to a supplier, parent company or host it depends on (legal reach). A jurisdiction can cut a capability off when stopping everything under its law stops the capability (cut-off exposure). Jurisdictions outside the EU that are not the organisation&apos;s own are foreign.</source>
        <translation>Die Gesetze eines Rechtsraums erreichen eine Geschäftsfunktion, wenn sie für einen Lieferanten, eine Muttergesellschaft oder einen Host gelten, von dem sie abhängt (rechtliche Reichweite). Ein Rechtsraum kann eine Geschäftsfunktion abschalten, wenn das Stoppen von allem unter seinem Recht die Geschäftsfunktion stoppt (Abschaltrisiko). Rechtsräume außerhalb der EU, die nicht der eigene der Organisation sind, gelten als ausländisch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock-in is scored from 0 to 100 on eleven factors, such as data portability, open standards, licence, exit clause and notice period, each with a documented weight. A factor without data counts at its worst, as in a tender; every score says how much of it rests on known facts. Concentration is measured with the Herfindahl–Hirschman index (HHI, 0 to 10,000) over parent companies, their countries and host operators, weighted by criticality or by annual cost: above %1 is moderate and above %2 high, the bands of the European Commission&apos;s merger guidelines (2004/C 31/03).</source>
        <translation>Lock-in wird anhand von elf Faktoren wie Datenportabilität, offenen Standards, Lizenz, Ausstiegsklausel und Kündigungsfrist von 0 bis 100 bewertet, jeder mit einem dokumentierten Gewicht. Ein Faktor ohne Daten zählt wie bei einer Ausschreibung im ungünstigsten Fall; jeder Wert gibt an, wie viel davon auf bekannten Angaben beruht. Die Konzentration wird mit dem Herfindahl-Hirschman-Index (HHI, 0 bis 10.000) über Muttergesellschaften, ihre Länder und Host-Betreiber gemessen, gewichtet nach Kritikalität oder nach jährlichen Kosten: über %1 ist sie mäßig und über %2 hoch, entsprechend den Bereichen der Leitlinien der Europäischen Kommission zur Bewertung horizontaler Zusammenschlüsse (2004/C 31/03).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sovereignty profile rates each application on the eight objectives of the EU Cloud Sovereignty Framework (SOV-1 to SOV-8) at SEAL levels 0 to 4; what is unknown counts as level 0. Exit scenarios (sanctions, price shocks, faulty updates, bankruptcies) are simulated month by month with the alternatives, switching times and costs recorded in the model. Each recommendation follows from one finding by one of the documented rules of appendix A.</source>
        <translation>Das Souveränitätsprofil bewertet jede Anwendung anhand der acht Ziele des EU Cloud Sovereignty Framework (SOV-1 bis SOV-8) auf den SEAL-Stufen 0 bis 4; was unbekannt ist, zählt als Stufe 0. Ausstiegsszenarien (Sanktionen, Preisschocks, fehlerhafte Updates, Insolvenzen) werden Monat für Monat mit den im Modell erfassten Alternativen, Wechselzeiten und -kosten simuliert. Jede Empfehlung ergibt sich aus einem Befund nach einer der dokumentierten Regeln in Anhang A.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference date %1; facts older than %2 months count as out of date. The full methodology, with every formula, weight and source, is in docs/methodology.md, and the rules behind the recommendations in docs/recommendations.md; both come with Antrum. The findings are only as good as the model: chapter 3.7 says how much of it is known.</source>
        <translation>Stichtag %1; Angaben, die älter als %2 Monate sind, gelten als veraltet. Die vollständige Methodik mit jeder Formel, jedem Gewicht und jeder Quelle steht in docs/methodology.md, die Regeln hinter den Empfehlungen in docs/recommendations.md; beide werden mit Antrum ausgeliefert. Die Befunde sind nur so gut wie das Modell: Kapitel 3.7 zeigt, wie viel davon bekannt ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No finding in this area.</source>
        <translation>Kein Befund in diesem Bereich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Further findings in this area</source>
        <translation>Weitere Befunde in diesem Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+560"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location line="-540"/>
        <source>The %1 most urgent findings of this area are given above in full; the other %2 follow in short. Chapter 6 lists every recommendation.</source>
        <translation>Die %1 dringlichsten Befunde dieses Bereichs stehen oben vollständig; die übrigen %2 folgen in Kurzform. Kapitel 6 führt alle Empfehlungen auf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Single points of failure per capability</source>
        <translation>Single Points of Failure je Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <location line="+325"/>
        <location line="+158"/>
        <source>Capability</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="-557"/>
        <location line="+74"/>
        <location line="+148"/>
        <location line="+177"/>
        <location line="+158"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="-557"/>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Single points of failure</source>
        <translation>Single Points of Failure</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2 have at least one single point of failure; of the %3 vital ones, %4 do. A single point of failure may be an application, a supplier or its parent company, a host or a jurisdiction.</source>
        <translation>%1 von %2 haben mindestens einen Single Point of Failure; von den %3 lebenswichtigen sind es %4. Ein Single Point of Failure kann eine Anwendung sein, ein Lieferant oder seine Muttergesellschaft, ein Host oder ein Rechtsraum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Single points of failure ranked by what they stop (capabilities, by criticality)</source>
        <translation>Single Points of Failure, geordnet nach dem, was sie stoppen (Geschäftsfunktionen, nach Kritikalität)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What %1 depends on; its single points of failure are outlined in red</source>
        <translation>Wovon %1 abhängt; ihre Single Points of Failure sind rot umrandet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pairs that stop a capability together (minimal cut sets of order 2)</source>
        <translation>Paare, die gemeinsam eine Geschäftsfunktion stoppen (minimale Schnittmengen der Ordnung 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example</source>
        <translation>Zum Beispiel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pairs of nodes that stop a capability together although neither does alone: %1 in all, for %2. Where both lie under one parent company, one host operator or one law, the redundancy is only apparent; the findings below name those common causes.</source>
        <translation>Paare von Knoten, die zusammen eine Geschäftsfunktion stoppen, obwohl keiner es allein tut: insgesamt %1, für %2. Wo beide unter einer Muttergesellschaft, einem Host-Betreiber oder einem Gesetz liegen, ist die Redundanz nur scheinbar; die Befunde unten nennen diese gemeinsamen Ursachen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 pair</source>
        <translation>1 Paar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pairs</source>
        <translation>%1 Paare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capabilities each jurisdiction can cut off on its own, and those its laws reach, by criticality</source>
        <translation>Geschäftsfunktionen, die jeder Rechtsraum allein abschalten kann, und solche, die seine Gesetze erreichen, nach Kritikalität</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exposure per jurisdiction</source>
        <translation>Exposition je Rechtsraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+495"/>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <location line="-495"/>
        <location line="+495"/>
        <source>Position</source>
        <translation>Stellung</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Can cut off</source>
        <translation>Kann abschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of which vital</source>
        <translation>Davon lebenswichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laws reach</source>
        <translation>Gesetze erreichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+494"/>
        <source>Laws with reach abroad</source>
        <translation>Gesetze mit Wirkung im Ausland</translation>
    </message>
    <message>
        <location line="-459"/>
        <location line="+465"/>
        <source>home</source>
        <translation>Inland</translation>
    </message>
    <message>
        <location line="-465"/>
        <location line="+465"/>
        <source>outside the EU</source>
        <translation>außerhalb der EU</translation>
    </message>
    <message>
        <location line="-465"/>
        <location line="+465"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>No jurisdiction outside the EU can cut off a capability on its own. Legal reach is wider than cut-off: a law can demand access to data without stopping the service.</source>
        <translation>Kein Rechtsraum außerhalb der EU kann allein eine Geschäftsfunktion abschalten. Die rechtliche Reichweite ist größer als die Abschaltung: Ein Gesetz kann Zugriff auf Daten verlangen, ohne den Dienst zu stoppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurisdictions outside the EU that can cut off at least one capability on their own: %1. Legal reach is wider than cut-off: a law can demand access to data without stopping the service.</source>
        <translation>Rechtsräume außerhalb der EU, die allein mindestens eine Geschäftsfunktion abschalten können: %1. Die rechtliche Reichweite ist größer als die Abschaltung: Ein Gesetz kann Zugriff auf Daten verlangen, ohne den Dienst zu stoppen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Concentration indices</source>
        <translation>Konzentrationsindizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted by</source>
        <translation>Gewichtet nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Größter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three largest</source>
        <translation>Drei größte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not attributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The HHI adds up the squared shares (in percent) of each parent company, country or host operator: 10,000 means everything under one, below %1 counts as low. The weight that could not be attributed for lack of facts is left out of the shares and shown apart.</source>
        <translation>Der HHI summiert die quadrierten Anteile (in Prozent) jeder Muttergesellschaft, jedes Landes oder Host-Betreibers: 10.000 bedeutet, dass alles unter einem steht, unter %1 gilt als niedrig. Das Gewicht, das mangels Angaben nicht zugeordnet werden konnte, bleibt bei den Anteilen außen vor und wird gesondert ausgewiesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shares by %1, weighted by criticality (percent)</source>
        <translation>Anteile nach %1, gewichtet nach Kritikalität (Prozent)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock-in per capability by factor (0–100; grey: unknown, counted at its worst)</source>
        <translation>Lock-in je Geschäftsfunktion nach Faktor (0–100; grau: unbekannt, im ungünstigsten Fall gezählt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications by lock-in</source>
        <translation>Anwendungen nach Lock-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+293"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="-348"/>
        <location line="+63"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>At best</source>
        <translation>Bestenfalls</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+63"/>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Weighs most</source>
        <translation>Wiegt am meisten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nothing known</source>
        <translation>nichts bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 points)</source>
        <translation>%1 (%2 Punkte)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 in use score %3 or more (high lock-in). A score counts unknown factors at their worst; “at best” counts them at their best, and the distance between the two is what better data would settle.</source>
        <translation>%1 von %2 genutzten erreichen %3 oder mehr (hoher Lock-in). Ein Wert zählt unbekannte Faktoren im ungünstigsten Fall; „bestenfalls“ zählt sie im günstigsten, und der Abstand zwischen beiden ist das, was bessere Daten klären würden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sovereignty profile per application (SEAL level 0–4 per objective; ? unknown)</source>
        <translation>Souveränitätsprofil je Anwendung (SEAL-Stufe 0–4 je Ziel; ? unbekannt)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 in use score below %3 of 100. The objectives: %4.</source>
        <translation>%1 von %2 genutzten erreichen weniger als %3 von 100. Die Ziele: %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Of what the scores need, %1 is known for lock-in, %2 for the sovereignty profile and %3 for concentration (weighted by criticality). The gaps below matter most, because the scores they feed belong to the most critical capabilities.</source>
        <translation>Von dem, was die Werte benötigen, ist für den Lock-in %1 bekannt, für das Souveränitätsprofil %2 und für die Konzentration %3 (gewichtet nach Kritikalität). Die Lücken unten wiegen am schwersten, weil die Werte, in die sie eingehen, zu den kritischsten Geschäftsfunktionen gehören.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The most important gaps in the data</source>
        <translation>Die wichtigsten Lücken in den Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feeds</source>
        <translation>Wirkt auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importance</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of date</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doubtful</source>
        <translation>zweifelhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The findings are grouped by area. Each says what it concerns and how severe it is (5: it can stop a vital capability). Where a chain of dependencies explains it, the chain is shown. The recommendations derived from a finding follow it.</source>
        <translation>Die Befunde sind nach Bereichen gruppiert. Jeder gibt an, was er betrifft und wie schwer er wiegt (5: er kann eine lebenswichtige Geschäftsfunktion stoppen). Wo eine Kette von Abhängigkeiten ihn erklärt, wird die Kette gezeigt. Die aus einem Befund abgeleiteten Empfehlungen folgen darauf.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exit scenarios</source>
        <translation>Ausstiegsszenarien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model holds no exit scenarios. Antrum&apos;s library (sanctions, price shock, faulty update, bankruptcy, ransomware, cloud-region outage) adds them in a few clicks.</source>
        <translation>Das Modell enthält keine Ausstiegsszenarien. Die Bibliothek von Antrum (Sanktionen, Preisschock, fehlerhaftes Update, Insolvenz, Ransomware, Ausfall einer Cloud-Region) fügt sie mit wenigen Klicks hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each scenario is simulated month by month: what fails, which capabilities go down, whether the recorded alternatives bring them back within their maximum tolerable downtime, and what it costs.</source>
        <translation>Jedes Szenario wird Monat für Monat simuliert: was ausfällt, welche Geschäftsfunktionen ausfallen, ob die erfassten Alternativen sie innerhalb ihrer maximal tolerierbaren Ausfallzeit zurückbringen und was es kostet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capabilities that go down in “%1”</source>
        <translation>Geschäftsfunktionen, die in „%1“ ausfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down from month</source>
        <translation>Ausfall ab Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back in month</source>
        <translation>Zurück in Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down for</source>
        <translation>Ausfalldauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tolerable</source>
        <translation>Tolerierbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Way back</source>
        <translation>Weg zurück</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not within %1</source>
        <translation>nicht innerhalb von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated over %1. Capabilities that go down: %2, of which %3 beyond their tolerable downtime and %4 without a way back. Cost over the period: %5, including %6 of one-off switching costs, against %7 without the scenario.</source>
        <translation>Simuliert über %1. Geschäftsfunktionen, die ausfallen: %2, davon %3 länger als ihre tolerierbare Ausfallzeit und %4 ohne Weg zurück. Kosten über den Zeitraum: %5, davon %6 einmalige Wechselkosten, gegenüber %7 ohne das Szenario.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Other scenario findings</source>
        <translation>Weitere Befunde aus Szenarien</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Procurement options</source>
        <translation>Beschaffungsoptionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model describes no procurement options. An option is a set of changes (an application replaced, a supplier added); Antrum analyses each as a variant of today&apos;s landscape and sets them side by side.</source>
        <translation>Das Modell beschreibt keine Beschaffungsoptionen. Eine Option ist eine Menge von Änderungen (eine ersetzte Anwendung, ein zusätzlicher Lieferant); Antrum analysiert jede als Variante der heutigen Landschaft und stellt sie nebeneinander.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each option is analysed as a variant of today&apos;s landscape with the same methods and settings. ▲ marks a figure that gets better than today, ▼ one that gets worse.</source>
        <translation>Jede Option wird als Variante der heutigen Landschaft mit denselben Methoden und Einstellungen analysiert. ▲ kennzeichnet eine Kennzahl, die besser wird als heute, ▼ eine, die schlechter wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Today and the options compared</source>
        <translation>Heute und die Optionen im Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>n/a</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every recommendation follows from one finding by a documented rule (appendix A). Priority 1: act now (a vital capability at stake, or a deadline within six months); priority 2: plan it; priority 3: consider it. Chapter 3 gives each one in full under its finding.</source>
        <translation>Jede Empfehlung ergibt sich aus einem Befund nach einer dokumentierten Regel (Anhang A). Priorität 1: jetzt handeln (eine lebenswichtige Geschäftsfunktion steht auf dem Spiel oder eine Frist endet innerhalb von sechs Monaten); Priorität 2: einplanen; Priorität 3: erwägen. Kapitel 3 gibt jede vollständig unter ihrem Befund wieder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The findings call for no recommendation.</source>
        <translation>Die Befunde erfordern keine Empfehlung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All recommendations by priority</source>
        <translation>Alle Empfehlungen nach Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Because of</source>
        <translation>Aufgrund von</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+101"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Capabilities</source>
        <translation>Geschäftsfunktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerable downtime</source>
        <translation>Tolerierbare Ausfallzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Hosted on</source>
        <translation>Gehostet auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annual cost</source>
        <translation>Jährliche Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock-in</source>
        <translation>Lock-in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (alternative)</source>
        <translation>%1 (Alternative)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent company</source>
        <translation>Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ultimately owned by</source>
        <translation>Letztlich im Eigentum von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seat</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operated by</source>
        <translation>Betrieben von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Located in</source>
        <translation>Standort in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jurisdictions</source>
        <translation>Rechtsräume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A. The rules behind the recommendations</source>
        <translation>A. Die Regeln hinter den Empfehlungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules R1–R11</source>
        <translation>Regeln R1–R11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommends</source>
        <translation>Empfiehlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>B. The inventory</source>
        <translation>B. Das Inventar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the model holds, by kind and name.</source>
        <translation>Alles, was das Modell enthält, nach Art und Name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C. About this report</source>
        <translation>C. Über diesen Bericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at least SEAL-%2</source>
        <translation>%1 mindestens SEAL-%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: “%1”, %2</source>
        <translation>Modell: „%1“, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 edge</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 edges</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference date: %1</source>
        <translation>Stichtag: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut sets computed up to order %1</source>
        <translation>Schnittmengen berechnet bis Ordnung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHI bands: moderate above %1, high above %2</source>
        <translation>HHI-Bereiche: mäßig über %1, hoch über %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SEAL gates set</source>
        <translation>Keine SEAL-Schwellen festgelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEAL gates: %1</source>
        <translation>SEAL-Schwellen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 recommendation</source>
        <translation>1 Empfehlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 recommendations</source>
        <translation>%1 Empfehlungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This report describes the model, not the world: where the model is silent or out of date, so is the report. It holds the organisation&apos;s map of its own weak points; share it accordingly.</source>
        <translation>Dieser Bericht beschreibt das Modell, nicht die Wirklichkeit: Wo das Modell schweigt oder veraltet ist, gilt das auch für den Bericht. Er enthält die Übersicht der Organisation über ihre eigenen Schwachstellen; geben Sie ihn entsprechend weiter.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../core/reportwords.cpp" line="+14"/>
        <source>€ %1</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 capability</source>
        <translation>1 Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 capabilities</source>
        <translation>%1 Geschäftsfunktionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 application</source>
        <translation>1 Anwendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 applications</source>
        <translation>%1 Anwendungen</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/reportwriter.cpp" line="+1077"/>
        <location line="+159"/>
        <location line="+3"/>
        <source>Writing the report was cancelled.</source>
        <translation>Das Schreiben des Berichts wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+133"/>
        <location line="+30"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: a page could not be added.</source>
        <translation>%1 kann nicht geschrieben werden: Eine Seite konnte nicht hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>ScenarioOutput</name>
    <message>
        <location filename="../core/scenariooutput.cpp" line="+29"/>
        <source>%1 fails</source>
        <translation>%1 fällt aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 becomes %2 times as expensive</source>
        <translation>%1 wird %2-mal so teuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is acquired by %2</source>
        <translation>%1 wird von %2 übernommen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fastest</source>
        <translation>schnellste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cheapest</source>
        <translation>günstigste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most sovereign</source>
        <translation>souveränste</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 → %2 (%3, %4)</source>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time unknown</source>
        <translation>Dauer unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Scenario %1 (%2): %3 months, ways back ranked %4

</source>
        <translation>Szenario %1 (%2): %3 Monate, Wege zurück: %4 zuerst

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline
</source>
        <translation>Zeitachse
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  month %1
</source>
        <translation>  Monat %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    %1 nodes fail
</source>
        <translation>    %1 Knoten fallen aus
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    down: %1
</source>
        <translation>    ausgefallen: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    switch begins: %1
</source>
        <translation>    Wechsel beginnt: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    back: %1
</source>
        <translation>    zurück: %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXCEEDED</source>
        <translation>ÜBERSCHRITTEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NO WAY BACK: %1</source>
        <translation>KEIN WEG ZURÜCK: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No capability goes down.
</source>
        <translation>Keine Geschäftsfunktion fällt aus.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities that go down, and the way back
</source>
        <translation>Geschäftsfunktionen, die ausfallen, und der Weg zurück
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MTD kept</source>
        <translation>MTD gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Way back</source>
        <translation>Weg zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept up by redundancy
</source>
        <translation>Durch Redundanz aufrechterhalten
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 (month %2) lost %3
</source>
        <translation>  %1 (Monat %2) verlor %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost over %1 months: %2 without the scenario, %3 with it (%4 more; switching %5).
</source>
        <translation>Kosten über %1 Monate: %2 ohne das Szenario, %3 mit ihm (%4 mehr; Wechsel %5).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 applications have no annual cost on record and are not counted.
</source>
        <translation>%1 Anwendungen haben keine erfassten jährlichen Kosten und werden nicht gezählt.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (switch time, switch cost or the alternative&apos;s annual cost missing)</source>
        <translation>unbekannt (Wechseldauer, Wechselkosten oder die jährlichen Kosten der Alternative fehlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switching saves %1</source>
        <translation>Wechsel spart %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staying is %1 cheaper</source>
        <translation>Bleiben ist %1 günstiger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ways out of the price rise (switching from the month the price rises, to the end of the horizon)
</source>
        <translation>Auswege aus der Preiserhöhung (Wechsel ab dem Monat der Preiserhöhung bis zum Ende des Horizonts)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staying</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal reach after the acquisitions
</source>
        <translation>Rechtliche Reichweite nach den Übernahmen
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2%3
</source>
        <translation>  %1: %2%3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comes into reach of %1</source>
        <translation>gerät in die Reichweite von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaves the reach of %1</source>
        <translation>verlässt die Reichweite von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty after the acquisitions
</source>
        <translation>Souveränität nach den Übernahmen
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: score %2 → %3, weakest SEAL %4 → %5
</source>
        <translation>  %1: Wert %2 → %3, schwächste SEAL %4 → %5
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Concentration after the acquisitions
</source>
        <translation>Konzentration nach den Übernahmen
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ultimate parent</source>
        <translation>oberste Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jurisdiction of the parent</source>
        <translation>Rechtsraum der Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host operator</source>
        <translation>Host-Betreiber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annual cost</source>
        <translation>jährliche Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  HHI by %1, weighted by %2: %3 → %4
</source>
        <translation>  HHI nach %1, gewichtet nach %2: %3 → %4
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
</context>
<context>
    <name>ScenarioTemplates</name>
    <message>
        <location filename="../core/scenariotemplate.cpp" line="+35"/>
        <source>jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capability</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the foreign jurisdiction whose laws reach the most capabilities (%1)</source>
        <translation>der ausländische Rechtsraum, dessen Gesetze die meisten Geschäftsfunktionen erreichen (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the supplier group controlled from outside the EU with the most applications (%1)</source>
        <translation>die von außerhalb der EU kontrollierte Lieferantengruppe mit den meisten Anwendungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supplier group with the most applications (%1)</source>
        <translation>die Lieferantengruppe mit den meisten Anwendungen (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the application the most capabilities need (%1)</source>
        <translation>die Anwendung, die die meisten Geschäftsfunktionen benötigen (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the host the most applications run on (%1)</source>
        <translation>der Host, auf dem die meisten Anwendungen laufen (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>kein JSON-Objekt (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>format must be &quot;antrum-scenario-template&quot;</source>
        <translation>format muss &quot;antrum-scenario-template&quot; sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version must be 1</source>
        <translation>version muss 1 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id is missing</source>
        <translation>id fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name needs at least an &quot;en&quot; text</source>
        <translation>name benötigt mindestens einen &quot;en&quot;-Text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a parameter has no name, or a name used twice</source>
        <translation>ein Parameter hat keinen Namen oder einen doppelt verwendeten Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameter %1: a number needs a number as default</source>
        <translation>Parameter %1: eine Zahl benötigt eine Zahl als Standardwert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parameter %1: &quot;%2&quot; is not a chooser for a %3</source>
        <translation>Parameter %1: &quot;%2&quot; ist keine Auswahlregel für %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter %1: unknown kind &quot;%2&quot;</source>
        <translation>Parameter %1: unbekannte Art &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>events are missing</source>
        <translation>events fehlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>unbekannter Ereignistyp &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;with&quot; must be &quot;subsidiaries&quot; or &quot;subcontractors&quot;</source>
        <translation>&quot;with&quot; muss &quot;subsidiaries&quot; oder &quot;subcontractors&quot; sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the template has no parameter &quot;%1&quot;</source>
        <translation>die Vorlage hat keinen Parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a number above 0, not &quot;%2&quot;</source>
        <translation>%1 muss eine Zahl über 0 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no node &quot;%2&quot; in the model</source>
        <translation>%1: kein Knoten &quot;%2&quot; im Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is of kind %3, not %4</source>
        <translation>%1: &quot;%2&quot; ist von der Art %3, nicht %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2 (given)</source>
        <translation>%1 = %2 (angegeben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = %2 (the template&apos;s default)</source>
        <translation>%1 = %2 (Standardwert der Vorlage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the model has no %2 to choose (%3); give one with %1=ID</source>
        <translation>%1: im Modell gibt es keine Auswahl für %2 (%3); geben Sie einen Wert mit %1=ID an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2 (chosen: %3)</source>
        <translation>%1 = %2 (gewählt: %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an event&apos;s month must be a number of 0 or more</source>
        <translation>der Monat eines Ereignisses muss eine Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a price event needs a factor above 0</source>
        <translation>ein Preisereignis benötigt einen Faktor über 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an acquisition needs a supplier of the model as the buyer, not &quot;%1&quot;</source>
        <translation>eine Übernahme benötigt einen Lieferanten des Modells als Käufer, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a price event needs a supplier, not &quot;%1&quot;</source>
        <translation>ein Preisereignis benötigt einen Lieferanten, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an acquisition needs a supplier to be bought, not &quot;%1&quot;</source>
        <translation>eine Übernahme benötigt einen zu kaufenden Lieferanten, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an event names &quot;%1&quot;, which is not in the model</source>
        <translation>ein Ereignis nennt &quot;%1&quot;, das nicht im Modell ist</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../core/scenariosimulation.cpp" line="+139"/>
        <source>an event names a node that is not in the model (%1) and is left out</source>
        <translation>ein Ereignis nennt einen Knoten, der nicht im Modell ist (%1), und wird ausgelassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a price event on %1 has no factor above 0 and is left out</source>
        <translation>ein Preisereignis für %1 hat keinen Faktor über 0 und wird ausgelassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an event on %1 before month 0 is taken as month 0</source>
        <translation>ein Ereignis für %1 vor Monat 0 wird als Monat 0 gewertet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>event at month %1 is beyond the horizon of %2 months and is left out</source>
        <translation>Ereignis in Monat %1 liegt jenseits des Horizonts von %2 Monaten und wird ausgelassen</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>every failed application it needs has an alternative, but switching does not bring it back: it depends on a failed node that no application switch replaces</source>
        <translation>jede ausgefallene Anwendung, die sie benötigt, hat eine Alternative, aber ein Wechsel bringt sie nicht zurück: sie hängt von einem ausgefallenen Knoten ab, den kein Anwendungswechsel ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable alternative for %1 (none recorded, or every one is hit too)</source>
        <translation>keine brauchbare Alternative für %1 (keine erfasst, oder jede ist ebenfalls betroffen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a switch has no known duration (switch_months missing): the recovery month is unknown</source>
        <translation>ein Wechsel hat keine bekannte Dauer (switch_months fehlt): der Monat der Wiederherstellung ist unbekannt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the switch ends after the horizon, in month %1</source>
        <translation>der Wechsel endet nach dem Horizont, in Monat %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 has no annual_cost: its running cost after the switch is not counted</source>
        <translation>%1 hat keine annual_cost: die laufenden Kosten nach dem Wechsel werden nicht gezählt</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 cannot acquire %2: it is owned by it</source>
        <translation>%1 kann %2 nicht übernehmen: Es gehört selbst diesem Unternehmen.</translation>
    </message>
</context>
<context>
    <name>antrum::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="+67"/>
        <source>E&amp;xport chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG picture or an SVG drawing (Ctrl+E)</source>
        <translation>Dieses Diagramm als PNG-Bild oder SVG-Zeichnung speichern (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2 (click to select)</source>
        <translation>%1: %2 (zum Auswählen klicken)</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+24"/>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+16"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Chart exported from Antrum</source>
        <translation>Aus Antrum exportiertes Diagramm</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>antrum::ComparisonTableModel</name>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="+182"/>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>n/a</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model totals</source>
        <translation>Modellsummen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Geschäftsfunktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurisdictions: capabilities each can cut off on its own</source>
        <translation>Rechtsräume: Geschäftsfunktionen, die jeder allein abschalten kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored scenarios</source>
        <translation>Gespeicherte Szenarien</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Baseline</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <comment>option letter: option name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the baseline</source>
        <translation>die Ausgangslage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The scenario names a node that this option removes, so it cannot be simulated here.</source>
        <translation>Das Szenario nennt einen Knoten, den diese Option entfernt, daher kann es hier nicht simuliert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The capability needs no application, so it has no lock-in score.</source>
        <translation>Die Geschäftsfunktion benötigt keine Anwendung und hat daher keinen Lock-in-Wert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the baseline: the options add it.</source>
        <translation>Nicht in der Ausgangslage: Die Optionen fügen es hinzu.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in this variant: the option removes it.</source>
        <translation>Nicht in dieser Variante: Die Option entfernt es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to measure in this column (no application in use, or no weight to attribute).</source>
        <translation>In dieser Spalte gibt es nichts zu messen (keine Anwendung in Nutzung oder kein Gewicht zuzuordnen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2: not applicable.
%3</source>
        <translation>%1 in %2: nicht anwendbar.
%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2: %3.</source>
        <translation>%1 in %2: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Higher is better.</source>
        <translation>Höher ist besser.</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+100"/>
        <source>Lower is better.</source>
        <translation>Niedriger ist besser.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The baseline has no value to compare with.</source>
        <translation>Die Ausgangslage hat keinen Vergleichswert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: %1.</source>
        <translation>Ausgangslage: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1: better than the baseline (%2)</source>
        <translation>Änderung %1: besser als die Ausgangslage (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1: worse than the baseline (%2)</source>
        <translation>Änderung %1: schlechter als die Ausgangslage (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same as the baseline.</source>
        <translation>Gleich wie die Ausgangslage.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Scenario %1: click to select the nodes it names</source>
        <translation>Szenario %1: klicken, um die genannten Knoten auszuwählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability %1: click to select it</source>
        <translation>Geschäftsfunktion %1: zum Auswählen klicken</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>, better</source>
        <translation>, besser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, worse</source>
        <translation>, schlechter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model as it is: %1 (%2 nodes, %3 edges)</source>
        <translation>Das Modell, wie es ist: %1 (%2 Knoten, %3 Verbindungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option %1 (%2; %3 nodes, %4 edges)</source>
        <translation>Option %1 (%2; %3 Knoten, %4 Verbindungen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenarios that cannot run on it: %1</source>
        <translation>Szenarien, die darauf nicht ausgeführt werden können: %1</translation>
    </message>
</context>
<context>
    <name>antrum::ComparisonView</name>
    <message>
        <location filename="../ui/comparisonview.cpp" line="+68"/>
        <source>&lt;b&gt;Options to compare with the baseline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Optionen zum Vergleich mit der Ausgangslage&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the options to compare; expand one to see what it changes.</source>
        <translation>Haken Sie die zu vergleichenden Optionen an; klappen Sie eine auf, um zu sehen, was sie ändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse the baseline and every ticked option alike, and set them side by side</source>
        <translation>Die Ausgangslage und jede angehakte Option gleich analysieren und nebeneinanderstellen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All sections</source>
        <translation>Alle Abschnitte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;only differences</source>
        <translation>&amp;Nur Unterschiede anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the rows in which every option equals the baseline</source>
        <translation>Die Zeilen ausblenden, in denen jede Option der Ausgangslage entspricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ rose  ▼ fell  ✓ better  ✗ worse than the baseline</source>
        <translation>▲ gestiegen  ▼ gefallen  ✓ besser  ✗ schlechter als die Ausgangslage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a change is better depends on the figure: fewer single points of failure is better, a higher sovereignty score is better. The tint repeats the ✓ and ✗.</source>
        <translation>Ob eine Änderung besser ist, hängt von der Kennzahl ab: Weniger Single Points of Failure sind besser, ein höherer Souveränitätswert ist besser. Die Färbung wiederholt ✓ und ✗.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Key figures</source>
        <translation>&amp;Kennzahlen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sovereignty &amp;profile</source>
        <translation>Souveränitäts&amp;profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option, capability, figure</source>
        <translation>Option, Geschäftsfunktion, Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+337"/>
        <source>Baseline</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Differences</source>
        <translation>&amp;Unterschiede</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No model is open.</source>
        <translation>Kein Modell ist geöffnet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This model has no procurement options to compare.
Options are change sets stored in the model (“options” in the model file): nodes and edges an option removes or adds.</source>
        <translation>Dieses Modell hat keine Beschaffungsoptionen zum Vergleichen.
Optionen sind im Modell gespeicherte Änderungssätze („options“ in der Modelldatei): Knoten und Verbindungen, die eine Option entfernt oder hinzufügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick one or more options on the left and press Compare to set them beside the baseline.</source>
        <translation>Haken Sie links eine oder mehrere Optionen an und klicken Sie auf Vergleichen, um sie neben die Ausgangslage zu stellen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>removes %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>adds %1</source>
        <translation>fügt %1 hinzu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>removes %n edge(s)</source>
        <translation>
            <numerusform>entfernt %n Verbindung</numerusform>
            <numerusform>entfernt %n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>adds %n edge(s)</source>
        <translation>
            <numerusform>fügt %n Verbindung hinzu</numerusform>
            <numerusform>fügt %n Verbindungen hinzu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes nothing</source>
        <translation>ändert nichts</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+147"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Tick at least one option to compare.</source>
        <translation>Haken Sie mindestens eine Option zum Vergleichen an.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Comparing %n option(s) with the baseline…</source>
        <translation>
            <numerusform>%n Option wird mit der Ausgangslage verglichen…</numerusform>
            <numerusform>%n Optionen werden mit der Ausgangslage verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The comparison failed.</source>
        <translation>Der Vergleich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The options could not be compared:</source>
        <translation>Die Optionen konnten nicht verglichen werden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the option in the model (an option must give a valid model), then compare again.</source>
        <translation>Korrigieren Sie die Option im Modell (eine Option muss ein gültiges Modell ergeben) und vergleichen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Compared %n option(s) with the baseline.</source>
        <translation>
            <numerusform>%n Option mit der Ausgangslage verglichen.</numerusform>
            <numerusform>%n Optionen mit der Ausgangslage verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The model has no stored scenarios.</source>
        <translation>Das Modell hat keine gespeicherten Szenarien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to compare.</source>
        <translation>Nichts zu vergleichen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+114"/>
        <location line="+128"/>
        <source>n/a</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thousand € over the scenario horizon</source>
        <translation>Tausend € über den Szenariohorizont</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thousand € per year</source>
        <translation>Tausend € pro Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>score (0–100)</source>
        <translation>Wert (0–100)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HHI (0–10,000; above 2,000 is high)</source>
        <translation>HHI (0–10.000; über 2.000 ist hoch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lower is better.</source>
        <translation>Niedriger ist besser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Higher is better.</source>
        <translation>Höher ist besser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: higher is better; the rest: lower.</source>
        <translation>%1: höher ist besser; der Rest: niedriger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Applications in use. </source>
        <translation>Genutzte Anwendungen. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bar where not applicable: %1.</source>
        <translation>Kein Balken, wo nicht anwendbar: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2: </source>
        <translation>%1 — %2: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better ✓</source>
        <translation>besser ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worse ✗</source>
        <translation>schlechter ✗</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Click to select %n node(s)</source>
        <translation>
            <numerusform>Klicken, um %n Knoten auszuwählen</numerusform>
            <numerusform>Klicken, um %n Knoten auszuwählen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No sovereignty profile to show.</source>
        <translation>Kein Souveränitätsprofil anzuzeigen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>% of the criticality weight</source>
        <translation>% des Kritikalitätsgewichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean SEAL level (0–4)</source>
        <translation>mittlere SEAL-Stufe (0–4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sovereignty profile: weight whose SEAL level is unknown</source>
        <translation>Souveränitätsprofil: Gewicht mit unbekannter SEAL-Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hatched: unknown. Applications weighed by criticality; assess them (seal.SOV-n) to fill the gaps.</source>
        <translation>Schraffiert: unbekannt. Anwendungen nach Kritikalität gewichtet; bewerten Sie sie (seal.SOV-n), um die Lücken zu füllen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sovereignty profile of the landscape: mean SEAL level per objective</source>
        <translation>Souveränitätsprofil der Landschaft: mittlere SEAL-Stufe je Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher is better. Criticality-weighted over the applications in use whose level is known.</source>
        <translation>Höher ist besser. Nach Kritikalität gewichtet über die genutzten Anwendungen, deren Stufe bekannt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bar: unknown for every application (%1).</source>
        <translation>Kein Balken: für jede Anwendung unbekannt (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean SEAL level of the known part: %1</source>
        <translation>Mittlere SEAL-Stufe des bekannten Teils: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean SEAL level: unknown (no application&apos;s level is known)</source>
        <translation>Mittlere SEAL-Stufe: unbekannt (von keiner Anwendung ist die Stufe bekannt)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unknown: %1 % of the weight (%n application(s))</source>
        <translation>
            <numerusform>Unbekannt: %1 % des Gewichts (%n Anwendung)</numerusform>
            <numerusform>Unbekannt: %1 % des Gewichts (%n Anwendungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Click to select the %n application(s)</source>
        <translation>
            <numerusform>Klicken, um die %n Anwendung auszuwählen</numerusform>
            <numerusform>Klicken, um die %n Anwendungen auszuwählen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Click to select %1</source>
        <translation>Klicken, um %1 auszuwählen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> ✓ better</source>
        <translation> ✓ besser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ✗ worse</source>
        <translation> ✗ schlechter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in this option</source>
        <translation>nicht in dieser Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new in this option</source>
        <translation>neu in dieser Option</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 — %n figure(s) better</source>
        <translation>
            <numerusform>%1 — %n Kennzahl besser</numerusform>
            <numerusform>%1 — %n Kennzahlen besser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n worse</source>
        <translation>
            <numerusform>, %n schlechter</numerusform>
            <numerusform>, %n schlechter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, in %n capability(ies)</source>
        <translation>
            <numerusform>, in %n Geschäftsfunktion</numerusform>
            <numerusform>, in %n Geschäftsfunktionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No capability figure changes.</source>
        <translation>Keine Kennzahl einer Geschäftsfunktion ändert sich.</translation>
    </message>
</context>
<context>
    <name>antrum::CsvImportWizard</name>
    <message>
        <location filename="../ui/csvimportwizard.cpp" line="+58"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Import a spreadsheet</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load column mapping…</source>
        <translation>Spaltenzuordnung &amp;laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve column mapping…</source>
        <translation>Spaltenzuordnung &amp;speichern…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the spreadsheet, saved as CSV, with one row per application, supplier or other node. A second sheet may list relations, one per row.</source>
        <translation>Wählen Sie die Tabelle, als CSV gespeichert, mit einer Zeile je Anwendung, Lieferant oder anderem Knoten. Eine zweite Tabelle kann Beziehungen auflisten, eine je Zeile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the spreadsheet</source>
        <translation>Tabelle öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the relations sheet</source>
        <translation>Beziehungstabelle öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Nodes sheet:</source>
        <translation>&amp;Knotentabelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relations sheet (optional):</source>
        <translation>&amp;Beziehungstabelle (optional):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns are guessed from the headers; you can correct them on the next page, or load a column mapping saved before.</source>
        <translation>Die Spalten werden aus den Spaltenüberschriften abgeleitet; Sie können sie auf der nächsten Seite korrigieren oder eine zuvor gespeicherte Spaltenzuordnung laden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preview of the spreadsheet</source>
        <translation>Vorschau der Tabelle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what each column means. A column can give the node&apos;s id, name or kind, become an attribute, or name another node the row is linked to, such as its supplier or host.</source>
        <translation>Geben Sie an, was jede Spalte bedeutet. Eine Spalte kann die ID, den Namen oder die Art des Knotens angeben, zu einem Attribut werden oder einen anderen Knoten nennen, mit dem die Zeile verknüpft ist, etwa ihren Lieferanten oder Host.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns of the spreadsheet</source>
        <translation>Spalten der Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use as</source>
        <translation>Verwenden als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute key</source>
        <translation>Attributschlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other node is a</source>
        <translation>Art des anderen Knotens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+56"/>
        <source>None: every row must have a kind</source>
        <translation>Keine: Jede Zeile muss eine Art haben</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Columns set to “ignore” become attributes, keyed by their header</source>
        <translation>Spalten auf „Ignorieren“ werden zu Attributen, mit ihrer Spaltenüberschrift als Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values of the kind column</source>
        <translation>Werte der Art-Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in the kind column</source>
        <translation>Wert in der Art-Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of node</source>
        <translation>Knotenart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model &amp;name:</source>
        <translation>Modell&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows &amp;without a kind are:</source>
        <translation>Zeilen &amp;ohne Art sind:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row of the relations sheet links two nodes, named by id or name: the first depends on the second.</source>
        <translation>Jede Zeile der Beziehungstabelle verknüpft zwei Knoten, angegeben per ID oder Name: Der erste hängt vom zweiten ab.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;From (depends):</source>
        <translation>&amp;Von (hängt ab):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (depended on):</source>
        <translation>&amp;Nach (wird benötigt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of relation:</source>
        <translation>&amp;Art der Beziehung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows without a kind &amp;are:</source>
        <translation>Zeilen ohne Art s&amp;ind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy &amp;group:</source>
        <translation>Redundanz&amp;gruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months to &amp;switch:</source>
        <translation>&amp;Monate für den Wechsel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost to switch:</source>
        <translation>&amp;Kosten für den Wechsel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the relations sheet</source>
        <translation>Vorschau der Beziehungstabelle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check and import</source>
        <translation>Prüfen und importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked. Nothing is imported while a row has an error, unless you choose to skip the rows named below.</source>
        <translation>Jede Zeile wird geprüft. Solange eine Zeile einen Fehler enthält, wird nichts importiert, es sei denn, Sie entscheiden sich, die unten genannten Zeilen zu überspringen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nodes that will be created</source>
        <translation>Knoten, die angelegt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes made for names no row defines</source>
        <translation>Knoten, angelegt für Namen, die keine Zeile definiert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+507"/>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-505"/>
        <source>“%1” is larger than %2 MiB; not a spreadsheet Antrum reads.</source>
        <translation>„%1“ ist größer als %2 MiB; das ist keine Tabelle, die Antrum liest.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” has no header row.</source>
        <translation>„%1“ hat keine Kopfzeile.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 columns, %3 rows, separated by “%4”.</source>
        <translation>%1: %2 Spalten, %3 Zeilen, getrennt durch „%4“.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criticality (1-5)</source>
        <translation>Kritikalität (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum downtime (hours)</source>
        <translation>Maximale Ausfallzeit (Stunden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure probability</source>
        <translation>Ausfallwahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redundancy groups</source>
        <translation>Redundanzgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to another node</source>
        <translation>Verknüpfung mit anderem Knoten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The row depends on it</source>
        <translation>Die Zeile hängt davon ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It depends on the row</source>
        <translation>Es hängt von der Zeile ab</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Use of column %1</source>
        <translation>Verwendung der Spalte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute key of column %1</source>
        <translation>Attributschlüssel der Spalte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of column %1</source>
        <translation>Typ der Spalte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of column %1</source>
        <translation>Verknüpfung der Spalte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of the node column %1 names</source>
        <translation>Art des Knotens, den Spalte %1 nennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction of the link of column %1</source>
        <translation>Richtung der Verknüpfung der Spalte %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No column gives the kind: every row is of the kind chosen above.</source>
        <translation>Keine Spalte gibt die Art an: Jede Zeile ist von der oben gewählten Art.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of column “%1” and the kind of node each stands for:</source>
        <translation>Die Werte der Spalte „%1“ und die Knotenart, für die jeder steht:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recognised: the row is an error</source>
        <translation>Nicht erkannt: Die Zeile ist ein Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of node for “%1”</source>
        <translation>Knotenart für „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>No problems: every row is valid.</source>
        <translation>Keine Probleme: Alle Zeilen sind gültig.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source>rows %1 of %2</source>
        <translation>Zeilen %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip the rows with errors (%1) and import the rest</source>
        <translation>Zeilen mit Fehlern (%1) &amp;überspringen und den Rest importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to import %1 nodes and %2 edges.</source>
        <translation>Bereit, %1 Knoten und %2 Verbindungen zu importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows with errors are left out.</source>
        <translation>%1 Zeilen mit Fehlern werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows have errors, listed below with their row and column. Correct the spreadsheet or the columns, or skip these rows.</source>
        <translation>%1 Zeilen enthalten Fehler, unten mit Zeile und Spalte aufgeführt. Korrigieren Sie die Tabelle oder die Spalten, oder überspringen Sie diese Zeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be imported: see the problems below.</source>
        <translation>Es kann nichts importiert werden; siehe die Probleme unten.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Column mapping “%1” loaded.</source>
        <translation>Spaltenzuordnung „%1“ geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mapping “%1” loaded; these columns are not in the spreadsheet and are left out: %2</source>
        <translation>Spaltenzuordnung „%1“ geladen; diese Spalten sind nicht in der Tabelle und werden ausgelassen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load a column mapping</source>
        <translation>Spaltenzuordnung laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Spaltenzuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot load the column mapping</source>
        <translation>Die Spaltenzuordnung kann nicht geladen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a column mapping Antrum can use.</source>
        <translation>„%1“ ist keine Spaltenzuordnung, die Antrum verwenden kann.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the column mapping</source>
        <translation>Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mappings (*.json)</source>
        <translation>Spaltenzuordnungen (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column mapping saved to “%1”; load it next time, or give it to antrum-cli import --mapping.</source>
        <translation>Spaltenzuordnung in „%1“ gespeichert; laden Sie sie beim nächsten Mal, oder übergeben Sie sie an antrum-cli import --mapping.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the column mapping</source>
        <translation>Die Spaltenzuordnung kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>antrum::Dashboard</name>
    <message>
        <location filename="../ui/dashboard.cpp" line="+79"/>
        <source>Close the list</source>
        <translation>Liste schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nodes behind the key figure</source>
        <translation>Knoten hinter der Kennzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;all in the browser</source>
        <translation>&amp;Alle im Modellbrowser auswählen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a model to see its analyses.</source>
        <translation>Öffnen Sie ein Modell, um seine Analysen zu sehen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Exposure</source>
        <translation>&amp;Exposition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ultimate parent</source>
        <translation>Oberste Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction of the parent</source>
        <translation>Rechtsraum der Muttergesellschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host operator</source>
        <translation>Host-Betreiber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual cost</source>
        <translation>Jährliche Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;By:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weighted by:</source>
        <translation>&amp;Gewichtet nach:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Concentration</source>
        <translation>&amp;Konzentration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock-in</source>
        <translation>&amp;Lock-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single &amp;points of failure</source>
        <translation>Single &amp;Points of Failure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier groups</source>
        <translation>Lieferantengruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles of:</source>
        <translation>Pro&amp;file von:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick rows to compare their profiles. SEAL 0 (no sovereignty) to 4 (full); ? = not known.</source>
        <translation>Haken Sie Zeilen an, um ihre Profile zu vergleichen. SEAL 0 (keine Souveränität) bis 4 (vollständig); ? = nicht bekannt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Sovereignty</source>
        <translation>&amp;Souveränität</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Trials:</source>
        <translation>&amp;Durchläufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run simulation</source>
        <translation>Simulation a&amp;usführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Monte Carlo</source>
        <translation>&amp;Monte Carlo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No jurisdiction reaches a capability: the model has no jurisdictions, or nothing depends on them.</source>
        <translation>Kein Rechtsraum erreicht eine Geschäftsfunktion: Das Modell hat keine Rechtsräume, oder nichts hängt von ihnen ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No capability needs an application, so there is no lock-in to show.</source>
        <translation>Keine Geschäftsfunktion benötigt eine Anwendung, daher gibt es keinen Lock-in anzuzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No node can stop a capability on its own: there is no single point of failure.</source>
        <translation>Kein Knoten kann allein eine Geschäftsfunktion stoppen: Es gibt keinen Single Point of Failure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each trial lets every node fail with its failure probability and propagates; the result is the share of trials in which each capability failed.</source>
        <translation>In jedem Durchlauf fällt jeder Knoten mit seiner Ausfallwahrscheinlichkeit aus, und der Ausfall pflanzt sich fort; das Ergebnis ist der Anteil der Durchläufe, in denen jede Geschäftsfunktion ausfiel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the simulation to see how likely each capability is to fail.</source>
        <translation>Führen Sie die Simulation aus, um zu sehen, wie wahrscheinlich der Ausfall jeder Geschäftsfunktion ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the simulation to see which nodes the failure probabilities rest on.</source>
        <translation>Führen Sie die Simulation aus, um zu sehen, auf welchen Knoten die Ausfallwahrscheinlichkeiten beruhen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 — click to list them</source>
        <translation>%1 — klicken für die Liste</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>No application in use has what this weighting needs (a criticality or an annual cost) and a known %1.</source>
        <translation>Keine genutzte Anwendung hat, was diese Gewichtung benötigt (eine Kritikalität oder jährliche Kosten), und einen bekannten Wert für %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Showing the %1 weakest of %2 and every alternative.</source>
        <translation>Angezeigt werden die %1 schwächsten von %2 und jede Alternative.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (alternative)</source>
        <translation>%1 (Alternative)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of the weight known</source>
        <translation>%1 des Gewichts bekannt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEAL-%1</source>
        <translation>SEAL-%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No application has a sovereignty profile.</source>
        <translation>Keine Anwendung hat ein Souveränitätsprofil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick one or more rows to draw their profiles.</source>
        <translation>Haken Sie eine oder mehrere Zeilen an, um ihre Profile zu zeichnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty profile (SEAL level per objective)</source>
        <translation>Souveränitätsprofil (SEAL-Stufe je Ziel)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2 unknown, drawn as 0)</source>
        <translation>%1 (%2 unbekannt, als 0 gezeichnet)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Simulating %1 trials…</source>
        <translation>%1 Durchläufe werden simuliert…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The simulation was cancelled.</source>
        <translation>Die Simulation wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 trials in %2. Bars: each capability&apos;s estimated failure probability; whiskers: its 95 % interval (Wilson).</source>
        <translation>%1 Durchläufe in %2. Balken: die geschätzte Ausfallwahrscheinlichkeit jeder Geschäftsfunktion; Fehlerbalken: ihr 95-%-Intervall (Wilson).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model has no capabilities.</source>
        <translation>Das Modell hat keine Geschäftsfunktionen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure probability per capability (%), with its 95 % interval</source>
        <translation>Ausfallwahrscheinlichkeit je Geschäftsfunktion (%), mit 95-%-Intervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>probability of failure (%)</source>
        <translation>Ausfallwahrscheinlichkeit (%)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No node&apos;s failure probability matters: give nodes a failure probability to simulate.</source>
        <translation>Die Ausfallwahrscheinlichkeit keines Knotens spielt eine Rolle: Geben Sie Knoten eine Ausfallwahrscheinlichkeit, um zu simulieren.</translation>
    </message>
</context>
<context>
    <name>antrum::EnrichDialog</name>
    <message>
        <location filename="../ui/enrichdialog.cpp" line="+23"/>
        <source>matched</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add owner</source>
        <translation>Eigentümer hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add seat</source>
        <translation>Sitz hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add laws</source>
        <translation>Gesetze hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the catalogue</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous</source>
        <translation>mehrdeutig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrich from the catalogue</source>
        <translation>Aus dem Katalog anreichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antrum&apos;s reference catalogue knows who owns many suppliers and which laws reach them. Tick what to add to the model; what the model already says is never changed.</source>
        <translation>Der Referenzkatalog von Antrum weiß bei vielen Lieferanten, wem sie gehören und welche Gesetze sie erreichen. Haken Sie an, was dem Modell hinzugefügt werden soll; was das Modell bereits aussagt, wird nie geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add the ticked facts</source>
        <translation>Angehakte Angaben &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The catalogue could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 suppliers matched; %2 facts to add, %3 ticked; %4 differences (left as they are). Catalogue as of %5.</source>
        <translation>%1 Lieferanten gefunden; %2 Angaben zum Hinzufügen, %3 angehakt; %4 Abweichungen (bleiben unverändert). Katalog mit Stand %5.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing is ticked.</source>
        <translation>Nichts ist angehakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrich from the catalogue (%1 facts)</source>
        <translation>Aus dem Katalog anreichern (%1 Angaben)</translation>
    </message>
</context>
<context>
    <name>antrum::GraphView</name>
    <message>
        <location filename="../ui/graphview.cpp" line="+135"/>
        <source>Home jurisdiction</source>
        <translation>Eigener Rechtsraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other EU member state</source>
        <translation>Anderer EU-Mitgliedstaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign jurisdiction</source>
        <translation>Ausländischer Rechtsraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on (points right)</source>
        <translation>Hängt ab von (zeigt nach rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsidiary of</source>
        <translation>Tochter von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative for</source>
        <translation>Alternative für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy group (k of n)</source>
        <translation>Redundanzgruppe (k von n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single point of failure</source>
        <translation>Single Point of Failure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it fails</source>
        <translation>Warum es ausfällt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign legal reach</source>
        <translation>Ausländische rechtliche Reichweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed in scenario</source>
        <translation>Im Szenario ausgefallen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location line="+339"/>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit Graph to Window</source>
        <translation>Graph an &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus on &amp;Neighbourhood</source>
        <translation>Auf &amp;Umgebung fokussieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wider Neighbourhood</source>
        <translation>&amp;Weitere Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Collapse or Expand Ownership Tree</source>
        <translation>Eigentumsbaum &amp;ein- oder ausklappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse All Ownership &amp;Trees</source>
        <translation>Alle Eigentumsbäume einkla&amp;ppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expand All Ownership Trees</source>
        <translation>Alle Eigentumsbäume &amp;ausklappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear &amp;Highlight</source>
        <translation>&amp;Hervorhebung aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Legend</source>
        <translation>&amp;Legende anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xport Graph…</source>
        <translation>Graph e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Wider Neighbourhood (now %1)</source>
        <translation>&amp;Weitere Umgebung (jetzt %1)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <location line="+638"/>
        <source>The graph is too large to render as an image.</source>
        <translation>Der Graph ist zu groß, um als Bild dargestellt zu werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>%1 kann nicht geschrieben werden: Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dependency graph exported by Antrum</source>
        <translation>Von Antrum exportierter Abhängigkeitsgraph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot start the SVG export.</source>
        <translation>Der SVG-Export kann nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
</context>
<context>
    <name>antrum::HelpViewer</name>
    <message>
        <location filename="../ui/helpviewer.cpp" line="+47"/>
        <source>Antrum user guide</source>
        <translation>Antrum-Handbuch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>antrum::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+96"/>
        <location line="+268"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="-267"/>
        <location line="+244"/>
        <location line="+23"/>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+265"/>
        <source>Dash&amp;board</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+261"/>
        <source>&amp;Scenarios</source>
        <translation>S&amp;zenarien</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+255"/>
        <source>Com&amp;parison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the analysis</source>
        <translation>Die Analyse abbrechen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a model to see its analyses.</source>
        <translation>Öffnen Sie ein Modell, um seine Analysen zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Analysis cancelled (it runs again after the next edit)</source>
        <translation>Analyse abgebrochen (sie läuft nach der nächsten Änderung erneut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analysis was cancelled; it runs again after the next edit.</source>
        <translation>Die Analyse wurde abgebrochen; sie läuft nach der nächsten Änderung erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 capabilities without a single point of failure</source>
        <translation>%1 von %2 Geschäftsfunktionen ohne Single Point of Failure</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export as JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export model as JSON</source>
        <translation>Modell als JSON exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON models (*.json)</source>
        <translation>JSON-Modelle (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation>&amp;Tabelle (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ArchiMate exchange file…</source>
        <translation>&amp;ArchiMate-Austauschdatei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add node…</source>
        <translation>Knoten &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link selected node…</source>
        <translation>Ausgewählten Knoten &amp;verknüpfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlink…</source>
        <translation>Verknüpfung &amp;lösen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redundancy group…</source>
        <translation>Redundanz&amp;gruppe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;attribute on selected nodes…</source>
        <translation>&amp;Attribut für ausgewählte Knoten festlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrich from the &amp;catalogue…</source>
        <translation>Aus dem &amp;Katalog anreichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facts added from the catalogue: %1 (Ctrl+Z undoes it)</source>
        <translation>Aus dem Katalog hinzugefügte Angaben: %1 (Ctrl+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name node…</source>
        <translation>Knoten &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete node</source>
        <translation>Knoten lö&amp;schen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find node</source>
        <translation>Knoten &amp;suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the &amp;graph</source>
        <translation>&amp;Graph anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Antrum</source>
        <translation>&amp;Über Antrum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of node</source>
        <translation>Knotenart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search id or name…</source>
        <translation>ID oder Name suchen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Document in use</source>
        <translation>Dokument in Verwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it read-only? You can look at it and save a copy under another name.</source>
        <translation>Schreibgeschützt öffnen? Sie können es ansehen und eine Kopie unter einem anderen Namen speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened read-only: %1</source>
        <translation>Schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open model</source>
        <translation>Modell kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid Antrum model: 1 problem found.</source>
        <translation>„%1“ ist kein gültiges Antrum-Modell: 1 Problem gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid Antrum model: %2 problems found.</source>
        <translation>„%1“ ist kein gültiges Antrum-Modell: %2 Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unsaved changes kept for recovery</source>
        <translation>Nicht gespeicherte Änderungen zur Wiederherstellung aufbewahrt</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+15"/>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Antrum kept changes to “%1” that were not saved (%2). Recover them?</source>
        <translation>Antrum hat Änderungen an „%1“ aufbewahrt, die nicht gespeichert wurden (%2). Wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new model</source>
        <translation>ein neues Modell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The kept changes could not be read; the file is opened as it was saved.</source>
        <translation>Die aufbewahrten Änderungen konnten nicht gelesen werden; die Datei wird so geöffnet, wie sie gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+592"/>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>%1[*] — Antrum</source>
        <translation>%1[*] — Antrum</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+572"/>
        <source>%1 nodes · %2 edges</source>
        <translation>%1 Knoten · %2 Verbindungen</translation>
    </message>
    <message>
        <location line="-567"/>
        <source>Changed: analysis follows…</source>
        <translation>Geändert: Analyse folgt…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was deleted: %1</source>
        <translation>Nichts wurde gelöscht: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>From the catalogue: seat %1. Edit › Enrich from the catalogue adds its owners and the laws that reach it.</source>
        <translation>Aus dem Katalog: Sitz %1. Bearbeiten › Aus dem Katalog anreichern fügt seine Eigentümer und die Gesetze hinzu, die ihn erreichen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Link %1</source>
        <translation>%1 verknüpfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none (needed without alternative)</source>
        <translation>keine (benötigt, ohne Alternative)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edge</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy &amp;group</source>
        <translation>Redundanz&amp;gruppe</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Redundancy group of %1</source>
        <translation>Redundanzgruppe von %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>redundant</source>
        <translation>redundant</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members (any k of them keep %1 running)</source>
        <translation>&amp;Mitglieder (beliebige k davon halten %1 am Laufen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;k: how many must work</source>
        <translation>&amp;k: wie viele funktionieren müssen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no links</source>
        <translation>%1 hat keine Verknüpfungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove which link of %1?</source>
        <translation>Welche Verknüpfung von %1 entfernen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot unlink</source>
        <translation>Verknüpfung kann nicht gelöst werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set an attribute</source>
        <translation>Ein Attribut festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute for the selected nodes (%1), as key=value (numbers, true/false and text; key= removes it):</source>
        <translation>Attribut für die ausgewählten Knoten (%1), als Schlüssel=Wert (Zahlen, true/false und Text; Schlüssel= entfernt es):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot set the attribute</source>
        <translation>Das Attribut kann nicht festgelegt werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New id for %1:</source>
        <translation>Neue ID für %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot rename</source>
        <translation>Umbenennen nicht möglich</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save model as</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antrum documents (*.antrum)</source>
        <translation>Antrum-Dokumente (*.antrum)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Imported %1 nodes from %2 (%3 made for names no row defines). Save to keep them.</source>
        <translation>%1 Knoten aus %2 importiert (%3 für Namen angelegt, die keine Zeile definiert). Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import an ArchiMate exchange file</source>
        <translation>ArchiMate-Austauschdatei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ArchiMate exchange files (*.xml);;All files (*)</source>
        <translation>ArchiMate-Austauschdateien (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be imported as an ArchiMate exchange file.</source>
        <translation>„%1“ konnte nicht als ArchiMate-Austauschdatei importiert werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ArchiMate import</source>
        <translation>ArchiMate-Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 nodes and %2 edges from “%3”. %4 ArchiMate items have no counterpart in Antrum and were left out; the details list them.</source>
        <translation>%1 Knoten und %2 Verbindungen aus „%3“ importiert. %4 ArchiMate-Elemente haben keine Entsprechung in Antrum und wurden ausgelassen; die Details führen sie auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 nodes and %2 edges from %3. Save to keep them.</source>
        <translation>%1 Knoten und %2 Verbindungen aus %3 importiert. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Antrum</source>
        <translation>Antrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Antrum&lt;/h2&gt;&lt;p&gt;Open a model with &lt;b&gt;File › Open&lt;/b&gt; (Ctrl+O) to see what your organisation depends on.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Antrum&lt;/h2&gt;&lt;p&gt;Öffnen Sie ein Modell mit &lt;b&gt;Datei › Öffnen&lt;/b&gt; (Ctrl+O), um zu sehen, wovon Ihre Organisation abhängt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-548"/>
        <source>%1[*] (read-only) — Antrum</source>
        <translation>%1[*] (schreibgeschützt) — Antrum</translation>
    </message>
    <message>
        <location line="+578"/>
        <source>Selected %1 (Ctrl+1 shows its details)</source>
        <translation>%1 ausgewählt (Ctrl+1 zeigt die Details)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected %1 nodes (Ctrl+1 shows them)</source>
        <translation>%1 Knoten ausgewählt (Ctrl+1 zeigt sie)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max. tolerable downtime</source>
        <translation>Max. tolerierbare Ausfallzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+147"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Failure probability per year</source>
        <translation>Ausfallwahrscheinlichkeit pro Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redundancy group “%1”</source>
        <translation>Redundanzgruppe „%1“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs %1</source>
        <translation>benötigt %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depended on by</source>
        <translation>Davon hängen ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;i&gt;Analysing…&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Analyse läuft…&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3 style=&apos;color:#1b7f3b&apos;&gt;No single point of failure&lt;/h3&gt;&lt;p&gt;Every single failure leaves this capability running.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1b7f3b&apos;&gt;Kein Single Point of Failure&lt;/h3&gt;&lt;p&gt;Bei jedem einzelnen Ausfall läuft diese Geschäftsfunktion weiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 single point of failure</source>
        <translation>1 Single Point of Failure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 single points of failure</source>
        <translation>%1 Single Points of Failure</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pairs that fail it together (cut sets of order 2)</source>
        <translation>Paare, die sie gemeinsam ausfallen lassen (Schnittmengen der Ordnung 2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foreign legal reach:</source>
        <translation>Ausländische rechtliche Reichweite:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can cut off 1 capability on its own</source>
        <translation>Kann allein 1 Geschäftsfunktion abschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can cut off %1 capabilities on its own</source>
        <translation>Kann allein %1 Geschäftsfunktionen abschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrum models (*.antrum *.json);;All files (*)</source>
        <translation>Antrum-Modelle (*.antrum *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report written to %1 (%2 pages, %3 s)</source>
        <translation>Bericht geschrieben nach %1 (%2 Seiten, %3 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Antrum</source>
        <translation>Über Antrum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Antrum %1&lt;/h3&gt;&lt;p&gt;Digital-sovereignty dependency analyzer.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Mus non uni fidit antro&lt;/i&gt;: a mouse trusts not one hole.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Antrum %1&lt;/h3&gt;&lt;p&gt;Analyse digitaler Abhängigkeiten und Souveränität.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Mus non uni fidit antro&lt;/i&gt;: Eine Maus verlässt sich nicht auf ein einziges Loch.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Copyright © 2026 the Antrum developers.&lt;/p&gt;&lt;p&gt;Antrum is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (Widgets, Charts, SQL, SVG), Boost.Graph and SQLite. Supplier catalogue as of %2 (%3). Translations: Dutch, German and French.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © 2026 die Entwickler von Antrum.&lt;/p&gt;&lt;p&gt;Antrum ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1 (Widgets, Charts, SQL, SVG), Boost.Graph und SQLite. Lieferantenkatalog mit Stand %2 (%3). Übersetzungen: Niederländisch, Deutsch und Französisch.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+12"/>
        <source>Restart Antrum?</source>
        <translation>Antrum neu starten?</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The new language is used when Antrum starts again. Restart now?</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Antrum. Jetzt neu starten?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Antrum could not be started again; please start it yourself.</source>
        <translation>Antrum konnte nicht neu gestartet werden; bitte starten Sie es selbst.</translation>
    </message>
</context>
<context>
    <name>antrum::ModelEditor</name>
    <message>
        <location filename="../ui/modeleditor.cpp" line="+96"/>
        <source>scenario &quot;%1&quot;</source>
        <translation>Szenario &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option &quot;%1&quot;</source>
        <translation>Option &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the home jurisdictions</source>
        <translation>die eigenen Rechtsräume</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+79"/>
        <source>the id &quot;%1&quot; is already in use</source>
        <translation>die ID &quot;%1&quot; wird bereits verwendet</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+31"/>
        <location line="+43"/>
        <location line="+22"/>
        <source>there is no node &quot;%1&quot;</source>
        <translation>es gibt keinen Knoten &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 is still used by %2</source>
        <translation>%1 wird noch von %2 verwendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 nodes</source>
        <translation>%1 Knoten löschen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link %1 to %2</source>
        <translation>%1 mit %2 verknüpfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlink %1 from %2</source>
        <translation>Verknüpfung von %1 mit %2 lösen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no %1 edge from %2 to %3</source>
        <translation>es gibt keine %1-Verbindung von %2 zu %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set %1 of %2 nodes</source>
        <translation>%1 von %2 Knoten festlegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a redundancy group needs a name</source>
        <translation>eine Redundanzgruppe benötigt einen Namen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 does not depend on %2: link them first</source>
        <translation>%1 hängt nicht von %2 ab: verknüpfen Sie sie zuerst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group %1 of %2</source>
        <translation>Gruppe %1 von %2</translation>
    </message>
</context>
<context>
    <name>antrum::NodeTableModel</name>
    <message>
        <location filename="../ui/nodetablemodel.cpp" line="+58"/>
        <source>Capabilities</source>
        <translation>Geschäftsfunktionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capability</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurisdictions</source>
        <translation>Rechtsräume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>requires</source>
        <translation>benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provided by</source>
        <translation>bereitgestellt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hosted on</source>
        <translation>gehostet auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operated by</source>
        <translation>betrieben von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subcontracts to</source>
        <translation>vergibt Unteraufträge an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subsidiary of</source>
        <translation>Tochter von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incorporated in</source>
        <translation>mit Sitz in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>located in</source>
        <translation>befindet sich in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alternative for</source>
        <translation>Alternative für</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not recorded in the model</source>
        <translation>Im Modell nicht erfasst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max. downtime (h)</source>
        <translation>Max. Ausfallzeit (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure probability</source>
        <translation>Ausfallwahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual cost</source>
        <translation>Jährliche Kosten</translation>
    </message>
</context>
<context>
    <name>antrum::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+23"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbers, dates and amounts follow the language. A new language takes effect when Antrum starts again.</source>
        <translation>Zahlen, Datumsangaben und Beträge folgen der Sprache. Eine neue Sprache gilt nach einem Neustart von Antrum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
</context>
<context>
    <name>antrum::PropertyEditor</name>
    <message>
        <location filename="../ui/propertyeditor.cpp" line="+29"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not set (3)</source>
        <translation>nicht festgelegt (3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open source</source>
        <translation>Open Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proprietary</source>
        <translation>proprietär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on premises</source>
        <translation>On-Premises (eigener Betrieb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infrastructure as a service</source>
        <translation>Infrastructure as a Service (IaaS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform as a service</source>
        <translation>Platform as a Service (PaaS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>software as a service</source>
        <translation>Software as a Service (SaaS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> EUR</source>
        <translation> EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (YYYY-MM-DD)</source>
        <translation>unbekannt (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criticality</source>
        <translation>&amp;Kritikalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max. tolerable &amp;downtime</source>
        <translation>Max. tolerierbare &amp;Ausfallzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Failure probability per year</source>
        <translation>Ausfall&amp;wahrscheinlichkeit pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;ployment</source>
        <translation>&amp;Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;portability (0-1)</source>
        <translation>Daten&amp;portabilität (0-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Annual cost</source>
        <translation>&amp;Jährliche Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exit clause</source>
        <translation>Aus&amp;stiegsklausel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-&amp;return clause</source>
        <translation>Daten&amp;rückgabeklausel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otice period</source>
        <translation>Kündigungs&amp;frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;ends</source>
        <translation>Vertrags&amp;ende</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No node selected</source>
        <translation>Kein Knoten ausgewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>antrum::ReportChartObject</name>
    <message>
        <location filename="../ui/reportchartobject.cpp" line="+167"/>
        <source>No data to show.</source>
        <translation>Keine Daten anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>antrum::ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="+41"/>
        <location line="+158"/>
        <location line="+78"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>The sovereignty report of “%1”: summary, findings with their explanation, exit scenarios, options and recommendations, for a board or a tender file.</source>
        <translation>Der Souveränitätsbericht zu „%1“: Zusammenfassung, Befunde mit ihrer Erläuterung, Ausstiegsszenarien, Optionen und Empfehlungen, für ein Leitungsgremium oder eine Vergabeakte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PNG, JPEG or SVG</source>
        <translation>optional: PNG, JPEG oder SVG</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Choose a logo for the title page</source>
        <translation>Ein Logo für die Titelseite wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La&amp;nguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to write the report</source>
        <translation>Wählen, wohin der Bericht geschrieben wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the report when it is written</source>
        <translation>Bericht nach dem Schreiben ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Write report</source>
        <translation>Bericht &amp;schreiben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sovereignty report %1</source>
        <translation>Souveränitätsbericht %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Write the report to</source>
        <translation>Bericht schreiben nach</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logo for the title page</source>
        <translation>Logo für die Titelseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a file to write to.</source>
        <translation>Wählen Sie eine Zieldatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file must end in .pdf or .html.</source>
        <translation>Die Datei muss auf .pdf oder .html enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo cannot be read.</source>
        <translation>Das Logo kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing the model…</source>
        <translation>Modell wird analysiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>antrum::ScenarioView</name>
    <message>
        <location filename="../ui/scenarioview.cpp" line="+75"/>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fastest</source>
        <translation>schnellste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cheapest</source>
        <translation>günstigste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most sovereign</source>
        <translation>souveränste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fails</source>
        <translation>Fällt aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price change</source>
        <translation>Preisänderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquisition</source>
        <translation>Übernahme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the foreign jurisdiction whose laws reach the most capabilities</source>
        <translation>der ausländische Rechtsraum, dessen Gesetze die meisten Geschäftsfunktionen erreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier group with the most applications</source>
        <translation>die Lieferantengruppe mit den meisten Anwendungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the largest supplier group controlled from outside the EU</source>
        <translation>die größte von außerhalb der EU kontrollierte Lieferantengruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the application the most capabilities depend on</source>
        <translation>die Anwendung, von der die meisten Geschäftsfunktionen abhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host with the most applications</source>
        <translation>der Host mit den meisten Anwendungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+258"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The model&apos;s own scenarios, and the templates of the scenario library</source>
        <translation>Die eigenen Szenarien des Modells und die Vorlagen der Szenariobibliothek</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template parameters</source>
        <translation>Vorlagenparameter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many months are simulated; events later than this are left out</source>
        <translation>Wie viele Monate simuliert werden; spätere Ereignisse werden ausgelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastest way back</source>
        <translation>Schnellster Weg zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheapest way back</source>
        <translation>Günstigster Weg zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most sovereign way back</source>
        <translation>Souveränster Weg zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the alternative is chosen when an application has several</source>
        <translation>Wie die Alternative gewählt wird, wenn eine Anwendung mehrere hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recovery:</source>
        <translation>&amp;Wiederherstellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate the scenario as edited (it also runs by itself after each change)</source>
        <translation>Das Szenario in der bearbeiteten Form simulieren (es läuft auch nach jeder Änderung von selbst)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Events (working copy)</source>
        <translation>Ereignisse (Arbeitskopie)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add Event</source>
        <translation>&amp;Ereignis hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;move Event</source>
        <translation>Ereignis ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edits change this working copy only: they are not saved in the model. Changing a template parameter rebuilds the events from the template.</source>
        <translation>Bearbeitungen ändern nur diese Arbeitskopie: Sie werden nicht im Modell gespeichert. Die Änderung eines Vorlagenparameters baut die Ereignisse aus der Vorlage neu auf.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a scenario to see what fails and when it comes back.</source>
        <translation>Wählen Sie ein Szenario, um zu sehen, was ausfällt und wann es zurückkommt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The month whose failed nodes the graph shows</source>
        <translation>Der Monat, dessen ausgefallene Knoten der Graph zeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month shown in the graph</source>
        <translation>Im Graphen gezeigter Monat</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+562"/>
        <source>month %1, failed nodes: %2</source>
        <translation>Monat %1, ausgefallene Knoten: %2</translation>
    </message>
    <message>
        <location line="-560"/>
        <source>Graph shows &amp;month:</source>
        <translation>Graph zeigt &amp;Monat:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Downtime against the limit</source>
        <translation>Ausfall&amp;dauer gegenüber dem Grenzwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The template cannot be applied: %1</source>
        <translation>Die Vorlage kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose automatically (%1)</source>
        <translation>Automatisch wählen (%1)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the month must be a number of 0 or more</source>
        <translation>der Monat muss eine Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the %1</source>
        <translation>wählen Sie den %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>%1 is not in the model</source>
        <translation>%1 ist nicht im Modell</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the %1 must be a supplier; %2 is of kind %3</source>
        <translation>der %1 muss ein Lieferant sein; %2 ist von der Art %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose the node that fails</source>
        <translation>wählen Sie den Knoten, der ausfällt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>supplier whose price changes</source>
        <translation>Lieferant, dessen Preis sich ändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the factor must be above 0</source>
        <translation>der Faktor muss über 0 liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>supplier that is acquired</source>
        <translation>Lieferant, der übernommen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a supplier cannot acquire itself</source>
        <translation>ein Lieferant kann sich nicht selbst übernehmen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out of the run until corrected:</source>
        <translation>Bis zur Korrektur aus dem Lauf ausgelassen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Modelled on: %1</source>
        <translation>Nach dem Vorbild von: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scenario stored in the model. Events: %1.</source>
        <translation>Ein im Modell gespeichertes Szenario. Ereignisse: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model has no scenarios, and no template library was found.</source>
        <translation>Das Modell hat keine Szenarien, und es wurde keine Vorlagenbibliothek gefunden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>event row %1 is left out: %2</source>
        <translation>Ereigniszeile %1 wird ausgelassen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Simulated %1. Capabilities down: %2; beyond their MTD: %3; with no way back: %4.</source>
        <translation>%1 simuliert. Ausgefallene Geschäftsfunktionen: %2; über ihrer MTD: %3; ohne Weg zurück: %4.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Graph: month %1</source>
        <translation>Graph: Monat %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+160"/>
        <source>No capability goes down in this scenario.</source>
        <translation>In diesem Szenario fällt keine Geschäftsfunktion aus.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>See the summary for its cost and other effects.</source>
        <translation>Kosten und weitere Auswirkungen siehe Zusammenfassung.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Working</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+124"/>
        <source>Down, within MTD</source>
        <translation>Ausgefallen, innerhalb der MTD</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>Down, beyond MTD</source>
        <translation>Ausgefallen, über der MTD</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>Down, MTD unknown</source>
        <translation>Ausgefallen, MTD unbekannt</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Down, no way back</source>
        <translation>Ausgefallen, kein Weg zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (switched)</source>
        <translation>Zurück (gewechselt)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (no way back)</source>
        <translation>%1 (kein Weg zurück)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months from the start of the scenario</source>
        <translation>Monate ab Beginn des Szenarios</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MTD runs out</source>
        <translation>MTD läuft ab</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What goes down, and when it comes back (MTD: maximum tolerable downtime)</source>
        <translation>Was ausfällt und wann es zurückkommt (MTD: maximal tolerierbare Ausfallzeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the %1 worst of %2 capabilities down)</source>
        <translation> (die %1 schlimmsten von %2 ausgefallenen Geschäftsfunktionen)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (MTD %2)</source>
        <translation>%1 (MTD %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (MTD unknown)</source>
        <translation>%1 (MTD unbekannt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months down (a month is 730 hours)</source>
        <translation>Monate Ausfall (ein Monat hat 730 Stunden)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Maximum tolerable downtime (MTD)</source>
        <translation>Maximal tolerierbare Ausfallzeit (MTD)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downtime against the maximum tolerable downtime (MTD)</source>
        <translation>Ausfalldauer gegenüber der maximal tolerierbaren Ausfallzeit (MTD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down longer than they can bear: %1 of %2 capabilities</source>
        <translation>Länger ausgefallen als tragbar: %1 von %2 Geschäftsfunktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the %1 worst shown)</source>
        <translation> (die %1 schlimmsten gezeigt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No application in use has an annual cost on record: there is no cost to show.</source>
        <translation>Keine genutzte Anwendung hat erfasste jährliche Kosten: Es gibt keine Kosten anzuzeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cumulative cost (€)</source>
        <translation>Kumulierte Kosten (€)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative cost (€ million)</source>
        <translation>Kumulierte Kosten (Mio. €)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative cost (€ thousand)</source>
        <translation>Kumulierte Kosten (Tsd. €)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without the scenario (baseline)</source>
        <translation>Ohne das Szenario (Ausgangslage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the scenario</source>
        <translation>Mit dem Szenario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to an alternative begun (one-off cost paid)</source>
        <translation>Wechsel zu einer Alternative begonnen (einmalige Kosten bezahlt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Months from the start of the scenario (cost to the end of the month)</source>
        <translation>Monate ab Beginn des Szenarios (Kosten bis Monatsende)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cost over %1 months: with the scenario against without</source>
        <translation>Kosten über %1 Monate: mit dem Szenario gegenüber ohne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with, %2 without: %3 %4, of which %5 switching</source>
        <translation>%1 mit, %2 ohne: %3 %4, davon %5 für den Wechsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+119"/>
        <source>less</source>
        <translation>weniger</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Month %1: %2 in switching costs</source>
        <translation>Monat %1: %2 an Wechselkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 → %2 (%3, %4)</source>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time unknown</source>
        <translation>Dauer unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 months simulated; ways back ranked %2.</source>
        <translation>%1 Monate simuliert; Wege zurück: %2 zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the template&apos;s parameters were set</source>
        <translation>Wie die Vorlagenparameter festgelegt wurden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template cannot be applied:</source>
        <translation>Die Vorlage kann nicht angewendet werden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No capability goes down.</source>
        <translation>Keine Geschäftsfunktion fällt aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities that go down, and the way back</source>
        <translation>Geschäftsfunktionen, die ausfallen, und der Weg zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>MTD unknown</source>
        <translation>MTD unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beyond the MTD</source>
        <translation>über der MTD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within the MTD</source>
        <translation>innerhalb der MTD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down from month %1 for %2 (MTD %3, %4)</source>
        <translation>ausgefallen ab Monat %1 für %2 (MTD %3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO WAY BACK:</source>
        <translation>KEIN WEG ZURÜCK:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back in month %1 by switching:</source>
        <translation>zurück in Monat %1 durch Wechsel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not back within the horizon; switches:</source>
        <translation>nicht innerhalb des Horizonts zurück; Wechsel:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives rejected because they are hit too:</source>
        <translation>Alternativen verworfen, weil sie ebenfalls betroffen sind:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept up by redundancy</source>
        <translation>Durch Redundanz aufrechterhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>month %1, lost</source>
        <translation>Monat %1, verlor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost over the horizon</source>
        <translation>Kosten über den Horizont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without the scenario, %2 with it: %3 %4. Switching costs %5.</source>
        <translation>%1 ohne das Szenario, %2 mit ihm: %3 %4. Der Wechsel kostet %5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applications in use without an annual cost on record (not counted): %1.</source>
        <translation>Genutzte Anwendungen ohne erfasste jährliche Kosten (nicht gezählt): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ways out of the price rise</source>
        <translation>Auswege aus der Preiserhöhung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving unknown (switch time, switch cost or the alternative&apos;s annual cost missing)</source>
        <translation>Einsparung unbekannt (Wechseldauer, Wechselkosten oder die jährlichen Kosten der Alternative fehlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switching saves %1</source>
        <translation>Wechsel spart %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staying is %1 cheaper</source>
        <translation>Bleiben ist %1 günstiger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2 from month %3: staying %4, switching %5; %6</source>
        <translation>%1 → %2 ab Monat %3: Bleiben %4, Wechseln %5; %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>After the acquisitions</source>
        <translation>Nach den Übernahmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>comes into the legal reach of</source>
        <translation>gerät in die rechtliche Reichweite von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaves the legal reach of</source>
        <translation>verlässt die rechtliche Reichweite von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sovereignty score %1 → %2</source>
        <translation>Souveränitätswert %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+34"/>
        <source>Digital-sovereignty dependency analyzer</source>
        <translation>Analyse von Abhängigkeiten für die digitale Souveränität</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A model to open (.antrum or .json).</source>
        <translation>Ein zu öffnendes Modell (.antrum oder .json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the node ID.</source>
        <translation>Den Knoten ID auswählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this page.</source>
        <translation>Diese Seite anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run this scenario (a stored scenario&apos;s id, or template:ID) on the scenario page.</source>
        <translation>Dieses Szenario (die ID eines gespeicherten Szenarios oder template:ID) auf der Szenarioseite ausführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare these options (ids, comma-separated) on the comparison page.</source>
        <translation>Diese Optionen (IDs, durch Kommas getrennt) auf der Vergleichsseite vergleichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the comparison page, show: table, figures, profile or differences.</source>
        <translation>Auf der Vergleichsseite anzeigen: table (Tabelle), figures (Kennzahlen), profile (Profil) oder differences (Unterschiede).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this chart of the dashboard.</source>
        <translation>Dieses Diagramm der Übersicht anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the nodes behind key figure N (1-5) of the dashboard.</source>
        <translation>Die Knoten hinter Kennzahl N (1-5) der Übersicht auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the chart shown to PNG or SVG (by extension) and quit.</source>
        <translation>Das angezeigte Diagramm als PNG oder SVG speichern (je nach Dateiendung) und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>Ein Bild des Fensters als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colours: system, light or dark.</source>
        <translation>Farben: system (System), light (hell) oder dark (dunkel).</translation>
    </message>
</context>
</TS>

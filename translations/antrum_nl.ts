<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnalysisOutput</name>
    <message>
        <location filename="../core/analysisoutput.cpp" line="+191"/>
        <source>Model: %1 (%2 nodes, %3 edges)

</source>
        <translation>Model: %1 (%2 knooppunten, %3 verbindingen)

</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capabilities — single points of failure (SPOF), cut sets of order 2..%1, foreign legal reach
</source>
        <translation>Bedrijfsfuncties — single points of failure (SPOF), snedeverzamelingen van orde 2..%1, buitenlands juridisch bereik
</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <location line="+65"/>
        <source>Capability</source>
        <translation>Bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+37"/>
        <location line="+34"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Crit.</source>
        <translation>Krit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SPOFs</source>
        <translation>SPOF&apos;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut sets</source>
        <translation>Snedeverz.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foreign reach</source>
        <translation>Buitenlands bereik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
%1 of %2 capabilities have no single point of failure (a mouse trusts not one hole).
</source>
        <translation>
%1 van %2 bedrijfsfuncties hebben geen single point of failure (een muis vertrouwt niet op één hol).
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
        <translation>  snedeverzameling {%1}
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (falls to %2)</source>
        <translation>%1 (valt door %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the combination</source>
        <translation>de combinatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (stands)</source>
        <translation>%1 (blijft staan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    defeats group &quot;%1&quot; of %2 (needs %3): %4
</source>
        <translation>    verslaat groep "%1" van %2 (heeft %3 nodig): %4
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>home</source>
        <translation>eigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>foreign</source>
        <translation>buitenlands</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jurisdictions — what each can cut off on its own, and how far its laws reach
</source>
        <translation>Rechtsgebieden — wat elk op eigen kracht kan afsluiten, en hoe ver de wetten reiken
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsgebied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capabilities it can cut off</source>
        <translation>Bedrijfsfuncties die het kan afsluiten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Failing on their own: %1
</source>
        <translation>Vallen uit op eigen kracht: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nodes fail in all.

</source>
        <translation>%1 knooppunten vallen in totaal uit.

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No capability fails.
</source>
        <translation>Geen enkele bedrijfsfunctie valt uit.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities that fail:
</source>
        <translation>Bedrijfsfuncties die uitvallen:
</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Monte Carlo: %1 trials, seed %2 (%3 s on %4 threads)

</source>
        <translation>Monte Carlo: %1 trekkingen, seed %2 (%3 s op %4 threads)

</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P(fails in a year)</source>
        <translation>P(valt uit binnen een jaar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most important (Fussell–Vesely, %1 trials)</source>
        <translation>Belangrijkste (Fussell–Vesely, %1 trekkingen)</translation>
    </message>
</context>
<context>
    <name>antrum::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+59"/>
        <source>Analysing…</source>
        <translation>Bezig met analyseren…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 capabilities without a single point of failure</source>
        <translation>%1 van %2 bedrijfsfuncties zonder single point of failure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find node</source>
        <translation>Knooppunt &amp;zoeken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Antrum</source>
        <translation>&amp;Over Antrum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All nodes</source>
        <translation>Alle knooppunten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of node</source>
        <translation>Soort knooppunt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search id or name…</source>
        <translation>Zoek op id of naam…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open model</source>
        <translation>Model kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” could not be read.</source>
        <translation>“%1” kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid Antrum model: 1 problem found.</source>
        <translation>“%1” is geen geldig Antrum-model: 1 probleem gevonden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid Antrum model: %2 problems found.</source>
        <translation>“%1” is geen geldig Antrum-model: %2 problemen gevonden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Antrum</source>
        <translation>Antrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model</source>
        <translation>Geen model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Antrum&lt;/h2&gt;&lt;p&gt;Open a model with &lt;b&gt;File › Open&lt;/b&gt; (Ctrl+O) to see what your organisation depends on.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Antrum&lt;/h2&gt;&lt;p&gt;Open een model met &lt;b&gt;Bestand › Openen&lt;/b&gt; (Ctrl+O) om te zien waar uw organisatie van afhangt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — Antrum</source>
        <translation>%1 — Antrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nodes · %2 edges</source>
        <translation>%1 knooppunten · %2 verbindingen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Criticality</source>
        <translation>Kritikaliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max. tolerable downtime</source>
        <translation>Max. toelaatbare uitval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure probability per year</source>
        <translation>Uitvalkans per jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redundancy group “%1”</source>
        <translation>Redundantiegroep “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs %1</source>
        <translation>heeft %1 nodig</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Depends on</source>
        <translation>Hangt af van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depended on by</source>
        <translation>Waarvan afhankelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;i&gt;Analysing…&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Bezig met analyseren…&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3 style=&apos;color:#1b7f3b&apos;&gt;No single point of failure&lt;/h3&gt;&lt;p&gt;Every single failure leaves this capability running.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1b7f3b&apos;&gt;Geen single point of failure&lt;/h3&gt;&lt;p&gt;Bij elke afzonderlijke storing blijft deze bedrijfsfunctie werken.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 single point of failure</source>
        <translation>1 single point of failure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 single points of failure</source>
        <translation>%1 single points of failure</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pairs that fail it together (cut sets of order 2)</source>
        <translation>Paren die het samen laten uitvallen (snedeverzamelingen van orde 2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foreign legal reach:</source>
        <translation>Buitenlands juridisch bereik:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can cut off 1 capability on its own</source>
        <translation>Kan op eigen kracht 1 bedrijfsfunctie afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can cut off %1 capabilities on its own</source>
        <translation>Kan op eigen kracht %1 bedrijfsfuncties afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open model</source>
        <translation>Model openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrum models (*.antrum *.json);;All files (*)</source>
        <translation>Antrum-modellen (*.antrum *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Antrum</source>
        <translation>Over Antrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Antrum %1&lt;/h3&gt;&lt;p&gt;Digital-sovereignty dependency analyzer.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Mus non uni fidit antro&lt;/i&gt;: a mouse trusts not one hole.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Antrum %1&lt;/h3&gt;&lt;p&gt;Analyse van digitale afhankelijkheden en soevereiniteit.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Mus non uni fidit antro&lt;/i&gt;: een muis vertrouwt niet op één hol.&lt;/p&gt;&lt;p&gt;Licentie: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>antrum::NodeTableModel</name>
    <message>
        <location filename="../ui/nodetablemodel.cpp" line="+58"/>
        <source>Capabilities</source>
        <translation>Bedrijfsfuncties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capability</source>
        <translation>Bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>Applicaties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Applicatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppliers</source>
        <translation>Leveranciers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
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
        <translation>Rechtsgebieden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jurisdiction</source>
        <translation>Rechtsgebied</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not recorded in the model</source>
        <translation>Niet vastgelegd in het model</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criticality</source>
        <translation>Kritikaliteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max. downtime (h)</source>
        <translation>Max. uitval (u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure probability</source>
        <translation>Uitvalkans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual cost</source>
        <translation>Jaarlijkse kosten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+27"/>
        <source>Digital-sovereignty dependency analyzer</source>
        <translation>Analyse van digitale afhankelijkheden en soevereiniteit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A model to open (.antrum or .json).</source>
        <translation>Een model om te openen (.antrum of .json).</translation>
    </message>
</context>
</TS>

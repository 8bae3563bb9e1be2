<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnalysisOutput</name>
    <message>
        <location filename="../core/analysisoutput.cpp" line="+206"/>
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
        <location line="+73"/>
        <location line="+65"/>
        <source>Capability</source>
        <translation>Bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+37"/>
        <location line="+36"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="-73"/>
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
        <translation>    verslaat groep &quot;%1&quot; van %2 (heeft %3 nodig): %4
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
        <location line="+26"/>
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
    <name>ComparisonOutput</name>
    <message>
        <location filename="../core/comparisonoutput.cpp" line="+77"/>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>baseline</source>
        <translation>uitgangssituatie</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Options compared with the baseline: %1 (cut sets of order 2..%2)
</source>
        <translation>Opties vergeleken met de uitgangssituatie: %1 (snedeverzamelingen van orde 2..%2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: %1
</source>
        <translation>fout: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns
</source>
        <translation>Kolommen
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2 (%3 nodes, %4 edges)
</source>
        <translation>  %1: %2 (%3 knooppunten, %4 verbindingen)
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
        <translation>    - scenario %1 is niet van toepassing: het noemt een knooppunt dat in deze kolom ontbreekt
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to read a cell: &quot;3 ▼ −2 ✓&quot; is the column&apos;s value, whether it rose (▲) or fell (▼) against the baseline, by how much, and ✓ when that is better or ✗ when it is worse (the column &quot;Better&quot; says whether higher or lower is better). A value without marks equals the baseline&apos;s; n/a: the figure does not apply in that column.
</source>
        <translation>Zo leest u een cel: &quot;3 ▼ −2 ✓&quot; is de waarde in de kolom, of die ten opzichte van de uitgangssituatie is gestegen (▲) of gedaald (▼), met hoeveel, en ✓ als dat beter is of ✗ als het slechter is (de kolom &quot;Beter&quot; geeft aan of hoger of lager beter is). Een waarde zonder tekens is gelijk aan die van de uitgangssituatie; n.v.t.: het kengetal is in die kolom niet van toepassing.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>higher</source>
        <translation>hoger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>lager</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model totals</source>
        <translation>Modeltotalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Bedrijfsfuncties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capability</source>
        <translation>Bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdictions</source>
        <translation>Rechtsgebieden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jurisdiction</source>
        <translation>Rechtsgebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
</context>
<context>
    <name>Methodology</name>
    <message>
        <location filename="../core/methodology.cpp" line="+410"/>
        <source>must be an object; defaults used</source>
        <translation>moet een object zijn; standaardwaarden gebruikt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lock_in_weights must be an object</source>
        <translation>lock_in_weights moet een object zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lock_in_weights: unknown factor &quot;%1&quot;</source>
        <translation>lock_in_weights: onbekende factor &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock_in_weights.%1 must be a number of 0 or more</source>
        <translation>lock_in_weights.%1 moet een getal van 0 of meer zijn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hhi_thresholds must be [moderate, high] with 0 &lt;= moderate &lt;= high &lt;= 10000</source>
        <translation>hhi_thresholds moet [matig, hoog] zijn met 0 &lt;= matig &lt;= hoog &lt;= 10000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seal_gates must be an object</source>
        <translation>seal_gates moet een object zijn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seal_gates: unknown objective &quot;%1&quot; (SOV-1 .. SOV-8)</source>
        <translation>seal_gates: onbekende doelstelling &quot;%1&quot; (SOV-1 .. SOV-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seal_gates.%1 must be a SEAL level 0..4</source>
        <translation>seal_gates.%1 moet een SEAL-niveau 0..4 zijn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>as_of must be an ISO date (YYYY-MM-DD)</source>
        <translation>as_of moet een ISO-datum zijn (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stale_after_months must be a whole number of months from 1 to 1200</source>
        <translation>stale_after_months moet een geheel aantal maanden van 1 tot en met 1200 zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>onbekende sleutel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>data_portability = %1</source>
        <translation>data_portability = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no open standards</source>
        <translation>geen open standaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open standard(s): %2</source>
        <translation>%1 open standaard(en): %2</translation>
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
        <translation>geen alternatief vastgelegd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months to switch</source>
        <translation>%1 maanden om over te stappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch time unknown</source>
        <translation>overstaptijd onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within reach of a non-EU law</source>
        <translation>binnen bereik van een niet-EU-wet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>control unknown, counted as non-EU</source>
        <translation>zeggenschap onbekend, geteld als buiten de EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no non-EU law in reach</source>
        <translation>geen niet-EU-wet binnen bereik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>best alternative </source>
        <translation>beste alternatief </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>switch cost %1 = %2 x annual cost %3</source>
        <translation>overstapkosten %1 = %2 x jaarlijkse kosten %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exit clause</source>
        <translation>exitclausule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no exit clause</source>
        <translation>geen exitclausule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data-return clause</source>
        <translation>clausule voor teruggave van data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data-return clause</source>
        <translation>geen clausule voor teruggave van data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice %1 months</source>
        <translation>opzegtermijn %1 maanden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>contract ends %1 (%2 months after %3)</source>
        <translation>contract eindigt %1 (%2 maanden na %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 other application(s) under the same parent company</source>
        <translation>%1 andere applicatie(s) onder hetzelfde moederbedrijf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set by the user (%1 = %2)</source>
        <translation>ingesteld door de gebruiker (%1 = %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; derived: </source>
        <translation>; afgeleid: </translation>
    </message>
    <message>
        <location line="+173"/>
        <source>every ultimate parent is seated in the EU</source>
        <translation>elk uiteindelijk moederbedrijf is gevestigd in de EU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EU-seated supplier under a non-EU parent</source>
        <translation>in de EU gevestigde leverancier met een moederbedrijf buiten de EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>supplier controlled from outside the EU</source>
        <translation>leverancier onder zeggenschap van buiten de EU</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+5"/>
        <source>no supplier recorded</source>
        <translation>geen leverancier vastgelegd</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>seat of a parent company unknown</source>
        <translation>vestigingsland van een moederbedrijf onbekend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seat of a parent company unknown, so the reach may be incomplete</source>
        <translation>vestigingsplaats van een moederbedrijf onbekend, dus het bereik is mogelijk onvolledig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>non-EU jurisdictions in reach, none with extraterritorial laws on record</source>
        <translation>rechtsgebieden buiten de EU binnen bereik, geen daarvan met vastgelegde extraterritoriale wetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only EU and home jurisdictions in reach</source>
        <translation>alleen EU- en eigen rechtsgebieden binnen bereik</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>operated from the EU; control from outside the EU or unknown</source>
        <translation>beheer vanuit de EU; zeggenschap van buiten de EU of onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controlled from the EU; operated from outside the EU or unknown</source>
        <translation>zeggenschap vanuit de EU; beheer van buiten de EU of onbekend</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>in reach of %1 (extraterritorial laws)</source>
        <translation>binnen bereik van %1 (extraterritoriale wetten)</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>contract ended %1 (before %2): renewal is open</source>
        <translation>contract afgelopen op %1 (vóór %2): verlenging staat open</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>controlled from outside the EU</source>
        <translation>zeggenschap van buiten de EU</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>source: %1</source>
        <translation>bron: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>peildatum %1</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>, contract under EU law</source>
        <translation>, contract onder EU-recht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hosted in the EU; seat of a parent company unknown</source>
        <translation>gehost in de EU; vestigingsplaats van een moederbedrijf onbekend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hosted in the EU, but %1 can compel access</source>
        <translation>gehost in de EU, maar %1 kan toegang afdwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosted in the EU, no non-EU law in reach</source>
        <translation>gehost in de EU, geen niet-EU-wet binnen bereik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hosted outside the EU</source>
        <translation>gehost buiten de EU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no host recorded</source>
        <translation>geen hostinglocatie vastgelegd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a host&apos;s location unknown</source>
        <translation>locatie van een host onbekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open source, run on the organisation&apos;s own premises</source>
        <translation>open source, draait on-premises bij de organisatie zelf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operated and controlled from the EU</source>
        <translation>beheer en zeggenschap vanuit de EU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>operated and controlled from outside the EU</source>
        <translation>beheer en zeggenschap van buiten de EU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operator or parent company unknown</source>
        <translation>beheerder of moederbedrijf onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>suppliers, subcontractors and operators all controlled from the EU</source>
        <translation>leveranciers, onderaannemers en beheerders allemaal onder zeggenschap vanuit de EU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a subcontractor or operator is controlled from outside the EU</source>
        <translation>een onderaannemer of beheerder staat onder zeggenschap van buiten de EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a subcontractor&apos;s or operator&apos;s parent unknown</source>
        <translation>moederbedrijf van een onderaannemer of beheerder onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>supplier chain unknown</source>
        <translation>leveranciersketen onbekend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>licence, standards and portability unknown</source>
        <translation>licentie, standaarden en dataportabiliteit onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open source with %1 open standards</source>
        <translation>open source met %1 open standaarden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open source</source>
        <translation>open source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open standards and portable data</source>
        <translation>open standaarden en overdraagbare data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proprietary, with some open standards or exportable data</source>
        <translation>propriëtair, met enkele open standaarden of exporteerbare data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proprietary and closed</source>
        <translation>propriëtair en gesloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not derivable from the graph: assess (seal.SOV-7)</source>
        <translation>niet af te leiden uit de graaf: zelf beoordelen (seal.SOV-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not derivable from the graph: assess (seal.SOV-8)</source>
        <translation>niet af te leiden uit de graaf: zelf beoordelen (seal.SOV-8)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assessed by the user (%1 = %2)</source>
        <translation>beoordeeld door de gebruiker (%1 = %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; derived: SEAL-%1, %2</source>
        <translation>; afgeleid: SEAL-%1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>weakest of %1 application(s): %2</source>
        <translation>zwakste van %1 applicatie(s): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown for all %1 application(s)</source>
        <translation>onbekend voor alle %1 applicatie(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 unknown)</source>
        <translation> (%1 onbekend)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>lock-in: data_portability; SOV-6</source>
        <translation>lock-in: data_portability; SOV-6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: open_standards; SOV-6</source>
        <translation>lock-in: open_standards; SOV-6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: license; SOV-4, SOV-6</source>
        <translation>lock-in: license; SOV-4, SOV-6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: deployment; SOV-4; concentration by host operator</source>
        <translation>lock-in: deployment; SOV-4; concentratie per beheerder van de hosting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: switching_cost; concentration by annual cost</source>
        <translation>lock-in: switching_cost; concentratie gewogen naar jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concentration by annual cost</source>
        <translation>concentratie naar jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: exit_clause</source>
        <translation>lock-in: exit_clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock-in: data_return_clause</source>
        <translation>lock-in: data_return_clause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: notice_period</source>
        <translation>lock-in: notice_period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock-in: contract_term</source>
        <translation>lock-in: contract_term</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>lock-in: alternatives (%1, counted at its slowest)</source>
        <translation>lock-in: alternatives (%1, geteld als de traagste overstap)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lock-in: switching_cost (%1)</source>
        <translation>lock-in: switching_cost (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lock-in: bundling; SOV-1, SOV-2, SOV-5; concentration</source>
        <translation>lock-in: bundling; SOV-1, SOV-2, SOV-5; concentratie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOV-3, SOV-4; concentration by host operator</source>
        <translation>SOV-3, SOV-4; concentratie per beheerder van de hosting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOV-3 (where the service keeps its data)</source>
        <translation>SOV-3 (waar de dienst de data bewaart)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a number from 0 to 1; ignored</source>
        <translation>moet een getal van 0 tot en met 1 zijn; genegeerd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a SEAL level 0..4; ignored</source>
        <translation>moet een SEAL-niveau 0..4 zijn; genegeerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (only an assessment can tell)</source>
        <translation> (alleen een beoordeling kan dit uitwijzen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SOV-1, SOV-2, SOV-5; concentration by jurisdiction</source>
        <translation>SOV-1, SOV-2, SOV-5; concentratie per rechtsgebied</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOV-1, SOV-2 (seat of the contracting company)</source>
        <translation>SOV-1, SOV-2 (vestigingsplaats van de contractpartij)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOV-4, SOV-5; concentration by host operator</source>
        <translation>SOV-4, SOV-5; concentratie per beheerder van de hosting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every weighting (3 assumed)</source>
        <translation>elke weging (3 aangenomen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every analysis of this capability</source>
        <translation>elke analyse van deze bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an ISO date</source>
        <translation>moet een ISO-datum zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as of %1, older than %2 months</source>
        <translation>peildatum %1, ouder dan %2 maanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a number from 0 to 1</source>
        <translation>moet een getal van 0 tot en met 1 zijn</translation>
    </message>
    <message>
        <location line="-568"/>
        <location line="+570"/>
        <source>confidence %1</source>
        <translation>betrouwbaarheid %1</translation>
    </message>
</context>
<context>
    <name>MethodologyOutput</name>
    <message>
        <location filename="../core/methodologyoutput.cpp" line="+142"/>
        <location line="+330"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>ultimate parent</source>
        <translation>uiteindelijk moederbedrijf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurisdiction of the parent</source>
        <translation>rechtsgebied van het moederbedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host operator</source>
        <translation>beheerder van de hosting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>criticality</source>
        <translation>kritikaliteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annual cost</source>
        <translation>jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale</source>
        <translation>verouderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low confidence</source>
        <translation>lage betrouwbaarheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>needs no application</source>
        <translation>heeft geen applicatie nodig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock-in per capability (0-100; a capability is as locked in as its most locked-in application)
</source>
        <translation>Lock-in per bedrijfsfunctie (0-100; een bedrijfsfunctie heeft de lock-in van haar applicatie met de meeste lock-in)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Bedrijfsfunctie</translation>
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
        <translation>Bekend</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Driven by</source>
        <translation>Bepaald door</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Heaviest factors</source>
        <translation>Zwaarste factoren</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+48"/>
        <source> (alternative)</source>
        <translation> (alternatief)</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Lock-in per application (unknown factors counted at their worst; &quot;if known&quot; at their best; as of %1)
</source>
        <translation>Lock-in per applicatie (onbekende factoren tellen op hun slechtst mee; &quot;indien bekend&quot; op hun best; peildatum %1)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Application</source>
        <translation>Applicatie</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>If known</source>
        <translation>Indien bekend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock-in per supplier group (ultimate parent company)
</source>
        <translation>Lock-in per leveranciersgroep (uiteindelijk moederbedrijf)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Parent</source>
        <translation>Moederbedrijf</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applications</source>
        <translation>Applicaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Concentration (Herfindahl-Hirschman index 0-10,000; low below %1, high above %2)
</source>
        <translation>Concentratie (Herfindahl-Hirschman-index 0-10.000; laag onder %1, hoog boven %2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Per</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted by</source>
        <translation>Gewogen naar</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Grootste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weighted by %1, %2 of the known weight is under a jurisdiction outside the EU.
</source>
        <translation>Gewogen naar %1 valt %2 van het bekende gewicht onder een rechtsgebied buiten de EU.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pass</source>
        <translation>voldoet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fail</source>
        <translation>voldoet niet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weakest</source>
        <translation>Zwakste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gates</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sovereignty profile per application: SEAL level 0-4 per objective of the Cloud Sovereignty Framework (– unknown, * assessed by the user); score 0-100 with unknown as SEAL-0
</source>
        <translation>Soevereiniteitsprofiel per applicatie: SEAL-niveau 0-4 per doelstelling van het Cloud Sovereignty Framework (– onbekend, * beoordeeld door de gebruiker); score 0-100, waarbij onbekend telt als SEAL-0
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty profile per supplier group (weakest application per objective)
</source>
        <translation>Soevereiniteitsprofiel per leveranciersgroep (zwakste applicatie per doelstelling)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data quality: lock-in rests for %1 on known facts, sovereignty for %2, concentration for %3.
</source>
        <translation>Datakwaliteit: lock-in berust voor %1 op bekende feiten, soevereiniteit voor %2, concentratie voor %3.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing is missing.
</source>
        <translation>Er ontbreekt niets.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most important gaps first:
</source>
        <translation>Belangrijkste hiaten eerst:
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
        <translation>Knooppunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fact</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feeds</source>
        <translation>Werkt door in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more (--json lists the %2 most important and counts all).
</source>
        <translation>… en nog %1 (--json toont de %2 belangrijkste en telt ze allemaal).
</translation>
    </message>
</context>
<context>
    <name>OptionComparison</name>
    <message>
        <location filename="../core/optioncomparison.cpp" line="+30"/>
        <source>capability</source>
        <translation>bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application</source>
        <translation>applicatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier</source>
        <translation>leverancier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurisdiction</source>
        <translation>rechtsgebied</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ultimate parent</source>
        <translation>uiteindelijk moederbedrijf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurisdiction of the parent</source>
        <translation>rechtsgebied van het moederbedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host operator</source>
        <translation>beheerder van de hosting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>criticality</source>
        <translation>kritikaliteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annual cost</source>
        <translation>jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>removes %1 with its %n edge(s)</source>
        <translation>
            <numerusform>verwijdert %1 met de %n bijbehorende verbinding</numerusform>
            <numerusform>verwijdert %1 met de %n bijbehorende verbindingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removes the edge %1 → %2 (%3)</source>
        <translation>verwijdert de verbinding %1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds %1 %2 (%3)</source>
        <translation>voegt %1 %2 (%3) toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds the edge %1 → %2 (%3)</source>
        <translation>voegt de verbinding %1 → %2 (%3) toe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adds the edge %1 → %2 (%3) in group “%4”</source>
        <translation>voegt de verbinding %1 → %2 (%3) toe in groep “%4”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changes nothing</source>
        <translation>verandert niets</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>unknown option &quot;%1&quot;: the model has no options</source>
        <translation>onbekende optie &quot;%1&quot;: het model heeft geen opties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &quot;%1&quot;; the model has: %2</source>
        <translation>onbekende optie &quot;%1&quot;; het model heeft: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &quot;%1&quot; is given more than once</source>
        <translation>optie &quot;%1&quot; is meer dan eens opgegeven</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>option &quot;%1&quot; does not give a valid model: %2: %3</source>
        <translation>optie &quot;%1&quot; levert geen geldig model op: %2: %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>capabilities without a single point of failure</source>
        <translation>bedrijfsfuncties zonder single point of failure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annual cost of the applications in use (EUR)</source>
        <translation>jaarlijkse kosten van de gebruikte applicaties (EUR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applications in use without annual cost</source>
        <translation>gebruikte applicaties zonder jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean sovereignty score of the applications in use</source>
        <translation>gemiddelde soevereiniteitsscore van de gebruikte applicaties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applications in use passing every SEAL gate</source>
        <translation>gebruikte applicaties die aan elke SEAL-drempel voldoen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>concentration (HHI) by %1, weighted by %2</source>
        <translation>concentratie (HHI) per %1, gewogen naar %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>known share of the lock-in facts</source>
        <translation>aandeel bekende feiten over lock-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known share of the sovereignty facts</source>
        <translation>aandeel bekende feiten over soevereiniteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known share of the concentration facts</source>
        <translation>aandeel bekende feiten over concentratie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>single points of failure</source>
        <translation>single points of failure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cut sets of order 2..%1</source>
        <translation>snedeverzamelingen van orde 2..%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign jurisdictions that reach it</source>
        <translation>buitenlandse rechtsgebieden die haar bereiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in score</source>
        <translation>lock-in-score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capabilities it can cut off</source>
        <translation>bedrijfsfuncties die het kan afsluiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>capabilities that go down</source>
        <translation>bedrijfsfuncties die uitvallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capabilities down beyond their maximum tolerable downtime</source>
        <translation>bedrijfsfuncties die langer uitvallen dan hun maximaal toelaatbare uitval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capabilities with no way back</source>
        <translation>bedrijfsfuncties zonder weg terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra cost over the horizon (EUR)</source>
        <translation>extra kosten over de horizon (EUR)</translation>
    </message>
</context>
<context>
    <name>ScenarioOutput</name>
    <message>
        <location filename="../core/scenariooutput.cpp" line="+29"/>
        <source>%1 fails</source>
        <translation>%1 valt uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 becomes %2 times as expensive</source>
        <translation>%1 wordt %2 keer zo duur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is acquired by %2</source>
        <translation>%1 wordt overgenomen door %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fastest</source>
        <translation>snelste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cheapest</source>
        <translation>goedkoopste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most sovereign</source>
        <translation>meest soeverein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 → %2 (%3, %4)</source>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time unknown</source>
        <translation>duur onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost unknown</source>
        <translation>kosten onbekend</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Scenario %1 (%2): %3 months, ways back ranked %4

</source>
        <translation>Scenario %1 (%2): %3 maanden, wegen terug: %4 eerst

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline
</source>
        <translation>Tijdlijn
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  month %1
</source>
        <translation>  maand %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    %1 nodes fail
</source>
        <translation>    %1 knooppunten vallen uit
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    down: %1
</source>
        <translation>    uitgevallen: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    switch begins: %1
</source>
        <translation>    overstap begint: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    back: %1
</source>
        <translation>    terug: %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXCEEDED</source>
        <translation>OVERSCHREDEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within</source>
        <translation>binnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NO WAY BACK: %1</source>
        <translation>GEEN WEG TERUG: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No capability goes down.
</source>
        <translation>Geen enkele bedrijfsfunctie valt uit.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities that go down, and the way back
</source>
        <translation>Bedrijfsfuncties die uitvallen, en de weg terug
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MTD kept</source>
        <translation>MTD gehaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Way back</source>
        <translation>Weg terug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept up by redundancy
</source>
        <translation>Overeind gehouden door redundantie
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 (month %2) lost %3
</source>
        <translation>  %1 (maand %2) verloor %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost over %1 months: %2 without the scenario, %3 with it (%4 more; switching %5).
</source>
        <translation>Kosten over %1 maanden: %2 zonder het scenario, %3 met het scenario (%4 meer; overstappen %5).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 applications have no annual cost on record and are not counted.
</source>
        <translation>%1 applicaties hebben geen vastgelegde jaarlijkse kosten en zijn niet meegeteld.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (switch time, switch cost or the alternative&apos;s annual cost missing)</source>
        <translation>onbekend (overstaptijd, overstapkosten of de jaarlijkse kosten van het alternatief ontbreken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switching saves %1</source>
        <translation>overstappen bespaart %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staying is %1 cheaper</source>
        <translation>blijven is %1 goedkoper</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ways out of the price rise (switching from the month the price rises, to the end of the horizon)
</source>
        <translation>Uitwegen uit de prijsstijging (overstappen vanaf de maand van de prijsstijging, tot het einde van de horizon)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Applicatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternative</source>
        <translation>Alternatief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>Overstap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staying</source>
        <translation>Blijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching</source>
        <translation>Overstappen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal reach after the acquisitions
</source>
        <translation>Juridisch bereik na de overnames
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
        <translation>komt binnen bereik van %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaves the reach of %1</source>
        <translation>valt buiten het bereik van %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty after the acquisitions
</source>
        <translation>Soevereiniteit na de overnames
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: score %2 → %3, weakest SEAL %4 → %5
</source>
        <translation>  %1: score %2 → %3, zwakste SEAL %4 → %5
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Concentration after the acquisitions
</source>
        <translation>Concentratie na de overnames
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ultimate parent</source>
        <translation>uiteindelijk moederbedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jurisdiction of the parent</source>
        <translation>rechtsgebied van het moederbedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host operator</source>
        <translation>beheerder van de hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criticality</source>
        <translation>kritikaliteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annual cost</source>
        <translation>jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  HHI by %1, weighted by %2: %3 → %4
</source>
        <translation>  HHI per %1, gewogen naar %2: %3 → %4
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1
</source>
        <translation>Opmerking: %1
</translation>
    </message>
</context>
<context>
    <name>ScenarioTemplates</name>
    <message>
        <location filename="../core/scenariotemplate.cpp" line="+35"/>
        <source>jurisdiction</source>
        <translation>rechtsgebied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier</source>
        <translation>leverancier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application</source>
        <translation>applicatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capability</source>
        <translation>bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the foreign jurisdiction whose laws reach the most capabilities (%1)</source>
        <translation>het buitenlandse rechtsgebied waarvan de wetten de meeste bedrijfsfuncties bereiken (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the supplier group controlled from outside the EU with the most applications (%1)</source>
        <translation>de leveranciersgroep onder zeggenschap van buiten de EU met de meeste applicaties (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supplier group with the most applications (%1)</source>
        <translation>de leveranciersgroep met de meeste applicaties (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the application the most capabilities need (%1)</source>
        <translation>de applicatie die de meeste bedrijfsfuncties nodig hebben (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the host the most applications run on (%1)</source>
        <translation>de host waarop de meeste applicaties draaien (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>geen JSON-object (%1 bij byte %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>format must be &quot;antrum-scenario-template&quot;</source>
        <translation>format moet &quot;antrum-scenario-template&quot; zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version must be 1</source>
        <translation>version moet 1 zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id is missing</source>
        <translation>id ontbreekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name needs at least an &quot;en&quot; text</source>
        <translation>name heeft minstens een &quot;en&quot;-tekst nodig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a parameter has no name, or a name used twice</source>
        <translation>een parameter heeft geen naam, of een naam die al eerder is gebruikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameter %1: a number needs a number as default</source>
        <translation>parameter %1: een getal heeft een getal als standaardwaarde nodig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parameter %1: &quot;%2&quot; is not a chooser for a %3</source>
        <translation>parameter %1: &quot;%2&quot; is geen kiezer voor een %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter %1: unknown kind &quot;%2&quot;</source>
        <translation>parameter %1: onbekende soort &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>events are missing</source>
        <translation>events ontbreken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>onbekend type gebeurtenis &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;with&quot; must be &quot;subsidiaries&quot; or &quot;subcontractors&quot;</source>
        <translation>&quot;with&quot; moet &quot;subsidiaries&quot; of &quot;subcontractors&quot; zijn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the template has no parameter &quot;%1&quot;</source>
        <translation>het sjabloon heeft geen parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a number above 0, not &quot;%2&quot;</source>
        <translation>%1 moet een getal boven 0 zijn, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no node &quot;%2&quot; in the model</source>
        <translation>%1: geen knooppunt &quot;%2&quot; in het model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is of kind %3, not %4</source>
        <translation>%1: &quot;%2&quot; is een %3, geen %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2 (given)</source>
        <translation>%1 = %2 (opgegeven)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = %2 (the template&apos;s default)</source>
        <translation>%1 = %2 (standaardwaarde van het sjabloon)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the model has no %2 to choose (%3); give one with %1=ID</source>
        <translation>%1: het model heeft geen %2 om te kiezen (%3); geef er een op met %1=ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2 (chosen: %3)</source>
        <translation>%1 = %2 (gekozen: %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an event&apos;s month must be a number of 0 or more</source>
        <translation>de maand van een gebeurtenis moet een getal van 0 of meer zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a price event needs a factor above 0</source>
        <translation>een prijsgebeurtenis heeft een factor groter dan 0 nodig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an acquisition needs a supplier of the model as the buyer, not &quot;%1&quot;</source>
        <translation>een overname heeft een leverancier uit het model als koper nodig, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a price event needs a supplier, not &quot;%1&quot;</source>
        <translation>een prijsgebeurtenis heeft een leverancier nodig, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an acquisition needs a supplier to be bought, not &quot;%1&quot;</source>
        <translation>een overname heeft een leverancier nodig die wordt overgenomen, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an event names &quot;%1&quot;, which is not in the model</source>
        <translation>een gebeurtenis noemt &quot;%1&quot;, dat niet in het model staat</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../core/scenariosimulation.cpp" line="+139"/>
        <source>an event names a node that is not in the model (%1) and is left out</source>
        <translation>een gebeurtenis noemt een knooppunt dat niet in het model staat (%1) en wordt weggelaten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a price event on %1 has no factor above 0 and is left out</source>
        <translation>een prijsgebeurtenis op %1 heeft geen factor groter dan 0 en wordt weggelaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an event on %1 before month 0 is taken as month 0</source>
        <translation>een gebeurtenis op %1 vóór maand 0 telt als maand 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>event at month %1 is beyond the horizon of %2 months and is left out</source>
        <translation>gebeurtenis in maand %1 valt buiten de horizon van %2 maanden en is weggelaten</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>every failed application it needs has an alternative, but switching does not bring it back: it depends on a failed node that no application switch replaces</source>
        <translation>elke uitgevallen applicatie die ze nodig heeft, heeft een alternatief, maar overstappen brengt haar niet terug: ze hangt af van een uitgevallen knooppunt dat geen enkele overstap naar een andere applicatie vervangt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable alternative for %1 (none recorded, or every one is hit too)</source>
        <translation>geen bruikbaar alternatief voor %1 (geen vastgelegd, of elk alternatief is ook getroffen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a switch has no known duration (switch_months missing): the recovery month is unknown</source>
        <translation>een overstap heeft geen bekende duur (switch_months ontbreekt): de maand van herstel is onbekend</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the switch ends after the horizon, in month %1</source>
        <translation>de overstap eindigt na de horizon, in maand %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 has no annual_cost: its running cost after the switch is not counted</source>
        <translation>%1 heeft geen annual_cost: de lopende kosten na de overstap zijn niet meegeteld</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 cannot acquire %2: it is owned by it</source>
        <translation>%1 kan %2 niet overnemen: %1 is zelf eigendom van %2</translation>
    </message>
</context>
<context>
    <name>antrum::GraphView</name>
    <message>
        <location filename="../ui/graphview.cpp" line="+135"/>
        <source>Home jurisdiction</source>
        <translation>Eigen rechtsgebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other EU member state</source>
        <translation>Andere EU-lidstaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign jurisdiction</source>
        <translation>Buitenlands rechtsgebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on (points right)</source>
        <translation>Hangt af van (wijst naar rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsidiary of</source>
        <translation>Dochter van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative for</source>
        <translation>Alternatief voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy group (k of n)</source>
        <translation>Redundantiegroep (k van n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single point of failure</source>
        <translation>Enkelvoudig faalpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it fails</source>
        <translation>Waarom het uitvalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign legal reach</source>
        <translation>Buitenlands juridisch bereik</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>Dependency graph</source>
        <translation>Afhankelijkhedengraaf</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit Graph to Window</source>
        <translation>Graaf &amp;passend in venster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Werkelijke grootte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus on &amp;Neighbourhood</source>
        <translation>&amp;Focus op de omgeving</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wider Neighbourhood</source>
        <translation>&amp;Ruimere omgeving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Collapse or Expand Ownership Tree</source>
        <translation>Eigendomsboom in- of &amp;uitklappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse All Ownership &amp;Trees</source>
        <translation>Alle eigendoms&amp;bomen inklappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expand All Ownership Trees</source>
        <translation>Alle eigendomsbomen uit&amp;klappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear &amp;Highlight</source>
        <translation>&amp;Markering wissen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Legend</source>
        <translation>&amp;Legenda tonen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xport Graph…</source>
        <translation>Graaf e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Wider Neighbourhood (now %1)</source>
        <translation>&amp;Ruimere omgeving (nu %1)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message>
        <location line="+598"/>
        <source>The graph is too large to render as an image.</source>
        <translation>De graaf is te groot om als afbeelding te maken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>Kan %1 niet schrijven: de afbeelding kon niet worden gecodeerd.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dependency graph exported by Antrum</source>
        <translation>Afhankelijkhedengraaf geëxporteerd door Antrum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot start the SVG export.</source>
        <translation>De SVG-export kan niet starten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Export Graph</source>
        <translation>Graaf exporteren</translation>
    </message>
</context>
<context>
    <name>antrum::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+146"/>
        <source>Analysing…</source>
        <translation>Bezig met analyseren…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Analysis cancelled (it runs again after the next edit)</source>
        <translation>Analyse geannuleerd (ze loopt opnieuw na de volgende wijziging)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 capabilities without a single point of failure</source>
        <translation>%1 van %2 bedrijfsfuncties zonder single point of failure</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export as JSON…</source>
        <translation>&amp;Exporteren als JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export model as JSON</source>
        <translation>Model exporteren als JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON models (*.json)</source>
        <translation>JSON-modellen (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add node…</source>
        <translation>Knooppunt &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link selected node…</source>
        <translation>Gekozen knooppunt &amp;koppelen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlink…</source>
        <translation>&amp;Ontkoppelen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redundancy group…</source>
        <translation>&amp;Redundantiegroep…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;attribute on selected nodes…</source>
        <translation>&amp;Kenmerk instellen op gekozen knooppunten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name node…</source>
        <translation>Knooppunt he&amp;rnoemen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete node</source>
        <translation>Knooppunt &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find node</source>
        <translation>Knooppunt &amp;zoeken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the &amp;graph</source>
        <translation>De &amp;graaf tonen</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+53"/>
        <source>Unsaved changes kept for recovery</source>
        <translation>Niet-opgeslagen wijzigingen bewaard voor herstel</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+15"/>
        <source>Recover unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen herstellen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Antrum kept changes to “%1” that were not saved (%2). Recover them?</source>
        <translation>Antrum heeft wijzigingen in „%1” bewaard die niet waren opgeslagen (%2). Herstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new model</source>
        <translation>een nieuw model</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot recover</source>
        <translation>Kan niet herstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The kept changes could not be read; the file is opened as it was saved.</source>
        <translation>De bewaarde wijzigingen konden niet worden gelezen; het bestand wordt geopend zoals het was opgeslagen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+396"/>
        <source>%1[*] — Antrum</source>
        <translation>%1[*] — Antrum</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Changed: analysis follows…</source>
        <translation>Gewijzigd: analyse volgt…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Redundancy group of %1</source>
        <translation>Redundantiegroep van %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>redundant</source>
        <translation>redundant</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members (any k of them keep %1 running)</source>
        <translation>&amp;Leden (elke k ervan houden %1 draaiende)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;k: how many must work</source>
        <translation>&amp;k: hoeveel moeten werken</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no links</source>
        <translation>%1 heeft geen koppelingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove which link of %1?</source>
        <translation>Welke koppeling van %1 verwijderen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot unlink</source>
        <translation>Kan niet ontkoppelen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attribute for the selected nodes (%1), as key=value (numbers, true/false and text; key= removes it):</source>
        <translation>Kenmerk voor de gekozen knooppunten (%1), als sleutel=waarde (getallen, true/false en tekst; sleutel= verwijdert het):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New id for %1:</source>
        <translation>Nieuwe id voor %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot rename</source>
        <translation>Kan niet hernoemen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1” kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save model as</source>
        <translation>Model opslaan als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antrum documents (*.antrum)</source>
        <translation>Antrum-documenten (*.antrum)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1” heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <location line="-398"/>
        <location line="+412"/>
        <source>New model</source>
        <translation>Nieuw model</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="-389"/>
        <location line="+397"/>
        <source>%1 nodes · %2 edges</source>
        <translation>%1 knooppunten · %2 verbindingen</translation>
    </message>
    <message>
        <location line="-824"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>&amp;Graph</source>
        <translation>&amp;Graaf</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the analysis</source>
        <translation>De analyse annuleren</translation>
    </message>
    <message>
        <location line="+452"/>
        <source>Nothing was deleted: %1</source>
        <translation>Er is niets verwijderd: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add node</source>
        <translation>Knooppunt toevoegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Link %1</source>
        <translation>%1 koppelen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none (needed without alternative)</source>
        <translation>geen (nodig, zonder alternatief)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edge</source>
        <translation>&amp;Verbinding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy &amp;group</source>
        <translation>Redundantie&amp;groep</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Set an attribute</source>
        <translation>Een kenmerk instellen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot set the attribute</source>
        <translation>Kan het kenmerk niet instellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+11"/>
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
    <name>antrum::ModelEditor</name>
    <message>
        <location filename="../ui/modeleditor.cpp" line="+96"/>
        <source>scenario &quot;%1&quot;</source>
        <translation>scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option &quot;%1&quot;</source>
        <translation>optie &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the home jurisdictions</source>
        <translation>de eigen rechtsgebieden</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+79"/>
        <source>the id &quot;%1&quot; is already in use</source>
        <translation>de id &quot;%1&quot; is al in gebruik</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+31"/>
        <location line="+43"/>
        <location line="+22"/>
        <source>there is no node &quot;%1&quot;</source>
        <translation>er is geen knooppunt &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 is still used by %2</source>
        <translation>%1 wordt nog gebruikt door %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 nodes</source>
        <translation>%1 knooppunten verwijderen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename %1 to %2</source>
        <translation>%1 hernoemen naar %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link %1 to %2</source>
        <translation>%1 koppelen aan %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlink %1 from %2</source>
        <translation>%1 loskoppelen van %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no %1 edge from %2 to %3</source>
        <translation>er is geen %1-verbinding van %2 naar %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set %1 of %2</source>
        <translation>%1 van %2 instellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set %1 of %2 nodes</source>
        <translation>%1 van %2 knooppunten instellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a redundancy group needs a name</source>
        <translation>een redundantiegroep heeft een naam nodig</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 does not depend on %2: link them first</source>
        <translation>%1 hangt niet af van %2: koppel ze eerst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group %1 of %2</source>
        <translation>Groep %1 van %2</translation>
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
    <name>antrum::PropertyEditor</name>
    <message>
        <location filename="../ui/propertyeditor.cpp" line="+29"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not set (3)</source>
        <translation>niet ingesteld (3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open source</source>
        <translation>open source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proprietary</source>
        <translation>gesloten (proprietary)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on premises</source>
        <translation>eigen beheer (on-premises)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infrastructure as a service</source>
        <translation>infrastructuur als dienst (IaaS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform as a service</source>
        <translation>platform als dienst (PaaS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>software as a service</source>
        <translation>software als dienst (SaaS)</translation>
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
        <translation>nee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (YYYY-MM-DD)</source>
        <translation>onbekend (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criticality</source>
        <translation>&amp;Kritikaliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max. tolerable &amp;downtime</source>
        <translation>Max. toelaatbare &amp;uitval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Failure probability per year</source>
        <translation>Kans op &amp;falen per jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence</source>
        <translation>&amp;Licentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;ployment</source>
        <translation>&amp;Inzet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;portability (0-1)</source>
        <translation>&amp;Overdraagbaarheid data (0-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Annual cost</source>
        <translation>&amp;Jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exit clause</source>
        <translation>&amp;Exitclausule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-&amp;return clause</source>
        <translation>Clausule &amp;teruggave data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otice period</source>
        <translation>Op&amp;zegtermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;ends</source>
        <translation>Contract loopt &amp;af</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No node selected</source>
        <translation>Geen knooppunt gekozen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+31"/>
        <source>Digital-sovereignty dependency analyzer</source>
        <translation>Analyse van digitale afhankelijkheden en soevereiniteit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A model to open (.antrum or .json).</source>
        <translation>Een model om te openen (.antrum of .json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the node ID.</source>
        <translation>Kies het knooppunt ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the details or the graph.</source>
        <translation>Toon de details of de graaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>Bewaar een afbeelding van het venster als PNG en stop.</translation>
    </message>
</context>
</TS>

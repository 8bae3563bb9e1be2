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
    <name>Methodology</name>
    <message>
        <location filename="../core/methodology.cpp" line="+426"/>
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

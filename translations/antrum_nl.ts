<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnalysisOutput</name>
    <message>
        <location filename="../core/analysisoutput.cpp" line="+213"/>
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
    <name>ArchiMate</name>
    <message>
        <location filename="../core/archimate.cpp" line="+135"/>
        <source>a %1 relationship from a %2 to a %3 has no Antrum edge kind</source>
        <translation>een %1-relatie van een %2 naar een %3 heeft geen verbindingssoort in Antrum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an aggregation does not say that the whole needs its parts</source>
        <translation>een aggregatie zegt niet dat het geheel zijn delen nodig heeft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an association between a %1 and a %2 does not say which depends on which</source>
        <translation>een associatie tussen een %1 en een %2 zegt niet welke van welke afhangt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a %1 relationship states no dependency</source>
        <translation>een %1-relatie drukt geen afhankelijkheid uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown relationship type %1</source>
        <translation>onbekend relatietype %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>this is not an XML document: no element found (%1)</source>
        <translation>dit is geen XML-document: geen element gevonden (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the XML ends too early (truncated file?): %1</source>
        <translation>de XML eindigt te vroeg (afgekapt bestand?): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not well-formed XML: %1</source>
        <translation>geen welgevormde XML: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file has a document type declaration (DTD); it is refused because its entities could expand without bound or read other files, and exchange files need none</source>
        <translation>het bestand heeft een documenttypedeclaratie (DTD); die wordt geweigerd omdat de entiteiten ervan onbegrensd kunnen uitdijen of andere bestanden kunnen lezen, en uitwisselingsbestanden er geen nodig hebben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file refers to the entity &quot;%1&quot;; entities are refused</source>
        <translation>het bestand verwijst naar de entiteit &quot;%1&quot;; entiteiten worden geweigerd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file holds no XML element</source>
        <translation>het bestand bevat geen XML-element</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this is not an ArchiMate exchange file: the root element is {%1}%2, expected &quot;model&quot; in the namespace %3 (ArchiMate 3.x) or %4 (2.1)</source>
        <translation>dit is geen ArchiMate-uitwisselingsbestand: het hoofdelement is {%1}%2, verwacht werd &quot;model&quot; in de namespace %3 (ArchiMate 3.x) of %4 (2.1)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the file has more than %1 elements, relationships and properties</source>
        <translation>het bestand bevat meer dan %1 elementen, relaties en eigenschappen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>a relationship</source>
        <translation>een relatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an element</source>
        <translation>een element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no identifier</source>
        <translation>%1 heeft geen identificatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot; has no xsi:type</source>
        <translation>%1 &quot;%2&quot; heeft geen xsi:type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relationship &quot;%1&quot; lacks a source or a target</source>
        <translation>relatie &quot;%1&quot; mist een bron of een doel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>identifier &quot;%1&quot; is used twice (first on line %2)</source>
        <translation>identificatie &quot;%1&quot; wordt twee keer gebruikt (eerst op regel %2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>relationship %1 (%2 from %3 to %4)</source>
        <translation>relatie %1 (%2 van %3 naar %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>element %1 (%2 &quot;%3&quot;)</source>
        <translation>element %1 (%2 &quot;%3&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a property refers to the unknown definition &quot;%1&quot;</source>
        <translation>een eigenschap verwijst naar de onbekende definitie &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>property %1%2 has the unusable value &quot;%3&quot;</source>
        <translation>eigenschap %1%2 heeft de onbruikbare waarde &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>property %1%2 is not one Antrum knows</source>
        <translation>eigenschap %1%2 is bij Antrum niet bekend</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>ArchiMate model</source>
        <translation>ArchiMate-model</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the element type %1 has no Antrum kind</source>
        <translation>het elementtype %1 heeft geen soort in Antrum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>element %1 became node &quot;%2&quot;</source>
        <translation>element %1 is knooppunt &quot;%2&quot; geworden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>element %1 has no name; its identifier is used</source>
        <translation>element %1 heeft geen naam; de identificatie ervan wordt gebruikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name of element %1 was cut to 1000 characters</source>
        <translation>de naam van element %1 is ingekort tot 1000 tekens</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 %2 (%3) is not mapped</source>
        <translation>haar %1 %2 (%3) is niet omgezet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 %2 is a relationship, which Antrum cannot connect</source>
        <translation>haar %1 %2 is een relatie, die Antrum niet kan verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 %2 does not exist</source>
        <translation>haar %1 %2 bestaat niet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its source and target are the same</source>
        <translation>haar bron en doel zijn hetzelfde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>relationship %1 gives the same %2 edge from &quot;%3&quot; to &quot;%4&quot; as %5; merged</source>
        <translation>relatie %1 levert dezelfde %2-verbinding van &quot;%3&quot; naar &quot;%4&quot; op als %5; samengevoegd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as subsidiary_of it would close a cycle of ownership</source>
        <translation>als subsidiary_of zou ze een eigendomscyclus sluiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its property &quot;%1&quot; is dropped: Antrum edges carry no properties</source>
        <translation>haar eigenschap &quot;%1&quot; vervalt: verbindingen in Antrum hebben geen eigenschappen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not imported: %1 (views and organisation have no Antrum counterpart)</source>
        <translation>niet geïmporteerd: %1 (views en organisatie hebben geen tegenhanger in Antrum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>texts come in several languages; English is used where present, else Dutch, else the first</source>
        <translation>teksten zijn in meerdere talen aanwezig; Engels wordt gebruikt als het er is, anders Nederlands, anders de eerste taal</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 dropped: %2</source>
        <translation>%1 weggelaten: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>group dropped: %1</source>
        <translation>groep weggelaten: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the imported model is not valid: %1</source>
        <translation>het geïmporteerde model is niet geldig: %1</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>invalid UTF-8 (byte 0x%1 at byte offset %2); save the file as UTF-8</source>
        <translation>ongeldige UTF-8 (byte 0x%1 op byte-positie %2); sla het bestand op als UTF-8</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is %1 bytes long; at most %2 are accepted</source>
        <translation>het bestand is %1 bytes groot; ten hoogste %2 worden geaccepteerd</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../core/catalogue.cpp" line="+302"/>
        <source>duplicate key %1 (first at line %2)</source>
        <translation>dubbele sleutel %1 (voor het eerst op regel %2)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>expected an object</source>
        <translation>verwacht een object</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key %1</source>
        <translation>onbekende sleutel %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing required key %1</source>
        <translation>verplichte sleutel %1 ontbreekt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a string</source>
        <translation>verwacht een tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an array of strings</source>
        <translation>verwacht een lijst met teksten</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+152"/>
        <source>expected a non-empty string</source>
        <translation>verwacht een niet-lege tekst</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>expected true or false</source>
        <translation>verwacht true of false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1 is geen datum (JJJJ, JJJJ-MM of JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a date (YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1 is geen datum (JJJJ-MM of JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected %1, found %2</source>
        <translation>verwacht %1, gevonden %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected the integer 1</source>
        <translation>verwacht het gehele getal 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is newer than this program reads (1)</source>
        <translation>versie %1 is nieuwer dan dit programma kan lezen (1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an array of sources</source>
        <translation>verwacht een lijst met bronnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs at least one source</source>
        <translation>heeft ten minste één bron nodig</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lies after the catalogue&apos;s as_of %2</source>
        <translation>%1 ligt na de peildatum (as_of) van de catalogus, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &quot;high&quot;, &quot;medium&quot; or &quot;low&quot;</source>
        <translation>verwacht &quot;high&quot;, &quot;medium&quot; of &quot;low&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+136"/>
        <source>expected an array</source>
        <translation>verwacht een lijst</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 is not an ISO 3166-1 alpha-2 code in capitals</source>
        <translation>%1 is geen ISO 3166-1 alpha-2-code in hoofdletters</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+142"/>
        <source>duplicate id %1 (first at line %2)</source>
        <translation>dubbele id %1 (voor het eerst op regel %2)</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>expected an object of language -&gt; name</source>
        <translation>verwacht een object van taal -&gt; naam</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a jurisdiction outside the EU needs its laws, or a laws_note saying that none is recorded</source>
        <translation>een rechtsgebied buiten de EU heeft zijn wetten nodig, of een laws_note die vermeldt dat er geen zijn vastgelegd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>name %1 also names jurisdiction %2 (line %3)</source>
        <translation>naam %1 is ook een naam van rechtsgebied %2 (regel %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected an array of laws</source>
        <translation>verwacht een lijst met wetten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>law name %1 is used twice in this jurisdiction</source>
        <translation>wetsnaam %1 komt twee keer voor in dit rechtsgebied</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is not an id (lower-case letters, digits and single hyphens, at most 100)</source>
        <translation>%1 is geen id (kleine letters, cijfers en losse koppeltekens, hoogstens 100 tekens)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>longer than 1000 characters</source>
        <translation>langer dan 1000 tekens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown category %1 (one of %2)</source>
        <translation>onbekende categorie %1 (een van %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown jurisdiction %1 (not in the jurisdictions file)</source>
        <translation>onbekend rechtsgebied %1 (staat niet in het bestand met rechtsgebieden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown ownership %1 (one of %2)</source>
        <translation>onbekende eigendomsvorm %1 (een van %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an array of parents</source>
        <translation>verwacht een lijst met moederbedrijven</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an entry cannot own itself</source>
        <translation>een vermelding kan niet haar eigen eigenaar zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown parent %1</source>
        <translation>onbekend moederbedrijf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parent %1 is listed twice</source>
        <translation>moederbedrijf %1 staat er twee keer in</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no letters or digits left once normalised</source>
        <translation>na normalisatie blijven er van %1 geen letters of cijfers over</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 also names entry %2 (line %3); names and aliases must be unique once normalised</source>
        <translation>%1 is ook een naam van vermelding %2 (regel %3); namen en aliassen moeten na normalisatie uniek zijn</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ownership cycle: %1</source>
        <translation>eigendomscyclus: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>as of %1</source>
        <translation>peildatum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidence %1</source>
        <translation>betrouwbaarheid %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than 64 MiB; not a catalogue</source>
        <translation>groter dan 64 MiB; geen catalogus</translation>
    </message>
    <message>
        <location line="+376"/>
        <source>by catalogue id</source>
        <translation>via de catalogus-id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by an alias</source>
        <translation>via een alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by name</source>
        <translation>op naam</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 has catalogue_id %2, which the catalogue does not know; nothing is proposed.</source>
        <translation>%1 heeft catalogue_id %2, die de catalogus niet kent; er wordt niets voorgesteld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 matches no catalogue entry.</source>
        <translation>%1 komt met geen enkele catalogusvermelding overeen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matches no catalogue entry; only weakly %2, which is not enough to propose anything.</source>
        <translation>%1 komt met geen enkele catalogusvermelding overeen; alleen zwak met %2, en dat is te weinig om iets voor te stellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 matches several catalogue entries (%2); nothing is proposed.</source>
        <translation>%1 komt met meerdere catalogusvermeldingen overeen (%2); er wordt niets voorgesteld.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 matches the catalogue entry %2, and so does %3: the model holds that company more than once, so nothing is proposed for it.</source>
        <translation>%1 komt overeen met de catalogusvermelding %2, en %3 ook: het model bevat dat bedrijf meer dan eens, dus er wordt niets voor voorgesteld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 matches the catalogue entry %2 [%3] %4.</source>
        <translation>%1 komt %4 overeen met de catalogusvermelding %2 [%3].</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The model has %1 incorporated in %2; the catalogue says %3. The model is left as it is.</source>
        <translation>Volgens het model is %1 gevestigd in %2; volgens de catalogus in %3. Het model blijft ongewijzigd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is incorporated in %2, but several jurisdiction nodes of the model stand for it; nothing is proposed.</source>
        <translation>%1 is gevestigd in %2, maar daarvoor staan in het model meerdere rechtsgebiedknooppunten; er wordt niets voorgesteld.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is incorporated in %2 (adds the jurisdiction node %3).</source>
        <translation>%1 is gevestigd in %2 (voegt het rechtsgebiedknooppunt %3 toe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is incorporated in %2.</source>
        <translation>%1 is gevestigd in %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The model has %1 owned by %2; the catalogue records no owner of it (%3). The model is left as it is.</source>
        <translation>Volgens het model is %1 eigendom van %2; de catalogus vermeldt er geen eigenaar van (%3). Het model blijft ongewijzigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it owns %1</source>
        <translation>het is eigenaar van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model has %1 owned by %2; the catalogue records %3. The model is left as it is.</source>
        <translation>Volgens het model is %1 eigendom van %2; de catalogus vermeldt als eigenaar %3. Het model blijft ongewijzigd.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is owned by %2, but several nodes of the model match %2; nothing is proposed.</source>
        <translation>%1 is eigendom van %2, maar meerdere knooppunten in het model komen overeen met %2; er wordt niets voorgesteld.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalogue has %1 owned by %2, but the model has %2 owned by %1 (directly or through others); adding it would create an ownership cycle.</source>
        <translation>Volgens de catalogus is %1 eigendom van %2, maar in het model is %2 eigendom van %1 (direct of via anderen); toevoegen zou een eigendomscyclus opleveren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is controlled by %2 (%3)</source>
        <translation>%1 staat onder zeggenschap van %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds the supplier node %1.</source>
        <translation>Voegt het leveranciersknooppunt %1 toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model also lists %1 as owner, which the catalogue does not know; check that it is not the same company.</source>
        <translation>Het model noemt daarnaast %1 als eigenaar; de catalogus kent die niet. Controleer of het niet om hetzelfde bedrijf gaat.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The model has %1 outside the EU; the catalogue has it as an EU member.</source>
        <translation>In het model ligt %1 buiten de EU; volgens de catalogus is het een EU-lidstaat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model has %1 as an EU member; the catalogue has it outside the EU.</source>
        <translation>In het model is %1 een EU-lidstaat; volgens de catalogus ligt het buiten de EU.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The catalogue lists further laws that reach data held abroad by companies of %1: %2.</source>
        <translation>De catalogus noemt nog meer wetten die reiken tot gegevens die bedrijven uit %1 in het buitenland bewaren: %2.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the model already has another node with id %1</source>
        <translation>het model heeft al een ander knooppunt met id %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proposal adds two different nodes with id %1</source>
        <translation>het voorstel voegt twee verschillende knooppunten met id %1 toe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>edge %1 -&gt; %2 names a node the model does not have</source>
        <translation>verbinding %1 -&gt; %2 noemt een knooppunt dat niet in het model staat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>edge %1 -&gt; %2 does not fit the kinds of its nodes</source>
        <translation>verbinding %1 -&gt; %2 past niet bij de soorten van haar knooppunten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 -&gt; %2 would create an ownership cycle</source>
        <translation>%1 -&gt; %2 zou een eigendomscyclus opleveren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model has no jurisdiction node %1</source>
        <translation>het model heeft geen rechtsgebiedknooppunt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the laws of %1 are not a list of names</source>
        <translation>de wetten van %1 zijn geen lijst met namen</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../core/chartdata.cpp" line="+40"/>
        <source>%1 and %2 more</source>
        <translation>%1 en nog %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>capability</source>
        <translation>bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>application</source>
        <translation>applicatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier</source>
        <translation>leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jurisdiction</source>
        <translation>rechtsgebied</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>criticality %1</source>
        <translation>kritikaliteit %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Data portability</source>
        <translation>Dataportabiliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open standards</source>
        <translation>Open standaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment</source>
        <translation>Inzetmodel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching cost</source>
        <translation>Overstapkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit clause</source>
        <translation>Exitclausule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data return clause</source>
        <translation>Clausule over teruggave van gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice period</source>
        <translation>Opzegtermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract term</source>
        <translation>Contractduur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundling</source>
        <translation>Bundeling</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strategic</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal</source>
        <translation>Juridisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp; AI</source>
        <translation>Data en AI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operational</source>
        <translation>Operationeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply chain</source>
        <translation>Toeleveringsketen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Environment</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+24"/>
        <source>Capabilities without a single point of failure</source>
        <translation>Bedrijfsfuncties zonder single point of failure</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+42"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Every capability survives the loss of any one node.</source>
        <translation>Elke bedrijfsfunctie blijft werken als één willekeurig knooppunt uitvalt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can be stopped by one node, e.g. %2</source>
        <translation>%1 stil te leggen door één knooppunt, bijv. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>Capabilities a foreign jurisdiction can cut off</source>
        <translation>Bedrijfsfuncties die een buitenlands rechtsgebied kan afsluiten</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 more</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No foreign jurisdiction can stop a capability on its own.</source>
        <translation>Geen enkel buitenlands rechtsgebied kan op eigen kracht een bedrijfsfunctie stilleggen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of them vital; by %2</source>
        <translation>%1 daarvan vitaal; door %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Highest concentration (HHI)</source>
        <translation>Hoogste concentratie (HHI)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+146"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>No application has the facts to weigh it by.</source>
        <translation>Van geen enkele applicatie zijn de gegevens voor de weging bekend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, by %2 weighted by %3; largest: %4 (%5)</source>
        <translation>%1, per %2 gewogen naar %3; grootste: %4 (%5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Largest shares by %1</source>
        <translation>Grootste aandelen per %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worst lock-in (0–100)</source>
        <translation>Hoogste lock-in (0–100)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No capability needs an application.</source>
        <translation>Geen enkele bedrijfsfunctie heeft een applicatie nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, set by %2; %3 of it known</source>
        <translation>%1, bepaald door %2; %3 daarvan bekend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capabilities by lock-in, worst first</source>
        <translation>Bedrijfsfuncties naar lock-in, hoogste eerst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown data</source>
        <translation>Onbekende gegevens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gaps; lock-in %2 known, sovereignty %3, concentration %4</source>
        <translation>%1 hiaten; lock-in %2 bekend, soevereiniteit %3, concentratie %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nodes with missing or stale facts, most important first</source>
        <translation>Knooppunten met ontbrekende of verouderde gegevens, belangrijkste eerst</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exposure per jurisdiction</source>
        <translation>Blootstelling per rechtsgebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capabilities</source>
        <translation>bedrijfsfuncties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut-off: capabilities it can stop on its own. Legal reach: capabilities its laws reach.</source>
        <translation>Afsluiting: bedrijfsfuncties die het op eigen kracht kan stilleggen. Juridisch bereik: bedrijfsfuncties binnen het bereik van zijn wetten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (home)</source>
        <translation> (eigen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cut-off</source>
        <translation>%1: afsluiting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: legal reach</source>
        <translation>%1: juridisch bereik</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Concentration by %1, weighted by %2</source>
        <translation>Concentratie per %1, gewogen naar %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of the weight (%)</source>
        <translation>aandeel in het gewicht (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HHI %1: %2 · largest %3, three largest %4 · %5 of the weight not attributed</source>
        <translation>HHI %1: %2 · grootste %3, drie grootste %4 · %5 van het gewicht niet toegerekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>share</source>
        <translation>aandeel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Other (%1)</source>
        <translation>Overige (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock-in per capability</source>
        <translation>Lock-in per bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock-in score (0–100), by factor</source>
        <translation>lock-in-score (0–100), per factor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each bar is the score of the most locked-in application the capability needs; hatched grey: factors not known, counted at their worst.</source>
        <translation>Elke balk is de score van de applicatie met de hoogste lock-in die de bedrijfsfunctie nodig heeft; grijs gearceerd: onbekende factoren, op hun slechtst meegeteld.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 most locked-in of %2 capabilities. </source>
        <translation>De %1 bedrijfsfuncties met de sterkste lock-in van de %2. </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown (counted at worst)</source>
        <translation>onbekend (op slechtst meegeteld)</translation>
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
        <translation>Single points of failure, gerangschikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capabilities it stops on its own</source>
        <translation>bedrijfsfuncties die het op eigen kracht stillegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked by the criticality of what each node breaks.</source>
        <translation>Gerangschikt naar de kritikaliteit van wat elk knooppunt laat uitvallen.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Importance: what a failure probability rests on</source>
        <translation>Belang: waar een faalkans op rust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fussell–Vesely importance (%)</source>
        <translation>Fussell–Vesely-belang (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of a capability&apos;s failure probability that goes if the node never fails (highest over the capabilities).</source>
        <translation>Deel van de faalkans van een bedrijfsfunctie dat wegvalt als het knooppunt nooit uitvalt (hoogste waarde over de bedrijfsfuncties).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>importance</source>
        <translation>belang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (for %2)</source>
        <translation>%1 (voor %2)</translation>
    </message>
</context>
<context>
    <name>ComparisonChartData</name>
    <message>
        <location filename="../core/comparisonchartdata.cpp" line="+55"/>
        <source>Parent company</source>
        <translation>Moederbedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsgebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host operator</source>
        <translation>Beheerder van de hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by criticality)</source>
        <translation>%1 (naar kritikaliteit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by cost)</source>
        <translation>%1 (naar kosten)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resilience and foreign reach</source>
        <translation>Weerbaarheid en buitenlands bereik</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Annual cost</source>
        <translation>Jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+58"/>
        <source>Sovereignty score</source>
        <translation>Soevereiniteitsscore</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Concentration (HHI)</source>
        <translation>Concentratie (HHI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra cost per scenario</source>
        <translation>Extra kosten per scenario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SPOF-free capabilities</source>
        <translation>Bedrijfsfuncties zonder SPOF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPOFs (summed)</source>
        <translation>SPOF&apos;s (opgeteld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Foreign reach (summed)</source>
        <translation>Buitenlands bereik (opgeteld)</translation>
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
    <name>CsvImport</name>
    <message>
        <location filename="../core/csvimport.cpp" line="+120"/>
        <source>the file is %1 MB; at most %2 MB can be imported</source>
        <translation>het bestand is %1 MB; er kan hoogstens %2 MB worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is UTF-16; save it as CSV UTF-8</source>
        <translation>het bestand is UTF-16; sla het op als CSV UTF-8</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>a quoted field is never closed: a &quot; is missing</source>
        <translation>een veld tussen aanhalingstekens wordt nooit afgesloten: er ontbreekt een &quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text after the closing quote of a quoted field</source>
        <translation>tekst na het afsluitende aanhalingsteken van een veld tussen aanhalingstekens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the cell is longer than %1 bytes</source>
        <translation>de cel is langer dan %1 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %1 columns; no spreadsheet has that many</source>
        <translation>meer dan %1 kolommen; zoveel heeft geen enkele spreadsheet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>invalid UTF-8 (byte %1 of the cell); save the file as CSV UTF-8</source>
        <translation>ongeldige UTF-8 (byte %1 van de cel); sla het bestand op als CSV UTF-8</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>more than %1 data rows; split the file</source>
        <translation>meer dan %1 gegevensrijen; splits het bestand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is empty: a header row is needed</source>
        <translation>het bestand is leeg: er is een kopregel nodig</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>the mapping names the column %1 for %2, but the header has no such column (it has: %3)</source>
        <translation>de kolomtoewijzing noemt de kolom %1 voor %2, maar de kopregel heeft zo&apos;n kolom niet (wel: %3)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the mapping names neither an id nor a name column</source>
        <translation>de kolomtoewijzing noemt geen id-kolom en geen naamkolom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mapping names neither a kind column nor a fixed kind</source>
        <translation>de kolomtoewijzing noemt geen soortkolom en geen vaste soort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the row has %1 cells, the header only %2</source>
        <translation>de rij heeft %1 cellen, de kopregel maar %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown kind %1: expected capability, application, supplier, host or jurisdiction, or a value of the mapping&apos;s kind_values</source>
        <translation>onbekende soort %1: verwacht werd capability, application, supplier, host of jurisdiction, of een waarde uit kind_values van de kolomtoewijzing</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+141"/>
        <source>the kind is empty</source>
        <translation>de soort is leeg</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>the id is empty</source>
        <translation>de id is leeg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the name is empty (it makes the id)</source>
        <translation>de naam is leeg (de id wordt eruit afgeleid)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate id %1 (first used in row %2)</source>
        <translation>dubbele id %1 (voor het eerst gebruikt in rij %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id %1 made from the name is already used in row %2</source>
        <translation>de uit de naam afgeleide id %1 wordt al gebruikt in rij %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>criticality %1 is not a whole number from 1 to 5</source>
        <translation>kritikaliteit %1 is geen geheel getal van 1 tot en met 5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mtd_hours %1 is not a number of hours (0 or more)</source>
        <translation>mtd_hours %1 is geen aantal uren (0 of meer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>failure_probability %1 is not a number from 0 to 1</source>
        <translation>failure_probability %1 is geen getal van 0 tot en met 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>redundancy %1 is not of the form group=k; group=k</source>
        <translation>redundantie %1 heeft niet de vorm groep=k; groep=k</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 is geen getal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is not true/false (or yes/no, ja/nee)</source>
        <translation>%1: %2 is niet true/false (of yes/no, ja/nee)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the edges table needs a from and a to column</source>
        <translation>de verbindingentabel heeft een from-kolom en een to-kolom nodig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mapping names neither an edge kind column nor a fixed edge kind</source>
        <translation>de kolomtoewijzing noemt geen kolom voor de verbindingssoort en geen vaste verbindingssoort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from is empty</source>
        <translation>from is leeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to is empty</source>
        <translation>to is leeg</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+301"/>
        <source>unknown edge kind %1</source>
        <translation>onbekende verbindingssoort %1</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>%1 %2 is not a number (0 or more)</source>
        <translation>%1 %2 is geen getal (0 of meer)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is the node of row %2, which has errors</source>
        <translation>%1 is het knooppunt van rij %2, en die rij bevat fouten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 names %2 nodes; use the id</source>
        <translation>%1 duidt %2 knooppunten aan; gebruik de id</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+23"/>
        <location line="+2"/>
        <source>no node has the id or name %1</source>
        <translation>geen enkel knooppunt heeft de id of naam %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>too many rows refer to rows with errors; fix the first errors and retry</source>
        <translation>te veel rijen verwijzen naar rijen met fouten; herstel eerst de eerste fouten en probeer het opnieuw</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>warning: row skipped: %1</source>
        <translation>waarschuwing: rij overgeslagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more problems not listed</source>
        <translation>nog %1 problemen niet vermeld</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown key (allowed: %1)</source>
        <translation>onbekende sleutel (toegestaan: %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a string</source>
        <translation>moet een tekenreeks zijn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown node kind %1</source>
        <translation>onbekende knooppuntsoort %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>a mapping file is a JSON object</source>
        <translation>een toewijzingsbestand is een JSON-object</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>must be %1</source>
        <translation>moet %1 zijn</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>version %1 is newer than this program reads (%2)</source>
        <translation>versie %1 is nieuwer dan dit programma kan lezen (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;,&quot;, &quot;;&quot; or &quot;auto&quot;</source>
        <translation>moet &quot;,&quot;, &quot;;&quot; of &quot;auto&quot; zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing: an object that maps the columns of the nodes table</source>
        <translation>ontbreekt: een object dat de kolommen van de knooppuntentabel toewijst</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>needs an id or a name column</source>
        <translation>heeft een id-kolom of een naamkolom nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs a kind column or a fixed_kind</source>
        <translation>heeft een soortkolom of een fixed_kind nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be &quot;ignore&quot; or &quot;attributes&quot;</source>
        <translation>moet &quot;ignore&quot; of &quot;attributes&quot; zijn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a node kind</source>
        <translation>moet een knooppuntsoort zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an object: cell text -&gt; node kind</source>
        <translation>moet een object zijn: celtekst -&gt; knooppuntsoort</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>must be an array</source>
        <translation>moet een array zijn</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>must be string, number, bool or list</source>
        <translation>moet string, number, bool of list zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>needs a column</source>
        <translation>heeft een kolom nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing: the kind of the edges this column makes</source>
        <translation>ontbreekt: de soort van de verbindingen die deze kolom maakt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be an object that maps the columns of the edges table</source>
        <translation>moet een object zijn dat de kolommen van de verbindingentabel toewijst</translation>
    </message>
</context>
<context>
    <name>DependencyDiagram</name>
    <message>
        <location filename="../ui/dependencydiagram.cpp" line="+180"/>
        <source>Capability</source>
        <translation>Bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applications</source>
        <translation>Applicaties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suppliers and owners</source>
        <translation>Leveranciers en eigenaren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jurisdictions</source>
        <translation>Rechtsgebieden</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>single point of failure</source>
        <translation>single point of failure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>why it fails (depends on)</source>
        <translation>waarom het uitvalt (is afhankelijk van)</translation>
    </message>
</context>
<context>
    <name>DocumentLock</name>
    <message>
        <location filename="../core/documentlock.cpp" line="+79"/>
        <location line="+1"/>
        <source>another program</source>
        <translation>een ander programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (pid %2 on %3)</source>
        <translation>%1 (pid %2 op %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2 (pid %3 on %4)</source>
        <translation>%1 met %2 (pid %3 op %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is in use by %2</source>
        <translation>%1 is in gebruik door %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot make the lock file %1: no permission to write in its folder</source>
        <translation>kan het vergrendelingsbestand %1 niet aanmaken: geen schrijfrechten in de map ervan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot make the lock file %1</source>
        <translation>kan het vergrendelingsbestand %1 niet aanmaken</translation>
    </message>
</context>
<context>
    <name>Methodology</name>
    <message>
        <location filename="../core/methodology.cpp" line="+176"/>
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
        <location line="+303"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location line="-362"/>
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
        <location filename="../core/optioncomparison.cpp" line="+31"/>
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
        <location line="+150"/>
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
    <name>Recommendations</name>
    <message>
        <location filename="../core/recommendations.cpp" line="+47"/>
        <source>SOV-1 strategic</source>
        <translation>SOV-1 strategisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-2 legal</source>
        <translation>SOV-2 juridisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-3 data</source>
        <translation>SOV-3 data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-4 operational</source>
        <translation>SOV-4 operationeel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-5 supply chain</source>
        <translation>SOV-5 toeleveringsketen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-6 technology</source>
        <translation>SOV-6 technologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-7 security and compliance</source>
        <translation>SOV-7 beveiliging en compliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-8 environmental</source>
        <translation>SOV-8 milieu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parent company</source>
        <translation>moederbedrijf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country of the parent company</source>
        <translation>land van het moederbedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host operator</source>
        <translation>beheerder van de hosting</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>criticality</source>
        <translation>kritikaliteit</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+10"/>
        <source>annual cost</source>
        <translation>jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>data portability</source>
        <translation>dataportabiliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open standards</source>
        <translation>open standaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation>licentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment</source>
        <translation>inzetmodel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit clause</source>
        <translation>exitclausule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data-return clause</source>
        <translation>clausule over teruggave van gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice period</source>
        <translation>opzegtermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contract end</source>
        <translation>einddatum contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier</source>
        <translation>leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosting</source>
        <translation>hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seat</source>
        <translation>vestigingsland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the applications it needs</source>
        <translation>de applicaties die ze nodig heeft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>security assessment (SOV-7)</source>
        <translation>beveiligingsbeoordeling (SOV-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environmental assessment (SOV-8)</source>
        <translation>milieubeoordeling (SOV-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to switch to an alternative</source>
        <translation>overstaptijd naar een alternatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost of switching to an alternative</source>
        <translation>overstapkosten naar een alternatief</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (out of date)</source>
        <translation> (verouderd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (doubtful)</source>
        <translation> (twijfelachtig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (invalid)</source>
        <translation> (ongeldig)</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>An EU-controlled alternative for what a non-EU country can cut off</source>
        <translation>Een alternatief onder EU-zeggenschap voor wat een land buiten de EU kan afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A jurisdiction outside the EU can cut off a capability of criticality %1 or higher on its own (finding area &quot;jurisdiction&quot;).</source>
        <translation>Een rechtsgebied buiten de EU kan op eigen kracht een bedrijfsfunctie met kritikaliteit %1 of hoger afsluiten (bevindingengebied &quot;jurisdiction&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sanctions, export controls or a court order on the companies seated in a country can stop every service they control, wherever it is hosted. Only an alternative under EU control is outside that reach. Preparing it in advance turns a cut-off into a planned switch.</source>
        <translation>Sancties, exportbeperkingen of een rechterlijk bevel tegen de bedrijven die in een land zijn gevestigd, kunnen elke dienst stilleggen waarover die bedrijven zeggenschap hebben, waar die dienst ook wordt gehost. Alleen een alternatief onder EU-zeggenschap valt buiten dat bereik. Wie dat alternatief vooraf voorbereidt, maakt van een afsluiting een geplande overstap.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Antrum&apos;s rule; cut-off as defined in semantics.md, EU line as in docs/methodology.md §2.5. DORA (Regulation (EU) 2022/2554) Art. 28(8) asks financial entities to &quot;identify alternative solutions and develop transition plans&quot; [S: streamlex.eu copy of Art. 28]; applied here by analogy.</source>
        <translation>Regel van Antrum; afsluiting zoals gedefinieerd in semantics.md, EU-grens zoals in docs/methodology.md §2.5. DORA (Verordening (EU) 2022/2554) art. 28, lid 8, vraagt financiële entiteiten alternatieve oplossingen te identificeren en overgangsplannen op te stellen [S: kopie van art. 28 op streamlex.eu]; hier naar analogie toegepast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Negotiate an exit clause and data return before the contract end</source>
        <translation>Onderhandel vóór het einde van het contract over een exitclausule en teruggave van gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application in use has a lock-in score of %1 or more, lacks an exit clause or a data-return clause (false or not recorded), and has a contract on record (a contract end or an annual cost above 0).</source>
        <translation>Een applicatie in gebruik heeft een lock-in-score van %1 of meer, mist een exitclausule of een clausule over teruggave van gegevens (false of niet vastgelegd) en heeft een vastgelegd contract (een einddatum of jaarlijkse kosten boven 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without an exit clause and a data-return clause, leaving depends on the supplier&apos;s goodwill. Both are easiest to obtain before the notice date, when not renewing is still an option. For cloud services in scope of the Data Act the switching terms are statutory and can be asked for as a matter of law.</source>
        <translation>Zonder exitclausule en clausule over teruggave van gegevens hangt vertrek af van de welwillendheid van de leverancier. Beide zijn het gemakkelijkst te verkrijgen vóór de opzegdatum, zolang niet verlengen nog een optie is. Voor clouddiensten die onder de Dataverordening (Data Act) vallen, zijn de overstapvoorwaarden wettelijk geregeld en kunnen ze op grond van de wet worden geëist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DORA Art. 28(8): being able to &quot;exit contractual arrangements without disruption&quot; [S: atlas.valendir.com]; Data Act (Regulation (EU) 2023/2854) Art. 25(2): notice of at most two months, a transition of at most 30 days, data retrieval for at least 30 days [S: Osborne Clarke], and Art. 29: no switching charges from 12 January 2027 [P: data-act-text.com] (docs/methodology.md §3.2). The threshold %1 is Antrum&apos;s choice.</source>
        <translation>DORA art. 28, lid 8: contractuele regelingen zonder verstoring kunnen beëindigen [S: atlas.valendir.com]; Dataverordening (Data Act, Verordening (EU) 2023/2854) art. 25, lid 2: een opzegtermijn van hoogstens twee maanden, een overgangsperiode van hoogstens 30 dagen en minstens 30 dagen om gegevens op te halen [S: Osborne Clarke], en art. 29: geen overstapvergoedingen vanaf 12 januari 2027 [P: data-act-text.com] (docs/methodology.md §3.2). De drempel %1 is een keuze van Antrum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diversify the parent behind a redundancy</source>
        <translation>Spreid een redundantie over meer moederbedrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ultimate parent company, or one jurisdiction other than home, takes out a redundancy group on its own (a common cause of order 1) or leaves it one failure short of failing (order 2); orders up to %1 are reported, and only when the group&apos;s owner would otherwise stay up.</source>
        <translation>Eén uiteindelijk moederbedrijf, of één ander rechtsgebied dan het eigen, schakelt een redundantiegroep op eigen kracht uit (een gemeenschappelijke oorzaak van orde 1) of brengt haar zo ver dat nog één storing genoeg is om haar te laten uitvallen (orde 2); orden tot en met %1 worden gemeld, en alleen als de eigenaar van de groep anders overeind zou blijven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redundancy helps only against independent failures. Members under one parent company or in one foreign country share a common cause: the parent&apos;s insolvency, an acquisition, a policy change or a cut-off takes out all of them at once.</source>
        <translation>Redundantie helpt alleen tegen onafhankelijke storingen. Leden onder één moederbedrijf of in één buitenlands land delen een gemeenschappelijke oorzaak: een faillissement van het moederbedrijf, een overname, een beleidswijziging of een afsluiting schakelt ze allemaal tegelijk uit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DORA Art. 29(1)(b) treats arrangements with &quot;closely connected&quot; providers as a concentration risk [P: cyberday.ai copy of Art. 29] (docs/methodology.md §3.2); the orders and the rule are Antrum&apos;s.</source>
        <translation>DORA art. 29, lid 1, onder b, merkt regelingen met nauw verbonden aanbieders aan als concentratierisico [P: kopie van art. 29 op cyberday.ai] (docs/methodology.md §3.2); de orden en de regel zijn van Antrum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redundancy or an exit plan for a single point of failure</source>
        <translation>Redundantie of een exitplan voor een single point of failure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application or host in use is a single point of failure of a capability of criticality %1 or higher.</source>
        <translation>Een applicatie of host in gebruik is een single point of failure van een bedrijfsfunctie met kritikaliteit %1 of hoger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A vital capability that one component can stop has no second way out. Redundancy removes the single point; a tested exit plan shortens the outage when it is not possible.</source>
        <translation>Een vitale bedrijfsfunctie die door één component kan worden stilgelegd, heeft geen tweede uitweg. Redundantie neemt dat enkelvoudige faalpunt weg; waar dat niet kan, bekort een getest exitplan de uitval.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DORA Art. 28(8): exit plans that are &quot;documented&quot; and &quot;sufficiently tested&quot; for services supporting critical or important functions [S: streamlex.eu copy of Art. 28], by analogy. Vital = criticality %1 or higher is Antrum&apos;s choice.</source>
        <translation>DORA art. 28, lid 8: gedocumenteerde en voldoende geteste exitplannen voor diensten die kritieke of belangrijke functies ondersteunen [S: kopie van art. 28 op streamlex.eu], naar analogie. Vitaal = kritikaliteit %1 of hoger is een keuze van Antrum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diversify suppliers in the next procurement</source>
        <translation>Spreid leveranciers bij de volgende aanbesteding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A concentration index by parent company or host operator is high (HHI above the model&apos;s high threshold, default 2000), or the largest country in the country index is outside the EU, or at least %1 of the criticality- or cost-weighted dependence rests on parent companies outside the EU.</source>
        <translation>Een concentratie-index per moederbedrijf of per beheerder van de hosting is hoog (HHI boven de hoge drempel van het model, standaard 2000), of het grootste land in de landenindex ligt buiten de EU, of ten minste %1 van de naar kritikaliteit of kosten gewogen afhankelijkheid rust op moederbedrijven buiten de EU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So much dependence on one company, operator or foreign country is a continuity risk and weakens the organisation&apos;s hand at every renewal. Procurement is the moment to spread it.</source>
        <translation>Zoveel afhankelijkheid van één bedrijf, beheerder of buitenlands land is een continuïteitsrisico en verzwakt de onderhandelingspositie van de organisatie bij elke verlenging. De aanbesteding is het moment om die afhankelijkheid te spreiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU Horizontal Merger Guidelines 2004/C 31/03, paras 19-21 (HHI bands, used by analogy) [P: EUR-Lex summary]; DORA Art. 29(1) concentration-risk assessment [P: cyberday.ai copy] (docs/methodology.md §4.2). The non-EU share of %1 is Antrum&apos;s choice.</source>
        <translation>Europese richtsnoeren voor horizontale fusies 2004/C 31/03, punten 19-21 (HHI-klassen, naar analogie gebruikt) [P: samenvatting op EUR-Lex]; DORA art. 29, lid 1, beoordeling van het concentratierisico [P: kopie op cyberday.ai] (docs/methodology.md §4.2). Het niet-EU-aandeel van %1 is een keuze van Antrum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty requirements for a low-scoring supplier group</source>
        <translation>Soevereiniteitseisen voor een laag scorende leveranciersgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier group with an application serving a capability of criticality %1 or higher fails the model&apos;s SEAL gates, or scores below %2 of 100 on the sovereignty profile.</source>
        <translation>Een leveranciersgroep met een applicatie voor een bedrijfsfunctie met kritikaliteit %1 of hoger voldoet niet aan de SEAL-drempels van het model, of scoort lager dan %2 van 100 op het soevereiniteitsprofiel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A service under exclusive control of non-EU third parties (SEAL-0) can be switched off or reached from outside EU law. Minimum SEAL levels in a tender make the requirement explicit; SEAL-%1 is the first level at which EU law is &quot;applicable and enforceable&quot;.</source>
        <translation>Een dienst onder exclusieve zeggenschap van derden buiten de EU (SEAL-0) kan van buiten het bereik van het EU-recht worden uitgeschakeld of ingezien. Minimale SEAL-niveaus in een aanbesteding maken de eis expliciet; SEAL-%1 is het eerste niveau waarop EU-recht &quot;van toepassing en afdwingbaar&quot; is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>European Commission, Cloud Sovereignty Framework v1.2.1: SEAL definitions [S: MISP taxonomy], minimum levels in tenders [S: Safespring] (docs/methodology.md §5.2, §5.6). The score threshold %1 is Antrum&apos;s choice.</source>
        <translation>Europese Commissie, Cloud Sovereignty Framework v1.2.1: SEAL-definities [S: MISP-taxonomie], minimumniveaus in aanbestedingen [S: Safespring] (docs/methodology.md §5.2, §5.6). De scoredrempel %1 is een keuze van Antrum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1215"/>
        <source>Collect the missing facts</source>
        <translation>Verzamel de ontbrekende gegevens</translation>
    </message>
    <message>
        <location line="-1214"/>
        <source>Data-quality items of importance %1 or more (criticality x weight, docs/methodology.md §6.2).</source>
        <translation>Datakwaliteitspunten met een belang van %1 of meer (kritikaliteit x gewicht, docs/methodology.md §6.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every missing fact is counted at its worst in the scores. What is not known cannot be managed, and cannot be shown to a council or an auditor.</source>
        <translation>Elk ontbrekend gegeven telt in de scores op zijn slechtst mee. Wat niet bekend is, valt niet te beheersen en niet te verantwoorden aan de raad of een auditor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Algemene Rekenkamer, Het Rijk in de cloud (15 January 2025): the type of cloud unknown for 26% of 1,588 services, no risk assessment for two thirds of the material public-cloud services [P/S, docs/methodology.md §1]; Rijksbreed cloudbeleid 2022 (Kamerstuk 26 643, nr. 904): each department keeps the risks of its public cloud use in view [P: officielebekendmakingen.nl].</source>
        <translation>Algemene Rekenkamer, Het Rijk in de cloud (15 januari 2025): het type cloud onbekend bij 26% van 1.588 diensten, geen risicoafweging bij twee derde van de materiële publieke-clouddiensten [P/S, docs/methodology.md §1]; Rijksbreed cloudbeleid 2022 (Kamerstuk 26 643, nr. 904): elk departement houdt de risico&apos;s van zijn gebruik van de publieke cloud in beeld [P: officielebekendmakingen.nl].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepare the exit for a scenario</source>
        <translation>Bereid de exit voor op een scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a simulated scenario a capability has no way back, or stays down longer than its maximum tolerable downtime (MTD).</source>
        <translation>In een gesimuleerd scenario heeft een bedrijfsfunctie geen weg terug, of blijft ze langer uitgevallen dan haar maximaal toelaatbare uitvaltijd (MTD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exit made under pressure takes as long as the switch itself. Only what is prepared - an alternative contracted, data exported, the migration tested - can start at once.</source>
        <translation>Een exit onder druk duurt even lang als de overstap zelf. Alleen wat is voorbereid - een gecontracteerd alternatief, geëxporteerde gegevens, een geteste migratie - kan direct van start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DORA Art. 28(8): exit plans that are &quot;sufficiently tested and reviewed periodically&quot; [S: streamlex.eu copy of Art. 28], by analogy; the simulation rules are in docs/scenarios.md.</source>
        <translation>DORA art. 28, lid 8: exitplannen die voldoende worden getest en periodiek worden herzien [S: kopie van art. 28 op streamlex.eu], naar analogie; de simulatieregels staan in docs/scenarios.md.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consider the switch when a price rise makes it pay</source>
        <translation>Overweeg de overstap als een prijsstijging die rendabel maakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a simulated price rise, switching an application to a recorded alternative costs less over the horizon than staying (a saving above 0, docs/scenarios.md §3.1).</source>
        <translation>Bij een gesimuleerde prijsstijging kost de overstap van een applicatie naar een vastgelegd alternatief over de horizon minder dan blijven (een besparing boven 0, docs/scenarios.md §3.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When staying costs more than switching, lock-in is being paid for. The business case is best made before the price rise takes effect.</source>
        <translation>Als blijven meer kost dan overstappen, betaalt de organisatie voor lock-in. De business case kan het best worden opgesteld voordat de prijsstijging ingaat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antrum&apos;s rule. Data Act Art. 29: no switching charges for in-scope cloud services from 12 January 2027 [P: data-act-text.com] (docs/methodology.md §3.2).</source>
        <translation>Regel van Antrum. Dataverordening (Data Act) art. 29: geen overstapvergoedingen voor clouddiensten die eronder vallen, vanaf 12 januari 2027 [P: data-act-text.com] (docs/methodology.md §3.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the renewal window</source>
        <translation>Benut het verlengingsmoment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier group found low on sovereignty, or an application with high lock-in, has a contract that ends, or must be given notice, within %1 months of the reference date (or has ended and is open for renewal).</source>
        <translation>Een leveranciersgroep met een lage soevereiniteit, of een applicatie met een hoge lock-in, heeft een contract dat binnen %1 maanden na de peildatum afloopt of moet worden opgezegd (of dat al is afgelopen en openstaat voor verlenging).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving at the end of a contract needs no exit clause and costs no penalty. The moment passes with the notice date; a market consultation takes months.</source>
        <translation>Vertrekken aan het einde van een contract vraagt geen exitclausule en kost geen boete. Het moment is voorbij zodra de opzegdatum verstrijkt; een marktconsultatie kost maanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antrum&apos;s rule. For cloud services in scope of the Data Act the notice period is at most two months (Art. 25(2)(d)) [S: Osborne Clarke].</source>
        <translation>Regel van Antrum. Voor clouddiensten die onder de Dataverordening (Data Act) vallen, is de opzegtermijn hoogstens twee maanden (art. 25, lid 2, onder d) [S: Osborne Clarke].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subcontracting terms for a hidden foreign dependence</source>
        <translation>Voorwaarden voor onderaanneming bij een verborgen buitenlandse afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application serving a capability of criticality %1 or higher is supplied by companies controlled from the EU, but a subcontractor or host operator in its chain is controlled from outside the EU (derived SOV-5 = SEAL-2).</source>
        <translation>Een applicatie voor een bedrijfsfunctie met kritikaliteit %1 of hoger wordt geleverd door bedrijven onder zeggenschap vanuit de EU, maar een onderaannemer of beheerder van de hosting in de keten staat onder zeggenschap van buiten de EU (afgeleid SOV-5 = SEAL-2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract is with a European company, but the service stops, or can be reached, through a company controlled from elsewhere. That dependence is invisible unless the supplier must disclose and clear its subcontractors.</source>
        <translation>Het contract is gesloten met een Europees bedrijf, maar via een bedrijf onder zeggenschap van elders kan de dienst stilvallen of worden ingezien. Die afhankelijkheid blijft onzichtbaar, tenzij de leverancier zijn onderaannemers moet melden en laten goedkeuren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DORA Art. 30(2)(a): contracts state whether subcontracting is permitted and on which conditions [S: itlawco.com]; Cloud Sovereignty Framework SOV-5 supply chain, the heaviest objective (20%) [S] (docs/methodology.md §5.1).</source>
        <translation>DORA art. 30, lid 2, onder a: contracten vermelden of onderaanneming is toegestaan en onder welke voorwaarden [S: itlawco.com]; Cloud Sovereignty Framework SOV-5 toeleveringsketen, de zwaarst wegende doelstelling (20%) [S] (docs/methodology.md §5.1).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (criticality %2, maximum tolerable downtime %3)</source>
        <translation>%1 (kritikaliteit %2, maximaal toelaatbare uitvaltijd %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (criticality %2)</source>
        <translation>%1 (kritikaliteit %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> All of them are vital.</source>
        <translation> Ze zijn allemaal vitaal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> One of them is vital (criticality %1 or higher).</source>
        <translation> Eén daarvan is vitaal (kritikaliteit %1 of hoger).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %1 of them are vital (criticality %2 or higher).</source>
        <translation> %1 daarvan zijn vitaal (kritikaliteit %2 of hoger).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 and %2 to switch</source>
        <translation>%1 en %2 om over te stappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to switch, cost not recorded</source>
        <translation>%1 om over te stappen, kosten niet vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to switch, duration not recorded</source>
        <translation>%1 om over te stappen, duur niet vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration and cost of the switch not recorded</source>
        <translation>duur en kosten van de overstap niet vastgelegd</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1059"/>
        <location line="+103"/>
        <source>«%1»</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="-1160"/>
        <source> The stored option %1 replaces some of them.</source>
        <translation> De opgeslagen optie %1 voorziet in vervanging van een deel daarvan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The stored options %1 replace some of them.</source>
        <translation> De opgeslagen opties %1 voorzien in vervanging van een deel daarvan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The stored option %1 replaces it.</source>
        <translation> De opgeslagen optie %1 voorziet in vervanging.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The stored options %1 replace it.</source>
        <translation> De opgeslagen opties %1 voorzien in vervanging.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 alone can stop %2</source>
        <translation>%1 kan op eigen kracht %2 stilleggen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If %1 fails, nothing takes over: %2 stops with it.</source>
        <translation>Als %1 uitvalt, neemt niets het over: %2 valt mee uit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If %1 fails, nothing takes over: %2 stop with it.</source>
        <translation>Als %1 uitvalt, neemt niets het over: %2 vallen mee uit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The most critical is %1.</source>
        <translation> De meest kritieke is %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> It hosts %1 without a second site.</source>
        <translation> Zonder tweede locatie gehost: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run what depends on %1 in a second location under a different operator, or prepare a tested plan to move it elsewhere.</source>
        <translation>Laat wat van %1 afhangt ook op een tweede locatie draaien, bij een andere beheerder, of stel een getest plan op om het elders onder te brengen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Start with %1.</source>
        <translation> Begin met %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give %1 a second, independent way to deliver (redundancy or a fallback procedure), or prepare an exit plan.</source>
        <translation>Zorg naast %1 voor een tweede, onafhankelijke manier van leveren (redundantie of een terugvalprocedure), of stel een exitplan op.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> An alternative is recorded: %1 (%2).</source>
        <translation> Er is een alternatief vastgelegd: %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> That switch takes far longer than the maximum tolerable downtime of %1 (%2), so the plan must be ready, and tested, before it is needed.</source>
        <translation> Die overstap duurt veel langer dan de maximaal toelaatbare uitvaltijd van %1 (%2); het plan moet dus klaar en getest zijn voordat het nodig is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> No alternative to %1 is recorded: start with a market scan.</source>
        <translation> Er is geen alternatief voor %1 vastgelegd: begin met een marktverkenning.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The plan must work within the maximum tolerable downtime of %1 (%2).</source>
        <translation> Het plan moet werken binnen de maximaal toelaatbare uitvaltijd van %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redundancy or an exit plan for %1</source>
        <translation>Redundantie of een exitplan voor %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 can cut off %2</source>
        <translation>%1 kan %2 afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside the EU</source>
        <translation>buiten de EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the EU; laws with reach abroad on record: %1</source>
        <translation>buiten de EU; vastgelegde wetten met werking buiten de landsgrenzen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) can on its own cut off %3: %4.</source>
        <translation>%1 (%2) kan op eigen kracht %3 afsluiten: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> It reaches it through %1, seated or located there.</source>
        <translation> Het bereik loopt via %1, gevestigd of gelegen in dat land.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> It reaches them through %1, seated or located there.</source>
        <translation> Het bereik loopt via %1, gevestigd of gelegen in dat land.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>«%1» to %2</source>
        <translation>“%1” naar %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Of the compared options, these lower the number of capabilities it can cut off from %1: %2.</source>
        <translation> Van de vergeleken opties verlagen de volgende het aantal bedrijfsfuncties dat dit land kan afsluiten van %1: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A cut-off by %1 stops %2, and with it %3.</source>
        <translation>Een afsluiting door %1 legt %2 stil, en daarmee %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cut-off by %1 stops %2, one of the applications behind its vital capabilities.</source>
        <translation>Een afsluiting door %1 legt %2 stil, een van de applicaties achter de vitale bedrijfsfuncties die het raakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %1 is recorded as an EU-controlled alternative (%2): prepare the switch so that it can be made before a cut-off takes effect.</source>
        <translation> %1 is vastgelegd als alternatief onder EU-zeggenschap (%2): bereid de overstap zo voor dat die kan worden gemaakt voordat een afsluiting ingaat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is hit by the same cut-off</source>
        <translation>het wordt door dezelfde afsluiting getroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is controlled from %1</source>
        <translation>het staat onder zeggenschap vanuit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its control is not known to be in the EU</source>
        <translation>het is niet bekend of de zeggenschap in de EU ligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The recorded alternative %1 does not solve this (%2): look for an EU-controlled one.</source>
        <translation> Het vastgelegde alternatief %1 lost dit niet op (%2): zoek een alternatief onder EU-zeggenschap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> No alternative is recorded: run a market consultation for an EU-controlled one.</source>
        <translation> Er is geen alternatief vastgelegd: houd een marktconsultatie naar een alternatief onder EU-zeggenschap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An EU-controlled alternative for %1</source>
        <translation>Een alternatief onder EU-zeggenschap voor %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>a cut-off by %1</source>
        <translation>een afsluiting door %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parent company %1</source>
        <translation>het moederbedrijf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes out %2 of them on its own</source>
        <translation>%1 schakelt er op eigen kracht %2 uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes out %2 of them, so one more failure is enough</source>
        <translation>%1 schakelt er %2 uit, zodat nog één storing genoeg is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The redundancy behind %1 has a common cause</source>
        <translation>De redundantie achter %1 heeft een gemeenschappelijke oorzaak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2 of the %3 members of its redundancy group «%4» (%5), but they are not independent: %6.</source>
        <translation>%1 heeft %2 van de %3 leden van redundantiegroep “%4” (%5) nodig, maar die zijn niet onafhankelijk: %6.</translation>
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
        <translation> De redundantie beschermt tegen uitval van één lid, niet tegen die gemeenschappelijke oorzaak: uitval van de groep legt %1 stil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>under a parent company other than %1 and outside %2</source>
        <translation>onder een ander moederbedrijf dan %1 en buiten %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under a parent company other than %1</source>
        <translation>onder een ander moederbedrijf dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside %1</source>
        <translation>buiten %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place at least one member of «%1» (%2) %3, so that no single company or country can take out the redundancy. Check the ownership of operators and subcontractors too, not only of the contracting party.</source>
        <translation>Breng ten minste één lid van “%1” (%2) %3 onder, zodat geen enkel bedrijf of land de redundantie in zijn eentje kan uitschakelen. Controleer ook het eigendom van beheerders en onderaannemers, niet alleen dat van de contractpartij.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spread the redundancy of %1 over more than one country</source>
        <translation>Spreid de redundantie van %1 over meer dan één land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diversify the parent companies behind %1</source>
        <translation>Spreid de redundantie van %1 over meer moederbedrijven</translation>
    </message>
    <message>
        <location line="+62"/>
        <source> The first contract to end is that of %1, on %2.</source>
        <translation> Het eerste contract dat afloopt, is dat van %1, op %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>High concentration by %1, weighted by %2</source>
        <translation>Hoge concentratie per %1, gewogen naar %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted by %1, %2 carries %3 of the dependence by %4, the three largest together %5: a Herfindahl-Hirschman index of %6, above the %7 that merger control calls highly concentrated.</source>
        <translation>Gewogen naar %1 neemt %2 %3 van de afhankelijkheid per %4 voor zijn rekening, de drie grootste samen %5: een Herfindahl-Hirschman-index van %6, boven de %7 die in het concentratietoezicht als sterk geconcentreerd geldt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Under %1: %2.</source>
        <translation> Onder %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %1 of the weight could not be attributed for lack of facts.</source>
        <translation> %1 van het gewicht kon bij gebrek aan gegevens niet worden toegerekend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the services under %1 come up for renewal, ask for offers from other companies or split them over more than one, and weigh concentration explicitly in the award. Add no new service under %1 without that assessment.</source>
        <translation>Vraag bij verlenging van de diensten onder %1 ook offertes van andere bedrijven of verdeel de diensten over meer dan één leverancier, en weeg concentratie expliciet mee bij de gunning. Breng geen nieuwe dienst onder %1 onder zonder die afweging.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diversify away from %1 in the next procurement</source>
        <translation>Verminder bij de volgende aanbesteding de afhankelijkheid van %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 of the dependence rests on parent companies outside the EU</source>
        <translation>%1 van de afhankelijkheid rust op moederbedrijven buiten de EU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the criticality-weighted dependence (%2 of the annual cost) rests on parent companies seated outside the EU, chiefly in %3 (%4).</source>
        <translation>%1 van de naar kritikaliteit gewogen afhankelijkheid (%2 van de jaarlijkse kosten) rust op moederbedrijven die buiten de EU zijn gevestigd, vooral in %3 (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the dependence, weighted by %2, rests on parent companies seated outside the EU, chiefly in %3 (%4).</source>
        <translation>%1 van de afhankelijkheid, gewogen naar %2, rust op moederbedrijven die buiten de EU zijn gevestigd, vooral in %3 (%4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %1 in use are under their control.</source>
        <translation> Onder hun zeggenschap: %1 in gebruik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduce the dependence on parent companies outside the EU</source>
        <translation>Verminder de afhankelijkheid van moederbedrijven buiten de EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a target for the share of vital services under EU control and move towards it at every renewal: ask for EU-controlled offers and make control from the EU (SOV-1) an award criterion.</source>
        <translation>Stel een streefwaarde vast voor het aandeel vitale diensten onder EU-zeggenschap en werk daar bij elke verlenging naartoe: vraag om aanbiedingen onder EU-zeggenschap en maak zeggenschap vanuit de EU (SOV-1) een gunningscriterium.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>data portability unknown</source>
        <translation>dataportabiliteit onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open standards unknown</source>
        <translation>open standaarden onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence unknown</source>
        <translation>licentie onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployment unknown</source>
        <translation>inzetmodel onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching cost unknown</source>
        <translation>overstapkosten onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit clause unknown</source>
        <translation>exitclausule onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data return unknown</source>
        <translation>teruggave van gegevens onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice period unknown</source>
        <translation>opzegtermijn onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract end unknown</source>
        <translation>einddatum contract onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier unknown</source>
        <translation>leverancier onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alternatives unknown</source>
        <translation>alternatieven onbekend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>data portability of only %1</source>
        <translation>dataportabiliteit van slechts %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no open standards</source>
        <translation>geen open standaarden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>few open standards</source>
        <translation>weinig open standaarden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a proprietary licence</source>
        <translation>een propriëtaire licentie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run by the supplier as SaaS</source>
        <translation>door de leverancier beheerd als SaaS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a platform run by the supplier (PaaS)</source>
        <translation>een platform dat de leverancier beheert (PaaS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infrastructure run by the supplier (IaaS)</source>
        <translation>infrastructuur die de leverancier beheert (IaaS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run by the supplier</source>
        <translation>beheerd door de leverancier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no alternative recorded</source>
        <translation>geen alternatief vastgelegd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no quick EU-controlled alternative</source>
        <translation>geen snel alternatief onder EU-zeggenschap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching costs high against the annual cost</source>
        <translation>hoge overstapkosten ten opzichte van de jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no exit clause</source>
        <translation>geen exitclausule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data-return clause</source>
        <translation>geen clausule over teruggave van gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a long notice period</source>
        <translation>een lange opzegtermijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a long remaining contract term</source>
        <translation>een lange resterende contractduur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled with other applications of the same parent company</source>
        <translation>gebundeld met andere applicaties van hetzelfde moederbedrijf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at the next renewal (the contract end is not recorded)</source>
        <translation>bij de volgende verlenging (de einddatum van het contract is niet vastgelegd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now: the contract ended on %1 and its renewal is open</source>
        <translation>onmiddellijk, want het contract is op %1 afgelopen en de verlenging staat open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before %1, the last day to give notice on the contract that ends on %2</source>
        <translation>vóór %1, de laatste dag om het contract op te zeggen dat op %2 afloopt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>before the contract ends on %1 (the notice date, %2, has passed: make the clauses a condition of any renewal)</source>
        <translation>voordat het contract op %1 afloopt (de opzegdatum, %2, is verstreken: maak de clausules een voorwaarde voor elke verlenging)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before the contract ends on %1</source>
        <translation>voordat het contract op %1 afloopt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is hard to leave (lock-in %2)</source>
        <translation>Overstappen van %1 is moeilijk (lock-in %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 scores %2 of 100 on lock-in (%3 of it on known facts). The heaviest factors: %4.</source>
        <translation>%1 scoort %2 van 100 op lock-in (%3 daarvan op bekende gegevens). De zwaarste factoren: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It sets the lock-in of %1, which needs it.</source>
        <translation> Deze applicatie bepaalt de lock-in van %1, die haar nodig heeft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> It sets the lock-in of %1, which all need it.</source>
        <translation> Deze applicatie bepaalt de lock-in van %1, die haar allemaal nodig hebben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Only %1 of the score rests on known facts: if every unknown turned out well it would be %2.</source>
        <translation> Slechts %1 van de score rust op bekende gegevens: als elk onbekend gegeven gunstig uitvalt, wordt de score %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an exit clause and a data-return clause</source>
        <translation>een exitclausule en een clausule over teruggave van gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an exit clause</source>
        <translation>een exitclausule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a data-return clause</source>
        <translation>een clausule over teruggave van gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiate %1 for %2 %3.</source>
        <translation>Onderhandel over %1 voor %2 %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The model does not record whether the contract has them: check the contract first.</source>
        <translation> Het model legt niet vast of het contract deze clausules bevat: controleer eerst het contract.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Ask for the export of all data in an open format, assistance during the transition, and a transition period long enough to switch.</source>
        <translation> Vraag om export van alle gegevens in een open formaat, ondersteuning tijdens de transitie en een overgangsperiode die lang genoeg is om over te stappen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> As a cloud service it is probably in scope of the Data Act, whose Art. 25 makes such switching terms mandatory.</source>
        <translation> Als clouddienst valt deze applicatie waarschijnlijk onder de Dataverordening (Data Act), waarvan art. 25 zulke overstapvoorwaarden verplicht stelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit terms for %1</source>
        <translation>Exitvoorwaarden voor %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (contract ended on %2, renewal open)</source>
        <translation>%1 (contract afgelopen op %2, verlenging staat open)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (contract ends on %2; the notice date, %3, has passed)</source>
        <translation>%1 (contract loopt af op %2; de opzegdatum, %3, is verstreken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (contract ends on %2, notice by %3)</source>
        <translation>%1 (contract loopt af op %2, opzeggen uiterlijk %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (contract ends on %2)</source>
        <translation>%1 (contract loopt af op %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use the renewal to leave or to set conditions: %1. Start the market consultation now.</source>
        <translation>Benut de verlenging om te vertrekken of om voorwaarden te stellen: %1. Start nu de marktconsultatie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The recorded switch from %1 to %2 takes %3</source>
        <translation> De vastgelegde overstap van %1 naar %2 duurt %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, longer than the time left: negotiate a short extension with exit support rather than a full new term.</source>
        <translation>, langer dan de resterende tijd: onderhandel liever over een korte verlenging met exitondersteuning dan over een volledige nieuwe contractperiode.</translation>
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
        <translation>Benut het verlengingsmoment van %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The applications of %1 fail the sovereignty gates</source>
        <translation>De applicaties van %1 voldoen niet aan de soevereiniteitsdrempels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applications of %1 score low on sovereignty (%2)</source>
        <translation>De applicaties van %1 scoren laag op soevereiniteit (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the only application in use under %2, scores %3 of 100 on the Cloud Sovereignty Framework, %4 of it on known facts.</source>
        <translation>%1, de enige applicatie in gebruik onder %2, scoort %3 van 100 op het Cloud Sovereignty Framework, %4 daarvan op bekende gegevens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 applications under %2 (%3) score %4 of 100 on the Cloud Sovereignty Framework, %5 of it on known facts.</source>
        <translation>%1 applicaties onder %2 (%3) scoren %4 van 100 op het Cloud Sovereignty Framework, %5 daarvan op bekende gegevens.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Weakest: %1 at SEAL-%2.</source>
        <translation> Zwakst: %1 op SEAL-%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (SEAL-%2, minimum %3)</source>
        <translation>%1 (SEAL-%2, minimum %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> It fails the minimum levels set for tenders on %1.</source>
        <translation> De applicatie haalt de minimumniveaus voor aanbestedingen niet op %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> They fail the minimum levels set for tenders on %1.</source>
        <translation> De applicaties halen de minimumniveaus voor aanbestedingen niet op %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It serves %1.</source>
        <translation> De applicatie ondersteunt %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> They serve %1.</source>
        <translation> De applicaties ondersteunen %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> It serves %1: %2.</source>
        <translation> De applicatie ondersteunt %1: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> They serve %1: %2.</source>
        <translation> De applicaties ondersteunen %1: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask %1 to remedy the failed objectives, with evidence for an assessment (seal.SOV-n), or plan the replacement of these services by ones that meet the gates.</source>
        <translation>Vraag %1 de tekortkomingen op de niet-behaalde doelstellingen te herstellen, met bewijs voor een beoordeling (seal.SOV-n), of plan de vervanging van deze diensten door diensten die wel aan de drempels voldoen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the next procurement of these services set minimum SEAL levels per objective (at least SEAL-%1 on SOV-2 legal and SOV-3 data), and ask for offers under EU control. Assess SOV-7 and SOV-8 with the supplier: the model cannot derive them.</source>
        <translation>Stel bij de volgende aanbesteding van deze diensten minimale SEAL-niveaus per doelstelling (ten minste SEAL-%1 op SOV-2 juridisch en SOV-3 data) en vraag om aanbiedingen onder EU-zeggenschap. Beoordeel SOV-7 en SOV-8 samen met de leverancier: het model kan die niet afleiden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sovereignty requirements for the services of %1</source>
        <translation>Soevereiniteitseisen voor de diensten van %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (controlled from %2)</source>
        <translation>%1 (zeggenschap vanuit %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 depends on a company controlled from outside the EU</source>
        <translation>%1 hangt af van een bedrijf onder zeggenschap van buiten de EU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is supplied by %2, controlled from the EU, but its chain is not: it relies on %3. It serves %4.</source>
        <translation>%1 wordt geleverd door %2, onder zeggenschap vanuit de EU, maar voor de keten geldt dat niet: die steunt op %3. De applicatie ondersteunt %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subcontracting terms for %1</source>
        <translation>Voorwaarden voor onderaanneming voor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require %1 to disclose its subcontractors and host operators and to ask consent before relying on companies controlled from outside the EU, and agree an EU-controlled fallback for %2.</source>
        <translation>Verplicht %1 om onderaannemers en beheerders van de hosting bekend te maken en toestemming te vragen voordat bedrijven onder zeggenschap van buiten de EU worden ingezet, en spreek voor %2 een terugvaloptie onder EU-zeggenschap af.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 important fact is missing or doubtful</source>
        <translation>1 belangrijk gegeven ontbreekt of is twijfelachtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 important facts are missing or doubtful</source>
        <translation>%1 belangrijke gegevens ontbreken of zijn twijfelachtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 facts are missing, out of date or doubtful; %2 of them weigh %3 or more (criticality x weight). The most important concern %4.</source>
        <translation>%1 gegevens ontbreken, zijn verouderd of twijfelachtig; %2 daarvan wegen %3 of meer (kritikaliteit x gewicht). De belangrijkste betreffen %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> %1 more nodes have important gaps.</source>
        <translation> Bij nog %1 knooppunten ontbreken belangrijke gegevens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Lock-in rests for %1 on known facts, sovereignty for %2.</source>
        <translation> Lock-in rust voor %1 op bekende gegevens, soevereiniteit voor %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the suppliers and the contract owners for the missing facts, starting with the most important: %1. Record where each fact comes from (&lt;attribute&gt;.source) and when it was established (&lt;attribute&gt;.as_of).</source>
        <translation>Vraag de leveranciers en de contracteigenaren om de ontbrekende gegevens, te beginnen met de belangrijkste: %1. Leg per gegeven vast waar het vandaan komt (&lt;attribute&gt;.source) en wanneer het is vastgesteld (&lt;attribute&gt;.as_of).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Scenario %1: %2 not back in time</source>
        <translation>Scenario %1: %2 niet op tijd terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In scenario %1 (%2 simulated), 1 capability goes down.</source>
        <translation>In scenario %1 (%2 gesimuleerd) valt 1 bedrijfsfunctie uit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scenario %1 (%2 simulated), %3 capabilities go down.</source>
        <translation>In scenario %1 (%2 gesimuleerd) vallen %3 bedrijfsfuncties uit.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> No way back for %1</source>
        <translation> Geen weg terug voor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: switching applications does not bring them back.</source>
        <translation>: overstappen naar andere applicaties brengt ze niet terug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: there is no usable alternative for %1.</source>
        <translation>: er is geen bruikbaar alternatief voor %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (down for %2, maximum tolerable downtime %3)</source>
        <translation>%1 (%2 uitgevallen, maximaal toelaatbare uitvaltijd %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Back only after their maximum tolerable downtime: %1.</source>
        <translation> Pas na hun maximaal toelaatbare uitvaltijd terug: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record and contract an alternative for %1, which has none that survives the scenario.</source>
        <translation>Leg voor %1 een alternatief vast en contracteer het: er is nu geen alternatief dat het scenario doorstaat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record and contract alternatives for %1, which have none that survives the scenario.</source>
        <translation>Leg voor %1 alternatieven vast en contracteer ze: er zijn nu geen alternatieven die het scenario doorstaan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 naar %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 naar %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare the switches so that they can start at once - alternative contracted, data exported, migration tested: %1. Where even a prepared switch is longer than the maximum tolerable downtime, keep a stand-by ready.</source>
        <translation>Bereid de overstappen zo voor dat ze direct kunnen starten - alternatief gecontracteerd, gegevens geëxporteerd, migratie getest: %1. Duurt zelfs een voorbereide overstap langer dan de maximaal toelaatbare uitvaltijd, houd dan een uitwijkvoorziening gereed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work out with the owners of %1 how they would keep working without the failed services.</source>
        <translation>Werk met de eigenaren van %1 uit hoe zij zonder de uitgevallen diensten kunnen blijven werken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prepare the exit for scenario %1</source>
        <translation>Bereid de exit voor op scenario %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Switching %1 to %2 saves %3 in scenario %4</source>
        <translation>Overstappen van %1 naar %2 bespaart %3 in scenario %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the price of %1 rises as in scenario %2, switching to %3 from month %4 saves %5 over the rest of the %6: staying costs %7, switching %8</source>
        <translation>Als de prijs van %1 stijgt zoals in scenario %2, levert overstappen naar %3 vanaf maand %4 een besparing op van %5 over de rest van de %6: blijven kost %7, overstappen %8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, including %1 for the switch itself (%2).</source>
        <translation>, waarvan %1 voor de overstap zelf (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work out a business case for moving from %1 to %2 now, before the price rise takes effect; confirm the switch time and cost with the alternative&apos;s supplier.</source>
        <translation>Werk nu, voordat de prijsstijging ingaat, een business case uit voor de overstap van %1 naar %2; laat de leverancier van het alternatief de overstaptijd en -kosten bevestigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> The contract end (%1) is the natural moment to switch.</source>
        <translation> Het einde van het contract (%1) is het natuurlijke moment om over te stappen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consider switching %1 to %2</source>
        <translation>Overweeg de overstap van %1 naar %2</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Cut-off by countries outside the EU</source>
        <translation>Afsluiting door landen buiten de EU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single points of failure</source>
        <translation>Single points of failure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redundancy with a common cause</source>
        <translation>Redundantie met een gemeenschappelijke oorzaak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit scenarios</source>
        <translation>Exitscenario&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock-in</source>
        <translation>Lock-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sovereignty</source>
        <translation>Soevereiniteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concentration</source>
        <translation>Concentratie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data quality</source>
        <translation>Datakwaliteit</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 vital capabilities have a single point of failure; %3 of all %4 capabilities have none.</source>
        <translation>%1 van %2 vitale bedrijfsfuncties hebben een single point of failure; %3 van alle %4 bedrijfsfuncties hebben er geen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No country outside the EU can cut off a vital capability on its own.</source>
        <translation>Geen enkel land buiten de EU kan op eigen kracht een vitale bedrijfsfunctie afsluiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can cut off vital capabilities on their own; %2 alone can cut off %3.</source>
        <translation>Landen die op eigen kracht vitale bedrijfsfuncties kunnen afsluiten: %1; %2 alleen kan al %3 afsluiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 applications in use have a lock-in of %3 or more.</source>
        <translation>%1 van %2 applicaties in gebruik hebben een lock-in van %3 of meer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of the criticality-weighted dependence rests on parent companies outside the EU.</source>
        <translation>%1 van de naar kritikaliteit gewogen afhankelijkheid rust op moederbedrijven buiten de EU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applications in use score %1 of 100 on sovereignty on average.</source>
        <translation>De applicaties in gebruik scoren gemiddeld %1 van 100 op soevereiniteit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fail the SEAL gates.</source>
        <translation>Niet aan de SEAL-drempels voldoen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock-in rests for %1 on known facts, sovereignty for %2; %3 important facts are missing or doubtful.</source>
        <translation>Lock-in rust voor %1 op bekende gegevens, soevereiniteit voor %2; %3 belangrijke gegevens ontbreken of zijn twijfelachtig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1 of the %2 simulated scenarios a capability is not back within its maximum tolerable downtime.</source>
        <translation>In %1 van de %2 gesimuleerde scenario&apos;s is een bedrijfsfunctie niet binnen haar maximaal toelaatbare uitvaltijd terug.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 findings (%2 of severity 5, %3 of severity 4) lead to %4 recommendations.</source>
        <translation>%1 bevindingen (%2 met ernst 5, %3 met ernst 4) leiden tot %4 aanbevelingen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most urgent findings</source>
        <translation>Meest urgente bevindingen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>- %1 [%2; severity %3, breadth %4]</source>
        <translation>- %1 [%2; ernst %3, breedte %4]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    %1 (priority %2): %3</source>
        <translation>    %1 (prioriteit %2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    When: %1</source>
        <translation>    Wanneer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Why: %1</source>
        <translation>    Waarom: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Source: %1</source>
        <translation>    Bron: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/reportcontent.cpp" line="+127"/>
        <source>vital</source>
        <translation>vitaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Severity %1 of 5 (%2)</source>
        <translation>Ernst %1 van 5 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priority 1: act now</source>
        <translation>Prioriteit 1: nu handelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority 2: plan it</source>
        <translation>Prioriteit 2: inplannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority 3: consider it</source>
        <translation>Prioriteit 3: overwegen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>1 more row not shown; the model holds it.</source>
        <translation>Nog 1 rij niet getoond; het model bevat die wel.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 more rows not shown; the model holds them all.</source>
        <translation>Nog %1 rijen niet getoond; het model bevat ze allemaal.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(and the same for 1 more capability)</source>
        <translation>(en hetzelfde voor nog 1 bedrijfsfunctie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(and the same for %1 more capabilities)</source>
        <translation>(en hetzelfde voor nog %1 bedrijfsfuncties)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>As for rule %1 above (appendix A).</source>
        <translation>Zoals bij regel %1 hierboven (bijlage A).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sovereignty report</source>
        <translation>Soevereiniteitsrapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital dependencies, single points of failure and exit options</source>
        <translation>Digitale afhankelijkheden, single points of failure en exitmogelijkheden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure %1</source>
        <translation>Figuur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table %1</source>
        <translation>Tabel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+702"/>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <location line="-701"/>
        <location line="+802"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="-801"/>
        <location line="+801"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="-800"/>
        <source>Why it fails</source>
        <translation>Waarom het uitvalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared for</source>
        <translation>Opgesteld voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with Antrum %1 from the model “%2”.</source>
        <translation>Gemaakt met Antrum %1 op basis van het model “%2”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Executive summary</source>
        <translation>Managementsamenvatting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This report maps the digital dependencies of %1: %2, %3, %4, %5 and %6, as recorded in the model on %7. It shows where a single supplier, parent company or foreign law can stop work the organisation cannot do without, how hard it would be to leave, and what to do about it.</source>
        <translation>Dit rapport brengt de digitale afhankelijkheden van %1 in kaart: %2, %3, %4, %5 en %6, zoals vastgelegd in het model met peildatum %7. Het laat zien waar één leverancier, moederbedrijf of buitenlandse wet werk kan stilleggen dat de organisatie niet kan missen, hoe moeilijk het zou zijn om te vertrekken en wat eraan te doen valt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 supplier</source>
        <translation>1 leverancier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 suppliers</source>
        <translation>%1 leveranciers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 host</source>
        <translation>1 host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hosts</source>
        <translation>%1 hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 jurisdiction</source>
        <translation>1 rechtsgebied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jurisdictions</source>
        <translation>%1 rechtsgebieden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The most urgent findings</source>
        <translation>De meest urgente bevindingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The analysis found nothing that needs attention.</source>
        <translation>De analyse heeft niets gevonden dat aandacht vraagt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranked by how severe they are times how many capabilities they can stop. Chapter 3 explains each finding; chapter 6 lists every recommendation.</source>
        <translation>Gerangschikt naar ernst maal het aantal bedrijfsfuncties dat ze kunnen stilleggen. Hoofdstuk 3 licht elke bevinding toe; hoofdstuk 6 bevat alle aanbevelingen.</translation>
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
        <translation>Wat eerst moet gebeuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recommendation needs action now; chapter 6 lists what to plan and consider.</source>
        <translation>Geen enkele aanbeveling vraagt nu om actie; hoofdstuk 6 noemt wat in te plannen en te overwegen valt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One recommendation has priority 1 (a vital capability at stake or a deadline within six months):</source>
        <translation>Eén aanbeveling heeft prioriteit 1 (er staat een vitale bedrijfsfunctie op het spel of er verstrijkt binnen zes maanden een termijn):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 recommendations have priority 1 (a vital capability at stake or a deadline within six months):</source>
        <translation>%1 aanbevelingen hebben prioriteit 1 (er staat een vitale bedrijfsfunctie op het spel of er verstrijkt binnen zes maanden een termijn):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>And %1 more in chapter 6.</source>
        <translation>En nog %1 in hoofdstuk 6.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In figures</source>
        <translation>In cijfers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How this analysis works</source>
        <translation>Hoe deze analyse werkt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lock-in is scored from 0 to 100 on eleven factors, such as data portability, open standards, licence, exit clause and notice period, each with a documented weight. A factor without data counts at its worst, as in a tender; every score says how much of it rests on known facts. Concentration is measured with the Herfindahl–Hirschman index (HHI, 0 to 10,000) over parent companies, their countries and host operators, weighted by criticality or by annual cost: above %1 is moderate and above %2 high, the bands of the European Commission&apos;s merger guidelines (2004/C 31/03).</source>
        <translation>Lock-in krijgt een score van 0 tot 100 op elf factoren, zoals dataportabiliteit, open standaarden, licentie, exitclausule en opzegtermijn, elk met een gedocumenteerd gewicht. Een factor zonder gegevens telt op zijn slechtst mee, zoals bij een aanbesteding; bij elke score staat hoeveel ervan op bekende gegevens berust. Concentratie wordt gemeten met de Herfindahl–Hirschman-index (HHI, 0 tot 10.000) over moederbedrijven, hun landen en beheerders van de hosting, gewogen naar kritikaliteit of naar jaarlijkse kosten: boven %1 is de concentratie matig en boven %2 hoog, volgens de klassen uit de richtsnoeren van de Europese Commissie voor horizontale fusies (2004/C 31/03).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sovereignty profile rates each application on the eight objectives of the EU Cloud Sovereignty Framework (SOV-1 to SOV-8) at SEAL levels 0 to 4; what is unknown counts as level 0. Exit scenarios (sanctions, price shocks, faulty updates, bankruptcies) are simulated month by month with the alternatives, switching times and costs recorded in the model. Each recommendation follows from one finding by one of the documented rules of appendix A.</source>
        <translation>Het soevereiniteitsprofiel beoordeelt elke applicatie op de acht doelstellingen van het EU Cloud Sovereignty Framework (SOV-1 tot en met SOV-8) op SEAL-niveaus 0 tot en met 4; wat onbekend is, telt als niveau 0. Exitscenario&apos;s (sancties, prijsschokken, foutieve updates, faillissementen) worden maand voor maand gesimuleerd met de alternatieven, overstaptijden en overstapkosten die in het model zijn vastgelegd. Elke aanbeveling volgt uit één bevinding volgens een van de gedocumenteerde regels in bijlage A.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference date %1; facts older than %2 months count as out of date. The full methodology, with every formula, weight and source, is in docs/methodology.md, and the rules behind the recommendations in docs/recommendations.md; both come with Antrum. The findings are only as good as the model: chapter 3.7 says how much of it is known.</source>
        <translation>Peildatum %1; gegevens ouder dan %2 maanden gelden als verouderd. De volledige methodiek, met elke formule, elk gewicht en elke bron, staat in docs/methodology.md, en de regels achter de aanbevelingen staan in docs/recommendations.md; beide worden met Antrum meegeleverd. De bevindingen zijn niet beter dan het model: paragraaf 3.7 laat zien hoeveel daarvan bekend is.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No finding in this area.</source>
        <translation>Geen bevindingen op dit gebied.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Further findings in this area</source>
        <translation>Overige bevindingen op dit gebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The %1 most urgent findings of this area are given above in full; the other %2 follow in short. Chapter 6 lists every recommendation.</source>
        <translation>De %1 urgentste bevindingen op dit gebied staan hierboven volledig; de overige %2 volgen hieronder in het kort. Hoofdstuk 6 noemt alle aanbevelingen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Single points of failure per capability</source>
        <translation>Single points of failure per bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <location line="+325"/>
        <location line="+158"/>
        <source>Capability</source>
        <translation>Bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="-557"/>
        <location line="+74"/>
        <location line="+148"/>
        <location line="+177"/>
        <location line="+158"/>
        <source>Criticality</source>
        <translation>Kritikaliteit</translation>
    </message>
    <message>
        <location line="-557"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Single points of failure</source>
        <translation>Single points of failure</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2 have at least one single point of failure; of the %3 vital ones, %4 do. A single point of failure may be an application, a supplier or its parent company, a host or a jurisdiction.</source>
        <translation>%1 van %2 hebben ten minste één single point of failure; van de %3 vitale bedrijfsfuncties zijn dat er %4. Een single point of failure kan een applicatie zijn, een leverancier of zijn moederbedrijf, een host of een rechtsgebied.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Single points of failure ranked by what they stop (capabilities, by criticality)</source>
        <translation>Single points of failure gerangschikt naar wat ze stilleggen (bedrijfsfuncties, naar kritikaliteit)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What %1 depends on; its single points of failure are outlined in red</source>
        <translation>Waarvan %1 afhankelijk is; de single points of failure zijn rood omlijnd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pairs that stop a capability together (minimal cut sets of order 2)</source>
        <translation>Paren die samen een bedrijfsfunctie stilleggen (minimale snedeverzamelingen van orde 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>Paren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example</source>
        <translation>Bijvoorbeeld</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 with %2</source>
        <translation>%1 met %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 pair</source>
        <translation>1 paar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pairs</source>
        <translation>%1 paren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capabilities each jurisdiction can cut off on its own, and those its laws reach, by criticality</source>
        <translation>Bedrijfsfuncties die elk rechtsgebied op eigen kracht kan afsluiten, en bedrijfsfuncties binnen het bereik van zijn wetten, naar kritikaliteit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exposure per jurisdiction</source>
        <translation>Blootstelling per rechtsgebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+495"/>
        <source>Jurisdiction</source>
        <translation>Rechtsgebied</translation>
    </message>
    <message>
        <location line="-495"/>
        <location line="+495"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Can cut off</source>
        <translation>Kan afsluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of which vital</source>
        <translation>Waarvan vitaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laws reach</source>
        <translation>Wetten bereiken</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+494"/>
        <source>Laws with reach abroad</source>
        <translation>Wetten met extraterritoriale werking</translation>
    </message>
    <message>
        <location line="-459"/>
        <location line="+465"/>
        <source>home</source>
        <translation>eigen</translation>
    </message>
    <message>
        <location line="-465"/>
        <location line="+465"/>
        <source>outside the EU</source>
        <translation>buiten de EU</translation>
    </message>
    <message>
        <location line="-465"/>
        <location line="+465"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>Concentration indices</source>
        <translation>Concentratie-indices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over</source>
        <translation>Gemeten over</translation>
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
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Grootste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three largest</source>
        <translation>Drie grootste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not attributed</source>
        <translation>Niet toegerekend</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The HHI adds up the squared shares (in percent) of each parent company, country or host operator: 10,000 means everything under one, below %1 counts as low. The weight that could not be attributed for lack of facts is left out of the shares and shown apart.</source>
        <translation>De HHI is de som van de gekwadrateerde aandelen (in procenten) van elk moederbedrijf, land of elke beheerder van de hosting: 10.000 betekent dat alles onder één partij valt, onder %1 geldt als laag. Het gewicht dat bij gebrek aan gegevens niet kon worden toegerekend, blijft buiten de aandelen en wordt apart getoond.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shares by %1, weighted by criticality (percent)</source>
        <translation>Aandelen per %1, gewogen naar kritikaliteit (procent)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock-in per capability by factor (0–100; grey: unknown, counted at its worst)</source>
        <translation>Lock-in per bedrijfsfunctie per factor (0–100; grijs: onbekend, op zijn slechtst meegeteld)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications by lock-in</source>
        <translation>Applicaties naar lock-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+293"/>
        <source>Application</source>
        <translation>Applicatie</translation>
    </message>
    <message>
        <location line="-348"/>
        <location line="+63"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>At best</source>
        <translation>Op zijn best</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+63"/>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Weighs most</source>
        <translation>Weegt het zwaarst</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nothing known</source>
        <translation>niets bekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 points)</source>
        <translation>%1 (%2 punten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 in use score %3 or more (high lock-in). A score counts unknown factors at their worst; “at best” counts them at their best, and the distance between the two is what better data would settle.</source>
        <translation>%1 van %2 in gebruik scoren %3 of meer (hoge lock-in). Een score telt onbekende factoren op hun slechtst mee; “op zijn best” telt ze op hun best mee, en het verschil tussen die twee kan met betere gegevens worden weggenomen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sovereignty profile per application (SEAL level 0–4 per objective; ? unknown)</source>
        <translation>Soevereiniteitsprofiel per applicatie (SEAL-niveau 0–4 per doelstelling; ? onbekend)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 in use score below %3 of 100. The objectives: %4.</source>
        <translation>%1 van %2 in gebruik scoren lager dan %3 van 100. De doelstellingen: %4.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The most important gaps in the data</source>
        <translation>De belangrijkste hiaten in de gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Knooppunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fact</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feeds</source>
        <translation>Werkt door in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importance</source>
        <translation>Belang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of date</source>
        <translation>verouderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doubtful</source>
        <translation>twijfelachtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Exit scenarios</source>
        <translation>Exitscenario&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model holds no exit scenarios. Antrum&apos;s library (sanctions, price shock, faulty update, bankruptcy, ransomware, cloud-region outage) adds them in a few clicks.</source>
        <translation>Het model bevat geen exitscenario&apos;s. De bibliotheek van Antrum (sancties, prijsschok, foutieve update, faillissement, ransomware, uitval van een cloudregio) voegt ze met een paar klikken toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each scenario is simulated month by month: what fails, which capabilities go down, whether the recorded alternatives bring them back within their maximum tolerable downtime, and what it costs.</source>
        <translation>Elk scenario wordt maand voor maand gesimuleerd: wat er uitvalt, welke bedrijfsfuncties stilvallen, of de vastgelegde alternatieven ze binnen hun maximaal toelaatbare uitvaltijd terugbrengen, en wat het kost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capabilities that go down in “%1”</source>
        <translation>Bedrijfsfuncties die uitvallen in “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down from month</source>
        <translation>Uitgevallen vanaf maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back in month</source>
        <translation>Terug in maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down for</source>
        <translation>Duur uitval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tolerable</source>
        <translation>Toelaatbaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Way back</source>
        <translation>Weg terug</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not within %1</source>
        <translation>niet binnen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="-506"/>
        <source>Antrum describes the organisation as a graph. Capabilities (what the organisation must be able to do) require applications; applications are provided by suppliers and hosted on hosts; suppliers belong to parent companies, hire subcontractors and are incorporated in jurisdictions; hosts are operated by suppliers and located in jurisdictions. Redundancy is recorded explicitly, as a group of alternatives of which k out of n suffice.</source>
        <translation>Antrum beschrijft de organisatie als een graaf. Bedrijfsfuncties (wat de organisatie moet kunnen) hebben applicaties nodig; applicaties worden geleverd door leveranciers en draaien op hosts; leveranciers horen bij moederbedrijven, schakelen onderaannemers in en zijn gevestigd in rechtsgebieden; hosts worden beheerd door leveranciers en bevinden zich in rechtsgebieden. Redundantie wordt expliciet vastgelegd, als een groep alternatieven waarvan k van de n volstaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A node is a single point of failure of a capability when its failure alone stops the capability. Failure follows every dependency, ownership and law included: a parent company that goes bankrupt, or a jurisdiction that cuts off service, takes everything under it along. A minimal cut set of order 2 is a pair of nodes that together stop a capability though neither does alone. When both lie under one parent company or one law, that company or law is a common cause that makes the redundancy only apparent.</source>
        <translation>Een knooppunt is een single point of failure van een bedrijfsfunctie als uitval van alleen dat knooppunt de bedrijfsfunctie stillegt. Uitval plant zich voort langs elke afhankelijkheid, ook via eigendom en wetgeving: een moederbedrijf dat failliet gaat, of een rechtsgebied dat de dienstverlening afsluit, neemt alles mee wat eronder valt. Een minimale snedeverzameling van orde 2 is een paar knooppunten dat samen een bedrijfsfunctie stillegt, terwijl geen van beide dat alleen doet. Vallen beide onder één moederbedrijf of één wet, dan is dat bedrijf of die wet een gemeenschappelijke oorzaak en is de redundantie maar schijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The laws of a jurisdiction reach a capability when they apply to a supplier, parent company or host it depends on (legal reach). A jurisdiction can cut a capability off when stopping everything under its law stops the capability (cut-off exposure). Jurisdictions outside the EU that are not the organisation&apos;s own are foreign.</source>
        <translation>De wetten van een rechtsgebied bereiken een bedrijfsfunctie als ze van toepassing zijn op een leverancier, moederbedrijf of host waarvan die bedrijfsfunctie afhankelijk is (juridisch bereik). Een rechtsgebied kan een bedrijfsfunctie afsluiten als het stilleggen van alles wat onder zijn recht valt de bedrijfsfunctie stillegt (blootstelling aan afsluiting). Rechtsgebieden buiten de EU die niet het eigen rechtsgebied van de organisatie zijn, gelden als buitenlands.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Pairs of nodes that stop a capability together although neither does alone: %1 in all, for %2. Where both lie under one parent company, one host operator or one law, the redundancy is only apparent; the findings below name those common causes.</source>
        <translation>Paren knooppunten die samen een bedrijfsfunctie stilleggen, terwijl geen van beide dat alleen doet: in totaal %1, bij %2. Waar beide onder één moederbedrijf, één beheerder van de hosting of één wet vallen, is de redundantie maar schijn; de bevindingen hieronder noemen die gemeenschappelijke oorzaken.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No jurisdiction outside the EU can cut off a capability on its own. Legal reach is wider than cut-off: a law can demand access to data without stopping the service.</source>
        <translation>Geen rechtsgebied buiten de EU kan op eigen kracht een bedrijfsfunctie afsluiten. Juridisch bereik is ruimer dan afsluiting: een wet kan toegang tot gegevens eisen zonder de dienst stil te leggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurisdictions outside the EU that can cut off at least one capability on their own: %1. Legal reach is wider than cut-off: a law can demand access to data without stopping the service.</source>
        <translation>Rechtsgebieden buiten de EU die op eigen kracht ten minste één bedrijfsfunctie kunnen afsluiten: %1. Juridisch bereik is ruimer dan afsluiting: een wet kan toegang tot gegevens eisen zonder de dienst stil te leggen.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Of what the scores need, %1 is known for lock-in, %2 for the sovereignty profile and %3 for concentration (weighted by criticality). The gaps below matter most, because the scores they feed belong to the most critical capabilities.</source>
        <translation>Van de gegevens die de scores nodig hebben, is %1 bekend voor lock-in, %2 voor het soevereiniteitsprofiel en %3 voor concentratie (gewogen naar kritikaliteit). De hiaten hieronder wegen het zwaarst, omdat de scores waarin ze doorwerken bij de meest kritieke bedrijfsfuncties horen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The findings are grouped by area. Each says what it concerns and how severe it is (5: it can stop a vital capability). Where a chain of dependencies explains it, the chain is shown. The recommendations derived from a finding follow it.</source>
        <translation>De bevindingen zijn per gebied gegroepeerd. Elke bevinding vermeldt waarop ze betrekking heeft en hoe ernstig ze is (5: ze kan een vitale bedrijfsfunctie stilleggen). Waar een keten van afhankelijkheden haar verklaart, staat die keten erbij. De aanbevelingen die uit een bevinding volgen, staan eronder.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Simulated over %1. Capabilities that go down: %2, of which %3 beyond their tolerable downtime and %4 without a way back. Cost over the period: %5, including %6 of one-off switching costs, against %7 without the scenario.</source>
        <translation>Gesimuleerd over %1. Bedrijfsfuncties die uitvallen: %2, waarvan %3 langer dan hun toelaatbare uitvaltijd en %4 zonder weg terug. Kosten over de periode: %5, waarvan %6 eenmalige overstapkosten, tegenover %7 zonder het scenario.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Other scenario findings</source>
        <translation>Overige bevindingen uit scenario&apos;s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Procurement options</source>
        <translation>Inkoopopties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model describes no procurement options. An option is a set of changes (an application replaced, a supplier added); Antrum analyses each as a variant of today&apos;s landscape and sets them side by side.</source>
        <translation>Het model beschrijft geen inkoopopties. Een optie is een set wijzigingen (een vervangen applicatie, een extra leverancier); Antrum analyseert elke optie als variant van het huidige applicatielandschap en zet de opties naast elkaar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each option is analysed as a variant of today&apos;s landscape with the same methods and settings. ▲ marks a figure that gets better than today, ▼ one that gets worse.</source>
        <translation>Elke optie wordt geanalyseerd als variant van het huidige applicatielandschap, met dezelfde methoden en instellingen. ▲ markeert een kengetal dat beter wordt dan nu, ▼ een kengetal dat slechter wordt.</translation>
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
        <translation>De huidige situatie en de opties vergeleken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location line="-528"/>
        <location line="+560"/>
        <source>Recommendations</source>
        <translation>Aanbevelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every recommendation follows from one finding by a documented rule (appendix A). Priority 1: act now (a vital capability at stake, or a deadline within six months); priority 2: plan it; priority 3: consider it. Chapter 3 gives each one in full under its finding.</source>
        <translation>Elke aanbeveling volgt uit één bevinding volgens een gedocumenteerde regel (bijlage A). Prioriteit 1: nu handelen (er staat een vitale bedrijfsfunctie op het spel of er verstrijkt binnen zes maanden een termijn); prioriteit 2: inplannen; prioriteit 3: overwegen. Hoofdstuk 3 geeft elke aanbeveling volledig weer, onder de bevinding waaruit ze volgt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The findings call for no recommendation.</source>
        <translation>De bevindingen geven geen aanleiding tot aanbevelingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All recommendations by priority</source>
        <translation>Alle aanbevelingen naar prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Because of</source>
        <translation>Vanwege</translation>
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
        <translation>Bedrijfsfuncties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerable downtime</source>
        <translation>Toelaatbare uitvaltijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Heeft nodig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applications</source>
        <translation>Applicaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Hosted on</source>
        <translation>Gehost op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annual cost</source>
        <translation>Jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock-in</source>
        <translation>Lock-in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (alternative)</source>
        <translation>%1 (alternatief)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppliers</source>
        <translation>Leveranciers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent company</source>
        <translation>Moederbedrijf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ultimately owned by</source>
        <translation>Uiteindelijk eigendom van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seat</source>
        <translation>Vestigingsland</translation>
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
        <translation>Beheerd door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Located in</source>
        <translation>Gelegen in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jurisdictions</source>
        <translation>Rechtsgebieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Appendix</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A. The rules behind the recommendations</source>
        <translation>A. De regels achter de aanbevelingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules R1–R11</source>
        <translation>Regels R1–R11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommends</source>
        <translation>Beveelt aan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>B. The inventory</source>
        <translation>B. De inventaris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the model holds, by kind and name.</source>
        <translation>Alles wat het model bevat, naar soort en naam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C. About this report</source>
        <translation>C. Over dit rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at least SEAL-%2</source>
        <translation>%1 ten minste SEAL-%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: “%1”, %2</source>
        <translation>Model: “%1”, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 node</source>
        <translation>1 knooppunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 nodes</source>
        <translation>%1 knooppunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 edge</source>
        <translation>1 verbinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 edges</source>
        <translation>%1 verbindingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference date: %1</source>
        <translation>Peildatum: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut sets computed up to order %1</source>
        <translation>Snedeverzamelingen berekend tot en met orde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHI bands: moderate above %1, high above %2</source>
        <translation>HHI-klassen: matig boven %1, hoog boven %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SEAL gates set</source>
        <translation>Geen SEAL-drempels ingesteld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEAL gates: %1</source>
        <translation>SEAL-drempels: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 finding</source>
        <translation>1 bevinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 findings</source>
        <translation>%1 bevindingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 recommendation</source>
        <translation>1 aanbeveling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 recommendations</source>
        <translation>%1 aanbevelingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This report describes the model, not the world: where the model is silent or out of date, so is the report. It holds the organisation&apos;s map of its own weak points; share it accordingly.</source>
        <translation>Dit rapport beschrijft het model, niet de werkelijkheid: waar het model zwijgt of verouderd is, geldt dat ook voor het rapport. Het bevat het overzicht van de eigen zwakke plekken van de organisatie; deel het dus met zorg.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../core/reportwords.cpp" line="+14"/>
        <source>€ %1</source>
        <translation>€ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 and %2 more</source>
        <translation>%1 en nog %2</translation>
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
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 capability</source>
        <translation>1 bedrijfsfunctie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 capabilities</source>
        <translation>%1 bedrijfsfuncties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 application</source>
        <translation>1 applicatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 applications</source>
        <translation>%1 applicaties</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/reportwriter.cpp" line="+1077"/>
        <location line="+159"/>
        <location line="+3"/>
        <source>Writing the report was cancelled.</source>
        <translation>Het schrijven van het rapport is geannuleerd.</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+133"/>
        <location line="+30"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Kan %1 niet schrijven: de pdf kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: a page could not be added.</source>
        <translation>Kan %1 niet schrijven: er kon geen pagina worden toegevoegd.</translation>
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
    <name>antrum::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="+67"/>
        <source>E&amp;xport chart…</source>
        <translation>Grafiek e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG picture or an SVG drawing (Ctrl+E)</source>
        <translation>Deze grafiek opslaan als PNG-afbeelding of SVG-tekening (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to show yet.</source>
        <translation>Nog niets te tonen.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2 (click to select)</source>
        <translation>%1: %2 (klik om te selecteren)</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+24"/>
        <source>There is no chart to export.</source>
        <translation>Er is geen grafiek om te exporteren.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+16"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Chart exported from Antrum</source>
        <translation>Grafiek geëxporteerd uit Antrum</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
</context>
<context>
    <name>antrum::ComparisonTableModel</name>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="+182"/>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 pp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model totals</source>
        <translation>Modeltotalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Bedrijfsfuncties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurisdictions: capabilities each can cut off on its own</source>
        <translation>Rechtsgebieden: bedrijfsfuncties die elk op eigen kracht kan afsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored scenarios</source>
        <translation>Opgeslagen scenario&apos;s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Baseline</source>
        <translation>Uitgangssituatie</translation>
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
        <translation>de uitgangssituatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>option %1</source>
        <translation>optie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source> of %1</source>
        <translation> van %1</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The scenario names a node that this option removes, so it cannot be simulated here.</source>
        <translation>Het scenario noemt een knooppunt dat deze optie verwijdert; het kan hier dus niet worden gesimuleerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The capability needs no application, so it has no lock-in score.</source>
        <translation>De bedrijfsfunctie heeft geen applicatie nodig en heeft dus geen lock-in-score.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the baseline: the options add it.</source>
        <translation>Niet in de uitgangssituatie: de opties voegen het toe.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in this variant: the option removes it.</source>
        <translation>Niet in deze variant: de optie verwijdert het.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to measure in this column (no application in use, or no weight to attribute).</source>
        <translation>In deze kolom valt niets te meten (geen applicatie in gebruik, of geen gewicht om toe te rekenen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2: not applicable.
%3</source>
        <translation>%1 in %2: niet van toepassing.
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
        <translation>Hoger is beter.</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+100"/>
        <source>Lower is better.</source>
        <translation>Lager is beter.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The baseline has no value to compare with.</source>
        <translation>De uitgangssituatie heeft geen waarde om mee te vergelijken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: %1.</source>
        <translation>Uitgangssituatie: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1: better than the baseline (%2)</source>
        <translation>Verandering %1: beter dan de uitgangssituatie (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1: worse than the baseline (%2)</source>
        <translation>Verandering %1: slechter dan de uitgangssituatie (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same as the baseline.</source>
        <translation>Gelijk aan de uitgangssituatie.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Scenario %1: click to select the nodes it names</source>
        <translation>Scenario %1: klik om de genoemde knooppunten te selecteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability %1: click to select it</source>
        <translation>Bedrijfsfunctie %1: klik om deze te selecteren</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>, better</source>
        <translation>, beter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, worse</source>
        <translation>, slechter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model as it is: %1 (%2 nodes, %3 edges)</source>
        <translation>Het model zoals het is: %1 (%2 knooppunten, %3 verbindingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option %1 (%2; %3 nodes, %4 edges)</source>
        <translation>Optie %1 (%2; %3 knooppunten, %4 verbindingen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenarios that cannot run on it: %1</source>
        <translation>Scenario&apos;s die hierop niet kunnen worden doorgerekend: %1</translation>
    </message>
</context>
<context>
    <name>antrum::ComparisonView</name>
    <message>
        <location filename="../ui/comparisonview.cpp" line="+68"/>
        <source>&lt;b&gt;Options to compare with the baseline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Opties om met de uitgangssituatie te vergelijken&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the options to compare; expand one to see what it changes.</source>
        <translation>Vink de te vergelijken opties aan; klap een optie uit om te zien wat die verandert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse the baseline and every ticked option alike, and set them side by side</source>
        <translation>Analyseer de uitgangssituatie en elke aangevinkte optie op dezelfde manier en zet ze naast elkaar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All sections</source>
        <translation>Alle onderdelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;only differences</source>
        <translation>&amp;Alleen verschillen tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the rows in which every option equals the baseline</source>
        <translation>Verberg de rijen waarin elke optie gelijk is aan de uitgangssituatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ rose  ▼ fell  ✓ better  ✗ worse than the baseline</source>
        <translation>▲ gestegen  ▼ gedaald  ✓ beter  ✗ slechter dan de uitgangssituatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a change is better depends on the figure: fewer single points of failure is better, a higher sovereignty score is better. The tint repeats the ✓ and ✗.</source>
        <translation>Of een verandering beter is, hangt af van het kengetal: minder single points of failure is beter, een hogere soevereiniteitsscore is beter. De kleurtint herhaalt de ✓ en ✗.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>T&amp;onen:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Key figures</source>
        <translation>&amp;Kengetallen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sovereignty &amp;profile</source>
        <translation>Soevereiniteits&amp;profiel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option, capability, figure</source>
        <translation>Optie, bedrijfsfunctie, kengetal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+337"/>
        <source>Baseline</source>
        <translation>Uitgangssituatie</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Differences</source>
        <translation>V&amp;erschillen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No model is open.</source>
        <translation>Er is geen model geopend.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This model has no procurement options to compare.
Options are change sets stored in the model (“options” in the model file): nodes and edges an option removes or adds.</source>
        <translation>Dit model heeft geen inkoopopties om te vergelijken.
Opties zijn wijzigingssets die in het model zijn opgeslagen (“options” in het modelbestand): knooppunten en verbindingen die een optie verwijdert of toevoegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick one or more options on the left and press Compare to set them beside the baseline.</source>
        <translation>Vink links een of meer opties aan en klik op Vergelijken om ze naast de uitgangssituatie te zetten.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>removes %1</source>
        <translation>verwijdert %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>adds %1</source>
        <translation>voegt %1 toe</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>removes %n edge(s)</source>
        <translation>
            <numerusform>verwijdert %n verbinding</numerusform>
            <numerusform>verwijdert %n verbindingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>adds %n edge(s)</source>
        <translation>
            <numerusform>voegt %n verbinding toe</numerusform>
            <numerusform>voegt %n verbindingen toe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes nothing</source>
        <translation>verandert niets</translation>
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
        <translation>Vink ten minste één optie aan om te vergelijken.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Comparing %n option(s) with the baseline…</source>
        <translation>
            <numerusform>Bezig met vergelijken van %n optie met de uitgangssituatie…</numerusform>
            <numerusform>Bezig met vergelijken van %n opties met de uitgangssituatie…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The comparison failed.</source>
        <translation>De vergelijking is mislukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The options could not be compared:</source>
        <translation>De opties konden niet worden vergeleken:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the option in the model (an option must give a valid model), then compare again.</source>
        <translation>Corrigeer de optie in het model (een optie moet een geldig model opleveren) en vergelijk opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Compared %n option(s) with the baseline.</source>
        <translation>
            <numerusform>%n optie vergeleken met de uitgangssituatie.</numerusform>
            <numerusform>%n opties vergeleken met de uitgangssituatie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The model has no stored scenarios.</source>
        <translation>Het model heeft geen opgeslagen scenario&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to compare.</source>
        <translation>Niets te vergelijken.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+114"/>
        <location line="+128"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>%1 for %2</source>
        <translation>%1 voor %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thousand € over the scenario horizon</source>
        <translation>€ duizend over de horizon van het scenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thousand € per year</source>
        <translation>€ duizend per jaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>score (0–100)</source>
        <translation>score (0–100)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HHI (0–10,000; above 2,000 is high)</source>
        <translation>HHI (0–10.000; boven 2.000 is hoog)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>share</source>
        <translation>aandeel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lower is better.</source>
        <translation>Lager is beter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Higher is better.</source>
        <translation>Hoger is beter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: higher is better; the rest: lower.</source>
        <translation>%1: hoger is beter; de rest: lager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Applications in use. </source>
        <translation>Applicaties in gebruik. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bar where not applicable: %1.</source>
        <translation>Geen balk waar niet van toepassing: %1.</translation>
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
        <translation>beter ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worse ✗</source>
        <translation>slechter ✗</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Click to select %n node(s)</source>
        <translation>
            <numerusform>Klik om %n knooppunt te selecteren</numerusform>
            <numerusform>Klik om %n knooppunten te selecteren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No sovereignty profile to show.</source>
        <translation>Geen soevereiniteitsprofiel om te tonen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>% of the criticality weight</source>
        <translation>% van het kritikaliteitsgewicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean SEAL level (0–4)</source>
        <translation>gemiddeld SEAL-niveau (0–4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sovereignty profile: weight whose SEAL level is unknown</source>
        <translation>Soevereiniteitsprofiel: gewicht met onbekend SEAL-niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hatched: unknown. Applications weighed by criticality; assess them (seal.SOV-n) to fill the gaps.</source>
        <translation>Gearceerd: onbekend. Applicaties gewogen naar kritikaliteit; beoordeel ze (seal.SOV-n) om de hiaten te vullen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sovereignty profile of the landscape: mean SEAL level per objective</source>
        <translation>Soevereiniteitsprofiel van het applicatielandschap: gemiddeld SEAL-niveau per doelstelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher is better. Criticality-weighted over the applications in use whose level is known.</source>
        <translation>Hoger is beter. Gewogen naar kritikaliteit over de applicaties in gebruik waarvan het niveau bekend is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bar: unknown for every application (%1).</source>
        <translation>Geen balk: onbekend voor alle applicaties (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean SEAL level of the known part: %1</source>
        <translation>Gemiddeld SEAL-niveau van het bekende deel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean SEAL level: unknown (no application&apos;s level is known)</source>
        <translation>Gemiddeld SEAL-niveau: onbekend (van geen enkele applicatie is het niveau bekend)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unknown: %1 % of the weight (%n application(s))</source>
        <translation>
            <numerusform>Onbekend: %1 % van het gewicht (%n applicatie)</numerusform>
            <numerusform>Onbekend: %1 % van het gewicht (%n applicaties)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Click to select the %n application(s)</source>
        <translation>
            <numerusform>Klik om %n applicatie te selecteren</numerusform>
            <numerusform>Klik om de %n applicaties te selecteren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Click to select %1</source>
        <translation>Klik om %1 te selecteren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> ✓ better</source>
        <translation> ✓ beter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ✗ worse</source>
        <translation> ✗ slechter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in this option</source>
        <translation>niet in deze optie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new in this option</source>
        <translation>nieuw in deze optie</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 — %n figure(s) better</source>
        <translation>
            <numerusform>%1 — %n kengetal beter</numerusform>
            <numerusform>%1 — %n kengetallen beter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n worse</source>
        <translation>
            <numerusform>, %n slechter</numerusform>
            <numerusform>, %n slechter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, in %n capability(ies)</source>
        <translation>
            <numerusform>, in %n bedrijfsfunctie</numerusform>
            <numerusform>, in %n bedrijfsfuncties</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No capability figure changes.</source>
        <translation>Geen enkel kengetal van een bedrijfsfunctie verandert.</translation>
    </message>
</context>
<context>
    <name>antrum::CsvImportWizard</name>
    <message>
        <location filename="../ui/csvimportwizard.cpp" line="+58"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Getal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/no</source>
        <translation>Ja/nee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Import a spreadsheet</source>
        <translation>Een spreadsheet importeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load column mapping…</source>
        <translation>Kolomtoewijzing &amp;laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve column mapping…</source>
        <translation>Kolomtoewijzing &amp;opslaan…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the spreadsheet, saved as CSV, with one row per application, supplier or other node. A second sheet may list relations, one per row.</source>
        <translation>Kies de spreadsheet, opgeslagen als CSV, met één rij per applicatie, leverancier of ander knooppunt. Een tweede blad kan relaties bevatten, één per rij.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the spreadsheet</source>
        <translation>De spreadsheet openen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the relations sheet</source>
        <translation>Het relatieblad openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Nodes sheet:</source>
        <translation>&amp;Knooppuntenblad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relations sheet (optional):</source>
        <translation>&amp;Relatieblad (optioneel):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Puntkomma (;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns are guessed from the headers; you can correct them on the next page, or load a column mapping saved before.</source>
        <translation>De kolommen worden afgeleid uit de kolomkoppen; u kunt ze op de volgende pagina corrigeren, of een eerder opgeslagen kolomtoewijzing laden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preview of the spreadsheet</source>
        <translation>Voorbeeld van de spreadsheet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what each column means. A column can give the node&apos;s id, name or kind, become an attribute, or name another node the row is linked to, such as its supplier or host.</source>
        <translation>Geef aan wat elke kolom betekent. Een kolom kan de id, naam of soort van het knooppunt geven, een kenmerk worden, of een ander knooppunt noemen waarmee de rij gekoppeld is, zoals de leverancier of host.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns of the spreadsheet</source>
        <translation>Kolommen van de spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use as</source>
        <translation>Gebruiken als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute key</source>
        <translation>Kenmerksleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other node is a</source>
        <translation>Ander knooppunt is een</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+56"/>
        <source>None: every row must have a kind</source>
        <translation>Geen: elke rij moet een soort hebben</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Columns set to “ignore” become attributes, keyed by their header</source>
        <translation>Kolommen die op “Negeren” staan, worden kenmerken, met hun kolomkop als sleutel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values of the kind column</source>
        <translation>Waarden van de soortkolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in the kind column</source>
        <translation>Waarde in de soortkolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of node</source>
        <translation>Soort knooppunt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model &amp;name:</source>
        <translation>Model&amp;naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows &amp;without a kind are:</source>
        <translation>Rijen &amp;zonder soort zijn:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row of the relations sheet links two nodes, named by id or name: the first depends on the second.</source>
        <translation>Elke rij van het relatieblad koppelt twee knooppunten, aangeduid met id of naam: het eerste hangt af van het tweede.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;From (depends):</source>
        <translation>V&amp;an (hangt af):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (depended on):</source>
        <translation>&amp;Naar (waarvan het afhangt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of relation:</source>
        <translation>&amp;Soort relatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows without a kind &amp;are:</source>
        <translation>Rijen zonder soort &amp;zijn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy &amp;group:</source>
        <translation>Redundantie&amp;groep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months to &amp;switch:</source>
        <translation>&amp;Maanden om over te stappen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost to switch:</source>
        <translation>&amp;Kosten om over te stappen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the relations sheet</source>
        <translation>Voorbeeld van het relatieblad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check and import</source>
        <translation>Controleren en importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked. Nothing is imported while a row has an error, unless you choose to skip the rows named below.</source>
        <translation>Elke rij wordt gecontroleerd. Er wordt niets geïmporteerd zolang een rij een fout bevat, tenzij u ervoor kiest de hieronder genoemde rijen over te slaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problems found</source>
        <translation>Gevonden problemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nodes that will be created</source>
        <translation>Knooppunten die worden aangemaakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes made for names no row defines</source>
        <translation>Knooppunten aangemaakt voor namen die geen rij definieert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a file.</source>
        <translation>Kies een bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+507"/>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="-505"/>
        <source>“%1” is larger than %2 MiB; not a spreadsheet Antrum reads.</source>
        <translation>“%1” is groter dan %2 MiB; dat is geen spreadsheet die Antrum leest.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” has no header row.</source>
        <translation>“%1” heeft geen kopregel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 columns, %3 rows, separated by “%4”.</source>
        <translation>%1: %2 kolommen, %3 rijen, gescheiden door “%4”.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criticality (1-5)</source>
        <translation>Kritikaliteit (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum downtime (hours)</source>
        <translation>Maximale uitval (uren)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure probability</source>
        <translation>Uitvalkans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redundancy groups</source>
        <translation>Redundantiegroepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to another node</source>
        <translation>Koppeling naar ander knooppunt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The row depends on it</source>
        <translation>De rij hangt ervan af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It depends on the row</source>
        <translation>Het hangt af van de rij</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Use of column %1</source>
        <translation>Gebruik van kolom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute key of column %1</source>
        <translation>Kenmerksleutel van kolom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of column %1</source>
        <translation>Type van kolom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of column %1</source>
        <translation>Koppeling van kolom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of the node column %1 names</source>
        <translation>Soort van het knooppunt dat kolom %1 noemt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction of the link of column %1</source>
        <translation>Richting van de koppeling van kolom %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No column gives the kind: every row is of the kind chosen above.</source>
        <translation>Geen kolom geeft de soort: elke rij is van de hierboven gekozen soort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of column “%1” and the kind of node each stands for:</source>
        <translation>De waarden van kolom “%1” en de soort knooppunt waar elk voor staat:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recognised: the row is an error</source>
        <translation>Niet herkend: de rij is een fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of node for “%1”</source>
        <translation>Soort knooppunt voor “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>No problems: every row is valid.</source>
        <translation>Geen problemen: elke rij is in orde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source>rows %1 of %2</source>
        <translation>rijen %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip the rows with errors (%1) and import the rest</source>
        <translation>Rijen met fouten (%1) over&amp;slaan en de rest importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to import %1 nodes and %2 edges.</source>
        <translation>Klaar om %1 knooppunten en %2 verbindingen te importeren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows with errors are left out.</source>
        <translation>%1 rijen met fouten worden weggelaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows have errors, listed below with their row and column. Correct the spreadsheet or the columns, or skip these rows.</source>
        <translation>%1 rijen bevatten fouten, hieronder vermeld met hun rij en kolom. Corrigeer de spreadsheet of de kolommen, of sla deze rijen over.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be imported: see the problems below.</source>
        <translation>Er kan niets worden geïmporteerd: zie de problemen hieronder.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Column mapping “%1” loaded.</source>
        <translation>Kolomtoewijzing “%1” geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mapping “%1” loaded; these columns are not in the spreadsheet and are left out: %2</source>
        <translation>Kolomtoewijzing “%1” geladen; deze kolommen staan niet in de spreadsheet en worden weggelaten: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load a column mapping</source>
        <translation>Een kolomtoewijzing laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Kolomtoewijzingen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot load the column mapping</source>
        <translation>Kan de kolomtoewijzing niet laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a column mapping Antrum can use.</source>
        <translation>“%1” is geen kolomtoewijzing die Antrum kan gebruiken.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the column mapping</source>
        <translation>De kolomtoewijzing opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mappings (*.json)</source>
        <translation>Kolomtoewijzingen (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column mapping saved to “%1”; load it next time, or give it to antrum-cli import --mapping.</source>
        <translation>Kolomtoewijzing opgeslagen in “%1”; laad die de volgende keer, of geef die door aan antrum-cli import --mapping.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the column mapping</source>
        <translation>Kan de kolomtoewijzing niet opslaan</translation>
    </message>
</context>
<context>
    <name>antrum::Dashboard</name>
    <message>
        <location filename="../ui/dashboard.cpp" line="+79"/>
        <source>Close the list</source>
        <translation>De lijst sluiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nodes behind the key figure</source>
        <translation>Knooppunten achter het kengetal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;all in the browser</source>
        <translation>&amp;Alles selecteren in het modelpaneel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a model to see its analyses.</source>
        <translation>Open een model om de analyses te zien.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Exposure</source>
        <translation>Blootst&amp;elling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ultimate parent</source>
        <translation>Uiteindelijk moederbedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction of the parent</source>
        <translation>Rechtsgebied van het moederbedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host operator</source>
        <translation>Beheerder van de hosting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criticality</source>
        <translation>Kritikaliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual cost</source>
        <translation>Jaarlijkse kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;By:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weighted by:</source>
        <translation>Gewogen &amp;naar:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Concentration</source>
        <translation>&amp;Concentratie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock-in</source>
        <translation>&amp;Lock-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single &amp;points of failure</source>
        <translation>Single points of &amp;failure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applications</source>
        <translation>Applicaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier groups</source>
        <translation>Leveranciersgroepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles of:</source>
        <translation>&amp;Profielen van:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick rows to compare their profiles. SEAL 0 (no sovereignty) to 4 (full); ? = not known.</source>
        <translation>Vink rijen aan om hun profielen te vergelijken. SEAL 0 (geen soevereiniteit) tot 4 (volledig); ? = onbekend.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Sovereignty</source>
        <translation>S&amp;oevereiniteit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Trials:</source>
        <translation>&amp;Trekkingen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run simulation</source>
        <translation>Simulatie &amp;uitvoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Monte Carlo</source>
        <translation>&amp;Monte Carlo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No jurisdiction reaches a capability: the model has no jurisdictions, or nothing depends on them.</source>
        <translation>Geen enkel rechtsgebied bereikt een bedrijfsfunctie: het model heeft geen rechtsgebieden, of niets hangt ervan af.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No capability needs an application, so there is no lock-in to show.</source>
        <translation>Geen enkele bedrijfsfunctie heeft een applicatie nodig, dus er is geen lock-in om te tonen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No node can stop a capability on its own: there is no single point of failure.</source>
        <translation>Geen enkel knooppunt kan op eigen kracht een bedrijfsfunctie stilleggen: er is geen single point of failure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each trial lets every node fail with its failure probability and propagates; the result is the share of trials in which each capability failed.</source>
        <translation>In elke trekking valt elk knooppunt uit met zijn faalkans en werkt die uitval door; de uitkomst is per bedrijfsfunctie het aandeel trekkingen waarin ze uitviel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the simulation to see how likely each capability is to fail.</source>
        <translation>Voer de simulatie uit om te zien hoe groot de kans is dat elke bedrijfsfunctie uitvalt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the simulation to see which nodes the failure probabilities rest on.</source>
        <translation>Voer de simulatie uit om te zien op welke knooppunten de faalkansen rusten.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 — click to list them</source>
        <translation>%1 — klik voor de lijst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: none</source>
        <translation>%1: geen</translation>
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
        <translation>Geen enkele applicatie in gebruik heeft wat deze weging nodig heeft (een kritikaliteit of jaarlijkse kosten) én een bekende waarde voor %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Showing the %1 weakest of %2 and every alternative.</source>
        <translation>De %1 zwakste van %2 en alle alternatieven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (alternative)</source>
        <translation>%1 (alternatief)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of the weight known</source>
        <translation>%1 van het gewicht bekend</translation>
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
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No application has a sovereignty profile.</source>
        <translation>Geen enkele applicatie heeft een soevereiniteitsprofiel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick one or more rows to draw their profiles.</source>
        <translation>Vink een of meer rijen aan om hun profielen te tekenen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty profile (SEAL level per objective)</source>
        <translation>Soevereiniteitsprofiel (SEAL-niveau per doelstelling)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2 unknown, drawn as 0)</source>
        <translation>%1 (%2 onbekend, getekend als 0)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Simulating %1 trials…</source>
        <translation>Bezig met simuleren van %1 trekkingen…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The simulation was cancelled.</source>
        <translation>De simulatie is geannuleerd.</translation>
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
        <translation>%1 trekkingen in %2. Balken: de geschatte faalkans per bedrijfsfunctie; lijnen: het 95%-interval (Wilson).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model has no capabilities.</source>
        <translation>Het model heeft geen bedrijfsfuncties.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure probability per capability (%), with its 95 % interval</source>
        <translation>Faalkans per bedrijfsfunctie (%), met 95%-interval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimate</source>
        <translation>schatting</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>probability of failure (%)</source>
        <translation>faalkans (%)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No node&apos;s failure probability matters: give nodes a failure probability to simulate.</source>
        <translation>Geen enkel knooppunt heeft een faalkans die meetelt: geef knooppunten een faalkans om te kunnen simuleren.</translation>
    </message>
</context>
<context>
    <name>antrum::EnrichDialog</name>
    <message>
        <location filename="../ui/enrichdialog.cpp" line="+23"/>
        <source>matched</source>
        <translation>gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add owner</source>
        <translation>eigenaar toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add seat</source>
        <translation>vestigingsland toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add laws</source>
        <translation>wetten toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs</source>
        <translation>wijkt af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the catalogue</source>
        <translation>niet in de catalogus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous</source>
        <translation>niet eenduidig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrich from the catalogue</source>
        <translation>Verrijken uit de catalogus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antrum&apos;s reference catalogue knows who owns many suppliers and which laws reach them. Tick what to add to the model; what the model already says is never changed.</source>
        <translation>De referentiecatalogus van Antrum weet van veel leveranciers wie de eigenaar is en welke wetten hen bereiken. Vink aan wat aan het model moet worden toegevoegd; wat het model al zegt, wordt nooit gewijzigd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add the ticked facts</source>
        <translation>Aangevinkte feiten &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The catalogue could not be read: %1</source>
        <translation>De catalogus kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 suppliers matched; %2 facts to add, %3 ticked; %4 differences (left as they are). Catalogue as of %5.</source>
        <translation>%1 leveranciers gevonden; %2 feiten om toe te voegen, %3 aangevinkt; %4 verschillen (blijven zoals ze zijn). Catalogus met peildatum %5.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing is ticked.</source>
        <translation>Er is niets aangevinkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrich from the catalogue (%1 facts)</source>
        <translation>Verrijken uit de catalogus (%1 feiten)</translation>
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
        <source>Failed in scenario</source>
        <translation>Uitgevallen in scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>Legend</source>
        <translation>Legenda</translation>
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
        <location line="+120"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message>
        <location line="+638"/>
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
    <name>antrum::HelpViewer</name>
    <message>
        <location filename="../ui/helpviewer.cpp" line="+47"/>
        <source>Antrum user guide</source>
        <translation>Handleiding Antrum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
</context>
<context>
    <name>antrum::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+186"/>
        <source>Analysing…</source>
        <translation>Bezig met analyseren…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Analysis cancelled (it runs again after the next edit)</source>
        <translation>Analyse geannuleerd (ze loopt opnieuw na de volgende wijziging)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analysis was cancelled; it runs again after the next edit.</source>
        <translation>De analyse is geannuleerd; ze loopt opnieuw na de volgende wijziging.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation>&amp;Spreadsheet (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ArchiMate exchange file…</source>
        <translation>&amp;ArchiMate-uitwisselingsbestand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;report…</source>
        <translation>&amp;Rapport exporteren…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>Enrich from the &amp;catalogue…</source>
        <translation>Verrijken uit de &amp;catalogus…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facts added from the catalogue: %1 (Ctrl+Z undoes it)</source>
        <translation>Feiten uit de catalogus toegevoegd: %1 (Ctrl+Z maakt het ongedaan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name node…</source>
        <translation>Knooppunt he&amp;rnoemen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete node</source>
        <translation>Knooppunt &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
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
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>&amp;Systeem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+33"/>
        <source>Document in use</source>
        <translation>Document in gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it read-only? You can look at it and save a copy under another name.</source>
        <translation>Alleen-lezen openen? U kunt het bekijken en een kopie onder een andere naam opslaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened read-only: %1</source>
        <translation>Alleen-lezen geopend: %1</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+56"/>
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
        <location line="+92"/>
        <source>%1[*] — Antrum</source>
        <translation>%1[*] — Antrum</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Changed: analysis follows…</source>
        <translation>Gewijzigd: analyse volgt…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>From the catalogue: seat %1. Edit › Enrich from the catalogue adds its owners and the laws that reach it.</source>
        <translation>Uit de catalogus: vestigingsland %1. Bewerken › Verrijken uit de catalogus voegt de eigenaren toe en de wetten die de leverancier bereiken.</translation>
    </message>
    <message>
        <location line="+70"/>
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
        <location line="+16"/>
        <location line="+11"/>
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1” kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="-405"/>
        <source>%1[*] (read-only) — Antrum</source>
        <translation>%1[*] (alleen-lezen) — Antrum</translation>
    </message>
    <message>
        <location line="+850"/>
        <source>&lt;h3&gt;Antrum %1&lt;/h3&gt;&lt;p&gt;Digital-sovereignty dependency analyzer.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Mus non uni fidit antro&lt;/i&gt;: a mouse trusts not one hole.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Antrum %1&lt;/h3&gt;&lt;p&gt;Analyse van digitale afhankelijkheden en soevereiniteit.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Mus non uni fidit antro&lt;/i&gt;: een muis vertrouwt niet op één hol.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Copyright © 2026 the Antrum developers.&lt;/p&gt;&lt;p&gt;Antrum is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (Widgets, Charts, SQL, SVG), Boost.Graph and SQLite. Supplier catalogue as of %2 (%3). Translations: Dutch, German and French.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © 2026 de ontwikkelaars van Antrum.&lt;/p&gt;&lt;p&gt;Antrum is vrije software: u mag het verspreiden en/of wijzigen onder de voorwaarden van de GNU General Public License zoals gepubliceerd door de Free Software Foundation, versie 3 of (naar uw keuze) een latere versie (GPL-3.0-or-later). Het wordt geleverd ZONDER ENIGE GARANTIE.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %1 (Widgets, Charts, SQL, SVG), Boost.Graph en SQLite. Leverancierscatalogus met peildatum %2 (%3). Vertalingen: Nederlands, Duits en Frans.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+12"/>
        <source>Restart Antrum?</source>
        <translation>Antrum opnieuw starten?</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The new language is used when Antrum starts again. Restart now?</source>
        <translation>De nieuwe taal geldt zodra Antrum opnieuw start. Nu opnieuw starten?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Antrum could not be started again; please start it yourself.</source>
        <translation>Antrum kon niet opnieuw worden gestart; start het zelf opnieuw.</translation>
    </message>
    <message>
        <location line="-984"/>
        <location line="+592"/>
        <source>New model</source>
        <translation>Nieuw model</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="-562"/>
        <location line="+572"/>
        <source>%1 nodes · %2 edges</source>
        <translation>%1 knooppunten · %2 verbindingen</translation>
    </message>
    <message>
        <location line="-1122"/>
        <location line="+268"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="-267"/>
        <location line="+244"/>
        <location line="+23"/>
        <source>&amp;Graph</source>
        <translation>&amp;Graaf</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+265"/>
        <source>Dash&amp;board</source>
        <translation>Dash&amp;board</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+261"/>
        <source>&amp;Scenarios</source>
        <translation>&amp;Scenario&apos;s</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+255"/>
        <source>Com&amp;parison</source>
        <translation>Ve&amp;rgelijking</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the analysis</source>
        <translation>De analyse annuleren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a model to see its analyses.</source>
        <translation>Open een model om de analyses te zien.</translation>
    </message>
    <message>
        <location line="+534"/>
        <source>Nothing was deleted: %1</source>
        <translation>Er is niets verwijderd: %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+56"/>
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
        <location line="+127"/>
        <source>Imported %1 nodes from %2 (%3 made for names no row defines). Save to keep them.</source>
        <translation>%1 knooppunten geïmporteerd uit %2 (%3 aangemaakt voor namen die geen rij definieert). Sla op om ze te bewaren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import an ArchiMate exchange file</source>
        <translation>Een ArchiMate-uitwisselingsbestand importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ArchiMate exchange files (*.xml);;All files (*)</source>
        <translation>ArchiMate-uitwisselingsbestanden (*.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>larger than %1 MiB</source>
        <translation>groter dan %1 MiB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be imported as an ArchiMate exchange file.</source>
        <translation>“%1” kon niet worden geïmporteerd als ArchiMate-uitwisselingsbestand.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ArchiMate import</source>
        <translation>ArchiMate-import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 nodes and %2 edges from “%3”. %4 ArchiMate items have no counterpart in Antrum and were left out; the details list them.</source>
        <translation>%1 knooppunten en %2 verbindingen geïmporteerd uit “%3”. %4 ArchiMate-items hebben geen tegenhanger in Antrum en zijn weggelaten; de details vermelden ze.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 nodes and %2 edges from %3. Save to keep them.</source>
        <translation>%1 knooppunten en %2 verbindingen geïmporteerd uit %3. Sla op om ze te bewaren.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Selected %1 (Ctrl+1 shows its details)</source>
        <translation>%1 geselecteerd (Ctrl+1 toont de details)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected %1 nodes (Ctrl+1 shows them)</source>
        <translation>%1 knooppunten geselecteerd (Ctrl+1 toont ze)</translation>
    </message>
    <message>
        <location line="+108"/>
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
        <location line="+147"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="-144"/>
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
        <location line="+13"/>
        <source>Report written to %1 (%2 pages, %3 s)</source>
        <translation>Rapport geschreven naar %1 (%2 pagina&apos;s, %3 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report written to %1</source>
        <translation>Rapport geschreven naar %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Antrum</source>
        <translation>Over Antrum</translation>
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
        <location line="+9"/>
        <source>requires</source>
        <translation>vereist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provided by</source>
        <translation>geleverd door</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hosted on</source>
        <translation>gehost op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operated by</source>
        <translation>beheerd door</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subcontracts to</source>
        <translation>besteedt uit aan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subsidiary of</source>
        <translation>dochter van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incorporated in</source>
        <translation>gevestigd in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>located in</source>
        <translation>gelegen in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alternative for</source>
        <translation>alternatief voor</translation>
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
    <name>antrum::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+23"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language (%1)</source>
        <translation>De taal van het systeem (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbers, dates and amounts follow the language. A new language takes effect when Antrum starts again.</source>
        <translation>Getallen, datums en bedragen volgen de taal. Een nieuwe taal geldt zodra Antrum opnieuw start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
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
    <name>antrum::ReportChartObject</name>
    <message>
        <location filename="../ui/reportchartobject.cpp" line="+167"/>
        <source>No data to show.</source>
        <translation>Geen gegevens om te tonen.</translation>
    </message>
</context>
<context>
    <name>antrum::ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="+41"/>
        <location line="+158"/>
        <location line="+78"/>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>The sovereignty report of “%1”: summary, findings with their explanation, exit scenarios, options and recommendations, for a board or a tender file.</source>
        <translation>Het soevereiniteitsrapport van “%1”: samenvatting, bevindingen met hun verklaring, exitscenario&apos;s, opties en aanbevelingen, voor een bestuur of een aanbestedingsdossier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PNG, JPEG or SVG</source>
        <translation>optioneel: PNG, JPEG of SVG</translation>
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
        <translation>Kies een logo voor de titelpagina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to write the report</source>
        <translation>Kies waar het rapport komt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the report when it is written</source>
        <translation>Rapport openen als het &amp;klaar is</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Write report</source>
        <translation>Rapport &amp;schrijven</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sovereignty report %1</source>
        <translation>Soevereiniteitsrapport %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
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
        <translation>Rapport schrijven naar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logo for the title page</source>
        <translation>Logo voor de titelpagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a file to write to.</source>
        <translation>Kies een bestand om naar te schrijven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file must end in .pdf or .html.</source>
        <translation>Het bestand moet eindigen op .pdf of .html.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo cannot be read.</source>
        <translation>Het logo kan niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the report…</source>
        <translation>Rapport schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing the model…</source>
        <translation>Model analyseren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The report could not be written: %1</source>
        <translation>Het rapport kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>antrum::ScenarioView</name>
    <message>
        <location filename="../ui/scenarioview.cpp" line="+75"/>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+9"/>
        <source>Fails</source>
        <translation>Valt uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price change</source>
        <translation>Prijswijziging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquisition</source>
        <translation>Overname</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the foreign jurisdiction whose laws reach the most capabilities</source>
        <translation>het buitenlandse rechtsgebied waarvan de wetten de meeste bedrijfsfuncties bereiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier group with the most applications</source>
        <translation>de leveranciersgroep met de meeste applicaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the largest supplier group controlled from outside the EU</source>
        <translation>de grootste leveranciersgroep onder zeggenschap van buiten de EU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the application the most capabilities depend on</source>
        <translation>de applicatie waarvan de meeste bedrijfsfuncties afhangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host with the most applications</source>
        <translation>de host met de meeste applicaties</translation>
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
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Knoop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Koper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The model&apos;s own scenarios, and the templates of the scenario library</source>
        <translation>De eigen scenario&apos;s van het model, en de sjablonen uit de scenariobibliotheek</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template parameters</source>
        <translation>Parameters van het sjabloon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simulation</source>
        <translation>Simulatie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many months are simulated; events later than this are left out</source>
        <translation>Hoeveel maanden worden gesimuleerd; latere gebeurtenissen worden weggelaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastest way back</source>
        <translation>Snelste weg terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheapest way back</source>
        <translation>Goedkoopste weg terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most sovereign way back</source>
        <translation>Meest soevereine weg terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the alternative is chosen when an application has several</source>
        <translation>Hoe het alternatief wordt gekozen als een applicatie er meer heeft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recovery:</source>
        <translation>&amp;Herstel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate the scenario as edited (it also runs by itself after each change)</source>
        <translation>Simuleer het scenario zoals bewerkt (het draait ook vanzelf na elke wijziging)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Events (working copy)</source>
        <translation>Gebeurtenissen (werkkopie)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add Event</source>
        <translation>Gebeurtenis &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;move Event</source>
        <translation>Gebeurtenis &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edits change this working copy only: they are not saved in the model. Changing a template parameter rebuilds the events from the template.</source>
        <translation>Bewerkingen veranderen alleen deze werkkopie: ze worden niet in het model opgeslagen. Een andere waarde voor een parameter van het sjabloon bouwt de gebeurtenissen opnieuw op uit het sjabloon.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a scenario to see what fails and when it comes back.</source>
        <translation>Kies een scenario om te zien wat uitvalt en wanneer het terugkomt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The month whose failed nodes the graph shows</source>
        <translation>De maand waarvan de graaf de uitgevallen knopen toont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month shown in the graph</source>
        <translation>Maand die de graaf toont</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+562"/>
        <source>month %1, failed nodes: %2</source>
        <translation>maand %1, uitgevallen knopen: %2</translation>
    </message>
    <message>
        <location line="-560"/>
        <source>Graph shows &amp;month:</source>
        <translation>Graaf toont &amp;maand:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Downtime against the limit</source>
        <translation>&amp;Uitval tegen de grens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Library: %1</source>
        <translation>Bibliotheek: %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The template cannot be applied: %1</source>
        <translation>Het sjabloon kan niet worden toegepast: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose automatically (%1)</source>
        <translation>Automatisch kiezen (%1)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the month must be a number of 0 or more</source>
        <translation>de maand moet een getal van 0 of meer zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the %1</source>
        <translation>kies de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>%1 is not in the model</source>
        <translation>%1 staat niet in het model</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the %1 must be a supplier; %2 is of kind %3</source>
        <translation>de %1 moet een leverancier zijn; %2 is van de soort %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose the node that fails</source>
        <translation>kies de knoop die uitvalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>supplier whose price changes</source>
        <translation>leverancier waarvan de prijs verandert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the factor must be above 0</source>
        <translation>de factor moet groter dan 0 zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>supplier that is acquired</source>
        <translation>leverancier die wordt overgenomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buyer</source>
        <translation>koper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a supplier cannot acquire itself</source>
        <translation>een leverancier kan zichzelf niet overnemen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out of the run until corrected:</source>
        <translation>Weggelaten uit de simulatie tot ze zijn verbeterd:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Modelled on: %1</source>
        <translation>Naar het voorbeeld van: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scenario stored in the model. Events: %1.</source>
        <translation>Een scenario dat in het model is opgeslagen. Gebeurtenissen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model has no scenarios, and no template library was found.</source>
        <translation>Het model heeft geen scenario&apos;s en er is geen sjabloonbibliotheek gevonden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>event row %1 is left out: %2</source>
        <translation>gebeurtenis in rij %1 is weggelaten: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulating…</source>
        <translation>Bezig met simuleren…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Simulated %1. Capabilities down: %2; beyond their MTD: %3; with no way back: %4.</source>
        <translation>%1 gesimuleerd. Bedrijfsfuncties uitgevallen: %2; langer dan hun MTD: %3; zonder weg terug: %4.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Graph: month %1</source>
        <translation>Graaf: maand %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+160"/>
        <source>No capability goes down in this scenario.</source>
        <translation>In dit scenario valt geen bedrijfsfunctie uit.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>See the summary for its cost and other effects.</source>
        <translation>Zie de samenvatting voor de kosten en andere gevolgen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Working</source>
        <translation>Werkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+124"/>
        <source>Down, within MTD</source>
        <translation>Uitgevallen, binnen MTD</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>Down, beyond MTD</source>
        <translation>Uitgevallen, langer dan MTD</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>Down, MTD unknown</source>
        <translation>Uitgevallen, MTD onbekend</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Down, no way back</source>
        <translation>Uitgevallen, geen weg terug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (switched)</source>
        <translation>Terug (overgestapt)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (no way back)</source>
        <translation>%1 (geen weg terug)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months from the start of the scenario</source>
        <translation>Maanden vanaf het begin van het scenario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MTD runs out</source>
        <translation>MTD verstreken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What goes down, and when it comes back (MTD: maximum tolerable downtime)</source>
        <translation>Wat uitvalt, en wanneer het terugkomt (MTD: maximaal toelaatbare uitval)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the %1 worst of %2 capabilities down)</source>
        <translation> (de %1 ergste van %2 uitgevallen bedrijfsfuncties)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (MTD %2)</source>
        <translation>%1 (MTD %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (MTD unknown)</source>
        <translation>%1 (MTD onbekend)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months down (a month is 730 hours)</source>
        <translation>Maanden uitgevallen (een maand is 730 uur)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Maximum tolerable downtime (MTD)</source>
        <translation>Maximaal toelaatbare uitval (MTD)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downtime against the maximum tolerable downtime (MTD)</source>
        <translation>Uitval tegen de maximaal toelaatbare uitval (MTD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down longer than they can bear: %1 of %2 capabilities</source>
        <translation>Langer uitgevallen dan toelaatbaar: %1 van %2 bedrijfsfuncties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the %1 worst shown)</source>
        <translation> (de %1 ergste getoond)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No application in use has an annual cost on record: there is no cost to show.</source>
        <translation>Geen gebruikte applicatie heeft vastgelegde jaarlijkse kosten: er zijn geen kosten te tonen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cumulative cost (€)</source>
        <translation>Cumulatieve kosten (€)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative cost (€ million)</source>
        <translation>Cumulatieve kosten (€ miljoen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative cost (€ thousand)</source>
        <translation>Cumulatieve kosten (€ duizend)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without the scenario (baseline)</source>
        <translation>Zonder het scenario (basislijn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the scenario</source>
        <translation>Met het scenario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to an alternative begun (one-off cost paid)</source>
        <translation>Overstap naar een alternatief begonnen (eenmalige kosten betaald)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Months from the start of the scenario (cost to the end of the month)</source>
        <translation>Maanden vanaf het begin van het scenario (kosten tot het einde van de maand)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cost over %1 months: with the scenario against without</source>
        <translation>Kosten over %1 maanden: met het scenario tegen zonder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with, %2 without: %3 %4, of which %5 switching</source>
        <translation>%1 met, %2 zonder: %3 %4, waarvan %5 overstappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
        <source>more</source>
        <translation>meer</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+119"/>
        <source>less</source>
        <translation>minder</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Month %1: %2 in switching costs</source>
        <translation>Maand %1: %2 aan overstapkosten</translation>
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
        <translation>kosten onbekend</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 → %2 (%3, %4)</source>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time unknown</source>
        <translation>duur onbekend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 months simulated; ways back ranked %2.</source>
        <translation>%1 maanden gesimuleerd; wegen terug: %2 eerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the template&apos;s parameters were set</source>
        <translation>Hoe de parameters van het sjabloon zijn ingevuld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template cannot be applied:</source>
        <translation>Het sjabloon kan niet worden toegepast:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No capability goes down.</source>
        <translation>Geen bedrijfsfunctie valt uit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities that go down, and the way back</source>
        <translation>Bedrijfsfuncties die uitvallen, en de weg terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>MTD unknown</source>
        <translation>MTD onbekend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beyond the MTD</source>
        <translation>langer dan de MTD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within the MTD</source>
        <translation>binnen de MTD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down from month %1 for %2 (MTD %3, %4)</source>
        <translation>uitgevallen vanaf maand %1, %2 lang (MTD %3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO WAY BACK:</source>
        <translation>GEEN WEG TERUG:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back in month %1 by switching:</source>
        <translation>terug in maand %1 door over te stappen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not back within the horizon; switches:</source>
        <translation>niet terug binnen de horizon; overstappen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives rejected because they are hit too:</source>
        <translation>Alternatieven afgewezen omdat ze zelf ook getroffen zijn:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept up by redundancy</source>
        <translation>Overeind gehouden door redundantie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>month %1, lost</source>
        <translation>maand %1, verloor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost over the horizon</source>
        <translation>Kosten over de horizon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without the scenario, %2 with it: %3 %4. Switching costs %5.</source>
        <translation>%1 zonder het scenario, %2 met het scenario: %3 %4. Overstappen kost %5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applications in use without an annual cost on record (not counted): %1.</source>
        <translation>Gebruikte applicaties zonder vastgelegde jaarlijkse kosten (niet meegeteld): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ways out of the price rise</source>
        <translation>Uitwegen uit de prijsstijging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving unknown (switch time, switch cost or the alternative&apos;s annual cost missing)</source>
        <translation>besparing onbekend (overstaptijd, overstapkosten of de jaarlijkse kosten van het alternatief ontbreken)</translation>
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
        <location line="+2"/>
        <source>%1 → %2 from month %3: staying %4, switching %5; %6</source>
        <translation>%1 → %2 vanaf maand %3: blijven %4, overstappen %5; %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>After the acquisitions</source>
        <translation>Na de overnames</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>comes into the legal reach of</source>
        <translation>komt binnen het juridische bereik van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaves the legal reach of</source>
        <translation>valt niet meer onder het juridische bereik van</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sovereignty score %1 → %2</source>
        <translation>soevereiniteitsscore %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+34"/>
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
        <source>Show this page.</source>
        <translation>Toon deze pagina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run this scenario (a stored scenario&apos;s id, or template:ID) on the scenario page.</source>
        <translation>Voer dit scenario uit op de scenariopagina (de id van een opgeslagen scenario, of template:ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare these options (ids, comma-separated) on the comparison page.</source>
        <translation>Vergelijk deze opties (id&apos;s, gescheiden door komma&apos;s) op de vergelijkingspagina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the comparison page, show: table, figures, profile or differences.</source>
        <translation>Toon op de vergelijkingspagina: table (tabel), figures (kengetallen), profile (profiel) of differences (verschillen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this chart of the dashboard.</source>
        <translation>Toon deze grafiek van het dashboard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the nodes behind key figure N (1-5) of the dashboard.</source>
        <translation>Toon de knooppunten achter kengetal N (1-5) van het dashboard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the chart shown to PNG or SVG (by extension) and quit.</source>
        <translation>Bewaar de getoonde grafiek als PNG of SVG (naar extensie) en stop.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colours: system, light or dark.</source>
        <translation>Kleuren: system (systeem), light (licht) of dark (donker).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>Bewaar een afbeelding van het venster als PNG en stop.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnalysisOutput</name>
    <message>
        <location filename="../core/analysisoutput.cpp" line="+213"/>
        <source>Model: %1 (%2 nodes, %3 edges)

</source>
        <translation>Modèle&#xa0;: %1 (%2 nœuds, %3 liens)

</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capabilities — single points of failure (SPOF), cut sets of order 2..%1, foreign legal reach
</source>
        <translation>Fonctions métier — points de défaillance unique (SPOF), coupes d&apos;ordre 2..%1, portée juridique étrangère
</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <location line="+65"/>
        <source>Capability</source>
        <translation>Fonction métier</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+37"/>
        <location line="+36"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Crit.</source>
        <translation>Crit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SPOFs</source>
        <translation>SPOF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut sets</source>
        <translation>Coupes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foreign reach</source>
        <translation>Portée étrangère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
%1 of %2 capabilities have no single point of failure (a mouse trusts not one hole).
</source>
        <translation>
%1 fonctions métier sur %2 n&apos;ont aucun point de défaillance unique (souris qui n&apos;a qu&apos;un trou est bientôt prise).
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
        <translation>  SPOF %1 (%2)&#xa0;: %3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  cut set {%1}
</source>
        <translation>  coupe {%1}
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (falls to %2)</source>
        <translation>%1 (tombe à cause de %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the combination</source>
        <translation>la combinaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (stands)</source>
        <translation>%1 (tient)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    defeats group &quot;%1&quot; of %2 (needs %3): %4
</source>
        <translation>    met en échec le groupe &quot;%1&quot; de %2 (exige %3)&#xa0;: %4
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>home</source>
        <translation>nationale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>foreign</source>
        <translation>étrangère</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jurisdictions — what each can cut off on its own, and how far its laws reach
</source>
        <translation>Juridictions — ce que chacune peut couper à elle seule, et jusqu&apos;où portent ses lois
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off</source>
        <translation>Coupure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capabilities it can cut off</source>
        <translation>Fonctions métier qu&apos;elle peut couper</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Failing on their own: %1
</source>
        <translation>Défaillantes à elles seules&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nodes fail in all.

</source>
        <translation>%1 nœuds tombent au total.

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No capability fails.
</source>
        <translation>Aucune fonction métier ne tombe.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities that fail:
</source>
        <translation>Fonctions métier qui tombent&#xa0;:
</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Monte Carlo: %1 trials, seed %2 (%3 s on %4 threads)

</source>
        <translation>Monte Carlo&#xa0;: %1 tirages, graine %2 (%3 s sur %4 threads)

</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P(fails in a year)</source>
        <translation>P(défaillance en un an)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most important (Fussell–Vesely, %1 trials)</source>
        <translation>Plus importants (Fussell–Vesely, %1 tirages)</translation>
    </message>
</context>
<context>
    <name>ArchiMate</name>
    <message>
        <location filename="../core/archimate.cpp" line="+135"/>
        <source>a %1 relationship from a %2 to a %3 has no Antrum edge kind</source>
        <translation>une relation %1 d&apos;un élément %2 vers un élément %3 n&apos;a pas de type de lien Antrum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an aggregation does not say that the whole needs its parts</source>
        <translation>une agrégation n&apos;indique pas que le tout a besoin de ses parties</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an association between a %1 and a %2 does not say which depends on which</source>
        <translation>une association entre un élément %1 et un élément %2 n&apos;indique pas lequel dépend de l&apos;autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a %1 relationship states no dependency</source>
        <translation>une relation %1 n&apos;exprime aucune dépendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown relationship type %1</source>
        <translation>type de relation inconnu %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>this is not an XML document: no element found (%1)</source>
        <translation>ce n&apos;est pas un document XML&#xa0;: aucun élément trouvé (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the XML ends too early (truncated file?): %1</source>
        <translation>le XML se termine trop tôt (fichier tronqué&#xa0;?)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file has a document type declaration (DTD); it is refused because its entities could expand without bound or read other files, and exchange files need none</source>
        <translation>le fichier contient une déclaration de type de document (DTD)&#xa0;; elle est refusée car ses entités pourraient s&apos;étendre sans limite ou lire d&apos;autres fichiers, et les fichiers d&apos;échange n&apos;en ont pas besoin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file refers to the entity &quot;%1&quot;; entities are refused</source>
        <translation>le fichier fait référence à l&apos;entité &quot;%1&quot;&#xa0;; les entités sont refusées</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file holds no XML element</source>
        <translation>le fichier ne contient aucun élément XML</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this is not an ArchiMate exchange file: the root element is {%1}%2, expected &quot;model&quot; in the namespace %3 (ArchiMate 3.x) or %4 (2.1)</source>
        <translation>ce n&apos;est pas un fichier d&apos;échange ArchiMate&#xa0;: l&apos;élément racine est {%1}%2, alors que &quot;model&quot; est attendu dans l&apos;espace de noms %3 (ArchiMate 3.x) ou %4 (2.1)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the file has more than %1 elements, relationships and properties</source>
        <translation>le fichier contient plus de %1 éléments, relations et propriétés</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>a relationship</source>
        <translation>une relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an element</source>
        <translation>un élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no identifier</source>
        <translation>%1 n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot; has no xsi:type</source>
        <translation>%1 &quot;%2&quot; n&apos;a pas de xsi:type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relationship &quot;%1&quot; lacks a source or a target</source>
        <translation>il manque une source ou une cible à la relation &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>identifier &quot;%1&quot; is used twice (first on line %2)</source>
        <translation>l&apos;identifiant &quot;%1&quot; est utilisé deux fois (la première fois à la ligne %2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>relationship %1 (%2 from %3 to %4)</source>
        <translation>relation %1 (%2 de %3 vers %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>element %1 (%2 &quot;%3&quot;)</source>
        <translation>élément %1 (%2 &quot;%3&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a property refers to the unknown definition &quot;%1&quot;</source>
        <translation>une propriété fait référence à la définition inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>property %1%2 has the unusable value &quot;%3&quot;</source>
        <translation>la propriété %1%2 a la valeur inutilisable &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>property %1%2 is not one Antrum knows</source>
        <translation>la propriété %1%2 n&apos;est pas connue d&apos;Antrum</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>ArchiMate model</source>
        <translation>Modèle ArchiMate</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the element type %1 has no Antrum kind</source>
        <translation>le type d&apos;élément %1 n&apos;a pas de type Antrum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>element %1 became node &quot;%2&quot;</source>
        <translation>l&apos;élément %1 est devenu le nœud &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>element %1 has no name; its identifier is used</source>
        <translation>l&apos;élément %1 n&apos;a pas de nom&#xa0;; son identifiant est utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name of element %1 was cut to 1000 characters</source>
        <translation>le nom de l&apos;élément %1 a été tronqué à 1000 caractères</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 %2 (%3) is not mapped</source>
        <translation>sa %1 %2 (%3) n&apos;est pas convertie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 %2 is a relationship, which Antrum cannot connect</source>
        <translation>sa %1 %2 est une relation, qu&apos;Antrum ne peut pas relier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 %2 does not exist</source>
        <translation>sa %1 %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its source and target are the same</source>
        <translation>sa source et sa cible sont identiques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>relationship %1 gives the same %2 edge from &quot;%3&quot; to &quot;%4&quot; as %5; merged</source>
        <translation>la relation %1 donne le même lien %2 de &quot;%3&quot; vers &quot;%4&quot; que %5&#xa0;; fusionnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as subsidiary_of it would close a cycle of ownership</source>
        <translation>en tant que subsidiary_of, elle fermerait un cycle de propriété</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its property &quot;%1&quot; is dropped: Antrum edges carry no properties</source>
        <translation>sa propriété &quot;%1&quot; est écartée&#xa0;: les liens Antrum ne portent pas de propriétés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not imported: %1 (views and organisation have no Antrum counterpart)</source>
        <translation>non importé&#xa0;: %1 (les vues et l&apos;organisation n&apos;ont pas d&apos;équivalent dans Antrum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>texts come in several languages; English is used where present, else Dutch, else the first</source>
        <translation>les textes existent en plusieurs langues&#xa0;; l&apos;anglais est utilisé s&apos;il est présent, sinon le néerlandais, sinon la première langue</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 dropped: %2</source>
        <translation>écarté&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>group dropped: %1</source>
        <translation>groupe écarté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the imported model is not valid: %1</source>
        <translation>le modèle importé n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>invalid UTF-8 (byte 0x%1 at byte offset %2); save the file as UTF-8</source>
        <translation>UTF-8 invalide (octet 0x%1 à la position %2)&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is %1 bytes long; at most %2 are accepted</source>
        <translation>le fichier fait %1 octets&#xa0;; %2 au maximum sont acceptés</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../core/catalogue.cpp" line="+302"/>
        <source>duplicate key %1 (first at line %2)</source>
        <translation>clé en double %1 (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>expected an object</source>
        <translation>attendu&#xa0;: un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key %1</source>
        <translation>clé inconnue %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing required key %1</source>
        <translation>clé obligatoire manquante %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a string</source>
        <translation>attendu&#xa0;: une chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an array of strings</source>
        <translation>attendu&#xa0;: un tableau de chaînes</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+152"/>
        <source>expected a non-empty string</source>
        <translation>attendu&#xa0;: une chaîne non vide</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>expected true or false</source>
        <translation>attendu&#xa0;: true ou false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1 n&apos;est pas une date (AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a date (YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1 n&apos;est pas une date (AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected the integer 1</source>
        <translation>attendu&#xa0;: l&apos;entier 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is newer than this program reads (1)</source>
        <translation>la version %1 est plus récente que ce que ce programme sait lire (1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an array of sources</source>
        <translation>attendu&#xa0;: un tableau de sources</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs at least one source</source>
        <translation>au moins une source est nécessaire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lies after the catalogue&apos;s as_of %2</source>
        <translation>%1 est postérieure à la date as_of du catalogue, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &quot;high&quot;, &quot;medium&quot; or &quot;low&quot;</source>
        <translation>attendu&#xa0;: &quot;high&quot;, &quot;medium&quot; ou &quot;low&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+136"/>
        <source>expected an array</source>
        <translation>attendu&#xa0;: un tableau</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 is not an ISO 3166-1 alpha-2 code in capitals</source>
        <translation>%1 n&apos;est pas un code ISO 3166-1 alpha-2 en majuscules</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+142"/>
        <source>duplicate id %1 (first at line %2)</source>
        <translation>id en double %1 (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>expected an object of language -&gt; name</source>
        <translation>attendu&#xa0;: un objet langue -&gt; nom</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a jurisdiction outside the EU needs its laws, or a laws_note saying that none is recorded</source>
        <translation>une juridiction hors de l&apos;UE doit indiquer ses lois, ou un laws_note précisant qu&apos;aucune n&apos;est enregistrée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>name %1 also names jurisdiction %2 (line %3)</source>
        <translation>le nom %1 désigne aussi la juridiction %2 (ligne %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected an array of laws</source>
        <translation>attendu&#xa0;: un tableau de lois</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>law name %1 is used twice in this jurisdiction</source>
        <translation>le nom de loi %1 est utilisé deux fois dans cette juridiction</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is not an id (lower-case letters, digits and single hyphens, at most 100)</source>
        <translation>%1 n&apos;est pas un id (lettres minuscules, chiffres et traits d&apos;union simples, 100 caractères au plus)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>longer than 1000 characters</source>
        <translation>plus de 1000 caractères</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown category %1 (one of %2)</source>
        <translation>catégorie inconnue %1 (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown jurisdiction %1 (not in the jurisdictions file)</source>
        <translation>juridiction inconnue %1 (absente du fichier des juridictions)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown ownership %1 (one of %2)</source>
        <translation>forme de propriété inconnue %1 (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an array of parents</source>
        <translation>attendu&#xa0;: un tableau de sociétés mères</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an entry cannot own itself</source>
        <translation>une entrée ne peut pas être son propre propriétaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown parent %1</source>
        <translation>société mère inconnue %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parent %1 is listed twice</source>
        <translation>la société mère %1 figure deux fois</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no letters or digits left once normalised</source>
        <translation>il ne reste ni lettre ni chiffre de %1 après normalisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 also names entry %2 (line %3); names and aliases must be unique once normalised</source>
        <translation>%1 désigne aussi l&apos;entrée %2 (ligne %3)&#xa0;; les noms et alias doivent être uniques après normalisation</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ownership cycle: %1</source>
        <translation>cycle de propriété&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>as of %1</source>
        <translation>état au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidence %1</source>
        <translation>fiabilité %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than 64 MiB; not a catalogue</source>
        <translation>plus de 64 Mio&#xa0;; ce n&apos;est pas un catalogue</translation>
    </message>
    <message>
        <location line="+376"/>
        <source>by catalogue id</source>
        <translation>par l&apos;id du catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by an alias</source>
        <translation>par un alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by name</source>
        <translation>par le nom</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 has catalogue_id %2, which the catalogue does not know; nothing is proposed.</source>
        <translation>%1 a le catalogue_id %2, que le catalogue ne connaît pas&#xa0;; rien n&apos;est proposé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 matches no catalogue entry.</source>
        <translation>%1 ne correspond à aucune entrée du catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matches no catalogue entry; only weakly %2, which is not enough to propose anything.</source>
        <translation>%1 ne correspond à aucune entrée du catalogue&#xa0;; seulement faiblement à %2, ce qui ne suffit pas pour proposer quoi que ce soit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 matches several catalogue entries (%2); nothing is proposed.</source>
        <translation>%1 correspond à plusieurs entrées du catalogue (%2)&#xa0;; rien n&apos;est proposé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 matches the catalogue entry %2, and so does %3: the model holds that company more than once, so nothing is proposed for it.</source>
        <translation>%1 correspond à l&apos;entrée du catalogue %2, tout comme %3&#xa0;: le modèle contient cette société plus d&apos;une fois, donc rien n&apos;est proposé pour elle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 matches the catalogue entry %2 [%3] %4.</source>
        <translation>%1 correspond %4 à l&apos;entrée du catalogue %2 [%3].</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The model has %1 incorporated in %2; the catalogue says %3. The model is left as it is.</source>
        <translation>Selon le modèle, %1 est immatriculé en %2&#xa0;; selon le catalogue, en %3. Le modèle reste inchangé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is incorporated in %2, but several jurisdiction nodes of the model stand for it; nothing is proposed.</source>
        <translation>%1 est immatriculé en %2, mais plusieurs nœuds de juridiction du modèle la représentent&#xa0;; rien n&apos;est proposé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is incorporated in %2 (adds the jurisdiction node %3).</source>
        <translation>%1 est immatriculé en %2 (ajoute le nœud de juridiction %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is incorporated in %2.</source>
        <translation>%1 est immatriculé en %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The model has %1 owned by %2; the catalogue records no owner of it (%3). The model is left as it is.</source>
        <translation>Selon le modèle, %1 appartient à %2&#xa0;; le catalogue ne lui connaît aucun propriétaire (%3). Le modèle reste inchangé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it owns %1</source>
        <translation>il possède %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model has %1 owned by %2; the catalogue records %3. The model is left as it is.</source>
        <translation>Selon le modèle, %1 appartient à %2&#xa0;; le catalogue indique %3. Le modèle reste inchangé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is owned by %2, but several nodes of the model match %2; nothing is proposed.</source>
        <translation>%1 appartient à %2, mais plusieurs nœuds du modèle correspondent à %2&#xa0;; rien n&apos;est proposé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalogue has %1 owned by %2, but the model has %2 owned by %1 (directly or through others); adding it would create an ownership cycle.</source>
        <translation>Selon le catalogue, %1 appartient à %2, mais dans le modèle %2 appartient à %1 (directement ou par l&apos;intermédiaire d&apos;autres)&#xa0;; l&apos;ajout créerait un cycle de propriété.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is controlled by %2 (%3)</source>
        <translation>%1 est contrôlé par %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds the supplier node %1.</source>
        <translation>Ajoute le nœud fournisseur %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model also lists %1 as owner, which the catalogue does not know; check that it is not the same company.</source>
        <translation>Le modèle indique aussi %1 comme propriétaire, que le catalogue ne connaît pas&#xa0;; vérifiez qu&apos;il ne s&apos;agit pas de la même société.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The model has %1 outside the EU; the catalogue has it as an EU member.</source>
        <translation>Dans le modèle, %1 est hors de l&apos;UE&#xa0;; selon le catalogue, c&apos;est un État membre de l&apos;UE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model has %1 as an EU member; the catalogue has it outside the EU.</source>
        <translation>Dans le modèle, %1 est un État membre de l&apos;UE&#xa0;; selon le catalogue, il est hors de l&apos;UE.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The catalogue lists further laws that reach data held abroad by companies of %1: %2.</source>
        <translation>Le catalogue cite d&apos;autres lois qui atteignent les données conservées à l&apos;étranger par les sociétés de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the model already has another node with id %1</source>
        <translation>le modèle a déjà un autre nœud avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proposal adds two different nodes with id %1</source>
        <translation>la proposition ajoute deux nœuds différents avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>edge %1 -&gt; %2 names a node the model does not have</source>
        <translation>le lien %1 -&gt; %2 cite un nœud absent du modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>edge %1 -&gt; %2 does not fit the kinds of its nodes</source>
        <translation>le lien %1 -&gt; %2 ne correspond pas aux types de ses nœuds</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 -&gt; %2 would create an ownership cycle</source>
        <translation>%1 -&gt; %2 créerait un cycle de propriété</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model has no jurisdiction node %1</source>
        <translation>le modèle n&apos;a pas de nœud de juridiction %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the laws of %1 are not a list of names</source>
        <translation>les lois de %1 ne sont pas une liste de noms</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../core/chartdata.cpp" line="+40"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>capability</source>
        <translation>fonction métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>application</source>
        <translation>application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host</source>
        <translation>hébergement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jurisdiction</source>
        <translation>juridiction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>criticality %1</source>
        <translation>criticité %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Data portability</source>
        <translation>Portabilité des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open standards</source>
        <translation>Standards ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching cost</source>
        <translation>Coût de changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit clause</source>
        <translation>Clause de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data return clause</source>
        <translation>Clause de restitution des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice period</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract term</source>
        <translation>Durée du contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundling</source>
        <translation>Offre groupée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp; AI</source>
        <translation>Données &amp; IA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply chain</source>
        <translation>Chaîne d&apos;approvisionnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+24"/>
        <source>Capabilities without a single point of failure</source>
        <translation>Fonctions métier sans point de défaillance unique</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+42"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Every capability survives the loss of any one node.</source>
        <translation>Chaque fonction métier résiste à la perte de n&apos;importe quel nœud isolé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can be stopped by one node, e.g. %2</source>
        <translation>%1 à la merci d&apos;un seul nœud, p. ex. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>Capabilities a foreign jurisdiction can cut off</source>
        <translation>Fonctions métier qu&apos;une juridiction étrangère peut couper</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 more</source>
        <translation>%1 autres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No foreign jurisdiction can stop a capability on its own.</source>
        <translation>Aucune juridiction étrangère ne peut arrêter à elle seule une fonction métier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of them vital; by %2</source>
        <translation>dont %1 vitales&#xa0;; par %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Highest concentration (HHI)</source>
        <translation>Concentration la plus forte (HHI)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+146"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>No application has the facts to weigh it by.</source>
        <translation>Aucune application ne dispose des données nécessaires à la pondération.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, by %2 weighted by %3; largest: %4 (%5)</source>
        <translation>%1, par %2, pondéré par %3&#xa0;; part la plus grande&#xa0;: %4 (%5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Largest shares by %1</source>
        <translation>Parts les plus grandes par %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worst lock-in (0–100)</source>
        <translation>Lock-in le plus fort (0–100)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No capability needs an application.</source>
        <translation>Aucune fonction métier n&apos;a besoin d&apos;une application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, set by %2; %3 of it known</source>
        <translation>%1, fixé par %2&#xa0;; connu à %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capabilities by lock-in, worst first</source>
        <translation>Fonctions métier par lock-in, les plus fortes d&apos;abord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown data</source>
        <translation>Données inconnues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gaps; lock-in %2 known, sovereignty %3, concentration %4</source>
        <translation>%1 lacunes&#xa0;; lock-in connu à %2, souveraineté %3, concentration %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nodes with missing or stale facts, most important first</source>
        <translation>Nœuds aux données manquantes ou périmées, les plus importants d&apos;abord</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Exposure per jurisdiction</source>
        <translation>Exposition par juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capabilities</source>
        <translation>fonctions métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut-off: capabilities it can stop on its own. Legal reach: capabilities its laws reach.</source>
        <translation>Coupure&#xa0;: fonctions métier qu&apos;elle peut arrêter à elle seule. Portée juridique&#xa0;: fonctions métier que ses lois atteignent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (home)</source>
        <translation> (nationale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cut-off</source>
        <translation>%1&#xa0;: coupure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: legal reach</source>
        <translation>%1&#xa0;: portée juridique</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Concentration by %1, weighted by %2</source>
        <translation>Concentration par %1, pondérée par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of the weight (%)</source>
        <translation>part du poids (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HHI %1: %2 · largest %3, three largest %4 · %5 of the weight not attributed</source>
        <translation>HHI %1&#xa0;: %2 · plus grande part %3, trois plus grandes %4 · %5 du poids non attribué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Other (%1)</source>
        <translation>Autres (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock-in per capability</source>
        <translation>Lock-in par fonction métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock-in score (0–100), by factor</source>
        <translation>score de lock-in (0–100), par facteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each bar is the score of the most locked-in application the capability needs; hatched grey: factors not known, counted at their worst.</source>
        <translation>Chaque barre est le score de l&apos;application au lock-in le plus élevé dont la fonction métier a besoin&#xa0;; hachures grises&#xa0;: facteurs inconnus, comptés au pire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 most locked-in of %2 capabilities. </source>
        <translation>Les %1 fonctions métier au lock-in le plus élevé, sur %2. </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown (counted at worst)</source>
        <translation>inconnu (compté au pire)</translation>
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
        <translation>Points de défaillance unique, classés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capabilities it stops on its own</source>
        <translation>fonctions métier qu&apos;il arrête à lui seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked by the criticality of what each node breaks.</source>
        <translation>Classés selon la criticité de ce que chaque nœud met en panne.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Importance: what a failure probability rests on</source>
        <translation>Importance&#xa0;: ce sur quoi repose une probabilité de défaillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fussell–Vesely importance (%)</source>
        <translation>Importance de Fussell–Vesely (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of a capability&apos;s failure probability that goes if the node never fails (highest over the capabilities).</source>
        <translation>Part de la probabilité de défaillance d&apos;une fonction métier qui disparaît si le nœud ne tombe jamais en panne (valeur la plus élevée parmi les fonctions métier).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>importance</source>
        <translation>importance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (for %2)</source>
        <translation>%1 (pour %2)</translation>
    </message>
</context>
<context>
    <name>ComparisonChartData</name>
    <message>
        <location filename="../core/comparisonchartdata.cpp" line="+55"/>
        <source>Parent company</source>
        <translation>Société mère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host operator</source>
        <translation>Exploitant de l&apos;hébergement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by criticality)</source>
        <translation>%1 (selon la criticité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by cost)</source>
        <translation>%1 (selon le coût)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resilience and foreign reach</source>
        <translation>Résilience et portée étrangère</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Annual cost</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+58"/>
        <source>Sovereignty score</source>
        <translation>Score de souveraineté</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Concentration (HHI)</source>
        <translation>Concentration (HHI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra cost per scenario</source>
        <translation>Surcoût par scénario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SPOF-free capabilities</source>
        <translation>Fonctions métier sans SPOF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPOFs (summed)</source>
        <translation>SPOF (somme)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Foreign reach (summed)</source>
        <translation>Portée étrangère (somme)</translation>
    </message>
</context>
<context>
    <name>ComparisonOutput</name>
    <message>
        <location filename="../core/comparisonoutput.cpp" line="+77"/>
        <source>%1 pp</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>baseline</source>
        <translation>situation de référence</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Options compared with the baseline: %1 (cut sets of order 2..%2)
</source>
        <translation>Options comparées à la situation de référence&#xa0;: %1 (coupes d&apos;ordre 2..%2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: %1
</source>
        <translation>erreur&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns
</source>
        <translation>Colonnes
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2 (%3 nodes, %4 edges)
</source>
        <translation>  %1&#xa0;: %2 (%3 nœuds, %4 liens)
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
        <translation>    - le scénario %1 ne s&apos;applique pas&#xa0;: il cite un nœud absent de cette colonne
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to read a cell: &quot;3 ▼ −2 ✓&quot; is the column&apos;s value, whether it rose (▲) or fell (▼) against the baseline, by how much, and ✓ when that is better or ✗ when it is worse (the column &quot;Better&quot; says whether higher or lower is better). A value without marks equals the baseline&apos;s; n/a: the figure does not apply in that column.
</source>
        <translation>Comment lire une cellule&#xa0;: &quot;3 ▼ −2 ✓&quot; donne la valeur de la colonne, si elle a augmenté (▲) ou diminué (▼) par rapport à la situation de référence, de combien, et ✓ si c&apos;est mieux ou ✗ si c&apos;est moins bien (la colonne &quot;Mieux&quot; indique si une valeur plus haute ou plus basse est préférable). Une valeur sans marque est égale à celle de la situation de référence&#xa0;; s.o.&#xa0;: l&apos;indicateur ne s&apos;applique pas dans cette colonne.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Better</source>
        <translation>Mieux</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>higher</source>
        <translation>plus haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model totals</source>
        <translation>Totaux du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Fonctions métier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capability</source>
        <translation>Fonction métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdictions</source>
        <translation>Juridictions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../core/csvimport.cpp" line="+120"/>
        <source>the file is %1 MB; at most %2 MB can be imported</source>
        <translation>le fichier fait %1 Mo&#xa0;; %2 Mo au maximum peuvent être importés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is UTF-16; save it as CSV UTF-8</source>
        <translation>le fichier est en UTF-16&#xa0;; enregistrez-le au format CSV UTF-8</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>a quoted field is never closed: a &quot; is missing</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé&#xa0;: il manque un &quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text after the closing quote of a quoted field</source>
        <translation>du texte suit le guillemet fermant d&apos;un champ entre guillemets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the cell is longer than %1 bytes</source>
        <translation>la cellule dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %1 columns; no spreadsheet has that many</source>
        <translation>plus de %1 colonnes&#xa0;; aucun tableur n&apos;en a autant</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>invalid UTF-8 (byte %1 of the cell); save the file as CSV UTF-8</source>
        <translation>UTF-8 non valide (octet %1 de la cellule)&#xa0;; enregistrez le fichier au format CSV UTF-8</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>more than %1 data rows; split the file</source>
        <translation>plus de %1 lignes de données&#xa0;; scindez le fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is empty: a header row is needed</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête est nécessaire</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>the mapping names the column %1 for %2, but the header has no such column (it has: %3)</source>
        <translation>la correspondance des colonnes indique la colonne %1 pour %2, mais l&apos;en-tête n&apos;a pas cette colonne (il contient&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the mapping names neither an id nor a name column</source>
        <translation>la correspondance des colonnes n&apos;indique ni colonne d&apos;id ni colonne de nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mapping names neither a kind column nor a fixed kind</source>
        <translation>la correspondance des colonnes n&apos;indique ni colonne de type ni type fixe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the row has %1 cells, the header only %2</source>
        <translation>la ligne a %1 cellules, l&apos;en-tête seulement %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown kind %1: expected capability, application, supplier, host or jurisdiction, or a value of the mapping&apos;s kind_values</source>
        <translation>type inconnu %1&#xa0;: attendu capability, application, supplier, host ou jurisdiction, ou une valeur de kind_values dans la correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+141"/>
        <source>the kind is empty</source>
        <translation>le type est vide</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>the id is empty</source>
        <translation>l&apos;id est vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the name is empty (it makes the id)</source>
        <translation>le nom est vide (il sert à former l&apos;id)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate id %1 (first used in row %2)</source>
        <translation>id en double %1 (utilisé pour la première fois à la ligne %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id %1 made from the name is already used in row %2</source>
        <translation>l&apos;id %1 formé à partir du nom est déjà utilisé à la ligne %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>criticality %1 is not a whole number from 1 to 5</source>
        <translation>la criticité %1 n&apos;est pas un nombre entier de 1 à 5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mtd_hours %1 is not a number of hours (0 or more)</source>
        <translation>mtd_hours %1 n&apos;est pas un nombre d&apos;heures (0 ou plus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>failure_probability %1 is not a number from 0 to 1</source>
        <translation>failure_probability %1 n&apos;est pas un nombre de 0 à 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>redundancy %1 is not of the form group=k; group=k</source>
        <translation>la redondance %1 n&apos;est pas de la forme groupe=k; groupe=k</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 is not a number</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is not true/false (or yes/no, ja/nee)</source>
        <translation>%1&#xa0;: %2 n&apos;est pas true/false (ni yes/no, ja/nee)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the edges table needs a from and a to column</source>
        <translation>la table des liens doit avoir une colonne from et une colonne to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mapping names neither an edge kind column nor a fixed edge kind</source>
        <translation>la correspondance des colonnes n&apos;indique ni colonne de type de lien ni type de lien fixe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from is empty</source>
        <translation>from est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to is empty</source>
        <translation>to est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+301"/>
        <source>unknown edge kind %1</source>
        <translation>type de lien inconnu %1</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>%1 %2 is not a number (0 or more)</source>
        <translation>%1 %2 n&apos;est pas un nombre (0 ou plus)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is the node of row %2, which has errors</source>
        <translation>%1 est le nœud de la ligne %2, qui contient des erreurs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 names %2 nodes; use the id</source>
        <translation>%1 désigne %2 nœuds&#xa0;; utilisez l&apos;id</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+23"/>
        <location line="+2"/>
        <source>no node has the id or name %1</source>
        <translation>aucun nœud n&apos;a l&apos;id ou le nom %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>too many rows refer to rows with errors; fix the first errors and retry</source>
        <translation>trop de lignes font référence à des lignes erronées&#xa0;; corrigez d&apos;abord les premières erreurs, puis réessayez</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>warning: row skipped: %1</source>
        <translation>avertissement&#xa0;: ligne ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more problems not listed</source>
        <translation>%1 autres problèmes non listés</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown key (allowed: %1)</source>
        <translation>clé inconnue (autorisées&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown node kind %1</source>
        <translation>type de nœud inconnu %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>a mapping file is a JSON object</source>
        <translation>un fichier de correspondance des colonnes est un objet JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>version %1 is newer than this program reads (%2)</source>
        <translation>la version %1 est plus récente que ce que ce programme sait lire (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;,&quot;, &quot;;&quot; or &quot;auto&quot;</source>
        <translation>doit être &quot;,&quot;, &quot;;&quot; ou &quot;auto&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing: an object that maps the columns of the nodes table</source>
        <translation>manquant&#xa0;: un objet qui fait correspondre les colonnes de la table des nœuds</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>needs an id or a name column</source>
        <translation>une colonne d&apos;id ou de nom est nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs a kind column or a fixed_kind</source>
        <translation>une colonne de type ou un fixed_kind est nécessaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be &quot;ignore&quot; or &quot;attributes&quot;</source>
        <translation>doit être &quot;ignore&quot; ou &quot;attributes&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a node kind</source>
        <translation>doit être un type de nœud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an object: cell text -&gt; node kind</source>
        <translation>doit être un objet&#xa0;: texte de cellule -&gt; type de nœud</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>must be string, number, bool or list</source>
        <translation>doit être string, number, bool ou list</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>needs a column</source>
        <translation>une colonne est nécessaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing: the kind of the edges this column makes</source>
        <translation>manquant&#xa0;: le type des liens que crée cette colonne</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be an object that maps the columns of the edges table</source>
        <translation>doit être un objet qui fait correspondre les colonnes de la table des liens</translation>
    </message>
</context>
<context>
    <name>DependencyDiagram</name>
    <message>
        <location filename="../ui/dependencydiagram.cpp" line="+180"/>
        <source>Capability</source>
        <translation>Fonction métier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts</source>
        <translation>Hébergements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suppliers and owners</source>
        <translation>Fournisseurs et propriétaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jurisdictions</source>
        <translation>Juridictions</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>single point of failure</source>
        <translation>point de défaillance unique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>why it fails (depends on)</source>
        <translation>cause de la défaillance (dépend de)</translation>
    </message>
</context>
<context>
    <name>DocumentLock</name>
    <message>
        <location filename="../core/documentlock.cpp" line="+79"/>
        <location line="+1"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (pid %2 on %3)</source>
        <translation>%1 (pid %2 sur %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2 (pid %3 on %4)</source>
        <translation>%1 avec %2 (pid %3 sur %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is in use by %2</source>
        <translation>%1 est utilisé par %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot make the lock file %1: no permission to write in its folder</source>
        <translation>impossible de créer le fichier de verrou %1&#xa0;: pas d&apos;autorisation d&apos;écrire dans son dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot make the lock file %1</source>
        <translation>impossible de créer le fichier de verrou %1</translation>
    </message>
</context>
<context>
    <name>Methodology</name>
    <message>
        <location filename="../core/methodology.cpp" line="+176"/>
        <source>must be an object; defaults used</source>
        <translation>doit être un objet&#xa0;; valeurs par défaut utilisées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lock_in_weights must be an object</source>
        <translation>lock_in_weights doit être un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lock_in_weights: unknown factor &quot;%1&quot;</source>
        <translation>lock_in_weights&#xa0;: facteur inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock_in_weights.%1 must be a number of 0 or more</source>
        <translation>lock_in_weights.%1 doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hhi_thresholds must be [moderate, high] with 0 &lt;= moderate &lt;= high &lt;= 10000</source>
        <translation>hhi_thresholds doit être [modéré, élevé] avec 0 &lt;= modéré &lt;= élevé &lt;= 10000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seal_gates must be an object</source>
        <translation>seal_gates doit être un objet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seal_gates: unknown objective &quot;%1&quot; (SOV-1 .. SOV-8)</source>
        <translation>seal_gates&#xa0;: objectif inconnu &quot;%1&quot; (SOV-1 .. SOV-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seal_gates.%1 must be a SEAL level 0..4</source>
        <translation>seal_gates.%1 doit être un niveau SEAL 0..4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>as_of must be an ISO date (YYYY-MM-DD)</source>
        <translation>as_of doit être une date ISO (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stale_after_months must be a whole number of months from 1 to 1200</source>
        <translation>stale_after_months doit être un nombre entier de mois de 1 à 1200</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>source: %1</source>
        <translation>source&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>état au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+570"/>
        <source>confidence %1</source>
        <translation>fiabilité %1</translation>
    </message>
    <message>
        <location line="-559"/>
        <source>data_portability = %1</source>
        <translation>data_portability = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no open standards</source>
        <translation>aucun standard ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open standard(s): %2</source>
        <translation>%1 standard(s) ouvert(s)&#xa0;: %2</translation>
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
        <translation>aucune alternative enregistrée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months to switch</source>
        <translation>%1 mois pour changer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch time unknown</source>
        <translation>durée de changement inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within reach of a non-EU law</source>
        <translation>à la portée d&apos;une loi hors UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controlled from outside the EU</source>
        <translation>contrôlé depuis l&apos;extérieur de l&apos;UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control unknown, counted as non-EU</source>
        <translation>contrôle inconnu, compté comme hors UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no non-EU law in reach</source>
        <translation>aucune loi hors UE à portée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>best alternative </source>
        <translation>meilleure alternative </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>switch cost %1 = %2 x annual cost %3</source>
        <translation>coût de changement %1 = %2 x coût annuel %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exit clause</source>
        <translation>clause de sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no exit clause</source>
        <translation>pas de clause de sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data-return clause</source>
        <translation>clause de restitution des données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data-return clause</source>
        <translation>pas de clause de restitution des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice %1 months</source>
        <translation>préavis de %1 mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contract ended %1 (before %2): renewal is open</source>
        <translation>contrat terminé le %1 (avant le %2)&#xa0;: le renouvellement reste à décider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract ends %1 (%2 months after %3)</source>
        <translation>fin du contrat&#xa0;: %1 (%2 mois après %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 other application(s) under the same parent company</source>
        <translation>%1 autre(s) application(s) sous la même société mère</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set by the user (%1 = %2)</source>
        <translation>défini par l&apos;utilisateur (%1 = %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; derived: </source>
        <translation> ; dérivé&#xa0;: </translation>
    </message>
    <message>
        <location line="+173"/>
        <source>every ultimate parent is seated in the EU</source>
        <translation>toutes les sociétés mères ultimes ont leur siège dans l&apos;UE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EU-seated supplier under a non-EU parent</source>
        <translation>fournisseur établi dans l&apos;UE, sous une société mère hors UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>supplier controlled from outside the EU</source>
        <translation>fournisseur contrôlé depuis l&apos;extérieur de l&apos;UE</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+5"/>
        <source>no supplier recorded</source>
        <translation>aucun fournisseur enregistré</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>seat of a parent company unknown</source>
        <translation>siège d&apos;une société mère inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seat of a parent company unknown, so the reach may be incomplete</source>
        <translation>siège d&apos;une société mère inconnu, la portée est donc peut-être incomplète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>non-EU jurisdictions in reach, none with extraterritorial laws on record</source>
        <translation>juridictions hors UE à portée, aucune avec des lois extraterritoriales enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only EU and home jurisdictions in reach</source>
        <translation>seules des juridictions de l&apos;UE et nationales sont à portée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in reach of %1 (extraterritorial laws)</source>
        <translation>à la portée de %1 (lois extraterritoriales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, contract under EU law</source>
        <translation>, contrat soumis au droit de l&apos;UE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hosted in the EU; seat of a parent company unknown</source>
        <translation>hébergé dans l&apos;UE&#xa0;; siège d&apos;une société mère inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hosted in the EU, but %1 can compel access</source>
        <translation>hébergé dans l&apos;UE, mais %1 peut imposer l&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosted in the EU, no non-EU law in reach</source>
        <translation>hébergé dans l&apos;UE, aucune loi hors UE à portée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hosted outside the EU</source>
        <translation>hébergé hors de l&apos;UE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no host recorded</source>
        <translation>aucun hébergement enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a host&apos;s location unknown</source>
        <translation>localisation d&apos;un hébergement inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open source, run on the organisation&apos;s own premises</source>
        <translation>open source, exploité dans les locaux de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operated and controlled from the EU</source>
        <translation>exploité et contrôlé depuis l&apos;UE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operated from the EU; control from outside the EU or unknown</source>
        <translation>exploité depuis l&apos;UE&#xa0;; contrôlé depuis l&apos;extérieur de l&apos;UE ou contrôle inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>controlled from the EU; operated from outside the EU or unknown</source>
        <translation>contrôlé depuis l&apos;UE&#xa0;; exploité depuis l&apos;extérieur de l&apos;UE ou exploitation inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operated and controlled from outside the EU</source>
        <translation>exploité et contrôlé depuis l&apos;extérieur de l&apos;UE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operator or parent company unknown</source>
        <translation>exploitant ou société mère inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>suppliers, subcontractors and operators all controlled from the EU</source>
        <translation>fournisseurs, sous-traitants et exploitants tous contrôlés depuis l&apos;UE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a subcontractor or operator is controlled from outside the EU</source>
        <translation>un sous-traitant ou exploitant est contrôlé depuis l&apos;extérieur de l&apos;UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a subcontractor&apos;s or operator&apos;s parent unknown</source>
        <translation>société mère d&apos;un sous-traitant ou d&apos;un exploitant inconnue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>supplier chain unknown</source>
        <translation>chaîne des fournisseurs inconnue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>licence, standards and portability unknown</source>
        <translation>licence, standards et portabilité inconnus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open source with %1 open standards</source>
        <translation>open source avec %1 standards ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open source</source>
        <translation>open source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open standards and portable data</source>
        <translation>standards ouverts et données portables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proprietary, with some open standards or exportable data</source>
        <translation>propriétaire, avec quelques standards ouverts ou des données exportables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proprietary and closed</source>
        <translation>propriétaire et fermé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not derivable from the graph: assess (seal.SOV-7)</source>
        <translation>non déductible du graphe&#xa0;: à évaluer (seal.SOV-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not derivable from the graph: assess (seal.SOV-8)</source>
        <translation>non déductible du graphe&#xa0;: à évaluer (seal.SOV-8)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assessed by the user (%1 = %2)</source>
        <translation>évalué par l&apos;utilisateur (%1 = %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; derived: SEAL-%1, %2</source>
        <translation> ; dérivé&#xa0;: SEAL-%1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>weakest of %1 application(s): %2</source>
        <translation>le plus faible de %1 application(s)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown for all %1 application(s)</source>
        <translation>inconnu pour l&apos;ensemble des %1 application(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 unknown)</source>
        <translation> (%1 inconnus)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>lock-in: data_portability; SOV-6</source>
        <translation>lock-in&#xa0;: data_portability&#xa0;; SOV-6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: open_standards; SOV-6</source>
        <translation>lock-in&#xa0;: open_standards&#xa0;; SOV-6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: license; SOV-4, SOV-6</source>
        <translation>lock-in&#xa0;: license&#xa0;; SOV-4, SOV-6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: deployment; SOV-4; concentration by host operator</source>
        <translation>lock-in&#xa0;: deployment&#xa0;; SOV-4&#xa0;; concentration par exploitant de l&apos;hébergement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: switching_cost; concentration by annual cost</source>
        <translation>lock-in&#xa0;: switching_cost&#xa0;; concentration pondérée par le coût annuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concentration by annual cost</source>
        <translation>concentration pondérée par le coût annuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: exit_clause</source>
        <translation>lock-in&#xa0;: exit_clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock-in: data_return_clause</source>
        <translation>lock-in&#xa0;: data_return_clause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in: notice_period</source>
        <translation>lock-in&#xa0;: notice_period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock-in: contract_term</source>
        <translation>lock-in&#xa0;: contract_term</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>lock-in: alternatives (%1, counted at its slowest)</source>
        <translation>lock-in&#xa0;: alternatives (%1, compté au plus lent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lock-in: switching_cost (%1)</source>
        <translation>lock-in&#xa0;: switching_cost (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lock-in: bundling; SOV-1, SOV-2, SOV-5; concentration</source>
        <translation>lock-in&#xa0;: bundling&#xa0;; SOV-1, SOV-2, SOV-5&#xa0;; concentration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOV-3, SOV-4; concentration by host operator</source>
        <translation>SOV-3, SOV-4&#xa0;; concentration par exploitant de l&apos;hébergement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOV-3 (where the service keeps its data)</source>
        <translation>SOV-3 (où le service conserve ses données)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a number from 0 to 1; ignored</source>
        <translation>doit être un nombre de 0 à 1&#xa0;; ignoré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a SEAL level 0..4; ignored</source>
        <translation>doit être un niveau SEAL 0..4&#xa0;; ignoré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (only an assessment can tell)</source>
        <translation> (seule une évaluation permet de le dire)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SOV-1, SOV-2, SOV-5; concentration by jurisdiction</source>
        <translation>SOV-1, SOV-2, SOV-5&#xa0;; concentration par juridiction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOV-1, SOV-2 (seat of the contracting company)</source>
        <translation>SOV-1, SOV-2 (siège de la société contractante)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOV-4, SOV-5; concentration by host operator</source>
        <translation>SOV-4, SOV-5&#xa0;; concentration par exploitant de l&apos;hébergement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every weighting (3 assumed)</source>
        <translation>toutes les pondérations (3 par hypothèse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every analysis of this capability</source>
        <translation>toutes les analyses de cette fonction métier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an ISO date</source>
        <translation>doit être une date ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as of %1, older than %2 months</source>
        <translation>état au %1, plus de %2 mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a number from 0 to 1</source>
        <translation>doit être un nombre de 0 à 1</translation>
    </message>
</context>
<context>
    <name>MethodologyOutput</name>
    <message>
        <location filename="../core/methodologyoutput.cpp" line="+142"/>
        <location line="+303"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale</source>
        <translation>périmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low confidence</source>
        <translation>fiabilité faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>needs no application</source>
        <translation>n&apos;a besoin d&apos;aucune application</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock-in per capability (0-100; a capability is as locked in as its most locked-in application)
</source>
        <translation>Lock-in par fonction métier (0-100&#xa0;; le lock-in d&apos;une fonction métier est celui de son application au lock-in le plus élevé)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Fonction métier</translation>
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
        <translation>Connu</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Driven by</source>
        <translation>Déterminé par</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Heaviest factors</source>
        <translation>Facteurs les plus lourds</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+48"/>
        <source> (alternative)</source>
        <translation> (alternative)</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Lock-in per application (unknown factors counted at their worst; &quot;if known&quot; at their best; as of %1)
</source>
        <translation>Lock-in par application (facteurs inconnus comptés au pire&#xa0;; &quot;si connu&quot; au mieux&#xa0;; état au %1)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>If known</source>
        <translation>Si connu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock-in per supplier group (ultimate parent company)
</source>
        <translation>Lock-in par groupe de fournisseurs (société mère ultime)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Parent</source>
        <translation>Société mère</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
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
        <translation>Concentration (indice de Herfindahl-Hirschman 0-10&#xa0;000&#xa0;; faible sous %1, élevée au-dessus de %2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted by</source>
        <translation>Pondéré par</translation>
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
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weighted by %1, %2 of the known weight is under a jurisdiction outside the EU.
</source>
        <translation>Pondéré par %1, %2 du poids connu relève d&apos;une juridiction hors UE.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fail</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weakest</source>
        <translation>Plus faible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gates</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sovereignty profile per application: SEAL level 0-4 per objective of the Cloud Sovereignty Framework (– unknown, * assessed by the user); score 0-100 with unknown as SEAL-0
</source>
        <translation>Profil de souveraineté par application&#xa0;: niveau SEAL 0-4 par objectif du Cloud Sovereignty Framework (– inconnu, * évalué par l&apos;utilisateur)&#xa0;; score 0-100, un inconnu comptant comme SEAL-0
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty profile per supplier group (weakest application per objective)
</source>
        <translation>Profil de souveraineté par groupe de fournisseurs (application la plus faible par objectif)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data quality: lock-in rests for %1 on known facts, sovereignty for %2, concentration for %3.
</source>
        <translation>Qualité des données&#xa0;: le lock-in repose à %1 sur des faits connus, la souveraineté à %2, la concentration à %3.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing is missing.
</source>
        <translation>Rien ne manque.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most important gaps first:
</source>
        <translation>Lacunes les plus importantes d&apos;abord&#xa0;:
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fact</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feeds</source>
        <translation>Alimente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more (--json lists the %2 most important and counts all).
</source>
        <translation>… et %1 de plus (--json liste les %2 plus importantes et les compte toutes).
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ultimate parent</source>
        <translation>société mère ultime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurisdiction of the parent</source>
        <translation>juridiction de la société mère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host operator</source>
        <translation>exploitant de l&apos;hébergement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>criticality</source>
        <translation>criticité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annual cost</source>
        <translation>coût annuel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
</context>
<context>
    <name>OptionComparison</name>
    <message>
        <location filename="../core/optioncomparison.cpp" line="+31"/>
        <source>capability</source>
        <translation>fonction métier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application</source>
        <translation>application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host</source>
        <translation>hébergement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurisdiction</source>
        <translation>juridiction</translation>
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
            <numerusform>supprime %1 avec %n lien</numerusform>
            <numerusform>supprime %1 avec ses %n liens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removes the edge %1 → %2 (%3)</source>
        <translation>supprime le lien %1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds %1 %2 (%3)</source>
        <translation>ajoute %1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds the edge %1 → %2 (%3)</source>
        <translation>ajoute le lien %1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adds the edge %1 → %2 (%3) in group “%4”</source>
        <translation>ajoute le lien %1 → %2 (%3) dans le groupe «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changes nothing</source>
        <translation>ne change rien</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>unknown option &quot;%1&quot;: the model has no options</source>
        <translation>option inconnue &quot;%1&quot;&#xa0;: le modèle n&apos;a pas d&apos;options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &quot;%1&quot;; the model has: %2</source>
        <translation>option inconnue &quot;%1&quot;&#xa0;; le modèle a&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &quot;%1&quot; is given more than once</source>
        <translation>l&apos;option &quot;%1&quot; est indiquée plus d&apos;une fois</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>option &quot;%1&quot; does not give a valid model: %2: %3</source>
        <translation>l&apos;option &quot;%1&quot; ne donne pas un modèle valide&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>capabilities without a single point of failure</source>
        <translation>fonctions métier sans point de défaillance unique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annual cost of the applications in use (EUR)</source>
        <translation>coût annuel des applications utilisées (EUR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applications in use without annual cost</source>
        <translation>applications utilisées sans coût annuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean sovereignty score of the applications in use</source>
        <translation>score de souveraineté moyen des applications utilisées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applications in use passing every SEAL gate</source>
        <translation>applications utilisées franchissant tous les seuils SEAL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>concentration (HHI) by %1, weighted by %2</source>
        <translation>concentration (HHI) par %1, pondérée par %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>known share of the lock-in facts</source>
        <translation>part connue des données de lock-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known share of the sovereignty facts</source>
        <translation>part connue des données de souveraineté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known share of the concentration facts</source>
        <translation>part connue des données de concentration</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>single points of failure</source>
        <translation>points de défaillance unique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cut sets of order 2..%1</source>
        <translation>coupes d&apos;ordre 2..%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign jurisdictions that reach it</source>
        <translation>juridictions étrangères qui l&apos;atteignent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock-in score</source>
        <translation>score de lock-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capabilities it can cut off</source>
        <translation>fonctions métier qu&apos;elle peut couper</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>capabilities that go down</source>
        <translation>fonctions métier qui tombent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capabilities down beyond their maximum tolerable downtime</source>
        <translation>fonctions métier arrêtées au-delà de leur durée maximale d&apos;interruption admissible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capabilities with no way back</source>
        <translation>fonctions métier sans retour possible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra cost over the horizon (EUR)</source>
        <translation>surcoût sur l&apos;horizon (EUR)</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <location filename="../core/recommendations.cpp" line="+47"/>
        <source>SOV-1 strategic</source>
        <translation>SOV-1 stratégique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-2 legal</source>
        <translation>SOV-2 juridique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-3 data</source>
        <translation>SOV-3 données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-4 operational</source>
        <translation>SOV-4 opérationnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-5 supply chain</source>
        <translation>SOV-5 chaîne d&apos;approvisionnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-6 technology</source>
        <translation>SOV-6 technologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-7 security and compliance</source>
        <translation>SOV-7 sécurité et conformité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOV-8 environmental</source>
        <translation>SOV-8 environnement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parent company</source>
        <translation>société mère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country of the parent company</source>
        <translation>pays de la société mère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host operator</source>
        <translation>exploitant de l&apos;hébergement</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>criticality</source>
        <translation>criticité</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+10"/>
        <source>annual cost</source>
        <translation>coût annuel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>data portability</source>
        <translation>portabilité des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open standards</source>
        <translation>standards ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation>licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit clause</source>
        <translation>clause de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data-return clause</source>
        <translation>clause de restitution des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice period</source>
        <translation>préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contract end</source>
        <translation>fin du contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosting</source>
        <translation>hébergement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seat</source>
        <translation>siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>localisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>exploitant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the applications it needs</source>
        <translation>les applications dont elle a besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>security assessment (SOV-7)</source>
        <translation>évaluation de la sécurité (SOV-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environmental assessment (SOV-8)</source>
        <translation>évaluation environnementale (SOV-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to switch to an alternative</source>
        <translation>délai de passage à une alternative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost of switching to an alternative</source>
        <translation>coût du passage à une alternative</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (out of date)</source>
        <translation> (obsolète)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (doubtful)</source>
        <translation> (sujet à caution)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (invalid)</source>
        <translation> (non valide)</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>An EU-controlled alternative for what a non-EU country can cut off</source>
        <translation>Une alternative sous contrôle européen pour ce qu&apos;un pays hors UE peut couper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A jurisdiction outside the EU can cut off a capability of criticality %1 or higher on its own (finding area &quot;jurisdiction&quot;).</source>
        <translation>Une juridiction hors de l&apos;UE peut couper à elle seule une fonction métier de criticité %1 ou plus (domaine de constat &quot;jurisdiction&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sanctions, export controls or a court order on the companies seated in a country can stop every service they control, wherever it is hosted. Only an alternative under EU control is outside that reach. Preparing it in advance turns a cut-off into a planned switch.</source>
        <translation>Des sanctions, des contrôles à l&apos;exportation ou une décision de justice visant les sociétés établies dans un pays peuvent arrêter tout service qu&apos;elles contrôlent, où qu&apos;il soit hébergé. Seule une alternative sous contrôle européen échappe à cette portée. La préparer à l&apos;avance fait d&apos;une coupure un changement planifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Antrum&apos;s rule; cut-off as defined in semantics.md, EU line as in docs/methodology.md §2.5. DORA (Regulation (EU) 2022/2554) Art. 28(8) asks financial entities to &quot;identify alternative solutions and develop transition plans&quot; [S: streamlex.eu copy of Art. 28]; applied here by analogy.</source>
        <translation>Règle d&apos;Antrum&#xa0;; coupure telle que définie dans semantics.md, frontière de l&apos;UE telle que dans docs/methodology.md §2.5. DORA (règlement (UE) 2022/2554), art. 28, paragraphe 8, demande aux entités financières de recenser des solutions alternatives et d&apos;élaborer des plans de transition [S: copie de l&apos;art. 28 sur streamlex.eu]&#xa0;; appliqué ici par analogie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Negotiate an exit clause and data return before the contract end</source>
        <translation>Négocier une clause de sortie et la restitution des données avant la fin du contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application in use has a lock-in score of %1 or more, lacks an exit clause or a data-return clause (false or not recorded), and has a contract on record (a contract end or an annual cost above 0).</source>
        <translation>Une application utilisée a un score de lock-in de %1 ou plus, n&apos;a pas de clause de sortie ou de clause de restitution des données (false ou non enregistrée) et a un contrat enregistré (une fin de contrat ou un coût annuel supérieur à 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without an exit clause and a data-return clause, leaving depends on the supplier&apos;s goodwill. Both are easiest to obtain before the notice date, when not renewing is still an option. For cloud services in scope of the Data Act the switching terms are statutory and can be asked for as a matter of law.</source>
        <translation>Sans clause de sortie ni clause de restitution des données, partir dépend du bon vouloir du fournisseur. Les deux s&apos;obtiennent le plus facilement avant la date de préavis, tant que le non-renouvellement reste une option. Pour les services cloud relevant du règlement sur les données (Data Act), les conditions de changement sont fixées par la loi et peuvent être exigées de plein droit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DORA Art. 28(8): being able to &quot;exit contractual arrangements without disruption&quot; [S: atlas.valendir.com]; Data Act (Regulation (EU) 2023/2854) Art. 25(2): notice of at most two months, a transition of at most 30 days, data retrieval for at least 30 days [S: Osborne Clarke], and Art. 29: no switching charges from 12 January 2027 [P: data-act-text.com] (docs/methodology.md §3.2). The threshold %1 is Antrum&apos;s choice.</source>
        <translation>DORA, art. 28, paragraphe 8&#xa0;: pouvoir mettre fin aux accords contractuels sans perturbation [S: atlas.valendir.com]&#xa0;; règlement sur les données (Data Act, règlement (UE) 2023/2854), art. 25, paragraphe 2&#xa0;: un préavis de deux mois au plus, une transition de 30 jours au plus, la récupération des données pendant au moins 30 jours [S: Osborne Clarke], et art. 29&#xa0;: aucuns frais de changement à partir du 12 janvier 2027 [P: data-act-text.com] (docs/methodology.md §3.2). Le seuil %1 est un choix d&apos;Antrum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diversify the parent behind a redundancy</source>
        <translation>Diversifier les sociétés mères derrière une redondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ultimate parent company, or one jurisdiction other than home, takes out a redundancy group on its own (a common cause of order 1) or leaves it one failure short of failing (order 2); orders up to %1 are reported, and only when the group&apos;s owner would otherwise stay up.</source>
        <translation>Une seule société mère ultime, ou une seule juridiction autre que la juridiction nationale, met à elle seule hors service un groupe de redondance (une cause commune d&apos;ordre 1) ou le laisse à une seule défaillance de la panne (ordre 2)&#xa0;; les ordres jusqu&apos;à %1 sont signalés, et seulement lorsque le nœud auquel appartient le groupe resterait sinon opérationnel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redundancy helps only against independent failures. Members under one parent company or in one foreign country share a common cause: the parent&apos;s insolvency, an acquisition, a policy change or a cut-off takes out all of them at once.</source>
        <translation>La redondance ne protège que contre des défaillances indépendantes. Des membres relevant d&apos;une même société mère ou situés dans un même pays étranger partagent une cause commune&#xa0;: l&apos;insolvabilité de la société mère, un rachat, un changement de politique ou une coupure les met tous hors service en même temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DORA Art. 29(1)(b) treats arrangements with &quot;closely connected&quot; providers as a concentration risk [P: cyberday.ai copy of Art. 29] (docs/methodology.md §3.2); the orders and the rule are Antrum&apos;s.</source>
        <translation>DORA, art. 29, paragraphe 1, point b), considère les accords conclus avec des prestataires étroitement liés comme un risque de concentration [P: copie de l&apos;art. 29 sur cyberday.ai] (docs/methodology.md §3.2)&#xa0;; les ordres et la règle sont ceux d&apos;Antrum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redundancy or an exit plan for a single point of failure</source>
        <translation>Redondance ou plan de sortie pour un point de défaillance unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application or host in use is a single point of failure of a capability of criticality %1 or higher.</source>
        <translation>Une application ou un hébergement utilisé est un point de défaillance unique d&apos;une fonction métier de criticité %1 ou plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A vital capability that one component can stop has no second way out. Redundancy removes the single point; a tested exit plan shortens the outage when it is not possible.</source>
        <translation>Une fonction métier vitale qu&apos;un seul composant peut arrêter n&apos;a pas de seconde issue. La redondance supprime le point unique&#xa0;; lorsqu&apos;elle n&apos;est pas possible, un plan de sortie testé raccourcit l&apos;interruption.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DORA Art. 28(8): exit plans that are &quot;documented&quot; and &quot;sufficiently tested&quot; for services supporting critical or important functions [S: streamlex.eu copy of Art. 28], by analogy. Vital = criticality %1 or higher is Antrum&apos;s choice.</source>
        <translation>DORA, art. 28, paragraphe 8&#xa0;: des plans de sortie documentés et suffisamment testés pour les services qui soutiennent des fonctions critiques ou importantes [S: copie de l&apos;art. 28 sur streamlex.eu], par analogie. Vitale = criticité %1 ou plus est un choix d&apos;Antrum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diversify suppliers in the next procurement</source>
        <translation>Diversifier les fournisseurs lors de la prochaine procédure d&apos;achat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A concentration index by parent company or host operator is high (HHI above the model&apos;s high threshold, default 2000), or the largest country in the country index is outside the EU, or at least %1 of the criticality- or cost-weighted dependence rests on parent companies outside the EU.</source>
        <translation>Un indice de concentration par société mère ou par exploitant de l&apos;hébergement est élevé (HHI au-dessus du seuil haut du modèle, 2000 par défaut), ou le premier pays de l&apos;indice par pays est hors de l&apos;UE, ou au moins %1 de la dépendance pondérée par la criticité ou par le coût repose sur des sociétés mères hors de l&apos;UE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So much dependence on one company, operator or foreign country is a continuity risk and weakens the organisation&apos;s hand at every renewal. Procurement is the moment to spread it.</source>
        <translation>Une telle dépendance envers une seule société, un seul exploitant ou un seul pays étranger est un risque pour la continuité et affaiblit la position de l&apos;organisation à chaque renouvellement. La procédure d&apos;achat est le moment de la répartir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU Horizontal Merger Guidelines 2004/C 31/03, paras 19-21 (HHI bands, used by analogy) [P: EUR-Lex summary]; DORA Art. 29(1) concentration-risk assessment [P: cyberday.ai copy] (docs/methodology.md §4.2). The non-EU share of %1 is Antrum&apos;s choice.</source>
        <translation>Lignes directrices de l&apos;UE sur l&apos;appréciation des concentrations horizontales 2004/C 31/03, points 19-21 (seuils HHI, utilisés par analogie) [P: résumé EUR-Lex]&#xa0;; DORA, art. 29, paragraphe 1, évaluation du risque de concentration [P: copie sur cyberday.ai] (docs/methodology.md §4.2). La part hors UE de %1 est un choix d&apos;Antrum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty requirements for a low-scoring supplier group</source>
        <translation>Exigences de souveraineté pour un groupe de fournisseurs au score faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier group with an application serving a capability of criticality %1 or higher fails the model&apos;s SEAL gates, or scores below %2 of 100 on the sovereignty profile.</source>
        <translation>Un groupe de fournisseurs dont une application sert une fonction métier de criticité %1 ou plus ne franchit pas les seuils SEAL du modèle, ou obtient moins de %2 sur 100 au profil de souveraineté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A service under exclusive control of non-EU third parties (SEAL-0) can be switched off or reached from outside EU law. Minimum SEAL levels in a tender make the requirement explicit; SEAL-%1 is the first level at which EU law is &quot;applicable and enforceable&quot;.</source>
        <translation>Un service sous le contrôle exclusif de tiers hors UE (SEAL-0) peut être coupé ou atteint hors du champ du droit de l&apos;UE. Des niveaux SEAL minimaux dans un appel d&apos;offres rendent l&apos;exigence explicite&#xa0;; SEAL-%1 est le premier niveau auquel le droit de l&apos;UE est &quot;applicable et exécutoire&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>European Commission, Cloud Sovereignty Framework v1.2.1: SEAL definitions [S: MISP taxonomy], minimum levels in tenders [S: Safespring] (docs/methodology.md §5.2, §5.6). The score threshold %1 is Antrum&apos;s choice.</source>
        <translation>Commission européenne, Cloud Sovereignty Framework v1.2.1&#xa0;: définitions SEAL [S: taxonomie MISP], niveaux minimaux dans les appels d&apos;offres [S: Safespring] (docs/methodology.md §5.2, §5.6). Le seuil de score %1 est un choix d&apos;Antrum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1215"/>
        <source>Collect the missing facts</source>
        <translation>Recueillir les données manquantes</translation>
    </message>
    <message>
        <location line="-1214"/>
        <source>Data-quality items of importance %1 or more (criticality x weight, docs/methodology.md §6.2).</source>
        <translation>Points de qualité des données d&apos;importance %1 ou plus (criticité x poids, docs/methodology.md §6.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every missing fact is counted at its worst in the scores. What is not known cannot be managed, and cannot be shown to a council or an auditor.</source>
        <translation>Chaque donnée manquante est comptée au pire dans les scores. Ce qui n&apos;est pas connu ne peut être ni maîtrisé ni justifié devant une assemblée délibérante ou un auditeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Algemene Rekenkamer, Het Rijk in de cloud (15 January 2025): the type of cloud unknown for 26% of 1,588 services, no risk assessment for two thirds of the material public-cloud services [P/S, docs/methodology.md §1]; Rijksbreed cloudbeleid 2022 (Kamerstuk 26 643, nr. 904): each department keeps the risks of its public cloud use in view [P: officielebekendmakingen.nl].</source>
        <translation>Algemene Rekenkamer, Het Rijk in de cloud (15 janvier 2025)&#xa0;: type de cloud inconnu pour 26&#xa0;% des 1&#xa0;588 services, aucune analyse des risques pour les deux tiers des services de cloud public significatifs [P/S, docs/methodology.md §1]&#xa0;; Rijksbreed cloudbeleid 2022 (Kamerstuk 26&#xa0;643, nr. 904)&#xa0;: chaque ministère garde en vue les risques de son usage du cloud public [P: officielebekendmakingen.nl].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepare the exit for a scenario</source>
        <translation>Préparer la sortie pour un scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a simulated scenario a capability has no way back, or stays down longer than its maximum tolerable downtime (MTD).</source>
        <translation>Dans un scénario simulé, une fonction métier n&apos;a pas de retour possible, ou reste arrêtée au-delà de sa durée maximale d&apos;interruption admissible (DMIA).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exit made under pressure takes as long as the switch itself. Only what is prepared - an alternative contracted, data exported, the migration tested - can start at once.</source>
        <translation>Une sortie faite sous la pression prend autant de temps que le changement lui-même. Seul ce qui est préparé - une alternative sous contrat, des données exportées, une migration testée - peut démarrer immédiatement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DORA Art. 28(8): exit plans that are &quot;sufficiently tested and reviewed periodically&quot; [S: streamlex.eu copy of Art. 28], by analogy; the simulation rules are in docs/scenarios.md.</source>
        <translation>DORA, art. 28, paragraphe 8&#xa0;: des plans de sortie suffisamment testés et réexaminés périodiquement [S: copie de l&apos;art. 28 sur streamlex.eu], par analogie&#xa0;; les règles de simulation figurent dans docs/scenarios.md.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consider the switch when a price rise makes it pay</source>
        <translation>Envisager le changement lorsqu&apos;une hausse de prix le rend rentable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a simulated price rise, switching an application to a recorded alternative costs less over the horizon than staying (a saving above 0, docs/scenarios.md §3.1).</source>
        <translation>Lors d&apos;une hausse de prix simulée, faire passer une application à une alternative enregistrée coûte moins cher sur l&apos;horizon que de la conserver (une économie supérieure à 0, docs/scenarios.md §3.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When staying costs more than switching, lock-in is being paid for. The business case is best made before the price rise takes effect.</source>
        <translation>Quand rester coûte plus cher que changer, on paie pour le lock-in. Le dossier d&apos;opportunité se monte de préférence avant que la hausse de prix ne prenne effet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antrum&apos;s rule. Data Act Art. 29: no switching charges for in-scope cloud services from 12 January 2027 [P: data-act-text.com] (docs/methodology.md §3.2).</source>
        <translation>Règle d&apos;Antrum. Règlement sur les données (Data Act), art. 29&#xa0;: aucuns frais de changement pour les services cloud concernés à partir du 12 janvier 2027 [P: data-act-text.com] (docs/methodology.md §3.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the renewal window</source>
        <translation>Saisir la fenêtre de renouvellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier group found low on sovereignty, or an application with high lock-in, has a contract that ends, or must be given notice, within %1 months of the reference date (or has ended and is open for renewal).</source>
        <translation>Un groupe de fournisseurs jugé faible en souveraineté, ou une application à fort lock-in, a un contrat qui prend fin, ou doit être dénoncé, dans les %1 mois suivant la date de référence (ou qui a pris fin et reste à renouveler).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving at the end of a contract needs no exit clause and costs no penalty. The moment passes with the notice date; a market consultation takes months.</source>
        <translation>Partir à la fin d&apos;un contrat ne nécessite aucune clause de sortie et n&apos;entraîne aucune pénalité. L&apos;occasion passe avec la date de préavis&#xa0;; une consultation du marché prend des mois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antrum&apos;s rule. For cloud services in scope of the Data Act the notice period is at most two months (Art. 25(2)(d)) [S: Osborne Clarke].</source>
        <translation>Règle d&apos;Antrum. Pour les services cloud relevant du règlement sur les données (Data Act), le préavis est de deux mois au plus (art. 25, paragraphe 2, point d)) [S: Osborne Clarke].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subcontracting terms for a hidden foreign dependence</source>
        <translation>Conditions de sous-traitance pour une dépendance étrangère cachée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application serving a capability of criticality %1 or higher is supplied by companies controlled from the EU, but a subcontractor or host operator in its chain is controlled from outside the EU (derived SOV-5 = SEAL-2).</source>
        <translation>Une application servant une fonction métier de criticité %1 ou plus est fournie par des sociétés contrôlées depuis l&apos;UE, mais un sous-traitant ou un exploitant d&apos;hébergement de sa chaîne est contrôlé depuis l&apos;extérieur de l&apos;UE (SOV-5 dérivé = SEAL-2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract is with a European company, but the service stops, or can be reached, through a company controlled from elsewhere. That dependence is invisible unless the supplier must disclose and clear its subcontractors.</source>
        <translation>Le contrat est conclu avec une société européenne, mais le service peut s&apos;arrêter, ou être atteint, par l&apos;intermédiaire d&apos;une société contrôlée depuis l&apos;étranger. Cette dépendance reste invisible tant que le fournisseur n&apos;est pas tenu de déclarer ses sous-traitants et de les faire approuver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DORA Art. 30(2)(a): contracts state whether subcontracting is permitted and on which conditions [S: itlawco.com]; Cloud Sovereignty Framework SOV-5 supply chain, the heaviest objective (20%) [S] (docs/methodology.md §5.1).</source>
        <translation>DORA, art. 30, paragraphe 2, point a)&#xa0;: les contrats précisent si la sous-traitance est autorisée et à quelles conditions [S: itlawco.com]&#xa0;; Cloud Sovereignty Framework SOV-5 chaîne d&apos;approvisionnement, l&apos;objectif le plus pondéré (20&#xa0;%) [S] (docs/methodology.md §5.1).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (criticality %2, maximum tolerable downtime %3)</source>
        <translation>%1 (criticité %2, durée maximale d&apos;interruption admissible %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (criticality %2)</source>
        <translation>%1 (criticité %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> All of them are vital.</source>
        <translation> Toutes sont vitales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> One of them is vital (criticality %1 or higher).</source>
        <translation> L&apos;une d&apos;elles est vitale (criticité %1 ou plus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %1 of them are vital (criticality %2 or higher).</source>
        <translation> %1 d&apos;entre elles sont vitales (criticité %2 ou plus).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 and %2 to switch</source>
        <translation>%1 et %2 pour le changement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to switch, cost not recorded</source>
        <translation>%1 pour le changement, coût non enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to switch, duration not recorded</source>
        <translation>%1 pour le changement, durée non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration and cost of the switch not recorded</source>
        <translation>durée et coût du changement non enregistrés</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1059"/>
        <location line="+103"/>
        <source>«%1»</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-1160"/>
        <source> The stored option %1 replaces some of them.</source>
        <translation> L&apos;option enregistrée %1 en remplace une partie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The stored options %1 replace some of them.</source>
        <translation> Les options enregistrées %1 en remplacent une partie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The stored option %1 replaces it.</source>
        <translation> L&apos;option enregistrée %1 prévoit son remplacement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The stored options %1 replace it.</source>
        <translation> Les options enregistrées %1 prévoient son remplacement.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 alone can stop %2</source>
        <translation>%1 suffit à arrêter %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If %1 fails, nothing takes over: %2 stops with it.</source>
        <translation>Si %1 tombe en panne, rien ne prend le relais&#xa0;: %2 s&apos;arrête aussi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If %1 fails, nothing takes over: %2 stop with it.</source>
        <translation>Si %1 tombe en panne, rien ne prend le relais&#xa0;: %2 s&apos;arrêtent aussi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The most critical is %1.</source>
        <translation> La plus critique est %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> It hosts %1 without a second site.</source>
        <translation> Il héberge %1 sans second site.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run what depends on %1 in a second location under a different operator, or prepare a tested plan to move it elsewhere.</source>
        <translation>Faire fonctionner ce qui dépend de %1 sur un second site, chez un autre exploitant, ou préparer un plan testé pour le transférer ailleurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Start with %1.</source>
        <translation> Commencer par %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give %1 a second, independent way to deliver (redundancy or a fallback procedure), or prepare an exit plan.</source>
        <translation>Doter %1 d&apos;un second moyen de fonctionnement indépendant (redondance ou procédure de repli), ou préparer un plan de sortie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> An alternative is recorded: %1 (%2).</source>
        <translation> Une alternative est enregistrée&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> That switch takes far longer than the maximum tolerable downtime of %1 (%2), so the plan must be ready, and tested, before it is needed.</source>
        <translation> Ce changement prend bien plus longtemps que la durée maximale d&apos;interruption admissible de %1 (%2)&#xa0;: le plan doit donc être prêt, et testé, avant d&apos;être nécessaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> No alternative to %1 is recorded: start with a market scan.</source>
        <translation> Aucune alternative à %1 n&apos;est enregistrée&#xa0;: commencer par une étude de marché.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The plan must work within the maximum tolerable downtime of %1 (%2).</source>
        <translation> Le plan doit fonctionner dans la durée maximale d&apos;interruption admissible de %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redundancy or an exit plan for %1</source>
        <translation>Redondance ou plan de sortie pour %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 can cut off %2</source>
        <translation>%1 peut couper %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside the EU</source>
        <translation>hors de l&apos;UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the EU; laws with reach abroad on record: %1</source>
        <translation>hors de l&apos;UE&#xa0;; lois à portée extraterritoriale enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) can on its own cut off %3: %4.</source>
        <translation>%1 (%2) peut à elle seule couper %3&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> It reaches it through %1, seated or located there.</source>
        <translation> Elle l&apos;atteint par l&apos;intermédiaire de %1, dont le siège ou l&apos;emplacement s&apos;y trouve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> It reaches them through %1, seated or located there.</source>
        <translation> Elle les atteint par l&apos;intermédiaire de %1, dont le siège ou l&apos;emplacement s&apos;y trouve.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>«%1» to %2</source>
        <translation>«&#xa0;%1&#xa0;» (à %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Of the compared options, these lower the number of capabilities it can cut off from %1: %2.</source>
        <translation> Parmi les options comparées, celles-ci réduisent le nombre de fonctions métier qu&apos;elle peut couper, actuellement %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A cut-off by %1 stops %2, and with it %3.</source>
        <translation>Une coupure par %1 arrête %2, et par là %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cut-off by %1 stops %2, one of the applications behind its vital capabilities.</source>
        <translation>Une coupure par %1 arrête %2, l&apos;une des applications sur lesquelles reposent ses fonctions métier vitales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %1 is recorded as an EU-controlled alternative (%2): prepare the switch so that it can be made before a cut-off takes effect.</source>
        <translation> %1 figure comme alternative sous contrôle européen (%2)&#xa0;: préparer le changement pour qu&apos;il puisse être effectué avant qu&apos;une coupure ne prenne effet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is hit by the same cut-off</source>
        <translation>elle est touchée par la même coupure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is controlled from %1</source>
        <translation>elle est contrôlée depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its control is not known to be in the EU</source>
        <translation>rien n&apos;indique que son contrôle se situe dans l&apos;UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The recorded alternative %1 does not solve this (%2): look for an EU-controlled one.</source>
        <translation> L&apos;alternative enregistrée %1 ne résout pas ce problème (%2)&#xa0;: en chercher une sous contrôle européen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> No alternative is recorded: run a market consultation for an EU-controlled one.</source>
        <translation> Aucune alternative n&apos;est enregistrée&#xa0;: lancer une consultation du marché pour en trouver une sous contrôle européen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An EU-controlled alternative for %1</source>
        <translation>Une alternative sous contrôle européen pour %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>a cut-off by %1</source>
        <translation>une coupure par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parent company %1</source>
        <translation>la société mère %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes out %2 of them on its own</source>
        <translation>%1 en met %2 hors service à elle seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes out %2 of them, so one more failure is enough</source>
        <translation>%1 en met %2 hors service, si bien qu&apos;une défaillance de plus suffit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The redundancy behind %1 has a common cause</source>
        <translation>La redondance derrière %1 a une cause commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2 of the %3 members of its redundancy group «%4» (%5), but they are not independent: %6.</source>
        <translation>%1 a besoin de %2 des %3 membres de son groupe de redondance «&#xa0;%4&#xa0;» (%5), mais ils ne sont pas indépendants&#xa0;: %6.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+399"/>
        <location line="+233"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="-631"/>
        <source> The redundancy protects against the failure of one member, not against that common cause: if the group fails, %1 would stop.</source>
        <translation> La redondance protège contre la défaillance d&apos;un membre, pas contre cette cause commune&#xa0;: si le groupe tombait, %1 s&apos;arrêterait.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>under a parent company other than %1 and outside %2</source>
        <translation>sous une société mère autre que %1 et hors de la juridiction %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under a parent company other than %1</source>
        <translation>sous une société mère autre que %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside %1</source>
        <translation>hors de la juridiction %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place at least one member of «%1» (%2) %3, so that no single company or country can take out the redundancy. Check the ownership of operators and subcontractors too, not only of the contracting party.</source>
        <translation>Placer au moins un membre de «&#xa0;%1&#xa0;» (%2) %3, afin qu&apos;aucune société ni aucun pays ne puisse à lui seul mettre la redondance hors service. Vérifier aussi la propriété des exploitants et des sous-traitants, pas seulement celle de la partie contractante.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spread the redundancy of %1 over more than one country</source>
        <translation>Répartir la redondance de %1 sur plus d&apos;un pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diversify the parent companies behind %1</source>
        <translation>Diversifier les sociétés mères derrière %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source> The first contract to end is that of %1, on %2.</source>
        <translation> Le premier contrat à prendre fin est celui de %1, le %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>High concentration by %1, weighted by %2</source>
        <translation>Forte concentration par %1, pondérée par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted by %1, %2 carries %3 of the dependence by %4, the three largest together %5: a Herfindahl-Hirschman index of %6, above the %7 that merger control calls highly concentrated.</source>
        <translation>Pondéré par %1, %2 porte %3 de la dépendance par %4, les trois plus grands ensemble %5&#xa0;: un indice de Herfindahl-Hirschman de %6, au-delà du seuil de %7 à partir duquel le contrôle des concentrations parle de marché très concentré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Under %1: %2.</source>
        <translation> Sous %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %1 of the weight could not be attributed for lack of facts.</source>
        <translation> %1 du poids n&apos;a pas pu être attribué faute de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the services under %1 come up for renewal, ask for offers from other companies or split them over more than one, and weigh concentration explicitly in the award. Add no new service under %1 without that assessment.</source>
        <translation>Lorsque les services relevant de %1 arrivent à renouvellement, demander des offres à d&apos;autres sociétés ou les répartir entre plusieurs, et pondérer explicitement la concentration dans l&apos;attribution. N&apos;ajouter aucun nouveau service relevant de %1 sans cette évaluation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diversify away from %1 in the next procurement</source>
        <translation>Réduire la dépendance envers %1 lors de la prochaine procédure d&apos;achat</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 of the dependence rests on parent companies outside the EU</source>
        <translation>%1 de la dépendance repose sur des sociétés mères hors de l&apos;UE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the criticality-weighted dependence (%2 of the annual cost) rests on parent companies seated outside the EU, chiefly in %3 (%4).</source>
        <translation>%1 de la dépendance pondérée par la criticité (%2 du coût annuel) repose sur des sociétés mères dont le siège est hors de l&apos;UE, principalement&#xa0;: %3 (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the dependence, weighted by %2, rests on parent companies seated outside the EU, chiefly in %3 (%4).</source>
        <translation>%1 de la dépendance, pondérée par %2, repose sur des sociétés mères dont le siège est hors de l&apos;UE, principalement&#xa0;: %3 (%4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %1 in use are under their control.</source>
        <translation> Sous leur contrôle&#xa0;: %1 en service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduce the dependence on parent companies outside the EU</source>
        <translation>Réduire la dépendance envers les sociétés mères hors de l&apos;UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a target for the share of vital services under EU control and move towards it at every renewal: ask for EU-controlled offers and make control from the EU (SOV-1) an award criterion.</source>
        <translation>Fixer un objectif pour la part des services vitaux sous contrôle européen et s&apos;en rapprocher à chaque renouvellement&#xa0;: demander des offres sous contrôle européen et faire du contrôle depuis l&apos;UE (SOV-1) un critère d&apos;attribution.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>data portability unknown</source>
        <translation>portabilité des données inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open standards unknown</source>
        <translation>standards ouverts inconnus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence unknown</source>
        <translation>licence inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployment unknown</source>
        <translation>déploiement inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching cost unknown</source>
        <translation>coût de changement inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit clause unknown</source>
        <translation>clause de sortie inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data return unknown</source>
        <translation>restitution des données inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice period unknown</source>
        <translation>préavis inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract end unknown</source>
        <translation>fin du contrat inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier unknown</source>
        <translation>fournisseur inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alternatives unknown</source>
        <translation>alternatives inconnues</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>data portability of only %1</source>
        <translation>portabilité des données de seulement %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no open standards</source>
        <translation>aucun standard ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>few open standards</source>
        <translation>peu de standards ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a proprietary licence</source>
        <translation>une licence propriétaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run by the supplier as SaaS</source>
        <translation>exploitation par le fournisseur en SaaS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a platform run by the supplier (PaaS)</source>
        <translation>une plateforme exploitée par le fournisseur (PaaS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infrastructure run by the supplier (IaaS)</source>
        <translation>une infrastructure exploitée par le fournisseur (IaaS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run by the supplier</source>
        <translation>exploitation par le fournisseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no alternative recorded</source>
        <translation>aucune alternative enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no quick EU-controlled alternative</source>
        <translation>pas d&apos;alternative rapide sous contrôle européen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching costs high against the annual cost</source>
        <translation>coût de changement élevé par rapport au coût annuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no exit clause</source>
        <translation>pas de clause de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data-return clause</source>
        <translation>pas de clause de restitution des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a long notice period</source>
        <translation>un long préavis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a long remaining contract term</source>
        <translation>une longue durée de contrat restante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled with other applications of the same parent company</source>
        <translation>offre groupée avec d&apos;autres applications de la même société mère</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at the next renewal (the contract end is not recorded)</source>
        <translation>au prochain renouvellement (la fin du contrat n&apos;est pas enregistrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now: the contract ended on %1 and its renewal is open</source>
        <translation>dès maintenant&#xa0;: le contrat a pris fin le %1 et son renouvellement reste à décider</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before %1, the last day to give notice on the contract that ends on %2</source>
        <translation>avant le %1, dernier jour pour dénoncer le contrat qui prend fin le %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>before the contract ends on %1 (the notice date, %2, has passed: make the clauses a condition of any renewal)</source>
        <translation>avant que le contrat ne prenne fin le %1 (la date de préavis, %2, est passée&#xa0;: faire des clauses une condition de tout renouvellement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before the contract ends on %1</source>
        <translation>avant que le contrat ne prenne fin le %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is hard to leave (lock-in %2)</source>
        <translation>%1 est difficile à quitter (lock-in %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 scores %2 of 100 on lock-in (%3 of it on known facts). The heaviest factors: %4.</source>
        <translation>%1 obtient %2 sur 100 en lock-in (dont %3 sur des faits connus). Les facteurs les plus lourds&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It sets the lock-in of %1, which needs it.</source>
        <translation> Elle détermine le lock-in de %1, qui en a besoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> It sets the lock-in of %1, which all need it.</source>
        <translation> Elle détermine le lock-in de %1, qui en ont toutes besoin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Only %1 of the score rests on known facts: if every unknown turned out well it would be %2.</source>
        <translation> Seuls %1 du score reposent sur des faits connus&#xa0;: si chaque inconnue s&apos;avérait favorable, il serait de %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an exit clause and a data-return clause</source>
        <translation>une clause de sortie et une clause de restitution des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an exit clause</source>
        <translation>une clause de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a data-return clause</source>
        <translation>une clause de restitution des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiate %1 for %2 %3.</source>
        <translation>Négocier %1 pour %2 %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The model does not record whether the contract has them: check the contract first.</source>
        <translation> Le modèle n&apos;indique pas si le contrat les contient&#xa0;: vérifier d&apos;abord le contrat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Ask for the export of all data in an open format, assistance during the transition, and a transition period long enough to switch.</source>
        <translation> Demander l&apos;export de toutes les données dans un format ouvert, une assistance pendant la transition et une période de transition assez longue pour changer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> As a cloud service it is probably in scope of the Data Act, whose Art. 25 makes such switching terms mandatory.</source>
        <translation> En tant que service cloud, elle relève probablement du règlement sur les données (Data Act), dont l&apos;art. 25 rend ces conditions de changement obligatoires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit terms for %1</source>
        <translation>Conditions de sortie pour %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (contract ended on %2, renewal open)</source>
        <translation>%1 (contrat terminé le %2, renouvellement à décider)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (contract ends on %2; the notice date, %3, has passed)</source>
        <translation>%1 (contrat prenant fin le %2&#xa0;; la date de préavis, %3, est passée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (contract ends on %2, notice by %3)</source>
        <translation>%1 (contrat prenant fin le %2, préavis à donner avant le %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (contract ends on %2)</source>
        <translation>%1 (contrat prenant fin le %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use the renewal to leave or to set conditions: %1. Start the market consultation now.</source>
        <translation>Profiter du renouvellement pour partir ou pour fixer des conditions&#xa0;: %1. Lancer dès maintenant la consultation du marché.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The recorded switch from %1 to %2 takes %3</source>
        <translation> Le changement enregistré de %1 vers %2 prend %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, longer than the time left: negotiate a short extension with exit support rather than a full new term.</source>
        <translation>, plus que le temps restant&#xa0;: négocier une courte prolongation avec assistance à la sortie plutôt qu&apos;une nouvelle durée complète.</translation>
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
        <translation>Saisir la fenêtre de renouvellement de %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The applications of %1 fail the sovereignty gates</source>
        <translation>Les applications de %1 ne franchissent pas les seuils de souveraineté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applications of %1 score low on sovereignty (%2)</source>
        <translation>Les applications de %1 ont un score de souveraineté faible (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the only application in use under %2, scores %3 of 100 on the Cloud Sovereignty Framework, %4 of it on known facts.</source>
        <translation>%1, seule application utilisée sous %2, obtient %3 sur 100 au Cloud Sovereignty Framework, dont %4 sur des faits connus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 applications under %2 (%3) score %4 of 100 on the Cloud Sovereignty Framework, %5 of it on known facts.</source>
        <translation>%1 applications sous %2 (%3) obtiennent %4 sur 100 au Cloud Sovereignty Framework, dont %5 sur des faits connus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Weakest: %1 at SEAL-%2.</source>
        <translation> La plus faible&#xa0;: %1 au niveau SEAL-%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (SEAL-%2, minimum %3)</source>
        <translation>%1 (SEAL-%2, minimum %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> It fails the minimum levels set for tenders on %1.</source>
        <translation> Elle n&apos;atteint pas les niveaux minimaux fixés pour les appels d&apos;offres sur %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> They fail the minimum levels set for tenders on %1.</source>
        <translation> Elles n&apos;atteignent pas les niveaux minimaux fixés pour les appels d&apos;offres sur %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It serves %1.</source>
        <translation> Elle sert %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> They serve %1.</source>
        <translation> Elles servent %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> It serves %1: %2.</source>
        <translation> Elle sert %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> They serve %1: %2.</source>
        <translation> Elles servent %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask %1 to remedy the failed objectives, with evidence for an assessment (seal.SOV-n), or plan the replacement of these services by ones that meet the gates.</source>
        <translation>Demander à %1 de remédier aux objectifs non atteints, avec des preuves permettant une évaluation (seal.SOV-n), ou planifier le remplacement de ces services par des services qui franchissent les seuils.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the next procurement of these services set minimum SEAL levels per objective (at least SEAL-%1 on SOV-2 legal and SOV-3 data), and ask for offers under EU control. Assess SOV-7 and SOV-8 with the supplier: the model cannot derive them.</source>
        <translation>Lors du prochain achat de ces services, fixer des niveaux SEAL minimaux par objectif (au moins SEAL-%1 pour SOV-2 juridique et SOV-3 données) et demander des offres sous contrôle européen. Évaluer SOV-7 et SOV-8 avec le fournisseur&#xa0;: le modèle ne peut pas les dériver.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sovereignty requirements for the services of %1</source>
        <translation>Exigences de souveraineté pour les services de %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (controlled from %2)</source>
        <translation>%1 (contrôlé depuis %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 depends on a company controlled from outside the EU</source>
        <translation>%1 dépend d&apos;une société contrôlée depuis l&apos;extérieur de l&apos;UE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is supplied by %2, controlled from the EU, but its chain is not: it relies on %3. It serves %4.</source>
        <translation>%1 a pour fournisseur %2, contrôlé depuis l&apos;UE, mais pas sa chaîne&#xa0;: celle-ci repose sur %3. L&apos;application sert %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subcontracting terms for %1</source>
        <translation>Conditions de sous-traitance pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require %1 to disclose its subcontractors and host operators and to ask consent before relying on companies controlled from outside the EU, and agree an EU-controlled fallback for %2.</source>
        <translation>Exiger de %1 qu&apos;il déclare ses sous-traitants et exploitants d&apos;hébergement et qu&apos;il demande l&apos;accord avant de recourir à des sociétés contrôlées depuis l&apos;extérieur de l&apos;UE, et convenir d&apos;une solution de repli sous contrôle européen pour %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 important fact is missing or doubtful</source>
        <translation>1 donnée importante manque ou est douteuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 important facts are missing or doubtful</source>
        <translation>%1 données importantes manquent ou sont douteuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 facts are missing, out of date or doubtful; %2 of them weigh %3 or more (criticality x weight). The most important concern %4.</source>
        <translation>%1 données sont manquantes, périmées ou douteuses&#xa0;; %2 d&apos;entre elles pèsent %3 ou plus (criticité x poids). Les plus importantes concernent %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> %1 more nodes have important gaps.</source>
        <translation> %1 autres nœuds présentent des lacunes importantes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Lock-in rests for %1 on known facts, sovereignty for %2.</source>
        <translation> Le lock-in repose à %1 sur des faits connus, la souveraineté à %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the suppliers and the contract owners for the missing facts, starting with the most important: %1. Record where each fact comes from (&lt;attribute&gt;.source) and when it was established (&lt;attribute&gt;.as_of).</source>
        <translation>Demander aux fournisseurs et aux responsables des contrats les données manquantes, en commençant par les plus importantes&#xa0;: %1. Enregistrer l&apos;origine de chaque donnée (&lt;attribute&gt;.source) et la date à laquelle elle a été établie (&lt;attribute&gt;.as_of).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Scenario %1: %2 not back in time</source>
        <translation>Scénario %1&#xa0;: retour trop tardif de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In scenario %1 (%2 simulated), 1 capability goes down.</source>
        <translation>Dans le scénario %1 (simulation&#xa0;: %2), 1 fonction métier tombe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scenario %1 (%2 simulated), %3 capabilities go down.</source>
        <translation>Dans le scénario %1 (simulation&#xa0;: %2), %3 fonctions métier tombent.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> No way back for %1</source>
        <translation> Aucun retour possible pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: switching applications does not bring them back.</source>
        <translation> : changer d&apos;applications ne les rétablit pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: there is no usable alternative for %1.</source>
        <translation> : il n&apos;existe aucune alternative utilisable pour %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (down for %2, maximum tolerable downtime %3)</source>
        <translation>%1 (arrêtée pendant %2, durée maximale d&apos;interruption admissible %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Back only after their maximum tolerable downtime: %1.</source>
        <translation> Rétablies seulement après leur durée maximale d&apos;interruption admissible&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record and contract an alternative for %1, which has none that survives the scenario.</source>
        <translation>Enregistrer et contractualiser une alternative pour %1, qui n&apos;en a aucune résistant au scénario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record and contract alternatives for %1, which have none that survives the scenario.</source>
        <translation>Enregistrer et contractualiser des alternatives pour %1, qui n&apos;en ont aucune résistant au scénario.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 vers %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare the switches so that they can start at once - alternative contracted, data exported, migration tested: %1. Where even a prepared switch is longer than the maximum tolerable downtime, keep a stand-by ready.</source>
        <translation>Préparer les changements pour qu&apos;ils puissent démarrer immédiatement - alternative sous contrat, données exportées, migration testée&#xa0;: %1. Lorsque même un changement préparé dure plus longtemps que la durée maximale d&apos;interruption admissible, maintenir une solution de secours prête.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work out with the owners of %1 how they would keep working without the failed services.</source>
        <translation>Définir avec les responsables de %1 comment ils continueraient à travailler sans les services défaillants.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prepare the exit for scenario %1</source>
        <translation>Préparer la sortie pour le scénario %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Switching %1 to %2 saves %3 in scenario %4</source>
        <translation>Passer de %1 à %2 économise %3 dans le scénario %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the price of %1 rises as in scenario %2, switching to %3 from month %4 saves %5 over the rest of the %6: staying costs %7, switching %8</source>
        <translation>Si le prix de %1 augmente comme dans le scénario %2, passer à %3 à partir du mois %4 économise %5 sur le reste des %6&#xa0;: rester coûte %7, changer %8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, including %1 for the switch itself (%2).</source>
        <translation>, dont %1 pour le changement lui-même (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work out a business case for moving from %1 to %2 now, before the price rise takes effect; confirm the switch time and cost with the alternative&apos;s supplier.</source>
        <translation>Monter dès maintenant un dossier d&apos;opportunité pour passer de %1 à %2, avant que la hausse de prix ne prenne effet&#xa0;; faire confirmer la durée et le coût du changement par le fournisseur de l&apos;alternative.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> The contract end (%1) is the natural moment to switch.</source>
        <translation> La fin du contrat (%1) est le moment naturel pour changer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consider switching %1 to %2</source>
        <translation>Envisager de passer de %1 à %2</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Cut-off by countries outside the EU</source>
        <translation>Coupure par des pays hors de l&apos;UE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single points of failure</source>
        <translation>Points de défaillance unique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redundancy with a common cause</source>
        <translation>Redondance à cause commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit scenarios</source>
        <translation>Scénarios de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock-in</source>
        <translation>Lock-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sovereignty</source>
        <translation>Souveraineté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concentration</source>
        <translation>Concentration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 vital capabilities have a single point of failure; %3 of all %4 capabilities have none.</source>
        <translation>%1 des %2 fonctions métier vitales ont un point de défaillance unique&#xa0;; %3 de l&apos;ensemble des %4 fonctions métier n&apos;en ont aucun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No country outside the EU can cut off a vital capability on its own.</source>
        <translation>Aucun pays hors de l&apos;UE ne peut couper à lui seul une fonction métier vitale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can cut off vital capabilities on their own; %2 alone can cut off %3.</source>
        <translation>Pays pouvant couper à eux seuls des fonctions métier vitales&#xa0;: %1&#xa0;; %2 peut à lui seul en couper %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 applications in use have a lock-in of %3 or more.</source>
        <translation>%1 des %2 applications utilisées ont un lock-in de %3 ou plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of the criticality-weighted dependence rests on parent companies outside the EU.</source>
        <translation>%1 de la dépendance pondérée par la criticité repose sur des sociétés mères hors de l&apos;UE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applications in use score %1 of 100 on sovereignty on average.</source>
        <translation>Les applications utilisées obtiennent en moyenne %1 sur 100 en souveraineté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fail the SEAL gates.</source>
        <translation>Ne franchissent pas les seuils SEAL&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock-in rests for %1 on known facts, sovereignty for %2; %3 important facts are missing or doubtful.</source>
        <translation>Le lock-in repose à %1 sur des faits connus, la souveraineté à %2&#xa0;; %3 données importantes manquent ou sont douteuses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1 of the %2 simulated scenarios a capability is not back within its maximum tolerable downtime.</source>
        <translation>Dans %1 des %2 scénarios simulés, une fonction métier n&apos;est pas rétablie dans sa durée maximale d&apos;interruption admissible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 findings (%2 of severity 5, %3 of severity 4) lead to %4 recommendations.</source>
        <translation>%1 constats (%2 de gravité 5, %3 de gravité 4) donnent lieu à %4 recommandations.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most urgent findings</source>
        <translation>Constats les plus urgents</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>- %1 [%2; severity %3, breadth %4]</source>
        <translation>- %1 [%2&#xa0;; gravité %3, étendue %4]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    %1 (priority %2): %3</source>
        <translation>    %1 (priorité %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    When: %1</source>
        <translation>    Quand&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Why: %1</source>
        <translation>    Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Source: %1</source>
        <translation>    Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/reportcontent.cpp" line="+127"/>
        <source>vital</source>
        <translation>vitale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Severity %1 of 5 (%2)</source>
        <translation>Gravité %1 sur 5 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priority 1: act now</source>
        <translation>Priorité 1&#xa0;: agir maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority 2: plan it</source>
        <translation>Priorité 2&#xa0;: planifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority 3: consider it</source>
        <translation>Priorité 3&#xa0;: envisager</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>1 more row not shown; the model holds it.</source>
        <translation>1 ligne supplémentaire non affichée&#xa0;; le modèle la contient.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 more rows not shown; the model holds them all.</source>
        <translation>%1 lignes supplémentaires non affichées&#xa0;; le modèle les contient toutes.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(and the same for 1 more capability)</source>
        <translation>(et de même pour 1 autre fonction métier)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(and the same for %1 more capabilities)</source>
        <translation>(et de même pour %1 autres fonctions métier)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>As for rule %1 above (appendix A).</source>
        <translation>Comme pour la règle %1 ci-dessus (annexe A).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sovereignty report</source>
        <translation>Rapport de souveraineté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital dependencies, single points of failure and exit options</source>
        <translation>Dépendances numériques, points de défaillance unique et options de sortie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure %1</source>
        <translation>Figure %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table %1</source>
        <translation>Tableau %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+702"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="-701"/>
        <location line="+802"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="-801"/>
        <location line="+801"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-800"/>
        <source>Why it fails</source>
        <translation>Cause de la défaillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared for</source>
        <translation>Établi pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with Antrum %1 from the model “%2”.</source>
        <translation>Réalisé avec Antrum %1 à partir du modèle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This report maps the digital dependencies of %1: %2, %3, %4, %5 and %6, as recorded in the model on %7. It shows where a single supplier, parent company or foreign law can stop work the organisation cannot do without, how hard it would be to leave, and what to do about it.</source>
        <translation>Ce rapport cartographie les dépendances numériques de %1&#xa0;: %2, %3, %4, %5 et %6, telles qu&apos;enregistrées dans le modèle au %7. Il montre où un seul fournisseur, une seule société mère ou une seule loi étrangère peut arrêter un travail dont l&apos;organisation ne peut se passer, à quel point il serait difficile de partir, et ce qu&apos;il convient de faire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 supplier</source>
        <translation>1 fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 suppliers</source>
        <translation>%1 fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 host</source>
        <translation>1 hébergement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hosts</source>
        <translation>%1 hébergements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 jurisdiction</source>
        <translation>1 juridiction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jurisdictions</source>
        <translation>%1 juridictions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The most urgent findings</source>
        <translation>Les constats les plus urgents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The analysis found nothing that needs attention.</source>
        <translation>L&apos;analyse n&apos;a rien relevé qui mérite attention.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranked by how severe they are times how many capabilities they can stop. Chapter 3 explains each finding; chapter 6 lists every recommendation.</source>
        <translation>Classés selon leur gravité multipliée par le nombre de fonctions métier qu&apos;ils peuvent arrêter. Le chapitre 3 explique chaque constat&#xa0;; le chapitre 6 liste toutes les recommandations.</translation>
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
        <translation>Par quoi commencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recommendation needs action now; chapter 6 lists what to plan and consider.</source>
        <translation>Aucune recommandation n&apos;exige d&apos;action immédiate&#xa0;; le chapitre 6 indique ce qu&apos;il faut planifier et envisager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One recommendation has priority 1 (a vital capability at stake or a deadline within six months):</source>
        <translation>Une recommandation a la priorité 1 (une fonction métier vitale en jeu ou une échéance dans les six mois)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 recommendations have priority 1 (a vital capability at stake or a deadline within six months):</source>
        <translation>%1 recommandations ont la priorité 1 (une fonction métier vitale en jeu ou une échéance dans les six mois)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>And %1 more in chapter 6.</source>
        <translation>Et %1 autres au chapitre 6.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In figures</source>
        <translation>En chiffres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How this analysis works</source>
        <translation>Comment fonctionne cette analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrum describes the organisation as a graph. Capabilities (what the organisation must be able to do) require applications; applications are provided by suppliers and hosted on hosts; suppliers belong to parent companies, hire subcontractors and are incorporated in jurisdictions; hosts are operated by suppliers and located in jurisdictions. Redundancy is recorded explicitly, as a group of alternatives of which k out of n suffice.</source>
        <translation>Antrum décrit l&apos;organisation sous forme de graphe. Les fonctions métier (ce que l&apos;organisation doit être capable de faire) nécessitent des applications&#xa0;; les applications sont fournies par des fournisseurs et tournent sur des hébergements&#xa0;; les fournisseurs appartiennent à des sociétés mères, font appel à des sous-traitants et sont immatriculés dans des juridictions&#xa0;; les hébergements sont exploités par des fournisseurs et situés dans des juridictions. La redondance est enregistrée explicitement, sous forme de groupe d&apos;alternatives dont k sur n suffisent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A node is a single point of failure of a capability when its failure alone stops the capability. Failure follows every dependency, ownership and law included: a parent company that goes bankrupt, or a jurisdiction that cuts off service, takes everything under it along. A minimal cut set of order 2 is a pair of nodes that together stop a capability though neither does alone. When both lie under one parent company or one law, that company or law is a common cause that makes the redundancy only apparent.</source>
        <translation>Un nœud est un point de défaillance unique d&apos;une fonction métier lorsque sa seule défaillance arrête la fonction métier. La défaillance suit chaque dépendance, y compris la propriété et le droit&#xa0;: une société mère qui fait faillite, ou une juridiction qui coupe le service, entraîne tout ce qui en relève. Une coupe minimale d&apos;ordre 2 est une paire de nœuds qui arrêtent ensemble une fonction métier alors qu&apos;aucun des deux n&apos;y parvient seul. Lorsque les deux relèvent d&apos;une même société mère ou d&apos;une même loi, cette société ou cette loi est une cause commune qui rend la redondance seulement apparente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The laws of a jurisdiction reach a capability when they apply to a supplier, parent company or host it depends on (legal reach). A jurisdiction can cut a capability off when stopping everything under its law stops the capability (cut-off exposure). Jurisdictions outside the EU that are not the organisation&apos;s own are foreign.</source>
        <translation>Les lois d&apos;une juridiction atteignent une fonction métier lorsqu&apos;elles s&apos;appliquent à un fournisseur, une société mère ou un hébergement dont elle dépend (portée juridique). Une juridiction peut couper une fonction métier lorsque l&apos;arrêt de tout ce qui relève de son droit arrête la fonction métier (exposition à la coupure). Les juridictions hors de l&apos;UE qui ne sont pas celle de l&apos;organisation sont dites étrangères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock-in is scored from 0 to 100 on eleven factors, such as data portability, open standards, licence, exit clause and notice period, each with a documented weight. A factor without data counts at its worst, as in a tender; every score says how much of it rests on known facts. Concentration is measured with the Herfindahl–Hirschman index (HHI, 0 to 10,000) over parent companies, their countries and host operators, weighted by criticality or by annual cost: above %1 is moderate and above %2 high, the bands of the European Commission&apos;s merger guidelines (2004/C 31/03).</source>
        <translation>La dépendance (lock-in) est notée de 0 à 100 sur onze facteurs, tels que la portabilité des données, les standards ouverts, la licence, la clause de sortie et le préavis, chacun avec un poids documenté. Un facteur sans données compte au pire, comme dans un appel d&apos;offres&#xa0;; chaque score indique quelle part repose sur des faits connus. La concentration est mesurée par l&apos;indice de Herfindahl–Hirschman (HHI, de 0 à 10&#xa0;000) sur les sociétés mères, leurs pays et les exploitants d&apos;hébergement, avec une pondération par la criticité ou par le coût annuel&#xa0;: au-dessus de %1, elle est modérée et au-dessus de %2, élevée, selon les seuils des lignes directrices de la Commission européenne sur les concentrations (2004/C 31/03).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sovereignty profile rates each application on the eight objectives of the EU Cloud Sovereignty Framework (SOV-1 to SOV-8) at SEAL levels 0 to 4; what is unknown counts as level 0. Exit scenarios (sanctions, price shocks, faulty updates, bankruptcies) are simulated month by month with the alternatives, switching times and costs recorded in the model. Each recommendation follows from one finding by one of the documented rules of appendix A.</source>
        <translation>Le profil de souveraineté évalue chaque application sur les huit objectifs du Cloud Sovereignty Framework de l&apos;UE (SOV-1 à SOV-8) aux niveaux SEAL 0 à 4&#xa0;; ce qui est inconnu compte comme niveau 0. Les scénarios de sortie (sanctions, chocs de prix, mises à jour défectueuses, faillites) sont simulés mois par mois avec les alternatives, délais et coûts de changement enregistrés dans le modèle. Chaque recommandation découle d&apos;un constat selon l&apos;une des règles documentées à l&apos;annexe A.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference date %1; facts older than %2 months count as out of date. The full methodology, with every formula, weight and source, is in docs/methodology.md, and the rules behind the recommendations in docs/recommendations.md; both come with Antrum. The findings are only as good as the model: chapter 3.7 says how much of it is known.</source>
        <translation>Date de référence&#xa0;: %1&#xa0;; les données de plus de %2 mois sont considérées comme périmées. La méthodologie complète, avec chaque formule, chaque poids et chaque source, figure dans docs/methodology.md, et les règles qui fondent les recommandations dans docs/recommendations.md&#xa0;; tous deux sont fournis avec Antrum. Les constats ne valent que ce que vaut le modèle&#xa0;: la section 3.7 indique quelle part en est connue.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No finding in this area.</source>
        <translation>Aucun constat dans ce domaine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Further findings in this area</source>
        <translation>Autres constats dans ce domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+560"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="-540"/>
        <source>The %1 most urgent findings of this area are given above in full; the other %2 follow in short. Chapter 6 lists every recommendation.</source>
        <translation>Les %1 constats les plus urgents de ce domaine sont présentés en détail ci-dessus&#xa0;; les %2 autres suivent en bref. Le chapitre 6 liste toutes les recommandations.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Single points of failure per capability</source>
        <translation>Points de défaillance unique par fonction métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <location line="+325"/>
        <location line="+158"/>
        <source>Capability</source>
        <translation>Fonction métier</translation>
    </message>
    <message>
        <location line="-557"/>
        <location line="+74"/>
        <location line="+148"/>
        <location line="+177"/>
        <location line="+158"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="-557"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Single points of failure</source>
        <translation>Points de défaillance unique</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2 have at least one single point of failure; of the %3 vital ones, %4 do. A single point of failure may be an application, a supplier or its parent company, a host or a jurisdiction.</source>
        <translation>%1 sur %2 ont au moins un point de défaillance unique&#xa0;; parmi les %3 vitales, %4 en ont. Un point de défaillance unique peut être une application, un fournisseur ou sa société mère, un hébergement ou une juridiction.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Single points of failure ranked by what they stop (capabilities, by criticality)</source>
        <translation>Points de défaillance unique classés selon ce qu&apos;ils arrêtent (fonctions métier, par criticité)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What %1 depends on; its single points of failure are outlined in red</source>
        <translation>Ce dont dépend %1&#xa0;; ses points de défaillance unique sont entourés de rouge</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pairs that stop a capability together (minimal cut sets of order 2)</source>
        <translation>Paires qui arrêtent ensemble une fonction métier (coupes minimales d&apos;ordre 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example</source>
        <translation>Par exemple</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pairs of nodes that stop a capability together although neither does alone: %1 in all, for %2. Where both lie under one parent company, one host operator or one law, the redundancy is only apparent; the findings below name those common causes.</source>
        <translation>Paires de nœuds qui arrêtent ensemble une fonction métier alors qu&apos;aucun des deux n&apos;y parvient seul&#xa0;: %1 au total, pour %2. Lorsque les deux relèvent d&apos;une même société mère, d&apos;un même exploitant d&apos;hébergement ou d&apos;une même loi, la redondance n&apos;est qu&apos;apparente&#xa0;; les constats ci-dessous nomment ces causes communes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 pair</source>
        <translation>1 paire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pairs</source>
        <translation>%1 paires</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capabilities each jurisdiction can cut off on its own, and those its laws reach, by criticality</source>
        <translation>Fonctions métier que chaque juridiction peut couper à elle seule, et celles que ses lois atteignent, par criticité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exposure per jurisdiction</source>
        <translation>Exposition par juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+495"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="-495"/>
        <location line="+495"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Can cut off</source>
        <translation>Peut couper</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of which vital</source>
        <translation>Dont vitales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laws reach</source>
        <translation>Portée des lois</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+494"/>
        <source>Laws with reach abroad</source>
        <translation>Lois à portée extraterritoriale</translation>
    </message>
    <message>
        <location line="-459"/>
        <location line="+465"/>
        <source>home</source>
        <translation>nationale</translation>
    </message>
    <message>
        <location line="-465"/>
        <location line="+465"/>
        <source>outside the EU</source>
        <translation>hors UE</translation>
    </message>
    <message>
        <location line="-465"/>
        <location line="+465"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>No jurisdiction outside the EU can cut off a capability on its own. Legal reach is wider than cut-off: a law can demand access to data without stopping the service.</source>
        <translation>Aucune juridiction hors de l&apos;UE ne peut couper à elle seule une fonction métier. La portée juridique est plus large que la coupure&#xa0;: une loi peut exiger l&apos;accès aux données sans arrêter le service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurisdictions outside the EU that can cut off at least one capability on their own: %1. Legal reach is wider than cut-off: a law can demand access to data without stopping the service.</source>
        <translation>Juridictions hors de l&apos;UE pouvant couper à elles seules au moins une fonction métier&#xa0;: %1. La portée juridique est plus large que la coupure&#xa0;: une loi peut exiger l&apos;accès aux données sans arrêter le service.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Concentration indices</source>
        <translation>Indices de concentration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted by</source>
        <translation>Pondéré par</translation>
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
        <translation>Plus grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three largest</source>
        <translation>Trois plus grands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not attributed</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The HHI adds up the squared shares (in percent) of each parent company, country or host operator: 10,000 means everything under one, below %1 counts as low. The weight that could not be attributed for lack of facts is left out of the shares and shown apart.</source>
        <translation>Le HHI additionne les carrés des parts (en pourcentage) de chaque société mère, pays ou exploitant d&apos;hébergement&#xa0;: 10&#xa0;000 signifie que tout relève d&apos;un seul, en dessous de %1 il est jugé faible. Le poids qui n&apos;a pas pu être attribué faute de données est exclu des parts et indiqué à part.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shares by %1, weighted by criticality (percent)</source>
        <translation>Parts par %1, pondérées par la criticité (pourcentage)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock-in per capability by factor (0–100; grey: unknown, counted at its worst)</source>
        <translation>Lock-in par fonction métier et par facteur (0–100&#xa0;; gris&#xa0;: inconnu, compté au pire)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications by lock-in</source>
        <translation>Applications par lock-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+293"/>
        <source>Application</source>
        <translation>Application</translation>
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
        <translation>Au mieux</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+63"/>
        <source>Known</source>
        <translation>Connu</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Weighs most</source>
        <translation>Pèse le plus</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nothing known</source>
        <translation>rien de connu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 points)</source>
        <translation>%1 (%2 points)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 in use score %3 or more (high lock-in). A score counts unknown factors at their worst; “at best” counts them at their best, and the distance between the two is what better data would settle.</source>
        <translation>%1 sur %2 utilisées obtiennent %3 ou plus (lock-in élevé). Un score compte les facteurs inconnus au pire&#xa0;; «&#xa0;au mieux&#xa0;» les compte au mieux, et l&apos;écart entre les deux est ce que de meilleures données permettraient de trancher.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sovereignty profile per application (SEAL level 0–4 per objective; ? unknown)</source>
        <translation>Profil de souveraineté par application (niveau SEAL 0–4 par objectif&#xa0;;&#xa0;? inconnu)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 in use score below %3 of 100. The objectives: %4.</source>
        <translation>%1 sur %2 utilisées obtiennent moins de %3 sur 100. Les objectifs&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Of what the scores need, %1 is known for lock-in, %2 for the sovereignty profile and %3 for concentration (weighted by criticality). The gaps below matter most, because the scores they feed belong to the most critical capabilities.</source>
        <translation>Des données nécessaires aux scores, %1 sont connues pour le lock-in, %2 pour le profil de souveraineté et %3 pour la concentration (pondération par la criticité). Les lacunes ci-dessous comptent le plus, car les scores qu&apos;elles alimentent concernent les fonctions métier les plus critiques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The most important gaps in the data</source>
        <translation>Les lacunes les plus importantes dans les données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fact</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feeds</source>
        <translation>Alimente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of date</source>
        <translation>périmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doubtful</source>
        <translation>douteuse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The findings are grouped by area. Each says what it concerns and how severe it is (5: it can stop a vital capability). Where a chain of dependencies explains it, the chain is shown. The recommendations derived from a finding follow it.</source>
        <translation>Les constats sont regroupés par domaine. Chacun indique ce qu&apos;il concerne et sa gravité (5&#xa0;: il peut arrêter une fonction métier vitale). Lorsqu&apos;une chaîne de dépendances l&apos;explique, cette chaîne est montrée. Les recommandations issues d&apos;un constat le suivent.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exit scenarios</source>
        <translation>Scénarios de sortie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model holds no exit scenarios. Antrum&apos;s library (sanctions, price shock, faulty update, bankruptcy, ransomware, cloud-region outage) adds them in a few clicks.</source>
        <translation>Le modèle ne contient aucun scénario de sortie. La bibliothèque d&apos;Antrum (sanctions, choc de prix, mise à jour défectueuse, faillite, rançongiciel, panne d&apos;une région cloud) les ajoute en quelques clics.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each scenario is simulated month by month: what fails, which capabilities go down, whether the recorded alternatives bring them back within their maximum tolerable downtime, and what it costs.</source>
        <translation>Chaque scénario est simulé mois par mois&#xa0;: ce qui tombe, quelles fonctions métier s&apos;arrêtent, si les alternatives enregistrées les rétablissent dans leur durée maximale d&apos;interruption admissible, et ce que cela coûte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capabilities that go down in “%1”</source>
        <translation>Fonctions métier qui tombent dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down from month</source>
        <translation>Arrêt au mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back in month</source>
        <translation>Retour au mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down for</source>
        <translation>Durée d&apos;arrêt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tolerable</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Way back</source>
        <translation>Voie de retour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not within %1</source>
        <translation>pas dans les %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated over %1. Capabilities that go down: %2, of which %3 beyond their tolerable downtime and %4 without a way back. Cost over the period: %5, including %6 of one-off switching costs, against %7 without the scenario.</source>
        <translation>Simulé sur %1. Fonctions métier qui tombent&#xa0;: %2, dont %3 au-delà de leur durée d&apos;interruption admissible et %4 sans retour possible. Coût sur la période&#xa0;: %5, dont %6 de coûts de changement ponctuels, contre %7 sans le scénario.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Other scenario findings</source>
        <translation>Autres constats des scénarios</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Procurement options</source>
        <translation>Options d&apos;achat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model describes no procurement options. An option is a set of changes (an application replaced, a supplier added); Antrum analyses each as a variant of today&apos;s landscape and sets them side by side.</source>
        <translation>Le modèle ne décrit aucune option d&apos;achat. Une option est un ensemble de modifications (une application remplacée, un fournisseur ajouté)&#xa0;; Antrum analyse chacune comme une variante du paysage actuel et les compare côte à côte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each option is analysed as a variant of today&apos;s landscape with the same methods and settings. ▲ marks a figure that gets better than today, ▼ one that gets worse.</source>
        <translation>Chaque option est analysée comme une variante du paysage actuel, avec les mêmes méthodes et paramètres. ▲ signale un indicateur qui s&apos;améliore par rapport à aujourd&apos;hui, ▼ un indicateur qui se dégrade.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Today and the options compared</source>
        <translation>La situation actuelle et les options comparées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every recommendation follows from one finding by a documented rule (appendix A). Priority 1: act now (a vital capability at stake, or a deadline within six months); priority 2: plan it; priority 3: consider it. Chapter 3 gives each one in full under its finding.</source>
        <translation>Chaque recommandation découle d&apos;un constat selon une règle documentée (annexe A). Priorité 1&#xa0;: agir maintenant (une fonction métier vitale en jeu, ou une échéance dans les six mois)&#xa0;; priorité 2&#xa0;: planifier&#xa0;; priorité 3&#xa0;: envisager. Le chapitre 3 présente chacune en détail sous son constat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The findings call for no recommendation.</source>
        <translation>Les constats n&apos;appellent aucune recommandation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All recommendations by priority</source>
        <translation>Toutes les recommandations par priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Because of</source>
        <translation>En raison de</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+101"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Capabilities</source>
        <translation>Fonctions métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerable downtime</source>
        <translation>Interruption admissible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Nécessite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Hosted on</source>
        <translation>Hébergée sur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annual cost</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock-in</source>
        <translation>Lock-in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (alternative)</source>
        <translation>%1 (alternative)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent company</source>
        <translation>Société mère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ultimately owned by</source>
        <translation>Propriétaire ultime</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hosts</source>
        <translation>Hébergements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operated by</source>
        <translation>Exploité par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Located in</source>
        <translation>Situé dans</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jurisdictions</source>
        <translation>Juridictions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Appendix</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A. The rules behind the recommendations</source>
        <translation>A. Les règles qui fondent les recommandations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules R1–R11</source>
        <translation>Règles R1–R11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommends</source>
        <translation>Recommande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>B. The inventory</source>
        <translation>B. L&apos;inventaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the model holds, by kind and name.</source>
        <translation>Tout ce que contient le modèle, par type et par nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C. About this report</source>
        <translation>C. À propos de ce rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at least SEAL-%2</source>
        <translation>%1 au moins SEAL-%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: “%1”, %2</source>
        <translation>Modèle&#xa0;: «&#xa0;%1&#xa0;», %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 node</source>
        <translation>1 nœud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 nodes</source>
        <translation>%1 nœuds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 edge</source>
        <translation>1 lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 edges</source>
        <translation>%1 liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference date: %1</source>
        <translation>Date de référence&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut sets computed up to order %1</source>
        <translation>Coupes calculées jusqu&apos;à l&apos;ordre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHI bands: moderate above %1, high above %2</source>
        <translation>Seuils HHI&#xa0;: modéré au-dessus de %1, élevé au-dessus de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SEAL gates set</source>
        <translation>Aucun seuil SEAL défini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEAL gates: %1</source>
        <translation>Seuils SEAL&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 finding</source>
        <translation>1 constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 findings</source>
        <translation>%1 constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 recommendation</source>
        <translation>1 recommandation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 recommendations</source>
        <translation>%1 recommandations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This report describes the model, not the world: where the model is silent or out of date, so is the report. It holds the organisation&apos;s map of its own weak points; share it accordingly.</source>
        <translation>Ce rapport décrit le modèle, non la réalité&#xa0;: là où le modèle est muet ou périmé, le rapport l&apos;est aussi. Il contient la cartographie des points faibles de l&apos;organisation&#xa0;; il convient donc de le diffuser avec discernement.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../core/reportwords.cpp" line="+14"/>
        <source>€ %1</source>
        <translation>%1&#xa0;€</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
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
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 capability</source>
        <translation>1 fonction métier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 capabilities</source>
        <translation>%1 fonctions métier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 application</source>
        <translation>1 application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 applications</source>
        <translation>%1 applications</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/reportwriter.cpp" line="+1077"/>
        <location line="+159"/>
        <location line="+3"/>
        <source>Writing the report was cancelled.</source>
        <translation>La rédaction du rapport a été annulée.</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+133"/>
        <location line="+30"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le PDF n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: a page could not be added.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: une page n&apos;a pas pu être ajoutée.</translation>
    </message>
</context>
<context>
    <name>ScenarioOutput</name>
    <message>
        <location filename="../core/scenariooutput.cpp" line="+29"/>
        <source>%1 fails</source>
        <translation>%1 tombe en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 becomes %2 times as expensive</source>
        <translation>le prix de %1 est multiplié par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is acquired by %2</source>
        <translation>%1 est racheté par %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fastest</source>
        <translation>la plus rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cheapest</source>
        <translation>la moins chère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most sovereign</source>
        <translation>la plus souveraine</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 → %2 (%3, %4)</source>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time unknown</source>
        <translation>durée inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Scenario %1 (%2): %3 months, ways back ranked %4

</source>
        <translation>Scénario %1 (%2)&#xa0;: %3 mois, voies de retour classées avec %4 en tête

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline
</source>
        <translation>Chronologie
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  month %1
</source>
        <translation>  mois %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    %1 nodes fail
</source>
        <translation>    %1 nœuds tombent
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    down: %1
</source>
        <translation>    à l&apos;arrêt&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    switch begins: %1
</source>
        <translation>    début du changement&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    back: %1
</source>
        <translation>    retour&#xa0;: %1
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
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXCEEDED</source>
        <translation>DÉPASSÉE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within</source>
        <translation>respectée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NO WAY BACK: %1</source>
        <translation>AUCUN RETOUR&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No capability goes down.
</source>
        <translation>Aucune fonction métier ne tombe.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities that go down, and the way back
</source>
        <translation>Fonctions métier qui tombent, et voie de retour
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Fonction métier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>MTD</source>
        <translation>DMIA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MTD kept</source>
        <translation>DMIA respectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Way back</source>
        <translation>Voie de retour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept up by redundancy
</source>
        <translation>Maintenues par la redondance
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 (month %2) lost %3
</source>
        <translation>  %1 (mois %2) a perdu %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost over %1 months: %2 without the scenario, %3 with it (%4 more; switching %5).
</source>
        <translation>Coût sur %1 mois&#xa0;: %2 sans le scénario, %3 avec (%4 de plus&#xa0;; changement %5).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 applications have no annual cost on record and are not counted.
</source>
        <translation>%1 applications n&apos;ont pas de coût annuel enregistré et ne sont pas comptées.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (switch time, switch cost or the alternative&apos;s annual cost missing)</source>
        <translation>inconnu (durée de changement, coût de changement ou coût annuel de l&apos;alternative manquant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switching saves %1</source>
        <translation>changer économise %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staying is %1 cheaper</source>
        <translation>rester coûte %1 de moins</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ways out of the price rise (switching from the month the price rises, to the end of the horizon)
</source>
        <translation>Sorties possibles face à la hausse de prix (changement à partir du mois de la hausse, jusqu&apos;à la fin de l&apos;horizon)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staying</source>
        <translation>Rester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal reach after the acquisitions
</source>
        <translation>Portée juridique après les rachats
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2%3
</source>
        <translation>  %1&#xa0;: %2%3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comes into reach of %1</source>
        <translation>entre dans la portée de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaves the reach of %1</source>
        <translation>sort de la portée de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty after the acquisitions
</source>
        <translation>Souveraineté après les rachats
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: score %2 → %3, weakest SEAL %4 → %5
</source>
        <translation>  %1&#xa0;: score %2 → %3, SEAL le plus faible %4 → %5
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Concentration after the acquisitions
</source>
        <translation>Concentration après les rachats
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ultimate parent</source>
        <translation>société mère ultime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jurisdiction of the parent</source>
        <translation>juridiction de la société mère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host operator</source>
        <translation>exploitant de l&apos;hébergement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criticality</source>
        <translation>criticité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annual cost</source>
        <translation>coût annuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  HHI by %1, weighted by %2: %3 → %4
</source>
        <translation>  HHI par %1, pondéré par %2&#xa0;: %3 → %4
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1
</source>
        <translation>Remarque&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>ScenarioTemplates</name>
    <message>
        <location filename="../core/scenariotemplate.cpp" line="+35"/>
        <source>jurisdiction</source>
        <translation>juridiction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application</source>
        <translation>application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host</source>
        <translation>hébergement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capability</source>
        <translation>fonction métier</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the foreign jurisdiction whose laws reach the most capabilities (%1)</source>
        <translation>la juridiction étrangère dont les lois atteignent le plus de fonctions métier (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the supplier group controlled from outside the EU with the most applications (%1)</source>
        <translation>le groupe de fournisseurs contrôlé depuis l&apos;extérieur de l&apos;UE ayant le plus d&apos;applications (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supplier group with the most applications (%1)</source>
        <translation>le groupe de fournisseurs ayant le plus d&apos;applications (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the application the most capabilities need (%1)</source>
        <translation>l&apos;application dont le plus de fonctions métier ont besoin (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the host the most applications run on (%1)</source>
        <translation>l&apos;hébergement sur lequel tournent le plus d&apos;applications (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>pas un objet JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>format must be &quot;antrum-scenario-template&quot;</source>
        <translation>format doit valoir &quot;antrum-scenario-template&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version must be 1</source>
        <translation>version doit valoir 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id is missing</source>
        <translation>id manquant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name needs at least an &quot;en&quot; text</source>
        <translation>name doit contenir au moins un texte &quot;en&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a parameter has no name, or a name used twice</source>
        <translation>un paramètre n&apos;a pas de nom, ou a un nom utilisé deux fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameter %1: a number needs a number as default</source>
        <translation>paramètre %1&#xa0;: un nombre doit avoir un nombre comme valeur par défaut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parameter %1: &quot;%2&quot; is not a chooser for a %3</source>
        <translation>paramètre %1&#xa0;: &quot;%2&quot; n&apos;est pas un sélecteur pour le type %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter %1: unknown kind &quot;%2&quot;</source>
        <translation>paramètre %1&#xa0;: type inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>events are missing</source>
        <translation>events manquant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>type d&apos;événement inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;with&quot; must be &quot;subsidiaries&quot; or &quot;subcontractors&quot;</source>
        <translation>&quot;with&quot; doit valoir &quot;subsidiaries&quot; ou &quot;subcontractors&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the template has no parameter &quot;%1&quot;</source>
        <translation>le gabarit n&apos;a pas de paramètre &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a number above 0, not &quot;%2&quot;</source>
        <translation>%1 doit être un nombre supérieur à 0, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no node &quot;%2&quot; in the model</source>
        <translation>%1&#xa0;: aucun nœud &quot;%2&quot; dans le modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is of kind %3, not %4</source>
        <translation>%1&#xa0;: &quot;%2&quot; est de type %3, et non %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2 (given)</source>
        <translation>%1 = %2 (indiqué)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = %2 (the template&apos;s default)</source>
        <translation>%1 = %2 (valeur par défaut du gabarit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the model has no %2 to choose (%3); give one with %1=ID</source>
        <translation>%1&#xa0;: le modèle n&apos;a aucun nœud de type %2 à choisir (%3)&#xa0;; indiquez-en un avec %1=ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2 (chosen: %3)</source>
        <translation>%1 = %2 (choisi&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an event&apos;s month must be a number of 0 or more</source>
        <translation>le mois d&apos;un événement doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a price event needs a factor above 0</source>
        <translation>un événement de prix nécessite un facteur supérieur à 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an acquisition needs a supplier of the model as the buyer, not &quot;%1&quot;</source>
        <translation>un rachat nécessite comme acheteur un fournisseur du modèle, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a price event needs a supplier, not &quot;%1&quot;</source>
        <translation>un événement de prix nécessite un fournisseur, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an acquisition needs a supplier to be bought, not &quot;%1&quot;</source>
        <translation>un rachat nécessite un fournisseur à racheter, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an event names &quot;%1&quot;, which is not in the model</source>
        <translation>un événement cite &quot;%1&quot;, qui n&apos;est pas dans le modèle</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../core/scenariosimulation.cpp" line="+139"/>
        <source>an event names a node that is not in the model (%1) and is left out</source>
        <translation>un événement cite un nœud absent du modèle (%1) et est ignoré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a price event on %1 has no factor above 0 and is left out</source>
        <translation>un événement de prix sur %1 n&apos;a pas de facteur supérieur à 0 et est ignoré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an event on %1 before month 0 is taken as month 0</source>
        <translation>un événement sur %1 antérieur au mois 0 est placé au mois 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>event at month %1 is beyond the horizon of %2 months and is left out</source>
        <translation>l&apos;événement du mois %1 se situe au-delà de l&apos;horizon de %2 mois et est ignoré</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>every failed application it needs has an alternative, but switching does not bring it back: it depends on a failed node that no application switch replaces</source>
        <translation>chaque application défaillante dont elle a besoin a une alternative, mais changer ne la rétablit pas&#xa0;: elle dépend d&apos;un nœud défaillant qu&apos;aucun changement d&apos;application ne remplace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable alternative for %1 (none recorded, or every one is hit too)</source>
        <translation>aucune alternative utilisable pour %1 (aucune enregistrée, ou toutes sont également touchées)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a switch has no known duration (switch_months missing): the recovery month is unknown</source>
        <translation>un changement n&apos;a pas de durée connue (switch_months manquant)&#xa0;: le mois du rétablissement est inconnu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the switch ends after the horizon, in month %1</source>
        <translation>le changement se termine après l&apos;horizon, au mois %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 has no annual_cost: its running cost after the switch is not counted</source>
        <translation>%1 n&apos;a pas d&apos;annual_cost&#xa0;: son coût de fonctionnement après le changement n&apos;est pas compté</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 cannot acquire %2: it is owned by it</source>
        <translation>%1 ne peut pas racheter %2&#xa0;: il en est une filiale.</translation>
    </message>
</context>
<context>
    <name>antrum::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="+67"/>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG picture or an SVG drawing (Ctrl+E)</source>
        <translation>Enregistrer ce graphique en image PNG ou en dessin SVG (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2 (click to select)</source>
        <translation>%1&#xa0;: %2 (cliquez pour sélectionner)</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+24"/>
        <source>There is no chart to export.</source>
        <translation>Il n&apos;y a aucun graphique à exporter.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+16"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Chart exported from Antrum</source>
        <translation>Graphique exporté depuis Antrum</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>antrum::ComparisonTableModel</name>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="+182"/>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 pts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model totals</source>
        <translation>Totaux du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Fonctions métier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurisdictions: capabilities each can cut off on its own</source>
        <translation>Juridictions&#xa0;: fonctions métier que chacune peut couper à elle seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored scenarios</source>
        <translation>Scénarios enregistrés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Baseline</source>
        <translation>Situation de référence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <comment>option letter: option name</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the baseline</source>
        <translation>la situation de référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>option %1</source>
        <translation>option %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The scenario names a node that this option removes, so it cannot be simulated here.</source>
        <translation>Le scénario cite un nœud que cette option supprime&#xa0;; il ne peut donc pas être simulé ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The capability needs no application, so it has no lock-in score.</source>
        <translation>La fonction métier n&apos;a besoin d&apos;aucune application&#xa0;; elle n&apos;a donc pas de score de lock-in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the baseline: the options add it.</source>
        <translation>Absent de la situation de référence&#xa0;: les options l&apos;ajoutent.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in this variant: the option removes it.</source>
        <translation>Absent de cette variante&#xa0;: l&apos;option le supprime.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to measure in this column (no application in use, or no weight to attribute).</source>
        <translation>Rien à mesurer dans cette colonne (aucune application utilisée, ou aucun poids à attribuer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2: not applicable.
%3</source>
        <translation>%1 dans %2&#xa0;: sans objet.
%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2: %3.</source>
        <translation>%1 dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Higher is better.</source>
        <translation>Une valeur plus élevée est meilleure.</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+100"/>
        <source>Lower is better.</source>
        <translation>Une valeur plus basse est meilleure.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The baseline has no value to compare with.</source>
        <translation>La situation de référence n&apos;a pas de valeur de comparaison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: %1.</source>
        <translation>Situation de référence&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1: better than the baseline (%2)</source>
        <translation>Variation %1&#xa0;: mieux que la situation de référence (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1: worse than the baseline (%2)</source>
        <translation>Variation %1&#xa0;: moins bien que la situation de référence (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same as the baseline.</source>
        <translation>Identique à la situation de référence.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Scenario %1: click to select the nodes it names</source>
        <translation>Scénario %1&#xa0;: cliquez pour sélectionner les nœuds qu&apos;il cite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability %1: click to select it</source>
        <translation>Fonction métier %1&#xa0;: cliquez pour la sélectionner</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>, better</source>
        <translation>, mieux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, worse</source>
        <translation>, moins bien</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model as it is: %1 (%2 nodes, %3 edges)</source>
        <translation>Le modèle tel quel&#xa0;: %1 (%2 nœuds, %3 liens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option %1 (%2; %3 nodes, %4 edges)</source>
        <translation>Option %1 (%2&#xa0;; %3 nœuds, %4 liens)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenarios that cannot run on it: %1</source>
        <translation>Scénarios qui ne peuvent pas y être simulés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>antrum::ComparisonView</name>
    <message>
        <location filename="../ui/comparisonview.cpp" line="+68"/>
        <source>&lt;b&gt;Options to compare with the baseline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Options à comparer à la situation de référence&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the options to compare; expand one to see what it changes.</source>
        <translation>Cochez les options à comparer&#xa0;; développez-en une pour voir ce qu&apos;elle change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse the baseline and every ticked option alike, and set them side by side</source>
        <translation>Analyser de la même manière la situation de référence et chaque option cochée, et les placer côte à côte</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All sections</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;only differences</source>
        <translation>Afficher &amp;uniquement les différences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the rows in which every option equals the baseline</source>
        <translation>Masquer les lignes où chaque option est égale à la situation de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ rose  ▼ fell  ✓ better  ✗ worse than the baseline</source>
        <translation>▲ en hausse  ▼ en baisse  ✓ mieux  ✗ moins bien que la situation de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a change is better depends on the figure: fewer single points of failure is better, a higher sovereignty score is better. The tint repeats the ✓ and ✗.</source>
        <translation>Qu&apos;une variation soit favorable dépend de l&apos;indicateur&#xa0;: moins de points de défaillance unique, c&apos;est mieux&#xa0;; un score de souveraineté plus élevé, c&apos;est mieux. La teinte reprend les ✓ et ✗.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Key figures</source>
        <translation>C&amp;hiffres clés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sovereignty &amp;profile</source>
        <translation>&amp;Profil de souveraineté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option, capability, figure</source>
        <translation>Option, fonction métier, indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+337"/>
        <source>Baseline</source>
        <translation>Situation de référence</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Differences</source>
        <translation>&amp;Différences</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No model is open.</source>
        <translation>Aucun modèle n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This model has no procurement options to compare.
Options are change sets stored in the model (“options” in the model file): nodes and edges an option removes or adds.</source>
        <translation>Ce modèle n&apos;a aucune option d&apos;achat à comparer.
Les options sont des ensembles de modifications enregistrés dans le modèle («&#xa0;options&#xa0;» dans le fichier du modèle)&#xa0;: des nœuds et des liens qu&apos;une option supprime ou ajoute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick one or more options on the left and press Compare to set them beside the baseline.</source>
        <translation>Cochez une ou plusieurs options à gauche et cliquez sur Comparer pour les placer à côté de la situation de référence.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>removes %1</source>
        <translation>supprime %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>adds %1</source>
        <translation>ajoute %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>removes %n edge(s)</source>
        <translation>
            <numerusform>supprime %n lien</numerusform>
            <numerusform>supprime %n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>adds %n edge(s)</source>
        <translation>
            <numerusform>ajoute %n lien</numerusform>
            <numerusform>ajoute %n liens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes nothing</source>
        <translation>ne change rien</translation>
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
        <translation>Cochez au moins une option à comparer.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Comparing %n option(s) with the baseline…</source>
        <translation>
            <numerusform>Comparaison de %n option avec la situation de référence…</numerusform>
            <numerusform>Comparaison de %n options avec la situation de référence…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The comparison failed.</source>
        <translation>La comparaison a échoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The options could not be compared:</source>
        <translation>Les options n&apos;ont pas pu être comparées&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the option in the model (an option must give a valid model), then compare again.</source>
        <translation>Corrigez l&apos;option dans le modèle (une option doit donner un modèle valide), puis relancez la comparaison.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Compared %n option(s) with the baseline.</source>
        <translation>
            <numerusform>%n option comparée à la situation de référence.</numerusform>
            <numerusform>%n options comparées à la situation de référence.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The model has no stored scenarios.</source>
        <translation>Le modèle n&apos;a aucun scénario enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to compare.</source>
        <translation>Rien à comparer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+114"/>
        <location line="+128"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thousand € over the scenario horizon</source>
        <translation>milliers d&apos;€ sur l&apos;horizon du scénario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thousand € per year</source>
        <translation>milliers d&apos;€ par an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>score (0–100)</source>
        <translation>score (0–100)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HHI (0–10,000; above 2,000 is high)</source>
        <translation>HHI (0–10&#xa0;000&#xa0;; élevé au-dessus de 2&#xa0;000)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lower is better.</source>
        <translation>Une valeur plus basse est meilleure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Higher is better.</source>
        <translation>Une valeur plus élevée est meilleure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: higher is better; the rest: lower.</source>
        <translation>%1&#xa0;: une valeur plus élevée est meilleure&#xa0;; le reste&#xa0;: plus basse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Applications in use. </source>
        <translation>Applications utilisées. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bar where not applicable: %1.</source>
        <translation>Pas de barre lorsque sans objet&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2: </source>
        <translation>%1 — %2&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better ✓</source>
        <translation>mieux ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worse ✗</source>
        <translation>moins bien ✗</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Click to select %n node(s)</source>
        <translation>
            <numerusform>Cliquez pour sélectionner %n nœud</numerusform>
            <numerusform>Cliquez pour sélectionner %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No sovereignty profile to show.</source>
        <translation>Aucun profil de souveraineté à afficher.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>% of the criticality weight</source>
        <translation>% du poids de criticité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean SEAL level (0–4)</source>
        <translation>niveau SEAL moyen (0–4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sovereignty profile: weight whose SEAL level is unknown</source>
        <translation>Profil de souveraineté&#xa0;: poids dont le niveau SEAL est inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hatched: unknown. Applications weighed by criticality; assess them (seal.SOV-n) to fill the gaps.</source>
        <translation>Hachuré&#xa0;: inconnu. Applications pondérées par la criticité&#xa0;; évaluez-les (seal.SOV-n) pour combler les lacunes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sovereignty profile of the landscape: mean SEAL level per objective</source>
        <translation>Profil de souveraineté du paysage&#xa0;: niveau SEAL moyen par objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher is better. Criticality-weighted over the applications in use whose level is known.</source>
        <translation>Une valeur plus élevée est meilleure. Pondéré par la criticité sur les applications utilisées dont le niveau est connu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bar: unknown for every application (%1).</source>
        <translation>Pas de barre&#xa0;: inconnu pour toutes les applications (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean SEAL level of the known part: %1</source>
        <translation>Niveau SEAL moyen de la partie connue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean SEAL level: unknown (no application&apos;s level is known)</source>
        <translation>Niveau SEAL moyen&#xa0;: inconnu (le niveau d&apos;aucune application n&apos;est connu)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unknown: %1 % of the weight (%n application(s))</source>
        <translation>
            <numerusform>Inconnu&#xa0;: %1&#xa0;% du poids (%n application)</numerusform>
            <numerusform>Inconnu&#xa0;: %1&#xa0;% du poids (%n applications)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Click to select the %n application(s)</source>
        <translation>
            <numerusform>Cliquez pour sélectionner %n application</numerusform>
            <numerusform>Cliquez pour sélectionner les %n applications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Click to select %1</source>
        <translation>Cliquez pour sélectionner %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> ✓ better</source>
        <translation> ✓ mieux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ✗ worse</source>
        <translation> ✗ moins bien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in this option</source>
        <translation>absent de cette option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new in this option</source>
        <translation>nouveau dans cette option</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 — %n figure(s) better</source>
        <translation>
            <numerusform>%1 — %n indicateur meilleur</numerusform>
            <numerusform>%1 — %n indicateurs meilleurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n worse</source>
        <translation>
            <numerusform>, %n moins bon</numerusform>
            <numerusform>, %n moins bons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, in %n capability(ies)</source>
        <translation>
            <numerusform>, dans %n fonction métier</numerusform>
            <numerusform>, dans %n fonctions métier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No capability figure changes.</source>
        <translation>Aucun indicateur de fonction métier ne change.</translation>
    </message>
</context>
<context>
    <name>antrum::CsvImportWizard</name>
    <message>
        <location filename="../ui/csvimportwizard.cpp" line="+58"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Import a spreadsheet</source>
        <translation>Importer une feuille de calcul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load column mapping…</source>
        <translation>&amp;Charger une correspondance des colonnes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve column mapping…</source>
        <translation>&amp;Enregistrer la correspondance des colonnes…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Spreadsheet</source>
        <translation>Feuille de calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the spreadsheet, saved as CSV, with one row per application, supplier or other node. A second sheet may list relations, one per row.</source>
        <translation>Choisissez la feuille de calcul, enregistrée au format CSV, avec une ligne par application, fournisseur ou autre nœud. Une seconde feuille peut lister des relations, une par ligne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the spreadsheet</source>
        <translation>Ouvrir la feuille de calcul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the relations sheet</source>
        <translation>Ouvrir la feuille des relations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Nodes sheet:</source>
        <translation>&amp;Feuille des nœuds&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relations sheet (optional):</source>
        <translation>Feuille des &amp;relations (facultative)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Separator:</source>
        <translation>Sép&amp;arateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns are guessed from the headers; you can correct them on the next page, or load a column mapping saved before.</source>
        <translation>Les colonnes sont devinées d&apos;après les en-têtes&#xa0;; vous pouvez les corriger à la page suivante, ou charger une correspondance des colonnes enregistrée auparavant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preview of the spreadsheet</source>
        <translation>Aperçu de la feuille de calcul</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what each column means. A column can give the node&apos;s id, name or kind, become an attribute, or name another node the row is linked to, such as its supplier or host.</source>
        <translation>Indiquez ce que signifie chaque colonne. Une colonne peut donner l&apos;id, le nom ou le type du nœud, devenir un attribut, ou nommer un autre nœud auquel la ligne est liée, comme son fournisseur ou son hébergement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns of the spreadsheet</source>
        <translation>Colonnes de la feuille de calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use as</source>
        <translation>Utiliser comme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute key</source>
        <translation>Clé d&apos;attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type de valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other node is a</source>
        <translation>Type de l&apos;autre nœud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+56"/>
        <source>None: every row must have a kind</source>
        <translation>Aucun&#xa0;: chaque ligne doit avoir un type</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Columns set to “ignore” become attributes, keyed by their header</source>
        <translation>Les colonnes réglées sur «&#xa0;Ignorer&#xa0;» deviennent des attributs, avec leur en-tête comme clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values of the kind column</source>
        <translation>Valeurs de la colonne de type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in the kind column</source>
        <translation>Valeur dans la colonne de type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of node</source>
        <translation>Type de nœud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model &amp;name:</source>
        <translation>&amp;Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows &amp;without a kind are:</source>
        <translation>Les &amp;lignes sans type sont&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row of the relations sheet links two nodes, named by id or name: the first depends on the second.</source>
        <translation>Chaque ligne de la feuille des relations lie deux nœuds, désignés par id ou par nom&#xa0;: le premier dépend du second.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;From (depends):</source>
        <translation>&amp;De (dépend)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (depended on):</source>
        <translation>&amp;Vers (dont il dépend)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of relation:</source>
        <translation>Type de &amp;relation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows without a kind &amp;are:</source>
        <translation>Les lignes sans type so&amp;nt&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy &amp;group:</source>
        <translation>&amp;Groupe de redondance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months to &amp;switch:</source>
        <translation>&amp;Mois pour changer&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost to switch:</source>
        <translation>Coût pour c&amp;hanger&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the relations sheet</source>
        <translation>Aperçu de la feuille des relations</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check and import</source>
        <translation>Vérifier et importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked. Nothing is imported while a row has an error, unless you choose to skip the rows named below.</source>
        <translation>Chaque ligne est vérifiée. Rien n&apos;est importé tant qu&apos;une ligne contient une erreur, sauf si vous choisissez d&apos;ignorer les lignes indiquées ci-dessous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nodes that will be created</source>
        <translation>Nœuds qui seront créés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes made for names no row defines</source>
        <translation>Nœuds créés pour des noms qu&apos;aucune ligne ne définit</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a file.</source>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+507"/>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-505"/>
        <source>“%1” is larger than %2 MiB; not a spreadsheet Antrum reads.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mio&#xa0;; ce n&apos;est pas une feuille de calcul qu&apos;Antrum sait lire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” has no header row.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 columns, %3 rows, separated by “%4”.</source>
        <translation>%1&#xa0;: %2 colonnes, %3 lignes, séparées par «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criticality (1-5)</source>
        <translation>Criticité (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum downtime (hours)</source>
        <translation>Interruption maximale (heures)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure probability</source>
        <translation>Probabilité de défaillance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redundancy groups</source>
        <translation>Groupes de redondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to another node</source>
        <translation>Lien vers un autre nœud</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The row depends on it</source>
        <translation>La ligne en dépend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It depends on the row</source>
        <translation>Il dépend de la ligne</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Use of column %1</source>
        <translation>Utilisation de la colonne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute key of column %1</source>
        <translation>Clé d&apos;attribut de la colonne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of column %1</source>
        <translation>Type de valeur de la colonne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of column %1</source>
        <translation>Lien de la colonne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of the node column %1 names</source>
        <translation>Type du nœud que nomme la colonne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction of the link of column %1</source>
        <translation>Sens du lien de la colonne %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No column gives the kind: every row is of the kind chosen above.</source>
        <translation>Aucune colonne ne donne le type&#xa0;: chaque ligne est du type choisi ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of column “%1” and the kind of node each stands for:</source>
        <translation>Les valeurs de la colonne «&#xa0;%1&#xa0;» et le type de nœud que chacune représente&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recognised: the row is an error</source>
        <translation>Non reconnu&#xa0;: la ligne est en erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of node for “%1”</source>
        <translation>Type de nœud pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>No problems: every row is valid.</source>
        <translation>Aucun problème&#xa0;: toutes les lignes sont valides.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source>rows %1 of %2</source>
        <translation>lignes %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip the rows with errors (%1) and import the rest</source>
        <translation>&amp;Ignorer les lignes en erreur (%1) et importer le reste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to import %1 nodes and %2 edges.</source>
        <translation>Prêt à importer %1 nœuds et %2 liens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows with errors are left out.</source>
        <translation>%1 lignes en erreur sont écartées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows have errors, listed below with their row and column. Correct the spreadsheet or the columns, or skip these rows.</source>
        <translation>%1 lignes contiennent des erreurs, listées ci-dessous avec leur ligne et leur colonne. Corrigez la feuille de calcul ou les colonnes, ou ignorez ces lignes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be imported: see the problems below.</source>
        <translation>Rien ne peut être importé&#xa0;: voir les problèmes ci-dessous.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Column mapping “%1” loaded.</source>
        <translation>Correspondance des colonnes «&#xa0;%1&#xa0;» chargée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mapping “%1” loaded; these columns are not in the spreadsheet and are left out: %2</source>
        <translation>Correspondance des colonnes «&#xa0;%1&#xa0;» chargée&#xa0;; ces colonnes ne figurent pas dans la feuille de calcul et sont écartées&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load a column mapping</source>
        <translation>Charger une correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Correspondances des colonnes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot load the column mapping</source>
        <translation>Impossible de charger la correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a column mapping Antrum can use.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une correspondance des colonnes utilisable par Antrum.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances des colonnes (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column mapping saved to “%1”; load it next time, or give it to antrum-cli import --mapping.</source>
        <translation>Correspondance des colonnes enregistrée dans «&#xa0;%1&#xa0;»&#xa0;; chargez-la la prochaine fois, ou passez-la à antrum-cli import --mapping.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the column mapping</source>
        <translation>Impossible d&apos;enregistrer la correspondance des colonnes</translation>
    </message>
</context>
<context>
    <name>antrum::Dashboard</name>
    <message>
        <location filename="../ui/dashboard.cpp" line="+79"/>
        <source>Close the list</source>
        <translation>Fermer la liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nodes behind the key figure</source>
        <translation>Nœuds derrière le chiffre clé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;all in the browser</source>
        <translation>Tout sélectionner dans le &amp;navigateur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a model to see its analyses.</source>
        <translation>Ouvrez un modèle pour voir ses analyses.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Exposure</source>
        <translation>&amp;Exposition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ultimate parent</source>
        <translation>Société mère ultime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction of the parent</source>
        <translation>Juridiction de la société mère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host operator</source>
        <translation>Exploitant de l&apos;hébergement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual cost</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;By:</source>
        <translation>Pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weighted by:</source>
        <translation>Pon&amp;déré par&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Concentration</source>
        <translation>&amp;Concentration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock-in</source>
        <translation>&amp;Lock-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single &amp;points of failure</source>
        <translation>&amp;Points de défaillance unique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier groups</source>
        <translation>Groupes de fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles of:</source>
        <translation>Pro&amp;fils de&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick rows to compare their profiles. SEAL 0 (no sovereignty) to 4 (full); ? = not known.</source>
        <translation>Cochez des lignes pour comparer leurs profils. SEAL 0 (aucune souveraineté) à 4 (totale)&#xa0;;&#xa0;? = inconnu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Sovereignty</source>
        <translation>&amp;Souveraineté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Trials:</source>
        <translation>&amp;Tirages&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run simulation</source>
        <translation>L&amp;ancer la simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Monte Carlo</source>
        <translation>&amp;Monte Carlo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No jurisdiction reaches a capability: the model has no jurisdictions, or nothing depends on them.</source>
        <translation>Aucune juridiction n&apos;atteint de fonction métier&#xa0;: le modèle n&apos;a pas de juridictions, ou rien n&apos;en dépend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No capability needs an application, so there is no lock-in to show.</source>
        <translation>Aucune fonction métier n&apos;a besoin d&apos;une application&#xa0;; il n&apos;y a donc pas de lock-in à afficher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No node can stop a capability on its own: there is no single point of failure.</source>
        <translation>Aucun nœud ne peut arrêter à lui seul une fonction métier&#xa0;: il n&apos;y a aucun point de défaillance unique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each trial lets every node fail with its failure probability and propagates; the result is the share of trials in which each capability failed.</source>
        <translation>Chaque tirage fait tomber chaque nœud selon sa probabilité de défaillance et propage la défaillance&#xa0;; le résultat est, pour chaque fonction métier, la part des tirages où elle est tombée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the simulation to see how likely each capability is to fail.</source>
        <translation>Lancez la simulation pour voir la probabilité de défaillance de chaque fonction métier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the simulation to see which nodes the failure probabilities rest on.</source>
        <translation>Lancez la simulation pour voir sur quels nœuds reposent les probabilités de défaillance.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 — click to list them</source>
        <translation>%1 — cliquez pour les lister</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: none</source>
        <translation>%1&#xa0;: aucun</translation>
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
        <translation>Aucune application utilisée ne dispose de ce qu&apos;exige cette pondération (une criticité ou un coût annuel) et d&apos;une valeur connue pour %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Showing the %1 weakest of %2 and every alternative.</source>
        <translation>Affichage des %1 plus faibles sur %2 et de toutes les alternatives.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (alternative)</source>
        <translation>%1 (alternative)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of the weight known</source>
        <translation>%1 du poids connu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEAL-%1</source>
        <translation>SEAL-%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No application has a sovereignty profile.</source>
        <translation>Aucune application n&apos;a de profil de souveraineté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick one or more rows to draw their profiles.</source>
        <translation>Cochez une ou plusieurs lignes pour tracer leurs profils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sovereignty profile (SEAL level per objective)</source>
        <translation>Profil de souveraineté (niveau SEAL par objectif)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2 unknown, drawn as 0)</source>
        <translation>%1 (%2 inconnus, tracés à 0)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Simulating %1 trials…</source>
        <translation>Simulation de %1 tirages…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The simulation was cancelled.</source>
        <translation>La simulation a été annulée.</translation>
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
        <translation>%1 tirages en %2. Barres&#xa0;: probabilité de défaillance estimée de chaque fonction métier&#xa0;; moustaches&#xa0;: son intervalle à 95&#xa0;% (Wilson).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model has no capabilities.</source>
        <translation>Le modèle n&apos;a aucune fonction métier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure probability per capability (%), with its 95 % interval</source>
        <translation>Probabilité de défaillance par fonction métier (%), avec son intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>probability of failure (%)</source>
        <translation>probabilité de défaillance (%)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No node&apos;s failure probability matters: give nodes a failure probability to simulate.</source>
        <translation>La probabilité de défaillance d&apos;aucun nœud n&apos;intervient&#xa0;: attribuez une probabilité de défaillance aux nœuds pour simuler.</translation>
    </message>
</context>
<context>
    <name>antrum::EnrichDialog</name>
    <message>
        <location filename="../ui/enrichdialog.cpp" line="+23"/>
        <source>matched</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add owner</source>
        <translation>ajouter le propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add seat</source>
        <translation>ajouter le siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add laws</source>
        <translation>ajouter les lois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the catalogue</source>
        <translation>absent du catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous</source>
        <translation>ambigu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrich from the catalogue</source>
        <translation>Enrichir depuis le catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antrum&apos;s reference catalogue knows who owns many suppliers and which laws reach them. Tick what to add to the model; what the model already says is never changed.</source>
        <translation>Le catalogue de référence d&apos;Antrum sait à qui appartiennent de nombreux fournisseurs et quelles lois les atteignent. Cochez ce qu&apos;il faut ajouter au modèle&#xa0;; ce que le modèle indique déjà n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add the ticked facts</source>
        <translation>&amp;Ajouter les données cochées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The catalogue could not be read: %1</source>
        <translation>Le catalogue n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 suppliers matched; %2 facts to add, %3 ticked; %4 differences (left as they are). Catalogue as of %5.</source>
        <translation>%1 fournisseurs trouvés&#xa0;; %2 données à ajouter, %3 cochées&#xa0;; %4 différences (laissées telles quelles). Catalogue à jour au %5.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing is ticked.</source>
        <translation>Rien n&apos;est coché.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrich from the catalogue (%1 facts)</source>
        <translation>Enrichir depuis le catalogue (%1 données)</translation>
    </message>
</context>
<context>
    <name>antrum::GraphView</name>
    <message>
        <location filename="../ui/graphview.cpp" line="+135"/>
        <source>Home jurisdiction</source>
        <translation>Juridiction nationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other EU member state</source>
        <translation>Autre État membre de l&apos;UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign jurisdiction</source>
        <translation>Juridiction étrangère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on (points right)</source>
        <translation>Dépend de (pointe vers la droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsidiary of</source>
        <translation>Filiale de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative for</source>
        <translation>Alternative à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy group (k of n)</source>
        <translation>Groupe de redondance (k sur n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single point of failure</source>
        <translation>Point de défaillance unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it fails</source>
        <translation>Cause de la défaillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign legal reach</source>
        <translation>Portée juridique étrangère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed in scenario</source>
        <translation>Tombé dans le scénario</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>Legend</source>
        <translation>Légende</translation>
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
        <translation>Graphe des dépendances</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit Graph to Window</source>
        <translation>A&amp;juster le graphe à la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus on &amp;Neighbourhood</source>
        <translation>Centrer sur le &amp;voisinage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wider Neighbourhood</source>
        <translation>Voisinage é&amp;largi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Collapse or Expand Ownership Tree</source>
        <translation>Réduire ou développer l&apos;arbre de &amp;propriété</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse All Ownership &amp;Trees</source>
        <translation>Ré&amp;duire tous les arbres de propriété</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expand All Ownership Trees</source>
        <translation>Dév&amp;elopper tous les arbres de propriété</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear &amp;Highlight</source>
        <translation>Effacer la &amp;mise en évidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Legend</source>
        <translation>Afficher la lé&amp;gende</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xport Graph…</source>
        <translation>E&amp;xporter le graphe…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Wider Neighbourhood (now %1)</source>
        <translation>Voisinage é&amp;largi (actuellement %1)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <location line="+638"/>
        <source>The graph is too large to render as an image.</source>
        <translation>Le graphe est trop grand pour être rendu sous forme d&apos;image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: l&apos;image n&apos;a pas pu être encodée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dependency graph exported by Antrum</source>
        <translation>Graphe des dépendances exporté par Antrum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot start the SVG export.</source>
        <translation>Impossible de démarrer l&apos;export SVG.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Export Graph</source>
        <translation>Exporter le graphe</translation>
    </message>
</context>
<context>
    <name>antrum::HelpViewer</name>
    <message>
        <location filename="../ui/helpviewer.cpp" line="+47"/>
        <source>Antrum user guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;Antrum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>antrum::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+96"/>
        <location line="+268"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="-267"/>
        <location line="+244"/>
        <location line="+23"/>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+265"/>
        <source>Dash&amp;board</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+261"/>
        <source>&amp;Scenarios</source>
        <translation>&amp;Scénarios</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+255"/>
        <source>Com&amp;parison</source>
        <translation>Com&amp;paraison</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the analysis</source>
        <translation>Annuler l&apos;analyse</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a model to see its analyses.</source>
        <translation>Ouvrez un modèle pour voir ses analyses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Analysis cancelled (it runs again after the next edit)</source>
        <translation>Analyse annulée (elle sera relancée après la prochaine modification)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analysis was cancelled; it runs again after the next edit.</source>
        <translation>L&apos;analyse a été annulée&#xa0;; elle sera relancée après la prochaine modification.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 capabilities without a single point of failure</source>
        <translation>%1 fonctions métier sur %2 sans point de défaillance unique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export as JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export model as JSON</source>
        <translation>Exporter le modèle en JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON models (*.json)</source>
        <translation>Modèles JSON (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation>&amp;Feuille de calcul (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ArchiMate exchange file…</source>
        <translation>Fichier d&apos;échange &amp;ArchiMate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;report…</source>
        <translation>Exporter le ra&amp;pport…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add node…</source>
        <translation>A&amp;jouter un nœud…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link selected node…</source>
        <translation>&amp;Lier le nœud sélectionné…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlink…</source>
        <translation>&amp;Délier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redundancy group…</source>
        <translation>&amp;Groupe de redondance…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;attribute on selected nodes…</source>
        <translation>Définir un a&amp;ttribut sur les nœuds sélectionnés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrich from the &amp;catalogue…</source>
        <translation>Enrichir depuis le &amp;catalogue…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facts added from the catalogue: %1 (Ctrl+Z undoes it)</source>
        <translation>Données ajoutées depuis le catalogue&#xa0;: %1 (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name node…</source>
        <translation>Re&amp;nommer le nœud…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete node</source>
        <translation>&amp;Supprimer le nœud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find node</source>
        <translation>&amp;Rechercher un nœud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the &amp;graph</source>
        <translation>Afficher le &amp;graphe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Antrum</source>
        <translation>À &amp;propos d&apos;Antrum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All nodes</source>
        <translation>Tous les nœuds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of node</source>
        <translation>Type de nœud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search id or name…</source>
        <translation>Rechercher un id ou un nom…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Document in use</source>
        <translation>Document en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it read-only? You can look at it and save a copy under another name.</source>
        <translation>L&apos;ouvrir en lecture seule&#xa0;? Vous pourrez le consulter et en enregistrer une copie sous un autre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened read-only: %1</source>
        <translation>Ouvert en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open model</source>
        <translation>Impossible d&apos;ouvrir le modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” could not be read.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid Antrum model: 1 problem found.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un modèle Antrum valide&#xa0;: 1 problème trouvé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid Antrum model: %2 problems found.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un modèle Antrum valide&#xa0;: %2 problèmes trouvés.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unsaved changes kept for recovery</source>
        <translation>Modifications non enregistrées conservées pour récupération</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+15"/>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Antrum kept changes to “%1” that were not saved (%2). Recover them?</source>
        <translation>Antrum a conservé des modifications de «&#xa0;%1&#xa0;» qui n&apos;avaient pas été enregistrées (%2). Les récupérer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new model</source>
        <translation>un nouveau modèle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The kept changes could not be read; the file is opened as it was saved.</source>
        <translation>Les modifications conservées n&apos;ont pas pu être lues&#xa0;; le fichier est ouvert tel qu&apos;il a été enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+592"/>
        <source>New model</source>
        <translation>Nouveau modèle</translation>
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
        <translation>%1 nœuds · %2 liens</translation>
    </message>
    <message>
        <location line="-567"/>
        <source>Changed: analysis follows…</source>
        <translation>Modifié&#xa0;: analyse en attente…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was deleted: %1</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add node</source>
        <translation>Ajouter un nœud</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>From the catalogue: seat %1. Edit › Enrich from the catalogue adds its owners and the laws that reach it.</source>
        <translation>D&apos;après le catalogue&#xa0;: siège %1. Édition › Enrichir depuis le catalogue ajoute ses propriétaires et les lois qui l&apos;atteignent.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Link %1</source>
        <translation>Lier %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none (needed without alternative)</source>
        <translation>aucun (nécessaire, sans alternative)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edge</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy &amp;group</source>
        <translation>&amp;Groupe de redondance</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Redundancy group of %1</source>
        <translation>Groupe de redondance de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>redundant</source>
        <translation>redondant</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members (any k of them keep %1 running)</source>
        <translation>&amp;Membres (k quelconques d&apos;entre eux suffisent à faire fonctionner %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;k: how many must work</source>
        <translation>&amp;k&#xa0;: combien doivent fonctionner</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no links</source>
        <translation>%1 n&apos;a aucun lien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove which link of %1?</source>
        <translation>Quel lien de %1 supprimer&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot unlink</source>
        <translation>Impossible de délier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set an attribute</source>
        <translation>Définir un attribut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute for the selected nodes (%1), as key=value (numbers, true/false and text; key= removes it):</source>
        <translation>Attribut pour les nœuds sélectionnés (%1), sous la forme clé=valeur (nombres, true/false et texte&#xa0;; clé= le supprime)&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot set the attribute</source>
        <translation>Impossible de définir l&apos;attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New id for %1:</source>
        <translation>Nouvel id pour %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot rename</source>
        <translation>Impossible de renommer</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>Cannot save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>“%1” could not be saved: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save model as</source>
        <translation>Enregistrer le modèle sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antrum documents (*.antrum)</source>
        <translation>Documents Antrum (*.antrum)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Imported %1 nodes from %2 (%3 made for names no row defines). Save to keep them.</source>
        <translation>%1 nœuds importés depuis %2 (%3 créés pour des noms qu&apos;aucune ligne ne définit). Enregistrez pour les conserver.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import an ArchiMate exchange file</source>
        <translation>Importer un fichier d&apos;échange ArchiMate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ArchiMate exchange files (*.xml);;All files (*)</source>
        <translation>Fichiers d&apos;échange ArchiMate (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>larger than %1 MiB</source>
        <translation>plus de %1 Mio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot import</source>
        <translation>Impossible d&apos;importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be imported as an ArchiMate exchange file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être importé comme fichier d&apos;échange ArchiMate.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ArchiMate import</source>
        <translation>Import ArchiMate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 nodes and %2 edges from “%3”. %4 ArchiMate items have no counterpart in Antrum and were left out; the details list them.</source>
        <translation>%1 nœuds et %2 liens importés depuis «&#xa0;%3&#xa0;». %4 éléments ArchiMate n&apos;ont pas d&apos;équivalent dans Antrum et ont été écartés&#xa0;; les détails les énumèrent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 nodes and %2 edges from %3. Save to keep them.</source>
        <translation>%1 nœuds et %2 liens importés depuis %3. Enregistrez pour les conserver.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Antrum</source>
        <translation>Antrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Antrum&lt;/h2&gt;&lt;p&gt;Open a model with &lt;b&gt;File › Open&lt;/b&gt; (Ctrl+O) to see what your organisation depends on.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Antrum&lt;/h2&gt;&lt;p&gt;Ouvrez un modèle avec &lt;b&gt;Fichier › Ouvrir&lt;/b&gt; (Ctrl+O) pour voir ce dont dépend votre organisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-548"/>
        <source>%1[*] (read-only) — Antrum</source>
        <translation>%1[*] (lecture seule) — Antrum</translation>
    </message>
    <message>
        <location line="+578"/>
        <source>Selected %1 (Ctrl+1 shows its details)</source>
        <translation>%1 sélectionné (Ctrl+1 affiche ses détails)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected %1 nodes (Ctrl+1 shows them)</source>
        <translation>%1 nœuds sélectionnés (Ctrl+1 les affiche)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max. tolerable downtime</source>
        <translation>Durée max. d&apos;interruption admissible</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Failure probability per year</source>
        <translation>Probabilité de défaillance par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redundancy group “%1”</source>
        <translation>Groupe de redondance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs %1</source>
        <translation>exige %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depended on by</source>
        <translation>Nécessaire à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;i&gt;Analysing…&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Analyse en cours…&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3 style=&apos;color:#1b7f3b&apos;&gt;No single point of failure&lt;/h3&gt;&lt;p&gt;Every single failure leaves this capability running.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1b7f3b&apos;&gt;Aucun point de défaillance unique&lt;/h3&gt;&lt;p&gt;Toute défaillance isolée laisse cette fonction métier en état de marche.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 single point of failure</source>
        <translation>1 point de défaillance unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 single points of failure</source>
        <translation>%1 points de défaillance unique</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pairs that fail it together (cut sets of order 2)</source>
        <translation>Paires qui la font tomber ensemble (coupes d&apos;ordre 2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foreign legal reach:</source>
        <translation>Portée juridique étrangère&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can cut off 1 capability on its own</source>
        <translation>Peut couper à elle seule 1 fonction métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can cut off %1 capabilities on its own</source>
        <translation>Peut couper à elle seule %1 fonctions métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrum models (*.antrum *.json);;All files (*)</source>
        <translation>Modèles Antrum (*.antrum *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report written to %1 (%2 pages, %3 s)</source>
        <translation>Rapport écrit dans %1 (%2 pages, %3 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Antrum</source>
        <translation>À propos d&apos;Antrum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Antrum %1&lt;/h3&gt;&lt;p&gt;Digital-sovereignty dependency analyzer.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Mus non uni fidit antro&lt;/i&gt;: a mouse trusts not one hole.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Antrum %1&lt;/h3&gt;&lt;p&gt;Analyse des dépendances et de la souveraineté numériques.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Mus non uni fidit antro&lt;/i&gt;&#xa0;: souris qui n&apos;a qu&apos;un trou est bientôt prise.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Copyright © 2026 the Antrum developers.&lt;/p&gt;&lt;p&gt;Antrum is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (Widgets, Charts, SQL, SVG), Boost.Graph and SQLite. Supplier catalogue as of %2 (%3). Translations: Dutch, German and French.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © 2026 les développeurs d&apos;Antrum.&lt;/p&gt;&lt;p&gt;Antrum est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni SANS AUCUNE GARANTIE.&lt;/p&gt;&lt;p&gt;Construit avec Qt %1 (Widgets, Charts, SQL, SVG), Boost.Graph et SQLite. Catalogue des fournisseurs à jour au %2 (%3). Traductions&#xa0;: néerlandais, allemand et français.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+12"/>
        <source>Restart Antrum?</source>
        <translation>Redémarrer Antrum&#xa0;?</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The new language is used when Antrum starts again. Restart now?</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage d&apos;Antrum. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Antrum could not be started again; please start it yourself.</source>
        <translation>Antrum n&apos;a pas pu redémarrer&#xa0;; veuillez le relancer vous-même.</translation>
    </message>
</context>
<context>
    <name>antrum::ModelEditor</name>
    <message>
        <location filename="../ui/modeleditor.cpp" line="+96"/>
        <source>scenario &quot;%1&quot;</source>
        <translation>scénario &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option &quot;%1&quot;</source>
        <translation>option &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the home jurisdictions</source>
        <translation>les juridictions nationales</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+79"/>
        <source>the id &quot;%1&quot; is already in use</source>
        <translation>l&apos;id &quot;%1&quot; est déjà utilisé</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+31"/>
        <location line="+43"/>
        <location line="+22"/>
        <source>there is no node &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de nœud &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 is still used by %2</source>
        <translation>%1 est encore utilisé par %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 nodes</source>
        <translation>Supprimer %1 nœuds</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link %1 to %2</source>
        <translation>Lier %1 à %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlink %1 from %2</source>
        <translation>Délier %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no %1 edge from %2 to %3</source>
        <translation>il n&apos;y a pas de lien %1 de %2 vers %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set %1 of %2 nodes</source>
        <translation>Définir %1 de %2 nœuds</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a redundancy group needs a name</source>
        <translation>un groupe de redondance doit avoir un nom</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 does not depend on %2: link them first</source>
        <translation>%1 ne dépend pas de %2&#xa0;: liez-les d&apos;abord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group %1 of %2</source>
        <translation>Groupe %1 de %2</translation>
    </message>
</context>
<context>
    <name>antrum::NodeTableModel</name>
    <message>
        <location filename="../ui/nodetablemodel.cpp" line="+58"/>
        <source>Capabilities</source>
        <translation>Fonctions métier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capability</source>
        <translation>Fonction métier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts</source>
        <translation>Hébergements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurisdictions</source>
        <translation>Juridictions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>requires</source>
        <translation>nécessite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provided by</source>
        <translation>fourni par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hosted on</source>
        <translation>hébergé sur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operated by</source>
        <translation>exploité par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subcontracts to</source>
        <translation>sous-traite à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subsidiary of</source>
        <translation>filiale de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incorporated in</source>
        <translation>immatriculé en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>located in</source>
        <translation>situé dans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alternative for</source>
        <translation>alternative à</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not recorded in the model</source>
        <translation>Non enregistré dans le modèle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max. downtime (h)</source>
        <translation>Interruption max. (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure probability</source>
        <translation>Probabilité de défaillance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual cost</source>
        <translation>Coût annuel</translation>
    </message>
</context>
<context>
    <name>antrum::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+23"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbers, dates and amounts follow the language. A new language takes effect when Antrum starts again.</source>
        <translation>Les nombres, les dates et les montants suivent la langue. Une nouvelle langue s&apos;applique au prochain démarrage d&apos;Antrum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
</context>
<context>
    <name>antrum::PropertyEditor</name>
    <message>
        <location filename="../ui/propertyeditor.cpp" line="+29"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not set (3)</source>
        <translation>non défini (3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open source</source>
        <translation>open source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proprietary</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on premises</source>
        <translation>sur site (on-premises)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infrastructure as a service</source>
        <translation>infrastructure en tant que service (IaaS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform as a service</source>
        <translation>plateforme en tant que service (PaaS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>software as a service</source>
        <translation>logiciel en tant que service (SaaS)</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (YYYY-MM-DD)</source>
        <translation>inconnue (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criticality</source>
        <translation>&amp;Criticité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max. tolerable &amp;downtime</source>
        <translation>Durée max. d&apos;&amp;interruption admissible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Failure probability per year</source>
        <translation>&amp;Probabilité de défaillance par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;ployment</source>
        <translation>&amp;Déploiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;portability (0-1)</source>
        <translation>Portabilité des d&amp;onnées (0-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Annual cost</source>
        <translation>Coût ann&amp;uel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exit clause</source>
        <translation>Clause de &amp;sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-&amp;return clause</source>
        <translation>Clause de &amp;restitution des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otice period</source>
        <translation>Pré&amp;avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;ends</source>
        <translation>&amp;Fin du contrat</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No node selected</source>
        <translation>Aucun nœud sélectionné</translation>
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
        <translation>Aucune donnée à afficher.</translation>
    </message>
</context>
<context>
    <name>antrum::ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="+41"/>
        <location line="+158"/>
        <location line="+78"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>The sovereignty report of “%1”: summary, findings with their explanation, exit scenarios, options and recommendations, for a board or a tender file.</source>
        <translation>Le rapport de souveraineté de «&#xa0;%1&#xa0;»&#xa0;: synthèse, constats avec leur explication, scénarios de sortie, options et recommandations, pour une instance dirigeante ou un dossier d&apos;appel d&apos;offres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PNG, JPEG or SVG</source>
        <translation>facultatif&#xa0;: PNG, JPEG ou SVG</translation>
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
        <translation>Choisir un logo pour la page de titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to write the report</source>
        <translation>Choisir où écrire le rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the report when it is written</source>
        <translation>Ou&amp;vrir le rapport une fois écrit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Write report</source>
        <translation>&amp;Générer le rapport</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sovereignty report %1</source>
        <translation>Rapport de souveraineté %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
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
        <translation>Écrire le rapport dans</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logo for the title page</source>
        <translation>Logo pour la page de titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a file to write to.</source>
        <translation>Choisissez un fichier de destination.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file must end in .pdf or .html.</source>
        <translation>Le fichier doit se terminer par .pdf ou .html.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo cannot be read.</source>
        <translation>Le logo est illisible.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing the model…</source>
        <translation>Analyse du modèle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>antrum::ScenarioView</name>
    <message>
        <location filename="../ui/scenarioview.cpp" line="+75"/>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fastest</source>
        <translation>la plus rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cheapest</source>
        <translation>la moins chère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most sovereign</source>
        <translation>la plus souveraine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fails</source>
        <translation>Défaillance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price change</source>
        <translation>Changement de prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquisition</source>
        <translation>Rachat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the foreign jurisdiction whose laws reach the most capabilities</source>
        <translation>la juridiction étrangère dont les lois atteignent le plus de fonctions métier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier group with the most applications</source>
        <translation>le groupe de fournisseurs ayant le plus d&apos;applications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the largest supplier group controlled from outside the EU</source>
        <translation>le plus grand groupe de fournisseurs contrôlé depuis l&apos;extérieur de l&apos;UE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the application the most capabilities depend on</source>
        <translation>l&apos;application dont dépendent le plus de fonctions métier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host with the most applications</source>
        <translation>l&apos;hébergement ayant le plus d&apos;applications</translation>
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
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The model&apos;s own scenarios, and the templates of the scenario library</source>
        <translation>Les scénarios propres au modèle, et les gabarits de la bibliothèque de scénarios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template parameters</source>
        <translation>Paramètres du gabarit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many months are simulated; events later than this are left out</source>
        <translation>Nombre de mois simulés&#xa0;; les événements ultérieurs sont ignorés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizon&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastest way back</source>
        <translation>Voie de retour la plus rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheapest way back</source>
        <translation>Voie de retour la moins chère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most sovereign way back</source>
        <translation>Voie de retour la plus souveraine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the alternative is chosen when an application has several</source>
        <translation>Comment l&apos;alternative est choisie lorsqu&apos;une application en a plusieurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recovery:</source>
        <translation>&amp;Rétablissement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate the scenario as edited (it also runs by itself after each change)</source>
        <translation>Simuler le scénario tel que modifié (il est aussi relancé automatiquement après chaque modification)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Events (working copy)</source>
        <translation>Événements (copie de travail)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add Event</source>
        <translation>&amp;Ajouter un événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;move Event</source>
        <translation>Su&amp;pprimer l&apos;événement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edits change this working copy only: they are not saved in the model. Changing a template parameter rebuilds the events from the template.</source>
        <translation>Les modifications ne changent que cette copie de travail&#xa0;: elles ne sont pas enregistrées dans le modèle. Modifier un paramètre du gabarit reconstruit les événements à partir du gabarit.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a scenario to see what fails and when it comes back.</source>
        <translation>Choisissez un scénario pour voir ce qui tombe et quand cela revient.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The month whose failed nodes the graph shows</source>
        <translation>Le mois dont le graphe montre les nœuds tombés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month shown in the graph</source>
        <translation>Mois affiché dans le graphe</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+562"/>
        <source>month %1, failed nodes: %2</source>
        <translation>mois %1, nœuds tombés&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-560"/>
        <source>Graph shows &amp;month:</source>
        <translation>Le graphe montre le &amp;mois&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Downtime against the limit</source>
        <translation>&amp;Interruption par rapport à la limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ost</source>
        <translation>&amp;Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Library: %1</source>
        <translation>Bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The template cannot be applied: %1</source>
        <translation>Le gabarit ne peut pas être appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose automatically (%1)</source>
        <translation>Choisir automatiquement (%1)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the month must be a number of 0 or more</source>
        <translation>le mois doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the %1</source>
        <translation>choisissez le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>%1 is not in the model</source>
        <translation>%1 n&apos;est pas dans le modèle</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the %1 must be a supplier; %2 is of kind %3</source>
        <translation>le %1 doit être un fournisseur&#xa0;; %2 est de type %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose the node that fails</source>
        <translation>choisissez le nœud qui tombe en panne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>supplier whose price changes</source>
        <translation>fournisseur dont le prix change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the factor must be above 0</source>
        <translation>le facteur doit être supérieur à 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>supplier that is acquired</source>
        <translation>fournisseur racheté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buyer</source>
        <translation>acheteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a supplier cannot acquire itself</source>
        <translation>un fournisseur ne peut pas se racheter lui-même</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out of the run until corrected:</source>
        <translation>Exclus de la simulation jusqu&apos;à correction&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Modelled on: %1</source>
        <translation>Inspiré de&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scenario stored in the model. Events: %1.</source>
        <translation>Un scénario enregistré dans le modèle. Événements&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model has no scenarios, and no template library was found.</source>
        <translation>Le modèle n&apos;a aucun scénario, et aucune bibliothèque de gabarits n&apos;a été trouvée.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>event row %1 is left out: %2</source>
        <translation>la ligne d&apos;événement %1 est ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulating…</source>
        <translation>Simulation en cours…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Simulated %1. Capabilities down: %2; beyond their MTD: %3; with no way back: %4.</source>
        <translation>%1 simulé. Fonctions métier arrêtées&#xa0;: %2&#xa0;; au-delà de leur DMIA&#xa0;: %3&#xa0;; sans retour possible&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Graph: month %1</source>
        <translation>Graphe&#xa0;: mois %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+160"/>
        <source>No capability goes down in this scenario.</source>
        <translation>Aucune fonction métier ne tombe dans ce scénario.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>See the summary for its cost and other effects.</source>
        <translation>Voir la synthèse pour son coût et ses autres effets.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Working</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+124"/>
        <source>Down, within MTD</source>
        <translation>Arrêtée, dans la DMIA</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>Down, beyond MTD</source>
        <translation>Arrêtée, au-delà de la DMIA</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>Down, MTD unknown</source>
        <translation>Arrêtée, DMIA inconnue</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Down, no way back</source>
        <translation>Arrêtée, sans retour possible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (switched)</source>
        <translation>Rétablie (changement effectué)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (no way back)</source>
        <translation>%1 (sans retour possible)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months from the start of the scenario</source>
        <translation>Mois depuis le début du scénario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MTD runs out</source>
        <translation>Fin de la DMIA</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What goes down, and when it comes back (MTD: maximum tolerable downtime)</source>
        <translation>Ce qui tombe, et quand cela revient (DMIA&#xa0;: durée maximale d&apos;interruption admissible)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the %1 worst of %2 capabilities down)</source>
        <translation> (les %1 pires des %2 fonctions métier arrêtées)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (MTD %2)</source>
        <translation>%1 (DMIA %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (MTD unknown)</source>
        <translation>%1 (DMIA inconnue)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months down (a month is 730 hours)</source>
        <translation>Mois d&apos;arrêt (un mois = 730 heures)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Maximum tolerable downtime (MTD)</source>
        <translation>Durée maximale d&apos;interruption admissible (DMIA)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downtime against the maximum tolerable downtime (MTD)</source>
        <translation>Interruption par rapport à la durée maximale d&apos;interruption admissible (DMIA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down longer than they can bear: %1 of %2 capabilities</source>
        <translation>Arrêtées plus longtemps que supportable&#xa0;: %1 fonctions métier sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the %1 worst shown)</source>
        <translation> (les %1 pires affichées)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No application in use has an annual cost on record: there is no cost to show.</source>
        <translation>Aucune application utilisée n&apos;a de coût annuel enregistré&#xa0;: il n&apos;y a aucun coût à afficher.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cumulative cost (€)</source>
        <translation>Coût cumulé (€)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative cost (€ million)</source>
        <translation>Coût cumulé (millions d&apos;€)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative cost (€ thousand)</source>
        <translation>Coût cumulé (milliers d&apos;€)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without the scenario (baseline)</source>
        <translation>Sans le scénario (situation de référence)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the scenario</source>
        <translation>Avec le scénario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to an alternative begun (one-off cost paid)</source>
        <translation>Changement vers une alternative engagé (coût ponctuel payé)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Months from the start of the scenario (cost to the end of the month)</source>
        <translation>Mois depuis le début du scénario (coût jusqu&apos;à la fin du mois)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cost over %1 months: with the scenario against without</source>
        <translation>Coût sur %1 mois&#xa0;: avec le scénario par rapport à sans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with, %2 without: %3 %4, of which %5 switching</source>
        <translation>%1 avec, %2 sans&#xa0;: %3 %4, dont %5 de changement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
        <source>more</source>
        <translation>de plus</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+119"/>
        <source>less</source>
        <translation>de moins</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Month %1: %2 in switching costs</source>
        <translation>Mois %1&#xa0;: %2 de coûts de changement</translation>
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
        <translation>coût inconnu</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 → %2 (%3, %4)</source>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time unknown</source>
        <translation>durée inconnue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 months simulated; ways back ranked %2.</source>
        <translation>%1 mois simulés&#xa0;; voies de retour classées avec %2 en tête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the template&apos;s parameters were set</source>
        <translation>Comment les paramètres du gabarit ont été renseignés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template cannot be applied:</source>
        <translation>Le gabarit ne peut pas être appliqué&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No capability goes down.</source>
        <translation>Aucune fonction métier ne tombe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities that go down, and the way back</source>
        <translation>Fonctions métier qui tombent, et voie de retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>MTD unknown</source>
        <translation>DMIA inconnue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beyond the MTD</source>
        <translation>au-delà de la DMIA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within the MTD</source>
        <translation>dans la DMIA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down from month %1 for %2 (MTD %3, %4)</source>
        <translation>arrêtée à partir du mois %1 pendant %2 (DMIA %3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO WAY BACK:</source>
        <translation>AUCUN RETOUR&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back in month %1 by switching:</source>
        <translation>rétablie au mois %1 par changement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not back within the horizon; switches:</source>
        <translation>non rétablie dans l&apos;horizon&#xa0;; changements&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives rejected because they are hit too:</source>
        <translation>Alternatives rejetées parce qu&apos;elles sont également touchées&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept up by redundancy</source>
        <translation>Maintenues par la redondance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>month %1, lost</source>
        <translation>mois %1, a perdu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost over the horizon</source>
        <translation>Coût sur l&apos;horizon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without the scenario, %2 with it: %3 %4. Switching costs %5.</source>
        <translation>%1 sans le scénario, %2 avec&#xa0;: %3 %4. Coût du changement&#xa0;: %5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applications in use without an annual cost on record (not counted): %1.</source>
        <translation>Applications utilisées sans coût annuel enregistré (non comptées)&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ways out of the price rise</source>
        <translation>Sorties possibles face à la hausse de prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving unknown (switch time, switch cost or the alternative&apos;s annual cost missing)</source>
        <translation>économie inconnue (durée de changement, coût de changement ou coût annuel de l&apos;alternative manquant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switching saves %1</source>
        <translation>changer économise %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staying is %1 cheaper</source>
        <translation>rester coûte %1 de moins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2 from month %3: staying %4, switching %5; %6</source>
        <translation>%1 → %2 à partir du mois %3&#xa0;: rester %4, changer %5&#xa0;; %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>After the acquisitions</source>
        <translation>Après les rachats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>comes into the legal reach of</source>
        <translation>entre dans la portée juridique de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaves the legal reach of</source>
        <translation>sort de la portée juridique de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sovereignty score %1 → %2</source>
        <translation>score de souveraineté %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+34"/>
        <source>Digital-sovereignty dependency analyzer</source>
        <translation>Analyse des dépendances de souveraineté numérique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A model to open (.antrum or .json).</source>
        <translation>Un modèle à ouvrir (.antrum ou .json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the node ID.</source>
        <translation>Sélectionner le nœud ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this page.</source>
        <translation>Afficher cette page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run this scenario (a stored scenario&apos;s id, or template:ID) on the scenario page.</source>
        <translation>Lancer ce scénario (id d&apos;un scénario enregistré, ou template:ID) sur la page des scénarios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare these options (ids, comma-separated) on the comparison page.</source>
        <translation>Comparer ces options (ids séparés par des virgules) sur la page de comparaison.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the comparison page, show: table, figures, profile or differences.</source>
        <translation>Sur la page de comparaison, afficher&#xa0;: table (tableau), figures (chiffres clés), profile (profil) ou differences (différences).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this chart of the dashboard.</source>
        <translation>Afficher ce graphique du tableau de bord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the nodes behind key figure N (1-5) of the dashboard.</source>
        <translation>Lister les nœuds derrière le chiffre clé N (1-5) du tableau de bord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the chart shown to PNG or SVG (by extension) and quit.</source>
        <translation>Enregistrer le graphique affiché en PNG ou SVG (selon l&apos;extension) et quitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>Enregistrer une image de la fenêtre en PNG et quitter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colours: system, light or dark.</source>
        <translation>Couleurs&#xa0;: system (système), light (clair) ou dark (sombre).</translation>
    </message>
</context>
</TS>

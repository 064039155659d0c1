<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
  <context>
    <name>ZoemZone</name>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>Parameters</source>
      <translation>Parameters</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>Cancelled by the user.</source>
      <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>No raster was given for '{name}'.</source>
      <translation>Er is geen raster opgegeven voor '{name}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}' is in {crs}, a geographic CRS (degrees). Distances are in metres: reproject it to a projected CRS such as EPSG:28992 first.</source>
      <translation>'{name}' staat in {crs}, een geografisch coördinatenstelsel (graden). Afstanden zijn in meters: herprojecteer het eerst naar een geprojecteerd stelsel zoals EPSG:28992.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}' must be a file GDAL can read (it comes from the '{provider}' provider). Save it as a GeoTIFF first.</source>
      <translation>'{name}' moet een bestand zijn dat GDAL kan lezen (het komt van de provider '{provider}'). Sla het eerst op als GeoTIFF.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Connectivity graph</source>
      <translation>Verbondenheidsgraaf</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Connectivity</source>
      <translation>Verbondenheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>&lt;p&gt;The habitat network of a set of patches (Saura &amp;amp; Pascual-Hortal 2007, as in Conefor). Patches are linked up to the maximum distance: edge to edge in a straight line, or along the least-cost path over a resistance raster (distances then in cost units). A link of length d is crossed with probability p = exp(−k d), k = −ln(p0)/d0; with p0 = 0.5, d0 is the median dispersal distance.&lt;/p&gt;&lt;p&gt;Outputs: PC (probability of connectivity, over all paths), ECA (equivalent connected area, √PCnum), IIC and the number of components; per patch its component and importance: dPC (% of PC lost without it) split into dPCintra (its own area), dPCflux (its links) and dPCconnector (its role as stepping stone), and dIIC.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Het leefgebiednetwerk van een verzameling plekken (Saura &amp;amp; Pascual-Hortal 2007, zoals in Conefor). Plekken worden verbonden tot de maximale afstand: van rand tot rand in een rechte lijn, of langs het pad met de laagste kosten over een weerstandsraster (afstanden zijn dan in kosteneenheden). Een verbinding met lengte d wordt overbrugd met kans p = exp(−k d), k = −ln(p0)/d0; met p0 = 0,5 is d0 de mediane spreidingsafstand.&lt;/p&gt;&lt;p&gt;Uitvoer: PC (kans op verbondenheid, over alle paden), ECA (equivalent verbonden oppervlak, √PCnum), IIC en het aantal componenten; per plek de component en het belang: dPC (% van PC dat zonder de plek verloren gaat), opgesplitst in dPCintra (het eigen oppervlak), dPCflux (de verbindingen) en dPCconnector (de rol als stapsteen), en dIIC.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Polygons in a projected CRS, e.g. from Habitat patches or partner habitats; ids from an integer field 'id', else the feature's position.</source>
      <translation>Polygonen in een geprojecteerd coördinatenstelsel, bijvoorbeeld uit Leefgebiedplekken of leefgebieden van partners; id's uit een gehele-getallenveld 'id', anders de positie van het object.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Optional: cost per metre. Without it, links are straight edge-to-edge distances.</source>
      <translation>Optioneel: kosten per meter. Zonder dit raster zijn verbindingen rechte afstanden van rand tot rand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>A distance and the probability p0 of crossing it; with p0 = 0.5 the median dispersal distance of the guild (e.g. 2 × its alpha).</source>
      <translation>Een afstand en de kans p0 dat die wordt overbrugd; met p0 = 0,5 de mediane spreidingsafstand van het gilde (bijvoorbeeld 2 × zijn alpha).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>The probability of dispersal over the distance d0.</source>
      <translation>De kans op verspreiding over de afstand d0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Patches farther apart are not linked directly (they may still be connected through others). Also the threshold of the binary graph of IIC.</source>
      <translation>Plekken die verder uit elkaar liggen, worden niet rechtstreeks verbonden (ze kunnen nog via andere plekken verbonden zijn). Ook de drempel van de binaire graaf van IIC.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Optional: a numeric field with each patch's capacity (e.g. area × quality). Empty: the patch area in m².</source>
      <translation>Optioneel: een numeriek veld met de capaciteit van elke plek (bijvoorbeeld oppervlakte × kwaliteit). Leeg: de oppervlakte van de plek in m².</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>The patches with id, capacity, component and dPC, dPCintra, dPCflux, dPCconnector, dIIC (percent).</source>
      <translation>De plekken met id, capacity, component en dPC, dPCintra, dPCflux, dPCconnector, dIIC (procent).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>One line per link with from_id, to_id, distance and probability.</source>
      <translation>Eén lijn per verbinding met from_id, to_id, distance (afstand) en probability (kans).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Habitat patches</source>
      <translation>Leefgebiedplekken</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Resistance</source>
      <translation>Weerstand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Dispersal distance d0</source>
      <translation>Spreidingsafstand d0</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Probability p0 at d0</source>
      <translation>Kans p0 bij d0</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Maximum link distance</source>
      <translation>Maximale verbindingsafstand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Capacity field</source>
      <translation>Capaciteitsveld</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Network nodes</source>
      <translation>Netwerkknopen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Network links</source>
      <translation>Netwerkverbindingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Probability of connectivity (PC)</source>
      <translation>Kans op verbondenheid (PC)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Equivalent connected area (ECA)</source>
      <translation>Equivalent verbonden oppervlak (ECA)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Integral index of connectivity (IIC)</source>
      <translation>Integrale verbondenheidsindex (IIC)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>Number of components</source>
      <translation>Aantal componenten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>The patch layer is empty.</source>
      <translation>De plekkenlaag is leeg.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>{patches} patches, {links} links.</source>
      <translation>{patches} plekken, {links} verbindingen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity_graph.py" />
      <source>The patch layer is in {crs}, a geographic CRS (degrees): reproject it to a projected CRS such as EPSG:28992 first.</source>
      <translation>De plekkenlaag staat in {crs}, een geografisch coördinatenstelsel (graden): herprojecteer de laag eerst naar een geprojecteerd stelsel zoals EPSG:28992.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>Corridors</source>
      <translation>Corridors</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>&lt;p&gt;Least-cost corridors between habitat patches, as Linkage Mapper draws them: for each link between patches A and B, CWD_A + CWD_B − LCD_AB, the extra cost of passing through a cell on the way from A to B compared with the least-cost path (0 on that path). The output holds the lowest value over all links, up to the corridor width.&lt;/p&gt;&lt;p&gt;Links come from a link layer (e.g. the Links output of Connectivity graph, fields from_id and to_id); without one, patches whose cost-allocation zones touch are linked.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Corridors met de laagste kosten tussen leefgebiedplekken, zoals Linkage Mapper ze tekent: voor elke verbinding tussen plekken A en B CWD_A + CWD_B − LCD_AB, de extra kosten om op weg van A naar B door een cel te gaan vergeleken met het pad met de laagste kosten (0 op dat pad). De uitvoer bevat de laagste waarde over alle verbindingen, tot de corridorbreedte.&lt;/p&gt;&lt;p&gt;Verbindingen komen uit een verbindingenlaag (bijvoorbeeld de uitvoer Verbindingen van Verbondenheidsgraaf, velden from_id en to_id); zonder zo'n laag worden plekken verbonden waarvan de kostentoewijzingszones elkaar raken.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>Polygons of habitat patches, e.g. from Habitat patches; ids from an integer field 'id', else the feature's position.</source>
      <translation>Polygonen van leefgebiedplekken, bijvoorbeeld uit Leefgebiedplekken; id's uit een gehele-getallenveld 'id', anders de positie van het object.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>Cost per metre (e.g. from Resistance surface); nodata or 0 is a barrier.</source>
      <translation>Kosten per meter (bijvoorbeeld uit Weerstandskaart); nodata of 0 is een barrière.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>Optional: the pairs of patches to connect, in fields from_id and to_id.</source>
      <translation>Optioneel: de paren plekken die verbonden moeten worden, in de velden from_id en to_id.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>Cells whose extra cost exceeds this are left out of the corridor.</source>
      <translation>Cellen met hogere extra kosten dan deze waarde vallen buiten de corridor.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>Normalised least-cost corridor (0 on least-cost paths).</source>
      <translation>Genormaliseerde corridor met de laagste kosten (0 op de paden met de laagste kosten).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>One line per link with from_id, to_id and its least cost.</source>
      <translation>Eén lijn per verbinding met from_id, to_id en de laagste kosten (cost).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>Links</source>
      <translation>Verbindingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>Corridor width (cost units)</source>
      <translation>Corridorbreedte (kosteneenheden)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>Least-cost paths</source>
      <translation>Paden met de laagste kosten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>The patch layer has no features with a geometry.</source>
      <translation>De plekkenlaag heeft geen objecten met een geometrie.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>{count} links.</source>
      <translation>{count} verbindingen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>The link layer needs the fields from_id and to_id (it has: {fields}).</source>
      <translation>De verbindingenlaag heeft de velden from_id en to_id nodig (ze heeft: {fields}).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/corridors.py" />
      <source>Link {fid} joins patch {a} and {b}, but the patch layer has no patch with id {missing}.</source>
      <translation>Verbinding {fid} verbindt plek {a} en {b}, maar de plekkenlaag heeft geen plek met id {missing}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>Cost distance</source>
      <translation>Kostenafstand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>&lt;p&gt;The least accumulated cost of reaching each cell from the nearest source, over a cost (resistance) raster, in map units: eight neighbours, a straight step costs the mean of the two cells' costs times the cell size, a diagonal step √2 times that; sources start at 0. This is the convention of GRASS r.cost (times the cell size) and gives exactly the result of Dijkstra's algorithm.&lt;/p&gt;&lt;p&gt;Cells with nodata or a cost of 0 or less are barriers.&lt;/p&gt;</source>
      <translation>&lt;p&gt;De laagste geaccumuleerde kosten om elke cel vanaf de dichtstbijzijnde bron te bereiken, over een kostenraster (weerstandsraster), in kaarteenheden: acht buren; een rechte stap kost het gemiddelde van de kosten van de twee cellen maal de celgrootte, een diagonale stap √2 keer zoveel; bronnen beginnen bij 0. Dit is de conventie van GRASS r.cost (maal de celgrootte) en geeft precies het resultaat van het algoritme van Dijkstra.&lt;/p&gt;&lt;p&gt;Cellen met nodata of kosten van 0 of lager zijn barrières.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>Cost (resistance) per metre, e.g. from Resistance surface, in a projected CRS with square cells.</source>
      <translation>Kosten (weerstand) per meter, bijvoorbeeld uit Weerstandskaart, in een geprojecteerd coördinatenstelsel met vierkante cellen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>A vector layer (points, lines or polygons; every cell a feature touches is a source; ids from an integer field 'id', else the feature's position) or a raster whose nonzero cells are sources, on the grid of the cost raster.</source>
      <translation>Een vectorlaag (punten, lijnen of polygonen; elke cel die een object raakt is een bron; id's uit een gehele-getallenveld 'id', anders de positie van het object) of een raster waarvan de cellen die niet 0 zijn bronnen zijn, op het grid van het kostenraster.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>Optional: cells costing more to reach stay nodata (saves time).</source>
      <translation>Optioneel: cellen die meer kosten om te bereiken blijven nodata (bespaart tijd).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>Least accumulated cost from the nearest source, in map units.</source>
      <translation>Laagste geaccumuleerde kosten vanaf de dichtstbijzijnde bron, in kaarteenheden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>Optional: the id of the source each cell is cheapest to reach from.</source>
      <translation>Optioneel: het id van de bron van waaruit elke cel het goedkoopst te bereiken is.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>Cost raster</source>
      <translation>Kostenraster</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>Sources</source>
      <translation>Bronnen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>Maximum cost</source>
      <translation>Maximale kosten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>Accumulated cost</source>
      <translation>Geaccumuleerde kosten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>Nearest source</source>
      <translation>Dichtstbijzijnde bron</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>No sources were given.</source>
      <translation>Er zijn geen bronnen opgegeven.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>The source layer has no features with a geometry.</source>
      <translation>De bronlaag heeft geen objecten met een geometrie.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/cost_distance.py" />
      <source>The cost raster has cells of {width} × {height}: cost distance needs square cells. Resample it first (Raster › Projections › Warp).</source>
      <translation>Het kostenraster heeft cellen van {width} × {height}: kostenafstand vereist vierkante cellen. Hersample het eerst (Raster › Projecties › Warp (herprojecteren)).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>Graph metrics (Conefor files)</source>
      <translation>Grafiekmaten (Conefor-bestanden)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>&lt;p&gt;The indices of Connectivity graph from Conefor's plain-text inputs, so results can be checked against Conefor and its files reused: a node file (id and capacity per line) and a connection file (id, id and distance per line; separated by spaces, tabs, ',' or ';').&lt;/p&gt;&lt;p&gt;Outputs PC, PCnum, ECA and IIC, and a table with dPC, dPCintra, dPCflux, dPCconnector and dIIC per node (CSV when the file name ends in .csv).&lt;/p&gt;</source>
      <translation>&lt;p&gt;De indices van Verbondenheidsgraaf uit de tekstbestanden die Conefor als invoer gebruikt, zodat resultaten met Conefor vergeleken en de bestanden hergebruikt kunnen worden: een knopenbestand (id en capaciteit per regel) en een verbindingenbestand (id, id en afstand per regel; gescheiden door spaties, tabs, ',' of ';').&lt;/p&gt;&lt;p&gt;Geeft PC, PCnum, ECA en IIC, en een tabel met dPC, dPCintra, dPCflux, dPCconnector en dIIC per knoop (CSV als de bestandsnaam eindigt op .csv).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>One node per line: id and capacity (e.g. area).</source>
      <translation>Eén knoop per regel: id en capaciteit (bijvoorbeeld oppervlakte).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>One link per line: id, id and distance.</source>
      <translation>Eén verbinding per regel: id, id en afstand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>The distance crossed with probability p0, in the units of the file.</source>
      <translation>De afstand die met kans p0 wordt overbrugd, in de eenheden van het bestand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>Links up to this distance form the binary graph of IIC. Empty: all links.</source>
      <translation>Verbindingen tot deze afstand vormen de binaire graaf van IIC. Leeg: alle verbindingen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>Optional: the area of the landscape in the units of the capacities. Empty: the sum of the capacities.</source>
      <translation>Optioneel: de oppervlakte van het landschap in de eenheden van de capaciteiten. Leeg: de som van de capaciteiten.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>One row per node: id, dPC, dPCintra, dPCflux, dPCconnector, dIIC.</source>
      <translation>Eén rij per knoop: id, dPC, dPCintra, dPCflux, dPCconnector, dIIC.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>Node file</source>
      <translation>Knopenbestand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>Connection file</source>
      <translation>Verbindingenbestand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>IIC distance threshold</source>
      <translation>Afstandsdrempel IIC</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>Landscape area A_L</source>
      <translation>Oppervlakte landschap A_L</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>Node importance</source>
      <translation>Belang van knopen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/graph_metrics.py" />
      <source>PCnum</source>
      <translation>PCnum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>&lt;p&gt;Finds the habitat patches of a suitability raster (for instance a band of Habitat suitability's outputs): connected cells with a value at or above the threshold. Patches smaller than the minimum area are dropped; the default 0.5 ha is the Bijenlandschap stepping stone.&lt;/p&gt;&lt;p&gt;Each patch becomes one polygon with its id, area (m²) and mean quality (mean suitability of its cells). Use them as the patches of Connectivity graph and Corridors.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Zoekt de leefgebiedplekken in een geschiktheidsraster (bijvoorbeeld een band van de uitvoer van Geschiktheid leefgebied): aaneengesloten cellen met een waarde gelijk aan of boven de drempel. Plekken kleiner dan de minimale oppervlakte vallen af; de standaard 0,5 ha is de stapsteen van Bijenlandschap.&lt;/p&gt;&lt;p&gt;Elke plek wordt één polygoon met id, oppervlakte (m²) en gemiddelde kwaliteit (gemiddelde geschiktheid van de cellen). Gebruik ze als plekken in Verbondenheidsgraaf en Corridors.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Habitat quality per cell, e.g. nesting habitat or pollinator supply, in a projected CRS.</source>
      <translation>Kwaliteit van het leefgebied per cel, bijvoorbeeld nestgelegenheid of aanbod bestuivers, in een geprojecteerd coördinatenstelsel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>The band to use (e.g. band 1 of Pollinator supply: all guilds).</source>
      <translation>De te gebruiken band (bijvoorbeeld band 1 van Aanbod bestuivers: alle gilden).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Cells with a value at or above this are habitat.</source>
      <translation>Cellen met een waarde gelijk aan of boven deze drempel zijn leefgebied.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Smaller patches are dropped. 0.5 ha is the Bijenlandschap stepping stone.</source>
      <translation>Kleinere plekken vallen af. 0,5 ha is de stapsteen van Bijenlandschap.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Checked: 8-connected patches (diagonal neighbours join); unchecked: only cells sharing an edge join (4-connected).</source>
      <translation>Aangevinkt: 8-verbonden plekken (diagonale buren horen erbij); niet aangevinkt: alleen cellen met een gemeenschappelijke zijde horen bij elkaar (4-verbonden).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>One polygon per patch with id, area_m2 and quality.</source>
      <translation>Eén polygoon per plek met id, area_m2 en quality.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Optional: the patch id of each cell (0 outside patches).</source>
      <translation>Optioneel: het plek-id van elke cel (0 buiten plekken).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Suitability raster</source>
      <translation>Geschiktheidsraster</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Band</source>
      <translation>Band</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Threshold</source>
      <translation>Drempel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Minimum patch area (ha)</source>
      <translation>Minimale oppervlakte plek (ha)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Cells touching at a corner belong together</source>
      <translation>Cellen die elkaar op een hoek raken horen bij elkaar</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Patch ids (raster)</source>
      <translation>Plek-id's (raster)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>{count} patches found.</source>
      <translation>{count} plekken gevonden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Habitat suitability (pollinators)</source>
      <translation>Geschiktheid leefgebied (bestuivers)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Habitat</source>
      <translation>Leefgebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>&lt;p&gt;Maps where wild bees can nest, how much food they reach, how many bees the landscape supplies and how many visit each place per season. This is the InVEST 3.20 pollination model (Lonsdorf et al. 2009) and gives InVEST's numbers.&lt;/p&gt;&lt;p&gt;Without tables of your own it uses the Dutch defaults: LGN land-use codes, ground-nesting and cavity-nesting solitary bees and bumblebees, and four seasons (early spring, late spring, summer, late summer). InVEST tables work unchanged; headers may be in any case, separated by ',' or ';', with decimal commas.&lt;/p&gt;&lt;p&gt;Each output holds one band per guild or per season, named after it. Values are indices from 0 to 1; nodata where the land use is nodata.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Kaarten waar wilde bijen kunnen nestelen, hoeveel voedsel ze bereiken, hoeveel bijen het landschap levert en hoeveel er per seizoen elke plek bezoeken. Dit is het bestuivingsmodel van InVEST 3.20 (Lonsdorf et al. 2009) en geeft dezelfde getallen als InVEST.&lt;/p&gt;&lt;p&gt;Zonder eigen tabellen gebruikt het de Nederlandse standaardwaarden: LGN-landgebruikscodes, grondnestelende en holtenestelende solitaire bijen en hommels, en vier seizoenen (vroege voorjaar, late voorjaar, zomer, nazomer). InVEST-tabellen werken ongewijzigd; kolomkoppen mogen in hoofd- of kleine letters staan, gescheiden door ',' of ';', met decimale komma's.&lt;/p&gt;&lt;p&gt;Elke uitvoer bevat één band per gilde of per seizoen, naar dat gilde of seizoen genoemd. Waarden zijn indexen van 0 tot 1; nodata waar het landgebruik nodata is.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Nesting suitability per guild (HN), one band per guild.</source>
      <translation>Nestgeschiktheid per gilde (HN), één band per gilde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Floral resources within foraging range per guild (FR), one band per guild.</source>
      <translation>Voedselaanbod binnen de foerageerafstand per gilde (FR), één band per gilde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Band 1: total pollinator supply over all guilds; then one band per guild.</source>
      <translation>Band 1: totaal aanbod bestuivers over alle gildes; daarna één band per gilde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Total pollinator abundance (all guilds), one band per season.</source>
      <translation>Totale bestuiversdichtheid (alle gildes), één band per seizoen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Optional: also write InVEST 3.20's own files (pollinator_supply_&lt;species&gt;.tif, pollinator_abundance_&lt;species&gt;_&lt;season&gt;.tif, total_pollinator_abundance_&lt;season&gt;.tif and intermediate_outputs/) into this folder.</source>
      <translation>Optioneel: schrijf ook de eigen bestanden van InVEST 3.20 (pollinator_supply_&lt;species&gt;.tif, pollinator_abundance_&lt;species&gt;_&lt;season&gt;.tif, total_pollinator_abundance_&lt;season&gt;.tif en intermediate_outputs/) naar deze map.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Nesting habitat</source>
      <translation>Nestgelegenheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Accessible food</source>
      <translation>Bereikbaar voedsel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Pollinator supply</source>
      <translation>Aanbod bestuivers</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Pollinator abundance per season</source>
      <translation>Bestuiversdichtheid per seizoen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>InVEST file layout (folder)</source>
      <translation>InVEST-bestandsindeling (map)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Measure scenario</source>
      <translation>Maatregelscenario</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Kansenkaart</source>
      <translation>Kansenkaart</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>&lt;p&gt;What drawn measures (flower strips, verge management, hedges, nest sites …) would add before anyone spends money: the pollination model is run for today and with the measures, and the difference is exact. A cell takes a measure when its centre lies inside the polygon, or inside the line buffered by the measure's width; a point takes the cell it falls in.&lt;/p&gt;&lt;p&gt;Features with an unknown measure type, an empty geometry, or drawn on land use the measure may not be applied on are listed by feature id in the log and the report, and skipped (or the run is refused, as you choose); nothing is dropped silently.&lt;/p&gt;&lt;p&gt;The report gives per feature and in total the gain in pollinator supply, the change in area with seasonal food gaps and, with patches and a dispersal distance, the change in equivalent connected area (ECA, patch capacity = pollinator supply summed over the patch).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Wat getekende maatregelen (bloemstroken, bermbeheer, hagen, nestplaatsen …) zouden opleveren voordat iemand geld uitgeeft: het bestuivingsmodel wordt doorgerekend voor de huidige situatie en met de maatregelen, en het verschil is exact. Een cel krijgt een maatregel als het middelpunt binnen de polygoon ligt, of binnen de lijn gebufferd met de breedte van de maatregel; een punt krijgt de cel waarin het valt.&lt;/p&gt;&lt;p&gt;Objecten met een onbekend maatregeltype, een lege geometrie, of getekend op landgebruik waarop de maatregel niet toegepast mag worden, worden per object-id vermeld in het logboek en het rapport en overgeslagen (of de berekening wordt geweigerd, naar keuze); niets verdwijnt ongemerkt.&lt;/p&gt;&lt;p&gt;Het rapport geeft per object en in totaal de toename van het aanbod bestuivers, de verandering in oppervlakte met voedselgaten per seizoen en, met plekken en een spreidingsafstand, de verandering in equivalent verbonden oppervlak (ECA, capaciteit van een plek = aanbod bestuivers opgeteld over de plek).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Measures with their id, code, allowed land uses and the nesting and floral values they set. Empty: the Dutch catalogue.</source>
      <translation>Maatregelen met hun id, code, toegestane landgebruiken en de waarden voor nestgelegenheid en bloemaanbod die ze instellen. Leeg: de Nederlandse maatregelencatalogus.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Drawn measures: points, lines (buffered by the measure's width) or polygons.</source>
      <translation>Getekende maatregelen: punten, lijnen (gebufferd met de breedte van de maatregel) of polygonen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>The field holding the catalogue's code (e.g. akkerrand) or id.</source>
      <translation>Het veld met de code (bijvoorbeeld akkerrand) of het id uit de maatregelencatalogus.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>What to do with features that cannot be used as drawn.</source>
      <translation>Wat te doen met objecten die niet zoals getekend gebruikt kunnen worden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>For the change in area with seasonal food gaps (as in Seasonal food gaps).</source>
      <translation>Voor de verandering in oppervlakte met voedselgaten per seizoen (zoals in Voedselgaten per seizoen).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Optional: patches for the change in ECA.</source>
      <translation>Optioneel: plekken voor de verandering in ECA.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Median dispersal distance (p0 = 0.5) for the ECA; links up to 3 × d0.</source>
      <translation>Mediane spreidingsafstand (p0 = 0,5) voor de ECA; verbindingen tot 3 × d0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Per feature and in total: gain in supply, change in food-gap area and ECA, and every feature that was skipped and why.</source>
      <translation>Per object en in totaal: toename van het aanbod, verandering in oppervlakte met voedselgaten en in ECA, en elk overgeslagen object met de reden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Measure catalogue (CSV)</source>
      <translation>Maatregelencatalogus (CSV)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Measures</source>
      <translation>Maatregelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Measure type field</source>
      <translation>Veld maatregeltype</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Faulty features</source>
      <translation>Foutieve objecten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Food threshold</source>
      <translation>Voedseldrempel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Scenario pollinator supply</source>
      <translation>Aanbod bestuivers in het scenario</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>As Pollinator supply of Habitat suitability, with the measures.</source>
      <translation>Zoals Aanbod bestuivers van Geschiktheid leefgebied, met de maatregelen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Scenario pollinator abundance</source>
      <translation>Bestuiversdichtheid in het scenario</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Total abundance per season, with the measures.</source>
      <translation>Totale dichtheid per seizoen, met de maatregelen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Change in pollinator supply</source>
      <translation>Verandering in aanbod bestuivers</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Scenario minus today: band 1 all guilds, then one band per guild.</source>
      <translation>Scenario min huidige situatie: band 1 alle gilden, daarna één band per gilde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Change in pollinator abundance</source>
      <translation>Verandering in bestuiversdichtheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Scenario minus today, one band per season.</source>
      <translation>Scenario min huidige situatie, één band per seizoen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>HTML files (*.html)</source>
      <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Skip them and report</source>
      <translation>Overslaan en rapporteren</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Refuse the run</source>
      <translation>De berekening weigeren</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Gain in total pollinator supply: {gain:.4g}</source>
      <translation>Toename van het totale aanbod bestuivers: {gain:.4g}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Feature {fid}: {problem}</source>
      <translation>Object {fid}: {problem}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Total pollinator supply today</source>
      <translation>Totaal aanbod bestuivers nu</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>With the measures</source>
      <translation>Met de maatregelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Gain</source>
      <translation>Toename</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Per feature</source>
      <translation>Per object</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Feature id</source>
      <translation>Object-id</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Measure</source>
      <translation>Maatregel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Cells</source>
      <translation>Cellen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Gain in supply</source>
      <translation>Toename van het aanbod</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Area with a seasonal food gap (ha)</source>
      <translation>Oppervlakte met een voedselgat in een seizoen (ha)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Guild</source>
      <translation>Gilde</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Season</source>
      <translation>Seizoen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Today</source>
      <translation>Nu</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Change</source>
      <translation>Verandering</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Each feature applied alone (exact)</source>
      <translation>Elk object afzonderlijk toegepast (exact)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Each feature's share of the total gain (one pass)</source>
      <translation>Aandeel van elk object in de totale toename (één doorrekening)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Features not used as drawn</source>
      <translation>Objecten die niet zoals getekend gebruikt zijn</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/measure_scenario.py" />
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>Integer land-use codes in a projected CRS (metres), such as LGN in EPSG:28992. Every code in the raster must be in the biophysical table.</source>
      <translation>Gehele landgebruikscodes in een geprojecteerd CRS (meters), zoals LGN in EPSG:28992. Elke code in de rasterlaag moet in de biofysische tabel staan.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>One row per land-use code: lucode, nesting_&lt;substrate&gt;_availability_index and floral_resources_&lt;season&gt;_index (0–1). Empty: the Dutch LGN table.</source>
      <translation>Eén rij per landgebruikscode: lucode, nesting_&lt;substrate&gt;_availability_index en floral_resources_&lt;season&gt;_index (0–1). Leeg: de Nederlandse LGN-tabel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>One row per bee guild: species, nesting_suitability_&lt;substrate&gt;_index, foraging_activity_&lt;season&gt;_index (0–1), alpha (typical foraging distance in metres) and relative_abundance. Empty: the Dutch default guilds.</source>
      <translation>Eén rij per bijengilde: species, nesting_suitability_&lt;substrate&gt;_index, foraging_activity_&lt;season&gt;_index (0–1), alpha (gebruikelijke foerageerafstand in meters) en relative_abundance. Leeg: de Nederlandse standaardgildes.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>Land-use raster (e.g. LGN)</source>
      <translation>Landgebruik-rasterlaag (bijv. LGN)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>Biophysical table (CSV)</source>
      <translation>Biofysische tabel (CSV)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>Guild table (CSV)</source>
      <translation>Gildetabel (CSV)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>Biophysical table: {path}</source>
      <translation>Biofysische tabel: {path}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>Guild table: {path}</source>
      <translation>Gildetabel: {path}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/resistance_surface.py" />
      <source>Resistance surface (bees)</source>
      <translation>Weerstandskaart (bijen)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/resistance_surface.py" />
      <source>&lt;p&gt;Turns a land-use raster into the resistance bees meet when crossing each cell: the cost of one metre relative to the best habitat (1). Use it as the cost raster of Cost distance, Connectivity graph and Corridors.&lt;/p&gt;&lt;p&gt;Without a table of your own it uses the Dutch table for wild bees (LGN codes), explained in docs/defaults.md. Codes with a resistance of 0 or less are barriers (nodata).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Zet een landgebruiksraster om in de weerstand die bijen ondervinden bij het doorkruisen van elke cel: de kosten van één meter ten opzichte van het beste leefgebied (1). Gebruik het als kostenraster in Kostenafstand, Verbondenheidsgraaf en Corridors.&lt;/p&gt;&lt;p&gt;Zonder eigen tabel wordt de Nederlandse tabel voor wilde bijen (LGN-codes) gebruikt, toegelicht in docs/defaults.md. Codes met een weerstand van 0 of lager zijn barrières (nodata).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/resistance_surface.py" />
      <source>Integer land-use codes (e.g. LGN) in a projected CRS. Every code must be in the table.</source>
      <translation>Gehele landgebruikscodes (bijvoorbeeld LGN) in een geprojecteerd coördinatenstelsel. Elke code moet in de tabel staan.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/resistance_surface.py" />
      <source>Columns lucode and resistance (',' or ';', decimal commas allowed). Empty: the Dutch table for wild bees.</source>
      <translation>Kolommen lucode en resistance (',' of ';', decimale komma's toegestaan). Leeg: de Nederlandse tabel voor wilde bijen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/resistance_surface.py" />
      <source>Resistance per cell; nodata at nodata land use and barriers.</source>
      <translation>Weerstand per cel; nodata bij nodata in het landgebruik en bij barrières.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/resistance_surface.py" />
      <source>Land-use raster</source>
      <translation>Landgebruiksraster</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/resistance_surface.py" />
      <source>Resistance table (CSV)</source>
      <translation>Weerstandstabel (CSV)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/resistance_surface.py" />
      <source>Resistance table: {path}</source>
      <translation>Weerstandstabel: {path}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/resistance_surface.py" />
      <source>{count} cells are barriers.</source>
      <translation>{count} cellen zijn barrières.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/seasonal_food_gaps.py" />
      <source>Seasonal food gaps (year-round food)</source>
      <translation>Voedselgaten per seizoen (jaarrond voedsel)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/seasonal_food_gaps.py" />
      <source>&lt;p&gt;Zoem Zone's year-round (jaarrond) goal made visible: at every place where a guild can nest, the number of the seasons in which it flies (foraging activity above 0) with too little food within its foraging range. Food in a season is the kernel-weighted mean of the floral resources of that season around the nest, with the guild's own foraging kernel (as in Habitat suitability); a season is a gap where it falls below the threshold.&lt;/p&gt;&lt;p&gt;0 = fed all year. The summary gives the area with a gap per guild and season.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Het jaarrond-doel van Zoem Zone zichtbaar gemaakt: op elke plek waar een gilde kan nestelen, het aantal seizoenen waarin het vliegt (foerageeractiviteit boven 0) met te weinig voedsel binnen de foerageerafstand. Het voedsel in een seizoen is het met de kernel gewogen gemiddelde van het bloemaanbod van dat seizoen rond de nestplaats, met de eigen foerageerkernel van het gilde (zoals in Geschiktheid leefgebied); een seizoen is een voedselgat als het onder de drempel blijft.&lt;/p&gt;&lt;p&gt;0 = het hele jaar voedsel. Het overzicht geeft per gilde en seizoen de oppervlakte met een voedselgat.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/seasonal_food_gaps.py" />
      <source>Floral resources within reach (0–1, the floral index of the biophysical table) below which a season counts as a gap.</source>
      <translation>Bloemaanbod binnen bereik (0–1, de bloemindex van de biofysische tabel) waaronder een seizoen als voedselgat telt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/seasonal_food_gaps.py" />
      <source>One band per guild: the number of its flight seasons with a food gap; nodata where the guild cannot nest.</source>
      <translation>Eén band per gilde: het aantal vliegseizoenen met een voedselgat; nodata waar het gilde niet kan nestelen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/seasonal_food_gaps.py" />
      <source>Per guild and season: nest area, area with a food gap (ha) and its share (%).</source>
      <translation>Per gilde en seizoen: oppervlakte nestgelegenheid, oppervlakte met een voedselgat (ha) en het aandeel daarvan (%).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/seasonal_food_gaps.py" />
      <source>Seasons with a food gap</source>
      <translation>Seizoenen met een voedselgat</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/seasonal_food_gaps.py" />
      <source>Food gap summary</source>
      <translation>Overzicht voedselgaten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}: no effect columns found. Add columns named like 'nesting_ground_availability_index' or 'floral_resources_summer_index'.</source>
      <translation>{file}: geen kolommen met effecten gevonden. Voeg kolommen toe met namen zoals 'nesting_ground_availability_index' of 'floral_resources_summer_index'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}, line {line}: column 'lucodes' is empty. List the land-use codes the measure may be applied on, separated by spaces, or write * for any land use.</source>
      <translation>{file}, regel {line}: kolom 'lucodes' is leeg. Geef de landgebruikscodes waarop de maatregel toegepast mag worden, gescheiden door spaties, of schrijf * voor elk landgebruik.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}, line {line}: column 'id' is {value}; ids must be whole numbers above 0 (0 means 'no measure' in the rasters).</source>
      <translation>{file}, regel {line}: kolom 'id' is {value}; id's moeten gehele getallen boven 0 zijn (0 betekent 'geen maatregel' in de rasters).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}, line {line}: the code '{value}' cannot be used. A code is a short name of letters, digits, '_' or '-', not only digits (it names output files and is told apart from ids).</source>
      <translation>{file}, regel {line}: de code '{value}' kan niet worden gebruikt. Een code is een korte naam van letters, cijfers, '_' of '-', niet alleen cijfers (ze geeft uitvoerbestanden hun naam en wordt onderscheiden van id's).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}, line {line}: column 'name_nl' is empty. Give the measure a name.</source>
      <translation>{file}, regel {line}: kolom 'name_nl' is leeg. Geef de maatregel een naam.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}, line {line}: '{code}' may be drawn as a line but has no width_m. Fill in the width in metres by which a line is buffered.</source>
      <translation>{file}, regel {line}: '{code}' mag als lijn getekend worden maar heeft geen width_m. Vul de breedte in meters in waarmee een lijn gebufferd wordt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}, line {line}: '{code}' changes nothing: all its nesting and floral columns are empty. Fill in at least one value it sets (0 to 1).</source>
      <translation>{file}, regel {line}: '{code}' verandert niets: alle kolommen voor nestgelegenheid en bloemaanbod zijn leeg. Vul minstens één waarde in die de maatregel instelt (0 tot 1).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>The measure id {id} is not in {file}.</source>
      <translation>Maatregel-id {id} staat niet in {file}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}, line {line}: column 'geometry' holds '{value}'. Use one or more of point, line and polygon, separated by '|' (e.g. 'line|polygon').</source>
      <translation>{file}, regel {line}: kolom 'geometry' bevat '{value}'. Gebruik een of meer van point, line en polygon, gescheiden door '|' (bijvoorbeeld 'line|polygon').</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}, line {line}: column 'lucodes' holds '{value}', which is not a land-use code. List whole-number codes separated by spaces (e.g. '2 3 4 5'), or write * for any land use.</source>
      <translation>{file}, regel {line}: kolom 'lucodes' bevat '{value}', wat geen landgebruikscode is. Geef gehele codes gescheiden door spaties (bijvoorbeeld '2 3 4 5'), of schrijf * voor elk landgebruik.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}, line {line}: column 'width_m' is {value}; a width must be above 0 metres (leave it empty for measures that are not lines).</source>
      <translation>{file}, regel {line}: kolom 'width_m' is {value}; een breedte moet groter zijn dan 0 meter (laat het veld leeg voor maatregelen die geen lijnen zijn).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>The land-use code {code} is not in {file}, so the measure '{measure}' cannot be applied on it. Add a row for it to the table.</source>
      <translation>Landgebruikscode {code} staat niet in {file}, dus maatregel '{measure}' kan er niet op toegepast worden. Voeg er een rij voor toe aan de tabel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>substrate</source>
      <translation>Het nestsubstraat</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>season</source>
      <translation>Het seizoen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>{file}: column '{column}' is for the {kind} '{name}', which {bio_file} does not have (it has: {names}). Rename the column to one of those or remove it.</source>
      <translation>{file}: kolom '{column}' kan niet worden gebruikt. {kind} '{name}' komt niet voor in {bio_file} (wel: {names}). Hernoem de kolom naar een van die namen of verwijder de kolom.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/catalogue.py" />
      <source>The measure '{measure}' sets '{name}', which {file} does not have.</source>
      <translation>Maatregel '{measure}' stelt '{name}' in, maar {file} kent die niet.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>The start cell ({row}, {col}) lies outside the raster.</source>
      <translation>De startcel ({row}, {col}) ligt buiten het raster.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>No source can be reached from the start cell ({row}, {col}).</source>
      <translation>Vanaf de startcel ({row}, {col}) is geen enkele bron bereikbaar.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>The cost raster must be a non-empty 2-D grid.</source>
      <translation>Het kostenraster moet een niet-leeg tweedimensionaal grid zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>The cell size must be positive, not {value}.</source>
      <translation>De celgrootte moet positief zijn, niet {value}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>The source raster ({src_rows} x {src_cols} cells) does not match the cost raster ({rows} x {cols} cells).</source>
      <translation>Het bronraster ({src_rows} x {src_cols} cellen) past niet op het kostenraster ({rows} x {cols} cellen).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>No source lies on a passable cell (cost &gt; 0) of the cost raster.</source>
      <translation>Geen enkele bron ligt op een begaanbare cel (kosten &gt; 0) van het kostenraster.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>Source ids must be below {limit}.</source>
      <translation>Bron-id's moeten kleiner zijn dan {limit}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>The maximum cost must be positive, not {value}.</source>
      <translation>De maximale kosten moeten positief zijn, niet {value}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>The distance raster does not fit the cost raster at cell ({row}, {col}).</source>
      <translation>Het afstandsraster past niet bij het kostenraster in cel ({row}, {col}).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>Table file '{file}' does not exist. Check the path.</source>
      <translation>Tabelbestand '{file}' bestaat niet. Controleer het pad.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file} is empty: it needs a header line and at least one row.</source>
      <translation>{file} is leeg: het bestand heeft een kopregel en minstens één rij nodig.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>The land-use raster holds {count} code(s) that {file} does not describe: {codes}. Add a row for each to the table, or set those cells to nodata.</source>
      <translation>De landgebruik-rasterlaag bevat {count} code(s) die {file} niet beschrijft: {codes}. Voeg voor elke code een rij toe aan de tabel, of maak die cellen nodata.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}: column '{column}' is missing (found: {found}). {fix}</source>
      <translation>{file}: kolom '{column}' ontbreekt (gevonden: {found}). {fix}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}, line {line}: column '{column}' is empty. Fill in a number.</source>
      <translation>{file}, regel {line}: kolom '{column}' is leeg. Vul een getal in.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}, line {line}: column '{column}' is {value}, outside {lower} to {upper}. Use a value from {lower} to {upper}.</source>
      <translation>{file}, regel {line}: kolom '{column}' is {value}, buiten {lower} tot {upper}. Gebruik een waarde van {lower} tot {upper}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}, line {line}: column '{column}' holds {value}; a whole number is needed.</source>
      <translation>{file}, regel {line}: kolom '{column}' bevat {value}; er is een geheel getal nodig.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}, line {line}: column '{column}' holds '{value}', which is not a number.</source>
      <translation>{file}, regel {line}: kolom '{column}' bevat '{value}', wat geen getal is.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}: '{value}' in column '{column}' occurs twice (lines {first} and {second}). Keep one row per value.</source>
      <translation>{file}: '{value}' in kolom '{column}' komt twee keer voor (regels {first} en {second}). Houd één rij per waarde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/foodgaps.py" />
      <source>The food threshold is {value}; use a floral-resources value of 0 or more (the floral indices of the tables run from 0 to 1).</source>
      <translation>De voedseldrempel is {value}; gebruik een waarde voor het bloemaanbod van 0 of meer (de bloemindices van de tabellen lopen van 0 tot 1).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/gdalio.py" />
      <source>The rasters '{first}' and '{second}' do not share one grid (CRS, extent, cell size or size differ). Align them first, e.g. with Raster › Align Rasters or GDAL's Warp (reproject) using the grid of '{first}'.</source>
      <translation>De rasters '{first}' en '{second}' hebben geen gemeenschappelijk grid (CRS, extent, celgrootte of afmetingen verschillen). Lijn ze eerst uit, bijvoorbeeld met Raster › Rasters uitlijnen of GDAL Warp (herprojecteren) op het grid van '{first}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/gdalio.py" />
      <source>Cannot open raster '{path}': GDAL cannot read it.</source>
      <translation>Kan rasterlaag '{path}' niet openen: GDAL kan het bestand niet lezen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/gdalio.py" />
      <source>The land-use raster '{path}' holds the value {value}, which is not a land-use code. Land-use codes are whole numbers: use an integer (LGN-coded) raster.</source>
      <translation>De landgebruik-rasterlaag '{path}' bevat de waarde {value}, wat geen landgebruikscode is. Landgebruikscodes zijn gehele getallen: gebruik een rasterlaag met gehele getallen (LGN-codes).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/graph.py" />
      <source>The dispersal distance d0 is {value}; it must be a positive number of map units. Give the distance at which the probability is p0.</source>
      <translation>De spreidingsafstand d0 is {value}; dit moet een positief getal in kaarteenheden zijn. Geef de afstand waarbij de kans p0 is.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/graph.py" />
      <source>The probability p0 is {value}; it must lie between 0 and 1 (exclusive). Use 0.5 for a median dispersal distance.</source>
      <translation>De kans p0 is {value}; deze moet tussen 0 en 1 liggen (0 en 1 niet inbegrepen). Gebruik 0,5 voor een mediane spreidingsafstand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/graph.py" />
      <source>The IIC distance threshold is {value}; it must be a number &gt;= 0. Give the largest distance a species still crosses.</source>
      <translation>De afstandsdrempel IIC is {value}; dit moet een getal &gt;= 0 zijn. Geef de grootste afstand die een soort nog overbrugt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/graph.py" />
      <source>The landscape area A_L is {value}; it must be a positive number. Leave it empty to use the sum of the capacities.</source>
      <translation>De oppervlakte van het landschap A_L is {value}; dit moet een positief getal zijn. Laat het leeg om de som van de capaciteiten te gebruiken.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/graph.py" />
      <source>Node {index} has capacity {value}; capacities must be numbers &gt;= 0. Correct the node's area or quality.</source>
      <translation>Knoop {index} heeft capaciteit {value}; capaciteiten moeten getallen &gt;= 0 zijn. Corrigeer de oppervlakte of kwaliteit van de knoop.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/graph.py" />
      <source>The links must be given as (i, j, distance): three equal-length sequences or an array of three columns; got {count} sequences.</source>
      <translation>De verbindingen moeten worden opgegeven als (i, j, afstand): drie reeksen van gelijke lengte of een array met drie kolommen; ontvangen: {count} reeksen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/graph.py" />
      <source>The links have {ni} first nodes, {nj} second nodes and {nd} distances. Pass three equal-length arrays.</source>
      <translation>De verbindingen hebben {ni} eerste knopen, {nj} tweede knopen en {nd} afstanden. Geef drie arrays van gelijke lengte op.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/graph.py" />
      <source>Link {index} has distance {value}; distances must be numbers &gt;= 0. Correct the distance.</source>
      <translation>Verbinding {index} heeft afstand {value}; afstanden moeten getallen &gt;= 0 zijn. Corrigeer de afstand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/graph.py" />
      <source>Link {index} refers to node {value}, but the nodes are numbered 0 to {last}. Use node indices of the capacity list.</source>
      <translation>Verbinding {index} verwijst naar knoop {value}, maar de knopen zijn genummerd van 0 tot {last}. Gebruik knoopindices van de capaciteitenlijst.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/patches.py" />
      <source>No vector format writes files ending in '{extension}' ('{path}'). Use for instance .gpkg (GeoPackage) or .shp (Shapefile).</source>
      <translation>Geen vectorformaat schrijft bestanden die eindigen op '{extension}' ('{path}'). Gebruik bijvoorbeeld .gpkg (GeoPackage) of .shp (Shapefile).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/patches.py" />
      <source>Cannot write the patches to '{path}': {reason}</source>
      <translation>Kan de plekken niet schrijven naar '{path}': {reason}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_outputs.py" />
      <source>The land-use raster '{path}' is in a geographic CRS (degrees). The foraging distances are in metres: reproject it to a projected CRS such as EPSG:28992 (RD New) first.</source>
      <translation>De landgebruik-rasterlaag '{path}' is in een geografisch CRS (graden). De foerageerafstanden zijn in meters: herprojecteer de laag eerst naar een geprojecteerd CRS zoals EPSG:28992 (RD New).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_outputs.py" />
      <source>The land-use raster '{path}' holds only nodata.</source>
      <translation>De landgebruik-rasterlaag '{path}' bevat alleen nodata.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>{file}: no {what} columns found. Add columns named like '{example}'.</source>
      <translation>{file}: geen kolommen voor {what} gevonden. Voeg kolommen toe met namen zoals '{example}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>nesting suitability</source>
      <translation>nestgeschiktheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>foraging activity</source>
      <translation>foerageeractiviteit</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>{file}: relative_abundance is 0 for every guild. Give at least one guild a relative abundance above 0.</source>
      <translation>{file}: relative_abundance is 0 voor elk gilde. Geef minstens één gilde een relatieve dichtheid boven 0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>nesting availability</source>
      <translation>nestgelegenheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>floral resources</source>
      <translation>bloemaanbod</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>{file}, line {line}: the species name is empty.</source>
      <translation>{file}, regel {line}: de soortnaam (species) is leeg.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>{file}, line {line}: alpha of '{species}' is {value}; it must be a foraging distance in metres above 0.</source>
      <translation>{file}, regel {line}: alpha van '{species}' is {value}; dit moet een foerageerafstand in meters boven 0 zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>{file}, line {line}: '{species}' has foraging activity 0 in every season. Give it activity above 0 in at least one season.</source>
      <translation>{file}, regel {line}: '{species}' heeft in elk seizoen foerageeractiviteit 0. Geef minstens één seizoen een activiteit boven 0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>The {kind} '{name}' is in {guild_file} but not in {bio_file}. Add it to {bio_file} or remove it from {guild_file}.</source>
      <translation>{kind} '{name}' staat in {guild_file} maar niet in {bio_file}. Voeg het toe aan {bio_file} of verwijder het uit {guild_file}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>The {kind} '{name}' is in {bio_file} but not in {guild_file}. Add it to {guild_file} or remove it from {bio_file}.</source>
      <translation>{kind} '{name}' staat in {bio_file} maar niet in {guild_file}. Voeg het toe aan {guild_file} of verwijder het uit {bio_file}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/resistance.py" />
      <source>{file}: every resistance is 0 or less, so every cell is a barrier. Give passable land uses a resistance of 1 or more.</source>
      <translation>{file}: elke weerstand is 0 of lager, dus elke cel is een barrière. Geef begaanbaar landgebruik een weerstand van 1 of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/scenario.py" />
      <source>The land-use raster is rotated (its geotransform has rotation terms). Warp it to a north-up grid first.</source>
      <translation>Het landgebruiksraster is gedraaid (de geotransformatie heeft rotatietermen). Zet het eerst met Warp om naar een noord-boven-grid.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/scenario.py" />
      <source>{count} measure feature(s) cannot be used as drawn (feature id: problem):
{problems}
Correct them, or choose to skip faulty features.</source>
      <translation>{count} maatregelobject(en) kunnen niet worden gebruikt zoals getekend (object-id: probleem):
{problems}
Corrigeer ze, of kies ervoor foutieve objecten over te slaan.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/scenario.py" />
      <source>The measure raster holds id(s) {ids} that {file} does not have.</source>
      <translation>Het maatregelraster bevat id('s) {ids} die {file} niet heeft.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/scenario.py" />
      <source>measure type '{value}' is not a code or id in {file}</source>
      <translation>maatregeltype '{value}' is geen code of id in {file}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/scenario.py" />
      <source>the geometry is empty</source>
      <translation>de geometrie is leeg</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/scenario.py" />
      <source>'{measure}' is drawn as {drawn}, but {file} allows it only as {allowed}</source>
      <translation>'{measure}' is getekend als {drawn}, maar {file} staat de maatregel alleen toe als {allowed}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/scenario.py" />
      <source>'{measure}' covers no cell centre of the land-use raster (too small, or outside it)</source>
      <translation>'{measure}' bedekt geen enkel celmiddelpunt van het landgebruiksraster (te klein, of erbuiten)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/scenario.py" />
      <source>'{measure}' may not be applied on land use {codes} (cells per code: {counts}); {count} of its {total} cells are left unchanged</source>
      <translation>'{measure}' mag niet worden toegepast op landgebruik {codes} (cellen per code: {counts}); {count} van de {total} cellen blijven ongewijzigd</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/scenario.py" />
      <source>GDAL cannot use the geometry ({error}); repair it, e.g. with Fix geometries</source>
      <translation>GDAL kan de geometrie niet gebruiken ({error}); repareer deze, bijvoorbeeld met Geometrieën repareren</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/provider.py" />
      <source>Zoem Zone</source>
      <translation>Zoem Zone</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/provider.py" />
      <source>Zoem Zone: pollinator opportunity map (kansenkaart)</source>
      <translation>Zoem Zone: kansenkaart bestuivers</translation>
    </message>
  </context>
</TS>

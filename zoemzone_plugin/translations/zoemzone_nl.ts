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
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Habitat patches</source>
      <translation>Leefgebiedplekken</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_patches.py" />
      <source>Connectivity</source>
      <translation>Verbondenheid</translation>
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
      <source>Integer land-use codes in a projected CRS (metres), such as LGN in EPSG:28992. Every code in the raster must be in the biophysical table.</source>
      <translation>Gehele landgebruikscodes in een geprojecteerd CRS (meters), zoals LGN in EPSG:28992. Elke code in de rasterlaag moet in de biofysische tabel staan.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>One row per land-use code: lucode, nesting_&lt;substrate&gt;_availability_index and floral_resources_&lt;season&gt;_index (0–1). Empty: the Dutch LGN table.</source>
      <translation>Eén rij per landgebruikscode: lucode, nesting_&lt;substrate&gt;_availability_index en floral_resources_&lt;season&gt;_index (0–1). Leeg: de Nederlandse LGN-tabel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>One row per bee guild: species, nesting_suitability_&lt;substrate&gt;_index, foraging_activity_&lt;season&gt;_index (0–1), alpha (typical foraging distance in metres) and relative_abundance. Empty: the Dutch default guilds.</source>
      <translation>Eén rij per bijengilde: species, nesting_suitability_&lt;substrate&gt;_index, foraging_activity_&lt;season&gt;_index (0–1), alpha (gebruikelijke foerageerafstand in meters) en relative_abundance. Leeg: de Nederlandse standaardgildes.</translation>
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
      <source>Land-use raster (e.g. LGN)</source>
      <translation>Landgebruik-rasterlaag (bijv. LGN)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Biophysical table (CSV)</source>
      <translation>Biofysische tabel (CSV)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Guild table (CSV)</source>
      <translation>Gildetabel (CSV)</translation>
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
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Biophysical table: {path}</source>
      <translation>Biofysische tabel: {path}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
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
      <source>Resistance</source>
      <translation>Weerstand</translation>
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
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>The cost raster must be a non-empty 2-D grid.</source>
      <translation>Het kostenraster moet een niet-leeg tweedimensionaal grid zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>The source raster ({src_rows} x {src_cols} cells) does not match the cost raster ({rows} x {cols} cells).</source>
      <translation>Het bronraster ({src_rows} x {src_cols} cellen) past niet op het kostenraster ({rows} x {cols} cellen).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>The cell size must be positive, not {value}.</source>
      <translation>De celgrootte moet positief zijn, niet {value}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/costdistance.py" />
      <source>The maximum cost must be positive, not {value}.</source>
      <translation>De maximale kosten moeten positief zijn, niet {value}.</translation>
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
      <source>substrate</source>
      <translation>Het nestsubstraat</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>season</source>
      <translation>Het seizoen</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
  <context>
    <name>ZoemZone</name>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>Habitat</source>
      <translation>Leefgebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>Connectivity</source>
      <translation>Verbondenheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>Kansenkaart</source>
      <translation>Kansenkaart</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>Monitoring</source>
      <translation>Monitoring</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>Partner data</source>
      <translation>Partnergegevens</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}' is not land use: it is the Zoem Zone output '{product}' (its metadata say {key}={product}). Choose a land-use raster instead, such as LGN or the output of Build land use.</source>
      <translation>'{name}' is geen landgebruik: het is de Zoem Zone-uitvoer '{product}' (de metadata zeggen {key}={product}). Kies in plaats daarvan een landgebruik-rasterlaag, zoals het LGN of de uitvoer van Landgebruik samenstellen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>Parameters</source>
      <translation>Parameters</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>points</source>
      <translation>punten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>lines</source>
      <translation>lijnen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>polygons</source>
      <translation>polygonen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}': '{value}' is not a raster QGIS can open. Check the path and the file.</source>
      <translation>'{name}': '{value}' is geen raster dat QGIS kan openen. Controleer het pad en het bestand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}' has no CRS, so where it lies and how large its cells are is unknown. Assign its CRS first (Raster › Projections › Assign Projection, EPSG:28992 for RD New).</source>
      <translation>'{name}' heeft geen coördinatenstelsel, dus waar het ligt en hoe groot de cellen zijn is onbekend. Ken eerst het stelsel toe (Raster › Projecties › Projectie toekennen, EPSG:28992 voor RD New).</translation>
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
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}' has cells of {width} × {height}: distances are measured in cells, which needs square cells. Resample it first (Raster › Projections › Warp).</source>
      <translation>'{name}' heeft cellen van {width} × {height}: afstanden worden in cellen gemeten, en dat vereist vierkante cellen. Hersample het eerst (Raster › Projecties › Warp (herprojecteren)).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}' holds only nodata (band {band}), so every result would be nodata. Check the file, its nodata value and its extent.</source>
      <translation>'{name}' bevat alleen nodata (band {band}), dus elk resultaat zou nodata zijn. Controleer het bestand, de nodata-waarde en de omvang.</translation>
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
      <source>'{band_name}' is {band}, but '{name}' has {count} band(s). Choose a band from 1 to {count}.</source>
      <translation>'{band_name}' is {band}, maar '{name}' heeft {count} band(en). Kies een band van 1 tot en met {count}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>{first} or {second}</source>
      <translation>{first} of {second}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}' holds {found}; it needs {needed}. Choose a layer of {needed}.</source>
      <translation>'{name}' bevat {found}; er zijn {needed} nodig. Kies een laag met {needed}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}' has no features with a geometry. Choose a layer with features (or check its filter).</source>
      <translation>'{name}' heeft geen objecten met een geometrie. Kies een laag met objecten (of controleer het filter).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}' has no CRS. Set its CRS first (Layer Properties › Source).</source>
      <translation>'{name}' heeft geen coördinatenstelsel. Stel het eerst in (Laageigenschappen › Bron).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}' is in {crs}, a geographic CRS (degrees). Distances and areas are in metres: reproject it to a projected CRS such as EPSG:28992 first.</source>
      <translation>'{name}' staat in {crs}, een geografisch coördinatenstelsel (graden). Afstanden en oppervlakten zijn in meters: herprojecteer het eerst naar een geprojecteerd stelsel zoals EPSG:28992.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}': the field '{field}' is a {type} field; choose a numeric field, or make one from it with the Field calculator (e.g. to_real(replace("{field}", ',', '.')) for decimal commas).</source>
      <translation>'{name}': het veld '{field}' is een veld van het type {type}; kies een numeriek veld, of maak er een van met de Veldberekening (bijvoorbeeld to_real(replace("{field}", ',', '.')) voor decimale komma's).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}': the field '{field}' is 0 for all {count} features, so there is nothing to weigh. Choose the field that holds the values.</source>
      <translation>'{name}': het veld '{field}' is 0 voor alle {count} objecten, dus er valt niets te wegen. Kies het veld met de waarden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>The layer '{layer}' cannot be edited.</source>
      <translation>De laag '{layer}' kan niet worden bewerkt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>About {minutes} min left ({percent} % done).</source>
      <translation>Nog ongeveer {minutes} min ({percent} % klaar).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>About {seconds} s left ({percent} % done).</source>
      <translation>Nog ongeveer {seconds} s ({percent} % klaar).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>no geometries</source>
      <translation>geen geometrieën</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}': feature {id} has an invalid geometry ({error}), so its area and cells would be wrong. Repair it first (Vector geometry › Fix geometries).</source>
      <translation>'{name}': object {id} heeft een ongeldige geometrie ({error}), waardoor de oppervlakte en cellen verkeerd zouden zijn. Herstel het eerst (Vectorgeometrie › Geometrieën repareren).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}': feature {id} has no value in the field '{field}'. Fill in a number for every feature.</source>
      <translation>'{name}': object {id} heeft geen waarde in het veld '{field}'. Vul voor elk object een getal in.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>'{name}': feature {id} has {value} in the field '{field}'; it must be a number of 0 or more.</source>
      <translation>'{name}': object {id} heeft {value} in het veld '{field}'; dat moet een getal van 0 of meer zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>The output '{name}' cannot be written to '{path}' ({reason}). Choose a folder that exists or can be created, and that you may write to.</source>
      <translation>De uitvoer '{name}' kan niet naar '{path}' worden geschreven ({reason}). Kies een map die bestaat of kan worden aangemaakt en waarin u mag schrijven.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>The layer '{layer}' refused {what}; nothing was imported. The data source said: {errors}</source>
      <translation>De laag '{layer}' weigerde {what}; er is niets geïmporteerd. De gegevensbron meldde: {errors}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>{problem} Give as {parameter} a GeoPackage file, or the name of a saved PostgreSQL connection followed by /schema when the package is not in the schema 'zoemzone'.</source>
      <translation>{problem} Geef als {parameter} een GeoPackage-bestand, of de naam van een opgeslagen PostgreSQL-verbinding gevolgd door /schema als het pakket niet in het schema 'zoemzone' staat.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>The layer '{layer}' refused {what}; nothing was imported.</source>
      <translation>De laag '{layer}' weigerde {what}; er is niets geïmporteerd.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/chain_inputs.py" />
      <source>Priority</source>
      <translation>Prioriteit</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/chain_inputs.py" />
      <source>Best measure</source>
      <translation>Beste maatregel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/chain_inputs.py" />
      <source>Gain in supply</source>
      <translation>Toename van het aanbod</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/chain_inputs.py" />
      <source>Pollinator supply</source>
      <translation>Aanbod bestuivers</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/chain_inputs.py" />
      <source>Seasonal food gaps</source>
      <translation>Seizoensgebonden voedseltekorten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/chain_inputs.py" />
      <source>Habitat patches</source>
      <translation>Leefgebiedplekken</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/chain_inputs.py" />
      <source>Network nodes</source>
      <translation>Netwerkknopen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/chain_inputs.py" />
      <source>Network links</source>
      <translation>Netwerkverbindingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/chain_inputs.py" />
      <source>Parcel ranking</source>
      <translation>Rangschikking percelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Bijenlandschap rules</source>
      <translation>Regels van Bijenlandschap</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>One band per guild: each cell's own floral index, e.g. Floral cover of Habitat suitability.</source>
      <translation>Eén band per gilde: de eigen bloemindex van elke cel, bijvoorbeeld Bloembedekking van Geschiktheid leefgebied.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>One band per guild, e.g. Nesting habitat of Habitat suitability.</source>
      <translation>Eén band per gilde, bijvoorbeeld Nestgelegenheid van Geschiktheid leefgebied.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Land use with the tables below: each cell's floral and nesting index.</source>
      <translation>Landgebruik met de tabellen hieronder: de bloem- en nestindex van elke cel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Verges, field margins and hedges at their real width (e.g. BGT begroeidterreindeel, or the linear measures of the data package): polygons by their shape, lines with a width field. Their strips join those of the raster, for every guild, and their gaps are measured on the geometries. Another CRS is reprojected to the raster's.</source>
      <translation>Bermen, akkerranden en hagen op hun echte breedte (bijvoorbeeld BGT begroeidterreindeel, of de lijnvormige maatregelen van het datapakket): polygonen naar hun vorm, lijnen met een breedteveld. Hun stroken komen bij die van het raster, voor elke gilde, en hun onderbrekingen worden op de geometrieën gemeten. Een ander CRS wordt naar dat van het raster geherprojecteerd.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>For a line layer: each strip's width in metres (every line needs one). Polygons give their width by their shape.</source>
      <translation>Voor een lijnenlaag: de breedte van elke strook in meters (elke lijn heeft er een nodig). Polygonen geven hun breedte door hun vorm.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Polygons meeting the Bed &amp; Breakfast rule, with fields guild and area_ha.</source>
      <translation>Polygonen die aan de Bed &amp; Breakfast-regel voldoen, met de velden guild en area_ha.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Per guild, then all guilds: distance to the nearest stepping stone where it exceeds half the spacing, 0 elsewhere (the raster's diagonal where there is no stepping stone at all).</source>
      <translation>Per gilde, daarna alle gilden: afstand tot de dichtstbijzijnde stapsteen waar die groter is dan de helft van de tussenafstand, elders 0 (de diagonaal van het raster waar er helemaal geen stapsteen is).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Per guild, then all guilds: 1 stepping stone, 2 Bij-tankstation, 3 other connecting landscape (a bridged gap, or a strip of the strip layer), 0 none.</source>
      <translation>Per gilde, daarna alle gilden: 1 stapsteen, 2 Bij-tankstation, 3 overig verbindend landschap (een overbrugde onderbreking, of een strook uit de stroken-laag), 0 geen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Area meeting each rule and its share of the municipality.</source>
      <translation>Oppervlakte die aan elke regel voldoet en het aandeel daarvan in de gemeente.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>&lt;p&gt;Checks the rules of Bijenlandschap (WENR and Brabants Landschap) per guild and for all guilds together: a Bed &amp;amp; Breakfast area has, within a window of about {window_area} km², at least {flower_percent} % flowering bee plants and nest sites no farther than {nest_food} m from food; stepping stones of at least {stone_area} ha lie at least every {spacing} km (a place farther than half that spacing from a stone is in a gap); flower-rich strips at least {strip_width} m wide connect the landscape with gaps of at most {strip_gap} m; Bij-tankstations are the flowering sites too small for a stepping stone.&lt;/p&gt;&lt;p&gt;The rules speak of flower cover, so they read each cell's own floral index. Give either the Floral cover and Nesting habitat outputs of Habitat suitability (one band per guild), or a land-use raster with tables: both give the same result. Accessible food (flowers averaged over the foraging range) is refused.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Toetst de regels van Bijenlandschap (WENR en Brabants Landschap) per gilde en voor alle gilden samen: een Bed &amp;amp; Breakfast-gebied heeft binnen een venster van ongeveer {window_area} km² ten minste {flower_percent} % bloeiende bijenplanten en nestplaatsen op niet meer dan {nest_food} m van voedsel; stapstenen van ten minste {stone_area} ha liggen minstens elke {spacing} km (een plek die verder dan de helft van die tussenafstand van een stapsteen ligt, valt in een gat); bloemrijke stroken van ten minste {strip_width} m breed verbinden het landschap met onderbrekingen van hoogstens {strip_gap} m; Bij-tankstations zijn de bloeiende plekken die te klein zijn voor een stapsteen.&lt;/p&gt;&lt;p&gt;De regels gaan over bloembedekking, dus lezen ze de eigen bloemindex van elke cel. Geef ofwel de uitvoer Bloembedekking en Nestgelegenheid van Geschiktheid leefgebied (één band per gilde), ofwel een landgebruiksraster met tabellen: beide geven hetzelfde resultaat. Bereikbaar voedsel (bloemen gemiddeld over het foerageergebied) wordt geweigerd.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Flowering (floral cover)</source>
      <translation>Bloei (bloembedekking)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Nesting habitat</source>
      <translation>Nestgelegenheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Land-use raster (instead of the two above)</source>
      <translation>Landgebruiksraster (in plaats van de twee hierboven)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Biophysical table (CSV)</source>
      <translation>Biofysische tabel (CSV)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Guild table (CSV)</source>
      <translation>Gildetabel (CSV)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>With a land-use raster; empty: the Dutch defaults.</source>
      <translation>Bij een landgebruiksraster; leeg: de Nederlandse standaardwaarden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Flowering from (index)</source>
      <translation>Bloei vanaf (index)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>A cell counts as flowering at or above this floral index.</source>
      <translation>Een cel telt als bloeiend bij deze bloemindex of hoger.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Nest site from (index)</source>
      <translation>Nestplaats vanaf (index)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>A cell counts as a nest site at or above this nesting index.</source>
      <translation>Een cel telt als nestplaats bij deze nestindex of hoger.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Flowering share at least</source>
      <translation>Aandeel bloei ten minste</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Stepping stone at least (ha)</source>
      <translation>Stapsteen ten minste (ha)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Smallest area of a stepping stone.</source>
      <translation>Kleinste oppervlakte van een stapsteen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Window side</source>
      <translation>Zijde venster</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Nest to food at most</source>
      <translation>Nest tot voedsel hoogstens</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Largest distance between a nest site and flowers.</source>
      <translation>Grootste afstand tussen een nestplaats en bloemen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Stepping stones at least every</source>
      <translation>Stapstenen ten minste elke</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Largest spacing between stepping stones.</source>
      <translation>Grootste tussenafstand tussen stapstenen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Flower-rich strip at least</source>
      <translation>Bloemrijke strook ten minste</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Narrowest flowering ground that counts as a strip of the connecting landscape (cells at least this wide always count).</source>
      <translation>Smalste bloeiende grond die telt als strook van het verbindende landschap (cellen die minstens zo breed zijn tellen altijd).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Gaps between strips at most</source>
      <translation>Onderbrekingen tussen stroken hoogstens</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Longest gap between flower-rich strips that the connecting landscape bridges.</source>
      <translation>Langste onderbreking tussen bloemrijke stroken die het verbindende landschap overbrugt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Flower-rich strips (vector, data-rich route)</source>
      <translation>Bloemrijke stroken (vector, gegevensrijke route)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Strip width field (m)</source>
      <translation>Veld met strookbreedte (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>B&amp;B areas</source>
      <translation>B&amp;B-gebieden</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Stepping-stone gaps</source>
      <translation>Gaten tussen stapstenen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Bijenlandschap elements</source>
      <translation>Bijenlandschap-elementen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Summary</source>
      <translation>Overzicht</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>HTML files (*.html)</source>
      <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Give both the flowering and the nesting raster, or a land-use raster.</source>
      <translation>Geef zowel het bloei- als het nestraster, of een landgebruiksraster.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>All guilds: {share:.1f} % of the area meets the B&amp;B rule.</source>
      <translation>Alle gilden: {share:.1f} % van de oppervlakte voldoet aan de B&amp;B-regel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Share of the window that must flower ({share} = {percent} %).</source>
      <translation>Aandeel van het venster dat moet bloeien ({share} = {percent} %).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>Side of the square window ({window} m: about {window_area} km²).</source>
      <translation>Zijde van het vierkante venster ({window} m: ongeveer {window_area} km²).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>The flowering raster has {a} bands and the nesting raster {b}: give one band per guild in both.</source>
      <translation>Het bloeiraster heeft {a} banden en het nestraster {b}: geef in beide één band per gilde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>'{name}' is the Zoem Zone output '{product}' (its metadata say {key}={product}), not '{expected}'. The rules count the cells that flower or hold nests themselves: choose the output '{expected}' of Habitat suitability (for flowering: Floral cover, not Accessible food).</source>
      <translation>'{name}' is de Zoem Zone-uitvoer '{product}' (de metadata zeggen {key}={product}), niet '{expected}'. De regels tellen de cellen die zelf bloeien of nestplaatsen hebben: kies de uitvoer '{expected}' van Geschiktheid leefgebied (voor bloei: Bloembedekking, niet Bereikbaar voedsel).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>'{name}' is {value} m; a strip needs a width above 0 m (the rule says {rule} m).</source>
      <translation>'{name}' is {value} m; een strook moet breder zijn dan 0 m (de regel zegt {rule} m).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/bijenlandschap.py" />
      <source>'{name}' holds lines: choose the field with each strip's width in metres as '{field}' (polygons give their width by their shape).</source>
      <translation>'{name}' bevat lijnen: kies het veld met de breedte van elke strook in meters als '{field}' (polygonen geven hun breedte door hun vorm).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Connectivity graph</source>
      <translation>Verbondenheidsgraaf</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>&lt;p&gt;The habitat network of a set of patches (Saura &amp;amp; Pascual-Hortal 2007, as in Conefor). Patches are linked up to the maximum distance: edge to edge in a straight line, or along the least-cost path over a resistance raster (distances then in cost units). A link of length d is crossed with probability p = exp(−k d), k = −ln(p0)/d0; with p0 = 0.5, d0 is the median dispersal distance.&lt;/p&gt;&lt;p&gt;Outputs: PC (probability of connectivity, over all paths), ECA (equivalent connected area, √PCnum), IIC and the number of components; per patch its component and importance: dPC (% of PC lost without it) split into dPCintra (its own area), dPCflux (its links) and dPCconnector (its role as stepping stone), and dIIC.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Het leefgebiednetwerk van een verzameling plekken (Saura &amp;amp; Pascual-Hortal 2007, zoals in Conefor). Plekken worden verbonden tot de maximale afstand: van rand tot rand in een rechte lijn, of langs het pad met de laagste kosten over een weerstandsraster (afstanden zijn dan in kosteneenheden). Een verbinding met lengte d wordt overbrugd met kans p = exp(−k d), k = −ln(p0)/d0; met p0 = 0,5 is d0 de mediane spreidingsafstand.&lt;/p&gt;&lt;p&gt;Uitvoer: PC (kans op verbondenheid, over alle paden), ECA (equivalent verbonden oppervlak, √PCnum), IIC en het aantal componenten; per plek de component en het belang: dPC (% van PC dat zonder de plek verloren gaat), opgesplitst in dPCintra (het eigen oppervlak), dPCflux (de verbindingen) en dPCconnector (de rol als stapsteen), en dIIC.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Polygons in a projected CRS, e.g. from Habitat patches or partner habitats; ids from an integer field 'id', else the feature's position.</source>
      <translation>Polygonen in een geprojecteerd coördinatenstelsel, bijvoorbeeld uit Leefgebiedplekken of leefgebieden van partners; id's uit een gehele-getallenveld 'id', anders de positie van het object.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Optional: cost per metre. Without it, links are straight edge-to-edge distances.</source>
      <translation>Optioneel: kosten per meter. Zonder dit raster zijn verbindingen rechte afstanden van rand tot rand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Dispersal distance d0 (m, or cost units with a resistance raster)</source>
      <translation>Spreidingsafstand d0 (m, of kosteneenheden met een weerstandsraster)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>A distance and the probability p0 of crossing it; with p0 = 0.5 the median dispersal distance of the guild (e.g. 2 × its alpha). In metres; with a resistance raster in cost units (resistance × metres: 1000 is 1 km over resistance 1).</source>
      <translation>Een afstand en de kans p0 dat die wordt overbrugd; met p0 = 0,5 de mediane spreidingsafstand van het gilde (bijvoorbeeld 2 × zijn alpha). In meters; met een weerstandsraster in kosteneenheden (weerstand × meters: 1000 is 1 km bij weerstand 1).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Probability p0 at d0</source>
      <translation>Kans p0 bij d0</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>The probability of dispersal over the distance d0.</source>
      <translation>De kans op verspreiding over de afstand d0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Maximum link distance (m, or cost units with a resistance raster)</source>
      <translation>Maximale verbindingsafstand (m, of kosteneenheden met een weerstandsraster)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Patches farther apart are not linked directly (they may still be connected through others). Also the threshold of the binary graph of IIC. In the unit of the dispersal distance.</source>
      <translation>Plekken die verder uit elkaar liggen, worden niet rechtstreeks verbonden (ze kunnen nog via andere plekken verbonden zijn). Ook de drempel van de binaire graaf van IIC. In de eenheid van de spreidingsafstand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Optional: a numeric field with each patch's capacity (e.g. area × quality). Empty: the patch area in m².</source>
      <translation>Optioneel: een numeriek veld met de capaciteit van elke plek (bijvoorbeeld oppervlakte × kwaliteit). Leeg: de oppervlakte van de plek in m².</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>The patches with id, capacity, component and dPC, dPCintra, dPCflux, dPCconnector, dIIC (percent).</source>
      <translation>De plekken met id, capacity, component en dPC, dPCintra, dPCflux, dPCconnector, dIIC (procent).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>One line per link with from_id, to_id, distance and probability.</source>
      <translation>Eén lijn per verbinding met from_id, to_id, distance (afstand) en probability (kans).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Resistance</source>
      <translation>Weerstand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Capacity field</source>
      <translation>Capaciteitsveld</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Probability of connectivity (PC)</source>
      <translation>Kans op verbondenheid (PC)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Equivalent connected area (ECA)</source>
      <translation>Equivalent verbonden oppervlak (ECA)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Integral index of connectivity (IIC)</source>
      <translation>Integrale verbondenheidsindex (IIC)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>Number of components</source>
      <translation>Aantal componenten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/connectivity_graph.py" />
      <source>{patches} patches, {links} links.</source>
      <translation>{patches} plekken, {links} verbindingen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>Corridors</source>
      <translation>Corridors</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>&lt;p&gt;Least-cost corridors between habitat patches, as Linkage Mapper draws them: for each link between patches A and B, CWD_A + CWD_B − LCD_AB, the extra cost of passing through a cell on the way from A to B compared with the least-cost path (0 on that path). The output holds the lowest value over all links, up to the corridor width.&lt;/p&gt;&lt;p&gt;Links come from a link layer (e.g. the Links output of Connectivity graph, fields from_id and to_id); without one, patches whose cost-allocation zones touch are linked.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Corridors met de laagste kosten tussen leefgebiedplekken, zoals Linkage Mapper ze tekent: voor elke verbinding tussen plekken A en B CWD_A + CWD_B − LCD_AB, de extra kosten om op weg van A naar B door een cel te gaan vergeleken met het pad met de laagste kosten (0 op dat pad). De uitvoer bevat de laagste waarde over alle verbindingen, tot de corridorbreedte.&lt;/p&gt;&lt;p&gt;Verbindingen komen uit een verbindingenlaag (bijvoorbeeld de uitvoer Verbindingen van Verbondenheidsgraaf, velden from_id en to_id); zonder zo'n laag worden plekken verbonden waarvan de kostentoewijzingszones elkaar raken.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>Polygons of habitat patches, e.g. from Habitat patches; ids from an integer field 'id', else the feature's position.</source>
      <translation>Polygonen van leefgebiedplekken, bijvoorbeeld uit Leefgebiedplekken; id's uit een gehele-getallenveld 'id', anders de positie van het object.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>Cost per metre (e.g. from Resistance surface); nodata or 0 is a barrier.</source>
      <translation>Kosten per meter (bijvoorbeeld uit Weerstandskaart); nodata of 0 is een barrière.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>Optional: the pairs of patches to connect, in fields from_id and to_id.</source>
      <translation>Optioneel: de paren plekken die verbonden moeten worden, in de velden from_id en to_id.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>Corridor width (cost units)</source>
      <translation>Corridorbreedte (kosteneenheden)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>Cells whose extra cost exceeds this are left out of the corridor.</source>
      <translation>Cellen met hogere extra kosten dan deze waarde vallen buiten de corridor.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>Normalised least-cost corridor (0 on least-cost paths).</source>
      <translation>Genormaliseerde corridor met de laagste kosten (0 op de paden met de laagste kosten).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>One line per link with from_id, to_id and its least cost.</source>
      <translation>Eén lijn per verbinding met from_id, to_id en de laagste kosten (cost).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>Links</source>
      <translation>Verbindingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>Least-cost paths</source>
      <translation>Paden met de laagste kosten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>{count} links.</source>
      <translation>{count} verbindingen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>'{name}': patch {id} covers no cell of '{raster}'. Give patches that lie on the resistance raster.</source>
      <translation>'{name}': plek {id} bedekt geen cel van '{raster}'. Geef plekken die op het weerstandsraster liggen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>The link layer needs the fields from_id and to_id (it has: {fields}).</source>
      <translation>De verbindingenlaag heeft de velden from_id en to_id nodig (ze heeft: {fields}).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/corridors.py" />
      <source>'{links}': link {fid} joins patch {a} and {b}, but '{patches}' has no patch with id {missing}.</source>
      <translation>'{links}': verbinding {fid} verbindt plek {a} en {b}, maar '{patches}' heeft geen plek met id {missing}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>Cost distance</source>
      <translation>Kostenafstand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>&lt;p&gt;The least accumulated cost of reaching each cell from the nearest source, over a cost (resistance) raster, in map units: eight neighbours, a straight step costs the mean of the two cells' costs times the cell size, a diagonal step √2 times that; sources start at 0. This is the convention of GRASS r.cost (times the cell size) and gives exactly the result of Dijkstra's algorithm.&lt;/p&gt;&lt;p&gt;Cells with nodata or a cost of 0 or less are barriers.&lt;/p&gt;</source>
      <translation>&lt;p&gt;De laagste geaccumuleerde kosten om elke cel vanaf de dichtstbijzijnde bron te bereiken, over een kostenraster (weerstandsraster), in kaarteenheden: acht buren; een rechte stap kost het gemiddelde van de kosten van de twee cellen maal de celgrootte, een diagonale stap √2 keer zoveel; bronnen beginnen bij 0. Dit is de conventie van GRASS r.cost (maal de celgrootte) en geeft precies het resultaat van het algoritme van Dijkstra.&lt;/p&gt;&lt;p&gt;Cellen met nodata of kosten van 0 of lager zijn barrières.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>Cost (resistance) per metre, e.g. from Resistance surface, in a projected CRS with square cells.</source>
      <translation>Kosten (weerstand) per meter, bijvoorbeeld uit Weerstandskaart, in een geprojecteerd coördinatenstelsel met vierkante cellen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>A vector layer (points, lines or polygons; every cell a feature touches is a source; ids from an integer field 'id', else the feature's position) or a raster whose nonzero cells are sources, on the grid of the cost raster.</source>
      <translation>Een vectorlaag (punten, lijnen of polygonen; elke cel die een object raakt is een bron; id's uit een gehele-getallenveld 'id', anders de positie van het object) of een raster waarvan de cellen die niet 0 zijn bronnen zijn, op het grid van het kostenraster.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>Optional: cells costing more to reach stay nodata (saves time).</source>
      <translation>Optioneel: cellen die meer kosten om te bereiken blijven nodata (bespaart tijd).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>Least accumulated cost from the nearest source, in map units.</source>
      <translation>Laagste geaccumuleerde kosten vanaf de dichtstbijzijnde bron, in kaarteenheden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>Optional: the id of the source each cell is cheapest to reach from.</source>
      <translation>Optioneel: het id van de bron van waaruit elke cel het goedkoopst te bereiken is.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>Cost raster</source>
      <translation>Kostenraster</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>Sources</source>
      <translation>Bronnen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>Maximum cost</source>
      <translation>Maximale kosten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>Accumulated cost</source>
      <translation>Geaccumuleerde kosten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>Nearest source</source>
      <translation>Dichtstbijzijnde bron</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/cost_distance.py" />
      <source>No sources were given.</source>
      <translation>Er zijn geen bronnen opgegeven.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>Graph metrics (Conefor files)</source>
      <translation>Grafiekmaten (Conefor-bestanden)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>&lt;p&gt;The indices of Connectivity graph from Conefor's plain-text inputs, so results can be checked against Conefor and its files reused: a node file (id and capacity per line) and a connection file (id, id and distance per line; separated by spaces, tabs, ',' or ';').&lt;/p&gt;&lt;p&gt;Outputs PC, PCnum, ECA and IIC, and a table with dPC, dPCintra, dPCflux, dPCconnector and dIIC per node (CSV when the file name ends in .csv).&lt;/p&gt;</source>
      <translation>&lt;p&gt;De indices van Verbondenheidsgraaf uit de tekstbestanden die Conefor als invoer gebruikt, zodat resultaten met Conefor vergeleken en de bestanden hergebruikt kunnen worden: een knopenbestand (id en capaciteit per regel) en een verbindingenbestand (id, id en afstand per regel; gescheiden door spaties, tabs, ',' of ';').&lt;/p&gt;&lt;p&gt;Geeft PC, PCnum, ECA en IIC, en een tabel met dPC, dPCintra, dPCflux, dPCconnector en dIIC per knoop (CSV als de bestandsnaam eindigt op .csv).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>One node per line: id and capacity (e.g. area).</source>
      <translation>Eén knoop per regel: id en capaciteit (bijvoorbeeld oppervlakte).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>One link per line: id, id and distance.</source>
      <translation>Eén verbinding per regel: id, id en afstand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>Dispersal distance d0</source>
      <translation>Spreidingsafstand d0</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>The distance crossed with probability p0, in the units of the file.</source>
      <translation>De afstand die met kans p0 wordt overbrugd, in de eenheden van het bestand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>Links up to this distance form the binary graph of IIC. Empty: all links.</source>
      <translation>Verbindingen tot deze afstand vormen de binaire graaf van IIC. Leeg: alle verbindingen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>Optional: the area of the landscape in the units of the capacities. Empty: the sum of the capacities.</source>
      <translation>Optioneel: de oppervlakte van het landschap in de eenheden van de capaciteiten. Leeg: de som van de capaciteiten.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>One row per node: id, dPC, dPCintra, dPCflux, dPCconnector, dIIC.</source>
      <translation>Eén rij per knoop: id, dPC, dPCintra, dPCflux, dPCconnector, dIIC.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>Node file</source>
      <translation>Knopenbestand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>Connection file</source>
      <translation>Verbindingenbestand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>IIC distance threshold</source>
      <translation>Afstandsdrempel IIC</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>Landscape area A_L</source>
      <translation>Oppervlakte landschap A_L</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>Node importance</source>
      <translation>Belang van knopen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/graph_metrics.py" />
      <source>PCnum</source>
      <translation>PCnum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Habitat quality per cell, e.g. nesting habitat or pollinator supply, in a projected CRS.</source>
      <translation>Kwaliteit van het leefgebied per cel, bijvoorbeeld nestgelegenheid of aanbod bestuivers, in een geprojecteerd coördinatenstelsel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>The band to use (e.g. band 1 of Pollinator supply: all guilds).</source>
      <translation>De te gebruiken band (bijvoorbeeld band 1 van Aanbod bestuivers: alle gilden).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Threshold</source>
      <translation>Drempel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Cells with a value at or above this are habitat.</source>
      <translation>Cellen met een waarde gelijk aan of boven deze drempel zijn leefgebied.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Minimum patch area (ha)</source>
      <translation>Minimale oppervlakte plek (ha)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Checked: 8-connected patches (diagonal neighbours join); unchecked: only cells sharing an edge join (4-connected).</source>
      <translation>Aangevinkt: 8-verbonden plekken (diagonale buren horen erbij); niet aangevinkt: alleen cellen met een gemeenschappelijke zijde horen bij elkaar (4-verbonden).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>One polygon per patch with id, area_m2 and quality.</source>
      <translation>Eén polygoon per plek met id, area_m2 en quality.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Optional: the patch id of each cell (0 outside patches).</source>
      <translation>Optioneel: het plek-id van elke cel (0 buiten plekken).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>&lt;p&gt;Finds the habitat patches of a suitability raster (for instance a band of Habitat suitability's outputs): connected cells with a value at or above the threshold. Patches smaller than the minimum area are dropped; the default is {min_area} ha, and the Bijenlandschap stepping stone is at least {stone_area} ha.&lt;/p&gt;&lt;p&gt;Each patch becomes one polygon with its id, area (m²) and mean quality (mean suitability of its cells). Use them as the patches of Connectivity graph and Corridors.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Zoekt de leefgebiedplekken in een geschiktheidsraster (bijvoorbeeld een band van de uitvoer van Geschiktheid leefgebied): aaneengesloten cellen met een waarde gelijk aan of boven de drempel. Plekken kleiner dan de minimale oppervlakte vallen af; de standaard is {min_area} ha, en de stapsteen van Bijenlandschap is ten minste {stone_area} ha.&lt;/p&gt;&lt;p&gt;Elke plek wordt één polygoon met id, oppervlakte (m²) en gemiddelde kwaliteit (gemiddelde geschiktheid van de cellen). Gebruik ze als plekken in Verbondenheidsgraaf en Corridors.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Suitability raster</source>
      <translation>Geschiktheidsraster</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Band</source>
      <translation>Band</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Cells touching at a corner belong together</source>
      <translation>Cellen die elkaar op een hoek raken horen bij elkaar</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Patch ids (raster)</source>
      <translation>Plek-id's (raster)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>Smaller patches are dropped. The Bijenlandschap stepping stone is at least {stone_area} ha.</source>
      <translation>Kleinere plekken vallen af. De stapsteen van Bijenlandschap is ten minste {stone_area} ha.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/habitat_patches.py" />
      <source>{count} patches found.</source>
      <translation>{count} plekken gevonden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/resistance_surface.py" />
      <source>Resistance surface (bees)</source>
      <translation>Weerstandskaart (bijen)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/resistance_surface.py" />
      <source>&lt;p&gt;Turns a land-use raster into the resistance bees meet when crossing each cell: the cost of one metre relative to the best habitat (1). Use it as the cost raster of Cost distance, Connectivity graph and Corridors.&lt;/p&gt;&lt;p&gt;Without a table of your own it uses the Dutch table for wild bees (LGN codes), explained in docs/defaults.md. Codes with a resistance of 0 or less are barriers (nodata).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Zet een landgebruiksraster om in de weerstand die bijen ondervinden bij het doorkruisen van elke cel: de kosten van één meter ten opzichte van het beste leefgebied (1). Gebruik het als kostenraster in Kostenafstand, Verbondenheidsgraaf en Corridors.&lt;/p&gt;&lt;p&gt;Zonder eigen tabel wordt de Nederlandse tabel voor wilde bijen (LGN-codes) gebruikt, toegelicht in docs/defaults.md. Codes met een weerstand van 0 of lager zijn barrières (nodata).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/resistance_surface.py" />
      <source>Integer land-use codes (e.g. LGN) in a projected CRS. Every code must be in the table.</source>
      <translation>Gehele landgebruikscodes (bijvoorbeeld LGN) in een geprojecteerd coördinatenstelsel. Elke code moet in de tabel staan.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/resistance_surface.py" />
      <source>Columns lucode and resistance (',' or ';', decimal commas allowed). Empty: the Dutch table for wild bees.</source>
      <translation>Kolommen lucode en resistance (',' of ';', decimale komma's toegestaan). Leeg: de Nederlandse tabel voor wilde bijen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/resistance_surface.py" />
      <source>Resistance per cell; nodata at nodata land use and barriers.</source>
      <translation>Weerstand per cel; nodata bij nodata in het landgebruik en bij barrières.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/resistance_surface.py" />
      <source>Land-use raster</source>
      <translation>Landgebruiksraster</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/resistance_surface.py" />
      <source>Resistance table (CSV)</source>
      <translation>Weerstandstabel (CSV)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/resistance_surface.py" />
      <source>Resistance table: {path}</source>
      <translation>Weerstandstabel: {path}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/connectivity/resistance_surface.py" />
      <source>{count} cells are barriers.</source>
      <translation>{count} cellen zijn barrières.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>Habitat suitability (pollinators)</source>
      <translation>Geschiktheid leefgebied (bestuivers)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>&lt;p&gt;Maps where wild bees can nest, how much food they reach, how many bees the landscape supplies and how many visit each place per season. This is the InVEST 3.20 pollination model (Lonsdorf et al. 2009) and gives InVEST's numbers.&lt;/p&gt;&lt;p&gt;Without tables of your own it uses the Dutch defaults: LGN land-use codes, ground-nesting and cavity-nesting solitary bees and bumblebees, and four seasons (early spring, late spring, summer, late summer). InVEST tables work unchanged; headers may be in any case, separated by ',' or ';', with decimal commas.&lt;/p&gt;&lt;p&gt;Each output holds one band per guild or per season, named after it. Values are indices from 0 to 1; nodata where the land use is nodata.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Kaarten waar wilde bijen kunnen nestelen, hoeveel voedsel ze bereiken, hoeveel bijen het landschap levert en hoeveel er per seizoen elke plek bezoeken. Dit is het bestuivingsmodel van InVEST 3.20 (Lonsdorf et al. 2009) en geeft dezelfde getallen als InVEST.&lt;/p&gt;&lt;p&gt;Zonder eigen tabellen gebruikt het de Nederlandse standaardwaarden: LGN-landgebruikscodes, grondnestelende en holtenestelende solitaire bijen en hommels, en vier seizoenen (vroege voorjaar, late voorjaar, zomer, nazomer). InVEST-tabellen werken ongewijzigd; kolomkoppen mogen in hoofd- of kleine letters staan, gescheiden door ',' of ';', met decimale komma's.&lt;/p&gt;&lt;p&gt;Elke uitvoer bevat één band per gilde of per seizoen, naar dat gilde of seizoen genoemd. Waarden zijn indexen van 0 tot 1; nodata waar het landgebruik nodata is.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>Nesting suitability per guild (HN), one band per guild.</source>
      <translation>Nestgeschiktheid per gilde (HN), één band per gilde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>Floral resources within foraging range per guild (FR), one band per guild.</source>
      <translation>Voedselaanbod binnen de foerageerafstand per gilde (FR), één band per gilde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>Band 1: total pollinator supply over all guilds; then one band per guild.</source>
      <translation>Band 1: totaal aanbod bestuivers over alle gildes; daarna één band per gilde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>Total pollinator abundance (all guilds), one band per season.</source>
      <translation>Totale bestuiversdichtheid (alle gildes), één band per seizoen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>Optional: also write InVEST 3.20's own files (pollinator_supply_&lt;species&gt;.tif, pollinator_abundance_&lt;species&gt;_&lt;season&gt;.tif, total_pollinator_abundance_&lt;season&gt;.tif and intermediate_outputs/) into this folder.</source>
      <translation>Optioneel: schrijf ook de eigen bestanden van InVEST 3.20 (pollinator_supply_&lt;species&gt;.tif, pollinator_abundance_&lt;species&gt;_&lt;season&gt;.tif, total_pollinator_abundance_&lt;season&gt;.tif en intermediate_outputs/) naar deze map.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>Optional: each cell's own floral index per guild (its flowers weighted by the guild's seasons), not averaged over the foraging range. This is the flowering that Bijenlandschap rules expects.</source>
      <translation>Optioneel: de eigen bloemindex van elke cel per gilde (de bloemen gewogen naar de seizoenen van de gilde), niet gemiddeld over het foerageergebied. Dit is de bloei die Bijenlandschap-regels verwacht.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>Accessible food</source>
      <translation>Bereikbaar voedsel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>Pollinator abundance per season</source>
      <translation>Bestuiversdichtheid per seizoen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>InVEST file layout (folder)</source>
      <translation>InVEST-bestandsindeling (map)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/habitat_suitability.py" />
      <source>Floral cover</source>
      <translation>Bloembedekking</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/seasonal_food_gaps.py" />
      <source>Seasonal food gaps (year-round food)</source>
      <translation>Voedselgaten per seizoen (jaarrond voedsel)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/seasonal_food_gaps.py" />
      <source>&lt;p&gt;Zoem Zone's year-round (jaarrond) goal made visible: at every place where a guild can nest, the number of the seasons in which it flies (foraging activity above 0) with too little food within its foraging range. Food in a season is the kernel-weighted mean of the floral resources of that season around the nest, with the guild's own foraging kernel (as in Habitat suitability); a season is a gap where it falls below the threshold.&lt;/p&gt;&lt;p&gt;0 = fed all year. The summary gives the area with a gap per guild and season.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Het jaarrond-doel van Zoem Zone zichtbaar gemaakt: op elke plek waar een gilde kan nestelen, het aantal seizoenen waarin het vliegt (foerageeractiviteit boven 0) met te weinig voedsel binnen de foerageerafstand. Het voedsel in een seizoen is het met de kernel gewogen gemiddelde van het bloemaanbod van dat seizoen rond de nestplaats, met de eigen foerageerkernel van het gilde (zoals in Geschiktheid leefgebied); een seizoen is een voedselgat als het onder de drempel blijft.&lt;/p&gt;&lt;p&gt;0 = het hele jaar voedsel. Het overzicht geeft per gilde en seizoen de oppervlakte met een voedselgat.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/seasonal_food_gaps.py" />
      <source>Food threshold</source>
      <translation>Voedseldrempel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/seasonal_food_gaps.py" />
      <source>Floral resources within reach (0–1, the floral index of the biophysical table) below which a season counts as a gap.</source>
      <translation>Bloemaanbod binnen bereik (0–1, de bloemindex van de biofysische tabel) waaronder een seizoen als voedselgat telt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/seasonal_food_gaps.py" />
      <source>One band per guild: the number of its flight seasons with a food gap; nodata where the guild cannot nest.</source>
      <translation>Eén band per gilde: het aantal vliegseizoenen met een voedselgat; nodata waar het gilde niet kan nestelen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/seasonal_food_gaps.py" />
      <source>Optional: one band per guild, the seasons with a food gap as a sum of bits: 1 for the first season of the guild table, 2 for the second, 4 for the third, …; the season names are in the raster's metadata. The website names them on a click.</source>
      <translation>Optioneel: één band per gilde, de seizoenen met een voedselgat als som van bits: 1 voor het eerste seizoen van de gildetabel, 2 voor het tweede, 4 voor het derde, …; de namen van de seizoenen staan in de metadata van de raster. De website noemt ze bij een klik.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/seasonal_food_gaps.py" />
      <source>Per guild and season: nest area, area with a food gap (ha) and its share (%).</source>
      <translation>Per gilde en seizoen: oppervlakte nestgelegenheid, oppervlakte met een voedselgat (ha) en het aandeel daarvan (%).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/seasonal_food_gaps.py" />
      <source>Seasons with a food gap</source>
      <translation>Seizoenen met een voedselgat</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/seasonal_food_gaps.py" />
      <source>Which seasons have a food gap</source>
      <translation>Welke seizoenen een voedselgat hebben</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat/seasonal_food_gaps.py" />
      <source>Food gap summary</source>
      <translation>Overzicht voedselgaten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Advice report (PDF per area)</source>
      <translation>Adviesrapport (pdf per gebied)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>&lt;p&gt;A PDF advice report per study area for partners and councils, from the outputs of the kansenkaart chain: a cover with the area's name, date and data version; the priority map with the area's outline and a legend; the best places (or, with a parcel ranking, parcels) with the recommended measure, area, expected gain, priority and location; a chart of the seasonal food gaps per guild; the habitat network (ECA, the most important patches by dPC and dPCconnector, the weakest links); the partners' measures by status, with the land use given also their modelled effect (as Measure scenario computes it); and the method and its caveats.&lt;/p&gt;&lt;p&gt;With a partner named, each report covers that partner's land in the area (their habitats and measure areas in the data package) and their measures only.&lt;/p&gt;&lt;p&gt;The look comes from a print layout template: open resources/layouts/advice_report.qpt in the layout designer, change logo, colours and fonts, save it as a template and give it here. An area outside the rasters or without data is reported by name and skipped; the other areas' reports are still made.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Een adviesrapport in pdf per studiegebied voor partners en gemeenten, uit de uitvoer van de kansenkaartketen: een voorblad met de naam van het gebied, de datum en de dataversie; de prioriteitskaart met de omtrek van het gebied en een legenda; de beste plekken (of, met een perceelrangschikking, percelen) met de aanbevolen maatregel, oppervlakte, verwachte winst, prioriteit en ligging; een grafiek van de voedselgaten per seizoen per gilde; het habitatnetwerk (ECA, de belangrijkste leefgebiedplekken naar dPC en dPCconnector, de zwakste verbindingen); de maatregelen van de partners per status, met het landgebruik erbij ook hun berekende effect (zoals Maatregelscenario het berekent); en de methode en haar kanttekeningen.&lt;/p&gt;&lt;p&gt;Met een partner opgegeven beslaat elk rapport de grond van die partner in het gebied (diens leefgebieden en maatregelvlakken in het datapakket) en alleen diens maatregelen.&lt;/p&gt;&lt;p&gt;Het uiterlijk komt uit een printlay-outsjabloon: open resources/layouts/advice_report.qpt in de lay-outontwerper, pas logo, kleuren en lettertypen aan, sla het op als sjabloon en geef het hier op. Een gebied buiten de rasters of zonder gegevens wordt bij naam gemeld en overgeslagen; de rapporten van de andere gebieden worden wel gemaakt.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: the partners' data package, for their measures by status: a GeoPackage file or the name of a saved PostgreSQL connection, followed by /schema when the package is not in the schema 'zoemzone' (e.g. limburg/zoemzone_2026).</source>
      <translation>Optioneel: het datapakket van de partners, voor hun maatregelen per status: een GeoPackage-bestand of de naam van een opgeslagen PostgreSQL-verbinding, gevolgd door /schema als het pakket niet in het schema 'zoemzone' staat (bijv. limburg/zoemzone_2026).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>One report per polygon (e.g. municipalities or neighbourhoods).</source>
      <translation>Eén rapport per polygoon (bijv. gemeenten of wijken).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>The field with the area's name, shown on the report and in its file name. Empty: the feature's number.</source>
      <translation>Het veld met de naam van het gebied, getoond in het rapport en in de bestandsnaam. Leeg: het volgnummer van het object.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: a partner's name or id in the data package; each report then covers that partner's land in the area.</source>
      <translation>Optioneel: de naam of het id van een partner in het datapakket; elk rapport beslaat dan de grond van die partner in het gebied.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Number of best places</source>
      <translation>Aantal beste plekken</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>How many places or parcels the top list holds.</source>
      <translation>Hoeveel plekken of percelen de toplijst bevat.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: a restyled copy of the advice report's layout template. Empty: the plugin's own.</source>
      <translation>Optioneel: een aangepaste kopie van het lay-outsjabloon van het adviesrapport. Leeg: dat van de plugin.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>The language of the report's texts.</source>
      <translation>De taal van de teksten in het rapport.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: the land use the chain ran on, for the modelled effect of the partners' measures (as in Measure scenario), with the tables below as in the chain.</source>
      <translation>Optioneel: het landgebruik waarop de keten draaide, voor het berekende effect van de maatregelen van de partners (zoals in Maatregelscenario), met de tabellen hieronder zoals in de keten.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>One PDF per area, named after the area (and the partner).</source>
      <translation>Eén pdf per gebied, genoemd naar het gebied (en de partner).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Priority classes 1–5 from the kansenkaart.</source>
      <translation>Prioriteitsklassen 1–5 uit de kansenkaart.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>The best measure's catalogue id, from the kansenkaart.</source>
      <translation>Het catalogusnummer van de beste maatregel, uit de kansenkaart.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: the kansenkaart's gain, for the expected gain of the best places.</source>
      <translation>Optioneel: de winst uit de kansenkaart, voor de verwachte winst van de beste plekken.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: for the area's mean pollinator supply.</source>
      <translation>Optioneel: voor het gemiddelde bestuiversaanbod in het gebied.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: from Seasonal food gaps, for the chart per guild.</source>
      <translation>Optioneel: uit Voedselgaten per seizoen, voor de grafiek per gilde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: drawn on the map.</source>
      <translation>Optioneel: op de kaart getekend.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: from Connectivity graph (id, capacity, dPC, dPCconnector), for the habitat network.</source>
      <translation>Optioneel: uit Verbondenheidsgraaf (id, capacity, dPC, dPCconnector), voor het habitatnetwerk.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: from Connectivity graph (from_id, to_id, distance, probability), for the ECA and the weakest links.</source>
      <translation>Optioneel: uit Verbondenheidsgraaf (from_id, to_id, distance, probability), voor de ECA en de zwakste verbindingen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Optional: from the kansenkaart; the report then lists the best parcels instead of the best places.</source>
      <translation>Optioneel: uit de kansenkaart; het rapport noemt dan de beste percelen in plaats van de beste plekken.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Partner data package</source>
      <translation>Datapakket van de partners</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Study areas</source>
      <translation>Studiegebieden</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Area name field</source>
      <translation>Veld met de gebiedsnaam</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Layout template (.qpt)</source>
      <translation>Lay-outsjabloon (.qpt)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Output folder</source>
      <translation>Uitvoermap</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Reports written</source>
      <translation>Geschreven rapporten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>English</source>
      <translation>Engels</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Study area '{area}': {problem} No report was made for it; the other areas' reports are made.</source>
      <translation>Studiegebied '{area}': {problem} Hiervoor is geen rapport gemaakt; de rapporten van de andere gebieden wel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>It has no geometry.</source>
      <translation>Het heeft geen geometrie.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>PARTNER is '{partner}' but no data package was given: give the partners' data package as PACKAGE, or leave PARTNER empty.</source>
      <translation>PARTNER is '{partner}' maar er is geen datapakket opgegeven: geef het datapakket van de partners op als PACKAGE, of laat PARTNER leeg.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>PARTNER '{partner}' is not in the data package's partners ({names}): give one of their names or ids.</source>
      <translation>PARTNER '{partner}' staat niet bij de partners in het datapakket ({names}): geef een van hun namen of id's op.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>Study area '{area}': {path}</source>
      <translation>Studiegebied '{area}': {path}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/advice_report.py" />
      <source>The partner '{partner}' has no land in it.</source>
      <translation>De partner '{partner}' heeft er geen grond.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Assess fund applications</source>
      <translation>Fondsaanvragen beoordelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Points, lines or polygons with applicant_kind, measure_type, amount_requested_eur and status; measure_size_m2, applicant_name and title are used where present (the data package's applications table). A line is buffered by its measure's width, as in Measure scenario.</source>
      <translation>Punten, lijnen of vlakken met applicant_kind, measure_type, amount_requested_eur en status; measure_size_m2, applicant_name en title worden gebruikt waar ze er zijn (de tabel applications van het datapakket). Een lijn wordt gebufferd met de breedte van haar maatregel, zoals in Maatregelscenario.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Optional: the kansenkaart's priority; its mean under each application is reported.</source>
      <translation>Optioneel: de prioriteit van de kansenkaart; het gemiddelde onder elke aanvraag wordt gerapporteerd.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Municipalities or other areas (named by a 'name' field where present); an application belongs to the area holding a point on its surface.</source>
      <translation>Gemeenten of andere gebieden (genoemd naar een veld 'name' als dat er is); een aanvraag hoort bij het gebied waarin een punt op haar oppervlak ligt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Budget (EUR)</source>
      <translation>Budget (EUR)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>The money to share out.</source>
      <translation>Het geld dat verdeeld wordt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Least number of study areas with a project</source>
      <translation>Minimum aantal studiegebieden met een project</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Spread over the province: at least this many study areas get a project.</source>
      <translation>Spreiding over de provincie: ten minste zoveel studiegebieden krijgen een project.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Most projects per study area</source>
      <translation>Maximum aantal projecten per studiegebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>At most this many funded projects in one study area; 0: no limit.</source>
      <translation>Hoogstens zoveel gefinancierde projecten in één studiegebied; 0: geen grens.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>One row per application: effect, effect per euro, change in food gaps, change in ECA (with patches), mean priority, eligible, problems, selected.</source>
      <translation>Eén rij per aanvraag: effect, effect per euro, verandering in voedselgaten, verandering in ECA (met leefgebiedplekken), gemiddelde prioriteit, subsidiabel, problemen, gekozen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>The ranked list, the portfolio on a map and the budget per study area.</source>
      <translation>De gerangschikte lijst, de portefeuille op een kaart en het budget per studiegebied.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>&lt;p&gt;Assesses the applications to the stimuleringsfonds and chooses the portfolio to fund. Each application is a measure of the catalogue on its own ground (a point with measure_size_m2 becomes a circle of that area); its effect is the gain in total pollinator supply with it alone, as Measure scenario computes it, and effect per euro divides that by amount_requested_eur. Its change in seasonal food gaps alone (nest cells times flight seasons with too little food, threshold {threshold} as in Seasonal food gaps) is given beside it, and with habitat patches and a dispersal distance its change in equivalent connected area (ECA), as Measure scenario computes it.&lt;/p&gt;&lt;p&gt;Eligibility problems are listed by name: a direct partner applying alone, an amount missing or not above 0, an unknown measure type, an application outside every study area, status afgewezen, and every drawing problem of Measure scenario (e.g. land use the measure may not be applied on).&lt;/p&gt;&lt;p&gt;Applications near each other are not simply added: where one's flowers feed the nests another adds (or would have fed the nests another takes away) their joint effect differs from the sum. The portfolio counts every pair's interaction term, which for the pollination model is exact: the joint effect of any set is the sum of the separate effects plus the pairs' terms. Applications on the same cells exclude each other.&lt;/p&gt;&lt;p&gt;The portfolio is the set of eligible applications within the budget with the greatest joint effect that gives projects to at least MIN_AREAS study areas and at most MAX_PER_AREA to any one, found by branch and bound. It is exact; if the search needs more than a minute it stops with the best portfolio found and states how far from the optimum it can at most be (the gap). The chosen portfolio is then run through the model once more, which checks its joint effect and gives its change in cells with a seasonal food gap and in ECA. The ECA is reported, not optimised: the portfolio maximises the gain in supply alone.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Beoordeelt de aanvragen bij het stimuleringsfonds en kiest de portefeuille die gefinancierd wordt. Elke aanvraag is een maatregel uit de catalogus op een eigen stuk grond (een punt met measure_size_m2 wordt een cirkel van die oppervlakte); het effect is de toename van het totale bestuiversaanbod met alleen die aanvraag, zoals Maatregelscenario die berekent, en effect per euro deelt dat door amount_requested_eur. De verandering in voedselgaten per seizoen met alleen die aanvraag (nestcellen maal vliegseizoenen met te weinig voedsel, drempel {threshold} zoals in Voedselgaten per seizoen) staat ernaast, en met leefgebiedplekken en een spreidingsafstand de verandering in het equivalent verbonden oppervlak (ECA), zoals Maatregelscenario die berekent.&lt;/p&gt;&lt;p&gt;Problemen met de subsidiabiliteit worden bij naam genoemd: een directe partner die alleen aanvraagt, een bedrag dat ontbreekt of niet boven 0 ligt, een onbekend maatregeltype, een aanvraag buiten elk studiegebied, status afgewezen, en elk tekenprobleem van Maatregelscenario (bijv. grondgebruik waarop de maatregel niet mag liggen).&lt;/p&gt;&lt;p&gt;Aanvragen dicht bij elkaar worden niet zomaar opgeteld: waar de bloemen van de een de nesten voeden die een ander toevoegt (of de nesten gevoed zouden hebben die een ander weghaalt), wijkt hun gezamenlijke effect af van de som. De portefeuille telt de wisselwerkingsterm van elk paar mee; voor het bestuivingsmodel is dat exact: het gezamenlijke effect van elke set is de som van de afzonderlijke effecten plus de termen van de paren. Aanvragen op dezelfde cellen sluiten elkaar uit.&lt;/p&gt;&lt;p&gt;De portefeuille is de set subsidiabele aanvragen binnen het budget met het grootste gezamenlijke effect die in ten minste MIN_AREAS studiegebieden een project heeft en in geen enkel gebied meer dan MAX_PER_AREA, gevonden met branch and bound. Die is exact; duurt het zoeken langer dan een minuut, dan stopt het met de beste gevonden portefeuille en staat erbij hoe ver die hoogstens van het optimum af ligt (de gap). De gekozen portefeuille gaat daarna nog eens in zijn geheel door het model; dat controleert het gezamenlijke effect en geeft de verandering in cellen met een voedselgat per seizoen en in de ECA. De ECA wordt gerapporteerd, niet geoptimaliseerd: de portefeuille maximaliseert alleen de toename van het aanbod.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Applications</source>
      <translation>Aanvragen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Priority (kansenkaart)</source>
      <translation>Prioriteit (kansenkaart)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Assessed applications</source>
      <translation>Beoordeelde aanvragen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Applications funded</source>
      <translation>Gefinancierde aanvragen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Spent (EUR)</source>
      <translation>Besteed (EUR)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Study areas with a project</source>
      <translation>Studiegebieden met een project</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Joint effect (gain in total pollinator supply)</source>
      <translation>Gezamenlijk effect (toename van het totale bestuiversaanbod)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Sum of the separate effects</source>
      <translation>Som van de afzonderlijke effecten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Joint effect by one model run of the portfolio</source>
      <translation>Gezamenlijk effect uit één modelrun van de portefeuille</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Change in nest cells with a seasonal food gap (all guilds and seasons)</source>
      <translation>Verandering in nestcellen met een voedselgat per seizoen (alle gilden en seizoenen)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Optimality</source>
      <translation>Optimaliteit</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Applicant</source>
      <translation>Aanvrager</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Study area</source>
      <translation>Studiegebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Measure</source>
      <translation>Maatregel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Amount (EUR)</source>
      <translation>Bedrag (EUR)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Effect</source>
      <translation>Effect</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Effect per euro</source>
      <translation>Effect per euro</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Change in food gaps</source>
      <translation>Verandering in voedselgaten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Mean priority</source>
      <translation>Gemiddelde prioriteit</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Funded</source>
      <translation>Gefinancierd</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Problems</source>
      <translation>Problemen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>{eligible} of {count} applications are eligible.</source>
      <translation>{eligible} van de {count} aanvragen zijn subsidiabel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Portfolio</source>
      <translation>Portefeuille</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Equivalent connected area (ECA): today → with the portfolio (change)</source>
      <translation>Equivalent verbonden oppervlak (ECA): nu → met de portefeuille (verandering)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>proven optimal</source>
      <translation>bewezen optimaal</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Change in ECA</source>
      <translation>Verandering in ECA</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>'{name}' is {value}: there is no money to share out. Give the fund's budget in euros, above 0.</source>
      <translation>'{name}' is {value}: er is geen geld om te verdelen. Geef het budget van het fonds in euro's, boven 0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>The portfolio search stopped after {seconds:.0f} s: the portfolio found is at most {gap:.2f} % below the best.</source>
      <translation>Het zoeken naar de portefeuille is na {seconds:.0f} s gestopt: de gevonden portefeuille ligt hoogstens {gap:.2f} % onder de beste.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>The layer 'Applications' lacks the field(s) {fields}. Use the data package's applications table, or add and fill them.</source>
      <translation>De laag 'Aanvragen' mist het veld of de velden {fields}. Gebruik de tabel applications van het datapakket, of voeg ze toe en vul ze.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>The portfolio on the map</source>
      <translation>De portefeuille op de kaart</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Large orange dots: funded; green: eligible, not funded; grey: not eligible.</source>
      <translation>Grote oranje stippen: gefinancierd; groen: subsidiabel, niet gefinancierd; grijs: niet subsidiabel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Money per study area</source>
      <translation>Geld per studiegebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>Share of the money spent (%)</source>
      <translation>Aandeel van het bestede geld (%)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>All applications, ranked by effect per euro</source>
      <translation>Alle aanvragen, gerangschikt naar effect per euro</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>stopped after {nodes} steps: at most {gap:.2f} % below the best (upper bound {bound:.6g})</source>
      <translation>gestopt na {nodes} stappen: hoogstens {gap:.2f} % onder de beste (bovengrens {bound:.6g})</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/assess_applications.py" />
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>Build land use (data-rich)</source>
      <translation>Landgebruik samenstellen (datarijk)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>&lt;p&gt;For municipalities with rich data: burns vector layers (BGT terrain and verges, hedges, crop parcels, partners' habitats) into a base land-use raster (LGN) at a finer cell size, aligned to the base. A mapping table says, per layer and field value, which land-use code it becomes, with what burn priority (higher priorities are burnt later and win) and, for lines, what width.&lt;/p&gt;&lt;p&gt;Polygons take the cells whose centre lies inside; lines the cells within half their width (every cell they touch when narrower than a cell); points their cell. Features whose value is not in the table are counted in the log, not burnt. Municipalities with little data run the kansenkaart on the base raster alone.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Voor gemeenten met veel gegevens: brandt vectorlagen (BGT-terreinen en bermen, hagen, gewaspercelen, leefgebieden van partners) in een basis-landgebruiksraster (LGN) met een fijnere celgrootte, uitgelijnd op de basis. Een koppeltabel geeft per laag en veldwaarde aan welke landgebruikscode het wordt, met welke inbrandprioriteit (hogere prioriteiten worden later ingebrand en winnen) en, voor lijnen, welke breedte.&lt;/p&gt;&lt;p&gt;Polygonen krijgen de cellen waarvan het middelpunt erbinnen ligt; lijnen de cellen binnen de halve breedte (elke cel die ze raken als ze smaller zijn dan een cel); punten hun cel. Objecten waarvan de waarde niet in de tabel staat, worden geteld in het logboek en niet ingebrand. Gemeenten met weinig gegevens rekenen de kansenkaart alleen op het basisraster door.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>The land-use raster the vector layers are burnt into.</source>
      <translation>Het landgebruiksraster waarin de vectorlagen worden ingebrand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>Layers named as in the mapping table's column 'layer' (their layer name or file name).</source>
      <translation>Lagen met de naam zoals in de kolom 'layer' van de koppeltabel (hun laagnaam of bestandsnaam).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>Columns layer, field, value, lucode, priority, width_m; value '*' matches any value.</source>
      <translation>Kolommen layer, field, value, lucode, priority, width_m; value '*' past bij elke waarde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>Cell size (m)</source>
      <translation>Celgrootte (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>Cell size of the output; LGN's own is 5 m.</source>
      <translation>Celgrootte van de uitvoer; die van LGN zelf is 5 m.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>The combined land-use raster.</source>
      <translation>Het samengestelde landgebruiksraster.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>Base land use (LGN)</source>
      <translation>Basislandgebruik (LGN)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>Vector layers</source>
      <translation>Vectorlagen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>Mapping table (CSV)</source>
      <translation>Koppeltabel (CSV)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>Land use</source>
      <translation>Landgebruik</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>{count} feature(s) of '{layer}' with {field} = '{value}' have no mapping or no geometry and were not burnt.</source>
      <translation>{count} object(en) van '{layer}' met {field} = '{value}' hebben geen koppeling of geen geometrie en zijn niet ingebrand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>{file} has no rows for the layer '{layer}'. Name it in the column 'layer'.</source>
      <translation>{file} heeft geen rijen voor de laag '{layer}'. Vermeld de laag in de kolom 'layer'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/build_landuse.py" />
      <source>The layer '{layer}' has no field '{field}' (named in {file}).</source>
      <translation>De laag '{layer}' heeft geen veld '{field}' (genoemd in {file}).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Kansenkaart (opportunity map)</source>
      <translation>Kansenkaart</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Optional: polygons where measures are possible (e.g. partners' land); empty: everywhere a measure's land use allows.</source>
      <translation>Optioneel: polygonen waar maatregelen mogelijk zijn (bijvoorbeeld grond van partners); leeg: overal waar het landgebruik een maatregel toelaat.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Optional: parcels to rank by their summed score (ids from an integer field 'id', else the feature's position). Their boundaries are also edges where linear measures may go.</source>
      <translation>Optioneel: percelen om te rangschikken naar hun opgetelde score (id's uit een geheel veld 'id', anders de positie van het object). Hun grenzen zijn ook randen waar lineaire maatregelen mogen komen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Optional: the habitat patches of the network, e.g. the Network nodes of Connectivity graph, with their 'capacity' field (else their area in m²); empty: today's habitat.</source>
      <translation>Optioneel: de leefgebiedplekken van het netwerk, bijvoorbeeld de Netwerkknopen van Verbondenheidsgraaf, met hun veld 'capacity' (anders hun oppervlakte in m²); leeg: het leefgebied van nu.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Stepping-stone area (ha)</source>
      <translation>Oppervlakte stapsteen (ha)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>For the year-round term, as in Seasonal food gaps.</source>
      <translation>Voor de jaarrondterm, zoals in Voedselgaten per seizoen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>0: the highest fifth of this run's scores is class 1; 1: the scores are cut at BREAKS; 2: as the run that wrote BREAKS_FILE (e.g. the province's), so classes mean the same in every run.</source>
      <translation>0: het hoogste vijfde van de scores van deze run is klasse 1; 1: de scores worden ingedeeld bij BREAKS; 2: zoals de run die BREAKS_FILE schreef (bijvoorbeeld die van de provincie), zodat de klassen in elke run hetzelfde betekenen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>With fixed breaks: four increasing scores separated by commas, e.g. 0.2, 0.4, 0.6, 0.8 (or by semicolons with decimal commas: 0,2; 0,4; 0,6; 0,8). Class 1 from the last up, class 5 below the first.</source>
      <translation>Bij vaste grenzen: vier oplopende scores gescheiden door komma's, bijvoorbeeld 0.2, 0.4, 0.6, 0.8 (of door puntkomma's met decimale komma's: 0,2; 0,4; 0,6; 0,8). Klasse 1 vanaf de laatste, klasse 5 onder de eerste.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>With a reference run: the .breaks.json file that run wrote beside its priority raster.</source>
      <translation>Bij een referentierun: het .breaks.json-bestand dat die run naast zijn prioriteitsraster schreef.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Increase in total pollinator supply if the best measure were applied to the cell alone.</source>
      <translation>Toename van het totale aanbod bestuivers als de beste maatregel alleen op de cel zou worden toegepast.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>The catalogue id of the best measure; nodata where none is allowed.</source>
      <translation>Het catalogus-id van de beste maatregel; nodata waar geen maatregel is toegestaan.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Classes 1 (highest scores) to 5, cut as PRIORITY_BREAKS says.</source>
      <translation>Klassen 1 (hoogste scores) tot 5, ingedeeld zoals PRIORITY_BREAKS zegt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Optional: one gain raster per measure, named by its code.</source>
      <translation>Optioneel: één winstraster per maatregel, genoemd naar de code.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>The parcels with summed and mean score, best measure and rank.</source>
      <translation>De percelen met opgetelde en gemiddelde score, beste maatregel en rang.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>&lt;p&gt;The opportunity map: for every place, the measure from the catalogue that helps wild bees most there, and what it adds. Three terms, each scaled to 0–1 and weighted: &lt;b&gt;supply&lt;/b&gt;, the increase in total pollinator supply over the whole map if the measure were applied to that cell alone (exact, from one correlation per guild instead of one model run per cell); &lt;b&gt;year-round&lt;/b&gt;, the food it brings in the seasons where nearby nests go hungry (see Seasonal food gaps); &lt;b&gt;connectivity&lt;/b&gt;, the increase in the habitat network's equivalent connected area (ECA) if the measure made a stepping stone there, linked to the patches with p = {p0} at the dispersal distance and up to {reach} times that distance (the dPC of a new node, as in Conefor and Graphab). The patches are the Network nodes of Connectivity graph or, without them, today's habitat (the richest {richer} % of the nest sites, in patches of at least {min_area} ha).&lt;/p&gt;&lt;p&gt;Linear measures (column 'linear' of the catalogue: field margins, verges, hedges) go only on cells with an edge: a boundary with another land use (a road, a watercourse, another crop) or, with parcels given, with another parcel. There they count for the share of the cell that a strip of their width along the edge covers, never on whole cells or inside a parcel.&lt;/p&gt;&lt;p&gt;Outputs: the gain, the best measure (by weighted score), priority classes 1–5, optionally one gain raster per measure, and the parcels ranked by their summed score.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Priority classes&lt;/b&gt; (PRIORITY_BREAKS): by default class 1 is the highest fifth of this run's scores, so every map has 20 % highest priority and a municipality's class 1 is not the province's. &lt;i&gt;Fixed breaks&lt;/i&gt; cut the scores at four increasing numbers in BREAKS (b1, b2, b3, b4: class 1 from b4 up, class 5 below b1; a score on a break goes up). &lt;i&gt;A reference run&lt;/i&gt; takes the scale (what the gains and the year-round food are divided by) and the breaks of another run from its breaks file (BREAKS_FILE), so a cell gets the class that run would give it: run the province once, then every municipality with the province's file. The municipality's classes then equal the province's except within two foraging kernel radii of its edge (where land beyond the edge is missing), and wherever the connectivity term differs (its habitat is the richest {richer} % of this run's nest sites). The weights must be the reference run's.&lt;/p&gt;&lt;p&gt;Every run writes its scale and breaks, with the weights, plugin version and inputs, to &lt;i&gt;&amp;lt;priority raster&amp;gt;.breaks.json&lt;/i&gt; beside the priority raster.&lt;/p&gt;</source>
      <translation>&lt;p&gt;De kansenkaart: voor elke plek de maatregel uit de catalogus die wilde bijen daar het meest helpt, en wat die oplevert. Drie termen, elk geschaald naar 0–1 en gewogen: &lt;b&gt;aanbod&lt;/b&gt;, de toename van het totale bestuiversaanbod over de hele kaart als de maatregel alleen op die cel werd toegepast (exact, uit één correlatie per gilde in plaats van één modelrun per cel); &lt;b&gt;jaarrond&lt;/b&gt;, het voedsel dat hij brengt in de seizoenen waarin nesten in de buurt honger lijden (zie Voedselgaten per seizoen); &lt;b&gt;verbondenheid&lt;/b&gt;, de toename van het equivalent verbonden oppervlak (ECA) van het leefgebiednetwerk als de maatregel daar een stapsteen maakte, verbonden met de leefgebiedplekken met p = {p0} op de spreidingsafstand en tot {reach} keer die afstand (de dPC van een nieuwe knoop, zoals in Conefor en Graphab). De plekken zijn de Netwerkknopen van Verbondenheidsgraaf of, zonder die, het leefgebied van nu (de rijkste {richer} % van de nestplaatsen, in plekken van ten minste {min_area} ha).&lt;/p&gt;&lt;p&gt;Lineaire maatregelen (kolom 'linear' van de catalogus: akkerranden, bermen, hagen) komen alleen op cellen met een rand: een grens met ander landgebruik (een weg, een watergang, een ander gewas) of, als er percelen zijn opgegeven, met een ander perceel. Daar tellen ze voor het deel van de cel dat een strook van hun breedte langs die rand bedekt, nooit op hele cellen of midden in een perceel.&lt;/p&gt;&lt;p&gt;Uitvoer: de winst, de beste maatregel (naar gewogen score), prioriteitsklassen 1–5, desgewenst één winstraster per maatregel, en de percelen gerangschikt naar hun opgetelde score.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prioriteitsklassen&lt;/b&gt; (PRIORITY_BREAKS): standaard is klasse 1 het hoogste vijfde van de scores van deze run, zodat elke kaart 20 % hoogste prioriteit heeft en klasse 1 van een gemeente niet die van de provincie is. &lt;i&gt;Vaste grenzen&lt;/i&gt; delen de scores in bij vier oplopende getallen in BREAKS (b1, b2, b3, b4: klasse 1 vanaf b4, klasse 5 onder b1; een score precies op een grens gaat omhoog). &lt;i&gt;Een referentierun&lt;/i&gt; neemt de schaal (waardoor de winst en het jaarrond voedsel worden gedeeld) en de grenzen over van een andere run, uit diens grenzenbestand (BREAKS_FILE), zodat een cel de klasse krijgt die die run haar zou geven: draai de provincie één keer en daarna elke gemeente met het bestand van de provincie. De klassen van de gemeente zijn dan gelijk aan die van de provincie, behalve binnen twee foerageerkernstralen van haar rand (waar het land buiten de rand ontbreekt) en overal waar de verbondenheidsterm verschilt (het leefgebied daarvan is de rijkste {richer} % van de nestplekken van deze run). De gewichten moeten die van de referentierun zijn.&lt;/p&gt;&lt;p&gt;Elke run schrijft zijn schaal en grenzen, met de gewichten, de pluginversie en de invoer, naar &lt;i&gt;&amp;lt;prioriteitsraster&amp;gt;.breaks.json&lt;/i&gt; naast het prioriteitsraster.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Available land</source>
      <translation>Beschikbare grond</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Parcels to rank</source>
      <translation>Te rangschikken percelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Weight of supply</source>
      <translation>Gewicht van het aanbod</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Weight of the gain in pollinator supply.</source>
      <translation>Gewicht van de winst in aanbod bestuivers.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Weight of year-round food</source>
      <translation>Gewicht van jaarrond voedsel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Weight of closing seasonal food gaps.</source>
      <translation>Gewicht van het dichten van voedselgaten per seizoen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Weight of connectivity</source>
      <translation>Gewicht van verbondenheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Weight of the stepping stone's gain in the habitat network (ECA).</source>
      <translation>Gewicht van de winst van de stapsteen in het leefgebiednetwerk (ECA).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Dispersal distance</source>
      <translation>Spreidingsafstand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Priority classes from</source>
      <translation>Prioriteitsklassen uit</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Fixed breaks</source>
      <translation>Vaste grenzen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Reference run's breaks file</source>
      <translation>Grenzenbestand van de referentierun</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Gain per measure (folder)</source>
      <translation>Winst per maatregel (map)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Priority breaks file</source>
      <translation>Grenzenbestand van de prioriteit</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>For the connectivity term: the dispersal distance crossed with p = {p0} (with p = 0.5 the median dispersal distance) in metres, also for given network nodes; empty: {factor} × the largest foraging alpha of the guilds (2 × alpha is the kernel's mean flight distance).</source>
      <translation>Voor de verbondenheidsterm: de spreidingsafstand die met p = {p0} wordt overbrugd (bij p = 0,5 de mediane spreidingsafstand) in meters, ook bij opgegeven netwerkknopen; leeg: {factor} × de grootste foerageer-alfa van de gilden (2 × alfa is de gemiddelde vliegafstand van de kern).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>The capacity of the stepping stone a measure makes, in the unit of the network's capacities (m²: {stone_area} ha; the Bijenlandschap's least stepping stone is {least_stone} ha).</source>
      <translation>De capaciteit van de stapsteen die een maatregel maakt, in de eenheid van de capaciteiten van het netwerk (m²: {stone_area} ha; de kleinste stapsteen van Bijenlandschap is {least_stone} ha).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Quintiles of this run</source>
      <translation>Kwintielen van deze run</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Fixed breaks (BREAKS)</source>
      <translation>Vaste grenzen (BREAKS)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>A reference run's scale and breaks (BREAKS_FILE)</source>
      <translation>Schaal en grenzen van een referentierun (BREAKS_FILE)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>Connectivity: {patches} patches; the network term is within {bound} % of its lower estimate everywhere (distances on cells of {size} m).</source>
      <translation>Verbondenheid: {patches} plekken; de netwerkterm ligt overal binnen {bound} % van zijn ondergrens (afstanden op cellen van {size} m).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>{name} is '{value}', but PRIORITY_BREAKS is '{choice}', which does not use it. Empty {name}, or choose the priority classes that use it.</source>
      <translation>{name} is '{value}', maar PRIORITY_BREAKS is '{choice}', dat het niet gebruikt. Maak {name} leeg, of kies de prioriteitsklassen die het gebruiken.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>BREAKS_FILE is empty, but PRIORITY_BREAKS is '{choice}'. Give the .breaks.json file the reference run wrote beside its priority raster.</source>
      <translation>BREAKS_FILE is leeg, maar PRIORITY_BREAKS is '{choice}'. Geef het .breaks.json-bestand dat de referentierun naast zijn prioriteitsraster schreef.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart.py" />
      <source>The style of {path} could not be saved: {error}</source>
      <translation>De stijl van {path} kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>Kansenkaart chain (whole pilot)</source>
      <translation>Kansenkaartketen (hele pilot)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>Land use (LGN, or from Build land use)</source>
      <translation>Landgebruik (LGN, of uit Landgebruik samenstellen)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>Integer land-use codes in a projected CRS (metres), such as LGN in EPSG:28992: LGN itself (data-poor route) or the output of Build land use (data-rich route). Every code must be in the Dutch default tables.</source>
      <translation>Gehele landgebruikscodes in een geprojecteerd CRS (meters), zoals LGN in EPSG:28992: LGN zelf (datarme route) of de uitvoer van Landgebruik samenstellen (datarijke route). Elke code moet in de Nederlandse standaardtabellen staan.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>Optional: parcels (e.g. BRP crop parcels) to rank by their summed kansenkaart score; ids from an integer field 'id', else the feature's position.</source>
      <translation>Optioneel: percelen (bijvoorbeeld BRP-gewaspercelen) om te rangschikken op hun opgetelde kansenkaartscore; id's uit een geheel veld 'id', anders de positie van het object.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>Habitat: pollinator supply at least</source>
      <translation>Leefgebied: bestuiversaanbod minstens</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>Dispersal distance d0 (cost units)</source>
      <translation>Spreidingsafstand d0 (kosteneenheden)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>Priority classes of a reference run (breaks file)</source>
      <translation>Prioriteitsklassen van een referentierun (grenzenbestand)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>Optional: the .breaks.json file a kansenkaart run (e.g. the province's) wrote beside its priority raster; the priority classes are then cut at that run's scale and breaks, so they mean the same in both. Empty: class 1 is the highest fifth of this run's scores.</source>
      <translation>Optioneel: het .breaks.json-bestand dat een kansenkaartrun (bijvoorbeeld die van de provincie) naast zijn prioriteitsraster schreef; de prioriteitsklassen worden dan ingedeeld met de schaal en grenzen van die run, zodat ze in beide hetzelfde betekenen. Leeg: klasse 1 is het hoogste vijfde van de scores van deze run.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>&lt;p&gt;The whole kansenkaart of a pilot municipality in one run: habitat suitability, seasonal food gaps, habitat patches (pollinator supply above a threshold, at least {min_area} ha), the resistance surface and the connectivity graph of the patches, and the kansenkaart with the parcels ranked. For the data-rich route run Build land use first and give its output as the land use; the data-poor route uses LGN as it is. Batch mode runs it for several municipalities.&lt;/p&gt;&lt;p&gt;It is a Model Builder model: open it in the Model Designer to see or change the steps.&lt;/p&gt;</source>
      <translation>&lt;p&gt;De hele kansenkaart van een pilotgemeente in één run: geschiktheid leefgebied, voedselgaten per seizoen, leefgebiedplekken (bestuiversaanbod boven een drempel, minstens {min_area} ha), de weerstandskaart en de verbondenheidsgraaf van de plekken, en de kansenkaart met de percelen gerangschikt. Voor de datarijke route draai eerst Landgebruik opbouwen en geef de uitvoer daarvan als landgebruik; de route met weinig data gebruikt LGN zoals het is. In batchmodus draait hij voor meerdere gemeenten.&lt;/p&gt;&lt;p&gt;Het is een model uit de Modelbouwer: open het in de Modelontwerper om de stappen te zien of te wijzigen.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>Cells whose total pollinator supply (an index from 0 to 1) is at least this are habitat; habitat patches are such areas of at least {min_area} ha.</source>
      <translation>Cellen met een totaal bestuiversaanbod (een index van 0 tot 1) van minstens deze waarde zijn leefgebied; leefgebiedplekken zijn zulke gebieden van minstens {min_area} ha.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/kansenkaart_chain.py" />
      <source>The dispersal distance of the connectivity graph, crossed with probability {p0} (with 0.5 the median dispersal distance), in cost units of the resistance surface (resistance × metres: 1000 is 1 km over resistance 1). Patches are linked up to {max_distance} cost units.</source>
      <translation>De spreidingsafstand van de verbondenheidsgraaf, overbrugd met kans {p0} (bij 0,5 de mediane spreidingsafstand), in kosteneenheden van de weerstandskaart (weerstand × meters: 1000 is 1 km bij weerstand 1). Plekken worden verbonden tot {max_distance} kosteneenheden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Measure scenario</source>
      <translation>Maatregelscenario</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>&lt;p&gt;What drawn measures (flower strips, verge management, hedges, nest sites …) would add before anyone spends money: the pollination model is run for today and with the measures, and the difference is exact. A measure changes each cell by the share of the cell it covers (a polygon by its area in the cell, a line by its buffer of half the measure's width on each side), so a 6 m margin on 25 m cells counts as 6 m: the cell's nesting and floral values become the area-weighted mix of its land use and the measure. A point takes the whole cell it falls in.&lt;/p&gt;&lt;p&gt;Features with an unknown measure type, an empty geometry, or drawn on land use the measure may not be applied on are listed by feature id in the log and the report, and skipped (or the run is refused, as you choose); nothing is dropped silently.&lt;/p&gt;&lt;p&gt;The report gives per feature and in total the gain in pollinator supply, the change in area with seasonal food gaps and, with patches and a dispersal distance, the change in equivalent connected area (ECA, patch capacity = pollinator supply summed over the patch).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Wat getekende maatregelen (bloemstroken, bermbeheer, hagen, nestplaatsen …) zouden opleveren voordat iemand geld uitgeeft: het bestuivingsmodel wordt doorgerekend voor de huidige situatie en met de maatregelen, en het verschil is exact. Een maatregel verandert elke cel naar het deel van de cel dat hij bedekt (een polygoon naar zijn oppervlakte in de cel, een lijn naar zijn buffer van de halve breedte van de maatregel aan elke kant), zodat een akkerrand van 6 m op cellen van 25 m telt als 6 m: de nestel- en bloemwaarden van de cel worden het naar oppervlakte gewogen gemiddelde van het landgebruik en de maatregel. Een punt krijgt de hele cel waarin het valt.&lt;/p&gt;&lt;p&gt;Objecten met een onbekend maatregeltype, een lege geometrie, of getekend op landgebruik waarop de maatregel niet toegepast mag worden, worden per object-id vermeld in het logboek en het rapport en overgeslagen (of de berekening wordt geweigerd, naar keuze); niets verdwijnt ongemerkt.&lt;/p&gt;&lt;p&gt;Het rapport geeft per object en in totaal de toename van het aanbod bestuivers, de verandering in oppervlakte met voedselgaten per seizoen en, met plekken en een spreidingsafstand, de verandering in equivalent verbonden oppervlak (ECA, capaciteit van een plek = aanbod bestuivers opgeteld over de plek).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Drawn measures: points, lines (buffered by the measure's width) or polygons.</source>
      <translation>Getekende maatregelen: punten, lijnen (gebufferd met de breedte van de maatregel) of polygonen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>The field holding the catalogue's code (e.g. akkerrand) or id.</source>
      <translation>Het veld met de code (bijvoorbeeld akkerrand) of het id uit de maatregelencatalogus.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>What to do with features that cannot be used as drawn.</source>
      <translation>Wat te doen met objecten die niet zoals getekend gebruikt kunnen worden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>For the change in area with seasonal food gaps (as in Seasonal food gaps).</source>
      <translation>Voor de verandering in oppervlakte met voedselgaten per seizoen (zoals in Voedselgaten per seizoen).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Per feature and in total: gain in supply, change in food-gap area and ECA, and every feature that was skipped and why.</source>
      <translation>Per object en in totaal: toename van het aanbod, verandering in oppervlakte met voedselgaten en in ECA, en elk overgeslagen object met de reden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Measures</source>
      <translation>Maatregelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Measure type field</source>
      <translation>Veld maatregeltype</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Faulty features</source>
      <translation>Foutieve objecten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Scenario pollinator supply</source>
      <translation>Aanbod bestuivers in het scenario</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>As Pollinator supply of Habitat suitability, with the measures.</source>
      <translation>Zoals Aanbod bestuivers van Geschiktheid leefgebied, met de maatregelen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Scenario pollinator abundance</source>
      <translation>Bestuiversdichtheid in het scenario</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Total abundance per season, with the measures.</source>
      <translation>Totale dichtheid per seizoen, met de maatregelen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Change in pollinator supply</source>
      <translation>Verandering in aanbod bestuivers</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Scenario minus today: band 1 all guilds, then one band per guild.</source>
      <translation>Scenario min huidige situatie: band 1 alle gilden, daarna één band per gilde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Change in pollinator abundance</source>
      <translation>Verandering in bestuiversdichtheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Scenario minus today, one band per season.</source>
      <translation>Scenario min huidige situatie, één band per seizoen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Skip them and report</source>
      <translation>Overslaan en rapporteren</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Refuse the run</source>
      <translation>De berekening weigeren</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Gain in total pollinator supply: {gain:.4g}</source>
      <translation>Toename van het totale aanbod bestuivers: {gain:.4g}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/measure_scenario.py" />
      <source>Feature {fid}: {problem}</source>
      <translation>Object {fid}: {problem}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Publish kansenkaart website</source>
      <translation>Kansenkaart-website publiceren</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>&lt;p&gt;Writes the kansenkaart as a self-contained static website for the partners: index.html with the map (layer switcher, legends, a click shows the best measure, its gain, the priority class and the food gaps of that place), a municipality selector with each municipality's top places, report and downloads, and data.html with the files and the method. Copy the folder to any web server; the page requests nothing outside it unless a basemap URL is given.&lt;/p&gt;&lt;p&gt;The rasters become map tiles drawn by QGIS with the plugin's styles. Of the data package only the measures and habitats a partner marked public are published, with their type, status, year and partner name.&lt;/p&gt;&lt;p&gt;Re-running replaces the site; a folder that holds anything else is refused.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Schrijft de kansenkaart als een op zichzelf staande statische website voor de partners: index.html met de kaart (lagenkeuze, legenda's, een klik toont de beste maatregel, de winst ervan, de prioriteitsklasse en de voedseltekorten van die plek), een gemeentekeuze met per gemeente de beste plekken, het rapport en de downloads, en data.html met de bestanden en de methode. Kopieer de map naar een willekeurige webserver; de pagina vraagt niets op buiten de map, tenzij een URL voor een achtergrondkaart is opgegeven.&lt;/p&gt;&lt;p&gt;De rasters worden kaarttegels die QGIS tekent met de stijlen van de plugin. Van het datapakket worden alleen de maatregelen en leefgebieden gepubliceerd die een partner openbaar heeft gemaakt, met hun type, status, jaar en partnernaam.&lt;/p&gt;&lt;p&gt;Opnieuw uitvoeren vervangt de site; een map met iets anders erin wordt geweigerd.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>'{name}' is the Zoem Zone output '{product}' (its metadata say {key}={product}), but it shows the output {expected}. Choose that raster for '{name}'.</source>
      <translation>'{name}' is de Zoem Zone-uitvoer '{product}' (de metadata zeggen {key}={product}), maar deze invoer toont de uitvoer {expected}. Kies die raster voor '{name}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: municipality polygons (a field 'name'); empty: the data package's study areas.</source>
      <translation>Optioneel: gemeentepolygonen (een veld 'name'); leeg: de studiegebieden van het datapakket.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: the data package, a GeoPackage file or the name of a saved PostgreSQL connection, followed by /schema when the package is not in the schema 'zoemzone' (e.g. limburg/zoemzone_2026). Its public measures and habitats are published.</source>
      <translation>Optioneel: het datapakket, een GeoPackage-bestand of de naam van een opgeslagen PostgreSQL-verbinding, gevolgd door /schema als het pakket niet in het schema 'zoemzone' staat (bijv. limburg/zoemzone_2026). De openbare maatregelen en leefgebieden ervan worden gepubliceerd.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>The page's title.</source>
      <translation>De titel van de pagina.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>The language of the page.</source>
      <translation>De taal van de pagina.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: the most detailed tile level; empty: the level where a tile pixel is about one raster cell.</source>
      <translation>Optioneel: het meest gedetailleerde tegelniveau; leeg: het niveau waarop een tegelpixel ongeveer één rastercel is.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: a folder of PDF advice reports; a report whose file name holds a municipality's name or CBS code is linked to it.</source>
      <translation>Optioneel: een map met PDF-adviesrapporten; een rapport waarvan de bestandsnaam de naam of CBS-code van een gemeente bevat, wordt aan die gemeente gekoppeld.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: an XYZ tile URL template ({z}/{x}/{y}) for a background map; the page then requests tiles from that server. Empty: no basemap.</source>
      <translation>Optioneel: een XYZ-tegel-URL-sjabloon ({z}/{x}/{y}) voor een achtergrondkaart; de pagina vraagt dan tegels op bij die server. Leeg: geen achtergrondkaart.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>A new or empty folder, or a website published here before (it is replaced).</source>
      <translation>Een nieuwe of lege map, of een website die hier eerder is gepubliceerd (die wordt vervangen).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>The kansenkaart's priority classes.</source>
      <translation>De prioriteitsklassen van de kansenkaart.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>The kansenkaart's best measure (catalogue ids).</source>
      <translation>De beste maatregel van de kansenkaart (catalogus-id's).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: the kansenkaart's gain.</source>
      <translation>Optioneel: de winst van de kansenkaart.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: habitat suitability's pollinator supply.</source>
      <translation>Optioneel: het bestuiversaanbod uit de habitatgeschiktheid.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: the food gaps raster (one band per guild).</source>
      <translation>Optioneel: het raster met voedseltekorten (één band per gilde).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: the habitat patches.</source>
      <translation>Optioneel: de leefgebiedplekken.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: the connectivity graph's nodes.</source>
      <translation>Optioneel: de knopen van de connectiviteitsgraaf.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: the connectivity graph's links.</source>
      <translation>Optioneel: de verbindingen van de connectiviteitsgraaf.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Optional: the kansenkaart's parcel ranking (also as CSV).</source>
      <translation>Optioneel: de perceelrangschikking van de kansenkaart (ook als CSV).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Study areas (municipalities)</source>
      <translation>Studiegebieden (gemeenten)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Data package</source>
      <translation>Datapakket</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Zoem Zone kansenkaart</source>
      <translation>Zoem Zone kansenkaart</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Largest zoom level</source>
      <translation>Grootste zoomniveau</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Advice reports (folder)</source>
      <translation>Adviesrapporten (map)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Basemap URL</source>
      <translation>URL van de achtergrondkaart</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Website folder</source>
      <translation>Websitemap</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>Website written to {folder}: {files} files, {mb:.1f} MB. Open index.html through a web server.</source>
      <translation>Website geschreven naar {folder}: {files} bestanden, {mb:.1f} MB. Open index.html via een webserver.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>{count} map tiles written ({mb:.1f} MB).</source>
      <translation>{count} kaarttegels geschreven ({mb:.1f} MB).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/kansenkaart/publish_website.py" />
      <source>'{name}': '{url}' is not an XYZ tile URL template. Give an http(s) address with {{z}}, {{x}} and {{y}} where a tile's zoom level, column and row go, e.g. https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png, or leave it empty.</source>
      <translation>'{name}': '{url}' is geen XYZ-tegel-URL-sjabloon. Geef een http(s)-adres met {{z}}, {{x}} en {{y}} op de plaats van het zoomniveau, de kolom en de rij van een tegel, bijv. https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png, of laat het leeg.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Monitoring report</source>
      <translation>Monitoringrapport</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>&lt;p&gt;For each realised measure or application (a site with a realisation date), the observations within the radius of the site and of its control sites, in the years before and after the realisation date: records, individuals and species richness, and a before-after-control-impact (BACI) estimate of the effect:&lt;/p&gt;&lt;p&gt;&lt;b&gt;BACI = (after / before at the site) / (after / before at the controls)&lt;/b&gt;, in individuals; 1 is no effect, 2 means the site gained twice as much as its controls. Changes in recording effort that the site and its controls share cancel out.&lt;/p&gt;&lt;p&gt;The interval is a seeded bootstrap: the site's records are drawn again with replacement and the ratio recomputed. Sites with fewer than the minimum number of records before or after, at the site or at the controls, are listed as 'insufficient data' and get no effect; sites without controls as 'no control site'. Sites without a realisation date are left out and counted.&lt;/p&gt;&lt;p&gt;The report has a plot per site and a summary over all sites: the geometric mean of the site effects with a bootstrap interval over the sites.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Per gerealiseerde maatregel of aanvraag (een locatie met een realisatiedatum) de waarnemingen binnen de straal van de locatie en van haar controlelocaties, in de jaren voor en na de realisatiedatum: waarnemingen, individuen en soortenrijkdom, en een before-after-control-impact-schatting (BACI) van het effect:&lt;/p&gt;&lt;p&gt;&lt;b&gt;BACI = (na / voor op de locatie) / (na / voor op de controles)&lt;/b&gt;, in individuen; 1 is geen effect, 2 betekent dat de locatie twee keer zoveel won als haar controles. Veranderingen in waarneeminspanning die de locatie en haar controles delen, vallen weg.&lt;/p&gt;&lt;p&gt;Het interval is een bootstrap met startgetal: de waarnemingen van de locatie worden opnieuw met teruglegging getrokken en de verhouding opnieuw berekend. Locaties met minder dan het minimumaantal waarnemingen voor of na, op de locatie of op de controles, staan vermeld als 'onvoldoende gegevens' en krijgen geen effect; locaties zonder controles als 'geen controlelocatie'. Locaties zonder realisatiedatum blijven buiten beschouwing en worden geteld.&lt;/p&gt;&lt;p&gt;Het rapport heeft een grafiek per locatie en een samenvatting over alle locaties: het meetkundig gemiddelde van de effecten per locatie met een bootstrapinterval over de locaties.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Monitoring report: before-after-control-impact</source>
      <translation>Monitoringrapport: before-after-control-impact (BACI)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Points or polygons of the measures or applications, in a projected CRS such as EPSG:28992. Their 'id' field (else their order) identifies them.</source>
      <translation>Punten of polygonen van de maatregelen of aanvragen, in een geprojecteerd coördinatenstelsel zoals EPSG:28992. Hun veld 'id' (anders hun volgorde) identificeert ze.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The field with the date the measure was realised; sites where it is empty are not realised and left out.</source>
      <translation>Het veld met de datum waarop de maatregel is gerealiseerd; locaties waar het leeg is, zijn niet gerealiseerd en blijven buiten beschouwing.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Points or polygons of the control sites, e.g. the controls of Survey design. Without them no effect can be estimated.</source>
      <translation>Punten of polygonen van de controlelocaties, bijvoorbeeld de controles van Inventarisatieontwerp. Zonder controles kan geen effect worden geschat.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The field of a control site with the id of the site it is the control of (site_id in the output of Survey design).</source>
      <translation>Het veld van een controlelocatie met het id van de locatie waarvan zij de controle is (site_id in de uitvoer van Inventarisatieontwerp).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The observations, e.g. the observations layer of the data package.</source>
      <translation>De waarnemingen, bijvoorbeeld de waarnemingenlaag van het datapakket.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The field with the species name.</source>
      <translation>Het veld met de soortnaam.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The field with the date of the observation.</source>
      <translation>Het veld met de datum van de waarneming.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The field with the number of individuals; where it is empty (or no field is chosen) a record counts as one individual.</source>
      <translation>Het veld met het aantal individuen; waar het leeg is (of geen veld is gekozen), telt een waarneming als één individu.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Radius (m)</source>
      <translation>Straal (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Observations within this distance of a site or control count for it.</source>
      <translation>Waarnemingen binnen deze afstand van een locatie of controle tellen ervoor mee.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Years before and after</source>
      <translation>Jaren voor en na</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The length of the periods before and after the realisation date; 0: all observations.</source>
      <translation>De lengte van de perioden voor en na de realisatiedatum; 0: alle waarnemingen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Minimum records per group</source>
      <translation>Minimumaantal waarnemingen per groep</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>A site gets an effect only with at least this many records before and after, at the site and at its controls.</source>
      <translation>Een locatie krijgt alleen een effect met ten minste zoveel waarnemingen voor en na, op de locatie en op haar controles.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Bootstrap resamples</source>
      <translation>Bootstraptrekkingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>More resamples give a steadier interval and take longer.</source>
      <translation>Meer trekkingen geven een stabieler interval en duren langer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Confidence level (%)</source>
      <translation>Betrouwbaarheidsniveau (%)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The share of the bootstrap ratios the interval holds.</source>
      <translation>Het deel van de bootstrapverhoudingen dat het interval omvat.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Random seed</source>
      <translation>Startgetal toeval</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The same seed gives the same intervals.</source>
      <translation>Hetzelfde startgetal geeft dezelfde intervallen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The sites with their counts, richness, status and effect.</source>
      <translation>De locaties met hun aantallen, soortenrijkdom, status en effect.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>The summary, a table and a plot per site.</source>
      <translation>De samenvatting, een tabel en een grafiek per locatie.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Site</source>
      <translation>Locatie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Realised on</source>
      <translation>Uitgevoerd op</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Site before</source>
      <translation>Locatie voor</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Site after</source>
      <translation>Locatie na</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Control before</source>
      <translation>Controle voor</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Control after</source>
      <translation>Controle na</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>BACI</source>
      <translation>BACI</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Interval</source>
      <translation>Interval</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>site</source>
      <translation>locatie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>controls</source>
      <translation>controles</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>before</source>
      <translation>voor</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>after</source>
      <translation>na</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Individuals</source>
      <translation>Individuen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Sites</source>
      <translation>Locaties</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Realisation date field</source>
      <translation>Veld realisatiedatum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Control sites</source>
      <translation>Controlelocaties</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Site of a control</source>
      <translation>Locatie van een controle</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Observations</source>
      <translation>Waarnemingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Species field</source>
      <translation>Veld soort</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Observation date field</source>
      <translation>Veld waarnemingsdatum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Count field</source>
      <translation>Veld aantal</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Monitoring per site</source>
      <translation>Monitoring per locatie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Sites with an effect</source>
      <translation>Locaties met een effect</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Sites with insufficient data</source>
      <translation>Locaties met onvoldoende gegevens</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Sites without a realisation date</source>
      <translation>Locaties zonder realisatiedatum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>effect</source>
      <translation>effect</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>insufficient data</source>
      <translation>onvoldoende gegevens</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>no control site</source>
      <translation>geen controlelocatie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Realised sites</source>
      <translation>Gerealiseerde locaties</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Sites without a control site</source>
      <translation>Locaties zonder controlelocatie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Effect above 1 (interval wholly above 1)</source>
      <translation>Effect boven 1 (interval geheel boven 1)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Effect below 1 (interval wholly below 1)</source>
      <translation>Effect onder 1 (interval geheel onder 1)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Summary over all sites</source>
      <translation>Samenvatting over alle locaties</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Per site</source>
      <translation>Per locatie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Site {id}: {status}</source>
      <translation>Locatie {id}: {status}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>'{name}': the layer has no field '{field}' (its fields: {fields}). Choose one of its fields.</source>
      <translation>'{name}': de laag heeft geen veld '{field}' (haar velden: {fields}). Kies een van haar velden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>'{name}': the field '{field}' is a {type} field, not a date. Choose the field that holds the dates (a date field, or text such as 2024-05-31).</source>
      <translation>'{name}': het veld '{field}' is een veld van het type {type}, geen datum. Kies het veld met de datums (een datumveld, of tekst zoals 2024-05-31).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>'{name}': none of its {count} observations has a point and a date in the field '{field}', so there is nothing to compare. Choose the field that holds the observation dates.</source>
      <translation>'{name}': geen van de {count} waarnemingen heeft een punt en een datum in het veld '{field}', dus er valt niets te vergelijken. Kies het veld met de waarnemingsdatums.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>{count} observations without a point or a date were left out.</source>
      <translation>{count} waarnemingen zonder punt of datum zijn weggelaten.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>'{name}': feature {id} has '{value}' in the field '{field}', which is not a date. Write it as 2024-05-31, or leave it empty for a measure not yet realised.</source>
      <translation>'{name}': object {id} heeft '{value}' in het veld '{field}', en dat is geen datum. Schrijf het als 2024-05-31, of laat het leeg voor een maatregel die nog niet is gerealiseerd.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>{count} sites have no realisation date and were left out.</source>
      <translation>{count} locaties hebben geen realisatiedatum en zijn weggelaten.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Geometric mean of the site effects ({percent} % interval over the sites)</source>
      <translation>Meetkundig gemiddelde van de effecten per locatie ({percent} %-interval over de locaties)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>BACI ratio (log scale; 1 = no effect)</source>
      <translation>BACI-verhouding (logaritmische schaal; 1 = geen effect)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Site {id}</source>
      <translation>Locatie {id}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>{records} records, {individuals} individuals, {species} species</source>
      <translation>{records} waarnemingen, {individuals} individuen, {species} soorten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>Observations within {radius} m, {years} years before and after the realisation date (0: all), at least {min} records per group, {n} bootstrap resamples (seed {seed}), {percent} % intervals.</source>
      <translation>Waarnemingen binnen {radius} m, {years} jaar voor en na de realisatiedatum (0: alle), ten minste {min} waarnemingen per groep, {n} bootstraptrekkingen (startgetal {seed}), {percent} %-intervallen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/monitoring_report.py" />
      <source>BACI effect per site ({percent} % interval)</source>
      <translation>BACI-effect per locatie ({percent} %-interval)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Survey design</source>
      <translation>Inventarisatieontwerp</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>&lt;p&gt;Survey points for the inventory and monitoring of wild bees: points in the measure sites and, for each, a control point elsewhere that the kansenkaart cannot tell apart from it. The strata are the suitability classes (1 = the highest values, classes of equal numbers of cells) crossed with measure site versus control; each stratum gets the chosen number of points.&lt;/p&gt;&lt;p&gt;A control point lies in the same suitability class, on the same land use and in the same priority class as its measure point, at least the minimum distance from every measure site (measured from the site's outline; the point is a cell centre of the suitability raster). Measure points with no such control left are passed over; a stratum that cannot be filled is reported in the log.&lt;/p&gt;&lt;p&gt;The same seed gives the same points. The result is a GeoPackage that opens in QGIS and QField with a form: the design fields are read-only, the visit status is a drop-down list, and visit date, observer and notes are for the field work.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Inventarisatiepunten voor de inventarisatie en monitoring van wilde bijen: punten in de maatregellocaties en bij elk een controlepunt elders dat de kansenkaart er niet van kan onderscheiden. De strata zijn de geschiktheidsklassen (1 = de hoogste waarden, klassen met even veel cellen) gekruist met maatregellocatie tegenover controle; elk stratum krijgt het gekozen aantal punten.&lt;/p&gt;&lt;p&gt;Een controlepunt ligt in dezelfde geschiktheidsklasse, op hetzelfde landgebruik en in dezelfde prioriteitsklasse als zijn maatregelpunt, op ten minste de minimale afstand van elke maatregellocatie (gemeten vanaf de omtrek van de locatie; het punt is een celmidden van het geschiktheidsraster). Maatregelpunten waarvoor zo'n controle niet meer over is, worden overgeslagen; een stratum dat niet gevuld kan worden, staat in het logboek.&lt;/p&gt;&lt;p&gt;Hetzelfde startgetal geeft dezelfde punten. Het resultaat is een GeoPackage dat in QGIS en QField opent met een formulier: de ontwerpvelden zijn alleen-lezen, de bezoekstatus is een keuzelijst, en bezoekdatum, waarnemer en opmerkingen zijn voor het veldwerk.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Points or polygons of the measures or applications to survey, e.g. the realised measures of the data package. Their 'id' field (else their order) is written as site_id.</source>
      <translation>Punten of polygonen van de te inventariseren maatregelen of aanvragen, bijvoorbeeld de gerealiseerde maatregelen van het datapakket. Hun veld 'id' (anders hun volgorde) wordt als site_id geschreven.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>A map whose higher values mean better habitat, e.g. Pollinator supply of Habitat suitability, in a projected CRS such as EPSG:28992.</source>
      <translation>Een kaart waarvan hogere waarden beter leefgebied betekenen, bijvoorbeeld Aanbod bestuivers van Geschiktheid leefgebied, in een geprojecteerd coördinatenstelsel zoals EPSG:28992.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>The band of the suitability raster (e.g. the guild).</source>
      <translation>De band van het geschiktheidsraster (bijvoorbeeld het gilde).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Suitability classes</source>
      <translation>Geschiktheidsklassen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Number of strata by suitability, each with an equal share of the cells.</source>
      <translation>Aantal strata naar geschiktheid, elk met een even groot deel van de cellen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>The land use (LGN codes) on the grid of the suitability raster: a control lies on the land use of its measure point.</source>
      <translation>Het landgebruik (LGN-codes) op het grid van het geschiktheidsraster: een controle ligt op het landgebruik van zijn maatregelpunt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>The Priority output of the kansenkaart (classes 1–5) on the same grid: a control lies in the priority class of its measure point.</source>
      <translation>De uitvoer Prioriteit van de kansenkaart (klassen 1–5) op hetzelfde grid: een controle ligt in de prioriteitsklasse van zijn maatregelpunt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Points per stratum</source>
      <translation>Punten per stratum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Measure points per suitability class; each gets one control point, so the control strata get as many.</source>
      <translation>Maatregelpunten per geschiktheidsklasse; elk krijgt één controlepunt, dus de controlestrata krijgen er even veel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Minimum distance of controls to measure sites (m)</source>
      <translation>Minimale afstand van controles tot maatregellocaties (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Controls lie at least this far from every measure site, beyond the foraging range of the bees the measure serves (e.g. 500 m for solitary bees).</source>
      <translation>Controles liggen ten minste zo ver van elke maatregellocatie, buiten het foerageerbereik van de bijen die de maatregel dient (bijvoorbeeld 500 m voor solitaire bijen).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>The same seed gives the same points, so a design can be repeated.</source>
      <translation>Hetzelfde startgetal geeft dezelfde punten, zodat een ontwerp herhaalbaar is.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>A GeoPackage with the layer survey_points and its style and form, for QGIS and QField.</source>
      <translation>Een GeoPackage met de laag survey_points en haar stijl en formulier, voor QGIS en QField.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Point</source>
      <translation>Punt</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Stratum</source>
      <translation>Stratum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Measure or control</source>
      <translation>Maatregel of controle</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Suitability class</source>
      <translation>Geschiktheidsklasse</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Pair</source>
      <translation>Paar</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Measure site</source>
      <translation>Maatregellocatie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Priority class</source>
      <translation>Prioriteitsklasse</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Suitability</source>
      <translation>Geschiktheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Visit status</source>
      <translation>Bezoekstatus</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Visit date</source>
      <translation>Bezoekdatum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Observer</source>
      <translation>Waarnemer</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Notes</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Zoem Zone survey form: drop-down lists of the strata and the visit status.</source>
      <translation>Zoem Zone-inventarisatieformulier: keuzelijsten van de strata en de bezoekstatus.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Measure sites</source>
      <translation>Maatregellocaties</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Predicted suitability</source>
      <translation>Voorspelde geschiktheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Priority classes</source>
      <translation>Prioriteitsklassen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Survey points</source>
      <translation>Inventarisatiepunten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>measure site</source>
      <translation>maatregellocatie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>control site</source>
      <translation>controlelocatie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>Suitability class limits, highest first: {breaks}.</source>
      <translation>Grenzen van de geschiktheidsklassen, hoogste eerst: {breaks}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>{count} survey points written to {path}.</source>
      <translation>{count} inventarisatiepunten geschreven naar {path}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>planned</source>
      <translation>gepland</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>visited</source>
      <translation>bezocht</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>not accessible</source>
      <translation>niet toegankelijk</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>'{name}' must be a GeoPackage (.gpkg), not '{path}': the form is stored in the GeoPackage.</source>
      <translation>'{name}' moet een GeoPackage (.gpkg) zijn, niet '{path}': het formulier wordt in de GeoPackage opgeslagen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>QGIS cannot open the survey points it wrote to '{path}'.</source>
      <translation>QGIS kan de inventarisatiepunten die het naar '{path}' schreef niet openen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>The form of the survey points could not be saved in '{path}': {error}</source>
      <translation>Het formulier van de inventarisatiepunten kon niet worden opgeslagen in '{path}': {error}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/monitoring/sampling_design.py" />
      <source>class {k}, {role}</source>
      <translation>klasse {k}, {role}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>Create data package</source>
      <translation>Datapakket aanmaken</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>&lt;p&gt;Creates an empty Zoem Zone data package: the place where the partnership keeps its partners, measures (areas, lines and points), existing habitat, observations, study areas and the applications to the stimuleringsfonds (areas and points), in EPSG:28992.&lt;/p&gt;&lt;p&gt;Give either a GeoPackage file (one file to mail or put on a shared drive) or a saved PostgreSQL connection with PostGIS (when many partners edit at once), not both.&lt;/p&gt;&lt;p&gt;The package holds the lookup lists (measure types from the measure catalogue, statuses, partner kinds, kinds of applicant, application statuses) and a style and form per layer, so it opens with drop-down lists of valid values in any QGIS, also without this plugin. The database itself refuses rows that break the rules: missing required values, unknown measure types, statuses or partners, negative amounts or counts, sizes of 0, a granted amount above the amount requested, and a direct partner applying alone (a partner takes part only as co-applicant).&lt;/p&gt;&lt;p&gt;Existing data is never replaced unless 'Overwrite existing data' is checked.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Maakt een leeg Zoem Zone-datapakket aan: de plek waar het samenwerkingsverband zijn partners, maatregelen (vlakken, lijnen en punten), bestaand leefgebied, waarnemingen, studiegebieden en de aanvragen voor het stimuleringsfonds (vlakken en punten) bijhoudt, in EPSG:28992.&lt;/p&gt;&lt;p&gt;Geef ofwel een GeoPackage-bestand (één bestand om te mailen of op een gedeelde schijf te zetten) ofwel een opgeslagen PostgreSQL-verbinding met PostGIS (als veel partners tegelijk bewerken), niet beide.&lt;/p&gt;&lt;p&gt;Het pakket bevat de keuzelijsten (maatregeltypen uit de maatregelencatalogus, statussen, soorten partners, soorten aanvragers, statussen van aanvragen) en een stijl en formulier per laag, zodat het in elke QGIS opent met keuzelijsten van geldige waarden, ook zonder deze plugin. De database zelf weigert rijen die de regels overtreden: ontbrekende verplichte waarden, onbekende maatregeltypen, statussen of partners, negatieve bedragen of aantallen, afmetingen van 0, een toegekend bedrag boven het aangevraagde bedrag, en een directe partner die alleen aanvraagt (een partner doet alleen mee als medeaanvrager).&lt;/p&gt;&lt;p&gt;Bestaande gegevens worden nooit vervangen, tenzij 'Bestaande gegevens overschrijven' is aangevinkt.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>The new GeoPackage file (.gpkg). Leave empty when creating the package in PostGIS.</source>
      <translation>Het nieuwe GeoPackage-bestand (.gpkg). Laat leeg als het pakket in PostGIS wordt aangemaakt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>A saved PostgreSQL connection to a database with PostGIS (or in which you may add it). Leave empty when creating a GeoPackage.</source>
      <translation>Een opgeslagen PostgreSQL-verbinding met een database met PostGIS (of waarin u het mag toevoegen). Laat leeg als u een GeoPackage aanmaakt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>The schema the package's tables are created in: lower-case letters, digits and '_'. Only used with a PostgreSQL connection.</source>
      <translation>Het schema waarin de tabellen van het pakket worden aangemaakt: kleine letters, cijfers en '_'. Alleen gebruikt bij een PostgreSQL-verbinding.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>Replace an existing GeoPackage file, or an existing Zoem Zone package in the schema, with an empty package. Everything in it is lost.</source>
      <translation>Vervang een bestaand GeoPackage-bestand, of een bestaand Zoem Zone-pakket in het schema, door een leeg pakket. Alles wat erin staat gaat verloren.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>GeoPackage</source>
      <translation>GeoPackage</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>PostgreSQL connection</source>
      <translation>PostgreSQL-verbinding</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>Schema (PostGIS)</source>
      <translation>Schema (PostGIS)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>Overwrite existing data</source>
      <translation>Bestaande gegevens overschrijven</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>Schema</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>Give either a GeoPackage file (OUTPUT) or a PostgreSQL connection (CONNECTION) for the data package, not both and not neither.</source>
      <translation>Geef voor het datapakket ofwel een GeoPackage-bestand (OUTPUT) ofwel een PostgreSQL-verbinding (CONNECTION), niet beide en niet geen van beide.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>Creating the data package in schema '{schema}' of connection '{connection}' (EPSG:{srid})</source>
      <translation>Datapakket wordt aangemaakt in schema '{schema}' van verbinding '{connection}' (EPSG:{srid})</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>Created the data package in schema '{schema}'.</source>
      <translation>Datapakket aangemaakt in schema '{schema}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>Creating the data package {path} (EPSG:{srid})</source>
      <translation>Datapakket {path} wordt aangemaakt (EPSG:{srid})</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/create_data_package.py" />
      <source>Created the data package {path}.</source>
      <translation>Datapakket {path} aangemaakt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Import observations (GBIF or CSV)</source>
      <translation>Waarnemingen importeren (GBIF of CSV)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>&lt;p&gt;Adds observations from a GBIF simple CSV download (TAB-separated, WGS84; columns species, decimalLatitude, decimalLongitude, coordinateUncertaintyInMeters, eventDate, individualCount) or another CSV with chosen columns (';', TAB or ',' separated, decimal commas allowed, dates as year-month-day or day-month-year) to an observations layer, reprojected to the layer's CRS.&lt;/p&gt;&lt;p&gt;Each row is counted once, checked in this order: &lt;b&gt;skipped for its species&lt;/b&gt; when it is not on the species list; &lt;b&gt;rejected&lt;/b&gt;, with its line and reason in the log, without species, coordinates or a date to the day, or with an unreadable count or uncertainty, or as an absence record; &lt;b&gt;skipped for its uncertainty&lt;/b&gt; above the maximum; &lt;b&gt;skipped as a duplicate&lt;/b&gt; of an observation of the same species on the same day within 1 m, in the layer already or earlier in the file. The rest is added in one edit session: all of it or, on an error, nothing.&lt;/p&gt;&lt;p&gt;The target layer's fields are found by name: species, date, count, source and uncertainty (or coordinate_uncertainty).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Voegt waarnemingen toe uit een GBIF simple CSV-download (gescheiden door TAB, WGS84; kolommen species, decimalLatitude, decimalLongitude, coordinateUncertaintyInMeters, eventDate, individualCount) of uit een andere CSV met gekozen kolommen (gescheiden door ';', TAB of ',', decimale komma's toegestaan, datums als jaar-maand-dag of dag-maand-jaar) aan een waarnemingenlaag, geherprojecteerd naar het coördinatenstelsel van de laag.&lt;/p&gt;&lt;p&gt;Elke rij telt één keer, getoetst in deze volgorde: &lt;b&gt;overgeslagen om de soort&lt;/b&gt; als die niet op de soortenlijst staat; &lt;b&gt;afgewezen&lt;/b&gt;, met regel en reden in het logboek, zonder soort, coördinaten of datum op de dag nauwkeurig, met een onleesbaar aantal of onleesbare onzekerheid, of als afwezigheidsregistratie; &lt;b&gt;overgeslagen om de onzekerheid&lt;/b&gt; boven het maximum; &lt;b&gt;overgeslagen als dubbele&lt;/b&gt; van een waarneming van dezelfde soort op dezelfde dag binnen 1 m, al in de laag of eerder in het bestand. De rest wordt in één bewerkingssessie toegevoegd: alles of, bij een fout, niets.&lt;/p&gt;&lt;p&gt;De velden van de doellaag worden op naam gevonden: species, date, count, source en uncertainty (of coordinate_uncertainty).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>A GBIF simple CSV download (unzipped) or another CSV file.</source>
      <translation>Een GBIF simple CSV-download (uitgepakt) of een ander CSV-bestand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>GBIF uses its own column names and WGS84; for other CSVs name the columns and the CRS below.</source>
      <translation>GBIF gebruikt eigen kolomnamen en WGS84; geef voor andere CSV's hieronder de kolommen en het coördinatenstelsel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Other CSV: the CRS of its x and y; empty: WGS84 (EPSG:4326). GBIF is always WGS84.</source>
      <translation>Andere CSV: het coördinatenstelsel van x en y; leeg: WGS84 (EPSG:4326). GBIF is altijd WGS84.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Maximum coordinate uncertainty (m)</source>
      <translation>Maximale coördinaatonzekerheid (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Rows with a larger coordinate uncertainty are skipped.</source>
      <translation>Rijen met een grotere coördinaatonzekerheid worden overgeslagen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Rows that give no coordinate uncertainty are imported (with an empty uncertainty) unless this is checked.</source>
      <translation>Rijen zonder coördinaatonzekerheid worden geïmporteerd (met een lege onzekerheid), tenzij dit is aangevinkt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Optional: a text file with one species name per line (blank lines and lines starting with # are left out); only these species are imported. Case and extra spaces do not matter. Empty: all species.</source>
      <translation>Optioneel: een tekstbestand met één soortnaam per regel (lege regels en regels die met # beginnen tellen niet mee); alleen deze soorten worden geïmporteerd. Hoofdletters en extra spaties maken niet uit. Leeg: alle soorten.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Written in the source field, e.g. waarneming.nl. Empty: 'GBIF' for GBIF files, else the file's name.</source>
      <translation>Wordt in het bronveld geschreven, bijvoorbeeld waarneming.nl. Leeg: 'GBIF' voor GBIF-bestanden, anders de bestandsnaam.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>The point layer the observations are added to, e.g. the observations layer of the data package.</source>
      <translation>De puntlaag waaraan de waarnemingen worden toegevoegd, bijvoorbeeld de waarnemingenlaag van het datapakket.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>the new observations</source>
      <translation>de nieuwe waarnemingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Observation file</source>
      <translation>Waarnemingenbestand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Format</source>
      <translation>Formaat</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Species column</source>
      <translation>Kolom soort</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Other CSV: the column with the species name.</source>
      <translation>Andere CSV: de kolom met de soortnaam.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>X (longitude) column</source>
      <translation>Kolom X (lengtegraad)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Other CSV: the column with x or longitude.</source>
      <translation>Andere CSV: de kolom met x of lengtegraad.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Y (latitude) column</source>
      <translation>Kolom Y (breedtegraad)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Other CSV: the column with y or latitude.</source>
      <translation>Andere CSV: de kolom met y of breedtegraad.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Date column</source>
      <translation>Kolom datum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Other CSV: the column with the date of the observation.</source>
      <translation>Andere CSV: de kolom met de datum van de waarneming.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Count column</source>
      <translation>Kolom aantal</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Other CSV, optional: the column with the number of individuals.</source>
      <translation>Andere CSV, optioneel: de kolom met het aantal individuen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Coordinate uncertainty column</source>
      <translation>Kolom coördinaatonzekerheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Other CSV, optional: the column with the coordinate uncertainty in metres.</source>
      <translation>Andere CSV, optioneel: de kolom met de coördinaatonzekerheid in meters.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>CRS of the coordinates</source>
      <translation>Coördinatenstelsel van de coördinaten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Skip rows without an uncertainty</source>
      <translation>Rijen zonder onzekerheid overslaan</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Species list</source>
      <translation>Soortenlijst</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Observations layer</source>
      <translation>Waarnemingenlaag</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Imported</source>
      <translation>Geïmporteerd</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Skipped: uncertainty too large</source>
      <translation>Overgeslagen: onzekerheid te groot</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Skipped: species not on the list</source>
      <translation>Overgeslagen: soort niet op de lijst</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Skipped: duplicates</source>
      <translation>Overgeslagen: dubbelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Rejected</source>
      <translation>Afgewezen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>species</source>
      <translation>soort</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>date</source>
      <translation>datum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>CSV files (*.csv *.txt *.tsv);;All files (*.*)</source>
      <translation>CSV-bestanden (*.csv *.txt *.tsv);;Alle bestanden (*.*)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>GBIF simple CSV</source>
      <translation>GBIF simple CSV</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Other CSV (choose the columns)</source>
      <translation>Andere CSV (kies de kolommen)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Text files (*.txt *.csv);;All files (*.*)</source>
      <translation>Tekstbestanden (*.txt *.csv);;Alle bestanden (*.*)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>{file}: {rows} rows. Imported into '{layer}': {imported}; skipped for their species: {species}; skipped for their coordinate uncertainty: {uncertainty}; skipped as duplicates: {duplicates}; rejected: {rejected}.</source>
      <translation>{file}: {rows} rijen. Geïmporteerd in '{layer}': {imported}; overgeslagen om de soort: {species}; overgeslagen om de coördinaatonzekerheid: {uncertainty}; overgeslagen als dubbelen: {duplicates}; afgewezen: {rejected}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>'{name}': the layer '{layer}' is not a point layer; observations are points.</source>
      <translation>'{name}': de laag '{layer}' is geen puntenlaag; waarnemingen zijn punten.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Features cannot be added to the layer '{layer}' (it is read-only).</source>
      <translation>Aan de laag '{layer}' kunnen geen objecten worden toegevoegd (ze is alleen-lezen).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>The layer '{layer}' is being edited. Save or discard its edits first, so the import can be added (or undone) as a whole.</source>
      <translation>De laag '{layer}' wordt bewerkt. Sla de bewerkingen eerst op of verwerp ze, zodat de import als geheel kan worden toegevoegd (of ongedaan gemaakt).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Species not on the list, most frequent first: {names}</source>
      <translation>Soorten niet op de lijst, meest voorkomende eerst: {names}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Rows without a coordinate uncertainty, kept with an empty uncertainty: {count}.</source>
      <translation>Rijen zonder coördinaatonzekerheid, behouden met een lege onzekerheid: {count}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>The layer '{layer}' has no field for the {role} (looked for: {names}; found: {fields}). Choose the observations layer of the data package or add the field.</source>
      <translation>De laag '{layer}' heeft geen veld voor de {role} (gezocht: {names}; gevonden: {fields}). Kies de waarnemingenlaag van het datapakket of voeg het veld toe.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_observations.py" />
      <source>Line {line}: the point cannot be transformed to the layer's CRS.</source>
      <translation>Regel {line}: het punt kan niet naar het coördinatenstelsel van de laag worden omgezet.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>Import partner data</source>
      <translation>Partnergegevens importeren</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>&lt;p&gt;Adds the features of a partner's file (any vector format QGIS reads, or a CSV with coordinates opened as a delimited text layer) to a layer of the data package, e.g. measures_area, reprojected to the layer's CRS (EPSG:28992).&lt;/p&gt;&lt;p&gt;A row is &lt;b&gt;rejected&lt;/b&gt;, with its reason in the Rejected output and the log, when it has no geometry or an empty one; when its geometry is invalid and cannot be repaired into a valid geometry of the same type; when its geometry type does not fit the layer; when a number cannot be read; when its measure type is not in the package's list of measure types (or does not allow the geometry); when it lies outside every study area (only if the package has study areas); or when it duplicates a feature of the same measure type with the same geometry (within 1 cm) in the layer or earlier in the file; or when the package's database refuses it (its own rules, e.g. a negative amount). Decimal commas in numbers are read.&lt;/p&gt;&lt;p&gt;The other rows are added in one edit session: all of them or, if the data source refuses any without saying which, none.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Voegt de objecten uit een bestand van een partner (elk vectorformaat dat QGIS leest, of een CSV met coördinaten geopend als tekstlaag met scheidingstekens) toe aan een laag van het datapakket, bijvoorbeeld measures_area, geherprojecteerd naar het coördinatenstelsel van de laag (EPSG:28992).&lt;/p&gt;&lt;p&gt;Een rij wordt &lt;b&gt;afgewezen&lt;/b&gt;, met de reden in de uitvoer Afgewezen rijen en in het logboek, als ze geen of een lege geometrie heeft; als de geometrie ongeldig is en niet tot een geldige geometrie van hetzelfde type te herstellen is; als het geometrietype niet bij de laag past; als een getal niet te lezen is; als het maatregeltype niet in de lijst van maatregeltypen van het pakket staat (of de geometrie niet toelaat); als ze buiten elk studiegebied ligt (alleen als het pakket studiegebieden heeft); als ze een object van hetzelfde maatregeltype met dezelfde geometrie (binnen 1 cm) in de laag of eerder in het bestand herhaalt; of als de database van het pakket haar weigert (haar eigen regels, bijvoorbeeld een negatief bedrag). Decimale komma's in getallen worden gelezen.&lt;/p&gt;&lt;p&gt;De overige rijen worden in één bewerkingssessie toegevoegd: allemaal of, als de gegevensbron er één weigert zonder te zeggen welke, geen enkele.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>The partner's file: a shapefile, GeoPackage, GeoJSON ..., or a CSV with coordinates (Layer &gt; Add Layer &gt; Add Delimited Text Layer). Any CRS.</source>
      <translation>Het bestand van de partner: een shapefile, GeoPackage, GeoJSON ..., of een CSV met coördinaten (Kaartlagen &gt; Laag toevoegen &gt; Tekstlaag met scheidingsteken toevoegen). Elk coördinatenstelsel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>The layer of the data package the features are added to, e.g. measures_area.</source>
      <translation>De laag van het datapakket waaraan de objecten worden toegevoegd, bijvoorbeeld measures_area.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>Which input field fills which field of the package layer, as target_field=input_field pairs separated by ';', e.g. 'measure_type=maatregel;notes=opmerking'. Empty: every field of the layer is filled from the input field of the same name (case does not matter); the layer's key and sizes computed by the database are left out.</source>
      <translation>Welk invoerveld welk veld van de pakketlaag vult, als paren target_field=input_field gescheiden door ';', bijvoorbeeld 'measure_type=maatregel;notes=opmerking'. Leeg: elk veld van de laag wordt gevuld uit het invoerveld met dezelfde naam (hoofdletters maken niet uit); de sleutel van de laag en de door de database berekende maten blijven buiten beschouwing.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>Optional: the name or id of the partner (from the package's partners) set on every imported feature.</source>
      <translation>Optioneel: de naam of het id van de partner (uit de partners van het pakket) die op elk geïmporteerd object wordt gezet.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>Every rejected row with its original attributes, its feature id in the input (input_fid) and the reason.</source>
      <translation>Elke afgewezen rij met de oorspronkelijke attributen, het object-id in de invoer (input_fid) en de reden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>the partner data</source>
      <translation>de partnergegevens</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>Package layer</source>
      <translation>Pakketlaag</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>Field map</source>
      <translation>Veldkoppeling</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>Rejected rows</source>
      <translation>Afgewezen rijen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>no geometry</source>
      <translation>geen geometrie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>empty geometry</source>
      <translation>lege geometrie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>wrong geometry type</source>
      <translation>verkeerd geometrietype</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>duplicate of an existing feature</source>
      <translation>dubbel van een bestaand object</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>The partner field of '{layer}' takes a partner id (a number), not '{partner}'.</source>
      <translation>Het partnerveld van '{layer}' verwacht een partner-id (een getal), niet '{partner}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>outside the study area</source>
      <translation>buiten het studiegebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>refused by the package's database</source>
      <translation>geweigerd door de database van het pakket</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>Imported into '{layer}': {imported}; rejected: {rejected}.</source>
      <translation>Geïmporteerd in '{layer}': {imported}; afgewezen: {rejected}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>The layer '{layer}' has no partner field ({names}) for the partner '{partner}'.</source>
      <translation>De laag '{layer}' heeft geen partnerveld ({names}) voor de partner '{partner}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>The partner '{partner}' is not in the package's partners. Add the partner first, or give the name or id of one that is.</source>
      <translation>De partner '{partner}' staat niet bij de partners van het pakket. Voeg de partner eerst toe, of geef de naam of het id van een partner die er wel staat.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>invalid geometry</source>
      <translation>ongeldige geometrie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>'{name}': the layer '{layer}' has no geometry; choose a layer of the package with geometries, e.g. measures_area.</source>
      <translation>'{name}': de laag '{layer}' heeft geen geometrie; kies een laag van het pakket met geometrieën, bijvoorbeeld measures_area.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>unknown measure type</source>
      <translation>onbekend maatregeltype</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>measure type not allowed for this geometry</source>
      <translation>maatregeltype niet toegestaan voor deze geometrie</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>Input feature {fid}: rejected, {reason}{detail}.</source>
      <translation>Invoerobject {fid}: afgewezen, {reason}{detail}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>Rejected, {reason}: {count}</source>
      <translation>Afgewezen, {reason}: {count}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>cannot be reprojected</source>
      <translation>kan niet worden geherprojecteerd</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>not a number</source>
      <translation>geen getal</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>The field map entry '{entry}' is not target_field=input_field.</source>
      <translation>Het element '{entry}' van de veldkoppeling is geen target_field=input_field.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>The layer '{layer}' has no field '{field}' (it has: {fields}).</source>
      <translation>De laag '{layer}' heeft geen veld '{field}' (ze heeft: {fields}).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/import_partner_data.py" />
      <source>The input has no field '{field}' (it has: {fields}).</source>
      <translation>De invoer heeft geen veld '{field}' (ze heeft: {fields}).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Validate suitability with observations</source>
      <translation>Geschiktheid valideren met waarnemingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>&lt;p&gt;How well a suitability or abundance map agrees with where bees were seen, with observations only (no absences). The map's values at the observations are compared with its values at background cells drawn at random among the valid cells.&lt;/p&gt;&lt;p&gt;&lt;b&gt;AUC&lt;/b&gt;: the chance that an observation has a higher value than a background cell (ties count half). 0.5 is no better than chance, 1 is perfect.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Continuous Boyce index&lt;/b&gt; (Hirzel et al. 2006, as ecospat computes it): a window a tenth of the value range wide moves from the lowest to the highest value in 101 steps; in each, P/E is the share of the observations over the share of the background in the window. The index is the Spearman correlation of P/E with the window's value: near 1 when bees are seen more often where the map is higher, about 0 for a random map, negative when the map is upside down. The report shows the P/E curve.&lt;/p&gt;&lt;p&gt;Observations outside the raster or on nodata cells are left out and counted; every observation counts, also several in one cell.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Hoe goed een kaart van geschiktheid of dichtheid overeenkomt met waar bijen zijn gezien, met alleen waarnemingen (geen afwezigheden). De waarden van de kaart bij de waarnemingen worden vergeleken met de waarden in achtergrondcellen, willekeurig getrokken uit de geldige cellen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;AUC&lt;/b&gt;: de kans dat een waarneming een hogere waarde heeft dan een achtergrondcel (gelijke waarden tellen half). 0,5 is niet beter dan toeval, 1 is perfect.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Continue Boyce-index&lt;/b&gt; (Hirzel et al. 2006, zoals ecospat die berekent): een venster van een tiende van het waardebereik schuift in 101 stappen van de laagste naar de hoogste waarde; in elk is P/E het aandeel van de waarnemingen gedeeld door het aandeel van de achtergrond in het venster. De index is de Spearman-correlatie van P/E met de waarde van het venster: bijna 1 als bijen vaker worden gezien waar de kaart hoger is, ongeveer 0 voor een willekeurige kaart, negatief als de kaart omgekeerd is. Het rapport toont de P/E-curve.&lt;/p&gt;&lt;p&gt;Waarnemingen buiten het raster of op nodata-cellen worden weggelaten en geteld; elke waarneming telt, ook meerdere in één cel.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Validation of a suitability map with observations</source>
      <translation>Validatie van een geschiktheidskaart met waarnemingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>A map whose higher values should mean more bees, e.g. Pollinator supply or Pollinator abundance of Habitat suitability.</source>
      <translation>Een kaart waarvan hogere waarden meer bijen zouden moeten betekenen, bijvoorbeeld Aanbod bestuivers of Bestuiversdichtheid van Geschiktheid leefgebied.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>The band to validate (e.g. the guild or season).</source>
      <translation>De te valideren band (bijvoorbeeld de gilde of het seizoen).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Points where the bees were seen, in any CRS (e.g. the observations layer of the data package, filtered to the species of the guild).</source>
      <translation>Punten waar de bijen zijn gezien, in elk coördinatenstelsel (bijvoorbeeld de waarnemingenlaag van het datapakket, gefilterd op de soorten van de gilde).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Background points</source>
      <translation>Achtergrondpunten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Number of random background cells (all valid cells when the raster has fewer).</source>
      <translation>Aantal willekeurige achtergrondcellen (alle geldige cellen als het raster er minder heeft).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>The same seed draws the same background cells, so results can be repeated.</source>
      <translation>Hetzelfde startgetal trekt dezelfde achtergrondcellen, zodat resultaten herhaalbaar zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>AUC, Boyce index, the counts and a plot of the Boyce P/E curve.</source>
      <translation>AUC, Boyce-index, de aantallen en een grafiek van de P/E-curve van Boyce.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Suitability or abundance raster</source>
      <translation>Raster van geschiktheid of dichtheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Validation report</source>
      <translation>Validatierapport</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>AUC</source>
      <translation>AUC</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Continuous Boyce index</source>
      <translation>Continue Boyce-index</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Observations used</source>
      <translation>Gebruikte waarnemingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Observations outside the raster</source>
      <translation>Waarnemingen buiten het raster</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Observations on nodata cells</source>
      <translation>Waarnemingen op nodata-cellen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Background cells</source>
      <translation>Achtergrondcellen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>The Boyce index cannot be computed: the background values are all equal or too few windows hold background cells.</source>
      <translation>De Boyce-index kan niet worden berekend: de achtergrondwaarden zijn allemaal gelijk of te weinig vensters bevatten achtergrondcellen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>not computable</source>
      <translation>niet te berekenen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Raster</source>
      <translation>Raster</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Raster cells with observations</source>
      <translation>Rastercellen met waarnemingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Boyce window width</source>
      <translation>Vensterbreedte Boyce</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Map value (window centre)</source>
      <translation>Kaartwaarde (midden van het venster)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Predicted / expected ratio (P/E)</source>
      <translation>Verhouding voorspeld / verwacht (P/E)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>P/E = 1: random</source>
      <translation>P/E = 1: willekeurig</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>AUC {auc:.4f}, continuous Boyce index {boyce:.4f}: {used} observations used, {outside} outside the raster, {nodata} on nodata cells, {background} background cells.</source>
      <translation>AUC {auc:.4f}, continue Boyce-index {boyce:.4f}: {used} waarnemingen gebruikt, {outside} buiten het raster, {nodata} op nodata-cellen, {background} achtergrondcellen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Boyce curve</source>
      <translation>Boyce-curve</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>P/E above 1: more observations than the background predicts. A good map has P/E rising from below 1 at low values to well above 1 at high values.</source>
      <translation>P/E boven 1: meer waarnemingen dan de achtergrond voorspelt. Een goede kaart heeft een P/E die stijgt van onder 1 bij lage waarden tot ruim boven 1 bij hoge waarden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>AUC: 0.5 is no better than chance, 1 is perfect separation of observations from background. Boyce index: from -1 to 1; above 0 the map agrees with the observations, near 0 it is no better than random.</source>
      <translation>AUC: 0,5 is niet beter dan toeval, 1 is een perfecte scheiding van waarnemingen en achtergrond. Boyce-index: van -1 tot 1; boven 0 komt de kaart overeen met de waarnemingen, rond 0 is ze niet beter dan willekeurig.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>None of the {count} observations lies on a valid cell of the raster ({outside} outside it, {nodata} on nodata cells). Do the observations and the raster cover the same area?</source>
      <translation>Geen van de {count} waarnemingen ligt op een geldige cel van het raster ({outside} erbuiten, {nodata} op nodata-cellen). Beslaan de waarnemingen en het raster hetzelfde gebied?</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>The raster has only {cells} valid cells: all of them are the background.</source>
      <translation>Het raster heeft maar {cells} geldige cellen: die vormen allemaal de achtergrond.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>Background cells (random, seed {seed})</source>
      <translation>Achtergrondcellen (willekeurig, startgetal {seed})</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/partnerdata/validate_suitability.py" />
      <source>band {band}</source>
      <translation>band {band}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/patch_inputs.py" />
      <source>Optional: patches for the change in ECA.</source>
      <translation>Optioneel: plekken voor de verandering in ECA.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/patch_inputs.py" />
      <source>Dispersal distance crossed with probability p0 = {p0} (with p0 = 0.5 the median dispersal distance) for the ECA; links up to {reach} × d0.</source>
      <translation>Spreidingsafstand die met kans p0 = {p0} wordt overbrugd (bij p0 = 0,5 de mediane spreidingsafstand) voor de ECA; verbindingen tot {reach} × d0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/patch_inputs.py" />
      <source>'{name}' is {value}; the ECA needs a dispersal distance above 0. Give the distance at which half the bees still arrive, or leave the patches out.</source>
      <translation>'{name}' is {value}; de ECA heeft een spreidingsafstand boven 0 nodig. Geef de afstand waarop de helft van de bijen nog aankomt, of laat de leefgebiedplekken weg.</translation>
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
      <source>Measures with their id, code, allowed land uses and the nesting and floral values they set. Empty: the Dutch catalogue.</source>
      <translation>Maatregelen met hun id, code, toegestane landgebruiken en de waarden voor nestgelegenheid en bloemaanbod die ze instellen. Leeg: de Nederlandse maatregelencatalogus.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>Land-use raster (e.g. LGN)</source>
      <translation>Landgebruik-rasterlaag (bijv. LGN)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>Integer land-use codes in a projected CRS (metres), such as LGN in EPSG:28992. Every code in the raster must be in the biophysical table.</source>
      <translation>Gehele landgebruikscodes in een geprojecteerd CRS (meters), zoals LGN in EPSG:28992. Elke code in de rasterlaag moet in de biofysische tabel staan.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/pollination_inputs.py" />
      <source>Measure catalogue (CSV)</source>
      <translation>Maatregelencatalogus (CSV)</translation>
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
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Total pollinator supply today</source>
      <translation>Totaal aanbod bestuivers nu</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>With the measures</source>
      <translation>Met de maatregelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Gain</source>
      <translation>Toename</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Per feature</source>
      <translation>Per object</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Feature id</source>
      <translation>Object-id</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Cells</source>
      <translation>Cellen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Area with a seasonal food gap (ha)</source>
      <translation>Oppervlakte met een voedselgat in een seizoen (ha)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Guild</source>
      <translation>Gilde</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Season</source>
      <translation>Seizoen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Today</source>
      <translation>Nu</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Change</source>
      <translation>Verandering</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Each feature applied alone (exact)</source>
      <translation>Elk object afzonderlijk toegepast (exact)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Each feature's share of the total gain (one pass)</source>
      <translation>Aandeel van elk object in de totale toename (één doorrekening)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Features not used as drawn</source>
      <translation>Objecten die niet zoals getekend gebruikt zijn</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/scenario_report.py" />
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>QGIS cannot open the table '{table}' of {target}.</source>
      <translation>QGIS kan de tabel '{table}' van {target} niet openen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>The file {path} does not end in .gpkg; a data package is a GeoPackage file (.gpkg).</source>
      <translation>Het bestand {path} eindigt niet op .gpkg; een datapakket is een GeoPackage-bestand (.gpkg).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>GDAL cannot create the GeoPackage {path}. Check that the folder exists and that you may write in it.</source>
      <translation>GDAL kan de GeoPackage {path} niet aanmaken. Controleer of de map bestaat en of u er mag schrijven.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>There is no saved PostgreSQL connection named '{name}'. Add it in the Browser (PostgreSQL › New Connection) or choose another.</source>
      <translation>Er is geen opgeslagen PostgreSQL-verbinding met de naam '{name}'. Voeg die toe in de Browser (PostgreSQL › Nieuwe verbinding) of kies een andere.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>'{schema}' cannot be used as a schema name: use lower-case letters, digits and '_', starting with a letter (e.g. zoemzone).</source>
      <translation>'{schema}' kan niet als schemanaam dienen: gebruik kleine letters, cijfers en '_', beginnend met een letter (bijvoorbeeld zoemzone).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>The package needs a schema of its own, not '{schema}', which holds the database's shared objects. Choose another name, e.g. zoemzone.</source>
      <translation>Het pakket heeft een eigen schema nodig, niet '{schema}', dat de gedeelde objecten van de database bevat. Kies een andere naam, bijvoorbeeld zoemzone.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>The schema '{schema}' of connection '{connection}' already holds tables ({tables}). Choose another schema, or set 'Overwrite existing data' (OVERWRITE) to replace the package with an empty one: all its data is lost.</source>
      <translation>Het schema '{schema}' van verbinding '{connection}' bevat al tabellen ({tables}). Kies een ander schema, of zet 'Bestaande gegevens overschrijven' (OVERWRITE) aan om het pakket door een leeg pakket te vervangen: alle gegevens gaan dan verloren.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>The schema '{schema}' of connection '{connection}' holds tables ({tables}) but is not a Zoem Zone package, so it is not replaced even with OVERWRITE. Choose another schema name, or empty this schema yourself.</source>
      <translation>Het schema '{schema}' van verbinding '{connection}' bevat tabellen ({tables}) maar is geen Zoem Zone-pakket, dus het wordt ook met OVERWRITE niet vervangen. Kies een andere schemanaam, of maak dit schema zelf leeg.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>Must be more than 0.</source>
      <translation>Moet groter zijn dan 0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>May not be negative.</source>
      <translation>Mag niet negatief zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>May not be before '{field}'.</source>
      <translation>Mag niet vóór '{field}' liggen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>May not be more than '{field}'.</source>
      <translation>Mag niet meer zijn dan '{field}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>The layer '{layer}' lacks the field '{field}'.</source>
      <translation>De laag '{layer}' mist het veld '{field}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>Zoem Zone style and form: drop-down lists of the valid measure types, partners and statuses.</source>
      <translation>Zoem Zone-stijl en -formulier: keuzelijsten met de geldige maatregeltypen, partners en statussen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>The style of '{table}' could not be saved in {target}: {error}</source>
      <translation>De stijl van '{table}' kon niet worden opgeslagen in {target}: {error}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>The file {path} already exists and may hold data. Choose another file name, or set 'Overwrite existing data' (OVERWRITE) to replace it with an empty package: everything in it is lost.</source>
      <translation>Het bestand {path} bestaat al en kan gegevens bevatten. Kies een andere bestandsnaam, of zet 'Bestaande gegevens overschrijven' (OVERWRITE) aan om het door een leeg pakket te vervangen: alles erin gaat dan verloren.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>The database of connection '{connection}' refused: {error}</source>
      <translation>De database van verbinding '{connection}' weigerde: {error}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>The database of connection '{connection}' has no PostGIS, and it could not be added ({error}). Ask its administrator to run CREATE EXTENSION postgis; in it.</source>
      <translation>De database van verbinding '{connection}' heeft geen PostGIS en die kon niet worden toegevoegd ({error}). Vraag de beheerder er CREATE EXTENSION postgis; in uit te voeren.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>schema '{schema}' of connection '{connection}'</source>
      <translation>schema '{schema}' van verbinding '{connection}'</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>A CBS municipality code: GM and four digits, e.g. GM0935.</source>
      <translation>Een CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM0935.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/create.py" />
      <source>May not be empty.</source>
      <translation>Mag niet leeg zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/migrate.py" />
      <source>The data package {path} cannot be opened: {error}</source>
      <translation>Het datapakket {path} kan niet worden geopend: {error}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/migrate.py" />
      <source>The data package {path} could not be brought to version {version} (its newer rules and tables): {error}. Open it where you may write to the file.</source>
      <translation>Het datapakket {path} kon niet naar versie {version} worden gebracht (de nieuwere regels en tabellen): {error}. Open het waar u naar het bestand mag schrijven.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/migrate.py" />
      <source>The data package in schema '{schema}' could not be brought to version {version} (its newer rules and tables): {error}. Ask the owner of the schema to open it once.</source>
      <translation>Het datapakket in schema '{schema}' kon niet naar versie {version} worden gebracht (de nieuwere regels en tabellen): {error}. Vraag de eigenaar van het schema het één keer te openen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/migrate.py" />
      <source>The database of the layer '{layer}' could not be read: {error}</source>
      <translation>De database van de laag '{layer}' kon niet worden gelezen: {error}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Public (shown on the published website)</source>
      <translation>Openbaar (getoond op de gepubliceerde website)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Area (m²)</source>
      <translation>Oppervlakte (m²)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Zoem Zone package</source>
      <translation>Zoem Zone-pakket</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Partner kinds</source>
      <translation>Soorten partners</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Statuses</source>
      <translation>Statussen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Measure types</source>
      <translation>Maatregeltypen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Kinds of applicant</source>
      <translation>Soorten aanvragers</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Application statuses</source>
      <translation>Statussen van aanvragen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Partners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Measures (areas)</source>
      <translation>Maatregelen (vlakken)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Measures (lines)</source>
      <translation>Maatregelen (lijnen)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Measures (points)</source>
      <translation>Maatregelen (punten)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Existing habitat</source>
      <translation>Bestaand leefgebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Fund applications (areas)</source>
      <translation>Aanvragen stimuleringsfonds (vlakken)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Fund applications (points)</source>
      <translation>Aanvragen stimuleringsfonds (punten)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Created by</source>
      <translation>Aangemaakt door</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Created at</source>
      <translation>Aangemaakt op</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Modified by</source>
      <translation>Gewijzigd door</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Modified at</source>
      <translation>Gewijzigd op</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Length (m)</source>
      <translation>Lengte (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Measure type</source>
      <translation>Maatregeltype</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Start date</source>
      <translation>Begindatum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>End date</source>
      <translation>Einddatum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Stimuleringsfonds applied for</source>
      <translation>Stimuleringsfonds aangevraagd</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Stimuleringsfonds amount (EUR)</source>
      <translation>Bedrag stimuleringsfonds (EUR)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Key</source>
      <translation>Sleutel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Value</source>
      <translation>Waarde</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>May be a point</source>
      <translation>Mag een punt zijn</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>May be a line</source>
      <translation>Mag een lijn zijn</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>May be a polygon</source>
      <translation>Mag een vlak zijn</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Width of a line (m)</source>
      <translation>Breedte van een lijn (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Name (Dutch)</source>
      <translation>Naam (Nederlands)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Name (English)</source>
      <translation>Naam (Engels)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Kind of applicant</source>
      <translation>Soort aanvrager</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Co-applicant (partner)</source>
      <translation>Medeaanvrager (partner)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Planned measure type</source>
      <translation>Geplande maatregel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Planned size (m²)</source>
      <translation>Geplande omvang (m²)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Amount requested (EUR)</source>
      <translation>Aangevraagd bedrag (EUR)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Amount granted (EUR)</source>
      <translation>Toegekend bedrag (EUR)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Submitted on</source>
      <translation>Ingediend op</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Public</source>
      <translation>Openbaar</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Habitat type</source>
      <translation>Type leefgebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Species</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Count</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>Coordinate uncertainty (m)</source>
      <translation>Coördinaatonzekerheid (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>CBS municipality code</source>
      <translation>CBS-gemeentecode</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/datapackage/schema.py" />
      <source>A direct partner cannot apply alone: choose the group that applies (a foundation, school, society, association or residents' group) as applicant and the partner as co-applicant (co_applicant_partner_id).</source>
      <translation>Een directe partner kan niet alleen aanvragen: kies de groep die aanvraagt (een stichting, school, heemkundekring, vereniging of inwonersgroep) als aanvrager en de partner als medeaanvrager (co_applicant_partner_id).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The floral and nesting rasters hold only nodata.</source>
      <translation>De bloei- en nestrasters bevatten alleen nodata.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The {what} threshold is {value}; use a value above 0 and at most 1 (Habitat suitability gives its floral and nesting indices from 0 to 1).</source>
      <translation>De drempel voor {what} is {value}; gebruik een waarde boven 0 en hoogstens 1 (Geschiktheid leefgebied geeft bloem- en nestindexen van 0 tot 1).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>flowering</source>
      <translation>bloei</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>nesting</source>
      <translation>nestgelegenheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The minimum flowering share is {value}; use a share above 0 and at most 1 (0.10 means 10 %).</source>
      <translation>Het minimale aandeel bloei is {value}; gebruik een aandeel boven 0 en hoogstens 1 (0,10 betekent 10 %).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The window size is {value} m; use a size above 0 (the rule's window is 1 km², a window of 1000 m).</source>
      <translation>De venstergrootte is {value} m; gebruik een grootte boven 0 (het venster van de regel is 1 km², een venster van 1000 m).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The largest distance between nest and food is {value} m; use a distance of 0 m or more (the rule says 500 m).</source>
      <translation>De grootste afstand tussen nest en voedsel is {value} m; gebruik een afstand van 0 m of meer (de regel zegt 500 m).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The minimum stepping-stone area is {value} m²; use an area of 0 m² or more (the rule says 0.5 ha, 5000 m²).</source>
      <translation>De minimale oppervlakte van een stapsteen is {value} m²; gebruik een oppervlakte van 0 m² of meer (de regel zegt 0,5 ha, 5000 m²).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The stepping-stone spacing is {value} m; use a distance above 0 m (the rule says 1000 m).</source>
      <translation>De afstand tussen stapstenen is {value} m; gebruik een afstand boven 0 m (de regel zegt 1000 m).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The smallest width of a flower-rich strip is {value} m; use a width above 0 m (the rule says 3 m).</source>
      <translation>De kleinste breedte van een bloemrijke strook is {value} m; gebruik een breedte groter dan 0 m (de regel zegt 3 m).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The largest gap between flower-rich strips is {value} m; use a distance of 0 m or more (the rule says 100 m).</source>
      <translation>De grootste onderbreking tussen bloemrijke stroken is {value} m; gebruik een afstand van 0 m of meer (de regel zegt 100 m).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>No guild to check: the floral and nesting rasters need at least one band (one per guild).</source>
      <translation>Geen gilde om te toetsen: de bloei- en nestrasters hebben minstens één band nodig (één per gilde).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The floral raster has {floral} bands and the nesting raster {nesting}, for {names} guild names; give both rasters one band per guild, in the same order (the Floral cover and Nesting habitat outputs of one Habitat suitability run).</source>
      <translation>Het bloeiraster heeft {floral} banden en het nestraster {nesting}, voor {names} gildenamen; geef beide rasters één band per gilde, in dezelfde volgorde (de uitvoer Bloembedekking en Nestgelegenheid van één run van Geschiktheid leefgebied).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The guild name '{name}' occurs more than once; give each guild its own name.</source>
      <translation>De gildenaam '{name}' komt meer dan eens voor; geef elke gilde een eigen naam.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>A guild may not be called '{name}': that name is kept for the result of all guilds together.</source>
      <translation>Een gilde mag niet '{name}' heten: die naam is gereserveerd voor het resultaat van alle gilden samen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The valid mask has {shape} cells, the grid {grid}.</source>
      <translation>Het masker van geldige cellen heeft {shape} cellen, het grid {grid}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>floral</source>
      <translation>bloei</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The floral and nesting rasters are in a geographic CRS (degrees). The rules are in metres: reproject them to a projected CRS such as EPSG:28992 (RD New) first.</source>
      <translation>De bloei- en nestrasters staan in een geografisch coördinatenstelsel (graden). De regels zijn in meters: herprojecteer ze eerst naar een geprojecteerd stelsel zoals EPSG:28992 (RD New).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The window of {window} m spans only {cells} cells of {cell} m; it must span at least 3 cells. Use a larger window or a raster with smaller cells.</source>
      <translation>Het venster van {window} m beslaat maar {cells} cellen van {cell} m; het moet minstens 3 cellen beslaan. Gebruik een groter venster of een raster met kleinere cellen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Flowering: floral index at least</source>
      <translation>Bloei: bloemindex minstens</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Nest site: nesting index at least</source>
      <translation>Nestplaats: nestindex minstens</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Window (m)</source>
      <translation>Venster (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Minimum flowering share in the window</source>
      <translation>Minimaal aandeel bloei in het venster</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Largest distance between nest and food (m)</source>
      <translation>Grootste afstand tussen nest en voedsel (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Smallest stepping stone (ha)</source>
      <translation>Kleinste stapsteen (ha)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Largest spacing between stepping stones (m)</source>
      <translation>Grootste afstand tussen stapstenen (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Narrowest flower-rich strip (m)</source>
      <translation>Smalste bloemrijke strook (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Longest gap between flower-rich strips (m)</source>
      <translation>Langste onderbreking tussen bloemrijke stroken (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Mapped area (ha)</source>
      <translation>Gekarteerde oppervlakte (ha)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>There is no result for the guild '{guild}'.</source>
      <translation>Er is geen resultaat voor de gilde '{guild}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The {kind} band of guild '{guild}' has {shape} cells, the grid {grid}. Align the floral and nesting rasters first (Raster › Align Rasters).</source>
      <translation>De {kind}band van gilde '{guild}' heeft {shape} cellen, het grid {grid}. Lijn de bloei- en nestrasters eerst uit (Raster › Rasters uitlijnen).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>All guilds together</source>
      <translation>Alle gilden samen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Bed &amp; Breakfast area</source>
      <translation>Bed &amp; Breakfast-gebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Nest sites within reach of food</source>
      <translation>Nestplaatsen binnen bereik van voedsel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Stepping stones</source>
      <translation>Stapstenen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Area in stepping-stone gaps</source>
      <translation>Oppervlakte in stapsteengaten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Largest distance to a stepping stone in a gap (m)</source>
      <translation>Grootste afstand tot een stapsteen in een gat (m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Flower-rich strips</source>
      <translation>Bloemrijke stroken</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Connecting landscape (strips and bridged gaps)</source>
      <translation>Verbindend landschap (stroken en overbrugde onderbrekingen)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Bij-tankstations</source>
      <translation>Bij-tankstations</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Features in the strip layer</source>
      <translation>Objecten in de stroken-laag</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Strips at least the narrowest width</source>
      <translation>Stroken van ten minste de smalste breedte</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Features too narrow for a strip</source>
      <translation>Objecten te smal voor een strook</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Area of the strips at their real width (ha)</source>
      <translation>Oppervlakte van de stroken op hun echte breedte (ha)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Networks of strips (joined by gaps no longer than the longest gap)</source>
      <translation>Netwerken van stroken (verbonden door onderbrekingen niet langer dan de langste onderbreking)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>cells</source>
      <translation>cellen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>share or number</source>
      <translation>aandeel of aantal</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Strip layer (the data-rich route)</source>
      <translation>Stroken-laag (de gegevensrijke route)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>The strip layer's strips count for every guild, beside the flowering ground of the raster; the guilds' areas of strips and connecting landscape above are of the cells they overlap.</source>
      <translation>De stroken van de stroken-laag tellen voor elke gilde, naast de bloeiende grond van het raster; de oppervlakten van stroken en verbindend landschap per gilde hierboven zijn die van de cellen die ze overlappen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>no stepping stone</source>
      <translation>geen stapsteen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>All guilds together: B&amp;B area where the rule holds for every guild; stepping stones of any guild count; nest sites near food of any guild; the nest-site share is of the nest sites of any guild; strips of any guild; tankstations of any guild outside all guilds' stepping stones.</source>
      <translation>Alle gilden samen: B&amp;B-gebied waar de regel voor elke gilde geldt; stapstenen van elke gilde tellen mee; nestplaatsen bij voedsel van elke gilde; het aandeel nestplaatsen is van de nestplaatsen van alle gilden; stroken van elke gilde; tankstations van elke gilde buiten de stapstenen van alle gilden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/model.py" />
      <source>Shares of the B&amp;B area, the gaps and the connecting landscape are of the mapped area; the share of nest sites is of the guild's nest sites; the last column of stepping stones and tankstations is their number.</source>
      <translation>De aandelen van het B&amp;B-gebied, de gaten en het verbindende landschap zijn van de gekarteerde oppervlakte; het aandeel nestplaatsen is van de nestplaatsen van de gilde; de laatste kolom bij stapstenen en tankstations is hun aantal.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/strip_layer.py" />
      <source>Strip {id} is a point; strips are lines (with their width) or polygons.</source>
      <translation>Strook {id} is een punt; stroken zijn lijnen (met hun breedte) of polygonen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/strip_layer.py" />
      <source>Strip {id} has an invalid geometry, so its width cannot be measured. Repair it first (Vector geometry › Fix geometries).</source>
      <translation>Strook {id} heeft een ongeldige geometrie, waardoor de breedte niet te meten is. Herstel haar eerst (Vectorgeometrie › Geometrieën repareren).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/bijenlandschap/strip_layer.py" />
      <source>Strip {id} is a line with the width {width}; give every line its width in metres (0 or more).</source>
      <translation>Strook {id} is een lijn met de breedte {width}; geef elke lijn haar breedte in meters (0 of meer).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/cluster.py" />
      <source>The Dask scheduler '{value}' is not understood. Give local:N (N worker processes on this machine, e.g. local:4), the address of a running scheduler such as tcp://host:8786, or leave it empty to compute in this process.</source>
      <translation>De Dask-scheduler '{value}' wordt niet begrepen. Geef local:N (N werkprocessen op deze computer, bijv. local:4), het adres van een draaiende scheduler zoals tcp://host:8786, of laat het leeg om in dit proces te rekenen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/cluster.py" />
      <source>The Dask scheduler is set to '{value}', but Dask is not installed for this Python. Install dask and distributed (Debian: apt install python3-dask python3-distributed) or empty the setting to compute in this process.</source>
      <translation>De Dask-scheduler staat op '{value}', maar Dask is niet geïnstalleerd voor deze Python. Installeer dask en distributed (Debian: apt install python3-dask python3-distributed) of maak de instelling leeg om in dit proces te rekenen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/cluster.py" />
      <source>Computed on the Dask scheduler {address} with {workers} workers.</source>
      <translation>Berekend op de Dask-scheduler {address} met {workers} workers.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/cluster.py" />
      <source>Computed on Dask local:{workers} ({workers} worker processes on this machine).</source>
      <translation>Berekend op Dask local:{workers} ({workers} werkprocessen op deze computer).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/cluster.py" />
      <source>Computed in this process (no Dask scheduler set).</source>
      <translation>Berekend in dit proces (geen Dask-scheduler ingesteld).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/cluster.py" />
      <source>No Dask scheduler answers at '{value}' ({error}). Start it (dask scheduler, then dask worker {value} on each machine) or correct the address.</source>
      <translation>Er antwoordt geen Dask-scheduler op '{value}' ({error}). Start hem (dask scheduler, daarna dask worker {value} op elke machine) of verbeter het adres.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>Table file '{file}' does not exist. Check the path.</source>
      <translation>Tabelbestand '{file}' bestaat niet. Controleer het pad.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>{file} is empty: it needs a header line and at least one row.</source>
      <translation>{file} is leeg: het bestand heeft een kopregel en minstens één rij nodig.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>The land-use raster holds {count} code(s) that {file} does not describe: {codes}. Add a row for each to the table, or set those cells to nodata.</source>
      <translation>De landgebruik-rasterlaag bevat {count} code(s) die {file} niet beschrijft: {codes}. Voeg voor elke code een rij toe aan de tabel, of maak die cellen nodata.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>{file}: column '{column}' is missing (found: {found}). {fix}</source>
      <translation>{file}: kolom '{column}' ontbreekt (gevonden: {found}). {fix}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>{file}, line {line}: column '{column}' is empty. Fill in a number.</source>
      <translation>{file}, regel {line}: kolom '{column}' is leeg. Vul een getal in.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>{file}, line {line}: column '{column}' holds '{value}', which is not a number.</source>
      <translation>{file}, regel {line}: kolom '{column}' bevat '{value}', wat geen getal is.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>{file}, line {line}: column '{column}' is {value}, outside {lower} to {upper}. Use a value from {lower} to {upper}.</source>
      <translation>{file}, regel {line}: kolom '{column}' is {value}, buiten {lower} tot {upper}. Gebruik een waarde van {lower} tot {upper}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>{file}, line {line}: column '{column}' is {value}, below {lower}. Use a value of {lower} or more.</source>
      <translation>{file}, regel {line}: kolom '{column}' is {value}, kleiner dan {lower}. Gebruik een waarde van {lower} of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>{file}, line {line}: column '{column}' is {value}, above {upper}. Use a value of {upper} or less.</source>
      <translation>{file}, regel {line}: kolom '{column}' is {value}, groter dan {upper}. Gebruik een waarde van {upper} of minder.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>{file}, line {line}: column '{column}' holds {value}; a whole number is needed.</source>
      <translation>{file}, regel {line}: kolom '{column}' bevat {value}; er is een geheel getal nodig.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/csvtable.py" />
      <source>{file}: '{value}' in column '{column}' occurs twice (lines {first} and {second}). Keep one row per value.</source>
      <translation>{file}: '{value}' in kolom '{column}' komt twee keer voor (regels {first} en {second}). Houd één rij per waarde.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/gdalio.py" />
      <source>The rasters '{first}' and '{second}' do not share one grid (CRS, extent, cell size or size differ). Align them first, e.g. with Raster › Align Rasters or GDAL's Warp (reproject) using the grid of '{first}'.</source>
      <translation>De rasters '{first}' en '{second}' hebben geen gemeenschappelijk grid (CRS, extent, celgrootte of afmetingen verschillen). Lijn ze eerst uit, bijvoorbeeld met Raster › Rasters uitlijnen of GDAL Warp (herprojecteren) op het grid van '{first}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/gdalio.py" />
      <source>Cannot open raster '{path}': GDAL cannot read it.</source>
      <translation>Kan rasterlaag '{path}' niet openen: GDAL kan het bestand niet lezen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/gdalio.py" />
      <source>The land-use raster '{path}' holds the value {value}, which is not a land-use code. Land-use codes are whole numbers: use an integer (LGN-coded) raster.</source>
      <translation>De landgebruik-rasterlaag '{path}' bevat de waarde {value}, wat geen landgebruikscode is. Landgebruikscodes zijn gehele getallen: gebruik een rasterlaag met gehele getallen (LGN-codes).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/gdalio.py" />
      <source>The nodata value {nodata} of the land-use raster '{path}' is a code of the table: as in InVEST, those cells are land with the table's values for that code, not nodata. Give the raster a nodata value that is not in the table to leave them out.</source>
      <translation>De nodata-waarde {nodata} van de landgebruik-rasterlaag '{path}' is een code van de tabel: zoals in InVEST zijn die cellen land met de waarden van die code in de tabel, geen nodata. Geef de rasterlaag een nodata-waarde die niet in de tabel staat om ze weg te laten.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/outputs.py" />
      <source>Cannot write '{path}' ({reason}). Choose a folder that exists or can be created, and that you may write to.</source>
      <translation>Kan '{path}' niet schrijven ({reason}). Kies een map die bestaat of kan worden aangemaakt en waarin u mag schrijven.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/io/vectorio.py" />
      <source>No vector format writes files ending in '{extension}' ('{path}'). Use for instance .gpkg (GeoPackage) or .shp (Shapefile).</source>
      <translation>Geen vectorformaat schrijft bestanden die eindigen op '{extension}' ('{path}'). Gebruik bijvoorbeeld .gpkg (GeoPackage) of .shp (Shapefile).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/area_figures.py" />
      <source>The area has no geometry: draw its outline or remove it from the study areas.</source>
      <translation>Het gebied heeft geen geometrie: teken de omtrek of verwijder het uit de studiegebieden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/area_figures.py" />
      <source>The area lies outside the rasters: choose study areas within the extent of the chain's outputs, or run the chain on land use that covers this area.</source>
      <translation>Het gebied ligt buiten de rasters: kies studiegebieden binnen de uitvoer van de keten, of draai de keten op landgebruik dat dit gebied beslaat.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/area_figures.py" />
      <source>The area holds no cell centre of the rasters: it is smaller than a cell or lies outside them.</source>
      <translation>Het gebied bevat geen celmiddelpunt van de rasters: het is kleiner dan een cel of ligt erbuiten.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: column 'linear' holds '{value}'. Write 1 (or yes/ja) for a measure laid as a strip along edges, 0 (or no/nee, or nothing) otherwise.</source>
      <translation>{file}, regel {line}: kolom 'linear' bevat '{value}'. Schrijf 1 (of yes/ja) voor een maatregel die als strook langs randen wordt aangelegd, anders 0 (of no/nee, of niets).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}: no effect columns found. Add columns named like 'nesting_ground_availability_index' or 'floral_resources_summer_index'.</source>
      <translation>{file}: geen kolommen met effecten gevonden. Voeg kolommen toe met namen zoals 'nesting_ground_availability_index' of 'floral_resources_summer_index'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: column 'lucodes' is empty. List the land-use codes the measure may be applied on, separated by spaces, or write * for any land use.</source>
      <translation>{file}, regel {line}: kolom 'lucodes' is leeg. Geef de landgebruikscodes waarop de maatregel toegepast mag worden, gescheiden door spaties, of schrijf * voor elk landgebruik.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: column 'id' is {value}; ids must be whole numbers above 0 (0 means 'no measure' in the rasters).</source>
      <translation>{file}, regel {line}: kolom 'id' is {value}; id's moeten gehele getallen boven 0 zijn (0 betekent 'geen maatregel' in de rasters).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: the code '{value}' cannot be used. A code is a short name of letters, digits, '_' or '-', not only digits (it names output files and is told apart from ids).</source>
      <translation>{file}, regel {line}: de code '{value}' kan niet worden gebruikt. Een code is een korte naam van letters, cijfers, '_' of '-', niet alleen cijfers (ze geeft uitvoerbestanden hun naam en wordt onderscheiden van id's).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: column 'name_nl' is empty. Give the measure a name.</source>
      <translation>{file}, regel {line}: kolom 'name_nl' is leeg. Geef de maatregel een naam.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: '{code}' may be drawn as a line but has no width_m. Fill in the width in metres by which a line is buffered.</source>
      <translation>{file}, regel {line}: '{code}' mag als lijn getekend worden maar heeft geen width_m. Vul de breedte in meters in waarmee een lijn gebufferd wordt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: '{code}' is linear but has no width_m. Fill in the width in metres of the strip it makes along an edge.</source>
      <translation>{file}, regel {line}: '{code}' is lineair maar heeft geen width_m. Vul de breedte in meters in van de strook die hij langs een rand vormt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: '{code}' changes nothing: all its nesting and floral columns are empty. Fill in at least one value it sets (0 to 1).</source>
      <translation>{file}, regel {line}: '{code}' verandert niets: alle kolommen voor nestgelegenheid en bloemaanbod zijn leeg. Vul minstens één waarde in die de maatregel instelt (0 tot 1).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>The measure id {id} is not in {file}.</source>
      <translation>Maatregel-id {id} staat niet in {file}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: column 'geometry' holds '{value}'. Use one or more of point, line and polygon, separated by '|' (e.g. 'line|polygon').</source>
      <translation>{file}, regel {line}: kolom 'geometry' bevat '{value}'. Gebruik een of meer van point, line en polygon, gescheiden door '|' (bijvoorbeeld 'line|polygon').</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: column 'lucodes' holds '{value}', which is not a land-use code. List whole-number codes separated by spaces (e.g. '2 3 4 5'), or write * for any land use.</source>
      <translation>{file}, regel {line}: kolom 'lucodes' bevat '{value}', wat geen landgebruikscode is. Geef gehele codes gescheiden door spaties (bijvoorbeeld '2 3 4 5'), of schrijf * voor elk landgebruik.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}, line {line}: column 'width_m' is {value}; a width must be above 0 metres (leave it empty for measures that are not lines).</source>
      <translation>{file}, regel {line}: kolom 'width_m' is {value}; een breedte moet groter zijn dan 0 meter (laat het veld leeg voor maatregelen die geen lijnen zijn).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>The land-use code {code} is not in {file}, so the measure '{measure}' cannot be applied on it. Add a row for it to the table.</source>
      <translation>Landgebruikscode {code} staat niet in {file}, dus maatregel '{measure}' kan er niet op toegepast worden. Voeg er een rij voor toe aan de tabel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>substrate</source>
      <translation>Het nestsubstraat</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>season</source>
      <translation>Het seizoen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>{file}: column '{column}' is for the {kind} '{name}', which {bio_file} does not have (it has: {names}). Rename the column to one of those or remove it.</source>
      <translation>{file}: kolom '{column}' kan niet worden gebruikt. {kind} '{name}' komt niet voor in {bio_file} (wel: {names}). Hernoem de kolom naar een van die namen of verwijder de kolom.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/catalogue.py" />
      <source>The measure '{measure}' sets '{name}', which {file} does not have.</source>
      <translation>Maatregel '{measure}' stelt '{name}' in, maar {file} kent die niet.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/foodgaps.py" />
      <source>The food threshold is {value}; use a floral-resources value of 0 or more (the floral indices of the tables run from 0 to 1).</source>
      <translation>De voedseldrempel is {value}; gebruik een waarde voor het bloemaanbod van 0 of meer (de bloemindices van de tabellen lopen van 0 tot 1).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/foodgaps.py" />
      <source>The guild table has {count} seasons; food gaps tell at most {most} apart. Merge seasons in the guild and biophysical tables.</source>
      <translation>De gildetabel heeft {count} seizoenen; voedselgaten onderscheiden er hoogstens {most}. Voeg seizoenen samen in de gilde- en de biofysische tabel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/fund.py" />
      <source>a direct partner applies alone: partners may only apply together with a local group</source>
      <translation>een directe partner vraagt alleen aan: partners mogen alleen samen met een lokale groep aanvragen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/fund.py" />
      <source>applicant_kind '{value}' is not one of {allowed}</source>
      <translation>applicant_kind '{value}' is niet een van {allowed}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/fund.py" />
      <source>amount_requested_eur is missing</source>
      <translation>amount_requested_eur ontbreekt</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/fund.py" />
      <source>amount_requested_eur is {value}; it must be above 0</source>
      <translation>amount_requested_eur is {value}; het moet boven 0 liggen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/fund.py" />
      <source>measure_type '{value}' is not a code or id in {file}</source>
      <translation>measure_type '{value}' is geen code of id in {file}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/fund.py" />
      <source>the application lies outside every study area</source>
      <translation>de aanvraag ligt buiten elk studiegebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/fund.py" />
      <source>the status is afgewezen (rejected)</source>
      <translation>de status is afgewezen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/fund.py" />
      <source>status '{value}' is not one of {allowed}</source>
      <translation>status '{value}' is niet een van {allowed}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/fund.py" />
      <source>PRIORITY ('{path}') is in another CRS than the land-use raster; reproject it to the land-use raster's CRS first.</source>
      <translation>PRIORITY ('{path}') heeft een ander CRS dan het grondgebruiksraster; projecteer het eerst naar het CRS van het grondgebruiksraster.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/gain.py" />
      <source>The patch raster holds id {value}, but there are {count} patch capacities; number the patches 1 to {count}.</source>
      <translation>Het plekkenraster bevat id {value}, maar er zijn {count} capaciteiten van plekken; nummer de plekken 1 tot en met {count}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/gain.py" />
      <source>Patch {index} has capacity {value}; capacities must be numbers &gt;= 0 (areas in m², or quality-weighted areas).</source>
      <translation>Plek {index} heeft capaciteit {value}; capaciteiten moeten getallen &gt;= 0 zijn (oppervlakten in m², of naar kwaliteit gewogen oppervlakten).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/gain.py" />
      <source>The dispersal distance is {value}; it must be a distance in metres above 0.</source>
      <translation>De spreidingsafstand is {value}; die moet een afstand in meters boven 0 zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/gain.py" />
      <source>The stepping-stone area is {value} m²; it must be an area above 0.</source>
      <translation>De oppervlakte van de stapsteen is {value} m²; die moet groter zijn dan 0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/landuse_builder.py" />
      <source>The base land-use raster is rotated; warp it to a north-up grid first.</source>
      <translation>Het basisraster van het landgebruik is gedraaid; zet het eerst om naar een noord-boven grid (Warp).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/landuse_builder.py" />
      <source>The cell size must be positive, not {value}.</source>
      <translation>De celgrootte moet positief zijn, niet {value}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/landuse_builder.py" />
      <source>{file}, line {line}: layer '{layer}', field '{field}', value '{value}' is mapped twice. Keep one row.</source>
      <translation>{file}, regel {line}: laag '{layer}', veld '{field}', waarde '{value}' is twee keer toegewezen. Houd één rij.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/landuse_builder.py" />
      <source>The mapping table has no rows for layer '{layer}' and field '{field}'. Add rows for its values, or leave the layer out.</source>
      <translation>De koppeltabel heeft geen rijen voor laag '{layer}' en veld '{field}'. Voeg rijen toe voor de waarden, of laat de laag weg.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>The land use has no cells with data, so there is nowhere to put a measure.</source>
      <translation>Het landgebruik heeft geen cellen met gegevens, dus er is nergens plaats voor een maatregel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>The land use ({a}) and its valid mask ({b}) differ in size.</source>
      <translation>Het landgebruik ({a}) en het masker van geldige cellen ({b}) verschillen in grootte.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>The cell size is {value}; it must be a length in metres above 0.</source>
      <translation>De celgrootte is {value}; die moet een lengte in meters boven 0 zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>All weights are 0, so no place scores above another. Give {names} a weight above 0.</source>
      <translation>Alle gewichten zijn 0, dus geen plek scoort hoger dan een andere. Geef {names} een gewicht boven 0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>The patch raster is {a} cells but the land use is {b}; give it on the land use's grid.</source>
      <translation>Het plekkenraster is {a} cellen maar het landgebruik {b}; geef het op het grid van het landgebruik.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>The parcel raster ({a}) is not on the kansenkaart's grid ({b}).</source>
      <translation>Het perceelraster ({a}) ligt niet op het grid van de kansenkaart ({b}).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>available land</source>
      <translation>beschikbare grond</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>connectivity</source>
      <translation>verbondenheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>parcel</source>
      <translation>percelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>The {name} raster is {a} cells but the land use is {b}; give it on the land use's grid.</source>
      <translation>Het raster {name} is {a} cellen maar het landgebruik {b}; geef het op het grid van het landgebruik.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/model.py" />
      <source>The weight {name} is {value}; use a number of 0 or more.</source>
      <translation>Het gewicht {name} is {value}; gebruik een getal van 0 of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/portfolio.py" />
      <source>MIN_AREAS is {value}, but only {count} study area(s) have an eligible application. Lower MIN_AREAS to {count} or less, or admit more applications.</source>
      <translation>MIN_AREAS is {value}, maar slechts {count} studiegebied(en) hebben een subsidiabele aanvraag. Verlaag MIN_AREAS tot {count} of minder, of laat meer aanvragen toe.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/portfolio.py" />
      <source>No set of eligible applications within the BUDGET of EUR {budget:.2f} meets MIN_AREAS ({min_areas}) and MAX_PER_AREA ({max_per_area}). Raise BUDGET or MAX_PER_AREA, or lower MIN_AREAS.</source>
      <translation>Geen set subsidiabele aanvragen binnen het BUDGET van EUR {budget:.2f} voldoet aan MIN_AREAS ({min_areas}) en MAX_PER_AREA ({max_per_area}). Verhoog BUDGET of MAX_PER_AREA, of verlaag MIN_AREAS.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/portfolio.py" />
      <source>MIN_AREAS is {value}, but the cheapest eligible applications of {value} different study areas together ask EUR {need:.2f}, more than the BUDGET of EUR {budget:.2f}. Raise BUDGET or lower MIN_AREAS.</source>
      <translation>MIN_AREAS is {value}, maar de goedkoopste subsidiabele aanvragen van {value} verschillende studiegebieden vragen samen EUR {need:.2f}, meer dan het BUDGET van EUR {budget:.2f}. Verhoog BUDGET of verlaag MIN_AREAS.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/portfolio.py" />
      <source>The search for a portfolio stopped after {nodes} steps before it found one that meets MIN_AREAS ({value}); allow it more time or lower MIN_AREAS.</source>
      <translation>Het zoeken naar een portefeuille is na {nodes} stappen gestopt voordat er een gevonden was die aan MIN_AREAS ({value}) voldoet; geef het meer tijd of verlaag MIN_AREAS.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>{where} is '{value}': {count} breaks are needed for {classes} priority classes, not {given}.</source>
      <translation>{where} is '{value}': voor {classes} prioriteitsklassen zijn {count} grenzen nodig, niet {given}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>{where} is '{value}': every break must be a finite number.</source>
      <translation>{where} is '{value}': elke grens moet een eindig getal zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>{where} is '{value}': the breaks must increase from the one below class 4 to the one below class 1, e.g. '0.2, 0.4, 0.6, 0.8'.</source>
      <translation>{where} is '{value}': de grenzen moeten oplopen, van die onder klasse 4 tot die onder klasse 1, bijvoorbeeld '0.2, 0.4, 0.6, 0.8'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>BREAKS_FILE '{path}' is not a kansenkaart breaks file ({reason}). Give the '.breaks.json' file a kansenkaart run wrote beside its priority raster.</source>
      <translation>BREAKS_FILE '{path}' is geen grenzenbestand van een kansenkaart ({reason}). Geef het '.breaks.json'-bestand dat een kansenkaartrun naast zijn prioriteitsraster schreef.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>BREAKS_FILE '{path}' holds breaks of scores weighted {theirs}, but this run weighs {ours}. Give this run the reference run's weights, or use the quintiles of this run.</source>
      <translation>BREAKS_FILE '{path}' bevat grenzen van scores met de gewichten {theirs}, maar deze run weegt {ours}. Geef deze run de gewichten van de referentierun, of gebruik de kwintielen van deze run.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>BREAKS is '{value}': give {count} numbers separated by commas, e.g. '0.2, 0.4, 0.6, 0.8' (or by semicolons, e.g. '0,2; 0,4; 0,6; 0,8').</source>
      <translation>BREAKS is '{value}': geef {count} getallen gescheiden door komma's, bijvoorbeeld '0.2, 0.4, 0.6, 0.8' (of door puntkomma's, bijvoorbeeld '0,2; 0,4; 0,6; 0,8').</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>it does not say it is one</source>
      <translation>het zegt niet dat het er een is</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>a newer plugin wrote it</source>
      <translation>een nieuwere plugin heeft het geschreven</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>a scale is negative or not a number</source>
      <translation>een schaal is negatief of geen getal</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>it is not JSON</source>
      <translation>het is geen JSON</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/ranking.py" />
      <source>its breaks, scale or weights are missing or not numbers</source>
      <translation>de grenzen, schaal of gewichten ontbreken of zijn geen getallen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/runner.py" />
      <source>The kansenkaart's kernels reach {radius} cells. The {workers} local Dask workers, each with its share of the memory budget, would compute it in smaller tiles whose halos cost more than the cores they add (this process's transforms use those cores already): computed in this process, in tiles.</source>
      <translation>De kernels van de kansenkaart reiken {radius} cellen ver. De {workers} lokale Dask-workers, elk met hun deel van het geheugenbudget, zouden haar in kleinere tegels berekenen waarvan de randen meer kosten dan de kernen die ze toevoegen (de transformaties van dit proces gebruiken die kernen al): berekend in dit proces, in tegels.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/runner.py" />
      <source>The kansenkaart fits this process's memory, and its kernels reach {radius} cells, so tiles with that halo on the Dask workers would cost more than they save: computed in this process.</source>
      <translation>De kansenkaart past in het geheugen van dit proces en de kernels reiken {radius} cellen ver, dus tegels met die rand op de Dask-workers zouden meer kosten dan ze opleveren: berekend in dit proces.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/scenario.py" />
      <source>The land-use raster is rotated (its geotransform has rotation terms). Warp it to a north-up grid first.</source>
      <translation>Het landgebruiksraster is gedraaid (de geotransformatie heeft rotatietermen). Zet het eerst met Warp om naar een noord-boven-grid.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/scenario.py" />
      <source>{count} measure feature(s) cannot be used as drawn (feature id: problem):
{problems}
Correct them, or choose to skip faulty features.</source>
      <translation>{count} maatregelobject(en) kunnen niet worden gebruikt zoals getekend (object-id: probleem):
{problems}
Corrigeer ze, of kies ervoor foutieve objecten over te slaan.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/scenario.py" />
      <source>The measure raster holds id(s) {ids} that {file} does not have.</source>
      <translation>Het maatregelraster bevat id('s) {ids} die {file} niet heeft.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/scenario.py" />
      <source>measure type '{value}' is not a code or id in {file}</source>
      <translation>maatregeltype '{value}' is geen code of id in {file}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/scenario.py" />
      <source>the geometry is empty</source>
      <translation>de geometrie is leeg</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/scenario.py" />
      <source>'{measure}' is drawn as {drawn}, but {file} allows it only as {allowed}</source>
      <translation>'{measure}' is getekend als {drawn}, maar {file} staat de maatregel alleen toe als {allowed}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/scenario.py" />
      <source>'{measure}' covers no part of the land-use raster (it lies outside it)</source>
      <translation>'{measure}' bedekt geen enkel deel van het landgebruiksraster (hij ligt erbuiten)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/scenario.py" />
      <source>'{measure}' may not be applied on land use {codes} (cells per code: {counts}); {count} of its {total} cells are left unchanged</source>
      <translation>'{measure}' mag niet worden toegepast op landgebruik {codes} (cellen per code: {counts}); {count} van de {total} cellen blijven ongewijzigd</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/kansenkaart/scenario.py" />
      <source>GDAL cannot use the geometry ({error}); repair it, e.g. with Fix geometries</source>
      <translation>GDAL kan de geometrie niet gebruiken ({error}); repareer deze, bijvoorbeeld met Geometrieën repareren</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/baci.py" />
      <source>The radius is {value} m; use 0 or more.</source>
      <translation>De straal is {value} m; gebruik 0 of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/baci.py" />
      <source>The confidence level is {value}; use a share between 0 and 1 (e.g. 0.95).</source>
      <translation>Het betrouwbaarheidsniveau is {value}; gebruik een aandeel tussen 0 en 1 (bijvoorbeeld 0,95).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>x coordinate (longitude)</source>
      <translation>x-coördinaat (lengtegraad)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>y coordinate (latitude)</source>
      <translation>y-coördinaat (breedtegraad)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>The species list '{file}' does not exist. Check the path.</source>
      <translation>De soortenlijst '{file}' bestaat niet. Controleer het pad.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>The species list '{file}' holds no species. Give one species name per line.</source>
      <translation>De soortenlijst '{file}' bevat geen soorten. Geef één soortnaam per regel.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>The observation file '{file}' does not exist. Check the path.</source>
      <translation>Het waarnemingenbestand '{file}' bestaat niet. Controleer het pad.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>{file} is a zip archive. GBIF downloads come zipped: unzip it and choose the .csv file inside.</source>
      <translation>{file} is een zip-archief. GBIF-downloads zijn gezipt: pak het uit en kies het .csv-bestand daarin.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: no species name.</source>
      <translation>Regel {line}: geen soortnaam.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: no date.</source>
      <translation>Regel {line}: geen datum.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: the count '{value}' is not a whole number.</source>
      <translation>Regel {line}: het aantal '{value}' is geen geheel getal.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: an absence record (count 0 or occurrenceStatus ABSENT), not an observation.</source>
      <translation>Regel {line}: een afwezigheidsregistratie (aantal 0 of occurrenceStatus ABSENT), geen waarneming.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: the coordinate uncertainty '{value}' is not a distance in metres.</source>
      <translation>Regel {line}: de coördinaatonzekerheid '{value}' is geen afstand in meters.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: no coordinates.</source>
      <translation>Regel {line}: geen coördinaten.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: longitude {x}, latitude {y} lies outside the range of degrees (is the CRS right?).</source>
      <translation>Regel {line}: lengtegraad {x}, breedtegraad {y} ligt buiten het bereik van graden (klopt het coördinatenstelsel?).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: the coordinates are 0, 0, a placeholder rather than a place.</source>
      <translation>Regel {line}: de coördinaten zijn 0, 0, een opvulwaarde in plaats van een plek.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: the date '{value}' spans more than one day.</source>
      <translation>Regel {line}: de datum '{value}' beslaat meer dan één dag.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: the date '{value}' is not a day (use year-month-day or day-month-year).</source>
      <translation>Regel {line}: de datum '{value}' is geen dag (gebruik jaar-maand-dag of dag-maand-jaar).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Choose the column holding the {role} of {file}.</source>
      <translation>Kies de kolom met de {role} van {file}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>{file}: column '{column}' is missing (found: {found}). Is this a GBIF simple CSV download? For another file choose the format 'other CSV' and its columns.</source>
      <translation>{file}: kolom '{column}' ontbreekt (gevonden: {found}). Is dit een GBIF simple CSV-download? Kies voor een ander bestand het formaat 'andere CSV' en de kolommen ervan.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>Line {line}: the coordinate '{value}' is not a number.</source>
      <translation>Regel {line}: de coördinaat '{value}' is geen getal.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/observations.py" />
      <source>{file}: column '{column}' is missing (found: {found}).</source>
      <translation>{file}: kolom '{column}' ontbreekt (gevonden: {found}).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/sampling.py" />
      <source>The number of suitability classes is {n}; use 1 or more.</source>
      <translation>Het aantal geschiktheidsklassen is {n}; gebruik 1 of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/sampling.py" />
      <source>The suitability raster has no valid cells (all nodata): there is nothing to stratify.</source>
      <translation>Het geschiktheidsraster heeft geen geldige cellen (alles nodata): er valt niets te stratificeren.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/sampling.py" />
      <source>The minimum distance between measure and control sites is {value} m; use 0 or more.</source>
      <translation>De minimale afstand tussen maatregel- en controlelocaties is {value} m; gebruik 0 of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/sampling.py" />
      <source>The number of points per stratum is {n}; use 1 or more.</source>
      <translation>Het aantal punten per stratum is {n}; gebruik 1 of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/sampling.py" />
      <source>No measure site covers a valid cell of the rasters: do the sites and the rasters cover the same area?</source>
      <translation>Geen enkele maatregellocatie bedekt een geldige cel van de rasters: liggen de locaties en de rasters in hetzelfde gebied?</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/sampling.py" />
      <source>Suitability class {k}: {found} pairs of a measure and a control point instead of {asked} ({cells} measure-site cells in the class; the others have no unused cell of the same land use and priority class far enough away).</source>
      <translation>Geschiktheidsklasse {k}: {found} paren van een maatregel- en een controlepunt in plaats van {asked} ({cells} cellen van maatregellocaties in de klasse; voor de andere is er geen ongebruikte cel met hetzelfde landgebruik en dezelfde prioriteitsklasse ver genoeg weg).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/validation.py" />
      <source>There are no {what} values to compare: check that the points lie on valid cells of the raster.</source>
      <translation>Er zijn geen waarden van {what} om te vergelijken: controleer of de punten op geldige cellen van het raster liggen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/validation.py" />
      <source>observation</source>
      <translation>waarnemingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/validation.py" />
      <source>background</source>
      <translation>achtergrond</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/validation.py" />
      <source>The Boyce index needs at least 2 window positions, not {n}.</source>
      <translation>De Boyce-index heeft minstens 2 vensterposities nodig, niet {n}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/validation.py" />
      <source>The Boyce window width is {window}; use a width above 0.</source>
      <translation>De vensterbreedte voor Boyce is {window}; gebruik een breedte boven 0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/validation.py" />
      <source>The raster is rotated (its geotransform has rotation terms); warp it to a north-up grid first.</source>
      <translation>Het raster is gedraaid (de geotransformatie heeft rotatietermen); zet het eerst om naar een noord-boven grid (Warp).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/validation.py" />
      <source>The number of background points is {n}; use 1 or more.</source>
      <translation>Het aantal achtergrondpunten is {n}; gebruik 1 of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/monitoring/validation.py" />
      <source>The raster has no valid cells (all nodata): there is nothing to validate.</source>
      <translation>Het raster heeft geen geldige cellen (alles nodata): er valt niets te valideren.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>id capacity</source>
      <translation>id capaciteit</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>{file} holds no nodes. Give one node a line: its id and capacity.</source>
      <translation>{file} bevat geen knopen. Geef per regel één knoop: het id en de capaciteit.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>{file}: all {count} nodes have capacity 0, so there is no habitat to connect. Give each node its area (or quality-weighted area).</source>
      <translation>{file}: alle {count} knopen hebben capaciteit 0, dus er is geen leefgebied om te verbinden. Geef elke knoop zijn oppervlakte (of naar kwaliteit gewogen oppervlakte).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>id id distance</source>
      <translation>id id afstand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>{file} holds no connections. Give one link a line: two node ids and their distance.</source>
      <translation>{file} bevat geen verbindingen. Geef per regel één verbinding: twee knoop-id's en hun afstand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>File '{file}' does not exist. Check the path.</source>
      <translation>Bestand '{file}' bestaat niet. Controleer het pad.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>{file}, line {line}: the {what} '{value}' is not a number. Write a number, with a decimal point or a decimal comma.</source>
      <translation>{file}, regel {line}: de {what} '{value}' is geen getal. Schrijf een getal, met een decimale punt of komma.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>capacity</source>
      <translation>capaciteit</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>{file}, line {line}: node {node} has capacity {value}; a capacity cannot be negative. Give its area (or quality-weighted area), 0 or more.</source>
      <translation>{file}, regel {line}: knoop {node} heeft capaciteit {value}; een capaciteit kan niet negatief zijn. Geef de oppervlakte (of met kwaliteit gewogen oppervlakte), 0 of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>{file}, line {line}: node {node} occurs twice (lines {first} and {line}). Keep one line per node.</source>
      <translation>{file}, regel {line}: knoop {node} komt twee keer voor (regels {first} en {line}). Houd één regel per knoop.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>distance</source>
      <translation>afstand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>{file}, line {line}: the distance between nodes {a} and {b} is {value}; a distance cannot be negative. Give the distance in map units, 0 or more.</source>
      <translation>{file}, regel {line}: de afstand tussen knopen {a} en {b} is {value}; een afstand kan niet negatief zijn. Geef de afstand in kaarteenheden, 0 of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>{file}, line {line}: the link between nodes {a} and {b} has distance {value}, but line {first} gives it {other}. Keep one line per pair of nodes.</source>
      <translation>{file}, regel {line}: de verbinding tussen knopen {a} en {b} heeft afstand {value}, maar regel {first} geeft {other}. Houd één regel per paar knopen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>{file}, line {line}: '{text}' does not hold {count} values ({names}). Separate the values by spaces, tabs or ';' (or ',' without decimal commas).</source>
      <translation>{file}, regel {line}: '{text}' bevat geen {count} waarden ({names}). Scheid de waarden met spaties, tabs of ';' (of ',' zonder decimale komma's).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/conefor.py" />
      <source>{file}, line {line}: node {node} is not in the node file ({count} nodes). Add the node to the node file or correct the id.</source>
      <translation>{file}, regel {line}: knoop {node} staat niet in het knopenbestand ({count} knopen). Voeg de knoop toe aan het knopenbestand of verbeter het id.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/costdistance.py" />
      <source>No source lies on a passable cell (cost &gt; 0) of the cost raster.</source>
      <translation>Geen enkele bron ligt op een begaanbare cel (kosten &gt; 0) van het kostenraster.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/costdistance.py" />
      <source>Source ids must be below {limit}.</source>
      <translation>Bron-id's moeten kleiner zijn dan {limit}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/costdistance.py" />
      <source>The maximum cost must be positive, not {value}.</source>
      <translation>De maximale kosten moeten positief zijn, niet {value}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/costdistance.py" />
      <source>The start cell ({row}, {col}) lies outside the raster.</source>
      <translation>De startcel ({row}, {col}) ligt buiten het raster.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/costdistance.py" />
      <source>No source can be reached from the start cell ({row}, {col}).</source>
      <translation>Vanaf de startcel ({row}, {col}) is geen enkele bron bereikbaar.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/costdistance.py" />
      <source>The cost raster must be a non-empty 2-D grid.</source>
      <translation>Het kostenraster moet een niet-leeg tweedimensionaal grid zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/costdistance.py" />
      <source>The source raster ({src_rows} x {src_cols} cells) does not match the cost raster ({rows} x {cols} cells).</source>
      <translation>Het bronraster ({src_rows} x {src_cols} cellen) past niet op het kostenraster ({rows} x {cols} cellen).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/costdistance.py" />
      <source>The distance raster does not fit the cost raster at cell ({row}, {col}).</source>
      <translation>Het afstandsraster past niet bij het kostenraster in cel ({row}, {col}).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/costdistance_runner.py" />
      <source>The cost raster fits the memory budget: solved whole in this process, faster than in tiles on the cluster.</source>
      <translation>Het kostenraster past in het geheugenbudget: in zijn geheel in dit proces opgelost, sneller dan in tegels op het cluster.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/graph.py" />
      <source>The dispersal distance d0 is {value}; it must be a positive number of map units. Give the distance at which the probability is p0.</source>
      <translation>De spreidingsafstand d0 is {value}; dit moet een positief getal in kaarteenheden zijn. Geef de afstand waarbij de kans p0 is.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/graph.py" />
      <source>The probability p0 is {value}; it must lie between 0 and 1 (exclusive). Use 0.5 for a median dispersal distance.</source>
      <translation>De kans p0 is {value}; deze moet tussen 0 en 1 liggen (0 en 1 niet inbegrepen). Gebruik 0,5 voor een mediane spreidingsafstand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/graph.py" />
      <source>The IIC distance threshold is {value}; it must be a number &gt;= 0. Give the largest distance a species still crosses.</source>
      <translation>De afstandsdrempel IIC is {value}; dit moet een getal &gt;= 0 zijn. Geef de grootste afstand die een soort nog overbrugt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/graph.py" />
      <source>All {count} capacities are 0, so there is no habitat to connect. Give the nodes their areas (or quality-weighted areas).</source>
      <translation>Alle {count} capaciteiten zijn 0, dus er is geen leefgebied om te verbinden. Geef de knopen hun oppervlakte (of naar kwaliteit gewogen oppervlakte).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/graph.py" />
      <source>The landscape area A_L is {value}; it must be a positive number. Leave it empty to use the sum of the capacities.</source>
      <translation>De oppervlakte van het landschap A_L is {value}; dit moet een positief getal zijn. Laat het leeg om de som van de capaciteiten te gebruiken.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/graph.py" />
      <source>Node {index} has capacity {value}; capacities must be numbers &gt;= 0. Correct the node's area or quality.</source>
      <translation>Knoop {index} heeft capaciteit {value}; capaciteiten moeten getallen &gt;= 0 zijn. Corrigeer de oppervlakte of kwaliteit van de knoop.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/graph.py" />
      <source>The links must be given as (i, j, distance): three equal-length sequences or an array of three columns; got {count} sequences.</source>
      <translation>De verbindingen moeten worden opgegeven als (i, j, afstand): drie reeksen van gelijke lengte of een array met drie kolommen; ontvangen: {count} reeksen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/graph.py" />
      <source>The links have {ni} first nodes, {nj} second nodes and {nd} distances. Pass three equal-length arrays.</source>
      <translation>De verbindingen hebben {ni} eerste knopen, {nj} tweede knopen en {nd} afstanden. Geef drie arrays van gelijke lengte op.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/graph.py" />
      <source>Link {index} has distance {value}; distances must be numbers &gt;= 0. Correct the distance.</source>
      <translation>Verbinding {index} heeft afstand {value}; afstanden moeten getallen &gt;= 0 zijn. Corrigeer de afstand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/graph.py" />
      <source>Link {index} refers to node {value}, but the nodes are numbered 0 to {last}. Use node indices of the capacity list.</source>
      <translation>Verbinding {index} verwijst naar knoop {value}, maar de knopen zijn genummerd van 0 tot {last}. Gebruik knoopindices van de capaciteitenlijst.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/network/resistance.py" />
      <source>{file}: every resistance is 0 or less, so every cell is a barrier. Give passable land uses a resistance of 1 or more.</source>
      <translation>{file}: elke weerstand is 0 of lager, dus elke cel is een barrière. Geef begaanbaar landgebruik een weerstand van 1 of meer.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/outputs.py" />
      <source>The land-use raster '{path}' holds only nodata.</source>
      <translation>De landgebruik-rasterlaag '{path}' bevat alleen nodata.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/outputs.py" />
      <source>Guild '{guild}' has an alpha of {alpha} m: on cells of {cell} m its foraging kernel is {size} × {size} cells and needs about {need} MiB, more than the {limit} MiB this run may use. Check that alpha is in metres (the Dutch guilds have 200 to 1000 m), or use a land-use raster with larger cells.</source>
      <translation>Gilde '{guild}' heeft een alpha van {alpha} m: bij cellen van {cell} m is de foerageerkern {size} × {size} cellen en vraagt die ongeveer {need} MiB, meer dan de {limit} MiB die deze berekening mag gebruiken. Controleer of alpha in meters staat (de Nederlandse gildes hebben 200 tot 1000 m), of gebruik een landgebruikraster met grotere cellen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/runner.py" />
      <source>The land-use raster '{path}' is in a geographic CRS (degrees). The foraging distances are in metres: reproject it to a projected CRS such as EPSG:28992 (RD New) first.</source>
      <translation>De landgebruik-rasterlaag '{path}' is in een geografisch CRS (graden). De foerageerafstanden zijn in meters: herprojecteer de laag eerst naar een geprojecteerd CRS zoals EPSG:28992 (RD New).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>{file}: no {what} columns found. Add columns named like '{example}'.</source>
      <translation>{file}: geen kolommen voor {what} gevonden. Voeg kolommen toe met namen zoals '{example}'.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>nesting suitability</source>
      <translation>nestgeschiktheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>foraging activity</source>
      <translation>foerageeractiviteit</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>{file}: relative_abundance is 0 for every guild. Give at least one guild a relative abundance above 0.</source>
      <translation>{file}: relative_abundance is 0 voor elk gilde. Geef minstens één gilde een relatieve dichtheid boven 0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>nesting availability</source>
      <translation>nestgelegenheid</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>floral resources</source>
      <translation>bloemaanbod</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>{file}, line {line}: the species name is empty.</source>
      <translation>{file}, regel {line}: de soortnaam (species) is leeg.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>{file}, line {line}: alpha of '{species}' is {value}; it must be a foraging distance in metres above 0.</source>
      <translation>{file}, regel {line}: alpha van '{species}' is {value}; dit moet een foerageerafstand in meters boven 0 zijn.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>{file}, line {line}: '{species}' has foraging activity 0 in every season. Give it activity above 0 in at least one season.</source>
      <translation>{file}, regel {line}: '{species}' heeft in elk seizoen foerageeractiviteit 0. Geef minstens één seizoen een activiteit boven 0.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>The {kind} '{name}' is in {guild_file} but not in {bio_file}. Add it to {bio_file} or remove it from {guild_file}.</source>
      <translation>{kind} '{name}' staat in {guild_file} maar niet in {bio_file}. Voeg het toe aan {bio_file} of verwijder het uit {guild_file}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination/tables.py" />
      <source>The {kind} '{name}' is in {bio_file} but not in {guild_file}. Add it to {guild_file} or remove it from {bio_file}.</source>
      <translation>{kind} '{name}' staat in {bio_file} maar niet in {guild_file}. Voeg het toe aan {guild_file} of verwijder het uit {bio_file}.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/tile_tasks.py" />
      <source>This raster does not fit this process's memory at once. The {workers} local Dask workers, each with its share of the memory budget, would compute it in smaller tiles, the busiest transforming {percent} % of the cells this process's tiles do on the same cores: computed in this process, in tiles.</source>
      <translation>Dit raster past niet in één keer in het geheugen van dit proces. De {workers} lokale Dask-workers, elk met hun deel van het geheugenbudget, zouden het in kleinere tegels berekenen, waarbij de drukste {percent} % zou transformeren van de cellen die de tegels van dit proces op dezelfde kernen transformeren: berekend in dit proces, in tegels.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/tile_tasks.py" />
      <source>This raster fits this process's memory, whose transforms use the {workers} cores the local Dask workers would: computed in this process.</source>
      <translation>Dit raster past in het geheugen van dit proces, waarvan de transformaties de {workers} kernen gebruiken die de lokale Dask-workers zouden gebruiken: berekend in dit proces.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/help_numbers.py" />
      <source>{whole}.{fraction}</source>
      <translation>{whole},{fraction}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/project.py" />
      <source>Zoem Zone demo (SYNTHETIC data)</source>
      <translation>Zoem Zone-demo (VERZONNEN gegevens)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/project.py" />
      <source>Land use (SYNTHETIC demo municipality)</source>
      <translation>Landgebruik (VERZONNEN demogemeente)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/project.py" />
      <source>Kansenkaart, data-poor route (LGN)</source>
      <translation>Kansenkaart, route met weinig gegevens (LGN)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/project.py" />
      <source>Kansenkaart, data-rich route (5 m)</source>
      <translation>Kansenkaart, route met veel gegevens (5 m)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/project.py" />
      <source>Pollinator supply (all guilds)</source>
      <translation>Aanbod bestuivers (alle gilden)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/project.py" />
      <source>Accessible food (first guild)</source>
      <translation>Bereikbaar voedsel (eerste gilde)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/project.py" />
      <source>Nesting habitat (first guild)</source>
      <translation>Nestgelegenheid (eerste gilde)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/project.py" />
      <source>Pollinator abundance, {season}</source>
      <translation>Bestuiversdichtheid, {season}</translation>
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
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Each bar is one guild's nest sites in the area, split by the number of its flight seasons with too little food within its foraging range.</source>
      <translation>Elke balk zijn de nestplekken van één gilde in het gebied, verdeeld naar het aantal van zijn vliegseizoenen met te weinig voedsel binnen zijn foerageerafstand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>The kansenkaart has only nodata in the area (PRIORITY): run the chain on land use that covers it.</source>
      <translation>De kansenkaart heeft in het gebied alleen nodata (PRIORITY): draai de keten op landgebruik dat het gebied beslaat.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Advice report: wild bees and other pollinators</source>
      <translation>Adviesrapport: wilde bijen en andere bestuivers</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>This report shows where measures for wild bees help most in this area: the priority map of the kansenkaart (opportunity map), the best places with the measure recommended there, the seasons in which bees go hungry, the habitat network and the measures partners have planned or carried out. It was made with the Zoem Zone plugin for QGIS from the kansenkaart of the Zoem Zone Limburg partnership.</source>
      <translation>Dit rapport laat zien waar maatregelen voor wilde bijen in dit gebied het meest helpen: de prioriteitskaart van de kansenkaart, de beste plekken met de maatregel die daar wordt aanbevolen, de seizoenen waarin bijen honger lijden, het habitatnetwerk en de maatregelen die partners hebben gepland of uitgevoerd. Het is gemaakt met de Zoem Zone-plugin voor QGIS uit de kansenkaart van het partnerschap Zoem Zone Limburg.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Priority for measures</source>
      <translation>Prioriteit voor maatregelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Seasonal food gaps per guild</source>
      <translation>Voedselgaten per seizoen per gilde</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Habitat network</source>
      <translation>Habitatnetwerk</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Most important patches (dPC)</source>
      <translation>Belangrijkste leefgebiedplekken (dPC)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Most important stepping stones (dPCconnector)</source>
      <translation>Belangrijkste stapstenen (dPCconnector)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Stepping-stone gaps: the weakest links</source>
      <translation>Gaten tussen stapstenen: de zwakste verbindingen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Partners' measures</source>
      <translation>Maatregelen van de partners</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Method and caveats</source>
      <translation>Methode en kanttekeningen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Pollinator supply follows the InVEST pollination model (Lonsdorf et al. 2009): nesting and floral values per land-use class, foraging distances and seasons per guild, from the tables given (by default the plugin's Dutch tables for LGN, expert estimates that partners can replace). The kansenkaart scores, per place, the gain of the best measure in pollinator supply, year-round food and connectivity, each scaled to 0–1 and weighted; priority classes 1–5 are fifths of those scores. The habitat network uses the probability of connectivity (Saura &amp; Pascual-Hortal 2007): ECA is the equivalent connected area, dPC the share of connectivity lost without a patch, dPCconnector its part as a stepping stone.

All values are relative indices for comparing places, not counts of bees. A land-use map misses fine elements (verges, hedges) unless they were burnt in; measures and patches outside the area are not counted here. Check the advice in the field before acting on it.</source>
      <translation>Het bestuiversaanbod volgt het bestuivingsmodel van InVEST (Lonsdorf et al. 2009): nest- en bloemwaarden per landgebruiksklasse, foerageerafstanden en seizoenen per gilde, uit de opgegeven tabellen (standaard de Nederlandse tabellen van de plugin voor LGN, schattingen van deskundigen die partners kunnen vervangen). De kansenkaart scoort per plek de winst van de beste maatregel in bestuiversaanbod, voedsel het hele jaar door en connectiviteit, elk geschaald naar 0–1 en gewogen; prioriteitsklassen 1–5 zijn vijfden van die scores. Het habitatnetwerk gebruikt de kans op connectiviteit (Saura &amp; Pascual-Hortal 2007): ECA is het equivalent verbonden oppervlak, dPC het deel van de connectiviteit dat zonder een leefgebiedplek verloren gaat, dPCconnector het deel daarvan als stapsteen.

Alle waarden zijn relatieve indices om plekken te vergelijken, geen aantallen bijen. Een landgebruikskaart mist fijne elementen (bermen, heggen) tenzij die zijn ingebrand; maatregelen en leefgebiedplekken buiten het gebied tellen hier niet mee. Controleer het advies in het veld voordat u ernaar handelt.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>A link crossed with a probability below 0.5 is longer than the median dispersal distance: a stepping stone (a patch of at least 0.5 ha) between its two patches strengthens the network most.</source>
      <translation>Een verbinding die met een kans onder 0,5 wordt overbrugd, is langer dan de mediane verspreidingsafstand: een stapsteen (een leefgebiedplek van minstens 0,5 ha) tussen de twee plekken versterkt het netwerk het meest.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Recommended measure</source>
      <translation>Aanbevolen maatregel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Area (ha)</source>
      <translation>Oppervlakte (ha)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Expected gain</source>
      <translation>Verwachte winst</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Location (x, y)</source>
      <translation>Ligging (x, y)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Share of nest sites by seasons with a food gap</source>
      <translation>Aandeel nestplekken naar seizoenen met een voedselgat</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>share of the guild's nest sites in the area</source>
      <translation>aandeel van de nestplekken van het gilde in het gebied</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Patch</source>
      <translation>Plek</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>dPC (%)</source>
      <translation>dPC (%)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>dPCconnector (%)</source>
      <translation>dPCconnector (%)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>From patch</source>
      <translation>Van plek</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>To patch</source>
      <translation>Naar plek</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Distance</source>
      <translation>Afstand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Probability</source>
      <translation>Kans</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Number</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Points</source>
      <translation>Punten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Modelled gain in supply</source>
      <translation>Berekende winst in aanbod</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>The measures in the partners' data package inside the area, by status (areas and lengths of the parts inside the area).</source>
      <translation>De maatregelen uit het datapakket van de partners binnen het gebied, per status (oppervlakten en lengten van de delen binnen het gebied).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Give the land use (LANDUSE) for their modelled effect.</source>
      <translation>Geef het landgebruik (LANDUSE) op voor hun berekende effect.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Modelled gain: what the measures of one status add to the total pollinator supply of the map, computed as Measure scenario does (the model run without and with them), in percent of today's supply.</source>
      <translation>Berekende winst: wat de maatregelen van één status toevoegen aan het totale bestuiversaanbod van de kaart, berekend zoals Maatregelscenario dat doet (het model zonder en met de maatregelen), in procenten van het huidige aanbod.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>The PDF '{path}' could not be written (QGIS layout export error {code}): check that the folder is writable.</source>
      <translation>De pdf '{path}' kon niet worden geschreven (QGIS-lay-outexportfout {code}): controleer of er in de map geschreven mag worden.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>kansenkaart of {date}</source>
      <translation>kansenkaart van {date}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Priority 1 (the highest fifth of the scores over the whole map) covers {share} % of the area.</source>
      <translation>Prioriteit 1 (het hoogste vijfde deel van de scores over de hele kaart) beslaat {share} % van het gebied.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>The raster given as {parameter} does not cover the area: give the one the chain made for it, or leave {parameter} empty.</source>
      <translation>Het raster dat als {parameter} is opgegeven, beslaat het gebied niet: geef het raster dat de keten ervoor maakte, of laat {parameter} leeg.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>No seasonal food gaps were given (FOOD_GAPS).</source>
      <translation>Er zijn geen voedselgaten per seizoen opgegeven (FOOD_GAPS).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>fed all year</source>
      <translation>het hele jaar voedsel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>none</source>
      <translation>geen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>No habitat network was given (NETWORK_NODES).</source>
      <translation>Er is geen habitatnetwerk opgegeven (NETWORK_NODES).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>ECA (equivalent connected area) of the {patches} habitat patches in the area: {eca} ha, over {links} links between them; {weak} of these links are crossed with a probability below 0.5.</source>
      <translation>ECA (equivalent verbonden oppervlak) van de {patches} leefgebiedplekken in het gebied: {eca} ha, over {links} verbindingen daartussen; {weak} van deze verbindingen worden met een kans onder 0,5 overbrugd.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>No partner data package was given (PACKAGE).</source>
      <translation>Er is geen datapakket van de partners opgegeven (PACKAGE).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>TEMPLATE: '{path}' is not a QGIS layout template (.qpt). Save one from the layout designer (Layout › Save as Template) or leave TEMPLATE empty for the default.</source>
      <translation>TEMPLATE: '{path}' is geen QGIS-lay-outsjabloon (.qpt). Sla er een op vanuit de lay-outontwerper (Lay-out › Opslaan als sjabloon) of laat TEMPLATE leeg voor het standaardsjabloon.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>{area}: land of {partner}</source>
      <translation>{area}: grond van {partner}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Date: {date}
Data version: {version}</source>
      <translation>Datum: {date}
Dataversie: {version}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>The {n} best parcels</source>
      <translation>De {n} beste percelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>The {n} best places for measures</source>
      <translation>De {n} beste plekken voor maatregelen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>{n} season(s) with a gap</source>
      <translation>{n} seizoen(en) met een voedselgat</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>partner data of {date}</source>
      <translation>partnergegevens van {date}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Most nest sites of {guilds} go hungry in at least one season: early and late flowers help them most.</source>
      <translation>De meeste nestplekken van {guilds} lijden in minstens één seizoen honger: vroege en late bloemen helpen hen het meest.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>Mean pollinator supply in the area: {value} (relative index, 0–1).</source>
      <translation>Gemiddeld bestuiversaanbod in het gebied: {value} (relatieve index, 0–1).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/report.py" />
      <source>{n} measure(s) could not be modelled as drawn (no cell, or land use the measure does not suit): Measure scenario lists them.</source>
      <translation>{n} maatregel(en) konden niet worden doorgerekend zoals getekend (geen cel, of landgebruik waar de maatregel niet past): Maatregelscenario noemt ze.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/site.py" />
      <source>The output '{folder}' is a file, not a folder. Choose a new or empty folder for the website.</source>
      <translation>De uitvoer '{folder}' is een bestand, geen map. Kies een nieuwe of lege map voor de website.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/site.py" />
      <source>The output folder '{folder}' is not empty and holds no website published by Zoem Zone (it has no {manifest}). Choose a new or empty folder: nothing in this one was changed.</source>
      <translation>De uitvoermap '{folder}' is niet leeg en bevat geen website die door Zoem Zone is gepubliceerd (er staat geen {manifest} in). Kies een nieuwe of lege map: in deze map is niets veranderd.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/website.py" />
      <source>QGIS cannot open '{path}' as a vector layer.</source>
      <translation>QGIS kan '{path}' niet openen als vectorlaag.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/website.py" />
      <source>QGIS cannot open '{path}' as a raster layer.</source>
      <translation>QGIS kan '{path}' niet openen als rasterlaag.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/website.py" />
      <source>The reports folder '{folder}' does not exist. Choose the folder with the PDF advice reports, or leave it empty.</source>
      <translation>De map met rapporten '{folder}' bestaat niet. Kies de map met de PDF-adviesrapporten, of laat het veld leeg.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/publish/website.py" />
      <source>'{path}' could not be written: {error}</source>
      <translation>'{path}' kon niet worden geschreven: {error}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/settings.py" />
      <source>Memory budget for raster algorithms (MiB; rasters needing more are computed in tiles)</source>
      <translation>Geheugenbudget voor rasteralgoritmen (MiB; rasters die meer nodig hebben worden in tegels berekend)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/settings.py" />
      <source>Dask scheduler (empty: compute in QGIS; local:N: N worker processes on this machine; tcp://host:8786: a running Dask cluster)</source>
      <translation>Dask-scheduler (leeg: rekenen in QGIS; local:N: N werkprocessen op deze computer; tcp://host:8786: een draaiend Dask-cluster)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/styling.py" />
      <source>(index)</source>
      <translation>(index)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/styling.py" />
      <source>no food gap</source>
      <translation>geen voedselgat</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/styling.py" />
      <source>1 season</source>
      <translation>1 seizoen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/styling.py" />
      <source>Source {id}</source>
      <translation>Bron {id}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/styling.py" />
      <source>Patch {id}</source>
      <translation>Plek {id}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/styling.py" />
      <source>stepping stone</source>
      <translation>stapsteen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/styling.py" />
      <source>Bij-tankstation</source>
      <translation>Bij-tankstation</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/styling.py" />
      <source>bridged gap (connecting landscape)</source>
      <translation>overbrugde onderbreking (verbindend landschap)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/styling.py" />
      <source>{n} seasons</source>
      <translation>{n} seizoenen</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Create a data package…</source>
      <translation>Datapakket maken…</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Open 'Create data package' with this file or connection; the new package is loaded when done.</source>
      <translation>Opent 'Datapakket maken' met dit bestand of deze verbinding; het nieuwe pakket wordt daarna geladen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>GeoPackage file</source>
      <translation>GeoPackage-bestand</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>PostGIS connection</source>
      <translation>PostGIS-verbinding</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Zoem Zone data package</source>
      <translation>Zoem Zone-datapakket</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>The data package: a GeoPackage file (.gpkg).</source>
      <translation>Het datapakket: een GeoPackage-bestand (.gpkg).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>A saved PostgreSQL connection (add one in the Browser: PostgreSQL › New Connection).</source>
      <translation>Een opgeslagen PostgreSQL-verbinding (voeg er een toe in de Browser: PostgreSQL › Nieuwe verbinding).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>The schema that holds the data package.</source>
      <translation>Het schema waarin het datapakket staat.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Connection</source>
      <translation>Verbinding</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Load layers</source>
      <translation>Lagen laden</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Load the package's layers into the group 'Zoem Zone', with the styles and forms stored in it.</source>
      <translation>Laadt de lagen van het pakket in de groep 'Zoem Zone', met de opgeslagen stijlen en formulieren.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Show only the measures of one partner.</source>
      <translation>Toon alleen de maatregelen van één partner.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>The number of measures by type and status, of the partner chosen above; unsaved edits included.</source>
      <translation>Het aantal maatregelen per type en status, van de partner hierboven; niet-opgeslagen bewerkingen tellen mee.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>The land-use raster (e.g. LGN) the kansenkaart and measure scenario are run on; rasters made by this plugin (priority, gain …) are not offered. Saved with the project.</source>
      <translation>Het landgebruiksraster (bijv. LGN) waarop de kansenkaart en het maatregelscenario worden doorgerekend; rasters die deze plugin heeft gemaakt (prioriteit, winst …) worden niet aangeboden. Wordt met het project opgeslagen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>The measures a measure scenario is run for.</source>
      <translation>De maatregelen waarvoor een maatregelscenario wordt doorgerekend.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Measures for a scenario</source>
      <translation>Maatregelen voor een scenario</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Kansenkaart…</source>
      <translation>Kansenkaart…</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Open the kansenkaart on the land use and tables above, with the measure areas as available land.</source>
      <translation>Opent de kansenkaart met het landgebruik en de tabellen hierboven, met de maatregelvlakken als beschikbare grond.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Measure scenario…</source>
      <translation>Maatregelscenario…</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Open a measure scenario for the measures shown (with the partner filter), on the land use and tables above.</source>
      <translation>Opent een maatregelscenario voor de getoonde maatregelen (met het partnerfilter), met het landgebruik en de tabellen hierboven.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Publish for partners</source>
      <translation>Publiceren voor partners</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Publish website…</source>
      <translation>Website publiceren…</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Open 'Publish kansenkaart website' with the loaded package and the outputs of the last kansenkaart chain run in the project.</source>
      <translation>Open 'Kansenkaart-website publiceren' met het geladen datapakket en de uitvoer van de laatste run van de kansenkaartketen in het project.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Advice reports…</source>
      <translation>Adviesrapporten…</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Open 'Advice report (PDF per area)' with the loaded package, its study areas, the outputs of the last kansenkaart chain run in the project and the land use and tables above.</source>
      <translation>Open 'Adviesrapport (pdf per gebied)' met het geladen datapakket, de studiegebieden daarin, de uitvoer van de laatste run van de kansenkaartketen in het project en het landgebruik en de tabellen hierboven.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>All partners</source>
      <translation>Alle partners</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>No partner given</source>
      <translation>Geen partner opgegeven</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Biophysical table</source>
      <translation>Biofysische tabel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Nesting and floral values per land-use code (CSV); empty: the Dutch LGN table. Saved with the project.</source>
      <translation>Nestel- en bloemwaarden per landgebruikscode (CSV); leeg: de Nederlandse LGN-tabel. Wordt met het project opgeslagen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Guild table</source>
      <translation>Gildetabel</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>The bee guilds (CSV); empty: the Dutch default guilds. Saved with the project.</source>
      <translation>De bijengilden (CSV); leeg: de Nederlandse standaardgilden. Wordt met het project opgeslagen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Measure catalogue</source>
      <translation>Maatregelencatalogus</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>The measures (CSV); empty: the Dutch catalogue. Saved with the project.</source>
      <translation>De maatregelen (CSV); leeg: de Nederlandse catalogus. Wordt met het project opgeslagen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>CSV table (*.csv)</source>
      <translation>CSV-tabel (*.csv)</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Dutch default</source>
      <translation>Nederlandse standaard</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Load a data package first.</source>
      <translation>Laad eerst een datapakket.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>The Zoem Zone Processing algorithms are not available: enable the Processing plugin and restart QGIS.</source>
      <translation>De Zoem Zone-Processing-algoritmen zijn niet beschikbaar: schakel de Processing-plugin in en start QGIS opnieuw.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Loaded the data package {source}.</source>
      <translation>Datapakket {source} geladen.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>The project holds no priority and best measure rasters of a kansenkaart run to publish. Run 'Kansenkaart chain (whole pilot)' (Processing Toolbox › Zoem Zone › Kansenkaart) first, then try again.</source>
      <translation>Het project bevat geen prioriteits- en beste-maatregelraster van een kansenkaartrun om te publiceren. Draai eerst 'Kansenkaartketen (hele pilot)' (Processing Toolbox › Zoem Zone › Kansenkaart) en probeer het dan opnieuw.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>Choose the land-use raster above first (add it to the project if it is not in the list).</source>
      <translation>Kies eerst hierboven het landgebruiksraster (voeg het aan het project toe als het niet in de lijst staat).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/dock.py" />
      <source>The filter cannot be changed while {layers} has unsaved edits: save or discard them first.</source>
      <translation>Het filter kan niet veranderen zolang {layers} niet-opgeslagen bewerkingen heeft: sla ze eerst op of verwerp ze.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>Lookup lists</source>
      <translation>Keuzelijsten</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>Choose the data package: a GeoPackage file (.gpkg) or a saved PostgreSQL connection.</source>
      <translation>Kies het datapakket: een GeoPackage-bestand (.gpkg) of een opgeslagen PostgreSQL-verbinding.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>Choose a saved PostgreSQL connection, or a GeoPackage file.</source>
      <translation>Kies een opgeslagen PostgreSQL-verbinding, of een GeoPackage-bestand.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>Give the schema that holds the data package (e.g. zoemzone).</source>
      <translation>Geef het schema waarin het datapakket staat (bijv. zoemzone).</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>The file {path} does not exist. Choose the data package's file, or create a new data package.</source>
      <translation>Het bestand {path} bestaat niet. Kies het bestand van het datapakket, of maak een nieuw datapakket.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>{path} is not a GeoPackage, so it is no Zoem Zone data package. Choose the package's .gpkg file, or create a new data package.</source>
      <translation>{path} is geen GeoPackage en dus geen Zoem Zone-datapakket. Kies het .gpkg-bestand van het pakket, of maak een nieuw datapakket.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>The schema '{schema}' of connection '{connection}' does not exist or holds no tables: there is no data package in it yet.</source>
      <translation>Het schema '{schema}' van verbinding '{connection}' bestaat niet of bevat geen tabellen: er staat nog geen datapakket in.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>{source} is an incomplete Zoem Zone data package: it lacks the tables {tables}.</source>
      <translation>{source} is een onvolledig Zoem Zone-datapakket: de tabellen {tables} ontbreken.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>{source} is not a Zoem Zone data package: it lacks the table '{table}' every package has. Choose another source, or create a new data package.</source>
      <translation>{source} is geen Zoem Zone-datapakket: de tabel '{table}' die elk pakket heeft ontbreekt. Kies een andere bron, of maak een nieuw datapakket.</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>The database of connection '{connection}' could not be read: {error}</source>
      <translation>De database van verbinding '{connection}' kon niet worden gelezen: {error}</translation>
    </message>
    <message>
      <location filename="zoemzone_plugin/ui/package.py" />
      <source>Data package: the file '{path}' does not exist.</source>
      <translation>Datapakket: het bestand '{path}' bestaat niet.</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
  <context>
    <name>ZoemZone</name>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>Parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/base.py" />
      <source>Cancelled by the user.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Habitat suitability (pollinators)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Habitat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>&lt;p&gt;Maps where wild bees can nest, how much food they reach, how many bees the landscape supplies and how many visit each place per season. This is the InVEST 3.20 pollination model (Lonsdorf et al. 2009) and gives InVEST's numbers.&lt;/p&gt;&lt;p&gt;Without tables of your own it uses the Dutch defaults: LGN land-use codes, ground-nesting and cavity-nesting solitary bees and bumblebees, and four seasons (early spring, late spring, summer, late summer). InVEST tables work unchanged; headers may be in any case, separated by ',' or ';', with decimal commas.&lt;/p&gt;&lt;p&gt;Each output holds one band per guild or per season, named after it. Values are indices from 0 to 1; nodata where the land use is nodata.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Integer land-use codes in a projected CRS (metres), such as LGN in EPSG:28992. Every code in the raster must be in the biophysical table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>One row per land-use code: lucode, nesting_&lt;substrate&gt;_availability_index and floral_resources_&lt;season&gt;_index (0–1). Empty: the Dutch LGN table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>One row per bee guild: species, nesting_suitability_&lt;substrate&gt;_index, foraging_activity_&lt;season&gt;_index (0–1), alpha (typical foraging distance in metres) and relative_abundance. Empty: the Dutch default guilds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Nesting suitability per guild (HN), one band per guild.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Floral resources within foraging range per guild (FR), one band per guild.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Band 1: total pollinator supply over all guilds; then one band per guild.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Total pollinator abundance (all guilds), one band per season.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Optional: also write InVEST 3.20's own files (pollinator_supply_&lt;species&gt;.tif, pollinator_abundance_&lt;species&gt;_&lt;season&gt;.tif, total_pollinator_abundance_&lt;season&gt;.tif and intermediate_outputs/) into this folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Land-use raster (e.g. LGN)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Biophysical table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Guild table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Nesting habitat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Accessible food</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Pollinator supply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Pollinator abundance per season</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>InVEST file layout (folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>No land-use raster was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Biophysical table: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>Guild table: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>The land-use raster is in {crs}, a geographic CRS (degrees). Foraging distances are in metres: reproject it to a projected CRS such as EPSG:28992 first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/algorithms/habitat_suitability.py" />
      <source>The land-use raster must be a file GDAL can read (it comes from the '{provider}' provider). Save it as a GeoTIFF first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>Table file '{file}' does not exist. Check the path.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file} is empty: it needs a header line and at least one row.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}: column '{column}' is missing (found: {found}). {fix}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}, line {line}: column '{column}' is empty. Fill in a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}, line {line}: column '{column}' is {value}, outside {lower} to {upper}. Use a value from {lower} to {upper}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}, line {line}: column '{column}' holds {value}; a whole number is needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}, line {line}: column '{column}' holds '{value}', which is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/csvtable.py" />
      <source>{file}: '{value}' in column '{column}' occurs twice (lines {first} and {second}). Keep one row per value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/gdalio.py" />
      <source>Cannot open raster '{path}': GDAL cannot read it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/gdalio.py" />
      <source>The land-use raster '{path}' holds the value {value}, which is not a land-use code. Land-use codes are whole numbers: use an integer (LGN-coded) raster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_outputs.py" />
      <source>The land-use raster '{path}' is in a geographic CRS (degrees). The foraging distances are in metres: reproject it to a projected CRS such as EPSG:28992 (RD New) first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_outputs.py" />
      <source>The land-use raster '{path}' holds only nodata.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>{file}: no {what} columns found. Add columns named like '{example}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>{file}: relative_abundance is 0 for every guild. Give at least one guild a relative abundance above 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>The land-use raster holds {count} code(s) that {file} does not describe: {codes}. Add a row for each to the table, or set those cells to nodata.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>{file}, line {line}: the species name is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>{file}, line {line}: alpha of '{species}' is {value}; it must be a foraging distance in metres above 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>{file}, line {line}: '{species}' has foraging activity 0 in every season. Give it activity above 0 in at least one season.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>The {kind} '{name}' is in {guild_file} but not in {bio_file}. Add it to {bio_file} or remove it from {guild_file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/engine/pollination_tables.py" />
      <source>The {kind} '{name}' is in {bio_file} but not in {guild_file}. Add it to {guild_file} or remove it from {bio_file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/provider.py" />
      <source>Zoem Zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="zoemzone_plugin/provider.py" />
      <source>Zoem Zone: pollinator opportunity map (kansenkaart)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>

"""The kansenkaart chain's numbers on a small hand-placed land use, against independent runs.

Not only that the chain's files exist (test_chain_model) but that what it writes is what its
parts compute: the supply is habitatsuitability's, the patches are the supply's components
above the threshold of at least 0.5 ha, the graph's ECA is engine.network.graph.connectivity on those
patches, the gain at a cell is a measurescenario rerun of that cell's best measure, and the
priority classes are fifths of the scored cells.
"""
import json

import numpy as np
import pytest

from zoemzone_plugin.engine.io.gdalio import Grid, read_band, write_single

ROWS, COLS, CELL = 40, 60, 25.0
X0, Y0 = 190000.0, 321000.0


def land_use():
    """Arable land (LGN 2, resistance 30) with three flower-rich blocks (LGN 36, resistance
    1): A and B two cells (50 m) of arable apart, C beyond a built-up strip (LGN 8) far from
    both; a small block (LGN 45) of 0.25 ha, under the minimum patch area, and a pond
    (LGN 16)."""
    lu = np.full((ROWS, COLS), 2, np.float32)
    lu[5:15, 5:17] = 36          # A: 10 x 12 cells = 7.5 ha
    lu[8:20, 19:31] = 36         # B: 12 x 12 cells = 9 ha
    lu[24:36, 44:58] = 36        # C: 12 x 14 cells = 10.5 ha
    lu[30:32, 10:12] = 45        # 2 x 2 cells = 0.25 ha
    lu[:, 37:39] = 8
    lu[18:22, 50:56] = 16
    return lu


def flood_components(mask):
    """8-connected components of ``mask`` by breadth-first search: {label: cells}, written
    apart from engine.network.patches.label so it checks it."""
    seen = np.zeros(mask.shape, bool)
    components = []
    for r0, c0 in zip(*np.nonzero(mask)):
        if seen[r0, c0]:
            continue
        seen[r0, c0] = True
        queue, cells = [(r0, c0)], []
        while queue:
            r, c = queue.pop()
            cells.append((r, c))
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    rr, cc = r + dr, c + dc
                    if 0 <= rr < mask.shape[0] and 0 <= cc < mask.shape[1] and \
                            mask[rr, cc] and not seen[rr, cc]:
                        seen[rr, cc] = True
                        queue.append((rr, cc))
        components.append(cells)
    return components


def field(path, name):
    """``name`` of every feature of the vector file at ``path`` (the data source is held
    open while its layer is read)."""
    from osgeo import ogr
    ds = ogr.Open(path)
    values = [f[name] for f in ds.GetLayer(0)]
    ds = None
    return values


@pytest.fixture(scope="module")
def chain(plugin, tmp_path_factory):
    import processing
    from osgeo import osr
    folder = tmp_path_factory.mktemp("chain")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    grid = Grid(COLS, ROWS, (X0, CELL, 0, Y0, 0, -CELL), srs.ExportToWkt())
    landuse = str(folder / "landuse.tif")
    write_single(landuse, grid, "lu", land_use())
    outputs = {"suitability:supply": "supply.tif", "suitability:abundance": "abundance.tif",
               "foodgaps:food_gaps": "food_gaps.tif", "patches:patches": "patches.gpkg",
               "network:nodes": "nodes.gpkg", "network:links": "links.gpkg",
               "kansenkaart:gain": "gain.tif", "kansenkaart:best_measure": "best.tif",
               "kansenkaart:priority": "priority.tif"}
    parameters = {name: str(folder / file) for name, file in outputs.items()}
    parameters.update(landuse=landuse, patch_threshold=THRESHOLD, dispersal=1000.0)
    result = processing.run("zoemzone:kansenkaartchain", parameters)
    return folder, landuse, parameters, result


THRESHOLD = 0.02


def test_supply_is_habitatsuitability_run_alone(chain):
    import processing
    folder, landuse, parameters, _ = chain
    alone = processing.run("zoemzone:habitatsuitability", {
        "LANDUSE": landuse, "SUPPLY": str(folder / "alone_supply.tif"),
        "ABUNDANCE": str(folder / "alone_abundance.tif"),
        "NESTING": str(folder / "alone_nesting.tif"), "FLORAL": str(folder / "alone_floral.tif")})
    for ours, theirs in (("suitability:supply", "SUPPLY"),
                         ("suitability:abundance", "ABUNDANCE")):
        a, avalid, _ = read_band(parameters[ours])
        b, bvalid, _ = read_band(alone[theirs])
        assert (avalid == bvalid).all() and np.array_equal(a[avalid], b[bvalid])
    supply, valid, _ = read_band(parameters["suitability:supply"])
    # the flower-rich blocks are what stands out: their centres hold about ten times the
    # supply of the arable land around them
    assert supply[10, 11] > 0.04 and supply[28, 45] > 0.04 and supply[0, 0] < 0.01


def test_patches_are_supply_components_of_at_least_half_a_hectare(chain):
    from osgeo import ogr
    _, _, parameters, _ = chain
    supply, valid, _ = read_band(parameters["suitability:supply"])
    components = flood_components(valid & (supply >= THRESHOLD))
    expected = sorted(len(cells) * CELL * CELL for cells in components
                      if len(cells) * CELL * CELL >= 5000.0)
    ds = ogr.Open(parameters["patches:patches"])
    layer = ds.GetLayer(0)
    found = sorted(f["area_m2"] for f in layer)
    assert found == pytest.approx(expected)
    # a patch for each flower-rich block, and just the block (the arable land beside it
    # stays under the threshold); the 0.25 ha block is not one
    assert found == [75000.0, 90000.0, 105000.0]
    polygons = sorted(f.GetGeometryRef().GetArea() for f in layer)
    assert polygons == pytest.approx(expected)


def test_graph_eca_from_the_patches(chain):
    """A and B are linked at the least cost between them, by hand: from A's edge cell over
    two arable cells to B's edge cell, 12.5 m x 1 + 12.5 m x 30, 25 m x 30, then 12.5 m x 30
    + 12.5 m x 1 = 1525 cost units, p = 0.5^(1525 / 1000); C lies beyond the graph's 3000.
    ECA = sqrt(a² + b² + c² + 2ab p), PC = ECA² / (a + b + c)² (the landscape area defaults
    to the patches' total); engine.network.graph.connectivity gives the same from the nodes."""
    from zoemzone_plugin.engine.network.graph import connectivity
    _, _, parameters, result = chain
    network = result["CHILD_RESULTS"]["network"]
    capacities = field(parameters["network:nodes"], "capacity")
    assert capacities == pytest.approx(field(parameters["patches:patches"], "area_m2"))
    assert field(parameters["network:links"], "from_id") == [1]
    assert field(parameters["network:links"], "to_id") == [2]
    assert field(parameters["network:links"], "distance") == pytest.approx([1525.0])
    a, b, c = 75000.0, 90000.0, 105000.0
    assert capacities == [a, b, c]
    p = 0.5 ** 1.525
    eca = np.sqrt(a * a + b * b + c * c + 2 * a * b * p)
    assert network["ECA"] == pytest.approx(eca, rel=1e-9)
    assert network["PC"] == pytest.approx(eca ** 2 / (a + b + c) ** 2, rel=1e-9)
    assert network["COMPONENTS"] == 2
    engine = connectivity(np.array(capacities), ([0], [1], [1525.0]), 1000.0, 0.5)
    assert engine["ECA"] == pytest.approx(network["ECA"], rel=1e-12)


def test_gain_is_a_measurescenario_rerun_of_the_best_measure(chain):
    """At cells whose best measure is an area measure: the chain's gain equals the summed
    DELTA_SUPPLY of measurescenario with that measure on that cell alone (within 1 %)."""
    import processing
    from osgeo import ogr, osr
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.paths import default_table
    folder, landuse, parameters, _ = chain
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                     default_table("guilds_nl.csv"))
    catalogue = read_catalogue(default_table("measures_nl.csv"), tables)
    gain, gvalid, _ = read_band(parameters["kansenkaart:gain"])
    best, _, _ = read_band(parameters["kansenkaart:best_measure"])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    checked = 0
    for r, c in ((2, 2), (10, 11), (20, 20), (36, 58)):
        measure = catalogue.by_id[int(best[r, c])]
        if measure.linear:
            continue
        x, y = X0 + (c + 0.5) * CELL, Y0 - (r + 0.5) * CELL
        half = CELL / 2
        square = str(folder / ("cell_%d_%d.gpkg" % (r, c)))
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(square)
        layer = ds.CreateLayer("one", srs, ogr.wkbUnknown)
        layer.CreateField(ogr.FieldDefn("type", ogr.OFTString))
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("type", measure.code)
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "POINT(%f %f)" % (x, y) if "polygon" not in measure.geometries else
            "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
                x - half, y - half, x + half, y - half, x + half, y + half, x - half,
                y + half, x - half, y - half)))
        layer.CreateFeature(f)
        ds = None
        scenario = processing.run("zoemzone:measurescenario", dict(
            LANDUSE=landuse, MEASURES=square, MEASURE_FIELD="type",
            REPORT=str(folder / ("cell_%d_%d.html" % (r, c))),
            **{k: str(folder / ("cell_%d_%d_%s.tif" % (r, c, k))) for k in
               ("SUPPLY", "ABUNDANCE", "DELTA_SUPPLY", "DELTA_ABUNDANCE")}))
        delta, dvalid, _ = read_band(scenario["DELTA_SUPPLY"], 1)
        assert gain[r, c] == pytest.approx(delta[dvalid].astype(np.float64).sum(),
                                           rel=0.01, abs=1e-6), (r, c, measure.code)
        checked += 1
    assert checked >= 3



def test_priority_classes_are_the_quintiles_of_the_score(chain):
    """The engine's kansenkaart on the same land use, with the patches found by
    flood_components as the network, scores the cells; the chain's priority classes are
    that score cut at numpy's quintiles of it (class 1 = highest fifth) and its breaks file
    holds those quintiles."""
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    from zoemzone_plugin.engine.kansenkaart.model import kansenkaart
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.paths import default_table
    _, landuse, parameters, _ = chain
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                     default_table("guilds_nl.csv"))
    catalogue = read_catalogue(default_table("measures_nl.csv"), tables)
    supply, valid, _ = read_band(parameters["suitability:supply"])
    patches = sorted((cells for cells in flood_components(valid & (supply >= THRESHOLD))
                      if len(cells) * CELL * CELL >= 5000.0), key=min)
    labels = np.zeros(supply.shape, np.int32)
    for k, cells in enumerate(patches, start=1):
        labels[tuple(np.array(cells).T)] = k
    capacities = np.array([len(cells) * CELL * CELL for cells in patches])
    lu, lvalid, _ = read_band(landuse)
    # the chain's kansenkaart weights are the algorithm's defaults
    ours = kansenkaart(lu.astype(np.int64), lvalid, CELL, tables, catalogue, w_supply=1.0,
                       w_yearround=0.5, w_connectivity=0.5, patches=(labels, capacities))
    gain, gvalid, _ = read_band(parameters["kansenkaart:gain"])
    priority, _, _ = read_band(parameters["kansenkaart:priority"])
    best, _, _ = read_band(parameters["kansenkaart:best_measure"])
    assert np.array_equal(best, ours.best_measure)
    assert np.allclose(gain[gvalid], ours.gain[gvalid], rtol=1e-6, atol=0)
    has = ours.best_measure > 0
    quintiles = np.quantile(ours.score[has].astype(np.float64), [0.2, 0.4, 0.6, 0.8])
    expected = np.where(has, 5 - np.searchsorted(quintiles, ours.score, side="right"), 0)
    assert np.array_equal(priority, expected)
    assert sorted(np.unique(priority[has])) == [1, 2, 3, 4, 5]
    counts = [int((priority == k).sum()) for k in range(1, 6)]
    assert max(counts) - min(counts) <= 1 + int(has.sum()) // 100, counts
    with open(parameters["kansenkaart:priority"] + ".breaks.json", encoding="utf-8") as f:
        assert json.load(f)["breaks"] == pytest.approx(quintiles, rel=1e-6)


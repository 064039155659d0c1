"""Survey design for inventory and monitoring: points for field ecologists in measure sites and
at matched control sites, stratified by predicted suitability.

Strata are suitability classes crossed with the role (measure site or control). Each survey
point in a measure site gets one control point in the same suitability class, on the same
land use and in the same priority class (so that the pair differs, as far as the map knows,
only in the measure), at least a chosen distance from every measure site. The points are
cell centres of the suitability grid; one seed gives the same points on every run.
"""
from dataclasses import dataclass, replace

import numpy as np
from osgeo import ogr

from ..network.distance import within_distance
from ..errors import InputError, Note
from ..io.vectorio import open_for_writing

MEASURE, CONTROL = "maatregel", "controle"   # Dutch codes, as the package's statuses


@dataclass(frozen=True)
class SurveyPoint:
    pair: int                # measure point and its control share this number
    role: str                # MEASURE or CONTROL
    suitability_class: int   # 1 = the highest suitability
    site_id: int             # the measure site (for a control: the site of its pair)
    row: int
    col: int
    x: float
    y: float
    landuse: int
    priority: int
    suitability: float


def suitability_classes(values, valid, n_classes):
    """(classes, breaks): classes 1..n of equal numbers of valid cells, 1 the highest values
    (as the kansenkaart's priority 1 is the best fifth), 0 on invalid cells; ``breaks`` are
    the n - 1 values between them, highest first. Equal values always share a class, so with
    many ties a class can stay empty."""
    n_classes = int(n_classes)
    if n_classes < 1:
        raise InputError("The number of suitability classes is {n}; use 1 or more.",
                         n=n_classes)
    if not valid.any():
        raise InputError("The suitability raster has no valid cells (all nodata): there is "
                         "nothing to stratify.")
    quantiles = np.arange(1, n_classes) / float(n_classes)
    breaks = np.quantile(values[valid].astype(np.float64), quantiles)
    # class n for values up to the lowest break, 1 above the highest
    classes = n_classes - np.searchsorted(breaks, values.astype(np.float64), side="left")
    classes = np.where(valid, classes, 0).astype(np.int16)
    return classes, breaks[::-1]


def control_candidates(valid, site_cells, touched, cell_size, min_distance):
    """Cells a control point may lie on: valid, outside every site, and with its centre at
    least ``min_distance`` from every measure site. ``touched`` marks every cell a site
    touches; a cell centre within min_distance + half a cell diagonal of a touched cell's
    centre may be closer than min_distance to the site itself, so it is left out (the
    guarantee costs at most half a cell diagonal of extra distance)."""
    if not min_distance >= 0:
        raise InputError("The minimum distance between measure and control sites is {value} "
                         "m; use 0 or more.", value=min_distance)
    height, width = cell_size
    margin = 0.5 * float(np.hypot(height, width))
    near = within_distance(touched, cell_size, min_distance + margin) if touched.any() \
        else np.zeros(valid.shape, bool)
    return valid & (site_cells == 0) & ~near


class _ControlPool:
    """Control cells grouped by (class, land use, priority); each is drawn at most once."""

    def __init__(self, flat, keys):
        order = np.lexsort(keys[::-1]) if flat.size else np.zeros(0, np.int64)
        self.cells = flat[order]
        sorted_keys = keys[:, order]
        starts = np.flatnonzero(np.r_[True, np.any(np.diff(sorted_keys, axis=1) != 0,
                                                   axis=0)]) if flat.size else []
        ends = list(starts[1:]) + [flat.size]
        self.groups = {tuple(int(v) for v in sorted_keys[:, s]): [int(s), int(e)]
                       for s, e in zip(starts, ends)}

    def draw(self, key, rng):
        """A random remaining cell of the group ``key`` (removed from it), or None."""
        group = self.groups.get(key)
        if group is None or group[0] == group[1]:
            return None
        start, end = group
        pick = start + int(rng.integers(end - start))
        cell = self.cells[pick]
        self.cells[pick] = self.cells[end - 1]
        group[1] = end - 1
        return int(cell)


def survey_design(classes, suitability, landuse, priority, valid, site_cells, touched, grid,
                  per_stratum, min_distance, seed):
    """(points, notes): ``per_stratum`` measure points per suitability class, each with its
    matched control, as a list of SurveyPoint (measure then control of pair 1, 2, ...).

    ``classes`` come from suitability_classes; ``site_cells`` holds the measure site id of
    each cell (0 outside the sites) and ``touched`` every cell a site touches. A measure cell
    without any matching control cell left is passed over; a stratum that ends up with fewer
    points than asked gets a note."""
    per_stratum = int(per_stratum)
    if per_stratum < 1:
        raise InputError("The number of points per stratum is {n}; use 1 or more.",
                         n=per_stratum)
    cell_size = (abs(grid.geotransform[5]), abs(grid.geotransform[1]))
    usable = valid & (classes > 0)
    controls = control_candidates(usable, site_cells, touched, cell_size, min_distance)
    flat_controls = np.flatnonzero(controls)
    keys = np.vstack([a.ravel()[flat_controls].astype(np.int64)
                      for a in (classes, landuse, priority)])
    pool = _ControlPool(flat_controls, keys)
    rng = np.random.default_rng(seed)
    measure_cells = usable & (site_cells > 0)
    if not measure_cells.any():
        raise InputError("No measure site covers a valid cell of the rasters: do the sites "
                         "and the rasters cover the same area?")
    points, notes, pair = [], [], 0
    flat_class, flat_lu = classes.ravel(), landuse.ravel()
    flat_prio, flat_site, flat_value = priority.ravel(), site_cells.ravel(), suitability.ravel()

    def point(cell, role, number):
        row, col = divmod(cell, grid.cols)
        (x, y), = grid.cell_centres([(row, col)])
        return SurveyPoint(number, role, int(flat_class[cell]), int(flat_site[cell]), row, col,
                           x, y, int(flat_lu[cell]), int(flat_prio[cell]),
                           float(flat_value[cell]))

    for k in range(1, int(classes.max()) + 1):
        candidates = np.flatnonzero(measure_cells.ravel() & (flat_class == k))
        candidates = candidates[rng.permutation(candidates.size)]
        found = 0
        for cell in candidates:
            if found == per_stratum:
                break
            cell = int(cell)
            control = pool.draw((k, int(flat_lu[cell]), int(flat_prio[cell])), rng)
            if control is None:
                continue
            pair += 1
            found += 1
            measure = point(cell, MEASURE, pair)
            points.append(measure)
            points.append(replace(point(control, CONTROL, pair), site_id=measure.site_id))
        if found < per_stratum:
            notes.append(Note(
                "Suitability class {k}: {found} pairs of a measure and a control point instead "
                "of {asked} ({cells} measure-site cells in the class; the others have no "
                "unused cell of the same land use and priority class far enough away).",
                k=k, found=found, asked=per_stratum, cells=int(candidates.size)))
    return points, notes



LAYER = "survey_points"
PLANNED = "gepland"
# (name, OGR type) of the survey layer: the design, then what the field ecologist fills in
FIELDS = (("point_id", ogr.OFTString), ("stratum", ogr.OFTString), ("role", ogr.OFTString),
          ("suitability_class", ogr.OFTInteger), ("pair", ogr.OFTInteger),
          ("site_id", ogr.OFTInteger), ("landuse", ogr.OFTInteger),
          ("priority_class", ogr.OFTInteger), ("suitability", ogr.OFTReal),
          ("visit_status", ogr.OFTString), ("visit_date", ogr.OFTDate),
          ("observer", ogr.OFTString), ("notes", ogr.OFTString))
DESIGN_FIELDS = ("point_id", "stratum", "role", "suitability_class", "pair", "site_id",
                 "landuse", "priority_class", "suitability")


def stratum_code(suitability_class, role):
    return "%d-%s" % (suitability_class, role)


def write_survey_points(datasource, wkt, points):
    """Write the points as the layer LAYER of ``datasource`` (an open GeoPackage, e.g. a
    vectorio.VectorFile's); every point starts as planned (visit_status PLANNED)."""
    srs = open_for_writing(datasource, LAYER, wkt)
    layer = datasource.CreateLayer(LAYER, srs, ogr.wkbPoint, ["FID=fid"])
    for name, kind in FIELDS:
        layer.CreateField(ogr.FieldDefn(name, kind))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for p in points:
        feature = ogr.Feature(definition)
        prefix = "M" if p.role == MEASURE else "C"
        values = {"point_id": "%s%d-%03d" % (prefix, p.suitability_class, p.pair),
                  "stratum": stratum_code(p.suitability_class, p.role), "role": p.role,
                  "suitability_class": p.suitability_class, "pair": p.pair,
                  "site_id": p.site_id, "landuse": p.landuse, "priority_class": p.priority,
                  "suitability": p.suitability, "visit_status": PLANNED}
        for name, value in values.items():
            feature.SetField(name, value)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(p.x, p.y)
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()

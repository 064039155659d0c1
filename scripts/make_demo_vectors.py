#!/usr/bin/env python3
"""SYNTHETIC BGT-like vector layers for the demo municipality (the data-rich pilot route).

Usage: make_demo_vectors.py LANDUSE.tif OUT.gpkg [--seed 2026]

Derived deterministically from the demo land use: road verges along both sides of the roads
(bermen), hedges along parcel edges (heggen), crop parcels with pollinator-relevant BRP crop
codes (gewaspercelen) and partners' habitats. None of it is real data.
"""
import argparse

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ROAD, CROPS = 25, (1, 2, 3, 4, 5, 6)
# BRP codes of method.md §2: 1926 agrarisch natuurmengsel, 3508 facelia, 258 luzerne,
# 799 rode klaver; 'overig' stands for every other crop
CROP_CODES = ["1926", "3508", "258", "799"]


def polygons_of(array, grid_ds, wanted):
    """Polygons of the cells whose value is in ``wanted``, one per connected region."""
    mask = np.isin(array, wanted).astype(np.uint8)
    labels = gdal.GetDriverByName("MEM").Create("", array.shape[1], array.shape[0], 1,
                                                gdal.GDT_Int32)
    labels.SetGeoTransform(grid_ds.GetGeoTransform())
    labels.GetRasterBand(1).WriteArray(np.where(mask, array, 0))
    mem = gdal.GetDriverByName("MEM").Create("", array.shape[1], array.shape[0], 1, gdal.GDT_Byte)
    mem.SetGeoTransform(grid_ds.GetGeoTransform())
    mem.GetRasterBand(1).WriteArray(mask)
    vector = ogr.GetDriverByName("Memory").CreateDataSource("p")
    layer = vector.CreateLayer("p", None, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(labels.GetRasterBand(1), mem.GetRasterBand(1), layer, 0)
    return [(f.GetField(0), f.GetGeometryRef().Clone()) for f in layer]


def main(landuse_path, out_path, seed):
    rng = np.random.default_rng(seed)
    ds = gdal.Open(landuse_path)
    lu = ds.GetRasterBand(1).ReadAsArray()
    srs = osr.SpatialReference()
    srs.ImportFromWkt(ds.GetProjection())
    out = ogr.GetDriverByName("GPKG").CreateDataSource(out_path)
    out.SetMetadataItem("DESCRIPTION", "SYNTHETIC demo data for Zoem Zone (not real data)")

    def layer(name, kind, field):
        created = out.CreateLayer(name, srs, kind, ["DESCRIPTION=SYNTHETIC demo layer"])
        created.CreateField(ogr.FieldDefn(field, ogr.OFTString))
        return created

    def add(target, field, value, geometry):
        feature = ogr.Feature(target.GetLayerDefn())
        feature.SetField(field, value)
        feature.SetGeometry(geometry)
        target.CreateFeature(feature)

    verges = layer("bermen", ogr.wkbMultiLineString, "fysiek_voorkomen")
    for _, road in polygons_of(lu, ds, [ROAD]):
        if road.GetArea() > 2000:
            add(verges, "fysiek_voorkomen", "berm", ogr.ForceToMultiLineString(road.Boundary()))
    parcels = layer("gewaspercelen", ogr.wkbPolygon, "gewascode")
    hedges = layer("heggen", ogr.wkbLineString, "type")
    for _, parcel in polygons_of(lu, ds, list(CROPS)):
        area = parcel.GetArea()
        if area < 5000:
            continue
        pick = rng.uniform()
        code = CROP_CODES[int(rng.integers(0, len(CROP_CODES)))] if pick < 0.12 else "overig"
        add(parcels, "gewascode", code, parcel)
        if rng.uniform() < 0.15:               # a hedge along one edge of the parcel
            ring = parcel.GetGeometryRef(0)
            n = ring.GetPointCount()
            start = int(rng.integers(0, max(n - 4, 1)))
            line = ogr.Geometry(ogr.wkbLineString)
            for i in range(start, min(start + 4, n)):
                line.AddPoint_2D(*ring.GetPoint_2D(i))
            add(hedges, "type", "haag", line)
    habitats = layer("partner_habitats", ogr.wkbPolygon, "type")
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    rows, cols = lu.shape
    for kind in ["bloemrijk grasland"] * 6 + ["steilwand"] * 2:
        r, c = rng.integers(20, rows - 20), rng.integers(20, cols - 20)
        centre = ogr.Geometry(ogr.wkbPoint)
        centre.AddPoint_2D(x0 + (c + 0.5) * dx, y0 + (r + 0.5) * dy)
        add(habitats, "type", kind, centre.Buffer(float(rng.uniform(25, 60))))
    out = None


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("landuse")
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    main(args.landuse, args.out, args.seed)

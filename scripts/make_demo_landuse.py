#!/usr/bin/env python3
"""Write a SYNTHETIC, LGN-coded land-use raster of a made-up South-Limburg-like municipality.

Usage: make_demo_landuse.py OUT.tif [--size-m 6000] [--cell 10] [--seed 2026] [--preview OUT.png]

Not real data: every parcel, road, brook and building is invented by a seeded random generator
(numpy default_rng), so the same arguments give the same raster. Only numpy and GDAL are needed.

The picture: a brook meanders west to east through a valley of meadows; a band of slope woods
(mostly deciduous, some conifers) with a small heath, scrub and natural grasslands lies on the
valley side south of it; a village sits on the north side of the valley, with a built-up core,
gardens, parks and street trees and orchards around it; roads run from the village to the map
edges, farmsteads lie along them; everything else is a mosaic of 2-10 ha arable, grass and fruit
parcels whose orientation differs north and south of the valley.

Output: single-band Int16 GeoTIFF (tiled 256x256, DEFLATE), EPSG:28992, nodata -1 (no nodata cells
inside), lower-left corner at RD x=186000, y=318000. All geometry is defined in metres, so --cell
changes the resolution, not the landscape.
"""
import argparse
import math
import sys

import numpy as np
from osgeo import gdal, osr

X0, Y0 = 186000.0, 318000.0
LABEL = "SYNTHETIC demo municipality for Zoem Zone (not real data)"
BAND_LABEL = "LGN code (synthetic)"
NODATA = -1

# LGN2018+ codes used here (the legend itself lives in the plugin's tables).
GRASS, MAIZE, POTATO, BEET, CEREAL, OTHER_CROP, ORCHARD = 1, 2, 3, 4, 5, 6, 9
DECIDUOUS, CONIFER, WATER = 11, 12, 16
BUILT_1, BUILT_2, TREES_1, TREES_2, GRASS_1, BARE, ROAD, FARMSTEAD, GRASS_2 = (
    18, 19, 20, 22, 23, 24, 25, 26, 28)
HEATH, NAT_GRASS, TREE_NURSERY, FRUIT_NURSERY, SCRUB = 36, 45, 61, 62, 333
CODES = (GRASS, MAIZE, POTATO, BEET, CEREAL, OTHER_CROP, ORCHARD, DECIDUOUS, CONIFER, WATER,
         BUILT_1, BUILT_2, TREES_1, TREES_2, GRASS_1, BARE, ROAD, FARMSTEAD, GRASS_2, HEATH,
         NAT_GRASS, TREE_NURSERY, FRUIT_NURSERY, SCRUB)
AGRICULTURE = (GRASS, MAIZE, POTATO, BEET, CEREAL, OTHER_CROP, ORCHARD, TREE_NURSERY,
               FRUIT_NURSERY)

# crop mix of the open fields (weights), South-Limburg-like: grass and cereals dominate, then
# sugar beet, maize, potatoes; some orchards, fruit and tree nurseries
CROPS = np.array([GRASS, MAIZE, POTATO, BEET, CEREAL, OTHER_CROP, ORCHARD, FRUIT_NURSERY,
                  TREE_NURSERY])
CROP_WEIGHTS = np.array([28, 12, 9, 12, 22, 7, 4, 3, 3], float)
# near the village: more grass and (high-stem) orchards
VILLAGE_WEIGHTS = np.array([34, 5, 4, 5, 12, 5, 25, 7, 3], float)

# preview colours (RGB) per code
COLOURS = {
    GRASS: (150, 200, 90), MAIZE: (240, 220, 60), POTATO: (200, 150, 100), BEET: (180, 110, 160),
    CEREAL: (245, 200, 130), OTHER_CROP: (230, 170, 60), ORCHARD: (110, 170, 60),
    DECIDUOUS: (30, 110, 40), CONIFER: (20, 70, 50), WATER: (40, 110, 230),
    BUILT_1: (200, 40, 40), BUILT_2: (220, 100, 90), TREES_1: (60, 130, 60),
    TREES_2: (80, 150, 80), GRASS_1: (170, 225, 150), BARE: (190, 190, 170), ROAD: (60, 60, 60),
    FARMSTEAD: (150, 60, 30), GRASS_2: (190, 235, 170), HEATH: (170, 90, 170),
    NAT_GRASS: (120, 230, 190), TREE_NURSERY: (90, 160, 120), FRUIT_NURSERY: (160, 200, 40),
    SCRUB: (100, 140, 70),
}


def smooth_noise(rng, rows, cols, cell, wavelength_m, octaves=3):
    """Value noise in about [-1, 1]: bilinear interpolation of random lattices, summed octaves."""
    out = np.zeros((rows, cols))
    amp, total = 1.0, 0.0
    for _ in range(octaves):
        step = max(wavelength_m / cell, 1.0)
        gy, gx = int(rows / step) + 3, int(cols / step) + 3
        lattice = rng.uniform(-1.0, 1.0, (gy, gx))
        fy = np.arange(rows) / step + rng.uniform(0, 1)
        fx = np.arange(cols) / step + rng.uniform(0, 1)
        iy, ix = fy.astype(int), fx.astype(int)
        ty, tx = fy - iy, fx - ix
        ty, tx = ty * ty * (3 - 2 * ty), tx * tx * (3 - 2 * tx)  # smoothstep
        a = lattice[iy][:, ix]
        b = lattice[iy][:, ix + 1]
        c = lattice[iy + 1][:, ix]
        d = lattice[iy + 1][:, ix + 1]
        top = a + (b - a) * tx[None, :]
        bottom = c + (d - c) * tx[None, :]
        out += amp * (top + (bottom - top) * ty[:, None])
        total += amp
        amp *= 0.5
        wavelength_m *= 0.5
    return out / total


def shift(mask, dy, dx):
    """mask shifted by (dy, dx) cells, False where shifted in from outside."""
    out = np.zeros_like(mask)
    rows, cols = mask.shape
    out[max(dy, 0):rows + min(dy, 0), max(dx, 0):cols + min(dx, 0)] = \
        mask[max(-dy, 0):rows + min(-dy, 0), max(-dx, 0):cols + min(-dx, 0)]
    return out


def dilate(mask, radius):
    """Binary dilation with a disc of `radius` cells."""
    out = mask.copy()
    r = int(math.ceil(radius))
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            if (dy or dx) and dy * dy + dx * dx <= radius * radius:
                out |= shift(mask, dy, dx)
    return out


def paint_line(mask, points, width):
    """Rasterise a polyline (row, col in cells) into mask, `width` cells wide (1 or 2 or more)."""
    rows, cols = mask.shape
    pts = np.asarray(points, float)
    seg = np.diff(pts, axis=0)
    n = np.maximum(np.ceil(np.hypot(seg[:, 0], seg[:, 1]) * 3).astype(int), 1)
    t = np.concatenate([np.arange(k) / k for k in n] + [np.array([0.0])])
    idx = np.concatenate([np.full(k, i) for i, k in enumerate(n)] + [np.array([len(seg) - 1])])
    t[-1] = 1.0
    p = pts[idx] + seg[idx] * t[:, None]
    lo = -((width - 1) // 2)
    for oy in range(lo, lo + width):
        for ox in range(lo, lo + width):
            r = np.floor(p[:, 0]).astype(int) + oy
            c = np.floor(p[:, 1]).astype(int) + ox
            ok = (r >= 0) & (r < rows) & (c >= 0) & (c < cols)
            mask[r[ok], c[ok]] = True
    return mask


def wiggly_path(rng, start, end, cell, jitter_m, n_mid=4):
    """A road-like polyline from start to end (cells) with perpendicular jitter, smoothed."""
    start, end = np.asarray(start, float), np.asarray(end, float)
    t = np.linspace(0, 1, n_mid + 2)
    d = end - start
    normal = np.array([-d[1], d[0]]) / max(np.hypot(*d), 1e-9)
    off = rng.uniform(-1, 1, n_mid + 2) * jitter_m / cell
    off[0] = off[-1] = 0
    pts = start + t[:, None] * d + off[:, None] * normal
    # Chaikin corner cutting twice: gentle bends instead of sharp kinks
    for _ in range(2):
        q = 0.75 * pts[:-1] + 0.25 * pts[1:]
        r = 0.25 * pts[:-1] + 0.75 * pts[1:]
        pts = np.vstack([pts[:1], np.column_stack([q, r]).reshape(-1, 2), pts[-1:]])
    return pts


def parcels(rng, xm, ym, size_m, angle_deg, warp_u, warp_v):
    """Parcel id per cell: blocks of 250-550 m cut into 1-5 strips (2-10 ha) in a rotated,
    gently warped frame, with slightly skewed cuts. Returns (ids, n_ids)."""
    a = math.radians(angle_deg)
    u = xm * math.cos(a) + ym * math.sin(a) + warp_u
    v = -xm * math.sin(a) + ym * math.cos(a) + warp_v
    lo, hi = -1.6 * size_m, 1.6 * size_m  # covers the rotated map plus the warp
    ue = np.concatenate([[lo], lo + np.cumsum(rng.uniform(260, 560, int(3.2 * size_m / 260) + 2))])
    ve = np.concatenate([[lo], lo + np.cumsum(rng.uniform(220, 480, int(3.2 * size_m / 220) + 2))])
    assert ue[-1] > hi and ve[-1] > hi
    bu = np.clip(np.searchsorted(ue, u, side="right") - 1, 0, len(ue) - 2)
    bv = np.clip(np.searchsorted(ve, v, side="right") - 1, 0, len(ve) - 2)
    nbu, nbv = len(ue) - 1, len(ve) - 1
    nblocks = nbu * nbv
    width = np.diff(ue)[:, None] * np.ones(nbv)[None, :]
    height = np.ones(nbu)[:, None] * np.diff(ve)[None, :]
    area_ha = (width * height).ravel() / 1e4
    # strips: parcel size drawn per block 2.5-8 ha, so the strips mostly land in 2-10 ha
    nstrip = np.clip(np.round(area_ha / rng.uniform(2.5, 8.0, nblocks)), 1, 5).astype(int)
    maxs = 5
    cuts = np.full((nblocks, maxs), 9.0)
    for b in range(nblocks):
        w = rng.uniform(0.7, 1.3, nstrip[b])
        cuts[b, :nstrip[b] - 1] = np.cumsum(w / w.sum())[:-1]
    along_u = rng.random(nblocks) < 0.5  # strips cut across u or across v
    skew = rng.uniform(-0.12, 0.12, nblocks)
    block = bu * nbv + bv
    tu = (u - ue[bu]) / np.diff(ue)[bu]
    tv = (v - ve[bv]) / np.diff(ve)[bv]
    t = np.where(along_u[block], tu + skew[block] * (tv - 0.5),
                 tv + skew[block] * (tu - 0.5))
    strip = (t[..., None] > cuts[block]).sum(axis=-1)
    return block * (maxs + 1) + strip, nblocks * (maxs + 1)


def landscape(size_m=6000.0, cell=10.0, seed=2026):
    n = int(round(size_m / cell))
    if n < 50:
        raise ValueError("map too small: need at least 50 x 50 cells")
    rng = np.random.default_rng(seed)
    rows = cols = n
    ext = n * cell  # metres
    # cell centres in metres from the lower-left corner; row 0 is the north edge
    xm = ((np.arange(cols) + 0.5) * cell)[None, :] * np.ones((rows, 1))
    ym = (ext - (np.arange(rows) + 0.5) * cell)[:, None] * np.ones((1, cols))

    # --- the valley: brook centre line y_b(x), meandering west to east ---
    xs = (np.arange(cols) + 0.5) * cell
    yb = ext * rng.uniform(0.42, 0.52)
    for wl, amp in ((ext * 1.1, 0.06 * ext), (1400.0, 120.0), (600.0, 45.0), (230.0, 12.0)):
        yb = yb + amp * rng.uniform(0.6, 1.0) * np.sin(2 * np.pi * xs / wl + rng.uniform(0, 6.3))
    yb = np.clip(yb, 0.2 * ext, 0.8 * ext)
    s = ym - yb[None, :]  # > 0 north of the brook, < 0 south (vertical distance, metres)

    # --- agricultural mosaic: north and south of the valley with different orientations ---
    warp_u = 60 * smooth_noise(rng, rows, cols, cell, 1400, 3)
    warp_v = 60 * smooth_noise(rng, rows, cols, cell, 1400, 3)
    ang_n, ang_s = rng.uniform(-30, 30), rng.uniform(-30, 30)
    pid_n, nn = parcels(rng, xm, ym, ext, ang_n, warp_u, warp_v)
    pid_s, _ = parcels(rng, xm, ym, ext, ang_s, warp_u, warp_v)
    pid = np.where(s > 0, pid_n, pid_s + nn)
    npid = 2 * nn
    count = np.bincount(pid.ravel(), minlength=npid)
    cx = np.bincount(pid.ravel(), xm.ravel(), npid) / np.maximum(count, 1)
    cy = np.bincount(pid.ravel(), ym.ravel(), npid) / np.maximum(count, 1)
    cs = np.bincount(pid.ravel(), s.ravel(), npid) / np.maximum(count, 1)

    # village centre: north side of the valley, in the middle third of the map
    vx = ext * rng.uniform(0.38, 0.62)
    vr = min(550.0, 0.14 * ext)  # mean village radius (m)
    span = slice(max(0, int((vx - vr) / cell)), min(cols, int((vx + vr) / cell) + 1))
    vy = min(yb[span].max() + 1.05 * vr + rng.uniform(0, 60), 0.85 * ext)

    dv = np.hypot(cx - vx, cy - vy)
    p_near = np.clip(1.6 - dv / (vr + 400), 0, 1)[:, None]  # 1 close to the village, 0 far
    w = (1 - p_near) * CROP_WEIGHTS[None, :] + p_near * VILLAGE_WEIGHTS[None, :]
    cum = np.cumsum(w / w.sum(axis=1, keepdims=True), axis=1)
    crop = CROPS[np.minimum((rng.random(npid)[:, None] > cum).sum(axis=1), len(CROPS) - 1)]
    # valley floor: meadows, a few natural grasslands
    floor_ = np.abs(cs) < rng.uniform(90, 170)
    r = rng.random(npid)
    crop = np.where(floor_ & (r < 0.75), GRASS, crop)
    crop = np.where(floor_ & (r >= 0.75) & (r < 0.9), NAT_GRASS, crop)
    lu = crop[pid].astype(np.int16)

    # --- slope woods on the south valley side, patchy, with conifer stands ---
    n1 = smooth_noise(rng, rows, cols, cell, 700)
    n2 = smooth_noise(rng, rows, cols, cell, 450)
    n3 = smooth_noise(rng, rows, cols, cell, 300)
    d_in = 170 + 90 * n1  # band starts this far south of the brook (m)
    d_out = d_in + 300 + 160 * smooth_noise(rng, rows, cols, cell, 1200, 2)
    band = (-s > d_in) & (-s < d_out)
    woods = band & (n2 > -0.35)
    # a few small farm woods elsewhere
    woods |= (smooth_noise(rng, rows, cols, cell, 350) > 0.5) & (np.abs(s) > 250)
    lu[woods] = DECIDUOUS
    lu[woods & (n3 > 0.35)] = CONIFER
    # scrub fringes at the wood edge, natural grasslands in the clearings of the band
    edge = dilate(woods, 1.5) & ~woods
    lu[edge & band & (n3 < -0.1)] = SCRUB
    lu[band & ~woods & ~edge & (n3 > 0.0)] = NAT_GRASS
    # a small heath (~3-6 ha) just above the woods: an irregular blob
    hb = np.flatnonzero(((-s > d_out) & (-s < d_out + 150)).ravel())
    if hb.size:
        hc = hb[rng.integers(hb.size)]
        hy, hx = ym.ravel()[hc], xm.ravel()[hc]
        ang = np.arctan2(ym - hy, xm - hx)
        rad = rng.uniform(100, 130) * (1 + 0.25 * np.sin(3 * ang + rng.uniform(0, 6.3))
                                       + 0.15 * np.sin(5 * ang + rng.uniform(0, 6.3)))
        heath = np.hypot(ym - hy, xm - hx) < rad
        lu[heath] = HEATH
        lu[dilate(heath, 1.5) & ~heath & (n2 > 0)] = SCRUB
    # a few extra natural grassland parcels out in the fields
    extra = rng.choice(npid, max(2, npid // 150), replace=False)
    lu[np.isin(pid, extra) & (lu <= OTHER_CROP)] = NAT_GRASS

    # --- village: irregular outline, street blocks; built-up core, gardens, parks, trees ---
    ang = np.arctan2(ym - vy, xm - vx)
    dist = np.hypot(ym - vy, xm - vx)
    outline = vr * (1 + 0.18 * np.sin(2 * ang + rng.uniform(0, 6.3))
                    + 0.12 * np.sin(3 * ang + rng.uniform(0, 6.3))
                    + 0.08 * np.sin(5 * ang + rng.uniform(0, 6.3)))
    village = (dist < outline) & (s > 60)  # stays out of the brook meadows
    core = village & (dist < 0.5 * outline)
    va = math.radians(rng.uniform(0, 90))
    bu_ = (xm - vx) * math.cos(va) + (ym - vy) * math.sin(va)
    bv_ = -(xm - vx) * math.sin(va) + (ym - vy) * math.cos(va)
    bw, bh = rng.uniform(110, 150), rng.uniform(80, 120)  # street block size (m)
    fu, fv = np.mod(bu_, bw), np.mod(bv_, bh)
    d_edge = np.minimum(np.minimum(fu, bw - fu), np.minimum(fv, bh - fv))
    blk = (np.floor(bu_ / bw) * 1009 + np.floor(bv_ / bh)).astype(np.int64)
    blk_kind = rng.random(4096)[np.mod(blk, 4096)]  # per-block role
    depth = rng.uniform(15.0, 40.0, 4096)[np.mod(blk, 4096)]  # house row depth per block
    frontage = d_edge < np.maximum(depth, 1.6 * cell)
    tn = smooth_noise(rng, rows, cols, cell, 120, 2)
    v_lu = np.where(core, BUILT_1, BUILT_2)
    v_lu = np.where(~frontage, np.where(core, GRASS_1, GRASS_2), v_lu)
    v_lu = np.where(~frontage & (tn > 0.15), np.where(core, TREES_1, TREES_2), v_lu)
    park = blk_kind < 0.1
    v_lu = np.where(park, GRASS_1, v_lu)
    v_lu = np.where(park & (tn > 0.0), TREES_1, v_lu)
    v_lu = np.where((blk_kind > 0.1) & (blk_kind < 0.13) & ~core, BARE, v_lu)  # building site
    v_lu = np.where(core & (blk_kind > 0.8), BUILT_1, v_lu)  # dense centre blocks
    lu[village] = v_lu[village]

    # --- brook with a narrow riparian strip ---
    brook = np.zeros((rows, cols), bool)
    rb = (ext - yb) / cell  # brook row per column (fractional)
    pts = np.column_stack([rb, np.arange(cols) + 0.5])
    wide = np.arange(cols) > cols * rng.uniform(0.35, 0.65)  # wider downstream (east)
    paint_line(brook, pts[~wide], 1)
    paint_line(brook, pts[wide], 2)
    ripar = dilate(brook, 1.5 if cell >= 8 else 2.5) & ~brook
    rn = smooth_noise(rng, rows, cols, cell, 500, 1)
    lu[ripar & (rn > 0)] = NAT_GRASS
    lu[ripar & (rn <= 0)] = SCRUB
    lu[brook] = WATER
    # a village pond
    pr = rng.uniform(15, 25)
    pc = (vx + rng.uniform(-0.3, 0.3) * vr, vy + rng.uniform(-0.3, 0.3) * vr)
    lu[np.hypot(xm - pc[0], ym - pc[1]) < max(pr, cell)] = WATER

    # --- roads: from the village to each map edge, plus one main road across the map ---
    roads = np.zeros((rows, cols), bool)
    vrow, vcol = (ext - vy) / cell, vx / cell
    edges = [(0, rng.uniform(0.2, 0.8) * cols), (rows - 1, rng.uniform(0.2, 0.8) * cols),
             (rng.uniform(0.15, 0.85) * rows, 0), (rng.uniform(0.15, 0.85) * rows, cols - 1),
             (rng.uniform(0.6, 0.95) * rows, rng.choice([0, cols - 1]))]
    for end in edges:
        paint_line(roads, wiggly_path(rng, (vrow, vcol), end, cell, 0.06 * ext), 1)
    r0, r1 = rng.uniform(0.1, 0.35) * rows, rng.uniform(0.1, 0.35) * rows
    main = wiggly_path(rng, (r0, 0), (r1, cols - 1), cell, 0.04 * ext, 3)
    paint_line(roads, main, 2 if cell <= 15 else 1)
    # ribbon development: houses and gardens along the roads just outside the village
    ribbon = (dilate(roads, max(1.0, 30.0 / cell)) & ~village & (dist < outline + 350)
              & (lu != WATER) & (s > 30))
    lu[ribbon] = np.where(tn[ribbon] > -0.1, BUILT_2, GRASS_2)
    lu[roads] = ROAD

    # --- farmsteads: yard with buildings (26), often a small orchard behind, along the roads ---
    road_cells = np.flatnonzero((roads & ~village & ~dilate(village, 20.0 / cell)).ravel())
    n_farms = max(3, int(round(10 * (ext / 6000.0) ** 2)))
    fs = max(2, int(round(55 / cell)))
    for k in range(n_farms):
        if road_cells.size:
            c0 = road_cells[rng.integers(road_cells.size)]
            fr, fc = divmod(int(c0), cols)
            fr += int(rng.choice([-1, 1]) * rng.integers(2, 4))
            fc += int(rng.choice([-1, 1]) * rng.integers(2, 4))
        else:
            fr, fc = int(rng.integers(rows)), int(rng.integers(cols))
        h, w = fs + int(rng.integers(0, 3)), fs + int(rng.integers(0, 3))
        r0_, c0_ = int(np.clip(fr - h // 2, 0, rows - h)), int(np.clip(fc - w // 2, 0, cols - w))
        win = lu[r0_:r0_ + h, c0_:c0_ + w]
        if rng.random() < 0.5:  # a high-stem orchard beside the farm
            o0 = int(np.clip(c0_ + w, 0, cols - w))
            ow = lu[r0_:r0_ + h, o0:o0 + w]
            ow[(ow != ROAD) & (ow != WATER)] = ORCHARD
        win[(win != ROAD) & (win != WATER)] = FARMSTEAD
    return lu


def write(path, lu, cell, seed, size_m):
    rows, cols = lu.shape
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(path, cols, rows, 1, gdal.GDT_Int16,
                    ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE",
                     "PREDICTOR=2"])
    ds.SetGeoTransform((X0, cell, 0.0, Y0 + rows * cell, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds.SetProjection(srs.ExportToWkt())
    ds.SetMetadataItem("TIFFTAG_IMAGEDESCRIPTION", LABEL)
    ds.SetMetadata({"SYNTHETIC": "YES", "DESCRIPTION": LABEL,
                    "GENERATOR": "scripts/make_demo_landuse.py",
                    "SEED": str(seed), "SIZE_M": "%g" % size_m, "CELL_M": "%g" % cell,
                    "TIFFTAG_IMAGEDESCRIPTION": LABEL})
    ds.SetDescription(LABEL)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.SetDescription(BAND_LABEL)
    band.WriteArray(lu)
    band.FlushCache()
    ds = None


def write_preview(path, lu):
    """RGB PNG preview with a fixed colour per code."""
    lut = np.zeros((max(CODES) + 1, 3), np.uint8)
    for code, rgb in COLOURS.items():
        lut[code] = rgb
    rgb = lut[lu]
    mem = gdal.GetDriverByName("MEM").Create("", lu.shape[1], lu.shape[0], 3, gdal.GDT_Byte)
    for i in range(3):
        mem.GetRasterBand(i + 1).WriteArray(rgb[:, :, i])
    gdal.GetDriverByName("PNG").CreateCopy(path, mem)
    mem = None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", help="output GeoTIFF")
    ap.add_argument("--size-m", type=float, default=6000.0, help="map width = height (m)")
    ap.add_argument("--cell", type=float, default=10.0, help="cell size (m)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--preview", help="also write an RGB PNG preview here")
    a = ap.parse_args(argv)
    gdal.UseExceptions()
    lu = landscape(a.size_m, a.cell, a.seed)
    assert lu.min() >= 0 and set(np.unique(lu).tolist()) <= set(CODES)
    write(a.out, lu, a.cell, a.seed, a.size_m)
    if a.preview:
        write_preview(a.preview, lu)
    return 0


if __name__ == "__main__":
    sys.exit(main())

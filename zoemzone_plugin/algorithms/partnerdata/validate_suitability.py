"""zoemzone:validatesuitability: does the map agree with where bees were seen?"""
import html

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsProcessing,
                       QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterBand, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterRasterLayer,
                       QgsWkbTypes)

from ...engine.io.gdalio import read_band
from ...engine.io.outputs import write_text
from ...engine.monitoring.validation import (auc, boyce_index, boyce_plot_svg, random_background,
                                             sample_raster)
from ..base import ZoemZoneAlgorithm
from ..point_geometries import points_in


class ValidateSuitabilityAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "validatesuitability"
    GROUP_ID = "data"

    INPUT = "INPUT"
    BAND = "BAND"
    OBSERVATIONS = "OBSERVATIONS"
    BACKGROUND_POINTS = "BACKGROUND_POINTS"
    SEED = "SEED"
    OUTPUT_HTML = "OUTPUT_HTML"
    AUC = "AUC"
    BOYCE = "BOYCE"
    USED = "USED"
    OUTSIDE = "OUTSIDE"
    NODATA = "NODATA"
    BACKGROUND = "BACKGROUND"

    def displayName(self):  # noqa: N802
        return self.tr("Validate suitability with observations")

    def help_text(self):
        return self.tr(
            "<p>How well a suitability or abundance map agrees with where bees were seen, with "
            "observations only (no absences). The map's values at the observations are "
            "compared with its values at background cells drawn at random among the valid "
            "cells.</p><p><b>AUC</b>: the chance that an observation has a higher value than a "
            "background cell (ties count half). 0.5 is no better than chance, 1 is perfect."
            "</p><p><b>Continuous Boyce index</b> (Hirzel et al. 2006, as ecospat computes "
            "it): a window a tenth of the value range wide moves from the lowest to the "
            "highest value in 101 steps; in each, P/E is the share of the observations over "
            "the share of the background in the window. The index is the Spearman correlation "
            "of P/E with the window's value: near 1 when bees are seen more often where the "
            "map is higher, about 0 for a random map, negative when the map is upside down. "
            "The report shows the P/E curve.</p><p>Observations outside the raster or on "
            "nodata cells are left out and counted; every observation counts, also several "
            "in one cell.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr("Suitability or abundance raster")),
            self.tr("A map whose higher values should mean more bees, e.g. Pollinator supply "
                    "or Pollinator abundance of Habitat suitability."))
        self.add(QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.INPUT),
                 self.tr("The band to validate (e.g. the guild or season)."))
        self.add(QgsProcessingParameterFeatureSource(
            self.OBSERVATIONS, self.tr("Observations"), [QgsProcessing.TypeVectorPoint]),
            self.tr("Points where the bees were seen, in any CRS (e.g. the observations "
                    "layer of the data package, filtered to the species of the guild)."))
        self.add_number(
            self.BACKGROUND_POINTS, self.tr("Background points"), "validation",
            "background_points",
            self.tr("Number of random background cells (all valid cells when the raster has "
                    "fewer)."), integer=True)
        self.add_number(
            self.SEED, self.tr("Random seed"), "validation", "seed",
            self.tr("The same seed draws the same background cells, so results can be "
                    "repeated."), integer=True)
        self.add(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Validation report"), self.tr("HTML files (*.html)")),
            self.tr("AUC, Boyce index, the counts and a plot of the Boyce P/E curve."))
        for name, description in (
                (self.AUC, self.tr("AUC")), (self.BOYCE, self.tr("Continuous Boyce index")),
                (self.USED, self.tr("Observations used")),
                (self.OUTSIDE, self.tr("Observations outside the raster")),
                (self.NODATA, self.tr("Observations on nodata cells")),
                (self.BACKGROUND, self.tr("Background cells"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def observation_points(self, parameters, context, crs, feedback):
        """(x, y) in ``crs`` of every observation point (each part of a multipoint), and the
        number of features without a usable point."""
        source = self.source_of(parameters, self.OBSERVATIONS, context,
                                QgsWkbTypes.PointGeometry, projected=False)
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        points, unusable = [], 0
        for feature in source.getFeatures():
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user."))
            parts = points_in(feature.geometry(), transform)
            unusable += not parts
            points.extend(parts)
        return np.array(points, dtype=np.float64).reshape(-1, 2), unusable

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        path = self.raster_path(parameters, self.INPUT, context, projected=False, square=False,
                                band_parameter=self.BAND)
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        n_background = self.parameterAsInt(parameters, self.BACKGROUND_POINTS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        array, valid, grid = self.run_engine(read_band, path, band)
        xy, unusable = self.observation_points(parameters, context, layer.crs(), feedback)
        sample = self.run_engine(sample_raster, array, valid, grid, xy)
        outside = sample.outside + unusable
        if sample.values.size == 0:
            raise QgsProcessingException(self.tr(
                "None of the {count} observations lies on a valid cell of the raster "
                "({outside} outside it, {nodata} on nodata cells). Do the observations and "
                "the raster cover the same area?").format(
                    count=len(xy) + unusable, outside=outside, nodata=sample.nodata))
        feedback.setProgress(30)
        rows, cols = self.run_engine(random_background, valid, n_background, seed)
        background = array[rows, cols].astype(np.float64)
        if rows.size < n_background:
            feedback.pushWarning(self.tr(
                "The raster has only {cells} valid cells: all of them are the background."
                ).format(cells=rows.size))
        area_under_curve = self.run_engine(auc, sample.values, background)
        boyce = self.run_engine(boyce_index, sample.values, background)
        feedback.setProgress(80)
        if not np.isfinite(boyce.index):
            feedback.pushWarning(self.tr(
                "The Boyce index cannot be computed: the background values are all equal or "
                "too few windows hold background cells."))
        counts = {"used": int(sample.values.size), "outside": outside,
                  "nodata": sample.nodata, "background": int(rows.size),
                  "cells": len(set(zip(sample.rows.tolist(), sample.cols.tolist())))}
        feedback.pushInfo(self.tr(
            "AUC {auc:.4f}, continuous Boyce index {boyce:.4f}: {used} observations used, "
            "{outside} outside the raster, {nodata} on nodata cells, {background} background "
            "cells.").format(auc=area_under_curve, boyce=boyce.index, **counts))
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        self.run_engine(write_text, report, self.report_html(
            layer.name(), band, area_under_curve, boyce, counts, seed))
        return {self.OUTPUT_HTML: report, self.AUC: area_under_curve, self.BOYCE: boyce.index,
                self.USED: counts["used"], self.OUTSIDE: outside, self.NODATA: sample.nodata,
                self.BACKGROUND: counts["background"]}

    def report_html(self, raster_name, band, area_under_curve, boyce, counts, seed):
        e = html.escape
        title = self.tr("Validation of a suitability map with observations")

        def number(value):
            return "%.4f" % value if np.isfinite(value) else self.tr("not computable")

        rows = [(self.tr("Raster"), "%s (%s)" % (raster_name, self.tr("band {band}").format(
                    band=band))),
                (self.tr("AUC"), number(area_under_curve)),
                (self.tr("Continuous Boyce index"), number(boyce.index)),
                (self.tr("Observations used"), str(counts["used"])),
                (self.tr("Raster cells with observations"), str(counts["cells"])),
                (self.tr("Observations outside the raster"), str(counts["outside"])),
                (self.tr("Observations on nodata cells"), str(counts["nodata"])),
                (self.tr("Background cells (random, seed {seed})").format(seed=seed),
                 str(counts["background"])),
                (self.tr("Boyce window width"), "%.6g" % boyce.curve.window)]
        parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title></head>"
                 "<body>" % e(title), "<h1>%s</h1>" % e(title),
                 "<table border='1' cellpadding='3'>"]
        parts += ["<tr><td>%s</td><td>%s</td></tr>" % (e(k), e(v)) for k, v in rows]
        parts.append("</table>")
        parts.append("<h2>%s</h2>" % e(self.tr("Boyce curve")))
        parts.append("<figure>")
        parts.append(boyce_plot_svg(
            boyce.curve, self.tr("Map value (window centre)"),
            self.tr("Predicted / expected ratio (P/E)"), self.tr("P/E = 1: random")))
        parts.append("<figcaption>%s</figcaption></figure>" % e(self.tr(
            "P/E above 1: more observations than the background predicts. A good map has "
            "P/E rising from below 1 at low values to well above 1 at high values.")))
        parts.append("<p>%s</p>" % e(self.tr(
            "AUC: 0.5 is no better than chance, 1 is perfect separation of observations from "
            "background. Boyce index: from -1 to 1; above 0 the map agrees with the "
            "observations, near 0 it is no better than random.")))
        parts.append("</body></html>")
        return "\n".join(parts)

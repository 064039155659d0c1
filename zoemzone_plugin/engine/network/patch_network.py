"""The habitat network a scenario is judged on: patches burnt on the land-use grid, their
links, and the equivalent connected area (ECA, method.md §6) of a pollinator-supply field.

A patch's capacity is the total pollinator supply summed over its cells times the cell area,
so a measure changes the ECA through the supply it adds to (or takes from) patch cells.
Measure scenario and Assess fund applications both judge their measures on this one network,
so their ECA figures are the same for the same patches and distance.
"""
import math

import numpy as np

from .. import defaults
from .graph import connectivity
from ..pollination.model import Products

P0 = defaults.value("network", "probability")   # 0.5: d0 is a median dispersal distance
MATRIX_PATCHES = 3000   # up to this many patches p* is kept whole (72 MB)


class PatchNetwork:
    """``ids``: int raster on the land-use grid, patch n (1-based) at its cells, 0 elsewhere;
    ``count`` patches (a patch may cover no cell); ``links``: (first, second, distance)
    sequences of 0-based patch indices; ``d0`` the median dispersal distance.

    The paths, and so p*_ij, do not depend on the capacities: with up to ``matrix_limit``
    patches p* is computed once and every ECA is sqrt(a' P* a), where a connectivity run per
    ECA (it also ranks every node) takes about a second for 100 patches and minutes for a
    thousand close together."""

    def __init__(self, ids, count, links, d0, cell_area, matrix_limit=MATRIX_PATCHES):
        self.ids, self.count, self.links = ids, count, links
        self.d0, self.cell_area = d0, cell_area
        self.matrix_limit = matrix_limit
        self._pstar = None

    def capacities(self, supply):
        """Per patch, ``supply`` (a raster, NaN at nodata) summed over its cells (float64)."""
        return np.bincount(self.ids.ravel(), weights=np.nan_to_num(supply).ravel(),
                           minlength=self.count + 1)[1:self.count + 1]

    def eca(self, capacities):
        """The ECA of the network with these per-patch supply sums."""
        area = np.asarray(capacities, np.float64) * self.cell_area
        if self.count > self.matrix_limit:
            return connectivity(area, self.links, self.d0, P0)["ECA"]
        if self._pstar is None:
            self._pstar = connectivity(np.ones(self.count), self.links, self.d0, P0,
                                       matrices=True).pstar()
        return math.sqrt(max(float(area @ self._pstar @ area), 0.0))

    def eca_changes(self, capacities, changes):
        """The change in ECA from ``capacities`` of each row of ``changes`` (one row of
        per-patch changes per measure) added alone; 0 where a row changes no patch."""
        base = self.eca(capacities)
        return [self.eca(capacities + row) - base if row.any() else 0.0 for row in changes]

    def recorder(self, sink=None):
        """A model sink that keeps the capacities of the TOTAL_SUPPLY it is handed (in its
        ``capacities``) and hands every product on to ``sink``."""
        return _Recorder(self, sink)


class _Recorder:
    def __init__(self, network, sink):
        self.network, self.sink, self.capacities = network, sink, None

    def __call__(self, product, key, array):
        if product == Products.TOTAL_SUPPLY:
            self.capacities = self.network.capacities(array)
        if self.sink is not None:
            self.sink(product, key, array)

"""Small components of a patch graph, solved by the definitions (graph.py).

A component of a dozen nodes costs more in the sweeps' set-up than in its arithmetic, and
patch graphs have thousands of them: they are solved many at once, with Floyd-Warshall over
a stack of weight matrices, the whole component and again with each node removed.
"""
import numpy as np


class _SmallComponents:
    """The small components' part of graph._Analysis (a mixin: it adds the totals, flux and
    losses to the analysis's own arrays)."""

    def _small(self, c, group):
        """Components of c nodes (c <= _SMALL), all at once and by the definitions: the
        shortest paths by Floyd-Warshall, and again with each node removed."""
        count = len(group)
        nodes = np.array([g[0] for g in group])                     # count x c
        weight = np.full((count, c, c), np.inf)
        for g, (_, i, j, w) in enumerate(group):
            np.minimum.at(weight[g], (i, j), w)
            np.minimum.at(weight[g], (j, i), w)
        span = np.arange(c)
        weight[:, span, span] = 0.0
        # Layer 0: the whole component; layer 1 + k: without node k.
        dist = np.repeat(weight[:, None], c + 1, axis=1)
        dist[:, 1 + span, span, :] = np.inf
        dist[:, 1 + span, :, span] = np.inf
        for m in range(c):
            np.minimum(dist, dist[..., :, m, None] + dist[..., None, m, :], out=dist)
        whole = np.minimum(dist[:, 0], dist[:, 0].transpose(0, 2, 1))
        value = self.f(dist)
        value[:, 1 + span, span, :] = 0.0               # the removed node's own pairs
        value[:, 1 + span, :, span] = 0.0
        a = self.a[nodes]                                            # count x c
        pair = a[:, :, None] * a[:, None, :]
        totals = np.einsum("gij,gij->g", pair, value[:, 0])
        self.total += float(totals.sum())
        row = np.einsum("gij,gj->gi", value[:, 0], a)
        self.flux[nodes] = a * (row - a * self.f(0.0))
        # Connector part: what the pairs i, j != k lose, pair by pair.
        lost = value[:, :1] - value[:, 1:]
        lost[:, span, span, :] = 0.0
        lost[:, span, :, span] = 0.0
        self.loss[nodes] = np.einsum("gij,gkij->gk", pair, np.maximum(lost, 0.0))
        for g in range(count):
            self.keep(nodes[g], 0, c, whole[g])


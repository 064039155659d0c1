"""The fund's portfolio: which eligible applications to fund within the budget.

The value of a set S of applications is quadratic: sum_i e_i + sum_{i<j in S} w_ij, with e_i
an application's effect alone and w_ij what two applications change in each other's effect
(fund.application_effects; for the pollination model's total supply this is exact, not an
approximation). The set is chosen by depth-first branch and bound, exact unless a time or
node limit stops it; then the best set found is returned with an upper bound on the optimum,
so the optimality gap is known.

Bound at a node: the value so far plus the fractional knapsack (the LP relaxation) of the
undecided applications, each valued at e_i + its interactions with the chosen ones + half
its positive interactions with the undecided ones (a pair both taken gains w_ij once), at
most half its best ``m - 1`` of them when no completion can hold more than m applications;
those whose area is full or that conflict with a chosen one count 0. With ``max_per_area``
the Lagrangian relaxation of the budget, which keeps the per-area limit, is taken too when
the LP bound does not prune. No completion can do better than either. The spread rules
prune too: a node is dropped when the study areas still reachable, or the money left to
reach them at their cheapest, cannot bring the portfolio to ``min_areas``.
"""
import time
from dataclasses import dataclass, field

import numpy as np

from .. import defaults
from ..errors import Cancelled, InputError
from ..progress import NullFeedback

CHECK_EVERY = 256       # nodes between looks at the clock and the cancel button
LAMBDA_STEPS = np.array([0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.6, 2.2])


@dataclass
class Portfolio:
    selected: list              # indices into the applications given, ascending
    value: float                # sum of effects plus interactions of the selected
    upper_bound: float          # no feasible portfolio is worth more
    optimal: bool               # the search finished (upper_bound == value)
    nodes: int                  # branch-and-bound nodes visited
    spent: float = 0.0
    areas: list = field(default_factory=list)   # the study areas with a selected project

    @property
    def gap(self):
        """(upper bound - value) / |upper bound|: 0 when proven optimal."""
        if self.optimal or self.upper_bound == self.value:
            return 0.0
        return (self.upper_bound - self.value) / max(abs(self.upper_bound), 1e-300)


def portfolio_value(selected, effects, interactions):
    """sum_i e_i + sum_{i<j} w_ij over ``selected`` (indices)."""
    s = np.asarray(list(selected), np.intp)
    return float(effects[s].sum() + interactions[np.ix_(s, s)].sum() / 2.0)


def _fractional_knapsack(values, costs, budget):
    """The LP optimum of a 0/1 knapsack: whole items by value per cost, then a fraction."""
    useful = values > 0
    if not useful.any() or budget <= 0:
        return 0.0
    values, costs = values[useful], costs[useful]
    order = np.argsort(-values / costs, kind="stable")
    cum_cost = np.cumsum(costs[order])
    whole = int(np.searchsorted(cum_cost, budget, side="right"))
    total = float(values[order[:whole]].sum())
    if whole < order.size:
        left = budget - (cum_cost[whole - 1] if whole else 0.0)
        total += float(values[order[whole]]) * left / float(costs[order[whole]])
    return total


def _capped_bound(values, costs, areas, room, budget):
    """An upper bound of the knapsack with at most ``room[a]`` items of area a: the
    Lagrangian relaxation of the budget, lam * budget + sum over areas of the ``room`` best
    max(v - lam c, 0), each lam giving a valid bound; taken at a few lam around the plain
    LP's critical value per cost."""
    useful = values > 0
    if not useful.any() or budget <= 0:
        return 0.0
    values, costs, areas = values[useful], costs[useful], areas[useful]
    ratio = values / costs
    order = np.argsort(-ratio, kind="stable")
    critical = int(np.searchsorted(np.cumsum(costs[order]), budget, side="right"))
    lam0 = ratio[order[min(critical, order.size - 1)]]
    lams = lam0 * LAMBDA_STEPS if critical < order.size else np.zeros(1)
    reduced = np.maximum(values[None, :] - lams[:, None] * costs[None, :], 0.0)
    by_area = np.argsort(areas, kind="stable")
    areas_sorted = areas[by_area]
    reduced = reduced[:, by_area]
    # within each area the best first, all lam at once: the area dominates the sort key
    key = areas_sorted[None, :] * (2.0 * reduced.max() + 1.0) - reduced
    reduced = np.take_along_axis(reduced, np.argsort(key, axis=1, kind="stable"), axis=1)
    starts = np.searchsorted(areas_sorted, areas_sorted, side="left")
    kept = (np.arange(areas_sorted.size) - starts) < room[areas_sorted]
    return float(np.min(lams * budget + reduced[:, kept].sum(axis=1)))


def _greedy_start(state, e, w, c, a, clash, budget, min_areas, limit):
    """A first portfolio for the search to beat: applications in order of effect per euro,
    each taken while it fits, its area has room and nothing chosen conflicts with it."""
    chosen = np.zeros(e.size, bool)
    counts = np.zeros(int(a.max()) + 1 if a.size else 0, np.int64)
    left = budget
    for i in np.argsort(-e / c, kind="stable"):
        if (e[i] + w[i, chosen].sum() > 0 and c[i] <= left and counts[a[i]] < limit
                and not (clash[i] & chosen).any()):
            chosen[i] = True
            counts[a[i]] += 1
            left -= c[i]
    if np.count_nonzero(counts) >= min_areas:
        state["best"] = portfolio_value(np.nonzero(chosen)[0], e, w)
        state["chosen"] = chosen


def check_spread(costs, areas, budget, min_areas):
    """Refuse a spread no portfolio can meet, before searching: too few study areas with an
    eligible application, or their cheapest applications together over the budget."""
    areas = np.asarray(areas)
    costs = np.asarray(costs, np.float64)
    present = np.unique(areas)
    if min_areas > present.size:
        raise InputError(
            "MIN_AREAS is {value}, but only {count} study area(s) have an eligible "
            "application. Lower MIN_AREAS to {count} or less, or admit more applications.",
            value=min_areas, count=int(present.size))
    if min_areas > 0:
        cheapest = np.sort([costs[areas == a].min() for a in present])[:min_areas]
        if cheapest.sum() > budget:
            raise InputError(
                "MIN_AREAS is {value}, but the cheapest eligible applications of {value} "
                "different study areas together ask EUR {need:.2f}, more than the BUDGET of "
                "EUR {budget:.2f}. Raise BUDGET or lower MIN_AREAS.",
                value=min_areas, need=float(cheapest.sum()), budget=float(budget))


def choose_portfolio(effects, interactions, costs, areas, budget,
                     min_areas=int(defaults.value("fund", "min_areas")),
                     max_per_area=int(defaults.value("fund", "max_per_area")), conflicts=None,
                     time_limit=None, node_limit=None, feedback=None):
    """The set of applications within ``budget`` with the greatest value (see the module).

    ``effects`` (n,), ``interactions`` (n, n) symmetric with a zero diagonal, ``costs`` (n,)
    all > 0, ``areas`` (n,) the study area of each (any hashable labels). At least
    ``min_areas`` areas get a project; at most ``max_per_area`` (0: no limit) projects per
    area. ``conflicts`` (n, n) bool: pairs that may not both be chosen (they cover the same
    cells). ``time_limit`` (seconds) or ``node_limit`` stop the search early; the result then
    states its gap. Raises InputError when no portfolio meets the spread."""
    feedback = feedback or NullFeedback()
    effects = np.asarray(effects, np.float64)
    n = effects.size
    interactions = np.asarray(interactions, np.float64).reshape(n, n)
    costs = np.asarray(costs, np.float64)
    labels, area = np.unique(np.asarray(areas), return_inverse=True)
    area = area.reshape(-1)
    conflicts = (np.zeros((n, n), bool) if conflicts is None
                 else np.asarray(conflicts, bool).reshape(n, n))
    if n and (costs <= 0).any():
        raise ValueError("every cost must be above 0")
    check_spread(costs, area, budget, min_areas)
    positive = np.maximum(interactions, 0.0)
    optimistic = effects + positive.sum(axis=1)
    order = np.lexsort((np.arange(n), -optimistic / np.maximum(costs, 1e-300)))
    e, w, c, a = effects[order], interactions[np.ix_(order, order)], costs[order], area[order]
    pos, clash = positive[np.ix_(order, order)], conflicts[np.ix_(order, order)]
    n_areas = labels.size
    # half the positive interactions of each application with those decided at depth d
    # or later: a pair both chosen gains w_ij once, half counted with each
    pos_after = np.zeros((n, n + 1))
    pos_after[:, :n] = np.cumsum(pos[:, ::-1], axis=1)[:, ::-1] / 2.0
    # the cheapest application of each area among those at depth d or later
    cheapest_after = np.full((n + 1, n_areas), np.inf)
    for d in range(n - 1, -1, -1):
        cheapest_after[d] = cheapest_after[d + 1]
        cheapest_after[d, a[d]] = min(cheapest_after[d, a[d]], c[d])
    # half the sum of each application's k + 1 best positive interactions, k = 0 .. n - 1
    top_positive = np.zeros((n, max(n, 1)))
    if n:
        top_positive[:, 1:] = np.cumsum(-np.sort(-pos, axis=1), axis=1)[:, :-1] / 2.0
    count_after = np.zeros((n + 1, n_areas), np.int64)
    for d in range(n - 1, -1, -1):
        count_after[d] = count_after[d + 1]
        count_after[d, a[d]] += 1
    limit = max_per_area if max_per_area and max_per_area > 0 else n + 1
    state = {"best": -np.inf, "chosen": None, "nodes": 0, "stopped": False, "open": []}
    started = time.monotonic()
    chosen = np.zeros(n, bool)
    counts = np.zeros(n_areas, np.int64)
    contrib = np.zeros(n)      # sum of w with the chosen applications, per application
    tolerance = 1e-12 * max(1.0, float(np.abs(optimistic).sum()))

    def bound(d, value, left):
        if d == n:
            return value
        rest = slice(d, n)
        # no completion holds more than ``most`` applications, so none of them gains more
        # than half its ``most - 1`` best positive interactions
        most = min(int(np.minimum(limit - counts, count_after[d]).sum()),
                   int(np.searchsorted(np.cumsum(np.sort(c[rest])), left + 1e-9, "right")))
        if most == 0:
            return value
        values = e[rest] + contrib[rest] + np.minimum(pos_after[rest, d],
                                                      top_positive[rest, most - 1])
        # those that can no longer be taken: their area is full, or they conflict
        values[(counts[a[rest]] >= limit) | (clash[rest] & chosen).any(axis=1)] = 0.0
        plain = value + _fractional_knapsack(values, c[rest], left)
        if limit > n or plain <= state["best"] + tolerance:
            return plain
        return min(plain, value + _capped_bound(values, c[rest], a[rest], limit - counts,
                                                left))

    def spread_possible(d, left):
        needed = min_areas - int(np.count_nonzero(counts))
        if needed <= 0:
            return True
        reachable = cheapest_after[d][(counts == 0)]
        reachable = np.sort(reachable[np.isfinite(reachable)])
        return reachable.size >= needed and reachable[:needed].sum() <= left + 1e-9

    def stop_now():
        state["nodes"] += 1
        if node_limit is not None and state["nodes"] > node_limit:
            return True
        if state["nodes"] % CHECK_EVERY:
            return False
        if feedback.isCanceled():
            raise Cancelled()
        return time_limit is not None and time.monotonic() - started > time_limit

    def visit(d, value, left, node_bound):
        if state["stopped"] or stop_now():
            state["stopped"] = True
            state["open"].append(node_bound)
            return
        if d == n:
            if np.count_nonzero(counts) >= min_areas and value > state["best"]:
                state["best"], state["chosen"] = value, chosen.copy()
            return
        branches = []
        if (c[d] <= left + 1e-9 and counts[a[d]] < limit
                and not (clash[d] & chosen).any()):
            branches.append(True)
        branches.append(False)
        for take in branches:
            if take:
                gain = e[d] + contrib[d]
                chosen[d] = True
                counts[a[d]] += 1
                np.add(contrib, w[d], out=contrib)
                child_value, child_left = value + gain, left - c[d]
            else:
                child_value, child_left = value, left
            if spread_possible(d + 1, child_left):
                child_bound = bound(d + 1, child_value, child_left)
                if child_bound > state["best"] + tolerance:
                    if state["stopped"]:
                        state["open"].append(child_bound)
                    else:
                        visit(d + 1, child_value, child_left, child_bound)
            if take:
                chosen[d] = False
                counts[a[d]] -= 1
                np.subtract(contrib, w[d], out=contrib)

    _greedy_start(state, e, w, c, a, clash, float(budget), min_areas, limit)
    visit(0, 0.0, float(budget), bound(0, 0.0, float(budget)) if n else 0.0)
    if state["chosen"] is None:
        if state["stopped"]:
            raise InputError(
                "The search for a portfolio stopped after {nodes} steps before it found one "
                "that meets MIN_AREAS ({value}); allow it more time or lower MIN_AREAS.",
                nodes=state["nodes"], value=min_areas)
        raise InputError(
            "No set of eligible applications within the BUDGET of EUR {budget:.2f} meets "
            "MIN_AREAS ({min_areas}) and MAX_PER_AREA ({max_per_area}). Raise BUDGET or "
            "MAX_PER_AREA, or lower MIN_AREAS.", budget=float(budget), min_areas=min_areas,
            max_per_area=max_per_area)
    selected = sorted(int(order[i]) for i in np.nonzero(state["chosen"])[0])
    best = portfolio_value(selected, effects, interactions)
    upper = max([best] + state["open"])
    return Portfolio(selected, best, upper, not state["stopped"], state["nodes"],
                     float(costs[selected].sum()),
                     sorted({labels[area[i]] for i in selected}, key=str))

"""Hand-computed cases for the pollination engine: kernel, edges, nodata, max over substrates,
and a direct-summation implementation to check the FFT convolution against."""
import math

import numpy as np
import pytest

from zoemzone_plugin.engine.pollination.convolution import (MaskedConvolver, exponential_kernel,
                                                            fast_length)
from zoemzone_plugin.engine.pollination.model import Products, run_pollination
from zoemzone_plugin.engine.pollination.tables import Biophysical, Guild, PollinationTables


def tables(guilds, codes, nesting, floral):
    bio = Biophysical(np.array(codes), {k: np.array(v, float) for k, v in nesting.items()},
                      {k: np.array(v, float) for k, v in floral.items()})
    return PollinationTables(guilds, bio, list(nesting), list(floral), "bio.csv")


def run(landuse, valid, pixel, t):
    out = {}
    run_pollination(np.asarray(landuse), np.asarray(valid), pixel, t,
                    lambda p, k, a: out.__setitem__((p, k), a), want_guild_abundance=True)
    return out


def test_kernel_plus_shape_at_alpha_one_fifth():
    # 5 alpha = 1 pixel: the four neighbours at d = 1 count, the diagonals (d = 1.414) do not
    k = exponential_kernel(0.2)
    e = math.exp(-5.0)
    expected = np.array([[0, e, 0], [e, 1, e], [0, e, 0]]) / (1 + 4 * e)
    np.testing.assert_allclose(k, expected, rtol=1e-12)


def test_kernel_size_sum_and_mass_within_alpha():
    k = exponential_kernel(6.0)
    assert k.shape == (61, 61)
    assert k.sum() == pytest.approx(1.0)
    r = np.hypot(*np.mgrid[-30:31, -30:31])
    # continuous 2-D exponential: mass within m alpha is 1 - (1 + m) e^-m (26 % at m = 1,
    # 59 % at m = 2, 96 % at m = 5); truncation at 5 alpha divides by the 96 %
    for m in (1, 2, 3):
        share = (1 - (1 + m) * math.exp(-m)) / (1 - 6 * math.exp(-5))
        assert k[r <= 6 * m].sum() == pytest.approx(share, abs=0.01)


def test_kernel_equals_invest_kernel_file():
    from conftest import reference
    from zoemzone_plugin.engine.io.gdalio import read_band
    for alpha in (6, 12, 36):
        ref, _, _ = read_band(reference("pollination", "case1", "invest", "intermediate_outputs",
                                        "kernel_%d.000000.tif" % alpha))
        np.testing.assert_allclose(exponential_kernel(float(alpha)), ref, atol=1e-9)


def test_fast_length():
    assert fast_length(1) == 1
    assert fast_length(97) == 100
    assert fast_length(129) == 135
    assert fast_length(1025) == 1080


GROUND = Guild("ground", {"ground": 0.5, "cavity": 1.0}, {"spring": 0.6, "summer": 0.2},
               alpha=2.0, relative_abundance=0.3)


def test_max_over_substrates_not_sum():
    # N(ground) 0.8 x ns 0.5 = 0.4 ; N(cavity) 0.5 x ns 1.0 = 0.5 -> HN = 0.5 (a sum gives 0.9)
    t = tables([GROUND], [7], {"ground": [0.8], "cavity": [0.5]},
               {"spring": [0.3], "summer": [0.6]})
    out = run(np.full((5, 5), 7), np.ones((5, 5), bool), 10.0, t)
    np.testing.assert_allclose(out[(Products.NESTING, "ground")], 0.5, rtol=1e-6)


def test_uniform_landscape_does_not_fade_at_edges_or_holes():
    # fa = 0.75, 0.25 ; FE = 0.3*0.75 + 0.6*0.25 = 0.375 everywhere, also next to edges and holes
    valid = np.ones((5, 5), bool)
    valid[2, 2] = False
    t = tables([GROUND], [7], {"ground": [0.8], "cavity": [0.5]},
               {"spring": [0.3], "summer": [0.6]})
    out = run(np.full((5, 5), 7), valid, 10.0, t)
    fr = out[(Products.FLORAL, "ground")]
    assert np.isnan(fr[2, 2])
    np.testing.assert_allclose(fr[valid], 0.375, rtol=1e-6)
    # one guild: sa = 1, PS = HN x FR ; PA(spring) = FF / FR x PS = 0.3 x 0.75 x 0.5
    np.testing.assert_allclose(out[(Products.SUPPLY, "ground")][valid], 0.5 * 0.375, rtol=1e-6)
    np.testing.assert_allclose(out[(Products.TOTAL_ABUNDANCE, "spring")][valid],
                               0.3 * 0.75 * 0.5, rtol=1e-5)


def test_corner_renormalises_over_cells_inside():
    # alpha 2 m on 10 m cells: alpha_px 0.2, plus-shaped kernel. Corner (0,0) sees itself and
    # two neighbours; the two outside the raster do not count as zero.
    landuse = np.array([[1, 2, 1, 1, 1],
                        [2, 1, 1, 1, 1],
                        [1, 1, 1, 1, 1],
                        [1, 1, 1, 1, 1],
                        [1, 1, 1, 1, 1]])
    t = tables([GROUND], [1, 2], {"ground": [1.0, 1.0], "cavity": [0.0, 0.0]},
               {"spring": [0.0, 0.8], "summer": [0.0, 0.0]})
    out = run(landuse, np.ones((5, 5), bool), 10.0, t)
    e = math.exp(-5.0)
    fe2 = 0.8 * 0.75
    corner = (0.0 + e * fe2 + e * fe2) / (1 + 2 * e)
    edge = (fe2 + e * 0.0 + e * 0.0 + e * 0.0) / (1 + 3 * e)      # cell (0,1)
    fr = out[(Products.FLORAL, "ground")]
    assert fr[0, 0] == pytest.approx(corner, rel=1e-6)
    assert fr[0, 1] == pytest.approx(edge, rel=1e-6)
    assert fr[4, 4] == pytest.approx(0.0, abs=1e-9)


def direct_mean(values, valid, kernel):
    """The masked kernel mean by plain summation: the definition, with no FFT."""
    r = kernel.shape[0] // 2
    rows, cols = values.shape
    out = np.full(values.shape, np.nan)
    for y in range(rows):
        for x in range(cols):
            if not valid[y, x]:
                continue
            num = den = 0.0
            for dy in range(-r, r + 1):
                for dx in range(-r, r + 1):
                    yy, xx = y + dy, x + dx
                    if 0 <= yy < rows and 0 <= xx < cols and valid[yy, xx]:
                        w = kernel[dy + r, dx + r]
                        num += w * values[yy, xx]
                        den += w
            out[y, x] = num / den
    return out


@pytest.mark.parametrize("shape, alpha", [((14, 11), 1.3), ((3, 40), 2.2), ((25, 8), 3.1),
                                          ((9, 9), 4.0)])
def test_fft_masked_mean_equals_direct_summation(shape, alpha):
    """Also where the kernel (up to 41 cells) is wider than the grid: the FFT grid is padded
    by the kernel's radius only (fft_shape), and must still be at least the kernel."""
    rng = np.random.default_rng(3)
    values = rng.uniform(0, 1, shape)
    valid = rng.uniform(0, 1, values.shape) > 0.15
    kernel = exponential_kernel(alpha)
    conv = MaskedConvolver(valid, kernel.shape[0])
    conv.use_kernel(kernel)
    got = conv.mean(np.where(valid, values, 0.0))     # the caller zeroes invalid cells
    want = direct_mean(values, valid, kernel)
    assert got.dtype == np.float32
    np.testing.assert_allclose(got[valid], want[valid], rtol=2e-7, atol=1e-12)


@pytest.mark.parametrize("shape", [(40, 37), (3, 90), (90, 3)])
def test_transforms_on_threads_equal_one_call_to_the_bit(shape, monkeypatch):
    """Chunks of rows and columns on the thread pool are the same 1-D transforms as one
    call: means and correlations are identical, not merely close (tiled runs rely on it)."""
    from zoemzone_plugin.engine.pollination import convolution
    rng = np.random.default_rng(5)
    valid = rng.uniform(0, 1, shape) > 0.1
    values = np.where(valid, rng.uniform(0, 1, shape), 0.0)
    kernel = exponential_kernel(2.2)
    pool, chunks = convolution._pool, []
    if pool is None:
        pytest.skip("one core: no thread pool")

    class CountingPool:
        def submit(self, *args):
            chunks.append(args[1])
            return pool.submit(*args)
    results = []
    for minimum in (10 ** 9, 1):      # one call; then chunks on threads even for tiny arrays
        monkeypatch.setattr(convolution, "MIN_PARALLEL_CELLS", minimum)
        monkeypatch.setattr(convolution, "_pool", CountingPool() if minimum == 1 else pool)
        conv = MaskedConvolver(valid, kernel.shape[0])
        conv.use_kernel(kernel)
        results.append((conv.weight.copy(), conv.correlate(values), conv.mean(values)))
    assert len(chunks) > 8 * 2          # every transform of the second run was split
    for single, threaded in zip(*results):
        np.testing.assert_array_equal(threaded, single)


def test_two_guilds_share_and_abundance_against_direct_model():
    """The whole model recomputed with direct sums on a small random landscape."""
    rng = np.random.default_rng(11)
    landuse = rng.integers(1, 4, (12, 13))
    valid = rng.uniform(0, 1, landuse.shape) > 0.1
    other = Guild("other", {"ground": 0.1, "cavity": 0.9}, {"spring": 0.0, "summer": 1.0},
                  alpha=15.0, relative_abundance=0.1)
    t = tables([GROUND, other], [1, 2, 3],
               {"ground": [0.2, 0.9, 0.4], "cavity": [0.7, 0.1, 0.3]},
               {"spring": [0.1, 0.5, 0.9], "summer": [0.6, 0.2, 0.0]})
    out = run(landuse, valid, 10.0, t)
    idx = landuse - 1
    for guild, sa in ((GROUND, 0.75), (other, 0.25)):
        k = exponential_kernel(guild.alpha / 10.0)
        total = sum(guild.foraging.values())
        ff = {j: np.array(t.biophysical.floral[j])[idx] * guild.foraging[j] / total
              for j in t.seasons}
        hn = np.max([np.array(t.biophysical.nesting[n])[idx] * guild.nesting[n]
                     for n in t.substrates], axis=0)
        fr = direct_mean(sum(ff.values()), valid, k)
        ps = sa * hn * fr
        psm = direct_mean(np.where(valid, ps, 0), valid, k)
        np.testing.assert_allclose(out[(Products.FLORAL, guild.species)][valid], fr[valid],
                                   rtol=1e-5)
        np.testing.assert_allclose(out[(Products.SUPPLY, guild.species)][valid], ps[valid],
                                   rtol=1e-5)
        for j in t.seasons:
            pa = np.where(fr > 0, ff[j] * psm / np.where(fr > 0, fr, 1), 0)
            np.testing.assert_allclose(
                out[(Products.GUILD_ABUNDANCE, (guild.species, j))][valid], pa[valid],
                rtol=1e-5, atol=1e-7)

"""Foraging kernels and the masked FFT convolution the pollination model is built on.

A bee's foraging is an exponential decay of distance (InVEST's kernel). Cells outside the
raster or with nodata land use are unknown, not empty: the convolution renormalises over the
valid cells (a kernel-weighted mean), so a map does not fade towards its edges.

The transforms run on all cores: numpy's FFTs use one, but release the interpreter lock while
they work, so the 1-D transforms of a 2-D one (independent per row, then per column) are
split into chunks done by a pool of threads. Each chunk is the same 1-D transforms as in one
call, so the results are identical to the bit; chunks are a fraction of the array, so the
transient copies stay small.
"""
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

# OMP_NUM_THREADS where set, as numeric libraries read it: Dask sets it to 1 in its workers,
# whose parallelism is the workers themselves (engine/cluster.py).
_OMP = os.environ.get("OMP_NUM_THREADS", "").strip()
THREADS = max(1, min(int(_OMP) if _OMP.isdigit() and int(_OMP) > 0 else os.cpu_count() or 1,
                     8))
CHUNKS_PER_THREAD = 4          # transient memory: one chunk per thread, 1/4 of its share
MIN_PARALLEL_CELLS = 1 << 18   # below this, threads cost more than they save
_pool = ThreadPoolExecutor(THREADS, thread_name_prefix="zoemzone-fft") if THREADS > 1 else None


def _along(transform, array, axis, out_shape, dtype):
    """``transform`` (1-D transforms along ``axis``, applied to a slice of ``array`` across
    the other axis) on all of ``array``: in one call for small arrays, else in chunks on the
    thread pool, each written into its part of the result."""
    across = array.shape[1 - axis]
    cells = int(np.prod(out_shape))
    if _pool is None or cells < MIN_PARALLEL_CELLS or across < 2:
        return transform(array)
    out = np.empty(out_shape, dtype)
    bounds = np.linspace(0, across, min(across, THREADS * CHUNKS_PER_THREAD) + 1).astype(int)

    def one(lo_hi):
        part = (slice(None), slice(*lo_hi)) if axis == 0 else (slice(*lo_hi), slice(None))
        out[part] = transform(array[part])
    for future in [_pool.submit(one, (a, b)) for a, b in zip(bounds[:-1], bounds[1:])]:
        future.result()
    return out


def exponential_kernel(alpha_px):
    """InVEST's kernel: exp(-d/alpha) for pixel distance d <= 5 alpha, summing to 1."""
    radius = int(np.floor(5.0 * alpha_px))
    offsets = np.arange(-radius, radius + 1, dtype=np.float64)
    distance = np.hypot(offsets[:, None], offsets[None, :])
    kernel = np.where(distance <= 5.0 * alpha_px, np.exp(-distance / alpha_px), 0.0)
    return kernel / kernel.sum()


def fast_length(n):
    """The smallest 2^a 3^b 5^c >= n: FFT lengths that pocketfft handles fastest."""
    best = 1 << max(0, int(n - 1).bit_length())
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            p = p35
            while p < n:
                p *= 2
            best = min(best, p)
            p35 *= 3
        p5 *= 5
    return best


def fft_shape(rows, cols, kernel_size):
    """The FFT grid for kernel means of a rows x cols grid with kernels up to
    ``kernel_size`` (odd) cells wide.

    A cyclic convolution of length N equals the linear one wherever the linear result's
    wrapped-around tails miss: those are the R = kernel_size // 2 cells beyond each end, and
    only the grid's own cells are kept, so N >= rows + R suffices (not rows + 2R, what the
    whole linear result needs), and N >= kernel_size for the kernel to fit. Rounded up to a
    fast length: on the province's windows, with R up to 1,000 cells, this is 15-40 % fewer
    cells to transform than padding by 2R.
    """
    radius = kernel_size // 2
    return (fast_length(max(rows + radius, kernel_size)),
            fast_length(max(cols + radius, kernel_size)))


def fft_cells(rows, cols, kernel_size):
    """The cells of ``fft_shape``: what the memory models count per FFT cell."""
    n_rows, n_cols = fft_shape(rows, cols, kernel_size)
    return n_rows * n_cols


class MaskedConvolver:
    """Kernel-weighted means over the valid cells of one grid, for any number of kernels.

    The transform of the valid mask is computed once and shared by all kernels; each kernel's
    transform and its normalising sum W = K * v are computed once and shared by all the layers
    convolved with that kernel (guilds with the same alpha share everything).
    """

    def __init__(self, valid, largest_kernel_size):
        self.valid = valid
        rows, cols = valid.shape
        self.fft_shape = fft_shape(rows, cols, largest_kernel_size)
        self._valid_f = self._forward(valid.astype(np.float64))
        self._kernel_f = None
        self._weight = None
        self._radius = 0

    def _forward(self, array):
        # rows first, then columns: the zero rows of the padding cost no row transforms
        n_rows, n_cols = self.fft_shape
        half = n_cols // 2 + 1
        rows_done = _along(lambda a: np.fft.rfft(a, n_cols, axis=1), array, 1,
                           (array.shape[0], half), np.complex128)
        return _along(lambda a: np.fft.fft(a, n_rows, axis=0), rows_done, 0,
                      (n_rows, half), np.complex128)

    def _inverse(self, spectrum):
        """The part of the linear convolution aligned with the grid (only those rows and
        columns are transformed back)."""
        rows, cols = self.valid.shape
        r = self._radius
        columns_done = _along(lambda a: np.fft.ifft(a, axis=0)[r:r + rows], spectrum, 0,
                              (rows, spectrum.shape[1]), np.complex128)
        return _along(lambda a: np.fft.irfft(a, self.fft_shape[1], axis=1)[:, r:r + cols],
                      columns_done, 1, (rows, cols), np.float64)

    def use_kernel(self, kernel):
        """Switch to ``kernel`` (square, odd size); later ``mean`` calls use it."""
        self._radius = kernel.shape[0] // 2
        self._kernel_f = None       # frees the previous kernel's transform first
        self._kernel_f = self._forward(kernel)
        self._weight = np.ascontiguousarray(self._inverse(self._valid_f * self._kernel_f))

    @property
    def weight(self):
        """W(x) = sum_y K(x-y) v(y) for the current kernel: the renormalising sum."""
        return self._weight

    def correlate(self, values):
        """sum_y K(x-y) f(y) v(y) (float64; the kernel is symmetric, so this is also the
        correlation with K). ``values`` must be 0 at invalid cells."""
        spectrum = self._forward(values)
        spectrum *= self._kernel_f
        return self._inverse(spectrum)

    def mean(self, values):
        """sum_y K(x-y) f(y) v(y) / sum_y K(x-y) v(y) at valid x; 0 elsewhere (float32).

        ``values`` must be 0 at invalid cells."""
        numerator = self.correlate(values)
        out = np.zeros(self.valid.shape, np.float32)
        np.divide(numerator, self._weight, out=out, where=self.valid, casting="unsafe")
        # FFT round-off leaves values of order 1e-17 where the exact result is 0
        np.maximum(out, 0.0, out=out)
        return out

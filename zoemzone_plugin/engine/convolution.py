"""Foraging kernels and the masked FFT convolution the pollination model is built on.

A bee's foraging is an exponential decay of distance (InVEST's kernel). Cells outside the
raster or with nodata land use are unknown, not empty: the convolution renormalises over the
valid cells (a kernel-weighted mean), so a map does not fade towards its edges.
"""
import numpy as np


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


class MaskedConvolver:
    """Kernel-weighted means over the valid cells of one grid, for any number of kernels.

    The transform of the valid mask is computed once and shared by all kernels; each kernel's
    transform and its normalising sum W = K * v are computed once and shared by all the layers
    convolved with that kernel (guilds with the same alpha share everything).
    """

    def __init__(self, valid, largest_kernel_size):
        self.valid = valid
        rows, cols = valid.shape
        self.fft_shape = (fast_length(rows + largest_kernel_size - 1),
                          fast_length(cols + largest_kernel_size - 1))
        self._valid_f = self._forward(valid.astype(np.float64))
        self._kernel_f = None
        self._weight = None
        self._radius = 0

    def _forward(self, array):
        # rows first, then columns: the zero rows of the padding cost no row transforms
        rows_done = np.fft.rfft(array, self.fft_shape[1], axis=1)
        return np.fft.fft(rows_done, self.fft_shape[0], axis=0)

    def _inverse(self, spectrum):
        """The part of the linear convolution aligned with the grid (only those rows and
        columns are transformed back)."""
        rows, cols = self.valid.shape
        r = self._radius
        columns_done = np.fft.ifft(spectrum, axis=0)[r:r + rows]
        return np.fft.irfft(columns_done, self.fft_shape[1], axis=1)[:, r:r + cols]

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

"""Turn grids of network outputs into RGB images (pure NumPy, plus QImage).

Every function keeps the snapshot's grid orientation: row 0 is the *bottom* of
the plane. pyqtgraph's ImageItem draws row 0 at the bottom of an upward y axis,
so the boundary view uses the arrays as they are; only :func:`to_qimage`, which
feeds QPainter (row 0 at the top), flips them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from playground.views.colors import CLASS_RGB, DIVERGING_LUT, NAN_RGB, NEUTRAL_RGB

_NEUTRAL = np.array(NEUTRAL_RGB, dtype=np.float64)
_NAN = np.array(NAN_RGB, dtype=np.uint8)

#: How far a fully confident pixel moves from the neutral toward its class
#: colour. Below 1 so that filled points of the same class stay visible on it.
MAX_STRENGTH = 0.72
#: Strength of every pixel in "discretize" mode: K flat colours.
FLAT_STRENGTH = 0.55
#: In "discretize" mode a thresholded value maps this far from the midpoint
#: of the diverging map (0.5 would be the full end colour).
FLAT_OFFSET = 0.36


def class_confidence_rgb(probs: np.ndarray, discretize: bool = False) -> np.ndarray:
    """Colour each pixel by its most likely class, fading with uncertainty.

    Parameters
    ----------
    probs : ndarray, shape (H, W, K)
        Class probabilities, K ≥ 2.
    discretize : bool
        If True, every pixel gets its argmax class colour at one fixed
        strength, so the image has exactly K colours (plus grey for NaN).

    Returns
    -------
    ndarray, shape (H, W, 3), uint8
        Pixels at full confidence sit :data:`MAX_STRENGTH` of the way from the
        neutral to the class colour; at ``max p = 1/K`` they are neutral.

    Notes
    -----
    Runs for every frame of the boundary view (30 a second), so it works one
    colour channel at a time: its largest temporary is one ``(H, W)`` plane,
    not a handful of ``(H, W, 3)`` float images. That allocates and frees
    0.3 MiB per 100×100 frame instead of 1 MiB (``benchmarks/soak.py --churn``)
    and takes half the time; the pixels are the same to the bit.
    """
    k = probs.shape[-1]
    bad = np.isnan(probs).any(axis=-1)
    any_bad = bool(bad.any())
    clean = np.where(bad[..., None], 0.0, probs) if any_bad else probs
    winner = clean.argmax(axis=-1)
    if discretize:
        strength = np.full(winner.shape, FLAT_STRENGTH)
    else:
        pmax = clean.max(axis=-1)
        # Rescale so chance level (1/K) is 0 and certainty is 1, then ease in,
        # so a near-tie already looks pale rather than half-coloured.
        pmax -= 1.0 / k
        pmax /= 1.0 - 1.0 / k
        np.clip(pmax, 0.0, 1.0, out=pmax)
        strength = np.sqrt(pmax, out=pmax)
        strength *= MAX_STRENGTH
    if k > len(CLASS_RGB):
        winner %= len(CLASS_RGB)
    out = np.empty(winner.shape + (3,), dtype=np.uint8)
    channel = np.empty(winner.shape, dtype=np.result_type(CLASS_RGB, strength))
    for c in range(3):
        np.take(CLASS_RGB[:, c] - _NEUTRAL[c], winner, out=channel)
        channel *= strength
        channel += _NEUTRAL[c]
        np.rint(channel, out=channel)
        out[..., c] = channel
    if any_bad:
        out[bad] = _NAN
    return out


def single_class_rgb(prob: np.ndarray, k: int) -> np.ndarray:
    """One class's probability as neutral -> class colour (an output node).

    Parameters
    ----------
    prob : ndarray, shape (H, W)
        Probability of class ``k``, 0…1.
    k : int
        Class index (chooses the colour).

    Returns
    -------
    ndarray, shape (H, W, 3), uint8
    """
    bad = np.isnan(prob)
    p = np.clip(np.where(bad, 0.0, prob), 0.0, 1.0)
    rgb = _NEUTRAL + (CLASS_RGB[k % len(CLASS_RGB)] - _NEUTRAL) * (0.9 * p)[..., None]
    out = np.round(rgb).astype(np.uint8)
    out[bad] = _NAN
    return out


def diverging_rgb(
    values: np.ndarray,
    lo: float | np.ndarray,
    hi: float | np.ndarray,
    discretize: bool = False,
) -> np.ndarray:
    """Map values onto the orange–neutral–blue map between ``lo`` and ``hi``.

    Parameters
    ----------
    values : ndarray, shape (..., n) or any shape
        Values to colour; NaN becomes grey.
    lo, hi : float or ndarray broadcastable to ``values``
        The values drawn as full orange and full blue; the midpoint is neutral.
        Arrays of shape ``(n,)`` give each last-axis slice its own range.
    discretize : bool
        If True, threshold at the midpoint: two flat colours.

    Returns
    -------
    ndarray, shape ``values.shape + (3,)``, uint8
    """
    bad = np.isnan(values)
    lo = np.asarray(lo, dtype=np.float64)
    span = np.asarray(hi, dtype=np.float64) - lo
    span = np.where(span > 0, span, 1.0)
    t = (np.where(bad, 0.0, values) - lo) / span
    if discretize:
        t = np.where(t >= 0.5, 0.5 + FLAT_OFFSET, 0.5 - FLAT_OFFSET)
    idx = np.clip(t * 255.0 + 0.5, 0, 255).astype(np.uint8)
    out = DIVERGING_LUT[idx]
    out[bad] = _NAN
    return out


def symmetric_levels(values: np.ndarray, axis: tuple[int, ...] | None = None) -> tuple:
    """``(-m, m)`` with ``m`` the largest finite ``|value|`` (at least 1e-9).

    With ``axis`` given, ``m`` is taken per remaining index (e.g. per neuron).
    """
    a = np.abs(values)
    a = np.where(np.isfinite(a), a, 0.0)
    m = np.maximum(a.max(axis=axis) if a.size else 0.0, 1e-9)
    return -m, m


def to_qimage(rgb: np.ndarray) -> tuple[QImage, np.ndarray]:
    """Wrap an RGB array (row 0 = bottom) as a QImage (row 0 = top).

    Parameters
    ----------
    rgb : ndarray, shape (H, W, 3), uint8

    Returns
    -------
    image : QImage
        Shares memory with ``buffer``; keep ``buffer`` alive as long as the
        image is used (QImage does not own foreign memory).
    buffer : ndarray, shape (H, W, 3), uint8
        The flipped, contiguous pixel data.
    """
    buffer = np.ascontiguousarray(rgb[::-1])
    h, w = buffer.shape[:2]
    image = QImage(buffer.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return image, buffer

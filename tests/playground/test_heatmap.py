"""The boundary's colouring: the same pixels as blending whole RGB images, with little churn."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from playground.views.colors import CLASS_RGB, NAN_RGB, NEUTRAL_RGB
from playground.views.heatmap import FLAT_STRENGTH, MAX_STRENGTH, class_confidence_rgb


def blended(probs: np.ndarray, discretize: bool = False) -> np.ndarray:
    """The straightforward way: whole (H, W, 3) float images (what the view used to do)."""
    k = probs.shape[-1]
    bad = np.isnan(probs).any(axis=-1)
    clean = np.where(bad[..., None], 0.0, probs)
    winner = clean.argmax(axis=-1)
    target = CLASS_RGB[winner % len(CLASS_RGB)]
    if discretize:
        strength = np.full(winner.shape, FLAT_STRENGTH)
    else:
        conf = np.clip((clean.max(axis=-1) - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)
        strength = MAX_STRENGTH * np.sqrt(conf)
    neutral = np.array(NEUTRAL_RGB, dtype=np.float64)
    out = np.round(neutral + (target - neutral) * strength[..., None]).astype(np.uint8)
    out[bad] = np.array(NAN_RGB, dtype=np.uint8)
    return out


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("k", [2, 3, 5, 7])
@pytest.mark.parametrize("discretize", [False, True])
def test_the_colours_are_the_same_to_the_bit(dtype, k, discretize):
    rng = np.random.default_rng(k)
    logits = rng.normal(scale=3.0, size=(37, 41, k))
    probs = (np.exp(logits) / np.exp(logits).sum(axis=-1, keepdims=True)).astype(dtype)
    probs[0, 0] = 1.0 / k  # a tie: neutral
    probs[1, :3, 0] = np.nan  # a diverged network's pixels: grey
    probs[2, 2] = np.eye(k, dtype=dtype)[k - 1]  # certain
    got = class_confidence_rgb(probs, discretize)
    assert got.dtype == np.uint8 and got.shape == (37, 41, 3)
    np.testing.assert_array_equal(got, blended(probs, discretize))
    assert tuple(got[1, 0]) == NAN_RGB


def test_a_frame_of_the_boundary_frees_little_memory_again():
    """Every frame colours the map: a few planes of temporaries (~0.3 MiB at 100×100), not 1 MiB."""
    probs = np.random.default_rng(0).dirichlet((1.0, 1.0), size=(100, 100)).astype(np.float32)
    class_confidence_rgb(probs)
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        class_confidence_rgb(probs)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak - start < 400_000, f"{(peak - start) / 1024:.0f} KiB"

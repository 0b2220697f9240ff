"""Checking data before it reaches a network: inputs, class labels, regression targets.

A wrong label does not crash a softmax layer, it quietly picks the wrong
column (or another sample's column) and the loss is a lie. So everything that
takes data from outside (:meth:`Network.loss`, :meth:`Network.evaluate`, the
:class:`~engine.training.Trainer` when it is given data) goes through these
functions first, and a problem becomes a ``ValueError`` in plain words that
names the bad value. The trainer checks its data once, when it receives it,
and its per-step path then skips the checks (they cost more than a tiny
network's step).
"""

from __future__ import annotations

import numpy as np


def _the(which: str, what: str) -> str:
    """``"The training labels"`` / ``"The labels"``."""
    return f"The {which} {what}" if which else f"The {what}"


def check_inputs(x, n_inputs: int, which: str = "") -> np.ndarray:
    """Inputs as a C-contiguous float64 ``(N, n_inputs)`` array of finite numbers.

    Parameters
    ----------
    x : array_like, shape (N, n_inputs)
    n_inputs : int
    which : str
        Which set, for messages (``"training"``, ``"test"`` or ``""``).

    Raises
    ------
    ValueError
        For another shape, or NaN / infinite values (naming the first row).
    """
    try:
        x = np.ascontiguousarray(x, dtype=np.float64)
    except (TypeError, ValueError) as err:
        raise ValueError(f"{_the(which, 'inputs')} must be numbers: {err}") from None
    if x.ndim != 2 or x.shape[1] != n_inputs:
        raise ValueError(f"{_the(which, 'inputs')} must have shape (N, {n_inputs}); got {x.shape}.")
    if not np.isfinite(x).all():  # ~4 us for a 10 000-point grid, 1 us for a minibatch
        row, col = np.argwhere(~np.isfinite(x))[0]
        raise ValueError(
            f"{_the(which, 'inputs')} contain NaN or infinite values "
            f"(the first is {x[row, col]} in row {row}, column {col})."
        )
    return x


def check_targets(t, n: int, n_outputs: int, classification: bool, which: str = "") -> np.ndarray:
    """Labels or targets checked against a network with ``n_outputs`` outputs.

    Parameters
    ----------
    t : array_like
        Classification: labels ``(N,)`` that are whole numbers ``0..K-1``
        (ints, or floats such as ``1.0``), or one-hot / probability rows
        ``(N, K)`` with values in 0..1. Regression: ``(N,)`` when there is one
        output, or ``(N, K)``.
    n : int
        Number of points (rows of the inputs).
    n_outputs : int
        ``K``, the network's output count.
    classification : bool
        Whether the network ends in softmax cross-entropy.
    which : str
        Which set, for messages.

    Returns
    -------
    ndarray
        Classification labels as int64 ``(N,)``, one-hot rows as float64
        ``(N, K)``; regression targets as float64 ``(N, K)``. C-contiguous.

    Raises
    ------
    ValueError
        Naming the first bad label or value and what was expected.
    """
    k = n_outputs
    try:
        t = np.asarray(t)
    except (TypeError, ValueError) as err:
        raise ValueError(f"{_the(which, 'labels')} must be numbers: {err}") from None
    if t.ndim == 0 or len(t) != n:
        got = "a single value" if t.ndim == 0 else f"{len(t)} labels"
        raise ValueError(f"{_the(which, 'set')} needs one label per point: {n} points, {got}.")
    if t.dtype.kind not in "biuf":
        raise ValueError(f"{_the(which, 'labels')} must be numbers; got values of type {t.dtype}.")
    if classification and t.ndim == 1:
        return _class_labels(t, k, which)
    if t.ndim == 1 and (classification or k != 1):
        raise ValueError(f"{_the(which, 'targets')} must have shape (N, {k}); got {t.shape}.")
    if t.ndim not in (1, 2):
        shape = f"(N,) labels 0 to {k - 1} or (N, {k}) one-hot rows" if classification else f"(N, {k})"
        raise ValueError(f"{_the(which, 'targets')} must be {shape}; got shape {t.shape}.")
    t = np.ascontiguousarray(t, dtype=np.float64)
    if t.ndim == 1:
        t = t.reshape(n, 1)
    if t.shape[1] != k:
        if classification:
            raise ValueError(
                f"{_the(which, 'one-hot labels')} must have K = {k} columns, one per class; "
                f"got {t.shape[1]}."
            )
        raise ValueError(f"{_the(which, 'targets')} must have {k} column(s); got {t.shape[1]}.")
    if t.size and not np.all(np.isfinite(t)):
        raise ValueError(f"{_the(which, 'targets')} contain NaN or infinite values.")
    if classification and t.size and (t.min() < 0.0 or t.max() > 1.0):
        raise ValueError(
            f"{_the(which, 'one-hot labels')} must lie between 0 and 1; "
            f"got values from {t.min():g} to {t.max():g}."
        )
    return t


def _class_labels(t: np.ndarray, k: int, which: str) -> np.ndarray:
    """Whole-number labels 0..k-1 as int64 (N,), or a ValueError naming the first bad one."""
    rule = f"{_the(which, 'labels')} must be whole numbers from 0 to {k - 1}"
    if t.size == 0:
        return np.zeros(0, dtype=np.int64)
    if t.dtype.kind == "f":
        whole = np.isfinite(t) & (t == np.round(t))
        if not whole.all():
            bad = t[~whole][0]
            raise ValueError(f"{rule} (this network has K = {k} classes); got {bad:g}.")
    if t.dtype.kind == "b":
        t = t.astype(np.int64)
    if t.min() < 0 or t.max() >= k:
        bad = t[(t < 0) | (t >= k)][0]
        raise ValueError(
            f"{rule}: label {bad:g} is out of range for a network with K = {k} classes."
        )
    return np.ascontiguousarray(t, dtype=np.int64)

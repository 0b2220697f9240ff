"""Save and load a network (and its optimiser) as one file, without pickle.

The file is a zip archive:

``meta.json``
    ``format`` ("nn-playground/network"), ``version`` (1), ``spec`` (the
    :class:`~engine.network.NetworkSpec` dict), ``regularization``, ``reg_rate``,
    ``optimizer`` (null or name, hyperparameters, iterations, list of state
    arrays), ``seed``, ``extra`` (any JSON object the caller wants back) and
    ``dropout_rng`` (the dropout generator's state, so continued training draws
    the same masks).
``params/<name>.npy``
    One float64 array per network parameter (``W1``, ``b1``, ...).
``buffers/<name>.npy``
    Batch-norm running statistics (only with batch norm).
``optimizer/<key>.npy``
    One array per optimiser state entry (``m.W1`` is Adam's first moment of W1).

A file is untrusted input. Loading never unpickles (``allow_pickle=False`` and
the ``.npy`` header is checked before any data is read), checks every JSON field
(:mod:`engine.io_meta`), member name, declared size, CRC, array dtype, shape and
finiteness (:mod:`engine.io_members`), and raises :class:`ModelFileError` naming
the first problem found. Whatever byte of a file is damaged, loading either
raises :class:`ModelFileError` or returns exactly what was saved.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from engine.io_members import (
    MAX_MEMBER_BYTES,
    META,
    ZIP_ERRORS,
    ModelFileError,
    check_members,
    read_array,
)
from engine.io_meta import (
    FORMAT_NAME,
    FORMAT_VERSION,
    check_optimizer_meta,
    check_regularization,
    check_seed_and_extra,
    check_spec,
    dropout_generator,
    is_int,
    optimizer_shapes,
    read_meta,
)
from engine.network import Network
from engine.optimizers import Optimizer, make_optimizer, optimizer_key

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_MEMBER_BYTES",
    "LoadedNetwork",
    "ModelFileError",
    "load_network",
    "save_network",
]

_KIND = {"W": "weight", "b": "bias", "gamma": "batch-norm scale", "beta": "batch-norm shift"}


@dataclass
class LoadedNetwork:
    """What :func:`load_network` gives back."""

    network: Network
    optimizer: Optimizer | None = None
    seed: int | None = None
    extra: dict = field(default_factory=dict)


# -- saving ---------------------------------------------------------------------


def save_network(
    path: str | os.PathLike,
    network: Network,
    optimizer: Optimizer | None = None,
    *,
    seed: int | None = None,
    extra: dict | None = None,
) -> None:
    """Write ``network`` (and ``optimizer``'s state) to ``path`` as one zip file.

    The file is written next to ``path`` under a temporary name and then moved
    over it, so a failed save leaves any existing file untouched.

    Raises
    ------
    ValueError
        If ``seed`` is not a whole number >= 0, ``extra`` is not a JSON object,
        or ``optimizer`` is not one of :data:`~engine.optimizers.OPTIMIZERS`.
    """
    if seed is not None and (not is_int(seed) or seed < 0):
        raise ValueError(f"seed must be a whole number 0 or more, or None; got {seed!r}")
    extra = {} if extra is None else extra
    if not isinstance(extra, dict) or not all(isinstance(k, str) for k in extra):
        raise ValueError("extra must be a dict with string keys")
    arrays = {f"params/{k}.npy": v for k, v in network.get_params().items()}
    arrays.update({f"buffers/{k}.npy": v for k, v in network.get_buffers().items()})
    dropouts = network.dropouts
    meta = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "spec": network.spec.to_dict(),
        "regularization": network.regularization,
        "reg_rate": float(network.reg_rate),
        "optimizer": None,
        "seed": None if seed is None else int(seed),
        "extra": extra,
        "dropout_rng": dropouts[0].rng.bit_generator.state if dropouts else None,
    }
    if optimizer is not None:
        meta["optimizer"], state_arrays = _optimizer_meta(optimizer)
        arrays.update({f"optimizer/{k}.npy": v for k, v in state_arrays.items()})
    try:
        meta_text = json.dumps(meta, indent=1, allow_nan=False)
    except (TypeError, ValueError) as err:
        raise ValueError(f"extra must hold only JSON values (no NaN): {err}") from err
    _write_atomically(Path(path), meta_text, arrays)


def _optimizer_meta(optimizer: Optimizer) -> tuple[dict, dict[str, np.ndarray]]:
    try:
        name = optimizer_key(optimizer)
    except ValueError as err:
        raise ValueError(f"cannot save optimizer {type(optimizer).__name__}: not in OPTIMIZERS") from err
    state = optimizer.state_dict()
    arrays = {k: np.asarray(v, dtype=np.float64) for k, v in state.items() if isinstance(v, np.ndarray)}
    meta = {
        "name": name,
        "hyperparameters": {k: float(state[k]) for k in type(optimizer).defaults},
        "iterations": int(state.get("iterations", 0)),
        "arrays": sorted(arrays),
    }
    return meta, arrays


def _write_atomically(path: Path, meta_text: str, arrays: dict[str, np.ndarray]) -> None:
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(META, meta_text)
                for name, array in arrays.items():
                    buf = io.BytesIO()
                    np.save(buf, np.ascontiguousarray(array, dtype=np.float64), allow_pickle=False)
                    zf.writestr(name, buf.getvalue())
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)  # mkstemp makes it 0600; a saved network is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# -- loading --------------------------------------------------------------------


def load_network(path: str | os.PathLike) -> LoadedNetwork:
    """Read a file written by :func:`save_network`.

    Returns a new network (with regularization, batch-norm statistics and the
    dropout generator restored) and, if one was saved, a new optimiser already
    bound to ``network.params`` with its state, so training continues exactly
    where it stopped.

    Raises
    ------
    ModelFileError
        For anything wrong with the file, with a message naming the problem.
    """
    try:
        f = open(path, "rb")  # closed by the with below, after the zip reader
    except OSError as err:
        raise ModelFileError(f"cannot read {os.fspath(path)!r}: {err.strerror or err}") from err
    with f:
        try:
            zf = zipfile.ZipFile(f)
        except ZIP_ERRORS as err:
            # A damaged end record or central directory lands here, whichever
            # exception the zip reader happens to raise for it.
            raise ModelFileError(
                "not an nn-playground network file (not a zip archive, or the file is truncated or damaged)"
            ) from err
        with zf:
            return _load(zf)


def _load(zf: zipfile.ZipFile) -> LoadedNetwork:
    members = check_members(zf)
    meta = read_meta(zf, members)
    spec = check_spec(meta["spec"])
    regularization, reg_rate = check_regularization(meta)
    seed, extra = check_seed_and_extra(meta)
    opt_meta = check_optimizer_meta(meta["optimizer"])

    network = Network(spec)
    network.regularization, network.reg_rate = regularization, reg_rate
    shapes = {k: v.shape for k, v in network.params.items()}
    buffer_shapes = {k: v.shape for k, v in network.buffers().items()}
    expected = {META} | {f"params/{k}.npy" for k in shapes} | {f"buffers/{k}.npy" for k in buffer_shapes}
    opt_shapes = {}
    if opt_meta is not None:
        opt_shapes = optimizer_shapes(opt_meta, shapes)
        expected |= {f"optimizer/{k}.npy" for k in opt_shapes}
    missing = sorted(expected - members.keys())
    if missing:
        raise ModelFileError(f"the file is incomplete: missing member {', '.join(missing)}")
    unexpected = sorted(members.keys() - expected)
    if unexpected:
        raise ModelFileError(f"unexpected member(s) in the file: {', '.join(unexpected)}")

    params = {k: read_array(zf, members[f"params/{k}.npy"], _describe(k), s) for k, s in shapes.items()}
    network.set_params(params)
    buffers = {k: read_array(zf, members[f"buffers/{k}.npy"], k, s) for k, s in buffer_shapes.items()}
    if any(np.any(v < 0) for k, v in buffers.items() if k.startswith("running_var")):
        raise ModelFileError("a batch-norm running variance has negative values")
    network.set_buffers(buffers)
    rng = dropout_generator(meta["dropout_rng"], bool(network.dropouts))
    if rng is not None:
        for layer in network.dropouts:  # the layers share one generator, as a new network's do
            layer.rng = rng

    optimizer = None
    if opt_meta is not None:
        state = {k: read_array(zf, members[f"optimizer/{k}.npy"], f"optimizer state {k}", s)
                 for k, s in opt_shapes.items()}
        optimizer = _build_optimizer(opt_meta, state, network)
    return LoadedNetwork(network, optimizer, seed, extra)


def _build_optimizer(d: dict, state: dict[str, np.ndarray], network: Network) -> Optimizer:
    try:
        optimizer = make_optimizer(d["name"], **d["hyperparameters"])
        # Bind to the network's live params *before* loading: binding on the
        # first update() would otherwise reset ``iterations`` (Adam's bias
        # correction) after the state was loaded.
        optimizer.bind(network.params)
        optimizer.load_state_dict({**d["hyperparameters"], "iterations": float(d["iterations"]), **state})
    except (ValueError, TypeError) as err:
        raise ModelFileError(f"optimizer {d['name']}: {err}") from err
    return optimizer


def _describe(name: str) -> str:
    """``W2`` -> ``weight W2``, for messages."""
    kind = _KIND.get(name.rstrip("0123456789"), "parameter")
    return f"{kind} {name}"

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
the ``.npy`` header is checked before any data is read), checks every JSON field,
member name, declared size, array dtype, shape and finiteness, and raises
:class:`ModelFileError` naming the first problem found.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from engine.network import REGULARIZATIONS, Network, NetworkSpec
from engine.optimizers import OPTIMIZERS, Optimizer, make_optimizer

FORMAT_NAME = "nn-playground/network"
FORMAT_VERSION = 1
META = "meta.json"
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # refuses zip bombs before inflating anything
MAX_META_BYTES = 1024 * 1024
MAX_LAYERS = 100
MAX_PARAMETERS = 20_000_000  # far beyond any playground network; keeps a bad spec from eating RAM

_FIELDS = ("format", "version", "spec", "regularization", "reg_rate", "optimizer", "seed", "extra", "dropout_rng")
_OPTIMIZER_FIELDS = ("name", "hyperparameters", "iterations", "arrays")
_SAFE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*(/[A-Za-z0-9_][A-Za-z0-9_.\-]*)?")
_KIND = {"W": "weight", "b": "bias", "gamma": "batch-norm scale", "beta": "batch-norm shift"}


class ModelFileError(ValueError):
    """A network file that cannot be loaded; the message names the problem."""


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
    if seed is not None and (not _is_int(seed) or seed < 0):
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
    names = [k for k, cls in OPTIMIZERS.items() if type(optimizer) is cls]
    if not names:
        raise ValueError(f"cannot save optimizer {type(optimizer).__name__}: not in OPTIMIZERS")
    state = optimizer.state_dict()
    arrays = {k: np.asarray(v, dtype=np.float64) for k, v in state.items() if isinstance(v, np.ndarray)}
    meta = {
        "name": names[0],
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
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError) as err:
        raise ModelFileError(
            "not an nn-playground network file (not a zip archive, or the file is truncated)"
        ) from err
    except OSError as err:
        raise ModelFileError(f"cannot read {os.fspath(path)!r}: {err.strerror or err}") from err
    with zf:
        return _load(zf)


def _load(zf: zipfile.ZipFile) -> LoadedNetwork:
    members = _check_members(zf)
    meta = _read_meta(zf, members)
    spec = _check_spec(meta["spec"])
    regularization, reg_rate = _check_regularization(meta)
    seed = meta["seed"]
    if seed is not None and (not _is_int(seed) or seed < 0):
        raise ModelFileError(f"meta.json: seed must be a whole number 0 or more or null; got {seed!r}")
    if not isinstance(meta["extra"], dict):
        raise ModelFileError("meta.json: extra must be a JSON object")
    opt_meta = _check_optimizer_meta(meta["optimizer"])

    network = Network(spec)
    network.regularization, network.reg_rate = regularization, reg_rate
    shapes = {k: v.shape for k, v in network.params.items()}
    buffer_shapes = {k: v.shape for k, v in network.buffers().items()}
    expected = {META} | {f"params/{k}.npy" for k in shapes} | {f"buffers/{k}.npy" for k in buffer_shapes}
    opt_shapes = {}
    if opt_meta is not None:
        opt_shapes = _optimizer_shapes(opt_meta, shapes)
        expected |= {f"optimizer/{k}.npy" for k in opt_shapes}
    missing = sorted(expected - members.keys())
    if missing:
        raise ModelFileError(f"the file is incomplete: missing member {', '.join(missing)}")
    unexpected = sorted(members.keys() - expected)
    if unexpected:
        raise ModelFileError(f"unexpected member(s) in the file: {', '.join(unexpected)}")

    params = {k: _read_array(zf, members[f"params/{k}.npy"], _describe(k), s) for k, s in shapes.items()}
    network.set_params(params)
    buffers = {k: _read_array(zf, members[f"buffers/{k}.npy"], k, s) for k, s in buffer_shapes.items()}
    if any(np.any(v < 0) for k, v in buffers.items() if k.startswith("running_var")):
        raise ModelFileError("a batch-norm running variance has negative values")
    network.set_buffers(buffers)
    _restore_dropout_rng(network, meta["dropout_rng"])

    optimizer = None
    if opt_meta is not None:
        state = {k: _read_array(zf, members[f"optimizer/{k}.npy"], f"optimizer state {k}", s)
                 for k, s in opt_shapes.items()}
        optimizer = _build_optimizer(opt_meta, state, network)
    return LoadedNetwork(network, optimizer, seed, meta["extra"])


def _check_members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    members: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.filename
        if not _SAFE_NAME.fullmatch(name) or ".." in name:
            raise ModelFileError(f"unsafe member name {name!r} in the file (refused)")
        if name in members:
            raise ModelFileError(f"member {name!r} appears twice in the file")
        if info.file_size > MAX_MEMBER_BYTES:
            raise ModelFileError(
                f"member {name!r} declares {info.file_size / 2**20:.0f} MB uncompressed, "
                f"more than the {MAX_MEMBER_BYTES // 2**20} MB limit (refused)"
            )
        members[name] = info
    if META not in members:
        raise ModelFileError("not an nn-playground network file (no meta.json inside)")
    return members


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise ModelFileError(f"member {info.filename!r} is too large ({info.file_size} bytes)")
    try:
        with zf.open(info) as f:
            return f.read(limit + 1)  # the zip reader also stops at the declared size
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as err:
        raise ModelFileError(f"member {info.filename!r} is damaged: {err}") from err


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def _read_meta(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> dict:
    raw = _read_member(zf, members[META], MAX_META_BYTES)
    try:
        meta = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise ModelFileError(f"meta.json is not valid JSON: {err}") from err
    if not isinstance(meta, dict):
        raise ModelFileError("meta.json must hold a JSON object")
    if meta.get("format") != FORMAT_NAME:
        raise ModelFileError(f"not an nn-playground network file (format is {meta.get('format')!r})")
    version = meta.get("version")
    if not _is_int(version) or version < 1:
        raise ModelFileError(f"meta.json: version must be a whole number 1 or more; got {version!r}")
    if version > FORMAT_VERSION:
        raise ModelFileError(
            f"file format version {version} is newer than this app supports ({FORMAT_VERSION})"
        )
    _check_keys("meta.json", meta, _FIELDS)
    return meta


def _check_keys(where: str, d: dict, names: tuple[str, ...]) -> None:
    missing = [k for k in names if k not in d]
    if missing:
        raise ModelFileError(f"{where} is missing field(s): {', '.join(missing)}")
    unknown = sorted(set(d) - set(names))
    if unknown:
        raise ModelFileError(f"{where} has unknown field(s): {', '.join(unknown)}")


def _check_spec(d) -> NetworkSpec:
    if not isinstance(d, dict):
        raise ModelFileError("meta.json: spec must be a JSON object")
    try:
        spec = NetworkSpec.from_dict(d)
    except (ValueError, TypeError) as err:
        raise ModelFileError(f"the network architecture in meta.json is invalid: {err}") from err
    sizes = spec.layer_sizes
    n_params = sum((a + 1) * b for a, b in zip(sizes[:-1], sizes[1:], strict=False))
    if len(sizes) - 1 > MAX_LAYERS or n_params > MAX_PARAMETERS:
        raise ModelFileError(
            f"the architecture is too large to load ({len(sizes) - 1} layers, "
            f"{n_params} weights; limits {MAX_LAYERS} and {MAX_PARAMETERS})"
        )
    return spec


def _check_regularization(meta: dict) -> tuple[str, float]:
    reg, rate = meta["regularization"], meta["reg_rate"]
    if reg not in REGULARIZATIONS:
        raise ModelFileError(f"meta.json: unknown regularization {reg!r}; expected one of {', '.join(REGULARIZATIONS)}")
    if not _is_number(rate) or not 0 <= rate < math.inf:
        raise ModelFileError(f"meta.json: reg_rate must be a number 0 or more; got {rate!r}")
    return reg, float(rate)


def _check_optimizer_meta(d) -> dict | None:
    if d is None:
        return None
    if not isinstance(d, dict):
        raise ModelFileError("meta.json: optimizer must be a JSON object or null")
    _check_keys("meta.json optimizer", d, _OPTIMIZER_FIELDS)
    name = d["name"]
    if not isinstance(name, str) or name not in OPTIMIZERS:
        raise ModelFileError(f"unknown optimizer {name!r}; this app knows {', '.join(OPTIMIZERS)}")
    hyper = d["hyperparameters"]
    allowed = OPTIMIZERS[name].defaults
    if not isinstance(hyper, dict) or set(hyper) != set(allowed):
        raise ModelFileError(f"optimizer {name}: hyperparameters must be exactly {', '.join(allowed)}")
    for k, v in hyper.items():
        if not _is_number(v):
            raise ModelFileError(f"optimizer {name}: {k} must be a number; got {v!r}")
    if not _is_int(d["iterations"]) or d["iterations"] < 0:
        raise ModelFileError(f"optimizer {name}: iterations must be a whole number 0 or more")
    arrays = d["arrays"]
    if not isinstance(arrays, list) or not all(isinstance(a, str) for a in arrays):
        raise ModelFileError(f"optimizer {name}: arrays must be a list of names")
    return d


def _optimizer_shapes(d: dict, shapes: dict[str, tuple]) -> dict[str, tuple]:
    """Expected shape of every optimiser state array: all slots for all params, or none."""
    slots = OPTIMIZERS[d["name"]].slots
    full = {f"{s}.{p}": shape for s in slots for p, shape in shapes.items()}
    listed = d["arrays"]
    if listed and (len(set(listed)) != len(listed) or set(listed) != set(full)):
        raise ModelFileError(
            f"optimizer {d['name']}: its state arrays do not match this network "
            f"(expected {', '.join(sorted(full))}; the file lists {', '.join(listed)})"
        )
    return {k: full[k] for k in listed}


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


def _restore_dropout_rng(network: Network, state) -> None:
    if state is None:
        return
    dropouts = network.dropouts
    if not dropouts:
        raise ModelFileError("meta.json: dropout_rng is given but the network has no dropout")
    if not isinstance(state, dict) or state.get("bit_generator") != "PCG64":
        raise ModelFileError("meta.json: dropout_rng must be the state of a PCG64 generator")
    rng = np.random.Generator(np.random.PCG64())
    try:
        rng.bit_generator.state = state
    except (ValueError, TypeError, KeyError, OverflowError) as err:
        raise ModelFileError(f"meta.json: dropout_rng is not a valid generator state: {err}") from err
    for layer in dropouts:  # the layers share one generator, as a new network's do
        layer.rng = rng


def _read_array(zf: zipfile.ZipFile, info: zipfile.ZipInfo, what: str, shape: tuple) -> np.ndarray:
    """One float64 ``.npy`` member of exactly ``shape`` with only finite values."""
    raw = _read_member(zf, info, MAX_MEMBER_BYTES)
    buf = io.BytesIO(raw)
    # Read the header first so a lying header (object dtype, huge shape) is
    # refused before NumPy allocates or unpickles anything.
    try:
        version = np.lib.format.read_magic(buf)
        if version == (1, 0):
            got_shape, fortran, dtype = np.lib.format.read_array_header_1_0(buf)
        elif version == (2, 0):
            got_shape, fortran, dtype = np.lib.format.read_array_header_2_0(buf)
        else:
            raise ValueError(f"unsupported .npy version {version}")
    except (ValueError, SyntaxError, TypeError, EOFError) as err:
        raise ModelFileError(f"{what} is not a valid .npy array: {err}") from err
    if dtype.hasobject:
        raise ModelFileError(f"{what} holds Python objects; refused (loading it would need pickle)")
    if dtype.kind != "f" or dtype.itemsize != 8:
        raise ModelFileError(f"{what} must hold float64 numbers, not {dtype}")
    if tuple(got_shape) != tuple(shape):
        raise ModelFileError(f"{what} has shape {tuple(got_shape)} but the architecture needs {tuple(shape)}")
    if len(raw) - buf.tell() != 8 * math.prod(shape):
        raise ModelFileError(f"{what} is truncated or has extra bytes")
    try:
        array = np.load(io.BytesIO(raw), allow_pickle=False)
    except (ValueError, OSError, EOFError) as err:  # pragma: no cover - the header was checked
        raise ModelFileError(f"{what} cannot be read: {err}") from err
    if not np.all(np.isfinite(array)):
        raise ModelFileError(f"{what} contains NaN or infinite values")
    return np.ascontiguousarray(array, dtype=np.float64)


def _describe(name: str) -> str:
    """``W2`` -> ``weight W2``, for messages."""
    kind = _KIND.get(name.rstrip("0123456789"), "parameter")
    return f"{kind} {name}"


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)

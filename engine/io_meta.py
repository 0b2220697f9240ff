"""Field-by-field validation of a network file's ``meta.json``.

The JSON is untrusted: every field is checked for presence, type and range
before anything is built from it, and the first problem found becomes a
:class:`~engine.io_members.ModelFileError` that names the field. The fields
themselves are described in :mod:`engine.io`.
"""

from __future__ import annotations

import json
import math
import zipfile

import numpy as np

from engine.io_members import META, ModelFileError, read_member
from engine.network import REGULARIZATIONS, NetworkSpec
from engine.optimizers import OPTIMIZERS

FORMAT_NAME = "nn-playground/network"
FORMAT_VERSION = 1
MAX_META_BYTES = 1024 * 1024
MAX_LAYERS = 100
MAX_PARAMETERS = 20_000_000  # far beyond any playground network; keeps a bad spec from eating RAM

FIELDS = ("format", "version", "spec", "regularization", "reg_rate", "optimizer", "seed", "extra", "dropout_rng")
OPTIMIZER_FIELDS = ("name", "hyperparameters", "iterations", "arrays")


def read_meta(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> dict:
    """``meta.json`` as a dict with exactly :data:`FIELDS`, format and version checked."""
    raw = read_member(zf, members[META], MAX_META_BYTES)
    try:
        meta = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise ModelFileError(f"meta.json is not valid JSON: {err}") from err
    if not isinstance(meta, dict):
        raise ModelFileError("meta.json must hold a JSON object")
    if meta.get("format") != FORMAT_NAME:
        raise ModelFileError(f"not an nn-playground network file (format is {meta.get('format')!r})")
    version = meta.get("version")
    if not is_int(version) or version < 1:
        raise ModelFileError(f"meta.json: version must be a whole number 1 or more; got {version!r}")
    if version > FORMAT_VERSION:
        raise ModelFileError(
            f"file format version {version} is newer than this app supports ({FORMAT_VERSION})"
        )
    check_keys("meta.json", meta, FIELDS)
    return meta


def _reject_constant(name: str):
    # JSON has no NaN or Infinity; Python's json module accepts them unless told not to.
    raise ValueError(f"{name} is not allowed")


def check_keys(where: str, d: dict, names: tuple[str, ...]) -> None:
    """Refuse missing and unknown keys, naming them."""
    missing = [k for k in names if k not in d]
    if missing:
        raise ModelFileError(f"{where} is missing field(s): {', '.join(missing)}")
    unknown = sorted(set(d) - set(names))
    if unknown:
        raise ModelFileError(f"{where} has unknown field(s): {', '.join(unknown)}")


def check_spec(d) -> NetworkSpec:
    """The architecture, validated by :class:`NetworkSpec` and bounded in size."""
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


def check_regularization(meta: dict) -> tuple[str, float]:
    """(regularization name, rate >= 0)."""
    reg, rate = meta["regularization"], meta["reg_rate"]
    if reg not in REGULARIZATIONS:
        raise ModelFileError(f"meta.json: unknown regularization {reg!r}; expected one of {', '.join(REGULARIZATIONS)}")
    if not is_number(rate) or not 0 <= rate < math.inf:
        raise ModelFileError(f"meta.json: reg_rate must be a number 0 or more; got {rate!r}")
    return reg, float(rate)


def check_seed_and_extra(meta: dict) -> tuple[int | None, dict]:
    """(seed, extra): a whole number >= 0 or None, and a JSON object."""
    seed = meta["seed"]
    if seed is not None and (not is_int(seed) or seed < 0):
        raise ModelFileError(f"meta.json: seed must be a whole number 0 or more or null; got {seed!r}")
    if not isinstance(meta["extra"], dict):
        raise ModelFileError("meta.json: extra must be a JSON object")
    return seed, meta["extra"]


def check_optimizer_meta(d) -> dict | None:
    """The ``optimizer`` object (or None): known name, exact hyperparameters, counts."""
    if d is None:
        return None
    if not isinstance(d, dict):
        raise ModelFileError("meta.json: optimizer must be a JSON object or null")
    check_keys("meta.json optimizer", d, OPTIMIZER_FIELDS)
    name = d["name"]
    if not isinstance(name, str) or name not in OPTIMIZERS:
        raise ModelFileError(f"unknown optimizer {name!r}; this app knows {', '.join(OPTIMIZERS)}")
    hyper = d["hyperparameters"]
    allowed = OPTIMIZERS[name].defaults
    if not isinstance(hyper, dict) or set(hyper) != set(allowed):
        raise ModelFileError(f"optimizer {name}: hyperparameters must be exactly {', '.join(allowed)}")
    for k, v in hyper.items():
        if not is_number(v):
            raise ModelFileError(f"optimizer {name}: {k} must be a number; got {v!r}")
    if not is_int(d["iterations"]) or d["iterations"] < 0:
        raise ModelFileError(f"optimizer {name}: iterations must be a whole number 0 or more")
    arrays = d["arrays"]
    if not isinstance(arrays, list) or not all(isinstance(a, str) for a in arrays):
        raise ModelFileError(f"optimizer {name}: arrays must be a list of names")
    return d


def optimizer_shapes(d: dict, shapes: dict[str, tuple]) -> dict[str, tuple]:
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


def dropout_generator(state, has_dropout: bool) -> np.random.Generator | None:
    """The saved dropout generator (None when none was saved).

    The state must be a PCG64 state and the network must have dropout.
    """
    if state is None:
        return None
    if not has_dropout:
        raise ModelFileError("meta.json: dropout_rng is given but the network has no dropout")
    if not isinstance(state, dict) or state.get("bit_generator") != "PCG64":
        raise ModelFileError("meta.json: dropout_rng must be the state of a PCG64 generator")
    rng = np.random.Generator(np.random.PCG64())
    try:
        rng.bit_generator.state = state
    except (ValueError, TypeError, KeyError, OverflowError) as err:
        raise ModelFileError(f"meta.json: dropout_rng is not a valid generator state: {err}") from err
    return rng


def is_int(v) -> bool:
    """A JSON whole number (not a bool)."""
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v) -> bool:
    """A finite JSON number (not a bool)."""
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)

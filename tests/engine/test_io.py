"""Saving and loading a network: exact round trips and refusing every bad file."""

from __future__ import annotations

import io
import json
import os
import struct
import warnings
import zipfile

import numpy as np
import pytest

from engine.io import FORMAT_VERSION, ModelFileError, load_network, save_network
from engine.network import Network, NetworkSpec
from engine.optimizers import OPTIMIZERS, make_optimizer

X = np.random.default_rng(7).normal(size=(12, 2))
T = (X[:, 0] * X[:, 1] > 0).astype(np.int64)


def _train(network, optimizer, steps):
    for _ in range(steps):
        network.loss(X, T)
        network.backward()
        optimizer.update(network.params, network.grads)


def _trained(name="adam", steps=3, **spec_kw):
    network = Network(NetworkSpec(n_inputs=2, **spec_kw))
    optimizer = make_optimizer(name)
    _train(network, optimizer, steps)
    return network, optimizer


def _same_state(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)


# -- round trips ----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_round_trip_then_training_continues_bit_identically(tmp_path, name):
    network, optimizer = _trained(name)
    path = tmp_path / "net.nnp"
    save_network(path, network, optimizer, seed=42)
    loaded = load_network(path)
    assert np.array_equal(loaded.network.predict(X), network.predict(X))
    assert _same_state(loaded.optimizer.state_dict(), optimizer.state_dict())
    assert loaded.seed == 42
    _train(network, optimizer, 4)
    _train(loaded.network, loaded.optimizer, 4)
    assert _same_state(loaded.network.params, network.params)
    assert loaded.optimizer.iterations == optimizer.iterations == 7


def test_round_trip_with_batchnorm_dropout_and_weight_decay(tmp_path):
    network, optimizer = _trained(
        "momentum", hidden=(5, 3), activations=("relu", "sigmoid"), batchnorm=True, dropout=0.3, seed=3
    )
    network.regularization, network.reg_rate = "l2", 0.01
    path = tmp_path / "net.nnp"
    save_network(path, network, optimizer, extra={"dataset": "xor", "noise": 0.1, "features": ["x1"]})
    loaded = load_network(path)
    assert loaded.network.spec == network.spec
    assert (loaded.network.regularization, loaded.network.reg_rate) == ("l2", 0.01)
    assert loaded.extra == {"dataset": "xor", "noise": 0.1, "features": ["x1"]}
    assert loaded.seed is None
    # running statistics restored: evaluation-mode predictions are identical
    assert np.array_equal(loaded.network.predict(X), network.predict(X))
    # dropout generator restored: the same masks are drawn from here on
    _train(network, optimizer, 5)
    _train(loaded.network, loaded.optimizer, 5)
    assert _same_state(loaded.network.params, network.params)


def test_regression_network_without_optimizer(tmp_path):
    network = Network(NetworkSpec(n_inputs=3, hidden=(4,), activations=("tanh",), n_outputs=1, output="mse"))
    path = tmp_path / "reg.nnp"
    save_network(path, network)
    loaded = load_network(path)
    assert loaded.optimizer is None and loaded.extra == {}
    x = np.random.default_rng(0).normal(size=(5, 3))
    assert np.array_equal(loaded.network.predict(x), network.predict(x))


def test_an_unused_optimizer_round_trips_and_trains_identically(tmp_path):
    network = Network(NetworkSpec(n_inputs=2))
    optimizer = make_optimizer("adam", lr=0.05)
    save_network(tmp_path / "n.nnp", network, optimizer)
    loaded = load_network(tmp_path / "n.nnp")
    assert loaded.optimizer.lr == 0.05
    _train(network, optimizer, 3)
    _train(loaded.network, loaded.optimizer, 3)
    assert _same_state(loaded.network.params, network.params)


def test_save_refuses_extra_that_is_not_json(tmp_path):
    network = Network(NetworkSpec(n_inputs=2))
    with pytest.raises(ValueError, match="JSON"):
        save_network(tmp_path / "n.nnp", network, extra={"x": np.arange(3)})
    with pytest.raises(ValueError, match="NaN"):
        save_network(tmp_path / "n.nnp", network, extra={"x": float("nan")})
    assert os.listdir(tmp_path) == []


# -- atomic save ------------------------------------------------------------------


def test_a_failed_save_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "net.nnp"
    old, old_opt = _trained("sgd", seed=1)
    save_network(path, old, old_opt)
    new, new_opt = _trained("sgd", seed=2)
    real_writestr = zipfile.ZipFile.writestr
    calls = []

    def failing_writestr(self, name, data, *a, **kw):
        calls.append(name)
        if len(calls) > 2:
            raise OSError("No space left on device")
        return real_writestr(self, name, data, *a, **kw)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing_writestr)
    with pytest.raises(OSError, match="No space"):
        save_network(path, new, new_opt)
    monkeypatch.undo()
    assert os.listdir(tmp_path) == ["net.nnp"]  # no temp file left behind
    assert np.array_equal(load_network(path).network.params["W1"], old.params["W1"])
    save_network(path, new, new_opt)  # a save that works does replace it
    assert np.array_equal(load_network(path).network.params["W1"], new.params["W1"])


# -- damaged and hostile files ------------------------------------------------------


def _npy(array, allow_pickle=False) -> bytes:
    buf = io.BytesIO()
    np.save(buf, array, allow_pickle=allow_pickle)
    return buf.getvalue()


@pytest.fixture
def saved(tmp_path):
    """A valid file (adam, trained) and its members as a name -> bytes dict."""
    network, optimizer = _trained("adam")
    path = tmp_path / "net.nnp"
    save_network(path, network, optimizer)
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    return path, members


def _rewrite(path, members, compression=zipfile.ZIP_DEFLATED):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are one of the attacks
        with zipfile.ZipFile(path, "w", compression) as zf:
            for name, data in (members.items() if isinstance(members, dict) else members):
                zf.writestr(name, data)


def _meta(members):
    return json.loads(members["meta.json"])


def _with_meta(members, edit):
    meta = _meta(members)
    edit(meta)
    return {**members, "meta.json": json.dumps(meta)}


def _set(*keys_and_value):
    *keys, value = keys_and_value

    def edit(meta):
        d = meta
        for k in keys[:-1]:
            d = d[k]
        if value is _DELETE:
            del d[keys[-1]]
        else:
            d[keys[-1]] = value

    return edit


_DELETE = object()

META_CASES = [
    (_set("version", 7), f"file format version 7 is newer than this app supports ({FORMAT_VERSION})"),
    (_set("version", "1"), "version must be a whole number"),
    (_set("format", "something/else"), "not an nn-playground network file"),
    (_set("seed", _DELETE), "missing field(s): seed"),
    (_set("colour", "red"), "unknown field(s): colour"),
    (_set("spec", "hidden", "4,2"), "architecture in meta.json is invalid"),
    (_set("spec", "n_inputs", 2.5), "architecture in meta.json is invalid"),
    (_set("spec", "activations", ["tanh", "swish"]), "architecture in meta.json is invalid"),
    (_set("spec", "hidden", [5000, 5000]), "too large"),
    (_set("spec", [1, 2]), "spec must be a JSON object"),
    (_set("regularization", "l3"), "unknown regularization 'l3'"),
    (_set("reg_rate", "0.1"), "reg_rate must be a number"),
    (_set("reg_rate", -1), "reg_rate must be a number"),
    (_set("seed", 1.5), "seed must be a whole number"),
    (_set("extra", [1, 2]), "extra must be a JSON object"),
    (_set("optimizer", "name", "adamw"), "unknown optimizer 'adamw'"),
    (_set("optimizer", "hyperparameters", "lr", "fast"), "lr must be a number"),
    (_set("optimizer", "hyperparameters", "lr", -1.0), "lr must be in"),
    (_set("optimizer", "hyperparameters", "beta1", _DELETE), "hyperparameters must be exactly"),
    (_set("optimizer", "iterations", -3), "iterations must be a whole number"),
    (_set("optimizer", "arrays", ["m.W1"]), "do not match this network"),
    (_set("optimizer", 5), "optimizer must be a JSON object"),
    (_set("dropout_rng", {"bit_generator": "PCG64"}), "no dropout"),
]


@pytest.mark.parametrize("edit, words", META_CASES)
def test_bad_meta_fields_are_named(saved, edit, words):
    path, members = saved
    _rewrite(path, _with_meta(members, edit))
    with pytest.raises(ModelFileError) as info:
        load_network(path)
    assert words in str(info.value)


@pytest.mark.parametrize(
    "text, words",
    [
        (b"{not json", "meta.json is not valid JSON"),
        (b"\xff\xfe", "meta.json is not valid JSON"),
        (b'{"format": "nn-playground/network", "version": NaN}', "meta.json is not valid JSON"),
        (b"[1, 2, 3]", "must hold a JSON object"),
    ],
)
def test_unreadable_meta(saved, text, words):
    path, members = saved
    _rewrite(path, {**members, "meta.json": text})
    with pytest.raises(ModelFileError, match=words):
        load_network(path)


W1_SHAPE = (2, 4)
OBJECT_W1 = _npy(np.full(W1_SHAPE, None, dtype=object), allow_pickle=True)
NAN_W1 = _npy(np.where(np.eye(2, 4) > 0, np.nan, 0.5))


@pytest.mark.parametrize(
    "change, words",
    [
        ({"params/W2.npy": _npy(np.zeros((3, 2)))}, "weight W2 has shape (3, 2) but the architecture needs (4, 2)"),
        ({"params/W1.npy": NAN_W1}, "weight W1 contains NaN or infinite values"),
        ({"optimizer/m.b2.npy": _npy(np.array([np.inf, 0.0]))}, "optimizer state m.b2 contains NaN"),
        ({"params/W1.npy": OBJECT_W1}, "refused (loading it would need pickle)"),
        ({"params/b1.npy": _npy(np.zeros(4, dtype=np.int32))}, "bias b1 must hold float64"),
        ({"params/b1.npy": _npy(np.zeros(4))[:-8]}, "bias b1 is truncated"),
        ({"params/b1.npy": b"hello world"}, "bias b1 is not a valid .npy array"),
        ({"optimizer/v.W3.npy": _npy(np.zeros((2, 3)))}, "optimizer state v.W3 has shape (2, 3)"),
        ({"notes.txt": b"hi"}, "unexpected member(s) in the file: notes.txt"),
    ],
)
def test_bad_arrays_and_members_are_named(saved, change, words):
    path, members = saved
    _rewrite(path, {**members, **change})
    with pytest.raises(ModelFileError) as info:
        load_network(path)
    assert words in str(info.value)


def test_object_array_is_refused_even_though_numpy_would_unpickle_it():
    # The attack is real: with allow_pickle=True NumPy would run the pickle.
    assert np.load(io.BytesIO(OBJECT_W1), allow_pickle=True).dtype == object


def test_missing_member(saved):
    path, members = saved
    del members["params/W2.npy"]
    _rewrite(path, members)
    with pytest.raises(ModelFileError, match="missing member params/W2.npy"):
        load_network(path)


@pytest.mark.parametrize("name", ["../evil.npy", "/etc/passwd", "params/../../x.npy", "params\\W1.npy", "a/b/c.npy"])
def test_path_traversal_member_names_are_refused(saved, name):
    path, members = saved
    _rewrite(path, {**members, name: b"x"})
    with pytest.raises(ModelFileError, match="unsafe member name"):
        load_network(path)


def test_duplicate_member_is_refused(saved):
    path, members = saved
    _rewrite(path, [*members.items(), ("params/W1.npy", members["params/W1.npy"])])
    with pytest.raises(ModelFileError, match="appears twice"):
        load_network(path)


def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the central directory so ``member`` claims ``size`` bytes uncompressed."""
    out = bytearray(data)
    pos = out.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = struct.unpack_from("<H", out, pos + 28)[0]
        if out[pos + 46 : pos + 46 + name_len].decode() == member:
            struct.pack_into("<I", out, pos + 24, size)
            return bytes(out)
        pos = out.find(b"PK\x01\x02", pos + 4)
    raise AssertionError(member)


def test_a_huge_declared_size_is_refused_before_reading(saved):
    path, _ = saved
    path.write_bytes(_declare_size(path.read_bytes(), "params/W1.npy", 0x7FFF_FFFF))
    with pytest.raises(ModelFileError, match="more than the 200 MB limit"):
        load_network(path)


def test_a_damaged_member_is_reported(saved):
    path, members = saved
    _rewrite(path, members, compression=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    data[data.rfind(b"\x93NUMPY") + 130] ^= 0xFF  # a byte of array data: the CRC no longer matches
    path.write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match="is damaged"):
        load_network(path)


@pytest.mark.parametrize("keep", [0, 10, 0.5, -1])
def test_truncated_file(saved, keep):
    path, _ = saved
    data = path.read_bytes()
    n = int(len(data) * keep) if isinstance(keep, float) else keep % len(data) if keep < 0 else keep
    path.write_bytes(data[:n])
    with pytest.raises(ModelFileError, match="not a zip archive, or the file is truncated"):
        load_network(path)


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.nnp"
    path.write_bytes(np.random.default_rng(0).bytes(5000))
    with pytest.raises(ModelFileError, match="not an nn-playground network file"):
        load_network(path)


def test_a_zip_that_is_not_a_network(tmp_path):
    path = tmp_path / "other.zip"
    _rewrite(path, {"readme.txt": b"hello"})
    with pytest.raises(ModelFileError, match="no meta.json"):
        load_network(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ModelFileError, match="cannot read"):
        load_network(tmp_path / "absent.nnp")
    with pytest.raises(ModelFileError, match="cannot read"):
        load_network(tmp_path)

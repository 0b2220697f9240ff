"""A damaged network file gives ModelFileError, never another exception or altered numbers.

Flipping one byte of a zip can surface as any of a dozen exception types
(zlib.error, BadZipFile, CRC errors, NotImplementedError for an unknown
compression method, RuntimeError for a flag that now says "encrypted", bz2 or
lzma errors for a method that now names them...). These tests flip bytes at
the places that matter in every member and both directories of a real file.
"""

from __future__ import annotations

import struct

import numpy as np
import pytest

from engine.io import ModelFileError, load_network, save_network
from engine.network import Network, NetworkSpec
from engine.optimizers import make_optimizer

LOCAL = b"PK\x03\x04"
CENTRAL = b"PK\x01\x02"
END = b"PK\x05\x06"

# A byte of each field of a local file header: version, flags, method, CRC,
# compressed size, name and extra-field lengths; then the first name byte.
LOCAL_FIELDS = (4, 6, 8, 14, 18, 26, 28, 30)
# The same for a central directory entry (whose sizes and CRC the reader
# trusts), plus the comment length and the local-header offset.
CENTRAL_FIELDS = (6, 8, 10, 16, 20, 24, 28, 30, 32, 42, 46)


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """A file with every kind of member (params, buffers, optimizer state) and what it holds."""
    x = np.random.default_rng(0).normal(size=(8, 2))
    t = np.arange(8) % 2
    network = Network(NetworkSpec(n_inputs=2, hidden=(3,), activations=("tanh",), batchnorm=True, dropout=0.1))
    optimizer = make_optimizer("momentum")
    for _ in range(2):
        network.loss(x, t)
        network.backward()
        optimizer.update(network.params, network.grads)
    path = tmp_path_factory.mktemp("io") / "net.nnp"
    save_network(path, network, optimizer, seed=5, extra={"note": "x"})
    expected = (network.get_params(), network.get_buffers(), optimizer.state_dict())
    return path.read_bytes(), expected


def _offsets(data: bytes) -> tuple[list[int], list[int]]:
    """Byte offsets worth damaging: (header fields, each member's compressed data).

    The data offsets are the first two and the middle byte of every member's
    deflate stream; its last byte is left out because its spare bits may be
    padding that changes nothing.
    """
    headers, payload = [], []
    pos = data.find(LOCAL)
    while pos >= 0:
        comp_size, _, name_len, extra_len = struct.unpack_from("<IIHH", data, pos + 18)
        start = pos + 30 + name_len + extra_len
        headers += [pos + f for f in LOCAL_FIELDS]
        payload += sorted({start, start + 1, start + comp_size // 2})
        pos = data.find(LOCAL, start + comp_size)
    pos = data.find(CENTRAL)
    while pos >= 0:
        headers += [pos + f for f in CENTRAL_FIELDS]
        pos = data.find(CENTRAL, pos + 46)
    end = data.rfind(END)
    headers += range(end, len(data))  # the end record is short: every byte
    return headers, payload


def _load_or_refuse(path, data: bytes, expected) -> bool:
    """Load ``data``; True if refused with ModelFileError, else check it is exactly ``expected``."""
    path.write_bytes(data)
    try:
        loaded = load_network(path)
    except ModelFileError as err:
        assert str(err)  # a message a user can read
        return True
    # The byte did not matter (a timestamp, say): then nothing may differ.
    params, buffers, opt_state = expected
    got = loaded.network
    assert all(np.array_equal(got.params[k], v) for k, v in params.items())
    assert all(np.array_equal(got.buffers()[k], v) for k, v in buffers.items())
    state = loaded.optimizer.state_dict()
    assert all(np.array_equal(state[k], v) for k, v in opt_state.items())
    assert (loaded.seed, loaded.extra) == (5, {"note": "x"})
    return False


def test_every_damaged_header_field_gives_model_file_error_or_changes_nothing(saved, tmp_path):
    data, expected = saved
    headers, _ = _offsets(data)
    assert len(headers) > 15 * (len(LOCAL_FIELDS) + len(CENTRAL_FIELDS))  # all 15 members found
    refused = 0
    for i, offset in enumerate(headers):
        damaged = bytearray(data)
        damaged[offset] ^= (0xFF, 0x01, 0x80)[i % 3]
        refused += _load_or_refuse(tmp_path / "bad.nnp", bytes(damaged), expected)
    # Many header bytes are read (the rest, such as the local copies of the
    # sizes, are not, and _load_or_refuse proved they changed nothing).
    assert refused > len(headers) // 3


def test_damaged_compressed_data_of_every_member_is_refused(saved, tmp_path):
    data, expected = saved
    _, payload = _offsets(data)
    for i, offset in enumerate(payload):
        damaged = bytearray(data)
        damaged[offset] ^= (0xFF, 0x01, 0x80)[i % 3]
        assert _load_or_refuse(tmp_path / "bad.nnp", bytes(damaged), expected), offset


def _set_u16(data: bytes, pos: int, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into("<H", out, pos, value)
    return bytes(out)


@pytest.mark.parametrize(
    "method, meaning",
    [(12, "bzip2"), (14, "lzma"), (9, "deflate64"), (99, "AES"), (0, "stored")],
)
@pytest.mark.parametrize("member", [0, 1, -1])  # meta.json, the first and the last array
def test_a_compression_method_changed_to_another_is_refused(saved, tmp_path, method, meaning, member):
    data, expected = saved
    locals_ = [i for i in range(len(data)) if data.startswith(LOCAL, i)]
    centrals = [i for i in range(len(data)) if data.startswith(CENTRAL, i)]
    # Both copies of the method field: the reader takes the central one and
    # compares names, not methods, with the local header.
    damaged = _set_u16(_set_u16(data, locals_[member] + 8, method), centrals[member] + 10, method)
    assert _load_or_refuse(tmp_path / "bad.nnp", damaged, expected), meaning


@pytest.mark.parametrize("member", [0, 3])
def test_a_member_flagged_as_encrypted_is_refused(saved, tmp_path, member):
    data, expected = saved
    centrals = [i for i in range(len(data)) if data.startswith(CENTRAL, i)]
    flags = struct.unpack_from("<H", data, centrals[member] + 8)[0]
    damaged = _set_u16(data, centrals[member] + 8, flags | 0x1)
    (tmp_path / "bad.nnp").write_bytes(damaged)
    with pytest.raises(ModelFileError, match="is damaged"):
        load_network(tmp_path / "bad.nnp")


def test_any_damaged_byte_of_meta_json_is_refused_or_harmless(saved, tmp_path):
    # meta.json drives everything else: damage any byte of its compressed form.
    data, expected = saved
    comp_size, _, name_len, extra_len = struct.unpack_from("<IIHH", data, 18)
    start = 30 + name_len + extra_len
    refused = sum(
        _load_or_refuse(tmp_path / "bad.nnp", data[:i] + bytes([data[i] ^ 0x55]) + data[i + 1 :], expected)
        for i in range(start, start + comp_size)
    )
    assert refused >= comp_size - 2  # only the stream's final padding bits may not matter

"""Reading the members of an untrusted network file: zip entries and ``.npy`` arrays.

Everything that touches the bytes of the archive lives here, and every way
those bytes can be wrong becomes a :class:`ModelFileError` naming the member.
A damaged zip is not one kind of error: :mod:`zipfile` and the decompressors
behind it raise a zoo of exception types depending on which byte went bad
(see :data:`ZIP_ERRORS`), and a user who opens a broken file should see one
sentence, not a traceback.
"""

from __future__ import annotations

import io
import math
import re
import struct
import zipfile
import zlib

import numpy as np

try:  # Python may be built without lzma; zipfile then cannot inflate it either
    from lzma import LZMAError
except ImportError:  # pragma: no cover
    LZMAError = zlib.error

META = "meta.json"
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # refuses zip bombs before inflating anything

#: What :mod:`zipfile` raises for a damaged archive, found by flipping every
#: byte of a saved file (tests/engine/test_io_corruption.py): a bad central
#: directory or CRC (BadZipFile), a damaged deflate stream (zlib.error), a
#: flipped compression method that now names bzip2 (OSError, EOFError) or
#: lzma (LZMAError), an unknown method (NotImplementedError), a flipped
#: "encrypted" flag (RuntimeError: password required), a name that is not
#: valid UTF-8 (UnicodeDecodeError, a ValueError) and short headers (struct.error).
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    LZMAError,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    struct.error,
)

_SAFE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*(/[A-Za-z0-9_][A-Za-z0-9_.\-]*)?")


class ModelFileError(ValueError):
    """A network file that cannot be loaded; the message names the problem."""


def check_members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Name -> entry for every member, after refusing unsafe, repeated or huge ones.

    Raises
    ------
    ModelFileError
        For a name that could escape a folder, a name seen twice, a declared
        size above :data:`MAX_MEMBER_BYTES`, or no ``meta.json``.
    """
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


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The uncompressed bytes of one member, at most ``limit`` (+1, to notice more).

    The zip reader checks the CRC when it reaches the declared end, so a
    damaged member fails here rather than passing on altered numbers.
    """
    if info.file_size > limit:
        raise ModelFileError(f"member {info.filename!r} is too large ({info.file_size} bytes)")
    try:
        with zf.open(info) as f:
            return f.read(limit + 1)  # the zip reader also stops at the declared size
    except ZIP_ERRORS as err:
        raise ModelFileError(f"member {info.filename!r} is damaged ({_plain(err)})") from err


def read_array(zf: zipfile.ZipFile, info: zipfile.ZipInfo, what: str, shape: tuple) -> np.ndarray:
    """One float64 ``.npy`` member of exactly ``shape`` with only finite values.

    Parameters
    ----------
    what : str
        How messages name the array, e.g. ``"weight W1"``.
    shape : tuple of int
        The shape the architecture needs.

    Returns
    -------
    ndarray of ``shape``, float64, C-contiguous, a new array.
    """
    raw = read_member(zf, info, MAX_MEMBER_BYTES)
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


def _plain(err: BaseException) -> str:
    """A short reason for a message; some decompressor errors have empty text."""
    text = str(err).strip()
    return text or type(err).__name__

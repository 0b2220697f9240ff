"""The user's own data: CSV files of ``x1, x2, label`` and points drawn on the plane.

Everything a user supplies is validated here, and every problem becomes a
:class:`DataError` whose message names the line (as a text editor numbers it,
from 1) or the point, and says what is wrong in plain words, so the GUI can
show it unchanged and keep the current session.

File format
-----------
Comma separated, three columns ``x1, x2, label``. An optional header row names
them (any letter case, any order). Blank lines and lines starting with ``#``
are skipped. Labels that are all whole numbers make a classification set of
2..5 classes, renumbered ``0..K-1`` in sorted order (so -1/+1 becomes 0/1 and
3/7 becomes 0/1); otherwise the labels are regression targets.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from typing import IO

import numpy as np

COLUMNS = ("x1", "x2", "label")
MAX_ROWS = 100_000
#: Larger coordinates are almost surely a unit or column mistake, and overflow
#: the squared features.
MAX_ABS_VALUE = 1e6
MAX_CLASSES = 5


class DataError(ValueError):
    """User data that cannot be used; the message is meant for the user."""


# ------------------------------------------------------------------------ reading


def load_csv(source: str | os.PathLike | IO) -> tuple[np.ndarray, np.ndarray, str]:
    """Read a CSV file of points.

    Parameters
    ----------
    source : path or open file
        A file name, or a text or binary stream (read to its end, not closed).

    Returns
    -------
    x : ndarray, shape (N, 2), float64
    t : ndarray, shape (N,)
        int64 classes ``0..K-1`` for classification, float64 otherwise.
    kind : str
        ``"classification"`` or ``"regression"``.

    Raises
    ------
    DataError
        When the file is missing, unreadable or not UTF-8, or any row is wrong.
    """
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        try:
            with open(path, "rb") as stream:
                return _parse(_decoded_lines(stream, path))
        except FileNotFoundError:
            raise DataError(f"file not found: {path}") from None
        except IsADirectoryError:
            raise DataError(f"{path} is a folder, not a CSV file") from None
        except PermissionError:
            raise DataError(f"cannot read {path}: permission denied") from None
        except OSError as exc:
            raise DataError(f"cannot read {path}: {exc.strerror or exc}") from None
    return _parse(_decoded_lines(source, "the file"))


def _decoded_lines(stream: IO, name: str) -> Iterator[tuple[int, str]]:
    """Yield ``(line number, text)``, decoding bytes as UTF-8 line by line."""
    lines = iter(stream)
    lineno = 0
    while True:
        lineno += 1
        try:
            raw = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError:
            # A text stream decodes in blocks, so the line number would be a guess.
            raise DataError(f"{name} is not UTF-8 text; save it as CSV (UTF-8)") from None
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise DataError(
                    f"line {lineno}: {name} is not UTF-8 text; save it as CSV (UTF-8)"
                ) from None
        if lineno == 1:
            raw = raw.removeprefix("\ufeff")  # spreadsheet programs add a BOM
        yield lineno, raw


def _parse(lines: Iterable[tuple[int, str]]) -> tuple[np.ndarray, np.ndarray, str]:
    order = (0, 1, 2)  # file column holding x1, x2, label
    header_possible = True
    rows: list[tuple[float, float, float]] = []
    linenos: list[int] = []
    for lineno, raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip().strip("\"'").strip() for f in line.split(",")]
        if len(fields) == 1 and (";" in line or "\t" in line):
            raise DataError(_column_count_message(lineno, line, 1))
        if header_possible and _is_header(fields):
            order = _header_order(fields, lineno)
            header_possible = False
            continue
        header_possible = False
        if len(fields) != 3:
            raise DataError(_column_count_message(lineno, line, len(fields)))
        if len(rows) >= MAX_ROWS:
            raise DataError(
                f"line {lineno}: the file has more than {MAX_ROWS:,} data rows; "
                "use a smaller sample"
            )
        values = [
            _number(fields[order[c]], f"line {lineno}, column {order[c] + 1} ({COLUMNS[c]})")
            for c in range(3)
        ]
        rows.append((values[0], values[1], values[2]))
        linenos.append(lineno)
    if not rows:
        raise DataError("the file has no data rows (expected lines like 1.5,-0.3,1)")
    data = np.array(rows, dtype=np.float64)
    x, labels = np.ascontiguousarray(data[:, :2]), data[:, 2]
    if _all_whole(labels):
        return x, _renumber_classes(labels, linenos), "classification"
    return x, labels.copy(), "regression"


def _is_header(fields: list[str]) -> bool:
    """A row is a header when it has letters and none of its fields reads as a number."""
    if not any(ch.isalpha() for f in fields for ch in f):
        return False
    for f in fields:
        try:
            float(f)
        except ValueError:
            continue
        return False
    return True


def _header_order(fields: list[str], lineno: int) -> tuple[int, int, int]:
    names = [f.lower() for f in fields]
    if sorted(names) != sorted(COLUMNS):
        raise DataError(
            f"line {lineno}: the header must name the columns x1, x2, label; "
            f"found {', '.join(fields)}"
        )
    return (names.index("x1"), names.index("x2"), names.index("label"))


def _column_count_message(lineno: int, line: str, found: int) -> str:
    msg = f"line {lineno}: expected 3 values (x1, x2, label) separated by commas, found {found}"
    if found == 1:
        for sep, name in ((";", "semicolons"), ("\t", "tabs")):
            if sep in line:
                return f"{msg}; the values seem to be separated by {name}"
    return msg


def _number(text: str, where: str) -> float:
    if not text:
        raise DataError(f"{where}: the value is missing")
    try:
        value = float(text)
    except ValueError:
        raise DataError(f"{where}: {text!r} is not a number") from None
    _check_value(value, text, where)
    return value


def _check_value(value: float, text: str, where: str) -> None:
    if not np.isfinite(value):
        raise DataError(f"{where}: {text!r} is not a finite number (NaN or infinity)")
    if abs(value) > MAX_ABS_VALUE:
        raise DataError(
            f"{where}: {text} is too large; values must lie within ±{MAX_ABS_VALUE:,.0f}"
        )


def _all_whole(labels: np.ndarray) -> bool:
    return bool(np.all(labels == np.round(labels)))


def _renumber_classes(labels: np.ndarray, linenos: list[int]) -> np.ndarray:
    classes = np.unique(labels)
    if classes.size < 2:
        raise DataError(
            f"every row has the label {labels[0]:g}; classification needs at least 2 classes"
        )
    if classes.size > MAX_CLASSES:
        seen: set[float] = set()
        for value, lineno in zip(labels, linenos, strict=True):
            seen.add(float(value))
            if len(seen) > MAX_CLASSES:
                raise DataError(
                    f"line {lineno}: label {value:g} makes a {len(seen)}th class; at most "
                    f"{MAX_CLASSES} classes are supported (for regression, use labels that "
                    "are not all whole numbers)"
                )
    return np.searchsorted(classes, labels).astype(np.int64)


# ------------------------------------------------------------------- drawn points


def points_to_arrays(points: Iterable) -> tuple[np.ndarray, np.ndarray]:
    """Turn user points ``(x1, x2, label)`` into arrays, with the CSV checks.

    Whole-number labels are class numbers and are kept as they are (the GUI's
    class colours depend on them), so they must lie in ``0..4`` and at least two
    different classes are needed; any other labels are regression targets.

    Returns
    -------
    x : ndarray, shape (N, 2), float64
    t : ndarray, shape (N,)
        int64 classes or float64 targets; tell them apart by ``t.dtype``.

    Raises
    ------
    DataError
        Naming the point (counted from 1) and the problem.
    """
    rows: list[tuple[float, float, float]] = []
    for number, point in enumerate(points, start=1):
        if number > MAX_ROWS:
            raise DataError(f"point {number}: more than {MAX_ROWS:,} points")
        try:
            fields = tuple(point)
        except TypeError:
            raise DataError(f"point {number}: expected (x1, x2, label), got {point!r}") from None
        if len(fields) != 3:
            raise DataError(
                f"point {number}: expected 3 values (x1, x2, label), found {len(fields)}"
            )
        values = []
        for name, v in zip(COLUMNS, fields, strict=True):
            where = f"point {number}, {name}"
            try:
                value = float(v)
            except (TypeError, ValueError):
                raise DataError(f"{where}: {v!r} is not a number") from None
            _check_value(value, repr(v), where)
            values.append(value)
        rows.append((values[0], values[1], values[2]))
    if not rows:
        raise DataError("there are no points yet")
    data = np.array(rows, dtype=np.float64)
    x, labels = np.ascontiguousarray(data[:, :2]), data[:, 2]
    if not _all_whole(labels):
        return x, labels.copy()
    bad = np.flatnonzero((labels < 0) | (labels >= MAX_CLASSES))
    if bad.size:
        i = int(bad[0])
        raise DataError(
            f"point {i + 1}: class {labels[i]:g} is outside 0…{MAX_CLASSES - 1}"
        )
    if np.unique(labels).size < 2:
        raise DataError(
            f"every point has class {labels[0]:g}; add points of at least one other class"
        )
    return x, labels.astype(np.int64)


# ------------------------------------------------------------------------ writing


def save_csv(dest: str | os.PathLike | IO, x: np.ndarray, t: np.ndarray) -> None:
    """Write points as CSV with a header, readable by :func:`load_csv`.

    Integer labels are written as integers and floats in their shortest exact
    form, so a load gives back the same arrays (a regression set whose targets
    all happen to be whole numbers reloads as classification).

    Parameters
    ----------
    dest : path or text stream
    x : ndarray, shape (N, 2)
    t : ndarray, shape (N,)

    Raises
    ------
    ValueError
        When the shapes do not match.
    DataError
        When the file cannot be written.
    """
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t)
    if x.ndim != 2 or x.shape[1] != 2 or t.shape != (x.shape[0],):
        raise ValueError(f"expected x (N, 2) and t (N,), got {x.shape} and {t.shape}")
    buffer = io.StringIO()
    buffer.write(",".join(COLUMNS) + "\n")
    as_int = np.issubdtype(t.dtype, np.integer) or t.dtype == np.bool_
    for (a, b), label in zip(x.tolist(), t.tolist(), strict=True):
        shown = str(int(label)) if as_int else repr(float(label))
        buffer.write(f"{a!r},{b!r},{shown}\n")
    text = buffer.getvalue()
    if not isinstance(dest, (str, os.PathLike)):
        dest.write(text)
        return
    path = os.fspath(dest)
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    except OSError as exc:
        raise DataError(f"cannot write {path}: {exc.strerror or exc}") from None


def data_extent(x: np.ndarray, margin: float = 0.1) -> tuple[float, float, float, float]:
    """A square plane around the points, with ``margin`` of the span added per side.

    Square so that circles in the data look round on a square plot; never
    degenerate (a single point gets a plane of width 2 around it).

    Parameters
    ----------
    x : ndarray, shape (N, 2), N >= 1

    Returns
    -------
    (xmin, xmax, ymin, ymax)
    """
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] != 2 or x.shape[0] == 0:
        raise ValueError(f"expected points of shape (N, 2) with N >= 1, got {x.shape}")
    lo, hi = x.min(axis=0), x.max(axis=0)
    centre = (lo + hi) / 2.0
    half = max(float(np.max(hi - lo)) / 2.0 * (1.0 + 2.0 * margin), 1.0)
    return (
        float(centre[0] - half), float(centre[0] + half),
        float(centre[1] - half), float(centre[1] + half),
    )

"""Strict JSON reading for the files a learner hands us (setups, presets, lessons).

Stricter than :func:`json.loads` in the two ways a hand-edited file needs:
the text must be UTF-8, and a key given twice in one object is refused rather
than silently resolved (which of the two values wins is a parser's whim). A
refusal names the line and column, in words a learner can act on.
"""

from __future__ import annotations

import json

from playground.settings import TranslatableError


class JsonTextError(TranslatableError):
    """The text is not JSON we accept; ``str(exc)`` is the English message."""

    context = "json"


def short_json(value) -> str:
    """``value`` as JSON, cut short: a message never quotes a whole file back."""
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= 40 else text[:39] + "…"


def decode_text(data: str | bytes) -> str:
    """``data`` as text: bytes are decoded as UTF-8 (a refusal names the problem)."""
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise JsonTextError("it is not UTF-8 text") from None


def parse_json_text(text: str | bytes):
    """The value of the JSON ``text``, keys given twice refused.

    Raises
    ------
    JsonTextError
        Not UTF-8, not JSON (naming line and column), nested deeper than
        Python's parser can follow, or a repeated key.
    """
    try:
        return json.loads(decode_text(text), object_pairs_hook=_no_repeated_keys)
    except json.JSONDecodeError as exc:
        raise JsonTextError("line {line}, column {column}: not valid JSON ({reason})",
                            line=exc.lineno, column=exc.colno, reason=exc.msg) from None
    except RecursionError:
        # Thousands of nested brackets: no file of ours nests more than a few levels.
        raise JsonTextError("its lists or objects are nested too deeply") from None


def _no_repeated_keys(pairs: list[tuple[str, object]]) -> dict:
    seen: dict = {}
    for key, value in pairs:
        if key in seen:
            # Which value would win is a JSON parser's whim: refuse, do not guess.
            raise JsonTextError("{key} is given twice in one object", key=json.dumps(key))
        seen[key] = value
    return seen

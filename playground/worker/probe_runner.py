"""Runs the probes that visible views asked for, in the training process.

A view's request arrives as ``SetProbe(key, name, params)`` and stays until
``DropProbe(key)`` (the view was hidden). When the worker builds a frame it
asks :meth:`ProbeRunner.due_results` for the probes that must be recomputed:

* a new request, or new parameters for one: always;
* the network changed (a step, an edit, a rebuild: ``session.version``): at
  once while paused, and while training at most ``REFRESH_HZ`` times a second
  (the probe module's own limit; every frame if it has none);
* nothing changed: not at all; the view keeps showing the last result.

Nothing is computed for a view nobody sees, because hidden views drop their
requests. A probe that raises is reported with :class:`ProbeFailure` in its
place; the others and training go on.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field

from playground import probes


@dataclass(frozen=True)
class ProbeFailure:
    """Stands in for a result the probe could not compute; ``detail`` is for the log."""

    name: str
    detail: str


@dataclass
class _Request:
    name: str
    params: dict
    compute: object
    refresh_hz: float | None
    version: object = None
    computed_at: float = field(default=-1e9)


class ProbeRunner:
    """The probe requests of one worker and when each was last computed."""

    def __init__(self) -> None:
        self._requests: dict[str, _Request] = {}

    def __len__(self) -> int:
        return len(self._requests)

    def keys(self) -> tuple[str, ...]:
        return tuple(self._requests)

    def set(self, key: str, name: str, params: dict) -> None:
        """Add or replace the request under ``key``; it is computed with the next frame.

        Raises
        ------
        ValueError
            If there is no probe called ``name``.
        """
        old = self._requests.get(key)
        if old is not None and old.name == name and old.params == params:
            return
        module = probes.load(name)
        self._requests[key] = _Request(
            name=name, params=dict(params), compute=module.compute,
            refresh_hz=getattr(module, "REFRESH_HZ", None),
        )

    def drop(self, key: str) -> None:
        self._requests.pop(key, None)

    def has_due(self, session, playing: bool, now: float | None = None) -> bool:
        """Whether some request would be recomputed by :meth:`due_results` now."""
        now = time.perf_counter() if now is None else now
        version = session.version
        return any(self._is_due(r, version, playing, now) for r in self._requests.values())

    def due_results(self, session, playing: bool, now: float | None = None) -> dict:
        """Compute every due request on ``session``; ``{key: result or ProbeFailure}``."""
        now = time.perf_counter() if now is None else now
        version = session.version
        results = {}
        for key, request in self._requests.items():
            if not self._is_due(request, version, playing, now):
                continue
            try:
                results[key] = request.compute(session, request.params)
            except Exception as exc:  # one bad probe must not stop training or the others
                detail = "".join(traceback.format_exception(exc))
                results[key] = ProbeFailure(request.name, detail)
            request.version = version
            request.computed_at = now
        return results

    @staticmethod
    def _is_due(request: _Request, version, playing: bool, now: float) -> bool:
        if request.version is None:
            return True  # new, or new parameters
        if request.version == version:
            return False
        if playing and request.refresh_hz:
            return now - request.computed_at >= 1.0 / request.refresh_hz
        return True

"""The messages between the window and its training process, as types.

Each side keeps a table from message type to handler (``dispatch``), so a
message that one side sends and the other does not know is a loud error in
tests, not a silently ignored string. The pipe pickles these dataclasses; it
joins two processes of this app started together, never a file a user opens,
so the "no pickle" rule (about files) holds.

GUI → worker: :class:`ApplySettings`, :class:`Play`, :class:`Pause`,
:class:`Step`, :class:`StepEpoch`, :class:`Reset`, :class:`EditParam`, :class:`Credit`,
:class:`SetProbe`, :class:`DropProbe`, :class:`Quit`.

Worker → GUI: :class:`BuildReady`, :class:`FrameReady`, :class:`Refused`,
:class:`Failed`, :class:`Heartbeat`, :class:`Bye`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from playground.frame import Build, Frame
from playground.settings import Settings

# ---------------------------------------------------------------- GUI → worker


@dataclass(frozen=True)
class ApplySettings:
    """Move to these settings: a reset, new data or a live change (the session decides)."""

    settings: Settings


@dataclass(frozen=True)
class Play:
    """Train continuously at the settings' speed."""


@dataclass(frozen=True)
class Pause:
    """Stop training; the weights stay."""


@dataclass(frozen=True)
class Step:
    """Run ``n`` minibatch steps, then publish."""

    n: int = 1


@dataclass(frozen=True)
class StepEpoch:
    """Run to the end of the current epoch (or one whole epoch), then publish."""


@dataclass(frozen=True)
class Reset:
    """Rebuild from the current settings (the GUI sends a new init seed for new weights)."""


@dataclass(frozen=True)
class EditParam:
    """Set one weight or bias: ``network.params[name][index] = value`` (between two steps).

    ``build_id`` is the build the learner edited; the worker drops an edit of a
    network it has rebuilt since (the edit raced a change of layers or a Reset).
    """

    name: str
    index: tuple[int, ...]
    value: float
    build_id: int


@dataclass(frozen=True)
class Credit:
    """The GUI showed a frame and can take another."""


@dataclass(frozen=True)
class SetProbe:
    """Compute probe ``name`` with ``params`` for frames, under ``key``, until dropped."""

    key: str
    name: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class DropProbe:
    """Stop computing the probe under ``key`` (its view was hidden or closed)."""

    key: str


@dataclass(frozen=True)
class Quit:
    """End the process."""


# ---------------------------------------------------------------- worker → GUI


@dataclass(frozen=True)
class BuildReady:
    """A new network or new data: what the frames that follow belong to."""

    build: Build


@dataclass(frozen=True)
class FrameReady:
    frame: Frame


@dataclass(frozen=True)
class Refused:
    """Settings the worker could not build; it kept ``kept`` (the previous ones).

    ``template`` and ``values`` word the reason (a translatable template, as
    :class:`playground.settings.TranslatableError` has); ``detail`` is for the log.
    """

    kept: Settings
    template: str
    values: dict
    context: str
    detail: str


@dataclass(frozen=True)
class Failed:
    """Something went wrong in the worker; training is paused, the process lives on.

    ``what`` says where in words a learner can read (``"training"``, ``"frame"``,
    ``"probe"``, ``"command"``); ``detail`` (exception and traceback) goes to the log.
    """

    what: str
    detail: str


@dataclass(frozen=True)
class Heartbeat:
    """Sent about twice a second, busy or idle: the GUI knows the worker lives."""

    sent_at: float


@dataclass(frozen=True)
class Bye:
    """The worker is leaving after a :class:`Quit`."""


Handler = Callable[[Any], None]


def dispatch(table: dict[type, Handler], message: object) -> None:
    """Call the handler registered for ``type(message)``.

    Raises
    ------
    TypeError
        For a message type the table does not know (a protocol mismatch).
    """
    handler = table.get(type(message))
    if handler is None:
        raise TypeError(f"no handler for {type(message).__name__}")
    handler(message)

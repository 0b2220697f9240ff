"""Frames for view tests, made by the real :class:`TrainingSession` (no second engine).

A test asks for a dataset and a network and gets the :class:`Frame` the worker
would publish, with its :class:`Build` attached, optionally after some training
or with weights of its own::

    from tests.playground.frames import make_frame
    frame = make_frame("xor", hidden=(4,), train_steps=300)
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from playground.frame import Frame
from playground.settings import Settings
from playground.worker.session import TrainingSession


def make_session(dataset: str = "circle", hidden: tuple[int, ...] = (4, 2),
                 activations: tuple[str, ...] | None = None,
                 features: tuple[str, ...] = ("x1", "x2"), n_classes: int = 2,
                 **settings) -> TrainingSession:
    """A session on the given settings (anything else as keyword settings)."""
    acts = tuple(activations or ("tanh",) * len(hidden))
    s = Settings().with_changes(dataset=dataset, hidden=tuple(hidden), activations=acts,
                                features=tuple(features), n_classes=n_classes, **settings)
    return TrainingSession(s)


def frame_of(session: TrainingSession, playing: bool = False, probes: dict | None = None,
             build_id: int | None = None) -> Frame:
    """The session's frame with its build attached (``build_id`` overrides both ids)."""
    build = session.build()
    frame = session.frame(playing=playing, probes=probes)
    if build_id is not None:
        build = replace(build, build_id=build_id)
        frame = replace(frame, build_id=build_id)
    return replace(frame, build=build)


def make_frame(dataset: str = "circle", hidden: tuple[int, ...] = (4, 2),
               activations: tuple[str, ...] | None = None,
               features: tuple[str, ...] = ("x1", "x2"), n_classes: int = 2,
               train_steps: int = 0, weights: list | None = None,
               build_id: int | None = None, **settings) -> Frame:
    """A frame of a fresh session, after ``train_steps`` steps, or with ``weights``.

    Parameters
    ----------
    dataset : str
        A key of ``engine.datasets.DATASETS`` (``"circle"``, ``"xor"``,
        ``"spiral"``, ``"blobs"``, ``"reg_plane"`` …).
    weights : list of (W, b), optional
        Replace the network's weights (shapes must match) before the frame.
    **settings
        Any other setting, e.g. ``learning_rate=0.1``, ``optimizer="adam"``.
    """
    session = make_session(dataset, hidden, activations, features, n_classes, **settings)
    if train_steps:
        session.step(train_steps)
    if weights is not None:
        for (w_live, b_live), (w, b) in zip(session.network.weights(), weights, strict=True):
            w_live[...] = np.asarray(w, dtype=float)
            b_live[...] = np.asarray(b, dtype=float)
        session.edit_count += 1
    return frame_of(session, build_id=build_id)


def with_build(frame: Frame, **changes) -> Frame:
    """``frame`` with its attached build changed, e.g. ``x_train=…`` (the frame's ids kept)."""
    return replace(frame, build=replace(frame.build, **changes))


def without_points(frame: Frame) -> Frame:
    """``frame`` with no train or test points, so only the heatmap is drawn."""
    empty = np.zeros((0, 2))
    labels = np.zeros(0, np.int64)
    return with_build(frame, x_train=empty, t_train=labels, x_test=empty, t_test=labels)

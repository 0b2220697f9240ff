"""The fixed vocabulary of lesson checks: read from a file, then watched live.

A step may carry one check, a small JSON object with exactly one of these keys::

    {"metric": "test_loss", "below": 0.1, "for_frames": 3}
        train_loss, test_loss, train_acc, test_acc, epoch or step compared with
        below / above / at_most / at_least, in this many frames in a row (default 1),
        counting only frames of a network trained since the step began
    {"setting": "learning_rate", "equals": 10}
        also at_least / at_most (numbers), includes (an item of a list setting),
        length_at_least / length_at_most (how many items a list setting has)
    {"perceptron": {"computes": "AND", "target": "XOR", "mode": "two_layer"}}
        the Perceptron view's truth table, chosen gate and mode (any of the three)
    {"diverged": true}            training blew up (a divergence happened)
    {"picked": true}              a point is picked ("data_point" or "location")
    {"selected": "weight"}        a node, weight, bias or "any" is selected; "column":
                                  "input" / "hidden" / "output" says where (a weight or
                                  bias: the column it leads into)
    {"view_shown": "loss"}        that dock is on screen
    {"steps_at_least": 100}       training steps taken since the step began
    {"reset": true}               the network was re-initialised since the step began
                                  (Reset, or new layers; new data alone keeps it), or
                                  the step began with untrained weights
    {"all": [check, check, ...]}  every one of them

Nothing in a check is ever executed. :func:`validate_check` reads one (no Qt);
:class:`CheckTracker` follows one step's check through the frames and answers
whether it is met in a :class:`World` (what the window shows right now).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from playground.lessons.fields import (
    LessonError,
    exactly_one,
    join,
    need_choice,
    need_list,
    need_number,
    need_object,
    need_true,
    need_view,
    need_whole,
    only,
    short,
)
from playground.settings import SPEC, Kind, SettingError, check_value

CHECK_KINDS = ("metric", "setting", "perceptron", "diverged", "picked", "selected",
               "view_shown", "steps_at_least", "reset", "all")
METRICS = ("train_loss", "test_loss", "train_acc", "test_acc", "epoch", "step")
COMPARISONS = ("below", "above", "at_most", "at_least")
SETTING_TESTS = ("equals", "at_least", "at_most", "includes", "length_at_least",
                 "length_at_most")
GATES = ("AND", "NAND", "OR", "XOR")
PERCEPTRON_MODES = ("single", "two_layer")
PICKS = ("any", "data_point", "location")
SELECTIONS = ("any", "node", "weight", "bias")
COLUMNS = ("input", "hidden", "output")
MAX_FOR_FRAMES = 1000
#: ``all`` may hold checks that hold ``all``, but not without end.
MAX_DEPTH = 3


# -- reading --------------------------------------------------------------------------


def validate_check(value, field: str = "check", known_views=None, depth: int = 0) -> dict:
    """The check ``value`` in its normal form, or :class:`LessonError` naming the field."""
    need_object(value, field)
    what = exactly_one(value, field, CHECK_KINDS, "say what to check with exactly one of "
                       "{names} (found {count})")
    reader = _READERS[what]
    return reader(value, field, known_views, depth)


def _metric(value, field, _views, _depth) -> dict:
    need_object(value, field, ("metric",) + COMPARISONS + ("for_frames",))
    metric = need_choice(value["metric"], join(field, "metric"), METRICS)
    how = exactly_one(value, field, COMPARISONS, "compare with exactly one of {names} "
                      "(found {count})")
    out = {"metric": metric, how: need_number(value[how], join(field, how))}
    out["for_frames"] = need_whole(value.get("for_frames", 1), join(field, "for_frames"), 1,
                                   MAX_FOR_FRAMES)
    return out


def _setting(value, field, _views, _depth) -> dict:
    need_object(value, field, ("setting",) + SETTING_TESTS)
    key = need_choice(value["setting"], join(field, "setting"), tuple(SPEC))
    how = exactly_one(value, field, SETTING_TESTS, "test the setting with exactly one of "
                      "{names} (found {count})")
    where, given = join(field, how), value[how]
    spec = SPEC[key]
    numeric = spec.kind in (Kind.NUMBER, Kind.WHOLE)
    listed = spec.kind is Kind.LIST
    try:
        if how == "equals":
            return {"setting": key, how: check_value(key, given)}
        if how in ("at_least", "at_most"):
            if not numeric:
                raise LessonError("{setting} is not a number: use equals", where,
                                  setting=short(key))
            return {"setting": key, how: need_number(given, where)}
        if not listed:
            raise LessonError("{setting} is not a list: use equals", where, setting=short(key))
        if how == "includes":
            return {"setting": key, how: check_value(key, [given])[0]}
        return {"setting": key, how: need_whole(given, where, 0, 64)}
    except SettingError as exc:
        where += f"[{exc.index}]" if exc.index is not None and how == "equals" else ""
        raise LessonError("{reason}", where, reason=exc) from exc


def _perceptron(value, field, _views, _depth) -> dict:
    inner = join(field, "perceptron")
    given = need_object(value["perceptron"], inner, ("computes", "target", "mode"))
    if not given:
        raise LessonError("say at least one of computes, target, mode", inner)
    out = {}
    for name, choices in (("computes", GATES), ("target", GATES), ("mode", PERCEPTRON_MODES)):
        if name in given:
            out[name] = need_choice(given[name], join(inner, name), choices)
    only(value, field, "perceptron")
    return {"perceptron": out}


def _diverged(value, field, _views, _depth) -> dict:
    only(value, field, "diverged")
    return {"diverged": need_true(value["diverged"], join(field, "diverged"))}


def _picked(value, field, _views, _depth) -> dict:
    only(value, field, "picked")
    given = value["picked"]
    if given is True:
        return {"picked": "any"}
    return {"picked": need_choice(given, join(field, "picked"), PICKS)}


def _selected(value, field, _views, _depth) -> dict:
    need_object(value, field, ("selected", "column"))
    out = {"selected": need_choice(value["selected"], join(field, "selected"), SELECTIONS)}
    if "column" in value:
        out["column"] = need_choice(value["column"], join(field, "column"), COLUMNS)
    return out


def _view_shown(value, field, views, _depth) -> dict:
    only(value, field, "view_shown")
    return {"view_shown": need_view(value["view_shown"], join(field, "view_shown"), views)}


def _steps(value, field, _views, _depth) -> dict:
    only(value, field, "steps_at_least")
    return {"steps_at_least": need_whole(value["steps_at_least"],
                                         join(field, "steps_at_least"), 1, 10_000_000)}


def _reset(value, field, _views, _depth) -> dict:
    only(value, field, "reset")
    return {"reset": need_true(value["reset"], join(field, "reset"))}


def _all(value, field, views, depth) -> dict:
    only(value, field, "all")
    where = join(field, "all")
    if depth >= MAX_DEPTH:
        raise LessonError("checks nest at most {max} deep", where, max=MAX_DEPTH)
    items = need_list(value["all"], where, 1, 8)
    return {"all": [validate_check(c, join(where, i), views, depth + 1)
                    for i, c in enumerate(items)]}


_READERS = {"metric": _metric, "setting": _setting, "perceptron": _perceptron,
            "diverged": _diverged, "picked": _picked, "selected": _selected,
            "view_shown": _view_shown, "steps_at_least": _steps, "reset": _reset,
            "all": _all}


# -- watching ---------------------------------------------------------------------------


@dataclass
class World:
    """What the window shows at one moment, as the checks read it.

    ``perceptron`` is the Perceptron view's model (``mode``, ``target`` and
    ``computes(gate)``), or None while that view was never opened.
    """

    settings: object
    frame: object = None
    pick: object = None
    selected: object = None
    diverged: bool = False
    views_shown: frozenset = frozenset()
    perceptron: object = None


@dataclass
class CheckTracker:
    """One step's check, followed from the moment the step begins.

    Feed it every new frame (:meth:`on_frame`); :meth:`met` then answers for a
    :class:`World`. Metric conditions count frames in a row, steps are counted
    from the first frame it saw (a reset counts from 0 again), and a divergence
    seen once stays seen.

    A metric counts only frames of a network trained since the step began: a
    loss that was already low (or a change whose new network has not arrived
    yet) does not do the step for the learner. In a check that also names
    settings, a frame taken while they do not hold starts the step over: the
    metric, the steps and a reset count from the first frame where they do
    (training at 0.03 and then choosing 0.01 does not do "train at 0.01").
    """

    check: dict | None
    _streaks: dict = field(default_factory=dict)
    _last: object = None
    _base: tuple | None = None  # (network, step) of the first frame seen
    _diverged: bool = False
    _reset: bool = False

    def on_frame(self, frame, world: World | None = None) -> None:
        """Take a new frame; ``world`` (what the window shows now) for setting conditions."""
        if frame is None or frame is self._last:
            return
        self._last = frame
        if world is not None and not all(holds_now(leaf, world)
                                         for leaf in _leaves(self.check, "setting")):
            self._base = None  # not yet what the step asks for: start over from here
            self._streaks.clear()
        if self._base is None:
            self._base = (_network(frame), frame.step)
            self._reset = frame.step == 0  # began untrained: as good as a Reset
        self._reset = self._reset or _network(frame) != self._base[0]
        if frame.divergence is not None:
            self._diverged = True
        trained = self.steps_taken() > 0
        for path, leaf in _metric_leaves(self.check, "check"):
            ok = trained and _compare(_metric_value(frame, leaf["metric"]), leaf)
            self._streaks[path] = self._streaks.get(path, 0) + 1 if ok else 0

    def steps_taken(self) -> int:
        """Training steps since the step began (of the new network after a reset)."""
        frame = self._last
        if frame is None:
            return 0
        network, step = self._base
        return frame.step - step if _network(frame) == network else frame.step

    def met(self, world: World) -> bool:
        """True when the step's check holds now (a step without one is always met)."""
        if self.check is None:
            return True
        return self._holds(self.check, world, "check")

    def _holds(self, check: dict, world: World, path: str) -> bool:
        if "all" in check:
            return all(self._holds(c, world, join(join(path, "all"), i))
                       for i, c in enumerate(check["all"]))
        if "metric" in check:
            return self._streaks.get(path, 0) >= check["for_frames"]
        if "steps_at_least" in check:
            return self.steps_taken() >= check["steps_at_least"]
        if "reset" in check:
            return self._reset
        if "diverged" in check:
            return self._diverged or bool(world.diverged)
        return holds_now(check, world)


def holds_now(check: dict, world: World) -> bool:
    """Checks that need no history: settings, the perceptron, picks, selection, views."""
    if "setting" in check:
        return _setting_holds(check, getattr(world.settings, check["setting"]))
    if "perceptron" in check:
        p = world.perceptron
        if p is None:
            return False
        want = check["perceptron"]
        return (("mode" not in want or p.mode == want["mode"])
                and ("target" not in want or p.target == want["target"])
                and ("computes" not in want or p.computes(want["computes"])))
    if "picked" in check:
        pick, want = world.pick, check["picked"]
        if pick is None:
            return False
        return want == "any" or (want == "data_point") == pick.is_data_point
    if "selected" in check:
        return (_selected_holds(world.selected, check["selected"])
                and _column_holds(world.selected, world.frame, check.get("column")))
    if "view_shown" in check:
        return check["view_shown"] in world.views_shown
    raise ValueError(f"not a check that holds without history: {check!r}")


def _setting_holds(check: dict, value) -> bool:
    if "equals" in check:
        return value == check["equals"]
    if "at_least" in check:
        return value >= check["at_least"]
    if "at_most" in check:
        return value <= check["at_most"]
    if "includes" in check:
        return check["includes"] in value
    if "length_at_least" in check:
        return len(value) >= check["length_at_least"]
    return len(value) <= check["length_at_most"]


def _selected_holds(selected, want: str) -> bool:
    if selected is None:
        return False
    if want == "any":
        return True
    is_param = hasattr(selected, "is_bias")
    if want == "node":
        return not is_param
    return is_param and selected.is_bias == (want == "bias")


def _column_holds(selected, frame, want: str | None) -> bool:
    """Whether the selection sits in (or, a weight or bias, leads into) column ``want``."""
    if want is None:
        return True
    if frame is None:
        return False
    column = selected.layer + 1 if hasattr(selected, "is_bias") else selected[0]
    last = len(frame.layer_sizes) - 1
    return want == ("input" if column == 0 else "output" if column == last else "hidden")


def _network(frame) -> tuple:
    """Which network ``frame`` shows: new data keeps it, a reset replaces it."""
    build = getattr(frame, "build", None)
    return (build.network_id,) if build is not None else ("build", frame.build_id)


def _metric_leaves(check: dict | None, path: str):
    if check is None:
        return
    if "all" in check:
        for i, c in enumerate(check["all"]):
            yield from _metric_leaves(c, join(join(path, "all"), i))
    elif "metric" in check:
        yield path, check


def _leaves(check: dict | None, kind: str):
    """Every condition of ``kind`` (e.g. ``"setting"``) in ``check``, nested ``all`` included."""
    if check is None:
        return
    if "all" in check:
        for c in check["all"]:
            yield from _leaves(c, kind)
    elif kind in check:
        yield check


def _metric_value(frame, metric: str) -> float:
    value = getattr(frame, metric)
    if metric == "test_loss" and not frame.has_test:
        return math.nan
    return float(value)


def _compare(value: float, check: dict) -> bool:
    if math.isnan(value):
        return False
    if "below" in check:
        return value < check["below"]
    if "above" in check:
        return value > check["above"]
    if "at_most" in check:
        return value <= check["at_most"]
    return value >= check["at_least"]

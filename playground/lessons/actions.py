"""The fixed vocabulary of "show me" actions, read from a lesson file (no Qt).

A step's stored solution (``show_me``) and a lesson's ``start`` are lists of
actions, each a JSON object with exactly one key::

    {"set": {"learning_rate": 10, "optimizer": "adam"}}   change settings
    {"click": "addLayerButton"}                            click a control by objectName
    {"pick": {"split": "train", "index": 3}}               pick a data point ("next", "previous")
    {"select": {"node": [1, 0]}}                           select a node (layer 0 = inputs),
    {"select": {"weight": [0, 1, 2]}}                        a weight (Affine layer, from, to),
    {"select": {"bias": [0, 2]}}                             a bias (Affine layer, neuron), or null
    {"show": "loss"}                                       show a view (a dock's name)
    {"perceptron": {"w1": 0.5, "w2": 0.5, "b": -0.7}}      set the Perceptron view (also
                                                            "example", "target", "mode",
                                                            "activation")
    {"play": true}  {"pause": true}  {"step": 10}  {"reset": true}

Nothing is ever executed as code: :mod:`playground.lessons.runner` carries
out exactly these, one after another.
"""

from __future__ import annotations

from playground.lessons.checks import GATES, PERCEPTRON_MODES
from playground.lessons.fields import (
    LessonError,
    exactly_one,
    join,
    need_choice,
    need_list,
    need_name,
    need_number,
    need_object,
    need_true,
    need_view,
    need_whole,
    only,
)
from playground.settings import SPEC, SettingError, check_value

ACTIONS = ("set", "click", "pick", "select", "show", "perceptron", "play", "pause", "step",
           "reset")
#: Gates whose book weights the Perceptron view offers as one-click examples.
EXAMPLES = ("AND", "NAND", "OR")
PERCEPTRON_FIELDS = ("w1", "w2", "b", "example", "target", "mode", "activation")
#: Hand-set perceptron weights stay within this (the view's sliders do too).
MAX_PERCEPTRON_WEIGHT = 10.0
MAX_ACTIONS = 12


def validate_actions(value, field: str, known_views=None) -> tuple[dict, ...]:
    """A list of actions in normal form, or :class:`LessonError` naming the field."""
    items = need_list(value, field, 0, MAX_ACTIONS)
    return tuple(validate_action(a, join(field, i), known_views) for i, a in enumerate(items))


def validate_action(value, field: str, known_views=None) -> dict:
    need_object(value, field)
    what = exactly_one(value, field, ACTIONS, "an action is exactly one of {names} "
                       "(found {count})")
    only(value, field, what)
    given, where = value[what], join(field, what)
    if what == "set":
        return {"set": _settings(given, where)}
    if what == "click":
        return {"click": need_name(given, where)}
    if what == "pick":
        return {"pick": _pick(given, where)}
    if what == "select":
        return {"select": _select(given, where)}
    if what == "show":
        return {"show": need_view(given, where, known_views)}
    if what == "perceptron":
        return {"perceptron": _perceptron(given, where)}
    if what == "step":
        return {"step": need_whole(given, where, 1, 100_000)}
    return {what: need_true(given, where)}


def _settings(given, field: str) -> dict:
    need_object(given, field)
    if not given:
        raise LessonError("name at least one setting", field)
    out = {}
    for key, value in given.items():
        where = join(field, key)
        if key not in SPEC:
            raise LessonError("unknown setting (known: {known})", where, known=", ".join(SPEC))
        try:
            out[key] = check_value(key, value)
        except SettingError as exc:
            where += f"[{exc.index}]" if exc.index is not None else ""
            raise LessonError("{reason}", where, reason=exc) from exc
    if "hidden" in out and "activations" in out and len(out["hidden"]) != len(out["activations"]):
        raise LessonError("one activation per hidden layer is needed (hidden layers: {layers}, "
                          "activations: {count})", join(field, "activations"),
                          layers=len(out["hidden"]), count=len(out["activations"]))
    return out


def _pick(given, field: str):
    if isinstance(given, str):
        return need_choice(given, field, ("next", "previous"))
    need_object(given, field, ("split", "index"))
    split = need_choice(given.get("split", "train"), join(field, "split"), ("train", "test"))
    if "index" not in given:
        raise LessonError("index is missing", field)
    return {"split": split, "index": need_whole(given["index"], join(field, "index"))}


def _select(given, field: str):
    if given is None:
        return None
    need_object(given, field, ("node", "weight", "bias"))
    what = exactly_one(given, field, ("node", "weight", "bias"),
                       "select exactly one of {names} (found {count})")
    where = join(field, what)
    numbers = need_list(given[what], where, *{"node": (2, 2), "weight": (3, 3),
                                              "bias": (2, 2)}[what])
    return {what: [need_whole(v, join(where, i), 0, 64) for i, v in enumerate(numbers)]}


def _perceptron(given, field: str) -> dict:
    need_object(given, field, PERCEPTRON_FIELDS)
    if not given:
        raise LessonError("say at least one of {names}", field,
                          names=", ".join(PERCEPTRON_FIELDS))
    out = {}
    for name in ("w1", "w2", "b"):
        if name in given:
            out[name] = need_number(given[name], join(field, name), -MAX_PERCEPTRON_WEIGHT,
                                    MAX_PERCEPTRON_WEIGHT)
    for name, choices in (("example", EXAMPLES), ("target", GATES),
                          ("mode", PERCEPTRON_MODES), ("activation", ("step", "sigmoid"))):
        if name in given:
            out[name] = need_choice(given[name], join(field, name), choices)
    return out

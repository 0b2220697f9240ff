"""Settings: one declaration per setting, one rule per setting, change classes, speed."""

from __future__ import annotations

import ast
import math
import pickle
from dataclasses import fields
from pathlib import Path

import pytest

from playground import settings as st
from playground.settings import (
    LIVE_KEYS,
    REGENERATE_KEYS,
    RESET_KEYS,
    SPECS,
    SPEED_LEVELS,
    SPEED_STEPS_PER_SECOND,
    VIEW_KEYS,
    Kind,
    SettingError,
    Settings,
    changed_keys,
    check_value,
)

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_STRINGS = ROOT / "resources" / "translations" / "runtime_strings.py"


def listed_in_runtime_strings(context: str) -> set[str]:
    """Texts ``runtime_strings.py`` lists with ``QT_TRANSLATE_NOOP(context, …)``."""
    tree = ast.parse(RUNTIME_STRINGS.read_text(encoding="utf-8"))
    return {node.args[1].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
            and node.args[0].value == context}


def error_templates(path: Path, error_class: str) -> set[str]:
    """First arguments of every ``error_class("…", …)`` call written in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {node.args[0].value for node in ast.walk(tree)
             if isinstance(node, ast.Call) and getattr(node.func, "id", "") == error_class
             and node.args and isinstance(node.args[0], ast.Constant)}
    assert found, f"no {error_class} in {path.name}: the scan is broken"
    return found


# -- declared once -----------------------------------------------------------------


def test_defaults_are_tensorflow_playgrounds():
    s = Settings()
    assert s.hidden == (4, 2)
    assert s.learning_rate == 0.03
    assert s.activations == ("tanh", "tanh")
    assert s.dataset == "circle" and s.features == ("x1", "x2")
    s.validate()


def test_fields_names_and_defaults_come_from_the_declarations():
    assert [f.name for f in fields(Settings)] == [spec.key for spec in SPECS]
    for spec in SPECS:
        assert getattr(Settings(), spec.key) == spec.default, spec.key
        assert st.SETTING_NAMES[spec.key] == spec.name and spec.name.strip()
        assert st.SETTING_TIPS[spec.key] == spec.tip and spec.tip.endswith(("?", "."))


def test_every_setting_has_exactly_one_effect():
    key_sets = (RESET_KEYS, LIVE_KEYS, REGENERATE_KEYS, VIEW_KEYS)
    assert sum(len(keys) for keys in key_sets) == len(SPECS)
    assert frozenset().union(*key_sets) == {spec.key for spec in SPECS}
    assert {"learning_rate", "batch_size", "speed"} <= LIVE_KEYS
    assert {"dataset", "hidden", "init_seed"} <= RESET_KEYS
    assert REGENERATE_KEYS == {"data_seed"}
    assert VIEW_KEYS == {"show_test", "discretize", "log_loss", "loss_per_step"}


def test_change_classification_reset_vs_live():
    a = Settings()
    assert changed_keys(a, a.with_changes(learning_rate=0.1)) == {"learning_rate"}
    assert changed_keys(a, a.with_changes(hidden=(3,), activations=("relu",))) <= RESET_KEYS
    assert not changed_keys(a, a.with_changes(learning_rate=0.03))


# -- one rule per setting -----------------------------------------------------------


def _edges(spec):
    """(accepted, refused) values at the edges of a number or whole-number range."""
    lo, hi = spec.lo, spec.hi
    if spec.kind is Kind.WHOLE:
        return [lo, hi, float(hi)], [lo - 1, hi + 1, lo + 0.5, "1", True, None, math.inf]
    accepted = [hi, (lo + hi) / 2] + ([] if spec.lo_open else [lo])
    if float(hi).is_integer():
        accepted.append(int(hi))  # JSON's 100 is a number too
    refused = [math.nextafter(hi, math.inf), math.nan, math.inf, "0.1", True, None]
    refused.append(lo if spec.lo_open else math.nextafter(lo, -math.inf))
    return accepted, refused


@pytest.mark.parametrize("spec", [s for s in SPECS if s.kind in (Kind.NUMBER, Kind.WHOLE)],
                         ids=lambda s: s.key)
def test_each_number_is_checked_by_its_declared_range(spec):
    accepted, refused = _edges(spec)
    for value in accepted:
        got = getattr(Settings().with_changes(**{spec.key: value}), spec.key)
        assert got == value and type(got) is spec.kind.value, (spec.key, value)
    for value in refused:
        with pytest.raises(SettingError) as info:
            Settings().with_changes(**{spec.key: value})
        assert info.value.field == spec.key
        assert str(info.value).startswith(spec.name), str(info.value)


def test_the_learning_rate_is_a_finite_number_in_0_to_100():
    assert Settings(learning_rate=100).learning_rate == 100.0
    assert Settings(learning_rate=1e-300).learning_rate == 1e-300
    for bad, shown in ((0, "0.0"), (-1, "-1.0"), (100.001, "100.001"), (math.nan, "nan")):
        with pytest.raises(SettingError) as info:
            Settings(learning_rate=bad)
        assert str(info.value) == f"learning rate must be a number in (0, 100], got {shown}"


@pytest.mark.parametrize("spec", [s for s in SPECS if s.kind is Kind.CHOICE], ids=lambda s: s.key)
def test_each_choice_accepts_its_declared_names_only(spec):
    for name in spec.choices:
        assert getattr(Settings().with_changes(**{spec.key: name}), spec.key) == name
    for bad in ("nope", spec.choices[0].upper(), 1, None, [spec.choices[0]]):
        with pytest.raises(SettingError, match=rf"unknown {spec.name} .* \(choose from") as info:
            Settings().with_changes(**{spec.key: bad})
        assert ", ".join(spec.choices) in str(info.value)


@pytest.mark.parametrize("spec", [s for s in SPECS if s.kind is Kind.FLAG], ids=lambda s: s.key)
def test_flags_are_true_or_false_not_numbers(spec):
    assert getattr(Settings().with_changes(**{spec.key: True}), spec.key) is True
    for bad in (1, 0, "true", None):
        with pytest.raises(SettingError, match="must be true or false"):
            Settings().with_changes(**{spec.key: bad})


@pytest.mark.parametrize(
    "change, message, field",
    [
        ({"hidden": (4, 0, 2), "activations": ("tanh",) * 3},
         "neurons per layer must be 1…64, got 0", "hidden[1]"),
        ({"hidden": (4, 2.5)}, "neurons per layer must be a whole number, got 2.5", "hidden[1]"),
        ({"hidden": (4,) * 11, "activations": ("tanh",) * 11},
         "at most 10 hidden layers, got 11", "hidden"),
        ({"activations": ("tanh", "step")},
         "unknown activation function 'step' (choose from tanh, relu, sigmoid, linear, "
         "leaky_relu)", "activations[1]"),
        ({"hidden": (3, 3), "activations": ("tanh",)},
         "one activation per hidden layer is needed (hidden layers: 2, activations: 1)", "activations"),
        ({"features": ()}, "pick at least one input feature", "features"),
        ({"features": ("x1", "x2", "x1")}, "input feature 'x1' is listed twice", "features[2]"),
        ({"features": "x1"}, "input features must be a list, got 'x1'", "features"),
        ({"hidden": 4}, "hidden layers must be a list, got 4", "hidden"),
        ({"batch_size": "ten"}, "batch size must be a whole number, got 'ten'", "batch_size"),
        ({"noise": 0.9}, "noise must be between 0 and 0.5, got 0.9", "noise"),
        ({"data_seed": -1}, "data seed must be 0…2147483647, got -1", "data_seed"),
        ({"bogus": 1, "alpha": 2}, "unknown setting(s): alpha, bogus", None),
    ],
)
def test_bad_values_are_refused_with_a_message_naming_the_field(change, message, field):
    with pytest.raises(SettingError) as info:
        Settings().with_changes(**change)
    assert str(info.value) == message
    assert info.value.field == field


def test_values_are_normalised_when_a_settings_is_made():
    s = Settings(hidden=[8, 8.0], activations=["relu", "relu"], features=["sin_x2", "x1"],
                 batch_size=20.0, learning_rate=1)
    assert s.hidden == (8, 8) and s.activations == ("relu", "relu")
    assert s.features == ("x1", "sin_x2")  # the canonical order, whatever the input order
    assert type(s.batch_size) is int and type(s.learning_rate) is float
    assert s == Settings(hidden=(8, 8), activations=("relu", "relu"),
                         features=("x1", "sin_x2"), batch_size=20, learning_rate=1.0)
    with pytest.raises(SettingError, match="learning rate"):
        Settings(learning_rate=0)  # made directly, still checked: no invalid Settings exists


def test_check_value_is_the_one_rule_others_may_ask():
    assert check_value("hidden", [3]) == (3,)
    with pytest.raises(SettingError, match="noise"):
        check_value("noise", -0.1)


@pytest.mark.parametrize("key", ["data_seed", "init_seed"])
def test_negative_or_huge_seeds_are_refused(key):
    with pytest.raises(ValueError, match="seed must be 0"):
        Settings().with_changes(**{key: -1})
    with pytest.raises(ValueError, match="seed must be 0"):
        Settings().with_changes(**{key: 2**40})


def test_settings_cross_the_pipe_and_work_as_keys():
    s = Settings(dataset="spiral", n_classes=3, hidden=(8,), activations=("relu",))
    back = pickle.loads(pickle.dumps(s))
    assert back == s and hash(back) == hash(s) and type(back) is Settings
    assert Settings(**s.to_dict()) == s


def test_every_name_the_gui_offers_is_known_to_the_engine():
    from engine.activations import ACTIVATIONS
    from engine.initializers import INITIALIZERS

    assert set(st.ACTIVATION_NAMES) == set(ACTIVATIONS) - {"step"}
    assert set(st.INIT_NAMES) == set(INITIALIZERS)


# -- speed ----------------------------------------------------------------------------


def test_the_default_speed_is_one_epoch_per_frame_with_max_one_step_right():
    s = Settings()
    assert s.epoch_per_frame and s.steps_per_second == 0
    assert s.speed == len(SPEED_LEVELS) - 2
    fastest = s.with_changes(speed=s.speed + 1)
    assert fastest.speed_level.unlimited and not fastest.epoch_per_frame
    assert fastest.steps_per_second == 0


def test_speed_levels_are_data_with_a_label_each():
    assert SPEED_STEPS_PER_SECOND == tuple(level.steps_per_second for level in SPEED_LEVELS)
    limited = [level.steps_per_second for level in SPEED_LEVELS if level.steps_per_second]
    assert limited == sorted(limited) and limited[0] == 2
    assert len({level.label for level in SPEED_LEVELS}) == len(SPEED_LEVELS)
    slowest = Settings(speed=0)
    assert slowest.steps_per_second == 2.0 and not slowest.epoch_per_frame
    with pytest.raises(SettingError, match=f"speed must be 0…{len(SPEED_LEVELS) - 1}, got 7"):
        Settings(speed=len(SPEED_LEVELS))


# -- translation ----------------------------------------------------------------------


def test_an_items_name_is_translated_in_its_message():
    words = {"{setting} must be {lo}…{hi}, got {value}": "{setting}は {lo}～{hi}（{value}）",
             "neurons per layer": "ニューロン数", "hidden layers": "中間層"}
    with pytest.raises(SettingError) as info:
        Settings(hidden=(4, 99), activations=("tanh", "tanh"))
    assert info.value.message(lambda context, text: words.get(text, text)) == (
        "ニューロン数は 1～64（99）")


def test_every_template_name_tip_and_speed_label_is_listed_for_translators():
    listed = listed_in_runtime_strings("settings")
    wanted = error_templates(ROOT / "playground" / "settings.py", "SettingError")
    wanted |= set(st.SETTING_NAMES.values()) | set(st.ITEM_NAMES.values())
    wanted |= set(st.SETTING_TIPS.values()) | {level.label for level in SPEED_LEVELS}
    assert not wanted - listed, "list in runtime_strings.py:\n" + "\n".join(
        sorted(wanted - listed))

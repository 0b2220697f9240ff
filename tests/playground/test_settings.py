"""Settings validation, change classification, presets."""

from __future__ import annotations

import json

import pytest

from playground.presets import PresetError, load_preset, preset_names
from playground.settings import LIVE_KEYS, RESET_KEYS, Settings, changed_keys


def test_defaults_are_tensorflow_playgrounds():
    s = Settings()
    assert s.hidden == (4, 2)
    assert s.learning_rate == 0.03
    assert s.activations == ("tanh", "tanh")
    s.validate()


@pytest.mark.parametrize(
    "change, words",
    [
        ({"learning_rate": float("nan")}, "learning rate"),
        ({"learning_rate": -1.0}, "learning rate"),
        ({"hidden": (4,) * 11, "activations": ("tanh",) * 11}, "at most 10"),
        ({"hidden": (65,), "activations": ("tanh",)}, "1…64"),
        ({"hidden": (3, 3), "activations": ("tanh",)}, "one activation per hidden layer"),
        ({"features": ()}, "at least one input feature"),
        ({"noise": 0.9}, "noise"),
        ({"batch_size": 0}, "batch size"),
        ({"dataset": "nope"}, "unknown dataset"),
        ({"optimizer": "lbfgs"}, "unknown optimizer"),
        ({"bogus": 1}, "unknown setting"),
    ],
)
def test_bad_values_are_refused_with_a_message(change, words):
    with pytest.raises(ValueError, match=words):
        Settings().with_changes(**change)


def test_change_classification_reset_vs_live():
    a = Settings()
    assert changed_keys(a, a.with_changes(learning_rate=0.1)) <= LIVE_KEYS
    assert changed_keys(a, a.with_changes(hidden=(3,), activations=("relu",))) <= RESET_KEYS
    assert not changed_keys(a, a.with_changes(learning_rate=0.03))


def test_every_shipped_preset_loads():
    names = preset_names()
    assert {"xor", "circle", "spiral"} <= set(names)
    for name in names:
        preset = load_preset(name)
        preset.settings.validate()
        assert preset.title


def test_bad_preset_files_are_refused(tmp_path):
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "unknown.json").write_text(json.dumps({"settings": {"colour": 3}}), "utf-8")
    (tmp_path / "bad.json").write_text(json.dumps({"settings": {"hidden": ["x"]}}), "utf-8")
    with pytest.raises(PresetError, match="could not be read"):
        load_preset("broken", tmp_path)
    with pytest.raises(PresetError, match="unknown setting 'colour'"):
        load_preset("unknown", tmp_path)
    with pytest.raises(PresetError, match="bad"):
        load_preset("bad", tmp_path)
    with pytest.raises(PresetError, match="no preset named"):
        load_preset("missing", tmp_path)


@pytest.mark.parametrize("key", ["data_seed", "init_seed"])
def test_negative_or_huge_seeds_are_refused(key):
    with pytest.raises(ValueError, match="seed must be 0"):
        Settings().with_changes(**{key: -1})
    with pytest.raises(ValueError, match="seed must be 0"):
        Settings().with_changes(**{key: 2**40})


def test_every_name_the_gui_offers_is_known_to_the_engine():
    from engine.activations import ACTIVATIONS
    from engine.initializers import INITIALIZERS
    from playground import settings as st

    assert set(st.ACTIVATION_NAMES) == set(ACTIVATIONS) - {"step"}
    assert set(st.INIT_NAMES) == set(INITIALIZERS)

"""Presets are setup files: they load, round-trip, and a broken one costs only itself."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from playground.presets import (
    PRESET_DIR,
    Preset,
    PresetError,
    load_all_presets,
    load_preset,
    preset_names,
)
from playground.settings import Settings
from playground.setup_format import FORMAT, VERSION, parse_setup, setup_to_dict, setup_to_text
from tests.playground.test_settings import error_templates, listed_in_runtime_strings

ROOT = Path(__file__).resolve().parents[2]


def write(directory: Path, name: str, data) -> None:
    text = data if isinstance(data, str) else json.dumps(data)
    (directory / f"{name}.json").write_text(text, encoding="utf-8")


def setup(**settings) -> dict:
    return {"format": FORMAT, "version": VERSION, "settings": settings}


def test_every_shipped_preset_is_a_setup_file_that_loads():
    names = preset_names()
    assert {"xor", "circle", "spiral", "spiral3", "regression"} <= set(names)
    for name in names:
        data = json.loads((PRESET_DIR / f"{name}.json").read_text(encoding="utf-8"))
        assert (data["format"], data["version"]) == (FORMAT, VERSION), name
        preset = load_preset(name)
        assert preset.title == data["title"] and preset.name == name
        assert preset.chosen == set(data["settings"])
        # Presets leave speed and display options to the learner unless they say so.
        assert "speed" not in preset.chosen


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_round_trips_through_the_setup_format(name):
    preset = load_preset(name)
    for keys in (preset.chosen, None):  # as shipped, and with every setting written out
        data = setup_to_dict(preset.settings, preset.title, preset.views, keys)
        text = setup_to_text(preset.settings, preset.title, preset.views, keys)
        assert json.loads(text) == data
        back = parse_setup(text)
        assert back.settings == preset.settings
        assert back.title == preset.title
    assert parse_setup(setup_to_text(preset.settings, keys=preset.chosen)).chosen == preset.chosen


def test_a_preset_file_is_written_exactly_as_the_format_writes_it():
    for name in preset_names():
        preset = load_preset(name)
        shipped = (PRESET_DIR / f"{name}.json").read_text(encoding="utf-8")
        assert shipped == setup_to_text(preset.settings, preset.title, keys=preset.chosen), name


def test_the_xor_preset_is_what_it_says():
    preset = load_preset("xor")
    assert preset == Preset(
        name="xor", title="XOR with two hidden layers",
        settings=Settings(dataset="xor", hidden=(4, 4), activations=("tanh", "tanh")),
        chosen=frozenset({"dataset", "noise", "batch_size", "features", "hidden",
                          "activations", "learning_rate", "optimizer"}))


@pytest.mark.parametrize("data, message", [
    ("{not json", "preset 'bad': line 1, column 2: not valid JSON ("),
    (setup(colour=3), "preset 'bad': settings.colour: unknown setting (known: dataset,"),
    (setup(hidden=["x"]), "preset 'bad': settings.hidden[0]: neurons per layer must be a "
                          "whole number, got 'x'"),
    ({"title": "Old style", "settings": {}}, "preset 'bad': format is missing"),
    (setup(features=[]), "preset 'bad': settings.features: pick at least one input feature"),
])
def test_bad_preset_files_are_refused_naming_the_field(tmp_path, data, message):
    write(tmp_path, "bad", data)
    with pytest.raises(PresetError) as info:
        load_preset("bad", tmp_path)
    assert str(info.value).startswith(message), str(info.value)


def test_a_missing_preset_is_refused_naming_the_known_ones(tmp_path):
    with pytest.raises(PresetError, match="no preset named 'x'; there are no presets"):
        load_preset("x", tmp_path)
    write(tmp_path, "a", setup())
    with pytest.raises(PresetError, match=r"no preset named 'x' \(known: a\)"):
        load_preset("x", tmp_path)


def test_a_preset_without_a_title_is_called_by_its_name(tmp_path):
    write(tmp_path, "plain", setup(dataset="moons"))
    preset = load_preset("plain", tmp_path)
    assert preset.title == "plain" and preset.settings == Settings(dataset="moons")


def test_a_broken_preset_is_refused_and_the_others_still_load(tmp_path):
    for path in PRESET_DIR.glob("*.json"):
        shutil.copy(path, tmp_path)
    write(tmp_path, "broken", setup(learning_rate=-1))
    presets, errors = load_all_presets(tmp_path)
    assert [p.name for p in presets] == preset_names()  # every shipped one, in order
    assert [str(e) for e in errors] == [
        "preset 'broken': settings.learning_rate: learning rate must be a number in "
        "(0, 100], got -1.0"]


def test_views_the_window_cannot_show_are_refused(tmp_path):
    write(tmp_path, "viewy", {**setup(), "views": ["loss", "histograms"]})
    assert load_preset("viewy", tmp_path).views == ("loss", "histograms")
    with pytest.raises(PresetError, match=r"views\[1\]: unknown view \"histograms\""):
        load_preset("viewy", tmp_path, known_views=("loss", "boundary"))


def test_a_preset_refusal_is_translated_all_the_way_down(tmp_path):
    write(tmp_path, "odd", setup(features=[]))
    japanese = {
        "preset {name}: {reason}": "プリセット {name}: {reason}",
        "{field}: {reason}": "{field}：{reason}",
        "pick at least one {item}": "{item}を 1 つ以上選んでください。",
        "input feature": "特徴量",
    }
    with pytest.raises(PresetError) as info:
        load_preset("odd", tmp_path)
    translated = info.value.message(lambda context, text: japanese.get(text, text))
    assert translated == "プリセット 'odd': settings.features：特徴量を 1 つ以上選んでください。"


def test_every_template_and_title_is_listed_for_translators():
    listed = listed_in_runtime_strings("presets")
    wanted = error_templates(ROOT / "playground" / "presets.py", "PresetError")
    wanted |= {load_preset(name).title for name in preset_names()}
    assert not wanted - listed, "list in runtime_strings.py:\n" + "\n".join(
        sorted(wanted - listed))

"""The setup format: lossless round trips, and every refusal names its field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as hs

from playground.settings import SPECS, Kind, Settings
from playground.setup_format import (
    FORMAT,
    MAX_SETUP_BYTES,
    VERSION,
    Setup,
    SetupError,
    load_setup,
    parse_setup,
    setup_to_dict,
    setup_to_text,
)
from tests.playground.test_settings import error_templates, listed_in_runtime_strings

ROOT = Path(__file__).resolve().parents[2]


def doc(**fields) -> dict:
    """A minimal valid setup document with ``fields`` added or replaced."""
    return {"format": FORMAT, "version": VERSION, **fields}


def refusal(data, **kwargs) -> SetupError:
    text = data if isinstance(data, str | bytes) else json.dumps(data)
    with pytest.raises(SetupError) as info:
        parse_setup(text, **kwargs)
    return info.value


# -- round trips ------------------------------------------------------------------------


def _value(spec):
    """A strategy for every value ``spec`` accepts, built from the declaration itself."""
    if spec.kind is Kind.NUMBER:
        return hs.floats(spec.lo, spec.hi, exclude_min=spec.lo_open, allow_nan=False)
    if spec.kind is Kind.WHOLE:
        return hs.integers(spec.lo, spec.hi)
    if spec.kind is Kind.FLAG:
        return hs.booleans()
    if spec.kind is Kind.CHOICE:
        return hs.sampled_from(spec.choices)
    if spec.as_set:
        return hs.sets(hs.sampled_from(spec.choices), min_size=1).map(tuple)
    return None  # hidden and activations: drawn together below


@hs.composite
def any_settings(draw) -> Settings:
    values = {spec.key: draw(_value(spec)) for spec in SPECS if _value(spec) is not None}
    layers = draw(hs.integers(0, 10))
    values["hidden"] = tuple(draw(hs.integers(1, 64)) for _ in range(layers))
    spec = next(s for s in SPECS if s.key == "activations")
    values["activations"] = tuple(draw(hs.sampled_from(spec.choices)) for _ in range(layers))
    return Settings(**values)


@hypothesis_settings(max_examples=150, deadline=None)
@given(any_settings(), hs.one_of(hs.none(), hs.text(max_size=30)))
def test_any_settings_survive_text_and_back_exactly(settings, title):
    text = setup_to_text(settings, title, views=("network", "loss"))
    setup = parse_setup(text)
    assert setup == Setup(settings=settings, title=title,
                          chosen=frozenset(s.key for s in SPECS), views=("network", "loss"))
    assert json.loads(text) == setup_to_dict(settings, title, ("network", "loss"))


def test_the_text_has_one_setting_a_line():
    text = setup_to_text(Settings(hidden=(4, 4), activations=("relu", "tanh")), "Two layers")
    lines = text.splitlines()
    assert lines[1:4] == ['  "format": "nn-playground-setup",', '  "version": 1,',
                          '  "title": "Two layers",']
    assert '    "hidden": [4, 4],' in lines
    assert '    "activations": ["relu", "tanh"],' in lines
    assert text.endswith("}\n")
    assert "title" not in setup_to_dict(Settings())  # no title, no field
    assert "views" not in setup_to_dict(Settings())


def test_a_setup_may_name_only_some_settings():
    data = setup_to_dict(Settings(dataset="xor", learning_rate=0.1), keys=["dataset",
                                                                           "learning_rate"])
    assert data["settings"] == {"dataset": "xor", "learning_rate": 0.1}
    with pytest.raises(ValueError, match="unknown setting"):
        setup_to_dict(Settings(), keys=["colour"])


def test_settings_left_out_keep_their_defaults_and_chosen_says_which_were_given():
    setup = parse_setup(doc(settings={"dataset": "xor", "speed": 0}))
    assert setup.settings == Settings(dataset="xor", speed=0)
    assert setup.chosen == {"dataset", "speed"} and setup.title is None and setup.views == ()
    mine = Settings(show_test=True, learning_rate=0.3)
    on_mine = parse_setup(doc(settings={"dataset": "xor"}), base=mine)
    assert on_mine.settings == mine.with_changes(dataset="xor")
    assert parse_setup(doc()).settings == Settings()  # settings may be left out entirely


def test_text_bytes_and_dicts_are_all_read():
    data = doc(title="Tiny", settings={"hidden": [2], "activations": ["relu"]}, views=["loss"])
    expected = parse_setup(json.dumps(data))
    assert parse_setup(json.dumps(data).encode("utf-8")) == expected
    assert parse_setup(data) == expected
    assert expected.settings.hidden == (2,) and expected.views == ("loss",)


def test_load_setup_reads_a_file(tmp_path):
    path = tmp_path / "lesson.json"
    path.write_text(setup_to_text(Settings(dataset="moons"), "Moons"), encoding="utf-8")
    assert load_setup(path) == Setup(Settings(dataset="moons"), "Moons",
                                     frozenset(s.key for s in SPECS))


# -- refusals name the field --------------------------------------------------------------


@pytest.mark.parametrize("data, field, message", [
    ([1, 2], None, "a setup must be a JSON object, got a list"),
    ({"version": 1}, "format", "format is missing: this is not an nn-playground setup"),
    ({"format": "lesson", "version": 1}, "format",
     'format must be "nn-playground-setup", got "lesson": this is not an nn-playground setup'),
    ({"format": FORMAT}, "version", "version is missing"),
    (doc(version="1"), "version", 'version must be a whole number from 1, got "1"'),
    (doc(version=0), "version", "version must be a whole number from 1, got 0"),
    (doc(version=VERSION + 1, lessons=[]), "version",
     f"this setup is version {VERSION + 1}, newer than this nn-playground reads (up to "
     f"{VERSION}); update nn-playground to open it"),
    (doc(colour="red"), "colour",
     "colour: unknown field (known: format, version, title, settings, views)"),
    (doc(title=["a"]), "title", "title must be text, got a list"),
    (doc(settings=[]), "settings", "settings must be a JSON object, got a list"),
    (doc(settings={"colour": 3}), "settings.colour", "settings.colour: unknown setting"),
    (doc(settings={"hidden": [4, 4, 0], "activations": ["tanh"] * 3}), "settings.hidden[2]",
     "settings.hidden[2]: neurons per layer must be 1…64, got 0"),
    (doc(settings={"learning_rate": True}), "settings.learning_rate",
     "settings.learning_rate: learning rate must be a number, got True"),
    (doc(settings={"hidden": [3]}), "settings.activations",
     "settings.activations: one activation per hidden layer is needed (hidden layers: 1, activations: 2)"),
    (doc(views="loss"), "views", "views must be a list, got text"),
    (doc(views=["loss", None]), "views[1]", "views[1] must be text, got null"),
    (doc(views=["loss", "loss"]), "views[1]", 'views[1]: view "loss" is listed twice'),
    (doc(views=["no such view"]), "views[0]", 'views[0]: "no such view" is not a view name'),
])
def test_every_refusal_names_the_field(data, field, message):
    error = refusal(data)
    assert error.field == field
    assert str(error).startswith(message), str(error)


def test_json_syntax_errors_give_line_and_column():
    error = refusal('{\n  "format": "nn-playground-setup",\n  "version": 1,,\n}')
    assert error.field is None
    assert str(error).startswith("line 3, column 16: not valid JSON (")


def test_a_key_given_twice_is_refused_rather_than_guessed():
    text = '{"format": "nn-playground-setup", "version": 1, "settings": {"noise": 0, "noise": 0.5}}'
    assert str(refusal(text)) == '"noise" is given twice in one object'


def test_unknown_views_are_refused_when_the_caller_names_its_views():
    data = doc(views=["boundary", "histograms"])
    assert parse_setup(data).views == ("boundary", "histograms")
    error = refusal(data, known_views=("network", "boundary", "loss"))
    assert error.field == "views[1]"
    assert str(error) == 'views[1]: unknown view "histograms" (known: network, boundary, loss)'


def test_a_refusal_starts_with_its_source_and_keeps_the_field():
    data = doc(settings={"hidden": [4, 4, 0], "activations": ["tanh"] * 3})
    error = refusal(data, source="lesson.json")
    assert str(error) == "lesson.json: settings.hidden[2]: neurons per layer must be 1…64, got 0"
    assert error.field == "settings.hidden[2]"


def test_a_long_value_is_not_quoted_back_in_full():
    error = refusal(doc(format="x" * 500))
    assert len(str(error)) < 150 and "…" in str(error)


def test_unreadable_files_are_refused_with_their_name(tmp_path):
    with pytest.raises(SetupError, match="could not read missing.json"):
        load_setup(tmp_path / "missing.json")
    (tmp_path / "latin1.json").write_bytes(b'{"title": "caf\xe9"}')
    with pytest.raises(SetupError, match="^latin1.json: it is not UTF-8 text$"):
        load_setup(tmp_path / "latin1.json")
    (tmp_path / "huge.json").write_text(" " * (MAX_SETUP_BYTES + 1), encoding="utf-8")
    with pytest.raises(SetupError, match="huge.json is too large for a setup"):
        load_setup(tmp_path / "huge.json")
    with pytest.raises(SetupError, match="must be at most"):
        parse_setup(" " * (MAX_SETUP_BYTES + 1))


# -- translation --------------------------------------------------------------------------


def test_a_refusal_is_translated_with_its_cause_and_its_words():
    japanese = {
        "{field}: {reason}": "{field}：{reason}",
        "{setting} must be a list, got {value}": "{setting}はリストで指定してください（{value}）",
        "hidden layers": "中間層",
        "{field} must be text, got {kind}": "{field} は文字列で指定してください（{kind}）",
        "a number": "数値",
    }

    def translate(context, text):
        return japanese.get(text, text)

    error = refusal(doc(settings={"hidden": 4}))
    assert error.message(translate) == "settings.hidden：中間層はリストで指定してください（4）"
    assert refusal(doc(title=3)).message(translate) == "title は文字列で指定してください（数値）"


def test_every_template_and_word_is_listed_for_translators():
    from playground import setup_format

    wanted = error_templates(ROOT / "playground" / "setup_format.py", "SetupError")
    wanted |= {str(word) for word in setup_format._JSON_KINDS.values()}
    missing = wanted - listed_in_runtime_strings("setup")
    assert not missing, "list in runtime_strings.py:\n" + "\n".join(sorted(missing))

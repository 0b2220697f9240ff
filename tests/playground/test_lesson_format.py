"""Lesson files: the shipped ones are complete in both languages, a broken one says where
(the line for JSON, the lesson / step / field otherwise) and costs only itself; the check
vocabulary is followed through frames as a learner would meet it."""

from __future__ import annotations

import json
import re
import shutil
from types import SimpleNamespace

import pytest

from playground.lessons.checks import CheckTracker, World, validate_check
from playground.lessons.fields import LessonError
from playground.lessons.format import LESSON_DIR, load_lessons, parse_lesson
from playground.lessons.session import known_views
from playground.settings import Settings

VIEWS = known_views()
#: The deck's words each lesson's Japanese must use.
DECK_TERMS = {
    1: ("パーセプトロン", "重み", "バイアス", "ステップ関数"),
    2: ("中間層", "パーセプトロン"),
    3: ("重み", "バイアス", "活性化関数"),
    4: ("活性化関数", "ステップ関数", "シグモイド関数", "ReLU関数"),
    5: ("ソフトマックス関数", "交差エントロピー誤差", "損失関数"),
    6: ("損失関数", "勾配法", "学習率"),
    7: ("計算グラフ", "連鎖律"),
    8: ("誤差逆伝播法", "活性化関数"),
    9: ("勾配法", "学習率"),
}


def shipped():
    lessons, errors = load_lessons(known_views=VIEWS)
    assert errors == (), [str(e) for e in errors]
    return lessons


def texts(lesson):
    yield lesson.title
    if lesson.goal:
        yield lesson.goal
    for step in lesson.steps:
        yield step.do
        if step.look:
            yield step.look


def test_nine_lessons_ship_each_in_english_and_japanese_with_a_checked_step():
    lessons = shipped()
    assert [x.number for x in lessons] == list(range(1, 10))
    for lesson in lessons:
        assert 3 <= len(lesson.steps) <= 8, lesson.id
        assert any(step.check for step in lesson.steps), f"{lesson.id}: no checked step"
        for text in texts(lesson):
            assert text.en and text.ja, f"{lesson.id}: {text}"
            assert re.search(r"[\u3040-\u30ff]", text.ja), f"{lesson.id}: not Japanese: {text.ja}"
        for step in lesson.steps:
            assert not step.check or step.show_me, f"{lesson.id}: a check without a solution"


def test_the_japanese_uses_the_seed_decks_terms():
    for lesson in shipped():
        japanese = "".join(t.ja for t in texts(lesson))
        for term in DECK_TERMS[lesson.number]:
            assert term in japanese, f"lesson {lesson.number} never says {term}"


def test_the_readme_example_is_a_valid_lesson():
    readme = (LESSON_DIR / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", readme, re.S).group(1)
    lesson = parse_lesson(example, "example", known_views=VIEWS)
    assert lesson.number == 20 and len(lesson.steps) == 3
    assert lesson.steps[1].check == {"diverged": True}


def _lesson(**changes) -> dict:
    data = {"format": "nn-playground-lesson", "version": 1, "number": 3,
            "title": {"en": "T", "ja": "タ"},
            "steps": [{"do": {"en": "a"}},
                      {"do": {"en": "b"}, "check": {"metric": "test_loss", "below": 0.1},
                       "show_me": [{"play": True}]}]}
    data.update(changes)
    return data


def _with_step(**step) -> dict:
    data = _lesson()
    data["steps"][1] = {key: value for key, value in {"do": {"en": "b"}, **step}.items()
                        if value is not None}
    return data


@pytest.mark.parametrize("data, message", [
    (_with_step(check={"metric": "test_loss", "below": "x"}, show_me=[{"play": True}]),
     'lesson 3, step 2, check.below: must be a number, got "x"'),
    (_with_step(check={"metric": "loss", "below": 1}, show_me=[{"play": True}]),
     "lesson 3, step 2, check.metric: must be one of train_loss, test_loss"),
    (_with_step(check={"weather": "sunny"}, show_me=[{"play": True}]),
     "lesson 3, step 2, check: say what to check with exactly one of"),
    (_with_step(check={"setting": "learning_rate", "equals": -1}, show_me=[{"play": True}]),
     "lesson 3, step 2, check.equals: learning rate must be a number in (0, 100]"),
    (_with_step(check={"setting": "hidden", "equals": [3, 0]}, show_me=[{"play": True}]),
     "lesson 3, step 2, check.equals[1]: neurons per layer must be 1…64, got 0"),
    (_with_step(check={"all": [{"picked": True}, {"view_shown": "nowhere"}]},
                show_me=[{"play": True}]),
     'lesson 3, step 2, check.all[1].view_shown: unknown view "nowhere"'),
    (_with_step(check={"diverged": True}),
     "lesson 3, step 2, show_me: a step with a check needs its solution in show_me"),
    (_with_step(show_me=[{"set": {"learning_rate": "fast"}}]),
     'lesson 3, step 2, show_me[0].set.learning_rate: learning rate must be a number, got \'fast\''),
    (_with_step(show_me=[{"run": "import os"}]),
     "lesson 3, step 2, show_me[0]: an action is exactly one of set, click"),
    (_with_step(show_me=[{"click": "play button"}]),
     'lesson 3, step 2, show_me[0].click: must be a name like playButton, got "play button"'),
    (_with_step(show_me=[{"perceptron": {"w1": 99}}]),
     "lesson 3, step 2, show_me[0].perceptron.w1: must be between -10 and 10, got 99"),
    (_with_step(do={"en": ""}), 'lesson 3, step 2, do.en: must be text, got ""'),
    (_with_step(do={"fr": "b"}), 'lesson 3, step 2, do: unknown field "fr" (known: en, ja)'),
    (_with_step(do=None, look={"en": "x"}), "lesson 3, step 2, do: is missing: say what to do"),
    (_with_step(do="b", hint="x"), 'lesson 3, step 2: unknown field "hint"'),
    (_lesson(setup={"settings": {"hidden": [0]}}),
     "lesson 3, setup: settings.hidden[0]: neurons per layer must be 1…64, got 0"),
    (_lesson(setup={"views": ["boundary", "nowhere"]}),
     'lesson 3, setup: views[1]: unknown view "nowhere"'),
    (_lesson(steps=[]), "lesson 3, steps: needs at least 1 item(s), got 0"),
    (_lesson(version=2), "lesson 3, version: this lesson is version 2, newer than"),
    (_lesson(format="nn-playground-setup"), 'format: must be "nn-playground-lesson"'),
    (_lesson(number="three"), 'number: must be a whole number, got "three"'),
])
def test_a_refusal_names_the_lesson_step_and_field(data, message):
    with pytest.raises(LessonError) as info:
        parse_lesson(json.dumps(data), "odd", "odd.json", known_views=VIEWS)
    assert str(info.value).startswith(f"odd.json: {message}"), str(info.value)


def test_a_json_syntax_error_gives_the_line_and_column():
    text = '{\n  "format": "nn-playground-lesson",\n  "version": 1\n  "number": 2\n}'
    with pytest.raises(LessonError) as info:
        parse_lesson(text, "odd", "odd.json")
    assert str(info.value) == ("odd.json: line 4, column 3: not valid JSON "
                               "(Expecting ',' delimiter)")


def test_a_broken_file_is_refused_and_the_others_still_load(tmp_path):
    for path in LESSON_DIR.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "10-broken.json").write_text('{"format": "nn-playground-lesson",,}',
                                             encoding="utf-8")
    data = _with_step(check={"metric": "test_loss", "below": "x"}, show_me=[{"play": True}])
    (tmp_path / "11-odd.json").write_text(json.dumps(data), encoding="utf-8")
    lessons, errors = load_lessons(tmp_path, known_views=VIEWS)
    assert [x.number for x in lessons] == list(range(1, 10))
    assert [str(e) for e in errors] == [
        "10-broken.json: line 1, column 35: not valid JSON (Expecting property name "
        "enclosed in double quotes)",
        '11-odd.json: lesson 3, step 2, check.below: must be a number, got "x"',
    ]


def test_a_refusal_is_worded_in_the_interface_language():
    with pytest.raises(LessonError) as info:
        parse_lesson(json.dumps(_with_step(do={"en": ""})), "odd", "odd.json")
    table = {("lessons", "lesson {number}"): "レッスン {number}",
             ("lessons", "step {number}"): "ステップ {number}",
             ("lessons", "must be text, got {value}"): "テキストが必要です({value})"}
    worded = info.value.message(lambda context, text: table.get((context, text), text))
    assert worded == 'odd.json: レッスン 3, ステップ 2, do.en: テキストが必要です("")'


# -- checks followed through frames ----------------------------------------------------


def frame(step=0, build=1, test_loss=1.0, diverged=False, network=None):
    """A frame of build ``build``, whose network was first built in build ``network``
    (the same build unless said: a new network)."""
    return SimpleNamespace(step=step, build_id=build, test_loss=test_loss, train_loss=test_loss,
                           train_acc=0.5, test_acc=0.5, epoch=step // 25, has_test=True,
                           divergence=object() if diverged else None,
                           build=SimpleNamespace(network_id=build if network is None else network))


def world(**kw):
    return World(settings=kw.pop("settings", Settings()), **kw)


def test_a_metric_must_hold_for_frames_in_a_row():
    tracker = CheckTracker({"metric": "test_loss", "below": 0.1, "for_frames": 3})
    for i, loss in enumerate((0.05, 0.05, 0.2, 0.05, 0.05)):
        tracker.on_frame(frame(step=i, test_loss=loss))
        assert not tracker.met(world())
    tracker.on_frame(frame(step=9, test_loss=0.09))
    assert tracker.met(world())


def test_steps_count_from_the_step_start_and_again_from_a_reset():
    tracker = CheckTracker({"steps_at_least": 100})
    tracker.on_frame(frame(step=500))
    tracker.on_frame(frame(step=590))
    assert not tracker.met(world())
    tracker.on_frame(frame(step=600))
    assert tracker.met(world())
    reset = CheckTracker({"steps_at_least": 100})
    reset.on_frame(frame(step=500))
    reset.on_frame(frame(step=99, build=2))
    assert not reset.met(world())
    reset.on_frame(frame(step=100, build=2))
    assert reset.met(world())


def test_a_loss_that_was_low_before_the_step_began_does_not_do_the_step():
    """Frames of the network the step began with, not trained since (the learner
    chose another optimizer but has not pressed Reset and Play yet), never count."""
    tracker = CheckTracker({"metric": "test_loss", "below": 0.1, "for_frames": 3})
    for _ in range(5):
        tracker.on_frame(frame(step=4000, test_loss=0.02))
    assert not tracker.met(world())
    for step in (4010, 4020, 4030):
        tracker.on_frame(frame(step=step, test_loss=0.02))
    assert tracker.met(world()), "trained in this step: the low loss counts"


def test_reset_is_a_new_network_not_new_data():
    check = {"all": [{"reset": True}, {"metric": "test_loss", "below": 0.1, "for_frames": 2}]}
    tracker = CheckTracker(check)
    tracker.on_frame(frame(step=4000, build=2, test_loss=0.02))
    tracker.on_frame(frame(step=4005, build=3, network=2, test_loss=0.02))  # new points only
    tracker.on_frame(frame(step=4010, build=3, network=2, test_loss=0.02))
    assert not tracker.met(world()), "new data keeps the trained network"
    tracker.on_frame(frame(step=0, build=4, test_loss=0.7))  # Reset
    tracker.on_frame(frame(step=200, build=4, test_loss=0.08))
    assert not tracker.met(world())
    tracker.on_frame(frame(step=220, build=4, test_loss=0.07))
    assert tracker.met(world())
    untrained = CheckTracker({"reset": True})
    untrained.on_frame(frame(step=0, build=5))
    assert untrained.met(world()), "a step that begins on untrained weights needs no Reset"


def test_training_before_the_asked_settings_hold_does_not_count():
    """Lesson 9: Reset and train Momentum at 0.03, then choose 0.01 — the loss is
    low, but the step asks to train at 0.01 from a Reset."""
    check = {"all": [{"reset": True}, {"setting": "learning_rate", "at_most": 0.01},
                     {"metric": "test_loss", "below": 0.1, "for_frames": 2}]}
    tracker = CheckTracker(check)
    fast, slow = world(settings=Settings(learning_rate=0.03)), world(
        settings=Settings(learning_rate=0.01))
    tracker.on_frame(frame(step=4000, build=2, test_loss=0.05), fast)
    tracker.on_frame(frame(step=0, build=3, test_loss=0.7), fast)  # Reset
    tracker.on_frame(frame(step=300, build=3, test_loss=0.08), fast)
    tracker.on_frame(frame(step=320, build=3, test_loss=0.07), fast)
    tracker.on_frame(frame(step=330, build=3, test_loss=0.07), slow)  # now 0.01
    tracker.on_frame(frame(step=340, build=3, test_loss=0.07), slow)
    assert not tracker.met(slow), "trained at 0.03: a Reset at 0.01 is still owed"
    tracker.on_frame(frame(step=0, build=4, test_loss=0.7), slow)  # Reset at 0.01
    tracker.on_frame(frame(step=600, build=4, test_loss=0.09), slow)
    tracker.on_frame(frame(step=620, build=4, test_loss=0.08), slow)
    assert tracker.met(slow)


def test_a_divergence_seen_once_stays_seen_and_all_needs_every_part():
    check = {"all": [{"diverged": True}, {"setting": "learning_rate", "at_least": 5}]}
    tracker = CheckTracker(check)
    tracker.on_frame(frame(step=3, diverged=True))
    tracker.on_frame(frame(step=3))
    assert not tracker.met(world())
    assert tracker.met(world(settings=Settings(learning_rate=10.0)))


def test_a_selection_can_be_asked_for_in_one_column():
    """Lesson 3 asks for a hidden neuron, lesson 8 for a weight into the output."""
    from playground.selection import Param

    shown = SimpleNamespace(layer_sizes=(2, 4, 2))

    def met(check, selected):
        return CheckTracker(validate_check(check)).met(world(selected=selected, frame=shown))

    hidden = {"selected": "node", "column": "hidden"}
    assert met(hidden, (1, 3)) and not met(hidden, (0, 1)) and not met(hidden, (2, 0))
    into_output = {"selected": "weight", "column": "output"}
    assert met(into_output, Param(1, 0, 2)) and not met(into_output, Param(0, 0, 1))
    with pytest.raises(LessonError, match="column"):
        validate_check({"selected": "node", "column": "middle"})


def test_picks_selections_views_and_the_perceptron():
    from playground.selection import Param, Pick

    def met(check, **kw):
        return CheckTracker(check).met(world(**kw))

    point, place = Pick((0.0, 1.0), "train", 0, 1), Pick((0.5, 0.5))
    assert met({"picked": "any"}, pick=place) and not met({"picked": "any"})
    assert met({"picked": "data_point"}, pick=point)
    assert not met({"picked": "data_point"}, pick=place)
    assert met({"selected": "node"}, selected=(1, 0))
    assert not met({"selected": "node"}, selected=Param(0, 1, 0))
    assert met({"selected": "weight"}, selected=Param(0, 1, 0))
    assert met({"selected": "bias"}, selected=Param(0, 1))
    assert met({"view_shown": "loss"}, views_shown=frozenset({"loss"}))
    model = SimpleNamespace(mode="single", target="XOR", computes=lambda gate: gate == "AND")
    assert met({"perceptron": {"computes": "AND", "target": "XOR"}}, perceptron=model)
    assert not met({"perceptron": {"mode": "two_layer"}}, perceptron=model)
    assert not met({"perceptron": {"computes": "AND"}}), "no Perceptron view yet"

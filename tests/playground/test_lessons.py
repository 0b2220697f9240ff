"""Lessons in the real window: every shipped lesson's stored solutions make its checks come
true; steps frame their control and bring hidden ones back; progress is remembered; a
teacher's file opens from anywhere, reloads after editing, and a broken one says where."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget

from playground.i18n import install_language
from playground.lessons.format import LESSON_DIR, PLANNED_VIEWS, load_lessons
from playground.lessons.session import LessonSession, known_views
from playground.settings import SPEED_LEVELS
from playground.views.registry import DOCKS

LESSONS, _ = load_lessons(known_views=known_views())
MAX_SPEED = len(SPEED_LEVELS) - 1
REGISTERED = {spec.name for spec in DOCKS}


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The real window with a remembered state of its own: progress and the arrangement a
    lesson leaves behind (the lessons dock open) must not reach other tests' windows."""
    from playground.main_window import MainWindow
    from playground.remembered import Remembered

    monkeypatch.setenv("NN_PLAYGROUND_CONFIG", str(tmp_path / "config"))
    remembered = Remembered()
    remembered.save_welcomed()
    win = MainWindow(remembered=remembered)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.latest_frame is not None, timeout=20000)
    yield win
    win.close()


def open_panel(window, qtbot):
    panel = window.lessons.open()
    qtbot.waitUntil(lambda: window.docks.docks["lessons"].showing, timeout=5000)
    panel.session.runner.delay_ms = 0
    return panel


def wait_quiet(qtbot, session):
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10000)


def assert_pointed_at(window, session, step):
    """The step's control is found and framed, unless it belongs to a view not built yet."""
    name = step.highlight
    if name is None:
        assert not session.highlight.isVisible()
        return
    planned = name.endswith("Dock") and name[:-4] in set(PLANNED_VIEWS) - REGISTERED
    if planned:
        assert session.revealed.widget is None
        return
    target = session.revealed.widget
    assert target is not None, f"nothing called {name}"
    assert not session.revealed.hidden and target.isVisible(), f"{name} is not on screen"
    session.highlight.place()
    assert session.highlight.isVisible(), f"{name} is not framed"
    frame = session.highlight.geometry()
    corner = target.mapTo(session.highlight.parentWidget(), target.rect().center())
    assert frame.contains(corner), f"the frame is not over {name}"


@pytest.mark.parametrize("lesson", LESSONS, ids=[x.id for x in LESSONS])
def test_every_checked_steps_solution_makes_its_check_come_true(window, qtbot, lesson):
    window.state.update(speed=MAX_SPEED)
    panel = open_panel(window, qtbot)
    session = panel.session
    session.start(session.find(lesson.id), restart=True)
    assert session.lesson.id == lesson.id and session.index == 0
    for i, step in enumerate(lesson.steps):
        assert session.index == i
        qtbot.wait(30)
        assert_pointed_at(window, session, step)
        if step.check is not None:
            session.evaluate()
            assert not session.met, f"step {i + 1} was done before its solution ran"
        if step.show_me:
            qtbot.mouseClick(panel.showMeButton, Qt.LeftButton)
            wait_quiet(qtbot, session)
            assert session.runner.problems == [f"show: {v!r}" for v in _absent(step)], (
                session.runner.problems)
        if step.check is not None:
            qtbot.waitUntil(lambda: session.met, timeout=60000)
            assert "✓" in panel.statusLabel.text()
        window.controller.set_playing(False)
        qtbot.mouseClick(panel.nextButton, Qt.LeftButton)
    assert session.finished
    _step, done = window.remembered.lesson_progress(lesson.id)
    assert done == set(range(len(lesson.steps)))


def _absent(step) -> list[str]:
    """Views a step shows that this version does not have yet (the panel says so)."""
    return [a["show"] for a in step.show_me
            if "show" in a and a["show"] in set(PLANNED_VIEWS) - REGISTERED]


def test_the_two_layer_network_of_lesson_2_computes_xor(window, qtbot):
    panel = open_panel(window, qtbot)
    assert panel.start_lesson(2, restart=True)
    view = window.docks.content("perceptron")
    assert view.model.mode == "single" and not view.model.computes("XOR")
    panel.session.show_me()
    wait_quiet(qtbot, panel.session)
    assert view.model.mode == "two_layer" and view.model.computes("XOR")
    assert view.table.marks == ["✓"] * 4
    assert window.state.settings.hidden == () and window.state.settings.dataset == "xor"


def test_a_step_pointing_at_a_closed_view_opens_it_and_says_so(window, qtbot):
    loss = window.findChild(QDockWidget, "lossDock")
    panel = open_panel(window, qtbot)
    panel.start_lesson(6, restart=True)
    panel.session.go(1)
    loss.close()
    panel.session.go(0)
    assert panel.session.step.highlight == "lossDock"
    assert loss.isVisible()
    assert "was closed" in panel.noteLabel.text() and panel.noteLabel.isVisible()
    assert panel.session.highlight.target is loss


def test_a_control_in_a_scrolled_column_is_scrolled_into_view(window, qtbot):
    window.resize(1024, 700)
    panel = open_panel(window, qtbot)
    panel.start_lesson(3, restart=True)
    panel.session.go(5)  # the X₁² feature, at the bottom of the data column
    box = panel.session.revealed.widget
    assert box.objectName() == "feature_x1sqCheck" and box.isVisible()
    scroll = window.view("data")._scroll

    def in_view():
        top = box.mapTo(scroll.viewport(), box.rect().topLeft()).y()
        return 0 <= top and top + box.height() <= scroll.viewport().height()

    qtbot.waitUntil(in_view, timeout=3000)
    assert scroll.verticalScrollBar().value() > 0, "it had to scroll"


def test_back_next_restart_and_the_keys_and_progress_is_remembered(window, qtbot):
    panel = open_panel(window, qtbot)
    panel.start_lesson(4, restart=True)
    s = panel.session
    window.findChild(QAction, "lessonNextAction").trigger()
    window.findChild(QAction, "lessonNextAction").trigger()
    assert s.index == 2
    window.findChild(QAction, "lessonBackAction").trigger()
    assert s.index == 1 and "Step 2 of 6" in panel.stepLabel.text()
    assert window.remembered.lesson_progress(s.lesson.id)[0] == 1
    again = LessonSession(window.docks, window.remembered)
    again.start(again.find(s.lesson.id))
    assert again.index == 1, "a lesson resumes where it was left"
    again.highlight.deleteLater()
    qtbot.mouseClick(panel.restartButton, Qt.LeftButton)
    assert s.index == 0 and s.done == set()


def test_help_menu_and_f1_open_the_lessons(window, qtbot):
    dock = window.findChild(QDockWidget, "lessonsDock")
    assert not dock.isVisible()
    menu = window.menuBar().findChild(type(window.lessons.help_menu), "helpMenu")
    assert window.findChild(QAction, "lessonsAction") in menu.actions()
    window.findChild(QAction, "lessonsAction").trigger()
    qtbot.waitUntil(dock.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: window.docks.docks["data"] not in window.tabifiedDockWidgets(dock),
                    timeout=5000)
    assert window.docks.docks["data"].isVisible(), "the lesson sits below the data, not on it"
    assert window.docks.content("lessons").session.lesson is not None


def test_a_teachers_file_opens_from_any_folder_and_reloads_after_editing(window, qtbot,
                                                                         tmp_path):
    panel = open_panel(window, qtbot)
    lesson = json.loads((LESSON_DIR / "01-perceptron.json").read_text(encoding="utf-8"))
    lesson["number"] = 42
    lesson["steps"][0]["do"]["en"] = "A teacher's first step."
    path = tmp_path / "my-lesson.json"
    path.write_text(json.dumps(lesson), encoding="utf-8")
    assert panel.open_path(str(path))
    assert panel.session.lesson.id == "my-lesson"
    assert panel.doLabel.text() == "A teacher's first step."
    lesson["steps"][0]["do"]["en"] = "Edited."
    path.write_text(json.dumps(lesson), encoding="utf-8")
    qtbot.mouseClick(panel.reloadButton, Qt.LeftButton)
    assert panel.doLabel.text() == "Edited."
    lesson["steps"][0]["check"] = {"metric": "test_loss", "below": "low"}
    path.write_text(json.dumps(lesson), encoding="utf-8")
    qtbot.mouseClick(panel.reloadButton, Qt.LeftButton)
    assert panel.problemsLabel.isVisible()
    assert ('my-lesson.json: lesson 42, step 1, check.below: must be a number, got "low"'
            in panel.problemsLabel.text())
    assert panel.lessonCombo.count() == len(LESSONS), "the shipped lessons still load"


def test_a_broken_shipped_file_is_listed_with_its_line_and_the_rest_load(window, qtbot,
                                                                         tmp_path):
    for path in LESSON_DIR.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "05-softmax.json").write_text('{\n  "format": oops\n}', encoding="utf-8")
    panel = open_panel(window, qtbot)
    panel.session.directory = tmp_path
    panel.session.load()
    assert panel.lessonCombo.count() == len(LESSONS) - 1
    assert ("05-softmax.json: line 2, column 13: not valid JSON (Expecting value)"
            in panel.problemsLabel.text())


def test_the_lesson_text_switches_language_and_projector_mode_in_place(window, qtbot):
    panel = open_panel(window, qtbot)
    panel.start_lesson(1, restart=True)
    step = panel.session.step
    app = QApplication.instance()
    try:
        window.set_language("ja")
        assert panel.doLabel.text() == step.do.ja
        assert "パーセプトロンと論理回路" in panel.titleLabel.text()
        assert "パーセプトロンと論理回路" in panel.lessonCombo.currentText()
    finally:
        window.set_language("en")
    assert panel.doLabel.text() == step.do.en
    install_language(app, "en")
    label, width = panel.doLabel, panel.session.highlight._width
    size = label.font().pointSizeF()
    window.set_projector_mode(True)
    qtbot.wait(20)
    try:
        assert panel.doLabel is label, "nothing is rebuilt"
        assert panel.session.highlight._width > width
        assert panel.titleLabel.font().pointSizeF() > size
    finally:
        window.set_projector_mode(False)


def test_the_welcome_offers_lesson_1_once(qtbot, tmp_path, monkeypatch):
    from playground.main_window import MainWindow
    from playground.remembered import Remembered

    monkeypatch.setenv("NN_PLAYGROUND_CONFIG", str(tmp_path / "welcome"))
    first = MainWindow(remembered=Remembered())
    qtbot.addWidget(first)
    first.show()
    try:
        qtbot.waitUntil(lambda: first.lessons.welcome is not None, timeout=5000)
        card = first.lessons.welcome
        assert card.isVisible() and "Lesson 1" in card.textLabel.text()
        qtbot.mouseClick(card.startButton, Qt.LeftButton)
        assert first.lessons.welcome is None
        session = first.docks.content("lessons").session
        assert session.lesson.number == 1
    finally:
        first.close()
    second = MainWindow(remembered=Remembered())
    qtbot.addWidget(second)
    second.show()
    try:
        qtbot.wait(100)
        assert second.lessons.welcome is None, "offered once only"
    finally:
        second.close()
    fresh = Remembered(fresh=True)
    assert not fresh.should_welcome(), "--fresh (and screenshots) start without it"


def test_maximising_the_lessons_panel_keeps_the_view_menu_true(window, qtbot):
    """Maximising the panel shows it, its step asks for the dock it points at, and
    that restore used to run inside the maximise (random user, seed 20): the menu
    said "maximised" over the full arrangement."""
    panel = open_panel(window, qtbot)
    session = panel.session
    session.start(session.find("09-optimizers"), restart=True)
    for _ in range(4):
        session.next()
    assert session.step.highlight == "optimizerCompareTab"  # in the optimizers dock
    window.docks.docks["lessons"].setFloating(True)  # maximising docks it again
    qtbot.wait(50)
    window.docks.toggle_maximized("lessons")
    qtbot.wait(50)
    action = window.menus.actions["maximizeView"]
    assert window.docks.maximized == "lessons" and action.isChecked()
    assert not window.docks.docks["boundary"].isVisible()
    window.docks.toggle_maximized("lessons")
    qtbot.wait(50)
    assert window.docks.maximized is None and not action.isChecked()
    assert window.docks.docks["boundary"].isVisible()


@pytest.mark.parametrize("lesson_id, index, name", [
    ("02-xor-hidden-layer", 4, "layer0NeuronsSpin"),  # the layer step 4 added by a click
    ("01-perceptron", 2, "perceptronBSlider"),        # the AND example clicked in step 2
])
def test_coming_back_to_a_later_step_finds_what_earlier_steps_left(window, qtbot, lesson_id,
                                                                     index, name):
    panel = open_panel(window, qtbot)
    session = panel.session
    lesson = session.find(lesson_id)
    window.remembered.save_lesson_progress(lesson.id, index, set(range(index)))
    session.start(lesson)
    wait_quiet(qtbot, session)
    assert session.index == index
    assert session.revealed is not None and session.revealed.widget is not None, name
    assert session.revealed.widget.objectName() == name
    if lesson_id == "01-perceptron":
        model = window.docks.content("perceptron").model
        assert model.computes("AND"), "the AND example the step starts from"

"""A lesson in progress: which lesson and step, its check watched live, progress kept.

:class:`LessonSession` has no widgets of its own (the panel shows it): it loads
the shipped lessons and any a teacher opens, starts a lesson (its setup, its
views, its ``start`` actions), moves between steps, follows the step's check
through every frame and settings change, plays "show me" with the
:class:`~playground.lessons.runner.LessonRunner`, frames the step's control
with the :class:`~playground.lessons.highlight.Highlight`, and remembers the
step reached and the steps done (:mod:`playground.remembered`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from playground.lessons.checks import CheckTracker, World
from playground.lessons.fields import LessonError
from playground.lessons.format import LESSON_DIR, PLANNED_VIEWS, Lesson, load_lesson, load_lessons
from playground.lessons.highlight import Highlight, Revealed, reveal, show_dock
from playground.lessons.runner import LessonRunner
from playground.settings import RESET_KEYS, VIEW_KEYS, changed_keys
from playground.views.registry import DOCKS

#: How often checks that no signal announces (a view shown) are looked at again.
POLL_MS = 250
#: Settings a lesson's setup leaves as the learner has them unless it names them.
KEPT_BY_LESSONS = VIEW_KEYS | {"speed"}


def known_views() -> tuple[str, ...]:
    return tuple(spec.name for spec in DOCKS) + tuple(
        v for v in PLANNED_VIEWS if v not in {spec.name for spec in DOCKS})


class LessonSession(QObject):
    """The lesson and step shown, and everything that moves them.

    Signals
    -------
    changed()
        Another lesson, step or list of lessons.
    checkChanged()
        The step's check was met (or the step changed).
    running(bool)
        "Show me" started or ended.
    """

    changed = Signal()
    checkChanged = Signal()
    running = Signal(bool)

    def __init__(self, host, remembered, parent: QObject | None = None,
                 directory: Path = LESSON_DIR):
        super().__init__(parent)
        self.host = host
        self.controller = host.controller
        self.remembered = remembered
        self.directory = Path(directory)
        self.lessons: tuple[Lesson, ...] = ()
        self.errors: tuple[LessonError, ...] = ()
        self.extra_files: list[Path] = []  # lessons a teacher opened from elsewhere
        self.lesson: Lesson | None = None
        self.index = 0
        self.done: set[int] = set()
        self.met = False
        self.finished = False
        self.revealed: Revealed | None = None
        self.missing_views: list[str] = []
        self.tracker = CheckTracker(None)
        self._stale_build = None
        self.highlight = Highlight(host.window)
        self.runner = LessonRunner(host, self)
        self.runner.acting.connect(self._on_acting)
        self.runner.finished.connect(self._on_run_finished)
        self.controller.frameReady.connect(self._on_frame)
        self.controller.state.changed.connect(self.evaluate)
        self.controller.selection.pickChanged.connect(self.evaluate)
        self.controller.selection.selectedChanged.connect(self.evaluate)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.evaluate)
        self.load()

    # -- the lessons ----------------------------------------------------------------------
    def load(self) -> None:
        """(Re)read the shipped lessons and the teacher's files; keep the place in the current one."""
        lessons, errors = load_lessons(self.directory, known_views=known_views())
        lessons, errors = list(lessons), list(errors)
        for path in self.extra_files:
            try:
                lesson = load_lesson(path, known_views=known_views())
            except LessonError as exc:
                errors.append(exc)
                continue
            lessons = [x for x in lessons if x.path != lesson.path] + [lesson]
        self.lessons, self.errors = tuple(lessons), tuple(errors)
        if self.lesson is not None:
            same = self.find(self.lesson.id)
            if same is not None:
                self.lesson = same
                self.index = min(self.index, len(same.steps) - 1)
                self._enter(self.index)
        self.changed.emit()

    def open_file(self, path: str | Path) -> LessonError | None:
        """Add a lesson file from any folder and start it; its refusal if it is refused."""
        path = Path(path)
        try:
            lesson = load_lesson(path, known_views=known_views())
        except LessonError as exc:
            return exc
        if path not in self.extra_files:
            self.extra_files.append(path)
        self.load()
        self.start(self.find(lesson.id, path) or lesson)
        return None

    def find(self, lesson_id: str, path: Path | None = None) -> Lesson | None:
        for lesson in self.lessons:
            if lesson.id == lesson_id and (path is None or lesson.path == path):
                return lesson
        return None

    # -- moving -----------------------------------------------------------------------------
    def start(self, lesson: Lesson, restart: bool = False) -> None:
        """Load the lesson's setup and go to the step reached last time (or the first)."""
        self.runner.stop()
        self.lesson = lesson
        step, done = self.remembered.lesson_progress(lesson.id)
        if restart or len(done) >= len(lesson.steps):
            step, done = 0, frozenset() if restart else done
        self.index = min(step, len(lesson.steps) - 1)
        self.done = set(done)
        self._apply_setup(lesson)
        for action in lesson.start:
            self.runner.perform(action)
        # Coming back to a later step: what earlier steps' solutions left (settings,
        # views, the perceptron, buttons such as "+ layer" or the AND example), not
        # their training (play, step, reset), so this step finds what it names.
        for earlier in lesson.steps[:self.index]:
            for action in earlier.show_me:
                if next(iter(action)) in ("set", "perceptron", "show", "click"):
                    self.runner.perform(action)
        self.remembered.save_last_lesson(lesson.id)
        self._enter(self.index)
        self.changed.emit()

    def restart(self) -> None:
        if self.lesson is not None:
            self.start(self.lesson, restart=True)

    def go(self, index: int) -> None:
        if self.lesson is None or not 0 <= index < len(self.lesson.steps):
            return
        self.runner.stop()
        self._enter(index)
        self.changed.emit()

    def next(self) -> None:
        if self.lesson is None:
            return
        if self.finished:
            later = [x for x in self.lessons if (x.number, x.id) > (self.lesson.number,
                                                                     self.lesson.id)]
            if later:
                self.start(later[0])
            return
        if self.lesson.steps[self.index].check is None:
            self._mark_done(self.index)
        if self.index + 1 < len(self.lesson.steps):
            self.go(self.index + 1)
        else:
            self.runner.stop()
            self.finished = True
            self.highlight.clear()
            self.changed.emit()

    def back(self) -> None:
        if self.finished:
            self.go(self.index)
        else:
            self.go(self.index - 1)

    def show_me(self) -> None:
        if self.lesson is not None and not self.finished:
            self.runner.run(self.lesson.steps[self.index].show_me)
            self.running.emit(True)

    # -- the step -----------------------------------------------------------------------------
    @property
    def step(self):
        return None if self.lesson is None else self.lesson.steps[self.index]

    def _enter(self, index: int) -> None:
        self.index = index
        self.finished = False
        self.tracker = CheckTracker(self.step.check)
        self.met = False
        self.tracker.on_frame(self._fresh(self.controller.latest_frame), self.world())
        self.point_at_step()
        self.remembered.save_lesson_progress(self.lesson.id, index, self.done)
        self._poll.start()
        self.evaluate()
        self.checkChanged.emit()

    def point_at_step(self) -> None:
        """Bring the step's control on screen and frame it (or frame nothing)."""
        name = self.step.highlight if self.step is not None and not self.finished else None
        self.revealed = reveal(self.host, name) if name else None
        widget = self.revealed.widget if self.revealed is not None else None
        self.highlight.follow(widget if widget is not None and not self.revealed.hidden else None)

    def world(self) -> World:
        perceptron = self.host.content("perceptron") if "perceptron" in self.host.docks else None
        selection = self.controller.selection
        return World(
            settings=self.controller.state.settings,
            frame=self.controller.latest_frame,
            pick=selection.pick,
            selected=selection.selected,
            diverged=self.controller.divergence is not None,
            views_shown=frozenset(n for n, d in self.host.docks.items() if d.showing),
            perceptron=getattr(perceptron, "model", None),
        )

    def evaluate(self, *_args) -> None:
        """Look at the step's check again; once met, a step stays done."""
        if self.lesson is None or self.met or self.finished or self.step.check is None:
            return  # a step without a check is done when the learner moves on
        if self.tracker.met(self.world()):
            self.met = True
            self._mark_done(self.index)
            self.checkChanged.emit()

    def _mark_done(self, index: int) -> None:
        self.done.add(index)
        self.remembered.save_lesson_progress(self.lesson.id, self.index, self.done)

    # -- reactions ----------------------------------------------------------------------------
    def _fresh(self, frame):
        """``frame``, unless it still shows the network from before the lesson's setup."""
        if frame is None or self._stale_build is None:
            return frame
        if frame.build_id <= self._stale_build:
            return None
        self._stale_build = None
        return frame

    def _on_frame(self, frame) -> None:
        frame = self._fresh(frame)
        if frame is not None and self.lesson is not None:
            self.tracker.on_frame(frame, self.world())
            self.evaluate()

    def _on_acting(self, action: dict) -> None:
        if "click" in action:
            found = reveal(self.host, action["click"])
            if found.widget is not None:
                self.highlight.follow(found.widget)

    def _on_run_finished(self) -> None:
        self.point_at_step()
        self.running.emit(False)
        self.evaluate()

    def _apply_setup(self, lesson: Lesson) -> None:
        selection = self.controller.selection
        selection.set_pick(None)
        selection.set_selected(None)
        self.missing_views = []
        setup = lesson.setup
        if setup is None:
            return
        if setup.chosen:  # a setup of views only leaves the learner's network alone
            self._apply_settings(setup)
        if setup.views:
            # The lesson's views, not the last lesson's: close the extra views it does not name.
            for name, dock in self.host.docks.items():
                if not dock.spec.shown and name not in setup.views and name != "lessons":
                    dock.hide()
        for view in setup.views:
            if view in self.host.docks:
                show_dock(self.host, view)
            else:
                self.missing_views.append(view)

    def _apply_settings(self, setup) -> None:
        controller = self.controller
        current = controller.state.settings
        keep = {k: getattr(current, k) for k in KEPT_BY_LESSONS - setup.chosen}
        new = setup.settings.with_changes(**keep)
        frame = controller.latest_frame
        self._stale_build = frame.build_id if frame is not None else None
        controller.apply_settings(new)
        if new != current and not changed_keys(current, new) & RESET_KEYS:
            controller.restart_same()  # a lesson starts from untrained weights

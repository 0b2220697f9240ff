"""The lessons dock (``lessons``): a lesson's steps, one at a time, beside the work.

Each step says what to do and what to look at, frames the control it names,
and, when it carries a check, turns ✓ by itself as soon as the learner has done
it. Back, Next, Restart and "Show me" (the step's stored solution, played on
the window) sit below. Lessons come from ``resources/lessons/`` (one JSON file
each, both languages inside); a teacher opens a file from any folder and
reloads it after editing. The state lives in
:class:`~playground.lessons.session.LessonSession`; this is only its face.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.i18n import current_language
from playground.lessons.session import LessonSession
from playground.panels.labels import refresh_scaled_fonts, set_scaled_font
from playground.state import translated_message
from playground.views.base import PlaygroundView, ViewContext

_DONE_HEX, _TODO_HEX, _NOW_HEX, _BAD_HEX = "#007A5A", "#9A9A9A", "#D55E00", "#C0392B"


class LessonsPanel(PlaygroundView):
    """Choose a lesson, read its step, do it, see ✓; Back, Show me, Next, Restart."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("lessonsPanel")
        host = context.host
        self.session = LessonSession(host, host.window.remembered, self)
        self._build()
        self.session.changed.connect(self._show)
        self.session.checkChanged.connect(self._show_status)
        self.session.running.connect(self._on_running)
        host.docks["lessons"].visibilityChanged.connect(self._on_dock_visibility)
        self.set_style(context.style)
        self.retranslate()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.lessonCombo = QComboBox(objectName="lessonCombo")
        # Long titles must not widen the column: the combo shows what fits.
        self.lessonCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lessonCombo.setMinimumContentsLength(12)
        self.lessonCombo.activated.connect(self._on_chosen)
        self.restartButton = QToolButton(objectName="lessonRestartButton")
        self.restartButton.clicked.connect(self.session.restart)
        top = QHBoxLayout()
        top.addWidget(self.lessonCombo, 1)
        top.addWidget(self.restartButton)

        page = QWidget(objectName="lessonPage")
        text = QVBoxLayout(page)
        text.setContentsMargins(2, 2, 6, 2)
        text.setSpacing(6)
        self.titleLabel = self._label("lessonTitleLabel")
        set_scaled_font(self.titleLabel, 1.1, QFont.Weight.Bold)
        self.goalLabel = self._label("lessonGoalLabel")
        self.goalLabel.setStyleSheet("color: #555555;")
        set_scaled_font(self.goalLabel, 0.95)
        self.stepLabel = self._label("lessonStepLabel", rich=True)
        self.doCaption = self._label("lessonDoCaption")
        self.doLabel = self._label("lessonTextLabel")
        self.lookCaption = self._label("lessonLookCaption")
        self.lookLabel = self._label("lessonLookLabel")
        for caption in (self.doCaption, self.lookCaption):
            set_scaled_font(caption, 1.0, QFont.Weight.DemiBold)
        self.statusLabel = self._label("lessonStatusLabel")
        self.noteLabel = self._label("lessonNoteLabel")
        self.noteLabel.setStyleSheet("color: #8A4B00;")
        for widget in (self.titleLabel, self.goalLabel, self.stepLabel, self.doCaption,
                       self.doLabel, self.lookCaption, self.lookLabel, self.statusLabel,
                       self.noteLabel):
            text.addWidget(widget)
        text.addStretch(1)
        self._scroll = QScrollArea(objectName="lessonScroll")
        self._scroll.setWidget(page)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.backButton = QPushButton(objectName="lessonBackButton")
        self.backButton.clicked.connect(self.session.back)
        self.showMeButton = QPushButton(objectName="lessonShowMeButton")
        self.showMeButton.clicked.connect(self.session.show_me)
        self.nextButton = QPushButton(objectName="lessonNextButton")
        self.nextButton.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backButton)
        buttons.addWidget(self.showMeButton)
        buttons.addWidget(self.nextButton, 1)
        # For teachers: a lesson file from any folder, and reading the files again.
        self.openButton = QToolButton(objectName="openLessonButton")
        self.openButton.setAutoRaise(True)
        self.openButton.clicked.connect(self._on_open)
        self.reloadButton = QToolButton(objectName="reloadLessonButton")
        self.reloadButton.setAutoRaise(True)
        self.reloadButton.clicked.connect(self.session.load)
        files = QHBoxLayout()
        files.addStretch(1)
        files.addWidget(self.openButton)
        files.addWidget(self.reloadButton)

        self.problemsLabel = self._label("lessonProblemsLabel")
        self.problemsLabel.setStyleSheet(f"color: {_BAD_HEX};")
        self.problemsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problemsLabel)
        layout.addLayout(files)

    def _label(self, name: str, rich: bool = False) -> QLabel:
        label = QLabel(objectName=name, wordWrap=True)
        # A lesson file's text is shown as text, never as markup.
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        return label

    # -- commands (also the menu's and the keys') -------------------------------------------
    def start_lesson(self, number: int | None = None, restart: bool = False) -> bool:
        """Start lesson ``number`` (default: the last one taken, else the first)."""
        s = self.session
        lesson = None
        if number is not None:
            lesson = next((x for x in s.lessons if x.number == number), None)
        else:
            last = s.remembered.last_lesson()
            lesson = (s.find(last) if last else None) or (s.lessons[0] if s.lessons else None)
        if lesson is None:
            return False
        s.start(lesson, restart=restart)
        return True

    def next(self) -> None:
        if self.session.lesson is None:
            self.start_lesson()
        else:
            self.session.next()

    def back(self) -> None:
        self.session.back()

    def open_path(self, path: str) -> bool:
        """Open a lesson file (the Open button's dialog ends here); False if refused."""
        error = self.session.open_file(path)
        self._show_problems(error)
        return error is None

    def _on_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a lesson file"), "",
                                              self.tr("Lesson files (*.json)"))
        if path:
            self.open_path(path)

    def _on_chosen(self, row: int) -> None:
        lesson = self.lessonCombo.itemData(row)
        if lesson is not None:
            self.session.start(lesson)

    # -- showing ------------------------------------------------------------------------------
    def _show(self) -> None:
        s, lang = self.session, current_language()
        self.lessonCombo.blockSignals(True)
        self.lessonCombo.clear()
        for lesson in s.lessons:
            _step, done = s.remembered.lesson_progress(lesson.id)
            mark = "  ✓" if len(done) >= len(lesson.steps) else ""
            self.lessonCombo.addItem(f"{lesson.number} · {lesson.title.get(lang)}{mark}", lesson)
        if s.lesson is not None:
            self.lessonCombo.setCurrentIndex(
                next((i for i, x in enumerate(s.lessons) if x is s.lesson), -1))
        else:
            self.lessonCombo.setCurrentIndex(-1)
            self.lessonCombo.setPlaceholderText(self.tr("Choose a lesson…"))
        self.lessonCombo.blockSignals(False)
        self._show_problems(None)
        self._show_step()
        self._show_status()

    def _show_step(self) -> None:
        s, lang = self.session, current_language()
        lesson = s.lesson
        if lesson is None:
            self.titleLabel.setText(self.tr("Lessons"))
            self.goalLabel.setText(self.tr(
                "Short guided lessons on the ideas of 「ゼロから作るDeep Learning」: each step "
                "says what to do and what to look at, and ticks itself when you have done "
                "it. Choose a lesson above, or start with lesson 1."))
            for w in (self.stepLabel, self.doCaption, self.doLabel, self.lookCaption,
                      self.lookLabel, self.noteLabel):
                w.hide()
            return
        self.titleLabel.setText(self.tr("Lesson %1 · %2").replace("%1", str(lesson.number))
                                .replace("%2", lesson.title.get(lang)))
        self.goalLabel.setText(lesson.goal.get(lang) if lesson.goal else "")
        # The goal opens the lesson; later steps give its room to the step's text.
        self.goalLabel.setVisible(lesson.goal is not None and s.index == 0 and not s.finished)
        dots = "".join(
            f"<span style='color:{_NOW_HEX if i == s.index and not s.finished else _DONE_HEX if i in s.done else _TODO_HEX}'>●</span>"
            for i in range(len(lesson.steps)))
        if s.finished:
            done = self.tr("Lesson complete")
            self.stepLabel.setText(f"{done} &nbsp; {dots}")
            later = [x for x in s.lessons if (x.number, x.id) > (lesson.number, lesson.id)]
            self.doCaption.setText(self.tr("✓ Well done!"))
            self.doLabel.setText(self.tr("Next: lesson %1 · %2").replace("%1", str(later[0].number))
                                 .replace("%2", later[0].title.get(lang)) if later else
                                 self.tr("That was the last lesson. Choose any lesson above "
                                         "to go through it again."))
            for w in (self.lookCaption, self.lookLabel, self.noteLabel):
                w.hide()
            self.stepLabel.show()
            self.doCaption.show()
            self.doLabel.show()
            return
        step = s.step
        self.stepLabel.setText(self.tr("Step %1 of %2").replace("%1", str(s.index + 1))
                               .replace("%2", str(len(lesson.steps))) + f" &nbsp; {dots}")
        self.doCaption.setText(self.tr("Do"))
        self.doLabel.setText(step.do.get(lang))
        self.lookCaption.setText(self.tr("Look"))
        self.lookLabel.setText(step.look.get(lang) if step.look else "")
        for w in (self.stepLabel, self.doCaption, self.doLabel):
            w.show()
        self.lookCaption.setVisible(step.look is not None)
        self.lookLabel.setVisible(step.look is not None)
        self._show_note()
        self._scroll.verticalScrollBar().setValue(0)

    def _show_note(self) -> None:
        s = self.session
        notes = []
        r = s.revealed
        if r is not None:
            where = self._dock_title(r.dock)
            if r.widget is None:
                notes.append(self.tr("The control this step points at is not in this window "
                                     "(%1).").replace("%1", s.step.highlight))
            elif r.hidden:
                notes.append(self.tr("The control this step points at is hidden with these "
                                     "settings."))
            elif r.opened and where:
                notes.append(self.tr("The %1 view was closed: it is shown again.")
                             .replace("%1", where))
        missing = list(s.missing_views)
        if missing:
            notes.append(self.tr("Not in this version yet: %1. The steps work without it.")
                         .replace("%1", ", ".join(missing)))
        self.noteLabel.setText("\n".join(notes))
        self.noteLabel.setVisible(bool(notes))

    def _dock_title(self, name: str | None) -> str:
        dock = self.context.host.docks.get(name) if name else None
        return dock.windowTitle() if dock is not None else ""

    def _show_status(self) -> None:
        s = self.session
        lesson = s.lesson
        step = s.step
        if lesson is None or s.finished:
            self.statusLabel.hide()
        elif step.check is None:
            self.statusLabel.setText(self.tr("Read, try it, then press Next."))
            self.statusLabel.setStyleSheet("color: #555555;")
            self.statusLabel.show()
        elif s.met:
            self.statusLabel.setText(self.tr("✓ Done! Press Next when you are ready."))
            self.statusLabel.setStyleSheet(f"color: {_DONE_HEX}; font-weight: 600;")
            self.statusLabel.show()
        else:
            self.statusLabel.setText(self.tr("○ Your turn: this turns ✓ by itself when it is "
                                             "done. Stuck? Press Show me."))
            self.statusLabel.setStyleSheet(f"color: {_NOW_HEX};")
            self.statusLabel.show()
        if lesson is not None and not s.finished:
            self._show_step_dots()
        self._update_buttons()

    def _show_step_dots(self) -> None:
        # Re-render only the dots: the text and the scroll position stay.
        s, lesson = self.session, self.session.lesson
        dots = "".join(
            f"<span style='color:{_NOW_HEX if i == s.index else _DONE_HEX if i in s.done else _TODO_HEX}'>●</span>"
            for i in range(len(lesson.steps)))
        self.stepLabel.setText(self.tr("Step %1 of %2").replace("%1", str(s.index + 1))
                               .replace("%2", str(len(lesson.steps))) + f" &nbsp; {dots}")

    def _update_buttons(self) -> None:
        s = self.session
        lesson, busy = s.lesson, s.runner.busy
        self.backButton.setEnabled(lesson is not None and (s.index > 0 or s.finished) and not busy)
        self.showMeButton.setEnabled(lesson is not None and not s.finished and not busy
                                     and bool(s.step.show_me))
        self.restartButton.setEnabled(lesson is not None and not busy)
        later = lesson is not None and any(
            (x.number, x.id) > (lesson.number, lesson.id) for x in s.lessons)
        if lesson is None:
            last = s.remembered.last_lesson()
            resumed = s.find(last) if last else None
            if resumed is not None:
                self.nextButton.setText(self.tr("Continue lesson %1 ▶")
                                        .replace("%1", str(resumed.number)))
            else:
                self.nextButton.setText(self.tr("Start lesson 1 ▶"))
            self.nextButton.setEnabled(bool(s.lessons))
        elif s.finished:
            self.nextButton.setText(self.tr("Next lesson ▶"))
            self.nextButton.setEnabled(later)
        elif s.index + 1 == len(lesson.steps):
            self.nextButton.setText(self.tr("Finish ✓"))
            self.nextButton.setEnabled(True)
        else:
            self.nextButton.setText(self.tr("Next ▶"))
            self.nextButton.setEnabled(True)

    def _show_problems(self, extra) -> None:
        errors = list(self.session.errors) + ([extra] if extra is not None else [])
        if not errors:
            self.problemsLabel.hide()
            return
        head = self.tr("Not loaded (%1):").replace("%1", str(len(errors)))
        self.problemsLabel.setText("\n".join([head] + [translated_message(e) for e in errors]))
        self.problemsLabel.show()

    def _on_running(self, running: bool) -> None:
        self.showMeButton.setText(self.tr("Showing…") if running else self.tr("Show me"))
        self._update_buttons()

    def _on_dock_visibility(self, visible: bool) -> None:
        dock = self.context.host.docks["lessons"]
        if visible:
            if self.session.lesson is not None and not self.session.finished:
                self.session.point_at_step()
        elif dock.isHidden():
            self.session.highlight.clear()  # the lessons were closed: point at nothing

    # -- plug-in interface ---------------------------------------------------------------------
    def set_style(self, style) -> None:
        refresh_scaled_fonts(self)
        self.session.highlight.set_line_width(style.width(3))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Lessons"))
        self.lessonCombo.setAccessibleName(self.tr("Lesson"))
        self.openButton.setText(self.tr("Open lesson file…"))
        self.openButton.setToolTip(self.tr("Open a lesson file from any folder (teachers: "
                                           "see resources/lessons/README.md)."))
        self.reloadButton.setText(self.tr("Reload"))
        self.reloadButton.setToolTip(self.tr("Read the lesson files again after editing them."))
        self.backButton.setText(self.tr("◀ Back"))
        self.backButton.setToolTip(self.tr("The previous step (Alt+←)."))
        self.showMeButton.setText(self.tr("Show me"))
        self.showMeButton.setToolTip(self.tr("Do this step for me, slowly, so I can watch."))
        self.nextButton.setToolTip(self.tr("The next step (Alt+→)."))
        self.restartButton.setText(self.tr("↺ Restart"))
        self.restartButton.setToolTip(self.tr("Start this lesson again from its first step."))
        for button in (self.openButton, self.reloadButton, self.backButton, self.showMeButton,
                       self.nextButton, self.restartButton):
            button.setAccessibleName(button.text().strip("◀▶↺ ✓…"))
        self._show()

"""The lessons' way into the window: Help → Lessons (F1), next/back keys, a first-run welcome.

:func:`install_lessons` is the window's one call: it adds the Help menu with the
shortcut table's ``lessons``, ``lessonNext`` and ``lessonBack`` actions, and the
first time the app runs (remembered in :mod:`playground.remembered`, never with
``--fresh``) a small card over the window offers lesson 1. The card takes no
focus and blocks nothing; it goes away with either of its buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
)

from playground.guard import guarded
from playground.lessons.highlight import show_dock


def install_lessons(window: QMainWindow) -> LessonsHook:
    """Give ``window`` (a MainWindow) its Help menu, lesson keys and first-run welcome."""
    return LessonsHook(window)


def open_lessons(window: QMainWindow):
    """Show the lessons dock (out of any tab group, below the data) and return its panel."""
    host = window.docks
    show_dock(host, "lessons")
    # Qt knows the dock's tab group only once the show is laid out: look a turn later.
    QTimer.singleShot(0, lambda: _untab(window))
    return host.content("lessons", build=True)


def _untab(window: QMainWindow) -> None:
    """Put the lessons below the data rather than in a tab behind (or in front of) it.

    A tab would hide the lesson whenever a step points at a control in the data.
    """
    dock = window.docks.docks["lessons"]
    data = window.docks.docks.get("data")
    if (data is None or dock.isHidden() or data.isHidden() or data.isFloating()
            or data not in window.tabifiedDockWidgets(dock)):
        return
    # Qt splits a dock that sits in a tab group by adding another tab: take it out first.
    window.removeDockWidget(dock)
    window.addDockWidget(window.dockWidgetArea(data), dock)
    window.splitDockWidget(data, dock, Qt.Orientation.Vertical)
    dock.show()
    window.resizeDocks([data, dock], [40, 60], Qt.Orientation.Vertical)
    dock.raise_()
    panel = window.docks.content("lessons")
    if panel is not None:  # the columns moved: scroll to the step's control again
        QTimer.singleShot(0, panel.session.point_at_step)


class LessonsHook(QObject):
    """The Help menu and the keys that reach the lessons panel, and the welcome card."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        actions = window.menus.actions
        self.help_menu = window.menuBar().addMenu("")
        self.help_menu.setObjectName("helpMenu")
        for cid in ("lessons", "lessonBack", "lessonNext"):
            self.help_menu.addAction(actions[cid])
        actions["lessons"].triggered.connect(lambda _checked=False: self.open())
        actions["lessonNext"].triggered.connect(lambda _checked=False: self._panel("next"))
        actions["lessonBack"].triggered.connect(lambda _checked=False: self._panel("back"))
        self.welcome: WelcomeCard | None = None
        self._shown = False
        window.installEventFilter(self)
        self.retranslate()

    def open(self, number: int | None = None):
        """Open the lessons; start lesson ``number`` (or resume) if none is under way."""
        if self.welcome is not None:
            self.welcome.close_card()
        panel = open_lessons(self.window)
        if number is not None or panel.session.lesson is None:
            panel.start_lesson(number)
        return panel

    def _panel(self, command: str) -> None:
        dock = self.window.docks.docks["lessons"]
        panel = self.window.docks.content("lessons")
        if panel is None or dock.isHidden():
            self.open()
            return
        getattr(panel, command)()

    def retranslate(self) -> None:
        self.help_menu.setTitle(QCoreApplication.translate("WindowMenus", "&Help"))
        if self.welcome is not None:
            self.welcome.retranslate()

    def _after_show(self) -> None:
        if not self.window.docks.docks["lessons"].isHidden():
            _untab(self.window)  # a remembered arrangement may hold the lessons in a tab
        self._maybe_welcome()

    def _maybe_welcome(self) -> None:
        remembered = self.window.remembered
        if not remembered.should_welcome():
            return
        remembered.save_welcomed()  # offered once, whatever the learner answers
        self.welcome = WelcomeCard(self.window, self._start_first)
        self.welcome.place()

    def _start_first(self) -> None:
        self.open(1)

    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Show and not self._shown:
            self._shown = True
            QTimer.singleShot(0, self._after_show)
        elif kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind == QEvent.Type.Resize and self.welcome is not None:
            self.welcome.place()
        return False


class WelcomeCard(QFrame):
    """"New here? Start with lesson 1" over the top of the window, once."""

    def __init__(self, window: QMainWindow, start):
        super().__init__(window)
        self.setObjectName("lessonsWelcome")
        self.window_ = window
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#lessonsWelcome { background: #FFFFFF; border: 2px solid #0072B2;"
            " border-radius: 8px; }")
        self.titleLabel = QLabel(objectName="welcomeTitleLabel")
        font = self.titleLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.titleLabel.setFont(font)
        self.textLabel = QLabel(objectName="welcomeTextLabel", wordWrap=True)
        self.startButton = QPushButton(objectName="welcomeStartButton")
        self.laterButton = QPushButton(objectName="welcomeLaterButton")
        self.startButton.setDefault(True)
        self.startButton.clicked.connect(lambda: (self.close_card(), start()))
        self.laterButton.clicked.connect(self.close_card)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.laterButton)
        buttons.addWidget(self.startButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.textLabel)
        layout.addLayout(buttons)
        self.retranslate()
        self.show()
        self.raise_()

    def retranslate(self) -> None:
        self.titleLabel.setText(self.tr("Welcome to nn-playground"))
        self.textLabel.setText(self.tr(
            "New to neural networks? Lesson 1 starts where the book starts: one "
            "perceptron, two weights and a bias, making the logic gates AND, NAND and OR. "
            "The lessons are always in Help → Lessons (F1)."))
        self.startButton.setText(self.tr("Start lesson 1"))
        self.laterButton.setText(self.tr("Not now"))
        for button in (self.startButton, self.laterButton):
            button.setAccessibleName(button.text())
        self.place()

    def place(self) -> None:
        w = self.window_
        width = min(520, w.width() - 40)
        self.setFixedWidth(width)
        self.setFixedHeight(self.layout().totalHeightForWidth(width))
        bars = [b.geometry().bottom() for b in w.findChildren(QToolBar) if b.isVisible()]
        top = max(bars, default=w.menuBar().height()) + 24
        self.move((w.width() - width) // 2, top)
        self.raise_()

    def close_card(self) -> None:
        self.hide()
        self.deleteLater()
        hook = self.window_.findChild(LessonsHook)
        if hook is not None and hook.welcome is self:
            hook.welcome = None

"""The window's menus and keyboard actions, built from the shortcut table.

Every command in :data:`playground.shortcuts.SHORTCUTS` becomes one
``QAction`` (objectName ``<id>Action``) that lives on the window, so its keys
work wherever the focus is in it; the menus show the same actions. Texts are
set in :meth:`WindowMenus.retranslate`, so a language switch renames them in
place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from playground.presets import PresetError, load_preset, preset_names
from playground.shortcuts import SHORTCUTS, shortcut
from playground.state import translated_message

#: Commands whose action can be ticked.
_CHECKABLE = {"projector", "fullScreen", "maximizeView"}


class WindowMenus:
    """Builds and names the menus of ``window``.

    Parameters
    ----------
    window : QMainWindow
    handlers : dict
        ``{command id: callable}``; checkable commands get the new state.
    docks : DockHost
        Its docks' toggle actions fill the View menu.
    choose_preset : callable
        Called with a preset name from the Presets menu.
    choose_language : callable
        Called with ``"en"`` or ``"ja"``.
    """

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable], docks,
                 choose_preset: Callable[[str], None], choose_language: Callable[[str], None]):
        self.window = window
        self.actions: dict[str, QAction] = {}
        for row in SHORTCUTS:
            action = QAction(window)
            action.setObjectName(f"{row.id}Action")
            action.setShortcuts([QKeySequence(k) for k in row.keys])
            # Holding Space (or any key) must not flicker play and pause.
            action.setAutoRepeat(False)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(row.id in _CHECKABLE)
            handler = handlers.get(row.id)
            if handler is not None:
                if action.isCheckable():
                    action.triggered.connect(handler)
                else:
                    action.triggered.connect(lambda _checked=False, h=handler: h())
            window.addAction(action)  # keys work even while a menu is hidden
            self.actions[row.id] = action

        bar = window.menuBar()
        a = self.actions
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(a["quit"])
        self.presets_menu = bar.addMenu("")
        self.presets_menu.setObjectName("presetsMenu")
        self._preset_actions = []
        for name in preset_names():
            action = QAction(window)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: choose_preset(n))
            self.presets_menu.addAction(action)
            self._preset_actions.append(action)
        self.training_menu = bar.addMenu("")
        for cid in ("play", "step", "stepEpoch", "reset", None, "undo", None, "speedUp",
                    "speedDown"):
            self.training_menu.addSeparator() if cid is None else self.training_menu.addAction(a[cid])
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.docks_menu = QMenu(window)
        for dock in docks.docks.values():
            self.docks_menu.addAction(dock.toggleViewAction())
        self.view_menu.addMenu(self.docks_menu)
        for cid in ("maximizeView", "resetLayout", None, "fullScreen", "projector", None,
                    "toolPick", "toolDraw"):
            self.view_menu.addSeparator() if cid is None else self.view_menu.addAction(a[cid])
        self.language_menu = QMenu(window)
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(window)
        self.language_actions = {}
        for lang, label in (("en", "English"), ("ja", "日本語")):
            action = QAction(label, window)
            action.setObjectName(f"language_{lang}Action")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, la=lang: choose_language(la))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language_menu)
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate  # (lupdate reads the literal calls below)
        self.file_menu.setTitle(QCoreApplication.translate("WindowMenus", "&File"))
        self.presets_menu.setTitle(QCoreApplication.translate("WindowMenus", "&Presets"))
        self.training_menu.setTitle(QCoreApplication.translate("WindowMenus", "&Training"))
        self.view_menu.setTitle(QCoreApplication.translate("WindowMenus", "&View"))
        self.docks_menu.setTitle(QCoreApplication.translate("WindowMenus", "&Views"))
        self.language_menu.setTitle(QCoreApplication.translate("WindowMenus", "&Language"))
        space = QCoreApplication.translate("WindowMenus", "Space")
        for cid, action in self.actions.items():
            action.setText(translate("shortcuts", shortcut(cid).label))
        # Space reads "Space" in the menu in every language (Qt would write the key's name).
        play = self.actions["play"]
        play.setText(play.text() + "\t" + space)
        for action in self._preset_actions:
            name = action.data()
            try:
                title = translate("presets", load_preset(name).title)
            except PresetError as exc:  # listed but unusable: say so, don't hide it
                title = f"{name} ({translated_message(exc)})"
            action.setText(title)

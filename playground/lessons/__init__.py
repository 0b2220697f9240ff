"""Guided lessons: data files in ``resources/lessons/`` walked step by step in a dock.

``format`` reads and checks a lesson file (no Qt), ``checks`` and ``actions``
are the fixed vocabularies a step may use, ``runner`` carries out a step's
"show me" on the window, ``highlight`` frames the control a step names, and
``welcome`` adds the Help menu entry and the first-run welcome. The panel is
``playground.views.lessons.lessons_panel``.
"""

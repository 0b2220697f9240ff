"""Command-line options of the app."""

from __future__ import annotations

import pytest

from playground.app import fit_to_screen, parse_args


def test_sizes_default_to_the_screen_but_screenshots_are_reproducible():
    assert parse_args([]).width is None
    shot = parse_args(["--screenshot", "x.png"])
    assert (shot.width, shot.height) == (1280, 800)
    assert (parse_args(["--size", "1920x1080"]).width) == 1920


@pytest.mark.parametrize("bad", [["--size", "big"], ["--size", "10x10"], ["--train-steps", "-1"],
                                 ["--lang", "fr"]])
def test_bad_options_are_refused_with_a_message(bad, capsys):
    with pytest.raises(SystemExit) as exc:
        parse_args(bad)
    assert exc.value.code == 2
    assert "error" in capsys.readouterr().err


def test_window_opens_at_most_the_screen_and_at_least_1024x700(qtbot):
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    fit_to_screen(w)
    area = w.screen().availableGeometry()
    assert w.width() == max(1024, min(area.width(), round(area.width() * 0.9)))
    assert w.height() == max(700, min(area.height(), round(area.height() * 0.9)))

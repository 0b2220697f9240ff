"""Strict JSON for hand-edited files: UTF-8 only, a repeated key refused, line and column named.

The setup, preset and lesson formats all read their text through
``playground.json_text``; a lesson file shows the wording a teacher sees.
"""

from __future__ import annotations

import pytest

from playground.json_text import JsonTextError, parse_json_text
from playground.lessons.fields import LessonError
from playground.lessons.format import load_lesson


def test_valid_json_reads_as_json_does():
    assert parse_json_text('{"a": [1, 2.5, "x"], "b": null}') == {"a": [1, 2.5, "x"], "b": None}
    assert parse_json_text('{"caf\u00e9": 1}'.encode()) == {"caf\u00e9": 1}


def test_a_key_given_twice_is_refused_even_when_nested():
    with pytest.raises(JsonTextError, match='^"k" is given twice in one object$'):
        parse_json_text('{"outer": {"k": 1, "k": 2}}')


def test_a_syntax_error_names_line_and_column():
    with pytest.raises(JsonTextError, match=r"^line 3, column 8: not valid JSON \("):
        parse_json_text('{\n  "a": 1,\n  "b": ,\n}')


def test_absurdly_deep_nesting_is_refused_in_words_not_with_a_recursion_error():
    with pytest.raises(JsonTextError, match="^its lists or objects are nested too deeply$"):
        parse_json_text("[" * 100_000 + "]" * 100_000)


def test_bytes_that_are_not_utf8_are_refused_in_words():
    with pytest.raises(JsonTextError, match="^it is not UTF-8 text$"):
        parse_json_text(b'{"title": "caf\xe9"}')


def test_a_lesson_file_in_latin1_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "07-mine.json"
    path.write_bytes(b'{"format": "caf\xe9"}')
    with pytest.raises(LessonError) as info:
        load_lesson(path)
    assert str(info.value) == "07-mine.json: it is not UTF-8 text"

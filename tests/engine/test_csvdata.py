"""Loading the user's own points: what is accepted, and what each mistake says."""

from __future__ import annotations

import io

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine import csvdata
from engine.csvdata import DataError, data_extent, load_csv, points_to_arrays, save_csv


def load_text(text: str):
    return load_csv(io.StringIO(text))


def error_of(text: str) -> str:
    with pytest.raises(DataError) as info:
        load_text(text)
    return str(info.value)


# ------------------------------------------------------------------ good files


def test_file_with_header_comments_and_blank_lines(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("# my points\nx1,x2,label\n\n0.5,-1,0\n  2 , 3.25 , 1 \n# end\n")
    x, t, kind = load_csv(path)
    np.testing.assert_array_equal(x, [[0.5, -1.0], [2.0, 3.25]])
    np.testing.assert_array_equal(t, [0, 1])
    assert kind == "classification" and x.dtype == np.float64 and t.dtype == np.int64
    assert load_csv(str(path))[0].shape == (2, 2)  # a str path works too


def test_header_is_optional_and_case_insensitive():
    for header in ("", "X1,X2,Label\n", '"x1","x2","label"\n'):
        x, t, _ = load_text(header + "1,2,0\n3,4,1\n")
        np.testing.assert_array_equal(x, [[1, 2], [3, 4]])
        np.testing.assert_array_equal(t, [0, 1])


def test_header_may_reorder_the_columns():
    x, t, _ = load_text("label,x1,x2\n1,5,6\n0,7,8\n")
    np.testing.assert_array_equal(x, [[5, 6], [7, 8]])
    np.testing.assert_array_equal(t, [1, 0])


@pytest.mark.parametrize(
    ("labels", "classes"),
    [(["-1", "1", "1"], [0, 1, 1]), (["7", "3", "7"], [1, 0, 1]),
     (["30", "10", "20", "10"], [2, 0, 1, 0]), (["1.0", "0.0", "1e0"], [1, 0, 1])],
)
def test_whole_number_labels_are_renumbered_in_sorted_order(labels, classes):
    text = "".join(f"{i},{i},{lab}\n" for i, lab in enumerate(labels))
    _, t, kind = load_text(text)
    assert kind == "classification"
    np.testing.assert_array_equal(t, classes)


def test_fractional_labels_make_a_regression_set():
    _, t, kind = load_text("0,0,0.25\n1,1,-1\n2,2,3\n")
    assert kind == "regression" and t.dtype == np.float64
    np.testing.assert_array_equal(t, [0.25, -1.0, 3.0])


def test_spreadsheet_export_with_bom_and_crlf_from_a_binary_stream():
    data = "\ufeffx1,x2,label\r\n1,2,1\r\n3,4,-1\r\n".encode()
    x, t, _ = load_csv(io.BytesIO(data))
    np.testing.assert_array_equal(x, [[1, 2], [3, 4]])
    np.testing.assert_array_equal(t, [1, 0])


def test_exactly_the_row_limit_is_accepted():
    text = "x1,x2,label\n" + "1,2,0\n3,4,1\n" * (csvdata.MAX_ROWS // 2)
    x, _, _ = load_text(text)
    assert x.shape == (csvdata.MAX_ROWS, 2)


# ---------------------------------------------------------- each mistake, named


def test_wrong_number_of_columns_names_the_editor_line():
    msg = error_of("# comment\n\nx1,x2,label\n1,2,0\n3,4\n")
    assert msg.startswith("line 5:") and "expected 3 values" in msg and "found 2" in msg
    assert "found 4" in error_of("1,2,0,\n")


def test_semicolon_separated_file_gets_a_hint():
    msg = error_of("1;2;0\n")
    assert msg.startswith("line 1:") and "semicolons" in msg


def test_non_numeric_value_names_line_column_and_value():
    msg = error_of("x1,x2,label\n1,2,0\n3,abc,1\n")
    assert msg == "line 3, column 2 (x2): 'abc' is not a number"


def test_missing_value():
    assert error_of("1,2,0\n1,,0\n") == "line 2, column 2 (x2): the value is missing"


@pytest.mark.parametrize("bad", ["nan", "inf", "-Infinity", "1e999"])
def test_nan_or_infinity_is_refused(bad):
    msg = error_of(f"1,2,0\n{bad},2,1\n")
    assert msg.startswith("line 2, column 1 (x1):") and "not a finite number" in msg


def test_absurdly_large_coordinate():
    msg = error_of("1,2,0\n3,2e7,1\n")
    assert msg.startswith("line 2, column 2 (x2):") and "too large" in msg
    assert load_text("1e6,-1e6,0\n0,0,1\n")[0].max() == 1e6  # the limit itself is fine


def test_single_class_is_refused():
    msg = error_of("1,2,1\n3,4,1\n")
    assert "at least 2 classes" in msg and "label 1" in msg


def test_sixth_class_names_the_line_where_it_appears():
    rows = "".join(f"{i},0,{i}\n" for i in range(5)) + "# more\n9,9,4\n5,5,5\n"
    msg = error_of(rows)
    assert msg.startswith("line 8:") and "at most 5 classes" in msg


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "x1,x2,label\n"])
def test_file_without_data_rows(text):
    assert "no data rows" in error_of(text)


def test_wrong_header_names():
    msg = error_of("x,y,class\n1,2,0\n")
    assert msg.startswith("line 1:") and "x1, x2, label" in msg and "x,y,class" in msg.replace(
        ", ", ","
    )


def test_too_many_rows_names_the_first_row_over(monkeypatch):
    monkeypatch.setattr(csvdata, "MAX_ROWS", 10)
    msg = error_of("x1,x2,label\n" + "1,2,0\n3,4,1\n" * 6)
    assert msg.startswith("line 12:") and "more than 10 data rows" in msg


def test_file_not_found(tmp_path):
    with pytest.raises(DataError, match="file not found: .*nope.csv"):
        load_csv(tmp_path / "nope.csv")


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(DataError, match="is a folder"):
        load_csv(tmp_path)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.csv"
    path.write_text("1,2,0\n")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(csvdata, "open", denied, raising=False)
    with pytest.raises(DataError, match="cannot read .*secret.csv: permission denied"):
        load_csv(path)


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("x1,x2,label\n1,2,0\n# café\n".encode("latin-1"))
    with pytest.raises(DataError, match=r"^line 3: .*not UTF-8"):
        load_csv(path)


# ---------------------------------------------------------------- drawn points


def test_points_keep_their_class_numbers():
    x, t = points_to_arrays([(0.5, 1, 0), (2, -3, 2), [1, 1, 2.0]])
    np.testing.assert_array_equal(x, [[0.5, 1], [2, -3], [1, 1]])
    np.testing.assert_array_equal(t, [0, 2, 2])  # no renumbering: colours stay
    assert t.dtype == np.int64 and x.dtype == np.float64


def test_points_with_fractional_values_are_regression():
    x, t = points_to_arrays(iter([(0, 0, 0.5), (1, 1, -0.25)]))
    assert t.dtype == np.float64
    np.testing.assert_array_equal(t, [0.5, -0.25])


@pytest.mark.parametrize(
    ("points", "message"),
    [
        ([], "no points"),
        ([(0, 0, 0), (1, 2)], "point 2: expected 3 values"),
        ([(0, 0, 0), 5], "point 2: expected (x1, x2, label)"),
        ([(0, 0, 0), (1, "a", 1)], "point 2, x2: 'a' is not a number"),
        ([(0, 0, 0), (1, None, 1)], "point 2, x2: None is not a number"),
        ([(float("nan"), 0, 0), (1, 1, 1)], "point 1, x1:"),
        ([(0, 0, 0), (1, 1, float("inf"))], "point 2, label:"),
        ([(0, 0, 0), (5e6, 1, 1)], "point 2, x1: 5000000.0 is too large"),
        ([(0, 0, 0), (1, 1, 7)], "point 2: class 7 is outside 0…4"),
        ([(0, 0, -1), (1, 1, 0)], "point 1: class -1"),
        ([(0, 0, 1), (1, 1, 1)], "every point has class 1"),
    ],
)
def test_bad_points_name_the_point(points, message):
    with pytest.raises(DataError) as info:
        points_to_arrays(points)
    assert message in str(info.value)


def test_too_many_points(monkeypatch):
    monkeypatch.setattr(csvdata, "MAX_ROWS", 3)
    with pytest.raises(DataError, match="point 4: more than 3 points"):
        points_to_arrays([(0, 0, i % 2) for i in range(5)])


# ------------------------------------------------------------------------ saving


def test_save_then_load_a_built_in_data_set(tmp_path):
    from engine.datasets import make_dataset

    x, t = make_dataset("spiral", np.random.default_rng(0), noise=0.2, n_classes=3)
    path = tmp_path / "spiral.csv"
    save_csv(path, x, t)
    assert path.read_text().startswith("x1,x2,label\n")
    x2, t2, kind = load_csv(path)
    np.testing.assert_array_equal(x2, x)  # bit for bit
    np.testing.assert_array_equal(t2, t)
    assert kind == "classification"


finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), k=st.integers(2, 5), extra=st.integers(0, 30))
def test_classification_round_trip(data, k, extra):
    labels = list(range(k)) + data.draw(st.lists(st.integers(0, k - 1), min_size=extra,
                                                 max_size=extra))
    t = np.array(data.draw(st.permutations(labels)), dtype=np.int64)
    n = len(t)
    x = np.array(data.draw(st.lists(st.tuples(finite, finite), min_size=n, max_size=n)))
    buffer = io.StringIO()
    save_csv(buffer, x, t)
    x2, t2, kind = load_text(buffer.getvalue())
    assert kind == "classification"
    np.testing.assert_array_equal(x2, x)
    np.testing.assert_array_equal(t2, t)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(finite, finite, st.floats(-1, 1)), min_size=1, max_size=40))
def test_regression_round_trip(rows):
    rows = [*rows, (0.0, 0.0, 0.5)]  # one fractional target makes it regression
    x = np.array([r[:2] for r in rows])
    t = np.array([r[2] for r in rows])
    buffer = io.StringIO()
    save_csv(buffer, x, t)
    x2, t2, kind = load_text(buffer.getvalue())
    assert kind == "regression"
    np.testing.assert_array_equal(x2, x)
    np.testing.assert_array_equal(t2, t)


def test_save_refuses_mismatched_shapes():
    with pytest.raises(ValueError, match="expected x"):
        save_csv(io.StringIO(), np.zeros((3, 2)), np.zeros(4))


def test_save_to_a_missing_folder_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="cannot write"):
        save_csv(tmp_path / "no" / "such" / "dir.csv", np.zeros((1, 2)), np.zeros(1))


# ------------------------------------------------------------------------ extent


def test_extent_is_a_square_around_all_points():
    x = np.array([[0.0, 10.0], [100.0, 20.0], [50.0, 15.0]])
    xmin, xmax, ymin, ymax = data_extent(x, margin=0.1)
    assert xmin < 0 and xmax > 100 and ymin < 10 and ymax > 20
    assert xmax - xmin == pytest.approx(ymax - ymin) == pytest.approx(120.0)
    assert (xmin + xmax) / 2 == pytest.approx(50) and (ymin + ymax) / 2 == pytest.approx(15)


def test_extent_of_a_single_point_is_not_degenerate():
    assert data_extent(np.array([[3.0, -2.0]])) == (2.0, 4.0, -3.0, -1.0)


def test_semicolon_separated_header_gets_the_hint_too():
    msg = error_of("x1;x2;label\n1;2;0\n")
    assert msg.startswith("line 1:") and "semicolons" in msg


def test_tab_separated_file_gets_a_hint():
    assert "tabs" in error_of("1\t2\t0\n")


def test_not_utf8_through_a_text_stream(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("x1,x2,label\n1,2,0\n# café\n".encode("latin-1"))
    with open(path, encoding="utf-8") as stream, pytest.raises(DataError, match="not UTF-8"):
        load_csv(stream)

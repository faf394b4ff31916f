"""Cell values: numbers, suppression markers, flags."""

import pytest

from equity_desktop.core.enrollment.cells import NOT_AVAILABLE, column_letter, parse_flag, parse_number


@pytest.mark.parametrize("marker", ["*", "<10", "n<10", "<5", "--", "†", "‡", "N/A", ">95", "n < 10", "≤10",
                                    " * ", "<1%", ">99%"])
def test_suppression_markers_are_not_available_never_zero(marker):
    assert parse_number(marker) is NOT_AVAILABLE


@pytest.mark.parametrize("code", [-1, -2, -3, -9, -4, -13, "-9", -2.0])
def test_ccd_and_crdc_reserve_codes_are_not_available(code):
    assert parse_number(code) is NOT_AVAILABLE


@pytest.mark.parametrize("text, number", [("1,234", 1234.0), ("12.5%", 12.5), (" 7 ", 7.0), ("0.5", 0.5),
                                          (".6", 0.6), (42, 42.0), (3.5, 3.5), ("1 234", 1234.0)])
def test_numbers_in_their_many_spellings(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("blank", [None, "", "  ", float("nan")])
def test_blank_is_none(blank):
    assert parse_number(blank) is None


@pytest.mark.parametrize("text", ["twelve", "12 students", "1.2.3", True])
def test_text_that_is_not_a_number_raises(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("value, flag", [("Y", True), ("yes", True), (1, True), ("TRUE", True), ("x", True),
                                         (True, True), ("N", False), ("No", False), (0, False), ("false", False),
                                         (None, False), ("", False), ("maybe", None)])
def test_flags(value, flag):
    assert parse_flag(value) is flag


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]

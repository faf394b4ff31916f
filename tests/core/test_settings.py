"""Every rule is declared once (core/settings.py), and the store and the command line apply that declaration."""

from __future__ import annotations

import pytest

from equity_desktop.cli.main import main
from equity_desktop.core import errors, settings
from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.paths import resource_path

WORKBOOK = str(resource_path("sample", "riverbend_enrollment_2022-2025.xlsx"))


@pytest.mark.parametrize("setting", settings.ALL, ids=lambda s: s.key)
def test_every_declaration_is_complete_and_its_default_allowed(setting):
    assert setting.label and setting.unit and len(setting.source) > 30
    assert setting.minimum <= setting.default <= setting.maximum
    assert setting.problem(setting.default) == ""
    assert setting.problem("ten") and setting.problem(float("nan"))
    assert setting.problem(setting.maximum + 1) and setting.problem(setting.minimum - 1)


def test_the_store_and_the_command_line_refuse_the_same_threshold_with_the_same_sentence(new_review, capsys):
    sentence = settings.ISOLATION_THRESHOLD.problem(0.4)
    assert "from 0.5 to 100.0" in sentence
    with pytest.raises(errors.InvalidEditError) as refused:
        new_review.set_mgi_rule(Rule("points", 0.4))
    assert str(refused.value) == sentence
    with pytest.raises(SystemExit):
        main(["mgi", WORKBOOK, "--threshold", "0.4"])
    assert sentence.replace("0.4", "'0.4'") in capsys.readouterr().err
    new_review.set_mgi_rule(Rule("relative", 0.5))  # the lower limit itself is allowed everywhere
    assert new_review.mgi_rule() == Rule("relative", 0.5)


def test_the_suppression_size_is_a_review_setting_within_its_limits(new_review):
    assert new_review.suppression_size() == settings.SUPPRESSION_SIZE.default == 10
    new_review.set_suppression_size(5)
    assert new_review.suppression_size() == 5
    for bad in (0, 101, 7.5):
        with pytest.raises(errors.InvalidEditError):
            new_review.set_suppression_size(bad)
    assert new_review.suppression_size() == 5
    assert {size for size, _ in settings.SUPPRESSION_PRESETS} >= {5, 10}
    assert all(settings.SUPPRESSION_SIZE.problem(size) == "" for size, _ in settings.SUPPRESSION_PRESETS)

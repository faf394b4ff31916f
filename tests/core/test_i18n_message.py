"""A catalogued sentence (core.i18n.message.Message) reads as English everywhere a str is expected, says itself in
Spanish, survives a pickle (errors cross from worker processes) and carries an error's sentence."""

from __future__ import annotations

import pickle

from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.errors import ReviewFileError
from equity_desktop.core.i18n import texts
from equity_desktop.core.i18n.message import Message, said

SPANISH = texts("es")


def test_a_message_is_its_english_sentence_and_says_itself_in_spanish():
    message = Message("note.subtotal", name="Total North")
    assert message == '"Total North" looks like a subtotal; it was left out.'
    assert isinstance(message, str)
    spanish = message.in_language(SPANISH)
    assert "Total North" in spanish and spanish != message
    assert said(message, SPANISH) == spanish
    assert said("a file's own words", SPANISH) == "a file's own words"


def test_a_message_inside_a_message_is_said_in_the_same_language():
    inner = Message("note.subtotal", name="X")
    outer = Message("note.left_out", name=inner)
    assert outer == f"{inner} was left out."
    assert inner.in_language(SPANISH) in outer.in_language(SPANISH)


def test_a_message_survives_a_pickle_with_its_id():
    message = Message("note.students_no_school", n=3)
    back = pickle.loads(pickle.dumps(message))
    assert back == message and back.message_id == "note.students_no_school"
    assert back.in_language(SPANISH) == message.in_language(SPANISH)


def test_an_error_says_its_catalogued_sentence_in_the_language_asked():
    error = EnrollmentFileError("district.csv", Message("note.subtotal", name="Total"), sheet="S", row=4)
    assert error.sentence() == str(error) == ('district.csv, sheet "S", row 4: "Total" looks like a subtotal; it was '
                                              "left out.")
    spanish = error.sentence(SPANISH)
    assert spanish.startswith("district.csv, ") and "Total" in spanish and "left out" not in spanish
    plain = ReviewFileError("r.eqreview", "free text stays as it is")
    assert plain.sentence(SPANISH) == "free text stays as it is"
    assert ReviewFileError("r.eqreview", Message("note.subtotal", name="T")).sentence(SPANISH) != str(
        Message("note.subtotal", name="T"))


def test_the_privacy_presets_read_as_before_in_english_and_in_spanish_in_spanish():
    from equity_desktop.core.settings import SUPPRESSION_PRESETS

    assert [text for _, text in SUPPRESSION_PRESETS] == [
        "fewer than 10 students (the most common rule; the default)", "fewer than 5 students",
        "10 students or fewer", "15 students or fewer", "fewer than 20 students"]
    spanish = [said(text, SPANISH) for _, text in SUPPRESSION_PRESETS]
    assert spanish[0].startswith("menos de 10 estudiantes") and spanish[2] == "10 estudiantes o menos"

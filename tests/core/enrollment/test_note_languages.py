"""The notes of a reading in another language (issue 19): every note is a message id with arguments, says the same
numbers in Spanish as in English, and keeps its English sentence word for word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.enrollment.table import Note, NoteBook, note_sentence, where_in
from equity_desktop.core.i18n import en as english
from equity_desktop.core.i18n import es as spanish
from equity_desktop.core.i18n import texts

CORPUS = Path(__file__).parents[2] / "data" / "corpus"
NOTE_IDS = sorted(key for key in english.MESSAGES if key.startswith("note."))


def _numbers(text: str) -> list[str]:
    """The numbers a sentence says, without their separators ("1.234,5" and "1,234.5" are both "12345")."""
    return [re.sub(r"[.,]", "", found) for found in re.findall(r"\d[\d.,]*\d|\d", text)]


def test_every_note_has_a_spanish_template():
    assert NOTE_IDS
    assert [key for key in NOTE_IDS if key not in spanish.MESSAGES] == []


@pytest.mark.parametrize("name", ["ccd_052_long.csv", "big_city_codes.xlsx", "state_profile_percent.xlsx"])
def test_the_notes_of_a_real_file_read_in_spanish_with_the_same_numbers(name):
    table = read_enrollment(CORPUS / name)
    assert table.notes
    es = texts("es")
    for note in table.notes:
        assert note.message_id in english.MESSAGES, note
        english_text = note.text(table.path.name, table.sheet)
        spanish_text = note.text(table.path.name, table.sheet, es)
        assert note.text(table.path.name, table.sheet, texts("en")) == english_text
        assert spanish_text != english_text
        # where it is, in Spanish (a column's reason, from role_labels, is still English: not yet a message id)
        assert spanish_text.startswith(where_in(es, table.path.name, table.sheet, note.row, note.column) + ": ")
        assert _numbers(spanish_text) == _numbers(english_text), (english_text, spanish_text)


def test_spanish_notes_use_spanish_words_plurals_and_separators():
    es = texts("es")
    assert (Note.of("info", "note.suppressed_cells", n=1234).sentence(es)
            == "1.234 celdas suprimidas (como *, <10, >95 o un código reservado) se leyeron como no disponibles, "
               "nunca como 0.")
    assert Note.of("info", "note.blank_cells", n=1).sentence(es).startswith("1 celda en blanco")
    # English says what it always said: no thousands separator, and "1 blank cells" (a form kept on purpose)
    assert Note.of("info", "note.suppressed_cells", n=1234).message.startswith("1234 suppressed cells")
    assert Note.of("info", "note.blank_cells", n=1).message.startswith("1 blank cells")
    assert note_sentence("note.unknown_value", {"text": "Other", "n": 1}).startswith('the value "Other" (1 row) ')
    book = NoteBook()
    for _ in range(NoteBook.LIMIT + 2):
        book.add("error", "note.not_a_number", 5, "C", text="abc")
    last = book.finish()[-1]
    assert last.message == "2 more cells like these; fix the ones above and read the report again."
    assert last.sentence(es).startswith("2 celdas más")
    assert book.notes[0].text("f.csv", "S", es) == ('f.csv, hoja «S», fila 5, columna C: «abc» no es un número; '
                                                    "escriba el número, o * si el recuento se suprimió.")

"""The results' words in another language (issue 19): every warning, status, reason and source a result carries
is a core.i18n Message, said in Spanish with Spanish words, and its English is the sentence the program always
wrote, byte for byte (`screen` and `mgi` print English by contract)."""

from __future__ import annotations

import copy
import pickle
import re
import string
from pathlib import Path

import pytest

from equity_desktop.core.demo.district import STUDENTS, WORKBOOK
from equity_desktop.core.enrollment import federal_names, review_data
from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.analysis import REFERENCE_LABELS, measure_table, reference_for
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.importing import snapshots_for
from equity_desktop.core.enrollment.mgi import Coverage, GroupResult, Rule, Share, sum_units
from equity_desktop.core.enrollment.mgi_columns import screening_list
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.enrollment.role_labels import SHAPE_LABELS, decision, role_choices, role_label
from equity_desktop.core.enrollment.snapshot import Snapshot
from equity_desktop.core.enrollment.table import Unit
from equity_desktop.core.enrollment.trends import progress_goal
from equity_desktop.core.i18n import en as english
from equity_desktop.core.i18n import es as spanish
from equity_desktop.core.i18n import texts
from equity_desktop.core.i18n.message import Message, Number, said
from equity_desktop.core.output import print_words
from equity_desktop.paths import resource_path

CORPUS = Path(__file__).parents[2] / "data" / "corpus"
REAL = Path("/work/shared/fixtures/real")
NJ = REAL / "nj_enrollment_2019-20_slice.xlsx"
CHICAGO = REAL / "chicago_ps_racial_ethnic_2018-19_schools.csv"
WORKBOOK_PATH = resource_path("sample", WORKBOOK)
STUDENTS_PATH = resource_path("sample", STUDENTS)
ES = texts("es")
RESULT_IDS = sorted(key for key in english.MESSAGES if key.startswith(("result.", "error.analysis_")))

# English words of the results' sentences that a Spanish one must not hold; what the file names (a school, a
# file, a row's name, quoted) is taken out first, since it stays as the file wrote it.
GIVEAWAYS = re.compile(r"\b(the|was|were|is|are|not|and|with|of|in|its|their|groups?|students?|schools?|district|"
                       r"share|file|row|rows|read|used|fewer|than|more|points|within|over|under|represented|"
                       r"suppressed|blank|data|enrollment|sum|measured|state|whole|every|count|band|goal|met|moved|"
                       r"outcome|other|Diversity|Federal|isolated|withheld|Count|Percent|flag|unknown)\b")
QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|\([^()]*\.(csv|xlsx|txt)\)|\S+\.(csv|xlsx|xls|txt)\b")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _forms(template) -> dict[str, str]:
    return {"": template} if isinstance(template, str) else dict(template)


def _check(text: str, file_words: tuple[str, ...] = ()) -> str:
    """`text` is a Message whose Spanish differs from its English and holds no English word; the Spanish."""
    assert isinstance(text, Message), repr(text)
    assert text.in_language(texts("en")) == str(text) == said(text, None)
    in_spanish = said(text, ES)
    assert in_spanish != str(text), text
    rest = QUOTED.sub("", in_spanish)
    for words in file_words:  # a name the file gave, said as it is
        rest = rest.replace(words, "")
    assert not GIVEAWAYS.search(rest), (str(text), in_spanish)
    return in_spanish


def test_every_result_message_has_a_spanish_template_with_the_same_fields():
    assert len(RESULT_IDS) > 60
    for key in RESULT_IDS:
        assert key in spanish.MESSAGES, key
        ours, theirs = _forms(english.MESSAGES[key]), _forms(spanish.MESSAGES[key])
        # English may have only "other" ("sum of the 1 schools", as it always said); Spanish has the same kind
        assert ("" in ours) == ("" in theirs), key
        assert "" in theirs or {"one", "other"} <= set(theirs), key
        for form, template in theirs.items():
            assert _fields(template) == _fields(ours.get(form, ours.get("other", ""))), (key, form)
            # a message with plural forms counts `n`; any other must not use `n` (note_sentence keeps it apart)
            assert ("n" in _fields(template)) == (form != ""), (key, form)


def test_a_number_is_written_as_its_f_string_in_english_and_with_spanish_separators():
    assert Number(1234.0, ",.0f").render(None) == f"{1234.0:,.0f}" == "1,234"
    assert Number(1234.0, ",.0f").render(ES) == "1.234"
    assert Number(51.04, ".1f").render(None) == "51.0" and Number(51.04, ".1f").render(ES) == "51,0"
    assert Number(-0.04, "+.1f").render(None) == "-0.0" and Number(4.24, "+.1f").render(ES) == "+4,2"
    assert Number(27.0, ".1f", percent=True).render(None) == "27.0 %"
    assert Number(27.0, ".1f", percent=True).render(ES) == "27,0 %"
    assert Number(0.5812, ".2f").render(ES) == "0,58"
    message = Message("result.coverage_gap", whose="the school", label="race/ethnicity",
                      read=Number(1800.0, ",.0f"), total=Number(1900.0, ",.0f"), gap=Number(100.0, ",.0f"))
    assert message.startswith("In the school, the race/ethnicity groups read from the file add up to 1,800 of its "
                              "1,900 students: 100 students")
    assert "1.800 de sus 1.900 estudiantes: 100 estudiantes" in said(message, ES)


def test_english_is_what_the_f_strings_wrote():
    share = Share(10.0, 20.0)
    over = GroupResult("race_ethnicity", "Black or African American", share, share, 51.04, True, "over")
    within = GroupResult("race_ethnicity", "White", share, share, -0.04, False, "under")
    assert over.status() == "over-represented by 51.0 points"
    assert within.status() == "within the band (+0.0 points)"
    assert _check(over.status()) == "sobrerrepresentado por 51,0 puntos"
    assert _check(within.status()) == "dentro de la banda (+0,0 puntos)"
    assert Rule().describe() == "more than 10 percentage points from the district share"
    assert Rule("relative", 7.5).describe() == "more than 7.5 % of the district share away from it"
    gap = Coverage("the district", "race_ethnicity", 360041.0, 361314.0)
    assert gap.sentence().startswith("In the district, the race/ethnicity groups read from the file add up to "
                                     "360,041 of its 361,314 students: 1,273 students are in no group")
    assert _check(gap.sentence()).startswith("En el distrito, los grupos de raza u origen étnico leídos del archivo "
                                             "suman 360.041 de sus 361.314 estudiantes: 1.273 estudiantes")
    small = Coverage("the district", "race_ethnicity", 995.0, 1000.0)
    assert "add up to all but fewer than 10 of its 1,000 students the program read" in small.sentence(10)
    assert "salvo menos de 10" in _check(small.sentence(10))
    unspecified = Coverage("the school", "gender", 90.0, 100.0, 4.0)
    assert unspecified.sentence() == (
        "In the school, the file gives no gender for 4 of its 100 students (\u201cnot specified\u201d): they are "
        "counted in the total and in no group, so the shares add up to less than 100 %. 6 more students are in no "
        "group the program read (a column it did not recognise, or an unknown category); name the missing column "
        "in the columns step (or the mapping) to count them.")
    assert unspecified.sentence(10).startswith("In the school, 10 of its 100 students are in no gender group: the "
                                               "file gives none for some")
    assert Coverage("the school", "gender", 95.0, 100.0, 2.0).sentence(10).startswith(
        "In the school, fewer than 10 of its 100 students are in no gender group")
    for sentence in (unspecified.sentence(), unspecified.sentence(10)):
        _check(sentence)


def test_a_summed_district_says_its_warnings_in_spanish_with_plurals():
    def school(name: str, black, total) -> Unit:
        unit = Unit(name, total=total)
        unit.counts[("race_ethnicity", "Black or African American")] = black
        unit.counts[("race_ethnicity", "White")] = 10.0
        return unit

    _, warnings = sum_units([school("A", 5.0, 15.0), school("B", None, 20.0), school("C", 4.0, None),
                             school("D", 1.0, 0.0)], "All")
    assert warnings == [
        "the district's Black or African American share is of the 2 of 3 schools that report it (and their "
        "students); 1 school leaves it suppressed or blank.",
        "1 school without a total enrollment counts in the district's sum with the sum of its race/ethnicity groups.",
        "1 school with 0 students was left out of the district's sum."]
    said_in_spanish = [_check(w) for w in warnings]
    assert said_in_spanish[0] == ("el porcentaje de Negro o afroamericano del distrito es de las 2 de 3 escuelas que "
                                  "lo informan (y de sus estudiantes); 1 escuela lo deja suprimido o en blanco.")
    assert said_in_spanish[2] == "1 escuela con 0 estudiantes quedó fuera de la suma del distrito."


def _results(path: Path, **kwargs) -> list:
    return measure_table(read_enrollment(path, **kwargs))


@pytest.mark.parametrize("path, kwargs", [
    (CHICAGO, {}), (NJ, {"sheet": "School"}), (CORPUS / "ccd_052_long.csv", {}),
    (CORPUS / "crdc_gifted.csv", {}), (CORPUS / "unrecognised_race.csv", {}), (CORPUS / "big_city_codes.xlsx", {}),
    (CORPUS / "county_districts.xlsx", {}), (WORKBOOK_PATH, {"sheet": "2024-25"}), (STUDENTS_PATH, {}),
])
def test_the_results_of_a_real_file_say_every_warning_status_and_reason_in_spanish(path, kwargs):
    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    results = _results(path, **kwargs)
    checked = 0
    for result in results:
        names = (result.school, result.school_id or "")
        for warning in result.warnings:
            _check(warning, names)
            checked += 1
        if result.district_source:
            _check(result.district_source, names)
        for group in result.groups:
            _check(group.status())
            for share in (group.school, group.district):
                if share.why_missing:
                    _check(share.why_missing)
        for row in result.disproportionality:
            if row.why_not_shown:
                _check(row.why_not_shown)
                checked += 1
        for dimension in review_data.dimensions_in(result):
            for row in review_data.isolation_rows(result, dimension):
                _check(row.status)
        for sentence in (review_data.federal_sentence(result), review_data.diversity_sentence(result),
                         review_data.rule_sentence(result.rule)):
            _check(sentence)
    assert results


def test_the_screening_list_keeps_the_warnings_as_messages_and_exports_them_in_english(tmp_path):
    table = read_enrollment(CHICAGO) if CHICAGO.exists() else read_enrollment(CORPUS / "ccd_052_long.csv")
    listing = screening_list(table)
    measured = measure_table(table)
    warned = [row for row in range(len(listing)) if listing.warnings[row]]
    assert warned
    for row in warned:
        for warning in listing.warnings[row]:
            _check(warning, (listing.school[row],))
    # the export's column is the English the school-by-school path writes
    by_name = {(r.school, r.year): " | ".join(r.warnings) for r in measured}
    exported = listing.values("warnings", range(len(listing)))
    assert all(exported[row] == by_name[(listing.school[row], listing.year[row])] for row in range(len(listing)))
    assert all(type(text) is str for text in exported)
    # across processes (the window's worker) and with another rule, the messages stay messages
    back = pickle.loads(pickle.dumps(listing))
    assert [w for w in back.warnings[warned[0]]] == list(listing.warnings[warned[0]])
    assert all(isinstance(w, Message) and w.message_id for w in back.warnings[warned[0]])
    assert back.rows() == listing.rows()
    assert copy.copy(listing).warnings is listing.warnings
    assert listing.with_rule(Rule("points", 5.0)).warnings is listing.warnings


def test_the_progress_goal_and_the_data_page_sentences_in_spanish():
    results = []
    for sheet in ("2022-23", "2023-24", "2024-25"):
        [snapshot] = snapshots_for(read_enrollment(WORKBOOK_PATH, sheet=sheet), "Cedar Grove")
        results += review_data.results_by_year([snapshot], Rule())
        _check(snapshot.district_source)
    steps = progress_goal(results)
    assert steps
    for step in steps:
        english_sentence = step.sentence()
        assert english_sentence == (
            f"{step.group}, {step.from_year} to {step.to_year}: {step.from_share:.1f} % to {step.to_share:.1f} % "
            f"(district {step.district_share:.1f} %), "
            f"{'reached the band' if step.closed and step.moved < step.needed else f'moved {step.moved:+.1f} points'}"
            f"; goal {step.needed:g} points — {'met' if step.met else 'not met'}.")
        assert print_words.progress_sentence(ES, step) == _check(english_sentence)


def test_the_snapshot_gives_its_notes_in_a_language_and_keeps_english_for_the_file():
    table = read_enrollment(CORPUS / "ccd_052_long.csv")
    [snapshot, *_] = snapshots_for(table, table.units[0].code or table.units[0].name)
    assert snapshot.notes == table.note_texts()
    assert any(isinstance(note, Message) for note in snapshot.notes)
    for note in snapshot.notes:
        if isinstance(note, Message):
            assert said(note, ES) != note
    # a review read back from a file has the English text only: said as it is
    stored = Snapshot("2024-25", snapshot.school, snapshot.district, "x.csv", "", "", {}, str(snapshot.district_source),
                      notes=["x.csv: an English note"])
    assert said(stored.notes[0], ES) == "x.csv: an English note"
    assert said(stored.district_source, ES) == str(snapshot.district_source)


def test_the_column_decisions_and_roles_in_spanish():
    for shape in lay.SHAPES:
        _check(SHAPE_LABELS[shape])
        for label, _ in role_choices(shape):
            _check(label)
    assert role_label("count:race_ethnicity:White") == "Count: White"
    assert said(role_label("count:race_ethnicity:White"), ES) == "Recuento: Blanco"
    assert role_label("category:race_ethnicity") == "Race/ethnicity (a group per row)"
    table = read_enrollment(CORPUS / "crdc_school.csv")
    for column in table.layout.columns:
        made = decision(column)
        assert isinstance(made, Message)
        expected = role_label(column.role)
        verb = "not used" if expected == "not used" else f"read as {expected}"
        assert made == (f"{verb} ({column.reason})" if column.reason else verb)  # English as it always was
        assert said(made, ES).startswith(("leída como ", "sin usar"))


def test_the_references_and_the_errors_of_analysis_in_spanish(tmp_path):
    for label in REFERENCE_LABELS.values():
        _check(label)
    table = read_enrollment(WORKBOOK_PATH, sheet="2024-25")
    _, source, _ = reference_for(table, "2024-25")
    assert source == 'district row "District Total" in riverbend_enrollment_2022-2025.xlsx, row 64'
    assert said(source, ES) == ("fila del distrito \u201cDistrict Total\u201d en riverbend_enrollment_2022-2025.xlsx, "
                                "fila 64")
    with pytest.raises(EnrollmentFileError) as caught:
        measure_table(table, school="Nowhere High")
    assert 'no school is called or coded "Nowhere High". Schools in the file include: ' in str(caught.value)
    assert "ninguna escuela se llama ni tiene el código \u201cNowhere High\u201d" in caught.value.sentence(ES)
    with pytest.raises(EnrollmentFileError) as caught:
        reference_for(table, "2024-25", reference="state")
    assert str(caught.value).endswith("the file has no state row to compare with; compare with the district, or "
                                      "give a state file as the district file.")
    _check(caught.value.as_message())


def test_why_a_risk_ratio_is_not_shown_in_spanish():
    from equity_desktop.core.enrollment.disproportionality import MIN_CELL, MIN_N, risk_ratios

    unit = Unit("Oak", total=200.0)
    for group, enrolled, gifted in (("White", 150.0, 30.0), ("Asian", 5.0, 2.0), ("Black or African American",
                                                                                  45.0, 3.0)):
        unit.counts[("race_ethnicity", group)] = enrolled
        unit.outcomes.setdefault("Gifted", {})[("race_ethnicity", group)] = gifted
    rows = {row.group: row for row in risk_ratios(unit, "Gifted")}
    assert rows["Asian"].why_not_shown == f"fewer than {MIN_N} students in the group (n-size)"
    assert rows["Black or African American"].why_not_shown == (f"fewer than {MIN_CELL} students with the outcome "
                                                               "(minimum cell size)")
    assert _check(rows["Asian"].why_not_shown) == f"menos de {MIN_N} estudiantes en el grupo (tamaño n)"
    _check(rows["Black or African American"].why_not_shown)


# ---- the reasons a column was read as it was, what a printed copy withholds, and the notes that join roles -------

OUTCOMES = (federal_names.GIFTED, federal_names.AP, federal_names.OSS, federal_names.ISS, federal_names.IDEA)
COLUMN_FILES = [*(path for path in sorted(CORPUS.iterdir()) if path.suffix in (".csv", ".xlsx", ".txt")),
                *(path for path in sorted(REAL.glob("*")) if path.suffix in (".csv", ".xlsx")), STUDENTS_PATH]


def _tables() -> list:
    found = []
    for path in COLUMN_FILES:
        try:
            found.append(read_enrollment(path))
        except EnrollmentFileError:
            continue  # a file of the corpus that is there to be refused
    return found


def test_every_column_reason_of_the_real_files_is_a_message_said_in_spanish():
    ids = set()
    for table in _tables():
        for column in table.layout.columns:
            if not column.reason:
                continue
            _check(column.reason, (column.header,))
            _check(decision(column), (column.header,))  # an outcome's name too ("Programa para …")
            ids.add(column.reason.message_id)
    # the header's reasons, the cells' evidence and the federal variable names, each seen on a real file
    assert {"result.reason_header", "result.reason_names_code", "result.reason_unknown_header",
            "result.reason_zero_padded", "result.reason_percentages", "result.reason_national_school",
            "result.reason_national_district", "result.reason_unnamed_counts", "result.reason_crdc_group",
            "result.reason_crdc_sex", "result.reason_crdc_outcome", "result.reason_ccd_race",
            "result.reason_ccd_name", "result.reason_student_flags"} <= ids, sorted(ids)


def test_a_column_reason_keeps_its_english_and_says_its_words_in_spanish():
    table = read_enrollment(CORPUS / "ccd_052_long.csv")
    by_header = {c.header: c for c in table.layout.columns}
    assert by_header["SCH_NAME"].reason == "its header"
    assert decision(by_header["SCH_NAME"]) == "read as School name (its header)"
    assert said(decision(by_header["SCH_NAME"]), ES) == "leída como Nombre de la escuela (su encabezado)"
    assert by_header["FIPST"].reason == 'its values are zero-padded codes (such as "01"), never counts'
    assert said(by_header["FIPST"].reason, ES) == ("sus valores son códigos con ceros a la izquierda (como "
                                                   "\u201c01\u201d), nunca recuentos")
    assert by_header["ST_SCHID"].reason == '"NCESSCH", the national code, identifies each school instead'
    profile = read_enrollment(CORPUS / "state_profile_percent.xlsx")
    black = next(c for c in profile.layout.columns if c.header == "African American")
    assert black.reason == "on every row the race/ethnicity columns add up to 100: percentages, not students"
    assert said(black.reason, ES) == ("en cada fila las columnas de raza u origen étnico suman 100: porcentajes, no "
                                      "estudiantes")
    gifted = read_enrollment(CORPUS / "crdc_gifted.csv")
    outcome = next(c for c in gifted.layout.columns
                   if getattr(c.reason, "message_id", "") == "result.reason_crdc_outcome")
    assert outcome.reason == "a CRDC count of a group; its sexes are added (Gifted)"
    assert said(outcome.reason, ES) == ("un recuento de un grupo de la CRDC; se suman sus sexos (Programa para "
                                        "superdotados)")
    # pickled with the layout (the window's worker), a reason stays a message
    back = pickle.loads(pickle.dumps(table.layout))
    assert said(back.columns[1].reason, ES) == said(by_header["FIPST"].reason, ES)


def test_the_reason_of_a_column_the_mapping_names_is_said_in_spanish():
    path = CORPUS / "ccd_052_long.csv"
    mapping = read_enrollment(path).layout.to_mapping()
    mapping["columns"]["FIPST"] = "school_name"
    mapping["columns"]["SCH_NAME"] = "ignore"
    table = read_enrollment(path, mapping=mapping)
    column = next(c for c in table.layout.columns if c.header == "FIPST")
    assert column.reason == "the mapping" and decision(column) == "read as School name (the mapping)"
    assert _check(column.reason) == "la asignación de columnas"
    _check(decision(column))


def test_the_notes_that_join_decided_columns_say_their_labels_in_spanish():
    notes = [note for table in _tables() for note in table.notes
             if note.message_id in ("note.decided_columns", "note.decided_columns_unused")]
    assert {note.message_id for note in notes} == {"note.decided_columns", "note.decided_columns_unused"}
    for note in notes:
        in_spanish = note.sentence(ES)
        assert in_spanish != note.message
        rest = QUOTED.sub("", in_spanish)
        assert not GIVEAWAYS.search(rest), (note.message, in_spanish)
    profile = read_enrollment(CORPUS / "state_profile_percent.xlsx")
    [gender] = [n for n in profile.notes if n.message_id == "note.decided_columns" and "Males" in n.message]
    assert gender.message == ('columns K ("Males"), L ("Females"), M ("Non-Binary"): read as Percent: Male, Percent: '
                              "Female, Percent: Nonbinary (on every row the gender columns add up to 100: "
                              "percentages, not students); if that is wrong, choose what they hold.")
    assert "Porcentaje: Masculino, Porcentaje: Femenino, Porcentaje: No binario" in gender.sentence(ES), \
        gender.sentence(ES)


@pytest.mark.parametrize("path, kwargs", [
    (CHICAGO, {}), (NJ, {"sheet": "School"}), (CORPUS / "ccd_052_long.csv", {}), (CORPUS / "crdc_school.csv", {}),
    (CORPUS / "unrecognised_race.csv", {}), (WORKBOOK_PATH, {"sheet": "2024-25"}),
])
def test_what_a_printed_copy_withholds_is_said_in_spanish(path, kwargs):
    from equity_desktop.core.enrollment import privacy

    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    withheld = notes = 0
    for size in (10, 20):
        for result in (privacy.for_print(r, size) for r in _results(path, **kwargs)):
            names = (result.school, result.school_id or "")
            if result.withheld_note:
                assert result.withheld_note == (f"a race/ethnicity group has fewer than {size} students, so figures "
                                                "that would reveal its count are not printed")
                _check(result.withheld_note)
                assert print_words.withheld_note(ES, result) == said(result.withheld_note, ES)
                assert print_words.withheld_note(texts("en"), result) == result.withheld_note
                notes += 1
            for group in result.groups:
                for share in (group.school, group.district):
                    if share.withheld:
                        assert share.why_missing == privacy.reason(share.withheld, size)
                        assert share.why_missing in (f"withheld: fewer than {size} students",
                                                     f"withheld so that a count under {size} cannot be worked out")
                        _check(share.why_missing)
                        text = privacy.count_text(share, size)
                        if share.withheld == privacy.COMPLEMENT:
                            assert text == "withheld" and _check(text) == "reservado"
                        withheld += 1
                if group.difference is None:
                    assert print_words.group_status(ES, group, size) == said(group.status(), ES)
                    _check(group.status())
            for sentence in (review_data.federal_sentence(result), review_data.diversity_sentence(result)):
                _check(sentence, names)
    assert withheld and notes


def test_a_withheld_risk_ratio_says_why_in_spanish():
    from equity_desktop.core.enrollment import privacy
    from equity_desktop.core.enrollment.outcome_files import add_outcomes

    table = read_enrollment(CORPUS / "crdc_school.csv")
    add_outcomes(table, read_enrollment(CORPUS / "crdc_gifted.csv"))
    rows = [row for result in measure_table(table) for row in privacy.for_print(result, 10).disproportionality
            if row.withheld]
    assert rows
    for row in rows:
        assert row.why_not_shown in ("withheld: fewer than 10 students",
                                     "withheld so that a count under 10 cannot be worked out")
        _check(row.why_not_shown)

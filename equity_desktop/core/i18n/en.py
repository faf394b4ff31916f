"""English: the source catalogue (`core.i18n`). Its texts are what the program printed before it had a second
language, word for word; a translation is made from these, and a test checks that each translation has every id
with the same fields.

A count-dependent message has the forms "one" and "other" (CLDR's plural categories). Some English messages have
only "other" on purpose: they printed "1 of 5 conditions" and "6 action items in all" before translations existed,
and English output does not change with this seam.
"""

from __future__ import annotations

PDF_LANG = "en-US"  # U.S. school districts are the program's readers
GROUP, POINT = ",", "."
PERCENT = "{} %"  # "27.0 %": the space the program has always printed between a share and its sign
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
DATE = "{day} {month} {year}"  # "30 November 2026", as the cover printed strftime("%d %B %Y") without a leading 0


def plural_category(count: float) -> str:
    return "one" if count == 1 else "other"


MESSAGES: dict[str, str | dict[str, str]] = {
    # ---- every PDF (pdf_kit) ------------------------------------------------------------------------------------
    "pdf.page_of": "Page {number} of {total}",
    "pdf.citation": ("Magnet School Development Framework, U.S. Department of Education, Magnet Schools Assistance "
                     "Program Technical Assistance Center, 2018 (public domain)."),
    "pdf.bad_paper": "{paper} is not a paper size; use letter or a4.",
    "progress.laying_out": "Laying out the pages…",
    "progress.reading_review": "Reading the review…",
    # An unofficial translation of the framework (English never prints these: its text is the official one).
    "translation.marker": "Framework: unofficial translation",
    "translation.original_in_record": ("The English original of each translated item is printed under it in the "
                                       "full record (“Ratings and evidence”)."),
    "translation.original_with_full": ("Print the plan with its full record to see the English original under each "
                                       "translated item."),
    "translation.original_below": "The English original is printed under each item.",

    # ---- the plan: cover and summary -----------------------------------------------------------------------------
    "plan.title": "Action plan",
    "plan.pdf_title": "Action plan — {school}",
    "plan.pdf_subject": "Equity self-review and action plan, {district}",
    "plan.footer": "{school} — action plan",
    "plan.not_set": "not set",
    "cover.school_year": "School year",
    "cover.magnet_theme": "Magnet theme",
    "cover.program": "Program",
    "cover.grades": "Grades",
    "cover.printed": "Printed",
    "cover.team": "The team",
    "cover.name": "Name",
    "cover.role": "Role",
    "cover.speaks_for": "Speaks for",
    "cover.no_team": "No team members are listed in the review.",
    "cover.against": "Self-review against the {citation}",
    "summary.title": "Summary",
    "summary.components": "Where each core component stands",
    "summary.component": "Component",
    "summary.stage": "Stage",
    "summary.why": "Why it sits there",
    "summary.sustained": "Optimization — sustained",
    "summary.sustained_why": "Every map condition in all four stages is In place.",
    "summary.held_back": {"other": "{n} of {total} conditions of the {stage} map not yet In place."},
    "summary.isolation": "Minority group isolation",
    "summary.no_enrollment": "No enrollment has been imported into this review, so isolation is not measured.",
    "summary.isolated_groups": {"one": "In {year}, {n} group is isolated ({rule}).",
                                "other": "In {year}, {n} groups are isolated ({rule})."},
    "summary.top": "Top {count} priorities",
    "summary.action": "Action",
    "summary.lead": "Lead",
    "summary.due": "Due",
    "summary.status": "Status",
    "summary.no_open_items": "The plan has no open action items yet.",
    "summary.items_in_all": {"other": "{n} action items in all: {statuses}."},

    # ---- the plan table and the timeline ---------------------------------------------------------------------------
    "plan.col.number": "#",
    "plan.col.action": "Action",
    "plan.col.why": "Why (gap, root cause, theory of action)",
    "plan.col.steps": "Steps and resources",
    "plan.col.lead": "Lead and team",
    "plan.col.dates": "Start – due",
    "plan.col.evidence": "Evidence of impact",
    "plan.col.status": "Status",
    "plan.no_items": "No action items yet. Accept suggestions on the Action plan page, or add items.",
    "plan.objective": "Objective {number}: {title}",
    "plan.no_objective": "Items with no objective",
    "item.gap": "Gap:",
    "item.root_cause": "Root cause:",
    "item.theory": "Theory of action:",
    "item.resources": "Resources:",
    "item.funding": "Funding:",
    "item.with": "With: {people}",
    "item.by": "By",
    "timeline.title": "The 7-year timeline",
    "timeline.explained": ("Each action item across the seven school years of the plan, {first} to {last}; a filled "
                           "cell marked {mark} is a year the item runs (from its start date to its due date)."),
    "timeline.no_items": "No action items yet.",
    "timeline.action": "Action",
    "timeline.lead": "Lead",
    "timeline.note": "Note",
    "timeline.no_dates": "no dates yet",
    "timeline.before": "started before the plan",
    "timeline.after": "continues after the plan",
    "timeline.outside": "outside the plan years",

    # ---- enrollment and isolation -----------------------------------------------------------------------------------
    "enrollment.title": "Enrollment and minority group isolation",
    "enrollment.none": ("No enrollment has been imported into this review. Import the school's enrollment on the "
                        "Data & MGI page to measure isolation."),
    "enrollment.source": ("School year {year}. Source: {file}, sheet “{sheet}”, imported {day}{by}. "
                          "Compared with: {reference}."),
    "enrollment.imported_by": " by {name}",
    "enrollment.read_with_care": "Read with care: {warning}",
    "enrollment.dimension_year": "{dimension}, {year}",
    "enrollment.suppression": ("Counts under {size} are printed as “<{size}” to protect students' privacy, and so is "
                               "every figure that would reveal one: its share, its difference, its chart label and, "
                               "where the other counts and the total would give it away, the next smallest count "
                               "(“withheld”)."),
    "enrollment.charts": "Charts",
    "enrollment.progress_goal": "Progress goal: 2 points a year toward the district share",
    "enrollment.disproportionality": "Disproportionality",
    "mgi.col.group": "Group",
    "mgi.col.school_n": "School n",
    "mgi.col.school_share": "School %",
    "mgi.col.district_n": "District n",
    "mgi.col.district_share": "District %",
    "mgi.col.difference": "± points",
    "mgi.col.status": "Status",
    "mgi.isolated_prefix": "ISOLATED: ",
    "risk.col.outcome": "Outcome",
    "risk.col.group": "Group",
    "risk.col.enrolled": "Enrolled",
    "risk.col.with_outcome": "With outcome",
    "risk.col.expected": "Expected",
    "risk.col.ratio": "Risk ratio",
    "risk.col.why": "Why no ratio",
    # The enrollment engine words these in English itself (core.enrollment); a translation renders them from the
    # result's numbers (core.output.print_words), with the same meaning.
    "rule.points": "more than {threshold} percentage points from the district share",
    "rule.relative": "more than {threshold} % of the district share away from it",
    "rule.sentence": ("A group is isolated when its share of the school is {rule} — the district-relative rule "
                      "(as used by Miami-Dade County Public Schools; Bridges Collaborative member profile)."),
    "federal.isolated": "minority-group-isolated",
    "federal.not_isolated": "not minority-group-isolated",
    "federal.withheld": ("Federal MSAP status (34 CFR 280.4): the school is {state} (more than 50 % minority students "
                         "is isolated); the exact share is not printed because {why}."),
    "federal.unknown": "Federal MSAP status: not known (the file does not give every race/ethnicity group).",
    "federal.known": ("Federal MSAP status (34 CFR 280.4): minority students are {share} of the school, so it is "
                      "{state} (more than 50 % is isolated)."),
    "diversity.withheld": "Diversity: not printed, because {why}.",
    "diversity.unknown": "Diversity: not known (race/ethnicity counts are missing or suppressed).",
    "diversity.simpson": "Diversity (Simpson, 0 = one group only): {simpson}, {normalized} of the most possible",
    "diversity.dissimilarity": "; dissimilarity from the district: {dissimilarity} (0 = the same mix)",
    "status.no_data": "no data",
    "status.over": "over-represented by {points} points",
    "status.under": "under-represented by {points} points",
    "status.within": "within the band ({points} points)",
    "status.small": "; fewer than {size} students, read with care",
    "privacy.small": "withheld: fewer than {size} students",
    "privacy.complement": "withheld so that a count under {size} cannot be worked out",
    "privacy.race_hidden": ("a race/ethnicity group has fewer than {size} students, so figures that would reveal its "
                            "count are not printed"),
    "privacy.withheld": "withheld",
    "progress.sentence": ("{group}, {first} to {last}: {from_share} to {to_share} (district {district}), {how}; goal "
                          "{needed} points — {verdict}."),
    "progress.moved": "moved {points} points",
    "progress.reached_band": "reached the band",
    "progress.met": "met",
    "progress.not_met": "not met",
    "dimension.race_ethnicity": "Race/ethnicity",
    "dimension.gender": "Gender",
    "dimension.english_learner": "English learners",
    "dimension.disability": "Students with disabilities",
    "dimension.economic": "Economic status",

    # ---- charts ---------------------------------------------------------------------------------------------------
    "chart.isolated": "isolated",
    "chart.withheld": "withheld (a small count)",
    "chart.not_available": "not available",
    "chart.school": "School",
    "chart.district": "District",
    "chart.band_points": "Band: within {threshold} points",
    "chart.band_relative": "Band: within {threshold} % of the district share",
    "chart.against_district": " (district {share})",
    "chart.legend_school": "School: heavy line with dots, a style per group",
    "chart.legend_district": "District: thin grey dashed line per group",
    "chart.trend_title": "Race/ethnicity share over the years",

    # ---- sign-off -------------------------------------------------------------------------------------------------
    "signoff.title": "Sign-off",
    "signoff.agreement": ("We have read this action plan and agree to carry it out and to review it together at least "
                          "once each semester."),
    "signoff.role": "Role",
    "signoff.name": "Name",
    "signoff.signature": "Signature",
    "signoff.date": "Date",
    "signoff.principal": "Principal",
    "signoff.team_lead": "Leadership team lead",
    "signoff.district": "District representative",
    "signoff.family": "Family representative",
    "signoff.partner": "Partner representative",

    # ---- the full record and the checklist ------------------------------------------------------------------------
    "record.title": "Ratings and evidence",
    "record.explained": ("Every item of the framework as the team rated it, with its evidence note. Items never rated "
                         "read “Unrated”."),
    "record.col.number": "#",
    "record.col.text": "Text (quoted from the framework)",
    "record.col.text_translated": "Text (unofficial translation; the English original under it)",
    "record.col.text_unofficial": "Text (unofficial translation of the framework)",
    "record.col.rating": "Rating",
    "record.col.evidence": "Evidence",
    "record.stage": "Stage {number}: {name}",
    "record.part": "Stage {number} {part}",
    "record.ballots": "Ballots: {votes} ({agreement}).",
    "record.reason": "Team's reason: {reason}",
    "record.original": "English original:",
    "part.key_actions": "key actions",
    "part.map": "map: {component}",
    "part.benchmarks": "benchmarks",
    "ballots.none": "No ratings",
    "ballots.nobody": "nobody rated it",
    "ballots.all_agree": "all agree",
    "ballots.apart": {"other": "{share} chose the same; {n} levels apart"},
    "checklist.title": "Self-review checklist",
    "checklist.title_stage": "Self-review checklist, stage {stage}",
    "checklist.intro": ("Magnet School Development Framework — for teams working on paper. Tick one box per item and "
                        "write the evidence on the lines; enter the ratings in Equity Desktop afterwards."),
    "checklist.school_date": "<b>School:</b> ______________________________ &nbsp; <b>Date:</b> ______________",
    "checklist.name_line": ("<b>Name</b> (a member's own ballot, or who recorded the team's ratings): "
                            "________________________________"),
    "checklist.col.code": "Code",
    "checklist.no_stage": "There is no stage {stage}; the framework has stages 1 to {last}.",

    # ---- the Excel copy -------------------------------------------------------------------------------------------
    "xlsx.sheet.about": "About",
    "xlsx.sheet.plan": "Action plan",
    "xlsx.sheet.ratings": "Ratings",
    "xlsx.col.id": "ID",
    "xlsx.col.objective": "Objective",
    "xlsx.col.component": "Component",
    "xlsx.col.stage": "Stage",
    "xlsx.col.status": "Status",
    "xlsx.col.part": "Part",
    "xlsx.col.number": "#",
    "xlsx.col.text": "Text (quoted from the framework)",
    "xlsx.col.text_unofficial": "Text (unofficial translation of the framework)",
    "xlsx.col.rating": "Rating",
    "xlsx.col.evidence": "Evidence",
    "xlsx.date_format": " (YYYY-MM-DD)",
    "xlsx.about.title": "Action plan and ratings — {school}",
    "xlsx.about.school_year": "School year {year}",
    "xlsx.about.edit": ("Edit the “Action plan” and “Ratings” sheets, save, and bring the file back with File → Import "
                        "Plan from Excel… in Equity Desktop. You will see every change before it is applied."),
    "xlsx.about.ids": ("Keep the ID columns as they are. Add a new action item on an empty row with no ID. Dates are "
                       "written as YYYY-MM-DD."),
    "xlsx.about.delete": ("Deleting a row here does not delete the item; delete it in the program, where it can be "
                          "undone."),
    "xlsx.choose_status": "Choose a status from the list.",
    "xlsx.choose_component": "Choose one of the five components.",
    "xlsx.choose_stage": "The stage is a number from 1 to 4.",
    "xlsx.choose_rating": "Choose a rating from the list.",
    "xlsx.choose_benchmark": "Choose Not met, Partly met, Met or Unrated.",
    "xlsx.not_in_list": "Not in the list",

    # ---- the command line -------------------------------------------------------------------------------------------
    "cli.wrote_plan": "Wrote the action plan to {path}",
    "cli.wrote_xlsx": "Wrote the plan and ratings to {path}",
    "cli.wrote_checklist": "Wrote the blank checklist to {path}",
    "cli.say_where": "Say where to write the plan: -o plan.pdf, --xlsx plan.xlsx, or both.",
    "cli.not_pdf": "{name} does not end in .pdf; name the file like plan.pdf.",
    "cli.not_xlsx": "{name} does not end in .xlsx; name the file like plan.xlsx.",

    # ---- an item's caption (core.framework.display.item_caption), in the language of the framework shown ------
    "caption.stage": "Stage {number} · {name}",
    "caption.key_action": "Key action {number}",
    "caption.benchmark": "Benchmark {number}",

    # ---- a change of a review in words (core.review.change_words): merges, ballots, the workbook's return ----
    "change.rating": "{item}: rating",
    "change.note": "{item}: evidence note",
    "change.rationale": "{item}: the team's reason",
    "change.profile": "School profile: {field}",
    "change.team": "Team member {name}",
    "change.objective": "Objective “{title}”",
    "change.item": "Action item “{title}”",
    "change.suggestion": "Suggestion {name}",
    "change.snapshot": "Enrollment {name}",
    "change.setting": "Setting: {name}",
    "change.ballot": "Ballot of {member}",
    "change.removed": "removed",
    "change.empty": "empty",
    "change.dismissed": "dismissed",
    "change.offered_again": "offered again",
    "change.not_chosen": "not chosen",
    "change.no_group": "no group chosen",
    "change.imported": "imported from {file} on {date}",
    "change.ratings": {"one": "{n} rating", "other": "{n} ratings"},
    "profile.school": "School",
    "profile.district": "District",
    "profile.school_year": "School year",
    "profile.magnet_theme": "Magnet theme",
    "profile.program_type": "Program type",
    "profile.grades_served": "Grades served",
    "setting.mgi_rule": "Isolation rule",
    "setting.mgi_threshold": "Isolation threshold",
    "setting.suppression_size": "Smallest count printed",

    # ---- an edited workbook's return (core.output.workbook_merge, plan_changes) ---------------------------------
    "return.rating": "Rating of {item}: {what}",
    "return.rating_changed": "{old} → {new}",
    "return.note_changed": "evidence note changed",
    "return.rating_words": "{rating} — “{note}”",
    "return.rating_no_note": "{rating} (no evidence note)",
    "return.new_objective": "New objective: {title}",
    "return.new_item": "New action item: {title}",
    "return.deleted": ("“{title}” was deleted in the program after the workbook was written; its changes in the "
                       "workbook were not applied (undo the deletion first to keep them)."),
    "return.item_changed": "Action item “{title}”: {fields} changed",
    "return.item_conflict": "Action item “{title}” ({fields})",
    "return.chosen": "{what}: {workbook} (the workbook's, chosen over {program})",

    # ---- collecting ballots (core.review.ballots) ------------------------------------------------------------
    "ballot.not_a_ballot": ("{name} is not a ballot of Equity Desktop (a spreadsheet or another program's file); "
                            "collect the {suffix} files the members sent back."),
    "ballot.is_a_review": ("{name} is a review, not a ballot; to bring another copy of the review in, use Merge "
                           "Another Copy."),
    "ballot.other_review": "{name} is a ballot for another review, not this one; it was not taken.",
    "ballot.no_member": ("{name} has no member's name; open it, type the name at the top, and collect it "
                         "again."),
    "ballot.nothing_newer": "{name} ({member}) was collected already; nothing newer in it.",
    "ballot.taken_new": "{member}: {ratings} (new), from {name}",
    "ballot.taken_later": "{member}: {ratings} (a later version), from {name}",

    # ---- notes the enrollment engine attaches to a reading (core.enrollment.table.Note) ------------------------
    # English counts are written as the notes always wrote them (no thousands separator); some plurals have only
    # "other" on purpose: those notes said "1 blank cells" before the catalogue.
    "note.where_sheet": 'sheet "{sheet}"',
    "note.where_row": "row {row}",
    "note.where_column": "column {column}",
    "note.hidden": " (hidden)",
    "note.more_errors": {"other": "{n} more cells like these; fix the ones above and read the report again."},
    "note.no_school_name": "this row has numbers but no school name or code; it was left out.",
    "note.total_in_name": ('"{name}" has "Total" in its name, but its numbers are not the sum of the rows above it: '
                           "it was read as a school."),
    "note.subtotal": '"{name}" looks like a subtotal; it was left out.',
    "note.repeats": ('"{name}" ({code}) repeats row {first_row} ("{first}"); the two rows were added together. If they '
                     "are different schools, give them different codes."),
    "note.repeats_no_code": ('"{name}" (no code) repeats row {first_row} ("{first}"); the two rows were added '
                             "together. If they are different schools, give them different codes."),
    "note.fractions": "the percentage columns hold fractions (0.125 for 12.5 %); they were read as percentages.",
    "note.nonbinary_reserve": {"other": ("{n} nonbinary (_X) cells hold a reserve code, as where a state does not "
                                         "collect nonbinary; the groups are the male and female students.")},
    "note.footnote": "{text} is a note under the table, not a school; it was left out.",
    "note.zero_rows_filled": {"other": ("{n} combinations of a school and a group have no row in the file and were "
                                        "read as 0 (publishers leave out rows whose count is 0).")},
    "note.unknown_value": {
        "one": ('the value "{text}" ({n} row) names no group the program knows; those rows were left out. If it '
                "names a group, say which in a mapping file's \u201cvalues\u201d (docs/enrollment.md)."),
        "other": ('the value "{text}" ({n} rows) names no group the program knows; those rows were left out. If it '
                  "names a group, say which in a mapping file's \u201cvalues\u201d (docs/enrollment.md)."),
    },
    "note.not_a_number": '"{text}" is not a number; type the number, or * if the count was suppressed.',
    "note.sum_of_columns": "the count of each row is the sum of columns {columns}.",
    "note.subtotal_rows": {"other": ("{n} subtotal rows (by TOTAL_INDICATOR) were left out so that nothing is "
                                     "counted twice.")},
    "note.ccd_derived": ("the file has no Category Set A rows; the groups are read from the derived subtotal by "
                         "race/ethnicity and sex, and the total from the derived education unit total (both without "
                         "adult education)."),
    "note.ccd_no_kind": ("no TOTAL_INDICATOR value is \u201cCategory Set A\u201d or a derived subtotal by race and "
                         "sex, so no row says how many students of each group there are; choose what the columns "
                         "hold."),
    "note.other_sheets": "the workbook also has {sheets}; choose another sheet by its name or number.",
    "note.decided_column": "{decision}; if that is wrong, choose what the column holds.",
    "note.decided_columns": ("columns {columns}: read as {labels} ({reason}); if that is wrong, choose what they "
                             "hold."),
    "note.decided_columns_unused": "columns {columns}: not used ({reason}); if that is wrong, choose what they hold.",
    "note.unused_columns": "columns not used: {columns}.",
    "note.unused_columns_more": "columns not used: {columns} and {more} more.",
    "note.header_repeats": ("the header repeats {headers}; the repeated columns are added together. If one of them "
                            "is something else, choose what it holds."),
    "note.suppressed_cells": {"other": ("{n} suppressed cells (such as *, <10, >95 or a reserve code) were read as "
                                        "not available, never as 0.")},
    "note.blank_cells": {"other": "{n} blank cells in count columns were read as not available."},
    "note.left_out": "{name} was left out.",
    "note.suppressed_everywhere": "{group} is suppressed in every row, so it has no numbers in this file.",
    "note.fractional": ("some counts are fractional (such as half-day pupils counted as 0.5); they are kept as they "
                        "are."),
    "note.share_over_100": ("{unit}: the {group} percentage is {share} %, more than 100 %; correct the cell (a count "
                            "in a percentage column?)."),
    "note.total_mismatch": ("{unit}: the {dimension} counts add up to {found}, the total says {total}; shares are of "
                            "the total (see the warning next to the numbers)."),
    "note.students_no_school": {"other": "{n} student rows name no school; they were left out."},
    "note.not_yes_no": {"other": ('"{text}" ({n} rows) is not a yes/no value; use Y/N, Yes/No, 1/0, TRUE/FALSE or '
                                  "X/blank.")},
    "note.outcome_not_yes_no": '"{text}" is not a yes/no value; those students count as without the outcome.',
    "note.outcomes_read": "{names} read from {file} for {matched} of {schools} schools.",
    "note.outcomes_unmatched": {
        "one": "{n} school of {file} is not in this enrollment file and was left out: {shown}.",
        "other": "{n} schools of {file} are not in this enrollment file and were left out: {shown}.",
    },
    "note.outcomes_unmatched_more": {
        "one": "{n} school of {file} is not in this enrollment file and was left out: {shown} and {more} more.",
        "other": "{n} schools of {file} are not in this enrollment file and were left out: {shown} and {more} more.",
    },
    "note.outcomes_missing": {
        "one": "{n} school of the enrollment file has no row in {file}: no disproportionality for them.",
        "other": "{n} schools of the enrollment file have no row in {file}: no disproportionality for them.",
    },
    # ---- errors of enrollment files (core.enrollment: EnrollmentFileError and its kin), "error.…" ----------------
    # ---- warnings and reasons the enrollment results carry (mgi, analysis, role_labels, snapshot), "result.…" -------
    # ---- the command line's messages ("cli.…") and the review file's errors ("review_error.…") -----------------------
}

# Field labels of a plan item (core.review.plan_records.FIELD_LABELS) are English in that module; the Excel copy's
# headers ask for them by "field.<name>" in other languages and fall back to FIELD_LABELS in English.

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
    "ballot.blank": ("{name} ({member}) holds no ratings yet; nothing was taken. Collect it again once the member "
                     "has rated."),
    "ballot.empty": ("{name} is empty (0 bytes): the ballot was lost in copying; ask the member to send the "
                     "{suffix} file again."),

    # ---- the privacy presets (core.settings.SUPPRESSION_PRESETS) ---------------------------------------------
    "setting.suppress_under_default": "fewer than {count} students (the most common rule; the default)",
    "setting.suppress_under": "fewer than {count} students",
    "setting.suppress_at_most": "{count} students or fewer",
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
    # English as the f-strings wrote it; counts written "1,234" are message.Grouped, sizes limits.size_said.
    "error.located": "{where}: {message}",
    "error.resave": "Open it in Excel or LibreOffice, save it again as .xlsx or .csv, and import that copy.",
    "error.out_of_memory": ("the computer ran out of memory reading this file; close other programs, or save only the "
                            "sheet you need in a file of its own, and try again."),
    "error.worker_out_of_memory": ("The computer ran out of memory reading this file; close other programs, or save "
                                   "only the sheet you need in a file of its own, and try again."),
    "error.worker_ended": ("The reading stopped unexpectedly (the worker process ended); try again, and if it happens "
                           "again, save the sheet in a file of its own."),
    "error.file_missing": "the file does not exist; check the name and the folder.",
    "error.file_unreadable": ("the file cannot be read ({reason}); check that it is not open elsewhere and that the "
                              "drive is still connected."),
    "error.file_empty": "the file is empty (0 bytes); ask for the file again or export it again.",
    "error.not_a_spreadsheet": ("this is {what}, not a spreadsheet, whatever its name says. Import the spreadsheet "
                                "itself (.xlsx, .xls, .ods or .csv)."),
    "error.a_png": "a PNG image",
    "error.a_jpeg": "a JPEG image",
    "error.a_pdf": "a PDF document",
    "error.a_gif": "a GIF image",
    "error.xml_file": ("this is an XML file (perhaps an Excel 2003 XML spreadsheet), which the program cannot read. "
                       "{resave}"),
    "error.web_page": ("this is a web page saved with a spreadsheet's name, often an error page from a download. Open "
                       "it in a browser to see what it says, then download the spreadsheet again."),
    "error.not_a_table": "this is not a spreadsheet or a text table. {resave}",
    "error.no_sheets": "the workbook has no sheets. {resave}",
    "error.no_sheet_named": "there is no sheet {sheet}; the sheets are {sheets}.",
    "error.no_sheet_numbered": {"one": "there is no sheet {number}; the workbook has {n} sheet (numbered from 1).",
                                "other": "there is no sheet {number}; the workbook has {n} sheets (numbered from 1)."},
    "error.no_reader": ("no reader could open this {kind} file ({failures}); open it in Excel or LibreOffice, save it "
                        "again as .xlsx or .csv, and import that copy."),
    "error.text_too_large": ("the file is {size}, more than the {limit} the program reads from a text file; keep only "
                             "the rows you need (the schools of one state or district) in a smaller file, and import "
                             "that."),
    "error.cell_too_long": ("a cell starting on this line is longer than {most} characters, which usually means a "
                            "quote mark (\") that is never closed; open the file in a text editor, close or remove "
                            "that quote, and import it again."),
    "error.bad_line": ("this line cannot be read as part of a table ({problem}); open the file in a text editor, "
                       "correct the line, and import it again."),
    "error.size_gb": "{size} GB",
    "error.size_mb": "{size} MB",
    "error.size_kb": "{size} KB",
    "error.size_bytes": {"other": "{n} bytes"},
    "error.workbook_too_large": ("the workbook is {size}, more than the {limit} the program reads; save only the sheet "
                                 "you need in a workbook of its own, or as .csv, and import that."),
    "error.the_sheet": "the sheet",
    "error.the_sheet_in": 'the sheet in "{part}"',
    "error.too_many_cells": ("{where} reaches cell {corner}, so reading it means {rows} rows × {columns} columns = "
                             "{cells} cells, more than {limit}; delete the rows and columns past the data (or copy the "
                             "data into a new workbook), save it, and import that copy."),
    "error.cells_limit": "the {most} the program reads",
    "error.cells_limit_sparse": "the {most} the program reads from a sheet this size, which is mostly empty",
    "error.beyond_sheet": ("{where} has a cell at {cell}, beyond the last cell a sheet can have ({last}), so the file "
                           "is damaged; open it in Excel or LibreOffice, save it again as .xlsx or .csv, and import "
                           "that copy."),
    "error.zip_damaged": ("no reader could open this {kind} file (the zip archive is damaged: {problem}); open it in "
                          "Excel or LibreOffice, save it again as .xlsx or .csv, and import that copy."),
    "error.too_many_parts": ("the workbook has {parts} parts, more than the {most} a spreadsheet has, so it is damaged "
                             "or not a spreadsheet; open it in Excel or LibreOffice, save it again as .xlsx or .csv, "
                             "and import that copy."),
    "error.xlsb": ("this is an Excel binary workbook (.xlsb), which the program cannot read; open it in Excel, save it "
                   "as .xlsx, and import that copy."),
    "error.unpacks_too_large": ("the workbook unpacks to {size}, more than the {limit} the program reads; save only "
                                "the sheet you need in a workbook of its own, or as .csv, and import that."),
    "error.unpacks_too_far": ("the workbook unpacks from {packed} to {size}, far more than a spreadsheet compresses "
                              "(at most {most} times), so the file is damaged or made to exhaust memory; ask for the "
                              "file again."),
    "error.part_encrypted": ('the part "{part}" of the workbook is encrypted, so it cannot be read; open it in '
                             "Excel or LibreOffice, save it again as .xlsx or .csv, and import that copy."),
    "error.part_unpacks_too_far": ('the part "{part}" unpacks from {packed} to {size} ({ratio} times), far more than a '
                                   "spreadsheet compresses (at most {most} times), so the file is damaged or made to "
                                   "exhaust memory; ask for the file again."),
    "error.tables_too_many_cells": ("the tables of this workbook hold {cells} cells together, more than the {most} the "
                                    "program reads; save only the sheet you need in a workbook of its own, and import "
                                    "that."),
    "error.password": ("the workbook is protected with a password, so it cannot be read; open it in Excel, remove the "
                       "password, save it, and import that copy."),
    "error.no_header": ("no header row found in the first rows: no row names a school, a student group (such as Black, "
                        "Hispanic, Female) or a count. Check that this sheet holds enrollment, or say which row is the "
                        "header and what each column holds."),
    "error.mapping_missing": "the mapping file does not exist; check its name.",
    "error.mapping_not_json": ("the mapping file is not valid JSON ({problem}); save it again from the program or fix "
                               "it in a text editor."),
    "error.mapping_not_ours": 'this is not an Equity Desktop mapping file (it needs "format": "{format}").',
    "error.mapping_shape": '"shape" must be one of {shapes}.',
    "error.mapping_role": ('column "{header}" has the role "{role}", which the program does not know; see '
                           "docs/enrollment.md for the roles."),
    "error.mapping_header_row": {"other": "the mapping's header_row {header_row} is outside the sheet (it has {n} "
                                          "rows)."},
    "error.mapping_no_column": 'the mapping names a column "{header}" that is not in the header row (row {row}).',
    "error.sheet_empty": "the sheet is empty; choose the sheet that holds the enrollment.",
    "error.only_totals": ("the header is on row {row} but below it there are only total rows ({totals}); check that "
                          "this sheet holds the schools' data."),
    "error.no_school_rows": ("the header is on row {row} but no row below it names a school with numbers; check that "
                             "this sheet holds the schools' data."),
    "error.year_not_in_file": "there are no rows for the school year {year}; the years in the file are {years}.",
    "error.no_years": "none",
    "error.no_group_column": ("no column of the header (row {row}) names a student group (such as Black, Hispanic, "
                              "Female, English learners) or a race/ethnicity column; choose what each column holds."),
    "error.no_count_column": ("this looks like one row per group, but no column holds the counts (a header such as "
                              "Count or Student count, row {row}); choose which column holds the counts."),
    "error.cells_not_read": {"one": "{count} cell could not be read; correct it and try again:\n  {notes}",
                             "other": "{count} cells could not be read; correct them and try again:\n  {notes}"},
    "error.no_year": "the file does not say which school year it is; give the school year (for example 2024-25).",
    "error.other_school": ("{school} is not the school this review's earlier years were imported for, {theirs}; a "
                           "trend across two schools would be wrong"),
    "error.school_and_code": "{name} (code {code})",
    "error.other_school_refused": "{sentence}.",
    "error.no_outcome_column": ("no column of this file counts students with an outcome (such as SCH_GTENR_HI_M for "
                                "gifted and talented, or an \u201cAP\u201d or \u201cSuspension\u201d column); choose "
                                "the outcome file again."),
    "error.list_format": "{name}: the list can be written as .csv, .xlsx or .json; end the name with one of those.",
    # ---- warnings and reasons the enrollment results carry (mgi, analysis, role_labels, snapshot), "result.…" -------
    # a group's status and why it has none (mgi.GroupResult.status, Share.why_missing); "status.*" above say the rest
    "result.no_total": "no total to divide by",
    "result.suppressed": "suppressed in the file",
    "result.blank": "blank in the file",
    "result.not_in_school": "not in the school's data",
    "result.not_in_district": "not in the district's data",
    "result.group_status": "{group}: {status}.",
    "result.status_small": "{status}; fewer than {size} students, read with care",
    # groups that do not add up to the total (mgi.Coverage.sentence); {whose} is one of the two below
    "result.the_school": "the school",
    "result.the_district": "the district",
    "result.fewer_than": "fewer than {size}",
    "result.coverage_over": ("In {whose}, the {label} groups add up to {read}, more than its total of {total} "
                             "students: a column may have been read as students that does not hold them (a code, a "
                             "year, a percentage); check the columns step (or the mapping)."),
    "result.coverage_gap": ("In {whose}, the {label} groups read from the file add up to {read} of its {total} "
                            "students: {gap} students are in no group the program read (a column it did not "
                            "recognise, or an unknown category). Shares are of all students, so they do not add up to "
                            "100 %; name the missing column in the columns step (or the mapping) to count them."),
    "result.coverage_gap_small": ("In {whose}, the {label} groups read from the file add up to all but fewer than "
                                  "{size} of its {total} students the program read (a column it did not recognise, or "
                                  "an unknown category). Shares are of all students, so they do not add up to 100 %; "
                                  "name the missing column in the columns step (or the mapping) to count them."),
    "result.coverage_unknown_or_unread": ("In {whose}, {gap} of its {total} students are in no {label} group: the file "
                                          "gives none for some (\u201cnot specified\u201d), and the others are in a "
                                          "column or category the program did not read. Shares are of all students, "
                                          "so they add up to less than 100 %."),
    "result.coverage_unspecified": ("In {whose}, the file gives no {label} for {unspecified} of its {total} students "
                                    "(\u201cnot specified\u201d): they are counted in the total and in no group, so "
                                    "the shares add up to less than 100 %."),
    "result.coverage_unspecified_and_unread": (
        "In {whose}, the file gives no {label} for {unspecified} of its {total} students (\u201cnot specified\u201d): "
        "they are counted in the total and in no group, so the shares add up to less than 100 %. {rest} more "
        "students are in no group the program read (a column it did not recognise, or an unknown category); name "
        "the missing column in the columns step (or the mapping) to count them."),
    # a district summed from its schools (mgi.sum_units)
    "result.share_of_reporting": {
        "one": ("the district's {group} share is of the {reporting} of {schools} schools that report it (and their "
                "students); {n} school leaves it suppressed or blank."),
        "other": ("the district's {group} share is of the {reporting} of {schools} schools that report it (and their "
                  "students); {n} schools leave it suppressed or blank."),
    },
    "result.counted_by_groups": {
        "one": ("{n} school without a total enrollment counts in the district's sum with the sum of its "
                "race/ethnicity groups."),
        "other": ("{n} schools without a total enrollment count in the district's sum with the sum of their "
                  "race/ethnicity groups."),
    },
    "result.no_total_left_out": {
        "one": ("{n} school of {schools} gives no total enrollment (suppressed or blank) and is left out of the "
                "district's shares."),
        "other": ("{n} schools of {schools} give no total enrollment (suppressed or blank) and are left out of the "
                  "district's shares."),
    },
    "result.closed_left_out": {
        "one": "{n} school with 0 students was left out of the district's sum.",
        "other": "{n} schools with 0 students were left out of the district's sum.",
    },
    # what a school is compared with (analysis: REFERENCE_LABELS, the district source, its warnings)
    "result.reference_district": "its own district",
    "result.reference_state": "the state (its row or sheet in the file)",
    "result.reference_file": "the whole file (every school in it)",
    "result.at_row": ", row {row}",
    "result.source_file_sum": {"other": "sum of all {n} schools in {file}"},
    "result.source_district_row": 'district row "{name}" of {district} in {file}{where}',
    "result.source_district_sum": {"other": "sum of the {n} schools of {district} in {file}"},
    "result.source_district_in": 'district "{name}" in {file}, sheet "{sheet}"{where}',
    "result.source_state_row": 'state row "{name}" in {file}{where}',
    "result.source_district_total": 'district row "{name}" in {file}{where}',
    "result.source_only_row": '"{name}" in {file}',
    "result.source_sum": {"other": "sum of the {n} schools in {file}"},
    "result.district_total_rows": "the file has {rows} district total rows; the first was used.",
    "result.state_total_rows": "the file has {rows} state total rows; the first was used.",
    "result.not_measured": "not measured: {reason}",
    "result.measuring_school": "Measuring school {number} of {schools}",
    "result.measuring_schools": "Measuring {schools} schools",
    "error.analysis_other_district": ("the school's district ({district}) is not the district of this file ({label}); "
                                      "give the school's own district's file, or compare with the state."),
    "error.analysis_no_district": ("the file holds {districts} districts, and this school's row names none; fill in "
                                   "its district, or compare it with the state or with every school in the file."),
    "error.analysis_district_not_listed": ("the school's district ({district}) is not in this list of districts; "
                                           "compare with the state instead, or give the district's own file."),
    "error.analysis_no_state_row": ("the file has no state row to compare with; compare with the district, or give a "
                                    "state file as the district file."),
    "error.analysis_nothing_to_compare": ("there is nothing to compare with for {year}: no district row and no "
                                          "schools in that year."),
    "error.analysis_several_schools": ('"{wanted}" matches several schools ({names}); give its code or its '
                                       "full name."),
    "error.analysis_no_such_school": ('no school is called or coded "{wanted}". Schools in the file include: '
                                      "{examples}."),
    "error.analysis_only_a_total": ("this sheet holds only the total of {name}, with nothing to compare it with; "
                                    "choose the sheet that lists the schools."),
    # the review's sentences (review_data) the catalogue's "rule.*", "federal.*" and "diversity.*" do not say whole
    "result.diversity": "Diversity (Simpson, 0 = one group only): {simpson}, {normalized} of the most possible.",
    "result.diversity_dissimilarity": ("Diversity (Simpson, 0 = one group only): {simpson}, {normalized} of the most "
                                       "possible; dissimilarity from the district: {dissimilarity} (0 = the same "
                                       "mix)."),
    # why a risk ratio is not shown (disproportionality)
    "result.risk_no_data": "no data for this group",
    "result.risk_no_other": "no other student has this outcome",
    "result.risk_few_in_group": "fewer than {size} students in the group (n-size)",
    "result.risk_few_with_outcome": "fewer than {size} students with the outcome (minimum cell size)",
    "result.risk_few_others": "fewer than {size} other students to compare with (n-size)",
    "result.risk_few_others_with_outcome": "fewer than {size} other students with the outcome (minimum cell size)",
    # the shapes, roles and decisions of the columns (role_labels)
    "result.shape_wide": "one row per school, a column per group",
    "result.shape_long": "one row per school and group (a group column and a count column)",
    "result.shape_student": "one row per student (counted here; the rows are not kept)",
    "result.role_ignore": "not used",
    "result.role_school_name": "School name",
    "result.role_school_id": "School code",
    "result.role_district_name": "District name",
    "result.role_district_id": "District code",
    "result.role_level": "Level (school, district, state)",
    "result.role_year": "School year",
    "result.role_total": "Total enrollment",
    "result.role_value": "Count (of the row's group)",
    "result.role_grade": "Grade",
    "result.role_total_indicator": "Total indicator (CCD)",
    "result.role_count_status": "Status of the count (CCD DMS_FLAG)",
    "result.role_count": "Count: {group}",
    "result.role_share": "Percent: {group}",
    "result.role_flag": "Yes/no flag: {group}",
    "result.role_any_category": "Any group (a group per row)",
    "result.role_category": "{dimension} (a group per row)",
    "result.role_outcome": "Outcome: {outcome}",
    "result.role_outcome_count": "Outcome {outcome}: {group}",
    "result.role_unspecified": "Not specified: {dimension} unknown",
    "result.read_as": "read as {label}",
    "result.read_as_because": "read as {label} ({reason})",
    "result.not_used_because": "not used ({reason})",
    # why a column was read as it was (layout, federal_names): the reason in "read as … ({reason})"
    "result.reason_no_header": "no header",
    "result.reason_header": "its header",
    "result.reason_names_code": "its header names a code or a name, never a count of students",
    "result.reason_unknown_percent": "a percentage of no group the program knows",
    "result.reason_unknown_header": "the program does not know this header",
    "result.reason_ccd_total": "the CCD's total is MEMBER",
    "result.reason_mapping": "the mapping",
    "result.reason_long_total": "its header; in a table of one row per group it is each row's count",
    "result.reason_percentages": "on every row the {dimension} columns add up to {whole}: percentages, not students",
    "result.reason_national_school": '"{header}", the national code, identifies each school instead',
    "result.reason_national_district": '"{header}", the national code, identifies each district instead',
    "result.reason_student_flags": "yes/no values on each student's row",
    "result.reason_student_no_count": "a table of one row per student has no count column",
    "result.reason_unnamed_counts": ("numbers that vary from row to row, and no column is named Count: read as "
                                     "students"),
    "result.reason_outcome_wide": "an outcome is read from a table of one row per group, not one row per school",
    "result.reason_zero_padded": 'its values are zero-padded codes (such as "{code}"), never counts',
    "result.reason_same_number": "it holds the same number ({number}) on every row: a code of the file, not students",
    "result.reason_per_school": ("it holds one number per school, the same on each of the school's rows: a code, not "
                                 "students"),
    "result.reason_crdc_group": "a CRDC count of a group; its sexes are added",
    "result.reason_crdc_sex": "a CRDC count of one sex",
    "result.reason_crdc_outcome": "{what} ({outcome})",
    "result.reason_ccd_race_by_sex": "a CCD race-by-sex count; the races of each sex are added",
    "result.reason_ccd_race": "a CCD race count",
    "result.reason_ccd_lunch": "TOTFRL already adds free and reduced-price lunch",
    "result.reason_ccd_race_sum": "the CCD's sum of the race columns (a check, not a group)",
    "result.reason_ccd_name": "a CCD variable name",
    # ---- the command line's messages ("cli.…") and the review file's errors ("review_error.…") -----------------------
    # The review file (core.review.store, integrity, ballots, merge): ReviewFileError and its kin, InvalidEditError.
    "review_error.exists": "{name} already exists; choose another name or folder.",
    "review_error.needs_school": "A review needs the school's name; type it in the School field.",
    "review_error.read_only_file": ("{name} is read-only (a locked USB stick or a file marked read-only); open it "
                                    "read-only, or save a copy somewhere you can write to."),
    "review_error.folder_read_only": ("{name} is in a folder that cannot be written to ({reason}); open it read-only, "
                                      "or copy it to your computer first."),
    "review_error.copy_is_review": "{name} is the review itself; choose another name or folder for the copy.",
    "review_error.copy_failed": ("The copy {name} could not be written in {folder} ({reason}); choose a folder you can "
                                 "write to. The review itself was not changed."),
    "review_error.member_gone": "Team member {name} is no longer in this review.",
    "review_error.not_an_item": "{item} is not an item of the framework; nothing was changed.",
    "review_error.not_a_rating": "{value} is not a rating for {item}; use one of: {allowed}.",
    "review_error.item_not_saved": "Action item {id} ({title}) cannot be saved: {problem}. Nothing was changed.",
    "review_error.rule_kind": "The isolation rule is in points or relative to the district share, not {kind}.",
    "review_error.not_profile_field": "{name} is not a field of the school profile; nothing was changed.",
    "review_error.not_review_key": "{key} is not part of a review; nothing was changed.",
    "review_error.item_not_merged": "The action item {title} cannot be merged: {problem}. Nothing was changed.",
    "review_error.open_read_only": "{name} is open read-only; save a copy to make changes.",
    "review_error.no_permission": ("{name} cannot be read: you do not have permission to open it ({reason}); ask "
                                   "whoever manages this computer or drive, or copy the file somewhere of yours."),
    "review_error.cannot_read": ("{name} cannot be read ({reason}); check that the drive is still connected and try "
                                 "again."),
    "review_error.not_found": "{name} was not found in {folder}; it may have been moved or renamed.",
    "review_error.folder": "{name} is a folder, not a review file; choose a file ending in {suffix}.",
    "review_error.empty": ("{name} is empty (0 bytes), so it holds no review; it was probably cut off while copying — "
                           "copy it again from where it came from, or open a backup."),
    "review_error.not_a_review": ("{name} is not an Equity Desktop review; choose a file ending in {suffix} (to read "
                                  "enrollment spreadsheets, use Import enrollment)."),
    "review_error.other_database": ("{name} is a database of another program, not an Equity Desktop review; choose a "
                                    "{suffix} file."),
    "review_error.newer": ("{name} was saved by a newer version of Equity Desktop (file format {version}, this program "
                           "reads up to {latest}); install the newer version to open it. The file was not changed."),
    "review_error.in_use": ("{name} is open in another copy of Equity Desktop; close it there, or open it read-only "
                            "here."),
    "review_error.in_use_by": ("{name} is open in another copy of Equity Desktop by {user} on {host} since {since}; "
                               "close it there, or open it read-only here."),
    "review_error.busy": "{name} is busy in another program; wait a moment and try again, or close the other program.",
    "review_error.cannot_write": "{name} cannot be written; open it read-only or save a copy.",
    "review_error.disk_full": ("The disk holding {name} is full; free some space and try again. The last change was "
                               "not saved."),
    "review_error.cannot_open": ("{name} cannot be opened; check that the drive is still connected and that the file "
                                 "was not moved, then try again."),
    "review_error.io": ("{name} could not be read or written (a disk or network error); check that the drive is still "
                        "connected. The last change was not saved."),
    "review_error.damaged": ("{name} is damaged and cannot be opened safely; open a backup copy, or ask whoever sent "
                             "it to send it again. The file was not changed."),
    "review_error.damaged_detail": ("{name} is damaged ({problem}) and cannot be opened safely; open a backup copy, or "
                                    "ask whoever sent it to send it again. The file was not changed."),
    "review_error.not_a_scope": "{scope} is not a ballot's scope; use one of: {scopes}.",
    "review_error.ballot_exists": ("{name} already exists in {folder}; choose an empty folder or move the earlier "
                                   "ballots away first. No ballot was written."),
    "review_error.not_a_code": ("{code} is not an item code of the checklist; codes look like 1.DE.4, 2.KA.1.3 or "
                                "3.B.2."),
    "review_error.not_a_paper_rating": "{key} is not a rating for {item}; type one of: {allowed}.",
    "review_error.not_an_item_typed": ("{item} is not an item of the framework; give its id (s1.map.de.1, as "
                                       "`equity-desktop framework --format json` lists them) or its code on the blank "
                                       "checklist (1.DE.4, 2.KA.1.3, 3.B.2)."),
    "review_error.not_a_typed_rating": "{value} is not a rating for {item}; give one of: {allowed}.",
    "review_error.paper_needs_member": "A paper ballot needs the member's name; type it above the grid.",
    "review_error.merge_other_school": ("{name} is the review of {other}, not of {mine}; only copies of this review "
                                        "can be merged into it. Nothing was changed."),
    "review_error.merge_unrelated": ("{name} is another review of {school}, started on its own rather than copied from "
                                     "this one, so there is no common version to merge from. Open it beside this one "
                                     "and copy what you need. Nothing was changed."),
    # Other errors a person can cause (core.errors.Cancelled, core.atomic, core.settings, core.framework, the plan).
    "error.task_cancelled": "Cancelled; nothing was written.",
    "error.atomic_no_folder": "The folder {folder} does not exist; create it first or choose another folder.",
    "error.atomic_permission": ("{name} cannot be written in {folder} ({reason}); if it is open in another program, "
                                "close it there, or choose another name."),
    "error.atomic_failed": ("{name} could not be written in {folder} ({reason}); check the disk has space and try "
                            "again."),
    "error.setting_not_number": "{label} must be a number, like {example}.",
    "error.setting_range": "{label} must be from {low} to {high} {unit}; {value} is outside that.",
    "error.setting_whole": "{label} must be a whole number of {unit}.",
    "error.setting_label_mgi_threshold": "The isolation threshold",
    "error.setting_label_federal_minority_share": "The federal isolation line",
    "error.setting_label_goal_points_per_year": "The progress goal",
    "error.setting_label_suppression_size": "The smallest count printed",
    "error.setting_label_risk_min_cell": "The minimum cell size for a risk ratio",
    "error.setting_unit_mgi_threshold": "points (or % of the district share)",
    "error.setting_unit_federal_minority_share": "% minority students",
    "error.setting_unit_goal_points_per_year": "points a year toward the district share",
    "error.setting_unit_suppression_size": "students",
    "error.setting_unit_risk_min_cell": "students with the outcome",
    "error.framework_translation_entry": ("The framework content file {file} is damaged: its 'translation' entry needs "
                                          "a language, official (true or false), a notice and source_sha256. "
                                          "Reinstall Equity Desktop to restore it."),
    "error.framework_unreadable": ("The framework content file {file} cannot be read ({reason}); reinstall Equity "
                                   "Desktop."),
    "error.framework_not_json": ("The framework content file {file} is not valid JSON ({reason}); reinstall Equity "
                                 "Desktop."),
    "error.framework_damaged": ("The framework content file {file} is damaged: {where} {problem}. Reinstall Equity "
                                "Desktop to restore it."),
    "error.framework_not_translation": ("The framework content file {file} is not marked as an unofficial translation "
                                        "into '{language}'; reinstall Equity Desktop."),
    "error.framework_mismatch": ("The framework content file {file} does not match the English framework "
                                 "({difference}); reinstall Equity Desktop."),
    "error.plan_where": "{name}, sheet “{sheet}”, row {row}, column {column} ({header})",
    "error.plan_not_found": "{name} was not found in {folder}; choose the file again.",
    "error.plan_not_xlsx": ("{name} cannot be read as an Excel workbook ({kind}); save it from Excel as .xlsx and try "
                            "again."),
    "error.plan_no_sheet": ("{name} has no sheet “{sheet}”; bring back a workbook that Equity Desktop exported (File → "
                            "Export Plan to Excel…), with its sheet names unchanged."),
    "error.plan_other_review": ("{name} was exported from another review, not from this one ({school}); bring back the "
                                "workbook exported from this review. Nothing was changed."),
    "error.plan_base_damaged": ("{name}: its hidden sheet “{sheet}” is damaged ({kind}); export the plan again and "
                                "make the changes in the new workbook."),
    "error.plan_not_an_item": ("{where}: “{item}” is not an item of the framework; keep the ID column as it was "
                               "exported."),
    "error.plan_not_a_rating": "{where}: “{label}” is not a rating for this item; use one of: {allowed}.",
    "error.plan_not_an_id": ("{where}: “{id}” is not the ID of an item of this plan; clear it to add the row as a new "
                             "item, or bring back the workbook exported from this review."),
    "error.plan_not_a_component": "{where}: “{component}” is not a core component; choose one of: {components}.",
    "error.plan_not_a_stage": "{where}: “{stage}” is not a stage; write a number from 1 to 4.",
    "error.plan_not_a_status": "{where}: “{status}” is not a status; use one of: {allowed}.",
    "error.plan_cell": "{where}: {problem}",
    "error.plan_needs_title": "An action item needs a title; type what will be done.",
    "error.plan_not_a_date": "{label} \"{text}\" is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31.",
    "error.plan_due_before_start": "The due date {due} is before the start date {start}; correct one of them.",
    # The command line (cli/): what a person reads, in the language of cli.language. "cli.wrote_plan" and the plan's
    # other messages are in "the command line" above.
    "cli.not_eqreview": "{name} does not end in .eqreview; name the review file like demo.eqreview.",
    "cli.exists_force": "{path} already exists; choose another name, or add --force to replace it.",
    "cli.wrote_demo": "Wrote the demo review to {path}",
    "cli.os_error": "{reason}{where}; check the drive and the folder's permissions, then try again.",
    "cli.os_error_where": " ({file})",
    "cli.out_of_memory": ("the computer ran out of memory; close other programs, or split the file (one sheet, one "
                          "district or one year in each), and try again."),
    "cli.keeping_workbook": "the workbook's",
    "cli.keeping_program": "the program's",
    "cli.changed_in_both": "Changed in both (keeping {keeps}): {what} — program: {program}; workbook: {workbook}",
    "cli.workbook_no_changes": "The workbook holds no changes.",
    "cli.applied": "Applied the changes to {name}.",
    "cli.nothing_changed_apply": "Nothing was changed; add --apply to apply these changes.",
    "cli.note": "note: {note}",
    "cli.compared_with_sheet": "{file}: each school is compared with its row on the sheet \"{sheet}\".",
    "cli.sources": "Sources: {rule}\n{federal}",
    # core.enrollment.mgi's RULE_SOURCE and FEDERAL_SOURCE, word for word (English prints those constants themselves).
    "cli.source_rule": ("The district-relative rule (as used by Miami-Dade County Public Schools; Bridges "
                        "Collaborative member profile): a group is isolated when its share of the school differs from "
                        "its share of the district by more than the threshold."),
    "cli.source_federal": ("34 CFR 280.4 (Magnet Schools Assistance Program): a school is minority-group-isolated "
                           "when minority students are more than 50 % of its enrollment."),
    "cli.progress_goal": "Progress goal (2 points a year toward the district share), {school}:",
    "cli.progress_none": "no group was isolated as under-represented.",
    "cli.mgi_compared_with": "Compared with: {source}",
    "cli.mgi_isolated": "Isolated: {rule}.",
    "cli.col_group": "Group",
    "cli.col_school_n": "School n",
    "cli.col_school_share": "School %",
    "cli.col_district_n": "Dist. n",
    "cli.col_district_share": "Dist. %",
    "cli.col_difference": "Diff.",
    "cli.col_status": "Status",
    "cli.federal_share": "minority students {share} — {state}",
    "cli.federal_withheld": "{state} (the share is withheld: {why})",
    "cli.federal_unknown": "not known (no race/ethnicity data)",
    "cli.federal_status": "Federal MSAP status (34 CFR 280.4): {federal}.",
    "cli.diversity": ("Diversity: Simpson {simpson} (normalised {normalized}); dissimilarity from the district "
                      "{dissimilarity}."),
    "cli.withheld_for_publication": "Withheld for publication: {why}.",
    "cli.warning": "Warning: {warning}",
    "cli.risk_heading": "Disproportionality: {outcome} (risk ratio against all other students)",
    "cli.col_enrolled": "Enrolled",
    "cli.col_actual": "Actual",
    "cli.col_expected": "Expected",
    "cli.col_risk": "Risk %",
    "cli.col_ratio": "Ratio",
    "cli.wrote_schools": {"one": "Wrote {n} school to {path}", "other": "Wrote {n} schools to {path}"},
    "cli.col_school": "School",
    "cli.col_year": "Year",
    "cli.col_isolated": "Isolated",
    "cli.col_outside_band": "Groups outside the band",
    "cli.remedy_year": " On the command line: --year 2024-25.",
    "cli.remedy_columns": (" On the command line: see how the columns were read with `equity-desktop columns FILE "
                           "--save-mapping M.json`, correct M.json, and pass it with --map M.json "
                           "(docs/enrollment.md)."),
    "cli.columns_header": "{file}, sheet \"{sheet}\": header on row {row}, {shape}.",
    "cli.columns_header_mapped": "{file}, sheet \"{sheet}\": header on row {row}, {shape} (as the mapping says).",
    "cli.wrote_mapping": "Wrote {path}; correct a column's role there and pass it with --map.",
    "cli.other_school": ("{sentence} Nothing was imported; give --school with the review's school, or add "
                         "--other-school to import this one anyway."),
    "cli.added": "Added {school}, {year} (compared with {source}) to {review}",
    "cli.wrote_file": "Wrote {path}",
    "cli.no_members": ("No --members given: this is one blank ballot; copy it for each member, who types a name at "
                       "the top."),
    "cli.no_ballots_in_folder": ("The folder {folder} holds no {suffix} files; give the folder the members' ballots "
                                 "were saved in."),
    "cli.no_such_ballot": "{path} does not exist; check the name (a folder of ballots works too).",
    "cli.collected": "Collected {line}",
    "cli.none_collected": "No ballot was taken; the review is unchanged.",
    "cli.taken_from": "Taken from {name}: {what} → {value}",
    "cli.here": "here",
    "cli.conflict": "Conflict — {what} — {sides}",
    "cli.nothing_merged": ("Nothing was merged: {n} changed on both sides; choose with --take mine or --take theirs "
                           "(the other value stays in the history)."),
    "cli.merged": "Merged {name}: {taken} taken, {decided} decided ({take}), {kept} kept from this copy.",
    "cli.take_none": "none",
    "cli.rated": "Rated {item} {rating} in {review}",
    "cli.rated_with_note": "Rated {item} {rating} with its note in {review}",
    "cli.ratings_ballots": " ballots: {ballots}",
    "cli.selftest_head": "{app} {version} ({build}, Python {python})",
    "cli.selftest_installed": "installed build",
    "cli.selftest_source": "from source",
    "cli.selftest_ok": "ok  {name}: {result} ({ms} ms)",
    "cli.selftest_failed": "FAILED {name}: {error}",
    "cli.selftest_done": "Everything works.",
    "cli.selftest_step_framework": "Framework",
    "cli.selftest_step_demo": "Demo review",
    "cli.selftest_step_pdf": "Plan PDF",
    "cli.selftest_step_window": "Main window",
    "cli.selftest_step_languages": "Languages and help",
    "cli.selftest_framework": "{stages} stages, {conditions} map conditions, {benchmarks} benchmarks",
    "cli.selftest_demo": "written in a temporary folder",
    "cli.selftest_worker_silent": "the worker process said nothing within two minutes",
    "cli.selftest_worker_failed": "the worker process failed: {why}",
    "cli.selftest_not_pdf": "{name} is not a PDF",
    "cli.selftest_pdf": "{kb} KB, made in a worker process",
    "cli.selftest_window_failed": "the main window could not open the demo review",
    "cli.selftest_window": "opened, showed its {pages} pages and closed on the {platform} platform: “{title}”",
    "cli.selftest_no_catalogues": "the Spanish catalogues did not load ({found} of 2 found)",
    "cli.selftest_no_guide": "the guide (resources/help/guide.html) is missing",
    "cli.selftest_languages": "Spanish window and Qt dialogs load (“&Archivo”, “Cancelar”); the guide is there",
}

# Field labels of a plan item (core.review.plan_records.FIELD_LABELS) are English in that module; the Excel copy's
# headers ask for them by "field.<name>" in other languages and fall back to FIELD_LABELS in English.

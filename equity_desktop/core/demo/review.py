"""The demo review: a fictional magnet school, complete and realistic, built the same way every time.

Cedar Grove Magnet Elementary has three components in Full Implementation
(Diversity and Equity, Curriculum and Instruction, Partnerships) and two still
in Early Implementation (Enrollment Management, Family Engagement). Its three
school years of enrollment come from the demo district workbook: Black
students over-represented, Hispanic students under-represented and moving
toward the district share 2.5 points a year. `make run`
opens it, the tests use it, and the later PDF and XLSX exports print it.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from equity_desktop.core.atomic import write_atomically
from equity_desktop.core.framework.content import Framework, load_framework
from equity_desktop.core.review.document import SchoolProfile, TeamMember
from equity_desktop.core.review.review_state import uid_sequence
from equity_desktop.core.review.scales import BenchmarkStatus as B
from equity_desktop.core.review.scales import ProgramType, StakeholderGroup
from equity_desktop.core.review.scales import Rating as R
from equity_desktop.core.review.store import ReviewStore

PROFILE = SchoolProfile(
    school="Cedar Grove Magnet Elementary School",
    district="Riverbend Unified School District",
    school_year="2026-27",
    magnet_theme="Environmental Science and the Arts",
    program_type=ProgramType.SCHOOL_WIDE,
    grades_served="K–5",
)

TEAM = (
    TeamMember("Angela Peña", "Principal", StakeholderGroup.ADMINISTRATOR),
    TeamMember("Thanh Nguyễn", "Grade 4 teacher and STEAM lead", StakeholderGroup.TEACHER),
    TeamMember("Jean-Baptiste Lefèvre", "Visual arts teacher", StakeholderGroup.TEACHER),
    TeamMember("Keisha Robinson", "PTA president, parent of a grade 2 student", StakeholderGroup.FAMILY),
    TeamMember("Samuel Okafor", "Director of School Choice, Riverbend USD", StakeholderGroup.DISTRICT),
    TeamMember("Lena Hoffmann", "Education director, Riverbend Nature Center", StakeholderGroup.PARTNER),
    TeamMember("Daniel Whitehorse", "Eastside Neighborhood Association", StakeholderGroup.COMMUNITY),
    TeamMember("Maya Castillo-Brooks", "Student council president, grade 5", StakeholderGroup.STUDENT),
)

# Who records each component's ratings in the workshop.
RECORDER = {"de": "Angela Peña", "em": "Samuel Okafor", "ci": "Thanh Nguyễn", "fe": "Keisha Robinson",
            "pa": "Lena Hoffmann"}

# Evidence for conditions already In place, per component and stage.
IN_PLACE_EVIDENCE = {
    ("de", 1): "Mission, logic model and 7-year plan adopted by the leadership team (plan v2, March 2023).",
    ("de", 2): "Equity policy in the staff handbook; PD sign-in sheets 2023-24; equity data review minutes.",
    ("em", 1): "SEM goals in the logic model and the 7-year plan, section 4.",
    ("ci", 1): "Logic model and curriculum scope in the 7-year plan; board approval 14 June 2023.",
    ("ci", 2): "Curriculum maps for K–5 on the shared drive; PD calendar; unit review protocol in use.",
    ("fe", 1): "Family engagement goals in the logic model; family survey 2022 (n = 212).",
    ("pa", 1): "Nature Center and Riverbend Arts Council joined the leadership team; logic model p. 3.",
    ("pa", 2): "Signed MOUs with 4 partners; quarterly partner meetings since fall 2024.",
}

# Ratings and evidence of the stage each component is working in, and the next one.
WORKING = {
    "s3.map.de.1": (R.IN_PLACE, "Equity review built into every department's yearly plan."),
    "s3.map.de.2": (R.PROGRESSING, "Heritage nights and student-led assemblies; families of English learners "
                                   "still under-represented."),
    "s3.map.de.3": (R.IN_PLACE, "Monthly PD on culturally responsive teaching; 94 % of staff attended."),
    "s3.map.de.4": (R.EMERGING, "One facilitated conversation held (January); no regular schedule yet."),
    "s3.map.de.5": (R.PROGRESSING, "Discipline and gifted-referral data reviewed each semester; no action log yet."),
    "s2.map.em.1": (R.IN_PLACE, "Enrollment dashboard shared with the district choice office."),
    "s2.map.em.2": (R.PROGRESSING, "One SEM workshop for staff (August); partners not yet included."),
    "s2.map.em.3": (R.IN_PLACE, "Lottery, recruitment fairs and open houses run as planned for 2026-27."),
    "s2.map.em.4": (R.EMERGING, "Applicant data by group collected, not yet used to adjust outreach."),
    "s3.map.ci.1": (R.IN_PLACE, "Theme units taught in every grade and subject since 2025-26."),
    "s3.map.ci.2": (R.PROGRESSING, "Coaching cycles for grades 3–5; K–2 to start in spring."),
    "s3.map.ci.3": (R.EMERGING, "Personal learning plans piloted in two grade 5 classrooms."),
    "s3.map.ci.4": (R.PROGRESSING, "Project-based units cross two subjects; mastery data still uneven by group."),
    "s3.map.ci.5": (R.IN_PLACE, "Grade-level data teams meet every other week."),
    "s2.map.fe.1": (R.IN_PLACE, "Weekly newsletter in English, Spanish and Vietnamese; text messaging system."),
    "s2.map.fe.2": (R.IN_PLACE, "Two trained parent liaisons (Spanish, Vietnamese) since 2024."),
    "s2.map.fe.3": (R.PROGRESSING, "Two joint workshops held; attendance 35 families."),
    "s2.map.fe.4": (R.EMERGING, "Workshop on theme-based homework planned for February."),
    "s2.map.fe.5": (R.IN_PLACE, "Family volunteers in classrooms and on the garden committee."),
    "s2.map.fe.6": (R.PROGRESSING, "Family survey results shared; partnership activities not yet adjusted."),
    "s3.map.pa.1": (R.PROGRESSING, "Partners sit on the leadership team; shared vision statement in draft."),
    "s3.map.pa.2": (R.IN_PLACE, "Joint field-science training for staff and Nature Center educators."),
    "s3.map.pa.3": (R.PROGRESSING, "Every grade has a partner-led field study; outcomes not yet measured by group."),
    "s3.map.pa.4": (R.EMERGING, "Partner data shared once a year; no joint data team."),
    # The stage after the working one: first steps only.
    "s4.map.de.1": (R.PROGRESSING, "Climate survey: 88 % of students feel safe and included."),
    "s4.map.de.2": (R.EMERGING, "Access to enrichment tracked by group since fall."),
    "s4.map.ci.2": (R.EMERGING, "Curriculum review cycle adopted; first review due June."),
    "s4.map.pa.1": (R.NOT_STARTED, ""),
    "s3.map.em.1": (R.EMERGING, "Enrollment office and curriculum team meet once a quarter."),
    "s3.map.em.5": (R.NOT_STARTED, "No alumni contact list yet."),
    "s3.map.fe.1": (R.EMERGING, "Family partnership mentioned in the school improvement plan."),
    "s3.map.fe.4": (R.NOT_STARTED, ""),
}

KEY_ACTIONS: dict[str, tuple[R | B, str]] = {
    **{f"s1.ka.{g}.{a}": (R.IN_PLACE, "") for g, a in [(1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (2, 1), (2, 2),
                                                       (2, 3), (2, 4), (3, 1)]},
    "s1.ka.1.3": (R.IN_PLACE, "Needs assessment report, spring 2022 (surveys, focus groups, enrollment trends)."),
    "s1.ka.3.1": (R.IN_PLACE, "MSAP grant awarded 2023; district general fund for 2 positions."),
    "s2.ka.1.1": (R.IN_PLACE, "Three implementation teams with written charters."),
    "s2.ka.1.2": (R.IN_PLACE, "Communication plan and monitoring calendar adopted."),
    "s2.ka.1.3": (R.IN_PLACE, "Signage, outdoor lab and website completed in 2024."),
    "s2.ka.2.1": (R.IN_PLACE, "Partnerships signed; family liaisons hired."),
    "s2.ka.2.2": (R.IN_PLACE, "42 theme units written with partners."),
    "s2.ka.2.3": (R.PROGRESSING, "Joint recruitment fair with partners; outreach to the east side still thin."),
    "s2.ka.3.1": (R.IN_PLACE, "Mission and goals presented at back-to-school night and on the website."),
    "s2.ka.3.2": (R.PROGRESSING, "Cross-role workshops twice a year."),
    "s2.ka.3.3": (R.IN_PLACE, "PD plan 2024-25 completed."),
    "s2.ka.4.1": (R.IN_PLACE, "7-year plan revised each June."),
    "s3.ka.1.1": (R.PROGRESSING, "Systems audit against the planning documents under way."),
    "s3.ka.1.2": (R.PROGRESSING, "Partner reports received from 3 of 4 partners."),
    "s3.ka.1.3": (R.EMERGING, "Fidelity rubric drafted by the district evaluator."),
    "s3.ka.2.1": (R.IN_PLACE, "External evaluator contracted (Riverbend State University)."),
    "s3.ka.2.2": (R.PROGRESSING, "Evaluation questions agreed; data collection plan in draft."),
    "s3.ka.2.3": (R.NOT_STARTED, ""),
    "s3.ka.3.1": (R.EMERGING, "Improvement priorities listed; not yet ranked."),
    "s3.ka.4.1": (R.NOT_STARTED, ""),
    "s3.ka.4.2": (R.EMERGING, "First meeting with the district business office in October."),
    "s4.ka.1.4": (R.NOT_STARTED, ""),
}

BENCHMARKS: dict[str, tuple[R | B, str]] = {
    "s1.bench.1": (B.MET, "Leadership team roster 2022-23 covers all stakeholder groups."),
    "s1.bench.2": (B.MET, "Logic model adopted March 2023."),
    "s1.bench.3": (B.MET, "7-year plan approved by the board, June 2023."),
    "s1.bench.4": (B.MET, "MSAP grant and district funds secured through 2028."),
    "s2.bench.1": (B.MET, "Written policies and procedures in the 2024 handbook."),
    "s2.bench.2": (B.PARTLY_MET, "Staff ready; family understanding of the magnet goals uneven (survey 2025)."),
    "s2.bench.3": (B.MET, "Curriculum and recruitment activities on schedule."),
    "s2.bench.4": (B.MET, "Magnet services to all students since August 2025."),
    "s3.bench.1": (B.PARTLY_MET, "Core components operating; first evaluation report due June."),
    "s3.bench.2": (B.NOT_MET, "Improvement cycle designed, not yet in use."),
    "s3.bench.3": (B.NOT_MET, "Sustainability plan not yet written."),
}

TARGET_STAGE = {"de": 3, "em": 2, "ci": 3, "fe": 2, "pa": 3}

# The plan the demo team wrote at the end of its workshop: suggestions it accepted and filled in
# (keyed by gap), one item of its own, and one suggestion it dismissed.
OBJECTIVES = ("Enrollment that reflects the district", "Families as partners in learning",
              "A school that improves itself every year")
PLAN: dict[str, dict[str, Any]] = {  # fields set on an accepted suggestion
    "isolation:race_ethnicity/Hispanic/Latino": dict(
        objective_id=1,
        root_cause="Recruitment fairs reach the east side only once a year; bus route 7 takes 55 minutes.",
        theory_of_action="If Spanish-speaking families hear about the magnet from trusted neighbours and can get "
                         "there, then more Hispanic/Latino students will apply and enroll.",
        steps="1. Two family ambassadors per east-side elementary school.\n2. Ask the district for an express "
              "stop on route 7.\n3. Open houses in Spanish in October and January.",
        lead="Samuel Okafor", responsible="Angela Peña; parent liaison Marisol Peña-Ibáñez",
        resources="2 stipends for ambassadors; printed flyers in Spanish", funding_source="MSAP grant, year 4",
        start="2026-09-01", due="2028-06-30", status="in_progress",
        progress_notes="Ambassadors recruited at 3 of 5 schools (October)."),
    "condition:s2.map.fe.4": dict(
        objective_id=2, root_cause="Workshops are held at 3 pm, when most parents work.",
        theory_of_action="If workshops are held in the evening with childcare and in three languages, then "
                         "families will be able to follow their children's theme projects at home.",
        steps="Evening workshop each quarter; childcare by the Nature Center; materials in English, Spanish "
              "and Vietnamese.",
        lead="Keisha Robinson", responsible="Thanh Nguyễn; François Girard (family liaison)",
        resources="Childcare, interpreters, dinner for 60", funding_source="Title I family engagement",
        start="2026-11-01", due="2027-06-15", status="not_started"),
    "benchmark:s2.bench.2": dict(
        objective_id=2, root_cause="The magnet goals are explained once a year, at back-to-school night only.",
        theory_of_action="If every family hears the magnet goals from its own child's teacher, then family "
                         "understanding will match the staff's.",
        steps="Goals on the first page of every newsletter; a two-minute goals talk at each conference.",
        lead="Angela Peña", responsible="All classroom teachers", resources="Staff meeting time",
        funding_source="No cost: staff meeting time", start="2026-10-01", due="2027-03-31", status="in_progress"),
    "benchmark:s3.bench.3": dict(
        objective_id=3, root_cause="No one owns the sustainability plan after the grant ends in 2028.",
        theory_of_action="If the district business office and the partners write the plan with us this year, "
                         "then the magnet will keep its staff and partners after the grant.",
        steps="Draft by March; board presentation in May.", lead="Jean-Baptiste Lefèvre",
        responsible="Lena Hoffmann; Samuel Okafor", resources="District budget analyst, 10 hours",
        funding_source="District general fund", start="2027-01-15", due="2027-05-31"),
    "condition:s3.map.pa.4": dict(
        objective_id=3, lead="Lena Hoffmann", responsible="Nature Center education staff; grade-level data teams",
        theory_of_action="If partners see our student data each quarter, then they can adjust their field "
                         "studies to the groups who need them most.",
        start="2027-08-15", due="2029-06-30"),
}
OWN_ITEM: dict[str, Any] = dict(objective_id=3, title="Write the 2028-2035 7-year plan with the whole leadership team",
                component_id="de", stage_number=4, lead="Angela Peña", start="2029-01-15", due="2030-06-30",
                theory_of_action="If the next plan is written before this one ends, then no year is lost.")
DISMISSED = ("condition:s3.map.ci.3",)


def _clock():
    """Timestamps one minute apart from the demo workshop's start, so every build is identical."""
    start = datetime(2026, 10, 6, 15, 30, tzinfo=UTC)
    minutes = itertools.count()
    return lambda: (start + timedelta(minutes=next(minutes))).isoformat(timespec="seconds")


def _condition_ratings(framework: Framework) -> list[tuple[str, str, R, str]]:
    """(recorder, condition id, rating, note) for every condition the demo team rated."""
    rows = []
    for stage in framework.stages:
        for condition in stage.conditions:
            component = condition.component_id
            if stage.number < TARGET_STAGE[component]:
                rows.append((component, condition.id, R.IN_PLACE,
                             IN_PLACE_EVIDENCE.get((component, stage.number), "")))
            elif condition.id in WORKING:
                rows.append((component, condition.id, *WORKING[condition.id]))
    return [(RECORDER[component], ident, rating, note) for component, ident, rating, note in rows]


def _import_enrollment(store: ReviewStore) -> None:
    """The school's three years from the shipped district workbook, through the same import a user runs."""
    from equity_desktop.core.demo.district import DEMO_SCHOOL_CODE, WORKBOOK, YEARS
    from equity_desktop.core.enrollment.importing import import_into
    from equity_desktop.paths import resource_path

    store.author = RECORDER["em"]
    for year in YEARS:
        import_into(store, resource_path("sample", WORKBOOK), sheet=year, school=DEMO_SCHOOL_CODE)


def _write_plan(store: ReviewStore) -> None:
    """The demo plan, through the same suggestions the Action plan page offers."""
    from equity_desktop.core.plan.suggestions import suggestions
    from equity_desktop.core.review.plan_records import ActionItem, ActionStatus, Objective

    review = store.load()
    offered = {s.key: s for s in suggestions(store.framework, review.values(), review.plan,
                                             snapshots=store.snapshots(), rule=store.mgi_rule(),
                                             school_year=review.profile.school_year,
                                             suppression_size=store.suppression_size())}
    store.author = RECORDER["de"]
    objectives = {n: Objective(n, title, n) for n, title in enumerate(OBJECTIVES, start=1)}
    drafts = [offered[key].item._replace(**fields) for key, fields in PLAN.items()] + [ActionItem(0, **OWN_ITEM)]
    items = {n: draft._replace(id=n, position=n, status=ActionStatus(draft.status))
             for n, draft in enumerate(drafts, start=1)}
    store.write_plan(objectives, items, {key: True for key in DISMISSED})


def write_demo(path: Path | str, framework: Framework | None = None) -> Path:
    """Write the demo review to `path` (replacing it), built under a temporary name first."""
    path = Path(path)
    framework = framework or load_framework()

    def build(partial: Path) -> None:
        with ReviewStore.create(partial, PROFILE, framework=framework, author=RECORDER["de"],
                                clock=_clock(), uids=uid_sequence("demo")) as store:
            for member in TEAM:
                store.add_team_member(member)
            for recorder, item_id, value, note in _condition_ratings(framework):
                store.author = recorder
                store.set_assessment(item_id, value, note)
            store.author = RECORDER["de"]
            for item_id, (other, note) in {**KEY_ACTIONS, **BENCHMARKS}.items():
                store.set_assessment(item_id, other, note)
            _import_enrollment(store)
            _write_plan(store)

    return write_atomically(path, build)

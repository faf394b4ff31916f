"""What a printed or exported copy withholds (DESIGN.md "Privacy"): decided here, once, for every output.

`for_print(result, size)` returns the same SchoolResult with every figure that would show or reveal a
count under the suppression size replaced by nothing, so the PDF, its charts, the trend, the progress
goal, the suggestions, the screening export and `mgi --suppress` all print from one redacted result:

- **primary**: a count from 1 to size-1 is withheld with its share, its difference, its isolation status
  and its chart label (zero is printed: it reveals no student);
- **complementary**: within a set of groups that adds up to a known total (race/ethnicity, gender; the
  groups of one outcome), when the withheld counts could be worked out from the total and the printed
  counts — one withheld count, or withheld counts that add up to less than the size — the next smallest
  counts are withheld too, the way state agencies publish; when only zeros are left (a tiny school),
  the zeros too;
- **derived figures**: the minority share when White is withheld, the diversity and dissimilarity
  indices when any race/ethnicity group is (with the others they give the missing shares back), and a
  disproportionality row's risk, expected count and ratio when its counts are withheld.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.disproportionality import RiskRow
from equity_desktop.core.enrollment.mgi import GroupResult, SchoolResult, Share
from equity_desktop.core.i18n.message import Message

SMALL, COMPLEMENT = "small", "complement"


def withheld_counts(counts: Mapping[str, float | None], size: int, *, adds_up: bool) -> dict[str, str]:
    """Which of `counts` are withheld, and why (SMALL or COMPLEMENT).

    `adds_up`: the counts are the parts of a total a reader knows (so one hidden part can be worked out).
    """
    hidden = {name: SMALL for name, n in counts.items() if n is not None and 0 < n < size}
    if not hidden or not adds_up:
        return hidden
    printed = sorted((n, name) for name, n in counts.items() if name not in hidden and n)
    while printed and (len(hidden) < 2 or sum(counts[name] or 0 for name in hidden) < size):
        _, name = printed.pop(0)
        hidden[name] = COMPLEMENT
    if len(hidden) < 2 or sum(counts[name] or 0 for name in hidden) < size:
        # Nothing left to hide but zeros (a school of 1 student: one group 1, the rest 0): printed zeros would
        # say the withheld count is the whole school, so they are withheld too.
        hidden.update({name: COMPLEMENT for name, n in counts.items() if n == 0})
    return hidden


def reason(kind: str, size: int) -> str:
    """Why a figure is withheld, as a core.i18n Message: a small count, or one that would reveal a small count."""
    return Message("privacy.small" if kind == SMALL else "privacy.complement", size=size)


def withheld_note(size: int) -> str:
    """Why the figures a race/ethnicity group's count would give away are not printed (for_print's withheld_note)."""
    return Message("privacy.race_hidden", size=size)


def count_text(share: Share, size: int) -> str:
    """How a count prints: '<10' when withheld as small, 'withheld' as a complement, else the number."""
    if share.withheld == SMALL:
        return f"<{size}"
    if share.withheld == COMPLEMENT:
        return Message("privacy.withheld")
    if share.n is None:
        return "—"
    return f"{share.n:,.0f}" if float(share.n).is_integer() else f"{share.n:,.1f}"


def for_print(result: SchoolResult, size: int) -> SchoolResult:
    """`result` as a printed or exported copy may show it, under the suppression size `size`."""
    school = _withheld_by_dimension(result.groups, size, lambda r: r.school.n)
    district = _withheld_by_dimension(result.groups, size, lambda r: r.district.n)
    groups = [_redact_group(r, school.get((r.dimension, r.group)), district.get((r.dimension, r.group)), size)
              for r in result.groups]
    race_hidden = any(key[0] == g.RACE for key in school)
    white_hidden = (g.RACE, g.WHITE) in school
    risks = _redact_risks(result.disproportionality, school, size)
    exact = {c.sentence() for c in result.coverage}
    warnings = [c.sentence(size) for c in result.coverage] + [w for w in result.warnings if w not in exact]
    return replace(
        result, groups=groups, disproportionality=risks, warnings=warnings,
        minority_share=None if white_hidden else result.minority_share,
        federal_withheld=result.federal_isolated if white_hidden else None,
        simpson=None if race_hidden else result.simpson,
        simpson_normalized=None if race_hidden else result.simpson_normalized,
        dissimilarity=None if race_hidden else result.dissimilarity,
        withheld_note=withheld_note(size) if race_hidden else "",
        print_size=size)


def _withheld_by_dimension(rows: list[GroupResult], size: int, count) -> dict[tuple[str, str], str]:
    hidden: dict[tuple[str, str], str] = {}
    for dimension in dict.fromkeys(r.dimension for r in rows):
        counts = {r.group: count(r) for r in rows if r.dimension == dimension}
        found = withheld_counts(counts, size, adds_up=dimension in g.PARTITIONS)
        hidden.update({(dimension, name): kind for name, kind in found.items()})
    return hidden


def _redact_share(share: Share, kind: str | None, size: int) -> Share:
    return Share(None, None, reason(kind, size), withheld=kind) if kind else share


def _redact_group(r: GroupResult, school: str | None, district: str | None, size: int) -> GroupResult:
    if not (school or district):
        return r
    return replace(r, school=_redact_share(r.school, school, size), district=_redact_share(r.district, district, size),
                   difference=None, isolated=None, direction=None)


def _redact_risks(rows: list[RiskRow], school: Mapping[tuple[str, str], str], size: int) -> list[RiskRow]:
    redacted = []
    for outcome in dict.fromkeys(r.outcome for r in rows):
        of_outcome = [r for r in rows if r.outcome == outcome]
        actual: dict[tuple[str, str], str] = {}
        for dimension in dict.fromkeys(r.dimension for r in of_outcome):
            counts = {r.group: r.actual for r in of_outcome if r.dimension == dimension}
            found = withheld_counts(counts, size, adds_up=dimension in g.PARTITIONS)
            actual.update({(dimension, name): kind for name, kind in found.items()})
        for r in of_outcome:
            enrolled_kind = school.get((r.dimension, r.group))
            actual_kind = actual.get((r.dimension, r.group))
            if not (enrolled_kind or actual_kind):
                redacted.append(r)
                continue
            why = reason(enrolled_kind or actual_kind or SMALL, size)
            redacted.append(replace(r, enrolled=None if enrolled_kind else r.enrolled, actual=None, expected=None,
                                    risk=None, comparison_risk=None, risk_ratio=None, why_not_shown=why,
                                    withheld=enrolled_kind or actual_kind or SMALL))
    return redacted

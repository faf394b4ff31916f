"""A new review started from a school of a district file: the district name its profile starts with.

The district screening window starts a review for the school chosen in the list. The file names the school;
its district is the district the school's row names (a file of several districts), else the name of the
file's district row. A district row is often called nothing more than "District Total": that names no
district, so the profile starts with the district left for the person to type rather than with a label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from equity_desktop.core.enrollment.snapshot import Snapshot
from equity_desktop.core.enrollment.table import Unit

# Words that label a total row rather than name a district ("District Total", "All Schools", "Grand total").
_LABEL_WORDS = {"district", "districts", "total", "totals", "all", "schools", "school", "grand", "sum", "state",
                "county", "lea", "overall", "summary", "the", "of", "enrollment"}
_TRAILING_TOTAL = re.compile(r"[\s,:–—-]*\b(?:total|totals|sum)\s*$", re.IGNORECASE)


def district_name(name: str | None) -> str:
    """`name` as a district's name: without a trailing "Total", and "" when only label words are left."""
    text = _TRAILING_TOTAL.sub("", (name or "").strip()).strip()
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return "" if not words or all(word in _LABEL_WORDS for word in words) else text


def district_of(snapshots: Sequence[Snapshot], references: Iterable[Unit] = ()) -> str:
    """The name of the district of the school whose `snapshots` (its school years, read from a district file)
    start a new review; "" when the file does not name it. `references` are the file's district rows."""
    districts = [u for u in references if u.level == "district"]
    for snapshot in sorted(snapshots, key=lambda s: s.year, reverse=True):
        own = snapshot.school.district
        if own:
            row = next((d for d in districts if own in (d.code, d.name)), None)
            found = district_name(row.name if row else own)
            if found and not found.isdigit():  # a district code alone names nothing a person reads
                return found
        row = snapshot.district  # the file's district row; a sum of schools has no row and names no district
        if row.level == "district" and row.row is not None and (found := district_name(row.name)):
            return found
    return ""

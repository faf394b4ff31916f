"""Workshop ballots: each member rates privately, on a ballot file or on paper; the review collects them.

A ballot file (`.eqballot`) is a small review file of its own — the same store, so that no rating typed on it is
ever lost — that says in its `meta` whose ballot it is, which review it belongs to (the review's identity) and
which framework items it asks about. It holds the member's ratings and evidence notes and nothing else of the
review (no plan, no enrollment, no team).

Collecting reads each ballot and checks it against the review: the same review, items of this framework; a
ballot collected before is recognised by its uid, and a later version (more changes) replaces the earlier.
The review keeps each member's ratings, attributed (`ballot/<uid>` keys); collecting is one edit, undone whole.
A paper ballot typed in (item code, 1–4 or 0) is stored the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from equity_desktop.core import errors
from equity_desktop.core.framework.content import Framework, Item, ItemKind
from equity_desktop.core.framework.display import framework_words
from equity_desktop.core.i18n.message import Arg, Message, Term
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.core.review.review_state import new_uid
from equity_desktop.core.review.scales import BenchmarkStatus, Rating, scale_for
from equity_desktop.core.review.store import ReviewStore

BALLOT_SUFFIX = ".eqballot"
SCOPES = ("all", "map", "benchmarks", "s1", "s2", "s3", "s4")  # which items a ballot asks about

# The keys a member types on paper or presses in ballot mode: 1–4 up the scale, 0 for "not applicable".
RATING_KEYS = {"1": Rating.NOT_STARTED, "2": Rating.EMERGING, "3": Rating.PROGRESSING, "4": Rating.IN_PLACE,
               "0": Rating.NOT_APPLICABLE}
STATUS_KEYS = {"1": BenchmarkStatus.NOT_MET, "2": BenchmarkStatus.PARTLY_MET, "3": BenchmarkStatus.MET}


class Ballot(NamedTuple):
    """One member's ballot as collected: item id -> (stored rating or status, evidence note)."""

    uid: str
    member: str
    ratings: dict[str, tuple[str, str]]
    version: str  # a later version of the same ballot sorts after an earlier one
    source: str = ""  # the file it came from, or "paper"

    def as_value(self) -> dict[str, Any]:
        """As the review stores it (`ballot/<uid>`)."""
        return {"member": self.member, "ratings": {k: list(v) for k, v in sorted(self.ratings.items())},
                "version": self.version}

    @classmethod
    def from_value(cls, uid: str, value: dict[str, Any]) -> Ballot:
        return cls(uid, value["member"], {k: (v[0], v[1]) for k, v in value["ratings"].items()}, value["version"])


def items_in_scope(framework: Framework, scope: str) -> list[str]:
    """The item ids a ballot of `scope` asks about, in the framework's order."""
    if scope not in SCOPES:
        raise errors.InvalidEditError(Message("review_error.not_a_scope", scope=repr(scope), scopes=", ".join(SCOPES)))
    found: list[str] = []
    for stage in framework.stages:
        if scope.startswith("s") and stage.id != scope:
            continue
        every: dict[str, tuple[tuple[Item, ...], ...]] = {"map": (stage.conditions,),
                                                          "benchmarks": (stage.benchmarks,)}
        parts = every.get(scope, (stage.key_actions, stage.conditions, stage.benchmarks))
        found += [item.id for part in parts for item in part]
    return found


def ballot_file_name(school: str, member: str) -> str:
    cleaned = " ".join("".join(ch if ch.isalnum() or ch in " -_.'" else " " for ch in f"{school} - {member or 'blank'}")
                       .split())
    return (cleaned.strip(". ") or "Ballot") + BALLOT_SUFFIX


def prepare_ballots(review: ReviewStore, folder: Path | str, members: Sequence[str], scope: str = "all"
                    ) -> list[Path]:
    """Write one ballot per member into `folder` (one blank ballot, to copy, when `members` is empty)."""
    folder = Path(folder)
    items = items_in_scope(review.framework, scope)
    profile = review.profile()
    written = []
    for member in members or [""]:
        path = folder / ballot_file_name(profile.school, member)
        if path.exists():
            raise errors.ReviewExistsError(path, Message("review_error.ballot_exists", name=path.name,
                                                         folder=str(folder)))
        written.append(path)
    for member, path in zip(members or [""], written):
        ballot_profile = SchoolProfile(profile.school, profile.district, profile.school_year)
        with ReviewStore.create(path, ballot_profile, framework=review.framework, author=member or None) as ballot:
            ballot.set_ballot_meta({"ballot_of": review.identity(), "ballot_uid": new_uid(), "member": member,
                                    "items": json.dumps(items), "scope": scope})
    return written


class BallotInfo(NamedTuple):
    """What a ballot file says about itself."""

    review_id: str
    uid: str
    member: str
    items: tuple[str, ...]
    scope: str


def ballot_info(store: ReviewStore) -> BallotInfo | None:
    """The ballot's own description, or None when the store is a review, not a ballot."""
    review_id = store.meta("ballot_of")
    if not review_id:
        return None
    return BallotInfo(review_id, store.meta("ballot_uid") or "", store.meta("member") or "",
                      tuple(json.loads(store.meta("items") or "[]")), store.meta("scope") or "all")


def read_ballot(path: Path | str, framework: Framework) -> tuple[BallotInfo, Ballot]:
    """Read a ballot file (read-only); a file that is not a ballot is refused with a sentence."""
    path = Path(path)
    words = framework_words(framework)
    try:
        store = ReviewStore.open(path, read_only=True, framework=framework)
    except errors.EmptyReviewFileError as error:  # the store's sentence speaks of a review
        raise errors.EmptyReviewFileError(path, words.t("ballot.empty", name=path.name,
                                                        suffix=BALLOT_SUFFIX)) from error
    except errors.NotAReviewError as error:  # the store's sentence sends the person to a .eqreview file
        raise errors.NotAReviewError(path, words.t("ballot.not_a_ballot", name=path.name,
                                                   suffix=BALLOT_SUFFIX)) from error
    with store:
        info = ballot_info(store)
        if info is None:
            raise errors.MergeRefusedError(path, words.t("ballot.is_a_review", name=path.name))
        ratings = {item_id: (a.value.value, a.note) for item_id, a in store.assessments().items()
                   if item_id in info.items and (a.value.value != "unrated" or a.note)}
        version = f"{len(store.change_log()):08d}"
    return info, Ballot(info.uid, info.member, ratings, version, path.name)


class Collected(NamedTuple):
    """What collecting found: the ballots to store (key -> value) and a line for each file."""

    values: dict[str, Any]
    taken: list[str]    # "Ana Ruiz: 42 ratings (new)", one per ballot taken
    skipped: list[str]  # a sentence per file not taken, naming it and why
    refused: int = 0    # how many of those were refused (not a ballot, another review, no name) rather than
                        # already collected with nothing newer


def collect_ballots(review: ReviewStore, paths: Iterable[Path | str]) -> Collected:
    """Check each ballot against the review and say what would be taken (nothing is written here), in the
    language of the framework shown."""
    words = framework_words(review.framework)
    held = {key.split("/", 1)[1]: value for key, value in review.values_of_kind("ballot").items()}
    identity = review.identity()
    values: dict[str, Any] = {}
    taken, refused, repeated = [], [], []
    for path in sorted({Path(p) for p in paths}):
        try:
            info, ballot = read_ballot(path, review.framework)
        except errors.EquityError as error:
            refused.append(str(error))
            continue
        if info.review_id != identity:
            refused.append(words.t("ballot.other_review", name=path.name))
            continue
        if not info.member.strip():
            refused.append(words.t("ballot.no_member", name=path.name))
            continue
        earlier = values.get(f"ballot/{ballot.uid}") or held.get(ballot.uid)
        if earlier is not None and earlier["version"] >= ballot.version:
            repeated.append(words.t("ballot.nothing_newer", name=path.name, member=ballot.member))
            continue
        if not ballot.ratings and earlier is None:  # a later blank version is taken: the member cleared it
            repeated.append(words.t("ballot.blank", name=path.name, member=ballot.member))
            continue
        values[f"ballot/{ballot.uid}"] = ballot.as_value()
        count = len([v for v, _ in ballot.ratings.values() if v != "unrated"])
        taken.append(words.t("ballot.taken_later" if earlier else "ballot.taken_new", member=ballot.member,
                             ratings=words.n("change.ratings", count), name=path.name))
    return Collected(values, taken, refused + repeated, len(refused))


def ballots(review: ReviewStore) -> list[Ballot]:
    """The ballots the review holds, by member's name."""
    found = [Ballot.from_value(key.split("/", 1)[1], value) for key, value in review.values_of_kind("ballot").items()]
    return sorted(found, key=lambda b: (b.member.casefold(), b.uid))


# ---- paper ballots ---------------------------------------------------------------------------------------

def item_code(framework: Framework, item_id: str) -> str:
    """The short code printed next to an item on the blank checklist and typed from paper:
    "1.DE.4" (stage 1, Diversity and Equity, condition 4), "2.KA.1.3" (key action 1.3), "3.B.2" (benchmark 2)."""
    item = framework.item(item_id)
    stage = framework.stage(item.stage_id).number
    if item.kind is ItemKind.KEY_ACTION:
        return f"{stage}.KA.{item_id.split('.ka.')[1]}"
    if item.kind is ItemKind.BENCHMARK:
        return f"{stage}.B.{item_id.rsplit('.', 1)[1]}"
    parts = item_id.split(".")
    return f"{stage}.{parts[2].upper()}.{parts[3]}"


def codes(framework: Framework) -> dict[str, str]:
    """Code (upper case, as typed) -> item id, for every rated item of the framework."""
    parts: tuple[tuple[Item, ...], ...] = (framework.key_actions, framework.conditions, framework.benchmarks)
    return {item_code(framework, item.id).upper(): item.id for part in parts for item in part}


_SEPARATORS = re.compile(r"[\s,;/-]+")


def paper_entry(framework: Framework, code: str, key: str) -> tuple[str, str]:
    """(item id, stored value) for a typed line of a paper ballot, or InvalidEditError with a sentence."""
    normal = _SEPARATORS.sub(".", code.strip()).strip(".").upper()
    item_id = codes(framework).get(normal)
    if item_id is None:
        raise errors.InvalidEditError(Message("review_error.not_a_code", code=repr(code)))
    keys = STATUS_KEYS if scale_for(framework, item_id) is BenchmarkStatus else RATING_KEYS
    if key.strip() not in keys:
        allowed = _joined([(f"{k} ", _term(v)) for k, v in keys.items()])
        raise errors.InvalidEditError(Message("review_error.not_a_paper_rating", key=repr(key), item=normal,
                                              allowed=allowed))
    return item_id, keys[key.strip()].value


def typed_rating(framework: Framework, item: str, value: str) -> tuple[str, Rating | BenchmarkStatus]:
    """(item id, value) from an item and a value as typed on the command line: the item by its id
    (s1.map.de.1) or its checklist code (1.DE.4); the value by its key (1–4 or 0; a benchmark 1–3) or its name in
    snake case (in_place, not_met, unrated). InvalidEditError with a sentence otherwise."""
    if framework.has_item(item.strip()):
        item_id = item.strip()
    else:
        item_id = codes(framework).get(_SEPARATORS.sub(".", item.strip()).strip(".").upper(), "")
        if not item_id:
            raise errors.InvalidEditError(Message("review_error.not_an_item_typed", item=repr(item)))
    scale = scale_for(framework, item_id)
    keys: dict[str, Rating | BenchmarkStatus] = dict(STATUS_KEYS if scale is BenchmarkStatus else RATING_KEYS)
    named = {level.value: level for level in scale}
    chosen = keys.get(value.strip()) or named.get(value.strip().lower().replace(" ", "_").replace("-", "_"))
    if chosen is None:
        allowed = ", ".join([*(f"{k} ({v.value})" for k, v in keys.items()), scale.UNRATED.value])
        raise errors.InvalidEditError(Message("review_error.not_a_typed_rating", value=repr(value), item=item_id,
                                              allowed=allowed))
    return item_id, chosen


def paper_ballot(member: str, entries: Sequence[tuple[str, str]], notes: dict[str, str] | None = None) -> Ballot:
    """A ballot typed in from paper: `entries` are (item id, stored value) from `paper_entry`."""
    if not member.strip():
        raise errors.InvalidEditError(Message("review_error.paper_needs_member"))
    ratings = {item_id: (value, (notes or {}).get(item_id, "")) for item_id, value in entries}
    return Ballot(new_uid(), member.strip(), ratings, f"{len(ratings):08d}", "paper")


def _term(level: Rating | BenchmarkStatus) -> Term:
    """A rating's label inside a sentence: English as labelled, another language's from the catalogue."""
    return Term(level.label, f"{type(level).__name__}.{level.value}")


def _joined(parts: Sequence[Arg]) -> tuple[Arg, ...]:
    """`parts` written one after the other with ", " between them (a Message argument)."""
    joined: list[Arg] = []
    for part in parts:
        joined += [", ", part] if joined else [part]
    return tuple(joined)

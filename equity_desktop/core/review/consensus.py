"""From the members' individual ratings to the team's consensus: the distribution of each item, how far the
members are apart, and the order to discuss the items in (disagreements first).

The consensus itself is the review's rating (`assessment`), with the team's reason (`rationale`); placement,
the plan and the PDF use it as any rating. This module only reads ballots; it never decides for the team.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from equity_desktop.core.framework.content import Framework
from equity_desktop.core.review.ballots import Ballot
from equity_desktop.core.review.scales import BenchmarkStatus, Rating, scale_for

# How far up its scale each rating is; "not applicable" and "unrated" are outside the scale.
_RANK = {Rating.NOT_STARTED: 1, Rating.EMERGING: 2, Rating.PROGRESSING: 3, Rating.IN_PLACE: 4,
         BenchmarkStatus.NOT_MET: 1, BenchmarkStatus.PARTLY_MET: 2, BenchmarkStatus.MET: 3}


class Vote(NamedTuple):
    member: str
    value: Rating | BenchmarkStatus
    note: str


class ItemVotes(NamedTuple):
    """The individual ratings of one item."""

    item_id: str
    votes: tuple[Vote, ...]  # every member who rated it, by name

    def counts(self) -> list[tuple[Rating | BenchmarkStatus, int]]:
        """(level, how many members chose it) for every level of the item's scale but Unrated, in scale order."""
        if not self.votes:
            return []
        scale = type(self.votes[0].value)
        return [(level, sum(1 for v in self.votes if v.value is level)) for level in scale
                if level.value != "unrated"]

    @property
    def spread(self) -> int:
        """Levels between the lowest and the highest rating on the scale (0: all agree); N/A aside."""
        ranks = [_RANK[v.value] for v in self.votes if v.value in _RANK]
        return max(ranks) - min(ranks) if ranks else 0

    @property
    def agreement(self) -> float:
        """The share of members who chose the most chosen level (1.0: all agree)."""
        counts = [n for _, n in self.counts()]
        return max(counts) / len(self.votes) if self.votes else 0.0

    def describe(self) -> str:
        """The distribution in words, never in colour alone: "In place 3 · Progressing 2 · Emerging 1"."""
        return " · ".join(f"{level.label} {count}" for level, count in reversed(self.counts()) if count) or "No ratings"

    def agreement_words(self) -> str:
        if not self.votes:
            return "nobody rated it"
        if self.spread == 0 and self.agreement == 1.0:
            return "all agree"
        return f"{round(self.agreement * 100)} % chose the same; {self.spread} levels apart"


def votes_for(framework: Framework, ballots: Sequence[Ballot], item_id: str) -> ItemVotes:
    scale = scale_for(framework, item_id)
    votes = [Vote(b.member, scale(b.ratings[item_id][0]), b.ratings[item_id][1]) for b in ballots
             if item_id in b.ratings and b.ratings[item_id][0] != "unrated"]
    return ItemVotes(item_id, tuple(sorted(votes, key=lambda v: v.member.casefold())))


def discussion_order(framework: Framework, ballots: Sequence[Ballot], item_ids: Sequence[str]) -> list[ItemVotes]:
    """The items with votes, disagreements first: the widest spread, then the least agreement, then as in the
    framework."""
    position = {item_id: n for n, item_id in enumerate(item_ids)}
    found = [votes_for(framework, ballots, item_id) for item_id in item_ids]
    found = [v for v in found if v.votes]
    return sorted(found, key=lambda v: (-v.spread, v.agreement, position[v.item_id]))

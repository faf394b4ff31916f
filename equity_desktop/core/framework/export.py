"""The framework as plain data (for JSON) and as a readable outline (for a terminal or a text file)."""

from __future__ import annotations

import dataclasses
import textwrap
from enum import Enum

from equity_desktop.core.framework.content import Framework


def to_plain(value):
    """Records (dataclasses, NamedTuples) → dicts, tuples → lists; private fields (leading underscore) are left out."""
    if dataclasses.is_dataclass(value):
        return {f.name: to_plain(getattr(value, f.name))
                for f in dataclasses.fields(value) if not f.name.startswith("_")}
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {name: to_plain(getattr(value, name)) for name in value._fields}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


def framework_as_dict(framework: Framework) -> dict:
    return to_plain(framework)


def framework_outline(framework: Framework, width: int = 100) -> str:
    """Stages → key actions, benchmarks and map conditions, each with its id and source page."""
    lines: list[str] = [framework.title, "=" * len(framework.title), framework.citation, ""]

    def add(text: str, indent: int, label: str = "") -> None:
        first = " " * indent + label
        rest = " " * (indent + len(label))
        lines.extend(textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest) or [first])

    lines.append("Core components: " + "; ".join(f"{c.name} ({c.id})" for c in framework.components))
    lines.append("Elements of success: " + "; ".join(e.name for e in framework.elements))
    for stage in framework.stages:
        heading = f"Stage {stage.number}: {stage.name} (p. {stage.page})"
        lines += ["", heading, "-" * len(heading)]
        add(stage.description, 2)
        lines += ["", "  Key actions"]
        for group in stage.key_action_groups:
            add(group.title + (" " + group.text if group.text else ""), 4)
            for action in group.actions:
                add(action.text, 6, f"[{action.id}, p. {action.page}] ")
                for point in action.points:
                    add(point, 10, "- ")
        lines += ["", f"  Timeframe (p. {stage.timeframe.page})"]
        add(stage.timeframe.text, 4)
        lines += ["", "  Benchmarks"]
        for bench in stage.benchmarks:
            add(bench.text, 4, f"[{bench.id}] ")
        lines += ["", f"  Map (p. {stage.map_page})"]
        for component in framework.components:
            lines.append(f"    {component.name}")
            for condition in stage.conditions_for(component.id):
                add(condition.text, 6, f"[{condition.id}] ")
    return "\n".join(lines) + "\n"

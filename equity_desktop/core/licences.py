"""The libraries this program ships with, their versions and licences, for the About box.

Read from the installed packages' own metadata, walking our dependencies (not
test extras), so the list cannot drift from what is actually bundled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True, slots=True)
class Library:
    name: str
    version: str
    licence: str


def _licence(meta) -> str:
    text = meta.get("License-Expression") or meta.get("License") or ""
    if not text or len(text) > 80:  # some packages paste their whole licence here; the classifier is shorter
        classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or () if c.startswith("License")]
        text = ", ".join(classifiers) or text.split("\n", 1)[0][:80]
    return text or "see the package"


def _runtime_requirements(dist: str) -> list[str]:
    names = []
    for requirement in metadata.requires(dist) or ():
        if "extra ==" in requirement.replace('"', "").replace("'", ""):
            continue  # optional extras (tests, plotting…) are not bundled
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(0))
    return names


def bundled_libraries(root: str = "equity-desktop") -> list[Library]:
    """Every installed runtime dependency of `root`, recursively, sorted by name."""
    seen: dict[str, Library] = {}
    pending = _runtime_requirements(root)
    while pending:
        name = pending.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue  # a platform-specific dependency not needed here
        seen[key] = Library(meta["Name"], meta["Version"], _licence(meta))
        pending += _runtime_requirements(name)
    return sorted(seen.values(), key=lambda lib: lib.name.lower())

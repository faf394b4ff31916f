"""The direction of the house (docs/architecture.md): each room of the core uses only the rooms below it.

Every import counts, also one inside a function: a lazy import is still an arrow. The table is the
one in docs/architecture.md; change both together.
"""

from __future__ import annotations

import ast
from pathlib import Path

import equity_desktop

PACKAGE = Path(equity_desktop.__file__).parent
ROOT = "equity_desktop"

# Modules of the core's floor, which every room may use (framework only atomic, errors and wording).
FLOOR = {"atomic", "errors", "licences", "settings", "wording", "i18n"}
ALLOWED: dict[str, set[str]] = {
    # atomic, errors and settings word their sentences as messages by id (core.i18n.message), said in any language.
    "atomic": {"errors", "i18n"},
    "errors": {"i18n"},
    "licences": set(),
    "settings": {"errors", "i18n"},
    "wording": set(),
    "i18n": set(),  # the translation seam: every room may word its messages through it
    "contrast": set(),  # colour arithmetic for the window (WCAG contrast, charts on a dark background)
    "framework": {"atomic", "errors", "wording", "i18n"},  # an item's caption in the framework's language
    "enrollment": FLOOR,
    "review": FLOOR | {"framework", "enrollment"},
    "plan": FLOOR | {"framework", "enrollment", "review"},
    "output": FLOOR | {"framework", "enrollment", "review", "plan"},
    "demo": FLOOR | {"framework", "enrollment", "review", "plan"},
}
CORE_ROOMS = set(ALLOWED)
ALLOWED["gui"] = CORE_ROOMS
ALLOWED["cli"] = CORE_ROOMS | {"gui"}  # the command opens the window and runs the selftest
# `equity_desktop` itself (name, version) and `equity_desktop.paths` (where resources are) sit under everything.
FOUNDATION = "foundation"


def module_name(path: Path, package_dir: Path) -> str:
    parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def room_of(module: str) -> str:
    parts = module.split(".")
    if parts[:2] != [ROOT, "core"]:
        return parts[1] if len(parts) > 1 and parts[1] in ("gui", "cli") else FOUNDATION
    return parts[2] if len(parts) > 2 else FOUNDATION  # the core package's docstring imports nothing


def imports_of(path: Path, package_dir: Path) -> set[str]:
    """Every module of ours that `path` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from pkg import module` imports the module when there is one by that name.
            names = [f"{node.module}.{alias.name}" if _is_module(f"{node.module}.{alias.name}", package_dir)
                     else node.module for alias in node.names]
        found |= {name for name in names if name.split(".")[0] == ROOT}
    return found


def _is_module(name: str, package_dir: Path) -> bool:
    relative = Path(*name.split(".")[1:])
    base = package_dir / relative
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def wrong_arrows(package_dir: Path) -> list[str]:
    """Each import that points the wrong way, as "importer -> imported (room -> room)"."""
    wrong = []
    for path in sorted(package_dir.rglob("*.py")):
        importer = module_name(path, package_dir)
        source = room_of(importer)
        if source == FOUNDATION:
            continue
        for imported in sorted(imports_of(path, package_dir)):
            target = room_of(imported)
            if target not in (FOUNDATION, source) and target not in ALLOWED[source]:
                wrong.append(f"{importer} -> {imported} ({source} -> {target})")
    return wrong


def import_cycles(package_dir: Path, prefix: str) -> list[list[str]]:
    """Circles among the modules whose names start with `prefix` (Tarjan's strongly connected components)."""
    graph = {}
    for path in package_dir.rglob("*.py"):
        name = module_name(path, package_dir)
        if name.startswith(prefix):
            graph[name] = {m for m in imports_of(path, package_dir) if m.startswith(prefix) and m != name}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_every_room_of_the_core_is_known():
    rooms = {room_of(module_name(p, PACKAGE)) for p in (PACKAGE / "core").rglob("*.py")} - {FOUNDATION}
    assert {"framework", "enrollment", "review", "plan", "output", "demo"} <= rooms <= CORE_ROOMS


def test_no_import_points_the_wrong_way():
    assert wrong_arrows(PACKAGE) == []


def test_the_core_has_no_import_circle():
    assert import_cycles(PACKAGE, f"{ROOT}.core") == []


def _scratch_package(tmp_path: Path, files: dict[str, str]) -> Path:
    package = tmp_path / ROOT
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in [package, *(p for p in package.rglob("*") if p.is_dir())]:
        (folder / "__init__.py").touch()
    return package


def test_the_checker_catches_an_arrow_the_wrong_way(tmp_path):
    package = _scratch_package(tmp_path, {
        "core/review/store.py": "def f():\n    from equity_desktop.core.output import plan_pdf\n",
        "core/output/plan_pdf.py": "from equity_desktop.core.review import store\n",
        "core/framework/content.py": "import equity_desktop.core.review.store\n",
        "core/enrollment/mgi.py": "from equity_desktop.gui.app import run_gui\n",
        "gui/app.py": "def run_gui(): ...\n",
    })
    assert wrong_arrows(package) == [
        "equity_desktop.core.enrollment.mgi -> equity_desktop.gui.app (enrollment -> gui)",
        "equity_desktop.core.framework.content -> equity_desktop.core.review.store (framework -> review)",
        "equity_desktop.core.review.store -> equity_desktop.core.output.plan_pdf (review -> output)",
    ]


def test_the_checker_catches_a_circle(tmp_path):
    package = _scratch_package(tmp_path, {
        "core/enrollment/mgi.py": "def f():\n    from equity_desktop.core.enrollment.risk import r\n",
        "core/enrollment/risk.py": "from equity_desktop.core.enrollment.mgi import f\n",
        "core/enrollment/groups.py": "",
    })
    assert import_cycles(package, f"{ROOT}.core") == [
        ["equity_desktop.core.enrollment.mgi", "equity_desktop.core.enrollment.risk"]]

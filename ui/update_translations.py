"""Update the GUI's translation catalogue: extract the strings, merge them into the .ts, compile the .qm.

Run it from the repository (a fresh clone needs only the venv):

    .venv/bin/python ui/update_translations.py

Run it whenever a string shown by the GUI is added, changed or removed (a `tr()` or
`QCoreApplication.translate()` call in equity_desktop/gui/, a text in a Designer form in ui/), and after
a translator has edited a .ts file. It

1. runs pyside6-lupdate over every equity_desktop/gui/**/*.py and ui/*.ui into
   resources/translations/equity_desktop_<lang>.ts for each language in LANGUAGES. lupdate *merges*:
   translations already in the file are kept, new strings arrive as unfinished (`type="unfinished"`,
   an empty translation, or a guess from a similar old string that a translator must confirm), and
   strings that are no longer in the code are dropped (`-no-obsolete`; git history keeps them);
2. runs pyside6-lrelease on each .ts into the .qm next to it (`-nounfinished`: an unconfirmed guess is
   never shown; the English source text is shown instead).

Then translate the new strings (Qt Linguist: `.venv/bin/pyside6-linguist resources/translations/...ts`,
or a text editor), run the script again to compile the .qm, and commit both files;
tests/gui/test_translation_catalogue.py fails while a message is unfinished or the .qm is older than
the .ts. See docs/translating.md, "The GUI catalogue (Qt Linguist)".

lupdate reads `self.tr("…")` and `QCoreApplication.translate("Context", "…")` with literal strings. Three
indirect forms used in the GUI are rewritten for it, in a temporary copy of the file that keeps its line
numbers (the .ts points at the real file):

- a module-level wrapper `def _tr(text): return QCoreApplication.translate("Context", text)`: its calls
  get that context;
- an alias in a method, `tr = self.tr`: its calls get the class's context (lupdate would give them none);
- a function that takes the translating function as a parameter named `tr` (`readiness_sentence(progress,
  self.tr)`): its calls get the context of every class that passes its `self.tr` (or an alias of it).

A call whose text is not a literal (`self.tr(label)`) cannot be extracted by any tool; the script lists
each one, so that its strings can be marked with QT_TRANSLATE_NOOP or passed as literals.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es",)  # add a code here to start a new catalogue (docs/translating.md)
TRANSLATE = "QCoreApplication.translate"


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"equity_desktop_{language}.ts"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; it comes with PySide6-Essentials (make installs it).")
    return found


def sources() -> list[Path]:
    """Every GUI module and Designer form present in the work tree (tracked or not), in a stable order."""
    found = set((ROOT / "equity_desktop" / "gui").rglob("*.py")) | set((ROOT / "ui").glob("*.ui"))
    return sorted(p for p in found if "__pycache__" not in p.parts)


# --- indirect tr() calls -------------------------------------------------------------------------------

def _is_self_tr(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "tr"
            and isinstance(node.value, ast.Name) and node.value.id == "self")


def _is_translate(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "translate"
            or isinstance(node, ast.Name) and node.id == "translate")


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level `def f(text): return QCoreApplication.translate("Context", text)` → {f: Context}."""
    found = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.args.args and len(node.body) == 1):
            continue
        body = node.body[0]
        call = body.value if isinstance(body, ast.Return) else None
        if (isinstance(call, ast.Call) and _is_translate(call.func) and len(call.args) >= 2
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
                and isinstance(call.args[1], ast.Name) and call.args[1].id == node.args.args[0].arg):
            found[node.name] = call.args[0].value
    return found


def _tr_aliases(function: ast.AST) -> set[str]:
    """Names bound to `self.tr` in a method (`tr = self.tr`)."""
    return {target.id for node in ast.walk(function) if isinstance(node, ast.Assign) and _is_self_tr(node.value)
            for target in node.targets if isinstance(target, ast.Name)}


def _tr_parameters(tree: ast.Module) -> dict[str, str]:
    """Module-level functions that take the translating function as a parameter named `tr`: {function: param}."""
    return {node.name: "tr" for node in tree.body if isinstance(node, ast.FunctionDef)
            and any(a.arg == "tr" for a in node.args.args + node.args.kwonlyargs)}


def _methods(tree: ast.Module):
    """(class name, method) for every method of every class, nested classes included."""
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef):
            for item in cls.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    yield cls.name, item


def _callers_of_tr_functions(trees: dict[Path, ast.Module], functions: set[str]) -> dict[str, set[str]]:
    """{function: contexts} for calls `function(…, self.tr or an alias of it, …)` made inside a class."""
    contexts: dict[str, set[str]] = defaultdict(set)
    for tree in trees.values():
        for cls, method in _methods(tree):
            aliases = _tr_aliases(method)
            for call in ast.walk(method):
                if not isinstance(call, ast.Call):
                    continue
                name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
                passed = list(call.args) + [k.value for k in call.keywords]
                if name in functions and any(_is_self_tr(a) or isinstance(a, ast.Name) and a.id in aliases
                                             for a in passed):
                    contexts[name].add(cls)
    return contexts


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Finder(ast.NodeVisitor):
    """Collects the indirect calls of one module (with their contexts) and every non-literal tr() call."""

    def __init__(self, wrappers: dict[str, str], tr_functions: dict[str, set[str]], tr_params: dict[str, str]):
        self.wrappers, self.tr_functions, self.tr_params = wrappers, tr_functions, tr_params
        self.cls: list[str] = []
        self.scopes: list[tuple[set[str], list[str]]] = []  # (names calling a translator, their contexts)
        self.rewrites: list[tuple[ast.Call, list[str]]] = []
        self.not_literal: list[ast.Call] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.cls.append(node.name)
        self.generic_visit(node)
        self.cls.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        pushed = 0
        if self.cls and (aliases := _tr_aliases(node)):
            self.scopes.append((aliases, [self.cls[-1]]))
            pushed += 1
        if not self.cls and node.name in self.tr_params:
            self.scopes.append(({self.tr_params[node.name]}, sorted(self.tr_functions.get(node.name, ()))))
            pushed += 1
        self.generic_visit(node)
        del self.scopes[len(self.scopes) - pushed:]

    visit_AsyncFunctionDef = visit_FunctionDef

    def _contexts(self, func: ast.AST) -> list[str] | None:
        if not isinstance(func, ast.Name):
            return None
        for names, contexts in reversed(self.scopes):
            if func.id in names:
                return contexts
        return [self.wrappers[func.id]] if func.id in self.wrappers else None

    def visit_Call(self, node: ast.Call) -> None:
        contexts = self._contexts(node.func)
        if contexts is not None:
            if node.args and _literal(node.args[0]) is not None:
                self.rewrites.append((node, contexts))
            else:
                self.not_literal.append(node)
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
            if not node.args or _literal(node.args[0]) is None:
                self.not_literal.append(node)
        elif _is_translate(node.func) and len(node.args) >= 2 and _literal(node.args[0]) is not None:
            if _literal(node.args[1]) is None:  # (a wrapper's own body is left out by _not_literal_tr)
                self.not_literal.append(node)
        self.generic_visit(node)


def _rewritten(source: str, rewrites: list[tuple[ast.Call, list[str]]]) -> str:
    """The source with each indirect call replaced by QCoreApplication.translate calls on the same lines."""
    lines = source.encode("utf-8").splitlines(keepends=True)
    for call, contexts in sorted(rewrites, key=lambda r: (r[0].lineno, r[0].col_offset), reverse=True):
        text = _literal(call.args[0])
        extra = ""
        if len(call.args) > 1:  # disambiguation, and n for a plural (its value does not matter to lupdate)
            extra = f", {_literal(call.args[1]) or ''!r}" + (", 1" if len(call.args) > 2 else "")
        calls = " + ".join(f"{TRANSLATE}({c!r}, {text!r}{extra})" for c in contexts) or repr(text)
        first, last = call.lineno - 1, call.end_lineno - 1
        replacement = f"({calls}" + "\n" * (last - first) + ")"
        head = lines[first][:call.col_offset]
        tail = lines[last][call.end_col_offset:]
        lines[first:last + 1] = [head + replacement.encode("utf-8") + tail]
    return b"".join(lines).decode("utf-8")


def _not_literal_tr(finder: _Finder, tree: ast.Module) -> list[ast.Call]:
    wrapper_bodies = {id(n.body[0].value) for n in tree.body
                      if isinstance(n, ast.FunctionDef) and n.name in finder.wrappers}
    return [c for c in finder.not_literal if id(c) not in wrapper_bodies]


def prepare_sources(staging: Path) -> tuple[list[Path], dict[Path, Path], list[str]]:
    """The files to give lupdate (a rewritten copy in `staging` where needed), {copy: real file}, and the
    non-literal tr() calls as 'file:line: code'."""
    files = sources()
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files if p.suffix == ".py"}
    params = {path: _tr_parameters(tree) for path, tree in trees.items()}
    tr_functions = _callers_of_tr_functions(trees, {f for p in params.values() for f in p})
    given, copies, not_literal = [], {}, []
    for path in files:
        tree = trees.get(path)
        if tree is None:
            given.append(path)
            continue
        finder = _Finder(_wrappers(tree), tr_functions, params[path])
        finder.visit(tree)
        source = path.read_text(encoding="utf-8")
        for call in _not_literal_tr(finder, tree):
            code = ast.get_source_segment(source, call) or ""
            not_literal.append(f"{path.relative_to(ROOT)}:{call.lineno}: {' '.join(code.split())[:100]}")
        if not finder.rewrites:
            given.append(path)
            continue
        copy = staging / path.relative_to(ROOT)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(_rewritten(source, finder.rewrites), encoding="utf-8")
        given.append(copy)
        copies[copy] = path
    return given, copies, not_literal


# --- lupdate and lrelease ------------------------------------------------------------------------------

def update(language: str, staging: Path, ts: Path | None = None) -> list[str]:
    """Merge the strings of the sources into the catalogue (or into `ts`); the non-literal tr() calls."""
    ts = ts or catalogue(language)
    ts.parent.mkdir(parents=True, exist_ok=True)
    given, copies, not_literal = prepare_sources(staging)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in given) + "\n")
    try:
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "absolute",
                        "-source-language", "en", "-target-language", language,
                        f"@{listing.name}", "-ts", str(ts)], check=True)
    finally:
        os.unlink(listing.name)
    text = ts.read_text(encoding="utf-8")
    for copy, real in copies.items():  # point the .ts at the real files, not at the rewritten copies
        old = Path(os.path.relpath(copy, ts.parent)).as_posix()
        new = Path(os.path.relpath(real, ts.parent)).as_posix()
        text = text.replace(f'filename="{old}"', f'filename="{new}"')
    ts.write_text(text, encoding="utf-8")
    return not_literal


def release(language: str, output: Path | None = None, ts: Path | None = None) -> Path:
    """Compile the catalogue (or `ts`) into its .qm (or into `output`); unfinished translations are left out."""
    ts = ts or catalogue(language)
    qm = output or ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
    return qm


def unfinished(language: str) -> int:
    import xml.etree.ElementTree as ET

    root = ET.parse(catalogue(language)).getroot()
    return sum(1 for t in root.iter("translation") if t.get("type") == "unfinished")


def main() -> None:
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as staging:
            not_literal = update(language, Path(staging))
        qm = release(language)
        print(f"{catalogue(language).relative_to(ROOT)}: {unfinished(language)} unfinished; "
              f"{qm.relative_to(ROOT)} written")
    if not_literal:
        print(f"\n{len(not_literal)} tr() calls with a text that is not a literal (lupdate cannot see their strings):")
        print("\n".join(f"  {line}" for line in not_literal))


if __name__ == "__main__":
    main()

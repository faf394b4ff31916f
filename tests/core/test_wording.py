"""One way to say a count and to cut a long text, for every front end (issue 18, item 14)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import equity_desktop
from equity_desktop.core.wording import plural, shortened


def test_plural_says_one_and_many():
    assert plural(1, "school") == "1 school"
    assert plural(0, "school") == "0 schools"
    assert plural(1234, "school") == "1,234 schools"
    assert plural(2, "child", "children") == "2 children"
    assert plural(3, "condition", number="tres") == "tres conditions"


def test_shortened_cuts_at_a_word_and_says_so():
    text = "The leadership team communicates the vision to every stakeholder"
    assert shortened(text, 200) == text
    cut = shortened(text, 30)
    assert len(cut) <= 30 and cut.endswith("…") and text.startswith(cut[:-1])
    assert shortened("a  b\n c", 10) == "a b c"


def _sentences(tree: ast.AST):
    """The string constants of a module that are not docstrings (what a person may read)."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def test_no_window_or_printed_sentence_writes_a_count_with_s_in_brackets():
    # "condition(s)", "error(s)": the program says "1 condition", "3 conditions" (wording.plural).
    package = Path(equity_desktop.__file__).parent
    found = []
    for path in package.rglob("*.py"):
        if "enrollment" in path.parts:
            continue  # core/enrollment and the enrollment command: their own room (issue 18's report)
        for line, text in _sentences(ast.parse(path.read_text(encoding="utf-8"))):
            if re.search(r"\w\((s|es)\)", text):
                found.append(f"{path.relative_to(package)}:{line}: {text}")
    assert found == []

"""Walk the AT-SPI tree of the running Equity Desktop as Orca meets it: role, name, description and checked
state of everything showing. Runs with the system's Python and its pyatspi (Debian: python3-pyatspi), inside the
session session.sh starts.
"""

import sys
import time

import pyatspi

ANNOUNCED = ("push button", "check box", "combo box", "text", "table", "tree", "list", "page tab", "slider",
             "radio button", "tree table", "toggle button", "spin button")


def find_app():
    for _ in range(60):
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and ("python" in (app.name or "").lower() or "equity" in (app.name or "").lower()):
                return app
        time.sleep(0.5)
    return None


def walk(node, depth: int, out: list, limit: int) -> None:
    if node is None or len(out) > limit:
        return
    try:
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        role, name, description = node.getRoleName(), node.name or "", node.description or ""
    except Exception:  # an object gone while we walk: skip it, as a screen reader does
        return
    if states.contains(pyatspi.STATE_CHECKED):
        name += " (checked)"
    if name or description or role in ANNOUNCED:
        out.append("  " * depth + f"[{role}] {name}" + (f" — {description}" if description else ""))
    for child in node:
        walk(child, depth + 1, out, limit)


if __name__ == "__main__":
    found = find_app()
    if found is None:
        sys.exit("no application on the accessibility bus")
    lines: list = []
    walk(found, 0, lines, int(sys.argv[1]) if len(sys.argv) > 1 else 400)
    print("\n".join(lines))

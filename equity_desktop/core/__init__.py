"""The domain of Equity Desktop, in rooms that may only use the rooms below them.

    framework/   the framework's text as data: content, schema check, search, export
    enrollment/  enrollment files -> aggregated counts -> MGI, trends, disproportionality
    review/      the review document, its store (SQLite), lock, migrations, scales, placement
    plan/        the action plan's rules: items (dates, timeline, sorting) and suggestions
    output/      what the program writes for people: the PDFs, the Excel copy, charts, preview
    demo/        the demo review and the fictional district it is built from
    settings.py  every rule and setting, declared once with default, limits, unit and source
    atomic.py, errors.py, licences.py   used by every room

Nothing in this package imports Qt, the GUI or the command line (tests/core/test_layers.py and
test_core_is_qt_free.py enforce the arrows), so the command line, the batch tools and the tests
use exactly the code the GUI uses.
"""

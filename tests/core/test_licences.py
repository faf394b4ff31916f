"""The About box's list of bundled libraries comes from the installed metadata."""

from equity_desktop.core.licences import bundled_libraries


def test_every_direct_dependency_is_listed_with_version_and_licence():
    libraries = {lib.name.lower().replace("_", "-"): lib for lib in bundled_libraries()}
    for name in ("pyside6-essentials", "pandas", "openpyxl", "python-calamine", "reportlab"):
        assert name in libraries, name
    assert "LGPL" in libraries["pyside6-essentials"].licence
    assert libraries["openpyxl"].licence == "MIT"
    assert all(lib.version and lib.licence for lib in libraries.values())


def test_transitive_runtime_dependencies_are_included_but_test_extras_are_not():
    names = {lib.name.lower() for lib in bundled_libraries()}
    assert "numpy" in names  # through pandas
    assert "pytest" not in names and "hypothesis" not in names

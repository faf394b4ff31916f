"""PyInstaller run-time hook: PyInstaller's own run-time hooks run when their module is first imported.

PyInstaller runs a hook at every start for each of four modules the program bundles, and each hook
imports its module to patch it. Together they cost about 100 ms of every command, two thirds of a
`--version` (bench/bench_frozen.py; `-X importtime` in a test build names the modules):

- pyi_rth_pyside6 imports PySide6.QtCore (to register a qt.conf), loading Qt Core, shiboken and ICU;
- pyi_rth_inspect imports inspect and zipfile (to find the source of frozen modules);
- pyi_rth_multiprocessing imports multiprocessing (to divert a worker process to its job);
- pyi_rth_pkgutil imports pkgutil (to list the modules inside the frozen archive).

None of that is needed until the program imports the module itself, and `--version`, `mgi` or
`screen` never import Qt. So the spec takes these hooks out of the start-up scripts and ships each,
unchanged, as a module `_deferred_<hook>`; this hook runs it right after the first import of its
module, whoever imports it (the window, `selftest`, a worker), before the importer's next line, so
what the hook patches is patched before anyone can use it. Qt still finds its plugins, a worker
still reaches its job (tests/frozen checks both).

At start-up only `sys` is imported here.
"""

import sys

# The module whose first import runs the hook, and PyInstaller's hook (its name among the spec's scripts).
DEFERRED_HOOKS = {
    "PySide6": "pyi_rth_pyside6",
    "inspect": "pyi_rth_inspect",
    "multiprocessing": "pyi_rth_multiprocessing",
    "pkgutil": "pyi_rth_pkgutil",
}


class HooksOnFirstImport:
    """A meta-path finder that sees each module's first import; it leaves sys.meta_path when every hook has run."""

    def __init__(self, hooks: dict[str, str]):
        self.hooks = dict(hooks)

    def find_spec(self, name, path=None, target=None):
        if name not in self.hooks:
            return None
        spec = self.spec_from_the_other_finders(name, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = LoadThenRunHook(spec.loader, lambda: self.run_hook(name))
        return spec

    def spec_from_the_other_finders(self, name, path, target):
        for finder in sys.meta_path:
            if finder is not self and hasattr(finder, "find_spec"):
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    return spec
        return None

    def run_hook(self, name: str) -> None:
        # Popped when the module has loaded, not when it was found: importlib.util.find_spec() finds
        # without loading.
        hook = self.hooks.pop(name, None)
        if not self.hooks and self in sys.meta_path:
            sys.meta_path.remove(self)
        if hook is not None:
            __import__(f"_deferred_{hook}")  # importing it runs PyInstaller's hook


class LoadThenRunHook:
    """Loads one module with its own loader, then runs the hook; the module keeps its own loader.

    A wrapper, not a patched loader: the standard library's modules share one loader (base_library.zip's).
    """

    def __init__(self, loader, run_hook):
        self.loader = loader
        self.run_hook = run_hook

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        module.__spec__.loader = module.__loader__ = self.loader
        self.loader.exec_module(module)
        self.run_hook()  # after the module's own code, which the hook imports and patches


def install(hooks: dict[str, str]) -> None:
    """Run the hook of a module something imported already, as PyInstaller would have; watch for the others."""
    waiting = {module: hook for module, hook in hooks.items() if module not in sys.modules}
    for module, hook in hooks.items():
        if module not in waiting:
            __import__(f"_deferred_{hook}")
    if waiting:
        sys.meta_path.insert(0, HooksOnFirstImport(waiting))


if getattr(sys, "frozen", False):  # run by the frozen program at start-up; the spec only reads DEFERRED_HOOKS
    install(DEFERRED_HOOKS)

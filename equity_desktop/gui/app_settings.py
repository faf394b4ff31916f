"""What the program remembers between runs (QSettings): recent reviews, the window's geometry, the folder of
the last review, the last enrollment file imported (a team imports three years from the same workbook) and
whether the placement strip is folded into one line (on a small screen it takes the room of the cards).

Values are plain strings and bytes, never pickled objects. Tests hand in a
QSettings on a temporary INI file so they never touch the user's own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class AppSettings:
    def __init__(self, settings: QSettings | None = None):
        self.qsettings = settings or QSettings()

    def recent_files(self) -> list[Path]:
        raw = self.qsettings.value("recent/files", [])
        if isinstance(raw, str):  # QSettings gives back a one-element list as a plain string
            raw = [raw]
        return [Path(p) for p in raw or []]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        self._store(files[:MAX_RECENT])

    def _store(self, files: list[Path]) -> None:
        self.qsettings.setValue("recent/files", [str(p) for p in files])  # written by Qt from the event loop

    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, geometry: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.sync()

    def last_folder(self) -> str:
        return str(self.qsettings.value("files/last_folder", "") or "")

    def set_last_folder(self, folder: Path) -> None:
        self.qsettings.setValue("files/last_folder", str(folder))

    def last_enrollment_file(self) -> Path | None:
        """The enrollment file imported last, if it is still there."""
        text = str(self.qsettings.value("files/last_enrollment_file", "") or "")
        return Path(text) if text and Path(text).is_file() else None

    def set_last_enrollment_file(self, path: Path) -> None:
        self.qsettings.setValue("files/last_enrollment_file", str(path))

    def strip_collapsed(self, default: bool = False) -> bool:
        """Whether the person folded the placement strip (`default` until they have chosen)."""
        value = self.qsettings.value("view/strip_collapsed", default)
        return value in (True, "true", "1", 1)  # an INI file gives the text back

    def set_strip_collapsed(self, collapsed: bool) -> None:
        self.qsettings.setValue("view/strip_collapsed", bool(collapsed))

    def language(self) -> str:
        """The language chosen in Preferences ("en", "es"), or "" to follow the system."""
        return str(self.qsettings.value("general/language", "") or "")

    def set_language(self, code: str) -> None:
        self.qsettings.setValue("general/language", code)

    def author_name(self) -> str:
        """The name edits are recorded under, as typed in Preferences; "" for the computer's login name."""
        return str(self.qsettings.value("general/author", "") or "")

    def set_author_name(self, name: str) -> None:
        self.qsettings.setValue("general/author", name)

"""A bar under a saved file's sentence: Open it, or Show it in its folder — and it goes away when closed.

Not a dialog: the person may carry on working and use it later, or never. Opening is the desktop's business
(QDesktopServices: the PDF viewer, Excel, LibreOffice); showing in the folder selects the file where the
file manager can (Windows Explorer, the macOS Finder), else opens the folder.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


def reveal(path: Path, open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> bool:
    """Show `path` in its folder: selected in Explorer or the Finder, elsewhere the folder opened."""
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{path}"])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    return open_url(QUrl.fromLocalFile(str(path.parent)))


class SavedFileBar(QFrame):
    """Open / Show in Folder for the file just saved; `open_url` is the desktop's (tests hand in their own)."""

    def __init__(self, parent: QWidget | None = None,
                 open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl):
        super().__init__(parent)
        self.setObjectName("savedFileBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.open_url = open_url
        self.path: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 2, 2)
        self.label = QLabel(self)
        self.label.setObjectName("savedFileName")
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openSavedFile")
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Show in &Folder"), self)
        self.folder_button.setObjectName("showSavedFile")
        self.folder_button.clicked.connect(self.show_in_folder)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this bar"))
        close.setAccessibleName(self.tr("Close this bar"))
        close.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addWidget(close)
        self.setAccessibleName(self.tr("The file just saved"))
        self.hide()

    def show_file(self, path: Path) -> None:
        self.path = Path(path)
        self.label.setText(self.path.name)
        self.label.setToolTip(str(self.path))
        self.show()

    def open_file(self) -> bool:
        return self.path is not None and self.open_url(QUrl.fromLocalFile(str(self.path)))

    def show_in_folder(self) -> bool:
        return self.path is not None and reveal(self.path, self.open_url)

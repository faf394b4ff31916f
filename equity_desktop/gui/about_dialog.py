"""About Equity Desktop: version, the framework's citation and the licences of the bundled libraries."""

from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from equity_desktop import APP_NAME, __version__
from equity_desktop.core.framework.content import Framework
from equity_desktop.core.licences import bundled_libraries


class AboutDialog(QDialog):
    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        rows = "".join(f"<tr><td>{escape(lib.name)}</td><td>{escape(lib.version)}</td>"
                       f"<td>{escape(lib.licence)}</td></tr>" for lib in bundled_libraries())
        rows += (f"<tr><td>Qt</td><td>{qVersion()}</td><td>LGPL-3.0-only</td></tr>"
                 f"<tr><td>Python</td><td>{platform.python_version()}</td><td>PSF-2.0</td></tr>")
        self.text.setHtml(
            f"<h2>{APP_NAME} {__version__}</h2>"
            + self.tr("<p>An offline tool for a school's equity self-review. It never connects to the network; "
                      "your reviews stay on this computer.</p>")
            + f"<h3>{self.tr('Framework')}</h3><p>{escape(framework.citation)}</p><p>{escape(framework.licence)}</p>"
            + f"<h3>{self.tr('Bundled libraries')}</h3>"
            + f"<p>{self.tr('Built with PySide6 {0}.').format(pyside_version)}</p>"
            + f"<table cellpadding='2'><tr><th align='left'>{self.tr('Library')}</th>"
              f"<th align='left'>{self.tr('Version')}</th><th align='left'>{self.tr('Licence')}</th></tr>{rows}</table>"
        )
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 560)

"""Everything that imports Qt: the application, windows, dialogs. No business rule lives here.

Start-up: once PySide6.QtCore is loaded, its ``__feature__`` import hook reads the source of every
module imported after it to look for "PySide6" (about 0.2 ms a module). The Qt-free modules the
window needs on start-up are imported here, before any module of this package imports Qt, so they
are not scanned.
"""

import html  # noqa: F401
import importlib  # noqa: F401

from equity_desktop.core.framework import content  # noqa: F401
from equity_desktop.core.review import placement, store  # noqa: F401

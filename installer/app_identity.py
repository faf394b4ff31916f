"""The names the installers give the program and its review files, in one place.

Read by the PyInstaller spec (macOS Info.plist), installer/linux_packages.py (the .deb's
.desktop entry and MIME type) and written into the Inno Setup script's defines by hand:
change a name here and in installer/windows/equity-desktop.iss together.
"""

APP_ID = "equity-desktop"  # executable, .deb package, .desktop file and icon name
BUNDLE_ID = "org.equitydesktop.EquityDesktop"  # macOS bundle and uniform type identifier prefix
DOCUMENT_EXTENSION = "eqreview"
DOCUMENT_MIME = "application/x-equity-review"
DOCUMENT_DESCRIPTION = "Equity Desktop review"

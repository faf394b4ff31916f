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


def macos_info_plist(app_name: str, version: str) -> dict:
    """The Info.plist keys of the macOS bundle beyond PyInstaller's own, with the review document type."""
    review_type = f"{BUNDLE_ID}.review"
    return {
        "CFBundleName": app_name,
        "CFBundleDisplayName": app_name,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.education",
        "NSHumanReadableCopyright": "MIT licence. Framework text: U.S. Department of Education, 2018.",
        # A double-clicked .eqreview opens in the program (Finder sends it as a file-open event).
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": DOCUMENT_DESCRIPTION,
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [review_type],
            "CFBundleTypeIconFile": "equity-desktop.icns",
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": review_type,
            "UTTypeDescription": DOCUMENT_DESCRIPTION,
            "UTTypeConformsTo": ["public.data"],
            "UTTypeIconFile": "equity-desktop.icns",
            "UTTypeTagSpecification": {
                "public.filename-extension": [DOCUMENT_EXTENSION],
                "public.mime-type": [DOCUMENT_MIME],
            },
        }],
    }

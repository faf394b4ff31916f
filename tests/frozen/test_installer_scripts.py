"""The Windows and macOS installer files agree with installer/app_identity.py (they are built elsewhere)."""

from __future__ import annotations

import plistlib
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import app_identity  # noqa: E402


@pytest.fixture
def iss_defines() -> dict[str, str]:
    text = (ROOT / "installer" / "windows" / "equity-desktop.iss").read_text(encoding="utf-8")
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', text, flags=re.MULTILINE))


def test_windows_script_names_the_same_program_and_document(iss_defines):
    assert iss_defines["AppExe"] == f"{app_identity.APP_ID}.exe"
    assert iss_defines["DocExt"] == f".{app_identity.DOCUMENT_EXTENSION}"
    assert iss_defines["DocDescription"] == app_identity.DOCUMENT_DESCRIPTION
    text = (ROOT / "installer" / "windows" / "equity-desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text  # per-user, no administrator rights
    assert rf'Source: "..\..\dist\{app_identity.APP_ID}\*"' in text
    icon = re.search(r"SetupIconFile=(.+)", text)[1].strip().replace("\\", "/")
    assert (ROOT / "installer" / "windows" / icon).resolve().is_file()


def test_macos_info_plist_declares_the_review_document():
    keys = app_identity.macos_info_plist("Equity Desktop", "1.2.3")
    plist = plistlib.loads(plistlib.dumps(keys))  # every value is one a property list can hold
    declared = plist["UTExportedTypeDeclarations"][0]
    document = plist["CFBundleDocumentTypes"][0]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == [app_identity.DOCUMENT_EXTENSION]
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    assert (ROOT / "resources" / "icons" / document["CFBundleTypeIconFile"]).is_file()

#!/usr/bin/env bash
# Builds "dist/Equity Desktop.app" and dist/equity-desktop-<version>-macos-<arch>.dmg on a Mac.
# Needs macOS 11 or newer, Xcode's command-line tools and Python 3.11 (python.org installer).
# From the repository root:   bash installer/macos/make-dmg.sh
# The .app is for the Mac's own processor (Apple silicon or Intel); build on each for both.
set -euo pipefail
cd "$(dirname "$0")/../.."

python3.11 -m venv .venv-macos
.venv-macos/bin/python -m pip install --quiet -e '.[test,dist]'
version=$(.venv-macos/bin/python -c 'import equity_desktop; print(equity_desktop.__version__)')

.venv-macos/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/equity_desktop.spec
app="dist/Equity Desktop.app"

# The frozen program proves itself before it is packed (its window opens and closes on this screen).
"$app/Contents/MacOS/equity-desktop" selftest

# The disk image: the app beside a link to /Applications, for drag-and-drop installing.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/equity-desktop-$version-macos-$(uname -m).dmg"
hdiutil create -quiet -volname "Equity Desktop $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
echo "Wrote $dmg ($(du -h "$dmg" | cut -f1))"

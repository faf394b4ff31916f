# Builds dist\equity-desktop-<version>-windows-setup.exe on Windows 10 or 11.
# Needs Python 3.11 (python.org installer, with the "py" launcher) and Inno Setup 6 (jrsoftware.org).
# From the repository root, in PowerShell:
#     powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

py -3.11 -m venv .venv-windows
.venv-windows\Scripts\python -m pip install --quiet -e ".[test,dist]"
if ($LASTEXITCODE -ne 0) { throw "Installing the build tools failed (pip, above)." }
$version = (.venv-windows\Scripts\python -c "import equity_desktop; print(equity_desktop.__version__)").Trim()

.venv-windows\Scripts\python -m PyInstaller --noconfirm --log-level WARN --distpath dist `
    --workpath build\pyinstaller installer\equity_desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed (above)." }

# The frozen program proves itself before it is packed: framework, demo, plan PDF in a worker
# process, and every page of the main window (it opens and closes on this screen).
$check = Start-Process -FilePath "dist\equity-desktop\equity-desktop.exe" -ArgumentList "selftest" `
    -Wait -PassThru -NoNewWindow
if ($check.ExitCode -ne 0) { throw "The frozen program's selftest failed (exit $($check.ExitCode))." }

$iscc = @("$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe", "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
          "$env:ProgramFiles\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 is not installed; install it from jrsoftware.org and run this again." }
& $iscc /Q "/DAppVersion=$version" installer\windows\equity-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed (above)." }
Write-Host "Wrote dist\equity-desktop-$version-windows-setup.exe"

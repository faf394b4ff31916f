; Equity Desktop for Windows: an Inno Setup 6 script that installs the PyInstaller folder
; (dist\equity-desktop) for the current user, without administrator rights.
;
; Built by installer\windows\build.ps1, which passes the version read from the package:
;     ISCC.exe /DAppVersion=0.1.0 installer\windows\equity-desktop.iss
; Names match installer\app_identity.py; change them there and here together.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=X.Y.Z installer\windows\equity-desktop.iss
#endif
#define AppName "Equity Desktop"
#define AppExe "equity-desktop.exe"
#define DocExt ".eqreview"
#define DocProgId "EquityDesktop.Review"
#define DocDescription "Equity Desktop review"

[Setup]
; The AppId never changes: it is how an update finds and replaces an earlier install.
AppId={{8C3B6F2A-5D41-4E7B-9A0C-2F6E1D9B7A43}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Equity Desktop team
; Per-user by default (school laptops give no administrator rights); an administrator may
; choose "install for all users" in the first dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\equity-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=equity-desktop-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The program must be closed to be replaced; Setup asks, and reopens it afterwards if it closed it.
CloseApplications=yes
RestartApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\equity-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "A school's equity self-review and action plan"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install and HKEY_LOCAL_MACHINE for all users.
; A double-clicked .eqreview starts "equity-desktop.exe <file>", as on Linux.
Root: HKA; Subkey: "Software\Classes\{#DocExt}"; ValueType: string; ValueName: ""; ValueData: "{#DocProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#DocExt}\OpenWithProgids"; ValueType: string; ValueName: "{#DocProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#DocProgId}"; ValueType: string; ValueName: ""; ValueData: "{#DocDescription}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#DocProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#DocProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#DocExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

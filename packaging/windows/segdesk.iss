; Inno Setup 6 script: the Windows installer of segdesk.
;
; Build the program first (python packaging\build.py), then, from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\segdesk.iss
; Output: dist\segdesk-<version>-setup.exe. Needs Inno Setup 6.3 or later (x64compatible).
;
; The version is read from dist\segdesk\segdesk.exe (its version resource, written by
; build.py from segdesk.__version__); override with ISCC /DAppVersion=1.2.3.
; Installs for the current user without administrator rights (%LOCALAPPDATA%\Programs\segdesk);
; the user may choose "all users" in the first dialog (then Windows asks for an administrator).
; The database, backups and settings (in %LOCALAPPDATA%\segdesk and the registry) are the
; user's and survive uninstalling and upgrading.

#define AppName "segdesk"
#define Root AddBackslash(SourcePath) + "..\.."
#define DistDir Root + "\dist\segdesk"
#define AppExe DistDir + "\segdesk.exe"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error dist\segdesk\segdesk.exe has no version: run python packaging\build.py first
#endif

[Setup]
; AppId identifies segdesk to Windows across versions (upgrades, uninstall): never change it.
AppId={{94A56726-05EE-4CDB-B8C8-180DFD564C70}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=segdesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 (PySide6 6.12) runs on Windows 10 and 11.
MinVersion=10.0
SetupIconFile={#Root}\build\icons\segdesk.ico
UninstallDisplayIcon={app}\segdesk.exe
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=segdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running segdesk before replacing its files (Restart Manager).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder: no file of an older build stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\segdesk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\segdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\segdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

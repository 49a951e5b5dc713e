; Inno Setup script for Øvelse on Windows: a per-machine installer for the one-folder
; PyInstaller build in dist\ovelse. Needs Inno Setup 6.3 or later. See docs/packaging.md.
;
;   iscc packaging\windows\ovelse.iss                    -> dist\ovelse-<version>-setup.exe
;   iscc /DAppVersion=0.1.0 packaging\windows\ovelse.iss (override the version)
;
; Silent install for municipal IT (deployment tools, Intune, SCCM):
;   ovelse-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="ovelse-install.log"
;   optional: /DIR="D:\Programmer\Ovelse"  /TASKS="association"  (leave out the desktop icon)
; Silent uninstall:
;   "%ProgramFiles%\Ovelse\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; This file is UTF-8 with a byte-order mark, which Inno Setup needs for Ø, å and ø.

#define AppName "Øvelse"
#define AppExe "ovelse.exe"
#define AppId "no.ovelse.Ovelse"
#define ProgId "Ovelse.Session"
#define PackProgId "Ovelse.Pack"
#define FrozenDir "..\..\dist\ovelse"
#define FrozenExe AddBackslash(SourcePath) + FrozenDir + "\" + AppExe

#if !FileExists(FrozenExe)
  #error dist\ovelse\ovelse.exe not found: build it with PyInstaller first (docs/packaging.md)
#endif
; The version comes from the version resource the PyInstaller spec writes into ovelse.exe
; (ProductVersion "0.1.0"; the numeric 0.1.0.0 for Windows' own version field), unless
; given on the command line.
#define NumericVersion GetVersionNumbersString(FrozenExe)
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(FrozenExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error ovelse.exe has no ProductVersion; pass /DAppVersion=x.y.z
#endif

[Setup]
; AppId identifies the installation for upgrades and uninstall; never change it.
AppId={{FAEC1BE4-FAED-4478-AE2E-8EAD7030A98F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Øvelse-prosjektet
AppCopyright=Øvelse-prosjektet, EUPL-1.2
VersionInfoVersion={#NumericVersion}
VersionInfoDescription={#AppName} installasjonsprogram
; Per machine: Program Files, HKLM, the Start menu for all users; needs an administrator.
PrivilegesRequired=admin
DefaultDirName={autopf}\Ovelse
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=ovelse-{#AppVersion}-setup
SetupIconFile=..\..\assets\icons\app\ovelse.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
; Close a running Øvelse (Restart Manager) rather than leave files in use.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nb.AssociationTask=Åpne øktfiler (.ovelse) og delte pakker (.ovelsepakke) med Øvelse
en.AssociationTask=Open session files (.ovelse) and shared packs (.ovelsepakke) with Øvelse
nb.SessionFileType=Øvelse-økt
en.SessionFileType=Øvelse session
nb.PackFileType=Delt scenariopakke for Øvelse
en.PackFileType=Øvelse shared scenario pack
nb.AppComment=Planlegg, gjennomfør og evaluer diskusjonsøvelser, uten nett
en.AppComment=Plan, run and evaluate discussion-based exercises, offline

[Tasks]
Name: "association"; Description: "{cm:AssociationTask}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no library of the old version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#FrozenDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; The .ovelse file type (HKA is HKLM in a per-machine install).
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:SessionFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""
Root: HKA; Subkey: "Software\Classes\.ovelse\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ovelse"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.ovelse"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-ovelse-session"; Flags: uninsdeletevalue; Tasks: association
; The .ovelsepakke shared pack: opening one imports it into the library.
Root: HKA; Subkey: "Software\Classes\{#PackProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#PackProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#PackProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""
Root: HKA; Subkey: "Software\Classes\.ovelsepakke\OpenWithProgids"; ValueType: string; ValueName: "{#PackProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ovelsepakke"; ValueType: string; ValueName: ""; ValueData: "{#PackProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.ovelsepakke"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-ovelse-pack"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ovelse"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ovelsepakke"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

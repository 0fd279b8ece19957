; Inno Setup 6 script for Nämndklient. Build (see packaging/windows/README.md):
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 packaging\windows\namndklient.iss
; The version comes from the package metadata (pyproject.toml), read with
;   python -c "import importlib.metadata as m; print(m.version('namndklient'))"
; AppVersionNumeric is the same version as four numbers (file properties need them);
; without it AppVersion is used, which works for plain x.y.z versions.
;
; Installing: per machine by default (Program Files, needs admin). A member without
; admin rights chooses "only for me" in the first dialog, or runs the installer with
; /CURRENTUSER; IT departments install silently with
;   namndklient-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/ALLUSERS|/CURRENTUSER] [/LOG=path]
; Uninstalling keeps the member's data (%LOCALAPPDATA%\namndklient: database, notes,
; logs; %APPDATA%\namndklient: settings) unless asked: the uninstaller asks
; (default: keep), and a silent uninstall removes them only with /PURGE:
;   "%ProgramFiles%\Nämndklient\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /PURGE

#ifndef AppVersion
  #error Ange versionen: iscc /DAppVersion=X.Y.Z (se packaging\windows\README.md)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef SourceDir
  ; The PyInstaller one-folder output, relative to this script.
  #define SourceDir "..\..\dist\namndklient"
#endif
#define AppName "Nämndklient"
#define AppExe "namndklient-gui.exe"

[Setup]
; A fixed AppId ties upgrades and the uninstaller to this application: never change it.
AppId={{6F0B7C1E-3A2D-4E59-9B8E-5C1D2F7A9E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Region Jämtland Härjedalen
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} installation
VersionInfoCompany=Region Jämtland Härjedalen
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per machine by default; "dialog commandline" lets a user without admin rights
; install for themselves only (dialog, or /CURRENTUSER on the command line).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=namndklient-{#AppVersion}-setup
SetupIconFile=namndklient.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Swedish.isl is one of Inno Setup's unofficial translations: put it in the
; compiler's Languages folder (see README.md); without it the installer is English only.
#define HaveSwedish FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
#if HaveSwedish
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "se.regionjh.Namndklient"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself writes into its own folder; the member's data is handled in [Code].
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[CustomMessages]
#if HaveSwedish
swedish.PurgeQuestion=Vill du även ta bort dina egna data (databas, anteckningar, inställningar och loggar)?%n%nVälj Nej för att behålla dem, till exempel inför en ominstallation.
#endif
english.PurgeQuestion=Do you also want to remove your own data (database, notes, settings and logs)?%n%nChoose No to keep them, for example before reinstalling.

[Code]
{ The member's data lives outside {app} (platformdirs: %LOCALAPPDATA%\namndklient;
  QSettings: %APPDATA%\namndklient). It is removed only when asked: /PURGE on the
  command line, or Yes to the question in an interactive uninstall. Only the
  uninstalling user's folders are touched; other users' data on the machine stays. }
var
  PurgeData: Boolean;

function HasPurgeSwitch(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/PURGE') = 0 then
      Result := True;
end;

function InitializeUninstall(): Boolean;
begin
  PurgeData := HasPurgeSwitch();
  if (not PurgeData) and (not UninstallSilent) then
    PurgeData := MsgBox(CustomMessage('PurgeQuestion'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and PurgeData then
  begin
    DelTree(ExpandConstant('{localappdata}\namndklient'), True, True, True);
    DelTree(ExpandConstant('{userappdata}\namndklient'), True, True, True);
  end;
end;

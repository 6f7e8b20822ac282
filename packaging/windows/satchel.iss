; Inno Setup script for the Windows installer (Inno Setup 6). Built on a hosted Windows
; runner by packaging/windows/build-windows.yml, never on the Linux CI:
;
;   iscc /DBrandName=Satchel /DAppVersion=0.1.0 /DBundleDir=..\..\dist\windows\Satchel ^
;        /DIconFile=..\..\build\windows\app.ico packaging\windows\satchel.iss
;
; BrandName comes from packaging/brand/<BRAND>.env (BRAND_NAME), so a neutral "Notes"
; installer is one variable away. Installs per user by default (no administrator rights).
#ifndef BrandName
  #define BrandName "Satchel"
#endif
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\windows\" + BrandName
#endif
#ifndef IconFile
  #define IconFile "..\..\build\windows\app.ico"
#endif
#ifndef AppGuid
  ; One per brand: an installed Satchel and an installed "Notes" must not replace each other.
  #define AppGuid "{{5B0E6D0C-6B1F-4E57-9C0F-3A7F2E1D8C41}"
#endif

[Setup]
AppId={#AppGuid}
AppName={#BrandName}
AppVersion={#AppVersion}
AppPublisher={#BrandName} developers
DefaultDirName={autopf}\{#BrandName}
DefaultGroupName={#BrandName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename={#BrandName}-{#AppVersion}-windows-x64-setup
OutputDir=..\..\dist
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#BrandName}.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#BrandName}"; Filename: "{app}\{#BrandName}.exe"
Name: "{autodesktop}\{#BrandName}"; Filename: "{app}\{#BrandName}.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\{#BrandName}.exe"; Description: "{cm:LaunchProgram,{#BrandName}}"; Flags: nowait postinstall skipifsilent

; The vault lives in the user's data folder, not here: uninstalling never touches it.

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n checklist</numerusform>
            <numerusform>%n checklists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>Cases: %n</numerusform>
            <numerusform>Cases: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n file attached</numerusform>
            <numerusform>%n files attached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistsSection</name>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n checklist</numerusform>
            <numerusform>%n checklists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailedUnlockSetting</name>
    <message numerus="yes">
        <source>After %n failed unlocks</source>
        <translation>
            <numerusform>After %n failed unlock</numerusform>
            <numerusform>After %n failed unlocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message numerus="yes">
        <source>Fields stored: %n. Each reveal is written to the activity log.</source>
        <translation>
            <numerusform>Fields stored: %n. Each reveal is written to the activity log.</numerusform>
            <numerusform>Fields stored: %n. Each reveal is written to the activity log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hides again in %n s</source>
        <translation>
            <numerusform>Hides again in %n s</numerusform>
            <numerusform>Hides again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} copied; the clipboard is cleared in %n s</source>
        <translation>
            <numerusform>{0} copied; the clipboard is cleared in %n s</numerusform>
            <numerusform>{0} copied; the clipboard is cleared in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n checklist</numerusform>
            <numerusform>%n checklists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownImportDialog</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicCountdown</name>
    <message numerus="yes">
        <source>Also erased: %n backup(s) in the vault&apos;s folder.</source>
        <translation>
            <numerusform>Also erased: %n backup in the vault&apos;s folder.</numerusform>
            <numerusform>Also erased: %n backups in the vault&apos;s folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not erased: the backups in “{0}” (%n found there). They open with the passphrase the vault had when each was made; destroy them yourself if they must go too.</source>
        <translation>
            <numerusform>Not erased: the backups in “{0}” (%n found there). They open with the passphrase the vault had when each was made; destroy them yourself if they must go too.</numerusform>
            <numerusform>Not erased: the backups in “{0}” (%n found there). They open with the passphrase the vault had when each was made; destroy them yourself if they must go too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erasing the vault in %n second(s)</source>
        <translation>
            <numerusform>Erasing the vault in %n second</numerusform>
            <numerusform>Erasing the vault in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>People: %n</numerusform>
            <numerusform>People: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message numerus="yes">
        <source>Erase all %n deleted item(s) for good? None can be restored afterwards.</source>
        <translation>
            <numerusform>Erase the %n deleted item for good? It cannot be restored afterwards.</numerusform>
            <numerusform>Erase all %n deleted items for good? None can be restored afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>That recovery phrase is not valid: it has %n word(s); it needs {0}.</source>
        <translation>
            <numerusform>That recovery phrase is not valid: it has %n word; it needs {0}.</numerusform>
            <numerusform>That recovery phrase is not valid: it has %n words; it needs {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the vault is erased.</source>
        <translation>
            <numerusform>%n attempt left before the vault is erased.</numerusform>
            <numerusform>%n attempts left before the vault is erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DayCounts</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Limits</name>
    <message numerus="yes">
        <source>“{0}” is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>“{0}” is too long: it can have at most %n character.</numerusform>
            <numerusform>“{0}” is too long: it can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>An encrypted notebook that works offline. It never connects to the internet.</source>
        <translation>Ein verschlüsseltes Notizbuch, das offline arbeitet. Es verbindet sich nie mit dem Internet.</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Zeilenüberschriften</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Text löschen</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Case created</source>
        <translation>Fall angelegt</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Fall geändert</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Fall gelöscht</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person hinzugefügt</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Person geändert</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>Person gelöscht</translation>
    </message>
    <message>
        <source>Identity changed</source>
        <translation>Identitätsangaben geändert</translation>
    </message>
    <message>
        <source>Identity revealed</source>
        <translation>Identitätsangaben angezeigt</translation>
    </message>
    <message>
        <source>Note created</source>
        <translation>Notiz angelegt</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Notiz geändert</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Notiz gelöscht</translation>
    </message>
    <message>
        <source>Checklist added</source>
        <translation>Checkliste hinzugefügt</translation>
    </message>
    <message>
        <source>Checklist removed</source>
        <translation>Checkliste entfernt</translation>
    </message>
    <message>
        <source>Checklist item changed</source>
        <translation>Checklistenpunkt geändert</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Datei hinzugefügt</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>Datei gelöscht</translation>
    </message>
    <message>
        <source>Vault settings changed</source>
        <translation>Tresor-Einstellungen geändert</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paket exportiert</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Fall exportiert</translation>
    </message>
    <message>
        <source>Note imported</source>
        <translation>Notiz importiert</translation>
    </message>
    <message>
        <source>Person imported</source>
        <translation>Person importiert</translation>
    </message>
    <message>
        <source>Template created</source>
        <translation>Vorlage angelegt</translation>
    </message>
    <message>
        <source>Template changed</source>
        <translation>Vorlage geändert</translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation>Vorlage importiert</translation>
    </message>
    <message>
        <source>Template exported</source>
        <translation>Vorlage exportiert</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} from Markdown files</source>
        <translation>{0} aus Markdown-Dateien</translation>
    </message>
    <message>
        <source>{0} from a {1} file</source>
        <translation>{0} aus einer {1}-Datei</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>where the original is</source>
        <translation>wo das Original ist</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>how to reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <source>Activity</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What was done in this vault, newest first. Content is never logged.</source>
        <translation>Was in diesem Tresor geschehen ist, das Neueste zuerst. Inhalte werden nie protokolliert.</translation>
    </message>
    <message>
        <source>Nothing has happened in this vault yet.</source>
        <translation>In diesem Tresor ist noch nichts geschehen.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment viewer</source>
        <translation>Anhang ansehen</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Attachment: {0}</source>
        <translation>Anhang: {0}</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: it is damaged or needs a password.</source>
        <translation>Dieses PDF kann nicht angezeigt werden: Es ist beschädigt oder durch ein Passwort geschützt.</translation>
    </message>
    <message>
        <source>{app} cannot show this kind of file. Use “Save a copy…” to open it.</source>
        <translation>{app} kann diese Art von Datei nicht anzeigen. Öffnen Sie sie über „Kopie speichern …“.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Unverschlüsselte Kopie speichern</translation>
    </message>
    <message>
        <source>Could not save the copy: {0}</source>
        <translation>Die Kopie konnte nicht gespeichert werden: {0}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP-Bild</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>No files yet. Add a scan or a photo of a document.</source>
        <translation>Noch keine Dateien. Fügen Sie einen Scan oder ein Foto eines Dokuments hinzu.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen …</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Eine Datei hinzufügen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation>Die ausgewählte Datei ansehen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Die ausgewählte Datei löschen</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Dateien zum Fall hinzufügen</translation>
    </message>
    <message>
        <source>“{0}” is larger than 100 MB.</source>
        <translation>„{0}“ ist größer als 100 MB.</translation>
    </message>
    <message>
        <source>{app} cannot remove hidden information (such as where a photo was taken) from “{0}”, because it cannot read this kind of image. Add it anyway, as it is?</source>
        <translation>{app} kann verborgene Angaben (etwa, wo ein Foto aufgenommen wurde) nicht aus „{0}“ entfernen, weil es dieses Bildformat nicht lesen kann. Trotzdem unverändert hinzufügen?</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Delete “{0}” from the vault?</source>
        <translation>„{0}“ aus dem Tresor löschen?</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>Datei gelöscht</translation>
    </message>
</context>
<context>
    <name>BackBar</name>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Back to the list  (Esc)</source>
        <translation>Zurück zur Liste  (Esc)</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n Checkliste</numerusform>
            <numerusform>%n Checklisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Encrypted backups</source>
        <translation>Verschlüsselte Sicherungen</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <source>Keep backups elsewhere, on a USB stick for example</source>
        <translation>Sicherungen an einem anderen Ort aufbewahren, zum Beispiel auf einem USB-Stick</translation>
    </message>
    <message>
        <source>Beside the vault</source>
        <translation>Neben dem Tresor</translation>
    </message>
    <message>
        <source>Back up by itself when the vault locks or {app} quits, if anything changed</source>
        <translation>Selbst sichern, wenn der Tresor gesperrt oder {app} beendet wird und sich etwas geändert hat</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Sicherungen dieses Tresors</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Restore as new vault…</source>
        <translation>Als neuen Tresor wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore in place…</source>
        <translation>An Ort und Stelle wiederherstellen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>A demo vault is not backed up: it is deleted when you lock it.</source>
        <translation>Ein Demo-Tresor wird nicht gesichert: Er wird beim Sperren gelöscht.</translation>
    </message>
    <message>
        <source>Wiping the vault also destroys these backups.</source>
        <translation>Wird der Tresor vernichtet, werden auch diese Sicherungen vernichtet.</translation>
    </message>
    <message>
        <source>Wiping the vault does not reach {0}: delete backups there yourself.</source>
        <translation>Das Vernichten des Tresors erreicht {0} nicht: Löschen Sie die Sicherungen dort selbst.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Sicherung geschrieben: {0}</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Verschlüsselte Sicherung wird geschrieben …</translation>
    </message>
    <message>
        <source>Checking every byte and every page…</source>
        <translation>Jedes Byte und jede Seite wird geprüft …</translation>
    </message>
    <message>
        <source>The file is intact (checksum). Its pages can only be checked by the vault it belongs to.</source>
        <translation>Die Datei ist unversehrt (Prüfsumme). Ihre Seiten kann nur der Tresor prüfen, zu dem sie gehört.</translation>
    </message>
    <message>
        <source>This backup is intact: checksum, pages and structure.</source>
        <translation>Diese Sicherung ist unversehrt: Prüfsumme, Seiten und Struktur.</translation>
    </message>
    <message>
        <source>This backup is damaged inside ({0}). Use another one.</source>
        <translation>Diese Sicherung ist im Inneren beschädigt ({0}). Nehmen Sie eine andere.</translation>
    </message>
    <message>
        <source>An empty folder for the restored vault</source>
        <translation>Ein leerer Ordner für den wiederhergestellten Tresor</translation>
    </message>
    <message>
        <source>Restored into {0}. Open it with the passphrase the vault had on {1}.</source>
        <translation>Wiederhergestellt in {0}. Öffnen Sie den Tresor mit der Passphrase, die er am {1} hatte.</translation>
    </message>
    <message>
        <source>Restoring as a new vault…</source>
        <translation>Wird als neuer Tresor wiederhergestellt …</translation>
    </message>
    <message>
        <source>Restore in place</source>
        <translation>An Ort und Stelle wiederherstellen</translation>
    </message>
    <message>
        <source>Replace this vault with the backup of {0}? Everything written since then is replaced. The vault as it is now is kept as a backup first. The vault locks, and opens again with the passphrase it had on {0}.</source>
        <translation>Diesen Tresor durch die Sicherung vom {0} ersetzen? Alles, was seitdem geschrieben wurde, wird ersetzt. Der Tresor in seinem jetzigen Zustand wird vorher gesichert. Der Tresor wird gesperrt und öffnet sich wieder mit der Passphrase, die er am {0} hatte.</translation>
    </message>
    <message>
        <source>Your duress passphrase goes with it: this backup is from before your last passphrase change. Set it again in Settings afterwards.</source>
        <translation>Ihre Notfall-Passphrase geht dabei verloren: Diese Sicherung stammt aus der Zeit vor Ihrer letzten Passphrase-Änderung. Legen Sie sie danach in den Einstellungen erneut fest.</translation>
    </message>
    <message>
        <source>Restored. Unlock the vault with the passphrase it had on {0}. The vault as it was is kept as a backup.</source>
        <translation>Wiederhergestellt. Entsperren Sie den Tresor mit der Passphrase, die er am {0} hatte. Der bisherige Zustand des Tresors ist als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Restoring in place…</source>
        <translation>Wird an Ort und Stelle wiederhergestellt …</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>damaged: cannot be used</source>
        <translation>beschädigt: nicht verwendbar</translation>
    </message>
    <message>
        <source>a backup of another vault</source>
        <translation>eine Sicherung eines anderen Tresors</translation>
    </message>
</context>
<context>
    <name>CamouflageSetting</name>
    <message>
        <source>Show a neutral &amp;name and icon (camouflage)</source>
        <translation>Neutralen &amp;Namen und neutrales Symbol zeigen (Tarnung)</translation>
    </message>
    <message>
        <source>Show a neutral name and icon</source>
        <translation>Neutralen Namen und neutrales Symbol zeigen</translation>
    </message>
    <message>
        <source>This copy is installed under a neutral name, so it always shows it. Only file names inside its program folder still tell what it is.</source>
        <translation>Diese Kopie ist unter einem neutralen Namen installiert und zeigt immer diesen. Nur Dateinamen in ihrem Programmordner verraten noch, was sie ist.</translation>
    </message>
    <message>
        <source>The window, the task bar and new vault folders then say “{0}”, after a restart. Still telling: the installed program, its settings folder, the process name and a vault folder made before. The neutral package hides the program too.</source>
        <translation>Fenster, Taskleiste und neue Tresor-Ordner heißen dann nach einem Neustart „{0}“. Weiterhin verräterisch: das installierte Programm, sein Einstellungsordner, der Prozessname und ein früher angelegter Tresor-Ordner. Das neutrale Paket verbirgt auch das Programm.</translation>
    </message>
</context>
<context>
    <name>CaseChecklistsPanel</name>
    <message>
        <source>No checklists yet. Add one from a template.</source>
        <translation>Noch keine Checklisten. Fügen Sie eine aus einer Vorlage hinzu.</translation>
    </message>
    <message>
        <source>Add checklist…</source>
        <translation>Checkliste hinzufügen …</translation>
    </message>
    <message>
        <source>Add a checklist from a template</source>
        <translation>Eine Checkliste aus einer Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>No templates available</source>
        <translation>Keine Vorlagen verfügbar</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>This case is no longer in the vault.</source>
        <translation>Dieser Fall ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titel des Falls</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. visa, urgent</source>
        <translation>Durch Kommas getrennt, z. B. Visum, dringend</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>What has to happen next?</source>
        <translation>Was muss als Nächstes geschehen?</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What is this case about?</source>
        <translation>Worum geht es in diesem Fall?</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Fall löschen …</translation>
    </message>
    <message>
        <source>Delete this case</source>
        <translation>Diesen Fall löschen</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht …</translation>
    </message>
    <message>
        <source>Make a PDF report of this case</source>
        <translation>Einen PDF-Bericht zu diesem Fall erstellen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export this case for a colleague</source>
        <translation>Diesen Fall für Kolleginnen und Kollegen exportieren</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>A case needs a title; the old one is kept for now.</source>
        <translation>Ein Fall braucht einen Titel; der bisherige bleibt vorerst erhalten.</translation>
    </message>
    <message>
        <source>Delete this case with its notes, checklists and attachments? The people in it stay in the vault.</source>
        <translation>Diesen Fall mit seinen Notizen, Checklisten und Anhängen löschen? Die beteiligten Personen bleiben im Tresor.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Fall löschen</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Fall gelöscht</translation>
    </message>
</context>
<context>
    <name>CaseNotesTimeline</name>
    <message>
        <source>Notes of this case, newest first</source>
        <translation>Notizen zu diesem Fall, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>New note in this case</source>
        <translation>Neue Notiz in diesem Fall</translation>
    </message>
    <message>
        <source>Pinned · {0}</source>
        <translation>Angeheftet · {0}</translation>
    </message>
</context>
<context>
    <name>CasePeoplePanel</name>
    <message>
        <source>Nobody is linked to this case yet.</source>
        <translation>Mit diesem Fall ist noch niemand verknüpft.</translation>
    </message>
    <message>
        <source>Link person…</source>
        <translation>Person verknüpfen …</translation>
    </message>
    <message>
        <source>Link a person to this case</source>
        <translation>Eine Person mit diesem Fall verknüpfen</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>{0} öffnen</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Rolle in diesem Fall</translation>
    </message>
    <message>
        <source>Role of {0} in this case</source>
        <translation>Rolle von {0} in diesem Fall</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Unlink {0} from this case</source>
        <translation>Verknüpfung von {0} mit diesem Fall lösen</translation>
    </message>
    <message>
        <source>{0} unlinked from this case</source>
        <translation>Verknüpfung von {0} mit diesem Fall gelöst</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source> (due {0})</source>
        <translation> (fällig am {0})</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Fortschritt der Checkliste</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} von {1} erledigt</translation>
    </message>
    <message>
        <source>This report contains identity details. Keep it as safe as the vault.</source>
        <translation>Dieser Bericht enthält Identitätsangaben. Bewahren Sie ihn so sicher auf wie den Tresor.</translation>
    </message>
    <message>
        <source>Redacted: people appear by pseudonym only; identity details are left out.</source>
        <translation>Geschwärzt: Personen erscheinen nur unter Pseudonym; Identitätsangaben sind weggelassen.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <source>DEMO DATA — NOT REAL</source>
        <translation>DEMO-DATEN – NICHT ECHT</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Bericht zum Fall</translation>
    </message>
    <message>
        <source>generated {0}</source>
        <translation>erstellt am {0}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No people are linked to this case.</source>
        <translation>Mit diesem Fall sind keine Personen verknüpft.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Rolle im Fall</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Original is at</source>
        <translation>Original liegt bei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (optional)</translation>
    </message>
    <message>
        <source>written {0}, last changed {1}</source>
        <translation>geschrieben am {0}, zuletzt geändert am {1}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Confidential case report</source>
        <translation>Vertraulicher Bericht zum Fall</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Case report: {0}</source>
        <translation>Bericht zum Fall: {0}</translation>
    </message>
    <message>
        <source>Demo data — made up, not real people</source>
        <translation>Demo-Daten – erfunden, keine echten Personen</translation>
    </message>
    <message>
        <source>Confidential — do not share beyond those who need it</source>
        <translation>Vertraulich – nur an die weitergeben, die es brauchen</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
</context>
<context>
    <name>CaseReportDialog</name>
    <message>
        <source>Case report</source>
        <translation>Bericht zum Fall</translation>
    </message>
    <message>
        <source>A PDF with the case&apos;s status, people (by pseudonym), checklists and the notes you choose. Every page is marked confidential.</source>
        <translation>Ein PDF mit dem Stand des Falls, den Personen (unter Pseudonym), den Checklisten und den Notizen, die Sie auswählen. Jede Seite ist als vertraulich gekennzeichnet.</translation>
    </message>
    <message>
        <source>Notes to include</source>
        <translation>Aufzunehmende Notizen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Include identities</source>
        <translation>Identitätsangaben aufnehmen</translation>
    </message>
    <message>
        <source>Include identity details in the report</source>
        <translation>Identitätsangaben in den Bericht aufnehmen</translation>
    </message>
    <message>
        <source>The report will show, for every person in the case: {0}. Anyone who gets the file can read them. Opening each person&apos;s details is logged.</source>
        <translation>Der Bericht zeigt für jede Person im Fall: {0}. Wer die Datei erhält, kann diese Angaben lesen. Jedes Öffnen der Angaben einer Person wird protokolliert.</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Case report: {0}</source>
        <translation>Bericht zum Fall: {0}</translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation>Den Bericht zum Fall speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird erstellt …</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Gespeichert unter {0}</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the report: {0}</source>
        <translation>Der Bericht konnte nicht geschrieben werden: {0}</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>No checklist items</source>
        <translation>Keine Checklistenpunkte</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} von {1} erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Schlagwörter: {0}</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by due date</source>
        <translation>Nach Frist filtern</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Beliebige Frist</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>In den nächsten 7 Tagen fällig</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>In den nächsten 30 Tagen fällig</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>No cases yet — press {0} to add the first one.</source>
        <translation>Noch keine Fälle – drücken Sie {0}, um den ersten anzulegen.</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>Titel des neuen Falls</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Create the case</source>
        <translation>Den Fall anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the new case</source>
        <translation>Neuen Fall verwerfen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Add a case ({0})</source>
        <translation>Einen Fall hinzufügen ({0})</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Keine Fälle passen zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>Fälle: %n</numerusform>
            <numerusform>Fälle: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Die Passphrase ändern</translation>
    </message>
    <message>
        <source>The recovery phrase keeps working. Backups made before today still open with the old passphrase.</source>
        <translation>Die Wiederherstellungsphrase bleibt gültig. Sicherungen von vor heute öffnen sich weiterhin mit der alten Passphrase.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Geben Sie zuerst die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <source>Use the new passphrase from now on. The recovery phrase still works.</source>
        <translation>Verwenden Sie ab jetzt die neue Passphrase. Die Wiederherstellungsphrase gilt weiterhin.</translation>
    </message>
</context>
<context>
    <name>ChecklistBlock</name>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove the checklist {0}</source>
        <translation>Die Checkliste {0} entfernen</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} von {1} erledigt</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Nichts erforderlich</translation>
    </message>
    <message>
        <source>Progress of {0}</source>
        <translation>Fortschritt von {0}</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Checkliste entfernen</translation>
    </message>
    <message>
        <source>Remove the checklist “{0}” and everything noted in it?</source>
        <translation>Die Checkliste „{0}“ und alles, was darin vermerkt ist, entfernen?</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>State: {0}</source>
        <translation>Stand: {0}</translation>
    </message>
    <message>
        <source>Due or expiry date: {0}</source>
        <translation>Frist oder Ablaufdatum: {0}</translation>
    </message>
    <message>
        <source>Due or expiry</source>
        <translation>Frist oder Ablauf</translation>
    </message>
    <message>
        <source>Where the original is</source>
        <translation>Wo das Original ist</translation>
    </message>
    <message>
        <source>Where the original is: {0}</source>
        <translation>Wo das Original ist: {0}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Notiz: {0}</translation>
    </message>
    <message>
        <source>Scans and photos of this document</source>
        <translation>Scans und Fotos dieses Dokuments</translation>
    </message>
    <message>
        <source>Scans for {0}</source>
        <translation>Scans für {0}</translation>
    </message>
    <message>
        <source>Scans ({0})</source>
        <translation>Scans ({0})</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n Datei angehängt</numerusform>
            <numerusform>%n Dateien angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>Keine Dateien angehängt</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <translation>Fortschritt der Checkliste</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove this checklist</source>
        <translation>Diese Checkliste entfernen</translation>
    </message>
    <message>
        <source>Checklist: {0}</source>
        <translation>Checkliste: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} von {1} erledigt</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Nichts erforderlich</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Checkliste entfernen</translation>
    </message>
    <message>
        <source>Remove the checklist “{0}” and everything noted in it?</source>
        <translation>Die Checkliste „{0}“ und alles, was darin vermerkt ist, entfernen?</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>expires within 30 days</source>
        <translation>läuft in den nächsten 30 Tagen ab</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Nächstes Datum</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Nichts erforderlich</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} von {1} erledigt</translation>
    </message>
</context>
<context>
    <name>ChecklistsSection</name>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen …</translation>
    </message>
    <message>
        <source>Edit, import and export templates</source>
        <translation>Vorlagen bearbeiten, importieren und exportieren</translation>
    </message>
    <message>
        <source>Select a checklist first: {0} adds to its case.</source>
        <translation>Wählen Sie zuerst eine Checkliste aus: {0} fügt ihrem Fall eine hinzu.</translation>
    </message>
    <message>
        <source>Add a checklist</source>
        <translation>Checkliste hinzufügen</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>No checklists yet. Open a case and add one, or select a checklist here and press {0} to add another to its case.</source>
        <translation>Noch keine Checklisten. Öffnen Sie einen Fall und fügen Sie eine hinzu, oder wählen Sie hier eine Checkliste aus und drücken Sie {0}, um ihrem Fall eine weitere hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n Checkliste</numerusform>
            <numerusform>%n Checklisten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collapsible</name>
    <message>
        <source>Expanded</source>
        <translation>Aufgeklappt</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Zugeklappt</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contacts from a CSV export (Google, Outlook, Thunderbird) or a vCard file. Each becomes a person with a new pseudonym; names, phones, emails, addresses and the contact&apos;s notes are sealed in the identity compartment.</source>
        <translation>Kontakte aus einem CSV-Export (Google, Outlook, Thunderbird) oder einer vCard-Datei. Jeder Kontakt wird zu einer Person mit neuem Pseudonym; Namen, Telefonnummern, E-Mail- und Postadressen sowie die Notizen zum Kontakt werden verschlüsselt in den Identitätsangaben abgelegt.</translation>
    </message>
    <message>
        <source>Role of the imported people</source>
        <translation>Rolle der importierten Personen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Choose a contacts file</source>
        <translation>Eine Kontaktdatei wählen</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Identity (masked)</source>
        <translation>Identitätsangaben (verborgen)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create a vault</source>
        <translation>Einen Tresor anlegen</translation>
    </message>
    <message>
        <source>Everything you keep in it is encrypted with a key made from your passphrase. Choose one you can remember; nobody can reset it for you.</source>
        <translation>Alles, was Sie darin aufbewahren, wird mit einem Schlüssel verschlüsselt, der aus Ihrer Passphrase entsteht. Wählen Sie eine, die Sie sich merken können; niemand kann sie für Sie zurücksetzen.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Ordner für den neuen Tresor</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Einen anderen Ordner wählen</translation>
    </message>
    <message>
        <source>&amp;Remember this location on this computer</source>
        <translation>Diesen Ort auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Remember this vault location</source>
        <translation>Den Ort des Tresors merken</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation>&amp;Tresor anlegen</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Den Tresor anlegen</translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation>Einen Ordner für den Tresor wählen</translation>
    </message>
    <message>
        <source>Making your vault…</source>
        <translation>Ihr Tresor wird angelegt …</translation>
    </message>
    <message>
        <source>{app} is turning your passphrase into a key. This takes a few seconds on purpose: it makes guessing the passphrase very slow.</source>
        <translation>{app} macht aus Ihrer Passphrase einen Schlüssel. Das dauert absichtlich einige Sekunden: So wird das Erraten der Passphrase sehr langsam.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Tresor wird angelegt</translation>
    </message>
    <message>
        <source>That folder already holds files. A new vault needs an empty folder: choose another one.</source>
        <translation>In diesem Ordner liegen schon Dateien. Ein neuer Tresor braucht einen leeren Ordner: Wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type a date like {0} or 2026-12-20, or pick one from the calendar</source>
        <translation>Geben Sie ein Datum ein, etwa {0} oder 2026-12-20, oder wählen Sie es im Kalender</translation>
    </message>
    <message>
        <source>Pick {0} from a calendar</source>
        <translation>{0} im Kalender wählen</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Im Kalender wählen</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Type it like {1} or 2026-12-20, or pick it from the calendar.</source>
        <translation>„{0}“ ist kein Datum. Geben Sie es etwa als {1} oder 2026-12-20 ein oder wählen Sie es im Kalender.</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message>
        <source>It stays in Vault ▸ Recently deleted for 30 days.</source>
        <translation>Es bleibt 30 Tage unter „Tresor ▸ Kürzlich gelöscht“.</translation>
    </message>
    <message>
        <source>Delete immediately, without keeping it in Recently deleted</source>
        <translation>Sofort löschen, ohne es unter „Kürzlich gelöscht“ aufzubewahren</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo could not be made: {0}</source>
        <translation>Der Demo-Tresor konnte nicht angelegt werden: {0}</translation>
    </message>
</context>
<context>
    <name>DemoProgressDialog</name>
    <message>
        <source>Demo vault</source>
        <translation>Demo-Tresor</translation>
    </message>
    <message>
        <source>Making the demo vault…</source>
        <translation>Demo-Tresor wird angelegt …</translation>
    </message>
    <message>
        <source>Made-up cases, people and notes, deleted when you lock it or quit.</source>
        <translation>Erfundene Fälle, Personen und Notizen, gelöscht beim Sperren oder Beenden.</translation>
    </message>
    <message>
        <source>Demo vault progress</source>
        <translation>Fortschritt des Demo-Tresors</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where the backup goes</source>
        <translation>Wohin die Sicherung kommt</translation>
    </message>
    <message>
        <source>A &amp;folder or USB stick</source>
        <translation>Ein &amp;Ordner oder USB-Stick</translation>
    </message>
    <message>
        <source>A bundle for a trusted co&amp;lleague</source>
        <translation>Ein Paket für eine &amp;Vertrauensperson</translation>
    </message>
    <message>
        <source>You carry the backup yourself, apart from the laptop.</source>
        <translation>Sie tragen die Sicherung selbst, getrennt vom Laptop.</translation>
    </message>
    <message>
        <source>The backup is sealed to a colleague&apos;s sharing key, and you give them the bundle. They cannot read it: it also needs your passphrase. Before you can return, they must give you back the backup file it holds, saved from their {app} (Vault ▸ Import a colleague&apos;s bundle…).</source>
        <translation>Die Sicherung wird für den Austauschschlüssel Ihrer Vertrauensperson verschlüsselt, und Sie geben ihr das Paket. Lesen kann sie es nicht: Dafür ist auch Ihre Passphrase nötig. Bevor Sie zurückkehren können, muss sie Ihnen die Sicherungsdatei darin zurückgeben, gespeichert aus ihrem {app} („Tresor ▸ Paket von Kolleginnen oder Kollegen importieren …“).</translation>
    </message>
    <message>
        <source>Your colleague&apos;s sharing key</source>
        <translation>Austauschschlüssel Ihrer Vertrauensperson</translation>
    </message>
    <message>
        <source>age1… (they find it under Sharing key)</source>
        <translation>age1… (zu finden unter „Austauschschlüssel“)</translation>
    </message>
    <message>
        <source>Your colleague&apos;s &amp;sharing key</source>
        <translation>&amp;Austauschschlüssel Ihrer Vertrauensperson</translation>
    </message>
    <message>
        <source>A folder on a USB stick, for example</source>
        <translation>Zum Beispiel ein Ordner auf einem USB-Stick</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>&amp;Your passphrase</source>
        <translation>&amp;Ihre Passphrase</translation>
    </message>
    <message>
        <source>The backup must open with it before anything is erased. You will need it to come back.</source>
        <translation>Die Sicherung muss sich damit öffnen lassen, bevor etwas gelöscht wird. Sie brauchen sie für die Rückkehr.</translation>
    </message>
    <message>
        <source>&amp;Cover passphrase</source>
        <translation>&amp;Passphrase des Deck-Tresors</translation>
    </message>
    <message>
        <source>No duress passphrase is set, so a cover vault is made now. Choose the passphrase you would give if forced to unlock the laptop.</source>
        <translation>Es ist keine Notfall-Passphrase festgelegt, daher wird jetzt ein Deck-Tresor angelegt. Wählen Sie die Passphrase, die Sie nennen würden, wenn man Sie zwingt, den Laptop zu entsperren.</translation>
    </message>
    <message>
        <source>Your duress passphrase will open the cover vault.</source>
        <translation>Ihre Notfall-Passphrase öffnet den Deck-Tresor.</translation>
    </message>
    <message>
        <source>&amp;Folder for the bundle</source>
        <translation>&amp;Ordner für das Paket</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Ordner für das Paket</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle</source>
        <translation>Den Ordner für das Paket wählen</translation>
    </message>
    <message>
        <source>&amp;Folder for the backup</source>
        <translation>&amp;Ordner für die Sicherung</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Ordner für die Sicherung</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Den Ordner für die Sicherung wählen</translation>
    </message>
    <message>
        <source>Paste your colleague&apos;s sharing key.</source>
        <translation>Fügen Sie den Austauschschlüssel Ihrer Vertrauensperson ein.</translation>
    </message>
    <message>
        <source>This is not a sharing key. It starts with age1; ask your colleague to copy it again from Sharing key in their {app}.</source>
        <translation>Das ist kein Austauschschlüssel. Er beginnt mit age1; bitten Sie Ihre Vertrauensperson, ihn noch einmal unter „Austauschschlüssel“ in ihrem {app} zu kopieren.</translation>
    </message>
    <message>
        <source>Choose a folder for the bundle.</source>
        <translation>Wählen Sie einen Ordner für das Paket.</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>Wählen Sie einen Ordner für die Sicherung.</translation>
    </message>
    <message>
        <source>Choose a folder outside the vault&apos;s folder: the vault&apos;s folder is erased.</source>
        <translation>Wählen Sie einen Ordner außerhalb des Tresor-Ordners: Der Tresor-Ordner wird gelöscht.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>DueSoon</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Case deadline: {0}</source>
        <translation>Frist des Falls: {0}</translation>
    </message>
</context>
<context>
    <name>DueSoonSection</name>
    <message>
        <source>How far ahead</source>
        <translation>Wie weit voraus</translation>
    </message>
    <message>
        <source>Overdue and next 30 days</source>
        <translation>Überfälliges und die nächsten 30 Tage</translation>
    </message>
    <message>
        <source>Overdue and next 7 days</source>
        <translation>Überfälliges und die nächsten 7 Tage</translation>
    </message>
    <message>
        <source>Overdue and next 90 days</source>
        <translation>Überfälliges und die nächsten 90 Tage</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Nothing is due. Dates on checklist items show here.</source>
        <translation>Nichts ist fällig. Daten aus Checklistenpunkten erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Notfall-Passphrase</translation>
    </message>
    <message>
        <source>A second passphrase for when you are forced to unlock. Typed where {app} asks for your passphrase, it opens a cover vault that looks and works like an ordinary one. Nothing in the files tells that it exists.</source>
        <translation>Eine zweite Passphrase für den Fall, dass Sie zum Entsperren gezwungen werden. Dort eingegeben, wo {app} nach Ihrer Passphrase fragt, öffnet sie einen Deck-Tresor, der wie ein gewöhnlicher aussieht und funktioniert. Nichts in den Dateien verrät, dass es sie gibt.</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase</source>
        <translation>&amp;Notfall-Passphrase</translation>
    </message>
    <message>
        <source>Fill the cover with a few &amp;ordinary notes</source>
        <translation>Den Deck-Tresor mit ein paar &amp;gewöhnlichen Notizen füllen</translation>
    </message>
    <message>
        <source>&amp;Set duress passphrase</source>
        <translation>Notfall-Passphrase &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Erase this vault when it is typed</source>
        <translation>Diesen Tresor &amp;vernichten, wenn sie eingegeben wird</translation>
    </message>
    <message>
        <source>This vault&apos;s keys are destroyed at that moment: nobody can open it afterwards, you neither; only a backup kept elsewhere brings it back. An examiner finds one ordinary vault, unless they copied the disk before. Risk: if they suspect a wipe, they may hold you longer.</source>
        <translation>Die Schlüssel dieses Tresors werden in diesem Moment vernichtet: Niemand kann ihn danach öffnen, auch Sie nicht; nur eine anderswo aufbewahrte Sicherung bringt ihn zurück. Wer prüft, findet einen gewöhnlichen Tresor, außer der Datenträger wurde vorher kopiert. Risiko: Wer eine Löschung vermutet, hält Sie womöglich länger fest.</translation>
    </message>
    <message>
        <source>&amp;Hide this vault and keep it</source>
        <translation>Diesen Tresor &amp;verbergen und behalten</translation>
    </message>
    <message>
        <source>This vault stays as it is, unseen. Nothing is lost. But it is still there: someone who copies the disk twice may notice a second database changing, and someone who doubts your cover can keep asking.</source>
        <translation>Dieser Tresor bleibt, wie er ist, unsichtbar. Nichts geht verloren. Aber er ist noch da: Wer den Datenträger zweimal kopiert, kann bemerken, dass sich eine zweite Datenbank ändert, und wer Ihrem Deck-Tresor misstraut, kann weiter nachfragen.</translation>
    </message>
    <message>
        <source>A duress passphrase can be set only after unlocking with the passphrase.</source>
        <translation>Eine Notfall-Passphrase lässt sich nur nach dem Entsperren mit der Passphrase festlegen.</translation>
    </message>
    <message>
        <source>A duress passphrase is set. Setting a new one replaces it and its cover.</source>
        <translation>Eine Notfall-Passphrase ist festgelegt. Eine neue ersetzt sie samt ihrem Deck-Tresor.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Keine Notfall-Passphrase festgelegt.</translation>
    </message>
    <message>
        <source>Working… (a few seconds)</source>
        <translation>Wird ausgeführt … (einige Sekunden)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Nothing was changed; check it and try again.</source>
        <translation>Falsche Passphrase. Es wurde nichts geändert; prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This vault is damaged and cannot be read. Nothing was changed. Restore it from a backup.</source>
        <translation>Dieser Tresor ist beschädigt und kann nicht gelesen werden. Es wurde nichts geändert. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it again to go on.</source>
        <translation>Der Tresor ist gesperrt. Entsperren Sie ihn, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the vault is unchanged.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben; der Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>{folder} already holds files; a new vault needs an empty folder.</source>
        <translation>In {folder} liegen schon Dateien; ein neuer Tresor braucht einen leeren Ordner.</translation>
    </message>
    <message>
        <source>This item is no longer in the vault. Nothing was changed.</source>
        <translation>Das ist nicht mehr im Tresor. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk refused to read or write: nothing was changed. Check the disk and try again.</source>
        <translation>Der Datenträger hat das Lesen oder Schreiben verweigert: Es wurde nichts geändert. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}. Nothing was kept of it, and the vault is unchanged.</source>
        <translation>Die Sicherung konnte nicht nach {folder} geschrieben werden. Davon ist nichts geblieben, und der Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was altered on the way. Nothing was imported; ask for it again.</source>
        <translation>Dieses Paket ist beschädigt oder wurde unterwegs verändert. Es wurde nichts importiert; bitten Sie um eine neue Zusendung.</translation>
    </message>
    <message>
        <source>This comes from a demo vault: its cases and people are made up. It was not imported into this real vault; nothing was changed.</source>
        <translation>Das stammt aus einem Demo-Tresor: Seine Fälle und Personen sind erfunden. Es wurde nicht in diesen echten Tresor importiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This comes from a real vault. A demo vault takes only demo data, so real people never appear in a training; nothing was changed.</source>
        <translation>Das stammt aus einem echten Tresor. Ein Demo-Tresor nimmt nur Demo-Daten an, damit echte Personen nie in einer Schulung auftauchen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This file is not a bundle: it is not an age-encrypted file. Choose the .age file your colleague sent; nothing was changed.</source>
        <translation>Diese Datei ist kein Paket: Sie ist nicht mit age verschlüsselt. Wählen Sie die .age-Datei, die Sie erhalten haben; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault is open elsewhere (another {app} window or command). Close it there first.</source>
        <translation>Der Tresor ist an anderer Stelle geöffnet (in einem anderen {app}-Fenster oder -Befehl). Schließen Sie ihn dort zuerst.</translation>
    </message>
    <message>
        <source>This vault failed its authenticity check: it was altered or damaged after {app} wrote it. Nothing was changed. Restore it from a backup.</source>
        <translation>Dieser Tresor hat die Echtheitsprüfung nicht bestanden: Er wurde verändert oder beschädigt, nachdem {app} ihn geschrieben hat. Es wurde nichts geändert. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The checklist template {filename} cannot be used; nothing was changed.</source>
        <translation>Die Vorlage für Checklisten {filename} kann nicht verwendet werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That folder does not hold a {app} vault.</source>
        <translation>Dieser Ordner enthält keinen {app}-Tresor.</translation>
    </message>
    <message>
        <source>The vault file {name} is a link to another file, or not a plain file. {app} stopped and changed nothing. Someone may have put it there: remove it, or restore the vault from a backup.</source>
        <translation>Die Tresordatei {name} ist ein Verweis auf eine andere Datei oder keine gewöhnliche Datei. {app} hat angehalten und nichts geändert. Vielleicht hat jemand sie dort abgelegt: Entfernen Sie sie oder stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This vault uses format version {found}, which this {app} cannot open. Install a newer {app}.</source>
        <translation>Dieser Tresor hat das Format Version {found}, das diese {app}-Version nicht öffnen kann. Installieren Sie eine neuere Version von {app}.</translation>
    </message>
    <message>
        <source>The backup file {file} uses format version {found}, which this {app} cannot read. Install a newer {app}.</source>
        <translation>Die Sicherungsdatei {file} hat das Format Version {found}, das diese {app}-Version nicht lesen kann. Installieren Sie eine neuere Version von {app}.</translation>
    </message>
    <message>
        <source>This bundle cannot be opened here: it was made for another vault&apos;s sharing key, or by a newer {app}. Nothing was changed.</source>
        <translation>Dieses Paket lässt sich hier nicht öffnen: Es wurde für den Austauschschlüssel eines anderen Tresors oder von einer neueren {app}-Version erstellt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Wrong recovery phrase. Nothing was changed; check it and try again.</source>
        <translation>Falsche Wiederherstellungsphrase. Es wurde nichts geändert; prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this bundle. Nothing was changed; check it and try again.</source>
        <translation>Falsche Passphrase für dieses Paket. Es wurde nichts geändert; prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Es wurde nichts geändert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your disk quota is used up: nothing was changed. Free some space and try again.</source>
        <translation>Ihr Speicherkontingent ist aufgebraucht: Es wurde nichts geändert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk or folder is read-only (a locked USB stick, or mounted read-only): nothing was changed. Make it writable and try again.</source>
        <translation>Der Datenträger oder Ordner ist schreibgeschützt (ein gesperrter USB-Stick oder schreibgeschützt eingebunden): Es wurde nichts geändert. Heben Sie den Schreibschutz auf und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error (a failing disk, or a USB stick pulled out): nothing more was written. Copy the vault to another disk and check it there.</source>
        <translation>Der Datenträger hat einen Lese- oder Schreibfehler gemeldet (ein defekter Datenträger oder ein abgezogener USB-Stick): Es wurde nichts weiter geschrieben. Kopieren Sie den Tresor auf einen anderen Datenträger und prüfen Sie ihn dort.</translation>
    </message>
    <message>
        <source>{app} is not allowed to write there: nothing was changed. Check who owns the vault&apos;s folder and try again.</source>
        <translation>{app} darf dort nicht schreiben: Es wurde nichts geändert. Prüfen Sie, wem der Ordner des Tresors gehört, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The folder or file is not there any more.</source>
        <translation>Der Ordner oder die Datei ist nicht mehr da.</translation>
    </message>
    <message>
        <source>The system refused (error {0}). Nothing was changed.</source>
        <translation>Das System hat es verweigert (Fehler {0}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That recovery phrase is not valid: word {0}, “{1}”, is not in the list.</source>
        <translation>Diese Wiederherstellungsphrase ist ungültig: Wort {0}, „{1}“, steht nicht in der Liste.</translation>
    </message>
    <message>
        <source>That recovery phrase is not valid: the words do not fit together (one is probably mistyped or out of order).</source>
        <translation>Diese Wiederherstellungsphrase ist ungültig: Die Wörter passen nicht zusammen (wahrscheinlich ist eines vertippt oder steht an der falschen Stelle).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({0}). Your saved work is kept.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({0}). Ihre gespeicherte Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titel des Falls</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Rolle im Fall</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Safe way to reach</source>
        <translation>Sicher erreichbar über</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titel der Notiz</translation>
    </message>
    <message>
        <source>Item note</source>
        <translation>Notiz zum Punkt</translation>
    </message>
    <message>
        <source>Where the original is</source>
        <translation>Wo das Original ist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Passphrase des Pakets</translation>
    </message>
    <message>
        <source>Report passphrase</source>
        <translation>Passphrase des Berichts</translation>
    </message>
    <message>
        <source>“{0}” is not a date in “{1}”. Type it like {2}.</source>
        <translation>„{0}“ im Feld „{1}“ ist kein Datum. Geben Sie es so ein: {2}.</translation>
    </message>
    <message>
        <source>“{field}” cannot be empty.</source>
        <translation>Das Feld „{field}“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“{field}” holds a character that cannot be stored (a NUL byte).</source>
        <translation>Das Feld „{field}“ enthält ein Zeichen, das nicht gespeichert werden kann (ein Nullbyte).</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices for “{field}”.</source>
        <translation>„{value}“ gehört nicht zu den Möglichkeiten für das Feld „{field}“.</translation>
    </message>
    <message>
        <source>“{ident}” is not an id {app} knows.</source>
        <translation>{app} kennt die Kennung „{ident}“ nicht.</translation>
    </message>
    <message>
        <source>“{ident}” matches more than one item; type more of its id.</source>
        <translation>„{ident}“ passt zu mehreren Einträgen; geben Sie mehr von der Kennung ein.</translation>
    </message>
    <message>
        <source>Another person already has the pseudonym “{pseudonym}”.</source>
        <translation>Eine andere Person hat bereits das Pseudonym „{pseudonym}“.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{path} is not a plain file (a device or a pipe); {app} reads only files.</source>
        <translation>{path} ist keine gewöhnliche Datei (ein Gerät oder eine Pipe); {app} liest nur Dateien.</translation>
    </message>
    <message>
        <source>{name} is a symbolic link; choose the file itself.</source>
        <translation>{name} ist ein symbolischer Link; wählen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>{name} is too large: at most {limit} can be read. Nothing was changed.</source>
        <translation>{name} ist zu groß: höchstens {limit} können gelesen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The file is too large ({size}); an attachment can be at most {limit}.</source>
        <translation>Die Datei ist zu groß ({size}); ein Anhang darf höchstens {limit} groß sein.</translation>
    </message>
    <message>
        <source>The file is empty; there is nothing to attach.</source>
        <translation>Die Datei ist leer; es gibt nichts anzuhängen.</translation>
    </message>
    <message>
        <source>The note or checklist item belongs to another case.</source>
        <translation>Die Notiz oder der Punkt der Checkliste gehört zu einem anderen Fall.</translation>
    </message>
    <message>
        <source>This item is already back in the vault.</source>
        <translation>Dieser Eintrag ist schon wieder im Tresor.</translation>
    </message>
    <message>
        <source>The case or person this belonged to is no longer in the vault; restore that first.</source>
        <translation>Der Fall oder die Person, zu der dies gehörte, ist nicht mehr im Tresor; stellen Sie diese zuerst wieder her.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add a few more words, or take the suggested one.</source>
        <translation>Diese Passphrase ist zu leicht zu erraten. Fügen Sie ein paar Wörter hinzu oder nehmen Sie die vorgeschlagene.</translation>
    </message>
    <message>
        <source>{name} is not a {app} backup file. Nothing was changed.</source>
        <translation>{name} ist keine Sicherungsdatei von {app}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the bundle.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen für das Paket an.</translation>
    </message>
    <message>
        <source>{name} is a backup of another vault. Restore it as a new vault instead.</source>
        <translation>{name} ist eine Sicherung eines anderen Tresors. Stellen Sie sie stattdessen als neuen Tresor wieder her.</translation>
    </message>
    <message>
        <source>{name} was made by a newer {app}, which this one cannot open. Install a newer {app}, or restore it as a new vault to keep it for later.</source>
        <translation>Die Sicherung {name} stammt von einem neueren {app}, den dieser nicht öffnen kann. Installieren Sie einen neueren {app} oder stellen Sie sie als neuen Tresor wieder her, um sie aufzuheben.</translation>
    </message>
    <message>
        <source>An import, export or report is still running. Restore once it has finished.</source>
        <translation>Ein Import, Export oder Bericht läuft noch. Stellen Sie wieder her, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>This vault is damaged, so it cannot be kept as a backup before it is replaced. Restore the backup as a new vault instead; this one stays as it is.</source>
        <translation>Dieser Tresor ist beschädigt und kann deshalb vor dem Ersetzen nicht als Sicherung aufbewahrt werden. Stellen Sie die Sicherung stattdessen als neuen Tresor wieder her; dieser bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>The backup was restored, but writing the vault&apos;s header in {folder} failed. Unlock it with the passphrase it had on the day of the backup, or with the one it had before the restore.</source>
        <translation>Die Sicherung wurde wiederhergestellt, aber der Kopf des Tresors in {folder} konnte nicht geschrieben werden. Entsperren Sie ihn mit der Passphrase vom Tag der Sicherung oder mit der von vor der Wiederherstellung.</translation>
    </message>
    <message>
        <source>{app} may not read {0} (permission denied).</source>
        <translation>{app} darf {0} nicht lesen (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>{0} is not there any more.</source>
        <translation>{0} ist nicht mehr da.</translation>
    </message>
    <message>
        <source>{app} cannot read {0}: the disk or the file refused.</source>
        <translation>{app} kann {0} nicht lesen: der Datenträger oder die Datei verweigert es.</translation>
    </message>
    <message>
        <source>Locking after inactivity takes a whole number of minutes from {0} to {1}, or never.</source>
        <translation>Sperren bei Inaktivität: eine ganze Zahl von Minuten von {0} bis {1} oder nie.</translation>
    </message>
    <message>
        <source>Clearing the clipboard takes a whole number of seconds from {0} to {1}.</source>
        <translation>Leeren der Zwischenablage: eine ganze Zahl von Sekunden von {0} bis {1}.</translation>
    </message>
    <message>
        <source>Hiding a shown identity field again takes a whole number of seconds from {0} to {1}.</source>
        <translation>Erneutes Verbergen angezeigter Identitätsangaben: eine ganze Zahl von Sekunden von {0} bis {1}.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as /media/usb/backups.</source>
        <translation>Der Ordner für Sicherungen muss ein vollständiger Pfad sein, etwa /media/usb/backups.</translation>
    </message>
    <message>
        <source>Automatic backups must be on or off.</source>
        <translation>Automatische Sicherungen können nur ein- oder ausgeschaltet sein.</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>sie ist abgeschnitten</translation>
    </message>
    <message>
        <source>its description has an impossible length</source>
        <translation>ihre Beschreibung hat eine unmögliche Länge</translation>
    </message>
    <message>
        <source>its description cannot be read</source>
        <translation>ihre Beschreibung ist nicht lesbar</translation>
    </message>
    <message>
        <source>its checksum does not match its content</source>
        <translation>ihre Prüfsumme passt nicht zum Inhalt</translation>
    </message>
    <message>
        <source>it is {0} bytes long where {1} were written</source>
        <translation>sie ist {0} Byte lang, geschrieben wurden {1}</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>sie ist nicht lesbar</translation>
    </message>
    <message>
        <source>The backup file {0} is damaged: {1}. Nothing was changed; try an older backup.</source>
        <translation>Die Sicherungsdatei {0} ist beschädigt: {1}. Es wurde nichts geändert; versuchen Sie eine ältere Sicherung.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: the folder is not there. Is the USB stick plugged in? Nothing was kept of it, and the vault is unchanged.</source>
        <translation>Die Sicherung konnte nicht nach {0} geschrieben werden: Den Ordner gibt es nicht. Ist der USB-Stick eingesteckt? Von ihr wurde nichts behalten, der Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>No backup folder was chosen, so no backup was made. Choose one under Backups.</source>
        <translation>Es wurde kein Ordner für Sicherungen gewählt, deshalb wurde keine Sicherung erstellt. Wählen Sie einen unter „Sicherungen“.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}.</source>
        <translation>Die Sicherung konnte nicht nach {0} geschrieben werden.</translation>
    </message>
    <message>
        <source>This bundle is too large: at most {0} MB can be opened. Nothing was changed.</source>
        <translation>Dieses Paket ist zu groß: höchstens {0} MB können geöffnet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This bundle cannot be used: its contents are not what {app} writes (it may be damaged, or made by another program). Nothing was changed.</source>
        <translation>Dieses Paket kann nicht verwendet werden: Sein Inhalt ist nicht so, wie {app} ihn schreibt (es ist vielleicht beschädigt oder von einem anderen Programm erstellt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This bundle is in text form (ASCII-armored); {app} reads binary age files. Ask for the .age file itself. Nothing was changed.</source>
        <translation>Dieses Paket liegt als Text vor (ASCII-armor); {app} liest binäre age-Dateien. Bitten Sie um die .age-Datei selbst. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase; type it to open the bundle. Nothing was changed.</source>
        <translation>Dieses Paket ist mit einer Passphrase geschützt; geben Sie sie ein, um das Paket zu öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This bundle was not encrypted to this vault&apos;s sharing key. Ask the sender to use the key shown under Sharing key. Nothing was changed.</source>
        <translation>Dieses Paket wurde nicht für den Austauschschlüssel dieses Tresors verschlüsselt. Bitten Sie die absendende Person, den unter „Austauschschlüssel“ angezeigten Schlüssel zu verwenden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer {app}; install a newer {app} to open it. Nothing was changed.</source>
        <translation>Dieses Paket stammt von einem neueren {app}; installieren Sie einen neueren {app}, um es zu öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This bundle holds a colleague&apos;s travel backup, not records to import. Choose Preview in Vault ▸ Import a colleague&apos;s bundle… to save the backup file for them. Nothing was changed.</source>
        <translation>Dieses Paket enthält die Reise-Sicherung einer Kollegin oder eines Kollegen, keine Einträge zum Importieren. Wählen Sie „Vorschau“ unter „Tresor ▸ Paket von Kolleginnen oder Kollegen importieren …“, um die Sicherungsdatei für diese Person aufzubewahren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This bundle holds shared records, not a colleague&apos;s travel backup: import it with Vault ▸ Import a colleague&apos;s bundle… Nothing was changed.</source>
        <translation>Dieses Paket enthält geteilte Einträge, keine Reise-Sicherung: Importieren Sie es über „Tresor ▸ Paket von Kolleginnen oder Kollegen importieren …“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This bundle would move a record of this vault to another case or note, so it was not imported. Nothing was changed.</source>
        <translation>Dieses Paket würde einen Eintrag dieses Tresors in einen anderen Fall oder eine andere Notiz verschieben; deshalb wurde es nicht importiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The file is too large ({0}); at most {1} can be imported.</source>
        <translation>Die Datei ist zu groß ({0}); höchstens {1} können importiert werden.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read near line {0}. Nothing was imported.</source>
        <translation>Die CSV-Datei lässt sich um Zeile {0} herum nicht lesen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file holds too many contacts (more than {0}); import it in parts.</source>
        <translation>Die Datei enthält zu viele Kontakte (mehr als {0}); importieren Sie sie in Teilen.</translation>
    </message>
    <message>
        <source>Line {0} of the vCard file is too long.</source>
        <translation>Zeile {0} der vCard-Datei ist zu lang.</translation>
    </message>
    <message>
        <source>The folder holds too many files and folders (more than {0}); choose a smaller one.</source>
        <translation>Der Ordner enthält zu viele Dateien und Ordner (mehr als {0}); wählen Sie einen kleineren.</translation>
    </message>
    <message>
        <source>The folder holds too many Markdown files ({0}); at most {1} can be imported at once.</source>
        <translation>Der Ordner enthält zu viele Markdown-Dateien ({0}); höchstens {1} lassen sich auf einmal importieren.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} ist keine Datei.</translation>
    </message>
    <message>
        <source>The file says it is in the UTF-16 encoding, but it is not.</source>
        <translation>Die Datei gibt die Kodierung UTF-16 an, ist aber anders kodiert.</translation>
    </message>
    <message>
        <source>The file is empty; there is nothing to import.</source>
        <translation>Die Datei ist leer; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>This is not a text file. Choose a CSV or vCard file.</source>
        <translation>Das ist keine Textdatei. Wählen Sie eine CSV- oder vCard-Datei.</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>Die CSV-Datei ist leer.</translation>
    </message>
    <message>
        <source>The CSV file has no column {app} recognises as a name (such as “Name”, “Given Name”, “First Name” or “Last Name”).</source>
        <translation>Die CSV-Datei hat keine Spalte, die {app} als Namen erkennt (etwa „Name“, „Given Name“, „First Name“ oder „Last Name“).</translation>
    </message>
    <message>
        <source>{folder} is not a folder (links to folders are not followed).</source>
        <translation>{folder} ist kein Ordner (Links auf Ordner werden nicht verfolgt).</translation>
    </message>
    <message>
        <source>The folder&apos;s notes are too large to import at once.</source>
        <translation>Die Notizen dieses Ordners sind zu groß, um sie auf einmal zu importieren.</translation>
    </message>
    <message>
        <source>The folder&apos;s notes and images are too large to import at once.</source>
        <translation>Die Notizen und Bilder dieses Ordners sind zu groß, um sie auf einmal zu importieren.</translation>
    </message>
    <message>
        <source>{app} may not write to {path} (permission denied).</source>
        <translation>{app} darf nicht in {path} schreiben (keine Berechtigung).</translation>
    </message>
    <message>
        <source>{app} cannot use {path}; choose another folder.</source>
        <translation>{app} kann {path} nicht verwenden; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{app} may not write beside {folder} (permission denied).</source>
        <translation>{app} darf nicht neben {folder} schreiben (keine Berechtigung).</translation>
    </message>
    <message>
        <source>{app} cannot write beside {folder}; check that the folder is there.</source>
        <translation>{app} kann nicht neben {folder} schreiben; prüfen Sie, ob es den Ordner gibt.</translation>
    </message>
    <message>
        <source>Unlock the vault once with its passphrase first, so it is upgraded.</source>
        <translation>Entsperren Sie den Tresor zuerst einmal mit seiner Passphrase, damit er aktualisiert wird.</translation>
    </message>
    <message>
        <source>The travel backup must go outside the vault&apos;s folder.</source>
        <translation>Die Sicherung für die Reise muss außerhalb des Tresor-Ordners liegen.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the cover vault that stays on the laptop.</source>
        <translation>Wählen Sie eine Passphrase für den Deck-Tresor, der auf dem Laptop bleibt.</translation>
    </message>
    <message>
        <source>This vault is in the old format. Lock and unlock it once to upgrade it, then set a duress passphrase.</source>
        <translation>Dieser Tresor hat noch das alte Format. Sperren und entsperren Sie ihn einmal, damit er aktualisiert wird, und legen Sie dann eine Notfall-Passphrase fest.</translation>
    </message>
    <message>
        <source>This vault has no header to tie the setting to.</source>
        <translation>Dieser Tresor hat keinen Kopf, an den sich die Einstellung binden lässt.</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>{0} within a day</source>
        <translation>{0} innerhalb eines Tages</translation>
    </message>
    <message>
        <source>{0} within a week</source>
        <translation>{0} innerhalb einer Woche</translation>
    </message>
    <message>
        <source>{0} within {1} days</source>
        <translation>{0} innerhalb von {1} Tagen</translation>
    </message>
    <message>
        <source>Expiring documents</source>
        <translation>Ablaufende Dokumente</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show everything that is due</source>
        <translation>Alles zeigen, was fällig ist</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the expiry reminder</source>
        <translation>Die Erinnerung an ablaufende Dokumente ausblenden</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} überfällig</translation>
    </message>
    <message>
        <source>Documents expiring: {0}</source>
        <translation>Ablaufende Dokumente: {0}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for a colleague</source>
        <translation>Für Kolleginnen und Kollegen exportieren</translation>
    </message>
    <message>
        <source>Include &amp;identities</source>
        <translation>&amp;Identitätsangaben aufnehmen</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Paket speichern unter</translation>
    </message>
    <message>
        <source>Where to save the bundle (.age)</source>
        <translation>Wo das Paket gespeichert wird (.age)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>This &amp;case</source>
        <translation>Diesen &amp;Fall</translation>
    </message>
    <message>
        <source>The &amp;whole vault</source>
        <translation>Den &amp;ganzen Tresor</translation>
    </message>
    <message>
        <source>This &amp;case: {0}</source>
        <translation>Diesen &amp;Fall: {0}</translation>
    </message>
    <message>
        <source>To colleagues&apos; sharing &amp;keys (age)</source>
        <translation>Für die &amp;Austauschschlüssel von Kolleginnen und Kollegen (age)</translation>
    </message>
    <message>
        <source>With a &amp;passphrase</source>
        <translation>Mit einer &amp;Passphrase</translation>
    </message>
    <message>
        <source>age1… (one sharing key per line)</source>
        <translation>age1… (ein Austauschschlüssel pro Zeile)</translation>
    </message>
    <message>
        <source>Recipients&apos; sharing keys, one per line</source>
        <translation>Austauschschlüssel der Empfänger, einer pro Zeile</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation>Wer es öffnen kann</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <source>The bundle will hold these identity fields in clear for anyone who can open it: {0}. Include them only if your colleague needs them and the channel is safe.</source>
        <translation>Das Paket enthält diese Identitätsangaben lesbar für alle, die es öffnen können: {0}. Nehmen Sie sie nur auf, wenn die Empfänger sie brauchen und der Übertragungsweg sicher ist.</translation>
    </message>
    <message>
        <source>Line {0}: not an age public key.</source>
        <translation>Zeile {0}: kein öffentlicher age-Schlüssel.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Das Paket speichern</translation>
    </message>
    <message>
        <source>age bundles (*.age)</source>
        <translation>age-Pakete (*.age)</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Wählen Sie, wo das Paket gespeichert wird.</translation>
    </message>
    <message>
        <source>Paste at least one colleague&apos;s sharing key (age1…).</source>
        <translation>Fügen Sie mindestens einen Austauschschlüssel ein (age1…).</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Wird verschlüsselt …</translation>
    </message>
    <message>
        <source>with identity fields</source>
        <translation>mit Identitätsangaben</translation>
    </message>
    <message>
        <source>pseudonyms only</source>
        <translation>nur Pseudonyme</translation>
    </message>
    <message>
        <source>Saved {0} ({1}).</source>
        <translation>{0} gespeichert ({1}).</translation>
    </message>
</context>
<context>
    <name>FailedUnlockSetting</name>
    <message>
        <source>Erase the vault after this many failed unlocks</source>
        <translation>Tresor nach so vielen fehlgeschlagenen Entsperrversuchen löschen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>After %n failed unlocks</source>
        <translation>
            <numerusform>Nach %n fehlgeschlagenen Entsperrversuch</numerusform>
            <numerusform>Nach %n fehlgeschlagenen Entsperrversuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase the vault</source>
        <translation>Tresor &amp;löschen</translation>
    </message>
    <message>
        <source>Say &amp;how many attempts are left</source>
        <translation>Sagen, &amp;wie viele Versuche bleiben</translation>
    </message>
    <message>
        <source>After a wrong passphrase, say how many attempts are left</source>
        <translation>Nach einer falschen Passphrase sagen, wie viele Versuche bleiben</translation>
    </message>
    <message>
        <source>Counted on this computer, not in the vault: by the window and the command line, with the passphrase, the recovery phrase and the duress passphrase alike; a correct one starts the count again. A copy of the vault&apos;s folder taken to another computer is not counted. Read COERCION.md first.</source>
        <translation>Gezählt auf diesem Computer, nicht im Tresor: im Fenster und auf der Befehlszeile, für die Passphrase, die Wiederherstellungsphrase und die Notfall-Passphrase gleich; eine richtige beginnt die Zählung neu. Eine Kopie des Tresorordners auf einem anderen Computer wird nicht gezählt. Lesen Sie zuerst COERCION.md.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Legal name</source>
        <translation>Name laut Ausweis</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Andere Namen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Dokumentnummern</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Identity notes</source>
        <translation>Notizen zur Identität</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Edit identity</source>
        <translation>Identitätsangaben bearbeiten</translation>
    </message>
    <message>
        <source>Fill in only what you need. Hidden fields keep what is stored unless you type a new value or remove it.</source>
        <translation>Füllen Sie nur aus, was Sie brauchen. Verborgene Felder behalten ihren Wert, bis Sie einen neuen eingeben oder ihn entfernen.</translation>
    </message>
    <message>
        <source>Empty a field to remove it from the vault.</source>
        <translation>Leeren Sie ein Feld, um es aus dem Tresor zu entfernen.</translation>
    </message>
    <message>
        <source>Stored (hidden); type to replace</source>
        <translation>Gespeichert (verborgen); zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {0} from the vault when you save</source>
        <translation>{0} beim Speichern aus dem Tresor entfernen</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>{0} entfernen</translation>
    </message>
    <message>
        <source>{0}, removed when you save</source>
        <translation>{0}, wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>{0}, stored and hidden; typing replaces it</source>
        <translation>{0}, gespeichert und verborgen; eine neue Eingabe ersetzt den Wert</translation>
    </message>
    <message>
        <source>{0}, stored</source>
        <translation>{0}, gespeichert</translation>
    </message>
    <message>
        <source>Removed when you save</source>
        <translation>Wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>{0} behalten</translation>
    </message>
    <message>
        <source>{0}, empty</source>
        <translation>{0}, leer</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Identity</source>
        <translation>Identitätsangaben</translation>
    </message>
    <message>
        <source>Hidden. Each reveal is written to the activity log.</source>
        <translation>Verborgen. Jedes Anzeigen wird im Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Reveal the identity details</source>
        <translation>Die Identitätsangaben anzeigen</translation>
    </message>
    <message>
        <source>Edit identity…</source>
        <translation>Identitätsangaben bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the identity details</source>
        <translation>Die Identitätsangaben bearbeiten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>{0} kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Fields stored: %n. Each reveal is written to the activity log.</source>
        <translation>
            <numerusform>%n Feld gespeichert. Jedes Anzeigen wird im Verlauf festgehalten.</numerusform>
            <numerusform>%n Felder gespeichert. Jedes Anzeigen wird im Verlauf festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity details are stored for this person.</source>
        <translation>Für diese Person sind keine Identitätsangaben gespeichert.</translation>
    </message>
    <message>
        <source>Identity · hidden</source>
        <translation>Identitätsangaben · verborgen</translation>
    </message>
    <message>
        <source>Identity · nothing stored</source>
        <translation>Identitätsangaben · nichts gespeichert</translation>
    </message>
    <message>
        <source>{0}, hidden</source>
        <translation>{0}, verborgen</translation>
    </message>
    <message>
        <source>{0}, shown</source>
        <translation>{0}, angezeigt</translation>
    </message>
    <message>
        <source>Identity · shown</source>
        <translation>Identitätsangaben · angezeigt</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the identity details</source>
        <translation>Die Identitätsangaben verbergen</translation>
    </message>
    <message numerus="yes">
        <source>Hides again in %n s</source>
        <translation>
            <numerusform>Wird in %n s wieder verborgen</numerusform>
            <numerusform>Wird in %n s wieder verborgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} copied; the clipboard is cleared in %n s</source>
        <translation>
            <numerusform>{0} kopiert; die Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>{0} kopiert; die Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import a colleague&apos;s bundle</source>
        <translation>Paket von Kolleginnen oder Kollegen importieren</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>The .age file you received</source>
        <translation>Die erhaltene .age-Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Bundle &amp;passphrase</source>
        <translation>&amp;Passphrase des Pakets</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Passphrase des Pakets</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Was der Import tut</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Save the backup…</source>
        <translation>Sicherung &amp;speichern …</translation>
    </message>
    <message>
        <source>Bundle &amp;file</source>
        <translation>Paket&amp;datei</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Ein Paket wählen</translation>
    </message>
    <message>
        <source>age bundles (*.age);;All files (*)</source>
        <translation>age-Pakete (*.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the bundle file first.</source>
        <translation>Wählen Sie zuerst die Paketdatei.</translation>
    </message>
    <message>
        <source>Decrypting and checking…</source>
        <translation>Wird entschlüsselt und geprüft …</translation>
    </message>
    <message>
        <source>Folder for your colleague&apos;s backup</source>
        <translation>Ordner für die Sicherung Ihrer Kollegin oder Ihres Kollegen</translation>
    </message>
    <message>
        <source>Saved the backup file {0} in {1}. Give this file back to your colleague when they return; they choose it in Vault ▸ Return from travel… You can delete the bundle itself.</source>
        <translation>Die Sicherungsdatei {0} wurde in {1} gespeichert. Geben Sie diese Datei nach der Rückkehr an Ihre Kollegin oder Ihren Kollegen zurück; sie wird unter „Tresor ▸ Rückkehr von der Reise …“ gewählt. Das Paket selbst können Sie löschen.</translation>
    </message>
    <message>
        <source>This bundle holds a colleague&apos;s travel backup, not records to import. You cannot read it: it opens only with their passphrase. Save the backup file it holds for them, and give it back when they return (on a USB stick, for example). Nothing is added to your vault.</source>
        <translation>Dieses Paket enthält die Reise-Sicherung einer Kollegin oder eines Kollegen, keine Einträge zum Importieren. Sie können sie nicht lesen: Sie öffnet sich nur mit der Passphrase dieser Person. Speichern Sie die Sicherungsdatei darin für sie und geben Sie sie nach der Rückkehr zurück (zum Beispiel auf einem USB-Stick). Ihrem Tresor wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>A bundle of one case.</source>
        <translation>Ein Paket mit einem Fall.</translation>
    </message>
    <message>
        <source>A bundle of a whole vault.</source>
        <translation>Ein Paket mit einem ganzen Tresor.</translation>
    </message>
    <message>
        <source>Identity fields included: {0}.</source>
        <translation>Enthaltene Identitätsangaben: {0}.</translation>
    </message>
    <message>
        <source>Pseudonyms only (no identity fields).</source>
        <translation>Nur Pseudonyme (keine Identitätsangaben).</translation>
    </message>
    <message>
        <source>It holds: {0}.</source>
        <translation>Enthält: {0}.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n Checkliste</numerusform>
            <numerusform>%n Checklisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Would add {0}, update {1}, keep {2} newer here; {3} conflicts; {4} unchanged.</source>
        <translation>Würde {0} hinzufügen, {1} aktualisieren, {2} hier neuere behalten; {3} Konflikte; {4} unverändert.</translation>
    </message>
    <message>
        <source>Added {0}, updated {1}, kept {2} newer here; {3} conflicts; {4} unchanged.</source>
        <translation>{0} hinzugefügt, {1} aktualisiert, {2} hier neuere behalten; {3} Konflikte; {4} unverändert.</translation>
    </message>
    <message>
        <source>Conflicts (both versions kept and tagged import-conflict; the newer keeps its place):</source>
        <translation>Konflikte (beide Fassungen bleiben erhalten und tragen das Schlagwort import-conflict; die neuere behält ihren Platz):</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>row {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <source>card {0} (line {1})</source>
        <translation>Karte {0} (Zeile {1})</translation>
    </message>
    <message>
        <source>the same legal name and phone as {0}</source>
        <translation>derselbe Name laut Ausweis und dieselbe Telefonnummer wie {0}</translation>
    </message>
    <message>
        <source>too large for a note (more than {0} characters)</source>
        <translation>zu groß für eine Notiz (mehr als {0} Zeichen)</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>lässt sich nicht lesen (keine Berechtigung)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (bad encoding)</source>
        <translation>kein gültiger UTF-8-Text (falsche Kodierung)</translation>
    </message>
    <message>
        <source>holds a character that cannot be stored (a NUL byte)</source>
        <translation>enthält ein Zeichen, das sich nicht speichern lässt (ein NUL-Byte)</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <source>empty card</source>
        <translation>leere Karte</translation>
    </message>
    <message>
        <source>the card has no end (END:VCARD is missing)</source>
        <translation>die Karte hat kein Ende (END:VCARD fehlt)</translation>
    </message>
    <message>
        <source>{property} is in an unknown encoding, “{charset}”</source>
        <translation>{property} ist in einer unbekannten Kodierung, „{charset}“</translation>
    </message>
    <message>
        <source>{property} holds text that is not valid {charset}</source>
        <translation>{property} enthält Text, der kein gültiges {charset} ist</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>a person with the same legal name and phone is already in the vault</source>
        <translation>eine Person mit demselben Namen laut Ausweis und derselben Telefonnummer ist schon im Tresor</translation>
    </message>
    <message>
        <source>cannot be kept</source>
        <translation>lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>folders nested too deep</source>
        <translation>Ordner zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a symbolic link (never followed)</source>
        <translation>ein symbolischer Link (Links werden nie verfolgt)</translation>
    </message>
    <message>
        <source>hidden folder</source>
        <translation>versteckter Ordner</translation>
    </message>
    <message>
        <source>hidden file</source>
        <translation>versteckte Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>not a Markdown file, and no note shows it</source>
        <translation>keine Markdown-Datei, und keine Notiz zeigt sie</translation>
    </message>
    <message>
        <source>image too large to attach, or empty</source>
        <translation>Bild zu groß für einen Anhang, oder leer</translation>
    </message>
    <message>
        <source>linked, but not an image {app} attaches</source>
        <translation>verlinkt, aber kein Bild, das {app} anhängt</translation>
    </message>
    <message>
        <source>images are attached only from the app</source>
        <translation>Bilder werden nur in der App angehängt</translation>
    </message>
    <message>
        <source>hidden metadata could not be removed</source>
        <translation>versteckte Metadaten ließen sich nicht entfernen</translation>
    </message>
</context>
<context>
    <name>ItemScansDialog</name>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Scans for {0}</source>
        <translation>Scans für {0}</translation>
    </message>
    <message>
        <source>Scans for “{0}”</source>
        <translation>Scans für „{0}“</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LinkPersonDialog</name>
    <message>
        <source>Link a person</source>
        <translation>Eine Person verknüpfen</translation>
    </message>
    <message>
        <source>Find by pseudonym</source>
        <translation>Nach Pseudonym suchen</translation>
    </message>
    <message>
        <source>Find a person by pseudonym</source>
        <translation>Eine Person nach Pseudonym suchen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>e.g. applicant, sponsor, lawyer</source>
        <translation>z. B. Antragsteller, Bürge, Anwältin</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Rolle in diesem Fall</translation>
    </message>
    <message>
        <source>Or add someone new</source>
        <translation>Oder jemanden neu hinzufügen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Link the person to this case</source>
        <translation>Die Person mit diesem Fall verknüpfen</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Add and link</source>
        <translation>Hinzufügen und verknüpfen</translation>
    </message>
</context>
<context>
    <name>MarkdownImportDialog</name>
    <message>
        <source>Import notes from Markdown</source>
        <translation>Notizen aus Markdown importieren</translation>
    </message>
    <message>
        <source>A folder of Markdown files, as Obsidian keeps them or Joplin exports them. Titles, tags and dates come from each file&apos;s front matter; images the notes show are attached without their hidden metadata. The folder is only read.</source>
        <translation>Ein Ordner mit Markdown-Dateien, wie Obsidian sie aufbewahrt oder Joplin sie exportiert. Titel, Schlagwörter und Daten stammen aus dem Kopfbereich jeder Datei; Bilder, die in den Notizen vorkommen, werden ohne ihre verborgenen Metadaten angehängt. Der Ordner wird nur gelesen.</translation>
    </message>
    <message>
        <source>Case for the imported notes</source>
        <translation>Fall für die importierten Notizen</translation>
    </message>
    <message>
        <source>No case (notes on their own)</source>
        <translation>Kein Fall (eigenständige Notizen)</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation>Einen Ordner mit Markdown-Dateien wählen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags and images</source>
        <translation>Schlagwörter und Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <source>Links are not opened from notes: {0}</source>
        <translation>Links in Notizen werden nicht geöffnet: {0}</translation>
    </message>
</context>
<context>
    <name>NewRecoveryPhraseDialog</name>
    <message>
        <source>New recovery phrase</source>
        <translation>Neue Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>A new recovery phrase replaces the one on your paper: once you have written the new words down, the old phrase no longer opens this vault. Backups made before today still open with the old phrase.</source>
        <translation>Eine neue Wiederherstellungsphrase ersetzt die auf Ihrem Zettel: Sobald Sie die neuen Wörter aufgeschrieben haben, öffnet die alte Phrase diesen Tresor nicht mehr. Sicherungen von vor heute öffnen sich weiterhin mit der alten Wiederherstellungsphrase.</translation>
    </message>
    <message>
        <source>Make a new recovery phrase</source>
        <translation>Eine neue Wiederherstellungsphrase erstellen</translation>
    </message>
    <message>
        <source>&amp;Show the new words</source>
        <translation>Die neuen Wörter &amp;zeigen</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Geben Sie zuerst die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>The new recovery phrase is in place. Destroy the old paper: it no longer opens this vault.</source>
        <translation>Die neue Wiederherstellungsphrase gilt. Vernichten Sie den alten Zettel: Er öffnet diesen Tresor nicht mehr.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note title</source>
        <translation>Titel der Notiz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Pinned notes stay at the top of the case</source>
        <translation>Angeheftete Notizen bleiben oben im Fall</translation>
    </message>
    <message>
        <source>Pin this note</source>
        <translation>Diese Notiz anheften</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf …</translation>
    </message>
    <message>
        <source>Earlier versions of this note</source>
        <translation>Frühere Fassungen dieser Notiz</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Diese Notiz löschen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Write or preview</source>
        <translation>Schreiben oder Vorschau</translation>
    </message>
    <message>
        <source>Switch with {0}</source>
        <translation>Umschalten mit {0}</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>Text der Notiz (Markdown)</translation>
    </message>
    <message>
        <source>Write here. Markdown works: # heading, **bold**, - list, [ ] to do.</source>
        <translation>Schreiben Sie hier. Markdown funktioniert: # Überschrift, **fett**, - Liste, [ ] Aufgabe.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Vorschau der Notiz</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <source>This note is no longer in the vault.</source>
        <translation>Diese Notiz ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>← Case</source>
        <translation>← Fall</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>Zurück zum Fall</translation>
    </message>
    <message>
        <source>← Person</source>
        <translation>← Person</translation>
    </message>
    <message>
        <source>Back to the person</source>
        <translation>Zurück zur Person</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved; a note needs a title, so the last one is kept</source>
        <translation>Gespeichert; eine Notiz braucht einen Titel, daher bleibt der bisherige</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete this note and all its earlier versions?</source>
        <translation>Diese Notiz und alle ihre früheren Fassungen löschen?</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Notiz gelöscht</translation>
    </message>
</context>
<context>
    <name>PanicCountdown</name>
    <message>
        <source>Erase the vault</source>
        <translation>Tresor löschen</translation>
    </message>
    <message>
        <source>Seconds left before the vault is erased</source>
        <translation>Sekunden, bis der Tresor gelöscht wird</translation>
    </message>
    <message>
        <source>Cancel: keep the vault</source>
        <translation>Abbrechen: Tresor behalten</translation>
    </message>
    <message>
        <source>Erased for good: the vault in the folder “{0}”. Afterwards nothing opens it, not the passphrase, not the recovery phrase.</source>
        <translation>Endgültig gelöscht wird: der Tresor im Ordner „{0}“. Danach öffnet ihn nichts mehr, weder die Passphrase noch die Wiederherstellungsphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Also erased: %n backup(s) in the vault&apos;s folder.</source>
        <translation>
            <numerusform>Ebenfalls gelöscht wird %n Sicherung im Ordner des Tresors.</numerusform>
            <numerusform>Ebenfalls gelöscht werden %n Sicherungen im Ordner des Tresors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not erased: the backups in “{0}” (%n found there). They open with the passphrase the vault had when each was made; destroy them yourself if they must go too.</source>
        <translation>
            <numerusform>Nicht gelöscht werden: die Sicherungen in „{0}“ (dort %n gefunden). Sie öffnen sich mit der Passphrase, die der Tresor bei ihrer Erstellung hatte; vernichten Sie sie selbst, wenn auch sie verschwinden müssen.</numerusform>
            <numerusform>Nicht gelöscht werden: die Sicherungen in „{0}“ (dort %n gefunden). Sie öffnen sich mit der Passphrase, die der Tresor bei ihrer Erstellung hatte; vernichten Sie sie selbst, wenn auch sie verschwinden müssen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Cancel or Esc to keep everything.</source>
        <translation>Drücken Sie Abbrechen oder Esc, um alles zu behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Erasing the vault in %n second(s)</source>
        <translation>
            <numerusform>Der Tresor wird in %n Sekunde gelöscht</numerusform>
            <numerusform>Der Tresor wird in %n Sekunden gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <source>Demo vault</source>
        <translation>Demo-Tresor</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>The vault was erased. These entries in its folder are links to other files and were left alone: {0}</source>
        <translation>Der Tresor wurde gelöscht. Diese Einträge in seinem Ordner sind Verknüpfungen zu anderen Dateien und blieben unberührt: {0}</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>At least ten characters; several random words are best.</source>
        <translation>Mindestens zehn Zeichen; am besten mehrere zufällige Wörter.</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Die Passphrase zeigen</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>&amp;Noch einmal eingeben</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Neue Passphrase, noch einmal</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>Eine Passphrase &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Suggest a passphrase of six random words</source>
        <translation>Eine Passphrase aus sechs zufälligen Wörtern vorschlagen</translation>
    </message>
    <message>
        <source>Choose a passphrase first, or let {app} suggest one.</source>
        <translation>Wählen Sie zuerst eine Passphrase oder lassen Sie {app} eine vorschlagen.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation>Diese Passphrase ist zu leicht zu erraten.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type it again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie sie noch einmal ein.</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Die Passphrase verbergen</translation>
    </message>
    <message>
        <source>Six random words are strong and easy to type.</source>
        <translation>Sechs zufällige Wörter sind stark und leicht zu tippen.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Strength: {0}.</source>
        <translation>Stärke: {0}.</translation>
    </message>
    <message>
        <source>Strength: {0}. {1}</source>
        <translation>Stärke: {0}. {1}</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Passphrase des Pakets</translation>
    </message>
    <message>
        <source>Report passphrase</source>
        <translation>Passphrase für den Bericht</translation>
    </message>
    <message>
        <source>Cover passphrase</source>
        <translation>Passphrase des Deck-Tresors</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Notfall-Passphrase</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>{0} (again)</source>
        <translation>{0} (noch einmal)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Client</source>
        <translation>Klient/in</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Anwalt/Anwältin</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Botschaft</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Schlagwörter: {0}</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Filter by role</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Add a person ({0})</source>
        <translation>Eine Person hinzufügen ({0})</translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation>Rolle der neuen Person</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Create the person</source>
        <translation>Die Person anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the new person</source>
        <translation>Neue Person verwerfen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Nobody with this role.</source>
        <translation>Niemand mit dieser Rolle.</translation>
    </message>
    <message>
        <source>No people yet — press {0} to add someone by a pseudonym.</source>
        <translation>Noch keine Personen – drücken Sie {0}, um jemanden unter einem Pseudonym hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>Personen: %n</numerusform>
            <numerusform>Personen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>This person is no longer in the vault.</source>
        <translation>Diese Person ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. through the shelter&apos;s caseworker</source>
        <translation>z. B. über die Sozialarbeiterin der Unterkunft</translation>
    </message>
    <message>
        <source>Safe way to reach them</source>
        <translation>Sicherer Weg, die Person zu erreichen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Safe way to reach</source>
        <translation>Sicher erreichbar über</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Person löschen …</translation>
    </message>
    <message>
        <source>Delete this person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Not in any case yet. Link them from a case.</source>
        <translation>Noch in keinem Fall. Verknüpfen Sie die Person aus einem Fall heraus.</translation>
    </message>
    <message>
        <source>Open case {0}</source>
        <translation>Fall {0} öffnen</translation>
    </message>
    <message>
        <source>A person needs a pseudonym; the old one is kept for now.</source>
        <translation>Eine Person braucht ein Pseudonym; das bisherige bleibt vorerst erhalten.</translation>
    </message>
    <message>
        <source>Delete this person, their identity details and the notes kept on them? Their cases stay.</source>
        <translation>Diese Person, ihre Identitätsangaben und die Notizen zu ihr löschen? Ihre Fälle bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>Person gelöscht</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Nothing was saved. Please fix these and try again:</source>
        <translation>Es wurde nichts gespeichert. Bitte korrigieren Sie Folgendes und versuchen Sie es erneut:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
</context>
<context>
    <name>PseudonymField</name>
    <message>
        <source>A pseudonym, never the real name</source>
        <translation>Ein Pseudonym, nie der echte Name</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Language of generated pseudonyms</source>
        <translation>Sprache der erzeugten Pseudonyme</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Generate a pseudonym</source>
        <translation>Ein Pseudonym erzeugen</translation>
    </message>
    <message>
        <source>Suggest a plausible pseudonym that nobody else in this vault has</source>
        <translation>Ein glaubwürdiges Pseudonym vorschlagen, das in diesem Tresor noch niemand hat</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted</source>
        <translation>Kürzlich gelöscht</translation>
    </message>
    <message>
        <source>Deleted cases, people, notes and files stay here for 30 days, then are erased for good. Until then they are still inside the vault: anyone who unlocks it can restore them. Empty the bin before a border crossing.</source>
        <translation>Gelöschte Fälle, Personen, Notizen und Dateien bleiben hier 30 Tage und werden dann endgültig gelöscht. Bis dahin sind sie noch im Tresor: Wer ihn entsperrt, kann sie wiederherstellen. Leeren Sie den Papierkorb vor einem Grenzübertritt.</translation>
    </message>
    <message>
        <source>Nothing was deleted in the last 30 days.</source>
        <translation>In den letzten 30 Tagen wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>Jetzt &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Empty the bin now…</source>
        <translation>Papierkorb jetzt &amp;leeren …</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Erased for good on</source>
        <translation>Endgültig gelöscht am</translation>
    </message>
    <message>
        <source>Recently deleted items</source>
        <translation>Kürzlich gelöschte Einträge</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erase “{0}” for good? It cannot be restored afterwards.</source>
        <translation>„{0}“ endgültig löschen? Danach lässt es sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Erase all %n deleted item(s) for good? None can be restored afterwards.</source>
        <translation>
            <numerusform>%n gelöschten Eintrag endgültig löschen? Danach lässt er sich nicht wiederherstellen.</numerusform>
            <numerusform>Alle %n gelöschten Einträge endgültig löschen? Danach lässt sich keiner wiederherstellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Not undone: {0}</source>
        <translation>Nicht rückgängig gemacht: {0}</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen rückgängig machen</translation>
    </message>
    <message>
        <source>Put every field back as it was when opened ({0})</source>
        <translation>Jedes Feld so zurücksetzen, wie es beim Öffnen war ({0})</translation>
    </message>
    <message>
        <source>Undo all changes since this was opened</source>
        <translation>Alle Änderungen seit dem Öffnen rückgängig machen</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the vault</source>
        <translation>Den Tresor wiederherstellen</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Eine neue Passphrase festlegen</translation>
    </message>
    <message>
        <source>Type the 24 words of the recovery phrase from your paper, then choose a new passphrase. The recovery phrase keeps working afterwards.</source>
        <translation>Geben Sie die 24 Wörter der Wiederherstellungsphrase von Ihrem Zettel ein und wählen Sie dann eine neue Passphrase. Die Wiederherstellungsphrase bleibt danach gültig.</translation>
    </message>
    <message>
        <source>Recovery &amp;phrase</source>
        <translation>&amp;Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Recovery phrase, 24 words</source>
        <translation>Wiederherstellungsphrase, 24 Wörter</translation>
    </message>
    <message>
        <source>word1 word2 word3 …</source>
        <translation>Wort1 Wort2 Wort3 …</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>Setting the new passphrase</source>
        <translation>Die neue Passphrase wird festgelegt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Abbrechen und zurück</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation>Passphrase festlegen und &amp;entsperren</translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock</source>
        <translation>Die neue Passphrase festlegen und entsperren</translation>
    </message>
    <message>
        <source>Type the recovery phrase first.</source>
        <translation>Geben Sie zuerst die Wiederherstellungsphrase ein.</translation>
    </message>
    <message>
        <source>That recovery phrase does not open this vault. Check each word against your paper. Nothing was changed.</source>
        <translation>Diese Wiederherstellungsphrase öffnet diesen Tresor nicht. Vergleichen Sie jedes Wort mit Ihrem Zettel. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>RecoveryPhraseStep</name>
    <message>
        <source>Write down your recovery phrase</source>
        <translation>Schreiben Sie Ihre Wiederherstellungsphrase auf</translation>
    </message>
    <message>
        <source>These 24 words open the vault if the passphrase is ever lost. Write them on paper, in order, and keep the paper away from this computer. They are shown only now and cannot be copied, on purpose.</source>
        <translation>Diese 24 Wörter öffnen den Tresor, falls die Passphrase einmal verloren geht. Schreiben Sie sie der Reihe nach auf Papier und bewahren Sie den Zettel fern von diesem Computer auf. Sie werden nur jetzt gezeigt und können absichtlich nicht kopiert werden.</translation>
    </message>
    <message>
        <source>Recovery phrase, 24 numbered words</source>
        <translation>Wiederherstellungsphrase, 24 nummerierte Wörter</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>Wort {0}: {1}</translation>
    </message>
    <message>
        <source>I have &amp;written them down</source>
        <translation>Ich habe sie &amp;aufgeschrieben</translation>
    </message>
    <message>
        <source>I have written the words down</source>
        <translation>Ich habe die Wörter aufgeschrieben</translation>
    </message>
    <message>
        <source>Check what you wrote</source>
        <translation>Prüfen Sie, was Sie notiert haben</translation>
    </message>
    <message>
        <source>Type these three words from your paper, to be sure it is right.</source>
        <translation>Geben Sie diese drei Wörter von Ihrem Zettel ein, um sicherzugehen, dass alles stimmt.</translation>
    </message>
    <message>
        <source>Word {0}</source>
        <translation>Wort {0}</translation>
    </message>
    <message>
        <source>Word {0} of the recovery phrase</source>
        <translation>Wort {0} der Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Show the &amp;words again</source>
        <translation>Die &amp;Wörter noch einmal zeigen</translation>
    </message>
    <message>
        <source>Show the recovery phrase again</source>
        <translation>Die Wiederherstellungsphrase noch einmal zeigen</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Confirm the three words</source>
        <translation>Die drei Wörter bestätigen</translation>
    </message>
    <message>
        <source>Word {0} does not match. Look at your paper again, or show the words again and correct it.</source>
        <translation>Wort {0} stimmt nicht überein. Sehen Sie noch einmal auf Ihren Zettel, oder lassen Sie sich die Wörter noch einmal zeigen und korrigieren Sie es.</translation>
    </message>
</context>
<context>
    <name>RepairNotices</name>
    <message>
        <source>The vault file %1 was damaged and was rewritten from the intact copy. Damage can mean a failing disk or someone at work on the files.</source>
        <translation>Die Tresordatei %1 war beschädigt und wurde aus der unversehrten Kopie neu geschrieben. Beschädigung kann auf einen fehlerhaften Datenträger hindeuten – oder darauf, dass sich jemand an den Dateien zu schaffen gemacht hat.</translation>
    </message>
    <message>
        <source>The vault file %1 was missing and was written again from the intact copy.</source>
        <translation>Die Tresordatei %1 fehlte und wurde aus der unversehrten Kopie neu geschrieben.</translation>
    </message>
    <message>
        <source>The vault file %1 was left behind by a change cut short and was brought up to date.</source>
        <translation>Die Tresordatei %1 stammte von einer abgebrochenen Änderung und wurde auf den neuesten Stand gebracht.</translation>
    </message>
    <message>
        <source>Part of the vault&apos;s commit record (%1) failed its authenticity check and was rewritten. The vault holds every change on record.</source>
        <translation>Ein Teil des Änderungsprotokolls des Tresors (%1) hat die Echtheitsprüfung nicht bestanden und wurde neu geschrieben. Der Tresor enthält jede protokollierte Änderung.</translation>
    </message>
    <message>
        <source>This vault was restored from a backup: its commit record starts again from the restored state. If you did not restore it, someone replaced its files.</source>
        <translation>Dieser Tresor wurde aus einer Sicherung wiederhergestellt: Sein Änderungsprotokoll beginnt beim wiederhergestellten Stand neu. Wenn Sie ihn nicht wiederhergestellt haben, hat jemand seine Dateien ersetzt.</translation>
    </message>
    <message>
        <source>This vault now keeps a commit record, so a lost change will be detected.</source>
        <translation>Dieser Tresor führt jetzt ein Änderungsprotokoll, sodass eine verlorene Änderung bemerkt wird.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return from travel</source>
        <translation>Rückkehr von der Reise</translation>
    </message>
    <message>
        <source>Everything in the vault open now is erased. Afterwards, set your duress passphrase again in Settings.</source>
        <translation>Alles im jetzt geöffneten Tresor wird gelöscht. Legen Sie danach Ihre Notfall-Passphrase in den Einstellungen erneut fest.</translation>
    </message>
    <message>
        <source>Return progress</source>
        <translation>Fortschritt der Rückkehr</translation>
    </message>
    <message>
        <source>Choose the backup you made before the crossing (on your USB stick, for example) and type the passphrase of your vault. The backup is opened first; only then does your vault come back into this folder.</source>
        <translation>Wählen Sie die Sicherung, die Sie vor dem Grenzübertritt gemacht haben (zum Beispiel auf Ihrem USB-Stick), und geben Sie die Passphrase Ihres Tresors ein. Zuerst wird die Sicherung geöffnet; erst dann kommt Ihr Tresor in diesen Ordner zurück.</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase you travelled with as your duress passphrase</source>
        <translation>Die Passphrase der Reise als Notfall-Passphrase &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Die Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>&amp;Backup file</source>
        <translation>&amp;Sicherungsdatei</translation>
    </message>
    <message>
        <source>Passphrase of your vault</source>
        <translation>Passphrase Ihres Tresors</translation>
    </message>
    <message>
        <source>&amp;Passphrase of your vault</source>
        <translation>&amp;Passphrase Ihres Tresors</translation>
    </message>
    <message>
        <source>The vault open now stays, hidden: the passphrase you travelled with keeps opening it, as your duress passphrase. You can change or remove it in Settings.</source>
        <translation>Der jetzt geöffnete Tresor bleibt verborgen erhalten: Die Passphrase, mit der Sie gereist sind, öffnet ihn weiterhin, als Ihre Notfall-Passphrase. Sie können sie in den Einstellungen ändern oder entfernen.</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Wählen Sie die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Type the passphrase of your vault.</source>
        <translation>Geben Sie die Passphrase Ihres Tresors ein.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This backup does not open with that passphrase. Nothing was changed; type the passphrase your vault had when you made the backup.</source>
        <translation>Diese Sicherung öffnet sich mit dieser Passphrase nicht. Es wurde nichts geändert; geben Sie die Passphrase ein, die Ihr Tresor hatte, als Sie die Sicherung gemacht haben.</translation>
    </message>
    <message>
        <source>The backup opens. Replacing the vault…</source>
        <translation>Die Sicherung öffnet sich. Der Tresor wird ersetzt …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Welcome back: your vault is open again, and the passphrase you travelled with is your duress passphrase. Change or remove it in Settings.</source>
        <translation>Willkommen zurück: Ihr Tresor ist wieder geöffnet, und die Passphrase, mit der Sie gereist sind, ist Ihre Notfall-Passphrase. Sie können sie in den Einstellungen ändern oder entfernen.</translation>
    </message>
    <message>
        <source>Welcome back: your vault is open again. Set your duress passphrase again in Settings if you use one.</source>
        <translation>Willkommen zurück: Ihr Tresor ist wieder geöffnet. Wenn Sie eine Notfall-Passphrase verwenden, legen Sie sie in den Einstellungen erneut fest.</translation>
    </message>
    <message>
        <source>Not done: {0} The backup file is as it was.</source>
        <translation>Nicht erledigt: {0} Die Sicherungsdatei ist unverändert.</translation>
    </message>
    <message>
        <source>This is the bundle you sealed for your colleague, not the backup file. It opens only in their {app}: ask them to open it there (Vault ▸ Import a colleague&apos;s bundle…, then Save the backup…) and to give you back the backup file it holds, on a USB stick for example. Then choose that file here. Nothing was changed.</source>
        <translation>Das ist das Paket, das Sie für Ihre Vertrauensperson verschlüsselt haben, nicht die Sicherungsdatei. Es öffnet sich nur in deren {app}: Bitten Sie die Person, es dort zu öffnen („Tresor ▸ Paket von Kolleginnen oder Kollegen importieren …“, dann „Sicherung speichern …“) und Ihnen die Sicherungsdatei darin zurückzugeben, zum Beispiel auf einem USB-Stick. Wählen Sie dann hier diese Datei. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ReviewNotice</name>
    <message>
        <source>This template has no review date. Check the current rules with a lawyer or an advice service before relying on it.</source>
        <translation>Diese Vorlage hat kein Prüfdatum. Klären Sie die geltenden Regeln mit einer Anwältin, einem Anwalt oder einer Beratungsstelle, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>Last reviewed {0}, more than six months ago. Rules change: check the current rules with a lawyer or an advice service before relying on this checklist.</source>
        <translation>Zuletzt geprüft am {0}, vor mehr als sechs Monaten. Regeln ändern sich: Klären Sie die geltenden Regeln mit einer Anwältin, einem Anwalt oder einer Beratungsstelle, bevor Sie sich auf diese Checkliste verlassen.</translation>
    </message>
    <message>
        <source>Template last reviewed {0}.</source>
        <translation>Vorlage zuletzt geprüft am {0}.</translation>
    </message>
    <message>
        <source>(not reviewed: check the current rules)</source>
        <translation>(nicht geprüft: geltende Regeln klären)</translation>
    </message>
    <message>
        <source>(reviewed {0}: check the current rules)</source>
        <translation>(geprüft am {0}: geltende Regeln klären)</translation>
    </message>
    <message>
        <source>(reviewed {0})</source>
        <translation>(geprüft am {0})</translation>
    </message>
    <message>
        <source>Warning: old template</source>
        <translation>Achtung: veraltete Vorlage</translation>
    </message>
    <message>
        <source>Template review</source>
        <translation>Prüfung der Vorlage</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Frühere Fassungen</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>Verlauf der Notiz</translation>
    </message>
    <message>
        <source>Earlier versions of this note</source>
        <translation>Frühere Fassungen dieser Notiz</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Fassungen</translation>
    </message>
    <message>
        <source>Version preview</source>
        <translation>Vorschau der Fassung</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Die ausgewählte Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>{0}  (current)</source>
        <translation>{0}  (aktuell)</translation>
    </message>
</context>
<context>
    <name>SealOptions</name>
    <message>
        <source>Encrypt the PDF</source>
        <translation>Das PDF verschlüsseln</translation>
    </message>
    <message>
        <source>Do not encrypt (a plain PDF)</source>
        <translation>Nicht verschlüsseln (ein einfaches PDF)</translation>
    </message>
    <message>
        <source>For a colleague: their sharing key</source>
        <translation>Für Kolleginnen oder Kollegen: deren Austauschschlüssel</translation>
    </message>
    <message>
        <source>With a passphrase</source>
        <translation>Mit einer Passphrase</translation>
    </message>
    <message>
        <source>age1…</source>
        <translation>age1…</translation>
    </message>
    <message>
        <source>The colleague&apos;s sharing key</source>
        <translation>Der Austauschschlüssel der Empfänger</translation>
    </message>
    <message>
        <source>Passphrase for the report</source>
        <translation>Passphrase für den Bericht</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>An encrypted report is an age file (.age): the colleague opens it with age (age -d) or the passphrase, then reads the PDF as usual.</source>
        <translation>Ein verschlüsselter Bericht ist eine age-Datei (.age): Die Empfänger öffnen sie mit age (age -d) oder der Passphrase und lesen das PDF dann wie gewohnt.</translation>
    </message>
    <message>
        <source>Sharing key</source>
        <translation>Austauschschlüssel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Checklistenpunkte</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Type to search cases, people, notes and checklists.</source>
        <translation>Tippen Sie, um Fälle, Personen, Notizen und Checklisten zu durchsuchen.</translation>
    </message>
    <message>
        <source>{0} of {1} results</source>
        <translation>{0} von {1} Ergebnissen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>%n weiteres zeigen</numerusform>
            <numerusform>%n weitere zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Nichts gefunden für „{0}“.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Dieser Tresor</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>&amp;Never lock by itself</source>
        <translation>&amp;Nie von selbst sperren</translation>
    </message>
    <message>
        <source>Never lock the vault automatically</source>
        <translation>Den Tresor nie automatisch sperren</translation>
    </message>
    <message>
        <source>Anyone who gets to this computer while you are away could read the vault. Lock it yourself with {0}.</source>
        <translation>Wer an diesen Computer kommt, während Sie weg sind, könnte den Tresor lesen. Sperren Sie ihn selbst mit {0}.</translation>
    </message>
    <message>
        <source>Clear copied values after</source>
        <translation>Kopierte Werte löschen nach</translation>
    </message>
    <message>
        <source>Hide revealed identity after</source>
        <translation>Angezeigte Identitätsangaben verbergen nach</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity</source>
        <translation>&amp;Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after</source>
        <translation>&amp;Kopierte Werte löschen nach</translation>
    </message>
    <message>
        <source>&amp;Hide revealed identity after</source>
        <translation>Angezeigte Identitätsangaben &amp;verbergen nach</translation>
    </message>
    <message>
        <source>Demo vault: these settings are deleted with it.</source>
        <translation>Demo-Tresor: Diese Einstellungen werden mit ihm gelöscht.</translation>
    </message>
    <message>
        <source>Kept inside the vault, encrypted.</source>
        <translation>Im Tresor gespeichert, verschlüsselt.</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase…</source>
        <translation>&amp;Notfall-Passphrase …</translation>
    </message>
    <message>
        <source>Set or remove the duress passphrase</source>
        <translation>Die Notfall-Passphrase festlegen oder entfernen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Remember this vault&apos;s location</source>
        <translation>Den Ort dieses Tresors &amp;merken</translation>
    </message>
    <message>
        <source>Remember this vault&apos;s location on this computer</source>
        <translation>Den Ort dieses Tresors auf diesem Computer merken</translation>
    </message>
    <message>
        <source>Kept in {app}&apos;s settings on this computer, not in the vault. Theme and text size change at once; a new language shows after {app} starts again, and it offers to restart.</source>
        <translation>In den {app}-Einstellungen auf diesem Computer gespeichert, nicht im Tresor. Farbschema und Textgröße ändern sich sofort; eine neue Sprache erscheint nach einem Neustart von {app}, den es anbietet.</translation>
    </message>
    <message>
        <source>Lock the vault when {app} is minimized</source>
        <translation>Den Tresor sperren, wenn {app} minimiert wird</translation>
    </message>
    <message>
        <source>Hide {app} from &amp;screen capture and sharing</source>
        <translation>{app} bei Bildschirm&amp;aufnahme und -freigabe verbergen</translation>
    </message>
    <message>
        <source>Hide {app}&apos;s windows from screenshots, recordings and screen sharing</source>
        <translation>Die Fenster von {app} auf Bildschirmfotos, Aufnahmen und bei der Bildschirmfreigabe verbergen</translation>
    </message>
    <message>
        <source>Screenshots, recordings and shared screens show an empty area where {app}&apos;s windows are. Turn this off to present {app}, or start it with --allow-screen-capture for one session.</source>
        <translation>Bildschirmfotos, Aufnahmen und freigegebene Bildschirme zeigen eine leere Fläche, wo {app}-Fenster sind. Schalten Sie das aus, um {app} vorzuführen, oder starten Sie es für eine Sitzung mit --allow-screen-capture.</translation>
    </message>
    <message>
        <source>Screen capture is allowed until {app} closes (--allow-screen-capture).</source>
        <translation>Bildschirmaufnahmen sind erlaubt, bis {app} beendet wird (--allow-screen-capture).</translation>
    </message>
    <message>
        <source>Not possible on Linux: X11 and Wayland do not let an app hide its windows from screen capture. Lock {app} before you share your screen.</source>
        <translation>Unter Linux nicht möglich: X11 und Wayland lassen ein Programm seine Fenster nicht vor Bildschirmaufnahmen verbergen. Sperren Sie {app}, bevor Sie Ihren Bildschirm teilen.</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Te&amp;xtgröße</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimized</source>
        <translation>Sperren, wenn das Fenster &amp;minimiert wird</translation>
    </message>
</context>
<context>
    <name>SharingKeyDialog</name>
    <message>
        <source>Sharing key</source>
        <translation>Austauschschlüssel</translation>
    </message>
    <message>
        <source>Give this key to colleagues who send you cases. Bundles encrypted to it open only in this vault. It is not a secret: you can send it by any channel, but check it with them by another channel (read out the last characters).</source>
        <translation>Geben Sie diesen Schlüssel Kolleginnen und Kollegen, die Ihnen Fälle schicken. Pakete, die damit verschlüsselt sind, lassen sich nur in diesem Tresor öffnen. Er ist nicht geheim: Sie können ihn über jeden Weg schicken, sollten ihn aber über einen zweiten Weg abgleichen (lesen Sie die letzten Zeichen vor).</translation>
    </message>
    <message>
        <source>This vault&apos;s sharing key</source>
        <translation>Der Austauschschlüssel dieses Tresors</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Den Tresor sperren</translation>
    </message>
    <message>
        <source>Demo data — not real</source>
        <translation>Demo-Daten – nicht echt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock the vault now ({0})</source>
        <translation>Den Tresor jetzt sperren ({0})</translation>
    </message>
    <message>
        <source>Settings ({0})</source>
        <translation>Einstellungen ({0})</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Die Einstellungen öffnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The new name and icon show after {app} starts again.</source>
        <translation>Der neue Name und das neue Symbol erscheinen nach einem Neustart von {app}.</translation>
    </message>
    <message>
        <source>{app} could not start again. Close it and start it yourself.</source>
        <translation>{app} konnte nicht neu starten. Schließen Sie es und starten Sie es selbst.</translation>
    </message>
    <message>
        <source>{app} shows the new language after it starts again.</source>
        <translation>{app} zeigt die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <source>Restart now? The vault locks; unlock it again with your passphrase.</source>
        <translation>Jetzt neu starten? Der Tresor wird gesperrt; entsperren Sie ihn danach wieder mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Demo-Tresor</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lock the vault, from anywhere</source>
        <translation>Den Tresor sperren, von überall</translation>
    </message>
    <message>
        <source>Erase the vault, after a 5-second countdown you can cancel</source>
        <translation>Tresor löschen, nach einem Countdown von 5 Sekunden, den Sie abbrechen können</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>Den Tresor durchsuchen</translation>
    </message>
    <message>
        <source>Add a case, a person or a checklist, in the section shown</source>
        <translation>Im angezeigten Bereich einen Fall, eine Person oder eine Checkliste hinzufügen</translation>
    </message>
    <message>
        <source>Show the cases</source>
        <translation>Die Fälle zeigen</translation>
    </message>
    <message>
        <source>Show the people</source>
        <translation>Die Personen zeigen</translation>
    </message>
    <message>
        <source>Show the checklists</source>
        <translation>Die Checklisten zeigen</translation>
    </message>
    <message>
        <source>Show what is due soon</source>
        <translation>Zeigen, was bald fällig ist</translation>
    </message>
    <message>
        <source>Show the activity</source>
        <translation>Den Verlauf zeigen</translation>
    </message>
    <message>
        <source>Go to the next pane: sections, list, editor</source>
        <translation>Zum nächsten Bereich: Bereiche, Liste, Bearbeitung</translation>
    </message>
    <message>
        <source>Go to the previous pane</source>
        <translation>Zum vorherigen Bereich</translation>
    </message>
    <message>
        <source>Go to the next or previous field</source>
        <translation>Zum nächsten oder vorherigen Feld</translation>
    </message>
    <message>
        <source>Close the open case or person</source>
        <translation>Den geöffneten Fall oder die geöffnete Person schließen</translation>
    </message>
    <message>
        <source>Open the selected row or search result</source>
        <translation>Die ausgewählte Zeile oder das ausgewählte Suchergebnis öffnen</translation>
    </message>
    <message>
        <source>Switch a note between writing and preview</source>
        <translation>Eine Notiz zwischen Schreiben und Vorschau umschalten</translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself)</source>
        <translation>Die Notiz jetzt speichern (sie speichert sich auch selbst)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Recently deleted: restore or erase</source>
        <translation>Kürzlich gelöscht: wiederherstellen oder endgültig löschen</translation>
    </message>
    <message>
        <source>Undo the delete or unlink just done (while Undo is shown)</source>
        <translation>Das gerade erfolgte Löschen oder Lösen einer Verknüpfung rückgängig machen (solange „Rückgängig“ angezeigt wird)</translation>
    </message>
    <message>
        <source>Undo every change to the open case or person since it was opened</source>
        <translation>Jede Änderung am geöffneten Fall oder an der geöffneten Person seit dem Öffnen rückgängig machen</translation>
    </message>
    <message>
        <source>Zoom in or out of an attachment</source>
        <translation>Einen Anhang vergrößern oder verkleinern</translation>
    </message>
    <message>
        <source>Next or previous page of an attachment</source>
        <translation>Nächste oder vorherige Seite eines Anhangs</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Diese Liste der Tastenkürzel</translation>
    </message>
    <message>
        <source>Lock the vault and quit</source>
        <translation>Den Tresor sperren und beenden</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Checklist template</source>
        <translation>Checklisten-Vorlage</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Checklisten-Vorlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren …</translation>
    </message>
    <message>
        <source>Duplicate the template as your own</source>
        <translation>Die Vorlage als eigene duplizieren</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>Eine Vorlagendatei importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the template to a file</source>
        <translation>Die Vorlage in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Die Vorlage speichern</translation>
    </message>
    <message>
        <source>{0} (yours)</source>
        <translation>{0} (eigene)</translation>
    </message>
    <message>
        <source>Templates that ship with {app} are read-only: duplicate to edit.</source>
        <translation>Vorlagen, die {app} mitbringt, sind schreibgeschützt: Duplizieren Sie sie, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Copied. Edit the items, then save.</source>
        <translation>Kopiert. Bearbeiten Sie die Punkte und speichern Sie dann.</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>Die Vorlage kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved as version {0}.</source>
        <translation>Als Version {0} gespeichert.</translation>
    </message>
    <message>
        <source>The template file cannot be imported</source>
        <translation>Die Vorlagendatei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported {0}.</source>
        <translation>{0} importiert.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Exportiert nach {0}.</translation>
    </message>
    <message>
        <source>Checklist templates (*.toml)</source>
        <translation>Checklisten-Vorlagen (*.toml)</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>Vorlage duplizieren</translation>
    </message>
    <message>
        <source>Id of your copy:</source>
        <translation>Kennung Ihrer Kopie:</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Eine Vorlage importieren</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Die Vorlage exportieren</translation>
    </message>
</context>
<context>
    <name>TemplateItemEditor</name>
    <message>
        <source>Template items</source>
        <translation>Punkte der Vorlage</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Einen Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Den ausgewählten Punkt entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Den ausgewählten Punkt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Den ausgewählten Punkt nach unten verschieben</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Kennung des Punkts</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Title in {0}</source>
        <translation>Titel ({0})</translation>
    </message>
    <message>
        <source>Help in {0}</source>
        <translation>Hilfetext ({0})</translation>
    </message>
    <message>
        <source>Title ({0}):</source>
        <translation>Titel ({0}):</translation>
    </message>
    <message>
        <source>Help ({0}):</source>
        <translation>Hilfetext ({0}):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Rechtsstatus</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required item</source>
        <translation>Erforderlicher Punkt</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>TemplateProblems</name>
    <message>
        <source>this field is missing</source>
        <translation>dieses Feld fehlt</translation>
    </message>
    <message>
        <source>{app} does not know this field; use one of: {allowed}</source>
        <translation>{app} kennt dieses Feld nicht; verwenden Sie eines von: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} gehört nicht zu: {allowed}</translation>
    </message>
    <message>
        <source>this value is of the wrong kind (text, number, table or list)</source>
        <translation>dieser Wert hat die falsche Art (Text, Zahl, Tabelle oder Liste)</translation>
    </message>
    <message>
        <source>“{value}” cannot be an id: use only the letters a-z, the digits 0-9 and single hyphens, at most {limit} characters</source>
        <translation>„{value}“ kann keine Kennung sein: Verwenden Sie nur die Buchstaben a-z, die Ziffern 0-9 und einzelne Bindestriche, höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>this text is empty</source>
        <translation>dieser Text ist leer</translation>
    </message>
    <message>
        <source>this text is too long: characters {length}, at most {limit}</source>
        <translation>dieser Text ist zu lang: {length} Zeichen, höchstens {limit}</translation>
    </message>
    <message>
        <source>this text holds a character that cannot be stored (a NUL byte)</source>
        <translation>dieser Text enthält ein Zeichen, das nicht gespeichert werden kann (ein Nullbyte)</translation>
    </message>
    <message>
        <source>“{value}” is not a language {app} has; use {allowed}</source>
        <translation>„{value}“ ist keine Sprache von {app}; verwenden Sie {allowed}</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1 to 1000000</source>
        <translation>die Version muss eine ganze Zahl von 1 bis 1000000 sein</translation>
    </message>
    <message>
        <source>“{value}” is not “any” or a list of two-letter country codes such as “DE,FR”</source>
        <translation>„{value}“ ist weder „any“ noch eine Liste zweibuchstabiger Ländercodes wie „DE,FR“</translation>
    </message>
    <message>
        <source>“{value}” is not a date written like 2026-11-25</source>
        <translation>„{value}“ ist kein Datum in der Form 2026-11-25</translation>
    </message>
    <message>
        <source>{value} is not a web address starting with https://</source>
        <translation>{value} ist keine Webadresse, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>too many entries: {count}, at most {limit}</source>
        <translation>zu viele Einträge: {count}, höchstens {limit}</translation>
    </message>
    <message>
        <source>a template needs at least one item</source>
        <translation>eine Vorlage braucht mindestens einen Punkt</translation>
    </message>
    <message>
        <source>the id “{value}” is already used by items[{first}]</source>
        <translation>die Kennung „{value}“ wird schon von items[{first}] verwendet</translation>
    </message>
    <message>
        <source>{value} is not a period written like “P6M”, “P1Y” or “P10Y” (ISO 8601)</source>
        <translation>{value} ist kein Zeitraum in der Form „P6M“, „P1Y“ oder „P10Y“ (ISO 8601)</translation>
    </message>
    <message>
        <source>the file is {size}; a checklist template may be at most {limit}, so it was not read. Is this the right file?</source>
        <translation>die Datei ist {size} groß; eine Vorlage für eine Checkliste darf höchstens {limit} groß sein, deshalb wurde sie nicht gelesen. Ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>the file holds binary data; a template is a TOML text file</source>
        <translation>die Datei enthält Binärdaten; eine Vorlage ist eine TOML-Textdatei</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file&apos;s keys are nested too deeply for a template</source>
        <translation>die Schlüssel der Datei sind für eine Vorlage zu tief verschachtelt</translation>
    </message>
    <message>
        <source>this line is not valid TOML; check its quotes and brackets</source>
        <translation>diese Zeile ist kein gültiges TOML; prüfen Sie Anführungszeichen und Klammern</translation>
    </message>
    <message>
        <source>“{value}” is the id of a template that comes with {app}; give yours a new id (for example “{suggestion}”) and import it again</source>
        <translation>„{value}“ ist die Kennung einer Vorlage, die mit {app} kommt; geben Sie Ihrer eine neue Kennung (zum Beispiel „{suggestion}“) und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>the vault already holds “{value}” version {version}; raise the version above {version} to update it, or change the id</source>
        <translation>der Tresor enthält schon „{value}“ in Version {version}; erhöhen Sie die Version über {version}, um die Vorlage zu aktualisieren, oder ändern Sie die Kennung</translation>
    </message>
    <message>
        <source>{0}, line {1}, {2}: {3}</source>
        <translation>{0}, Zeile {1}, {2}: {3}</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>Prepare for a crossing</source>
        <translation>Grenzübertritt vorbereiten</translation>
    </message>
    <message>
        <source>Before you cross a border</source>
        <translation>Bevor Sie eine Grenze überqueren</translation>
    </message>
    <message>
        <source>{app} writes an encrypted backup of this vault to a place you choose, such as a USB stick you carry apart from the laptop. It checks that the backup opens with your passphrase. Then the vault on this laptop is replaced by a cover vault with harmless notes, and the real one is erased.</source>
        <translation>{app} schreibt eine verschlüsselte Sicherung dieses Tresors an einen Ort Ihrer Wahl, etwa auf einen USB-Stick, den Sie getrennt vom Laptop mitnehmen, und prüft, dass sie sich mit Ihrer Passphrase öffnet. Dann wird der Tresor auf diesem Laptop durch einen Deck-Tresor mit harmlosen Notizen ersetzt und der echte gelöscht.</translation>
    </message>
    <message>
        <source>After that, your passphrase opens nothing on this laptop. Someone who searches it finds only the cover. When you are safe, Vault ▸ Return from travel… brings your vault back from the backup.</source>
        <translation>Danach öffnet Ihre Passphrase auf diesem Laptop nichts mehr. Wer ihn durchsucht, findet nur den Deck-Tresor. Wenn Sie in Sicherheit sind, holt „Tresor ▸ Rückkehr von der Reise …“ Ihren Tresor aus der Sicherung zurück.</translation>
    </message>
    <message>
        <source>Without that backup and your passphrase, your notes cannot be brought back. Keep the USB stick away from the laptop, and do not lose it.</source>
        <translation>Ohne diese Sicherung und Ihre Passphrase lassen sich Ihre Notizen nicht zurückholen. Bewahren Sie den USB-Stick getrennt vom Laptop auf und verlieren Sie ihn nicht.</translation>
    </message>
    <message>
        <source>Writing and checking the backup</source>
        <translation>Die Sicherung wird geschrieben und geprüft</translation>
    </message>
    <message>
        <source>The backup is written, then opened again with your passphrase. Nothing is erased yet; Cancel leaves everything as it was.</source>
        <translation>Die Sicherung wird geschrieben und dann mit Ihrer Passphrase erneut geöffnet. Noch wird nichts gelöscht; „Abbrechen“ lässt alles, wie es war.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>The backup opens</source>
        <translation>Die Sicherung öffnet sich</translation>
    </message>
    <message>
        <source>Now the vault on this laptop is replaced by the cover vault and erased. This cannot be undone here: only the backup brings it back. Unplug the USB stick once this is done.</source>
        <translation>Jetzt wird der Tresor auf diesem Laptop durch den Deck-Tresor ersetzt und gelöscht. Das lässt sich hier nicht rückgängig machen: Nur die Sicherung holt ihn zurück. Ziehen Sie danach den USB-Stick ab.</translation>
    </message>
    <message>
        <source>Erasing the vault on this laptop</source>
        <translation>Der Tresor auf diesem Laptop wird gelöscht</translation>
    </message>
    <message>
        <source>This takes a few seconds. Do not close the laptop.</source>
        <translation>Das dauert ein paar Sekunden. Klappen Sie den Laptop nicht zu.</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Ready to travel</source>
        <translation>Bereit für die Reise</translation>
    </message>
    <message>
        <source>This laptop now holds only the cover vault. It opens with the cover (duress) passphrase; your passphrase opens nothing here.</source>
        <translation>Auf diesem Laptop ist jetzt nur noch der Deck-Tresor. Er öffnet sich mit der Passphrase des Deck-Tresors (der Notfall-Passphrase); Ihre Passphrase öffnet hier nichts.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Make the backup</source>
        <translation>Sicherung &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Erase and leave the cover</source>
        <translation>&amp;Löschen und den Deck-Tresor lassen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The backup is written, then opened again with your passphrase, then sealed to your colleague&apos;s key and read back. Nothing is erased yet; Cancel leaves everything as it was.</source>
        <translation>Die Sicherung wird geschrieben, mit Ihrer Passphrase erneut geöffnet, dann für den Schlüssel Ihrer Vertrauensperson verschlüsselt und zur Prüfung zurückgelesen. Noch wird nichts gelöscht; „Abbrechen“ lässt alles, wie es war.</translation>
    </message>
    <message>
        <source>The bundle {0} in {1} holds your backup, which was opened again with your passphrase. Only your colleague&apos;s {2} can open the bundle.</source>
        <translation>Das Paket {0} in {1} enthält Ihre Sicherung, die sich mit Ihrer Passphrase erneut öffnen ließ. Nur der {2} Ihrer Vertrauensperson kann das Paket öffnen.</translation>
    </message>
    <message>
        <source>The backup {0} in {1} was written and opened again with your passphrase.</source>
        <translation>Die Sicherung {0} in {1} wurde geschrieben und mit Ihrer Passphrase erneut geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written and nothing was erased.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben und nichts gelöscht.</translation>
    </message>
    <message>
        <source>Your vault is in the bundle {0} in {1}: give it to your colleague. To come back, they open it in their {2} (Vault ▸ Import a colleague&apos;s bundle…) and give you the backup file it holds; then unlock the cover and choose Vault ▸ Return from travel…</source>
        <translation>Ihr Tresor steckt im Paket {0} in {1}: Geben Sie es Ihrer Vertrauensperson. Für die Rückkehr öffnet sie es in ihrem {2} („Tresor ▸ Paket von Kolleginnen oder Kollegen importieren …“) und gibt Ihnen die Sicherungsdatei darin; dann entsperren Sie den Deck-Tresor und wählen „Tresor ▸ Rückkehr von der Reise …“.</translation>
    </message>
    <message>
        <source>Your vault is in the backup {0} in {1}. To come back, unlock the cover and choose Vault ▸ Return from travel…</source>
        <translation>Ihr Tresor steckt in der Sicherung {0} in {1}. Für die Rückkehr entsperren Sie den Deck-Tresor und wählen „Tresor ▸ Rückkehr von der Reise …“.</translation>
    </message>
    <message>
        <source>Not done: {0} Your backup is kept in {1}.</source>
        <translation>Nicht erledigt: {0} Ihre Sicherung liegt weiterhin in {1}.</translation>
    </message>
    <message>
        <source>The backup does not open with the passphrase you typed. Nothing was erased. Type the passphrase of this vault.</source>
        <translation>Die Sicherung öffnet sich mit der eingegebenen Passphrase nicht. Es wurde nichts gelöscht. Geben Sie die Passphrase dieses Tresors ein.</translation>
    </message>
    <message>
        <source>The backup opens but does not hold every case. Nothing was erased. Try another folder or USB stick.</source>
        <translation>Die Sicherung öffnet sich, enthält aber nicht alle Fälle. Es wurde nichts gelöscht. Versuchen Sie einen anderen Ordner oder USB-Stick.</translation>
    </message>
    <message>
        <source>The backup could not be read back, so nothing was erased. Try another folder or USB stick.</source>
        <translation>Die Sicherung ließ sich nicht zurücklesen, daher wurde nichts gelöscht. Versuchen Sie einen anderen Ordner oder USB-Stick.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo ({0})</source>
        <translation>Rückgängig ({0})</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Rückgängig: {0}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Ihren Tresor entsperren</translation>
    </message>
    <message>
        <source>Vault folder: {0}</source>
        <translation>Tresor-Ordner: {0}</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Die Passphrase zeigen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Den Tresor entsperren</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>Unlocking… this takes a second on purpose.</source>
        <translation>Wird entsperrt … das dauert absichtlich eine Sekunde.</translation>
    </message>
    <message>
        <source>&amp;Forgot it? Use the recovery phrase</source>
        <translation>&amp;Vergessen? Mit der Wiederherstellungsphrase weiter</translation>
    </message>
    <message>
        <source>Set a new passphrase with the recovery phrase</source>
        <translation>Mit der Wiederherstellungsphrase eine neue Passphrase festlegen</translation>
    </message>
    <message>
        <source>&amp;Choose another vault</source>
        <translation>Einen anderen Tresor &amp;wählen</translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Die Passphrase verbergen</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase first.</source>
        <translation>Geben Sie zuerst die Passphrase des Tresors ein.</translation>
    </message>
    <message>
        <source>Updating the search index for this version of {app}…</source>
        <translation>Der Suchindex wird für diese Version von {app} aktualisiert …</translation>
    </message>
    <message>
        <source>Vault erased</source>
        <translation>Tresor gelöscht</translation>
    </message>
    <message>
        <source>That was the last attempt: the vault was erased, as set in its settings. Only a backup kept elsewhere brings it back.</source>
        <translation>Das war der letzte Versuch: Der Tresor wurde gelöscht, wie in seinen Einstellungen festgelegt. Nur eine anderswo aufbewahrte Sicherung bringt ihn zurück.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>The automatic backup was not made: {0} The vault is locked.</source>
        <translation>Die automatische Sicherung wurde nicht erstellt: {0} Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>The vault was not erased: {0}</source>
        <translation>Der Tresor wurde nicht gelöscht: {0}</translation>
    </message>
    <message>
        <source>Saving an encrypted backup before {app} closes…</source>
        <translation>Vor dem Beenden von {app} wird eine verschlüsselte Sicherung gespeichert …</translation>
    </message>
    <message>
        <source>Skip this backup</source>
        <translation>Diese Sicherung überspringen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
</context>
<context>
    <name>VaultMenuButton</name>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern …</translation>
    </message>
    <message>
        <source>Show a new &amp;recovery phrase…</source>
        <translation>Eine neue &amp;Wiederherstellungsphrase zeigen …</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen …</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Kürzlich &amp;gelöscht …</translation>
    </message>
    <message>
        <source>&amp;Export for a colleague…</source>
        <translation>Für Kolleginnen und Kollegen &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import a colleague&apos;s bundle…</source>
        <translation>&amp;Paket von Kolleginnen oder Kollegen importieren …</translation>
    </message>
    <message>
        <source>Your &amp;sharing key…</source>
        <translation>Ihr &amp;Austauschschlüssel …</translation>
    </message>
    <message>
        <source>Import &amp;contacts (CSV, vCard)…</source>
        <translation>&amp;Kontakte importieren (CSV, vCard) …</translation>
    </message>
    <message>
        <source>Import &amp;notes (Markdown folder)…</source>
        <translation>&amp;Notizen importieren (Markdown-Ordner) …</translation>
    </message>
    <message>
        <source>Prepare for a cr&amp;ossing…</source>
        <translation>Grenz&amp;übertritt vorbereiten …</translation>
    </message>
    <message>
        <source>Return from &amp;travel…</source>
        <translation>&amp;Rückkehr von der Reise …</translation>
    </message>
    <message>
        <source>&amp;Erase the vault now…</source>
        <translation>Tresor jetzt &amp;löschen…</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Backups, sharing and imports</source>
        <translation>Sicherungen, Austausch und Importe</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>An encrypted notebook for the people you help: cases, people, notes and documents, kept on this computer and nowhere else.</source>
        <translation>Ein verschlüsseltes Notizbuch für die Menschen, denen Sie helfen: Fälle, Personen, Notizen und Dokumente, nur auf diesem Computer und nirgendwo sonst.</translation>
    </message>
    <message>
        <source>&amp;Create a vault</source>
        <translation>Einen Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>Start a new, empty vault protected by your passphrase.</source>
        <translation>Einen neuen, leeren Tresor anlegen, geschützt durch Ihre Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Open a vault</source>
        <translation>Einen Tresor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Use a vault in another folder, for example on a USB stick.</source>
        <translation>Einen Tresor in einem anderen Ordner verwenden, zum Beispiel auf einem USB-Stick.</translation>
    </message>
    <message>
        <source>&amp;Remember the location of the vault I open</source>
        <translation>Den Ort des geöffneten Tresors &amp;merken</translation>
    </message>
    <message>
        <source>Remember the vault location on this computer</source>
        <translation>Den Ort des Tresors auf diesem Computer merken</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>Die Demo &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Explore made-up cases and people. Deleted when you close it.</source>
        <translation>Erfundene Fälle und Personen ansehen. Wird beim Schließen gelöscht.</translation>
    </message>
    <message>
        <source>{app} works offline. It never connects to the internet.</source>
        <translation>{app} arbeitet offline. Es verbindet sich nie mit dem Internet.</translation>
    </message>
    <message>
        <source>That folder does not hold a {app} vault. Choose the folder that contains the vault&apos;s files.</source>
        <translation>Dieser Ordner enthält keinen {app}-Tresor. Wählen Sie den Ordner, in dem die Dateien des Tresors liegen.</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Einen Tresor-Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Search  ({0})</source>
        <translation>Suchen  ({0})</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>Den Tresor durchsuchen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Select an item to see it here.</source>
        <translation>Wählen Sie einen Eintrag, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>That recovery phrase is not valid: it has %n word(s); it needs {0}.</source>
        <translation>
            <numerusform>Diese Wiederherstellungsphrase ist ungültig: Sie hat %n Wort; nötig sind {0}.</numerusform>
            <numerusform>Diese Wiederherstellungsphrase ist ungültig: Sie hat %n Wörter; nötig sind {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the vault is erased.</source>
        <translation>
            <numerusform>Noch %n Versuch, bevor der Tresor gelöscht wird.</numerusform>
            <numerusform>Noch %n Versuche, bevor der Tresor gelöscht wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DayCounts</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ImportDialog</name>
    <message>
        <source>Chosen file or folder</source>
        <translation>Gewählte Datei oder gewählter Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Ready to import {0}; {1} will be skipped (reasons in the list).</source>
        <translation>Bereit, {0} zu importieren; {1} werden übersprungen (Gründe in der Liste).</translation>
    </message>
    <message>
        <source>Nothing to import; {0} skipped (reasons in the list).</source>
        <translation>Nichts zu importieren; {0} übersprungen (Gründe in der Liste).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Imported {0}; skipped {1}.</source>
        <translation>{0} importiert; {1} übersprungen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Das ist nicht die aktuelle Passphrase. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>_Limits</name>
    <message numerus="yes">
        <source>“{0}” is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>Das Feld „{0}“ ist zu lang: Es darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Das Feld „{0}“ ist zu lang: Es darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
</context>
</TS>

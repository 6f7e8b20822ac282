<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done in this vault, newest first. Content is never logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened in this vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown: it is damaged or needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel cannot show this kind of file. Use “Save a copy…” to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the copy: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet. Add a scan or a photo of a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is larger than 100 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “{0}”: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel cannot remove hidden information (such as where a photo was taken) from “{0}”, because it cannot read this kind of image. Add it anyway, as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}” from the vault? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups elsewhere, on a USB stick for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up by itself when the vault locks or Satchel quits, if anything changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo vault is not backed up: it is deleted when you lock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiping the vault also destroys these backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiping the vault does not reach {0}: delete backups there yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every byte and every page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is intact (checksum). Its pages can only be checked by the vault it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is intact: checksum, pages and structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged inside ({0}). Use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty folder for the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into {0}. Open it with the passphrase the vault had on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring as a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this vault with the backup of {0}? Everything written since then is replaced. The vault as it is now is kept as a backup first. The vault locks, and opens again with the passphrase it had on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. Unlock the vault with the passphrase it had on {0}. The vault as it was is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup of another vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseChecklistsPanel</name>
    <message>
        <source>No checklists yet. Add one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a checklist from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>This case is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. visa, urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has to happen next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this case about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a PDF report of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this case for a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title; the old one is kept for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this case with its notes, checklists and attachments? The people in it stay in the vault. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseNotesTimeline</name>
    <message>
        <source>Notes of this case, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned · {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePeoplePanel</name>
    <message>
        <source>Nobody is linked to this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a person to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of {0} in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink {0} from this case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (due {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report contains identity details. Keep it as safe as the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted: people appear by pseudonym only; identity details are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people are linked to this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original is at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written {0}, last changed {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential — do not share beyond those who need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseReportDialog</name>
    <message>
        <source>Case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF with the case&apos;s status, people (by pseudonym), checklists and the notes you choose. Every page is marked confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include identity details in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report will show, for every person in the case: {0}. Anyone who gets the file can read them. Opening each person&apos;s details is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>No checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet — press Ctrl+N to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistBlock</name>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the checklist {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the checklist “{0}” and everything noted in it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>State: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due or expiry date, like 2026-03-31; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due or expiry date: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the original is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the original is: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the checklist “{0}” and everything noted in it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsSection</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklists yet. Open a case and add one, or select a checklist here and press Ctrl+N to add another to its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, import and export templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a checklist first: Ctrl+N adds to its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collapsible</name>
    <message>
        <source>Expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts from a CSV export (Google, Outlook, Thunderbird) or a vCard file. Each becomes a person with a new pseudonym; names, phones, emails, addresses and the contact&apos;s notes are sealed in the identity compartment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the imported people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contacts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you keep in it is encrypted with a key made from your passphrase. Choose one you can remember; nobody can reset it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this location on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel is turning your passphrase into a key. This takes a few seconds on purpose: it makes guessing the passphrase very slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder already holds files. A new vault needs an empty folder: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProgressDialog</name>
    <message>
        <source>Making the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-up cases, people and notes, deleted when you lock it or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueSoon</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case deadline: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueSoonSection</name>
    <message>
        <source>How far ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due. Dates on checklist items show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Nothing was changed; check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open elsewhere (another Satchel window or command). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault failed its authenticity check: it was altered or damaged after Satchel wrote it. Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is damaged and cannot be read. Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file {file} is damaged ({detail}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder does not hold a Satchel vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} already holds files; a new vault needs an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file {name} is a link to another file, or not a plain file. Satchel stopped and changed nothing. Someone may have put it there: remove it, or restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault uses format version {found}, which this Satchel cannot open. Install a newer Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer in the vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery phrase is not valid. Check each word against your paper copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk refused to read or write: nothing was changed. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}. Nothing was kept of it, and the vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file {file} uses format version {found}, which this Satchel cannot read. Install a newer Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is damaged or was altered on the way. Nothing was imported; ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle cannot be opened here: it was made for another vault&apos;s sharing key, or by a newer Satchel. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery phrase. Nothing was changed; check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for this bundle. Nothing was changed; check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your disk quota is used up: nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk or folder is read-only (a locked USB stick, or mounted read-only): nothing was changed. Make it writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported a read or write error (a failing disk, or a USB stick pulled out): nothing more was written. Copy the vault to another disk and check it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel is not allowed to write there: nothing was changed. Check who owns the vault&apos;s folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({0}). Your saved work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>{0} within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} within {1} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything that is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the expiry reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents expiring: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the bundle (.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;case: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To colleagues&apos; sharing &amp;keys (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age1… (one sharing key per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients&apos; sharing keys, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle will hold these identity fields in clear for anyone who can open it: {0}. Include them only if your colleague needs them and the channel is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: not an age public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age bundles (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste at least one colleague&apos;s sharing key (age1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with identity fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudonyms only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Edit identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in only what you need. Leave a field empty to keep what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty a field to remove it from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored (hidden); type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden. Each reveal is written to the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the identity details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the identity details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fields stored: %n. Each reveal is written to the activity log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No identity details are stored for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity · hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity · nothing stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity · shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the identity details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hides again in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} copied; the clipboard is cleared in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import a colleague&apos;s bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .age file you received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age bundles (*.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting and checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle of one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle of a whole vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity fields included: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonyms only (no identity fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {0}, update {1}, keep {2} newer here; {3} conflicts; {4} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0}, updated {1}, kept {2} newer here; {3} conflicts; {4} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (both versions kept and tagged import-conflict; the newer keeps its place):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemScansDialog</name>
    <message>
        <source>Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPersonDialog</name>
    <message>
        <source>Link a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person by pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. applicant, sponsor, lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or add someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the person to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownImportDialog</name>
    <message>
        <source>Import notes from Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of Markdown files, as Obsidian keeps them or Joplin exports them. Titles, tags and dates come from each file&apos;s front matter; images the notes show are attached without their hidden metadata. The folder is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case for the imported notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case (notes on their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <source>Links are not opened from notes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned notes stay at the top of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch with Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here. Markdown works: # heading, **bold**, - list, [ ] to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; a note needs a title, so the last one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note and all its earlier versions? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>{0}: date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least ten characters; several random words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a passphrase of six random words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase first, or let Satchel suggest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six random words are strong and easy to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Filter by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet — press Ctrl+N to add someone by a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>This person is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. through the shelter&apos;s caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe way to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe way to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any case yet. Link them from a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a pseudonym; the old one is kept for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this person, their identity details and the notes kept on them? Their cases stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Nothing was saved. Please fix these and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PseudonymField</name>
    <message>
        <source>A pseudonym, never the real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of generated pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a plausible pseudonym that nobody else in this vault has</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 24 words of the recovery phrase from your paper, then choose a new passphrase. The recovery phrase keeps working afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase, 24 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word1 word2 word3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery phrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery phrase does not open this vault. Check each word against your paper. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPhraseStep</name>
    <message>
        <source>Write down your recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These 24 words open the vault if the passphrase is ever lost. Write them on paper, in order, and keep the paper away from this computer. They are shown only now and cannot be copied, on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase, 24 numbered words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written them down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written the words down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type these three words from your paper, to be sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word {0} of the recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;words again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the recovery phrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the three words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word {0} does not match. Look at your paper again, or show the words again and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewNotice</name>
    <message>
        <source>This template has no review date. Check the current rules with a lawyer or an advice service before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed {0}, more than six months ago. Rules change: check the current rules with a lawyer or an advice service before relying on this checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template last reviewed {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not reviewed: check the current rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reviewed {0}: check the current rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reviewed {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: old template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (current)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search cases, people, notes and checklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never lock by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never lock the vault automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets to this computer while you are away could read the vault. Lock it yourself with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied values after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide revealed identity after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied values after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide revealed identity after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault: these settings are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept inside the vault, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this vault&apos;s location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this vault&apos;s location on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in Satchel&apos;s settings on this computer, not in the vault. A new language shows after Satchel starts again; it offers to restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault when Satchel is minimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Satchel from &amp;screen capture and sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Satchel&apos;s windows from screenshots, recordings and screen sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots, recordings and shared screens show an empty area where Satchel&apos;s windows are. Turn this off to present Satchel, or start it with --allow-screen-capture for one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen capture is allowed until Satchel closes (--allow-screen-capture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible on Linux: X11 and Wayland do not let an app hide its windows from screen capture. Lock Satchel before you share your screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingKeyDialog</name>
    <message>
        <source>Sharing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this key to colleagues who send you cases. Bundles encrypted to it open only in this vault. It is not a secret: you can send it by any channel, but check it with them by another channel (read out the last characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s sharing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data — not real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel shows the new language after it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now? The vault locks; unlock it again with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel could not start again. Close it and start it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lock the vault, from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a case, a person or a checklist, in the section shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next pane: sections, list, editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next or previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open case or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected row or search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch a note between writing and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in or out of an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous page of an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the template as your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the template to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates that ship with Satchel are read-only: duplicate to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Edit the items, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist templates (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of your copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateItemEditor</name>
    <message>
        <source>Template items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… this takes a second on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot it? Use the recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase with the recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>The automatic backup was not made: {0} The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving an encrypted backup before Satchel closes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultMenuButton</name>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, sharing and imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for a colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a colleague&apos;s bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;sharing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;contacts (CSV, vCard)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;notes (Markdown folder)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted notebook for the people you help: cases, people, notes and documents, kept on this computer and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty vault protected by your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a vault in another folder, for example on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the location of the vault I open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the vault location on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore made-up cases and people. Deleted when you close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel works offline. It never connects to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder does not hold a Satchel vault. Choose the folder that contains the vault&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Search  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (Ctrl+{1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DayCounts</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ImportDialog</name>
    <message>
        <source>Chosen file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import {0}; {1} will be skipped (reasons in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import; {0} skipped (reasons in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}; skipped {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

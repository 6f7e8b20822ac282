<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation>Про програму {app}</translation>
    </message>
    <message>
        <source>An encrypted notebook that works offline. It never connects to the internet.</source>
        <translation>Зашифрований блокнот, що працює без мережі. Він ніколи не підключається до інтернету.</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Column headings</source>
        <translation>Заголовки стовпців</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Заголовки рядків</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Очистити текст</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Case created</source>
        <translation>Справу створено</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Справу змінено</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Справу видалено</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Людину додано</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Дані людини змінено</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>Людину видалено</translation>
    </message>
    <message>
        <source>Identity changed</source>
        <translation>Особисті дані змінено</translation>
    </message>
    <message>
        <source>Identity revealed</source>
        <translation>Особисті дані показано</translation>
    </message>
    <message>
        <source>Note created</source>
        <translation>Нотатку створено</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Нотатку змінено</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Нотатку видалено</translation>
    </message>
    <message>
        <source>Checklist added</source>
        <translation>Чек-лист додано</translation>
    </message>
    <message>
        <source>Checklist removed</source>
        <translation>Чек-лист видалено</translation>
    </message>
    <message>
        <source>Checklist item changed</source>
        <translation>Пункт чек-листа змінено</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Файл додано</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>Файл видалено</translation>
    </message>
    <message>
        <source>Vault settings changed</source>
        <translation>Налаштування сховища змінено</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Пакет експортовано</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Справу експортовано</translation>
    </message>
    <message>
        <source>Note imported</source>
        <translation>Нотатку імпортовано</translation>
    </message>
    <message>
        <source>Person imported</source>
        <translation>Людину імпортовано</translation>
    </message>
    <message>
        <source>Template created</source>
        <translation>Шаблон створено</translation>
    </message>
    <message>
        <source>Template changed</source>
        <translation>Шаблон змінено</translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation>Шаблон імпортовано</translation>
    </message>
    <message>
        <source>Template exported</source>
        <translation>Шаблон експортовано</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} from Markdown files</source>
        <translation>{0} з файлів Markdown</translation>
    </message>
    <message>
        <source>{0} from a {1} file</source>
        <translation>{0} з файлу {1}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>пріоритет</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>мітки</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>коротко</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>наступний крок</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>термін</translation>
    </message>
    <message>
        <source>state</source>
        <translation>стан</translation>
    </message>
    <message>
        <source>where the original is</source>
        <translation>де оригінал</translation>
    </message>
    <message>
        <source>note</source>
        <translation>нотатка</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>псевдонім</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>how to reach</source>
        <translation>як зв&apos;язатися</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <source>Activity</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>What was done in this vault, newest first. Content is never logged.</source>
        <translation>Що відбувалося в цьому сховищі, спершу нове. Вміст до журналу не потрапляє.</translation>
    </message>
    <message>
        <source>Nothing has happened in this vault yet.</source>
        <translation>У цьому сховищі ще нічого не відбувалося.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment viewer</source>
        <translation>Перегляд вкладення</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Attachment: {0}</source>
        <translation>Вкладення: {0}</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: it is damaged or needs a password.</source>
        <translation>Цей PDF не можна показати: він пошкоджений або захищений паролем.</translation>
    </message>
    <message>
        <source>{app} cannot show this kind of file. Use “Save a copy…” to open it.</source>
        <translation>{app} не вміє показувати такі файли. Щоб відкрити його, виберіть «Зберегти копію…».</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Сторінка {0} з {1}</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Зберегти незашифровану копію</translation>
    </message>
    <message>
        <source>Could not save the copy: {0}</source>
        <translation>Не вдалося зберегти копію: {0}</translation>
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
        <translation>Зображення JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Зображення PNG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Зображення GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Зображення WebP</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>No files yet. Add a scan or a photo of a document.</source>
        <translation>Файлів поки немає. Додайте скан або фото документа.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Додати файл…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Додати файл</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation>Відкрити вибраний файл</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Видалити вибраний файл</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Додати файли до справи</translation>
    </message>
    <message>
        <source>“{0}” is larger than 100 MB.</source>
        <translation>«{0}» більший за 100 МБ.</translation>
    </message>
    <message>
        <source>{app} cannot remove hidden information (such as where a photo was taken) from “{0}”, because it cannot read this kind of image. Add it anyway, as it is?</source>
        <translation>{app} не може прибрати приховані відомості (наприклад, де зроблено знімок) з «{0}»: такого формату зображень він не читає. Додати файл як є?</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Видалення файлу</translation>
    </message>
    <message>
        <source>Delete “{0}” from the vault?</source>
        <translation>Видалити «{0}» зі сховища?</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>Файл видалено</translation>
    </message>
</context>
<context>
    <name>BackBar</name>
    <message>
        <source>Back to the list</source>
        <translation>Назад до списку</translation>
    </message>
    <message>
        <source>Back to the list  (Esc)</source>
        <translation>Назад до списку  (Esc)</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n справа</numerusform>
            <numerusform>%n справи</numerusform>
            <numerusform>%n справ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n людина</numerusform>
            <numerusform>%n людини</numerusform>
            <numerusform>%n людей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n нотатка</numerusform>
            <numerusform>%n нотатки</numerusform>
            <numerusform>%n нотаток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n чек-лист</numerusform>
            <numerusform>%n чек-листи</numerusform>
            <numerusform>%n чек-листів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Encrypted backups</source>
        <translation>Зашифровані резервні копії</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Тека:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Тека для резервних копій</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Вибрати теку…</translation>
    </message>
    <message>
        <source>Keep backups elsewhere, on a USB stick for example</source>
        <translation>Зберігати резервні копії деінде, наприклад на флешці</translation>
    </message>
    <message>
        <source>Beside the vault</source>
        <translation>Поруч зі сховищем</translation>
    </message>
    <message>
        <source>Back up by itself when the vault locks or {app} quits, if anything changed</source>
        <translation>Робити резервну копію самостійно, коли сховище блокується або {app} закривається, якщо щось змінилося</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Містить</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Резервні копії цього сховища</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Зробити копію зараз</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <source>Restore as new vault…</source>
        <translation>Відновити як нове сховище…</translation>
    </message>
    <message>
        <source>Restore in place…</source>
        <translation>Відновити на місці…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Перебіг резервного копіювання</translation>
    </message>
    <message>
        <source>A demo vault is not backed up: it is deleted when you lock it.</source>
        <translation>Для демо-сховища резервна копія не робиться: воно видаляється під час блокування.</translation>
    </message>
    <message>
        <source>Wiping the vault also destroys these backups.</source>
        <translation>Під час знищення сховища ці резервні копії теж буде знищено.</translation>
    </message>
    <message>
        <source>Wiping the vault does not reach {0}: delete backups there yourself.</source>
        <translation>Знищення сховища не торкнеться {0}: видаліть резервні копії там самі.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Тека для резервних копій</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасовуємо…</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Резервну копію записано: {0}</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Записуємо зашифровану резервну копію…</translation>
    </message>
    <message>
        <source>Checking every byte and every page…</source>
        <translation>Перевіряємо кожен байт і кожну сторінку…</translation>
    </message>
    <message>
        <source>The file is intact (checksum). Its pages can only be checked by the vault it belongs to.</source>
        <translation>Файл цілий (контрольна сума збігається). Його сторінки може перевірити лише сховище, якому він належить.</translation>
    </message>
    <message>
        <source>This backup is intact: checksum, pages and structure.</source>
        <translation>Ця резервна копія ціла: контрольна сума, сторінки й структура в порядку.</translation>
    </message>
    <message>
        <source>This backup is damaged inside ({0}). Use another one.</source>
        <translation>Ця резервна копія пошкоджена всередині ({0}). Візьміть іншу.</translation>
    </message>
    <message>
        <source>An empty folder for the restored vault</source>
        <translation>Порожня тека для відновленого сховища</translation>
    </message>
    <message>
        <source>Restored into {0}. Open it with the passphrase the vault had on {1}.</source>
        <translation>Відновлено в {0}. Відкрийте сховище парольною фразою, яку воно мало {1}.</translation>
    </message>
    <message>
        <source>Restoring as a new vault…</source>
        <translation>Відновлюємо як нове сховище…</translation>
    </message>
    <message>
        <source>Restore in place</source>
        <translation>Відновлення на місці</translation>
    </message>
    <message>
        <source>Replace this vault with the backup of {0}? Everything written since then is replaced. The vault as it is now is kept as a backup first. The vault locks, and opens again with the passphrase it had on {0}.</source>
        <translation>Замінити це сховище резервною копією від {0}? Усе, що записано після цього, буде замінено. Спершу поточний стан сховища буде збережено як резервну копію. Сховище заблокується й відкриється парольною фразою, яку воно мало {0}.</translation>
    </message>
    <message>
        <source>Your duress passphrase goes with it: this backup is from before your last passphrase change. Set it again in Settings afterwards.</source>
        <translation>Парольна фраза під примусом при цьому зникне: цю резервну копію зроблено до останньої зміни парольної фрази. Потім задайте її знову в налаштуваннях.</translation>
    </message>
    <message>
        <source>Restored. Unlock the vault with the passphrase it had on {0}. The vault as it was is kept as a backup.</source>
        <translation>Відновлено. Розблокуйте сховище парольною фразою, яку воно мало {0}. Попередній стан сховища збережено як резервну копію.</translation>
    </message>
    <message>
        <source>Restoring in place…</source>
        <translation>Відновлюємо на місці…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читається</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручну</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматично</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед оновленням</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед відновленням</translation>
    </message>
    <message>
        <source>damaged: cannot be used</source>
        <translation>пошкоджена: використовувати не можна</translation>
    </message>
    <message>
        <source>a backup of another vault</source>
        <translation>резервна копія іншого сховища</translation>
    </message>
</context>
<context>
    <name>CamouflageSetting</name>
    <message>
        <source>Show a neutral &amp;name and icon (camouflage)</source>
        <translation>Показувати нейтральну &amp;назву й значок (маскування)</translation>
    </message>
    <message>
        <source>Show a neutral name and icon</source>
        <translation>Показувати нейтральну назву й значок</translation>
    </message>
    <message>
        <source>This copy is installed under a neutral name, so it always shows it. Only file names inside its program folder still tell what it is.</source>
        <translation>Цю копію встановлено під нейтральною назвою, і вона завжди її показує. Що це за програма, видають лише назви файлів усередині її теки.</translation>
    </message>
    <message>
        <source>The window, the task bar and new vault folders then say “{0}”, after a restart. Still telling: the installed program, its settings folder, the process name and a vault folder made before. The neutral package hides the program too.</source>
        <translation>Тоді вікно, панель завдань і нові теки сховища після перезапуску називаються «{0}». Видають і далі: встановлена програма, її тека налаштувань, назва процесу й тека сховища, створена раніше. Нейтральний пакет приховує й програму.</translation>
    </message>
</context>
<context>
    <name>CaseChecklistsPanel</name>
    <message>
        <source>No checklists yet. Add one from a template.</source>
        <translation>Чек-листів поки немає. Додайте чек-лист із шаблону.</translation>
    </message>
    <message>
        <source>Add checklist…</source>
        <translation>Додати чек-лист…</translation>
    </message>
    <message>
        <source>Add a checklist from a template</source>
        <translation>Додати чек-лист із шаблону</translation>
    </message>
    <message>
        <source>No templates available</source>
        <translation>Немає доступних шаблонів</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>This case is no longer in the vault.</source>
        <translation>Цієї справи більше немає в сховищі.</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Назва справи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. visa, urgent</source>
        <translation>Через кому, наприклад: віза, терміново</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Мітки через кому</translation>
    </message>
    <message>
        <source>What has to happen next?</source>
        <translation>Що треба зробити далі?</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>What is this case about?</source>
        <translation>Про що ця справа?</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Видалити справу…</translation>
    </message>
    <message>
        <source>Delete this case</source>
        <translation>Видалити цю справу</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Звіт…</translation>
    </message>
    <message>
        <source>Make a PDF report of this case</source>
        <translation>Створити PDF-звіт про цю справу</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Export this case for a colleague</source>
        <translation>Експортувати цю справу для колеги</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листи</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>A case needs a title; the old one is kept for now.</source>
        <translation>Справа повинна мати назву; поки залишається попередня.</translation>
    </message>
    <message>
        <source>Delete this case with its notes, checklists and attachments? The people in it stay in the vault.</source>
        <translation>Видалити цю справу разом із нотатками, чек-листами й вкладеннями? Люди з неї залишаться в сховищі.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Видалити справу</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Справу видалено</translation>
    </message>
</context>
<context>
    <name>CaseNotesTimeline</name>
    <message>
        <source>Notes of this case, newest first</source>
        <translation>Нотатки до цієї справи, спершу нові</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Нотаток поки немає.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Нова нотатка</translation>
    </message>
    <message>
        <source>New note in this case</source>
        <translation>Нова нотатка в цій справі</translation>
    </message>
    <message>
        <source>Pinned · {0}</source>
        <translation>Закріплено · {0}</translation>
    </message>
</context>
<context>
    <name>CasePeoplePanel</name>
    <message>
        <source>Nobody is linked to this case yet.</source>
        <translation>До цієї справи поки ніхто не прив&apos;язаний.</translation>
    </message>
    <message>
        <source>Link person…</source>
        <translation>Прив&apos;язати людину…</translation>
    </message>
    <message>
        <source>Link a person to this case</source>
        <translation>Прив&apos;язати людину до цієї справи</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Відкрити: {0}</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Роль у цій справі</translation>
    </message>
    <message>
        <source>Role of {0} in this case</source>
        <translation>Роль {0} у цій справі</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Відв&apos;язати</translation>
    </message>
    <message>
        <source>Unlink {0} from this case</source>
        <translation>Відв&apos;язати {0} від цієї справи</translation>
    </message>
    <message>
        <source>{0} unlinked from this case</source>
        <translation>{0}: відв&apos;язано від цієї справи</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <source> (due {0})</source>
        <translation> (термін {0})</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Перебіг роботи за чек-листом</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Виконано {0} з {1}</translation>
    </message>
    <message>
        <source>This report contains identity details. Keep it as safe as the vault.</source>
        <translation>У цьому звіті є особисті дані. Зберігайте його так само дбайливо, як сховище.</translation>
    </message>
    <message>
        <source>Redacted: people appear by pseudonym only; identity details are left out.</source>
        <translation>Знеособлено: люди вказані лише під псевдонімами, особисті дані не включено.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>КОНФІДЕНЦІЙНО</translation>
    </message>
    <message>
        <source>DEMO DATA — NOT REAL</source>
        <translation>ДЕМО-ДАНІ — НЕ СПРАВЖНІ</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Звіт про справу</translation>
    </message>
    <message>
        <source>generated {0}</source>
        <translation>створено {0}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>No people are linked to this case.</source>
        <translation>До цієї справи не прив&apos;язано жодної людини.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Роль у справі</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Original is at</source>
        <translation>Де оригінал</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (необов&apos;язково)</translation>
    </message>
    <message>
        <source>written {0}, last changed {1}</source>
        <translation>написано {0}, змінено {1}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Confidential case report</source>
        <translation>Конфіденційний звіт про справу</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфіденційно</translation>
    </message>
    <message>
        <source>Case report: {0}</source>
        <translation>Звіт про справу: {0}</translation>
    </message>
    <message>
        <source>Demo data — made up, not real people</source>
        <translation>Демо-дані — вигадані, це не справжні люди</translation>
    </message>
    <message>
        <source>Confidential — do not share beyond those who need it</source>
        <translation>Конфіденційно — не передавайте нікому, крім тих, кому це потрібно</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Сторінка {0} з {1}</translation>
    </message>
</context>
<context>
    <name>CaseReportDialog</name>
    <message>
        <source>Case report</source>
        <translation>Звіт про справу</translation>
    </message>
    <message>
        <source>A PDF with the case&apos;s status, people (by pseudonym), checklists and the notes you choose. Every page is marked confidential.</source>
        <translation>PDF зі статусом справи, людьми (під псевдонімами), чек-листами й вибраними вами нотатками. Кожну сторінку позначено як конфіденційну.</translation>
    </message>
    <message>
        <source>Notes to include</source>
        <translation>Які нотатки включити</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жодної</translation>
    </message>
    <message>
        <source>Include identities</source>
        <translation>Включити особисті дані</translation>
    </message>
    <message>
        <source>Include identity details in the report</source>
        <translation>Включити до звіту особисті дані</translation>
    </message>
    <message>
        <source>The report will show, for every person in the case: {0}. Anyone who gets the file can read them. Opening each person&apos;s details is logged.</source>
        <translation>У звіті для кожної людини зі справи буде вказано: {0}. Прочитати це зможе будь-хто, до кого потрапить файл. Кожне відкриття особистих даних записується до журналу.</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Перебіг створення звіту</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Case report: {0}</source>
        <translation>Звіт про справу: {0}</translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation>Зберегти звіт про справу</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Створюємо звіт…</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Збережено: {0}</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Скасовано. Файл не записано.</translation>
    </message>
    <message>
        <source>Could not write the report: {0}</source>
        <translation>Не вдалося записати звіт: {0}</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>No checklist items</source>
        <translation>У чек-листах немає пунктів</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Виконано {0} з {1}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрита</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Терміновий</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогрес</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Оновлено</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Далі: {0}</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Мітки: {0}</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Filter by status</source>
        <translation>Добір за статусом</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Добір за міткою</translation>
    </message>
    <message>
        <source>Filter by due date</source>
        <translation>Добір за терміном</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Будь-який термін</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Термін сьогодні</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Термін у найближчі 7 днів</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Термін у найближчі 30 днів</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <source>No cases yet — press {0} to add the first one.</source>
        <translation>Справ поки немає — натисніть {0}, щоб додати першу.</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>Назва нової справи</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Create the case</source>
        <translation>Створити справу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel the new case</source>
        <translation>Не створювати нову справу</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Add a case ({0})</source>
        <translation>Додати справу ({0})</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Немає справ, що відповідають цьому добору.</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>Справ: %n</numerusform>
            <numerusform>Справ: %n</numerusform>
            <numerusform>Справ: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Зміна парольної фрази</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Змінити парольну фразу</translation>
    </message>
    <message>
        <source>The recovery phrase keeps working. Backups made before today still open with the old passphrase.</source>
        <translation>Фраза відновлення й далі працюватиме. Резервні копії, зроблені до сьогодні, і надалі відкриваються старою парольною фразою.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Нова парольна фраза</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>З&amp;мінити парольну фразу</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Спершу введіть поточну парольну фразу.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольну фразу змінено</translation>
    </message>
    <message>
        <source>Use the new passphrase from now on. The recovery phrase still works.</source>
        <translation>Відтепер користуйтеся новою парольною фразою. Фраза відновлення й далі працює.</translation>
    </message>
</context>
<context>
    <name>ChecklistBlock</name>
    <message>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Remove the checklist {0}</source>
        <translation>Видалити чек-лист {0}</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Виконано {0} з {1}</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Нічого не потрібно</translation>
    </message>
    <message>
        <source>Progress of {0}</source>
        <translation>Перебіг роботи: {0}</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Видалення чек-листа</translation>
    </message>
    <message>
        <source>Remove the checklist “{0}” and everything noted in it?</source>
        <translation>Видалити чек-лист «{0}» і все, що в ньому позначено?</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>State: {0}</source>
        <translation>Стан: {0}</translation>
    </message>
    <message>
        <source>Due or expiry date: {0}</source>
        <translation>Термін або дата закінчення дії: {0}</translation>
    </message>
    <message>
        <source>Due or expiry</source>
        <translation>Термін або закінчення дії</translation>
    </message>
    <message>
        <source>Where the original is</source>
        <translation>Де оригінал</translation>
    </message>
    <message>
        <source>Where the original is: {0}</source>
        <translation>Де оригінал: {0}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Нотатка: {0}</translation>
    </message>
    <message>
        <source>Scans and photos of this document</source>
        <translation>Скани й фото цього документа</translation>
    </message>
    <message>
        <source>Scans for {0}</source>
        <translation>Скани для {0}</translation>
    </message>
    <message>
        <source>Scans ({0})</source>
        <translation>Скани ({0})</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Скани</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>Прикріплено %n файл</numerusform>
            <numerusform>Прикріплено %n файли</numerusform>
            <numerusform>Прикріплено %n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>Файлів немає</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <translation>Перебіг роботи за чек-листом</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Remove this checklist</source>
        <translation>Видалити цей чек-лист</translation>
    </message>
    <message>
        <source>Checklist: {0}</source>
        <translation>Чек-лист: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Виконано {0} з {1}</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Нічого не потрібно</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Видалення чек-листа</translation>
    </message>
    <message>
        <source>Remove the checklist “{0}” and everything noted in it?</source>
        <translation>Видалити чек-лист «{0}» і все, що в ньому позначено?</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>Зробити</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не потрібно</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <source>expires within 30 days</source>
        <translation>спливає в найближчі 30 днів</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогрес</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Найближча дата</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Нічого не потрібно</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Виконано {0} з {1}</translation>
    </message>
</context>
<context>
    <name>ChecklistsSection</name>
    <message>
        <source>Checklists</source>
        <translation>Чек-листи</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Шаблони…</translation>
    </message>
    <message>
        <source>Edit, import and export templates</source>
        <translation>Змінити, імпортувати й експортувати шаблони</translation>
    </message>
    <message>
        <source>Select a checklist first: {0} adds to its case.</source>
        <translation>Спершу виберіть чек-лист: {0} додасть новий до його справи.</translation>
    </message>
    <message>
        <source>Add a checklist</source>
        <translation>Додавання чек-листа</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>No checklists yet. Open a case and add one, or select a checklist here and press {0} to add another to its case.</source>
        <translation>Чек-листів поки немає. Відкрийте справу й додайте чек-лист або виберіть тут чек-лист і натисніть {0}, щоб додати ще один до тієї ж справи.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n чек-лист</numerusform>
            <numerusform>%n чек-листи</numerusform>
            <numerusform>%n чек-листів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collapsible</name>
    <message>
        <source>Expanded</source>
        <translation>Розгорнуто</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Згорнуто</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Імпорт контактів</translation>
    </message>
    <message>
        <source>Contacts from a CSV export (Google, Outlook, Thunderbird) or a vCard file. Each becomes a person with a new pseudonym; names, phones, emails, addresses and the contact&apos;s notes are sealed in the identity compartment.</source>
        <translation>Контакти з експорту CSV (Google, Outlook, Thunderbird) або файлу vCard. Кожен контакт стане людиною з новим псевдонімом; імена, телефони, електронні й поштові адреси, а також нотатки до контакту буде зашифровано в особистих даних.</translation>
    </message>
    <message>
        <source>Role of the imported people</source>
        <translation>Роль імпортованих людей</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Choose a contacts file</source>
        <translation>Виберіть файл із контактами</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Контакти (*.csv *.vcf *.vcard);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Identity (masked)</source>
        <translation>Особисті дані (приховано)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create a vault</source>
        <translation>Створення сховища</translation>
    </message>
    <message>
        <source>Everything you keep in it is encrypted with a key made from your passphrase. Choose one you can remember; nobody can reset it for you.</source>
        <translation>Усе, що ви тут зберігаєте, шифрується ключем, отриманим із вашої парольної фрази. Виберіть таку, яку зможете запам&apos;ятати: скинути її за вас не зможе ніхто.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Тека для нового сховища</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Вибрати іншу теку</translation>
    </message>
    <message>
        <source>&amp;Remember this location on this computer</source>
        <translation>&amp;Запам&apos;ятати це місце на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>Remember this vault location</source>
        <translation>Запам&apos;ятати, де лежить сховище</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation>Повернутися на початкову сторінку</translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation>Створити &amp;сховище</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Створити сховище</translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation>Виберіть теку для сховища</translation>
    </message>
    <message>
        <source>Making your vault…</source>
        <translation>Створюємо сховище…</translation>
    </message>
    <message>
        <source>{app} is turning your passphrase into a key. This takes a few seconds on purpose: it makes guessing the passphrase very slow.</source>
        <translation>{app} перетворює вашу парольну фразу на ключ. Це навмисно триває кілька секунд: так підбирати парольну фразу дуже довго.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Створення сховища</translation>
    </message>
    <message>
        <source>That folder already holds files. A new vault needs an empty folder: choose another one.</source>
        <translation>У цій теці вже є файли. Для нового сховища потрібна порожня тека — виберіть іншу.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Type a date like {0} or 2026-12-20, or pick one from the calendar</source>
        <translation>Введіть дату, наприклад {0} або 2026-12-20, або виберіть її в календарі</translation>
    </message>
    <message>
        <source>Pick {0} from a calendar</source>
        <translation>Вибрати {0} у календарі</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Вибрати в календарі</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Type it like {1} or 2026-12-20, or pick it from the calendar.</source>
        <translation>«{0}» — це не дата. Введіть її, наприклад, так: {1} або 2026-12-20, або виберіть у календарі.</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message>
        <source>It stays in Vault ▸ Recently deleted for 30 days.</source>
        <translation>Воно залишиться в розділі «Сховище ▸ Нещодавно видалені» на 30 днів.</translation>
    </message>
    <message>
        <source>Delete immediately, without keeping it in Recently deleted</source>
        <translation>Видалити одразу, не залишаючи в «Нещодавно видалених»</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo could not be made: {0}</source>
        <translation>Не вдалося створити демо-сховище: {0}</translation>
    </message>
</context>
<context>
    <name>DemoProgressDialog</name>
    <message>
        <source>Demo vault</source>
        <translation>Демо-сховище</translation>
    </message>
    <message>
        <source>Making the demo vault…</source>
        <translation>Створюємо демо-сховище…</translation>
    </message>
    <message>
        <source>Made-up cases, people and notes, deleted when you lock it or quit.</source>
        <translation>Вигадані справи, люди й нотатки. Видаляються під час блокування або виходу.</translation>
    </message>
    <message>
        <source>Demo vault progress</source>
        <translation>Перебіг створення демо-сховища</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where the backup goes</source>
        <translation>Куди зберегти резервну копію</translation>
    </message>
    <message>
        <source>A &amp;folder or USB stick</source>
        <translation>&amp;Тека або флешка</translation>
    </message>
    <message>
        <source>A bundle for a trusted co&amp;lleague</source>
        <translation>Пакет для &amp;колеги, якому ви довіряєте</translation>
    </message>
    <message>
        <source>You carry the backup yourself, apart from the laptop.</source>
        <translation>Резервну копію ви везете самі, окремо від ноутбука.</translation>
    </message>
    <message>
        <source>The backup is sealed to a colleague&apos;s sharing key, and you give them the bundle. They cannot read it: it also needs your passphrase. Before you can return, they must give you back the backup file it holds, saved from their {app} (Vault ▸ Import a colleague&apos;s bundle…).</source>
        <translation>Резервну копію буде зашифровано для ключа для обміну колеги, і ви віддаєте колезі пакет. Прочитати її колега не зможе: для цього потрібна ще й ваша парольна фраза. Перш ніж ви зможете повернутися, колезі потрібно буде віддати вам файл резервної копії з пакета, зберігши його у своєму {app} («Сховище ▸ Імпорт пакета від колеги…»).</translation>
    </message>
    <message>
        <source>Your colleague&apos;s sharing key</source>
        <translation>Ключ для обміну вашого колеги</translation>
    </message>
    <message>
        <source>age1… (they find it under Sharing key)</source>
        <translation>age1… (колега знайде його в розділі «Ключ для обміну»)</translation>
    </message>
    <message>
        <source>Your colleague&apos;s &amp;sharing key</source>
        <translation>&amp;Ключ для обміну вашого колеги</translation>
    </message>
    <message>
        <source>A folder on a USB stick, for example</source>
        <translation>Наприклад, тека на флешці</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Your passphrase</source>
        <translation>&amp;Ваша парольна фраза</translation>
    </message>
    <message>
        <source>The backup must open with it before anything is erased. You will need it to come back.</source>
        <translation>Резервна копія має відкритися нею, перш ніж щось буде стерто. Вона знадобиться вам для повернення.</translation>
    </message>
    <message>
        <source>&amp;Cover passphrase</source>
        <translation>Парольна фраза &amp;прикриття</translation>
    </message>
    <message>
        <source>No duress passphrase is set, so a cover vault is made now. Choose the passphrase you would give if forced to unlock the laptop.</source>
        <translation>Парольну фразу під примусом не задано, тож зараз буде створено сховище-прикриття. Придумайте парольну фразу, яку ви назвете, якщо вас змусять розблокувати ноутбук.</translation>
    </message>
    <message>
        <source>Your duress passphrase will open the cover vault.</source>
        <translation>Сховище-прикриття відкриватиметься вашою парольною фразою під примусом.</translation>
    </message>
    <message>
        <source>&amp;Folder for the bundle</source>
        <translation>&amp;Тека для пакета</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Тека для пакета</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle</source>
        <translation>Вибрати теку для пакета</translation>
    </message>
    <message>
        <source>&amp;Folder for the backup</source>
        <translation>&amp;Тека для резервної копії</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Тека для резервної копії</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Вибрати теку для резервної копії</translation>
    </message>
    <message>
        <source>Paste your colleague&apos;s sharing key.</source>
        <translation>Вставте ключ для обміну вашого колеги.</translation>
    </message>
    <message>
        <source>This is not a sharing key. It starts with age1; ask your colleague to copy it again from Sharing key in their {app}.</source>
        <translation>Це не ключ для обміну. Він починається з age1; попросіть колегу ще раз скопіювати його з розділу «Ключ для обміну» у своєму {app}.</translation>
    </message>
    <message>
        <source>Choose a folder for the bundle.</source>
        <translation>Виберіть теку для пакета.</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>Виберіть теку для резервної копії.</translation>
    </message>
    <message>
        <source>Choose a folder outside the vault&apos;s folder: the vault&apos;s folder is erased.</source>
        <translation>Виберіть теку поза текою сховища: теку сховища буде стерто.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введіть свою парольну фразу.</translation>
    </message>
</context>
<context>
    <name>DueSoon</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Case deadline: {0}</source>
        <translation>Термін у справі: {0}</translation>
    </message>
</context>
<context>
    <name>DueSoonSection</name>
    <message>
        <source>How far ahead</source>
        <translation>На який час уперед</translation>
    </message>
    <message>
        <source>Overdue and next 30 days</source>
        <translation>Прострочене й найближчі 30 днів</translation>
    </message>
    <message>
        <source>Overdue and next 7 days</source>
        <translation>Прострочене й найближчі 7 днів</translation>
    </message>
    <message>
        <source>Overdue and next 90 days</source>
        <translation>Прострочене й найближчі 90 днів</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Усі дати</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Незабаром термін</translation>
    </message>
    <message>
        <source>Nothing is due. Dates on checklist items show here.</source>
        <translation>Термінів немає. Тут з&apos;являться дати з пунктів чек-листів.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольна фраза під примусом</translation>
    </message>
    <message>
        <source>A second passphrase for when you are forced to unlock. Typed where {app} asks for your passphrase, it opens a cover vault that looks and works like an ordinary one. Nothing in the files tells that it exists.</source>
        <translation>Друга парольна фраза на випадок, якщо вас змусять розблокувати сховище. Якщо ввести її там, де {app} просить парольну фразу, відкриється прикриття — сховище, яке виглядає й працює як звичайне. З файлів неможливо зрозуміти, що воно існує.</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase</source>
        <translation>&amp;Парольна фраза під примусом</translation>
    </message>
    <message>
        <source>Fill the cover with a few &amp;ordinary notes</source>
        <translation>Заповнити прикриття кількома &amp;звичайними нотатками</translation>
    </message>
    <message>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;Задати парольну фразу під примусом</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Прибрати її</translation>
    </message>
    <message>
        <source>&amp;Erase this vault when it is typed</source>
        <translation>&amp;Знищити це сховище, коли її введуть</translation>
    </message>
    <message>
        <source>This vault&apos;s keys are destroyed at that moment: nobody can open it afterwards, you neither; only a backup kept elsewhere brings it back. An examiner finds one ordinary vault, unless they copied the disk before. Risk: if they suspect a wipe, they may hold you longer.</source>
        <translation>Ключі цього сховища буде знищено тієї ж миті: відкрити його потім не зможе ніхто, і ви теж; повернути його можна лише з резервної копії, що зберігається деінде. Перевіряльник знайде одне звичайне сховище, якщо тільки не скопіював диск заздалегідь. Ризик: запідозривши знищення, вас можуть затримати довше.</translation>
    </message>
    <message>
        <source>&amp;Hide this vault and keep it</source>
        <translation>&amp;Сховати це сховище й зберегти його</translation>
    </message>
    <message>
        <source>This vault stays as it is, unseen. Nothing is lost. But it is still there: someone who copies the disk twice may notice a second database changing, and someone who doubts your cover can keep asking.</source>
        <translation>Це сховище залишиться як є, непомітним. Нічого не загубиться. Але воно й далі на диску: хто скопіює диск двічі, може помітити, що змінюється друга база даних, а хто сумнівається в прикритті, може й далі розпитувати.</translation>
    </message>
    <message>
        <source>A duress passphrase can be set only after unlocking with the passphrase.</source>
        <translation>Парольну фразу під примусом можна задати лише після розблокування звичайною парольною фразою.</translation>
    </message>
    <message>
        <source>A duress passphrase is set. Setting a new one replaces it and its cover.</source>
        <translation>Парольну фразу під примусом задано. Якщо задати нову, вона замінить попередню разом із прикриттям.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Парольну фразу під примусом не задано.</translation>
    </message>
    <message>
        <source>Working… (a few seconds)</source>
        <translation>Виконується… (кілька секунд)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Nothing was changed; check it and try again.</source>
        <translation>Неправильна парольна фраза. Нічого не змінено; перевірте її та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This vault is damaged and cannot be read. Nothing was changed. Restore it from a backup.</source>
        <translation>Це сховище пошкоджене й не читається. Нічого не змінено. Відновіть його з резервної копії.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it again to go on.</source>
        <translation>Сховище заблоковано. Щоб продовжити, розблокуйте його.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the vault is unchanged.</source>
        <translation>Скасовано. Нічого не записано, сховище не змінилося.</translation>
    </message>
    <message>
        <source>{folder} already holds files; a new vault needs an empty folder.</source>
        <translation>У теці {folder} уже є файли; для нового сховища потрібна порожня тека.</translation>
    </message>
    <message>
        <source>This item is no longer in the vault. Nothing was changed.</source>
        <translation>Цього більше немає в сховищі. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The disk refused to read or write: nothing was changed. Check the disk and try again.</source>
        <translation>Диск відмовився читати чи записувати: нічого не змінено. Перевірте диск і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}. Nothing was kept of it, and the vault is unchanged.</source>
        <translation>Резервну копію не вдалося записати в {folder}. Від неї нічого не залишилося, сховище не змінилося.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was altered on the way. Nothing was imported; ask for it again.</source>
        <translation>Цей пакет пошкоджений або змінений дорогою. Нічого не імпортовано; попросіть надіслати його ще раз.</translation>
    </message>
    <message>
        <source>This comes from a demo vault: its cases and people are made up. It was not imported into this real vault; nothing was changed.</source>
        <translation>Це з демо-сховища: справи й люди в ньому вигадані. До цього справжнього сховища нічого не імпортовано; нічого не змінено.</translation>
    </message>
    <message>
        <source>This comes from a real vault. A demo vault takes only demo data, so real people never appear in a training; nothing was changed.</source>
        <translation>Це зі справжнього сховища. Демо-сховище приймає лише демо-дані, щоб справжні люди ніколи не потрапили на тренінг; нічого не змінено.</translation>
    </message>
    <message>
        <source>This file is not a bundle: it is not an age-encrypted file. Choose the .age file your colleague sent; nothing was changed.</source>
        <translation>Цей файл — не пакет: його не зашифровано за допомогою age. Виберіть файл .age, який надіслав(-ла) колега; нічого не змінено.</translation>
    </message>
    <message>
        <source>The vault is open elsewhere (another {app} window or command). Close it there first.</source>
        <translation>Сховище відкрите деінде (в іншому вікні або команді {app}). Спершу закрийте його там.</translation>
    </message>
    <message>
        <source>This vault failed its authenticity check: it was altered or damaged after {app} wrote it. Nothing was changed. Restore it from a backup.</source>
        <translation>Це сховище не пройшло перевірку автентичності: після запису {app} його змінили або пошкодили. Нічого не змінено. Відновіть його з резервної копії.</translation>
    </message>
    <message>
        <source>The checklist template {filename} cannot be used; nothing was changed.</source>
        <translation>Шаблон чек-листа {filename} не можна використати; нічого не змінено.</translation>
    </message>
    <message>
        <source>That folder does not hold a {app} vault.</source>
        <translation>У цій теці немає сховища {app}.</translation>
    </message>
    <message>
        <source>The vault file {name} is a link to another file, or not a plain file. {app} stopped and changed nothing. Someone may have put it there: remove it, or restore the vault from a backup.</source>
        <translation>Файл сховища {name} — це посилання на інший файл або не звичайний файл. {app} зупинився й нічого не змінив. Можливо, його підкинули: видаліть його або відновіть сховище з резервної копії.</translation>
    </message>
    <message>
        <source>This vault uses format version {found}, which this {app} cannot open. Install a newer {app}.</source>
        <translation>Це сховище у форматі версії {found}, який ця версія {app} відкрити не може. Установіть новішу версію {app}.</translation>
    </message>
    <message>
        <source>The backup file {file} uses format version {found}, which this {app} cannot read. Install a newer {app}.</source>
        <translation>Файл резервної копії {file} у форматі версії {found}, який ця версія {app} прочитати не може. Установіть новішу версію {app}.</translation>
    </message>
    <message>
        <source>This bundle cannot be opened here: it was made for another vault&apos;s sharing key, or by a newer {app}. Nothing was changed.</source>
        <translation>Цей пакет не можна відкрити тут: його зроблено для ключа для обміну іншого сховища або новішою версією {app}. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Wrong recovery phrase. Nothing was changed; check it and try again.</source>
        <translation>Неправильна фраза відновлення. Нічого не змінено; перевірте її та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this bundle. Nothing was changed; check it and try again.</source>
        <translation>Неправильна парольна фраза для цього пакета. Нічого не змінено; перевірте її та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>Диск заповнений: нічого не змінено. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Your disk quota is used up: nothing was changed. Free some space and try again.</source>
        <translation>Вашу дискову квоту вичерпано: нічого не змінено. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The disk or folder is read-only (a locked USB stick, or mounted read-only): nothing was changed. Make it writable and try again.</source>
        <translation>Диск або тека доступні лише для читання (флешка із захистом від запису або диск, підключений лише для читання): нічого не змінено. Дозвольте запис і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error (a failing disk, or a USB stick pulled out): nothing more was written. Copy the vault to another disk and check it there.</source>
        <translation>Диск повідомив про помилку читання або запису (несправний диск або витягнута флешка): більше нічого не записано. Скопіюйте сховище на інший диск і перевірте його там.</translation>
    </message>
    <message>
        <source>{app} is not allowed to write there: nothing was changed. Check who owns the vault&apos;s folder and try again.</source>
        <translation>{app} не може записувати в це місце: нічого не змінено. Перевірте, кому належить тека сховища, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The folder or file is not there any more.</source>
        <translation>Теки або файлу більше немає на місці.</translation>
    </message>
    <message>
        <source>The system refused (error {0}). Nothing was changed.</source>
        <translation>Система відмовила (помилка {0}). Нічого не змінено.</translation>
    </message>
    <message>
        <source>That recovery phrase is not valid: word {0}, “{1}”, is not in the list.</source>
        <translation>Ця фраза відновлення неправильна: слова {0} («{1}») немає в списку.</translation>
    </message>
    <message>
        <source>That recovery phrase is not valid: the words do not fit together (one is probably mistyped or out of order).</source>
        <translation>Ця фраза відновлення неправильна: слова не пасують одне до одного (імовірно, одне введено з помилкою або не на своєму місці).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({0}). Your saved work is kept.</source>
        <translation>Сталася непередбачена помилка ({0}). Збережені дані не постраждали.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Назва справи</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Роль у справі</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Safe way to reach</source>
        <translation>Як безпечно зв&apos;язатися</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Назва нотатки</translation>
    </message>
    <message>
        <source>Item note</source>
        <translation>Нотатка до пункту</translation>
    </message>
    <message>
        <source>Where the original is</source>
        <translation>Де оригінал</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Парольна фраза пакета</translation>
    </message>
    <message>
        <source>Report passphrase</source>
        <translation>Парольна фраза звіту</translation>
    </message>
    <message>
        <source>“{0}” is not a date in “{1}”. Type it like {2}.</source>
        <translation>«{0}» у полі «{1}» — не дата. Введіть її так: {2}.</translation>
    </message>
    <message>
        <source>“{field}” cannot be empty.</source>
        <translation>Поле «{field}» не може бути порожнім.</translation>
    </message>
    <message>
        <source>“{field}” holds a character that cannot be stored (a NUL byte).</source>
        <translation>У полі «{field}» є символ, який не можна зберегти (нульовий байт).</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices for “{field}”.</source>
        <translation>«{value}» — не зі списку варіантів для поля «{field}».</translation>
    </message>
    <message>
        <source>“{ident}” is not an id {app} knows.</source>
        <translation>{app} не знає ідентифікатора «{ident}».</translation>
    </message>
    <message>
        <source>“{ident}” matches more than one item; type more of its id.</source>
        <translation>«{ident}» підходить до кількох записів; введіть довший ідентифікатор.</translation>
    </message>
    <message>
        <source>Another person already has the pseudonym “{pseudonym}”.</source>
        <translation>Псевдонім «{pseudonym}» уже має інша людина.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — це тека, а не файл.</translation>
    </message>
    <message>
        <source>{path} is not a plain file (a device or a pipe); {app} reads only files.</source>
        <translation>{path} — не звичайний файл (пристрій або канал); {app} читає лише файли.</translation>
    </message>
    <message>
        <source>{name} is a symbolic link; choose the file itself.</source>
        <translation>{name} — символьне посилання; виберіть сам файл.</translation>
    </message>
    <message>
        <source>{name} is too large: at most {limit} can be read. Nothing was changed.</source>
        <translation>{name} завеликий: можна прочитати не більше ніж {limit}. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The file is too large ({size}); an attachment can be at most {limit}.</source>
        <translation>Файл завеликий ({size}); вкладення може бути не більше ніж {limit}.</translation>
    </message>
    <message>
        <source>The file is empty; there is nothing to attach.</source>
        <translation>Файл порожній — нічого вкладати.</translation>
    </message>
    <message>
        <source>The note or checklist item belongs to another case.</source>
        <translation>Нотатка або пункт чек-листа належить до іншої справи.</translation>
    </message>
    <message>
        <source>This item is already back in the vault.</source>
        <translation>Цей запис уже повернувся до сховища.</translation>
    </message>
    <message>
        <source>The case or person this belonged to is no longer in the vault; restore that first.</source>
        <translation>Справи або людини, до яких це належало, уже немає у сховищі; спершу відновіть їх.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add a few more words, or take the suggested one.</source>
        <translation>Цю парольну фразу надто легко вгадати. Додайте ще кілька слів або візьміть запропоновану.</translation>
    </message>
    <message>
        <source>{name} is not a {app} backup file. Nothing was changed.</source>
        <translation>{name} — не файл резервної копії {app}. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Теки {folder} не існує.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the bundle.</source>
        <translation>{path} — це тека; вкажіть ім&apos;я файлу для пакета.</translation>
    </message>
    <message>
        <source>{name} is a backup of another vault. Restore it as a new vault instead.</source>
        <translation>{name} — резервна копія іншого сховища. Відновіть її як нове сховище.</translation>
    </message>
    <message>
        <source>{name} was made by a newer {app}, which this one cannot open. Install a newer {app}, or restore it as a new vault to keep it for later.</source>
        <translation>Резервну копію {name} зробила новіша версія {app}, і ця версія не може її відкрити. Установіть новішу версію {app} або відновіть копію як нове сховище, щоб зберегти її на потім.</translation>
    </message>
    <message>
        <source>An import, export or report is still running. Restore once it has finished.</source>
        <translation>Ще триває імпорт, експорт або створення звіту. Відновіть, коли це завершиться.</translation>
    </message>
    <message>
        <source>This vault is damaged, so it cannot be kept as a backup before it is replaced. Restore the backup as a new vault instead; this one stays as it is.</source>
        <translation>Це сховище пошкоджене, тому перед заміною його не можна зберегти як резервну копію. Відновіть резервну копію як нове сховище; це залишиться як є.</translation>
    </message>
    <message>
        <source>The backup was restored, but writing the vault&apos;s header in {folder} failed. Unlock it with the passphrase it had on the day of the backup, or with the one it had before the restore.</source>
        <translation>Резервну копію відновлено, але записати заголовок сховища в {folder} не вдалося. Розблокуйте його парольною фразою, яка була в день резервної копії, або тією, що була до відновлення.</translation>
    </message>
    <message>
        <source>{app} may not read {0} (permission denied).</source>
        <translation>{app} не дозволено читати {0} (немає доступу).</translation>
    </message>
    <message>
        <source>{0} is not there any more.</source>
        <translation>{0} більше немає на місці.</translation>
    </message>
    <message>
        <source>{app} cannot read {0}: the disk or the file refused.</source>
        <translation>{app} не може прочитати {0}: диск або файл не відповідає.</translation>
    </message>
    <message>
        <source>Locking after inactivity takes a whole number of minutes from {0} to {1}, or never.</source>
        <translation>Блокування під час бездіяльності: ціле число хвилин від {0} до {1} або «ніколи».</translation>
    </message>
    <message>
        <source>Clearing the clipboard takes a whole number of seconds from {0} to {1}.</source>
        <translation>Очищення буфера обміну: ціле число секунд від {0} до {1}.</translation>
    </message>
    <message>
        <source>Hiding a shown identity field again takes a whole number of seconds from {0} to {1}.</source>
        <translation>Повторне приховування показаних особистих даних: ціле число секунд від {0} до {1}.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as /media/usb/backups.</source>
        <translation>Теку для резервних копій треба вказати повним шляхом, наприклад /media/usb/backups.</translation>
    </message>
    <message>
        <source>Automatic backups must be on or off.</source>
        <translation>Автоматичні резервні копії можуть бути лише увімкнені або вимкнені.</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>його обрізано</translation>
    </message>
    <message>
        <source>its description has an impossible length</source>
        <translation>його опис має неможливу довжину</translation>
    </message>
    <message>
        <source>its description cannot be read</source>
        <translation>його опис не читається</translation>
    </message>
    <message>
        <source>its checksum does not match its content</source>
        <translation>контрольна сума не збігається із вмістом</translation>
    </message>
    <message>
        <source>it is {0} bytes long where {1} were written</source>
        <translation>його довжина {0} байт, а записано було {1}</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>він не читається</translation>
    </message>
    <message>
        <source>The backup file {0} is damaged: {1}. Nothing was changed; try an older backup.</source>
        <translation>Файл резервної копії {0} пошкоджено: {1}. Нічого не змінено; спробуйте старішу резервну копію.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: the folder is not there. Is the USB stick plugged in? Nothing was kept of it, and the vault is unchanged.</source>
        <translation>Резервну копію не вдалося записати в {0}: теки немає. USB-накопичувач під&apos;єднано? Від копії нічого не лишилося, сховище не змінено.</translation>
    </message>
    <message>
        <source>No backup folder was chosen, so no backup was made. Choose one under Backups.</source>
        <translation>Теку для резервних копій не вибрано, тому резервну копію не зроблено. Виберіть її в розділі «Резервні копії».</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}.</source>
        <translation>Резервну копію не вдалося записати в {0}.</translation>
    </message>
    <message>
        <source>This bundle is too large: at most {0} MB can be opened. Nothing was changed.</source>
        <translation>Цей пакет завеликий: можна відкрити не більше ніж {0} МБ. Нічого не змінено.</translation>
    </message>
    <message>
        <source>This bundle cannot be used: its contents are not what {app} writes (it may be damaged, or made by another program). Nothing was changed.</source>
        <translation>Цей пакет не можна використати: його вміст не такий, який пише {app} (можливо, його пошкоджено або зроблено іншою програмою). Нічого не змінено.</translation>
    </message>
    <message>
        <source>This bundle is in text form (ASCII-armored); {app} reads binary age files. Ask for the .age file itself. Nothing was changed.</source>
        <translation>Цей пакет у текстовому вигляді (ASCII-armor); {app} читає двійкові файли age. Попросіть надіслати сам файл .age. Нічого не змінено.</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase; type it to open the bundle. Nothing was changed.</source>
        <translation>Цей пакет захищено парольною фразою; введіть її, щоб відкрити пакет. Нічого не змінено.</translation>
    </message>
    <message>
        <source>This bundle was not encrypted to this vault&apos;s sharing key. Ask the sender to use the key shown under Sharing key. Nothing was changed.</source>
        <translation>Цей пакет зашифровано не для ключа для обміну цього сховища. Попросіть відправника використати ключ, показаний у розділі «Ключ для обміну». Нічого не змінено.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer {app}; install a newer {app} to open it. Nothing was changed.</source>
        <translation>Цей пакет зроблено новішою версією {app}; установіть новішу версію {app}, щоб відкрити його. Нічого не змінено.</translation>
    </message>
    <message>
        <source>This bundle holds a colleague&apos;s travel backup, not records to import. Choose Preview in Vault ▸ Import a colleague&apos;s bundle… to save the backup file for them. Nothing was changed.</source>
        <translation>У цьому пакеті — резервна копія колеги на час поїздки, а не записи для імпорту. Натисніть «Попередній перегляд» у вікні «Сховище ▸ Імпорт пакета від колеги…», щоб зберегти для колеги файл резервної копії. Нічого не змінено.</translation>
    </message>
    <message>
        <source>This bundle holds shared records, not a colleague&apos;s travel backup: import it with Vault ▸ Import a colleague&apos;s bundle… Nothing was changed.</source>
        <translation>У цьому пакеті — передані записи, а не резервна копія колеги на час поїздки: імпортуйте його через «Сховище ▸ Імпорт пакета від колеги…». Нічого не змінено.</translation>
    </message>
    <message>
        <source>This bundle would move a record of this vault to another case or note, so it was not imported. Nothing was changed.</source>
        <translation>Цей пакет переніс би запис цього сховища до іншої справи чи нотатки, тому його не імпортовано. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The file is too large ({0}); at most {1} can be imported.</source>
        <translation>Файл завеликий ({0}); імпортувати можна не більше {1}.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read near line {0}. Nothing was imported.</source>
        <translation>CSV-файл не вдається прочитати біля рядка {0}. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The file holds too many contacts (more than {0}); import it in parts.</source>
        <translation>У файлі забагато контактів (понад {0}); імпортуйте його частинами.</translation>
    </message>
    <message>
        <source>Line {0} of the vCard file is too long.</source>
        <translation>Рядок {0} у файлі vCard задовгий.</translation>
    </message>
    <message>
        <source>The folder holds too many files and folders (more than {0}); choose a smaller one.</source>
        <translation>У теці забагато файлів і тек (понад {0}); виберіть меншу теку.</translation>
    </message>
    <message>
        <source>The folder holds too many Markdown files ({0}); at most {1} can be imported at once.</source>
        <translation>У теці забагато файлів Markdown ({0}); за один раз можна імпортувати не більше {1}.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} — це не файл.</translation>
    </message>
    <message>
        <source>The file says it is in the UTF-16 encoding, but it is not.</source>
        <translation>Файл вказує кодування UTF-16, але насправді записаний в іншому.</translation>
    </message>
    <message>
        <source>The file is empty; there is nothing to import.</source>
        <translation>Файл порожній — нічого імпортувати.</translation>
    </message>
    <message>
        <source>This is not a text file. Choose a CSV or vCard file.</source>
        <translation>Це не текстовий файл. Виберіть файл CSV або vCard.</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>CSV-файл порожній.</translation>
    </message>
    <message>
        <source>The CSV file has no column {app} recognises as a name (such as “Name”, “Given Name”, “First Name” or “Last Name”).</source>
        <translation>У CSV-файлі немає стовпця, який {app} розпізнає як ім&apos;я (наприклад, «Name», «Given Name», «First Name» або «Last Name»).</translation>
    </message>
    <message>
        <source>{folder} is not a folder (links to folders are not followed).</source>
        <translation>{folder} — це не тека (за посиланнями на теки перехід не виконується).</translation>
    </message>
    <message>
        <source>The folder&apos;s notes are too large to import at once.</source>
        <translation>Нотатки в цій теці завеликі, щоб імпортувати їх за один раз.</translation>
    </message>
    <message>
        <source>The folder&apos;s notes and images are too large to import at once.</source>
        <translation>Нотатки й зображення в цій теці завеликі, щоб імпортувати їх за один раз.</translation>
    </message>
    <message>
        <source>{app} may not write to {path} (permission denied).</source>
        <translation>{app} не може записувати в {path} (немає прав доступу).</translation>
    </message>
    <message>
        <source>{app} cannot use {path}; choose another folder.</source>
        <translation>{app} не може використати {path}; виберіть іншу теку.</translation>
    </message>
    <message>
        <source>{app} may not write beside {folder} (permission denied).</source>
        <translation>{app} не може записувати поруч із {folder} (немає прав доступу).</translation>
    </message>
    <message>
        <source>{app} cannot write beside {folder}; check that the folder is there.</source>
        <translation>{app} не може записати поруч із {folder}; перевірте, що ця тека існує.</translation>
    </message>
    <message>
        <source>Unlock the vault once with its passphrase first, so it is upgraded.</source>
        <translation>Спершу один раз розблокуйте сховище його парольною фразою, щоб воно оновилося.</translation>
    </message>
    <message>
        <source>The travel backup must go outside the vault&apos;s folder.</source>
        <translation>Резервну копію для поїздки треба зберегти поза текою сховища.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the cover vault that stays on the laptop.</source>
        <translation>Виберіть парольну фразу для сховища-прикриття, яке залишиться на ноутбуці.</translation>
    </message>
    <message>
        <source>This vault is in the old format. Lock and unlock it once to upgrade it, then set a duress passphrase.</source>
        <translation>Це сховище в старому форматі. Заблокуйте й розблокуйте його один раз, щоб оновити, а потім задайте парольну фразу під примусом.</translation>
    </message>
    <message>
        <source>This vault has no header to tie the setting to.</source>
        <translation>Це сховище не має заголовка, до якого можна прив&apos;язати це налаштування.</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>{0} within a day</source>
        <translation>{0} — протягом доби</translation>
    </message>
    <message>
        <source>{0} within a week</source>
        <translation>{0} — протягом тижня</translation>
    </message>
    <message>
        <source>{0} within {1} days</source>
        <translation>{0} — протягом {1} дн.</translation>
    </message>
    <message>
        <source>Expiring documents</source>
        <translation>Документи, у яких спливає термін</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показати все</translation>
    </message>
    <message>
        <source>Show everything that is due</source>
        <translation>Показати все, у чого наближається термін</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Dismiss the expiry reminder</source>
        <translation>Сховати нагадування про терміни</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} — прострочено</translation>
    </message>
    <message>
        <source>Documents expiring: {0}</source>
        <translation>Спливає термін документів: {0}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for a colleague</source>
        <translation>Експорт для колеги</translation>
    </message>
    <message>
        <source>Include &amp;identities</source>
        <translation>Включити &amp;особисті дані</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Зберегти пакет як</translation>
    </message>
    <message>
        <source>Where to save the bundle (.age)</source>
        <translation>Куди зберегти пакет (.age)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <source>This &amp;case</source>
        <translation>Цю &amp;справу</translation>
    </message>
    <message>
        <source>The &amp;whole vault</source>
        <translation>&amp;Усе сховище</translation>
    </message>
    <message>
        <source>This &amp;case: {0}</source>
        <translation>Цю &amp;справу: {0}</translation>
    </message>
    <message>
        <source>To colleagues&apos; sharing &amp;keys (age)</source>
        <translation>Для колег за їхніми &amp;ключами для обміну (age)</translation>
    </message>
    <message>
        <source>With a &amp;passphrase</source>
        <translation>З &amp;парольною фразою</translation>
    </message>
    <message>
        <source>age1… (one sharing key per line)</source>
        <translation>age1… (по одному ключу для обміну в рядку)</translation>
    </message>
    <message>
        <source>Recipients&apos; sharing keys, one per line</source>
        <translation>Ключі для обміну одержувачів, по одному в рядку</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Що експортувати</translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation>Хто зможе відкрити</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Зберегти як</translation>
    </message>
    <message>
        <source>The bundle will hold these identity fields in clear for anyone who can open it: {0}. Include them only if your colleague needs them and the channel is safe.</source>
        <translation>У пакеті ці особисті дані лежатимуть відкрито, їх прочитає будь-хто, хто зможе відкрити пакет: {0}. Включайте їх, лише якщо вони потрібні колезі й канал передавання безпечний.</translation>
    </message>
    <message>
        <source>Line {0}: not an age public key.</source>
        <translation>Рядок {0}: це не відкритий ключ age.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Зберегти пакет</translation>
    </message>
    <message>
        <source>age bundles (*.age)</source>
        <translation>Пакети age (*.age)</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Виберіть, куди зберегти пакет.</translation>
    </message>
    <message>
        <source>Paste at least one colleague&apos;s sharing key (age1…).</source>
        <translation>Вставте хоча б один ключ для обміну від колеги (age1…).</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Шифруємо…</translation>
    </message>
    <message>
        <source>with identity fields</source>
        <translation>з особистими даними</translation>
    </message>
    <message>
        <source>pseudonyms only</source>
        <translation>лише псевдоніми</translation>
    </message>
    <message>
        <source>Saved {0} ({1}).</source>
        <translation>Збережено: {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>FailedUnlockSetting</name>
    <message>
        <source>Erase the vault after this many failed unlocks</source>
        <translation>Стерти сховище після стількох невдалих спроб розблокувати</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message numerus="yes">
        <source>After %n failed unlocks</source>
        <translation>
            <numerusform>Після %n невдалої спроби розблокувати</numerusform>
            <numerusform>Після %n невдалих спроб розблокувати</numerusform>
            <numerusform>Після %n невдалих спроб розблокувати</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase the vault</source>
        <translation>&amp;Стерти сховище</translation>
    </message>
    <message>
        <source>Say &amp;how many attempts are left</source>
        <translation>Повідомляти, &amp;скільки спроб лишилося</translation>
    </message>
    <message>
        <source>After a wrong passphrase, say how many attempts are left</source>
        <translation>Після неправильної парольної фрази повідомляти, скільки спроб лишилося</translation>
    </message>
    <message>
        <source>Counted on this computer, not in the vault: by the window and the command line, with the passphrase, the recovery phrase and the duress passphrase alike; a correct one starts the count again. A copy of the vault&apos;s folder taken to another computer is not counted. Read COERCION.md first.</source>
        <translation>Рахується на цьому комп’ютері, а не в сховищі: у вікні й у командному рядку, однаково для парольної фрази, фрази відновлення та парольної фрази під примусом; правильна фраза починає лік заново. Копія теки сховища на іншому комп’ютері не рахується. Спершу прочитайте COERCION.md.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Legal name</source>
        <translation>Ім&apos;я за документами</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Інші імена</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Номери документів</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Identity notes</source>
        <translation>Нотатки до особистих даних</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Edit identity</source>
        <translation>Зміна особистих даних</translation>
    </message>
    <message>
        <source>Fill in only what you need. Hidden fields keep what is stored unless you type a new value or remove it.</source>
        <translation>Заповніть лише те, що потрібно. Приховані поля зберігають попереднє значення, доки ви не введете нове або не видалите його.</translation>
    </message>
    <message>
        <source>Empty a field to remove it from the vault.</source>
        <translation>Очистьте поле, щоб видалити його зі сховища.</translation>
    </message>
    <message>
        <source>Stored (hidden); type to replace</source>
        <translation>Збережено (приховано); введіть нове значення, щоб замінити</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Remove {0} from the vault when you save</source>
        <translation>Видалити «{0}» зі сховища під час збереження</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Видалити «{0}»</translation>
    </message>
    <message>
        <source>{0}, removed when you save</source>
        <translation>{0}: буде видалено під час збереження</translation>
    </message>
    <message>
        <source>{0}, stored and hidden; typing replaces it</source>
        <translation>{0}: збережено й приховано; нове введення замінить значення</translation>
    </message>
    <message>
        <source>{0}, stored</source>
        <translation>{0}: збережено</translation>
    </message>
    <message>
        <source>Removed when you save</source>
        <translation>Буде видалено під час збереження</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>Залишити «{0}»</translation>
    </message>
    <message>
        <source>{0}, empty</source>
        <translation>{0}: порожньо</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Identity</source>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Hidden. Each reveal is written to the activity log.</source>
        <translation>Приховано. Кожен показ записується до журналу.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Reveal the identity details</source>
        <translation>Показати особисті дані</translation>
    </message>
    <message>
        <source>Edit identity…</source>
        <translation>Змінити особисті дані…</translation>
    </message>
    <message>
        <source>Edit the identity details</source>
        <translation>Змінити особисті дані</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Копіювати: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Fields stored: %n. Each reveal is written to the activity log.</source>
        <translation>
            <numerusform>Збережено %n поле. Кожен показ записується до журналу.</numerusform>
            <numerusform>Збережено %n поля. Кожен показ записується до журналу.</numerusform>
            <numerusform>Збережено %n полів. Кожен показ записується до журналу.</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity details are stored for this person.</source>
        <translation>Для цієї людини особисті дані не збережено.</translation>
    </message>
    <message>
        <source>Identity · hidden</source>
        <translation>Особисті дані · приховано</translation>
    </message>
    <message>
        <source>Identity · nothing stored</source>
        <translation>Особисті дані · нічого не збережено</translation>
    </message>
    <message>
        <source>{0}, hidden</source>
        <translation>{0}: приховано</translation>
    </message>
    <message>
        <source>{0}, shown</source>
        <translation>{0}: показано</translation>
    </message>
    <message>
        <source>Identity · shown</source>
        <translation>Особисті дані · показано</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Hide the identity details</source>
        <translation>Сховати особисті дані</translation>
    </message>
    <message numerus="yes">
        <source>Hides again in %n s</source>
        <translation>
            <numerusform>Сховається через %n с</numerusform>
            <numerusform>Сховається через %n с</numerusform>
            <numerusform>Сховається через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} copied; the clipboard is cleared in %n s</source>
        <translation>
            <numerusform>{0}: скопійовано; буфер обміну очиститься через %n с</numerusform>
            <numerusform>{0}: скопійовано; буфер обміну очиститься через %n с</numerusform>
            <numerusform>{0}: скопійовано; буфер обміну очиститься через %n с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import a colleague&apos;s bundle</source>
        <translation>Імпорт пакета від колеги</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>The .age file you received</source>
        <translation>Отриманий файл .age</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Bundle &amp;passphrase</source>
        <translation>&amp;Парольна фраза пакета</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Парольна фраза пакета</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Що зробить імпорт</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Попередній перегляд</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>&amp;Save the backup…</source>
        <translation>&amp;Зберегти резервну копію…</translation>
    </message>
    <message>
        <source>Bundle &amp;file</source>
        <translation>&amp;Файл пакета</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Виберіть пакет</translation>
    </message>
    <message>
        <source>age bundles (*.age);;All files (*)</source>
        <translation>Пакети age (*.age);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Choose the bundle file first.</source>
        <translation>Спершу виберіть файл пакета.</translation>
    </message>
    <message>
        <source>Decrypting and checking…</source>
        <translation>Розшифровуємо й перевіряємо…</translation>
    </message>
    <message>
        <source>Folder for your colleague&apos;s backup</source>
        <translation>Тека для резервної копії колеги</translation>
    </message>
    <message>
        <source>Saved the backup file {0} in {1}. Give this file back to your colleague when they return; they choose it in Vault ▸ Return from travel… You can delete the bundle itself.</source>
        <translation>Файл резервної копії {0} збережено в теці {1}. Віддайте цей файл колезі, коли колега повернеться: його вибирають у «Сховище ▸ Повернення з поїздки…». Сам пакет можна видалити.</translation>
    </message>
    <message>
        <source>This bundle holds a colleague&apos;s travel backup, not records to import. You cannot read it: it opens only with their passphrase. Save the backup file it holds for them, and give it back when they return (on a USB stick, for example). Nothing is added to your vault.</source>
        <translation>У цьому пакеті — резервна копія колеги на час поїздки, а не записи для імпорту. Прочитати її ви не можете: вона відкривається лише парольною фразою колеги. Збережіть для колеги файл резервної копії з пакета й віддайте його, коли колега повернеться (наприклад, на флешці). До вашого сховища нічого не додається.</translation>
    </message>
    <message>
        <source>A bundle of one case.</source>
        <translation>Пакет з однією справою.</translation>
    </message>
    <message>
        <source>A bundle of a whole vault.</source>
        <translation>Пакет з усім сховищем.</translation>
    </message>
    <message>
        <source>Identity fields included: {0}.</source>
        <translation>Включено особисті дані: {0}.</translation>
    </message>
    <message>
        <source>Pseudonyms only (no identity fields).</source>
        <translation>Лише псевдоніми (без особистих даних).</translation>
    </message>
    <message>
        <source>It holds: {0}.</source>
        <translation>У ньому: {0}.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Імпортовано.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n справа</numerusform>
            <numerusform>%n справи</numerusform>
            <numerusform>%n справ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n людина</numerusform>
            <numerusform>%n людини</numerusform>
            <numerusform>%n людей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n нотатка</numerusform>
            <numerusform>%n нотатки</numerusform>
            <numerusform>%n нотаток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n чек-лист</numerusform>
            <numerusform>%n чек-листи</numerusform>
            <numerusform>%n чек-листів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <source>Would add {0}, update {1}, keep {2} newer here; {3} conflicts; {4} unchanged.</source>
        <translation>Буде додано: {0}, оновлено: {1}, залишено новіших тут: {2}; конфліктів: {3}; без змін: {4}.</translation>
    </message>
    <message>
        <source>Added {0}, updated {1}, kept {2} newer here; {3} conflicts; {4} unchanged.</source>
        <translation>Додано: {0}, оновлено: {1}, залишено новіших тут: {2}; конфліктів: {3}; без змін: {4}.</translation>
    </message>
    <message>
        <source>Conflicts (both versions kept and tagged import-conflict; the newer keeps its place):</source>
        <translation>Конфлікти (збережено обидві версії з міткою import-conflict; новіша залишається на своєму місці):</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>row {0}</source>
        <translation>рядок {0}</translation>
    </message>
    <message>
        <source>card {0} (line {1})</source>
        <translation>картка {0} (рядок {1})</translation>
    </message>
    <message>
        <source>the same legal name and phone as {0}</source>
        <translation>те саме ім&apos;я за документами й телефон, що й {0}</translation>
    </message>
    <message>
        <source>too large for a note (more than {0} characters)</source>
        <translation>завеликий для нотатки (понад {0} знаків)</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>не вдається прочитати (немає прав доступу)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не вдається прочитати</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (bad encoding)</source>
        <translation>текст не в кодуванні UTF-8 (помилка кодування)</translation>
    </message>
    <message>
        <source>holds a character that cannot be stored (a NUL byte)</source>
        <translation>містить символ, який не можна зберегти (нульовий байт)</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>порожній рядок</translation>
    </message>
    <message>
        <source>empty card</source>
        <translation>порожня картка</translation>
    </message>
    <message>
        <source>the card has no end (END:VCARD is missing)</source>
        <translation>картка не має кінця (бракує END:VCARD)</translation>
    </message>
    <message>
        <source>{property} is in an unknown encoding, “{charset}”</source>
        <translation>{property} записано в невідомому кодуванні «{charset}»</translation>
    </message>
    <message>
        <source>{property} holds text that is not valid {charset}</source>
        <translation>у {property} текст не в кодуванні {charset}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>немає імені</translation>
    </message>
    <message>
        <source>a person with the same legal name and phone is already in the vault</source>
        <translation>у сховищі вже є людина з тим самим ім&apos;ям за документами й телефоном</translation>
    </message>
    <message>
        <source>cannot be kept</source>
        <translation>зберегти не можна</translation>
    </message>
    <message>
        <source>folders nested too deep</source>
        <translation>забагато вкладених тек</translation>
    </message>
    <message>
        <source>a symbolic link (never followed)</source>
        <translation>символьне посилання (за посиланнями перехід не виконується)</translation>
    </message>
    <message>
        <source>hidden folder</source>
        <translation>прихована тека</translation>
    </message>
    <message>
        <source>hidden file</source>
        <translation>прихований файл</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не звичайний файл</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>текст не в кодуванні UTF-8</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>порожньо</translation>
    </message>
    <message>
        <source>not a Markdown file, and no note shows it</source>
        <translation>не файл Markdown, і жодна нотатка його не показує</translation>
    </message>
    <message>
        <source>image too large to attach, or empty</source>
        <translation>зображення завелике для вкладення або порожнє</translation>
    </message>
    <message>
        <source>linked, but not an image {app} attaches</source>
        <translation>на файл є посилання, але {app} не вкладає такі файли</translation>
    </message>
    <message>
        <source>images are attached only from the app</source>
        <translation>зображення вкладаються лише з програми</translation>
    </message>
    <message>
        <source>hidden metadata could not be removed</source>
        <translation>не вдалося видалити приховані метадані</translation>
    </message>
</context>
<context>
    <name>ItemScansDialog</name>
    <message>
        <source>Scans</source>
        <translation>Скани</translation>
    </message>
    <message>
        <source>Scans for {0}</source>
        <translation>Скани для {0}</translation>
    </message>
    <message>
        <source>Scans for “{0}”</source>
        <translation>Скани для «{0}»</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>LinkPersonDialog</name>
    <message>
        <source>Link a person</source>
        <translation>Прив&apos;язування людини</translation>
    </message>
    <message>
        <source>Find by pseudonym</source>
        <translation>Знайти за псевдонімом</translation>
    </message>
    <message>
        <source>Find a person by pseudonym</source>
        <translation>Знайти людину за псевдонімом</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>e.g. applicant, sponsor, lawyer</source>
        <translation>наприклад: заявник, поручитель, адвокат</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Роль у цій справі</translation>
    </message>
    <message>
        <source>Or add someone new</source>
        <translation>Або додайте нову людину</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Прив&apos;язати</translation>
    </message>
    <message>
        <source>Link the person to this case</source>
        <translation>Прив&apos;язати людину до цієї справи</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Add and link</source>
        <translation>Додати й прив&apos;язати</translation>
    </message>
</context>
<context>
    <name>MarkdownImportDialog</name>
    <message>
        <source>Import notes from Markdown</source>
        <translation>Імпорт нотаток із Markdown</translation>
    </message>
    <message>
        <source>A folder of Markdown files, as Obsidian keeps them or Joplin exports them. Titles, tags and dates come from each file&apos;s front matter; images the notes show are attached without their hidden metadata. The folder is only read.</source>
        <translation>Тека з файлами Markdown — як їх зберігає Obsidian або експортує Joplin. Назви, мітки й дати беруться із заголовного блоку кожного файлу; зображення з нотаток прикріплюються без прихованих метаданих. Тека лише читається.</translation>
    </message>
    <message>
        <source>Case for the imported notes</source>
        <translation>Справа для імпортованих нотаток</translation>
    </message>
    <message>
        <source>No case (notes on their own)</source>
        <translation>Без справи (окремі нотатки)</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation>Виберіть теку з файлами Markdown</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Tags and images</source>
        <translation>Мітки й зображення</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n зображення</numerusform>
            <numerusform>%n зображення</numerusform>
            <numerusform>%n зображень</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <source>Links are not opened from notes: {0}</source>
        <translation>Посилання з нотаток не відкриваються: {0}</translation>
    </message>
</context>
<context>
    <name>NewRecoveryPhraseDialog</name>
    <message>
        <source>New recovery phrase</source>
        <translation>Нова фраза відновлення</translation>
    </message>
    <message>
        <source>A new recovery phrase replaces the one on your paper: once you have written the new words down, the old phrase no longer opens this vault. Backups made before today still open with the old phrase.</source>
        <translation>Нова фраза відновлення замінить ту, що записана у вас на папері: щойно ви запишете нові слова, стара фраза перестане відкривати це сховище. Резервні копії, зроблені до сьогодні, і надалі відкриваються старою фразою відновлення.</translation>
    </message>
    <message>
        <source>Make a new recovery phrase</source>
        <translation>Створити нову фразу відновлення</translation>
    </message>
    <message>
        <source>&amp;Show the new words</source>
        <translation>&amp;Показати нові слова</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Спершу введіть поточну парольну фразу.</translation>
    </message>
    <message>
        <source>The new recovery phrase is in place. Destroy the old paper: it no longer opens this vault.</source>
        <translation>Нова фраза відновлення діє. Знищте старий аркуш: він більше не відкриває це сховище.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note title</source>
        <translation>Назва нотатки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закріпити</translation>
    </message>
    <message>
        <source>Pinned notes stay at the top of the case</source>
        <translation>Закріплені нотатки залишаються вгорі справи</translation>
    </message>
    <message>
        <source>Pin this note</source>
        <translation>Закріпити цю нотатку</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Історія…</translation>
    </message>
    <message>
        <source>Earlier versions of this note</source>
        <translation>Попередні версії цієї нотатки</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Видалити цю нотатку</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Мітки через кому</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>Write or preview</source>
        <translation>Текст або перегляд</translation>
    </message>
    <message>
        <source>Switch with {0}</source>
        <translation>Перемикання: {0}</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>Текст нотатки (Markdown)</translation>
    </message>
    <message>
        <source>Write here. Markdown works: # heading, **bold**, - list, [ ] to do.</source>
        <translation>Пишіть тут. Працює Markdown: # заголовок, **жирний**, - список, [ ] завдання.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Перегляд нотатки</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Стан збереження</translation>
    </message>
    <message>
        <source>This note is no longer in the vault.</source>
        <translation>Цієї нотатки більше немає в сховищі.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>← Case</source>
        <translation>← Справа</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>Повернутися до справи</translation>
    </message>
    <message>
        <source>← Person</source>
        <translation>← Людина</translation>
    </message>
    <message>
        <source>Back to the person</source>
        <translation>Повернутися до людини</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Зберігаємо…</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Закріплено</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Saved; a note needs a title, so the last one is kept</source>
        <translation>Збережено; нотатка повинна мати назву, тому залишилася попередня</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Видалення нотатки</translation>
    </message>
    <message>
        <source>Delete this note and all its earlier versions?</source>
        <translation>Видалити цю нотатку й усі її попередні версії?</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Нотатку видалено</translation>
    </message>
</context>
<context>
    <name>PanicCountdown</name>
    <message>
        <source>Erase the vault</source>
        <translation>Стерти сховище</translation>
    </message>
    <message>
        <source>Seconds left before the vault is erased</source>
        <translation>Скільки секунд лишилося до стирання сховища</translation>
    </message>
    <message>
        <source>Cancel: keep the vault</source>
        <translation>Скасувати: зберегти сховище</translation>
    </message>
    <message>
        <source>Erased for good: the vault in the folder “{0}”. Afterwards nothing opens it, not the passphrase, not the recovery phrase.</source>
        <translation>Буде стерто назавжди: сховище в теці «{0}». Після цього його не відкриє ніщо — ні парольна фраза, ні фраза відновлення.</translation>
    </message>
    <message numerus="yes">
        <source>Also erased: %n backup(s) in the vault&apos;s folder.</source>
        <translation>
            <numerusform>Також буде стерто %n резервну копію в теці сховища.</numerusform>
            <numerusform>Також буде стерто %n резервні копії в теці сховища.</numerusform>
            <numerusform>Також буде стерто %n резервних копій у теці сховища.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not erased: the backups in “{0}” (%n found there). They open with the passphrase the vault had when each was made; destroy them yourself if they must go too.</source>
        <translation>
            <numerusform>Не буде стерто: резервні копії в «{0}» (там знайдено %n). Вони відкриваються парольною фразою, яку сховище мало, коли їх робили; якщо вони теж мають зникнути, знищте їх самі.</numerusform>
            <numerusform>Не буде стерто: резервні копії в «{0}» (там знайдено %n). Вони відкриваються парольною фразою, яку сховище мало, коли їх робили; якщо вони теж мають зникнути, знищте їх самі.</numerusform>
            <numerusform>Не буде стерто: резервні копії в «{0}» (там знайдено %n). Вони відкриваються парольною фразою, яку сховище мало, коли їх робили; якщо вони теж мають зникнути, знищте їх самі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Cancel or Esc to keep everything.</source>
        <translation>Натисніть «Скасувати» або Esc, щоб усе зберегти.</translation>
    </message>
    <message numerus="yes">
        <source>Erasing the vault in %n second(s)</source>
        <translation>
            <numerusform>Сховище буде стерто через %n секунду</numerusform>
            <numerusform>Сховище буде стерто через %n секунди</numerusform>
            <numerusform>Сховище буде стерто через %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <source>Demo vault</source>
        <translation>Демо-сховище</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Стерто</translation>
    </message>
    <message>
        <source>The vault was erased. These entries in its folder are links to other files and were left alone: {0}</source>
        <translation>Сховище стерто. Ці елементи в його теці — посилання на інші файли, їх не чіпали: {0}</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольна фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>At least ten characters; several random words are best.</source>
        <translation>Щонайменше десять символів; найкраще кілька випадкових слів.</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показати парольну фразу</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Введіть &amp;ще раз</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Нова парольна фраза ще раз</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надійність парольної фрази</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>&amp;Запропонувати парольну фразу</translation>
    </message>
    <message>
        <source>Suggest a passphrase of six random words</source>
        <translation>Запропонувати парольну фразу із шести випадкових слів</translation>
    </message>
    <message>
        <source>Choose a passphrase first, or let {app} suggest one.</source>
        <translation>Спершу придумайте парольну фразу або попросіть {app} запропонувати її.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation>Цю парольну фразу надто легко вгадати.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type it again.</source>
        <translation>Парольні фрази не збігаються. Введіть ще раз.</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Сховати парольну фразу</translation>
    </message>
    <message>
        <source>Six random words are strong and easy to type.</source>
        <translation>Шість випадкових слів — це надійно, і їх легко вводити.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Дуже слабка</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабка</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Середня</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надійна</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Дуже надійна</translation>
    </message>
    <message>
        <source>Strength: {0}.</source>
        <translation>Надійність: {0}.</translation>
    </message>
    <message>
        <source>Strength: {0}. {1}</source>
        <translation>Надійність: {0}. {1}</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Поточна парольна фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Фраза відновлення</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Парольна фраза пакета</translation>
    </message>
    <message>
        <source>Report passphrase</source>
        <translation>Парольна фраза для звіту</translation>
    </message>
    <message>
        <source>Cover passphrase</source>
        <translation>Парольна фраза прикриття</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольна фраза під примусом</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Парольна фраза резервної копії</translation>
    </message>
    <message>
        <source>{0} (again)</source>
        <translation>{0} (ще раз)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>Громадська організація</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Мітки: {0}</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Filter by role</source>
        <translation>Добір за роллю</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Усі ролі</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Нова людина</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Add a person ({0})</source>
        <translation>Додати людину ({0})</translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation>Роль нової людини</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Create the person</source>
        <translation>Додати людину</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel the new person</source>
        <translation>Не додавати людину</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Nobody with this role.</source>
        <translation>Людей із такою роллю немає.</translation>
    </message>
    <message>
        <source>No people yet — press {0} to add someone by a pseudonym.</source>
        <translation>Людей поки немає — натисніть {0}, щоб додати когось під псевдонімом.</translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>Людей: %n</numerusform>
            <numerusform>Людей: %n</numerusform>
            <numerusform>Людей: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>This person is no longer in the vault.</source>
        <translation>Цієї людини більше немає в сховищі.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>e.g. through the shelter&apos;s caseworker</source>
        <translation>наприклад, через соцпрацівника притулку</translation>
    </message>
    <message>
        <source>Safe way to reach them</source>
        <translation>Безпечний спосіб зв&apos;язку</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Safe way to reach</source>
        <translation>Як безпечно зв&apos;язатися</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Видалити людину…</translation>
    </message>
    <message>
        <source>Delete this person</source>
        <translation>Видалити цю людину</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Not in any case yet. Link them from a case.</source>
        <translation>Поки що в жодній справі. Прив&apos;яжіть людину зі справи.</translation>
    </message>
    <message>
        <source>Open case {0}</source>
        <translation>Відкрити справу {0}</translation>
    </message>
    <message>
        <source>A person needs a pseudonym; the old one is kept for now.</source>
        <translation>Людині потрібен псевдонім; поки залишається попередній.</translation>
    </message>
    <message>
        <source>Delete this person, their identity details and the notes kept on them? Their cases stay.</source>
        <translation>Видалити цю людину, її особисті дані й нотатки про неї? Її справи залишаться.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Видалення людини</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>Людину видалено</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Nothing was saved. Please fix these and try again:</source>
        <translation>Нічого не збережено. Виправте, будь ласка, і спробуйте ще раз:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Знайдено помилки</translation>
    </message>
</context>
<context>
    <name>PseudonymField</name>
    <message>
        <source>A pseudonym, never the real name</source>
        <translation>Псевдонім, а не справжнє ім&apos;я</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Language of generated pseudonyms</source>
        <translation>Мова створюваних псевдонімів</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Generate a pseudonym</source>
        <translation>Створити псевдонім</translation>
    </message>
    <message>
        <source>Suggest a plausible pseudonym that nobody else in this vault has</source>
        <translation>Запропонувати правдоподібний псевдонім, якого ще немає в цьому сховищі</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted</source>
        <translation>Нещодавно видалені</translation>
    </message>
    <message>
        <source>Deleted cases, people, notes and files stay here for 30 days, then are erased for good. Until then they are still inside the vault: anyone who unlocks it can restore them. Empty the bin before a border crossing.</source>
        <translation>Видалені справи, люди, нотатки й файли зберігаються тут 30 днів, потім стираються назавжди. Доти вони залишаються в сховищі: будь-хто, хто його розблокує, зможе їх відновити. Очистьте кошик перед перетином кордону.</translation>
    </message>
    <message>
        <source>Nothing was deleted in the last 30 days.</source>
        <translation>За останні 30 днів нічого не видалялося.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>&amp;Видалити зараз…</translation>
    </message>
    <message>
        <source>&amp;Empty the bin now…</source>
        <translation>&amp;Очистити кошик зараз…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Erased for good on</source>
        <translation>Буде стерто назавжди</translation>
    </message>
    <message>
        <source>Recently deleted items</source>
        <translation>Нещодавно видалені елементи</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Людина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Видалити назавжди</translation>
    </message>
    <message>
        <source>Erase “{0}” for good? It cannot be restored afterwards.</source>
        <translation>Стерти «{0}» назавжди? Відновити це потім буде неможливо.</translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation>Очищення кошика</translation>
    </message>
    <message numerus="yes">
        <source>Erase all %n deleted item(s) for good? None can be restored afterwards.</source>
        <translation>
            <numerusform>Стерти назавжди %n видалений елемент? Відновити його потім буде неможливо.</numerusform>
            <numerusform>Стерти назавжди всі %n видалені елементи? Відновити їх потім буде неможливо.</numerusform>
            <numerusform>Стерти назавжди всі %n видалених елементів? Відновити їх потім буде неможливо.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не збережено: {0}</translation>
    </message>
    <message>
        <source>Not undone: {0}</source>
        <translation>Не скасовано: {0}</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <source>Put every field back as it was when opened ({0})</source>
        <translation>Повернути всі поля до того, якими вони були під час відкриття ({0})</translation>
    </message>
    <message>
        <source>Undo all changes since this was opened</source>
        <translation>Скасувати всі зміни від моменту відкриття</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the vault</source>
        <translation>Відновлення доступу до сховища</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>Type the 24 words of the recovery phrase from your paper, then choose a new passphrase. The recovery phrase keeps working afterwards.</source>
        <translation>Введіть 24 слова фрази відновлення зі свого аркуша, потім придумайте нову парольну фразу. Фраза відновлення після цього й далі працюватиме.</translation>
    </message>
    <message>
        <source>Recovery &amp;phrase</source>
        <translation>&amp;Фраза відновлення</translation>
    </message>
    <message>
        <source>Recovery phrase, 24 words</source>
        <translation>Фраза відновлення, 24 слова</translation>
    </message>
    <message>
        <source>word1 word2 word3 …</source>
        <translation>слово1 слово2 слово3 …</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Нова парольна фраза</translation>
    </message>
    <message>
        <source>Setting the new passphrase</source>
        <translation>Встановлюємо нову парольну фразу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Скасувати й повернутися</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation>Встановити парольну фразу й &amp;розблокувати</translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock</source>
        <translation>Встановити нову парольну фразу й розблокувати</translation>
    </message>
    <message>
        <source>Type the recovery phrase first.</source>
        <translation>Спершу введіть фразу відновлення.</translation>
    </message>
    <message>
        <source>That recovery phrase does not open this vault. Check each word against your paper. Nothing was changed.</source>
        <translation>Ця фраза відновлення не відкриває це сховище. Звірте кожне слово зі своїм аркушем. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>RecoveryPhraseStep</name>
    <message>
        <source>Write down your recovery phrase</source>
        <translation>Запишіть фразу відновлення</translation>
    </message>
    <message>
        <source>These 24 words open the vault if the passphrase is ever lost. Write them on paper, in order, and keep the paper away from this computer. They are shown only now and cannot be copied, on purpose.</source>
        <translation>Ці 24 слова відкриють сховище, якщо парольна фраза загубиться. Запишіть їх на папері по порядку й тримайте аркуш подалі від цього комп&apos;ютера. Слова показано лише зараз, і скопіювати їх не можна — так задумано.</translation>
    </message>
    <message>
        <source>Recovery phrase, 24 numbered words</source>
        <translation>Фраза відновлення, 24 пронумеровані слова</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>Слово {0}: {1}</translation>
    </message>
    <message>
        <source>I have &amp;written them down</source>
        <translation>Я &amp;записав(-ла) їх</translation>
    </message>
    <message>
        <source>I have written the words down</source>
        <translation>Я записав(-ла) слова</translation>
    </message>
    <message>
        <source>Check what you wrote</source>
        <translation>Перевірте запис</translation>
    </message>
    <message>
        <source>Type these three words from your paper, to be sure it is right.</source>
        <translation>Введіть ці три слова зі свого аркуша, щоб переконатися, що все правильно.</translation>
    </message>
    <message>
        <source>Word {0}</source>
        <translation>Слово {0}</translation>
    </message>
    <message>
        <source>Word {0} of the recovery phrase</source>
        <translation>Слово {0} фрази відновлення</translation>
    </message>
    <message>
        <source>Show the &amp;words again</source>
        <translation>Показати &amp;слова ще раз</translation>
    </message>
    <message>
        <source>Show the recovery phrase again</source>
        <translation>Показати фразу відновлення ще раз</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Підтвердити</translation>
    </message>
    <message>
        <source>Confirm the three words</source>
        <translation>Підтвердити три слова</translation>
    </message>
    <message>
        <source>Word {0} does not match. Look at your paper again, or show the words again and correct it.</source>
        <translation>Слово {0} не збігається. Погляньте на аркуш ще раз або знову відкрийте слова й виправте запис.</translation>
    </message>
</context>
<context>
    <name>RepairNotices</name>
    <message>
        <source>The vault file %1 was damaged and was rewritten from the intact copy. Damage can mean a failing disk or someone at work on the files.</source>
        <translation>Файл сховища %1 був пошкоджений і перезаписаний із цілої копії. Пошкодження може означати несправний диск або те, що хтось втручався у файли.</translation>
    </message>
    <message>
        <source>The vault file %1 was missing and was written again from the intact copy.</source>
        <translation>Файл сховища %1 був відсутній і був записаний заново з цілої копії.</translation>
    </message>
    <message>
        <source>The vault file %1 was left behind by a change cut short and was brought up to date.</source>
        <translation>Файл сховища %1 залишився від перерваної зміни й був оновлений.</translation>
    </message>
    <message>
        <source>Part of the vault&apos;s commit record (%1) failed its authenticity check and was rewritten. The vault holds every change on record.</source>
        <translation>Частина журналу змін сховища (%1) не пройшла перевірку справжності й була перезаписана. У сховищі є всі записані зміни.</translation>
    </message>
    <message>
        <source>This vault was restored from a backup: its commit record starts again from the restored state. If you did not restore it, someone replaced its files.</source>
        <translation>Це сховище відновлено з резервної копії: його журнал змін починається заново з відновленого стану. Якщо ви його не відновлювали, хтось замінив його файли.</translation>
    </message>
    <message>
        <source>This vault now keeps a commit record, so a lost change will be detected.</source>
        <translation>Тепер сховище веде журнал змін, тож втрачену зміну буде помічено.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return from travel</source>
        <translation>Повернення з поїздки</translation>
    </message>
    <message>
        <source>Everything in the vault open now is erased. Afterwards, set your duress passphrase again in Settings.</source>
        <translation>Усе, що є у відкритому зараз сховищі, буде стерто. Після цього знову задайте парольну фразу під примусом у налаштуваннях.</translation>
    </message>
    <message>
        <source>Return progress</source>
        <translation>Перебіг повернення</translation>
    </message>
    <message>
        <source>Choose the backup you made before the crossing (on your USB stick, for example) and type the passphrase of your vault. The backup is opened first; only then does your vault come back into this folder.</source>
        <translation>Виберіть резервну копію, зроблену перед перетином кордону (наприклад, на флешці), і введіть парольну фразу свого сховища. Спершу резервна копія відкривається, і лише після цього ваше сховище повертається в цю папку.</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase you travelled with as your duress passphrase</source>
        <translation>&amp;Залишити парольну фразу з поїздки як парольну фразу під примусом</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Повернути</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервної копії</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Вибрати файл резервної копії</translation>
    </message>
    <message>
        <source>&amp;Backup file</source>
        <translation>&amp;Файл резервної копії</translation>
    </message>
    <message>
        <source>Passphrase of your vault</source>
        <translation>Парольна фраза вашого сховища</translation>
    </message>
    <message>
        <source>&amp;Passphrase of your vault</source>
        <translation>&amp;Парольна фраза вашого сховища</translation>
    </message>
    <message>
        <source>The vault open now stays, hidden: the passphrase you travelled with keeps opening it, as your duress passphrase. You can change or remove it in Settings.</source>
        <translation>Відкрите зараз сховище залишиться, приховане: парольна фраза, з якою ви їздили, і далі відкриватиме його як парольна фраза під примусом. Змінити або видалити її можна в налаштуваннях.</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Виберіть файл резервної копії.</translation>
    </message>
    <message>
        <source>Type the passphrase of your vault.</source>
        <translation>Введіть парольну фразу свого сховища.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Скасовано. Нічого не змінено.</translation>
    </message>
    <message>
        <source>This backup does not open with that passphrase. Nothing was changed; type the passphrase your vault had when you made the backup.</source>
        <translation>Ця резервна копія не відкривається цією парольною фразою. Нічого не змінено; введіть парольну фразу, яка була у сховища, коли ви робили резервну копію.</translation>
    </message>
    <message>
        <source>The backup opens. Replacing the vault…</source>
        <translation>Резервна копія відкривається. Замінюємо сховище…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Welcome back: your vault is open again, and the passphrase you travelled with is your duress passphrase. Change or remove it in Settings.</source>
        <translation>З поверненням: ваше сховище знову відкрите, а парольна фраза, з якою ви їздили, тепер ваша парольна фраза під примусом. Змінити або видалити її можна в налаштуваннях.</translation>
    </message>
    <message>
        <source>Welcome back: your vault is open again. Set your duress passphrase again in Settings if you use one.</source>
        <translation>З поверненням: ваше сховище знову відкрите. Якщо ви користуєтеся парольною фразою під примусом, знову задайте її в налаштуваннях.</translation>
    </message>
    <message>
        <source>Not done: {0} The backup file is as it was.</source>
        <translation>Не виконано: {0} Файл резервної копії не змінився.</translation>
    </message>
    <message>
        <source>This is the bundle you sealed for your colleague, not the backup file. It opens only in their {app}: ask them to open it there (Vault ▸ Import a colleague&apos;s bundle…, then Save the backup…) and to give you back the backup file it holds, on a USB stick for example. Then choose that file here. Nothing was changed.</source>
        <translation>Це пакет, який ви зашифрували для колеги, а не файл резервної копії. Він відкривається лише в {app} колеги: попросіть колегу відкрити його там («Сховище ▸ Імпорт пакета від колеги…», потім «Зберегти резервну копію…») і повернути вам файл резервної копії з пакета, наприклад на флешці. Потім виберіть тут цей файл. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>ReviewNotice</name>
    <message>
        <source>This template has no review date. Check the current rules with a lawyer or an advice service before relying on it.</source>
        <translation>Цей шаблон не має дати перевірки. Перш ніж на нього покладатися, уточніть чинні правила в юриста або в консультаційній службі.</translation>
    </message>
    <message>
        <source>Last reviewed {0}, more than six months ago. Rules change: check the current rules with a lawyer or an advice service before relying on this checklist.</source>
        <translation>Остання перевірка {0}, понад пів року тому. Правила змінюються: перш ніж покладатися на цей чек-лист, уточніть чинні правила в юриста або в консультаційній службі.</translation>
    </message>
    <message>
        <source>Template last reviewed {0}.</source>
        <translation>Шаблон востаннє перевірено {0}.</translation>
    </message>
    <message>
        <source>(not reviewed: check the current rules)</source>
        <translation>(не перевірено: уточніть чинні правила)</translation>
    </message>
    <message>
        <source>(reviewed {0}: check the current rules)</source>
        <translation>(перевірено {0}: уточніть чинні правила)</translation>
    </message>
    <message>
        <source>(reviewed {0})</source>
        <translation>(перевірено {0})</translation>
    </message>
    <message>
        <source>Warning: old template</source>
        <translation>Увага: застарілий шаблон</translation>
    </message>
    <message>
        <source>Template review</source>
        <translation>Перевірка шаблону</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Попередні версії</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>Історія нотатки</translation>
    </message>
    <message>
        <source>Earlier versions of this note</source>
        <translation>Попередні версії цієї нотатки</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Збережені версії</translation>
    </message>
    <message>
        <source>Version preview</source>
        <translation>Перегляд версії</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Повернути цю версію</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Повернути вибрану версію</translation>
    </message>
    <message>
        <source>{0}  (current)</source>
        <translation>{0}  (поточна)</translation>
    </message>
</context>
<context>
    <name>SealOptions</name>
    <message>
        <source>Encrypt the PDF</source>
        <translation>Зашифрувати PDF</translation>
    </message>
    <message>
        <source>Do not encrypt (a plain PDF)</source>
        <translation>Не шифрувати (звичайний PDF)</translation>
    </message>
    <message>
        <source>For a colleague: their sharing key</source>
        <translation>Для колеги: за ключем для обміну</translation>
    </message>
    <message>
        <source>With a passphrase</source>
        <translation>З парольною фразою</translation>
    </message>
    <message>
        <source>age1…</source>
        <translation>age1…</translation>
    </message>
    <message>
        <source>The colleague&apos;s sharing key</source>
        <translation>Ключ для обміну колеги</translation>
    </message>
    <message>
        <source>Passphrase for the report</source>
        <translation>Парольна фраза для звіту</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Та сама парольна фраза ще раз</translation>
    </message>
    <message>
        <source>An encrypted report is an age file (.age): the colleague opens it with age (age -d) or the passphrase, then reads the PDF as usual.</source>
        <translation>Зашифрований звіт — це файл age (.age): колега відкриває його програмою age (age -d) або парольною фразою, а потім читає PDF як зазвичай.</translation>
    </message>
    <message>
        <source>Sharing key</source>
        <translation>Ключ для обміну</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ще раз</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Пункти чек-листів</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Type to search cases, people, notes and checklists.</source>
        <translation>Почніть вводити, щоб шукати серед справ, людей, нотаток і чек-листів.</translation>
    </message>
    <message>
        <source>{0} of {1} results</source>
        <translation>{0} з {1} результатів</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Показати ще %n</numerusform>
            <numerusform>Показати ще %n</numerusform>
            <numerusform>Показати ще %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результати</numerusform>
            <numerusform>%n результатів</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>За запитом «{0}» нічого не знайдено.</translation>
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
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрити без збереження</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Це сховище</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> хв</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Блокувати під час бездіяльності через</translation>
    </message>
    <message>
        <source>&amp;Never lock by itself</source>
        <translation>&amp;Ніколи не блокувати самостійно</translation>
    </message>
    <message>
        <source>Never lock the vault automatically</source>
        <translation>Ніколи не блокувати сховище автоматично</translation>
    </message>
    <message>
        <source>Anyone who gets to this computer while you are away could read the vault. Lock it yourself with {0}.</source>
        <translation>Будь-хто, хто опиниться біля цього комп&apos;ютера, поки вас немає, зможе прочитати сховище. Блокуйте його самі: {0}.</translation>
    </message>
    <message>
        <source>Clear copied values after</source>
        <translation>Очищати скопійоване через</translation>
    </message>
    <message>
        <source>Hide revealed identity after</source>
        <translation>Ховати показані особисті дані через</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity</source>
        <translation>&amp;Блокувати під час бездіяльності через</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after</source>
        <translation>&amp;Очищати скопійоване через</translation>
    </message>
    <message>
        <source>&amp;Hide revealed identity after</source>
        <translation>&amp;Ховати показані особисті дані через</translation>
    </message>
    <message>
        <source>Demo vault: these settings are deleted with it.</source>
        <translation>Демо-сховище: ці налаштування буде видалено разом із ним.</translation>
    </message>
    <message>
        <source>Kept inside the vault, encrypted.</source>
        <translation>Зберігаються всередині сховища, у зашифрованому вигляді.</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase…</source>
        <translation>&amp;Парольна фраза під примусом…</translation>
    </message>
    <message>
        <source>Set or remove the duress passphrase</source>
        <translation>Задати або прибрати парольну фразу під примусом</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Цей комп&apos;ютер</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Remember this vault&apos;s location</source>
        <translation>&amp;Запам&apos;ятати, де лежить це сховище</translation>
    </message>
    <message>
        <source>Remember this vault&apos;s location on this computer</source>
        <translation>Запам&apos;ятати місце цього сховища на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>Kept in {app}&apos;s settings on this computer, not in the vault. Theme and text size change at once; a new language shows after {app} starts again, and it offers to restart.</source>
        <translation>Зберігається в налаштуваннях {app} на цьому комп&apos;ютері, а не в сховищі. Тема й розмір тексту змінюються одразу; нова мова з&apos;явиться після перезапуску {app}, і він запропонує перезапуститися.</translation>
    </message>
    <message>
        <source>Lock the vault when {app} is minimized</source>
        <translation>Блокувати сховище, коли {app} згорнуто</translation>
    </message>
    <message>
        <source>Hide {app} from &amp;screen capture and sharing</source>
        <translation>Ховати {app} під час &amp;запису й показу екрана</translation>
    </message>
    <message>
        <source>Hide {app}&apos;s windows from screenshots, recordings and screen sharing</source>
        <translation>Ховати вікна {app} на знімках екрана, записах і під час показу екрана</translation>
    </message>
    <message>
        <source>Screenshots, recordings and shared screens show an empty area where {app}&apos;s windows are. Turn this off to present {app}, or start it with --allow-screen-capture for one session.</source>
        <translation>На знімках, записах і під час показу екрана замість вікон {app} буде порожнє місце. Вимкніть це, щоб показати {app}, або запустіть його з --allow-screen-capture на один сеанс.</translation>
    </message>
    <message>
        <source>Screen capture is allowed until {app} closes (--allow-screen-capture).</source>
        <translation>Запис екрана дозволено, доки {app} не закриється (--allow-screen-capture).</translation>
    </message>
    <message>
        <source>Not possible on Linux: X11 and Wayland do not let an app hide its windows from screen capture. Lock {app} before you share your screen.</source>
        <translation>У Linux це неможливо: X11 і Wayland не дозволяють програмі сховати свої вікна від запису екрана. Блокуйте {app}, перш ніж показувати екран.</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Колірна тема</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Розмір &amp;тексту</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimized</source>
        <translation>Блокувати, коли вікно &amp;згорнуто</translation>
    </message>
</context>
<context>
    <name>SharingKeyDialog</name>
    <message>
        <source>Sharing key</source>
        <translation>Ключ для обміну</translation>
    </message>
    <message>
        <source>Give this key to colleagues who send you cases. Bundles encrypted to it open only in this vault. It is not a secret: you can send it by any channel, but check it with them by another channel (read out the last characters).</source>
        <translation>Дайте цей ключ колегам, які надсилають вам справи. Пакети, зашифровані для нього, відкриються лише в цьому сховищі. Він не секретний: його можна передати будь-яким способом, але звірте його з колегою іншим каналом (прочитайте вголос останні символи).</translation>
    </message>
    <message>
        <source>This vault&apos;s sharing key</source>
        <translation>Ключ для обміну цього сховища</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Скопійовано.</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Заблокувати сховище</translation>
    </message>
    <message>
        <source>Demo data — not real</source>
        <translation>Демо-дані — не справжні</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Lock the vault now ({0})</source>
        <translation>Заблокувати сховище зараз ({0})</translation>
    </message>
    <message>
        <source>Settings ({0})</source>
        <translation>Налаштування ({0})</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Відкрити налаштування</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сполучення клавіш</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Про програму {app}</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Сховище</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>The new name and icon show after {app} starts again.</source>
        <translation>Нова назва й значок з’являться після перезапуску {app}.</translation>
    </message>
    <message>
        <source>{app} could not start again. Close it and start it yourself.</source>
        <translation>{app} не зміг перезапуститися. Закрийте його й запустіть самі.</translation>
    </message>
    <message>
        <source>{app} shows the new language after it starts again.</source>
        <translation>{app} покаже нову мову після перезапуску.</translation>
    </message>
    <message>
        <source>Restart now? The vault locks; unlock it again with your passphrase.</source>
        <translation>Перезапустити зараз? Сховище заблокується; знову розблокуйте його своєю парольною фразою.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустити зараз</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Демо-сховище</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не виконано</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lock the vault, from anywhere</source>
        <translation>Заблокувати сховище, звідки завгодно</translation>
    </message>
    <message>
        <source>Erase the vault, after a 5-second countdown you can cancel</source>
        <translation>Стерти сховище після 5-секундного відліку, який можна скасувати</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>Пошук у сховищі</translation>
    </message>
    <message>
        <source>Add a case, a person or a checklist, in the section shown</source>
        <translation>Додати справу, людину або чек-лист у відкритому розділі</translation>
    </message>
    <message>
        <source>Show the cases</source>
        <translation>Показати справи</translation>
    </message>
    <message>
        <source>Show the people</source>
        <translation>Показати людей</translation>
    </message>
    <message>
        <source>Show the checklists</source>
        <translation>Показати чек-листи</translation>
    </message>
    <message>
        <source>Show what is due soon</source>
        <translation>Показати, у чого незабаром термін</translation>
    </message>
    <message>
        <source>Show the activity</source>
        <translation>Показати журнал</translation>
    </message>
    <message>
        <source>Go to the next pane: sections, list, editor</source>
        <translation>Перейти до наступної області: розділи, список, редактор</translation>
    </message>
    <message>
        <source>Go to the previous pane</source>
        <translation>Перейти до попередньої області</translation>
    </message>
    <message>
        <source>Go to the next or previous field</source>
        <translation>Перейти до наступного або попереднього поля</translation>
    </message>
    <message>
        <source>Close the open case or person</source>
        <translation>Закрити відкриту справу або людину</translation>
    </message>
    <message>
        <source>Open the selected row or search result</source>
        <translation>Відкрити вибраний рядок або результат пошуку</translation>
    </message>
    <message>
        <source>Switch a note between writing and preview</source>
        <translation>Перемкнути нотатку між текстом і переглядом</translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself)</source>
        <translation>Зберегти нотатку зараз (вона зберігається й сама)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Recently deleted: restore or erase</source>
        <translation>Нещодавно видалені: відновити або стерти</translation>
    </message>
    <message>
        <source>Undo the delete or unlink just done (while Undo is shown)</source>
        <translation>Скасувати щойно зроблене видалення або відв&apos;язування (поки видно кнопку «Скасувати»)</translation>
    </message>
    <message>
        <source>Undo every change to the open case or person since it was opened</source>
        <translation>Скасувати всі зміни відкритої справи або людини від моменту відкриття</translation>
    </message>
    <message>
        <source>Zoom in or out of an attachment</source>
        <translation>Збільшити або зменшити вкладення</translation>
    </message>
    <message>
        <source>Next or previous page of an attachment</source>
        <translation>Наступна або попередня сторінка вкладення</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Цей список сполучень клавіш</translation>
    </message>
    <message>
        <source>Lock the vault and quit</source>
        <translation>Заблокувати сховище й вийти</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сполучення клавіш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Що вони роблять</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Прогрес</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Checklist template</source>
        <translation>Шаблон чек-листа</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Шаблони чек-листів</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Створити копію…</translation>
    </message>
    <message>
        <source>Duplicate the template as your own</source>
        <translation>Створити власну копію шаблону</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>Імпортувати файл шаблону</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Export the template to a file</source>
        <translation>Експортувати шаблон у файл</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Зберегти шаблон</translation>
    </message>
    <message>
        <source>{0} (yours)</source>
        <translation>{0} (ваш)</translation>
    </message>
    <message>
        <source>Templates that ship with {app} are read-only: duplicate to edit.</source>
        <translation>Шаблони, що входять до {app}, змінювати не можна: створіть копію, щоб редагувати.</translation>
    </message>
    <message>
        <source>Copied. Edit the items, then save.</source>
        <translation>Копію створено. Змініть пункти й збережіть.</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>Шаблон не можна зберегти</translation>
    </message>
    <message>
        <source>Saved as version {0}.</source>
        <translation>Збережено як версію {0}.</translation>
    </message>
    <message>
        <source>The template file cannot be imported</source>
        <translation>Цей файл шаблону не можна імпортувати</translation>
    </message>
    <message>
        <source>Imported {0}.</source>
        <translation>Імпортовано: {0}.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Не вдалося записати {0}: {1}</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Експортовано в {0}.</translation>
    </message>
    <message>
        <source>Checklist templates (*.toml)</source>
        <translation>Шаблони чек-листів (*.toml)</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>Копія шаблону</translation>
    </message>
    <message>
        <source>Id of your copy:</source>
        <translation>Ідентифікатор копії:</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Імпорт шаблону</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Експорт шаблону</translation>
    </message>
</context>
<context>
    <name>TemplateItemEditor</name>
    <message>
        <source>Template items</source>
        <translation>Пункти шаблону</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Додати пункт</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Додати пункт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Видалити вибраний пункт</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вище</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Перемістити вибраний пункт вище</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Нижче</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Перемістити вибраний пункт нижче</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Ідентифікатор пункту</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Ідентифікатор:</translation>
    </message>
    <message>
        <source>Title in {0}</source>
        <translation>Назва ({0})</translation>
    </message>
    <message>
        <source>Help in {0}</source>
        <translation>Пояснення ({0})</translation>
    </message>
    <message>
        <source>Title ({0}):</source>
        <translation>Назва ({0}):</translation>
    </message>
    <message>
        <source>Help ({0}):</source>
        <translation>Пояснення ({0}):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Документи, що посвідчують особу</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Подорож</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Правовий статус</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Робота</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Гроші</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов&apos;язковий</translation>
    </message>
    <message>
        <source>Required item</source>
        <translation>Обов&apos;язковий пункт</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
</context>
<context>
    <name>TemplateProblems</name>
    <message>
        <source>this field is missing</source>
        <translation>цього поля немає</translation>
    </message>
    <message>
        <source>{app} does not know this field; use one of: {allowed}</source>
        <translation>{app} не знає цього поля; використайте одне з: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} — не зі списку: {allowed}</translation>
    </message>
    <message>
        <source>this value is of the wrong kind (text, number, table or list)</source>
        <translation>значення має невідповідний вигляд (текст, число, таблиця чи список)</translation>
    </message>
    <message>
        <source>“{value}” cannot be an id: use only the letters a-z, the digits 0-9 and single hyphens, at most {limit} characters</source>
        <translation>«{value}» не годиться як ідентифікатор: використовуйте лише літери a-z, цифри 0-9 та одинарні дефіси, загалом не більше ніж {limit} знаків</translation>
    </message>
    <message>
        <source>this text is empty</source>
        <translation>текст порожній</translation>
    </message>
    <message>
        <source>this text is too long: characters {length}, at most {limit}</source>
        <translation>текст задовгий: знаків — {length}, допустимо не більше ніж {limit}</translation>
    </message>
    <message>
        <source>this text holds a character that cannot be stored (a NUL byte)</source>
        <translation>у тексті є символ, який не можна зберегти (нульовий байт)</translation>
    </message>
    <message>
        <source>“{value}” is not a language {app} has; use {allowed}</source>
        <translation>«{value}» — такої мови в {app} немає; використайте {allowed}</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1 to 1000000</source>
        <translation>версія має бути цілим числом від 1 до 1000000</translation>
    </message>
    <message>
        <source>“{value}” is not “any” or a list of two-letter country codes such as “DE,FR”</source>
        <translation>«{value}» — це не «any» і не список двобуквених кодів країн на зразок «DE,FR»</translation>
    </message>
    <message>
        <source>“{value}” is not a date written like 2026-11-25</source>
        <translation>«{value}» — не дата у вигляді 2026-11-25</translation>
    </message>
    <message>
        <source>{value} is not a web address starting with https://</source>
        <translation>{value} — не вебадреса, що починається з https://</translation>
    </message>
    <message>
        <source>too many entries: {count}, at most {limit}</source>
        <translation>забагато записів: {count}, допустимо не більше ніж {limit}</translation>
    </message>
    <message>
        <source>a template needs at least one item</source>
        <translation>у шаблоні має бути хоча б один пункт</translation>
    </message>
    <message>
        <source>the id “{value}” is already used by items[{first}]</source>
        <translation>ідентифікатор «{value}» уже зайнятий пунктом items[{first}]</translation>
    </message>
    <message>
        <source>{value} is not a period written like “P6M”, “P1Y” or “P10Y” (ISO 8601)</source>
        <translation>{value} — не строк дії у вигляді «P6M», «P1Y» чи «P10Y» (ISO 8601)</translation>
    </message>
    <message>
        <source>the file is {size}; a checklist template may be at most {limit}, so it was not read. Is this the right file?</source>
        <translation>файл займає {size}, а шаблон чек-листа може бути не більше ніж {limit}, тому його не прочитано. Це потрібний файл?</translation>
    </message>
    <message>
        <source>the file holds binary data; a template is a TOML text file</source>
        <translation>у файлі двійкові дані, а шаблон — це текстовий файл TOML</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>файл не в кодуванні UTF-8; збережіть його в UTF-8</translation>
    </message>
    <message>
        <source>the file&apos;s keys are nested too deeply for a template</source>
        <translation>ключі у файлі вкладені надто глибоко для шаблону</translation>
    </message>
    <message>
        <source>this line is not valid TOML; check its quotes and brackets</source>
        <translation>цей рядок — не правильний TOML; перевірте лапки й дужки</translation>
    </message>
    <message>
        <source>“{value}” is the id of a template that comes with {app}; give yours a new id (for example “{suggestion}”) and import it again</source>
        <translation>«{value}» — ідентифікатор шаблону, що постачається із {app}; дайте своєму шаблону новий ідентифікатор (наприклад, «{suggestion}») та імпортуйте його знову</translation>
    </message>
    <message>
        <source>the vault already holds “{value}” version {version}; raise the version above {version} to update it, or change the id</source>
        <translation>у сховищі вже є «{value}» версії {version}; щоб оновити шаблон, вкажіть версію вищу за {version} або змініть ідентифікатор</translation>
    </message>
    <message>
        <source>{0}, line {1}, {2}: {3}</source>
        <translation>{0}, рядок {1}, {2}: {3}</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>Prepare for a crossing</source>
        <translation>Підготовка до перетину кордону</translation>
    </message>
    <message>
        <source>Before you cross a border</source>
        <translation>Перед перетином кордону</translation>
    </message>
    <message>
        <source>{app} writes an encrypted backup of this vault to a place you choose, such as a USB stick you carry apart from the laptop. It checks that the backup opens with your passphrase. Then the vault on this laptop is replaced by a cover vault with harmless notes, and the real one is erased.</source>
        <translation>{app} записує зашифровану резервну копію цього сховища туди, куди ви вкажете, наприклад на флешку, яку ви везете окремо від ноутбука, і перевіряє, що копія відкривається вашою парольною фразою. Потім сховище на цьому ноутбуці замінюється сховищем-прикриттям із безневинними нотатками, а справжнє стирається.</translation>
    </message>
    <message>
        <source>After that, your passphrase opens nothing on this laptop. Someone who searches it finds only the cover. When you are safe, Vault ▸ Return from travel… brings your vault back from the backup.</source>
        <translation>Після цього ваша парольна фраза нічого не відкриває на цьому ноутбуці. Той, хто його обшукає, знайде лише прикриття. Коли ви будете в безпеці, «Сховище ▸ Повернення з поїздки…» поверне ваше сховище з резервної копії.</translation>
    </message>
    <message>
        <source>Without that backup and your passphrase, your notes cannot be brought back. Keep the USB stick away from the laptop, and do not lose it.</source>
        <translation>Без цієї резервної копії та вашої парольної фрази ваші нотатки не повернути. Зберігайте флешку окремо від ноутбука й не губіть її.</translation>
    </message>
    <message>
        <source>Writing and checking the backup</source>
        <translation>Запис і перевірка резервної копії</translation>
    </message>
    <message>
        <source>The backup is written, then opened again with your passphrase. Nothing is erased yet; Cancel leaves everything as it was.</source>
        <translation>Резервна копія записується, а потім знову відкривається вашою парольною фразою. Поки нічого не стирається; «Скасувати» залишає все як було.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Перебіг резервного копіювання</translation>
    </message>
    <message>
        <source>The backup opens</source>
        <translation>Резервна копія відкривається</translation>
    </message>
    <message>
        <source>Now the vault on this laptop is replaced by the cover vault and erased. This cannot be undone here: only the backup brings it back. Unplug the USB stick once this is done.</source>
        <translation>Тепер сховище на цьому ноутбуці буде замінено сховищем-прикриттям і стерто. Тут це не скасувати: повернути його може лише резервна копія. Коли все закінчиться, від’єднайте флешку.</translation>
    </message>
    <message>
        <source>Erasing the vault on this laptop</source>
        <translation>Стираємо сховище на цьому ноутбуці</translation>
    </message>
    <message>
        <source>This takes a few seconds. Do not close the laptop.</source>
        <translation>Це займе кілька секунд. Не закривайте ноутбук.</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Стирання</translation>
    </message>
    <message>
        <source>Ready to travel</source>
        <translation>Можна їхати</translation>
    </message>
    <message>
        <source>This laptop now holds only the cover vault. It opens with the cover (duress) passphrase; your passphrase opens nothing here.</source>
        <translation>Тепер на цьому ноутбуці лише сховище-прикриття. Воно відкривається парольною фразою прикриття (під примусом); ваша парольна фраза тут нічого не відкриває.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далі</translation>
    </message>
    <message>
        <source>&amp;Make the backup</source>
        <translation>&amp;Зробити резервну копію</translation>
    </message>
    <message>
        <source>&amp;Erase and leave the cover</source>
        <translation>&amp;Стерти й залишити прикриття</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>The backup is written, then opened again with your passphrase, then sealed to your colleague&apos;s key and read back. Nothing is erased yet; Cancel leaves everything as it was.</source>
        <translation>Резервна копія записується, потім знову відкривається вашою парольною фразою, потім шифрується для ключа колеги й читається назад для перевірки. Поки нічого не стирається; «Скасувати» залишає все як було.</translation>
    </message>
    <message>
        <source>The bundle {0} in {1} holds your backup, which was opened again with your passphrase. Only your colleague&apos;s {2} can open the bundle.</source>
        <translation>У пакеті {0} у теці {1} — ваша резервна копія, яка знову відкрилася вашою парольною фразою. Відкрити пакет може лише {2} вашого колеги.</translation>
    </message>
    <message>
        <source>The backup {0} in {1} was written and opened again with your passphrase.</source>
        <translation>Резервну копію {0} у теці {1} записано й знову відкрито вашою парольною фразою.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written and nothing was erased.</source>
        <translation>Скасовано. Нічого не записано й нічого не стерто.</translation>
    </message>
    <message>
        <source>Your vault is in the bundle {0} in {1}: give it to your colleague. To come back, they open it in their {2} (Vault ▸ Import a colleague&apos;s bundle…) and give you the backup file it holds; then unlock the cover and choose Vault ▸ Return from travel…</source>
        <translation>Ваше сховище — у пакеті {0} у теці {1}: віддайте його колезі. Щоб повернутися, колега відкриває пакет у своєму {2} («Сховище ▸ Імпорт пакета від колеги…») і віддає вам файл резервної копії з нього; потім розблокуйте прикриття й виберіть «Сховище ▸ Повернення з поїздки…».</translation>
    </message>
    <message>
        <source>Your vault is in the backup {0} in {1}. To come back, unlock the cover and choose Vault ▸ Return from travel…</source>
        <translation>Ваше сховище — у резервній копії {0} у теці {1}. Щоб повернутися, розблокуйте прикриття й виберіть «Сховище ▸ Повернення з поїздки…».</translation>
    </message>
    <message>
        <source>Not done: {0} Your backup is kept in {1}.</source>
        <translation>Не виконано: {0} Вашу резервну копію збережено в теці {1}.</translation>
    </message>
    <message>
        <source>The backup does not open with the passphrase you typed. Nothing was erased. Type the passphrase of this vault.</source>
        <translation>Резервна копія не відкривається введеною парольною фразою. Нічого не стерто. Введіть парольну фразу цього сховища.</translation>
    </message>
    <message>
        <source>The backup opens but does not hold every case. Nothing was erased. Try another folder or USB stick.</source>
        <translation>Резервна копія відкривається, але в ній не всі справи. Нічого не стерто. Спробуйте іншу теку або флешку.</translation>
    </message>
    <message>
        <source>The backup could not be read back, so nothing was erased. Try another folder or USB stick.</source>
        <translation>Резервну копію не вдалося прочитати назад, тож нічого не стерто. Спробуйте іншу теку або флешку.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Undo ({0})</source>
        <translation>Скасувати ({0})</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Скасувати: {0}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Розблокуйте сховище</translation>
    </message>
    <message>
        <source>Vault folder: {0}</source>
        <translation>Тека сховища: {0}</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольна фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показати парольну фразу</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Розблокувати сховище</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Розблокування</translation>
    </message>
    <message>
        <source>Unlocking… this takes a second on purpose.</source>
        <translation>Розблоковуємо… це навмисно триває секунду.</translation>
    </message>
    <message>
        <source>&amp;Forgot it? Use the recovery phrase</source>
        <translation>&amp;Забули? Скористайтеся фразою відновлення</translation>
    </message>
    <message>
        <source>Set a new passphrase with the recovery phrase</source>
        <translation>Задати нову парольну фразу за допомогою фрази відновлення</translation>
    </message>
    <message>
        <source>&amp;Choose another vault</source>
        <translation>&amp;Вибрати інше сховище</translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation>Повернутися на початкову сторінку</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Сховати парольну фразу</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase first.</source>
        <translation>Спершу введіть парольну фразу сховища.</translation>
    </message>
    <message>
        <source>Updating the search index for this version of {app}…</source>
        <translation>Оновлюємо пошуковий індекс для цієї версії {app}…</translation>
    </message>
    <message>
        <source>Vault erased</source>
        <translation>Сховище стерто</translation>
    </message>
    <message>
        <source>That was the last attempt: the vault was erased, as set in its settings. Only a backup kept elsewhere brings it back.</source>
        <translation>Це була остання спроба: сховище стерто, як зазначено в його налаштуваннях. Повернути його може лише резервна копія, що зберігається в іншому місці.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>The automatic backup was not made: {0} The vault is locked.</source>
        <translation>Автоматичну резервну копію не створено: {0} Сховище заблоковано.</translation>
    </message>
    <message>
        <source>The vault was not erased: {0}</source>
        <translation>Сховище не стерто: {0}</translation>
    </message>
    <message>
        <source>Saving an encrypted backup before {app} closes…</source>
        <translation>Зберігаємо зашифровану резервну копію перед закриттям {app}…</translation>
    </message>
    <message>
        <source>Skip this backup</source>
        <translation>Пропустити цю резервну копію</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
</context>
<context>
    <name>VaultMenuButton</name>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Змінити &amp;парольну фразу…</translation>
    </message>
    <message>
        <source>Show a new &amp;recovery phrase…</source>
        <translation>Показати нову &amp;фразу відновлення…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервні копії…</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>&amp;Нещодавно видалені…</translation>
    </message>
    <message>
        <source>&amp;Export for a colleague…</source>
        <translation>&amp;Експорт для колеги…</translation>
    </message>
    <message>
        <source>&amp;Import a colleague&apos;s bundle…</source>
        <translation>&amp;Імпорт пакета від колеги…</translation>
    </message>
    <message>
        <source>Your &amp;sharing key…</source>
        <translation>Ваш &amp;ключ для обміну…</translation>
    </message>
    <message>
        <source>Import &amp;contacts (CSV, vCard)…</source>
        <translation>Імпорт &amp;контактів (CSV, vCard)…</translation>
    </message>
    <message>
        <source>Import &amp;notes (Markdown folder)…</source>
        <translation>Імпорт &amp;нотаток (тека Markdown)…</translation>
    </message>
    <message>
        <source>Prepare for a cr&amp;ossing…</source>
        <translation>Підготовка до пере&amp;тину кордону…</translation>
    </message>
    <message>
        <source>Return from &amp;travel…</source>
        <translation>П&amp;овернення з поїздки…</translation>
    </message>
    <message>
        <source>&amp;Erase the vault now…</source>
        <translation>&amp;Стерти сховище зараз…</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Сховище</translation>
    </message>
    <message>
        <source>Backups, sharing and imports</source>
        <translation>Резервні копії, обмін та імпорт</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Вітаємо в {app}</translation>
    </message>
    <message>
        <source>An encrypted notebook for the people you help: cases, people, notes and documents, kept on this computer and nowhere else.</source>
        <translation>Зашифрований записник для тих, кому ви допомагаєте: справи, люди, нотатки й документи зберігаються на цьому комп&apos;ютері й більше ніде.</translation>
    </message>
    <message>
        <source>&amp;Create a vault</source>
        <translation>&amp;Створити сховище</translation>
    </message>
    <message>
        <source>Start a new, empty vault protected by your passphrase.</source>
        <translation>Нове порожнє сховище під захистом вашої парольної фрази.</translation>
    </message>
    <message>
        <source>&amp;Open a vault</source>
        <translation>&amp;Відкрити сховище</translation>
    </message>
    <message>
        <source>Use a vault in another folder, for example on a USB stick.</source>
        <translation>Сховище в іншій теці, наприклад на флешці.</translation>
    </message>
    <message>
        <source>&amp;Remember the location of the vault I open</source>
        <translation>&amp;Запам&apos;ятати, де лежить відкрите сховище</translation>
    </message>
    <message>
        <source>Remember the vault location on this computer</source>
        <translation>Запам&apos;ятати місце сховища на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Спробувати демо</translation>
    </message>
    <message>
        <source>Explore made-up cases and people. Deleted when you close it.</source>
        <translation>Подивіться на вигадані справи й людей. Усе видаляється під час закриття.</translation>
    </message>
    <message>
        <source>{app} works offline. It never connects to the internet.</source>
        <translation>{app} працює без мережі. Він ніколи не підключається до інтернету.</translation>
    </message>
    <message>
        <source>That folder does not hold a {app} vault. Choose the folder that contains the vault&apos;s files.</source>
        <translation>У цій теці немає сховища {app}. Виберіть теку, у якій лежать файли сховища.</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Відкрийте теку сховища</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Search  ({0})</source>
        <translation>Пошук  ({0})</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>Пошук у сховищі</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Select an item to see it here.</source>
        <translation>Виберіть елемент, щоб побачити його тут.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листи</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Незабаром термін</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Журнал</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>That recovery phrase is not valid: it has %n word(s); it needs {0}.</source>
        <translation>
            <numerusform>Ця фраза відновлення неправильна: у ній %n слово, а потрібно {0}.</numerusform>
            <numerusform>Ця фраза відновлення неправильна: у ній %n слова, а потрібно {0}.</numerusform>
            <numerusform>Ця фраза відновлення неправильна: у ній %n слів, а потрібно {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the vault is erased.</source>
        <translation>
            <numerusform>До стирання сховища лишилася %n спроба.</numerusform>
            <numerusform>До стирання сховища лишилося %n спроби.</numerusform>
            <numerusform>До стирання сховища лишилося %n спроб.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DayCounts</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день тому</numerusform>
            <numerusform>%n дні тому</numerusform>
            <numerusform>%n днів тому</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ImportDialog</name>
    <message>
        <source>Chosen file or folder</source>
        <translation>Вибраний файл або тека</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Звідки</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Перебіг імпорту</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Читаємо…</translation>
    </message>
    <message>
        <source>Ready to import {0}; {1} will be skipped (reasons in the list).</source>
        <translation>Можна імпортувати: {0}; буде пропущено: {1} (причини — у списку).</translation>
    </message>
    <message>
        <source>Nothing to import; {0} skipped (reasons in the list).</source>
        <translation>Імпортувати нічого; пропущено: {0} (причини — у списку).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпортуємо…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Imported {0}; skipped {1}.</source>
        <translation>Імпортовано: {0}; пропущено: {1}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Поточна парольна фраза</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Поточна парольна фраза</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Це не поточна парольна фраза. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>_Limits</name>
    <message numerus="yes">
        <source>“{0}” is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>Поле «{0}» задовге: у ньому може бути не більше ніж %n символ.</numerusform>
            <numerusform>Поле «{0}» задовге: у ньому може бути не більше ніж %n символи.</numerusform>
            <numerusform>Поле «{0}» задовге: у ньому може бути не більше ніж %n символів.</numerusform>
        </translation>
    </message>
</context>
</TS>

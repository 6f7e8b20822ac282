<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>An encrypted notebook that works offline. It never connects to the internet.</source>
        <translation>Зашифрованный блокнот, который работает без сети. Он никогда не подключается к интернету.</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Column headings</source>
        <translation>Заголовки столбцов</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Заголовки строк</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Очистить текст</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Case created</source>
        <translation>Дело создано</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Дело изменено</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Дело удалено</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Человек добавлен</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Данные человека изменены</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>Человек удалён</translation>
    </message>
    <message>
        <source>Identity changed</source>
        <translation>Личные данные изменены</translation>
    </message>
    <message>
        <source>Identity revealed</source>
        <translation>Личные данные показаны</translation>
    </message>
    <message>
        <source>Note created</source>
        <translation>Заметка создана</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Заметка изменена</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Заметка удалена</translation>
    </message>
    <message>
        <source>Checklist added</source>
        <translation>Чек-лист добавлен</translation>
    </message>
    <message>
        <source>Checklist removed</source>
        <translation>Чек-лист удалён</translation>
    </message>
    <message>
        <source>Checklist item changed</source>
        <translation>Пункт чек-листа изменён</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Файл добавлен</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>Файл удалён</translation>
    </message>
    <message>
        <source>Vault settings changed</source>
        <translation>Настройки хранилища изменены</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Пакет экспортирован</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Дело экспортировано</translation>
    </message>
    <message>
        <source>Note imported</source>
        <translation>Заметка импортирована</translation>
    </message>
    <message>
        <source>Person imported</source>
        <translation>Человек импортирован</translation>
    </message>
    <message>
        <source>Template created</source>
        <translation>Шаблон создан</translation>
    </message>
    <message>
        <source>Template changed</source>
        <translation>Шаблон изменён</translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation>Шаблон импортирован</translation>
    </message>
    <message>
        <source>Template exported</source>
        <translation>Шаблон экспортирован</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} from Markdown files</source>
        <translation>{0} из файлов Markdown</translation>
    </message>
    <message>
        <source>{0} from a {1} file</source>
        <translation>{0} из файла {1}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>кратко</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>where the original is</source>
        <translation>где оригинал</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>how to reach</source>
        <translation>как связаться</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
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
        <translation>Что происходило в этом хранилище, сначала новое. Содержимое в журнал не попадает.</translation>
    </message>
    <message>
        <source>Nothing has happened in this vault yet.</source>
        <translation>В этом хранилище пока ничего не происходило.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment viewer</source>
        <translation>Просмотр вложения</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Attachment: {0}</source>
        <translation>Вложение: {0}</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: it is damaged or needs a password.</source>
        <translation>Этот PDF нельзя показать: он повреждён или защищён паролем.</translation>
    </message>
    <message>
        <source>{app} cannot show this kind of file. Use “Save a copy…” to open it.</source>
        <translation>{app} не умеет показывать такие файлы. Чтобы открыть его, выберите «Сохранить копию…».</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <source>Could not save the copy: {0}</source>
        <translation>Не удалось сохранить копию: {0}</translation>
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
        <translation>Изображение JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Изображение GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Изображение WebP</translation>
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
        <translation>Вложения</translation>
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
        <translation>Размер</translation>
    </message>
    <message>
        <source>No files yet. Add a scan or a photo of a document.</source>
        <translation>Файлов пока нет. Добавьте скан или фото документа.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Добавить файл</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation>Открыть выбранный файл</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Удалить выбранный файл</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Добавить файлы к делу</translation>
    </message>
    <message>
        <source>“{0}” is larger than 100 MB.</source>
        <translation>«{0}» больше 100 МБ.</translation>
    </message>
    <message>
        <source>{app} cannot remove hidden information (such as where a photo was taken) from “{0}”, because it cannot read this kind of image. Add it anyway, as it is?</source>
        <translation>{app} не может убрать скрытые сведения (например, где сделан снимок) из «{0}»: такой формат изображений он не читает. Добавить файл как есть?</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <source>Delete “{0}” from the vault?</source>
        <translation>Удалить «{0}» из хранилища?</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>Файл удалён</translation>
    </message>
</context>
<context>
    <name>BackBar</name>
    <message>
        <source>Back to the list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <source>Back to the list  (Esc)</source>
        <translation>Назад к списку  (Esc)</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n чек-лист</numerusform>
            <numerusform>%n чек-листа</numerusform>
            <numerusform>%n чек-листов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Encrypted backups</source>
        <translation>Зашифрованные резервные копии</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Keep backups elsewhere, on a USB stick for example</source>
        <translation>Хранить резервные копии в другом месте, например на флешке</translation>
    </message>
    <message>
        <source>Beside the vault</source>
        <translation>Рядом с хранилищем</translation>
    </message>
    <message>
        <source>Back up by itself when the vault locks or {app} quits, if anything changed</source>
        <translation>Делать резервную копию самостоятельно, когда хранилище блокируется или {app} закрывается, если что-то изменилось</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Резервные копии этого хранилища</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Restore as new vault…</source>
        <translation>Восстановить как новое хранилище…</translation>
    </message>
    <message>
        <source>Restore in place…</source>
        <translation>Восстановить на месте…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <source>A demo vault is not backed up: it is deleted when you lock it.</source>
        <translation>Для демо-хранилища резервная копия не делается: оно удаляется при блокировке.</translation>
    </message>
    <message>
        <source>Wiping the vault also destroys these backups.</source>
        <translation>При уничтожении хранилища эти резервные копии тоже будут уничтожены.</translation>
    </message>
    <message>
        <source>Wiping the vault does not reach {0}: delete backups there yourself.</source>
        <translation>Уничтожение хранилища не затронет {0}: удалите резервные копии там сами.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Резервная копия записана: {0}</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Записываем зашифрованную резервную копию…</translation>
    </message>
    <message>
        <source>Checking every byte and every page…</source>
        <translation>Проверяем каждый байт и каждую страницу…</translation>
    </message>
    <message>
        <source>The file is intact (checksum). Its pages can only be checked by the vault it belongs to.</source>
        <translation>Файл цел (контрольная сумма совпадает). Его страницы может проверить только хранилище, которому он принадлежит.</translation>
    </message>
    <message>
        <source>This backup is intact: checksum, pages and structure.</source>
        <translation>Эта резервная копия цела: контрольная сумма, страницы и структура в порядке.</translation>
    </message>
    <message>
        <source>This backup is damaged inside ({0}). Use another one.</source>
        <translation>Эта резервная копия повреждена внутри ({0}). Возьмите другую.</translation>
    </message>
    <message>
        <source>An empty folder for the restored vault</source>
        <translation>Пустая папка для восстановленного хранилища</translation>
    </message>
    <message>
        <source>Restored into {0}. Open it with the passphrase the vault had on {1}.</source>
        <translation>Восстановлено в {0}. Откройте хранилище парольной фразой, которая была у него {1}.</translation>
    </message>
    <message>
        <source>Restoring as a new vault…</source>
        <translation>Восстанавливаем как новое хранилище…</translation>
    </message>
    <message>
        <source>Restore in place</source>
        <translation>Восстановление на месте</translation>
    </message>
    <message>
        <source>Replace this vault with the backup of {0}? Everything written since then is replaced. The vault as it is now is kept as a backup first. The vault locks, and opens again with the passphrase it had on {0}.</source>
        <translation>Заменить это хранилище резервной копией от {0}? Всё, что записано после этого, будет заменено. Сначала текущее состояние хранилища сохранится как резервная копия. Хранилище заблокируется и откроется парольной фразой, которая была у него {0}.</translation>
    </message>
    <message>
        <source>Your duress passphrase goes with it: this backup is from before your last passphrase change. Set it again in Settings afterwards.</source>
        <translation>Парольная фраза под принуждением при этом пропадёт: эта резервная копия сделана до последней смены парольной фразы. Потом задайте её снова в настройках.</translation>
    </message>
    <message>
        <source>Restored. Unlock the vault with the passphrase it had on {0}. The vault as it was is kept as a backup.</source>
        <translation>Восстановлено. Разблокируйте хранилище парольной фразой, которая была у него {0}. Прежнее состояние хранилища сохранено как резервная копия.</translation>
    </message>
    <message>
        <source>Restoring in place…</source>
        <translation>Восстанавливаем на месте…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>damaged: cannot be used</source>
        <translation>повреждена: использовать нельзя</translation>
    </message>
    <message>
        <source>a backup of another vault</source>
        <translation>резервная копия другого хранилища</translation>
    </message>
</context>
<context>
    <name>CamouflageSetting</name>
    <message>
        <source>Show a neutral &amp;name and icon (camouflage)</source>
        <translation>Показывать нейтральное &amp;название и значок (маскировка)</translation>
    </message>
    <message>
        <source>Show a neutral name and icon</source>
        <translation>Показывать нейтральное название и значок</translation>
    </message>
    <message>
        <source>This copy is installed under a neutral name, so it always shows it. Only file names inside its program folder still tell what it is.</source>
        <translation>Эта копия установлена под нейтральным названием и всегда показывает его. Что это за программа, выдают только имена файлов внутри её папки.</translation>
    </message>
    <message>
        <source>The window, the task bar and new vault folders then say “{0}”, after a restart. Still telling: the installed program, its settings folder, the process name and a vault folder made before. The neutral package hides the program too.</source>
        <translation>Тогда окно, панель задач и новые папки хранилища после перезапуска называются «{0}». Выдают по-прежнему: установленная программа, её папка настроек, имя процесса и папка хранилища, созданная раньше. Нейтральный пакет скрывает и программу.</translation>
    </message>
</context>
<context>
    <name>CaseChecklistsPanel</name>
    <message>
        <source>No checklists yet. Add one from a template.</source>
        <translation>Чек-листов пока нет. Добавьте чек-лист из шаблона.</translation>
    </message>
    <message>
        <source>Add checklist…</source>
        <translation>Добавить чек-лист…</translation>
    </message>
    <message>
        <source>Add a checklist from a template</source>
        <translation>Добавить чек-лист из шаблона</translation>
    </message>
    <message>
        <source>No templates available</source>
        <translation>Нет доступных шаблонов</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>This case is no longer in the vault.</source>
        <translation>Этого дела больше нет в хранилище.</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. visa, urgent</source>
        <translation>Через запятую, например: виза, срочно</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Метки через запятую</translation>
    </message>
    <message>
        <source>What has to happen next?</source>
        <translation>Что нужно сделать дальше?</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>What is this case about?</source>
        <translation>О чём это дело?</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Удалить дело…</translation>
    </message>
    <message>
        <source>Delete this case</source>
        <translation>Удалить это дело</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <source>Make a PDF report of this case</source>
        <translation>Сделать PDF-отчёт по этому делу</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export this case for a colleague</source>
        <translation>Экспортировать это дело для коллеги</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>A case needs a title; the old one is kept for now.</source>
        <translation>У дела должно быть название; пока остаётся прежнее.</translation>
    </message>
    <message>
        <source>Delete this case with its notes, checklists and attachments? The people in it stay in the vault.</source>
        <translation>Удалить это дело вместе с заметками, чек-листами и вложениями? Люди из него останутся в хранилище.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Дело удалено</translation>
    </message>
</context>
<context>
    <name>CaseNotesTimeline</name>
    <message>
        <source>Notes of this case, newest first</source>
        <translation>Заметки по этому делу, сначала новые</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Заметок пока нет.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>New note in this case</source>
        <translation>Новая заметка в этом деле</translation>
    </message>
    <message>
        <source>Pinned · {0}</source>
        <translation>Закреплено · {0}</translation>
    </message>
</context>
<context>
    <name>CasePeoplePanel</name>
    <message>
        <source>Nobody is linked to this case yet.</source>
        <translation>К этому делу пока никто не привязан.</translation>
    </message>
    <message>
        <source>Link person…</source>
        <translation>Привязать человека…</translation>
    </message>
    <message>
        <source>Link a person to this case</source>
        <translation>Привязать человека к этому делу</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Открыть: {0}</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Роль в этом деле</translation>
    </message>
    <message>
        <source>Role of {0} in this case</source>
        <translation>Роль {0} в этом деле</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <source>Unlink {0} from this case</source>
        <translation>Отвязать {0} от этого дела</translation>
    </message>
    <message>
        <source>{0} unlinked from this case</source>
        <translation>{0}: отвязан(а) от этого дела</translation>
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
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source> (due {0})</source>
        <translation> (срок {0})</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Ход работы по чек-листу</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Выполнено {0} из {1}</translation>
    </message>
    <message>
        <source>This report contains identity details. Keep it as safe as the vault.</source>
        <translation>В этом отчёте есть личные данные. Храните его так же бережно, как хранилище.</translation>
    </message>
    <message>
        <source>Redacted: people appear by pseudonym only; identity details are left out.</source>
        <translation>Обезличено: люди указаны только под псевдонимами, личные данные не включены.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>КОНФИДЕНЦИАЛЬНО</translation>
    </message>
    <message>
        <source>DEMO DATA — NOT REAL</source>
        <translation>ДЕМО-ДАННЫЕ — НЕ НАСТОЯЩИЕ</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Отчёт по делу</translation>
    </message>
    <message>
        <source>generated {0}</source>
        <translation>создан {0}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>No people are linked to this case.</source>
        <translation>К этому делу не привязан ни один человек.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Original is at</source>
        <translation>Где оригинал</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (необязательно)</translation>
    </message>
    <message>
        <source>written {0}, last changed {1}</source>
        <translation>написано {0}, изменено {1}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Confidential case report</source>
        <translation>Конфиденциальный отчёт по делу</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Case report: {0}</source>
        <translation>Отчёт по делу: {0}</translation>
    </message>
    <message>
        <source>Demo data — made up, not real people</source>
        <translation>Демо-данные — вымышленные, это не настоящие люди</translation>
    </message>
    <message>
        <source>Confidential — do not share beyond those who need it</source>
        <translation>Конфиденциально — не передавайте никому, кроме тех, кому это нужно</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
</context>
<context>
    <name>CaseReportDialog</name>
    <message>
        <source>Case report</source>
        <translation>Отчёт по делу</translation>
    </message>
    <message>
        <source>A PDF with the case&apos;s status, people (by pseudonym), checklists and the notes you choose. Every page is marked confidential.</source>
        <translation>PDF со статусом дела, людьми (под псевдонимами), чек-листами и выбранными вами заметками. Каждая страница помечена как конфиденциальная.</translation>
    </message>
    <message>
        <source>Notes to include</source>
        <translation>Какие заметки включить</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ни одной</translation>
    </message>
    <message>
        <source>Include identities</source>
        <translation>Включить личные данные</translation>
    </message>
    <message>
        <source>Include identity details in the report</source>
        <translation>Включить в отчёт личные данные</translation>
    </message>
    <message>
        <source>The report will show, for every person in the case: {0}. Anyone who gets the file can read them. Opening each person&apos;s details is logged.</source>
        <translation>В отчёте для каждого человека из дела будут указаны: {0}. Прочитать их сможет любой, к кому попадёт файл. Каждое открытие личных данных записывается в журнал.</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Ход создания отчёта</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Case report: {0}</source>
        <translation>Отчёт по делу: {0}</translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation>Сохранить отчёт по делу</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Создаём отчёт…</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Отменено. Файл не записан.</translation>
    </message>
    <message>
        <source>Could not write the report: {0}</source>
        <translation>Не удалось записать отчёт: {0}</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>No checklist items</source>
        <translation>В чек-листах нет пунктов</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Выполнено {0} из {1}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Дальше: {0}</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Метки: {0}</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Filter by status</source>
        <translation>Отбор по статусу</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Отбор по метке</translation>
    </message>
    <message>
        <source>Filter by due date</source>
        <translation>Отбор по сроку</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Срок в ближайшие 7 дней</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Срок в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>No cases yet — press {0} to add the first one.</source>
        <translation>Дел пока нет — нажмите {0}, чтобы добавить первое.</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>Название нового дела</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Create the case</source>
        <translation>Создать дело</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the new case</source>
        <translation>Не создавать новое дело</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Add a case ({0})</source>
        <translation>Добавить дело ({0})</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Нет дел, подходящих под этот отбор.</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>Дел: %n</numerusform>
            <numerusform>Дел: %n</numerusform>
            <numerusform>Дел: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>The recovery phrase keeps working. Backups made before today still open with the old passphrase.</source>
        <translation>Фраза восстановления продолжит работать. Резервные копии, сделанные до сегодняшнего дня, по-прежнему открываются старой парольной фразой.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Новая парольная фраза</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>С&amp;менить парольную фразу</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Сначала введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <source>Use the new passphrase from now on. The recovery phrase still works.</source>
        <translation>Теперь пользуйтесь новой парольной фразой. Фраза восстановления по-прежнему работает.</translation>
    </message>
</context>
<context>
    <name>ChecklistBlock</name>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Remove the checklist {0}</source>
        <translation>Удалить чек-лист {0}</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Выполнено {0} из {1}</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Ничего не нужно</translation>
    </message>
    <message>
        <source>Progress of {0}</source>
        <translation>Ход работы: {0}</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Удаление чек-листа</translation>
    </message>
    <message>
        <source>Remove the checklist “{0}” and everything noted in it?</source>
        <translation>Удалить чек-лист «{0}» и всё, что в нём отмечено?</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>State: {0}</source>
        <translation>Состояние: {0}</translation>
    </message>
    <message>
        <source>Due or expiry date: {0}</source>
        <translation>Срок или дата окончания действия: {0}</translation>
    </message>
    <message>
        <source>Due or expiry</source>
        <translation>Срок или окончание действия</translation>
    </message>
    <message>
        <source>Where the original is</source>
        <translation>Где оригинал</translation>
    </message>
    <message>
        <source>Where the original is: {0}</source>
        <translation>Где оригинал: {0}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Заметка: {0}</translation>
    </message>
    <message>
        <source>Scans and photos of this document</source>
        <translation>Сканы и фото этого документа</translation>
    </message>
    <message>
        <source>Scans for {0}</source>
        <translation>Сканы для {0}</translation>
    </message>
    <message>
        <source>Scans ({0})</source>
        <translation>Сканы ({0})</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Сканы</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>Прикреплён %n файл</numerusform>
            <numerusform>Прикреплено %n файла</numerusform>
            <numerusform>Прикреплено %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>Файлов нет</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <translation>Ход работы по чек-листу</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Remove this checklist</source>
        <translation>Удалить этот чек-лист</translation>
    </message>
    <message>
        <source>Checklist: {0}</source>
        <translation>Чек-лист: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Выполнено {0} из {1}</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Ничего не нужно</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Удаление чек-листа</translation>
    </message>
    <message>
        <source>Remove the checklist “{0}” and everything noted in it?</source>
        <translation>Удалить чек-лист «{0}» и всё, что в нём отмечено?</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>Сделать</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не нужно</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>expires within 30 days</source>
        <translation>истекает в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Ближайшая дата</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Ничего не нужно</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Выполнено {0} из {1}</translation>
    </message>
</context>
<context>
    <name>ChecklistsSection</name>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Шаблоны…</translation>
    </message>
    <message>
        <source>Edit, import and export templates</source>
        <translation>Изменить, импортировать и экспортировать шаблоны</translation>
    </message>
    <message>
        <source>Select a checklist first: {0} adds to its case.</source>
        <translation>Сначала выберите чек-лист: {0} добавит новый в его дело.</translation>
    </message>
    <message>
        <source>Add a checklist</source>
        <translation>Добавление чек-листа</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>No checklists yet. Open a case and add one, or select a checklist here and press {0} to add another to its case.</source>
        <translation>Чек-листов пока нет. Откройте дело и добавьте чек-лист или выберите здесь чек-лист и нажмите {0}, чтобы добавить ещё один в то же дело.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n чек-лист</numerusform>
            <numerusform>%n чек-листа</numerusform>
            <numerusform>%n чек-листов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collapsible</name>
    <message>
        <source>Expanded</source>
        <translation>Развёрнуто</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Свёрнуто</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Contacts from a CSV export (Google, Outlook, Thunderbird) or a vCard file. Each becomes a person with a new pseudonym; names, phones, emails, addresses and the contact&apos;s notes are sealed in the identity compartment.</source>
        <translation>Контакты из экспорта CSV (Google, Outlook, Thunderbird) или файла vCard. Каждый контакт станет человеком с новым псевдонимом; имена, телефоны, адреса электронной почты и почтовые адреса, а также заметки к контакту будут зашифрованы в личных данных.</translation>
    </message>
    <message>
        <source>Role of the imported people</source>
        <translation>Роль импортированных людей</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Choose a contacts file</source>
        <translation>Выберите файл с контактами</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Контакты (*.csv *.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Identity (masked)</source>
        <translation>Личные данные (скрыты)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Everything you keep in it is encrypted with a key made from your passphrase. Choose one you can remember; nobody can reset it for you.</source>
        <translation>Всё, что вы здесь храните, шифруется ключом, полученным из вашей парольной фразы. Выберите такую, которую сможете запомнить: сбросить её за вас не сможет никто.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Папка для нового хранилища</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Выбрать другую папку</translation>
    </message>
    <message>
        <source>&amp;Remember this location on this computer</source>
        <translation>&amp;Запомнить это место на этом компьютере</translation>
    </message>
    <message>
        <source>Remember this vault location</source>
        <translation>Запомнить, где лежит хранилище</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation>Вернуться на начальную страницу</translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation>Создать &amp;хранилище</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation>Выберите папку для хранилища</translation>
    </message>
    <message>
        <source>Making your vault…</source>
        <translation>Создаём хранилище…</translation>
    </message>
    <message>
        <source>{app} is turning your passphrase into a key. This takes a few seconds on purpose: it makes guessing the passphrase very slow.</source>
        <translation>{app} превращает вашу парольную фразу в ключ. Это намеренно занимает несколько секунд: так подбирать парольную фразу очень долго.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>That folder already holds files. A new vault needs an empty folder: choose another one.</source>
        <translation>В этой папке уже есть файлы. Для нового хранилища нужна пустая папка — выберите другую.</translation>
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
        <translation>Введите дату, например {0} или 2026-12-20, или выберите её в календаре</translation>
    </message>
    <message>
        <source>Pick {0} from a calendar</source>
        <translation>Выбрать {0} в календаре</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Type it like {1} or 2026-12-20, or pick it from the calendar.</source>
        <translation>«{0}» — это не дата. Введите её, например, так: {1} или 2026-12-20, или выберите в календаре.</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message>
        <source>It stays in Vault ▸ Recently deleted for 30 days.</source>
        <translation>Оно останется в разделе «Хранилище ▸ Недавно удалённые» на 30 дней.</translation>
    </message>
    <message>
        <source>Delete immediately, without keeping it in Recently deleted</source>
        <translation>Удалить сразу, не оставляя в «Недавно удалённых»</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo could not be made: {0}</source>
        <translation>Не удалось создать демо-хранилище: {0}</translation>
    </message>
</context>
<context>
    <name>DemoProgressDialog</name>
    <message>
        <source>Demo vault</source>
        <translation>Демо-хранилище</translation>
    </message>
    <message>
        <source>Making the demo vault…</source>
        <translation>Создаём демо-хранилище…</translation>
    </message>
    <message>
        <source>Made-up cases, people and notes, deleted when you lock it or quit.</source>
        <translation>Вымышленные дела, люди и заметки. Удаляются при блокировке или выходе.</translation>
    </message>
    <message>
        <source>Demo vault progress</source>
        <translation>Ход создания демо-хранилища</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where the backup goes</source>
        <translation>Куда сохранить резервную копию</translation>
    </message>
    <message>
        <source>A &amp;folder or USB stick</source>
        <translation>&amp;Папка или флешка</translation>
    </message>
    <message>
        <source>A bundle for a trusted co&amp;lleague</source>
        <translation>Пакет для &amp;коллеги, которому вы доверяете</translation>
    </message>
    <message>
        <source>You carry the backup yourself, apart from the laptop.</source>
        <translation>Резервную копию вы везёте сами, отдельно от ноутбука.</translation>
    </message>
    <message>
        <source>The backup is sealed to a colleague&apos;s sharing key, and you give them the bundle. They cannot read it: it also needs your passphrase. Before you can return, they must give you back the backup file it holds, saved from their {app} (Vault ▸ Import a colleague&apos;s bundle…).</source>
        <translation>Резервная копия шифруется ключом для обмена вашего коллеги, и вы отдаёте коллеге пакет. Прочитать её коллега не сможет: для этого нужна ещё и ваша парольная фраза. Прежде чем вы сможете вернуться, коллеге нужно будет отдать вам файл резервной копии из пакета, сохранив его в своём {app} («Хранилище ▸ Импорт пакета от коллеги…»).</translation>
    </message>
    <message>
        <source>Your colleague&apos;s sharing key</source>
        <translation>Ключ для обмена вашего коллеги</translation>
    </message>
    <message>
        <source>age1… (they find it under Sharing key)</source>
        <translation>age1… (коллега найдёт его в разделе «Ключ для обмена»)</translation>
    </message>
    <message>
        <source>Your colleague&apos;s &amp;sharing key</source>
        <translation>&amp;Ключ для обмена вашего коллеги</translation>
    </message>
    <message>
        <source>A folder on a USB stick, for example</source>
        <translation>Например, папка на флешке</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Your passphrase</source>
        <translation>&amp;Ваша парольная фраза</translation>
    </message>
    <message>
        <source>The backup must open with it before anything is erased. You will need it to come back.</source>
        <translation>Резервная копия должна открыться ею, прежде чем что-либо будет стёрто. Она понадобится вам для возвращения.</translation>
    </message>
    <message>
        <source>&amp;Cover passphrase</source>
        <translation>Парольная фраза &amp;прикрытия</translation>
    </message>
    <message>
        <source>No duress passphrase is set, so a cover vault is made now. Choose the passphrase you would give if forced to unlock the laptop.</source>
        <translation>Парольная фраза под принуждением не задана, поэтому сейчас будет создано хранилище-прикрытие. Придумайте парольную фразу, которую вы назовёте, если вас заставят разблокировать ноутбук.</translation>
    </message>
    <message>
        <source>Your duress passphrase will open the cover vault.</source>
        <translation>Хранилище-прикрытие будет открываться вашей парольной фразой под принуждением.</translation>
    </message>
    <message>
        <source>&amp;Folder for the bundle</source>
        <translation>&amp;Папка для пакета</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Папка для пакета</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle</source>
        <translation>Выбрать папку для пакета</translation>
    </message>
    <message>
        <source>&amp;Folder for the backup</source>
        <translation>&amp;Папка для резервной копии</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Папка для резервной копии</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Выбрать папку для резервной копии</translation>
    </message>
    <message>
        <source>Paste your colleague&apos;s sharing key.</source>
        <translation>Вставьте ключ для обмена вашего коллеги.</translation>
    </message>
    <message>
        <source>This is not a sharing key. It starts with age1; ask your colleague to copy it again from Sharing key in their {app}.</source>
        <translation>Это не ключ для обмена. Он начинается с age1; попросите коллегу ещё раз скопировать его из раздела «Ключ для обмена» в своём {app}.</translation>
    </message>
    <message>
        <source>Choose a folder for the bundle.</source>
        <translation>Выберите папку для пакета.</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>Выберите папку для резервной копии.</translation>
    </message>
    <message>
        <source>Choose a folder outside the vault&apos;s folder: the vault&apos;s folder is erased.</source>
        <translation>Выберите папку вне папки хранилища: папка хранилища будет стёрта.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введите свою парольную фразу.</translation>
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
        <translation>Что</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Case deadline: {0}</source>
        <translation>Срок по делу: {0}</translation>
    </message>
</context>
<context>
    <name>DueSoonSection</name>
    <message>
        <source>How far ahead</source>
        <translation>На какой срок вперёд</translation>
    </message>
    <message>
        <source>Overdue and next 30 days</source>
        <translation>Просроченное и ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Overdue and next 7 days</source>
        <translation>Просроченное и ближайшие 7 дней</translation>
    </message>
    <message>
        <source>Overdue and next 90 days</source>
        <translation>Просроченное и ближайшие 90 дней</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <source>Nothing is due. Dates on checklist items show here.</source>
        <translation>Сроков нет. Здесь появятся даты из пунктов чек-листов.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольная фраза под принуждением</translation>
    </message>
    <message>
        <source>A second passphrase for when you are forced to unlock. Typed where {app} asks for your passphrase, it opens a cover vault that looks and works like an ordinary one. Nothing in the files tells that it exists.</source>
        <translation>Вторая парольная фраза на случай, если вас заставят разблокировать хранилище. Если ввести её там, где {app} просит парольную фразу, откроется прикрытие — хранилище, которое выглядит и работает как обычное. По файлам нельзя понять, что оно существует.</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase</source>
        <translation>&amp;Парольная фраза под принуждением</translation>
    </message>
    <message>
        <source>Fill the cover with a few &amp;ordinary notes</source>
        <translation>Заполнить прикрытие несколькими &amp;обычными заметками</translation>
    </message>
    <message>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;Задать парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Убрать её</translation>
    </message>
    <message>
        <source>&amp;Erase this vault when it is typed</source>
        <translation>&amp;Уничтожить это хранилище, когда её введут</translation>
    </message>
    <message>
        <source>This vault&apos;s keys are destroyed at that moment: nobody can open it afterwards, you neither; only a backup kept elsewhere brings it back. An examiner finds one ordinary vault, unless they copied the disk before. Risk: if they suspect a wipe, they may hold you longer.</source>
        <translation>Ключи этого хранилища будут уничтожены в тот же момент: открыть его потом не сможет никто, и вы тоже; вернуть его можно только из резервной копии, хранящейся в другом месте. Проверяющий найдёт одно обычное хранилище, если только он не скопировал диск заранее. Риск: заподозрив уничтожение, вас могут задержать дольше.</translation>
    </message>
    <message>
        <source>&amp;Hide this vault and keep it</source>
        <translation>&amp;Спрятать это хранилище и сохранить его</translation>
    </message>
    <message>
        <source>This vault stays as it is, unseen. Nothing is lost. But it is still there: someone who copies the disk twice may notice a second database changing, and someone who doubts your cover can keep asking.</source>
        <translation>Это хранилище останется как есть, незаметным. Ничего не пропадёт. Но оно по-прежнему на диске: тот, кто скопирует диск дважды, может заметить, что меняется вторая база данных, а тот, кто сомневается в прикрытии, может продолжать расспросы.</translation>
    </message>
    <message>
        <source>A duress passphrase can be set only after unlocking with the passphrase.</source>
        <translation>Парольную фразу под принуждением можно задать только после разблокировки обычной парольной фразой.</translation>
    </message>
    <message>
        <source>A duress passphrase is set. Setting a new one replaces it and its cover.</source>
        <translation>Парольная фраза под принуждением задана. Если задать новую, она заменит прежнюю вместе с прикрытием.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением не задана.</translation>
    </message>
    <message>
        <source>Working… (a few seconds)</source>
        <translation>Выполняется… (несколько секунд)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Nothing was changed; check it and try again.</source>
        <translation>Неверная парольная фраза. Ничего не изменено; проверьте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This vault is damaged and cannot be read. Nothing was changed. Restore it from a backup.</source>
        <translation>Это хранилище повреждено и не читается. Ничего не изменено. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it again to go on.</source>
        <translation>Хранилище заблокировано. Чтобы продолжить, разблокируйте его.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the vault is unchanged.</source>
        <translation>Отменено. Ничего не записано, хранилище не изменилось.</translation>
    </message>
    <message>
        <source>{folder} already holds files; a new vault needs an empty folder.</source>
        <translation>В папке {folder} уже есть файлы; для нового хранилища нужна пустая папка.</translation>
    </message>
    <message>
        <source>This item is no longer in the vault. Nothing was changed.</source>
        <translation>Этого больше нет в хранилище. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk refused to read or write: nothing was changed. Check the disk and try again.</source>
        <translation>Диск отказался читать или записывать: ничего не изменено. Проверьте диск и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}. Nothing was kept of it, and the vault is unchanged.</source>
        <translation>Резервную копию не удалось записать в {folder}. От неё ничего не осталось, хранилище не изменилось.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was altered on the way. Nothing was imported; ask for it again.</source>
        <translation>Этот пакет повреждён или изменён по дороге. Ничего не импортировано; попросите прислать его ещё раз.</translation>
    </message>
    <message>
        <source>This comes from a demo vault: its cases and people are made up. It was not imported into this real vault; nothing was changed.</source>
        <translation>Это из демо-хранилища: дела и люди в нём вымышленные. В это настоящее хранилище ничего не импортировано; ничего не изменено.</translation>
    </message>
    <message>
        <source>This comes from a real vault. A demo vault takes only demo data, so real people never appear in a training; nothing was changed.</source>
        <translation>Это из настоящего хранилища. Демо-хранилище принимает только демо-данные, чтобы настоящие люди никогда не попали на тренинг; ничего не изменено.</translation>
    </message>
    <message>
        <source>This file is not a bundle: it is not an age-encrypted file. Choose the .age file your colleague sent; nothing was changed.</source>
        <translation>Этот файл — не пакет: он не зашифрован с помощью age. Выберите файл .age, который прислал(а) коллега; ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault is open elsewhere (another {app} window or command). Close it there first.</source>
        <translation>Хранилище открыто в другом месте (в другом окне или команде {app}). Сначала закройте его там.</translation>
    </message>
    <message>
        <source>This vault failed its authenticity check: it was altered or damaged after {app} wrote it. Nothing was changed. Restore it from a backup.</source>
        <translation>Это хранилище не прошло проверку подлинности: после записи {app} его изменили или повредили. Ничего не изменено. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The checklist template {filename} cannot be used; nothing was changed.</source>
        <translation>Шаблон чек-листа {filename} нельзя использовать; ничего не изменено.</translation>
    </message>
    <message>
        <source>That folder does not hold a {app} vault.</source>
        <translation>В этой папке нет хранилища {app}.</translation>
    </message>
    <message>
        <source>The vault file {name} is a link to another file, or not a plain file. {app} stopped and changed nothing. Someone may have put it there: remove it, or restore the vault from a backup.</source>
        <translation>Файл хранилища {name} — это ссылка на другой файл или не обычный файл. {app} остановился и ничего не изменил. Возможно, его подложили: удалите его или восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <source>This vault uses format version {found}, which this {app} cannot open. Install a newer {app}.</source>
        <translation>Это хранилище в формате версии {found}, который эта версия {app} открыть не может. Установите более новую версию {app}.</translation>
    </message>
    <message>
        <source>The backup file {file} uses format version {found}, which this {app} cannot read. Install a newer {app}.</source>
        <translation>Файл резервной копии {file} в формате версии {found}, который эта версия {app} прочитать не может. Установите более новую версию {app}.</translation>
    </message>
    <message>
        <source>This bundle cannot be opened here: it was made for another vault&apos;s sharing key, or by a newer {app}. Nothing was changed.</source>
        <translation>Этот пакет нельзя открыть здесь: он сделан для ключа для обмена другого хранилища или более новой версией {app}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Wrong recovery phrase. Nothing was changed; check it and try again.</source>
        <translation>Неверная фраза восстановления. Ничего не изменено; проверьте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this bundle. Nothing was changed; check it and try again.</source>
        <translation>Неверная парольная фраза для этого пакета. Ничего не изменено; проверьте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен: ничего не изменено. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Your disk quota is used up: nothing was changed. Free some space and try again.</source>
        <translation>Ваша дисковая квота исчерпана: ничего не изменено. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk or folder is read-only (a locked USB stick, or mounted read-only): nothing was changed. Make it writable and try again.</source>
        <translation>Диск или папка доступны только для чтения (флешка с защитой от записи или диск, подключённый только для чтения): ничего не изменено. Разрешите запись и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error (a failing disk, or a USB stick pulled out): nothing more was written. Copy the vault to another disk and check it there.</source>
        <translation>Диск сообщил об ошибке чтения или записи (неисправный диск или вынутая флешка): больше ничего не записано. Скопируйте хранилище на другой диск и проверьте его там.</translation>
    </message>
    <message>
        <source>{app} is not allowed to write there: nothing was changed. Check who owns the vault&apos;s folder and try again.</source>
        <translation>{app} не может записывать в это место: ничего не изменено. Проверьте, кому принадлежит папка хранилища, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The folder or file is not there any more.</source>
        <translation>Папки или файла больше нет на месте.</translation>
    </message>
    <message>
        <source>The system refused (error {0}). Nothing was changed.</source>
        <translation>Система отказала (ошибка {0}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>That recovery phrase is not valid: word {0}, “{1}”, is not in the list.</source>
        <translation>Эта фраза восстановления неверна: слова {0} («{1}») нет в списке.</translation>
    </message>
    <message>
        <source>That recovery phrase is not valid: the words do not fit together (one is probably mistyped or out of order).</source>
        <translation>Эта фраза восстановления неверна: слова не подходят друг к другу (вероятно, одно введено с ошибкой или не на своём месте).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({0}). Your saved work is kept.</source>
        <translation>Произошла непредвиденная ошибка ({0}). Сохранённые данные не пострадали.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Safe way to reach</source>
        <translation>Как безопасно связаться</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Название заметки</translation>
    </message>
    <message>
        <source>Item note</source>
        <translation>Заметка к пункту</translation>
    </message>
    <message>
        <source>Where the original is</source>
        <translation>Где оригинал</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <source>Report passphrase</source>
        <translation>Парольная фраза отчёта</translation>
    </message>
    <message>
        <source>“{0}” is not a date in “{1}”. Type it like {2}.</source>
        <translation>«{0}» в поле «{1}» — не дата. Введите её так: {2}.</translation>
    </message>
    <message>
        <source>“{field}” cannot be empty.</source>
        <translation>Поле «{field}» не может быть пустым.</translation>
    </message>
    <message>
        <source>“{field}” holds a character that cannot be stored (a NUL byte).</source>
        <translation>В поле «{field}» есть символ, который нельзя сохранить (нулевой байт).</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices for “{field}”.</source>
        <translation>«{value}» — не из списка вариантов для поля «{field}».</translation>
    </message>
    <message>
        <source>“{ident}” is not an id {app} knows.</source>
        <translation>{app} не знает идентификатора «{ident}».</translation>
    </message>
    <message>
        <source>“{ident}” matches more than one item; type more of its id.</source>
        <translation>«{ident}» подходит к нескольким записям; введите идентификатор длиннее.</translation>
    </message>
    <message>
        <source>Another person already has the pseudonym “{pseudonym}”.</source>
        <translation>Псевдоним «{pseudonym}» уже есть у другого человека.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — это папка, а не файл.</translation>
    </message>
    <message>
        <source>{path} is not a plain file (a device or a pipe); {app} reads only files.</source>
        <translation>{path} — не обычный файл (устройство или канал); {app} читает только файлы.</translation>
    </message>
    <message>
        <source>{name} is a symbolic link; choose the file itself.</source>
        <translation>{name} — символическая ссылка; выберите сам файл.</translation>
    </message>
    <message>
        <source>{name} is too large: at most {limit} can be read. Nothing was changed.</source>
        <translation>{name} слишком большой: можно прочитать не более {limit}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The file is too large ({size}); an attachment can be at most {limit}.</source>
        <translation>Файл слишком большой ({size}); вложение может быть не больше {limit}.</translation>
    </message>
    <message>
        <source>The file is empty; there is nothing to attach.</source>
        <translation>Файл пуст — вкладывать нечего.</translation>
    </message>
    <message>
        <source>The note or checklist item belongs to another case.</source>
        <translation>Заметка или пункт чек-листа относится к другому делу.</translation>
    </message>
    <message>
        <source>This item is already back in the vault.</source>
        <translation>Эта запись уже вернулась в хранилище.</translation>
    </message>
    <message>
        <source>The case or person this belonged to is no longer in the vault; restore that first.</source>
        <translation>Дела или человека, к которым это относилось, уже нет в хранилище; сначала восстановите их.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add a few more words, or take the suggested one.</source>
        <translation>Эту парольную фразу слишком легко угадать. Добавьте ещё несколько слов или возьмите предложенную.</translation>
    </message>
    <message>
        <source>{name} is not a {app} backup file. Nothing was changed.</source>
        <translation>{name} — не файл резервной копии {app}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the bundle.</source>
        <translation>{path} — это папка; укажите имя файла для пакета.</translation>
    </message>
    <message>
        <source>{name} is a backup of another vault. Restore it as a new vault instead.</source>
        <translation>{name} — резервная копия другого хранилища. Восстановите её как новое хранилище.</translation>
    </message>
    <message>
        <source>{name} was made by a newer {app}, which this one cannot open. Install a newer {app}, or restore it as a new vault to keep it for later.</source>
        <translation>Резервную копию {name} сделала более новая версия {app}, и эта версия не может её открыть. Установите новую версию {app} или восстановите копию как новое хранилище, чтобы сохранить её на потом.</translation>
    </message>
    <message>
        <source>An import, export or report is still running. Restore once it has finished.</source>
        <translation>Ещё идёт импорт, экспорт или создание отчёта. Восстановите, когда это закончится.</translation>
    </message>
    <message>
        <source>This vault is damaged, so it cannot be kept as a backup before it is replaced. Restore the backup as a new vault instead; this one stays as it is.</source>
        <translation>Это хранилище повреждено, поэтому перед заменой его нельзя сохранить как резервную копию. Восстановите резервную копию как новое хранилище; это останется как есть.</translation>
    </message>
    <message>
        <source>The backup was restored, but writing the vault&apos;s header in {folder} failed. Unlock it with the passphrase it had on the day of the backup, or with the one it had before the restore.</source>
        <translation>Резервная копия восстановлена, но записать заголовок хранилища в {folder} не удалось. Разблокируйте его парольной фразой, которая была в день резервной копии, или той, что была до восстановления.</translation>
    </message>
    <message>
        <source>{app} may not read {0} (permission denied).</source>
        <translation>{app} не разрешено читать {0} (нет доступа).</translation>
    </message>
    <message>
        <source>{0} is not there any more.</source>
        <translation>{0} больше нет на месте.</translation>
    </message>
    <message>
        <source>{app} cannot read {0}: the disk or the file refused.</source>
        <translation>{app} не может прочитать {0}: диск или файл не отвечает.</translation>
    </message>
    <message>
        <source>Locking after inactivity takes a whole number of minutes from {0} to {1}, or never.</source>
        <translation>Блокировка при бездействии: целое число минут от {0} до {1} или «никогда».</translation>
    </message>
    <message>
        <source>Clearing the clipboard takes a whole number of seconds from {0} to {1}.</source>
        <translation>Очистка буфера обмена: целое число секунд от {0} до {1}.</translation>
    </message>
    <message>
        <source>Hiding a shown identity field again takes a whole number of seconds from {0} to {1}.</source>
        <translation>Повторное скрытие показанных личных данных: целое число секунд от {0} до {1}.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as /media/usb/backups.</source>
        <translation>Папка для резервных копий должна быть указана полным путём, например /media/usb/backups.</translation>
    </message>
    <message>
        <source>Automatic backups must be on or off.</source>
        <translation>Автоматические резервные копии могут быть только включены или выключены.</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>он обрезан</translation>
    </message>
    <message>
        <source>its description has an impossible length</source>
        <translation>у его описания невозможная длина</translation>
    </message>
    <message>
        <source>its description cannot be read</source>
        <translation>его описание не читается</translation>
    </message>
    <message>
        <source>its checksum does not match its content</source>
        <translation>контрольная сумма не совпадает с содержимым</translation>
    </message>
    <message>
        <source>it is {0} bytes long where {1} were written</source>
        <translation>его длина {0} байт, а записано было {1}</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>он не читается</translation>
    </message>
    <message>
        <source>The backup file {0} is damaged: {1}. Nothing was changed; try an older backup.</source>
        <translation>Файл резервной копии {0} повреждён: {1}. Ничего не изменено; попробуйте более старую резервную копию.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: the folder is not there. Is the USB stick plugged in? Nothing was kept of it, and the vault is unchanged.</source>
        <translation>Резервную копию не удалось записать в {0}: папки нет. USB-накопитель подключён? От копии ничего не осталось, хранилище не изменено.</translation>
    </message>
    <message>
        <source>No backup folder was chosen, so no backup was made. Choose one under Backups.</source>
        <translation>Папка для резервных копий не выбрана, поэтому резервная копия не сделана. Выберите её в разделе «Резервные копии».</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}.</source>
        <translation>Резервную копию не удалось записать в {0}.</translation>
    </message>
    <message>
        <source>This bundle is too large: at most {0} MB can be opened. Nothing was changed.</source>
        <translation>Этот пакет слишком большой: можно открыть не более {0} МБ. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle cannot be used: its contents are not what {app} writes (it may be damaged, or made by another program). Nothing was changed.</source>
        <translation>Этот пакет нельзя использовать: его содержимое не такое, какое пишет {app} (возможно, он повреждён или сделан другой программой). Ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle is in text form (ASCII-armored); {app} reads binary age files. Ask for the .age file itself. Nothing was changed.</source>
        <translation>Этот пакет в текстовом виде (ASCII-armor); {app} читает двоичные файлы age. Попросите прислать сам файл .age. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase; type it to open the bundle. Nothing was changed.</source>
        <translation>Этот пакет защищён парольной фразой; введите её, чтобы открыть пакет. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle was not encrypted to this vault&apos;s sharing key. Ask the sender to use the key shown under Sharing key. Nothing was changed.</source>
        <translation>Этот пакет зашифрован не для ключа для обмена этого хранилища. Попросите отправителя использовать ключ, показанный в разделе «Ключ для обмена». Ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer {app}; install a newer {app} to open it. Nothing was changed.</source>
        <translation>Этот пакет сделан более новой версией {app}; установите более новую версию {app}, чтобы открыть его. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle holds a colleague&apos;s travel backup, not records to import. Choose Preview in Vault ▸ Import a colleague&apos;s bundle… to save the backup file for them. Nothing was changed.</source>
        <translation>В этом пакете — резервная копия коллеги на время поездки, а не записи для импорта. Нажмите «Предпросмотр» в окне «Хранилище ▸ Импорт пакета от коллеги…», чтобы сохранить для коллеги файл резервной копии. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle holds shared records, not a colleague&apos;s travel backup: import it with Vault ▸ Import a colleague&apos;s bundle… Nothing was changed.</source>
        <translation>В этом пакете — переданные записи, а не резервная копия коллеги на время поездки: импортируйте его через «Хранилище ▸ Импорт пакета от коллеги…». Ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle would move a record of this vault to another case or note, so it was not imported. Nothing was changed.</source>
        <translation>Этот пакет перенёс бы запись этого хранилища в другое дело или заметку, поэтому он не импортирован. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The file is too large ({0}); at most {1} can be imported.</source>
        <translation>Файл слишком большой ({0}); импортировать можно не больше {1}.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read near line {0}. Nothing was imported.</source>
        <translation>CSV-файл не удаётся прочитать около строки {0}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file holds too many contacts (more than {0}); import it in parts.</source>
        <translation>В файле слишком много контактов (больше {0}); импортируйте его по частям.</translation>
    </message>
    <message>
        <source>Line {0} of the vCard file is too long.</source>
        <translation>Строка {0} в файле vCard слишком длинная.</translation>
    </message>
    <message>
        <source>The folder holds too many files and folders (more than {0}); choose a smaller one.</source>
        <translation>В папке слишком много файлов и папок (больше {0}); выберите папку поменьше.</translation>
    </message>
    <message>
        <source>The folder holds too many Markdown files ({0}); at most {1} can be imported at once.</source>
        <translation>В папке слишком много файлов Markdown ({0}); за один раз можно импортировать не больше {1}.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} — это не файл.</translation>
    </message>
    <message>
        <source>The file says it is in the UTF-16 encoding, but it is not.</source>
        <translation>Файл указывает кодировку UTF-16, но на самом деле записан в другой.</translation>
    </message>
    <message>
        <source>The file is empty; there is nothing to import.</source>
        <translation>Файл пуст — импортировать нечего.</translation>
    </message>
    <message>
        <source>This is not a text file. Choose a CSV or vCard file.</source>
        <translation>Это не текстовый файл. Выберите файл CSV или vCard.</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>CSV-файл пуст.</translation>
    </message>
    <message>
        <source>The CSV file has no column {app} recognises as a name (such as “Name”, “Given Name”, “First Name” or “Last Name”).</source>
        <translation>В CSV-файле нет столбца, который {app} распознаёт как имя (например, «Name», «Given Name», «First Name» или «Last Name»).</translation>
    </message>
    <message>
        <source>{folder} is not a folder (links to folders are not followed).</source>
        <translation>{folder} — это не папка (по ссылкам на папки переход не выполняется).</translation>
    </message>
    <message>
        <source>The folder&apos;s notes are too large to import at once.</source>
        <translation>Заметки в этой папке слишком велики, чтобы импортировать их за один раз.</translation>
    </message>
    <message>
        <source>The folder&apos;s notes and images are too large to import at once.</source>
        <translation>Заметки и изображения в этой папке слишком велики, чтобы импортировать их за один раз.</translation>
    </message>
    <message>
        <source>{app} may not write to {path} (permission denied).</source>
        <translation>{app} не может записывать в {path} (нет прав доступа).</translation>
    </message>
    <message>
        <source>{app} cannot use {path}; choose another folder.</source>
        <translation>{app} не может использовать {path}; выберите другую папку.</translation>
    </message>
    <message>
        <source>{app} may not write beside {folder} (permission denied).</source>
        <translation>{app} не может записывать рядом с {folder} (нет прав доступа).</translation>
    </message>
    <message>
        <source>{app} cannot write beside {folder}; check that the folder is there.</source>
        <translation>{app} не может записать рядом с {folder}; проверьте, что эта папка существует.</translation>
    </message>
    <message>
        <source>Unlock the vault once with its passphrase first, so it is upgraded.</source>
        <translation>Сначала один раз разблокируйте хранилище его парольной фразой, чтобы оно обновилось.</translation>
    </message>
    <message>
        <source>The travel backup must go outside the vault&apos;s folder.</source>
        <translation>Резервную копию для поездки нужно сохранить вне папки хранилища.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the cover vault that stays on the laptop.</source>
        <translation>Выберите парольную фразу для хранилища-прикрытия, которое останется на ноутбуке.</translation>
    </message>
    <message>
        <source>This vault is in the old format. Lock and unlock it once to upgrade it, then set a duress passphrase.</source>
        <translation>Это хранилище в старом формате. Заблокируйте и разблокируйте его один раз, чтобы обновить, а затем задайте парольную фразу под принуждением.</translation>
    </message>
    <message>
        <source>This vault has no header to tie the setting to.</source>
        <translation>У этого хранилища нет заголовка, к которому можно привязать эту настройку.</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>{0} within a day</source>
        <translation>{0} — в течение суток</translation>
    </message>
    <message>
        <source>{0} within a week</source>
        <translation>{0} — в течение недели</translation>
    </message>
    <message>
        <source>{0} within {1} days</source>
        <translation>{0} — в течение {1} дн.</translation>
    </message>
    <message>
        <source>Expiring documents</source>
        <translation>Документы, у которых истекает срок</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Show everything that is due</source>
        <translation>Показать всё, у чего подходит срок</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss the expiry reminder</source>
        <translation>Скрыть напоминание о сроках</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} — просрочено</translation>
    </message>
    <message>
        <source>Documents expiring: {0}</source>
        <translation>Истекает срок документов: {0}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for a colleague</source>
        <translation>Экспорт для коллеги</translation>
    </message>
    <message>
        <source>Include &amp;identities</source>
        <translation>Включить &amp;личные данные</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Сохранить пакет как</translation>
    </message>
    <message>
        <source>Where to save the bundle (.age)</source>
        <translation>Куда сохранить пакет (.age)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>This &amp;case</source>
        <translation>Это &amp;дело</translation>
    </message>
    <message>
        <source>The &amp;whole vault</source>
        <translation>&amp;Всё хранилище</translation>
    </message>
    <message>
        <source>This &amp;case: {0}</source>
        <translation>Это &amp;дело: {0}</translation>
    </message>
    <message>
        <source>To colleagues&apos; sharing &amp;keys (age)</source>
        <translation>Для коллег по их &amp;ключам для обмена (age)</translation>
    </message>
    <message>
        <source>With a &amp;passphrase</source>
        <translation>С &amp;парольной фразой</translation>
    </message>
    <message>
        <source>age1… (one sharing key per line)</source>
        <translation>age1… (по одному ключу для обмена в строке)</translation>
    </message>
    <message>
        <source>Recipients&apos; sharing keys, one per line</source>
        <translation>Ключи для обмена получателей, по одному в строке</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation>Кто сможет открыть</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Сохранить как</translation>
    </message>
    <message>
        <source>The bundle will hold these identity fields in clear for anyone who can open it: {0}. Include them only if your colleague needs them and the channel is safe.</source>
        <translation>В пакете будут открыто лежать эти личные данные, их прочитает любой, кто сможет открыть пакет: {0}. Включайте их, только если они нужны коллеге и канал передачи безопасен.</translation>
    </message>
    <message>
        <source>Line {0}: not an age public key.</source>
        <translation>Строка {0}: это не открытый ключ age.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>age bundles (*.age)</source>
        <translation>Пакеты age (*.age)</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Выберите, куда сохранить пакет.</translation>
    </message>
    <message>
        <source>Paste at least one colleague&apos;s sharing key (age1…).</source>
        <translation>Вставьте хотя бы один ключ для обмена от коллеги (age1…).</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Шифруем…</translation>
    </message>
    <message>
        <source>with identity fields</source>
        <translation>с личными данными</translation>
    </message>
    <message>
        <source>pseudonyms only</source>
        <translation>только псевдонимы</translation>
    </message>
    <message>
        <source>Saved {0} ({1}).</source>
        <translation>Сохранено: {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>FailedUnlockSetting</name>
    <message>
        <source>Erase the vault after this many failed unlocks</source>
        <translation>Стереть хранилище после стольких неудачных попыток разблокировать</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message numerus="yes">
        <source>After %n failed unlocks</source>
        <translation>
            <numerusform>После %n неудачной попытки разблокировать</numerusform>
            <numerusform>После %n неудачных попыток разблокировать</numerusform>
            <numerusform>После %n неудачных попыток разблокировать</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase the vault</source>
        <translation>&amp;Стереть хранилище</translation>
    </message>
    <message>
        <source>Say &amp;how many attempts are left</source>
        <translation>Сообщать, &amp;сколько попыток осталось</translation>
    </message>
    <message>
        <source>After a wrong passphrase, say how many attempts are left</source>
        <translation>После неверной парольной фразы сообщать, сколько попыток осталось</translation>
    </message>
    <message>
        <source>Counted on this computer, not in the vault: by the window and the command line, with the passphrase, the recovery phrase and the duress passphrase alike; a correct one starts the count again. A copy of the vault&apos;s folder taken to another computer is not counted. Read COERCION.md first.</source>
        <translation>Считается на этом компьютере, а не в хранилище: в окне и в командной строке, одинаково для парольной фразы, фразы восстановления и парольной фразы под принуждением; верная фраза начинает счёт заново. Копия папки хранилища на другом компьютере не считается. Сначала прочитайте COERCION.md.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Legal name</source>
        <translation>Имя по документам</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Номера документов</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Identity notes</source>
        <translation>Заметки к личным данным</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Edit identity</source>
        <translation>Изменение личных данных</translation>
    </message>
    <message>
        <source>Fill in only what you need. Hidden fields keep what is stored unless you type a new value or remove it.</source>
        <translation>Заполните только то, что нужно. Скрытые поля сохраняют прежнее значение, пока вы не введёте новое или не удалите его.</translation>
    </message>
    <message>
        <source>Empty a field to remove it from the vault.</source>
        <translation>Очистите поле, чтобы удалить его из хранилища.</translation>
    </message>
    <message>
        <source>Stored (hidden); type to replace</source>
        <translation>Сохранено (скрыто); введите новое значение, чтобы заменить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove {0} from the vault when you save</source>
        <translation>Удалить «{0}» из хранилища при сохранении</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Удалить «{0}»</translation>
    </message>
    <message>
        <source>{0}, removed when you save</source>
        <translation>{0}: будет удалено при сохранении</translation>
    </message>
    <message>
        <source>{0}, stored and hidden; typing replaces it</source>
        <translation>{0}: сохранено и скрыто; новый ввод заменит значение</translation>
    </message>
    <message>
        <source>{0}, stored</source>
        <translation>{0}: сохранено</translation>
    </message>
    <message>
        <source>Removed when you save</source>
        <translation>Будет удалено при сохранении</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>Оставить «{0}»</translation>
    </message>
    <message>
        <source>{0}, empty</source>
        <translation>{0}: пусто</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Hidden. Each reveal is written to the activity log.</source>
        <translation>Скрыто. Каждый показ записывается в журнал.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Reveal the identity details</source>
        <translation>Показать личные данные</translation>
    </message>
    <message>
        <source>Edit identity…</source>
        <translation>Изменить личные данные…</translation>
    </message>
    <message>
        <source>Edit the identity details</source>
        <translation>Изменить личные данные</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Копировать: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Fields stored: %n. Each reveal is written to the activity log.</source>
        <translation>
            <numerusform>Сохранено %n поле. Каждый показ записывается в журнал.</numerusform>
            <numerusform>Сохранено %n поля. Каждый показ записывается в журнал.</numerusform>
            <numerusform>Сохранено %n полей. Каждый показ записывается в журнал.</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity details are stored for this person.</source>
        <translation>Для этого человека личные данные не сохранены.</translation>
    </message>
    <message>
        <source>Identity · hidden</source>
        <translation>Личные данные · скрыты</translation>
    </message>
    <message>
        <source>Identity · nothing stored</source>
        <translation>Личные данные · ничего не сохранено</translation>
    </message>
    <message>
        <source>{0}, hidden</source>
        <translation>{0}: скрыто</translation>
    </message>
    <message>
        <source>{0}, shown</source>
        <translation>{0}: показано</translation>
    </message>
    <message>
        <source>Identity · shown</source>
        <translation>Личные данные · показаны</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide the identity details</source>
        <translation>Скрыть личные данные</translation>
    </message>
    <message numerus="yes">
        <source>Hides again in %n s</source>
        <translation>
            <numerusform>Скроется через %n с</numerusform>
            <numerusform>Скроется через %n с</numerusform>
            <numerusform>Скроется через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} copied; the clipboard is cleared in %n s</source>
        <translation>
            <numerusform>{0}: скопировано; буфер обмена очистится через %n с</numerusform>
            <numerusform>{0}: скопировано; буфер обмена очистится через %n с</numerusform>
            <numerusform>{0}: скопировано; буфер обмена очистится через %n с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import a colleague&apos;s bundle</source>
        <translation>Импорт пакета от коллеги</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>The .age file you received</source>
        <translation>Полученный файл .age</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Bundle &amp;passphrase</source>
        <translation>&amp;Парольная фраза пакета</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Save the backup…</source>
        <translation>&amp;Сохранить резервную копию…</translation>
    </message>
    <message>
        <source>Bundle &amp;file</source>
        <translation>&amp;Файл пакета</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <source>age bundles (*.age);;All files (*)</source>
        <translation>Пакеты age (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the bundle file first.</source>
        <translation>Сначала выберите файл пакета.</translation>
    </message>
    <message>
        <source>Decrypting and checking…</source>
        <translation>Расшифровываем и проверяем…</translation>
    </message>
    <message>
        <source>Folder for your colleague&apos;s backup</source>
        <translation>Папка для резервной копии коллеги</translation>
    </message>
    <message>
        <source>Saved the backup file {0} in {1}. Give this file back to your colleague when they return; they choose it in Vault ▸ Return from travel… You can delete the bundle itself.</source>
        <translation>Файл резервной копии {0} сохранён в папке {1}. Отдайте этот файл коллеге, когда коллега вернётся: его выбирают в «Хранилище ▸ Возвращение из поездки…». Сам пакет можно удалить.</translation>
    </message>
    <message>
        <source>This bundle holds a colleague&apos;s travel backup, not records to import. You cannot read it: it opens only with their passphrase. Save the backup file it holds for them, and give it back when they return (on a USB stick, for example). Nothing is added to your vault.</source>
        <translation>В этом пакете — резервная копия коллеги на время поездки, а не записи для импорта. Прочитать её вы не можете: она открывается только парольной фразой коллеги. Сохраните для коллеги файл резервной копии из пакета и отдайте его, когда коллега вернётся (например, на флешке). В ваше хранилище ничего не добавляется.</translation>
    </message>
    <message>
        <source>A bundle of one case.</source>
        <translation>Пакет с одним делом.</translation>
    </message>
    <message>
        <source>A bundle of a whole vault.</source>
        <translation>Пакет со всем хранилищем.</translation>
    </message>
    <message>
        <source>Identity fields included: {0}.</source>
        <translation>Включены личные данные: {0}.</translation>
    </message>
    <message>
        <source>Pseudonyms only (no identity fields).</source>
        <translation>Только псевдонимы (без личных данных).</translation>
    </message>
    <message>
        <source>It holds: {0}.</source>
        <translation>В нём: {0}.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist(s)</source>
        <translation>
            <numerusform>%n чек-лист</numerusform>
            <numerusform>%n чек-листа</numerusform>
            <numerusform>%n чек-листов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Would add {0}, update {1}, keep {2} newer here; {3} conflicts; {4} unchanged.</source>
        <translation>Будет добавлено: {0}, обновлено: {1}, оставлено более новых здесь: {2}; конфликтов: {3}; без изменений: {4}.</translation>
    </message>
    <message>
        <source>Added {0}, updated {1}, kept {2} newer here; {3} conflicts; {4} unchanged.</source>
        <translation>Добавлено: {0}, обновлено: {1}, оставлено более новых здесь: {2}; конфликтов: {3}; без изменений: {4}.</translation>
    </message>
    <message>
        <source>Conflicts (both versions kept and tagged import-conflict; the newer keeps its place):</source>
        <translation>Конфликты (сохранены обе версии с меткой import-conflict; более новая остаётся на своём месте):</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>row {0}</source>
        <translation>строка {0}</translation>
    </message>
    <message>
        <source>card {0} (line {1})</source>
        <translation>карточка {0} (строка {1})</translation>
    </message>
    <message>
        <source>the same legal name and phone as {0}</source>
        <translation>то же имя по документам и телефон, что и {0}</translation>
    </message>
    <message>
        <source>too large for a note (more than {0} characters)</source>
        <translation>слишком большой для заметки (больше {0} знаков)</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>не удаётся прочитать (нет прав доступа)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не удаётся прочитать</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (bad encoding)</source>
        <translation>текст не в кодировке UTF-8 (ошибка кодировки)</translation>
    </message>
    <message>
        <source>holds a character that cannot be stored (a NUL byte)</source>
        <translation>содержит символ, который нельзя сохранить (нулевой байт)</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>пустая строка</translation>
    </message>
    <message>
        <source>empty card</source>
        <translation>пустая карточка</translation>
    </message>
    <message>
        <source>the card has no end (END:VCARD is missing)</source>
        <translation>у карточки нет конца (не хватает END:VCARD)</translation>
    </message>
    <message>
        <source>{property} is in an unknown encoding, “{charset}”</source>
        <translation>{property} записано в неизвестной кодировке «{charset}»</translation>
    </message>
    <message>
        <source>{property} holds text that is not valid {charset}</source>
        <translation>в {property} текст не в кодировке {charset}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>нет имени</translation>
    </message>
    <message>
        <source>a person with the same legal name and phone is already in the vault</source>
        <translation>в хранилище уже есть человек с тем же именем по документам и телефоном</translation>
    </message>
    <message>
        <source>cannot be kept</source>
        <translation>сохранить нельзя</translation>
    </message>
    <message>
        <source>folders nested too deep</source>
        <translation>слишком много вложенных папок</translation>
    </message>
    <message>
        <source>a symbolic link (never followed)</source>
        <translation>символическая ссылка (по ссылкам переход не выполняется)</translation>
    </message>
    <message>
        <source>hidden folder</source>
        <translation>скрытая папка</translation>
    </message>
    <message>
        <source>hidden file</source>
        <translation>скрытый файл</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>текст не в кодировке UTF-8</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>not a Markdown file, and no note shows it</source>
        <translation>не файл Markdown, и ни одна заметка его не показывает</translation>
    </message>
    <message>
        <source>image too large to attach, or empty</source>
        <translation>изображение слишком большое для вложения или пустое</translation>
    </message>
    <message>
        <source>linked, but not an image {app} attaches</source>
        <translation>на файл есть ссылка, но {app} не вкладывает такие файлы</translation>
    </message>
    <message>
        <source>images are attached only from the app</source>
        <translation>изображения вкладываются только из приложения</translation>
    </message>
    <message>
        <source>hidden metadata could not be removed</source>
        <translation>не удалось удалить скрытые метаданные</translation>
    </message>
</context>
<context>
    <name>ItemScansDialog</name>
    <message>
        <source>Scans</source>
        <translation>Сканы</translation>
    </message>
    <message>
        <source>Scans for {0}</source>
        <translation>Сканы для {0}</translation>
    </message>
    <message>
        <source>Scans for “{0}”</source>
        <translation>Сканы для «{0}»</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LinkPersonDialog</name>
    <message>
        <source>Link a person</source>
        <translation>Привязка человека</translation>
    </message>
    <message>
        <source>Find by pseudonym</source>
        <translation>Найти по псевдониму</translation>
    </message>
    <message>
        <source>Find a person by pseudonym</source>
        <translation>Найти человека по псевдониму</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>e.g. applicant, sponsor, lawyer</source>
        <translation>например: заявитель, поручитель, адвокат</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Роль в этом деле</translation>
    </message>
    <message>
        <source>Or add someone new</source>
        <translation>Или добавьте нового человека</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Привязать</translation>
    </message>
    <message>
        <source>Link the person to this case</source>
        <translation>Привязать человека к этому делу</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Add and link</source>
        <translation>Добавить и привязать</translation>
    </message>
</context>
<context>
    <name>MarkdownImportDialog</name>
    <message>
        <source>Import notes from Markdown</source>
        <translation>Импорт заметок из Markdown</translation>
    </message>
    <message>
        <source>A folder of Markdown files, as Obsidian keeps them or Joplin exports them. Titles, tags and dates come from each file&apos;s front matter; images the notes show are attached without their hidden metadata. The folder is only read.</source>
        <translation>Папка с файлами Markdown — как их хранит Obsidian или экспортирует Joplin. Названия, метки и даты берутся из заголовочного блока каждого файла; изображения из заметок прикрепляются без скрытых метаданных. Папка только читается.</translation>
    </message>
    <message>
        <source>Case for the imported notes</source>
        <translation>Дело для импортированных заметок</translation>
    </message>
    <message>
        <source>No case (notes on their own)</source>
        <translation>Без дела (отдельные заметки)</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation>Выберите папку с файлами Markdown</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Tags and images</source>
        <translation>Метки и изображения</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n изображение</numerusform>
            <numerusform>%n изображения</numerusform>
            <numerusform>%n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <source>Links are not opened from notes: {0}</source>
        <translation>Ссылки из заметок не открываются: {0}</translation>
    </message>
</context>
<context>
    <name>NewRecoveryPhraseDialog</name>
    <message>
        <source>New recovery phrase</source>
        <translation>Новая фраза восстановления</translation>
    </message>
    <message>
        <source>A new recovery phrase replaces the one on your paper: once you have written the new words down, the old phrase no longer opens this vault. Backups made before today still open with the old phrase.</source>
        <translation>Новая фраза восстановления заменит ту, что записана у вас на бумаге: как только вы запишете новые слова, старая фраза перестанет открывать это хранилище. Резервные копии, сделанные до сегодняшнего дня, по-прежнему открываются старой фразой восстановления.</translation>
    </message>
    <message>
        <source>Make a new recovery phrase</source>
        <translation>Создать новую фразу восстановления</translation>
    </message>
    <message>
        <source>&amp;Show the new words</source>
        <translation>&amp;Показать новые слова</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Сначала введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>The new recovery phrase is in place. Destroy the old paper: it no longer opens this vault.</source>
        <translation>Новая фраза восстановления действует. Уничтожьте старый листок: он больше не открывает это хранилище.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note title</source>
        <translation>Название заметки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Pinned notes stay at the top of the case</source>
        <translation>Закреплённые заметки остаются наверху дела</translation>
    </message>
    <message>
        <source>Pin this note</source>
        <translation>Закрепить эту заметку</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Earlier versions of this note</source>
        <translation>Прежние версии этой заметки</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Удалить эту заметку</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Метки через запятую</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Write or preview</source>
        <translation>Текст или просмотр</translation>
    </message>
    <message>
        <source>Switch with {0}</source>
        <translation>Переключение: {0}</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>Текст заметки (Markdown)</translation>
    </message>
    <message>
        <source>Write here. Markdown works: # heading, **bold**, - list, [ ] to do.</source>
        <translation>Пишите здесь. Работает Markdown: # заголовок, **жирный**, - список, [ ] задача.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Просмотр заметки</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>This note is no longer in the vault.</source>
        <translation>Этой заметки больше нет в хранилище.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>← Case</source>
        <translation>← Дело</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>Вернуться к делу</translation>
    </message>
    <message>
        <source>← Person</source>
        <translation>← Человек</translation>
    </message>
    <message>
        <source>Back to the person</source>
        <translation>Вернуться к человеку</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved; a note needs a title, so the last one is kept</source>
        <translation>Сохранено; у заметки должно быть название, поэтому осталось прежнее</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Удаление заметки</translation>
    </message>
    <message>
        <source>Delete this note and all its earlier versions?</source>
        <translation>Удалить эту заметку и все её прежние версии?</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Заметка удалена</translation>
    </message>
</context>
<context>
    <name>PanicCountdown</name>
    <message>
        <source>Erase the vault</source>
        <translation>Стереть хранилище</translation>
    </message>
    <message>
        <source>Seconds left before the vault is erased</source>
        <translation>Сколько секунд осталось до стирания хранилища</translation>
    </message>
    <message>
        <source>Cancel: keep the vault</source>
        <translation>Отмена: сохранить хранилище</translation>
    </message>
    <message>
        <source>Erased for good: the vault in the folder “{0}”. Afterwards nothing opens it, not the passphrase, not the recovery phrase.</source>
        <translation>Будет стёрто навсегда: хранилище в папке «{0}». После этого его не откроет ничто — ни парольная фраза, ни фраза восстановления.</translation>
    </message>
    <message numerus="yes">
        <source>Also erased: %n backup(s) in the vault&apos;s folder.</source>
        <translation>
            <numerusform>Также будет стёрта %n резервная копия в папке хранилища.</numerusform>
            <numerusform>Также будут стёрты %n резервные копии в папке хранилища.</numerusform>
            <numerusform>Также будут стёрты %n резервных копий в папке хранилища.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not erased: the backups in “{0}” (%n found there). They open with the passphrase the vault had when each was made; destroy them yourself if they must go too.</source>
        <translation>
            <numerusform>Не будут стёрты: резервные копии в «{0}» (там найдена %n). Они открываются парольной фразой, которая была у хранилища, когда их делали; если они тоже должны исчезнуть, уничтожьте их сами.</numerusform>
            <numerusform>Не будут стёрты: резервные копии в «{0}» (там найдено %n). Они открываются парольной фразой, которая была у хранилища, когда их делали; если они тоже должны исчезнуть, уничтожьте их сами.</numerusform>
            <numerusform>Не будут стёрты: резервные копии в «{0}» (там найдено %n). Они открываются парольной фразой, которая была у хранилища, когда их делали; если они тоже должны исчезнуть, уничтожьте их сами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Cancel or Esc to keep everything.</source>
        <translation>Нажмите «Отмена» или Esc, чтобы всё сохранить.</translation>
    </message>
    <message numerus="yes">
        <source>Erasing the vault in %n second(s)</source>
        <translation>
            <numerusform>Хранилище будет стёрто через %n секунду</numerusform>
            <numerusform>Хранилище будет стёрто через %n секунды</numerusform>
            <numerusform>Хранилище будет стёрто через %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <source>Demo vault</source>
        <translation>Демо-хранилище</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Стёрто</translation>
    </message>
    <message>
        <source>The vault was erased. These entries in its folder are links to other files and were left alone: {0}</source>
        <translation>Хранилище стёрто. Эти элементы в его папке — ссылки на другие файлы, их не трогали: {0}</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>At least ten characters; several random words are best.</source>
        <translation>Не меньше десяти символов; лучше всего несколько случайных слов.</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Введите &amp;ещё раз</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Новая парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>&amp;Предложить парольную фразу</translation>
    </message>
    <message>
        <source>Suggest a passphrase of six random words</source>
        <translation>Предложить парольную фразу из шести случайных слов</translation>
    </message>
    <message>
        <source>Choose a passphrase first, or let {app} suggest one.</source>
        <translation>Сначала придумайте парольную фразу или попросите {app} предложить её.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation>Эту парольную фразу слишком легко угадать.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type it again.</source>
        <translation>Парольные фразы не совпадают. Введите ещё раз.</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <source>Six random words are strong and easy to type.</source>
        <translation>Шесть случайных слов — это надёжно, и их легко вводить.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
    <message>
        <source>Strength: {0}.</source>
        <translation>Надёжность: {0}.</translation>
    </message>
    <message>
        <source>Strength: {0}. {1}</source>
        <translation>Надёжность: {0}. {1}</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Фраза восстановления</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <source>Report passphrase</source>
        <translation>Парольная фраза для отчёта</translation>
    </message>
    <message>
        <source>Cover passphrase</source>
        <translation>Парольная фраза прикрытия</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольная фраза под принуждением</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>{0} (again)</source>
        <translation>{0} (ещё раз)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Метки: {0}</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Filter by role</source>
        <translation>Отбор по роли</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Add a person ({0})</source>
        <translation>Добавить человека ({0})</translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation>Роль нового человека</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Create the person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the new person</source>
        <translation>Не добавлять человека</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Nobody with this role.</source>
        <translation>Людей с такой ролью нет.</translation>
    </message>
    <message>
        <source>No people yet — press {0} to add someone by a pseudonym.</source>
        <translation>Людей пока нет — нажмите {0}, чтобы добавить кого-то под псевдонимом.</translation>
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
        <translation>Этого человека больше нет в хранилище.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>e.g. through the shelter&apos;s caseworker</source>
        <translation>например, через соцработника приюта</translation>
    </message>
    <message>
        <source>Safe way to reach them</source>
        <translation>Безопасный способ связи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Safe way to reach</source>
        <translation>Как безопасно связаться</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Удалить человека…</translation>
    </message>
    <message>
        <source>Delete this person</source>
        <translation>Удалить этого человека</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Not in any case yet. Link them from a case.</source>
        <translation>Пока ни в одном деле. Привяжите человека из дела.</translation>
    </message>
    <message>
        <source>Open case {0}</source>
        <translation>Открыть дело {0}</translation>
    </message>
    <message>
        <source>A person needs a pseudonym; the old one is kept for now.</source>
        <translation>Человеку нужен псевдоним; пока остаётся прежний.</translation>
    </message>
    <message>
        <source>Delete this person, their identity details and the notes kept on them? Their cases stay.</source>
        <translation>Удалить этого человека, его личные данные и заметки о нём? Его дела останутся.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Удаление человека</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>Человек удалён</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Nothing was saved. Please fix these and try again:</source>
        <translation>Ничего не сохранено. Исправьте, пожалуйста, и попробуйте ещё раз:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Найдены ошибки</translation>
    </message>
</context>
<context>
    <name>PseudonymField</name>
    <message>
        <source>A pseudonym, never the real name</source>
        <translation>Псевдоним, а не настоящее имя</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Language of generated pseudonyms</source>
        <translation>Язык создаваемых псевдонимов</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Generate a pseudonym</source>
        <translation>Создать псевдоним</translation>
    </message>
    <message>
        <source>Suggest a plausible pseudonym that nobody else in this vault has</source>
        <translation>Предложить правдоподобный псевдоним, которого ещё нет в этом хранилище</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted</source>
        <translation>Недавно удалённые</translation>
    </message>
    <message>
        <source>Deleted cases, people, notes and files stay here for 30 days, then are erased for good. Until then they are still inside the vault: anyone who unlocks it can restore them. Empty the bin before a border crossing.</source>
        <translation>Удалённые дела, люди, заметки и файлы хранятся здесь 30 дней, затем стираются навсегда. До тех пор они остаются в хранилище: любой, кто его разблокирует, сможет их восстановить. Очистите корзину перед пересечением границы.</translation>
    </message>
    <message>
        <source>Nothing was deleted in the last 30 days.</source>
        <translation>За последние 30 дней ничего не удалялось.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>&amp;Удалить сейчас…</translation>
    </message>
    <message>
        <source>&amp;Empty the bin now…</source>
        <translation>&amp;Очистить корзину сейчас…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Erased for good on</source>
        <translation>Будет стёрто навсегда</translation>
    </message>
    <message>
        <source>Recently deleted items</source>
        <translation>Недавно удалённые элементы</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <source>Erase “{0}” for good? It cannot be restored afterwards.</source>
        <translation>Стереть «{0}» навсегда? Восстановить это потом будет нельзя.</translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation>Очистка корзины</translation>
    </message>
    <message numerus="yes">
        <source>Erase all %n deleted item(s) for good? None can be restored afterwards.</source>
        <translation>
            <numerusform>Стереть навсегда %n удалённый элемент? Восстановить его потом будет нельзя.</numerusform>
            <numerusform>Стереть навсегда все %n удалённых элемента? Восстановить их потом будет нельзя.</numerusform>
            <numerusform>Стереть навсегда все %n удалённых элементов? Восстановить их потом будет нельзя.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>Not undone: {0}</source>
        <translation>Не отменено: {0}</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Put every field back as it was when opened ({0})</source>
        <translation>Вернуть все поля к тому, какими они были при открытии ({0})</translation>
    </message>
    <message>
        <source>Undo all changes since this was opened</source>
        <translation>Отменить все изменения с момента открытия</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the vault</source>
        <translation>Восстановление доступа к хранилищу</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Type the 24 words of the recovery phrase from your paper, then choose a new passphrase. The recovery phrase keeps working afterwards.</source>
        <translation>Введите 24 слова фразы восстановления со своего листка, затем придумайте новую парольную фразу. Фраза восстановления после этого продолжит работать.</translation>
    </message>
    <message>
        <source>Recovery &amp;phrase</source>
        <translation>&amp;Фраза восстановления</translation>
    </message>
    <message>
        <source>Recovery phrase, 24 words</source>
        <translation>Фраза восстановления, 24 слова</translation>
    </message>
    <message>
        <source>word1 word2 word3 …</source>
        <translation>слово1 слово2 слово3 …</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Новая парольная фраза</translation>
    </message>
    <message>
        <source>Setting the new passphrase</source>
        <translation>Устанавливаем новую парольную фразу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Отменить и вернуться</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation>Установить парольную фразу и &amp;разблокировать</translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock</source>
        <translation>Установить новую парольную фразу и разблокировать</translation>
    </message>
    <message>
        <source>Type the recovery phrase first.</source>
        <translation>Сначала введите фразу восстановления.</translation>
    </message>
    <message>
        <source>That recovery phrase does not open this vault. Check each word against your paper. Nothing was changed.</source>
        <translation>Эта фраза восстановления не открывает это хранилище. Сверьте каждое слово со своим листком. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>RecoveryPhraseStep</name>
    <message>
        <source>Write down your recovery phrase</source>
        <translation>Запишите фразу восстановления</translation>
    </message>
    <message>
        <source>These 24 words open the vault if the passphrase is ever lost. Write them on paper, in order, and keep the paper away from this computer. They are shown only now and cannot be copied, on purpose.</source>
        <translation>Эти 24 слова откроют хранилище, если парольная фраза потеряется. Запишите их на бумаге по порядку и храните листок подальше от этого компьютера. Слова показываются только сейчас, и скопировать их нельзя — так задумано.</translation>
    </message>
    <message>
        <source>Recovery phrase, 24 numbered words</source>
        <translation>Фраза восстановления, 24 пронумерованных слова</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>Слово {0}: {1}</translation>
    </message>
    <message>
        <source>I have &amp;written them down</source>
        <translation>Я &amp;записал(а) их</translation>
    </message>
    <message>
        <source>I have written the words down</source>
        <translation>Я записал(а) слова</translation>
    </message>
    <message>
        <source>Check what you wrote</source>
        <translation>Проверьте запись</translation>
    </message>
    <message>
        <source>Type these three words from your paper, to be sure it is right.</source>
        <translation>Введите эти три слова со своего листка, чтобы убедиться, что всё верно.</translation>
    </message>
    <message>
        <source>Word {0}</source>
        <translation>Слово {0}</translation>
    </message>
    <message>
        <source>Word {0} of the recovery phrase</source>
        <translation>Слово {0} фразы восстановления</translation>
    </message>
    <message>
        <source>Show the &amp;words again</source>
        <translation>Показать &amp;слова ещё раз</translation>
    </message>
    <message>
        <source>Show the recovery phrase again</source>
        <translation>Показать фразу восстановления ещё раз</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>Confirm the three words</source>
        <translation>Подтвердить три слова</translation>
    </message>
    <message>
        <source>Word {0} does not match. Look at your paper again, or show the words again and correct it.</source>
        <translation>Слово {0} не совпадает. Посмотрите на листок ещё раз или снова откройте слова и исправьте запись.</translation>
    </message>
</context>
<context>
    <name>RepairNotices</name>
    <message>
        <source>The vault file %1 was damaged and was rewritten from the intact copy. Damage can mean a failing disk or someone at work on the files.</source>
        <translation>Файл хранилища %1 был повреждён и перезаписан из целой копии. Повреждение может означать неисправный диск или то, что кто-то вмешивался в файлы.</translation>
    </message>
    <message>
        <source>The vault file %1 was missing and was written again from the intact copy.</source>
        <translation>Файл хранилища %1 отсутствовал и был записан заново из целой копии.</translation>
    </message>
    <message>
        <source>The vault file %1 was left behind by a change cut short and was brought up to date.</source>
        <translation>Файл хранилища %1 остался от прерванного изменения и был приведён в актуальное состояние.</translation>
    </message>
    <message>
        <source>Part of the vault&apos;s commit record (%1) failed its authenticity check and was rewritten. The vault holds every change on record.</source>
        <translation>Часть журнала изменений хранилища (%1) не прошла проверку подлинности и была перезаписана. В хранилище есть все записанные изменения.</translation>
    </message>
    <message>
        <source>This vault was restored from a backup: its commit record starts again from the restored state. If you did not restore it, someone replaced its files.</source>
        <translation>Это хранилище восстановлено из резервной копии: его журнал изменений начинается заново с восстановленного состояния. Если вы его не восстанавливали, кто-то заменил его файлы.</translation>
    </message>
    <message>
        <source>This vault now keeps a commit record, so a lost change will be detected.</source>
        <translation>Теперь хранилище ведёт журнал изменений, поэтому потерянное изменение будет замечено.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return from travel</source>
        <translation>Возвращение из поездки</translation>
    </message>
    <message>
        <source>Everything in the vault open now is erased. Afterwards, set your duress passphrase again in Settings.</source>
        <translation>Всё, что есть в открытом сейчас хранилище, будет стёрто. После этого снова задайте парольную фразу под принуждением в настройках.</translation>
    </message>
    <message>
        <source>Return progress</source>
        <translation>Ход возвращения</translation>
    </message>
    <message>
        <source>Choose the backup you made before the crossing (on your USB stick, for example) and type the passphrase of your vault. The backup is opened first; only then does your vault come back into this folder.</source>
        <translation>Выберите резервную копию, сделанную перед пересечением границы (например, на флешке), и введите парольную фразу своего хранилища. Сначала резервная копия открывается, и только после этого ваше хранилище возвращается в эту папку.</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase you travelled with as your duress passphrase</source>
        <translation>&amp;Оставить парольную фразу из поездки как парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Выбрать файл резервной копии</translation>
    </message>
    <message>
        <source>&amp;Backup file</source>
        <translation>&amp;Файл резервной копии</translation>
    </message>
    <message>
        <source>Passphrase of your vault</source>
        <translation>Парольная фраза вашего хранилища</translation>
    </message>
    <message>
        <source>&amp;Passphrase of your vault</source>
        <translation>&amp;Парольная фраза вашего хранилища</translation>
    </message>
    <message>
        <source>The vault open now stays, hidden: the passphrase you travelled with keeps opening it, as your duress passphrase. You can change or remove it in Settings.</source>
        <translation>Открытое сейчас хранилище останется, скрытое: парольная фраза, с которой вы ездили, будет и дальше открывать его как парольная фраза под принуждением. Изменить или удалить её можно в настройках.</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>Type the passphrase of your vault.</source>
        <translation>Введите парольную фразу своего хранилища.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This backup does not open with that passphrase. Nothing was changed; type the passphrase your vault had when you made the backup.</source>
        <translation>Эта резервная копия не открывается этой парольной фразой. Ничего не изменено; введите парольную фразу, которая была у хранилища, когда вы делали резервную копию.</translation>
    </message>
    <message>
        <source>The backup opens. Replacing the vault…</source>
        <translation>Резервная копия открывается. Заменяем хранилище…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Welcome back: your vault is open again, and the passphrase you travelled with is your duress passphrase. Change or remove it in Settings.</source>
        <translation>С возвращением: ваше хранилище снова открыто, а парольная фраза, с которой вы ездили, теперь ваша парольная фраза под принуждением. Изменить или удалить её можно в настройках.</translation>
    </message>
    <message>
        <source>Welcome back: your vault is open again. Set your duress passphrase again in Settings if you use one.</source>
        <translation>С возвращением: ваше хранилище снова открыто. Если вы пользуетесь парольной фразой под принуждением, снова задайте её в настройках.</translation>
    </message>
    <message>
        <source>Not done: {0} The backup file is as it was.</source>
        <translation>Не выполнено: {0} Файл резервной копии не изменился.</translation>
    </message>
    <message>
        <source>This is the bundle you sealed for your colleague, not the backup file. It opens only in their {app}: ask them to open it there (Vault ▸ Import a colleague&apos;s bundle…, then Save the backup…) and to give you back the backup file it holds, on a USB stick for example. Then choose that file here. Nothing was changed.</source>
        <translation>Это пакет, который вы зашифровали для коллеги, а не файл резервной копии. Он открывается только в {app} коллеги: попросите коллегу открыть его там («Хранилище ▸ Импорт пакета от коллеги…», затем «Сохранить резервную копию…») и вернуть вам файл резервной копии из пакета, например на флешке. Затем выберите здесь этот файл. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ReviewNotice</name>
    <message>
        <source>This template has no review date. Check the current rules with a lawyer or an advice service before relying on it.</source>
        <translation>У этого шаблона нет даты проверки. Прежде чем на него полагаться, уточните действующие правила у юриста или в консультационной службе.</translation>
    </message>
    <message>
        <source>Last reviewed {0}, more than six months ago. Rules change: check the current rules with a lawyer or an advice service before relying on this checklist.</source>
        <translation>Последняя проверка {0}, больше полугода назад. Правила меняются: прежде чем полагаться на этот чек-лист, уточните действующие правила у юриста или в консультационной службе.</translation>
    </message>
    <message>
        <source>Template last reviewed {0}.</source>
        <translation>Шаблон последний раз проверен {0}.</translation>
    </message>
    <message>
        <source>(not reviewed: check the current rules)</source>
        <translation>(не проверен: уточните действующие правила)</translation>
    </message>
    <message>
        <source>(reviewed {0}: check the current rules)</source>
        <translation>(проверен {0}: уточните действующие правила)</translation>
    </message>
    <message>
        <source>(reviewed {0})</source>
        <translation>(проверен {0})</translation>
    </message>
    <message>
        <source>Warning: old template</source>
        <translation>Внимание: устаревший шаблон</translation>
    </message>
    <message>
        <source>Template review</source>
        <translation>Проверка шаблона</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>История заметки</translation>
    </message>
    <message>
        <source>Earlier versions of this note</source>
        <translation>Прежние версии этой заметки</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <source>Version preview</source>
        <translation>Просмотр версии</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Вернуть эту версию</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Вернуть выбранную версию</translation>
    </message>
    <message>
        <source>{0}  (current)</source>
        <translation>{0}  (текущая)</translation>
    </message>
</context>
<context>
    <name>SealOptions</name>
    <message>
        <source>Encrypt the PDF</source>
        <translation>Зашифровать PDF</translation>
    </message>
    <message>
        <source>Do not encrypt (a plain PDF)</source>
        <translation>Не шифровать (обычный PDF)</translation>
    </message>
    <message>
        <source>For a colleague: their sharing key</source>
        <translation>Для коллеги: по ключу для обмена</translation>
    </message>
    <message>
        <source>With a passphrase</source>
        <translation>С парольной фразой</translation>
    </message>
    <message>
        <source>age1…</source>
        <translation>age1…</translation>
    </message>
    <message>
        <source>The colleague&apos;s sharing key</source>
        <translation>Ключ для обмена коллеги</translation>
    </message>
    <message>
        <source>Passphrase for the report</source>
        <translation>Парольная фраза для отчёта</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Та же парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>An encrypted report is an age file (.age): the colleague opens it with age (age -d) or the passphrase, then reads the PDF as usual.</source>
        <translation>Зашифрованный отчёт — это файл age (.age): коллега открывает его программой age (age -d) или парольной фразой, а затем читает PDF как обычно.</translation>
    </message>
    <message>
        <source>Sharing key</source>
        <translation>Ключ для обмена</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Пункты чек-листов</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Type to search cases, people, notes and checklists.</source>
        <translation>Начните вводить, чтобы искать по делам, людям, заметкам и чек-листам.</translation>
    </message>
    <message>
        <source>{0} of {1} results</source>
        <translation>{0} из {1} результатов</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Показать ещё %n</numerusform>
            <numerusform>Показать ещё %n</numerusform>
            <numerusform>Показать ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>По запросу «{0}» ничего не найдено.</translation>
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
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Блокировать при бездействии через</translation>
    </message>
    <message>
        <source>&amp;Never lock by itself</source>
        <translation>&amp;Не блокировать автоматически</translation>
    </message>
    <message>
        <source>Never lock the vault automatically</source>
        <translation>Никогда не блокировать хранилище автоматически</translation>
    </message>
    <message>
        <source>Anyone who gets to this computer while you are away could read the vault. Lock it yourself with {0}.</source>
        <translation>Любой, кто окажется у этого компьютера, пока вас нет, сможет прочитать хранилище. Блокируйте его сами: {0}.</translation>
    </message>
    <message>
        <source>Clear copied values after</source>
        <translation>Очищать скопированное через</translation>
    </message>
    <message>
        <source>Hide revealed identity after</source>
        <translation>Скрывать показанные личные данные через</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity</source>
        <translation>&amp;Блокировать при бездействии через</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after</source>
        <translation>&amp;Очищать скопированное через</translation>
    </message>
    <message>
        <source>&amp;Hide revealed identity after</source>
        <translation>&amp;Скрывать показанные личные данные через</translation>
    </message>
    <message>
        <source>Demo vault: these settings are deleted with it.</source>
        <translation>Демо-хранилище: эти настройки удалятся вместе с ним.</translation>
    </message>
    <message>
        <source>Kept inside the vault, encrypted.</source>
        <translation>Хранятся внутри хранилища, в зашифрованном виде.</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase…</source>
        <translation>&amp;Парольная фраза под принуждением…</translation>
    </message>
    <message>
        <source>Set or remove the duress passphrase</source>
        <translation>Задать или убрать парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Remember this vault&apos;s location</source>
        <translation>&amp;Запомнить, где лежит это хранилище</translation>
    </message>
    <message>
        <source>Remember this vault&apos;s location on this computer</source>
        <translation>Запомнить место этого хранилища на этом компьютере</translation>
    </message>
    <message>
        <source>Kept in {app}&apos;s settings on this computer, not in the vault. Theme and text size change at once; a new language shows after {app} starts again, and it offers to restart.</source>
        <translation>Хранится в настройках {app} на этом компьютере, а не в хранилище. Тема и размер текста меняются сразу; новый язык появится после перезапуска {app}, и он предложит перезапуститься.</translation>
    </message>
    <message>
        <source>Lock the vault when {app} is minimized</source>
        <translation>Блокировать хранилище, когда {app} свёрнут</translation>
    </message>
    <message>
        <source>Hide {app} from &amp;screen capture and sharing</source>
        <translation>Скрывать {app} при &amp;записи и показе экрана</translation>
    </message>
    <message>
        <source>Hide {app}&apos;s windows from screenshots, recordings and screen sharing</source>
        <translation>Скрывать окна {app} на снимках экрана, записях и при показе экрана</translation>
    </message>
    <message>
        <source>Screenshots, recordings and shared screens show an empty area where {app}&apos;s windows are. Turn this off to present {app}, or start it with --allow-screen-capture for one session.</source>
        <translation>На снимках, записях и при показе экрана вместо окон {app} будет пустое место. Отключите это, чтобы показать {app}, или запустите его с --allow-screen-capture на один сеанс.</translation>
    </message>
    <message>
        <source>Screen capture is allowed until {app} closes (--allow-screen-capture).</source>
        <translation>Запись экрана разрешена, пока {app} не закроется (--allow-screen-capture).</translation>
    </message>
    <message>
        <source>Not possible on Linux: X11 and Wayland do not let an app hide its windows from screen capture. Lock {app} before you share your screen.</source>
        <translation>В Linux это невозможно: X11 и Wayland не позволяют программе скрыть свои окна от записи экрана. Блокируйте {app}, прежде чем показывать экран.</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Цветовая тема</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Размер &amp;текста</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimized</source>
        <translation>Блокировать, когда окно &amp;свёрнуто</translation>
    </message>
</context>
<context>
    <name>SharingKeyDialog</name>
    <message>
        <source>Sharing key</source>
        <translation>Ключ для обмена</translation>
    </message>
    <message>
        <source>Give this key to colleagues who send you cases. Bundles encrypted to it open only in this vault. It is not a secret: you can send it by any channel, but check it with them by another channel (read out the last characters).</source>
        <translation>Дайте этот ключ коллегам, которые присылают вам дела. Пакеты, зашифрованные для него, откроются только в этом хранилище. Он не секретный: его можно передать любым способом, но сверьте его с коллегой по другому каналу (прочитайте вслух последние символы).</translation>
    </message>
    <message>
        <source>This vault&apos;s sharing key</source>
        <translation>Ключ для обмена этого хранилища</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Заблокировать хранилище</translation>
    </message>
    <message>
        <source>Demo data — not real</source>
        <translation>Демо-данные — не настоящие</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Lock the vault now ({0})</source>
        <translation>Заблокировать хранилище сейчас ({0})</translation>
    </message>
    <message>
        <source>Settings ({0})</source>
        <translation>Настройки ({0})</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;О программе {app}</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>The new name and icon show after {app} starts again.</source>
        <translation>Новое название и значок появятся после перезапуска {app}.</translation>
    </message>
    <message>
        <source>{app} could not start again. Close it and start it yourself.</source>
        <translation>{app} не смог перезапуститься. Закройте его и запустите сами.</translation>
    </message>
    <message>
        <source>{app} shows the new language after it starts again.</source>
        <translation>{app} покажет новый язык после перезапуска.</translation>
    </message>
    <message>
        <source>Restart now? The vault locks; unlock it again with your passphrase.</source>
        <translation>Перезапустить сейчас? Хранилище заблокируется; снова разблокируйте его своей парольной фразой.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Демо-хранилище</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lock the vault, from anywhere</source>
        <translation>Заблокировать хранилище, откуда угодно</translation>
    </message>
    <message>
        <source>Erase the vault, after a 5-second countdown you can cancel</source>
        <translation>Стереть хранилище после 5-секундного отсчёта, который можно отменить</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>Поиск по хранилищу</translation>
    </message>
    <message>
        <source>Add a case, a person or a checklist, in the section shown</source>
        <translation>Добавить дело, человека или чек-лист в открытом разделе</translation>
    </message>
    <message>
        <source>Show the cases</source>
        <translation>Показать дела</translation>
    </message>
    <message>
        <source>Show the people</source>
        <translation>Показать людей</translation>
    </message>
    <message>
        <source>Show the checklists</source>
        <translation>Показать чек-листы</translation>
    </message>
    <message>
        <source>Show what is due soon</source>
        <translation>Показать, у чего скоро срок</translation>
    </message>
    <message>
        <source>Show the activity</source>
        <translation>Показать журнал</translation>
    </message>
    <message>
        <source>Go to the next pane: sections, list, editor</source>
        <translation>Перейти к следующей области: разделы, список, редактор</translation>
    </message>
    <message>
        <source>Go to the previous pane</source>
        <translation>Перейти к предыдущей области</translation>
    </message>
    <message>
        <source>Go to the next or previous field</source>
        <translation>Перейти к следующему или предыдущему полю</translation>
    </message>
    <message>
        <source>Close the open case or person</source>
        <translation>Закрыть открытое дело или человека</translation>
    </message>
    <message>
        <source>Open the selected row or search result</source>
        <translation>Открыть выбранную строку или результат поиска</translation>
    </message>
    <message>
        <source>Switch a note between writing and preview</source>
        <translation>Переключить заметку между текстом и просмотром</translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself)</source>
        <translation>Сохранить заметку сейчас (она сохраняется и сама)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Recently deleted: restore or erase</source>
        <translation>Недавно удалённые: восстановить или стереть</translation>
    </message>
    <message>
        <source>Undo the delete or unlink just done (while Undo is shown)</source>
        <translation>Отменить только что сделанное удаление или отвязку (пока видна кнопка «Отменить»)</translation>
    </message>
    <message>
        <source>Undo every change to the open case or person since it was opened</source>
        <translation>Отменить все изменения открытого дела или человека с момента открытия</translation>
    </message>
    <message>
        <source>Zoom in or out of an attachment</source>
        <translation>Увеличить или уменьшить вложение</translation>
    </message>
    <message>
        <source>Next or previous page of an attachment</source>
        <translation>Следующая или предыдущая страница вложения</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Этот список сочетаний клавиш</translation>
    </message>
    <message>
        <source>Lock the vault and quit</source>
        <translation>Заблокировать хранилище и выйти</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Что они делают</translation>
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
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Шаблоны чек-листов</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Создать копию…</translation>
    </message>
    <message>
        <source>Duplicate the template as your own</source>
        <translation>Создать свою копию шаблона</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>Импортировать файл шаблона</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the template to a file</source>
        <translation>Экспортировать шаблон в файл</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>{0} (yours)</source>
        <translation>{0} (ваш)</translation>
    </message>
    <message>
        <source>Templates that ship with {app} are read-only: duplicate to edit.</source>
        <translation>Шаблоны, которые входят в {app}, менять нельзя: создайте копию, чтобы редактировать.</translation>
    </message>
    <message>
        <source>Copied. Edit the items, then save.</source>
        <translation>Копия создана. Измените пункты и сохраните.</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>Шаблон нельзя сохранить</translation>
    </message>
    <message>
        <source>Saved as version {0}.</source>
        <translation>Сохранено как версия {0}.</translation>
    </message>
    <message>
        <source>The template file cannot be imported</source>
        <translation>Этот файл шаблона нельзя импортировать</translation>
    </message>
    <message>
        <source>Imported {0}.</source>
        <translation>Импортировано: {0}.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Экспортировано в {0}.</translation>
    </message>
    <message>
        <source>Checklist templates (*.toml)</source>
        <translation>Шаблоны чек-листов (*.toml)</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>Копия шаблона</translation>
    </message>
    <message>
        <source>Id of your copy:</source>
        <translation>Идентификатор копии:</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Импорт шаблона</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Экспорт шаблона</translation>
    </message>
</context>
<context>
    <name>TemplateItemEditor</name>
    <message>
        <source>Template items</source>
        <translation>Пункты шаблона</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Удалить выбранный пункт</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Переместить выбранный пункт выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Переместить выбранный пункт ниже</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Идентификатор пункта</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>Title in {0}</source>
        <translation>Название ({0})</translation>
    </message>
    <message>
        <source>Help in {0}</source>
        <translation>Пояснение ({0})</translation>
    </message>
    <message>
        <source>Title ({0}):</source>
        <translation>Название ({0}):</translation>
    </message>
    <message>
        <source>Help ({0}):</source>
        <translation>Пояснение ({0}):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Поездка</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Правовой статус</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>Required item</source>
        <translation>Обязательный пункт</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>TemplateProblems</name>
    <message>
        <source>this field is missing</source>
        <translation>этого поля нет</translation>
    </message>
    <message>
        <source>{app} does not know this field; use one of: {allowed}</source>
        <translation>{app} не знает этого поля; используйте одно из: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} — не из списка: {allowed}</translation>
    </message>
    <message>
        <source>this value is of the wrong kind (text, number, table or list)</source>
        <translation>у значения неподходящий вид (текст, число, таблица или список)</translation>
    </message>
    <message>
        <source>“{value}” cannot be an id: use only the letters a-z, the digits 0-9 and single hyphens, at most {limit} characters</source>
        <translation>«{value}» не годится как идентификатор: используйте только буквы a-z, цифры 0-9 и одиночные дефисы, всего не более {limit} знаков</translation>
    </message>
    <message>
        <source>this text is empty</source>
        <translation>текст пуст</translation>
    </message>
    <message>
        <source>this text is too long: characters {length}, at most {limit}</source>
        <translation>текст слишком длинный: знаков — {length}, допустимо не более {limit}</translation>
    </message>
    <message>
        <source>this text holds a character that cannot be stored (a NUL byte)</source>
        <translation>в тексте есть символ, который нельзя сохранить (нулевой байт)</translation>
    </message>
    <message>
        <source>“{value}” is not a language {app} has; use {allowed}</source>
        <translation>«{value}» — такого языка в {app} нет; используйте {allowed}</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1 to 1000000</source>
        <translation>версия должна быть целым числом от 1 до 1000000</translation>
    </message>
    <message>
        <source>“{value}” is not “any” or a list of two-letter country codes such as “DE,FR”</source>
        <translation>«{value}» — это не «any» и не список двухбуквенных кодов стран вроде «DE,FR»</translation>
    </message>
    <message>
        <source>“{value}” is not a date written like 2026-11-25</source>
        <translation>«{value}» — не дата в виде 2026-11-25</translation>
    </message>
    <message>
        <source>{value} is not a web address starting with https://</source>
        <translation>{value} — не веб-адрес, начинающийся с https://</translation>
    </message>
    <message>
        <source>too many entries: {count}, at most {limit}</source>
        <translation>слишком много записей: {count}, допустимо не более {limit}</translation>
    </message>
    <message>
        <source>a template needs at least one item</source>
        <translation>в шаблоне должен быть хотя бы один пункт</translation>
    </message>
    <message>
        <source>the id “{value}” is already used by items[{first}]</source>
        <translation>идентификатор «{value}» уже занят пунктом items[{first}]</translation>
    </message>
    <message>
        <source>{value} is not a period written like “P6M”, “P1Y” or “P10Y” (ISO 8601)</source>
        <translation>{value} — не срок действия в виде «P6M», «P1Y» или «P10Y» (ISO 8601)</translation>
    </message>
    <message>
        <source>the file is {size}; a checklist template may be at most {limit}, so it was not read. Is this the right file?</source>
        <translation>файл занимает {size}, а шаблон чек-листа может быть не больше {limit}, поэтому он не прочитан. Это нужный файл?</translation>
    </message>
    <message>
        <source>the file holds binary data; a template is a TOML text file</source>
        <translation>в файле двоичные данные, а шаблон — это текстовый файл TOML</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>файл не в кодировке UTF-8; сохраните его в UTF-8</translation>
    </message>
    <message>
        <source>the file&apos;s keys are nested too deeply for a template</source>
        <translation>ключи в файле вложены слишком глубоко для шаблона</translation>
    </message>
    <message>
        <source>this line is not valid TOML; check its quotes and brackets</source>
        <translation>эта строка — не правильный TOML; проверьте кавычки и скобки</translation>
    </message>
    <message>
        <source>“{value}” is the id of a template that comes with {app}; give yours a new id (for example “{suggestion}”) and import it again</source>
        <translation>«{value}» — идентификатор шаблона, который поставляется с {app}; дайте своему шаблону новый идентификатор (например, «{suggestion}») и импортируйте его снова</translation>
    </message>
    <message>
        <source>the vault already holds “{value}” version {version}; raise the version above {version} to update it, or change the id</source>
        <translation>в хранилище уже есть «{value}» версии {version}; чтобы обновить шаблон, укажите версию выше {version} или смените идентификатор</translation>
    </message>
    <message>
        <source>{0}, line {1}, {2}: {3}</source>
        <translation>{0}, строка {1}, {2}: {3}</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>Prepare for a crossing</source>
        <translation>Подготовка к пересечению границы</translation>
    </message>
    <message>
        <source>Before you cross a border</source>
        <translation>Перед пересечением границы</translation>
    </message>
    <message>
        <source>{app} writes an encrypted backup of this vault to a place you choose, such as a USB stick you carry apart from the laptop. It checks that the backup opens with your passphrase. Then the vault on this laptop is replaced by a cover vault with harmless notes, and the real one is erased.</source>
        <translation>{app} записывает зашифрованную резервную копию этого хранилища туда, куда вы укажете, например на флешку, которую вы везёте отдельно от ноутбука, и проверяет, что копия открывается вашей парольной фразой. Затем хранилище на этом ноутбуке заменяется хранилищем-прикрытием с безобидными заметками, а настоящее стирается.</translation>
    </message>
    <message>
        <source>After that, your passphrase opens nothing on this laptop. Someone who searches it finds only the cover. When you are safe, Vault ▸ Return from travel… brings your vault back from the backup.</source>
        <translation>После этого ваша парольная фраза ничего не открывает на этом ноутбуке. Тот, кто его обыщет, найдёт только прикрытие. Когда вы будете в безопасности, «Хранилище ▸ Возвращение из поездки…» вернёт ваше хранилище из резервной копии.</translation>
    </message>
    <message>
        <source>Without that backup and your passphrase, your notes cannot be brought back. Keep the USB stick away from the laptop, and do not lose it.</source>
        <translation>Без этой резервной копии и вашей парольной фразы ваши заметки не вернуть. Храните флешку отдельно от ноутбука и не теряйте её.</translation>
    </message>
    <message>
        <source>Writing and checking the backup</source>
        <translation>Запись и проверка резервной копии</translation>
    </message>
    <message>
        <source>The backup is written, then opened again with your passphrase. Nothing is erased yet; Cancel leaves everything as it was.</source>
        <translation>Резервная копия записывается, а затем снова открывается вашей парольной фразой. Пока ничего не стирается; «Отмена» оставляет всё как было.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <source>The backup opens</source>
        <translation>Резервная копия открывается</translation>
    </message>
    <message>
        <source>Now the vault on this laptop is replaced by the cover vault and erased. This cannot be undone here: only the backup brings it back. Unplug the USB stick once this is done.</source>
        <translation>Теперь хранилище на этом ноутбуке будет заменено хранилищем-прикрытием и стёрто. Здесь это не отменить: вернуть его может только резервная копия. Когда всё закончится, отключите флешку.</translation>
    </message>
    <message>
        <source>Erasing the vault on this laptop</source>
        <translation>Стираем хранилище на этом ноутбуке</translation>
    </message>
    <message>
        <source>This takes a few seconds. Do not close the laptop.</source>
        <translation>Это займёт несколько секунд. Не закрывайте ноутбук.</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Стирание</translation>
    </message>
    <message>
        <source>Ready to travel</source>
        <translation>Можно ехать</translation>
    </message>
    <message>
        <source>This laptop now holds only the cover vault. It opens with the cover (duress) passphrase; your passphrase opens nothing here.</source>
        <translation>Теперь на этом ноутбуке только хранилище-прикрытие. Оно открывается парольной фразой прикрытия (под принуждением); ваша парольная фраза здесь ничего не открывает.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Make the backup</source>
        <translation>&amp;Сделать резервную копию</translation>
    </message>
    <message>
        <source>&amp;Erase and leave the cover</source>
        <translation>&amp;Стереть и оставить прикрытие</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>The backup is written, then opened again with your passphrase, then sealed to your colleague&apos;s key and read back. Nothing is erased yet; Cancel leaves everything as it was.</source>
        <translation>Резервная копия записывается, затем снова открывается вашей парольной фразой, затем шифруется ключом коллеги и для проверки читается обратно. Пока ничего не стирается; «Отмена» оставляет всё как было.</translation>
    </message>
    <message>
        <source>The bundle {0} in {1} holds your backup, which was opened again with your passphrase. Only your colleague&apos;s {2} can open the bundle.</source>
        <translation>В пакете {0} в папке {1} — ваша резервная копия, которая снова открылась вашей парольной фразой. Открыть пакет может только {2} вашего коллеги.</translation>
    </message>
    <message>
        <source>The backup {0} in {1} was written and opened again with your passphrase.</source>
        <translation>Резервная копия {0} в папке {1} записана и снова открыта вашей парольной фразой.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written and nothing was erased.</source>
        <translation>Отменено. Ничего не записано и ничего не стёрто.</translation>
    </message>
    <message>
        <source>Your vault is in the bundle {0} in {1}: give it to your colleague. To come back, they open it in their {2} (Vault ▸ Import a colleague&apos;s bundle…) and give you the backup file it holds; then unlock the cover and choose Vault ▸ Return from travel…</source>
        <translation>Ваше хранилище — в пакете {0} в папке {1}: отдайте его коллеге. Чтобы вернуться, коллега открывает пакет в своём {2} («Хранилище ▸ Импорт пакета от коллеги…») и отдаёт вам файл резервной копии из него; затем разблокируйте прикрытие и выберите «Хранилище ▸ Возвращение из поездки…».</translation>
    </message>
    <message>
        <source>Your vault is in the backup {0} in {1}. To come back, unlock the cover and choose Vault ▸ Return from travel…</source>
        <translation>Ваше хранилище — в резервной копии {0} в папке {1}. Чтобы вернуться, разблокируйте прикрытие и выберите «Хранилище ▸ Возвращение из поездки…».</translation>
    </message>
    <message>
        <source>Not done: {0} Your backup is kept in {1}.</source>
        <translation>Не выполнено: {0} Ваша резервная копия сохранена в папке {1}.</translation>
    </message>
    <message>
        <source>The backup does not open with the passphrase you typed. Nothing was erased. Type the passphrase of this vault.</source>
        <translation>Резервная копия не открывается введённой парольной фразой. Ничего не стёрто. Введите парольную фразу этого хранилища.</translation>
    </message>
    <message>
        <source>The backup opens but does not hold every case. Nothing was erased. Try another folder or USB stick.</source>
        <translation>Резервная копия открывается, но в ней не все дела. Ничего не стёрто. Попробуйте другую папку или флешку.</translation>
    </message>
    <message>
        <source>The backup could not be read back, so nothing was erased. Try another folder or USB stick.</source>
        <translation>Резервную копию не удалось прочитать обратно, поэтому ничего не стёрто. Попробуйте другую папку или флешку.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo ({0})</source>
        <translation>Отменить ({0})</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Отменить: {0}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Разблокируйте хранилище</translation>
    </message>
    <message>
        <source>Vault folder: {0}</source>
        <translation>Папка хранилища: {0}</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Unlocking… this takes a second on purpose.</source>
        <translation>Разблокируем… это намеренно занимает секунду.</translation>
    </message>
    <message>
        <source>&amp;Forgot it? Use the recovery phrase</source>
        <translation>&amp;Забыли? Воспользуйтесь фразой восстановления</translation>
    </message>
    <message>
        <source>Set a new passphrase with the recovery phrase</source>
        <translation>Задать новую парольную фразу с помощью фразы восстановления</translation>
    </message>
    <message>
        <source>&amp;Choose another vault</source>
        <translation>&amp;Выбрать другое хранилище</translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation>Вернуться на начальную страницу</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase first.</source>
        <translation>Сначала введите парольную фразу хранилища.</translation>
    </message>
    <message>
        <source>Updating the search index for this version of {app}…</source>
        <translation>Обновляем поисковый индекс для этой версии {app}…</translation>
    </message>
    <message>
        <source>Vault erased</source>
        <translation>Хранилище стёрто</translation>
    </message>
    <message>
        <source>That was the last attempt: the vault was erased, as set in its settings. Only a backup kept elsewhere brings it back.</source>
        <translation>Это была последняя попытка: хранилище стёрто, как указано в его настройках. Вернуть его может только резервная копия, которая хранится в другом месте.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>The automatic backup was not made: {0} The vault is locked.</source>
        <translation>Автоматическая резервная копия не создана: {0} Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>The vault was not erased: {0}</source>
        <translation>Хранилище не стёрто: {0}</translation>
    </message>
    <message>
        <source>Saving an encrypted backup before {app} closes…</source>
        <translation>Сохраняем зашифрованную резервную копию перед закрытием {app}…</translation>
    </message>
    <message>
        <source>Skip this backup</source>
        <translation>Пропустить эту резервную копию</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
</context>
<context>
    <name>VaultMenuButton</name>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>Show a new &amp;recovery phrase…</source>
        <translation>Показать новую &amp;фразу восстановления…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>&amp;Недавно удалённые…</translation>
    </message>
    <message>
        <source>&amp;Export for a colleague…</source>
        <translation>&amp;Экспорт для коллеги…</translation>
    </message>
    <message>
        <source>&amp;Import a colleague&apos;s bundle…</source>
        <translation>&amp;Импорт пакета от коллеги…</translation>
    </message>
    <message>
        <source>Your &amp;sharing key…</source>
        <translation>Ваш &amp;ключ для обмена…</translation>
    </message>
    <message>
        <source>Import &amp;contacts (CSV, vCard)…</source>
        <translation>Импорт &amp;контактов (CSV, vCard)…</translation>
    </message>
    <message>
        <source>Import &amp;notes (Markdown folder)…</source>
        <translation>Импорт &amp;заметок (папка Markdown)…</translation>
    </message>
    <message>
        <source>Prepare for a cr&amp;ossing…</source>
        <translation>Подготовка к пересечению &amp;границы…</translation>
    </message>
    <message>
        <source>Return from &amp;travel…</source>
        <translation>&amp;Возвращение из поездки…</translation>
    </message>
    <message>
        <source>&amp;Erase the vault now…</source>
        <translation>&amp;Стереть хранилище сейчас…</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Backups, sharing and imports</source>
        <translation>Резервные копии, обмен и импорт</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Добро пожаловать в {app}</translation>
    </message>
    <message>
        <source>An encrypted notebook for the people you help: cases, people, notes and documents, kept on this computer and nowhere else.</source>
        <translation>Зашифрованный блокнот для тех, кому вы помогаете: дела, люди, заметки и документы хранятся на этом компьютере и больше нигде.</translation>
    </message>
    <message>
        <source>&amp;Create a vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>Start a new, empty vault protected by your passphrase.</source>
        <translation>Новое пустое хранилище под защитой вашей парольной фразы.</translation>
    </message>
    <message>
        <source>&amp;Open a vault</source>
        <translation>&amp;Открыть хранилище</translation>
    </message>
    <message>
        <source>Use a vault in another folder, for example on a USB stick.</source>
        <translation>Хранилище в другой папке, например на флешке.</translation>
    </message>
    <message>
        <source>&amp;Remember the location of the vault I open</source>
        <translation>&amp;Запомнить, где лежит открытое хранилище</translation>
    </message>
    <message>
        <source>Remember the vault location on this computer</source>
        <translation>Запомнить место хранилища на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Попробовать демо</translation>
    </message>
    <message>
        <source>Explore made-up cases and people. Deleted when you close it.</source>
        <translation>Посмотрите на вымышленные дела и людей. Всё удаляется при закрытии.</translation>
    </message>
    <message>
        <source>{app} works offline. It never connects to the internet.</source>
        <translation>{app} работает без сети. Он никогда не подключается к интернету.</translation>
    </message>
    <message>
        <source>That folder does not hold a {app} vault. Choose the folder that contains the vault&apos;s files.</source>
        <translation>В этой папке нет хранилища {app}. Выберите папку, в которой лежат файлы хранилища.</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Откройте папку хранилища</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Search  ({0})</source>
        <translation>Поиск  ({0})</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>Поиск по хранилищу</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Select an item to see it here.</source>
        <translation>Выберите элемент, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
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
            <numerusform>Эта фраза восстановления неверна: в ней %n слово, а нужно {0}.</numerusform>
            <numerusform>Эта фраза восстановления неверна: в ней %n слова, а нужно {0}.</numerusform>
            <numerusform>Эта фраза восстановления неверна: в ней %n слов, а нужно {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the vault is erased.</source>
        <translation>
            <numerusform>До стирания хранилища осталась %n попытка.</numerusform>
            <numerusform>До стирания хранилища осталось %n попытки.</numerusform>
            <numerusform>До стирания хранилища осталось %n попыток.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DayCounts</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ImportDialog</name>
    <message>
        <source>Chosen file or folder</source>
        <translation>Выбранный файл или папка</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Читаем…</translation>
    </message>
    <message>
        <source>Ready to import {0}; {1} will be skipped (reasons in the list).</source>
        <translation>Можно импортировать: {0}; будет пропущено: {1} (причины — в списке).</translation>
    </message>
    <message>
        <source>Nothing to import; {0} skipped (reasons in the list).</source>
        <translation>Импортировать нечего; пропущено: {0} (причины — в списке).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортируем…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Imported {0}; skipped {1}.</source>
        <translation>Импортировано: {0}; пропущено: {1}.</translation>
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
        <translation>&amp;Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Это не текущая парольная фраза. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>_Limits</name>
    <message numerus="yes">
        <source>“{0}” is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>Поле «{0}» слишком длинное: в нём может быть не более %n символа.</numerusform>
            <numerusform>Поле «{0}» слишком длинное: в нём может быть не более %n символов.</numerusform>
            <numerusform>Поле «{0}» слишком длинное: в нём может быть не более %n символов.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Kezek::Calendar</name>
    <message>
        <source>The calendar data names too many days off.</source>
        <translation>В данных календаря указано слишком много выходных дней.</translation>
    </message>
    <message>
        <source>The transfer in %1 makes %2 a day off, but it is not a working day.</source>
        <translation>Перенос в %1 году делает %2 выходным днём, но этот день не является рабочим.</translation>
    </message>
    <message>
        <source>The transfer in %1 makes %2 a working day, but it is not a weekend day.</source>
        <translation>Перенос в %1 году делает %2 рабочим днём, но этот день не является еженедельным выходным.</translation>
    </message>
    <message>
        <source>The calendar for %1 gives %2 working days, but its days off leave %3.</source>
        <translation>В календаре на %1 год указано рабочих дней: %2, однако с учётом выходных их остаётся %3.</translation>
    </message>
    <message>
        <source>The calendar names an impossible fixed day off &quot;%1&quot; (expected MM-DD that exists every year).</source>
        <translation>В календаре указан невозможный постоянный выходной «%1» (ожидается дата MM-DD, существующая в любом году).</translation>
    </message>
    <message>
        <source>The calendar for %1 names the date &quot;%2&quot;, which is not a date of that year.</source>
        <translation>В календаре на %1 год указана дата «%2», которая не является датой этого года.</translation>
    </message>
    <message>
        <source>The calendar has a year entry without a valid year.</source>
        <translation>В календаре есть запись года без корректного номера года.</translation>
    </message>
    <message>
        <source>The calendar data is not valid JSON: %1.</source>
        <translation>Данные календаря не являются корректным JSON: %1.</translation>
    </message>
    <message>
        <source>The calendar data has format %1; this program reads format %2.</source>
        <translation>Данные календаря имеют формат %1; эта программа читает формат %2.</translation>
    </message>
    <message>
        <source>The calendar&apos;s weekend names a day that is not 1 (Monday) to 7 (Sunday).</source>
        <translation>В выходных днях недели календаря указан день вне диапазона от 1 (понедельник) до 7 (воскресенье).</translation>
    </message>
    <message>
        <source>The calendar&apos;s carry-over rule &quot;%1&quot; is unknown.</source>
        <translation>Правило переноса выходных «%1» в календаре неизвестно.</translation>
    </message>
    <message>
        <source>The calendar describes %1 twice.</source>
        <translation>В календаре %1 год описан дважды.</translation>
    </message>
    <message>
        <source>The day off %1 applies from %2 until %3: that is no range of years.</source>
        <translation>Выходной день %1 действует с %2 по %3: это не диапазон лет.</translation>
    </message>
    <message>
        <source>The calendar confirms %1 without its number of working days (&quot;workingDays&quot;), which the decree publishes.</source>
        <translation>Календарь подтверждает %1 год без числа рабочих дней (&quot;workingDays&quot;), которое публикует постановление.</translation>
    </message>
</context>
<context>
    <name>Kezek::Ctl</name>
    <message>
        <source>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:</source>
        <translation>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
команды:</translation>
    </message>
    <message>
        <source>the due date of a clock started on a date</source>
        <translation>дата окончания срока, начатого в указанный день</translation>
    </message>
    <message>
        <source>decode and verify an IIN</source>
        <translation>расшифровать и проверить ИИН</translation>
    </message>
    <message>
        <source>parse and verify a passport MRZ</source>
        <translation>разобрать и проверить MRZ паспорта</translation>
    </message>
    <message>
        <source>the year&apos;s days off and their causes</source>
        <translation>выходные дни года и их причины</translation>
    </message>
    <message>
        <source>add a user to a server&apos;s database</source>
        <translation>добавить пользователя в базу сервера</translation>
    </message>
    <message>
        <source>register a user&apos;s signing certificate</source>
        <translation>зарегистрировать сертификат подписи пользователя</translation>
    </message>
    <message>
        <source>issue a demo signing key (PKCS#12)</source>
        <translation>выпустить демонстрационный ключ подписи (PKCS#12)</translation>
    </message>
    <message>
        <source>a case&apos;s signed decisions, for openssl cms</source>
        <translation>подписанные решения по делу, для openssl cms</translation>
    </message>
    <message>
        <source>sync a workstation cache with a server</source>
        <translation>синхронизировать кэш рабочего места с сервером</translation>
    </message>
    <message>
        <source>a cache&apos;s cursor, cases and outbox</source>
        <translation>курсор, дела и очередь кэша</translation>
    </message>
    <message>
        <source>file believable applications on a server</source>
        <translation>подать правдоподобные заявления на сервер</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>проверить хэш-цепочку журнала аудита</translation>
    </message>
    <message>
        <source>day off for %1 (%2), which fell on a weekend</source>
        <translation>выходной день за праздник %1 (%2), совпавший с выходным</translation>
    </message>
    <message>
        <source>day off by transfer, worked on %1</source>
        <translation>выходной день по переносу, отработка %1</translation>
    </message>
    <message>
        <source>working day by transfer, for the day off on %1</source>
        <translation>рабочий день по переносу, за выходной %1</translation>
    </message>
    <message>
        <source>kezekctl calendar YEAR [--json] [--lang kk|ru|en]</source>
        <translation>kezekctl calendar YEAR [--json] [--lang kk|ru|en]</translation>
    </message>
    <message>
        <source>calendar takes a year from 1900 to 2200.</source>
        <translation>команда calendar принимает год от 1900 до 2200.</translation>
    </message>
    <message>
        <source>%1: %2 working days (%3)</source>
        <translation>%1: рабочих дней — %2 (%3)</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <source>not confirmed: statutory rules only, without Kurban Ait and the Government&apos;s transfers</source>
        <translation>не подтверждён: только нормы закона, без Курбан айта и переносов Правительства</translation>
    </message>
    <message>
        <source>kezekctl check iin IIN [--json]
       kezekctl check mrz LINE1 LINE2 [--json]</source>
        <translation>kezekctl check iin IIN [--json]
       kezekctl check mrz LINE1 LINE2 [--json]</translation>
    </message>
    <message>
        <source>check takes &quot;iin IIN&quot; or &quot;mrz LINE1 LINE2&quot;.</source>
        <translation>команда check принимает «iin IIN» или «mrz LINE1 LINE2».</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>использование: %1</translation>
    </message>
    <message>
        <source>kezekctl deadline CLOCK START_DATE [--json]
  CLOCK: %1</source>
        <translation>kezekctl deadline CLOCK START_DATE [--json]
  CLOCK: %1</translation>
    </message>
    <message>
        <source>deadline takes a clock and a start date.</source>
        <translation>команда deadline принимает вид срока и дату начала.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clock.</source>
        <translation>«%1» не является видом срока.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date in the form YYYY-MM-DD.</source>
        <translation>«%1» не является существующей датой в формате YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>note: the calendar for some of these years is not confirmed; the Government&apos;s transfers may move this date.</source>
        <translation>примечание: календарь на некоторые из этих лет не подтверждён; переносы Правительства могут сдвинуть эту дату.</translation>
    </message>
    <message>
        <source>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:
  deadline CLOCK START_DATE   the due date of a clock started on a date
  check iin IIN               decode and verify an IIN
  check mrz LINE1 LINE2       parse and verify a passport MRZ
  calendar YEAR               the year&apos;s days off and their causes</source>
        <translation type="vanished">kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
команды:
  deadline CLOCK START_DATE   дата окончания срока, начавшегося в указанную дату
  check iin IIN               расшифровать и проверить ИИН
  check mrz LINE1 LINE2       разобрать и проверить машиночитаемую зону (MRZ) паспорта
  calendar YEAR               выходные дни года и их основания</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>для параметра %1 требуется значение.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>--lang takes kk, ru or en.</source>
        <translation>--lang принимает kk, ru или en.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>команда не указана.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>kezekctl admin add-user --database URL --id ID --role ROLE [--city astana|almaty] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system</source>
        <translation type="vanished">kezekctl admin add-user --database URL --id ID --role ROLE [--city astana|almaty] [--name NAME]
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system</translation>
    </message>
    <message>
        <source>add-user needs --database, --id and a known --role.</source>
        <translation>Для add-user нужны --database, --id и известная --role.</translation>
    </message>
    <message>
        <source>--city takes astana or almaty.</source>
        <translation>--city принимает astana или almaty.</translation>
    </message>
    <message>
        <source>This role works in one city: give --city.</source>
        <translation>Эта роль работает в одном городе: укажите --city.</translation>
    </message>
    <message>
        <source>This role belongs to no city: leave out --city.</source>
        <translation>Эта роль не относится к городу: не указывайте --city.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен содержать не менее 8 символов.</translation>
    </message>
    <message>
        <source>user %1 added (%2)</source>
        <translation>пользователь %1 добавлен (%2)</translation>
    </message>
    <message>
        <source>admin takes a subcommand.</source>
        <translation>Команде admin нужна подкоманда.</translation>
    </message>
    <message>
        <source>kezekctl audit verify --database URL</source>
        <translation type="vanished">kezekctl audit verify --database URL</translation>
    </message>
    <message>
        <source>audit takes &quot;verify --database URL&quot;.</source>
        <translation>Команда audit принимает «verify --database URL».</translation>
    </message>
    <message>
        <source>audit log intact: %1 entries</source>
        <translation>журнал аудита цел: записей — %1</translation>
    </message>
    <message>
        <source>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:
  deadline CLOCK START_DATE   the due date of a clock started on a date
  check iin IIN               decode and verify an IIN
  check mrz LINE1 LINE2       parse and verify a passport MRZ
  calendar YEAR               the year&apos;s days off and their causes
  admin add-user ...          add a user to a server&apos;s database
  simulate ...                file believable applications on a server
  audit verify --database URL check the audit log&apos;s hash chain</source>
        <translation type="vanished">kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
команды:
  deadline CLOCK START_DATE   дата окончания срока, начатого в указанный день
  check iin IIN               расшифровать и проверить ИИН
  check mrz LINE1 LINE2       разобрать и проверить машиночитаемую зону паспорта
  calendar YEAR               выходные дни года и их основания
  admin add-user ...          добавить пользователя в базу данных сервера
  simulate ...                подать на сервер правдоподобные заявления
  audit verify --database URL проверить хэш-цепочку журнала аудита</translation>
    </message>
    <message>
        <source>kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT]
  files believable eGov applications on a server as its integration user;
  the password comes from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT]
  подаёт на сервер правдоподобные заявления eGov от имени пользователя интеграции;
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода</translation>
    </message>
    <message>
        <source>The server did not answer in 30 seconds.</source>
        <translation>Сервер не ответил за 30 секунд.</translation>
    </message>
    <message>
        <source>simulate needs an https:// --server, a --user, and numbers in range.</source>
        <translation>Для simulate нужны https:// --server, --user и числа в допустимых пределах.</translation>
    </message>
    <message>
        <source>No certificate in &quot;%1&quot;.</source>
        <translation type="vanished">В «%1» нет сертификата.</translation>
    </message>
    <message>
        <source>%1 of %2 applications sent</source>
        <translation>отправлено %1 из %2 заявлений</translation>
    </message>
    <message>
        <source>filed %1 applications</source>
        <translation>подано заявлений: %1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>отклонено %1: %2</translation>
    </message>
    <message>
        <source>kezekctl admin add-user --database URL --id ID --role ROLE [--city astana|almaty] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl admin add-user --database URL --id ID --role ROLE [--city astana|almaty] [--name NAME]
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  регистрирует сертификат, которым должны подписываться решения пользователя
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  выпускает ключ подписи от удостоверяющего центра в DIR (signing-ca.pem и signing-ca-key.pem), регистрирует его и записывает в PKCS#12; пароль берётся из KEZEK_KEY_PASSWORD или из одной строки стандартного ввода</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Не удаётся прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Пользователя «%1» нет.</translation>
    </message>
    <message>
        <source>signing certificate registered for %1 (key %2)</source>
        <translation>сертификат подписи зарегистрирован для %1 (ключ %2)</translation>
    </message>
    <message>
        <source>set-certificate needs --database, --id and --certificate.</source>
        <translation>Для set-certificate нужны --database, --id и --certificate.</translation>
    </message>
    <message>
        <source>issue-certificate needs --database, --id, --authority and --out.</source>
        <translation type="vanished">Для issue-certificate нужны --database, --id, --authority и --out.</translation>
    </message>
    <message>
        <source>The key file&apos;s password must have at least 8 characters.</source>
        <translation>Пароль файла ключа должен содержать не менее 8 символов.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Не удаётся записать «%1»: %2.</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER); check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile signing-ca.pem -out /dev/null</source>
        <translation type="vanished">kezekctl export decisions --database URL --case ID --out DIR
  записывает каждое подписанное решение по делу как ID.json, а его подпись как ID.p7s (DER); проверить одно можно так:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile signing-ca.pem -out /dev/null</translation>
    </message>
    <message>
        <source>export takes &quot;decisions --database URL --case ID --out DIR&quot;.</source>
        <translation>export принимает «decisions --database URL --case ID --out DIR».</translation>
    </message>
    <message>
        <source>The case &quot;%1&quot; has no signed decision.</source>
        <translation>По делу «%1» нет подписанных решений.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>%1 %2 signed by %3</source>
        <translation>%1 %2, подписал: %3</translation>
    </message>
    <message>
        <source>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:
  deadline CLOCK START_DATE   the due date of a clock started on a date
  check iin IIN               decode and verify an IIN
  check mrz LINE1 LINE2       parse and verify a passport MRZ
  calendar YEAR               the year&apos;s days off and their causes
  admin add-user ...          add a user to a server&apos;s database
  admin set-certificate ...   register a user&apos;s signing certificate
  admin issue-certificate ... issue a demo signing key (PKCS#12)
  export decisions ...        a case&apos;s signed decisions, for openssl cms
  simulate ...                file believable applications on a server
  audit verify --database URL check the audit log&apos;s hash chain</source>
        <translation type="vanished">kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
команды:
  deadline CLOCK START_DATE   дата окончания срока, начатого в указанный день
  check iin IIN               расшифровать и проверить ИИН
  check mrz LINE1 LINE2       разобрать и проверить MRZ паспорта
  calendar YEAR               выходные дни года и их причины
  admin add-user ...          добавить пользователя в базу сервера
  admin set-certificate ...   зарегистрировать сертификат подписи пользователя
  admin issue-certificate ... выпустить демонстрационный ключ подписи (PKCS#12)
  export decisions ...        подписанные решения по делу, для openssl cms
  simulate ...                подать правдоподобные заявления на сервер
  audit verify --database URL проверить хэш-цепочку журнала аудита</translation>
    </message>
    <message>
        <source>kezekctl admin add-user --database URL --id ID --role ROLE [--city astana|almaty] [--integration NAME] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl admin add-user --database URL --id ID --role ROLE [--city astana|almaty] [--integration NAME] [--name NAME]
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  регистрирует сертификат, которым должны подписываться решения пользователя
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  выпускает ключ подписи от удостоверяющего центра в DIR (signing-ca.pem и signing-ca-key.pem), регистрирует его и записывает в PKCS#12; пароль берётся из KEZEK_KEY_PASSWORD или из одной строки стандартного ввода</translation>
    </message>
    <message>
        <source>A system user names its integration with --integration (%1); people have none.</source>
        <translation>Системный пользователь указывает свою интеграцию через --integration (%1); у людей её нет.</translation>
    </message>
    <message>
        <source>kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans]
  files believable eGov applications on a server as its integration user,
  with generated scans of their documents (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, checks, courier) once a case has waited DELAY seconds; N rounds a second apart, 0 for ever
  passwords come from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans]
  подаёт на сервер правдоподобные заявления eGov от имени его интеграционного пользователя,
  со сгенерированными сканами документов (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  отвечает за АИС КҚП, КНБ, проверки и курьера (пользователи kqp, nsc, checks, courier), когда дело прождало DELAY секунд; N циклов с интервалом в секунду, 0 — без остановки
  пароли берутся из KEZEK_PASSWORD или из одной строки стандартного ввода</translation>
    </message>
    <message>
        <source>simulate answer needs an https:// --server and numbers in range.</source>
        <translation>Для simulate answer нужны https:// --server и числа в допустимых пределах.</translation>
    </message>
    <message>
        <source>answered: %1</source>
        <translation>отвечено: %1</translation>
    </message>
    <message>
        <source>kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin list --database URL
  the offices and the users, with their roles and offices
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  регистрирует сертификат, которым должны подписываться решения пользователя
kezekctl admin list --database URL
  подразделения и пользователи, с их ролями и подразделениями
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  выпускает ключ подписи от удостоверяющего центра в DIR (signing-ca.pem и signing-ca-key.pem), регистрирует его и записывает в PKCS#12; пароль берётся из KEZEK_KEY_PASSWORD или из одной строки стандартного ввода</translation>
    </message>
    <message>
        <source>add-office needs --database, --id, --kind department|csc and --city astana|almaty.</source>
        <translation>Для add-office нужны --database, --id, --kind department|csc и --city astana|almaty.</translation>
    </message>
    <message>
        <source>office %1 added (%2, %3)</source>
        <translation>подразделение %1 добавлено (%2, %3)</translation>
    </message>
    <message>
        <source>list needs --database.</source>
        <translation>Для list нужен --database.</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(заблокирован)</translation>
    </message>
    <message>
        <source>There is no office &quot;%1&quot;; add it with &quot;kezekctl admin add-office&quot;.</source>
        <translation>Подразделения «%1» нет; добавьте его командой «kezekctl admin add-office».</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; is a %2 in %3: not a place for a %4.</source>
        <translation>Подразделение «%1» — это %2 в %3: не место для роли %4.</translation>
    </message>
    <message>
        <source>kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans]
  files believable eGov applications on a server as its integration user,
  with generated scans of their documents (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, checks, courier) once a case has waited DELAY seconds; N rounds a second apart, 0 for ever
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--seed N]
  works phase 1 as a migration officer: verifies and registers, sends to NSC, and decides, signing with the key (its password from KEZEK_KEY_PASSWORD)
  passwords come from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans]
  подаёт на сервер правдоподобные заявления eGov от имени его интеграционного пользователя,
  со сгенерированными сканами документов (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  отвечает за АИС КҚП, КНБ, проверки и курьера (пользователи kqp, nsc, checks, courier), когда дело прождало DELAY секунд; N циклов с интервалом в секунду, 0 — без остановки
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--seed N]
  ведёт 1-й этап как сотрудник миграционной службы: проверяет и регистрирует, направляет в КНБ и принимает решения, подписывая ключом (пароль из KEZEK_KEY_PASSWORD)
  пароли берутся из KEZEK_PASSWORD или из одной строки стандартного ввода</translation>
    </message>
    <message>
        <source>simulate progress needs an https:// --server, a --user, the user&apos;s --key (PKCS#12) and numbers in range.</source>
        <translation>Для simulate progress нужны https:// --server, --user, ключ пользователя --key (PKCS#12) и числа в допустимых пределах.</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>применено: %1</translation>
    </message>
    <message>
        <source>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:
  deadline CLOCK START_DATE   the due date of a clock started on a date
  check iin IIN               decode and verify an IIN
  check mrz LINE1 LINE2       parse and verify a passport MRZ
  calendar YEAR               the year&apos;s days off and their causes
  admin add-user ...          add a user to a server&apos;s database
  admin set-certificate ...   register a user&apos;s signing certificate
  admin issue-certificate ... issue a demo signing key (PKCS#12)
  export decisions ...        a case&apos;s signed decisions, for openssl cms
  sync ...                    sync a workstation cache with a server
  status --cache FILE         a cache&apos;s cursor, cases and outbox
  simulate ...                file believable applications on a server
  audit verify --database URL check the audit log&apos;s hash chain</source>
        <translation type="vanished">kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
команды:
  deadline CLOCK START_DATE   дата окончания срока, начатого в указанный день
  check iin IIN               расшифровать и проверить ИИН
  check mrz LINE1 LINE2       разобрать и проверить MRZ паспорта
  calendar YEAR               выходные дни года и их причины
  admin add-user ...          добавить пользователя в базу сервера
  admin set-certificate ...   зарегистрировать сертификат подписи пользователя
  admin issue-certificate ... выпустить демонстрационный ключ подписи (PKCS#12)
  export decisions ...        подписанные решения по делу, для openssl cms
  sync ...                    синхронизировать кэш рабочего места с сервером
  status --cache FILE         курсор, дела и очередь кэша
  simulate ...                подать правдоподобные заявления на сервер
  audit verify --database URL проверить хэш-цепочку журнала аудита</translation>
    </message>
    <message>
        <source>kezekctl sync --server URL --user ID --cache FILE [--ca FILE] [--pin SHA256]
  pushes the cache&apos;s outbox and pulls what changed since the last sync
kezekctl status --cache FILE
  the cache&apos;s cursor, cases and outbox
  the password (which also unlocks the cache) comes from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl sync --server URL --user ID --cache FILE [--ca FILE] [--pin SHA256]
  отправляет очередь кэша и получает изменения с последней синхронизации
kezekctl status --cache FILE
  курсор, дела и очередь кэша
  пароль (он же открывает кэш) берётся из KEZEK_PASSWORD или из одной строки стандартного ввода</translation>
    </message>
    <message>
        <source>sync needs an https:// --server, a --user and a --cache.</source>
        <translation>Для sync нужны https:// --server, --user и --cache.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pulled %1 cases, pushed %2 commands, %3 conflicts, %4 rejected; cursor %5</source>
        <translation>получено дел: %1, отправлено команд: %2, конфликтов: %3, отклонено: %4; курсор %5</translation>
    </message>
    <message>
        <source>status needs --cache.</source>
        <translation>Для status нужен --cache.</translation>
    </message>
    <message>
        <source>cursor %1, %2 cases</source>
        <translation>курсор %1, дел: %2</translation>
    </message>
    <message>
        <source>outbox %1: %2</source>
        <translation>очередь %1: %2</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>В файле нет сертификата PEM.</translation>
    </message>
    <message>
        <source>kezekctl sync --server URL --user ID --cache FILE [--ca FILE] [--pin SHA256]
    [--page-size N]
  pushes the cache&apos;s outbox and pulls what changed since the last sync
kezekctl status --cache FILE
  the cache&apos;s cursor, cases and outbox
  the password (which also unlocks the cache) comes from KEZEK_PASSWORD or one line on standard input</source>
        <translation>kezekctl sync --server URL --user ID --cache FILE [--ca FILE] [--pin SHA256]
    [--page-size N]
  отправляет очередь кэша и получает изменения с последней синхронизации
kezekctl status --cache FILE
  курсор, дела и очередь кэша
  пароль (он же открывает кэш) берётся из KEZEK_PASSWORD или из одной строки стандартного ввода</translation>
    </message>
    <message>
        <source>--page-size is a number from 1 to 5000.</source>
        <translation>--page-size — число от 1 до 5000.</translation>
    </message>
    <message>
        <source>claims: %1 held, %2 waiting for the server, %3 held by others</source>
        <translation>закреплённые дела: %1 за вами, %2 ждут подтверждения сервера, %3 за другими</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s ahead of this one</source>
        <translation>часы сервера опережают эти на %1 с</translation>
    </message>
    <message>
        <source>key: in the system keychain</source>
        <translation>ключ: в системном хранилище ключей</translation>
    </message>
    <message>
        <source>key: in the file beside the cache</source>
        <translation>ключ: в файле рядом с кэшем</translation>
    </message>
    <message>
        <source>the server&apos;s law was not kept: %1</source>
        <translation>данные закона с сервера не сохранены: %1</translation>
    </message>
    <message>
        <source>kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin list --database URL
  the offices and the users, with their roles and offices
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  imports a demo history: cases filed and decided over the past days, so that the server&apos;s first run deletes the returns and annuls the approvals whose time ran out</source>
        <translation type="vanished">kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  регистрирует сертификат, которым должны подписываться решения пользователя
kezekctl admin list --database URL
  подразделения и пользователи, с их ролями и подразделениями
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  выпускает ключ подписи от удостоверяющего центра в DIR (signing-ca.pem и signing-ca-key.pem), регистрирует его и записывает в PKCS#12; пароль берётся из KEZEK_KEY_PASSWORD или из одной строки стандартного ввода
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  импортирует демонстрационную историю: дела, поданные и решённые за прошедшие дни; при первом запуске сервер удаляет заявления с истёкшим сроком доработки и аннулирует просроченные предварительные одобрения</translation>
    </message>
    <message>
        <source>seed-history needs --database, and --count 1..100000 and --days 60..3650 when given.</source>
        <translation>seed-history требует --database, а --count 1..100000 и --days 60..3650, если они заданы.</translation>
    </message>
    <message>
        <source>The history of seed %1 is already in this database.</source>
        <translation>История с зерном %1 уже есть в этой базе данных.</translation>
    </message>
    <message>
        <source>cases imported: %1, filed over the past %2 days</source>
        <translation>импортировано дел: %1, поданных за последние %2 дней</translation>
    </message>
    <message>
        <source>kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans]
  files believable eGov applications on a server as its integration user,
  with generated scans of their documents (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, checks, courier) once a case has waited DELAY seconds; N rounds a second apart, 0 for ever
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--interval SECONDS] [--most N] [--seed N]
  works phase 1 as a migration officer: verifies and registers, sends to NSC, and decides, signing with the key (its password from KEZEK_KEY_PASSWORD); a round every INTERVAL seconds (1), taking up at most N cases in each (all)
  passwords come from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans]
  подаёт на сервер правдоподобные заявления eGov от имени его интеграционного пользователя,
  со сгенерированными сканами документов (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  отвечает за АИС КҚП, КНБ, проверки и курьера (пользователи kqp, nsc, checks, courier), когда дело прождало DELAY секунд; N циклов с интервалом в секунду, 0 — без остановки
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--interval SECONDS] [--most N] [--seed N]
  ведёт 1-й этап как сотрудник миграционной службы: проверяет и регистрирует, направляет в КНБ и принимает решения, подписывая ключом (пароль из KEZEK_KEY_PASSWORD); цикл каждые INTERVAL секунд (1), в каждом не более N дел (все)
  пароли берутся из KEZEK_PASSWORD или из одной строки стандартного ввода</translation>
    </message>
    <message>
        <source>left alone, held by someone else: %1</source>
        <translation>не тронуты, их ведёт другой сотрудник: %1</translation>
    </message>
    <message>
        <source>kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin list --database URL
  the offices and the users, with their roles and offices
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  a disabled user cannot sign in, and their sessions end at once
kezekctl admin revoke-sessions --database URL --id ID
  ends every session of the user (a lost laptop): they sign in again
kezekctl admin reset-password --database URL --id ID
  prints a one-time password the user must change at their next sign-in; their sessions end
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  imports a demo history: cases filed and decided over the past days, so that the server&apos;s first run deletes the returns and annuls the approvals whose time ran out</source>
        <translation type="vanished">kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  регистрирует сертификат, которым должны подписываться решения пользователя
kezekctl admin list --database URL
  подразделения и пользователи, с их ролями и подразделениями
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  выпускает ключ подписи от удостоверяющего центра в DIR (signing-ca.pem и signing-ca-key.pem), регистрирует его и записывает в PKCS#12; пароль берётся из KEZEK_KEY_PASSWORD или из одной строки стандартного ввода
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  отключённый пользователь не может войти, его сеансы сразу завершаются
kezekctl admin revoke-sessions --database URL --id ID
  завершает все сеансы пользователя (потерянный ноутбук): он входит заново
kezekctl admin reset-password --database URL --id ID
  выводит одноразовый пароль, который пользователь должен сменить при следующем входе; его сеансы завершаются
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  импортирует демонстрационную историю: дела, поданные и решённые за прошедшие дни; при первом запуске сервер удаляет заявления с истёкшим сроком доработки и аннулирует просроченные предварительные одобрения</translation>
    </message>
    <message>
        <source>%1 needs --database and --id.</source>
        <translation>Для %1 нужны --database и --id.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; nothing was changed.</source>
        <translation>Пользователя «%1» нет; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions ended.</source>
        <translation>%1 отключён; его сеансы завершены.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 снова может входить в систему.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended.</source>
        <translation>
            <numerusform>Завершён %n сеанс %1.</numerusform>
            <numerusform>Завершено %n сеанса %1.</numerusform>
            <numerusform>Завершено %n сеансов %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>One-time password for %1 (to be changed at the next sign-in):</source>
        <translation>Одноразовый пароль для %1 (сменить при следующем входе):</translation>
    </message>
    <message>
        <source>kezekctl audit verify --database URL [--audit-key FILE] [--checkpoint FILE]...
  checks the audit log&apos;s chain (with its key, when it is keyed) and, with --checkpoint, that every entry a checkpoint file or a saved journal names is there unchanged</source>
        <translation>kezekctl audit verify --database URL [--audit-key FILE] [--checkpoint FILE]...
  проверяет цепочку журнала аудита (его ключом, если журнал защищён ключом) и, с --checkpoint, что каждая запись, названная файлом контрольных точек или сохранённым журналом сервера, на месте и не изменена</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no audit checkpoint.</source>
        <translation>В «%1» нет ни одной контрольной точки аудита.</translation>
    </message>
    <message numerus="yes">
        <source>, as %n checkpoint(s) saw it</source>
        <translation>
            <numerusform>, как его видела %n контрольная точка</numerusform>
            <numerusform>, как его видели %n контрольные точки</numerusform>
            <numerusform>, как его видели %n контрольных точек</numerusform>
        </translation>
    </message>
    <message>
        <source>audit reads needs --database and --case.</source>
        <translation>Для audit reads нужны --database и --case.</translation>
    </message>
    <message>
        <source>kezekctl audit reads --database URL --case ID</source>
        <translation>kezekctl audit reads --database URL --case ID</translation>
    </message>
    <message>
        <source>reads: %1</source>
        <translation>прочтений: %1</translation>
    </message>
    <message>
        <source>Nobody has read this case.</source>
        <translation>Это дело никто не читал.</translation>
    </message>
    <message>
        <source>kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin list --database URL
  the offices and the users, with their roles and offices
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  a disabled user cannot sign in, and their sessions end at once
kezekctl admin revoke-sessions --database URL --id ID
  ends every session of the user (a lost laptop): they sign in again
kezekctl admin reset-password --database URL --id ID
  prints a one-time password the user must change at their next sign-in; their sessions end
kezekctl admin purge --database URL --days N [--dry-run]
  the site&apos;s retention: the cases over for more than N days lose their scans and personal data (what the audit and running bans need stays); prints what was purged
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  imports a demo history: cases filed and decided over the past days, so that the server&apos;s first run deletes the returns and annuls the approvals whose time ran out</source>
        <translation type="vanished">kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  регистрирует сертификат, которым должны подписываться решения пользователя
kezekctl admin list --database URL
  подразделения и пользователи, с их ролями и подразделениями
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  выпускает ключ подписи от удостоверяющего центра в DIR (signing-ca.pem и signing-ca-key.pem), регистрирует его и записывает в PKCS#12; пароль берётся из KEZEK_KEY_PASSWORD или из одной строки стандартного ввода
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  отключённый пользователь не может войти, его сеансы сразу завершаются
kezekctl admin revoke-sessions --database URL --id ID
  завершает все сеансы пользователя (потерянный ноутбук): он входит заново
kezekctl admin reset-password --database URL --id ID
  выводит одноразовый пароль, который пользователь должен сменить при следующем входе; его сеансы завершаются
kezekctl admin purge --database URL --days N [--dry-run]
  срок хранения площадки: у дел, завершённых более N дней назад, удаляются сканы и персональные данные (нужное аудиту и действующим запретам остаётся); выводит удалённое
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  импортирует демонстрационную историю: дела, поданные и решённые за прошедшие дни; при первом запуске сервер удаляет заявления с истёкшим сроком доработки и аннулирует просроченные предварительные одобрения</translation>
    </message>
    <message>
        <source>purge needs --database and --days N (1 or more).</source>
        <translation>Для purge нужны --database и --days N (1 или больше).</translation>
    </message>
    <message>
        <source>scans: %1</source>
        <translation>сканов: %1</translation>
    </message>
    <message>
        <source>would purge: %1 cases, %2 scans</source>
        <translation>было бы удалено: дел %1, сканов %2</translation>
    </message>
    <message>
        <source>purged: %1 cases, %2 scans</source>
        <translation>удалено: дел %1, сканов %2</translation>
    </message>
    <message>
        <source>kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin list --database URL
  the offices and the users, with their roles and offices
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  a disabled user cannot sign in, and their sessions end at once
kezekctl admin revoke-sessions --database URL --id ID
  ends every session of the user (a lost laptop): they sign in again
kezekctl admin reset-password --database URL --id ID
  prints a one-time password the user must change at their next sign-in; their sessions end
kezekctl admin purge --database URL --days N [--dry-run]
  the site&apos;s retention: the cases over for more than N days lose their scans and personal data (what the audit and running bans need stays); prints what was purged
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  imports a demo history: cases filed and decided over the past days, so that the server&apos;s first run deletes the returns and annuls the approvals whose time ran out
kezekctl admin migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE [--audit-key FILE]
  moves the site&apos;s whole database, with its audit chain, into an empty PostgreSQL database in one transaction, and verifies it there (each table&apos;s rows counted, the audit chain checked with its key) before it commits; stop the server first</source>
        <translation type="vanished">kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  регистрирует сертификат, которым должны подписываться решения пользователя
kezekctl admin list --database URL
  подразделения и пользователи, с их ролями и подразделениями
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  выпускает ключ подписи от удостоверяющего центра в DIR (signing-ca.pem и signing-ca-key.pem), регистрирует его и записывает в PKCS#12; пароль берётся из KEZEK_KEY_PASSWORD или из одной строки стандартного ввода
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  отключённый пользователь не может войти, его сеансы сразу завершаются
kezekctl admin revoke-sessions --database URL --id ID
  завершает все сеансы пользователя (потерянный ноутбук): он входит заново
kezekctl admin reset-password --database URL --id ID
  выводит одноразовый пароль, который пользователь должен сменить при следующем входе; его сеансы завершаются
kezekctl admin purge --database URL --days N [--dry-run]
  срок хранения площадки: у дел, завершённых более N дней назад, удаляются сканы и персональные данные (нужное аудиту и действующим запретам остаётся); выводит удалённое
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  импортирует демонстрационную историю: дела, поданные и решённые за прошедшие дни; при первом запуске сервер удаляет заявления с истёкшим сроком доработки и аннулирует просроченные предварительные одобрения
kezekctl admin migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE [--audit-key FILE]
  переносит всю базу данных площадки вместе с цепочкой аудита в пустую базу данных PostgreSQL одной транзакцией и, прежде чем её зафиксировать, проверяет там (строки каждой таблицы пересчитываются, цепочка аудита проверяется её ключом); сначала остановите сервер</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) copied</source>
        <translation>
            <numerusform>%1: скопирована %n строка</numerusform>
            <numerusform>%1: скопировано %n строки</numerusform>
            <numerusform>%1: скопировано %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows so far</source>
        <translation>%1: пока %2 из %3 строк</translation>
    </message>
    <message>
        <source>migrate needs --from and --to.</source>
        <translation>Команде migrate нужны --from и --to.</translation>
    </message>
    <message>
        <source>--from and --to name the same database.</source>
        <translation>--from и --to указывают одну и ту же базу данных.</translation>
    </message>
    <message>
        <source>--from takes the site&apos;s SQLite database, sqlite:PATH.</source>
        <translation>--from принимает базу данных SQLite площадки: sqlite:PATH.</translation>
    </message>
    <message>
        <source>--to takes an empty PostgreSQL database, postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>--to принимает пустую базу данных PostgreSQL: postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot;. Nothing was changed.</source>
        <translation>Базы данных «%1» нет. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The site&apos;s audit log is keyed: give its key file with --audit-key, to verify the copy with it. Nothing was written.</source>
        <translation>Журнал аудита площадки защищён ключом: укажите файл ключа в --audit-key, чтобы проверить им копию. Ничего не записано.</translation>
    </message>
    <message>
        <source>moved: %1 tables, %2 rows; each table&apos;s rows counted on the target, and its audit log intact: %3 entries</source>
        <translation>перенесено: таблиц — %1, строк — %2; строки каждой таблицы пересчитаны в новой базе, журнал аудита цел: записей — %3</translation>
    </message>
    <message>
        <source>move a site&apos;s database from SQLite to PostgreSQL</source>
        <translation>перенести базу данных площадки из SQLite в PostgreSQL</translation>
    </message>
    <message>
        <source>The target database is not empty (rows in: %1). Nothing was written: give a new, empty database.</source>
        <translation>Целевая база данных не пуста (есть строки в: %1). Ничего не записано: укажите новую, пустую базу данных.</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows and the source %3. Nothing was written.</source>
        <translation>В копии таблицы %1 строк: %2, в источнике: %3. Ничего не записано.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kezek server database (%2). Nothing was changed.</source>
        <translation>«%1» — не база данных сервера Kezek (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kezek server database: no migration was ever applied to it. Nothing was changed.</source>
        <translation>«%1» — не база данных сервера Kezek: к ней не применено ни одной миграции схемы. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The source has schema version %1 and this program %2. Bring the source up to date first (any kezekctl command on it does, such as kezekctl admin list --database %3), then move it. Nothing was changed.</source>
        <translation>Версия схемы источника — %1, а этой программы — %2. Сначала обновите источник (это делает любая команда kezekctl над ним, например kezekctl admin list --database %3), затем переносите. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The source has schema version %1, newer than this program knows (%2): move it with the kezekctl installed with the site&apos;s server. Nothing was changed.</source>
        <translation>Версия схемы источника — %1, новее известной этой программе (%2): переносите её программой kezekctl, установленной вместе с сервером площадки. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The source and the target do not have the same tables (%1). Nothing was written.</source>
        <translation>У источника и целевой базы разные таблицы (%1). Ничего не записано.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the source than in the target. Nothing was written.</source>
        <translation>Столбцы таблицы %1 в источнике и в целевой базе различаются. Ничего не записано.</translation>
    </message>
    <message>
        <source>The audit log does not verify on the copy: %1 Nothing was written; check the source with kezekctl audit verify.</source>
        <translation>Журнал аудита не проходит проверку на копии: %1 Ничего не записано; проверьте источник командой kezekctl audit verify.</translation>
    </message>
    <message>
        <source>kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin list --database URL
  the offices and the users, with their roles and offices
kezekctl admin issue-certificate --database URL --id ID --iin IIN --authority DIR --out FILE.p12
  issues a signing key with the holder&apos;s IIN from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  a disabled user cannot sign in, and their sessions end at once
kezekctl admin revoke-sessions --database URL --id ID
  ends every session of the user (a lost laptop): they sign in again
kezekctl admin reset-password --database URL --id ID
  prints a one-time password the user must change at their next sign-in; their sessions end
kezekctl admin purge --database URL --days N [--dry-run]
  the site&apos;s retention: the cases over for more than N days lose their scans and personal data (what the audit and running bans need stays); prints what was purged
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  imports a demo history: cases filed and decided over the past days, so that the server&apos;s first run deletes the returns and annuls the approvals whose time ran out
kezekctl admin migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE [--audit-key FILE]
  moves the site&apos;s whole database, with its audit chain, into an empty PostgreSQL database in one transaction, and verifies it there (each table&apos;s rows counted, the audit chain checked with its key) before it commits; stop the server first</source>
        <translation type="vanished">kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  регистрирует сертификат, которым должны подписываться решения пользователя
kezekctl admin list --database URL
  подразделения и пользователи, с их ролями и подразделениями
kezekctl admin issue-certificate --database URL --id ID --iin IIN --authority DIR --out FILE.p12
  выпускает ключ подписи с ИИН владельца от удостоверяющего центра в DIR (signing-ca.pem и signing-ca-key.pem), регистрирует его и записывает в PKCS#12; пароль берётся из KEZEK_KEY_PASSWORD или из одной строки стандартного ввода
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  отключённый пользователь не может войти, его сеансы сразу завершаются
kezekctl admin revoke-sessions --database URL --id ID
  завершает все сеансы пользователя (потерянный ноутбук): он входит заново
kezekctl admin reset-password --database URL --id ID
  выводит одноразовый пароль, который пользователь должен сменить при следующем входе; его сеансы завершаются
kezekctl admin purge --database URL --days N [--dry-run]
  срок хранения площадки: у дел, завершённых более N дней назад, удаляются сканы и персональные данные (нужное аудиту и действующим запретам остаётся); выводит удалённое
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  импортирует демонстрационную историю: дела, поданные и решённые за прошедшие дни; при первом запуске сервер удаляет заявления с истёкшим сроком доработки и аннулирует просроченные предварительные одобрения
kezekctl admin migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE [--audit-key FILE]
  переносит всю базу данных площадки вместе с цепочкой аудита в пустую базу данных PostgreSQL одной транзакцией и, прежде чем её зафиксировать, проверяет там (строки каждой таблицы пересчитываются, цепочка аудита проверяется её ключом); сначала остановите сервер</translation>
    </message>
    <message>
        <source>The certificate names no IIN of its holder (serialNumber IIN… in its subject): it cannot sign decisions.</source>
        <translation>В сертификате не указан ИИН владельца (serialNumber IIN… в поле subject): им нельзя подписывать решения.</translation>
    </message>
    <message>
        <source>issue-certificate needs --database, --id, --iin, --authority and --out.</source>
        <translation>Для issue-certificate нужны --database, --id, --iin, --authority и --out.</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem; check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile authorities.pem -out /dev/null</source>
        <translation type="vanished">kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  записывает каждое подписанное решение по делу как ID.json, а его подпись как ID.p7s (DER); с --authority также записывает доверенные корневые и промежуточные сертификаты удостоверяющих центров площадки (--signing-ca сервера) как authorities.pem; проверить одно можно так:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile authorities.pem -out /dev/null</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem, and the revocation list each signature was checked by as ID.crl (with the authorities: ID.trust.pem); check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile ID.trust.pem -crl_check -out /dev/null</source>
        <translation type="vanished">kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  записывает каждое подписанное решение по делу как ID.json, а его подпись как ID.p7s (DER); с --authority также записывает доверенные корневые и промежуточные сертификаты удостоверяющих центров площадки (--signing-ca сервера) как authorities.pem, а список отозванных сертификатов, по которому проверена каждая подпись, как ID.crl (вместе с удостоверяющими центрами: ID.trust.pem); проверить одно можно так:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile ID.trust.pem -crl_check -out /dev/null</translation>
    </message>
    <message>
        <source>kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin list --database URL
  the offices and the users, with their roles and offices
kezekctl admin issue-certificate --database URL --id ID --iin IIN --authority DIR --out FILE.p12 [--authentication AUTH.p12]
  issues a signing key with the holder&apos;s IIN from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input; with --authentication, also the holder&apos;s authentication key, which is not for signing
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  a disabled user cannot sign in, and their sessions end at once
kezekctl admin revoke-sessions --database URL --id ID
  ends every session of the user (a lost laptop): they sign in again
kezekctl admin reset-password --database URL --id ID
  prints a one-time password the user must change at their next sign-in; their sessions end
kezekctl admin purge --database URL --days N [--dry-run]
  the site&apos;s retention: the cases over for more than N days lose their scans and personal data (what the audit and running bans need stays); prints what was purged
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  imports a demo history: cases filed and decided over the past days, so that the server&apos;s first run deletes the returns and annuls the approvals whose time ran out
kezekctl admin migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE [--audit-key FILE]
  moves the site&apos;s whole database, with its audit chain, into an empty PostgreSQL database in one transaction, and verifies it there (each table&apos;s rows counted, the audit chain checked with its key) before it commits; stop the server first</source>
        <translation>kezekctl admin add-office --database URL --id ID --kind department|csc --city astana|almaty [--name NAME]
kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city astana|almaty] [--integration NAME] [--name NAME]
  пароль берётся из KEZEK_PASSWORD или из одной строки стандартного ввода
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  регистрирует сертификат, которым должны подписываться решения пользователя
kezekctl admin list --database URL
  подразделения и пользователи, с их ролями и подразделениями
kezekctl admin issue-certificate --database URL --id ID --iin IIN --authority DIR --out FILE.p12 [--authentication AUTH.p12]
  выпускает ключ подписи с ИИН владельца от удостоверяющего центра в DIR (signing-ca.pem и signing-ca-key.pem), регистрирует его и записывает в PKCS#12; пароль берётся из KEZEK_KEY_PASSWORD или из одной строки стандартного ввода; с --authentication также выпускает ключ аутентификации владельца, который не предназначен для подписи
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  отключённый пользователь не может войти, его сеансы сразу завершаются
kezekctl admin revoke-sessions --database URL --id ID
  завершает все сеансы пользователя (потерянный ноутбук): он входит заново
kezekctl admin reset-password --database URL --id ID
  выводит одноразовый пароль, который пользователь должен сменить при следующем входе; его сеансы завершаются
kezekctl admin purge --database URL --days N [--dry-run]
  срок хранения площадки: у дел, завершённых более N дней назад, удаляются сканы и персональные данные (нужное аудиту и действующим запретам остаётся); выводит удалённое
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  импортирует демонстрационную историю: дела, поданные и решённые за прошедшие дни; при первом запуске сервер удаляет заявления с истёкшим сроком доработки и аннулирует просроченные предварительные одобрения
kezekctl admin migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE [--audit-key FILE]
  переносит всю базу данных площадки вместе с цепочкой аудита в пустую базу данных PostgreSQL одной транзакцией и, прежде чем её зафиксировать, проверяет там (строки каждой таблицы пересчитываются, цепочка аудита проверяется её ключом); сначала остановите сервер</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem, and the revocation list each signature was checked by as ID.crl (with the authorities: ID.trust.pem), or the OCSP response as ID.ocsp.der, and the signature&apos;s timestamp token as ID.tst over the signature value ID.sigvalue; check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile ID.trust.pem -crl_check -out /dev/null
  openssl ocsp -respin ID.ocsp.der -CAfile authorities.pem -resp_text
  openssl ts -verify -token_in -in ID.tst -data ID.sigvalue -CAfile authorities.pem</source>
        <translation>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  записывает каждое подписанное решение по делу как ID.json, а его подпись как ID.p7s (DER); с --authority также записывает доверенные корневые и промежуточные сертификаты удостоверяющих центров площадки (--signing-ca сервера) как authorities.pem, список отозванных сертификатов, по которому проверена каждая подпись, как ID.crl (вместе с удостоверяющими центрами: ID.trust.pem) или ответ OCSP как ID.ocsp.der, а токен метки времени подписи как ID.tst вместе со значением подписи, на которое он поставлен, как ID.sigvalue; проверить одно можно так:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile ID.trust.pem -crl_check -out /dev/null
  openssl ocsp -respin ID.ocsp.der -CAfile authorities.pem -resp_text
  openssl ts -verify -token_in -in ID.tst -data ID.sigvalue -CAfile authorities.pem</translation>
    </message>
    <message>
        <source>kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans] [--ministry-key FILE]
  files believable eGov applications on a server as its integration user,
  with generated scans of their documents (--scans), and each with the
  ministry&apos;s petition signed with the key (PEM certificate and key, as
  kezek-server --dev-cert makes ministry-signer.pem)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, checks, courier) once a case has waited DELAY seconds; N rounds a second apart, 0 for ever
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--interval SECONDS] [--most N] [--seed N]
  works phase 1 as a migration officer: verifies and registers, sends to NSC, and decides, signing with the key (its password from KEZEK_KEY_PASSWORD); a round every INTERVAL seconds (1), taking up at most N cases in each (all)
  passwords come from KEZEK_PASSWORD or one line on standard input</source>
        <translation>kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans] [--ministry-key FILE]
  подаёт на сервер правдоподобные заявления eGov от имени его интеграционного пользователя,
  со сгенерированными сканами документов (--scans), и каждое — с ходатайством
  министерства, подписанным ключом (сертификат и ключ PEM, как ministry-signer.pem,
  который создаёт kezek-server --dev-cert)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  отвечает за ИС МП, КНБ, проверки и курьера (пользователи kqp, nsc, checks, courier), когда дело прождало DELAY секунд; N циклов с интервалом в секунду, 0 — без остановки
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--interval SECONDS] [--most N] [--seed N]
  ведёт 1-й этап как сотрудник миграционной службы: проверяет и регистрирует, направляет в КНБ и принимает решения, подписывая ключом (пароль из KEZEK_KEY_PASSWORD); цикл каждые INTERVAL секунд (1), в каждом не более N дел (все)
  пароли берутся из KEZEK_PASSWORD или из одной строки стандартного ввода</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold the ministry&apos;s signing certificate and its key (PEM).</source>
        <translation>«%1» должен содержать сертификат подписи министерства и его ключ (PEM).</translation>
    </message>
    <message>
        <source>the pilot report as PDF, CSV or XLSX</source>
        <translation>отчёт по пилотному проекту в формате PDF, CSV или XLSX</translation>
    </message>
    <message>
        <source>kezekctl report --server https://HOST:PORT --user NAME [--ca FILE] --from YYYY-MM-DD --to YYYY-MM-DD --format pdf|csv|xlsx --out FILE [--lang kk|ru|en]
  the pilot report (every city for the ministry, the supervisor&apos;s city for a supervisor) for the period, both days included, counted by the server; the password is read from KEZEK_PASSWORD or standard input</source>
        <translation>kezekctl report --server https://HOST:PORT --user NAME [--ca FILE] --from YYYY-MM-DD --to YYYY-MM-DD --format pdf|csv|xlsx --out FILE [--lang kk|ru|en]
  отчёт по пилотному проекту за период, включая оба дня, подсчитанный сервером (для министерства — все города, для руководителя — его город); пароль читается из KEZEK_PASSWORD или стандартного ввода</translation>
    </message>
    <message>
        <source>report needs an https:// --server, a --user and an --out file.</source>
        <translation>Для report нужны --server с адресом https://, --user и файл --out.</translation>
    </message>
    <message>
        <source>--format takes pdf, csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format принимает pdf, csv или xlsx, а не «%1».</translation>
    </message>
    <message>
        <source>--from and --to take a day of the calendar written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from и --to принимают существующую дату в формате YYYY-MM-DD, а не «%1».</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>Период заканчивается %1, раньше своего начала (%2).</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Сервер ответил %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report for %1 to %2 (%n case(s)) to &quot;%3&quot;.</source>
        <translation>
            <numerusform>Отчёт за период с %1 по %2 (дел: %n) записан в «%3».</numerusform>
            <numerusform>Отчёт за период с %1 по %2 (дел: %n) записан в «%3».</numerusform>
            <numerusform>Отчёт за период с %1 по %2 (дел: %n) записан в «%3».</numerusform>
        </translation>
    </message>
    <message>
        <source>kezekctl audit extract --server https://HOST:PORT --user NAME [--ca FILE] (--case NUMBER | --from YYYY-MM-DD --to YYYY-MM-DD) --format csv|pdf --out FILE [--lang kk|ru|en]
  the server&apos;s audit entries on one case or in a period, for an inspector (every city for the ministry, the supervisor&apos;s city for a supervisor); the reading is itself audited; the password is read from KEZEK_PASSWORD or standard input</source>
        <translation>kezekctl audit extract --server https://HOST:PORT --user NAME [--ca FILE] (--case NUMBER | --from YYYY-MM-DD --to YYYY-MM-DD) --format csv|pdf --out FILE [--lang kk|ru|en]
  записи журнала аудита сервера по одному делу или за период для проверяющего (для министерства — все города, для руководителя — его город); само это чтение также фиксируется в аудите; пароль читается из KEZEK_PASSWORD или стандартного ввода</translation>
    </message>
    <message>
        <source>Give either --case or --from and --to, not both.</source>
        <translation>Укажите либо --case, либо --from и --to, но не то и другое одновременно.</translation>
    </message>
    <message>
        <source>audit extract needs an https:// --server, a --user and an --out file.</source>
        <translation>Для audit extract нужны --server с адресом https://, --user и файл --out.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entry(ies) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>В «%1» выгружено записей аудита: %n.</numerusform>
            <numerusform>В «%1» выгружено записей аудита: %n.</numerusform>
            <numerusform>В «%1» выгружено записей аудита: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>an inspector&apos;s audit extract of a case or a period</source>
        <translation>выписка из журнала аудита по делу или за период для проверяющего</translation>
    </message>
</context>
<context>
    <name>Kezek::Domain</name>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>Returned to applicant</source>
        <translation>Возвращено заявителю</translation>
    </message>
    <message>
        <source>Deleted (not reworked)</source>
        <translation>Удалено (не доработано)</translation>
    </message>
    <message>
        <source>Registered, checks</source>
        <translation>Зарегистрировано, проверки</translation>
    </message>
    <message>
        <source>With NSC</source>
        <translation>На согласовании в КНБ</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Ожидает решения</translation>
    </message>
    <message>
        <source>Awaiting arrival</source>
        <translation>Ожидается прибытие</translation>
    </message>
    <message>
        <source>Preliminarily refused</source>
        <translation>Предварительно отказано</translation>
    </message>
    <message>
        <source>Approval annulled</source>
        <translation>Одобрение аннулировано</translation>
    </message>
    <message>
        <source>At the CSC</source>
        <translation>В ЦОН</translation>
    </message>
    <message>
        <source>Final application registered</source>
        <translation>Окончательное заявление зарегистрировано</translation>
    </message>
    <message>
        <source>Originals in courier</source>
        <translation>Подлинники у курьера</translation>
    </message>
    <message>
        <source>Final verification</source>
        <translation>Окончательная проверка</translation>
    </message>
    <message>
        <source>Permit granted</source>
        <translation>РПП выдано</translation>
    </message>
    <message>
        <source>Permit refused</source>
        <translation>В выдаче РПП отказано</translation>
    </message>
    <message>
        <source>Residence permit issued</source>
        <translation>Вид на жительство выдан</translation>
    </message>
    <message>
        <source>Integrated data bank (special records)</source>
        <translation>Интегрированный банк данных (специальные учёты)</translation>
    </message>
    <message>
        <source>Criminal records</source>
        <translation>Криминалистические учёты</translation>
    </message>
    <message>
        <source>State border crossing (Berkut)</source>
        <translation>Пересечение государственной границы («Беркут»)</translation>
    </message>
    <message>
        <source>Fingerprint registration (AFIS)</source>
        <translation>Дактилоскопическая регистрация (АДИС)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the documents of this stage.</source>
        <translation>Документ «%1» не входит в перечень документов этого этапа.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been submitted, so it cannot be verified.</source>
        <translation>Документ «%1» не представлен, поэтому его нельзя проверить.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails its automatic checks: %2</source>
        <translation>Документ «%1» не прошёл автоматические проверки: %2</translation>
    </message>
    <message>
        <source>A rejected document needs a reason the applicant can act on.</source>
        <translation>Для отклонённого документа нужно указать причину, которую заявитель может устранить.</translation>
    </message>
    <message>
        <source>Admission to the interview</source>
        <translation>Допуск к собеседованию</translation>
    </message>
    <message>
        <source>Registration in the migration police system</source>
        <translation>Регистрация в ИС миграционной полиции</translation>
    </message>
    <message>
        <source>Applicant&apos;s rework</source>
        <translation>Доработка заявителем</translation>
    </message>
    <message>
        <source>NSC approval</source>
        <translation>Согласование КНБ</translation>
    </message>
    <message>
        <source>Review and decision</source>
        <translation>Рассмотрение и решение</translation>
    </message>
    <message>
        <source>Preliminary approval validity</source>
        <translation>Срок действия предварительного одобрения</translation>
    </message>
    <message>
        <source>CSC comparison and registration</source>
        <translation>Сверка и регистрация в ЦОН</translation>
    </message>
    <message>
        <source>Final verification of originals</source>
        <translation>Окончательная проверка подлинников</translation>
    </message>
    <message>
        <source>Re-application ban</source>
        <translation>Запрет повторной подачи заявления</translation>
    </message>
    <message>
        <source>The clock &quot;%1&quot; cannot be paused on %2.</source>
        <translation>Отсчёт срока «%1» нельзя приостановить на дату %2.</translation>
    </message>
    <message>
        <source>The clock &quot;%1&quot; is not paused, or not before %2.</source>
        <translation>Отсчёт срока «%1» не приостановлен или приостановлен позднее %2.</translation>
    </message>
    <message>
        <source>The clock &quot;%1&quot; cannot be stopped on %2.</source>
        <translation>Отсчёт срока «%1» нельзя завершить на дату %2.</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Иностранный паспорт</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Диплом</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Портфолио</translation>
    </message>
    <message>
        <source>Photo 35×45 mm</source>
        <translation>Фотография 35×45 мм</translation>
    </message>
    <message>
        <source>Professional development certificate</source>
        <translation>Сертификат о повышении квалификации</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Motivation letter</source>
        <translation>Мотивационное письмо</translation>
    </message>
    <message>
        <source>Citizenship and criminal record document</source>
        <translation>Документ о гражданстве и судимости</translation>
    </message>
    <message>
        <source>Ministry petition</source>
        <translation>Ходатайство министерства</translation>
    </message>
    <message>
        <source>Application questionnaire</source>
        <translation>Заявление-анкета</translation>
    </message>
    <message>
        <source>State duty payment</source>
        <translation>Оплата государственной пошлины</translation>
    </message>
    <message>
        <source>Medical certificate 028/у</source>
        <translation>Медицинская справка формы 028/у</translation>
    </message>
    <message>
        <source>Fingerprinting certificate</source>
        <translation>Справка о прохождении дактилоскопии</translation>
    </message>
    <message>
        <source>Housing contract</source>
        <translation>Договор о предоставлении жилища</translation>
    </message>
    <message>
        <source>Permanent residence permit notice</source>
        <translation>Уведомление о выдаче разрешения на постоянное жительство</translation>
    </message>
    <message>
        <source>Residence permit duty receipt</source>
        <translation>Квитанция об оплате государственной пошлины за вид на жительство</translation>
    </message>
    <message>
        <source>Compare the original passport with the copy: photo, data page, signs of forgery.</source>
        <translation>Сверьте подлинник паспорта с копией: фотография, страница с данными, признаки подделки.</translation>
    </message>
    <message>
        <source>Check that the copy shows the whole data page legibly.</source>
        <translation>Убедитесь, что на копии страница с данными видна полностью и разборчиво.</translation>
    </message>
    <message>
        <source>Check that the photo is a recent portrait on a plain background.</source>
        <translation>Убедитесь, что фотография — недавний портретный снимок на однотонном фоне.</translation>
    </message>
    <message>
        <source>Check that the petition names the applicant and is signed by the Ministry with EDS.</source>
        <translation>Убедитесь, что в ходатайстве указан заявитель и оно подписано ЭЦП министерства.</translation>
    </message>
    <message>
        <source>Check that the competent body of the country of residence issued it and that it covers citizenship and criminal record.</source>
        <translation>Убедитесь, что документ выдан компетентным органом государства проживания и содержит сведения о гражданстве и судимости.</translation>
    </message>
    <message>
        <source>Check that the certificate finds no disease barring entry.</source>
        <translation>Убедитесь, что справка не выявила заболеваний, препятствующих въезду.</translation>
    </message>
    <message>
        <source>Check that the migration office of the place of residence issued it.</source>
        <translation>Убедитесь, что справка выдана подразделением миграционной службы по месту жительства.</translation>
    </message>
    <message>
        <source>Check the notary&apos;s certification and the address.</source>
        <translation>Проверьте нотариальное удостоверение и адрес.</translation>
    </message>
    <message>
        <source>Check that the notice is the applicant&apos;s granted permit.</source>
        <translation>Убедитесь, что уведомление относится к разрешению на постоянное жительство, выданному этому заявителю.</translation>
    </message>
    <message>
        <source>Check that the document is the applicant&apos;s, complete and legible.</source>
        <translation>Убедитесь, что документ принадлежит заявителю, полон и разборчив.</translation>
    </message>
    <message>
        <source>The passport&apos;s expiry date is not recorded.</source>
        <translation>Дата окончания срока действия паспорта не указана.</translation>
    </message>
    <message>
        <source>The passport expires on %1; it must be valid after %2, more than %3 calendar days after the application date %4.</source>
        <translation>Срок действия паспорта истекает %1; паспорт должен действовать и после %2, то есть более %3 календарных дней с даты подачи заявления %4.</translation>
    </message>
    <message>
        <source>The passport is not valid on %1.</source>
        <translation>Паспорт недействителен на %1.</translation>
    </message>
    <message>
        <source>The passport&apos;s machine-readable zone has not been entered.</source>
        <translation>Машиночитаемая зона (MRZ) паспорта не введена.</translation>
    </message>
    <message>
        <source>The passport differs from the application in: %1.</source>
        <translation>Данные паспорта расходятся с заявлением по полям: %1.</translation>
    </message>
    <message>
        <source>The IIN gives the birth date %1, the passport %2.</source>
        <translation>По ИИН дата рождения — %1, по паспорту — %2.</translation>
    </message>
    <message>
        <source>The IIN and the passport give different sexes.</source>
        <translation>В ИИН и паспорте указан разный пол.</translation>
    </message>
    <message>
        <source>The photo&apos;s size in pixels is not known.</source>
        <translation>Размер фотографии в пикселях неизвестен.</translation>
    </message>
    <message>
        <source>The photo is %1×%2 pixels; a 35×45 mm photo has the aspect 7:9 (for this height, about %3 pixels wide).</source>
        <translation>Размер фотографии — %1×%2 пикс.; у фотографии 35×45 мм соотношение сторон 7:9 (при такой высоте ширина около %3 пикс.).</translation>
    </message>
    <message>
        <source>The housing contract is not notarized.</source>
        <translation>Договор о предоставлении жилища не удостоверен нотариально.</translation>
    </message>
    <message>
        <source>The housing contract&apos;s term is not recorded.</source>
        <translation>Срок договора о предоставлении жилища не указан.</translation>
    </message>
    <message>
        <source>The housing contract runs %1 days (%2 to %3); it must run at least %4 calendar days.</source>
        <translation>Договор о предоставлении жилища действует %1 дн. (с %2 по %3); срок должен составлять не менее %4 календарных дней.</translation>
    </message>
    <message>
        <source>The housing contract is not in force on the application date %1.</source>
        <translation>Договор о предоставлении жилища не действует на дату подачи заявления %1.</translation>
    </message>
    <message>
        <source>The document was issued abroad and is neither legalized by a consul nor apostilled (§28).</source>
        <translation type="vanished">Документ выдан за рубежом, но не легализован консулом и не апостилирован (§28).</translation>
    </message>
    <message>
        <source>The questionnaire is not signed with the applicant&apos;s EDS.</source>
        <translation>Заявление-анкета не подписано ЭЦП заявителя.</translation>
    </message>
    <message>
        <source>The state duty has not been paid through the eGov payment gateway.</source>
        <translation>Государственная пошлина не оплачена через платёжный шлюз eGov.</translation>
    </message>
    <message>
        <source>The medical certificate must be on form 028/у; it is &quot;%1&quot;.</source>
        <translation>Медицинская справка должна быть по форме 028/у; представлена «%1».</translation>
    </message>
    <message>
        <source>Unknown check.</source>
        <translation>Неизвестная проверка.</translation>
    </message>
    <message>
        <source>An IIN has 12 digits; this one has %1 characters.</source>
        <translation>ИИН состоит из 12 цифр; в этом ИИН символов: %1.</translation>
    </message>
    <message>
        <source>An IIN is made of digits only; character %1 is &quot;%2&quot;.</source>
        <translation>ИИН состоит только из цифр; символ № %1 — «%2».</translation>
    </message>
    <message>
        <source>Digit 7 of an IIN gives the century and sex and must be 1 to 6; it is %1.</source>
        <translation>7-я цифра ИИН обозначает век и пол и должна быть от 1 до 6; указано %1.</translation>
    </message>
    <message>
        <source>Digits 1-6 of the IIN do not form a real birth date (%1-%2-%3).</source>
        <translation>Цифры 1-6 ИИН не образуют существующую дату рождения (%1-%2-%3).</translation>
    </message>
    <message>
        <source>This IIN cannot be valid: both weightings of its check digit give 10.</source>
        <translation>Этот ИИН не может быть действительным: при обоих наборах весов контрольная цифра равна 10.</translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit is %1, but its other digits require %2.</source>
        <translation>Контрольная цифра ИИН — %1, но по остальным цифрам она должна быть %2.</translation>
    </message>
    <message>
        <source>Each line of a passport MRZ has 44 characters; line %1 has %2.</source>
        <translation>Каждая строка MRZ паспорта содержит 44 символа; в строке %1 символов: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the MRZ has the character &quot;%2&quot;, which an MRZ cannot hold (only A-Z, 0-9 and &lt;).</source>
        <translation>Строка %1 MRZ содержит символ «%2», недопустимый в MRZ (только A-Z, 0-9 and &lt;).</translation>
    </message>
    <message>
        <source>The MRZ is not a passport&apos;s: its first character is &quot;%1&quot;, not &quot;P&quot;.</source>
        <translation>Это MRZ не паспорта: первый символ — «%1», а не «P».</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>дата окончания срока действия</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>личный номер</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>составная проверка</translation>
    </message>
    <message>
        <source>The MRZ check digit does not match for: %1.</source>
        <translation>Контрольная цифра MRZ не совпадает для полей: %1.</translation>
    </message>
    <message>
        <source>The MRZ birth date &quot;%1&quot; is not a real date.</source>
        <translation>Дата рождения в MRZ «%1» не является существующей датой.</translation>
    </message>
    <message>
        <source>The MRZ expiry date &quot;%1&quot; is not a real date.</source>
        <translation>Дата окончания срока действия в MRZ «%1» не является существующей датой.</translation>
    </message>
    <message>
        <source>The MRZ sex field is &quot;%1&quot;; it must be M, F, X or &lt;.</source>
        <translation>Поле пола в MRZ содержит «%1»; допустимо только M, F, X or &lt;.</translation>
    </message>
    <message>
        <source>The reason catalog is not valid JSON: %1.</source>
        <translation>Справочник причин не является корректным JSON: %1.</translation>
    </message>
    <message>
        <source>The reason catalog entry &quot;%1&quot; has no unique code or lacks a text in Kazakh, Russian or English.</source>
        <translation>У записи «%1» справочника причин нет уникального кода или отсутствует текст на казахском, русском или английском языке.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; names an unknown use &quot;%2&quot;.</source>
        <translation>Для причины «%1» указана неизвестная область применения «%2».</translation>
    </message>
    <message>
        <source>A motivated decision needs at least one reason from the catalog.</source>
        <translation>Для мотивированного решения нужно указать хотя бы одну причину из справочника.</translation>
    </message>
    <message>
        <source>The reason code &quot;%1&quot; is not in the catalog.</source>
        <translation>Код причины «%1» отсутствует в справочнике.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; cannot be given for this decision.</source>
        <translation>Причину «%1» нельзя указать для этого решения.</translation>
    </message>
    <message>
        <source>Migration officer</source>
        <translation>Сотрудник миграционной службы</translation>
    </message>
    <message>
        <source>CSC operator</source>
        <translation>Оператор ЦОН</translation>
    </message>
    <message>
        <source>Ministry reviewer</source>
        <translation>Эксперт министерства</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Интеграция</translation>
    </message>
    <message>
        <source>Astana</source>
        <translation>Астана</translation>
    </message>
    <message>
        <source>Almaty</source>
        <translation>Алматы</translation>
    </message>
    <message>
        <source>These checks have not answered yet: %1.</source>
        <translation>По этим проверкам ещё нет ответа: %1.</translation>
    </message>
    <message>
        <source>These checks found a record, so the permit cannot be approved: %1.</source>
        <translation>Эти проверки выявили сведения в учётах, поэтому разрешение не может быть одобрено: %1.</translation>
    </message>
    <message>
        <source>Not every required document is verified: %1.</source>
        <translation>Не все обязательные документы проверены: %1.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Введите %1.</translation>
    </message>
    <message>
        <source>The five days to rework ended on %1; the application is to be deleted (§12).</source>
        <translation>Пятидневный срок доработки истёк %1; заявление подлежит удалению (§12).</translation>
    </message>
    <message>
        <source>The resubmission still lacks: %1.</source>
        <translation>В повторно поданном заявлении по-прежнему отсутствуют: %1.</translation>
    </message>
    <message>
        <source>The applicant may rework until %1; the application cannot be deleted before.</source>
        <translation>Заявитель может доработать заявление до %1 включительно; до этого заявление удалить нельзя.</translation>
    </message>
    <message>
        <source>case number in the migration police system</source>
        <translation>номер дела в ИС миграционной полиции</translation>
    </message>
    <message>
        <source>The NSC answer (approved or not) is missing.</source>
        <translation>Не указан ответ КНБ (согласовано или нет).</translation>
    </message>
    <message>
        <source>NSC has not approved this permit, so it cannot be preliminarily approved.</source>
        <translation>КНБ не согласовал это разрешение, поэтому его нельзя предварительно одобрить.</translation>
    </message>
    <message>
        <source>preliminary permit number</source>
        <translation>номер предварительного разрешения</translation>
    </message>
    <message>
        <source>The preliminary approval is valid until %1; it cannot be annulled before.</source>
        <translation>Предварительное одобрение действует до %1 включительно; до этого его нельзя аннулировать.</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed on %1 (30 calendar days, §19).</source>
        <translation>Срок действия предварительного одобрения истёк %1 (30 календарных дней, §19).</translation>
    </message>
    <message>
        <source>The preliminary permit number &quot;%1&quot; is not this case&apos;s.</source>
        <translation>Номер предварительного разрешения «%1» не относится к этому делу.</translation>
    </message>
    <message>
        <source>courier tracking number</source>
        <translation>трек-номер курьерского отправления</translation>
    </message>
    <message>
        <source>residence permit number</source>
        <translation>номер вида на жительство</translation>
    </message>
    <message>
        <source>This case belongs to %1; your office cannot act on it.</source>
        <translation>Это дело относится к городу %1; ваше подразделение не может с ним работать.</translation>
    </message>
    <message>
        <source>Receive application</source>
        <translation>Принять заявление</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Resubmit after rework</source>
        <translation>Повторно подать после доработки</translation>
    </message>
    <message>
        <source>Delete application (not reworked)</source>
        <translation>Удалить заявление (не доработано)</translation>
    </message>
    <message>
        <source>Register in the migration police system</source>
        <translation>Зарегистрировать в ИС миграционной полиции</translation>
    </message>
    <message>
        <source>Send to NSC through Berkut</source>
        <translation>Направить в КНБ через «Беркут»</translation>
    </message>
    <message>
        <source>Record the NSC answer</source>
        <translation>Внести ответ КНБ</translation>
    </message>
    <message>
        <source>Approve preliminarily</source>
        <translation>Предварительно одобрить</translation>
    </message>
    <message>
        <source>Refuse preliminarily</source>
        <translation>Предварительно отказать</translation>
    </message>
    <message>
        <source>Annul the preliminary approval</source>
        <translation>Аннулировать предварительное одобрение</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s visit</source>
        <translation>Зафиксировать явку заявителя</translation>
    </message>
    <message>
        <source>Decline the final application</source>
        <translation>Отказать в приёме окончательного заявления</translation>
    </message>
    <message>
        <source>Register the final application</source>
        <translation>Зарегистрировать окончательное заявление</translation>
    </message>
    <message>
        <source>Send originals by courier</source>
        <translation>Отправить подлинники курьером</translation>
    </message>
    <message>
        <source>Receive the originals</source>
        <translation>Принять подлинники</translation>
    </message>
    <message>
        <source>Grant the permit</source>
        <translation>Выдать РПП</translation>
    </message>
    <message>
        <source>Refuse the permit</source>
        <translation>Отказать в выдаче РПП</translation>
    </message>
    <message>
        <source>Record the residence permit issued</source>
        <translation>Зафиксировать выдачу вида на жительство</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; cannot &quot;%2&quot;.</source>
        <translation>Роль «%1» не может выполнить действие «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the case is &quot;%2&quot;.</source>
        <translation>Действие «%1» невозможно, пока дело в статусе «%2».</translation>
    </message>
    <message>
        <source>A new application is received, not applied to a case.</source>
        <translation>Новое заявление принимается как новое дело, а не применяется к существующему.</translation>
    </message>
    <message>
        <source>The date of the step is missing.</source>
        <translation>Не указана дата выполнения шага.</translation>
    </message>
    <message>
        <source>Applications arrive only through the eGov integration.</source>
        <translation>Заявления поступают только через интеграцию с eGov.</translation>
    </message>
    <message>
        <source>The application has no identifier or number.</source>
        <translation>У заявления нет идентификатора или номера.</translation>
    </message>
    <message>
        <source>The applicant may not apply again until after %1 (§19, §24).</source>
        <translation>Заявитель может подать заявление повторно только после %1 (§19, §24).</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; cannot change this checklist while the case is &quot;%2&quot;.</source>
        <translation>Роль «%1» не может изменять этот проверочный лист, пока дело в статусе «%2».</translation>
    </message>
    <message>
        <source>Only the integrations or a migration officer record check results.</source>
        <translation>Результаты проверок вносят только интеграции или сотрудник миграционной службы.</translation>
    </message>
    <message>
        <source>No record checks are expected while the case is &quot;%1&quot;.</source>
        <translation>Пока дело в статусе «%1», проверки по учётам не предусмотрены.</translation>
    </message>
    <message>
        <source>A check result is either clear or a record found.</source>
        <translation>Результат проверки может быть только «сведений нет» или «сведения выявлены».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Поле «%1» отсутствует.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has the wrong type.</source>
        <translation>Поле «%1» имеет неверный тип.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not known.</source>
        <translation>Поле «%1» неизвестно.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an impossible value &quot;%2&quot;.</source>
        <translation>Поле «%1» содержит недопустимое значение «%2».</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>A command&apos;s id must be a UUID made by the workstation; &quot;%1&quot; is not.</source>
        <translation>Идентификатор команды должен быть UUID, созданным рабочим местом; «%1» им не является.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command Kezek knows.</source>
        <translation>«%1» — неизвестная Kezek команда.</translation>
    </message>
    <message>
        <source>The signature is not base64.</source>
        <translation>Подпись не в формате base64.</translation>
    </message>
    <message>
        <source>Only the migration police system (КҚП АЖ) gives case numbers.</source>
        <translation>Номер дела присваивает только система миграционной полиции (АИС КҚП).</translation>
    </message>
    <message>
        <source>A case number is given before registration, not while the case is &quot;%1&quot;.</source>
        <translation>Номер дела присваивается до регистрации, а не когда дело в состоянии «%1».</translation>
    </message>
    <message>
        <source>Only the courier service reports where the originals are.</source>
        <translation>О местонахождении оригиналов сообщает только курьерская служба.</translation>
    </message>
    <message>
        <source>The originals are not with the courier while the case is &quot;%1&quot;.</source>
        <translation>Пока дело в состоянии «%1», оригиналы не у курьера.</translation>
    </message>
    <message>
        <source>The tracking number &quot;%1&quot; is not this case&apos;s (&quot;%2&quot;).</source>
        <translation>Трек-номер «%1» не относится к этому делу («%2»).</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не представлено</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Соблюдён</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>New applications (registration due)</source>
        <translation>Новые заявления (ожидают регистрации)</translation>
    </message>
    <message>
        <source>Record checks</source>
        <translation>Проверки по учётам</translation>
    </message>
    <message>
        <source>Returned to the applicant</source>
        <translation>Возвращённые заявителю</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Явка заявителей</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сверка</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Курьерская отправка</translation>
    </message>
    <message>
        <source>Residence permits</source>
        <translation>Виды на жительство</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <source>valid 180 days after the application</source>
        <translation>действует 180 дней после заявления</translation>
    </message>
    <message>
        <source>not expired</source>
        <translation>срок не истёк</translation>
    </message>
    <message>
        <source>MRZ check digits</source>
        <translation>контрольные цифры MRZ</translation>
    </message>
    <message>
        <source>MRZ matches the application</source>
        <translation>MRZ совпадает с заявлением</translation>
    </message>
    <message>
        <source>IIN matches the passport</source>
        <translation>ИИН совпадает с паспортом</translation>
    </message>
    <message>
        <source>35×45 mm</source>
        <translation>35×45 мм</translation>
    </message>
    <message>
        <source>notarized, 180 days, in force</source>
        <translation>нотариально заверен, 180 дней, действует</translation>
    </message>
    <message>
        <source>legalized or apostilled</source>
        <translation>легализован или апостилирован</translation>
    </message>
    <message>
        <source>signed with the applicant&apos;s EDS</source>
        <translation>подписано ЭЦП заявителя</translation>
    </message>
    <message>
        <source>paid through eGov</source>
        <translation>оплачено через eGov</translation>
    </message>
    <message>
        <source>form 028/у</source>
        <translation>форма 028/у</translation>
    </message>
    <message>
        <source>Migration Service Department, %1</source>
        <translation>Управление миграционной службы, %1</translation>
    </message>
    <message>
        <source>To %1 %2, passport %3; application %4 of %5</source>
        <translation>Кому: %1 %2, паспорт %3; заявление %4 от %5</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Причины:</translation>
    </message>
    <message>
        <source>Your application is returned for rework</source>
        <translation>Ваше заявление возвращено на доработку</translation>
    </message>
    <message>
        <source>The migration service reviewed your electronic application for a permanent residence permit as a digital nomad. It does not yet comply with the order (§12), for the reasons below.</source>
        <translation>Миграционная служба рассмотрела ваше электронное заявление на разрешение на постоянное жительство в качестве цифрового кочевника. По указанным ниже причинам оно пока не соответствует требованиям приказа (§12).</translation>
    </message>
    <message>
        <source>Remove the reasons and send the application again by %1 (5 calendar days). Otherwise the application is deleted; it can be considered again once the documents comply.</source>
        <translation>Устраните причины и направьте заявление повторно до %1 (5 календарных дней). В противном случае заявление удаляется; его можно будет рассмотреть снова, когда документы будут соответствовать требованиям.</translation>
    </message>
    <message>
        <source>Documents to correct:</source>
        <translation>Документы для исправления:</translation>
    </message>
    <message>
        <source>Your application is deleted</source>
        <translation>Ваше заявление удалено</translation>
    </message>
    <message>
        <source>The reasons given on return were not removed within 5 calendar days, so the electronic application is deleted (§12). You may apply again once the documents comply.</source>
        <translation>Причины, указанные при возврате, не были устранены в течение 5 календарных дней, поэтому электронное заявление удалено (§12). Вы можете подать заявление снова, когда документы будут соответствовать требованиям.</translation>
    </message>
    <message>
        <source>Preliminary approval of a permanent residence permit</source>
        <translation>Предварительное одобрение разрешения на постоянное жительство</translation>
    </message>
    <message>
        <source>A permanent residence permit as a digital nomad is preliminarily approved for you (§17-19). Preliminary permit number: %1.</source>
        <translation>Вам предварительно одобрено разрешение на постоянное жительство в качестве цифрового кочевника (§17-19). Номер предварительного разрешения: %1.</translation>
    </message>
    <message>
        <source>This notice is valid for 30 calendar days, until %1. Within that time arrive in Kazakhstan and apply at a Public Service Center with the preliminary permit number; otherwise the decision is annulled and a new application is possible only after one year.</source>
        <translation>Настоящее уведомление действительно 30 календарных дней, до %1. В этот срок прибудьте в Казахстан и обратитесь в центр обслуживания населения с номером предварительного разрешения; в противном случае решение аннулируется, а новое заявление можно подать только через год.</translation>
    </message>
    <message>
        <source>Bring after arrival:</source>
        <translation>Представить после прибытия:</translation>
    </message>
    <message>
        <source>Refusal of a permanent residence permit</source>
        <translation>Отказ в разрешении на постоянное жительство</translation>
    </message>
    <message>
        <source>Your application for a permanent residence permit as a digital nomad is refused (§19), for the reasons below.</source>
        <translation>В вашем заявлении на разрешение на постоянное жительство в качестве цифрового кочевника отказано (§19) по указанным ниже причинам.</translation>
    </message>
    <message>
        <source>A new application is possible one year after this decision, from %1.</source>
        <translation>Новое заявление можно подать через год после этого решения, начиная с %1.</translation>
    </message>
    <message>
        <source>The preliminary approval is annulled</source>
        <translation>Предварительное одобрение аннулировано</translation>
    </message>
    <message>
        <source>You did not arrive and apply to the migration service within 30 calendar days of the preliminary approval, so it is annulled (§19). A new application is possible from %1.</source>
        <translation>Вы не прибыли и не обратились в миграционную службу в течение 30 календарных дней после предварительного одобрения, поэтому оно аннулировано (§19). Новое заявление можно подать начиная с %1.</translation>
    </message>
    <message>
        <source>The Public Service Center could not accept your application</source>
        <translation>Центр обслуживания населения не смог принять ваше заявление</translation>
    </message>
    <message>
        <source>The documents you brought do not match the application or the order (§20-21), for the reasons below. Bring the documents in order while the preliminary approval is valid.</source>
        <translation>Представленные вами документы не соответствуют заявлению или приказу (§20-21) по указанным ниже причинам. Принесите документы в надлежащем виде, пока действует предварительное одобрение.</translation>
    </message>
    <message>
        <source>A permanent residence permit is granted</source>
        <translation>Разрешение на постоянное жительство выдано</translation>
    </message>
    <message>
        <source>A permanent residence permit as a digital nomad is granted to you (§22-23). Permit number: %1.</source>
        <translation>Вам выдано разрешение на постоянное жительство в качестве цифрового кочевника (§22-23). Номер разрешения: %1.</translation>
    </message>
    <message>
        <source>For registration and a residence permit, come to a Public Service Center with your valid passport, this notice and the receipt for the residence-permit state duty (§26).</source>
        <translation>Для регистрации и получения вида на жительство обратитесь в центр обслуживания населения с действительным паспортом, настоящим уведомлением и квитанцией об оплате государственной пошлины за вид на жительство (§26).</translation>
    </message>
    <message>
        <source>After comparing your original documents and the checks, your application is refused (§22, §24), for the reasons below.</source>
        <translation>После сверки оригиналов документов и проверок в вашем заявлении отказано (§22, §24) по указанным ниже причинам.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">Просроченные</translation>
    </message>
    <message>
        <source>The law&apos;s data is not whole: it needs a version, a calendar and the reasons.</source>
        <translation type="vanished">Данные закона неполны: нужны версия, календарь и причины.</translation>
    </message>
    <message>
        <source>Petitions: under review</source>
        <translation>Ходатайства: на рассмотрении</translation>
    </message>
    <message>
        <source>Petitions: preliminarily approved</source>
        <translation>Ходатайства: предварительно одобрены</translation>
    </message>
    <message>
        <source>Petitions: permit granted</source>
        <translation>Ходатайства: разрешение выдано</translation>
    </message>
    <message>
        <source>Petitions: refused or lapsed</source>
        <translation type="vanished">Ходатайства: отказано или утратили силу</translation>
    </message>
    <message>
        <source>Only a supervisor gives a case to someone else.</source>
        <translation>Передать дело другому сотруднику может только руководитель.</translation>
    </message>
    <message>
        <source>%1 cannot work this case: it goes to a migration officer or a CSC operator of %2.</source>
        <translation>%1 не может работать с этим делом: оно передаётся сотруднику миграционной службы или оператору ЦОН города %2.</translation>
    </message>
    <message>
        <source>A scan is named by the SHA-256 of its bytes, in lower-case hex.</source>
        <translation>Скан называется по SHA-256 своих байтов, в шестнадцатеричном виде строчными буквами.</translation>
    </message>
    <message>
        <source> A new application is possible only after %1 (§19, §24).</source>
        <translation> Новое заявление возможно только после %1 (§19, §24).</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed on %1: the applicant did not come within 30 calendar days (§19).</source>
        <translation>Предварительное одобрение истекло %1: заявитель не явился в течение 30 календарных дней (§19).</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed unused and was annulled (§19).</source>
        <translation>Предварительное одобрение истекло неиспользованным и аннулировано (§19).</translation>
    </message>
    <message>
        <source>The application was refused on %1.</source>
        <translation>В заявлении отказано %1.</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals are with the migration department.</source>
        <translation type="vanished">Окончательное заявление зарегистрировано %1; подлинники находятся в миграционном подразделении.</translation>
    </message>
    <message>
        <source>The permit was granted on %1: this is the residence permit desk&apos;s case (§25-26).</source>
        <translation>Разрешение выдано %1: это дело стола выдачи вида на жительство (§25-26).</translation>
    </message>
    <message>
        <source>The application has no preliminary approval: it is &quot;%1&quot;.</source>
        <translation>У заявления нет предварительного одобрения: его состояние «%1».</translation>
    </message>
    <message>
        <source>the preliminary documents</source>
        <translation>в документах для предварительного одобрения</translation>
    </message>
    <message>
        <source>the CSC comparison</source>
        <translation>в сверке в ЦОН</translation>
    </message>
    <message>
        <source>the verification of originals</source>
        <translation>в проверке подлинников</translation>
    </message>
    <message>
        <source>the residence permit desk</source>
        <translation>при выдаче вида на жительство</translation>
    </message>
    <message>
        <source>Look at the case as it is now, then make the step again or discard it.</source>
        <translation>Посмотрите дело в его нынешнем виде, затем повторите шаг или удалите его.</translation>
    </message>
    <message>
        <source>the case&apos;s stage</source>
        <translation>этап дела</translation>
    </message>
    <message>
        <source>the document “%1” in %2</source>
        <translation>документ «%1» (%2)</translation>
    </message>
    <message>
        <source>the check “%1” at final verification</source>
        <translation>проверка «%1» при окончательной проверке</translation>
    </message>
    <message>
        <source>the check “%1” before the preliminary decision</source>
        <translation>проверка «%1» до предварительного решения</translation>
    </message>
    <message>
        <source>the deadline “%1”</source>
        <translation>срок «%1»</translation>
    </message>
    <message>
        <source>the case number in the migration police system</source>
        <translation>номер дела в ИС «Миграционная полиция»</translation>
    </message>
    <message>
        <source>the courier&apos;s envelope of originals</source>
        <translation>курьерское отправление с подлинниками</translation>
    </message>
    <message>
        <source>the NSC answer</source>
        <translation>ответ КНБ</translation>
    </message>
    <message>
        <source>the decisions on the case</source>
        <translation>решения по делу</translation>
    </message>
    <message>
        <source>the applicant&apos;s details</source>
        <translation>данные услугополучателя</translation>
    </message>
    <message>
        <source>the preliminary permit</source>
        <translation>предварительное одобрение</translation>
    </message>
    <message>
        <source>the applicant&apos;s visit to the CSC</source>
        <translation>обращение услугополучателя в ЦОН</translation>
    </message>
    <message>
        <source>the residence permit number</source>
        <translation>номер вида на жительство</translation>
    </message>
    <message>
        <source>the application date</source>
        <translation>дата подачи заявления</translation>
    </message>
    <message>
        <source>Work on a document</source>
        <translation>Работа с документом</translation>
    </message>
    <message>
        <source>A record check&apos;s answer</source>
        <translation>Ответ проверки по учётам</translation>
    </message>
    <message>
        <source>The migration police system&apos;s case number</source>
        <translation>Номер дела из ИС «Миграционная полиция»</translation>
    </message>
    <message>
        <source>The courier&apos;s report</source>
        <translation>Сообщение курьера</translation>
    </message>
    <message>
        <source>A change with no record of its command</source>
        <translation>Изменение без записи о команде</translation>
    </message>
    <message>
        <source>%1, %2 UTC — %3</source>
        <translation>%1, %2 UTC — %3</translation>
    </message>
    <message>
        <source>%1, %2 UTC — %3: %4</source>
        <translation>%1, %2 UTC — %3: %4</translation>
    </message>
    <message>
        <source>Case %1 changed after version %2 in a way the server has no record of (version %3). %4</source>
        <translation>Дело %1 изменилось после версии %2 так, что на сервере нет записи об этом (версия %3). %4</translation>
    </message>
    <message>
        <source>Case %1 was changed since you made this step, where the step relies on it: %2. %3</source>
        <translation>После того как вы сделали этот шаг, дело %1 изменилось там, на что шаг опирается: %2. %3</translation>
    </message>
    <message>
        <source>%1 The case was changed since you made this step: %2. %3</source>
        <translation>%1 После того как вы сделали этот шаг, дело изменилось: %2. %3</translation>
    </message>
    <message>
        <source>the courier&apos;s reports on the envelope</source>
        <translation>сообщения курьера об отправлении</translation>
    </message>
    <message>
        <source>the applicant&apos;s arrival in Kazakhstan</source>
        <translation>въезд услугополучателя в Казахстан</translation>
    </message>
    <message>
        <source>the applicant&apos;s fingerprinting</source>
        <translation>дактилоскопическая регистрация услугополучателя</translation>
    </message>
    <message>
        <source>Arrival in Kazakhstan (Berkut)</source>
        <translation>Въезд в Казахстан (Беркут)</translation>
    </message>
    <message>
        <source>Fingerprinting at the migration office</source>
        <translation>Дактилоскопическая регистрация в миграционной службе</translation>
    </message>
    <message>
        <source>Only the border service and the migration office report this.</source>
        <translation>Об этом сообщают только пограничная служба и миграционная служба.</translation>
    </message>
    <message>
        <source>Nothing of the applicant&apos;s arrival is recorded while the case is &quot;%1&quot;.</source>
        <translation>Пока дело в состоянии «%1», о въезде услугополучателя ничего не записывается.</translation>
    </message>
    <message>
        <source>The date %1 is impossible here: it must fall between the preliminary approval (%2) and today (%3).</source>
        <translation>Дата %1 здесь невозможна: она должна быть между предварительным одобрением (%2) и сегодняшним днём (%3).</translation>
    </message>
    <message>
        <source>the notices to the applicant</source>
        <translation>уведомления услугополучателю</translation>
    </message>
    <message>
        <source>A notice reached the applicant&apos;s eGov cabinet</source>
        <translation>Уведомление дошло до личного кабинета услугополучателя на портале «электронного правительства»</translation>
    </message>
    <message>
        <source>Only the eGov cabinet&apos;s delivery reports a notice received.</source>
        <translation>О получении уведомления сообщает только доставка в личный кабинет на портале «электронного правительства».</translation>
    </message>
    <message>
        <source>Case %1 has no undelivered notice of this kind.</source>
        <translation>В деле %1 нет недоставленного уведомления такого вида.</translation>
    </message>
    <message>
        <source>A notice of %1 cannot have been received on %2.</source>
        <translation>Уведомление от %1 не могло быть получено %2.</translation>
    </message>
    <message>
        <source>the act names no moment it was made</source>
        <translation>в действии не указан момент его совершения</translation>
    </message>
    <message>
        <source>This step says it was made at %1, after the server received it (%2). Check the computer&apos;s clock and make it again.</source>
        <translation>Этот шаг указывает, что сделан в %1, позже, чем сервер его получил (%2). Проверьте часы компьютера и повторите шаг.</translation>
    </message>
    <message>
        <source>This step says it was made at %1, before the step it was made on (%2). Check the computer&apos;s clock and make it again.</source>
        <translation>Этот шаг указывает, что сделан в %1, раньше шага, на котором он основан (%2). Проверьте часы компьютера и повторите шаг.</translation>
    </message>
    <message>
        <source>made at %1, more than %2 hours before it reached the server</source>
        <translation>сделано в %1, более чем за %2 ч до поступления на сервер</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment in ISO 8601 with its time zone.</source>
        <translation>«%1» — не момент времени в ISO 8601 с часовым поясом.</translation>
    </message>
    <message>
        <source>The application says it was filed on %1, after today (%2).</source>
        <translation>В заявлении указано, что оно подано %1, позже сегодняшнего дня (%2).</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Отозвано заявителем</translation>
    </message>
    <message>
        <source>Your application is withdrawn</source>
        <translation>Ваше заявление отозвано</translation>
    </message>
    <message>
        <source>As you asked through eGov, your application for a permanent residence permit as a digital nomad is withdrawn and its review has ended. The withdrawal does not bar a new application.</source>
        <translation>По вашей просьбе через eGov ваше заявление о выдаче разрешения на постоянное жительство в качестве цифрового кочевника отозвано, его рассмотрение прекращено. Отзыв не препятствует подаче нового заявления.</translation>
    </message>
    <message>
        <source>A decision on your application is revoked</source>
        <translation>Решение по вашему заявлению отменено</translation>
    </message>
    <message>
        <source>The decision on your application was made in error and is revoked by the head of the migration service department. The ban on a new application it set no longer applies, and the review of your application continues.</source>
        <translation>Решение по вашему заявлению принято ошибочно и отменено руководителем управления миграционной службы. Установленный им запрет на подачу нового заявления больше не действует, рассмотрение вашего заявления продолжается.</translation>
    </message>
    <message>
        <source>Your preliminary approval (number %1) is in force again until %2. Within that time arrive in Kazakhstan and apply to the migration service or at a Public Service Center with the preliminary permit number.</source>
        <translation>Ваше предварительное одобрение (номер %1) снова действует до %2. В этот срок прибудьте в Казахстан и обратитесь в миграционную службу или в Центр обслуживания населения с номером предварительного разрешения.</translation>
    </message>
    <message>
        <source>Petitions: refused, lapsed or withdrawn</source>
        <translation>Ходатайства: отказано, истёк срок или отозвано</translation>
    </message>
    <message>
        <source>The five days to rework ended on %1; the application is deleted, not withdrawn (§12).</source>
        <translation>Пять дней на доработку истекли %1; заявление удаляется, а не отзывается (§12).</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed on %1; it is annulled, not withdrawn (§19).</source>
        <translation>Срок предварительного одобрения истёк %1; оно аннулируется, а не отзывается (§19).</translation>
    </message>
    <message>
        <source>Write why the decision was made in error: a revocation is reasoned.</source>
        <translation>Напишите, почему решение принято ошибочно: отмена должна быть мотивирована.</translation>
    </message>
    <message>
        <source>Withdraw the application (applicant, eGov)</source>
        <translation>Отозвать заявление (заявитель, eGov)</translation>
    </message>
    <message>
        <source>Revoke the decision made in error</source>
        <translation>Отменить ошибочное решение</translation>
    </message>
    <message>
        <source>The applicant withdrew the application on %1.</source>
        <translation>Заявитель отозвал заявление %1.</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; was answered on %2 (%3); a correction needs a written reason.</source>
        <translation>На проверку «%1» ответ дан %2 (%3); для исправления нужна письменная причина.</translation>
    </message>
    <message>
        <source>The law&apos;s data is not whole: it needs a version, a calendar, the reasons and the legal basis.</source>
        <translation type="vanished">Данные закона неполны: нужны версия, календарь, причины и правовое основание.</translation>
    </message>
    <message>
        <source>The legal basis &quot;%1&quot; has an impossible %2 &quot;%3&quot;.</source>
        <translation>В правовом основании «%1» невозможное значение %2 «%3».</translation>
    </message>
    <message>
        <source>The legal basis is not a format 1 JSON file.</source>
        <translation>Правовое основание — не JSON-файл формата 1.</translation>
    </message>
    <message>
        <source>A legal basis needs an id of its own and a title in Kazakh, Russian and English (&quot;%1&quot;).</source>
        <translation>Правовому основанию нужен собственный идентификатор и название на казахском, русском и английском («%1»).</translation>
    </message>
    <message>
        <source>The legal basis &quot;%1&quot; ends on %2, before it takes effect on %3.</source>
        <translation>Правовое основание «%1» прекращается %2, раньше вступления в силу %3.</translation>
    </message>
    <message>
        <source>The legal basis &quot;%1&quot; extends &quot;%2&quot;, which comes nowhere before it in the file.</source>
        <translation>Правовое основание «%1» продлевает «%2», которого нет в файле перед ним.</translation>
    </message>
    <message>
        <source>The legal basis file names no instrument.</source>
        <translation>В файле правового основания не названо ни одного акта.</translation>
    </message>
    <message>
        <source>The document was issued abroad and is neither legalized by a consul nor apostilled (§10(4), §28).</source>
        <translation>Документ выдан за рубежом и не легализован консулом и не апостилирован (§10(4), §28).</translation>
    </message>
    <message>
        <source>Record the state that issued the document: an apostille replaces legalization only for a party to the Hague Convention (§28).</source>
        <translation>Укажите государство, выдавшее документ: апостиль заменяет легализацию только для участника Гаагской конвенции (§28).</translation>
    </message>
    <message>
        <source>Record the state that issued the document: only a treaty with that state exempts it from legalization (§28).</source>
        <translation>Укажите государство, выдавшее документ: от легализации освобождает только договор с этим государством (§28).</translation>
    </message>
    <message>
        <source>%1 is not a party to the Hague Apostille Convention for Kazakhstan: the document needs consular legalization (§10(4), §28).</source>
        <translation>%1 не является для Казахстана участником Гаагской конвенции об апостиле: документу нужна консульская легализация (§10(4), §28).</translation>
    </message>
    <message>
        <source>No treaty with %1 exempts its documents from legalization: the document needs consular legalization (§10(4), §28).</source>
        <translation>Ни один договор с %1 не освобождает его документы от легализации: документу нужна консульская легализация (§10(4), §28).</translation>
    </message>
    <message>
        <source>Kezek&apos;s list (as of %1) does not confirm that an apostille from %2 is accepted: confirm it, or ask for consular legalization (§28).</source>
        <translation>Список Kezek (на %1) не подтверждает, что апостиль %2 принимается: подтвердите это или запросите консульскую легализацию (§28).</translation>
    </message>
    <message>
        <source>Kezek&apos;s list (as of %1) does not confirm a treaty exempting documents from %2: confirm the treaty, or ask for consular legalization (§28).</source>
        <translation>Список Kezek (на %1) не подтверждает договор, освобождающий документы %2: подтвердите договор или запросите консульскую легализацию (§28).</translation>
    </message>
    <message>
        <source>The law&apos;s data is not whole: it needs a version, a calendar, the reasons, the legal basis and the legalization lists.</source>
        <translation>Данные закона неполны: нужны версия, календарь, причины, правовое основание и списки легализации.</translation>
    </message>
    <message>
        <source>The legalization list &quot;%1&quot; needs its source and the date it is as of.</source>
        <translation>Списку легализации «%1» нужны источник и дата, на которую он составлен.</translation>
    </message>
    <message>
        <source>The legalization list &quot;%1&quot; names &quot;%2&quot;, which is not a three-letter state code of its own.</source>
        <translation>В списке легализации «%1» назван «%2» — это не отдельный трёхбуквенный код государства.</translation>
    </message>
    <message>
        <source>The legalization lists are not a format 1 JSON file.</source>
        <translation>Списки легализации — не JSON-файл формата 1.</translation>
    </message>
    <message>
        <source>NSC approved this permit: &quot;NSC did not approve&quot; cannot be the reason.</source>
        <translation>КНБ одобрил это разрешение: «КНБ не одобрил» не может быть причиной.</translation>
    </message>
    <message>
        <source>No record check found a record on this case: &quot;a check found a record&quot; cannot be the reason.</source>
        <translation>Ни одна проверка не нашла записей по этому делу: «проверка нашла запись» не может быть причиной.</translation>
    </message>
    <message>
        <source>Personal data removed after the retention period</source>
        <translation>Персональные данные удалены по истечении срока хранения</translation>
    </message>
    <message>
        <source>The courier picked up the originals</source>
        <translation>Курьер забрал подлинники</translation>
    </message>
    <message>
        <source>The originals are on their way</source>
        <translation>Подлинники в пути</translation>
    </message>
    <message>
        <source>The courier delivered the originals</source>
        <translation>Курьер доставил подлинники</translation>
    </message>
    <message>
        <source>&quot;Matched&quot; at the CSC rests on the scan of the original: scan it, or write why there is no scan (§21, §26).</source>
        <translation>Отметка «Совпадает» в ЦОН основывается на скане подлинника: отсканируйте его или напишите, почему скана нет (§21, §26).</translation>
    </message>
    <message>
        <source>The list of offices is not valid JSON: %1.</source>
        <translation>Список подразделений не является корректным JSON: %1.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; has no unique id, an unknown kind or city, or lacks a name in Kazakh, Russian or English.</source>
        <translation>У подразделения «%1» нет уникального идентификатора, неизвестен вид или город, либо нет названия на казахском, русском или английском языке.</translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation>Просроченные и срочные</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals wait at the CSC for the courier.</source>
        <translation>Окончательное заявление зарегистрировано %1; оригиналы ждут курьера в ЦОН.</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals are with the courier on their way to the migration service.</source>
        <translation>Окончательное заявление зарегистрировано %1; оригиналы у курьера, в пути в миграционную службу.</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals are with the migration service.</source>
        <translation>Окончательное заявление зарегистрировано %1; оригиналы в миграционной службе.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition signature is not base64.</source>
        <translation>Подпись ходатайства министерства не в формате base64.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is not in the form it is signed in: %1</source>
        <translation>Ходатайство министерства не в той форме, в которой его подписывают: %1</translation>
    </message>
    <message>
        <source>the signed content is not JSON.</source>
        <translation>подписанное содержимое не является JSON.</translation>
    </message>
    <message>
        <source>The ministry signed petition No. %1, but the application gives No. %2 (§8).</source>
        <translation>Министерство подписало ходатайство № %1, а в заявлении указан № %2 (§8).</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition No. %1 was signed for another applicant (IIN %2), not for this one (§8, §10(3)).</source>
        <translation>Ходатайство министерства № %1 подписано для другого услугополучателя (ИИН %2), а не для этого (§8, §10(3)).</translation>
    </message>
    <message>
        <source>it says it was signed on %1, after today (%2).</source>
        <translation>в нём указано, что оно подписано %1, то есть позже сегодняшнего дня (%2).</translation>
    </message>
    <message>
        <source>Petition No. %1, signed by %2, %3, verified</source>
        <translation>Ходатайство № %1, подписал: %2, %3, проверено</translation>
    </message>
    <message>
        <source>MDDIAI</source>
        <translation>МЦРИАП</translation>
    </message>
    <message>
        <source>The report needs today&apos;s date and the first and last days of its period.</source>
        <translation>Для отчёта нужны сегодняшняя дата и первый и последний дни его периода.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>Период заканчивается %1, раньше своего начала (%2).</translation>
    </message>
    <message>
        <source>The period from %1 to %2 is longer than ten years: choose a shorter one.</source>
        <translation>Период с %1 по %2 длиннее десяти лет: выберите более короткий.</translation>
    </message>
    <message>
        <source>An absence needs its first and its last day.</source>
        <translation>Для периода отсутствия нужно указать первый и последний день.</translation>
    </message>
    <message>
        <source>The absence ends on %1, before it starts on %2.</source>
        <translation>Период отсутствия заканчивается %1, раньше своего начала (%2).</translation>
    </message>
    <message>
        <source>Only a supervisor marks a colleague absent.</source>
        <translation>Отмечать отсутствие сотрудника может только руководитель.</translation>
    </message>
    <message>
        <source>%1 holds no cases: only a migration officer or a CSC operator is marked absent.</source>
        <translation>За пользователем %1 дела не закрепляются: отсутствие отмечается только для сотрудника миграционной службы или оператора ЦОН.</translation>
    </message>
    <message>
        <source>%1 does not work in %2: a supervisor marks absent only the people of their own city.</source>
        <translation>Пользователь %1 не работает в городе %2: руководитель отмечает отсутствие только сотрудников своего города.</translation>
    </message>
    <message>
        <source>%1 is already absent from %2 to %3; an absence of one person does not overlap another.</source>
        <translation>Пользователь %1 уже отмечен как отсутствующий с %2 по %3; периоды отсутствия одного сотрудника не должны пересекаться.</translation>
    </message>
    <message>
        <source>A note needs some text; an empty note is not kept.</source>
        <translation>Заметка должна содержать текст; пустая заметка не сохраняется.</translation>
    </message>
    <message>
        <source>A note is at most %1 characters; this one has %2.</source>
        <translation>Заметка может содержать не более %1 символов; в этой заметке символов: %2.</translation>
    </message>
    <message>
        <source>A note needs its id, its case and the time it was written.</source>
        <translation>Для заметки нужны её идентификатор, дело и время написания.</translation>
    </message>
    <message>
        <source>Only the ministry and a city&apos;s supervisor read the audit log: ask them for an extract.</source>
        <translation>Журнал аудита могут читать только министерство и руководитель города: запросите выписку у них.</translation>
    </message>
    <message>
        <source>The extract&apos;s period needs its first and last days.</source>
        <translation>Для периода выписки нужно указать первый и последний дни.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format this is written in: choose one of %2.</source>
        <translation>«%1» — недопустимый формат для этого документа: выберите один из следующих: %2.</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;: nobody works it any more, so it goes to no one.</source>
        <translation>Дело в состоянии «%1»: с ним больше никто не работает, поэтому оно никому не передаётся.</translation>
    </message>
    <message>
        <source>While the case is &quot;%1&quot;, the role &quot;%2&quot; works it; %3 (&quot;%4&quot;) has no step on it.</source>
        <translation>Пока дело в состоянии «%1», с ним работает роль «%2»; %3 («%4») не может выполнять действия на этом этапе.</translation>
    </message>
</context>
<context>
    <name>Kezek::LockDialog</name>
    <message>
        <source>Kezek is locked</source>
        <translation>Kezek заблокирован</translation>
    </message>
</context>
<context>
    <name>Kezek::Report</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot draw the PDF report.</source>
        <translation>Не удаётся сформировать отчёт PDF.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Не удаётся записать «%1»: %2.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Permits granted</source>
        <translation>Выданные РПП</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Applications and decisions per month</source>
        <translation>Заявления и решения по месяцам</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Число дел</translation>
    </message>
    <message>
        <source>Outcomes in the period</source>
        <translation>Результаты за период</translation>
    </message>
    <message>
        <source>Days from eGov filing to permit, median</source>
        <translation>Дни от подачи заявления через eGov до выдачи РПП, медиана</translation>
    </message>
    <message>
        <source>Days from eGov filing to permit, 90th percentile</source>
        <translation>Дни от подачи заявления через eGov до выдачи РПП, 90-й процентиль</translation>
    </message>
    <message>
        <source>Permits whose eGov filing time is unknown</source>
        <translation>РПП с неизвестным временем подачи через eGov</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Reasons for returns, CSC declines and refusals</source>
        <translation>Причины возвратов на доработку, отказов ЦОН в приёме и отказов</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Returns for rework</source>
        <translation>Возвраты на доработку</translation>
    </message>
    <message>
        <source>CSC declines</source>
        <translation>Отказы ЦОН в приёме</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Нарушения сроков</translation>
    </message>
    <message>
        <source>The law&apos;s clocks breached</source>
        <translation>Нарушения установленных законом сроков</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Вид срока</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>Номера дел</translation>
    </message>
    <message>
        <source>Outside the basis</source>
        <translation>Вне правового основания</translation>
    </message>
    <message>
        <source>Applications received outside the legal basis</source>
        <translation>Заявления, поступившие вне правового основания</translation>
    </message>
    <message>
        <source>Preliminary approvals</source>
        <translation>Предварительные одобрения</translation>
    </message>
    <message>
        <source>Preliminary refusals</source>
        <translation>Предварительные отказы</translation>
    </message>
    <message>
        <source>Applications deleted</source>
        <translation>Удалённые заявления</translation>
    </message>
    <message>
        <source>Decisions annulled</source>
        <translation>Аннулированные решения</translation>
    </message>
    <message>
        <source>Final refusals</source>
        <translation>Окончательные отказы</translation>
    </message>
    <message>
        <source>Residence permits issued</source>
        <translation>Выданные виды на жительство</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозванные</translation>
    </message>
    <message>
        <source>Digital Nomad permanent residence pilot: report</source>
        <translation>Пилотный проект выдачи разрешений на постоянное жительство цифровым кочевникам: отчёт</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Период: с %1 по %2</translation>
    </message>
    <message>
        <source>Counted by the law&apos;s version %1</source>
        <translation>Подсчитано по версии закона %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2</source>
        <translation>Отчёт сформирован %1 в %2</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>По городам</translation>
    </message>
    <message>
        <source>Applications and outcomes by city</source>
        <translation>Заявления и результаты по городам</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>By nationality</source>
        <translation>По гражданству</translation>
    </message>
    <message>
        <source>Applications and outcomes by nationality</source>
        <translation>Заявления и результаты по гражданству</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Applications and outcomes by month</source>
        <translation>Заявления и результаты по месяцам</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1.</source>
        <translation>Не удаётся создать временную папку: %1.</translation>
    </message>
    <message>
        <source>Cannot make the XLSX workbook.</source>
        <translation>Не удаётся создать книгу XLSX.</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot; to the XLSX workbook.</source>
        <translation>Не удаётся добавить лист «%1» в книгу XLSX.</translation>
    </message>
    <message>
        <source>Cannot write the XLSX workbook: %1.</source>
        <translation>Не удаётся записать книгу XLSX: %1.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Не удаётся прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>Audit extract of case %1</source>
        <translation>Выписка из журнала аудита по делу %1</translation>
    </message>
    <message>
        <source>Audit extract from %1 to %2</source>
        <translation>Выписка из журнала аудита за период с %1 по %2</translation>
    </message>
    <message>
        <source>The cases of %1</source>
        <translation>Дела города %1</translation>
    </message>
    <message>
        <source>Every city&apos;s cases</source>
        <translation>Дела всех городов</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), made on %1</source>
        <translation>
            <numerusform>Записей: %n, сформировано %1</numerusform>
            <numerusform>Записей: %n, сформировано %1</numerusform>
            <numerusform>Записей: %n, сформировано %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the oldest entries are here: ask for a shorter period for the rest.</source>
        <translation>Здесь приведены только самые ранние записи: для получения остальных запросите более короткий период.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When (Kazakhstan)</source>
        <translation>Когда (время Казахстана)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>The server&apos;s audit extract has no entries.</source>
        <translation>В выписке из журнала аудита, полученной от сервера, нет записей.</translation>
    </message>
    <message>
        <source>Cannot make the PDF in memory.</source>
        <translation>Не удаётся сформировать PDF в памяти.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Не удалось отрисовать PDF.</translation>
    </message>
</context>
<context>
    <name>Kezek::Security</name>
    <message>
        <source>OpenSSL could not %1.</source>
        <translation>OpenSSL не смог выполнить: %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid PEM.</source>
        <translation>Сертификат не является корректным PEM.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Не удалось вычислить хэш пароля.</translation>
    </message>
    <message>
        <source>No random bytes are available.</source>
        <translation>Случайные байты недоступны.</translation>
    </message>
    <message>
        <source>The stored password hash is malformed.</source>
        <translation>Сохранённый хэш пароля повреждён.</translation>
    </message>
    <message>
        <source>The signature does not verify: the decision was changed after it was signed, or the certificate is not from the trusted authority.</source>
        <translation type="vanished">Подпись не проходит проверку: решение изменено после подписания или сертификат выдан не доверенным удостоверяющим центром.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s certificate or key is not valid PEM.</source>
        <translation>Сертификат или ключ удостоверяющего центра не является корректным PEM.</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 key file.</source>
        <translation>Файл не является файлом ключа PKCS#12.</translation>
    </message>
    <message>
        <source>The key file&apos;s password is wrong.</source>
        <translation>Неверный пароль файла ключа.</translation>
    </message>
    <message>
        <source>The key file holds no usable key and certificate.</source>
        <translation>В файле ключа нет пригодных ключа и сертификата.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate.</source>
        <translation>Ключ не соответствует сертификату.</translation>
    </message>
    <message>
        <source>The trusted authority&apos;s certificate is not valid PEM.</source>
        <translation>Сертификат доверенного удостоверяющего центра не является корректным PEM.</translation>
    </message>
    <message>
        <source>The signature is not a CMS (PKCS#7) signature.</source>
        <translation>Подпись не является подписью CMS (PKCS#7).</translation>
    </message>
    <message>
        <source>A decision is signed by exactly one person.</source>
        <translation>Решение подписывает ровно один человек.</translation>
    </message>
    <message>
        <source>The data cannot be decrypted: the key is wrong or the data was changed.</source>
        <translation>Данные не удаётся расшифровать: ключ неверен или данные изменены.</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Системное хранилище ключей отказало: %1</translation>
    </message>
    <message>
        <source>The signature carries no certificate of its signer.</source>
        <translation>Подпись не содержит сертификата подписавшего.</translation>
    </message>
    <message>
        <source>The certificate or its issuer&apos;s certificate is not valid PEM.</source>
        <translation>Сертификат или сертификат выдавшего его удостоверяющего центра не является корректным PEM.</translation>
    </message>
    <message>
        <source>The certificate was not issued by the authority given as its issuer.</source>
        <translation>Сертификат выпущен не тем удостоверяющим центром, который указан как его издатель.</translation>
    </message>
    <message>
        <source>The serial number “%1” is not hexadecimal.</source>
        <translation>Серийный номер «%1» не является шестнадцатеричным числом.</translation>
    </message>
    <message>
        <source>The revocation list is not a CRL.</source>
        <translation>Это не список отозванных сертификатов (CRL).</translation>
    </message>
    <message>
        <source>The revocation list was not issued by the certificate&apos;s issuer, or was altered.</source>
        <translation>Список отозванных сертификатов (CRL) выпущен не удостоверяющим центром, выдавшим сертификат, или был изменён.</translation>
    </message>
    <message>
        <source>The revocation list gives no next update, so it cannot be known to be current.</source>
        <translation>В списке отозванных сертификатов (CRL) не указано время следующего обновления, поэтому нельзя установить, что он актуален.</translation>
    </message>
    <message>
        <source>The revocation list is valid from %1 until %2, not at %3: fetch the current one.</source>
        <translation>Список отозванных сертификатов (CRL) действует с %1 до %2, а не на %3: получите актуальный список.</translation>
    </message>
    <message>
        <source>The answer is not an OCSP response.</source>
        <translation>Полученный ответ не является ответом OCSP.</translation>
    </message>
    <message>
        <source>The OCSP responder did not answer (%1): ask again later.</source>
        <translation>Служба OCSP не ответила (%1): повторите запрос позже.</translation>
    </message>
    <message>
        <source>The OCSP response holds no basic response.</source>
        <translation>В ответе OCSP нет базового ответа (BasicOCSPResponse).</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not one of the trusted authorities.</source>
        <translation>Удостоверяющий центр, выдавший сертификат, не входит в число доверенных удостоверяющих центров.</translation>
    </message>
    <message>
        <source>The OCSP response is signed by a certificate it does not carry.</source>
        <translation>Ответ OCSP подписан сертификатом, которого в нём нет.</translation>
    </message>
    <message>
        <source>The OCSP response&apos;s signature does not verify.</source>
        <translation>Подпись ответа OCSP не проходит проверку.</translation>
    </message>
    <message>
        <source>The OCSP response is signed by a certificate the issuer did not authorise to answer for it.</source>
        <translation>Ответ OCSP подписан сертификатом, которому удостоверяющий центр, выдавший сертификат, не поручал отвечать от своего имени.</translation>
    </message>
    <message>
        <source>The OCSP response speaks of another certificate.</source>
        <translation>Ответ OCSP относится к другому сертификату.</translation>
    </message>
    <message>
        <source>The OCSP response is valid from %1 until %2, not at %3: ask the responder again.</source>
        <translation>Ответ OCSP действует с %1 до %2, а не на %3: запросите службу OCSP повторно.</translation>
    </message>
    <message>
        <source>The OCSP response does not say when it was made.</source>
        <translation>В ответе OCSP не указано время его формирования.</translation>
    </message>
    <message>
        <source>The OCSP responder does not know the certificate: it may not have been issued by the authority it names.</source>
        <translation>Служба OCSP не знает этот сертификат: возможно, он выпущен не тем удостоверяющим центром, который в нём указан.</translation>
    </message>
    <message>
        <source>The signing certificate is revoked.</source>
        <translation>Сертификат подписи отозван.</translation>
    </message>
    <message>
        <source>The signing certificate was revoked on %1, no later than the act it signed on %2.</source>
        <translation>Сертификат подписи отозван %1, то есть не позднее, чем им был подписан акт (%2).</translation>
    </message>
    <message>
        <source>The signature does not verify: the decision was changed after it was signed.</source>
        <translation>Подпись не проходит проверку: решение изменено после подписания.</translation>
    </message>
    <message>
        <source>The trusted authorities&apos; file holds no root certificate.</source>
        <translation>В файле доверенных удостоверяющих центров нет корневого сертификата.</translation>
    </message>
    <message>
        <source>The signing certificate had expired when the decision was made (%1).</source>
        <translation>Когда решение было принято (%1), срок действия сертификата подписи уже истёк.</translation>
    </message>
    <message>
        <source>The signing certificate was not yet valid when the decision was made (%1).</source>
        <translation>Когда решение было принято (%1), сертификат подписи ещё не начал действовать.</translation>
    </message>
    <message>
        <source>The signing certificate was not issued under an authority this site trusts.</source>
        <translation>Сертификат подписи выпущен не удостоверяющим центром, которому доверяет эта площадка.</translation>
    </message>
    <message>
        <source>The signing certificate&apos;s chain to a trusted authority does not hold: %1.</source>
        <translation>Цепочка сертификатов от сертификата подписи до доверенного удостоверяющего центра не проходит проверку: %1.</translation>
    </message>
    <message>
        <source>The decision is signed with a key that is not for signing (an authentication key). Sign it with your signing key.</source>
        <translation>Решение подписано ключом, который не предназначен для подписи (ключом аутентификации). Подпишите его своим ключом подписи.</translation>
    </message>
    <message>
        <source>The signing certificate does not name its holder&apos;s IIN: it is not a personal certificate of Kazakhstan&apos;s PKI.</source>
        <translation>В сертификате подписи не указан ИИН владельца: это не сертификат физического лица инфраструктуры открытых ключей Казахстана.</translation>
    </message>
    <message>
        <source>The timestamp is not an RFC 3161 timestamp token.</source>
        <translation>Метка времени не является токеном метки времени RFC 3161.</translation>
    </message>
    <message>
        <source>The timestamp is not over this signature: it stamps other bytes, or not by SHA-256.</source>
        <translation>Метка времени поставлена не на эту подпись: она заверяет другие байты или вычислена не по SHA-256.</translation>
    </message>
    <message>
        <source>The certificate is not a timestamp authority&apos;s: it lacks the critical timeStamping extended key usage.</source>
        <translation>Сертификат не принадлежит службе меток времени (TSA): в нём нет критического расширенного назначения ключа timeStamping.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message>
        <source>The timestamp authority has not issued the timestamp yet: %1</source>
        <translation>Служба меток времени (TSA) ещё не выдала метку времени: %1</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s certificate is being revoked: %1</source>
        <translation>Сертификат службы меток времени (TSA) находится в процессе отзыва: %1</translation>
    </message>
    <message>
        <source>The timestamp authority refused the request: %1</source>
        <translation>Служба меток времени (TSA) отклонила запрос: %1</translation>
    </message>
    <message>
        <source>The timestamp is not from a trusted timestamp authority (%1).</source>
        <translation>Метка времени выдана службой меток времени (TSA), которой нет среди доверенных (%1).</translation>
    </message>
    <message>
        <source>The timestamp&apos;s signature does not verify: it was changed after the timestamp authority issued it.</source>
        <translation>Подпись метки времени не проходит проверку: метка изменена после того, как служба меток времени (TSA) её выдала.</translation>
    </message>
    <message>
        <source>The timestamp request is not an RFC 3161 request.</source>
        <translation>Запрос метки времени не является запросом RFC 3161.</translation>
    </message>
    <message>
        <source>A timestamp needs the time it states.</source>
        <translation>В метке времени должно быть указано время, которое она удостоверяет.</translation>
    </message>
    <message>
        <source>The answer is not an RFC 3161 timestamp response.</source>
        <translation>Полученный ответ не является ответом с меткой времени RFC 3161.</translation>
    </message>
    <message>
        <source>The signature already carries a timestamp.</source>
        <translation>Подпись уже содержит метку времени.</translation>
    </message>
    <message>
        <source>The timestamp names a timestamp authority whose certificate is not known.</source>
        <translation>В метке времени указана служба меток времени (TSA), сертификат которой неизвестен.</translation>
    </message>
    <message>
        <source>The revocation list is a delta list, or covers only some of the authority&apos;s certificates: give the authority&apos;s full list.</source>
        <translation>Список отозванных сертификатов — дельта-список или охватывает лишь часть сертификатов удостоверяющего центра: укажите полный список удостоверяющего центра.</translation>
    </message>
    <message>
        <source>The certificate of an authority in the signing certificate&apos;s chain was not valid when the decision was made (%1).</source>
        <translation>Когда решение было принято (%1), сертификат удостоверяющего центра в цепочке сертификата подписи был недействителен.</translation>
    </message>
    <message>
        <source>The signature carries no content: what it signs is not in it.</source>
        <translation>Подпись не содержит данных: то, что она подписывает, в неё не включено.</translation>
    </message>
    <message>
        <source>The token&apos;s module lists no slots: is the token reader connected?</source>
        <translation>Модуль токена не видит ни одного слота: подключено ли устройство чтения токена?</translation>
    </message>
    <message>
        <source>The token was removed. What was signed before stays signed; insert the token and sign the rest again.</source>
        <translation>Токен извлечён. Подписанное до этого остаётся подписанным; вставьте токен и подпишите остальное ещё раз.</translation>
    </message>
    <message>
        <source>No token is inserted. Insert your token and try again.</source>
        <translation>Токен не вставлен. Вставьте свой токен и повторите.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked after too many wrong tries. Nothing was signed. Unlock it with the PUK the token came with.</source>
        <translation>PIN-код токена заблокирован после слишком многих неверных попыток. Ничего не подписано. Разблокируйте его PUK-кодом, выданным с токеном.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Nothing was signed. One try is left before the token locks the PIN.</source>
        <translation>Неверный PIN-код. Ничего не подписано. До блокировки PIN-кода токеном осталась одна попытка.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Nothing was signed. Few tries are left before the token locks the PIN.</source>
        <translation>Неверный PIN-код. Ничего не подписано. До блокировки PIN-кода токеном осталось мало попыток.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Nothing was signed.</source>
        <translation>Неверный PIN-код. Ничего не подписано.</translation>
    </message>
    <message>
        <source>The token&apos;s module %1 cannot be loaded. Check that the token&apos;s software is installed and the module&apos;s path is right.</source>
        <translation>Не удаётся загрузить модуль токена %1. Проверьте, что программа токена установлена, а путь к модулю указан верно.</translation>
    </message>
    <message>
        <source>A signing session is already open on the token. Finish it first.</source>
        <translation>На токене уже открыт сеанс подписания. Сначала завершите его.</translation>
    </message>
    <message>
        <source>No token holds a signing certificate for IIN %1. Insert the token with your signing key (not only the authentication one).</source>
        <translation>Ни на одном токене нет сертификата подписи для ИИН %1. Вставьте токен с ключом подписи (а не только с ключом аутентификации).</translation>
    </message>
    <message>
        <source>The token holds the signing certificate for IIN %1 but not its key.</source>
        <translation type="vanished">На токене есть сертификат подписи для ИИН %1, но нет его ключа.</translation>
    </message>
    <message>
        <source>The signing session on the token has ended. Enter the PIN again.</source>
        <translation>Сеанс подписания на токене завершён. Введите PIN-код ещё раз.</translation>
    </message>
    <message>
        <source>This key is not for signing in (it is a signing key): sign in with your authentication key.</source>
        <translation>Этот ключ не предназначен для входа (это ключ подписи): войдите со своим ключом аутентификации.</translation>
    </message>
    <message>
        <source>No token holds an authentication certificate for IIN %1. Insert the token with your authentication key.</source>
        <translation>Ни на одном токене нет сертификата аутентификации для ИИН %1. Вставьте токен с вашим ключом аутентификации.</translation>
    </message>
    <message>
        <source>The token holds the certificate for IIN %1 but not its key.</source>
        <translation>На токене есть сертификат для ИИН %1, но нет его ключа.</translation>
    </message>
</context>
<context>
    <name>Kezek::Server</name>
    <message>
        <source>The request body must be JSON (Content-Type: application/json).</source>
        <translation>Тело запроса должно быть JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>The request body is not a JSON object: %1.</source>
        <translation>Тело запроса не является объектом JSON: %1.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length не является числом.</translation>
    </message>
    <message>
        <source>The request body is %1 bytes; at most %2 are accepted.</source>
        <translation>Тело запроса — %1 байт; принимается не более %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Нет такого ресурса: %1 %2.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>Тело запроса слишком велико.</translation>
    </message>
    <message>
        <source>The request could not be served.</source>
        <translation type="vanished">Запрос не может быть обработан.</translation>
    </message>
    <message>
        <source>The server failed; nothing was changed.</source>
        <translation>Сбой сервера; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database is unavailable.</source>
        <translation>База данных недоступна.</translation>
    </message>
    <message>
        <source>Sign in first: the session is missing, expired or unknown.</source>
        <translation>Сначала войдите в систему: сеанс отсутствует, истёк или неизвестен.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1 UTC.</source>
        <translation type="vanished">Слишком много неверных паролей: учётная запись заблокирована до %1 UTC.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Параметр «%1» должен быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>A batch holds at most %1 commands; this one has %2.</source>
        <translation>В пакете не более %1 команд; в этом — %2.</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>Дела «%1» нет.</translation>
    </message>
    <message>
        <source>Only the eGov integration files applications.</source>
        <translation>Заявления подаёт только интеграция eGov.</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Читать настройки из этого INI-файла.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Адрес для прослушивания (по умолчанию 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8443; 0 picks a free one).</source>
        <translation>Порт для прослушивания (по умолчанию 8443; 0 — любой свободный).</translation>
    </message>
    <message>
        <source>TLS certificate chain (PEM).</source>
        <translation>Цепочка сертификатов TLS (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>Закрытый ключ TLS (PEM).</translation>
    </message>
    <message>
        <source>Make or reuse a self-signed certificate in this folder (demos only).</source>
        <translation>Создать или использовать самоподписанный сертификат в этой папке (только для демонстрации).</translation>
    </message>
    <message>
        <source>sqlite:PATH (default, in the data folder) or postgresql://USER@HOST:PORT/DB.</source>
        <translation>sqlite:PATH (по умолчанию, в папке данных) или postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Largest request body accepted (default 16 MiB).</source>
        <translation>Наибольший принимаемый размер тела запроса (по умолчанию 16 MiB).</translation>
    </message>
    <message>
        <source>Drop a client silent this long (default 15).</source>
        <translation>Отключать клиента, молчащего столько секунд (по умолчанию 15).</translation>
    </message>
    <message>
        <source>Worker threads (default 8).</source>
        <translation type="vanished">Число рабочих потоков (по умолчанию 8).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; cannot be &quot;%2&quot;.</source>
        <translation>Настройка «%1» не может иметь значение «%2».</translation>
    </message>
    <message>
        <source>Kezek central server: the system of record over HTTPS.</source>
        <translation>Центральный сервер Kezek: учётная система по HTTPS.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; cannot be read.</source>
        <translation>Файл настроек «%1» не читается.</translation>
    </message>
    <message>
        <source>The settings file names an unknown setting &quot;%1&quot;.</source>
        <translation>В файле настроек указана неизвестная настройка «%1».</translation>
    </message>
    <message>
        <source>--cert and --key go together.</source>
        <translation>--cert и --key указываются вместе.</translation>
    </message>
    <message>
        <source>The server speaks HTTPS only: give --cert and --key, or --dev-cert DIR for a self-signed demo certificate.</source>
        <translation>Сервер работает только по HTTPS: укажите --cert и --key или --dev-cert DIR для самоподписанного демонстрационного сертификата.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Не удалось прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Не удаётся записать «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>A decision must carry the officer&apos;s digital signature.</source>
        <translation>Решение должно быть подписано электронной цифровой подписью сотрудника.</translation>
    </message>
    <message>
        <source>No signing certificate is registered for %1; an administrator registers it with &quot;kezekctl admin set-certificate&quot;.</source>
        <translation>Для %1 не зарегистрирован сертификат подписи; администратор регистрирует его командой «kezekctl admin set-certificate».</translation>
    </message>
    <message>
        <source>The decision is signed with another person&apos;s key, not with the certificate registered for %1.</source>
        <translation type="vanished">Решение подписано ключом другого человека, а не сертификатом, зарегистрированным для %1.</translation>
    </message>
    <message>
        <source>The authority (PEM) whose certificates may sign decisions; with --dev-cert, a demo authority is made there when this is not given.</source>
        <translation>Удостоверяющий центр (PEM), сертификатами которого можно подписывать решения; если не указан, при --dev-cert там создаётся демонстрационный центр.</translation>
    </message>
    <message>
        <source>Decisions are signed: give --signing-ca with the certificate of the authority that issues the officers&apos; signing keys.</source>
        <translation>Решения подписываются: укажите --signing-ca с сертификатом удостоверяющего центра, выпускающего ключи подписи сотрудников.</translation>
    </message>
    <message>
        <source>A document is addressed by the SHA-256 of its bytes, in lower-case hex; &quot;%1&quot; is not one.</source>
        <translation>Документ адресуется SHA-256 своих байтов в шестнадцатеричном виде строчными буквами; «%1» таковым не является.</translation>
    </message>
    <message>
        <source>Only migration officers, CSC operators and eGov file scans.</source>
        <translation>Сканы загружают только сотрудники миграционной службы, операторы ЦОН и eGov.</translation>
    </message>
    <message>
        <source>The document&apos;s name must be a plain file name: no folders, no control characters, no leading dot, at most 200 characters.</source>
        <translation>Имя документа должно быть простым именем файла: без папок, без управляющих символов, без точки в начале, не длиннее 200 символов.</translation>
    </message>
    <message>
        <source>A scan is a PDF, PNG or JPEG file, sent with its own Content-Type (application/pdf, image/png or image/jpeg).</source>
        <translation>Скан — это файл PDF, PNG или JPEG, отправленный со своим Content-Type (application/pdf, image/png или image/jpeg).</translation>
    </message>
    <message>
        <source>The bytes received have the SHA-256 %1, not the one in the address: the upload was damaged or is another file.</source>
        <translation>SHA-256 полученных байтов — %1, а не указанный в адресе: загрузка повреждена или это другой файл.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Документа %1 нет.</translation>
    </message>
    <message>
        <source>Largest scan accepted (default 20 MiB).</source>
        <translation>Наибольший принимаемый скан (по умолчанию 20 МиБ).</translation>
    </message>
    <message>
        <source>This credential does not speak for the integration &quot;%1&quot;.</source>
        <translation>Эта учётная запись не может действовать от имени интеграции «%1».</translation>
    </message>
    <message>
        <source>This integration sends only: %1.</source>
        <translation>Эта интеграция отправляет только: %1.</translation>
    </message>
    <message>
        <source>Where notices to the applicants&apos; eGov cabinets go (simulated): log (default) or dir:PATH, a file per notice.</source>
        <translation>Куда уходят уведомления в кабинеты заявителей на eGov (имитация): log (по умолчанию) или dir:PATH, по файлу на уведомление.</translation>
    </message>
    <message>
        <source>How often the notices outbox is drained (default 5).</source>
        <translation>Как часто разбирается очередь уведомлений, в секундах (по умолчанию 5).</translation>
    </message>
    <message>
        <source>Integrations send their messages to /api/v1/integration/NAME/commands.</source>
        <translation>Интеграции отправляют свои сообщения на /api/v1/integration/NAME/commands.</translation>
    </message>
    <message>
        <source>Integrations do not claim cases.</source>
        <translation>Интеграции не закрепляют за собой дела.</translation>
    </message>
    <message>
        <source>Case %1 is being worked by %2 until %3 UTC; this command was not applied.</source>
        <translation>Дело %1 в работе у %2 до %3 UTC; эта команда не применена.</translation>
    </message>
    <message>
        <source>How long an officer&apos;s claim on a case lasts unless renewed (default 480).</source>
        <translation>Сколько минут действует закрепление дела за сотрудником, если его не продлить (по умолчанию 480).</translation>
    </message>
    <message>
        <source>The business calendar &quot;%1&quot; cannot be used: %2</source>
        <translation type="vanished">Производственный календарь «%1» нельзя использовать: %2</translation>
    </message>
    <message>
        <source>The business calendar (JSON) to count working days by; by default the one built into this program. Workstations receive it when they sync.</source>
        <translation>Производственный календарь (JSON), по которому считаются рабочие дни; по умолчанию встроенный в программу. Рабочие места получают его при синхронизации.</translation>
    </message>
    <message>
        <source>Your role reads cases and works none, so it claims none.</source>
        <translation>Ваша роль только читает дела и не работает с ними, поэтому не может закреплять их за собой.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Пользователя «%1» нет.</translation>
    </message>
    <message>
        <source>Only a supervisor gives cases to colleagues.</source>
        <translation>Передавать дела коллегам может только руководитель.</translation>
    </message>
    <message>
        <source>The scan this command names (%1) never reached the server; make the comparison again with a new scan.</source>
        <translation>Скан, названный этой командой (%1), не дошёл до сервера; проведите сверку заново с новым сканом.</translation>
    </message>
    <message>
        <source>This workstation speaks version %1 of Kezek&apos;s protocol; the server accepts version %2 and later. Ask your IT department to update Kezek: your outbox is kept until then.</source>
        <translation>Это рабочее место работает по версии %1 протокола Kezek; сервер принимает версию %2 и новее. Попросите ИТ-отдел обновить Kezek: до тех пор ваша очередь отправки сохраняется.</translation>
    </message>
    <message>
        <source>The database is busy with other writes; send the commands again in a moment. Nothing of them is lost.</source>
        <translation>База данных занята другими записями; отправьте команды ещё раз через мгновение. Ничего из них не потеряно.</translation>
    </message>
    <message>
        <source>This command names version %1 of case %2, which the server has not reached (it has %3).</source>
        <translation>Эта команда ссылается на версию %1 дела %2, которой на сервере ещё нет (на сервере версия %3).</translation>
    </message>
    <message>
        <source>How often the steps the law takes by itself (§12 deletion, §19 annulment) are looked for; also at start-up (default 60; 0: never).</source>
        <translation>Как часто искать шаги, которые закон делает сам (§12 удаление, §19 аннулирование); также при запуске (по умолчанию 60; 0: никогда).</translation>
    </message>
    <message>
        <source>How long a timed step waits, from the start of the day it falls due, for acts made on time offline (default 72).</source>
        <translation>Сколько часов шаг по сроку ждёт, с начала дня наступления срока, действий, сделанных вовремя без сети (по умолчанию 72).</translation>
    </message>
    <message>
        <source>No legal basis of the pilot is in force on %1 (the last ended on %2): applications are not taken.</source>
        <translation>На %1 ни одно правовое основание пилотного проекта не действует (последнее истекло %2): заявления не принимаются.</translation>
    </message>
    <message>
        <source>The law&apos;s data (calendar &quot;%1&quot;, legal basis &quot;%2&quot;) cannot be used: %3</source>
        <translation>Данные закона (календарь «%1», правовое основание «%2») нельзя использовать: %3</translation>
    </message>
    <message>
        <source>The legal basis (JSON): the order and any instrument that extends or replaces it, with their terms; by default the one built in (the order, in force until 31.12.2025).</source>
        <translation>Правовое основание (JSON): приказ и любой акт, продлевающий или заменяющий его, с их сроками; по умолчанию встроенное (приказ, действовавший до 31.12.2025).</translation>
    </message>
    <message>
        <source>What intake does on a day no legal basis is in force: accept the application and mark the case (default), or refuse it.</source>
        <translation>Что делает приём в день, когда правовое основание не действует: принимает заявление и помечает дело (по умолчанию) или отклоняет его.</translation>
    </message>
    <message>
        <source>Choose your own password first: the one you signed in with was given for one sign-in.</source>
        <translation>Сначала задайте свой пароль: пароль, с которым вы вошли, выдан для одного входа.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много попыток входа: повторите через %n секунду.</numerusform>
            <numerusform>Слишком много попыток входа: повторите через %n секунды.</numerusform>
            <numerusform>Слишком много попыток входа: повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong passwords: &quot;%1&quot; is locked until %2 UTC.</source>
        <translation>Слишком много неверных паролей: «%1» заблокирован до %2 UTC.</translation>
    </message>
    <message>
        <source>The server is checking many sign-ins: try again in a second.</source>
        <translation>Сервер проверяет много входов: повторите через секунду.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters and must differ from the old one and from the user name.</source>
        <translation>Новый пароль должен содержать не менее %1 символов и отличаться от старого и от имени пользователя.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>Sign-ins one client address may try per minute, and at once; more are answered 429 with Retry-After (default 10).</source>
        <translation>Сколько входов один адрес клиента может пробовать в минуту (и сразу); сверх этого — ответ 429 с Retry-After (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Password checks this server runs at once; a sign-in that finds none free within a quarter second is answered 429 (default 2).</source>
        <translation>Сколько проверок пароля сервер выполняет одновременно; входу, не дождавшемуся свободной за четверть секунды, отвечают 429 (по умолчанию 2).</translation>
    </message>
    <message>
        <source>Comma-separated addresses of the reverse proxies (nginx) whose X-Forwarded-For names the client; from any other address the header is ignored (default: none).</source>
        <translation>Адреса обратных прокси (nginx) через запятую, чей X-Forwarded-For называет клиента; с других адресов заголовок игнорируется (по умолчанию: нет).</translation>
    </message>
    <message>
        <source>Sessions one user may hold; a new sign-in ends the oldest beyond it (default 5).</source>
        <translation>Сколько сеансов может быть у пользователя; новый вход завершает самые старые сверх этого (по умолчанию 5).</translation>
    </message>
    <message>
        <source>This credential reads no cases.</source>
        <translation>Эта учётная запись не читает дел.</translation>
    </message>
    <message>
        <source>This outside system&apos;s job needs no scans, so it reads none.</source>
        <translation>Работе этой внешней системы сканы не нужны, поэтому она их не читает.</translation>
    </message>
    <message>
        <source>The audit log&apos;s key (HMAC), made on first start when missing; readable by the server&apos;s user only, outside the database (default: beside a SQLite database; for PostgreSQL, give it to every server).</source>
        <translation>Ключ журнала аудита (HMAC), создаётся при первом запуске, если его нет; читается только пользователем сервера, хранится вне базы (по умолчанию: рядом с базой SQLite; для PostgreSQL передайте его каждому серверу).</translation>
    </message>
    <message>
        <source>A file the audit chain&apos;s head is appended to, at start, every audit-checkpoint-minutes and at stop, for write-once storage (default: beside a SQLite database; the journal has them always).</source>
        <translation>Файл, в который дописывается голова цепочки аудита при запуске, каждые audit-checkpoint-minutes и при остановке, для хранилища однократной записи (по умолчанию: рядом с базой SQLite; в журнале сервера они есть всегда).</translation>
    </message>
    <message>
        <source>How often the audit chain&apos;s head is written out (default 10).</source>
        <translation>Как часто голова цепочки аудита записывается наружу (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Reads of cases are audited per session and period of this length, and entered in the audit chain when the period is over (default 15).</source>
        <translation>Чтение дел фиксируется в аудите по сеансам и периодам такой длины и вносится в цепочку аудита по окончании периода (по умолчанию 15).</translation>
    </message>
    <message>
        <source>The request is not well-formed HTTP, or its packed body cannot be unpacked.</source>
        <translation>Запрос не является корректным HTTP, или его сжатое тело не удаётся распаковать.</translation>
    </message>
    <message>
        <source>A request body is sent as it is or packed with gzip; &quot;%1&quot; is not accepted.</source>
        <translation>Тело запроса передаётся как есть или сжатым gzip; «%1» не принимается.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large: at most %1 bytes and %2 headers are accepted.</source>
        <translation>Заголовки запроса слишком велики: принимается не более %1 байт и %2 заголовков.</translation>
    </message>
    <message>
        <source>The server holds as many connections as it may, in all or from your address: try again in a few seconds.</source>
        <translation>Сервер держит максимально допустимое число соединений, всего или с вашего адреса: повторите через несколько секунд.</translation>
    </message>
    <message>
        <source>Requests served at once, each with its own database connection (default 8). Waiting connections take no thread.</source>
        <translation>Запросы, обслуживаемые одновременно, каждый со своим соединением с базой данных (по умолчанию 8). Ожидающие соединения не занимают поток.</translation>
    </message>
    <message>
        <source>Connections held open at once; more are answered 503 with Retry-After (default 50000, and never more than the open files allowed).</source>
        <translation>Соединения, одновременно удерживаемые открытыми; сверх этого отвечается 503 с Retry-After (по умолчанию 50000 и не больше, чем позволяет лимит открытых файлов).</translation>
    </message>
    <message>
        <source>Connections one client address may hold open; behind a trusted proxy, requests at once from the client it names (default 256).</source>
        <translation>Соединения, которые может держать открытыми один адрес клиента; за доверенным прокси — одновременные запросы названного им клиента (по умолчанию 256).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold the timestamp authority&apos;s certificate and its key (PEM).</source>
        <translation>«%1» должен содержать сертификат службы меток времени (TSA) и её ключ (PEM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no certificate (PEM).</source>
        <translation>В «%1» нет сертификата (PEM).</translation>
    </message>
    <message>
        <source>The decision is signed with the certificate of another person (IIN %1), not of %2.</source>
        <translation>Решение подписано сертификатом другого человека (ИИН %1), а не сертификатом %2.</translation>
    </message>
    <message>
        <source>The decision is signed with a key that is not the one registered for %1.</source>
        <translation>Решение подписано не тем ключом, который зарегистрирован для %1.</translation>
    </message>
    <message>
        <source>The site timestamp authority&apos;s certificates (PEM): a decision signed online carries its token.</source>
        <translation>Сертификаты службы меток времени (TSA) площадки (PEM): решение, подписанное в сети, содержит её токен.</translation>
    </message>
    <message>
        <source>This server&apos;s own timestamp authority (PEM certificate and key): it stamps a decision signed offline on receipt; with --dev-cert, made there when this is not given.</source>
        <translation>Собственная служба меток времени (TSA) этого сервера (сертификат и ключ PEM): ставит метку времени на решение, подписанное без сети, при его получении; если не указана, при --dev-cert создаётся там.</translation>
    </message>
    <message>
        <source>The timestamp says the decision was signed at %1, but the decision says it was made at %2: more than five minutes apart. Check the computer&apos;s clock and sign it again.</source>
        <translation>По метке времени решение подписано %1, а в самом решении указано, что оно принято %2: расхождение больше пяти минут. Проверьте часы компьютера и подпишите решение заново.</translation>
    </message>
    <message>
        <source>The decision carries no timestamp, and this server has no timestamp authority of its own to stamp it on receipt (--archive-tsa).</source>
        <translation>Решение не содержит метки времени, а у этого сервера нет собственной службы меток времени (TSA), чтобы поставить её при получении (--archive-tsa).</translation>
    </message>
    <message>
        <source>The revocation lists (CRL, DER or PEM) of the authorities that issue officers&apos; certificates, comma-separated, kept current by the site: a certificate revoked before a decision&apos;s time is refused.</source>
        <translation>Списки отозванных сертификатов (CRL, DER или PEM) удостоверяющих центров, выдающих сертификаты сотрудникам, через запятую; площадка поддерживает их актуальными: сертификат, отозванный до момента решения, не принимается.</translation>
    </message>
    <message>
        <source>The revocation list &quot;%1&quot; cannot be read (%2): no decision can be accepted until it can.</source>
        <translation>Не удаётся прочитать список отозванных сертификатов «%1» (%2): пока он не читается, ни одно решение не может быть принято.</translation>
    </message>
    <message>
        <source>No revocation list of the authority that issued the signing certificate is configured (crl): the server cannot tell whether it was revoked.</source>
        <translation>Список отозванных сертификатов удостоверяющего центра, выдавшего сертификат подписи, не настроен (crl): сервер не может определить, не отозван ли он.</translation>
    </message>
    <message>
        <source>The certificate registered for %1 names no IIN: an administrator registers the officer&apos;s certificate again with &quot;kezekctl admin set-certificate&quot;.</source>
        <translation>В сертификате, зарегистрированном для %1, не указан ИИН: администратор заново регистрирует сертификат сотрудника командой «kezekctl admin set-certificate».</translation>
    </message>
    <message>
        <source>A timestamp request is sent as application/timestamp-query (RFC 3161).</source>
        <translation>Запрос метки времени отправляется как application/timestamp-query (RFC 3161).</translation>
    </message>
    <message>
        <source>The authority (PEM: roots and intermediates) whose certificates sign the ministry&apos;s petitions; with it, an application is taken only with a petition the ministry signed. With --dev-cert, a demo ministry is made there when this is not given.</source>
        <translation>Удостоверяющий центр (PEM: корневые и промежуточные сертификаты), сертификатами которого подписываются ходатайства министерства; если он указан, заявление принимается только с ходатайством, подписанным министерством. Если не указан, при --dev-cert там создаётся демонстрационное министерство.</translation>
    </message>
    <message>
        <source>The ministry&apos;s BIN, as its signing certificates carry it (OU=BIN…): a petition signed under any other is refused.</source>
        <translation>BIN министерства в том виде, в каком он указан в его сертификатах подписи (OU=BIN…): ходатайство, подписанное под любым другим BIN, не принимается.</translation>
    </message>
    <message>
        <source>The issuing authority&apos;s OCSP responder (http://…, e.g. http://ocsp.pki.gov.kz): each signing certificate&apos;s status is asked of it, cached until the answer&apos;s next update, and the answer kept with the decision; with --crl too, the lists are used when it cannot be reached.</source>
        <translation>Служба OCSP удостоверяющего центра, выдающего сертификаты (http://…, например http://ocsp.pki.gov.kz): у неё запрашивается статус каждого сертификата подписи, ответ кэшируется до его следующего обновления и сохраняется вместе с решением; если указан и --crl, при недоступности службы используются списки.</translation>
    </message>
    <message>
        <source>OCSP responder certificates (PEM) trusted besides the authorities and the responders they authorise (default: none).</source>
        <translation>Сертификаты служб OCSP (PEM), которым доверяют помимо удостоверяющих центров и уполномоченных ими служб (по умолчанию: нет).</translation>
    </message>
    <message>
        <source>How long the OCSP responder may take to answer before a decision is refused as unverifiable (default 5).</source>
        <translation type="vanished">Сколько секунд служба OCSP может отвечать, прежде чем решение будет отклонено как непроверяемое (по умолчанию 5).</translation>
    </message>
    <message>
        <source>--ministry-ca needs --ministry-bin: the ministry&apos;s BIN is what tells its certificates from any other organisation&apos;s.</source>
        <translation>Для --ministry-ca нужен --ministry-bin: именно BIN министерства отличает его сертификаты от сертификатов любой другой организации.</translation>
    </message>
    <message>
        <source>This server has no timestamp authority of its own (--archive-tsa): the decision goes without a timestamp and is stamped on receipt.</source>
        <translation>У этого сервера нет собственной службы меток времени (TSA) (--archive-tsa): решение отправляется без метки времени, а метка ставится при его получении.</translation>
    </message>
    <message>
        <source>The OCSP responder %1 gave no OCSP response within %2 seconds: the server cannot tell whether the signing certificate was revoked. Try again later.</source>
        <translation>Служба OCSP %1 не дала ответа OCSP за %2 с: сервер не может определить, не отозван ли сертификат подписи. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is not one CMS (PKCS#7) signature carrying the petition it signs.</source>
        <translation>Ходатайство министерства не является одной подписью CMS (PKCS#7), содержащей подписываемое ею ходатайство.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition does not verify: its bytes were changed after it was signed.</source>
        <translation>Ходатайство министерства не проходит проверку: его байты изменены после подписания.</translation>
    </message>
    <message>
        <source>The certificate the ministry&apos;s petition is signed with had expired when the petition arrived (%1).</source>
        <translation>Когда ходатайство поступило (%1), срок действия сертификата, которым подписано ходатайство министерства, уже истёк.</translation>
    </message>
    <message>
        <source>The certificate the ministry&apos;s petition is signed with was not yet valid when the petition arrived (%1).</source>
        <translation>Когда ходатайство поступило (%1), сертификат, которым подписано ходатайство министерства, ещё не начал действовать.</translation>
    </message>
    <message>
        <source>An authority above the certificate the ministry&apos;s petition is signed with was not valid when the petition arrived (%1).</source>
        <translation>Когда ходатайство поступило (%1), сертификат вышестоящего удостоверяющего центра в цепочке сертификата, которым подписано ходатайство министерства, был недействителен.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is signed with a certificate not issued under the ministry&apos;s authority this site trusts.</source>
        <translation>Ходатайство министерства подписано сертификатом, выпущенным не удостоверяющим центром министерства, которому доверяет эта площадка.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is signed with a key that is not for signing.</source>
        <translation>Ходатайство министерства подписано ключом, который не предназначен для подписи.</translation>
    </message>
    <message>
        <source>The petition is not signed by the ministry (MDDIAI): its signer is %1 (§8).</source>
        <translation>Ходатайство подписано не министерством (МЦРИАП): его подписал %1 (§8).</translation>
    </message>
    <message>
        <source>The application brings no petition signed by the ministry (MDDIAI): it is taken only with one (§8, §10(3)).</source>
        <translation>К заявлению не приложено ходатайство, подписанное министерством (МЦРИАП): заявление принимается только с ним (§8, §10(3)).</translation>
    </message>
    <message>
        <source>The addresses (http://…, comma-separated, e.g. http://crl.pki.gov.kz/nca_rsa.crl) of the revocation lists of the authorities that issue officers&apos; certificates: the server fetches each (within --ocsp-timeout), keeps it until its next update, and keeps the list used with the decision; used after the OCSP responder and before --crl files.</source>
        <translation>Адреса списков отозванных сертификатов удостоверяющих центров, выдающих сертификаты сотрудникам (http://…, через запятую, например http://crl.pki.gov.kz/nca_rsa.crl): сервер загружает каждый (в пределах --ocsp-timeout), хранит его до следующего обновления и сохраняет использованный список вместе с решением; используются после службы OCSP и до файлов --crl.</translation>
    </message>
    <message>
        <source>How long the OCSP responder may take to answer, or a revocation list (--crl-url) to arrive, before a decision is refused as unverifiable (default 5).</source>
        <translation>Сколько секунд служба OCSP может отвечать или список отозванных сертификатов (--crl-url) может загружаться, прежде чем решение будет отклонено как непроверяемое (по умолчанию 5).</translation>
    </message>
    <message>
        <source>The revocation list %1 could not be fetched within %2 seconds and no copy of it is current: the server cannot tell whether the signing certificate was revoked. Try again later.</source>
        <translation>Список отозванных сертификатов %1 не удалось загрузить за %2 с, а действующей его копии нет: сервер не может определить, не отозван ли сертификат подписи. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>None of the revocation lists the server fetches (crl-url) is of the authority that issued the signing certificate: the server cannot tell whether it was revoked.</source>
        <translation>Ни один из списков отозванных сертификатов, которые загружает сервер (crl-url), не принадлежит удостоверяющему центру, выдавшему сертификат подписи: сервер не может определить, не отозван ли он.</translation>
    </message>
    <message>
        <source>This site signs in with the password and the authentication key: choose your authentication key (a file or your token) and sign in again.</source>
        <translation>На этой площадке вход выполняется по паролю и ключу аутентификации: выберите свой ключ аутентификации (файл или токен) и войдите снова.</translation>
    </message>
    <message>
        <source>The sign-in was signed for a request the server did not make, or that was already used: sign in again.</source>
        <translation>Вход подписан для запроса, который сервер не выдавал или который уже использован: войдите снова.</translation>
    </message>
    <message>
        <source>The sign-in took too long and its request expired: sign in again.</source>
        <translation>Вход занял слишком много времени, и срок действия его запроса истёк: войдите снова.</translation>
    </message>
    <message>
        <source>The authentication key is another person&apos;s (IIN %1), not %2&apos;s.</source>
        <translation>Ключ аутентификации принадлежит другому человеку (ИИН %1), а не пользователю %2.</translation>
    </message>
    <message>
        <source>This key is not for signing in (it is a signing key): sign in with your authentication key.</source>
        <translation>Этот ключ не предназначен для входа (это ключ подписи): войдите со своим ключом аутентификации.</translation>
    </message>
    <message>
        <source>The report&apos;s period needs &quot;from&quot; and &quot;to&quot;, each a date written YYYY-MM-DD.</source>
        <translation>Для периода отчёта нужны «from» и «to», каждый — дата в формате YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (the parameter &quot;%2&quot;) is not a day of the calendar written YYYY-MM-DD.</source>
        <translation>«%1» (параметр «%2») не является существующей датой в формате YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only the ministry and a city&apos;s supervisor read the pilot report.</source>
        <translation>Отчёт по пилотному проекту могут читать только министерство и руководитель города.</translation>
    </message>
    <message>
        <source>The period starts on %1, after today (%2): nothing has happened in it yet.</source>
        <translation>Период начинается %1, позже сегодняшнего дня (%2): в нём ещё ничего не произошло.</translation>
    </message>
    <message>
        <source>A sign-in with the key sends both the challenge and the signature.</source>
        <translation>При входе с ключом передаются и запрос (challenge), и подпись.</translation>
    </message>
    <message>
        <source>The sign-in&apos;s signature does not verify: it was made for another user, server or request.</source>
        <translation>Подпись входа не проходит проверку: она сделана для другого пользователя, сервера или запроса.</translation>
    </message>
    <message>
        <source>Whether officers sign in with their authentication key (EDS) besides the password: required, optional (a key sent is checked) or off (default). The key is checked against --signing-ca and revocation as decisions&apos; signatures are.</source>
        <translation>Входят ли сотрудники, помимо пароля, со своим ключом аутентификации (ЭЦП): required — обязательно, optional — по желанию (присланный ключ проверяется) или off — нет (по умолчанию). Ключ проверяется по --signing-ca и на отзыв так же, как подписи решений.</translation>
    </message>
    <message>
        <source>How long the challenge a sign-in with the key signs stays good (default 120).</source>
        <translation>Сколько секунд действует запрос (challenge), который подписывается при входе с ключом (по умолчанию 120).</translation>
    </message>
    <message>
        <source>The names, with their ports, workstations address this server by, comma-separated: a sign-in with the key is good only when it names one of them (default: the listen address and port; behind a reverse proxy, the public name, e.g. kezek.migration.kz:443).</source>
        <translation>Имена с портами, по которым рабочие станции обращаются к этому серверу, через запятую: вход с ключом действителен, только если называет одно из них (по умолчанию: адрес и порт прослушивания; за обратным прокси — публичное имя, например kezek.migration.kz:443).</translation>
    </message>
    <message>
        <source>The server listens on every address: give --sign-in-audience with the name and port workstations address it by, for sign-in with the key.</source>
        <translation>Сервер слушает все адреса: для входа с ключом укажите в --sign-in-audience имя и порт, по которым к нему обращаются рабочие станции.</translation>
    </message>
    <message>
        <source>How often the officers&apos; clocks in their warning or breached are looked for, to tell the case&apos;s holder and the city&apos;s supervisors; also at start-up (default 15; 0: never).</source>
        <translation>Как часто искать близкие к истечению или нарушенные сроки, которые должны соблюдать сотрудники, чтобы уведомить сотрудника, за которым закреплено дело, и руководителей города; также при запуске (по умолчанию 15; 0: никогда).</translation>
    </message>
    <message>
        <source>Only a supervisor marks colleagues absent and reads their absences.</source>
        <translation>Отмечать отсутствие сотрудников и просматривать периоды их отсутствия может только руководитель.</translation>
    </message>
    <message>
        <source>Only the ministry and a city&apos;s supervisor export lists of cases.</source>
        <translation>Экспортировать списки дел могут только министерство и руководитель города.</translation>
    </message>
    <message>
        <source>Case %1 is held by %2 now, not by whom you saw: it was not given to %3. Look at it again before you give it.</source>
        <translation>Дело %1 сейчас закреплено за пользователем %2, а не за тем, кого вы видели: пользователю %3 оно не передано. Прежде чем передавать дело, просмотрите его ещё раз.</translation>
    </message>
    <message>
        <source>A note needs its id (a UUID) and the time it was written.</source>
        <translation>Для заметки нужны её идентификатор (UUID) и время написания.</translation>
    </message>
    <message>
        <source>Integrations neither read nor write a case&apos;s internal notes.</source>
        <translation>Интеграции не читают и не записывают внутренние заметки по делу.</translation>
    </message>
    <message>
        <source>The note was not found again.</source>
        <translation>Не удалось повторно найти заметку.</translation>
    </message>
    <message>
        <source>Another note already has the id %1.</source>
        <translation>Идентификатор %1 уже есть у другой заметки.</translation>
    </message>
    <message>
        <source>The absence &quot;%1&quot; is already another person&apos;s; mark this one under a new id.</source>
        <translation>Отсутствие «%1» уже записано на другого человека; отметьте это отсутствие под новым идентификатором.</translation>
    </message>
</context>
<context>
    <name>Kezek::ShippedData</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Не удалось прочитать «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Kezek::SignInDialog</name>
    <message>
        <source>Kezek: sign in</source>
        <translation>Kezek: вход в систему</translation>
    </message>
    <message>
        <source>&lt;b&gt;Digital Nomad Residency&lt;/b&gt;&lt;br&gt;Migration Service workstation</source>
        <translation>&lt;b&gt;Выдача разрешения на постоянное жительство&lt;/b&gt;&lt;br&gt;Автоматизированное рабочее место миграционной службы</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
</context>
<context>
    <name>Kezek::Store</name>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>База данных отклонила инструкцию: %1</translation>
    </message>
    <message>
        <source>The migration &quot;%1&quot; cannot be read.</source>
        <translation>Миграция «%1» не читается.</translation>
    </message>
    <message>
        <source>The migrations skip from %1 to %2.</source>
        <translation>Миграции перескакивают с %1 на %2.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version cannot be read: %1</source>
        <translation>Не удаётся прочитать версию схемы базы данных: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2). Upgrade the program; the database was not changed.</source>
        <translation>Версия схемы базы данных — %1, новее известной этой программе (%2). Обновите программу; база данных не изменена.</translation>
    </message>
    <message>
        <source>A transaction cannot start: %1</source>
        <translation>Не удаётся начать транзакцию: %1</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Миграция %1 (%2) не удалась и отменена: %3</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation>Не удалось записать миграцию %1: %2</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is neither sqlite:PATH nor postgresql://…</source>
        <translation>URL базы данных «%1» — ни sqlite:PATH, ни postgresql://…</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>The change could not be committed: %1</source>
        <translation>Не удалось зафиксировать изменение: %1</translation>
    </message>
    <message>
        <source>A case with the id &quot;%1&quot; or the number &quot;%2&quot; exists already.</source>
        <translation>Дело с идентификатором «%1» или номером «%2» уже существует.</translation>
    </message>
    <message>
        <source>The case was stored meanwhile.</source>
        <translation>Дело тем временем уже сохранено.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already exists.</source>
        <translation>Пользователь «%1» уже существует.</translation>
    </message>
    <message>
        <source>Entry %1 was removed.</source>
        <translation>Запись %1 удалена.</translation>
    </message>
    <message>
        <source>Entry %1 was changed.</source>
        <translation>Запись %1 изменена.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Документа %1 нет.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; already exists.</source>
        <translation>Подразделение «%1» уже существует.</translation>
    </message>
    <message>
        <source>The local cache failed: %1</source>
        <translation>Сбой локального кэша: %1</translation>
    </message>
    <message>
        <source>Cannot write the cache&apos;s key file &quot;%1&quot;: %2.</source>
        <translation>Не удаётся записать файл ключа кэша «%1»: %2.</translation>
    </message>
    <message>
        <source>The cache&apos;s key file &quot;%1&quot; is missing: without it the cache cannot be opened. Sync again into a new cache.</source>
        <translation type="vanished">Файл ключа кэша «%1» отсутствует: без него кэш не открыть. Синхронизируйтесь заново в новый кэш.</translation>
    </message>
    <message>
        <source>The cache&apos;s key file &quot;%1&quot; is damaged.</source>
        <translation type="vanished">Файл ключа кэша «%1» повреждён.</translation>
    </message>
    <message>
        <source>The password does not open this workstation&apos;s cache.</source>
        <translation>Этот пароль не открывает кэш данного рабочего места.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kezek cache, or it is damaged; it was left as it is.</source>
        <translation>«%1» не является кэшем Kezek или повреждён; файл оставлен как есть.</translation>
    </message>
    <message>
        <source>The cache has schema version %1, newer than this program knows (%2). Upgrade Kezek; the cache was not changed.</source>
        <translation>Версия схемы кэша %1 новее той, что знает эта программа (%2). Обновите Kezek; кэш не изменён.</translation>
    </message>
    <message>
        <source>The server sent a case that is not whole (&quot;%1&quot;); the page was not kept.</source>
        <translation>Сервер прислал неполное дело («%1»); страница не сохранена.</translation>
    </message>
    <message>
        <source>The cache&apos;s key in %1 is damaged.</source>
        <translation>Ключ кэша (%1) повреждён.</translation>
    </message>
    <message>
        <source>The key of the cache &quot;%1&quot; is neither in this computer&apos;s keychain nor in a key file beside it: without it the cache cannot be opened. Sync again into a new cache.</source>
        <translation>Ключа кэша «%1» нет ни в хранилище ключей этого компьютера, ни в файле ключа рядом с ним: без него кэш не открыть. Синхронизируйтесь заново в новый кэш.</translation>
    </message>
    <message>
        <source>This computer has no system keychain to keep the cache&apos;s key in.</source>
        <translation>На этом компьютере нет системного хранилища ключей для ключа кэша.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>системное хранилище ключей</translation>
    </message>
    <message>
        <source>The scan received is not the one asked for (%1): it was not kept.</source>
        <translation>Полученный скан не тот, что был запрошен (%1): он не сохранён.</translation>
    </message>
    <message>
        <source>Cannot make the folder for scans &quot;%1&quot;.</source>
        <translation>Не удаётся создать папку для сканов «%1».</translation>
    </message>
    <message>
        <source>Cannot keep a scan in &quot;%1&quot;: %2.</source>
        <translation>Не удаётся сохранить скан в «%1»: %2.</translation>
    </message>
    <message>
        <source>The cached scan %1 is damaged or was altered; it will be fetched again at the next sync.</source>
        <translation>Сохранённый скан %1 повреждён или изменён; он будет загружен заново при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The server sent a page that is not whole; nothing of it was kept.</source>
        <translation>Сервер прислал неполную страницу; из неё ничего не сохранено.</translation>
    </message>
    <message>
        <source>The key of the cache &quot;%1&quot; is not beside it, and no system keychain answers now. If the key was kept in the keychain, sign in to the desktop (or start the keyring) and try again; the cache and its outbox are as they were.</source>
        <translation>Ключа кэша «%1» нет рядом с ним, и системное хранилище ключей сейчас не отвечает. Если ключ хранился в хранилище, войдите в рабочий сеанс (или запустите хранилище ключей) и попробуйте снова; кэш и его очередь остались как были.</translation>
    </message>
    <message>
        <source>The cached text of case %1 cannot be read, and the case cannot be opened on this workstation. Nothing was changed. Tell your IT department: the cache is damaged or was written by a newer Kezek.</source>
        <translation>Текст дела %1 в кэше не читается, и открыть дело на этом рабочем месте нельзя. Ничего не изменено. Сообщите в IT-отдел: кэш повреждён или записан более новой версией Kezek.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>База данных занята: %1</translation>
    </message>
    <message>
        <source>The database is unavailable: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log&apos;s key &quot;%1&quot;: %2.</source>
        <translation>Не удаётся записать ключ журнала аудита «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot read the audit log&apos;s key &quot;%1&quot;: %2.</source>
        <translation>Не удаётся прочитать ключ журнала аудита «%1»: %2.</translation>
    </message>
    <message>
        <source>The audit log&apos;s key &quot;%1&quot; is not a key (at least 32 hex digits).</source>
        <translation>«%1» — не ключ журнала аудита (нужно не менее 32 шестнадцатеричных цифр).</translation>
    </message>
    <message>
        <source>The audit log is keyed, and its key was not given: nothing was written. Give the key file (--audit-key, or KEZEK_AUDIT_KEY).</source>
        <translation>Журнал аудита защищён ключом, а ключ не передан: ничего не записано. Укажите файл ключа (--audit-key или KEZEK_AUDIT_KEY).</translation>
    </message>
    <message>
        <source>Entry %1 was written without the key after keyed entries: the log was rewritten from there.</source>
        <translation>Запись %1 сделана без ключа после записей с ключом: журнал переписан с этого места.</translation>
    </message>
    <message>
        <source>The audit log is keyed: give its key file (--audit-key, or KEZEK_AUDIT_KEY) to verify it.</source>
        <translation>Журнал аудита защищён ключом: для проверки укажите файл ключа (--audit-key или KEZEK_AUDIT_KEY).</translation>
    </message>
    <message>
        <source>Entry %1, named by the checkpoint of %2, is gone: the log&apos;s tail was cut.</source>
        <translation>Запись %1, названная контрольной точкой от %2, исчезла: хвост журнала обрезан.</translation>
    </message>
    <message>
        <source>Entry %1 differs from the checkpoint of %2: the log was rewritten up to there and its chain made again.</source>
        <translation>Запись %1 отличается от контрольной точки от %2: журнал переписан до этого места, а цепочка построена заново.</translation>
    </message>
    <message>
        <source>Entry %1 was written without the key, though the key file says every entry from %2 on is keyed: the log was rewritten.</source>
        <translation>Запись %1 сделана без ключа, хотя по файлу ключа все записи начиная с %2 защищены ключом: журнал переписан.</translation>
    </message>
    <message>
        <source>Another give has the request id &quot;%1&quot;: nothing was given. Give the case again.</source>
        <translation>Идентификатор запроса «%1» принадлежит другой передаче: ничего не передано. Передайте дело ещё раз.</translation>
    </message>
</context>
<context>
    <name>Kezek::Sync</name>
    <message>
        <source>The server answered %1.</source>
        <translation>Сервер ответил %1.</translation>
    </message>
    <message>
        <source>The server at %1 does not present the key this workstation was set up to trust. Nothing was sent. Tell your IT department: the server&apos;s certificate changed, or someone is in between.</source>
        <translation>Сервер %1 предъявляет не тот ключ, которому доверяет это рабочее место. Ничего не отправлено. Сообщите в ИТ-отдел: сертификат сервера изменился или кто-то вклинился в соединение.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON; nothing of it was kept.</source>
        <translation>Ответ сервера не является JSON; из него ничего не сохранено.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Синхронизация отменена.</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 commands; the rest stay in the outbox.</source>
        <translation type="vanished">Сервер ответил на %1 из %2 команд; остальные остаются в очереди.</translation>
    </message>
    <message>
        <source>The server sent a page that does not continue from %1; nothing of it was kept.</source>
        <translation>Сервер прислал страницу, которая не продолжает %1; из неё ничего не сохранено.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the %1 commands sent; they stay in the outbox and go again with the next sync.</source>
        <translation>Ответ сервера не соответствует %1 отправленным командам; они остаются в очереди и уйдут при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the %1 claims sent; they go again with the next sync.</source>
        <translation>Ответ сервера не соответствует %1 отправленным закреплениям дел; они уйдут снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The connection to the server broke off: %1</source>
        <translation>Связь с сервером оборвалась: %1</translation>
    </message>
    <message>
        <source>The server did not say who this user is; sign in online once.</source>
        <translation>Сервер не сообщил, кто этот пользователь; один раз войдите в систему при подключении к сети.</translation>
    </message>
    <message>
        <source>A decision is signed with your key: choose your key file and enter its password.</source>
        <translation>Решение подписывается вашим ключом: выберите файл ключа и введите его пароль.</translation>
    </message>
    <message>
        <source>The case is no longer on this workstation.</source>
        <translation>Этого дела больше нет на данном рабочем месте.</translation>
    </message>
    <message>
        <source>No certificate in &quot;%1&quot;.</source>
        <translation>В «%1» нет сертификата.</translation>
    </message>
    <message>
        <source>The scan %1 made at this desk is no longer in the cache; make it again. The commands wait in the outbox.</source>
        <translation type="vanished">Скан %1, сделанный за этим столом, больше не в кэше; сделайте его заново. Команды ждут в очереди отправки.</translation>
    </message>
    <message>
        <source>The scan is no longer in the cache.</source>
        <translation>Скана больше нет в кэше.</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again. Enter your password to sync; your commands wait in the outbox until then.</source>
        <translation>Сервер просит пользователя %1 войти снова. Введите пароль, чтобы синхронизировать; до тех пор ваши команды ждут в очереди отправки.</translation>
    </message>
    <message>
        <source>The server sent a page that is not whole JSON; nothing of it was kept.</source>
        <translation>Сервер прислал страницу, которая не является целым JSON; из неё ничего не сохранено.</translation>
    </message>
    <message>
        <source>This version of Kezek is older than the server at %1 accepts (it needs protocol %2 or later; this is %3). Ask your IT department to update Kezek. Your commands wait in the outbox until then; nothing is lost.</source>
        <translation>Эта версия Kezek старше, чем принимает сервер %1 (нужен протокол %2 или новее; здесь %3). Попросите ИТ-отдел обновить Kezek. До тех пор ваши команды ждут в очереди отправки; ничего не потеряно.</translation>
    </message>
    <message>
        <source>The server has the new password, but this workstation could not keep it for its cache (%1): offline, the cache still opens with the old password.</source>
        <translation>Сервер принял новый пароль, но эта рабочая станция не смогла сохранить его для своего кэша (%1): без сети кэш по-прежнему открывается старым паролем.</translation>
    </message>
    <message>
        <source>The server sent no certificate of the signing authority.</source>
        <translation>Сервер не прислал сертификат удостоверяющего центра.</translation>
    </message>
    <message>
        <source>This step is not a signed decision.</source>
        <translation>Этот шаг не является подписанным решением.</translation>
    </message>
    <message>
        <source>The server keeps no signed copy of this decision.</source>
        <translation>На сервере нет подписанной копии этого решения.</translation>
    </message>
    <message>
        <source>The signed bytes are not a command Kezek can read.</source>
        <translation>Подписанные данные — не команда, которую Kezek может прочитать.</translation>
    </message>
    <message>
        <source>The signature is intact, but what it signs is not the decision this case shows: its case, kind, reasons or text differ.</source>
        <translation>Подпись цела, но подписано не то решение, которое показывает дело: отличаются дело, вид, причины или текст.</translation>
    </message>
    <message>
        <source>You stopped the batch.</source>
        <translation>Вы остановили пакетное подписание.</translation>
    </message>
    <message>
        <source>The key was put away after the last batch: enter its password or PIN again.</source>
        <translation>После последнего пакета ключ закрыт: введите его пароль или PIN-код ещё раз.</translation>
    </message>
    <message>
        <source>The authentication key file &quot;%1&quot; cannot be read.</source>
        <translation>Не удаётся прочитать файл ключа аутентификации «%1».</translation>
    </message>
    <message>
        <source>This file holds a key that is not for signing in (a signing key): choose your authentication key.</source>
        <translation>В этом файле ключ, который не предназначен для входа (ключ подписи): выберите свой ключ аутентификации.</translation>
    </message>
    <message>
        <source>The tokens inserted hold the authentication keys of more than one person: leave only yours inserted.</source>
        <translation>На вставленных токенах ключи аутентификации нескольких человек: оставьте вставленным только свой токен.</translation>
    </message>
    <message>
        <source>No token inserted holds an authentication certificate. Insert the token with your authentication key.</source>
        <translation>Ни на одном вставленном токене нет сертификата аутентификации. Вставьте токен с вашим ключом аутентификации.</translation>
    </message>
    <message>
        <source>The authentication key was put away after the sign-in: give it again.</source>
        <translation>Ключ аутентификации закрыт после входа: укажите его снова.</translation>
    </message>
    <message>
        <source>The period ends on %1, after today (%2): nothing has happened on it yet. Choose a period up to today.</source>
        <translation>Период заканчивается %1, позже сегодняшнего дня (%2): в этот день ещё ничего не произошло. Выберите период, заканчивающийся не позднее сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Not given: the run was stopped before it.</source>
        <translation>Не передано: выполнение остановлено до этого дела.</translation>
    </message>
    <message>
        <source>Not given: %1</source>
        <translation>Не передано: %1</translation>
    </message>
    <message>
        <source>Your role reads cases and works none, so it claims none.</source>
        <translation>Ваша роль только читает дела и не работает с ними, поэтому не может закреплять их за собой.</translation>
    </message>
    <message>
        <source>%1 works on this case: it cannot be claimed before they give it back or their claim runs out.</source>
        <translation>С этим делом работает %1: закрепить его за собой нельзя, пока он не вернёт дело или не истечёт срок его закрепления.</translation>
    </message>
    <message>
        <source>Notes are written on the cases your role and city may see.</source>
        <translation>Заметки пишутся только к делам, доступным вашей роли и городу.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the %1 export records sent; they go again with the next sync.</source>
        <translation>Ответ сервера не соответствует %1 отправленным записям об экспорте; они уйдут снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The sync stopped on an internal error; nothing sent is lost and it is tried again at the next sync. If it happens again, send the log to your IT department (Help menu).</source>
        <translation>Синхронизация остановилась из-за внутренней ошибки; ничего отправленного не потеряно, попытка повторится при следующей синхронизации. Если это повторится, отправьте журнал в ИТ-отдел (меню «Справка»).</translation>
    </message>
</context>
<context>
    <name>Kezek::Ui</name>
    <message>
        <source>%1: case %2</source>
        <translation>%1: дело %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, case %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, дело %4 (%5)</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Причины:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Documents at fault:</source>
        <translation>&amp;Документы с недостатками:</translation>
    </message>
    <message>
        <source>What the applicant should know, in plain words</source>
        <translation>Что нужно знать заявителю, простыми словами</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Разъяснение:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Ваш ключ подписи</translation>
    </message>
    <message>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>Ключи PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>&amp;Ключ подписи:</translation>
    </message>
    <message>
        <source>Key pass&amp;word:</source>
        <translation>П&amp;ароль ключа:</translation>
    </message>
    <message>
        <source>&amp;Sign and queue</source>
        <translation>Подписать и поставить в &amp;очередь</translation>
    </message>
    <message>
        <source>&amp;Queue for the server</source>
        <translation>Поставить в &amp;очередь отправки</translation>
    </message>
    <message>
        <source>The law allows this.</source>
        <translation>Закон это допускает.</translation>
    </message>
    <message>
        <source>Choose your signing key file (PKCS#12).</source>
        <translation>Выберите файл ключа подписи (PKCS#12).</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: срок истекает %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>Автоматические проверки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>Mark the document verified (Ctrl+Shift+V)</source>
        <translation>Отметить документ как проверенный (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Отк&amp;лонить…</translation>
    </message>
    <message>
        <source>View &amp;scan</source>
        <translation>Показать ск&amp;ан</translation>
    </message>
    <message>
        <source>Reject the document</source>
        <translation>Отклонить документ</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Почему документ отклонён?</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Вид срока</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Прежний этап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Свод&amp;ка</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>Про&amp;верки</translation>
    </message>
    <message>
        <source>C&amp;locks</source>
        <translation>Срок&amp;и</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <source>Choose a case in the queue.</source>
        <translation>Выберите дело в очереди.</translation>
    </message>
    <message>
        <source>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3 &amp;nbsp; &lt;i&gt;%4&lt;/i&gt;</source>
        <translation type="vanished">&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3 &amp;nbsp; &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) of yours wait for the next sync; the case is shown as they leave it.</source>
        <translation type="vanished">
            <numerusform>%n ваша команда ожидает следующей синхронизации; дело показано таким, каким оно станет после неё.</numerusform>
            <numerusform>%n ваши команды ожидают следующей синхронизации; дело показано таким, каким оно станет после них.</numerusform>
            <numerusform>%n ваших команд ожидают следующей синхронизации; дело показано таким, каким оно станет после них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) met a newer version on the server: see the outbox.</source>
        <translation>
            <numerusform>%n команда столкнулась с более новой версией дела на сервере: см. очередь отправки.</numerusform>
            <numerusform>%n команды столкнулись с более новой версией дела на сервере: см. очередь отправки.</numerusform>
            <numerusform>%n команд столкнулись с более новой версией дела на сервере: см. очередь отправки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) were refused by the server: see the outbox.</source>
        <translation>
            <numerusform>Сервер отклонил %n команду: см. очередь отправки.</numerusform>
            <numerusform>Сервер отклонил %n команды: см. очередь отправки.</numerusform>
            <numerusform>Сервер отклонил %n команд: см. очередь отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worked by %1</source>
        <translation>В работе у %1</translation>
    </message>
    <message>
        <source>Give back (Ctrl+M)</source>
        <translation>Снять закрепление (Ctrl+M)</translation>
    </message>
    <message>
        <source>Claim (Ctrl+M)</source>
        <translation>Закрепить за собой (Ctrl+M)</translation>
    </message>
    <message>
        <source>A claimed case is yours for eight hours: nobody else acts on it, and its scans are kept here to read offline.</source>
        <translation>Закреплённое дело остаётся за вами восемь часов: никто другой с ним не работает, а его сканы хранятся здесь для просмотра без подключения к сети.</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>%1 (valid; born %2, %3)</source>
        <translation>%1 (действителен; дата рождения %2, пол %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Passport:</source>
        <translation>Паспорт:</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, действителен до %2</translation>
    </message>
    <message>
        <source>MRZ:</source>
        <translation>MRZ:</translation>
    </message>
    <message>
        <source>MRZ reads:</source>
        <translation>Данные MRZ:</translation>
    </message>
    <message>
        <source>%1 %2, passport %3 of %4, born %5, valid until %6</source>
        <translation>%1 %2, паспорт %3 (%4), дата рождения %5, действителен до %6</translation>
    </message>
    <message>
        <source>Notices in:</source>
        <translation>Язык уведомлений:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Дата поступления:</translation>
    </message>
    <message>
        <source>КҚП АЖ number:</source>
        <translation type="vanished">Номер в КҚП АЖ:</translation>
    </message>
    <message>
        <source>Preliminary permit:</source>
        <translation>Предварительное разрешение:</translation>
    </message>
    <message>
        <source>At the CSC on:</source>
        <translation>Дата явки в ЦОН:</translation>
    </message>
    <message>
        <source>Courier tracking:</source>
        <translation>Трек-номер курьерского отправления:</translation>
    </message>
    <message>
        <source>Residence permit:</source>
        <translation>Вид на жительство:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source> (if applicable)</source>
        <translation type="vanished"> (при наличии)</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>сведений нет</translation>
    </message>
    <message>
        <source>HIT</source>
        <translation>СВЕДЕНИЯ ВЫЯВЛЕНЫ</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательная</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>предварительная</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>No scan was filed for this document.</source>
        <translation>Скан этого документа не был загружен.</translation>
    </message>
    <message>
        <source>The scan is not on this workstation yet. Claim the case (Ctrl+M) and sync: the scans of claimed cases are kept here to read offline.</source>
        <translation>Скана пока нет на этом рабочем месте. Закрепите дело за собой (Ctrl+M) и выполните синхронизацию: сканы закреплённых дел хранятся здесь для просмотра без подключения к сети.</translation>
    </message>
    <message numerus="yes">
        <source>%n wd over</source>
        <translation>
            <numerusform>просрочено на %n р.д.</numerusform>
            <numerusform>просрочено на %n р.д.</numerusform>
            <numerusform>просрочено на %n р.д.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d over</source>
        <translation>
            <numerusform>просрочено на %n дн.</numerusform>
            <numerusform>просрочено на %n дн.</numerusform>
            <numerusform>просрочено на %n дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y over</source>
        <translation>
            <numerusform>просрочено на %n г.</numerusform>
            <numerusform>просрочено на %n г.</numerusform>
            <numerusform>просрочено на %n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wd</source>
        <translation>
            <numerusform>%n р.д.</numerusform>
            <numerusform>%n р.д.</numerusform>
            <numerusform>%n р.д.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n г.</numerusform>
            <numerusform>%n г.</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Kezek is locked</source>
        <translation type="vanished">Kezek заблокирован</translation>
    </message>
    <message>
        <source>The workstation was locked while nobody used it. Enter the password of %1 to go on.</source>
        <translation>Рабочее место заблокировано, пока им никто не пользовался. Чтобы продолжить, введите пароль пользователя %1.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>Kezek — %1 (%2)</source>
        <translation>Kezek — %1 (%2)</translation>
    </message>
    <message>
        <source>Search the queue: case number, IIN, passport number or name (Ctrl+F)</source>
        <translation type="vanished">Поиск в очереди: номер дела, ИИН, номер паспорта или ФИО (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queues&lt;/b&gt;</source>
        <translation>&lt;b&gt;Очереди&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Очередь отправки</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● в сети</translation>
    </message>
    <message>
        <source>○ offline</source>
        <translation>○ не в сети</translation>
    </message>
    <message>
        <source>○ not synced yet</source>
        <translation>○ ещё не синхронизировано</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Работа</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Найти дело</translation>
    </message>
    <message>
        <source>Go to the &amp;case list</source>
        <translation>Перейти к с&amp;писку дел</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Очередь отправки</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Заблокировать экран</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Очереди</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation type="vanished">&amp;Горячие клавиши</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="vanished">Горячие клавиши</translation>
    </message>
    <message>
        <source>Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</source>
        <translation type="vanished">Ctrl+1…9: очереди · Ctrl+F: поиск · Enter: открыть дело · Alt+1…9: действия по делу · Ctrl+Shift+V: отметить документ как проверенный · Ctrl+Shift+J: отклонить его · Ctrl+Shift+S: его скан · Ctrl+M: закрепить дело за собой · F5: синхронизация · Ctrl+O: очередь отправки · Ctrl+L: блокировка</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 need you (Ctrl+O)</source>
        <translation type="vanished">Ожидают отправки: %1, требуют вашего внимания: %2 (Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="vanished">Ожидают отправки: %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>синхронизации ещё не было</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in this queue are past a deadline or reach it within one working day.</source>
        <translation type="vanished">
            <numerusform>%n дело в этой очереди просрочено или срок по нему истекает в течение одного рабочего дня.</numerusform>
            <numerusform>%n дела в этой очереди просрочены или срок по ним истекает в течение одного рабочего дня.</numerusform>
            <numerusform>%n дел в этой очереди просрочено или срок по ним истекает в течение одного рабочего дня.</numerusform>
        </translation>
    </message>
    <message>
        <source>sending %v of %m</source>
        <translation>отправка: %v из %m</translation>
    </message>
    <message>
        <source>receiving %v of %m</source>
        <translation>получение: %v из %m</translation>
    </message>
    <message>
        <source>%1 of your commands need you: see the outbox.</source>
        <translation type="vanished">Ваших команд, требующих внимания: %1 — см. очередь отправки.</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Синхронизация останавливается…</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>Document checked</source>
        <translation>Проверка документа</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>The server said</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <source>Make &amp;again on the server&apos;s version</source>
        <translation>Повторить на версии с&amp;ервера</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>Пере&amp;йти к делу</translation>
    </message>
    <message>
        <source>You worked on version %1. The server has version %2 (stage: %3).</source>
        <translation>Вы работали с версией %1. На сервере версия %2 (этап: %3).</translation>
    </message>
    <message>
        <source>Discard the command</source>
        <translation>Удаление команды</translation>
    </message>
    <message>
        <source>The server did not take this command. Discard it? The case stays as the server has it.</source>
        <translation>Сервер не принял эту команду. Удалить её? Дело останется таким, каким оно есть на сервере.</translation>
    </message>
    <message>
        <source>A signed decision is made again from the case: open it, check what changed, and decide again; then discard this one.</source>
        <translation>Подписанное решение оформляется заново из дела: откройте его, проверьте, что изменилось, и примите решение повторно; затем удалите эту команду.</translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation>Скан: %1</translation>
    </message>
    <message>
        <source>This scan is neither a picture nor a PDF Kezek can show.</source>
        <translation>Этот скан не является ни изображением, ни PDF-файлом, который Kezek может показать.</translation>
    </message>
    <message>
        <source>Kezek: sign in</source>
        <translation type="vanished">Kezek: вход в систему</translation>
    </message>
    <message>
        <source>&lt;b&gt;Digital Nomad Residency&lt;/b&gt;&lt;br&gt;Migration Service workstation</source>
        <translation type="vanished">&lt;b&gt;Digital Nomad Residency&lt;/b&gt;&lt;br&gt;Автоматизированное рабочее место миграционной службы</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="vanished">&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="vanished">&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>The server&apos;s address starts with https://, for example https://kezek.example.kz.</source>
        <translation>Адрес сервера начинается с https://, например: https://kezek.example.kz.</translation>
    </message>
    <message>
        <source>The first sign-in on this workstation needs the server, and it cannot be reached: %1</source>
        <translation>Для первого входа на этом рабочем месте нужен сервер, но он недоступен: %1</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>Take the command back</source>
        <translation>Отзыв команды</translation>
    </message>
    <message numerus="yes">
        <source>Take back %n command(s) not yet sent? Nothing of them reaches the server.</source>
        <translation>
            <numerusform>Отозвать %n ещё не отправленную команду? На сервер она не попадёт.</numerusform>
            <numerusform>Отозвать %n ещё не отправленные команды? На сервер они не попадут.</numerusform>
            <numerusform>Отозвать %n ещё не отправленных команд? На сервер они не попадут.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notice preview…</source>
        <translation>&amp;Просмотр уведомления…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Enter or a double click: the notice as the applicant reads it, to print as PDF</source>
        <translation>Enter или двойной щелчок: уведомление в том виде, в каком его читает заявитель, для печати в PDF</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message>
        <source>Notice to the applicant: case %1</source>
        <translation>Уведомление заявителю: дело %1</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Сохранение уведомления</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The notice could not be written to &quot;%1&quot;.</source>
        <translation>Не удалось записать уведомление в «%1».</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранённые</translation>
    </message>
    <message>
        <source>Saved searches: a queue with its search, kept for you (Ctrl+D saves this one)</source>
        <translation>Сохранённые поиски: очередь вместе с поиском, хранятся для вас (Ctrl+D — сохранить этот)</translation>
    </message>
    <message>
        <source>Save this &amp;search…</source>
        <translation>Сохранить этот &amp;поиск…</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Сохранить этот поиск…</translation>
    </message>
    <message>
        <source>Save the search</source>
        <translation>Сохранение поиска</translation>
    </message>
    <message>
        <source>A name for this queue and search:</source>
        <translation>Название для этой очереди и поиска:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are past a deadline or reach it within one working day.</source>
        <translation type="vanished">
            <numerusform>У %n дела срок истёк или истекает в течение одного рабочего дня.</numerusform>
            <numerusform>У %n дел срок истёк или истекает в течение одного рабочего дня.</numerusform>
            <numerusform>У %n дел срок истёк или истекает в течение одного рабочего дня.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case changed while you wrote the reason; nothing was rejected. Check it and reject again.</source>
        <translation>Пока вы писали причину, дело изменилось; ничего не отклонено. Проверьте его и отклоните снова.</translation>
    </message>
    <message>
        <source>%1 (if applicable)</source>
        <translation>%1 (при наличии)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n ожидает отправки</numerusform>
            <numerusform>%n ожидают отправки</numerusform>
            <numerusform>%n ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n need you (Ctrl+O)</source>
        <translation>
            <numerusform>%1, %n требует вашего внимания (Ctrl+O)</numerusform>
            <numerusform>%1, %n требуют вашего внимания (Ctrl+O)</numerusform>
            <numerusform>%1, %n требуют вашего внимания (Ctrl+O)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of your commands need you: see the outbox.</source>
        <translation>
            <numerusform>%n ваша команда требует внимания: см. очередь отправки.</numerusform>
            <numerusform>%n ваши команды требуют внимания: см. очередь отправки.</numerusform>
            <numerusform>%n ваших команд требуют внимания: см. очередь отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync started meanwhile: nothing was taken back.</source>
        <translation>Тем временем началась синхронизация: ничего не отозвано.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) had already been sent and stay done.</source>
        <translation>
            <numerusform>%n команда уже была отправлена и остаётся в силе.</numerusform>
            <numerusform>%n команды уже были отправлены и остаются в силе.</numerusform>
            <numerusform>%n команд уже были отправлены и остаются в силе.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server counts by a new calendar or list of reasons. Kezek counts by it from your next sign-in.</source>
        <translation type="vanished">Сервер считает по новому календарю или перечню причин. Kezek будет считать по нему со следующего входа.</translation>
    </message>
    <message>
        <source>&amp;Give the case to…</source>
        <translation>&amp;Передать дело…</translation>
    </message>
    <message>
        <source>Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · Ctrl+Shift+G: give it to a colleague (supervisors) · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</source>
        <translation type="vanished">Ctrl+1…9: очереди · Ctrl+F: поиск · Enter: открыть дело · Alt+1…9: действия по делу · Ctrl+Shift+V: отметить документ как проверенный · Ctrl+Shift+J: отклонить его · Ctrl+Shift+S: его скан · Ctrl+M: закрепить дело за собой · Ctrl+Shift+G: передать коллеге (руководители) · F5: синхронизация · Ctrl+O: очередь отправки · Ctrl+L: блокировка</translation>
    </message>
    <message>
        <source>Open the case to give first.</source>
        <translation>Сначала откройте дело, которое нужно передать.</translation>
    </message>
    <message>
        <source>Give the case</source>
        <translation>Передача дела</translation>
    </message>
    <message>
        <source>The server is needed to give a case, and it answered: %1</source>
        <translation>Для передачи дела нужен сервер, и он ответил: %1</translation>
    </message>
    <message>
        <source>The server knows no officer or CSC operator of your city.</source>
        <translation>На сервере нет сотрудников миграционной службы или операторов ЦОН вашего города.</translation>
    </message>
    <message>
        <source>Give %1 to:</source>
        <translation>Кому передать %1:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="vanished">%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>%1 is now %2&apos;s.</source>
        <translation>%1 теперь у сотрудника %2.</translation>
    </message>
    <message>
        <source>The server&apos;s calendar could not be taken: %1. Kezek counts by the one it has.</source>
        <translation>Не удалось получить календарь сервера: %1. Kezek считает по имеющемуся.</translation>
    </message>
    <message>
        <source>An applicant has arrived</source>
        <translation>Явился заявитель</translation>
    </message>
    <message>
        <source>from the notice of preliminary approval</source>
        <translation>из уведомления о предварительном одобрении</translation>
    </message>
    <message>
        <source>Preliminary permit number, IIN or passport number:</source>
        <translation type="vanished">Номер предварительного разрешения, ИИН или номер паспорта:</translation>
    </message>
    <message>
        <source>&amp;Permit number on the notice:</source>
        <translation>&amp;Номер разрешения в уведомлении:</translation>
    </message>
    <message>
        <source>&amp;Record the arrival</source>
        <translation>&amp;Зарегистрировать явку</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>No case of this city has the permit number, IIN or passport number &quot;%1&quot;. Check the number on the notice; a case of another city is not shown here.</source>
        <translation>Ни в одном деле этого города нет номера разрешения, ИИН или номера паспорта «%1». Проверьте номер в уведомлении; дело другого города здесь не показывается.</translation>
    </message>
    <message>
        <source>The comparison began on %1; the final application is due by %2 (§21). Open the case to go on.</source>
        <translation>Сверка начата %1; окончательное заявление нужно зарегистрировать до %2 (§21). Откройте дело, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The preliminary approval of %1 is in force until %2. Check the permit number on the notice, then record the arrival: the comparison is due within one working day (§21).</source>
        <translation>Предварительное одобрение от %1 действует до %2. Проверьте номер разрешения в уведомлении и зарегистрируйте явку: сверка должна быть проведена в течение одного рабочего дня (§21).</translation>
    </message>
    <message>
        <source>At the CSC</source>
        <translation>В ЦОН</translation>
    </message>
    <message>
        <source>&amp;Compare with the original…</source>
        <translation>&amp;Сверить с подлинником…</translation>
    </message>
    <message>
        <source>The filed copy beside the original, its data typed in, and the verdict (Ctrl+Shift+C)</source>
        <translation>Поданная копия рядом с подлинником, ввод его данных и заключение (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пикс.</translation>
    </message>
    <message>
        <source>Compare: %1, case %2</source>
        <translation>Сверка: %1, дело %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) &amp;nbsp; %3 %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) &amp;nbsp; %3 %4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Turn 90°</source>
        <translation>Повернуть на 90°</translation>
    </message>
    <message>
        <source>Scan of the original…</source>
        <translation>Скан подлинника…</translation>
    </message>
    <message>
        <source>Filed on eGov</source>
        <translation>Подано через eGov</translation>
    </message>
    <message>
        <source>Original, as scanned at the CSC</source>
        <translation>Подлинник, отсканированный в ЦОН</translation>
    </message>
    <message>
        <source>Original, scanned at this desk</source>
        <translation>Подлинник, отсканированный за этим столом</translation>
    </message>
    <message>
        <source>No copy of this document was filed on eGov: it is brought after arrival (§20).</source>
        <translation>Копия этого документа через eGov не подавалась: его приносят после въезда (§20).</translation>
    </message>
    <message>
        <source>Scan the original, then choose the file (Ctrl+Shift+O).</source>
        <translation>Отсканируйте подлинник и выберите файл (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>&amp;Matched</source>
        <translation>&amp;Совпадает</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Mi&amp;smatched…</source>
        <translation>&amp;Не совпадает…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>What the original says</source>
        <translation>Что указано в подлиннике</translation>
    </message>
    <message>
        <source>MRZ, line &amp;1:</source>
        <translation>MRZ, строка &amp;1:</translation>
    </message>
    <message>
        <source>MRZ, line &amp;2:</source>
        <translation>MRZ, строка &amp;2:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ширина:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Высота:</translation>
    </message>
    <message>
        <source>&amp;Notarized</source>
        <translation>&amp;Нотариально удостоверен</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Действует &amp;с:</translation>
    </message>
    <message>
        <source>In force &amp;until:</source>
        <translation>Действует &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Form number:</source>
        <translation>&amp;Номер формы:</translation>
    </message>
    <message>
        <source>Issued &amp;abroad</source>
        <translation>Выдан за &amp;рубежом</translation>
    </message>
    <message>
        <source>not legalized</source>
        <translation>не легализован</translation>
    </message>
    <message>
        <source>consular legalization</source>
        <translation>консульская легализация</translation>
    </message>
    <message>
        <source>apostille</source>
        <translation>апостиль</translation>
    </message>
    <message>
        <source>exempt by a treaty</source>
        <translation>освобождён по договору</translation>
    </message>
    <message>
        <source>&amp;Legalization (§28):</source>
        <translation>&amp;Легализация (§28):</translation>
    </message>
    <message>
        <source>&amp;Paid through the eGov payment gateway</source>
        <translation>&amp;Оплачено через платёжный шлюз eGov</translation>
    </message>
    <message>
        <source>Nothing to type in: compare the original with your own eyes.</source>
        <translation>Вводить нечего: сверьте подлинник своими глазами.</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation>✓ совпадает</translation>
    </message>
    <message>
        <source>✗ differs</source>
        <translation>✗ отличается</translation>
    </message>
    <message>
        <source>No automatic check applies to this document.</source>
        <translation>К этому документу автоматические проверки не применяются.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Файл %1 не читается: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than 50 MB; scan it at a lower resolution.</source>
        <translation type="vanished">Файл %1 больше 50 МБ; отсканируйте его с меньшим разрешением.</translation>
    </message>
    <message>
        <source>A scan must be a PNG, JPEG or PDF file; this one is none of them.</source>
        <translation>Скан должен быть файлом PNG, JPEG или PDF; этот файл ни то, ни другое, ни третье.</translation>
    </message>
    <message>
        <source>This scan is damaged: it cannot be shown.</source>
        <translation>Этот скан повреждён: его нельзя показать.</translation>
    </message>
    <message>
        <source>The scan of the original</source>
        <translation>Скан подлинника</translation>
    </message>
    <message>
        <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Сканы (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Mismatched</source>
        <translation>Не совпадает</translation>
    </message>
    <message>
        <source>What does not match? The applicant is told this reason.%1</source>
        <translation>Что не совпадает? Эта причина будет сообщена заявителю.%1</translation>
    </message>
    <message>
        <source>

The automatic checks found: %1</source>
        <translation>

Автоматические проверки обнаружили: %1</translation>
    </message>
    <message>
        <source>Say what does not match: the applicant is told this reason.</source>
        <translation>Укажите, что не совпадает: эта причина будет сообщена заявителю.</translation>
    </message>
    <message>
        <source>Send the originals by courier</source>
        <translation>Отправка подлинников курьером</translation>
    </message>
    <message>
        <source>Originals received from the courier</source>
        <translation>Подлинники получены от курьера</translation>
    </message>
    <message>
        <source>The registered cases whose originals go in this envelope (§21). The transfer list is printed to go with it.</source>
        <translation>Зарегистрированные дела, подлинники которых идут в этом конверте (§21). Передаточный реестр печатается и отправляется вместе с ним.</translation>
    </message>
    <message>
        <source>Type the tracking number on the envelope: its cases are listed. Recording the receipt starts the three working days of the final verification (§22).</source>
        <translation>Введите трек-номер с конверта: его дела будут перечислены. Регистрация получения запускает три рабочих дня окончательной проверки (§22).</translation>
    </message>
    <message>
        <source>Courier &amp;tracking number:</source>
        <translation>&amp;Трек-номер курьера:</translation>
    </message>
    <message>
        <source>&amp;Dispatch and print the transfer list…</source>
        <translation>&amp;Отправить и напечатать реестр…</translation>
    </message>
    <message>
        <source>&amp;Record the receipt</source>
        <translation>&amp;Зарегистрировать получение</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) chosen.</source>
        <translation>
            <numerusform>Выбрано %n дело.</numerusform>
            <numerusform>Выбрано %n дела.</numerusform>
            <numerusform>Выбрано %n дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %3 · passport %4</source>
        <translation>%1 · %2 %3 · паспорт %4</translation>
    </message>
    <message>
        <source>No registered case is waiting for the courier.</source>
        <translation>Нет зарегистрированных дел, ожидающих курьера.</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>No case of this city is on its way under &quot;%1&quot;. Check the number, or sync (F5) if the batch was sent just now.</source>
        <translation>Ни одно дело этого города не в пути под номером «%1». Проверьте номер или синхронизируйте (F5), если отправление ушло только что.</translation>
    </message>
    <message>
        <source>Save the transfer list</source>
        <translation>Сохранить реестр</translation>
    </message>
    <message>
        <source>Choose at least one case for the envelope.</source>
        <translation>Выберите хотя бы одно дело для конверта.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Дело %1: %2</translation>
    </message>
    <message>
        <source>Transfer list %1</source>
        <translation>Реестр %1</translation>
    </message>
    <message>
        <source>The transfer list could not be written to &quot;%1&quot;; nothing was sent.</source>
        <translation type="vanished">Не удалось записать реестр в «%1»; ничего не отправлено.</translation>
    </message>
    <message>
        <source>Type the tracking number and press Enter: the envelope&apos;s cases are listed to receive.</source>
        <translation>Введите трек-номер и нажмите Enter: дела конверта будут перечислены для приёма.</translation>
    </message>
    <message>
        <source>An applicant has &amp;arrived…</source>
        <translation>&amp;Явился заявитель…</translation>
    </message>
    <message>
        <source>Send originals by &amp;courier…</source>
        <translation type="vanished">Отправить подлинники &amp;курьером…</translation>
    </message>
    <message>
        <source>O&amp;riginals received from the courier…</source>
        <translation>&amp;Подлинники получены от курьера…</translation>
    </message>
    <message>
        <source>Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+C: compare it with the original · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · Ctrl+Shift+G: give it to a colleague (supervisors) · Ctrl+Shift+A: an applicant has arrived, Ctrl+Shift+K: send originals by courier (CSC) · Ctrl+Shift+R: originals received (officers) · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</source>
        <translation type="vanished">Ctrl+1…9: очереди · Ctrl+F: поиск · Enter: открыть дело · Alt+1…9: действия по делу · Ctrl+Shift+V: подтвердить документ · Ctrl+Shift+J: отклонить его · Ctrl+Shift+C: сверить с подлинником · Ctrl+Shift+S: его скан · Ctrl+M: закрепить дело за собой · Ctrl+Shift+G: передать дело коллеге (руководители) · Ctrl+Shift+A: явился заявитель, Ctrl+Shift+K: отправить подлинники курьером (ЦОН) · Ctrl+Shift+R: подлинники получены (сотрудники) · F5: синхронизация · Ctrl+O: очередь отправки · Ctrl+L: блокировка</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) wait in the outbox to go by courier.</source>
        <translation>
            <numerusform>%n дело ждёт в очереди отправки, чтобы уйти курьером.</numerusform>
            <numerusform>%n дела ждут в очереди отправки, чтобы уйти курьером.</numerusform>
            <numerusform>%n дел ждут в очереди отправки, чтобы уйти курьером.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) received: the final verification&apos;s three working days run from today.</source>
        <translation>
            <numerusform>Получено %n дело: три рабочих дня окончательной проверки идут с сегодняшнего дня.</numerusform>
            <numerusform>Получено %n дела: три рабочих дня окончательной проверки идут с сегодняшнего дня.</numerusform>
            <numerusform>Получено %n дел: три рабочих дня окончательной проверки идут с сегодняшнего дня.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Transfer list of original documents&lt;/h2&gt;&lt;p&gt;Courier tracking number: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Date: %2&lt;br&gt;From: %3 (%4)&lt;br&gt;To: the migration department, %5 (§21-22 of the order)&lt;/p&gt;&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;4&quot; width=&quot;100%&quot;&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;Case&lt;/th&gt;&lt;th&gt;Applicant&lt;/th&gt;&lt;th&gt;Passport&lt;/th&gt;&lt;th&gt;Preliminary permit&lt;/th&gt;&lt;th&gt;Documents&lt;/th&gt;&lt;/tr&gt;%6&lt;/table&gt;&lt;p&gt;Cases in the envelope: %7.&lt;/p&gt;&lt;p&gt;Handed over: ____________________ &amp;nbsp; Received by the courier: ____________________&lt;/p&gt;&lt;p&gt;Received at the migration department (date, signature): ____________________&lt;/p&gt;</source>
        <translation type="vanished">&lt;h2&gt;Передаточный реестр подлинников документов&lt;/h2&gt;&lt;p&gt;Трек-номер курьера: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Дата: %2&lt;br&gt;От: %3 (%4)&lt;br&gt;Кому: миграционное подразделение, %5 (§21-22 приказа)&lt;/p&gt;&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;4&quot; width=&quot;100%&quot;&gt;&lt;tr&gt;&lt;th&gt;№&lt;/th&gt;&lt;th&gt;Дело&lt;/th&gt;&lt;th&gt;Заявитель&lt;/th&gt;&lt;th&gt;Паспорт&lt;/th&gt;&lt;th&gt;Предварительное разрешение&lt;/th&gt;&lt;th&gt;Документы&lt;/th&gt;&lt;/tr&gt;%6&lt;/table&gt;&lt;p&gt;Дел в конверте: %7.&lt;/p&gt;&lt;p&gt;Сдал: ____________________ &amp;nbsp; Принял курьер: ____________________&lt;/p&gt;&lt;p&gt;Принято миграционным подразделением (дата, подпись): ____________________&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 × %2 px, page 1 of %3: the other pages in the scan viewer (Ctrl+Shift+S on the case)</source>
        <translation>%1 × %2 пикс., страница 1 из %3: остальные страницы в просмотре скана (Ctrl+Shift+S в деле)</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>Файл %1 больше %2 МБ; отсканируйте его с меньшим разрешением.</translation>
    </message>
    <message>
        <source>%1 (worked by %2)</source>
        <translation>%1 (в работе у %2)</translation>
    </message>
    <message>
        <source>The transfer list could not be written to &quot;%1&quot; (%2); nothing was sent.</source>
        <translation>Не удалось записать реестр в «%1» (%2); ничего не отправлено.</translation>
    </message>
    <message>
        <source>Send originals by cou&amp;rier…</source>
        <translation>Отправить подлинники ку&amp;рьером…</translation>
    </message>
    <message>
        <source>uploading scans: %v of %m</source>
        <translation>загрузка сканов: %v из %m</translation>
    </message>
    <message>
        <source>&amp;Find by the preliminary permit number, IIN or passport number:</source>
        <translation type="vanished">&amp;Найти по номеру предварительного разрешения, ИИН или номеру паспорта:</translation>
    </message>
    <message>
        <source>Type the permit number printed on the applicant&apos;s notice: the desk takes the applicant on by it (§21).</source>
        <translation>Введите номер разрешения, напечатанный в уведомлении заявителя: стол принимает заявителя по нему (§21).</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) of yours were applied by the server; the next sync brings the case as they left it.</source>
        <translation>
            <numerusform>%n ваша команда применена сервером; следующая синхронизация принесёт дело таким, каким она его оставила.</numerusform>
            <numerusform>%n ваши команды применены сервером; следующая синхронизация принесёт дело таким, каким они его оставили.</numerusform>
            <numerusform>%n ваших команд применены сервером; следующая синхронизация принесёт дело таким, каким они его оставили.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues could not be counted: %1</source>
        <translation>Не удалось посчитать очереди: %1</translation>
    </message>
    <message>
        <source>outbox unreadable: %1</source>
        <translation>очередь отправки не читается: %1</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Вход на сервер</translation>
    </message>
    <message>
        <source>The server has ended the session of %1. Enter your password to sync; your commands wait in the outbox until then.</source>
        <translation>Сервер завершил сеанс пользователя %1. Введите пароль, чтобы синхронизировать; до тех пор ваши команды ждут в очереди отправки.</translation>
    </message>
    <message>
        <source>The server asks for your password again: Work ▸ Sync now (F5) to give it.</source>
        <translation>Сервер снова просит ваш пароль: Работа ▸ Синхронизировать (F5), чтобы ввести его.</translation>
    </message>
    <message>
        <source>The server&apos;s new calendar could not be read: %1. Kezek counts by the one it has.</source>
        <translation>Не удалось прочитать новый календарь сервера: %1. Kezek считает по имеющемуся.</translation>
    </message>
    <message>
        <source>The server counts by a new calendar or list of reasons. Kezek counts by it from now on.</source>
        <translation>Сервер считает по новому календарю или перечню оснований. Kezek отныне считает по нему же.</translation>
    </message>
    <message>
        <source>The outbox could not be read whole; nothing in it was changed: %1</source>
        <translation>Очередь отправки не удалось прочитать целиком; в ней ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Opening your cache. After an update of Kezek this can take a minute; nothing in it is lost if the computer stops meanwhile.</source>
        <translation>Открывается ваш кэш. После обновления Kezek это может занять до минуты; если компьютер за это время остановится, в нём ничего не пропадёт.</translation>
    </message>
    <message>
        <source>Kezek needs an update</source>
        <translation>Kezek нужно обновить</translation>
    </message>
    <message>
        <source>Arrived in Kazakhstan:</source>
        <translation>Въезд в Казахстан:</translation>
    </message>
    <message>
        <source>Fingerprinted:</source>
        <translation>Дактилоскопическая регистрация:</translation>
    </message>
    <message>
        <source>Filed on eGov:</source>
        <translation>Подано на портале:</translation>
    </message>
    <message>
        <source>Why the decision was made in error: the applicant and the audit read it</source>
        <translation>Почему решение ошибочно: это прочтут заявитель и аудит</translation>
    </message>
    <message>
        <source>&amp;Reasoning (required):</source>
        <translation>&amp;Обоснование (обязательно):</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Правовое основание:</translation>
    </message>
    <message>
        <source>none in force on the day it was received</source>
        <translation>в день поступления не действовало никакое</translation>
    </message>
    <message>
        <source>%1 (%2) was in force until %3</source>
        <translation>%1 (%2) действовал до %3</translation>
    </message>
    <message>
        <source>No legal basis of the pilot is in force today. %1; no instrument that extends it is known to this site. Applications received now are marked so; ask the ministry before deciding on them.</source>
        <translation>Сегодня ни одно правовое основание пилотного проекта не действует. %1; акт о его продлении этой системе неизвестен. Поступающие сейчас заявления помечаются; прежде чем решать по ним, обратитесь в министерство.</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <source>three letters, as in the passport (DEU)</source>
        <translation>три буквы, как в паспорте (DEU)</translation>
    </message>
    <message>
        <source>The state whose competent body issued the document: by default the applicant&apos;s own (§10(4)).</source>
        <translation>Государство, компетентный орган которого выдал документ: по умолчанию — государство заявителя (§10(4)).</translation>
    </message>
    <message>
        <source>Issuing &amp;state:</source>
        <translation>Выдавшее &amp;государство:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>• and %1 more</source>
        <translation>• и ещё %1</translation>
    </message>
    <message>
        <source>Work not yet sent</source>
        <translation>Работа ещё не отправлена</translation>
    </message>
    <message>
        <source>%1 step(s), %2 of them signed decisions, have not reached the server:
%3

They stay in this workstation&apos;s encrypted outbox and go at the next sync.</source>
        <translation type="vanished">До сервера не дошли шаги: %1, из них подписанных решений: %2:
%3

Они остаются в зашифрованной очереди отправки этого рабочего места и уйдут при следующей синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Всё равно &amp;выйти</translation>
    </message>
    <message>
        <source>NSC (through Berkut)</source>
        <translation>КНБ (через Беркут)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <source>NOT APPROVED</source>
        <translation>НЕ ОДОБРЕНО</translation>
    </message>
    <message>
        <source>%1 (corrected by %2: %3)</source>
        <translation>%1 (исправил %2: %3)</translation>
    </message>
    <message>
        <source>(open the overdue queue)</source>
        <translation type="vanished">(открыть очередь просроченных)</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>Отбросить эту форму?</translation>
    </message>
    <message>
        <source>The reasons, documents and explanation you entered for &quot;%1&quot; will be lost.</source>
        <translation>Введённые для «%1» причины, документы и пояснение будут потеряны.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PROVISIONAL&lt;/b&gt;: printed at this desk when the dispatch was queued, before the central system accepted it. The cases&apos; stage there (&quot;Originals in courier&quot;) confirms it.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;&lt;b&gt;ПРЕДВАРИТЕЛЬНЫЙ&lt;/b&gt;: напечатан на этом месте, когда отправка была поставлена в очередь, до того как центральная система её приняла. Это подтверждает стадия дел в ней («Подлинники у курьера»).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search your cases: case number, IIN, passport number or name (Ctrl+F); each queue counts what it holds</source>
        <translation>Поиск по вашим делам: номер дела, ИИН, номер паспорта или ФИО (Ctrl+F); каждая очередь считает свои</translation>
    </message>
    <message>
        <source>%1 (%2 found)</source>
        <translation>%1 (найдено: %2)</translation>
    </message>
    <message>
        <source>The scan is not on this workstation, and the server does not answer. Claim the case (Ctrl+M) and sync: the scans of claimed cases are kept here to read offline.</source>
        <translation>Скана нет на этом рабочем месте, а сервер не отвечает. Закрепите дело за собой (Ctrl+M) и синхронизируйте: сканы закреплённых дел хранятся здесь для чтения без сети.</translation>
    </message>
    <message>
        <source>The scan is not on this workstation, and the server does not answer: it can be read when the workstation is online.</source>
        <translation>Скана нет на этом рабочем месте, а сервер не отвечает: его можно прочитать, когда рабочее место будет в сети.</translation>
    </message>
    <message>
        <source>The scan could not be read from the server: %1</source>
        <translation>Скан не удалось получить с сервера: %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>A record check found a hit: %1</source>
        <translation>Проверка по учётам выявила совпадение: %1</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>У кого</translation>
    </message>
    <message>
        <source>The outbox: your commands until the server has them (Ctrl+O)</source>
        <translation>Очередь отправки: ваши действия, пока их не принял сервер (Ctrl+O)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>Your password is changed, here and on the server.</source>
        <translation>Ваш пароль сменён и здесь, и на сервере.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own now: until then the server gives and takes nothing.</source>
        <translation>Вы вошли с одноразовым паролем. Задайте свой пароль сейчас: до этого сервер ничего не выдаёт и не принимает.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите его:</translation>
    </message>
    <message>
        <source>At least %1 characters, not your user name. Your other sessions end; this workstation&apos;s cache opens with the new password from now on, offline too.</source>
        <translation>Не менее %1 символов, не ваше имя пользователя. Другие ваши сеансы завершатся; кэш этой рабочей станции теперь открывается новым паролем, и без сети тоже.</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>С&amp;менить</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Новый пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Два новых пароля не совпадают.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Verify si&amp;gnature</source>
        <translation>Проверить &amp;ЭЦП</translation>
    </message>
    <message>
        <source>Check the decision&apos;s digital signature (EDS) against the signing authority&apos;s certificate, and that it signs this very decision</source>
        <translation>Проверить ЭЦП решения по сертификату удостоверяющего центра и то, что она подписывает именно это решение</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>A signed decision: its reasons and signature are shown below.</source>
        <translation>Подписанное решение: его причины и подпись показаны ниже.</translation>
    </message>
    <message>
        <source>Choose a step to see its reasons and, for a decision, its signature.</source>
        <translation>Выберите шаг, чтобы увидеть его причины, а для решения — подпись.</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Шаг:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>%1 (Kazakhstan time)</source>
        <translation>%1 (время Казахстана)</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Причины:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Пояснение:</translation>
    </message>
    <message>
        <source>Documents at fault:</source>
        <translation>Документы с недостатками:</translation>
    </message>
    <message>
        <source>✗ Not verified: %1</source>
        <translation>✗ Не подтверждено: %1</translation>
    </message>
    <message>
        <source>the signed decisions are kept on the server, and this window has no connection to it.</source>
        <translation>подписанные решения хранятся на сервере, а у этого окна нет связи с ним.</translation>
    </message>
    <message>
        <source>the server&apos;s signed copy could not be read: %1</source>
        <translation>не удалось прочитать подписанную копию на сервере: %1</translation>
    </message>
    <message>
        <source>✓ Verified: the signature is intact, its certificate was issued by the signing authority, and it signs this decision (its case, kind, reasons and text). Signed by %1 on %2.</source>
        <translation>✓ Подтверждено: подпись цела, её сертификат выдан удостоверяющим центром, и она подписывает именно это решение (его дело, вид, причины и текст). Подписал: %1, %2.</translation>
    </message>
    <message>
        <source>an unstated date</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>Case number in the migration police system:</source>
        <translation>Номер дела в ИС «Миграционная полиция»:</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) have not reached the server.</source>
        <translation>
            <numerusform>%n шаг не дошёл до сервера.</numerusform>
            <numerusform>%n шага не дошли до сервера.</numerusform>
            <numerusform>%n шагов не дошли до сервера.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are signed decisions.</source>
        <translation>
            <numerusform>Из них %n — подписанное решение.</numerusform>
            <numerusform>Из них %n — подписанных решения.</numerusform>
            <numerusform>Из них %n — подписанных решений.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2

Unsent work stays in this workstation&apos;s encrypted outbox and goes at the next sync.</source>
        <translation>%1
%2

Неотправленная работа остаётся в зашифрованной очереди отправки этого рабочего места и уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Signed (EDS) by:</source>
        <translation>Подписано ЭЦП:</translation>
    </message>
    <message>
        <source>comes by itself from the migration police information system (КҚП АЖ); type it from its screen only if it has not come</source>
        <translation>приходит сам из ИС «Миграционная полиция» (ИС МП); вводите его с её экрана, только если он не пришёл</translation>
    </message>
    <message>
        <source>the number of the preliminary approval as issued, e.g. PP-2026-000123</source>
        <translation>номер выданного предварительного одобрения, например PP-2026-000123</translation>
    </message>
    <message>
        <source>To go on: %1</source>
        <translation>Чтобы продолжить: %1</translation>
    </message>
    <message>
        <source>Enter the password of your signing key.</source>
        <translation>Введите пароль вашего ключа подписи.</translation>
    </message>
    <message>
        <source>&amp;Find by the preliminary permit number, IIN or passport number (the list follows as you type):</source>
        <translation>&amp;Найти по номеру предварительного разрешения, ИИН или номеру паспорта (список обновляется по мере ввода):</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Найденные дела</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past a deadline or close to it (amber or red).</source>
        <translation>
            <numerusform>%n дело просрочено или близко к сроку (жёлтое или красное).</numerusform>
            <numerusform>%n дела просрочены или близки к сроку (жёлтые или красные).</numerusform>
            <numerusform>%n дел просрочены или близки к сроку (жёлтые или красные).</numerusform>
        </translation>
    </message>
    <message>
        <source>(open the list)</source>
        <translation>(открыть список)</translation>
    </message>
    <message>
        <source>Cases of the chosen queue</source>
        <translation>Дела выбранной очереди</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of yours on this case wait to be sent.</source>
        <translation>
            <numerusform>%n ваш шаг по этому делу ждёт отправки.</numerusform>
            <numerusform>%n ваших шага по этому делу ждут отправки.</numerusform>
            <numerusform>%n ваших шагов по этому делу ждут отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Разделы дела</translation>
    </message>
    <message>
        <source>Claim the case or give it back</source>
        <translation>Закрепить дело за собой или снять закрепление</translation>
    </message>
    <message>
        <source>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3</source>
        <translation>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Этап: %1</translation>
    </message>
    <message>
        <source>Matched without a scan of the original: %1</source>
        <translation>Совпадение признано без скана подлинника: %1</translation>
    </message>
    <message>
        <source>Your role checks no document of this case at this stage.</source>
        <translation>На этом этапе ваша роль не проверяет документы этого дела.</translation>
    </message>
    <message>
        <source>(reason)</source>
        <translation>(причина)</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Сначала выберите документ в списке.</translation>
    </message>
    <message>
        <source>This document is already verified.</source>
        <translation>Этот документ уже проверен.</translation>
    </message>
    <message>
        <source>This document is already rejected.</source>
        <translation>Этот документ уже отклонён.</translation>
    </message>
    <message>
        <source>Reject the document with a reason the applicant is told (Ctrl+Shift+J)</source>
        <translation>Отклонить документ с причиной, которую сообщат заявителю (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Verify: %1</source>
        <translation>Проверка: %1</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message numerus="yes">
        <source>Next: check the documents, %n to go (Documents tab; Ctrl+Shift+V verifies the one selected).</source>
        <translation>
            <numerusform>Далее: проверьте документы, остался %n (вкладка «Документы»; Ctrl+Shift+V подтверждает выбранный).</numerusform>
            <numerusform>Далее: проверьте документы, осталось %n (вкладка «Документы»; Ctrl+Shift+V подтверждает выбранный).</numerusform>
            <numerusform>Далее: проверьте документы, осталось %n (вкладка «Документы»; Ctrl+Shift+V подтверждает выбранный).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: compare the originals, %n to go (Documents tab; Ctrl+Shift+C compares the one selected).</source>
        <translation>
            <numerusform>Далее: сверьте оригиналы, остался %n (вкладка «Документы»; Ctrl+Shift+C сверяет выбранный).</numerusform>
            <numerusform>Далее: сверьте оригиналы, осталось %n (вкладка «Документы»; Ctrl+Shift+C сверяет выбранный).</numerusform>
            <numerusform>Далее: сверьте оригиналы, осталось %n (вкладка «Документы»; Ctrl+Shift+C сверяет выбранный).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1 (Alt+1).</source>
        <translation>Далее: %1 (Alt+1).</translation>
    </message>
    <message>
        <source>Nothing for you to do now: %1 runs until %2.</source>
        <translation>Сейчас от вас ничего не требуется: срок «%1» идёт до %2.</translation>
    </message>
    <message>
        <source>Nothing for you to do on this case now.</source>
        <translation>Сейчас по этому делу от вас ничего не требуется.</translation>
    </message>
    <message>
        <source>The MRZ against the application</source>
        <translation>Сверка MRZ с заявлением</translation>
    </message>
    <message>
        <source>Matched without a scan</source>
        <translation>Совпадает, без скана подлинника</translation>
    </message>
    <message>
        <source>No scan of the original was taken. Why not? The audit keeps your reason in place of the scan (for example: the scanner is broken; I saw the original).</source>
        <translation>Скан подлинника не сделан. Почему? Журнал аудита сохранит вашу причину вместо скана (например: сканер неисправен; подлинник осмотрен лично).</translation>
    </message>
    <message>
        <source>Dispatch and &amp;save the list as PDF…</source>
        <translation>Отправить и &amp;сохранить реестр в PDF…</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Ничего не отправлено.</translation>
    </message>
    <message>
        <source>You locked the workstation. Enter the password of %1 to go on.</source>
        <translation>Вы заблокировали рабочее место. Чтобы продолжить, введите пароль пользователя %1.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Пароль пользователя %1</translation>
    </message>
    <message>
        <source>Sign &amp;out (another user)…</source>
        <translation>&amp;Выйти (другой пользователь)…</translation>
    </message>
    <message>
        <source>Ends the session of %1 on this workstation and opens the sign-in for another user; unsent work stays in the encrypted cache of %1 and goes to the server when they sign in again.</source>
        <translation>Завершает сеанс пользователя %1 на этом рабочем месте и открывает вход для другого пользователя; неотправленная работа остаётся в зашифрованном кэше пользователя %1 и уйдёт на сервер, когда он снова войдёт.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <source>Search your cases</source>
        <translation>Поиск по вашим делам</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Горячие клавиши…</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1 в «%2»</translation>
    </message>
    <message>
        <source>No case of yours matches “%1”.</source>
        <translation>Ни одно ваше дело не соответствует «%1».</translation>
    </message>
    <message>
        <source>No match here. Found elsewhere: %1.</source>
        <translation>Здесь совпадений нет. Найдено в других очередях: %1.</translation>
    </message>
    <message>
        <source>No deadline is close or past: nothing to chase here.</source>
        <translation>Сроки не горят и не просрочены: здесь торопить нечего.</translation>
    </message>
    <message>
        <source>Nothing in “%1” now. New work comes with each sync (F5).</source>
        <translation>В «%1» сейчас пусто. Новая работа приходит с каждой синхронизацией (F5).</translation>
    </message>
    <message>
        <source>Work waits in %1.</source>
        <translation>Работа ждёт здесь: %1.</translation>
    </message>
    <message>
        <source>Sent — the server has your work.</source>
        <translation>Отправлено — ваша работа на сервере.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1: %n дело</numerusform>
            <numerusform>%1: %n дела</numerusform>
            <numerusform>%1: %n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — kept here; it goes when the server answers.</source>
        <translation>%1 — сохранено здесь; уйдёт, когда сервер ответит.</translation>
    </message>
    <message>
        <source>%1 — waits for your password: Sync now (F5).</source>
        <translation>%1 — ждёт вашего пароля: Синхронизировать (F5).</translation>
    </message>
    <message>
        <source>%1 — waits for the next sync (F5).</source>
        <translation>%1 — ждёт следующей синхронизации (F5).</translation>
    </message>
    <message>
        <source>%1 — sending…</source>
        <translation>%1 — отправляется…</translation>
    </message>
    <message>
        <source>The notice as the applicant reads it</source>
        <translation>Уведомление в том виде, в каком его читает заявитель</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the letter in the applicant&apos;s language (%1)</source>
        <translation>Напечатать письмо на языке заявителя (%1)</translation>
    </message>
    <message>
        <source>%1: verified</source>
        <translation>Документ «%1» проверен</translation>
    </message>
    <message>
        <source>%1: rejected</source>
        <translation>Документ «%1» отклонён</translation>
    </message>
    <message>
        <source>%1: submitted</source>
        <translation>Документ «%1» представлен</translation>
    </message>
    <message>
        <source>The paper could not be written to &quot;%1&quot;.</source>
        <translation>Документ не удалось записать в «%1».</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; could not print the paper.</source>
        <translation>Принтер «%1» не смог напечатать документ.</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Предыдущий документ</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>Следующий документ</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>по размеру окна</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <source>Type a word or a key to find it</source>
        <translation>Введите слово или клавишу, чтобы найти</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Найти горячую клавишу</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>The open case&apos;s actions, in the order shown</source>
        <translation>Действия открытого дела, в порядке на экране</translation>
    </message>
    <message>
        <source>Alt+1…9</source>
        <translation>Alt+1…9</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Открыть выбранное дело</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Try the server now (F5)</source>
        <translation>Обратиться к серверу сейчас (F5)</translation>
    </message>
    <message>
        <source>Offline — your work is kept and will be sent. Retrying in %1 s…</source>
        <translation>Нет связи с сервером — ваша работа сохранена и будет отправлена. Повтор через %1 с…</translation>
    </message>
    <message>
        <source>Offline — your work is kept and will be sent. Trying the server again…</source>
        <translation>Нет связи с сервером — ваша работа сохранена и будет отправлена. Снова обращаемся к серверу…</translation>
    </message>
    <message>
        <source>What was just done; it goes after a few seconds</source>
        <translation>Только что сделанное; исчезнет через несколько секунд</translation>
    </message>
    <message>
        <source>Transfer list of original documents</source>
        <translation>Передаточный реестр подлинников документов</translation>
    </message>
    <message>
        <source>Courier tracking number</source>
        <translation>Трек-номер курьера</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a transfer list: the sending office</comment>
        <translation>Прежний этап</translation>
    </message>
    <message>
        <source>To</source>
        <comment>a transfer list: the receiving office</comment>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Preliminary permit</source>
        <translation>Предварительное разрешение</translation>
    </message>
    <message>
        <source>Original documents</source>
        <translation>Подлинники документов</translation>
    </message>
    <message>
        <source>Cases in the envelope: %1.</source>
        <translation>Дел в конверте: %1.</translation>
    </message>
    <message>
        <source>Handed over by the CSC (signature)</source>
        <translation>Сдал ЦОН (подпись)</translation>
    </message>
    <message>
        <source>Received by the courier (signature)</source>
        <translation>Принял курьер (подпись)</translation>
    </message>
    <message>
        <source>Received at the migration department (date, signature)</source>
        <translation>Принято управлением миграционной службы (дата, подпись)</translation>
    </message>
    <message>
        <source>PROVISIONAL: printed at this desk when the dispatch was queued, before the central system accepted it. The cases&apos; stage there (&quot;Originals in courier&quot;) confirms it.</source>
        <translation>ПРЕДВАРИТЕЛЬНЫЙ: напечатан на этом рабочем месте, когда отправка была поставлена в очередь, до того как центральная система её приняла. Это подтверждает стадия дел в ней («Подлинники у курьера»).</translation>
    </message>
    <message>
        <source>Public Service Center</source>
        <translation>Центр обслуживания населения</translation>
    </message>
    <message>
        <source>Migration Service Department, %1</source>
        <translation>Управление миграционной службы, %1</translation>
    </message>
    <message>
        <source>Migration Service Department</source>
        <translation>Управление миграционной службы</translation>
    </message>
    <message>
        <source>Who did what on this case</source>
        <translation>Кто что сделал по этому делу</translation>
    </message>
    <message>
        <source>Cases in the envelope</source>
        <translation>Дела в конверте</translation>
    </message>
    <message>
        <source>Find the applicant first: type the permit number, case number, IIN, passport or name above.</source>
        <translation>Сначала найдите заявителя: введите выше номер разрешения, номер дела, ИИН, паспорт или ФИО.</translation>
    </message>
    <message>
        <source>The arrival cannot be recorded: %1</source>
        <translation>Прибытие нельзя зарегистрировать: %1</translation>
    </message>
    <message>
        <source>%1 works on this case until %2: it cannot be claimed before they give it back or their claim runs out.</source>
        <translation>С этим делом до %2 работает %1: закрепить его за собой нельзя, пока он не вернёт дело или не истечёт срок его закрепления.</translation>
    </message>
    <message>
        <source>%1 works on this case: it cannot be claimed before they give it back.</source>
        <translation>С этим делом работает %1: закрепить его за собой нельзя, пока он не вернёт дело.</translation>
    </message>
    <message>
        <source>%1 This comparison was made before &quot;Matched&quot; needed the original&apos;s scan or a reason. Discard it, then compare the document again.</source>
        <translation>%1 Это сравнение сделано, когда для «Совпадает» ещё не требовались скан подлинника или причина. Удалите его и сравните документ заново.</translation>
    </message>
    <message>
        <source>It carries no timestamp (kept before timestamps were kept).</source>
        <translation>Метки времени нет (подпись сохранена до того, как начали сохранять метки времени).</translation>
    </message>
    <message>
        <source>Signed online: timestamp of %1 at %2.</source>
        <translation>Подписано в сети: метка времени на %2, выдана: %1.</translation>
    </message>
    <message>
        <source>Signed offline: the server stamped it on receipt at %1 (%2).</source>
        <translation>Подписано без сети: при получении сервер поставил метку времени: %1 (%2).</translation>
    </message>
    <message>
        <source>Ministry petition:</source>
        <translation>Ходатайство министерства:</translation>
    </message>
    <message>
        <source>%1 (IIN %2)</source>
        <translation>%1 (ИИН %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;The same decision on each case, each signed on its own: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Одно и то же решение по каждому делу, каждое подписывается отдельно: %3</translation>
    </message>
    <message>
        <source>Left out, the law refuses them now:
%1</source>
        <translation>Исключены — закон сейчас их не допускает:
%1</translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation>дело %1: %2</translation>
    </message>
    <message>
        <source>Signing and queuing the decisions…</source>
        <translation>Решения подписываются и ставятся в очередь…</translation>
    </message>
    <message numerus="yes">
        <source>%n signed and queued</source>
        <translation>
            <numerusform>Подписано и поставлено в очередь: %n</numerusform>
            <numerusform>Подписано и поставлено в очередь: %n</numerusform>
            <numerusform>Подписано и поставлено в очередь: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed and queued.</source>
        <translation>
            <numerusform>Подписано и поставлено в очередь: %n.</numerusform>
            <numerusform>Подписано и поставлено в очередь: %n.</numerusform>
            <numerusform>Подписано и поставлено в очередь: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not signed: %1</source>
        <translation>
            <numerusform>не подписано: %n — %1</numerusform>
            <numerusform>не подписано: %n — %1</numerusform>
            <numerusform>не подписано: %n — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Token PIN:</source>
        <translation>PIN-код &amp;токена:</translation>
    </message>
    <message>
        <source>The PIN of the token that holds your authentication key</source>
        <translation>PIN-код токена, на котором хранится ваш ключ аутентификации</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Your authentication key</source>
        <translation>Ваш ключ аутентификации</translation>
    </message>
    <message>
        <source>Authentication &amp;key:</source>
        <translation>&amp;Ключ аутентификации:</translation>
    </message>
    <message>
        <source>Your role reads cases and works none, so it claims none.</source>
        <translation>Ваша роль только читает дела и не работает с ними, поэтому не может закреплять их за собой.</translation>
    </message>
    <message>
        <source>&amp;Decide on the selected cases…</source>
        <translation>Принять &amp;решение по выбранным делам…</translation>
    </message>
    <message>
        <source>Choose two or more cases on which the same decision is open to you (Shift or Ctrl with a click or the arrows).</source>
        <translation>Выберите два или более дела, по которым вам доступно одно и то же решение (Shift или Ctrl вместе со щелчком мыши или клавишами со стрелками).</translation>
    </message>
    <message>
        <source>Decide on the selected cases</source>
        <translation>Принять решение по выбранным делам</translation>
    </message>
    <message>
        <source>The decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again, with the password and the authentication key. Your commands wait in the outbox until then.</source>
        <translation>Сервер просит пользователя %1 войти снова — с паролем и ключом аутентификации. До тех пор ваши команды ждут в очереди отправки.</translation>
    </message>
    <message>
        <source>compare again</source>
        <translation>сверить заново</translation>
    </message>
    <message>
        <source>Compare the document again: attach the original&apos;s scan or give a reason.</source>
        <translation>Сверьте документ заново: приложите скан подлинника или укажите причину.</translation>
    </message>
    <message>
        <source>Enter your password and your token&apos;s PIN.</source>
        <translation>Введите пароль и PIN-код вашего токена.</translation>
    </message>
    <message>
        <source>Enter your password, and choose your authentication key and enter its password.</source>
        <translation>Введите пароль, выберите свой ключ аутентификации и введите его пароль.</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>&amp;Файл ключа</translation>
    </message>
    <message>
        <source>Key on a &amp;token</source>
        <translation>Ключ на &amp;токене</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Ключ подписи:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Сертификат:</translation>
    </message>
    <message>
        <source>Token &amp;PIN:</source>
        <translation>&amp;PIN-код токена:</translation>
    </message>
    <message>
        <source>IIN %1 (%2, on %3)</source>
        <translation>ИИН %1 (%2, на токене %3)</translation>
    </message>
    <message>
        <source>No signing certificate on the token</source>
        <translation>На токене нет сертификата подписи</translation>
    </message>
    <message>
        <source>Enter your token&apos;s PIN.</source>
        <translation>Введите PIN-код вашего токена.</translation>
    </message>
    <message>
        <source>Signed in without the authentication key (%1). It will be asked for at the next sync with the server.</source>
        <translation>Вход выполнен без ключа аутентификации (%1). Он будет запрошен при следующей синхронизации с сервером.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Key on a token</source>
        <translation>Ключ на токене</translation>
    </message>
    <message>
        <source>Authentication key:</source>
        <translation>Ключ аутентификации:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <source>Counting the cases in the cache…</source>
        <translation>Подсчёт дел в кэше…</translation>
    </message>
    <message>
        <source>The period&apos;s first day</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>The period&apos;s last day</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Дата &amp;начала:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Дата &amp;окончания:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flow figures for the period&lt;/b&gt;</source>
        <translation>&lt;b&gt;Показатели движения дел за период&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cases by stage now</source>
        <translation>Дела по этапам на текущий момент</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Число дел</translation>
    </message>
    <message>
        <source>Chart: cases by stage now</source>
        <translation>Диаграмма: дела по этапам на текущий момент</translation>
    </message>
    <message>
        <source>Each number opens its cases in the case list.</source>
        <translation>Нажатие на число открывает соответствующие дела в списке дел.</translation>
    </message>
    <message>
        <source>The law&apos;s clocks now</source>
        <translation>Установленные законом сроки: текущее состояние</translation>
    </message>
    <message>
        <source>Cases held by each officer and CSC operator</source>
        <translation>Дела, закреплённые за каждым сотрудником и оператором ЦОН</translation>
    </message>
    <message>
        <source>Officer or operator</source>
        <translation>Сотрудник или оператор</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Срок истекает на этой неделе</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Срок нарушен</translation>
    </message>
    <message>
        <source>Officers and CSC operators now</source>
        <translation>Сотрудники и операторы ЦОН: текущее состояние</translation>
    </message>
    <message>
        <source>Chart: received, decided, granted and refused per week</source>
        <translation>Диаграмма: поступившие заявления, принятые решения, выданные РПП и отказы по неделям</translation>
    </message>
    <message>
        <source>Received, decided, granted and refused per week</source>
        <translation>Поступившие заявления, принятые решения, выданные РПП и отказы по неделям</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Поступившие заявления</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>Принятые решения</translation>
    </message>
    <message>
        <source>Permits granted</source>
        <translation>Выданные РПП</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Flow per week</source>
        <translation>Движение дел по неделям</translation>
    </message>
    <message>
        <source>Days per stage against the law&apos;s limit</source>
        <translation>Продолжительность этапов в сравнении со сроком по закону</translation>
    </message>
    <message>
        <source>The law&apos;s limit</source>
        <translation>Срок по закону</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Сверх срока</translation>
    </message>
    <message>
        <source>In the limit&apos;s unit, for the stages finished in the period; ⚠ marks a figure over the law&apos;s limit.</source>
        <translation>В единицах срока по закону, по этапам, завершённым за период; знаком ⚠ отмечено значение, превышающее установленный законом срок.</translation>
    </message>
    <message>
        <source>Days per stage</source>
        <translation>Продолжительность этапов</translation>
    </message>
    <message>
        <source>Refusals and returns by reason</source>
        <translation>Отказы и возвраты по причинам</translation>
    </message>
    <message>
        <source>Returns for rework</source>
        <translation>Возвраты на доработку</translation>
    </message>
    <message>
        <source>CSC declines</source>
        <translation>Отказы ЦОН в приёме</translation>
    </message>
    <message>
        <source>The figures below are still those of the period before.</source>
        <translation>Ниже по-прежнему показаны данные за предыдущий период.</translation>
    </message>
    <message>
        <source>Every city</source>
        <translation>Все города</translation>
    </message>
    <message>
        <source>the built-in law</source>
        <translation>встроенная в программу</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) in the cache. Now: as on %2. Flow: %3 – %4. Counted by the law of version %5.</source>
        <translation>
            <numerusform>%1: дел в кэше: %n. Текущее состояние: на %2. Движение дел: %3 – %4. Версия закона для подсчёта: %5.</numerusform>
            <numerusform>%1: дел в кэше: %n. Текущее состояние: на %2. Движение дел: %3 – %4. Версия закона для подсчёта: %5.</numerusform>
            <numerusform>%1: дел в кэше: %n. Текущее состояние: на %2. Движение дел: %3 – %4. Версия закона для подсчёта: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>Дел нет</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>Рабочих дней: %n</numerusform>
            <numerusform>Рабочих дней: %n</numerusform>
            <numerusform>Рабочих дней: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>Лет: %n</numerusform>
            <numerusform>Лет: %n</numerusform>
            <numerusform>Лет: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>Календарных дней: %n</numerusform>
            <numerusform>Календарных дней: %n</numerusform>
            <numerusform>Календарных дней: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 — over the limit</source>
        <translation>⚠ %1 — сверх срока</translation>
    </message>
    <message>
        <source>Over the law&apos;s limit of %1</source>
        <translation>Превышен установленный законом срок (%1)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>Нед. %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Неделя %1 %2 года</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Близко к сроку</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>No case is held now</source>
        <translation>Сейчас ни одно дело не закреплено</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>Итого за период</translation>
    </message>
    <message>
        <source>In the period: received %1, decided %2, granted %3, refused %4</source>
        <translation>За период: поступило заявлений — %1, принято решений — %2, выдано РПП — %3, отказов — %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No refusal or return in the period</source>
        <translation>За период отказов и возвратов не было</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>Непрочитанных уведомлений: %n</numerusform>
            <numerusform>Непрочитанных уведомлений: %n</numerusform>
            <numerusform>Непрочитанных уведомлений: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Непрочитанных уведомлений нет</translation>
    </message>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation>
            <numerusform>Уведомления (непрочитанных: %n)</numerusform>
            <numerusform>Уведомления (непрочитанных: %n)</numerusform>
            <numerusform>Уведомления (непрочитанных: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>Новых уведомлений: %n</numerusform>
            <numerusform>Новых уведомлений: %n</numerusform>
            <numerusform>Новых уведомлений: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>Work ▸ Notifications (Ctrl+Shift+N) lists them.</source>
        <translation>Их список: Работа ▸ Уведомления (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>O&amp;versight</source>
        <translation>&amp;Контроль</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Панель мониторинга</translation>
    </message>
    <message>
        <source>Pilot &amp;report…</source>
        <translation>&amp;Отчёт по пилотному проекту…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n case(s) from the dashboard: %1 — &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</source>
        <translation>
            <numerusform>Показаны дела с панели мониторинга (%n): %1 — &lt;a href=&quot;clear&quot;&gt;сбросить&lt;/a&gt;</numerusform>
            <numerusform>Показаны дела с панели мониторинга (%n): %1 — &lt;a href=&quot;clear&quot;&gt;сбросить&lt;/a&gt;</numerusform>
            <numerusform>Показаны дела с панели мониторинга (%n): %1 — &lt;a href=&quot;clear&quot;&gt;сбросить&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n case(s) from the dashboard: %1</source>
        <translation>
            <numerusform>Показаны дела с панели мониторинга (%n): %1</numerusform>
            <numerusform>Показаны дела с панели мониторинга (%n): %1</numerusform>
            <numerusform>Показаны дела с панели мониторинга (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot report is written to &quot;%1&quot;.</source>
        <translation>Отчёт по пилотному проекту записан в «%1».</translation>
    </message>
    <message>
        <source>Breached: %1 (%2) ended on %3</source>
        <translation>Срок нарушен: %1 (%2), срок истёк %3</translation>
    </message>
    <message>
        <source>Warning: %1 (%2) ends on %3</source>
        <translation>Близко к сроку: %1 (%2), срок истекает %3</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Время возникновения</translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation>&amp;Отметить как прочитанное</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Отметить &amp;все как прочитанные</translation>
    </message>
    <message>
        <source>The notifications could not be read: %1</source>
        <translation>Не удалось прочитать уведомления: %1</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>не прочитано</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочитано</translation>
    </message>
    <message>
        <source>The notification could not be marked read: %1</source>
        <translation>Не удалось отметить уведомление как прочитанное: %1</translation>
    </message>
    <message>
        <source>Pilot report</source>
        <translation>Отчёт по пилотному проекту</translation>
    </message>
    <message>
        <source>PDF, with charts and tables</source>
        <translation>PDF, с диаграммами и таблицами</translation>
    </message>
    <message>
        <source>CSV, for scripts</source>
        <translation>CSV, для программной обработки</translation>
    </message>
    <message>
        <source>XLSX, for Excel</source>
        <translation>XLSX, для Excel</translation>
    </message>
    <message>
        <source>The report&apos;s file</source>
        <translation>Файл отчёта</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <source>The report is written to a file outside the workstation&apos;s encrypted cache: keep it where your office keeps such papers, and send it only to those the joint order names. It holds figures and case numbers, not applicants&apos; names.</source>
        <translation>Отчёт записывается в файл вне зашифрованного кэша рабочего места: храните его там, где ваше подразделение хранит такие документы, и передавайте только лицам, указанным в совместном приказе. Отчёт содержит показатели и номера дел, но не имена услугополучателей.</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Запись отчёта</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>&amp;Записать отчёт</translation>
    </message>
    <message>
        <source>pilot-report-%1-%2.%3</source>
        <translation>пилотный-отчёт-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the pilot report</source>
        <translation>Сохранение отчёта по пилотному проекту</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Выберите файл, в который будет записан отчёт.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message>
        <source>Possible duplicate:</source>
        <translation>Возможный дубликат:</translation>
    </message>
    <message>
        <source>The same name and date of birth as %1, under another IIN or passport; check whether it is the same person.</source>
        <translation>Фамилия, имя и дата рождения совпадают с данными %1, но ИИН или паспорт другие; проверьте, не одно ли это лицо.</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Отсутствие сотрудников</translation>
    </message>
    <message>
        <source>&amp;Mark absent</source>
        <translation>Отметить о&amp;тсутствие</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>Дата &amp;окончания (включительно):</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Cases held</source>
        <translation>Закреплено дел</translation>
    </message>
    <message>
        <source>&amp;Hand out their cases…</source>
        <translation>&amp;Распределить дела сотрудника…</translation>
    </message>
    <message>
        <source>Away now or later:</source>
        <translation>Текущие и предстоящие периоды отсутствия:</translation>
    </message>
    <message>
        <source>%1 is marked absent from %2 to %3.</source>
        <translation>Отсутствие сотрудника %1 отмечено с %2 по %3.</translation>
    </message>
    <message>
        <source>Audit extract</source>
        <translation>Выписка из журнала аудита</translation>
    </message>
    <message>
        <source>Of &amp;one case:</source>
        <translation>По &amp;одному делу:</translation>
    </message>
    <message>
        <source>The case&apos;s number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Of a &amp;period:</source>
        <translation>За &amp;период:</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, для печати</translation>
    </message>
    <message>
        <source>The extract&apos;s file</source>
        <translation>Файл выписки</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>The server reads its audit log (online only) and enters this reading in it. The file is written outside the workstation&apos;s encrypted cache: give it only to the inspector who asked for it.</source>
        <translation>Сервер читает свой журнал аудита (только при подключении к сети) и фиксирует в нём это чтение. Файл записывается вне зашифрованного кэша рабочего места: передавайте его только запросившему его проверяющему.</translation>
    </message>
    <message>
        <source>&amp;Write the extract</source>
        <translation>&amp;Записать выписку</translation>
    </message>
    <message>
        <source>audit-extract.%1</source>
        <translation>выписка-аудита.%1</translation>
    </message>
    <message>
        <source>Save the audit extract</source>
        <translation>Сохранение выписки из журнала аудита</translation>
    </message>
    <message>
        <source>Type the number of the case whose audit entries to extract.</source>
        <translation>Введите номер дела, записи аудита по которому нужно выгрузить.</translation>
    </message>
    <message>
        <source>Choose the file to write the extract to.</source>
        <translation>Выберите файл, в который будет записана выписка.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Documents filed on eGov (§10-12)</source>
        <translation>Документы, поданные через eGov (§10-12)</translation>
    </message>
    <message>
        <source>Originals compared at the CSC (§20-21)</source>
        <translation>Подлинники, сверенные в ЦОН (§20-21)</translation>
    </message>
    <message>
        <source>Originals verified by the officer (§22)</source>
        <translation>Подлинники, проверенные сотрудником (§22)</translation>
    </message>
    <message>
        <source>Registration (§26)</source>
        <translation>Регистрация (§26)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>No document has a verdict yet.</source>
        <translation>Ни по одному документу пока нет заключения.</translation>
    </message>
    <message>
        <source>No decision has been signed on this case.</source>
        <translation>По этому делу не подписано ни одного решения.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Время подписания</translation>
    </message>
    <message>
        <source>Signed (EDS) by</source>
        <translation>Подписано ЭЦП</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Case dossier %1</source>
        <translation>Досье дела %1</translation>
    </message>
    <message>
        <source>Printed by %1. For the staff of the migration service: it holds an applicant&apos;s personal data.</source>
        <translation>Распечатал: %1. Для сотрудников миграционной службы: содержит персональные данные услугополучателя.</translation>
    </message>
    <message>
        <source>Documents and their verdicts</source>
        <translation>Документы и заключения по ним</translation>
    </message>
    <message>
        <source>Signed decisions</source>
        <translation>Подписанные решения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>%1, %2 · %3 · not yet sent</source>
        <translation>%1, %2 · %3 · ещё не отправлена</translation>
    </message>
    <message>
        <source>%1, %2 · %3 · refused by the server: %4</source>
        <translation>%1, %2 · %3 · отклонена сервером: %4</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>Notes for colleagues who may see this case, the newest first. The applicant never sees them, and no letter or export carries them.</source>
        <translation>Заметки для коллег, которым доступно это дело; сначала новые. Услугополучатель их никогда не видит, они не включаются ни в письма, ни в экспорт.</translation>
    </message>
    <message>
        <source>Notes on the case</source>
        <translation>Заметки по делу</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>A note for the colleague who takes the case over</source>
        <translation>Заметка для коллеги, который примет дело</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Доб&amp;авить заметку</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Заметок пока нет.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 из %2 символов</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Не закреплено</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>The dossier holds the applicant&apos;s personal data, the documents&apos; verdicts, the signed decisions and the history. Printed or saved, it leaves the workstation&apos;s encrypted cache: keep it where your office keeps case files.</source>
        <translation>Досье содержит персональные данные услугополучателя, заключения по документам, подписанные решения и историю дела. При печати или сохранении оно выходит за пределы зашифрованного кэша рабочего места: храните его там, где ваше подразделение хранит материалы дел.</translation>
    </message>
    <message>
        <source>The dossier&apos;s PDF file</source>
        <translation>PDF-файл досье</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>&amp;Сохранить в PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>dossier-%1.pdf</source>
        <translation>досье-%1.pdf</translation>
    </message>
    <message>
        <source>Save the case dossier</source>
        <translation>Сохранение досье дела</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to save the dossier to.</source>
        <translation>Выберите файл, в который будет сохранено досье.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message numerus="yes">
        <source>holds %n case(s)</source>
        <translation>
            <numerusform>дел в работе: %n</numerusform>
            <numerusform>дел в работе: %n</numerusform>
            <numerusform>дел в работе: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n due this week</source>
        <translation>
            <numerusform>%1, из них со сроком на этой неделе: %n</numerusform>
            <numerusform>%1, из них со сроком на этой неделе: %n</numerusform>
            <numerusform>%1, из них со сроком на этой неделе: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the cases</source>
        <translation>Передача дел</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected case(s) to:</source>
        <translation>
            <numerusform>Кому передать выбранные дела (%n):</numerusform>
            <numerusform>Кому передать выбранные дела (%n):</numerusform>
            <numerusform>Кому передать выбранные дела (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>No one role works all the selected cases at their stages: select cases that one role works.</source>
        <translation>Ни одна роль не работает со всеми выбранными делами на их этапах: выберите дела, с которыми работает одна роль.</translation>
    </message>
    <message>
        <source>Only the role &quot;%1&quot; works all the selected cases at their stages.</source>
        <translation>Со всеми выбранными делами на их этапах работает только роль «%1».</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;: nobody works it any more.</source>
        <translation>Дело в состоянии «%1»: с ним больше никто не работает.</translation>
    </message>
    <message>
        <source>While the case is &quot;%1&quot;, only the role &quot;%2&quot; works it.</source>
        <translation>Пока дело в состоянии «%1», с ним работает только роль «%2».</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>The export&apos;s file</source>
        <translation>Файл экспорта</translation>
    </message>
    <message>
        <source>The list is written to a file outside the workstation&apos;s encrypted cache, with the applicants&apos; names and documents&apos; numbers: keep it where your office keeps such papers, and send it only to those the joint order names. The export is entered in the server&apos;s audit log: who, when, which list and how many cases.</source>
        <translation>Список записывается в файл вне зашифрованного кэша рабочего места вместе с именами услугополучателей и номерами документов: храните его там, где ваше подразделение хранит такие документы, и передавайте только лицам, указанным в совместном приказе. Экспорт фиксируется в журнале аудита сервера: кто, когда, какой список и сколько дел.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>cases-%1.%2</source>
        <translation>дела-%1.%2</translation>
    </message>
    <message>
        <source>Choose the file to export the list to.</source>
        <translation>Выберите файл, в который будет экспортирован список.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>Дел: %n</numerusform>
            <numerusform>Дел: %n</numerusform>
            <numerusform>Дел: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded for the audit log, so the file was removed: %1</source>
        <translation type="vanished">Не удалось зарегистрировать экспорт для журнала аудита, поэтому файл удалён: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и ещё %n.</numerusform>
            <numerusform>…и ещё %n.</numerusform>
            <numerusform>…и ещё %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) did not go through; nothing was changed on them:</source>
        <translation>
            <numerusform>Не выполнено по делам: %n; в них ничего не изменено:</numerusform>
            <numerusform>Не выполнено по делам: %n; в них ничего не изменено:</numerusform>
            <numerusform>Не выполнено по делам: %n; в них ничего не изменено:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cla&amp;im the selected cases</source>
        <translation>За&amp;крепить выбранные дела за собой</translation>
    </message>
    <message>
        <source>Gi&amp;ve the selected cases to…</source>
        <translation>Передать выбранные &amp;дела…</translation>
    </message>
    <message>
        <source>A&amp;bsences and hand-out…</source>
        <translation>О&amp;тсутствие сотрудников и распределение дел…</translation>
    </message>
    <message>
        <source>Choose the cases to give in the list first (Shift or Ctrl with a click or the arrows).</source>
        <translation>Сначала выберите в списке дела для передачи (щелчком мыши или стрелками с нажатой клавишей Shift или Ctrl).</translation>
    </message>
    <message>
        <source>Giving the cases to %1…</source>
        <translation>Передача дел пользователю %1…</translation>
    </message>
    <message>
        <source>Stop after this case</source>
        <translation>Остановить после этого дела</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) given to %1.</source>
        <translation>
            <numerusform>Пользователю %1 передано дел: %n.</numerusform>
            <numerusform>Пользователю %1 передано дел: %n.</numerusform>
            <numerusform>Пользователю %1 передано дел: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the cases to claim in the list first (Shift or Ctrl with a click or the arrows).</source>
        <translation>Сначала выберите в списке дела, которые нужно закрепить за собой (щелчком мыши или стрелками с нажатой клавишей Shift или Ctrl).</translation>
    </message>
    <message>
        <source>Claiming the cases…</source>
        <translation>Закрепление дел…</translation>
    </message>
    <message>
        <source>Claim the cases</source>
        <translation>Закрепление дел за собой</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) claimed; the server confirms them at this sync.</source>
        <translation>
            <numerusform>Закреплено дел: %n; сервер подтвердит закрепление при этой синхронизации.</numerusform>
            <numerusform>Закреплено дел: %n; сервер подтвердит закрепление при этой синхронизации.</numerusform>
            <numerusform>Закреплено дел: %n; сервер подтвердит закрепление при этой синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no case to hand out.</source>
        <translation>За пользователем %1 не закреплено дел для распределения.</translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation>Д&amp;елопроизводство</translation>
    </message>
    <message>
        <source>Case &amp;dossier…</source>
        <translation>&amp;Досье дела…</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Экспорт списка…</translation>
    </message>
    <message>
        <source>&amp;Audit extract…</source>
        <translation>&amp;Выписка из журнала аудита…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to &quot;%1&quot;; the export goes to the audit log with the next sync.</source>
        <translation>
            <numerusform>В «%1» экспортировано дел: %n; сведения об экспорте попадут в журнал аудита при следующей синхронизации.</numerusform>
            <numerusform>В «%1» экспортировано дел: %n; сведения об экспорте попадут в журнал аудита при следующей синхронизации.</numerusform>
            <numerusform>В «%1» экспортировано дел: %n; сведения об экспорте попадут в журнал аудита при следующей синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the case whose dossier to print first.</source>
        <translation>Сначала откройте дело, досье которого нужно распечатать.</translation>
    </message>
    <message>
        <source>The dossier is saved to &quot;%1&quot;.</source>
        <translation>Досье сохранено в «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) written to &quot;%1&quot;.</source>
        <translation>
            <numerusform>В «%1» выгружено записей аудита: %n.</numerusform>
            <numerusform>В «%1» выгружено записей аудита: %n.</numerusform>
            <numerusform>В «%1» выгружено записей аудита: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of the city</source>
        <translation>Дела города</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Все города</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have not reached the server.</source>
        <translation>
            <numerusform>Заметок, не дошедших до сервера: %n.</numerusform>
            <numerusform>Заметок, не дошедших до сервера: %n.</numerusform>
            <numerusform>Заметок, не дошедших до сервера: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded for the audit log, so the file was not written: %1</source>
        <translation>Экспорт не удалось зарегистрировать для журнала аудита, поэтому файл не записан: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Send the &amp;log to IT…</source>
        <translation>Отправить &amp;журнал в ИТ-отдел…</translation>
    </message>
    <message>
        <source>Open the log &amp;folder</source>
        <translation>Открыть &amp;папку журнала</translation>
    </message>
    <message>
        <source>This workstation keeps no log, so there is nothing to send.</source>
        <translation>Это рабочее место не ведёт журнал, поэтому отправлять нечего.</translation>
    </message>
    <message>
        <source>The log could not be saved to &quot;%1&quot;: %2</source>
        <translation>Не удалось сохранить журнал в «%1»: %2</translation>
    </message>
    <message>
        <source>kezek-log-%1.txt</source>
        <translation>kezek-log-%1.txt</translation>
    </message>
    <message>
        <source>Save the log for IT</source>
        <translation>Сохранить журнал для ИТ-отдела</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>The log was saved to %1. Send this file to your IT department.</source>
        <translation>Журнал сохранён в %1. Отправьте этот файл в ИТ-отдел.</translation>
    </message>
    <message>
        <source>No file manager opened; the log is in %1.</source>
        <translation>Файловый менеджер не открылся; журнал находится здесь: %1.</translation>
    </message>
</context>
</TS>

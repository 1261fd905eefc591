<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Kezek::Calendar</name>
    <message>
        <source>The calendar data names too many days off.</source>
        <translation>Күнтізбе деректерінде демалыс күндері тым көп көрсетілген.</translation>
    </message>
    <message>
        <source>The transfer in %1 makes %2 a day off, but it is not a working day.</source>
        <translation>%1 жылғы ауыстыру %2 күнін демалыс күні етеді, бірақ ол жұмыс күні емес.</translation>
    </message>
    <message>
        <source>The transfer in %1 makes %2 a working day, but it is not a weekend day.</source>
        <translation>%1 жылғы ауыстыру %2 күнін жұмыс күні етеді, бірақ ол апталық демалыс күні емес.</translation>
    </message>
    <message>
        <source>The calendar for %1 gives %2 working days, but its days off leave %3.</source>
        <translation>%1 жылғы күнтізбеде %2 жұмыс күні көрсетілген, бірақ демалыс күндерін шегергенде %3 қалады.</translation>
    </message>
    <message>
        <source>The calendar names an impossible fixed day off &quot;%1&quot; (expected MM-DD that exists every year).</source>
        <translation>Күнтізбеде мүмкін емес тұрақты демалыс күні «%1» көрсетілген (жыл сайын болатын MM-DD күні күтіледі).</translation>
    </message>
    <message>
        <source>The calendar for %1 names the date &quot;%2&quot;, which is not a date of that year.</source>
        <translation>%1 жылғы күнтізбеде сол жылға жатпайтын «%2» күні көрсетілген.</translation>
    </message>
    <message>
        <source>The calendar has a year entry without a valid year.</source>
        <translation>Күнтізбеде жылы дұрыс көрсетілмеген жылдық жазба бар.</translation>
    </message>
    <message>
        <source>The calendar data is not valid JSON: %1.</source>
        <translation>Күнтізбе деректері жарамды JSON емес: %1.</translation>
    </message>
    <message>
        <source>The calendar data has format %1; this program reads format %2.</source>
        <translation>Күнтізбе деректерінің форматы — %1; бұл бағдарлама %2 форматын оқиды.</translation>
    </message>
    <message>
        <source>The calendar&apos;s weekend names a day that is not 1 (Monday) to 7 (Sunday).</source>
        <translation>Күнтізбенің апталық демалыс күндерінде 1 (дүйсенбі) – 7 (жексенбі) аралығына кірмейтін күн көрсетілген.</translation>
    </message>
    <message>
        <source>The calendar&apos;s carry-over rule &quot;%1&quot; is unknown.</source>
        <translation>Күнтізбедегі демалыс күнін ауыстыру ережесі «%1» белгісіз.</translation>
    </message>
    <message>
        <source>The calendar describes %1 twice.</source>
        <translation>Күнтізбеде %1 жыл екі рет сипатталған.</translation>
    </message>
    <message>
        <source>The day off %1 applies from %2 until %3: that is no range of years.</source>
        <translation>%1 демалыс күні %2 жылдан %3 жылға дейін қолданылады: бұл жылдар аралығы емес.</translation>
    </message>
    <message>
        <source>The calendar confirms %1 without its number of working days (&quot;workingDays&quot;), which the decree publishes.</source>
        <translation>Күнтізбе %1 жылды қаулы жариялайтын жұмыс күндерінің санынсыз (&quot;workingDays&quot;) растайды.</translation>
    </message>
</context>
<context>
    <name>Kezek::Ctl</name>
    <message>
        <source>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:</source>
        <translation>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
командалар:</translation>
    </message>
    <message>
        <source>the due date of a clock started on a date</source>
        <translation>белгілі бір күні басталған мерзімнің аяқталу күні</translation>
    </message>
    <message>
        <source>decode and verify an IIN</source>
        <translation>ЖСН-ді ашып, тексеру</translation>
    </message>
    <message>
        <source>parse and verify a passport MRZ</source>
        <translation>паспорттың MRZ жолдарын талдап, тексеру</translation>
    </message>
    <message>
        <source>the year&apos;s days off and their causes</source>
        <translation>жылдың демалыс күндері және олардың себептері</translation>
    </message>
    <message>
        <source>add a user to a server&apos;s database</source>
        <translation>сервер дерекқорына пайдаланушы қосу</translation>
    </message>
    <message>
        <source>register a user&apos;s signing certificate</source>
        <translation>пайдаланушының қол қою сертификатын тіркеу</translation>
    </message>
    <message>
        <source>issue a demo signing key (PKCS#12)</source>
        <translation>демо қол қою кілтін беру (PKCS#12)</translation>
    </message>
    <message>
        <source>a case&apos;s signed decisions, for openssl cms</source>
        <translation>істің қол қойылған шешімдері, openssl cms үшін</translation>
    </message>
    <message>
        <source>sync a workstation cache with a server</source>
        <translation>жұмыс орнының кэшін сервермен синхрондау</translation>
    </message>
    <message>
        <source>a cache&apos;s cursor, cases and outbox</source>
        <translation>кэштің курсоры, істері және кезегі</translation>
    </message>
    <message>
        <source>file believable applications on a server</source>
        <translation>серверге шынайыға ұқсас өтініштер беру</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>аудит журналының хэш-тізбегін тексеру</translation>
    </message>
    <message>
        <source>day off for %1 (%2), which fell on a weekend</source>
        <translation>апталық демалысқа сәйкес келген %1 (%2) мерекесінің орнына берілетін демалыс күні</translation>
    </message>
    <message>
        <source>day off by transfer, worked on %1</source>
        <translation>ауыстыру бойынша демалыс күні, орнына %1 күні жұмыс істеледі</translation>
    </message>
    <message>
        <source>working day by transfer, for the day off on %1</source>
        <translation>ауыстыру бойынша жұмыс күні, %1 демалыс күнінің орнына</translation>
    </message>
    <message>
        <source>kezekctl calendar YEAR [--json] [--lang kk|ru|en]</source>
        <translation>kezekctl calendar YEAR [--json] [--lang kk|ru|en]</translation>
    </message>
    <message>
        <source>calendar takes a year from 1900 to 2200.</source>
        <translation>calendar командасы 1900 жылдан 2200 жылға дейінгі жылды қабылдайды.</translation>
    </message>
    <message>
        <source>%1: %2 working days (%3)</source>
        <translation>%1: %2 жұмыс күні (%3)</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>расталған</translation>
    </message>
    <message>
        <source>not confirmed: statutory rules only, without Kurban Ait and the Government&apos;s transfers</source>
        <translation>расталмаған: тек заңда белгіленген ережелер бойынша, Құрбан айтсыз және Үкіметтің ауыстыруларынсыз</translation>
    </message>
    <message>
        <source>kezekctl check iin IIN [--json]
       kezekctl check mrz LINE1 LINE2 [--json]</source>
        <translation>kezekctl check iin IIN [--json]
       kezekctl check mrz LINE1 LINE2 [--json]</translation>
    </message>
    <message>
        <source>check takes &quot;iin IIN&quot; or &quot;mrz LINE1 LINE2&quot;.</source>
        <translation>check командасы «iin IIN» немесе «mrz LINE1 LINE2» аргументтерін қабылдайды.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>қолданылуы: %1</translation>
    </message>
    <message>
        <source>kezekctl deadline CLOCK START_DATE [--json]
  CLOCK: %1</source>
        <translation>kezekctl deadline CLOCK START_DATE [--json]
  CLOCK: %1</translation>
    </message>
    <message>
        <source>deadline takes a clock and a start date.</source>
        <translation>deadline командасы мерзім түрі мен басталу күнін қабылдайды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clock.</source>
        <translation>«%1» — мерзім түрі емес.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date in the form YYYY-MM-DD.</source>
        <translation>«%1» — YYYY-MM-DD пішіміндегі нақты күн емес.</translation>
    </message>
    <message>
        <source>note: the calendar for some of these years is not confirmed; the Government&apos;s transfers may move this date.</source>
        <translation>ескерту: осы жылдардың кейбірінің күнтізбесі расталмаған; Үкіметтің ауыстырулары бұл күнді жылжытуы мүмкін.</translation>
    </message>
    <message>
        <source>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:
  deadline CLOCK START_DATE   the due date of a clock started on a date
  check iin IIN               decode and verify an IIN
  check mrz LINE1 LINE2       parse and verify a passport MRZ
  calendar YEAR               the year&apos;s days off and their causes</source>
        <translation type="vanished">kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
командалар:
  deadline CLOCK START_DATE   көрсетілген күні басталған мерзімнің аяқталу күні
  check iin IIN               ЖСН-ді талдау және тексеру
  check mrz LINE1 LINE2       паспорттың машинамен оқылатын аймағын (MRZ) талдау және тексеру
  calendar YEAR               жылдың демалыс күндері және олардың себептері</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 параметріне мән қажет.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>белгісіз параметр %1.</translation>
    </message>
    <message>
        <source>--lang takes kk, ru or en.</source>
        <translation>--lang параметрі kk, ru немесе en мәнін қабылдайды.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>команда көрсетілмеген.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>белгісіз команда «%1».</translation>
    </message>
    <message>
        <source>kezekctl admin add-user --database URL --id ID --role ROLE [--city astana|almaty] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system</source>
        <translation type="vanished">kezekctl admin add-user --database URL --id ID --role ROLE [--city astana|almaty] [--name NAME]
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system</translation>
    </message>
    <message>
        <source>add-user needs --database, --id and a known --role.</source>
        <translation>add-user үшін --database, --id және белгілі --role қажет.</translation>
    </message>
    <message>
        <source>--city takes astana or almaty.</source>
        <translation>--city мәні: astana немесе almaty.</translation>
    </message>
    <message>
        <source>This role works in one city: give --city.</source>
        <translation>Бұл рөл бір қалада жұмыс істейді: --city көрсетіңіз.</translation>
    </message>
    <message>
        <source>This role belongs to no city: leave out --city.</source>
        <translation>Бұл рөл ешбір қалаға тиесілі емес: --city көрсетпеңіз.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Құпиясөзде кемінде 8 таңба болуы тиіс.</translation>
    </message>
    <message>
        <source>user %1 added (%2)</source>
        <translation>%1 пайдаланушысы қосылды (%2)</translation>
    </message>
    <message>
        <source>admin takes a subcommand.</source>
        <translation>admin командасына ішкі команда қажет.</translation>
    </message>
    <message>
        <source>kezekctl audit verify --database URL</source>
        <translation type="vanished">kezekctl audit verify --database URL</translation>
    </message>
    <message>
        <source>audit takes &quot;verify --database URL&quot;.</source>
        <translation>audit командасы «verify --database URL» қабылдайды.</translation>
    </message>
    <message>
        <source>audit log intact: %1 entries</source>
        <translation>аудит журналы бүтін: %1 жазба</translation>
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
командалар:
  deadline CLOCK START_DATE   күні басталған мерзімнің аяқталу күні
  check iin IIN               ЖСН-ді ашу және тексеру
  check mrz LINE1 LINE2       паспорттың машинамен оқылатын аймағын талдау және тексеру
  calendar YEAR               жылдың демалыс күндері және олардың себептері
  admin add-user ...          сервер дерекқорына пайдаланушы қосу
  simulate ...                серверге шынайыға ұқсас өтініштер жіберу
  audit verify --database URL аудит журналының хэш-тізбегін тексеру</translation>
    </message>
    <message>
        <source>kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT]
  files believable eGov applications on a server as its integration user;
  the password comes from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT]
  серверге интеграция пайдаланушысы ретінде шынайыға ұқсас eGov өтініштерін жібереді;
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады</translation>
    </message>
    <message>
        <source>The server did not answer in 30 seconds.</source>
        <translation>Сервер 30 секунд ішінде жауап бермеді.</translation>
    </message>
    <message>
        <source>simulate needs an https:// --server, a --user, and numbers in range.</source>
        <translation>simulate үшін https:// --server, --user және рұқсат етілген ауқымдағы сандар қажет.</translation>
    </message>
    <message>
        <source>No certificate in &quot;%1&quot;.</source>
        <translation type="vanished">«%1» ішінде сертификат жоқ.</translation>
    </message>
    <message>
        <source>%1 of %2 applications sent</source>
        <translation>%2 өтініштің %1 жіберілді</translation>
    </message>
    <message>
        <source>filed %1 applications</source>
        <translation>%1 өтініш берілді</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>бас тартылды %1: %2</translation>
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
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  пайдаланушының шешімдері қол қойылуға тиіс сертификатты тіркейді
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  DIR ішіндегі куәландырушы орталықтан (signing-ca.pem және signing-ca-key.pem) қол қою кілтін береді, оны тіркейді және PKCS#12 ретінде жазады; оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>«%1» оқылмайды: %2.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>«%1» пайдаланушысы жоқ.</translation>
    </message>
    <message>
        <source>signing certificate registered for %1 (key %2)</source>
        <translation>%1 үшін қол қою сертификаты тіркелді (кілт %2)</translation>
    </message>
    <message>
        <source>set-certificate needs --database, --id and --certificate.</source>
        <translation>set-certificate үшін --database, --id және --certificate қажет.</translation>
    </message>
    <message>
        <source>issue-certificate needs --database, --id, --authority and --out.</source>
        <translation type="vanished">issue-certificate үшін --database, --id, --authority және --out қажет.</translation>
    </message>
    <message>
        <source>The key file&apos;s password must have at least 8 characters.</source>
        <translation>Кілт файлының құпиясөзінде кемінде 8 таңба болуы тиіс.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>«%1» жазылмайды: %2.</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER); check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile signing-ca.pem -out /dev/null</source>
        <translation type="vanished">kezekctl export decisions --database URL --case ID --out DIR
  істің әр қол қойылған шешімін ID.json ретінде, ал оның қолтаңбасын ID.p7s (DER) ретінде жазады; біреуін былай тексеріңіз:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile signing-ca.pem -out /dev/null</translation>
    </message>
    <message>
        <source>export takes &quot;decisions --database URL --case ID --out DIR&quot;.</source>
        <translation>export «decisions --database URL --case ID --out DIR» түрінде беріледі.</translation>
    </message>
    <message>
        <source>The case &quot;%1&quot; has no signed decision.</source>
        <translation>«%1» ісінде қол қойылған шешім жоқ.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>«%1» қалтасы жасалмайды.</translation>
    </message>
    <message>
        <source>%1 %2 signed by %3</source>
        <translation>%1 %2, қол қойған: %3</translation>
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
командалар:
  deadline CLOCK START_DATE   белгілі бір күні басталған мерзімнің аяқталу күні
  check iin IIN               ЖСН-ді ашып, тексеру
  check mrz LINE1 LINE2       паспорттың MRZ жолдарын талдап, тексеру
  calendar YEAR               жылдың демалыс күндері және олардың себептері
  admin add-user ...          сервер дерекқорына пайдаланушы қосу
  admin set-certificate ...   пайдаланушының қол қою сертификатын тіркеу
  admin issue-certificate ... демо қол қою кілтін беру (PKCS#12)
  export decisions ...        істің қол қойылған шешімдері, openssl cms үшін
  simulate ...                серверге шынайыға ұқсас өтініштер беру
  audit verify --database URL аудит журналының хэш-тізбегін тексеру</translation>
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
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  пайдаланушының шешімдері қол қойылуға тиіс сертификатты тіркейді
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  DIR ішіндегі куәландырушы орталықтан (signing-ca.pem және signing-ca-key.pem) қол қою кілтін береді, оны тіркейді және PKCS#12 ретінде жазады; оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады</translation>
    </message>
    <message>
        <source>A system user names its integration with --integration (%1); people have none.</source>
        <translation>Жүйелік пайдаланушы өз интеграциясын --integration арқылы атайды (%1); адамдарда ол болмайды.</translation>
    </message>
    <message>
        <source>kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans]
  files believable eGov applications on a server as its integration user,
  with generated scans of their documents (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, checks, courier) once a case has waited DELAY seconds; N rounds a second apart, 0 for ever
  passwords come from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans]
  серверге оның интеграциялық пайдаланушысы ретінде шынайыға ұқсас eGov өтініштерін береді,
  құжаттарының жасалған скандарымен бірге (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  іс DELAY секунд күткен соң КҚП АЖ, ҰҚК, тексерулер және курьер атынан жауап береді (kqp, nsc, checks, courier пайдаланушылары); бір секунд аралықпен N айналым, 0 — тоқтаусыз
  құпиясөздер KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады</translation>
    </message>
    <message>
        <source>simulate answer needs an https:// --server and numbers in range.</source>
        <translation>simulate answer үшін https:// --server және рұқсат етілген ауқымдағы сандар қажет.</translation>
    </message>
    <message>
        <source>answered: %1</source>
        <translation>жауап берілді: %1</translation>
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
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  пайдаланушының шешімдері қол қойылуға тиіс сертификатты тіркейді
kezekctl admin list --database URL
  кеңселер мен пайдаланушылар, олардың рөлдері мен кеңселерімен
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  DIR ішіндегі куәландырушы орталықтан (signing-ca.pem және signing-ca-key.pem) қол қою кілтін береді, оны тіркейді және PKCS#12 ретінде жазады; оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады</translation>
    </message>
    <message>
        <source>add-office needs --database, --id, --kind department|csc and --city astana|almaty.</source>
        <translation>add-office үшін --database, --id, --kind department|csc және --city astana|almaty қажет.</translation>
    </message>
    <message>
        <source>office %1 added (%2, %3)</source>
        <translation>%1 кеңсесі қосылды (%2, %3)</translation>
    </message>
    <message>
        <source>list needs --database.</source>
        <translation>list үшін --database қажет.</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Кеңселер</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(бұғатталған)</translation>
    </message>
    <message>
        <source>There is no office &quot;%1&quot;; add it with &quot;kezekctl admin add-office&quot;.</source>
        <translation>«%1» кеңсесі жоқ; оны «kezekctl admin add-office» арқылы қосыңыз.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; is a %2 in %3: not a place for a %4.</source>
        <translation>«%1» кеңсесі — %3 қаласындағы %2: %4 үшін орын емес.</translation>
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
  серверге оның интеграциялық пайдаланушысы ретінде шынайыға ұқсас eGov өтініштерін береді,
  құжаттарының жасалған скандарымен бірге (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  іс DELAY секунд күткен соң КҚП АЖ, ҰҚК, тексерулер және курьер атынан жауап береді (kqp, nsc, checks, courier пайдаланушылары); бір секунд аралықпен N айналым, 0 — тоқтаусыз
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--seed N]
  көші-қон қызметкері ретінде 1-кезеңді жүргізеді: тексеріп тіркейді, ҰҚК-ға жібереді және шешім шығарады, кілтпен қол қояды (оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан)
  құпиясөздер KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады</translation>
    </message>
    <message>
        <source>simulate progress needs an https:// --server, a --user, the user&apos;s --key (PKCS#12) and numbers in range.</source>
        <translation>simulate progress үшін https:// --server, --user, пайдаланушының --key кілті (PKCS#12) және рұқсат етілген ауқымдағы сандар қажет.</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>қолданылды: %1</translation>
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
командалар:
  deadline CLOCK START_DATE   белгілі бір күні басталған мерзімнің аяқталу күні
  check iin IIN               ЖСН-ді ашып, тексеру
  check mrz LINE1 LINE2       паспорттың MRZ жолдарын талдап, тексеру
  calendar YEAR               жылдың демалыс күндері және олардың себептері
  admin add-user ...          сервер дерекқорына пайдаланушы қосу
  admin set-certificate ...   пайдаланушының қол қою сертификатын тіркеу
  admin issue-certificate ... демо қол қою кілтін беру (PKCS#12)
  export decisions ...        істің қол қойылған шешімдері, openssl cms үшін
  sync ...                    жұмыс орнының кэшін сервермен синхрондау
  status --cache FILE         кэштің курсоры, істері және кезегі
  simulate ...                серверге шынайыға ұқсас өтініштер беру
  audit verify --database URL аудит журналының хэш-тізбегін тексеру</translation>
    </message>
    <message>
        <source>kezekctl sync --server URL --user ID --cache FILE [--ca FILE] [--pin SHA256]
  pushes the cache&apos;s outbox and pulls what changed since the last sync
kezekctl status --cache FILE
  the cache&apos;s cursor, cases and outbox
  the password (which also unlocks the cache) comes from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl sync --server URL --user ID --cache FILE [--ca FILE] [--pin SHA256]
  кэштің жіберу кезегін жібереді және соңғы синхрондаудан бергі өзгерістерді алады
kezekctl status --cache FILE
  кэштің курсоры, істері және кезегі
  құпиясөз (ол кэшті де ашады) KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады</translation>
    </message>
    <message>
        <source>sync needs an https:// --server, a --user and a --cache.</source>
        <translation>sync үшін https:// --server, --user және --cache қажет.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 ішінен %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pulled %1 cases, pushed %2 commands, %3 conflicts, %4 rejected; cursor %5</source>
        <translation>%1 іс алынды, %2 команда жіберілді, %3 қайшылық, %4 қабылданбады; курсор %5</translation>
    </message>
    <message>
        <source>status needs --cache.</source>
        <translation>status үшін --cache қажет.</translation>
    </message>
    <message>
        <source>cursor %1, %2 cases</source>
        <translation>курсор %1, %2 іс</translation>
    </message>
    <message>
        <source>outbox %1: %2</source>
        <translation>кезек %1: %2</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>Файлда PEM сертификаты жоқ.</translation>
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
  кэштің жіберу кезегін жібереді және соңғы синхрондаудан бергі өзгерістерді алады
kezekctl status --cache FILE
  кэштің курсоры, істері және кезегі
  құпиясөз (ол кэшті де ашады) KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады</translation>
    </message>
    <message>
        <source>--page-size is a number from 1 to 5000.</source>
        <translation>--page-size — 1-ден 5000-ға дейінгі сан.</translation>
    </message>
    <message>
        <source>claims: %1 held, %2 waiting for the server, %3 held by others</source>
        <translation>бекітілген істер: %1 сізде, %2 сервер растауын күтуде, %3 басқаларда</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s ahead of this one</source>
        <translation>сервердің сағаты мұнысынан %1 с алда</translation>
    </message>
    <message>
        <source>key: in the system keychain</source>
        <translation>кілт: жүйелік кілттер қоймасында</translation>
    </message>
    <message>
        <source>key: in the file beside the cache</source>
        <translation>кілт: кэштің жанындағы файлда</translation>
    </message>
    <message>
        <source>the server&apos;s law was not kept: %1</source>
        <translation>сервердің заң деректері сақталмады: %1</translation>
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
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  пайдаланушының шешімдері қол қойылуға тиіс сертификатты тіркейді
kezekctl admin list --database URL
  кеңселер мен пайдаланушылар, олардың рөлдері мен кеңселерімен
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  DIR ішіндегі куәландырушы орталықтан (signing-ca.pem және signing-ca-key.pem) қол қою кілтін береді, оны тіркейді және PKCS#12 ретінде жазады; оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  демо тарихын импорттайды: соңғы күндерде берілген және шешілген істер; сервер алғашқы іске қосылғанда мерзімі өткен пысықтауларды жояды және алдын ала мақұлдаулардың нәтижесін жояды</translation>
    </message>
    <message>
        <source>seed-history needs --database, and --count 1..100000 and --days 60..3650 when given.</source>
        <translation>seed-history үшін --database керек, ал --count 1..100000 және --days 60..3650 берілсе, осы аралықта болуы тиіс.</translation>
    </message>
    <message>
        <source>The history of seed %1 is already in this database.</source>
        <translation>%1 тұқымының тарихы осы дерекқорда бар.</translation>
    </message>
    <message>
        <source>cases imported: %1, filed over the past %2 days</source>
        <translation>импортталған істер: %1, соңғы %2 күнде берілген</translation>
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
  серверге оның интеграциялық пайдаланушысы ретінде шынайыға ұқсас eGov өтініштерін береді,
  құжаттарының жасалған скандарымен бірге (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  іс DELAY секунд күткен соң КҚП АЖ, ҰҚК, тексерулер және курьер атынан жауап береді (kqp, nsc, checks, courier пайдаланушылары); бір секунд аралықпен N айналым, 0 — тоқтаусыз
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--interval SECONDS] [--most N] [--seed N]
  көші-қон қызметкері ретінде 1-кезеңді жүргізеді: тексеріп тіркейді, ҰҚК-ға жібереді және шешім шығарады, кілтпен қол қояды (оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан); әр INTERVAL секунд сайын (1) бір айналым, әр айналымда ең көбі N іс (барлығы)
  құпиясөздер KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады</translation>
    </message>
    <message>
        <source>left alone, held by someone else: %1</source>
        <translation>басқа адам ұстап тұрғандықтан қозғалмады: %1</translation>
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
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  пайдаланушының шешімдері қол қойылуға тиіс сертификатты тіркейді
kezekctl admin list --database URL
  кеңселер мен пайдаланушылар, олардың рөлдері мен кеңселерімен
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  DIR ішіндегі куәландырушы орталықтан (signing-ca.pem және signing-ca-key.pem) қол қою кілтін береді, оны тіркейді және PKCS#12 ретінде жазады; оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  бұғатталған пайдаланушы кіре алмайды, оның сеанстары бірден аяқталады
kezekctl admin revoke-sessions --database URL --id ID
  пайдаланушының барлық сеанстарын аяқтайды (жоғалған ноутбук): ол қайта кіреді
kezekctl admin reset-password --database URL --id ID
  пайдаланушы келесі кіргенде ауыстыруға тиіс бір реттік құпиясөзді шығарады; оның сеанстары аяқталады
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  демо тарихын импорттайды: соңғы күндерде берілген және шешілген істер; сервер алғашқы іске қосылғанда мерзімі өткен пысықтауларды жояды және алдын ала мақұлдаулардың нәтижесін жояды</translation>
    </message>
    <message>
        <source>%1 needs --database and --id.</source>
        <translation>%1 үшін --database және --id керек.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; nothing was changed.</source>
        <translation>«%1» пайдаланушысы жоқ; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions ended.</source>
        <translation>%1 бұғатталды; оның сеанстары аяқталды.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 қайта кіре алады.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended.</source>
        <translation>
            <numerusform>%1 пайдаланушысының %n сеансы аяқталды.</numerusform>
            <numerusform>%1 пайдаланушысының %n сеансы аяқталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>One-time password for %1 (to be changed at the next sign-in):</source>
        <translation>%1 үшін бір реттік құпиясөз (келесі кіргенде ауыстырылады):</translation>
    </message>
    <message>
        <source>kezekctl audit verify --database URL [--audit-key FILE] [--checkpoint FILE]...
  checks the audit log&apos;s chain (with its key, when it is keyed) and, with --checkpoint, that every entry a checkpoint file or a saved journal names is there unchanged</source>
        <translation>kezekctl audit verify --database URL [--audit-key FILE] [--checkpoint FILE]...
  аудит журналының тізбегін тексереді (кілтпен қорғалған болса, оның кілтімен) және --checkpoint берілсе, бақылау нүктелері файлы немесе сақталған журнал атайтын әр жазба өзгеріссіз орнында екенін тексереді</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no audit checkpoint.</source>
        <translation>«%1» ішінде аудиттің бірде-бір бақылау нүктесі жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>, as %n checkpoint(s) saw it</source>
        <translation>
            <numerusform>, %n бақылау нүктесі көргендей</numerusform>
            <numerusform>, %n бақылау нүктесі көргендей</numerusform>
        </translation>
    </message>
    <message>
        <source>audit reads needs --database and --case.</source>
        <translation>audit reads үшін --database және --case керек.</translation>
    </message>
    <message>
        <source>kezekctl audit reads --database URL --case ID</source>
        <translation>kezekctl audit reads --database URL --case ID</translation>
    </message>
    <message>
        <source>reads: %1</source>
        <translation>оқылды: %1</translation>
    </message>
    <message>
        <source>Nobody has read this case.</source>
        <translation>Бұл істі ешкім оқымаған.</translation>
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
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  пайдаланушының шешімдері қол қойылуға тиіс сертификатты тіркейді
kezekctl admin list --database URL
  кеңселер мен пайдаланушылар, олардың рөлдері мен кеңселерімен
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  DIR ішіндегі куәландырушы орталықтан (signing-ca.pem және signing-ca-key.pem) қол қою кілтін береді, оны тіркейді және PKCS#12 ретінде жазады; оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  бұғатталған пайдаланушы кіре алмайды, оның сеанстары бірден аяқталады
kezekctl admin revoke-sessions --database URL --id ID
  пайдаланушының барлық сеанстарын аяқтайды (жоғалған ноутбук): ол қайта кіреді
kezekctl admin reset-password --database URL --id ID
  пайдаланушы келесі кіргенде ауыстыруға тиіс бір реттік құпиясөзді шығарады; оның сеанстары аяқталады
kezekctl admin purge --database URL --days N [--dry-run]
  сайттың сақтау мерзімі: N күннен бұрын аяқталған істерден сканерленген көшірмелер мен дербес деректер жойылады (аудитке және күшіндегі тыйымдарға керегі қалады); жойылғанын шығарады
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  демо тарихын импорттайды: соңғы күндерде берілген және шешілген істер; сервер алғашқы іске қосылғанда мерзімі өткен пысықтауларды жояды және алдын ала мақұлдаулардың нәтижесін жояды</translation>
    </message>
    <message>
        <source>purge needs --database and --days N (1 or more).</source>
        <translation>purge үшін --database және --days N (1 немесе одан көп) керек.</translation>
    </message>
    <message>
        <source>scans: %1</source>
        <translation>сканерленген көшірмелер: %1</translation>
    </message>
    <message>
        <source>would purge: %1 cases, %2 scans</source>
        <translation>жойылар еді: %1 іс, %2 сканерленген көшірме</translation>
    </message>
    <message>
        <source>purged: %1 cases, %2 scans</source>
        <translation>жойылды: %1 іс, %2 сканерленген көшірме</translation>
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
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  пайдаланушының шешімдері қол қойылуға тиіс сертификатты тіркейді
kezekctl admin list --database URL
  кеңселер мен пайдаланушылар, олардың рөлдері мен кеңселерімен
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  DIR ішіндегі куәландырушы орталықтан (signing-ca.pem және signing-ca-key.pem) қол қою кілтін береді, оны тіркейді және PKCS#12 ретінде жазады; оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  бұғатталған пайдаланушы кіре алмайды, оның сеанстары бірден аяқталады
kezekctl admin revoke-sessions --database URL --id ID
  пайдаланушының барлық сеанстарын аяқтайды (жоғалған ноутбук): ол қайта кіреді
kezekctl admin reset-password --database URL --id ID
  пайдаланушы келесі кіргенде ауыстыруға тиіс бір реттік құпиясөзді шығарады; оның сеанстары аяқталады
kezekctl admin purge --database URL --days N [--dry-run]
  сайттың сақтау мерзімі: N күннен бұрын аяқталған істерден сканерленген көшірмелер мен дербес деректер жойылады (аудитке және күшіндегі тыйымдарға керегі қалады); жойылғанын шығарады
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  демо тарихын импорттайды: соңғы күндерде берілген және шешілген істер; сервер алғашқы іске қосылғанда мерзімі өткен пысықтауларды жояды және алдын ала мақұлдаулардың нәтижесін жояды
kezekctl admin migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE [--audit-key FILE]
  сайттың бүкіл дерекқорын аудит тізбегімен бірге бос PostgreSQL дерекқорына бір транзакцияда көшіреді және бекітпес бұрын оны сол жерде тексереді (әр кестенің жолдары саналады, аудит тізбегі өз кілтімен тексеріледі); алдымен серверді тоқтатыңыз</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) copied</source>
        <translation>
            <numerusform>%1: %n жол көшірілді</numerusform>
            <numerusform>%1: %n жол көшірілді</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows so far</source>
        <translation>%1: әзірге %3 жолдың %2 жолы</translation>
    </message>
    <message>
        <source>migrate needs --from and --to.</source>
        <translation>migrate командасына --from және --to қажет.</translation>
    </message>
    <message>
        <source>--from and --to name the same database.</source>
        <translation>--from мен --to бір дерекқорды атайды.</translation>
    </message>
    <message>
        <source>--from takes the site&apos;s SQLite database, sqlite:PATH.</source>
        <translation>--from сайттың SQLite дерекқорын қабылдайды: sqlite:PATH.</translation>
    </message>
    <message>
        <source>--to takes an empty PostgreSQL database, postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>--to бос PostgreSQL дерекқорын қабылдайды: postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot;. Nothing was changed.</source>
        <translation>«%1» дерекқоры жоқ. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The site&apos;s audit log is keyed: give its key file with --audit-key, to verify the copy with it. Nothing was written.</source>
        <translation>Сайттың аудит журналы кілтпен қорғалған: көшірмені сол кілтпен тексеру үшін кілт файлын --audit-key арқылы беріңіз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>moved: %1 tables, %2 rows; each table&apos;s rows counted on the target, and its audit log intact: %3 entries</source>
        <translation>көшірілді: %1 кесте, %2 жол; әр кестенің жолдары жаңа дерекқорда саналды, аудит журналы бүтін: %3 жазба</translation>
    </message>
    <message>
        <source>move a site&apos;s database from SQLite to PostgreSQL</source>
        <translation>сайттың дерекқорын SQLite-тан PostgreSQL-ге көшіру</translation>
    </message>
    <message>
        <source>The target database is not empty (rows in: %1). Nothing was written: give a new, empty database.</source>
        <translation>Мақсатты дерекқор бос емес (жолдары бар кестелер: %1). Ештеңе жазылған жоқ: жаңа, бос дерекқор беріңіз.</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows and the source %3. Nothing was written.</source>
        <translation>%1 кестесінің көшірмесінде %2 жол, бастапқыда %3 жол. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kezek server database (%2). Nothing was changed.</source>
        <translation>«%1» — Kezek серверінің дерекқоры емес (%2). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kezek server database: no migration was ever applied to it. Nothing was changed.</source>
        <translation>«%1» — Kezek серверінің дерекқоры емес: оған сызбаның бірде-бір жаңартуы қолданылмаған. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The source has schema version %1 and this program %2. Bring the source up to date first (any kezekctl command on it does, such as kezekctl admin list --database %3), then move it. Nothing was changed.</source>
        <translation>Бастапқы дерекқордың сызба нұсқасы %1, ал бұл бағдарламанікі %2. Алдымен бастапқы дерекқорды жаңартыңыз (оны кез келген kezekctl командасы жаңартады, мысалы kezekctl admin list --database %3), содан кейін көшіріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The source has schema version %1, newer than this program knows (%2): move it with the kezekctl installed with the site&apos;s server. Nothing was changed.</source>
        <translation>Бастапқы дерекқордың сызба нұсқасы %1, бұл бағдарлама білетіннен (%2) жаңа: оны сайт серверімен бірге орнатылған kezekctl арқылы көшіріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The source and the target do not have the same tables (%1). Nothing was written.</source>
        <translation>Бастапқы және мақсатты дерекқорлардың кестелері бірдей емес (%1). Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the source than in the target. Nothing was written.</source>
        <translation>%1 кестесінің бағандары бастапқы және мақсатты дерекқорларда әртүрлі. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>The audit log does not verify on the copy: %1 Nothing was written; check the source with kezekctl audit verify.</source>
        <translation>Аудит журналы көшірмеде тексеруден өтпейді: %1 Ештеңе жазылған жоқ; бастапқы дерекқорды kezekctl audit verify арқылы тексеріңіз.</translation>
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
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  пайдаланушының шешімдері қол қойылуға тиіс сертификатты тіркейді
kezekctl admin list --database URL
  кеңселер мен пайдаланушылар, олардың рөлдері мен кеңселерімен
kezekctl admin issue-certificate --database URL --id ID --iin IIN --authority DIR --out FILE.p12
  DIR ішіндегі куәландырушы орталықтан (signing-ca.pem және signing-ca-key.pem) иесінің ЖСН-і көрсетілген қол қою кілтін береді, оны тіркейді және PKCS#12 ретінде жазады; оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  бұғатталған пайдаланушы кіре алмайды, оның сеанстары бірден аяқталады
kezekctl admin revoke-sessions --database URL --id ID
  пайдаланушының барлық сеанстарын аяқтайды (жоғалған ноутбук): ол қайта кіреді
kezekctl admin reset-password --database URL --id ID
  пайдаланушы келесі кіргенде ауыстыруға тиіс бір реттік құпиясөзді шығарады; оның сеанстары аяқталады
kezekctl admin purge --database URL --days N [--dry-run]
  сайттың сақтау мерзімі: N күннен бұрын аяқталған істерден сканерленген көшірмелер мен дербес деректер жойылады (аудитке және күшіндегі тыйымдарға керегі қалады); жойылғанын шығарады
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  демо тарихын импорттайды: соңғы күндерде берілген және шешілген істер; сервер алғашқы іске қосылғанда мерзімі өткен пысықтауларды жояды және алдын ала мақұлдаулардың нәтижесін жояды
kezekctl admin migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE [--audit-key FILE]
  сайттың бүкіл дерекқорын аудит тізбегімен бірге бос PostgreSQL дерекқорына бір транзакцияда көшіреді және бекітпес бұрын оны сол жерде тексереді (әр кестенің жолдары саналады, аудит тізбегі өз кілтімен тексеріледі); алдымен серверді тоқтатыңыз</translation>
    </message>
    <message>
        <source>The certificate names no IIN of its holder (serialNumber IIN… in its subject): it cannot sign decisions.</source>
        <translation>Сертификатта иесінің ЖСН-і көрсетілмеген (subject өрісінде serialNumber IIN…): онымен шешімдерге қол қоюға болмайды.</translation>
    </message>
    <message>
        <source>issue-certificate needs --database, --id, --iin, --authority and --out.</source>
        <translation>issue-certificate үшін --database, --id, --iin, --authority және --out қажет.</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem; check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile authorities.pem -out /dev/null</source>
        <translation type="vanished">kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  істің әр қол қойылған шешімін ID.json ретінде, ал оның қолтаңбасын ID.p7s (DER) ретінде жазады; --authority берілсе, сайттың сенімді түбірлік және аралық куәландырушы орталықтарының сертификаттарын (сервердің --signing-ca параметрі) authorities.pem ретінде де жазады; біреуін былай тексеріңіз:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile authorities.pem -out /dev/null</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem, and the revocation list each signature was checked by as ID.crl (with the authorities: ID.trust.pem); check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile ID.trust.pem -crl_check -out /dev/null</source>
        <translation type="vanished">kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  істің әр қол қойылған шешімін ID.json ретінде, ал оның қолтаңбасын ID.p7s (DER) ретінде жазады; --authority берілсе, сайттың сенімді түбірлік және аралық куәландырушы орталықтарының сертификаттарын (сервердің --signing-ca параметрі) authorities.pem ретінде, ал әр қолтаңба тексерілген кері қайтарылған сертификаттар тізімін ID.crl ретінде (куәландырушы орталықтармен бірге: ID.trust.pem) жазады; біреуін былай тексеріңіз:
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
  құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  пайдаланушының шешімдері қол қойылуға тиіс сертификатты тіркейді
kezekctl admin list --database URL
  кеңселер мен пайдаланушылар, олардың рөлдері мен кеңселерімен
kezekctl admin issue-certificate --database URL --id ID --iin IIN --authority DIR --out FILE.p12 [--authentication AUTH.p12]
  DIR ішіндегі куәландырушы орталықтан (signing-ca.pem және signing-ca-key.pem) иесінің ЖСН-і көрсетілген қол қою кілтін береді, оны тіркейді және PKCS#12 ретінде жазады; оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады; --authentication берілсе, иесінің қол қоюға арналмаған аутентификация кілтін де береді
kezekctl admin disable-user --database URL --id ID
kezekctl admin enable-user --database URL --id ID
  бұғатталған пайдаланушы кіре алмайды, оның сеанстары бірден аяқталады
kezekctl admin revoke-sessions --database URL --id ID
  пайдаланушының барлық сеанстарын аяқтайды (жоғалған ноутбук): ол қайта кіреді
kezekctl admin reset-password --database URL --id ID
  пайдаланушы келесі кіргенде ауыстыруға тиіс бір реттік құпиясөзді шығарады; оның сеанстары аяқталады
kezekctl admin purge --database URL --days N [--dry-run]
  сайттың сақтау мерзімі: N күннен бұрын аяқталған істерден сканерленген көшірмелер мен дербес деректер жойылады (аудитке және күшіндегі тыйымдарға керегі қалады); жойылғанын шығарады
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  демо тарихын импорттайды: соңғы күндерде берілген және шешілген істер; сервер алғашқы іске қосылғанда мерзімі өткен пысықтауларды жояды және алдын ала мақұлдаулардың нәтижесін жояды
kezekctl admin migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE [--audit-key FILE]
  сайттың бүкіл дерекқорын аудит тізбегімен бірге бос PostgreSQL дерекқорына бір транзакцияда көшіреді және бекітпес бұрын оны сол жерде тексереді (әр кестенің жолдары саналады, аудит тізбегі өз кілтімен тексеріледі); алдымен серверді тоқтатыңыз</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem, and the revocation list each signature was checked by as ID.crl (with the authorities: ID.trust.pem), or the OCSP response as ID.ocsp.der, and the signature&apos;s timestamp token as ID.tst over the signature value ID.sigvalue; check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile ID.trust.pem -crl_check -out /dev/null
  openssl ocsp -respin ID.ocsp.der -CAfile authorities.pem -resp_text
  openssl ts -verify -token_in -in ID.tst -data ID.sigvalue -CAfile authorities.pem</source>
        <translation>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  істің әр қол қойылған шешімін ID.json ретінде, ал оның қолтаңбасын ID.p7s (DER) ретінде жазады; --authority берілсе, сайттың сенімді түбірлік және аралық куәландырушы орталықтарының сертификаттарын (сервердің --signing-ca параметрі) authorities.pem ретінде, әр қолтаңба тексерілген кері қайтарылған сертификаттар тізімін ID.crl ретінде (куәландырушы орталықтармен бірге: ID.trust.pem) немесе OCSP жауабын ID.ocsp.der ретінде, ал қолтаңбаның уақыт белгісінің токенін ID.tst ретінде ол қойылған қолтаңба мәнімен (ID.sigvalue) бірге жазады; біреуін былай тексеріңіз:
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
  серверге оның интеграциялық пайдаланушысы ретінде шынайыға ұқсас eGov өтініштерін береді,
  құжаттарының жасалған скандарымен бірге (--scans), әрқайсысына кілтпен қол қойылған
  министрлік өтінішхатын қоса (PEM сертификаты мен кілті, kezek-server --dev-cert
  жасайтын ministry-signer.pem сияқты)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  іс DELAY секунд күткен соң КҚП АЖ, ҰҚК, тексерулер және курьер атынан жауап береді (kqp, nsc, checks, courier пайдаланушылары); бір секунд аралықпен N айналым, 0 — тоқтаусыз
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--interval SECONDS] [--most N] [--seed N]
  көші-қон қызметкері ретінде 1-кезеңді жүргізеді: тексеріп тіркейді, ҰҚК-ға жібереді және шешім шығарады, кілтпен қол қояды (оның құпиясөзі KEZEK_KEY_PASSWORD айнымалысынан); әр INTERVAL секунд сайын (1) бір айналым, әр айналымда ең көбі N іс (барлығы)
  құпиясөздер KEZEK_PASSWORD айнымалысынан немесе стандартты кірістің бір жолынан алынады</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold the ministry&apos;s signing certificate and its key (PEM).</source>
        <translation>«%1» ішінде министрліктің қол қою сертификаты мен оның кілті (PEM) болуы тиіс.</translation>
    </message>
    <message>
        <source>the pilot report as PDF, CSV or XLSX</source>
        <translation>пилоттық жоба бойынша есеп (PDF, CSV немесе XLSX)</translation>
    </message>
    <message>
        <source>kezekctl report --server https://HOST:PORT --user NAME [--ca FILE] --from YYYY-MM-DD --to YYYY-MM-DD --format pdf|csv|xlsx --out FILE [--lang kk|ru|en]
  the pilot report (every city for the ministry, the supervisor&apos;s city for a supervisor) for the period, both days included, counted by the server; the password is read from KEZEK_PASSWORD or standard input</source>
        <translation>kezekctl report --server https://HOST:PORT --user NAME [--ca FILE] --from YYYY-MM-DD --to YYYY-MM-DD --format pdf|csv|xlsx --out FILE [--lang kk|ru|en]
  кезең бойынша (екі шеткі күн де қоса алынады) сервер есептеген пилоттық жоба есебі (министрлікке — барлық қалалар, басшыға — өз қаласы); құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістен оқылады</translation>
    </message>
    <message>
        <source>report needs an https:// --server, a --user and an --out file.</source>
        <translation>report үшін https:// мекенжайы бар --server, --user және --out файлы қажет.</translation>
    </message>
    <message>
        <source>--format takes pdf, csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format параметрі pdf, csv немесе xlsx мәнін қабылдайды, «%1» мәнін емес.</translation>
    </message>
    <message>
        <source>--from and --to take a day of the calendar written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from және --to параметрлері YYYY-MM-DD пішіміндегі нақты күнді қабылдайды, «%1» мәнін емес.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>Кезеңнің аяқталу күні (%1) оның басталу күнінен (%2) бұрын.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Сервер %1 деп жауап берді.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report for %1 to %2 (%n case(s)) to &quot;%3&quot;.</source>
        <translation>
            <numerusform>%1 – %2 кезеңіне арналған есеп (%n іс) «%3» файлына жазылды.</numerusform>
            <numerusform>%1 – %2 кезеңіне арналған есеп (%n іс) «%3» файлына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>kezekctl audit extract --server https://HOST:PORT --user NAME [--ca FILE] (--case NUMBER | --from YYYY-MM-DD --to YYYY-MM-DD) --format csv|pdf --out FILE [--lang kk|ru|en]
  the server&apos;s audit entries on one case or in a period, for an inspector (every city for the ministry, the supervisor&apos;s city for a supervisor); the reading is itself audited; the password is read from KEZEK_PASSWORD or standard input</source>
        <translation>kezekctl audit extract --server https://HOST:PORT --user NAME [--ca FILE] (--case NUMBER | --from YYYY-MM-DD --to YYYY-MM-DD) --format csv|pdf --out FILE [--lang kk|ru|en]
  тексерушіге арналған, бір іс бойынша немесе кезең ішіндегі сервердің аудит жазбалары (министрлікке — барлық қалалар, басшыға — өз қаласы); бұл оқудың өзі де аудит журналына жазылады; құпиясөз KEZEK_PASSWORD айнымалысынан немесе стандартты кірістен оқылады</translation>
    </message>
    <message>
        <source>Give either --case or --from and --to, not both.</source>
        <translation>Не --case, не --from мен --to көрсетіңіз, екеуін бірге емес.</translation>
    </message>
    <message>
        <source>audit extract needs an https:// --server, a --user and an --out file.</source>
        <translation>audit extract үшін https:// мекенжайы бар --server, --user және --out файлы қажет.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entry(ies) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>«%1» файлына %n аудит жазбасы жазылды.</numerusform>
            <numerusform>«%1» файлына %n аудит жазбасы жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>an inspector&apos;s audit extract of a case or a period</source>
        <translation>тексерушіге арналған, іс немесе кезең бойынша аудит журналынан үзінді көшірме</translation>
    </message>
</context>
<context>
    <name>Kezek::Domain</name>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>Returned to applicant</source>
        <translation>Өтініш берушіге қайтарылды</translation>
    </message>
    <message>
        <source>Deleted (not reworked)</source>
        <translation>Жойылды (пысықталмады)</translation>
    </message>
    <message>
        <source>Registered, checks</source>
        <translation>Тіркелді, тексерулер</translation>
    </message>
    <message>
        <source>With NSC</source>
        <translation>ҰҚК-да келісуде</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Шешім күтілуде</translation>
    </message>
    <message>
        <source>Awaiting arrival</source>
        <translation>Келуі күтілуде</translation>
    </message>
    <message>
        <source>Preliminarily refused</source>
        <translation>Алдын ала бас тартылды</translation>
    </message>
    <message>
        <source>Approval annulled</source>
        <translation>Мақұлдаудың күші жойылды</translation>
    </message>
    <message>
        <source>At the CSC</source>
        <translation>ХҚКО-да</translation>
    </message>
    <message>
        <source>Final application registered</source>
        <translation>Түпкілікті өтініш тіркелді</translation>
    </message>
    <message>
        <source>Originals in courier</source>
        <translation>Түпнұсқалар курьерде</translation>
    </message>
    <message>
        <source>Final verification</source>
        <translation>Түпкілікті тексеру</translation>
    </message>
    <message>
        <source>Permit granted</source>
        <translation>ТТР берілді</translation>
    </message>
    <message>
        <source>Permit refused</source>
        <translation>ТТР беруден бас тартылды</translation>
    </message>
    <message>
        <source>Residence permit issued</source>
        <translation>Тұру ықтиярхаты берілді</translation>
    </message>
    <message>
        <source>Integrated data bank (special records)</source>
        <translation>Интеграцияланған деректер банкі (арнайы есепке алу)</translation>
    </message>
    <message>
        <source>Criminal records</source>
        <translation>Криминалдық есепке алу</translation>
    </message>
    <message>
        <source>State border crossing (Berkut)</source>
        <translation>Мемлекеттік шекараны кесіп өту («Бүркіт»)</translation>
    </message>
    <message>
        <source>Fingerprint registration (AFIS)</source>
        <translation>Дактилоскопиялық тіркеу (АДАЖ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the documents of this stage.</source>
        <translation>«%1» құжаты осы кезеңнің құжаттарына кірмейді.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been submitted, so it cannot be verified.</source>
        <translation>«%1» құжаты ұсынылмаған, сондықтан оны тексеру мүмкін емес.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails its automatic checks: %2</source>
        <translation>«%1» құжаты автоматты тексеруден өтпеді: %2</translation>
    </message>
    <message>
        <source>A rejected document needs a reason the applicant can act on.</source>
        <translation>Қабылданбаған құжат үшін өтініш беруші жоя алатын себеп көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>Admission to the interview</source>
        <translation>Сұхбатқа жіберу</translation>
    </message>
    <message>
        <source>Registration in the migration police system</source>
        <translation>КҚП АЖ-да тіркеу</translation>
    </message>
    <message>
        <source>Applicant&apos;s rework</source>
        <translation>Өтініш берушінің пысықтауы</translation>
    </message>
    <message>
        <source>NSC approval</source>
        <translation>ҰҚК-ның келісуі</translation>
    </message>
    <message>
        <source>Review and decision</source>
        <translation>Қарау және шешім қабылдау</translation>
    </message>
    <message>
        <source>Preliminary approval validity</source>
        <translation>Алдын ала мақұлдаудың қолданылу мерзімі</translation>
    </message>
    <message>
        <source>CSC comparison and registration</source>
        <translation>ХҚКО-да салыстыру және тіркеу</translation>
    </message>
    <message>
        <source>Final verification of originals</source>
        <translation>Түпнұсқаларды түпкілікті тексеру</translation>
    </message>
    <message>
        <source>Re-application ban</source>
        <translation>Қайта өтініш беруге тыйым</translation>
    </message>
    <message>
        <source>The clock &quot;%1&quot; cannot be paused on %2.</source>
        <translation>«%1» мерзімінің есебін %2 күні тоқтата тұру мүмкін емес.</translation>
    </message>
    <message>
        <source>The clock &quot;%1&quot; is not paused, or not before %2.</source>
        <translation>«%1» мерзімінің есебі тоқтатыла тұрмаған немесе %2 күнінен кейін тоқтатыла тұрған.</translation>
    </message>
    <message>
        <source>The clock &quot;%1&quot; cannot be stopped on %2.</source>
        <translation>«%1» мерзімінің есебін %2 күні аяқтау мүмкін емес.</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Шетелдік паспорт</translation>
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
        <translation>Фотосурет 35×45 мм</translation>
    </message>
    <message>
        <source>Professional development certificate</source>
        <translation>Біліктілікті арттыру туралы сертификат</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Түйіндеме</translation>
    </message>
    <message>
        <source>Motivation letter</source>
        <translation>Мотивациялық хат</translation>
    </message>
    <message>
        <source>Citizenship and criminal record document</source>
        <translation>Азаматтығы және соттылығы туралы құжат</translation>
    </message>
    <message>
        <source>Ministry petition</source>
        <translation>Министрліктің өтінішхаты</translation>
    </message>
    <message>
        <source>Application questionnaire</source>
        <translation>Өтініш-сауалнама</translation>
    </message>
    <message>
        <source>State duty payment</source>
        <translation>Мемлекеттік баж төлемі</translation>
    </message>
    <message>
        <source>Medical certificate 028/у</source>
        <translation>028/у нысанды медициналық анықтама</translation>
    </message>
    <message>
        <source>Fingerprinting certificate</source>
        <translation>Дактилоскопиялаудан өткені туралы анықтама</translation>
    </message>
    <message>
        <source>Housing contract</source>
        <translation>Тұрғын үй беру туралы шарт</translation>
    </message>
    <message>
        <source>Permanent residence permit notice</source>
        <translation>Тұрақты тұруға рұқсат (ТТР) беру туралы хабарлама</translation>
    </message>
    <message>
        <source>Residence permit duty receipt</source>
        <translation>Тұру ықтиярхаты үшін мемлекеттік баж төленгені туралы түбіртек</translation>
    </message>
    <message>
        <source>Compare the original passport with the copy: photo, data page, signs of forgery.</source>
        <translation>Паспорттың түпнұсқасын көшірмесімен салыстырыңыз: фотосурет, деректер беті, қолдан жасау белгілері.</translation>
    </message>
    <message>
        <source>Check that the copy shows the whole data page legibly.</source>
        <translation>Көшірмеде деректер беті толық әрі анық көрінетінін тексеріңіз.</translation>
    </message>
    <message>
        <source>Check that the photo is a recent portrait on a plain background.</source>
        <translation>Фотосурет бір түсті фондағы жақында түсірілген портрет екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Check that the petition names the applicant and is signed by the Ministry with EDS.</source>
        <translation>Өтінішхатта өтініш берушінің көрсетілгенін және оған министрліктің ЭЦҚ-сы қойылғанын тексеріңіз.</translation>
    </message>
    <message>
        <source>Check that the competent body of the country of residence issued it and that it covers citizenship and criminal record.</source>
        <translation>Құжатты тұрақты тұратын мемлекеттің құзыретті органы бергенін және онда азаматтық пен соттылық туралы мәліметтер бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Check that the certificate finds no disease barring entry.</source>
        <translation>Анықтамада келуге тыйым салатын аурулардың анықталмағанын тексеріңіз.</translation>
    </message>
    <message>
        <source>Check that the migration office of the place of residence issued it.</source>
        <translation>Анықтаманы тұрғылықты жері бойынша көші-қон қызметінің бөлімі бергенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Check the notary&apos;s certification and the address.</source>
        <translation>Нотариаттық куәландыруды және мекенжайды тексеріңіз.</translation>
    </message>
    <message>
        <source>Check that the notice is the applicant&apos;s granted permit.</source>
        <translation>Хабарламаның осы өтініш берушіге берілген ТТР туралы екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Check that the document is the applicant&apos;s, complete and legible.</source>
        <translation>Құжаттың өтініш берушіге тиесілі, толық және анық екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The passport&apos;s expiry date is not recorded.</source>
        <translation>Паспорттың қолданылу мерзімінің аяқталу күні енгізілмеген.</translation>
    </message>
    <message>
        <source>The passport expires on %1; it must be valid after %2, more than %3 calendar days after the application date %4.</source>
        <translation>Паспорттың қолданылу мерзімі %1 күні аяқталады; ол %2 күнінен кейін де, яғни өтініш берілген күннен (%4) бастап %3 күнтізбелік күннен астам қолданылуы тиіс.</translation>
    </message>
    <message>
        <source>The passport is not valid on %1.</source>
        <translation>Паспорт %1 күні жарамсыз.</translation>
    </message>
    <message>
        <source>The passport&apos;s machine-readable zone has not been entered.</source>
        <translation>Паспорттың машинамен оқылатын аймағы (MRZ) енгізілмеген.</translation>
    </message>
    <message>
        <source>The passport differs from the application in: %1.</source>
        <translation>Паспорт деректері өтініштен мына жолдар бойынша ерекшеленеді: %1.</translation>
    </message>
    <message>
        <source>The IIN gives the birth date %1, the passport %2.</source>
        <translation>ЖСН бойынша туған күні — %1, паспорт бойынша — %2.</translation>
    </message>
    <message>
        <source>The IIN and the passport give different sexes.</source>
        <translation>ЖСН мен паспортта жынысы әртүрлі көрсетілген.</translation>
    </message>
    <message>
        <source>The photo&apos;s size in pixels is not known.</source>
        <translation>Фотосуреттің пиксельмен берілген өлшемі белгісіз.</translation>
    </message>
    <message>
        <source>The photo is %1×%2 pixels; a 35×45 mm photo has the aspect 7:9 (for this height, about %3 pixels wide).</source>
        <translation>Фотосурет өлшемі — %1×%2 пиксель; 35×45 мм фотосуреттің арақатынасы 7:9 (осы биіктікте ені шамамен %3 пиксель).</translation>
    </message>
    <message>
        <source>The housing contract is not notarized.</source>
        <translation>Тұрғын үй беру туралы шарт нотариалды куәландырылмаған.</translation>
    </message>
    <message>
        <source>The housing contract&apos;s term is not recorded.</source>
        <translation>Тұрғын үй беру туралы шарттың мерзімі енгізілмеген.</translation>
    </message>
    <message>
        <source>The housing contract runs %1 days (%2 to %3); it must run at least %4 calendar days.</source>
        <translation>Тұрғын үй беру туралы шарттың мерзімі — %1 күн (%2 – %3); ол кемінде %4 күнтізбелік күн болуы тиіс.</translation>
    </message>
    <message>
        <source>The housing contract is not in force on the application date %1.</source>
        <translation>Тұрғын үй беру туралы шарт өтініш берілген күні (%1) күшінде емес.</translation>
    </message>
    <message>
        <source>The document was issued abroad and is neither legalized by a consul nor apostilled (§28).</source>
        <translation type="vanished">Құжат шетелде берілген, бірақ консул заңдастырмаған және апостиль қойылмаған (§28).</translation>
    </message>
    <message>
        <source>The questionnaire is not signed with the applicant&apos;s EDS.</source>
        <translation>Өтініш-сауалнамаға өтініш берушінің ЭЦҚ-сы қойылмаған.</translation>
    </message>
    <message>
        <source>The state duty has not been paid through the eGov payment gateway.</source>
        <translation>Мемлекеттік баж eGov төлем шлюзі арқылы төленбеген.</translation>
    </message>
    <message>
        <source>The medical certificate must be on form 028/у; it is &quot;%1&quot;.</source>
        <translation>Медициналық анықтама 028/у нысанында болуы тиіс; ұсынылғаны — «%1».</translation>
    </message>
    <message>
        <source>Unknown check.</source>
        <translation>Белгісіз тексеру.</translation>
    </message>
    <message>
        <source>An IIN has 12 digits; this one has %1 characters.</source>
        <translation>ЖСН 12 цифрдан тұрады; бұл ЖСН-де %1 таңба бар.</translation>
    </message>
    <message>
        <source>An IIN is made of digits only; character %1 is &quot;%2&quot;.</source>
        <translation>ЖСН тек цифрлардан тұрады; %1-таңба — «%2».</translation>
    </message>
    <message>
        <source>Digit 7 of an IIN gives the century and sex and must be 1 to 6; it is %1.</source>
        <translation>ЖСН-нің 7-цифры ғасыр мен жынысты білдіреді және 1-ден 6-ға дейін болуы тиіс; ол — %1.</translation>
    </message>
    <message>
        <source>Digits 1-6 of the IIN do not form a real birth date (%1-%2-%3).</source>
        <translation>ЖСН-нің 1-6 цифрлары нақты туған күнді құрамайды (%1-%2-%3).</translation>
    </message>
    <message>
        <source>This IIN cannot be valid: both weightings of its check digit give 10.</source>
        <translation>Бұл ЖСН жарамды бола алмайды: бақылау цифрын салмақтың екі тізбегімен есептегенде де 10 шығады.</translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit is %1, but its other digits require %2.</source>
        <translation>ЖСН-нің бақылау цифры — %1, бірақ қалған цифрлары бойынша ол %2 болуы тиіс.</translation>
    </message>
    <message>
        <source>Each line of a passport MRZ has 44 characters; line %1 has %2.</source>
        <translation>Паспорт MRZ-інің әр жолында 44 таңба болады; %1-жолда %2 таңба бар.</translation>
    </message>
    <message>
        <source>Line %1 of the MRZ has the character &quot;%2&quot;, which an MRZ cannot hold (only A-Z, 0-9 and &lt;).</source>
        <translation>MRZ-дің %1-жолында MRZ-де болуы мүмкін емес «%2» таңбасы бар (тек A-Z, 0-9 and &lt;).</translation>
    </message>
    <message>
        <source>The MRZ is not a passport&apos;s: its first character is &quot;%1&quot;, not &quot;P&quot;.</source>
        <translation>Бұл паспорттың MRZ-і емес: бірінші таңбасы «P» емес, «%1».</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>құжат нөмірі</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>қолданылу мерзімінің аяқталу күні</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>жеке нөмір</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>құрама бақылау</translation>
    </message>
    <message>
        <source>The MRZ check digit does not match for: %1.</source>
        <translation>MRZ бақылау цифры мына өрістер бойынша сәйкес келмейді: %1.</translation>
    </message>
    <message>
        <source>The MRZ birth date &quot;%1&quot; is not a real date.</source>
        <translation>MRZ-дегі туған күн «%1» нақты күн емес.</translation>
    </message>
    <message>
        <source>The MRZ expiry date &quot;%1&quot; is not a real date.</source>
        <translation>MRZ-дегі қолданылу мерзімінің аяқталу күні «%1» нақты күн емес.</translation>
    </message>
    <message>
        <source>The MRZ sex field is &quot;%1&quot;; it must be M, F, X or &lt;.</source>
        <translation>MRZ-дегі жыныс өрісінде «%1» тұр; ол M, F, X or &lt; болуы тиіс.</translation>
    </message>
    <message>
        <source>The reason catalog is not valid JSON: %1.</source>
        <translation>Себептер анықтамалығы жарамды JSON емес: %1.</translation>
    </message>
    <message>
        <source>The reason catalog entry &quot;%1&quot; has no unique code or lacks a text in Kazakh, Russian or English.</source>
        <translation>Себептер анықтамалығындағы «%1» жазбасының бірегей коды жоқ немесе оның қазақ, орыс не ағылшын тіліндегі мәтіні жоқ.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; names an unknown use &quot;%2&quot;.</source>
        <translation>«%1» себебінде белгісіз қолданылу саласы «%2» көрсетілген.</translation>
    </message>
    <message>
        <source>A motivated decision needs at least one reason from the catalog.</source>
        <translation>Дәлелді шешім үшін анықтамалықтан кемінде бір себеп көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>The reason code &quot;%1&quot; is not in the catalog.</source>
        <translation>«%1» себеп коды анықтамалықта жоқ.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; cannot be given for this decision.</source>
        <translation>«%1» себебін бұл шешім үшін көрсетуге болмайды.</translation>
    </message>
    <message>
        <source>Migration officer</source>
        <translation>Көші-қон қызметінің қызметкері</translation>
    </message>
    <message>
        <source>CSC operator</source>
        <translation>ХҚКО операторы</translation>
    </message>
    <message>
        <source>Ministry reviewer</source>
        <translation>Министрлік сарапшысы</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
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
        <translation>Мына тексерулер бойынша әлі жауап келмеген: %1.</translation>
    </message>
    <message>
        <source>These checks found a record, so the permit cannot be approved: %1.</source>
        <translation>Мына тексерулер бойынша есепте тұрғаны анықталды, сондықтан рұқсатты мақұлдау мүмкін емес: %1.</translation>
    </message>
    <message>
        <source>Not every required document is verified: %1.</source>
        <translation>Міндетті құжаттардың бәрі бірдей тексерілмеген: %1.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Енгізіңіз: %1.</translation>
    </message>
    <message>
        <source>The five days to rework ended on %1; the application is to be deleted (§12).</source>
        <translation>Пысықтауға берілген бес күн %1 күні аяқталды; өтініш жойылуға тиіс (§12).</translation>
    </message>
    <message>
        <source>The resubmission still lacks: %1.</source>
        <translation>Қайта ұсынылған өтініште әлі де жоқ: %1.</translation>
    </message>
    <message>
        <source>The applicant may rework until %1; the application cannot be deleted before.</source>
        <translation>Өтініш беруші %1 күнін қоса алғанда пысықтай алады; оған дейін өтінішті жоюға болмайды.</translation>
    </message>
    <message>
        <source>case number in the migration police system</source>
        <translation>КҚП АЖ-дағы электрондық іс нөмірі</translation>
    </message>
    <message>
        <source>The NSC answer (approved or not) is missing.</source>
        <translation>ҰҚК жауабы (келісілді ме, жоқ па) көрсетілмеген.</translation>
    </message>
    <message>
        <source>NSC has not approved this permit, so it cannot be preliminarily approved.</source>
        <translation>ҰҚК бұл рұқсатты келіспеді, сондықтан оны алдын ала мақұлдау мүмкін емес.</translation>
    </message>
    <message>
        <source>preliminary permit number</source>
        <translation>алдын ала ТТР нөмірі</translation>
    </message>
    <message>
        <source>The preliminary approval is valid until %1; it cannot be annulled before.</source>
        <translation>Алдын ала мақұлдау %1 күнін қоса алғанда жарамды; оған дейін оның күшін жоюға болмайды.</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed on %1 (30 calendar days, §19).</source>
        <translation>Алдын ала мақұлдаудың мерзімі %1 күні өтті (30 күнтізбелік күн, §19).</translation>
    </message>
    <message>
        <source>The preliminary permit number &quot;%1&quot; is not this case&apos;s.</source>
        <translation>«%1» алдын ала ТТР нөмірі бұл іске тиесілі емес.</translation>
    </message>
    <message>
        <source>courier tracking number</source>
        <translation>курьерлік жөнелтімнің трек-нөмірі</translation>
    </message>
    <message>
        <source>residence permit number</source>
        <translation>тұру ықтиярхатының нөмірі</translation>
    </message>
    <message>
        <source>This case belongs to %1; your office cannot act on it.</source>
        <translation>Бұл іс %1 қаласына тиесілі; сіздің бөлімшеңіз онымен жұмыс істей алмайды.</translation>
    </message>
    <message>
        <source>Receive application</source>
        <translation>Өтінішті қабылдау</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>Resubmit after rework</source>
        <translation>Пысықтаудан кейін қайта ұсыну</translation>
    </message>
    <message>
        <source>Delete application (not reworked)</source>
        <translation>Өтінішті жою (пысықталмаған)</translation>
    </message>
    <message>
        <source>Register in the migration police system</source>
        <translation>КҚП АЖ-да тіркеу</translation>
    </message>
    <message>
        <source>Send to NSC through Berkut</source>
        <translation>«Бүркіт» арқылы ҰҚК-ға жіберу</translation>
    </message>
    <message>
        <source>Record the NSC answer</source>
        <translation>ҰҚК жауабын тіркеу</translation>
    </message>
    <message>
        <source>Approve preliminarily</source>
        <translation>Алдын ала мақұлдау</translation>
    </message>
    <message>
        <source>Refuse preliminarily</source>
        <translation>Алдын ала бас тарту</translation>
    </message>
    <message>
        <source>Annul the preliminary approval</source>
        <translation>Алдын ала мақұлдаудың күшін жою</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s visit</source>
        <translation>Өтініш берушінің келуін тіркеу</translation>
    </message>
    <message>
        <source>Decline the final application</source>
        <translation>Түпкілікті өтінішті қабылдаудан бас тарту</translation>
    </message>
    <message>
        <source>Register the final application</source>
        <translation>Түпкілікті өтінішті тіркеу</translation>
    </message>
    <message>
        <source>Send originals by courier</source>
        <translation>Түпнұсқаларды курьермен жіберу</translation>
    </message>
    <message>
        <source>Receive the originals</source>
        <translation>Түпнұсқаларды қабылдау</translation>
    </message>
    <message>
        <source>Grant the permit</source>
        <translation>ТТР беру</translation>
    </message>
    <message>
        <source>Refuse the permit</source>
        <translation>ТТР беруден бас тарту</translation>
    </message>
    <message>
        <source>Record the residence permit issued</source>
        <translation>Тұру ықтиярхатының берілгенін тіркеу</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; cannot &quot;%2&quot;.</source>
        <translation>«%1» рөлі «%2» әрекетін орындай алмайды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the case is &quot;%2&quot;.</source>
        <translation>Іс «%2» мәртебесінде тұрғанда «%1» әрекеті мүмкін емес.</translation>
    </message>
    <message>
        <source>A new application is received, not applied to a case.</source>
        <translation>Жаңа өтініш бар іске қолданылмайды, ол жаңа іс ретінде қабылданады.</translation>
    </message>
    <message>
        <source>The date of the step is missing.</source>
        <translation>Қадамның орындалу күні көрсетілмеген.</translation>
    </message>
    <message>
        <source>Applications arrive only through the eGov integration.</source>
        <translation>Өтініштер тек eGov интеграциясы арқылы келіп түседі.</translation>
    </message>
    <message>
        <source>The application has no identifier or number.</source>
        <translation>Өтініштің сәйкестендіргіші немесе нөмірі жоқ.</translation>
    </message>
    <message>
        <source>The applicant may not apply again until after %1 (§19, §24).</source>
        <translation>Өтініш беруші %1 күнінен кейін ғана қайта өтініш бере алады (§19, §24).</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; cannot change this checklist while the case is &quot;%2&quot;.</source>
        <translation>Іс «%2» мәртебесінде тұрғанда «%1» рөлі бұл тексеру парағын өзгерте алмайды.</translation>
    </message>
    <message>
        <source>Only the integrations or a migration officer record check results.</source>
        <translation>Тексеру нәтижелерін тек интеграциялар немесе көші-қон қызметінің қызметкері тіркейді.</translation>
    </message>
    <message>
        <source>No record checks are expected while the case is &quot;%1&quot;.</source>
        <translation>Іс «%1» мәртебесінде тұрғанда есепке алу бойынша тексерулер көзделмеген.</translation>
    </message>
    <message>
        <source>A check result is either clear or a record found.</source>
        <translation>Тексеру нәтижесі не «мәлімет жоқ», не «есепте бар» болуы тиіс.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>«%1» өрісі жоқ.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has the wrong type.</source>
        <translation>«%1» өрісінің түрі қате.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not known.</source>
        <translation>«%1» өрісі белгісіз.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an impossible value &quot;%2&quot;.</source>
        <translation>«%1» өрісінде мүмкін емес мән бар: «%2».</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <source>A command&apos;s id must be a UUID made by the workstation; &quot;%1&quot; is not.</source>
        <translation>Команда идентификаторы жұмыс орны жасаған UUID болуы тиіс; «%1» олай емес.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command Kezek knows.</source>
        <translation>«%1» — Kezek білетін команда емес.</translation>
    </message>
    <message>
        <source>The signature is not base64.</source>
        <translation>Қолтаңба base64 пішімінде емес.</translation>
    </message>
    <message>
        <source>Only the migration police system (КҚП АЖ) gives case numbers.</source>
        <translation>Іс нөмірін тек көші-қон полициясының жүйесі (КҚП АЖ) береді.</translation>
    </message>
    <message>
        <source>A case number is given before registration, not while the case is &quot;%1&quot;.</source>
        <translation>Іс нөмірі тіркеуге дейін беріледі, іс «%1» күйінде тұрғанда емес.</translation>
    </message>
    <message>
        <source>Only the courier service reports where the originals are.</source>
        <translation>Түпнұсқалардың қайда екенін тек курьерлік қызмет хабарлайды.</translation>
    </message>
    <message>
        <source>The originals are not with the courier while the case is &quot;%1&quot;.</source>
        <translation>Іс «%1» күйінде тұрғанда түпнұсқалар курьерде емес.</translation>
    </message>
    <message>
        <source>The tracking number &quot;%1&quot; is not this case&apos;s (&quot;%2&quot;).</source>
        <translation>«%1» трек-нөмірі бұл істікі емес («%2»).</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ұсынылмаған</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Есептелуде</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Тоқтатыла тұрған</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Бұзылды</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>New applications (registration due)</source>
        <translation>Жаңа өтініштер (тіркеу күтілуде)</translation>
    </message>
    <message>
        <source>Record checks</source>
        <translation>Есепке алу бойынша тексерулер</translation>
    </message>
    <message>
        <source>Returned to the applicant</source>
        <translation>Өтініш берушіге қайтарылғандар</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Шешім қабылданғандар</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Өтініш берушілердің келуі</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Салыстырып тексеру</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Курьерлік жөнелту</translation>
    </message>
    <message>
        <source>Residence permits</source>
        <translation>Тұру ықтиярхаттары</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <source>valid 180 days after the application</source>
        <translation>өтініштен кейін 180 күн жарамды</translation>
    </message>
    <message>
        <source>not expired</source>
        <translation>мерзімі өтпеген</translation>
    </message>
    <message>
        <source>MRZ check digits</source>
        <translation>MRZ бақылау цифрлары</translation>
    </message>
    <message>
        <source>MRZ matches the application</source>
        <translation>MRZ өтінішке сәйкес</translation>
    </message>
    <message>
        <source>IIN matches the passport</source>
        <translation>ЖСН паспортқа сәйкес</translation>
    </message>
    <message>
        <source>35×45 mm</source>
        <translation>35×45 мм</translation>
    </message>
    <message>
        <source>notarized, 180 days, in force</source>
        <translation>нотариат куәландырған, 180 күн, күшінде</translation>
    </message>
    <message>
        <source>legalized or apostilled</source>
        <translation>заңдастырылған немесе апостильденген</translation>
    </message>
    <message>
        <source>signed with the applicant&apos;s EDS</source>
        <translation>өтініш берушінің ЭЦҚ-сымен қол қойылған</translation>
    </message>
    <message>
        <source>paid through eGov</source>
        <translation>eGov арқылы төленген</translation>
    </message>
    <message>
        <source>form 028/у</source>
        <translation>028/е нысаны</translation>
    </message>
    <message>
        <source>Migration Service Department, %1</source>
        <translation>%1 Көші-қон қызметі басқармасы</translation>
    </message>
    <message>
        <source>To %1 %2, passport %3; application %4 of %5</source>
        <translation>Кімге: %1 %2, паспорт %3; %5 күнгі %4 өтініш</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Себептері:</translation>
    </message>
    <message>
        <source>Your application is returned for rework</source>
        <translation>Өтінішіңіз пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>The migration service reviewed your electronic application for a permanent residence permit as a digital nomad. It does not yet comply with the order (§12), for the reasons below.</source>
        <translation>Көші-қон қызметі цифрлық көшпенді ретінде тұрақты тұруға рұқсат алуға берген электрондық өтінішіңізді қарады. Төмендегі себептерге байланысты ол бұйрықтың талаптарына әлі сәйкес келмейді (§12).</translation>
    </message>
    <message>
        <source>Remove the reasons and send the application again by %1 (5 calendar days). Otherwise the application is deleted; it can be considered again once the documents comply.</source>
        <translation>Себептерді жойып, өтінішті %1 дейін қайта жіберіңіз (5 күнтізбелік күн). Әйтпесе өтініш жойылады; құжаттар талаптарға сәйкес келгенде ол қайта қаралуы мүмкін.</translation>
    </message>
    <message>
        <source>Documents to correct:</source>
        <translation>Түзетілетін құжаттар:</translation>
    </message>
    <message>
        <source>Your application is deleted</source>
        <translation>Өтінішіңіз жойылды</translation>
    </message>
    <message>
        <source>The reasons given on return were not removed within 5 calendar days, so the electronic application is deleted (§12). You may apply again once the documents comply.</source>
        <translation>Қайтару кезінде көрсетілген себептер 5 күнтізбелік күн ішінде жойылмағандықтан, электрондық өтініш жойылды (§12). Құжаттар талаптарға сәйкес келгенде қайта өтініш бере аласыз.</translation>
    </message>
    <message>
        <source>Preliminary approval of a permanent residence permit</source>
        <translation>Тұрақты тұруға рұқсатты (ТТР) алдын ала мақұлдау</translation>
    </message>
    <message>
        <source>A permanent residence permit as a digital nomad is preliminarily approved for you (§17-19). Preliminary permit number: %1.</source>
        <translation>Сізге цифрлық көшпенді ретінде тұрақты тұруға рұқсат алдын ала мақұлданды (§17-19). Алдын ала рұқсаттың нөмірі: %1.</translation>
    </message>
    <message>
        <source>This notice is valid for 30 calendar days, until %1. Within that time arrive in Kazakhstan and apply at a Public Service Center with the preliminary permit number; otherwise the decision is annulled and a new application is possible only after one year.</source>
        <translation>Бұл хабарлама 30 күнтізбелік күн бойы, %1 дейін жарамды. Осы мерзім ішінде Қазақстанға келіп, алдын ала рұқсаттың нөмірімен халыққа қызмет көрсету орталығына жүгініңіз; әйтпесе шешімнің күші жойылады және жаңа өтінішті бір жылдан кейін ғана беруге болады.</translation>
    </message>
    <message>
        <source>Bring after arrival:</source>
        <translation>Келгеннен кейін ұсынатын құжаттар:</translation>
    </message>
    <message>
        <source>Refusal of a permanent residence permit</source>
        <translation>Тұрақты тұруға рұқсат (ТТР) беруден бас тарту</translation>
    </message>
    <message>
        <source>Your application for a permanent residence permit as a digital nomad is refused (§19), for the reasons below.</source>
        <translation>Цифрлық көшпенді ретінде тұрақты тұруға рұқсат алу туралы өтінішіңізден төмендегі себептер бойынша бас тартылды (§19).</translation>
    </message>
    <message>
        <source>A new application is possible one year after this decision, from %1.</source>
        <translation>Жаңа өтінішті осы шешімнен бір жыл өткен соң, %1 бастап беруге болады.</translation>
    </message>
    <message>
        <source>The preliminary approval is annulled</source>
        <translation>Алдын ала мақұлдаудың күші жойылды</translation>
    </message>
    <message>
        <source>You did not arrive and apply to the migration service within 30 calendar days of the preliminary approval, so it is annulled (§19). A new application is possible from %1.</source>
        <translation>Алдын ала мақұлданғаннан кейін 30 күнтізбелік күн ішінде келіп, көші-қон қызметіне жүгінбегендіктен, оның күші жойылды (§19). Жаңа өтінішті %1 бастап беруге болады.</translation>
    </message>
    <message>
        <source>The Public Service Center could not accept your application</source>
        <translation>Халыққа қызмет көрсету орталығы өтінішіңізді қабылдай алмады</translation>
    </message>
    <message>
        <source>The documents you brought do not match the application or the order (§20-21), for the reasons below. Bring the documents in order while the preliminary approval is valid.</source>
        <translation>Сіз әкелген құжаттар төмендегі себептер бойынша өтінішке немесе бұйрыққа сәйкес келмейді (§20-21). Алдын ала мақұлдау жарамды болған кезде құжаттарды ретке келтіріп әкеліңіз.</translation>
    </message>
    <message>
        <source>A permanent residence permit is granted</source>
        <translation>Тұрақты тұруға рұқсат (ТТР) берілді</translation>
    </message>
    <message>
        <source>A permanent residence permit as a digital nomad is granted to you (§22-23). Permit number: %1.</source>
        <translation>Сізге цифрлық көшпенді ретінде тұрақты тұруға рұқсат берілді (§22-23). Рұқсаттың нөмірі: %1.</translation>
    </message>
    <message>
        <source>For registration and a residence permit, come to a Public Service Center with your valid passport, this notice and the receipt for the residence-permit state duty (§26).</source>
        <translation>Тіркеу және ықтиярхат алу үшін халыққа қызмет көрсету орталығына жарамды паспортыңызбен, осы хабарламамен және ықтиярхат үшін мемлекеттік баж төленгені туралы түбіртекпен келіңіз (§26).</translation>
    </message>
    <message>
        <source>After comparing your original documents and the checks, your application is refused (§22, §24), for the reasons below.</source>
        <translation>Түпнұсқа құжаттарыңызды салыстырып, тексерулер жүргізгеннен кейін өтінішіңізден төмендегі себептер бойынша бас тартылды (§22, §24).</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">Мерзімі өткендер</translation>
    </message>
    <message>
        <source>The law&apos;s data is not whole: it needs a version, a calendar and the reasons.</source>
        <translation type="vanished">Заң деректері толық емес: нұсқасы, күнтізбесі және себептері болуы керек.</translation>
    </message>
    <message>
        <source>Petitions: under review</source>
        <translation>Өтінішхаттар: қаралуда</translation>
    </message>
    <message>
        <source>Petitions: preliminarily approved</source>
        <translation>Өтінішхаттар: алдын ала мақұлданды</translation>
    </message>
    <message>
        <source>Petitions: permit granted</source>
        <translation>Өтінішхаттар: рұқсат берілді</translation>
    </message>
    <message>
        <source>Petitions: refused or lapsed</source>
        <translation type="vanished">Өтінішхаттар: бас тартылды немесе күші жойылды</translation>
    </message>
    <message>
        <source>Only a supervisor gives a case to someone else.</source>
        <translation>Істі басқа қызметкерге тек басшы бере алады.</translation>
    </message>
    <message>
        <source>%1 cannot work this case: it goes to a migration officer or a CSC operator of %2.</source>
        <translation>%1 бұл іспен жұмыс істей алмайды: іс %2 көші-қон қызметкеріне немесе ХҚКО операторына беріледі.</translation>
    </message>
    <message>
        <source>A scan is named by the SHA-256 of its bytes, in lower-case hex.</source>
        <translation>Скан өз байттарының SHA-256 мәнімен, кіші әріптермен он алтылық түрде аталады.</translation>
    </message>
    <message>
        <source> A new application is possible only after %1 (§19, §24).</source>
        <translation> Жаңа өтінішті %1 күнінен кейін ғана беруге болады (§19, §24).</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed on %1: the applicant did not come within 30 calendar days (§19).</source>
        <translation>Алдын ала мақұлдаудың мерзімі %1 өтті: өтініш беруші 30 күнтізбелік күн ішінде келмеді (§19).</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed unused and was annulled (§19).</source>
        <translation>Алдын ала мақұлдау пайдаланылмай, мерзімі өтіп, жойылды (§19).</translation>
    </message>
    <message>
        <source>The application was refused on %1.</source>
        <translation>Өтінішке %1 бас тартылды.</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals are with the migration department.</source>
        <translation type="vanished">Түпкілікті өтініш %1 тіркелді; түпнұсқалар көші-қон бөлімінде.</translation>
    </message>
    <message>
        <source>The permit was granted on %1: this is the residence permit desk&apos;s case (§25-26).</source>
        <translation>Рұқсат %1 берілді: бұл тұру ықтиярхатын беру үстелінің ісі (§25-26).</translation>
    </message>
    <message>
        <source>The application has no preliminary approval: it is &quot;%1&quot;.</source>
        <translation>Өтініш алдын ала мақұлданбаған: оның күйі «%1».</translation>
    </message>
    <message>
        <source>the preliminary documents</source>
        <translation>алдын ала мақұлдаудың құжаттарында</translation>
    </message>
    <message>
        <source>the CSC comparison</source>
        <translation>ХҚКО-дағы салыстыруда</translation>
    </message>
    <message>
        <source>the verification of originals</source>
        <translation>түпнұсқаларды тексеруде</translation>
    </message>
    <message>
        <source>the residence permit desk</source>
        <translation>ықтиярхат беру кезінде</translation>
    </message>
    <message>
        <source>Look at the case as it is now, then make the step again or discard it.</source>
        <translation>Істі қазіргі күйінде қарап шығып, қадамды қайта жасаңыз немесе оны жойыңыз.</translation>
    </message>
    <message>
        <source>the case&apos;s stage</source>
        <translation>істің кезеңі</translation>
    </message>
    <message>
        <source>the document “%1” in %2</source>
        <translation>«%1» құжаты (%2)</translation>
    </message>
    <message>
        <source>the check “%1” at final verification</source>
        <translation>түпкілікті тексерудегі «%1» тексеруі</translation>
    </message>
    <message>
        <source>the check “%1” before the preliminary decision</source>
        <translation>алдын ала шешімге дейінгі «%1» тексеруі</translation>
    </message>
    <message>
        <source>the deadline “%1”</source>
        <translation>«%1» мерзімі</translation>
    </message>
    <message>
        <source>the case number in the migration police system</source>
        <translation>КҚП АЖ-дағы іс нөмірі</translation>
    </message>
    <message>
        <source>the courier&apos;s envelope of originals</source>
        <translation>түпнұсқалардың курьерлік жөнелтімі</translation>
    </message>
    <message>
        <source>the NSC answer</source>
        <translation>ҰҚК-ның жауабы</translation>
    </message>
    <message>
        <source>the decisions on the case</source>
        <translation>іс бойынша шешімдер</translation>
    </message>
    <message>
        <source>the applicant&apos;s details</source>
        <translation>көрсетілетін қызметті алушының деректері</translation>
    </message>
    <message>
        <source>the preliminary permit</source>
        <translation>алдын ала мақұлдау</translation>
    </message>
    <message>
        <source>the applicant&apos;s visit to the CSC</source>
        <translation>көрсетілетін қызметті алушының ХҚКО-ға келуі</translation>
    </message>
    <message>
        <source>the residence permit number</source>
        <translation>ықтиярхат нөмірі</translation>
    </message>
    <message>
        <source>the application date</source>
        <translation>өтініш берілген күн</translation>
    </message>
    <message>
        <source>Work on a document</source>
        <translation>Құжатпен жұмыс</translation>
    </message>
    <message>
        <source>A record check&apos;s answer</source>
        <translation>Есепке алу бойынша тексерудің жауабы</translation>
    </message>
    <message>
        <source>The migration police system&apos;s case number</source>
        <translation>КҚП АЖ берген іс нөмірі</translation>
    </message>
    <message>
        <source>The courier&apos;s report</source>
        <translation>Курьердің хабары</translation>
    </message>
    <message>
        <source>A change with no record of its command</source>
        <translation>Командасы жазылмаған өзгеріс</translation>
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
        <translation>%1 ісі %2-нұсқадан кейін сервер жазбаған түрде өзгерді (%3-нұсқа). %4</translation>
    </message>
    <message>
        <source>Case %1 was changed since you made this step, where the step relies on it: %2. %3</source>
        <translation>Сіз бұл қадамды жасағаннан кейін %1 ісі қадам сүйенетін жерінде өзгерді: %2. %3</translation>
    </message>
    <message>
        <source>%1 The case was changed since you made this step: %2. %3</source>
        <translation>%1 Сіз бұл қадамды жасағаннан кейін іс өзгерді: %2. %3</translation>
    </message>
    <message>
        <source>the courier&apos;s reports on the envelope</source>
        <translation>жөнелтім туралы курьердің хабарлары</translation>
    </message>
    <message>
        <source>the applicant&apos;s arrival in Kazakhstan</source>
        <translation>көрсетілетін қызметті алушының Қазақстанға келуі</translation>
    </message>
    <message>
        <source>the applicant&apos;s fingerprinting</source>
        <translation>көрсетілетін қызметті алушының дактилоскопиялық тіркеуі</translation>
    </message>
    <message>
        <source>Arrival in Kazakhstan (Berkut)</source>
        <translation>Қазақстанға келу (Бүркіт)</translation>
    </message>
    <message>
        <source>Fingerprinting at the migration office</source>
        <translation>Көші-қон қызметіндегі дактилоскопиялық тіркеу</translation>
    </message>
    <message>
        <source>Only the border service and the migration office report this.</source>
        <translation>Мұны тек шекара қызметі мен көші-қон қызметі хабарлайды.</translation>
    </message>
    <message>
        <source>Nothing of the applicant&apos;s arrival is recorded while the case is &quot;%1&quot;.</source>
        <translation>Іс «%1» күйінде тұрғанда көрсетілетін қызметті алушының келуі туралы ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>The date %1 is impossible here: it must fall between the preliminary approval (%2) and today (%3).</source>
        <translation>%1 күні мұнда мүмкін емес: ол алдын ала мақұлдау (%2) мен бүгінгі күн (%3) аралығында болуы керек.</translation>
    </message>
    <message>
        <source>the notices to the applicant</source>
        <translation>көрсетілетін қызметті алушыға хабарламалар</translation>
    </message>
    <message>
        <source>A notice reached the applicant&apos;s eGov cabinet</source>
        <translation>Хабарлама көрсетілетін қызметті алушының ЭҮП жеке кабинетіне жетті</translation>
    </message>
    <message>
        <source>Only the eGov cabinet&apos;s delivery reports a notice received.</source>
        <translation>Хабарламаның алынғанын тек ЭҮП жеке кабинетіне жеткізу хабарлайды.</translation>
    </message>
    <message>
        <source>Case %1 has no undelivered notice of this kind.</source>
        <translation>%1 ісінде мұндай жеткізілмеген хабарлама жоқ.</translation>
    </message>
    <message>
        <source>A notice of %1 cannot have been received on %2.</source>
        <translation>%1 күнгі хабарлама %2 күні алынуы мүмкін емес.</translation>
    </message>
    <message>
        <source>the act names no moment it was made</source>
        <translation>әрекет қашан жасалғанын атамайды</translation>
    </message>
    <message>
        <source>This step says it was made at %1, after the server received it (%2). Check the computer&apos;s clock and make it again.</source>
        <translation>Бұл қадам %1 кезінде жасалғанын айтады, бұл сервер оны алған уақыттан (%2) кейін. Компьютердің сағатын тексеріп, қадамды қайта жасаңыз.</translation>
    </message>
    <message>
        <source>This step says it was made at %1, before the step it was made on (%2). Check the computer&apos;s clock and make it again.</source>
        <translation>Бұл қадам %1 кезінде жасалғанын айтады, бұл ол сүйенген қадамнан (%2) бұрын. Компьютердің сағатын тексеріп, қадамды қайта жасаңыз.</translation>
    </message>
    <message>
        <source>made at %1, more than %2 hours before it reached the server</source>
        <translation>%1 кезінде, серверге жеткенге дейін %2 сағаттан артық бұрын жасалған</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment in ISO 8601 with its time zone.</source>
        <translation>«%1» — уақыт белдеуі көрсетілген ISO 8601 уақыт сәті емес.</translation>
    </message>
    <message>
        <source>The application says it was filed on %1, after today (%2).</source>
        <translation>Өтініш %1 күні берілгенін айтады, бұл бүгіннен (%2) кейін.</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Өтініш беруші кері қайтарып алды</translation>
    </message>
    <message>
        <source>Your application is withdrawn</source>
        <translation>Өтінішіңіз кері қайтарып алынды</translation>
    </message>
    <message>
        <source>As you asked through eGov, your application for a permanent residence permit as a digital nomad is withdrawn and its review has ended. The withdrawal does not bar a new application.</source>
        <translation>eGov арқылы берген сұрауыңыз бойынша цифрлық көшпенді ретінде тұрақты тұруға рұқсат алу туралы өтінішіңіз кері қайтарып алынды, оны қарау тоқтатылды. Кері қайтарып алу жаңа өтініш беруге кедергі келтірмейді.</translation>
    </message>
    <message>
        <source>A decision on your application is revoked</source>
        <translation>Өтінішіңіз бойынша шешімнің күші жойылды</translation>
    </message>
    <message>
        <source>The decision on your application was made in error and is revoked by the head of the migration service department. The ban on a new application it set no longer applies, and the review of your application continues.</source>
        <translation>Өтінішіңіз бойынша шешім қателікпен қабылданған, көші-қон қызметі басқармасының басшысы оның күшін жойды. Ол белгілеген жаңа өтініш беруге тыйым енді қолданылмайды, өтінішіңізді қарау жалғасады.</translation>
    </message>
    <message>
        <source>Your preliminary approval (number %1) is in force again until %2. Within that time arrive in Kazakhstan and apply to the migration service or at a Public Service Center with the preliminary permit number.</source>
        <translation>Алдын ала мақұлдауыңыз (нөмірі %1) %2 дейін қайта күшінде. Осы мерзім ішінде Қазақстанға келіп, алдын ала рұқсат нөмірімен көші-қон қызметіне немесе Халыққа қызмет көрсету орталығына жүгініңіз.</translation>
    </message>
    <message>
        <source>Petitions: refused, lapsed or withdrawn</source>
        <translation>Өтінішхаттар: бас тартылған, мерзімі өткен немесе кері қайтарып алынған</translation>
    </message>
    <message>
        <source>The five days to rework ended on %1; the application is deleted, not withdrawn (§12).</source>
        <translation>Пысықтауға берілген бес күн %1 аяқталды; өтініш кері қайтарып алынбайды, жойылады (§12).</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed on %1; it is annulled, not withdrawn (§19).</source>
        <translation>Алдын ала мақұлдаудың мерзімі %1 өтті; ол кері қайтарып алынбайды, шешімнің нәтижесі жойылады (§19).</translation>
    </message>
    <message>
        <source>Write why the decision was made in error: a revocation is reasoned.</source>
        <translation>Шешімнің неліктен қате қабылданғанын жазыңыз: күшін жою дәлелді болуы тиіс.</translation>
    </message>
    <message>
        <source>Withdraw the application (applicant, eGov)</source>
        <translation>Өтінішті кері қайтарып алу (өтініш беруші, eGov)</translation>
    </message>
    <message>
        <source>Revoke the decision made in error</source>
        <translation>Қате қабылданған шешімнің күшін жою</translation>
    </message>
    <message>
        <source>The applicant withdrew the application on %1.</source>
        <translation>Өтініш беруші өтінішті %1 кері қайтарып алды.</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; was answered on %2 (%3); a correction needs a written reason.</source>
        <translation>&quot;%1&quot; тексеруіне %2 жауап берілген (%3); түзету үшін жазбаша себеп керек.</translation>
    </message>
    <message>
        <source>The law&apos;s data is not whole: it needs a version, a calendar, the reasons and the legal basis.</source>
        <translation type="vanished">Құқықтық деректер толық емес: нұсқа, күнтізбе, себептер және құқықтық негіз қажет.</translation>
    </message>
    <message>
        <source>The legal basis &quot;%1&quot; has an impossible %2 &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; құқықтық негізінде мүмкін емес %2 &quot;%3&quot; бар.</translation>
    </message>
    <message>
        <source>The legal basis is not a format 1 JSON file.</source>
        <translation>Құқықтық негіз 1-форматтағы JSON файлы емес.</translation>
    </message>
    <message>
        <source>A legal basis needs an id of its own and a title in Kazakh, Russian and English (&quot;%1&quot;).</source>
        <translation>Құқықтық негізге өз идентификаторы және қазақ, орыс, ағылшын тілдеріндегі атауы қажет (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The legal basis &quot;%1&quot; ends on %2, before it takes effect on %3.</source>
        <translation>&quot;%1&quot; құқықтық негізі %3 күшіне енгенге дейін, %2 аяқталады.</translation>
    </message>
    <message>
        <source>The legal basis &quot;%1&quot; extends &quot;%2&quot;, which comes nowhere before it in the file.</source>
        <translation>&quot;%1&quot; құқықтық негізі файлда өзінен бұрын жоқ &quot;%2&quot; актісін ұзартады.</translation>
    </message>
    <message>
        <source>The legal basis file names no instrument.</source>
        <translation>Құқықтық негіз файлында бірде-бір акт аталмаған.</translation>
    </message>
    <message>
        <source>The document was issued abroad and is neither legalized by a consul nor apostilled (§10(4), §28).</source>
        <translation>Құжат шетелде берілген және консулдық заңдастырылмаған әрі апостиль қойылмаған (§10(4), §28).</translation>
    </message>
    <message>
        <source>Record the state that issued the document: an apostille replaces legalization only for a party to the Hague Convention (§28).</source>
        <translation>Құжатты берген мемлекетті көрсетіңіз: апостиль заңдастыруды тек Гаага конвенциясына қатысушы мемлекет үшін алмастырады (§28).</translation>
    </message>
    <message>
        <source>Record the state that issued the document: only a treaty with that state exempts it from legalization (§28).</source>
        <translation>Құжатты берген мемлекетті көрсетіңіз: заңдастырудан тек сол мемлекетпен жасалған шарт босатады (§28).</translation>
    </message>
    <message>
        <source>%1 is not a party to the Hague Apostille Convention for Kazakhstan: the document needs consular legalization (§10(4), §28).</source>
        <translation>%1 Қазақстан үшін Апостиль туралы Гаага конвенциясының қатысушысы емес: құжатқа консулдық заңдастыру қажет (§10(4), §28).</translation>
    </message>
    <message>
        <source>No treaty with %1 exempts its documents from legalization: the document needs consular legalization (§10(4), §28).</source>
        <translation>%1 мемлекетімен оның құжаттарын заңдастырудан босататын шарт жоқ: құжатқа консулдық заңдастыру қажет (§10(4), §28).</translation>
    </message>
    <message>
        <source>Kezek&apos;s list (as of %1) does not confirm that an apostille from %2 is accepted: confirm it, or ask for consular legalization (§28).</source>
        <translation>Kezek тізімі (%1 жағдай бойынша) %2 апостилі қабылданатынын растамайды: оны растаңыз немесе консулдық заңдастыруды сұраңыз (§28).</translation>
    </message>
    <message>
        <source>Kezek&apos;s list (as of %1) does not confirm a treaty exempting documents from %2: confirm the treaty, or ask for consular legalization (§28).</source>
        <translation>Kezek тізімі (%1 жағдай бойынша) %2 құжаттарын босататын шартты растамайды: шартты растаңыз немесе консулдық заңдастыруды сұраңыз (§28).</translation>
    </message>
    <message>
        <source>The law&apos;s data is not whole: it needs a version, a calendar, the reasons, the legal basis and the legalization lists.</source>
        <translation>Құқықтық деректер толық емес: нұсқа, күнтізбе, себептер, құқықтық негіз және заңдастыру тізімдері қажет.</translation>
    </message>
    <message>
        <source>The legalization list &quot;%1&quot; needs its source and the date it is as of.</source>
        <translation>&quot;%1&quot; заңдастыру тізіміне дереккөз және ол қай күнгі жағдай бойынша екені қажет.</translation>
    </message>
    <message>
        <source>The legalization list &quot;%1&quot; names &quot;%2&quot;, which is not a three-letter state code of its own.</source>
        <translation>&quot;%1&quot; заңдастыру тізімінде &quot;%2&quot; аталған, бұл қайталанбайтын үш әріпті мемлекет коды емес.</translation>
    </message>
    <message>
        <source>The legalization lists are not a format 1 JSON file.</source>
        <translation>Заңдастыру тізімдері 1-форматтағы JSON файлы емес.</translation>
    </message>
    <message>
        <source>NSC approved this permit: &quot;NSC did not approve&quot; cannot be the reason.</source>
        <translation>ҰҚК бұл рұқсатты мақұлдады: &quot;ҰҚК мақұлдамады&quot; себеп бола алмайды.</translation>
    </message>
    <message>
        <source>No record check found a record on this case: &quot;a check found a record&quot; cannot be the reason.</source>
        <translation>Бұл іс бойынша бірде-бір тексеру жазба таппады: &quot;тексеру жазба тапты&quot; себеп бола алмайды.</translation>
    </message>
    <message>
        <source>Personal data removed after the retention period</source>
        <translation>Сақтау мерзімі өткеннен кейін дербес деректер жойылды</translation>
    </message>
    <message>
        <source>The courier picked up the originals</source>
        <translation>Курьер түпнұсқаларды алды</translation>
    </message>
    <message>
        <source>The originals are on their way</source>
        <translation>Түпнұсқалар жолда</translation>
    </message>
    <message>
        <source>The courier delivered the originals</source>
        <translation>Курьер түпнұсқаларды жеткізді</translation>
    </message>
    <message>
        <source>&quot;Matched&quot; at the CSC rests on the scan of the original: scan it, or write why there is no scan (§21, §26).</source>
        <translation>ХҚКО-дағы «Сәйкес» белгісі түпнұсқаның сканына негізделеді: оны сканерлеңіз немесе скан неге жоқ екенін жазыңыз (§21, §26).</translation>
    </message>
    <message>
        <source>The list of offices is not valid JSON: %1.</source>
        <translation>Кеңселер тізімі жарамды JSON емес: %1.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; has no unique id, an unknown kind or city, or lacks a name in Kazakh, Russian or English.</source>
        <translation>«%1» кеңсесінің бірегей идентификаторы жоқ, түрі немесе қаласы белгісіз, не оның қазақ, орыс немесе ағылшын тіліндегі атауы жоқ.</translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation>Мерзімі өткен және жақын істер</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals wait at the CSC for the courier.</source>
        <translation>Соңғы өтініш %1 тіркелді; түпнұсқалар ХҚКО-да курьерді күтуде.</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals are with the courier on their way to the migration service.</source>
        <translation>Соңғы өтініш %1 тіркелді; түпнұсқалар курьерде, көші-қон қызметіне жеткізілуде.</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals are with the migration service.</source>
        <translation>Соңғы өтініш %1 тіркелді; түпнұсқалар көші-қон қызметінде.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition signature is not base64.</source>
        <translation>Министрлік өтінішхатының қолтаңбасы base64 пішімінде емес.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is not in the form it is signed in: %1</source>
        <translation>Министрліктің өтінішхаты қол қойылатын пішінде емес: %1</translation>
    </message>
    <message>
        <source>the signed content is not JSON.</source>
        <translation>қол қойылған мазмұн JSON емес.</translation>
    </message>
    <message>
        <source>The ministry signed petition No. %1, but the application gives No. %2 (§8).</source>
        <translation>Министрлік № %1 өтінішхатқа қол қойған, ал өтініште № %2 көрсетілген (§8).</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition No. %1 was signed for another applicant (IIN %2), not for this one (§8, §10(3)).</source>
        <translation>Министрліктің № %1 өтінішхатына осы көрсетілетін қызметті алушы үшін емес, басқасы (ЖСН %2) үшін қол қойылған (§8, §10(3)).</translation>
    </message>
    <message>
        <source>it says it was signed on %1, after today (%2).</source>
        <translation>онда оған %1 қол қойылды делінген, бұл бүгінгі күннен (%2) кейін.</translation>
    </message>
    <message>
        <source>Petition No. %1, signed by %2, %3, verified</source>
        <translation>№ %1 өтінішхат, қол қойған: %2, %3, тексерілді</translation>
    </message>
    <message>
        <source>MDDIAI</source>
        <translation>ЦДИАӨМ</translation>
    </message>
    <message>
        <source>The report needs today&apos;s date and the first and last days of its period.</source>
        <translation>Есепке бүгінгі күн және оның кезеңінің бірінші және соңғы күндері қажет.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>Кезеңнің аяқталу күні (%1) оның басталу күнінен (%2) бұрын.</translation>
    </message>
    <message>
        <source>The period from %1 to %2 is longer than ten years: choose a shorter one.</source>
        <translation>%1 – %2 кезеңі он жылдан ұзақ: қысқарақ кезең таңдаңыз.</translation>
    </message>
    <message>
        <source>An absence needs its first and its last day.</source>
        <translation>Жұмыста болмау кезеңінің бірінші және соңғы күні көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>The absence ends on %1, before it starts on %2.</source>
        <translation>Жұмыста болмау кезеңінің аяқталу күні (%1) оның басталу күнінен (%2) бұрын.</translation>
    </message>
    <message>
        <source>Only a supervisor marks a colleague absent.</source>
        <translation>Әріптестің жұмыста болмауын тек басшы белгілей алады.</translation>
    </message>
    <message>
        <source>%1 holds no cases: only a migration officer or a CSC operator is marked absent.</source>
        <translation>%1 пайдаланушысына істер бекітілмейді: жұмыста болмау тек көші-қон қызметінің қызметкеріне немесе ХҚКО операторына белгіленеді.</translation>
    </message>
    <message>
        <source>%1 does not work in %2: a supervisor marks absent only the people of their own city.</source>
        <translation>%1 пайдаланушысы %2 қаласында жұмыс істемейді: басшы тек өз қаласының қызметкерлерінің жұмыста болмауын белгілейді.</translation>
    </message>
    <message>
        <source>%1 is already absent from %2 to %3; an absence of one person does not overlap another.</source>
        <translation>%1 пайдаланушысы %2 – %3 кезеңінде жұмыста жоқ деп бұрын белгіленген; бір адамның жұмыста болмау кезеңдері бір-бірімен қиылыспауы тиіс.</translation>
    </message>
    <message>
        <source>A note needs some text; an empty note is not kept.</source>
        <translation>Ескертпеде мәтін болуы тиіс; бос ескертпе сақталмайды.</translation>
    </message>
    <message>
        <source>A note is at most %1 characters; this one has %2.</source>
        <translation>Ескертпеде ең көбі %1 таңба болуы мүмкін; бұл ескертпеде %2 таңба бар.</translation>
    </message>
    <message>
        <source>A note needs its id, its case and the time it was written.</source>
        <translation>Ескертпеде оның идентификаторы, ісі және жазылған уақыты болуы тиіс.</translation>
    </message>
    <message>
        <source>Only the ministry and a city&apos;s supervisor read the audit log: ask them for an extract.</source>
        <translation>Аудит журналын тек министрлік пен қаланың басшысы оқи алады: үзінді көшірмені солардан сұратыңыз.</translation>
    </message>
    <message>
        <source>The extract&apos;s period needs its first and last days.</source>
        <translation>Үзінді көшірме кезеңінің бірінші және соңғы күндері көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format this is written in: choose one of %2.</source>
        <translation>«%1» — бұл құжат жазылатын пішім емес: %2 пішімдерінің бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;: nobody works it any more, so it goes to no one.</source>
        <translation>Іс «%1» күйінде: онымен енді ешкім жұмыс істемейді, сондықтан ол ешкімге берілмейді.</translation>
    </message>
    <message>
        <source>While the case is &quot;%1&quot;, the role &quot;%2&quot; works it; %3 (&quot;%4&quot;) has no step on it.</source>
        <translation>Іс «%1» күйінде болғанда онымен «%2» рөлі жұмыс істейді; %3 («%4») бұл кезеңде ешқандай әрекет жасай алмайды.</translation>
    </message>
</context>
<context>
    <name>Kezek::LockDialog</name>
    <message>
        <source>Kezek is locked</source>
        <translation>Kezek бұғатталды</translation>
    </message>
</context>
<context>
    <name>Kezek::Report</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 және тағы %n</numerusform>
            <numerusform>%1 және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot draw the PDF report.</source>
        <translation>PDF есебін құру мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>«%1» файлын жазу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Permits granted</source>
        <translation>Берілген ТТР</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Бас тартулар</translation>
    </message>
    <message>
        <source>Applications and decisions per month</source>
        <translation>Айлар бойынша өтініштер мен шешімдер</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер саны</translation>
    </message>
    <message>
        <source>Outcomes in the period</source>
        <translation>Кезеңдегі нәтижелер</translation>
    </message>
    <message>
        <source>Days from eGov filing to permit, median</source>
        <translation>eGov арқылы өтініш берілгеннен ТТР берілгенге дейінгі күндер, медиана</translation>
    </message>
    <message>
        <source>Days from eGov filing to permit, 90th percentile</source>
        <translation>eGov арқылы өтініш берілгеннен ТТР берілгенге дейінгі күндер, 90-процентиль</translation>
    </message>
    <message>
        <source>Permits whose eGov filing time is unknown</source>
        <translation>eGov арқылы өтініш берілген уақыты белгісіз ТТР</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Себептер</translation>
    </message>
    <message>
        <source>Reasons for returns, CSC declines and refusals</source>
        <translation>Пысықтауға қайтарудың, ХҚКО-ның қабылдаудан бас тартуының және бас тартудың себептері</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Returns for rework</source>
        <translation>Пысықтауға қайтарулар</translation>
    </message>
    <message>
        <source>CSC declines</source>
        <translation>ХҚКО-ның қабылдаудан бас тартулары</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Мерзім бұзушылықтары</translation>
    </message>
    <message>
        <source>The law&apos;s clocks breached</source>
        <translation>Заңда белгіленген мерзімдердің бұзылуы</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Мерзім түрі</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>Істердің нөмірлері</translation>
    </message>
    <message>
        <source>Outside the basis</source>
        <translation>Құқықтық негізден тыс</translation>
    </message>
    <message>
        <source>Applications received outside the legal basis</source>
        <translation>Құқықтық негізден тыс түскен өтініштер</translation>
    </message>
    <message>
        <source>Preliminary approvals</source>
        <translation>Алдын ала мақұлдаулар</translation>
    </message>
    <message>
        <source>Preliminary refusals</source>
        <translation>Алдын ала бас тартулар</translation>
    </message>
    <message>
        <source>Applications deleted</source>
        <translation>Жойылған өтініштер</translation>
    </message>
    <message>
        <source>Decisions annulled</source>
        <translation>Нәтижесі жойылған шешімдер</translation>
    </message>
    <message>
        <source>Final refusals</source>
        <translation>Түпкілікті бас тартулар</translation>
    </message>
    <message>
        <source>Residence permits issued</source>
        <translation>Берілген ықтиярхаттар</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кері қайтарып алынғандар</translation>
    </message>
    <message>
        <source>Digital Nomad permanent residence pilot: report</source>
        <translation>Цифрлық көшпенділерге тұрақты тұруға рұқсат беру пилоттық жобасы: есеп</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Кезең: %1 – %2</translation>
    </message>
    <message>
        <source>Counted by the law&apos;s version %1</source>
        <translation>Заңның %1 нұсқасы бойынша есептелді</translation>
    </message>
    <message>
        <source>Made on %1 at %2</source>
        <translation>Есеп жасалған уақыт: %1, сағат %2</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>Қалалар бойынша</translation>
    </message>
    <message>
        <source>Applications and outcomes by city</source>
        <translation>Қалалар бойынша өтініштер мен нәтижелер</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>By nationality</source>
        <translation>Азаматтығы бойынша</translation>
    </message>
    <message>
        <source>Applications and outcomes by nationality</source>
        <translation>Азаматтығы бойынша өтініштер мен нәтижелер</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <source>Applications and outcomes by month</source>
        <translation>Айлар бойынша өтініштер мен нәтижелер</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1.</source>
        <translation>Уақытша қалта жасау мүмкін емес: %1.</translation>
    </message>
    <message>
        <source>Cannot make the XLSX workbook.</source>
        <translation>XLSX жұмыс кітабын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot; to the XLSX workbook.</source>
        <translation>XLSX жұмыс кітабына «%1» парағын қосу мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot write the XLSX workbook: %1.</source>
        <translation>XLSX жұмыс кітабын жазу мүмкін емес: %1.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>«%1» файлын оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>Audit extract of case %1</source>
        <translation>%1 ісі бойынша аудит журналынан үзінді көшірме</translation>
    </message>
    <message>
        <source>Audit extract from %1 to %2</source>
        <translation>%1 – %2 кезеңіндегі аудит журналынан үзінді көшірме</translation>
    </message>
    <message>
        <source>The cases of %1</source>
        <translation>%1 қаласының істері</translation>
    </message>
    <message>
        <source>Every city&apos;s cases</source>
        <translation>Барлық қалалардың істері</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), made on %1</source>
        <translation>
            <numerusform>%n жазба, жасалған уақыты: %1</numerusform>
            <numerusform>%n жазба, жасалған уақыты: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the oldest entries are here: ask for a shorter period for the rest.</source>
        <translation>Мұнда тек ең ерте жазбалар берілген: қалғандарын алу үшін қысқарақ кезеңді сұратыңыз.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When (Kazakhstan)</source>
        <translation>Уақыты (Қазақстан уақыты)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>The server&apos;s audit extract has no entries.</source>
        <translation>Сервер жіберген аудит журналынан үзінді көшірмеде жазбалар жоқ.</translation>
    </message>
    <message>
        <source>Cannot make the PDF in memory.</source>
        <translation>PDF құжатын жадта жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>PDF құжатын құру мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Kezek::Security</name>
    <message>
        <source>OpenSSL could not %1.</source>
        <translation>OpenSSL орындай алмады: %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid PEM.</source>
        <translation>Сертификат жарамды PEM емес.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Құпиясөздің хэшін есептеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>No random bytes are available.</source>
        <translation>Кездейсоқ байттар қолжетімсіз.</translation>
    </message>
    <message>
        <source>The stored password hash is malformed.</source>
        <translation>Сақталған құпиясөз хэшінің пішімі бұзылған.</translation>
    </message>
    <message>
        <source>The signature does not verify: the decision was changed after it was signed, or the certificate is not from the trusted authority.</source>
        <translation type="vanished">Қолтаңба расталмады: шешім қол қойылғаннан кейін өзгертілген немесе сертификатты сенімді куәландырушы орталық бермеген.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s certificate or key is not valid PEM.</source>
        <translation>Куәландырушы орталықтың сертификаты немесе кілті жарамды PEM емес.</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 key file.</source>
        <translation>Файл PKCS#12 кілт файлы емес.</translation>
    </message>
    <message>
        <source>The key file&apos;s password is wrong.</source>
        <translation>Кілт файлының құпиясөзі қате.</translation>
    </message>
    <message>
        <source>The key file holds no usable key and certificate.</source>
        <translation>Кілт файлында жарамды кілт пен сертификат жоқ.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate.</source>
        <translation>Кілт бұл сертификатқа тиесілі емес.</translation>
    </message>
    <message>
        <source>The trusted authority&apos;s certificate is not valid PEM.</source>
        <translation>Сенімді куәландырушы орталықтың сертификаты жарамды PEM емес.</translation>
    </message>
    <message>
        <source>The signature is not a CMS (PKCS#7) signature.</source>
        <translation>Қолтаңба CMS (PKCS#7) қолтаңбасы емес.</translation>
    </message>
    <message>
        <source>A decision is signed by exactly one person.</source>
        <translation>Шешімге тек бір адам қол қояды.</translation>
    </message>
    <message>
        <source>The data cannot be decrypted: the key is wrong or the data was changed.</source>
        <translation>Деректердің шифры ашылмайды: кілт қате немесе деректер өзгертілген.</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Жүйелік кілттер қоймасы бас тартты: %1</translation>
    </message>
    <message>
        <source>The signature carries no certificate of its signer.</source>
        <translation>Қолтаңбада қол қоюшының сертификаты жоқ.</translation>
    </message>
    <message>
        <source>The certificate or its issuer&apos;s certificate is not valid PEM.</source>
        <translation>Сертификат немесе оны берген куәландырушы орталықтың сертификаты жарамды PEM емес.</translation>
    </message>
    <message>
        <source>The certificate was not issued by the authority given as its issuer.</source>
        <translation>Сертификатты оны берген деп көрсетілген куәландырушы орталық бермеген.</translation>
    </message>
    <message>
        <source>The serial number “%1” is not hexadecimal.</source>
        <translation>«%1» сериялық нөмірі он алтылық сан емес.</translation>
    </message>
    <message>
        <source>The revocation list is not a CRL.</source>
        <translation>Бұл кері қайтарылған сертификаттар тізімі (CRL) емес.</translation>
    </message>
    <message>
        <source>The revocation list was not issued by the certificate&apos;s issuer, or was altered.</source>
        <translation>Кері қайтарылған сертификаттар тізімін (CRL) сертификатты берген куәландырушы орталық шығармаған немесе тізім өзгертілген.</translation>
    </message>
    <message>
        <source>The revocation list gives no next update, so it cannot be known to be current.</source>
        <translation>Кері қайтарылған сертификаттар тізімінде (CRL) келесі жаңарту уақыты көрсетілмеген, сондықтан оның өзекті екенін анықтау мүмкін емес.</translation>
    </message>
    <message>
        <source>The revocation list is valid from %1 until %2, not at %3: fetch the current one.</source>
        <translation>Кері қайтарылған сертификаттар тізімі (CRL) %1 бастап %2 дейін жарамды, ал %3 кезінде жарамсыз: өзекті тізімді алыңыз.</translation>
    </message>
    <message>
        <source>The answer is not an OCSP response.</source>
        <translation>Алынған жауап OCSP жауабы емес.</translation>
    </message>
    <message>
        <source>The OCSP responder did not answer (%1): ask again later.</source>
        <translation>OCSP қызметі жауап бермеді (%1): кейінірек қайта сұраңыз.</translation>
    </message>
    <message>
        <source>The OCSP response holds no basic response.</source>
        <translation>OCSP жауабында негізгі жауап (BasicOCSPResponse) жоқ.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not one of the trusted authorities.</source>
        <translation>Сертификатты берген куәландырушы орталық сенімді куәландырушы орталықтардың қатарында жоқ.</translation>
    </message>
    <message>
        <source>The OCSP response is signed by a certificate it does not carry.</source>
        <translation>OCSP жауабына оның құрамында жоқ сертификатпен қол қойылған.</translation>
    </message>
    <message>
        <source>The OCSP response&apos;s signature does not verify.</source>
        <translation>OCSP жауабының қолтаңбасы расталмады.</translation>
    </message>
    <message>
        <source>The OCSP response is signed by a certificate the issuer did not authorise to answer for it.</source>
        <translation>OCSP жауабына сертификатты берген куәландырушы орталық өз атынан жауап беруге уәкілеттік бермеген сертификатпен қол қойылған.</translation>
    </message>
    <message>
        <source>The OCSP response speaks of another certificate.</source>
        <translation>OCSP жауабы басқа сертификатқа қатысты.</translation>
    </message>
    <message>
        <source>The OCSP response is valid from %1 until %2, not at %3: ask the responder again.</source>
        <translation>OCSP жауабы %1 бастап %2 дейін жарамды, ал %3 кезінде жарамсыз: OCSP қызметінен қайта сұраңыз.</translation>
    </message>
    <message>
        <source>The OCSP response does not say when it was made.</source>
        <translation>OCSP жауабында оның жасалған уақыты көрсетілмеген.</translation>
    </message>
    <message>
        <source>The OCSP responder does not know the certificate: it may not have been issued by the authority it names.</source>
        <translation>OCSP қызметі бұл сертификатты білмейді: оны сертификатта көрсетілген куәландырушы орталық бермеген болуы мүмкін.</translation>
    </message>
    <message>
        <source>The signing certificate is revoked.</source>
        <translation>Қол қою сертификаты кері қайтарылған.</translation>
    </message>
    <message>
        <source>The signing certificate was revoked on %1, no later than the act it signed on %2.</source>
        <translation>Қол қою сертификаты %1 кері қайтарылған, яғни онымен актіге қол қойылған уақыттан (%2) кешірек емес.</translation>
    </message>
    <message>
        <source>The signature does not verify: the decision was changed after it was signed.</source>
        <translation>Қолтаңба расталмады: шешім қол қойылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The trusted authorities&apos; file holds no root certificate.</source>
        <translation>Сенімді куәландырушы орталықтар файлында түбірлік сертификат жоқ.</translation>
    </message>
    <message>
        <source>The signing certificate had expired when the decision was made (%1).</source>
        <translation>Шешім қабылданған кезде (%1) қол қою сертификатының қолданылу мерзімі өтіп кеткен еді.</translation>
    </message>
    <message>
        <source>The signing certificate was not yet valid when the decision was made (%1).</source>
        <translation>Шешім қабылданған кезде (%1) қол қою сертификаты әлі күшіне енбеген еді.</translation>
    </message>
    <message>
        <source>The signing certificate was not issued under an authority this site trusts.</source>
        <translation>Қол қою сертификатын осы сайт сенетін куәландырушы орталық бермеген.</translation>
    </message>
    <message>
        <source>The signing certificate&apos;s chain to a trusted authority does not hold: %1.</source>
        <translation>Қол қою сертификатынан сенімді куәландырушы орталыққа дейінгі сертификаттар тізбегі расталмады: %1.</translation>
    </message>
    <message>
        <source>The decision is signed with a key that is not for signing (an authentication key). Sign it with your signing key.</source>
        <translation>Шешімге қол қоюға арналмаған кілтпен (аутентификация кілтімен) қол қойылған. Шешімге өзіңіздің қол қою кілтіңізбен қол қойыңыз.</translation>
    </message>
    <message>
        <source>The signing certificate does not name its holder&apos;s IIN: it is not a personal certificate of Kazakhstan&apos;s PKI.</source>
        <translation>Қол қою сертификатында иесінің ЖСН-і көрсетілмеген: бұл Қазақстанның ашық кілттер инфрақұрылымындағы жеке тұлғаның сертификаты емес.</translation>
    </message>
    <message>
        <source>The timestamp is not an RFC 3161 timestamp token.</source>
        <translation>Уақыт белгісі RFC 3161 уақыт белгісінің токені емес.</translation>
    </message>
    <message>
        <source>The timestamp is not over this signature: it stamps other bytes, or not by SHA-256.</source>
        <translation>Уақыт белгісі бұл қолтаңбаға қойылмаған: ол басқа байттарға қойылған немесе SHA-256 бойынша есептелмеген.</translation>
    </message>
    <message>
        <source>The certificate is not a timestamp authority&apos;s: it lacks the critical timeStamping extended key usage.</source>
        <translation>Бұл сертификат уақыт белгілерінің қызметіне (TSA) тиесілі емес: онда кілтті кеңейтілген пайдаланудың критикалық timeStamping мақсаты жоқ.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(себебі көрсетілмеген)</translation>
    </message>
    <message>
        <source>The timestamp authority has not issued the timestamp yet: %1</source>
        <translation>Уақыт белгілерінің қызметі (TSA) уақыт белгісін әлі берген жоқ: %1</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s certificate is being revoked: %1</source>
        <translation>Уақыт белгілерінің қызметінің (TSA) сертификаты кері қайтарылу үстінде: %1</translation>
    </message>
    <message>
        <source>The timestamp authority refused the request: %1</source>
        <translation>Уақыт белгілерінің қызметі (TSA) сұрауды қабылдамады: %1</translation>
    </message>
    <message>
        <source>The timestamp is not from a trusted timestamp authority (%1).</source>
        <translation>Уақыт белгісін сенімді емес уақыт белгілерінің қызметі (TSA) берген (%1).</translation>
    </message>
    <message>
        <source>The timestamp&apos;s signature does not verify: it was changed after the timestamp authority issued it.</source>
        <translation>Уақыт белгісінің қолтаңбасы расталмады: ол уақыт белгілерінің қызметі (TSA) бергеннен кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The timestamp request is not an RFC 3161 request.</source>
        <translation>Уақыт белгісіне сұрау RFC 3161 сұрауы емес.</translation>
    </message>
    <message>
        <source>A timestamp needs the time it states.</source>
        <translation>Уақыт белгісінде ол куәландыратын уақыт көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>The answer is not an RFC 3161 timestamp response.</source>
        <translation>Алынған жауап RFC 3161 уақыт белгісі жауабы емес.</translation>
    </message>
    <message>
        <source>The signature already carries a timestamp.</source>
        <translation>Қолтаңбада уақыт белгісі бұрыннан бар.</translation>
    </message>
    <message>
        <source>The timestamp names a timestamp authority whose certificate is not known.</source>
        <translation>Уақыт белгісінде сертификаты белгісіз уақыт белгілерінің қызметі (TSA) көрсетілген.</translation>
    </message>
    <message>
        <source>The revocation list is a delta list, or covers only some of the authority&apos;s certificates: give the authority&apos;s full list.</source>
        <translation>Кері қайтарылған сертификаттар тізімі — дельта-тізім немесе куәландырушы орталық сертификаттарының бір бөлігін ғана қамтиды: куәландырушы орталықтың толық тізімін беріңіз.</translation>
    </message>
    <message>
        <source>The certificate of an authority in the signing certificate&apos;s chain was not valid when the decision was made (%1).</source>
        <translation>Шешім қабылданған кезде (%1) қол қою сертификатының тізбегіндегі куәландырушы орталықтың сертификаты жарамсыз еді.</translation>
    </message>
    <message>
        <source>The signature carries no content: what it signs is not in it.</source>
        <translation>Қолтаңбада мазмұн жоқ: қол қойылған деректер оның құрамында емес.</translation>
    </message>
    <message>
        <source>The token&apos;s module lists no slots: is the token reader connected?</source>
        <translation>Токен модулі бірде-бір ұяшықты көрсетпейді: токен оқу құрылғысы қосылған ба?</translation>
    </message>
    <message>
        <source>The token was removed. What was signed before stays signed; insert the token and sign the rest again.</source>
        <translation>Токен алынып тасталды. Бұған дейін қол қойылғандары қол қойылған күйінде қалады; токенді салып, қалғанына қайта қол қойыңыз.</translation>
    </message>
    <message>
        <source>No token is inserted. Insert your token and try again.</source>
        <translation>Токен салынбаған. Токеніңізді салып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked after too many wrong tries. Nothing was signed. Unlock it with the PUK the token came with.</source>
        <translation>Қате енгізу тым көп болғандықтан токеннің PIN-коды бұғатталды. Ештеңеге қол қойылған жоқ. Оны токенмен бірге берілген PUK-кодпен бұғаттан шығарыңыз.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Nothing was signed. One try is left before the token locks the PIN.</source>
        <translation>PIN-код қате. Ештеңеге қол қойылған жоқ. Токен PIN-кодты бұғаттағанға дейін бір әрекет қалды.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Nothing was signed. Few tries are left before the token locks the PIN.</source>
        <translation>PIN-код қате. Ештеңеге қол қойылған жоқ. Токен PIN-кодты бұғаттағанға дейін аз әрекет қалды.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Nothing was signed.</source>
        <translation>PIN-код қате. Ештеңеге қол қойылған жоқ.</translation>
    </message>
    <message>
        <source>The token&apos;s module %1 cannot be loaded. Check that the token&apos;s software is installed and the module&apos;s path is right.</source>
        <translation>%1 токен модулін жүктеу мүмкін емес. Токеннің бағдарламасы орнатылғанын және модуль жолының дұрыстығын тексеріңіз.</translation>
    </message>
    <message>
        <source>A signing session is already open on the token. Finish it first.</source>
        <translation>Токенде қол қою сеансы ашық тұр. Алдымен оны аяқтаңыз.</translation>
    </message>
    <message>
        <source>No token holds a signing certificate for IIN %1. Insert the token with your signing key (not only the authentication one).</source>
        <translation>Бірде-бір токенде ЖСН %1 үшін қол қою сертификаты жоқ. Қол қою кілті бар токенді салыңыз (тек аутентификация кілті емес).</translation>
    </message>
    <message>
        <source>The token holds the signing certificate for IIN %1 but not its key.</source>
        <translation type="vanished">Токенде ЖСН %1 үшін қол қою сертификаты бар, бірақ оның кілті жоқ.</translation>
    </message>
    <message>
        <source>The signing session on the token has ended. Enter the PIN again.</source>
        <translation>Токендегі қол қою сеансы аяқталды. PIN-кодты қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>This key is not for signing in (it is a signing key): sign in with your authentication key.</source>
        <translation>Бұл кілт жүйеге кіруге арналмаған (бұл қол қою кілті): аутентификация кілтіңізбен кіріңіз.</translation>
    </message>
    <message>
        <source>No token holds an authentication certificate for IIN %1. Insert the token with your authentication key.</source>
        <translation>Бірде-бір токенде ЖСН %1 үшін аутентификация сертификаты жоқ. Аутентификация кілтіңіз бар токенді салыңыз.</translation>
    </message>
    <message>
        <source>The token holds the certificate for IIN %1 but not its key.</source>
        <translation>Токенде ЖСН %1 үшін сертификат бар, бірақ оның кілті жоқ.</translation>
    </message>
</context>
<context>
    <name>Kezek::Server</name>
    <message>
        <source>The request body must be JSON (Content-Type: application/json).</source>
        <translation>Сұрау денесі JSON болуы тиіс (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>The request body is not a JSON object: %1.</source>
        <translation>Сұрау денесі JSON нысаны емес: %1.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>нысан емес</translation>
    </message>
    <message>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length сан емес.</translation>
    </message>
    <message>
        <source>The request body is %1 bytes; at most %2 are accepted.</source>
        <translation>Сұрау денесі %1 байт; ең көбі %2 байт қабылданады.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>%1 %2 жоқ.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>Сұрау денесі тым үлкен.</translation>
    </message>
    <message>
        <source>The request could not be served.</source>
        <translation type="vanished">Сұрауды орындау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The server failed; nothing was changed.</source>
        <translation>Серверде қате болды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The database is unavailable.</source>
        <translation>Дерекқор қолжетімсіз.</translation>
    </message>
    <message>
        <source>Sign in first: the session is missing, expired or unknown.</source>
        <translation>Алдымен жүйеге кіріңіз: сеанс жоқ, мерзімі өткен немесе белгісіз.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1 UTC.</source>
        <translation type="vanished">Қате құпиясөз тым көп рет енгізілді: тіркелгі %1 UTC дейін бұғатталды.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>«%1» параметрі %2 мен %3 аралығындағы бүтін сан болуы тиіс.</translation>
    </message>
    <message>
        <source>A batch holds at most %1 commands; this one has %2.</source>
        <translation>Бір топта ең көбі %1 команда болады; мұнда %2.</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>«%1» ісі жоқ.</translation>
    </message>
    <message>
        <source>Only the eGov integration files applications.</source>
        <translation>Өтініштерді тек eGov интеграциясы береді.</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Баптауларды осы INI файлынан оқу.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Тыңдалатын мекенжай (әдепкі 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8443; 0 picks a free one).</source>
        <translation>Тыңдалатын порт (әдепкі 8443; 0 бос портты таңдайды).</translation>
    </message>
    <message>
        <source>TLS certificate chain (PEM).</source>
        <translation>TLS сертификаттар тізбегі (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>TLS жабық кілті (PEM).</translation>
    </message>
    <message>
        <source>Make or reuse a self-signed certificate in this folder (demos only).</source>
        <translation>Осы қалтада өздігінен қол қойылған сертификат жасау немесе бұрынғысын пайдалану (тек демо үшін).</translation>
    </message>
    <message>
        <source>sqlite:PATH (default, in the data folder) or postgresql://USER@HOST:PORT/DB.</source>
        <translation>sqlite:PATH (әдепкі, деректер қалтасында) немесе postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Largest request body accepted (default 16 MiB).</source>
        <translation>Қабылданатын сұрау денесінің ең үлкен көлемі (әдепкі 16 MiB).</translation>
    </message>
    <message>
        <source>Drop a client silent this long (default 15).</source>
        <translation>Осынша уақыт үнсіз тұрған клиентті ажырату (әдепкі 15).</translation>
    </message>
    <message>
        <source>Worker threads (default 8).</source>
        <translation type="vanished">Жұмыс ағындарының саны (әдепкі 8).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; cannot be &quot;%2&quot;.</source>
        <translation>«%1» баптауы «%2» бола алмайды.</translation>
    </message>
    <message>
        <source>Kezek central server: the system of record over HTTPS.</source>
        <translation>Kezek орталық сервері: HTTPS арқылы жұмыс істейтін негізгі есепке алу жүйесі.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Күтілмеген аргумент: «%1».</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; cannot be read.</source>
        <translation>«%1» баптаулар файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The settings file names an unknown setting &quot;%1&quot;.</source>
        <translation>Баптаулар файлында белгісіз «%1» баптауы бар.</translation>
    </message>
    <message>
        <source>--cert and --key go together.</source>
        <translation>--cert пен --key бірге беріледі.</translation>
    </message>
    <message>
        <source>The server speaks HTTPS only: give --cert and --key, or --dev-cert DIR for a self-signed demo certificate.</source>
        <translation>Сервер тек HTTPS арқылы жұмыс істейді: --cert пен --key беріңіз немесе өздігінен қол қойылған демо-сертификат үшін --dev-cert DIR көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>«%1» файлын оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>«%1» жазу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>«%1» қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>A decision must carry the officer&apos;s digital signature.</source>
        <translation>Шешімде қызметкердің электрондық цифрлық қолтаңбасы болуы тиіс.</translation>
    </message>
    <message>
        <source>No signing certificate is registered for %1; an administrator registers it with &quot;kezekctl admin set-certificate&quot;.</source>
        <translation>%1 үшін қол қою сертификаты тіркелмеген; әкімші оны «kezekctl admin set-certificate» арқылы тіркейді.</translation>
    </message>
    <message>
        <source>The decision is signed with another person&apos;s key, not with the certificate registered for %1.</source>
        <translation type="vanished">Шешімге %1 үшін тіркелген сертификатпен емес, басқа адамның кілтімен қол қойылған.</translation>
    </message>
    <message>
        <source>The authority (PEM) whose certificates may sign decisions; with --dev-cert, a demo authority is made there when this is not given.</source>
        <translation>Сертификаттарымен шешімдерге қол қоюға болатын куәландырушы орталық (PEM); бұл берілмесе, --dev-cert қалтасында демо орталық жасалады.</translation>
    </message>
    <message>
        <source>Decisions are signed: give --signing-ca with the certificate of the authority that issues the officers&apos; signing keys.</source>
        <translation>Шешімдерге қол қойылады: қызметкерлердің қол қою кілттерін беретін куәландырушы орталықтың сертификатын --signing-ca арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>A document is addressed by the SHA-256 of its bytes, in lower-case hex; &quot;%1&quot; is not one.</source>
        <translation>Құжат өз байттарының SHA-256 мәнімен, кіші әріпті он алтылық түрде белгіленеді; «%1» олай емес.</translation>
    </message>
    <message>
        <source>Only migration officers, CSC operators and eGov file scans.</source>
        <translation>Сканерленген құжаттарды тек көші-қон қызметкерлері, ХҚКО операторлары және eGov жүктейді.</translation>
    </message>
    <message>
        <source>The document&apos;s name must be a plain file name: no folders, no control characters, no leading dot, at most 200 characters.</source>
        <translation>Құжат атауы қарапайым файл атауы болуы тиіс: қалталарсыз, басқару таңбаларынсыз, басында нүктесіз, ең көбі 200 таңба.</translation>
    </message>
    <message>
        <source>A scan is a PDF, PNG or JPEG file, sent with its own Content-Type (application/pdf, image/png or image/jpeg).</source>
        <translation>Скан — өз Content-Type тақырыбымен (application/pdf, image/png немесе image/jpeg) жіберілген PDF, PNG немесе JPEG файлы.</translation>
    </message>
    <message>
        <source>The bytes received have the SHA-256 %1, not the one in the address: the upload was damaged or is another file.</source>
        <translation>Қабылданған байттардың SHA-256 мәні — %1, мекенжайдағы мән емес: жүктеу бүлінген немесе бұл басқа файл.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>%1 құжаты жоқ.</translation>
    </message>
    <message>
        <source>Largest scan accepted (default 20 MiB).</source>
        <translation>Қабылданатын ең үлкен скан (әдепкі 20 МиБ).</translation>
    </message>
    <message>
        <source>This credential does not speak for the integration &quot;%1&quot;.</source>
        <translation>Бұл тіркелгі «%1» интеграциясының атынан сөйлей алмайды.</translation>
    </message>
    <message>
        <source>This integration sends only: %1.</source>
        <translation>Бұл интеграция тек мыналарды жібереді: %1.</translation>
    </message>
    <message>
        <source>Where notices to the applicants&apos; eGov cabinets go (simulated): log (default) or dir:PATH, a file per notice.</source>
        <translation>Өтініш берушілердің eGov кабинеттеріне хабарламалар қайда жіберіледі (имитация): log (әдепкі) немесе dir:PATH, әр хабарламаға бір файл.</translation>
    </message>
    <message>
        <source>How often the notices outbox is drained (default 5).</source>
        <translation>Хабарламалар кезегі қаншалықты жиі босатылады, секундпен (әдепкі 5).</translation>
    </message>
    <message>
        <source>Integrations send their messages to /api/v1/integration/NAME/commands.</source>
        <translation>Интеграциялар өз хабарламаларын /api/v1/integration/NAME/commands мекенжайына жібереді.</translation>
    </message>
    <message>
        <source>Integrations do not claim cases.</source>
        <translation>Интеграциялар істерді өздеріне бекітпейді.</translation>
    </message>
    <message>
        <source>Case %1 is being worked by %2 until %3 UTC; this command was not applied.</source>
        <translation>%1 ісімен %3 UTC дейін %2 жұмыс істеп жатыр; бұл команда қолданылмады.</translation>
    </message>
    <message>
        <source>How long an officer&apos;s claim on a case lasts unless renewed (default 480).</source>
        <translation>Істің қызметкерге бекітілуі ұзартылмаса неше минут әрекет етеді (әдепкі 480).</translation>
    </message>
    <message>
        <source>The business calendar &quot;%1&quot; cannot be used: %2</source>
        <translation type="vanished">«%1» іскерлік күнтізбесін пайдалану мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The business calendar (JSON) to count working days by; by default the one built into this program. Workstations receive it when they sync.</source>
        <translation>Жұмыс күндері есептелетін іскерлік күнтізбе (JSON); әдепкіде бағдарламаға енгізілгені. Жұмыс орындары оны синхрондау кезінде алады.</translation>
    </message>
    <message>
        <source>Your role reads cases and works none, so it claims none.</source>
        <translation>Сіздің рөліңіз істерді тек оқиды, олармен жұмыс істемейді, сондықтан істі өзіне бекіте алмайды.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>«%1» пайдаланушысы жоқ.</translation>
    </message>
    <message>
        <source>Only a supervisor gives cases to colleagues.</source>
        <translation>Істерді әріптестерге тек басшы береді.</translation>
    </message>
    <message>
        <source>The scan this command names (%1) never reached the server; make the comparison again with a new scan.</source>
        <translation>Бұл команда атаған скан (%1) серверге жетпеді; салыстыруды жаңа сканмен қайта жасаңыз.</translation>
    </message>
    <message>
        <source>This workstation speaks version %1 of Kezek&apos;s protocol; the server accepts version %2 and later. Ask your IT department to update Kezek: your outbox is kept until then.</source>
        <translation>Бұл жұмыс орны Kezek хаттамасының %1-нұсқасында жұмыс істейді; сервер %2-нұсқаны және одан кейінгілерін қабылдайды. IT бөліміңізден Kezek-ті жаңартуды сұраңыз: оған дейін жіберу кезегіңіз сақталады.</translation>
    </message>
    <message>
        <source>The database is busy with other writes; send the commands again in a moment. Nothing of them is lost.</source>
        <translation>Дерекқор басқа жазбалармен бос емес; командаларды біраздан соң қайта жіберіңіз. Олардың ешқайсысы жоғалмайды.</translation>
    </message>
    <message>
        <source>This command names version %1 of case %2, which the server has not reached (it has %3).</source>
        <translation>Бұл команда %2 ісінің %1-нұсқасын атайды, ал серверде ол әлі жоқ (серверде %3-нұсқа).</translation>
    </message>
    <message>
        <source>How often the steps the law takes by itself (§12 deletion, §19 annulment) are looked for; also at start-up (default 60; 0: never).</source>
        <translation>Заң өзі жасайтын қадамдар (§12 жою, §19 күшін жою) қаншалықты жиі ізделетіні; іске қосылғанда да (әдепкі 60; 0: ешқашан).</translation>
    </message>
    <message>
        <source>How long a timed step waits, from the start of the day it falls due, for acts made on time offline (default 72).</source>
        <translation>Мерзімді қадам өз күні басталғаннан бастап офлайн уақытында жасалған әрекеттерді қанша сағат күтеді (әдепкі 72).</translation>
    </message>
    <message>
        <source>No legal basis of the pilot is in force on %1 (the last ended on %2): applications are not taken.</source>
        <translation>%1 күні пилоттық жобаның бірде-бір құқықтық негізі күшінде емес (соңғысы %2 аяқталды): өтініштер қабылданбайды.</translation>
    </message>
    <message>
        <source>The law&apos;s data (calendar &quot;%1&quot;, legal basis &quot;%2&quot;) cannot be used: %3</source>
        <translation>Құқықтық деректерді (күнтізбе &quot;%1&quot;, құқықтық негіз &quot;%2&quot;) пайдалану мүмкін емес: %3</translation>
    </message>
    <message>
        <source>The legal basis (JSON): the order and any instrument that extends or replaces it, with their terms; by default the one built in (the order, in force until 31.12.2025).</source>
        <translation>Құқықтық негіз (JSON): бұйрық және оны ұзартатын немесе алмастыратын кез келген акт, мерзімдерімен; әдепкі бойынша бағдарламаға кірістірілгені (31.12.2025 дейін күшінде болған бұйрық).</translation>
    </message>
    <message>
        <source>What intake does on a day no legal basis is in force: accept the application and mark the case (default), or refuse it.</source>
        <translation>Құқықтық негіз күшінде болмаған күні қабылдау не істейді: өтінішті қабылдап, істі белгілейді (әдепкі) немесе одан бас тартады.</translation>
    </message>
    <message>
        <source>Choose your own password first: the one you signed in with was given for one sign-in.</source>
        <translation>Алдымен өз құпиясөзіңізді таңдаңыз: сіз кірген құпиясөз бір рет кіруге берілген.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Кіру әрекеттері тым көп: %n секундтан кейін қайталаңыз.</numerusform>
            <numerusform>Кіру әрекеттері тым көп: %n секундтан кейін қайталаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong passwords: &quot;%1&quot; is locked until %2 UTC.</source>
        <translation>Қате құпиясөз тым көп енгізілді: «%1» %2 UTC дейін бұғатталды.</translation>
    </message>
    <message>
        <source>The server is checking many sign-ins: try again in a second.</source>
        <translation>Сервер көп кіру әрекетін тексеріп жатыр: бір секундтан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters and must differ from the old one and from the user name.</source>
        <translation>Жаңа құпиясөзде кемінде %1 таңба болуы және ол ескісінен де, пайдаланушы атынан да өзгеше болуы керек.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Ағымдағы құпиясөз қате.</translation>
    </message>
    <message>
        <source>Sign-ins one client address may try per minute, and at once; more are answered 429 with Retry-After (default 10).</source>
        <translation>Бір клиент мекенжайынан минутына (және бір мезетте) рұқсат етілетін кіру әрекеттері; артығына Retry-After бар 429 жауабы беріледі (әдепкі 10).</translation>
    </message>
    <message>
        <source>Password checks this server runs at once; a sign-in that finds none free within a quarter second is answered 429 (default 2).</source>
        <translation>Осы сервер бір мезетте орындайтын құпиясөз тексерулері; ширек секунд ішінде бос орын таппаған кіруге 429 жауабы беріледі (әдепкі 2).</translation>
    </message>
    <message>
        <source>Comma-separated addresses of the reverse proxies (nginx) whose X-Forwarded-For names the client; from any other address the header is ignored (default: none).</source>
        <translation>X-Forwarded-For тақырыбы клиентті атайтын кері проксилердің (nginx) үтірмен бөлінген мекенжайлары; басқа мекенжайдан келген тақырып ескерілмейді (әдепкі: жоқ).</translation>
    </message>
    <message>
        <source>Sessions one user may hold; a new sign-in ends the oldest beyond it (default 5).</source>
        <translation>Бір пайдаланушының сеанстар саны; жаңа кіру шектен асқан ең ескі сеансты аяқтайды (әдепкі 5).</translation>
    </message>
    <message>
        <source>This credential reads no cases.</source>
        <translation>Бұл тіркелгі деректері ешбір істі оқымайды.</translation>
    </message>
    <message>
        <source>This outside system&apos;s job needs no scans, so it reads none.</source>
        <translation>Бұл сыртқы жүйенің жұмысына сканерленген көшірмелер керек емес, сондықтан ол оларды оқымайды.</translation>
    </message>
    <message>
        <source>The audit log&apos;s key (HMAC), made on first start when missing; readable by the server&apos;s user only, outside the database (default: beside a SQLite database; for PostgreSQL, give it to every server).</source>
        <translation>Аудит журналының кілті (HMAC), жоқ болса алғашқы іске қосуда жасалады; оны тек сервер пайдаланушысы оқи алады, дерекқордан тыс сақталады (әдепкі: SQLite дерекқорының жанында; PostgreSQL үшін оны әр серверге беріңіз).</translation>
    </message>
    <message>
        <source>A file the audit chain&apos;s head is appended to, at start, every audit-checkpoint-minutes and at stop, for write-once storage (default: beside a SQLite database; the journal has them always).</source>
        <translation>Аудит тізбегінің басы іске қосылғанда, әр audit-checkpoint-minutes сайын және тоқтағанда жазылатын файл, бір рет жазылатын сақтау орнына арналған (әдепкі: SQLite дерекқорының жанында; журналда олар әрқашан бар).</translation>
    </message>
    <message>
        <source>How often the audit chain&apos;s head is written out (default 10).</source>
        <translation>Аудит тізбегінің басы қаншалықты жиі сыртқа жазылады (әдепкі 10).</translation>
    </message>
    <message>
        <source>Reads of cases are audited per session and period of this length, and entered in the audit chain when the period is over (default 15).</source>
        <translation>Істердің оқылуы сеанс пен осы ұзақтықтағы кезең бойынша аудитке жазылады және кезең аяқталғанда аудит тізбегіне енгізіледі (әдепкі 15).</translation>
    </message>
    <message>
        <source>The request is not well-formed HTTP, or its packed body cannot be unpacked.</source>
        <translation>Сұрау дұрыс HTTP емес немесе оның сығылған денесін ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>A request body is sent as it is or packed with gzip; &quot;%1&quot; is not accepted.</source>
        <translation>Сұрау денесі сол күйінде немесе gzip арқылы сығылып жіберіледі; «%1» қабылданбайды.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large: at most %1 bytes and %2 headers are accepted.</source>
        <translation>Сұрау тақырыптары тым үлкен: ең көбі %1 байт және %2 тақырып қабылданады.</translation>
    </message>
    <message>
        <source>The server holds as many connections as it may, in all or from your address: try again in a few seconds.</source>
        <translation>Сервер барлығы бойынша немесе сіздің мекенжайыңыздан мүмкін болатын ең көп қосылымды ұстап тұр: бірнеше секундтан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>Requests served at once, each with its own database connection (default 8). Waiting connections take no thread.</source>
        <translation>Бір мезгілде қызмет көрсетілетін сұраулар, әрқайсысы өз дерекқор қосылымымен (әдепкі 8). Күтіп тұрған қосылымдар ағын алмайды.</translation>
    </message>
    <message>
        <source>Connections held open at once; more are answered 503 with Retry-After (default 50000, and never more than the open files allowed).</source>
        <translation>Бір мезгілде ашық ұсталатын қосылымдар; артығына Retry-After бар 503 жауабы беріледі (әдепкі 50000 және ашық файлдар шегінен аспайды).</translation>
    </message>
    <message>
        <source>Connections one client address may hold open; behind a trusted proxy, requests at once from the client it names (default 256).</source>
        <translation>Бір клиент мекенжайы ашық ұстай алатын қосылымдар; сенімді прокси артында — ол атаған клиенттің бір мезгілдегі сұраулары (әдепкі 256).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold the timestamp authority&apos;s certificate and its key (PEM).</source>
        <translation>«%1» ішінде уақыт белгілерінің қызметінің (TSA) сертификаты мен оның кілті (PEM) болуы тиіс.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no certificate (PEM).</source>
        <translation>«%1» ішінде сертификат (PEM) жоқ.</translation>
    </message>
    <message>
        <source>The decision is signed with the certificate of another person (IIN %1), not of %2.</source>
        <translation>Шешімге %2 сертификатымен емес, басқа адамның (ЖСН %1) сертификатымен қол қойылған.</translation>
    </message>
    <message>
        <source>The decision is signed with a key that is not the one registered for %1.</source>
        <translation>Шешімге %1 үшін тіркелген кілтпен емес, басқа кілтпен қол қойылған.</translation>
    </message>
    <message>
        <source>The site timestamp authority&apos;s certificates (PEM): a decision signed online carries its token.</source>
        <translation>Сайттың уақыт белгілерінің қызметінің (TSA) сертификаттары (PEM): онлайн қол қойылған шешімде оның токені болады.</translation>
    </message>
    <message>
        <source>This server&apos;s own timestamp authority (PEM certificate and key): it stamps a decision signed offline on receipt; with --dev-cert, made there when this is not given.</source>
        <translation>Осы сервердің өз уақыт белгілерінің қызметі (TSA) (PEM сертификаты мен кілті): офлайн қол қойылған шешімге оны қабылдаған кезде уақыт белгісін қояды; бұл берілмесе, --dev-cert қалтасында жасалады.</translation>
    </message>
    <message>
        <source>The timestamp says the decision was signed at %1, but the decision says it was made at %2: more than five minutes apart. Check the computer&apos;s clock and sign it again.</source>
        <translation>Уақыт белгісі бойынша шешімге %1 қол қойылған, ал шешімде ол %2 қабылданды деп көрсетілген: айырмашылық бес минуттан асады. Компьютердің сағатын тексеріп, шешімге қайта қол қойыңыз.</translation>
    </message>
    <message>
        <source>The decision carries no timestamp, and this server has no timestamp authority of its own to stamp it on receipt (--archive-tsa).</source>
        <translation>Шешімде уақыт белгісі жоқ, ал бұл серверде оны қабылдаған кезде уақыт белгісін қоятын өз уақыт белгілерінің қызметі (TSA) жоқ (--archive-tsa).</translation>
    </message>
    <message>
        <source>The revocation lists (CRL, DER or PEM) of the authorities that issue officers&apos; certificates, comma-separated, kept current by the site: a certificate revoked before a decision&apos;s time is refused.</source>
        <translation>Қызметкерлердің сертификаттарын беретін куәландырушы орталықтардың кері қайтарылған сертификаттар тізімдері (CRL, DER немесе PEM), үтір арқылы; оларды сайт өзекті күйде ұстайды: шешім уақытына дейін кері қайтарылған сертификат қабылданбайды.</translation>
    </message>
    <message>
        <source>The revocation list &quot;%1&quot; cannot be read (%2): no decision can be accepted until it can.</source>
        <translation>«%1» кері қайтарылған сертификаттар тізімін оқу мүмкін емес (%2): ол оқылмайынша ешбір шешім қабылданбайды.</translation>
    </message>
    <message>
        <source>No revocation list of the authority that issued the signing certificate is configured (crl): the server cannot tell whether it was revoked.</source>
        <translation>Қол қою сертификатын берген куәландырушы орталықтың кері қайтарылған сертификаттар тізімі бапталмаған (crl): сервер оның кері қайтарылғанын анықтай алмайды.</translation>
    </message>
    <message>
        <source>The certificate registered for %1 names no IIN: an administrator registers the officer&apos;s certificate again with &quot;kezekctl admin set-certificate&quot;.</source>
        <translation>%1 үшін тіркелген сертификатта ЖСН көрсетілмеген: әкімші қызметкердің сертификатын «kezekctl admin set-certificate» арқылы қайта тіркейді.</translation>
    </message>
    <message>
        <source>A timestamp request is sent as application/timestamp-query (RFC 3161).</source>
        <translation>Уақыт белгісіне сұрау application/timestamp-query (RFC 3161) ретінде жіберіледі.</translation>
    </message>
    <message>
        <source>The authority (PEM: roots and intermediates) whose certificates sign the ministry&apos;s petitions; with it, an application is taken only with a petition the ministry signed. With --dev-cert, a demo ministry is made there when this is not given.</source>
        <translation>Сертификаттарымен министрліктің өтінішхаттарына қол қойылатын куәландырушы орталық (PEM: түбірлік және аралық); ол берілсе, өтініш тек министрлік қол қойған өтінішхатпен ғана қабылданады. Бұл берілмесе, --dev-cert қалтасында демо министрлік жасалады.</translation>
    </message>
    <message>
        <source>The ministry&apos;s BIN, as its signing certificates carry it (OU=BIN…): a petition signed under any other is refused.</source>
        <translation>Министрліктің қол қою сертификаттарында көрсетілген BIN-і (OU=BIN…): басқа кез келген BIN-мен қол қойылған өтінішхат қабылданбайды.</translation>
    </message>
    <message>
        <source>The issuing authority&apos;s OCSP responder (http://…, e.g. http://ocsp.pki.gov.kz): each signing certificate&apos;s status is asked of it, cached until the answer&apos;s next update, and the answer kept with the decision; with --crl too, the lists are used when it cannot be reached.</source>
        <translation>Сертификаттарды беретін куәландырушы орталықтың OCSP қызметі (http://…, мысалы, http://ocsp.pki.gov.kz): әр қол қою сертификатының мәртебесі одан сұралады, жауаптың келесі жаңартылуына дейін кэште сақталады, ал жауап шешіммен бірге сақталады; --crl те берілсе, OCSP қызметіне қосылу мүмкін болмағанда тізімдер пайдаланылады.</translation>
    </message>
    <message>
        <source>OCSP responder certificates (PEM) trusted besides the authorities and the responders they authorise (default: none).</source>
        <translation>Куәландырушы орталықтардан және олар уәкілеттік берген OCSP қызметтерінен бөлек сенім артылатын OCSP қызметтерінің сертификаттары (PEM) (әдепкі: жоқ).</translation>
    </message>
    <message>
        <source>How long the OCSP responder may take to answer before a decision is refused as unverifiable (default 5).</source>
        <translation type="vanished">Шешім тексеру мүмкін емес деп қабылданбай тұрып, OCSP қызметі жауап беруге қанша секунд жұмсай алады (әдепкі 5).</translation>
    </message>
    <message>
        <source>--ministry-ca needs --ministry-bin: the ministry&apos;s BIN is what tells its certificates from any other organisation&apos;s.</source>
        <translation>--ministry-ca үшін --ministry-bin қажет: министрліктің сертификаттарын басқа кез келген ұйымның сертификаттарынан оның BIN-і ажыратады.</translation>
    </message>
    <message>
        <source>This server has no timestamp authority of its own (--archive-tsa): the decision goes without a timestamp and is stamped on receipt.</source>
        <translation>Бұл серверде өз уақыт белгілерінің қызметі (TSA) жоқ (--archive-tsa): шешім уақыт белгісінсіз жіберіледі және оған қабылданған кезде уақыт белгісі қойылады.</translation>
    </message>
    <message>
        <source>The OCSP responder %1 gave no OCSP response within %2 seconds: the server cannot tell whether the signing certificate was revoked. Try again later.</source>
        <translation>%1 OCSP қызметі %2 секунд ішінде OCSP жауабын бермеді: сервер қол қою сертификатының кері қайтарылған-қайтарылмағанын анықтай алмайды. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is not one CMS (PKCS#7) signature carrying the petition it signs.</source>
        <translation>Министрліктің өтінішхаты қол қойылған өтінішхатты ішіне алған бір CMS (PKCS#7) қолтаңбасы емес.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition does not verify: its bytes were changed after it was signed.</source>
        <translation>Министрліктің өтінішхаты расталмады: оған қол қойылғаннан кейін оның байттары өзгертілген.</translation>
    </message>
    <message>
        <source>The certificate the ministry&apos;s petition is signed with had expired when the petition arrived (%1).</source>
        <translation>Өтінішхат келген кезде (%1) министрліктің өтінішхатына қол қойылған сертификаттың қолданылу мерзімі өтіп кеткен еді.</translation>
    </message>
    <message>
        <source>The certificate the ministry&apos;s petition is signed with was not yet valid when the petition arrived (%1).</source>
        <translation>Өтінішхат келген кезде (%1) министрліктің өтінішхатына қол қойылған сертификат әлі күшіне енбеген еді.</translation>
    </message>
    <message>
        <source>An authority above the certificate the ministry&apos;s petition is signed with was not valid when the petition arrived (%1).</source>
        <translation>Өтінішхат келген кезде (%1) министрліктің өтінішхатына қол қойылған сертификаттан жоғары тұрған куәландырушы орталықтың сертификаты жарамсыз еді.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is signed with a certificate not issued under the ministry&apos;s authority this site trusts.</source>
        <translation>Министрліктің өтінішхатына осы сайт сенетін министрлік куәландырушы орталығы бермеген сертификатпен қол қойылған.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is signed with a key that is not for signing.</source>
        <translation>Министрліктің өтінішхатына қол қоюға арналмаған кілтпен қол қойылған.</translation>
    </message>
    <message>
        <source>The petition is not signed by the ministry (MDDIAI): its signer is %1 (§8).</source>
        <translation>Өтінішхатқа министрлік (ЦДИАӨМ) қол қоймаған: оған қол қойған — %1 (§8).</translation>
    </message>
    <message>
        <source>The application brings no petition signed by the ministry (MDDIAI): it is taken only with one (§8, §10(3)).</source>
        <translation>Өтініште министрлік (ЦДИАӨМ) қол қойған өтінішхат жоқ: өтініш тек онымен бірге қабылданады (§8, §10(3)).</translation>
    </message>
    <message>
        <source>The addresses (http://…, comma-separated, e.g. http://crl.pki.gov.kz/nca_rsa.crl) of the revocation lists of the authorities that issue officers&apos; certificates: the server fetches each (within --ocsp-timeout), keeps it until its next update, and keeps the list used with the decision; used after the OCSP responder and before --crl files.</source>
        <translation>Қызметкерлердің сертификаттарын беретін куәландырушы орталықтардың кері қайтарылған сертификаттар тізімдерінің мекенжайлары (http://…, үтір арқылы, мысалы, http://crl.pki.gov.kz/nca_rsa.crl): сервер әрқайсысын жүктеп алады (--ocsp-timeout ішінде), келесі жаңартылуына дейін сақтайды, ал пайдаланылған тізімді шешіммен бірге сақтайды; OCSP қызметінен кейін және --crl файлдарынан бұрын пайдаланылады.</translation>
    </message>
    <message>
        <source>How long the OCSP responder may take to answer, or a revocation list (--crl-url) to arrive, before a decision is refused as unverifiable (default 5).</source>
        <translation>Шешім тексеру мүмкін емес деп қабылданбай тұрып, OCSP қызметі жауап беруге немесе кері қайтарылған сертификаттар тізімі (--crl-url) келуге қанша секунд жұмсай алады (әдепкі 5).</translation>
    </message>
    <message>
        <source>The revocation list %1 could not be fetched within %2 seconds and no copy of it is current: the server cannot tell whether the signing certificate was revoked. Try again later.</source>
        <translation>%1 кері қайтарылған сертификаттар тізімін %2 секунд ішінде жүктеп алу мүмкін болмады, ал оның өзекті көшірмесі жоқ: сервер қол қою сертификатының кері қайтарылған-қайтарылмағанын анықтай алмайды. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <source>None of the revocation lists the server fetches (crl-url) is of the authority that issued the signing certificate: the server cannot tell whether it was revoked.</source>
        <translation>Сервер жүктеп алатын кері қайтарылған сертификаттар тізімдерінің (crl-url) ешқайсысы қол қою сертификатын берген куәландырушы орталыққа тиесілі емес: сервер оның кері қайтарылған-қайтарылмағанын анықтай алмайды.</translation>
    </message>
    <message>
        <source>This site signs in with the password and the authentication key: choose your authentication key (a file or your token) and sign in again.</source>
        <translation>Бұл сайтқа құпиясөз және аутентификация кілті арқылы кіреді: аутентификация кілтіңізді (файлды немесе токеніңізді) таңдап, қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The sign-in was signed for a request the server did not make, or that was already used: sign in again.</source>
        <translation>Кіруге сервер жасамаған немесе бұрын пайдаланылған сұрау үшін қол қойылған: қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The sign-in took too long and its request expired: sign in again.</source>
        <translation>Кіру тым ұзаққа созылып, оның сұрауының мерзімі өтіп кетті: қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The authentication key is another person&apos;s (IIN %1), not %2&apos;s.</source>
        <translation>Аутентификация кілті %2 пайдаланушысыныкі емес, басқа адамдікі (ЖСН %1).</translation>
    </message>
    <message>
        <source>This key is not for signing in (it is a signing key): sign in with your authentication key.</source>
        <translation>Бұл кілт жүйеге кіруге арналмаған (бұл қол қою кілті): аутентификация кілтіңізбен кіріңіз.</translation>
    </message>
    <message>
        <source>The report&apos;s period needs &quot;from&quot; and &quot;to&quot;, each a date written YYYY-MM-DD.</source>
        <translation>Есептің кезеңі үшін «from» және «to» қажет, әрқайсысы YYYY-MM-DD пішіміндегі күн.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (the parameter &quot;%2&quot;) is not a day of the calendar written YYYY-MM-DD.</source>
        <translation>«%1» («%2» параметрі) — YYYY-MM-DD пішіміндегі нақты күн емес.</translation>
    </message>
    <message>
        <source>Only the ministry and a city&apos;s supervisor read the pilot report.</source>
        <translation>Пилоттық жоба бойынша есепті тек министрлік пен қаланың басшысы оқи алады.</translation>
    </message>
    <message>
        <source>The period starts on %1, after today (%2): nothing has happened in it yet.</source>
        <translation>Кезең %1 күні, яғни бүгіннен (%2) кейін басталады: онда әлі ештеңе болған жоқ.</translation>
    </message>
    <message>
        <source>A sign-in with the key sends both the challenge and the signature.</source>
        <translation>Кілтпен кіргенде сұрау (challenge) да, қолтаңба да жіберіледі.</translation>
    </message>
    <message>
        <source>The sign-in&apos;s signature does not verify: it was made for another user, server or request.</source>
        <translation>Кіру қолтаңбасы расталмады: ол басқа пайдаланушы, сервер немесе сұрау үшін жасалған.</translation>
    </message>
    <message>
        <source>Whether officers sign in with their authentication key (EDS) besides the password: required, optional (a key sent is checked) or off (default). The key is checked against --signing-ca and revocation as decisions&apos; signatures are.</source>
        <translation>Қызметкерлер құпиясөзден бөлек өз аутентификация кілтімен (ЭЦҚ) кіре ме: required — міндетті түрде, optional — қалауы бойынша (жіберілген кілт тексеріледі) немесе off — жоқ (әдепкі). Кілт шешімдердің қолтаңбалары сияқты --signing-ca бойынша және кері қайтарылмағаны тұрғысынан тексеріледі.</translation>
    </message>
    <message>
        <source>How long the challenge a sign-in with the key signs stays good (default 120).</source>
        <translation>Кілтпен кіргенде қол қойылатын сұрау (challenge) қанша секунд жарамды болады (әдепкі 120).</translation>
    </message>
    <message>
        <source>The names, with their ports, workstations address this server by, comma-separated: a sign-in with the key is good only when it names one of them (default: the listen address and port; behind a reverse proxy, the public name, e.g. kezek.migration.kz:443).</source>
        <translation>Жұмыс станциялары осы серверге жүгінетін атаулар портымен бірге, үтір арқылы: кілтпен кіру солардың бірін атаса ғана жарамды (әдепкі бойынша: тыңдау мекенжайы мен порты; кері прокси артында — жария атауы, мысалы kezek.migration.kz:443).</translation>
    </message>
    <message>
        <source>The server listens on every address: give --sign-in-audience with the name and port workstations address it by, for sign-in with the key.</source>
        <translation>Сервер барлық мекенжайды тыңдайды: кілтпен кіру үшін --sign-in-audience параметрінде жұмыс станциялары оған жүгінетін атау мен портты көрсетіңіз.</translation>
    </message>
    <message>
        <source>How often the officers&apos; clocks in their warning or breached are looked for, to tell the case&apos;s holder and the city&apos;s supervisors; also at start-up (default 15; 0: never).</source>
        <translation>Қызметкерлер сақтауға тиіс, аяқталуы жақындаған немесе бұзылған мерзімдер қаншалықты жиі ізделетіні, ол туралы іс бекітілген қызметкерге және қала басшыларына хабарлау үшін; іске қосылғанда да (әдепкі 15; 0: ешқашан).</translation>
    </message>
    <message>
        <source>Only a supervisor marks colleagues absent and reads their absences.</source>
        <translation>Әріптестердің жұмыста болмауын тек басшы белгілеп, қарай алады.</translation>
    </message>
    <message>
        <source>Only the ministry and a city&apos;s supervisor export lists of cases.</source>
        <translation>Істер тізімін тек министрлік пен қаланың басшысы экспорттай алады.</translation>
    </message>
    <message>
        <source>Case %1 is held by %2 now, not by whom you saw: it was not given to %3. Look at it again before you give it.</source>
        <translation>%1 ісі қазір сіз көрген қызметкерге емес, %2 пайдаланушысына бекітілген: іс %3 пайдаланушысына берілмеді. Беру алдында істі қайта қараңыз.</translation>
    </message>
    <message>
        <source>A note needs its id (a UUID) and the time it was written.</source>
        <translation>Ескертпеде оның идентификаторы (UUID) және жазылған уақыты болуы тиіс.</translation>
    </message>
    <message>
        <source>Integrations neither read nor write a case&apos;s internal notes.</source>
        <translation>Интеграциялар істің ішкі ескертпелерін оқымайды да, жазбайды да.</translation>
    </message>
    <message>
        <source>The note was not found again.</source>
        <translation>Ескертпе қайта табылмады.</translation>
    </message>
    <message>
        <source>Another note already has the id %1.</source>
        <translation>%1 идентификаторы басқа ескертпеге берілген.</translation>
    </message>
    <message>
        <source>The absence &quot;%1&quot; is already another person&apos;s; mark this one under a new id.</source>
        <translation>«%1» жұмыста болмау жазбасы басқа адамға тиесілі; мұны жаңа идентификатормен белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>Kezek::ShippedData</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>«%1» файлын оқу мүмкін емес: %2.</translation>
    </message>
</context>
<context>
    <name>Kezek::SignInDialog</name>
    <message>
        <source>Kezek: sign in</source>
        <translation>Kezek: жүйеге кіру</translation>
    </message>
    <message>
        <source>&lt;b&gt;Digital Nomad Residency&lt;/b&gt;&lt;br&gt;Migration Service workstation</source>
        <translation>&lt;b&gt;Тұрақты тұруға рұқсат (ТТР) беру&lt;/b&gt;&lt;br&gt;Көші-қон қызметінің автоматтандырылған жұмыс орны</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
</context>
<context>
    <name>Kezek::Store</name>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>Дерекқор нұсқаулықты қабылдамады: %1</translation>
    </message>
    <message>
        <source>The migration &quot;%1&quot; cannot be read.</source>
        <translation>«%1» көшіруін оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The migrations skip from %1 to %2.</source>
        <translation>Көшірулер %1-ден %2-ге секіреді.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version cannot be read: %1</source>
        <translation>Дерекқор сызбасының нұсқасын оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2). Upgrade the program; the database was not changed.</source>
        <translation>Дерекқор сызбасының нұсқасы %1, бұл бағдарлама білетіннен (%2) жаңа. Бағдарламаны жаңартыңыз; дерекқор өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>A transaction cannot start: %1</source>
        <translation>Транзакцияны бастау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>%1 (%2) көшіруі сәтсіз аяқталып, кері қайтарылды: %3</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation>%1 көшіруін тіркеу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>Дерекқорда қате: %1</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is neither sqlite:PATH nor postgresql://…</source>
        <translation>«%1» дерекқор URL-і sqlite:PATH та, postgresql://… та емес</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Дерекқорды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The change could not be committed: %1</source>
        <translation>Өзгерісті бекіту мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>A case with the id &quot;%1&quot; or the number &quot;%2&quot; exists already.</source>
        <translation>«%1» идентификаторлы немесе «%2» нөмірлі іс бұрыннан бар.</translation>
    </message>
    <message>
        <source>The case was stored meanwhile.</source>
        <translation>Іс осы уақыт ішінде сақталып қойған.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already exists.</source>
        <translation>«%1» пайдаланушысы бұрыннан бар.</translation>
    </message>
    <message>
        <source>Entry %1 was removed.</source>
        <translation>%1-жазба жойылған.</translation>
    </message>
    <message>
        <source>Entry %1 was changed.</source>
        <translation>%1-жазба өзгертілген.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>%1 құжаты жоқ.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; already exists.</source>
        <translation>«%1» кеңсесі бұрыннан бар.</translation>
    </message>
    <message>
        <source>The local cache failed: %1</source>
        <translation>Жергілікті кэш қатесі: %1</translation>
    </message>
    <message>
        <source>Cannot write the cache&apos;s key file &quot;%1&quot;: %2.</source>
        <translation>Кэштің «%1» кілт файлы жазылмайды: %2.</translation>
    </message>
    <message>
        <source>The cache&apos;s key file &quot;%1&quot; is missing: without it the cache cannot be opened. Sync again into a new cache.</source>
        <translation type="vanished">Кэштің «%1» кілт файлы жоқ: онсыз кэш ашылмайды. Жаңа кэшке қайта синхрондаңыз.</translation>
    </message>
    <message>
        <source>The cache&apos;s key file &quot;%1&quot; is damaged.</source>
        <translation type="vanished">Кэштің «%1» кілт файлы бүлінген.</translation>
    </message>
    <message>
        <source>The password does not open this workstation&apos;s cache.</source>
        <translation>Бұл құпиясөз осы жұмыс орнының кэшін ашпайды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kezek cache, or it is damaged; it was left as it is.</source>
        <translation>«%1» Kezek кэші емес немесе бүлінген; ол өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <source>The cache has schema version %1, newer than this program knows (%2). Upgrade Kezek; the cache was not changed.</source>
        <translation>Кэш сызбасының нұсқасы %1, бұл бағдарлама білетін нұсқадан (%2) жаңа. Kezek-ті жаңартыңыз; кэш өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The server sent a case that is not whole (&quot;%1&quot;); the page was not kept.</source>
        <translation>Сервер толық емес іс жіберді («%1»); бет сақталмады.</translation>
    </message>
    <message>
        <source>The cache&apos;s key in %1 is damaged.</source>
        <translation>Кэш кілті (%1) бүлінген.</translation>
    </message>
    <message>
        <source>The key of the cache &quot;%1&quot; is neither in this computer&apos;s keychain nor in a key file beside it: without it the cache cannot be opened. Sync again into a new cache.</source>
        <translation>«%1» кэшінің кілті бұл компьютердің кілттер қоймасында да, жанындағы кілт файлында да жоқ: онсыз кэш ашылмайды. Жаңа кэшке қайта синхрондаңыз.</translation>
    </message>
    <message>
        <source>This computer has no system keychain to keep the cache&apos;s key in.</source>
        <translation>Бұл компьютерде кэш кілтін сақтайтын жүйелік кілттер қоймасы жоқ.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>жүйелік кілттер қоймасы</translation>
    </message>
    <message>
        <source>The scan received is not the one asked for (%1): it was not kept.</source>
        <translation>Алынған скан сұралғанмен сәйкес емес (%1): ол сақталмады.</translation>
    </message>
    <message>
        <source>Cannot make the folder for scans &quot;%1&quot;.</source>
        <translation>Скандарға арналған «%1» қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot keep a scan in &quot;%1&quot;: %2.</source>
        <translation>Сканды «%1» ішінде сақтау мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>The cached scan %1 is damaged or was altered; it will be fetched again at the next sync.</source>
        <translation>Сақталған %1 сканы бүлінген немесе өзгертілген; ол келесі синхрондауда қайта жүктеледі.</translation>
    </message>
    <message>
        <source>The server sent a page that is not whole; nothing of it was kept.</source>
        <translation>Сервер толық емес бет жіберді; одан ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The key of the cache &quot;%1&quot; is not beside it, and no system keychain answers now. If the key was kept in the keychain, sign in to the desktop (or start the keyring) and try again; the cache and its outbox are as they were.</source>
        <translation>«%1» кэшінің кілті оның жанында жоқ, ал жүйелік кілттер қоймасы қазір жауап бермейді. Егер кілт қоймада сақталса, жұмыс үстеліне кіріңіз (немесе кілттер қоймасын іске қосыңыз) және қайталап көріңіз; кэш пен оның кезегі бұрынғыдай қалды.</translation>
    </message>
    <message>
        <source>The cached text of case %1 cannot be read, and the case cannot be opened on this workstation. Nothing was changed. Tell your IT department: the cache is damaged or was written by a newer Kezek.</source>
        <translation>%1 ісінің кэштегі мәтіні оқылмайды, бұл жұмыс орнында істі ашу мүмкін емес. Ештеңе өзгертілген жоқ. IT бөліміне хабарлаңыз: кэш зақымдалған немесе оны Kezek-тің жаңарақ нұсқасы жазған.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Дерекқор бос емес: %1</translation>
    </message>
    <message>
        <source>The database is unavailable: %1</source>
        <translation>Дерекқор қолжетімсіз: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log&apos;s key &quot;%1&quot;: %2.</source>
        <translation>Аудит журналының «%1» кілтін жазу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>Cannot read the audit log&apos;s key &quot;%1&quot;: %2.</source>
        <translation>Аудит журналының «%1» кілтін оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>The audit log&apos;s key &quot;%1&quot; is not a key (at least 32 hex digits).</source>
        <translation>Аудит журналының «%1» кілті кілт емес (кемінде 32 он алтылық цифр керек).</translation>
    </message>
    <message>
        <source>The audit log is keyed, and its key was not given: nothing was written. Give the key file (--audit-key, or KEZEK_AUDIT_KEY).</source>
        <translation>Аудит журналы кілтпен қорғалған, ал кілт берілмеді: ештеңе жазылған жоқ. Кілт файлын беріңіз (--audit-key немесе KEZEK_AUDIT_KEY).</translation>
    </message>
    <message>
        <source>Entry %1 was written without the key after keyed entries: the log was rewritten from there.</source>
        <translation>%1-жазба кілтпен қорғалған жазбалардан кейін кілтсіз жазылған: журнал осы жерден бастап қайта жазылған.</translation>
    </message>
    <message>
        <source>The audit log is keyed: give its key file (--audit-key, or KEZEK_AUDIT_KEY) to verify it.</source>
        <translation>Аудит журналы кілтпен қорғалған: тексеру үшін кілт файлын беріңіз (--audit-key немесе KEZEK_AUDIT_KEY).</translation>
    </message>
    <message>
        <source>Entry %1, named by the checkpoint of %2, is gone: the log&apos;s tail was cut.</source>
        <translation>%2 бақылау нүктесі атайтын %1-жазба жоқ: журналдың соңы кесілген.</translation>
    </message>
    <message>
        <source>Entry %1 differs from the checkpoint of %2: the log was rewritten up to there and its chain made again.</source>
        <translation>%1-жазба %2 бақылау нүктесіндегіден өзгеше: журнал сол жерге дейін қайта жазылып, тізбегі қайта құрылған.</translation>
    </message>
    <message>
        <source>Entry %1 was written without the key, though the key file says every entry from %2 on is keyed: the log was rewritten.</source>
        <translation>%1-жазба кілтсіз жазылған, ал кілт файлы бойынша %2-жазбадан бастап барлығы кілтпен жазылуы тиіс: журнал қайта жазылған.</translation>
    </message>
    <message>
        <source>Another give has the request id &quot;%1&quot;: nothing was given. Give the case again.</source>
        <translation>«%1» сұрау идентификаторы басқа беруге тиесілі: ештеңе берілмеді. Істі қайтадан беріңіз.</translation>
    </message>
</context>
<context>
    <name>Kezek::Sync</name>
    <message>
        <source>The server answered %1.</source>
        <translation>Сервер %1 деп жауап берді.</translation>
    </message>
    <message>
        <source>The server at %1 does not present the key this workstation was set up to trust. Nothing was sent. Tell your IT department: the server&apos;s certificate changed, or someone is in between.</source>
        <translation>%1 сервері бұл жұмыс орны сенетін кілтті көрсетпейді. Ештеңе жіберілген жоқ. АТ бөліміне хабарлаңыз: сервер сертификаты өзгерген немесе арада біреу бар.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Серверге қосылу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON; nothing of it was kept.</source>
        <translation>Сервердің жауабы JSON емес; одан ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Синхрондау тоқтатылды.</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 commands; the rest stay in the outbox.</source>
        <translation type="vanished">Сервер %2 команданың %1-іне жауап берді; қалғандары кезекте қалады.</translation>
    </message>
    <message>
        <source>The server sent a page that does not continue from %1; nothing of it was kept.</source>
        <translation>Сервер %1-ден жалғаспайтын бет жіберді; одан ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the %1 commands sent; they stay in the outbox and go again with the next sync.</source>
        <translation>Сервердің жауабы жіберілген %1 командаға сәйкес келмейді; олар кезекте қалады және келесі синхрондауда қайта жіберіледі.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the %1 claims sent; they go again with the next sync.</source>
        <translation>Сервердің жауабы жіберілген %1 бекітуге сәйкес келмейді; олар келесі синхрондауда қайта жіберіледі.</translation>
    </message>
    <message>
        <source>The connection to the server broke off: %1</source>
        <translation>Сервермен байланыс үзілді: %1</translation>
    </message>
    <message>
        <source>The server did not say who this user is; sign in online once.</source>
        <translation>Сервер бұл пайдаланушының кім екенін хабарламады; желіге қосылып, жүйеге бір рет кіріңіз.</translation>
    </message>
    <message>
        <source>A decision is signed with your key: choose your key file and enter its password.</source>
        <translation>Шешімге сіздің кілтіңізбен қол қойылады: кілт файлын таңдап, оның құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>The case is no longer on this workstation.</source>
        <translation>Бұл іс енді осы жұмыс орнында жоқ.</translation>
    </message>
    <message>
        <source>No certificate in &quot;%1&quot;.</source>
        <translation>«%1» ішінде сертификат жоқ.</translation>
    </message>
    <message>
        <source>The scan %1 made at this desk is no longer in the cache; make it again. The commands wait in the outbox.</source>
        <translation type="vanished">Осы үстелде жасалған %1 скан кэште енді жоқ; оны қайта жасаңыз. Командалар жіберу кезегінде күтіп тұр.</translation>
    </message>
    <message>
        <source>The scan is no longer in the cache.</source>
        <translation>Скан енді кэште жоқ.</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again. Enter your password to sync; your commands wait in the outbox until then.</source>
        <translation>Сервер %1 пайдаланушысынан қайта кіруді сұрайды. Синхрондау үшін құпиясөзіңізді енгізіңіз; командаларыңыз оған дейін жіберу кезегінде күтеді.</translation>
    </message>
    <message>
        <source>The server sent a page that is not whole JSON; nothing of it was kept.</source>
        <translation>Сервер толық JSON емес бетті жіберді; одан ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>This version of Kezek is older than the server at %1 accepts (it needs protocol %2 or later; this is %3). Ask your IT department to update Kezek. Your commands wait in the outbox until then; nothing is lost.</source>
        <translation>Kezek-тің бұл нұсқасы %1 серверіне тым ескі (оған %2-хаттама немесе одан жаңасы керек; мұнда %3). IT бөліміңізден Kezek-ті жаңартуды сұраңыз. Оған дейін командаларыңыз жіберу кезегінде күтеді; ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <source>The server has the new password, but this workstation could not keep it for its cache (%1): offline, the cache still opens with the old password.</source>
        <translation>Серверде жаңа құпиясөз сақталды, бірақ бұл жұмыс орны оны кэші үшін сақтай алмады (%1): желісіз режимде кэш әлі ескі құпиясөзбен ашылады.</translation>
    </message>
    <message>
        <source>The server sent no certificate of the signing authority.</source>
        <translation>Сервер куәландырушы орталықтың сертификатын жібермеді.</translation>
    </message>
    <message>
        <source>This step is not a signed decision.</source>
        <translation>Бұл қадам қол қойылған шешім емес.</translation>
    </message>
    <message>
        <source>The server keeps no signed copy of this decision.</source>
        <translation>Серверде бұл шешімнің қол қойылған данасы жоқ.</translation>
    </message>
    <message>
        <source>The signed bytes are not a command Kezek can read.</source>
        <translation>Қол қойылған деректер Kezek оқи алатын команда емес.</translation>
    </message>
    <message>
        <source>The signature is intact, but what it signs is not the decision this case shows: its case, kind, reasons or text differ.</source>
        <translation>Қолтаңба бүтін, бірақ ол қойылған шешім осы істе көрсетілген шешім емес: оның ісі, түрі, себептері немесе мәтіні өзгеше.</translation>
    </message>
    <message>
        <source>You stopped the batch.</source>
        <translation>Топтап қол қоюды өзіңіз тоқтаттыңыз.</translation>
    </message>
    <message>
        <source>The key was put away after the last batch: enter its password or PIN again.</source>
        <translation>Соңғы топтан кейін кілт жабылды: оның құпиясөзін немесе PIN-кодын қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>The authentication key file &quot;%1&quot; cannot be read.</source>
        <translation>«%1» аутентификация кілті файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>This file holds a key that is not for signing in (a signing key): choose your authentication key.</source>
        <translation>Бұл файлдағы кілт жүйеге кіруге арналмаған (бұл қол қою кілті): аутентификация кілтіңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>The tokens inserted hold the authentication keys of more than one person: leave only yours inserted.</source>
        <translation>Салынған токендерде бірнеше адамның аутентификация кілттері бар: тек өзіңіздің токеніңізді қалдырыңыз.</translation>
    </message>
    <message>
        <source>No token inserted holds an authentication certificate. Insert the token with your authentication key.</source>
        <translation>Салынған токендердің ешқайсысында аутентификация сертификаты жоқ. Аутентификация кілтіңіз бар токенді салыңыз.</translation>
    </message>
    <message>
        <source>The authentication key was put away after the sign-in: give it again.</source>
        <translation>Аутентификация кілті кіруден кейін жабылды: оны қайта көрсетіңіз.</translation>
    </message>
    <message>
        <source>The period ends on %1, after today (%2): nothing has happened on it yet. Choose a period up to today.</source>
        <translation>Кезең %1 күні, яғни бүгіннен (%2) кейін аяқталады: ол күні әлі ештеңе болған жоқ. Бүгінгі күннен кешіктірмей аяқталатын кезеңді таңдаңыз.</translation>
    </message>
    <message>
        <source>Not given: the run was stopped before it.</source>
        <translation>Берілмеді: бұл іске жеткенге дейін орындау тоқтатылды.</translation>
    </message>
    <message>
        <source>Not given: %1</source>
        <translation>Берілмеді: %1</translation>
    </message>
    <message>
        <source>Your role reads cases and works none, so it claims none.</source>
        <translation>Сіздің рөліңіз істерді тек оқиды, олармен жұмыс істемейді, сондықтан істі өзіне бекіте алмайды.</translation>
    </message>
    <message>
        <source>%1 works on this case: it cannot be claimed before they give it back or their claim runs out.</source>
        <translation>Бұл іспен %1 жұмыс істейді: ол оны қайтармайынша немесе оның бекітуінің мерзімі өтпейінше, істі өзіңізге бекіте алмайсыз.</translation>
    </message>
    <message>
        <source>Notes are written on the cases your role and city may see.</source>
        <translation>Ескертпелер тек сіздің рөліңіз бен қалаңыз көре алатын істерге жазылады.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the %1 export records sent; they go again with the next sync.</source>
        <translation>Сервердің жауабы жіберілген %1 экспорт жазбасына сәйкес келмейді; олар келесі синхрондауда қайта жіберіледі.</translation>
    </message>
    <message>
        <source>The sync stopped on an internal error; nothing sent is lost and it is tried again at the next sync. If it happens again, send the log to your IT department (Help menu).</source>
        <translation>Синхрондау ішкі қатемен тоқтады; жіберілген ештеңе жоғалмайды, келесі синхрондауда қайта әрекет жасалады. Қайталанса, журналды IT бөліміңізге жіберіңіз (Анықтама мәзірі).</translation>
    </message>
</context>
<context>
    <name>Kezek::Ui</name>
    <message>
        <source>%1: case %2</source>
        <translation>%1: %2 ісі</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, case %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, %4 ісі (%5)</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Себептер:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Documents at fault:</source>
        <translation>&amp;Кемшілігі бар құжаттар:</translation>
    </message>
    <message>
        <source>What the applicant should know, in plain words</source>
        <translation>Өтініш беруші білуге тиіс мәлімет, қарапайым сөзбен</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Түсіндірме:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Қол қою кілтіңіз</translation>
    </message>
    <message>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>PKCS#12 кілттері (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Қол қою к&amp;ілті:</translation>
    </message>
    <message>
        <source>Key pass&amp;word:</source>
        <translation>Кілттің құ&amp;пиясөзі:</translation>
    </message>
    <message>
        <source>&amp;Sign and queue</source>
        <translation>&amp;Қол қойып, кезекке қою</translation>
    </message>
    <message>
        <source>&amp;Queue for the server</source>
        <translation>&amp;Жіберу кезегіне қою</translation>
    </message>
    <message>
        <source>The law allows this.</source>
        <translation>Заң бұған жол береді.</translation>
    </message>
    <message>
        <source>Choose your signing key file (PKCS#12).</source>
        <translation>Қол қою кілтінің файлын таңдаңыз (PKCS#12).</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: аяқталу күні %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>Автоматты тексерулер</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Рас&amp;тау</translation>
    </message>
    <message>
        <source>Mark the document verified (Ctrl+Shift+V)</source>
        <translation>Құжатты тексерілді деп белгілеу (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Қа&amp;былдамау…</translation>
    </message>
    <message>
        <source>View &amp;scan</source>
        <translation>&amp;Сканды көру</translation>
    </message>
    <message>
        <source>Reject the document</source>
        <translation>Құжатты қабылдамау</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Құжат неге қабылданбайды?</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Саты</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Мерзім түрі</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Аяқталады</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бұрынғы кезең</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Жаңа кезең</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Негізгі мәлімет</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>Т&amp;ексерулер</translation>
    </message>
    <message>
        <source>C&amp;locks</source>
        <translation>&amp;Мерзімдер</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Та&amp;рих</translation>
    </message>
    <message>
        <source>Choose a case in the queue.</source>
        <translation>Кезектен істі таңдаңыз.</translation>
    </message>
    <message>
        <source>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3 &amp;nbsp; &lt;i&gt;%4&lt;/i&gt;</source>
        <translation type="vanished">&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3 &amp;nbsp; &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) of yours wait for the next sync; the case is shown as they leave it.</source>
        <translation type="vanished">
            <numerusform>Сіздің %n командаңыз келесі синхрондауды күтуде; іс енгізілген өзгерістерді ескере отырып көрсетілген.</numerusform>
            <numerusform>Сіздің %n командаңыз келесі синхрондауды күтуде; іс енгізілген өзгерістерді ескере отырып көрсетілген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) met a newer version on the server: see the outbox.</source>
        <translation>
            <numerusform>%n команда серверде істің жаңарақ нұсқасына тап болды: жіберу кезегін қараңыз.</numerusform>
            <numerusform>%n команда серверде істің жаңарақ нұсқасына тап болды: жіберу кезегін қараңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) were refused by the server: see the outbox.</source>
        <translation>
            <numerusform>Сервер %n команданы қабылдамады: жіберу кезегін қараңыз.</numerusform>
            <numerusform>Сервер %n команданы қабылдамады: жіберу кезегін қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worked by %1</source>
        <translation>%1 жұмыс істеп жатыр</translation>
    </message>
    <message>
        <source>Give back (Ctrl+M)</source>
        <translation>Бекітуді алып тастау (Ctrl+M)</translation>
    </message>
    <message>
        <source>Claim (Ctrl+M)</source>
        <translation>Өзіме бекіту (Ctrl+M)</translation>
    </message>
    <message>
        <source>A claimed case is yours for eight hours: nobody else acts on it, and its scans are kept here to read offline.</source>
        <translation>Бекітілген іс сегіз сағат бойы сізде болады: онымен басқа ешкім жұмыс істемейді, ал оның скандары желіге қосылмай қарау үшін осы жерде сақталады.</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Азаматтығы:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>%1 (valid; born %2, %3)</source>
        <translation>%1 (жарамды; туған күні %2, жынысы %3)</translation>
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
        <translation>%1, %2 дейін жарамды</translation>
    </message>
    <message>
        <source>MRZ:</source>
        <translation>MRZ:</translation>
    </message>
    <message>
        <source>MRZ reads:</source>
        <translation>MRZ деректері:</translation>
    </message>
    <message>
        <source>%1 %2, passport %3 of %4, born %5, valid until %6</source>
        <translation>%1 %2, паспорт %3 (%4), туған күні %5, %6 дейін жарамды</translation>
    </message>
    <message>
        <source>Notices in:</source>
        <translation>Хабарламалар тілі:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Қала:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Түскен күні:</translation>
    </message>
    <message>
        <source>КҚП АЖ number:</source>
        <translation type="vanished">КҚП АЖ нөмірі:</translation>
    </message>
    <message>
        <source>Preliminary permit:</source>
        <translation>Алдын ала ТТР:</translation>
    </message>
    <message>
        <source>At the CSC on:</source>
        <translation>ХҚКО-ға келген күні:</translation>
    </message>
    <message>
        <source>Courier tracking:</source>
        <translation>Курьерлік жөнелтімнің трек-нөмірі:</translation>
    </message>
    <message>
        <source>Residence permit:</source>
        <translation>Тұру ықтиярхаты:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Нұсқа:</translation>
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
        <translation type="vanished"> (бар болса)</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>мәлімет жоқ</translation>
    </message>
    <message>
        <source>HIT</source>
        <translation>ЕСЕПТЕ БАР</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <source>final</source>
        <translation>түпкілікті</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>алдын ала</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>No scan was filed for this document.</source>
        <translation>Бұл құжаттың сканы жүктелмеген.</translation>
    </message>
    <message>
        <source>The scan is not on this workstation yet. Claim the case (Ctrl+M) and sync: the scans of claimed cases are kept here to read offline.</source>
        <translation>Скан бұл жұмыс орнында әлі жоқ. Істі өзіңізге бекітіп (Ctrl+M), синхрондаңыз: бекітілген істердің скандары желіге қосылмай қарау үшін осы жерде сақталады.</translation>
    </message>
    <message numerus="yes">
        <source>%n wd over</source>
        <translation>
            <numerusform>%n ж.к. өтті</numerusform>
            <numerusform>%n ж.к. өтті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d over</source>
        <translation>
            <numerusform>%n күн өтті</numerusform>
            <numerusform>%n күн өтті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y over</source>
        <translation>
            <numerusform>%n жыл өтті</numerusform>
            <numerusform>%n жыл өтті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wd</source>
        <translation>
            <numerusform>%n ж.к.</numerusform>
            <numerusform>%n ж.к.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n жыл</numerusform>
            <numerusform>%n жыл</numerusform>
        </translation>
    </message>
    <message>
        <source>Kezek is locked</source>
        <translation type="vanished">Kezek бұғатталды</translation>
    </message>
    <message>
        <source>The workstation was locked while nobody used it. Enter the password of %1 to go on.</source>
        <translation>Жұмыс орны пайдаланылмай тұрған кезде бұғатталды. Жалғастыру үшін %1 пайдаланушысының құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Бұғаттан шығару</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
    <message>
        <source>Kezek — %1 (%2)</source>
        <translation>Kezek — %1 (%2)</translation>
    </message>
    <message>
        <source>Search the queue: case number, IIN, passport number or name (Ctrl+F)</source>
        <translation type="vanished">Кезектен іздеу: іс нөмірі, ЖСН, паспорт нөмірі немесе аты-жөні (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queues&lt;/b&gt;</source>
        <translation>&lt;b&gt;Кезектер&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Жіберу кезегі</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● желіде</translation>
    </message>
    <message>
        <source>○ offline</source>
        <translation>○ желіде емес</translation>
    </message>
    <message>
        <source>○ not synced yet</source>
        <translation>○ әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Жұмыс</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>Істі &amp;іздеу</translation>
    </message>
    <message>
        <source>Go to the &amp;case list</source>
        <translation>Істер &amp;тізіміне өту</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Жіберу кезегі</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>Экранды &amp;бұғаттау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Кезектер</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation type="vanished">&amp;Жылдам пернелер</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="vanished">Жылдам пернелер</translation>
    </message>
    <message>
        <source>Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</source>
        <translation type="vanished">Ctrl+1…9: кезектер · Ctrl+F: іздеу · Enter: істі ашу · Alt+1…9: іс бойынша әрекеттер · Ctrl+Shift+V: құжатты тексерілді деп белгілеу · Ctrl+Shift+J: оны қабылдамау · Ctrl+Shift+S: оның сканы · Ctrl+M: істі өзіне бекіту · F5: синхрондау · Ctrl+O: жіберу кезегі · Ctrl+L: бұғаттау</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 need you (Ctrl+O)</source>
        <translation type="vanished">Жіберуді күтуде: %1, назарыңызды қажет етеді: %2 (Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="vanished">Жіберуді күтуде: %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>соңғы синхрондау: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>әлі синхрондалмаған</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in this queue are past a deadline or reach it within one working day.</source>
        <translation type="vanished">
            <numerusform>Бұл кезектегі %n істің мерзімі өтіп кеткен немесе бір жұмыс күні ішінде аяқталады.</numerusform>
            <numerusform>Бұл кезектегі %n істің мерзімі өтіп кеткен немесе бір жұмыс күні ішінде аяқталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>sending %v of %m</source>
        <translation>жіберілуде: %v / %m</translation>
    </message>
    <message>
        <source>receiving %v of %m</source>
        <translation>қабылдануда: %v / %m</translation>
    </message>
    <message>
        <source>%1 of your commands need you: see the outbox.</source>
        <translation type="vanished">Назарыңызды қажет ететін командаларыңыз: %1 — жіберу кезегін қараңыз.</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Синхрондау тоқтатылуда…</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>қайшылық</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>Document checked</source>
        <translation>Құжатты тексеру</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>The server said</source>
        <translation>Сервер жауабы</translation>
    </message>
    <message>
        <source>Make &amp;again on the server&apos;s version</source>
        <translation>Сервер нұсқасы бойынша қа&amp;йта жасау</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Істі ашу</translation>
    </message>
    <message>
        <source>You worked on version %1. The server has version %2 (stage: %3).</source>
        <translation>Сіз %1 нұсқасымен жұмыс істедіңіз. Серверде %2 нұсқасы тұр (кезеңі: %3).</translation>
    </message>
    <message>
        <source>Discard the command</source>
        <translation>Команданы жою</translation>
    </message>
    <message>
        <source>The server did not take this command. Discard it? The case stays as the server has it.</source>
        <translation>Сервер бұл команданы қабылдамады. Оны жою керек пе? Іс серверде қандай болса, сондай күйде қалады.</translation>
    </message>
    <message>
        <source>A signed decision is made again from the case: open it, check what changed, and decide again; then discard this one.</source>
        <translation>Қол қойылған шешім іс арқылы қайта жасалады: істі ашып, не өзгергенін тексеріңіз де, шешімді қайта қабылдаңыз; содан кейін осы команданы жойыңыз.</translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation>Скан: %1</translation>
    </message>
    <message>
        <source>This scan is neither a picture nor a PDF Kezek can show.</source>
        <translation>Бұл скан Kezek көрсете алатын сурет те, PDF те емес.</translation>
    </message>
    <message>
        <source>Kezek: sign in</source>
        <translation type="vanished">Kezek: жүйеге кіру</translation>
    </message>
    <message>
        <source>&lt;b&gt;Digital Nomad Residency&lt;/b&gt;&lt;br&gt;Migration Service workstation</source>
        <translation type="vanished">&lt;b&gt;Digital Nomad Residency&lt;/b&gt;&lt;br&gt;Көші-қон қызметінің автоматтандырылған жұмыс орны</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="vanished">&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="vanished">&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Пайдаланушы атыңыз бен құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>The server&apos;s address starts with https://, for example https://kezek.example.kz.</source>
        <translation>Сервер мекенжайы https:// деп басталады, мысалы: https://kezek.example.kz.</translation>
    </message>
    <message>
        <source>The first sign-in on this workstation needs the server, and it cannot be reached: %1</source>
        <translation>Осы жұмыс орнына алғаш рет кіру үшін сервер қажет, бірақ оған қосылу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Кері қайтарып алу</translation>
    </message>
    <message>
        <source>Take the command back</source>
        <translation>Команданы кері қайтарып алу</translation>
    </message>
    <message numerus="yes">
        <source>Take back %n command(s) not yet sent? Nothing of them reaches the server.</source>
        <translation>
            <numerusform>Әлі жіберілмеген %n команданы кері қайтарып алу керек пе? Олардың ешқайсысы серверге жетпейді.</numerusform>
            <numerusform>Әлі жіберілмеген %n команданы кері қайтарып алу керек пе? Олардың ешқайсысы серверге жетпейді.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notice preview…</source>
        <translation>&amp;Хабарламаны алдын ала қарау…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Enter or a double click: the notice as the applicant reads it, to print as PDF</source>
        <translation>Enter немесе қос шерту: хабарлама өтініш беруші көретіндей, PDF ретінде басып шығару үшін</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>Х&amp;абарламалар</translation>
    </message>
    <message>
        <source>Notice to the applicant: case %1</source>
        <translation>Өтініш берушіге хабарлама: іс %1</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Хабарламаны сақтау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The notice could not be written to &quot;%1&quot;.</source>
        <translation>Хабарламаны «%1» файлына жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Кері қайтарып алу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталғандар</translation>
    </message>
    <message>
        <source>Saved searches: a queue with its search, kept for you (Ctrl+D saves this one)</source>
        <translation>Сақталған іздеулер: кезек пен оның іздеуі, сіз үшін сақталады (Ctrl+D — осы іздеуді сақтау)</translation>
    </message>
    <message>
        <source>Save this &amp;search…</source>
        <translation>Осы &amp;іздеуді сақтау…</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Осы іздеуді сақтау…</translation>
    </message>
    <message>
        <source>Save the search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <source>A name for this queue and search:</source>
        <translation>Осы кезек пен іздеудің атауы:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are past a deadline or reach it within one working day.</source>
        <translation type="vanished">
            <numerusform>%n істің мерзімі өтті немесе бір жұмыс күні ішінде өтеді.</numerusform>
            <numerusform>%n істің мерзімі өтті немесе бір жұмыс күні ішінде өтеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case changed while you wrote the reason; nothing was rejected. Check it and reject again.</source>
        <translation>Себепті жазып отырған кезде іс өзгерді; ештеңе қабылданбады деп белгіленген жоқ. Тексеріп, қайта қабылдамаңыз.</translation>
    </message>
    <message>
        <source>%1 (if applicable)</source>
        <translation>%1 (бар болса)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>Жіберуді күтуде: %n</numerusform>
            <numerusform>Жіберуді күтуде: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n need you (Ctrl+O)</source>
        <translation>
            <numerusform>%1, %n назарыңызды қажет етеді (Ctrl+O)</numerusform>
            <numerusform>%1, %n назарыңызды қажет етеді (Ctrl+O)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of your commands need you: see the outbox.</source>
        <translation>
            <numerusform>Командаларыңыздың %n назарыңызды қажет етеді: жіберу кезегін қараңыз.</numerusform>
            <numerusform>Командаларыңыздың %n назарыңызды қажет етеді: жіберу кезегін қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync started meanwhile: nothing was taken back.</source>
        <translation>Осы уақытта синхрондау басталды: ештеңе кері қайтарылған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) had already been sent and stay done.</source>
        <translation>
            <numerusform>%n команда жіберіліп қойған, ол күшінде қалады.</numerusform>
            <numerusform>%n команда жіберіліп қойған, олар күшінде қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server counts by a new calendar or list of reasons. Kezek counts by it from your next sign-in.</source>
        <translation type="vanished">Сервер жаңа күнтізбе немесе себептер тізімі бойынша есептейді. Kezek келесі кіруіңізден бастап сол бойынша есептейді.</translation>
    </message>
    <message>
        <source>&amp;Give the case to…</source>
        <translation>Істі &amp;беру…</translation>
    </message>
    <message>
        <source>Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · Ctrl+Shift+G: give it to a colleague (supervisors) · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</source>
        <translation type="vanished">Ctrl+1…9: кезектер · Ctrl+F: іздеу · Enter: істі ашу · Alt+1…9: іс бойынша әрекеттер · Ctrl+Shift+V: құжатты тексерілді деп белгілеу · Ctrl+Shift+J: оны қабылдамау · Ctrl+Shift+S: оның сканы · Ctrl+M: істі өзіне бекіту · Ctrl+Shift+G: әріптеске беру (басшылар) · F5: синхрондау · Ctrl+O: жіберу кезегі · Ctrl+L: бұғаттау</translation>
    </message>
    <message>
        <source>Open the case to give first.</source>
        <translation>Алдымен берілетін істі ашыңыз.</translation>
    </message>
    <message>
        <source>Give the case</source>
        <translation>Істі беру</translation>
    </message>
    <message>
        <source>The server is needed to give a case, and it answered: %1</source>
        <translation>Істі беру үшін сервер қажет, ол былай жауап берді: %1</translation>
    </message>
    <message>
        <source>The server knows no officer or CSC operator of your city.</source>
        <translation>Серверде сіздің қалаңыздың көші-қон қызметкері немесе ХҚКО операторы жоқ.</translation>
    </message>
    <message>
        <source>Give %1 to:</source>
        <translation>%1 ісін кімге беру:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="vanished">%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Беру</translation>
    </message>
    <message>
        <source>%1 is now %2&apos;s.</source>
        <translation>%1 енді %2 қызметкерінде.</translation>
    </message>
    <message>
        <source>The server&apos;s calendar could not be taken: %1. Kezek counts by the one it has.</source>
        <translation>Сервердің күнтізбесін алу мүмкін болмады: %1. Kezek бар күнтізбе бойынша есептейді.</translation>
    </message>
    <message>
        <source>An applicant has arrived</source>
        <translation>Өтініш беруші келді</translation>
    </message>
    <message>
        <source>from the notice of preliminary approval</source>
        <translation>алдын ала мақұлдау туралы хабарламадан</translation>
    </message>
    <message>
        <source>Preliminary permit number, IIN or passport number:</source>
        <translation type="vanished">Алдын ала ТТР нөмірі, ЖСН немесе паспорт нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Permit number on the notice:</source>
        <translation>Хабарламадағы &amp;рұқсат нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Record the arrival</source>
        <translation>Келгенін &amp;тіркеу</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>No case of this city has the permit number, IIN or passport number &quot;%1&quot;. Check the number on the notice; a case of another city is not shown here.</source>
        <translation>Бұл қаланың бірде-бір ісінде «%1» рұқсат нөмірі, ЖСН немесе паспорт нөмірі жоқ. Хабарламадағы нөмірді тексеріңіз; басқа қаланың ісі мұнда көрсетілмейді.</translation>
    </message>
    <message>
        <source>The comparison began on %1; the final application is due by %2 (§21). Open the case to go on.</source>
        <translation>Салыстыру %1 басталды; түпкілікті өтінішті %2 дейін тіркеу керек (§21). Жалғастыру үшін істі ашыңыз.</translation>
    </message>
    <message>
        <source>The preliminary approval of %1 is in force until %2. Check the permit number on the notice, then record the arrival: the comparison is due within one working day (§21).</source>
        <translation>%1 берілген алдын ала мақұлдау %2 дейін күшінде. Хабарламадағы рұқсат нөмірін тексеріп, келгенін тіркеңіз: салыстыру бір жұмыс күні ішінде жасалуы тиіс (§21).</translation>
    </message>
    <message>
        <source>At the CSC</source>
        <translation>ХҚКО-да</translation>
    </message>
    <message>
        <source>&amp;Compare with the original…</source>
        <translation>Түпнұсқамен &amp;салыстыру…</translation>
    </message>
    <message>
        <source>The filed copy beside the original, its data typed in, and the verdict (Ctrl+Shift+C)</source>
        <translation>Берілген көшірме түпнұсқаның жанында, оның деректері енгізіледі және қорытынды шығарылады (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пикс.</translation>
    </message>
    <message>
        <source>Compare: %1, case %2</source>
        <translation>Салыстыру: %1, іс %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) &amp;nbsp; %3 %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) &amp;nbsp; %3 %4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Сыйдыру</translation>
    </message>
    <message>
        <source>Turn 90°</source>
        <translation>90° бұру</translation>
    </message>
    <message>
        <source>Scan of the original…</source>
        <translation>Түпнұсқаның сканы…</translation>
    </message>
    <message>
        <source>Filed on eGov</source>
        <translation>eGov арқылы берілген</translation>
    </message>
    <message>
        <source>Original, as scanned at the CSC</source>
        <translation>Түпнұсқа, ХҚКО-да сканерленген</translation>
    </message>
    <message>
        <source>Original, scanned at this desk</source>
        <translation>Түпнұсқа, осы үстелде сканерленген</translation>
    </message>
    <message>
        <source>No copy of this document was filed on eGov: it is brought after arrival (§20).</source>
        <translation>Бұл құжаттың көшірмесі eGov арқылы берілмеген: ол келгеннен кейін әкелінеді (§20).</translation>
    </message>
    <message>
        <source>Scan the original, then choose the file (Ctrl+Shift+O).</source>
        <translation>Түпнұсқаны сканерлеп, файлды таңдаңыз (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>&amp;Matched</source>
        <translation>&amp;Сәйкес</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Mi&amp;smatched…</source>
        <translation>Сәйкес &amp;емес…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>What the original says</source>
        <translation>Түпнұсқада не жазылған</translation>
    </message>
    <message>
        <source>MRZ, line &amp;1:</source>
        <translation>MRZ, &amp;1-жол:</translation>
    </message>
    <message>
        <source>MRZ, line &amp;2:</source>
        <translation>MRZ, &amp;2-жол:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ені:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Биіктігі:</translation>
    </message>
    <message>
        <source>&amp;Notarized</source>
        <translation>&amp;Нотариат куәландырған</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>&amp;Күшіне енген күні:</translation>
    </message>
    <message>
        <source>In force &amp;until:</source>
        <translation>&amp;Дейін күшінде:</translation>
    </message>
    <message>
        <source>&amp;Form number:</source>
        <translation>&amp;Нысан нөмірі:</translation>
    </message>
    <message>
        <source>Issued &amp;abroad</source>
        <translation>&amp;Шетелде берілген</translation>
    </message>
    <message>
        <source>not legalized</source>
        <translation>заңдастырылмаған</translation>
    </message>
    <message>
        <source>consular legalization</source>
        <translation>консулдық заңдастыру</translation>
    </message>
    <message>
        <source>apostille</source>
        <translation>апостиль</translation>
    </message>
    <message>
        <source>exempt by a treaty</source>
        <translation>шарт бойынша босатылған</translation>
    </message>
    <message>
        <source>&amp;Legalization (§28):</source>
        <translation>&amp;Заңдастыру (§28):</translation>
    </message>
    <message>
        <source>&amp;Paid through the eGov payment gateway</source>
        <translation>eGov төлем шлюзі арқылы &amp;төленген</translation>
    </message>
    <message>
        <source>Nothing to type in: compare the original with your own eyes.</source>
        <translation>Енгізетін ештеңе жоқ: түпнұсқаны өз көзіңізбен салыстырыңыз.</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation>✓ бірдей</translation>
    </message>
    <message>
        <source>✗ differs</source>
        <translation>✗ өзгеше</translation>
    </message>
    <message>
        <source>No automatic check applies to this document.</source>
        <translation>Бұл құжатқа автоматты тексеру қолданылмайды.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than 50 MB; scan it at a lower resolution.</source>
        <translation type="vanished">%1 файлы 50 МБ-тан үлкен; оны төменірек ажыратымдылықпен сканерлеңіз.</translation>
    </message>
    <message>
        <source>A scan must be a PNG, JPEG or PDF file; this one is none of them.</source>
        <translation>Скан PNG, JPEG немесе PDF файлы болуы керек; бұл файл олардың ешқайсысы емес.</translation>
    </message>
    <message>
        <source>This scan is damaged: it cannot be shown.</source>
        <translation>Бұл скан бүлінген: оны көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>The scan of the original</source>
        <translation>Түпнұсқаның сканы</translation>
    </message>
    <message>
        <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Скандар (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Mismatched</source>
        <translation>Сәйкес емес</translation>
    </message>
    <message>
        <source>What does not match? The applicant is told this reason.%1</source>
        <translation>Не сәйкес келмейді? Бұл себеп өтініш берушіге хабарланады.%1</translation>
    </message>
    <message>
        <source>

The automatic checks found: %1</source>
        <translation>

Автоматты тексерулер тапқаны: %1</translation>
    </message>
    <message>
        <source>Say what does not match: the applicant is told this reason.</source>
        <translation>Не сәйкес келмейтінін жазыңыз: бұл себеп өтініш берушіге хабарланады.</translation>
    </message>
    <message>
        <source>Send the originals by courier</source>
        <translation>Түпнұсқаларды курьермен жіберу</translation>
    </message>
    <message>
        <source>Originals received from the courier</source>
        <translation>Курьерден түпнұсқалар қабылданды</translation>
    </message>
    <message>
        <source>The registered cases whose originals go in this envelope (§21). The transfer list is printed to go with it.</source>
        <translation>Түпнұсқалары осы конвертке салынатын тіркелген істер (§21). Онымен бірге жіберілетін тапсыру тізімі басып шығарылады.</translation>
    </message>
    <message>
        <source>Type the tracking number on the envelope: its cases are listed. Recording the receipt starts the three working days of the final verification (§22).</source>
        <translation>Конверттегі трек-нөмірді енгізіңіз: оның істері тізімделеді. Қабылдауды тіркеу түпкілікті тексерудің үш жұмыс күнін бастайды (§22).</translation>
    </message>
    <message>
        <source>Courier &amp;tracking number:</source>
        <translation>Курьерлік &amp;трек-нөмір:</translation>
    </message>
    <message>
        <source>&amp;Dispatch and print the transfer list…</source>
        <translation>&amp;Жіберу және тапсыру тізімін басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Record the receipt</source>
        <translation>Қабылдауды &amp;тіркеу</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) chosen.</source>
        <translation>
            <numerusform>%n іс таңдалды.</numerusform>
            <numerusform>%n іс таңдалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %3 · passport %4</source>
        <translation>%1 · %2 %3 · паспорт %4</translation>
    </message>
    <message>
        <source>No registered case is waiting for the courier.</source>
        <translation>Курьерді күтіп тұрған тіркелген іс жоқ.</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>No case of this city is on its way under &quot;%1&quot;. Check the number, or sync (F5) if the batch was sent just now.</source>
        <translation>Бұл қаланың «%1» нөмірімен жолдағы бірде-бір ісі жоқ. Нөмірді тексеріңіз немесе жөнелтім жаңа ғана жіберілсе, синхрондаңыз (F5).</translation>
    </message>
    <message>
        <source>Save the transfer list</source>
        <translation>Тапсыру тізімін сақтау</translation>
    </message>
    <message>
        <source>Choose at least one case for the envelope.</source>
        <translation>Конвертке кемінде бір істі таңдаңыз.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>%1 іс: %2</translation>
    </message>
    <message>
        <source>Transfer list %1</source>
        <translation>%1 тапсыру тізімі</translation>
    </message>
    <message>
        <source>The transfer list could not be written to &quot;%1&quot;; nothing was sent.</source>
        <translation type="vanished">Тапсыру тізімін «%1» ішіне жазу мүмкін болмады; ештеңе жіберілген жоқ.</translation>
    </message>
    <message>
        <source>Type the tracking number and press Enter: the envelope&apos;s cases are listed to receive.</source>
        <translation>Трек-нөмірді енгізіп, Enter басыңыз: конверттің істері қабылдау үшін тізімделеді.</translation>
    </message>
    <message>
        <source>An applicant has &amp;arrived…</source>
        <translation>Өтініш берушінің &amp;келуін тіркеу…</translation>
    </message>
    <message>
        <source>Send originals by &amp;courier…</source>
        <translation type="vanished">Түпнұсқаларды &amp;курьермен жіберу…</translation>
    </message>
    <message>
        <source>O&amp;riginals received from the courier…</source>
        <translation>Курьерден түпнұсқалар &amp;қабылданды…</translation>
    </message>
    <message>
        <source>Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+C: compare it with the original · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · Ctrl+Shift+G: give it to a colleague (supervisors) · Ctrl+Shift+A: an applicant has arrived, Ctrl+Shift+K: send originals by courier (CSC) · Ctrl+Shift+R: originals received (officers) · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</source>
        <translation type="vanished">Ctrl+1…9: кезектер · Ctrl+F: іздеу · Enter: істі ашу · Alt+1…9: істегі әрекеттер · Ctrl+Shift+V: құжатты растау · Ctrl+Shift+J: қабылдамау · Ctrl+Shift+C: түпнұсқамен салыстыру · Ctrl+Shift+S: оның сканы · Ctrl+M: істі өзіне бекіту · Ctrl+Shift+G: істі әріптеске беру (басшылар) · Ctrl+Shift+A: өтініш беруші келді, Ctrl+Shift+K: түпнұсқаларды курьермен жіберу (ХҚКО) · Ctrl+Shift+R: түпнұсқалар қабылданды (қызметкерлер) · F5: синхрондау · Ctrl+O: жіберу кезегі · Ctrl+L: бұғаттау</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) wait in the outbox to go by courier.</source>
        <translation>
            <numerusform>%n іс курьермен жіберілу үшін жіберу кезегінде күтіп тұр.</numerusform>
            <numerusform>%n іс курьермен жіберілу үшін жіберу кезегінде күтіп тұр.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) received: the final verification&apos;s three working days run from today.</source>
        <translation>
            <numerusform>%n іс қабылданды: түпкілікті тексерудің үш жұмыс күні бүгіннен басталады.</numerusform>
            <numerusform>%n іс қабылданды: түпкілікті тексерудің үш жұмыс күні бүгіннен басталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Transfer list of original documents&lt;/h2&gt;&lt;p&gt;Courier tracking number: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Date: %2&lt;br&gt;From: %3 (%4)&lt;br&gt;To: the migration department, %5 (§21-22 of the order)&lt;/p&gt;&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;4&quot; width=&quot;100%&quot;&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;Case&lt;/th&gt;&lt;th&gt;Applicant&lt;/th&gt;&lt;th&gt;Passport&lt;/th&gt;&lt;th&gt;Preliminary permit&lt;/th&gt;&lt;th&gt;Documents&lt;/th&gt;&lt;/tr&gt;%6&lt;/table&gt;&lt;p&gt;Cases in the envelope: %7.&lt;/p&gt;&lt;p&gt;Handed over: ____________________ &amp;nbsp; Received by the courier: ____________________&lt;/p&gt;&lt;p&gt;Received at the migration department (date, signature): ____________________&lt;/p&gt;</source>
        <translation type="vanished">&lt;h2&gt;Құжаттар түпнұсқаларының тапсыру тізімі&lt;/h2&gt;&lt;p&gt;Курьерлік трек-нөмір: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Күні: %2&lt;br&gt;Кімнен: %3 (%4)&lt;br&gt;Кімге: көші-қон бөлімі, %5 (бұйрықтың §21-22)&lt;/p&gt;&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;4&quot; width=&quot;100%&quot;&gt;&lt;tr&gt;&lt;th&gt;№&lt;/th&gt;&lt;th&gt;Іс&lt;/th&gt;&lt;th&gt;Өтініш беруші&lt;/th&gt;&lt;th&gt;Паспорт&lt;/th&gt;&lt;th&gt;Алдын ала ТТР&lt;/th&gt;&lt;th&gt;Құжаттар&lt;/th&gt;&lt;/tr&gt;%6&lt;/table&gt;&lt;p&gt;Конверттегі істер саны: %7.&lt;/p&gt;&lt;p&gt;Тапсырды: ____________________ &amp;nbsp; Курьер қабылдады: ____________________&lt;/p&gt;&lt;p&gt;Көші-қон бөлімі қабылдады (күні, қолы): ____________________&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 × %2 px, page 1 of %3: the other pages in the scan viewer (Ctrl+Shift+S on the case)</source>
        <translation>%1 × %2 пикс., %3 беттің 1-беті: қалған беттері скан қарау терезесінде (істе Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>%1 файлы %2 МБ-тан үлкен; оны төменірек ажыратымдылықпен сканерлеңіз.</translation>
    </message>
    <message>
        <source>%1 (worked by %2)</source>
        <translation>%1 (%2 жұмыс істеп жатыр)</translation>
    </message>
    <message>
        <source>The transfer list could not be written to &quot;%1&quot; (%2); nothing was sent.</source>
        <translation>Тапсыру тізімін «%1» ішіне жазу мүмкін болмады (%2); ештеңе жіберілген жоқ.</translation>
    </message>
    <message>
        <source>Send originals by cou&amp;rier…</source>
        <translation>Түпнұсқаларды &amp;курьермен жіберу…</translation>
    </message>
    <message>
        <source>uploading scans: %v of %m</source>
        <translation>скандар жүктелуде: %m ішінен %v</translation>
    </message>
    <message>
        <source>&amp;Find by the preliminary permit number, IIN or passport number:</source>
        <translation type="vanished">Алдын ала ТТР нөмірі, ЖСН немесе паспорт нөмірі бойынша &amp;іздеу:</translation>
    </message>
    <message>
        <source>Type the permit number printed on the applicant&apos;s notice: the desk takes the applicant on by it (§21).</source>
        <translation>Өтініш берушінің хабарламасында басылған рұқсат нөмірін енгізіңіз: үстел өтініш берушіні сол бойынша қабылдайды (§21).</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) of yours were applied by the server; the next sync brings the case as they left it.</source>
        <translation>
            <numerusform>Сіздің %n командаңызды сервер қолданды; келесі синхрондау істі солардан кейінгі күйінде әкеледі.</numerusform>
            <numerusform>Сіздің %n командаңызды сервер қолданды; келесі синхрондау істі солардан кейінгі күйінде әкеледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues could not be counted: %1</source>
        <translation>Кезектерді санау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>outbox unreadable: %1</source>
        <translation>жіберу кезегі оқылмады: %1</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Серверге кіру</translation>
    </message>
    <message>
        <source>The server has ended the session of %1. Enter your password to sync; your commands wait in the outbox until then.</source>
        <translation>Сервер %1 сеансын аяқтады. Синхрондау үшін құпиясөзіңізді енгізіңіз; командаларыңыз оған дейін жіберу кезегінде күтеді.</translation>
    </message>
    <message>
        <source>The server asks for your password again: Work ▸ Sync now (F5) to give it.</source>
        <translation>Сервер құпиясөзіңізді қайта сұрайды: оны енгізу үшін Жұмыс ▸ Синхрондау (F5).</translation>
    </message>
    <message>
        <source>The server&apos;s new calendar could not be read: %1. Kezek counts by the one it has.</source>
        <translation>Сервердің жаңа күнтізбесін оқу мүмкін болмады: %1. Kezek қолындағы күнтізбе бойынша санайды.</translation>
    </message>
    <message>
        <source>The server counts by a new calendar or list of reasons. Kezek counts by it from now on.</source>
        <translation>Сервер жаңа күнтізбе немесе себептер тізімі бойынша санайды. Kezek бұдан былай соны бойынша санайды.</translation>
    </message>
    <message>
        <source>The outbox could not be read whole; nothing in it was changed: %1</source>
        <translation>Жіберу кезегі толық оқылмады; ондағы ештеңе өзгертілген жоқ: %1</translation>
    </message>
    <message>
        <source>Opening your cache. After an update of Kezek this can take a minute; nothing in it is lost if the computer stops meanwhile.</source>
        <translation>Кэшіңіз ашылуда. Kezek жаңартылғаннан кейін бұл бір минутқа дейін созылуы мүмкін; осы кезде компьютер тоқтап қалса да, ондағы ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <source>Kezek needs an update</source>
        <translation>Kezek-ті жаңарту керек</translation>
    </message>
    <message>
        <source>Arrived in Kazakhstan:</source>
        <translation>Қазақстанға келген күні:</translation>
    </message>
    <message>
        <source>Fingerprinted:</source>
        <translation>Дактилоскопиялық тіркеу:</translation>
    </message>
    <message>
        <source>Filed on eGov:</source>
        <translation>ЭҮП-те берілген:</translation>
    </message>
    <message>
        <source>Why the decision was made in error: the applicant and the audit read it</source>
        <translation>Шешім неліктен қате қабылданды: мұны өтініш беруші де, аудит те оқиды</translation>
    </message>
    <message>
        <source>&amp;Reasoning (required):</source>
        <translation>&amp;Негіздеме (міндетті):</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Құқықтық негіз:</translation>
    </message>
    <message>
        <source>none in force on the day it was received</source>
        <translation>түскен күні бірде-бірі күшінде болмаған</translation>
    </message>
    <message>
        <source>%1 (%2) was in force until %3</source>
        <translation>%1 (%2) %3 дейін күшінде болды</translation>
    </message>
    <message>
        <source>No legal basis of the pilot is in force today. %1; no instrument that extends it is known to this site. Applications received now are marked so; ask the ministry before deciding on them.</source>
        <translation>Бүгін пилоттық жобаның бірде-бір құқықтық негізі күшінде емес. %1; оны ұзартатын акт осы жүйеге белгісіз. Қазір түскен өтініштер осылай белгіленеді; олар бойынша шешім қабылдамас бұрын министрліктен сұраңыз.</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <source>three letters, as in the passport (DEU)</source>
        <translation>паспорттағыдай үш әріп (DEU)</translation>
    </message>
    <message>
        <source>The state whose competent body issued the document: by default the applicant&apos;s own (§10(4)).</source>
        <translation>Құжатты құзыретті органы берген мемлекет: әдепкі бойынша өтініш берушінің өз мемлекеті (§10(4)).</translation>
    </message>
    <message>
        <source>Issuing &amp;state:</source>
        <translation>Берген &amp;мемлекет:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>• and %1 more</source>
        <translation>• және тағы %1</translation>
    </message>
    <message>
        <source>Work not yet sent</source>
        <translation>Әлі жіберілмеген жұмыс</translation>
    </message>
    <message>
        <source>%1 step(s), %2 of them signed decisions, have not reached the server:
%3

They stay in this workstation&apos;s encrypted outbox and go at the next sync.</source>
        <translation type="vanished">Серверге %1 қадам жетпеді, олардың %2 — қол қойылған шешімдер:
%3

Олар осы жұмыс орнының шифрланған жіберу кезегінде қалады және келесі синхрондауда жіберіледі.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Бәрібір &amp;шығу</translation>
    </message>
    <message>
        <source>NSC (through Berkut)</source>
        <translation>ҰҚК (Бүркіт арқылы)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>мақұлданды</translation>
    </message>
    <message>
        <source>NOT APPROVED</source>
        <translation>МАҚҰЛДАНБАДЫ</translation>
    </message>
    <message>
        <source>%1 (corrected by %2: %3)</source>
        <translation>%1 (%2 түзетті: %3)</translation>
    </message>
    <message>
        <source>(open the overdue queue)</source>
        <translation type="vanished">(мерзімі өткендер кезегін ашу)</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>Бұл нысанды алып тастау керек пе?</translation>
    </message>
    <message>
        <source>The reasons, documents and explanation you entered for &quot;%1&quot; will be lost.</source>
        <translation>&quot;%1&quot; үшін енгізген себептер, құжаттар және түсініктеме жоғалады.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PROVISIONAL&lt;/b&gt;: printed at this desk when the dispatch was queued, before the central system accepted it. The cases&apos; stage there (&quot;Originals in courier&quot;) confirms it.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;&lt;b&gt;АЛДЫН АЛА&lt;/b&gt;: жөнелту кезекке қойылған кезде, орталық жүйе оны қабылдағанға дейін осы үстелде басып шығарылды. Ондағы істердің кезеңі («Түпнұсқалар курьерде») оны растайды.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search your cases: case number, IIN, passport number or name (Ctrl+F); each queue counts what it holds</source>
        <translation>Істеріңізден іздеу: іс нөмірі, ЖСН, паспорт нөмірі немесе аты-жөні (Ctrl+F); әр кезек өзіндегісін санайды</translation>
    </message>
    <message>
        <source>%1 (%2 found)</source>
        <translation>%1 (%2 табылды)</translation>
    </message>
    <message>
        <source>The scan is not on this workstation, and the server does not answer. Claim the case (Ctrl+M) and sync: the scans of claimed cases are kept here to read offline.</source>
        <translation>Скан осы жұмыс орнында жоқ, ал сервер жауап бермейді. Істі өзіңізге бекітіп (Ctrl+M), синхрондаңыз: бекітілген істердің скандары желісіз оқу үшін осында сақталады.</translation>
    </message>
    <message>
        <source>The scan is not on this workstation, and the server does not answer: it can be read when the workstation is online.</source>
        <translation>Скан осы жұмыс орнында жоқ, ал сервер жауап бермейді: оны жұмыс орны желіге қосылғанда оқуға болады.</translation>
    </message>
    <message>
        <source>The scan could not be read from the server: %1</source>
        <translation>Сканды серверден оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (сіз)</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>A record check found a hit: %1</source>
        <translation>Тексеру есепте тұрғанын анықтады: %1</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Кімде</translation>
    </message>
    <message>
        <source>The outbox: your commands until the server has them (Ctrl+O)</source>
        <translation>Жіберу кезегі: сервер қабылдағанға дейінгі әрекеттеріңіз (Ctrl+O)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Құпиясөзді ауыстыру…</translation>
    </message>
    <message>
        <source>Your password is changed, here and on the server.</source>
        <translation>Құпиясөзіңіз осы жерде де, серверде де ауыстырылды.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own now: until then the server gives and takes nothing.</source>
        <translation>Сіз бір реттік құпиясөзбен кірдіңіз. Қазір өз құпиясөзіңізді таңдаңыз: оған дейін сервер ештеңе бермейді де, қабылдамайды да.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді ауыстыру</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Қайталаңыз:</translation>
    </message>
    <message>
        <source>At least %1 characters, not your user name. Your other sessions end; this workstation&apos;s cache opens with the new password from now on, offline too.</source>
        <translation>Кемінде %1 таңба, пайдаланушы атыңыз емес. Басқа сеанстарыңыз аяқталады; бұдан былай осы жұмыс орнының кэші желісіз режимде де жаңа құпиясөзбен ашылады.</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ау&amp;ыстыру</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Жаңа құпиясөзде кемінде %1 таңба болуы керек.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Екі жаңа құпиясөз бір-біріне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Жаңа құпиясөз ағымдағысынан өзгеше болуы керек.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <source>Verify si&amp;gnature</source>
        <translation>&amp;ЭЦҚ-ны тексеру</translation>
    </message>
    <message>
        <source>Check the decision&apos;s digital signature (EDS) against the signing authority&apos;s certificate, and that it signs this very decision</source>
        <translation>Шешімнің ЭЦҚ-сын куәландырушы орталықтың сертификаты бойынша және оның дәл осы шешімге қойылғанын тексеру</translation>
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
        <translation>Қол қойылған шешім: оның себептері мен ЭЦҚ-сы төменде көрсетілген.</translation>
    </message>
    <message>
        <source>Choose a step to see its reasons and, for a decision, its signature.</source>
        <translation>Себептерін, ал шешім болса, ЭЦҚ-сын көру үшін қадамды таңдаңыз.</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Қадам:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Уақыты:</translation>
    </message>
    <message>
        <source>%1 (Kazakhstan time)</source>
        <translation>%1 (Қазақстан уақыты)</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Себептері:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Түсініктеме:</translation>
    </message>
    <message>
        <source>Documents at fault:</source>
        <translation>Кемшілігі бар құжаттар:</translation>
    </message>
    <message>
        <source>✗ Not verified: %1</source>
        <translation>✗ Расталмады: %1</translation>
    </message>
    <message>
        <source>the signed decisions are kept on the server, and this window has no connection to it.</source>
        <translation>қол қойылған шешімдер серверде сақталады, ал бұл терезенің онымен байланысы жоқ.</translation>
    </message>
    <message>
        <source>the server&apos;s signed copy could not be read: %1</source>
        <translation>сервердегі қол қойылған данасы оқылмады: %1</translation>
    </message>
    <message>
        <source>✓ Verified: the signature is intact, its certificate was issued by the signing authority, and it signs this decision (its case, kind, reasons and text). Signed by %1 on %2.</source>
        <translation>✓ Расталды: қолтаңба бүтін, оның сертификатын куәландырушы орталық берген және ол дәл осы шешімге (оның ісіне, түріне, себептеріне және мәтініне) қойылған. Қол қойған: %1, %2.</translation>
    </message>
    <message>
        <source>an unstated date</source>
        <translation>күні көрсетілмеген</translation>
    </message>
    <message>
        <source>Case number in the migration police system:</source>
        <translation>Көші-қон полициясының ақпараттық жүйесіндегі (КҚП АЖ) іс нөмірі:</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) have not reached the server.</source>
        <translation>
            <numerusform>%n қадам серверге жетпеді.</numerusform>
            <numerusform>%n қадам серверге жетпеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are signed decisions.</source>
        <translation>
            <numerusform>Олардың %n — қол қойылған шешім.</numerusform>
            <numerusform>Олардың %n — қол қойылған шешім.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2

Unsent work stays in this workstation&apos;s encrypted outbox and goes at the next sync.</source>
        <translation>%1
%2

Жіберілмеген жұмыс осы жұмыс орнының шифрланған жіберу кезегінде қалады және келесі синхрондауда жіберіледі.</translation>
    </message>
    <message>
        <source>Signed (EDS) by:</source>
        <translation>ЭЦҚ қойған:</translation>
    </message>
    <message>
        <source>comes by itself from the migration police information system (КҚП АЖ); type it from its screen only if it has not come</source>
        <translation>көші-қон полициясының ақпараттық жүйесінен (КҚП АЖ) өзі келеді; келмесе ғана оның экранынан теріңіз</translation>
    </message>
    <message>
        <source>the number of the preliminary approval as issued, e.g. PP-2026-000123</source>
        <translation>берілген алдын ала мақұлдаудың нөмірі, мысалы PP-2026-000123</translation>
    </message>
    <message>
        <source>To go on: %1</source>
        <translation>Жалғастыру үшін: %1</translation>
    </message>
    <message>
        <source>Enter the password of your signing key.</source>
        <translation>Қол қою кілтіңіздің құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>&amp;Find by the preliminary permit number, IIN or passport number (the list follows as you type):</source>
        <translation>Алдын ала ТТР нөмірі, ЖСН немесе паспорт нөмірі бойынша &amp;іздеу (тізім теру барысында жаңарады):</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Табылған істер</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past a deadline or close to it (amber or red).</source>
        <translation>
            <numerusform>%n істің мерзімі өтті немесе жақындады (сары не қызыл).</numerusform>
            <numerusform>%n істің мерзімі өтті немесе жақындады (сары не қызыл).</numerusform>
        </translation>
    </message>
    <message>
        <source>(open the list)</source>
        <translation>(тізімді ашу)</translation>
    </message>
    <message>
        <source>Cases of the chosen queue</source>
        <translation>Таңдалған кезектің істері</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of yours on this case wait to be sent.</source>
        <translation>
            <numerusform>Осы іс бойынша сіздің %n қадамыңыз жіберуді күтуде.</numerusform>
            <numerusform>Осы іс бойынша сіздің %n қадамыңыз жіберуді күтуде.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Істің бөлімдері</translation>
    </message>
    <message>
        <source>Claim the case or give it back</source>
        <translation>Істі өзіме бекіту немесе бекітуді алып тастау</translation>
    </message>
    <message>
        <source>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3</source>
        <translation>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Кезең: %1</translation>
    </message>
    <message>
        <source>Matched without a scan of the original: %1</source>
        <translation>Түпнұсқаның сканысыз сәйкес деп танылды: %1</translation>
    </message>
    <message>
        <source>Your role checks no document of this case at this stage.</source>
        <translation>Бұл кезеңде сіздің рөліңіз осы істің құжаттарын тексермейді.</translation>
    </message>
    <message>
        <source>(reason)</source>
        <translation>(себеп)</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Алдымен тізімнен құжатты таңдаңыз.</translation>
    </message>
    <message>
        <source>This document is already verified.</source>
        <translation>Бұл құжат тексеріліп қойған.</translation>
    </message>
    <message>
        <source>This document is already rejected.</source>
        <translation>Бұл құжат қабылданбаған.</translation>
    </message>
    <message>
        <source>Reject the document with a reason the applicant is told (Ctrl+Shift+J)</source>
        <translation>Құжатты өтініш берушіге хабарланатын себеппен қабылдамау (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Verify: %1</source>
        <translation>Тексеру: %1</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message numerus="yes">
        <source>Next: check the documents, %n to go (Documents tab; Ctrl+Shift+V verifies the one selected).</source>
        <translation>
            <numerusform>Келесі қадам: құжаттарды тексеру, %n қалды («Құжаттар» қойындысы; Ctrl+Shift+V таңдалғанын растайды).</numerusform>
            <numerusform>Келесі қадам: құжаттарды тексеру, %n қалды («Құжаттар» қойындысы; Ctrl+Shift+V таңдалғанын растайды).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: compare the originals, %n to go (Documents tab; Ctrl+Shift+C compares the one selected).</source>
        <translation>
            <numerusform>Келесі қадам: түпнұсқаларды салыстыру, %n қалды («Құжаттар» қойындысы; Ctrl+Shift+C таңдалғанын салыстырады).</numerusform>
            <numerusform>Келесі қадам: түпнұсқаларды салыстыру, %n қалды («Құжаттар» қойындысы; Ctrl+Shift+C таңдалғанын салыстырады).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1 (Alt+1).</source>
        <translation>Келесі қадам: %1 (Alt+1).</translation>
    </message>
    <message>
        <source>Nothing for you to do now: %1 runs until %2.</source>
        <translation>Қазір сізден әрекет қажет емес: «%1» мерзімі %2 дейін.</translation>
    </message>
    <message>
        <source>Nothing for you to do on this case now.</source>
        <translation>Бұл іс бойынша қазір сізден әрекет қажет емес.</translation>
    </message>
    <message>
        <source>The MRZ against the application</source>
        <translation>MRZ пен өтініштің салыстыруы</translation>
    </message>
    <message>
        <source>Matched without a scan</source>
        <translation>Түпнұсқаның сканысыз сәйкес</translation>
    </message>
    <message>
        <source>No scan of the original was taken. Why not? The audit keeps your reason in place of the scan (for example: the scanner is broken; I saw the original).</source>
        <translation>Түпнұсқаның сканы жасалмады. Неге? Аудит журналы сканның орнына сіздің себебіңізді сақтайды (мысалы: сканер істен шыққан; түпнұсқаны өзім көрдім).</translation>
    </message>
    <message>
        <source>Dispatch and &amp;save the list as PDF…</source>
        <translation>Жіберу және тізімді PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Басып шығару: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Ештеңе жіберілген жоқ.</translation>
    </message>
    <message>
        <source>You locked the workstation. Enter the password of %1 to go on.</source>
        <translation>Жұмыс орнын өзіңіз бұғаттадыңыз. Жалғастыру үшін %1 пайдаланушысының құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>%1 пайдаланушысының құпиясөзі</translation>
    </message>
    <message>
        <source>Sign &amp;out (another user)…</source>
        <translation>&amp;Шығу (басқа пайдаланушы)…</translation>
    </message>
    <message>
        <source>Ends the session of %1 on this workstation and opens the sign-in for another user; unsent work stays in the encrypted cache of %1 and goes to the server when they sign in again.</source>
        <translation>%1 пайдаланушысының осы жұмыс орнындағы сеансын аяқтап, басқа пайдаланушыға кіру терезесін ашады; жіберілмеген жұмыс %1 пайдаланушысының шифрланған кэшінде сақталып, ол қайта кіргенде серверге жіберіледі.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Кезектер</translation>
    </message>
    <message>
        <source>Search your cases</source>
        <translation>Істеріңізден іздеу</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Жылдам пернелер…</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>«%2» ішінде %1</translation>
    </message>
    <message>
        <source>No case of yours matches “%1”.</source>
        <translation>«%1» сұрауына сіздің бірде-бір ісіңіз сәйкес келмейді.</translation>
    </message>
    <message>
        <source>No match here. Found elsewhere: %1.</source>
        <translation>Бұл жерде сәйкестік жоқ. Басқа жерде табылды: %1.</translation>
    </message>
    <message>
        <source>No deadline is close or past: nothing to chase here.</source>
        <translation>Мерзімі жақындаған не өткен іс жоқ: бұл жерде шұғыл жұмыс жоқ.</translation>
    </message>
    <message>
        <source>Nothing in “%1” now. New work comes with each sync (F5).</source>
        <translation>«%1» қазір бос. Жаңа жұмыс әр синхрондаумен келеді (F5).</translation>
    </message>
    <message>
        <source>Work waits in %1.</source>
        <translation>Жұмыс мына жерде күтуде: %1.</translation>
    </message>
    <message>
        <source>Sent — the server has your work.</source>
        <translation>Жіберілді — жұмысыңыз серверде.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1: %n іс</numerusform>
            <numerusform>%1: %n іс</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — kept here; it goes when the server answers.</source>
        <translation>%1 — осында сақталды; сервер жауап бергенде жіберіледі.</translation>
    </message>
    <message>
        <source>%1 — waits for your password: Sync now (F5).</source>
        <translation>%1 — құпиясөзіңізді күтуде: Синхрондау (F5).</translation>
    </message>
    <message>
        <source>%1 — waits for the next sync (F5).</source>
        <translation>%1 — келесі синхрондауды күтуде (F5).</translation>
    </message>
    <message>
        <source>%1 — sending…</source>
        <translation>%1 — жіберілуде…</translation>
    </message>
    <message>
        <source>The notice as the applicant reads it</source>
        <translation>Өтініш берушіге көрінетін хабарлама</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>Print the letter in the applicant&apos;s language (%1)</source>
        <translation>Хатты өтініш берушінің тілінде басып шығару (%1)</translation>
    </message>
    <message>
        <source>%1: verified</source>
        <translation>«%1» құжаты тексерілді</translation>
    </message>
    <message>
        <source>%1: rejected</source>
        <translation>«%1» құжаты қабылданбады</translation>
    </message>
    <message>
        <source>%1: submitted</source>
        <translation>«%1» құжаты ұсынылды</translation>
    </message>
    <message>
        <source>The paper could not be written to &quot;%1&quot;.</source>
        <translation>Құжат «%1» файлына жазылмады.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; could not print the paper.</source>
        <translation>«%1» принтері құжатты басып шығара алмады.</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Алдыңғы құжат</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>Келесі құжат</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>терезеге сыйдырылған</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Жылдам пернелер</translation>
    </message>
    <message>
        <source>Type a word or a key to find it</source>
        <translation>Табу үшін сөзді немесе пернені теріңіз</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Жылдам пернені іздеу</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>The open case&apos;s actions, in the order shown</source>
        <translation>Ашық істің әрекеттері, көрсетілген ретімен</translation>
    </message>
    <message>
        <source>Alt+1…9</source>
        <translation>Alt+1…9</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Таңдалған істі ашу</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Қазір қайталау</translation>
    </message>
    <message>
        <source>Try the server now (F5)</source>
        <translation>Серверге қазір қосылу (F5)</translation>
    </message>
    <message>
        <source>Offline — your work is kept and will be sent. Retrying in %1 s…</source>
        <translation>Сервермен байланыс жоқ — жұмысыңыз сақталды және жіберіледі. %1 с кейін қайта қосыламыз…</translation>
    </message>
    <message>
        <source>Offline — your work is kept and will be sent. Trying the server again…</source>
        <translation>Сервермен байланыс жоқ — жұмысыңыз сақталды және жіберіледі. Серверге қайта қосылуда…</translation>
    </message>
    <message>
        <source>What was just done; it goes after a few seconds</source>
        <translation>Жаңа ғана жасалған әрекет; бірнеше секундтан соң жоғалады</translation>
    </message>
    <message>
        <source>Transfer list of original documents</source>
        <translation>Құжаттар түпнұсқаларының тапсыру тізімі</translation>
    </message>
    <message>
        <source>Courier tracking number</source>
        <translation>Курьерлік трек-нөмір</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a transfer list: the sending office</comment>
        <translation>Бұрынғы кезең</translation>
    </message>
    <message>
        <source>To</source>
        <comment>a transfer list: the receiving office</comment>
        <translation>Жаңа кезең</translation>
    </message>
    <message>
        <source>Preliminary permit</source>
        <translation>Алдын ала ТТР</translation>
    </message>
    <message>
        <source>Original documents</source>
        <translation>Құжаттардың түпнұсқалары</translation>
    </message>
    <message>
        <source>Cases in the envelope: %1.</source>
        <translation>Конверттегі істер саны: %1.</translation>
    </message>
    <message>
        <source>Handed over by the CSC (signature)</source>
        <translation>ХҚКО тапсырды (қолы)</translation>
    </message>
    <message>
        <source>Received by the courier (signature)</source>
        <translation>Курьер қабылдады (қолы)</translation>
    </message>
    <message>
        <source>Received at the migration department (date, signature)</source>
        <translation>Көші-қон қызметі басқармасы қабылдады (күні, қолы)</translation>
    </message>
    <message>
        <source>PROVISIONAL: printed at this desk when the dispatch was queued, before the central system accepted it. The cases&apos; stage there (&quot;Originals in courier&quot;) confirms it.</source>
        <translation>АЛДЫН АЛА: жөнелту кезекке қойылған кезде, орталық жүйе оны қабылдағанға дейін осы жұмыс орнында басып шығарылды. Ондағы істердің кезеңі («Түпнұсқалар курьерде») оны растайды.</translation>
    </message>
    <message>
        <source>Public Service Center</source>
        <translation>Халыққа қызмет көрсету орталығы</translation>
    </message>
    <message>
        <source>Migration Service Department, %1</source>
        <translation>%1 Көші-қон қызметі басқармасы</translation>
    </message>
    <message>
        <source>Migration Service Department</source>
        <translation>Көші-қон қызметі басқармасы</translation>
    </message>
    <message>
        <source>Who did what on this case</source>
        <translation>Бұл іс бойынша кім не істеді</translation>
    </message>
    <message>
        <source>Cases in the envelope</source>
        <translation>Конверттегі істер</translation>
    </message>
    <message>
        <source>Find the applicant first: type the permit number, case number, IIN, passport or name above.</source>
        <translation>Алдымен өтініш берушіні табыңыз: жоғарыда рұқсат нөмірін, іс нөмірін, ЖСН-ді, паспортты немесе аты-жөнін теріңіз.</translation>
    </message>
    <message>
        <source>The arrival cannot be recorded: %1</source>
        <translation>Келуді тіркеу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1 works on this case until %2: it cannot be claimed before they give it back or their claim runs out.</source>
        <translation>Бұл іспен %2 дейін %1 жұмыс істейді: ол оны қайтармайынша немесе оның бекітуінің мерзімі өтпейінше, істі өзіңізге бекіте алмайсыз.</translation>
    </message>
    <message>
        <source>%1 works on this case: it cannot be claimed before they give it back.</source>
        <translation>Бұл іспен %1 жұмыс істейді: ол оны қайтармайынша, істі өзіңізге бекіте алмайсыз.</translation>
    </message>
    <message>
        <source>%1 This comparison was made before &quot;Matched&quot; needed the original&apos;s scan or a reason. Discard it, then compare the document again.</source>
        <translation>%1 Бұл салыстыру «Сәйкес» белгісі түпнұсқаның сканын немесе себебін талап етпей тұрып жасалған. Оны алып тастаңыз да, құжатты қайта салыстырыңыз.</translation>
    </message>
    <message>
        <source>It carries no timestamp (kept before timestamps were kept).</source>
        <translation>Онда уақыт белгісі жоқ (уақыт белгілері сақтала бастағанға дейін сақталған).</translation>
    </message>
    <message>
        <source>Signed online: timestamp of %1 at %2.</source>
        <translation>Онлайн қол қойылған: уақыт белгісі — %2, берген: %1.</translation>
    </message>
    <message>
        <source>Signed offline: the server stamped it on receipt at %1 (%2).</source>
        <translation>Офлайн қол қойылған: сервер оны қабылдаған кезде уақыт белгісін қойды — %1 (%2).</translation>
    </message>
    <message>
        <source>Ministry petition:</source>
        <translation>Министрліктің өтінішхаты:</translation>
    </message>
    <message>
        <source>%1 (IIN %2)</source>
        <translation>%1 (ЖСН %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;The same decision on each case, each signed on its own: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Әр іс бойынша бірдей шешім, әрқайсысына жеке қол қойылады: %3</translation>
    </message>
    <message>
        <source>Left out, the law refuses them now:
%1</source>
        <translation>Қосылмағандар — заң қазір оларға жол бермейді:
%1</translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation>%1 ісі: %2</translation>
    </message>
    <message>
        <source>Signing and queuing the decisions…</source>
        <translation>Шешімдерге қол қойылып, кезекке қойылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n signed and queued</source>
        <translation>
            <numerusform>%n шешімге қол қойылып, кезекке қойылды</numerusform>
            <numerusform>%n шешімге қол қойылып, кезекке қойылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed and queued.</source>
        <translation>
            <numerusform>%n шешімге қол қойылып, кезекке қойылды.</numerusform>
            <numerusform>%n шешімге қол қойылып, кезекке қойылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not signed: %1</source>
        <translation>
            <numerusform>%n шешімге қол қойылмады: %1</numerusform>
            <numerusform>%n шешімге қол қойылмады: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Token PIN:</source>
        <translation>&amp;Токеннің PIN-коды:</translation>
    </message>
    <message>
        <source>The PIN of the token that holds your authentication key</source>
        <translation>Аутентификация кілтіңіз сақталған токеннің PIN-коды</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Your authentication key</source>
        <translation>Аутентификация кілтіңіз</translation>
    </message>
    <message>
        <source>Authentication &amp;key:</source>
        <translation>&amp;Аутентификация кілті:</translation>
    </message>
    <message>
        <source>Your role reads cases and works none, so it claims none.</source>
        <translation>Сіздің рөліңіз істерді тек оқиды, олармен жұмыс істемейді, сондықтан істі өзіне бекіте алмайды.</translation>
    </message>
    <message>
        <source>&amp;Decide on the selected cases…</source>
        <translation>Таң&amp;далған істер бойынша шешім қабылдау…</translation>
    </message>
    <message>
        <source>Choose two or more cases on which the same decision is open to you (Shift or Ctrl with a click or the arrows).</source>
        <translation>Бірдей шешім қабылдай алатын екі немесе одан көп істі таңдаңыз (Shift немесе Ctrl пернесін басып тұрып, тінтуірмен шертіңіз немесе көрсеткі пернелерін басыңыз).</translation>
    </message>
    <message>
        <source>Decide on the selected cases</source>
        <translation>Таңдалған істер бойынша шешім қабылдау</translation>
    </message>
    <message>
        <source>The decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again, with the password and the authentication key. Your commands wait in the outbox until then.</source>
        <translation>Сервер %1 пайдаланушысынан құпиясөзбен және аутентификация кілтімен қайта кіруді сұрайды. Оған дейін командаларыңыз жіберу кезегінде күтеді.</translation>
    </message>
    <message>
        <source>compare again</source>
        <translation>қайта салыстыру</translation>
    </message>
    <message>
        <source>Compare the document again: attach the original&apos;s scan or give a reason.</source>
        <translation>Құжатты қайта салыстырыңыз: түпнұсқаның сканын тіркеңіз немесе себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter your password and your token&apos;s PIN.</source>
        <translation>Құпиясөзіңізді және токеніңіздің PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter your password, and choose your authentication key and enter its password.</source>
        <translation>Құпиясөзіңізді енгізіңіз, аутентификация кілтіңізді таңдап, оның құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>Кілт &amp;файлы</translation>
    </message>
    <message>
        <source>Key on a &amp;token</source>
        <translation>Т&amp;окендегі кілт</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Қол қою кілті:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>Се&amp;ртификат:</translation>
    </message>
    <message>
        <source>Token &amp;PIN:</source>
        <translation>Токеннің &amp;PIN-коды:</translation>
    </message>
    <message>
        <source>IIN %1 (%2, on %3)</source>
        <translation>ЖСН %1 (%2, %3 токенінде)</translation>
    </message>
    <message>
        <source>No signing certificate on the token</source>
        <translation>Токенде қол қою сертификаты жоқ</translation>
    </message>
    <message>
        <source>Enter your token&apos;s PIN.</source>
        <translation>Токеніңіздің PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Signed in without the authentication key (%1). It will be asked for at the next sync with the server.</source>
        <translation>Аутентификация кілтінсіз кірдіңіз (%1). Ол сервермен келесі синхрондау кезінде сұралады.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <source>Key on a token</source>
        <translation>Токендегі кілт</translation>
    </message>
    <message>
        <source>Authentication key:</source>
        <translation>Аутентификация кілті:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Бақылау тақтасы</translation>
    </message>
    <message>
        <source>Counting the cases in the cache…</source>
        <translation>Кэштегі істер есептелуде…</translation>
    </message>
    <message>
        <source>The period&apos;s first day</source>
        <translation>Кезеңнің бірінші күні</translation>
    </message>
    <message>
        <source>The period&apos;s last day</source>
        <translation>Кезеңнің соңғы күні</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басталу күні:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Аяқталу күні:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flow figures for the period&lt;/b&gt;</source>
        <translation>&lt;b&gt;Кезең ішіндегі істер қозғалысының көрсеткіштері&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cases by stage now</source>
        <translation>Кезеңдер бойынша істер (қазіргі жағдай)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер саны</translation>
    </message>
    <message>
        <source>Chart: cases by stage now</source>
        <translation>Диаграмма: кезеңдер бойынша істер (қазіргі жағдай)</translation>
    </message>
    <message>
        <source>Each number opens its cases in the case list.</source>
        <translation>Санды басқанда оған жататын істер істер тізімінде ашылады.</translation>
    </message>
    <message>
        <source>The law&apos;s clocks now</source>
        <translation>Заңда белгіленген мерзімдер: қазіргі жағдай</translation>
    </message>
    <message>
        <source>Cases held by each officer and CSC operator</source>
        <translation>Әр қызметкерге және ХҚКО операторына бекітілген істер</translation>
    </message>
    <message>
        <source>Officer or operator</source>
        <translation>Қызметкер немесе оператор</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Бекітілген</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Мерзімі осы аптада аяқталады</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Мерзімі бұзылған</translation>
    </message>
    <message>
        <source>Officers and CSC operators now</source>
        <translation>Қызметкерлер мен ХҚКО операторлары: қазіргі жағдай</translation>
    </message>
    <message>
        <source>Chart: received, decided, granted and refused per week</source>
        <translation>Диаграмма: апталар бойынша түскен өтініштер, қабылданған шешімдер, берілген ТТР және бас тартулар</translation>
    </message>
    <message>
        <source>Received, decided, granted and refused per week</source>
        <translation>Апталар бойынша түскен өтініштер, қабылданған шешімдер, берілген ТТР және бас тартулар</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Түскен өтініштер</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>Қабылданған шешімдер</translation>
    </message>
    <message>
        <source>Permits granted</source>
        <translation>Берілген ТТР</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Бас тартулар</translation>
    </message>
    <message>
        <source>Flow per week</source>
        <translation>Апталар бойынша істер қозғалысы</translation>
    </message>
    <message>
        <source>Days per stage against the law&apos;s limit</source>
        <translation>Кезеңдердің ұзақтығы заңда белгіленген мерзіммен салыстырғанда</translation>
    </message>
    <message>
        <source>The law&apos;s limit</source>
        <translation>Заң бойынша мерзім</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Аяқталғаны</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-процентиль</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Мерзімнен асқаны</translation>
    </message>
    <message>
        <source>In the limit&apos;s unit, for the stages finished in the period; ⚠ marks a figure over the law&apos;s limit.</source>
        <translation>Заң бойынша мерзімнің өлшем бірлігімен, таңдалған уақыт аралығында аяқталған кезеңдер бойынша; ⚠ белгісі заңда белгіленген мерзімнен асқан көрсеткішті білдіреді.</translation>
    </message>
    <message>
        <source>Days per stage</source>
        <translation>Кезеңдердің ұзақтығы</translation>
    </message>
    <message>
        <source>Refusals and returns by reason</source>
        <translation>Себептер бойынша бас тартулар мен қайтарулар</translation>
    </message>
    <message>
        <source>Returns for rework</source>
        <translation>Пысықтауға қайтарулар</translation>
    </message>
    <message>
        <source>CSC declines</source>
        <translation>ХҚКО-ның қабылдаудан бас тартулары</translation>
    </message>
    <message>
        <source>The figures below are still those of the period before.</source>
        <translation>Төмендегі көрсеткіштер әлі де алдыңғы кезеңге қатысты.</translation>
    </message>
    <message>
        <source>Every city</source>
        <translation>Барлық қалалар</translation>
    </message>
    <message>
        <source>the built-in law</source>
        <translation>бағдарламаға енгізілген нұсқа</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) in the cache. Now: as on %2. Flow: %3 – %4. Counted by the law of version %5.</source>
        <translation>
            <numerusform>%1: кэштегі істер саны: %n. Қазіргі жағдай: %2 күнгі. Істер қозғалысы: %3 – %4. Есептеуге қолданылған заң нұсқасы: %5.</numerusform>
            <numerusform>%1: кэштегі істер саны: %n. Қазіргі жағдай: %2 күнгі. Істер қозғалысы: %3 – %4. Есептеуге қолданылған заң нұсқасы: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>Істер жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n жұмыс күні</numerusform>
            <numerusform>%n жұмыс күні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n жыл</numerusform>
            <numerusform>%n жыл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күнтізбелік күн</numerusform>
            <numerusform>%n күнтізбелік күн</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 — over the limit</source>
        <translation>⚠ %1 — мерзімнен асты</translation>
    </message>
    <message>
        <source>Over the law&apos;s limit of %1</source>
        <translation>Заңда белгіленген мерзімнен (%1) асты</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>%1-апта</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>%2 жылғы %1-апта</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Мерзімі жақын</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Тоқтатыла тұрған</translation>
    </message>
    <message>
        <source>No case is held now</source>
        <translation>Қазір ешбір іс бекітілмеген</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>Кезең ішінде барлығы</translation>
    </message>
    <message>
        <source>In the period: received %1, decided %2, granted %3, refused %4</source>
        <translation>Кезең ішінде: түскен өтініштер — %1, қабылданған шешімдер — %2, берілген ТТР — %3, бас тартулар — %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No refusal or return in the period</source>
        <translation>Кезең ішінде бас тарту немесе қайтару болған жоқ</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Хабарландырулар</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Хабарландырулар</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n оқылмаған хабарландыру</numerusform>
            <numerusform>%n оқылмаған хабарландыру</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Оқылмаған хабарландыру жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation>
            <numerusform>Хабарландырулар (оқылмағаны: %n)</numerusform>
            <numerusform>Хабарландырулар (оқылмағаны: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n жаңа хабарландыру</numerusform>
            <numerusform>%n жаңа хабарландыру</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>%1 ісі</translation>
    </message>
    <message>
        <source>Work ▸ Notifications (Ctrl+Shift+N) lists them.</source>
        <translation>Олардың тізімі: Жұмыс ▸ Хабарландырулар (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>O&amp;versight</source>
        <translation>&amp;Бақылау</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Бақылау тақтасы</translation>
    </message>
    <message>
        <source>Pilot &amp;report…</source>
        <translation>Пилоттық жоба бойынша &amp;есеп…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n case(s) from the dashboard: %1 — &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</source>
        <translation>
            <numerusform>Бақылау тақтасынан алынған істер көрсетілді (%n): %1 — &lt;a href=&quot;clear&quot;&gt;тазарту&lt;/a&gt;</numerusform>
            <numerusform>Бақылау тақтасынан алынған істер көрсетілді (%n): %1 — &lt;a href=&quot;clear&quot;&gt;тазарту&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n case(s) from the dashboard: %1</source>
        <translation>
            <numerusform>Бақылау тақтасынан алынған істер көрсетілді (%n): %1</numerusform>
            <numerusform>Бақылау тақтасынан алынған істер көрсетілді (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot report is written to &quot;%1&quot;.</source>
        <translation>Пилоттық жоба бойынша есеп «%1» файлына жазылды.</translation>
    </message>
    <message>
        <source>Breached: %1 (%2) ended on %3</source>
        <translation>Мерзімі бұзылған: %1 (%2), мерзімі %3 күні аяқталды</translation>
    </message>
    <message>
        <source>Warning: %1 (%2) ends on %3</source>
        <translation>Мерзімі жақын: %1 (%2), мерзімі %3 күні аяқталады</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Оқылуы</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Туындаған уақыты</translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation>&amp;Оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>&amp;Барлығын оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>The notifications could not be read: %1</source>
        <translation>Хабарландыруларды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>оқылмаған</translation>
    </message>
    <message>
        <source>read</source>
        <translation>оқылған</translation>
    </message>
    <message>
        <source>The notification could not be marked read: %1</source>
        <translation>Хабарландыруды оқылды деп белгілеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Pilot report</source>
        <translation>Пилоттық жоба бойынша есеп</translation>
    </message>
    <message>
        <source>PDF, with charts and tables</source>
        <translation>PDF, диаграммалар мен кестелермен</translation>
    </message>
    <message>
        <source>CSV, for scripts</source>
        <translation>CSV, бағдарламалық өңдеу үшін</translation>
    </message>
    <message>
        <source>XLSX, for Excel</source>
        <translation>XLSX, Excel үшін</translation>
    </message>
    <message>
        <source>The report&apos;s file</source>
        <translation>Есеп файлы</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Таң&amp;дау…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Пішімі:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>The report is written to a file outside the workstation&apos;s encrypted cache: keep it where your office keeps such papers, and send it only to those the joint order names. It holds figures and case numbers, not applicants&apos; names.</source>
        <translation>Есеп жұмыс орнының шифрланған кэшінен тыс файлға жазылады: оны бөлімшеңіз осындай құжаттарды сақтайтын жерде сақтаңыз және тек бірлескен бұйрықта көрсетілген адамдарға ғана жіберіңіз. Есепте көрсеткіштер мен істердің нөмірлері ғана бар, көрсетілетін қызметті алушылардың аты-жөні жоқ.</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Есеп жазылуда</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>Есепті &amp;жазу</translation>
    </message>
    <message>
        <source>pilot-report-%1-%2.%3</source>
        <translation>пилоттық-есеп-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the pilot report</source>
        <translation>Пилоттық жоба бойынша есепті сақтау</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 файлдары (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Есеп жазылатын файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Файл жазылуда…</translation>
    </message>
    <message>
        <source>Possible duplicate:</source>
        <translation>Қайталануы мүмкін:</translation>
    </message>
    <message>
        <source>The same name and date of birth as %1, under another IIN or passport; check whether it is the same person.</source>
        <translation>Аты-жөні мен туған күні %1 деректерімен бірдей, бірақ ЖСН-і немесе паспорты басқа; бұл бір адам емес пе екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Жұмыста болмау</translation>
    </message>
    <message>
        <source>&amp;Mark absent</source>
        <translation>Жұмыста &amp;жоқ деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>Әріп&amp;тес:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>&amp;Аяқталу күні (қоса алғанда):</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Әріптес</translation>
    </message>
    <message>
        <source>Cases held</source>
        <translation>Бекітілген істер</translation>
    </message>
    <message>
        <source>&amp;Hand out their cases…</source>
        <translation>Істерін бөліп бе&amp;ру…</translation>
    </message>
    <message>
        <source>Away now or later:</source>
        <translation>Қазіргі және алдағы жұмыста болмау кезеңдері:</translation>
    </message>
    <message>
        <source>%1 is marked absent from %2 to %3.</source>
        <translation>%1: %2 – %3 кезеңінде жұмыста болмауы белгіленді.</translation>
    </message>
    <message>
        <source>Audit extract</source>
        <translation>Аудит журналынан үзінді көшірме</translation>
    </message>
    <message>
        <source>Of &amp;one case:</source>
        <translation>&amp;Бір іс бойынша:</translation>
    </message>
    <message>
        <source>The case&apos;s number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Of a &amp;period:</source>
        <translation>&amp;Кезең бойынша:</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, басып шығару үшін</translation>
    </message>
    <message>
        <source>The extract&apos;s file</source>
        <translation>Үзінді көшірме файлы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>The server reads its audit log (online only) and enters this reading in it. The file is written outside the workstation&apos;s encrypted cache: give it only to the inspector who asked for it.</source>
        <translation>Сервер өз аудит журналын оқиды (тек желіге қосылғанда) және бұл оқуды журналға тіркейді. Файл жұмыс орнының шифрланған кэшінен тыс жазылады: оны тек сұраған тексерушіге ғана беріңіз.</translation>
    </message>
    <message>
        <source>&amp;Write the extract</source>
        <translation>Үзінді көшірмені &amp;жазу</translation>
    </message>
    <message>
        <source>audit-extract.%1</source>
        <translation>аудит-үзіндісі.%1</translation>
    </message>
    <message>
        <source>Save the audit extract</source>
        <translation>Аудит журналынан үзінді көшірмені сақтау</translation>
    </message>
    <message>
        <source>Type the number of the case whose audit entries to extract.</source>
        <translation>Аудит жазбалары алынатын істің нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the file to write the extract to.</source>
        <translation>Үзінді көшірме жазылатын файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Тұру ықтиярхаты</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Documents filed on eGov (§10-12)</source>
        <translation>eGov арқылы берілген құжаттар (§10-12)</translation>
    </message>
    <message>
        <source>Originals compared at the CSC (§20-21)</source>
        <translation>ХҚКО-да салыстырылған түпнұсқалар (§20-21)</translation>
    </message>
    <message>
        <source>Originals verified by the officer (§22)</source>
        <translation>Қызметкер тексерген түпнұсқалар (§22)</translation>
    </message>
    <message>
        <source>Registration (§26)</source>
        <translation>Тіркеу (§26)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>No document has a verdict yet.</source>
        <translation>Әзірге ешбір құжат бойынша қорытынды жоқ.</translation>
    </message>
    <message>
        <source>No decision has been signed on this case.</source>
        <translation>Бұл іс бойынша ешбір шешімге қол қойылмаған.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Қол қойылған уақыты</translation>
    </message>
    <message>
        <source>Signed (EDS) by</source>
        <translation>ЭЦҚ қойған</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Себептер</translation>
    </message>
    <message>
        <source>Case dossier %1</source>
        <translation>%1 ісінің досьесі</translation>
    </message>
    <message>
        <source>Printed by %1. For the staff of the migration service: it holds an applicant&apos;s personal data.</source>
        <translation>Басып шығарған: %1. Көші-қон қызметінің қызметкерлеріне арналған: құжатта көрсетілетін қызметті алушының дербес деректері бар.</translation>
    </message>
    <message>
        <source>Documents and their verdicts</source>
        <translation>Құжаттар және олар бойынша қорытындылар</translation>
    </message>
    <message>
        <source>Signed decisions</source>
        <translation>Қол қойылған шешімдер</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>%1, %2 · %3 · not yet sent</source>
        <translation>%1, %2 · %3 · әлі жіберілмеген</translation>
    </message>
    <message>
        <source>%1, %2 · %3 · refused by the server: %4</source>
        <translation>%1, %2 · %3 · сервер қабылдамады: %4</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>Notes for colleagues who may see this case, the newest first. The applicant never sees them, and no letter or export carries them.</source>
        <translation>Осы істі көре алатын әріптестерге арналған ескертпелер, ең жаңасы бірінші. Көрсетілетін қызметті алушы оларды ешқашан көрмейді, олар ешбір хатқа немесе экспортқа енгізілмейді.</translation>
    </message>
    <message>
        <source>Notes on the case</source>
        <translation>Іс бойынша ескертпелер</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Жаңа ескертпе</translation>
    </message>
    <message>
        <source>A note for the colleague who takes the case over</source>
        <translation>Істі қабылдап алатын әріптеске арналған ескертпе</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Ескертпе қо&amp;су</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Әзірге ескертпелер жоқ.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 таңба</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Ешкімге бекітілмеген</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Ескерт&amp;пелер</translation>
    </message>
    <message>
        <source>The dossier holds the applicant&apos;s personal data, the documents&apos; verdicts, the signed decisions and the history. Printed or saved, it leaves the workstation&apos;s encrypted cache: keep it where your office keeps case files.</source>
        <translation>Досьеде көрсетілетін қызметті алушының дербес деректері, құжаттар бойынша қорытындылар, қол қойылған шешімдер және іс тарихы бар. Басып шығарылғанда немесе сақталғанда ол жұмыс орнының шифрланған кэшінен тыс шығады: оны бөлімшеңіз іс құжаттарын сақтайтын жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>The dossier&apos;s PDF file</source>
        <translation>Досьенің PDF файлы</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>PDF ретінде &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>dossier-%1.pdf</source>
        <translation>досье-%1.pdf</translation>
    </message>
    <message>
        <source>Save the case dossier</source>
        <translation>Іс досьесін сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to save the dossier to.</source>
        <translation>Досье сақталатын файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message numerus="yes">
        <source>holds %n case(s)</source>
        <translation>
            <numerusform>қолында %n іс</numerusform>
            <numerusform>қолында %n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n due this week</source>
        <translation>
            <numerusform>%1, оның ішінде осы аптада мерзімі бітетіні: %n</numerusform>
            <numerusform>%1, оның ішінде осы аптада мерзімі бітетіні: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the cases</source>
        <translation>Істерді беру</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected case(s) to:</source>
        <translation>
            <numerusform>Таңдалған %n істі кімге беру:</numerusform>
            <numerusform>Таңдалған %n істі кімге беру:</numerusform>
        </translation>
    </message>
    <message>
        <source>No one role works all the selected cases at their stages: select cases that one role works.</source>
        <translation>Таңдалған істердің барлығымен олардың кезеңдерінде бір рөл жұмыс істемейді: бір рөл жұмыс істейтін істерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Only the role &quot;%1&quot; works all the selected cases at their stages.</source>
        <translation>Таңдалған істердің барлығымен олардың кезеңдерінде тек «%1» рөлі жұмыс істейді.</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;: nobody works it any more.</source>
        <translation>Іс «%1» күйінде: онымен енді ешкім жұмыс істемейді.</translation>
    </message>
    <message>
        <source>While the case is &quot;%1&quot;, only the role &quot;%2&quot; works it.</source>
        <translation>Іс «%1» күйінде болғанда онымен тек «%2» рөлі жұмыс істейді.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Тізімді экспорттау</translation>
    </message>
    <message>
        <source>The export&apos;s file</source>
        <translation>Экспорт файлы</translation>
    </message>
    <message>
        <source>The list is written to a file outside the workstation&apos;s encrypted cache, with the applicants&apos; names and documents&apos; numbers: keep it where your office keeps such papers, and send it only to those the joint order names. The export is entered in the server&apos;s audit log: who, when, which list and how many cases.</source>
        <translation>Тізім жұмыс орнының шифрланған кэшінен тыс файлға көрсетілетін қызметті алушылардың аты-жөнімен және құжаттарының нөмірлерімен бірге жазылады: оны бөлімшеңіз осындай құжаттарды сақтайтын жерде сақтаңыз және тек бірлескен бұйрықта көрсетілген адамдарға ғана жіберіңіз. Экспорт сервердің аудит журналына тіркеледі: кім, қашан, қай тізімді және неше істі экспорттағаны.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>cases-%1.%2</source>
        <translation>істер-%1.%2</translation>
    </message>
    <message>
        <source>Choose the file to export the list to.</source>
        <translation>Тізім экспортталатын файлды таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Іздеу: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded for the audit log, so the file was removed: %1</source>
        <translation type="vanished">Экспортты аудит журналы үшін тіркеу мүмкін болмады, сондықтан файл жойылды: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…және тағы %n.</numerusform>
            <numerusform>…және тағы %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) did not go through; nothing was changed on them:</source>
        <translation>
            <numerusform>%n іс бойынша әрекет орындалмады; оларда ештеңе өзгертілмеді:</numerusform>
            <numerusform>%n іс бойынша әрекет орындалмады; оларда ештеңе өзгертілмеді:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cla&amp;im the selected cases</source>
        <translation>Таңдалған істерді өзіме бекіт&amp;у</translation>
    </message>
    <message>
        <source>Gi&amp;ve the selected cases to…</source>
        <translation>Таңдалған істерді бе&amp;ру…</translation>
    </message>
    <message>
        <source>A&amp;bsences and hand-out…</source>
        <translation>Жұмыста бол&amp;мау және істерді бөлу…</translation>
    </message>
    <message>
        <source>Choose the cases to give in the list first (Shift or Ctrl with a click or the arrows).</source>
        <translation>Алдымен тізімнен берілетін істерді таңдаңыз (Shift немесе Ctrl пернесін басып тұрып, тінтуірмен шертіңіз немесе көрсеткі пернелерін пайдаланыңыз).</translation>
    </message>
    <message>
        <source>Giving the cases to %1…</source>
        <translation>Істер %1 пайдаланушысына берілуде…</translation>
    </message>
    <message>
        <source>Stop after this case</source>
        <translation>Осы істен кейін тоқтату</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) given to %1.</source>
        <translation>
            <numerusform>%1 пайдаланушысына %n іс берілді.</numerusform>
            <numerusform>%1 пайдаланушысына %n іс берілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the cases to claim in the list first (Shift or Ctrl with a click or the arrows).</source>
        <translation>Алдымен тізімнен өзіңізге бекітілетін істерді таңдаңыз (Shift немесе Ctrl пернесін басып тұрып, тінтуірмен шертіңіз немесе көрсеткі пернелерін пайдаланыңыз).</translation>
    </message>
    <message>
        <source>Claiming the cases…</source>
        <translation>Істер өзіңізге бекітілуде…</translation>
    </message>
    <message>
        <source>Claim the cases</source>
        <translation>Істерді өзіме бекіту</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) claimed; the server confirms them at this sync.</source>
        <translation>
            <numerusform>%n іс өзіңізге бекітілді; сервер оларды осы синхрондау кезінде растайды.</numerusform>
            <numerusform>%n іс өзіңізге бекітілді; сервер оларды осы синхрондау кезінде растайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no case to hand out.</source>
        <translation>%1 пайдаланушысына бөлуге болатын бірде-бір іс бекітілмеген.</translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation>&amp;Іс қағаздары</translation>
    </message>
    <message>
        <source>Case &amp;dossier…</source>
        <translation>Іс &amp;досьесі…</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>Тізімді &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Audit extract…</source>
        <translation>&amp;Аудит журналынан үзінді көшірме…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to &quot;%1&quot;; the export goes to the audit log with the next sync.</source>
        <translation>
            <numerusform>«%1» файлына %n іс экспортталды; экспорт туралы мәлімет келесі синхрондау кезінде аудит журналына жіберіледі.</numerusform>
            <numerusform>«%1» файлына %n іс экспортталды; экспорт туралы мәлімет келесі синхрондау кезінде аудит журналына жіберіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the case whose dossier to print first.</source>
        <translation>Алдымен досьесі басып шығарылатын істі ашыңыз.</translation>
    </message>
    <message>
        <source>The dossier is saved to &quot;%1&quot;.</source>
        <translation>Досье «%1» файлына сақталды.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) written to &quot;%1&quot;.</source>
        <translation>
            <numerusform>«%1» файлына %n аудит жазбасы жазылды.</numerusform>
            <numerusform>«%1» файлына %n аудит жазбасы жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of the city</source>
        <translation>Қаланың істері</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Барлық қалалар</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have not reached the server.</source>
        <translation>
            <numerusform>%n ескертпе серверге жетпеді.</numerusform>
            <numerusform>%n ескертпе серверге жетпеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded for the audit log, so the file was not written: %1</source>
        <translation>Экспорт аудит журналы үшін тіркелмеді, сондықтан файл жазылмады: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Ақпарат</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Send the &amp;log to IT…</source>
        <translation>Журналды &amp;IT бөліміне жіберу…</translation>
    </message>
    <message>
        <source>Open the log &amp;folder</source>
        <translation>Журнал &amp;қалтасын ашу</translation>
    </message>
    <message>
        <source>This workstation keeps no log, so there is nothing to send.</source>
        <translation>Бұл жұмыс орны журнал жүргізбейді, сондықтан жіберетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The log could not be saved to &quot;%1&quot;: %2</source>
        <translation>Журнал «%1» файлына сақталмады: %2</translation>
    </message>
    <message>
        <source>kezek-log-%1.txt</source>
        <translation>kezek-log-%1.txt</translation>
    </message>
    <message>
        <source>Save the log for IT</source>
        <translation>Журналды IT бөлімі үшін сақтау</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтін файлдары (*.txt)</translation>
    </message>
    <message>
        <source>The log was saved to %1. Send this file to your IT department.</source>
        <translation>Журнал %1 файлына сақталды. Осы файлды IT бөліміңізге жіберіңіз.</translation>
    </message>
    <message>
        <source>No file manager opened; the log is in %1.</source>
        <translation>Файл менеджері ашылмады; журнал мына жерде: %1.</translation>
    </message>
</context>
</TS>

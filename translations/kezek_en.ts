<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Kezek::Calendar</name>
    <message>
        <source>The calendar data names too many days off.</source>
        <translation>The calendar data names too many days off.</translation>
    </message>
    <message>
        <source>The transfer in %1 makes %2 a day off, but it is not a working day.</source>
        <translation>The transfer in %1 makes %2 a day off, but it is not a working day.</translation>
    </message>
    <message>
        <source>The transfer in %1 makes %2 a working day, but it is not a weekend day.</source>
        <translation>The transfer in %1 makes %2 a working day, but it is not a weekend day.</translation>
    </message>
    <message>
        <source>The calendar for %1 gives %2 working days, but its days off leave %3.</source>
        <translation>The calendar for %1 gives %2 working days, but its days off leave %3.</translation>
    </message>
    <message>
        <source>The calendar names an impossible fixed day off &quot;%1&quot; (expected MM-DD that exists every year).</source>
        <translation>The calendar names an impossible fixed day off &quot;%1&quot; (expected MM-DD that exists every year).</translation>
    </message>
    <message>
        <source>The calendar for %1 names the date &quot;%2&quot;, which is not a date of that year.</source>
        <translation>The calendar for %1 names the date &quot;%2&quot;, which is not a date of that year.</translation>
    </message>
    <message>
        <source>The calendar has a year entry without a valid year.</source>
        <translation>The calendar has a year entry without a valid year.</translation>
    </message>
    <message>
        <source>The calendar data is not valid JSON: %1.</source>
        <translation>The calendar data is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The calendar data has format %1; this program reads format %2.</source>
        <translation>The calendar data has format %1; this program reads format %2.</translation>
    </message>
    <message>
        <source>The calendar&apos;s weekend names a day that is not 1 (Monday) to 7 (Sunday).</source>
        <translation>The calendar&apos;s weekend names a day that is not 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <source>The calendar&apos;s carry-over rule &quot;%1&quot; is unknown.</source>
        <translation>The calendar&apos;s carry-over rule &quot;%1&quot; is unknown.</translation>
    </message>
    <message>
        <source>The calendar describes %1 twice.</source>
        <translation>The calendar describes %1 twice.</translation>
    </message>
    <message>
        <source>The day off %1 applies from %2 until %3: that is no range of years.</source>
        <translation>The day off %1 applies from %2 until %3: that is no range of years.</translation>
    </message>
    <message>
        <source>The calendar confirms %1 without its number of working days (&quot;workingDays&quot;), which the decree publishes.</source>
        <translation>The calendar confirms %1 without its number of working days (&quot;workingDays&quot;), which the decree publishes.</translation>
    </message>
</context>
<context>
    <name>Kezek::Ctl</name>
    <message>
        <source>day off for %1 (%2), which fell on a weekend</source>
        <translation>day off for %1 (%2), which fell on a weekend</translation>
    </message>
    <message>
        <source>day off by transfer, worked on %1</source>
        <translation>day off by transfer, worked on %1</translation>
    </message>
    <message>
        <source>working day by transfer, for the day off on %1</source>
        <translation>working day by transfer, for the day off on %1</translation>
    </message>
    <message>
        <source>kezekctl calendar YEAR [--json] [--lang kk|ru|en]</source>
        <translation>kezekctl calendar YEAR [--json] [--lang kk|ru|en]</translation>
    </message>
    <message>
        <source>calendar takes a year from 1900 to 2200.</source>
        <translation>calendar takes a year from 1900 to 2200.</translation>
    </message>
    <message>
        <source>%1: %2 working days (%3)</source>
        <translation>%1: %2 working days (%3)</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>not confirmed: statutory rules only, without Kurban Ait and the Government&apos;s transfers</source>
        <translation>not confirmed: statutory rules only, without Kurban Ait and the Government&apos;s transfers</translation>
    </message>
    <message>
        <source>kezekctl check iin IIN [--json]
       kezekctl check mrz LINE1 LINE2 [--json]</source>
        <translation>kezekctl check iin IIN [--json]
       kezekctl check mrz LINE1 LINE2 [--json]</translation>
    </message>
    <message>
        <source>check takes &quot;iin IIN&quot; or &quot;mrz LINE1 LINE2&quot;.</source>
        <translation>check takes &quot;iin IIN&quot; or &quot;mrz LINE1 LINE2&quot;.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>usage: %1</translation>
    </message>
    <message>
        <source>kezekctl deadline CLOCK START_DATE [--json]
  CLOCK: %1</source>
        <translation>kezekctl deadline CLOCK START_DATE [--json]
  CLOCK: %1</translation>
    </message>
    <message>
        <source>deadline takes a clock and a start date.</source>
        <translation>deadline takes a clock and a start date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clock.</source>
        <translation>&quot;%1&quot; is not a clock.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date in the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a real date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>note: the calendar for some of these years is not confirmed; the Government&apos;s transfers may move this date.</source>
        <translation>note: the calendar for some of these years is not confirmed; the Government&apos;s transfers may move this date.</translation>
    </message>
    <message>
        <source>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:
  deadline CLOCK START_DATE   the due date of a clock started on a date
  check iin IIN               decode and verify an IIN
  check mrz LINE1 LINE2       parse and verify a passport MRZ
  calendar YEAR               the year&apos;s days off and their causes</source>
        <translation type="vanished">kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:
  deadline CLOCK START_DATE   the due date of a clock started on a date
  check iin IIN               decode and verify an IIN
  check mrz LINE1 LINE2       parse and verify a passport MRZ
  calendar YEAR               the year&apos;s days off and their causes</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>unknown option %1.</translation>
    </message>
    <message>
        <source>--lang takes kk, ru or en.</source>
        <translation>--lang takes kk, ru or en.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>no command given.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>kezekctl admin add-user --database URL --id ID --role ROLE [--city astana|almaty] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system</source>
        <translation type="vanished">kezekctl admin add-user --database URL --id ID --role ROLE [--city astana|almaty] [--name NAME]
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system</translation>
    </message>
    <message>
        <source>add-user needs --database, --id and a known --role.</source>
        <translation>add-user needs --database, --id and a known --role.</translation>
    </message>
    <message>
        <source>--city takes astana or almaty.</source>
        <translation>--city takes astana or almaty.</translation>
    </message>
    <message>
        <source>This role works in one city: give --city.</source>
        <translation>This role works in one city: give --city.</translation>
    </message>
    <message>
        <source>This role belongs to no city: leave out --city.</source>
        <translation>This role belongs to no city: leave out --city.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>user %1 added (%2)</source>
        <translation>user %1 added (%2)</translation>
    </message>
    <message>
        <source>admin takes a subcommand.</source>
        <translation>admin takes a subcommand.</translation>
    </message>
    <message>
        <source>kezekctl audit verify --database URL</source>
        <translation type="vanished">kezekctl audit verify --database URL</translation>
    </message>
    <message>
        <source>audit takes &quot;verify --database URL&quot;.</source>
        <translation>audit takes &quot;verify --database URL&quot;.</translation>
    </message>
    <message>
        <source>audit log intact: %1 entries</source>
        <translation>audit log intact: %1 entries</translation>
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
commands:
  deadline CLOCK START_DATE   the due date of a clock started on a date
  check iin IIN               decode and verify an IIN
  check mrz LINE1 LINE2       parse and verify a passport MRZ
  calendar YEAR               the year&apos;s days off and their causes
  admin add-user ...          add a user to a server&apos;s database
  simulate ...                file believable applications on a server
  audit verify --database URL check the audit log&apos;s hash chain</translation>
    </message>
    <message>
        <source>kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT]
  files believable eGov applications on a server as its integration user;
  the password comes from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT]
  files believable eGov applications on a server as its integration user;
  the password comes from KEZEK_PASSWORD or one line on standard input</translation>
    </message>
    <message>
        <source>The server did not answer in 30 seconds.</source>
        <translation>The server did not answer in 30 seconds.</translation>
    </message>
    <message>
        <source>simulate needs an https:// --server, a --user, and numbers in range.</source>
        <translation>simulate needs an https:// --server, a --user, and numbers in range.</translation>
    </message>
    <message>
        <source>No certificate in &quot;%1&quot;.</source>
        <translation type="vanished">No certificate in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 of %2 applications sent</source>
        <translation>%1 of %2 applications sent</translation>
    </message>
    <message>
        <source>filed %1 applications</source>
        <translation>filed %1 applications</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>refused %1: %2</translation>
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
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Cannot read &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>There is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>signing certificate registered for %1 (key %2)</source>
        <translation>signing certificate registered for %1 (key %2)</translation>
    </message>
    <message>
        <source>set-certificate needs --database, --id and --certificate.</source>
        <translation>set-certificate needs --database, --id and --certificate.</translation>
    </message>
    <message>
        <source>issue-certificate needs --database, --id, --authority and --out.</source>
        <translation type="vanished">issue-certificate needs --database, --id, --authority and --out.</translation>
    </message>
    <message>
        <source>The key file&apos;s password must have at least 8 characters.</source>
        <translation>The key file&apos;s password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Cannot write &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER); check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile signing-ca.pem -out /dev/null</source>
        <translation type="vanished">kezekctl export decisions --database URL --case ID --out DIR
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER); check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile signing-ca.pem -out /dev/null</translation>
    </message>
    <message>
        <source>export takes &quot;decisions --database URL --case ID --out DIR&quot;.</source>
        <translation>export takes &quot;decisions --database URL --case ID --out DIR&quot;.</translation>
    </message>
    <message>
        <source>The case &quot;%1&quot; has no signed decision.</source>
        <translation>The case &quot;%1&quot; has no signed decision.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Cannot create the folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 %2 signed by %3</source>
        <translation>%1 %2 signed by %3</translation>
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
  audit verify --database URL check the audit log&apos;s hash chain</translation>
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
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input</translation>
    </message>
    <message>
        <source>A system user names its integration with --integration (%1); people have none.</source>
        <translation>A system user names its integration with --integration (%1); people have none.</translation>
    </message>
    <message>
        <source>kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans]
  files believable eGov applications on a server as its integration user,
  with generated scans of their documents (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, checks, courier) once a case has waited DELAY seconds; N rounds a second apart, 0 for ever
  passwords come from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] [--faults PERCENT] [--scans]
  files believable eGov applications on a server as its integration user,
  with generated scans of their documents (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, checks, courier) once a case has waited DELAY seconds; N rounds a second apart, 0 for ever
  passwords come from KEZEK_PASSWORD or one line on standard input</translation>
    </message>
    <message>
        <source>simulate answer needs an https:// --server and numbers in range.</source>
        <translation>simulate answer needs an https:// --server and numbers in range.</translation>
    </message>
    <message>
        <source>answered: %1</source>
        <translation>answered: %1</translation>
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
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin list --database URL
  the offices and the users, with their roles and offices
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input</translation>
    </message>
    <message>
        <source>add-office needs --database, --id, --kind department|csc and --city astana|almaty.</source>
        <translation>add-office needs --database, --id, --kind department|csc and --city astana|almaty.</translation>
    </message>
    <message>
        <source>office %1 added (%2, %3)</source>
        <translation>office %1 added (%2, %3)</translation>
    </message>
    <message>
        <source>list needs --database.</source>
        <translation>list needs --database.</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(locked)</translation>
    </message>
    <message>
        <source>There is no office &quot;%1&quot;; add it with &quot;kezekctl admin add-office&quot;.</source>
        <translation>There is no office &quot;%1&quot;; add it with &quot;kezekctl admin add-office&quot;.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; is a %2 in %3: not a place for a %4.</source>
        <translation>The office &quot;%1&quot; is a %2 in %3: not a place for a %4.</translation>
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
  files believable eGov applications on a server as its integration user,
  with generated scans of their documents (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, checks, courier) once a case has waited DELAY seconds; N rounds a second apart, 0 for ever
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--seed N]
  works phase 1 as a migration officer: verifies and registers, sends to NSC, and decides, signing with the key (its password from KEZEK_KEY_PASSWORD)
  passwords come from KEZEK_PASSWORD or one line on standard input</translation>
    </message>
    <message>
        <source>simulate progress needs an https:// --server, a --user, the user&apos;s --key (PKCS#12) and numbers in range.</source>
        <translation>simulate progress needs an https:// --server, a --user, the user&apos;s --key (PKCS#12) and numbers in range.</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>applied: %1</translation>
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
  audit verify --database URL check the audit log&apos;s hash chain</translation>
    </message>
    <message>
        <source>kezekctl sync --server URL --user ID --cache FILE [--ca FILE] [--pin SHA256]
  pushes the cache&apos;s outbox and pulls what changed since the last sync
kezekctl status --cache FILE
  the cache&apos;s cursor, cases and outbox
  the password (which also unlocks the cache) comes from KEZEK_PASSWORD or one line on standard input</source>
        <translation type="vanished">kezekctl sync --server URL --user ID --cache FILE [--ca FILE] [--pin SHA256]
  pushes the cache&apos;s outbox and pulls what changed since the last sync
kezekctl status --cache FILE
  the cache&apos;s cursor, cases and outbox
  the password (which also unlocks the cache) comes from KEZEK_PASSWORD or one line on standard input</translation>
    </message>
    <message>
        <source>sync needs an https:// --server, a --user and a --cache.</source>
        <translation>sync needs an https:// --server, a --user and a --cache.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pulled %1 cases, pushed %2 commands, %3 conflicts, %4 rejected; cursor %5</source>
        <translation>pulled %1 cases, pushed %2 commands, %3 conflicts, %4 rejected; cursor %5</translation>
    </message>
    <message>
        <source>status needs --cache.</source>
        <translation>status needs --cache.</translation>
    </message>
    <message>
        <source>cursor %1, %2 cases</source>
        <translation>cursor %1, %2 cases</translation>
    </message>
    <message>
        <source>outbox %1: %2</source>
        <translation>outbox %1: %2</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>The file holds no PEM certificate.</translation>
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
  pushes the cache&apos;s outbox and pulls what changed since the last sync
kezekctl status --cache FILE
  the cache&apos;s cursor, cases and outbox
  the password (which also unlocks the cache) comes from KEZEK_PASSWORD or one line on standard input</translation>
    </message>
    <message>
        <source>--page-size is a number from 1 to 5000.</source>
        <translation>--page-size is a number from 1 to 5000.</translation>
    </message>
    <message>
        <source>claims: %1 held, %2 waiting for the server, %3 held by others</source>
        <translation>claims: %1 held, %2 waiting for the server, %3 held by others</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 s ahead of this one</source>
        <translation>the server&apos;s clock is %1 s ahead of this one</translation>
    </message>
    <message>
        <source>key: in the system keychain</source>
        <translation>key: in the system keychain</translation>
    </message>
    <message>
        <source>key: in the file beside the cache</source>
        <translation>key: in the file beside the cache</translation>
    </message>
    <message>
        <source>the server&apos;s law was not kept: %1</source>
        <translation>the server&apos;s law was not kept: %1</translation>
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
  the password comes from KEZEK_PASSWORD or one line on standard input
  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, administrator, system
kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem
  registers the certificate the user&apos;s decisions must be signed with
kezekctl admin list --database URL
  the offices and the users, with their roles and offices
kezekctl admin issue-certificate --database URL --id ID --authority DIR --out FILE.p12
  issues a signing key from the authority in DIR (signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its password comes from KEZEK_KEY_PASSWORD or one line on standard input
kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]
  imports a demo history: cases filed and decided over the past days, so that the server&apos;s first run deletes the returns and annuls the approvals whose time ran out</translation>
    </message>
    <message>
        <source>seed-history needs --database, and --count 1..100000 and --days 60..3650 when given.</source>
        <translation>seed-history needs --database, and --count 1..100000 and --days 60..3650 when given.</translation>
    </message>
    <message>
        <source>The history of seed %1 is already in this database.</source>
        <translation>The history of seed %1 is already in this database.</translation>
    </message>
    <message>
        <source>cases imported: %1, filed over the past %2 days</source>
        <translation>cases imported: %1, filed over the past %2 days</translation>
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
  files believable eGov applications on a server as its integration user,
  with generated scans of their documents (--scans)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, checks, courier) once a case has waited DELAY seconds; N rounds a second apart, 0 for ever
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--interval SECONDS] [--most N] [--seed N]
  works phase 1 as a migration officer: verifies and registers, sends to NSC, and decides, signing with the key (its password from KEZEK_KEY_PASSWORD); a round every INTERVAL seconds (1), taking up at most N cases in each (all)
  passwords come from KEZEK_PASSWORD or one line on standard input</translation>
    </message>
    <message>
        <source>left alone, held by someone else: %1</source>
        <translation>left alone, held by someone else: %1</translation>
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
  imports a demo history: cases filed and decided over the past days, so that the server&apos;s first run deletes the returns and annuls the approvals whose time ran out</translation>
    </message>
    <message>
        <source>%1 needs --database and --id.</source>
        <translation>%1 needs --database and --id.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; nothing was changed.</source>
        <translation>There is no user &quot;%1&quot;; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions ended.</source>
        <translation>%1 is disabled; their sessions ended.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 may sign in again.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended.</source>
        <translation>
            <numerusform>%n session of %1 ended.</numerusform>
            <numerusform>%n sessions of %1 ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>One-time password for %1 (to be changed at the next sign-in):</source>
        <translation>One-time password for %1 (to be changed at the next sign-in):</translation>
    </message>
    <message>
        <source>kezekctl audit verify --database URL [--audit-key FILE] [--checkpoint FILE]...
  checks the audit log&apos;s chain (with its key, when it is keyed) and, with --checkpoint, that every entry a checkpoint file or a saved journal names is there unchanged</source>
        <translation>kezekctl audit verify --database URL [--audit-key FILE] [--checkpoint FILE]...
  checks the audit log&apos;s chain (with its key, when it is keyed) and, with --checkpoint, that every entry a checkpoint file or a saved journal names is there unchanged</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no audit checkpoint.</source>
        <translation>&quot;%1&quot; holds no audit checkpoint.</translation>
    </message>
    <message numerus="yes">
        <source>, as %n checkpoint(s) saw it</source>
        <translation>
            <numerusform>, as %n checkpoint saw it</numerusform>
            <numerusform>, as %n checkpoints saw it</numerusform>
        </translation>
    </message>
    <message>
        <source>audit reads needs --database and --case.</source>
        <translation>audit reads needs --database and --case.</translation>
    </message>
    <message>
        <source>kezekctl audit reads --database URL --case ID</source>
        <translation>kezekctl audit reads --database URL --case ID</translation>
    </message>
    <message>
        <source>reads: %1</source>
        <translation>reads: %1</translation>
    </message>
    <message>
        <source>Nobody has read this case.</source>
        <translation>Nobody has read this case.</translation>
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
  imports a demo history: cases filed and decided over the past days, so that the server&apos;s first run deletes the returns and annuls the approvals whose time ran out</translation>
    </message>
    <message>
        <source>purge needs --database and --days N (1 or more).</source>
        <translation>purge needs --database and --days N (1 or more).</translation>
    </message>
    <message>
        <source>scans: %1</source>
        <translation>scans: %1</translation>
    </message>
    <message>
        <source>would purge: %1 cases, %2 scans</source>
        <translation>would purge: %1 cases, %2 scans</translation>
    </message>
    <message>
        <source>purged: %1 cases, %2 scans</source>
        <translation>purged: %1 cases, %2 scans</translation>
    </message>
    <message>
        <source>the due date of a clock started on a date</source>
        <translation>the due date of a clock started on a date</translation>
    </message>
    <message>
        <source>decode and verify an IIN</source>
        <translation>decode and verify an IIN</translation>
    </message>
    <message>
        <source>parse and verify a passport MRZ</source>
        <translation>parse and verify a passport MRZ</translation>
    </message>
    <message>
        <source>the year&apos;s days off and their causes</source>
        <translation>the year&apos;s days off and their causes</translation>
    </message>
    <message>
        <source>add a user to a server&apos;s database</source>
        <translation>add a user to a server&apos;s database</translation>
    </message>
    <message>
        <source>register a user&apos;s signing certificate</source>
        <translation>register a user&apos;s signing certificate</translation>
    </message>
    <message>
        <source>issue a demo signing key (PKCS#12)</source>
        <translation>issue a demo signing key (PKCS#12)</translation>
    </message>
    <message>
        <source>a case&apos;s signed decisions, for openssl cms</source>
        <translation>a case&apos;s signed decisions, for openssl cms</translation>
    </message>
    <message>
        <source>sync a workstation cache with a server</source>
        <translation>sync a workstation cache with a server</translation>
    </message>
    <message>
        <source>a cache&apos;s cursor, cases and outbox</source>
        <translation>a cache&apos;s cursor, cases and outbox</translation>
    </message>
    <message>
        <source>file believable applications on a server</source>
        <translation>file believable applications on a server</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>check the audit log&apos;s hash chain</translation>
    </message>
    <message>
        <source>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:</source>
        <translation>kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...
commands:</translation>
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
  moves the site&apos;s whole database, with its audit chain, into an empty PostgreSQL database in one transaction, and verifies it there (each table&apos;s rows counted, the audit chain checked with its key) before it commits; stop the server first</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) copied</source>
        <translation>
            <numerusform>%1: %n row copied</numerusform>
            <numerusform>%1: %n rows copied</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows so far</source>
        <translation>%1: %2 of %3 rows so far</translation>
    </message>
    <message>
        <source>migrate needs --from and --to.</source>
        <translation>migrate needs --from and --to.</translation>
    </message>
    <message>
        <source>--from and --to name the same database.</source>
        <translation>--from and --to name the same database.</translation>
    </message>
    <message>
        <source>--from takes the site&apos;s SQLite database, sqlite:PATH.</source>
        <translation>--from takes the site&apos;s SQLite database, sqlite:PATH.</translation>
    </message>
    <message>
        <source>--to takes an empty PostgreSQL database, postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>--to takes an empty PostgreSQL database, postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot;. Nothing was changed.</source>
        <translation>There is no database &quot;%1&quot;. Nothing was changed.</translation>
    </message>
    <message>
        <source>The site&apos;s audit log is keyed: give its key file with --audit-key, to verify the copy with it. Nothing was written.</source>
        <translation>The site&apos;s audit log is keyed: give its key file with --audit-key, to verify the copy with it. Nothing was written.</translation>
    </message>
    <message>
        <source>moved: %1 tables, %2 rows; each table&apos;s rows counted on the target, and its audit log intact: %3 entries</source>
        <translation>moved: %1 tables, %2 rows; each table&apos;s rows counted on the target, and its audit log intact: %3 entries</translation>
    </message>
    <message>
        <source>move a site&apos;s database from SQLite to PostgreSQL</source>
        <translation>move a site&apos;s database from SQLite to PostgreSQL</translation>
    </message>
    <message>
        <source>The target database is not empty (rows in: %1). Nothing was written: give a new, empty database.</source>
        <translation>The target database is not empty (rows in: %1). Nothing was written: give a new, empty database.</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows and the source %3. Nothing was written.</source>
        <translation>The copy of %1 holds %2 rows and the source %3. Nothing was written.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kezek server database (%2). Nothing was changed.</source>
        <translation>&quot;%1&quot; is not a Kezek server database (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kezek server database: no migration was ever applied to it. Nothing was changed.</source>
        <translation>&quot;%1&quot; is not a Kezek server database: no migration was ever applied to it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The source has schema version %1 and this program %2. Bring the source up to date first (any kezekctl command on it does, such as kezekctl admin list --database %3), then move it. Nothing was changed.</source>
        <translation>The source has schema version %1 and this program %2. Bring the source up to date first (any kezekctl command on it does, such as kezekctl admin list --database %3), then move it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The source has schema version %1, newer than this program knows (%2): move it with the kezekctl installed with the site&apos;s server. Nothing was changed.</source>
        <translation>The source has schema version %1, newer than this program knows (%2): move it with the kezekctl installed with the site&apos;s server. Nothing was changed.</translation>
    </message>
    <message>
        <source>The source and the target do not have the same tables (%1). Nothing was written.</source>
        <translation>The source and the target do not have the same tables (%1). Nothing was written.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the source than in the target. Nothing was written.</source>
        <translation>The table %1 has other columns in the source than in the target. Nothing was written.</translation>
    </message>
    <message>
        <source>The audit log does not verify on the copy: %1 Nothing was written; check the source with kezekctl audit verify.</source>
        <translation>The audit log does not verify on the copy: %1 Nothing was written; check the source with kezekctl audit verify.</translation>
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
  moves the site&apos;s whole database, with its audit chain, into an empty PostgreSQL database in one transaction, and verifies it there (each table&apos;s rows counted, the audit chain checked with its key) before it commits; stop the server first</translation>
    </message>
    <message>
        <source>The certificate names no IIN of its holder (serialNumber IIN… in its subject): it cannot sign decisions.</source>
        <translation>The certificate names no IIN of its holder (serialNumber IIN… in its subject): it cannot sign decisions.</translation>
    </message>
    <message>
        <source>issue-certificate needs --database, --id, --iin, --authority and --out.</source>
        <translation>issue-certificate needs --database, --id, --iin, --authority and --out.</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem; check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile authorities.pem -out /dev/null</source>
        <translation type="vanished">kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem; check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile authorities.pem -out /dev/null</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem, and the revocation list each signature was checked by as ID.crl (with the authorities: ID.trust.pem); check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile ID.trust.pem -crl_check -out /dev/null</source>
        <translation type="vanished">kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem, and the revocation list each signature was checked by as ID.crl (with the authorities: ID.trust.pem); check one with:
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
  moves the site&apos;s whole database, with its audit chain, into an empty PostgreSQL database in one transaction, and verifies it there (each table&apos;s rows counted, the audit chain checked with its key) before it commits; stop the server first</translation>
    </message>
    <message>
        <source>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem, and the revocation list each signature was checked by as ID.crl (with the authorities: ID.trust.pem), or the OCSP response as ID.ocsp.der, and the signature&apos;s timestamp token as ID.tst over the signature value ID.sigvalue; check one with:
  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json -CAfile ID.trust.pem -crl_check -out /dev/null
  openssl ocsp -respin ID.ocsp.der -CAfile authorities.pem -resp_text
  openssl ts -verify -token_in -in ID.tst -data ID.sigvalue -CAfile authorities.pem</source>
        <translation>kezekctl export decisions --database URL --case ID --out DIR [--authority FILE.pem]
  writes each signed decision of the case as ID.json and its signature as ID.p7s (DER), and with --authority the site&apos;s trusted roots and intermediates (the server&apos;s --signing-ca) as authorities.pem, and the revocation list each signature was checked by as ID.crl (with the authorities: ID.trust.pem), or the OCSP response as ID.ocsp.der, and the signature&apos;s timestamp token as ID.tst over the signature value ID.sigvalue; check one with:
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
  files believable eGov applications on a server as its integration user,
  with generated scans of their documents (--scans), and each with the
  ministry&apos;s petition signed with the key (PEM certificate and key, as
  kezek-server --dev-cert makes ministry-signer.pem)
kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] [--seed N]
  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, checks, courier) once a case has waited DELAY seconds; N rounds a second apart, 0 for ever
kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] [--delay SECONDS] [--rounds N] [--percent P] [--interval SECONDS] [--most N] [--seed N]
  works phase 1 as a migration officer: verifies and registers, sends to NSC, and decides, signing with the key (its password from KEZEK_KEY_PASSWORD); a round every INTERVAL seconds (1), taking up at most N cases in each (all)
  passwords come from KEZEK_PASSWORD or one line on standard input</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold the ministry&apos;s signing certificate and its key (PEM).</source>
        <translation>&quot;%1&quot; must hold the ministry&apos;s signing certificate and its key (PEM).</translation>
    </message>
    <message>
        <source>the pilot report as PDF, CSV or XLSX</source>
        <translation>the pilot report as PDF, CSV or XLSX</translation>
    </message>
    <message>
        <source>kezekctl report --server https://HOST:PORT --user NAME [--ca FILE] --from YYYY-MM-DD --to YYYY-MM-DD --format pdf|csv|xlsx --out FILE [--lang kk|ru|en]
  the pilot report (every city for the ministry, the supervisor&apos;s city for a supervisor) for the period, both days included, counted by the server; the password is read from KEZEK_PASSWORD or standard input</source>
        <translation>kezekctl report --server https://HOST:PORT --user NAME [--ca FILE] --from YYYY-MM-DD --to YYYY-MM-DD --format pdf|csv|xlsx --out FILE [--lang kk|ru|en]
  the pilot report (every city for the ministry, the supervisor&apos;s city for a supervisor) for the period, both days included, counted by the server; the password is read from KEZEK_PASSWORD or standard input</translation>
    </message>
    <message>
        <source>report needs an https:// --server, a --user and an --out file.</source>
        <translation>report needs an https:// --server, a --user and an --out file.</translation>
    </message>
    <message>
        <source>--format takes pdf, csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format takes pdf, csv or xlsx, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from and --to take a day of the calendar written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from and --to take a day of the calendar written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>The period ends on %1, before it starts on %2.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>The server answered %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report for %1 to %2 (%n case(s)) to &quot;%3&quot;.</source>
        <translation>
            <numerusform>Wrote the report for %1 to %2 (%n case) to &quot;%3&quot;.</numerusform>
            <numerusform>Wrote the report for %1 to %2 (%n cases) to &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>kezekctl audit extract --server https://HOST:PORT --user NAME [--ca FILE] (--case NUMBER | --from YYYY-MM-DD --to YYYY-MM-DD) --format csv|pdf --out FILE [--lang kk|ru|en]
  the server&apos;s audit entries on one case or in a period, for an inspector (every city for the ministry, the supervisor&apos;s city for a supervisor); the reading is itself audited; the password is read from KEZEK_PASSWORD or standard input</source>
        <translation>kezekctl audit extract --server https://HOST:PORT --user NAME [--ca FILE] (--case NUMBER | --from YYYY-MM-DD --to YYYY-MM-DD) --format csv|pdf --out FILE [--lang kk|ru|en]
  the server&apos;s audit entries on one case or in a period, for an inspector (every city for the ministry, the supervisor&apos;s city for a supervisor); the reading is itself audited; the password is read from KEZEK_PASSWORD or standard input</translation>
    </message>
    <message>
        <source>Give either --case or --from and --to, not both.</source>
        <translation>Give either --case or --from and --to, not both.</translation>
    </message>
    <message>
        <source>audit extract needs an https:// --server, a --user and an --out file.</source>
        <translation>audit extract needs an https:// --server, a --user and an --out file.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entry(ies) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Wrote %n audit entry to &quot;%1&quot;.</numerusform>
            <numerusform>Wrote %n audit entries to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>an inspector&apos;s audit extract of a case or a period</source>
        <translation>an inspector&apos;s audit extract of a case or a period</translation>
    </message>
</context>
<context>
    <name>Kezek::Domain</name>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Returned to applicant</source>
        <translation>Returned to applicant</translation>
    </message>
    <message>
        <source>Deleted (not reworked)</source>
        <translation>Deleted (not reworked)</translation>
    </message>
    <message>
        <source>Registered, checks</source>
        <translation>Registered, checks</translation>
    </message>
    <message>
        <source>With NSC</source>
        <translation>With NSC</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Decision due</translation>
    </message>
    <message>
        <source>Awaiting arrival</source>
        <translation>Awaiting arrival</translation>
    </message>
    <message>
        <source>Preliminarily refused</source>
        <translation>Preliminarily refused</translation>
    </message>
    <message>
        <source>Approval annulled</source>
        <translation>Approval annulled</translation>
    </message>
    <message>
        <source>At the CSC</source>
        <translation>At the CSC</translation>
    </message>
    <message>
        <source>Final application registered</source>
        <translation>Final application registered</translation>
    </message>
    <message>
        <source>Originals in courier</source>
        <translation>Originals in courier</translation>
    </message>
    <message>
        <source>Final verification</source>
        <translation>Final verification</translation>
    </message>
    <message>
        <source>Permit granted</source>
        <translation>Permit granted</translation>
    </message>
    <message>
        <source>Permit refused</source>
        <translation>Permit refused</translation>
    </message>
    <message>
        <source>Residence permit issued</source>
        <translation>Residence permit issued</translation>
    </message>
    <message>
        <source>Integrated data bank (special records)</source>
        <translation>Integrated data bank (special records)</translation>
    </message>
    <message>
        <source>Criminal records</source>
        <translation>Criminal records</translation>
    </message>
    <message>
        <source>State border crossing (Berkut)</source>
        <translation>State border crossing (Berkut)</translation>
    </message>
    <message>
        <source>Fingerprint registration (AFIS)</source>
        <translation>Fingerprint registration (AFIS)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the documents of this stage.</source>
        <translation>&quot;%1&quot; is not among the documents of this stage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been submitted, so it cannot be verified.</source>
        <translation>&quot;%1&quot; has not been submitted, so it cannot be verified.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails its automatic checks: %2</source>
        <translation>&quot;%1&quot; fails its automatic checks: %2</translation>
    </message>
    <message>
        <source>A rejected document needs a reason the applicant can act on.</source>
        <translation>A rejected document needs a reason the applicant can act on.</translation>
    </message>
    <message>
        <source>Admission to the interview</source>
        <translation>Admission to the interview</translation>
    </message>
    <message>
        <source>Registration in the migration police system</source>
        <translation>Registration in the migration police system</translation>
    </message>
    <message>
        <source>Applicant&apos;s rework</source>
        <translation>Applicant&apos;s rework</translation>
    </message>
    <message>
        <source>NSC approval</source>
        <translation>NSC approval</translation>
    </message>
    <message>
        <source>Review and decision</source>
        <translation>Review and decision</translation>
    </message>
    <message>
        <source>Preliminary approval validity</source>
        <translation>Preliminary approval validity</translation>
    </message>
    <message>
        <source>CSC comparison and registration</source>
        <translation>CSC comparison and registration</translation>
    </message>
    <message>
        <source>Final verification of originals</source>
        <translation>Final verification of originals</translation>
    </message>
    <message>
        <source>Re-application ban</source>
        <translation>Re-application ban</translation>
    </message>
    <message>
        <source>The clock &quot;%1&quot; cannot be paused on %2.</source>
        <translation>The clock &quot;%1&quot; cannot be paused on %2.</translation>
    </message>
    <message>
        <source>The clock &quot;%1&quot; is not paused, or not before %2.</source>
        <translation>The clock &quot;%1&quot; is not paused, or not before %2.</translation>
    </message>
    <message>
        <source>The clock &quot;%1&quot; cannot be stopped on %2.</source>
        <translation>The clock &quot;%1&quot; cannot be stopped on %2.</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Foreign passport</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Photo 35×45 mm</source>
        <translation>Photo 35×45 mm</translation>
    </message>
    <message>
        <source>Professional development certificate</source>
        <translation>Professional development certificate</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Motivation letter</source>
        <translation>Motivation letter</translation>
    </message>
    <message>
        <source>Citizenship and criminal record document</source>
        <translation>Citizenship and criminal record document</translation>
    </message>
    <message>
        <source>Ministry petition</source>
        <translation>Ministry petition</translation>
    </message>
    <message>
        <source>Application questionnaire</source>
        <translation>Application questionnaire</translation>
    </message>
    <message>
        <source>State duty payment</source>
        <translation>State duty payment</translation>
    </message>
    <message>
        <source>Medical certificate 028/у</source>
        <translation>Medical certificate 028/у</translation>
    </message>
    <message>
        <source>Fingerprinting certificate</source>
        <translation>Fingerprinting certificate</translation>
    </message>
    <message>
        <source>Housing contract</source>
        <translation>Housing contract</translation>
    </message>
    <message>
        <source>Permanent residence permit notice</source>
        <translation>Permanent residence permit notice</translation>
    </message>
    <message>
        <source>Residence permit duty receipt</source>
        <translation>Residence permit duty receipt</translation>
    </message>
    <message>
        <source>Compare the original passport with the copy: photo, data page, signs of forgery.</source>
        <translation>Compare the original passport with the copy: photo, data page, signs of forgery.</translation>
    </message>
    <message>
        <source>Check that the copy shows the whole data page legibly.</source>
        <translation>Check that the copy shows the whole data page legibly.</translation>
    </message>
    <message>
        <source>Check that the photo is a recent portrait on a plain background.</source>
        <translation>Check that the photo is a recent portrait on a plain background.</translation>
    </message>
    <message>
        <source>Check that the petition names the applicant and is signed by the Ministry with EDS.</source>
        <translation>Check that the petition names the applicant and is signed by the Ministry with EDS.</translation>
    </message>
    <message>
        <source>Check that the competent body of the country of residence issued it and that it covers citizenship and criminal record.</source>
        <translation>Check that the competent body of the country of residence issued it and that it covers citizenship and criminal record.</translation>
    </message>
    <message>
        <source>Check that the certificate finds no disease barring entry.</source>
        <translation>Check that the certificate finds no disease barring entry.</translation>
    </message>
    <message>
        <source>Check that the migration office of the place of residence issued it.</source>
        <translation>Check that the migration office of the place of residence issued it.</translation>
    </message>
    <message>
        <source>Check the notary&apos;s certification and the address.</source>
        <translation>Check the notary&apos;s certification and the address.</translation>
    </message>
    <message>
        <source>Check that the notice is the applicant&apos;s granted permit.</source>
        <translation>Check that the notice is the applicant&apos;s granted permit.</translation>
    </message>
    <message>
        <source>Check that the document is the applicant&apos;s, complete and legible.</source>
        <translation>Check that the document is the applicant&apos;s, complete and legible.</translation>
    </message>
    <message>
        <source>The passport&apos;s expiry date is not recorded.</source>
        <translation>The passport&apos;s expiry date is not recorded.</translation>
    </message>
    <message>
        <source>The passport expires on %1; it must be valid after %2, more than %3 calendar days after the application date %4.</source>
        <translation>The passport expires on %1; it must be valid after %2, more than %3 calendar days after the application date %4.</translation>
    </message>
    <message>
        <source>The passport is not valid on %1.</source>
        <translation>The passport is not valid on %1.</translation>
    </message>
    <message>
        <source>The passport&apos;s machine-readable zone has not been entered.</source>
        <translation>The passport&apos;s machine-readable zone has not been entered.</translation>
    </message>
    <message>
        <source>The passport differs from the application in: %1.</source>
        <translation>The passport differs from the application in: %1.</translation>
    </message>
    <message>
        <source>The IIN gives the birth date %1, the passport %2.</source>
        <translation>The IIN gives the birth date %1, the passport %2.</translation>
    </message>
    <message>
        <source>The IIN and the passport give different sexes.</source>
        <translation>The IIN and the passport give different sexes.</translation>
    </message>
    <message>
        <source>The photo&apos;s size in pixels is not known.</source>
        <translation>The photo&apos;s size in pixels is not known.</translation>
    </message>
    <message>
        <source>The photo is %1×%2 pixels; a 35×45 mm photo has the aspect 7:9 (for this height, about %3 pixels wide).</source>
        <translation>The photo is %1×%2 pixels; a 35×45 mm photo has the aspect 7:9 (for this height, about %3 pixels wide).</translation>
    </message>
    <message>
        <source>The housing contract is not notarized.</source>
        <translation>The housing contract is not notarized.</translation>
    </message>
    <message>
        <source>The housing contract&apos;s term is not recorded.</source>
        <translation>The housing contract&apos;s term is not recorded.</translation>
    </message>
    <message>
        <source>The housing contract runs %1 days (%2 to %3); it must run at least %4 calendar days.</source>
        <translation>The housing contract runs %1 days (%2 to %3); it must run at least %4 calendar days.</translation>
    </message>
    <message>
        <source>The housing contract is not in force on the application date %1.</source>
        <translation>The housing contract is not in force on the application date %1.</translation>
    </message>
    <message>
        <source>The document was issued abroad and is neither legalized by a consul nor apostilled (§28).</source>
        <translation type="vanished">The document was issued abroad and is neither legalized by a consul nor apostilled (§28).</translation>
    </message>
    <message>
        <source>The questionnaire is not signed with the applicant&apos;s EDS.</source>
        <translation>The questionnaire is not signed with the applicant&apos;s EDS.</translation>
    </message>
    <message>
        <source>The state duty has not been paid through the eGov payment gateway.</source>
        <translation>The state duty has not been paid through the eGov payment gateway.</translation>
    </message>
    <message>
        <source>The medical certificate must be on form 028/у; it is &quot;%1&quot;.</source>
        <translation>The medical certificate must be on form 028/у; it is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown check.</source>
        <translation>Unknown check.</translation>
    </message>
    <message>
        <source>An IIN has 12 digits; this one has %1 characters.</source>
        <translation>An IIN has 12 digits; this one has %1 characters.</translation>
    </message>
    <message>
        <source>An IIN is made of digits only; character %1 is &quot;%2&quot;.</source>
        <translation>An IIN is made of digits only; character %1 is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Digit 7 of an IIN gives the century and sex and must be 1 to 6; it is %1.</source>
        <translation>Digit 7 of an IIN gives the century and sex and must be 1 to 6; it is %1.</translation>
    </message>
    <message>
        <source>Digits 1-6 of the IIN do not form a real birth date (%1-%2-%3).</source>
        <translation>Digits 1-6 of the IIN do not form a real birth date (%1-%2-%3).</translation>
    </message>
    <message>
        <source>This IIN cannot be valid: both weightings of its check digit give 10.</source>
        <translation>This IIN cannot be valid: both weightings of its check digit give 10.</translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit is %1, but its other digits require %2.</source>
        <translation>The IIN&apos;s check digit is %1, but its other digits require %2.</translation>
    </message>
    <message>
        <source>Each line of a passport MRZ has 44 characters; line %1 has %2.</source>
        <translation>Each line of a passport MRZ has 44 characters; line %1 has %2.</translation>
    </message>
    <message>
        <source>Line %1 of the MRZ has the character &quot;%2&quot;, which an MRZ cannot hold (only A-Z, 0-9 and &lt;).</source>
        <translation>Line %1 of the MRZ has the character &quot;%2&quot;, which an MRZ cannot hold (only A-Z, 0-9 and &lt;).</translation>
    </message>
    <message>
        <source>The MRZ is not a passport&apos;s: its first character is &quot;%1&quot;, not &quot;P&quot;.</source>
        <translation>The MRZ is not a passport&apos;s: its first character is &quot;%1&quot;, not &quot;P&quot;.</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>personal number</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>composite</translation>
    </message>
    <message>
        <source>The MRZ check digit does not match for: %1.</source>
        <translation>The MRZ check digit does not match for: %1.</translation>
    </message>
    <message>
        <source>The MRZ birth date &quot;%1&quot; is not a real date.</source>
        <translation>The MRZ birth date &quot;%1&quot; is not a real date.</translation>
    </message>
    <message>
        <source>The MRZ expiry date &quot;%1&quot; is not a real date.</source>
        <translation>The MRZ expiry date &quot;%1&quot; is not a real date.</translation>
    </message>
    <message>
        <source>The MRZ sex field is &quot;%1&quot;; it must be M, F, X or &lt;.</source>
        <translation>The MRZ sex field is &quot;%1&quot;; it must be M, F, X or &lt;.</translation>
    </message>
    <message>
        <source>The reason catalog is not valid JSON: %1.</source>
        <translation>The reason catalog is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The reason catalog entry &quot;%1&quot; has no unique code or lacks a text in Kazakh, Russian or English.</source>
        <translation>The reason catalog entry &quot;%1&quot; has no unique code or lacks a text in Kazakh, Russian or English.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; names an unknown use &quot;%2&quot;.</source>
        <translation>The reason &quot;%1&quot; names an unknown use &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A motivated decision needs at least one reason from the catalog.</source>
        <translation>A motivated decision needs at least one reason from the catalog.</translation>
    </message>
    <message>
        <source>The reason code &quot;%1&quot; is not in the catalog.</source>
        <translation>The reason code &quot;%1&quot; is not in the catalog.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; cannot be given for this decision.</source>
        <translation>The reason &quot;%1&quot; cannot be given for this decision.</translation>
    </message>
    <message>
        <source>Migration officer</source>
        <translation>Migration officer</translation>
    </message>
    <message>
        <source>CSC operator</source>
        <translation>CSC operator</translation>
    </message>
    <message>
        <source>Ministry reviewer</source>
        <translation>Ministry reviewer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Astana</source>
        <translation>Astana</translation>
    </message>
    <message>
        <source>Almaty</source>
        <translation>Almaty</translation>
    </message>
    <message>
        <source>These checks have not answered yet: %1.</source>
        <translation>These checks have not answered yet: %1.</translation>
    </message>
    <message>
        <source>These checks found a record, so the permit cannot be approved: %1.</source>
        <translation>These checks found a record, so the permit cannot be approved: %1.</translation>
    </message>
    <message>
        <source>Not every required document is verified: %1.</source>
        <translation>Not every required document is verified: %1.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Enter the %1.</translation>
    </message>
    <message>
        <source>The five days to rework ended on %1; the application is to be deleted (§12).</source>
        <translation>The five days to rework ended on %1; the application is to be deleted (§12).</translation>
    </message>
    <message>
        <source>The resubmission still lacks: %1.</source>
        <translation>The resubmission still lacks: %1.</translation>
    </message>
    <message>
        <source>The applicant may rework until %1; the application cannot be deleted before.</source>
        <translation>The applicant may rework until %1; the application cannot be deleted before.</translation>
    </message>
    <message>
        <source>case number in the migration police system</source>
        <translation>case number in the migration police system</translation>
    </message>
    <message>
        <source>The NSC answer (approved or not) is missing.</source>
        <translation>The NSC answer (approved or not) is missing.</translation>
    </message>
    <message>
        <source>NSC has not approved this permit, so it cannot be preliminarily approved.</source>
        <translation>NSC has not approved this permit, so it cannot be preliminarily approved.</translation>
    </message>
    <message>
        <source>preliminary permit number</source>
        <translation>preliminary permit number</translation>
    </message>
    <message>
        <source>The preliminary approval is valid until %1; it cannot be annulled before.</source>
        <translation>The preliminary approval is valid until %1; it cannot be annulled before.</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed on %1 (30 calendar days, §19).</source>
        <translation>The preliminary approval lapsed on %1 (30 calendar days, §19).</translation>
    </message>
    <message>
        <source>The preliminary permit number &quot;%1&quot; is not this case&apos;s.</source>
        <translation>The preliminary permit number &quot;%1&quot; is not this case&apos;s.</translation>
    </message>
    <message>
        <source>courier tracking number</source>
        <translation>courier tracking number</translation>
    </message>
    <message>
        <source>residence permit number</source>
        <translation>residence permit number</translation>
    </message>
    <message>
        <source>This case belongs to %1; your office cannot act on it.</source>
        <translation>This case belongs to %1; your office cannot act on it.</translation>
    </message>
    <message>
        <source>Receive application</source>
        <translation>Receive application</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <source>Resubmit after rework</source>
        <translation>Resubmit after rework</translation>
    </message>
    <message>
        <source>Delete application (not reworked)</source>
        <translation>Delete application (not reworked)</translation>
    </message>
    <message>
        <source>Register in the migration police system</source>
        <translation>Register in the migration police system</translation>
    </message>
    <message>
        <source>Send to NSC through Berkut</source>
        <translation>Send to NSC through Berkut</translation>
    </message>
    <message>
        <source>Record the NSC answer</source>
        <translation>Record the NSC answer</translation>
    </message>
    <message>
        <source>Approve preliminarily</source>
        <translation>Approve preliminarily</translation>
    </message>
    <message>
        <source>Refuse preliminarily</source>
        <translation>Refuse preliminarily</translation>
    </message>
    <message>
        <source>Annul the preliminary approval</source>
        <translation>Annul the preliminary approval</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s visit</source>
        <translation>Record the applicant&apos;s visit</translation>
    </message>
    <message>
        <source>Decline the final application</source>
        <translation>Decline the final application</translation>
    </message>
    <message>
        <source>Register the final application</source>
        <translation>Register the final application</translation>
    </message>
    <message>
        <source>Send originals by courier</source>
        <translation>Send originals by courier</translation>
    </message>
    <message>
        <source>Receive the originals</source>
        <translation>Receive the originals</translation>
    </message>
    <message>
        <source>Grant the permit</source>
        <translation>Grant the permit</translation>
    </message>
    <message>
        <source>Refuse the permit</source>
        <translation>Refuse the permit</translation>
    </message>
    <message>
        <source>Record the residence permit issued</source>
        <translation>Record the residence permit issued</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; cannot &quot;%2&quot;.</source>
        <translation>The role &quot;%1&quot; cannot &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the case is &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not possible while the case is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A new application is received, not applied to a case.</source>
        <translation>A new application is received, not applied to a case.</translation>
    </message>
    <message>
        <source>The date of the step is missing.</source>
        <translation>The date of the step is missing.</translation>
    </message>
    <message>
        <source>Applications arrive only through the eGov integration.</source>
        <translation>Applications arrive only through the eGov integration.</translation>
    </message>
    <message>
        <source>The application has no identifier or number.</source>
        <translation>The application has no identifier or number.</translation>
    </message>
    <message>
        <source>The applicant may not apply again until after %1 (§19, §24).</source>
        <translation>The applicant may not apply again until after %1 (§19, §24).</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; cannot change this checklist while the case is &quot;%2&quot;.</source>
        <translation>The role &quot;%1&quot; cannot change this checklist while the case is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Only the integrations or a migration officer record check results.</source>
        <translation>Only the integrations or a migration officer record check results.</translation>
    </message>
    <message>
        <source>No record checks are expected while the case is &quot;%1&quot;.</source>
        <translation>No record checks are expected while the case is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A check result is either clear or a record found.</source>
        <translation>A check result is either clear or a record found.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>The field &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has the wrong type.</source>
        <translation>The field &quot;%1&quot; has the wrong type.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not known.</source>
        <translation>The field &quot;%1&quot; is not known.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an impossible value &quot;%2&quot;.</source>
        <translation>The field &quot;%1&quot; has an impossible value &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>given names</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationality</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>A command&apos;s id must be a UUID made by the workstation; &quot;%1&quot; is not.</source>
        <translation>A command&apos;s id must be a UUID made by the workstation; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command Kezek knows.</source>
        <translation>&quot;%1&quot; is not a command Kezek knows.</translation>
    </message>
    <message>
        <source>The signature is not base64.</source>
        <translation>The signature is not base64.</translation>
    </message>
    <message>
        <source>Only the migration police system (КҚП АЖ) gives case numbers.</source>
        <translation>Only the migration police system (КҚП АЖ) gives case numbers.</translation>
    </message>
    <message>
        <source>A case number is given before registration, not while the case is &quot;%1&quot;.</source>
        <translation>A case number is given before registration, not while the case is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only the courier service reports where the originals are.</source>
        <translation>Only the courier service reports where the originals are.</translation>
    </message>
    <message>
        <source>The originals are not with the courier while the case is &quot;%1&quot;.</source>
        <translation>The originals are not with the courier while the case is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The tracking number &quot;%1&quot; is not this case&apos;s (&quot;%2&quot;).</source>
        <translation>The tracking number &quot;%1&quot; is not this case&apos;s (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>New applications (registration due)</source>
        <translation>New applications (registration due)</translation>
    </message>
    <message>
        <source>Record checks</source>
        <translation>Record checks</translation>
    </message>
    <message>
        <source>Returned to the applicant</source>
        <translation>Returned to the applicant</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Residence permits</source>
        <translation>Residence permits</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>valid 180 days after the application</source>
        <translation>valid 180 days after the application</translation>
    </message>
    <message>
        <source>not expired</source>
        <translation>not expired</translation>
    </message>
    <message>
        <source>MRZ check digits</source>
        <translation>MRZ check digits</translation>
    </message>
    <message>
        <source>MRZ matches the application</source>
        <translation>MRZ matches the application</translation>
    </message>
    <message>
        <source>IIN matches the passport</source>
        <translation>IIN matches the passport</translation>
    </message>
    <message>
        <source>35×45 mm</source>
        <translation>35×45 mm</translation>
    </message>
    <message>
        <source>notarized, 180 days, in force</source>
        <translation>notarized, 180 days, in force</translation>
    </message>
    <message>
        <source>legalized or apostilled</source>
        <translation>legalized or apostilled</translation>
    </message>
    <message>
        <source>signed with the applicant&apos;s EDS</source>
        <translation>signed with the applicant&apos;s EDS</translation>
    </message>
    <message>
        <source>paid through eGov</source>
        <translation>paid through eGov</translation>
    </message>
    <message>
        <source>form 028/у</source>
        <translation>form 028/у</translation>
    </message>
    <message>
        <source>Migration Service Department, %1</source>
        <translation>Migration Service Department, %1</translation>
    </message>
    <message>
        <source>To %1 %2, passport %3; application %4 of %5</source>
        <translation>To %1 %2, passport %3; application %4 of %5</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>Your application is returned for rework</source>
        <translation>Your application is returned for rework</translation>
    </message>
    <message>
        <source>The migration service reviewed your electronic application for a permanent residence permit as a digital nomad. It does not yet comply with the order (§12), for the reasons below.</source>
        <translation>The migration service reviewed your electronic application for a permanent residence permit as a digital nomad. It does not yet comply with the order (§12), for the reasons below.</translation>
    </message>
    <message>
        <source>Remove the reasons and send the application again by %1 (5 calendar days). Otherwise the application is deleted; it can be considered again once the documents comply.</source>
        <translation>Remove the reasons and send the application again by %1 (5 calendar days). Otherwise the application is deleted; it can be considered again once the documents comply.</translation>
    </message>
    <message>
        <source>Documents to correct:</source>
        <translation>Documents to correct:</translation>
    </message>
    <message>
        <source>Your application is deleted</source>
        <translation>Your application is deleted</translation>
    </message>
    <message>
        <source>The reasons given on return were not removed within 5 calendar days, so the electronic application is deleted (§12). You may apply again once the documents comply.</source>
        <translation>The reasons given on return were not removed within 5 calendar days, so the electronic application is deleted (§12). You may apply again once the documents comply.</translation>
    </message>
    <message>
        <source>Preliminary approval of a permanent residence permit</source>
        <translation>Preliminary approval of a permanent residence permit</translation>
    </message>
    <message>
        <source>A permanent residence permit as a digital nomad is preliminarily approved for you (§17-19). Preliminary permit number: %1.</source>
        <translation>A permanent residence permit as a digital nomad is preliminarily approved for you (§17-19). Preliminary permit number: %1.</translation>
    </message>
    <message>
        <source>This notice is valid for 30 calendar days, until %1. Within that time arrive in Kazakhstan and apply at a Public Service Center with the preliminary permit number; otherwise the decision is annulled and a new application is possible only after one year.</source>
        <translation>This notice is valid for 30 calendar days, until %1. Within that time arrive in Kazakhstan and apply at a Public Service Center with the preliminary permit number; otherwise the decision is annulled and a new application is possible only after one year.</translation>
    </message>
    <message>
        <source>Bring after arrival:</source>
        <translation>Bring after arrival:</translation>
    </message>
    <message>
        <source>Refusal of a permanent residence permit</source>
        <translation>Refusal of a permanent residence permit</translation>
    </message>
    <message>
        <source>Your application for a permanent residence permit as a digital nomad is refused (§19), for the reasons below.</source>
        <translation>Your application for a permanent residence permit as a digital nomad is refused (§19), for the reasons below.</translation>
    </message>
    <message>
        <source>A new application is possible one year after this decision, from %1.</source>
        <translation>A new application is possible one year after this decision, from %1.</translation>
    </message>
    <message>
        <source>The preliminary approval is annulled</source>
        <translation>The preliminary approval is annulled</translation>
    </message>
    <message>
        <source>You did not arrive and apply to the migration service within 30 calendar days of the preliminary approval, so it is annulled (§19). A new application is possible from %1.</source>
        <translation>You did not arrive and apply to the migration service within 30 calendar days of the preliminary approval, so it is annulled (§19). A new application is possible from %1.</translation>
    </message>
    <message>
        <source>The Public Service Center could not accept your application</source>
        <translation>The Public Service Center could not accept your application</translation>
    </message>
    <message>
        <source>The documents you brought do not match the application or the order (§20-21), for the reasons below. Bring the documents in order while the preliminary approval is valid.</source>
        <translation>The documents you brought do not match the application or the order (§20-21), for the reasons below. Bring the documents in order while the preliminary approval is valid.</translation>
    </message>
    <message>
        <source>A permanent residence permit is granted</source>
        <translation>A permanent residence permit is granted</translation>
    </message>
    <message>
        <source>A permanent residence permit as a digital nomad is granted to you (§22-23). Permit number: %1.</source>
        <translation>A permanent residence permit as a digital nomad is granted to you (§22-23). Permit number: %1.</translation>
    </message>
    <message>
        <source>For registration and a residence permit, come to a Public Service Center with your valid passport, this notice and the receipt for the residence-permit state duty (§26).</source>
        <translation>For registration and a residence permit, come to a Public Service Center with your valid passport, this notice and the receipt for the residence-permit state duty (§26).</translation>
    </message>
    <message>
        <source>After comparing your original documents and the checks, your application is refused (§22, §24), for the reasons below.</source>
        <translation>After comparing your original documents and the checks, your application is refused (§22, §24), for the reasons below.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">Overdue</translation>
    </message>
    <message>
        <source>The law&apos;s data is not whole: it needs a version, a calendar and the reasons.</source>
        <translation type="vanished">The law&apos;s data is not whole: it needs a version, a calendar and the reasons.</translation>
    </message>
    <message>
        <source>Petitions: under review</source>
        <translation>Petitions: under review</translation>
    </message>
    <message>
        <source>Petitions: preliminarily approved</source>
        <translation>Petitions: preliminarily approved</translation>
    </message>
    <message>
        <source>Petitions: permit granted</source>
        <translation>Petitions: permit granted</translation>
    </message>
    <message>
        <source>Petitions: refused or lapsed</source>
        <translation type="vanished">Petitions: refused or lapsed</translation>
    </message>
    <message>
        <source>Only a supervisor gives a case to someone else.</source>
        <translation>Only a supervisor gives a case to someone else.</translation>
    </message>
    <message>
        <source>%1 cannot work this case: it goes to a migration officer or a CSC operator of %2.</source>
        <translation>%1 cannot work this case: it goes to a migration officer or a CSC operator of %2.</translation>
    </message>
    <message>
        <source>A scan is named by the SHA-256 of its bytes, in lower-case hex.</source>
        <translation>A scan is named by the SHA-256 of its bytes, in lower-case hex.</translation>
    </message>
    <message>
        <source> A new application is possible only after %1 (§19, §24).</source>
        <translation> A new application is possible only after %1 (§19, §24).</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed on %1: the applicant did not come within 30 calendar days (§19).</source>
        <translation>The preliminary approval lapsed on %1: the applicant did not come within 30 calendar days (§19).</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed unused and was annulled (§19).</source>
        <translation>The preliminary approval lapsed unused and was annulled (§19).</translation>
    </message>
    <message>
        <source>The application was refused on %1.</source>
        <translation>The application was refused on %1.</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals are with the migration department.</source>
        <translation type="vanished">The final application was registered on %1; the originals are with the migration department.</translation>
    </message>
    <message>
        <source>The permit was granted on %1: this is the residence permit desk&apos;s case (§25-26).</source>
        <translation>The permit was granted on %1: this is the residence permit desk&apos;s case (§25-26).</translation>
    </message>
    <message>
        <source>The application has no preliminary approval: it is &quot;%1&quot;.</source>
        <translation>The application has no preliminary approval: it is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the preliminary documents</source>
        <translation>the preliminary documents</translation>
    </message>
    <message>
        <source>the CSC comparison</source>
        <translation>the CSC comparison</translation>
    </message>
    <message>
        <source>the verification of originals</source>
        <translation>the verification of originals</translation>
    </message>
    <message>
        <source>the residence permit desk</source>
        <translation>the residence permit desk</translation>
    </message>
    <message>
        <source>Look at the case as it is now, then make the step again or discard it.</source>
        <translation>Look at the case as it is now, then make the step again or discard it.</translation>
    </message>
    <message>
        <source>the case&apos;s stage</source>
        <translation>the case&apos;s stage</translation>
    </message>
    <message>
        <source>the document “%1” in %2</source>
        <translation>the document “%1” in %2</translation>
    </message>
    <message>
        <source>the check “%1” at final verification</source>
        <translation>the check “%1” at final verification</translation>
    </message>
    <message>
        <source>the check “%1” before the preliminary decision</source>
        <translation>the check “%1” before the preliminary decision</translation>
    </message>
    <message>
        <source>the deadline “%1”</source>
        <translation>the deadline “%1”</translation>
    </message>
    <message>
        <source>the case number in the migration police system</source>
        <translation>the case number in the migration police system</translation>
    </message>
    <message>
        <source>the courier&apos;s envelope of originals</source>
        <translation>the courier&apos;s envelope of originals</translation>
    </message>
    <message>
        <source>the NSC answer</source>
        <translation>the NSC answer</translation>
    </message>
    <message>
        <source>the decisions on the case</source>
        <translation>the decisions on the case</translation>
    </message>
    <message>
        <source>the applicant&apos;s details</source>
        <translation>the applicant&apos;s details</translation>
    </message>
    <message>
        <source>the preliminary permit</source>
        <translation>the preliminary permit</translation>
    </message>
    <message>
        <source>the applicant&apos;s visit to the CSC</source>
        <translation>the applicant&apos;s visit to the CSC</translation>
    </message>
    <message>
        <source>the residence permit number</source>
        <translation>the residence permit number</translation>
    </message>
    <message>
        <source>the application date</source>
        <translation>the application date</translation>
    </message>
    <message>
        <source>Work on a document</source>
        <translation>Work on a document</translation>
    </message>
    <message>
        <source>A record check&apos;s answer</source>
        <translation>A record check&apos;s answer</translation>
    </message>
    <message>
        <source>The migration police system&apos;s case number</source>
        <translation>The migration police system&apos;s case number</translation>
    </message>
    <message>
        <source>The courier&apos;s report</source>
        <translation>The courier&apos;s report</translation>
    </message>
    <message>
        <source>A change with no record of its command</source>
        <translation>A change with no record of its command</translation>
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
        <translation>Case %1 changed after version %2 in a way the server has no record of (version %3). %4</translation>
    </message>
    <message>
        <source>Case %1 was changed since you made this step, where the step relies on it: %2. %3</source>
        <translation>Case %1 was changed since you made this step, where the step relies on it: %2. %3</translation>
    </message>
    <message>
        <source>%1 The case was changed since you made this step: %2. %3</source>
        <translation>%1 The case was changed since you made this step: %2. %3</translation>
    </message>
    <message>
        <source>the courier&apos;s reports on the envelope</source>
        <translation>the courier&apos;s reports on the envelope</translation>
    </message>
    <message>
        <source>the applicant&apos;s arrival in Kazakhstan</source>
        <translation>the applicant&apos;s arrival in Kazakhstan</translation>
    </message>
    <message>
        <source>the applicant&apos;s fingerprinting</source>
        <translation>the applicant&apos;s fingerprinting</translation>
    </message>
    <message>
        <source>Arrival in Kazakhstan (Berkut)</source>
        <translation>Arrival in Kazakhstan (Berkut)</translation>
    </message>
    <message>
        <source>Fingerprinting at the migration office</source>
        <translation>Fingerprinting at the migration office</translation>
    </message>
    <message>
        <source>Only the border service and the migration office report this.</source>
        <translation>Only the border service and the migration office report this.</translation>
    </message>
    <message>
        <source>Nothing of the applicant&apos;s arrival is recorded while the case is &quot;%1&quot;.</source>
        <translation>Nothing of the applicant&apos;s arrival is recorded while the case is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The date %1 is impossible here: it must fall between the preliminary approval (%2) and today (%3).</source>
        <translation>The date %1 is impossible here: it must fall between the preliminary approval (%2) and today (%3).</translation>
    </message>
    <message>
        <source>the notices to the applicant</source>
        <translation>the notices to the applicant</translation>
    </message>
    <message>
        <source>A notice reached the applicant&apos;s eGov cabinet</source>
        <translation>A notice reached the applicant&apos;s eGov cabinet</translation>
    </message>
    <message>
        <source>Only the eGov cabinet&apos;s delivery reports a notice received.</source>
        <translation>Only the eGov cabinet&apos;s delivery reports a notice received.</translation>
    </message>
    <message>
        <source>Case %1 has no undelivered notice of this kind.</source>
        <translation>Case %1 has no undelivered notice of this kind.</translation>
    </message>
    <message>
        <source>A notice of %1 cannot have been received on %2.</source>
        <translation>A notice of %1 cannot have been received on %2.</translation>
    </message>
    <message>
        <source>the act names no moment it was made</source>
        <translation>the act names no moment it was made</translation>
    </message>
    <message>
        <source>This step says it was made at %1, after the server received it (%2). Check the computer&apos;s clock and make it again.</source>
        <translation>This step says it was made at %1, after the server received it (%2). Check the computer&apos;s clock and make it again.</translation>
    </message>
    <message>
        <source>This step says it was made at %1, before the step it was made on (%2). Check the computer&apos;s clock and make it again.</source>
        <translation>This step says it was made at %1, before the step it was made on (%2). Check the computer&apos;s clock and make it again.</translation>
    </message>
    <message>
        <source>made at %1, more than %2 hours before it reached the server</source>
        <translation>made at %1, more than %2 hours before it reached the server</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment in ISO 8601 with its time zone.</source>
        <translation>&quot;%1&quot; is not a moment in ISO 8601 with its time zone.</translation>
    </message>
    <message>
        <source>The application says it was filed on %1, after today (%2).</source>
        <translation>The application says it was filed on %1, after today (%2).</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <source>Your application is withdrawn</source>
        <translation>Your application is withdrawn</translation>
    </message>
    <message>
        <source>As you asked through eGov, your application for a permanent residence permit as a digital nomad is withdrawn and its review has ended. The withdrawal does not bar a new application.</source>
        <translation>As you asked through eGov, your application for a permanent residence permit as a digital nomad is withdrawn and its review has ended. The withdrawal does not bar a new application.</translation>
    </message>
    <message>
        <source>A decision on your application is revoked</source>
        <translation>A decision on your application is revoked</translation>
    </message>
    <message>
        <source>The decision on your application was made in error and is revoked by the head of the migration service department. The ban on a new application it set no longer applies, and the review of your application continues.</source>
        <translation>The decision on your application was made in error and is revoked by the head of the migration service department. The ban on a new application it set no longer applies, and the review of your application continues.</translation>
    </message>
    <message>
        <source>Your preliminary approval (number %1) is in force again until %2. Within that time arrive in Kazakhstan and apply to the migration service or at a Public Service Center with the preliminary permit number.</source>
        <translation>Your preliminary approval (number %1) is in force again until %2. Within that time arrive in Kazakhstan and apply to the migration service or at a Public Service Center with the preliminary permit number.</translation>
    </message>
    <message>
        <source>Petitions: refused, lapsed or withdrawn</source>
        <translation>Petitions: refused, lapsed or withdrawn</translation>
    </message>
    <message>
        <source>The five days to rework ended on %1; the application is deleted, not withdrawn (§12).</source>
        <translation>The five days to rework ended on %1; the application is deleted, not withdrawn (§12).</translation>
    </message>
    <message>
        <source>The preliminary approval lapsed on %1; it is annulled, not withdrawn (§19).</source>
        <translation>The preliminary approval lapsed on %1; it is annulled, not withdrawn (§19).</translation>
    </message>
    <message>
        <source>Write why the decision was made in error: a revocation is reasoned.</source>
        <translation>Write why the decision was made in error: a revocation is reasoned.</translation>
    </message>
    <message>
        <source>Withdraw the application (applicant, eGov)</source>
        <translation>Withdraw the application (applicant, eGov)</translation>
    </message>
    <message>
        <source>Revoke the decision made in error</source>
        <translation>Revoke the decision made in error</translation>
    </message>
    <message>
        <source>The applicant withdrew the application on %1.</source>
        <translation>The applicant withdrew the application on %1.</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; was answered on %2 (%3); a correction needs a written reason.</source>
        <translation>The check &quot;%1&quot; was answered on %2 (%3); a correction needs a written reason.</translation>
    </message>
    <message>
        <source>The law&apos;s data is not whole: it needs a version, a calendar, the reasons and the legal basis.</source>
        <translation type="vanished">The law&apos;s data is not whole: it needs a version, a calendar, the reasons and the legal basis.</translation>
    </message>
    <message>
        <source>The legal basis &quot;%1&quot; has an impossible %2 &quot;%3&quot;.</source>
        <translation>The legal basis &quot;%1&quot; has an impossible %2 &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The legal basis is not a format 1 JSON file.</source>
        <translation>The legal basis is not a format 1 JSON file.</translation>
    </message>
    <message>
        <source>A legal basis needs an id of its own and a title in Kazakh, Russian and English (&quot;%1&quot;).</source>
        <translation>A legal basis needs an id of its own and a title in Kazakh, Russian and English (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The legal basis &quot;%1&quot; ends on %2, before it takes effect on %3.</source>
        <translation>The legal basis &quot;%1&quot; ends on %2, before it takes effect on %3.</translation>
    </message>
    <message>
        <source>The legal basis &quot;%1&quot; extends &quot;%2&quot;, which comes nowhere before it in the file.</source>
        <translation>The legal basis &quot;%1&quot; extends &quot;%2&quot;, which comes nowhere before it in the file.</translation>
    </message>
    <message>
        <source>The legal basis file names no instrument.</source>
        <translation>The legal basis file names no instrument.</translation>
    </message>
    <message>
        <source>The document was issued abroad and is neither legalized by a consul nor apostilled (§10(4), §28).</source>
        <translation>The document was issued abroad and is neither legalized by a consul nor apostilled (§10(4), §28).</translation>
    </message>
    <message>
        <source>Record the state that issued the document: an apostille replaces legalization only for a party to the Hague Convention (§28).</source>
        <translation>Record the state that issued the document: an apostille replaces legalization only for a party to the Hague Convention (§28).</translation>
    </message>
    <message>
        <source>Record the state that issued the document: only a treaty with that state exempts it from legalization (§28).</source>
        <translation>Record the state that issued the document: only a treaty with that state exempts it from legalization (§28).</translation>
    </message>
    <message>
        <source>%1 is not a party to the Hague Apostille Convention for Kazakhstan: the document needs consular legalization (§10(4), §28).</source>
        <translation>%1 is not a party to the Hague Apostille Convention for Kazakhstan: the document needs consular legalization (§10(4), §28).</translation>
    </message>
    <message>
        <source>No treaty with %1 exempts its documents from legalization: the document needs consular legalization (§10(4), §28).</source>
        <translation>No treaty with %1 exempts its documents from legalization: the document needs consular legalization (§10(4), §28).</translation>
    </message>
    <message>
        <source>Kezek&apos;s list (as of %1) does not confirm that an apostille from %2 is accepted: confirm it, or ask for consular legalization (§28).</source>
        <translation>Kezek&apos;s list (as of %1) does not confirm that an apostille from %2 is accepted: confirm it, or ask for consular legalization (§28).</translation>
    </message>
    <message>
        <source>Kezek&apos;s list (as of %1) does not confirm a treaty exempting documents from %2: confirm the treaty, or ask for consular legalization (§28).</source>
        <translation>Kezek&apos;s list (as of %1) does not confirm a treaty exempting documents from %2: confirm the treaty, or ask for consular legalization (§28).</translation>
    </message>
    <message>
        <source>The law&apos;s data is not whole: it needs a version, a calendar, the reasons, the legal basis and the legalization lists.</source>
        <translation>The law&apos;s data is not whole: it needs a version, a calendar, the reasons, the legal basis and the legalization lists.</translation>
    </message>
    <message>
        <source>The legalization list &quot;%1&quot; needs its source and the date it is as of.</source>
        <translation>The legalization list &quot;%1&quot; needs its source and the date it is as of.</translation>
    </message>
    <message>
        <source>The legalization list &quot;%1&quot; names &quot;%2&quot;, which is not a three-letter state code of its own.</source>
        <translation>The legalization list &quot;%1&quot; names &quot;%2&quot;, which is not a three-letter state code of its own.</translation>
    </message>
    <message>
        <source>The legalization lists are not a format 1 JSON file.</source>
        <translation>The legalization lists are not a format 1 JSON file.</translation>
    </message>
    <message>
        <source>NSC approved this permit: &quot;NSC did not approve&quot; cannot be the reason.</source>
        <translation>NSC approved this permit: &quot;NSC did not approve&quot; cannot be the reason.</translation>
    </message>
    <message>
        <source>No record check found a record on this case: &quot;a check found a record&quot; cannot be the reason.</source>
        <translation>No record check found a record on this case: &quot;a check found a record&quot; cannot be the reason.</translation>
    </message>
    <message>
        <source>Personal data removed after the retention period</source>
        <translation>Personal data removed after the retention period</translation>
    </message>
    <message>
        <source>The courier picked up the originals</source>
        <translation>The courier picked up the originals</translation>
    </message>
    <message>
        <source>The originals are on their way</source>
        <translation>The originals are on their way</translation>
    </message>
    <message>
        <source>The courier delivered the originals</source>
        <translation>The courier delivered the originals</translation>
    </message>
    <message>
        <source>&quot;Matched&quot; at the CSC rests on the scan of the original: scan it, or write why there is no scan (§21, §26).</source>
        <translation>&quot;Matched&quot; at the CSC rests on the scan of the original: scan it, or write why there is no scan (§21, §26).</translation>
    </message>
    <message>
        <source>The list of offices is not valid JSON: %1.</source>
        <translation>The list of offices is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; has no unique id, an unknown kind or city, or lacks a name in Kazakh, Russian or English.</source>
        <translation>The office &quot;%1&quot; has no unique id, an unknown kind or city, or lacks a name in Kazakh, Russian or English.</translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation>Overdue or due soon</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals wait at the CSC for the courier.</source>
        <translation>The final application was registered on %1; the originals wait at the CSC for the courier.</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals are with the courier on their way to the migration service.</source>
        <translation>The final application was registered on %1; the originals are with the courier on their way to the migration service.</translation>
    </message>
    <message>
        <source>The final application was registered on %1; the originals are with the migration service.</source>
        <translation>The final application was registered on %1; the originals are with the migration service.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition signature is not base64.</source>
        <translation>The ministry&apos;s petition signature is not base64.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is not in the form it is signed in: %1</source>
        <translation>The ministry&apos;s petition is not in the form it is signed in: %1</translation>
    </message>
    <message>
        <source>the signed content is not JSON.</source>
        <translation>the signed content is not JSON.</translation>
    </message>
    <message>
        <source>The ministry signed petition No. %1, but the application gives No. %2 (§8).</source>
        <translation>The ministry signed petition No. %1, but the application gives No. %2 (§8).</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition No. %1 was signed for another applicant (IIN %2), not for this one (§8, §10(3)).</source>
        <translation>The ministry&apos;s petition No. %1 was signed for another applicant (IIN %2), not for this one (§8, §10(3)).</translation>
    </message>
    <message>
        <source>it says it was signed on %1, after today (%2).</source>
        <translation>it says it was signed on %1, after today (%2).</translation>
    </message>
    <message>
        <source>Petition No. %1, signed by %2, %3, verified</source>
        <translation>Petition No. %1, signed by %2, %3, verified</translation>
    </message>
    <message>
        <source>MDDIAI</source>
        <translation>MDDIAI</translation>
    </message>
    <message>
        <source>The report needs today&apos;s date and the first and last days of its period.</source>
        <translation>The report needs today&apos;s date and the first and last days of its period.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>The period ends on %1, before it starts on %2.</translation>
    </message>
    <message>
        <source>The period from %1 to %2 is longer than ten years: choose a shorter one.</source>
        <translation>The period from %1 to %2 is longer than ten years: choose a shorter one.</translation>
    </message>
    <message>
        <source>An absence needs its first and its last day.</source>
        <translation>An absence needs its first and its last day.</translation>
    </message>
    <message>
        <source>The absence ends on %1, before it starts on %2.</source>
        <translation>The absence ends on %1, before it starts on %2.</translation>
    </message>
    <message>
        <source>Only a supervisor marks a colleague absent.</source>
        <translation>Only a supervisor marks a colleague absent.</translation>
    </message>
    <message>
        <source>%1 holds no cases: only a migration officer or a CSC operator is marked absent.</source>
        <translation>%1 holds no cases: only a migration officer or a CSC operator is marked absent.</translation>
    </message>
    <message>
        <source>%1 does not work in %2: a supervisor marks absent only the people of their own city.</source>
        <translation>%1 does not work in %2: a supervisor marks absent only the people of their own city.</translation>
    </message>
    <message>
        <source>%1 is already absent from %2 to %3; an absence of one person does not overlap another.</source>
        <translation>%1 is already absent from %2 to %3; an absence of one person does not overlap another.</translation>
    </message>
    <message>
        <source>A note needs some text; an empty note is not kept.</source>
        <translation>A note needs some text; an empty note is not kept.</translation>
    </message>
    <message>
        <source>A note is at most %1 characters; this one has %2.</source>
        <translation>A note is at most %1 characters; this one has %2.</translation>
    </message>
    <message>
        <source>A note needs its id, its case and the time it was written.</source>
        <translation>A note needs its id, its case and the time it was written.</translation>
    </message>
    <message>
        <source>Only the ministry and a city&apos;s supervisor read the audit log: ask them for an extract.</source>
        <translation>Only the ministry and a city&apos;s supervisor read the audit log: ask them for an extract.</translation>
    </message>
    <message>
        <source>The extract&apos;s period needs its first and last days.</source>
        <translation>The extract&apos;s period needs its first and last days.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format this is written in: choose one of %2.</source>
        <translation>&quot;%1&quot; is not a format this is written in: choose one of %2.</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;: nobody works it any more, so it goes to no one.</source>
        <translation>The case is &quot;%1&quot;: nobody works it any more, so it goes to no one.</translation>
    </message>
    <message>
        <source>While the case is &quot;%1&quot;, the role &quot;%2&quot; works it; %3 (&quot;%4&quot;) has no step on it.</source>
        <translation>While the case is &quot;%1&quot;, the role &quot;%2&quot; works it; %3 (&quot;%4&quot;) has no step on it.</translation>
    </message>
</context>
<context>
    <name>Kezek::LockDialog</name>
    <message>
        <source>Kezek is locked</source>
        <translation>Kezek is locked</translation>
    </message>
</context>
<context>
    <name>Kezek::Report</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot draw the PDF report.</source>
        <translation>Cannot draw the PDF report.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Cannot write &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Permits granted</source>
        <translation>Permits granted</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <source>Applications and decisions per month</source>
        <translation>Applications and decisions per month</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Outcomes in the period</source>
        <translation>Outcomes in the period</translation>
    </message>
    <message>
        <source>Days from eGov filing to permit, median</source>
        <translation>Days from eGov filing to permit, median</translation>
    </message>
    <message>
        <source>Days from eGov filing to permit, 90th percentile</source>
        <translation>Days from eGov filing to permit, 90th percentile</translation>
    </message>
    <message>
        <source>Permits whose eGov filing time is unknown</source>
        <translation>Permits whose eGov filing time is unknown</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Reasons for returns, CSC declines and refusals</source>
        <translation>Reasons for returns, CSC declines and refusals</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Returns for rework</source>
        <translation>Returns for rework</translation>
    </message>
    <message>
        <source>CSC declines</source>
        <translation>CSC declines</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Breaches</translation>
    </message>
    <message>
        <source>The law&apos;s clocks breached</source>
        <translation>The law&apos;s clocks breached</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>Case numbers</translation>
    </message>
    <message>
        <source>Outside the basis</source>
        <translation>Outside the basis</translation>
    </message>
    <message>
        <source>Applications received outside the legal basis</source>
        <translation>Applications received outside the legal basis</translation>
    </message>
    <message>
        <source>Preliminary approvals</source>
        <translation>Preliminary approvals</translation>
    </message>
    <message>
        <source>Preliminary refusals</source>
        <translation>Preliminary refusals</translation>
    </message>
    <message>
        <source>Applications deleted</source>
        <translation>Applications deleted</translation>
    </message>
    <message>
        <source>Decisions annulled</source>
        <translation>Decisions annulled</translation>
    </message>
    <message>
        <source>Final refusals</source>
        <translation>Final refusals</translation>
    </message>
    <message>
        <source>Residence permits issued</source>
        <translation>Residence permits issued</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Digital Nomad permanent residence pilot: report</source>
        <translation>Digital Nomad permanent residence pilot: report</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Counted by the law&apos;s version %1</source>
        <translation>Counted by the law&apos;s version %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2</source>
        <translation>Made on %1 at %2</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>By city</translation>
    </message>
    <message>
        <source>Applications and outcomes by city</source>
        <translation>Applications and outcomes by city</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By nationality</source>
        <translation>By nationality</translation>
    </message>
    <message>
        <source>Applications and outcomes by nationality</source>
        <translation>Applications and outcomes by nationality</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Applications and outcomes by month</source>
        <translation>Applications and outcomes by month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1.</source>
        <translation>Cannot make a temporary folder: %1.</translation>
    </message>
    <message>
        <source>Cannot make the XLSX workbook.</source>
        <translation>Cannot make the XLSX workbook.</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot; to the XLSX workbook.</source>
        <translation>Cannot add the sheet &quot;%1&quot; to the XLSX workbook.</translation>
    </message>
    <message>
        <source>Cannot write the XLSX workbook: %1.</source>
        <translation>Cannot write the XLSX workbook: %1.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Cannot read &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Audit extract of case %1</source>
        <translation>Audit extract of case %1</translation>
    </message>
    <message>
        <source>Audit extract from %1 to %2</source>
        <translation>Audit extract from %1 to %2</translation>
    </message>
    <message>
        <source>The cases of %1</source>
        <translation>The cases of %1</translation>
    </message>
    <message>
        <source>Every city&apos;s cases</source>
        <translation>Every city&apos;s cases</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), made on %1</source>
        <translation>
            <numerusform>%n entry, made on %1</numerusform>
            <numerusform>%n entries, made on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the oldest entries are here: ask for a shorter period for the rest.</source>
        <translation>Only the oldest entries are here: ask for a shorter period for the rest.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When (Kazakhstan)</source>
        <translation>When (Kazakhstan)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>The server&apos;s audit extract has no entries.</source>
        <translation>The server&apos;s audit extract has no entries.</translation>
    </message>
    <message>
        <source>Cannot make the PDF in memory.</source>
        <translation>Cannot make the PDF in memory.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>The PDF could not be drawn.</translation>
    </message>
</context>
<context>
    <name>Kezek::Security</name>
    <message>
        <source>OpenSSL could not %1.</source>
        <translation>OpenSSL could not %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid PEM.</source>
        <translation>The certificate is not valid PEM.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>The password could not be hashed.</translation>
    </message>
    <message>
        <source>No random bytes are available.</source>
        <translation>No random bytes are available.</translation>
    </message>
    <message>
        <source>The stored password hash is malformed.</source>
        <translation>The stored password hash is malformed.</translation>
    </message>
    <message>
        <source>The signature does not verify: the decision was changed after it was signed, or the certificate is not from the trusted authority.</source>
        <translation type="vanished">The signature does not verify: the decision was changed after it was signed, or the certificate is not from the trusted authority.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s certificate or key is not valid PEM.</source>
        <translation>The certificate authority&apos;s certificate or key is not valid PEM.</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 key file.</source>
        <translation>The file is not a PKCS#12 key file.</translation>
    </message>
    <message>
        <source>The key file&apos;s password is wrong.</source>
        <translation>The key file&apos;s password is wrong.</translation>
    </message>
    <message>
        <source>The key file holds no usable key and certificate.</source>
        <translation>The key file holds no usable key and certificate.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate.</source>
        <translation>The key does not belong to the certificate.</translation>
    </message>
    <message>
        <source>The trusted authority&apos;s certificate is not valid PEM.</source>
        <translation>The trusted authority&apos;s certificate is not valid PEM.</translation>
    </message>
    <message>
        <source>The signature is not a CMS (PKCS#7) signature.</source>
        <translation>The signature is not a CMS (PKCS#7) signature.</translation>
    </message>
    <message>
        <source>A decision is signed by exactly one person.</source>
        <translation>A decision is signed by exactly one person.</translation>
    </message>
    <message>
        <source>The data cannot be decrypted: the key is wrong or the data was changed.</source>
        <translation>The data cannot be decrypted: the key is wrong or the data was changed.</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>The system keychain refused: %1</translation>
    </message>
    <message>
        <source>The signature carries no certificate of its signer.</source>
        <translation>The signature carries no certificate of its signer.</translation>
    </message>
    <message>
        <source>The certificate or its issuer&apos;s certificate is not valid PEM.</source>
        <translation>The certificate or its issuer&apos;s certificate is not valid PEM.</translation>
    </message>
    <message>
        <source>The certificate was not issued by the authority given as its issuer.</source>
        <translation>The certificate was not issued by the authority given as its issuer.</translation>
    </message>
    <message>
        <source>The serial number “%1” is not hexadecimal.</source>
        <translation>The serial number “%1” is not hexadecimal.</translation>
    </message>
    <message>
        <source>The revocation list is not a CRL.</source>
        <translation>The revocation list is not a CRL.</translation>
    </message>
    <message>
        <source>The revocation list was not issued by the certificate&apos;s issuer, or was altered.</source>
        <translation>The revocation list was not issued by the certificate&apos;s issuer, or was altered.</translation>
    </message>
    <message>
        <source>The revocation list gives no next update, so it cannot be known to be current.</source>
        <translation>The revocation list gives no next update, so it cannot be known to be current.</translation>
    </message>
    <message>
        <source>The revocation list is valid from %1 until %2, not at %3: fetch the current one.</source>
        <translation>The revocation list is valid from %1 until %2, not at %3: fetch the current one.</translation>
    </message>
    <message>
        <source>The answer is not an OCSP response.</source>
        <translation>The answer is not an OCSP response.</translation>
    </message>
    <message>
        <source>The OCSP responder did not answer (%1): ask again later.</source>
        <translation>The OCSP responder did not answer (%1): ask again later.</translation>
    </message>
    <message>
        <source>The OCSP response holds no basic response.</source>
        <translation>The OCSP response holds no basic response.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not one of the trusted authorities.</source>
        <translation>The certificate&apos;s issuer is not one of the trusted authorities.</translation>
    </message>
    <message>
        <source>The OCSP response is signed by a certificate it does not carry.</source>
        <translation>The OCSP response is signed by a certificate it does not carry.</translation>
    </message>
    <message>
        <source>The OCSP response&apos;s signature does not verify.</source>
        <translation>The OCSP response&apos;s signature does not verify.</translation>
    </message>
    <message>
        <source>The OCSP response is signed by a certificate the issuer did not authorise to answer for it.</source>
        <translation>The OCSP response is signed by a certificate the issuer did not authorise to answer for it.</translation>
    </message>
    <message>
        <source>The OCSP response speaks of another certificate.</source>
        <translation>The OCSP response speaks of another certificate.</translation>
    </message>
    <message>
        <source>The OCSP response is valid from %1 until %2, not at %3: ask the responder again.</source>
        <translation>The OCSP response is valid from %1 until %2, not at %3: ask the responder again.</translation>
    </message>
    <message>
        <source>The OCSP response does not say when it was made.</source>
        <translation>The OCSP response does not say when it was made.</translation>
    </message>
    <message>
        <source>The OCSP responder does not know the certificate: it may not have been issued by the authority it names.</source>
        <translation>The OCSP responder does not know the certificate: it may not have been issued by the authority it names.</translation>
    </message>
    <message>
        <source>The signing certificate is revoked.</source>
        <translation>The signing certificate is revoked.</translation>
    </message>
    <message>
        <source>The signing certificate was revoked on %1, no later than the act it signed on %2.</source>
        <translation>The signing certificate was revoked on %1, no later than the act it signed on %2.</translation>
    </message>
    <message>
        <source>The signature does not verify: the decision was changed after it was signed.</source>
        <translation>The signature does not verify: the decision was changed after it was signed.</translation>
    </message>
    <message>
        <source>The trusted authorities&apos; file holds no root certificate.</source>
        <translation>The trusted authorities&apos; file holds no root certificate.</translation>
    </message>
    <message>
        <source>The signing certificate had expired when the decision was made (%1).</source>
        <translation>The signing certificate had expired when the decision was made (%1).</translation>
    </message>
    <message>
        <source>The signing certificate was not yet valid when the decision was made (%1).</source>
        <translation>The signing certificate was not yet valid when the decision was made (%1).</translation>
    </message>
    <message>
        <source>The signing certificate was not issued under an authority this site trusts.</source>
        <translation>The signing certificate was not issued under an authority this site trusts.</translation>
    </message>
    <message>
        <source>The signing certificate&apos;s chain to a trusted authority does not hold: %1.</source>
        <translation>The signing certificate&apos;s chain to a trusted authority does not hold: %1.</translation>
    </message>
    <message>
        <source>The decision is signed with a key that is not for signing (an authentication key). Sign it with your signing key.</source>
        <translation>The decision is signed with a key that is not for signing (an authentication key). Sign it with your signing key.</translation>
    </message>
    <message>
        <source>The signing certificate does not name its holder&apos;s IIN: it is not a personal certificate of Kazakhstan&apos;s PKI.</source>
        <translation>The signing certificate does not name its holder&apos;s IIN: it is not a personal certificate of Kazakhstan&apos;s PKI.</translation>
    </message>
    <message>
        <source>The timestamp is not an RFC 3161 timestamp token.</source>
        <translation>The timestamp is not an RFC 3161 timestamp token.</translation>
    </message>
    <message>
        <source>The timestamp is not over this signature: it stamps other bytes, or not by SHA-256.</source>
        <translation>The timestamp is not over this signature: it stamps other bytes, or not by SHA-256.</translation>
    </message>
    <message>
        <source>The certificate is not a timestamp authority&apos;s: it lacks the critical timeStamping extended key usage.</source>
        <translation>The certificate is not a timestamp authority&apos;s: it lacks the critical timeStamping extended key usage.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>The timestamp authority has not issued the timestamp yet: %1</source>
        <translation>The timestamp authority has not issued the timestamp yet: %1</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s certificate is being revoked: %1</source>
        <translation>The timestamp authority&apos;s certificate is being revoked: %1</translation>
    </message>
    <message>
        <source>The timestamp authority refused the request: %1</source>
        <translation>The timestamp authority refused the request: %1</translation>
    </message>
    <message>
        <source>The timestamp is not from a trusted timestamp authority (%1).</source>
        <translation>The timestamp is not from a trusted timestamp authority (%1).</translation>
    </message>
    <message>
        <source>The timestamp&apos;s signature does not verify: it was changed after the timestamp authority issued it.</source>
        <translation>The timestamp&apos;s signature does not verify: it was changed after the timestamp authority issued it.</translation>
    </message>
    <message>
        <source>The timestamp request is not an RFC 3161 request.</source>
        <translation>The timestamp request is not an RFC 3161 request.</translation>
    </message>
    <message>
        <source>A timestamp needs the time it states.</source>
        <translation>A timestamp needs the time it states.</translation>
    </message>
    <message>
        <source>The answer is not an RFC 3161 timestamp response.</source>
        <translation>The answer is not an RFC 3161 timestamp response.</translation>
    </message>
    <message>
        <source>The signature already carries a timestamp.</source>
        <translation>The signature already carries a timestamp.</translation>
    </message>
    <message>
        <source>The timestamp names a timestamp authority whose certificate is not known.</source>
        <translation>The timestamp names a timestamp authority whose certificate is not known.</translation>
    </message>
    <message>
        <source>The revocation list is a delta list, or covers only some of the authority&apos;s certificates: give the authority&apos;s full list.</source>
        <translation>The revocation list is a delta list, or covers only some of the authority&apos;s certificates: give the authority&apos;s full list.</translation>
    </message>
    <message>
        <source>The certificate of an authority in the signing certificate&apos;s chain was not valid when the decision was made (%1).</source>
        <translation>The certificate of an authority in the signing certificate&apos;s chain was not valid when the decision was made (%1).</translation>
    </message>
    <message>
        <source>The signature carries no content: what it signs is not in it.</source>
        <translation>The signature carries no content: what it signs is not in it.</translation>
    </message>
    <message>
        <source>The token&apos;s module lists no slots: is the token reader connected?</source>
        <translation>The token&apos;s module lists no slots: is the token reader connected?</translation>
    </message>
    <message>
        <source>The token was removed. What was signed before stays signed; insert the token and sign the rest again.</source>
        <translation>The token was removed. What was signed before stays signed; insert the token and sign the rest again.</translation>
    </message>
    <message>
        <source>No token is inserted. Insert your token and try again.</source>
        <translation>No token is inserted. Insert your token and try again.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked after too many wrong tries. Nothing was signed. Unlock it with the PUK the token came with.</source>
        <translation>The token&apos;s PIN is locked after too many wrong tries. Nothing was signed. Unlock it with the PUK the token came with.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Nothing was signed. One try is left before the token locks the PIN.</source>
        <translation>The PIN is wrong. Nothing was signed. One try is left before the token locks the PIN.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Nothing was signed. Few tries are left before the token locks the PIN.</source>
        <translation>The PIN is wrong. Nothing was signed. Few tries are left before the token locks the PIN.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Nothing was signed.</source>
        <translation>The PIN is wrong. Nothing was signed.</translation>
    </message>
    <message>
        <source>The token&apos;s module %1 cannot be loaded. Check that the token&apos;s software is installed and the module&apos;s path is right.</source>
        <translation>The token&apos;s module %1 cannot be loaded. Check that the token&apos;s software is installed and the module&apos;s path is right.</translation>
    </message>
    <message>
        <source>A signing session is already open on the token. Finish it first.</source>
        <translation>A signing session is already open on the token. Finish it first.</translation>
    </message>
    <message>
        <source>No token holds a signing certificate for IIN %1. Insert the token with your signing key (not only the authentication one).</source>
        <translation>No token holds a signing certificate for IIN %1. Insert the token with your signing key (not only the authentication one).</translation>
    </message>
    <message>
        <source>The token holds the signing certificate for IIN %1 but not its key.</source>
        <translation type="vanished">The token holds the signing certificate for IIN %1 but not its key.</translation>
    </message>
    <message>
        <source>The signing session on the token has ended. Enter the PIN again.</source>
        <translation>The signing session on the token has ended. Enter the PIN again.</translation>
    </message>
    <message>
        <source>This key is not for signing in (it is a signing key): sign in with your authentication key.</source>
        <translation>This key is not for signing in (it is a signing key): sign in with your authentication key.</translation>
    </message>
    <message>
        <source>No token holds an authentication certificate for IIN %1. Insert the token with your authentication key.</source>
        <translation>No token holds an authentication certificate for IIN %1. Insert the token with your authentication key.</translation>
    </message>
    <message>
        <source>The token holds the certificate for IIN %1 but not its key.</source>
        <translation>The token holds the certificate for IIN %1 but not its key.</translation>
    </message>
</context>
<context>
    <name>Kezek::Server</name>
    <message>
        <source>The request body must be JSON (Content-Type: application/json).</source>
        <translation>The request body must be JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>The request body is not a JSON object: %1.</source>
        <translation>The request body is not a JSON object: %1.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length is not a number.</translation>
    </message>
    <message>
        <source>The request body is %1 bytes; at most %2 are accepted.</source>
        <translation>The request body is %1 bytes; at most %2 are accepted.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>There is no %1 %2.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>The request body is too large.</translation>
    </message>
    <message>
        <source>The request could not be served.</source>
        <translation type="vanished">The request could not be served.</translation>
    </message>
    <message>
        <source>The server failed; nothing was changed.</source>
        <translation>The server failed; nothing was changed.</translation>
    </message>
    <message>
        <source>The database is unavailable.</source>
        <translation>The database is unavailable.</translation>
    </message>
    <message>
        <source>Sign in first: the session is missing, expired or unknown.</source>
        <translation>Sign in first: the session is missing, expired or unknown.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1 UTC.</source>
        <translation type="vanished">Too many wrong passwords: the account is locked until %1 UTC.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>The parameter &quot;%1&quot; must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>A batch holds at most %1 commands; this one has %2.</source>
        <translation>A batch holds at most %1 commands; this one has %2.</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>There is no case &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only the eGov integration files applications.</source>
        <translation>Only the eGov integration files applications.</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Read settings from this INI file.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Address to listen on (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8443; 0 picks a free one).</source>
        <translation>Port to listen on (default 8443; 0 picks a free one).</translation>
    </message>
    <message>
        <source>TLS certificate chain (PEM).</source>
        <translation>TLS certificate chain (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>TLS private key (PEM).</translation>
    </message>
    <message>
        <source>Make or reuse a self-signed certificate in this folder (demos only).</source>
        <translation>Make or reuse a self-signed certificate in this folder (demos only).</translation>
    </message>
    <message>
        <source>sqlite:PATH (default, in the data folder) or postgresql://USER@HOST:PORT/DB.</source>
        <translation>sqlite:PATH (default, in the data folder) or postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Largest request body accepted (default 16 MiB).</source>
        <translation>Largest request body accepted (default 16 MiB).</translation>
    </message>
    <message>
        <source>Drop a client silent this long (default 15).</source>
        <translation>Drop a client silent this long (default 15).</translation>
    </message>
    <message>
        <source>Worker threads (default 8).</source>
        <translation type="vanished">Worker threads (default 8).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; cannot be &quot;%2&quot;.</source>
        <translation>The setting &quot;%1&quot; cannot be &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Kezek central server: the system of record over HTTPS.</source>
        <translation>Kezek central server: the system of record over HTTPS.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; cannot be read.</source>
        <translation>The settings file &quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>The settings file names an unknown setting &quot;%1&quot;.</source>
        <translation>The settings file names an unknown setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--cert and --key go together.</source>
        <translation>--cert and --key go together.</translation>
    </message>
    <message>
        <source>The server speaks HTTPS only: give --cert and --key, or --dev-cert DIR for a self-signed demo certificate.</source>
        <translation>The server speaks HTTPS only: give --cert and --key, or --dev-cert DIR for a self-signed demo certificate.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Cannot read &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Cannot write &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Cannot create the folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A decision must carry the officer&apos;s digital signature.</source>
        <translation>A decision must carry the officer&apos;s digital signature.</translation>
    </message>
    <message>
        <source>No signing certificate is registered for %1; an administrator registers it with &quot;kezekctl admin set-certificate&quot;.</source>
        <translation>No signing certificate is registered for %1; an administrator registers it with &quot;kezekctl admin set-certificate&quot;.</translation>
    </message>
    <message>
        <source>The decision is signed with another person&apos;s key, not with the certificate registered for %1.</source>
        <translation type="vanished">The decision is signed with another person&apos;s key, not with the certificate registered for %1.</translation>
    </message>
    <message>
        <source>The authority (PEM) whose certificates may sign decisions; with --dev-cert, a demo authority is made there when this is not given.</source>
        <translation>The authority (PEM) whose certificates may sign decisions; with --dev-cert, a demo authority is made there when this is not given.</translation>
    </message>
    <message>
        <source>Decisions are signed: give --signing-ca with the certificate of the authority that issues the officers&apos; signing keys.</source>
        <translation>Decisions are signed: give --signing-ca with the certificate of the authority that issues the officers&apos; signing keys.</translation>
    </message>
    <message>
        <source>A document is addressed by the SHA-256 of its bytes, in lower-case hex; &quot;%1&quot; is not one.</source>
        <translation>A document is addressed by the SHA-256 of its bytes, in lower-case hex; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>Only migration officers, CSC operators and eGov file scans.</source>
        <translation>Only migration officers, CSC operators and eGov file scans.</translation>
    </message>
    <message>
        <source>The document&apos;s name must be a plain file name: no folders, no control characters, no leading dot, at most 200 characters.</source>
        <translation>The document&apos;s name must be a plain file name: no folders, no control characters, no leading dot, at most 200 characters.</translation>
    </message>
    <message>
        <source>A scan is a PDF, PNG or JPEG file, sent with its own Content-Type (application/pdf, image/png or image/jpeg).</source>
        <translation>A scan is a PDF, PNG or JPEG file, sent with its own Content-Type (application/pdf, image/png or image/jpeg).</translation>
    </message>
    <message>
        <source>The bytes received have the SHA-256 %1, not the one in the address: the upload was damaged or is another file.</source>
        <translation>The bytes received have the SHA-256 %1, not the one in the address: the upload was damaged or is another file.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>There is no document %1.</translation>
    </message>
    <message>
        <source>Largest scan accepted (default 20 MiB).</source>
        <translation>Largest scan accepted (default 20 MiB).</translation>
    </message>
    <message>
        <source>This credential does not speak for the integration &quot;%1&quot;.</source>
        <translation>This credential does not speak for the integration &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This integration sends only: %1.</source>
        <translation>This integration sends only: %1.</translation>
    </message>
    <message>
        <source>Where notices to the applicants&apos; eGov cabinets go (simulated): log (default) or dir:PATH, a file per notice.</source>
        <translation>Where notices to the applicants&apos; eGov cabinets go (simulated): log (default) or dir:PATH, a file per notice.</translation>
    </message>
    <message>
        <source>How often the notices outbox is drained (default 5).</source>
        <translation>How often the notices outbox is drained (default 5).</translation>
    </message>
    <message>
        <source>Integrations send their messages to /api/v1/integration/NAME/commands.</source>
        <translation>Integrations send their messages to /api/v1/integration/NAME/commands.</translation>
    </message>
    <message>
        <source>Integrations do not claim cases.</source>
        <translation>Integrations do not claim cases.</translation>
    </message>
    <message>
        <source>Case %1 is being worked by %2 until %3 UTC; this command was not applied.</source>
        <translation>Case %1 is being worked by %2 until %3 UTC; this command was not applied.</translation>
    </message>
    <message>
        <source>How long an officer&apos;s claim on a case lasts unless renewed (default 480).</source>
        <translation>How long an officer&apos;s claim on a case lasts unless renewed (default 480).</translation>
    </message>
    <message>
        <source>The business calendar &quot;%1&quot; cannot be used: %2</source>
        <translation type="vanished">The business calendar &quot;%1&quot; cannot be used: %2</translation>
    </message>
    <message>
        <source>The business calendar (JSON) to count working days by; by default the one built into this program. Workstations receive it when they sync.</source>
        <translation>The business calendar (JSON) to count working days by; by default the one built into this program. Workstations receive it when they sync.</translation>
    </message>
    <message>
        <source>Your role reads cases and works none, so it claims none.</source>
        <translation>Your role reads cases and works none, so it claims none.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>There is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only a supervisor gives cases to colleagues.</source>
        <translation>Only a supervisor gives cases to colleagues.</translation>
    </message>
    <message>
        <source>The scan this command names (%1) never reached the server; make the comparison again with a new scan.</source>
        <translation>The scan this command names (%1) never reached the server; make the comparison again with a new scan.</translation>
    </message>
    <message>
        <source>This workstation speaks version %1 of Kezek&apos;s protocol; the server accepts version %2 and later. Ask your IT department to update Kezek: your outbox is kept until then.</source>
        <translation>This workstation speaks version %1 of Kezek&apos;s protocol; the server accepts version %2 and later. Ask your IT department to update Kezek: your outbox is kept until then.</translation>
    </message>
    <message>
        <source>The database is busy with other writes; send the commands again in a moment. Nothing of them is lost.</source>
        <translation>The database is busy with other writes; send the commands again in a moment. Nothing of them is lost.</translation>
    </message>
    <message>
        <source>This command names version %1 of case %2, which the server has not reached (it has %3).</source>
        <translation>This command names version %1 of case %2, which the server has not reached (it has %3).</translation>
    </message>
    <message>
        <source>How often the steps the law takes by itself (§12 deletion, §19 annulment) are looked for; also at start-up (default 60; 0: never).</source>
        <translation>How often the steps the law takes by itself (§12 deletion, §19 annulment) are looked for; also at start-up (default 60; 0: never).</translation>
    </message>
    <message>
        <source>How long a timed step waits, from the start of the day it falls due, for acts made on time offline (default 72).</source>
        <translation>How long a timed step waits, from the start of the day it falls due, for acts made on time offline (default 72).</translation>
    </message>
    <message>
        <source>No legal basis of the pilot is in force on %1 (the last ended on %2): applications are not taken.</source>
        <translation>No legal basis of the pilot is in force on %1 (the last ended on %2): applications are not taken.</translation>
    </message>
    <message>
        <source>The law&apos;s data (calendar &quot;%1&quot;, legal basis &quot;%2&quot;) cannot be used: %3</source>
        <translation>The law&apos;s data (calendar &quot;%1&quot;, legal basis &quot;%2&quot;) cannot be used: %3</translation>
    </message>
    <message>
        <source>The legal basis (JSON): the order and any instrument that extends or replaces it, with their terms; by default the one built in (the order, in force until 31.12.2025).</source>
        <translation>The legal basis (JSON): the order and any instrument that extends or replaces it, with their terms; by default the one built in (the order, in force until 31.12.2025).</translation>
    </message>
    <message>
        <source>What intake does on a day no legal basis is in force: accept the application and mark the case (default), or refuse it.</source>
        <translation>What intake does on a day no legal basis is in force: accept the application and mark the case (default), or refuse it.</translation>
    </message>
    <message>
        <source>Choose your own password first: the one you signed in with was given for one sign-in.</source>
        <translation>Choose your own password first: the one you signed in with was given for one sign-in.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts: try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong passwords: &quot;%1&quot; is locked until %2 UTC.</source>
        <translation>Too many wrong passwords: &quot;%1&quot; is locked until %2 UTC.</translation>
    </message>
    <message>
        <source>The server is checking many sign-ins: try again in a second.</source>
        <translation>The server is checking many sign-ins: try again in a second.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters and must differ from the old one and from the user name.</source>
        <translation>The new password needs at least %1 characters and must differ from the old one and from the user name.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Sign-ins one client address may try per minute, and at once; more are answered 429 with Retry-After (default 10).</source>
        <translation>Sign-ins one client address may try per minute, and at once; more are answered 429 with Retry-After (default 10).</translation>
    </message>
    <message>
        <source>Password checks this server runs at once; a sign-in that finds none free within a quarter second is answered 429 (default 2).</source>
        <translation>Password checks this server runs at once; a sign-in that finds none free within a quarter second is answered 429 (default 2).</translation>
    </message>
    <message>
        <source>Comma-separated addresses of the reverse proxies (nginx) whose X-Forwarded-For names the client; from any other address the header is ignored (default: none).</source>
        <translation>Comma-separated addresses of the reverse proxies (nginx) whose X-Forwarded-For names the client; from any other address the header is ignored (default: none).</translation>
    </message>
    <message>
        <source>Sessions one user may hold; a new sign-in ends the oldest beyond it (default 5).</source>
        <translation>Sessions one user may hold; a new sign-in ends the oldest beyond it (default 5).</translation>
    </message>
    <message>
        <source>This credential reads no cases.</source>
        <translation>This credential reads no cases.</translation>
    </message>
    <message>
        <source>This outside system&apos;s job needs no scans, so it reads none.</source>
        <translation>This outside system&apos;s job needs no scans, so it reads none.</translation>
    </message>
    <message>
        <source>The audit log&apos;s key (HMAC), made on first start when missing; readable by the server&apos;s user only, outside the database (default: beside a SQLite database; for PostgreSQL, give it to every server).</source>
        <translation>The audit log&apos;s key (HMAC), made on first start when missing; readable by the server&apos;s user only, outside the database (default: beside a SQLite database; for PostgreSQL, give it to every server).</translation>
    </message>
    <message>
        <source>A file the audit chain&apos;s head is appended to, at start, every audit-checkpoint-minutes and at stop, for write-once storage (default: beside a SQLite database; the journal has them always).</source>
        <translation>A file the audit chain&apos;s head is appended to, at start, every audit-checkpoint-minutes and at stop, for write-once storage (default: beside a SQLite database; the journal has them always).</translation>
    </message>
    <message>
        <source>How often the audit chain&apos;s head is written out (default 10).</source>
        <translation>How often the audit chain&apos;s head is written out (default 10).</translation>
    </message>
    <message>
        <source>Reads of cases are audited per session and period of this length, and entered in the audit chain when the period is over (default 15).</source>
        <translation>Reads of cases are audited per session and period of this length, and entered in the audit chain when the period is over (default 15).</translation>
    </message>
    <message>
        <source>The request is not well-formed HTTP, or its packed body cannot be unpacked.</source>
        <translation>The request is not well-formed HTTP, or its packed body cannot be unpacked.</translation>
    </message>
    <message>
        <source>A request body is sent as it is or packed with gzip; &quot;%1&quot; is not accepted.</source>
        <translation>A request body is sent as it is or packed with gzip; &quot;%1&quot; is not accepted.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large: at most %1 bytes and %2 headers are accepted.</source>
        <translation>The request&apos;s headers are too large: at most %1 bytes and %2 headers are accepted.</translation>
    </message>
    <message>
        <source>The server holds as many connections as it may, in all or from your address: try again in a few seconds.</source>
        <translation>The server holds as many connections as it may, in all or from your address: try again in a few seconds.</translation>
    </message>
    <message>
        <source>Requests served at once, each with its own database connection (default 8). Waiting connections take no thread.</source>
        <translation>Requests served at once, each with its own database connection (default 8). Waiting connections take no thread.</translation>
    </message>
    <message>
        <source>Connections held open at once; more are answered 503 with Retry-After (default 50000, and never more than the open files allowed).</source>
        <translation>Connections held open at once; more are answered 503 with Retry-After (default 50000, and never more than the open files allowed).</translation>
    </message>
    <message>
        <source>Connections one client address may hold open; behind a trusted proxy, requests at once from the client it names (default 256).</source>
        <translation>Connections one client address may hold open; behind a trusted proxy, requests at once from the client it names (default 256).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold the timestamp authority&apos;s certificate and its key (PEM).</source>
        <translation>&quot;%1&quot; must hold the timestamp authority&apos;s certificate and its key (PEM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no certificate (PEM).</source>
        <translation>&quot;%1&quot; holds no certificate (PEM).</translation>
    </message>
    <message>
        <source>The decision is signed with the certificate of another person (IIN %1), not of %2.</source>
        <translation>The decision is signed with the certificate of another person (IIN %1), not of %2.</translation>
    </message>
    <message>
        <source>The decision is signed with a key that is not the one registered for %1.</source>
        <translation>The decision is signed with a key that is not the one registered for %1.</translation>
    </message>
    <message>
        <source>The site timestamp authority&apos;s certificates (PEM): a decision signed online carries its token.</source>
        <translation>The site timestamp authority&apos;s certificates (PEM): a decision signed online carries its token.</translation>
    </message>
    <message>
        <source>This server&apos;s own timestamp authority (PEM certificate and key): it stamps a decision signed offline on receipt; with --dev-cert, made there when this is not given.</source>
        <translation>This server&apos;s own timestamp authority (PEM certificate and key): it stamps a decision signed offline on receipt; with --dev-cert, made there when this is not given.</translation>
    </message>
    <message>
        <source>The timestamp says the decision was signed at %1, but the decision says it was made at %2: more than five minutes apart. Check the computer&apos;s clock and sign it again.</source>
        <translation>The timestamp says the decision was signed at %1, but the decision says it was made at %2: more than five minutes apart. Check the computer&apos;s clock and sign it again.</translation>
    </message>
    <message>
        <source>The decision carries no timestamp, and this server has no timestamp authority of its own to stamp it on receipt (--archive-tsa).</source>
        <translation>The decision carries no timestamp, and this server has no timestamp authority of its own to stamp it on receipt (--archive-tsa).</translation>
    </message>
    <message>
        <source>The revocation lists (CRL, DER or PEM) of the authorities that issue officers&apos; certificates, comma-separated, kept current by the site: a certificate revoked before a decision&apos;s time is refused.</source>
        <translation>The revocation lists (CRL, DER or PEM) of the authorities that issue officers&apos; certificates, comma-separated, kept current by the site: a certificate revoked before a decision&apos;s time is refused.</translation>
    </message>
    <message>
        <source>The revocation list &quot;%1&quot; cannot be read (%2): no decision can be accepted until it can.</source>
        <translation>The revocation list &quot;%1&quot; cannot be read (%2): no decision can be accepted until it can.</translation>
    </message>
    <message>
        <source>No revocation list of the authority that issued the signing certificate is configured (crl): the server cannot tell whether it was revoked.</source>
        <translation>No revocation list of the authority that issued the signing certificate is configured (crl): the server cannot tell whether it was revoked.</translation>
    </message>
    <message>
        <source>The certificate registered for %1 names no IIN: an administrator registers the officer&apos;s certificate again with &quot;kezekctl admin set-certificate&quot;.</source>
        <translation>The certificate registered for %1 names no IIN: an administrator registers the officer&apos;s certificate again with &quot;kezekctl admin set-certificate&quot;.</translation>
    </message>
    <message>
        <source>A timestamp request is sent as application/timestamp-query (RFC 3161).</source>
        <translation>A timestamp request is sent as application/timestamp-query (RFC 3161).</translation>
    </message>
    <message>
        <source>The authority (PEM: roots and intermediates) whose certificates sign the ministry&apos;s petitions; with it, an application is taken only with a petition the ministry signed. With --dev-cert, a demo ministry is made there when this is not given.</source>
        <translation>The authority (PEM: roots and intermediates) whose certificates sign the ministry&apos;s petitions; with it, an application is taken only with a petition the ministry signed. With --dev-cert, a demo ministry is made there when this is not given.</translation>
    </message>
    <message>
        <source>The ministry&apos;s BIN, as its signing certificates carry it (OU=BIN…): a petition signed under any other is refused.</source>
        <translation>The ministry&apos;s BIN, as its signing certificates carry it (OU=BIN…): a petition signed under any other is refused.</translation>
    </message>
    <message>
        <source>The issuing authority&apos;s OCSP responder (http://…, e.g. http://ocsp.pki.gov.kz): each signing certificate&apos;s status is asked of it, cached until the answer&apos;s next update, and the answer kept with the decision; with --crl too, the lists are used when it cannot be reached.</source>
        <translation>The issuing authority&apos;s OCSP responder (http://…, e.g. http://ocsp.pki.gov.kz): each signing certificate&apos;s status is asked of it, cached until the answer&apos;s next update, and the answer kept with the decision; with --crl too, the lists are used when it cannot be reached.</translation>
    </message>
    <message>
        <source>OCSP responder certificates (PEM) trusted besides the authorities and the responders they authorise (default: none).</source>
        <translation>OCSP responder certificates (PEM) trusted besides the authorities and the responders they authorise (default: none).</translation>
    </message>
    <message>
        <source>How long the OCSP responder may take to answer before a decision is refused as unverifiable (default 5).</source>
        <translation type="vanished">How long the OCSP responder may take to answer before a decision is refused as unverifiable (default 5).</translation>
    </message>
    <message>
        <source>--ministry-ca needs --ministry-bin: the ministry&apos;s BIN is what tells its certificates from any other organisation&apos;s.</source>
        <translation>--ministry-ca needs --ministry-bin: the ministry&apos;s BIN is what tells its certificates from any other organisation&apos;s.</translation>
    </message>
    <message>
        <source>This server has no timestamp authority of its own (--archive-tsa): the decision goes without a timestamp and is stamped on receipt.</source>
        <translation>This server has no timestamp authority of its own (--archive-tsa): the decision goes without a timestamp and is stamped on receipt.</translation>
    </message>
    <message>
        <source>The OCSP responder %1 gave no OCSP response within %2 seconds: the server cannot tell whether the signing certificate was revoked. Try again later.</source>
        <translation>The OCSP responder %1 gave no OCSP response within %2 seconds: the server cannot tell whether the signing certificate was revoked. Try again later.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is not one CMS (PKCS#7) signature carrying the petition it signs.</source>
        <translation>The ministry&apos;s petition is not one CMS (PKCS#7) signature carrying the petition it signs.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition does not verify: its bytes were changed after it was signed.</source>
        <translation>The ministry&apos;s petition does not verify: its bytes were changed after it was signed.</translation>
    </message>
    <message>
        <source>The certificate the ministry&apos;s petition is signed with had expired when the petition arrived (%1).</source>
        <translation>The certificate the ministry&apos;s petition is signed with had expired when the petition arrived (%1).</translation>
    </message>
    <message>
        <source>The certificate the ministry&apos;s petition is signed with was not yet valid when the petition arrived (%1).</source>
        <translation>The certificate the ministry&apos;s petition is signed with was not yet valid when the petition arrived (%1).</translation>
    </message>
    <message>
        <source>An authority above the certificate the ministry&apos;s petition is signed with was not valid when the petition arrived (%1).</source>
        <translation>An authority above the certificate the ministry&apos;s petition is signed with was not valid when the petition arrived (%1).</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is signed with a certificate not issued under the ministry&apos;s authority this site trusts.</source>
        <translation>The ministry&apos;s petition is signed with a certificate not issued under the ministry&apos;s authority this site trusts.</translation>
    </message>
    <message>
        <source>The ministry&apos;s petition is signed with a key that is not for signing.</source>
        <translation>The ministry&apos;s petition is signed with a key that is not for signing.</translation>
    </message>
    <message>
        <source>The petition is not signed by the ministry (MDDIAI): its signer is %1 (§8).</source>
        <translation>The petition is not signed by the ministry (MDDIAI): its signer is %1 (§8).</translation>
    </message>
    <message>
        <source>The application brings no petition signed by the ministry (MDDIAI): it is taken only with one (§8, §10(3)).</source>
        <translation>The application brings no petition signed by the ministry (MDDIAI): it is taken only with one (§8, §10(3)).</translation>
    </message>
    <message>
        <source>The addresses (http://…, comma-separated, e.g. http://crl.pki.gov.kz/nca_rsa.crl) of the revocation lists of the authorities that issue officers&apos; certificates: the server fetches each (within --ocsp-timeout), keeps it until its next update, and keeps the list used with the decision; used after the OCSP responder and before --crl files.</source>
        <translation>The addresses (http://…, comma-separated, e.g. http://crl.pki.gov.kz/nca_rsa.crl) of the revocation lists of the authorities that issue officers&apos; certificates: the server fetches each (within --ocsp-timeout), keeps it until its next update, and keeps the list used with the decision; used after the OCSP responder and before --crl files.</translation>
    </message>
    <message>
        <source>How long the OCSP responder may take to answer, or a revocation list (--crl-url) to arrive, before a decision is refused as unverifiable (default 5).</source>
        <translation>How long the OCSP responder may take to answer, or a revocation list (--crl-url) to arrive, before a decision is refused as unverifiable (default 5).</translation>
    </message>
    <message>
        <source>The revocation list %1 could not be fetched within %2 seconds and no copy of it is current: the server cannot tell whether the signing certificate was revoked. Try again later.</source>
        <translation>The revocation list %1 could not be fetched within %2 seconds and no copy of it is current: the server cannot tell whether the signing certificate was revoked. Try again later.</translation>
    </message>
    <message>
        <source>None of the revocation lists the server fetches (crl-url) is of the authority that issued the signing certificate: the server cannot tell whether it was revoked.</source>
        <translation>None of the revocation lists the server fetches (crl-url) is of the authority that issued the signing certificate: the server cannot tell whether it was revoked.</translation>
    </message>
    <message>
        <source>This site signs in with the password and the authentication key: choose your authentication key (a file or your token) and sign in again.</source>
        <translation>This site signs in with the password and the authentication key: choose your authentication key (a file or your token) and sign in again.</translation>
    </message>
    <message>
        <source>The sign-in was signed for a request the server did not make, or that was already used: sign in again.</source>
        <translation>The sign-in was signed for a request the server did not make, or that was already used: sign in again.</translation>
    </message>
    <message>
        <source>The sign-in took too long and its request expired: sign in again.</source>
        <translation>The sign-in took too long and its request expired: sign in again.</translation>
    </message>
    <message>
        <source>The authentication key is another person&apos;s (IIN %1), not %2&apos;s.</source>
        <translation>The authentication key is another person&apos;s (IIN %1), not %2&apos;s.</translation>
    </message>
    <message>
        <source>This key is not for signing in (it is a signing key): sign in with your authentication key.</source>
        <translation>This key is not for signing in (it is a signing key): sign in with your authentication key.</translation>
    </message>
    <message>
        <source>The report&apos;s period needs &quot;from&quot; and &quot;to&quot;, each a date written YYYY-MM-DD.</source>
        <translation>The report&apos;s period needs &quot;from&quot; and &quot;to&quot;, each a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (the parameter &quot;%2&quot;) is not a day of the calendar written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; (the parameter &quot;%2&quot;) is not a day of the calendar written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only the ministry and a city&apos;s supervisor read the pilot report.</source>
        <translation>Only the ministry and a city&apos;s supervisor read the pilot report.</translation>
    </message>
    <message>
        <source>The period starts on %1, after today (%2): nothing has happened in it yet.</source>
        <translation>The period starts on %1, after today (%2): nothing has happened in it yet.</translation>
    </message>
    <message>
        <source>A sign-in with the key sends both the challenge and the signature.</source>
        <translation>A sign-in with the key sends both the challenge and the signature.</translation>
    </message>
    <message>
        <source>The sign-in&apos;s signature does not verify: it was made for another user, server or request.</source>
        <translation>The sign-in&apos;s signature does not verify: it was made for another user, server or request.</translation>
    </message>
    <message>
        <source>Whether officers sign in with their authentication key (EDS) besides the password: required, optional (a key sent is checked) or off (default). The key is checked against --signing-ca and revocation as decisions&apos; signatures are.</source>
        <translation>Whether officers sign in with their authentication key (EDS) besides the password: required, optional (a key sent is checked) or off (default). The key is checked against --signing-ca and revocation as decisions&apos; signatures are.</translation>
    </message>
    <message>
        <source>How long the challenge a sign-in with the key signs stays good (default 120).</source>
        <translation>How long the challenge a sign-in with the key signs stays good (default 120).</translation>
    </message>
    <message>
        <source>The names, with their ports, workstations address this server by, comma-separated: a sign-in with the key is good only when it names one of them (default: the listen address and port; behind a reverse proxy, the public name, e.g. kezek.migration.kz:443).</source>
        <translation>The names, with their ports, workstations address this server by, comma-separated: a sign-in with the key is good only when it names one of them (default: the listen address and port; behind a reverse proxy, the public name, e.g. kezek.migration.kz:443).</translation>
    </message>
    <message>
        <source>The server listens on every address: give --sign-in-audience with the name and port workstations address it by, for sign-in with the key.</source>
        <translation>The server listens on every address: give --sign-in-audience with the name and port workstations address it by, for sign-in with the key.</translation>
    </message>
    <message>
        <source>How often the officers&apos; clocks in their warning or breached are looked for, to tell the case&apos;s holder and the city&apos;s supervisors; also at start-up (default 15; 0: never).</source>
        <translation>How often the officers&apos; clocks in their warning or breached are looked for, to tell the case&apos;s holder and the city&apos;s supervisors; also at start-up (default 15; 0: never).</translation>
    </message>
    <message>
        <source>Only a supervisor marks colleagues absent and reads their absences.</source>
        <translation>Only a supervisor marks colleagues absent and reads their absences.</translation>
    </message>
    <message>
        <source>Only the ministry and a city&apos;s supervisor export lists of cases.</source>
        <translation>Only the ministry and a city&apos;s supervisor export lists of cases.</translation>
    </message>
    <message>
        <source>Case %1 is held by %2 now, not by whom you saw: it was not given to %3. Look at it again before you give it.</source>
        <translation>Case %1 is held by %2 now, not by whom you saw: it was not given to %3. Look at it again before you give it.</translation>
    </message>
    <message>
        <source>A note needs its id (a UUID) and the time it was written.</source>
        <translation>A note needs its id (a UUID) and the time it was written.</translation>
    </message>
    <message>
        <source>Integrations neither read nor write a case&apos;s internal notes.</source>
        <translation>Integrations neither read nor write a case&apos;s internal notes.</translation>
    </message>
    <message>
        <source>The note was not found again.</source>
        <translation>The note was not found again.</translation>
    </message>
    <message>
        <source>Another note already has the id %1.</source>
        <translation>Another note already has the id %1.</translation>
    </message>
    <message>
        <source>The absence &quot;%1&quot; is already another person&apos;s; mark this one under a new id.</source>
        <translation>The absence &quot;%1&quot; is already another person&apos;s; mark this one under a new id.</translation>
    </message>
</context>
<context>
    <name>Kezek::ShippedData</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Cannot read &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>Kezek::SignInDialog</name>
    <message>
        <source>Kezek: sign in</source>
        <translation>Kezek: sign in</translation>
    </message>
    <message>
        <source>&lt;b&gt;Digital Nomad Residency&lt;/b&gt;&lt;br&gt;Migration Service workstation</source>
        <translation>&lt;b&gt;Digital Nomad Residency&lt;/b&gt;&lt;br&gt;Migration Service workstation</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>Kezek::Store</name>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>The database refused a statement: %1</translation>
    </message>
    <message>
        <source>The migration &quot;%1&quot; cannot be read.</source>
        <translation>The migration &quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>The migrations skip from %1 to %2.</source>
        <translation>The migrations skip from %1 to %2.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version cannot be read: %1</source>
        <translation>The database&apos;s schema version cannot be read: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2). Upgrade the program; the database was not changed.</source>
        <translation>The database has schema version %1, newer than this program knows (%2). Upgrade the program; the database was not changed.</translation>
    </message>
    <message>
        <source>A transaction cannot start: %1</source>
        <translation>A transaction cannot start: %1</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Migration %1 (%2) failed and was rolled back: %3</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation>Migration %1 could not be recorded: %2</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>The database failed: %1</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is neither sqlite:PATH nor postgresql://…</source>
        <translation>The database URL &quot;%1&quot; is neither sqlite:PATH nor postgresql://…</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>The database cannot be opened: %1</translation>
    </message>
    <message>
        <source>The change could not be committed: %1</source>
        <translation>The change could not be committed: %1</translation>
    </message>
    <message>
        <source>A case with the id &quot;%1&quot; or the number &quot;%2&quot; exists already.</source>
        <translation>A case with the id &quot;%1&quot; or the number &quot;%2&quot; exists already.</translation>
    </message>
    <message>
        <source>The case was stored meanwhile.</source>
        <translation>The case was stored meanwhile.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already exists.</source>
        <translation>The user &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Entry %1 was removed.</source>
        <translation>Entry %1 was removed.</translation>
    </message>
    <message>
        <source>Entry %1 was changed.</source>
        <translation>Entry %1 was changed.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>There is no document %1.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; already exists.</source>
        <translation>The office &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>The local cache failed: %1</source>
        <translation>The local cache failed: %1</translation>
    </message>
    <message>
        <source>Cannot write the cache&apos;s key file &quot;%1&quot;: %2.</source>
        <translation>Cannot write the cache&apos;s key file &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The cache&apos;s key file &quot;%1&quot; is missing: without it the cache cannot be opened. Sync again into a new cache.</source>
        <translation type="vanished">The cache&apos;s key file &quot;%1&quot; is missing: without it the cache cannot be opened. Sync again into a new cache.</translation>
    </message>
    <message>
        <source>The cache&apos;s key file &quot;%1&quot; is damaged.</source>
        <translation type="vanished">The cache&apos;s key file &quot;%1&quot; is damaged.</translation>
    </message>
    <message>
        <source>The password does not open this workstation&apos;s cache.</source>
        <translation>The password does not open this workstation&apos;s cache.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kezek cache, or it is damaged; it was left as it is.</source>
        <translation>&quot;%1&quot; is not a Kezek cache, or it is damaged; it was left as it is.</translation>
    </message>
    <message>
        <source>The cache has schema version %1, newer than this program knows (%2). Upgrade Kezek; the cache was not changed.</source>
        <translation>The cache has schema version %1, newer than this program knows (%2). Upgrade Kezek; the cache was not changed.</translation>
    </message>
    <message>
        <source>The server sent a case that is not whole (&quot;%1&quot;); the page was not kept.</source>
        <translation>The server sent a case that is not whole (&quot;%1&quot;); the page was not kept.</translation>
    </message>
    <message>
        <source>The cache&apos;s key in %1 is damaged.</source>
        <translation>The cache&apos;s key in %1 is damaged.</translation>
    </message>
    <message>
        <source>The key of the cache &quot;%1&quot; is neither in this computer&apos;s keychain nor in a key file beside it: without it the cache cannot be opened. Sync again into a new cache.</source>
        <translation>The key of the cache &quot;%1&quot; is neither in this computer&apos;s keychain nor in a key file beside it: without it the cache cannot be opened. Sync again into a new cache.</translation>
    </message>
    <message>
        <source>This computer has no system keychain to keep the cache&apos;s key in.</source>
        <translation>This computer has no system keychain to keep the cache&apos;s key in.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
    <message>
        <source>The scan received is not the one asked for (%1): it was not kept.</source>
        <translation>The scan received is not the one asked for (%1): it was not kept.</translation>
    </message>
    <message>
        <source>Cannot make the folder for scans &quot;%1&quot;.</source>
        <translation>Cannot make the folder for scans &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot keep a scan in &quot;%1&quot;: %2.</source>
        <translation>Cannot keep a scan in &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The cached scan %1 is damaged or was altered; it will be fetched again at the next sync.</source>
        <translation>The cached scan %1 is damaged or was altered; it will be fetched again at the next sync.</translation>
    </message>
    <message>
        <source>The server sent a page that is not whole; nothing of it was kept.</source>
        <translation>The server sent a page that is not whole; nothing of it was kept.</translation>
    </message>
    <message>
        <source>The key of the cache &quot;%1&quot; is not beside it, and no system keychain answers now. If the key was kept in the keychain, sign in to the desktop (or start the keyring) and try again; the cache and its outbox are as they were.</source>
        <translation>The key of the cache &quot;%1&quot; is not beside it, and no system keychain answers now. If the key was kept in the keychain, sign in to the desktop (or start the keyring) and try again; the cache and its outbox are as they were.</translation>
    </message>
    <message>
        <source>The cached text of case %1 cannot be read, and the case cannot be opened on this workstation. Nothing was changed. Tell your IT department: the cache is damaged or was written by a newer Kezek.</source>
        <translation>The cached text of case %1 cannot be read, and the case cannot be opened on this workstation. Nothing was changed. Tell your IT department: the cache is damaged or was written by a newer Kezek.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>The database is busy: %1</translation>
    </message>
    <message>
        <source>The database is unavailable: %1</source>
        <translation>The database is unavailable: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log&apos;s key &quot;%1&quot;: %2.</source>
        <translation>Cannot write the audit log&apos;s key &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot read the audit log&apos;s key &quot;%1&quot;: %2.</source>
        <translation>Cannot read the audit log&apos;s key &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The audit log&apos;s key &quot;%1&quot; is not a key (at least 32 hex digits).</source>
        <translation>The audit log&apos;s key &quot;%1&quot; is not a key (at least 32 hex digits).</translation>
    </message>
    <message>
        <source>The audit log is keyed, and its key was not given: nothing was written. Give the key file (--audit-key, or KEZEK_AUDIT_KEY).</source>
        <translation>The audit log is keyed, and its key was not given: nothing was written. Give the key file (--audit-key, or KEZEK_AUDIT_KEY).</translation>
    </message>
    <message>
        <source>Entry %1 was written without the key after keyed entries: the log was rewritten from there.</source>
        <translation>Entry %1 was written without the key after keyed entries: the log was rewritten from there.</translation>
    </message>
    <message>
        <source>The audit log is keyed: give its key file (--audit-key, or KEZEK_AUDIT_KEY) to verify it.</source>
        <translation>The audit log is keyed: give its key file (--audit-key, or KEZEK_AUDIT_KEY) to verify it.</translation>
    </message>
    <message>
        <source>Entry %1, named by the checkpoint of %2, is gone: the log&apos;s tail was cut.</source>
        <translation>Entry %1, named by the checkpoint of %2, is gone: the log&apos;s tail was cut.</translation>
    </message>
    <message>
        <source>Entry %1 differs from the checkpoint of %2: the log was rewritten up to there and its chain made again.</source>
        <translation>Entry %1 differs from the checkpoint of %2: the log was rewritten up to there and its chain made again.</translation>
    </message>
    <message>
        <source>Entry %1 was written without the key, though the key file says every entry from %2 on is keyed: the log was rewritten.</source>
        <translation>Entry %1 was written without the key, though the key file says every entry from %2 on is keyed: the log was rewritten.</translation>
    </message>
    <message>
        <source>Another give has the request id &quot;%1&quot;: nothing was given. Give the case again.</source>
        <translation>Another give has the request id &quot;%1&quot;: nothing was given. Give the case again.</translation>
    </message>
</context>
<context>
    <name>Kezek::Sync</name>
    <message>
        <source>The server answered %1.</source>
        <translation>The server answered %1.</translation>
    </message>
    <message>
        <source>The server at %1 does not present the key this workstation was set up to trust. Nothing was sent. Tell your IT department: the server&apos;s certificate changed, or someone is in between.</source>
        <translation>The server at %1 does not present the key this workstation was set up to trust. Nothing was sent. Tell your IT department: the server&apos;s certificate changed, or someone is in between.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON; nothing of it was kept.</source>
        <translation>The server&apos;s answer is not JSON; nothing of it was kept.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>The sync was cancelled.</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 commands; the rest stay in the outbox.</source>
        <translation type="vanished">The server answered %1 of %2 commands; the rest stay in the outbox.</translation>
    </message>
    <message>
        <source>The server sent a page that does not continue from %1; nothing of it was kept.</source>
        <translation>The server sent a page that does not continue from %1; nothing of it was kept.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the %1 commands sent; they stay in the outbox and go again with the next sync.</source>
        <translation>The server&apos;s answer does not match the %1 commands sent; they stay in the outbox and go again with the next sync.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the %1 claims sent; they go again with the next sync.</source>
        <translation>The server&apos;s answer does not match the %1 claims sent; they go again with the next sync.</translation>
    </message>
    <message>
        <source>The connection to the server broke off: %1</source>
        <translation>The connection to the server broke off: %1</translation>
    </message>
    <message>
        <source>The server did not say who this user is; sign in online once.</source>
        <translation>The server did not say who this user is; sign in online once.</translation>
    </message>
    <message>
        <source>A decision is signed with your key: choose your key file and enter its password.</source>
        <translation>A decision is signed with your key: choose your key file and enter its password.</translation>
    </message>
    <message>
        <source>The case is no longer on this workstation.</source>
        <translation>The case is no longer on this workstation.</translation>
    </message>
    <message>
        <source>No certificate in &quot;%1&quot;.</source>
        <translation>No certificate in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The scan %1 made at this desk is no longer in the cache; make it again. The commands wait in the outbox.</source>
        <translation type="vanished">The scan %1 made at this desk is no longer in the cache; make it again. The commands wait in the outbox.</translation>
    </message>
    <message>
        <source>The scan is no longer in the cache.</source>
        <translation>The scan is no longer in the cache.</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again. Enter your password to sync; your commands wait in the outbox until then.</source>
        <translation>The server asks %1 to sign in again. Enter your password to sync; your commands wait in the outbox until then.</translation>
    </message>
    <message>
        <source>The server sent a page that is not whole JSON; nothing of it was kept.</source>
        <translation>The server sent a page that is not whole JSON; nothing of it was kept.</translation>
    </message>
    <message>
        <source>This version of Kezek is older than the server at %1 accepts (it needs protocol %2 or later; this is %3). Ask your IT department to update Kezek. Your commands wait in the outbox until then; nothing is lost.</source>
        <translation>This version of Kezek is older than the server at %1 accepts (it needs protocol %2 or later; this is %3). Ask your IT department to update Kezek. Your commands wait in the outbox until then; nothing is lost.</translation>
    </message>
    <message>
        <source>The server has the new password, but this workstation could not keep it for its cache (%1): offline, the cache still opens with the old password.</source>
        <translation>The server has the new password, but this workstation could not keep it for its cache (%1): offline, the cache still opens with the old password.</translation>
    </message>
    <message>
        <source>The server sent no certificate of the signing authority.</source>
        <translation>The server sent no certificate of the signing authority.</translation>
    </message>
    <message>
        <source>This step is not a signed decision.</source>
        <translation>This step is not a signed decision.</translation>
    </message>
    <message>
        <source>The server keeps no signed copy of this decision.</source>
        <translation>The server keeps no signed copy of this decision.</translation>
    </message>
    <message>
        <source>The signed bytes are not a command Kezek can read.</source>
        <translation>The signed bytes are not a command Kezek can read.</translation>
    </message>
    <message>
        <source>The signature is intact, but what it signs is not the decision this case shows: its case, kind, reasons or text differ.</source>
        <translation>The signature is intact, but what it signs is not the decision this case shows: its case, kind, reasons or text differ.</translation>
    </message>
    <message>
        <source>You stopped the batch.</source>
        <translation>You stopped the batch.</translation>
    </message>
    <message>
        <source>The key was put away after the last batch: enter its password or PIN again.</source>
        <translation>The key was put away after the last batch: enter its password or PIN again.</translation>
    </message>
    <message>
        <source>The authentication key file &quot;%1&quot; cannot be read.</source>
        <translation>The authentication key file &quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>This file holds a key that is not for signing in (a signing key): choose your authentication key.</source>
        <translation>This file holds a key that is not for signing in (a signing key): choose your authentication key.</translation>
    </message>
    <message>
        <source>The tokens inserted hold the authentication keys of more than one person: leave only yours inserted.</source>
        <translation>The tokens inserted hold the authentication keys of more than one person: leave only yours inserted.</translation>
    </message>
    <message>
        <source>No token inserted holds an authentication certificate. Insert the token with your authentication key.</source>
        <translation>No token inserted holds an authentication certificate. Insert the token with your authentication key.</translation>
    </message>
    <message>
        <source>The authentication key was put away after the sign-in: give it again.</source>
        <translation>The authentication key was put away after the sign-in: give it again.</translation>
    </message>
    <message>
        <source>The period ends on %1, after today (%2): nothing has happened on it yet. Choose a period up to today.</source>
        <translation>The period ends on %1, after today (%2): nothing has happened on it yet. Choose a period up to today.</translation>
    </message>
    <message>
        <source>Not given: the run was stopped before it.</source>
        <translation>Not given: the run was stopped before it.</translation>
    </message>
    <message>
        <source>Not given: %1</source>
        <translation>Not given: %1</translation>
    </message>
    <message>
        <source>Your role reads cases and works none, so it claims none.</source>
        <translation>Your role reads cases and works none, so it claims none.</translation>
    </message>
    <message>
        <source>%1 works on this case: it cannot be claimed before they give it back or their claim runs out.</source>
        <translation>%1 works on this case: it cannot be claimed before they give it back or their claim runs out.</translation>
    </message>
    <message>
        <source>Notes are written on the cases your role and city may see.</source>
        <translation>Notes are written on the cases your role and city may see.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the %1 export records sent; they go again with the next sync.</source>
        <translation>The server&apos;s answer does not match the %1 export records sent; they go again with the next sync.</translation>
    </message>
    <message>
        <source>The sync stopped on an internal error; nothing sent is lost and it is tried again at the next sync. If it happens again, send the log to your IT department (Help menu).</source>
        <translation>The sync stopped on an internal error; nothing sent is lost and it is tried again at the next sync. If it happens again, send the log to your IT department (Help menu).</translation>
    </message>
</context>
<context>
    <name>Kezek::Ui</name>
    <message>
        <source>%1: case %2</source>
        <translation>%1: case %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, case %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, case %4 (%5)</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Documents at fault:</source>
        <translation>&amp;Documents at fault:</translation>
    </message>
    <message>
        <source>What the applicant should know, in plain words</source>
        <translation>What the applicant should know, in plain words</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Your signing key</translation>
    </message>
    <message>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>PKCS#12 keys (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Signing &amp;key:</translation>
    </message>
    <message>
        <source>Key pass&amp;word:</source>
        <translation>Key pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Sign and queue</source>
        <translation>&amp;Sign and queue</translation>
    </message>
    <message>
        <source>&amp;Queue for the server</source>
        <translation>&amp;Queue for the server</translation>
    </message>
    <message>
        <source>The law allows this.</source>
        <translation>The law allows this.</translation>
    </message>
    <message>
        <source>Choose your signing key file (PKCS#12).</source>
        <translation>Choose your signing key file (PKCS#12).</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: due %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>Automatic checks</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Mark the document verified (Ctrl+Shift+V)</source>
        <translation>Mark the document verified (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>View &amp;scan</source>
        <translation>View &amp;scan</translation>
    </message>
    <message>
        <source>Reject the document</source>
        <translation>Reject the document</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Why is it rejected?</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>C&amp;hecks</translation>
    </message>
    <message>
        <source>C&amp;locks</source>
        <translation>C&amp;locks</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;story</translation>
    </message>
    <message>
        <source>Choose a case in the queue.</source>
        <translation>Choose a case in the queue.</translation>
    </message>
    <message>
        <source>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3 &amp;nbsp; &lt;i&gt;%4&lt;/i&gt;</source>
        <translation type="vanished">&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3 &amp;nbsp; &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) of yours wait for the next sync; the case is shown as they leave it.</source>
        <translation type="vanished">
            <numerusform>%n command of yours waits for the next sync; the case is shown as it leaves it.</numerusform>
            <numerusform>%n commands of yours wait for the next sync; the case is shown as they leave it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) met a newer version on the server: see the outbox.</source>
        <translation>
            <numerusform>%n command met a newer version on the server: see the outbox.</numerusform>
            <numerusform>%n commands met a newer version on the server: see the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) were refused by the server: see the outbox.</source>
        <translation>
            <numerusform>%n command was refused by the server: see the outbox.</numerusform>
            <numerusform>%n commands were refused by the server: see the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worked by %1</source>
        <translation>Worked by %1</translation>
    </message>
    <message>
        <source>Give back (Ctrl+M)</source>
        <translation>Give back (Ctrl+M)</translation>
    </message>
    <message>
        <source>Claim (Ctrl+M)</source>
        <translation>Claim (Ctrl+M)</translation>
    </message>
    <message>
        <source>A claimed case is yours for eight hours: nobody else acts on it, and its scans are kept here to read offline.</source>
        <translation>A claimed case is yours for eight hours: nobody else acts on it, and its scans are kept here to read offline.</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>Given names:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Born:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>IIN:</translation>
    </message>
    <message>
        <source>%1 (valid; born %2, %3)</source>
        <translation>%1 (valid; born %2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Passport:</source>
        <translation>Passport:</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valid until %2</translation>
    </message>
    <message>
        <source>MRZ:</source>
        <translation>MRZ:</translation>
    </message>
    <message>
        <source>MRZ reads:</source>
        <translation>MRZ reads:</translation>
    </message>
    <message>
        <source>%1 %2, passport %3 of %4, born %5, valid until %6</source>
        <translation>%1 %2, passport %3 of %4, born %5, valid until %6</translation>
    </message>
    <message>
        <source>Notices in:</source>
        <translation>Notices in:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>КҚП АЖ number:</source>
        <translation type="vanished">КҚП АЖ number:</translation>
    </message>
    <message>
        <source>Preliminary permit:</source>
        <translation>Preliminary permit:</translation>
    </message>
    <message>
        <source>At the CSC on:</source>
        <translation>At the CSC on:</translation>
    </message>
    <message>
        <source>Courier tracking:</source>
        <translation>Courier tracking:</translation>
    </message>
    <message>
        <source>Residence permit:</source>
        <translation>Residence permit:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
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
        <translation type="vanished"> (if applicable)</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>clear</translation>
    </message>
    <message>
        <source>HIT</source>
        <translation>HIT</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>preliminary</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>No scan was filed for this document.</source>
        <translation>No scan was filed for this document.</translation>
    </message>
    <message>
        <source>The scan is not on this workstation yet. Claim the case (Ctrl+M) and sync: the scans of claimed cases are kept here to read offline.</source>
        <translation>The scan is not on this workstation yet. Claim the case (Ctrl+M) and sync: the scans of claimed cases are kept here to read offline.</translation>
    </message>
    <message numerus="yes">
        <source>%n wd over</source>
        <translation>
            <numerusform>%n wd over</numerusform>
            <numerusform>%n wd over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d over</source>
        <translation>
            <numerusform>%n d over</numerusform>
            <numerusform>%n d over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y over</source>
        <translation>
            <numerusform>%n y over</numerusform>
            <numerusform>%n y over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wd</source>
        <translation>
            <numerusform>%n wd</numerusform>
            <numerusform>%n wd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n y</numerusform>
            <numerusform>%n y</numerusform>
        </translation>
    </message>
    <message>
        <source>Kezek is locked</source>
        <translation type="vanished">Kezek is locked</translation>
    </message>
    <message>
        <source>The workstation was locked while nobody used it. Enter the password of %1 to go on.</source>
        <translation>The workstation was locked while nobody used it. Enter the password of %1 to go on.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>The password is wrong.</translation>
    </message>
    <message>
        <source>Kezek — %1 (%2)</source>
        <translation>Kezek — %1 (%2)</translation>
    </message>
    <message>
        <source>Search the queue: case number, IIN, passport number or name (Ctrl+F)</source>
        <translation type="vanished">Search the queue: case number, IIN, passport number or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queues&lt;/b&gt;</source>
        <translation>&lt;b&gt;Queues&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● online</translation>
    </message>
    <message>
        <source>○ offline</source>
        <translation>○ offline</translation>
    </message>
    <message>
        <source>○ not synced yet</source>
        <translation>○ not synced yet</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Work</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Find a case</translation>
    </message>
    <message>
        <source>Go to the &amp;case list</source>
        <translation>Go to the &amp;case list</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Queues</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation type="vanished">&amp;Keyboard</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="vanished">Keyboard</translation>
    </message>
    <message>
        <source>Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</source>
        <translation type="vanished">Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 need you (Ctrl+O)</source>
        <translation type="vanished">%1 waiting to be sent, %2 need you (Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="vanished">%1 waiting to be sent</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in this queue are past a deadline or reach it within one working day.</source>
        <translation type="vanished">
            <numerusform>%n case in this queue is past a deadline or reaches it within one working day.</numerusform>
            <numerusform>%n cases in this queue are past a deadline or reach it within one working day.</numerusform>
        </translation>
    </message>
    <message>
        <source>sending %v of %m</source>
        <translation>sending %v of %m</translation>
    </message>
    <message>
        <source>receiving %v of %m</source>
        <translation>receiving %v of %m</translation>
    </message>
    <message>
        <source>%1 of your commands need you: see the outbox.</source>
        <translation type="vanished">%1 of your commands need you: see the outbox.</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Stopping the sync…</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Document checked</source>
        <translation>Document checked</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>The server said</source>
        <translation>The server said</translation>
    </message>
    <message>
        <source>Make &amp;again on the server&apos;s version</source>
        <translation>Make &amp;again on the server&apos;s version</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>D&amp;iscard</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>You worked on version %1. The server has version %2 (stage: %3).</source>
        <translation>You worked on version %1. The server has version %2 (stage: %3).</translation>
    </message>
    <message>
        <source>Discard the command</source>
        <translation>Discard the command</translation>
    </message>
    <message>
        <source>The server did not take this command. Discard it? The case stays as the server has it.</source>
        <translation>The server did not take this command. Discard it? The case stays as the server has it.</translation>
    </message>
    <message>
        <source>A signed decision is made again from the case: open it, check what changed, and decide again; then discard this one.</source>
        <translation>A signed decision is made again from the case: open it, check what changed, and decide again; then discard this one.</translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation>Scan: %1</translation>
    </message>
    <message>
        <source>This scan is neither a picture nor a PDF Kezek can show.</source>
        <translation>This scan is neither a picture nor a PDF Kezek can show.</translation>
    </message>
    <message>
        <source>Kezek: sign in</source>
        <translation type="vanished">Kezek: sign in</translation>
    </message>
    <message>
        <source>&lt;b&gt;Digital Nomad Residency&lt;/b&gt;&lt;br&gt;Migration Service workstation</source>
        <translation type="vanished">&lt;b&gt;Digital Nomad Residency&lt;/b&gt;&lt;br&gt;Migration Service workstation</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="vanished">&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="vanished">&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Enter your user name and your password.</translation>
    </message>
    <message>
        <source>The server&apos;s address starts with https://, for example https://kezek.example.kz.</source>
        <translation>The server&apos;s address starts with https://, for example https://kezek.example.kz.</translation>
    </message>
    <message>
        <source>The first sign-in on this workstation needs the server, and it cannot be reached: %1</source>
        <translation>The first sign-in on this workstation needs the server, and it cannot be reached: %1</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Take back</translation>
    </message>
    <message>
        <source>Take the command back</source>
        <translation>Take the command back</translation>
    </message>
    <message numerus="yes">
        <source>Take back %n command(s) not yet sent? Nothing of them reaches the server.</source>
        <translation>
            <numerusform>Take back %n command not yet sent? Nothing of it reaches the server.</numerusform>
            <numerusform>Take back %n commands not yet sent? Nothing of them reaches the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notice preview…</source>
        <translation>&amp;Notice preview…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Enter or a double click: the notice as the applicant reads it, to print as PDF</source>
        <translation>Enter or a double click: the notice as the applicant reads it, to print as PDF</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>&amp;Notices</translation>
    </message>
    <message>
        <source>Notice to the applicant: case %1</source>
        <translation>Notice to the applicant: case %1</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Save the notice</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The notice could not be written to &quot;%1&quot;.</source>
        <translation>The notice could not be written to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saved searches: a queue with its search, kept for you (Ctrl+D saves this one)</source>
        <translation>Saved searches: a queue with its search, kept for you (Ctrl+D saves this one)</translation>
    </message>
    <message>
        <source>Save this &amp;search…</source>
        <translation>Save this &amp;search…</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Save this search…</translation>
    </message>
    <message>
        <source>Save the search</source>
        <translation>Save the search</translation>
    </message>
    <message>
        <source>A name for this queue and search:</source>
        <translation>A name for this queue and search:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are past a deadline or reach it within one working day.</source>
        <translation type="vanished">
            <numerusform>%n case is past a deadline or reaches it within one working day.</numerusform>
            <numerusform>%n cases are past a deadline or reach it within one working day.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case changed while you wrote the reason; nothing was rejected. Check it and reject again.</source>
        <translation>The case changed while you wrote the reason; nothing was rejected. Check it and reject again.</translation>
    </message>
    <message>
        <source>%1 (if applicable)</source>
        <translation>%1 (if applicable)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n need you (Ctrl+O)</source>
        <translation>
            <numerusform>%1, %n need you (Ctrl+O)</numerusform>
            <numerusform>%1, %n need you (Ctrl+O)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of your commands need you: see the outbox.</source>
        <translation>
            <numerusform>%n of your commands need you: see the outbox.</numerusform>
            <numerusform>%n of your commands need you: see the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync started meanwhile: nothing was taken back.</source>
        <translation>A sync started meanwhile: nothing was taken back.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) had already been sent and stay done.</source>
        <translation>
            <numerusform>%n command had already been sent and stays done.</numerusform>
            <numerusform>%n commands had already been sent and stay done.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server counts by a new calendar or list of reasons. Kezek counts by it from your next sign-in.</source>
        <translation type="vanished">The server counts by a new calendar or list of reasons. Kezek counts by it from your next sign-in.</translation>
    </message>
    <message>
        <source>&amp;Give the case to…</source>
        <translation>&amp;Give the case to…</translation>
    </message>
    <message>
        <source>Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · Ctrl+Shift+G: give it to a colleague (supervisors) · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</source>
        <translation type="vanished">Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · Ctrl+Shift+G: give it to a colleague (supervisors) · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</translation>
    </message>
    <message>
        <source>Open the case to give first.</source>
        <translation>Open the case to give first.</translation>
    </message>
    <message>
        <source>Give the case</source>
        <translation>Give the case</translation>
    </message>
    <message>
        <source>The server is needed to give a case, and it answered: %1</source>
        <translation>The server is needed to give a case, and it answered: %1</translation>
    </message>
    <message>
        <source>The server knows no officer or CSC operator of your city.</source>
        <translation>The server knows no officer or CSC operator of your city.</translation>
    </message>
    <message>
        <source>Give %1 to:</source>
        <translation>Give %1 to:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="vanished">%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Give</translation>
    </message>
    <message>
        <source>%1 is now %2&apos;s.</source>
        <translation>%1 is now %2&apos;s.</translation>
    </message>
    <message>
        <source>The server&apos;s calendar could not be taken: %1. Kezek counts by the one it has.</source>
        <translation>The server&apos;s calendar could not be taken: %1. Kezek counts by the one it has.</translation>
    </message>
    <message>
        <source>An applicant has arrived</source>
        <translation>An applicant has arrived</translation>
    </message>
    <message>
        <source>from the notice of preliminary approval</source>
        <translation>from the notice of preliminary approval</translation>
    </message>
    <message>
        <source>Preliminary permit number, IIN or passport number:</source>
        <translation type="vanished">Preliminary permit number, IIN or passport number:</translation>
    </message>
    <message>
        <source>&amp;Permit number on the notice:</source>
        <translation>&amp;Permit number on the notice:</translation>
    </message>
    <message>
        <source>&amp;Record the arrival</source>
        <translation>&amp;Record the arrival</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>No case of this city has the permit number, IIN or passport number &quot;%1&quot;. Check the number on the notice; a case of another city is not shown here.</source>
        <translation>No case of this city has the permit number, IIN or passport number &quot;%1&quot;. Check the number on the notice; a case of another city is not shown here.</translation>
    </message>
    <message>
        <source>The comparison began on %1; the final application is due by %2 (§21). Open the case to go on.</source>
        <translation>The comparison began on %1; the final application is due by %2 (§21). Open the case to go on.</translation>
    </message>
    <message>
        <source>The preliminary approval of %1 is in force until %2. Check the permit number on the notice, then record the arrival: the comparison is due within one working day (§21).</source>
        <translation>The preliminary approval of %1 is in force until %2. Check the permit number on the notice, then record the arrival: the comparison is due within one working day (§21).</translation>
    </message>
    <message>
        <source>At the CSC</source>
        <translation>At the CSC</translation>
    </message>
    <message>
        <source>&amp;Compare with the original…</source>
        <translation>&amp;Compare with the original…</translation>
    </message>
    <message>
        <source>The filed copy beside the original, its data typed in, and the verdict (Ctrl+Shift+C)</source>
        <translation>The filed copy beside the original, its data typed in, and the verdict (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Compare: %1, case %2</source>
        <translation>Compare: %1, case %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) &amp;nbsp; %3 %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) &amp;nbsp; %3 %4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Turn 90°</source>
        <translation>Turn 90°</translation>
    </message>
    <message>
        <source>Scan of the original…</source>
        <translation>Scan of the original…</translation>
    </message>
    <message>
        <source>Filed on eGov</source>
        <translation>Filed on eGov</translation>
    </message>
    <message>
        <source>Original, as scanned at the CSC</source>
        <translation>Original, as scanned at the CSC</translation>
    </message>
    <message>
        <source>Original, scanned at this desk</source>
        <translation>Original, scanned at this desk</translation>
    </message>
    <message>
        <source>No copy of this document was filed on eGov: it is brought after arrival (§20).</source>
        <translation>No copy of this document was filed on eGov: it is brought after arrival (§20).</translation>
    </message>
    <message>
        <source>Scan the original, then choose the file (Ctrl+Shift+O).</source>
        <translation>Scan the original, then choose the file (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>&amp;Matched</source>
        <translation>&amp;Matched</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Mi&amp;smatched…</source>
        <translation>Mi&amp;smatched…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>What the original says</source>
        <translation>What the original says</translation>
    </message>
    <message>
        <source>MRZ, line &amp;1:</source>
        <translation>MRZ, line &amp;1:</translation>
    </message>
    <message>
        <source>MRZ, line &amp;2:</source>
        <translation>MRZ, line &amp;2:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <source>&amp;Notarized</source>
        <translation>&amp;Notarized</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>In force &amp;from:</translation>
    </message>
    <message>
        <source>In force &amp;until:</source>
        <translation>In force &amp;until:</translation>
    </message>
    <message>
        <source>&amp;Form number:</source>
        <translation>&amp;Form number:</translation>
    </message>
    <message>
        <source>Issued &amp;abroad</source>
        <translation>Issued &amp;abroad</translation>
    </message>
    <message>
        <source>not legalized</source>
        <translation>not legalized</translation>
    </message>
    <message>
        <source>consular legalization</source>
        <translation>consular legalization</translation>
    </message>
    <message>
        <source>apostille</source>
        <translation>apostille</translation>
    </message>
    <message>
        <source>exempt by a treaty</source>
        <translation>exempt by a treaty</translation>
    </message>
    <message>
        <source>&amp;Legalization (§28):</source>
        <translation>&amp;Legalization (§28):</translation>
    </message>
    <message>
        <source>&amp;Paid through the eGov payment gateway</source>
        <translation>&amp;Paid through the eGov payment gateway</translation>
    </message>
    <message>
        <source>Nothing to type in: compare the original with your own eyes.</source>
        <translation>Nothing to type in: compare the original with your own eyes.</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspecified</translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation>✓ same</translation>
    </message>
    <message>
        <source>✗ differs</source>
        <translation>✗ differs</translation>
    </message>
    <message>
        <source>No automatic check applies to this document.</source>
        <translation>No automatic check applies to this document.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than 50 MB; scan it at a lower resolution.</source>
        <translation type="vanished">The file %1 is larger than 50 MB; scan it at a lower resolution.</translation>
    </message>
    <message>
        <source>A scan must be a PNG, JPEG or PDF file; this one is none of them.</source>
        <translation>A scan must be a PNG, JPEG or PDF file; this one is none of them.</translation>
    </message>
    <message>
        <source>This scan is damaged: it cannot be shown.</source>
        <translation>This scan is damaged: it cannot be shown.</translation>
    </message>
    <message>
        <source>The scan of the original</source>
        <translation>The scan of the original</translation>
    </message>
    <message>
        <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Scans (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Mismatched</source>
        <translation>Mismatched</translation>
    </message>
    <message>
        <source>What does not match? The applicant is told this reason.%1</source>
        <translation>What does not match? The applicant is told this reason.%1</translation>
    </message>
    <message>
        <source>

The automatic checks found: %1</source>
        <translation>

The automatic checks found: %1</translation>
    </message>
    <message>
        <source>Say what does not match: the applicant is told this reason.</source>
        <translation>Say what does not match: the applicant is told this reason.</translation>
    </message>
    <message>
        <source>Send the originals by courier</source>
        <translation>Send the originals by courier</translation>
    </message>
    <message>
        <source>Originals received from the courier</source>
        <translation>Originals received from the courier</translation>
    </message>
    <message>
        <source>The registered cases whose originals go in this envelope (§21). The transfer list is printed to go with it.</source>
        <translation>The registered cases whose originals go in this envelope (§21). The transfer list is printed to go with it.</translation>
    </message>
    <message>
        <source>Type the tracking number on the envelope: its cases are listed. Recording the receipt starts the three working days of the final verification (§22).</source>
        <translation>Type the tracking number on the envelope: its cases are listed. Recording the receipt starts the three working days of the final verification (§22).</translation>
    </message>
    <message>
        <source>Courier &amp;tracking number:</source>
        <translation>Courier &amp;tracking number:</translation>
    </message>
    <message>
        <source>&amp;Dispatch and print the transfer list…</source>
        <translation>&amp;Dispatch and print the transfer list…</translation>
    </message>
    <message>
        <source>&amp;Record the receipt</source>
        <translation>&amp;Record the receipt</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) chosen.</source>
        <translation>
            <numerusform>%n case chosen.</numerusform>
            <numerusform>%n cases chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %3 · passport %4</source>
        <translation>%1 · %2 %3 · passport %4</translation>
    </message>
    <message>
        <source>No registered case is waiting for the courier.</source>
        <translation>No registered case is waiting for the courier.</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>No case of this city is on its way under &quot;%1&quot;. Check the number, or sync (F5) if the batch was sent just now.</source>
        <translation>No case of this city is on its way under &quot;%1&quot;. Check the number, or sync (F5) if the batch was sent just now.</translation>
    </message>
    <message>
        <source>Save the transfer list</source>
        <translation>Save the transfer list</translation>
    </message>
    <message>
        <source>Choose at least one case for the envelope.</source>
        <translation>Choose at least one case for the envelope.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <source>Transfer list %1</source>
        <translation>Transfer list %1</translation>
    </message>
    <message>
        <source>The transfer list could not be written to &quot;%1&quot;; nothing was sent.</source>
        <translation type="vanished">The transfer list could not be written to &quot;%1&quot;; nothing was sent.</translation>
    </message>
    <message>
        <source>Type the tracking number and press Enter: the envelope&apos;s cases are listed to receive.</source>
        <translation>Type the tracking number and press Enter: the envelope&apos;s cases are listed to receive.</translation>
    </message>
    <message>
        <source>An applicant has &amp;arrived…</source>
        <translation>An applicant has &amp;arrived…</translation>
    </message>
    <message>
        <source>Send originals by &amp;courier…</source>
        <translation type="vanished">Send originals by &amp;courier…</translation>
    </message>
    <message>
        <source>O&amp;riginals received from the courier…</source>
        <translation>O&amp;riginals received from the courier…</translation>
    </message>
    <message>
        <source>Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+C: compare it with the original · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · Ctrl+Shift+G: give it to a colleague (supervisors) · Ctrl+Shift+A: an applicant has arrived, Ctrl+Shift+K: send originals by courier (CSC) · Ctrl+Shift+R: originals received (officers) · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</source>
        <translation type="vanished">Ctrl+1…9: queues · Ctrl+F: search · Enter: open the case · Alt+1…9: the case&apos;s actions · Ctrl+Shift+V: verify the document · Ctrl+Shift+J: reject it · Ctrl+Shift+C: compare it with the original · Ctrl+Shift+S: its scan · Ctrl+M: claim the case · Ctrl+Shift+G: give it to a colleague (supervisors) · Ctrl+Shift+A: an applicant has arrived, Ctrl+Shift+K: send originals by courier (CSC) · Ctrl+Shift+R: originals received (officers) · F5: sync · Ctrl+O: outbox · Ctrl+L: lock</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) wait in the outbox to go by courier.</source>
        <translation>
            <numerusform>%n case waits in the outbox to go by courier.</numerusform>
            <numerusform>%n cases wait in the outbox to go by courier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) received: the final verification&apos;s three working days run from today.</source>
        <translation>
            <numerusform>%n case received: the final verification&apos;s three working days run from today.</numerusform>
            <numerusform>%n cases received: the final verification&apos;s three working days run from today.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Transfer list of original documents&lt;/h2&gt;&lt;p&gt;Courier tracking number: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Date: %2&lt;br&gt;From: %3 (%4)&lt;br&gt;To: the migration department, %5 (§21-22 of the order)&lt;/p&gt;&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;4&quot; width=&quot;100%&quot;&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;Case&lt;/th&gt;&lt;th&gt;Applicant&lt;/th&gt;&lt;th&gt;Passport&lt;/th&gt;&lt;th&gt;Preliminary permit&lt;/th&gt;&lt;th&gt;Documents&lt;/th&gt;&lt;/tr&gt;%6&lt;/table&gt;&lt;p&gt;Cases in the envelope: %7.&lt;/p&gt;&lt;p&gt;Handed over: ____________________ &amp;nbsp; Received by the courier: ____________________&lt;/p&gt;&lt;p&gt;Received at the migration department (date, signature): ____________________&lt;/p&gt;</source>
        <translation type="vanished">&lt;h2&gt;Transfer list of original documents&lt;/h2&gt;&lt;p&gt;Courier tracking number: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Date: %2&lt;br&gt;From: %3 (%4)&lt;br&gt;To: the migration department, %5 (§21-22 of the order)&lt;/p&gt;&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;4&quot; width=&quot;100%&quot;&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;Case&lt;/th&gt;&lt;th&gt;Applicant&lt;/th&gt;&lt;th&gt;Passport&lt;/th&gt;&lt;th&gt;Preliminary permit&lt;/th&gt;&lt;th&gt;Documents&lt;/th&gt;&lt;/tr&gt;%6&lt;/table&gt;&lt;p&gt;Cases in the envelope: %7.&lt;/p&gt;&lt;p&gt;Handed over: ____________________ &amp;nbsp; Received by the courier: ____________________&lt;/p&gt;&lt;p&gt;Received at the migration department (date, signature): ____________________&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 × %2 px, page 1 of %3: the other pages in the scan viewer (Ctrl+Shift+S on the case)</source>
        <translation>%1 × %2 px, page 1 of %3: the other pages in the scan viewer (Ctrl+Shift+S on the case)</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>The file %1 is larger than %2 MB; scan it at a lower resolution.</translation>
    </message>
    <message>
        <source>%1 (worked by %2)</source>
        <translation>%1 (worked by %2)</translation>
    </message>
    <message>
        <source>The transfer list could not be written to &quot;%1&quot; (%2); nothing was sent.</source>
        <translation>The transfer list could not be written to &quot;%1&quot; (%2); nothing was sent.</translation>
    </message>
    <message>
        <source>Send originals by cou&amp;rier…</source>
        <translation>Send originals by cou&amp;rier…</translation>
    </message>
    <message>
        <source>uploading scans: %v of %m</source>
        <translation>uploading scans: %v of %m</translation>
    </message>
    <message>
        <source>&amp;Find by the preliminary permit number, IIN or passport number:</source>
        <translation type="vanished">&amp;Find by the preliminary permit number, IIN or passport number:</translation>
    </message>
    <message>
        <source>Type the permit number printed on the applicant&apos;s notice: the desk takes the applicant on by it (§21).</source>
        <translation>Type the permit number printed on the applicant&apos;s notice: the desk takes the applicant on by it (§21).</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) of yours were applied by the server; the next sync brings the case as they left it.</source>
        <translation>
            <numerusform>%n command of yours was applied by the server; the next sync brings the case as it left it.</numerusform>
            <numerusform>%n commands of yours were applied by the server; the next sync brings the case as they left it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues could not be counted: %1</source>
        <translation>The queues could not be counted: %1</translation>
    </message>
    <message>
        <source>outbox unreadable: %1</source>
        <translation>outbox unreadable: %1</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Sign in to the server</translation>
    </message>
    <message>
        <source>The server has ended the session of %1. Enter your password to sync; your commands wait in the outbox until then.</source>
        <translation>The server has ended the session of %1. Enter your password to sync; your commands wait in the outbox until then.</translation>
    </message>
    <message>
        <source>The server asks for your password again: Work ▸ Sync now (F5) to give it.</source>
        <translation>The server asks for your password again: Work ▸ Sync now (F5) to give it.</translation>
    </message>
    <message>
        <source>The server&apos;s new calendar could not be read: %1. Kezek counts by the one it has.</source>
        <translation>The server&apos;s new calendar could not be read: %1. Kezek counts by the one it has.</translation>
    </message>
    <message>
        <source>The server counts by a new calendar or list of reasons. Kezek counts by it from now on.</source>
        <translation>The server counts by a new calendar or list of reasons. Kezek counts by it from now on.</translation>
    </message>
    <message>
        <source>The outbox could not be read whole; nothing in it was changed: %1</source>
        <translation>The outbox could not be read whole; nothing in it was changed: %1</translation>
    </message>
    <message>
        <source>Opening your cache. After an update of Kezek this can take a minute; nothing in it is lost if the computer stops meanwhile.</source>
        <translation>Opening your cache. After an update of Kezek this can take a minute; nothing in it is lost if the computer stops meanwhile.</translation>
    </message>
    <message>
        <source>Kezek needs an update</source>
        <translation>Kezek needs an update</translation>
    </message>
    <message>
        <source>Arrived in Kazakhstan:</source>
        <translation>Arrived in Kazakhstan:</translation>
    </message>
    <message>
        <source>Fingerprinted:</source>
        <translation>Fingerprinted:</translation>
    </message>
    <message>
        <source>Filed on eGov:</source>
        <translation>Filed on eGov:</translation>
    </message>
    <message>
        <source>Why the decision was made in error: the applicant and the audit read it</source>
        <translation>Why the decision was made in error: the applicant and the audit read it</translation>
    </message>
    <message>
        <source>&amp;Reasoning (required):</source>
        <translation>&amp;Reasoning (required):</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>none in force on the day it was received</source>
        <translation>none in force on the day it was received</translation>
    </message>
    <message>
        <source>%1 (%2) was in force until %3</source>
        <translation>%1 (%2) was in force until %3</translation>
    </message>
    <message>
        <source>No legal basis of the pilot is in force today. %1; no instrument that extends it is known to this site. Applications received now are marked so; ask the ministry before deciding on them.</source>
        <translation>No legal basis of the pilot is in force today. %1; no instrument that extends it is known to this site. Applications received now are marked so; ask the ministry before deciding on them.</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <source>three letters, as in the passport (DEU)</source>
        <translation>three letters, as in the passport (DEU)</translation>
    </message>
    <message>
        <source>The state whose competent body issued the document: by default the applicant&apos;s own (§10(4)).</source>
        <translation>The state whose competent body issued the document: by default the applicant&apos;s own (§10(4)).</translation>
    </message>
    <message>
        <source>Issuing &amp;state:</source>
        <translation>Issuing &amp;state:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>• and %1 more</source>
        <translation>• and %1 more</translation>
    </message>
    <message>
        <source>Work not yet sent</source>
        <translation>Work not yet sent</translation>
    </message>
    <message>
        <source>%1 step(s), %2 of them signed decisions, have not reached the server:
%3

They stay in this workstation&apos;s encrypted outbox and go at the next sync.</source>
        <translation type="vanished">%1 step(s), %2 of them signed decisions, have not reached the server:
%3

They stay in this workstation&apos;s encrypted outbox and go at the next sync.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quit anyway</translation>
    </message>
    <message>
        <source>NSC (through Berkut)</source>
        <translation>NSC (through Berkut)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>NOT APPROVED</source>
        <translation>NOT APPROVED</translation>
    </message>
    <message>
        <source>%1 (corrected by %2: %3)</source>
        <translation>%1 (corrected by %2: %3)</translation>
    </message>
    <message>
        <source>(open the overdue queue)</source>
        <translation type="vanished">(open the overdue queue)</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>Discard this form?</translation>
    </message>
    <message>
        <source>The reasons, documents and explanation you entered for &quot;%1&quot; will be lost.</source>
        <translation>The reasons, documents and explanation you entered for &quot;%1&quot; will be lost.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PROVISIONAL&lt;/b&gt;: printed at this desk when the dispatch was queued, before the central system accepted it. The cases&apos; stage there (&quot;Originals in courier&quot;) confirms it.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;&lt;b&gt;PROVISIONAL&lt;/b&gt;: printed at this desk when the dispatch was queued, before the central system accepted it. The cases&apos; stage there (&quot;Originals in courier&quot;) confirms it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search your cases: case number, IIN, passport number or name (Ctrl+F); each queue counts what it holds</source>
        <translation>Search your cases: case number, IIN, passport number or name (Ctrl+F); each queue counts what it holds</translation>
    </message>
    <message>
        <source>%1 (%2 found)</source>
        <translation>%1 (%2 found)</translation>
    </message>
    <message>
        <source>The scan is not on this workstation, and the server does not answer. Claim the case (Ctrl+M) and sync: the scans of claimed cases are kept here to read offline.</source>
        <translation>The scan is not on this workstation, and the server does not answer. Claim the case (Ctrl+M) and sync: the scans of claimed cases are kept here to read offline.</translation>
    </message>
    <message>
        <source>The scan is not on this workstation, and the server does not answer: it can be read when the workstation is online.</source>
        <translation>The scan is not on this workstation, and the server does not answer: it can be read when the workstation is online.</translation>
    </message>
    <message>
        <source>The scan could not be read from the server: %1</source>
        <translation>The scan could not be read from the server: %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>A record check found a hit: %1</source>
        <translation>A record check found a hit: %1</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>The outbox: your commands until the server has them (Ctrl+O)</source>
        <translation>The outbox: your commands until the server has them (Ctrl+O)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Your password is changed, here and on the server.</source>
        <translation>Your password is changed, here and on the server.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own now: until then the server gives and takes nothing.</source>
        <translation>You signed in with a one-time password. Choose your own now: until then the server gives and takes nothing.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>At least %1 characters, not your user name. Your other sessions end; this workstation&apos;s cache opens with the new password from now on, offline too.</source>
        <translation>At least %1 characters, not your user name. Your other sessions end; this workstation&apos;s cache opens with the new password from now on, offline too.</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>The new password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Verify si&amp;gnature</source>
        <translation>Verify si&amp;gnature</translation>
    </message>
    <message>
        <source>Check the decision&apos;s digital signature (EDS) against the signing authority&apos;s certificate, and that it signs this very decision</source>
        <translation>Check the decision&apos;s digital signature (EDS) against the signing authority&apos;s certificate, and that it signs this very decision</translation>
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
        <translation>A signed decision: its reasons and signature are shown below.</translation>
    </message>
    <message>
        <source>Choose a step to see its reasons and, for a decision, its signature.</source>
        <translation>Choose a step to see its reasons and, for a decision, its signature.</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Step:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>%1 (Kazakhstan time)</source>
        <translation>%1 (Kazakhstan time)</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Documents at fault:</source>
        <translation>Documents at fault:</translation>
    </message>
    <message>
        <source>✗ Not verified: %1</source>
        <translation>✗ Not verified: %1</translation>
    </message>
    <message>
        <source>the signed decisions are kept on the server, and this window has no connection to it.</source>
        <translation>the signed decisions are kept on the server, and this window has no connection to it.</translation>
    </message>
    <message>
        <source>the server&apos;s signed copy could not be read: %1</source>
        <translation>the server&apos;s signed copy could not be read: %1</translation>
    </message>
    <message>
        <source>✓ Verified: the signature is intact, its certificate was issued by the signing authority, and it signs this decision (its case, kind, reasons and text). Signed by %1 on %2.</source>
        <translation>✓ Verified: the signature is intact, its certificate was issued by the signing authority, and it signs this decision (its case, kind, reasons and text). Signed by %1 on %2.</translation>
    </message>
    <message>
        <source>an unstated date</source>
        <translation>an unstated date</translation>
    </message>
    <message>
        <source>Case number in the migration police system:</source>
        <translation>Case number in the migration police system:</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) have not reached the server.</source>
        <translation>
            <numerusform>%n step has not reached the server.</numerusform>
            <numerusform>%n steps have not reached the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are signed decisions.</source>
        <translation>
            <numerusform>%n of them is a signed decision.</numerusform>
            <numerusform>%n of them are signed decisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2

Unsent work stays in this workstation&apos;s encrypted outbox and goes at the next sync.</source>
        <translation>%1
%2

Unsent work stays in this workstation&apos;s encrypted outbox and goes at the next sync.</translation>
    </message>
    <message>
        <source>Signed (EDS) by:</source>
        <translation>Signed (EDS) by:</translation>
    </message>
    <message>
        <source>comes by itself from the migration police information system (КҚП АЖ); type it from its screen only if it has not come</source>
        <translation>comes by itself from the migration police information system (КҚП АЖ); type it from its screen only if it has not come</translation>
    </message>
    <message>
        <source>the number of the preliminary approval as issued, e.g. PP-2026-000123</source>
        <translation>the number of the preliminary approval as issued, e.g. PP-2026-000123</translation>
    </message>
    <message>
        <source>To go on: %1</source>
        <translation>To go on: %1</translation>
    </message>
    <message>
        <source>Enter the password of your signing key.</source>
        <translation>Enter the password of your signing key.</translation>
    </message>
    <message>
        <source>&amp;Find by the preliminary permit number, IIN or passport number (the list follows as you type):</source>
        <translation>&amp;Find by the preliminary permit number, IIN or passport number (the list follows as you type):</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Cases found</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past a deadline or close to it (amber or red).</source>
        <translation>
            <numerusform>%n case past a deadline or close to it (amber or red).</numerusform>
            <numerusform>%n cases past a deadline or close to it (amber or red).</numerusform>
        </translation>
    </message>
    <message>
        <source>(open the list)</source>
        <translation>(open the list)</translation>
    </message>
    <message>
        <source>Cases of the chosen queue</source>
        <translation>Cases of the chosen queue</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of yours on this case wait to be sent.</source>
        <translation>
            <numerusform>%n step of yours on this case waits to be sent.</numerusform>
            <numerusform>%n steps of yours on this case wait to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <source>Claim the case or give it back</source>
        <translation>Claim the case or give it back</translation>
    </message>
    <message>
        <source>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3</source>
        <translation>&lt;big&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; &amp;nbsp; %2 %3</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>Matched without a scan of the original: %1</source>
        <translation>Matched without a scan of the original: %1</translation>
    </message>
    <message>
        <source>Your role checks no document of this case at this stage.</source>
        <translation>Your role checks no document of this case at this stage.</translation>
    </message>
    <message>
        <source>(reason)</source>
        <translation>(reason)</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Choose a document in the list first.</translation>
    </message>
    <message>
        <source>This document is already verified.</source>
        <translation>This document is already verified.</translation>
    </message>
    <message>
        <source>This document is already rejected.</source>
        <translation>This document is already rejected.</translation>
    </message>
    <message>
        <source>Reject the document with a reason the applicant is told (Ctrl+Shift+J)</source>
        <translation>Reject the document with a reason the applicant is told (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Verify: %1</source>
        <translation>Verify: %1</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message numerus="yes">
        <source>Next: check the documents, %n to go (Documents tab; Ctrl+Shift+V verifies the one selected).</source>
        <translation>
            <numerusform>Next: check the documents, %n to go (Documents tab; Ctrl+Shift+V verifies the one selected).</numerusform>
            <numerusform>Next: check the documents, %n to go (Documents tab; Ctrl+Shift+V verifies the one selected).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: compare the originals, %n to go (Documents tab; Ctrl+Shift+C compares the one selected).</source>
        <translation>
            <numerusform>Next: compare the originals, %n to go (Documents tab; Ctrl+Shift+C compares the one selected).</numerusform>
            <numerusform>Next: compare the originals, %n to go (Documents tab; Ctrl+Shift+C compares the one selected).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1 (Alt+1).</source>
        <translation>Next: %1 (Alt+1).</translation>
    </message>
    <message>
        <source>Nothing for you to do now: %1 runs until %2.</source>
        <translation>Nothing for you to do now: %1 runs until %2.</translation>
    </message>
    <message>
        <source>Nothing for you to do on this case now.</source>
        <translation>Nothing for you to do on this case now.</translation>
    </message>
    <message>
        <source>The MRZ against the application</source>
        <translation>The MRZ against the application</translation>
    </message>
    <message>
        <source>Matched without a scan</source>
        <translation>Matched without a scan</translation>
    </message>
    <message>
        <source>No scan of the original was taken. Why not? The audit keeps your reason in place of the scan (for example: the scanner is broken; I saw the original).</source>
        <translation>No scan of the original was taken. Why not? The audit keeps your reason in place of the scan (for example: the scanner is broken; I saw the original).</translation>
    </message>
    <message>
        <source>Dispatch and &amp;save the list as PDF…</source>
        <translation>Dispatch and &amp;save the list as PDF…</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Print: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Nothing was sent.</translation>
    </message>
    <message>
        <source>You locked the workstation. Enter the password of %1 to go on.</source>
        <translation>You locked the workstation. Enter the password of %1 to go on.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Password of %1</translation>
    </message>
    <message>
        <source>Sign &amp;out (another user)…</source>
        <translation>Sign &amp;out (another user)…</translation>
    </message>
    <message>
        <source>Ends the session of %1 on this workstation and opens the sign-in for another user; unsent work stays in the encrypted cache of %1 and goes to the server when they sign in again.</source>
        <translation>Ends the session of %1 on this workstation and opens the sign-in for another user; unsent work stays in the encrypted cache of %1 and goes to the server when they sign in again.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Search your cases</source>
        <translation>Search your cases</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1 in “%2”</translation>
    </message>
    <message>
        <source>No case of yours matches “%1”.</source>
        <translation>No case of yours matches “%1”.</translation>
    </message>
    <message>
        <source>No match here. Found elsewhere: %1.</source>
        <translation>No match here. Found elsewhere: %1.</translation>
    </message>
    <message>
        <source>No deadline is close or past: nothing to chase here.</source>
        <translation>No deadline is close or past: nothing to chase here.</translation>
    </message>
    <message>
        <source>Nothing in “%1” now. New work comes with each sync (F5).</source>
        <translation>Nothing in “%1” now. New work comes with each sync (F5).</translation>
    </message>
    <message>
        <source>Work waits in %1.</source>
        <translation>Work waits in %1.</translation>
    </message>
    <message>
        <source>Sent — the server has your work.</source>
        <translation>Sent — the server has your work.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1: %n case</numerusform>
            <numerusform>%1: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — kept here; it goes when the server answers.</source>
        <translation>%1 — kept here; it goes when the server answers.</translation>
    </message>
    <message>
        <source>%1 — waits for your password: Sync now (F5).</source>
        <translation>%1 — waits for your password: Sync now (F5).</translation>
    </message>
    <message>
        <source>%1 — waits for the next sync (F5).</source>
        <translation>%1 — waits for the next sync (F5).</translation>
    </message>
    <message>
        <source>%1 — sending…</source>
        <translation>%1 — sending…</translation>
    </message>
    <message>
        <source>The notice as the applicant reads it</source>
        <translation>The notice as the applicant reads it</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print the letter in the applicant&apos;s language (%1)</source>
        <translation>Print the letter in the applicant&apos;s language (%1)</translation>
    </message>
    <message>
        <source>%1: verified</source>
        <translation>%1: verified</translation>
    </message>
    <message>
        <source>%1: rejected</source>
        <translation>%1: rejected</translation>
    </message>
    <message>
        <source>%1: submitted</source>
        <translation>%1: submitted</translation>
    </message>
    <message>
        <source>The paper could not be written to &quot;%1&quot;.</source>
        <translation>The paper could not be written to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; could not print the paper.</source>
        <translation>The printer &quot;%1&quot; could not print the paper.</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Previous document</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>Next document</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>fitted</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Type a word or a key to find it</source>
        <translation>Type a word or a key to find it</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Find a shortcut</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>The open case&apos;s actions, in the order shown</source>
        <translation>The open case&apos;s actions, in the order shown</translation>
    </message>
    <message>
        <source>Alt+1…9</source>
        <translation>Alt+1…9</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Open the chosen case</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Try the server now (F5)</source>
        <translation>Try the server now (F5)</translation>
    </message>
    <message>
        <source>Offline — your work is kept and will be sent. Retrying in %1 s…</source>
        <translation>Offline — your work is kept and will be sent. Retrying in %1 s…</translation>
    </message>
    <message>
        <source>Offline — your work is kept and will be sent. Trying the server again…</source>
        <translation>Offline — your work is kept and will be sent. Trying the server again…</translation>
    </message>
    <message>
        <source>What was just done; it goes after a few seconds</source>
        <translation>What was just done; it goes after a few seconds</translation>
    </message>
    <message>
        <source>Transfer list of original documents</source>
        <translation>Transfer list of original documents</translation>
    </message>
    <message>
        <source>Courier tracking number</source>
        <translation>Courier tracking number</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a transfer list: the sending office</comment>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <comment>a transfer list: the receiving office</comment>
        <translation>To</translation>
    </message>
    <message>
        <source>Preliminary permit</source>
        <translation>Preliminary permit</translation>
    </message>
    <message>
        <source>Original documents</source>
        <translation>Original documents</translation>
    </message>
    <message>
        <source>Cases in the envelope: %1.</source>
        <translation>Cases in the envelope: %1.</translation>
    </message>
    <message>
        <source>Handed over by the CSC (signature)</source>
        <translation>Handed over by the CSC (signature)</translation>
    </message>
    <message>
        <source>Received by the courier (signature)</source>
        <translation>Received by the courier (signature)</translation>
    </message>
    <message>
        <source>Received at the migration department (date, signature)</source>
        <translation>Received at the migration department (date, signature)</translation>
    </message>
    <message>
        <source>PROVISIONAL: printed at this desk when the dispatch was queued, before the central system accepted it. The cases&apos; stage there (&quot;Originals in courier&quot;) confirms it.</source>
        <translation>PROVISIONAL: printed at this desk when the dispatch was queued, before the central system accepted it. The cases&apos; stage there (&quot;Originals in courier&quot;) confirms it.</translation>
    </message>
    <message>
        <source>Public Service Center</source>
        <translation>Public Service Center</translation>
    </message>
    <message>
        <source>Migration Service Department, %1</source>
        <translation>Migration Service Department, %1</translation>
    </message>
    <message>
        <source>Migration Service Department</source>
        <translation>Migration Service Department</translation>
    </message>
    <message>
        <source>Who did what on this case</source>
        <translation>Who did what on this case</translation>
    </message>
    <message>
        <source>Cases in the envelope</source>
        <translation>Cases in the envelope</translation>
    </message>
    <message>
        <source>Find the applicant first: type the permit number, case number, IIN, passport or name above.</source>
        <translation>Find the applicant first: type the permit number, case number, IIN, passport or name above.</translation>
    </message>
    <message>
        <source>The arrival cannot be recorded: %1</source>
        <translation>The arrival cannot be recorded: %1</translation>
    </message>
    <message>
        <source>%1 works on this case until %2: it cannot be claimed before they give it back or their claim runs out.</source>
        <translation>%1 works on this case until %2: it cannot be claimed before they give it back or their claim runs out.</translation>
    </message>
    <message>
        <source>%1 works on this case: it cannot be claimed before they give it back.</source>
        <translation>%1 works on this case: it cannot be claimed before they give it back.</translation>
    </message>
    <message>
        <source>%1 This comparison was made before &quot;Matched&quot; needed the original&apos;s scan or a reason. Discard it, then compare the document again.</source>
        <translation>%1 This comparison was made before &quot;Matched&quot; needed the original&apos;s scan or a reason. Discard it, then compare the document again.</translation>
    </message>
    <message>
        <source>It carries no timestamp (kept before timestamps were kept).</source>
        <translation>It carries no timestamp (kept before timestamps were kept).</translation>
    </message>
    <message>
        <source>Signed online: timestamp of %1 at %2.</source>
        <translation>Signed online: timestamp of %1 at %2.</translation>
    </message>
    <message>
        <source>Signed offline: the server stamped it on receipt at %1 (%2).</source>
        <translation>Signed offline: the server stamped it on receipt at %1 (%2).</translation>
    </message>
    <message>
        <source>Ministry petition:</source>
        <translation>Ministry petition:</translation>
    </message>
    <message>
        <source>%1 (IIN %2)</source>
        <translation>%1 (IIN %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;The same decision on each case, each signed on its own: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;The same decision on each case, each signed on its own: %3</translation>
    </message>
    <message>
        <source>Left out, the law refuses them now:
%1</source>
        <translation>Left out, the law refuses them now:
%1</translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation>case %1: %2</translation>
    </message>
    <message>
        <source>Signing and queuing the decisions…</source>
        <translation>Signing and queuing the decisions…</translation>
    </message>
    <message numerus="yes">
        <source>%n signed and queued</source>
        <translation>
            <numerusform>%n signed and queued</numerusform>
            <numerusform>%n signed and queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed and queued.</source>
        <translation>
            <numerusform>%n signed and queued.</numerusform>
            <numerusform>%n signed and queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not signed: %1</source>
        <translation>
            <numerusform>%n not signed: %1</numerusform>
            <numerusform>%n not signed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Token PIN:</source>
        <translation>&amp;Token PIN:</translation>
    </message>
    <message>
        <source>The PIN of the token that holds your authentication key</source>
        <translation>The PIN of the token that holds your authentication key</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Your authentication key</source>
        <translation>Your authentication key</translation>
    </message>
    <message>
        <source>Authentication &amp;key:</source>
        <translation>Authentication &amp;key:</translation>
    </message>
    <message>
        <source>Your role reads cases and works none, so it claims none.</source>
        <translation>Your role reads cases and works none, so it claims none.</translation>
    </message>
    <message>
        <source>&amp;Decide on the selected cases…</source>
        <translation>&amp;Decide on the selected cases…</translation>
    </message>
    <message>
        <source>Choose two or more cases on which the same decision is open to you (Shift or Ctrl with a click or the arrows).</source>
        <translation>Choose two or more cases on which the same decision is open to you (Shift or Ctrl with a click or the arrows).</translation>
    </message>
    <message>
        <source>Decide on the selected cases</source>
        <translation>Decide on the selected cases</translation>
    </message>
    <message>
        <source>The decision:</source>
        <translation>The decision:</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again, with the password and the authentication key. Your commands wait in the outbox until then.</source>
        <translation>The server asks %1 to sign in again, with the password and the authentication key. Your commands wait in the outbox until then.</translation>
    </message>
    <message>
        <source>compare again</source>
        <translation>compare again</translation>
    </message>
    <message>
        <source>Compare the document again: attach the original&apos;s scan or give a reason.</source>
        <translation>Compare the document again: attach the original&apos;s scan or give a reason.</translation>
    </message>
    <message>
        <source>Enter your password and your token&apos;s PIN.</source>
        <translation>Enter your password and your token&apos;s PIN.</translation>
    </message>
    <message>
        <source>Enter your password, and choose your authentication key and enter its password.</source>
        <translation>Enter your password, and choose your authentication key and enter its password.</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>Key &amp;file</translation>
    </message>
    <message>
        <source>Key on a &amp;token</source>
        <translation>Key on a &amp;token</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signing key:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>Token &amp;PIN:</source>
        <translation>Token &amp;PIN:</translation>
    </message>
    <message>
        <source>IIN %1 (%2, on %3)</source>
        <translation>IIN %1 (%2, on %3)</translation>
    </message>
    <message>
        <source>No signing certificate on the token</source>
        <translation>No signing certificate on the token</translation>
    </message>
    <message>
        <source>Enter your token&apos;s PIN.</source>
        <translation>Enter your token&apos;s PIN.</translation>
    </message>
    <message>
        <source>Signed in without the authentication key (%1). It will be asked for at the next sync with the server.</source>
        <translation>Signed in without the authentication key (%1). It will be asked for at the next sync with the server.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Key on a token</source>
        <translation>Key on a token</translation>
    </message>
    <message>
        <source>Authentication key:</source>
        <translation>Authentication key:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Counting the cases in the cache…</source>
        <translation>Counting the cases in the cache…</translation>
    </message>
    <message>
        <source>The period&apos;s first day</source>
        <translation>The period&apos;s first day</translation>
    </message>
    <message>
        <source>The period&apos;s last day</source>
        <translation>The period&apos;s last day</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flow figures for the period&lt;/b&gt;</source>
        <translation>&lt;b&gt;Flow figures for the period&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cases by stage now</source>
        <translation>Cases by stage now</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Chart: cases by stage now</source>
        <translation>Chart: cases by stage now</translation>
    </message>
    <message>
        <source>Each number opens its cases in the case list.</source>
        <translation>Each number opens its cases in the case list.</translation>
    </message>
    <message>
        <source>The law&apos;s clocks now</source>
        <translation>The law&apos;s clocks now</translation>
    </message>
    <message>
        <source>Cases held by each officer and CSC operator</source>
        <translation>Cases held by each officer and CSC operator</translation>
    </message>
    <message>
        <source>Officer or operator</source>
        <translation>Officer or operator</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Officers and CSC operators now</source>
        <translation>Officers and CSC operators now</translation>
    </message>
    <message>
        <source>Chart: received, decided, granted and refused per week</source>
        <translation>Chart: received, decided, granted and refused per week</translation>
    </message>
    <message>
        <source>Received, decided, granted and refused per week</source>
        <translation>Received, decided, granted and refused per week</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>Decisions taken</translation>
    </message>
    <message>
        <source>Permits granted</source>
        <translation>Permits granted</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <source>Flow per week</source>
        <translation>Flow per week</translation>
    </message>
    <message>
        <source>Days per stage against the law&apos;s limit</source>
        <translation>Days per stage against the law&apos;s limit</translation>
    </message>
    <message>
        <source>The law&apos;s limit</source>
        <translation>The law&apos;s limit</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Over the limit</translation>
    </message>
    <message>
        <source>In the limit&apos;s unit, for the stages finished in the period; ⚠ marks a figure over the law&apos;s limit.</source>
        <translation>In the limit&apos;s unit, for the stages finished in the period; ⚠ marks a figure over the law&apos;s limit.</translation>
    </message>
    <message>
        <source>Days per stage</source>
        <translation>Days per stage</translation>
    </message>
    <message>
        <source>Refusals and returns by reason</source>
        <translation>Refusals and returns by reason</translation>
    </message>
    <message>
        <source>Returns for rework</source>
        <translation>Returns for rework</translation>
    </message>
    <message>
        <source>CSC declines</source>
        <translation>CSC declines</translation>
    </message>
    <message>
        <source>The figures below are still those of the period before.</source>
        <translation>The figures below are still those of the period before.</translation>
    </message>
    <message>
        <source>Every city</source>
        <translation>Every city</translation>
    </message>
    <message>
        <source>the built-in law</source>
        <translation>the built-in law</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) in the cache. Now: as on %2. Flow: %3 – %4. Counted by the law of version %5.</source>
        <translation>
            <numerusform>%1: %n case in the cache. Now: as on %2. Flow: %3 – %4. Counted by the law of version %5.</numerusform>
            <numerusform>%1: %n cases in the cache. Now: as on %2. Flow: %3 – %4. Counted by the law of version %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>No cases</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 — over the limit</source>
        <translation>⚠ %1 — over the limit</translation>
    </message>
    <message>
        <source>Over the law&apos;s limit of %1</source>
        <translation>Over the law&apos;s limit of %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Week %1 of %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>No case is held now</source>
        <translation>No case is held now</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>The period</translation>
    </message>
    <message>
        <source>In the period: received %1, decided %2, granted %3, refused %4</source>
        <translation>In the period: received %1, decided %2, granted %3, refused %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No refusal or return in the period</source>
        <translation>No refusal or return in the period</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>No unread notifications</translation>
    </message>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation>
            <numerusform>Notifications (%n unread)</numerusform>
            <numerusform>Notifications (%n unread)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Work ▸ Notifications (Ctrl+Shift+N) lists them.</source>
        <translation>Work ▸ Notifications (Ctrl+Shift+N) lists them.</translation>
    </message>
    <message>
        <source>O&amp;versight</source>
        <translation>O&amp;versight</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Pilot &amp;report…</source>
        <translation>Pilot &amp;report…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n case(s) from the dashboard: %1 — &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</source>
        <translation>
            <numerusform>Showing %n case from the dashboard: %1 — &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</numerusform>
            <numerusform>Showing %n cases from the dashboard: %1 — &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n case(s) from the dashboard: %1</source>
        <translation>
            <numerusform>Showing %n case from the dashboard: %1</numerusform>
            <numerusform>Showing %n cases from the dashboard: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot report is written to &quot;%1&quot;.</source>
        <translation>The pilot report is written to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Breached: %1 (%2) ended on %3</source>
        <translation>Breached: %1 (%2) ended on %3</translation>
    </message>
    <message>
        <source>Warning: %1 (%2) ends on %3</source>
        <translation>Warning: %1 (%2) ends on %3</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation>&amp;Mark read</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Mark &amp;all read</translation>
    </message>
    <message>
        <source>The notifications could not be read: %1</source>
        <translation>The notifications could not be read: %1</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>unread</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>The notification could not be marked read: %1</source>
        <translation>The notification could not be marked read: %1</translation>
    </message>
    <message>
        <source>Pilot report</source>
        <translation>Pilot report</translation>
    </message>
    <message>
        <source>PDF, with charts and tables</source>
        <translation>PDF, with charts and tables</translation>
    </message>
    <message>
        <source>CSV, for scripts</source>
        <translation>CSV, for scripts</translation>
    </message>
    <message>
        <source>XLSX, for Excel</source>
        <translation>XLSX, for Excel</translation>
    </message>
    <message>
        <source>The report&apos;s file</source>
        <translation>The report&apos;s file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>The report is written to a file outside the workstation&apos;s encrypted cache: keep it where your office keeps such papers, and send it only to those the joint order names. It holds figures and case numbers, not applicants&apos; names.</source>
        <translation>The report is written to a file outside the workstation&apos;s encrypted cache: keep it where your office keeps such papers, and send it only to those the joint order names. It holds figures and case numbers, not applicants&apos; names.</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>&amp;Write the report</translation>
    </message>
    <message>
        <source>pilot-report-%1-%2.%3</source>
        <translation>pilot-report-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the pilot report</source>
        <translation>Save the pilot report</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Choose the file to write the report to.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Possible duplicate:</source>
        <translation>Possible duplicate:</translation>
    </message>
    <message>
        <source>The same name and date of birth as %1, under another IIN or passport; check whether it is the same person.</source>
        <translation>The same name and date of birth as %1, under another IIN or passport; check whether it is the same person.</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>&amp;Mark absent</source>
        <translation>&amp;Mark absent</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Colleague:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>&amp;To (included):</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Cases held</source>
        <translation>Cases held</translation>
    </message>
    <message>
        <source>&amp;Hand out their cases…</source>
        <translation>&amp;Hand out their cases…</translation>
    </message>
    <message>
        <source>Away now or later:</source>
        <translation>Away now or later:</translation>
    </message>
    <message>
        <source>%1 is marked absent from %2 to %3.</source>
        <translation>%1 is marked absent from %2 to %3.</translation>
    </message>
    <message>
        <source>Audit extract</source>
        <translation>Audit extract</translation>
    </message>
    <message>
        <source>Of &amp;one case:</source>
        <translation>Of &amp;one case:</translation>
    </message>
    <message>
        <source>The case&apos;s number</source>
        <translation>The case&apos;s number</translation>
    </message>
    <message>
        <source>Of a &amp;period:</source>
        <translation>Of a &amp;period:</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, to print</translation>
    </message>
    <message>
        <source>The extract&apos;s file</source>
        <translation>The extract&apos;s file</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>The server reads its audit log (online only) and enters this reading in it. The file is written outside the workstation&apos;s encrypted cache: give it only to the inspector who asked for it.</source>
        <translation>The server reads its audit log (online only) and enters this reading in it. The file is written outside the workstation&apos;s encrypted cache: give it only to the inspector who asked for it.</translation>
    </message>
    <message>
        <source>&amp;Write the extract</source>
        <translation>&amp;Write the extract</translation>
    </message>
    <message>
        <source>audit-extract.%1</source>
        <translation>audit-extract.%1</translation>
    </message>
    <message>
        <source>Save the audit extract</source>
        <translation>Save the audit extract</translation>
    </message>
    <message>
        <source>Type the number of the case whose audit entries to extract.</source>
        <translation>Type the number of the case whose audit entries to extract.</translation>
    </message>
    <message>
        <source>Choose the file to write the extract to.</source>
        <translation>Choose the file to write the extract to.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Documents filed on eGov (§10-12)</source>
        <translation>Documents filed on eGov (§10-12)</translation>
    </message>
    <message>
        <source>Originals compared at the CSC (§20-21)</source>
        <translation>Originals compared at the CSC (§20-21)</translation>
    </message>
    <message>
        <source>Originals verified by the officer (§22)</source>
        <translation>Originals verified by the officer (§22)</translation>
    </message>
    <message>
        <source>Registration (§26)</source>
        <translation>Registration (§26)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>No document has a verdict yet.</source>
        <translation>No document has a verdict yet.</translation>
    </message>
    <message>
        <source>No decision has been signed on this case.</source>
        <translation>No decision has been signed on this case.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Signed (EDS) by</source>
        <translation>Signed (EDS) by</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Case dossier %1</source>
        <translation>Case dossier %1</translation>
    </message>
    <message>
        <source>Printed by %1. For the staff of the migration service: it holds an applicant&apos;s personal data.</source>
        <translation>Printed by %1. For the staff of the migration service: it holds an applicant&apos;s personal data.</translation>
    </message>
    <message>
        <source>Documents and their verdicts</source>
        <translation>Documents and their verdicts</translation>
    </message>
    <message>
        <source>Signed decisions</source>
        <translation>Signed decisions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1, %2 · %3 · not yet sent</source>
        <translation>%1, %2 · %3 · not yet sent</translation>
    </message>
    <message>
        <source>%1, %2 · %3 · refused by the server: %4</source>
        <translation>%1, %2 · %3 · refused by the server: %4</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>Notes for colleagues who may see this case, the newest first. The applicant never sees them, and no letter or export carries them.</source>
        <translation>Notes for colleagues who may see this case, the newest first. The applicant never sees them, and no letter or export carries them.</translation>
    </message>
    <message>
        <source>Notes on the case</source>
        <translation>Notes on the case</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>A note for the colleague who takes the case over</source>
        <translation>A note for the colleague who takes the case over</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Not held</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>The dossier holds the applicant&apos;s personal data, the documents&apos; verdicts, the signed decisions and the history. Printed or saved, it leaves the workstation&apos;s encrypted cache: keep it where your office keeps case files.</source>
        <translation>The dossier holds the applicant&apos;s personal data, the documents&apos; verdicts, the signed decisions and the history. Printed or saved, it leaves the workstation&apos;s encrypted cache: keep it where your office keeps case files.</translation>
    </message>
    <message>
        <source>The dossier&apos;s PDF file</source>
        <translation>The dossier&apos;s PDF file</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>&amp;Save as PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>dossier-%1.pdf</source>
        <translation>dossier-%1.pdf</translation>
    </message>
    <message>
        <source>Save the case dossier</source>
        <translation>Save the case dossier</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to save the dossier to.</source>
        <translation>Choose the file to save the dossier to.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message numerus="yes">
        <source>holds %n case(s)</source>
        <translation>
            <numerusform>holds %n case</numerusform>
            <numerusform>holds %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n due this week</source>
        <translation>
            <numerusform>%1, %n due this week</numerusform>
            <numerusform>%1, %n due this week</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the cases</source>
        <translation>Give the cases</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected case(s) to:</source>
        <translation>
            <numerusform>Give the %n selected case to:</numerusform>
            <numerusform>Give the %n selected cases to:</numerusform>
        </translation>
    </message>
    <message>
        <source>No one role works all the selected cases at their stages: select cases that one role works.</source>
        <translation>No one role works all the selected cases at their stages: select cases that one role works.</translation>
    </message>
    <message>
        <source>Only the role &quot;%1&quot; works all the selected cases at their stages.</source>
        <translation>Only the role &quot;%1&quot; works all the selected cases at their stages.</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;: nobody works it any more.</source>
        <translation>The case is &quot;%1&quot;: nobody works it any more.</translation>
    </message>
    <message>
        <source>While the case is &quot;%1&quot;, only the role &quot;%2&quot; works it.</source>
        <translation>While the case is &quot;%1&quot;, only the role &quot;%2&quot; works it.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>The export&apos;s file</source>
        <translation>The export&apos;s file</translation>
    </message>
    <message>
        <source>The list is written to a file outside the workstation&apos;s encrypted cache, with the applicants&apos; names and documents&apos; numbers: keep it where your office keeps such papers, and send it only to those the joint order names. The export is entered in the server&apos;s audit log: who, when, which list and how many cases.</source>
        <translation>The list is written to a file outside the workstation&apos;s encrypted cache, with the applicants&apos; names and documents&apos; numbers: keep it where your office keeps such papers, and send it only to those the joint order names. The export is entered in the server&apos;s audit log: who, when, which list and how many cases.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>cases-%1.%2</source>
        <translation>cases-%1.%2</translation>
    </message>
    <message>
        <source>Choose the file to export the list to.</source>
        <translation>Choose the file to export the list to.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded for the audit log, so the file was removed: %1</source>
        <translation type="vanished">The export could not be recorded for the audit log, so the file was removed: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) did not go through; nothing was changed on them:</source>
        <translation>
            <numerusform>%n case did not go through; nothing was changed on them:</numerusform>
            <numerusform>%n cases did not go through; nothing was changed on them:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cla&amp;im the selected cases</source>
        <translation>Cla&amp;im the selected cases</translation>
    </message>
    <message>
        <source>Gi&amp;ve the selected cases to…</source>
        <translation>Gi&amp;ve the selected cases to…</translation>
    </message>
    <message>
        <source>A&amp;bsences and hand-out…</source>
        <translation>A&amp;bsences and hand-out…</translation>
    </message>
    <message>
        <source>Choose the cases to give in the list first (Shift or Ctrl with a click or the arrows).</source>
        <translation>Choose the cases to give in the list first (Shift or Ctrl with a click or the arrows).</translation>
    </message>
    <message>
        <source>Giving the cases to %1…</source>
        <translation>Giving the cases to %1…</translation>
    </message>
    <message>
        <source>Stop after this case</source>
        <translation>Stop after this case</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) given to %1.</source>
        <translation>
            <numerusform>%n case given to %1.</numerusform>
            <numerusform>%n cases given to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the cases to claim in the list first (Shift or Ctrl with a click or the arrows).</source>
        <translation>Choose the cases to claim in the list first (Shift or Ctrl with a click or the arrows).</translation>
    </message>
    <message>
        <source>Claiming the cases…</source>
        <translation>Claiming the cases…</translation>
    </message>
    <message>
        <source>Claim the cases</source>
        <translation>Claim the cases</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) claimed; the server confirms them at this sync.</source>
        <translation>
            <numerusform>%n case claimed; the server confirms them at this sync.</numerusform>
            <numerusform>%n cases claimed; the server confirms them at this sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no case to hand out.</source>
        <translation>%1 holds no case to hand out.</translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation>&amp;Papers</translation>
    </message>
    <message>
        <source>Case &amp;dossier…</source>
        <translation>Case &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Export the list…</translation>
    </message>
    <message>
        <source>&amp;Audit extract…</source>
        <translation>&amp;Audit extract…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to &quot;%1&quot;; the export goes to the audit log with the next sync.</source>
        <translation>
            <numerusform>%n case exported to &quot;%1&quot;; the export goes to the audit log with the next sync.</numerusform>
            <numerusform>%n cases exported to &quot;%1&quot;; the export goes to the audit log with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the case whose dossier to print first.</source>
        <translation>Open the case whose dossier to print first.</translation>
    </message>
    <message>
        <source>The dossier is saved to &quot;%1&quot;.</source>
        <translation>The dossier is saved to &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) written to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n audit entry written to &quot;%1&quot;.</numerusform>
            <numerusform>%n audit entries written to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of the city</source>
        <translation>Cases of the city</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have not reached the server.</source>
        <translation>
            <numerusform>%n note have not reached the server.</numerusform>
            <numerusform>%n notes have not reached the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded for the audit log, so the file was not written: %1</source>
        <translation>The export could not be recorded for the audit log, so the file was not written: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Send the &amp;log to IT…</source>
        <translation>Send the &amp;log to IT…</translation>
    </message>
    <message>
        <source>Open the log &amp;folder</source>
        <translation>Open the log &amp;folder</translation>
    </message>
    <message>
        <source>This workstation keeps no log, so there is nothing to send.</source>
        <translation>This workstation keeps no log, so there is nothing to send.</translation>
    </message>
    <message>
        <source>The log could not be saved to &quot;%1&quot;: %2</source>
        <translation>The log could not be saved to &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>kezek-log-%1.txt</source>
        <translation>kezek-log-%1.txt</translation>
    </message>
    <message>
        <source>Save the log for IT</source>
        <translation>Save the log for IT</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>The log was saved to %1. Send this file to your IT department.</source>
        <translation>The log was saved to %1. Send this file to your IT department.</translation>
    </message>
    <message>
        <source>No file manager opened; the log is in %1.</source>
        <translation>No file manager opened; the log is in %1.</translation>
    </message>
</context>
</TS>

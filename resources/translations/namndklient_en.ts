<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="24"/>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="25"/>
        <source>Om Nämndklient</source>
        <translation>About Nämndklient</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="26"/>
        <source>&lt;h2&gt;Nämndklient %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nämndklient %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="27"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="29"/>
        <source>Läs sammanträden, ärenden, nyckeltal och budget offline, och skriv ut möteshandlingar. Programmet bygger på dessa fria komponenter:</source>
        <translation>Read meetings, cases, KPIs and budget offline, and print meeting documents. The program is built on these free components:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="34"/>
        <source>Komponenter och licenser</source>
        <translation>Components and licences</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="35"/>
        <source>Komponent</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="35"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="35"/>
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="48"/>
        <location filename="../../src/nämndklient/gui/dialogs/about.py" line="49"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="22"/>
        <source>sekretess upphört – innehållet borttaget</source>
        <translation>confidentiality expired – content removed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="24"/>
        <source>utgått</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="26"/>
        <source>ändrad sedan läst</source>
        <translation>changed since read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="28"/>
        <source>läst</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="30"/>
        <source>oläst</source>
        <translation>unread</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="32"/>
        <source>flaggad</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="38"/>
        <source>Sekretesstiden har gått ut. Handlingarna och deras text togs bort från datorn %1; dina egna anteckningar finns kvar.</source>
        <translation>The confidentiality period has expired. The documents and their text were removed from this computer on %1; your own notes remain.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="49"/>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="50"/>
        <source>Ärende</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="51"/>
        <source>Föredragande</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="52"/>
        <source>Dnr</source>
        <translation>Ref. no.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="60"/>
        <source>Övriga ärenden</source>
        <translation>Other items</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="128"/>
        <source>ingen föredragande</source>
        <translation>no presenter</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="129"/>
        <source>Punkt %1: %2. Föredragande: %3. Status: %4</source>
        <translation>Item %1: %2. Presenters: %3. Status: %4</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="234"/>
        <source>Egen uppföljning</source>
        <translation>My tracking</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="235"/>
        <source>Uppföljningsrapport</source>
        <translation>Follow-up report</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="236"/>
        <source>Ingen rapport än</source>
        <translation>No report yet</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="241"/>
        <source>Uppdrag</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="241"/>
        <source>Målområde</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="242"/>
        <source>Beslutat av</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="242"/>
        <source>Ansvariga</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="243"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="243"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="244"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="244"/>
        <source>Statuskälla</source>
        <translation>Status source</translation>
    </message>
</context>
<context>
    <name>AssignmentsView</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="44"/>
        <source>Uppdragens status, och per målområde hur många som har status</source>
        <translation>Status of the assignments, and for each goal area how many have a status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="45"/>
        <source>Endast &amp;ej påbörjade</source>
        <translation>Only &amp;not started</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="46"/>
        <source>Visa endast ej påbörjade uppdrag</source>
        <translation>Show only assignments not started</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="47"/>
        <source>Endast &amp;våra</source>
        <translation>Only &amp;ours</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="48"/>
        <source>Visa endast uppdrag där vårt organ är ansvarigt</source>
        <translation>Show only assignments our body is responsible for</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="50"/>
        <source>Vårt organ (förkortning)</source>
        <translation>Our body (abbreviation)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="53"/>
        <source>Målområde</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="64"/>
        <source>Uppdrag</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="79"/>
        <source>Egen status för uppdraget</source>
        <translation>My status for the assignment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="87"/>
        <source>Datum för status</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="89"/>
        <source>Kommentar till status</source>
        <translation>Comment on the status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="90"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="91"/>
        <source>&amp;Spara egen status</source>
        <translation>&amp;Save my status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="92"/>
        <source>Spara egen status</source>
        <translation>Save my status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="95"/>
        <source>&amp;Ta bort egen status</source>
        <translation>&amp;Remove my status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="96"/>
        <source>Ta bort egen status</source>
        <translation>Remove my status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="103"/>
        <source>&amp;Organ:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="109"/>
        <source>Egen uppföljning:</source>
        <translation>My tracking:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="126"/>
        <source>Alla målområden</source>
        <translation>All goal areas</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="140"/>
        <source>%1 uppdrag · ingen status angiven: %2</source>
        <translation>%1 assignments · no status given: %2</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="142"/>
        <source>%1: %2 av %3 med status</source>
        <translation>%1: %2 of %3 with a status</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/nämndklient/gui/charts/bar_chart.py" line="36"/>
        <source>Stapeldiagram</source>
        <translation>Bar chart</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../../src/nämndklient/gui/budget/models.py" line="117"/>
        <source>Stämmer</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/models.py" line="118"/>
        <source>Liten avvikelse, troligen avrundning</source>
        <translation>Minor discrepancy, probably rounding</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/models.py" line="119"/>
        <source>Stämmer inte</source>
        <translation>Does not match</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="85"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="89"/>
        <source>Budgettabeller</source>
        <translation>Budget tables</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="102"/>
        <source>Tabellens namn</source>
        <translation>Table name</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="105"/>
        <source>Förklaring till tabellen</source>
        <translation>Notes on the table</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="108"/>
        <source>Investeringstyp</source>
        <translation>Investment type</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="109"/>
        <source>Alla investeringar</source>
        <translation>All investments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="110"/>
        <source>Nyinvesteringar</source>
        <translation>New investments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="111"/>
        <source>Reinvesteringar</source>
        <translation>Reinvestments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="113"/>
        <source>Sök investering</source>
        <translation>Search investments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="114"/>
        <source>Sök enhet eller objekt…</source>
        <translation>Search unit or project…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="121"/>
        <source>Budgettabell</source>
        <translation>Budget table</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="134"/>
        <source>Kontrollsummor, sammanfattning</source>
        <translation>Total checks, summary</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="136"/>
        <source>Kontroller av summor i tabellen</source>
        <translation>Checks of the totals in the table</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="137"/>
        <source>Klicka på en kontroll för att visa cellen i tabellen. Ctrl+C kopierar.</source>
        <translation>Click a check to show its cell in the table. Ctrl+C copies.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="153"/>
        <source>Diagram för tabellen</source>
        <translation>Chart of the table</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="155"/>
        <source>&amp;Kopiera tabell</source>
        <translation>&amp;Copy table</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="156"/>
        <source>Kopiera tabellen som tabbseparerad text</source>
        <translation>Copy the table as tab-separated text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="157"/>
        <source>Klistras in i Excel som tal: minustecken och decimalkomma, utan tusentalsavgränsare.</source>
        <translation>Pastes into Excel as numbers: minus signs and decimal commas, no thousands separators.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="160"/>
        <source>&amp;Exportera alla tabeller (XLSX)…</source>
        <translation>&amp;Export all tables (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="161"/>
        <source>Exportera budgettabellerna som Excel-fil</source>
        <translation>Export the budget tables as an Excel file</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="171"/>
        <source>Tabell, kontroller och diagram</source>
        <translation>Table, checks and chart</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="203"/>
        <source>Minst en kontroll stämmer inte eller avviker lite</source>
        <translation>At least one check does not match or shows a minor discrepancy</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="238"/>
        <source>⚠ %1 av %2 kontroller stämmer inte eller avviker lite: se markerade celler och listan under tabellen.</source>
        <translation>⚠ %1 of %2 checks do not match or show a minor discrepancy: see the highlighted cells and the list below the table.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="242"/>
        <source>Rader märkta ”beräknad” är summor som Nämndklient har räknat fram, inte siffror ur dokumentet.</source>
        <translation>Rows marked “calculated” are totals that Nämndklient has worked out, not figures from the document.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="276"/>
        <source>&amp;Kontroller: %1 stämmer inte, %2 liten avvikelse, %3 stämmer</source>
        <translation>Chec&amp;ks: %1 do not match, %2 minor discrepancy, %3 match</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="292"/>
        <source>Regeln: en summa stämmer när skillnaden ryms i en halv enhet i summans sista siffra plus två standardavvikelser för radernas avrundning; upp till tre är liten avvikelse. Samma belopp i två tabeller stämmer när det ena avrundat ger det andra.</source>
        <translation>The rule: a total matches when the difference is within half a unit of the total’s last digit plus two standard deviations for the rounding of the rows; up to three counts as a minor discrepancy. The same amount in two tables matches when rounding one gives the other.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="233"/>
        <source> · Belopp i %1</source>
        <translation> · Amounts in %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="245"/>
        <source>Inga värden inlästa ännu.</source>
        <translation>No values imported yet.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="324"/>
        <source>Exportera budget</source>
        <translation>Export budget</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="325"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <location filename="../../src/nämndklient/gui/budget/models.py" line="108"/>
        <source>Beräknad av Nämndklient som summan av raderna; ingen siffra ur dokumentet.</source>
        <translation>Calculated by Nämndklient as the sum of the rows; not a figure from the document.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="45"/>
        <source>Exportera till kalender</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="45"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="52"/>
        <source>Exporten misslyckades</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="54"/>
        <source>Exporterat</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="55"/>
        <source>%1 sammanträden sparades i %2.</source>
        <translation>%1 meetings were saved in %2.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="73"/>
        <source>Föregående månad</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="74"/>
        <source>Föregående månad (Page Up)</source>
        <translation>Previous month (Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="77"/>
        <source>Nästa månad</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="78"/>
        <source>Nästa månad (Page Down)</source>
        <translation>Next month (Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="83"/>
        <source>Visa organ</source>
        <translation>Show body</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="84"/>
        <source>Exportera alla…</source>
        <translation>Export all…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="84"/>
        <source>Exportera alla sammanträden</source>
        <translation>Export all meetings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="86"/>
        <source>Spara alla sammanträden som en .ics-fil för din kalender</source>
        <translation>Save all meetings as an .ics file for your calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="87"/>
        <source>● sammanträde   ◆ gemensam dag (budgetdag, planeringsdag)</source>
        <translation>● meeting   ◆ joint day (budget day, planning day)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="90"/>
        <source>Månadskalender</source>
        <translation>Month calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="91"/>
        <source>Pilarna flyttar mellan dagarna, Enter öppnar dagens sammanträde.</source>
        <translation>Arrow keys move between days, Enter opens the day&apos;s meeting.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="100"/>
        <source>Sammanträden i listform</source>
        <translation>Meetings as a list</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="100"/>
        <source>Enter öppnar sammanträdet.</source>
        <translation>Enter opens the meeting.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="105"/>
        <source>Kalendervy</source>
        <translation>Calendar view</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="106"/>
        <source>&amp;Månad</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="107"/>
        <source>&amp;Lista</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="110"/>
        <source>‹ Kommande</source>
        <translation>‹ Upcoming</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="110"/>
        <source>Tillbaka till kommande sammanträden</source>
        <translation>Back to upcoming meetings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="119"/>
        <source>Organ:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="125"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="148"/>
        <source>Alla organ</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/calendar.py" line="201"/>
        <source>Välj sammanträde</source>
        <translation>Choose meeting</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../../src/nämndklient/gui/delegates.py" line="99"/>
        <source>Inställt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/delegates.py" line="100"/>
        <source>Plats meddelas senare</source>
        <translation>Venue to be announced</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/delegates.py" line="200"/>
        <source>sammanträde</source>
        <translation>meeting</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="30"/>
        <source>Ärenden och handlingar</source>
        <translation>Cases and documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="30"/>
        <source>Sorterade efter datum. Enter öppnar handlingen.</source>
        <translation>Sorted by date. Enter opens the document.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="42"/>
        <source>Handlingens text</source>
        <translation>Document text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="43"/>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="46"/>
        <source>Ärendets historik</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="47"/>
        <source>Allt med samma diarienummer, i datumordning. Enter öppnar.</source>
        <translation>Everything with the same reference number, by date. Enter opens.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="60"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="61"/>
        <source>Tjänsteskrivelser, protokollsutdrag och planer, det nyaste först.</source>
        <translation>Officer&apos;s reports, minutes extracts and plans, newest first.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="130"/>
        <source>Allt med diarienummer %1, i datumordning.</source>
        <translation>Everything with reference number %1, by date.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="132"/>
        <source>Handlingen saknar diarienummer, så den har ingen historik.</source>
        <translation>The document has no reference number, so it has no history.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/nämndklient/gui/crash.py" line="73"/>
        <source>(rapporten kunde inte sparas)</source>
        <translation>(the report could not be saved)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/crash.py" line="76"/>
        <source>Ett oväntat fel inträffade</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/crash.py" line="77"/>
        <source>Nämndklient stötte på ett fel: %1

Dina anteckningar har sparats. En felrapport finns i %2. Skicka den gärna till supporten. Du kan fortsätta arbeta, men starta om programmet om något ser fel ut.</source>
        <translation>Nämndklient ran into an error: %1

Your notes have been saved. An error report is in %2. Please send it to support. You can keep working, but restart the program if something looks wrong.</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="48"/>
        <source>Ändringar sedan du läste: %1</source>
        <translation>Changes since you read it: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="53"/>
        <source>Understruket: tillagt. Genomstruket: borttaget. F8 går till nästa ändring, Skift+F8 till föregående.</source>
        <translation>Underlined: added. Struck through: removed. F8 goes to the next change, Shift+F8 to the previous one.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="57"/>
        <source>Ändringar i handlingarna</source>
        <translation>Changes in the documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="62"/>
        <source>Vald ändring</source>
        <translation>Selected change</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="63"/>
        <source>&amp;Föregående ändring</source>
        <translation>&amp;Previous change</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="63"/>
        <source>Föregående ändring (Skift+F8)</source>
        <translation>Previous change (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="65"/>
        <source>&amp;Nästa ändring</source>
        <translation>&amp;Next change</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="65"/>
        <source>Nästa ändring (F8)</source>
        <translation>Next change (F8)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="66"/>
        <source>Markera som &amp;läst</source>
        <translation>Mark as &amp;read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="66"/>
        <source>Markera ärendet som läst</source>
        <translation>Mark the item as read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="69"/>
        <source>Nästa gång jämförs ändringar med versionerna du ser nu.</source>
        <translation>Next time, changes will be compared with the versions you see now.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="70"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="70"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="133"/>
        <source>tillagt: </source>
        <translation>added: </translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="133"/>
        <source>borttaget: </source>
        <translation>removed: </translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="134"/>
        <source>tillagt:</source>
        <translation>added:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="134"/>
        <source>borttaget:</source>
        <translation>removed:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="136"/>
        <source>Inget har ändrats sedan du läste ärendet.</source>
        <translation>Nothing has changed since you read the item.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="144"/>
        <source>Filen har bytts ut; den har ingen text att jämföra ord för ord. Öppna den under Bilagor.</source>
        <translation>The file has been replaced; it has no text to compare word by word. Open it under Attachments.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="174"/>
        <source>[… 1 oförändrat ord …]</source>
        <translation>[… 1 unchanged word …]</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="175"/>
        <source>[… %1 oförändrade ord …]</source>
        <translation>[… %1 unchanged words …]</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="190"/>
        <source>%1 – ny sedan du läste (version %2)</source>
        <translation>%1 – new since you read the item (version %2)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="192"/>
        <source>%1 – version %2 jämfört med version %3, som du läste</source>
        <translation>%1 – version %2 compared with version %3, which you read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="211"/>
        <source>Inga ändringar i texten.</source>
        <translation>No changes in the text.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="213"/>
        <source>%1 ändringar. Tryck F8 för den första.</source>
        <translation>%1 changes. Press F8 for the first one.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="214"/>
        <source>1 ändring. Tryck F8 för att gå dit.</source>
        <translation>1 change. Press F8 to go to it.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/diff.py" line="216"/>
        <source>Ändring %1 av %2</source>
        <translation>Change %1 of %2</translation>
    </message>
</context>
<context>
    <name>DocumentAdder</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="57"/>
        <source>Lägg till han&amp;dling…</source>
        <translation>Add &amp;document…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="57"/>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="90"/>
        <source>Lägg till handling</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="58"/>
        <source>Lägg till en tjänsteskrivelse eller bilaga (Word, PDF eller text). Du kan också släppa filer på ärendet.</source>
        <translation>Add an officer’s report or attachment (Word, PDF or text). You can also drop files onto the item.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="62"/>
        <source>Läser handlingen</source>
        <translation>Reading the document</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="66"/>
        <source>Besked om handlingen</source>
        <translation>Message about the document</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="94"/>
        <source>Handlingar (*.docx *.pdf *.txt)</source>
        <translation>Documents (*.docx *.pdf *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="94"/>
        <source>Alla filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="95"/>
        <source>Leta i:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="96"/>
        <source>Filnamn:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="97"/>
        <source>Filtyp:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="98"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="99"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="131"/>
        <source>Läser %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="138"/>
        <source>Textigenkänning i %1: sida %2 av %3 …</source>
        <translation>OCR in %1: page %2 of %3 …</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="153"/>
        <source>Sidan %1 i %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="153"/>
        <source>Sidorna %1 i %2</source>
        <translation>Pages %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="155"/>
        <source>textigenkänning (Tesseract) är inte installerad på datorn</source>
        <translation>OCR (Tesseract) is not installed on this computer</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="156"/>
        <source>textigenkänningen hittade ingen text där</source>
        <translation>OCR found no text there</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="157"/>
        <source>%1 har ingen text och går inte att söka i: %2.</source>
        <translation>%1 has no text and cannot be searched: %2.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="159"/>
        <source>Handlingen lades till.</source>
        <translation>The document was added.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="167"/>
        <source>Handlingen lades inte till: %1.</source>
        <translation>The document was not added: %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item_documents.py" line="169"/>
        <source>Handlingen kunde inte läggas till (%1); inget har ändrats, och loggfilen säger mer.</source>
        <translation>The document could not be added (%1); nothing has been changed, and the log file has more details.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="20"/>
        <source>Tjänsteskrivelse</source>
        <translation>Officer&apos;s report</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="21"/>
        <source>Protokollsutdrag</source>
        <translation>Minutes extract</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="22"/>
        <source>Plan och budget</source>
        <translation>Plan and budget</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="23"/>
        <source>Bilaga</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="24"/>
        <source>Ärende på sammanträde</source>
        <translation>Meeting item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="25"/>
        <source>Handling</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="33"/>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="47"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="35"/>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="48"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="36"/>
        <source>Dnr</source>
        <translation>Ref. no.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="37"/>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="49"/>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="59"/>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="60"/>
        <source>Ärende</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="61"/>
        <source>Min fråga</source>
        <translation>My question</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/documents.py" line="62"/>
        <source>(ingen frågetext ännu)</source>
        <translation>(no question text yet)</translation>
    </message>
</context>
<context>
    <name>Expired</name>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/expired_notice.py" line="25"/>
        <source> (dnr %1)</source>
        <translation> (ref. no. %1)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/expired_notice.py" line="26"/>
        <source>Sekretesstiden för punkt %1%2 har gått ut. Handlingarna och deras text togs bort från den här datorn %3, enligt utgivarens regler. Rubriken finns kvar så att du ser att ärendet behandlades; dina egna anteckningar finns kvar tills du själv tar bort dem.</source>
        <translation>The confidentiality period for item %1%2 has expired. The documents and their text were removed from this computer on %3, in line with the publisher&apos;s rules. The heading remains so that you can see the item was dealt with; your own notes remain until you delete them yourself.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/expired_notice.py" line="52"/>
        <source>Sekretess upphört</source>
        <translation>Confidentiality expired</translation>
    </message>
</context>
<context>
    <name>FetchDialog</name>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="72"/>
        <source>Hämta nya handlingar</source>
        <translation>Fetch new papers</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="75"/>
        <source>Varifrån vill du hämta? Paketen kontrolleras (signatur och kontrollsummor) innan något sparas.</source>
        <translation>Where do you want to fetch from? Packages are checked (signature and checksums) before anything is saved.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="78"/>
        <source>Ett &amp;paket (.zip) eller en OParl-fil (.json)</source>
        <translation>A &amp;package (.zip) or an OParl file (.json)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="79"/>
        <source>En &amp;mapp, till exempel en delad enhet (alla paket i den)</source>
        <translation>A f&amp;older, such as a shared drive (every package in it)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="80"/>
        <source>Den &amp;centrala databasen</source>
        <translation>The central &amp;database</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="84"/>
        <source>Paketfil</source>
        <translation>Package file</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="84"/>
        <source>Sökväg till paketet eller OParl-filen</source>
        <translation>Path to the package or the OParl file</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="85"/>
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="85"/>
        <source>Sökväg till mappen med paket</source>
        <translation>Path to the folder of packages</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="86"/>
        <source>Adress till den centrala databasen</source>
        <translation>Address of the central database</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="87"/>
        <source>Till exempel postgresql://namn@server/nämnd. Ett lösenord i adressen sparas inte, det gäller bara tills du stänger programmet.</source>
        <translation>For example postgresql://namn@server/nämnd. A password in the address is not saved; it is kept only until you close the program.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="90"/>
        <source>Välj &amp;fil…</source>
        <translation>Choose f&amp;ile…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="90"/>
        <source>Välj paketfil</source>
        <translation>Choose package file</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="91"/>
        <source>Välj m&amp;app…</source>
        <translation>Choose fo&amp;lder…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="91"/>
        <source>Välj mapp</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="105"/>
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="111"/>
        <source>Läge</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="112"/>
        <source>&amp;Godta ändå</source>
        <translation>&amp;Accept anyway</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="112"/>
        <source>Godta paketet ändå</source>
        <translation>Accept the package anyway</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="114"/>
        <source>Läs in paketet fast det inte är signerat av en utgivare du litar på. Valet sparas.</source>
        <translation>Import the package even though it is not signed by a publisher you trust. Your choice is saved.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="117"/>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="121"/>
        <source>Ärenden att läsa</source>
        <translation>Items to read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="122"/>
        <source>Nya och ändrade ärenden. Enter öppnar ärendet.</source>
        <translation>New and changed items. Enter opens the item.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="125"/>
        <source>Ä&amp;renden att läsa:</source>
        <translation>Items to &amp;read:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="129"/>
        <source>&amp;Hämta</source>
        <translation>&amp;Fetch</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="129"/>
        <source>Hämta</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="131"/>
        <source>&amp;Visa ärendet</source>
        <translation>&amp;Show item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="131"/>
        <source>Visa det valda ärendet</source>
        <translation>Show the selected item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="133"/>
        <source>Av&amp;bryt</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="133"/>
        <source>Avbryt hämtningen</source>
        <translation>Cancel the fetch</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="135"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="135"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="200"/>
        <source>Välj mötespaket</source>
        <translation>Choose meeting package</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="201"/>
        <source>Mötespaket och OParl (*.zip *.json)</source>
        <translation>Meeting packages and OParl (*.zip *.json)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="207"/>
        <source>Välj mapp med mötespaket</source>
        <translation>Choose folder of meeting packages</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="229"/>
        <source>Välj paketfilen du vill hämta.</source>
        <translation>Choose the package file you want to fetch.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="232"/>
        <source>Filen %1 finns inte.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="241"/>
        <source>Välj mappen med mötespaket.</source>
        <translation>Choose the folder of meeting packages.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="242"/>
        <source>Mappen %1 finns inte.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="255"/>
        <source>Adressen ska börja med postgresql://, till exempel postgresql://namn@server/nämnd.</source>
        <translation>The address must start with postgresql://, for example postgresql://namn@server/nämnd.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="280"/>
        <source>Adressen %1 kan inte tolkas.</source>
        <translation>The address %1 cannot be interpreted.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="299"/>
        <source>Avbryter… det som redan skrivits av paketet sparas inte.</source>
        <translation>Cancelling… nothing already written from the package will be saved.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="309"/>
        <source>Hämtar och kontrollerar…</source>
        <translation>Fetching and checking…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="327"/>
        <source>Läser %1 (%2 av %3)…</source>
        <translation>Reading %1 (%2 of %3)…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="346"/>
        <source>Filen kunde inte läsas: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="348"/>
        <source>Ett oväntat fel inträffade; inget ändrades. Detaljer finns i loggfilen.</source>
        <translation>An unexpected error occurred; nothing was changed. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="349"/>
        <source>Hämtningen misslyckades. %1</source>
        <translation>The fetch failed. %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="356"/>
        <source>Hämtningen avbröts. Paketet som lästes in när du avbröt sparades inte.</source>
        <translation>The fetch was cancelled. The package being imported when you cancelled was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="358"/>
        <source>Lästes inte in: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="360"/>
        <source>Välj Godta ändå bara om du vet att paketet kommer från sekretariatet.</source>
        <translation>Choose Accept anyway only if you know the package comes from the secretariat.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="362"/>
        <source>Klart.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="362"/>
        <source>Inget nytt att hämta.</source>
        <translation>Nothing new to fetch.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="368"/>
        <source>Redan inläst och oförändrat: %1.</source>
        <translation>Already imported and unchanged: %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="371"/>
        <source>Äldre versioner som hoppades över: %1.</source>
        <translation>Older versions skipped: %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="378"/>
        <source>ändrat</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="378"/>
        <source>nytt</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="382"/>
        <source>sekretessen hävd</source>
        <translation>confidentiality lifted</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="406"/>
        <source>1 nytt ärende</source>
        <translation>1 new item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="406"/>
        <source>%1 nya ärenden</source>
        <translation>%1 new items</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="408"/>
        <source>1 ändrat ärende</source>
        <translation>1 changed item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="408"/>
        <source>%1 ändrade ärenden</source>
        <translation>%1 changed items</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="411"/>
        <source>1 utgånget ärende</source>
        <translation>1 withdrawn item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="412"/>
        <source>%1 utgångna ärenden</source>
        <translation>%1 withdrawn items</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="414"/>
        <source>Sekretessen hävd av utgivaren för 1 ärende</source>
        <translation>Confidentiality lifted by the publisher for 1 item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="415"/>
        <source>Sekretessen hävd av utgivaren för %1 ärenden</source>
        <translation>Confidentiality lifted by the publisher for %1 items</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="417"/>
        <source>1 anteckning gäller text som inte längre finns; den är kvar och märkt.</source>
        <translation>1 note refers to text that no longer exists; it has been kept and marked.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="419"/>
        <source>%1 anteckningar gäller text som inte längre finns; de är kvar och märkta.</source>
        <translation>%1 notes refer to text that no longer exists; they have been kept and marked.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="423"/>
        <source>Inget nytt i sammanträdet.</source>
        <translation>Nothing new in this meeting.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="426"/>
        <source>Från %1, signerat av en utgivare du litar på.</source>
        <translation>From %1, signed by a publisher you trust.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="428"/>
        <source>Från %1, signerat av en okänd utgivare; du valde att godta det.</source>
        <translation>From %1, signed by an unknown publisher; you chose to accept it.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="430"/>
        <source>Från %1, osignerat; du valde att godta det.</source>
        <translation>From %1, unsigned; you chose to accept it.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="432"/>
        <source>Version %1.</source>
        <translation>Version %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/fetch_dialog.py" line="433"/>
        <source>Version %1 (du hade version %2).</source>
        <translation>Version %1 (you had version %2).</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="38"/>
        <source>‹ Föredragningslistan</source>
        <translation>‹ Agenda</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="38"/>
        <source>Tillbaka till föredragningslistan</source>
        <translation>Back to the agenda</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="39"/>
        <source>Tillbaka (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="42"/>
        <source>Ärendets läge</source>
        <translation>Item status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="43"/>
        <source>Visa ä&amp;ndringar</source>
        <translation>Show &amp;changes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="43"/>
        <source>Visa ändringar sedan du läste</source>
        <translation>Show changes since you read it</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="44"/>
        <source>Ord för ord: vad som ändrats i handlingarna sedan du läste</source>
        <translation>Word by word: what has changed in the documents since you read them</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="46"/>
        <source>Handlingarnas versioner</source>
        <translation>Document versions</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="51"/>
        <source>Ärendets text</source>
        <translation>Item text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="52"/>
        <source>Ärendet med handlingar, förslag till beslut och uppgifter.</source>
        <translation>The item with documents, proposed decision and details.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="54"/>
        <source>Välj bilaga</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="56"/>
        <location filename="../../src/nämndklient/gui/views/item.py" line="133"/>
        <source>Ärendet har inga bilagor.</source>
        <translation>This item has no attachments.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="62"/>
        <source>Bilaga:</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="68"/>
        <source>Ärende och bilagor</source>
        <translation>Item and attachments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="70"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="71"/>
        <source>&amp;Bilagor</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="121"/>
        <source>&amp;Bilagor (%1)</source>
        <translation>&amp;Attachments (%1)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="125"/>
        <source>, %1 sidor</source>
        <translation>, %1 pages</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="132"/>
        <source>Bilagorna togs bort när sekretesstiden gick ut.</source>
        <translation>The attachments were removed when the confidentiality period expired.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="147"/>
        <source>ändrad sedan du läste</source>
        <translation>changed since you read it</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="147"/>
        <source>utgått</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="148"/>
        <source>aktuell</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="148"/>
        <source>sekretesstiden har gått ut, innehållet borttaget</source>
        <translation>confidentiality period expired, content removed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="153"/>
        <source>Ändrad sedan du läste</source>
        <translation>Changed since you read it</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="154"/>
        <source>Utgått: ärendet finns inte längre på föredragningslistan</source>
        <translation>Withdrawn: the item is no longer on the agenda</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="161"/>
        <source>%1 · version %2 · %3 · %4</source>
        <translation>%1 · version %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>KpiDetail</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="40"/>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="200"/>
        <source>Välj ett nyckeltal i listan</source>
        <translation>Choose a KPI in the list</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="46"/>
        <source>Nyckeltalets namn</source>
        <translation>KPI name</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="52"/>
        <source>Mål, utfall och källa</source>
        <translation>Target, outcome and source</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="55"/>
        <source>Riktning och varifrån den kommer</source>
        <translation>Direction and where it comes from</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="57"/>
        <source>Riktning för nyckeltalet</source>
        <translation>Direction for the KPI</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="58"/>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="221"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="62"/>
        <source>Vem som sätter riktningen</source>
        <translation>Who is setting the direction</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="63"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="64"/>
        <source>Spara &amp;riktning</source>
        <translation>Save &amp;direction</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="65"/>
        <source>Spara riktning</source>
        <translation>Save direction</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="67"/>
        <source>Använd &amp;förslaget</source>
        <translation>&amp;Use the suggestion</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="68"/>
        <source>Välj den föreslagna riktningen</source>
        <translation>Choose the suggested direction</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="75"/>
        <source>Inga värden att visa</source>
        <translation>No values to show</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="79"/>
        <source>Förklaring av utvecklingen och föreslagna åtgärder</source>
        <translation>Explanation of the trend and proposed actions</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="82"/>
        <source>Egen anteckning om nyckeltalet</source>
        <translation>My note on the KPI</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="83"/>
        <source>Egen anteckning: förklaring av utvecklingen, åtgärder att föreslå…</source>
        <translation>My note: explanation of the trend, actions to propose…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="96"/>
        <source>Diagram som &amp;PNG…</source>
        <translation>Chart as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="96"/>
        <source>Diagram som &amp;SVG…</source>
        <translation>Chart as &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="97"/>
        <source>Data som &amp;CSV…</source>
        <translation>Data as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="97"/>
        <source>Data som &amp;XLSX…</source>
        <translation>Data as &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="120"/>
        <source>Sätt ri&amp;ktning:</source>
        <translation>Set dire&amp;ction:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="122"/>
        <source>Satt a&amp;v:</source>
        <translation>Set &amp;by:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="141"/>
        <source>Förklaring och åtgärder (uppföljning):</source>
        <translation>Explanation and actions (follow-up):</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="143"/>
        <source>&amp;Egen anteckning:</source>
        <translation>My &amp;note:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="201"/>
        <source>Diagram, förklaring och egen anteckning visas här.</source>
        <translation>The chart, explanation and your note appear here.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="221"/>
        <source>som planen</source>
        <translation>as in the plan</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="231"/>
        <source>Inga utfall är inlästa för nyckeltalet. Läs in en Kolada-fil eller en ifylld utfallsmall med knappen överst; mallen exporteras med knappen bredvid.</source>
        <translation>No outcomes have been imported for this KPI. Import a Kolada file or a completed outcome template with the button at the top; the button next to it exports the template.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="235"/>
        <source>Förklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="235"/>
        <source>Föreslagna åtgärder</source>
        <translation>Proposed measures</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="236"/>
        <source>Ingen uppföljning med förklaring är inläst.</source>
        <translation>No follow-up with an explanation has been imported.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="248"/>
        <source>beslutat av %1</source>
        <translation>decided by %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="252"/>
        <source>Mål: %1%2</source>
        <translation>Target: %1%2</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="254"/>
        <source>om målet nås kan inte avgöras utan riktning</source>
        <translation>whether the target is met cannot be determined without a direction</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="256"/>
        <source>Mål: inget målvärde; jämförs med %1 (%2, %3)</source>
        <translation>Target: no target value; compared with %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="260"/>
        <source>Mål: inget målvärde; jämförs med %1</source>
        <translation>Target: no target value; compared with %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="250"/>
        <source> jämfört med %1</source>
        <translation> compared with %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="262"/>
        <source>Mål: saknas i planen</source>
        <translation>Target: not in the plan</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="264"/>
        <source>Senaste utfall: %1 (%2)</source>
        <translation>Latest outcome: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="267"/>
        <source>Inget utfall inläst</source>
        <translation>No outcome imported</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="269"/>
        <source>Prognos helår: %1</source>
        <translation>Full-year forecast: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="271"/>
        <source>Källa: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="311"/>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>KpiLabels</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="29"/>
        <source>Långsiktigt</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="30"/>
        <source>Kortsiktigt</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="31"/>
        <source>Finansiellt</source>
        <translation>Financial</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="33"/>
        <source>Uppnått</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="34"/>
        <source>Nära</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="35"/>
        <source>Ej uppnått</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="36"/>
        <source>Riktning okänd</source>
        <translation>Direction unknown</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="37"/>
        <source>Mål saknas</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="38"/>
        <source>Saknar värde</source>
        <translation>No value</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="41"/>
        <source>Förbättras</source>
        <translation>Improving</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="42"/>
        <source>Försämras</source>
        <translation>Worsening</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="43"/>
        <source>Oförändrad</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="44"/>
        <source>Ökar</source>
        <translation>Rising</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="45"/>
        <source>Minskar</source>
        <translation>Falling</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="48"/>
        <source>högre är bättre</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="49"/>
        <source>lägre är bättre</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="50"/>
        <source>ingen status angiven</source>
        <translation>no status given</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="52"/>
        <source>ej påbörjad</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="53"/>
        <source>pågående</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="54"/>
        <source>genomförd</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="55"/>
        <source>ej genomförd</source>
        <translation>not completed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="89"/>
        <source>%1 planen</source>
        <translation>%1 plan</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="91"/>
        <source>%1 satt</source>
        <translation>%1 set</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="93"/>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="98"/>
        <source>okänd (förslag %1)</source>
        <translation>unknown (suggested %1)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="94"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="104"/>
        <source>planen: ”%1”</source>
        <translation>the plan: “%1”</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="105"/>
        <source>planen</source>
        <translation>the plan</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="106"/>
        <source>Riktning: %1 (%2)</source>
        <translation>Direction: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="110"/>
        <source>Riktning: %1 (satt av %2, %3)</source>
        <translation>Direction: %1 (set by %2, %3)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="114"/>
        <source>– planen säger %1</source>
        <translation>– the plan says %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="117"/>
        <source>Riktning: okänd – planen anger inte om högre eller lägre är bättre</source>
        <translation>Direction: unknown – the plan does not say whether higher or lower is better</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="119"/>
        <source>Förslag, ej planens: %1 (av ordet ”%2”)</source>
        <translation>Suggestion, not from the plan: %1 (from the word “%2”)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="130"/>
        <source>riket</source>
        <translation>national average</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="132"/>
        <source>saknas</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>KpiOverview</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="322"/>
        <source>Sammanfattning av status</source>
        <translation>Status summary</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="325"/>
        <source>Målområde</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="326"/>
        <source>Horisont</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="327"/>
        <source>Beslutat av</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="328"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="329"/>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="223"/>
        <source>%1 · %2 nyckeltal</source>
        <translation>%1 · KPIs: %2</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="228"/>
        <source>Målområde: %1</source>
        <translation>Goal area: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="333"/>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="334"/>
        <source>Sök nyckeltal</source>
        <translation>Search KPIs</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="344"/>
        <source>Gräns för Nära, procent av målet</source>
        <translation>Threshold for Close, percent of the target</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="345"/>
        <source>Ett utfall som missar målet med högst så här många procent av målvärdet räknas som Nära.</source>
        <translation>An outcome that misses the target by at most this percentage of the target value counts as Close.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="348"/>
        <source>&amp;Gruppera per målområde</source>
        <translation>Group &amp;by goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="349"/>
        <source>Visa nyckeltalen grupperade per målområde</source>
        <translation>Show the KPIs grouped by goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="355"/>
        <source>Mål&amp;område:</source>
        <translation>&amp;Goal area:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="356"/>
        <source>&amp;Horisont:</source>
        <translation>Hori&amp;zon:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="357"/>
        <source>&amp;Beslutad av:</source>
        <translation>&amp;Decided by:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="358"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="364"/>
        <source>Sö&amp;k:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="366"/>
        <source>&amp;Nära = inom</source>
        <translation>&amp;Close = within</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="375"/>
        <source>av målet</source>
        <translation>of target</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="380"/>
        <source>Nyckeltal</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="525"/>
        <source>Alla målområden</source>
        <translation>All goal areas</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="526"/>
        <source>Alla horisonter</source>
        <translation>All horizons</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="528"/>
        <source>Alla beslutsfattare</source>
        <translation>All decision-makers</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="555"/>
        <source>%1 nyckeltal visas · </source>
        <translation>KPIs shown: %1 · </translation>
    </message>
</context>
<context>
    <name>KpiOverviewModel</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="143"/>
        <source>Nyckeltal</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="144"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="144"/>
        <source>Riktning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="145"/>
        <source>Senaste utfall</source>
        <translation>Latest outcome</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="146"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="146"/>
        <source>Utveckling</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="147"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="147"/>
        <source>Prognos helår</source>
        <translation>Full-year forecast</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="148"/>
        <source>Målområde</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="148"/>
        <source>Horisont</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="149"/>
        <source>Beslutat av</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="149"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="179"/>
        <source>inga värden</source>
        <translation>no values</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="227"/>
        <source>, jämfört med %1</source>
        <translation>, compared with %1</translation>
    </message>
</context>
<context>
    <name>KpiSection</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="67"/>
        <source>Nyckeltal och uppdrag</source>
        <translation>KPIs and assignments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="74"/>
        <source>Lista och detaljer</source>
        <translation>List and details</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="85"/>
        <source>Nyckeltal eller uppdrag</source>
        <translation>KPIs or assignments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="86"/>
        <source>&amp;Nyckeltal</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="87"/>
        <source>&amp;Uppdrag</source>
        <translation>&amp;Assignments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="89"/>
        <source>&amp;Läs in utfall (Kolada eller mall)…</source>
        <translation>&amp;Import outcomes (Kolada or template)…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="90"/>
        <source>Läs in utfall från Kolada-fil eller ifylld mall</source>
        <translation>Import outcomes from a Kolada file or a completed template</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="92"/>
        <source>Exportera utfalls&amp;mall…</source>
        <translation>Export outcome te&amp;mplate…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="93"/>
        <source>Exportera mall för utfall</source>
        <translation>Export a template for outcomes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="97"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="215"/>
        <source>Inget lästes in. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="219"/>
        <source>%1: %2 nya och %3 ändrade värden.</source>
        <translation>%1: %2 new and %3 changed values.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="222"/>
        <source>%1 värden togs bort eftersom Kolada har återkallat dem.</source>
        <translation>%1 values were removed because Kolada has withdrawn them.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="225"/>
        <source>Hoppade över: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="231"/>
        <source>Läs in utfall</source>
        <translation>Import outcomes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="232"/>
        <source>Kolada eller mall (*.json *.xlsx *.ods *.csv)</source>
        <translation>Kolada or template (*.json *.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="237"/>
        <source>Exportera utfallsmall</source>
        <translation>Export outcome template</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="238"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="242"/>
        <source>Mallen sparades: %1</source>
        <translation>Template saved: %1</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../src/nämndklient/gui/lock.py" line="191"/>
        <source>Nämndklient – låst</source>
        <translation>Nämndklient – locked</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/lock.py" line="255"/>
        <source>Fel lösenfras. Försök igen.</source>
        <translation>Wrong passphrase. Try again.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/nämndklient/gui/lock.py" line="69"/>
        <location filename="../../src/nämndklient/gui/lock.py" line="71"/>
        <source>Nämndklient är låst</source>
        <translation>Nämndklient is locked</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/lock.py" line="73"/>
        <source>Skriv din lösenfras för att låsa upp. Databasen är krypterad.</source>
        <translation>Enter your passphrase to unlock. The database is encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/lock.py" line="75"/>
        <source>Databasen är inte krypterad: låset döljer bara skärmen. Den som har datorn kan ändå läsa filen. Slå på kryptering under Inställningar för att skydda innehållet med en lösenfras.</source>
        <translation>The database is not encrypted: the lock only hides the screen. Anyone who has the computer can still read the file. Turn on encryption under Settings to protect the content with a passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/lock.py" line="84"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/lock.py" line="85"/>
        <source>&amp;Lås upp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/lock.py" line="86"/>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/lock.py" line="95"/>
        <location filename="../../src/nämndklient/gui/lock.py" line="96"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/lock.py" line="117"/>
        <source>Kontrollerar lösenfrasen…</source>
        <translation>Checking the passphrase…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="70"/>
        <source>Nämndklient</source>
        <translation>Nämndklient</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="76"/>
        <source>Sammanträden</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="76"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="76"/>
        <location filename="../../src/nämndklient/gui/main_window.py" line="278"/>
        <source>Nyckeltal</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="76"/>
        <location filename="../../src/nämndklient/gui/main_window.py" line="278"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="76"/>
        <location filename="../../src/nämndklient/gui/main_window.py" line="486"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="78"/>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="79"/>
        <source>Välj avsnitt med pilarna eller Ctrl+1 till Ctrl+5.</source>
        <translation>Choose a section with the arrow keys or Ctrl+1 to Ctrl+5.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/app.py" line="284"/>
        <location filename="../../src/nämndklient/gui/main_window.py" line="108"/>
        <source>Öppnar dina handlingar…</source>
        <translation>Opening your documents…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="113"/>
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="136"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="145"/>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="140"/>
        <source>&amp;Exportera alla sammanträden…</source>
        <translation>&amp;Export all meetings…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="137"/>
        <source>&amp;Hämta nya handlingar…</source>
        <translation>&amp;Fetch new papers…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="141"/>
        <source>Skriv &amp;ut möteshandlingar…</source>
        <translation>&amp;Print meeting documents…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="147"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="148"/>
        <source>&amp;Rensa allt…</source>
        <translation>&amp;Clear everything…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="152"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="153"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="156"/>
        <source>&amp;Kalender</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="157"/>
        <source>&amp;Sök…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="159"/>
        <source>Större text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="161"/>
        <source>Mindre text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="163"/>
        <source>Normal textstorlek</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="164"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="165"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="166"/>
        <source>&amp;Om Nämndklient</source>
        <translation>&amp;About Nämndklient</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="285"/>
        <source>Avsnittet %1 kunde inte öppnas.</source>
        <translation>The %1 section could not be opened.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="286"/>
        <source>Orsak: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="288"/>
        <source>Övriga delar av programmet fungerar. Detaljer finns i loggfilen.</source>
        <translation>The rest of the program works. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="363"/>
        <location filename="../../src/nämndklient/gui/main_window.py" line="497"/>
        <source>Skriv ut möteshandlingar</source>
        <translation>Print meeting documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="364"/>
        <source>Det finns inget sammanträde att skriva ut.</source>
        <translation>There is no meeting to print.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/nämndklient/gui/main_window.py" line="466"/>
        <source>Sekretesstiden har gått ut för %n ärende(n): innehållet togs bort.</source>
        <translation>
            <numerusform>The confidentiality period has expired for %n item: its content has been removed.</numerusform>
            <numerusform>The confidentiality period has expired for %n items: their content has been removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="485"/>
        <source>Sammanträden, Ärenden, Nyckeltal, Budget, Sök</source>
        <translation>Meetings, Cases, KPIs, Budget, Search</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="487"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="488"/>
        <source>Öppna det markerade</source>
        <translation>Open the selection</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="489"/>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="489"/>
        <source>Esc, Alt+Vänsterpil</source>
        <translation>Esc, Alt+Left</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="490"/>
        <source>Nästa eller föregående kontroll</source>
        <translation>Next or previous control</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="491"/>
        <source>Föregående eller nästa månad eller PDF-sida</source>
        <translation>Previous or next month or PDF page</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="492"/>
        <source>Större, mindre eller normal text</source>
        <translation>Larger, smaller or normal text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="493"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="494"/>
        <source>Hämta nya handlingar</source>
        <translation>Fetch new papers</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="495"/>
        <source>Nästa eller föregående ändring (i Visa ändringar)</source>
        <translation>Next or previous change (in Show changes)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="495"/>
        <source>F8, Skift+F8</source>
        <translation>F8, Shift+F8</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="496"/>
        <source>Exportera alla sammanträden till kalender</source>
        <translation>Export all meetings to calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="498"/>
        <source>Lås</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="501"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="530"/>
        <source>Anteckningen är inte sparad</source>
        <translation>The note has not been saved</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="531"/>
        <source>Databasen används av ett annat program, så din senaste anteckning är inte sparad än. Låt fönstret vara öppet så sparas den så snart databasen blir ledig.</source>
        <translation>The database is being used by another program, so your latest note has not been saved yet. Leave the window open and it will be saved as soon as the database is free.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/app.py" line="240"/>
        <source>Första start: bygger databasen från regionens handlingar…</source>
        <translation>First start: building the database from the region&apos;s documents…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/app.py" line="204"/>
        <location filename="../../src/nämndklient/app.py" line="214"/>
        <location filename="../../src/nämndklient/app.py" line="249"/>
        <source>Databasen kunde inte öppnas: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="31"/>
        <source>inte hämtad (inläst från fil)</source>
        <translation>not fetched (read from a file)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="33"/>
        <source>hämtad %1</source>
        <translation>fetched %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="42"/>
        <source>Inläst från fil, inte hämtad från utgivaren</source>
        <translation>Read from a file, not fetched from the publisher</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="43"/>
        <source>%1 aktuella, %2 ändrade sedan du läste, %3 utgått</source>
        <translation>%1 current, %2 changed since you read them, %3 withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="46"/>
        <source>, %1 med sekretesstid som gått ut</source>
        <translation>, %1 whose confidentiality period has expired</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="60"/>
        <source>‹ Tillbaka</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="60"/>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="60"/>
        <source>Tillbaka (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="67"/>
        <source>Mötets egna handlingar</source>
        <translation>The meeting’s own documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="69"/>
        <source>Synkläge</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="70"/>
        <source>Mina &amp;frågor inför mötet</source>
        <translation>My &amp;questions for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="70"/>
        <source>Mina frågor inför mötet</source>
        <translation>My questions for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="71"/>
        <source>Alla ärenden du flaggat med en fråga</source>
        <translation>All items you flagged with a question</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="72"/>
        <source>&amp;Exportera till kalender…</source>
        <translation>&amp;Export to calendar…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="72"/>
        <source>Exportera sammanträdet till kalender</source>
        <translation>Export the meeting to calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="73"/>
        <source>Spara sammanträdet som .ics-fil</source>
        <translation>Save the meeting as an .ics file</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="74"/>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="74"/>
        <source>Skriv ut möteshandlingar</source>
        <translation>Print meeting documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="75"/>
        <source>Skriv ut eller spara möteshandlingarna som PDF (Ctrl+P)</source>
        <translation>Print the meeting documents or save them as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="77"/>
        <source>Föredragningslista</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="78"/>
        <source>Ärendena i ordning, grupperade efter kategori. Enter öppnar ärendet.</source>
        <translation>The items in order, grouped by category. Enter opens the item.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="122"/>
        <source>Inställt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="127"/>
        <source>, klockan %1–%2</source>
        <translation>, %1–%2</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="130"/>
        <source>, klockan %1</source>
        <translation>, at %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="131"/>
        <source>plats meddelas senare</source>
        <translation>venue to be announced</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="134"/>
        <source>Sammanträdet är inställt</source>
        <translation>The meeting is cancelled</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="136"/>
        <source>Kallelse</source>
        <translation>Notice of meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="136"/>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="137"/>
        <source>Ordagrant protokoll</source>
        <translation>Verbatim minutes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="137"/>
        <source>Bilaga</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="138"/>
        <source>Mötets handlingar: %1</source>
        <translation>Meeting documents: %1</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="27"/>
        <source>Gemensam budgetdag</source>
        <translation>Joint budget day</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="29"/>
        <source>Gemensam planeringsdag</source>
        <translation>Joint planning day</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="30"/>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="78"/>
        <source>Sammanträde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="39"/>
        <source>Ingen föredragningslista</source>
        <translation>No agenda</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="40"/>
        <source>%1 ärende</source>
        <translation>%1 item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="40"/>
        <source>%1 ärenden</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="47"/>
        <source>%1 oläst</source>
        <translation>%1 unread</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="47"/>
        <source>%1 olästa</source>
        <translation>%1 unread</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="49"/>
        <source>%1 ändrad sedan läst</source>
        <translation>%1 changed since read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="50"/>
        <source>%1 ändrade sedan läst</source>
        <translation>%1 changed since read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="52"/>
        <source>%1 fråga</source>
        <translation>%1 question</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="52"/>
        <source>%1 frågor</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="54"/>
        <source>Allt läst</source>
        <translation>All read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="66"/>
        <source>plats ej angiven</source>
        <translation>no venue given</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="68"/>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="80"/>
        <source>inställt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="77"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="79"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="81"/>
        <source>Plats</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="82"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="83"/>
        <source>Olästa</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="84"/>
        <source>Ändrade</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="197"/>
        <source>v. %1</source>
        <translation>wk %1</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="109"/>
        <source>Sparar…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="143"/>
        <source>Kunde inte spara: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="148"/>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="158"/>
        <source>Ett annat program skriver i databasen. Anteckningen sparas så snart databasen är ledig; stäng inte Nämndklient förrän det står Sparat.</source>
        <translation>Another program is writing to the database. The note will be saved as soon as the database is free; do not close Nämndklient until it says Saved.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="160"/>
        <source>Väntar på att databasen blir ledig…</source>
        <translation>Waiting for the database to become free…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="191"/>
        <source>Databasen används av ett annat program just nu; försök igen om en stund.</source>
        <translation>The database is being used by another program right now; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="202"/>
        <source>Läst ✓ (tryck för att ångra)</source>
        <translation>Read ✓ (press to undo)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="202"/>
        <location filename="../../ui/notes_pane.ui" line="35"/>
        <location filename="../../ui/notes_pane.ui" line="37"/>
        <source>Markera som läst</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="6"/>
        <source>Anteckningar och frågor</source>
        <translation>Notes and questions</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="15"/>
        <source>&lt;h3&gt;Mina anteckningar&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;My notes&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="21"/>
        <source>Mina anteckningar</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="22"/>
        <source>Anteckningarna sparas automatiskt medan du skriver.</source>
        <translation>Notes are saved automatically as you type.</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="24"/>
        <source>Skriv dina anteckningar här. De sparas medan du skriver.</source>
        <translation>Write your notes here. They are saved as you type.</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="29"/>
        <source>Sparstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="36"/>
        <source>Markerar ärendet som läst. Tryck igen för att ångra.</source>
        <translation>Marks the item as read. Press again to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="48"/>
        <location filename="../../ui/notes_pane.ui" line="50"/>
        <source>Fråga på mötet</source>
        <translation>Question at the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="49"/>
        <source>Flaggar ärendet; frågan hamnar på listan Mina frågor inför mötet.</source>
        <translation>Flags the item; the question goes on the list My questions for the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="55"/>
        <source>Min fråga</source>
        <translation>My question</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="56"/>
        <source>Frågan du vill ställa om ärendet på mötet.</source>
        <translation>The question you want to ask about the item at the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="59"/>
        <source>Vad vill du fråga om på mötet?</source>
        <translation>What do you want to ask at the meeting?</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="64"/>
        <location filename="../../ui/notes_pane.ui" line="66"/>
        <source>Mina frågor inför mötet</source>
        <translation>My questions for the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/notes_pane.ui" line="65"/>
        <source>Visar alla flaggade frågor för sammanträdet.</source>
        <translation>Shows all flagged questions for the meeting.</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="102"/>
        <source>Ta inte med</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="102"/>
        <source>Som bilaga sist</source>
        <translation>As an appendix at the end</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="102"/>
        <source>Efter varje ärende</source>
        <translation>After each item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="109"/>
        <source>sekretess</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="115"/>
        <source>Sekretessärende: tas bara med om sekretessärenden tas med.</source>
        <translation>Confidential item: included only when confidential items are included.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="127"/>
        <source>&lt;b&gt;Varje sida märks SEKRETESS.&lt;/b&gt; Handlingarna innehåller uppgifter som omfattas av sekretess: skriv ut på en skrivare där ingen obehörig kan ta dem och förvara dem inlåsta.</source>
        <translation>&lt;b&gt;Every page will be marked SEKRETESS (confidential).&lt;/b&gt; The documents contain confidential information: print on a printer where no unauthorised person can pick them up, and keep them locked away.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="165"/>
        <source>Inga ärenden valda</source>
        <translation>No items chosen</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="166"/>
        <source>Kryssa i minst ett ärende, eller välj hela sammanträdet.</source>
        <translation>Tick at least one item, or choose the whole meeting.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="170"/>
        <source>Namn saknas</source>
        <translation>Name missing</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="171"/>
        <source>Skriv ditt namn för det personliga exemplaret.</source>
        <translation>Type your name for the personal copy.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="183"/>
        <source>Spara möteshandlingar</source>
        <translation>Save meeting documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="185"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="190"/>
        <source>Sparat i %1.</source>
        <translation>Saved in %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="225"/>
        <source>Skapar möteshandlingar…</source>
        <translation>Creating the meeting documents…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="265"/>
        <source>Möteshandlingarna kunde inte skapas.</source>
        <translation>The meeting documents could not be created.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="270"/>
        <source>Klart: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="274"/>
        <source>Varningar:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="279"/>
        <source>1 sida</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="279"/>
        <source>%1 sidor</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="282"/>
        <source>Möteshandlingarna kunde inte skapas</source>
        <translation>The meeting documents could not be created</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="284"/>
        <source>Utskriften misslyckades</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="288"/>
        <source>Du saknar behörighet att skriva filen %1.</source>
        <translation>You are not allowed to write the file %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="290"/>
        <source>Filen kunde inte skrivas: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="292"/>
        <source>Ett oväntat fel inträffade. Detaljer finns i loggfilen.</source>
        <translation>An unexpected error occurred. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="299"/>
        <source>Ingen PDF-läsare</source>
        <translation>No PDF reader</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="300"/>
        <source>Det finns ingen PDF-läsare som kunde öppna filen. Den ligger i %1.</source>
        <translation>No PDF reader could open the file. It is in %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="301"/>
        <source>Ingen PDF-läsare öppnade filen. Den ligger i %1.</source>
        <translation>No PDF reader opened the file. It is in %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="304"/>
        <source>Filen lämnades till systemet för att öppnas i en PDF-läsare. Den ligger i %1.</source>
        <translation>The file was passed to the system to open in a PDF reader. It is in %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="307"/>
        <source>Öppnad i PDF-läsaren.</source>
        <translation>Opened in the PDF reader.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="316"/>
        <source>Skickat till skrivaren: %1.</source>
        <translation>Sent to the printer: %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="329"/>
        <location filename="../../ui/pack_dialog.ui" line="6"/>
        <location filename="../../ui/pack_dialog.ui" line="7"/>
        <source>Skriv ut möteshandlingar</source>
        <translation>Print meeting documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="333"/>
        <source>Utskriften avbröts.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="340"/>
        <source>PDF-filen kunde inte läsas för utskrift.</source>
        <translation>The PDF file could not be read for printing.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="350"/>
        <source>Inga sidor i det valda intervallet.</source>
        <translation>No pages in the chosen range.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="355"/>
        <source>Skrivaren kunde inte startas. Kontrollera att den är ansluten och påslagen.</source>
        <translation>The printer could not be started. Check that it is connected and switched on.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="361"/>
        <source>Skriver ut sida %1 av %2…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="23"/>
        <location filename="../../ui/pack_dialog.ui" line="24"/>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="32"/>
        <source>&amp;Hela sammanträdet</source>
        <translation>&amp;Whole meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="33"/>
        <source>Hela sammanträdet</source>
        <translation>Whole meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="34"/>
        <source>Ta med alla ärenden på föredragningslistan.</source>
        <translation>Include every item on the agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="40"/>
        <source>&amp;Valda ärenden</source>
        <translation>&amp;Chosen items</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="41"/>
        <source>Valda ärenden</source>
        <translation>Chosen items</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="42"/>
        <source>Ta bara med de ärenden som är ikryssade i listan.</source>
        <translation>Include only the items ticked in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="56"/>
        <source>Ärenden att ta med</source>
        <translation>Items to include</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="57"/>
        <source>Mellanslag kryssar i eller ur det markerade ärendet.</source>
        <translation>Space ticks or unticks the selected item.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="69"/>
        <source>&amp;Anteckningar och flaggade frågor</source>
        <translation>&amp;Notes and flagged questions</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="75"/>
        <source>Anteckningar och flaggade frågor</source>
        <translation>Notes and flagged questions</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="76"/>
        <source>Om och var dina egna anteckningar och frågor ska stå.</source>
        <translation>Whether and where your own notes and questions appear.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="83"/>
        <source>&amp;Bilaga med nyckeltal och budget</source>
        <translation>&amp;Appendix with KPIs and budget</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="84"/>
        <source>Bilaga med nyckeltal och budget</source>
        <translation>Appendix with KPIs and budget</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="85"/>
        <source>Lägger till organets nyckeltal och budgettabeller sist.</source>
        <translation>Adds the body&apos;s KPIs and budget tables at the end.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="90"/>
        <source>Ta med s&amp;ekretessärenden</source>
        <translation>Include c&amp;onfidential items</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="91"/>
        <source>Ta med sekretessärenden</source>
        <translation>Include confidential items</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="92"/>
        <source>Då märks varje sida SEKRETESS.</source>
        <translation>Every page is then marked SEKRETESS (confidential).</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="100"/>
        <source>Varning om sekretess</source>
        <translation>Confidentiality warning</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="108"/>
        <location filename="../../ui/pack_dialog.ui" line="109"/>
        <source>Märkning och utskrift</source>
        <translation>Marking and printing</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="117"/>
        <source>&amp;Personligt exemplar för</source>
        <translation>Personal cop&amp;y for</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="118"/>
        <source>Personligt exemplar</source>
        <translation>Personal copy</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="119"/>
        <source>Varje sida får vattenstämpeln ”Personligt exemplar” med ditt namn.</source>
        <translation>Every page gets the watermark “Personligt exemplar” (personal copy) with your name.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="124"/>
        <source>Namn på personligt exemplar</source>
        <translation>Name on the personal copy</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="125"/>
        <source>Namnet som står i vattenstämpeln.</source>
        <translation>The name shown in the watermark.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="126"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="134"/>
        <source>Vattenstämpel ”UT&amp;KAST”</source>
        <translation>Watermark “UTKAST” (&amp;draft)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="135"/>
        <source>Vattenstämpel UTKAST</source>
        <translation>Watermark UTKAST (draft)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="140"/>
        <source>Ärenden börjar på udda sida (för &amp;dubbelsidig utskrift)</source>
        <translation>Items start on an odd page (for &amp;two-sided printing)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="141"/>
        <source>Ärenden börjar på udda sida</source>
        <translation>Items start on an odd page</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="142"/>
        <source>Lägger in tomma sidor så att varje ärende börjar på en framsida.</source>
        <translation>Adds blank pages so that every item starts on a front side.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="153"/>
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="183"/>
        <source>&amp;Spara som PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="184"/>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="185"/>
        <source>Skapar möteshandlingarna och sparar dem som en PDF-fil.</source>
        <translation>Creates the meeting documents and saves them as a PDF file.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="191"/>
        <source>Öppna i PDF-&amp;läsare</source>
        <translation>Open in PDF &amp;reader</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="192"/>
        <source>Öppna i PDF-läsare</source>
        <translation>Open in PDF reader</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="193"/>
        <source>Skapar möteshandlingarna och öppnar dem i datorns PDF-läsare.</source>
        <translation>Creates the meeting documents and opens them in the computer&apos;s PDF reader.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="199"/>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="200"/>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="201"/>
        <source>Skapar möteshandlingarna och skriver ut dem på en skrivare.</source>
        <translation>Creates the meeting documents and prints them on a printer.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="213"/>
        <source>S&amp;täng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/pack_dialog.ui" line="214"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="62"/>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="75"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="63"/>
        <source>Ange lösenfras</source>
        <translation>Enter passphrase</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="66"/>
        <source>Databasen %1 är krypterad. Ange lösenfrasen för att öppna den.</source>
        <translation>The database %1 is encrypted. Enter the passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="76"/>
        <source>Lösenfrasen som databasen krypterades med.</source>
        <translation>The passphrase the database was encrypted with.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="77"/>
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="84"/>
        <source>Upprepa lösenfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="85"/>
        <source>Samma lösenfras en gång till, så att ett skrivfel märks.</source>
        <translation>The same passphrase once more, so that a typing mistake is noticed.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="86"/>
        <source>&amp;Upprepa:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="91"/>
        <source>&amp;Kom ihåg i nyckelringen</source>
        <translation>Remember in the &amp;keyring</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="92"/>
        <source>Kom ihåg i nyckelringen</source>
        <translation>Remember in the keyring</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="97"/>
        <source>Sparar den härledda nyckeln i operativsystemets nyckelring, så att du inte behöver skriva lösenfrasen vid varje start. Den som kan logga in som du kan då också öppna databasen.</source>
        <translation>Saves the derived key in the operating system&apos;s keyring, so that you do not have to type the passphrase every time you start. Anyone who can log in as you can then also open the database.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="102"/>
        <source>Det finns ingen nyckelring i operativsystemet; lösenfrasen får anges vid varje start.</source>
        <translation>The operating system has no keyring; the passphrase must be entered every time you start.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="108"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="114"/>
        <source>&amp;Öppna</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="114"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="115"/>
        <source>Öppna med lösenfrasen</source>
        <translation>Open with the passphrase</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="115"/>
        <source>Bekräfta lösenfrasen</source>
        <translation>Confirm the passphrase</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="116"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="142"/>
        <source>Skriv lösenfrasen först.</source>
        <translation>Enter the passphrase first.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="151"/>
        <source>De två lösenfraserna är inte lika.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="153"/>
        <source>Lösenfrasen måste ha minst 8 tecken.</source>
        <translation>The passphrase must be at least 8 characters long.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="159"/>
        <source>Kontrollerar lösenfrasen…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="189"/>
        <source>Fel lösenfras. Försök igen om %n s.</source>
        <translation>
            <numerusform>Wrong passphrase. Try again in %n second.</numerusform>
            <numerusform>Wrong passphrase. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/passphrase.py" line="195"/>
        <source>Fel lösenfras. Försök igen.</source>
        <translation>Wrong passphrase. Try again.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="60"/>
        <source>PDF-dokument</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="68"/>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="69"/>
        <source>Miniatyrer av dokumentets sidor. Enter visar sidan.</source>
        <translation>Thumbnails of the document&apos;s pages. Enter shows the page.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="79"/>
        <source>Föregående sida</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="79"/>
        <source>Föregående sida (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="80"/>
        <source>Nästa sida</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="80"/>
        <source>Nästa sida (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="82"/>
        <source>Sidnummer</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="85"/>
        <source>Zooma ut</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="86"/>
        <source>Zooma in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="88"/>
        <source>Anpassa bredd</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="89"/>
        <source>Anpassa till fönstrets bredd</source>
        <translation>Fit to the window&apos;s width</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="94"/>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="95"/>
        <source>Sök i dokumentet</source>
        <translation>Search in the document</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="98"/>
        <source>Sökträffar i dokumentet</source>
        <translation>Matches in the document</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="159"/>
        <source>av %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="162"/>
        <source>Sida %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="246"/>
        <source>Sidbredd</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="262"/>
        <source>Inga träffar</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="264"/>
        <source>%1 träffar</source>
        <translation>%1 matches</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="296"/>
        <source>Träff %1 av %2</source>
        <translation>Match %1 of %2</translation>
    </message>
</context>
<context>
    <name>PrepPage</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/prep.py" line="27"/>
        <source>‹ Tillbaka</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/prep.py" line="27"/>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/prep.py" line="27"/>
        <source>Tillbaka (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/prep.py" line="28"/>
        <source>&amp;Kopiera som text</source>
        <translation>&amp;Copy as text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/prep.py" line="28"/>
        <source>Kopiera frågorna som text</source>
        <translation>Copy the questions as text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/prep.py" line="29"/>
        <source>Kopierar frågorna så att du kan klistra in dem i ett mejl</source>
        <translation>Copies the questions so you can paste them into an e-mail</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/prep.py" line="30"/>
        <source>Mina frågor inför mötet</source>
        <translation>My questions for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/prep.py" line="32"/>
        <source>Du har inte flaggat något ärende ännu. Öppna ett ärende och kryssa i ”Fråga på mötet” för att samla dina frågor här.</source>
        <translation>You have not flagged any item yet. Open an item and tick “Question at the meeting” to collect your questions here.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/prep.py" line="35"/>
        <source>Mina frågor</source>
        <translation>My questions</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/prep.py" line="35"/>
        <source>Enter öppnar ärendet.</source>
        <translation>Enter opens the item.</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="75"/>
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="78"/>
        <source>%1 beslutade</source>
        <translation>%1 decided</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="79"/>
        <source>Beslut enligt protokollet</source>
        <translation>Decision according to the minutes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="151"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="152"/>
        <location filename="../../src/nämndklient/gui/render.py" line="207"/>
        <source>Diarienummer</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="153"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="154"/>
        <location filename="../../src/nämndklient/gui/render.py" line="204"/>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="157"/>
        <source>Undertecknad av</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="160"/>
        <source>Kontaktperson</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="163"/>
        <source>Beslutet skickas till</source>
        <translation>Decision sent to</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="203"/>
        <source>Sammanträde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="205"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="206"/>
        <source>Föredragande</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="210"/>
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="211"/>
        <source>Punkt %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="217"/>
        <source>Det finns ingen tjänsteskrivelse till den här punkten. Punkten är en dragning eller information på sammanträdet.</source>
        <translation>There is no officer&apos;s report for this item. It is a presentation or information at the meeting.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="219"/>
        <source>Bilagorna finns under fliken Bilagor.</source>
        <translation>The attachments are on the Attachments tab.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="23"/>
        <source>Ärenden på föredragningslistan</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="24"/>
        <source>Handlingar</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="25"/>
        <source>Mina anteckningar</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="26"/>
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="42"/>
        <source>Utan sammanträde</source>
        <translation>Without a meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="53"/>
        <source>Bilaga: %1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="132"/>
        <source>Träffar</source>
        <translation>Matches</translation>
    </message>
</context>
<context>
    <name>SearchSection</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="50"/>
        <source>Sök i ärenden, handlingar och dina anteckningar</source>
        <translation>Search items, documents and your notes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="51"/>
        <location filename="../../src/nämndklient/gui/views/search.py" line="93"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="52"/>
        <source>Resultaten visas medan du skriver. Pil ned går till träffarna.</source>
        <translation>Results appear as you type. Down arrow moves to the matches.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="55"/>
        <source>Filtrera på organ</source>
        <translation>Filter by body</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="57"/>
        <source>Filtrera på år</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="59"/>
        <source>Filtrera på typ</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="60"/>
        <source>Allt</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="60"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="60"/>
        <source>Handlingar</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="61"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="61"/>
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="64"/>
        <source>Antal träffar</source>
        <translation>Number of matches</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="66"/>
        <source>Sökträffar</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="66"/>
        <source>Grupperade efter sammanträde och typ. Enter öppnar.</source>
        <translation>Grouped by meeting and type. Enter opens.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="83"/>
        <source>&amp;Organ:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="83"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="83"/>
        <source>T&amp;yp:</source>
        <translation>Ty&amp;pe:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="107"/>
        <source>Alla organ</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="108"/>
        <source>Alla år</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="134"/>
        <source>Skriv ett eller flera ord. Du kan skriva utan å, ä och ö.</source>
        <translation>Type one or more words. You may leave out å, ä and ö.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="140"/>
        <source>Sökfrågan är för lång: skriv högst %1 tecken och %2 ord.</source>
        <translation>The search query is too long: use at most %1 characters and %2 words.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="152"/>
        <source>Inga träffar på ”%1”.</source>
        <translation>No matches for “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="154"/>
        <source>1 träff.</source>
        <translation>1 match.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="156"/>
        <source>%1 träffar.</source>
        <translation>%1 matches.</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <location filename="../../src/nämndklient/gui/charts/series_chart.py" line="60"/>
        <source>Diagram över nyckeltalets utveckling</source>
        <translation>Chart of the KPI over time</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/charts/series_chart.py" line="105"/>
        <source>Mål: %1</source>
        <translation>Target: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="85"/>
        <source>Spara inställningarna</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="86"/>
        <source>Avbryt utan att spara</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="142"/>
        <source>Kryptering gäller en lokal databasfil; den här databasen är inte en.</source>
        <translation>Encryption applies to a local database file; this database is not one.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="150"/>
        <source>Databasen %1 är krypterad.</source>
        <translation>The database %1 is encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="150"/>
        <source>Databasen %1 är inte krypterad.</source>
        <translation>The database %1 is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="152"/>
        <source>&amp;Ta bort krypteringen…</source>
        <translation>&amp;Remove encryption…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="152"/>
        <location filename="../../ui/settings_dialog.ui" line="81"/>
        <source>&amp;Kryptera databasen…</source>
        <translation>&amp;Encrypt the database…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="154"/>
        <source>Ta bort krypteringen</source>
        <translation>Remove encryption</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="154"/>
        <location filename="../../ui/settings_dialog.ui" line="82"/>
        <source>Kryptera databasen</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="180"/>
        <source>Välj en lösenfras för databasen, minst 8 tecken. Utan den går databasen inte att öppna: skriv upp den och förvara den säkert.</source>
        <translation>Choose a passphrase for the database, at least 8 characters. Without it the database cannot be opened: write it down and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="186"/>
        <source>Ange den nuvarande lösenfrasen för att ta bort krypteringen. Databasen sparas sedan okrypterad på disken.</source>
        <translation>Enter the current passphrase to remove the encryption. The database will then be stored unencrypted on disk.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="197"/>
        <source>Ange den nuvarande lösenfrasen.</source>
        <translation>Enter the current passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="200"/>
        <source>Välj en ny lösenfras, minst 8 tecken.</source>
        <translation>Choose a new passphrase, at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="227"/>
        <source>Klart. Databasen är krypterad.</source>
        <translation>Done. The database is encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="228"/>
        <source>Klart. Databasen är inte längre krypterad.</source>
        <translation>Done. The database is no longer encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="229"/>
        <source>Säkerhetskopian före ändringen: %1</source>
        <translation>Backup taken before the change: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="233"/>
        <source>%1 äldre säkerhetskopior var krypterade med en tidigare lösenfras (eller skadade) och togs bort, så att den gamla lösenfrasen inte längre öppnar något: %2</source>
        <translation>%1 older backups were encrypted with a previous passphrase (or damaged) and were removed, so the old passphrase no longer opens anything: %2</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="244"/>
        <source>Inget ändrades: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="21"/>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="27"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="28"/>
        <source>Programmets språk. Gäller efter omstart.</source>
        <translation>The program&apos;s language. Takes effect after a restart.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="33"/>
        <source>&amp;Textstorlek</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="39"/>
        <source>Textstorlek i procent</source>
        <translation>Text size in percent</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="40"/>
        <source>Förstorar eller förminskar all text. Samma som Ctrl+plus och Ctrl+minus.</source>
        <translation>Enlarges or reduces all text. Same as Ctrl+plus and Ctrl+minus.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="41"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="50"/>
        <source>&amp;Organ jag följer</source>
        <translation>&amp;Bodies I follow</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="57"/>
        <source>Organ jag följer</source>
        <translation>Bodies I follow</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="58"/>
        <source>Kryssa i de nämnder och styrelser vars sammanträden ska visas. Inget ikryssat visar alla.</source>
        <translation>Tick the boards and committees whose meetings should be shown. None ticked shows all.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="65"/>
        <location filename="../../ui/settings_dialog.ui" line="66"/>
        <source>Säkerhet</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="73"/>
        <source>Databasen är inte krypterad.</source>
        <translation>The database is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="83"/>
        <source>Krypterar databasen med en lösenfras. En krypterad säkerhetskopia tas först.</source>
        <translation>Encrypts the database with a passphrase. An encrypted backup is made first.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="88"/>
        <source>&amp;Byt lösenfras…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="89"/>
        <source>Byt lösenfras</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="90"/>
        <source>Krypterar om databasen och dess säkerhetskopior med en ny lösenfras.</source>
        <translation>Re-encrypts the database and its backups with a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="102"/>
        <source>Kom ihåg nyckeln i &amp;nyckelringen</source>
        <translation>Remember the key in the &amp;keyring</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="103"/>
        <source>Kom ihåg nyckeln i nyckelringen</source>
        <translation>Remember the key in the keyring</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="104"/>
        <source>Sparar den härledda nyckeln i operativsystemets nyckelring så att lösenfrasen inte behövs vid varje start.</source>
        <translation>Saves the derived key in the operating system&apos;s keyring so that the passphrase is not needed every time you start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="109"/>
        <source>&amp;Lås efter</source>
        <translation>Lock &amp;after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="115"/>
        <source>Lås efter så här många minuter utan aktivitet</source>
        <translation>Lock after this many minutes of inactivity</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="116"/>
        <source>Nämndklient döljer allt innehåll och ber om lösenfrasen efter så här lång tid utan aktivitet. 0 betyder aldrig.</source>
        <translation>Nämndklient hides all content and asks for the passphrase after this long without activity. 0 means never.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="117"/>
        <source>Aldrig</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="118"/>
        <source> minuter utan aktivitet</source>
        <translation> minutes of inactivity</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="126"/>
        <source>Förlopp för krypteringen</source>
        <translation>Encryption progress</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="135"/>
        <source>Meddelande om krypteringen</source>
        <translation>Encryption message</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="145"/>
        <source>Byte av språk gäller nästa gång du startar Nämndklient.</source>
        <translation>A change of language takes effect the next time you start Nämndklient.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="151"/>
        <source>Spara eller avbryt</source>
        <translation>Save or cancel</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="37"/>
        <location filename="../../src/nämndklient/gui/views/start.py" line="81"/>
        <source>Kommande sammanträden</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="39"/>
        <source>Visa &amp;kalendern</source>
        <translation>Show &amp;calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="39"/>
        <source>Visa kalendern</source>
        <translation>Show calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="40"/>
        <source>Alla sammanträden per månad eller som lista</source>
        <translation>All meetings by month or as a list</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="43"/>
        <source>Sammanträden</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="44"/>
        <source>Pilarna väljer, Enter öppnar sammanträdet.</source>
        <translation>Arrow keys select, Enter opens the meeting.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="82"/>
        <source>Dina nästa sammanträden och hur mycket som återstår att läsa.</source>
        <translation>Your next meetings and how much is left to read.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="84"/>
        <source>Senaste sammanträden</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="85"/>
        <source>Inga sammanträden är planerade från i dag. Här är de senaste, det nyaste först.</source>
        <translation>No meetings are planned from today. Here are the most recent ones, newest first.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="88"/>
        <source>Det finns inga sammanträden för de organ du följer. Välj organ under Inställningar.</source>
        <translation>There are no meetings for the bodies you follow. Choose bodies under Settings.</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="45"/>
        <source>RENSA</source>
        <translation>CLEAR</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="46"/>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="47"/>
        <source>Rensa allt</source>
        <translation>Clear everything</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="53"/>
        <source>Vad som tas bort och vad som finns kvar</source>
        <translation>What is removed and what remains</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="55"/>
        <source>&amp;Behåll mina anteckningar</source>
        <translation>&amp;Keep my notes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="57"/>
        <source>Behåll mina anteckningar</source>
        <translation>Keep my notes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="59"/>
        <source>Anteckningar, flaggade frågor och läsmarkeringar finns kvar när rutan är ikryssad.</source>
        <translation>Notes, flagged questions and read marks remain while the box is ticked.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="61"/>
        <source>Skriv %1 för att bekräfta:</source>
        <translation>Type %1 to confirm:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="63"/>
        <source>Bekräftelse</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="71"/>
        <source>Rensar</source>
        <translation>Clearing</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="76"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="77"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="78"/>
        <source>&amp;Rensa allt</source>
        <translation>Clear &amp;everything</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="79"/>
        <source>Rensa allt, går inte att ångra</source>
        <translation>Clear everything, cannot be undone</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="101"/>
        <source>alla sammanträden, ärenden, handlingar och bilagor som har hämtats eller importerats, också sekretessärenden</source>
        <translation>all meetings, items, documents and attachments that have been fetched or imported, confidential items included</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="103"/>
        <source>nyckeltal, budget och andra uppgifter från planer och rapporter</source>
        <translation>KPIs, budget and other data from plans and reports</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="104"/>
        <source>sökindexet</source>
        <translation>the search index</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="105"/>
        <source>möteshandlingar som har öppnats i PDF-läsaren eller skrivits ut (de ligger i programmets cache)</source>
        <translation>meeting documents that have been opened in the PDF reader or printed (they are kept in the program&apos;s cache)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="108"/>
        <source>databasens säkerhetskopior (%1 st.): de innehåller samma handlingar</source>
        <translation>the database&apos;s backups (%1): they contain the same documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="111"/>
        <source>dina anteckningar, flaggade frågor och läsmarkeringar, om du låter rutan nedan vara ikryssad</source>
        <translation>your notes, flagged questions and read marks, if you leave the box below ticked</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="112"/>
        <source>dina inställningar och listan över betrodda utgivare</source>
        <translation>your settings and the list of trusted publishers</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="113"/>
        <source>möteshandlingar som du själv har sparat någon annanstans, till exempel i Dokument</source>
        <translation>meeting documents you have saved elsewhere yourself, for example in Documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="118"/>
        <source>&lt;b&gt;Rensa allt&lt;/b&gt; tar bort allt publicerat material från den här datorn i ett steg. Det går inte att ångra; materialet kan hämtas igen från paket eller den centrala databasen.</source>
        <translation>&lt;b&gt;Clear everything&lt;/b&gt; removes all published material from this computer in one step. It cannot be undone; the material can be fetched again from packages or the central database.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="121"/>
        <source>Det här tas bort:</source>
        <translation>This will be removed:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="122"/>
        <source>Det här finns kvar:</source>
        <translation>This will remain:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="127"/>
        <source>Dina anteckningar, frågor och läsmarkeringar tas också bort.</source>
        <translation>Your notes, questions and read marks will also be removed.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="149"/>
        <source>Rensar…</source>
        <translation>Clearing…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="161"/>
        <source>Klart. Allt publicerat material är borttaget.</source>
        <translation>Done. All published material has been removed.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="163"/>
        <source>Dina anteckningar är också borttagna.</source>
        <translation>Your notes have also been removed.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="165"/>
        <source>Databasfilen kunde inte komprimeras nu; det görs nästa gång du rensar. Stäng gärna andra program som använder filen.</source>
        <translation>The database file could not be compacted now; that will happen the next time you clear. Please close other programs that use the file.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="168"/>
        <source>Följande säkerhetskopior kunde inte tas bort; ta bort dem själv: %1</source>
        <translation>The following backups could not be deleted; please delete them yourself: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="171"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="172"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="186"/>
        <source>Ett oväntat fel inträffade. Detaljer finns i loggfilen.</source>
        <translation>An unexpected error occurred. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="187"/>
        <source>Inget togs bort.</source>
        <translation>Nothing was removed.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="188"/>
        <source>Rensningen misslyckades</source>
        <translation>Clearing failed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/wipe_dialog.py" line="189"/>
        <source>Ingenting togs bort ur databasen. %1</source>
        <translation>Nothing was removed from the database. %1</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../src/nämndklient/gui/i18n.py" line="83"/>
        <source>utan datum</source>
        <translation>undated</translation>
    </message>
</context>
</TS>

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
        <source>utgått</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="24"/>
        <source>ändrad sedan läst</source>
        <translation>changed since read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="26"/>
        <source>läst</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="28"/>
        <source>oläst</source>
        <translation>unread</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="30"/>
        <source>flaggad</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="41"/>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="42"/>
        <source>Ärende</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="43"/>
        <source>Föredragande</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="44"/>
        <source>Dnr</source>
        <translation>Ref. no.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="52"/>
        <source>Övriga ärenden</source>
        <translation>Other items</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="120"/>
        <source>ingen föredragande</source>
        <translation>no presenter</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/agenda.py" line="121"/>
        <source>Punkt %1: %2. Föredragande: %3. Status: %4</source>
        <translation>Item %1: %2. Presenters: %3. Status: %4</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="196"/>
        <source>Egen uppföljning</source>
        <translation>My tracking</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="197"/>
        <source>Uppföljningsrapport</source>
        <translation>Follow-up report</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="198"/>
        <source>Ingen rapport än</source>
        <translation>No report yet</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="203"/>
        <source>Uppdrag</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="203"/>
        <source>Målområde</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="204"/>
        <source>Beslutat av</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="204"/>
        <source>Ansvariga</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="205"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="205"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="206"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="206"/>
        <source>Statuskälla</source>
        <translation>Status source</translation>
    </message>
</context>
<context>
    <name>AssignmentsView</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="36"/>
        <source>Ej påbörjade uppdrag per målområde</source>
        <translation>Assignments not started, by goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="37"/>
        <source>Endast &amp;ej påbörjade</source>
        <translation>Only &amp;not started</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="38"/>
        <source>Visa endast ej påbörjade uppdrag</source>
        <translation>Show only assignments not started</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="39"/>
        <source>Endast &amp;våra</source>
        <translation>Only &amp;ours</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="40"/>
        <source>Visa endast uppdrag där vårt organ är ansvarigt</source>
        <translation>Show only assignments our body is responsible for</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="42"/>
        <source>Vårt organ (förkortning)</source>
        <translation>Our body (abbreviation)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="45"/>
        <source>Målområde</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="56"/>
        <source>Uppdrag</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="69"/>
        <source>Egen status för uppdraget</source>
        <translation>My status for the assignment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="75"/>
        <source>Datum för status</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="77"/>
        <source>Kommentar till status</source>
        <translation>Comment on the status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="78"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="79"/>
        <source>&amp;Spara egen status</source>
        <translation>&amp;Save my status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="80"/>
        <source>Spara egen status</source>
        <translation>Save my status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="82"/>
        <source>&amp;Ta bort egen status</source>
        <translation>&amp;Remove my status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="83"/>
        <source>Ta bort egen status</source>
        <translation>Remove my status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="90"/>
        <source>&amp;Organ:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="96"/>
        <source>Egen uppföljning:</source>
        <translation>My tracking:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="113"/>
        <source>Alla målområden</source>
        <translation>All goal areas</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="120"/>
        <source>%1: %2 av %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/assignments_view.py" line="122"/>
        <source>&lt;b&gt;Ej påbörjade: %1 av %2&lt;/b&gt; — </source>
        <translation>&lt;b&gt;Not started: %1 of %2&lt;/b&gt; — </translation>
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
    <name>BudgetSection</name>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="86"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="90"/>
        <source>Budgettabeller</source>
        <translation>Budget tables</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="103"/>
        <source>Tabellens namn</source>
        <translation>Table name</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="106"/>
        <source>Förklaring till tabellen</source>
        <translation>Notes on the table</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="109"/>
        <source>Investeringstyp</source>
        <translation>Investment type</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="110"/>
        <source>Alla investeringar</source>
        <translation>All investments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="111"/>
        <source>Nyinvesteringar</source>
        <translation>New investments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="112"/>
        <source>Reinvesteringar</source>
        <translation>Reinvestments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="114"/>
        <source>Sök investering</source>
        <translation>Search investments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="115"/>
        <source>Sök enhet eller objekt…</source>
        <translation>Search unit or project…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="122"/>
        <source>Budgettabell</source>
        <translation>Budget table</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="135"/>
        <source>Kontrollsummor, sammanfattning</source>
        <translation>Total checks, summary</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="137"/>
        <source>Kontroller av summor i tabellen</source>
        <translation>Checks of the totals in the table</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="138"/>
        <source>Klicka på en kontroll för att visa cellen i tabellen. Ctrl+C kopierar.</source>
        <translation>Click a check to show its cell in the table. Ctrl+C copies.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="154"/>
        <source>Diagram för tabellen</source>
        <translation>Chart of the table</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="156"/>
        <source>&amp;Kopiera tabell</source>
        <translation>&amp;Copy table</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="157"/>
        <source>Kopiera tabellen som tabbseparerad text</source>
        <translation>Copy the table as tab-separated text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="158"/>
        <source>Klistras in i Excel som tal: minustecken och decimalkomma, utan tusentalsavgränsare.</source>
        <translation>Pastes into Excel as numbers: minus signs and decimal commas, no thousands separators.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="161"/>
        <source>&amp;Exportera alla tabeller (XLSX)…</source>
        <translation>&amp;Export all tables (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="162"/>
        <source>Exportera budgettabellerna som Excel-fil</source>
        <translation>Export the budget tables as an Excel file</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="172"/>
        <source>Tabell, kontroller och diagram</source>
        <translation>Table, checks and chart</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="204"/>
        <source>Minst en kontrollsumma stämmer inte</source>
        <translation>At least one total does not match</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="234"/>
        <source> · Belopp i %1</source>
        <translation> · Amounts in %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="239"/>
        <source>⚠ %1 av %2 kontrollsummor stämmer inte: se markerade celler och listan under tabellen.</source>
        <translation>⚠ Totals not matching: %1 of %2. See the marked cells and the list below the table.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="243"/>
        <source>Inga värden inlästa ännu.</source>
        <translation>No values imported yet.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="274"/>
        <source>&amp;Kontrollsummor: %1 stämmer inte, %2 stämmer</source>
        <translation>&amp;Total checks: %1 not matching, %2 matching</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="283"/>
        <source>stämmer</source>
        <translation>matches</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="283"/>
        <source>stämmer inte</source>
        <translation>does not match</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="284"/>
        <source>angivet %1, beräknat %2</source>
        <translation>stated %1, calculated %2</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="317"/>
        <source>Exportera budget</source>
        <translation>Export budget</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/view.py" line="318"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <location filename="../../src/nämndklient/gui/budget/models.py" line="94"/>
        <source>Kontrollsumman stämmer inte</source>
        <translation>The total does not match</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/models.py" line="100"/>
        <source>Summa beräknad av Nämndklient</source>
        <translation>Total calculated by Nämndklient</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/models.py" line="102"/>
        <source>Stämmer</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/models.py" line="102"/>
        <source>⚠ Stämmer inte</source>
        <translation>⚠ Does not match</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/budget/models.py" line="104"/>
        <source>%1: angivet %2, beräknat %3. %4</source>
        <translation>%1: stated %2, calculated %3. %4</translation>
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
        <location filename="../../src/nämndklient/gui/views/cases.py" line="29"/>
        <source>Ärenden och handlingar</source>
        <translation>Cases and documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="29"/>
        <source>Sorterade efter datum. Enter öppnar handlingen.</source>
        <translation>Sorted by date. Enter opens the document.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="41"/>
        <source>Handlingens text</source>
        <translation>Document text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="42"/>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="45"/>
        <source>Ärendets historik</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="46"/>
        <source>Allt med samma diarienummer, i datumordning. Enter öppnar.</source>
        <translation>Everything with the same reference number, by date. Enter opens.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="59"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="60"/>
        <source>Tjänsteskrivelser, protokollsutdrag och planer, det nyaste först.</source>
        <translation>Officer&apos;s reports, minutes extracts and plans, newest first.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="124"/>
        <source>Allt med diarienummer %1, i datumordning.</source>
        <translation>Everything with reference number %1, by date.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/cases.py" line="126"/>
        <source>Handlingen saknar diarienummer, så den har ingen historik.</source>
        <translation>The document has no reference number, so it has no history.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/nämndklient/gui/crash.py" line="66"/>
        <source>(rapporten kunde inte sparas)</source>
        <translation>(the report could not be saved)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/crash.py" line="69"/>
        <source>Ett oväntat fel inträffade</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/crash.py" line="70"/>
        <source>Nämndklient stötte på ett fel: %1

Dina anteckningar har sparats. En felrapport finns i %2. Skicka den gärna till supporten. Du kan fortsätta arbeta, men starta om programmet om något ser fel ut.</source>
        <translation>Nämndklient ran into an error: %1

Your notes have been saved. An error report is in %2. Please send it to support. You can keep working, but restart the program if something looks wrong.</translation>
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
    <name>ItemPage</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="28"/>
        <source>‹ Föredragningslistan</source>
        <translation>‹ Agenda</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="28"/>
        <source>Tillbaka till föredragningslistan</source>
        <translation>Back to the agenda</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="29"/>
        <source>Tillbaka (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="32"/>
        <source>Ärendets text</source>
        <translation>Item text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="33"/>
        <source>Ärendet med handlingar, förslag till beslut och uppgifter.</source>
        <translation>The item with documents, proposed decision and details.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="35"/>
        <source>Välj bilaga</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="37"/>
        <source>Ärendet har inga bilagor.</source>
        <translation>This item has no attachments.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="43"/>
        <source>Bilaga:</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="49"/>
        <source>Ärende och bilagor</source>
        <translation>Item and attachments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="51"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="52"/>
        <source>&amp;Bilagor</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="84"/>
        <source>&amp;Bilagor (%1)</source>
        <translation>&amp;Attachments (%1)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/item.py" line="88"/>
        <source>, %1 sidor</source>
        <translation>, %1 pages</translation>
    </message>
</context>
<context>
    <name>KpiDetail</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="36"/>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="161"/>
        <source>Välj ett nyckeltal i listan</source>
        <translation>Choose a KPI in the list</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="42"/>
        <source>Nyckeltalets namn</source>
        <translation>KPI name</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="48"/>
        <source>Mål, utfall och källa</source>
        <translation>Target, outcome and source</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="52"/>
        <source>Inga värden att visa</source>
        <translation>No values to show</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="56"/>
        <source>Förklaring av utvecklingen och föreslagna åtgärder</source>
        <translation>Explanation of the trend and proposed actions</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="59"/>
        <source>Egen anteckning om nyckeltalet</source>
        <translation>My note on the KPI</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="60"/>
        <source>Egen anteckning: förklaring av utvecklingen, åtgärder att föreslå…</source>
        <translation>My note: explanation of the trend, actions to propose…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="73"/>
        <source>Diagram som &amp;PNG…</source>
        <translation>Chart as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="73"/>
        <source>Diagram som &amp;SVG…</source>
        <translation>Chart as &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="74"/>
        <source>Data som &amp;CSV…</source>
        <translation>Data as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="74"/>
        <source>Data som &amp;XLSX…</source>
        <translation>Data as &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="102"/>
        <source>Förklaring och åtgärder (uppföljning):</source>
        <translation>Explanation and actions (follow-up):</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="104"/>
        <source>&amp;Egen anteckning:</source>
        <translation>My &amp;note:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="162"/>
        <source>Diagram, förklaring och egen anteckning visas här.</source>
        <translation>The chart, explanation and your note appear here.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="183"/>
        <source>Inga utfall är inlästa för nyckeltalet. Läs in en Kolada-fil eller en ifylld utfallsmall med knappen överst; mallen exporteras med knappen bredvid.</source>
        <translation>No outcomes have been imported for this KPI. Import a Kolada file or a completed outcome template with the button at the top; the button next to it exports the template.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="187"/>
        <source>Förklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="187"/>
        <source>Föreslagna åtgärder</source>
        <translation>Proposed measures</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="188"/>
        <source>Ingen uppföljning med förklaring är inläst.</source>
        <translation>No follow-up with an explanation has been imported.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="200"/>
        <source>beslutat av %1</source>
        <translation>decided by %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="203"/>
        <source>lägre är bättre</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="203"/>
        <source>högre är bättre</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="205"/>
        <source>, antaget</source>
        <translation>, assumed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="206"/>
        <source> jämfört med %1</source>
        <translation> compared with %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="207"/>
        <source>Mål: %1%2 (%3)</source>
        <translation>Target: %1%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="210"/>
        <source>Mål: saknas i planen</source>
        <translation>Target: not in the plan</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="212"/>
        <source>Senaste utfall: %1 (%2)</source>
        <translation>Latest outcome: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="215"/>
        <source>Inget utfall inläst</source>
        <translation>No outcome imported</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="217"/>
        <source>Prognos helår: %1</source>
        <translation>Full-year forecast: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="219"/>
        <source>Källa: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/detail.py" line="244"/>
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
        <source>Saknar värde</source>
        <translation>No value</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="39"/>
        <source>Förbättras</source>
        <translation>Improving</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="40"/>
        <source>Försämras</source>
        <translation>Worsening</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="41"/>
        <source>Oförändrad</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="45"/>
        <source>ej påbörjad</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="46"/>
        <source>pågående</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="47"/>
        <source>genomförd</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="48"/>
        <source>ej genomförd</source>
        <translation>not completed</translation>
    </message>
</context>
<context>
    <name>KpiOverview</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="298"/>
        <source>Sammanfattning av status</source>
        <translation>Status summary</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="301"/>
        <source>Målområde</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="302"/>
        <source>Horisont</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="303"/>
        <source>Beslutat av</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="304"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="305"/>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="222"/>
        <source>%1 · %2 nyckeltal</source>
        <translation>%1 · KPIs: %2</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="227"/>
        <source>Målområde: %1</source>
        <translation>Goal area: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="309"/>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="310"/>
        <source>Sök nyckeltal</source>
        <translation>Search KPIs</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="320"/>
        <source>Gräns för Nära, procent av målet</source>
        <translation>Threshold for Close, percent of the target</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="321"/>
        <source>Ett utfall som missar målet med högst så här många procent av målvärdet räknas som Nära.</source>
        <translation>An outcome that misses the target by at most this percentage of the target value counts as Close.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="324"/>
        <source>&amp;Gruppera per målområde</source>
        <translation>Group &amp;by goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="325"/>
        <source>Visa nyckeltalen grupperade per målområde</source>
        <translation>Show the KPIs grouped by goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="331"/>
        <source>Mål&amp;område:</source>
        <translation>&amp;Goal area:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="332"/>
        <source>&amp;Horisont:</source>
        <translation>Hori&amp;zon:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="333"/>
        <source>&amp;Beslutad av:</source>
        <translation>&amp;Decided by:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="334"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="340"/>
        <source>Sö&amp;k:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="342"/>
        <source>&amp;Nära = inom</source>
        <translation>&amp;Close = within</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="351"/>
        <source>av målet</source>
        <translation>of target</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="356"/>
        <source>Nyckeltal</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="493"/>
        <source>Alla målområden</source>
        <translation>All goal areas</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="494"/>
        <source>Alla horisonter</source>
        <translation>All horizons</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="496"/>
        <source>Alla beslutsfattare</source>
        <translation>All decision-makers</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/overview.py" line="523"/>
        <source>%1 nyckeltal visas · </source>
        <translation>KPIs shown: %1 · </translation>
    </message>
</context>
<context>
    <name>KpiOverviewModel</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="78"/>
        <source>Nyckeltal</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="79"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="79"/>
        <source>Senaste utfall</source>
        <translation>Latest outcome</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="80"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="80"/>
        <source>Utveckling</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="81"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="81"/>
        <source>Prognos helår</source>
        <translation>Full-year forecast</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="82"/>
        <source>Målområde</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="82"/>
        <source>Horisont</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="83"/>
        <source>Beslutat av</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="83"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="137"/>
        <source>inga värden</source>
        <translation>no values</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="153"/>
        <source>saknas</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="186"/>
        <source>lägre är bättre</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="186"/>
        <source>högre är bättre</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="188"/>
        <source> (antaget: planen anger ingen riktning)</source>
        <translation> (assumed: the plan gives no direction)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/models.py" line="189"/>
        <source>, jämfört med %1</source>
        <translation>, compared with %1</translation>
    </message>
</context>
<context>
    <name>KpiSection</name>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="64"/>
        <source>Nyckeltal och uppdrag</source>
        <translation>KPIs and assignments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="71"/>
        <source>Lista och detaljer</source>
        <translation>List and details</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="82"/>
        <source>Nyckeltal eller uppdrag</source>
        <translation>KPIs or assignments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="83"/>
        <source>&amp;Nyckeltal</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="84"/>
        <source>&amp;Uppdrag</source>
        <translation>&amp;Assignments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="86"/>
        <source>&amp;Läs in utfall (Kolada eller mall)…</source>
        <translation>&amp;Import outcomes (Kolada or template)…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="87"/>
        <source>Läs in utfall från Kolada-fil eller ifylld mall</source>
        <translation>Import outcomes from a Kolada file or a completed template</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="89"/>
        <source>Exportera utfalls&amp;mall…</source>
        <translation>Export outcome te&amp;mplate…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="90"/>
        <source>Exportera mall för utfall</source>
        <translation>Export a template for outcomes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="94"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="197"/>
        <source>Inget lästes in. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="201"/>
        <source>%1: %2 nya och %3 ändrade värden.</source>
        <translation>%1: %2 new and %3 changed values.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="204"/>
        <source>Hoppade över: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="210"/>
        <source>Läs in utfall</source>
        <translation>Import outcomes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="211"/>
        <source>Kolada eller mall (*.json *.xlsx *.csv)</source>
        <translation>Kolada or template (*.json *.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="216"/>
        <source>Exportera utfallsmall</source>
        <translation>Export outcome template</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="217"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/kpis/view.py" line="221"/>
        <source>Mallen sparades: %1</source>
        <translation>Template saved: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="62"/>
        <source>Nämndklient</source>
        <translation>Nämndklient</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="68"/>
        <source>Sammanträden</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="68"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="68"/>
        <location filename="../../src/nämndklient/gui/main_window.py" line="252"/>
        <source>Nyckeltal</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="68"/>
        <location filename="../../src/nämndklient/gui/main_window.py" line="252"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="68"/>
        <location filename="../../src/nämndklient/gui/main_window.py" line="356"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="70"/>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="71"/>
        <source>Välj avsnitt med pilarna eller Ctrl+1 till Ctrl+5.</source>
        <translation>Choose a section with the arrow keys or Ctrl+1 to Ctrl+5.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="100"/>
        <source>Öppnar dina handlingar…</source>
        <translation>Opening your documents…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="105"/>
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="126"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="127"/>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="128"/>
        <source>&amp;Exportera alla sammanträden…</source>
        <translation>&amp;Export all meetings…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="129"/>
        <source>Skriv &amp;ut möteshandlingar…</source>
        <translation>&amp;Print meeting documents…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="133"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="134"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="137"/>
        <source>&amp;Kalender</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="138"/>
        <source>&amp;Sök…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="140"/>
        <source>Större text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="142"/>
        <source>Mindre text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="144"/>
        <source>Normal textstorlek</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="145"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="146"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="147"/>
        <source>&amp;Om Nämndklient</source>
        <translation>&amp;About Nämndklient</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="259"/>
        <source>Avsnittet %1 kunde inte öppnas.</source>
        <translation>The %1 section could not be opened.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="260"/>
        <source>Orsak: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="262"/>
        <source>Övriga delar av programmet fungerar. Detaljer finns i loggfilen.</source>
        <translation>The rest of the program works. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="307"/>
        <location filename="../../src/nämndklient/gui/main_window.py" line="365"/>
        <source>Skriv ut möteshandlingar</source>
        <translation>Print meeting documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="308"/>
        <source>Det finns inget sammanträde att skriva ut.</source>
        <translation>There is no meeting to print.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="355"/>
        <source>Sammanträden, Ärenden, Nyckeltal, Budget, Sök</source>
        <translation>Meetings, Cases, KPIs, Budget, Search</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="357"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="358"/>
        <source>Öppna det markerade</source>
        <translation>Open the selection</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="359"/>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="360"/>
        <source>Nästa eller föregående kontroll</source>
        <translation>Next or previous control</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="361"/>
        <source>Föregående eller nästa månad eller PDF-sida</source>
        <translation>Previous or next month or PDF page</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="362"/>
        <source>Större, mindre eller normal text</source>
        <translation>Larger, smaller or normal text</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="363"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="364"/>
        <source>Exportera alla sammanträden till kalender</source>
        <translation>Export all meetings to calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/main_window.py" line="368"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/app.py" line="145"/>
        <source>Första start: bygger databasen från regionens handlingar…</source>
        <translation>First start: building the database from the region&apos;s documents…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/app.py" line="150"/>
        <source>Databasen kunde inte öppnas: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="32"/>
        <source>‹ Tillbaka</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="32"/>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="32"/>
        <source>Tillbaka (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="37"/>
        <source>Mina &amp;frågor inför mötet</source>
        <translation>My &amp;questions for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="37"/>
        <source>Mina frågor inför mötet</source>
        <translation>My questions for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="38"/>
        <source>Alla ärenden du flaggat med en fråga</source>
        <translation>All items you flagged with a question</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="39"/>
        <source>&amp;Exportera till kalender…</source>
        <translation>&amp;Export to calendar…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="39"/>
        <source>Exportera sammanträdet till kalender</source>
        <translation>Export the meeting to calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="40"/>
        <source>Spara sammanträdet som .ics-fil</source>
        <translation>Save the meeting as an .ics file</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="41"/>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="41"/>
        <source>Skriv ut möteshandlingar</source>
        <translation>Print meeting documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="42"/>
        <source>Skriv ut eller spara möteshandlingarna som PDF (Ctrl+P)</source>
        <translation>Print the meeting documents or save them as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="44"/>
        <source>Föredragningslista</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="45"/>
        <source>Ärendena i ordning, grupperade efter kategori. Enter öppnar ärendet.</source>
        <translation>The items in order, grouped by category. Enter opens the item.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="89"/>
        <source>, klockan %1</source>
        <translation>, at %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/meeting.py" line="90"/>
        <source>plats meddelas senare</source>
        <translation>venue to be announced</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="23"/>
        <source>Gemensam budgetdag</source>
        <translation>Joint budget day</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="25"/>
        <source>Gemensam planeringsdag</source>
        <translation>Joint planning day</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="26"/>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="72"/>
        <source>Sammanträde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="35"/>
        <source>Ingen föredragningslista</source>
        <translation>No agenda</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="36"/>
        <source>%1 ärende</source>
        <translation>%1 item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="36"/>
        <source>%1 ärenden</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="43"/>
        <source>%1 oläst</source>
        <translation>%1 unread</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="43"/>
        <source>%1 olästa</source>
        <translation>%1 unread</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="45"/>
        <source>%1 ändrad sedan läst</source>
        <translation>%1 changed since read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="46"/>
        <source>%1 ändrade sedan läst</source>
        <translation>%1 changed since read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="48"/>
        <source>%1 fråga</source>
        <translation>%1 question</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="48"/>
        <source>%1 frågor</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="50"/>
        <source>Allt läst</source>
        <translation>All read</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="62"/>
        <source>plats ej angiven</source>
        <translation>no venue given</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="71"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="73"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="74"/>
        <source>Plats</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="75"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="76"/>
        <source>Olästa</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="77"/>
        <source>Ändrade</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/meetings.py" line="190"/>
        <source>v. %1</source>
        <translation>wk %1</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="87"/>
        <source>Sparar…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="108"/>
        <source>Kunde inte spara: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="112"/>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="138"/>
        <source>Läst ✓ (tryck för att ångra)</source>
        <translation>Read ✓ (press to undo)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/notes_pane.py" line="138"/>
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
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="73"/>
        <source>Ta inte med</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="73"/>
        <source>Som bilaga sist</source>
        <translation>As an appendix at the end</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="73"/>
        <source>Efter varje ärende</source>
        <translation>After each item</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="80"/>
        <source>sekretess</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="86"/>
        <source>Sekretessärende: tas bara med om sekretessärenden tas med.</source>
        <translation>Confidential item: included only when confidential items are included.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="98"/>
        <source>&lt;b&gt;Varje sida märks SEKRETESS.&lt;/b&gt; Handlingarna innehåller uppgifter som omfattas av sekretess: skriv ut på en skrivare där ingen obehörig kan ta dem och förvara dem inlåsta.</source>
        <translation>&lt;b&gt;Every page will be marked SEKRETESS (confidential).&lt;/b&gt; The documents contain confidential information: print on a printer where no unauthorised person can pick them up, and keep them locked away.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="136"/>
        <source>Inga ärenden valda</source>
        <translation>No items chosen</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="137"/>
        <source>Kryssa i minst ett ärende, eller välj hela sammanträdet.</source>
        <translation>Tick at least one item, or choose the whole meeting.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="141"/>
        <source>Namn saknas</source>
        <translation>Name missing</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="142"/>
        <source>Skriv ditt namn för det personliga exemplaret.</source>
        <translation>Type your name for the personal copy.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="154"/>
        <source>Spara möteshandlingar</source>
        <translation>Save meeting documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="156"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="161"/>
        <source>Sparat i %1.</source>
        <translation>Saved in %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="196"/>
        <source>Skapar möteshandlingar…</source>
        <translation>Creating the meeting documents…</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="236"/>
        <source>Möteshandlingarna kunde inte skapas.</source>
        <translation>The meeting documents could not be created.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="241"/>
        <source>Klart: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="245"/>
        <source>Varningar:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="250"/>
        <source>1 sida</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="250"/>
        <source>%1 sidor</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="253"/>
        <source>Möteshandlingarna kunde inte skapas</source>
        <translation>The meeting documents could not be created</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="255"/>
        <source>Utskriften misslyckades</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="259"/>
        <source>Du saknar behörighet att skriva filen %1.</source>
        <translation>You are not allowed to write the file %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="261"/>
        <source>Filen kunde inte skrivas: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="263"/>
        <source>Ett oväntat fel inträffade. Detaljer finns i loggfilen.</source>
        <translation>An unexpected error occurred. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="269"/>
        <source>Ingen PDF-läsare</source>
        <translation>No PDF reader</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="270"/>
        <source>Det finns ingen PDF-läsare som kunde öppna filen. Den ligger i %1.</source>
        <translation>No PDF reader could open the file. It is in %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="272"/>
        <source>Öppnad i PDF-läsaren.</source>
        <translation>Opened in the PDF reader.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="281"/>
        <source>Skickat till skrivaren: %1.</source>
        <translation>Sent to the printer: %1.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="294"/>
        <location filename="../../ui/pack_dialog.ui" line="6"/>
        <location filename="../../ui/pack_dialog.ui" line="7"/>
        <source>Skriv ut möteshandlingar</source>
        <translation>Print meeting documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="298"/>
        <source>Utskriften avbröts.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="305"/>
        <source>PDF-filen kunde inte läsas för utskrift.</source>
        <translation>The PDF file could not be read for printing.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="315"/>
        <source>Inga sidor i det valda intervallet.</source>
        <translation>No pages in the chosen range.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="320"/>
        <source>Skrivaren kunde inte startas. Kontrollera att den är ansluten och påslagen.</source>
        <translation>The printer could not be started. Check that it is connected and switched on.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/pack_dialog.py" line="326"/>
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
    <name>PdfViewer</name>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="58"/>
        <source>PDF-dokument</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="66"/>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="67"/>
        <source>Miniatyrer av dokumentets sidor. Enter visar sidan.</source>
        <translation>Thumbnails of the document&apos;s pages. Enter shows the page.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="77"/>
        <source>Föregående sida</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="77"/>
        <source>Föregående sida (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="78"/>
        <source>Nästa sida</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="78"/>
        <source>Nästa sida (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="80"/>
        <source>Sidnummer</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="83"/>
        <source>Zooma ut</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="84"/>
        <source>Zooma in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="86"/>
        <source>Anpassa bredd</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="87"/>
        <source>Anpassa till fönstrets bredd</source>
        <translation>Fit to the window&apos;s width</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="92"/>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="93"/>
        <source>Sök i dokumentet</source>
        <translation>Search in the document</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="96"/>
        <source>Sökträffar i dokumentet</source>
        <translation>Matches in the document</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="154"/>
        <source>av %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="157"/>
        <source>Sida %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="219"/>
        <source>Sidbredd</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="235"/>
        <source>Inga träffar</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="237"/>
        <source>%1 träffar</source>
        <translation>%1 matches</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/widgets/pdf_viewer.py" line="251"/>
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
        <location filename="../../src/nämndklient/gui/render.py" line="63"/>
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="106"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="107"/>
        <location filename="../../src/nämndklient/gui/render.py" line="154"/>
        <source>Diarienummer</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="108"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="109"/>
        <location filename="../../src/nämndklient/gui/render.py" line="151"/>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="112"/>
        <source>Undertecknad av</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="115"/>
        <source>Kontaktperson</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="118"/>
        <source>Beslutet skickas till</source>
        <translation>Decision sent to</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="150"/>
        <source>Sammanträde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="152"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="153"/>
        <source>Föredragande</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="157"/>
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="158"/>
        <source>Punkt %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="164"/>
        <source>Det finns ingen tjänsteskrivelse till den här punkten. Punkten är en dragning eller information på sammanträdet.</source>
        <translation>There is no officer&apos;s report for this item. It is a presentation or information at the meeting.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/render.py" line="166"/>
        <source>Bilagorna finns under fliken Bilagor.</source>
        <translation>The attachments are on the Attachments tab.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="24"/>
        <source>Ärenden på föredragningslistan</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="25"/>
        <source>Handlingar</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="26"/>
        <source>Mina anteckningar</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="42"/>
        <source>Utan sammanträde</source>
        <translation>Without a meeting</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/models/search.py" line="122"/>
        <source>Träffar</source>
        <translation>Matches</translation>
    </message>
</context>
<context>
    <name>SearchSection</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="27"/>
        <source>Sök i ärenden, handlingar och dina anteckningar</source>
        <translation>Search items, documents and your notes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="28"/>
        <location filename="../../src/nämndklient/gui/views/search.py" line="70"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="29"/>
        <source>Resultaten visas medan du skriver. Pil ned går till träffarna.</source>
        <translation>Results appear as you type. Down arrow moves to the matches.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="32"/>
        <source>Filtrera på organ</source>
        <translation>Filter by body</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="34"/>
        <source>Filtrera på år</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="36"/>
        <source>Filtrera på typ</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="37"/>
        <source>Allt</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="37"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="37"/>
        <source>Handlingar</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="38"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="41"/>
        <source>Antal träffar</source>
        <translation>Number of matches</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="43"/>
        <source>Sökträffar</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="43"/>
        <source>Grupperade efter sammanträde och typ. Enter öppnar.</source>
        <translation>Grouped by meeting and type. Enter opens.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="60"/>
        <source>&amp;Organ:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="60"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="60"/>
        <source>T&amp;yp:</source>
        <translation>Ty&amp;pe:</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="84"/>
        <source>Alla organ</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="85"/>
        <source>Alla år</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="111"/>
        <source>Skriv ett eller flera ord. Du kan skriva utan å, ä och ö.</source>
        <translation>Type one or more words. You may leave out å, ä and ö.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="122"/>
        <source>Inga träffar på ”%1”.</source>
        <translation>No matches for “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="124"/>
        <source>1 träff.</source>
        <translation>1 match.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/search.py" line="126"/>
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
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="39"/>
        <source>Spara inställningarna</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/dialogs/settings.py" line="40"/>
        <source>Avbryt utan att spara</source>
        <translation>Cancel without saving</translation>
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
        <source>Byte av språk gäller nästa gång du startar Nämndklient.</source>
        <translation>A change of language takes effect the next time you start Nämndklient.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="71"/>
        <source>Spara eller avbryt</source>
        <translation>Save or cancel</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="27"/>
        <location filename="../../src/nämndklient/gui/views/start.py" line="62"/>
        <source>Kommande sammanträden</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="29"/>
        <source>Visa &amp;kalendern</source>
        <translation>Show &amp;calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="29"/>
        <source>Visa kalendern</source>
        <translation>Show calendar</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="30"/>
        <source>Alla sammanträden per månad eller som lista</source>
        <translation>All meetings by month or as a list</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="33"/>
        <source>Sammanträden</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="34"/>
        <source>Pilarna väljer, Enter öppnar sammanträdet.</source>
        <translation>Arrow keys select, Enter opens the meeting.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="63"/>
        <source>Dina nästa sammanträden och hur mycket som återstår att läsa.</source>
        <translation>Your next meetings and how much is left to read.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="65"/>
        <source>Senaste sammanträden</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="66"/>
        <source>Inga sammanträden är planerade från i dag. Här är de senaste, det nyaste först.</source>
        <translation>No meetings are planned from today. Here are the most recent ones, newest first.</translation>
    </message>
    <message>
        <location filename="../../src/nämndklient/gui/views/start.py" line="69"/>
        <source>Det finns inga sammanträden för de organ du följer. Välj organ under Inställningar.</source>
        <translation>There are no meetings for the bodies you follow. Choose bodies under Settings.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../src/nämndklient/gui/i18n.py" line="64"/>
        <source>utan datum</source>
        <translation>undated</translation>
    </message>
</context>
</TS>

// Parse an iCalendar file with ical.js (the parser of Thunderbird's calendar) and print its events as JSON.
// Usage: node parse_ics.mjs FILE.ics. Times are given as the instant (UTC, ISO) and as local wall time in
// the event's own zone, so a test can check that 18:00 in Stockholm really is 18:00 in Stockholm.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const root = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
for (const vtz of root.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
}
const when = (t) => t && {
  utc: t.isDate ? null : t.toJSDate().toISOString(),
  local: t.toString(),
  zone: t.isDate ? null : (t.zone && t.zone.tzid) || null,
  date: t.isDate,
};
const events = root.getAllSubcomponents("vevent").map((vevent) => {
  const ev = new ICAL.Event(vevent);
  return {
    uid: ev.uid,
    summary: ev.summary,
    status: vevent.getFirstPropertyValue("status"),
    sequence: ev.sequence,
    start: when(ev.startDate),
    end: when(ev.endDate),
    tzid: vevent.getFirstProperty("dtstart").getParameter("tzid") || null,
  };
});
console.log(JSON.stringify({
  method: root.getFirstPropertyValue("method"),
  calname: root.getFirstPropertyValue("x-wr-calname"),
  timezones: root.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")),
  events,
}));

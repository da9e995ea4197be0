/**
 * Dates as the scraped pages print them. Comment times read
 * "21 h 21, le 07 octobre 2015" in Beirut local time (the site is
 * L'Orient-Le Jour); page datelines read "07/10/2015" (day first, French order).
 */

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const TIME = /^(\d{1,2})\s*h\s*(\d{2}),?\s+le\s+(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})$/u;
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?=\s|$)/;

export interface WallClock {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "21 h 21, le 07 octobre 2015" → wall-clock parts, or null when the text is not such a time. */
export function parseFrenchCommentTime(text: string): WallClock | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  // "février", "Août", "décembre": compared without accents or case.
  const month = MONTHS.indexOf(m[4]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) + 1;
  if (!month) return null;
  const [hour, minute, day, year] = [m[1], m[2], m[3], m[5]].map(Number) as [number, number, number, number];
  if (hour > 23 || minute > 59 || !isRealDate(year, month, day)) return null;
  return { year, month, day, hour, minute };
}

/**
 * "07/10/2015 wikistrike.com …" → "2015-10-07T00:00:00.000Z": a date at the
 * start of a line, day first. With no time printed there is no time zone to
 * convert from, so the day is kept as midnight UTC of that calendar day
 * (converting a Beirut midnight would move it to the previous day).
 */
export function parseDateline(text: string): string | null {
  const m = NUMERIC_DATE.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) return null;
  return new Date(Date.UTC(year, month - 1, day)).toISOString();
}

const beirut = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Beirut',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** The UTC offset of Beirut at an instant, in milliseconds (+2 h in winter, +3 h in summer). */
function beirutOffset(instant: number): number {
  const p = Object.fromEntries(beirut.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!) - instant;
}

/**
 * Beirut wall-clock time → UTC instant, with the offset in force at that time
 * from the time-zone database (Lebanon moves to UTC+3 at midnight on the last
 * Sunday of March and back to UTC+2 at midnight on the last Sunday of October).
 *
 * The two edge cases follow the usual convention ("compatible" in Temporal):
 * a time skipped by the spring shift (00:30 that night) is read with the
 * winter offset, so it lands one hour later on the clock; a time that happens
 * twice in autumn (23:30 that Saturday) is the first of the two.
 */
export function beirutToUtc(t: WallClock): Date {
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
  // Offsets a day either side of the wall time can differ only across a shift.
  const before = beirutOffset(asUtc - 86_400_000);
  const after = beirutOffset(asUtc + 86_400_000);
  const candidates = [asUtc - before, asUtc - after].filter((instant, i, all) => all.indexOf(instant) === i);
  const exact = candidates.filter((instant) => instant + beirutOffset(instant) === asUtc).sort((a, b) => a - b);
  return new Date(exact[0] ?? asUtc - before);
}

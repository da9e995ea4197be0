/** "21 h 21, le 07 octobre 2015" → wall-clock parts; the site prints Beirut local time. */

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const TIME = /^(\d{1,2})\s*h\s*(\d{2}),?\s+le\s+(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})$/u;

export interface WallClock {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
}

export function parseFrenchCommentTime(text: string): WallClock | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[4]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) + 1;
  if (!month) return null;
  const [hour, minute, day, year] = [m[1], m[2], m[3], m[5]].map(Number) as [number, number, number, number];
  if (hour > 23 || minute > 59 || day < 1 || day > 31) return null;
  return { year, month, day, hour, minute };
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

/** Beirut wall-clock time → UTC instant (Lebanon shifts between UTC+2 and UTC+3 for summer time). */
export function beirutToUtc(t: WallClock): Date {
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
  // The offset at that instant, read from the time-zone database; twice, to settle across a shift.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const p = Object.fromEntries(beirut.formatToParts(new Date(guess)).map((x) => [x.type, x.value]));
    const shown = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!);
    guess = asUtc - (shown - guess);
  }
  return new Date(guess);
}

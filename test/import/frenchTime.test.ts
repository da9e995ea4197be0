import { describe, expect, test } from 'vitest';
import { beirutToUtc, parseDateline, parseFrenchCommentTime } from '../../server/import/frenchTime.js';

/** A comment time as the site prints it (Beirut), straight to UTC. */
const toUtc = (text: string) => {
  const t = parseFrenchCommentTime(text);
  return t && beirutToUtc(t).toISOString();
};

describe('comment times printed in Beirut time are stored in UTC', () => {
  test.each([
    // Summer time (UTC+3), late March to late October.
    ['21 h 21, le 07 octobre 2015', '2015-10-07T18:21:00.000Z'],
    ['00 h 33, le 19 septembre 2015', '2015-09-18T21:33:00.000Z'],
    ['15 h 11, le 22 mai 2016', '2016-05-22T12:11:00.000Z'],
    ['12 h 00, le 15 août 2015', '2015-08-15T09:00:00.000Z'],
    // Winter time (UTC+2).
    ['12 h 00, le 15 janvier 2016', '2016-01-15T10:00:00.000Z'],
    ['23 h 59, le 31 décembre 2015', '2015-12-31T21:59:00.000Z'],
    ['00 h 10, le 1er février 2016', '2016-01-31T22:10:00.000Z'],
    ['9 h 05, le 3 novembre 2015', '2015-11-03T07:05:00.000Z'],
    // Spring shift: midnight on the last Sunday of March (29 March 2015) jumps to 01:00.
    ['23 h 30, le 28 mars 2015', '2015-03-28T21:30:00.000Z'],
    ['01 h 30, le 29 mars 2015', '2015-03-28T22:30:00.000Z'],
    ['00 h 30, le 29 mars 2015', '2015-03-28T22:30:00.000Z'], // never shown on a Beirut clock: read as winter time
    // Autumn shift: midnight on the last Sunday of October (25 October 2015) goes back to 23:00 on the 24th.
    ['22 h 30, le 24 octobre 2015', '2015-10-24T19:30:00.000Z'],
    ['23 h 30, le 24 octobre 2015', '2015-10-24T20:30:00.000Z'], // shown twice: the first one
    ['00 h 30, le 25 octobre 2015', '2015-10-24T22:30:00.000Z'],
  ])('%s → %s', (text, utc) => {
    expect(toUtc(text)).toBe(utc);
  });
});

describe('what is not a comment time', () => {
  test.each([
    ['an unknown month', '21 h 21, le 07 brumaire 2015'],
    ['a day that does not exist', '10 h 00, le 31 septembre 2015'],
    ['29 February outside a leap year', '10 h 00, le 29 février 2015'],
    ['hour 24', '24 h 00, le 07 octobre 2015'],
    ['minute 60', '10 h 60, le 07 octobre 2015'],
    ['an author name', 'FRIK-A-FRAK'],
    ['text after the year', '21 h 21, le 07 octobre 2015 (modifié)'],
  ])('%s', (_name, text) => {
    expect(parseFrenchCommentTime(text)).toBeNull();
  });

  test('month names are read without regard to accents or case', () => {
    expect(parseFrenchCommentTime('10 h 00, le 29 Fevrier 2016')).toEqual({ year: 2016, month: 2, day: 29, hour: 10, minute: 0 });
    expect(parseFrenchCommentTime('10h00, le 1er AOÛT 2016')).toEqual({ year: 2016, month: 8, day: 1, hour: 10, minute: 0 });
  });
});

describe('page datelines', () => {
  test.each([
    ['07/10/2015 wikistrike.com  8min #103072', '2015-10-07T00:00:00.000Z'],
    ['7/1/2016', '2016-01-07T00:00:00.000Z'],
    ['31/12/2015 AFP', '2015-12-31T00:00:00.000Z'],
    ['13/13/2015 is no date', null],
    ['31/02/2016', null],
    ['Le 07/10/2015', null], // only a date that opens the line
    ['07/10/20155', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDateline(text)).toBe(iso);
  });
});

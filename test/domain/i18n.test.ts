import {
  LOCALES,
  MESSAGES,
  formatDate,
  formatIsoDay,
  formatList,
  formatWeekday,
  placeholdersIn,
  t,
  toLocale,
  type MessageKey,
} from '../../src/domain/i18n';

const keys = Object.keys(MESSAGES.nl) as MessageKey[];

describe('message catalogue', () => {
  test('both locales have exactly the same keys', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
  });

  test.each(keys)('%s: filled in and same placeholders in nl and en', (key) => {
    for (const locale of LOCALES) expect(MESSAGES[locale][key].trim()).not.toBe('');
    expect(placeholdersIn(MESSAGES.en[key])).toEqual(placeholdersIn(MESSAGES.nl[key]));
  });

  test('Dutch uses informal "je", never "u" forms', () => {
    for (const key of keys) expect(MESSAGES.nl[key]).not.toMatch(/\b(u|uw)\b(?!:)/i);
  });

  test('interpolates {name} placeholders', () => {
    expect(t('nl', 'answer.thanks', { date: 'dinsdag 3 februari, 09:00' })).toBe(
      'Dank je! Je kunt je antwoord bewerken tot dinsdag 3 februari, 09:00.',
    );
    expect(t('en', 'coordinator.added', { person: 'Sanne', partnership: 'Stad & Streek' })).toBe(
      'Sanne is now a coordinator of Stad & Streek.',
    );
    expect(t('nl', 'prompt.closed')).toBe('Deze vraag is gesloten.');
    expect(t('nl', 'command.unknown.suggestion', { suggestion: 'koppel' })).toContain('Bedoel je "koppel"?');
  });

  test('a missing parameter stays visible instead of throwing', () => {
    const params = {} as { date: string };
    expect(t('nl', 'answer.thanks', params)).toContain('{date}');
  });

  test('the messages the brief asks for exist', () => {
    expect(t('nl', 'channel.notLinked')).toContain('koppel <naam partnerschap>');
    expect(t('nl', 'role.coordinatorRequired', { partnership: 'X', coordinators: 'Anna en Bram' })).toContain('Anna en Bram');
    expect(t('nl', 'partnership.unknown', { name: 'Y', options: 'A, B' })).toContain('A, B');
    expect(t('nl', 'common.error')).toMatch(/probeer/i);
  });

  test('toLocale maps platform locales', () => {
    expect(toLocale('en-US')).toBe('en');
    expect(toLocale('nl-NL')).toBe('nl');
    expect(toLocale('fr-FR')).toBe('nl');
    expect(toLocale(undefined)).toBe('nl');
  });
});

describe('date formatting', () => {
  // 08:00 UTC is 09:00 in Amsterdam in winter (CET).
  const winter = new Date('2026-02-03T08:00:00Z');
  const summer = new Date('2026-06-02T07:30:00Z');

  test('Dutch: "dinsdag 3 februari, 09:00" in Europe/Amsterdam', () => {
    expect(formatDate('nl', winter)).toBe('dinsdag 3 februari, 09:00');
    expect(formatDate('nl', summer)).toBe('dinsdag 2 juni, 09:30');
  });

  test('English and other time zones', () => {
    expect(formatDate('en', winter)).toBe('Tuesday 3 February, 09:00');
    expect(formatDate('nl', winter, 'UTC')).toBe('dinsdag 3 februari, 08:00');
    expect(formatDate('nl', winter, undefined, { withYear: true })).toBe('dinsdag 3 februari 2026, 09:00');
  });

  test('midnight is 00:00, not 24:00', () => {
    expect(formatDate('nl', new Date('2026-02-02T23:00:00Z'))).toBe('dinsdag 3 februari, 00:00');
  });

  test('an invalid date gives an empty string instead of throwing', () => {
    expect(formatDate('nl', new Date('nope'))).toBe('');
  });

  test('calendar days, weekdays and lists', () => {
    expect(formatIsoDay('nl', '2027-01-05')).toBe('dinsdag 5 januari 2027');
    expect(formatIsoDay('en', '2027-01-05')).toBe('Tuesday 5 January 2027');
    expect(formatIsoDay('nl', 'garbage')).toBe('garbage');
    expect(formatWeekday('nl', 0)).toBe('zondag');
    expect(formatWeekday('en', 2)).toBe('Tuesday');
    expect(formatList('nl', ['Anna', 'Bram', 'Carla'])).toBe('Anna, Bram en Carla');
    expect(formatList('en', ['Anna', 'Bram'])).toBe('Anna and Bram');
  });
});

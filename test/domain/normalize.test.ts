import { closest, levenshtein, normalizeKey } from '../../src/domain/text/normalize';

describe('normalizeKey', () => {
  test.each([
    ['Financiën', 'financien'],
    ['  FINANCIEN  ', 'financien'],
    ['Bovenbestuurlijke   solidariteit', 'bovenbestuurlijke solidariteit'],
    ['opleiden-begeleiden_professionaliseren', 'opleiden begeleiden professionaliseren'],
    ['po/vo/mbo', 'po vo mbo'],
    ['coördinator', 'coordinator'],
    ['geïntegreerd', 'geintegreerd'],
    ['informeel én formeel', 'informeel en formeel'],
    ['Stad & Streek!', 'stad streek'],
    ['tab\tand\nnewline\u00a0nbsp', 'tab and newline nbsp'],
    ['?', ''],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeKey(input)).toBe(expected);
  });

  test('non-strings give an empty key instead of throwing', () => {
    expect(normalizeKey(undefined as unknown as string)).toBe('');
  });
});

describe('levenshtein', () => {
  test.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['koppel', 'koppel', 0],
    ['koppl', 'koppel', 1],
    ['kitten', 'sitting', 3],
    ['hlep', 'help', 2],
  ])('%j vs %j = %i', (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });
});

describe('closest', () => {
  const words = ['koppel', 'help', 'status', 'ritme', 'focus'];

  test.each([
    ['koppl', 'koppel'],
    ['KOPPEL', 'koppel'],
    ['hlep', 'help'],
    ['stauts', 'status'],
    ['rtme', 'ritme'],
  ])('%j -> %j', (input, expected) => {
    expect(closest(input, words)).toBe(expected);
  });

  test('nothing close enough gives undefined', () => {
    expect(closest('xylofoon', words)).toBeUndefined();
    expect(closest('', words)).toBeUndefined();
    expect(closest('help', [])).toBeUndefined();
  });

  test('an explicit maxDistance is respected', () => {
    expect(closest('koppl', words, 0)).toBeUndefined();
    expect(closest('kpl', words, 3)).toBe('koppel');
  });

  test('on a tie the earlier candidate wins', () => {
    expect(closest('ab', ['ax', 'xb'])).toBe('ax');
  });

  test('returns the candidate as given, not normalized', () => {
    expect(closest('financien', ['Financiën'])).toBe('Financiën');
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates and keeps real pairs (emoji) and ordinary text', () => {
    const { wellFormed } = jest.requireActual('../../src/domain/text/normalize') as typeof import('../../src/domain/text/normalize');
    expect(wellFormed('samen 🌾 opleiden')).toBe('samen 🌾 opleiden');
    expect(wellFormed('a\uD800b')).toBe('a\uFFFDb');
    expect(wellFormed('\uDC00x\uD83C')).toBe('\uFFFDx\uFFFD');
    expect(() => encodeURIComponent(wellFormed('kapot \uD800'))).not.toThrow();
  });
});

import { ANSWER_LIMITS, validateAnswerInput } from '../../src/domain/catalogue';
import { t } from '../../src/domain/i18n';

const text = (length: number) => 'a'.repeat(length);

describe('validateAnswerInput', () => {
  test('a full answer from an Adaptive Card (all strings) is accepted and cleaned', () => {
    const result = validateAnswerInput(
      {
        action: 'answer.submit',
        promptId: 'p1',
        score: '4',
        scenario: '  In deze Onderwijsregio delen we opleidingsplekken.\r\nSamen.  ',
        keyword: 'estafette',
        discussable: '',
        needed: '   ',
        shareAnonymously: 'false',
      },
      'nl',
    );
    expect(result).toEqual({
      ok: true,
      value: {
        score: 4,
        scenario: 'In deze Onderwijsregio delen we opleidingsplekken.\nSamen.',
        keyword: 'estafette',
        shareAnonymously: false,
      },
    });
  });

  test('only a score is required; a text is not quoted unless the person opts in', () => {
    expect(validateAnswerInput({ score: 3 }, 'nl')).toEqual({ ok: true, value: { score: 3, shareAnonymously: false } });
  });

  test.each([
    [true, true], [false, false], ['true', true], ['false', false], ['TRUE', true], ['1', true], ['0', false],
  ])('shareAnonymously %j -> %j', (input, expected) => {
    const result = validateAnswerInput({ score: 1, shareAnonymously: input }, 'nl');
    expect(result.ok && result.value.shareAnonymously).toBe(expected);
  });

  test('NUL and control characters are removed from free text', () => {
    const result = validateAnswerInput({ score: 2, keyword: 'brug\u0000\u0007' }, 'nl');
    expect(result.ok && result.value.keyword).toBe('brug');
  });

  describe('score boundaries', () => {
    test.each([1, 5, '1', ' 5 '])('%j is accepted', (score) => {
      expect(validateAnswerInput({ score }, 'nl').ok).toBe(true);
    });

    test.each([0, 6, '0', '6', 2.5, '2.5', 'drie', -1, true])('%j is rejected as invalid', (score) => {
      expect(validateAnswerInput({ score }, 'nl')).toEqual({ ok: false, fieldErrors: { score: t('nl', 'answer.score.invalid') } });
    });

    test.each([undefined, null, '', '  '])('%j is reported as missing', (score) => {
      expect(validateAnswerInput({ score }, 'en')).toEqual({ ok: false, fieldErrors: { score: t('en', 'answer.score.required') } });
    });
  });

  describe('text limits', () => {
    test.each([
      ['scenario', ANSWER_LIMITS.scenario, 1000],
      ['keyword', ANSWER_LIMITS.keyword, 80],
      ['discussable', ANSWER_LIMITS.discussable, 500],
      ['needed', ANSWER_LIMITS.needed, 500],
    ] as const)('%s: %i characters pass, one more fails with a localized message', (field, limit, expected) => {
      expect(limit).toBe(expected);
      expect(validateAnswerInput({ score: 3, [field]: text(limit) }, 'nl').ok).toBe(true);
      const nl = validateAnswerInput({ score: 3, [field]: text(limit + 1) }, 'nl');
      const en = validateAnswerInput({ score: 3, [field]: text(limit + 1) }, 'en');
      expect(nl).toEqual({ ok: false, fieldErrors: { [field]: t('nl', `answer.${field}.tooLong`, { max: limit, length: limit + 1 }) } });
      expect(en).toEqual({ ok: false, fieldErrors: { [field]: t('en', `answer.${field}.tooLong`, { max: limit, length: limit + 1 }) } });
      if (!nl.ok && !en.ok) {
        expect(nl.fieldErrors[field]).toContain(String(limit));
        expect(nl.fieldErrors[field]).not.toBe(en.fieldErrors[field]);
      }
    });

    test('surrounding whitespace does not count towards the limit', () => {
      expect(validateAnswerInput({ score: 3, keyword: `  ${text(80)}  ` }, 'nl').ok).toBe(true);
    });
  });

  test('several bad fields give one message each', () => {
    const result = validateAnswerInput({ score: 9, keyword: text(81), needed: 42, shareAnonymously: 'misschien' }, 'nl');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['keyword', 'needed', 'score', 'shareAnonymously']);
    expect(result.fieldErrors.needed).toBe(t('nl', 'answer.text.invalid'));
    expect(result.fieldErrors.shareAnonymously).toBe(t('nl', 'answer.shareAnonymously.invalid'));
  });

  test.each([null, undefined, 'score=3', 42, [], [3]])('a non-object submission (%j) asks for a score', (raw) => {
    expect(validateAnswerInput(raw, 'nl')).toEqual({ ok: false, fieldErrors: { score: t('nl', 'answer.score.required') } });
  });
});

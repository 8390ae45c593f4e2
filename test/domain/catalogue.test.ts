import {
  FOCUS_POINTS,
  FOCUS_POINT_CODES,
  PRINCIPLES,
  REFLECTION_QUESTIONS,
  ANSWER_LIMITS,
  findFocusPoint,
  focusPointByCode,
  focusPointsOfPrinciple,
  principleByCode,
  scoreLabel,
  suggestFocusPoint,
} from '../../src/domain/catalogue';

describe('principles and focus points', () => {
  test('five principles P1..P5 in order', () => {
    expect(PRINCIPLES.map((p) => p.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(PRINCIPLES[1].title.nl).toBe('Werk grensoverstijgend in dienst van de student');
    expect(principleByCode('p3')?.order).toBe(3);
  });

  test('eleven focus points in principle order with unique codes and orders 1..11', () => {
    expect(FOCUS_POINTS).toHaveLength(11);
    expect(FOCUS_POINTS.map((f) => f.code)).toEqual([...FOCUS_POINT_CODES]);
    expect(FOCUS_POINTS.map((f) => f.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const principleOrder = FOCUS_POINTS.map((f) => Number(f.principle.slice(1)));
    expect([...principleOrder].sort()).toEqual(principleOrder);
    expect(focusPointsOfPrinciple('P3').map((f) => f.code)).toEqual(['professionals', 'organisatiestructuur', 'financien']);
  });

  test('codes are lower-case and every text is filled in both languages', () => {
    for (const point of FOCUS_POINTS) {
      expect(point.code).toMatch(/^[a-z-]+$/);
      for (const text of [point.label.nl, point.label.en, point.idealState.nl, point.idealState.en]) {
        expect(text.trim()).not.toBe('');
      }
    }
    for (const principle of PRINCIPLES) {
      for (const text of [principle.title.nl, principle.title.en, principle.explanation.nl, principle.explanation.en]) {
        expect(text.trim()).not.toBe('');
      }
    }
  });

  test('Dutch labels and ideal states are the canonical texts', () => {
    expect(focusPointByCode('solidariteit')?.label.nl).toBe('Bovenbestuurlijke solidariteit');
    expect(focusPointByCode('financien')?.label.nl).toBe('Financiën');
    expect(focusPointByCode('financien')?.idealState.nl).toBe(
      'Financiën zijn collectief georganiseerd en gekoppeld aan strategisch beleid.',
    );
    expect(focusPointByCode('opleiden-begeleiden-professionaliseren')?.idealState.nl).toBe(
      'Samen Opleiden, begeleiden en professionaliseren vormen één geïntegreerd systeem.',
    );
  });

  test('focusPointByCode is strict', () => {
    expect(focusPointByCode('Financiën')).toBeUndefined();
    expect(focusPointByCode('obp')).toBeUndefined();
  });
});

describe('findFocusPoint', () => {
  test.each([
    ['financien', 'financien'],
    ['Financiën', 'financien'],
    ['FINANCIEN', 'financien'],
    ['Finances', 'financien'],
    ['bovenbestuurlijke solidariteit', 'solidariteit'],
    ['Bovenbestuurlijke Solidariteit', 'solidariteit'],
    ['solidariteit', 'solidariteit'],
    ['Kwaliteit', 'kwaliteit'],
    ['quality', 'kwaliteit'],
    ['obp', 'opleiden-begeleiden-professionaliseren'],
    ['Opleiden-begeleiden-professionaliseren', 'opleiden-begeleiden-professionaliseren'],
    ['opleiden begeleiden professionaliseren', 'opleiden-begeleiden-professionaliseren'],
    ['Ontwikkelvraag van de lerende', 'ontwikkelvraag'],
    ['Professionals op alle niveaus', 'professionals'],
    ['Informele en formele relaties', 'relaties'],
    ['toekomstbestendigheid', 'toekomstbestendigheid'],
    ['Future-proofing', 'toekomstbestendigheid'],
    ['career development', 'loopbaanontwikkeling'],
  ])('%j -> %s', (input, code) => {
    expect(findFocusPoint(input)?.code).toBe(code);
  });

  test.each(['', 'onzin', 'finacien', 'P1'])('%j -> undefined', (input) => {
    expect(findFocusPoint(input)).toBeUndefined();
  });
});

describe('suggestFocusPoint', () => {
  test.each([
    ['finacien', 'financien'],
    ['kwalitiet', 'kwaliteit'],
    ['solidariteid', 'solidariteit'],
    ['loopbaanontwikeling', 'loopbaanontwikkeling'],
    ['Kwaliteit', 'kwaliteit'],
  ])('%j -> %s', (input, code) => {
    expect(suggestFocusPoint(input)?.code).toBe(code);
  });

  test('nothing near gives undefined', () => {
    expect(suggestFocusPoint('xylofoon')).toBeUndefined();
  });
});

describe('reflection questions', () => {
  test('ids in worksheet order', () => {
    expect(REFLECTION_QUESTIONS.map((q) => q.id)).toEqual([
      'score', 'scenario', 'keyword', 'discussable', 'needed', 'shareAnonymously',
    ]);
  });

  test('score has labels for 1..5 in both languages', () => {
    const score = REFLECTION_QUESTIONS[0];
    expect(score.kind).toBe('score');
    if (score.kind !== 'score') return;
    expect(score.label.nl).toBe('Hoe dicht zijn we bij het ideaalbeeld?');
    expect(score.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
    expect(scoreLabel(1, 'nl')).toBe('Nog ver weg');
    expect(scoreLabel(5, 'nl')).toBe('Zo werken we al');
    expect(scoreLabel(5, 'en')).not.toBe('');
  });

  test('text questions carry the shared limits', () => {
    for (const question of REFLECTION_QUESTIONS) {
      if (question.kind === 'text') expect(question.maxLength).toBe(ANSWER_LIMITS[question.id]);
    }
    expect(ANSWER_LIMITS).toEqual({ scenario: 1000, keyword: 80, discussable: 500, needed: 500 });
    const scenario = REFLECTION_QUESTIONS.find((q) => q.id === 'scenario');
    expect(scenario?.kind === 'text' && scenario.placeholder.nl.startsWith('In deze Onderwijsregio')).toBe(true);
  });
});

import { FOCUS_POINT_CODES } from '../../src/domain/catalogue/focus-points.data';
import { focusSequence, nextFocus } from '../../src/domain/rhythm/focus-rotation';

describe('focus rotation', () => {
  it('goes through all eleven in principle order and wraps around', () => {
    expect(focusSequence([], undefined, 12)).toEqual([...FOCUS_POINT_CODES, 'kwaliteit']);
    expect(nextFocus([], 'toekomstbestendigheid')).toBe('kwaliteit');
  });

  it('continues after the last prompted focus', () => {
    expect(nextFocus([], 'financien')).toBe('opleiden-begeleiden-professionaliseren');
  });

  it('rotates through a chosen set in principle order, whatever order it was typed in', () => {
    expect(focusSequence(['financien', 'kwaliteit', 'relaties'], undefined, 4)).toEqual(['kwaliteit', 'financien', 'relaties', 'kwaliteit']);
  });

  it('picks up a changed set after the last focus, even when that focus is not in the set', () => {
    expect(nextFocus(['kwaliteit', 'relaties'], 'solidariteit')).toBe('relaties');
    expect(nextFocus(['kwaliteit', 'doelstellingen'], 'relaties')).toBe('kwaliteit');
    expect(nextFocus(['doelstellingen'], 'onbekend')).toBe('doelstellingen');
  });
});

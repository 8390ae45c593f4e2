import fc from 'fast-check';
import { parseCommand } from '../../../src/domain/commands';
import { COMMAND_WORDS } from '../../../src/domain/commands';
const args = ['nu', 'kwaliteit', 'financien', 'dinsdag', '09:00', '2027-02-14', 'wekelijks', 'maandelijks', 'alle', 'uit', 'aan', 'mij', '3', 'dagen', 'Stad', '&amp;', 'Streek', '<@U0ABC123>'];
const line = fc.array(fc.oneof(fc.constantFrom(...COMMAND_WORDS), fc.constantFrom(...args)), { minLength: 1, maxLength: 5 });
const check = (name: string, prop: (words: string[]) => boolean) => {
  try { fc.assert(fc.property(line, prop), { numRuns: 3000, seed: 1 }); console.log('OK', name); } catch (e) { console.log('FAIL', name, String(e).split('\n').slice(0, 6).join(' / ')); }
};
const strip = (r: any) => { const { input, ...rest } = r; return JSON.stringify(rest); };
check('spaces', (w) => strip(parseCommand(w.join(' '))) === strip(parseCommand(`  ${w.join('   ')} \n`)));
check('mention', (w) => strip(parseCommand(w.join(' '))) === strip(parseCommand(`<at>Oogst</at> ${w.join(' ')}`)));
check('upper kind', (w) => parseCommand(w.join(' ')).kind === parseCommand(w.join(' ').toUpperCase()).kind);
check('deterministic', (w) => JSON.stringify(parseCommand(w.join(' '))) === JSON.stringify(parseCommand(w.join(' '))));

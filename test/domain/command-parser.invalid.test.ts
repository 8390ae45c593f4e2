import { parseCommand, formatParseProblem, type CommandUsageKey, type InvalidReason } from '../../src/domain/commands';

type Expected = { command: CommandUsageKey; reason: InvalidReason; detail?: string; suggestion?: string };

const cases: [string, Expected][] = [
  // missing arguments
  ['koppel', { command: 'link', reason: 'missingArgument' }],
  ['koppel ""', { command: 'link', reason: 'missingArgument' }],
  ['coordinator', { command: 'addCoordinator', reason: 'missingArgument' }],
  ['regioleider <@U1>', { command: 'regionLead', reason: 'missingArgument' }],
  ['focus', { command: 'focusSet', reason: 'missingArgument' }],
  ['focus , ;', { command: 'focusSet', reason: 'missingArgument' }],
  ['venster', { command: 'windowSet', reason: 'missingArgument' }],
  ['pauze', { command: 'pause', reason: 'missingArgument' }],
  ['pauze tot', { command: 'pause', reason: 'missingArgument' }],
  ['vrij', { command: 'blackout', reason: 'missingArgument' }],
  ['herinneringen', { command: 'reminders', reason: 'missingArgument' }],
  ['dialoog verzet', { command: 'dialogueMove', reason: 'missingArgument' }],
  ['dialoog verzet 2', { command: 'dialogueMove', reason: 'missingArgument' }],
  ['dialoog annuleer', { command: 'dialogueCancel', reason: 'missingArgument' }],
  ['digest', { command: 'digest', reason: 'missingArgument' }],
  ['regio', { command: 'region', reason: 'missingArgument' }],
  ['regio nieuw', { command: 'regionNew', reason: 'missingArgument' }],
  ['partnerschap nieuw', { command: 'partnershipNew', reason: 'missingArgument' }],
  ['partnerschap nieuw Stad en Streek', { command: 'partnershipNew', reason: 'missingArgument' }],
  ['partnerschap nieuw Stad en Streek regio', { command: 'partnershipNew', reason: 'missingArgument' }],
  ['partnerschap nieuw regio Stad', { command: 'partnershipNew', reason: 'missingArgument' }],
  // time
  ['ritme wekelijks dinsdag 25:00', { command: 'rhythmSet', reason: 'time', detail: '25:00' }],
  ['ritme wekelijks dinsdag 09:60', { command: 'rhythmSet', reason: 'time', detail: '09:60' }],
  ['ritme wekelijks dinsdag 9', { command: 'rhythmSet', reason: 'time', detail: '9' }],
  ['ritme wekelijks dinsdag om negen', { command: 'rhythmSet', reason: 'time', detail: 'negen' }],
  ['ritme wekelijks dinsdag', { command: 'rhythmSet', reason: 'time' }],
  ['digest abonneer maandag 8', { command: 'digestSubscribe', reason: 'time', detail: '8' }],
  // weekday
  ['ritme wekelijks 09:00', { command: 'rhythmSet', reason: 'weekday' }],
  ['ritme wekelijks dinsdga 09:00', { command: 'rhythmSet', reason: 'weekday', detail: 'dinsdga', suggestion: 'dinsdag' }],
  ['ritme wekelijks blub 09:00', { command: 'rhythmSet', reason: 'weekday', detail: 'blub' }],
  ['rhythm weekly tuseday 09:00', { command: 'rhythmSet', reason: 'weekday', detail: 'tuseday', suggestion: 'tuesday' }],
  // cadence and duplicates
  ['ritme wekelijk dinsdag 09:00', { command: 'rhythmSet', reason: 'cadence', detail: 'wekelijk', suggestion: 'wekelijks' }],
  ['ritme wekelijks maandelijks di 09:00', { command: 'rhythmSet', reason: 'unexpectedArgument', detail: 'maandelijks' }],
  ['ritme wekelijks di do 09:00', { command: 'rhythmSet', reason: 'unexpectedArgument', detail: 'do' }],
  ['ritme wekelijks di 09:00 10:00', { command: 'rhythmSet', reason: 'unexpectedArgument', detail: '10:00' }],
  ['ritme wekelijks di 09:00 graag', { command: 'rhythmSet', reason: 'unexpectedArgument', detail: 'graag' }],
  ['digest abonneer wekelijks maandag 08:00', { command: 'digestSubscribe', reason: 'unexpectedArgument', detail: 'wekelijks' }],
  // focus
  ['focus kwaliteit, onzin', { command: 'focusSet', reason: 'focus', detail: 'onzin' }],
  ['focus finacien', { command: 'focusSet', reason: 'focus', detail: 'finacien', suggestion: 'financien' }],
  ['focus kwaliteit finacien', { command: 'focusSet', reason: 'focus', detail: 'finacien', suggestion: 'financien' }],
  ['vraag nu onzin', { command: 'askNow', reason: 'focus', detail: 'onzin' }],
  ['vraag nu kwalitiet', { command: 'askNow', reason: 'focus', detail: 'kwalitiet', suggestion: 'kwaliteit' }],
  // date
  ['pauze tot 2027-02-30', { command: 'pause', reason: 'date', detail: '2027-02-30' }],
  ['pauze tot 31-4-2027', { command: 'pause', reason: 'date', detail: '31-4-2027' }],
  ['pauze tot 29 februari 2027', { command: 'pause', reason: 'date', detail: '29 februari 2027' }],
  ['pauze tot 5 januari', { command: 'pause', reason: 'date', detail: '5 januari' }],
  ['pauze tot morgen', { command: 'pause', reason: 'date', detail: 'morgen' }],
  ['pauze tot maandag 5 januari 2027', { command: 'pause', reason: 'date', detail: 'maandag 5 januari 2027' }],
  ['pauze tot 2027-13-01', { command: 'pause', reason: 'date', detail: '2027-13-01' }],
  ['vrij 14 flebruari 2027', { command: 'blackout', reason: 'date', detail: '14 flebruari 2027' }],
  // number
  ['venster vijf dagen', { command: 'windowSet', reason: 'number', detail: 'vijf dagen' }],
  ['venster 0 dagen', { command: 'windowSet', reason: 'number', detail: '0 dagen' }],
  ['venster 5 maanden', { command: 'windowSet', reason: 'number', detail: '5 maanden' }],
  ['venster -3', { command: 'windowSet', reason: 'number', detail: '-3' }],
  ['venster 2.5', { command: 'windowSet', reason: 'number', detail: '2.5' }],
  ['dialoog annuleer twee', { command: 'dialogueCancel', reason: 'number', detail: 'twee' }],
  ['dialoog verzet 0 13 maart', { command: 'dialogueMove', reason: 'number', detail: '0' }],
  // person
  ['coordinator Sanne', { command: 'addCoordinator', reason: 'person', detail: 'Sanne' }],
  ['coordinator @ Stad', { command: 'addCoordinator', reason: 'person', detail: '@' }],
  ['regioleider Piet Binnenmeren', { command: 'regionLead', reason: 'person', detail: 'Piet' }],
  // on/off
  ['herinneringen misschien', { command: 'reminders', reason: 'onOff', detail: 'misschien' }],
  ['reminders aan uit', { command: 'reminders', reason: 'unexpectedArgument', detail: 'uit' }],
  // sub-commands
  ['dialoog verzt 2', { command: 'dialogue', reason: 'subcommand', detail: 'verzt', suggestion: 'verzet' }],
  ['digest abonee', { command: 'digest', reason: 'subcommand', detail: 'abonee', suggestion: 'abonneer' }],
  ['regio lijst', { command: 'region', reason: 'subcommand', detail: 'lijst' }],
  ['partnerschap weg', { command: 'partnership', reason: 'subcommand', detail: 'weg' }],
];

describe('parseCommand: invalid arguments', () => {
  test.each(cases)('%j', (input, expected) => {
    expect(parseCommand(input)).toEqual({ kind: 'invalid', ...expected });
  });

  test.each(cases)('%j has a friendly message in both languages that shows the right form', (input) => {
    const parsed = parseCommand(input);
    if (parsed.kind !== 'invalid') throw new Error(`expected invalid, got ${parsed.kind}`);
    const nl = formatParseProblem(parsed, 'nl');
    const en = formatParseProblem(parsed, 'en');
    expect(nl).toMatch(/Zo werkt het: \S/);
    expect(en).toMatch(/This is how it works: \S/);
    expect(nl).not.toMatch(/\{\w+\}/);
    expect(en).not.toMatch(/\{\w+\}/);
  });
});

describe('formatParseProblem', () => {
  test('time error shows what was typed, an example and the usage', () => {
    expect(formatParseProblem(parseCommand('ritme wekelijks dinsdag 25:00') as never, 'nl')).toBe(
      'Dit begreep ik niet: "25:00". Schrijf de tijd als uu:mm, bijvoorbeeld 09:00 of 14:30. ' +
        'Zo werkt het: ritme wekelijks|tweewekelijks|maandelijks <dag> <uu:mm>',
    );
  });

  test('unknown focus lists the focus points; a near miss offers one', () => {
    expect(formatParseProblem(parseCommand('focus onzin') as never, 'nl')).toContain('De focuspunten zijn: kwaliteit, doelstellingen');
    expect(formatParseProblem(parseCommand('focus finacien') as never, 'en')).toContain('Did you mean "financien"?');
  });

  test('unknown commands suggest the closest command word', () => {
    expect(formatParseProblem(parseCommand('koppl X') as never, 'nl')).toBe(
      'Dat commando ken ik niet. Bedoel je "koppel"? Typ "help" voor alles wat ik kan.',
    );
    expect(formatParseProblem(parseCommand('blabla') as never, 'en')).toBe(
      'I don\'t know that command. Type "help" to see everything I can do.',
    );
  });
});

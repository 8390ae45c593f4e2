import type { Locale } from '../i18n/locale';

/**
 * What a message can start with. Each entry is a sequence of normalized words
 * (lower-case, no accents) and the head it stands for. Dutch first: on a tie
 * in "did you mean", the earlier entry wins.
 */
export type CommandHead =
  | 'help' | 'link' | 'addCoordinator' | 'status' | 'askNow' | 'myAnswers'
  | 'rhythm' | 'focus' | 'window' | 'pause' | 'resume' | 'blackout' | 'reminders'
  | 'circlesStart' | 'dialogue' | 'dialoguePlan' | 'dialogueList' | 'dialogueMove' | 'dialogueCancel'
  | 'digest' | 'digestSubscribe' | 'digestStop' | 'digestNow' | 'myData' | 'forgetMe'
  | 'region' | 'regionNew' | 'partnership' | 'partnershipNew' | 'partnershipList' | 'regionLead'
  | 'privacy' | 'audit';

export interface CommandPhrase {
  readonly words: readonly string[];
  readonly head: CommandHead;
  /** Language the phrase gives away; undefined when it is the same in both. */
  readonly locale?: Locale;
}

const nl = (phrase: string, head: CommandHead): CommandPhrase => ({ words: phrase.split(' '), head, locale: 'nl' });
const en = (phrase: string, head: CommandHead): CommandPhrase => ({ words: phrase.split(' '), head, locale: 'en' });
const both = (phrase: string, head: CommandHead): CommandPhrase => ({ words: phrase.split(' '), head });

export const COMMAND_PHRASES: readonly CommandPhrase[] = [
  both('help', 'help'), nl('hulp', 'help'),
  nl('koppel', 'link'), nl('koppelen', 'link'), en('link', 'link'),
  // "coördinator" normalizes to "coordinator", the same word in both languages.
  both('coordinator', 'addCoordinator'),
  both('status', 'status'),
  nl('vraag nu', 'askNow'), nl('vraag', 'askNow'), en('ask now', 'askNow'), en('ask', 'askNow'),
  nl('mijn antwoorden', 'myAnswers'), en('my answers', 'myAnswers'),
  nl('ritme', 'rhythm'), en('rhythm', 'rhythm'),
  both('focus', 'focus'), nl('focuspunten', 'focus'),
  nl('venster', 'window'), nl('antwoordvenster', 'window'), en('window', 'window'),
  nl('pauze', 'pause'), nl('pauzeer', 'pause'), en('pause', 'pause'),
  nl('hervat', 'resume'), nl('hervatten', 'resume'), en('resume', 'resume'),
  nl('vrij', 'blackout'), en('blackout', 'blackout'), en('skip', 'blackout'),
  nl('herinneringen', 'reminders'), nl('herinnering', 'reminders'), en('reminders', 'reminders'), en('reminder', 'reminders'),
  nl('cirkels', 'circlesStart'), nl('partners in beeld', 'circlesStart'), en('circles', 'circlesStart'),
  nl('dialoog plan', 'dialoguePlan'), nl('dialoog plannen', 'dialoguePlan'),
  nl('dialoog lijst', 'dialogueList'), nl('dialogen', 'dialogueList'),
  nl('dialoog verzet', 'dialogueMove'), nl('dialoog verzetten', 'dialogueMove'),
  nl('dialoog annuleer', 'dialogueCancel'), nl('dialoog annuleren', 'dialogueCancel'),
  nl('dialoog', 'dialogue'),
  en('dialogue plan', 'dialoguePlan'), en('dialogue list', 'dialogueList'), en('dialogues', 'dialogueList'),
  en('dialogue move', 'dialogueMove'), en('dialogue reschedule', 'dialogueMove'), en('dialogue cancel', 'dialogueCancel'),
  en('dialogue', 'dialogue'), en('dialog', 'dialogue'),
  nl('digest abonneer', 'digestSubscribe'), nl('digest aanmelden', 'digestSubscribe'),
  nl('digest opzeggen', 'digestStop'), nl('digest afmelden', 'digestStop'), nl('digest nu', 'digestNow'),
  en('digest subscribe', 'digestSubscribe'), en('digest unsubscribe', 'digestStop'), en('digest now', 'digestNow'),
  both('digest stop', 'digestStop'), both('digest', 'digest'),
  nl('mijn gegevens', 'myData'), en('my data', 'myData'),
  nl('vergeet mij', 'forgetMe'), nl('vergeet me', 'forgetMe'), en('forget me', 'forgetMe'),
  both('privacy', 'privacy'), nl('privacybeleid', 'privacy'), en('privacy policy', 'privacy'),
  both('audit', 'audit'), nl('logboek', 'audit'), en('audit log', 'audit'),
  nl('regio nieuw', 'regionNew'), nl('regioleider', 'regionLead'), nl('regio leider', 'regionLead'), nl('regio', 'region'),
  en('region new', 'regionNew'), en('regionlead', 'regionLead'), en('region lead', 'regionLead'), en('region', 'region'),
  nl('partnerschap nieuw', 'partnershipNew'), nl('partnerschap lijst', 'partnershipList'),
  nl('partnerschappen', 'partnershipList'), nl('partnerschap', 'partnership'),
  en('partnership new', 'partnershipNew'), en('partnership list', 'partnershipList'),
  en('partnerships', 'partnershipList'), en('partnership', 'partnership'),
];

/** Every command phrase, for "did you mean" and documentation. */
export const COMMAND_WORDS: readonly string[] = [...new Set(COMMAND_PHRASES.map((p) => p.words.join(' ')))];

/** Sub-command words per group, for a suggestion after e.g. "dialoog verzt". */
export const GROUP_SUBCOMMANDS: Readonly<Record<'dialogue' | 'digest' | 'region' | 'partnership', readonly string[]>> = {
  dialogue: ['plan', 'lijst', 'verzet', 'annuleer', 'list', 'move', 'cancel'],
  digest: ['abonneer', 'stop', 'nu', 'subscribe', 'now'],
  region: ['nieuw', 'new'],
  partnership: ['nieuw', 'lijst', 'new', 'list'],
};

/** The longest phrase at the start of `norms` (normalized words of the first tokens). */
export function matchPhrase(norms: readonly string[]): CommandPhrase | undefined {
  let best: CommandPhrase | undefined;
  for (const phrase of COMMAND_PHRASES) {
    if (best && best.words.length >= phrase.words.length) continue;
    if (phrase.words.every((word, i) => norms[i] === word)) best = phrase;
  }
  return best;
}

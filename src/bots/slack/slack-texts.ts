/**
 * The few texts only the Slack adapter needs (App Home headings, the coordinator notice when a channel is gone,
 * linking where Oogst is not a member, malformed requests). Kept here, beside their only user, in both languages
 * like src/domain/i18n.
 */
import { Locale } from '../../domain/i18n';

const TEXTS = {
  'home.title': { nl: 'Oogst', en: 'Oogst' },
  'home.intro': {
    nl: 'Hier zie je de open reflectievragen van je partnerschappen en je eigen recente antwoorden.',
    en: 'Here you find the open reflection prompts of your partnerships and your own recent answers.',
  },
  'home.openPrompts': { nl: 'Open vragen', en: 'Open prompts' },
  'home.noOpenPrompts': { nl: 'Er staat nu geen vraag voor je open.', en: 'There is no open prompt for you right now.' },
  'home.answered': { nl: 'Je hebt geantwoord; je kunt je antwoord nog bewerken.', en: 'You answered; you can still edit your answer.' },
  'home.status': { nl: 'Status (jij bent coördinator)', en: 'Status (you are coordinator)' },
  'home.notMember': {
    nl: 'Je hoort nog niet bij een partnerschap. Antwoord op een vraag in het kanaal van je partnerschap, of vraag je coördinator om het kanaal te koppelen.',
    en: 'You are not part of a partnership yet. Answer a prompt in your partnership channel, or ask your coordinator to link the channel.',
  },
  'modal.close': { nl: 'Sluiten', en: 'Close' },
  'form.alreadySaved': {
    nl: 'Dit formulier had je al verstuurd; het is opgeslagen (of wordt dat nu). Wil je nog iets wijzigen? Open het dan opnieuw.',
    en: 'You had already sent this form; it is saved (or being saved now). Want to change something? Open it again.',
  },
  'request.malformed': {
    nl: 'Dit verzoek kon ik niet lezen, dus er is niets opgeslagen. Probeer het opnieuw vanuit het bericht.',
    en: 'I could not read this request, so nothing was saved. Please try again from the message.',
  },
  'request.notSaved': { nl: 'Je antwoord is niet opgeslagen:', en: 'Your answer was not saved:' },
  'channel.gone': {
    nl: 'Ik kan niet meer posten in het Slack-kanaal #{channel} van {partnership} (het is gearchiveerd, verwijderd of ik ben eruit gehaald). De koppeling is daarom uitgezet. Voeg mij opnieuw toe aan een kanaal en typ daar: /oogst koppel {partnership}',
    en: 'I can no longer post in the Slack channel #{channel} of {partnership} (it was archived, deleted, or I was removed). The link has been switched off. Add me to a channel again and type there: /oogst link {partnership}',
  },
  'link.notInChannel': {
    nl: 'Ik zit nog niet in dit kanaal, dus ik heb niets gekoppeld. Nodig mij eerst uit met /invite @Oogst en typ dan opnieuw: /oogst koppel {partnership}',
    en: 'I am not in this channel yet, so nothing was linked. Invite me first with /invite @Oogst, then type again: /oogst link {partnership}',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type SlackTextKey = keyof typeof TEXTS;

export function slackText(locale: Locale, key: SlackTextKey, params: Record<string, string | number> = {}): string {
  return TEXTS[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

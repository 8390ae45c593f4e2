/**
 * The panel cards from their view models: every one valid for the official Adaptive Cards renderer (1.5) and
 * within Block Kit's limits (messages and modals), pure (a frozen view model, the same JSON twice), and the
 * buttons carry their targets the way the handlers read them back.
 */
import { checkAdaptiveCard, findByType } from '../support/adaptive-card-check';
import { checkBlockKitMessage, checkModalView } from '../support/block-kit-check';
import { formAdaptiveCard, formModalView, panelAdaptiveCard, panelBlocks, type PanelView } from '../../src/cards';
import { parseButtonValue } from '../../src/bots/shared/panel-ids';
import { circlesPanel } from '../../src/bots/shared/circles.presenter';
import { circleForm, CIRCLE_FORMS } from '../../src/bots/shared/circles-forms.presenter';
import { dialoguePanel } from '../../src/bots/shared/dialogue.presenter';
import { followUpForm, planForm } from '../../src/bots/shared/dialogue-forms.presenter';
import { loadConfig } from '../../src/config';
import type { DialogueRecord } from '../../src/domain/dialogues/dialogue.types';
import type { PersonRecord } from '../../src/domain/model/records';
import { sampleState } from './circles-sample';

const deps = { config: loadConfig({ PUBLIC_BASE_URL: 'https://oogst.example.org', OOGST_LINK_SECRET: 'x'.repeat(40) }), clock: { now: () => new Date('2027-03-01T09:00:00Z') } };
const person: PersonRecord = { id: 'p1', displayName: 'Anna', email: null, locale: 'nl', remindersEnabled: true };
const dialogue: DialogueRecord = {
  id: '5f0c3c2e-8a1b-4a7e-9d2f-1c2b3a4d5e6f', partnershipId: 'p', number: 2, exerciseId: null, bindingId: null, title: 'Gesprek <met> & zo', actors: ['Wethouder (Gemeente)'],
  goalCodes: ['draagvlak'], goalText: null, format: 'pilot', startsAt: new Date('2027-03-29T12:00:00Z'), durationMinutes: 60, timeZone: 'Europe/Amsterdam',
  location: null, owner: { id: 'p1', displayName: 'Anna', email: null }, createdById: 'p1', status: 'planned', sequence: 0, followUp: null,
  participants: [{ person: null, email: 'gast@example.org' }], createdAt: new Date(), updatedAt: new Date(),
};
const draft = { now: new Date(), locale: 'nl' as const, members: new Map([['p1', person]]), exerciseActors: new Map([['a1', 'Wethouder (Gemeente)']]) };

const panels: [string, () => PanelView][] = [
  ['circles open', () => circlesPanel(deps, sampleState('open'), 'nl', 'Opgeslagen.')],
  ['circles closed', () => circlesPanel(deps, sampleState('closed'), 'en')],
  ['dialogue planned', () => dialoguePanel(deps, dialogue, 'nl', 'Gepland.')],
  ['dialogue cancelled', () => dialoguePanel(deps, { ...dialogue, status: 'cancelled' }, 'nl')],
  ['dialogue awaiting follow-up', () => dialoguePanel({ ...deps, clock: { now: () => new Date('2027-04-05T09:00:00Z') } }, dialogue, 'nl')],
  ['plan form', () => ({ type: 'form', title: 'plan', view: planForm({ draft, locale: 'nl', ownerId: 'p1', context: {} }), openLabel: 'Plannen' })],
];
const forms = [
  ...CIRCLE_FORMS.map((id) => [id, () => circleForm(id, { state: sampleState('open'), person, locale: 'nl', actorId: sampleState().actors[0].id })] as const),
  ['dialogue.plan (edit)', () => planForm({ draft, locale: 'en', ownerId: 'p1', context: { dialogueId: dialogue.id }, dialogue, errors: { date: 'Te laat.' } })] as const,
  ['dialogue.followUp', () => followUpForm(dialogue, 'nl')] as const,
];

const frozen = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(frozen);
  }
  return value;
};

describe('panel cards', () => {
  it.each(panels)('%s: a valid Adaptive Card and Block Kit message, rendered purely', (_name, make) => {
    const panel = frozen(make());
    const card = panelAdaptiveCard(panel);
    expect(checkAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(panelAdaptiveCard(panel))).toBe(JSON.stringify(card));
    const message = panelBlocks(panel);
    expect(checkBlockKitMessage(message)).toEqual([]);
    for (const block of message.blocks.filter((b) => b.type === 'actions')) {
      for (const button of block.elements) expect(parseButtonValue(button.value ?? '')).toBeDefined();
    }
  });

  it.each(forms)('%s: a valid form card and Slack modal', (_name, make) => {
    const form = frozen(make());
    expect(checkAdaptiveCard(formAdaptiveCard(form))).toEqual([]);
    expect(checkModalView(formModalView(form, JSON.stringify({ f: form.formId })))).toEqual([]);
  });

  it('the closed exercise shows the picture and links only with signed URLs', () => {
    const card = panelAdaptiveCard(circlesPanel(deps, sampleState('closed'), 'nl'));
    const [image] = findByType(card, 'Image');
    expect(String(image.url)).toMatch(/^https:\/\/oogst\.example\.org\/files\/circles\/[0-9a-f-]+\/diagram\.png\?expires=\d+&signature=[0-9a-f]{64}$/);
    expect(findByType(panelAdaptiveCard(circlesPanel(deps, sampleState('open'), 'nl')), 'Image')).toEqual([]);
  });

  it('user text is escaped where Slack reads mrkdwn, and left as is in plain_text', () => {
    const message = panelBlocks(dialoguePanel(deps, { ...dialogue, location: 'Zaal <2> & 3' }, 'nl'));
    expect(message.text).toContain('Gesprek &lt;met&gt; &amp; zo');
    expect(JSON.stringify(message.blocks)).toContain('Zaal &lt;2&gt; &amp; 3');
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Dialoogtafel 2: Gesprek <met> & zo' } });
  });
});

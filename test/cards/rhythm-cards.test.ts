/** The reminder and closing-summary renderers: valid for the official renderer and Slack's limits, typed text kept inert. */
import { ACTIONS, reminderAdaptiveCard, reminderBlocks, summaryAdaptiveCard, summaryBlocks, type SummaryViewModel } from '../../src/cards';
import { summaryView } from '../../src/bots/shared/rhythm-notices.presenter';
import { summarize } from '../../src/domain/rhythm/closing-summary';
import type { AnswerRecord, PromptRecord } from '../../src/domain/model/records';
import { checkAdaptiveCard, findByType } from '../support/adaptive-card-check';
import { checkBlockKitMessage } from '../support/block-kit-check';
import { oversizedPromptVm, promptVm } from './fixtures/view-models.fixture';

const reminder = { text: 'Nog even: de vraag over Kwaliteit staat open tot dinsdag 3 februari, 09:00.', prompt: promptVm({ existingAnswer: { score: 2, shareAnonymously: false }, confirmation: 'Dank je!' }) };

const prompt: PromptRecord = { id: 'p1', partnershipId: 'x', slotKey: 's', focusCode: 'kwaliteit', opensAt: new Date('2027-01-12T08:00:00Z'), closesAt: new Date('2027-01-17T08:00:00Z'), status: 'closed' };
const answer = (score: number, keyword: string, scenario: string): AnswerRecord => ({
  id: `a${score}${keyword}`, promptId: 'p1', personId: `person-${score}`, score, keyword, scenario, shareAnonymously: true, createdAt: new Date(), updatedAt: new Date(),
});
const answers = [answer(4, '[klik](https://evil.example)', 'Een <@U123> brug & meer'), answer(2, 'brug', 'Samen *regelen*'), answer(5, 'brug', 'x'.repeat(400))];

describe('reminder renderers', () => {
  it('Teams: the reminder banner above the empty answer form, never a pre-filled answer or a confirmation', () => {
    const card = reminderAdaptiveCard(reminder);
    expect(checkAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card.body[0])).toContain('Nog even');
    expect(JSON.stringify(card)).not.toContain('Dank je!');
    expect(findByType(card, 'Input.ChoiceSet')[0]).not.toHaveProperty('value');
    expect(findByType(card, 'Action.Execute')[0]).toMatchObject({ verb: ACTIONS.submitAnswer, data: { promptId: reminder.prompt.promptId } });
  });

  it('Slack: text, focus point and the Beantwoorden button of the channel message; no button once closed', () => {
    const open = reminderBlocks(reminder);
    expect(checkBlockKitMessage(open)).toEqual([]);
    expect(open.text).toMatch(/^Nog even/);
    const actions = open.blocks.filter((b) => b.type === 'actions');
    expect(JSON.stringify(actions)).toContain(`"action_id":"${ACTIONS.openAnswer}","text":{"type":"plain_text","text":"Beantwoorden","emoji":true},"value":"${reminder.prompt.promptId}"`);
    const closed = reminderBlocks({ ...reminder, prompt: { ...reminder.prompt, state: 'closed' } });
    expect(closed.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(checkBlockKitMessage(reminderBlocks({ text: 'x'.repeat(5000), prompt: oversizedPromptVm() }))).toEqual([]);
  });
});

describe('summary renderers', () => {
  const vm: SummaryViewModel = summaryView(summarize(prompt, answers), 'nl');

  it('splits the shared quotes from the lines summaryLines() gives', () => {
    expect(vm.title).toBe('Oogst van de vraag over Kwaliteit');
    expect(vm.lines).toEqual(['Deze vraag is gesloten. Er kwamen 3 antwoorden binnen.', 'Gemiddelde score: 3,7 van 5.', 'Trefwoorden: brug en [klik](https://evil.example).', 'Anoniem gedeeld:']);
    expect(vm.quotes).toHaveLength(3);
  });

  it('Teams: typed text sits in TextRuns, so a typed markdown link stays text', () => {
    const card = summaryAdaptiveCard(vm);
    expect(checkAdaptiveCard(card)).toEqual([]);
    const texts = findByType(card, 'TextBlock').map((b) => String(b.text));
    expect(texts).toEqual(['Oogst van de vraag over Kwaliteit']);
    expect(findByType(card, 'TextRun').map((r) => r.text)).toContain('Trefwoorden: brug en [klik](https://evil.example).');
  });

  it('Slack: escapes mentions and links, quotes the shared texts, stays within limits', () => {
    const message = summaryBlocks(vm);
    expect(checkBlockKitMessage(message)).toEqual([]);
    const all = JSON.stringify(message.blocks);
    expect(all).toContain('&lt;@U123&gt; brug &amp; meer');
    expect(all).not.toContain('<@U123>');
    expect(all).toContain('>_Samen *regelen*_');
    expect(checkBlockKitMessage(summaryBlocks({ ...vm, quotes: Array.from({ length: 80 }, () => 'y'.repeat(2900)) }))).toEqual([]);
  });
});

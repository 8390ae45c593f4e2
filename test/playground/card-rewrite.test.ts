/** The card rewrite that makes the bot's Adaptive Cards work in Web Chat the way they work in Teams. */
import { refreshActionFor, rewriteAttachments, takeMarker } from '../../src/playground/relay/card-rewrite';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

const execute = {
  type: 'Action.Execute', title: 'Versturen', verb: 'oogst.answer.submit', style: 'positive', data: { action: 'oogst.answer.submit', promptId: 'p1' },
  fallback: { type: 'Action.Submit', title: 'Versturen', style: 'positive', data: { action: 'oogst.answer.submit', promptId: 'p1' } },
};
const card = {
  type: 'AdaptiveCard', version: '1.5',
  refresh: { action: { type: 'Action.Execute', verb: 'oogst.answer.refresh', data: { promptId: 'p1' } } },
  body: [
    { type: 'TextBlock', text: 'Kwaliteit' },
    { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Status', data: { action: 'oogst.command.run', command: 'status' } }] },
    { type: 'Container', selectAction: { type: 'Action.OpenUrl', url: 'https://example.org' }, items: [] },
  ],
  actions: [execute],
};

function references() {
  const targets: { verb?: string }[] = [];
  return { targets, reference: (target: { verb?: string }) => `r${targets.push(target)}` };
}

describe('rewriteAttachments', () => {
  it('turns Action.Execute into an Action.Submit carrying a reference to the verb, and drops refresh', () => {
    const { targets, reference } = references();
    const [attachment] = rewriteAttachments([{ contentType: ADAPTIVE, content: card }], 'execute', reference) as { content: typeof card }[];
    const out = attachment.content;
    expect(out.refresh).toBeUndefined();
    expect(out.actions).toEqual([{ type: 'Action.Submit', title: 'Versturen', style: 'positive', data: { action: 'oogst.answer.submit', promptId: 'p1', __playground: 'r2' } }]);
    expect(out.body[1]).toEqual({ type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Status', data: { action: 'oogst.command.run', command: 'status', __playground: 'r1' } }] });
    expect(out.body[2]).toEqual(card.body[2]); // OpenUrl untouched
    expect(targets).toEqual([{}, { verb: 'oogst.answer.submit' }]);
  });

  it('in "submit" mode uses the Execute fallback, as a Teams client without Universal Actions does', () => {
    const { targets, reference } = references();
    const [attachment] = rewriteAttachments([{ contentType: ADAPTIVE, content: card }], 'submit', reference) as { content: typeof card }[];
    expect(attachment.content.actions).toEqual([{ type: 'Action.Submit', title: 'Versturen', style: 'positive', data: { action: 'oogst.answer.submit', promptId: 'p1', __playground: 'r2' } }]);
    expect(targets[1]).toEqual({});
    const noFallback = { type: 'AdaptiveCard', actions: [{ type: 'Action.Execute', verb: 'x' }] };
    const [dropped] = rewriteAttachments([{ contentType: ADAPTIVE, content: noFallback }], 'submit', reference) as { content: { actions: unknown[] } }[];
    expect(dropped.content.actions).toEqual([]);
  });

  it('leaves other attachments and string Submit data (sent as text) alone', () => {
    const hero = { contentType: 'application/vnd.microsoft.card.hero', content: { title: 'x' } };
    const imBack = { contentType: ADAPTIVE, content: { type: 'AdaptiveCard', actions: [{ type: 'Action.Submit', data: 'help' }] } };
    const out = rewriteAttachments([hero, imBack], 'execute', () => 'r');
    expect(out).toEqual([hero, { contentType: ADAPTIVE, content: { type: 'AdaptiveCard', actions: [{ type: 'Action.Submit', data: 'help' }] } }]);
    expect(rewriteAttachments(undefined, 'execute', () => 'r')).toEqual([]);
  });
});

describe('refreshActionFor', () => {
  const withRefresh = (userIds?: string[]) => [{ contentType: ADAPTIVE, content: { ...card, refresh: { ...card.refresh, ...(userIds ? { userIds } : {}) } } }];

  it('runs automatically for every viewer when userIds is absent, else only for those listed', () => {
    expect(refreshActionFor(withRefresh(), '29:a')).toEqual({ verb: 'oogst.answer.refresh', data: { promptId: 'p1' } });
    expect(refreshActionFor(withRefresh(['29:a']), '29:a')).toBeDefined();
    expect(refreshActionFor(withRefresh(['29:b']), '29:a')).toBeUndefined();
    expect(refreshActionFor([{ contentType: ADAPTIVE, content: { type: 'AdaptiveCard' } }], '29:a')).toBeUndefined();
  });
});

describe('takeMarker', () => {
  it('splits the reference from what the bot should see', () => {
    expect(takeMarker({ action: 'a', score: '3', __playground: 'r7' })).toEqual({ ref: 'r7', value: { action: 'a', score: '3' } });
    expect(takeMarker({ score: '3' })).toEqual({ value: { score: '3' } });
    expect(takeMarker('text')).toEqual({});
  });
});

/**
 * The platforms' side of a benchmark in a process of its own: the rate-limited Slack Web API and Bot Connector.
 * They time every arrival to judge the limits, so they must not share an event loop with the load generator
 * (a busy loop would stamp arrivals late and report violations that never happened). Driven over IPC by
 * remote-platforms.ts; prints nothing.
 */
import { LimitedBotConnector } from './limited-bot-connector';
import { LimitedSlackApi } from './limited-slack-api';

export type Request =
  | { id: number; op: 'tenants'; entries: [string, string][] }
  | { id: number; op: 'latency'; ms: number }
  | { id: number; op: 'stats' }
  | { id: number; op: 'posts' }
  | { id: number; op: 'stop' };

export interface PlatformStats {
  counts: Record<string, number>;
  peaksPerMinute: Record<string, number>;
  violations: number;
  violationDetails: string[];
}

export interface Post { platform: 'slack' | 'teams'; channel: string; at: number }

async function main(): Promise<void> {
  const tenants = new Map<string, string>();
  const slack = await LimitedSlackApi.start();
  const connector = await LimitedBotConnector.start((conversationId) => tenants.get(conversationId) ?? 'tenant');
  const answer = (id: number, value: unknown) => process.send?.({ id, value });
  process.on('message', (message: Request) => {
    switch (message.op) {
      case 'tenants':
        for (const [conversation, tenant] of message.entries) tenants.set(conversation, tenant);
        return answer(message.id, true);
      case 'latency':
        slack.latencyMs = message.ms;
        connector.latencyMs = message.ms;
        return answer(message.id, true);
      case 'stats': {
        const counts: Record<string, number> = {};
        for (const call of slack.calls) counts[call.method] = (counts[call.method] ?? 0) + 1;
        for (const call of connector.calls) counts[`teams ${call.operation}`] = (counts[`teams ${call.operation}`] ?? 0) + 1;
        const stats: PlatformStats = {
          counts,
          peaksPerMinute: { 'chat.update': slack.peakPerMinute('chat.update'), 'chat.postEphemeral': slack.peakPerMinute('chat.postEphemeral') },
          violations: slack.limits.violations.length + connector.limits.violations.length,
          violationDetails: [...slack.limits.describe(), ...connector.limits.describe()],
        };
        return answer(message.id, stats);
      }
      case 'posts': {
        const posts: Post[] = [
          ...slack.calls.filter((c) => c.method === 'chat.postMessage').map((c) => ({ platform: 'slack' as const, channel: c.channel ?? '?', at: c.at })),
          ...connector.calls.filter((c) => c.operation === 'send').map((c) => ({ platform: 'teams' as const, channel: c.conversationId, at: c.at })),
        ];
        return answer(message.id, posts);
      }
      case 'stop':
        void Promise.all([slack.stop(), connector.stop()]).then(() => {
          answer(message.id, true);
          process.exit(0);
        });
    }
  });
  process.send?.({ ready: { slackUrl: slack.url, slackTeamId: slack.teamId, connectorUrl: connector.url } });
}

void main();

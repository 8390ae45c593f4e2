/**
 * Sends an activity to the bot the way the Teams service does: an HTTP POST to the app's own /api/messages, so the
 * real endpoint, its validation, botbuilder and the Teams handlers run. No token: the playground only makes sense
 * in local mode (no MicrosoftAppId), where the endpoint accepts a Bot Connector on this machine without one.
 */
import { TeamsActivity } from './teams-activity.factory';

export interface BotResponse {
  status: number;
  /** JSON body (an invoke's response), or undefined. */
  body?: unknown;
}

/** Teams gives up on a bot after 15 seconds and retries; the playground just reports it. */
const TIMEOUT_MS = 15_000;

export class BotClient {
  constructor(private readonly messagesUrl: string) {}

  async send(activity: TeamsActivity): Promise<BotResponse> {
    const res = await fetch(this.messagesUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, body };
  }
}

/** Why the bot refused, in words for the person at the page (the log has the details). */
export function refusalText(status: number): string {
  if (status === 401) {
    return 'Oogst weigerde het bericht (401): met MicrosoftAppId ingesteld vraagt /api/messages een Bot Framework-token. De playground werkt alleen in lokale modus (zonder MicrosoftAppId).';
  }
  if (status === 403) return 'Oogst weigerde het bericht (403): in lokale modus neemt /api/messages alleen berichten van deze machine aan.';
  return `Oogst antwoordde met HTTP ${status}. Kijk in het log van de server voor de reden.`;
}

/**
 * Links the playground page shows next to the chat, such as "the latest digest report" for the regional lead
 * you play. Features register a source when they exist (e.g. app.ts: `playground.links.register(...)` once the
 * digest report route is there); the page asks /playground/config for the chosen person and shows the slot only
 * when a source returned something. No source, no slot: the page never shows a placeholder.
 */
import { PlaygroundChannel, PlaygroundPersona } from './personas';

export interface PlaygroundLink { label: string; href: string }
export interface LinkContext { persona: PlaygroundPersona; channel: PlaygroundChannel }
export type LinkSource = (context: LinkContext) => PlaygroundLink[] | Promise<PlaygroundLink[]>;

export class PlaygroundLinks {
  private readonly sources: LinkSource[] = [];

  register(source: LinkSource): void {
    this.sources.push(source);
  }

  /** Every source's links for this person; a failing source contributes nothing (and is logged by the caller). */
  async for(context: LinkContext, onError: (error: unknown) => void): Promise<PlaygroundLink[]> {
    const results = await Promise.allSettled(this.sources.map(async (source) => source(context)));
    return results.flatMap((result) => {
      if (result.status === 'fulfilled') return result.value.filter((link) => /^(https?:\/\/|\/)/.test(link.href));
      onError(result.reason);
      return [];
    });
  }
}

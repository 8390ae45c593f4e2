/**
 * Slack's own tables and queries the domain ports do not cover: OAuth installations and the Slack user ids of
 * a partnership's coordinators (to DM them). PlatformDeps carries repositories, not the Prisma client, so this
 * opens its own handle on the same database, lazily: in single-workspace mode it is only needed when a channel
 * is gone. (If PlatformDeps gains the Prisma client, pass it to `fromClient` instead.)
 */
import { Database, Db, openDatabase } from '../../../storage/database';

export class SlackStorage {
  private opened?: Promise<Database>;
  private client?: Db;

  private constructor(private readonly url: string | undefined) {}

  static forUrl(url: string): SlackStorage {
    return new SlackStorage(url);
  }

  static fromClient(client: Db): SlackStorage {
    const storage = new SlackStorage(undefined);
    storage.client = client;
    return storage;
  }

  async db(): Promise<Db> {
    if (this.client) return this.client;
    if (!this.url) throw new Error('SlackStorage has neither a client nor a database URL');
    this.opened ??= openDatabase(this.url);
    return (await this.opened).prisma;
  }

  async close(): Promise<void> {
    if (!this.opened) return;
    const opened = this.opened;
    this.opened = undefined;
    await (await opened).close();
  }
}

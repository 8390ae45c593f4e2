/** A DialogueNotifier at the far side of the platform boundary: records what would be posted. */
import type { DialogueNotice, DialogueNotifier } from '../../src/domain/dialogues/dialogue.ports';
import type { BindingRecord } from '../../src/domain/model/records';

export class RecordingNotifier implements DialogueNotifier {
  readonly sent: { binding: BindingRecord; notice: DialogueNotice }[] = [];
  failNext = 0;
  constructor(readonly platform: 'teams' | 'slack' = 'slack') {}
  async send(binding: BindingRecord, notice: DialogueNotice) {
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('platform down');
    }
    this.sent.push({ binding, notice });
    return { messageId: `notice-${this.sent.length}` };
  }
  kinds(): string[] {
    return this.sent.map((s) => `${s.notice.kind}:${s.notice.dialogue.number}:${s.notice.round}`);
  }
}

import { Repositories } from '../../domain/ports';
import { Db } from '../database';
import { answerRepository } from './answer.repository';
import { bindingRepository } from './binding.repository';
import { deliveryLog } from './delivery-log';
import { partnershipRepository } from './partnership.repository';
import { peopleRepository } from './people.repository';
import { promptRepository } from './prompt.repository';
import { regionRepository } from './region.repository';
import { rhythmRepository } from './rhythm.repository';
import { scheduleRepository } from './schedule.repository';
import { setupTransactions } from '../setup.store';
import { auditRepository } from '../privacy/audit.repository';
import { privacyStore } from '../privacy/privacy.store';
import { circleRepository } from './circle.repository';
import { dialogueRepository } from './dialogue.repository';
import { digestRepository } from '../digest/digest-subscription.repository';

export function createRepositories(db: Db): Repositories {
  return {
    people: peopleRepository(db),
    partnerships: partnershipRepository(db),
    bindings: bindingRepository(db),
    prompts: promptRepository(db),
    answers: answerRepository(db),
    deliveries: deliveryLog(db),
    schedules: scheduleRepository(db),
    rhythm: rhythmRepository(db),
    regions: regionRepository(db),
    setup: setupTransactions(db),
    privacy: privacyStore(db),
    audit: auditRepository(db),
    circles: circleRepository(db),
    dialogues: dialogueRepository(db),
    digest: digestRepository(db),
  };
}

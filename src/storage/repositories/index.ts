import { Repositories } from '../../domain/ports';
import { Db } from '../database';
import { answerRepository } from './answer.repository';
import { bindingRepository } from './binding.repository';
import { deliveryLog } from './delivery-log';
import { partnershipRepository } from './partnership.repository';
import { peopleRepository } from './people.repository';
import { promptRepository } from './prompt.repository';

export function createRepositories(db: Db): Repositories {
  return {
    people: peopleRepository(db),
    partnerships: partnershipRepository(db),
    bindings: bindingRepository(db),
    prompts: promptRepository(db),
    answers: answerRepository(db),
    deliveries: deliveryLog(db),
  };
}

import { Clock, DomainLogger, Repositories } from '../ports';
import { AnswerService } from './answer.service';
import { PartnershipService } from './partnership.service';
import { PromptService } from './prompt.service';

export * from './answer.service';
export * from './partnership.service';
export * from './prompt.service';

export interface Services {
  partnerships: PartnershipService;
  prompts: PromptService;
  answers: AnswerService;
}

export function createServices(repos: Repositories, clock: Clock, log: DomainLogger): Services {
  const prompts = new PromptService(repos, clock, log);
  return { partnerships: new PartnershipService(repos, clock), prompts, answers: new AnswerService(repos, prompts) };
}

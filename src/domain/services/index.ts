import { AccessPolicy } from '../access/access.policy';
import { PlatformIdRef } from '../access/platform-id';
import { Clock, DomainLogger, Repositories } from '../ports';
import { AdminService } from '../setup/admin.service';
import { SetupService } from '../setup/setup.service';
import { AnswerService } from './answer.service';
import { PartnershipService } from './partnership.service';
import { PromptService } from './prompt.service';
import { RhythmService } from '../rhythm/rhythm.service';
import type { RhythmOptions } from '../rhythm/rhythm-deps';
import { AuditService } from '../privacy/audit.service';
import { PrivacyService } from '../privacy/privacy.service';
import { RetentionService } from '../privacy/retention.service';
import { CircleService } from '../circles/circle.service';
import { DialogueService } from '../dialogues/dialogue.service';
import { DigestService } from '../digest/digest.service';

export * from './answer.service';
export * from './partnership.service';
export * from './prompt.service';

export interface Services {
  partnerships: PartnershipService;
  prompts: PromptService;
  answers: AnswerService;
  access: AccessPolicy;
  setup: SetupService;
  admin: AdminService;
  rhythm: RhythmService;
  privacy: PrivacyService;
  audit: AuditService;
  retention: RetentionService;
  circles: CircleService;
  dialogues: DialogueService;
  digest: DigestService;
}

export interface ServiceOptions {
  /** OOGST_ADMINS, parsed by the config; nobody is an admin when it is left out. */
  admins?: readonly PlatformIdRef[];
  /** Scheduler grace period and outbox lease (SCHEDULER_GRACE_HOURS). */
  rhythm?: Partial<RhythmOptions>;
  /** OOGST_RETENTION_MONTHS: answers older than this are deleted or reduced to a score (default 24). */
  retentionMonths?: number;
  /** OOGST_DIGEST_MIN_GROUP: the privacy threshold of the weekly digest (default 3, never below 2). */
  digestMinGroup?: number;
}

export function createServices(repos: Repositories, clock: Clock, log: DomainLogger, options: ServiceOptions = {}): Services {
  const prompts = new PromptService(repos, clock, log, { leaseMs: options.rhythm?.leaseMs });
  const access = new AccessPolicy(options.admins ?? [], repos);
  const setup = new SetupService(repos.setup);
  const partnerships = new PartnershipService(repos, clock);
  return {
    partnerships, prompts, answers: new AnswerService(repos, prompts, partnerships, clock),
    access, setup, admin: new AdminService(repos, access, setup),
    rhythm: new RhythmService(repos, prompts, clock, log, options.rhythm),
    privacy: new PrivacyService(repos, clock, access), audit: new AuditService(repos, access),
    retention: new RetentionService(repos, clock, log, options.retentionMonths),
    circles: new CircleService(repos, clock), dialogues: new DialogueService(repos, clock, log, { leaseMs: options.rhythm?.leaseMs }),
    digest: new DigestService(repos, clock, log, { minGroup: options.digestMinGroup, leaseMs: options.rhythm?.leaseMs, graceMs: options.rhythm?.graceMs }),
  };
}

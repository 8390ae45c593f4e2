/**
 * The App Home tab's content for one person: open prompts of their partnerships (answered or not), their recent
 * answers, and for coordinators the partnership status. Built from the domain ports; nothing is created here
 * (someone who never used Oogst just sees how to start).
 */
import { AnswerListViewModel, MessageViewModel } from '../../../cards';
import { focusPointByCode } from '../../../domain/catalogue';
import { formatDate, Locale, t } from '../../../domain/i18n';
import { PersonRecord } from '../../../domain/model/records';
import { PlatformDeps } from '../../shared/platform-deps';
import { statusView } from '../../shared/status.view';
import { slackText } from '../slack-texts';

export interface HomePromptView {
  promptId: string;
  focusLabel: string;
  partnershipName: string;
  closesAtText: string;
  responseCountText: string;
  answeredText?: string;
  buttonLabel: string;
}

export interface HomeViewModel {
  title: string;
  intro: string;
  openPromptsTitle: string;
  prompts: HomePromptView[];
  noPromptsText: string;
  answers?: AnswerListViewModel;
  statuses: { title: string; view: MessageViewModel }[];
}

const RECENT_ANSWERS = 5;

export async function homeViewModel(deps: PlatformDeps, teamId: string, userId: string, locale: Locale): Promise<HomeViewModel> {
  const base: HomeViewModel = {
    title: slackText(locale, 'home.title'),
    intro: slackText(locale, 'home.intro'),
    openPromptsTitle: slackText(locale, 'home.openPrompts'),
    prompts: [],
    noPromptsText: slackText(locale, 'home.noOpenPrompts'),
    statuses: [],
  };
  const person = await deps.repos.people.findByIdentity('slack', teamId, userId);
  if (!person) return { ...base, noPromptsText: slackText(locale, 'home.notMember') };
  const memberships = await membershipsOf(deps, person);
  if (!memberships.length) return { ...base, noPromptsText: slackText(locale, 'home.notMember') };
  const now = deps.clock.now();
  for (const { partnership } of memberships) {
    const prompt = await deps.repos.prompts.latestOpen(partnership.id, now);
    if (!prompt) continue;
    const [count, mine] = await Promise.all([deps.repos.answers.countForPrompt(prompt.id), deps.repos.answers.find(prompt.id, person.id)]);
    base.prompts.push({
      promptId: prompt.id,
      focusLabel: focusPointByCode(prompt.focusCode)?.label[locale] ?? prompt.focusCode,
      partnershipName: partnership.name,
      closesAtText: t(locale, 'card.openUntil', { date: formatDate(locale, prompt.closesAt) }),
      responseCountText: count === 1 ? t(locale, 'card.responses.one') : t(locale, 'card.responses', { count }),
      ...(mine ? { answeredText: slackText(locale, 'home.answered') } : {}),
      buttonLabel: t(locale, 'card.answer'),
    });
  }
  for (const { partnership, role } of memberships) {
    if (role !== 'coordinator') continue;
    base.statuses.push({ title: `${slackText(locale, 'home.status')}: ${partnership.name}`, view: statusView(await deps.services.partnerships.status(partnership.id), locale) });
  }
  const answers = await deps.services.answers.recent(person, RECENT_ANSWERS);
  base.answers = {
    title: t(locale, 'myAnswers.header', { count: answers.length }),
    emptyText: t(locale, 'myAnswers.none'),
    items: answers.map((a) => ({
      focusLabel: `${focusPointByCode(a.focusCode)?.label[locale] ?? a.focusCode} (${a.partnershipName})`,
      dateText: formatDate(locale, a.updatedAt),
      scoreText: `${a.score}/5`,
      excerpt: a.scenario ?? a.keyword ?? a.discussable ?? a.needed ?? '',
    })),
  };
  return base;
}

/** The ports have no "partnerships of a person" query; partnerships are few (tens), so asking each is fine. */
async function membershipsOf(deps: PlatformDeps, person: PersonRecord) {
  const all = await deps.repos.partnerships.list();
  const roles = await Promise.all(all.map((p) => deps.repos.partnerships.roleOf(person.id, p.id)));
  return all.flatMap((partnership, i) => (roles[i] ? [{ partnership, role: roles[i] }] : []));
}

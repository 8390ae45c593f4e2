/**
 * The people and partnerships the playground loads: the demo cases of the working session, plus a few more
 * fictional members in Binnenmeren. The krimpregio's partnerships are small; with only the case's own people
 * none of them would reach the digest's privacy threshold (k = 3 answering people), and the playground should
 * show both sides: VO and PO above it, MBO (two people) below it.
 */
import { DEMO_PLAN } from '../../domain/setup/demo-cases';
import { SetupPlan } from '../../domain/setup/setup-plan';

const BINNENMEREN_PO = 'Opleiden in de Binnenmeren PO';
const BINNENMEREN_VO = 'Opleiden in de Binnenmeren VO';
const BINNENMEREN_MBO = 'Opleiden in de Binnenmeren MBO';

export const PLAYGROUND_EXTRA_PEOPLE: SetupPlan['people'] = [
  { displayName: 'Sven Koster', email: 'sven.koster@binnenmeren.example', memberOf: [BINNENMEREN_PO] },
  { displayName: 'Daan Willems', email: 'daan.willems@binnenmeren.example', memberOf: [BINNENMEREN_VO] },
  { displayName: 'Esther Bos', email: 'esther.bos@binnenmeren.example', memberOf: [BINNENMEREN_VO] },
  { displayName: 'Yara Haddou', email: 'yara.haddou@binnenmeren.example', memberOf: [BINNENMEREN_MBO] },
];

/** DEMO_PLAN plus the extra people; identities are added by withPlaygroundIdentities(). */
export const PLAYGROUND_PLAN: SetupPlan = {
  ...DEMO_PLAN,
  people: [...DEMO_PLAN.people, ...PLAYGROUND_EXTRA_PEOPLE],
};

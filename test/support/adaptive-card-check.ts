/**
 * Checks Adaptive Card JSON with the official renderer (`adaptivecards`), without a DOM.
 *
 * How the renderer reports problems (adaptivecards 3.0.6):
 * - while parsing, into the `SerializationContext` (`eventCount` / `getEventAt(i)`): unknown element
 *   types (`UnknownElementType`), unknown action types (`UnknownActionType`), invalid enum values
 *   (`InvalidPropertyValue`), properties newer than the context's target version (`UnsupportedProperty`);
 * - from `card.validateProperties().validationEvents`: missing or duplicate input ids, empty choice sets,
 *   required inputs without a label, ...
 * Validating `lang` is broken in the package (see the patch below).
 * It does NOT report property names it does not know (a typo such as `isMultiLine` is silently dropped),
 * it does not parse the `fallback` of a known action or element, and it accepts any `version`.
 * This module adds those three checks, plus a required `$schema`.
 */
import { checkTeamsCharts, isAcceptedChartEvent, isChart } from './teams-charts-check';

// The `lib/` entry does not load in Node; the webpack bundle does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

// Bug in adaptivecards 3.0.6: `lang` is checked with a *global* regex (/^[a-z]{2,3}$/gi) through
// `regEx.exec`, whose `lastIndex` survives between calls, so every second valid `lang` ("nl") is
// reported as invalid. Use a non-global copy so results do not depend on what was parsed before.
const langProperty = AC.CardElement.langProperty;
if (langProperty.regEx?.global) {
  langProperty.regEx = new RegExp(langProperty.regEx.source, langProperty.regEx.flags.replace('g', ''));
}

interface PropertyDefinition {
  name: string;
}
interface SerializableObject {
  getSchema(): { getCount(): number; getItemAt(i: number): PropertyDefinition };
  getValue(prop: PropertyDefinition): unknown;
}
interface CardObject extends SerializableObject {
  getJsonTypeName(): string;
  id?: string;
}
interface ValidationEvent {
  source?: CardObject;
  event: number;
  message: string;
}
interface SerializationContext {
  eventCount: number;
  getEventAt(i: number): ValidationEvent;
  onParseElement?: (element: CardObject, source: Record<string, unknown>) => void;
  onParseAction?: (action: CardObject, source: Record<string, unknown>) => void;
}
interface AdaptiveCardsModule {
  CardElement: { langProperty: { regEx?: RegExp } };
  AdaptiveCard: new () => CardObject & {
    parse(json: unknown, context: SerializationContext): void;
    validateProperties(): { validationEvents: ValidationEvent[] };
  };
  SerializationContext: new (targetVersion?: unknown) => SerializationContext;
  SerializableObject: abstract new () => SerializableObject;
  Versions: { v1_5: unknown };
  ValidationEvent: Record<number, string>;
}

export const MAX_TEAMS_VERSION = { major: 1, minor: 5 };
const SCHEMA_URL = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Keys the renderer parses by hand (not in the type's property schema), per type. */
const STRUCTURAL_KEYS: Record<string, string[]> = {
  AdaptiveCard: ['body', 'actions', 'msteams'],
  Container: ['items'],
  Column: ['items'],
  ColumnSet: ['columns'],
  ActionSet: ['actions'],
  RichTextBlock: ['inlines'],
  ImageSet: ['images'],
  Table: ['columns', 'rows'],
  TableRow: ['cells'],
  TableCell: ['items'],
  'Action.ShowCard': ['card'],
};
/** Schema properties whose content is free-form (not a card object). */
const OPAQUE_KEYS = new Set(['requires', 'data']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface CheckOptions {
  /**
   * Accept Teams' chart elements (Chart.VerticalBar, Chart.Line ...: Teams renders them in cards of version 1.5, the
   * official renderer does not know them) on one condition: each carries a `fallback` element, which is then checked
   * like any other element. The chart's own properties and data are checked against Microsoft's documented list
   * (teams-charts-check.ts). Off by default, so a chart in a card that does not ask for this is still a problem.
   */
  teamsCharts?: boolean;
}

/** Returns a list of problems; an empty list means the card is valid for Teams (schema <= 1.5). */
export function checkAdaptiveCard(json: unknown, options: CheckOptions = {}): string[] {
  if (!isObject(json)) return ['card is not a JSON object'];
  const problems: string[] = [];
  if (json.type !== 'AdaptiveCard') problems.push(`type must be "AdaptiveCard", got ${JSON.stringify(json.type)}`);
  if (typeof json.$schema !== 'string' || json.$schema.length === 0) problems.push(`$schema is missing (${SCHEMA_URL})`);
  problems.push(...checkVersion(json.version));

  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed: Array<[CardObject, Json]> = [[card, json]];
  context.onParseElement = (element, source) => parsed.push([element, source]);
  context.onParseAction = (action, source) => parsed.push([action, source]);
  card.parse(json, context);
  if (options.teamsCharts) problems.push(...checkTeamsCharts(json));

  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    // A chart the option accepts is unknown to the renderer by design; its fallback is what gets parsed (below).
    if (options.teamsCharts && isAcceptedChartEvent(event.message)) continue;
    problems.push(describe(event));
  }
  for (const event of card.validateProperties().validationEvents) problems.push(describe(event));
  // For an unknown element the renderer parses its fallback but reports the chart's JSON as the source.
  const sources = parsed.map(([object, source]): [CardObject, Json] => [object, options.teamsCharts && isChart(source) && isObject(source.fallback) ? source.fallback : source]);
  for (const [object, source] of sources) problems.push(...unknownProperties(object, source, label(object)));
  for (const [object, source] of sources) problems.push(...checkUnparsedFallback(object, source, options));
  return problems;
}

function checkVersion(version: unknown): string[] {
  if (typeof version !== 'string') return ['version is missing'];
  const match = /^(\d+)\.(\d+)$/.exec(version);
  if (!match) return [`version ${JSON.stringify(version)} is not "major.minor"`];
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const { major: maxMajor, minor: maxMinor } = MAX_TEAMS_VERSION;
  if (major > maxMajor || (major === maxMajor && minor > maxMinor)) {
    return [`version ${version} is above ${maxMajor}.${maxMinor}, the highest Teams renders`];
  }
  return [];
}

function label(object: CardObject): string {
  const type = object.getJsonTypeName();
  return object.id ? `${type}#${object.id}` : type;
}

function describe(event: ValidationEvent): string {
  const where = event.source && typeof event.source.getJsonTypeName === 'function' ? `${label(event.source)}: ` : '';
  return `[${AC.ValidationEvent[event.event] ?? event.event}] ${where}${event.message}`;
}

/** Source keys that are neither in the object's property schema nor parsed by hand. */
function unknownProperties(object: SerializableObject, source: Json, where: string): string[] {
  const schema = object.getSchema();
  const known = new Set<string>(['fallback']);
  const typeName = typeof source.type === 'string' ? source.type : '';
  for (const key of STRUCTURAL_KEYS[typeName] ?? []) known.add(key);
  const problems: string[] = [];
  for (let i = 0; i < schema.getCount(); i++) {
    const prop = schema.getItemAt(i);
    known.add(prop.name);
    if (OPAQUE_KEYS.has(prop.name)) continue;
    const value = object.getValue(prop);
    const raw = source[prop.name];
    if (value instanceof AC.SerializableObject && isObject(raw)) {
      problems.push(...unknownProperties(value, raw, `${where}.${prop.name}`));
    } else if (Array.isArray(value) && Array.isArray(raw) && value.length === raw.length) {
      value.forEach((item, index) => {
        const rawItem: unknown = raw[index];
        if (item instanceof AC.SerializableObject && isObject(rawItem)) {
          problems.push(...unknownProperties(item, rawItem, `${where}.${prop.name}[${index}]`));
        }
      });
    }
  }
  for (const key of Object.keys(source)) {
    if (!known.has(key)) problems.push(`${where}: unknown property "${key}" (ignored by the renderer)`);
  }
  return problems;
}

/** The renderer only parses a `fallback` when the primary type is unknown; check it on its own. */
function checkUnparsedFallback(object: CardObject, source: Json, options: CheckOptions): string[] {
  const fallback = source.fallback;
  if (object instanceof AC.AdaptiveCard || !isObject(fallback)) return [];
  const isAction = typeof source.type === 'string' && source.type.startsWith('Action.');
  const wrapper = {
    type: 'AdaptiveCard',
    $schema: SCHEMA_URL,
    version: '1.5',
    body: isAction ? [] : [fallback],
    ...(isAction ? { actions: [fallback] } : {}),
  };
  return checkAdaptiveCard(wrapper, options).map((problem) => `fallback of ${label(object)}: ${problem}`);
}

/** All input ids in a card (body, containers, fallbacks), in order of appearance, without duplicates. */
export function inputIds(json: unknown): string[] {
  const ids: string[] = [];
  walk(json, (node) => {
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && typeof node.id === 'string') {
      if (!ids.includes(node.id)) ids.push(node.id);
    }
  });
  return ids;
}

/** All objects with the given `type` (e.g. "Action.Execute", "Input.Text"), depth first. */
export function findByType(json: unknown, type: string): Json[] {
  const found: Json[] = [];
  walk(json, (node) => {
    if (node.type === type) found.push(node);
  });
  return found;
}

function walk(node: unknown, visit: (node: Json) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
  } else if (isObject(node)) {
    visit(node);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

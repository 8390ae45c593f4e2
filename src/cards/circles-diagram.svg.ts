/**
 * The three-circle diagram of "Partners in beeld" as SVG: Wie? (inner), Wat/waarom? (middle), Hoe? (outer).
 * The inner circle lists the top 5; the most challenging partners are highlighted (bold, accent colour, a marker)
 * and get a sector of the middle and outer ring with what the conversation must yield and how it could be held.
 * Pure: the same view model gives the same bytes (the PNG is rendered from it in src/server).
 */
export interface DiagramViewModel {
  title: string;
  subtitle: string;
  whoLabel: string;
  whatLabel: string;
  howLabel: string;
  inner: { label: string; challenging: boolean }[];
  challenging: { label: string; what: string[]; how: string[] }[];
}

export const DIAGRAM_WIDTH = 800;
export const DIAGRAM_HEIGHT = 860;
const CX = 400;
const CY = 470;
const RADIUS = { how: 370, what: 255, who: 140 } as const;
const COLOURS = { how: '#e8f3f6', what: '#a9d3df', who: '#1f6f8b', accent: '#d9480f', text: '#1b2a30', light: '#ffffff' } as const;
const SECTOR_ANGLES: Record<number, number[]> = { 1: [90], 2: [45, 135], 3: [28, 90, 152] };
const FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Labels longer than fits a ring are cut with an ellipsis (the card lists them in full). */
function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function text(x: number, y: number, content: string, className: string, extra = ''): string {
  return `<text class="${className}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="middle"${extra}>${escapeXml(content)}</text>`;
}

function ring(name: keyof typeof RADIUS, fill: string, stroke: string): string {
  return `<circle class="ring ring-${name}" cx="${CX}" cy="${CY}" r="${RADIUS[name]}" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`;
}

function innerTexts(vm: DiagramViewModel): string[] {
  const lines = vm.inner.slice(0, 5);
  const top = CY - ((lines.length - 1) * 24) / 2 + 14;
  return lines.flatMap((actor, i) => {
    const y = top + i * 24;
    const label = text(CX, y, cut(actor.label, 22), actor.challenging ? 'actor challenging' : 'actor', actor.challenging ? ` fill="${COLOURS.accent}" font-weight="bold"` : ` fill="${COLOURS.light}"`);
    const marker = actor.challenging ? [`<circle class="marker" cx="${CX - 118}" cy="${y - 5}" r="6" fill="${COLOURS.accent}"/>`] : [];
    return [...marker, label];
  });
}

/** One sector per challenging actor: its name and what/why in the middle ring, its how in the outer ring. */
function sectorTexts(vm: DiagramViewModel): string[] {
  const shown = vm.challenging.slice(0, 3);
  // The lower half of the rings (the upper half holds the ring labels): straight down, or spread either side.
  const angles = SECTOR_ANGLES[shown.length] ?? [];
  return shown.flatMap((actor, i) => {
    const angle = (angles[i] * Math.PI) / 180;
    const at = (r: number) => ({ x: CX + r * Math.cos(angle), y: CY + r * Math.sin(angle) });
    const mid = at((RADIUS.who + RADIUS.what) / 2);
    const out = at((RADIUS.what + RADIUS.how) / 2);
    const what = actor.what.slice(0, 3).map((w, j) => text(mid.x, mid.y + 16 + j * 15, cut(w, 28), 'what', ` fill="${COLOURS.text}" font-size="12"`));
    const how = actor.how.slice(0, 3).map((h, j) => text(out.x, out.y + j * 15, cut(h, 28), 'how', ` fill="${COLOURS.text}" font-size="12"`));
    return [text(mid.x, mid.y, cut(actor.label, 22), 'sector-actor', ` fill="${COLOURS.accent}" font-weight="bold"`), ...what, ...how];
  });
}

export function circlesDiagramSvg(vm: DiagramViewModel): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${DIAGRAM_WIDTH}" height="${DIAGRAM_HEIGHT}" viewBox="0 0 ${DIAGRAM_WIDTH} ${DIAGRAM_HEIGHT}" font-family="${FONT}" font-size="14">`,
    `<title>${escapeXml(vm.title)}</title>`,
    `<rect class="background" x="0" y="0" width="${DIAGRAM_WIDTH}" height="${DIAGRAM_HEIGHT}" fill="#ffffff"/>`,
    text(CX, 36, vm.title, 'title', ` font-size="24" font-weight="bold" fill="${COLOURS.text}"`),
    text(CX, 62, vm.subtitle, 'subtitle', ` fill="${COLOURS.text}"`),
    ring('how', COLOURS.how, '#7fb3c2'),
    ring('what', COLOURS.what, '#4f97ab'),
    ring('who', COLOURS.who, '#14485a'),
    text(CX, CY - RADIUS.how + 28, vm.howLabel, 'ring-label', ` font-size="18" font-weight="bold" fill="${COLOURS.text}"`),
    text(CX, CY - RADIUS.what + 26, vm.whatLabel, 'ring-label', ` font-size="18" font-weight="bold" fill="${COLOURS.text}"`),
    text(CX, CY - RADIUS.who + 30, vm.whoLabel, 'ring-label', ` font-size="18" font-weight="bold" fill="${COLOURS.light}"`),
    ...innerTexts(vm),
    ...sectorTexts(vm),
    '</svg>',
  ];
  return parts.join('\n') + '\n';
}

/**
 * The three-circle picture: the SVG parsed back with an XML parser and checked for its structure (three rings,
 * the labels, the inner circle's actors, the challenging ones highlighted with a marker and their what/how in
 * the rings), escaping of names; the PNG rendered from it decodes (pngjs) at the diagram's size.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { circlesDiagramSvg, DIAGRAM_HEIGHT, DIAGRAM_WIDTH } from '../../src/cards';
import { diagramViewModel } from '../../src/bots/shared/circles-diagram.presenter';
import { svgToPng } from '../../src/server/svg-png';
import { sampleState } from './circles-sample';

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['circle', 'text'].includes(name) });
const textOf = (node: Node) => String(node['#text'] ?? '');

describe('three-circle diagram', () => {
  const svg = circlesDiagramSvg(diagramViewModel(sampleState(), 'nl'));
  const root = parser.parse(svg).svg as Node;
  const circles = root.circle as Node[];
  const texts = root.text as Node[];
  const ofClass = (cls: string) => texts.filter((t) => String(t['@class']).split(' ').includes(cls));

  it('is well-formed SVG with a size and a title', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(root['@xmlns']).toBe('http://www.w3.org/2000/svg');
    expect([Number(root['@width']), Number(root['@height'])]).toEqual([DIAGRAM_WIDTH, DIAGRAM_HEIGHT]);
    expect(root.title).toBe('Partners in beeld');
  });

  it('has three concentric rings, outer to inner: Hoe?, Wat/waarom?, Wie?', () => {
    const rings = circles.filter((c) => String(c['@class']).startsWith('ring'));
    expect(rings.map((c) => c['@class'])).toEqual(['ring ring-how', 'ring ring-what', 'ring ring-who']);
    expect(new Set(rings.map((c) => `${c['@cx']},${c['@cy']}`)).size).toBe(1);
    const radii = rings.map((c) => Number(c['@r']));
    expect(radii[0]).toBeGreaterThan(radii[1]);
    expect(radii[1]).toBeGreaterThan(radii[2]);
    expect(ofClass('ring-label').map(textOf)).toEqual(['Hoe?', 'Wat/waarom?', 'Wie?']);
  });

  it('lists the top 5 in the inner circle and highlights the two challenging ones', () => {
    const actors = ofClass('actor');
    expect(actors.map(textOf)).toEqual(['Wethouder & Onderwijs', 'Partner 2', 'Partner 3', 'Partner 4', 'Partner 5']);
    expect(ofClass('challenging').map(textOf)).toEqual(['Wethouder & Onderwijs', 'Partner 3']);
    expect(ofClass('challenging').every((t) => t['@font-weight'] === 'bold')).toBe(true);
    expect(circles.filter((c) => c['@class'] === 'marker')).toHaveLength(2);
    expect(texts.map(textOf)).not.toContain('Partner 6');
  });

  it('puts what/why and how of the challenging ones in the middle and outer ring', () => {
    expect(ofClass('sector-actor').map(textOf)).toEqual(['Wethouder & Onderwijs', 'Partner 3']);
    expect(ofClass('what').map(textOf)).toEqual(['Afspraken over capaciteit', 'Financiële helderheid', 'Twaalf plekken', 'Draagvlak']);
    expect(ofClass('how').map(textOf)).toEqual(['Dialoogtafel', 'Pilot', 'Bilateraal gesprek', 'Start in mei']);
  });

  it('escapes names (the raw SVG has no bare & or <)', () => {
    expect(svg).toContain('Wethouder &amp; Onderwijs');
    expect(svg).toContain('Stad &amp; Streek &lt;Opleidt&gt;');
  });

  it('renders to a PNG that decodes at the diagram size', () => {
    const png = PNG.sync.read(svgToPng(svg));
    expect([png.width, png.height]).toEqual([DIAGRAM_WIDTH, DIAGRAM_HEIGHT]);
    // The centre of the inner circle is its dark blue, not the white background.
    const at = (x: number, y: number) => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
    expect(at(400, 380)).toEqual([0x1f, 0x6f, 0x8b]);
    expect(at(5, 5)).toEqual([255, 255, 255]);
  });
});

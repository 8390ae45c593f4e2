/**
 * SVG -> PNG with resvg (a Rust renderer shipped as a prebuilt npm binary: no browser, no native build). Fonts
 * come from the system (DejaVu on Debian); without any, shapes still render and only the labels are missing.
 */
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

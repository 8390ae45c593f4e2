/**
 * The report's stylesheet: readable on screen, and printable to PDF cleanly (A4, no button, sections and table rows
 * not split across pages where avoidable, table headers repeated, colours kept). The heat map's colours are classes
 * (h0 ... h16 from red to green) because the page's Content-Security-Policy allows no inline style attributes.
 */
import { scoreColor, textOn } from '../../cards/svg-chart.helpers';

/** Heat map colour buckets: a score of 1 to 5 in quarter steps. */
export const HEAT_BUCKETS = 16;
export const heatClass = (score: number): string => `h${Math.round(((Math.min(5, Math.max(1, score)) - 1) / 4) * HEAT_BUCKETS)}`;

const heatRules = Array.from({ length: HEAT_BUCKETS + 1 }, (_, i) => {
  const fill = scoreColor(1 + (4 * i) / HEAT_BUCKETS, 1, 5);
  return `td.h${i}{background:${fill};color:${textOn(fill)}}`;
}).join('');

export const REPORT_CSS = `
:root{--ink:#1b2a30;--muted:#5b6b70;--line:#d9e1e4;--accent:#1f6f8b;--warn:#fff4d6}
*{box-sizing:border-box}
body{margin:0;background:#f4f7f8;color:var(--ink);font:15px/1.5 "DejaVu Sans","Segoe UI",Arial,Helvetica,sans-serif}
main{max-width:980px;margin:0 auto;padding:24px 28px 40px;background:#fff}
header{border-bottom:3px solid var(--accent);margin-bottom:16px;padding-bottom:12px}
.brand{margin:0;color:var(--accent);font-weight:bold;letter-spacing:.05em}
h1{margin:4px 0;font-size:26px}
h2{margin:28px 0 8px;font-size:19px;border-bottom:1px solid var(--line);padding-bottom:4px}
.subtitle{margin:0;font-size:16px}
.note,.muted,figcaption{color:var(--muted);font-size:13px}
.print{float:right;margin-top:6px;padding:8px 14px;border:1px solid var(--accent);border-radius:6px;background:#fff;color:var(--accent);font:inherit;cursor:pointer}
.facts{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin:16px 0;padding:0}
.facts div{border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.facts dt{color:var(--muted);font-size:13px}
.facts dd{margin:0;font-size:22px;font-weight:bold}
.agenda{background:var(--warn);border-radius:8px;padding:4px 16px 10px}
.agenda h2{border:0}
figure{margin:8px 0}
svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}
thead th{background:#eef3f5}
.heatmap td{text-align:center;font-size:12px;min-width:44px}
.heatmap.legend{width:auto}
.heatmap.legend td{min-width:56px}
.heatmap th.focus{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;font-weight:normal;font-size:12px;height:150px;vertical-align:bottom}
td.few{background:#e4e7e9;color:var(--muted);font-size:10px}
${heatRules}
blockquote{margin:8px 0;padding:6px 12px;border-left:4px solid var(--accent);background:#f4f7f8;font-style:italic}
footer{margin-top:32px;border-top:1px solid var(--line);padding-top:8px;color:var(--muted);font-size:12px}
@page{size:A4;margin:14mm 12mm}
@media print{
  body{background:#fff;font-size:10.5pt}
  main{max-width:none;padding:0}
  .print{display:none}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  h2{break-after:avoid;page-break-after:avoid}
  section,figure,blockquote,tr{break-inside:avoid;page-break-inside:avoid}
  section.long{break-inside:auto;page-break-inside:auto}
  thead{display:table-header-group}
  .facts{grid-template-columns:repeat(4,1fr)}
  a{color:inherit;text-decoration:none}
}
`;

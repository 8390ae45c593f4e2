/**
 * The standalone HTML report of a weekly digest: what a regional lead forwards to board members outside the
 * workspace (signed, expiring link) and prints to PDF. One self-contained page: charts inline as SVG, tables of all
 * partnerships and focus points, the heat map as a table that paginates, no external resources, and a strict
 * Content-Security-Policy whose hashes allow exactly this page's one stylesheet and one script (the print button).
 */
import { createHash } from 'node:crypto';
import { barChartSvg, lineChartSvg } from '../../cards/digest-charts.svg';
import { escapeXml } from '../../cards/circles-diagram.svg';
import type { DigestTableView, DigestViewModel } from '../../cards/digest.view-model';
import { heatClass, REPORT_CSS } from './digest-report.css';

const PRINT_SCRIPT = "document.getElementById('print').addEventListener('click',function(){window.print()});";
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export const REPORT_CSP = [
  "default-src 'none'", `style-src ${hash(REPORT_CSS)}`, `script-src ${hash(PRINT_SCRIPT)}`, "img-src 'self' data:",
  "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

const esc = escapeXml;

function table(view: DigestTableView, className = ''): string {
  const head = `<thead><tr>${view.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`;
  const body = view.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td>${esc(cell)}</td>`)).join('')}</tr>`).join('');
  return `<table${className ? ` class="${className}"` : ''}>${head}<tbody>${body}</tbody></table>`;
}

function list(items: readonly string[], empty: string): string {
  return items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : `<p class="muted">${esc(empty)}</p>`;
}

function heatmap(vm: DigestViewModel): string {
  const h = vm.heatmap;
  if (!h.rows.length) return `<p class="muted">${esc(h.emptyText)}</p>`;
  const head = `<thead><tr><th scope="col"></th>${h.columns.map((c) => `<th scope="col" class="focus">${esc(c.label)}</th>`).join('')}</tr></thead>`;
  const rows = h.rows.map((row) => `<tr><th scope="row">${esc(row.label)}</th>${row.cells.map((cell) => {
    if (cell.value !== null) return `<td class="${heatClass(cell.value)}">${esc(cell.text)}</td>`;
    return cell.text ? `<td class="few">${esc(cell.text)}</td>` : '<td></td>';
  }).join('')}</tr>`).join('');
  const scale = [1, 2, 3, 4, 5].map((score) => `<td class="${heatClass(score)}">${score}</td>`).join('');
  const legend = `<table class="heatmap legend"><tbody><tr><th scope="row">${esc(h.scale.minLabel)} … ${esc(h.scale.maxLabel)}</th>${scale}<td class="few">${esc(h.tooFewLabel)}</td><td>${esc(h.noneLabel)}</td></tr></tbody></table>`;
  return `<table class="heatmap">${head}<tbody>${rows}</tbody></table>${legend}<p class="note">${esc(h.legend)}</p>`;
}

const section = (heading: string, body: string, className = '') => `<section${className ? ` class="${className}"` : ''}><h2>${esc(heading)}</h2>${body}</section>`;

export function digestReportHtml(vm: DigestViewModel): string {
  const facts = vm.facts.map((f) => `<div><dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd></div>`).join('');
  const dialogues = [...vm.dialogues.lines.map((l) => `<p>${esc(l)}</p>`), ...(vm.dialogues.nextSteps.length ? [`<h3>${esc(vm.dialogues.nextStepsHeading)}</h3>`, list(vm.dialogues.nextSteps, '')] : [])].join('');
  const quotes = vm.quotes.items.length ? vm.quotes.items.map((q) => `<blockquote>${esc(q)}</blockquote>`).join('') : `<p class="muted">${esc(vm.quotes.emptyText)}</p>`;
  return `<!doctype html>
<html lang="${esc(vm.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${esc(`Oogst · ${vm.title} · ${vm.subtitle}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header>
<button class="print" type="button" id="print">${esc(vm.printLabel)}</button>
<p class="brand">Oogst</p>
<h1>${esc(vm.title)}</h1>
<p class="subtitle">${esc(vm.subtitle)}</p>
<p class="note">${esc(vm.privacyNote)}</p>
</header>
<dl class="facts">${facts}</dl>
${section(vm.agenda.heading, list(vm.agenda.items, vm.agenda.emptyText), 'agenda')}
${section(vm.trend.title, `<figure>${lineChartSvg(vm.trend)}<figcaption>${table(vm.trend.table)}</figcaption></figure>`)}
${section(vm.focus.title, `<figure>${barChartSvg(vm.focus)}</figure>${table(vm.focusTable)}`)}
${section(vm.partnerships.heading, table(vm.partnerships.table), 'long')}
${section(vm.heatmap.title, heatmap(vm), 'long')}
${section(vm.keywords.heading, vm.keywords.items.length ? `<p>${esc(vm.keywords.items.join(' · '))}</p>` : `<p class="muted">${esc(vm.keywords.emptyText)}</p>`)}
${section(vm.quotes.heading, quotes)}
${section(vm.dialogues.heading, dialogues)}
<footer>${esc(vm.madeText)}</footer>
</main>
<script>${PRINT_SCRIPT}</script>
</body>
</html>
`;
}

/** A plain, print-friendly HTML page for the privacy statement and the terms: no scripts, no external assets. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `
  body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 1.8rem; } h3 { font-size: 1.05rem; }
  .meta { color: #555; font-size: .9rem; } table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #bbb; padding: .35rem .5rem; text-align: left; vertical-align: top; }
  section[lang="en"] { border-top: 2px solid #ddd; margin-top: 3rem; padding-top: 1rem; } nav a { margin-right: 1rem; }
  @media print { body { margin: 0; max-width: none; font-size: 11pt; } nav { display: none; } a { color: inherit; } section[lang="en"] { break-before: page; } }
`;

export interface PageSection { lang: 'nl' | 'en'; id?: string; html: string }

export function renderPage(title: string, sections: PageSection[], updated: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<nav><a href="/privacy">Privacy</a><a href="/voorwaarden">Voorwaarden</a><a href="#english">English</a></nav>
${sections.map((s) => `<section lang="${s.lang}"${s.id ? ` id="${s.id}"` : ''}>\n${s.html}\n</section>`).join('\n')}
<p class="meta">${escapeHtml(updated)}</p>
</body>
</html>
`;
}

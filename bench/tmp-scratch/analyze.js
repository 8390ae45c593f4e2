const fs = require('fs');
const file = process.argv[2];
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(prof.nodes.map(n => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas; let total = 0;
const counts = new Map();
for (let i = 0; i < prof.samples.length; i++) { counts.set(prof.samples[i], (counts.get(prof.samples[i]) || 0) + (dt[i] || 0)); total += dt[i] || 0; }
// parent map
const parent = new Map(); for (const n of prof.nodes) for (const c of (n.children || [])) parent.set(c, n.id);
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\//, 'nm/').replace(/.*transpiled\//, '')}:${n.callFrame.lineNumber}`;
for (const [id, t] of counts) { const k = key(nodes.get(id)); self.set(k, (self.get(k) || 0) + t); }
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 35);
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, t] of top) console.log((t / 1000).toFixed(0).padStart(7), k);
// inclusive by package
const incl = new Map();
for (const [id, t] of counts) { const seen = new Set(); let cur = id; while (cur !== undefined) { const n = nodes.get(cur); const u = n.callFrame.url; const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(u); const pk = m ? m[1] : (u.includes('transpiled') ? 'app' : (u ? 'node:' + u.split('/').pop() : n.callFrame.functionName)); if (!seen.has(pk)) { seen.add(pk); incl.set(pk, (incl.get(pk) || 0) + t); } cur = parent.get(cur); } }
console.log('--- inclusive by package');
for (const [k, t] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((t / 1000).toFixed(0).padStart(7), k);
console.log('--- inclusive by app function');
const inclF = new Map();
for (const [id, t] of counts) { const seen = new Set(); let cur = id; while (cur !== undefined) { const n = nodes.get(cur); if (n.callFrame.url.includes('transpiled')) { const k = key(n); if (!seen.has(k)) { seen.add(k); inclF.set(k, (inclF.get(k) || 0) + t); } } cur = parent.get(cur); } }
for (const [k, t] of [...inclF.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((t / 1000).toFixed(0).padStart(7), k);

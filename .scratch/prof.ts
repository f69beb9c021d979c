import { readdirSync, readFileSync } from 'node:fs';
import { readPostmortem } from '../shared/postmortem';
const dirs = ['test/fixtures/postmortems', 'test/fixtures/corpus', 'test/fixtures/gathered'];
const docs: { name: string; bytes: Uint8Array }[] = [];
for (const d of dirs) for (const n of readdirSync(d)) if (!n.endsWith('.gold.json') && n !== 'README.md') docs.push({ name: n, bytes: new Uint8Array(readFileSync(`${d}/${n}`)) });
for (const doc of docs) readPostmortem(doc);
const times = docs.map((doc) => { const t = performance.now(); for (let i = 0; i < 20; i++) readPostmortem(doc); return [(performance.now() - t) / 3, doc.name, doc.bytes.length] as const; });
times.sort((a, b) => b[0] - a[0]);
for (const t of times.slice(0, 10)) console.log(t[0].toFixed(1), 'ms', t[2], t[1]);

import { readFileSync } from 'node:fs';
import { readPostmortem } from './shared/postmortem';
const f = process.argv[2] as string;
const r = readPostmortem({ name: f, bytes: new Uint8Array(readFileSync(f)) });
if (r.ok) for (const i of r.value.items) console.log(JSON.stringify({ t: i.title, d: i.detail, k: i.kind, done: i.done }));

import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadGoldCases, parseCase, scoreItems, totals, type CaseScore } from './gold';
const HOLD = ['torbox', 'chia', 'opensuse-obs', 'titan-relay', 'flutter', 'cosmos-hub', 'bloggulus', 'cheqd'];
it('measure', () => {
  const out: string[] = [];
  const detail: string[] = [];
  const fmt = (label: string, s: CaseScore[]) => { const t = totals(s); out.push(`${label.padEnd(10)} P=${t.precision.toFixed(3)} R=${t.recall.toFixed(3)} kind=${t.kindAccuracy.toFixed(3)} done=${t.doneAccuracy.toFixed(3)} themes=${t.themeRecall.toFixed(3)} tp=${t.tp} fp=${t.fp} fn=${t.fn}`); };
  const all = loadGoldCases(['postmortems', 'corpus', 'gathered']).map((c) => ({ c, s: scoreItems(`${c.set}/${c.gold.file}`, parseCase(c).items, c.gold.items) }));
  fmt('seeds', all.filter((x) => x.c.set === 'postmortems').map((x) => x.s));
  fmt('corpus', all.filter((x) => x.c.set === 'corpus').map((x) => x.s));
  const g = all.filter((x) => x.c.set === 'gathered');
  fmt('gathered', g.map((x) => x.s));
  fmt('earlier20', g.filter((x) => !HOLD.some((h) => x.c.gold.file.startsWith(h))).map((x) => x.s));
  fmt('holdout8', g.filter((x) => HOLD.some((h) => x.c.gold.file.startsWith(h))).map((x) => x.s));
  for (const { s } of all) {
    if (s.falsePositives.length + s.missed.length === 0 && s.truePositives.every((p) => p.item.kind === p.gold.kind)) continue;
    detail.push(`## ${s.name} P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)}`);
    for (const f of s.falsePositives) detail.push(`  FP [${f.kind}${f.done ? ',done' : ''}] ${f.title} || ${f.quote.slice(0, 160).replace(/\n/g, ' ')}`);
    for (const m of s.missed) detail.push(`  FN [${m.kind}${m.done ? ',done' : ''}] ${m.text} || ${(m.source ?? '').slice(0, 160)}`);
    for (const p of [...s.truePositives, ...s.uncertainMatches]) if (p.item.kind !== p.gold.kind) detail.push(`  KIND ${p.item.kind}->${p.gold.kind}: ${p.item.title}`);
  }
  writeFileSync('/tmp/meas/summary.txt', out.join('\n') + '\n');
  writeFileSync('/tmp/meas/detail.txt', detail.join('\n') + '\n');
});

import { loadGoldCases, parseCase, scoreItems, report } from '../test/unit/shared/extract/gold';
const only = process.argv[2];
const cases = loadGoldCases().filter((c) => !only || c.path.includes(only));
const scores = cases.map((c) => {
  const p = parseCase(c);
  const s = scoreItems(c.path.split('/').slice(-2).join('/'), p.items, c.gold.items);
  if (process.env.V) {
    console.log('\n=== ' + s.name);
    for (const x of s.truePositives) console.log('  TP', x.item.kind === x.gold.kind ? '' : `KIND ${x.item.kind}!=${x.gold.kind}`, x.item.done === !!x.gold.done ? '' : `DONE ${x.item.done}`, '|', x.item.title, '|', x.item.themes.join(','), '| gold', x.gold.themes.join(','));
    for (const x of s.uncertainMatches) console.log('  UM', '|', x.item.title);
    for (const x of s.falsePositives) console.log('  FP', x.kind, '|', x.item?.title ?? x.title, '||', (x.detail ?? '').slice(0, 120));
    for (const x of s.missed) console.log('  FN', '|', x.text);
  }
  return s;
});
console.log(report(scores));

import { readPostmortemText } from '../shared/postmortem';
const cases: [string, string][] = [
  ['long-line.txt', 'we will '.repeat(600000)],
  ['many-lines.md', '- [ ] We will add alerts, and will also fix it as well as that prior to deploys.\n'.repeat(40000)],
  ['commas.txt', ('a,'.repeat(100000)) + ' we will do it'],
  ['table.md', '| a | b |\n| --- | --- |\n' + '| x | y |\n'.repeat(50000)],
  ['html.html', '<ul>' + '<li>We will add alerts<ul><li>x</li></ul></li>'.repeat(20000) + '</ul>'],
  ['spaces.txt', ' '.repeat(100000) + 'x' + '\t'.repeat(100000)],
  ['times.txt', '10:00 UTC 11:00 PDT '.repeat(50000)],
];
for (const [name, text] of cases) {
  const t = performance.now();
  const r = readPostmortemText(name, text);
  console.log(name, (text.length / 1e6).toFixed(1) + 'MB', Math.round(performance.now() - t) + 'ms', r.ok ? r.value.items.length : r.rejected.reason);
}

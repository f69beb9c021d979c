import { sentenceSpans } from '../shared/extract/sentences';
import { startsWithTime } from '../shared/postmortem/timeline';
const t = `Cabotage is now entirely self-hosting, which means that builds of the cabotage-app
no longer utilize a public registry[^6] and deployment builds are initiated from
clean checkouts of source only.
This mitigates the scenario.`;
for (const s of sentenceSpans(t, 0, t.length)) { const x = t.slice(s.start, s.end); console.log(JSON.stringify(x), startsWithTime(x), /[.!?)"”']\s*$/.test(x)); }

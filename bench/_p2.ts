import { generate } from './insights';
import * as I from '../shared/insights';
const input = generate();
const f = I.applyFilters(input, {});
const h = I.buildStatusHistories(input.items, input.events);
for (let i = 0; i < 3; i++) {
const s = performance.now();
I.findRepeatRisk({ incidents: f.incidents, allIncidents: input.incidents, allItems: input.items, histories: h, themes: [] });
console.log('total', performance.now() - s);
}

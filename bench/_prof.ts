import { generate } from './insights';
import * as I from '../shared/insights';
const input = generate();
const now = new Date('2025-06-30T12:00:00Z');
const today = '2025-06-30';
function time(name: string, f: () => unknown) { const s = performance.now(); for (let i=0;i<3;i++) f(); console.log(name, ((performance.now()-s)/3).toFixed(1)); }
const f = I.applyFilters(input, {});
const h = I.buildStatusHistories(input.items, input.events);
time('filters', () => I.applyFilters(input, {}));
time('histories', () => I.buildStatusHistories(input.items, input.events));
time('headline', () => I.computeHeadline(f.items, today));
time('burnup', () => I.buildBurnUp(f.items, h, now.getTime()));
time('bytheme', () => I.completionByTheme(f.items, []));
time('recurrence', () => I.buildRecurrence(f.incidents, f.items, f.incidentById, []));
time('repeat', () => I.findRepeatRisk({ incidents: f.incidents, allIncidents: input.incidents, allItems: input.items, histories: h, themes: [] }));
time('owners', () => I.loadByOwner(f.items, today));
time('ageing', () => I.ageingHistogram(f.items, now));
console.log(I.findRepeatRisk({ incidents: f.incidents, allIncidents: input.incidents, allItems: input.items, histories: h, themes: [] }).length);

/** Turns the chosen period into explicit bounds and a label. */
import { dayOf, parseTime } from '../insights';
import type { ReportPeriod, ReportPeriodOption } from './model';

export function resolvePeriod(option: ReportPeriodOption, lastReportAt: string | null | undefined, now: Date): ReportPeriod {
  const to = now.toISOString();
  switch (option.kind) {
    case 'since-last':
      return lastReportAt
        ? { label: `Since the last report (${dayOf(parseTime(lastReportAt))})`, from: new Date(parseTime(lastReportAt)).toISOString(), to }
        : { label: 'Since the beginning (no earlier report)', from: null, to };
    case 'since-date':
      return { label: `Since ${option.from}`, from: new Date(parseTime(option.from)).toISOString(), to };
    case 'quarter': {
      const start = Date.UTC(option.year, (option.quarter - 1) * 3, 1);
      const end = Date.UTC(option.year, option.quarter * 3, 1) - 1;
      const ended = end <= now.getTime();
      const label = `Q${option.quarter} ${option.year} (${dayOf(start)} to ${ended ? dayOf(end) : `${dayOf(now.getTime())}, in progress`})`;
      return { label, from: new Date(start).toISOString(), to: ended ? new Date(end).toISOString() : to };
    }
  }
}

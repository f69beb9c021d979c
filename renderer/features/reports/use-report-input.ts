import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import type { ReportInput } from '../../../shared/report';
import { eventsSince, getSetting, listIncidentsWithProgress, listMeetings, listThemes, loadAllItems } from '../../db';
import { LAST_REPORT_SETTING } from './report-options';

async function loadTrackerRecords(): Promise<Omit<ReportInput, 'lastReportAt'>> {
  const [progress, items, events, themes, meetings] = await Promise.all([
    listIncidentsWithProgress(),
    loadAllItems(),
    eventsSince(''),
    listThemes(),
    listMeetings(),
  ]);
  return { incidents: progress.map((entry) => entry.incident), items, events, themes, meetings };
}

/**
 * Everything a report is built from, live. The last report's date is read once when the
 * page opens: exporting records a new one, and the report on screen should not shift under it.
 */
export function useReportInput(): ReportInput | undefined {
  const records = useLiveQuery(loadTrackerRecords, []);
  const [lastReportAt, setLastReportAt] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void getSetting(LAST_REPORT_SETTING, z.string().nullable(), null).then((value) => {
      if (current) setLastReportAt(value);
    });
    return () => {
      current = false;
    };
  }, []);
  return records && lastReportAt !== undefined ? { ...records, lastReportAt } : undefined;
}

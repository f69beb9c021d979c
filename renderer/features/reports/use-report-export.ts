import { useCallback, useState } from 'react';
import { renderHtml, type Report, type ReportInput, type ReportScopeOption } from '../../../shared/report';
import { exportBackupText, setSetting } from '../../db';
import { usePlatform } from '../../platform/PlatformProvider';
import { showToast } from '../../stores/toasts';
import { buildExportFile, exportFileName, type FileExportFormat } from './report-exports';
import { LAST_REPORT_SETTING } from './report-options';

export type ExportFormat = FileExportFormat | 'pdf' | 'backup';

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  html: 'HTML',
  pdf: 'PDF',
  markdown: 'Markdown',
  'items-csv': 'Items CSV',
  'jira-csv': 'Jira CSV',
  backup: 'JSON backup',
};

/** Formats that are the report itself; exporting one starts the next "since the last report". */
const REPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'html', 'pdf'];

export interface ReportExportSource {
  /** Builds the report as of the moment of export. */
  build(now: Date): Report;
  input: ReportInput;
  scope: ReportScopeOption;
}

/** Saves the report, its items or a backup through the platform: a save dialog, or a download. */
export function useReportExport(source: ReportExportSource | null) {
  const platform = usePlatform();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const exportAs = useCallback(
    async (format: ExportFormat) => {
      if (!source) return;
      setBusy(format);
      try {
        const now = new Date();
        const report = source.build(now);
        let saved;
        if (format === 'pdf') {
          saved = await platform.printToPdf({ html: renderHtml(report), suggestedName: exportFileName('report', report.today, 'pdf') });
        } else if (format === 'backup') {
          const data = await exportBackupText();
          saved = await platform.saveFile({
            suggestedName: exportFileName('backup', report.today, 'json'),
            data,
            filters: [{ name: 'Followthrough backup', extensions: ['json'] }],
          });
        } else {
          saved = await platform.saveFile(buildExportFile(format, report, source.input, source.scope, now));
        }
        if (saved && REPORT_FORMATS.includes(format)) await setSetting(LAST_REPORT_SETTING, report.generatedAt);
        if (saved) showToast({ tone: 'success', title: `${EXPORT_LABELS[format]} exported`, description: saved.path });
      } catch (error) {
        showToast({ tone: 'error', title: `Could not export ${EXPORT_LABELS[format]}`, description: error instanceof Error ? error.message : String(error) });
      } finally {
        setBusy(null);
      }
    },
    [platform, source],
  );
  return { exportAs, busy };
}

/**
 * The files a report exports to, built from the report model and the tracker's records.
 * Pure: the page hands the result to the platform's save dialog or download.
 */
import type { SaveFileRequest } from '../../../shared/ipc';
import { applyFilters, isUnfinished } from '../../../shared/insights';
import {
  renderHtml,
  renderItemsCsv,
  renderJiraCsv,
  renderMarkdown,
  scopeFilters,
  type Report,
  type ReportInput,
  type ReportScopeOption,
} from '../../../shared/report';

export type FileExportFormat = 'markdown' | 'html' | 'items-csv' | 'jira-csv';

/** `followthrough-report-2024-05-01.md`. */
export function exportFileName(kind: 'report' | 'items' | 'jira' | 'backup', day: string, extension: string): string {
  return `followthrough-${kind}-${day}.${extension}`;
}

export function buildExportFile(
  format: FileExportFormat,
  report: Report,
  input: ReportInput,
  scope: ReportScopeOption,
  now: Date,
): SaveFileRequest {
  const day = report.today;
  switch (format) {
    case 'markdown':
      return { suggestedName: exportFileName('report', day, 'md'), data: renderMarkdown(report), filters: [{ name: 'Markdown', extensions: ['md'] }] };
    case 'html':
      return { suggestedName: exportFileName('report', day, 'html'), data: renderHtml(report), filters: [{ name: 'HTML', extensions: ['html'] }] };
    case 'items-csv': {
      const { items } = applyFilters(input, scopeFilters(scope));
      const data = renderItemsCsv(items, { incidents: input.incidents, themes: input.themes, now });
      return { suggestedName: exportFileName('items', day, 'csv'), data, filters: [{ name: 'CSV', extensions: ['csv'] }] };
    }
    case 'jira-csv': {
      // Jira gets the work still to do: finished items would land as open issues.
      const items = applyFilters(input, scopeFilters(scope)).items.filter(isUnfinished);
      return { suggestedName: exportFileName('jira', day, 'csv'), data: renderJiraCsv(items, { incidents: input.incidents }), filters: [{ name: 'CSV', extensions: ['csv'] }] };
    }
  }
}

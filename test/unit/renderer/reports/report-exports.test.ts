import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../../../shared/report';
import { buildExportFile } from '../../../../renderer/features/reports/report-exports';
import { incident, item } from '../review/fixtures';

const NOW = new Date('2024-06-10T12:00:00Z');
const input: ReportInput = {
  incidents: [incident({ id: 'i1', organization: 'Acme', title: 'Queue outage' }), incident({ id: 'i2', organization: 'Globex' })],
  items: [
    item({ id: 'a', incidentId: 'i1', title: 'Add <canary> & "checks", fast', owner: 'Ana', dueDate: '2024-06-01' }),
    item({ id: 'b', incidentId: 'i1', title: 'Alert on queue depth', status: 'done', closedAt: '2024-06-05T00:00:00Z' }),
    item({ id: 'c', incidentId: 'i2', title: 'Rotate keys' }),
  ],
  events: [],
  themes: [],
  meetings: [],
  lastReportAt: null,
};
const scope = { kind: 'organization', value: 'Acme' } as const;
const report = buildReport(input, { period: { kind: 'since-last' }, scope, sections: ['summary', 'overdue'] }, NOW);

const rows = (data: string | Uint8Array) => Papa.parse<string[]>(String(data), { skipEmptyLines: true }).data;

describe('buildExportFile', () => {
  it('names each file by kind and day, with a matching save-dialog filter', () => {
    const names = (['markdown', 'html', 'items-csv', 'jira-csv'] as const).map((format) => {
      const file = buildExportFile(format, report, input, scope, NOW);
      return [file.suggestedName, file.filters[0]!.extensions[0]];
    });
    expect(names).toEqual([
      ['followthrough-report-2024-06-10.md', 'md'],
      ['followthrough-report-2024-06-10.html', 'html'],
      ['followthrough-items-2024-06-10.csv', 'csv'],
      ['followthrough-jira-2024-06-10.csv', 'csv'],
    ]);
  });

  it('renders the report itself as Markdown and escaped HTML', () => {
    const html = String(buildExportFile('html', report, input, scope, NOW).data);
    expect(html).toContain('Add &lt;canary&gt; &amp; &quot;checks&quot;, fast');
    expect(html).not.toContain('<canary>');
    expect(String(buildExportFile('markdown', report, input, scope, NOW).data)).toContain('# Remediation progress report');
  });

  it("exports the scope's items to CSV, and only the unfinished ones to Jira", () => {
    const items = rows(buildExportFile('items-csv', report, input, scope, NOW).data);
    expect(items.slice(1).map((row) => row[1])).toEqual(['Add <canary> & "checks", fast', 'Alert on queue depth']);
    const jira = rows(buildExportFile('jira-csv', report, input, scope, NOW).data);
    expect(jira[0]!.slice(0, 5)).toEqual(['Summary', 'Description', 'Assignee', 'Due date', 'Priority']);
    expect(jira.slice(1).map((row) => [row[0], row[2], row[3]])).toEqual([['Add <canary> & "checks", fast', 'Ana', '2024-06-01']]);
  });
});

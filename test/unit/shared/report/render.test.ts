import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  escapeMarkdown,
  itemsInScope,
  renderHtml,
  renderItemsCsv,
  renderJiraCsv,
  renderMarkdown,
  REPORT_SECTION_KINDS,
  type Report,
} from '../../../../shared/report';
import { FORMULA_TITLE, knownDatabase, NOTE, NOW, QUOTED_TITLE, SCRIPT_TITLE, TRICKY_INCIDENT, TRICKY_OWNER } from './database';

const database = knownDatabase();
const report: Report = buildReport(
  database,
  { period: { kind: 'since-last' }, scope: { kind: 'all' }, sections: REPORT_SECTION_KINDS, title: 'Q2 | <Ops> & "SRE"' },
  NOW,
);
const markdown = renderMarkdown(report);
const html = renderHtml(report);
const markdownAsHtml = new MarkdownIt().render(markdown);

/** The text of every element, the way a reader sees it. */
function visibleText(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

describe('Markdown', () => {
  it('escapes pipes, markup, entities and line breaks in user text', () => {
    expect(escapeMarkdown('a | b <i>x</i> & &amp; *y*\nnext')).toBe('a \\| b \\<i\\>x\\</i\\> \\& \\&amp; \\*y\\* next');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('     + not code\r\n')).toBe('\\+ not code');
  });

  it('renders user text literally: no injected HTML, tables keep their columns', () => {
    expect(markdownAsHtml).not.toMatch(/<script|<b>|<Ops>/);
    const text = visibleText(markdownAsHtml);
    for (const userText of [SCRIPT_TITLE, TRICKY_OWNER, TRICKY_INCIDENT, QUOTED_TITLE, oneLine(FORMULA_TITLE), oneLine(NOTE), 'Q2 | <Ops> & "SRE"']) {
      expect(text).toContain(userText);
    }
    // The overdue table: every row has exactly the header's seven cells despite the pipe in the owner.
    const overdueTable = markdownAsHtml.split('Overdue items, most overdue first')[1]!.split('</table>')[0]!;
    const rows = overdueTable.match(/<tr>[\s\S]*?<\/tr>/g)!;
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.match(/<t[hd]/g)).toHaveLength(7);
  });
});

describe('HTML', () => {
  it('is self-contained: inline CSS and SVG, no scripts, a print stylesheet for A4', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|src=|javascript:/i);
    expect(html).toContain('<svg');
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('@media print');
  });

  it('escapes <, &, quotes in user text everywhere, including chart labels', () => {
    expect(html).not.toMatch(/<b>|<Ops>|<script/);
    expect(html).toContain('Fix &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(html).toContain('Service | Disruption &lt;b&gt;&amp;');
    expect(html).toContain('Add relay loop detection, &quot;quickly&quot;');
    const themed = renderHtml(buildReport({ ...database, themes: [{ ...database.themes[0]!, label: '<Valid> & "tested"' }] }, { period: { kind: 'since-last' }, scope: { kind: 'all' }, sections: ['completion-by-theme'] }, NOW));
    expect(themed).toContain('&lt;Valid&gt; &amp; &quot;tested&quot;</text>');
    expect(themed).not.toContain('<Valid>');
  });
});

describe('every format shows the same numbers', () => {
  it('prints each summary figure and each repeat-risk line in Markdown and HTML', () => {
    const summary = report.sections.find((section) => section.kind === 'summary')!;
    if (summary.kind !== 'summary') throw new Error('expected the summary');
    const markdownText = visibleText(markdownAsHtml);
    const htmlText = visibleText(html);
    for (const figure of summary.figures) {
      expect(markdownText).toContain(`${figure.label} ${figure.text}`);
      expect(htmlText).toContain(`${figure.label} ${figure.text}`);
    }
    const risk = `Relay loop came back on 2024-03-08 (${TRICKY_INCIDENT}) while 2 items from Message Bus Down (2023-03-27) were still open`;
    expect(markdownText).toContain(risk);
    expect(htmlText).toContain(risk);
  });

  it('exports the report’s items and overdue days in the items CSV', () => {
    const rows = Papa.parse<Record<string, string>>(renderItemsCsv(itemsInScope(database, { kind: 'all' }), { ...database, now: NOW }), { header: true }).data;
    expect(rows).toHaveLength(5);
    expect(rows.filter((row) => Number(row['Days overdue']) > 0).map((row) => [row.Title, row['Days overdue']])).toEqual([
      [QUOTED_TITLE, '74'],
      ['Write the runbook', '1'],
    ]);
  });
});

describe('CSV', () => {
  const csv = renderItemsCsv(database.items, { ...database, now: NOW });
  const parsed = Papa.parse<string[]>(csv).data;

  it('is RFC 4180: CRLF rows, quoted commas, quotes and newlines that read back intact', () => {
    expect(csv.split('\r\n')[0]).toMatch(/^ID,Title,Incident,/);
    expect(csv).toContain('"Add relay loop detection, ""quickly"""');
    const byId = new Map(parsed.slice(1).map((row) => [row[0], row]));
    expect(byId.get('i1')!.slice(1, 3)).toEqual([QUOTED_TITLE, 'Message Bus Down']);
    expect(byId.get('i1')![6]).toBe(TRICKY_OWNER);
    expect(byId.get('i1')![16]).toBe(NOTE);
    expect(byId.get('i2')![1]).toBe(SCRIPT_TITLE);
    expect(byId.get('i3')![2]).toBe(TRICKY_INCIDENT);
  });

  it('guards cells that would run as spreadsheet formulas', () => {
    const byId = new Map(parsed.slice(1).map((row) => [row[0], row]));
    expect(byId.get('i3')![1]).toBe(`'${FORMULA_TITLE}`);
    const risky = renderItemsCsv([{ ...database.items[0]!, title: '+cmd', owner: '@SUM(A1)', notes: ' -2+3', detail: 'ok = fine' }], { ...database, now: NOW });
    const [, row] = Papa.parse<string[]>(risky).data;
    expect([row![1], row![6], row![16], row![15]]).toEqual(["'+cmd", "'@SUM(A1)", "' -2+3", 'ok = fine']);
  });
});

describe('Jira CSV', () => {
  const parsed = Papa.parse<string[]>(renderJiraCsv(database.items, database)).data;

  it("has the importer's columns, one Labels column per label", () => {
    expect(parsed[0]).toEqual(['Summary', 'Description', 'Assignee', 'Due date', 'Priority', 'Labels', 'Labels']);
    const first = parsed[1]!;
    expect(first.slice(0, 1)).toEqual([QUOTED_TITLE]);
    expect(first.slice(2)).toEqual([TRICKY_OWNER, '2024-02-01', 'High', 'followthrough', 'relay-loop-prevention']);
    expect(first[1]).toBe(`From the postmortem of "Message Bus Down" (2023-03-27).\n\nNotes: ${NOTE}`);
    expect(parsed[3]!.slice(0, 1)).toEqual([`'${FORMULA_TITLE}`]);
    expect(parsed[3]![4]).toBe('Highest');
    expect(parsed[5]!.slice(2)).toEqual(['', '2024-04-14', '', 'followthrough', '']);
  });
});

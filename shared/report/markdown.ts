/** The report as GitHub-flavoured Markdown: headings, figure and data tables, lists. */
import { formatDateTime } from './format';
import { layoutSection, type Block, type TableColumn } from './layout';
import type { Report } from './model';

/**
 * User text as one line of literal Markdown: trimmed, line breaks become spaces, and every character
 * that could start markup (emphasis, links, HTML, entities, table pipes, list or heading
 * markers at the start) is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .trim()
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
    .replace(/[\\`*_[\]{}<>|&~#!]/g, '\\$&')
    .replace(/^([-+=]|\d+(?=[.)]))/, (marker: string) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

function table(columns: TableColumn[], rows: string[][]): string[] {
  const line = (cells: string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(columns.map((column) => column.label)), `|${columns.map((column) => (column.kind === 'number' ? ' ---: ' : ' --- ')).join('|')}|`, ...rows.map(line)];
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'definitions':
      return [block.definitions.map((definition) => `*${escapeMarkdown(definition.term)}:* ${escapeMarkdown(definition.text)}`).join('  \n'), ''];
    case 'figures':
      return [
        ...table(
          [{ label: 'Figure' }, { label: 'Value', kind: 'number' }, { label: 'Definition' }],
          block.figures.map((figure) => [figure.label, figure.text, figure.definition ?? '']),
        ),
        '',
      ];
    case 'table':
      return [`**${escapeMarkdown(block.caption)}**`, '', ...(block.rows.length > 0 ? table(block.columns, block.rows) : [escapeMarkdown(block.empty)]), ''];
    case 'list':
      return [
        `**${escapeMarkdown(block.caption)}**`,
        '',
        ...(block.items.length > 0 ? block.items.map((item) => `- ${escapeMarkdown(item)}`) : [escapeMarkdown(block.empty)]),
        '',
      ];
    case 'paragraph':
      return [escapeMarkdown(block.text), ''];
    case 'chart':
      // The data table that follows every chart carries its numbers.
      return [];
  }
}

export function renderMarkdown(report: Report): string {
  const lines = [
    `# ${escapeMarkdown(report.title)}`,
    '',
    `**Scope:** ${escapeMarkdown(report.scopeLabel)}  `,
    `**Period:** ${escapeMarkdown(report.period.label)}  `,
    `**Status as of:** ${escapeMarkdown(formatDateTime(report.generatedAt))}`,
    '',
  ];
  for (const section of report.sections) {
    lines.push(`## ${escapeMarkdown(section.title)}`, '');
    for (const block of layoutSection(section)) lines.push(...renderBlock(block));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

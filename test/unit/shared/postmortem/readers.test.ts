import { describe, expect, it } from 'vitest';
import { blockText } from '../../../../shared/postmortem/document';
import { readHtml } from '../../../../shared/postmortem/readers/html';
import { readMarkdown } from '../../../../shared/postmortem/readers/markdown';
import { readStatuspageJson } from '../../../../shared/postmortem/readers/statuspage-json';
import { readStatuspageText } from '../../../../shared/postmortem/readers/statuspage-text';
import { readPostmortemText, detectFormat } from '../../../../shared/postmortem';

describe('markdown reader', () => {
  const md = `---
title: "Front matter title"
date: 2024-07-08
---

# Heading

## Action Items
- [ ] Open item
- [x] Done item
    - nested detail

| Action Item | Owner | Status |
| --- | --- | --- |
| Add alerts | SRE | DONE |
`;
  const doc = readMarkdown(md);

  it('reads front matter as fields without moving offsets', () => {
    expect(doc.fields).toMatchObject({ title: 'Front matter title', date: '2024-07-08' });
    const heading = doc.blocks.find((b) => b.kind === 'heading');
    expect(heading && blockText(doc, heading)).toBe('Heading');
  });

  it('gives task-list entries their state, their own text and nesting', () => {
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => [blockText(doc, b), b.checked, b.depth])).toEqual([
      ['Open item', false, 0],
      ['Done item', true, 0],
      ['nested detail', null, 1],
    ]);
    expect(items[2]?.parent).toBe(doc.blocks.indexOf(items[1]!));
  });

  it('ends a paragraph only at a line that opens a block of its own', () => {
    const text = ['Intro line', '   ## Heading', 'Text after', '> quoted', 'More text', '```', 'code', '```', 'Text again', '- item', 'Text a - b # c > d `x` <b>', '***', 'Last line', ' Posted Mar 29, 2023 - 00:07 PDT', '<div>html</div>', '', 'Title', '===', 'Tabbed\t', '\t- not a list', '+ plus item', '2. two', 'Para', '1) one'].join('\n');
    const read = readMarkdown(text);
    expect(read.blocks.map((b) => [b.kind, blockText(read, b), b.depth, b.aside])).toEqual([
      ['paragraph', 'Intro line', 0, false],
      ['heading', 'Heading', 2, false],
      ['paragraph', 'Text after', 0, false],
      ['paragraph', 'quoted\nMore text', 0, true],
      ['code', '```\ncode\n```', 0, false],
      ['paragraph', 'Text again', 0, false],
      ['list-item', 'item\nText a - b # c > d `x` <b>', 0, false],
      ['paragraph', 'Last line', 0, false],
      ['paragraph', 'Posted Mar 29, 2023 - 00:07 PDT', 0, true],
      ['heading', 'Title', 1, false],
      ['paragraph', 'Tabbed\t\n\t- not a list', 0, false],
      ['list-item', 'plus item', 0, false],
      ['list-item', 'two\nPara', 0, false],
      ['list-item', 'one', 0, false],
    ]);
  });

  it('reads text pasted from a rendered page (no blank lines at all) one paragraph or entry per line', () => {
    const pasted = ['Heroku outage: an update', '- Last Updated: September 05, 2025', 'Beginning at 06:00 UTC, customers saw errors.', 'We identified these objectives:', '- Ensuring immutable infrastructure', 'Where we are today', 'To ensure that changes occur only in a controlled manner, we:', '- Implemented a permanent halt on unattended upgrades', 'Root Cause:', 'A vendor upgrade restarted the network.', ''].join('\n');
    const read = readMarkdown(pasted);
    expect(read.blocks.map((b) => [b.kind, blockText(read, b)])).toEqual([
      ['paragraph', 'Heroku outage: an update'],
      ['list-item', 'Last Updated: September 05, 2025'],
      ['paragraph', 'Beginning at 06:00 UTC, customers saw errors.'],
      ['paragraph', 'We identified these objectives:'],
      ['list-item', 'Ensuring immutable infrastructure'],
      ['paragraph', 'Where we are today'],
      ['paragraph', 'To ensure that changes occur only in a controlled manner, we:'],
      ['list-item', 'Implemented a permanent halt on unattended upgrades'],
      ['heading', 'Root Cause:'],
      ['paragraph', 'A vendor upgrade restarted the network.'],
    ]);
    // Hand-written Markdown separates its paragraphs with blank lines, and a line break inside one only wraps it.
    const wrapped = readMarkdown('Our deploys were\nhard-wrapped here.\n\n- An entry that\n  wraps\n');
    expect(wrapped.blocks.map((b) => blockText(wrapped, b))).toEqual(['Our deploys were\nhard-wrapped here.', 'An entry that\n  wraps']);
  });

  it('gives table rows their cells', () => {
    const rows = doc.blocks.filter((b) => b.kind === 'table-row');
    expect(rows[0]?.header).toBe(true);
    expect(rows[1]?.cells?.map((c) => md.slice(c.start, c.end))).toEqual(['Add alerts', 'SRE', 'DONE']);
  });
});

describe('html reader', () => {
  const hostile = `<!doctype html><html><head><title>T</title><script>window.__pwned=1</script><style>.x{color:red}</style></head>
<body><nav><a href="/">Home</a></nav><article>
<h1 onclick="alert(1)">Outage report</h1>
<p>Summary with <a href="javascript:alert(2)">a link</a> and <img src=x onerror="alert(3)"> image.</p>
<iframe src="https://evil.example"></iframe><form><input name=q><button>Go</button></form>
<h2>Action Items</h2><ul><li><input type="checkbox" checked disabled> Add alerts</li><li>Fix <b>the</b> leak<ul><li>sub</li></ul></li></ul>
<table><tr><th>Action</th><th>Status</th></tr><tr><td>Pin versions</td><td>TODO</td></tr></table>
<script>document.title='PWNED'</script></article><footer>© Footer</footer></body></html>`;
  const doc = readHtml(hostile);

  it('renders the article as plain text and drops scripts, styles, frames, forms, handlers and link targets', () => {
    expect(doc.text).toContain('Outage report');
    expect(doc.text).toContain('Summary with a link and image.');
    for (const bad of ['pwned', 'PWNED', 'alert(', 'javascript', 'color:red', 'evil.example', 'Home', 'Footer', 'onerror', 'onclick', '<']) {
      expect(doc.text).not.toContain(bad);
    }
  });

  it('reads a page whose whole body sits inside a form (ASP.NET saves pages so), dropping only the controls', () => {
    const page = readHtml('<body><form action="/post"><input type="hidden" name="__VIEWSTATE" value="x"><div><h2>API outage</h2><p>We have fixed the monitoring.</p><button>Reply</button></div></form></body>');
    expect(page.text).toBe('## API outage\n\nWe have fixed the monitoring.\n');
  });

  it('reads a table that lays out the page (no header cells, paragraphs in its cells) as the paragraphs it holds', () => {
    const page = readHtml('<body><table><tr><td>Paul, Staff</td><td><p>We understand how important the API is.</p><p>We have fixed the monitoring.</p></td></tr></table></body>');
    expect(page.text).toBe('Paul, Staff\n\nWe understand how important the API is.\n\nWe have fixed the monitoring.\n');
    expect(page.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('keeps headings, nested lists, checkboxes and tables as structure', () => {
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => blockText(doc, b))).toEqual(['Outage report', 'Action Items']);
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => [blockText(doc, b), b.checked, b.depth])).toEqual([
      ['Add alerts', true, 0],
      ['Fix the leak', null, 0],
      ['sub', null, 1],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'table-row')).toHaveLength(2);
  });

  it('reads a checkbox by its attributes and drops the white space between tags', () => {
    const list = readHtml(`<ul>\n  <li><input type="checkbox"> Open</li>\n  <li><input type="checkbox" checked=""> Done</li>\n  <li><input type="text" checked> Plain</li>\n</ul>\n\n<p>\n  Two\n  lines\n</p>`);
    expect(list.text).toBe('- [ ] Open\n- [x] Done\n- Plain\n\nTwo\nlines\n');
    expect(list.blocks.map((b) => [blockText(list, b), b.checked])).toEqual([
      ['Open', false],
      ['Done', true],
      ['Plain', null],
      ['Two\nlines', null],
    ]);
  });
});

describe('statuspage text reader', () => {
  it('marks page furniture, headings and list entries', () => {
    const text = `Title Line
Incident Report for Acme

Remediation Steps

  1. Add alerts
  2. Fix the leak
Posted Mar 08, 2024 - 21:23 PST

Resolved
This incident has been resolved.
Posted Mar 07, 2024 - 23:09 PST
This incident affected: API.`;
    const doc = readStatuspageText(text);
    expect(doc.blocks.map((b) => [b.kind, b.marker, blockText(doc, b)])).toEqual([
      ['heading', null, 'Title Line'],
      ['paragraph', 'provider', 'Incident Report for Acme'],
      ['heading', null, 'Remediation Steps'],
      ['list-item', null, 'Add alerts'],
      ['list-item', null, 'Fix the leak'],
      ['paragraph', 'posted', 'Posted Mar 08, 2024 - 21:23 PST'],
      ['heading', 'status', 'Resolved'],
      ['paragraph', null, 'This incident has been resolved.'],
      ['paragraph', 'posted', 'Posted Mar 07, 2024 - 23:09 PST'],
      ['paragraph', 'affected', 'This incident affected: API.'],
    ]);
  });
});

describe('statuspage JSON reader', () => {
  const json = JSON.stringify({
    page: { name: 'Acme' },
    incident: {
      name: 'Queue delays',
      incident_updates: [
        { status: 'investigating', body: 'We are investigating.', created_at: '2024-05-01T10:00:00Z' },
        { status: 'resolved', body: 'Resolved. We will add queue depth alerts.', created_at: '2024-05-01T11:30:00Z' },
      ],
      components: [{ name: 'API' }, { name: 'Webhooks' }],
    },
  });

  it('renders the incident as a status page and reads it', () => {
    const doc = readStatuspageJson(json);
    expect(doc?.format).toBe('statuspage-json');
    expect(doc?.text.startsWith('Queue delays\n\nIncident Report for Acme')).toBe(true);
    const result = readPostmortemText('incident.json', json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.incident.organization).toBe('Acme');
    expect(result.value.incident.components).toEqual(['API', 'Webhooks']);
    expect(result.value.incident.updates.map((u) => [u.status, u.postedAt])).toEqual([
      ['Resolved', '2024-05-01T11:30:00Z'],
      ['Investigating', '2024-05-01T10:00:00Z'],
    ]);
    expect(result.value.items.map((i) => i.title)).toEqual(['Add queue depth alerts']);
  });

  it('returns null for JSON that is not a Statuspage incident', () => {
    expect(readStatuspageJson('{"hello": 1}')).toBeNull();
    expect(readStatuspageJson('not json')).toBeNull();
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.md', 'x', 'markdown'],
    ['a.html', 'x', 'html'],
    ['a.json', '{}', 'statuspage-json'],
    ['a.txt', 'Title\nIncident Report for X', 'text'],
    ['a.txt', '<!DOCTYPE html><p>x</p>', 'html'],
    ['pasted', '# Title\n\n- [ ] item', 'markdown'],
    ['PM2022-009 - Bad AMI', '## Summary\ntext', 'markdown'],
  ])('%s is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});

describe('plain text pasted from a rendered page', () => {
  it('reads one block per line, section labels as headings, and runs of short unpunctuated lines as list entries', () => {
    const text = ['Postmortem - November 10, 2025', 'Between October 31 and November 4, we had three outages.', 'Root cause:', 'We made three simultaneous changes:', 'Migrated our Redis cluster', 'Upgraded Celery to the latest version', 'What we are doing differently:', 'No more simultaneous infrastructure changes', 'Production-scale load testing before concurrency changes', '- Hardening: we are making the firewall rules immutable.', 'We apologise for the disruption.', ''].join('\n');
    const read = readStatuspageText(text);
    expect(read.blocks.map((b) => [b.kind, blockText(read, b)])).toEqual([
      ['heading', 'Postmortem - November 10, 2025'],
      ['paragraph', 'Between October 31 and November 4, we had three outages.'],
      ['heading', 'Root cause:'],
      ['paragraph', 'We made three simultaneous changes:'],
      ['list-item', 'Migrated our Redis cluster'],
      ['list-item', 'Upgraded Celery to the latest version'],
      ['heading', 'What we are doing differently:'],
      ['list-item', 'No more simultaneous infrastructure changes'],
      ['list-item', 'Production-scale load testing before concurrency changes'],
      ['list-item', 'Hardening: we are making the firewall rules immutable.'],
      ['paragraph', 'We apologise for the disruption.'],
    ]);
  });
});

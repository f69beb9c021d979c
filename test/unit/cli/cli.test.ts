import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = join(root, 'bin/followthrough.mjs');
const fixture = 'test/fixtures/postmortems/livekit-2024-03-08-service-disruption.txt';

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('followthrough extract', () => {
  it('prints the documented JSON shape with --json', () => {
    const r = run('extract', '--json', fixture);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: Record<string, unknown>[] };
    expect(out.documents).toHaveLength(1);
    const doc = out.documents[0]!;
    expect(Object.keys(doc)).toEqual(['file', 'format', 'incident', 'items', 'warnings']);
    expect(doc.file).toBe(fixture);
    expect(doc.format).toBe('text');
    expect(doc.incident).toMatchObject({ title: 'Service Disruption', organization: 'LiveKit', publishedAt: '2024-03-09T05:23:00Z' });
    const items = doc.items as Record<string, unknown>[];
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(Object.keys(item).filter((k) => k !== 'detail')).toEqual(['title', 'kind', 'themes', 'done', 'quote', 'span', 'confidence']);
      expect(item.span).toEqual({ start: expect.any(Number), end: expect.any(Number) });
    }
  });

  it('reports a file that cannot be read, still prints the others and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-cli-'));
    const empty = join(dir, 'empty.md');
    writeFileSync(empty, '');
    const r = run('extract', '--json', join(dir, 'missing.txt'), fixture, empty);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { documents: { file: string; error?: string; items?: unknown[] }[] };
    expect(out.documents.map((d) => [d.file, d.error === undefined])).toEqual([
      [join(dir, 'missing.txt'), false],
      [fixture, true],
      [empty, false],
    ]);
    expect(out.documents[0]?.error).toMatch(/missing\.txt.*no such file/);
    expect(out.documents[2]?.error).toMatch(/empty\.md.*empty/);
  });

  it('prints a readable summary without --json', () => {
    const r = run('extract', fixture);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Service Disruption — LiveKit');
    expect(r.stdout).toContain('3 remediation items');
    expect(r.stdout).toContain('[prevent] Adjust the transmission timeout settings');
  });

  it('explains its usage and refuses unknown commands or options', () => {
    expect(run('--help').stdout).toContain('Usage: followthrough extract [--json] FILE...');
    expect(run('frobnicate').code).toBe(2);
    expect(run('extract', '--yaml', fixture).code).toBe(2);
    expect(run('extract').code).toBe(2);
  });
});

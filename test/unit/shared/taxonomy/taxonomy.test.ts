import { describe, expect, it } from 'vitest';
import { ThemeSchema, type Theme } from '../../../../shared/model';
import { DEFAULT_THEMES, assignThemes, rankThemes } from '../../../../shared/taxonomy';

const REMEDIATION_IDS = ['validation', 'canary', 'deployment-process', 'relay-loop-prevention', 'memory-leak', 'monitoring', 'capacity', 'timeouts-retries', 'failover', 'dependency-isolation', 'config-management', 'data-durability', 'runbooks-training', 'communication', 'security', 'tooling-automation', 'code-fix', 'other'];
const FAILURE_IDS = ['bad-deploy', 'config-error', 'staging-production-gap', 'canary-gap', 'lock-contention', 'relay-loop', 'capacity-exhaustion', 'network-partition', 'network-degradation', 'false-positive-detection', 'dependency-failure', 'retry-storm', 'cross-region-coupling', 'database-failure', 'certificate-expiry', 'dns', 'hardware-failure', 'human-error', 'software-bug'];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('default themes', () => {
  it('are valid themes with unique ids and the taxonomy ids of both kinds', () => {
    for (const theme of DEFAULT_THEMES) expect(ThemeSchema.parse(theme)).toEqual(theme);
    const ids = DEFAULT_THEMES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(DEFAULT_THEMES.filter((t) => t.kind === 'remediation').map((t) => t.id)).toEqual(REMEDIATION_IDS);
    expect(DEFAULT_THEMES.filter((t) => t.kind === 'failure').map((t) => t.id)).toEqual(expect.arrayContaining(FAILURE_IDS));
  });

  it('have distinct colours readable on light and dark backgrounds', () => {
    const colours = DEFAULT_THEMES.map((t) => t.colour.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
    for (const theme of DEFAULT_THEMES) {
      expect(contrast(theme.colour, '#ffffff'), theme.id).toBeGreaterThanOrEqual(3);
      expect(contrast(theme.colour, '#121212'), theme.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('carry their rules as data (every theme but other has some)', () => {
    for (const theme of DEFAULT_THEMES.filter((t) => t.id !== 'other')) expect(theme.rules.length, theme.id).toBeGreaterThan(0);
  });
});

describe('assignThemes', () => {
  it('assigns remediation themes by keyword and phrase, case-insensitively', () => {
    expect(assignThemes('Adjust the transmission TIMEOUT settings', DEFAULT_THEMES, 'remediation')).toContain('timeouts-retries');
    expect(assignThemes('Implement blue/green deployments', DEFAULT_THEMES, 'remediation')).toEqual(expect.arrayContaining(['canary', 'deployment-process']));
    expect(assignThemes('We’ll be moving analytics off of JetStream', DEFAULT_THEMES, 'remediation')).toContain('dependency-isolation');
  });

  it('matches whole words, or prefixes for rules ending in *', () => {
    const themes: Theme[] = [{ id: 'dns', label: 'DNS', colour: '#336699', kind: 'remediation', rules: ['dns', 'resolv*'], retired: false }];
    expect(assignThemes('DNS records', themes, 'remediation')).toEqual(['dns']);
    expect(assignThemes('resolvers were slow', themes, 'remediation')).toEqual(['dns']);
    expect(assignThemes('the bdnsx tool', themes, 'remediation')).toEqual(['other']);
  });

  it('returns other for remediation text that matches nothing, and nothing for failures', () => {
    expect(assignThemes('Write a haiku', DEFAULT_THEMES, 'remediation')).toEqual(['other']);
    expect(assignThemes('Write a haiku', DEFAULT_THEMES, 'failure')).toEqual([]);
  });

  it('uses rules a user edited and ignores retired themes', () => {
    const edited = DEFAULT_THEMES.map((t) => (t.id === 'communication' ? { ...t, rules: [...t.rules, 'haiku'] } : t.id === 'monitoring' ? { ...t, retired: true } : t));
    expect(assignThemes('Write a haiku', edited, 'remediation')).toEqual(['communication']);
    expect(assignThemes('Add alerts', edited, 'remediation')).not.toContain('monitoring');
  });

  it('assigns failure themes only from failure themes', () => {
    expect(assignThemes('a memory leak and a retry storm', DEFAULT_THEMES, 'failure')).toEqual(expect.arrayContaining(['retry-storm']));
    expect(assignThemes('a memory leak and a retry storm', DEFAULT_THEMES, 'failure')).not.toContain('timeouts-retries');
  });

  it('counts a phrase as more specific evidence than the words inside it', () => {
    expect(assignThemes('Improve staged rollouts', DEFAULT_THEMES, 'remediation')).toEqual(['canary']);
    expect(rankThemes('Add load tests and load tests before each release', DEFAULT_THEMES, 'remediation')).toEqual([
      { id: 'validation', weight: 4 },
      { id: 'deployment-process', weight: 1 },
    ]);
  });
});

/**
 * Which remediation themes address which failure theme. Failure themes describe what went
 * wrong in an incident, remediation themes what an item fixes; this table joins the two so
 * the dashboard can tell which items were meant to stop a failure from coming back.
 */
import type { ActionItem, Incident } from '../model';

export const REMEDIATION_THEMES_BY_FAILURE_THEME: Readonly<Record<string, readonly string[]>> = {
  'bad-deploy': ['deployment-process', 'canary', 'validation'],
  'config-error': ['config-management', 'validation'],
  'staging-production-gap': ['validation'],
  'canary-gap': ['canary'],
  'lock-contention': ['code-fix', 'capacity'],
  'relay-loop': ['relay-loop-prevention'],
  'memory-leak': ['memory-leak'],
  'capacity-exhaustion': ['capacity'],
  'network-partition': ['failover'],
  'network-degradation': ['failover', 'timeouts-retries'],
  'false-positive-detection': ['monitoring', 'failover'],
  'dependency-failure': ['dependency-isolation'],
  'retry-storm': ['timeouts-retries'],
  'cross-region-coupling': ['failover', 'dependency-isolation'],
  'database-failure': ['data-durability'],
  'certificate-expiry': ['security', 'monitoring'],
  dns: ['config-management', 'failover'],
  'hardware-failure': ['failover', 'capacity'],
  'human-error': ['tooling-automation', 'runbooks-training', 'deployment-process'],
  'software-bug': ['code-fix', 'validation'],
};

const FAILURE_THEMES_BY_REMEDIATION_THEME: ReadonlyMap<string, readonly string[]> = (() => {
  const inverse = new Map<string, string[]>();
  for (const [failure, remediations] of Object.entries(REMEDIATION_THEMES_BY_FAILURE_THEME)) {
    for (const remediation of remediations) inverse.set(remediation, [...(inverse.get(remediation) ?? []), failure]);
  }
  return inverse;
})();

/** Failure themes that one remediation theme addresses. */
export function failureThemesAddressedBy(remediationThemeId: string): readonly string[] {
  return FAILURE_THEMES_BY_REMEDIATION_THEME.get(remediationThemeId) ?? [];
}

const NONE: readonly string[] = [];

/** The failure themes that any of the remediation `themes` addresses, in order, each once. */
export function failureThemesAddressedByThemes(themes: readonly string[]): readonly string[] {
  if (themes.length === 0) return NONE;
  // One theme, the usual case: its own list, not a copy.
  if (themes.length === 1) return failureThemesAddressedBy(themes[0]!);
  return [...new Set(themes.flatMap((theme) => failureThemesAddressedBy(theme)))];
}

/**
 * The failure themes an item addresses: those its remediation themes are mapped to and,
 * when none of them is a failure of its own incident, all of that incident's failure themes
 * (a generic fix written for an incident counts against everything that went wrong there).
 */
export function failureThemesAddressedByItem(item: ActionItem, incident: Incident | undefined): readonly string[] {
  const addressed = failureThemesAddressedByThemes(item.themes);
  const own = incident && item.incidentId === incident.id ? incident.failureThemes : NONE;
  if (own.length === 0 || own.some((failure) => addressed.includes(failure))) return addressed;
  return [...new Set([...addressed, ...own])];
}

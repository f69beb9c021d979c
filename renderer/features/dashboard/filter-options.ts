import type { DashboardInput } from '../../../shared/insights';
import type { Theme } from '../../../shared/model';

export interface FilterOptions {
  organizations: string[];
  remediationThemes: Theme[];
  failureThemes: Theme[];
}

/** What the filter bar offers: the organizations that have incidents, and the themes in use or not retired. */
export function filterOptions(input: DashboardInput): FilterOptions {
  const organizations = new Set<string>();
  for (const incident of input.incidents) if (incident.organization) organizations.add(incident.organization);
  const offered = input.themes.filter((theme) => !theme.retired);
  return {
    organizations: [...organizations].sort((a, b) => a.localeCompare(b)),
    remediationThemes: offered.filter((theme) => theme.kind === 'remediation'),
    failureThemes: offered.filter((theme) => theme.kind === 'failure'),
  };
}

import { useId } from 'react';
import type { DashboardFilters } from '../../../shared/insights';
import { Button } from '../../ui/Button';
import { hasActiveFilters, type DashboardViewPatch } from './dashboard-filters';
import type { FilterOptions } from './filter-options';

export interface DashboardFilterBarProps {
  filters: DashboardFilters;
  options: FilterOptions;
  onChange(patch: DashboardViewPatch): void;
}

/** Date range, organization and theme: they narrow every figure and chart on the page. */
export function DashboardFilterBar({ filters, options, onChange }: DashboardFilterBarProps) {
  const id = useId();
  return (
    <form className="dashboard-filters" aria-label="Dashboard filters" onSubmit={(event) => event.preventDefault()}>
      <div className="dashboard-filter">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from ?? ''}
          max={filters.to ?? undefined}
          onChange={(event) => onChange({ from: event.target.value || null })}
        />
      </div>
      <div className="dashboard-filter">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to ?? ''}
          min={filters.from ?? undefined}
          onChange={(event) => onChange({ to: event.target.value || null })}
        />
      </div>
      <div className="dashboard-filter">
        <label htmlFor={`${id}-org`}>Organization</label>
        <select id={`${id}-org`} value={filters.organization ?? ''} onChange={(event) => onChange({ organization: event.target.value || null })}>
          <option value="">All organizations</option>
          {options.organizations.map((organization) => (
            <option key={organization} value={organization}>
              {organization}
            </option>
          ))}
        </select>
      </div>
      <div className="dashboard-filter">
        <label htmlFor={`${id}-theme`}>Theme</label>
        <select id={`${id}-theme`} value={filters.themeId ?? ''} onChange={(event) => onChange({ themeId: event.target.value || null })}>
          <option value="">All themes</option>
          <optgroup label="Remediation themes">
            {options.remediationThemes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Failure themes">
            {options.failureThemes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.label}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {hasActiveFilters(filters) && (
        <Button variant="ghost" size="sm" onClick={() => onChange({ from: null, to: null, organization: null, themeId: null })}>
          Clear filters
        </Button>
      )}
    </form>
  );
}

import { useId } from 'react';
import type { Theme } from '../../../shared/model';
import { REPORT_SECTION_KINDS, type ReportOptions, type ReportPeriodOption, type ReportScopeOption } from '../../../shared/report';
import { recentQuarters, SECTION_LABELS, toggleSection } from './report-options';
import '../../ui/form-controls.css';

export interface ReportBuilderFormProps {
  options: ReportOptions;
  onChange(options: ReportOptions): void;
  organizations: readonly string[];
  themes: readonly Theme[];
  /** When the last report was exported, or null if never. */
  lastReportAt: string | null;
  now: Date;
}

type PeriodKind = ReportPeriodOption['kind'];
type ScopeKind = ReportScopeOption['kind'];

/** Period, scope, title and sections: every choice changes the preview at once. */
export function ReportBuilderForm({ options, onChange, organizations, themes, lastReportAt, now }: ReportBuilderFormProps) {
  const ids = { title: useId(), period: useId(), periodValue: useId(), scope: useId(), scopeValue: useId() };
  const quarters = recentQuarters(now);
  const { period, scope } = options;
  const set = (changes: Partial<ReportOptions>) => onChange({ ...options, ...changes });

  const setPeriodKind = (kind: PeriodKind) => {
    if (kind === 'since-last') set({ period: { kind } });
    else if (kind === 'since-date') set({ period: { kind, from: new Date(now.getTime() - 30 * 86_400_000).toISOString().slice(0, 10) } });
    else set({ period: { kind, year: quarters[0]!.year, quarter: quarters[0]!.quarter } });
  };
  const setScopeKind = (kind: ScopeKind) => {
    if (kind === 'all') set({ scope: { kind } });
    else if (kind === 'organization') set({ scope: { kind, value: organizations[0] ?? '' } });
    else set({ scope: { kind, value: themes[0]?.id ?? '' } });
  };

  return (
    <form className="report-builder" aria-label="Report options" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label className="field-label" htmlFor={ids.title}>
          Title
        </label>
        <input
          id={ids.title}
          className="input"
          value={options.title ?? ''}
          placeholder="Remediation progress report"
          onChange={(event) => set({ title: event.target.value })}
        />
      </div>

      <div className="field">
        <label className="field-label" htmlFor={ids.period}>
          Period
        </label>
        <select id={ids.period} className="select" value={period.kind} onChange={(event) => setPeriodKind(event.target.value as PeriodKind)}>
          <option value="since-last">Since the last report</option>
          <option value="since-date">Since a date</option>
          <option value="quarter">A quarter</option>
        </select>
        {period.kind === 'since-last' && (
          <span className="field-hint">{lastReportAt ? `Last report: ${lastReportAt.slice(0, 10)}` : 'No report exported yet: everything so far.'}</span>
        )}
      </div>
      {period.kind === 'since-date' && (
        <div className="field">
          <label className="field-label" htmlFor={ids.periodValue}>
            From
          </label>
          <input
            id={ids.periodValue}
            className="input"
            type="date"
            value={period.from}
            onChange={(event) => event.target.value && set({ period: { kind: 'since-date', from: event.target.value } })}
          />
        </div>
      )}
      {period.kind === 'quarter' && (
        <div className="field">
          <label className="field-label" htmlFor={ids.periodValue}>
            Quarter
          </label>
          <select
            id={ids.periodValue}
            className="select"
            value={`${period.year}-${period.quarter}`}
            onChange={(event) => {
              const choice = quarters.find((quarter) => `${quarter.year}-${quarter.quarter}` === event.target.value);
              if (choice) set({ period: { kind: 'quarter', year: choice.year, quarter: choice.quarter } });
            }}
          >
            {quarters.map((quarter) => (
              <option key={quarter.label} value={`${quarter.year}-${quarter.quarter}`}>
                {quarter.label}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="field">
        <label className="field-label" htmlFor={ids.scope}>
          Scope
        </label>
        <select id={ids.scope} className="select" value={scope.kind} onChange={(event) => setScopeKind(event.target.value as ScopeKind)}>
          <option value="all">Everything</option>
          <option value="organization" disabled={organizations.length === 0}>
            An organization
          </option>
          <option value="theme" disabled={themes.length === 0}>
            A theme
          </option>
        </select>
      </div>
      {scope.kind !== 'all' && (
        <div className="field">
          <label className="field-label" htmlFor={ids.scopeValue}>
            {scope.kind === 'organization' ? 'Organization' : 'Theme'}
          </label>
          <select
            id={ids.scopeValue}
            className="select"
            value={scope.value}
            onChange={(event) => set({ scope: { kind: scope.kind, value: event.target.value } })}
          >
            {scope.kind === 'organization'
              ? organizations.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))
              : themes.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.label} ({theme.kind === 'failure' ? 'failure' : 'remediation'})
                  </option>
                ))}
          </select>
        </div>
      )}

      <fieldset className="report-sections">
        <legend className="field-label">Sections</legend>
        {REPORT_SECTION_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="checkbox"
              checked={options.sections.includes(kind)}
              onChange={(event) => set({ sections: toggleSection(options.sections, kind, event.target.checked) })}
            />
            {SECTION_LABELS[kind]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

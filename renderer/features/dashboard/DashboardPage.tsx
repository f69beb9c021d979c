import { useCallback, useMemo } from 'react';
import type { DashboardInput } from '../../../shared/insights';
import { navigate } from '../../app/router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowRightIcon, DashboardIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { AgeingChart } from './AgeingChart';
import { BurnUpChart } from './BurnUpChart';
import { DashboardFilterBar } from './DashboardFilterBar';
import { useDashboardView, type DashboardView, type DashboardViewPatch } from './dashboard-filters';
import { DrillDownScopeContext } from './drill-down';
import { filterOptions } from './filter-options';
import { formatDay, plural } from './format';
import { HeadlineFigures } from './HeadlineFigures';
import { withDashboardScope, type ItemsQuery } from './items-link';
import { OwnerLoadChart } from './OwnerLoadChart';
import { RecurrencePanel } from './RecurrencePanel';
import { RepeatRiskList } from './RepeatRiskList';
import { ThemeCompletionChart } from './ThemeCompletionChart';
import { useAfterFirstPaint } from './use-after-first-paint';
import { useDashboard, useDashboardInput, type LiveDashboard } from './use-dashboard';
import './dashboard.css';

const TITLE = 'Dashboard';
const DESCRIPTION = 'Are we finishing what we promised, and are the same failures coming back?';

function NoDataYet() {
  return (
    <EmptyState
      icon={DashboardIcon}
      title="Nothing to chart yet"
      actions={
        <Button icon={ArrowRightIcon} onClick={() => navigate('/incidents')}>
          Go to Incidents
        </Button>
      }
    >
      <p>
        Once action items are tracked, this page charts completion over time, open and overdue work by theme, and the
        failures that recur across incidents.
      </p>
    </EmptyState>
  );
}

function NothingMatches({ onClear }: { onClear(): void }) {
  return (
    <EmptyState icon={DashboardIcon} title="Nothing matches these filters" actions={<Button onClick={onClear}>Clear filters</Button>}>
      <p>No incident or action item falls within this date range, organization and theme.</p>
    </EmptyState>
  );
}

export interface DashboardBodyProps {
  dashboard: LiveDashboard;
  onViewChange(patch: DashboardViewPatch): void;
}

export function DashboardBody({ dashboard, onViewChange }: DashboardBodyProps) {
  const { summary } = dashboard;
  const chartsDue = useAfterFirstPaint();
  const charts = useMemo(() => (chartsDue ? dashboard.charts() : null), [chartsDue, dashboard]);
  return (
    <div className="dashboard-body">
      <RepeatRiskList risk={summary.repeatRisk} />
      <HeadlineFigures figures={summary.headline} today={summary.today} />
      {charts && (
        <>
          <BurnUpChart burnUp={charts.burnUp} onIntervalChange={(interval) => onViewChange({ interval })} />
          {charts.completionByTheme.length > 0 && <ThemeCompletionChart rows={charts.completionByTheme} />}
          {charts.recurrence.themes.length > 0 && <RecurrencePanel matrix={charts.recurrence} />}
          <div className="dashboard-pair">
            <OwnerLoadChart owners={charts.owners} />
            <AgeingChart buckets={charts.ageing} />
          </div>
        </>
      )}
    </div>
  );
}

function useDrillDownScope(input: DashboardInput | undefined, view: DashboardView) {
  const remediationThemeIds = useMemo(
    () => new Set((input?.themes ?? []).filter((theme) => theme.kind === 'remediation').map((theme) => theme.id)),
    [input],
  );
  return useCallback((query: ItemsQuery) => withDashboardScope(query, view.filters, remediationThemeIds), [view.filters, remediationThemeIds]);
}

export default function DashboardPage() {
  const [view, updateView] = useDashboardView();
  const input = useDashboardInput();
  const dashboard = useDashboard(input, view);
  const options = useMemo(() => input && filterOptions(input), [input]);
  const scope = useDrillDownScope(input, view);
  const clearFilters = () => updateView({ from: null, to: null, organization: null, themeId: null });

  // Local data arrives within a frame: show the header alone rather than a spinner.
  if (!input || !dashboard || !options) return <PageHeader title={TITLE} description={DESCRIPTION} />;
  if (input.items.length === 0 && input.incidents.length === 0) {
    return (
      <>
        <PageHeader title={TITLE} description="How remediation work is going, and which failures keep coming back." />
        <NoDataYet />
      </>
    );
  }
  const { summary } = dashboard;
  const empty = summary.headline.total === 0 && summary.incidentCount === 0;
  return (
    <DrillDownScopeContext.Provider value={scope}>
      <PageHeader
        title={TITLE}
        description={`${DESCRIPTION} ${plural(summary.headline.total, 'item')} from ${plural(summary.incidentCount, 'incident')}, as of ${formatDay(summary.today)}.`}
      />
      <DashboardFilterBar filters={view.filters} options={options} onChange={updateView} />
      {empty ? <NothingMatches onClear={clearFilters} /> : <DashboardBody dashboard={dashboard} onViewChange={updateView} />}
    </DrillDownScopeContext.Provider>
  );
}

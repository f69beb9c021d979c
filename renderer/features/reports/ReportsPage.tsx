import { useMemo, useState } from 'react';
import { buildReport, type ReportOptions } from '../../../shared/report';
import { navigate } from '../../app/router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowRightIcon, ReportsIcon } from '../../ui/icons';
import { Kbd } from '../../ui/Kbd';
import { PageHeader } from '../../ui/PageHeader';
import { ExportButtons } from './ExportButtons';
import { ReportBuilderForm } from './ReportBuilderForm';
import { ReportPreview } from './ReportPreview';
import { DEFAULT_REPORT_OPTIONS, organizationsOf } from './report-options';
import { useReportExport } from './use-report-export';
import { useReportInput } from './use-report-input';
import './reports.css';

const currentTime = () => new Date();

/** The report builder: choose period, scope and sections, read the preview, export. */
export default function ReportsPage() {
  const input = useReportInput();
  const [options, setOptions] = useState<ReportOptions>(DEFAULT_REPORT_OPTIONS);
  const [now] = useState(currentTime);
  const report = useMemo(() => (input ? buildReport(input, options, now) : null), [input, options, now]);
  const source = useMemo(
    () => (input ? { build: (at: Date) => buildReport(input, options, at), input, scope: options.scope } : null),
    [input, options],
  );
  const { exportAs, busy } = useReportExport(source);
  const organizations = useMemo(() => organizationsOf(input?.incidents ?? []), [input]);

  if (!input || !report) return null;
  return (
    <>
      <PageHeader title="Reports" description="Share the state of remediation work outside the app." />
      {input.items.length === 0 ? (
        <EmptyState
          icon={ReportsIcon}
          title="Nothing to report yet"
          actions={
            <Button icon={ArrowRightIcon} onClick={() => navigate('/incidents')}>
              Go to Incidents
            </Button>
          }
          hint={
            <>
              Export from anywhere with <Kbd keys="mod+e" />
            </>
          }
        >
          <p>
            Build a report for a team, an incident or a period, and export it as Markdown, HTML, PDF or CSV, including a
            CSV that Jira imports.
          </p>
        </EmptyState>
      ) : (
        <>
          <ExportButtons busy={busy} noSections={options.sections.length === 0} onExport={(format) => void exportAs(format)} />
          <div className="report-layout">
            <ReportBuilderForm
              options={options}
              onChange={setOptions}
              organizations={organizations}
              themes={input.themes.filter((theme) => !theme.retired)}
              lastReportAt={input.lastReportAt ?? null}
              now={now}
            />
            <ReportPreview report={report} />
          </div>
        </>
      )}
    </>
  );
}

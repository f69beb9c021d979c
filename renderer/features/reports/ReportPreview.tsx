import { formatDateTime, layoutSection, type Report } from '../../../shared/report';
import { ReportBlockView } from './ReportBlockView';

/** The report as it will read, from the same blocks the Markdown and HTML renderers use. */
export function ReportPreview({ report }: { report: Report }) {
  return (
    <article className="preview" aria-label="Report preview">
      <header className="preview-header">
        <p className="preview-kicker">Remediation report</p>
        <h2 className="preview-title">{report.title}</h2>
        <dl className="preview-meta">
          <div>
            <dt>Scope</dt>
            <dd>{report.scopeLabel}</dd>
          </div>
          <div>
            <dt>Period</dt>
            <dd>{report.period.label}</dd>
          </div>
          <div>
            <dt>Status as of</dt>
            <dd>{formatDateTime(report.generatedAt)}</dd>
          </div>
        </dl>
      </header>
      {report.sections.length === 0 && <p className="preview-empty">Choose at least one section.</p>}
      {report.sections.map((section) => (
        <section key={section.kind} className="preview-section">
          <h3 className="preview-section-title">{section.title}</h3>
          {layoutSection(section).map((block, index) => (
            <ReportBlockView key={index} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}

import { Button } from '../../ui/Button';
import { EXPORT_LABELS, type ExportFormat } from './use-report-export';

const GROUPS: readonly { label: string; formats: readonly ExportFormat[]; needsSections: boolean }[] = [
  { label: 'Report', formats: ['html', 'pdf', 'markdown'], needsSections: true },
  { label: 'Data', formats: ['items-csv', 'jira-csv', 'backup'], needsSections: false },
];

export interface ExportButtonsProps {
  busy: ExportFormat | null;
  /** No section is chosen: the report formats would be empty. */
  noSections: boolean;
  onExport(format: ExportFormat): void;
}

/** One button per export format, grouped: the report itself, and the data behind it. */
export function ExportButtons({ busy, noSections, onExport }: ExportButtonsProps) {
  return (
    <div className="report-exports">
      {GROUPS.map((group) => (
        <div key={group.label} className="report-export-group" role="group" aria-label={`Export ${group.label.toLowerCase()}`}>
          <span className="report-export-label">{group.label}</span>
          {group.formats.map((format) => (
            <Button
              key={format}
              size="sm"
              variant={format === 'html' ? 'primary' : 'secondary'}
              disabled={(group.needsSections && noSections) || busy !== null}
              aria-busy={busy === format}
              onClick={() => onExport(format)}
            >
              {EXPORT_LABELS[format]}
            </Button>
          ))}
        </div>
      ))}
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { ParsedIncident } from '../../../shared/model';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import type { ThemeCatalog } from './theme-catalog';
import { ThemeChips } from '../../ui/ThemeChips';
import { isoFromUtcInput, utcInputValue } from './utc-input';

type DetailsEdit = Pick<
  ParsedIncident,
  'title' | 'organization' | 'publishedAt' | 'startedAt' | 'resolvedAt' | 'components' | 'failureThemes'
>;

export interface IncidentDetailsDialogProps {
  open: boolean;
  incident: ParsedIncident;
  catalog: ThemeCatalog;
  onSave(edit: DetailsEdit): void;
  onClose(): void;
}

/** Corrects what the reader took from the postmortem: title, organization, times, components, failure themes. */
export function IncidentDetailsDialog({ open, incident, catalog, onSave, onClose }: IncidentDetailsDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Incident details" description="Times are in UTC." size="lg">
      {open && <DetailsForm incident={incident} catalog={catalog} onSave={onSave} onClose={onClose} />}
    </Dialog>
  );
}

function DetailsForm({ incident, catalog, onSave, onClose }: Omit<IncidentDetailsDialogProps, 'open'>) {
  const [title, setTitle] = useState(incident.title);
  const [organization, setOrganization] = useState(incident.organization ?? '');
  const [published, setPublished] = useState(utcInputValue(incident.publishedAt));
  const [started, setStarted] = useState(utcInputValue(incident.startedAt));
  const [resolved, setResolved] = useState(utcInputValue(incident.resolvedAt));
  const [components, setComponents] = useState(incident.components.join('\n'));
  const [failureThemes, setFailureThemes] = useState(incident.failureThemes);
  const ids = { title: useId(), organization: useId(), published: useId(), started: useId(), resolved: useId(), components: useId(), theme: useId() };

  const startedAt = isoFromUtcInput(started);
  const resolvedAt = isoFromUtcInput(resolved);
  const orderError = startedAt && resolvedAt && resolvedAt < startedAt ? 'Resolved must be after started.' : null;
  const titleError = title.trim() === '' ? 'A title is required.' : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (titleError || orderError) return;
    onSave({
      title: title.replace(/\s+/g, ' ').trim(),
      organization: organization.trim() || null,
      publishedAt: isoFromUtcInput(published),
      startedAt,
      resolvedAt,
      components: components.split('\n').map((line) => line.trim()).filter(Boolean),
      failureThemes,
    });
  };

  const addable = catalog.failure.filter((theme) => !failureThemes.includes(theme.id));

  return (
    <form className="import-review-form" onSubmit={submit} noValidate>
      <div className="import-review-form-grid">
        <label className="import-review-field import-review-field--wide" htmlFor={ids.title}>
          <span className="import-review-field-label">Title</span>
          <input
            id={ids.title}
            value={title}
            aria-invalid={titleError !== null}
            aria-describedby={titleError ? `${ids.title}-error` : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
          {titleError && (
            <span id={`${ids.title}-error`} className="import-review-field-error">
              {titleError}
            </span>
          )}
        </label>
        <label className="import-review-field" htmlFor={ids.organization}>
          <span className="import-review-field-label">Organization</span>
          <input id={ids.organization} value={organization} onChange={(e) => setOrganization(e.target.value)} />
        </label>
        <label className="import-review-field" htmlFor={ids.published}>
          <span className="import-review-field-label">Published (UTC)</span>
          <input id={ids.published} type="datetime-local" value={published} onChange={(e) => setPublished(e.target.value)} />
        </label>
        <label className="import-review-field" htmlFor={ids.started}>
          <span className="import-review-field-label">Impact started (UTC)</span>
          <input id={ids.started} type="datetime-local" value={started} onChange={(e) => setStarted(e.target.value)} />
        </label>
        <label className="import-review-field" htmlFor={ids.resolved}>
          <span className="import-review-field-label">Resolved (UTC)</span>
          <input
            id={ids.resolved}
            type="datetime-local"
            value={resolved}
            aria-invalid={orderError !== null}
            aria-describedby={orderError ? `${ids.resolved}-error` : undefined}
            onChange={(e) => setResolved(e.target.value)}
          />
          {orderError && (
            <span id={`${ids.resolved}-error`} className="import-review-field-error">
              {orderError}
            </span>
          )}
        </label>
        <label className="import-review-field import-review-field--wide" htmlFor={ids.components}>
          <span className="import-review-field-label">Affected components, one per line</span>
          <textarea id={ids.components} rows={3} value={components} onChange={(e) => setComponents(e.target.value)} />
        </label>
        <div className="import-review-field import-review-field--wide">
          <span className="import-review-field-label" id={ids.theme}>
            Failure themes
          </span>
          <div className="import-review-theme-editor">
            <ThemeChips
              ids={failureThemes}
              themeById={catalog.byId}
              empty="None"
              onRemove={(id) => setFailureThemes(failureThemes.filter((theme) => theme !== id))}
            />
            {addable.length > 0 && (
              <select
                aria-labelledby={ids.theme}
                className="import-review-select"
                value=""
                onChange={(e) => e.target.value && setFailureThemes([...failureThemes, e.target.value])}
              >
                <option value="">Add theme…</option>
                {addable.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.label}
                  </option>
                ))}
              </select>
            )}
          </div>
        </div>
      </div>
      <div className="import-review-form-actions">
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="primary">
          Save details
        </Button>
      </div>
    </form>
  );
}

import { useId, useMemo, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MeetingScope } from '../../../shared/model';
import { navigate } from '../../app/router';
import { listIncidentsWithProgress, listThemes, loadAllItems, startMeeting } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { ReviewIcon } from '../../ui/icons';
import {
  DEFAULT_DUE_WITHIN_DAYS,
  ORDER_LABELS,
  SCOPE_KIND_LABELS,
  selectReviewItems,
  type ReviewOrder,
  type ScopeKind,
} from './review-scope';
import { scopeValueOptions, type ScopeValueOptions } from './review-scope-options';
import { currentDay } from './review-format';
import '../../ui/form-controls.css';

async function loadReviewSources() {
  const [items, progress, themes] = await Promise.all([loadAllItems(), listIncidentsWithProgress(), listThemes()]);
  return { items, incidents: progress.map((entry) => entry.incident), themes };
}

function hasValueChoice(kind: ScopeKind): kind is keyof ScopeValueOptions {
  return kind === 'incident' || kind === 'theme' || kind === 'owner';
}

const VALUE_LABELS: Record<keyof ScopeValueOptions, string> = { incident: 'Incident', theme: 'Theme', owner: 'Owner' };

/** Chooses what the meeting covers and in which order, then starts it. */
export function StartReviewForm() {
  const sources = useLiveQuery(loadReviewSources, []);
  const [today] = useState(currentDay);
  const [title, setTitle] = useState(`Remediation review ${today}`);
  const [kind, setKind] = useState<ScopeKind>('all-open');
  const [chosenValue, setChosenValue] = useState<string | null>(null);
  const [days, setDays] = useState(String(DEFAULT_DUE_WITHIN_DAYS));
  const [order, setOrder] = useState<ReviewOrder>('due');
  const [starting, setStarting] = useState(false);
  const ids = { title: useId(), kind: useId(), value: useId(), order: useId(), count: useId() };

  const options = useMemo(
    () => (sources ? scopeValueOptions(sources.items, sources.incidents, sources.themes) : null),
    [sources],
  );
  const valueOptions = options && hasValueChoice(kind) ? options[kind] : [];
  const value = hasValueChoice(kind)
    ? (valueOptions.find((option) => option.value === chosenValue) ?? valueOptions[0])?.value ?? null
    : kind === 'due-within'
      ? days
      : null;
  const scope: MeetingScope = { kind, value, order };
  const selected = useMemo(() => {
    if (!sources) return [];
    const incidents = new Map(sources.incidents.map((incident) => [incident.id, incident]));
    return selectReviewItems(sources.items, incidents, { kind, value, order }, today);
  }, [sources, kind, value, order, today]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setStarting(true);
    try {
      const meeting = await startMeeting({ title: title.trim() || `Remediation review ${today}`, scope, itemIds: selected.map((item) => item.id) });
      navigate(`/review/${meeting.id}`);
    } catch (error) {
      showToast({ tone: 'error', title: 'Could not start the meeting', description: error instanceof Error ? error.message : String(error) });
      setStarting(false);
    }
  };

  return (
    <form className="review-start" onSubmit={start} aria-label="Start a review">
      <div className="review-start-grid">
        <div className="field review-start-title">
          <label className="field-label" htmlFor={ids.title}>
            Meeting title
          </label>
          <input id={ids.title} className="input" value={title} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.kind}>
            Scope
          </label>
          <select id={ids.kind} className="select" value={kind} onChange={(event) => setKind(event.target.value as ScopeKind)}>
            {(Object.keys(SCOPE_KIND_LABELS) as ScopeKind[]).map((option) => (
              <option key={option} value={option}>
                {SCOPE_KIND_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        {kind === 'due-within' && (
          <div className="field">
            <label className="field-label" htmlFor={ids.value}>
              Days ahead
            </label>
            <input
              id={ids.value}
              className="input"
              type="number"
              min={0}
              max={365}
              value={days}
              onChange={(event) => setDays(event.target.value)}
            />
          </div>
        )}
        {hasValueChoice(kind) && (
          <div className="field">
            <label className="field-label" htmlFor={ids.value}>
              {VALUE_LABELS[kind]}
            </label>
            <select id={ids.value} className="select" value={value ?? ''} disabled={valueOptions.length === 0} onChange={(event) => setChosenValue(event.target.value)}>
              {valueOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label} ({option.count})
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field-label" htmlFor={ids.order}>
            Order
          </label>
          <select id={ids.order} className="select" value={order} onChange={(event) => setOrder(event.target.value as ReviewOrder)}>
            {(Object.keys(ORDER_LABELS) as ReviewOrder[]).map((option) => (
              <option key={option} value={option}>
                {ORDER_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="review-start-footer">
        <p id={ids.count} className="review-start-count" aria-live="polite">
          {sources === undefined ? 'Counting items…' : `${selected.length} unfinished ${selected.length === 1 ? 'item' : 'items'} in scope`}
        </p>
        <Button variant="primary" type="submit" icon={ReviewIcon} disabled={starting || selected.length === 0} aria-describedby={ids.count}>
          Start meeting
        </Button>
      </div>
    </form>
  );
}

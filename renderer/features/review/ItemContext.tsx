import { durationText } from './review-format';
import type { ActionItem, Incident } from '../../../shared/model';
import { incidentDay } from '../../../shared/insights';
import { quoteInContext } from './source-context';

/** Where the item came from: the incident, the postmortem's sentence, and the notes so far. */
export function ItemContext({ item, incident }: { item: ActionItem; incident: Incident | undefined }) {
  const quote = item.source ? quoteInContext(incident?.sourceText ?? null, item.source) : null;
  return (
    <div className="review-context">
      {incident ? (
        <p className="review-incident">
          <span className="review-incident-title">{incident.title}</span>
          <span className="review-incident-meta">
            {[incident.organization, incidentDay(incident), durationText(incident.durationMinutes)].filter(Boolean).join(' · ')}
          </span>
        </p>
      ) : (
        <p className="review-incident review-muted">Added by hand, not from a postmortem.</p>
      )}
      {quote && (
        <figure className="review-quote">
          <blockquote>
            {quote.before}
            <mark>{quote.quote}</mark>
            {quote.after}
          </blockquote>
          <figcaption>From the postmortem</figcaption>
        </figure>
      )}
      {item.detail && item.detail !== item.title && <p className="review-detail">{item.detail}</p>}
      {item.notes && (
        <section className="review-notes" aria-label="Notes">
          <h3>Notes</h3>
          <p>{item.notes}</p>
        </section>
      )}
    </div>
  );
}

/**
 * Whether a parsed document is already in the tracker, before the user reviews it: the
 * same text (same content hash) or an earlier version of it (same organization, title
 * and publication date), the identities the data layer's import uses.
 */
import type { Incident, ParsedPostmortem } from '../../../shared/model';
import { db } from '../../db';

export interface KnownIncident {
  relation: 'same-document' | 'earlier-version';
  incidentId: string;
  title: string;
}

const known = (relation: KnownIncident['relation'], incident: Incident): KnownIncident => ({
  relation,
  incidentId: incident.id,
  title: incident.title,
});

export async function findKnownIncident(parsed: ParsedPostmortem): Promise<KnownIncident | null> {
  const same = await db.incidents.where('contentHash').equals(parsed.contentHash).first();
  if (same) return known('same-document', same);
  const { title, organization, publishedAt } = parsed.incident;
  const sameIdentity = (incident: Incident) => incident.title === title && incident.organization === organization;
  const earlier =
    publishedAt === null
      ? await db.incidents.filter((incident) => incident.publishedAt === null && sameIdentity(incident)).first()
      : await db.incidents.where('publishedAt').equals(publishedAt).filter(sameIdentity).first();
  return earlier ? known('earlier-version', earlier) : null;
}

/** Whether the tracker holds any incident or item; for the first-run screen. */
export async function trackerHasData(): Promise<boolean> {
  return (await db.incidents.count()) > 0 || (await db.items.count()) > 0;
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import type { Owner } from '../../../shared/model';
import { addOwner, deleteOwner, getSetting, listOwners, setSetting, updateOwner } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { ME_SETTING } from '../items/saved-views';
import { SettingsSection } from './SettingsLayout';

function reportError(error: unknown): void {
  showToast({ tone: 'error', title: 'The owner was not changed', description: error instanceof Error ? error.message : String(error) });
}

function OwnerRow({ owner }: { owner: Owner }) {
  const [name, setName] = useState(owner.name);
  const [team, setTeam] = useState(owner.team ?? '');
  const commit = () => {
    const changes = { name: name.trim(), team: team.trim() || null };
    if (changes.name === owner.name && changes.team === owner.team) return;
    updateOwner(owner.id, changes).catch((error: unknown) => {
      setName(owner.name);
      reportError(error);
    });
  };
  return (
    <li className="owner-row">
      <input type="text" aria-label={`Name of ${owner.name}`} value={name} onChange={(e) => setName(e.target.value)} onBlur={commit} />
      <input
        type="text"
        aria-label={`Team of ${owner.name}`}
        placeholder="Team"
        value={team}
        onChange={(e) => setTeam(e.target.value)}
        onBlur={commit}
      />
      <Button size="sm" variant="ghost" aria-label={`Remove ${owner.name}`} onClick={() => void deleteOwner(owner.id).catch(reportError)}>
        Remove
      </Button>
    </li>
  );
}

/** The people and teams items can be assigned to. Renaming someone renames them on their items. */
export function OwnersSection() {
  const owners = useLiveQuery(listOwners, []) ?? [];
  const me = useLiveQuery(() => getSetting(ME_SETTING, z.string().nullable(), null), []) ?? null;
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await addOwner(name, team.trim() || null);
      setName('');
      setTeam('');
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <SettingsSection title="Owners" description="People and teams that own action items. Renaming an owner renames them on their items.">
      <ul className="owner-list" aria-label="Owners">
        {owners.map((owner) => (
          <OwnerRow key={`${owner.id}:${owner.name}:${owner.team}`} owner={owner} />
        ))}
      </ul>
      <form className="owner-add" onSubmit={(event) => void add(event)}>
        <input type="text" aria-label="New owner's name" placeholder="Name" value={name} onChange={(e) => setName(e.target.value)} />
        <input type="text" aria-label="New owner's team" placeholder="Team (optional)" value={team} onChange={(e) => setTeam(e.target.value)} />
        <Button type="submit" size="sm" disabled={!name.trim()}>
          Add owner
        </Button>
      </form>
      <div className="settings-row">
        <div className="settings-row-text">
          <h3 className="settings-row-label">
            <label htmlFor="owners-me">You are</label>
          </h3>
          <p className="settings-row-description">The "My overdue" view shows this owner's overdue items.</p>
        </div>
        <select id="owners-me" className="settings-select" value={me ?? ''} onChange={(e) => void setSetting(ME_SETTING, e.target.value || null)}>
          <option value="">Not set</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.name}>
              {owner.name}
            </option>
          ))}
        </select>
      </div>
    </SettingsSection>
  );
}

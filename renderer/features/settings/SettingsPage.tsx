import type { ReactNode } from 'react';
import type { ThemePreference } from '../../../shared/ipc';
import { useAppVersion } from '../../platform/use-app-version';
import { useThemeStore } from '../../stores/theme';
import { MoonIcon, SunIcon, SystemIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { SegmentedControl, type SegmentedOption } from '../../ui/SegmentedControl';
import './settings.css';

const THEME_OPTIONS: readonly SegmentedOption<ThemePreference>[] = [
  { value: 'light', label: 'Light', icon: SunIcon },
  { value: 'dark', label: 'Dark', icon: MoonIcon },
  { value: 'system', label: 'System', icon: SystemIcon },
];

function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="settings-section" aria-label={title}>
      <h2 className="settings-section-title">{title}</h2>
      <div className="settings-card">{children}</div>
    </section>
  );
}

function SettingsRow({ label, description, children }: { label: string; description: string; children: ReactNode }) {
  return (
    <div className="settings-row">
      <div className="settings-row-text">
        <h3 className="settings-row-label">{label}</h3>
        <p className="settings-row-description">{description}</p>
      </div>
      <div className="settings-row-control">{children}</div>
    </div>
  );
}

export default function SettingsPage() {
  const preference = useThemeStore((state) => state.preference);
  const setPreference = useThemeStore((state) => state.setPreference);
  const version = useAppVersion();
  return (
    <>
      <PageHeader title="Settings" description="Appearance, and how Followthrough keeps your data." />
      <div className="settings">
        <SettingsSection title="Appearance">
          <SettingsRow label="Theme" description="Follow the system setting, or always use light or dark.">
            <SegmentedControl label="Theme" options={THEME_OPTIONS} value={preference} onChange={setPreference} />
          </SettingsRow>
        </SettingsSection>
        <SettingsSection title="Data">
          <SettingsRow
            label="Storage"
            description="Incidents and action items live in a database on this computer. Nothing is uploaded anywhere."
          >
            <span className="settings-value">This computer only</span>
          </SettingsRow>
        </SettingsSection>
        <SettingsSection title="About">
          <SettingsRow label="Version" description="Followthrough turns incident postmortems into finished remediation work.">
            <span className="settings-value">{version ?? '…'}</span>
          </SettingsRow>
        </SettingsSection>
      </div>
    </>
  );
}

import type { ThemePreference } from '../../../shared/ipc';
import { useAppVersion } from '../../platform/use-app-version';
import { useThemeStore } from '../../stores/theme';
import { MoonIcon, SunIcon, SystemIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { SegmentedControl, type SegmentedOption } from '../../ui/SegmentedControl';
import { BackupRows } from './BackupRows';
import { EraseRow } from './EraseRow';
import { OwnersSection } from './OwnersSection';
import { SettingsRow, SettingsSection } from './SettingsLayout';
import { StorageRow } from './StorageRow';
import { ThemesSection } from './ThemesSection';
import './settings.css';

const THEME_OPTIONS: readonly SegmentedOption<ThemePreference>[] = [
  { value: 'light', label: 'Light', icon: SunIcon },
  { value: 'dark', label: 'Dark', icon: MoonIcon },
  { value: 'system', label: 'System', icon: SystemIcon },
];

export default function SettingsPage() {
  const preference = useThemeStore((state) => state.preference);
  const setPreference = useThemeStore((state) => state.setPreference);
  const version = useAppVersion();
  return (
    <>
      <PageHeader title="Settings" description="Appearance, themes, owners, and how Followthrough keeps your data." />
      <div className="settings">
        <SettingsSection title="Appearance">
          <SettingsRow label="Theme" description="Follow the system setting, or always use light or dark.">
            <SegmentedControl label="Theme" options={THEME_OPTIONS} value={preference} onChange={setPreference} />
          </SettingsRow>
        </SettingsSection>
        <ThemesSection />
        <OwnersSection />
        <SettingsSection title="Data">
          <StorageRow />
          <BackupRows />
        </SettingsSection>
        <SettingsSection title="Danger zone">
          <EraseRow />
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

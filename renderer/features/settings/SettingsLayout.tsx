import type { ReactNode } from 'react';

export function SettingsSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <section className="settings-section" aria-label={title}>
      <h2 className="settings-section-title">{title}</h2>
      {description && <p className="settings-section-description">{description}</p>}
      <div className="settings-card">{children}</div>
    </section>
  );
}

export function SettingsRow({ label, description, children }: { label: string; description: ReactNode; children: ReactNode }) {
  return (
    <div className="settings-row">
      <div className="settings-row-text">
        <h3 className="settings-row-label">{label}</h3>
        <div className="settings-row-description">{description}</div>
      </div>
      <div className="settings-row-control">{children}</div>
    </div>
  );
}

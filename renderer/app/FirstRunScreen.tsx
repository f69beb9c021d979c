import { useId, type ReactNode } from 'react';
import { ImportIcon, LocalDataIcon, LogoMark, SamplesIcon, type IconComponent } from '../ui/icons';
import { Kbd } from '../ui/Kbd';
import { useFirstRunActions, useImportPostmortems } from './first-run-actions';
import './first-run.css';

function StartOption({
  icon: Icon,
  title,
  children,
  onSelect,
}: {
  icon: IconComponent;
  title: string;
  children: ReactNode;
  onSelect(): void;
}) {
  const descriptionId = useId();
  // The whole card is clickable, but only the title names the button (see .start-option-button::after).
  return (
    <div className="start-option">
      <span className="start-option-icon">
        <Icon />
      </span>
      <div className="start-option-text">
        <button type="button" className="start-option-button" aria-describedby={descriptionId} onClick={onSelect}>
          {title}
        </button>
        <p id={descriptionId} className="start-option-description">
          {children}
        </p>
      </div>
    </div>
  );
}

/** What a new user sees: two ways to get postmortems in. */
export function FirstRunScreen() {
  const importPostmortems = useImportPostmortems();
  const { loadSamples } = useFirstRunActions();
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <LogoMark className="first-run-logo" />
      <h1 id="first-run-title" className="first-run-title">
        Welcome to Followthrough
      </h1>
      <p className="first-run-lead">
        Import your incident postmortems. Followthrough finds every remediation item, with the exact sentence it came
        from, so you can track each one until it is done.
      </p>
      <div className="first-run-options">
        <StartOption icon={ImportIcon} title="Import postmortems…" onSelect={() => void importPostmortems()}>
          Statuspage text, Markdown, HTML or Statuspage JSON. You can also drop files anywhere in this window.
        </StartOption>
        <StartOption icon={SamplesIcon} title="Load sample postmortems" onSelect={() => void loadSamples()}>
          Five real public postmortems from LiveKit’s status page, to see how it works.
        </StartOption>
      </div>
      <p className="first-run-note">
        <LocalDataIcon />
        Everything stays on this computer. Import any time with <Kbd keys="mod+o" />
      </p>
    </section>
  );
}

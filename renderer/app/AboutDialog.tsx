import { useAppVersion } from '../platform/use-app-version';
import { Dialog } from '../ui/Dialog';
import { LogoMark } from '../ui/icons';
import './about-dialog.css';

export function AboutDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const version = useAppVersion();
  return (
    <Dialog open={open} onClose={onClose} title="About Followthrough" size="sm">
      <div className="about">
        <LogoMark className="about-logo" />
        <p className="about-name">Followthrough {version && <span className="about-version">{version}</span>}</p>
        <p className="about-text">
          Turns incident postmortems into finished remediation work. Works offline; your data stays on this computer.
        </p>
      </div>
    </Dialog>
  );
}

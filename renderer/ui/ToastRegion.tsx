import { useToastStore, type ToastTone } from '../stores/toasts';
import { IconButton } from './Button';
import { ErrorIcon, InfoIcon, SuccessIcon, type IconComponent, CloseIcon } from './icons';
import './toast.css';

const TONE_ICONS: Record<ToastTone, IconComponent> = { info: InfoIcon, success: SuccessIcon, error: ErrorIcon };

/** Where `showToast()` messages appear. The region is always present, so screen readers announce what is added. */
export function ToastRegion() {
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <section className="toast-region" aria-label="Notifications" aria-live="polite" aria-relevant="additions">
      {toasts.map((toast) => {
        const Icon = TONE_ICONS[toast.tone];
        return (
          <div key={toast.id} className={`toast toast--${toast.tone}`}>
            <Icon className="toast-icon" />
            <div className="toast-text">
              <p className="toast-title">{toast.title}</p>
              {toast.description && <p className="toast-description">{toast.description}</p>}
            </div>
            <IconButton label="Dismiss notification" icon={CloseIcon} onClick={() => dismiss(toast.id)} />
          </div>
        );
      })}
    </section>
  );
}

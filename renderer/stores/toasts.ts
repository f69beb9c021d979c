import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  title: string;
  description?: string;
  tone: ToastTone;
}

interface ToastState {
  toasts: Toast[];
  dismiss(id: number): void;
}

export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));

let nextId = 1;
const DISMISS_AFTER_MS = 6000;

/** Shows a short, non-blocking message; callable from anywhere, React or not. */
export function showToast(toast: { title: string; description?: string; tone?: ToastTone }): number {
  const id = nextId++;
  useToastStore.setState((state) => ({ toasts: [...state.toasts, { tone: 'info', ...toast, id }] }));
  setTimeout(() => useToastStore.getState().dismiss(id), DISMISS_AFTER_MS);
  return id;
}

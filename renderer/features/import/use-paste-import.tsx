import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useFirstRunActions } from '../../app/first-run-actions';
import { PasteDialog } from './PasteDialog';

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

/**
 * Ctrl/Cmd+V where nothing editable has focus opens the paste dialog with the
 * clipboard's text; `openPaste` opens it empty. Render `pasteDialog` once.
 */
export function usePasteImport(): { openPaste(): void; pasteDialog: ReactNode } {
  const { importFiles } = useFirstRunActions();
  const [state, setState] = useState<{ open: boolean; text: string }>({ open: false, text: '' });

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setState({ open: true, text: event.clipboardData?.getData('text/plain') ?? '' });
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const close = useCallback(() => setState({ open: false, text: '' }), []);
  const pasteDialog = (
    <PasteDialog
      open={state.open}
      initialText={state.text}
      onClose={close}
      onSubmit={(file) => {
        close();
        void importFiles([file]);
      }}
    />
  );
  return { openPaste: useCallback(() => setState({ open: true, text: '' }), []), pasteDialog };
}

import { describe, expect, it, vi } from 'vitest';
import {
  createOpenLinkInBrowser,
  denyAllPermissions,
  externalBrowserUrl,
  guardWebContents,
  handleWillNavigate,
  handleWillRedirect,
  handleWindowOpen,
  type GuardableContents,
  type NavigationPolicy,
  type PreventableEvent,
} from '../../../electron/security';

function policy(entryUrl = 'app://app/index.html'): NavigationPolicy & { opened: string[] } {
  const opened: string[] = [];
  return { entryUrl, opened, openLinkInBrowser: vi.fn(async (url: string) => void opened.push(url)) };
}

function navigationEvent(): PreventableEvent & { prevented: boolean } {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

const REFUSED_SCHEMES = [
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'mailto:someone@example.com',
  'smb://attacker/share',
  'ms-msdt:/id PCWDiagnostic',
  'vbscript:msgbox',
  'app://app/index.html',
  'not a url',
  '',
];

describe('externalBrowserUrl', () => {
  it('accepts http and https links', () => {
    expect(externalBrowserUrl('https://www.githubstatus.com/incidents/x')?.href).toBe('https://www.githubstatus.com/incidents/x');
    expect(externalBrowserUrl('http://example.com')?.protocol).toBe('http:');
  });

  it.each(REFUSED_SCHEMES)('refuses %s', (url) => {
    expect(externalBrowserUrl(url)).toBeNull();
  });
});

describe('createOpenLinkInBrowser (the one checked openExternal)', () => {
  it('hands an https link to the OS browser', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    await createOpenLinkInBrowser(shell)('https://status.example.com/incidents/1');
    expect(shell.openExternal).toHaveBeenCalledWith('https://status.example.com/incidents/1');
  });

  it.each(REFUSED_SCHEMES)('refuses %s with a clear error and never calls shell.openExternal', async (url) => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    await expect(createOpenLinkInBrowser(shell)(url)).rejects.toThrow(/only http and https links open outside the app/);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('navigation guards', () => {
  it('lets the app navigate within its own origin', () => {
    const event = navigationEvent();
    const p = policy();
    handleWillNavigate(event, 'app://app/index.html#/items', p);
    expect(event.prevented).toBe(false);
    expect(p.opened).toEqual([]);
  });

  it('keeps the window on the app and opens a clicked http(s) link in the OS browser', () => {
    const event = navigationEvent();
    const p = policy();
    handleWillNavigate(event, 'https://example.com/postmortem', p);
    expect(event.prevented).toBe(true);
    expect(p.opened).toEqual(['https://example.com/postmortem']);
  });

  it.each(['file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'chrome://settings'])('denies navigation to %s and opens nothing', (url) => {
    const event = navigationEvent();
    const p = policy();
    handleWillNavigate(event, url, p);
    expect(event.prevented).toBe(true);
    expect(p.opened).toEqual([]);
  });

  it('trusts the dev server origin in development, and only that port', () => {
    const same = navigationEvent();
    handleWillNavigate(same, 'http://localhost:5173/#/dashboard', policy('http://localhost:5173/'));
    expect(same.prevented).toBe(false);
    const other = navigationEvent();
    handleWillNavigate(other, 'http://localhost:8080/', policy('http://localhost:5173/'));
    expect(other.prevented).toBe(true);
  });

  it('denies redirects that leave the app origin', () => {
    const away = navigationEvent();
    handleWillRedirect(away, 'https://evil.example/', policy());
    expect(away.prevented).toBe(true);
    const within = navigationEvent();
    handleWillRedirect(within, 'app://app/index.html', policy());
    expect(within.prevented).toBe(false);
  });

  it('never opens a new Electron window; http(s) goes to the OS browser', () => {
    const p = policy();
    expect(handleWindowOpen({ url: 'https://example.com/' }, p)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'app://app/index.html' }, p)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'file:///etc/passwd' }, p)).toEqual({ action: 'deny' });
    expect(p.opened).toEqual(['https://example.com/']);
  });
});

describe('guardWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: PreventableEvent, url?: string) => void>();
    let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
    const contents: GuardableContents = {
      on(event: string, listener: (event: PreventableEvent, url: string) => void) {
        listeners.set(event, listener as (event: PreventableEvent, url?: string) => void);
        return contents;
      },
      setWindowOpenHandler(handler) {
        windowOpenHandler = handler;
      },
    };
    return { contents, listeners, windowOpenHandler: () => windowOpenHandler };
  }

  it('attaches navigation, redirect, webview and window-open guards', () => {
    const fake = fakeContents();
    const p = policy();
    guardWebContents(fake.contents, p);
    expect([...fake.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);

    const webview = navigationEvent();
    fake.listeners.get('will-attach-webview')?.(webview);
    expect(webview.prevented).toBe(true);

    const navigation = navigationEvent();
    fake.listeners.get('will-navigate')?.(navigation, 'https://example.com/');
    expect(navigation.prevented).toBe(true);

    const redirect = navigationEvent();
    fake.listeners.get('will-redirect')?.(redirect, 'https://example.com/');
    expect(redirect.prevented).toBe(true);

    expect(fake.windowOpenHandler()?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('denyAllPermissions', () => {
  it('denies every permission request and answers every permission check with no', () => {
    let requestHandler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => void (requestHandler = handler),
      setPermissionCheckHandler: (handler) => void (checkHandler = handler),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      const callback = vi.fn();
      requestHandler!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);
  });
});

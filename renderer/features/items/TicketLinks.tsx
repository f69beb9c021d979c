import { Fragment } from 'react';
import { usePlatform } from '../../platform/PlatformProvider';
import { showToast } from '../../stores/toasts';

/** "github.com/acme/api/issues/12" for "https://github.com/acme/api/issues/12": enough to tell the tickets apart. */
function shortLink(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname === '/' ? '' : pathname}`;
  } catch {
    return url;
  }
}

/** An item's tickets, each opening in the system browser (the app window never navigates away). */
export function TicketLinks({ links }: { links: string[] }) {
  const platform = usePlatform();
  if (links.length === 0) return null;
  const open = (url: string) => {
    platform.openExternal(url).catch((error: unknown) => {
      showToast({ tone: 'error', title: 'Could not open the link', description: error instanceof Error ? error.message : String(error) });
    });
  };
  return (
    <p className="drawer-tickets">
      {links.length === 1 ? 'Ticket: ' : 'Tickets: '}
      {links.map((url, index) => (
        <Fragment key={url}>
          {index > 0 && ', '}
          <a
            href={url}
            title={url}
            onClick={(event) => {
              event.preventDefault();
              open(url);
            }}
          >
            {shortLink(url)}
          </a>
        </Fragment>
      ))}
    </p>
  );
}

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import DashboardPage from '../../../../renderer/features/dashboard/DashboardPage';
import { resetDatabase } from '../db/builders';
import { NOW, seedTracker, type SeededIds } from './seed';

const CHART_WIDTH = 800;

beforeAll(() => {
  // jsdom has no layout: report every observed chart container as CHART_WIDTH wide and as tall as its style says.
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: HTMLElement) {
      const contentRect = { width: CHART_WIDTH, height: Number.parseFloat(target.style.height) || 300 } as DOMRectReadOnly;
      const entry = { target, contentRect, borderBoxSize: [], contentBoxSize: [], devicePixelContentBoxSize: [] };
      this.callback([entry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  };
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  window.history.replaceState(null, '', '#/dashboard');
  await resetDatabase();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function figure(label: string): HTMLElement {
  const figures = screen.getByRole('region', { name: 'Headline figures' });
  const card = within(figures)
    .getAllByRole('link')
    .find((link) => link.querySelector('.dashboard-figure-label')?.textContent === label);
  if (!card) throw new Error(`no figure ${label}`);
  return card;
}

const figureValue = (label: string) => figure(label).querySelector('.dashboard-figure-value')?.textContent;

async function renderSeeded(hash = '#/dashboard'): Promise<SeededIds> {
  const ids = await seedTracker();
  window.history.replaceState(null, '', hash);
  render(<DashboardPage />);
  await screen.findByRole('region', { name: 'Headline figures' });
  // The charts below the first screen render once it has been painted.
  await screen.findByRole('region', { name: 'Burn-up' });
  return ids;
}

describe('DashboardPage', () => {
  it('says there is nothing to chart when the tracker is empty', async () => {
    render(<DashboardPage />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Nothing to chart yet' })).toBeTruthy();
  });

  it('draws the first screen, repeat risk and the headline figures, before the charts below it', async () => {
    await seedTracker();
    render(<DashboardPage />);
    await screen.findByRole('region', { name: 'Headline figures' });
    expect(screen.getByRole('region', { name: /Repeat risk/ })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Burn-up' })).toBeNull();
    expect(await screen.findByRole('region', { name: 'Burn-up' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Open items by owner' })).toBeTruthy();
  });

  it('shows the headline figures of the stored items, each linking to the matching items', async () => {
    await renderSeeded();
    expect(figureValue('Completion rate')).toBe('25%');
    expect(figureValue('Median time to close')).toBe('1 day');
    expect(figureValue('Overdue')).toBe('2');
    expect(figureValue('Overdue > 30 days')).toBe('1');
    expect(figureValue('Open')).toBe('1');
    expect(figureValue('In progress')).toBe('1');
    expect(figureValue('Blocked')).toBe('1');
    expect(figureValue('Done')).toBe('1');
    expect(figure('Open').getAttribute('href')).toBe('#/items?status=proposed&status=open');
    expect(figure('Overdue > 30 days').getAttribute('href')).toBe('#/items?overdue=1&due_to=2024-03-15');
    expect(figure('Overdue').classList.contains('is-alarming')).toBe(true);
  });

  it('puts repeat risk first: the bad deploy came back while January’s fix was open, with links to both incidents and the items', async () => {
    const ids = await renderSeeded();
    const panel = screen.getByRole('region', { name: /Repeat risk/ });
    const body = document.querySelector('.dashboard-body')!;
    expect(body.firstElementChild).toBe(panel);
    expect(panel.textContent).toContain(
      'Bad deploy came back on 2024-03-04 (Checkout errors after deploy) while 1 item from Database failover stalled (2024-01-08) was still open',
    );
    const links = within(panel).getAllByRole('link');
    const hrefs = links.map((link) => link.getAttribute('href'));
    expect(hrefs).toContain(`#/incidents/${ids.march}`);
    expect(hrefs).toContain(`#/incidents/${ids.january}`);
    // Exactly the item counted as open at the time, whatever its status now.
    const itemsLinks = hrefs.filter((href) => href?.startsWith('#/items?'));
    expect(itemsLinks).toHaveLength(1);
    expect(new URLSearchParams(itemsLinks[0]!.split('?')[1]).getAll('id')).toHaveLength(1);
  });

  it('narrows every figure to an organization picked in the filters, and keeps the choice in the hash', async () => {
    await renderSeeded();
    fireEvent.change(screen.getByLabelText('Organization'), { target: { value: 'Globex' } });
    expect(window.location.hash).toBe('#/dashboard?org=Globex');
    await screen.findByText(/No failure came back/);
    expect(figureValue('Blocked')).toBe('1');
    expect(figureValue('Done')).toBe('0');
    expect(figureValue('Completion rate')).toBe('0%');
  });

  it('reads a theme filter from the hash and carries it into the click-through links', async () => {
    await renderSeeded('#/dashboard?theme=validation');
    expect(figureValue('Done')).toBe('1');
    expect(figureValue('In progress')).toBe('1');
    expect(figureValue('Blocked')).toBe('0');
    expect(figure('Done').getAttribute('href')).toBe('#/items?status=done&theme=validation');
  });

  it('shows a chart as a table on request', async () => {
    await renderSeeded();
    const panel = screen.getByRole('region', { name: 'Completion by remediation theme' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Show as table' }));
    const row = within(panel).getByRole('row', { name: /Validation & testing/ });
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    // Done, In progress, Blocked, Open, Proposed, Won't do, Total, Completion
    expect(cells).toEqual(['1', '1', '0', '1', '0', '0', '3', '33%']);
    // Counts link to the items they count, for keyboard and screen-reader users as for the chart's clicks.
    expect(within(row).getAllByRole('cell')[0]!.querySelector('a')?.getAttribute('href')).toBe('#/items?status=done&theme=validation');
    expect(within(panel).getByRole('button', { name: 'Show as chart' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('opens the items of a theme and status when a bar segment is clicked', async () => {
    await renderSeeded();
    const panel = screen.getByRole('region', { name: 'Completion by remediation theme' });
    const doneSegments = panel.querySelectorAll('.recharts-bar-rectangle path');
    expect(doneSegments.length).toBeGreaterThan(0);
    fireEvent.click(doneSegments[0]!);
    // The first series drawn is Done; Validation & testing is the only theme with a done item.
    expect(window.location.hash).toBe('#/items?status=done&theme=validation');
  });

  it('lists the incidents behind a heat map cell when it is focused', async () => {
    await renderSeeded();
    const heatmap = screen.getByRole('table', { name: /Failure themes by month/ });
    const badDeploy = within(heatmap).getByRole('row', { name: /Bad deploy/ });
    const march = within(badDeploy).getByRole('button', { name: /Mar 2024: 1 incident: Checkout errors after deploy/ });
    act(() => march.focus());
    const details = document.getElementById(march.getAttribute('aria-controls')!)!;
    expect(details.textContent).toContain('Checkout errors after deploy');
    expect(details.textContent).toContain('Acme');
    expect(within(badDeploy).getByRole('rowheader').textContent).toContain('2 incidents');
  });

  it('folds failure themes seen only once behind a button, so the recurring ones stand out', async () => {
    await renderSeeded();
    const heatmap = screen.getByRole('table', { name: /Failure themes by month/ });
    expect(within(heatmap).queryByRole('row', { name: /DNS/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 theme seen once' }));
    expect(within(heatmap).getByRole('row', { name: /DNS/ })).toBeTruthy();
  });

  it('draws the burn-up from the event history, by week', async () => {
    await renderSeeded();
    const panel = screen.getByRole('region', { name: 'Burn-up' });
    expect(within(panel).getByRole('radio', { name: 'Weeks' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(within(panel).getByRole('button', { name: 'Show as table' }));
    const rows = within(panel).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toBe('Week of 8 Jan 202421');
    expect(rows[rows.length - 1]!.textContent).toBe('Week of 15 Apr 202441');
    fireEvent.click(within(panel).getByRole('radio', { name: 'Months' }));
    expect(window.location.hash).toBe('#/dashboard?interval=month');
  });
});

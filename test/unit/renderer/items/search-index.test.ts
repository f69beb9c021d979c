import { describe, expect, it } from 'vitest';
import { ItemSearchIndex } from '../../../../renderer/features/items/search-index';
import { item } from './fixtures';

describe('ItemSearchIndex', () => {
  it('finds items by prefix over title, detail and notes, every word required', () => {
    const index = new ItemSearchIndex();
    index.sync([
      item('a', { title: 'Add canary checks', detail: 'for the payments API' }),
      item('b', { title: 'Alert on queue depth', notes: 'Pager rota agreed with payments' }),
      item('c', { title: 'Document the failover' }),
    ]);
    expect([...index.search('canar')]).toEqual(['a']);
    expect([...index.search('payments')].sort()).toEqual(['a', 'b']);
    expect([...index.search('payments pager')]).toEqual(['b']);
    expect([...index.search('failovr')]).toEqual(['c']);
  });

  it('follows edits and deletions without being rebuilt', () => {
    const index = new ItemSearchIndex();
    index.sync([item('a', { title: 'Add canary checks' }), item('b', { title: 'Alert on queue depth' })]);
    index.sync([item('a', { title: 'Add smoke tests', updatedAt: '2025-02-01T00:00:00.000Z' })]);
    expect(index.search('canary').size).toBe(0);
    expect([...index.search('smoke')]).toEqual(['a']);
    expect(index.search('queue').size).toBe(0);
  });
});

import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHash, navigate, parseHash, useRoute, useRouteParam } from '../../../../renderer/app/router';

afterEach(() => {
  window.history.replaceState(null, '', '#/');
});

describe('parseHash', () => {
  it('splits path and query', () => {
    const route = parseHash('#/items?status=open&theme=canary&theme=capacity');
    expect(route.path).toBe('/items');
    expect(route.params.get('status')).toBe('open');
    expect(route.params.getAll('theme')).toEqual(['canary', 'capacity']);
  });

  it('normalizes empty hashes, doubled and trailing slashes to one canonical path', () => {
    expect(parseHash('').path).toBe('/');
    expect(parseHash('#').path).toBe('/');
    expect(parseHash('#/incidents/').path).toBe('/incidents');
    expect(parseHash('#//incidents//abc').path).toBe('/incidents/abc');
  });

  it('decodes path segments and tolerates malformed escapes', () => {
    expect(parseHash('#/incidents/a%20b').path).toBe('/incidents/a b');
    expect(parseHash('#/incidents/%E0%A4%A').path).toBe('/incidents/%E0%A4%A');
  });
});

describe('formatHash', () => {
  it('round-trips through parseHash', () => {
    const hash = formatHash('/incidents/a b&c', { q: 'db & cache', theme: ['canary', 'dns'] });
    const route = parseHash(hash);
    expect(route.path).toBe('/incidents/a b&c');
    expect(route.params.get('q')).toBe('db & cache');
    expect(route.params.getAll('theme')).toEqual(['canary', 'dns']);
  });

  it('leaves out empty, null and undefined values', () => {
    expect(formatHash('/items', { status: 'open', owner: '', theme: null, due: undefined })).toBe('#/items?status=open');
    expect(formatHash('/')).toBe('#/');
  });
});

describe('navigation hooks', () => {
  it('useRoute follows navigate(), including replace navigations', async () => {
    const { result } = renderHook(() => useRoute());
    await act(async () => {
      navigate('/items', { status: 'open' });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(result.current.path).toBe('/items');
    expect(result.current.params.get('status')).toBe('open');
    const historyLength = window.history.length;
    act(() => navigate('/items', { status: 'done' }, { replace: true }));
    expect(result.current.params.get('status')).toBe('done');
    expect(window.history.length).toBe(historyLength);
  });

  it('useRouteParam sets one parameter and keeps the path and the others', () => {
    window.history.replaceState(null, '', '#/items?status=open&theme=dns');
    const { result } = renderHook(() => useRouteParam('q', { replace: true }));
    expect(result.current[0]).toBeNull();
    act(() => result.current[1]('timeout'));
    expect(result.current[0]).toBe('timeout');
    const route = parseHash(window.location.hash);
    expect(route.path).toBe('/items');
    expect(route.params.get('status')).toBe('open');
    expect(route.params.get('theme')).toBe('dns');
    act(() => result.current[1](''));
    expect(parseHash(window.location.hash).params.has('q')).toBe(false);
  });
});

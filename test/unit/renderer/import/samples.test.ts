import { describe, expect, it } from 'vitest';
import { readPostmortemText } from '../../../../shared/postmortem';
import { describeSampleImport, SAMPLE_POSTMORTEMS } from '../../../../renderer/features/import/samples';

describe('the sample postmortems', () => {
  it('ship all five LiveKit posts, each read with remediation items', () => {
    expect(SAMPLE_POSTMORTEMS).toHaveLength(5);
    for (const { name, text } of SAMPLE_POSTMORTEMS) {
      const result = readPostmortemText(name, text);
      expect(result.ok && result.value.incident.organization).toBe('LiveKit');
      expect(result.ok && result.value.items.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('report what loading them did', () => {
    const none = { created: 0, updated: 0, unchanged: 0, itemsAdded: 0, failed: [] };
    expect(describeSampleImport({ ...none, created: 5, itemsAdded: 14 })).toEqual({
      tone: 'success',
      title: 'Added 5 sample postmortems',
      description: '14 action items proposed. Open an incident to see where each came from.',
    });
    expect(describeSampleImport({ ...none, unchanged: 5 })).toMatchObject({ tone: 'info', title: 'The sample postmortems are already in your tracker' });
    expect(describeSampleImport({ ...none, failed: [{ fileName: 'a.txt', reason: 'Disk full.' }] })).toMatchObject({
      tone: 'error',
      description: 'Disk full.',
    });
  });
});

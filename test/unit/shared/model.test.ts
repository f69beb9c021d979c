import { describe, expect, it } from 'vitest';
import { ActionItemSchema } from '../../../shared/model';

describe('ActionItemSchema', () => {
  it('refuses a title over 200 characters', () => {
    const result = ActionItemSchema.shape.title.safeParse('x'.repeat(201));
    expect(result.success).toBe(false);
  });
});

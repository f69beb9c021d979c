import { describe, expect, it } from 'vitest';
import { quoteInContext } from '../../../../renderer/features/review/source-context';

const TEXT = 'The deploy went out at noon. We will add a canary stage to every deploy. Traffic recovered by one.';
const START = TEXT.indexOf('We will');
const QUOTE = 'We will add a canary stage to every deploy.';

describe('quoteInContext', () => {
  it('shows the quote with the text around it, cut at word boundaries', () => {
    const context = quoteInContext(TEXT, { quote: QUOTE, start: START, end: START + QUOTE.length }, 12);
    expect(context.quote).toBe(QUOTE);
    expect(context.before).toBe('…at noon. ');
    expect(context.after).toBe(' Traffic…');
  });

  it('keeps the whole text when it is short', () => {
    const context = quoteInContext(TEXT, { quote: QUOTE, start: START, end: START + QUOTE.length });
    expect(`${context.before}${context.quote}${context.after}`).toBe(TEXT);
  });

  it('falls back to the quote alone when the span no longer points at it', () => {
    expect(quoteInContext(`Edited. ${TEXT}`, { quote: QUOTE, start: START, end: START + QUOTE.length })).toEqual({
      before: '',
      quote: QUOTE,
      after: '',
    });
    expect(quoteInContext(null, { quote: QUOTE, start: 0, end: 3 }).quote).toBe(QUOTE);
  });
});

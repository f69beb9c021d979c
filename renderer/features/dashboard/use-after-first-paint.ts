import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it: the dashboard draws the
 * first screen (repeat risk and the headline figures) at once and the charts below the fold
 * right after, so opening the page does not wait for every chart.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs just after.
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, []);
  return painted;
}

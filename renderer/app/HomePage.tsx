import { useEffect } from 'react';
import { useFirstRunActions } from './first-run-actions';
import { FirstRunScreen } from './FirstRunScreen';
import { navigate } from './router';
import { DEFAULT_PAGE_PATH } from './routes';

/** The start route: the first-run screen while there is no data, otherwise the default page. */
export function HomePage() {
  const hasData = useFirstRunActions().useHasData();
  useEffect(() => {
    if (hasData) navigate(DEFAULT_PAGE_PATH, undefined, { replace: true });
  }, [hasData]);
  return hasData === false ? <FirstRunScreen /> : null;
}

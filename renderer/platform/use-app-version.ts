import { useEffect, useState } from 'react';
import { usePlatform } from './PlatformProvider';

/** The app's version from the platform; null until it has answered. */
export function useAppVersion(): string | null {
  const platform = usePlatform();
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    platform.getVersion().then(
      (v) => current && setVersion(v),
      () => current && setVersion('unknown'),
    );
    return () => {
      current = false;
    };
  }, [platform]);
  return version;
}

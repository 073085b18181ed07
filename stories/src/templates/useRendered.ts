import { useEffect, useState } from 'react';

/**
 * Draws with the export's engine whenever `key` changes (a JSON of every input: Storybook passes
 * new objects at each render) and returns the result, or `undefined` while it is drawn. A result
 * that arrives after the inputs changed again is dropped.
 */
export function useRendered<T>(key: string, draw: () => Promise<T>): T | undefined {
  const [result, setResult] = useState<T | undefined>();
  useEffect(() => {
    let current = true;
    setResult(undefined);
    draw().then((done) => current && setResult(done));
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}

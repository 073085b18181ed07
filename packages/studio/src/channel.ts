/**
 * The lexicon channel a visual's text is checked for: posters are `print`, every screen format is
 * `social` (the studio's screen formats are social-network and web-share images). Used by the app
 * and by `POST /v1/lint` when a request names a format instead of a channel.
 */
export function lintChannel(kinds: readonly ('screen' | 'print')[]): 'print' | 'social' {
  return kinds.length > 0 && kinds.every((kind) => kind === 'print') ? 'print' : 'social';
}

/**
 * The brand's web fonts, from their fontsource packages: the library build copies the font files
 * into `dist/fonts/` and their `@font-face` rules into `dist/styles.css` (no CDN). Only the weights
 * of the font tokens (400–800). Imported by the package entry so the build sees them; the built
 * modules import no CSS.
 */
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/400-italic.css';
import '@fontsource/atkinson-hyperlegible-next/500.css';
import '@fontsource/atkinson-hyperlegible-next/600.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import '@fontsource/atkinson-hyperlegible-next/800.css';
import '@fontsource/bricolage-grotesque/400.css';
import '@fontsource/bricolage-grotesque/500.css';
import '@fontsource/bricolage-grotesque/600.css';
import '@fontsource/bricolage-grotesque/700.css';
import '@fontsource/bricolage-grotesque/800.css';

/**
 * Documented variants of every component, as data: the tests run axe on each of them and
 * Storybook turns them into stories (`import { examples } from '@blason/react/examples'`).
 */
import { alertExamples } from './components/Alert/Alert.examples.js';
import { brandProviderExamples } from './components/BrandProvider/BrandProvider.examples.js';
import { breadcrumbExamples } from './components/Breadcrumb/Breadcrumb.examples.js';
import { buttonExamples } from './components/Button/Button.examples.js';
import { cardExamples } from './components/Card/Card.examples.js';
import { coBrandingLockupExamples } from './components/CoBrandingLockup/CoBrandingLockup.examples.js';
import { containerExamples } from './components/Container/Container.examples.js';
import { eventCardExamples } from './components/EventCard/EventCard.examples.js';
import { footerExamples } from './components/Footer/Footer.examples.js';
import { gridExamples } from './components/Grid/Grid.examples.js';
import { headerExamples } from './components/Header/Header.examples.js';
import { headingExamples } from './components/Heading/Heading.examples.js';
import { inlineExamples } from './components/Inline/Inline.examples.js';
import { keyFigureExamples } from './components/KeyFigure/KeyFigure.examples.js';
import { linkExamples } from './components/Link/Link.examples.js';
import { partnerLogoExamples } from './components/PartnerLogo/PartnerLogo.examples.js';
import { quoteExamples } from './components/Quote/Quote.examples.js';
import { skipLinkExamples } from './components/SkipLink/SkipLink.examples.js';
import { stackExamples } from './components/Stack/Stack.examples.js';
import { tagExamples } from './components/Tag/Tag.examples.js';
import { textExamples } from './components/Text/Text.examples.js';
import { thematicBadgeExamples } from './components/ThematicBadge/ThematicBadge.examples.js';

export { sampleBrand, samplePartners } from './internal/sample.js';
export {
  alertExamples,
  brandProviderExamples,
  breadcrumbExamples,
  buttonExamples,
  cardExamples,
  coBrandingLockupExamples,
  containerExamples,
  eventCardExamples,
  footerExamples,
  gridExamples,
  headerExamples,
  headingExamples,
  inlineExamples,
  keyFigureExamples,
  linkExamples,
  partnerLogoExamples,
  quoteExamples,
  skipLinkExamples,
  stackExamples,
  tagExamples,
  textExamples,
  thematicBadgeExamples,
};

import './styles/fonts.js';
import './styles/base.css.js';

export { Alert, type AlertProps, type AlertTone } from './components/Alert/Alert.js';
export { BrandProvider, type BrandProviderProps } from './components/BrandProvider/BrandProvider.js';
export { Breadcrumb, type BreadcrumbItem, type BreadcrumbProps } from './components/Breadcrumb/Breadcrumb.js';
export { Button, type ButtonProps } from './components/Button/Button.js';
export { Card, type CardProps } from './components/Card/Card.js';
export {
  CoBrandingLockup,
  type CoBrandingLockupProps,
} from './components/CoBrandingLockup/CoBrandingLockup.js';
export { Container, type ContainerProps } from './components/Container/Container.js';
export { EventCard, type EventCardProps } from './components/EventCard/EventCard.js';
export { Footer, type FooterLink, type FooterProps } from './components/Footer/Footer.js';
export { Grid, type GridColumns, type GridProps } from './components/Grid/Grid.js';
export { Header, type HeaderProps, type NavigationItem } from './components/Header/Header.js';
export {
  Heading,
  type HeadingLevel,
  type HeadingProps,
  type HeadingSize,
} from './components/Heading/Heading.js';
export { Inline, type InlineProps } from './components/Inline/Inline.js';
export { KeyFigure, type KeyFigureProps } from './components/KeyFigure/KeyFigure.js';
export { Link, type LinkProps } from './components/Link/Link.js';
export { PartnerLogo, type PartnerLogoProps } from './components/PartnerLogo/PartnerLogo.js';
export { Quote, type QuoteProps } from './components/Quote/Quote.js';
export { SkipLink, type SkipLinkProps } from './components/SkipLink/SkipLink.js';
export { Stack, type StackProps } from './components/Stack/Stack.js';
export { Tag, type TagProps } from './components/Tag/Tag.js';
export { Text, type TextProps } from './components/Text/Text.js';
export { ThematicBadge, type ThematicBadgeProps } from './components/ThematicBadge/ThematicBadge.js';
export { BlasonPropError } from './internal/dev.js';
export { formatDate, formatNumber, formatTime } from './internal/format.js';
export type { ComponentExample, ResponsiveValue } from './internal/types.js';
export type { SpaceStep } from './styles/sprinkles.css.js';
export type { Axis, Mode, PartnerId, PartnerIdentity, SharedBrand } from './theme/types.js';

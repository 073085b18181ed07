import {
  Alert,
  Breadcrumb,
  Button,
  Container,
  EventCard,
  Footer,
  Grid,
  Header,
  Heading,
  KeyFigure,
  SkipLink,
  Stack,
  Text,
  ThematicBadge,
} from '@blason/react';
import { ThemeSwitcher } from './ThemeSwitcher.js';

const brand = { name: 'Pays de Saint-Omer' };
const partner = {
  id: 'office-tourisme',
  name: 'Office de tourisme du Pays de Saint-Omer',
  shortName: 'Office de tourisme',
  website: 'https://www.tourisme-pays-de-saint-omer.example',
  contact:
    'Office de tourisme du Pays de Saint-Omer – 62500 Saint-Omer – accueil@tourisme-pays-de-saint-omer.example',
  lockup: { lines: ['Office de tourisme'] },
};

export function App() {
  return (
    <>
      <SkipLink />
      <Header
        brand={brand}
        partner={partner}
        navigation={[
          { label: 'Découvrir', href: '/decouvrir' },
          { label: 'Agenda', href: '/agenda', current: true },
        ]}
      >
        <ThemeSwitcher />
      </Header>
      <Container as="main" id="contenu" tabIndex={-1}>
        <Stack gap={8}>
          <Breadcrumb items={[{ label: 'Accueil', href: '/' }, { label: 'Agenda' }]} />
          <Heading level={1}>Agenda du Pays de Saint-Omer</Heading>
          <Text variant="lead">Sorties, ateliers et rencontres des partenaires du territoire.</Text>
          <Alert tone="info" title="Inscriptions ouvertes">
            Les ateliers de printemps sont ouverts à toutes et à tous.
          </Alert>
          <Grid columns={{ base: 1, md: 2 }}>
            <EventCard
              title="Balade commentée dans le marais audomarois"
              start="2026-05-16T10:00:00+02:00"
              end="2026-05-16T12:00:00+02:00"
              place="Maison du marais, Saint-Omer"
              registration={{ href: '/agenda/balade-marais' }}
              eyebrow={<ThematicBadge axis="tourisme" label="Tourisme" tone="subtle" />}
            />
            <EventCard
              title="Atelier marketing territorial"
              start="2026-05-21T18:30:00+02:00"
              place="Longuenesse"
              registration={{ href: '/agenda/atelier-marketing' }}
              eyebrow={<ThematicBadge axis="economie" label="Économie" tone="subtle" />}
            />
          </Grid>
          <Grid columns={{ base: 1, md: 3 }}>
            <KeyFigure value={6} unit="ans" label="de mandat" />
            <KeyFigure value={2190} unit="jours" label="pour agir" />
            <KeyFigure value={52560} unit="heures" label="au service du territoire" />
          </Grid>
          <div>
            <Button variant="secondary">Recevoir l’agenda</Button>
          </div>
        </Stack>
      </Container>
      <Footer
        brand={brand}
        partner={partner}
        links={[
          { label: 'Mentions légales', href: '/mentions-legales' },
          { label: 'Accessibilité : partiellement conforme', href: '/accessibilite' },
        ]}
      />
    </>
  );
}

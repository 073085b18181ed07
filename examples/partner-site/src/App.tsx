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
import { useEffect, useState } from 'react';
import { partnerMeta, sharedBrand } from './brand.js';
import { ThemeSwitcher } from './ThemeSwitcher.js';

/** The theme `index.html` sets on `<html>`; the switcher changes it at run time. */
function initialTheme(): { partner: string; mode: string } {
  const { partner = 'office-tourisme', mode = 'light' } = document.documentElement.dataset;
  return { partner, mode };
}

export function App() {
  const [theme, setTheme] = useState(initialTheme);
  const partner = partnerMeta(theme.partner);
  useEffect(() => {
    document.documentElement.dataset.partner = theme.partner;
    document.documentElement.dataset.mode = theme.mode;
    document.title = `${partner.name} — exemple de site partenaire`;
  }, [theme, partner.name]);
  return (
    <>
      <SkipLink />
      <Header
        brand={sharedBrand}
        partner={partner}
        navigation={[
          { label: 'Découvrir', href: '/decouvrir' },
          { label: 'Agenda', href: '/agenda', current: true },
        ]}
      >
        <ThemeSwitcher partner={theme.partner} mode={theme.mode} onChange={setTheme} />
      </Header>
      <Container as="main" id="contenu">
        <Stack gap={8}>
          <Breadcrumb items={[{ label: 'Accueil', href: '/' }, { label: 'Agenda' }]} />
          <Heading level={1}>Agenda</Heading>
          <Text variant="lead">Sorties, ateliers et rencontres des partenaires du territoire.</Text>
          <Alert tone="info" title="Inscriptions ouvertes">
            Les ateliers de printemps sont ouverts à toutes et à tous.
          </Alert>
          <Heading level={2}>Prochains rendez-vous</Heading>
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
          <Heading level={2}>Le territoire en chiffres</Heading>
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
        brand={sharedBrand}
        partner={partner}
        links={[
          { label: 'Mentions légales', href: '/mentions-legales' },
          { label: 'Accessibilité : partiellement conforme', href: '/accessibilite' },
        ]}
      />
    </>
  );
}

import { useId } from 'react';

/** Who signs a campaign: every partner, or a chosen list (at least one, checked on save). */
export type Signers = 'all' | readonly string[];

interface PartnersPickerProps {
  readonly partners: readonly { id: string; name: string }[];
  readonly value: Signers;
  readonly onChange: (value: Signers) => void;
}

/** The campaign's partners as checkboxes, with « Tous les partenaires » first. */
export function PartnersPicker({ partners, value, onChange }: PartnersPickerProps) {
  const id = useId();
  const all = value === 'all';
  const toggle = (partner: string, checked: boolean) => {
    const current = all ? partners.map((p) => p.id) : value;
    const next = checked ? [...current, partner] : current.filter((p) => p !== partner);
    onChange(
      partners.every((p) => next.includes(p.id))
        ? 'all'
        : partners.filter((p) => next.includes(p.id)).map((p) => p.id),
    );
  };
  return (
    <fieldset className="field partners">
      <legend>Partenaires de la campagne</legend>
      <div className="inline">
        <input
          type="checkbox"
          id={`${id}-all`}
          checked={all}
          onChange={(e) => onChange(e.target.checked ? 'all' : [])}
        />
        <label htmlFor={`${id}-all`}>Tous les partenaires</label>
      </div>
      {partners.map((p) => (
        <div className="inline" key={p.id}>
          <input
            type="checkbox"
            id={`${id}-${p.id}`}
            checked={all || value.includes(p.id)}
            onChange={(e) => toggle(p.id, e.target.checked)}
          />
          <label htmlFor={`${id}-${p.id}`}>{p.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

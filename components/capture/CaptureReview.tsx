import { useState } from 'preact/hooks';
import type { CapturePerson } from '../../lib/capture/types';
import type { IncomingPerson } from '../../lib/model/partner-merge';
import type { Partner, PartnerInput } from '../../lib/model/partner';
import { Field } from '../common/Field';
import { KindSelect } from '../partners/KindSelect';
import { AddressFields } from '../partners/AddressFields';
import { parseListInput, formatListInput } from '../common/list-input';
import { displayUrl } from '../partners/contact-links';
import {
  formToPartner,
  type PartnerFormErrors,
  type PartnerFormValues,
} from '../partners/partner-form-values';
import type { CaptureDraft } from './capture-draft';

export interface DuplicateMatch {
  partner: Partner;
  reason: string;
}

interface Props {
  draft: CaptureDraft;
  pageUrl: string;
  capturedAt: number;
  matches: DuplicateMatch[];
  onSave: (partner: PartnerInput, people: IncomingPerson[]) => void;
  onMerge: (partnerId: string, partner: PartnerInput, people: IncomingPerson[]) => void;
  onCancel: () => void;
}

const toIncoming = (person: CapturePerson): IncomingPerson => ({
  name: person.name,
  role: person.role,
  emails: person.email ? [person.email.toLowerCase()] : [],
  phones: person.phone ? [person.phone] : [],
});

/** Review what a page said before anything is saved; offer a merge when the partner exists. */
export function CaptureReview({ draft, pageUrl, capturedAt, matches, ...props }: Props) {
  const [values, setValues] = useState(draft.values);
  const [logo, setLogo] = useState(draft.logo);
  const [errors, setErrors] = useState<PartnerFormErrors>({});
  const [keptPeople, setKeptPeople] = useState(() => draft.people.map(() => true));
  const [mergeTarget, setMergeTarget] = useState(matches[0]?.partner.id ?? '');
  const set = (key: keyof PartnerFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  const addToList = (key: 'emails' | 'phones', item: string) =>
    setValues((current) => ({
      ...current,
      [key]: formatListInput([...parseListInput(current[key]), item]),
    }));

  const collect = (): { partner: PartnerInput; people: IncomingPerson[] } | null => {
    const result = formToPartner(values);
    if (!result.ok) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      if (first) document.getElementById(`partner-${first}`)?.focus();
      return null;
    }
    return {
      partner: {
        ...result.partner,
        logo: logo || undefined,
        capturedFrom: { url: pageUrl, at: capturedAt },
      },
      people: draft.people.filter((_, i) => keptPeople[i]).map(toIncoming),
    };
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const collected = collect();
    if (collected) props.onSave(collected.partner, collected.people);
  };
  const merge = () => {
    const collected = collect();
    if (collected && mergeTarget) props.onMerge(mergeTarget, collected.partner, collected.people);
  };
  const caption = (key: keyof CaptureDraft['sources']) =>
    draft.sources[key] ? <p class="source">{draft.sources[key]}</p> : null;

  return (
    <form class="form capture-review" onSubmit={submit} aria-labelledby="capture-title" noValidate>
      <div>
        <h2 id="capture-title">Review captured details</h2>
        <p class="muted small">
          From{' '}
          <a href={pageUrl} target="_blank" rel="noopener noreferrer">
            {displayUrl(pageUrl)}
          </a>
          . Nothing is saved until you choose.
        </p>
      </div>
      {matches.length > 0 && (
        <section class="duplicate" aria-labelledby="duplicate-title">
          <h3 id="duplicate-title">Already in your partners?</h3>
          {matches.map((match) => (
            <label key={match.partner.id} class="choice">
              <input
                type="radio"
                name="merge-target"
                checked={mergeTarget === match.partner.id}
                onChange={() => setMergeTarget(match.partner.id)}
              />
              <span>
                <strong>{match.partner.name}</strong>
                <span class="muted small"> · {match.reason}</span>
              </span>
            </label>
          ))}
          <p class="small muted">
            Merging fills that partner’s empty fields and adds new emails, phones, profiles and
            people. Nothing already there is overwritten.
          </p>
        </section>
      )}
      <div>
        <Field
          id="partner-name"
          label="Name"
          value={values.name}
          onInput={set('name')}
          error={errors.name}
          autoFocus
        />
        {caption('name')}
        {draft.alternatives.names.length > 0 && (
          <div class="alternatives" role="group" aria-label="Other names on the page">
            {draft.alternatives.names.map((name) => (
              <button
                key={name}
                type="button"
                class="chip"
                onClick={() => set('name')(name)}
                aria-label={`Use name ${name}`}
              >
                {name}
              </button>
            ))}
          </div>
        )}
      </div>
      <KindSelect value={values.kind} onChange={set('kind')} />
      <div>
        <Field
          id="partner-website"
          label="Website"
          type="url"
          value={values.website}
          onInput={set('website')}
          error={errors.website}
        />
        {caption('website')}
      </div>
      {(['emails', 'phones'] as const).map((key) => (
        <div key={key}>
          <Field
            id={`partner-${key}`}
            label={key === 'emails' ? 'Email' : 'Phone'}
            value={values[key]}
            onInput={set(key)}
            error={errors[key]}
            hint="Separate several with commas."
          />
          {caption(key)}
          {draft.alternatives[key].filter((item) => !parseListInput(values[key]).includes(item))
            .length > 0 && (
            <div
              class="alternatives"
              role="group"
              aria-label={
                key === 'emails' ? 'Other emails on the page' : 'Other phone numbers on the page'
              }
            >
              {draft.alternatives[key]
                .filter((item) => !parseListInput(values[key]).includes(item))
                .map((item) => (
                  <button
                    key={item}
                    type="button"
                    class="chip"
                    onClick={() => addToList(key, item)}
                    aria-label={`Add ${item}`}
                  >
                    + {item}
                  </button>
                ))}
            </div>
          )}
        </div>
      ))}
      <div>
        <Field
          id="partner-description"
          label="Description"
          multiline
          value={values.description}
          onInput={set('description')}
        />
        {caption('description')}
      </div>
      {draft.alternatives.logos.length > 0 && (
        <fieldset class="fieldset">
          <legend>Logo</legend>
          <div class="logo-choices">
            {draft.alternatives.logos.map((url, index) => (
              <label key={url} class="logo-choice">
                <input
                  type="radio"
                  name="logo"
                  checked={logo === url}
                  onChange={() => setLogo(url)}
                />
                <img src={url} alt={`Logo option ${index + 1}`} referrerpolicy="no-referrer" />
              </label>
            ))}
            <label class="logo-choice">
              <input type="radio" name="logo" checked={logo === ''} onChange={() => setLogo('')} />
              <span>No logo</span>
            </label>
          </div>
          {caption('logo')}
        </fieldset>
      )}
      <AddressFields values={values} onInput={set} note={caption('street')} />
      <div>
        <Field
          id="partner-socials"
          label="Social profiles"
          multiline
          value={values.socials}
          onInput={set('socials')}
          error={errors.socials}
          hint="One address per line."
        />
        {caption('socials')}
      </div>
      {draft.people.length > 0 && (
        <fieldset class="fieldset">
          <legend>People on this page</legend>
          {draft.people.map((person, index) => (
            <label key={`${person.name}-${index}`} class="choice">
              <input
                type="checkbox"
                checked={keptPeople[index]}
                onChange={() => setKeptPeople((kept) => kept.map((k, i) => (i === index ? !k : k)))}
              />
              <span>
                {person.name}
                {person.role && <span class="muted"> · {person.role}</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <div class="actions sticky">
        <button type="button" class="button" onClick={props.onCancel}>
          Cancel
        </button>
        {matches.length > 0 ? (
          <>
            <button type="submit" class="button">
              Save as new
            </button>
            <button type="button" class="button primary" onClick={merge}>
              Merge into existing
            </button>
          </>
        ) : (
          <button type="submit" class="button primary">
            Save partner
          </button>
        )}
      </div>
    </form>
  );
}

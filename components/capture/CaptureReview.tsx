import { useRef, useState } from 'preact/hooks';
import type { CapturePerson } from '../../lib/capture/types';
import { t } from '../../lib/i18n';
import type { IncomingPerson } from '../../lib/model/partner-merge';
import type { PartnerInput } from '../../lib/model/partner';
import { focusFirstError } from '../common/focus-first-error';
import { useScreenFocus } from '../common/screen-focus';
import { parseListInput, formatListInput } from '../common/list-input';
import { PartnerFields, type PartnerFieldExtras } from '../partners/PartnerFields';
import { displayUrl } from '../partners/contact-links';
import {
  formToPartner,
  type PartnerFormErrors,
  type PartnerFormValues,
} from '../partners/partner-form-values';
import type { CaptureDraft } from './capture-draft';
import { Alternatives } from './Alternatives';
import { CapturedPeople } from './CapturedPeople';
import { DuplicateChoice, type DuplicateMatch } from './DuplicateChoice';
import { LogoChoice } from './LogoChoice';

export type { DuplicateMatch } from './DuplicateChoice';

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

  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, { focus: 'first-field', onEscape: props.onCancel });
  const collect = (): { partner: PartnerInput; people: IncomingPerson[] } | null => {
    const result = formToPartner(values);
    if (!result.ok) {
      setErrors(result.errors);
      if (form.current) focusFirstError(result.errors, form.current, 'partner-');
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
  const notListed = (key: 'emails' | 'phones') =>
    draft.alternatives[key].filter((item) => !parseListInput(values[key]).includes(item));
  /** Where a list came from, and the page's other items not in it yet, each one click to add. */
  const listExtras = (key: 'emails' | 'phones', label: string) => (
    <>
      {caption(key)}
      <Alternatives
        label={label}
        items={notListed(key)}
        itemLabel={(item) => t('capture.review.add', { item })}
        prefix="+ "
        onPick={(item) => addToList(key, item)}
      />
    </>
  );
  const extras: PartnerFieldExtras = {
    name: (
      <>
        {caption('name')}
        <Alternatives
          label={t('capture.review.otherNames')}
          items={draft.alternatives.names}
          itemLabel={(name) => t('capture.review.useName', { name })}
          onPick={(name) => set('name')(name)}
        />
      </>
    ),
    kind: caption('kind'),
    website: caption('website'),
    emails: listExtras('emails', t('capture.review.otherEmails')),
    phones: listExtras('phones', t('capture.review.otherPhones')),
    description: caption('description'),
    address: caption('street'),
    socials: caption('socials'),
  };

  return (
    <form
      ref={form}
      class="form capture-review"
      onSubmit={submit}
      aria-labelledby="capture-title"
      noValidate
    >
      <div>
        <h2 id="capture-title">{t('capture.review.title')}</h2>
        <p class="muted small">
          {t('capture.review.from')}{' '}
          <a href={pageUrl} target="_blank" rel="noopener noreferrer">
            {displayUrl(pageUrl)}
          </a>
          {t('capture.review.nothingSaved')}
        </p>
      </div>
      <DuplicateChoice matches={matches} target={mergeTarget} onChange={setMergeTarget} />
      <PartnerFields values={values} errors={errors} onInput={set} extras={extras} />
      <LogoChoice
        logos={draft.alternatives.logos}
        value={logo}
        onChange={setLogo}
        note={logo === draft.logo ? caption('logo') : null}
      />
      <CapturedPeople
        people={draft.people}
        kept={keptPeople}
        onToggle={(index) => setKeptPeople((kept) => kept.map((k, i) => (i === index ? !k : k)))}
      />
      <div class="actions sticky">
        <button type="button" class="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        {matches.length > 0 ? (
          <>
            <button type="submit" class="button">
              {t('capture.review.saveAsNew')}
            </button>
            <button type="button" class="button primary" onClick={merge}>
              {t('capture.review.merge')}
            </button>
          </>
        ) : (
          <button type="submit" class="button primary">
            {t('capture.review.save')}
          </button>
        )}
      </div>
    </form>
  );
}

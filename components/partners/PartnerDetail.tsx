import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { formatDateTime, t } from '../../lib/i18n';
import type { Partner } from '../../lib/model/partner';
import { kindLabel } from './kind-label';
import type { PartnershipHealth } from '../../lib/model/health';
import { HealthLine } from '../concerns/HealthLine';
import { stakeholderGroupLabel } from './stakeholder-group-label';
import type { Person, PersonInput } from '../../lib/model/person';
import { displayUrl, mailtoHref, telHref } from './contact-links';
import { Avatar } from '../common/Avatar';
import { PersonForm } from './PersonForm';
import { focusKey, returnFocusTo, useScreenFocus } from '../common/screen-focus';

interface Props {
  partner: Partner;
  people: Person[];
  onBack: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onAddPerson: (person: Omit<PersonInput, 'partnerId'>) => void;
  onUpdatePerson: (id: string, person: Omit<PersonInput, 'partnerId'>) => void;
  onDeletePerson: (person: Person) => void;
  /** The partner's contact log (timeline, `Log contact`), rendered by the log feature. */
  contactLog?: ComponentChildren;
  /** The partner's shared goals, rendered by the goals feature. */
  goalsSlot?: ComponentChildren;
  /** The partnership's health (contact, commitments, concerns, feedback), with its reasons. */
  health?: PartnershipHealth | undefined;
  /** The partner's agreement and commitments, rendered by the agreements feature. */
  agreementSlot?: ComponentChildren;
  /** The partner's concerns and feedback, rendered by the concerns feature. */
  concernsSlot?: ComponentChildren;
  /** The partner's contributions, stories and lessons, rendered by the value feature. */
  valueSlot?: ComponentChildren;
}

/** A partner's page: contact details as working links, and its people. */
export function PartnerDetail(props: Props) {
  const { partner, people } = props;
  const [editingPerson, setEditingPerson] = useState<string | 'new' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useScreenFocus(heading, { focus: 'heading', key: partner.id });
  /** Closing a person form puts focus back on the button that opened it. */
  const closePersonForm = () => {
    returnFocusTo(editingPerson === 'new' ? 'add-person' : `edit-person:${editingPerson}`);
    setEditingPerson(null);
  };
  const address = partner.address
    ? [
        partner.address.street,
        [partner.address.postalCode, partner.address.locality].filter(Boolean).join(' '),
        partner.address.region,
        partner.address.country,
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  return (
    <article class="detail" aria-labelledby="partner-title">
      <div class="detail-nav">
        <button type="button" class="button link" onClick={props.onBack}>
          {t('partners.detail.back')}
        </button>
      </div>
      <header class="detail-header">
        <Avatar name={partner.name} logo={partner.logo} large />
        <div>
          <h2 id="partner-title" ref={heading} tabIndex={-1}>
            {partner.name}
          </h2>
          <p class="muted">
            {kindLabel(partner.kind)}
            {partner.stakeholderGroup
              ? ` · ${stakeholderGroupLabel(partner.stakeholderGroup)}`
              : ''}
          </p>
          {props.health && <HealthLine health={props.health} />}
        </div>
      </header>
      <div class="actions">
        <button type="button" class="button" {...focusKey('edit-partner')} onClick={props.onEdit}>
          {t('partners.detail.edit')}
        </button>
        <button type="button" class="button danger" onClick={props.onDelete}>
          {t('partners.detail.delete')}
        </button>
      </div>
      {partner.description && <p class="description">{partner.description}</p>}
      <dl class="contact-list">
        {partner.website && (
          <>
            <dt>{t('partners.detail.website')}</dt>
            <dd>
              <a href={partner.website} target="_blank" rel="noopener noreferrer">
                {displayUrl(partner.website)}
              </a>
            </dd>
          </>
        )}
        {partner.emails.length > 0 && (
          <>
            <dt>{t('partners.detail.email')}</dt>
            {partner.emails.map((email) => (
              <dd key={email}>
                <a href={mailtoHref(email)}>{email}</a>
              </dd>
            ))}
          </>
        )}
        {partner.phones.length > 0 && (
          <>
            <dt>{t('partners.detail.phone')}</dt>
            {partner.phones.map((phone) => (
              <dd key={phone}>
                <a href={telHref(phone)}>{phone}</a>
              </dd>
            ))}
          </>
        )}
        {address && (
          <>
            <dt>{t('partners.detail.address')}</dt>
            <dd>{address}</dd>
          </>
        )}
        {partner.socials.length > 0 && (
          <>
            <dt>{t('partners.detail.social')}</dt>
            {partner.socials.map((url) => (
              <dd key={url}>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {displayUrl(url)}
                </a>
              </dd>
            ))}
          </>
        )}
        {partner.tags.length > 0 && (
          <>
            <dt>{t('partners.detail.tags')}</dt>
            <dd>
              {partner.tags.map((tag) => (
                <span key={tag} class="tag">
                  {tag}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t('partners.detail.contactEvery')}</dt>
        <dd>{t('partners.detail.cadence', { count: partner.cadenceDays })}</dd>
        {partner.capturedFrom && (
          <>
            <dt>{t('partners.detail.capturedFrom')}</dt>
            <dd>
              <a href={partner.capturedFrom.url} target="_blank" rel="noopener noreferrer">
                {displayUrl(partner.capturedFrom.url)}
              </a>{' '}
              <span class="muted">
                {t('partners.detail.capturedOn', {
                  date: formatDateTime(partner.capturedFrom.at),
                })}
              </span>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="people-title" class="section">
        <div class="section-header">
          <h3 id="people-title">{t('partners.detail.peopleHeading', { count: people.length })}</h3>
          {editingPerson === null && (
            <button
              type="button"
              class="button"
              {...focusKey('add-person')}
              onClick={() => setEditingPerson('new')}
            >
              {t('partners.detail.addPerson')}
            </button>
          )}
        </div>
        {editingPerson === 'new' && (
          <PersonForm
            onSave={(person) => {
              props.onAddPerson(person);
              closePersonForm();
            }}
            onCancel={closePersonForm}
          />
        )}
        {people.length === 0 && editingPerson !== 'new' && (
          <p class="muted">{t('partners.detail.noPeople')}</p>
        )}
        <ul class="people-list" aria-label={t('partners.detail.peopleList')}>
          {people.map((person) =>
            editingPerson === person.id ? (
              <li key={person.id} aria-label={person.name}>
                <PersonForm
                  initial={person}
                  onSave={(patch) => {
                    props.onUpdatePerson(person.id, patch);
                    closePersonForm();
                  }}
                  onCancel={closePersonForm}
                />
              </li>
            ) : (
              <li key={person.id} class="person" aria-labelledby={`person-${person.id}`}>
                <div>
                  <strong id={`person-${person.id}`}>{person.name}</strong>
                  {person.role && <span class="muted"> · {person.role}</span>}
                  <div class="person-links">
                    {person.emails.map((email) => (
                      <a key={email} href={mailtoHref(email)}>
                        {email}
                      </a>
                    ))}
                    {person.phones.map((phone) => (
                      <a key={phone} href={telHref(phone)}>
                        {phone}
                      </a>
                    ))}
                  </div>
                  {person.notes && <p class="muted small">{person.notes}</p>}
                </div>
                <div class="person-actions">
                  <button
                    type="button"
                    class="button small"
                    {...focusKey(`edit-person:${person.id}`)}
                    aria-label={t('partners.detail.editPerson', { name: person.name })}
                    onClick={() => setEditingPerson(person.id)}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    class="button small danger"
                    aria-label={t('partners.detail.removePerson', { name: person.name })}
                    onClick={() => {
                      // The row goes away with the person: focus goes to Add person, not the page.
                      returnFocusTo('add-person');
                      props.onDeletePerson(person);
                    }}
                  >
                    {t('partners.detail.remove')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      </section>
      {props.goalsSlot}
      {props.agreementSlot}
      {props.concernsSlot}
      {props.valueSlot}
      {props.contactLog}
    </article>
  );
}

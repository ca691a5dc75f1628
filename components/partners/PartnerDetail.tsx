import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { PARTNER_KIND_LABELS, type Partner } from '../../lib/model/partner';
import type { Person, PersonInput } from '../../lib/model/person';
import { displayUrl, mailtoHref, telHref } from './contact-links';
import { Avatar } from '../common/Avatar';
import { PersonForm } from './PersonForm';

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
}

/** A partner's page: contact details as working links, and its people. */
export function PartnerDetail(props: Props) {
  const { partner, people } = props;
  const [editingPerson, setEditingPerson] = useState<string | 'new' | null>(null);
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
          ← All partners
        </button>
      </div>
      <header class="detail-header">
        <Avatar name={partner.name} logo={partner.logo} large />
        <div>
          <h2 id="partner-title">{partner.name}</h2>
          <p class="muted">
            {PARTNER_KIND_LABELS[partner.kind]}
            {partner.stakeholderGroup ? ` · ${partner.stakeholderGroup}` : ''}
          </p>
        </div>
      </header>
      <div class="actions">
        <button type="button" class="button" onClick={props.onEdit}>
          Edit partner
        </button>
        <button type="button" class="button danger" onClick={props.onDelete}>
          Delete partner
        </button>
      </div>
      {partner.description && <p class="description">{partner.description}</p>}
      <dl class="contact-list">
        {partner.website && (
          <>
            <dt>Website</dt>
            <dd>
              <a href={partner.website} target="_blank" rel="noopener noreferrer">
                {displayUrl(partner.website)}
              </a>
            </dd>
          </>
        )}
        {partner.emails.length > 0 && (
          <>
            <dt>Email</dt>
            {partner.emails.map((email) => (
              <dd key={email}>
                <a href={mailtoHref(email)}>{email}</a>
              </dd>
            ))}
          </>
        )}
        {partner.phones.length > 0 && (
          <>
            <dt>Phone</dt>
            {partner.phones.map((phone) => (
              <dd key={phone}>
                <a href={telHref(phone)}>{phone}</a>
              </dd>
            ))}
          </>
        )}
        {address && (
          <>
            <dt>Address</dt>
            <dd>{address}</dd>
          </>
        )}
        {partner.socials.length > 0 && (
          <>
            <dt>Social</dt>
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
            <dt>Tags</dt>
            <dd>
              {partner.tags.map((tag) => (
                <span key={tag} class="tag">
                  {tag}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>Contact every</dt>
        <dd>{partner.cadenceDays} days</dd>
        {partner.capturedFrom && (
          <>
            <dt>Captured from</dt>
            <dd>
              <a href={partner.capturedFrom.url} target="_blank" rel="noopener noreferrer">
                {displayUrl(partner.capturedFrom.url)}
              </a>{' '}
              <span class="muted">on {new Date(partner.capturedFrom.at).toLocaleDateString()}</span>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="people-title" class="section">
        <div class="section-header">
          <h3 id="people-title">People ({people.length})</h3>
          {editingPerson === null && (
            <button type="button" class="button" onClick={() => setEditingPerson('new')}>
              Add person
            </button>
          )}
        </div>
        {editingPerson === 'new' && (
          <PersonForm
            onSave={(person) => {
              props.onAddPerson(person);
              setEditingPerson(null);
            }}
            onCancel={() => setEditingPerson(null)}
          />
        )}
        {people.length === 0 && editingPerson !== 'new' && (
          <p class="muted">No people recorded yet.</p>
        )}
        <ul class="people-list" aria-label="People">
          {people.map((person) =>
            editingPerson === person.id ? (
              <li key={person.id} aria-label={person.name}>
                <PersonForm
                  initial={person}
                  onSave={(patch) => {
                    props.onUpdatePerson(person.id, patch);
                    setEditingPerson(null);
                  }}
                  onCancel={() => setEditingPerson(null)}
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
                    aria-label={`Edit ${person.name}`}
                    onClick={() => setEditingPerson(person.id)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    class="button small danger"
                    aria-label={`Remove ${person.name}`}
                    onClick={() => props.onDeletePerson(person)}
                  >
                    Remove
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      </section>
      {props.goalsSlot}
      {props.contactLog}
    </article>
  );
}

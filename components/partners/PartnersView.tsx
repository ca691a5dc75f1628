import type { PartnershipHealth } from '../../lib/model/health';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Partner, PartnerInput } from '../../lib/model/partner';
import type { Person, PersonInput } from '../../lib/model/person';
import type { IncomingPerson } from '../../lib/model/partner-merge';
import type { CaptureDraft } from '../capture/capture-draft';
import type { DuplicateMatch } from '../capture/CaptureReview';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { focusKey, returnFocusTo, useScreenFocus } from '../common/screen-focus';
import { DeletedNotice } from '../trust/DeletedNotice';
import type { ToastMessage } from '../common/Toast';
import { PartnerList } from './PartnerList';
import { CaptureReviewScreen, PartnerDetailScreen, PartnerFormScreen } from './partner-screens';

export interface PartnerActions {
  add: (input: PartnerInput) => string;
  update: (id: string, input: PartnerInput) => void;
  remove: (id: string) => void;
  /** Brings back a deleted partner with the people deleted with it. */
  restore: (id: string) => void;
  addPerson: (person: PersonInput) => void;
  updatePerson: (id: string, person: Omit<PersonInput, 'partnerId'>) => void;
  removePerson: (id: string) => void;
  undo: () => void;
  addCaptured: (partner: PartnerInput, people: IncomingPerson[]) => string;
  mergeCaptured: (id: string, partner: PartnerInput, people: IncomingPerson[]) => void;
}

/** Where a capture of the current page stands. */
export type CaptureState =
  | { status: 'idle' }
  | { status: 'capturing' }
  | { status: 'failed'; message: string }
  | {
      status: 'review';
      draft: CaptureDraft;
      pageUrl: string;
      at: number;
      matches: DuplicateMatch[];
    };

interface Props {
  totalCount: number;
  search: (query: string) => Partner[];
  getPartner: (id: string) => Partner | undefined;
  peopleByPartner: Map<string, Person[]>;
  actions: PartnerActions;
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
  /** Present when this context can capture the current tab. */
  onCapture?: () => void;
  /** False where pages cannot be captured (the web app): the empty list says how to add instead. */
  canCapture?: boolean;
  capture?: CaptureState;
  onCaptureClose?: () => void;
  /** Contact log feature: last contact per row, and the log on the partner's page. */
  partnerContact?: ((partner: Partner) => { lastContact?: string; overdue: boolean }) | undefined;
  /** Partnership health per partner (rows and the partner's page); undefined while it loads. */
  partnerHealth?: ((partner: Partner) => PartnershipHealth | undefined) | undefined;
  renderContactLog?: (partner: Partner) => ComponentChildren;
  /** Goals feature: the partner's linked goals on its page. */
  renderGoals?: (partner: Partner) => ComponentChildren;
  /** Agreements feature: the partner's agreement and commitments on its page. */
  renderAgreement?: (partner: Partner) => ComponentChildren;
  /** Concerns feature: the partner's concerns and feedback on its page. */
  renderConcerns?: (partner: Partner) => ComponentChildren;
  /** Value feature: the partner's contributions, stories and lessons on its page. */
  renderValue?: (partner: Partner) => ComponentChildren;
  /** Replaces the plain "no partners yet" (a new workspace says where the earlier ones are). */
  emptyState?: ComponentChildren;
  /** A partner another view asked to show (a Log search hit on one of its records), or null. */
  requestedPartner?: string | null | undefined;
  onPartnerRequestHandled?: (() => void) | undefined;
}

type Screen =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'detail'; id: string }
  | { name: 'edit'; id: string };

export function PartnersView(props: Props) {
  const { actions, notify } = props;
  const [screen, setScreen] = useState<Screen>({ name: 'list' });
  const [query, setQuery] = useState('');
  const [confirmingDelete, setConfirmingDelete] = useState<Partner | null>(null);
  useEffect(() => {
    if (!props.requestedPartner) return;
    setScreen({ name: 'detail', id: props.requestedPartner });
    props.onPartnerRequestHandled?.();
  }, [props.requestedPartner]);
  const results = useMemo(() => props.search(query), [props.search, query]);
  const listHeading = useRef<HTMLHeadingElement>(null);
  useScreenFocus(listHeading, { focus: 'returning' });
  const peopleCounts = useMemo(
    () => new Map([...props.peopleByPartner].map(([id, people]) => [id, people.length])),
    [props.peopleByPartner],
  );

  const capture = props.capture ?? { status: 'idle' };
  if (capture.status === 'review') {
    const close = () => props.onCaptureClose?.();
    return (
      <CaptureReviewScreen
        key={capture.at}
        draft={capture.draft}
        pageUrl={capture.pageUrl}
        capturedAt={capture.at}
        matches={capture.matches}
        onCancel={() => {
          returnFocusTo('capture-page');
          close();
        }}
        onSave={(partner, people) => {
          const id = actions.addCaptured(partner, people);
          close();
          notify({
            text: t('partners.toast.added', { name: partner.name }),
            actionLabel: t('common.undo'),
            onAction: actions.undo,
          });
          setScreen({ name: 'detail', id });
        }}
        onMerge={(id, partner, people) => {
          actions.mergeCaptured(id, partner, people);
          close();
          const mergedName = props.getPartner(id)?.name;
          notify({
            text: mergedName
              ? t('partners.toast.merged', { name: mergedName })
              : t('partners.toast.mergedUnknown'),
            actionLabel: t('common.undo'),
            onAction: actions.undo,
          });
          setScreen({ name: 'detail', id });
        }}
      />
    );
  }

  if (screen.name === 'new') {
    return (
      <PartnerFormScreen
        heading={t('partners.form.addHeading')}
        onCancel={() => {
          returnFocusTo('add-partner');
          setScreen({ name: 'list' });
        }}
        onSave={(input) => {
          const id = actions.add(input);
          notify({ text: t('partners.toast.added', { name: input.name }) });
          setScreen({ name: 'detail', id });
        }}
      />
    );
  }

  const current = screen.name === 'list' ? undefined : props.getPartner(screen.id);
  if (current?.deletedAt !== undefined) {
    return (
      <DeletedNotice
        title={current.name}
        what={t('partners.deleted.what')}
        deletedAt={current.deletedAt}
        deletedBy={current.deletedBy}
        backLabel={t('partners.detail.back')}
        onBack={() => setScreen({ name: 'list' })}
        onRestore={() => {
          actions.restore(current.id);
          notify({
            text: t('partners.toast.restored', { name: current.name }),
            actionLabel: t('common.undo'),
            onAction: actions.undo,
          });
        }}
      />
    );
  }
  if (screen.name === 'edit' && current) {
    return (
      <PartnerFormScreen
        heading={t('partners.form.editHeading', { name: current.name })}
        partner={current}
        onCancel={() => {
          returnFocusTo('edit-partner');
          setScreen({ name: 'detail', id: current.id });
        }}
        onSave={(input) => {
          actions.update(current.id, input);
          notify({ text: t('partners.toast.saved', { name: input.name }) });
          setScreen({ name: 'detail', id: current.id });
        }}
      />
    );
  }

  if (screen.name === 'detail' && current) {
    const people = props.peopleByPartner.get(current.id) ?? [];
    return (
      <>
        <PartnerDetailScreen
          partner={current}
          people={people}
          onBack={() => {
            returnFocusTo(`partner:${current.id}`);
            setScreen({ name: 'list' });
          }}
          onEdit={() => setScreen({ name: 'edit', id: current.id })}
          onDelete={() => setConfirmingDelete(current)}
          onAddPerson={(person) => actions.addPerson({ ...person, partnerId: current.id })}
          onUpdatePerson={actions.updatePerson}
          onDeletePerson={(person) => {
            actions.removePerson(person.id);
            notify({
              text: t('partners.toast.removedPerson', { name: person.name }),
              actionLabel: t('common.undo'),
              onAction: actions.undo,
            });
          }}
          contactLog={props.renderContactLog?.(current)}
          goalsSlot={props.renderGoals?.(current)}
          health={props.partnerHealth?.(current)}
          agreementSlot={props.renderAgreement?.(current)}
          concernsSlot={props.renderConcerns?.(current)}
          valueSlot={props.renderValue?.(current)}
        />
        {confirmingDelete && (
          <ConfirmDialog
            title={t('partners.delete.title', { name: confirmingDelete.name })}
            message={
              people.length
                ? t('partners.delete.messageWithPeople', { count: people.length })
                : t('partners.delete.message')
            }
            confirmLabel={t('common.delete')}
            onCancel={() => setConfirmingDelete(null)}
            onConfirm={() => {
              const deleted = confirmingDelete;
              setConfirmingDelete(null);
              actions.remove(deleted.id);
              returnFocusTo(`partner:${deleted.id}`);
              setScreen({ name: 'list' });
              notify({
                text: t('partners.toast.deleted', { name: deleted.name }),
                actionLabel: t('common.undo'),
                onAction: actions.undo,
              });
            }}
          />
        )}
      </>
    );
  }

  return (
    <section class="partners" aria-labelledby="partners-heading">
      <h2 id="partners-heading" class="visually-hidden" ref={listHeading} tabIndex={-1}>
        {t('partners.list.heading')}
      </h2>
      <div class="toolbar">
        <input
          type="search"
          class="search"
          aria-label={t('partners.list.search')}
          placeholder={t('partners.list.searchPlaceholder')}
          value={query}
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <div class="toolbar-actions">
          <button
            type="button"
            class="button primary"
            {...focusKey('add-partner')}
            onClick={() => setScreen({ name: 'new' })}
          >
            {t('partners.list.add')}
          </button>
          {props.onCapture && (
            <button
              type="button"
              class="button"
              {...focusKey('capture-page')}
              onClick={props.onCapture}
              disabled={capture.status === 'capturing'}
            >
              {t('partners.list.capture')}
            </button>
          )}
        </div>
      </div>
      {capture.status === 'capturing' && (
        <p class="notice" aria-live="polite">
          {t('partners.list.capturing')}
        </p>
      )}
      {capture.status === 'failed' && (
        <div class="notice error-notice" role="alert">
          <span>{capture.message}</span>
          <button type="button" class="button link" onClick={props.onCaptureClose}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      <p class="count" aria-live="polite">
        {query.trim()
          ? t('partners.list.countFiltered', { shown: results.length, total: props.totalCount })
          : t('partners.list.count', { count: props.totalCount })}
      </p>
      {props.totalCount === 0 ? (
        (props.emptyState ?? (
          <div class="empty-state">
            <p>{t('partners.list.empty')}</p>
            <p class="muted">
              {t(
                props.canCapture === false
                  ? 'partners.list.emptyHintNoCapture'
                  : 'partners.list.emptyHint',
              )}
            </p>
          </div>
        ))
      ) : results.length === 0 ? (
        <p class="empty-state">{t('partners.list.noMatch', { query })}</p>
      ) : (
        <PartnerList
          partners={results}
          peopleCounts={peopleCounts}
          onOpen={(id) => setScreen({ name: 'detail', id })}
          contactOf={props.partnerContact}
          healthOf={props.partnerHealth}
        />
      )}
    </section>
  );
}

import { t } from '../../lib/i18n';
import { LIMITS } from '../../lib/model/fields';
import { Field } from '../common/Field';
import { useFormValues } from '../common/use-form-values';
import { GoalPicker } from '../contributions/GoalPicker';
import { PartnerPicker } from '../log/PartnerPicker';
import { storyFromForm, type StoryFormValues } from './story-form-values';
import type { StoryFields, StoryLinks } from './types';

interface Props {
  initial: StoryFormValues;
  links: StoryLinks;
  onSave: (input: StoryFields) => void;
  onCancel: () => void;
}

/** A success story: title, the story, when, who was part of it, whom to thank. */
export function StoryForm({ initial, links, onSave, onCancel }: Props) {
  const { values, errors, set, submit } = useFormValues(initial, storyFromForm, onSave, 'story-');
  return (
    <form
      class="form inset"
      aria-label={t('value.story.form.name')}
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
    >
      <Field
        id="story-title"
        label={t('value.story.form.title')}
        value={values.title}
        onInput={set('title')}
        error={errors.title}
        maxLength={LIMITS.name}
        required
        autoFocus
      />
      <Field
        id="story-body"
        label={t('value.story.form.story')}
        value={values.body}
        onInput={set('body')}
        multiline
      />
      <Field
        id="story-date"
        label={t('value.story.form.date')}
        type="date"
        value={values.date}
        onInput={set('date')}
        error={errors.date}
      />
      <PartnerPicker
        partnerIds={values.partnerIds}
        onChange={set('partnerIds')}
        searchPartners={links.searchPartners}
        partnerName={links.partnerName}
        people={[]}
        personIds={[]}
        onPeopleChange={() => undefined}
      />
      <GoalPicker
        id="story-goals"
        legend={t('value.story.form.goals')}
        goals={links.goals}
        selected={values.goalIds}
        onChange={set('goalIds')}
      />
      <Field
        id="story-thanks"
        label={t('value.story.form.thanks')}
        hint={t('value.story.form.thanksHint')}
        value={values.thanks}
        onInput={set('thanks')}
      />
      <div class="field check">
        <label>
          <input
            type="checkbox"
            checked={values.celebrate}
            aria-describedby="story-celebrate-hint"
            onChange={(event) => set('celebrate')(event.currentTarget.checked)}
          />{' '}
          {t('value.story.form.celebrate')}
        </label>
        <p id="story-celebrate-hint" class="hint">
          {t('value.story.form.celebrateHint')}
        </p>
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('value.cancel')}
        </button>
        <button type="submit" class="button primary">
          {t('value.story.form.save')}
        </button>
      </div>
    </form>
  );
}

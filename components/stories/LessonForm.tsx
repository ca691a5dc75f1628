import { t } from '../../lib/i18n';
import { LIMITS } from '../../lib/model/fields';
import { Field } from '../common/Field';
import { useFormValues } from '../common/use-form-values';
import { GoalPicker } from '../contributions/GoalPicker';
import { PartnerPicker } from '../log/PartnerPicker';
import { LESSON_TEXT_MAX, lessonFromForm, type LessonFormValues } from './lesson-form-values';
import type { LessonFields, StoryLinks } from './types';

interface Props {
  initial: LessonFormValues;
  links: StoryLinks;
  onSave: (input: LessonFields) => void;
  onCancel: () => void;
}

/** A lesson learned: what happened, what we learned, what we change, with whom. */
export function LessonForm({ initial, links, onSave, onCancel }: Props) {
  const { values, errors, set, submit } = useFormValues(initial, lessonFromForm, onSave, 'lesson-');
  return (
    <form
      class="form inset"
      aria-label={t('value.lesson.form.name')}
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
    >
      <Field
        id="lesson-title"
        label={t('value.lesson.form.title')}
        value={values.title}
        onInput={set('title')}
        error={errors.title}
        maxLength={LIMITS.shortText}
        required
        autoFocus
      />
      <Field
        id="lesson-body"
        label={t('value.lesson.form.happened')}
        value={values.body}
        onInput={set('body')}
        multiline
      />
      <Field
        id="lesson-learned"
        label={t('value.lesson.form.learned')}
        value={values.learned}
        onInput={set('learned')}
        multiline
        maxLength={LESSON_TEXT_MAX}
      />
      <Field
        id="lesson-change"
        label={t('value.lesson.form.change')}
        value={values.change}
        onInput={set('change')}
        multiline
        maxLength={LESSON_TEXT_MAX}
      />
      <Field
        id="lesson-date"
        label={t('value.lesson.form.date')}
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
        id="lesson-goals"
        legend={t('value.lesson.form.goals')}
        goals={links.goals}
        selected={values.goalIds}
        onChange={set('goalIds')}
      />
      <div class="actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('value.cancel')}
        </button>
        <button type="submit" class="button primary">
          {t('value.lesson.form.save')}
        </button>
      </div>
    </form>
  );
}

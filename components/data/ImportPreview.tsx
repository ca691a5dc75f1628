import { t } from '../../lib/i18n';
import type { DuplicateChoice, ImportPlan } from '../../lib/model/import-plan';
import { reasonText, rowErrorText } from './import-texts';

interface Props {
  plan: ImportPlan;
  choices: ReadonlyMap<string, DuplicateChoice>;
  onChoose: (key: string, choice: DuplicateChoice) => void;
  onChooseAll: (choice: DuplicateChoice) => void;
}

const CHOICES: DuplicateChoice[] = ['merge', 'skip', 'new'];
/** How many of each list the preview shows; the rest are counted (and the errors downloadable). */
export const PREVIEW_LIMIT = 50;
const FIRST_PARTNERS = 8;

function choiceLabel(choice: DuplicateChoice): string {
  return t(`data.choice.${choice}`);
}

function More({ count }: { count: number }) {
  return count > 0 ? <p class="muted small">{t('data.preview.more', { count })}</p> : null;
}

/** What the import will do: counts, the first partners, rows with problems, and duplicates. */
export function ImportPreview({ plan, choices, onChoose, onChooseAll }: Props) {
  const people = plan.people.length + plan.partners.reduce((n, p) => n + p.people.length, 0);
  const duplicates = plan.partners.filter((p) => p.match);
  return (
    <>
      <p>
        {t('data.preview.summary', {
          valid: plan.validRows,
          partners: plan.partners.length,
          people,
        })}
      </p>
      {plan.errors.length > 0 && (
        <p>{t('data.preview.errorsSummary', { count: plan.errors.length })}</p>
      )}
      {plan.partners.length > 0 && (
        <section aria-labelledby="import-first-rows">
          <h4 id="import-first-rows">{t('data.preview.firstRows')}</h4>
          <ul>
            {plan.partners.slice(0, FIRST_PARTNERS).map((p) => (
              <li key={p.key}>
                {t('data.preview.partnerRow', { name: p.input.name, people: p.people.length })}
              </li>
            ))}
            {plan.people.slice(0, Math.max(0, FIRST_PARTNERS - plan.partners.length)).map((p) => (
              <li key={`person-${p.rowNumber}`}>{t('data.preview.looseRow', { name: p.name })}</li>
            ))}
          </ul>
          <More count={plan.partners.length - FIRST_PARTNERS} />
        </section>
      )}
      {plan.errors.length > 0 && (
        <section aria-labelledby="import-problems">
          <h4 id="import-problems">{t('data.preview.problems')}</h4>
          <ul>
            {plan.errors.slice(0, PREVIEW_LIMIT).map((error) => (
              <li key={error.rowNumber}>{rowErrorText(error)}</li>
            ))}
          </ul>
          <More count={plan.errors.length - PREVIEW_LIMIT} />
        </section>
      )}
      {duplicates.length > 0 && (
        <section aria-labelledby="import-duplicates">
          <h4 id="import-duplicates">{t('data.preview.duplicates')}</h4>
          <p class="muted small">{t('data.preview.duplicatesHint')}</p>
          {duplicates.length > 1 && (
            <div class="field">
              <label for="import-all-duplicates">{t('data.preview.allDuplicates')}</label>
              <select
                id="import-all-duplicates"
                value=""
                onChange={(e) => {
                  const value = e.currentTarget.value as DuplicateChoice | '';
                  if (value) onChooseAll(value);
                }}
              >
                <option value="">{t('data.preview.allChoice')}</option>
                {CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {choiceLabel(choice)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <ul class="import-duplicates">
            {duplicates.slice(0, PREVIEW_LIMIT).map((p) => (
              <li key={p.key} class="field">
                <span>
                  {t('data.preview.duplicate', {
                    name: p.input.name,
                    existing: p.match!.name,
                    reason: reasonText(p.match!.reason),
                  })}
                </span>
                <select
                  aria-label={t('data.preview.choice', { name: p.input.name })}
                  value={choices.get(p.key) ?? 'merge'}
                  onChange={(e) => onChoose(p.key, e.currentTarget.value as DuplicateChoice)}
                >
                  {CHOICES.map((choice) => (
                    <option key={choice} value={choice}>
                      {choiceLabel(choice)}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
          <More count={duplicates.length - PREVIEW_LIMIT} />
        </section>
      )}
    </>
  );
}

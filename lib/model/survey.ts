/**
 * A short survey to send a partner (or families): 3–5 questions, drawn from what the partnership
 * agreement says each side expects and is responsible for, generic ones when there is no
 * agreement. The model picks the questions and returns them as codes with the agreement's words
 * as data; the layer that shows the survey words each code in the interface language.
 *
 * Every survey opens with the 1–5 rating (its answers come back as feedback pulses) and ends
 * with an open question, so a survey always has a score and room to say anything.
 */

/** What the survey reads of an agreement: its texts, any of them may be empty. */
export interface AgreementTexts {
  purpose?: string | undefined;
  ourResponsibilities?: string | undefined;
  partnerResponsibilities?: string | undefined;
  expectations?: string | undefined;
}

export type SurveyQuestion =
  | { code: 'rating' }
  | { code: 'expectation'; text: string }
  | { code: 'ourResponsibility'; text: string }
  | { code: 'partnerResponsibility'; text: string }
  | { code: 'purpose'; text: string }
  | { code: 'communication' }
  | { code: 'progress' }
  | { code: 'improve' };

export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 5;

/** Longest agreement item quoted in a question; longer ones are cut at a word. */
const MAX_ITEM = 160;

/**
 * The items of an agreement text: one per line or list bullet, or per sentence when it is one
 * paragraph. Empty items and duplicates are dropped.
 */
export function agreementItems(text: string | undefined): string[] {
  if (!text) return [];
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
  const parts =
    lines.length === 1 ? lines[0]!.split(/(?<=[.!?;])\s+/).map((part) => part.trim()) : lines;
  const seen = new Set<string>();
  for (const part of parts) {
    const clean = shorten(part.replace(/\s+/g, ' ').replace(/[.;]+$/, ''));
    if (clean) seen.add(clean);
  }
  return [...seen];
}

function shorten(text: string): string {
  if (text.length <= MAX_ITEM) return text;
  const cut = text.slice(0, MAX_ITEM);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_ITEM / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The survey's questions: the rating, up to three drawn from the agreement (its expectations
 * first, then each side's responsibilities, then its purpose), then the open question. Without
 * enough from the agreement, generic questions (communication, progress) fill it to three.
 */
export function surveyQuestions(agreement?: AgreementTexts | null): SurveyQuestion[] {
  const drawn: SurveyQuestion[] = [];
  const room = MAX_QUESTIONS - 2;
  const take = (questions: SurveyQuestion[], most: number) => {
    for (const question of questions.slice(0, most)) if (drawn.length < room) drawn.push(question);
  };
  if (agreement) {
    const expectations = agreementItems(agreement.expectations);
    const ours = agreementItems(agreement.ourResponsibilities);
    const theirs = agreementItems(agreement.partnerResponsibilities);
    const purpose = agreementItems(agreement.purpose);
    take(
      expectations.map((text) => ({ code: 'expectation', text })),
      2,
    );
    take(
      ours.map((text) => ({ code: 'ourResponsibility', text })),
      1,
    );
    take(
      theirs.map((text) => ({ code: 'partnerResponsibility', text })),
      1,
    );
    take(
      purpose.slice(0, 1).map((text) => ({ code: 'purpose', text })),
      1,
    );
    // Still room: more expectations before anything generic.
    take(
      expectations.slice(2).map((text) => ({ code: 'expectation', text })),
      room,
    );
  }
  if (drawn.length === 0) drawn.push({ code: 'communication' }, { code: 'progress' });
  return [{ code: 'rating' }, ...drawn, { code: 'improve' }];
}

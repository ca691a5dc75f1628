import { t } from '../../lib/i18n';
import type { SurveyQuestion } from '../../lib/model/survey';

export type SurveyFormat = 'text' | 'markdown';

function questionText(question: SurveyQuestion, data: (text: string) => string): string {
  switch (question.code) {
    case 'rating':
      return t('concerns.survey.q.rating');
    case 'expectation':
      return t('concerns.survey.q.expectation', { text: data(question.text) });
    case 'ourResponsibility':
      return t('concerns.survey.q.ourResponsibility', { text: data(question.text) });
    case 'partnerResponsibility':
      return t('concerns.survey.q.partnerResponsibility', { text: data(question.text) });
    case 'purpose':
      return t('concerns.survey.q.purpose', { text: data(question.text) });
    case 'communication':
      return t('concerns.survey.q.communication');
    case 'progress':
      return t('concerns.survey.q.progress');
    case 'improve':
      return t('concerns.survey.q.improve');
  }
}

/** Markdown's inline special characters, escaped so an agreement's words stay words. */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');

/**
 * The survey, ready to paste into an email or a chat: a title, a line of context, the numbered
 * questions with room to answer, thanks. Plain text numbers the questions itself; Markdown
 * makes a heading and an ordered list; the agreement's words (and the partner's name) are escaped,
 * our own sentences are written to need no escaping.
 */
export function surveyText(
  questions: readonly SurveyQuestion[],
  partnerName: string,
  format: SurveyFormat,
): string {
  const markdown = format === 'markdown';
  const data = (text: string) => (markdown ? escapeMarkdown(text) : text);
  const title = t('concerns.survey.title', { name: data(partnerName) });
  const lines = [markdown ? `# ${title}` : title, '', t('concerns.survey.intro'), ''];
  questions.forEach((question, index) => {
    lines.push(`${index + 1}. ${questionText(question, data)}`, '');
  });
  lines.push(t('concerns.survey.thanks'));
  return `${lines.join('\n')}\n`;
}

import { describe, expect, test } from 'vitest';
import { agreementItems, surveyQuestions } from '../../../lib/model/survey';

describe('survey questions from an agreement', () => {
  const agreement = {
    purpose: 'Every pupil reads with a volunteer each week.',
    ourResponsibilities: '- Share the reading timetable\n- Provide a quiet room',
    partnerResponsibilities: 'Send two volunteers every Tuesday.',
    expectations: 'We reply to messages within two days. Volunteers are briefed before they start.',
  };

  test('the rating first, then expectations and each side’s responsibilities, then the open question', () => {
    expect(surveyQuestions(agreement)).toEqual([
      { code: 'rating' },
      { code: 'expectation', text: 'We reply to messages within two days' },
      { code: 'expectation', text: 'Volunteers are briefed before they start' },
      { code: 'ourResponsibility', text: 'Share the reading timetable' },
      { code: 'improve' },
    ]);
  });

  test('an agreement with a single item still gives three questions', () => {
    const questions = surveyQuestions({ partnerResponsibilities: 'Host the science fair' });
    expect(questions.map((q) => q.code)).toEqual(['rating', 'partnerResponsibility', 'improve']);
  });

  test('without an agreement (or an empty one) the questions are generic', () => {
    const generic = ['rating', 'communication', 'progress', 'improve'];
    expect(surveyQuestions(undefined).map((q) => q.code)).toEqual(generic);
    expect(surveyQuestions({ purpose: '  ', expectations: '' }).map((q) => q.code)).toEqual(
      generic,
    );
  });

  test('always between three and five questions', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Item ${i}`).join('\n');
    for (const texts of [{}, { expectations: long }, { ...agreement, purpose: long }]) {
      const count = surveyQuestions(texts).length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(5);
    }
  });

  test('items split by lines, bullets and sentences; long ones are cut at a word', () => {
    expect(agreementItems('1. One\n* Two\n• Three\n\nThree')).toEqual(['One', 'Two', 'Three']);
    const long = `${'word '.repeat(60)}end`;
    const [item] = agreementItems(long);
    expect(item!.length).toBeLessThanOrEqual(161);
    expect(item!.endsWith('word…')).toBe(true);
  });
});

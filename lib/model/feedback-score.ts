/** A feedback pulse's score: a whole number from 1 (poor) to 5 (excellent). */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= MIN_SCORE && value <= MAX_SCORE;

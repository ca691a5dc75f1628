/**
 * What is wrong with a record read from a shared doc, as a code and its values. The model may not
 * import the message catalogue, so it returns this and the interface words it in the reader's
 * language (`trust.problem.<code>`). `problemText` is the English wording kept for technical
 * files (the quarantine JSON export) and logs, where one fixed language is what a reader wants.
 */
export type RecordProblem =
  | { code: 'badId' }
  | { code: 'notARecord' }
  | { code: 'tooManyValues'; values: { limit: number } }
  | { code: 'tooManyChars'; values: { limit: number } }
  | { code: 'tooDeep'; values: { levels: number } }
  | { code: 'listTooLong' }
  | { code: 'unknownSharedType' }
  | { code: 'unreadable' }
  | { code: 'invalidField'; values: { field: string } }
  | { code: 'invalidRecord' };

export type RecordProblemCode = RecordProblem['code'];

/** The problem in English, for files and logs (the panel words it through the catalogue). */
export function problemText(problem: RecordProblem): string {
  switch (problem.code) {
    case 'badId':
      return 'Its id is not one Bridgework makes (letters, digits, - and _).';
    case 'notARecord':
      return 'It is not a record.';
    case 'tooManyValues':
      return `It holds more than ${problem.values.limit.toLocaleString('en')} values.`;
    case 'tooManyChars':
      return `It holds more than ${problem.values.limit.toLocaleString('en')} characters.`;
    case 'tooDeep':
      return `It holds nested more than ${problem.values.levels} levels.`;
    case 'listTooLong':
      return 'It holds a list too long to read.';
    case 'unknownSharedType':
      return 'It holds a kind of shared value it cannot hold.';
    case 'unreadable':
      return 'It could not be read.';
    case 'invalidField':
      return `“${problem.values.field}” has a value Bridgework cannot use.`;
    case 'invalidRecord':
      return 'The record has a value Bridgework cannot use.';
  }
}

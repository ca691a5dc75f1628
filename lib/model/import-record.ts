/**
 * One row of an import, whatever file it came from (a CSV row through its column mapping, or a
 * vCard): the organisation and the person it names, with their details as written. Checking and
 * matching happen later (import-plan.ts).
 */
export interface ImportRecord {
  /** The row number a spreadsheet shows (or the card's number in a vCard file). */
  rowNumber: number;
  organisation: string;
  website: string;
  kind: string;
  description: string;
  tags: string[];
  person: string;
  role: string;
  /** The person's when the row names a person, otherwise the organisation's. */
  emails: string[];
  phones: string[];
  notes: string;
}

export function emptyRecord(rowNumber: number): ImportRecord {
  return {
    rowNumber,
    organisation: '',
    website: '',
    kind: '',
    description: '',
    tags: [],
    person: '',
    role: '',
    emails: [],
    phones: [],
    notes: '',
  };
}

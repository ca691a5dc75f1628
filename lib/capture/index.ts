export { extract, type ExtractOptions } from './extract';
export { createDuplicateIndex, findDuplicates, normaliseName } from './match';
export type * from './types';
export type { DuplicateCandidate, DuplicateMatch, ExistingPartner } from './match';

/**
 * Whether a short text is a person's name (and the job words that say it is a role instead), and
 * whether an email address is built from a person's name.
 */

const PERSON_NAME =
  /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|van|von|de|da|del|der|le|la|bin|al)){1,3}$/u;
export const ROLE_WORDS =
  /\b(president|vice|chair|chairperson|secretary|treasurer|director|manager|coordinator|co-?ordinator|officer|head|principal|teacher|coach|founder|co-founder|ceo|cfo|coo|cto|executive|lead|registrar|administrator|assistant|editor|trustee|board|member|partner|owner|geschäftsführer(in)?|leiter(in)?|inhaber(in)?|directeur|directrice|présidente?|professor|librarian|counsel|advisor|adviser|organi[sz]er|volunteer)\b/i;

export function isPersonName(s: string): boolean {
  const t = s.trim();
  return (
    t.length <= 60 &&
    PERSON_NAME.test(t) &&
    !ROLE_WORDS.test(t) &&
    !/^(the|a|an|le|la|les|der|die|das|el|il|our|my)\s/i.test(t)
  );
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/**
 * An address built from the person's name (maria@, mlopez@, maria.lopez@, lopezm@) is theirs; a
 * role or shared mailbox on their card (info@, programs@) still reaches the organisation.
 */
export function emailIsNamed(email: string, name: string): boolean {
  const local = fold(email.split('@')[0] ?? '');
  const tokens = name
    .replace(/^(dr|prof|mr|mrs|ms|mx)\.?\s+/i, '')
    .split(/\s+/)
    .map(fold)
    .filter(Boolean);
  if (!local || !tokens.length) return false;
  if (tokens.some((t) => t.length >= 3 && local.includes(t))) return true;
  // a short form of a name ("arn" for Arnold)
  if (local.length >= 3 && tokens.some((t) => t.startsWith(local))) return true;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  return local === first[0] + last || local === first + last[0] || local === first + last;
}

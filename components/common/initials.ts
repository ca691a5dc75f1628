/** "Ana María Alvarez" → "AA": a person is known by first and last name. */
export function personInitials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (
    (parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')
  ).toUpperCase();
}

/** "Riverside Public Library" → "RP": an organisation by its first two words ("& Co" skipped). */
export function organisationInitials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word[0] ?? ''));
  return ((words[0]?.[0] ?? '?') + (words[1]?.[0] ?? '')).toUpperCase();
}

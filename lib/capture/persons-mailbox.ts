/**
 * Whether a mailbox read at `el` is a person's own rather than the organisation's: a staff
 * card's address, a bio's, or an article author's correspondence line. Every place that reads a
 * mailbox from the page's links or text asks all three, so they are asked here once.
 */
import type { PageContext } from './types';
import { isPersonalContact } from './person-cards';
import { isBioMailbox } from './bio-mailbox';
import { inAuthorContactLine } from './correspondence';

export function isPersonsMailbox(ctx: PageContext, el: Element, email: string): boolean {
  return (
    isPersonalContact(ctx, el, 'emails', email) ||
    isBioMailbox(el, email) ||
    inAuthorContactLine(el)
  );
}

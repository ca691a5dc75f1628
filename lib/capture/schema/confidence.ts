/**
 * How sure a schema.org candidate is, from how sure the syntax is (json-ld 0.95, microdata and rdfa
 * their own) and how surely `pickEntity` found the page's entity. As with the entity scores, the
 * values are tuned on the capture corpus; merge.ts compares them across rules.
 */
import type { CaptureSource } from '../types';

/** Where a field's candidates come from and how much they are trusted. */
export interface Found {
  source: CaptureSource;
  confidence: number;
}

/** The same source, trusted `by` less: for the weaker readings of a field. */
export function discounted(found: Found, by: number): Found {
  return { source: found.source, confidence: found.confidence - by };
}

/** At or above: a top-level organisation or event, or the page's declared main entity or publisher. */
const SURE_ENTITY_SCORE = 95;
/** At or above: a person's own page, a place, a topic (`about`), a provider or seller. */
const LIKELY_ENTITY_SCORE = 80;
/** A likely entity is trusted a shade less than the syntax, so a sure one elsewhere wins. */
const LIKELY_ENTITY_DISCOUNT = 0.05;
/** Anything lower (an offered item's maker, an article's stand-alone person) is a weak guess that
 * page text and metadata should be able to outvote. */
const WEAK_ENTITY_DISCOUNT = 0.4;

/** Confidence of the values read from the picked entity. */
export function entityConfidence(entityScore: number, syntaxConfidence: number): number {
  if (entityScore >= SURE_ENTITY_SCORE) return syntaxConfidence;
  if (entityScore >= LIKELY_ENTITY_SCORE) return syntaxConfidence - LIKELY_ENTITY_DISCOUNT;
  return syntaxConfidence - WEAK_ENTITY_DISCOUNT;
}

/** An alternateName is a second name the entity goes by: offered as a choice, rarely the one kept. */
export const ALTERNATE_NAME_DISCOUNT = 0.3;
/** A WebSite node's description is about the whole site: a fallback for the entity's own. */
export const SITE_DESCRIPTION_DISCOUNT = 0.3;
/** With no entity at all, a site's description is still better than none, but only just: low
 * enough that a description any other rule finds for the entity replaces it. */
export const SITE_DESCRIPTION_WITHOUT_ENTITY = 0.4;

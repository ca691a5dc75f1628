/**
 * Handles that site themes and page builders ship as placeholders in their social-icon widgets
 * ("facebook.com/yourpage", "twitter.com/username", "youtube.com/channel/YOUR_CHANNEL_ID"): links
 * a site owner never filled in, so no one's account.
 */
export const PLACEHOLDER_HANDLE =
  /^(?:(?:your|my)[-_.]?(?:page|profile|handle|user[-_]?name|user|name|account|channel(?:[-_]?id)?|company(?:[-_]?name)?|business|brand|organi[sz]ation|shop|store|site|id|link|url)|user[-_]?name|page[-_]?name|profile[-_]?name|channel[-_]?id|your[-_]?channel[-_]?id|handle|placeholder|example|company[-_]?name|xx+)$/i;

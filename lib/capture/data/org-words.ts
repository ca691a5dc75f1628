/**
 * Words that make a name an organisation's rather than a person's ("Jane Smith Studio", "Ng & Co"),
 * for pages without structured data: legal forms, kinds of body, kinds of venue or business, kinds of publication.
 */
export const ORG_WORDS =
  /\b(inc|ltd|llc|gmbh|plc|co|corp|company|club|coalition|foundation|association|society|institute|university|college|school|academy|library|hotel|cafe|café|restaurant|bakery|bäckerei|panader[ií]a|boulangerie|p[âa]tisserie|konditorei|garden|gardens|shed|sheds|allotments?|community|shop|store|studio|centre|center|group|trust|council|church|network|partners|agency|news|media|press|magazine|radio|tv|bank|services|solutions|consulting|labs?|team|project|museum|theatre|theater|festival|collective|co-?op|cooperative|co-operative|railway|orchestra|choir|band|pantry|league|federation|union|alliance|committee|charity|hospice|clinic|gallery|farm|dairy|market|brewery|gym|blog|journal|podcast|platform|software|systems|technologies|digital|records|productions|publishing|books|gazette|herald|tribune|daily|weekly|online|international)\b/i;

/** Words that mark the parts of an address, or mark a line as not being one. */

/** Month names (English, German, French): "March 2019" next to a 4-digit number is a date. */
export const MONTH_NAME =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\b/i;

/** Street types and unit words, in the languages the address patterns cover. */
export const STREET_WORD =
  /\b(st|street|str|straße|strasse|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|square|sq|highway|hwy|parkway|pkwy|pike|turnpike|tpke|circle|cir|expressway|expy|freeway|fwy|alley|terrace|crescent|close|row|suite|ste|floor|fl|unit|building|bldg|house|po box|p\.o\. box|plot|sector|rue|chemin|allée|weg|platz|gasse|allee|via|calle|plaza|broadway|wharf|quay|parade|mews|carrer|avenida|avinguda|plaça|paseo|passeig|rambla|ronda|piazza|corso|viale|cami|camino|carretera|travessera|traves[ií]a|pasaje|passatge|glorieta|vicolo|strada|lungomare|impasse|quai|rua|travessa|largo|praceta|estrada|cal[cç]ada|beco)\b\.?|\bcamí(?=[\s,])|(?:^|\s)c\/\s?(?=[a-zà-ÿ]{2})/i;

/** Street types proper (a thoroughfare), without the unit and building words of STREET_WORD. */
export const THOROUGHFARE =
  /\b(st|street|str|straße|strasse|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|square|sq|highway|hwy|parkway|pkwy|pike|turnpike|tpke|circle|cir|expressway|expy|freeway|fwy|alley|terrace|crescent|close|row|rue|chemin|allée|weg|platz|gasse|allee|via|calle|plaza|broadway|wharf|quay|parade|mews|carrer|avenida|avinguda|plaça|paseo|passeig|rambla|ronda|piazza|corso|viale|cami|camino|carretera|travessera|traves[ií]a|pasaje|passatge|glorieta|vicolo|strada|lungomare|impasse|quai|rua|travessa|largo|praceta|estrada|cal[cç]ada|beco)\b\.?|\bcamí(?=[\s,])|(?:^|\s)c\/\s?(?=\p{L}{2})/iu;

/** A part with contact details, hours, a rating, a distance, a founding year or a copyright is
 * where a street walk stops; so is a price or a capacity. */
export const STOP_PART =
  /(@|https?:|www\.|[★☆©]|\b(phone|tel|telefon|fax|email|e-mail|call|mobile|hours|open|©|copyright|reviews?|ratings?|miles?|km|away|closed|since|founded|established)\b|\best\.\s*\d|\b(?:roll|reg|registration|charity|company|chy|urn|ein|vat|abn)\.?\s*(?:no\b|number|#)|[£€$]\s?\d|\bcapacity\b)/i;

/** "Address:", "Visit us:", "Registered office address:" … the label before an address. */
export const ADDRESS_LABEL =
  /^(.*?\b(address|adresse|anschrift|indirizzo|direcci[oó]n|location|registered office|head office|office|find us|visit us|mailing address|postal address|sitz)\b[^:]{0,20}):\s*/i;

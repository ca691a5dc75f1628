/** A record shown by name in a picker or a list of links (a partner, a person, a goal). */
export interface NamedRef {
  id: string;
  name: string;
}

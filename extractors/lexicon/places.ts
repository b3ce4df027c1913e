/**
 * Words of place names (continents, regions, countries, cities where the community meets and
 * works, "remote"): never a person's name, and never an employer in "Istanbulで働いています".
 * Lower case.
 */
export const PLACE_WORDS: string[] = `north south east west northern southern eastern western central america americas europe asia
africa australia pacific latin las los san santa new york city valley bay lake mount river island islands republic
kingdom united states amsterdam paris chicago seattle shanghai copenhagen barcelona valencia detroit london berlin tokyo
beijing india japan china france germany istanbul bangalore bengaluru munich zurich dublin toronto vancouver singapore
sydney melbourne seoul taipei hangzhou shenzhen osaka kyoto madrid lisbon prague warsaw stockholm oslo helsinki vienna
boston austin denver portland atlanta brazil canada spain italy korea taiwan poland sweden turkey remote remotely home`.split(/\s+/);

const PLACES = new Set(PLACE_WORDS);

/** Every word of the name is a place word ("New York", "Istanbul"). */
export function isPlaceName(name: string): boolean {
  const words = name.toLowerCase().split(/[\s\u00a0]+/u).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => PLACES.has(w));
}

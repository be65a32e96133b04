/** Which timeline event each slide stands for, for the charts' highlight. */

/** The event a slide stands for: its own, or the last one named before it in the talk. */
export function activeEvents(slideIds: string[], eventOf: (id: string) => string | undefined): Map<string, string | null> {
  const map = new Map<string, string | null>();
  let last: string | null = null;
  for (const id of slideIds) {
    last = eventOf(id) ?? last;
    map.set(id, last);
  }
  return map;
}

// Which pages are long enough for an "On this page" list: with fewer sections a reader sees them all by scrolling.
export const minSectionsForContents = 5;

/** True when a page has enough h2 sections to list them at the top. */
export function needsContents(headings: ReadonlyArray<{ depth: number }>): boolean {
  return headings.filter((heading) => heading.depth === 2).length >= minSectionsForContents;
}

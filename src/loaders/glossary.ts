// One way to look up a word in src/data/glossary.yaml, for every component that shows one (Term on the site,
// LeafletTerm on paper): the build stops, naming the id and who asked, when the word is not there.
import { getEntry } from 'astro:content';

export async function glossaryTerm(id: string, usedBy: string) {
  const entry = await getEntry('glossary', id);
  if (!entry) throw new Error(`${usedBy}: no word with id "${id}" in src/data/glossary.yaml`);
  return entry.data;
}

// The schema of src/data/search-synonyms.yaml: everyday words search swaps for the site's words
// (see src/lib/search-query.ts).
import { z } from 'astro/zod';

export const searchSynonymSchema = z.object({
  id: z.string(),
  words: z.array(z.string()).min(1),
});

// The schema of src/data/glossary.yaml: the words the guide explains ("Words explained").
import { z } from 'astro/zod';

export const glossarySchema = z.object({
  id: z.string(),
  term: z.string(),
  /** Other forms of the term on pages ("advocates", "personal adviser"). */
  aliases: z.array(z.string()).default([]),
  definition: z.string(),
});

export type GlossaryEntry = z.output<typeof glossarySchema>;

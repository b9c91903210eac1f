// The schema of src/data/contacts.yaml: every phone number, email and address on the site, each written once.
import { z } from 'astro/zod';
import { telFromDisplay } from '../lib/phone.ts';

// A number is written once, as people read it; its tel: link is worked out from it (src/lib/phone.ts).
const phone = z
  .object({
    display: z.string(),
    label: z.string().optional(),
    cost: z.string().optional(),
  })
  .transform((phone, context) => {
    try {
      return { ...phone, tel: telFromDisplay(phone.display) };
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message, path: ['display'] });
      return z.NEVER;
    }
  });

export const contactSchema = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
  about: z.string(),
  phone: phone.optional(),
  email: z.email().optional(),
  web: z.url().optional(),
  webDisplay: z.string().optional(),
  post: z.array(z.string()).optional(),
  postNote: z.string().optional(),
  paperForm: z.string().optional(),
  hours: z.string().optional(),
  /** Where the source leaves a blank (no address, no link): what the reader can do instead, said as a thing to do.
   * The blank itself is listed for the content owner in docs/open-questions.md, and named under "Where this comes from". */
  gap: z.string().optional(),
  source: z.string(),
});

export type Contact = z.output<typeof contactSchema>;

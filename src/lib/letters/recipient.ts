// Who each letter goes to, as a contact id in src/data/contacts.yaml. A request to explain a decision goes to the
// young person's own social worker or PA, whose address we cannot know.
import type { LetterId } from './types.ts';

export const complaintsContactId = 'complaints-officer';

export function letterRecipient(letter: LetterId): string | undefined {
  return letter === 'explain-a-decision' ? undefined : complaintsContactId;
}

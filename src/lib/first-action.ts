// The first thing to do on a page, said as one instruction ("Call the Complaints Officer on 020 8359 7008"), from the
// page's `firstAction` frontmatter and the contact's details in contacts.yaml. Pure: the component renders the link.
import { contactLink, type ContactWay, type ContactWays } from './contact-links.ts';

export type FirstAction = { before: string; link: { href: string; text: string } };

const verbs: Record<ContactWay, { verb: string; joiner: string }> = {
  phone: { verb: 'Call', joiner: 'on' },
  email: { verb: 'Email', joiner: 'at' },
  web: { verb: 'Go to the website of', joiner: 'at' },
};

/**
 * The words before the link and the link itself. `who` is how the page names the contact ("the Complaints Officer");
 * without it the contact's own name is used. Throws when the contact has no such way, so a page cannot promise a
 * phone number the data does not have.
 */
export function firstAction(
  contact: ContactWays & { id: string; name: string },
  way: ContactWay,
  who?: string,
): FirstAction {
  const link = contactLink(contact, way);
  if (!link) throw new Error(`firstAction: contact "${contact.id}" has no ${way} in src/data/contacts.yaml`);
  const { verb, joiner } = verbs[way];
  return { before: `${verb} ${who ?? contact.name} ${joiner}`, link };
}

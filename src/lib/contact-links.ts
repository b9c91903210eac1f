// The link for one way to reach a contact (phone, email or website), built the same way wherever a contact is shown:
// in a ContactCard and inline in a sentence (ContactLink). Pure: takes the contact's data from contacts.yaml.

export type ContactWay = 'phone' | 'email' | 'web';

/** The parts of a contact (src/content.config.ts, collection `contacts`) that make links. */
export type ContactWays = {
  phone?: { tel: string; display: string } | undefined;
  email?: string | undefined;
  web?: string | undefined;
  webDisplay?: string | undefined;
};

/** { href: 'tel:+441632960000', text: '01632 960000' }, or undefined when the contact has no such way. */
export function contactLink(contact: ContactWays, way: ContactWay): { href: string; text: string } | undefined {
  if (way === 'phone') return contact.phone && { href: `tel:${contact.phone.tel}`, text: contact.phone.display };
  if (way === 'email') return contact.email ? { href: `mailto:${contact.email}`, text: contact.email } : undefined;
  return contact.web ? { href: contact.web, text: contact.webDisplay ?? contact.web } : undefined;
}

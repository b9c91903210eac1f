// The "Open in your email app" link. Mail apps cut long mailto: links, so the letter only goes in the link while the
// whole encoded link fits in MAX_MAILTO_LENGTH characters; otherwise the link carries the subject alone and the
// page copies the letter for them to paste.

export const MAX_MAILTO_LENGTH = 1800;

export type EmailLink = { href: string; /** True when the letter itself is in the link. */ withBody: boolean };

/** `to` may be empty: the young person then adds the address in their email app. */
export function emailLink(to: string, subject: string, body: string, max = MAX_MAILTO_LENGTH): EmailLink {
  const head = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}`;
  const full = `${head}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  return full.length <= max ? { href: full, withBody: true } : { href: head, withBody: false };
}
